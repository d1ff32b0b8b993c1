// See automation.h.
#include "web/automation.h"

namespace cadence::web {

void Automation::add(std::string name, AutomationHandler handler) {
    handlers_.emplace_back(std::move(name), std::move(handler));
}

nlohmann::json automationError(std::string message) { return nlohmann::json{{"error", std::move(message)}}; }

std::string Automation::call(const std::string& name, const std::string& argumentsJson) const {
    nlohmann::json arguments = argumentsJson.empty() ? nlohmann::json::object()
                                                     : nlohmann::json::parse(argumentsJson, nullptr, false);
    if (arguments.is_discarded()) return nlohmann::json{{"ok", false}, {"error", "arguments are not JSON"}}.dump();
    for (const auto& [handlerName, handler] : handlers_) {
        if (handlerName != name) continue;
        nlohmann::json result = handler(arguments);
        if (result.is_object() && result.contains("error"))
            return nlohmann::json{{"ok", false}, {"error", result["error"]}}.dump();
        return nlohmann::json{{"ok", true}, {"result", std::move(result)}}.dump();
    }
    return nlohmann::json{{"ok", false}, {"error", "no automation call named \"" + name + "\""}}.dump();
}

} // namespace cadence::web
