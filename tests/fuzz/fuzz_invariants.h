// What every fuzz target checks besides "no crash, no sanitizer report": whatever an importer
// accepts must be accepted by the ImportLeads command (the importers promise leads that pass
// the engine's validation), so a file can never make the app refuse its own import half-way.
#pragma once

#include "core/workspace.h"

#include <cstdio>
#include <cstdlib>

namespace cadence::fuzz {

inline void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

// A workspace with the default plans, copied from one built once (building it per input would
// be most of each run's time).
inline Workspace freshWorkspace() {
    static const Workspace base = Workspace::withDefaultPlans("UTC");
    return base;
}

inline void requireImportable(std::vector<Lead> leads) {
    if (leads.empty()) return;
    Workspace ws = freshWorkspace();
    Result<Applied> applied = ws.apply(ImportLeads{std::move(leads)});
    if (!applied) std::fprintf(stderr, "%s\n", applied.error().describe().c_str());
    require(applied.ok(), "the import command accepts every lead an importer produced");
    require(ws.leadsWithoutNextStep().empty(), "every imported lead has a next step");
}

} // namespace cadence::fuzz
