// A centred modal dialog for flows that take over the screen for a moment (restoring a backup,
// importing contacts): at most `width` wide, nearly full width on a phone, and no taller than
// the screen (it scrolls instead). Pair with ImGui::EndPopup() when it returns true.
#pragma once

#include "ui/view_context.h"

namespace cadence::ui {

bool beginModal(const char* id, const ViewContext& context, float width);

} // namespace cadence::ui
