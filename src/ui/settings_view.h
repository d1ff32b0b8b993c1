// Settings: your name and signature (for messages), time zone, working days, quiet hours and
// the default time for yearly touches (saved as one EditSettings command), plus this device's
// look: theme and text size (device preferences). The storage and backups section follows.
#pragma once

#include "core/settings.h"
#include "ui/view_context.h"

#include <string>

namespace cadence::ui {

class SettingsView {
  public:
    void draw(const ViewContext& context);

    // Device preferences (read once, then as the user changes them), applied by App every frame.
    ThemeKind theme(const Platform& platform);
    float textScale(const Platform& platform);

  private:
    void loadPreferences(const Platform& platform);
    bool preferencesLoaded_ = false;
    ThemeKind theme_ = ThemeKind::Light;
    float textScale_ = 1.0f;
    Settings draft_;
    Settings loadedFrom_;
    bool loaded_ = false;
};

} // namespace cadence::ui
