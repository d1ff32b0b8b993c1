// Small building blocks shared by the views: accent buttons, chips, section headers, segmented
// choices and cards (a rounded panel drawn behind a group of widgets of any height).
//
//   if (primaryButton(ICON_CALL "  Call")) ...
//   chip("Hot", palette::dangerSoft, palette::hot);
//   Card card = beginCard();  ... widgets ...  ImRect r = endCard(card, selected);
#pragma once

#include "ui/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

namespace cadence::ui {

// A filled accent button (the one main action of a place).
bool primaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));
// A button without a frame until hovered (secondary actions on a card).
bool quietButton(const char* label, const ImVec2& size = ImVec2(0, 0));
// A small rounded label, drawn inline as one item.
void chip(const char* text, ImU32 background, ImU32 foreground);
// A problem in plain words: wrapped, in the danger colour, after a warning sign.
void problemText(const std::string& text);
// Muted text (captions, hints).
void mutedText(const char* text);
void mutedTextWrapped(const char* text);
// "OVERDUE  3" style section title with a count bubble.
void sectionHeader(const char* title, int count, ImU32 colour);
// One choice among `count` labels shown side by side; true when it changed.
bool segmented(const char* id, const char* const* labels, int count, int* value, float itemWidth = 0.0f);
// A combo (ImGui::BeginCombo) that the widget locator finds by its label: ImGui 1.86 does not
// report a combo's label to the test-engine hooks.
bool beginLabelledCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);
// ImGui::TableHeadersRow, with each header known to the widget locator by its column name
// (ImGui's TableHeader reports no label), so tests and benchmarks can click "Name" to sort.
void labelledTableHeadersRow();
// A title line in the heading font.
void heading(const Fonts& fonts, const char* text);

struct Card {
    ImVec2 start;
    float padding = 14.0f;
};
Card beginCard(float padding = 14.0f);
// Ends the card and draws its panel; returns the panel's rectangle (screen coordinates).
ImRect endCard(const Card& card, bool selected, ImU32 stripe = 0);
// An invisible button over a card (it has a label, so browser tests can find the card).
bool cardButton(const char* label, const ImVec2& size);
// True when the rectangle was clicked on empty space (not on one of its widgets).
bool backgroundClicked(const ImRect& rect);

} // namespace cadence::ui
