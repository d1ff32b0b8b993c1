// See templates_view.h.
#include "ui/templates_view.h"

#include "core/starter_templates.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/lead_table.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

const char* const kMergeFields[] = {"first_name", "full_name", "agent_name", "signature", "property"};

struct BodyEdit {
    std::string* text;
    int* cursor;
    std::string* pending;
};

// Keeps the string sized (like text_input.cpp), remembers the caret, and inserts a pending
// merge field at it.
int bodyCallback(ImGuiInputTextCallbackData* data) {
    auto* edit = static_cast<BodyEdit*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        edit->text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = edit->text->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        if (!edit->pending->empty()) {
            data->InsertChars(data->CursorPos, edit->pending->c_str());
            edit->pending->clear();
        }
        *edit->cursor = data->CursorPos;
    }
    return 0;
}

} // namespace

void TemplatesView::select(const Workspace& ws, TemplateId id) {
    selected_ = id;
    if (const MessageTemplate* tpl = ws.messageTemplate(id)) {
        draft_ = *tpl;
        loadedFrom_ = *tpl;
    }
    bodyCursor_ = -1;
}

void TemplatesView::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    if (!ws.messageTemplate(selected_)) {
        for (const auto& tpl : ws.templateSlots())
            if (tpl) {
                select(ws, tpl->id);
                break;
            }
    } else if (const MessageTemplate* tpl = ws.messageTemplate(selected_); !(*tpl == loadedFrom_)) {
        if (draft_ == loadedFrom_) draft_ = *tpl;
        loadedFrom_ = *tpl;
    }
    bool any = false;
    for (const auto& tpl : ws.templateSlots())
        any = any || tpl.has_value();
    if (!any) {
        drawEmptyState(
            context.fonts,
            {ICON_TEMPLATES, "No templates yet",
             "Until you write your own, each touch uses Cadence's starter message for its channel. Add "
             "them as templates to make them yours: edit the words, insert merge fields, preview on a "
             "real lead."});
        ImGui::Spacing();
        const float width = 240.0f;
        ImGui::SetCursorPosX(
            (ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowContentRegionMin().x - width) * 0.5f);
        if (primaryButton(ICON_ADD "  Add the starter templates", ImVec2(width, 40))) {
            int added = 0;
            for (const MessageTemplate& tpl : starterTemplates())
                if (context.editor.apply(AddTemplate{tpl})) ++added;
            context.navigator.notify("Added " + std::to_string(added) + " templates", added);
        }
        return;
    }
    if (context.narrow) {
        if (showEditorOnPhone_ && ws.messageTemplate(selected_)) {
            if (ImGui::Button(ICON_CHEVRON_LEFT "  All templates", ImVec2(0, 40))) showEditorOnPhone_ = false;
            drawEditor(context);
        } else {
            drawList(context);
        }
        return;
    }
    heading(context.fonts, "Templates");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::BeginChild("template list", ImVec2(280, 0), false);
    drawList(context);
    ImGui::EndChild();
    ImGui::SameLine(0, 16);
    ImGui::BeginChild("template editor", ImVec2(0, 0), false);
    if (ws.messageTemplate(selected_)) drawEditor(context);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void TemplatesView::drawList(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    for (std::size_t c = 0; c + 1 < kChannelCount; ++c) {
        const Channel channel = static_cast<Channel>(c);
        bool header = false;
        for (const auto& tpl : ws.templateSlots()) {
            if (!tpl || tpl->channel != channel) continue;
            if (!header) {
                ImGui::Spacing();
                mutedText((std::string(channelIcon(channel)) + "  " + channelLabel(channel)).c_str());
                header = true;
            }
            ImGui::PushID(static_cast<int>(tpl->id.value));
            if (ImGui::Selectable(tpl->name.c_str(), tpl->id == selected_ && !context.narrow, 0,
                                  ImVec2(0, context.narrow ? 36.0f : 0.0f))) {
                select(ws, tpl->id);
                showEditorOnPhone_ = true;
            }
            ImGui::PopID();
        }
    }
    ImGui::Spacing();
    if (quietButton(ICON_ADD "  New template")) {
        MessageTemplate tpl;
        tpl.name = "New text";
        tpl.channel = Channel::Text;
        tpl.body = "Hi {first_name}, ";
        if (auto r = context.editor.apply(AddTemplate{tpl})) {
            select(context.editor.workspace(), TemplateId{r->createdId});
            showEditorOnPhone_ = true;
        }
    }
}

