// The synthetic workspace generator of generator.h. Records are built directly as data (not
// through commands) so 100,000 leads and 1,000,000 touches take well under a second, and the
// fields are kept consistent the way the engine would keep them: step touches match each
// enrollment's progress, a wrong number flags the phone, leads with touches are past "new".
#include "core/generator.h"

#include "core/default_plans.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace cadence {
namespace {

struct NamePool {
    std::vector<std::string_view> first, last;
    bool familyNameFirst = false; // CJK order, written without a space
};

const std::array<NamePool, 6> kNamePools = {{
    {{"Zoë",    "Amélie", "José", "Łukasz", "Søren",  "Åsa",  "François", "Inés",  "Jürgen", "Mário",
      "Noémie", "Çağla",  "Emma", "Liam",   "Olivia", "Noah", "Ava",      "Mateo", "Chloé",  "Björn"},
     {"Ångström", "Müller", "García", "Dvořák", "Nuñez", "Lefèvre", "Kowalski", "Øster", "Smith", "O'Brien",
      "Johnson", "Brontë", "Gonçalves", "Şahin", "Håkansson", "Doe-Martín"}},
    {{"Ελένη", "Γιώργος", "Μαρία", "Νίκος", "Σοφία", "Δημήτρης"},
     {"Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Νικολάου", "Βασιλείου"}},
    {{"Фёдор", "Анна", "Дмитрий", "Ольга", "Сергей", "Наталья", "Иван"},
     {"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева"}},
    {{"太郎", "花子", "翔", "美咲", "伟", "芳", "민준", "서연"},
     {"山田", "佐藤", "鈴木", "王", "李", "김", "박"},
     true},
    {{"محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "نور"}, {"عبد الله", "الحسن", "منصور", "حداد", "خليل"}},
    {{"אברהם", "שרה", "דוד", "רחל"}, {"לוי", "כהן", "מזרחי"}},
}};
// Weights of the pools above, in percent.
constexpr std::array<int, 6> kPoolWeights = {55, 8, 12, 13, 8, 4};

constexpr std::array<std::string_view, 10> kSources = {
    "Zillow",  "open house",  "referral",  "website form", "Facebook ad",
    "walk-in", "Realtor.com", "sign call", "past client",  "sphere"};
constexpr std::array<std::string_view, 10> kTags = {"buyer",        "seller",      "investor", "first-time",
                                                    "relocating",   "downsizing",  "luxury",   "rental",
                                                    "pre-approved", "🏡 dream home"};
constexpr std::array<std::string_view, 6> kNotes = {
    "Wants 3 bedrooms near the school.",   "Call after 5pm — works nights.",
    "Selling grandma's house; be gentle.", "Pre-approved up to $450k.",
    "Met at the open house on Elm St.",    "Prefers texts, never voicemail."};

template <typename T, std::size_t N> const T& pick(SplitMix64& random, const std::array<T, N>& items) {
    return items[random.below(N)];
}

std::string makeName(SplitMix64& random) {
    std::uint64_t roll = random.below(100);
    std::size_t pool = 0;
    for (int acc = kPoolWeights[0]; roll >= static_cast<std::uint64_t>(acc); acc += kPoolWeights[++pool]) {
    }
    const NamePool& names = kNamePools[pool];
    std::string_view first = names.first[random.below(names.first.size())];
    std::string_view last = names.last[random.below(names.last.size())];
    std::string name;
    if (names.familyNameFirst)
        name.append(last).append(first);
    else
        name.append(first).append(" ").append(last);
    if (random.chance(1)) name += " 😀";
    return name;
}

std::string digits(SplitMix64& random, int count) {
    std::string text;
    for (int i = 0; i < count; ++i)
        text += static_cast<char>('0' + random.below(10));
    return text;
}

Lead makeLead(SplitMix64& random, std::uint32_t id, Instant createdAt) {
    Lead lead;
    lead.id = LeadId{id};
    lead.name = makeName(random);
    lead.createdAt = createdAt;
    bool phone = random.chance(88), email = !phone || random.chance(70);
    if (phone)
        lead.phones.push_back({"mobile", "+1 " + digits(random, 3) + " 555 " + digits(random, 4), false});
    if (phone && random.chance(15))
        lead.phones.push_back({"work", "+1 " + digits(random, 3) + " 555 0100", false});
    if (email) lead.emails.push_back({"home", "lead" + std::to_string(id) + "@example.com", false});
    if (random.chance(25)) lead.address = std::to_string(1 + random.below(9000)) + " Elm St, Springfield";
    lead.source = std::string(pick(random, kSources));
    for (std::uint64_t n = random.below(4); n > 0; --n) {
        std::string tag(pick(random, kTags));
        if (std::find(lead.tags.begin(), lead.tags.end(), tag) == lead.tags.end()) lead.tags.push_back(tag);
    }
    std::uint64_t heat = random.below(100);
    lead.temperature = heat < 20 ? Temperature::Hot : heat < 70 ? Temperature::Warm : Temperature::Cold;
    if (random.chance(30)) lead.preferredChannel = random.chance(50) ? Channel::Text : Channel::Call;
    if (random.chance(30)) {
        KeyDate birthday{std::string(kBirthday), 1 + static_cast<int>(random.below(12)),
                         1 + static_cast<int>(random.below(28)), std::nullopt};
        if (random.chance(3)) birthday.month = 2, birthday.day = 29; // the leap-day birthday
        if (random.chance(60))
            birthday.year = birthday.day == 29 ? 1948 + 4 * static_cast<int>(random.below(13)) // leap years
                                               : 1950 + static_cast<int>(random.below(50));
        lead.keyDates.push_back(birthday);
    }
    if (random.chance(15)) lead.notes = std::string(pick(random, kNotes));
    return lead;
}

Outcome outcomeFor(SplitMix64& random, Channel channel) {
    std::uint64_t roll = random.below(100);
    switch (channel) {
    case Channel::Call:
        return roll < 45   ? Outcome::NoAnswer
               : roll < 75 ? Outcome::LeftVoicemail
               : roll < 97 ? Outcome::Reached
                           : Outcome::WrongNumber;
    case Channel::Email:
        return roll < 80 ? Outcome::Sent : roll < 97 ? Outcome::Replied : Outcome::Bounced;
    default:
        return roll < 65 ? Outcome::Sent : roll < 99 ? Outcome::Replied : Outcome::WrongNumber;
    }
}

} // namespace

WorkspaceData generateWorkspace(const GeneratorOptions& options) {
    SplitMix64 random(options.seed);
    WorkspaceData data = Workspace::withDefaultPlans(options.timeZoneName).toData();
    data.settings.userName = "Sam Rivera";
    data.settings.signature = "Sam Rivera · Rivera Realty · (555) 010-2030";
    auto planId = [&](std::string_view name) {
        for (const Plan& plan : data.plans)
            if (plan.name == name) return plan.id;
        return PlanId{};
    };
    const Plan& newLeadPlan = data.plans[planId(kNewLeadPlanName).value - 1];
    const int leadCount = std::max(0, options.leads);
    const std::int64_t sixMonths = 182 * kSecondsPerDay;

    // Leads, newest a few minutes old, oldest six months.
    data.leads.reserve(static_cast<std::size_t>(leadCount));
    for (int i = 0; i < leadCount; ++i) {
        std::int64_t age = random.chance(3) ? static_cast<std::int64_t>(random.below(2 * kSecondsPerHour))
                                            : static_cast<std::int64_t>(random.below(sixMonths));
        data.leads.push_back(makeLead(random, static_cast<std::uint32_t>(i + 1), options.now - age - 60));
    }

    // Touches: spread over the leads, each after its lead's creation.
    std::vector<std::vector<Touch>> byLead(static_cast<std::size_t>(leadCount));
    for (int t = 0; leadCount > 0 && t < options.touches; ++t) {
        Lead& lead = data.leads[random.below(static_cast<std::uint64_t>(leadCount))];
        Touch touch;
        touch.leadId = lead.id;
        std::int64_t span = std::max<std::int64_t>(1, options.now - lead.createdAt);
        touch.at = lead.createdAt + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(span)));
        bool usePhone = !lead.phones.empty() && (lead.emails.empty() || random.chance(70));
        touch.channel = usePhone ? (random.chance(60) ? Channel::Call : Channel::Text) : Channel::Email;
        touch.outcome = outcomeFor(random, touch.channel);
        if (flagsContactDetail(touch.outcome)) {
            touch.contactIndex = 0;
            (usePhone ? lead.phones[0].flaggedBad : lead.emails[0].flaggedBad) = true;
        }
        if (random.chance(10)) touch.note = isContact(touch.outcome) ? "Talked — wants a showing" : "No luck";
        byLead[lead.id.value - 1].push_back(touch);
    }

