// What the user sees of storage: the save indicator in the navigation bar, banners for a
// read-only tab or a failed save, and blocking dialogs when the data cannot be saved (quota) or
// cannot be used (a newer Cadence stored it).
#pragma once

#include "ui/document.h"
#include "ui/theme.h"

#include <string>

namespace cadence::ui {

// A full-width coloured strip with an icon, a message and up to two buttons, for notices at the
// top of the content area; returns the button pressed (1 or 2), or 0.
int noticeBanner(const char* icon, const std::string& message, ImU32 background, ImU32 border,
                 const char* firstButton, const char* secondButton = nullptr);

// A compact "Saved" / "Saving…" / "Not saved" / "Read-only" label. Returns its width when
// `measureOnly` (to right-align it).
float drawSaveIndicator(const Document& document, bool measureOnly = false);

// Banners at the top of the content area and blocking dialogs; call inside the content window.
void drawStorageNotices(Document& document, const Fonts& fonts);

// The "Storage & backups" section of Settings: where the data lives, whether the browser may
// evict it, how much room it takes (backups follow in their own section, import_export.h).
void drawStorageSettings(Document& document);

// True while the stored data is still being read: the views have nothing true to show yet.
bool drawLoadingIfOpening(const Document& document, const Fonts& fonts);

} // namespace cadence::ui
