// The backup document: full-fidelity round trips (rich, empty, Unicode, random workspaces) and
// the versions it accepts. Rejections are in backup_rejection_test.cpp, the schema check in
// backup_schema_test.cpp.
#include "backup_test_support.h"

#include "core/backup_migration.h"
#include "core/generator.h"

using namespace cadence;
using namespace cadence::enginetest;
using namespace cadence::backuptest;

TEST_CASE("a rich backup round-trips every field of every record") {
    Workspace ws = richWorkspace();
    WorkspaceData data = ws.toData();
    std::string text = saveBackup(data, iso("2026-11-24T08:00:00Z"));
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_OK_OR_RETURN(loaded);
    CHECK(*loaded == data);
    // Saving what was loaded writes the same bytes: nothing is lost or reordered on the way.
    CHECK(saveBackup(*loaded, iso("2026-11-24T08:00:00Z")) == text);
}

TEST_CASE("the rich workspace really sets every optional field the format has") {
    WorkspaceData data = richWorkspace().toData();
    std::string text = saveBackup(data, iso("2026-11-24T08:00:00Z"));
    // Each of these appears with a value somewhere, so the round trip above covers it.
    for (const char* field :
         {"\"preferredChannel\":\"text\"", "\"year\":1984", "\"flaggedBad\":true", "\"stepSnoozedUntil\":\"",
          "\"pausedAt\":\"", "\"resumeAt\":\"", "\"endedAt\":\"", "\"contactIndex\":0", "\"ruleIndex\":0", "\"snoozedUntil\":\"",
          "\"doneThrough\":\"", "\"restartFrom\":\"", "\"endOnStage\":\"closed\"", "\"onlyFor\":[\"hot\"",
          "\"subject\":\"Ciao", "\"savedLists\":[{\"name\":\"Hot, quiet for a week\"",
          "\"temperatures\":[\"hot\"]", "\"neverContacted\":true"})
        CHECK_MESSAGE(text.find(field) != std::string::npos, field);
}

TEST_CASE("an empty workspace round-trips") {
    WorkspaceData empty;
    std::string text = saveBackup(empty, Instant{0});
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_OK_OR_RETURN(loaded);
    CHECK(*loaded == empty);
    CHECK(text.rfind("{\"format\":\"cadence-backup\",\"version\":1,\"exportedAt\":\"1970-01-01T00:00:00Z\"",
                     0) == 0);
}

TEST_CASE("names in any script and awkward characters round-trip byte for byte") {
    Workspace ws = Workspace::withDefaultPlans("Asia/Tokyo");
    std::vector<std::string> names = {"山田 太郎",
                                      "Zoë Ångström-Łukasiewicz",
                                      "Ελένη Παπαδοπούλου",
                                      "Фёдор Достоевский",
                                      "محمد عبد الله",
                                      "אברהם לוי",
                                      "👩🏽‍💼 Ana 🏡",
                                      "quote \" backslash \\ slash /",
                                      "tab\tnew\nline\r\b\f",
                                      std::string("nul\0byte", 8),
                                      "\x7f delete and \u2028 line separator"};
    for (const std::string& name : names) {
        Lead lead = makeLead(name, iso("2026-11-01T10:00:00Z"));
        lead.notes = name + " — " + name;
        lead.tags = {name};
        addLead(ws, lead);
    }
    WorkspaceData data = ws.toData();
    Result<WorkspaceData> loaded = loadBackup(saveBackup(data, iso("2026-11-24T08:00:00Z")));
    CHECK_OK_OR_RETURN(loaded);
    CHECK(*loaded == data);
}

TEST_CASE("escaped text is decoded, surrogate pairs included") {
    std::string text = saveBackup(Workspace::withDefaultPlans("UTC").toData(), Instant{0});
    std::string lead = R"({"id":1,"name":"\u00c9lodie \ud83d\ude00 \"E\"\/","phones":[{"number":"1"}],)"
                       R"("createdAt":"2026-11-24T10:00:00+01:00"})";
    text = replaceOnce(text, "\"leads\":[]", "\"leads\":[" + lead + "]");
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_OK_OR_RETURN(loaded);
    CHECK_OR_RETURN(loaded->leads.size() == 1);
    CHECK(loaded->leads[0].name == "Élodie 😀 \"E\"/");
    CHECK(iso(loaded->leads[0].createdAt) == "2026-11-24T09:00:00Z"); // offsets are honoured
    CHECK(str(loaded->leads[0].stage) == "new"); // absent optional members take their defaults
    CHECK(loaded->nextIds.lead == 2);            // raised above the highest id
}

