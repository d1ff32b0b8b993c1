// Outcomes drive the plan; pause, resume, skip, snooze and move; the plan's end hands over.
#include "engine_test_support.h"

using namespace cadence;
using namespace cadence::enginetest;

namespace {
struct Fixture {
    Workspace ws = Workspace::withDefaultPlans("America/New_York");
    Instant created = iso("2026-11-24T15:00:00Z"); // Tuesday 10:00 in New York
    LeadId lead = addLead(ws, makeLead("Jamal Reed", created, Temperature::Hot));
    const Enrollment& plan() { return *enrollmentIn(ws, lead, kNewLeadPlanName); }
    DueItem next() { return *pendingStep(ws, plan().id); }
};
} // namespace

TEST_CASE("reached stops a stop-on-reply plan and advances the stage") {
    Fixture f;
    logFor(f.ws, f.plan(), f.next(), Outcome::Reached, f.created + 120);
    CHECK(enrollmentIn(f.ws, f.lead, kNewLeadPlanName) == nullptr);
    CHECK(str(f.ws.lead(f.lead)->stage) == "contacted");
    CHECK(enrollmentIn(f.ws, f.lead, kNurturePlanName) != nullptr); // the reply plan
    const Enrollment* ended = f.ws.enrollment(f.ws.activity(f.lead).enrollments.front());
    CHECK(str(ended->endReason) == "replied");
    CHECK(f.ws.leadsWithoutNextStep().empty());
}

TEST_CASE("a reply advances a contacted lead to engaged") {
    Fixture f;
    Lead lead = *f.ws.lead(f.lead);
    lead.stage = Stage::Contacted;
    applyOk(f.ws, EditLead{lead, f.created});
    logFor(f.ws, f.plan(), f.next(), Outcome::Replied);
    CHECK(str(f.ws.lead(f.lead)->stage) == "engaged");
}

TEST_CASE("no answer and voicemail advance to the next step") {
    Fixture f;
    logFor(f.ws, f.plan(), f.next(), Outcome::NoAnswer);
    CHECK(f.next().touchNumber == 2);
    logFor(f.ws, f.plan(), f.next(), Outcome::LeftVoicemail);
    CHECK(f.next().touchNumber == 3);
    CHECK(str(f.ws.lead(f.lead)->stage) == "new");
}

TEST_CASE("wrong number flags the phone and bounced flags the email") {
    Fixture f;
    logFor(f.ws, f.plan(), f.next(), Outcome::WrongNumber); // the call
    CHECK(f.ws.lead(f.lead)->phones[0].flaggedBad);
    CHECK_FALSE(f.ws.lead(f.lead)->emails[0].flaggedBad);
    Touch bounce;
    bounce.leadId = f.lead;
    bounce.at = f.created + 600;
    bounce.channel = Channel::Email;
    bounce.outcome = Outcome::Bounced;
    applyOk(f.ws, LogTouch{bounce});
    CHECK(f.ws.lead(f.lead)->emails[0].flaggedBad);
}

TEST_CASE("a lead with no answer after the 21-day plan moves to long-term nurture") {
    Fixture f;
    for (int i = 0; i < 12; ++i)
        logFor(f.ws, f.plan(), f.next(), Outcome::NoAnswer);
    CHECK(enrollmentIn(f.ws, f.lead, kNewLeadPlanName) == nullptr);
    const Enrollment* nurture = enrollmentIn(f.ws, f.lead, kNurturePlanName);
    CHECK(nurture != nullptr);
    if (nurture) CHECK(!f.ws.pendingItems(nurture->id).empty());
    CHECK(f.ws.leadsWithoutNextStep().empty());
}

