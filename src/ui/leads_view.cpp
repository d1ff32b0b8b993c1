// See leads_view.h.
#include "ui/leads_view.h"

#include "icons.h"
#include "ui/empty_state.h"
#include "ui/text_input.h"
#include "ui/views.h"

namespace cadence::ui {

void LeadsView::draw(const ViewContext& context) {
    ImGui::SetNextItemWidth(context.narrow ? -1.0f : 360.0f);
    inputTextWithHint("##Search leads", ICON_SEARCH "  Search names, phones, emails, tags", search_);

    EmptyState empty = viewEmptyState(View::Leads);
    if (!search_.empty()) empty.title = "No leads match your search";
    drawEmptyState(context.fonts, empty);
}

} // namespace cadence::ui
