// CSV import: reading (RFC 4180, delimiters, encodings), header recognition and the conversion
// of rows into leads with every unusable row reported by line.
#include "interop_test_support.h"

#include "core/csv_mapping.h"
#include "core/csv_reader.h"
#include "core/text_encoding.h"

using namespace cadence;
using namespace cadence::interoptest;

namespace {

LeadImport importCsv(const std::string& bytes, Instant at, ColumnMapping* seen = nullptr) {
    DecodedText decoded = decodeToUtf8(bytes);
    Result<CsvTable> table = readCsv(decoded.text, detectCsvDelimiter(decoded.text));
    CHECK_MESSAGE(table.ok(), (table.ok() ? "" : table.error().describe()));
    if (!table || table->records.empty()) return {};
    ColumnMapping mapping = guessMapping(table->records.front().fields);
    if (seen) *seen = mapping;
    return csvToLeads(*table, mapping, at);
}

} // namespace

TEST_CASE("quoted CSV fields keep their commas, doubled quotes and line breaks") {
    Result<CsvTable> table = readCsv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x,\r\nlast,row,end", ',');
    CHECK_OK_OR_RETURN(table);
    CHECK_OR_RETURN(table->records.size() == 3);
    CHECK(table->records[0].fields == std::vector<std::string>{"a", "b, c", "say \"hi\""});
    CHECK(table->records[1].fields == std::vector<std::string>{"two\nlines", "x", ""});
    CHECK(table->records[1].line == 2);
    CHECK(table->records[2].line == 4); // the quoted line break counts
    CHECK(table->records[2].fields == std::vector<std::string>{"last", "row", "end"});
}

TEST_CASE("a quote never closed is reported with the line it opens on") {
    Result<CsvTable> table = readCsv("name,notes\nAna,\"forgot to close\nBen,x\n", ',');
    CHECK_FALSE(table.ok());
    if (!table) CHECK(table.error().describe() == "line 2: a quoted field is never closed (a \" is missing)");
}

TEST_CASE("the delimiter is detected among comma, semicolon and tab") {
    CHECK(detectCsvDelimiter("Name,Phone\nAna,555\n") == ',');
    CHECK(detectCsvDelimiter("Name;Phone;Email\nLopez, Ana;555;a@x.org\n") == ';');
    CHECK(detectCsvDelimiter("Name\tPhone\n\"Lopez, Ana\"\t555\n") == '\t');
    CHECK(detectCsvDelimiter("\"a;b\",c\n\"d;e\",f\n") == ',');
}

TEST_CASE("UTF-8 with or without BOM, UTF-16 from Excel and Windows-1252 all arrive as UTF-8") {
    CHECK(decodeToUtf8("\xEF\xBB\xBFZo\xC3\xAB").text == "Zo\xC3\xAB");
    CHECK(str(decodeToUtf8("\xEF\xBB\xBFZo\xC3\xAB").encoding) == str(TextEncoding::Utf8WithBom));
    CHECK(str(decodeToUtf8("Zo\xC3\xAB").encoding) == str(TextEncoding::Utf8));
    CHECK(decodeToUtf8(std::string("\xFF\xFEZ\0\xEB\0", 6)).text == "Z\xC3\xAB");
    CHECK(decodeToUtf8(std::string("\xFE\xFF\0Z\0\xEB\xD8\x3D\xDE\x00", 10)).text == "Z\xC3\xAB\xF0\x9F\x98\x80");
    CHECK(str(decodeToUtf8(std::string("N\0a\0m\0e\0", 8)).encoding) == str(TextEncoding::Utf16LE)); // no BOM
    CHECK(decodeToUtf8("Caf\xE9 \x80").text == "Caf\xC3\xA9 \xE2\x82\xAC");
    CHECK(str(decodeToUtf8("Caf\xE9").encoding) == str(TextEncoding::Windows1252));
}

