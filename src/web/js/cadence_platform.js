// The browser side of src/web: clipboard, preferences, links and the automation object.
// Linked with --js-library; every function here is called from C++ (see web_platform.cpp).
mergeInto(LibraryManager.library, {
  $CadenceBrowser: {
    clipboardText: '',
    // Copies without a permission prompt: the async Clipboard API when the page may use it,
    // else a hidden textarea and the legacy copy command.
    writeClipboard: function (text) {
      CadenceBrowser.clipboardText = text;
      var fallback = function () {
        // Focus comes back to where it was: the canvas, or the input that holds the keyboard.
        var focused = document.activeElement || document.getElementById('canvas');
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
        document.body.removeChild(area);
        focused.focus({ preventScroll: true });
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(fallback);
      } else {
        fallback();
      }
    },
    allocString: function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    },
  },

  cadence_browser_init__deps: ['$CadenceBrowser'],
  cadence_browser_init: function () {
    // Paste arrives as an event (no permission needed); C++ then replays Ctrl+V to ImGui.
    document.addEventListener('paste', function (event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      event.preventDefault();
      CadenceBrowser.clipboardText = text;
      var pointer = CadenceBrowser.allocString(text);
      _cadence_on_paste(pointer);
      _free(pointer);
    });
    document.getElementById('canvas').focus();
  },

  cadence_browser_write_clipboard__deps: ['$CadenceBrowser'],
  cadence_browser_write_clipboard: function (text) {
    CadenceBrowser.writeClipboard(UTF8ToString(text));
  },

  // Mac users copy and paste with Cmd, not Ctrl; ImGui switches its shortcuts on this.
  cadence_browser_is_mac: function () {
    var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /mac|iphone|ipad/i.test(platform) ? 1 : 0;
  },

  // The user's IANA time zone ("Europe/Paris"), as the browser knows it; empty when unknown.
  cadence_browser_time_zone__deps: ['$CadenceBrowser'],
  cadence_browser_time_zone: function () {
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* keep empty */ }
    return CadenceBrowser.allocString(zone);
  },

  cadence_browser_now_ms: function () {
    return Date.now();
  },

  cadence_browser_load_preference__deps: ['$CadenceBrowser'],
  cadence_browser_load_preference: function (key) {
    try {
      var value = window.localStorage.getItem('cadence.' + UTF8ToString(key));
      return value === null ? 0 : CadenceBrowser.allocString(value);
    } catch (e) {
      return 0; // storage disabled (private mode, policy): preferences simply do not persist
    }
  },

  cadence_browser_save_preference: function (key, value) {
    try {
      window.localStorage.setItem('cadence.' + UTF8ToString(key), UTF8ToString(value));
    } catch (e) { /* full or disabled: a lost preference is harmless */ }
  },

  cadence_browser_open_link: function (url) {
    var link = document.createElement('a');
    link.href = UTF8ToString(url);
    link.rel = 'noopener';
    if (/^https?:/.test(link.href)) link.target = '_blank';
    link.click();
  },

  // Saves bytes as a file through the browser's download (Blob + <a download>). The object URL
  // is revoked after a delay: revoking at once can cancel the download in some browsers.
  cadence_browser_download: function (namePointer, dataPointer, length, mimePointer) {
    var bytes = HEAPU8.slice(dataPointer, dataPointer + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePointer) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePointer);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },

  cadence_browser_set_cursor: function (name) {
    document.getElementById('canvas').style.cursor = UTF8ToString(name);
  },

  // Called after the first frame: completes window.cadence (created by shell.html).
  cadence_browser_ready__deps: ['$CadenceBrowser'],
  cadence_browser_ready: function (version) {
    var api = window.cadence;
    var callJson = function (fn, argument) {
      var result;
      if (argument === undefined) {
        result = UTF8ToString(fn());
      } else {
        var pointer = CadenceBrowser.allocString(String(argument));
        result = UTF8ToString(fn(pointer));
        _free(pointer);
      }
      return JSON.parse(result);
    };
    api.version = UTF8ToString(version);
    api.frameCount = function () { return _cadence_frame_count(); };
    // A named call into the app (src/web/automation.h); throws with the app's message on failure.
    api.call = function (name, args) {
      var namePointer = CadenceBrowser.allocString(name);
      var argsPointer = CadenceBrowser.allocString(JSON.stringify(args === undefined ? {} : args));
      var reply = JSON.parse(UTF8ToString(_cadence_automation_call(namePointer, argsPointer)));
      _free(namePointer);
      _free(argsPointer);
      if (!reply.ok) throw new Error(reply.error);
      return reply.result;
    };
    // A call that changes data runs in the app's next frame; this resolves with its result.
    api.run = function (name, args) {
      var ticket = api.call(name, args).ticket;
      return new Promise(function (resolve, reject) {
        var poll = function () {
          var reply;
          try { reply = api.call('result', { ticket: ticket }); } catch (error) { reject(error); return; }
          if (reply.done) resolve(reply.value);
          else { _cadence_request_frame(); requestAnimationFrame(poll); }
        };
        _cadence_request_frame();
        requestAnimationFrame(poll);
      });
    };
    api.snapshot = function () { return api.call('snapshot'); };
    api.showView = function (view) { return api.call('showView', { view: view }); };
    api.enableLocator = function () { _cadence_enable_locator(1); return api.nextFrame(); };
    // Resolves after the next frame has been drawn (and so published its widgets).
    api.nextFrame = function () {
      var target = _cadence_frame_count() + 2;
      _cadence_request_frame();
      return new Promise(function (resolve) {
        var poll = function () {
          if (_cadence_frame_count() >= target) resolve();
          else { _cadence_request_frame(); requestAnimationFrame(poll); }
        };
        requestAnimationFrame(poll);
      });
    };
    // Where is the widget labelled `label`? CSS pixels relative to the page.
    api.locate = function (label) {
      var canvas = document.getElementById('canvas').getBoundingClientRect();
      return callJson(_cadence_locate, label).map(function (item) {
        item.x += canvas.left; item.y += canvas.top;
        item.centerX = item.x + item.w / 2; item.centerY = item.y + item.h / 2;
        return item;
      });
    };
    api._resolveReady();
  },
});