    // One live enrollment per lead, chosen by its age and story; step touches match its progress.
    for (Lead& lead : data.leads) {
        std::vector<Touch>& touches = byLead[lead.id.value - 1];
        std::sort(touches.begin(), touches.end(), [](const Touch& a, const Touch& b) { return a.at < b.at; });
        bool contacted =
            std::any_of(touches.begin(), touches.end(), [](const Touch& t) { return isContact(t.outcome); });
        std::int64_t age = options.now - lead.createdAt;
        std::uint64_t story = random.below(100);
        Enrollment e;
        e.id = EnrollmentId{static_cast<std::uint32_t>(data.enrollments.size() + 1)};
        e.leadId = lead.id;
        e.startedAt = lead.createdAt;
        if (age < 21 * kSecondsPerDay) {
            e.planId = newLeadPlan.id;
            lead.stage = touches.empty() ? Stage::New : contacted ? Stage::Contacted : Stage::New;
            int step = 0;
            const int stepCount = static_cast<int>(newLeadPlan.steps.size());
            for (Touch& touch : touches) {
                while (step < stepCount && !appliesTo(newLeadPlan.steps[step], lead.temperature))
                    ++step;
                if (step >= stepCount) break;
                touch.enrollmentId = e.id;
                touch.stepIndex = step++;
            }
            e.nextStepIndex = step;
        } else {
            const std::string_view plan = story < 12   ? kSpherePlanName
                                          : story < 18 ? kUnderContractPlanName
                                          : story < 30 ? kPastClientPlanName
                                                       : kNurturePlanName;
            e.planId = planId(plan);
            e.startedAt = lead.createdAt + 21 * kSecondsPerDay;
            lead.stage = plan == kUnderContractPlanName ? Stage::UnderContract
                         : plan == kPastClientPlanName  ? Stage::Closed
                         : story > 95                   ? Stage::Lost
                         : contacted                    ? Stage::Engaged
                                                        : Stage::Nurture;
        }
        e.rules.resize(data.plans[e.planId.value - 1].recurring.size());
        if (random.chance(2)) { // "life happens": paused a few days ago
            e.state = EnrollmentState::Paused;
            e.pausedAt = options.now - static_cast<std::int64_t>(random.below(10 * kSecondsPerDay));
            if (*e.pausedAt < e.startedAt) e.pausedAt = e.startedAt;
        }
        data.enrollments.push_back(std::move(e));
    }

    // Touch ids in time order, as they would have been logged.
    std::vector<Touch> all;
    all.reserve(static_cast<std::size_t>(std::max(0, options.touches)));
    for (std::vector<Touch>& touches : byLead)
        for (Touch& touch : touches)
            all.push_back(std::move(touch));
    std::stable_sort(all.begin(), all.end(), [](const Touch& a, const Touch& b) { return a.at < b.at; });
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i].id = TouchId{static_cast<std::uint32_t>(i + 1)};
    data.touches = std::move(all);
    data.nextIds.lead = static_cast<std::uint32_t>(data.leads.size() + 1);
    data.nextIds.enrollment = static_cast<std::uint32_t>(data.enrollments.size() + 1);
    data.nextIds.touch = static_cast<std::uint32_t>(data.touches.size() + 1);
    return data;
}

} // namespace cadence
