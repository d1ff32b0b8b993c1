// Golden schedules of the default plans (docs/default-plans.md): every due date and channel for
// a lead created at a fixed instant in a fixed zone, each touch logged on time with no answer.
#include "engine_test_support.h"

using namespace cadence;
using namespace cadence::enginetest;

namespace {

struct GoldenRow {
    const char* due;
    Channel channel;
    int number, count;
};

// Follows the lead's plan step by step, logging every touch exactly when due.
std::vector<GoldenRow> runSteps(Workspace& ws, LeadId lead, std::string_view plan,
                                std::vector<std::string>& dues) {
    std::vector<GoldenRow> rows;
    for (int guard = 0; guard < 40; ++guard) {
        const Enrollment* e = enrollmentIn(ws, lead, plan);
        if (!e) break;
        std::optional<DueItem> item = pendingStep(ws, e->id);
        if (!item) break;
        dues.push_back(iso(item->due));
        rows.push_back({nullptr, item->channel, item->touchNumber, item->touchCount});
        logFor(ws, *e, *item, Outcome::NoAnswer);
    }
    return rows;
}

void checkGolden(Temperature temperature, const std::vector<GoldenRow>& golden) {
    // Thursday 2026-03-26 15:30 in Paris; summer time starts on Sunday 29 March (UTC+1 -> UTC+2).
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    LeadId lead = addLead(ws, makeLead("Élodie Martin", iso("2026-03-26T14:30:00Z"), temperature));
    std::vector<std::string> dues;
    std::vector<GoldenRow> rows = runSteps(ws, lead, kNewLeadPlanName, dues);
    CHECK(rows.size() == golden.size());
    for (std::size_t i = 0; i < golden.size() && i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(dues[i] == golden[i].due);
        CHECK(toString(rows[i].channel) == toString(golden[i].channel));
        CHECK(rows[i].number == golden[i].number);
        CHECK(rows[i].count == golden[i].count);
    }
    // Finished without contact: the lead is now in long-term nurture, not dropped.
    CHECK(enrollmentIn(ws, lead, kNurturePlanName) != nullptr);
    CHECK(ws.leadsWithoutNextStep().empty());
}

} // namespace

TEST_CASE("golden: 'New lead — relentless 21 days' for a warm lead created in Paris before the DST change") {
    checkGolden(Temperature::Warm, {
                                       {"2026-03-26T14:30:00Z", Channel::Call, 1, 12},   // day 0, now
                                       {"2026-03-26T14:30:00Z", Channel::Text, 2, 12},   // day 0, now
                                       {"2026-03-27T08:00:00Z", Channel::Call, 3, 12},   // day 1, 09:00 CET
                                       {"2026-03-27T08:00:00Z", Channel::Email, 4, 12},  // day 1
                                       {"2026-03-28T08:00:00Z", Channel::Text, 5, 12},   // day 2
                                       {"2026-03-29T07:00:00Z", Channel::Call, 6, 12},   // day 3, 09:00 CEST
                                       {"2026-03-31T07:00:00Z", Channel::Email, 7, 12},  // day 5
                                       {"2026-04-02T07:00:00Z", Channel::Call, 8, 12},   // day 7
                                       {"2026-04-05T07:00:00Z", Channel::Text, 9, 12},   // day 10
                                       {"2026-04-09T07:00:00Z", Channel::Email, 10, 12}, // day 14
                                       {"2026-04-12T07:00:00Z", Channel::Call, 11, 12},  // day 17
                                       {"2026-04-16T07:00:00Z", Channel::VideoText, 12, 12}, // day 21
                                   });
}

TEST_CASE("golden: cold leads get the lighter 7-touch version of the new-lead plan") {
    checkGolden(Temperature::Cold, {
                                       {"2026-03-26T14:30:00Z", Channel::Call, 1, 7},
                                       {"2026-03-26T14:30:00Z", Channel::Text, 2, 7},
                                       {"2026-03-27T08:00:00Z", Channel::Email, 3, 7},
                                       {"2026-03-29T07:00:00Z", Channel::Call, 4, 7},
                                       {"2026-04-02T07:00:00Z", Channel::Call, 5, 7},
                                       {"2026-04-09T07:00:00Z", Channel::Email, 6, 7},
                                       {"2026-04-16T07:00:00Z", Channel::VideoText, 7, 7},
                                   });
}
