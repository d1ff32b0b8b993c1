// IndexedDB for the C++ storage layer (indexed_db_storage.cpp implements store::Storage on it).
//
// One object store of key -> bytes, in the database web/boot.js opens. A write batch commits in
// one readwrite transaction with strict durability and is acknowledged only on the transaction's
// `complete` (not on a request's `success`, which fires before the commit); `abort`/`error`
// report the DOMException's name.
// Batches and read results cross the wasm boundary as one framed buffer instead of many strings.
mergeInto(LibraryManager.library, {
  $CadenceStorage: {
    db: null,
    opening: null,
    failNext: null, // test hook: the name of an error the next write fails with
    // Emscripten copies library objects as source text, so these are made on first use.
    decoder: null,
    encoder: null,
    decode: function (bytes) {
      if (!CadenceStorage.decoder) CadenceStorage.decoder = new TextDecoder();
      return CadenceStorage.decoder.decode(bytes);
    },
    encode: function (text) {
      if (!CadenceStorage.encoder) CadenceStorage.encoder = new TextEncoder();
      return CadenceStorage.encoder.encode(text);
    },

    // A connection: the one web/boot.js opened at page load the first time, a new one after.
    requestDatabase: function () {
      var early = window.cadenceEarlyStore;
      var opened = early.database;
      early.database = null;
      return opened ? opened.catch(early.open) : early.open();
    },

    openDatabase: function () {
      if (CadenceStorage.db) return Promise.resolve(CadenceStorage.db);
      if (CadenceStorage.opening) return CadenceStorage.opening;
      CadenceStorage.opening = CadenceStorage.requestDatabase().then(function (db) {
        // Another tab upgrading the schema must not be blocked by this connection.
        db.onversionchange = function () { db.close(); CadenceStorage.db = null; };
        CadenceStorage.db = db;
        return db;
      });
      CadenceStorage.opening.catch(function () { CadenceStorage.opening = null; });
      return CadenceStorage.opening;
    },

    // What web/boot.js read at page load, when C++ asks for exactly one of its ranges: the
    // pointer and the journal only in the tab that held the writer lock then (see boot.js), a
    // snapshot generation because its chunks never change once the pointer names it. Each range
    // is taken by the first read of its kind ("meta/", "snap/", "journal/"), matching or not, so
    // the early values are not kept in memory any longer.
    takeEarlyRead: function (first, last) {
      var early = window.cadenceEarlyStore;
      if (!early || !early.reads) return Promise.resolve(null);
      var kind = first.slice(0, first.indexOf('/') + 1);
      return early.reads.then(function (ranges) {
        for (var i = 0; i < ranges.length; ++i) {
          if (ranges[i].first.lastIndexOf(kind, 0) !== 0) continue;
          var range = ranges.splice(i, 1)[0];
          return range.first === first && range.last === last ? range : null;
        }
        return null;
      }, function () { return null; });
    },

    // The writer lock is let go: what boot.js read under it may no longer be current.
    forgetEarlyRead: function () {
      if (window.cadenceEarlyStore) window.cadenceEarlyStore.reads = null;
    },

    // Hands C++ the keys and values read. C++ first makes room for each (from their sizes) and
    // says where; they are copied there, straight into the strings C++ keeps. Going through one
    // framed buffer, copied again by C++, cost 30-45 ms more at 100,000 leads.
    deliverRead: function (requestId, storedKeys, storedValues) {
      var keys = storedKeys.map(function (key) { return CadenceStorage.encode(key); });
      var values = storedValues.map(function (value) { return new Uint8Array(value); });
      var count = keys.length;
      var sizes = _malloc(Math.max(count, 1) * 8);
      for (var i = 0; i < count; ++i) {
        HEAPU32[(sizes >> 2) + 2 * i] = keys[i].length;
        HEAPU32[(sizes >> 2) + 2 * i + 1] = values[i].length;
      }
      var places = _cadence_storage_read_arriving(requestId, count, sizes); // may grow the heap
      _free(sizes);
      if (places) {
        for (var j = 0; j < count; ++j) {
          HEAPU8.set(keys[j], HEAPU32[(places >> 2) + 2 * j]);
          HEAPU8.set(values[j], HEAPU32[(places >> 2) + 2 * j + 1]);
        }
      }
      _cadence_storage_read_done(requestId, 0, 0);
    },

    // Reports a finished request to C++: error name/message are empty on success.
    finishWrite: function (requestId, error) {
      var name = error ? (error.name || 'Error') : '';
      var message = error ? (error.message || String(error)) : '';
      var namePointer = CadenceBrowser.allocString(name);
      var messagePointer = CadenceBrowser.allocString(message);
      _cadence_storage_write_done(requestId, namePointer, messagePointer);
      _free(namePointer);
      _free(messagePointer);
    },

    readU32: function (view, offset) { return view.getUint32(offset, true); },
  },

  // The batch buffer: repeated [op u8][key length u32][key][body length u32][body], where op is
  // 0 = put, 1 = delete key, 2 = delete range (body = last key). Little-endian lengths.
  cadence_storage_write__deps: ['$CadenceStorage', '$CadenceBrowser'],
  cadence_storage_write: function (requestId, pointer, length) {
    // Copy out of the wasm heap now: it may grow (and move) before the database is open.
    var bytes = HEAPU8.slice(pointer, pointer + length);
    if (CadenceStorage.failNext) {
      // Test hook: fail as the browser would (e.g. QuotaExceededError), storing nothing.
      var injected = new DOMException('Injected by window.cadence.testing', CadenceStorage.failNext);
      CadenceStorage.failNext = null;
      setTimeout(function () { CadenceStorage.finishWrite(requestId, injected); }, 0);
      return;
    }
    CadenceStorage.openDatabase().then(function (db) {
      var transaction = db.transaction(window.cadenceEarlyStore.storeName, 'readwrite', { durability: 'strict' });
      var store = transaction.objectStore(window.cadenceEarlyStore.storeName);
      var done = false;
      transaction.oncomplete = function () { if (!done) { done = true; CadenceStorage.finishWrite(requestId, null); } };
      transaction.onabort = function () {
        if (done) return;
        done = true;
        CadenceStorage.finishWrite(requestId, transaction.error || new DOMException('The write was aborted', 'AbortError'));
      };
      var view = new DataView(bytes.buffer);
      var puts = [];
      var offset = 0;
      while (offset < bytes.length) {
        var op = bytes[offset];
        var keyLength = CadenceStorage.readU32(view, offset + 1);
        var key = CadenceStorage.decode(bytes.subarray(offset + 5, offset + 5 + keyLength));
        offset += 5 + keyLength;
        var bodyLength = CadenceStorage.readU32(view, offset);
        var body = bytes.subarray(offset + 4, offset + 4 + bodyLength);
        offset += 4 + bodyLength;
        if (op === 0) puts.push([key, body]);
        else if (op === 1) store.delete(key);
        else store.delete(IDBKeyRange.bound(key, CadenceStorage.decode(body)));
      }
      // Deletions first, then puts, as store::WriteBatch promises.
      puts.forEach(function (entry) { store.put(entry[1].slice().buffer, entry[0]); });
    }).catch(function (error) {
      CadenceStorage.finishWrite(requestId, error);
    });
  },

  // Reads keys in [first, last] and hands them to C++ (deliverRead), or the error.
  cadence_storage_read__deps: ['$CadenceStorage', '$CadenceBrowser'],
  cadence_storage_read: function (requestId, firstPointer, lastPointer) {
    var first = UTF8ToString(firstPointer);
    var last = UTF8ToString(lastPointer);
    var fail = function (error) {
      var namePointer = CadenceBrowser.allocString(error.name || 'Error');
      var messagePointer = CadenceBrowser.allocString(error.message || String(error));
      _cadence_storage_read_done(requestId, namePointer, messagePointer);
      _free(namePointer);
      _free(messagePointer);
    };
    CadenceStorage.takeEarlyRead(first, last).then(function (early) {
      if (early) return CadenceStorage.deliverRead(requestId, early.keys, early.values);
      return CadenceStorage.openDatabase().then(function (db) {
        var transaction = db.transaction(window.cadenceEarlyStore.storeName, 'readonly');
        var store = transaction.objectStore(window.cadenceEarlyStore.storeName);
        var range = IDBKeyRange.bound(first, last);
        var keysRequest = store.getAllKeys(range);
        var valuesRequest = store.getAll(range);
        transaction.oncomplete = function () {
          CadenceStorage.deliverRead(requestId, keysRequest.result, valuesRequest.result);
        };
        transaction.onabort = function () { fail(transaction.error || new DOMException('The read was aborted', 'AbortError')); };
      });
    }).catch(fail);
  },

  // Asks the browser not to evict our data under storage pressure; the answer arrives later.
  cadence_storage_request_persistence: function () {
    if (!navigator.storage || !navigator.storage.persist) { _cadence_storage_persistence_result(-1); return; }
    navigator.storage.persist().then(function (granted) {
      _cadence_storage_persistence_result(granted ? 1 : 0);
    }, function () { _cadence_storage_persistence_result(-1); });
  },

  // Whether the data is already persistent (1/0, -1 unknown) plus usage and quota in bytes.
  cadence_storage_query_status: function () {
    if (!navigator.storage || !navigator.storage.estimate) { _cadence_storage_status_result(-1, -1, -1); return; }
    var persisted = navigator.storage.persisted ? navigator.storage.persisted() : Promise.resolve(null);
    Promise.all([persisted, navigator.storage.estimate()]).then(function (results) {
      var flag = results[0] === null ? -1 : (results[0] ? 1 : 0);
      _cadence_storage_status_result(flag, results[1].usage || 0, results[1].quota || 0);
    }, function () { _cadence_storage_status_result(-1, -1, -1); });
  },

  // Flush when the page is hidden (tab switched, app backgrounded, phone locked): the last
  // moment a mobile browser reliably gives us. beforeunload is never relied on.
  cadence_storage_watch_visibility: function () {
    var onHidden = function () { if (document.visibilityState === 'hidden') _cadence_storage_page_hidden(); };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', function () { _cadence_storage_page_hidden(); });
  },

  // Test hook behind window.cadence.testing.failNextWrite(name).
  cadence_storage_fail_next_write__deps: ['$CadenceStorage'],
  cadence_storage_fail_next_write: function (namePointer) {
    CadenceStorage.failNext = UTF8ToString(namePointer);
  },
});
