// See lead_table.h.
#include "ui/lead_table.h"

#include <algorithm>
#include <chrono>

namespace cadence::ui {
namespace {

LeadTable::BytePairs bytePairs(std::string_view text) {
    LeadTable::BytePairs pairs{};
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const unsigned first = static_cast<unsigned char>(text[i]), second = static_cast<unsigned char>(text[i + 1]);
        const unsigned bit = (first * 131u + second) & 255u;
        pairs[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    return pairs;
}

bool hasAllPairs(const LeadTable::BytePairs& haystack, const LeadTable::BytePairs& word) {
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((haystack[i] & word[i]) != word[i]) return false;
    return true;
}

std::vector<LeadTable::SearchWord> words(const std::string& text) {
    std::vector<LeadTable::SearchWord> out;
    std::string folded = searchFold(text);
    std::size_t i = 0;
    while (i < folded.size()) {
        const std::size_t start = folded.find_first_not_of(' ', i);
        if (start == std::string::npos) break;
        const std::size_t end = folded.find(' ', start);
        LeadTable::SearchWord word;
        word.text = folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
        word.pairs = bytePairs(word.text);
        out.push_back(std::move(word));
        i = end == std::string::npos ? folded.size() : end;
    }
    return out;
}

// One entry's sort key, with what breaks ties (the lead id) and where the entry is.
template <typename Key> struct Keyed {
    Key key;
    std::uint32_t id, index;
};

// Sorts the gathered keys, equal keys by lead id, into `order` (indexes into the entries). The
// keys are gathered into one array first, so the sort reads memory in sequence instead of
// jumping to an entry at every comparison. Ties go by id, not by position: entries added after
// the last full rebuild sit at the end whatever their id. Two instantiations only (names and
// numbers): one per column cost 18 KB of the wasm (3.5 KB gzipped).
template <typename Key>
void sortKeyed(std::vector<Keyed<Key>>& keyed, bool ascending, std::vector<std::uint32_t>& order,
               std::vector<std::uint32_t>& orderIds) {
    std::sort(keyed.begin(), keyed.end(), [ascending](const Keyed<Key>& a, const Keyed<Key>& b) {
        if (a.key < b.key) return ascending;
        if (b.key < a.key) return !ascending;
        return a.id < b.id;
    });
    order.resize(keyed.size());
    orderIds.resize(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        order[i] = keyed[i].index;
        orderIds[i] = keyed[i].id;
    }
}

// A name as the sort compares it: the first eight bytes as one number, so that sorting 100,000
// names rarely reaches the strings themselves (on the heap, one cache miss each).
struct NameOrder {
    std::uint64_t prefix;
    const std::string* name;
    bool operator<(const NameOrder& other) const {
        return prefix != other.prefix ? prefix < other.prefix : *name < *other.name;
    }
};

std::uint64_t bigEndianPrefix(const std::string& text) {
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    return prefix;
}

} // namespace

std::string searchFold(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (i + 1 < out.size()) {
            unsigned char& next = reinterpret_cast<unsigned char&>(out[i + 1]);
            if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97)
                next += 0x20;                                     // À-Þ
            else if (c == 0xCE && next >= 0x91 && next <= 0xA9) { // Α-Ω
                if (next <= 0x9F)
                    next += 0x20;
                else {
                    out[i] = static_cast<char>(0xCF);
                    next -= 0x20;
                }
            } else if (c == 0xD0 && next >= 0x90 && next <= 0x9F)
                next += 0x20; // А-П
            else if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) {
                out[i] = static_cast<char>(0xD1);
                next -= 0x20;
            }
            if (c >= 0xC0) ++i;
        }
    }
    return out;
}

