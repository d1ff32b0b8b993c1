// A short message at the bottom of the screen after something happened ("No answer logged for
// Ana"), with Undo when it reverted a command. It leaves by itself after a few seconds.
#pragma once

#include "ui/theme.h"

#include <string>

namespace cadence::ui {

class Platform;

class Toast {
  public:
    void show(std::string message, int undoSteps, double time);
    // Draws it above `bottom` (CSS pixels from the viewport's bottom); returns how many steps to
    // undo when Undo was pressed (0 otherwise).
    int draw(Platform& platform, float bottom, bool narrow);
    const std::string& message() const { return message_; }

  private:
    std::string message_;
    int undoSteps_ = 0;
    double shownAt_ = -1.0;
};

} // namespace cadence::ui
