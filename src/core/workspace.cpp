// Record storage, derived state and undo history of the Workspace; see workspace.h. The rules
// of each command live in commands.cpp, loading/saving checks in workspace_data.cpp.
#include "core/workspace.h"

#include <algorithm>
#include <atomic>

namespace cadence {
namespace {

template <typename T> void ensureSlot(std::vector<T>& slots, std::uint32_t id) {
    if (slots.size() <= id) slots.resize(std::size_t(id) + 1);
}

const LeadActivity kNoActivity;

// The source of Workspace::leadStamps(): one counter for the process, so two workspaces never
// hand out the same stamp for different states.
std::uint64_t nextLeadStamp() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

} // namespace

Workspace::Workspace() = default;

const LeadActivity& Workspace::activity(LeadId id) const {
    return id.value < activity_.size() ? activity_[id.value] : kNoActivity;
}

std::span<const DueItem> Workspace::pendingItems(EnrollmentId id) const {
    if (id.value >= pendingBlocks_.size()) return {};
    PendingBlock block = pendingBlocks_[id.value];
    return {pendingStore_.data() + block.offset, block.count};
}

std::optional<Instant> Workspace::nextDue(EnrollmentId id) const {
    std::optional<Instant> best;
    for (const DueItem& item : pendingItems(id))
        if (!best || item.due < *best) best = item.due;
    return best;
}

const Plan* Workspace::planNamed(std::string_view name) const {
    for (const auto& plan : plans_)
        if (plan && plan->name == name) return &*plan;
    return nullptr;
}

bool Workspace::hasNextStep(LeadId id) const {
    for (EnrollmentId enrollmentId : activity(id).enrollments) {
        const Enrollment* e = enrollment(enrollmentId);
        if (!e) continue;
        if (e->state == EnrollmentState::Paused) return true; // a deliberate hold, listed as paused
        if (e->state == EnrollmentState::Active && !pendingItems(enrollmentId).empty()) return true;
    }
    return false;
}

Workspace::EndedPauses Workspace::pausesEndedBy(Instant now) const {
    EndedPauses result;
    for (const auto& e : enrollments_) {
        if (!e || e->state != EnrollmentState::Paused || !e->resumeAt) continue;
        if (*e->resumeAt <= now)
            result.due.push_back(e->id);
        else if (!result.next || *e->resumeAt < *result.next)
            result.next = e->resumeAt;
    }
    return result;
}

std::vector<LeadId> Workspace::leadsWithoutNextStep() const {
    std::vector<LeadId> result;
    for (const auto& lead : leads_)
        if (lead && isActive(lead->stage) && !hasNextStep(lead->id)) result.push_back(lead->id);
    return result;
}

// --- mutation primitives ------------------------------------------------------------------

#define CADENCE_RECORD(kindIndex, list, slots)                                                               \
    changed_.list.push_back(id);                                                                             \
    if (open_ && recorded_[kindIndex].find(id) == recorded_[kindIndex].end()) {                              \
        recorded_[kindIndex].emplace(id, open_->list.size());                                                \
        open_->list.push_back({id, id < slots.size() ? slots[id] : std::nullopt, std::nullopt});             \
    }

void Workspace::putLead(std::uint32_t id, std::optional<Lead> value) {
    CADENCE_RECORD(0, leads, leads_)
    ensureSlot(leads_, id);
    ensureSlot(activity_, id);
    leadCount_ += (value ? 1 : 0) - (leads_[id] ? 1 : 0);
    leads_[id] = std::move(value);
    markDirty(id);
}

void Workspace::markDirty(std::uint32_t leadId) {
    if (leadId >= dirtyMark_.size()) dirtyMark_.resize(std::size_t(leadId) + 1, false);
    if (!dirtyMark_[leadId]) {
        dirtyMark_[leadId] = true;
        dirtyLeads_.push_back(leadId);
    }
}

void Workspace::putPlan(std::uint32_t id, std::optional<Plan> value) {
    CADENCE_RECORD(1, plans, plans_)
    ensureSlot(plans_, id);
    plans_[id] = std::move(value);
    // Every lead in this plan needs rescheduling.
    for (const auto& e : enrollments_)
        if (e && e->planId.value == id) markDirty(e->leadId.value);
}

void Workspace::putTemplate(std::uint32_t id, std::optional<MessageTemplate> value) {
    CADENCE_RECORD(2, templates, templates_)
    ensureSlot(templates_, id);
    templates_[id] = std::move(value);
}

void Workspace::putEnrollment(std::uint32_t id, std::optional<Enrollment> value) {
    CADENCE_RECORD(3, enrollments, enrollments_)
    ensureSlot(enrollments_, id);
    ensureSlot(dueSummaries_, id);
    std::optional<Enrollment>& slot = enrollments_[id];
    if (slot && (!value || value->leadId != slot->leadId)) {
        auto& list = activity_[slot->leadId.value].enrollments;
        list.erase(std::remove(list.begin(), list.end(), EnrollmentId{id}), list.end());
        markDirty(slot->leadId.value);
    }
    if (value && (!slot || value->leadId != slot->leadId)) {
        ensureSlot(activity_, value->leadId.value);
        auto& list = activity_[value->leadId.value].enrollments;
        list.insert(std::upper_bound(list.begin(), list.end(), EnrollmentId{id}), EnrollmentId{id});
    }
    std::uint32_t lead = value ? value->leadId.value : 0;
    slot = std::move(value);
    if (lead)
        markDirty(lead);
    else {
        setPending(id, {});
        dueSummaries_[id] = {};
    }
}

void Workspace::putTouch(std::uint32_t id, std::optional<Touch> value) {
    CADENCE_RECORD(4, touches, touches_)
    ensureSlot(touches_, id);
    std::optional<Touch>& slot = touches_[id];
    if (slot) {
        auto& list = activity_[slot->leadId.value].touches;
        list.erase(std::find(list.begin(), list.end(), TouchId{id}));
        markDirty(slot->leadId.value);
    }
    slot = std::move(value);
    if (slot) {
        ensureSlot(activity_, slot->leadId.value);
        auto& list = activity_[slot->leadId.value].touches;
        auto earlier = [this](TouchId a, TouchId b) { return touchedEarlier(a, b); };
        list.insert(std::upper_bound(list.begin(), list.end(), TouchId{id}, earlier), TouchId{id});
        markDirty(slot->leadId.value);
    }
}

bool Workspace::touchedEarlier(TouchId a, TouchId b) const {
    const Touch& x = *touches_[a.value];
    const Touch& y = *touches_[b.value];
    return x.at != y.at ? x.at < y.at : x.id < y.id;
}

void Workspace::putSettings(Settings value) {
    changed_.settings = true;
    if (open_ && !open_->settingsBefore) open_->settingsBefore = settings_;
    settings_ = std::move(value);
    if (auto zone = TimeZone::fromName(settings_.timeZoneName)) zone_ = *zone;
    allDirty_ = true;
}

#undef CADENCE_RECORD

// --- derived state ------------------------------------------------------------------------

void Workspace::refreshLead(std::uint32_t id, std::span<const TouchFacts> factsById) {
    ensureSlot(activity_, id);
    ensureSlot(leadStamps_, id);
    leadStamps_[id] = nextLeadStamp();
    LeadActivity& a = activity_[id];
    a.touchCount = 0;
    a.firstTouchAt.reset();
    a.firstContactAt.reset();
    a.attemptsToFirstContact = 0;
    a.lastRealTouch.fill(std::nullopt);
    for (TouchId touchId : a.touches) {
        const TouchFacts t = factsById.empty() ? factsOf(*touches_[touchId.value]) : factsById[touchId.value];
        ++a.touchCount;
        if (!a.firstTouchAt) a.firstTouchAt = t.at;
        if (!a.firstContactAt) {
            ++a.attemptsToFirstContact;
            if (isContact(t.outcome)) a.firstContactAt = t.at;
        }
        if (isRealTouch(t.outcome)) a.lastRealTouch[static_cast<std::size_t>(t.channel)] = t.at;
    }
    if (!a.firstContactAt) a.attemptsToFirstContact = 0;
    // A pointer, not `const std::optional<Lead>& = cond ? leads_[id] : std::nullopt`, which
    // copied the whole lead into a temporary for every lead (5% of opening a store).
    const Lead* lead = id < leads_.size() && leads_[id] ? &*leads_[id] : nullptr;
    ScheduleContext context = scheduleContext();
    for (EnrollmentId enrollmentId : a.enrollments) {
        ensureSlot(dueSummaries_, enrollmentId.value);
        const Enrollment& e = *enrollments_[enrollmentId.value];
        const Plan* p = plan(e.planId);
        std::vector<DueItem> items =
            (lead && p) ? cadence::pendingItems(*p, e, *lead, a, context) : std::vector<DueItem>{};
        setPending(enrollmentId.value, items);
        DueSummary& summary = dueSummaries_[enrollmentId.value];
        summary = {};
        if (!lead || !isActive(lead->stage) || e.state != EnrollmentState::Active) continue;
        for (const DueItem& item : items)
            summary.earliest = std::min(summary.earliest, item.due);
        summary.leadCreatedAt = lead->createdAt;
        summary.leadId = lead->id;
        summary.planId = e.planId;
        summary.temperature = lead->temperature;
        summary.uncontactedNew = lead->stage == Stage::New && a.touchCount == 0;
    }
}

void Workspace::setPending(std::uint32_t enrollmentId, std::span<const DueItem> items) {
    ensureSlot(pendingBlocks_, enrollmentId);
    PendingBlock& block = pendingBlocks_[enrollmentId];
    if (items.size() > block.count) {
        pendingUnused_ += block.count;
        block.offset = static_cast<std::uint32_t>(pendingStore_.size());
        pendingStore_.insert(pendingStore_.end(), items.begin(), items.end());
    } else {
        pendingUnused_ += block.count - items.size();
        std::copy(items.begin(), items.end(), pendingStore_.begin() + block.offset);
    }
    block.count = static_cast<std::uint32_t>(items.size());
    if (pendingUnused_ > 64 && pendingUnused_ > pendingStore_.size() / 2) compactPending();
}

void Workspace::compactPending() {
    std::vector<DueItem> compacted;
    compacted.reserve(pendingStore_.size() - pendingUnused_);
    for (PendingBlock& block : pendingBlocks_) {
        auto first = pendingStore_.begin() + block.offset;
        block.offset = static_cast<std::uint32_t>(compacted.size());
        compacted.insert(compacted.end(), first, first + block.count);
    }
    pendingStore_ = std::move(compacted);
    pendingUnused_ = 0;
}

void Workspace::refreshDerived(std::span<const TouchFacts> factsById) {
    if (allDirty_) {
        std::vector<TouchFacts> gathered;
        if (factsById.empty()) {
            gathered.resize(touches_.size());
            for (std::size_t id = 0; id < touches_.size(); ++id)
                if (touches_[id]) gathered[id] = factsOf(*touches_[id]);
            factsById = gathered;
        }
        for (std::uint32_t id = 1; id < leads_.size(); ++id)
            refreshLead(id, factsById);
        allDirty_ = false;
    } else {
        for (std::uint32_t id : dirtyLeads_)
            refreshLead(id);
    }
    for (std::uint32_t id : dirtyLeads_)
        dirtyMark_[id] = false;
    dirtyLeads_.clear();
}

// --- changes and undo ---------------------------------------------------------------------

void Workspace::beginChange(std::string_view name) {
    open_.emplace();
    open_->name = std::string(name);
    open_->idsBefore = nextIds_;
    for (auto& map : recorded_)
        map.clear();
}

void Workspace::commitChange() {
    Change change = std::move(*open_);
    open_.reset();
    for (auto& c : change.leads)
        c.after = leads_[c.id];
    for (auto& c : change.plans)
        c.after = plans_[c.id];
    for (auto& c : change.templates)
        c.after = templates_[c.id];
    for (auto& c : change.enrollments)
        c.after = enrollments_[c.id];
    for (auto& c : change.touches)
        c.after = touches_[c.id];
    if (change.settingsBefore) change.settingsAfter = settings_;
    change.idsAfter = nextIds_;
    refreshDerived();
    history_.resize(history_.size() - undoneCount_);
    undoneCount_ = 0;
    history_.push_back(std::move(change));
    if (history_.size() > kUndoHistoryLimit) history_.pop_front();
}

void Workspace::rollbackChange() {
    Change change = std::move(*open_);
    open_.reset();
    restore(change, false);
}

void Workspace::restore(const Change& change, bool forward) {
    // Enrollments and touches refer to leads: on the way back, bring leads back first and remove
    // them last, which the order below gives in both directions for the indexes we keep.
    auto pick = [forward](const auto& c) { return forward ? c.after : c.before; };
    for (const auto& c : change.leads)
        if (pick(c)) putLead(c.id, pick(c));
    for (const auto& c : change.plans)
        putPlan(c.id, pick(c));
    for (const auto& c : change.templates)
        putTemplate(c.id, pick(c));
    if (forward ? change.settingsAfter : change.settingsBefore)
        putSettings(forward ? *change.settingsAfter : *change.settingsBefore);
    for (const auto& c : change.enrollments)
        putEnrollment(c.id, pick(c));
    for (const auto& c : change.touches)
        putTouch(c.id, pick(c));
    for (const auto& c : change.leads)
        if (!pick(c)) putLead(c.id, std::nullopt);
    nextIds_ = forward ? change.idsAfter : change.idsBefore;
    refreshDerived();
}

ChangedRecords Workspace::takeChangedRecords() {
    ChangedRecords taken = std::move(changed_);
    changed_ = {};
    for (auto* list : {&taken.leads, &taken.plans, &taken.templates, &taken.enrollments, &taken.touches}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    taken.nextIds = nextIds_ != idsReported_;
    idsReported_ = nextIds_;
    return taken;
}

std::string_view Workspace::undoName() const {
    return canUndo() ? std::string_view(history_[history_.size() - undoneCount_ - 1].name)
                     : std::string_view();
}

std::string_view Workspace::redoName() const {
    return canRedo() ? std::string_view(history_[history_.size() - undoneCount_].name) : std::string_view();
}

Status Workspace::undo() {
    if (!canUndo()) return Error{"", "nothing to undo"};
    restore(history_[history_.size() - undoneCount_ - 1], false);
    ++undoneCount_;
    return success();
}

Status Workspace::redo() {
    if (!canRedo()) return Error{"", "nothing to redo"};
    restore(history_[history_.size() - undoneCount_], true);
    --undoneCount_;
    return success();
}

} // namespace cadence
