// The backup-age reminder: how often the user wants a backup (off, daily, weekly by default,
// every two weeks or monthly) and when this device last downloaded one, and a gentle banner
// with "Download backup now" once that is longer ago than the interval.
//
// Both are device preferences (Platform::savePreference), not Settings: the question is whether
// the data in *this* browser has a copy outside it. In Settings the time would travel inside
// the backups themselves (restoring an old one would turn the clock back), and every download
// would become an undo step and a storage write.
#pragma once

#include "ui/view_context.h"

#include <optional>

namespace cadence::ui {

class BackupReminder {
  public:
    // Remembers that a backup of the current data was downloaded now.
    void noteBackupDownloaded(Platform& platform, Instant now);
    std::optional<Instant> lastBackup(const Platform& platform);
    // The interval choice in Settings.
    void drawIntervalSetting(const ViewContext& context);
    // The banner, when a backup is due; true when "Download backup now" was pressed.
    bool drawBanner(const ViewContext& context);
    // For the automation API: "due", "not due", "off" or "dismissed".
    const char* state(const ViewContext& context);

  private:
    void load(const Platform& platform);
    std::optional<std::int64_t> overdueSeconds(const ViewContext& context);

    bool loaded_ = false;
    int intervalDays_ = 7; // 0: off
    std::optional<Instant> lastBackup_;
    std::optional<Instant> watchedSince_; // first seen with leads, when no backup was ever made
    bool dismissed_ = false;              // "Not now": hidden until the app starts again
};

} // namespace cadence::ui