TEST_CASE("pausing then resuming shifts the remaining steps by the paused time") {
    Fixture f;
    logFor(f.ws, f.plan(), f.next(), Outcome::NoAnswer);
    logFor(f.ws, f.plan(), f.next(), Outcome::NoAnswer);
    Instant before = f.next().due; // day 1, Wednesday 09:00
    applyOk(f.ws, PauseEnrollment{f.plan().id, f.created + kSecondsPerHour});
    CHECK(f.ws.pendingItems(f.plan().id).empty());
    CHECK(f.ws.leadsWithoutNextStep().empty()); // a paused plan is a deliberate hold
    applyOk(f.ws, ResumeEnrollment{f.plan().id, f.created + kSecondsPerHour + 3 * kSecondsPerDay});
    CHECK(iso(f.next().due) == iso(before + 3 * kSecondsPerDay));
}

TEST_CASE("a pause until a date ends by itself then, shifting the steps by exactly the pause") {
    Fixture f;
    logFor(f.ws, f.plan(), f.next(), Outcome::NoAnswer);
    const Instant before = f.next().due;
    const Instant pausedAt = f.created + kSecondsPerHour, until = pausedAt + 5 * kSecondsPerDay;
    CHECK_FALSE(f.ws.apply(PauseEnrollment{f.plan().id, pausedAt, pausedAt}).ok());
    applyOk(f.ws, PauseEnrollment{f.plan().id, pausedAt, until});
    CHECK(f.ws.pausesEndedBy(until - 1).due.empty());
    CHECK(f.ws.pausesEndedBy(until - 1).next == until);
    const Workspace::EndedPauses ended = f.ws.pausesEndedBy(until + kSecondsPerDay);
    CHECK(ended.due.size() == 1);
    if (ended.due.size() != 1) return;
    CHECK_FALSE(ended.next);
    applyOk(f.ws, ResumeEnrollment{ended.due[0], until});
    CHECK_FALSE(f.plan().resumeAt);
    CHECK(iso(f.next().due) == iso(before + 5 * kSecondsPerDay));
    CHECK(f.ws.pausesEndedBy(until + kSecondsPerDay).due.empty());
}

TEST_CASE("skip moves past a step without a touch and snooze makes it due at the chosen time") {
    Fixture f;
    applyOk(f.ws, SkipItem{f.plan().id, f.next().item, f.created});
    CHECK(f.next().touchNumber == 2);
    CHECK(f.plan().skippedSteps == 1);
    Instant later = f.created + 2 * kSecondsPerHour;
    applyOk(f.ws, SnoozeItem{f.plan().id, f.next().item, later, f.created});
    CHECK(f.next().due == later);
    CHECK_FALSE(f.ws.apply(SnoozeItem{f.plan().id, f.next().item, f.created - 1, f.created}).ok());
}

TEST_CASE("moving a lead to another plan stops the old enrollment and starts the new one") {
    Fixture f;
    EnrollmentId old = f.plan().id;
    applyOk(f.ws, MoveToPlan{old, f.ws.planNamed(kUnderContractPlanName)->id, f.created + 60});
    CHECK(str(f.ws.enrollment(old)->state) == "stopped");
    CHECK(enrollmentIn(f.ws, f.lead, kUnderContractPlanName) != nullptr);
    // Closing ends "Under contract" and starts "Past client".
    Lead lead = *f.ws.lead(f.lead);
    lead.stage = Stage::Closed;
    applyOk(f.ws, EditLead{lead, f.created + 30 * kSecondsPerDay});
    CHECK(enrollmentIn(f.ws, f.lead, kUnderContractPlanName) == nullptr);
    CHECK(enrollmentIn(f.ws, f.lead, kPastClientPlanName) != nullptr);
}

TEST_CASE("archiving a lead stops its plans; it is no longer an active lead") {
    Fixture f;
    Lead lead = *f.ws.lead(f.lead);
    lead.stage = Stage::Archived;
    applyOk(f.ws, EditLead{lead, f.created});
    CHECK(buildAgenda(f.ws, f.created).items.empty());
    CHECK(f.ws.leadsWithoutNextStep().empty());
}
