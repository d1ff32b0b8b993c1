// The page's side of the service worker (web/sw.js) and of the browser's install prompt, as
// window.cadence.pwa. It runs before cadence.js because the browser may offer to install before the
// app has started. The app reads the state through src/web/js/cadence_pwa.js and is told to
// redraw through `onChange`.
(function () {
  'use strict';
  var UPDATE_CHECK_MILLISECONDS = 60 * 60 * 1000; // an app left open all day still hears of updates
  var TAKEOVER_WAIT_MILLISECONDS = 5000;
  var worker = navigator.serviceWorker;
  var registration = null;
  var installPrompt = null;
  var restarting = false;
  // Whether this page was loaded through a worker: the first install taking control is no update.
  var hadController = !!(worker && worker.controller);

  var pwa = window.cadence.pwa = {
    updateReady: false, // a newer build waits (or another tab already switched to it)
    canInstall: false,  // the browser offered to install (beforeinstallprompt)
    installed: window.matchMedia('(display-mode: standalone)').matches,
    onChange: null,     // set by the app: redraw
    // Resolves once a service worker controls this page (it then starts with no network).
    controlled: function () {
      if (!worker) return Promise.reject(new Error('service workers are not available'));
      if (worker.controller) return Promise.resolve();
      return new Promise(function (resolve) { worker.addEventListener('controllerchange', resolve, { once: true }); });
    },
    checkForUpdate: function () { return registration ? registration.update() : Promise.resolve(); },
    // Called by the app once its data is saved: let the waiting build take over, then reload.
    restart: function () {
      if (restarting) return;
      restarting = true;
      var waiting = registration && registration.waiting;
      if (!waiting) { window.location.reload(); return; }
      worker.addEventListener('controllerchange', function () { window.location.reload(); });
      // Should the takeover never come, the reload still brings up whatever build is active.
      setTimeout(function () { window.location.reload(); }, TAKEOVER_WAIT_MILLISECONDS);
      waiting.postMessage({ type: 'skip-waiting' });
    },
    install: function () {
      if (!installPrompt) return;
      var prompt = installPrompt;
      installPrompt = null;
      pwa.canInstall = false;
      prompt.prompt();
      prompt.userChoice.then(function (choice) {
        if (choice.outcome === 'accepted') pwa.installed = true;
        changed();
      });
    },
  };

  function changed() {
    if (pwa.onChange) pwa.onChange();
  }

  function updateFound() {
    pwa.updateReady = true;
    changed();
  }

  window.addEventListener('beforeinstallprompt', function (event) {
    event.preventDefault(); // offered from Settings instead of the browser's own bar
    installPrompt = event;
    pwa.canInstall = true;
    changed();
  });
  window.addEventListener('appinstalled', function () {
    installPrompt = null;
    pwa.canInstall = false;
    pwa.installed = true;
    changed();
  });

  if (!worker) return;
  worker.addEventListener('controllerchange', function () {
    // Another tab restarted into a newer build: this page still runs the old one.
    if (hadController && !restarting) updateFound();
    hadController = true;
  });
  worker.register('sw.js').then(function (registered) {
    registration = registered;
    if (registered.waiting && worker.controller) updateFound();
    registered.addEventListener('updatefound', function () {
      var installing = registered.installing;
      installing.addEventListener('statechange', function () {
        if (installing.state === 'installed' && worker.controller) updateFound();
      });
    });
    setInterval(function () { registered.update().catch(function () { /* offline: try later */ }); },
                UPDATE_CHECK_MILLISECONDS);
  }).catch(function (error) {
    console.warn('Cadence works online only here: ' + error.message);
  });
})();
