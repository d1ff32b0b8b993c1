// The browser implementation of ui::Platform (see ui/platform.h).
#pragma once

#include "ui/platform.h"

#include <functional>

namespace cadence::web {

class WebPlatform final : public ui::Platform {
public:
    // `scheduleFrame(ms)` asks the frame loop to draw after `ms` milliseconds.
    explicit WebPlatform(std::function<void(double)> scheduleFrame);

    Instant now() const override;
    std::optional<std::string> loadPreference(std::string_view key) const override;
    void savePreference(std::string_view key, std::string_view value) override;
    void requestFrameAfter(double milliseconds) override { scheduleFrame_(milliseconds); }
    void openLink(std::string_view url) override;
    bool updateReady() const override;
    void restartIntoUpdate() override;
    bool canInstall() const override;
    bool runsInstalled() const override;
    void installApp() override;
    NotificationPermission notificationPermission() const override;
    void requestNotificationPermission() override;
    void showNotification(const std::string& title, const std::string& body, LeadId lead) override;
    std::optional<LeadId> takeNotificationClick() override;

private:
    std::function<void(double)> scheduleFrame_;
};

} // namespace cadence::web
