// Plans: the list of plans with how many leads each holds, and an editor for one plan: its
// steps (day offset, channel, template, time window, which temperatures), its options (stop on
// reply, business days only, follow-on and reply plans) and a timeline preview of the dates a
// lead enrolled right now would get. Saving is one EditPlan command.
#pragma once

#include "ui/view_context.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cadence::ui {

class PlansView {
  public:
    void draw(const ViewContext& context);

    struct PreviewRow {
        int stepIndex = 0;
        int dayOffset = 0;
        Channel channel = Channel::Call;
        Instant due;
    };
    // The preview as last drawn (for the automation API).
    const std::vector<PreviewRow>& preview() const { return preview_; }
    PlanId selectedPlan() const { return selected_; }

  private:
    void drawList(const ViewContext& context);
    void drawEditor(const ViewContext& context);
    void drawSteps(const ViewContext& context);
    void drawPreview(const ViewContext& context);
    void select(const Workspace& ws, PlanId id);

    PlanId selected_;
    Plan draft_;
    Plan loadedFrom_;
    std::vector<int> leadCounts_; // by plan id: live enrollments
    std::uint64_t countsRevision_ = 0;
    int previewTemperature_ = 1;
    std::vector<PreviewRow> preview_;
    std::string problem_;
    bool showEditorOnPhone_ = false;
};

} // namespace cadence::ui
