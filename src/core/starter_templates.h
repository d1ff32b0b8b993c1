// The words Cadence suggests when a plan step has no template of its own: one starter message
// per channel (a call opener, a text, an email with a subject, a note ...), written for the
// speed-to-lead and follow-up situations of the product brief. They are plain MessageTemplates
// (id 0), rendered with renderTemplate like any other, and the Templates view can add them to
// the workspace as editable templates.
//
//   const MessageTemplate& tpl = starterTemplate(Channel::Text);
//   RenderedMessage msg = renderTemplate(tpl, lead, ws.settings());
#pragma once

#include "core/message_template.h"

#include <vector>

namespace cadence {

// The starter message for a concrete channel (Channel::Preferred gives the call's).
const MessageTemplate& starterTemplate(Channel channel);
// One per concrete channel, in Channel order, each named "Starter — <channel>".
std::vector<MessageTemplate> starterTemplates();

} // namespace cadence
