// Building today's agenda; see agenda.h for the sections and the ordering.
#include "core/agenda.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace cadence {

std::string_view toString(AgendaSection section) {
    constexpr std::array<std::string_view, 4> names = {"new_lead", "overdue", "due_now", "later_today"};
    return names[static_cast<std::size_t>(section)];
}

int Agenda::count(AgendaSection section) const {
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [&](const AgendaItem& i) { return i.section == section; }));
}

Agenda buildAgenda(const Workspace& ws, Instant now) {
    Agenda agenda;
    agenda.at = now;
    const TimeZone& zone = ws.timeZone();
    agenda.endOfDay = zone.startOfDay(addDays(zone.localDate(now), 1));
    struct Keyed {
        AgendaItem item;
        Instant createdAt;
        Temperature temperature;
    };
    std::vector<Keyed> found;
    for (const auto& slot : ws.enrollmentSlots()) {
        if (!slot || slot->state != EnrollmentState::Active) continue;
        std::span<const DueItem> items = ws.pendingItems(slot->id);
        if (items.empty()) continue;
        const Lead* lead = nullptr;
        for (const DueItem& due : items) {
            if (due.due >= agenda.endOfDay) continue;
            if (!lead) lead = ws.lead(slot->leadId);
            if (!lead || !isActive(lead->stage)) break;
            AgendaItem item;
            item.leadId = lead->id;
            item.enrollmentId = slot->id;
            item.planId = slot->planId;
            item.item = due.item;
            item.channel = due.channel;
            item.templateId = due.templateId;
            item.due = due.due;
            item.touchNumber = due.touchNumber;
            item.touchCount = due.touchCount;
            item.leadAgeSeconds = now - lead->createdAt;
            item.overdueSeconds = std::max<std::int64_t>(0, now - due.due);
            bool uncontactedNew = lead->stage == Stage::New && ws.activity(lead->id).touchCount == 0;
            if (due.due > now)
                item.section = AgendaSection::LaterToday;
            else if (uncontactedNew)
                item.section = AgendaSection::NewLead;
            else if (now - due.due > kDueNowGrace)
                item.section = AgendaSection::Overdue;
            else
                item.section = AgendaSection::DueNow;
            found.push_back({item, lead->createdAt, lead->temperature});
        }
    }
    auto key = [](const Keyed& k) {
        // New leads: oldest lead first; everything else: earliest due first.
        Instant primary = k.item.section == AgendaSection::NewLead ? k.createdAt : k.item.due;
        return std::make_tuple(static_cast<int>(k.item.section), primary, k.item.due,
                               static_cast<int>(k.temperature), k.item.leadId.value,
                               k.item.enrollmentId.value, k.item.item.isRule, k.item.item.index);
    };
    std::sort(found.begin(), found.end(), [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); });
    agenda.items.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        found[i].item.priority = static_cast<int>(i) + 1;
        agenda.items.push_back(found[i].item);
    }
    return agenda;
}

} // namespace cadence
