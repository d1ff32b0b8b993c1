#include "ui/settings_view.h"

#include "ui/views.h"

namespace cadence::ui {

void SettingsView::draw(const ViewContext& context) {
    drawEmptyState(context.fonts, viewEmptyState(View::Settings));
}

} // namespace cadence::ui
