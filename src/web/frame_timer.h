// Main-thread CPU time of each drawn frame (building the UI and handing it to WebGL), kept for
// the last few hundred frames so a benchmark can read the median and the 99th percentile.
#pragma once

#include <cstddef>
#include <vector>

namespace cadence::web {

struct FrameTimeSummary {
    std::size_t frames = 0;
    double medianMs = 0, p99Ms = 0, maxMs = 0;
};

class FrameTimer {
  public:
    void add(double milliseconds);
    void clear() { samples_.clear(); next_ = 0; }
    FrameTimeSummary summary() const;

  private:
    static constexpr std::size_t kKept = 1000;
    std::vector<double> samples_;
    std::size_t next_ = 0;
};

} // namespace cadence::web
