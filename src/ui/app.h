// The whole interface of Cadence for one frame: navigation plus the current view, the lead
// panel, quick add, the toast with Undo, the help overlay and the global shortcuts.
//
// The platform layer (src/web) owns the ImGui context, the fonts and the frame loop; each frame it
// calls App::draw between ImGui::NewFrame and ImGui::Render. App holds only UI state.
#pragma once

#include "ui/document.h"
#include "ui/editor.h"
#include "ui/health_view.h"
#include "ui/help_overlay.h"
#include "ui/import_export.h"
#include "ui/install_and_update.h"
#include "ui/lead_panel.h"
#include "ui/leads_view.h"
#include "ui/navigator.h"
#include "ui/pause_expiry.h"
#include "ui/plans_view.h"
#include "ui/platform.h"
#include "ui/quick_add.h"
#include "ui/reminders.h"
#include "ui/settings_view.h"
#include "ui/templates_view.h"
#include "ui/theme.h"
#include "ui/toast.h"
#include "ui/today_view.h"
#include "ui/views.h"

#include <optional>
#include <string>

namespace cadence::ui {

class App final : public Navigator {
  public:
    App(Platform& platform, Document& document);

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    // The user's text size (1 = default), for the platform's font atlas.
    float textScale() { return settings_.textScale(platform_); }
    void draw();

    View currentView() const { return view_; }
    void showView(View view) override;
    // UI state for the automation API (window.cadence.snapshot()), as JSON.
    std::string snapshotJson() const;

    // Navigator
    void openLead(LeadId id) override;
    void showLeads(const LeadFilter& filter) override;
    void quickAdd() override { quickAdd_.open(); }
    void notify(std::string message, int undoSteps = 0) override;

    // Read access for the automation API (src/web/automation_views.cpp).
    const Workspace& workspace() const { return document_.workspace(); }
    TodayView& today() { return today_; }
    LeadsView& leads() { return leads_; }
    const PlansView& plans() const { return plans_; }
    const TemplatesView& templates() const { return templates_; }
    std::optional<LeadId> openLeadId() const { return leadPanel_.leadId(); }
    ImportExport& importExport() { return importExport_; }
    // A ViewContext for the automation API's calls that act as a view would.
    ViewContext automationContext() { return makeContext(false); }
    Instant now() const { return platform_.now(); }

  private:
    ViewContext makeContext(bool narrow);
    void handleShortcuts(const ViewContext& context);
    void undo(int steps = 1);
    void redo();
    void drawNavigation(bool narrow, float barHeight);
    void drawTopBarActions(float barHeight);
    void drawContent(bool narrow, float top, float bottom);
    void drawFloatingAddButton(float bottom);

    Platform& platform_;
    Document& document_;
    Editor editor_;
    Fonts fonts_;
    View view_ = View::Today;
    Instant frameNow_;
    TodayView today_;
    LeadsView leads_;
    LeadPanel leadPanel_;
    PlansView plans_;
    TemplatesView templates_;
    HealthView health_;
    SettingsView settings_;
    QuickAdd quickAdd_;
    Toast toast_;
    HelpOverlay help_;
    PauseExpiry pauseExpiry_;
    UpdateNotice updateNotice_;
    Reminders reminders_;
    ImportExport importExport_;
};

} // namespace cadence::ui
