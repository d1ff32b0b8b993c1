// See automation_backup.h.
#include "web/automation_backup.h"

#include "ui/restore_dialog.h"
#include "web/browser_shell.h"

namespace cadence::web {

void registerBackupCalls(BrowserShell& shell) {
    using nlohmann::json;
    shell.automation().add("importExport", [&shell](const json&) {
        ui::ImportExport& transfer = shell.app().importExport();
        const ui::ContactImport& contacts = transfer.contactImport();
        json rejected = json::array();
        for (const RejectedRow& row : contacts.rejected())
            rejected.push_back({{"line", row.line}, {"reason", row.reason}});
        json copy = nullptr;
        if (const std::optional<ui::SafetyCopyInfo> info = ui::safetyCopyInfo(shell.platform()))
            copy = {{"takenAt", formatIsoInstant(info->takenAt)}, {"leads", info->leads}};
        const ui::ViewContext context = shell.app().automationContext();
        return json{{"restore", transfer.restore().stepName()},
                    {"restoreProblem", transfer.restore().problem()},
                    {"passphraseProblem", transfer.restore().passphraseProblem()},
                    {"contactImport", contacts.stepName()},
                    {"importProblem", contacts.problem()},
                    {"imported", contacts.imported()},
                    {"rejected", rejected},
                    {"safetyCopy", copy},
                    {"backupReminder", transfer.reminder().state(context)},
                    {"encrypting", transfer.encrypting()},
                    {"encryptionProblem", transfer.encryptionProblem()}};
    });
}

} // namespace cadence::web
