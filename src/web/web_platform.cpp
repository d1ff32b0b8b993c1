// See web_platform.h.
#include "web/web_platform.h"

#include "web/browser_bridge.h"

#include <cmath>
#include <cstdlib>
#include <string>

// js/cadence_pwa.js
extern "C" {
void cadence_pwa_watch();
int cadence_pwa_update_ready();
void cadence_pwa_restart();
int cadence_pwa_can_install();
int cadence_pwa_installed();
void cadence_pwa_install();
}

namespace cadence::web {

WebPlatform::WebPlatform(std::function<void(double)> scheduleFrame, BrowserFiles::RunInNextFrame runInNextFrame)
    : scheduleFrame_(std::move(scheduleFrame)), files_(std::move(runInNextFrame)) {
    // An update or an install offer arriving while the app is idle must still be drawn.
    cadence_pwa_watch();
}

Instant WebPlatform::now() const {
    return Instant{static_cast<std::int64_t>(std::floor(cadence_browser_now_ms() / 1000.0))};
}

std::optional<std::string> WebPlatform::loadPreference(std::string_view key) const {
    char* value = cadence_browser_load_preference(std::string(key).c_str());
    if (!value) return std::nullopt;
    std::string result(value);
    std::free(value);
    return result;
}

void WebPlatform::savePreference(std::string_view key, std::string_view value) {
    cadence_browser_save_preference(std::string(key).c_str(), std::string(value).c_str());
}

void WebPlatform::openLink(std::string_view url) { cadence_browser_open_link(std::string(url).c_str()); }

bool WebPlatform::updateReady() const { return cadence_pwa_update_ready() != 0; }

void WebPlatform::restartIntoUpdate() { cadence_pwa_restart(); }

bool WebPlatform::canInstall() const { return cadence_pwa_can_install() != 0; }

bool WebPlatform::runsInstalled() const { return cadence_pwa_installed() != 0; }

void WebPlatform::installApp() { cadence_pwa_install(); }
ui::Platform::NotificationPermission WebPlatform::notificationPermission() const {
    switch (cadence_notification_permission()) {
    case 1:
        return NotificationPermission::NotAsked;
    case 2:
        return NotificationPermission::Granted;
    case 3:
        return NotificationPermission::Denied;
    default:
        return NotificationPermission::Unsupported;
    }
}

void WebPlatform::requestNotificationPermission() { cadence_request_notification_permission(); }

void WebPlatform::showNotification(const std::string& title, const std::string& body, LeadId lead) {
    cadence_show_notification(title.c_str(), body.c_str(), lead.value);
}

std::optional<LeadId> WebPlatform::takeNotificationClick() {
    const std::uint32_t lead = cadence_take_notification_click();
    if (lead == 0) return std::nullopt;
    return LeadId{lead};
}

} // namespace cadence::web
