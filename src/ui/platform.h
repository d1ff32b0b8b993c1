// What the views need from the platform they run on, and nothing more.
//
// Views never include browser headers: src/web/web_platform.cpp implements this for the browser
// (and a test could implement it natively). Keeping it small keeps the views portable.
#pragma once

#include "core/ids.h"
#include "core/result.h"
#include "core/time.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cadence::ui {

class Platform {
public:
    virtual ~Platform() = default;

    // The wall clock, read by the UI only; the core receives it as a parameter.
    virtual Instant now() const = 0;

    // Small preferences that belong to this device (window layout, text size, theme).
    virtual std::optional<std::string> loadPreference(std::string_view key) const = 0;
    virtual void savePreference(std::string_view key, std::string_view value) = 0;

    // Draw again after `milliseconds` even without input (a clock that must tick, a toast that
    // must fade). Without such a request an idle app draws nothing.
    virtual void requestFrameAfter(double milliseconds) = 0;

    // Opens a tel:, sms:, mailto: or https: link in the system's handler.
    virtual void openLink(std::string_view url) = 0;

    // Updates and installation (in the browser: the service worker and the install prompt).
    // A newer version has been downloaded and waits for a restart.
    virtual bool updateReady() const = 0;
    // Switches to the waiting version by reloading. Save the data first: nothing is kept.
    virtual void restartIntoUpdate() = 0;
    // The system offers to install the app (then installApp() shows its prompt).
    virtual bool canInstall() const = 0;
    virtual bool runsInstalled() const = 0;
    virtual void installApp() = 0;
    // System notifications, for reminders.
    enum class NotificationPermission { Unsupported, NotAsked, Granted, Denied };
    virtual NotificationPermission notificationPermission() const = 0;
    // Asks the user; call it right after their click (browsers ignore requests without one).
    virtual void requestNotificationPermission() = 0;
    // Shows a notification about a lead; clicking it brings Cadence forward and the lead's id
    // comes back from takeNotificationClick().
    virtual void showNotification(const std::string& title, const std::string& body, LeadId lead) = 0;
    virtual std::optional<LeadId> takeNotificationClick() = 0;

    // Files the user hands over: picked in the system's file dialog (pickFile, with the accepted
    // extensions such as ".csv,.vcf") or dropped onto the app's window. Each arrives once, whole,
    // from takeOpenedFile(); `problem` says why one could not be read (then `bytes` is empty).
    struct OpenedFile {
        std::string name;
        std::string bytes;
        std::string problem;
    };
    // Call it right after the user's click (browsers open file dialogs only then).
    virtual void pickFile(std::string_view accept) = 0;
    virtual std::optional<OpenedFile> takeOpenedFile() = 0;
    // Offers bytes as a file download (a backup, a CSV or calendar export).
    virtual void downloadFile(std::string_view name, std::string_view bytes, std::string_view mimeType) = 0;

    // The work below finishes later (the browser does it asynchronously); `done` then runs at the
    // start of a frame, never inside the browser's callback, so it may apply commands.
    //
    // Passphrase encryption of a backup document (docs/backup-format.md, "Encrypted backups"):
    // encrypt gives the envelope file's text; decrypt takes it back, or says the passphrase is
    // wrong or the envelope damaged.
    virtual void encryptWithPassphrase(std::string plaintext, std::string passphrase,
                                       std::function<void(Result<std::string>)> done) = 0;
    virtual void decryptWithPassphrase(std::string envelope, std::string passphrase,
                                       std::function<void(Result<std::string>)> done) = 0;
    // A few larger files kept on this device under a key (the copy of the data made before a
    // restore replaces it): kept across reloads, one per key, a new one replacing the old.
    // done(Status) once stored durably; loading gives std::nullopt when nothing is kept.
    virtual void keepFile(std::string key, std::string bytes, std::function<void(Status)> done) = 0;
    virtual void loadKeptFile(std::string key,
                              std::function<void(Result<std::optional<std::string>>)> done) = 0;
};

} // namespace cadence::ui
