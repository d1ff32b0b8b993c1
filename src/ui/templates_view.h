// Templates: see templates_view.cpp.
#pragma once

#include "ui/view_context.h"

namespace cadence::ui {

class TemplatesView {
  public:
    void draw(const ViewContext& context);
};

} // namespace cadence::ui
