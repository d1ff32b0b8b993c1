// ImGui text fields bound to a std::string that grows as the user types.
#pragma once

#include <string>

namespace cadence::ui {

bool inputText(const char* label, std::string& text);
bool inputTextWithHint(const char* label, const char* hint, std::string& text);

} // namespace cadence::ui
