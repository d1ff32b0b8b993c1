// The "?" overlay: every keyboard shortcut of the app on one card.
#pragma once

#include "ui/theme.h"

namespace cadence::ui {

class HelpOverlay {
  public:
    void open() { openRequested_ = true; }
    void draw(const Fonts& fonts, bool mac);

  private:
    bool openRequested_ = false;
};

} // namespace cadence::ui
