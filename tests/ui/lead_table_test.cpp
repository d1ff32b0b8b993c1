// The Leads table's model (ui/lead_table.h): after a command it redoes only the leads whose
// stamp moved, and what it then shows is exactly what a table built from scratch shows.
#include "core/generator.h"
#include "ui/lead_table.h"
#include "../core/engine_test_support.h"

using namespace cadence;
using namespace cadence::enginetest;
using cadence::ui::LeadColumn;
using cadence::ui::LeadFilter;
using cadence::ui::LeadSort;
using cadence::ui::LeadTable;

namespace {

// Every row, and every fact shown beside it, of `kept` equals a fresh table's.
int differencesFromFresh(LeadTable& kept, const Workspace& ws, std::uint64_t revision, const LeadFilter& filter,
                         const LeadSort& sort, Instant now) {
    LeadTable fresh;
    const std::vector<std::uint32_t> keptRows = kept.rows(ws, revision, filter, sort, now);
    const std::vector<std::uint32_t>& freshRows = fresh.rows(ws, revision, filter, sort, now);
    int differences = keptRows == freshRows ? 0 : 1;
    for (std::uint32_t id : freshRows)
        if (kept.lastTouch(id) != fresh.lastTouch(id) || kept.nextDue(id) != fresh.nextDue(id) ||
            kept.plan(id) != fresh.plan(id))
            ++differences;
    if (kept.tags() != fresh.tags()) ++differences;
    return differences;
}

} // namespace

TEST_CASE("the leads table redoes only the changed leads and shows what a fresh table shows") {
    const GeneratorOptions options{.leads = 2000, .touches = 12000, .seed = 5};
    Result<Workspace> generated = Workspace::fromData(generateWorkspace(options));
    CHECK(generated.ok());
    if (!generated) return;
    Workspace& ws = *generated;
    const Instant now = options.now;
    std::uint64_t revision = 1;
    LeadTable table;
    LeadFilter everyone;
    const LeadSort byName{LeadColumn::Name, true}, byLastTouch{LeadColumn::LastTouch, false};
    CHECK(table.rows(ws, revision, everyone, byName, now).size() > 1000);

    Lead renamed = *ws.lead(LeadId{7});
    renamed.name = "Zed Zulu";
    renamed.tags.push_back("vip-table-test");
    applyOk(ws, EditLead{renamed, now});
    CHECK(differencesFromFresh(table, ws, ++revision, everyone, byName, now) == 0);
    CHECK(table.lastChangeWasPartial());
    LeadFilter zulu;
    zulu.search = "zulu";
    CHECK((table.rows(ws, revision, zulu, byName, now) == std::vector<std::uint32_t>{7}));
    LeadFilter tagged;
    tagged.tag = "VIP-table-test";
    CHECK((table.rows(ws, revision, tagged, byName, now) == std::vector<std::uint32_t>{7}));

    applyOk(ws, LogTouch{callTouch(LeadId{9}, now - kSecondsPerMinute, Outcome::Reached)});
    CHECK(differencesFromFresh(table, ws, ++revision, everyone, byLastTouch, now) == 0);
    CHECK(table.lastTouch(9) == now - kSecondsPerMinute);
    CHECK(table.lastChangeWasPartial());

    applyOk(ws, AddLead{makeLead("Aaron Aardvark", now)});
    applyOk(ws, DeleteLead{LeadId{11}});
    CHECK(differencesFromFresh(table, ws, ++revision, everyone, byName, now) == 0);
    CHECK(table.lastChangeWasPartial());
    CHECK(!table.lastTouch(11));
    CHECK(ws.undo().ok()); // lead 11 comes back
    CHECK(differencesFromFresh(table, ws, ++revision, everyone, byName, now) == 0);
    CHECK(table.lastChangeWasPartial());

    // Many leads at once: everything is rebuilt, with the same result.
    std::vector<Lead> batch;
    for (int i = 0; i < 500; ++i)
        batch.push_back(makeLead("Batch " + std::to_string(i), now));
    applyOk(ws, ImportLeads{batch});
    CHECK(differencesFromFresh(table, ws, ++revision, everyone, byName, now) == 0);
    CHECK(!table.lastChangeWasPartial());
}
