// What a view may ask of the app around it: go to another view, open a lead, open the leads
// table with a filter, start a quick add, or say what just happened (a toast with Undo).
// App implements it; views receive it through ViewContext.
#pragma once

#include "core/ids.h"
#include "ui/lead_filter.h"
#include "ui/views.h"

#include <string>

namespace cadence::ui {

class Navigator {
  public:
    virtual ~Navigator() = default;
    virtual void showView(View view) = 0;
    virtual void openLead(LeadId id) = 0;
    virtual void showLeads(const LeadFilter& filter) = 0;
    virtual void quickAdd() = 0;
    // A short message at the bottom; `undoSteps` > 0 offers an Undo that reverts that many commands.
    virtual void notify(std::string message, int undoSteps = 0) = 0;
};

} // namespace cadence::ui