// isValidUtf8 skips ASCII eight bytes at a time: whatever follows a run of ASCII, at any offset
// from the eight-byte steps, is still checked.
TEST_CASE("UTF-8 is checked after runs of ASCII of every length") {
    const std::string bad[] = {"\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80", "\xC3", "\xE2\x82"};
    const std::string good[] = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD"};
    int wrong = 0;
    for (std::size_t run = 0; run < 20; ++run) {
        const std::string ascii(run, 'a');
        for (const std::string& b : bad) {
            wrong += isValidUtf8(ascii + b);
            wrong += isValidUtf8(ascii + b + ascii);
        }
        for (const std::string& g : good) {
            wrong += !isValidUtf8(ascii + g);
            wrong += !isValidUtf8(ascii + g + ascii + g);
        }
        wrong += !isValidUtf8(ascii);
    }
    CHECK(wrong == 0);
    CHECK(isValidUtf8(""));
}

TEST_CASE("a Google Contacts export imports with names, labelled phones, tags and multi-line notes") {
    ColumnMapping mapping;
    LeadImport found = importCsv(readInteropFile("google-contacts.csv"), iso("2026-11-24T09:00:00Z"), &mapping);
    CHECK(mapping.recognised == "Google Contacts");
    CHECK_OR_RETURN(found.leads.size() == 2);
    const Lead* ana = named(found, "Ana Lopez");
    CHECK_OR_RETURN(ana);
    CHECK(phonesOf(*ana) == std::vector<std::string>{"mobile:+1 555 0101", "mobile:+1 555 0109", "work:+1 555 0102"});
    CHECK(emailsOf(*ana) == std::vector<std::string>{"home:ana@example.com"});
    CHECK(ana->tags == std::vector<std::string>{"Buyers"}); // "* myContacts" is Google's, not the user's
    CHECK(ana->notes == "Met at the open house, 12 Elm St.\nWants a garden\nCompany: Acme");
    CHECK(ana->address == "12 Elm St\nSpringfield");
    CHECK(ana->keyDates == std::vector<KeyDate>{{"birthday", 3, 14, 1985}});
    CHECK(ana->createdAt == iso("2026-11-24T09:00:00Z"));
    CHECK(found.lines == std::vector<int>{2, 5}); // Ana's quoted fields span lines 2-4
    const Lead* bjorn = named(found, "Bj\xC3\xB6rn \xC3\x85ngstr\xC3\xB6m");
    CHECK_OR_RETURN(bjorn);
    CHECK(bjorn->keyDates == std::vector<KeyDate>{{"birthday", 7, 4, std::nullopt}});
    CHECK_OR_RETURN(found.rejected.size() == 1);
    CHECK(found.rejected[0].line == 6);
    CHECK(found.rejected[0].reason == "no phone number or email address");
}

TEST_CASE("an Outlook export imports first/middle/last names, typed phones and Outlook's empty birthday") {
    ColumnMapping mapping;
    LeadImport found = importCsv(readInteropFile("outlook.csv"), iso("2026-11-24T09:00:00Z"), &mapping);
    CHECK(mapping.recognised == "Outlook");
    CHECK(found.rejected.empty());
    const Lead* john = named(found, "John Q Public");
    CHECK_OR_RETURN(john);
    CHECK(phonesOf(*john) == std::vector<std::string>{"work:(425) 555-0100", "mobile:(425) 555-0199"});
    CHECK(emailsOf(*john) == std::vector<std::string>{":john@contoso.com", ":jq@home.example"});
    CHECK(john->keyDates == std::vector<KeyDate>{{"birthday", 5, 17, 1980}});
    CHECK(john->tags == std::vector<std::string>{"Clients", "VIP"});
    CHECK(john->address == "1 Main St, Seattle");
    CHECK(john->notes == "Company: Contoso");
    const Lead* mary = named(found, "Mary Major");
    CHECK_OR_RETURN(mary);
    CHECK(mary->keyDates.empty()); // "0/0/00"
    CHECK(mary->notes == "Said \"call me in May\"");
}

TEST_CASE("a UTF-16 tab-separated file saved by Excel imports with the generic header") {
    ColumnMapping mapping;
    LeadImport found = importCsv(readInteropFile("excel-utf16.csv"), iso("2026-11-24T09:00:00Z"), &mapping);
    CHECK(mapping.recognised == "generic");
    CHECK_OR_RETURN(found.leads.size() == 1);
    const Lead& zoe = found.leads[0];
    CHECK(zoe.name == "Zo\xC3\xAB \xC3\x85ngstr\xC3\xB6m");
    CHECK(zoe.tags == std::vector<std::string>{"buyer", "paris"});
    CHECK(zoe.source == "Salon");
    CHECK(zoe.keyDates == std::vector<KeyDate>{{"birthday", 5, 17, 1990}}); // 17.05.1990: day first
    CHECK(zoe.notes == "Pr\xC3\xA9" "f\xC3\xA8re les SMS");
}

