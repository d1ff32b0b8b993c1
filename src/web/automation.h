// The C++ side of window.cadence.call(name, args): named handlers taking and returning JSON.
//
// Each part of the app registers what it exposes (main.cpp registers the built-in ones); the
// JavaScript side is in js/cadence_platform.js and the list is documented in
// docs/automation-api.md. Plain handlers run inside the browser's call and only read state.
// Deferred handlers change data: like any browser callback they do not touch the model there but
// run at the start of the next frame (BrowserShell's run queue); JavaScript gets a ticket and
// window.cadence.run() awaits its result.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cadence::web {

using AutomationHandler = std::function<nlohmann::json(const nlohmann::json& arguments)>;

class Automation {
public:
    // `defer(work)` must run `work` at the start of the next frame.
    explicit Automation(std::function<void(std::function<void()>)> defer) : defer_(std::move(defer)) {}

    void add(std::string name, AutomationHandler handler);
    void addDeferred(std::string name, AutomationHandler handler);
    // {"ok":true,"result":...} or {"ok":false,"error":"..."} as text. A deferred call's result is
    // {"ticket":N}; "result" with {"ticket":N} later answers {"done":false} or {"done":true,"value"}.
    std::string call(const std::string& name, const std::string& argumentsJson);

private:
    struct Entry {
        std::string name;
        AutomationHandler handler;
        bool deferred = false;
    };
    std::function<void(std::function<void()>)> defer_;
    std::vector<Entry> handlers_;
    std::uint32_t nextTicket_ = 1;
    std::unordered_map<std::uint32_t, nlohmann::json> finished_;
};

// An error result a handler can return: {"error": message}.
nlohmann::json automationError(std::string message);

} // namespace cadence::web
