// Leads: every contact in one table, sortable and filterable, smooth at 100,000 rows (only the
// visible rows are laid out, with ImGuiListClipper; the filtered, sorted rows are cached in
// LeadTable). Search as you type over names, phones, emails and tags; filters by stage,
// temperature, tag, plan, "no touch in N days" and "never contacted"; tick rows for bulk
// actions (tag, enrol, pause, archive). A click on a row opens the lead panel.
#pragma once

#include "ui/lead_filter.h"
#include "ui/lead_table.h"
#include "ui/smart_lists.h"
#include "ui/view_context.h"

#include <string>
#include <unordered_set>

namespace cadence::ui {

class LeadsView {
  public:
    void draw(const ViewContext& context);
    const std::string& searchText() const { return filter_.search; }
    void setFilter(const LeadFilter& filter) {
        filter_ = filter;
        selection_.clear();
    }
    // The rows the table shows now (search, filters and sort applied).
    const std::vector<std::uint32_t>& visibleRows(const Workspace& ws);
    const LeadTable& table() const { return table_; }

  private:
    void drawFilters(const ViewContext& context);
    void drawBulkBar(const ViewContext& context, const std::vector<std::uint32_t>& rows);
    void drawTable(const ViewContext& context, const std::vector<std::uint32_t>& rows);
    void bulk(const ViewContext& context, const char* what, const std::vector<Command>& commands);

    LeadFilter filter_;
    LeadSort sort_;
    LeadTable table_;
    SmartListBar smartLists_;
    std::uint64_t revision_ = 0;
    Instant now_;
    std::unordered_set<std::uint32_t> selection_;
    std::string bulkTag_;
    bool focusSearch_ = false;
    bool showFilters_ = false; // phones: filters fold away
};

} // namespace cadence::ui
