// One writer across tabs: a Web Lock decides which tab may write; a BroadcastChannel carries
// "refresh, I committed" to the readers and "hand the writer role over" to the writer.
// The C++ side (tab_coordinator.cpp) reacts through the exported functions it names, called
// only from callbacks of this file's own (never inside a call from C++), so it may act at once.
mergeInto(LibraryManager.library, {
  $CadenceTabs: {
    lockName: 'cadence-writer',
    channel: null,
    releaseLock: null,   // resolves the held lock's promise, letting another tab take it
    handoverTimer: 0,
    tabId: Math.random().toString(36).slice(2),

    post: function (message) {
      if (CadenceTabs.channel) CadenceTabs.channel.postMessage(message);
    },

    // `release` lets the held lock go.
    holdWriterRole: function (release) {
      CadenceTabs.releaseLock = release;
      clearTimeout(CadenceTabs.handoverTimer);
      _cadence_tabs_role_changed(1);
    },

    // The callback of a granted lock request: holds the lock until releaseLock is called.
    becomeWriter: function () {
      return new Promise(CadenceTabs.holdWriterRole);
    },
  },

  cadence_tabs_start__deps: ['$CadenceTabs'],
  cadence_tabs_start: function () {
    if (typeof BroadcastChannel !== 'undefined') {
      CadenceTabs.channel = new BroadcastChannel('cadence');
      CadenceTabs.channel.onmessage = function (event) {
        var message = event.data || {};
        if (message.type === 'committed') _cadence_tabs_remote_commit(message.generation || 0, message.sequence || 0);
        else if (message.type === 'handover' && CadenceTabs.releaseLock) _cadence_tabs_handover_requested();
      };
    }
    if (!navigator.locks) {
      // Without Web Locks (very old browsers) this tab simply writes.
      Promise.resolve().then(function () { _cadence_tabs_role_changed(1); });
      return;
    }
    // web/boot.js asked for the lock at page load, under the same name.
    var early = window.cadenceEarlyStore ? window.cadenceEarlyStore.writerLock : Promise.resolve(undefined);
    early.then(function (release) {
      if (release === null) return _cadence_tabs_role_changed(0);
      if (release) return CadenceTabs.holdWriterRole(release);
      navigator.locks.request(CadenceTabs.lockName, { ifAvailable: true }, function (lock) {
        if (!lock) {
          _cadence_tabs_role_changed(0);
          return undefined;
        }
        return CadenceTabs.becomeWriter(lock);
      });
    });
  },

  // The writer has flushed everything: let the tab that asked take over.
  cadence_tabs_release_writer__deps: ['$CadenceTabs', '$CadenceStorage'],
  cadence_tabs_release_writer: function () {
    if (!CadenceTabs.releaseLock) return;
    CadenceStorage.forgetEarlyRead();
    var release = CadenceTabs.releaseLock;
    CadenceTabs.releaseLock = null;
    Promise.resolve().then(function () { _cadence_tabs_role_changed(0); });
    release();
  },

  // "Use here instead": ask the writer to hand over, and wait for the lock. A writer that does
  // not answer (a frozen or crashed tab) loses the lock after a few seconds.
  cadence_tabs_request_writer__deps: ['$CadenceTabs'],
  cadence_tabs_request_writer: function () {
    if (!navigator.locks) return;
    var controller = new AbortController();
    navigator.locks.request(CadenceTabs.lockName, { signal: controller.signal }, function (lock) {
      return CadenceTabs.becomeWriter(lock);
    }).catch(function () { /* aborted in favour of stealing below */ });
    CadenceTabs.post({ type: 'handover', from: CadenceTabs.tabId });
    CadenceTabs.handoverTimer = setTimeout(function () {
      controller.abort();
      navigator.locks.request(CadenceTabs.lockName, { steal: true }, function (lock) {
        return CadenceTabs.becomeWriter(lock);
      });
    }, 5000);
  },

  cadence_tabs_announce_commit__deps: ['$CadenceTabs'],
  cadence_tabs_announce_commit: function (generation, sequence) {
    CadenceTabs.post({ type: 'committed', generation: generation, sequence: sequence });
  },
});
