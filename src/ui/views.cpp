// Names, icons and empty states of the views (views.h).
#include "ui/views.h"

#include "icons.h"

namespace cadence::ui {
namespace {

struct ViewInfo {
    const char* name;
    const char* icon;
    const char* slug;
    EmptyState empty;
};

const ViewInfo& info(View view) {
    static const ViewInfo kViews[] = {
        {"Today", ICON_TODAY, "today",
         {ICON_TODAY, "Nothing to follow up yet",
          "Each morning this list tells you whom to contact and how: new leads waiting for a first touch, "
          "then overdue touches, then today's, each with its message ready to send."}},
        {"Leads", ICON_LEADS, "leads",
         {ICON_LEADS, "No leads yet",
          "Every lead and contact will live here in one table you can sort, filter and search as you type, "
          "with saved lists and actions on many leads at once."}},
        {"Plans", ICON_PLANS, "plans",
         {ICON_PLANS, "Your follow-up plans",
          "Plans are the sequences of touches each lead follows: the relentless 21-day plan for new leads, "
          "three touches a month for your sphere, check-ins under contract and past-client care. You will "
          "see and edit their steps here."}},
        {"Templates", ICON_TEMPLATES, "templates",
         {ICON_TEMPLATES, "No templates yet",
          "Templates hold the words of each touch, per channel, with merge fields such as the lead's first "
          "name, previewed on a real lead before you send."}},
        {"Health", ICON_HEALTH, "health",
         {ICON_HEALTH, "No follow-up data yet",
          "Health measures your follow-up against what works: leads never contacted, leads given up after "
          "one try, touches per lead against 5 to 7, attempts until contact against 8 to 13, and speed to "
          "first touch."}},
        {"Settings", ICON_SETTINGS, "settings",
         {ICON_SETTINGS, "Settings",
          "Your name and signature for messages, your time zone, working days and quiet hours, the theme "
          "and text size, and where your data is kept will be set here."}},
    };
    return kViews[static_cast<int>(view)];
}

} // namespace

const char* viewName(View view) { return info(view).name; }
const char* viewIcon(View view) { return info(view).icon; }
const char* viewSlug(View view) { return info(view).slug; }
const EmptyState& viewEmptyState(View view) { return info(view).empty; }

} // namespace cadence::ui
