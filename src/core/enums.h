// The small vocabularies of the domain: channels, touch outcomes, lead stages and temperatures.
// Every enum has a stable lowercase string name (snake_case) for backups, journals, the CLI and
// CSV: `toString(x)` and `xFromString(text)`, which returns nullopt for an unknown name.
//
//   Channel c = channelFromString("video_text").value_or(Channel::Call);
//   std::string_view name = toString(Outcome::LeftVoicemail);   // "left_voicemail"
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cadence {

// How a touch reaches the lead. `Preferred` only appears in plan steps and rules: it resolves
// to the lead's preferred channel (a call when the lead has none).
enum class Channel { Call, Text, Email, VideoText, Mail, HandwrittenNote, Event, InPerson, Task, Preferred };
constexpr std::size_t kChannelCount = 10;

enum class Outcome { Reached, Replied, LeftVoicemail, NoAnswer, WrongNumber, Bounced, Sent };
constexpr std::size_t kOutcomeCount = 7;

// `Archived` is the only stage that takes a lead out of follow-up (see docs/engine.md): lost
// leads and closed clients keep being nurtured, because the brief says never throw a lead away.
enum class Stage { New, Contacted, Engaged, Nurture, UnderContract, Closed, Lost, Archived };
constexpr std::size_t kStageCount = 8;

enum class Temperature { Hot, Warm, Cold };
constexpr std::size_t kTemperatureCount = 3;

std::string_view toString(Channel channel);
std::string_view toString(Outcome outcome);
std::string_view toString(Stage stage);
std::string_view toString(Temperature temperature);

std::optional<Channel> channelFromString(std::string_view name);
std::optional<Outcome> outcomeFromString(std::string_view name);
std::optional<Stage> stageFromString(std::string_view name);
std::optional<Temperature> temperatureFromString(std::string_view name);

// A two-way conversation happened (the lead picked up or wrote back).
constexpr bool isContact(Outcome outcome) {
    return outcome == Outcome::Reached || outcome == Outcome::Replied;
}
// The contact detail used is unusable: flag it on the lead.
constexpr bool flagsContactDetail(Outcome outcome) {
    return outcome == Outcome::WrongNumber || outcome == Outcome::Bounced;
}
// Calls, texts and video texts ring the lead's phone: quiet hours apply to them.
constexpr bool ringsPhone(Channel channel) {
    return channel == Channel::Call || channel == Channel::Text || channel == Channel::VideoText;
}
// Channels whose contact detail is a phone number (otherwise an email for Channel::Email).
constexpr bool usesPhone(Channel channel) {
    return ringsPhone(channel);
}

} // namespace cadence
