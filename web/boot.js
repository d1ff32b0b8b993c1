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
