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
    // The order is decided on small keys, and the items are moved once at the end: at 100,000
    // leads some 70,000 items are due, and sorting the items themselves cost most of the time.
    struct SortKey {
        std::int64_t primary; // new leads: the lead's creation (oldest first); others: due
        std::int64_t due;
        std::uint32_t leadId, enrollmentId;
        int itemIndex;
        std::uint8_t section, temperature;
        bool isRule;
        std::uint32_t position; // in `found`
        auto tied() const {
            return std::tie(section, primary, due, temperature, leadId, enrollmentId, isRule, itemIndex);
        }
    };
    std::vector<AgendaItem> found;
    std::vector<SortKey> keys;
    found.reserve(ws.leadCount());
    keys.reserve(ws.leadCount());
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
            Instant primary = item.section == AgendaSection::NewLead ? lead->createdAt : item.due;
            keys.push_back({primary.unixSeconds, item.due.unixSeconds, item.leadId.value, item.enrollmentId.value,
                            item.item.index, static_cast<std::uint8_t>(item.section),
                            static_cast<std::uint8_t>(lead->temperature), item.item.isRule,
                            static_cast<std::uint32_t>(found.size())});
            found.push_back(item);
        }
    }
    std::sort(keys.begin(), keys.end(), [](const SortKey& a, const SortKey& b) { return a.tied() < b.tied(); });
    agenda.items.reserve(found.size());
    for (const SortKey& key : keys) {
        agenda.items.push_back(found[key.position]);
        agenda.items.back().priority = static_cast<int>(agenda.items.size());
    }
    return agenda;
}

} // namespace cadence
