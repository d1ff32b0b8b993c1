// Updating and installing Cadence, as the user sees it: the "A new version is ready — Restart"
// banner, and the Install section of Settings.
//
// Restarting never loses an edit: the banner first writes every unsaved change and waits until
// storage has committed it, and only then asks the platform to switch to the new version.
#pragma once

#include "ui/document.h"
#include "ui/platform.h"

namespace cadence::ui {

class UpdateNotice {
  public:
    // Draws the banner while an update waits (inside the content window, beside the storage
    // notices) and carries out a restart the user asked for.
    void draw(Platform& platform, Document& document);

  private:
    bool restartRequested_ = false; // the user pressed Restart; saving comes first
    bool restarting_ = false;       // the platform has been told to switch
};

// The Install section of Settings: the install button when the browser offers it, else how
// Cadence runs now and how to install it from the browser's menu.
void drawInstallSettings(Platform& platform);

} // namespace cadence::ui
