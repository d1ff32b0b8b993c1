// Entry point of the browser app and the C functions behind window.cadence (the automation API,
// documented in docs/automation-api.md).
#include "ui/locator.h"
#include "ui/views.h"
#include "web/automation_backup.h"
#include "web/automation_storage.h"
#include "web/automation_text.h"
#include "web/automation_views.h"
#include "web/browser_shell.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string_view>

namespace {

// The calls every build offers; docs/automation-api.md lists them.
void registerBuiltInCalls(cadence::web::BrowserShell& shell) {
    using nlohmann::json;
    cadence::web::Automation& automation = shell.automation();
    automation.add("snapshot", [&shell](const json&) {
        json state = json::parse(shell.app().snapshotJson());
        state["pendingInput"] = shell.input().queuedEvents();
        return state;
    });
    automation.add("showView", [&shell](const json& arguments) {
        const std::string slug = arguments.value("view", "");
        for (cadence::ui::View view : cadence::ui::kAllViews) {
            if (slug != cadence::ui::viewSlug(view)) continue;
            shell.app().showView(view);
            shell.requestFrame();
            return json::object();
        }
        return cadence::web::automationError("no view named \"" + slug + "\"");
    });
}

// The one instance, reachable from the exported functions below (JavaScript has no other handle).
cadence::web::BrowserShell* theShell = nullptr;
} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE unsigned cadence_frame_count() { return theShell ? theShell->frameCount() : 0; }

EMSCRIPTEN_KEEPALIVE void cadence_request_frame() {
    if (theShell) theShell->requestFrame();
}

EMSCRIPTEN_KEEPALIVE void cadence_on_paste(const char* text) {
    if (theShell) theShell->input().queuePaste(text);
}

EMSCRIPTEN_KEEPALIVE void cadence_enable_locator(int enabled) {
    cadence::ui::locator::setEnabled(enabled != 0);
    cadence_request_frame();
}

EMSCRIPTEN_KEEPALIVE const char* cadence_locate(const char* label) {
    return theShell->keepForJavaScript(cadence::ui::locator::findJson(label));
}

// window.cadence.call(name, argumentsJson): see automation.h.
EMSCRIPTEN_KEEPALIVE const char* cadence_automation_call(const char* name, const char* argumentsJson) {
    return theShell->keepForJavaScript(theShell->automation().call(name, argumentsJson));
}

} // extern "C"

int main() {
    static cadence::web::BrowserShell shell;
    theShell = &shell;
    registerBuiltInCalls(shell);
    cadence::web::registerStorageCalls(shell);
    cadence::web::registerViewCalls(shell);
    cadence::web::registerTextCalls(shell);
    cadence::web::registerBackupCalls(shell);
    if (!shell.start()) {
        std::fprintf(stderr, "Cadence needs WebGL 2, which this browser did not provide.\n");
        EM_ASM({ window.cadence._fail('Cadence needs WebGL 2, which this browser did not provide.'); });
        return 1;
    }
    // Return to the browser; callbacks keep the runtime alive (EXIT_RUNTIME is off).
    return 0;
}
