// ReplaceWorkspace (a backup restored with "replace"): the workspace becomes exactly the backup's
// records, in one undo step whose undo gives back the previous data exactly; a backup that fails
// the loading checks is refused and nothing changes.
#include "backup_test_support.h"

using namespace cadence;
using namespace cadence::backuptest;

namespace {

WorkspaceDataRef shared(WorkspaceData data) {
    return std::make_shared<const WorkspaceData>(std::move(data));
}

} // namespace

TEST_CASE("replacing with a backup gives exactly its records, and undo gives back the previous data") {
    Workspace here = Workspace::withDefaultPlans("Europe/Paris");
    addLead(here, makeLead("Kept before the restore", iso("2026-11-20T09:00:00Z")));
    const WorkspaceData before = here.toData();
    const WorkspaceData backup = richWorkspace().toData();

    CHECK(here.apply(ReplaceWorkspace{shared(backup)}).ok());
    CHECK(here.toData() == backup);
    CHECK(here.undoName() == "replace_workspace");
    CHECK(here.settings() == backup.settings);
    CHECK(here.timeZone().name() == TimeZone::fromName(backup.settings.timeZoneName)->name());

    CHECK(here.undo().ok());
    CHECK(here.toData() == before);
    CHECK(here.redo().ok());
    CHECK(here.toData() == backup);
}

TEST_CASE("the restored workspace schedules like a freshly loaded one") {
    Workspace here = Workspace::withDefaultPlans("UTC");
    const WorkspaceData backup = generateWorkspace({.leads = 300, .touches = 2000, .seed = 3});
    CHECK(here.apply(ReplaceWorkspace{shared(backup)}).ok());
    Result<Workspace> loaded = Workspace::fromData(backup);
    CHECK_OK_OR_RETURN(loaded);
    for (const auto& e : loaded->enrollmentSlots()) {
        if (!e) continue;
        const auto mine = here.pendingItems(e->id), theirs = loaded->pendingItems(e->id);
        CHECK_OR_RETURN(mine.size() == theirs.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            CHECK(mine[i].due == theirs[i].due);
            CHECK((mine[i].channel == theirs[i].channel));
        }
    }
    CHECK(here.leadsWithoutNextStep() == loaded->leadsWithoutNextStep());
    CHECK(here.nextIds() == loaded->nextIds());
}

TEST_CASE("a backup the loading checks refuse changes nothing") {
    Workspace here = Workspace::withDefaultPlans("UTC");
    addLead(here, makeLead("Ana", iso("2026-11-20T09:00:00Z")));
    const WorkspaceData before = here.toData();
    WorkspaceData broken = richWorkspace().toData();
    broken.touches.front().leadId = LeadId{9999};
    Result<Applied> applied = here.apply(ReplaceWorkspace{shared(broken)});
    CHECK_FALSE(applied.ok());
    if (!applied) CHECK(applied.error().where == "touches[0].leadId");
    CHECK(here.toData() == before);
    CHECK(here.undoName() == "add_lead");
    CHECK_FALSE(here.apply(ReplaceWorkspace{nullptr}).ok());
}

TEST_CASE("after a replace, new records get ids after the backup's, and changed records are reported") {
    Workspace here = Workspace::withDefaultPlans("UTC");
    for (int i = 0; i < 5; ++i)
        addLead(here, makeLead("Old " + std::to_string(i), iso("2026-11-20T09:00:00Z")));
    (void)here.takeChangedRecords();
    WorkspaceData backup = Workspace::withDefaultPlans("UTC").toData();
    CHECK(here.apply(ReplaceWorkspace{shared(backup)}).ok());
    const ChangedRecords changed = here.takeChangedRecords();
    CHECK(changed.leads.size() == 5); // removed, so storage deletes them
    CHECK(changed.settings);
    CHECK(here.leadCount() == 0);
    const LeadId id = addLead(here, makeLead("New", iso("2026-11-25T09:00:00Z")));
    CHECK(id.value == 1);
}

TEST_CASE("a restore reads a backup's format, version and date before its records") {
    const std::string text = saveBackup(richWorkspace().toData(), iso("2026-11-30T18:45:00Z"));
    BackupHeader header = readBackupHeader(text);
    CHECK(header.format == "cadence-backup");
    CHECK(header.version == std::optional<std::int64_t>(1));
    CHECK(header.exportedAt == std::optional<Instant>(iso("2026-11-30T18:45:00Z")));

    header = readBackupHeader(R"({"version": 2, "format": "cadence-backup", "leads": []})");
    CHECK(header.version == std::optional<std::int64_t>(2));
    CHECK_FALSE(header.exportedAt);
    header = readBackupHeader("Name,Phone\nAna,555");
    CHECK(header.format.empty());
    CHECK_FALSE(header.version);
}
