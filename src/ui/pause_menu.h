// The Pause button of a plan and its menu: for a week, two weeks, a month, until a day picked
// on a calendar, or until resumed by hand. A pause with an end resumes by itself then (the app's
// PauseExpiry applies it), and the remaining steps shift by exactly the time paused.
#pragma once

#include "ui/date_picker.h"
#include "ui/view_context.h"

#include <optional>
#include <string>

namespace cadence::ui {

class PauseMenu {
  public:
    void draw(const ViewContext& context, EnrollmentId id, const std::string& planName);

  private:
    void pause(const ViewContext& context, EnrollmentId id, const std::string& planName,
               std::optional<CivilDate> until);

    DatePicker picker_;
    std::optional<CivilDate> day_;
};

} // namespace cadence::ui
