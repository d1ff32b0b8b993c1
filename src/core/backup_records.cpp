// The backup record readers of backup_records.h. Each record has a Fields table (member names
// in documented order, required ones marked) and a switch over the member index; the enum of
// indexes is declared right beside its table so the two cannot drift apart unnoticed.
#include "core/backup_records.h"

#include "core/backup_fields.h"

namespace cadence::backup {
namespace {

using json::Cursor;

constexpr std::uint32_t bits(std::initializer_list<int> indexes) {
    std::uint32_t mask = 0;
    for (int i : indexes)
        mask |= 1u << i;
    return mask;
}

bool readChannel(Cursor& c, Channel& out) {
    return readEnum<Channel, kChannelCount>(c, out, "channel", channelFromString,
                                            [](Channel v) { return toString(v); });
}
bool readTemperature(Cursor& c, Temperature& out) {
    return readEnum<Temperature, kTemperatureCount>(c, out, "temperature", temperatureFromString,
                                                    [](Temperature v) { return toString(v); });
}
bool readStage(Cursor& c, Stage& out) {
    return readEnum<Stage, kStageCount>(c, out, "stage", stageFromString,
                                        [](Stage v) { return toString(v); });
}
bool readOutcome(Cursor& c, Outcome& out) {
    return readEnum<Outcome, kOutcomeCount>(c, out, "outcome", outcomeFromString,
                                            [](Outcome v) { return toString(v); });
}
bool readString(Cursor& c, std::string& out) {
    return c.readString(out);
}
template <typename Tag> bool readIdValue(Cursor& c, Id<Tag>& out) {
    return readId(c, out);
}

bool readWindow(Cursor& c, TimeWindow& window) {
    enum { Start, End };
    static const Fields<2> fields{{"start", "end"}, bits({Start, End})};
    return readObject(c, fields, [&](int field) {
        return field == Start ? readTimeOfDay(c, window.start) : readTimeOfDay(c, window.end);
    });
}

bool readWorkingDays(Cursor& c, std::array<bool, 7>& days, const BackupReadContext& context) {
    if (!c.enterArray()) return false;
    if (context.version == 0) { // v0: seven booleans, Sunday first
        std::size_t count = 0;
        while (c.nextElement()) {
            if (count >= 7) return c.fail("expected 7 days (Sunday first)");
            if (!c.readBool(days[count++])) return false;
        }
        if (!c.failed() && count != 7) return c.fail("expected 7 days (Sunday first)");
        return !c.failed();
    }
    days.fill(false);
    std::string scratch;
    std::string_view name;
    while (c.nextElement()) {
        if (!c.readStringView(name, scratch)) return false;
        std::size_t day = 0;
        while (day < 7 && kWeekdayNames[day] != name)
            ++day;
        if (day == 7)
            return c.fail("unknown day \"" + std::string(name) +
                          "\"; expected sunday, monday, tuesday, wednesday, thursday, friday or saturday");
        if (days[day]) return c.fail("this day is listed twice");
        days[day] = true;
    }
    return !c.failed();
}

bool readQuietHours(Cursor& c, QuietHours& quiet) {
    enum { Enabled, Start, End };
    static const Fields<3> fields{{"enabled", "start", "end"}, 0};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Enabled:
            return c.readBool(quiet.enabled);
        case Start:
            return readTimeOfDay(c, quiet.start);
        default:
            return readTimeOfDay(c, quiet.end);
        }
    });
}

bool readPhone(Cursor& c, PhoneNumber& phone) {
    enum { Label, Number, FlaggedBad };
    static const Fields<3> fields{{"label", "number", "flaggedBad"}, bits({Number})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Label:
            return c.readString(phone.label);
        case Number:
            return c.readString(phone.number);
        default:
            return c.readBool(phone.flaggedBad);
        }
    });
}