void TemplatesView::drawEditor(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    const float width = ImGui::GetContentRegionAvail().x;
    mutedText("Name");
    ImGui::SetNextItemWidth(width * 0.6f);
    inputText("##Template name", draft_.name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(
            "##Template channel",
            (std::string(channelIcon(draft_.channel)) + "  " + channelLabel(draft_.channel)).c_str())) {
        for (std::size_t c = 0; c + 1 < kChannelCount; ++c)
            if (ImGui::Selectable(channelLabel(static_cast<Channel>(c)),
                                  draft_.channel == static_cast<Channel>(c)))
                draft_.channel = static_cast<Channel>(c);
        ImGui::EndCombo();
    }
    if (draft_.channel == Channel::Email) {
        mutedText("Subject");
        ImGui::SetNextItemWidth(width);
        inputText("##Subject", draft_.subject);
    }
    mutedText("Message");
    BodyEdit edit{&draft_.body, &bodyCursor_, &pendingField_};
    ImGui::InputTextMultiline("##Template body", draft_.body.data(), draft_.body.capacity() + 1,
                              ImVec2(width, context.narrow ? 140.0f : 160.0f),
                              ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways,
                              bodyCallback, &edit);
    const bool bodyActive = ImGui::IsItemActive();
    mutedText("Insert a merge field");
    for (std::size_t i = 0; i < std::size(kMergeFields); ++i) {
        if (i > 0) ImGui::SameLine(0, 6);
        const std::string field = std::string("{") + kMergeFields[i] + "}";
        if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(field.c_str()).x + 20 > width) ImGui::NewLine();
        ImGui::PushStyleColor(ImGuiCol_Button, palette::accentSoft);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
        if (ImGui::Button(field.c_str())) {
            // At the caret when the body was being edited, else at the end.
            if (bodyActive || bodyCursor_ >= 0) {
                const std::size_t at = bodyCursor_ < 0
                                           ? draft_.body.size()
                                           : std::min<std::size_t>(bodyCursor_, draft_.body.size());
                draft_.body.insert(at, field);
                bodyCursor_ = static_cast<int>(at + field.size());
            } else {
                draft_.body += field;
            }
        }
        ImGui::PopStyleColor(2);
    }

    // Live preview on a real lead.
    ImGui::Spacing();
    heading(context.fonts, ICON_EYE "  Preview");
    const Lead* lead = ws.lead(previewLead_);
    if (!lead)
        for (const auto& slot : ws.leadSlots())
            if (slot) {
                previewLead_ = slot->id;
                lead = &*slot;
                break;
            }
    ImGui::SetNextItemWidth(std::min(width, 320.0f));
    if (ImGui::BeginCombo("##Preview lead", lead ? lead->name.c_str() : "Choose a lead")) {
        ImGui::SetNextItemWidth(-1);
        inputTextWithHint("##Find lead", "Search", leadSearch_);
        const std::string needle = searchFold(leadSearch_);
        int shown = 0;
        for (const auto& slot : ws.leadSlots()) {
            if (!slot || (!needle.empty() && searchFold(slot->name).find(needle) == std::string::npos))
                continue;
            ImGui::PushID(static_cast<int>(slot->id.value));
            if (ImGui::Selectable(slot->name.c_str(), slot->id == previewLead_)) previewLead_ = slot->id;
            ImGui::PopID();
            if (++shown >= 50) break;
        }
        ImGui::EndCombo();
    }
    Lead sample;
    if (!lead) {
        sample.name = "Ana Silva";
        lead = &sample;
        ImGui::SameLine();
        mutedText("(no leads yet: a sample)");
    }
    const RenderedMessage message = renderTemplate(draft_, *lead, ws.settings());
    previewText_ = message.subject.empty() ? message.body : message.subject + "\n\n" + message.body;
    previewMissing_ = message.missingFields;
    const Card card = beginCard(12.0f);
    if (!message.subject.empty()) {
        mutedText("Subject");
        ImGui::TextWrapped("%s", message.subject.c_str());
        ImGui::Spacing();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 30.0f);
    ImGui::TextUnformatted(message.body.c_str());
    ImGui::PopTextWrapPos();
    endCard(card, false);
    for (const std::string& field : message.missingFields) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        const bool mine = field == "agent_name" || field == "signature";
        ImGui::TextWrapped(ICON_WARNING "  {%s} has no value%s", field.c_str(),
                           mine                  ? ": set your name and signature in Settings"
                           : field == "property" ? ": it is filled in when a plan step supplies it"
                                                 : " for this lead");
        ImGui::PopStyleColor();
    }

    const bool dirty = !(draft_ == loadedFrom_);
    ImGui::Spacing();
    ImGui::BeginDisabled(!dirty);
    if (primaryButton(ICON_CHECK "  Save template")) {
        if (auto r = context.editor.apply(EditTemplate{draft_})) {
            loadedFrom_ = draft_;
            context.navigator.notify("Saved " + draft_.name, 1);
        } else {
            context.navigator.notify("Not saved: " + r.error().describe());
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard##template")) draft_ = loadedFrom_;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (quietButton(ICON_TRASH "  Delete")) {
        if (auto r = context.editor.apply(DeleteTemplate{selected_})) {
            context.navigator.notify("Deleted " + loadedFrom_.name, 1);
        } else {
            context.navigator.notify(r.error().describe());
        }
    }
    ImGui::Dummy(ImVec2(0, 16));
}

} // namespace cadence::ui
