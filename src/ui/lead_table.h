// The model behind the Leads table: which leads pass the search and filters, in which order.
// No ImGui here. Everything is cached in three layers so the table stays smooth at 100,000
// leads: per-lead search text and sort keys (rebuilt when the data changes), the sorted order
// (rebuilt when the data or the sort changes) and the filtered rows (rebuilt when the data, the
// sort or the filter changes; a search that only grows filters the previous rows).
//
// After a change, only the leads whose Workspace::leadStamps() moved are redone (a few per
// command), unless many moved (an import, a restore, a settings change): then all are.
//
//   const auto& rows = table.rows(ws, editor.revision(), filter, sort, now);
#pragma once

#include "core/workspace.h"
#include "ui/lead_filter.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::ui {

enum class LeadColumn { Name, Contact, Stage, Temperature, Plan, LastTouch, NextDue, Created };

struct LeadSort {
    LeadColumn column = LeadColumn::Created;
    bool ascending = false;
    friend bool operator==(const LeadSort&, const LeadSort&) = default;
};

class LeadTable {
  public:
    const std::vector<std::uint32_t>& rows(const Workspace& ws, std::uint64_t revision,
                                           const LeadFilter& filter, const LeadSort& sort, Instant now);
    // Every tag in use, sorted (for the tag filter), as of the last rows() call.
    const std::vector<std::string>& tags() const { return tags_; }
    // Per-lead facts cached for display (valid for ids returned by rows()).
    std::optional<Instant> lastTouch(std::uint32_t id) const;
    std::optional<Instant> nextDue(std::uint32_t id) const;
    PlanId plan(std::uint32_t id) const;
    // How long the last recomputation of the rows took, for the benchmark (milliseconds).
    double lastFilterMilliseconds() const { return lastFilterMs_; }
    // Whether the last data change redid only the changed leads (for the tests).
    bool lastChangeWasPartial() const { return lastChangeWasPartial_; }

    // Which byte pairs occur in a text, hashed to 256 bits: a word whose pairs are not all in an
    // entry's set cannot be in its haystack, so most entries are rejected without a scan.
    using BytePairs = std::array<std::uint64_t, 4>;
    struct SearchWord {
        std::string text; // folded
        BytePairs pairs{};
    };

  private:
    struct Entry {
        std::uint32_t id = 0;
        std::uint32_t hayBegin = 0, hayEnd = 0; // lower-cased name, phones, digits, emails, tags,
                                                // source: a slice of haystacks_
        std::string nameKey;
        std::uint64_t namePrefix = 0; // nameKey's first 8 bytes, big-endian: most comparisons end here
        std::int64_t lastTouch = INT64_MIN; // none
        std::int64_t nextDue = INT64_MAX;   // none
        std::int64_t created = 0;
        PlanId plan;
        Stage stage = Stage::New;
        Temperature temperature = Temperature::Warm;
        int touchCount = 0;
        std::vector<std::string> tags;
        bool removed = false; // the lead was deleted after the last full rebuild
    };
    // The entry of one lead; its search text goes at the end of haystacks_ and its tags are
    // counted in tagUses_ (countTags(entry, -1) before the entry is replaced or removed).
    Entry makeEntry(const Workspace& ws, const Lead& lead, BytePairs& pairs);
    void rebuildEntries(const Workspace& ws);
    // Redoes the entries of the leads whose stamp moved and says how many; nullopt when
    // rebuilding them all is better.
    std::optional<std::size_t> updateEntries(const Workspace& ws);
    void countTags(const Entry& entry, int change);
    void rebuildOrder(const LeadSort& sort);
    bool passes(std::size_t index, const LeadFilter& filter, const std::vector<SearchWord>& words,
                Instant now) const;

    std::string_view haystack(const Entry& entry) const {
        return std::string_view(haystacks_).substr(entry.hayBegin, entry.hayEnd - entry.hayBegin);
    }

    std::vector<Entry> entries_;
    std::string haystacks_;     // every entry's search text, back to back (one scan, no pointer chasing)
    std::vector<BytePairs> pairs_; // by entry index: the byte pairs of its haystack (apart, so that
                                   // sorting, which reads the entries, moves less memory)
    std::vector<char> matched_; // by entry index: passed the last filter (ids filters leave it stale)
    std::string foldedTag_;
    bool anyStage_ = false, anyTemperature_ = false; // whether the filter names any (set in rows())
    std::vector<std::uint32_t> slotOf_; // lead id -> index in entries_ + 1 (0: none)
    std::vector<std::uint32_t> order_;  // indexes into entries_, sorted
    // The lead ids of order_: collecting the rows in that order never reads the entries (in name
    // order their indexes are scattered, and each read was a cache miss).
    std::vector<std::uint32_t> orderIds_;
    std::vector<std::uint32_t> rows_;   // lead ids
    std::vector<std::string> tags_;
    std::map<std::string, int> tagUses_;   // tag -> entries that have it
    std::vector<std::uint64_t> stamps_;    // Workspace::leadStamps() as of the entries
    std::size_t staleHaystackBytes_ = 0;   // in haystacks_, left by entries since redone
    std::size_t removedEntries_ = 0;
    bool lastChangeWasPartial_ = false;
    std::uint64_t revision_ = 0;
    bool built_ = false, ordered_ = false, filtered_ = false;
    LeadSort sort_;
    LeadFilter filter_;
    std::int64_t filterDay_ = 0;
    double lastFilterMs_ = 0;
};

// Lower-cases ASCII letters and the Latin-1/Greek/Cyrillic capitals that are one UTF-8 step
// away, so "zoë" finds "Zoë" and "ΕΛΈΝΗ" finds "Ελένη" well enough for search-as-you-type.
std::string searchFold(std::string_view text);

} // namespace cadence::ui