LeadTable::Entry LeadTable::makeEntry(const Workspace& ws, const Lead& lead, BytePairs& pairs) {
    Entry entry;
    entry.id = lead.id.value;
    std::string hay = lead.name;
    for (const PhoneNumber& phone : lead.phones) {
        hay += ' ';
        hay += phone.number;
        hay += ' ';
        for (char c : phone.number)
            if (c >= '0' && c <= '9') hay += c;
    }
    for (const EmailAddress& email : lead.emails)
        hay += ' ' + email.address;
    for (const std::string& tag : lead.tags)
        hay += ' ' + tag;
    hay += ' ' + lead.source;
    entry.hayBegin = static_cast<std::uint32_t>(haystacks_.size());
    haystacks_ += searchFold(hay);
    pairs = bytePairs(std::string_view(haystacks_).substr(entry.hayBegin));
    haystacks_ += '\n'; // never typed, so no match spans two leads
    entry.hayEnd = static_cast<std::uint32_t>(haystacks_.size());
    entry.nameKey = searchFold(lead.name);
    entry.namePrefix = bigEndianPrefix(entry.nameKey);
    const LeadActivity& activity = ws.activity(lead.id);
    entry.touchCount = activity.touchCount;
    if (!activity.touches.empty())
        if (const Touch* last = ws.touch(activity.touches.back())) entry.lastTouch = last->at.unixSeconds;
    for (EnrollmentId id : activity.enrollments) {
        const Enrollment* enrollment = ws.enrollment(id);
        if (!enrollment || !enrollment->isLive()) continue;
        if (!entry.plan) entry.plan = enrollment->planId;
        if (std::optional<Instant> due = ws.nextDue(id); due && due->unixSeconds < entry.nextDue) {
            entry.nextDue = due->unixSeconds;
            entry.plan = enrollment->planId;
        }
    }
    entry.created = lead.createdAt.unixSeconds;
    entry.stage = lead.stage;
    entry.temperature = lead.temperature;
    entry.tags = lead.tags;
    countTags(entry, +1);
    return entry;
}

void LeadTable::countTags(const Entry& entry, int change) {
    for (const std::string& tag : entry.tags)
        if ((tagUses_[tag] += change) <= 0) tagUses_.erase(tag);
}

void LeadTable::rebuildEntries(const Workspace& ws) {
    entries_.clear();
    entries_.reserve(ws.leadCount());
    pairs_.clear();
    pairs_.reserve(ws.leadCount());
    haystacks_.clear();
    tagUses_.clear();
    slotOf_.assign(ws.leadSlots().size(), 0);
    for (const auto& slot : ws.leadSlots()) {
        if (!slot) continue;
        pairs_.emplace_back();
        entries_.push_back(makeEntry(ws, *slot, pairs_.back()));
        slotOf_[slot->id.value] = static_cast<std::uint32_t>(entries_.size());
    }
    stamps_ = ws.leadStamps();
    staleHaystackBytes_ = removedEntries_ = 0;
}

std::optional<std::size_t> LeadTable::updateEntries(const Workspace& ws) {
    if (staleHaystackBytes_ > haystacks_.size() / 2 || removedEntries_ > entries_.size() / 4) return std::nullopt;
    const std::vector<std::uint64_t>& stamps = ws.leadStamps();
    const std::size_t ids = std::max(stamps.size(), stamps_.size());
    auto stampOf = [](const std::vector<std::uint64_t>& of, std::size_t id) { return id < of.size() ? of[id] : 0; };
    std::vector<std::uint32_t> changed;
    for (std::uint32_t id = 1; id < ids; ++id)
        if (stampOf(stamps, id) != stampOf(stamps_, id)) changed.push_back(id);
    // An import or a settings change moves most stamps: one pass over every lead is then cheaper.
    if (changed.size() > 64 + entries_.size() / 16) return std::nullopt;
    if (slotOf_.size() < ids) slotOf_.resize(ids, 0);
    for (std::uint32_t id : changed) {
        const Lead* lead = ws.lead(LeadId{id});
        if (std::uint32_t slot = slotOf_[id]) {
            Entry& entry = entries_[slot - 1];
            countTags(entry, -1);
            staleHaystackBytes_ += entry.hayEnd - entry.hayBegin;
            if (lead) {
                entry = makeEntry(ws, *lead, pairs_[slot - 1]);
            } else {
                entry.removed = true;
                slotOf_[id] = 0;
                ++removedEntries_;
            }
        } else if (lead) {
            pairs_.emplace_back();
            entries_.push_back(makeEntry(ws, *lead, pairs_.back()));
            slotOf_[id] = static_cast<std::uint32_t>(entries_.size());
        }
    }
    stamps_ = stamps;
    return changed.size();
}

