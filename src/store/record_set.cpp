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
    for (T& record : records) {
        std::uint32_t id = record.id.value;
        if (id == 0 || id > kMaxStoredId) {
            refused.push_back({std::string(kind) + "/" + std::to_string(id), "skipped: impossible id"});
            continue;
        }
        if (into.size() <= id) into.resize(std::max<std::size_t>(std::size_t(id) + 1, into.size() * 2));
        into[id] = std::move(record);
    }
}

template <typename T> void erase(std::vector<std::optional<T>>& from, const std::vector<std::uint32_t>& ids) {
    for (std::uint32_t id : ids)
        if (id < from.size()) from[id].reset();
}

template <typename T> std::vector<T> values(const std::vector<std::optional<T>>& records) {
    std::vector<T> out;
    for (const auto& record : records)
        if (record) out.push_back(*record);
    return out;
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

// Drops the index-th present record (fromData's error names positions in the sorted lists).
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

void RecordSet::addChunk(WorkspaceData data, bool isBase) {
    put(leads_, data.leads, "leads", refused_);
    put(plans_, data.plans, "plans", refused_);
    put(templates_, data.templates, "templates", refused_);
    put(enrollments_, data.enrollments, "enrollments", refused_);
    put(touches_, data.touches, "touches", refused_);
    if (isBase) {
        settings_ = std::move(data.settings);
        nextIds_ = data.nextIds;
    }
}

void RecordSet::replay(JournalEntry entry) {
    erase(leads_, entry.deleted.leads);
    erase(plans_, entry.deleted.plans);
    erase(templates_, entry.deleted.templates);
    erase(enrollments_, entry.deleted.enrollments);
    erase(touches_, entry.deleted.touches);
    addChunk(std::move(entry.records), true);
}

std::size_t RecordSet::size() const {
    return countOf(leads_) + countOf(plans_) + countOf(templates_) + countOf(enrollments_) +
           countOf(touches_);
}

Result<Workspace> RecordSet::build(std::vector<StoreProblem>& problems) && {
    problems.insert(problems.end(), refused_.begin(), refused_.end());
    // The common consequences of a lost chunk, in one pass each (not one fromData per record).
    auto hasLead = [&](LeadId id) { return id.value < leads_.size() && leads_[id.value].has_value(); };
    auto hasPlan = [&](PlanId id) { return id.value < plans_.size() && plans_[id.value].has_value(); };
    dropWhere(touches_, "touches", "their lead is missing", problems,
              [&](const Touch& t) { return hasLead(t.leadId); });
    dropWhere(enrollments_, "enrollments", "their lead or plan is missing", problems,
              [&](const Enrollment& e) { return hasLead(e.leadId) && (!e.isLive() || hasPlan(e.planId)); });

    // Anything else fromData refuses is dropped one record at a time, up to a limit.
    for (int attempt = 0; attempt < 200; ++attempt) {
        WorkspaceData data;
        data.settings = settings_.value_or(Settings{});
        data.nextIds = nextIds_;
        data.leads = values(leads_);
        data.plans = values(plans_);
        data.templates = values(templates_);
        data.enrollments = values(enrollments_);
        data.touches = values(touches_);
        Result<Workspace> ws = Workspace::fromData(std::move(data));
        if (ws) return ws;
        std::string list;
        std::size_t index = 0;
        const Error& error = ws.error();
        bool dropped = parseRecordPath(error.where, list, index) &&
                       (list == "leads"         ? dropAt(leads_, index, "leads", error, problems)
                        : list == "touches"     ? dropAt(touches_, index, "touches", error, problems)
                        : list == "enrollments" ? dropAt(enrollments_, index, "enrollments", error, problems)
                        : list == "templates"   ? dropAt(templates_, index, "templates", error, problems)
                        : list == "plans"       ? dropAt(plans_, index, "plans", error, problems)
                                                : false);
        if (!dropped) return Error{error.where, "the stored data cannot be loaded: " + error.reason};
    }
    return Error{"", "the stored data has too many inconsistent records to load"};
}

} // namespace cadence::store
