// A damaged backup is refused with the JSON Pointer of the problem and a plain reason, and
// nothing is applied. Each row damages one valid document in one way.
#include "backup_test_support.h"

using namespace cadence;
using namespace cadence::backuptest;

namespace {

// A small valid document: default plans, one lead with one touch.
std::string validDocument() {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Lead lead = makeLead("Ana", iso("2026-11-20T10:00:00Z"));
    LeadId id = addLead(ws, lead);
    Touch touch;
    touch.leadId = id;
    touch.at = iso("2026-11-20T10:03:00Z");
    touch.channel = Channel::Call;
    touch.outcome = Outcome::NoAnswer;
    applyOk(ws, LogTouch{touch});
    return saveBackup(ws.toData(), iso("2026-11-24T08:00:00Z"));
}

struct Damage {
    const char* what;
    std::string from, to; // replace the first `from` with `to`
    std::string where, reason;
};

} // namespace

TEST_CASE("a damaged backup is refused with the JSON path and a plain reason") {
    const std::string valid = validDocument();
    CHECK_OK_OR_RETURN(loadBackup(valid));
    const std::string stages =
        "expected one of new, contacted, engaged, nurture, under_contract, closed, lost, "
        "archived";
    const std::vector<Damage> damages = {
        {"wrong type", "\"name\":\"Ana\"", "\"name\":42", "/leads/0/name", "expected a string"},
        {"missing required field", ",\"createdAt\":\"2026-11-20T10:00:00Z\"", "", "/leads/0",
         "missing the required field \"createdAt\""},
        {"unknown enum", "\"stage\":\"new\"", "\"stage\":\"hott\"", "/leads/0/stage",
         "unknown stage \"hott\"; " + stages},
        {"bad ISO time", "\"at\":\"2026-11-20T10:03:00Z\"", "\"at\":\"2026-11-31T10:03:00Z\"",
         "/touches/0/at",
         "\"2026-11-31T10:03:00Z\" is not a time; expected ISO 8601 like \"2026-11-24T09:30:00Z\""},
        {"time without a zone", "\"at\":\"2026-11-20T10:03:00Z\"", "\"at\":\"2026-11-20T10:03:00\"",
         "/touches/0/at",
         "\"2026-11-20T10:03:00\" is not a time; expected ISO 8601 like \"2026-11-24T09:30:00Z\""},
        {"bad time of day", "\"start\":\"21:00:00\"", "\"start\":\"25:00:00\"", "/settings/quietHours/start",
         "\"25:00:00\" is not a time of day; expected \"HH:MM:SS\" like \"09:30:00\""},
        {"dangling reference", "\"leadId\":1,\"at\"", "\"leadId\":99,\"at\"", "/touches/0/leadId",
         "no lead with this id"},
        {"unknown time zone", "\"timeZoneName\":\"UTC\"", "\"timeZoneName\":\"Mars/Olympus_Mons\"",
         "/settings/timeZoneName", "unknown time zone \"Mars/Olympus_Mons\""},
        {"newer version", "\"version\":1", "\"version\":2", "/version",
         "made by a newer Cadence (format 2); update the app to open it (this version reads formats 0 to 1)"},
        {"not a backup", "\"format\":\"cadence-backup\"", "\"format\":\"vcard\"", "/format",
         "not a Cadence backup: the format is \"vcard\", expected \"cadence-backup\""},
        {"unknown field", "\"notes\":\"\"", "\"nots\":\"\"", "/leads/0/nots",
         "unknown field \"nots\"; expected one of id, name, phones, emails, address, source, tags, stage, "
         "temperature, preferredChannel, keyDates, notes, createdAt"},
        {"repeated field", "\"notes\":\"\"", "\"notes\":\"\",\"notes\":\"x\"", "/leads/0/notes",
         "this field appears twice"},
        {"fraction", "\"leadId\":1,\"at\"", "\"leadId\":1.5,\"at\"", "/touches/0/leadId",
         "expected a whole number"},
        {"beyond 64 bits", "\"leadId\":1,\"at\"", "\"leadId\":18446744073709551616,\"at\"", "/touches/0/leadId",
         "the number is out of range (1 to 4294967295)"},
        {"id zero", "\"id\":1,\"name\":\"Ana\"", "\"id\":0,\"name\":\"Ana\"", "/leads/0/id",
         "must be between 1 and 4294967295"},
        {"not a boolean", "\"flaggedBad\":false", "\"flaggedBad\":\"no\"", "/leads/0/phones/0/flaggedBad",
         "expected true or false"},
        {"invalid UTF-8", "\"name\":\"Ana\"", "\"name\":\"An\xC3\x28\"", "/leads/0/name",
         "the text is not valid UTF-8"},
        {"lone surrogate", "\"name\":\"Ana\"", "\"name\":\"\\ud800\"", "/leads/0/name",
         "the text is not valid UTF-16 (a lone surrogate \\u escape)"},
        {"missing comma", "\"stage\":\"new\",", "\"stage\":\"new\" ", "/leads/0/stage",
         "expected ',' or '}' at line 4, column 219"},
        {"list expected", "\"tags\":[]", "\"tags\":\"buyer\"", "/leads/0/tags", "expected a list"},
        {"invalid record", "\"number\":\"+1 555 0100\"", "\"number\":\" \"", "/leads/0/phones/0/number",
         "the number is empty"},
        {"trailing text", "\"touch\":2}}\n", "\"touch\":2}}\n}", "",
         "unexpected text after the end of the "
         "document at line 21, column 1"},
    };
    for (const Damage& damage : damages) {
        INFO(std::string(damage.what));
        std::string text = replaceOnce(valid, damage.from, damage.to);
        Result<WorkspaceData> loaded = loadBackup(text);
        CHECK_FALSE(loaded.ok());
        if (loaded.ok()) continue;
        CHECK(loaded.error().where == damage.where);
        CHECK(loaded.error().reason == damage.reason);
    }
}

