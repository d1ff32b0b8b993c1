// See install_and_update.h.
#include "ui/install_and_update.h"

#include "icons.h"
#include "ui/storage_notices.h"
#include "ui/widgets.h"

namespace cadence::ui {
namespace {

constexpr double kSavePollMilliseconds = 50.0;

// Returns true when `button` was pressed.
bool notice(const char* message, const char* button = nullptr) {
    return noticeBanner(ICON_REFRESH, message, palette::accentSoft, palette::accent, button) == 1;
}

} // namespace

void UpdateNotice::draw(Platform& platform, Document& document) {
    if (!platform.updateReady()) return;
    if (!restartRequested_) {
        if (notice("A new version is ready — Restart to use it. Your changes are saved first.",
                   ICON_REFRESH "  Restart")) {
            restartRequested_ = true;
            document.flushNow();
        }
        return;
    }
    switch (document.saveStatus().state) {
    case SaveStatus::State::Saving:
        notice("Saving your changes before restarting…");
        platform.requestFrameAfter(kSavePollMilliseconds);
        return;
    case SaveStatus::State::Failed:
    case SaveStatus::State::QuotaExceeded:
        // Reloading now would drop the edits that only this tab holds.
        notice("A new version is ready. Cadence restarts into it once your latest changes are saved.");
        platform.requestFrameAfter(kSavePollMilliseconds * 20);
        return;
    default: // saved, or nothing this tab could lose (still opening, read-only, unusable data)
        notice("Restarting into the new version…");
        if (!restarting_) platform.restartIntoUpdate();
        restarting_ = true;
        return;
    }
}

void drawInstallSettings(Platform& platform) {
    if (platform.runsInstalled()) {
        ImGui::TextWrapped("%s", ICON_CHECK
                           "  Cadence runs as an installed app on this device, with or without a network.");
        return;
    }
    if (!platform.canInstall()) {
        mutedTextWrapped("Cadence starts without a network in this browser. To install it as an app, use the "
                         "browser's menu: Install Cadence, or Add to Home Screen.");
        return;
    }
    ImGui::TextWrapped(
        "%s", "Install Cadence to open it from your home screen, dock or start menu like any app. It "
              "starts without a network either way.");
    if (primaryButton(ICON_DOWNLOAD "  Install Cadence")) platform.installApp();
}

} // namespace cadence::ui
