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

  // Asked for now, not when cadence.js asks: cadence.js is still loading and running here, and
  // the wasm was the last file of the start to be requested.
  var wasmResponse = fetch('cadence.wasm?v=' + build.content, { integrity: build.dataset.wasmIntegrity, credentials: 'same-origin' });
  wasmResponse.catch(function () {}); // reported when instantiateWasm uses it

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail('Cadence stopped unexpectedly: ' + what + '. Reload the page to continue.'); },
    instantiateWasm: function (imports, receiveInstance) {
      wasmResponse
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
  // cadence_tabs.js take it over; C++ checks every value it is handed).
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

    // The reading itself runs in web/snapshot_reader.js, started now and told the role once
    // the lock is decided (see there).
    var reads = new Promise(function (resolve) {
      var reader;
      try {
        reader = new Worker('snapshot_reader.js?v=' + build.content);
      } catch (error) {
        resolve([]);
        return;
      }
      var finish = function (ranges) {
        reader.terminate();
        resolve(ranges);
      };
      reader.onmessage = function (event) { finish(Array.isArray(event.data) ? event.data : []); };
      reader.onerror = function () { finish([]); };
      reader.onmessageerror = function () { finish([]); };
      writerLock.then(function (release) { reader.postMessage({ writer: Boolean(release) }); });
    });
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
