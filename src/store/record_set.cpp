// Loading records and replaying the journal; see record_set.h.
#include "store/record_set.h"

#include <algorithm>
#include <charconv>

namespace cadence::store {
namespace {

template <typename T> void put(std::map<std::uint32_t, T>& into, std::vector<T>& records) {
    for (T& record : records)
        into.insert_or_assign(record.id.value, std::move(record));
}

template <typename T> void erase(std::map<std::uint32_t, T>& from, const std::vector<std::uint32_t>& ids) {
    for (std::uint32_t id : ids)
        from.erase(id);
}

template <typename T> std::vector<T> values(std::map<std::uint32_t, T>& records) {
    std::vector<T> out;
    out.reserve(records.size());
    for (auto& [id, record] : records)
        out.push_back(std::move(record));
    return out;
}

// Drops records of `list` failing `keep`; reports how many per reason in one problem.
template <typename T, typename Keep>
void dropWhere(std::vector<T>& list, const char* name, const char* reason,
               std::vector<StoreProblem>& problems, Keep keep) {
    std::size_t before = list.size();
    std::erase_if(list, [&](const T& record) { return !keep(record); });
    if (list.size() != before)
        problems.push_back({name, std::to_string(before - list.size()) + " skipped: " + reason});
}

// "touches[12].leadId" -> ("touches", 12)
bool parseRecordPath(const std::string& where, std::string& list, std::size_t& index) {
    std::size_t open = where.find('['), close = where.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open) return false;
    list = where.substr(0, open);
    return std::from_chars(where.data() + open + 1, where.data() + close, index).ec == std::errc();
}

template <typename T>
bool dropAt(std::vector<T>& list, std::size_t index, const char* name, const Error& error,
            std::vector<StoreProblem>& problems) {
    if (index >= list.size()) return false;
    problems.push_back(
        {std::string(name) + "/" + std::to_string(list[index].id.value), "skipped: " + error.describe()});
    list.erase(list.begin() + std::ptrdiff_t(index));
    return true;
}

} // namespace

RecordSet::RecordSet(WorkspaceData data) {
    addChunk(std::move(data), true);
}

void RecordSet::addChunk(WorkspaceData data, bool isBase) {
    put(leads_, data.leads);
    put(plans_, data.plans);
    put(templates_, data.templates);
    put(enrollments_, data.enrollments);
    put(touches_, data.touches);
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
    return leads_.size() + plans_.size() + templates_.size() + enrollments_.size() + touches_.size();
}

Result<Workspace> RecordSet::build(std::vector<StoreProblem>& problems) && {
    WorkspaceData data;
    data.settings = settings_.value_or(Settings{});
    data.nextIds = nextIds_;
    data.leads = values(leads_);
    data.plans = values(plans_);
    data.templates = values(templates_);
    data.enrollments = values(enrollments_);
    data.touches = values(touches_);

    // The common consequences of a lost chunk, in one pass each (not one fromData per record).
    // values() moved the records out of the maps but left their keys: only ids matter now.
    auto hasLead = [&](LeadId id) { return leads_.count(id.value) != 0; };
    auto hasPlan = [&](PlanId id) {
        return std::any_of(data.plans.begin(), data.plans.end(), [&](const Plan& p) { return p.id == id; });
    };
    dropWhere(data.touches, "touches", "their lead is missing", problems,
              [&](const Touch& t) { return hasLead(t.leadId); });
    dropWhere(data.enrollments, "enrollments", "their lead or plan is missing", problems,
              [&](const Enrollment& e) { return hasLead(e.leadId) && (!e.isLive() || hasPlan(e.planId)); });

    // Anything else fromData refuses is dropped one record at a time, up to a limit.
    for (int attempt = 0; attempt < 200; ++attempt) {
        Result<Workspace> ws = Workspace::fromData(data);
        if (ws) return ws;
        std::string list;
        std::size_t index = 0;
        const Error& error = ws.error();
        bool dropped =
            parseRecordPath(error.where, list, index) &&
            (list == "leads"         ? dropAt(data.leads, index, "leads", error, problems)
             : list == "touches"     ? dropAt(data.touches, index, "touches", error, problems)
             : list == "enrollments" ? dropAt(data.enrollments, index, "enrollments", error, problems)
             : list == "templates"   ? dropAt(data.templates, index, "templates", error, problems)
             : list == "plans"       ? dropAt(data.plans, index, "plans", error, problems)
                                     : false);
        if (!dropped) return Error{error.where, "the stored data cannot be loaded: " + error.reason};
    }
    return Error{"", "the stored data has too many inconsistent records to load"};
}

} // namespace cadence::store
