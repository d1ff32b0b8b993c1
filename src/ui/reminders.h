// Reminders: a system notification when a touch falls due, or when a new lead has waited five
// minutes without a first touch, while Cadence is open (or installed and running).
//
// Permission is asked at a sensible moment, never on first load: once the user has logged a
// touch, Today offers "Turn on reminders" (and remembers "Not now"). Touches already due when
// the app opens are not announced (Today shows them); only what falls due afterwards is. The
// agenda is rebuilt at most once a minute or at the next due time, so the cost stays small at
// 100,000 leads, and an idle app still draws nothing in between.
#pragma once

#include "core/agenda.h"
#include "ui/view_context.h"

#include <optional>
#include <string>
#include <unordered_set>

namespace cadence::ui {

constexpr std::int64_t kSpeedToLeadSeconds = 5 * kSecondsPerMinute;

class Reminders {
  public:
    // Call once per frame. Returns the lead of a notification the user clicked, if any.
    std::optional<LeadId> update(const ViewContext& context);
    // The offer to turn reminders on (drawn by Today above its list when it applies).
    void drawOffer(const ViewContext& context);
    bool enabled(const ViewContext& context) const;
    // Why the offer is or is not shown in the last frame ("shown", "answered", ...), for tests.
    const char* offerState() const { return offerState_; }

  private:
    void scan(const ViewContext& context);

    std::unordered_set<std::string> announced_;
    std::optional<Instant> nextScan_;
    bool primed_ = false; // the first scan marks what was already due as announced
    const char* offerState_ = "not drawn";
};

// The Settings rows for reminders: turn them on (asking the browser's permission), off and on
// again, or learn why they cannot be shown.
void drawReminderSettings(const ViewContext& context);

} // namespace cadence::ui
