// Entry point of the browser app and the C functions behind window.cadence (the automation API,
// documented in docs/automation-api.md).
#include "ui/locator.h"
#include "ui/views.h"
#include "web/browser_shell.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string_view>

namespace {
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

EMSCRIPTEN_KEEPALIVE const char* cadence_snapshot() {
    return theShell->keepForJavaScript(theShell->app().snapshotJson());
}

EMSCRIPTEN_KEEPALIVE const char* cadence_show_view(const char* slug) {
    for (cadence::ui::View view : cadence::ui::kAllViews) {
        if (std::string_view(cadence::ui::viewSlug(view)) != slug) continue;
        theShell->app().showView(view);
        theShell->requestFrame();
        return theShell->keepForJavaScript(R"({"ok":true})");
    }
    return theShell->keepForJavaScript(
        nlohmann::json{{"ok", false}, {"error", std::string("no view named \"") + slug + "\""}}.dump());
}

} // extern "C"

int main() {
    static cadence::web::BrowserShell shell;
    theShell = &shell;
    if (!shell.start()) {
        std::fprintf(stderr, "Cadence needs WebGL 2, which this browser did not provide.\n");
        EM_ASM({ window.cadence._fail('Cadence needs WebGL 2, which this browser did not provide.'); });
        return 1;
    }
    // Return to the browser; callbacks keep the runtime alive (EXIT_RUNTIME is off).
    return 0;
}
