// Read-only automation calls that let browser tests check what the UI did: today's agenda, the
// leads table as filtered, one lead's record and timeline, the plans. They never change data:
// tests drive changes through the UI by widget label.
#include "web/automation_views.h"

#include "core/agenda.h"
#include "web/browser_shell.h"

namespace cadence::web {
namespace {

using nlohmann::json;

json agendaJson(const Workspace& ws, Instant now) {
    const Agenda agenda = buildAgenda(ws, now);
    json items = json::array();
    for (const AgendaItem& item : agenda.items) {
        const Lead* lead = ws.lead(item.leadId);
        const Plan* plan = ws.plan(item.planId);
        items.push_back({{"priority", item.priority},
                         {"section", std::string(toString(item.section))},
                         {"leadId", item.leadId.value},
                         {"leadName", lead ? lead->name : ""},
                         {"enrollmentId", item.enrollmentId.value},
                         {"plan", plan ? plan->name : ""},
                         {"isRule", item.item.isRule},
                         {"index", item.item.index},
                         {"channel", std::string(toString(item.channel))},
                         {"touchNumber", item.touchNumber},
                         {"touchCount", item.touchCount},
                         {"due", formatIsoInstant(item.due)},
                         {"leadAgeSeconds", item.leadAgeSeconds},
                         {"overdueSeconds", item.overdueSeconds}});
    }
    return {{"at", formatIsoInstant(agenda.at)}, {"items", std::move(items)}};
}

json leadJson(const Workspace& ws, const Lead& lead) {
    json phones = json::array(), emails = json::array(), touches = json::array(), enrollments = json::array();
    for (const PhoneNumber& phone : lead.phones)
        phones.push_back(
            {{"label", phone.label}, {"number", phone.number}, {"flaggedBad", phone.flaggedBad}});
    for (const EmailAddress& email : lead.emails)
        emails.push_back(
            {{"label", email.label}, {"address", email.address}, {"flaggedBad", email.flaggedBad}});
    const LeadActivity& activity = ws.activity(lead.id);
    for (TouchId id : activity.touches)
        if (const Touch* touch = ws.touch(id))
            touches.push_back({{"at", formatIsoInstant(touch->at)},
                               {"channel", std::string(toString(touch->channel))},
                               {"outcome", std::string(toString(touch->outcome))},
                               {"note", touch->note}});
    for (EnrollmentId id : activity.enrollments) {
        const Enrollment* enrollment = ws.enrollment(id);
        if (!enrollment) continue;
        const Plan* plan = ws.plan(enrollment->planId);
        json pending = json::array();
        for (const DueItem& item : ws.pendingItems(id))
            pending.push_back({{"channel", std::string(toString(item.channel))},
                               {"due", formatIsoInstant(item.due)},
                               {"touchNumber", item.touchNumber},
                               {"touchCount", item.touchCount}});
        enrollments.push_back({{"id", id.value},
                               {"plan", plan ? plan->name : ""},
                               {"state", std::string(toString(enrollment->state))},
                               {"nextStepIndex", enrollment->nextStepIndex},
                               {"resumeAt", enrollment->resumeAt ? json(formatIsoInstant(*enrollment->resumeAt))
                                                                 : json(nullptr)},
                               {"pending", std::move(pending)}});
    }
    json tags = lead.tags;
    return {{"id", lead.id.value},
            {"name", lead.name},
            {"phones", std::move(phones)},
            {"emails", std::move(emails)},
            {"source", lead.source},
            {"tags", std::move(tags)},
            {"stage", std::string(toString(lead.stage))},
            {"temperature", std::string(toString(lead.temperature))},
            {"notes", lead.notes},
            {"createdAt", formatIsoInstant(lead.createdAt)},
            {"touches", std::move(touches)},
            {"enrollments", std::move(enrollments)}};
}

} // namespace

void registerViewCalls(BrowserShell& shell) {
    Automation& automation = shell.automation();
    automation.add("agenda", [&shell](const json&) {
        ui::App& app = shell.app();
        return agendaJson(app.workspace(), app.now());
    });
    automation.add("lead", [&shell](const json& arguments) {
        const Workspace& ws = shell.app().workspace();
        const Lead* lead = ws.lead(LeadId{arguments.value("id", 0u)});
        if (!lead) return automationError("no lead with id " + std::to_string(arguments.value("id", 0u)));
        return leadJson(ws, *lead);
    });
    // The leads table as the user sees it: the rows its search and filters leave, in its order.
    automation.add("leads", [&shell](const json& arguments) {
        ui::App& app = shell.app();
        const std::size_t limit = arguments.value("limit", 200u);
        const std::vector<std::uint32_t>& rows = app.leads().visibleRows(app.workspace());
        json list = json::array();
        for (std::size_t i = 0; i < rows.size() && i < limit; ++i)
            if (const Lead* lead = app.workspace().lead(LeadId{rows[i]}))
                list.push_back({{"id", lead->id.value},
                                {"name", lead->name},
                                {"stage", std::string(toString(lead->stage))},
                                {"temperature", std::string(toString(lead->temperature))}});
        return json{
            {"total", app.workspace().leadCount()}, {"shown", rows.size()}, {"rows", std::move(list)}};
    });
    // Frame CPU time (median, p99) since the last reset, and how long the Leads table's last
    // filter took: the figures of bench/ui_bench.mjs.
    automation.add("frameTimes", [&shell](const json& arguments) {
        if (arguments.value("reset", false)) shell.frameTimer().clear();
        const FrameTimeSummary summary = shell.frameTimer().summary();
        return json{{"frames", summary.frames},
                    {"medianMs", summary.medianMs},
                    {"p99Ms", summary.p99Ms},
                    {"maxMs", summary.maxMs},
                    {"leadsFilterMs", shell.app().leads().table().lastFilterMilliseconds()}};
    });
    // The plan editor's preview: the dates a lead enrolled now would get, as the view shows them.
    automation.add("planPreview", [&shell](const json&) {
        const ui::PlansView& plans = shell.app().plans();
        json rows = json::array();
        for (const ui::PlansView::PreviewRow& row : plans.preview())
            rows.push_back({{"step", row.stepIndex},
                            {"dayOffset", row.dayOffset},
                            {"channel", std::string(toString(row.channel))},
                            {"due", formatIsoInstant(row.due)}});
        return json{{"plan", plans.selectedPlan().value}, {"rows", std::move(rows)}};
    });
    // The template editor's live preview: the rendered text and the merge fields left without a value.
    automation.add("templatePreview", [&shell](const json&) {
        const ui::TemplatesView& templates = shell.app().templates();
        return json{{"text", templates.previewText()}, {"missing", templates.previewMissing()}};
    });
    automation.add("settings", [&shell](const json&) {
        const Settings& settings = shell.app().workspace().settings();
        return json{{"userName", settings.userName},
                    {"signature", settings.signature},
                    {"timeZone", settings.timeZoneName},
                    {"quietHours", settings.quietHours.enabled},
                    {"savedLists", [&] {
                         json names = json::array();
                         for (const SavedLeadList& list : settings.savedLists)
                             names.push_back(list.name);
                         return names;
                     }()}};
    });
    automation.add("plans", [&shell](const json&) {
        const Workspace& ws = shell.app().workspace();
        json plans = json::array();
        for (const auto& plan : ws.planSlots()) {
            if (!plan) continue;
            json steps = json::array();
            for (const PlanStep& step : plan->steps)
                steps.push_back(
                    {{"dayOffset", step.dayOffset}, {"channel", std::string(toString(step.channel))}});
            plans.push_back({{"id", plan->id.value}, {"name", plan->name}, {"steps", std::move(steps)}});
        }
        return plans;
    });
}

} // namespace cadence::web
