// Settings: see settings_view.cpp.
#pragma once

#include "ui/view_context.h"

namespace cadence::ui {

class SettingsView {
  public:
    void draw(const ViewContext& context);
};

} // namespace cadence::ui
