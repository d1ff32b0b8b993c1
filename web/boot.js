// Prepares the page for cadence.js: the Emscripten Module settings and window.cadence, the
// automation API whose `ready` promise resolves after the first frame (see docs/automation-api.md).
// The wasm is fetched here with the build's integrity hash from the page (tools/stamp_dist.mjs),
// so cadence.js never runs with a cadence.wasm of another build.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var build = document.querySelector('meta[name="cadence-build"]');
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });

  function fail(message) {
    status.classList.add('failed');
    status.style.display = '';
    statusText.textContent = message;
    rejectReady(new Error(message));
  }

  window.cadence = {
    version: null,
    build: build.content,
    ready: ready,
    _resolveReady: function () {
      status.style.display = 'none';
      resolveReady(window.cadence);
    },
    _fail: fail,
  };

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail('Cadence stopped unexpectedly: ' + what + '. Reload the page to continue.'); },
    instantiateWasm: function (imports, receiveInstance) {
      var url = 'cadence.wasm?v=' + build.content;
      fetch(url, { integrity: build.dataset.wasmIntegrity, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return WebAssembly.instantiateStreaming(response, imports);
        })
        .then(function (result) { receiveInstance(result.instance, result.module); })
        .catch(function (error) {
          fail('Cadence could not load its code (' + error.message + '). A new version may be arriving: reload the page.');
        });
      return {}; // the exports arrive through receiveInstance
    },
  };

  // The stored data starts loading now, while cadence.wasm downloads and compiles and the app
  // sets up WebGL and its fonts, instead of after all that (cadence_storage.js and
  // cadence_tabs.js take it over). Key names as in src/store/store_format.h; C++ checks every
  // value it is handed.
  window.cadenceEarlyStore = (function () {
    // The one place that opens the database; cadence_storage.js calls it again after another
    // tab's upgrade closed the connection.
    var open = function () {
      return new Promise(function (resolve, reject) {
        var request = indexedDB.open('cadence', 1);
        request.onupgradeneeded = function () { request.result.createObjectStore('records'); };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { reject(new DOMException('The database is blocked by another tab', 'InvalidStateError')); };
      });
    };
    var database = open(); // rejects (no IndexedDB here) for cadence_storage.js to report
    database.catch(function () {});

    // The writer role (cadence_tabs.js): asked for now because granting it took 115-210 ms when
    // the app asked at the end of its start. Resolves with the function that releases the lock,
    // null when another tab writes, undefined when this browser cannot say (cadence_tabs.js asks
    // again then).
    var writerLock = !navigator.locks ? Promise.resolve(undefined) : new Promise(function (resolve) {
      navigator.locks.request('cadence-writer', { ifAvailable: true }, function (lock) {
        if (!lock) { resolve(null); return undefined; }
        return new Promise(function (release) { resolve(release); });
      }).catch(function () { resolve(undefined); });
    });

    var pad = function (number) { return String(number).padStart(12, '0'); };
    var pointerFields = function (body) {
      try { // "<16 hex digits of checksum> <JSON>"
        var fields = JSON.parse(new TextDecoder().decode(body).slice(17));
        var whole = function (n) { return Number.isInteger(n) && n >= 0; };
        return whole(fields.generation) && whole(fields.journalFrom) ? fields : null;
      } catch (error) {
        return null;
      }
    };
    // One read-only transaction: the "current" pointer, the snapshot generation it names and,
    // in the writer tab, the journal after it. Only the writer writes, so while this tab holds
    // the lock the pointer and the journal read here are still current when C++ asks for them;
    // a reader's C++ reads the pointer afresh and takes only a snapshot whose range it names.
    var reads = Promise.all([database, writerLock]).then(function (opened) {
      var writer = Boolean(opened[1]);
      return new Promise(function (resolve) {
        var transaction = opened[0].transaction('records', 'readonly');
        var store = transaction.objectStore('records');
        var ranges = [];
        var readRange = function (first, last) {
          var keys = store.getAllKeys(IDBKeyRange.bound(first, last));
          var values = store.getAll(IDBKeyRange.bound(first, last));
          values.onsuccess = function () {
            ranges.push({ first: first, last: last, keys: keys.result, values: values.result });
          };
        };
        var pointer = store.get('meta/current');
        pointer.onsuccess = function () {
          var found = pointer.result !== undefined;
          if (writer) {
            ranges.push({ first: 'meta/current', last: 'meta/current', keys: found ? ['meta/current'] : [],
                          values: found ? [pointer.result] : [] });
          }
          var fields = found ? pointerFields(pointer.result) : null;
          if (!fields) return;
          var prefix = 'snap/' + pad(fields.generation) + '/';
          readRange(prefix, prefix + '~');
          if (writer) readRange('journal/' + pad(fields.journalFrom), 'journal/~');
        };
        transaction.oncomplete = function () { resolve(ranges); };
        transaction.onabort = function () { resolve([]); };
      });
    }, function () { return []; });
    return { open: open, storeName: 'records', database: database, writerLock: writerLock, reads: reads };
  })();

  // No browser menu over the canvas: ImGui draws its own (an inline handler would break the CSP).
  canvas.addEventListener('contextmenu', function (event) { event.preventDefault(); });

  window.addEventListener('error', function (event) {
    if (event.filename && /cadence\.js(\?|$)/.test(event.filename)) {
      fail('Cadence could not start: ' + event.message);
    }
  });
  // A script that fails to load (or to match its integrity hash) reports only to its element.
  window.addEventListener('error', function (event) {
    if (event.target instanceof HTMLScriptElement) {
      fail('Cadence could not load ' + event.target.src.replace(/^.*\//, '').replace(/\?.*$/, '') + '. Reload the page.');
    }
  }, true);
})();
