// A centred "nothing here yet" panel: a large icon, a title and one or two sentences saying what
// will appear and how to get there. Every view shows one when it has nothing to list.
#pragma once

namespace cadence::ui {

struct Fonts;

struct EmptyState {
    const char* icon;
    const char* title;
    const char* message;
};

void drawEmptyState(const Fonts& fonts, const EmptyState& state);

} // namespace cadence::ui
