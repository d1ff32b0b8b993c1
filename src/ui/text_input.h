// ImGui text fields bound to a std::string that grows as the user types.
#pragma once

#include <imgui.h>

#include <string>

namespace cadence::ui {

bool inputText(const char* label, std::string& text);
// `flags` adds ImGui's own (ImGuiInputTextFlags_Password for a passphrase, ...).
bool inputTextWithHint(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0);

} // namespace cadence::ui

namespace cadence::ui {

// A multi-line field (notes, template bodies) of the given size.
bool inputTextMultiline(const char* label, std::string& text, const ImVec2& size);

} // namespace cadence::ui
