// What every view receives when it draws: the platform and the fonts.
#pragma once

#include "ui/document.h"
#include "ui/platform.h"
#include "ui/theme.h"

namespace cadence::ui {

struct ViewContext {
    Platform& platform;
    Document& document;
    const Fonts& fonts;
    bool narrow; // phone-sized screen: one column, large touch targets
};

} // namespace cadence::ui
