// The C++ side of window.cadence.call(name, args): named handlers taking and returning JSON.
//
// Each part of the app registers what it exposes (main.cpp registers the built-in ones); the
// JavaScript side is in js/cadence_platform.js and the list is documented in
// docs/automation-api.md. Handlers run inside a browser call, so they must not apply commands
// directly mid-frame; they either read state or queue work for the next frame.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace cadence::web {

using AutomationHandler = std::function<nlohmann::json(const nlohmann::json& arguments)>;

class Automation {
public:
    void add(std::string name, AutomationHandler handler);
    // {"ok":true,"result":...} or {"ok":false,"error":"..."} as text.
    std::string call(const std::string& name, const std::string& argumentsJson) const;

private:
    std::vector<std::pair<std::string, AutomationHandler>> handlers_;
};

// An error result a handler can return: {"error": message}.
nlohmann::json automationError(std::string message);

} // namespace cadence::web
