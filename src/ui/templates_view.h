// Templates: the words of each touch, per channel, with merge fields inserted from a list and a
// live preview rendered for a lead you choose; a field with no value is shown, not left blank.
// Saving is one EditTemplate command; the starter messages can be added as editable templates.
#pragma once

#include "ui/view_context.h"

#include <string>

namespace cadence::ui {

class TemplatesView {
  public:
    void draw(const ViewContext& context);
    // The preview as last drawn (for the automation API).
    const std::string& previewText() const { return previewText_; }
    const std::vector<std::string>& previewMissing() const { return previewMissing_; }

  private:
    void drawList(const ViewContext& context);
    void drawEditor(const ViewContext& context);
    void select(const Workspace& ws, TemplateId id);

    TemplateId selected_;
    MessageTemplate draft_;
    MessageTemplate loadedFrom_;
    LeadId previewLead_;
    std::string leadSearch_;
    std::string previewText_;
    std::vector<std::string> previewMissing_;
    int bodyCursor_ = -1; // where a merge field goes (the body's caret), -1: at the end
    int insertAt_ = -1;   // a field waiting to be inserted by the body's callback
    std::string pendingField_;
    bool showEditorOnPhone_ = false;
};

} // namespace cadence::ui
