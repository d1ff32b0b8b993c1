// The Workspace: every record of one user (settings, leads, plans, templates, enrollments,
// touches) plus the derived state that keeps the agenda and the health report fast (each lead's
// activity and each enrollment's pending items), updated incrementally after every command.
//
// Reading is through const accessors; changing is only through apply(Command) (commands.h),
// which validates, applies completely or not at all, and records one undo step holding only the
// records it changed (before and after), never a copy of the whole workspace.
//
//   Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
//   LeadId id{ws.apply(AddLead{lead})->createdId};
//   Agenda today = buildAgenda(ws, now);
//   ws.undo();
//
// Storage and backup use WorkspaceData (a plain copy of the records) with fromData/toData.
#pragma once

#include "core/commands.h"
#include "core/lead_activity.h"
#include "core/result.h"
#include "core/schedule.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace cadence {

// The next id each kind of record will get. Ids are never reused.
struct IdCounters {
    std::uint32_t lead = 1, plan = 1, messageTemplate = 1, enrollment = 1, touch = 1;
    friend bool operator==(const IdCounters&, const IdCounters&) = default;
};

// Per enrollment, what the agenda reads before anything else: when its earliest pending item is
// due, and the facts of its lead that place its items. Kept with the pending items, so the agenda
// scans one flat array instead of visiting every enrollment, lead and activity (at 100,000 leads
// those visits were one cache miss each).
struct DueSummary {
    static constexpr Instant kNever{std::numeric_limits<std::int64_t>::max()};
    // Never, unless the enrollment is active with something pending and its lead is not archived.
    Instant earliest{kNever};
    Instant leadCreatedAt;
    LeadId leadId;
    PlanId planId;
    Temperature temperature = Temperature::Warm;
    bool uncontactedNew = false; // stage `new` and never touched (speed to lead)
    friend bool operator==(const DueSummary&, const DueSummary&) = default;
};

// All records as plain vectors (each sorted by id), for serialisation.
struct WorkspaceData {
    Settings settings;
    std::vector<Lead> leads;
    std::vector<Plan> plans;
    std::vector<MessageTemplate> templates;
    std::vector<Enrollment> enrollments;
    std::vector<Touch> touches;
    IdCounters nextIds; // raised to max id + 1 by fromData when lower
    friend bool operator==(const WorkspaceData&, const WorkspaceData&) = default;
};

// The records of a store being opened, by id: slot i holds the record whose id is i, or nothing
// (store::RecordSet gathers chunks and journal entries into them). Workspace::fromSlots takes
// the slots over instead of copying a million touches out of them and into its own.
struct WorkspaceSlots {
    Settings settings;
    IdCounters nextIds; // raised to max id + 1 by fromSlots when lower
    std::vector<std::optional<Lead>> leads;
    std::vector<std::optional<Plan>> plans;
    std::vector<std::optional<MessageTemplate>> templates;
    std::vector<std::optional<Enrollment>> enrollments;
    std::vector<std::optional<Touch>> touches;
};

// Ids of the records created, edited or deleted since the last Workspace::takeChangedRecords()
// (each list sorted, no duplicates), so the storage journal writes only what changed.
struct ChangedRecords {
    std::vector<std::uint32_t> leads, plans, templates, enrollments, touches;
    bool settings = false, nextIds = false;
    bool empty() const {
        return leads.empty() && plans.empty() && templates.empty() && enrollments.empty() && touches.empty() &&
               !settings && !nextIds;
    }
};

class Workspace {
  public:
    Workspace(); // empty, zone UTC, no plans
    // The default plans of docs/default-plans.md, wired into the settings, in the given zone.
    static Workspace withDefaultPlans(std::string_view timeZoneName = "UTC");
    // Checks ids and references (duplicate ids, a touch for a missing lead, an unknown zone ...)
    // and rebuilds the derived state. The error names the record, e.g. "touches[12].leadId".
    static Result<Workspace> fromData(WorkspaceData data);
    // The same checks on records by id; the error's index counts the records present before it
    // ("touches[12]" is the 13th touch). Takes the slots over on success; leaves them as they
    // were on error, so the caller can drop the record named and try again.
    static Result<Workspace> fromSlots(WorkspaceSlots& slots);
    WorkspaceData toData() const;