bool readEmail(Cursor& c, EmailAddress& email) {
    enum { Label, Address, FlaggedBad };
    static const Fields<3> fields{{"label", "address", "flaggedBad"}, bits({Address})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Label:
            return c.readString(email.label);
        case Address:
            return c.readString(email.address);
        default:
            return c.readBool(email.flaggedBad);
        }
    });
}

bool readKeyDate(Cursor& c, KeyDate& date) {
    enum { Name, Month, Day, Year };
    static const Fields<4> fields{{"name", "month", "day", "year"}, bits({Name, Month, Day})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Name:
            return c.readString(date.name);
        case Month:
            return readInt(c, date.month);
        case Day:
            return readInt(c, date.day);
        default:
            return readOptional(c, date.year, readInt);
        }
    });
}

bool readStep(Cursor& c, PlanStep& step) {
    enum { DayOffset, Channel_, TemplateId_, Window, OnlyFor };
    static const Fields<5> fields{{"dayOffset", "channel", "templateId", "window", "onlyFor"},
                                  bits({DayOffset, Channel_})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case DayOffset:
            return readInt(c, step.dayOffset);
        case Channel_:
            return readChannel(c, step.channel);
        case TemplateId_:
            return readOptional(c, step.templateId, readIdValue<TemplateTag>);
        case Window:
            return readOptional(c, step.window, readWindow);
        default:
            return readList(c, step.onlyFor, readTemperature);
        }
    });
}

bool readRecurrence(Cursor& c, Recurrence& out) {
    return readEnum<Recurrence, 5>(c, out, "recurrence", recurrenceFromString,
                                   [](Recurrence v) { return toString(v); });
}

bool readRule(Cursor& c, RecurringRule& rule) {
    enum { Kind, Every, Channel_, TemplateId_, Window, KeyDateName, Month, Day, DaysBefore, Label };
    static const Fields<10> fields{{"kind", "every", "channel", "templateId", "window", "keyDateName",
                                    "month", "day", "daysBefore", "label"},
                                   bits({Kind, Channel_})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Kind:
            return readRecurrence(c, rule.kind);
        case Every:
            return readInt(c, rule.every);
        case Channel_:
            return readChannel(c, rule.channel);
        case TemplateId_:
            return readOptional(c, rule.templateId, readIdValue<TemplateTag>);
        case Window:
            return readOptional(c, rule.window, readWindow);
        case KeyDateName:
            return c.readString(rule.keyDateName);
        case Month:
            return readInt(c, rule.month);
        case Day:
            return readInt(c, rule.day);
        case DaysBefore:
            return readInt(c, rule.daysBefore);
        default:
            return c.readString(rule.label);
        }
    });
}

bool readRuleProgress(Cursor& c, RuleProgress& progress) {
    enum { RestartFrom, DoneThrough, SnoozedUntil };
    static const Fields<3> fields{{"restartFrom", "doneThrough", "snoozedUntil"}, 0};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case RestartFrom:
            return readOptional(c, progress.restartFrom, readInstant);
        case DoneThrough:
            return readOptional(c, progress.doneThrough, readInstant);
        default:
            return readOptional(c, progress.snoozedUntil, readInstant);
        }
    });
}

bool readSavedList(Cursor& c, SavedLeadList& list) {
    enum { Name, Search, Stages, Temperatures, Tag, Plan_, NoTouchDays, NeverContacted };
    static const Fields<8> fields{{"name", "search", "stages", "temperatures", "tag", "planId", "noTouchDays",
                                   "neverContacted"},
                                  bits({Name})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Name:
            return c.readString(list.name);
        case Search:
            return c.readString(list.search);
        case Stages:
            return readList(c, list.stages, readStage);
        case Temperatures:
            return readList(c, list.temperatures, readTemperature);
        case Tag:
            return c.readString(list.tag);
        case Plan_:
            return readOptional(c, list.planId, readIdValue<PlanTag>);
        case NoTouchDays:
            return readInt(c, list.noTouchDays);
        default:
            return c.readBool(list.neverContacted);
        }
    });
}

} // namespace

