// See browser_input.h.
#include "web/browser_input.h"

#include "web/browser_bridge.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstring>

extern "C" {
void cadence_text_input_init();
void cadence_text_input_sync(int wanted, float x, float y, float height, int keyboard);
}

namespace cadence::web {
namespace {

// The input that the invisible <input> reports to (JavaScript has no other handle).
BrowserInput* textInputTarget = nullptr;

// DOM key codes, used directly as ImGui 1.86 key indices (io.KeysDown has 512 entries).
enum DomKey {
    kBackspace = 8, kTab = 9, kEnter = 13, kEscape = 27, kSpace = 32, kPageUp = 33, kPageDown = 34,
    kEnd = 35, kHome = 36, kLeft = 37, kUp = 38, kRight = 39, kDown = 40, kInsert = 45, kDelete = 46,
    kA = 65, kC = 67, kV = 86, kX = 88, kY = 89, kZ = 90,
};

bool isEditingKey(int code) {
    switch (code) {
    case kBackspace: case kTab: case kEnter: case kEscape: case kPageUp: case kPageDown: case kEnd:
    case kHome: case kLeft: case kUp: case kRight: case kDown: case kInsert: case kDelete:
        return true;
    default:
        return false;
    }
}

// A key that produces one character ("a", "é", "€", " ") rather than a name ("Enter", "F5").
bool isSingleCharacter(const char* key) {
    const size_t length = std::strlen(key);
    if (length == 0) return false;
    const unsigned char lead = static_cast<unsigned char>(key[0]);
    const size_t expected = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    return length == expected;
}

int imguiButton(unsigned short domButton) {
    switch (domButton) {
    case 0: return 0; // left
    case 1: return 2; // middle
    case 2: return 1; // right
    default: return -1;
    }
}

BrowserInput* self(void* userData) { return static_cast<BrowserInput*>(userData); }

BrowserInput::Event withModifiers(BrowserInput::Kind kind, bool ctrl, bool shift, bool alt, bool meta) {
    BrowserInput::Event event;
    event.kind = kind;
    event.ctrl = ctrl;
    event.shift = shift;
    event.alt = alt;
    event.super = meta;
    return event;
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void* userData) {
    auto event = withModifiers(BrowserInput::Kind::MouseMove, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    event.x = static_cast<float>(e->clientX);
    event.y = static_cast<float>(e->clientY);
    self(userData)->queue(std::move(event));
    return EM_FALSE;
}

EM_BOOL onMouseButton(int type, const EmscriptenMouseEvent* e, void* userData) {
    const int button = imguiButton(e->button);
    if (button < 0) return EM_FALSE;
    onMouseMove(type, e, userData);
    auto event = withModifiers(BrowserInput::Kind::MouseButton, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    event.code = button;
    event.down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
    self(userData)->queue(std::move(event));
    // The canvas takes keyboard focus on click, as an input field would.
    return EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void* userData) {
    // One notch is about 100 px in DOM_DELTA_PIXEL, 3 lines in DOM_DELTA_LINE, one page otherwise.
    const double perNotch = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    BrowserInput::Event event;
    event.kind = BrowserInput::Kind::Wheel;
    // DOM deltas grow downwards/rightwards; ImGui's wheel grows upwards/leftwards.
    event.x = static_cast<float>(-e->deltaX / perNotch);
    event.y = static_cast<float>(-e->deltaY / perNotch);
    self(userData)->queue(std::move(event));
    return EM_TRUE;
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void* userData) {
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& touch = e->touches[i];
        if (!touch.isChanged) continue;
        BrowserInput::Event move;
        move.kind = BrowserInput::Kind::MouseMove;
        move.x = static_cast<float>(touch.clientX);
        move.y = static_cast<float>(touch.clientY);
        self(userData)->queue(move);
        if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) continue;
        BrowserInput::Event press;
        press.kind = BrowserInput::Kind::MouseButton;
        press.code = 0;
        press.down = type == EMSCRIPTEN_EVENT_TOUCHSTART;
        self(userData)->queue(press);
        break; // one finger drives the pointer
    }
    return EM_TRUE; // no emulated mouse events, no page scroll or zoom
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void* userData) {
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool shortcut = e->ctrlKey || e->metaKey;
    const int code = static_cast<int>(e->keyCode);
    // Ctrl/Cmd+V must reach the browser so that it fires the paste event (queuePaste).
    if (shortcut && code == kV) return EM_FALSE;

    auto event = withModifiers(BrowserInput::Kind::Key, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    event.code = code;
    event.down = down;
    self(userData)->queue(event);

    // Ctrl+Alt is AltGr on many European layouts, which types characters such as "@" or "€".
    const bool typesText = down && isSingleCharacter(e->key) && (!shortcut || (e->ctrlKey && e->altKey));
    if (typesText) {
        BrowserInput::Event text;
        text.kind = BrowserInput::Kind::Text;
        text.text = e->key;
        self(userData)->queue(std::move(text));
    }
    // Leave the browser's own shortcuts (reload, new tab, zoom, devtools) alone; take the editing
    // ones ImGui implements and every key that types or navigates.
    if (shortcut) return code == kA || code == kC || code == kX || code == kY || code == kZ;
    if (code >= 112 && code <= 123) return EM_FALSE; // F1..F12
    return EM_TRUE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void* userData) {
    BrowserInput::Event event;
    event.kind = BrowserInput::Kind::Focus;
    event.down = false;
    self(userData)->queue(event);
    return EM_FALSE;
}

} // namespace

void BrowserInput::install(const char* canvasSelector, std::function<void()> onEvent) {
    onEvent_ = std::move(onEvent);
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback(canvasSelector, this, EM_FALSE, onMouseButton);
    // Releases and moves outside the canvas still belong to a drag that started inside it.
    emscripten_set_mouseup_callback(window, this, EM_FALSE, onMouseButton);
    emscripten_set_mousemove_callback(window, this, EM_FALSE, onMouseMove);
    emscripten_set_wheel_callback(canvasSelector, this, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(canvasSelector, this, EM_FALSE, onTouch);
    emscripten_set_touchmove_callback(canvasSelector, this, EM_FALSE, onTouch);
    emscripten_set_touchend_callback(canvasSelector, this, EM_FALSE, onTouch);
    emscripten_set_touchcancel_callback(canvasSelector, this, EM_FALSE, onTouch);
    emscripten_set_keydown_callback(window, this, EM_FALSE, onKey);
    emscripten_set_keyup_callback(window, this, EM_FALSE, onKey);
    emscripten_set_blur_callback(window, this, EM_FALSE, onBlur);
    textInputTarget = this;
    cadence_text_input_init();
}

void BrowserInput::configure(ImGuiIO& io) {
    const std::pair<ImGuiKey, int> keyMap[] = {
        {ImGuiKey_Tab, kTab},           {ImGuiKey_LeftArrow, kLeft}, {ImGuiKey_RightArrow, kRight},
        {ImGuiKey_UpArrow, kUp},        {ImGuiKey_DownArrow, kDown}, {ImGuiKey_PageUp, kPageUp},
        {ImGuiKey_PageDown, kPageDown}, {ImGuiKey_Home, kHome},      {ImGuiKey_End, kEnd},
        {ImGuiKey_Insert, kInsert},     {ImGuiKey_Delete, kDelete},  {ImGuiKey_Backspace, kBackspace},
        {ImGuiKey_Space, kSpace},       {ImGuiKey_Enter, kEnter},    {ImGuiKey_Escape, kEscape},
        {ImGuiKey_KeyPadEnter, kEnter}, {ImGuiKey_A, kA},            {ImGuiKey_C, kC},
        {ImGuiKey_V, kV},               {ImGuiKey_X, kX},            {ImGuiKey_Y, kY},
        {ImGuiKey_Z, kZ},
    };
    for (auto [imguiKey, domKey] : keyMap) io.KeyMap[imguiKey] = domKey;
    io.BackendPlatformName = "cadence_browser";
    io.ConfigMacOSXBehaviors = cadence_browser_is_mac() != 0;
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
}

void BrowserInput::queue(Event event) {
    events_.push_back(std::move(event));
    if (onEvent_) onEvent_();
}

void BrowserInput::queuePaste(std::string text) {
    Event event;
    event.kind = Kind::Paste;
    event.text = std::move(text);
    queue(std::move(event));
}

void BrowserInput::queueText(std::string text) {
    Event event;
    event.kind = Kind::Text;
    event.text = std::move(text);
    queue(std::move(event));
}

void BrowserInput::queueKeyTap(int domKeyCode) {
    Event event;
    event.kind = Kind::Key;
    event.code = domKeyCode;
    event.down = true;
    queue(event);
    event.down = false;
    queue(event);
}

void BrowserInput::syncTextField(bool wanted, float caretX, float caretY, float lineHeight, ui::TextKind kind) {
    // While wanted, every frame: a click elsewhere may have taken the focus away meanwhile.
    if (!wanted && !textFieldWanted_) return;
    textFieldWanted_ = wanted;
    cadence_text_input_sync(wanted ? 1 : 0, caretX, caretY, lineHeight, static_cast<int>(kind));
}

bool BrowserInput::applyTo(ImGuiIO& io) {
    bool buttonChanged[5] = {};
    bool keyChanged[512] = {};
    bool typedText = false, pressedEditingKey = false, pressedAnyButton = false, movedPointer = false;

    // A synthetic Ctrl+V from a paste is released on the frame after it was pressed.
    if (pasteReleasePending_) {
        io.KeysDown[kV] = false;
        keyChanged[kV] = true;
        pasteReleasePending_ = false;
    }
    auto setModifiers = [&io](const Event& event) {
        io.KeyCtrl = event.ctrl;
        io.KeyShift = event.shift;
        io.KeyAlt = event.alt;
        io.KeySuper = event.super;
    };

    while (!events_.empty()) {
        Event& event = events_.front();
        switch (event.kind) {
        case Kind::MouseMove:
            if (pressedAnyButton) return true; // let ImGui see the press where it happened
            movedPointer = movedPointer || io.MousePos.x != event.x || io.MousePos.y != event.y;
            io.MousePos = ImVec2(event.x, event.y);
            break;
        case Kind::MouseButton:
            if (buttonChanged[event.code]) return true;
            // A tap or a quick click arrives as move + press: ImGui must see the pointer over the
            // widget for a frame first, or items that allow overlap (table headers) ignore the
            // press. (ImGui 1.87's own input queue trickles the same way.)
            if (event.down && movedPointer) return true;
            buttonChanged[event.code] = pressedAnyButton = true;
            io.MouseDown[event.code] = event.down;
            setModifiers(event);
            break;
        case Kind::Wheel:
            io.MouseWheel += event.y;
            io.MouseWheelH += event.x;
            break;
        case Kind::Key:
            if (event.code < 0 || event.code >= 512) break;
            if (keyChanged[event.code] || (typedText && event.down && isEditingKey(event.code))) return true;
            keyChanged[event.code] = true;
            io.KeysDown[event.code] = event.down;
            if (event.down && isEditingKey(event.code)) pressedEditingKey = true;
            setModifiers(event);
            break;
        case Kind::Text:
            if (pressedEditingKey) return true;
            if (textObserver_) textObserver_(event.text);
            io.AddInputCharactersUTF8(event.text.c_str());
            typedText = true;
            break;
        case Kind::Paste:
            if (keyChanged[kV]) return true;
            clipboard_ = std::move(event.text);
            if (textObserver_) textObserver_(clipboard_);
            // The paste shortcut ImGui expects: Cmd+V on a Mac, Ctrl+V elsewhere.
            io.KeyCtrl = !io.ConfigMacOSXBehaviors;
            io.KeySuper = io.ConfigMacOSXBehaviors;
            io.KeysDown[kV] = true;
            keyChanged[kV] = true;
            pasteReleasePending_ = true;
            break;
        case Kind::Focus:
            // Keys released while another window had focus never reach us: forget them.
            for (bool& down : io.KeysDown) down = false;
            io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
            break;
        }
        events_.pop_front();
    }
    return pasteReleasePending_;
}

} // namespace cadence::web

extern "C" {

// Called by js/cadence_text_input.js with what the invisible input received.
EMSCRIPTEN_KEEPALIVE void cadence_on_text_input(const char* text) {
    if (cadence::web::textInputTarget && text) cadence::web::textInputTarget->queueText(text);
}

EMSCRIPTEN_KEEPALIVE void cadence_on_text_key(int domKeyCode) {
    if (cadence::web::textInputTarget) cadence::web::textInputTarget->queueKeyTap(domKeyCode);
}

} // extern "C"
