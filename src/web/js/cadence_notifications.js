// System notifications for reminders (see ui/reminders.h). A click brings the window forward and
// queues the lead's id; the next frame takes it and opens that lead in Today.
mergeInto(LibraryManager.library, {
  $CadenceNotifications: {
    clicked: [],
    // Kept until closed: some browsers drop a notification (and its click handler) once nothing
    // references it.
    shown: {},
    permission: null, // Notification.permission as last read
    reread: function () {
      CadenceNotifications.permission = Notification.permission;
      _cadence_request_frame();
    },
  },

  // Reading Notification.permission is a synchronous round trip to the browser process (36 ms
  // over the first second in a profile, as reminders ask every frame), so it is read once and
  // again when the browser reports a change or answers our request.
  cadence_notification_permission__deps: ['$CadenceNotifications'],
  cadence_notification_permission: function () {
    if (typeof Notification === 'undefined') return 0;
    if (CadenceNotifications.permission === null) {
      CadenceNotifications.permission = Notification.permission;
      if (navigator.permissions && navigator.permissions.query) {
        navigator.permissions.query({ name: 'notifications' }).then(function (status) {
          status.onchange = function () { CadenceNotifications.reread(); };
        }, function () {});
      }
    }
    switch (CadenceNotifications.permission) {
      case 'granted': return 2;
      case 'denied': return 3;
      default: return 1;
    }
  },

  cadence_request_notification_permission__deps: ['$CadenceNotifications'],
  cadence_request_notification_permission: function () {
    if (typeof Notification === 'undefined') return;
    var answered = function () { CadenceNotifications.reread(); };
    try {
      var asked = Notification.requestPermission(answered);
      if (asked && asked.then) asked.then(answered, answered);
    } catch (e) {
      answered();
    }
  },

  cadence_show_notification__deps: ['$CadenceNotifications'],
  cadence_show_notification: function (titlePointer, bodyPointer, lead) {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    var tag = 'cadence-lead-' + lead;
    try {
      var notification = new Notification(UTF8ToString(titlePointer), {
        body: UTF8ToString(bodyPointer), tag: tag, icon: 'icon.svg', renotify: true,
      });
      CadenceNotifications.shown[tag] = notification;
      notification.onclick = function () {
        window.focus();
        notification.close();
        CadenceNotifications.clicked.push(lead);
        _cadence_request_frame();
      };
      notification.onclose = function () { delete CadenceNotifications.shown[tag]; };
    } catch (e) {
      // Android Chrome allows notifications only through a service worker; reminders then stay
      // in the app (Today) rather than failing loudly.
    }
  },

  cadence_take_notification_click__deps: ['$CadenceNotifications'],
  cadence_take_notification_click: function () {
    return CadenceNotifications.clicked.length ? CadenceNotifications.clicked.shift() : 0;
  },
});
