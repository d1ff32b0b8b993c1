// The lead panel: one lead's record, timeline and plan, beside the list on wide screens and as
// its own page on phones.
#pragma once

#include "ui/view_context.h"

#include <optional>

namespace cadence::ui {

class LeadPanel {
  public:
    void open(LeadId id);
    void close() { lead_.reset(); }
    std::optional<LeadId> leadId() const { return lead_; }
    // Draws inside the current window; false when nothing is open.
    void draw(const ViewContext& context);

  private:
    std::optional<LeadId> lead_;
};

} // namespace cadence::ui
