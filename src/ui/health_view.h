// Health: how well you follow up, against the numbers that work (buildHealthReport): never
// contacted, gave up after one, touches per lead against 5-7, attempts until contact against
// 8-13, time to first touch and the share within 5 minutes, sphere touches against 3 a month,
// overdue touches and leads with no next step. Each card opens the leads behind it.
#pragma once

#include "core/health.h"
#include "ui/view_context.h"

#include <cstdint>

namespace cadence::ui {

class HealthView {
  public:
    void draw(const ViewContext& context);

  private:
    HealthReport report_;
    std::uint64_t revision_ = 0;
    Instant builtAt_;
    bool built_ = false;
};

} // namespace cadence::ui
