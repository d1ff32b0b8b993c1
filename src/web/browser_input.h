// Browser input for Dear ImGui 1.86: mouse, touch, wheel, keys, text and paste.
//
// Text arrives two ways: keydown events of real keys (handled here) and, for on-screen keyboards
// and IMEs, an invisible <input> focused while ImGui wants text (js/cadence_text_input.js, which
// calls queueText and queueKeyTap). syncTextField keeps that input's focus in step with ImGui.
//
// Browser callbacks only queue events; the frame drains the queue (BrowserInput::applyTo) before
// ImGui::NewFrame. 1.86 reads input as per-frame state, so a press and a release arriving between
// two frames would be lost: the drain stops at the second change of the same button or key and
// leaves the rest for the next frame ("trickling"), and it keeps typed text and key presses in
// their order. Emscripten 3.1.6's GLFW gets wheel direction and speed wrong and has no clipboard,
// which is why this talks to html5.h directly.
#pragma once

#include "ui/text_input.h"

#include <deque>
#include <functional>
#include <string>

struct ImGuiIO;

namespace cadence::web {

class BrowserInput {
public:
    // `onEvent` runs after every queued event so the frame loop can schedule a frame.
    void install(const char* canvasSelector, std::function<void()> onEvent);
    void configure(ImGuiIO& io);

    // Applies queued events to `io`; returns true when some are left for the next frame.
    bool applyTo(ImGuiIO& io);
    // Paste arrives from the page's paste event: ImGui sees Ctrl+V with this text as the clipboard.
    void queuePaste(std::string text);
    // Text typed into the invisible input (UTF-8, any script), and keys it saw only as edits.
    void queueText(std::string text);
    void queueKeyTap(int domKeyCode);
    // Each frame: whether ImGui wants text, where its caret is (CSS pixels), and what the field
    // holds (a phone's keyboard shows digits for a phone number, an @ for an email address).
    void syncTextField(bool wanted, float caretX, float caretY, float lineHeight, ui::TextKind kind);
    // Sees every piece of text typed or pasted, before ImGui does (the fonts add its glyphs).
    void setTextObserver(std::function<void(const std::string&)> observer) { textObserver_ = std::move(observer); }
    // Events received but not yet applied to ImGui (they trickle in one change per frame).
    std::size_t queuedEvents() const { return events_.size(); }
    const std::string& clipboard() const { return clipboard_; }
    void setClipboard(std::string text) { clipboard_ = std::move(text); }

    enum class Kind { MouseMove, MouseButton, Wheel, Key, Text, Paste, Focus };
    struct Event {
        Kind kind = Kind::MouseMove;
        float x = 0, y = 0;     // MouseMove: CSS pixels; Wheel: lines (positive = up/left)
        int code = 0;           // MouseButton: button; Key: DOM key code
        bool down = false;      // MouseButton/Key
        bool ctrl = false, shift = false, alt = false, super = false;
        std::string text;       // Text, Paste
    };
    void queue(Event event);

private:
    std::deque<Event> events_;
    std::function<void()> onEvent_;
    std::function<void(const std::string&)> textObserver_;
    std::string clipboard_;
    bool textFieldWanted_ = false;
    bool pasteReleasePending_ = false;
};

} // namespace cadence::web
