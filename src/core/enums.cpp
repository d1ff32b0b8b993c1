// String names of the domain enums; see enums.h. The tables are the single source of the names.
#include "core/enums.h"

namespace cadence {
namespace {

constexpr std::array<std::string_view, kChannelCount> kChannelNames = {
    "call",  "text",      "email", "video_text", "mail", "handwritten_note",
    "event", "in_person", "task",  "preferred"};
constexpr std::array<std::string_view, kOutcomeCount> kOutcomeNames = {
    "reached", "replied", "left_voicemail", "no_answer", "wrong_number", "bounced", "sent"};
constexpr std::array<std::string_view, kStageCount> kStageNames = {
    "new", "contacted", "engaged", "nurture", "under_contract", "closed", "lost", "archived"};
constexpr std::array<std::string_view, kTemperatureCount> kTemperatureNames = {"hot", "warm", "cold"};

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

std::string_view toString(Channel channel) {
    return kChannelNames[static_cast<std::size_t>(channel)];
}
std::string_view toString(Outcome outcome) {
    return kOutcomeNames[static_cast<std::size_t>(outcome)];
}
std::string_view toString(Stage stage) {
    return kStageNames[static_cast<std::size_t>(stage)];
}
std::string_view toString(Temperature temperature) {
    return kTemperatureNames[static_cast<std::size_t>(temperature)];
}

std::optional<Channel> channelFromString(std::string_view name) {
    return lookup<Channel>(kChannelNames, name);
}
std::optional<Outcome> outcomeFromString(std::string_view name) {
    return lookup<Outcome>(kOutcomeNames, name);
}
std::optional<Stage> stageFromString(std::string_view name) {
    return lookup<Stage>(kStageNames, name);
}
std::optional<Temperature> temperatureFromString(std::string_view name) {
    return lookup<Temperature>(kTemperatureNames, name);
}

} // namespace cadence
