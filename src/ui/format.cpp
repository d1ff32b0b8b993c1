// See format.h.
#include "ui/format.h"

#include "icons.h"
#include "ui/theme.h"

#include <cstdio>

namespace cadence::ui {

const char* channelIcon(Channel channel) {
    switch (channel) {
    case Channel::Call:
        return ICON_CALL;
    case Channel::Text:
        return ICON_TEXT;
    case Channel::Email:
        return ICON_EMAIL;
    case Channel::VideoText:
        return ICON_VIDEO;
    case Channel::Mail:
        return ICON_MAIL;
    case Channel::HandwrittenNote:
        return ICON_NOTE;
    case Channel::Event:
        return ICON_EVENT;
    case Channel::InPerson:
        return ICON_IN_PERSON;
    case Channel::Task:
        return ICON_TASK;
    case Channel::Preferred:
        return ICON_USER;
    }
    return ICON_CALL;
}

const char* channelLabel(Channel channel) {
    switch (channel) {
    case Channel::Call:
        return "Call";
    case Channel::Text:
        return "Text";
    case Channel::Email:
        return "Email";
    case Channel::VideoText:
        return "Video text";
    case Channel::Mail:
        return "Mail";
    case Channel::HandwrittenNote:
        return "Handwritten note";
    case Channel::Event:
        return "Event";
    case Channel::InPerson:
        return "In person";
    case Channel::Task:
        return "Task";
    case Channel::Preferred:
        return "Preferred channel";
    }
    return "";
}

const char* outcomeLabel(Outcome outcome) {
    switch (outcome) {
    case Outcome::Reached:
        return "Reached";
    case Outcome::Replied:
        return "Replied";
    case Outcome::LeftVoicemail:
        return "Left voicemail";
    case Outcome::NoAnswer:
        return "No answer";
    case Outcome::WrongNumber:
        return "Wrong number";
    case Outcome::Bounced:
        return "Bounced";
    case Outcome::Sent:
        return "Sent";
    }
    return "";
}

const char* outcomeIcon(Outcome outcome) {
    switch (outcome) {
    case Outcome::Reached:
        return ICON_CHECK;
    case Outcome::Replied:
        return ICON_REPLY;
    case Outcome::LeftVoicemail:
        return ICON_VOICEMAIL;
    case Outcome::NoAnswer:
        return ICON_HOURGLASS;
    case Outcome::WrongNumber:
        return ICON_BAN;
    case Outcome::Bounced:
        return ICON_BAN;
    case Outcome::Sent:
        return ICON_PAPER_PLANE;
    }
    return ICON_CHECK;
}

const char* stageLabel(Stage stage) {
    switch (stage) {
    case Stage::New:
        return "New";
    case Stage::Contacted:
        return "Contacted";
    case Stage::Engaged:
        return "Engaged";
    case Stage::Nurture:
        return "Nurture";
    case Stage::UnderContract:
        return "Under contract";
    case Stage::Closed:
        return "Closed";
    case Stage::Lost:
        return "Lost";
    case Stage::Archived:
        return "Archived";
    }
    return "";
}

const char* temperatureLabel(Temperature temperature) {
    switch (temperature) {
    case Temperature::Hot:
        return "Hot";
    case Temperature::Warm:
        return "Warm";
    case Temperature::Cold:
        return "Cold";
    }
    return "";
}

const char* temperatureIcon(Temperature temperature) {
    switch (temperature) {
    case Temperature::Hot:
        return ICON_HOT;
    case Temperature::Warm:
        return ICON_WARM;
    case Temperature::Cold:
        return ICON_COLD;
    }
    return ICON_WARM;
}

ImU32 temperatureColour(Temperature temperature) {
    switch (temperature) {
    case Temperature::Hot:
        return palette::hot;
    case Temperature::Warm:
        return palette::warm;
    case Temperature::Cold:
        return palette::cold;
    }
    return palette::textMuted;
}

std::string formatDuration(std::int64_t seconds) {
    if (seconds < 60) return "just now";
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60) return std::to_string(minutes) + " min";
    const std::int64_t hours = minutes / 60;
    if (hours < 24) {
        const std::int64_t rest = minutes % 60;
        return std::to_string(hours) + " h" + (rest ? " " + std::to_string(rest) + " min" : "");
    }
    const std::int64_t days = hours / 24;
    if (days < 14) return std::to_string(days) + (days == 1 ? " day" : " days");
    return std::to_string(days / 7) + " weeks";
}

std::string formatClock(const TimeZone& zone, Instant at) {
    const TimeOfDay time = zone.toLocal(at).time;
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", time.hour, time.minute);
    return text;
}

const char* monthName(int month) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

const char* weekdayName(Weekday day) {
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    return kDays[static_cast<int>(day)];
}

std::string formatDate(const TimeZone& zone, Instant at, Instant now) {
    const CivilDate date = zone.localDate(at);
    std::string text = std::string(weekdayName(weekdayOf(date))) + " " + std::to_string(date.day) + " " +
                       monthName(date.month);
    if (date.year != zone.localDate(now).year) text += " " + std::to_string(date.year);
    return text;
}

std::string formatWhen(const TimeZone& zone, Instant at, Instant now) {
    const std::int64_t days = daysFromCivil(zone.localDate(at)) - daysFromCivil(zone.localDate(now));
    const std::string clock = formatClock(zone, at);
    if (days == 0) return "today " + clock;
    if (days == 1) return "tomorrow " + clock;
    if (days == -1) return "yesterday " + clock;
    return formatDate(zone, at, now) + " " + clock;
}

std::string formatIsoDay(CivilDate date) {
    return formatIsoDate(date);
}

} // namespace cadence::ui
