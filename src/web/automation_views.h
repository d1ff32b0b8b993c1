// Registers the read-only automation calls of the views: agenda, leads, lead, plans
// (see automation_views.cpp and docs/automation-api.md).
#pragma once

namespace cadence::web {

class BrowserShell;
void registerViewCalls(BrowserShell& shell);

} // namespace cadence::web
