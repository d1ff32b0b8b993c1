// See automation.h.
#include "web/automation.h"

namespace cadence::web {

void Automation::add(std::string name, AutomationHandler handler) {
    handlers_.push_back({std::move(name), std::move(handler), false});
}

void Automation::addDeferred(std::string name, AutomationHandler handler) {
    handlers_.push_back({std::move(name), std::move(handler), true});
}

nlohmann::json automationError(std::string message) { return nlohmann::json{{"error", std::move(message)}}; }

std::string Automation::call(const std::string& name, const std::string& argumentsJson) {
    using nlohmann::json;
    json arguments = argumentsJson.empty() ? json::object() : json::parse(argumentsJson, nullptr, false);
    if (arguments.is_discarded()) return json{{"ok", false}, {"error", "arguments are not JSON"}}.dump();
    if (name == "result") {
        const std::uint32_t ticket = arguments.value("ticket", 0u);
        auto found = finished_.find(ticket);
        if (found == finished_.end()) return json{{"ok", true}, {"result", {{"done", false}}}}.dump();
        json value = std::move(found->second);
        finished_.erase(found);
        if (value.is_object() && value.contains("error")) return json{{"ok", false}, {"error", value["error"]}}.dump();
        return json{{"ok", true}, {"result", {{"done", true}, {"value", std::move(value)}}}}.dump();
    }
    for (const Entry& entry : handlers_) {
        if (entry.name != name) continue;
        if (entry.deferred) {
            const std::uint32_t ticket = nextTicket_++;
            defer_([this, ticket, handler = entry.handler, arguments] { finished_[ticket] = handler(arguments); });
            return json{{"ok", true}, {"result", {{"ticket", ticket}}}}.dump();
        }
        nlohmann::json result = entry.handler(arguments);
        if (result.is_object() && result.contains("error"))
            return nlohmann::json{{"ok", false}, {"error", result["error"]}}.dump();
        return nlohmann::json{{"ok", true}, {"result", std::move(result)}}.dump();
    }
    return nlohmann::json{{"ok", false}, {"error", "no automation call named \"" + name + "\""}}.dump();
}

} // namespace cadence::web