void LeadTable::rebuildOrder(const LeadSort& sort) {
    const auto& e = entries_;
    const auto count = static_cast<std::uint32_t>(e.size());
    if (sort.column == LeadColumn::Name || sort.column == LeadColumn::Contact) {
        std::vector<Keyed<NameOrder>> keyed(count);
        for (std::uint32_t i = 0; i < count; ++i)
            keyed[i] = {NameOrder{e[i].namePrefix, &e[i].nameKey}, e[i].id, i};
        sortKeyed(keyed, sort.ascending, order_, orderIds_);
        return;
    }
    auto numberOf = [column = sort.column](const Entry& entry) -> std::int64_t {
        switch (column) {
        case LeadColumn::Stage:
            return static_cast<int>(entry.stage);
        case LeadColumn::Temperature:
            return static_cast<int>(entry.temperature);
        case LeadColumn::Plan:
            return entry.plan.value;
        case LeadColumn::LastTouch:
            return entry.lastTouch;
        case LeadColumn::NextDue:
            return entry.nextDue;
        default:
            return entry.created;
        }
    };
    std::vector<Keyed<std::int64_t>> keyed(count);
    for (std::uint32_t i = 0; i < count; ++i)
        keyed[i] = {numberOf(e[i]), e[i].id, i};
    sortKeyed(keyed, sort.ascending, order_, orderIds_);
}

bool LeadTable::passes(std::size_t index, const LeadFilter& filter, const std::vector<SearchWord>& searchWords,
                       Instant now) const {
    const Entry& entry = entries_[index];
    if (entry.removed) return false;
    if (anyStage_ ? !filter.stages[static_cast<std::size_t>(entry.stage)] : entry.stage == Stage::Archived)
        return false;
    if (anyTemperature_ && !filter.temperatures[static_cast<std::size_t>(entry.temperature)]) return false;
    if (filter.plan && entry.plan != *filter.plan) return false;
    if (filter.neverContacted && entry.touchCount > 0) return false;
    if (filter.noTouchDays > 0 && entry.lastTouch != INT64_MIN &&
        entry.lastTouch > now.unixSeconds - filter.noTouchDays * kSecondsPerDay)
        return false;
    if (!filter.tag.empty()) {
        // Tags are part of the haystack (folded once per filter, in rows()).
        if (haystack(entry).find(foldedTag_) == std::string_view::npos) return false;
    }
    for (const SearchWord& word : searchWords)
        if (!hasAllPairs(pairs_[index], word.pairs) || haystack(entry).find(word.text) == std::string_view::npos)
            return false;
    return true;
}

