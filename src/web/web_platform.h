// The browser implementation of ui::Platform (see ui/platform.h).
#pragma once

#include "ui/platform.h"
#include "web/browser_files.h"

#include <functional>

namespace cadence::web {

class WebPlatform final : public ui::Platform {
public:
    // `scheduleFrame(ms)` asks the frame loop to draw after `ms` milliseconds; `runInNextFrame`
    // runs work at the start of the next frame (where asynchronous file work reports back).
    WebPlatform(std::function<void(double)> scheduleFrame, BrowserFiles::RunInNextFrame runInNextFrame);

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

    void pickFile(std::string_view accept) override { files_.pick(accept); }
    std::optional<OpenedFile> takeOpenedFile() override { return files_.takeOpened(); }
    void downloadFile(std::string_view name, std::string_view bytes, std::string_view mimeType) override {
        files_.download(name, bytes, mimeType);
    }
    void encryptWithPassphrase(std::string plaintext, std::string passphrase,
                               std::function<void(Result<std::string>)> done) override {
        files_.encrypt(std::move(plaintext), std::move(passphrase), std::move(done));
    }
    void decryptWithPassphrase(std::string envelope, std::string passphrase,
                               std::function<void(Result<std::string>)> done) override {
        files_.decrypt(std::move(envelope), std::move(passphrase), std::move(done));
    }
    void keepFile(std::string key, std::string bytes, std::function<void(Status)> done) override {
        files_.keep(std::move(key), std::move(bytes), std::move(done));
    }
    void loadKeptFile(std::string key, std::function<void(Result<std::optional<std::string>>)> done) override {
        files_.loadKept(std::move(key), std::move(done));
    }

private:
    std::function<void(double)> scheduleFrame_;
    BrowserFiles files_;
};

} // namespace cadence::web
