// Helpers for the backup suites: a workspace with every optional field set (built only through
// commands, as a user would), text surgery on saved documents, fixtures and random text.
#pragma once

#include "engine_test_support.h"

#include "core/backup_format.h"
#include "core/generator.h"

#include <fstream>
#include <sstream>

// Exceptions are off, so doctest has no REQUIRE: these check and leave the test case instead.
#define CHECK_OK_OR_RETURN(result)                                                                           \
    do {                                                                                                     \
        CHECK_MESSAGE((result).ok(), ((result).ok() ? std::string() : (result).error().describe()));         \
        if (!(result).ok()) return;                                                                          \
    } while (0)
#define CHECK_OR_RETURN(condition)                                                                           \
    do {                                                                                                     \
        CHECK(condition);                                                                                    \
        if (!(condition)) return;                                                                            \
    } while (0)

namespace cadence::backuptest {

using namespace cadence::enginetest;

// `text` with the first `from` replaced by `to`; fails the test when `from` is absent.
inline std::string replaceOnce(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    CHECK_MESSAGE(at != std::string::npos, "not found: " << from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// True when `"field":` is followed by something other than null somewhere in the text.
inline bool hasValue(const std::string& text, const std::string& field) {
    std::string key = "\"" + field + "\":";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1))
        if (text.compare(at + key.size(), 4, "null") != 0) return true;
    return false;
}

inline std::string readDataFile(const std::string& name) {
    std::ifstream in(std::string(CADENCE_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Valid UTF-8 from a mix of ASCII (quotes, backslashes, controls included) and 2-, 3- and 4-byte
// characters.
inline std::string randomText(SplitMix64& random, int length) {
    static const std::vector<std::string> pieces = {"a",
                                                    "Z",
                                                    " ",
                                                    "\"",
                                                    "\\",
                                                    "/",
                                                    "\n",
                                                    "\t",
                                                    "\x01",
                                                    "\x1f",
                                                    "é",
                                                    "ß",
                                                    "Ω",
                                                    "Ж",
                                                    "ש",
                                                    "م",
                                                    "中",
                                                    "…",
                                                    "€",
                                                    "\u2028",
                                                    "😀",
                                                    "🏡",
                                                    "👩🏽‍💼",
                                                    "𝄞",
                                                    "~",
                                                    "{",
                                                    "}",
                                                    "[",
                                                    ",",
                                                    ":"};
    std::string text;
    for (int i = 0; i < length; ++i)
        text += pieces[random.below(pieces.size())];
    return text;
}

// The pending item of an enrollment for a rule of this kind, if any.
inline std::optional<DueItem> pendingRule(const Workspace& ws, EnrollmentId id, bool yearly) {
    const Enrollment* e = ws.enrollment(id);
    const Plan* plan = ws.plan(e->planId);
    for (const DueItem& item : ws.pendingItems(id)) {
        if (!item.item.isRule) continue;
        Recurrence kind = plan->recurring[static_cast<std::size_t>(item.item.index)].kind;
        bool isYearly = kind == Recurrence::YearlyOnKeyDate || kind == Recurrence::YearlyOnDate;
        if (isYearly == yearly) return item;
    }
    return std::nullopt;
}

// Settings, a template, a plan and leads with every optional field set, touches, and
// enrollments that are paused, snoozed, skipped and stopped.
inline Workspace richWorkspace() {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    Instant t0 = iso("2026-10-01T08:00:00Z");
    Settings settings = ws.settings();
    settings.userName = "Gaëlle Martin";
    settings.signature = "Gaëlle — Immobilier ☀\nTél. 06 12 34 56 78";
    settings.workingDays = {false, true, true, true, true, true, true};
    settings.quietHours = {true, {20, 30, 0}, {8, 15, 0}};
    settings.defaultTouchTime = {9, 30, 0};
    settings.savedLists = {{"Hot, quiet for a week", "", {Stage::New, Stage::Contacted}, {Temperature::Hot}, "vip",
                            settings.newLeadPlanId, 7, false},
                           {"Never reached", "gaëlle", {}, {}, "", std::nullopt, 0, true}};
    applyOk(ws, EditSettings{settings, t0});

    MessageTemplate tpl;
    tpl.name = "Intro";
    tpl.channel = Channel::Email;
    tpl.subject = "Ciao {first_name}";
    tpl.body = "Hi {first_name},\n\n“Quoted” text, {property}.\n{signature}";
    TemplateId tplId{ws.apply(AddTemplate{tpl})->createdId};

    Plan plan;
    plan.name = "Open house — 見学会";
    PlanStep first;
    first.channel = Channel::Text;
    first.templateId = tplId;
    first.onlyFor = {Temperature::Hot, Temperature::Warm};
    PlanStep second;
    second.dayOffset = 2;
    second.channel = Channel::Preferred;
    second.window = TimeWindow{{10, 0, 0}, {11, 30, 0}};
    plan.steps = {first, second};
    RecurringRule checkIn;
    checkIn.kind = Recurrence::EveryMonths;
    checkIn.every = 2;
    checkIn.channel = Channel::Call;
    checkIn.templateId = tplId;
    checkIn.window = TimeWindow{{14, 0, 0}, {16, 0, 0}};
    checkIn.label = "Check-in";
    RecurringRule holiday;
    holiday.kind = Recurrence::YearlyOnDate;
    holiday.month = 12;
    holiday.day = 24;
    holiday.daysBefore = 7;
    holiday.channel = Channel::HandwrittenNote;
    holiday.label = "Christmas note";
    plan.recurring = {checkIn, holiday};
    plan.stopOnReply = true;
    plan.businessDaysOnly = true;
    plan.followOnPlanId = ws.planNamed(kNurturePlanName)->id;
    plan.replyPlanId = ws.planNamed(kSpherePlanName)->id;
    plan.endOnStage = Stage::Closed;
    PlanId planId{ws.apply(AddPlan{plan})->createdId};

    Lead full = makeLead("Zoë Ångström", t0, Temperature::Hot);
    full.phones.push_back({"work", "+33 1 23 45 67 89", false});
    full.emails.push_back({"work", "zoe@agence.example", false});
    full.address = "12 rue de l’Église, 75004 Paris";
    full.source = "open house";
    full.tags = {"buyer", "2 pièces", "🏡"};
    full.preferredChannel = Channel::Text;
    full.keyDates = {{std::string(kBirthday), 3, 14, 1984},
                     {std::string(kPurchaseAnniversary), 2, 29, std::nullopt},
                     {"dog's birthday", 7, 1, std::nullopt}};
    full.notes = "Prefers texts.\nHusband: 山田.";
    LeadId fullId = addLead(ws, full);
    applyOk(ws, Enrol{fullId, planId, t0 + 60});
    // A wrong number flags the phone used (contactIndex 0).
    Touch wrong;
    wrong.leadId = fullId;
    wrong.at = t0 + 120;
    wrong.channel = Channel::Call;
    wrong.outcome = Outcome::WrongNumber;
    wrong.contactIndex = 0;
    wrong.note = "Not her number anymore";
    applyOk(ws, LogTouch{wrong});

    // A sphere member: a rule touch, a skipped interval rule, a skipped yearly rule, a snooze.
    LeadId sphereLead = addLead(ws, makeLead("Ελένη Παπαδοπούλου", t0), false);
    applyOk(ws, Enrol{sphereLead, ws.planNamed(kSpherePlanName)->id, t0});
    const Enrollment* sphere = enrollmentIn(ws, sphereLead, kSpherePlanName);
    EnrollmentId sphereId = sphere->id;
    if (auto item = pendingRule(ws, sphereId, false)) logFor(ws, *sphere, *item, Outcome::Reached);
    if (auto item = pendingRule(ws, sphereId, false))
        applyOk(ws, SkipItem{sphereId, item->item, iso("2026-10-20T08:00:00Z")});
    if (auto item = pendingRule(ws, sphereId, true))
        applyOk(ws, SkipItem{sphereId, item->item, iso("2026-10-20T08:00:00Z")});
    if (auto item = pendingRule(ws, sphereId, true))
        applyOk(ws,
                SnoozeItem{sphereId, item->item, item->due + kSecondsPerDay, iso("2026-10-20T08:00:00Z")});

    // A new lead whose first step is snoozed, and one whose plan was stopped.
    LeadId snoozed = addLead(ws, makeLead("Фёдор", t0 + 3600));
    const Enrollment* e = enrollmentIn(ws, snoozed, kNewLeadPlanName);
    applyOk(ws, SnoozeItem{e->id, pendingStep(ws, e->id)->item, t0 + 7200, t0 + 3600});
    LeadId stopped = addLead(ws, makeLead("محمد", t0 + 3600));
    applyOk(ws, StopEnrollment{enrollmentIn(ws, stopped, kNewLeadPlanName)->id, t0 + 4000});
    // Pause the full lead's custom plan last, so it stays paused (pausedAt set).
    for (EnrollmentId id : ws.activity(fullId).enrollments)
        if (ws.enrollment(id)->planId == planId)
            applyOk(ws, PauseEnrollment{id, t0 + 5000, t0 + 30 * kSecondsPerDay});
    return ws;
}

} // namespace cadence::backuptest
