// Today: one prioritised list of who to contact now (buildAgenda): new leads waiting for a first
// touch with their age ticking by the minute, then overdue, due now and later today. The
// selected card shows the message ready, the one action that does the touch (dialer, messages,
// mail, or copy), the outcomes to log in one tap, snooze, skip and open the lead.
//
// Keyboard: J/K or arrows move, Enter acts, 1..n log an outcome, S snoozes, O opens the lead.
#pragma once

#include "core/agenda.h"
#include "ui/view_context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cadence::ui {

class TodayView {
  public:
    void draw(const ViewContext& context);
    // The agenda as the view shows it (for the automation API).
    const Agenda& agenda() const { return agenda_; }
    // Rebuilds the agenda when the data changed or time moved on; cheap when nothing did.
    void refresh(const ViewContext& context);
    // Selects the lead's first item at the next draw (a lead just added lands under the cursor).
    void focusLead(LeadId lead);
    // The lead of the selected card, if any.
    std::optional<LeadId> selectedLead() const {
        const int index = selectedIndex();
        if (index < 0) return std::nullopt;
        return agenda_.items[static_cast<std::size_t>(index)].leadId;
    }

  private:
    struct ItemKey {
        EnrollmentId enrollment;
        PlanItemRef item;
        friend bool operator==(const ItemKey&, const ItemKey&) = default;
    };
    static ItemKey keyOf(const AgendaItem& item) { return {item.enrollmentId, item.item}; }
    static std::uint64_t packedKey(const AgendaItem& item) {
        return std::uint64_t{item.enrollmentId.value} << 32 | static_cast<std::uint32_t>(item.item.index) << 1 |
               (item.item.isRule ? 1u : 0u);
    }

    void handleKeyboard(const ViewContext& context);
    void drawHeader(const ViewContext& context);
    void drawList(const ViewContext& context);
    void drawCard(const ViewContext& context, int index, bool selected);
    void keepCardHeights();
    void drawActions(const ViewContext& context, const AgendaItem& item);
    void drawSnoozePopup(const ViewContext& context, const AgendaItem& item);
    void act(const ViewContext& context, const AgendaItem& item);
    void logOutcome(const ViewContext& context, const AgendaItem& item, Outcome outcome);
    void snooze(const ViewContext& context, const AgendaItem& item, Instant until, const std::string& when);
    void skip(const ViewContext& context, const AgendaItem& item);
    int selectedIndex() const;
    void select(int index);

    Agenda agenda_;
    std::uint64_t agendaRevision_ = 0;
    bool built_ = false;
    std::optional<ItemKey> selected_;
    std::optional<ItemKey> acted_;        // the action ran: outcomes are what comes next
    std::optional<Channel> actedChannel_; // the channel actually used (a fallback), if not the item's
    Channel channelUsed(const AgendaItem& item) const {
        return acted_ && *acted_ == keyOf(item) && actedChannel_ ? *actedChannel_ : item.channel;
    }
    bool scrollToSelected_ = false;
    bool openSnooze_ = false;
    int pickDays_ = 1; // snooze "pick": days from today
    int pickHour_ = 9; // at this local time
    int pickMinute_ = 0;
    std::optional<LeadId> pendingFocus_;
    // Only the cards on screen are drawn (at 100,000 leads the agenda holds tens of thousands):
    // the others take the height they had when last drawn, or a typical card's.
    std::vector<float> cardHeights_;                       // per agenda item; 0: never drawn
    std::unordered_map<std::uint64_t, float> drawnHeights_; // by packedKey, across rebuilds
    float typicalCardHeight_ = 110.0f;
};

} // namespace cadence::ui