TEST_CASE("every unusable row is reported with its line number and a reason a user can act on") {
    std::string csv = "Name,Phone,Email,Birthday,Stage\n"
                      "Ana,555 0101 22,,,\n"
                      "Ben,12,,,\n"
                      "Cleo,,cleo-at-example.com,,\n"
                      "Dan,555 0101 23,,31/31/1999,\n"
                      "\n"
                      "Eve,555 0101 24,,,hottest\n"
                      "Finn,555 0101 25,,,new,surprise\n"
                      ",,,,\n"
                      ",,gus@example.com,,\n";
    LeadImport found = importCsv(csv, iso("2026-11-24T09:00:00Z"));
    CHECK(found.leads.size() == 2);
    CHECK(found.leads[1].name == "gus@example.com"); // no name: the email stands in
    CHECK_OR_RETURN(found.rejected.size() == 5);
    CHECK(found.rejected[0].line == 3);
    CHECK(found.rejected[0].reason == "phone \"12\": a phone number has at least 7 digits");
    CHECK(found.rejected[1].line == 4);
    CHECK(found.rejected[1].reason.starts_with("email \"cleo-at-example.com\": "));
    CHECK(found.rejected[2].line == 5);
    CHECK(found.rejected[2].reason == "birthday \"31/31/1999\" is not a calendar date");
    CHECK(found.rejected[3].line == 7);
    CHECK(found.rejected[3].reason.starts_with("unknown stage \"hottest\""));
    CHECK(found.rejected[4].line == 8);
    CHECK(found.rejected[4].reason == "6 fields where the header has 5 (a missing quote or delimiter?)");
}

TEST_CASE("the user's mapping decides: an ignored column is left out, a remapped one is used") {
    Result<CsvTable> table = readCsv("Who,Cell,Remarks\nAna,+1 555 0101,likes tea\n", ',');
    CHECK_OK_OR_RETURN(table);
    ColumnMapping mapping = guessMapping(table->records[0].fields);
    CHECK(mapping.recognised == "generic");
    CHECK(mapping.columns[0] == ColumnRole{}); // "Who" is unknown: ignored until mapped
    CHECK(mapping.columns[1] == ColumnRole{LeadField::Phone, "mobile"});
    mapping.columns[0] = {LeadField::Name, ""};
    mapping.columns[2] = {LeadField::Ignore, ""};
    LeadImport found = csvToLeads(*table, mapping, Instant{});
    CHECK_OR_RETURN(found.leads.size() == 1);
    CHECK(found.leads[0].name == "Ana");
    CHECK(found.leads[0].notes.empty());
}

TEST_CASE("birthdays are read in the forms contact exports write them") {
    auto date = [](const char* text) {
        Result<std::optional<KeyDate>> parsed = parseBirthday(text);
        return parsed && *parsed ? std::optional<KeyDate>(**parsed) : std::nullopt;
    };
    CHECK(date("1980-05-17") == KeyDate{"birthday", 5, 17, 1980});
    CHECK(date("19800517") == KeyDate{"birthday", 5, 17, 1980});
    CHECK(date("--0517") == KeyDate{"birthday", 5, 17, std::nullopt});
    CHECK(date("--02-29") == KeyDate{"birthday", 2, 29, std::nullopt});
    CHECK(date("5/17/80") == KeyDate{"birthday", 5, 17, 1980});
    CHECK(date("5/17") == KeyDate{"birthday", 5, 17, std::nullopt});
    CHECK(date("1980-05-17T00:00:00Z") == KeyDate{"birthday", 5, 17, 1980});
    CHECK(parseBirthday("").ok());
    CHECK_FALSE(parseBirthday("next tuesday").ok());
    CHECK_FALSE(parseBirthday("2001-02-29").ok());
}
