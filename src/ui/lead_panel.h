// The lead panel: one lead's whole record. Beside the list on wide screens, a page of its own on
// phones. Every field is editable with validation (phone and email shapes) and saved as one
// EditLead command; the current plan shows its remaining steps with their dates and the plan
// actions (enrol, pause, resume, stop, switch); the timeline lists every touch, newest first.
#pragma once

#include "ui/pause_menu.h"
#include "ui/view_context.h"

#include <optional>
#include <string>

namespace cadence::ui {

class LeadPanel {
  public:
    void open(LeadId id);
    void close() { lead_.reset(); }
    std::optional<LeadId> leadId() const { return lead_; }
    void draw(const ViewContext& context);

  private:
    void drawHeader(const ViewContext& context, const Lead& lead);
    void drawDetails(const ViewContext& context, const Lead& lead);
    void drawPlans(const ViewContext& context, const Lead& lead);
    void drawTimeline(const ViewContext& context, const Lead& lead);
    // The first problem of the draft, or empty (shown next to Save).
    std::string draftProblem() const;

    std::optional<LeadId> lead_;
    Lead draft_;      // the form's copy, saved with EditLead
    Lead loadedFrom_; // the lead as it was when the draft was taken
    std::string tagsText_;
    int tab_ = 0; // details, plan, timeline (phones show one at a time)
    PlanId enrolPlan_;
    PlanId switchPlan_;
    PauseMenu pauseMenu_;
};

} // namespace cadence::ui
