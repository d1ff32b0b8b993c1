#include "ui/health_view.h"

#include "ui/views.h"

namespace cadence::ui {

void HealthView::draw(const ViewContext& context) {
    drawEmptyState(context.fonts, viewEmptyState(View::Health));
}

} // namespace cadence::ui
