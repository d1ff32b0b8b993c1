// Plans: see plans_view.cpp.
#pragma once

#include "ui/view_context.h"

namespace cadence::ui {

class PlansView {
  public:
    void draw(const ViewContext& context);
};

} // namespace cadence::ui
