#include "ui/plans_view.h"

#include "ui/views.h"

namespace cadence::ui {

void PlansView::draw(const ViewContext& context) {
    drawEmptyState(context.fonts, viewEmptyState(View::Plans));
}

} // namespace cadence::ui
