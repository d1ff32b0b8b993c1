// See reminders.h.
#include "ui/reminders.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

namespace cadence::ui {
namespace {

constexpr const char* kOfferPreference = "reminders.offer";
constexpr std::int64_t kScanSeconds = kSecondsPerMinute;

std::string itemKey(const AgendaItem& item) {
    return std::to_string(item.enrollmentId.value) + (item.item.isRule ? ":r" : ":s") +
           std::to_string(item.item.index) + ":" + std::to_string(item.due.unixSeconds);
}

struct Announcement {
    LeadId lead;
    std::string title, body;
};

} // namespace

bool Reminders::enabled(const ViewContext& context) const {
    return context.platform.notificationPermission() == Platform::NotificationPermission::Granted &&
           context.platform.loadPreference(kOfferPreference).value_or("") != "off";
}

std::optional<LeadId> Reminders::update(const ViewContext& context) {
    std::optional<LeadId> clicked = context.platform.takeNotificationClick();
    const SaveStatus::State state = context.document.saveStatus().state;
    if (state == SaveStatus::State::Loading || state == SaveStatus::State::ReadOnly || !enabled(context))
        return clicked; // a read-only tab leaves reminding to the tab that writes
    if (!nextScan_ || context.now >= *nextScan_) scan(context);
    if (nextScan_)
        context.platform.requestFrameAfter(static_cast<double>(std::max<std::int64_t>(*nextScan_ - context.now, 1)) *
                                           1000.0);
    return clicked;
}

void Reminders::scan(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    const Agenda agenda = buildAgenda(ws, context.now);
    Instant next = context.now + kScanSeconds;
    std::vector<Announcement> fresh;
    for (const AgendaItem& item : agenda.items) {
        const Lead* lead = ws.lead(item.leadId);
        if (!lead) continue;
        if (item.section == AgendaSection::NewLead) {
            const Instant late = lead->createdAt + kSpeedToLeadSeconds;
            if (late > context.now) {
                next = std::min(next, late);
            } else if (announced_.insert("late:" + std::to_string(lead->id.value)).second && primed_) {
                fresh.push_back({lead->id, lead->name + " is waiting",
                                 "A new lead, " + formatDuration(item.leadAgeSeconds) +
                                     " without a first touch. Speed wins: reach out now."});
            }
            continue;
        }
        if (item.due > context.now) {
            next = std::min(next, item.due);
            continue;
        }
        if (announced_.insert(itemKey(item)).second && primed_) {
            const std::string count =
                item.touchNumber > 0
                    ? "Touch " + std::to_string(item.touchNumber) + " of " + std::to_string(item.touchCount)
                    : std::string("A recurring touch");
            fresh.push_back({lead->id, std::string(channelLabel(item.channel)) + " " + lead->name,
                             count + " is due now."});
        }
    }
    primed_ = true;
    nextScan_ = next;
    if (fresh.size() == 1) {
        context.platform.showNotification(fresh[0].title, fresh[0].body, fresh[0].lead);
    } else if (fresh.size() > 1) {
        std::string names;
        for (std::size_t i = 0; i < fresh.size() && i < 3; ++i)
            names += (i ? ", " : "") + fresh[i].title;
        if (fresh.size() > 3) names += " and " + std::to_string(fresh.size() - 3) + " more";
        context.platform.showNotification(std::to_string(fresh.size()) + " follow-ups are due", names,
                                          fresh[0].lead);
    }
}

void Reminders::drawOffer(const ViewContext& context) {
    offerState_ = "permission already decided";
    if (context.platform.notificationPermission() != Platform::NotificationPermission::NotAsked) return;
    offerState_ = "answered";
    if (context.platform.loadPreference(kOfferPreference)) return; // answered before
    // A sensible moment: the user has started working their leads (never on first load).
    const Workspace& ws = context.editor.workspace();
    offerState_ = "waiting for a first touch";
    if (ws.nextIds().touch <= 1) return;
    offerState_ = "shown";

    const Card card = beginCard(14.0f);
    ImGui::TextUnformatted(ICON_BELL "  Never miss a follow-up");
    mutedTextWrapped("Cadence can remind you when a touch falls due or a new lead has waited five minutes, "
                     "while it is open or installed.");
    if (primaryButton(ICON_BELL "  Turn on reminders")) {
        context.platform.savePreference(kOfferPreference, "on");
        context.platform.requestNotificationPermission();
    }
    ImGui::SameLine();
    if (quietButton("Not now##reminders")) context.platform.savePreference(kOfferPreference, "dismissed");
    endCard(card, false);
    ImGui::Spacing();
}

void drawReminderSettings(const ViewContext& context) {
    using Permission = Platform::NotificationPermission;
    switch (context.platform.notificationPermission()) {
    case Permission::Unsupported:
        mutedTextWrapped("This browser cannot show notifications. Today still lists every follow-up that is due.");
        return;
    case Permission::Denied:
        mutedTextWrapped("Notifications are blocked for Cadence in this browser. To get reminders, allow "
                         "notifications in the site settings (the icon left of the address), then reload.");
        return;
    case Permission::NotAsked:
        mutedTextWrapped("Get a notification when a touch falls due or a new lead has waited five minutes, while "
                         "Cadence is open or installed.");
        if (primaryButton(ICON_BELL "  Turn on reminders##settings")) {
            context.platform.savePreference(kOfferPreference, "on");
            context.platform.requestNotificationPermission();
        }
        return;
    case Permission::Granted: break;
    }
    bool on = context.platform.loadPreference(kOfferPreference).value_or("") != "off";
    if (ImGui::Checkbox("Remind me when a touch falls due or a new lead waits five minutes", &on))
        context.platform.savePreference(kOfferPreference, on ? "on" : "off");
}

} // namespace cadence::ui
