// See app.h. Wide screens get a top bar with the product name, labelled tabs and the add, undo
// and redo buttons; narrow (phone) screens get a bottom tab bar within thumb reach, with larger
// targets and a floating add button.
#include "ui/app.h"

#include "icons.h"
#include "ui/storage_notices.h"
#include "ui/view_context.h"
#include "ui/widgets.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

namespace cadence::ui {
namespace {

constexpr float kNarrowWidth = 700.0f;
constexpr float kLeadPanelWidth = 460.0f;
constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// One navigation tab: icon and name side by side on the top bar; on the phone's bottom bar the
// icon sits above a smaller name so that six tabs fit in 320 px. Returns true when clicked.
bool navigationTab(const Fonts& fonts, View view, bool selected, const ImVec2& size, bool stacked) {
    ImGui::PushID(static_cast<int>(view));
    const ImU32 textColour = selected ? palette::accent : palette::textMuted;
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette::accentSoft : IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, textColour);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    bool clicked = false;
    if (stacked) {
        ImGui::PushFont(fonts.small);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.88f));
        clicked = ImGui::Button(viewName(view), size);
        ImGui::PopStyleVar();
        ImGui::PopFont();
        const ImVec2 min = ImGui::GetItemRectMin();
        const float iconSize =
            fonts.heading->FontSize * fonts.heading->Scale * ImGui::GetIO().FontGlobalScale;
        const ImVec2 iconExtent = fonts.heading->CalcTextSizeA(iconSize, FLT_MAX, 0.0f, viewIcon(view));
        ImGui::GetWindowDrawList()->AddText(
            fonts.heading, iconSize, ImVec2(min.x + (size.x - iconExtent.x) * 0.5f, min.y + size.y * 0.16f),
            textColour, viewIcon(view));
    } else {
        const std::string label = std::string(viewIcon(view)) + "  " + viewName(view);
        clicked = ImGui::Button(label.c_str(), size);
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    return clicked;
}

bool isMac() {
    return ImGui::GetIO().ConfigMacOSXBehaviors;
}

} // namespace

App::App(Platform& platform, Document& document)
    : platform_(platform), document_(document), editor_(document) {}

void App::showView(View view) {
    view_ = view;
    if (!ImGui::GetCurrentContext() || ImGui::GetMainViewport()->Size.x < kNarrowWidth) leadPanel_.close();
}

void App::openLead(LeadId id) {
    leadPanel_.open(id);
}

void App::showLeads(const LeadFilter& filter) {
    leads_.setFilter(filter);
    view_ = View::Leads;
    leadPanel_.close();
}

void App::notify(std::string message, int undoSteps) {
    toast_.show(std::move(message), undoSteps, ImGui::GetTime());
}

void App::undo(int steps) {
    const Workspace& ws = editor_.workspace();
    std::string name(ws.undoName());
    int done = 0;
    for (int i = 0; i < steps && editor_.workspace().canUndo(); ++i)
        if (editor_.undo()) ++done;
    if (done == 0) {
        notify("Nothing to undo");
        return;
    }
    for (char& c : name)
        if (c == '_') c = ' ';
    toast_.show("Undone: " + name, 0, ImGui::GetTime());
}

void App::redo() {
    std::string name(editor_.workspace().redoName());
    if (!editor_.workspace().canRedo() || !editor_.redo()) {
        notify("Nothing to redo");
        return;
    }
    for (char& c : name)
        if (c == '_') c = ' ';
    toast_.show("Redone: " + name, 0, ImGui::GetTime());
}

ViewContext App::makeContext(bool narrow) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool keyboardFree =
        !io.WantTextInput && !quickAdd_.isOpen() && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    return ViewContext{platform_, document_, fonts_, narrow, editor_, *this, frameNow_, keyboardFree, importExport_};
}

void App::handleShortcuts(const ViewContext& context) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool command = isMac() ? io.KeySuper : io.KeyCtrl;
    // Text fields keep their own undo (Ctrl+Z edits the text); elsewhere it undoes commands.
    if (!io.WantTextInput && command && ImGui::IsKeyPressed(90, false)) { // Z
        if (io.KeyShift)
            redo();
        else
            undo();
    }
    if (!io.WantTextInput && command && ImGui::IsKeyPressed(89, false)) redo(); // Y
    if (command && ImGui::IsKeyPressed(75, false)) quickAdd();                  // K
    if (!context.keyboardFree || command || io.KeyAlt) return;
    if (ImGui::IsKeyPressed(78, false)) quickAdd(); // N
    // "?" is Shift+/ on most layouts; its DOM key code is 191.
    if (ImGui::IsKeyPressed(191, false) && io.KeyShift) help_.open();
    if (ImGui::IsKeyPressed(27, false)) leadPanel_.close();
}

