// ImGui text fields bound to a std::string that grows as the user types.
//
// A field can say what it holds (a phone number, an email address), so that a phone shows the
// matching on-screen keyboard: while such a field is being edited, activeTextKind() tells the
// platform, which reads it after each frame.
#pragma once

#include <imgui.h>

#include <string>

namespace cadence::ui {

enum class TextKind { Text, Phone, Email };

bool inputText(const char* label, std::string& text, TextKind kind = TextKind::Text);
// `flags` adds ImGui's own (ImGuiInputTextFlags_Password for a passphrase, ...).
bool inputTextWithHint(const char* label, const char* hint, std::string& text, TextKind kind = TextKind::Text,
                       ImGuiInputTextFlags flags = 0);

// What the field being edited in the last frame holds (Text when none is).
TextKind activeTextKind();

} // namespace cadence::ui

namespace cadence::ui {

// A multi-line field (notes, template bodies) of the given size.
bool inputTextMultiline(const char* label, std::string& text, const ImVec2& size);

} // namespace cadence::ui
