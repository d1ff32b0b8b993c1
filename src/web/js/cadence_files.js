// The browser side of src/web/browser_files.cpp: the file dialog and files dropped onto the
// window, passphrase encryption of backups (WebCrypto), and larger files kept on this device in
// their own IndexedDB database. Every answer goes back through _cadence_files_opened or
// _cadence_files_finished, which only queue it: the app handles it at the start of a frame.
mergeInto(LibraryManager.library, {
  $CadenceFiles: {
    input: null,
    database: null,
    envelopeFormat: 'cadence-backup-encrypted',

    // Copies bytes (a Uint8Array) into the wasm heap for one call, then frees them.
    withHeapBytes: function (bytes, use) {
      var length = bytes ? bytes.length : 0;
      var pointer = length > 0 ? _malloc(length) : 0;
      if (length > 0 && !pointer) return false; // the app has no room for a file this large
      if (pointer) HEAPU8.set(bytes, pointer);
      try { use(pointer, length); } finally { if (pointer) _free(pointer); }
      return true;
    },
    withString: function (text, use) {
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      try { use(pointer); } finally { _free(pointer); }
    },
    handOver: function (name, bytes, problem) {
      CadenceFiles.withString(name, function (namePointer) {
        var fits = CadenceFiles.withHeapBytes(bytes, function (data, length) {
          CadenceFiles.withString(problem, function (problemPointer) {
            _cadence_files_opened(namePointer, data, length, problemPointer);
          });
        });
        if (!fits) {
          CadenceFiles.withString('it is too large for this device (' + Math.round(bytes.length / 1e6) + ' MB)',
            function (problemPointer) { _cadence_files_opened(namePointer, 0, 0, problemPointer); });
        }
      });
    },
    read: function (file) {
      file.arrayBuffer().then(function (buffer) {
        CadenceFiles.handOver(file.name, new Uint8Array(buffer), '');
      }, function (error) {
        CadenceFiles.handOver(file.name, null, 'the browser could not read it (' + (error && error.message || error) + ')');
      });
    },
    // outcome: 1 done (bytes or text = the result), 0 failed (text = why), 2 nothing found.
    finish: function (job, outcome, result) {
      var bytes = typeof result === 'string' ? new TextEncoder().encode(result) : result;
      var fits = CadenceFiles.withHeapBytes(bytes, function (data, length) { _cadence_files_finished(job, outcome, data, length); });
      if (!fits) {
        CadenceFiles.withHeapBytes(new TextEncoder().encode('it is too large for this device'),
          function (data, length) { _cadence_files_finished(job, 0, data, length); });
      }
    },

    toBase64: function (bytes) {
      var text = '';
      for (var i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    fromBase64: function (text, where) {
      var binary;
      try { binary = atob(text); } catch (e) { throw new Error(where + ': not valid base64'); }
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
      return bytes;
    },
    // AES-GCM with a 256-bit key derived from the passphrase (Unicode NFC, UTF-8) by PBKDF2-SHA-256.
    deriveKey: function (passphrase, salt, iterations, usage) {
      var secret = new TextEncoder().encode(passphrase.normalize('NFC'));
      return crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']).then(function (base) {
        return crypto.subtle.deriveKey({ name: 'PBKDF2', salt: salt, iterations: iterations, hash: 'SHA-256' },
          base, { name: 'AES-GCM', length: 256 }, false, [usage]);
      });
    },
    // The envelope's members, checked; throws an Error whose message names the member at fault.
    readEnvelope: function (text) {
      var envelope;
      try { envelope = JSON.parse(text); } catch (e) { throw new Error('the file is not valid JSON (' + e.message + ')'); }
      if (!envelope || typeof envelope !== 'object' || envelope.format !== CadenceFiles.envelopeFormat)
        throw new Error('/format: expected "' + CadenceFiles.envelopeFormat + '"');
      if (envelope.version !== 1) {
        if (typeof envelope.version === 'number' && envelope.version > 1)
          throw new Error('/version: made by a newer Cadence (encryption version ' + envelope.version + '); update the app');
        throw new Error('/version: expected 1');
      }
      if (envelope.cipher !== 'AES-GCM-256') throw new Error('/cipher: expected "AES-GCM-256"');
      if (envelope.kdf !== 'PBKDF2-SHA-256') throw new Error('/kdf: expected "PBKDF2-SHA-256"');
      if (!Number.isInteger(envelope.iterations) || envelope.iterations < 1 || envelope.iterations > 10000000)
        throw new Error('/iterations: expected a whole number from 1 to 10,000,000');
      ['salt', 'iv', 'data'].forEach(function (member) {
        if (typeof envelope[member] !== 'string') throw new Error('/' + member + ': expected base64 text');
      });
      var salt = CadenceFiles.fromBase64(envelope.salt, '/salt');
      var iv = CadenceFiles.fromBase64(envelope.iv, '/iv');
      if (salt.length < 16) throw new Error('/salt: expected at least 16 bytes');
      if (iv.length !== 12) throw new Error('/iv: expected 12 bytes');
      return { iterations: envelope.iterations, salt: salt, iv: iv, data: CadenceFiles.fromBase64(envelope.data, '/data') };
    },

    openDatabase: function () {
      if (CadenceFiles.database) return Promise.resolve(CadenceFiles.database);
      return new Promise(function (resolve, reject) {
        var request = indexedDB.open('cadence-kept-files', 1);
        request.onupgradeneeded = function () { request.result.createObjectStore('files'); };
        request.onsuccess = function () { CadenceFiles.database = request.result; resolve(request.result); };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { reject(new Error('another tab holds an older version open')); };
      });
    },
    describeStorageError: function (error) {
      if (error && error.name === 'QuotaExceededError') return 'the browser has no room left for it';
      return (error && (error.message || error.name)) || 'the browser refused to store it';
    },
  },

  cadence_files_init__deps: ['$CadenceFiles'],
  cadence_files_init: function () {
    var input = document.createElement('input');
    input.type = 'file';
    input.id = 'cadence-file-input';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files || []);
      input.value = ''; // picking the same file again still reports it
      files.forEach(CadenceFiles.read);
    });
    document.body.appendChild(input);
    CadenceFiles.input = input;
    // A file dropped anywhere on the page comes to the app instead of replacing the page.
    window.addEventListener('dragover', function (event) {
      if (!event.dataTransfer || Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') < 0) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function (event) {
      if (!event.dataTransfer || !event.dataTransfer.files || event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      Array.prototype.slice.call(event.dataTransfer.files).forEach(CadenceFiles.read);
    });
  },

  cadence_files_pick__deps: ['$CadenceFiles'],
  cadence_files_pick: function (accept) {
    CadenceFiles.input.accept = UTF8ToString(accept);
    CadenceFiles.input.click();
  },

  cadence_files_encrypt__deps: ['$CadenceFiles'],
  cadence_files_encrypt: function (job, data, size, passphrase, iterations) {
    var plaintext = HEAPU8.slice(data, data + size);
    var secret = UTF8ToString(passphrase);
    var salt = crypto.getRandomValues(new Uint8Array(16));
    var iv = crypto.getRandomValues(new Uint8Array(12));
    CadenceFiles.deriveKey(secret, salt, iterations, 'encrypt').then(function (key) {
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, plaintext);
    }).then(function (cipher) {
      var envelope = {
        format: CadenceFiles.envelopeFormat, version: 1, cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256',
        iterations: iterations, salt: CadenceFiles.toBase64(salt), iv: CadenceFiles.toBase64(iv),
        data: CadenceFiles.toBase64(new Uint8Array(cipher)),
      };
      CadenceFiles.finish(job, 1, JSON.stringify(envelope, null, 1) + '\n');
    }).catch(function (error) {
      CadenceFiles.finish(job, 0, 'encryption failed (' + (error && (error.message || error.name)) + ')');
    });
  },

  cadence_files_decrypt__deps: ['$CadenceFiles'],
  cadence_files_decrypt: function (job, data, size, passphrase) {
    var secret = UTF8ToString(passphrase);
    var parts;
    try {
      parts = CadenceFiles.readEnvelope(new TextDecoder().decode(HEAPU8.subarray(data, data + size)));
    } catch (error) {
      setTimeout(function () { CadenceFiles.finish(job, 0, 'This encrypted backup is damaged: ' + error.message + '.'); }, 0);
      return;
    }
    CadenceFiles.deriveKey(secret, parts.salt, parts.iterations, 'decrypt').then(function (key) {
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: parts.iv }, key, parts.data).then(function (plain) {
        CadenceFiles.finish(job, 1, new Uint8Array(plain));
      }, function () {
        // AES-GCM cannot tell a wrong passphrase from a changed file; the first is far likelier.
        CadenceFiles.finish(job, 0, 'Wrong passphrase: this backup does not open with it. Check it and try again ' +
          '(a damaged file would give the same answer).');
      });
    }).catch(function (error) {
      CadenceFiles.finish(job, 0, 'Decryption failed (' + (error && (error.message || error.name)) + ').');
    });
  },

  cadence_files_keep__deps: ['$CadenceFiles'],
  cadence_files_keep: function (job, key, data, size) {
    var name = UTF8ToString(key);
    var bytes = HEAPU8.slice(data, data + size);
    CadenceFiles.openDatabase().then(function (database) {
      // Strict durability: the copy must be on disk before the restore replaces the data.
      var transaction = database.transaction('files', 'readwrite', { durability: 'strict' });
      transaction.objectStore('files').put(bytes.buffer, name);
      transaction.oncomplete = function () { CadenceFiles.finish(job, 1, ''); };
      transaction.onabort = function () { CadenceFiles.finish(job, 0, CadenceFiles.describeStorageError(transaction.error)); };
    }).catch(function (error) {
      CadenceFiles.finish(job, 0, CadenceFiles.describeStorageError(error));
    });
  },

  cadence_files_load_kept__deps: ['$CadenceFiles'],
  cadence_files_load_kept: function (job, key) {
    var name = UTF8ToString(key);
    CadenceFiles.openDatabase().then(function (database) {
      var request = database.transaction('files', 'readonly').objectStore('files').get(name);
      request.onsuccess = function () {
        if (request.result === undefined) CadenceFiles.finish(job, 2, '');
        else CadenceFiles.finish(job, 1, new Uint8Array(request.result));
      };
      request.onerror = function () { CadenceFiles.finish(job, 0, CadenceFiles.describeStorageError(request.error)); };
    }).catch(function (error) {
      CadenceFiles.finish(job, 0, CadenceFiles.describeStorageError(error));
    });
  },
});
