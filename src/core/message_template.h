// Message templates with merge fields, rendered for a lead ("Hi {first_name}, ... {signature}").
// Known fields: first_name, full_name, agent_name, signature, plus any caller-provided extras
// (e.g. "property"). A field without a value stays in the text as "{name}" and is reported in
// `missingFields`, so the UI can warn before anything is sent.
//
//   RenderedMessage msg = renderTemplate(tpl, lead, settings, {{"property", "12 Elm St"}});
//   if (!msg.missingFields.empty()) warn(...);
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/lead.h"
#include "core/settings.h"

#include <map>
#include <string>
#include <vector>

namespace cadence {

struct MessageTemplate {
    TemplateId id;
    std::string name;
    Channel channel = Channel::Text;
    std::string subject; // emails only
    std::string body;
    friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

struct RenderedMessage {
    std::string subject;
    std::string body;
    std::vector<std::string> missingFields; // each once, in order of first appearance
};

RenderedMessage renderTemplate(const MessageTemplate& tpl, const Lead& lead, const Settings& settings,
                               const std::map<std::string, std::string>& extraFields = {});

} // namespace cadence
