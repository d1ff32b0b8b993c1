// Automation call about text rendering (see docs/automation-api.md): which characters are in use,
// which of them the font atlas cannot draw, and the state of the fonts fetched on demand.
#pragma once

namespace cadence::web {

class BrowserShell;
void registerTextCalls(BrowserShell& shell);

} // namespace cadence::web
