// Loading records and replaying the journal; see record_set.h.
#include "store/record_set.h"

#include <algorithm>
#include <charconv>

namespace cadence::store {
namespace {

constexpr std::uint32_t kMaxStoredId = kMaxRecordId; // see ids.h

template <typename T>
void put(std::vector<std::optional<T>>& into, std::vector<T>& records, const char* kind,
         std::vector<StoreProblem>& refused) {
    // Grown once per chunk: one slot at a time cost a twelfth of opening a large store.
    std::uint32_t largest = 0;
    for (const T& record : records)
        if (record.id.value <= kMaxStoredId) largest = std::max(largest, record.id.value);
    if (into.size() <= largest) into.resize(std::size_t(largest) + 1); // the capacity grows geometrically
    for (T& record : records) {
        std::uint32_t id = record.id.value;
        if (id == 0 || id > kMaxStoredId) {
            refused.push_back({std::string(kind) + "/" + std::to_string(id), "skipped: impossible id"});
            continue;
        }
        into[id] = std::move(record);
    }
}

template <typename T> void erase(std::vector<std::optional<T>>& from, const std::vector<std::uint32_t>& ids) {
    for (std::uint32_t id : ids)
        if (id < from.size()) from[id].reset();
}

template <typename T> std::size_t countOf(const std::vector<std::optional<T>>& records) {
    std::size_t n = 0;
    for (const auto& record : records)
        n += record.has_value();
    return n;
}

// Drops records failing `keep`; reports how many in one problem.
template <typename T, typename Keep>
void dropWhere(std::vector<std::optional<T>>& slots, const char* name, const char* reason,
               std::vector<StoreProblem>& problems, Keep keep) {
    std::size_t dropped = 0;
    for (auto& slot : slots)
        if (slot && !keep(*slot)) {
            slot.reset();
            ++dropped;
        }
    if (dropped) problems.push_back({name, std::to_string(dropped) + " skipped: " + reason});
}

// "touches[12].leadId" -> ("touches", 12)
bool parseRecordPath(const std::string& where, std::string& list, std::size_t& index) {
    std::size_t open = where.find('['), close = where.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open) return false;
    list = where.substr(0, open);
    return std::from_chars(where.data() + open + 1, where.data() + close, index).ec == std::errc();
}

// Drops the index-th present record (fromSlots's error counts the records present before it).
template <typename T>
bool dropAt(std::vector<std::optional<T>>& slots, std::size_t index, const char* name, const Error& error,
            std::vector<StoreProblem>& problems) {
    for (auto& slot : slots)
        if (slot && index-- == 0) {
            problems.push_back(
                {std::string(name) + "/" + std::to_string(slot->id.value), "skipped: " + error.describe()});
            slot.reset();
            return true;
        }
    return false;
}

} // namespace

RecordSet::RecordSet(WorkspaceData data) {
    addChunk(std::move(data), true);
}

void RecordSet::expect(std::size_t leads, std::size_t enrollments, std::size_t touches, std::size_t storedBytes) {
    // Ids left free by deletions make the largest id exceed the count: an eighth more room. A
    // record takes at least 7 stored bytes, which bounds what a damaged count could ask for.
    const std::size_t most = std::min<std::size_t>(storedBytes / 7, kMaxStoredId + 1);
    auto room = [most](std::size_t count) { return std::min(count / 8 * 9 + 16, most); };
    slots_.leads.reserve(room(leads));
    slots_.enrollments.reserve(room(enrollments));
    slots_.touches.reserve(room(touches));
}

void RecordSet::addChunk(WorkspaceData data, bool isBase) {
    put(slots_.leads, data.leads, "leads", refused_);
    put(slots_.plans, data.plans, "plans", refused_);
    put(slots_.templates, data.templates, "templates", refused_);
    put(slots_.enrollments, data.enrollments, "enrollments", refused_);
    put(slots_.touches, data.touches, "touches", refused_);
    if (isBase) {
        settings_ = std::move(data.settings);
        slots_.nextIds = data.nextIds;
    }
}

void RecordSet::replay(JournalEntry entry) {
    erase(slots_.leads, entry.deleted.leads);
    erase(slots_.plans, entry.deleted.plans);
    erase(slots_.templates, entry.deleted.templates);
    erase(slots_.enrollments, entry.deleted.enrollments);
    erase(slots_.touches, entry.deleted.touches);
    addChunk(std::move(entry.records), true);
}

std::size_t RecordSet::size() const {
    return countOf(slots_.leads) + countOf(slots_.plans) + countOf(slots_.templates) +
           countOf(slots_.enrollments) + countOf(slots_.touches);
}

Result<Workspace> RecordSet::build(std::vector<StoreProblem>& problems) && {
    problems.insert(problems.end(), refused_.begin(), refused_.end());
    WorkspaceSlots& slots = slots_;
    // The common consequences of a lost chunk, in one pass each (not one attempt per record).
    auto hasLead = [&](LeadId id) { return id.value < slots.leads.size() && slots.leads[id.value].has_value(); };
    auto hasPlan = [&](PlanId id) { return id.value < slots.plans.size() && slots.plans[id.value].has_value(); };
    dropWhere(slots.touches, "touches", "their lead is missing", problems,
              [&](const Touch& t) { return hasLead(t.leadId); });
    dropWhere(slots.enrollments, "enrollments", "their lead or plan is missing", problems,
              [&](const Enrollment& e) { return hasLead(e.leadId) && (!e.isLive() || hasPlan(e.planId)); });

    // Anything else fromSlots refuses is dropped one record at a time, up to a limit.
    slots.settings = settings_.value_or(Settings{});
    for (int attempt = 0; attempt < 200; ++attempt) {
        Result<Workspace> ws = Workspace::fromSlots(slots);
        if (ws) return ws;
        std::string list;
        std::size_t index = 0;
        const Error& error = ws.error();
        bool dropped = parseRecordPath(error.where, list, index) &&
                       (list == "leads"         ? dropAt(slots.leads, index, "leads", error, problems)
                        : list == "touches"     ? dropAt(slots.touches, index, "touches", error, problems)
                        : list == "enrollments" ? dropAt(slots.enrollments, index, "enrollments", error, problems)
                        : list == "templates"   ? dropAt(slots.templates, index, "templates", error, problems)
                        : list == "plans"       ? dropAt(slots.plans, index, "plans", error, problems)
                                                : false);
        if (!dropped) return Error{error.where, "the stored data cannot be loaded: " + error.reason};
    }
    return Error{"", "the stored data has too many inconsistent records to load"};
}

} // namespace cadence::store
