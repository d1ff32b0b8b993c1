// Automation calls about backups, imports and exports (docs/automation-api.md, "Backups and
// import"): what the restore and import dialogs show, for the browser tests. Read-only.
#pragma once

namespace cadence::web {

class BrowserShell;
void registerBackupCalls(BrowserShell& shell);

} // namespace cadence::web
