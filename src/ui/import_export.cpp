// See import_export.h.
#include "ui/import_export.h"

#include "core/backup_format.h"
#include "core/lead_export.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cctype>

namespace cadence::ui {
namespace {

constexpr const char* kBackupFiles = ".json,application/json";
constexpr const char* kContactFiles = ".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard,text/x-vcard";
constexpr std::size_t kShortestPassphrase = 8;
const int kCalendarDays[] = {30, 90, 365};
const char* const kCalendarNames[] = {"next 30 days", "next 90 days", "next 12 months"};

bool endsWith(std::string_view name, std::string_view suffix) {
    if (name.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(name[name.size() - suffix.size() + i])) != suffix[i])
            return false;
    return true;
}

// The text after a UTF-8 byte-order mark and leading blanks (UTF-16 files start with NULs or a
// BOM and are never taken for a backup or a vCard by this test).
std::string_view start(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    while (!bytes.empty() && std::isspace(static_cast<unsigned char>(bytes.front())))
        bytes.remove_prefix(1);
    return bytes.substr(0, 64);
}

bool looksLikeVCard(const Platform::OpenedFile& file) {
    std::string head(start(file.bytes));
    for (char& c : head)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return endsWith(file.name, ".vcf") || endsWith(file.name, ".vcard") || head.rfind("BEGIN:VCARD", 0) == 0;
}

bool looksLikeBackup(const Platform::OpenedFile& file) {
    return endsWith(file.name, ".json") || start(file.bytes).substr(0, 1) == "{";
}

} // namespace