TEST_CASE("property: random generated workspaces round-trip exactly, for many seeds and sizes") {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        GeneratorOptions options;
        options.seed = seed;
        options.leads = static_cast<int>(seed * 7 % 60);
        options.touches = static_cast<int>(seed * 37 % 400);
        WorkspaceData data = generateWorkspace(options);
        Result<WorkspaceData> loaded = loadBackup(saveBackup(data, options.now));
        INFO("seed " << seed);
        CHECK_OK_OR_RETURN(loaded);
        CHECK_MESSAGE(*loaded == data, "seed " << seed);
    }
}

TEST_CASE("property: random strings of any valid UTF-8 round-trip in every text field") {
    SplitMix64 random(2026);
    Workspace ws = Workspace::withDefaultPlans("UTC");
    for (int i = 0; i < 200; ++i) {
        Lead lead = makeLead("Lead " + randomText(random, 12), iso("2026-11-01T10:00:00Z"));
        lead.notes = randomText(random, 40);
        lead.address = randomText(random, 20);
        lead.source = randomText(random, 8);
        lead.phones[0].label = randomText(random, 6);
        addLead(ws, lead);
    }
    WorkspaceData data = ws.toData();
    Result<WorkspaceData> loaded = loadBackup(saveBackup(data, Instant{0}));
    CHECK_OK_OR_RETURN(loaded);
    CHECK(*loaded == data);
}

TEST_CASE("a hand-edited document may order members freely, even the version last") {
    WorkspaceData data = richWorkspace().toData();
    std::string text = saveBackup(data, iso("2026-11-24T08:00:00Z"));
    // Move "format" and "version" to the end.
    text = replaceOnce(text, "{\"format\":\"cadence-backup\",\"version\":1,", "{");
    CHECK(text.substr(text.size() - 3) == "}}\n");
    text.resize(text.size() - 2);
    text += ",\"version\":1,\"format\":\"cadence-backup\"}\n";
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_OK_OR_RETURN(loaded);
    CHECK(*loaded == data);
}

TEST_CASE("a pre-release (version 0) document is migrated: working days as booleans, ids derived") {
    std::string text = readDataFile("backup-v0-prerelease.json");
    CHECK_OR_RETURN(!text.empty());
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_OK_OR_RETURN(loaded);
    CHECK(loaded->settings.workingDays == std::array<bool, 7>{false, true, true, true, true, false, false});
    CHECK(loaded->nextIds.lead == 8); // the highest lead id in the file is 7
    CHECK(loaded->nextIds.touch == 3);
    // Saved again, it is a version 1 document that loads to the same records.
    std::string upgraded = saveBackup(*loaded, iso("2026-11-24T08:00:00Z"));
    CHECK(upgraded.find("\"version\":1") != std::string::npos);
    CHECK(upgraded.find("\"workingDays\":[\"monday\",\"tuesday\",\"wednesday\",\"thursday\"]") !=
          std::string::npos);
    Result<WorkspaceData> again = loadBackup(upgraded);
    CHECK_OR_RETURN(again.ok());
    CHECK(*again == *loaded);
}

TEST_CASE("the version 1 fixture loads, and a workspace built from it has today's agenda") {
    std::string text = readDataFile("backup-v1-small.json");
    CHECK_OR_RETURN(!text.empty());
    Result<Workspace> ws = loadBackupWorkspace(text);
    CHECK_OK_OR_RETURN(ws);
    CHECK(ws->leadCount() == 12);
    CHECK(ws->leadsWithoutNextStep().empty());
    CHECK(backupExportedAt(text).has_value());
    Agenda agenda = buildAgenda(*ws, iso("2026-11-24T09:00:00Z"));
    CHECK(!agenda.items.empty());
}

TEST_CASE("the upgrade step v0 -> v1 derives every id counter from the highest id in use") {
    WorkspaceData data = richWorkspace().toData();
    IdCounters expected = data.nextIds;
    data.nextIds = IdCounters{};
    upgradeV0ToV1(data);
    CHECK(data.nextIds.lead == data.leads.back().id.value + 1);
    CHECK(data.nextIds.touch == data.touches.back().id.value + 1);
    CHECK(data.nextIds.plan <= expected.plan);
}
