// The bulk commands through storage: an import and a merge are journaled like any command, so a
// reopen gives back exactly the imported data, and their undo is stored too.
#include "store_test_support.h"

#include <memory>

using namespace cadence;
using namespace cadence::store;
using namespace cadence::storetest;

TEST_CASE("storage: an import and a merge survive a reopen exactly, and so does undoing the import") {
    MemoryStorage storage;
    OpenedStore opened = openOk(storage);
    Workspace& ws = opened.workspace;
    Persistence p(opened.position);
    Instant now = iso("2026-11-24T10:00:00Z");
    std::vector<Lead> leads;
    for (int i = 0; i < 300; ++i) leads.push_back(makeLead("Imported " + std::to_string(i), now));
    applyOk(ws, p, ImportLeads{leads});
    CHECK(flushAll(p, ws, storage));

    Workspace other = Workspace::withDefaultPlans("Europe/Paris");
    Lead newcomer = makeLead("Newcomer", now);
    newcomer.phones = {{"mobile", "+1 555 0199 123"}};
    newcomer.emails = {{"", "new@example.com"}};
    enginetest::applyOk(other, AddLead{newcomer});
    applyOk(ws, p, MergeWorkspace{std::make_shared<WorkspaceData>(other.toData()), now + 60});
    CHECK(ws.leadCount() == 301);
    CHECK(flushAll(p, ws, storage));
    CHECK(openOk(storage).workspace.toData() == ws.toData());

    CHECK(ws.undo().ok()); // the merge
    p.noteChanges(ws);
    CHECK(ws.undo().ok()); // the import
    p.noteChanges(ws);
    CHECK(ws.leadCount() == 0);
    CHECK(flushAll(p, ws, storage));
    OpenedStore reopened = openOk(storage);
    CHECK(reopened.problems.empty());
    CHECK(reopened.workspace.toData() == ws.toData());
}