bool readSettings(Cursor& c, Settings& s, const BackupReadContext& context) {
    enum {
        UserName,
        Signature,
        TimeZoneName,
        WorkingDays,
        Quiet,
        DefaultTouchTime,
        NewLeadPlan,
        FallbackPlan,
        SavedLists
    };
    static const Fields<9> fields{{"userName", "signature", "timeZoneName", "workingDays", "quietHours",
                                   "defaultTouchTime", "newLeadPlanId", "fallbackPlanId", "savedLists"},
                                  bits({TimeZoneName})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case UserName:
            return c.readString(s.userName);
        case Signature:
            return c.readString(s.signature);
        case TimeZoneName:
            return c.readString(s.timeZoneName);
        case WorkingDays:
            return readWorkingDays(c, s.workingDays, context);
        case Quiet:
            return readQuietHours(c, s.quietHours);
        case DefaultTouchTime:
            return readTimeOfDay(c, s.defaultTouchTime);
        case NewLeadPlan:
            return readOptional(c, s.newLeadPlanId, readIdValue<PlanTag>);
        case SavedLists:
            return readList(c, s.savedLists, readSavedList);
        default:
            return readOptional(c, s.fallbackPlanId, readIdValue<PlanTag>);
        }
    });
}

bool readLead(Cursor& c, Lead& lead) {
    enum {
        Id_,
        Name,
        Phones,
        Emails,
        Address,
        Source,
        Tags,
        Stage_,
        Temp,
        Preferred,
        KeyDates,
        Notes,
        Created
    };
    static const Fields<13> fields{{"id", "name", "phones", "emails", "address", "source", "tags", "stage",
                                    "temperature", "preferredChannel", "keyDates", "notes", "createdAt"},
                                   bits({Id_, Name, Created})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Id_:
            return readId(c, lead.id);
        case Name:
            return c.readString(lead.name);
        case Phones:
            return readList(c, lead.phones, readPhone);
        case Emails:
            return readList(c, lead.emails, readEmail);
        case Address:
            return c.readString(lead.address);
        case Source:
            return c.readString(lead.source);
        case Tags:
            return readList(c, lead.tags, readString);
        case Stage_:
            return readStage(c, lead.stage);
        case Temp:
            return readTemperature(c, lead.temperature);
        case Preferred:
            return readOptional(c, lead.preferredChannel, readChannel);
        case KeyDates:
            return readList(c, lead.keyDates, readKeyDate);
        case Notes:
            return c.readString(lead.notes);
        default:
            return readInstant(c, lead.createdAt);
        }
    });
}

bool readPlan(Cursor& c, Plan& plan) {
    enum { Id_, Name, Steps, Recurring, StopOnReply, BusinessDays, FollowOn, ReplyPlan, EndOnStage };
    static const Fields<9> fields{{"id", "name", "steps", "recurring", "stopOnReply", "businessDaysOnly",
                                   "followOnPlanId", "replyPlanId", "endOnStage"},
                                  bits({Id_, Name})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Id_:
            return readId(c, plan.id);
        case Name:
            return c.readString(plan.name);
        case Steps:
            return readList(c, plan.steps, readStep);
        case Recurring:
            return readList(c, plan.recurring, readRule);
        case StopOnReply:
            return c.readBool(plan.stopOnReply);
        case BusinessDays:
            return c.readBool(plan.businessDaysOnly);
        case FollowOn:
            return readOptional(c, plan.followOnPlanId, readIdValue<PlanTag>);
        case ReplyPlan:
            return readOptional(c, plan.replyPlanId, readIdValue<PlanTag>);
        default:
            return readOptional(c, plan.endOnStage, readStage);
        }
    });
}

