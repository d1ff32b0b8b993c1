// Leads: every contact in one searchable table.
#pragma once

#include "ui/view_context.h"

#include <string>

namespace cadence::ui {

class LeadsView {
public:
    void draw(const ViewContext& context);
    const std::string& searchText() const { return search_; }

private:
    std::string search_;
};

} // namespace cadence::ui
