// saveBackup: writes every field of every record, in the order docs/backup-format.md lists them.
// Absent optional values are written as null rather than left out, so every document shows the
// whole shape (and the schema test can compare it with the schema file).
#include "core/backup_format.h"
#include "core/backup_migration.h"
#include "core/json_writer.h"

namespace cadence {
namespace {

using json::Writer;

template <typename Enum> void enumMember(Writer& w, std::string_view name, Enum value) {
    w.member(name, toString(value));
}
template <typename Enum> void enumMember(Writer& w, std::string_view name, const std::optional<Enum>& value) {
    w.key(name);
    if (value)
        w.value(toString(*value));
    else
        w.null();
}

void writeWindow(Writer& w, const std::optional<TimeWindow>& window) {
    w.key("window");
    if (!window) return w.null();
    w.beginObject();
    w.member("start", window->start);
    w.member("end", window->end);
    w.endObject();
}

void writeSettings(Writer& w, const Settings& s) {
    w.beginObject();
    w.member("userName", s.userName);
    w.member("signature", s.signature);
    w.member("timeZoneName", s.timeZoneName);
    w.key("workingDays");
    w.beginArray();
    for (std::size_t day = 0; day < 7; ++day)
        if (s.workingDays[day]) w.value(kWeekdayNames[day]);
    w.endArray();
    w.key("quietHours");
    w.beginObject();
    w.member("enabled", s.quietHours.enabled);
    w.member("start", s.quietHours.start);
    w.member("end", s.quietHours.end);
    w.endObject();
    w.member("defaultTouchTime", s.defaultTouchTime);
    w.member("newLeadPlanId", s.newLeadPlanId);
    w.member("fallbackPlanId", s.fallbackPlanId);
    w.key("savedLists");
    w.beginArray();
    for (const SavedLeadList& list : s.savedLists) {
        w.beginObject();
        w.member("name", list.name);
        w.member("search", list.search);
        w.key("stages");
        w.beginArray();
        for (Stage stage : list.stages)
            w.value(toString(stage));
        w.endArray();
        w.key("temperatures");
        w.beginArray();
        for (Temperature temperature : list.temperatures)
            w.value(toString(temperature));
        w.endArray();
        w.member("tag", list.tag);
        w.member("planId", list.planId);
        w.member("noTouchDays", list.noTouchDays);
        w.member("neverContacted", list.neverContacted);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeLead(Writer& w, const Lead& lead) {
    w.beginObject();
    w.member("id", lead.id);
    w.member("name", lead.name);
    w.key("phones");
    w.beginArray();
    for (const PhoneNumber& phone : lead.phones) {
        w.beginObject();
        w.member("label", phone.label);
        w.member("number", phone.number);
        w.member("flaggedBad", phone.flaggedBad);
        w.endObject();
    }
    w.endArray();
    w.key("emails");
    w.beginArray();
    for (const EmailAddress& email : lead.emails) {
        w.beginObject();
        w.member("label", email.label);
        w.member("address", email.address);
        w.member("flaggedBad", email.flaggedBad);
        w.endObject();
    }
    w.endArray();
    w.member("address", lead.address);
    w.member("source", lead.source);
    w.key("tags");
    w.beginArray();
    for (const std::string& tag : lead.tags)
        w.value(tag);
    w.endArray();
    enumMember(w, "stage", lead.stage);
    enumMember(w, "temperature", lead.temperature);
    enumMember(w, "preferredChannel", lead.preferredChannel);
    w.key("keyDates");
    w.beginArray();
    for (const KeyDate& date : lead.keyDates) {
        w.beginObject();
        w.member("name", date.name);
        w.member("month", date.month);
        w.member("day", date.day);
        w.member("year", date.year);
        w.endObject();
    }
    w.endArray();
    w.member("notes", lead.notes);
    w.member("createdAt", lead.createdAt);
    w.endObject();
}

void writePlan(Writer& w, const Plan& plan) {
    w.beginObject();
    w.member("id", plan.id);
    w.member("name", plan.name);
    w.key("steps");
    w.beginArray();
    for (const PlanStep& step : plan.steps) {
        w.beginObject();
        w.member("dayOffset", step.dayOffset);
        enumMember(w, "channel", step.channel);
        w.member("templateId", step.templateId);
        writeWindow(w, step.window);
        w.key("onlyFor");
        w.beginArray();
        for (Temperature t : step.onlyFor)
            w.value(toString(t));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("recurring");
    w.beginArray();
    for (const RecurringRule& rule : plan.recurring) {
        w.beginObject();
        enumMember(w, "kind", rule.kind);
        w.member("every", rule.every);
        enumMember(w, "channel", rule.channel);
        w.member("templateId", rule.templateId);
        writeWindow(w, rule.window);
        w.member("keyDateName", rule.keyDateName);
        w.member("month", rule.month);
        w.member("day", rule.day);
        w.member("daysBefore", rule.daysBefore);
        w.member("label", rule.label);
        w.endObject();
    }
    w.endArray();
    w.member("stopOnReply", plan.stopOnReply);
    w.member("businessDaysOnly", plan.businessDaysOnly);
    w.member("followOnPlanId", plan.followOnPlanId);
    w.member("replyPlanId", plan.replyPlanId);
    enumMember(w, "endOnStage", plan.endOnStage);
    w.endObject();
}

void writeTemplate(Writer& w, const MessageTemplate& tpl) {
    w.beginObject();
    w.member("id", tpl.id);
    w.member("name", tpl.name);
    enumMember(w, "channel", tpl.channel);
    w.member("subject", tpl.subject);
    w.member("body", tpl.body);
    w.endObject();
}

void writeEnrollment(Writer& w, const Enrollment& e) {
    w.beginObject();
    w.member("id", e.id);
    w.member("leadId", e.leadId);
    w.member("planId", e.planId);
    w.member("startedAt", e.startedAt);
    w.member("pausedSeconds", e.pausedSeconds);
    w.member("nextStepIndex", e.nextStepIndex);
    w.member("skippedSteps", e.skippedSteps);
    w.member("stepSnoozedUntil", e.stepSnoozedUntil);
    w.key("rules");
    w.beginArray();
    for (const RuleProgress& rule : e.rules) {
        w.beginObject();
        w.member("restartFrom", rule.restartFrom);
        w.member("doneThrough", rule.doneThrough);
        w.member("snoozedUntil", rule.snoozedUntil);
        w.endObject();
    }
    w.endArray();
    enumMember(w, "state", e.state);
    w.member("pausedAt", e.pausedAt);
    w.member("resumeAt", e.resumeAt);
    w.member("endedAt", e.endedAt);
    enumMember(w, "endReason", e.endReason);
    w.endObject();
}

void writeTouch(Writer& w, const Touch& t) {
    w.beginObject();
    w.member("id", t.id);
    w.member("leadId", t.leadId);
    w.member("at", t.at);
    enumMember(w, "channel", t.channel);
    enumMember(w, "outcome", t.outcome);
    w.member("note", t.note);
    w.member("enrollmentId", t.enrollmentId);
    w.member("stepIndex", t.stepIndex);
    w.member("ruleIndex", t.ruleIndex);
    w.member("contactIndex", t.contactIndex);
    w.endObject();
}

// One record per line: the big lists stay readable and diffable, and a damaged line is easy to find.
template <typename T, typename WriteRecord>
void writeList(Writer& w, std::string_view name, const std::vector<T>& records, WriteRecord writeRecord) {
    w.key(name);
    w.beginArray();
    for (const T& record : records) {
        w.newline();
        writeRecord(w, record);
    }
    if (!records.empty()) w.newline();
    w.endArray();
    w.newline();
}

// A rough size per record, so the output string grows once instead of doubling many times.
std::size_t estimateSize(const WorkspaceData& data) {
    return 4096 + data.leads.size() * 420 + data.plans.size() * 2048 + data.templates.size() * 400 +
           data.enrollments.size() * 330 + data.touches.size() * 200;
}

} // namespace

std::string saveBackup(const WorkspaceData& data, Instant exportedAt) {
    Writer w(estimateSize(data));
    w.beginObject();
    w.member("format", kBackupFormatName);
    w.member("version", kBackupFormatVersion);
    w.member("exportedAt", exportedAt);
    w.newline();
    w.key("settings");
    writeSettings(w, data.settings);
    w.newline();
    writeList(w, "leads", data.leads, writeLead);
    writeList(w, "plans", data.plans, writePlan);
    writeList(w, "templates", data.templates, writeTemplate);
    writeList(w, "enrollments", data.enrollments, writeEnrollment);
    writeList(w, "touches", data.touches, writeTouch);
    w.key("nextIds");
    w.beginObject();
    w.member("lead", data.nextIds.lead);
    w.member("plan", data.nextIds.plan);
    w.member("template", data.nextIds.messageTemplate);
    w.member("enrollment", data.nextIds.enrollment);
    w.member("touch", data.nextIds.touch);
    w.endObject();
    w.endObject();
    std::string out = w.finish();
    out += '\n';
    return out;
}

} // namespace cadence