void ImportExport::update(const ViewContext& context) {
    // One file at a time: the next waits in the platform's queue until the dialogs are closed,
    // and until no other dialog is open (opening ours would close a half-filled quick add).
    if (restore_.isOpen() || contacts_.isOpen() || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;
    std::optional<Platform::OpenedFile> file = context.platform.takeOpenedFile();
    if (!file) return;
    if (!file->problem.empty())
        context.navigator.notify("Could not open " + file->name + ": " + file->problem);
    else if (looksLikeVCard(*file))
        contacts_.open(std::move(file->name), std::move(file->bytes), true);
    else if (looksLikeBackup(*file))
        restore_.open(std::move(file->name), std::move(file->bytes));
    else
        contacts_.open(std::move(file->name), std::move(file->bytes), false);
}

void ImportExport::drawDialogs(const ViewContext& context) {
    restore_.draw(context);
    contacts_.draw(context);
}

void ImportExport::drawReminderBanner(const ViewContext& context) {
    if (reminder_.drawBanner(context)) downloadBackup(context);
}

void ImportExport::pickBackup(Platform& platform) {
    platform.pickFile(kBackupFiles);
}

void ImportExport::pickContacts(Platform& platform) {
    platform.pickFile(kContactFiles);
}

std::string ImportExport::datedName(const ViewContext& context, const char* stem,
                                    const char* extension) const {
    const Workspace& ws = context.editor.workspace();
    return std::string(stem) + "-" + formatIsoDate(ws.timeZone().localDate(context.now)) + extension;
}

void ImportExport::downloadBackup(const ViewContext& context) {
    context.document.downloadBackup();
    reminder_.noteBackupDownloaded(context.platform, context.now);
}

void ImportExport::downloadEncryptedBackup(const ViewContext& context) {
    encrypting_ = true;
    encryptionProblem_.clear();
    Platform& platform = context.platform;
    const Instant now = context.now;
    const std::string name = datedName(context, "cadence-backup", "-encrypted.json");
    context.platform.encryptWithPassphrase(saveBackup(context.editor.workspace().toData(), now), passphrase_,
                                           [this, &platform, now, name](Result<std::string> envelope) {
                                               encrypting_ = false;
                                               if (!envelope) {
                                                   encryptionProblem_ = envelope.error().describe();
                                                   return;
                                               }
                                               platform.downloadFile(name, *envelope, "application/json");
                                               reminder_.noteBackupDownloaded(platform, now);
                                               passphrase_.clear();
                                               passphraseAgain_.clear();
                                           });
}

void ImportExport::exportLeadsCsv(const ViewContext& context, std::span<const LeadId> leads) {
    context.platform.downloadFile(datedName(context, "cadence-leads", ".csv"),
                                  leadsToCsv(context.editor.workspace(), leads), "text/csv");
    context.navigator.notify("Exported " + std::to_string(leads.size()) +
                             (leads.size() == 1 ? " lead" : " leads") + " as CSV");
}

void ImportExport::exportCalendar(const ViewContext& context) {
    context.platform.downloadFile(datedName(context, "cadence-calendar", ".ics"),
                                  calendarOf(context.editor.workspace(), context.now, calendarDays_),
                                  "text/calendar");
    context.navigator.notify("Calendar exported: touches due in the " +
                             std::string(kCalendarNames[calendarDays_ == 30   ? 0
                                                        : calendarDays_ == 90 ? 1
                                                                              : 2]) +
                             " and every key date");
}

// Right of the count: import contacts, and export the leads the table shows now as CSV.
void ImportExport::drawLeadsActions(const ViewContext& context, std::span<const std::uint32_t> rows) {
    const char* importLabel = ICON_UPLOAD "  Import##leads";
    const char* exportLabel = ICON_DOWNLOAD "  Export CSV##leads";
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(importLabel, nullptr, true).x +
                        ImGui::CalcTextSize(exportLabel, nullptr, true).x + style.FramePadding.x * 4 +
                        style.ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
    if (ImGui::Button(importLabel)) pickContacts(context.platform);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Import contacts from a CSV or vCard file");
    ImGui::SameLine();
    ImGui::BeginDisabled(rows.empty());
    if (ImGui::Button(exportLabel)) {
        std::vector<LeadId> ids;
        ids.reserve(rows.size());
        for (std::uint32_t id : rows)
            ids.push_back(LeadId{id});
        exportLeadsCsv(context, ids);
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Download the leads shown (search and filters applied) as a CSV file");
}

void ImportExport::drawSettingsSection(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    const float width = std::min(ImGui::GetContentRegionAvail().x, 640.0f);
    const float fieldWidth = context.narrow ? width : (width - 8.0f) * 0.5f;
    ImGui::PushTextWrapPos(width);
    mutedText(
        "A backup file holds everything: leads, touches, plans, templates and settings. Keep one somewhere "
        "safe; it restores all of it on this or another device.");
    ImGui::PopTextWrapPos();
    if (primaryButton(ICON_DOWNLOAD "  Download backup")) downloadBackup(context);
    ImGui::SameLine();
    if (ImGui::Button(ICON_UPLOAD "  Restore a backup…")) pickBackup(context.platform);
    reminder_.drawIntervalSetting(context);

    ImGui::Spacing();
    ImGui::TextUnformatted(ICON_LOCK "  Encrypted backup (optional)");
    ImGui::SetNextItemWidth(fieldWidth);
    inputTextWithHint("##Backup passphrase new", "Passphrase", passphrase_, TextKind::Text,
                      ImGuiInputTextFlags_Password);
    if (!context.narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(fieldWidth);
    inputTextWithHint("##Backup passphrase again", "The same passphrase again", passphraseAgain_,
                      TextKind::Text, ImGuiInputTextFlags_Password);
    const bool tooShort = passphrase_.size() < kShortestPassphrase;
    const bool differ = passphrase_ != passphraseAgain_;
    ImGui::BeginDisabled(tooShort || differ || encrypting_);
    if (ImGui::Button(encrypting_ ? ICON_HOURGLASS "  Encrypting…##encrypted"
                                  : ICON_LOCK "  Download encrypted backup##encrypted"))
        downloadEncryptedBackup(context);
    ImGui::EndDisabled();
    ImGui::PushTextWrapPos(width);
    if (!passphrase_.empty() && tooShort)
        mutedText("Use at least 8 characters; a few unrelated words are best.");
    else if (!passphraseAgain_.empty() && differ)
        mutedText("The two passphrases differ.");
    if (!encryptionProblem_.empty()) problemText(encryptionProblem_);
    mutedText("Encrypted with AES-GCM; the key comes from the passphrase (PBKDF2-SHA-256, 600,000 rounds). "
              "Restoring asks for it. Nobody can open the file without it, and Cadence cannot recover a "
              "forgotten passphrase.");
    ImGui::PopTextWrapPos();

    if (const std::optional<SafetyCopyInfo> copy = safetyCopyInfo(context.platform)) {
        ImGui::Spacing();
        if (ImGui::Button(ICON_UNDO "  Return to the data before the restore"))
            restore_.openSafetyCopy(context);
        mutedText(("Kept " + formatWhen(ws.timeZone(), copy->takenAt, context.now) + ", " +
                   std::to_string(copy->leads) + (copy->leads == 1 ? " lead" : " leads"))
                      .c_str());
    }

    ImGui::Spacing();
    ImGui::TextUnformatted(ICON_USER_PLUS "  Contacts in and out");
    if (ImGui::Button(ICON_UPLOAD "  Import contacts (CSV or vCard)…")) pickContacts(context.platform);
    ImGui::PushTextWrapPos(width);
    mutedText("From a spreadsheet, Google Contacts, Outlook or a phone. You can also drop a file onto this "
              "window.");
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(ws.leadCount() == 0);
    if (ImGui::Button(ICON_FILE_TEXT "  Export all leads as CSV")) {
        const std::vector<LeadId> all = allLeadIds(ws);
        exportLeadsCsv(context, all);
    }
    if (!context.narrow) ImGui::SameLine();
    if (ImGui::Button(ICON_EVENT "  Export calendar (.ics)")) exportCalendar(context);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150.0f);
    int days = calendarDays_ == 30 ? 0 : calendarDays_ == 90 ? 1 : 2;
    if (ImGui::Combo("##Calendar range", &days, kCalendarNames, 3)) calendarDays_ = kCalendarDays[days];
    ImGui::PushTextWrapPos(width);
    mutedText(
        "The calendar file holds upcoming touches and birthdays and other key dates; importing a newer one "
        "into your calendar updates the events instead of doubling them.");
    ImGui::PopTextWrapPos();
}

} // namespace cadence::ui
