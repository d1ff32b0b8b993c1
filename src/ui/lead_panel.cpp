#include "ui/lead_panel.h"

namespace cadence::ui {

void LeadPanel::open(LeadId id) {
    lead_ = id;
}

void LeadPanel::draw(const ViewContext& context) {
    const Lead* lead = lead_ ? context.editor.workspace().lead(*lead_) : nullptr;
    if (!lead) return;
    ImGui::TextUnformatted(lead->name.c_str());
}

} // namespace cadence::ui
