// Health: see health_view.cpp.
#pragma once

#include "ui/view_context.h"

namespace cadence::ui {

class HealthView {
  public:
    void draw(const ViewContext& context);
};

} // namespace cadence::ui
