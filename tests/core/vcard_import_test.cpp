// vCard import: 4.0, 3.0 and 2.1 cards from phones and address books become leads.
#include "interop_test_support.h"

#include "core/vcard_reader.h"

using namespace cadence;
using namespace cadence::interoptest;

TEST_CASE("a file of 4.0, 3.0 and 2.1 cards imports every card with a phone or an email") {
    LeadImport found = readVCards(readInteropFile("contacts.vcf"), iso("2026-11-24T09:00:00Z"));
    CHECK_OR_RETURN(found.leads.size() == 3);
    CHECK(found.lines == std::vector<int>{1, 15, 22});

    const Lead& ana = found.leads[0];
    CHECK(ana.name == "Dr. Ana Mar\xC3\xAD" "a L\xC3\xB3pez");
    CHECK(phonesOf(ana) == std::vector<std::string>{"mobile:+1-555-0101", "work:+1 555 0102"});
    CHECK(emailsOf(ana) == std::vector<std::string>{"work:ana@example.com"});
    CHECK(ana.keyDates == std::vector<KeyDate>{{"birthday", 3, 14, std::nullopt}});
    CHECK(ana.address == "12 Elm St, Springfield, IL, 62701, USA");
    CHECK(ana.notes == "Met at the open house, wants a garden.\nCall after 5.\nCompany: Acme Realty, Sales");
    CHECK(ana.tags == std::vector<std::string>{"buyer", "open house"});

    const Lead& john = found.leads[1];
    CHECK(john.name == "John Smith"); // from N when there is no FN
    CHECK(phonesOf(john) == std::vector<std::string>{"home:555-0199-0000"});
    CHECK(emailsOf(john) == std::vector<std::string>{":john@example.org"});
    CHECK(john.keyDates == std::vector<KeyDate>{{"birthday", 12, 1, 1979}});

    const Lead& jurgen = found.leads[2]; // 2.1: quoted-printable Latin-1 name, soft line break in the note
    CHECK(jurgen.name == "J\xC3\xBCrgen M\xC3\xBCller");
    CHECK(phonesOf(jurgen) == std::vector<std::string>{"mobile:+49 170 1234567"});
    CHECK(jurgen.notes == "Gr\xC3\xBC\xC3\x9F" "e aus M\xC3\xBCnchen");

    CHECK_OR_RETURN(found.rejected.size() == 1);
    CHECK(found.rejected[0].line == 29);
    CHECK(found.rejected[0].reason == "no phone number or email address");
}

TEST_CASE("a card without END:VCARD is reported, and an unreadable BDAY is kept in the notes") {
    std::string text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEMAIL:ana@example.com\nBDAY:sometime in May\nEND:VCARD\n"
                       "BEGIN:VCARD\nVERSION:3.0\nFN:Cut off\nTEL:+1 555 0100 77\n";
    LeadImport found = readVCards(text, Instant{});
    CHECK_OR_RETURN(found.leads.size() == 1);
    CHECK(found.leads[0].notes == "Birthday: sometime in May");
    CHECK_OR_RETURN(found.rejected.size() == 1);
    CHECK(found.rejected[0].line == 7);
    CHECK(found.rejected[0].reason == "the card never ends (END:VCARD is missing)");
}

TEST_CASE("a card with only an organisation is named after it, and folded lines join") {
    std::string text = "BEGIN:VCARD\r\nVERSION:4.0\r\nORG:Acme\r\n  Realty\r\nEMAIL:info@acme.example\r\nEND:VCARD\r\n";
    LeadImport found = readVCards(text, Instant{});
    CHECK_OR_RETURN(found.leads.size() == 1);
    CHECK(found.leads[0].name == "Acme Realty");
    CHECK(found.leads[0].notes.empty());
}