TEST_CASE("a duplicate id names the second record") {
    WorkspaceData data = Workspace::withDefaultPlans("UTC").toData();
    data.leads.push_back(makeLead("Ana", iso("2026-11-20T10:00:00Z")));
    data.leads.push_back(makeLead("Bea", iso("2026-11-20T10:00:00Z")));
    data.leads[0].id = data.leads[1].id = LeadId{4};
    Result<WorkspaceData> loaded = loadBackup(saveBackup(data, Instant{0}));
    CHECK_FALSE(loaded.ok());
    if (loaded.ok()) return;
    CHECK(loaded.error().where == "/leads/1/id");
    CHECK(loaded.error().reason == "duplicate id 4");
}

TEST_CASE("a truncated document says so, wherever it is cut") {
    const std::string valid = validDocument();
    for (std::size_t length : {std::size_t{1}, std::size_t{40}, valid.size() / 2, valid.size() - 3}) {
        Result<WorkspaceData> loaded = loadBackup(std::string_view(valid).substr(0, length));
        CHECK_FALSE(loaded.ok());
        if (!loaded.ok())
            CHECK(loaded.error().reason == "the document ends too early (is the file truncated?)");
    }
}

TEST_CASE("something that is not JSON, or not a backup, is refused at the top") {
    struct Case {
        std::string text, reason;
    };
    for (const Case& c : std::vector<Case>{
             {"", "the document is empty"},
             {"hello", "not JSON: unexpected character at line 1, column 1"},
             {"[1,2]", "not a Cadence backup: expected a JSON object with \"format\": \"cadence-backup\""},
             {"{\"name\":\"x\"}", "not a Cadence backup: unexpected member \"name\""},
             {"{\"format\":\"cadence-backup\",\"settings\":{\"timeZoneName\":\"UTC\"}}",
              "missing the required field \"version\""},
         }) {
        Result<WorkspaceData> loaded = loadBackup(c.text);
        CHECK_FALSE(loaded.ok());
        if (!loaded.ok()) CHECK(loaded.error().reason == c.reason);
    }
}

TEST_CASE("a refused backup leaves the current workspace untouched") {
    Workspace current = richWorkspace();
    WorkspaceData before = current.toData();
    std::string damaged = replaceOnce(validDocument(), "\"stage\":\"new\"", "\"stage\":\"hott\"");
    // The app's import: replace the workspace only when the whole document loaded.
    if (Result<Workspace> loaded = loadBackupWorkspace(damaged)) current = std::move(*loaded);
    CHECK(current.toData() == before);
}

TEST_CASE("JSON pointers escape '/' and '~' in member names") {
    std::string text = replaceOnce(validDocument(), "\"notes\":\"\"", "\"a/b~c\":1");
    Result<WorkspaceData> loaded = loadBackup(text);
    CHECK_FALSE(loaded.ok());
    if (!loaded.ok()) CHECK(loaded.error().where == "/leads/0/a~1b~0c");
}

TEST_CASE("a backup whose id is beyond what Cadence accepts is refused, not allocated") {
    // Records are stored by id: a lead with id 4294967295 would otherwise ask for gigabytes (or wrap
    // around in 32-bit wasm and write out of bounds).
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Lead lead;
    lead.name = "Huge id";
    lead.phones.push_back({"mobile", "+1 555 0100", false});
    CHECK(ws.apply(AddLead{lead}).ok());
    WorkspaceData data = ws.toData();
    for (std::uint32_t id : {kMaxRecordId + 1, 4294967295u}) {
        data.leads[0].id = LeadId{id};
        data.nextIds.lead = 1;
        Result<Workspace> loaded = Workspace::fromData(data);
        CHECK_FALSE(loaded.ok());
        if (loaded.ok()) continue;
        CHECK(loaded.error().where == "leads[0].id");
        CHECK(loaded.error().reason.find("larger than the largest Cadence accepts") != std::string::npos);
    }
}
