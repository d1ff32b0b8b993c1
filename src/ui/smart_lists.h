// The Leads view's smart lists: saved filters shown as a row of pills above the table. A click
// applies one; "Save as smart list" names the current filter (a suggested name describes it);
// the list in use can be deleted. Lists are Settings::savedLists, changed with EditSettings, so
// every change is saved, undoable and travels in backups.
#pragma once

#include "core/lead_list.h"
#include "ui/lead_filter.h"
#include "ui/view_context.h"

#include <string>

namespace cadence::ui {

SavedLeadList savedListFrom(const LeadFilter& filter, std::string name);
LeadFilter filterFrom(const SavedLeadList& list);
// "Hot · No touch in 7 days": the filter in a few words, for a suggested name.
std::string describeFilter(const LeadFilter& filter, const Workspace& ws);

class SmartListBar {
  public:
    // Draws the row (nothing when there are no lists and no filter to save); may change `filter`.
    void draw(const ViewContext& context, LeadFilter& filter);

  private:
    void drawSavePopup(const ViewContext& context, const LeadFilter& filter);
    void save(const ViewContext& context, const LeadFilter& filter);

    std::string name_;
    std::string problem_;
};

} // namespace cadence::ui
