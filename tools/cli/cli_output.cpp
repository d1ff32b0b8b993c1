// Tables and JSON for the `cadence` tool; see cli_output.h. JSON goes through nlohmann::json
// (outputs are small next to a backup, and its dump() escapes UTF-8 correctly).
#include "cli_output.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace cadence::cli {
namespace {

// Display width of UTF-8 text, counting East Asian wide characters as two columns (roughly:
// CJK, Hangul, and emoji), so columns line up for the names the generator produces.
std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::uint32_t cp = c < 0x80 ? c : 0;
        if (length == 3 && i + 2 < text.size())
            cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
        bool wide = length == 4 || (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFF00 && cp <= 0xFF60);
        bool zeroWidth = cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
        width += zeroWidth ? 0 : wide ? 2 : 1;
        i += length;
    }
    return width;
}

std::string padded(std::string text, std::size_t width) {
    std::size_t shown = displayWidth(text);
    if (shown < width) text.append(width - shown, ' ');
    return text;
}

std::string duration(std::int64_t seconds) {
    if (seconds < kSecondsPerHour) return std::to_string(seconds / kSecondsPerMinute) + " min";
    if (seconds < kSecondsPerDay) return std::to_string(seconds / kSecondsPerHour) + " h";
    return std::to_string(seconds / kSecondsPerDay) + " d";
}

std::string fixed(double value, int decimals = 2) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string percent(double share) {
    return fixed(share * 100, 1) + " %";
}

std::string localTime(const Workspace& ws, Instant at) {
    LocalDateTime local = ws.timeZone().toLocal(at);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.date.year, local.date.month,
                  local.date.day, local.time.hour, local.time.minute);
    return text;
}

} // namespace

std::string agendaTable(const Workspace& ws, const Agenda& agenda) {
    std::string out = "Agenda at " + localTime(ws, agenda.at) + " (" + ws.timeZone().name() +
                      "): " + std::to_string(agenda.items.size()) + " to contact\n";
    out += "  #  section      due               lead                          channel           touch     "
           "waiting\n";
    for (const AgendaItem& item : agenda.items) {
        const Lead* lead = ws.lead(item.leadId);
        std::string touch = item.touchCount
                                ? std::to_string(item.touchNumber) + " of " + std::to_string(item.touchCount)
                                : "recurring";
        std::string waiting = item.section == AgendaSection::NewLead ? "age " + duration(item.leadAgeSeconds)
                              : item.overdueSeconds > 0              ? "late " + duration(item.overdueSeconds)
                                                                     : "";
        out += padded(std::to_string(item.priority), 3) + "  " +
               padded(std::string(toString(item.section)), 11) + "  " + localTime(ws, item.due) + "  " +
               padded(lead ? lead->name : "?", 28) + "  " + padded(std::string(toString(item.channel)), 16) +
               "  " + padded(touch, 8) + "  " + waiting + "\n";
    }
    return out;
}

std::string agendaJson(const Workspace& ws, const Agenda& agenda) {
    nlohmann::json items = nlohmann::json::array();
    for (const AgendaItem& item : agenda.items) {
        const Lead* lead = ws.lead(item.leadId);
        items.push_back(
            {{"priority", item.priority},
             {"section", toString(item.section)},
             {"leadId", item.leadId.value},
             {"leadName", lead ? lead->name : ""},
             {"enrollmentId", item.enrollmentId.value},
             {"planId", item.planId.value},
             {"isRule", item.item.isRule},
             {"index", item.item.index},
             {"channel", toString(item.channel)},
             {"templateId", item.templateId ? nlohmann::json(item.templateId->value) : nlohmann::json()},
             {"due", formatIsoInstant(item.due)},
             {"touchNumber", item.touchNumber},
             {"touchCount", item.touchCount},
             {"leadAgeSeconds", item.leadAgeSeconds},
             {"overdueSeconds", item.overdueSeconds}});
    }
    nlohmann::json doc = {{"at", formatIsoInstant(agenda.at)},
                          {"endOfDay", formatIsoInstant(agenda.endOfDay)},
                          {"timeZone", ws.timeZone().name()},
                          {"items", std::move(items)}};
    return doc.dump(2) + "\n";
}

std::string healthTable(const HealthReport& r) {
    std::string out = "Follow-up health at " + formatIsoInstant(r.at) + "\n";
    auto row = [&](const std::string& label, const std::string& value, const std::string& target) {
        out += "  " + padded(label, 38) + padded(value, 14) + target + "\n";
    };
    row("Leads (active)", std::to_string(r.leadCount), "");
    row("Never contacted", percent(r.neverContactedShare), "target 0 %");
    row("Gave up after one attempt", percent(r.gaveUpAfterOneShare), "target 0 %");
    row("Touches per lead", fixed(r.touchesPerLead), "target 5-7");
    row("Attempts until first contact", fixed(r.attemptsUntilFirstContact), "typical 8-13");
    row("Median time to first touch",
        r.medianSecondsToFirstTouch ? duration(*r.medianSecondsToFirstTouch) : std::string("-"), "");
    row("First touch within 5 minutes", percent(r.firstTouchWithin5MinShare), "");
    row("Sphere touches, last 30 days", fixed(r.sphereTouchesLast30Days), "target 3 per lead");
    row("Sphere leads meeting the target", percent(r.sphereMeetingTargetShare), "");
    row("Overdue touches", std::to_string(r.overdueCount), "");
    row("Active leads with no next step", std::to_string(r.leadsWithoutNextStep.size()), "must be 0");
    return out;
}

std::string healthJson(const HealthReport& r) {
    nlohmann::json noNextStep = nlohmann::json::array();
    for (LeadId id : r.leadsWithoutNextStep)
        noNextStep.push_back(id.value);
    nlohmann::json doc = {{"at", formatIsoInstant(r.at)},
                          {"leadCount", r.leadCount},
                          {"touchedLeadCount", r.touchedLeadCount},
                          {"contactedLeadCount", r.contactedLeadCount},
                          {"neverContactedShare", r.neverContactedShare},
                          {"gaveUpAfterOneShare", r.gaveUpAfterOneShare},
                          {"touchesPerLead", r.touchesPerLead},
                          {"attemptsUntilFirstContact", r.attemptsUntilFirstContact},
                          {"medianSecondsToFirstTouch", r.medianSecondsToFirstTouch
                                                            ? nlohmann::json(*r.medianSecondsToFirstTouch)
                                                            : nlohmann::json()},
                          {"firstTouchWithin5MinShare", r.firstTouchWithin5MinShare},
                          {"sphereLeadCount", r.sphereLeadCount},
                          {"sphereTouchesLast30Days", r.sphereTouchesLast30Days},
                          {"sphereMeetingTargetShare", r.sphereMeetingTargetShare},
                          {"overdueCount", r.overdueCount},
                          {"leadsWithoutNextStep", std::move(noNextStep)}};
    return doc.dump(2) + "\n";
}

} // namespace cadence::cli