void App::draw() {
    frameNow_ = platform_.now();
    pauseExpiry_.update(editor_, platform_, frameNow_);
    // The theme is a device preference; so is the text size, which the platform reads through
    // textScale() to rasterise the fonts at the chosen size (crisp, unlike a scaled atlas).
    const ThemeKind theme = settings_.theme(platform_);
    if (theme != currentTheme()) applyTheme(ImGui::GetStyle(), theme);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const bool narrow = viewport->Size.x < kNarrowWidth;
    const float barHeight = narrow ? 64.0f : 56.0f;
    const ViewContext context = makeContext(narrow);
    if (const std::optional<LeadId> clicked = reminders_.update(context)) {
        view_ = View::Today;
        leadPanel_.close();
        today_.focusLead(*clicked);
    }
    handleShortcuts(context);
    importExport_.update(context);
    drawNavigation(narrow, barHeight);
    drawContent(narrow, narrow ? 0.0f : barHeight, narrow ? barHeight : 0.0f);
    if (narrow && !leadPanel_.leadId()) drawFloatingAddButton(barHeight);

    const ViewContext popupContext = makeContext(narrow);
    if (std::optional<LeadId> added = quickAdd_.draw(popupContext)) {
        view_ = View::Today;
        today_.focusLead(*added);
    }
    importExport_.drawDialogs(popupContext);
    help_.draw(fonts_, isMac());
    if (const int steps = toast_.draw(platform_, narrow ? barHeight : 0.0f, narrow)) undo(steps);
}

void App::drawNavigation(bool narrow, float barHeight) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 position(viewport->Pos.x,
                          narrow ? viewport->Pos.y + viewport->Size.y - barHeight : viewport->Pos.y);
    ImGui::SetNextWindowPos(position);
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, barHeight));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::barBackground);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, narrow ? ImVec2(4, 4) : ImVec2(16, 10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("Navigation", nullptr, kFixedWindow);

    // A hairline between the bar and the content.
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float edgeY = narrow ? position.y : position.y + barHeight - 1.0f;
    drawList->PushClipRectFullScreen(); // the line runs under the window's padding too
    drawList->AddLine(ImVec2(position.x, edgeY), ImVec2(position.x + viewport->Size.x, edgeY),
                      palette::barBorder);
    drawList->PopClipRect();

    if (narrow) {
        const float tabWidth = (viewport->Size.x - 8.0f) / static_cast<float>(kAllViews.size());
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
        for (View view : kAllViews) {
            if (view != kAllViews.front()) ImGui::SameLine();
            if (navigationTab(fonts_, view, view == view_, ImVec2(tabWidth, barHeight - 8.0f), true))
                showView(view);
        }
        ImGui::PopStyleVar();
    } else {
        ImGui::PushFont(fonts_.title);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
        ImGui::SetCursorPosY((barHeight - ImGui::GetFontSize()) * 0.5f);
        ImGui::TextUnformatted("Cadence");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SameLine(0.0f, 32.0f);
        const float tabHeight = barHeight - 20.0f;
        ImGui::SetCursorPosY((barHeight - tabHeight) * 0.5f);
        for (View view : kAllViews) {
            if (view != kAllViews.front()) ImGui::SameLine(0.0f, 4.0f);
            if (navigationTab(fonts_, view, view == view_, ImVec2(0.0f, tabHeight), false)) showView(view);
        }
        drawTopBarActions(barHeight);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

// Right side of the top bar: save state, undo, redo, help and the big add button.
void App::drawTopBarActions(float barHeight) {
    const float tabHeight = barHeight - 20.0f;
    const char* addLabel = ICON_ADD "  Add lead";
    const float addWidth = ImGui::CalcTextSize(addLabel).x + 32.0f;
    const float iconWidth = tabHeight;
    const float saveWidth = drawSaveIndicator(document_, true);
    const float total = saveWidth + 16.0f + iconWidth * 3 + 8.0f + addWidth;
    const float start = ImGui::GetWindowContentRegionMax().x - total;
    if (start < ImGui::GetCursorPosX() + 8.0f) return; // too narrow: keyboard and Today's button remain
    ImGui::SameLine(start);
    // SameLine keeps the tabs' text baseline offset (the frame padding): compensate.
    ImGui::SetCursorPosY((barHeight - ImGui::GetTextLineHeight()) * 0.5f - ImGui::GetStyle().FramePadding.y);
    drawSaveIndicator(document_);
    ImGui::SameLine(0, 16.0f);
    ImGui::SetCursorPosY((barHeight - tabHeight) * 0.5f);
    const Workspace& ws = editor_.workspace();
    ImGui::BeginDisabled(!ws.canUndo());
    if (quietButton(ICON_UNDO "##Undo", ImVec2(iconWidth, tabHeight))) undo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(ws.canUndo() ? "Undo %s (%s+Z)" : "Nothing to undo",
                          std::string(ws.undoName()).c_str(), isMac() ? "Cmd" : "Ctrl");
    ImGui::SameLine(0, 0);
    ImGui::BeginDisabled(!ws.canRedo());
    if (quietButton(ICON_REDO "##Redo", ImVec2(iconWidth, tabHeight))) redo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(ws.canRedo() ? "Redo %s" : "Nothing to redo", std::string(ws.redoName()).c_str());
    ImGui::SameLine(0, 0);
    if (quietButton(ICON_HELP "##Help", ImVec2(iconWidth, tabHeight))) help_.open();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keyboard shortcuts (?)");
    ImGui::SameLine(0, 8.0f);
    if (primaryButton(addLabel, ImVec2(addWidth, tabHeight))) quickAdd();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a lead (N or %s+K)", isMac() ? "Cmd" : "Ctrl");
}

void App::drawFloatingAddButton(float bottom) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float size = 56.0f;
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - size - 18.0f,
                                   viewport->Pos.y + viewport->Size.y - bottom - size - 16.0f));
    ImGui::SetNextWindowSize(ImVec2(size, size));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("AddButton", nullptr, kFixedWindow & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 centre(ImGui::GetWindowPos().x + size * 0.5f, ImGui::GetWindowPos().y + size * 0.5f);
    list->AddCircleFilled(ImVec2(centre.x, centre.y + 2), size * 0.5f, IM_COL32(15, 23, 42, 50), 40);
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button("##Add lead", ImVec2(size, size));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    list->AddCircleFilled(centre, size * 0.5f - 1, palette::accent, 40);
    ImGui::PushFont(fonts_.heading);
    const ImVec2 extent = ImGui::CalcTextSize(ICON_ADD);
    list->AddText(ImVec2(centre.x - extent.x * 0.5f, centre.y - extent.y * 0.5f), palette::accentText,
                  ICON_ADD);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (pressed) quickAdd();
}