    Result<Applied> apply(const Command& command);
    bool canUndo() const { return undoneCount_ < history_.size(); }
    bool canRedo() const { return undoneCount_ > 0; }
    // Name of the command undo() / redo() would revert / re-apply ("" when none).
    std::string_view undoName() const;
    std::string_view redoName() const;
    Status undo();
    Status redo();
    // What apply/undo/redo changed since the last call (fromData starts with nothing changed).
    // May list a record whose value ended up unchanged (a rolled-back command); never misses one.
    ChangedRecords takeChangedRecords();

    const Settings& settings() const { return settings_; }
    const TimeZone& timeZone() const { return zone_; }
    ScheduleContext scheduleContext() const { return {zone_, settings_}; }
    const IdCounters& nextIds() const { return nextIds_; }

    const Lead* lead(LeadId id) const { return find(leads_, id.value); }
    const Plan* plan(PlanId id) const { return find(plans_, id.value); }
    const MessageTemplate* messageTemplate(TemplateId id) const { return find(templates_, id.value); }
    const Enrollment* enrollment(EnrollmentId id) const { return find(enrollments_, id.value); }
    const Touch* touch(TouchId id) const { return find(touches_, id.value); }

    // Every slot by id (index 0 and deleted records are empty). Fast loops for agenda, health, export.
    const std::vector<std::optional<Lead>>& leadSlots() const { return leads_; }
    const std::vector<std::optional<Plan>>& planSlots() const { return plans_; }
    const std::vector<std::optional<MessageTemplate>>& templateSlots() const { return templates_; }
    const std::vector<std::optional<Enrollment>>& enrollmentSlots() const { return enrollments_; }
    const std::vector<std::optional<Touch>>& touchSlots() const { return touches_; }
    std::size_t leadCount() const { return leadCount_; }

    // Derived state (empty for unknown ids).
    const LeadActivity& activity(LeadId id) const;
    std::span<const DueItem> pendingItems(EnrollmentId id) const;
    const std::vector<DueSummary>& dueSummaries() const { return dueSummaries_; } // by enrollment id
    // By lead id: a stamp that changes whenever the lead, its touches, its enrollments or their
    // pending items may have changed. Stamps are unique across every workspace of the process, so
    // an equal stamp means the same state: views cache what they show per lead and, after a
    // change, redo only the leads whose stamp moved (0: no lead ever had this id).
    const std::vector<std::uint64_t>& leadStamps() const { return leadStamps_; }
    // Earliest pending due time of the enrollment, or nullopt when nothing is pending.
    std::optional<Instant> nextDue(EnrollmentId id) const;
    // The plan with this exact name (default plans are looked up this way in tests and tools).
    const Plan* planNamed(std::string_view name) const;

    // The invariant "no active lead is ever left without a next step": active leads (not
    // archived) with no active enrollment that has a pending item and no paused enrollment.
    // Must always be empty; the property test checks it after every command.
    std::vector<LeadId> leadsWithoutNextStep() const;
    // Paused enrollments whose pause ends at or before `now` (resume each at its resumeAt), and
    // the earliest end still to come, so the caller knows when to look again.
    struct EndedPauses {
        std::vector<EnrollmentId> due;
        std::optional<Instant> next;
    };
    EndedPauses pausesEndedBy(Instant now) const;
    bool hasNextStep(LeadId id) const;

  private:
    friend struct CommandExecution; // commands.cpp: validation and the rules of each command

    template <typename T> static const T* find(const std::vector<std::optional<T>>& slots, std::uint32_t id) {
        return id < slots.size() && slots[id] ? &*slots[id] : nullptr;
    }

    template <typename T> struct SlotChange {
        std::uint32_t id = 0;
        std::optional<T> before, after;
    };
    struct Change {
        std::string name;
        std::vector<SlotChange<Lead>> leads;
        std::vector<SlotChange<Plan>> plans;
        std::vector<SlotChange<MessageTemplate>> templates;
        std::vector<SlotChange<Enrollment>> enrollments;
        std::vector<SlotChange<Touch>> touches;
        std::optional<Settings> settingsBefore, settingsAfter;
        IdCounters idsBefore, idsAfter;
    };

