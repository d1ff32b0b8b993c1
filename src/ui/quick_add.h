// Quick add: a lead in seconds, from anywhere (N, Ctrl/Cmd+K, the "Add lead" button). Name plus
// a phone or an email, source, temperature and plan (the new-lead plan by default; cold leads
// get its lighter version). Phone and email shapes are checked as you type, and a phone or
// email that another lead already has is pointed out before adding.
#pragma once

#include "ui/view_context.h"

#include <optional>
#include <string>

namespace cadence::ui {

class QuickAdd {
  public:
    void open() { openRequested_ = true; }
    bool isOpen() const { return open_; }
    // Draws the dialog when open; returns the lead it added (once).
    std::optional<LeadId> draw(const ViewContext& context);

  private:
    void reset(const Workspace& ws);
    void checkDuplicates(const Workspace& ws);
    std::optional<LeadId> submit(const ViewContext& context);

    bool openRequested_ = false;
    bool open_ = false;
    bool focusName_ = false;
    bool showErrors_ = false;
    std::string name_, phone_, email_, source_;
    int temperature_ = 1; // Temperature index: warm
    PlanId plan_;
    bool planChosen_ = false;
    std::string checkedPhone_, checkedEmail_;
    std::string duplicatePhoneOf_, duplicateEmailOf_;
    std::string error_;
};

} // namespace cadence::ui