void App::drawContent(bool narrow, float top, float bottom) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, viewport->Size.y - top - bottom));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (narrow) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 14));
    ImGui::Begin("Content", nullptr, kFixedWindow & ~ImGuiWindowFlags_NoScrollWithMouse);

    const ViewContext context = makeContext(narrow);
    const bool panelOpen = leadPanel_.leadId() && editor_.workspace().lead(*leadPanel_.leadId());
    if (narrow && !panelOpen) {
        ImGui::PushFont(fonts_.heading);
        ImGui::TextUnformatted(viewName(view_));
        ImGui::PopFont();
        // The save state sits on the title's line, at the right edge.
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - drawSaveIndicator(document_, true));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
        drawSaveIndicator(document_);
    }
    drawStorageNotices(document_, fonts_);
    updateNotice_.draw(platform_, document_);
    if (!drawLoadingIfOpening(document_, fonts_)) {
        importExport_.drawReminderBanner(context);
        if (panelOpen && narrow) {
            leadPanel_.draw(context); // a page of its own on phones
        } else {
            const float panelWidth = panelOpen ? std::min(kLeadPanelWidth, viewport->Size.x * 0.45f) : 0.0f;
            // The view always lives in the same child, so opening the panel keeps its state
            // (table columns, scroll) and its widgets' identities.
            ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
            ImGui::BeginChild("Main", ImVec2(panelOpen ? -panelWidth - 12.0f : 0.0f, 0), false);
            switch (view_) {
            case View::Today:
                reminders_.drawOffer(context);
                today_.draw(context);
                break;
            case View::Leads:
                leads_.draw(context);
                break;
            case View::Plans:
                plans_.draw(context);
                break;
            case View::Templates:
                templates_.draw(context);
                break;
            case View::Health:
                health_.draw(context);
                break;
            case View::Settings:
                settings_.draw(context);
                break;
            }
            ImGui::EndChild();
            ImGui::PopStyleColor(); // views' own children are see-through too
            if (panelOpen) {
                ImGui::SameLine(0, 12.0f);
                ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 16));
                ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::card);
                ImGui::PushStyleColor(ImGuiCol_Border, palette::cardBorder);
                ImGui::BeginChild("LeadPanel", ImVec2(0, 0), true);
                leadPanel_.draw(context);
                ImGui::EndChild();
                ImGui::PopStyleColor(2);
                ImGui::PopStyleVar();
            }
        }
    }

    ImGui::End();
    ImGui::PopStyleVar(narrow ? 2 : 1);
}

std::string App::snapshotJson() const {
    nlohmann::json snapshot{{"view", viewSlug(view_)}, {"leadsSearch", leads_.searchText()}};
    snapshot["openLead"] =
        leadPanel_.leadId() ? nlohmann::json(leadPanel_.leadId()->value) : nlohmann::json();
    snapshot["toast"] = toast_.message();
    const std::optional<LeadId> selected = today_.selectedLead();
    snapshot["todaySelectedLead"] = selected ? nlohmann::json(selected->value) : nlohmann::json();
    snapshot["reminderOffer"] = reminders_.offerState();
    return snapshot.dump();
}

} // namespace cadence::ui
