// The phone's on-screen keyboard (and desktop IMEs) for ImGui text fields: an invisible <input>,
// focused while ImGui wants text (see BrowserShell::syncTextInput), whose typed text is handed to
// C++ as characters and whose deletions as Backspace presses.
//
// Two paths reach ImGui and never both for one key press: a key with a real key code (a desktop
// keyboard, Playwright's keyboard.press) goes through C++'s window keydown handler, which cancels
// its default action, so the input never changes and fires no `input` event. What arrives without
// a usable keydown — an on-screen keyboard (key code 229), an IME's composed text, a dead-key
// accent, Playwright's insertText for characters off a US layout — changes the input; its `input`
// and `compositionend` events forward the change, then the input is reset.
//
// The input always holds one zero-width space before the caret, so that a Backspace on an
// on-screen keyboard has something to delete and is seen as a change (an empty input would
// swallow it).
mergeInto(LibraryManager.library, {
  $CadenceTextInput: {
    sentinel: '\u200b',
    element: null,
    composing: false,
    wanted: false,

    reset: function () {
      var input = CadenceTextInput.element;
      input.value = CadenceTextInput.sentinel;
      input.setSelectionRange(1, 1);
    },

    sendText: function (text) {
      if (!text) return;
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      _cadence_on_text_input(pointer);
      _free(pointer);
    },

    // Forwards what changed since the last reset: the text typed after the sentinel, or a
    // Backspace when the sentinel itself was deleted (then anything left is new text).
    forward: function () {
      if (CadenceTextInput.composing) return;
      var value = CadenceTextInput.element.value;
      var sentinel = CadenceTextInput.sentinel;
      if (value === sentinel) return;
      if (value.startsWith(sentinel)) {
        CadenceTextInput.sendText(value.slice(sentinel.length));
      } else {
        _cadence_on_text_key(8);
        CadenceTextInput.sendText(value.split(sentinel).join(''));
      }
      CadenceTextInput.reset();
    },

    focus: function () {
      var input = CadenceTextInput.element;
      if (document.activeElement !== input) input.focus({ preventScroll: true });
    },
  },

  cadence_text_input_init__deps: ['$CadenceTextInput'],
  cadence_text_input_init: function () {
    var input = document.createElement('input');
    input.type = 'text';
    input.id = 'cadence-text-input';
    input.setAttribute('aria-hidden', 'true');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    input.tabIndex = -1;
    // Invisible but really there: a display:none or zero-sized input gets no keyboard. 16 px
    // keeps iOS from zooming the page on focus; pointer-events leaves every tap to the canvas.
    var style = input.style;
    style.position = 'fixed';
    style.left = '0px';
    style.top = '0px';
    style.width = '2px';
    style.height = '16px';
    style.fontSize = '16px';
    style.padding = '0';
    style.border = '0';
    style.margin = '0';
    style.opacity = '0';
    style.color = 'transparent';
    style.background = 'transparent';
    style.caretColor = 'transparent';
    style.pointerEvents = 'none';
    style.zIndex = '-1';
    document.body.appendChild(input);
    CadenceTextInput.element = input;
    CadenceTextInput.reset();

    // Keys that belong to a composition (IME, dead key, on-screen keyboard) stop here, before
    // C++'s window handler could cancel them or read them as typed characters.
    var composingKey = function (event) {
      if (event.isComposing || event.keyCode === 229 || event.key === 'Dead' || CadenceTextInput.composing) {
        event.stopPropagation();
      }
    };
    input.addEventListener('keydown', composingKey);
    input.addEventListener('keyup', composingKey);
    input.addEventListener('compositionstart', function () { CadenceTextInput.composing = true; });
    input.addEventListener('compositionend', function () {
      CadenceTextInput.composing = false;
      CadenceTextInput.forward();
    });
    input.addEventListener('input', function (event) {
      if (!event.isComposing) CadenceTextInput.forward();
    });
    input.addEventListener('blur', function () {
      // A composition interrupted by a blur is committed as it stands.
      CadenceTextInput.composing = false;
      CadenceTextInput.forward();
    });

    var canvas = document.getElementById('canvas');
    // A click inside a text field must not move focus from the input to the canvas (the phone
    // keyboard would close and reopen); ImGui still receives the press.
    canvas.addEventListener('mousedown', function (event) {
      if (document.activeElement === input) event.preventDefault();
    });
    // iOS opens the keyboard only for a focus() made while handling the user's tap. ImGui
    // activated the field on the touch's start, so by its end the wish is known.
    canvas.addEventListener('touchend', function () {
      if (CadenceTextInput.wanted) CadenceTextInput.focus();
    });
  },

  // Called after every frame: focus the input while a text field is active, at its caret (so an
  // IME's candidate window and the browser's scroll-into-view aim at the field); blur otherwise.
  cadence_text_input_sync__deps: ['$CadenceTextInput'],
  cadence_text_input_sync: function (wanted, x, y, height, keyboard) {
    var input = CadenceTextInput.element;
    if (!input) return;
    CadenceTextInput.wanted = !!wanted;
    if (wanted) {
      // The keyboard that suits the field (0 text, 1 phone, 2 email; ui::TextKind). The type stays
      // "text": an email input has no selection API, which the sentinel needs. A keyboard already
      // open changes only on a new focus, so a change of kind refocuses.
      var mode = ['text', 'tel', 'email'][keyboard] || 'text';
      if (input.inputMode !== mode) {
        input.inputMode = mode;
        if (document.activeElement === input) input.blur();
      }
      input.style.left = Math.max(0, x) + 'px';
      input.style.top = Math.max(0, y) + 'px';
      input.style.height = Math.max(16, height) + 'px';
      CadenceTextInput.focus();
    } else if (document.activeElement === input) {
      CadenceTextInput.composing = false;
      CadenceTextInput.reset();
      input.blur();
      document.getElementById('canvas').focus({ preventScroll: true });
    }
  },
});
