// See frame_timer.h.
#include "web/frame_timer.h"

#include <algorithm>
#include <cmath>

namespace cadence::web {

void FrameTimer::add(double milliseconds) {
    if (samples_.size() < kKept) {
        samples_.push_back(milliseconds);
    } else {
        samples_[next_] = milliseconds;
        next_ = (next_ + 1) % kKept;
    }
}

FrameTimeSummary FrameTimer::summary() const {
    FrameTimeSummary summary;
    if (samples_.empty()) return summary;
    std::vector<double> sorted = samples_;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double quantile) {
        const std::size_t index =
            static_cast<std::size_t>(std::ceil(quantile * static_cast<double>(sorted.size()))) - 1;
        return sorted[std::min(index, sorted.size() - 1)];
    };
    summary.frames = sorted.size();
    summary.medianMs = at(0.5);
    summary.p99Ms = at(0.99);
    summary.maxMs = sorted.back();
    return summary;
}

} // namespace cadence::web