const std::vector<std::uint32_t>& LeadTable::rows(const Workspace& ws, std::uint64_t revision,
                                                  const LeadFilter& filter, const LeadSort& sort,
                                                  Instant now) {
    const auto start = std::chrono::steady_clock::now();
    if (!built_ || revision != revision_) {
        const std::optional<std::size_t> redone = built_ ? updateEntries(ws) : std::nullopt;
        lastChangeWasPartial_ = redone.has_value();
        if (!redone) rebuildEntries(ws);
        // A change that touched no lead (a template, the undo history) keeps the order as it is.
        if (!redone || *redone > 0) {
            tags_.clear();
            for (const auto& [tag, uses] : tagUses_)
                tags_.push_back(tag);
            ordered_ = false;
        }
        built_ = true;
        revision_ = revision;
    }
    if (!ordered_ || !(sort == sort_)) {
        rebuildOrder(sort);
        sort_ = sort;
        ordered_ = true;
        filtered_ = false;
    }
    const std::int64_t day = now.unixSeconds / kSecondsPerDay;
    if (filtered_ && filter == filter_ && (filter.noTouchDays == 0 || day == filterDay_)) return rows_;

    // A search that only grew (same filters, more letters) can start from the previous rows:
    // each word of the shorter search is a word of the longer one or the start of one ("emma g"
    // -> "emma ga"), so whatever the longer search matches, the shorter one matched too.
    LeadFilter previousSansSearch = filter_, currentSansSearch = filter;
    previousSansSearch.search.clear();
    currentSansSearch.search.clear();
    const bool narrowing = filtered_ && previousSansSearch == currentSansSearch && day == filterDay_ &&
                           filter.search.size() > filter_.search.size() &&
                           filter.search.compare(0, filter_.search.size(), filter_.search) == 0;
    const std::vector<SearchWord> searchWords = words(filter.search);
    foldedTag_ = searchFold(filter.tag);
    anyStage_ = std::find(filter.stages.begin(), filter.stages.end(), true) != filter.stages.end();
    anyTemperature_ =
        std::find(filter.temperatures.begin(), filter.temperatures.end(), true) != filter.temperatures.end();
    std::vector<std::uint32_t> next;
    if (filter.ids) {
        std::vector<bool> wanted(slotOf_.size(), false);
        for (LeadId id : *filter.ids)
            if (id.value < wanted.size()) wanted[id.value] = true;
        for (std::size_t i = 0; i < order_.size(); ++i)
            if (wanted[orderIds_[i]] && passes(order_[i], filter, searchWords, now)) next.push_back(orderIds_[i]);
    } else {
        // Scan the entries in memory order (the haystacks are contiguous), mark the matches, then
        // collect them in sorted order: both passes are sequential, so 100,000 leads filter fast.
        // A growing search re-tests only the previous matches (matched_ still holds them).
        if (narrowing && matched_.size() == entries_.size()) {
            for (std::size_t index = 0; index < entries_.size(); ++index)
                if (matched_[index]) matched_[index] = passes(index, filter, searchWords, now);
        } else {
            matched_.assign(entries_.size(), 0);
            for (std::size_t index = 0; index < entries_.size(); ++index)
                matched_[index] = passes(index, filter, searchWords, now);
        }
        next.reserve(narrowing ? rows_.size() : order_.size());
        for (std::size_t i = 0; i < order_.size(); ++i)
            if (matched_[order_[i]]) next.push_back(orderIds_[i]);
    }
    rows_ = std::move(next);
    filter_ = filter;
    filterDay_ = day;
    filtered_ = true;
    lastFilterMs_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return rows_;
}

std::optional<Instant> LeadTable::lastTouch(std::uint32_t id) const {
    if (id >= slotOf_.size() || !slotOf_[id]) return std::nullopt;
    const Entry& e = entries_[slotOf_[id] - 1];
    return e.lastTouch == INT64_MIN ? std::nullopt : std::optional<Instant>(Instant{e.lastTouch});
}

std::optional<Instant> LeadTable::nextDue(std::uint32_t id) const {
    if (id >= slotOf_.size() || !slotOf_[id]) return std::nullopt;
    const Entry& e = entries_[slotOf_[id] - 1];
    return e.nextDue == INT64_MAX ? std::nullopt : std::optional<Instant>(Instant{e.nextDue});
}

PlanId LeadTable::plan(std::uint32_t id) const {
    if (id >= slotOf_.size() || !slotOf_[id]) return {};
    return entries_[slotOf_[id] - 1].plan;
}

} // namespace cadence::ui
