// Ends pauses that were set "until a date": the core never reads the clock, so the app watches
// it. Each frame (cheaply: a scan only after a change or when the next end comes round) every
// pause whose end has passed is resumed at that end, so the steps shift by exactly the time
// paused even when Cadence was closed through it; then a frame is requested for the next end.
#pragma once

#include "ui/editor.h"
#include "ui/platform.h"

#include <cstdint>
#include <optional>

namespace cadence::ui {

class PauseExpiry {
  public:
    // Returns how many enrollments it resumed.
    int update(Editor& editor, Platform& platform, Instant now);

  private:
    void wakeForNextEnd(Platform& platform, Instant now) const;

    std::optional<std::uint64_t> checkedRevision_;
    std::optional<Instant> nextEnd_;
};

} // namespace cadence::ui
