// Merge-field rendering; see message_template.h.
#include "core/message_template.h"

#include <algorithm>

namespace cadence {
namespace {

std::string render(const std::string& text, const std::map<std::string, std::string>& values,
                   std::vector<std::string>& missing) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = text.find('{', i);
        if (open == std::string::npos) break;
        std::size_t close = text.find('}', open + 1);
        if (close == std::string::npos) break;
        out.append(text, i, open - i);
        std::string field = text.substr(open + 1, close - open - 1);
        auto found = values.find(field);
        if (found != values.end() && !found->second.empty()) {
            out += found->second;
        } else {
            out.append(text, open, close - open + 1);
            if (std::find(missing.begin(), missing.end(), field) == missing.end()) missing.push_back(field);
        }
        i = close + 1;
    }
    out.append(text, i, std::string::npos);
    return out;
}

} // namespace

RenderedMessage renderTemplate(const MessageTemplate& tpl, const Lead& lead, const Settings& settings,
                               const std::map<std::string, std::string>& extraFields) {
    std::map<std::string, std::string> values = extraFields;
    values["first_name"] = firstName(lead);
    values["full_name"] = lead.name;
    values["agent_name"] = settings.userName;
    values["signature"] = settings.signature;
    RenderedMessage message;
    message.subject = render(tpl.subject, values, message.missingFields);
    message.body = render(tpl.body, values, message.missingFields);
    return message;
}

} // namespace cadence
