// A lead (a contact to follow up): who they are, how to reach them and where they stand.
// Plain data, easy to serialise; the Workspace owns leads and changes them only through commands.
// Which plans a lead is enrolled in is not stored here: ask the Workspace (enrollmentsOf).
//
//   Lead lead;
//   lead.name = "Zoë Ångström";
//   lead.phones.push_back({"mobile", "+33 6 12 34 56 78"});
//   lead.keyDates.push_back({std::string(kBirthday), 2, 29, std::nullopt});   // no year known
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence {

struct PhoneNumber {
    std::string label; // "mobile", "work", ... free text
    std::string number;
    bool flaggedBad = false; // set when a touch on it ended with wrong_number
    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
};

struct EmailAddress {
    std::string label;
    std::string address;
    bool flaggedBad = false; // set when a touch on it bounced
    friend bool operator==(const EmailAddress&, const EmailAddress&) = default;
};

// Well-known key date names; any other name is a user-named date ("wedding", "dog's birthday").
constexpr std::string_view kBirthday = "birthday";
constexpr std::string_view kPurchaseAnniversary = "purchase_anniversary";

// A date that comes back every year. The year is optional (a birthday is often known without
// it). February 29 is celebrated on February 28 in non-leap years (the day still belongs to
// February, and a greeting a day early reads better than one in March).
struct KeyDate {
    std::string name;
    int month = 1; // 1..12
    int day = 1;   // 1..31, valid for the month in a leap year
    std::optional<int> year;
    friend bool operator==(const KeyDate&, const KeyDate&) = default;
};

struct Lead {
    LeadId id;
    std::string name; // UTF-8, any script
    std::vector<PhoneNumber> phones;
    std::vector<EmailAddress> emails;
    std::string address;
    std::string source; // "Zillow", "open house", "referral: Ana", ...
    std::vector<std::string> tags;
    Stage stage = Stage::New;
    Temperature temperature = Temperature::Warm;
    std::optional<Channel> preferredChannel; // never Channel::Preferred
    std::vector<KeyDate> keyDates;
    std::string notes;
    Instant createdAt; // the speed-to-lead clock starts here
    friend bool operator==(const Lead&, const Lead&) = default;
};

// A lead takes part in follow-up unless archived (see enums.h for why lost leads stay active).
constexpr bool isActive(Stage stage) {
    return stage != Stage::Archived;
}

// The first word of the name (for "{first_name}"); empty when the name is blank.
std::string firstName(const Lead& lead);
// The key date with that name, or null.
const KeyDate* findKeyDate(const Lead& lead, std::string_view name);
// The calendar date of a key date in a given year (Feb 29 -> Feb 28 in non-leap years).
CivilDate occurrenceInYear(const KeyDate& date, int year);
// The channel a step on `channel` uses for this lead (resolves Channel::Preferred).
Channel resolveChannel(Channel channel, const Lead& lead);

} // namespace cadence