    // Mutation primitives: record the slot's first "before" in the open change, store, and
    // keep the indexes (lead -> touches, lead -> enrollments) and dirty marks current.
    void putLead(std::uint32_t id, std::optional<Lead> value);
    void putPlan(std::uint32_t id, std::optional<Plan> value);
    void putTemplate(std::uint32_t id, std::optional<MessageTemplate> value);
    void putEnrollment(std::uint32_t id, std::optional<Enrollment> value);
    void putTouch(std::uint32_t id, std::optional<Touch> value);
    void putSettings(Settings value);
    void markDirty(std::uint32_t leadId);
    // The order of a lead's timeline (LeadActivity::touches): by time, then by id.
    bool touchedEarlier(TouchId a, TouchId b) const;

    void beginChange(std::string_view name);
    void commitChange();   // fills "after" values, recomputes derived state, pushes undo step
    void rollbackChange(); // restores "before" values (a command failed half-way)
    void restore(const Change& change, bool forward);
    // What refreshLead reads of a touch. Refreshing every lead gathers them by touch id first:
    // a timeline's ids are scattered over the touch slots, and reading the touches themselves
    // was a cache miss per touch (60% of refreshing every lead, natively).
    struct TouchFacts {
        Instant at;
        Channel channel = Channel::Call;
        Outcome outcome = Outcome::NoAnswer;
    };
    static TouchFacts factsOf(const Touch& touch) { return {touch.at, touch.channel, touch.outcome}; }
    // Recomputes activity and pending items of dirty leads. `factsById`: every touch's facts by
    // id, when the caller has them already (a load); otherwise refreshing every lead gathers them.
    void refreshDerived(std::span<const TouchFacts> factsById = {});
    void refreshLead(std::uint32_t leadId, std::span<const TouchFacts> factsById = {});
    // fromData/fromSlots, once the records are in; `outOfOrder` (by lead id) marks the timelines
    // that need sorting, or is null for "check each"; `factsById` as for refreshDerived.
    void finishLoading(IdCounters next, const std::vector<bool>* outOfOrder,
                       std::span<const TouchFacts> factsById = {});

    Settings settings_;
    TimeZone zone_ = TimeZone::utc();
    IdCounters nextIds_;
    std::vector<std::optional<Lead>> leads_{1};
    std::vector<std::optional<Plan>> plans_{1};
    std::vector<std::optional<MessageTemplate>> templates_{1};
    std::vector<std::optional<Enrollment>> enrollments_{1};
    std::vector<std::optional<Touch>> touches_{1};
    std::size_t leadCount_ = 0;

    std::vector<LeadActivity> activity_{1};        // by lead id
    // Every enrollment's pending items in one array, a block per enrollment, so the agenda reads
    // them in order instead of visiting a heap block per enrollment. A block that grows moves to
    // the end; the array is compacted once more than half of it is unused.
    struct PendingBlock {
        std::uint32_t offset = 0, count = 0;
    };
    void setPending(std::uint32_t enrollmentId, std::span<const DueItem> items);
    void compactPending();
    std::vector<DueItem> pendingStore_;
    std::vector<PendingBlock> pendingBlocks_{1}; // by enrollment id
    std::size_t pendingUnused_ = 0;              // items in pendingStore_ outside every block
    std::vector<DueSummary> dueSummaries_{1};    // by enrollment id
    std::vector<std::uint64_t> leadStamps_{1};   // by lead id
    std::vector<std::uint32_t> dirtyLeads_;
    std::vector<bool> dirtyMark_{false};
    bool allDirty_ = false;

    ChangedRecords changed_;  // filled by the put* primitives, emptied by takeChangedRecords
    IdCounters idsReported_;  // nextIds_ as of the last takeChangedRecords

    std::optional<Change> open_;
    std::unordered_map<std::uint32_t, std::size_t> recorded_[5]; // slot id -> index in open_ lists
    std::deque<Change> history_;
    std::size_t undoneCount_ = 0; // how many of the newest history entries are undone
};

constexpr std::size_t kUndoHistoryLimit = 200;

} // namespace cadence
