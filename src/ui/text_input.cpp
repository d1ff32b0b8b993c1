// See text_input.h. ImGui edits a char buffer in place; the resize callback lets that buffer be
// the std::string itself, so there is no length limit and no copy per frame.
#include "ui/text_input.h"

#include <imgui.h>

namespace cadence::ui {
namespace {

int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

} // namespace

bool inputText(const char* label, std::string& text) {
    return ImGui::InputText(label, text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                            resizeString, &text);
}

bool inputTextWithHint(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags) {
    return ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1,
                                    flags | ImGuiInputTextFlags_CallbackResize, resizeString, &text);
}

} // namespace cadence::ui

namespace cadence::ui {

bool inputTextMultiline(const char* label, std::string& text, const ImVec2& size) {
    return ImGui::InputTextMultiline(label, text.data(), text.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, resizeString, &text);
}

} // namespace cadence::ui
