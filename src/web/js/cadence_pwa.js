// Installing and updating the app, for web_platform.cpp: a thin bridge to window.cadence.pwa,
// which web/install_and_update.js sets up before the app starts.
mergeInto(LibraryManager.library, {
  // A waiting update or an install offer arrives between frames: draw one to show it.
  cadence_pwa_watch: function () {
    if (window.cadence.pwa) window.cadence.pwa.onChange = function () { _cadence_request_frame(); };
  },
  cadence_pwa_update_ready: function () {
    return window.cadence.pwa && window.cadence.pwa.updateReady ? 1 : 0;
  },
  cadence_pwa_restart: function () {
    if (window.cadence.pwa) window.cadence.pwa.restart();
    else window.location.reload();
  },
  cadence_pwa_can_install: function () {
    return window.cadence.pwa && window.cadence.pwa.canInstall ? 1 : 0;
  },
  cadence_pwa_installed: function () {
    return window.cadence.pwa && window.cadence.pwa.installed ? 1 : 0;
  },
  cadence_pwa_install: function () {
    if (window.cadence.pwa) window.cadence.pwa.install();
  },
});
