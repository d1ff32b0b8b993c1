// Synthetic workspaces for tests, the benchmark and `cadence generate`: realistic leads (names
// in Latin with diacritics, Greek, Cyrillic, CJK and Arabic; phones, emails, sources, tags,
// temperatures, stages, key dates), enrolled in the default plans, with touches and plausible
// outcomes spread over the months before `now`. The result passes Workspace::fromData.
//
//   WorkspaceData data = generateWorkspace({.leads = 100'000, .touches = 1'000'000, .seed = 7});
//
// Deterministic per seed on every platform: it uses its own PRNG (SplitMix64) and integer
// arithmetic only, never std::uniform_*_distribution, whose output differs between libstdc++
// and libc++ (Emscripten).
#pragma once

#include "core/workspace.h"

#include <cstdint>
#include <string>

namespace cadence {

// Sebastiano Vigna's SplitMix64: tiny, fast, and the same sequence everywhere.
class SplitMix64 {
  public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) (bound > 0); the modulo bias is negligible for the small bounds used.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

  private:
    std::uint64_t state_;
};

struct GeneratorOptions {
    int leads = 1000;
    int touches = 10000;
    std::uint64_t seed = 1;
    Instant now{1795510800}; // 2026-11-24T09:00:00Z: every record is created before this
    std::string timeZoneName = "America/New_York";
};

WorkspaceData generateWorkspace(const GeneratorOptions& options);

} // namespace cadence
