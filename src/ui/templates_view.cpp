#include "ui/templates_view.h"

#include "ui/views.h"

namespace cadence::ui {

void TemplatesView::draw(const ViewContext& context) {
    drawEmptyState(context.fonts, viewEmptyState(View::Templates));
}

} // namespace cadence::ui
