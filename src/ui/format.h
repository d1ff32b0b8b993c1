// Words, icons and colours for the domain's vocabularies, and short human dates and durations,
// shared by every view so a channel or a stage looks the same everywhere.
//
//   ImGui::TextUnformatted(channelIcon(Channel::Call));
//   std::string due = formatClock(ws.timeZone(), item.due);          // "14:05"
//   std::string age = formatDuration(item.leadAgeSeconds);           // "4 min"
#pragma once

#include "core/enums.h"
#include "core/time.h"

#include <imgui.h>

#include <string>

namespace cadence::ui {

const char* channelIcon(Channel channel);
const char* channelLabel(Channel channel); // "Call", "Text", "Video text", ...
const char* outcomeLabel(Outcome outcome); // "Reached", "Left voicemail", ...
const char* outcomeIcon(Outcome outcome);
const char* stageLabel(Stage stage); // "New", "Under contract", ...
const char* temperatureLabel(Temperature temperature);
const char* temperatureIcon(Temperature temperature);
ImU32 temperatureColour(Temperature temperature);

// "just now", "4 min", "2 h 5 min", "3 days", "5 weeks" (seconds >= 0).
std::string formatDuration(std::int64_t seconds);
// "14:05" in the zone.
std::string formatClock(const TimeZone& zone, Instant at);
// "Tue 24 Nov" (the year only when it is not `now`'s).
std::string formatDate(const TimeZone& zone, Instant at, Instant now);
// "today 14:05", "tomorrow 09:00", "yesterday 18:00", else "Tue 24 Nov 14:05".
std::string formatWhen(const TimeZone& zone, Instant at, Instant now);
// "2026-11-24"
std::string formatIsoDay(CivilDate date);
const char* monthName(int month);     // "Jan"
const char* weekdayName(Weekday day); // "Mon"

} // namespace cadence::ui