bool readTemplate(Cursor& c, MessageTemplate& tpl) {
    enum { Id_, Name, Channel_, Subject, Body };
    static const Fields<5> fields{{"id", "name", "channel", "subject", "body"}, bits({Id_, Name, Channel_})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Id_:
            return readId(c, tpl.id);
        case Name:
            return c.readString(tpl.name);
        case Channel_:
            return readChannel(c, tpl.channel);
        case Subject:
            return c.readString(tpl.subject);
        default:
            return c.readString(tpl.body);
        }
    });
}

bool readEnrollment(Cursor& c, Enrollment& e) {
    enum {
        Id_,
        Lead_,
        Plan_,
        Started,
        Paused,
        NextStep,
        Skipped,
        StepSnoozed,
        Rules,
        State,
        PausedAt,
        Ended,
        Reason,
        ResumeAt
    };
    static const Fields<14> fields{{"id", "leadId", "planId", "startedAt", "pausedSeconds", "nextStepIndex",
                                    "skippedSteps", "stepSnoozedUntil", "rules", "state", "pausedAt",
                                    "endedAt", "endReason", "resumeAt"},
                                   bits({Id_, Lead_, Plan_, Started, State})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Id_:
            return readId(c, e.id);
        case Lead_:
            return readId(c, e.leadId);
        case Plan_:
            return readId(c, e.planId);
        case Started:
            return readInstant(c, e.startedAt);
        case Paused:
            return readInt64(c, e.pausedSeconds);
        case NextStep:
            return readInt(c, e.nextStepIndex);
        case Skipped:
            return readInt(c, e.skippedSteps);
        case StepSnoozed:
            return readOptional(c, e.stepSnoozedUntil, readInstant);
        case Rules:
            return readList(c, e.rules, readRuleProgress);
        case State:
            return readEnum<EnrollmentState, 4>(c, e.state, "enrollment state", enrollmentStateFromString,
                                                [](EnrollmentState v) { return toString(v); });
        case PausedAt:
            return readOptional(c, e.pausedAt, readInstant);
        case Ended:
            return readOptional(c, e.endedAt, readInstant);
        case ResumeAt:
            return readOptional(c, e.resumeAt, readInstant);
        default:
            return readEnum<EndReason, 7>(c, e.endReason, "end reason", endReasonFromString,
                                          [](EndReason v) { return toString(v); });
        }
    });
}

bool readTouch(Cursor& c, Touch& t) {
    enum { Id_, Lead_, At, Channel_, Outcome_, Note, Enrollment_, Step, Rule, Contact };
    static const Fields<10> fields{{"id", "leadId", "at", "channel", "outcome", "note", "enrollmentId",
                                    "stepIndex", "ruleIndex", "contactIndex"},
                                   bits({Id_, Lead_, At, Channel_, Outcome_})};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Id_:
            return readId(c, t.id);
        case Lead_:
            return readId(c, t.leadId);
        case At:
            return readInstant(c, t.at);
        case Channel_:
            return readChannel(c, t.channel);
        case Outcome_:
            return readOutcome(c, t.outcome);
        case Note:
            return c.readString(t.note);
        case Enrollment_:
            return readOptional(c, t.enrollmentId, readIdValue<EnrollmentTag>);
        case Step:
            return readOptional(c, t.stepIndex, readInt);
        case Rule:
            return readOptional(c, t.ruleIndex, readInt);
        default:
            return readOptional(c, t.contactIndex, readInt);
        }
    });
}

bool readNextIds(Cursor& c, IdCounters& ids) {
    enum { Lead_, Plan_, Template_, Enrollment_, Touch_ };
    static const Fields<5> fields{{"lead", "plan", "template", "enrollment", "touch"}, 0};
    return readObject(c, fields, [&](int field) {
        switch (field) {
        case Lead_:
            return readCount(c, ids.lead);
        case Plan_:
            return readCount(c, ids.plan);
        case Template_:
            return readCount(c, ids.messageTemplate);
        case Enrollment_:
            return readCount(c, ids.enrollment);
        default:
            return readCount(c, ids.touch);
        }
    });
}

} // namespace cadence::backup
