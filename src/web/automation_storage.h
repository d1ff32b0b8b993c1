// Registers the storage automation calls (see automation_storage.cpp).
#pragma once

namespace cadence::web {

class BrowserShell;
void registerStorageCalls(BrowserShell& shell);

} // namespace cadence::web
