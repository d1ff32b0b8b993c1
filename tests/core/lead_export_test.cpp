// CSV and .ics exports: what leaves Cadence reads back (CSV) and updates a calendar instead of
// duplicating events (.ics).
#include "interop_test_support.h"

#include "core/csv_mapping.h"
#include "core/csv_reader.h"
#include "core/lead_export.h"
#include "core/text_encoding.h"

using namespace cadence;
using namespace cadence::interoptest;

namespace {

Workspace workspaceWith(std::vector<Lead> leads) {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    for (Lead& lead : leads) CHECK(ws.apply(AddLead{lead}).ok());
    return ws;
}

std::vector<std::string> eventUids(const std::string& ics) {
    std::vector<std::string> uids;
    for (std::size_t at = ics.find("\r\nUID:"); at != std::string::npos; at = ics.find("\r\nUID:", at + 1))
        uids.push_back(ics.substr(at + 6, ics.find("\r\n", at + 6) - at - 6));
    return uids;
}

} // namespace

TEST_CASE("a CSV export imports back into the same leads") {
    Lead ana = makeLead("Ana \"the closer\" L\xC3\xB3pez", iso("2026-11-20T10:00:00Z"));
    ana.phones.push_back({"work", "+1 555 0102"});
    ana.tags = {"buyer", "open house"};
    ana.notes = "Line one, with a comma\nLine two";
    ana.keyDates = {{"birthday", 2, 29, std::nullopt}};
    ana.stage = Stage::Engaged;
    ana.temperature = Temperature::Hot;
    ana.source = "Zillow";
    Workspace ws = workspaceWith({ana, makeLead("Ben", iso("2026-11-21T10:00:00Z"))});

    std::string csv = leadsToCsv(ws, allLeadIds(ws));
    CHECK(csv.starts_with("\xEF\xBB\xBFName,Phone,Email,Tags,Source,Birthday,Notes,Address,Stage,Temperature,Created\r\n"));
    std::string text = decodeToUtf8(csv).text;
    Result<CsvTable> table = readCsv(text, detectCsvDelimiter(text));
    CHECK_OK_OR_RETURN(table);
    ColumnMapping mapping = guessMapping(table->records[0].fields);
    CHECK(mapping.recognised == "Cadence");
    LeadImport back = csvToLeads(*table, mapping, iso("2026-11-20T10:00:00Z"));
    CHECK(back.rejected.empty());
    CHECK_OR_RETURN(back.leads.size() == 2);
    Lead expected = *ws.lead(LeadId{1});
    for (PhoneNumber& phone : expected.phones) phone.label.clear(); // the CSV carries numbers, not labels
    for (EmailAddress& email : expected.emails) email.label.clear();
    expected.id = back.leads[0].id;
    CHECK(back.leads[0] == expected);
}

TEST_CASE("the .ics export has upcoming touches and yearly key dates with UIDs that survive re-export") {
    Lead ana = makeLead("Ana; L\xC3\xB3pez, Jr.", iso("2026-11-24T08:00:00Z"));
    ana.keyDates = {{"birthday", 2, 29, 1988}, {"wedding day", 6, 1, std::nullopt}};
    Workspace ws = workspaceWith({ana});
    Instant now = iso("2026-11-24T09:00:00Z");
    std::string ics = calendarOf(ws, now, 30);

    CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK(ics.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t at = 0, next; (next = ics.find("\r\n", at)) != std::string::npos; at = next + 2)
        CHECK(next - at <= 75); // every physical line is folded at 75 octets
    CHECK(ics.find("\n") == ics.find("\r\n") + 1); // CRLF only
    CHECK(ics.find("SUMMARY:Call Ana\\; L\xC3\xB3pez\\, Jr. (touch 1 of") != std::string::npos);
    CHECK(ics.find("DTSTART:20261124T080000Z") != std::string::npos); // the first call: due when created
    CHECK(ics.find("UID:keydate-1-birthday@cadence\r\nDTSTAMP:20261124T090000Z\r\nDTSTART;VALUE=DATE:19880229\r\n"
                   "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n") != std::string::npos);
    CHECK(ics.find("UID:keydate-1-wedding-20day@cadence") != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20260601\r\nRRULE:FREQ=YEARLY\r\n") != std::string::npos);

    // Logging the first touch moves the plan on; the later steps keep their UIDs.
    std::vector<std::string> before = eventUids(ics);
    Touch call = callTouch(LeadId{1}, now);
    call.enrollmentId = EnrollmentId{1};
    call.stepIndex = 0;
    CHECK(ws.apply(LogTouch{call}).ok());
    std::vector<std::string> after = eventUids(calendarOf(ws, now + 60, 30));
    CHECK(std::find(after.begin(), after.end(), "step-1-0@cadence") == after.end());
    CHECK(std::find(before.begin(), before.end(), "step-1-0@cadence") != before.end());
    CHECK(std::find(after.begin(), after.end(), "keydate-1-birthday@cadence") != after.end());
    CHECK(calendarOf(ws, now + 60, 30) == calendarOf(ws, now + 60, 30)); // deterministic
}

TEST_CASE("ics folding never splits a UTF-8 character and escaping covers the RFC 5545 specials") {
    std::string line = "SUMMARY:" + std::string(66, 'a') + "\xC3\xA9\xC3\xA9\xC3\xA9";
    std::string folded = foldIcsLine(line);
    CHECK(folded == "SUMMARY:" + std::string(66, 'a') + "\r\n \xC3\xA9\xC3\xA9\xC3\xA9\r\n");
    CHECK(escapeIcsText("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
}
