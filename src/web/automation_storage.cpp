// Automation calls about stored data (docs/automation-api.md, "Storage"): the save state, a few
// data calls the storage tests script edits with, and the test hook that fails the next write.
#include "web/automation_storage.h"

#include "core/generator.h"
#include "core/lead.h"
#include "web/browser_shell.h"

extern "C" void cadence_storage_fail_next_write(const char* errorName);

namespace cadence::web {
namespace {

using nlohmann::json;

const char* stateName(ui::SaveStatus::State state) {
    switch (state) {
    case ui::SaveStatus::State::Loading: return "loading";
    case ui::SaveStatus::State::Saved: return "saved";
    case ui::SaveStatus::State::Saving: return "saving";
    case ui::SaveStatus::State::Failed: return "failed";
    case ui::SaveStatus::State::QuotaExceeded: return "quota-exceeded";
    case ui::SaveStatus::State::ReadOnly: return "read-only";
    case ui::SaveStatus::State::Refused: return "refused";
    }
    return "unknown";
}

} // namespace

void registerStorageCalls(BrowserShell& shell) {
    Automation& automation = shell.automation();
    BrowserDocument& document = shell.document();

    automation.add("storage", [&document](const json&) {
        const ui::SaveStatus status = document.saveStatus();
        const ui::StorageReport report = document.storageReport();
        return json{{"state", stateName(status.state)},
                    {"detail", status.detail},
                    {"writer", document.isWriter()},
                    {"acknowledgedSequence", document.acknowledgedSequence()},
                    {"lastSequence", document.lastSequence()},
                    {"persistent", report.persistent},
                    {"problems", report.problems},
                    {"problemSummary", report.problemSummary}};
    });

    // Every lead's name, in id order: what the storage tests compare across restarts.
    automation.add("leadNames", [&document](const json&) {
        json names = json::array();
        for (const auto& lead : document.workspace().leadSlots())
            if (lead) names.push_back(lead->name);
        return names;
    });

    automation.add("integrity", [&document](const json&) {
        return json{{"leadsWithoutNextStep", document.workspace().leadsWithoutNextStep().size()},
                    {"leads", document.workspace().leadCount()}};
    });

    // Adds a lead named `name` (with `phone` when given), as Quick add would.
    automation.addDeferred("addLead", [&document, &shell](const json& arguments) {
        if (!arguments.contains("name") || !arguments["name"].is_string()) return automationError("name must be a string");
        Lead lead;
        lead.name = arguments["name"].get<std::string>();
        if (arguments.contains("phone") && arguments["phone"].is_string())
            lead.phones.push_back({"mobile", arguments["phone"].get<std::string>()});
        lead.createdAt = shell.platform().now();
        Result<Applied> applied = document.apply(AddLead{lead});
        if (!applied) return automationError(applied.error().describe());
        return json{{"id", applied->createdId}};
    });

    automation.addDeferred("undo", [&document](const json&) {
        Status status = document.undo();
        return status ? json::object() : automationError(status.error().describe());
    });

    automation.addDeferred("useHereInstead", [&document](const json&) {
        document.useHereInstead();
        return json::object();
    });

    // Replaces everything with a generated data set (`cadence generate`'s), for benchmarks.
    automation.addDeferred("generate", [&document](const json& arguments) {
        GeneratorOptions options;
        options.leads = arguments.value("leads", 1000);
        options.touches = arguments.value("touches", options.leads * 10);
        options.seed = arguments.value("seed", 1u);
        options.timeZoneName = document.workspace().settings().timeZoneName;
        Status status = document.replaceAll(generateWorkspace(options));
        return status ? json{{"leads", document.workspace().leadCount()}} : automationError(status.error().describe());
    });

    automation.add("storageTimings", [&document](const json&) {
        const BrowserDocument::Timings& timings = document.timings();
        return json{{"openedAt", timings.openedAt},         {"firstFrameWithDataAt", timings.firstFrameWithDataAt},
                    {"lastEdit", timings.lastEdit},
                    {"lastFlush", timings.lastFlush},       {"lastCompaction", timings.lastCompaction},
                    {"lastBatchBytes", timings.lastBatchBytes}, {"compactions", timings.compactions},
                    {"compacting", document.compacting()}};
    });

    automation.add("compactNow", [&document](const json&) {
        document.compactNow();
        return json::object();
    });

    // Test hook: the next IndexedDB write fails with this DOMException name (e.g. QuotaExceededError).
    automation.add("failNextWrite", [](const json& arguments) {
        cadence_storage_fail_next_write(arguments.value("name", std::string("QuotaExceededError")).c_str());
        return json::object();
    });

    automation.add("downloadBackup", [&document](const json&) {
        document.downloadBackup();
        return json::object();
    });
}

} // namespace cadence::web
