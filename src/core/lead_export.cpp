// CSV and iCalendar writers: see lead_export.h.
#include "core/lead_export.h"

#include "core/csv_reader.h"

#include <cstdio>

namespace cadence {

std::vector<LeadId> allLeadIds(const Workspace& workspace) {
    std::vector<LeadId> ids;
    ids.reserve(workspace.leadCount());
    for (const auto& slot : workspace.leadSlots())
        if (slot) ids.push_back(slot->id);
    return ids;
}

namespace {

std::string birthdayText(const Lead& lead) {
    const KeyDate* date = findKeyDate(lead, kBirthday);
    if (!date) return "";
    char text[16];
    if (date->year) std::snprintf(text, sizeof text, "%04d-%02d-%02d", *date->year, date->month, date->day);
    else std::snprintf(text, sizeof text, "--%02d-%02d", date->month, date->day);
    return text;
}

template <typename List, typename Get> std::string joined(const List& list, Get get) {
    std::string out;
    for (const auto& item : list) {
        if (!out.empty()) out += "; ";
        out += get(item);
    }
    return out;
}

} // namespace

std::string leadsToCsv(const Workspace& workspace, std::span<const LeadId> leads) {
    std::string out = "\xEF\xBB\xBFName,Phone,Email,Tags,Source,Birthday,Notes,Address,Stage,Temperature,Created\r\n";
    out.reserve(out.size() + leads.size() * 160);
    for (LeadId id : leads) {
        const Lead* lead = workspace.lead(id);
        if (!lead) continue;
        const std::string cells[] = {
            lead->name,
            joined(lead->phones, [](const PhoneNumber& p) { return p.number; }),
            joined(lead->emails, [](const EmailAddress& e) { return e.address; }),
            joined(lead->tags, [](const std::string& t) { return t; }),
            lead->source,
            birthdayText(*lead),
            lead->notes,
            lead->address,
            std::string(toString(lead->stage)),
            std::string(toString(lead->temperature)),
            formatIsoInstant(lead->createdAt)};
        for (std::size_t i = 0; i < std::size(cells); ++i) {
            if (i) out += ',';
            appendCsvField(out, cells[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string escapeIcsText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string foldIcsLine(std::string_view line) {
    std::string out;
    std::size_t width = 0; // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1; // the UTF-8 sequence starting here stays on one line
        while (i + length < line.size() && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) ++length;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, length));
        width += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

namespace {

std::string icsUtc(Instant at) {
    std::string iso = formatIsoInstant(at); // 2026-11-24T09:30:00Z
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':') out += c;
    return out;
}

std::string icsDate(CivilDate date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02d%02d", date.year, date.month, date.day);
    return text;
}

// A key date's name as a UID part: letters, digits and '-' only.
std::string uidPart(std::string_view name) {
    std::string out;
    for (unsigned char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
        else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "-%02X", c);
            out += hex;
        }
    }
    return out;
}

std::string_view channelVerb(Channel channel) {
    switch (channel) {
    case Channel::Call: return "Call";
    case Channel::Text: return "Text";
    case Channel::Email: return "Email";
    case Channel::VideoText: return "Video text";
    case Channel::Mail: return "Mail";
    case Channel::HandwrittenNote: return "Handwritten note to";
    case Channel::Event: return "Event with";
    case Channel::InPerson: return "Meet";
    case Channel::Task: return "Task for";
    case Channel::Preferred: return "Contact";
    }
    return "Contact";
}

} // namespace

std::string calendarOf(const Workspace& workspace, Instant now, int days) {
    std::string out;
    auto line = [&](std::string_view text) { out += foldIcsLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Cadence//Follow-ups//EN");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:Cadence follow-ups");
    const std::string stamp = "DTSTAMP:" + icsUtc(now);
    const Instant horizon = now + std::int64_t(days) * kSecondsPerDay;
    for (const auto& slot : workspace.enrollmentSlots()) {
        if (!slot || !slot->isLive()) continue;
        const Lead* lead = workspace.lead(slot->leadId);
        const Plan* plan = workspace.plan(slot->planId);
        if (!lead || !plan) continue;
        for (const DueItem& due : workspace.pendingItems(slot->id)) {
            if (due.due >= horizon) continue;
            std::string summary = std::string(channelVerb(due.channel)) + " " + lead->name;
            if (due.touchCount) summary += " (touch " + std::to_string(due.touchNumber) + " of " + std::to_string(due.touchCount) + ")";
            std::string description = "Plan: " + plan->name;
            for (const PhoneNumber& phone : lead->phones) description += "\nPhone: " + phone.number;
            for (const EmailAddress& email : lead->emails) description += "\nEmail: " + email.address;
            line("BEGIN:VEVENT");
            line(std::string("UID:") + (due.item.isRule ? "rule-" : "step-") + std::to_string(slot->id.value) + "-" +
                 std::to_string(due.item.index) + "@cadence");
            line(stamp);
            line("DTSTART:" + icsUtc(due.due));
            line("DURATION:PT15M");
            line("SUMMARY:" + escapeIcsText(summary));
            line("DESCRIPTION:" + escapeIcsText(description));
            line("END:VEVENT");
        }
    }
    const int thisYear = workspace.timeZone().localDate(now).year;
    for (const auto& lead : workspace.leadSlots()) {
        if (!lead || !isActive(lead->stage)) continue;
        for (const KeyDate& date : lead->keyDates) {
            std::string what = date.name == kBirthday              ? "Birthday"
                               : date.name == kPurchaseAnniversary ? "Home purchase anniversary"
                                                                   : date.name;
            line("BEGIN:VEVENT");
            line("UID:keydate-" + std::to_string(lead->id.value) + "-" + uidPart(date.name) + "@cadence");
            line(stamp);
            // Feb 29 is kept on the last day of February, as the engine does in other years.
            bool leapDay = date.month == 2 && date.day == 29;
            int year = date.year.value_or(thisYear);
            CivilDate first{year, date.month, leapDay && !isLeapYear(year) ? 28 : date.day};
            line("DTSTART;VALUE=DATE:" + icsDate(first));
            line(leapDay ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY");
            line("SUMMARY:" + escapeIcsText(what + ": " + lead->name));
            line("TRANSP:TRANSPARENT");
            line("END:VEVENT");
        }
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace cadence
