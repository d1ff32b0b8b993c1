// What every view receives when it draws: the platform, the data, the fonts and the app around it.
#pragma once

#include "ui/document.h"
#include "ui/editor.h"
#include "ui/navigator.h"
#include "ui/platform.h"
#include "ui/theme.h"

namespace cadence::ui {

class ImportExport; // import_export.h

struct ViewContext {
    Platform& platform;
    Document& document;
    const Fonts& fonts;
    bool narrow;          // phone-sized screen: one column, large touch targets
    Editor& editor;       // every change goes through here (one command = one undo step)
    Navigator& navigator; // other views, the lead panel, quick add, toasts
    Instant now;          // read once per frame, so a frame is consistent
    bool keyboardFree;    // no text field or popup wants the keyboard: single-key shortcuts apply
    ImportExport& importExport; // backups, imports, exports (Settings, Leads)
};

} // namespace cadence::ui
