// Building today's agenda; see agenda.h for the sections and the ordering.
#include "core/agenda.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace cadence {

std::string_view toString(AgendaSection section) {
    constexpr std::array<std::string_view, 4> names = {"new_lead", "overdue", "due_now", "later_today"};
    return names[static_cast<std::size_t>(section)];
}

int Agenda::count(AgendaSection section) const {
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [&](const AgendaItem& i) { return i.section == section; }));
}

namespace {

constexpr std::int64_t kKeyTimeLimit = std::int64_t(1) << 58;

// The time an item is placed by first: its lead's creation for new leads, else its due time.
Instant firstTime(const AgendaItem& item, Instant now) {
    return item.section == AgendaSection::NewLead ? now - item.leadAgeSeconds : item.due;
}

// The leading part of the agenda's order in 64 bits: the section, the first time (saturated,
// which keeps the order), and the temperature where the due time is the first time.
std::uint64_t leadingKey(const AgendaItem& item, Temperature temperature, Instant now) {
    std::int64_t first = std::clamp<std::int64_t>(firstTime(item, now).unixSeconds, -kKeyTimeLimit,
                                                   kKeyTimeLimit - 1) + kKeyTimeLimit;
    std::uint64_t heat = item.section == AgendaSection::NewLead ? 0 : std::uint64_t(temperature);
    return std::uint64_t(item.section) << 62 | std::uint64_t(first) << 2 | heat;
}

// Where equal leading keys still need the full comparison: new leads created at the same time
// are ordered by due time and temperature before the lead id, and a saturated time says nothing.
bool leadingKeyIsPartial(const AgendaItem& item, Instant now) {
    std::int64_t first = firstTime(item, now).unixSeconds;
    return item.section == AgendaSection::NewLead || first < -kKeyTimeLimit || first >= kKeyTimeLimit - 1;
}

struct Ranked {
    std::uint64_t key;
    std::uint32_t leadId;
    std::uint32_t found; // index of the item in the order it was found
};

// One stable least-significant-digit radix sort of `items` by a field of kFieldBits bits, 11 bits
// at a time, skipping the digits every item shares.
template <int kFieldBits, typename Field>
void radixSortBy(std::vector<Ranked>& items, std::vector<Ranked>& buffer, Field field) {
    constexpr int kBits = 11, kDigits = (kFieldBits + kBits - 1) / kBits;
    constexpr std::uint64_t kMask = (1u << kBits) - 1;
    std::vector<std::array<std::uint32_t, 1u << kBits>> counts(kDigits);
    for (const Ranked& r : items)
        for (int d = 0; d < kDigits; ++d)
            ++counts[d][(field(r) >> (kBits * d)) & kMask];
    for (int d = 0; d < kDigits; ++d) {
        auto& count = counts[d];
        if (std::find(count.begin(), count.end(), items.size()) != count.end()) continue; // all share it
        std::uint32_t offset = 0;
        for (std::uint32_t& c : count)
            offset += std::exchange(c, offset);
        for (const Ranked& r : items)
            buffer[count[(field(r) >> (kBits * d)) & kMask]++] = r;
        items.swap(buffer);
    }
}

} // namespace

Agenda buildAgenda(const Workspace& ws, Instant now) {
    Agenda agenda;
    agenda.at = now;
    const TimeZone& zone = ws.timeZone();
    agenda.endOfDay = zone.startOfDay(addDays(zone.localDate(now), 1));
    // Items are found in enrollment id order, each enrollment's steps first, then its rules by
    // index: the end of the agenda's order. Each is read once, from the flat summaries and the
    // pending items, and copied whole, with a key for the sort.
    const std::vector<DueSummary>& summaries = ws.dueSummaries();
    std::vector<AgendaItem> found;
    std::vector<Ranked> order;
    found.reserve(summaries.size()); // most enrollments have something due by tonight
    order.reserve(summaries.size());
    for (std::uint32_t id = 1; id < summaries.size(); ++id) {
        const DueSummary& summary = summaries[id];
        if (summary.earliest >= agenda.endOfDay) continue;
        for (const DueItem& due : ws.pendingItems(EnrollmentId{id})) {
            if (due.due >= agenda.endOfDay) continue;
            AgendaItem& item = found.emplace_back();
            item.section = due.due > now                      ? AgendaSection::LaterToday
                           : summary.uncontactedNew           ? AgendaSection::NewLead
                           : now - due.due > kDueNowGrace      ? AgendaSection::Overdue
                                                              : AgendaSection::DueNow;
            item.leadId = summary.leadId;
            item.enrollmentId = EnrollmentId{id};
            item.planId = summary.planId;
            item.item = due.item;
            item.channel = due.channel;
            item.templateId = due.templateId;
            item.due = due.due;
            item.touchNumber = due.touchNumber;
            item.touchCount = due.touchCount;
            item.leadAgeSeconds = now - summary.leadCreatedAt;
            item.overdueSeconds = std::max<std::int64_t>(0, now - due.due);
            order.push_back({leadingKey(item, summary.temperature, now), summary.leadId.value,
                             static_cast<std::uint32_t>(found.size() - 1)});
        }
    }
    // Sorting stably by lead id and then by the leading key gives the whole order, except within
    // runs where that key is partial, which are sorted by the full comparison. A radix sort:
    // std::sort with the full comparison spent most of the agenda's time on long ties (at
    // 100,000 leads, 70,000 items share 3,600 due times).
    std::vector<Ranked> buffer(order.size());
    radixSortBy<32>(order, buffer, [](const Ranked& r) { return std::uint64_t(r.leadId); });
    radixSortBy<64>(order, buffer, [](const Ranked& r) { return r.key; });
    auto documentedOrder = [&](const Ranked& r) {
        const AgendaItem& item = found[r.found];
        return std::make_tuple(item.section, firstTime(item, now), item.due,
                               summaries[item.enrollmentId.value].temperature, item.leadId.value,
                               item.enrollmentId.value, item.item.isRule, item.item.index);
    };
    for (auto run = order.begin(); run != order.end();) {
        auto end = std::find_if(run, order.end(), [&](const Ranked& r) { return r.key != run->key; });
        if (end - run > 1 && leadingKeyIsPartial(found[run->found], now))
            std::sort(run, end,
                      [&](const Ranked& a, const Ranked& b) { return documentedOrder(a) < documentedOrder(b); });
        run = end;
    }
    // Each item is written at its rank while the found items are read in order: reading them in
    // agenda order instead was one cache miss per item.
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t position = 0; position < order.size(); ++position)
        rank[order[position].found] = position;
    agenda.items.resize(found.size());
    for (std::uint32_t i = 0; i < found.size(); ++i) {
        AgendaItem& item = agenda.items[rank[i]];
        item = found[i];
        item.priority = static_cast<int>(rank[i] + 1);
    }
    return agenda;
}

} // namespace cadence
