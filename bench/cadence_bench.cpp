// Benchmark of the engine at the size the brief designs for (100,000 leads, 1,000,000 touches):
// today's agenda, the health report, the backup's save and load speed in MB/s, the cold open
// of a store holding the same data, and a CSV import of its leads in rows per second. Prints the
// median, min and max of several runs. Builds natively and with Emscripten (run under Node),
// so the two can be compared; the data set is generated with the same seed on both.
#include "core/agenda.h"
#include "core/backup_format.h"
#include "core/generator.h"
#include "core/csv_mapping.h"
#include "core/health.h"
#include "core/lead_export.h"
#include "store/memory_storage.h"
#include "store/persistence.h"
#include "store/store_open.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace cadence;
using Clock = std::chrono::steady_clock;

struct Stats {
    double median, min, max;
};

Stats measure(int runs, const std::function<void()>& work) {
    // Untimed warm-up. A wasm engine first runs a function in a baseline tier and switches to
    // optimised code once the function has run for a while, from its next call on (there is no
    // on-stack replacement): one call left the small data sets measured half in the baseline tier.
    const auto warmUpStart = Clock::now();
    for (int calls = 0; calls < 2 || (Clock::now() - warmUpStart < std::chrono::milliseconds(200) && calls < 10000);
         ++calls)
        work();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

// One human-readable line, plus a machine-readable "result" line that bench/compare.mjs reads to
// put native and wasm side by side.
void row(const char* key, const char* name, Stats s, const char* extra = "", double megabytes = 0.0) {
    std::printf("%-34s %10.2f %10.2f %10.2f  %s\n", name, s.median, s.min, s.max, extra);
    std::printf("result {\"key\":\"%s\",\"name\":\"%s\",\"median\":%.3f,\"min\":%.3f,\"max\":%.3f,\"mb\":%.3f}\n", key,
                name, s.median, s.min, s.max, megabytes);
}

} // namespace

int main(int argc, char** argv) {
    GeneratorOptions options;
    options.leads = 100'000;
    options.touches = 1'000'000;
    options.seed = 7;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--leads")) options.leads = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--touches")) options.touches = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    }
    std::printf("cadence_bench: %d leads, %d touches, %d runs (times in ms)\n", options.leads,
                options.touches, runs);

    auto start = Clock::now();
    WorkspaceData data = generateWorkspace(options);
    double generateMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    start = Clock::now();
    Result<Workspace> ws = Workspace::fromData(data);
    double fromDataMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!ws) {
        std::fprintf(stderr, "generated data rejected: %s\n", ws.error().describe().c_str());
        return 1;
    }
    std::printf("setup: generate %.0f ms, Workspace::fromData %.0f ms\n\n", generateMs, fromDataMs);
    std::printf("%-34s %10s %10s %10s\n", "", "median", "min", "max");

    Instant now = options.now;
    std::size_t agendaItems = 0;
    row("agenda", "agenda (buildAgenda)", measure(runs, [&] { agendaItems = buildAgenda(*ws, now).items.size(); }));
    int leadCount = 0;
    row("health", "health (buildHealthReport)",
        measure(runs, [&] { leadCount = buildHealthReport(*ws, now).leadCount; }));

    std::string text;
    Stats save = measure(runs, [&] { text = saveBackup(data, now); });
    double mb = static_cast<double>(text.size()) / 1e6;
    char extra[96];
    std::snprintf(extra, sizeof extra, "%.1f MB/s (%.1f MB)", mb / (save.median / 1000), mb);
    row("save", "backup save (saveBackup)", save, extra, mb);

    bool parsedOk = true;
    Stats parse = measure(runs, [&] { parsedOk = parseBackup(text).ok() && parsedOk; });
    std::snprintf(extra, sizeof extra, "%.1f MB/s", mb / (parse.median / 1000));
    row("parse", "backup parse (parseBackup)", parse, extra, mb);

    Stats load =
        measure(std::max(1, runs / 2), [&] { parsedOk = loadBackupWorkspace(text).ok() && parsedOk; });
    std::snprintf(extra, sizeof extra, "%.1f MB/s incl. fromData", mb / (load.median / 1000));
    row("load", "backup load (loadBackupWorkspace)", load, extra, mb);

    // The cold open of a store holding this workspace (one compacted snapshot): reading every
    // chunk, checking it, decoding the records and building the workspace, as the app does on
    // start before its first frame with data.
    store::MemoryStorage storage;
    store::Persistence persistence(store::StorePosition{});
    persistence.requestCompaction();
    while (persistence.hasWorkToWrite()) {
        std::optional<store::WriteBatch> batch = persistence.takeNextBatch(*ws);
        if (!batch) break;
        storage.write(std::move(*batch), [&](const store::StorageError* e) { persistence.onWriteFinished(e); });
        storage.runPending();
    }
    const double storeMb = static_cast<double>(storage.committedBytes()) / 1e6;
    Stats open = measure(std::max(1, runs / 2), [&] {
        store::openStore(storage, "UTC", [&](Result<store::OpenedStore> opened) {
            parsedOk = opened.ok() && opened->workspace.leadCount() == ws->leadCount() && parsedOk;
        });
        storage.runPending();
    });
    std::snprintf(extra, sizeof extra, "%.1f MB/s (%.1f MB stored)", storeMb / (open.median / 1000), storeMb);
    row("store_open", "store cold open (openStore)", open, extra, storeMb);

    // CSV import, as the app runs it: read and map the file, drop duplicates, one ImportLeads
    // command into a workspace that has only the default plans. Rows per second.
    const std::string csv = leadsToCsv(*ws, allLeadIds(*ws));
    std::size_t imported = 0;
    Stats import = measure(std::max(1, runs / 2), [&] {
        Result<CsvTable> table = readCsv(csv, detectCsvDelimiter(csv));
        if (!table) return void(parsedOk = false);
        LeadImport found = csvToLeads(*table, guessMapping(table->records.front().fields), now);
        Workspace target = Workspace::withDefaultPlans("UTC");
        skipExistingLeads(target, found);
        imported = found.leads.size();
        parsedOk = target.apply(ImportLeads{std::move(found.leads)}).ok() && parsedOk;
    });
    std::snprintf(extra, sizeof extra, "%.0f rows/s (%zu rows, %.1f MB)", imported / (import.median / 1000), imported,
                  static_cast<double>(csv.size()) / 1e6);
    row("csv_import", "CSV import (read, map, ImportLeads)", import, extra);

    std::printf("\nagenda items: %zu, health population: %d, loads ok: %s\n", agendaItems, leadCount,
                parsedOk ? "yes" : "NO");
    return parsedOk ? 0 : 1;
}
