// libFuzzer target: any bytes through the JSON backup loader. What it accepts must save and load
// back to the same records (the backup's full-fidelity promise), and merge into a workspace.
#include "core/backup_format.h"
#include "fuzz_invariants.h"

#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cadence;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)backupExportedAt(text);
    Result<WorkspaceData> loaded = loadBackup(text);
    if (!loaded) return 0;
    std::string saved = saveBackup(*loaded, Instant{1'700'000'000});
    Result<WorkspaceData> again = loadBackup(saved);
    fuzz::require(again.ok(), "a saved backup loads");
    fuzz::require(again.ok() && *again == *loaded, "save then load gives the same records");
    Workspace ws = fuzz::freshWorkspace();
    Result<Applied> merged = ws.apply(MergeWorkspace{std::make_shared<WorkspaceData>(std::move(*loaded)), Instant{1'700'000'000}});
    if (!merged) std::fprintf(stderr, "%s\n", merged.error().describe().c_str());
    fuzz::require(merged.ok(), "a loadable backup merges");
    fuzz::require(ws.leadsWithoutNextStep().empty(), "every merged lead has a next step");
    return 0;
}
