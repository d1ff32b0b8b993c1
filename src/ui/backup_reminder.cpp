// See backup_reminder.h.
#include "ui/backup_reminder.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/storage_notices.h"
#include "ui/widgets.h"

#include <cstdlib>
#include <string>

namespace cadence::ui {
namespace {

constexpr const char* kIntervalPreference = "backupReminderDays";
constexpr const char* kLastBackupPreference = "lastBackupAt";
constexpr const char* kWatchedSincePreference = "backupReminderSince";
constexpr int kIntervals[] = {0, 1, 7, 14, 30};
const char* const kIntervalNames[] = {"Off", "Daily", "Weekly", "Every 2 weeks", "Monthly"};
constexpr std::int64_t kDay = 24 * 3600;

std::optional<Instant> instantPreference(const Platform& platform, const char* key) {
    const std::optional<std::string> text = platform.loadPreference(key);
    if (!text || text->empty()) return std::nullopt;
    char* end = nullptr;
    const long long seconds = std::strtoll(text->c_str(), &end, 10);
    if (end == text->c_str()) return std::nullopt;
    return Instant{seconds};
}

} // namespace

void BackupReminder::load(const Platform& platform) {
    if (loaded_) return;
    loaded_ = true;
    if (const std::optional<std::string> days = platform.loadPreference(kIntervalPreference)) {
        const int value = std::atoi(days->c_str());
        for (int choice : kIntervals)
            if (choice == value) intervalDays_ = value;
    }
    lastBackup_ = instantPreference(platform, kLastBackupPreference);
    watchedSince_ = instantPreference(platform, kWatchedSincePreference);
}

void BackupReminder::noteBackupDownloaded(Platform& platform, Instant now) {
    load(platform);
    lastBackup_ = now;
    dismissed_ = false;
    platform.savePreference(kLastBackupPreference, std::to_string(now.unixSeconds));
}

std::optional<Instant> BackupReminder::lastBackup(const Platform& platform) {
    load(platform);
    return lastBackup_;
}

std::optional<std::int64_t> BackupReminder::overdueSeconds(const ViewContext& context) {
    load(context.platform);
    if (intervalDays_ == 0 || context.editor.workspace().leadCount() == 0) return std::nullopt;
    if (!lastBackup_ && !watchedSince_) {
        // Never backed up: the interval counts from the first time there was something to lose.
        watchedSince_ = context.now;
        context.platform.savePreference(kWatchedSincePreference, std::to_string(context.now.unixSeconds));
    }
    const Instant since = lastBackup_ ? *lastBackup_ : *watchedSince_;
    const std::int64_t age = context.now.unixSeconds - since.unixSeconds;
    if (age < intervalDays_ * kDay) return std::nullopt;
    return age;
}

const char* BackupReminder::state(const ViewContext& context) {
    load(context.platform);
    if (intervalDays_ == 0) return "off";
    if (!overdueSeconds(context)) return "not due";
    return dismissed_ ? "dismissed" : "due";
}

bool BackupReminder::drawBanner(const ViewContext& context) {
    if (dismissed_) return false;
    const std::optional<std::int64_t> age = overdueSeconds(context);
    if (!age) return false;
    const std::string message = (lastBackup_ ? "Your last backup was " + formatDuration(*age) + " ago."
                                             : std::string("You have not downloaded a backup yet.")) +
                                " A backup file is the only copy of your leads outside this browser.";
    const int pressed = noticeBanner(ICON_DOWNLOAD, message, palette::accentSoft, palette::cardBorder,
                                     ICON_DOWNLOAD "  Download backup now", "Not now##backup reminder");
    if (pressed == 2) dismissed_ = true;
    return pressed == 1;
}

void BackupReminder::drawIntervalSetting(const ViewContext& context) {
    load(context.platform);
    int choice = 2;
    for (int i = 0; i < 5; ++i)
        if (kIntervals[i] == intervalDays_) choice = i;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Remind me to download a backup");
    if (!context.narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(160.0f);
    if (beginLabelledCombo("##Backup reminder", kIntervalNames[choice])) {
        for (int i = 0; i < 5; ++i)
            if (ImGui::Selectable(kIntervalNames[i], i == choice)) {
                intervalDays_ = kIntervals[i];
                context.platform.savePreference(kIntervalPreference, std::to_string(intervalDays_));
            }
        ImGui::EndCombo();
    }
    const std::string last =
        lastBackup_ ? "Last backup from this device: " +
                          formatWhen(context.editor.workspace().timeZone(), *lastBackup_, context.now)
                    : std::string("No backup has been downloaded on this device yet.");
    mutedText(last.c_str());
}

} // namespace cadence::ui
