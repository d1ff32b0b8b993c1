// A month calendar for picking a day (pause until, snooze until): arrows between months, a grid
// of days starting on Monday, today ringed, days before `earliest` greyed out. The month shown is
// UI state, so the picker lives in the view that uses it.
//
//   DatePicker picker_;              // in the view
//   if (picker_.draw("pause", chosen_, today)) ...   // true when a day was clicked
//
// Each day is a button known to the locator by its ISO date ("2026-12-01"), so browser tests
// can pick a day by name.
#pragma once

#include "core/time.h"

#include <optional>

namespace cadence::ui {

class DatePicker {
  public:
    // Draws the calendar; `selected` changes (and true is returned) when a day is clicked.
    bool draw(const char* id, std::optional<CivilDate>& selected, CivilDate earliest);
    // Shows the month holding `date` next time.
    void showMonthOf(CivilDate date) { shown_ = CivilDate{date.year, date.month, 1}; }

  private:
    std::optional<CivilDate> shown_; // first day of the month shown
};

} // namespace cadence::ui
