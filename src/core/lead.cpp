// Small helpers over Lead; see lead.h.
#include "core/lead.h"

namespace cadence {

std::string firstName(const Lead& lead) {
    const std::string& name = lead.name;
    std::size_t begin = name.find_first_not_of(" \t");
    if (begin == std::string::npos) return {};
    std::size_t end = name.find_first_of(" \t", begin);
    return name.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

const KeyDate* findKeyDate(const Lead& lead, std::string_view name) {
    for (const KeyDate& date : lead.keyDates)
        if (date.name == name) return &date;
    return nullptr;
}

CivilDate occurrenceInYear(const KeyDate& date, int year) {
    int day = date.day;
    int last = daysInMonth(year, date.month);
    if (day > last) day = last; // Feb 29 in a common year
    return CivilDate{year, date.month, day};
}

Channel resolveChannel(Channel channel, const Lead& lead) {
    if (channel != Channel::Preferred) return channel;
    if (lead.preferredChannel && *lead.preferredChannel != Channel::Preferred) return *lead.preferredChannel;
    return Channel::Call;
}

} // namespace cadence
