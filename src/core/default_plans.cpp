// The default plans; docs/default-plans.md has the same tables in prose, and
// tests/core/default_plans_test.cpp pins every due date. Change all three together.
#include "core/default_plans.h"

#include "core/lead.h"

namespace cadence {
namespace {

constexpr TimeWindow kMorning{{9, 0, 0}, {12, 0, 0}};
constexpr TimeWindow kCallHours{{10, 0, 0}, {12, 0, 0}};
constexpr TimeWindow kWorkday{{9, 0, 0}, {18, 0, 0}};
const std::vector<Temperature> kHotAndWarm = {Temperature::Hot, Temperature::Warm};

PlanStep step(int day, Channel channel, std::vector<Temperature> onlyFor = {}) {
    PlanStep s;
    s.dayOffset = day;
    s.channel = channel;
    if (day > 0) s.window = kWorkday; // day 0 is "now": speed to lead
    s.onlyFor = std::move(onlyFor);
    return s;
}

RecurringRule every(Recurrence kind, int n, Channel channel, TimeWindow window, std::string label) {
    RecurringRule r;
    r.kind = kind;
    r.every = n;
    r.channel = channel;
    r.window = window;
    r.label = std::move(label);
    return r;
}

RecurringRule onKeyDate(std::string_view keyDate, Channel channel, int daysBefore, std::string label) {
    RecurringRule r;
    r.kind = Recurrence::YearlyOnKeyDate;
    r.keyDateName = std::string(keyDate);
    r.channel = channel;
    r.daysBefore = daysBefore;
    r.label = std::move(label);
    return r;
}

RecurringRule onDate(int month, int day, Channel channel, int daysBefore, std::string label) {
    RecurringRule r;
    r.kind = Recurrence::YearlyOnDate;
    r.month = month;
    r.day = day;
    r.channel = channel;
    r.daysBefore = daysBefore;
    r.label = std::move(label);
    return r;
}

} // namespace

std::vector<Plan> defaultPlans(PlanId firstId) {
    PlanId newLead{firstId.value}, sphere{firstId.value + 1}, underContract{firstId.value + 2},
        pastClient{firstId.value + 3}, nurture{firstId.value + 4};

    Plan a;
    a.id = newLead;
    a.name = std::string(kNewLeadPlanName);
    // 12 touches front-loaded over 21 days; cold leads get the 7 unmarked ones.
    a.steps = {step(0, Channel::Call),
               step(0, Channel::Text),
               step(1, Channel::Call, kHotAndWarm),
               step(1, Channel::Email),
               step(2, Channel::Text, kHotAndWarm),
               step(3, Channel::Call),
               step(5, Channel::Email, kHotAndWarm),
               step(7, Channel::Call),
               step(10, Channel::Text, kHotAndWarm),
               step(14, Channel::Email),
               step(17, Channel::Call, kHotAndWarm),
               step(21, Channel::VideoText)};
    a.stopOnReply = true;
    a.followOnPlanId = nurture;
    a.replyPlanId = nurture;

    Plan b;
    b.id = sphere;
    b.name = std::string(kSpherePlanName);
    b.recurring = {every(Recurrence::EveryWeeks, 1, Channel::Email, kMorning, "Weekly email"),
                   every(Recurrence::EveryMonths, 1, Channel::Mail, kMorning, "Monthly letter or card"),
                   every(Recurrence::EveryMonths, 2, Channel::Call, kCallHours, "Catch-up call"),
                   every(Recurrence::EveryMonths, 4, Channel::Event, kMorning, "Event invitation"),
                   onKeyDate(kBirthday, Channel::HandwrittenNote, 5, "Birthday note"),
                   onDate(12, 25, Channel::HandwrittenNote, 10, "Holiday card"),
                   onDate(1, 1, Channel::Text, 0, "New Year wishes")};

    Plan c;
    c.id = underContract;
    c.name = std::string(kUnderContractPlanName);
    c.steps = {step(0, Channel::Call)};
    c.recurring = {every(Recurrence::EveryWeeks, 1, Channel::Call, kCallHours, "Weekly check-in")};
    c.endOnStage = Stage::Closed;
    c.followOnPlanId = pastClient;

    Plan d;
    d.id = pastClient;
    d.name = std::string(kPastClientPlanName);
    d.recurring = {every(Recurrence::EveryMonths, 1, Channel::Preferred, kCallHours, "Monthly touch"),
                   onKeyDate(kBirthday, Channel::HandwrittenNote, 5, "Birthday note"),
                   onKeyDate(kPurchaseAnniversary, Channel::HandwrittenNote, 5, "Home anniversary note")};

    Plan e;
    e.id = nurture;
    e.name = std::string(kNurturePlanName);
    e.recurring = {every(Recurrence::EveryMonths, 1, Channel::Email, kMorning, "Monthly email"),
                   every(Recurrence::EveryMonths, 3, Channel::Call, kCallHours, "Quarterly call"),
                   onKeyDate(kBirthday, Channel::HandwrittenNote, 5, "Birthday note")};

    return {a, b, c, d, e};
}

} // namespace cadence
