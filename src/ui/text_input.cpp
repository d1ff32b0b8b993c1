// See text_input.h. ImGui edits a char buffer in place; the resize callback lets that buffer be
// the std::string itself, so there is no length limit and no copy per frame.
#include "ui/text_input.h"

#include <imgui.h>
#include <imgui_internal.h> // GetActiveID, GetItemID

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

// Which kind of field holds ImGui's active id, noted by the field itself as it is drawn. Widget
// state of the same nature as ImGui's own context (which is global too): it describes the frame
// being drawn, and the platform reads it between frames.
struct ActiveField {
    ImGuiID id = 0;
    TextKind kind = TextKind::Text;
};
ActiveField activeField;

void noteKind(TextKind kind) {
    if (kind != TextKind::Text && ImGui::IsItemActive()) activeField = {ImGui::GetItemID(), kind};
}

} // namespace

bool inputText(const char* label, std::string& text, TextKind kind) {
    const bool changed = ImGui::InputText(label, text.data(), text.capacity() + 1,
                                          ImGuiInputTextFlags_CallbackResize, resizeString, &text);
    noteKind(kind);
    return changed;
}

bool inputTextWithHint(const char* label, const char* hint, std::string& text, TextKind kind,
                       ImGuiInputTextFlags flags) {
    const bool changed = ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1,
                                                  flags | ImGuiInputTextFlags_CallbackResize, resizeString, &text);
    noteKind(kind);
    return changed;
}

TextKind activeTextKind() {
    const ImGuiID active = ImGui::GetActiveID();
    return active != 0 && active == activeField.id ? activeField.kind : TextKind::Text;
}

} // namespace cadence::ui

namespace cadence::ui {

bool inputTextMultiline(const char* label, std::string& text, const ImVec2& size) {
    return ImGui::InputTextMultiline(label, text.data(), text.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, resizeString, &text);
}

} // namespace cadence::ui
