// The whole interface of Cadence for one frame: navigation plus the current view.
//
// The platform layer (src/web) owns the ImGui context, the fonts and the frame loop; each frame it
// calls App::draw between ImGui::NewFrame and ImGui::Render. App holds only UI state.
#pragma once

#include "ui/document.h"
#include "ui/leads_view.h"
#include "ui/platform.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <string>

namespace cadence::ui {

class App {
public:
    App(Platform& platform, Document& document) : platform_(platform), document_(document) {}

    void setFonts(const Fonts& fonts) { fonts_ = fonts; }
    void draw();

    View currentView() const { return view_; }
    void showView(View view) { view_ = view; }
    // UI state for the automation API (window.cadence.snapshot()), as JSON.
    std::string snapshotJson() const;

private:
    void drawNavigation(bool narrow, float barHeight);
    void drawContent(bool narrow, float top, float bottom);

    Platform& platform_;
    Document& document_;
    Fonts fonts_;
    View view_ = View::Today;
    LeadsView leads_;
};

} // namespace cadence::ui
