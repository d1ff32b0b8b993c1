// The one action that does a touch: the link that opens the phone's dialer, messages or mail app
// with the message filled in, or the text to copy for channels without an app (cards, notes).
// Also which outcomes make sense for a channel, in the order the Today view offers them.
#pragma once

#include "core/agenda.h"
#include "core/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace cadence::ui {

struct TouchAction {
    std::string label;    // "Call", "Text", "Email", "Copy message"
    std::string link;     // tel:/sms:/mailto:, empty when the action copies
    std::string copyText; // what Copy puts on the clipboard (the message)
    std::string contact;  // the number or address used, for display
    std::string subject;  // rendered subject (emails)
    std::string body;     // rendered message
    std::vector<std::string> missingFields;
    std::string problem; // why the action cannot run ("No phone number"), else empty
    // When the channel cannot be used but another can (a call to a lead with only an email):
    // the alternative, rendered with that channel's starter message.
    std::optional<Channel> fallbackChannel;
    std::string fallbackLink;
};

// The rendered message (the step's template, or the channel's starter message) and the link.
TouchAction touchActionFor(const Workspace& ws, const AgendaItem& item);
// The outcomes offered after a touch on this channel (number keys 1..n follow this order).
std::vector<Outcome> outcomesFor(Channel channel);
// "Done" for channels where "Sent" reads oddly (tasks, in person).
const char* outcomeLabelFor(Channel channel, Outcome outcome);

} // namespace cadence::ui
