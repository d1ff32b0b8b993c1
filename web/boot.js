// Prepares the page for cadence.js: the Emscripten Module settings and window.cadence, the
// automation API whose `ready` promise resolves after the first frame (see docs/automation-api.md).
(function () {
  'use strict';
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
    ready: ready,
    _resolveReady: function () {
      status.style.display = 'none';
      resolveReady(window.cadence);
    },
    _fail: fail,
  };

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail('Cadence stopped unexpectedly: ' + what + '. Reload the page to continue.'); },
  };

  window.addEventListener('error', function (event) {
    if (event.filename && /cadence\.js$/.test(event.filename)) {
      fail('Cadence could not start: ' + event.message);
    }
  });
})();
