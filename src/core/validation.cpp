// Record validation for commands and loading; see validation.h.
#include "core/validation.h"

#include <algorithm>

namespace cadence {
namespace {

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}
std::string indexed(const char* field, std::size_t i) {
    return std::string(field) + "[" + std::to_string(i) + "]";
}

Status validateWindow(const std::optional<TimeWindow>& window, const std::string& where) {
    if (window && (!isValidTimeOfDay(window->start) || !isValidTimeOfDay(window->end)))
        return Error{where + ".window", "times must be between 00:00:00 and 23:59:59"};
    return success();
}

Status validateTemplateRef(const std::optional<TemplateId>& id, const Workspace& ws,
                           const std::string& where) {
    if (id && !ws.messageTemplate(*id))
        return Error{where + ".templateId", "no template with id " + std::to_string(id->value)};
    return success();
}

} // namespace

bool isValidTimeOfDay(TimeOfDay t) {
    return t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0 && t.second < 60;
}

Status validateLead(const Lead& lead) {
    if (isBlank(lead.name)) return Error{"name", "a lead needs a name"};
    if (lead.phones.empty() && lead.emails.empty())
        return Error{"phones", "a lead needs a phone number or an email"};
    for (std::size_t i = 0; i < lead.phones.size(); ++i)
        if (isBlank(lead.phones[i].number))
            return Error{indexed("phones", i) + ".number", "the number is empty"};
    for (std::size_t i = 0; i < lead.emails.size(); ++i)
        if (lead.emails[i].address.find('@') == std::string::npos)
            return Error{indexed("emails", i) + ".address", "an email address needs an @"};
    if (lead.preferredChannel == Channel::Preferred)
        return Error{"preferredChannel", "choose a concrete channel (call, text, email ...)"};
    for (std::size_t i = 0; i < lead.keyDates.size(); ++i) {
        const KeyDate& date = lead.keyDates[i];
        std::string where = indexed("keyDates", i);
        if (isBlank(date.name)) return Error{where + ".name", "a key date needs a name"};
        int year = date.year.value_or(2000); // a leap year accepts Feb 29 when no year is known
        if (!isValid(CivilDate{year, date.month, date.day})) {
            std::string text = "not a calendar date: month ";
            text += std::to_string(date.month);
            text += ", day ";
            text += std::to_string(date.day);
            if (date.year) text.append(", year ").append(std::to_string(*date.year));
            return Error{where, text};
        }
    }
    return success();
}

Status validatePlan(const Plan& plan, const Workspace& ws) {
    if (isBlank(plan.name)) return Error{"name", "a plan needs a name"};
    if (plan.steps.empty() && plan.recurring.empty())
        return Error{"steps", "a plan needs at least one step or recurring rule"};
    int previous = 0;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        std::string where = indexed("steps", i);
        if (step.dayOffset < 0) return Error{where + ".dayOffset", "must be 0 or more"};
        if (step.dayOffset < previous)
            return Error{where + ".dayOffset", "steps must be in day order (offsets count from the start)"};
        previous = step.dayOffset;
        if (Status s = validateWindow(step.window, where); !s) return s;
        if (Status s = validateTemplateRef(step.templateId, ws, where); !s) return s;
    }
    for (std::size_t i = 0; i < plan.recurring.size(); ++i) {
        const RecurringRule& rule = plan.recurring[i];
        std::string where = indexed("recurring", i);
        if (rule.every < 1 || rule.every > 1000) return Error{where + ".every", "must be between 1 and 1000"};
        if (rule.kind == Recurrence::YearlyOnKeyDate && isBlank(rule.keyDateName))
            return Error{where + ".keyDateName", "name the key date (for example \"birthday\")"};
        if (rule.kind == Recurrence::YearlyOnDate && !isValid(CivilDate{2000, rule.month, rule.day}))
            return Error{where, "not a calendar date"};
        if (rule.daysBefore < 0 || rule.daysBefore > 60)
            return Error{where + ".daysBefore", "must be between 0 and 60"};
        if (Status s = validateWindow(rule.window, where); !s) return s;
        if (Status s = validateTemplateRef(rule.templateId, ws, where); !s) return s;
    }
    for (auto [field, ref] :
         {std::pair{"followOnPlanId", plan.followOnPlanId}, std::pair{"replyPlanId", plan.replyPlanId}})
        if (ref && *ref != plan.id && !ws.plan(*ref))
            return Error{field, "no plan with id " + std::to_string(ref->value)};
    if (plan.id && ws.settings().fallbackPlanId == plan.id && !runsForever(plan))
        return Error{"recurring",
                     "the fallback plan must keep an every-N-days/weeks/months rule so it never ends"};
    return success();
}

Status validateTemplate(const MessageTemplate& tpl) {
    if (isBlank(tpl.name)) return Error{"name", "a template needs a name"};
    return success();
}

Status validateSettings(const Settings& settings, const Workspace& ws) {
    if (!TimeZone::fromName(settings.timeZoneName))
        return Error{"timeZoneName", "unknown time zone \"" + settings.timeZoneName + "\""};
    if (std::none_of(settings.workingDays.begin(), settings.workingDays.end(), [](bool b) { return b; }))
        return Error{"workingDays", "at least one day must be a working day"};
    if (!isValidTimeOfDay(settings.quietHours.start) || !isValidTimeOfDay(settings.quietHours.end))
        return Error{"quietHours", "times must be between 00:00:00 and 23:59:59"};
    if (!isValidTimeOfDay(settings.defaultTouchTime)) return Error{"defaultTouchTime", "not a time of day"};
    if (Status lists = validateSavedLists(settings.savedLists); !lists) return lists;
    if (settings.newLeadPlanId && !ws.plan(*settings.newLeadPlanId))
        return Error{"newLeadPlanId", "no plan with id " + std::to_string(settings.newLeadPlanId->value)};
    if (settings.fallbackPlanId) {
        const Plan* fallback = ws.plan(*settings.fallbackPlanId);
        if (!fallback)
            return Error{"fallbackPlanId",
                         "no plan with id " + std::to_string(settings.fallbackPlanId->value)};
        if (!runsForever(*fallback))
            return Error{"fallbackPlanId", "the fallback plan must have an every-N-days/weeks/months rule"};
    }
    return success();
}

} // namespace cadence
