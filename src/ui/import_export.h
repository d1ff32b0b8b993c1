// Backups, imports and exports in the app, in one place:
//  - the "Backups & import" section of Settings: download a backup (optionally encrypted with a
//    passphrase), the reminder interval, restore a backup, return to the data before the last
//    restore, import contacts, export leads as CSV and touches as a calendar;
//  - the files the user picks or drops onto the window: a backup (.json) opens the restore
//    dialog, a .vcf the vCard import, anything else the CSV import;
//  - the CSV export of the Leads view's current filter, and the backup-age banner.
// App owns the one instance; views reach it through ViewContext::importExport.
#pragma once

#include "ui/backup_reminder.h"
#include "ui/contact_import.h"
#include "ui/restore_dialog.h"
#include "ui/view_context.h"

#include <span>
#include <string>

namespace cadence::ui {

class ImportExport {
  public:
    // Takes the files that arrived and opens the matching dialog. Call once per frame.
    void update(const ViewContext& context);
    void drawDialogs(const ViewContext& context);
    void drawSettingsSection(const ViewContext& context);
    void drawReminderBanner(const ViewContext& context);
    // Leads' "Import" and "Export CSV" (of `rows`, the leads the table shows), right of its count.
    void drawLeadsActions(const ViewContext& context, std::span<const std::uint32_t> rows);

    // The file dialog for a backup, or for contacts (CSV or vCard).
    void pickBackup(Platform& platform);
    void pickContacts(Platform& platform);
    void exportLeadsCsv(const ViewContext& context, std::span<const LeadId> leads);
    void exportCalendar(const ViewContext& context);
    void downloadBackup(const ViewContext& context);

    // For the automation API.
    const RestoreDialog& restore() const { return restore_; }
    const ContactImport& contactImport() const { return contacts_; }
    BackupReminder& reminder() { return reminder_; }
    bool encrypting() const { return encrypting_; }
    const std::string& encryptionProblem() const { return encryptionProblem_; }

  private:
    void downloadEncryptedBackup(const ViewContext& context);
    std::string datedName(const ViewContext& context, const char* stem, const char* extension) const;

    RestoreDialog restore_;
    ContactImport contacts_;
    BackupReminder reminder_;
    std::string passphrase_, passphraseAgain_;
    bool encrypting_ = false;
    std::string encryptionProblem_;
    int calendarDays_ = 90;
};

} // namespace cadence::ui
