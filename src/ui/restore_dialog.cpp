// See restore_dialog.h.
#include "ui/restore_dialog.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/modal.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdlib>

namespace cadence::ui {
namespace {

constexpr const char* kPopup = "Restore a backup";
constexpr const char* kSafetyCopyKey = "before-restore";
constexpr const char* kSafetyCopyPreference = "safetyCopy"; // "<unix seconds> <leads>"
constexpr std::string_view kEncryptedFormat = "cadence-backup-encrypted";

std::size_t touchCount(const Workspace& ws) {
    std::size_t count = 0;
    for (const auto& slot : ws.touchSlots())
        count += slot ? 1 : 0;
    return count;
}

std::size_t planCount(const Workspace& ws) {
    std::size_t count = 0;
    for (const auto& slot : ws.planSlots())
        count += slot ? 1 : 0;
    return count;
}

// Why the data cannot change now (another tab edits it, it is still opening ...), or nothing.
std::optional<std::string> cannotChange(const Document& document) {
    const SaveStatus status = document.saveStatus();
    switch (status.state) {
    case SaveStatus::State::ReadOnly:
    case SaveStatus::State::Loading:
    case SaveStatus::State::Refused:
        return "Nothing was changed: " + status.detail;
    default:
        return std::nullopt;
    }
}

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

std::optional<SafetyCopyInfo> safetyCopyInfo(const Platform& platform) {
    const std::optional<std::string> text = platform.loadPreference(kSafetyCopyPreference);
    if (!text || text->empty()) return std::nullopt;
    char* end = nullptr;
    SafetyCopyInfo info;
    info.takenAt = Instant{std::strtoll(text->c_str(), &end, 10)};
    if (end == text->c_str()) return std::nullopt;
    info.leads = std::strtoull(end, nullptr, 10);
    return info;
}

void RestoreDialog::open(std::string fileName, std::string bytes) {
    ++attempt_;
    fileName_ = std::move(fileName);
    bytes_ = std::move(bytes);
    fromSafetyCopy_ = false;
    passphrase_.clear();
    passphraseProblem_.clear();
    problem_.clear();
    data_.reset();
    step_ = Step::Reading;
    framesShown_ = 0;
}

void RestoreDialog::openSafetyCopy(const ViewContext& context) {
    ++attempt_;
    fileName_ = "the data before the restore";
    fromSafetyCopy_ = true;
    problem_.clear();
    data_.reset();
    step_ = Step::Reading;
    framesShown_ = -1; // waits for the stored copy
    const std::uint64_t attempt = attempt_;
    context.platform.loadKeptFile(kSafetyCopyKey, [this, attempt](Result<std::optional<std::string>> loaded) {
        if (attempt != attempt_) return;
        if (!loaded) return fail("The copy could not be read: " + loaded.error().describe() + ".");
        if (!*loaded) return fail("No copy of earlier data is kept on this device.");
        bytes_ = std::move(**loaded);
        framesShown_ = 0;
    });
}

void RestoreDialog::fail(std::string problem) {
    problem_ = std::move(problem);
    step_ = Step::Problem;
}

const char* RestoreDialog::stepName() const {
    switch (step_) {
    case Step::Closed:
        return "closed";
    case Step::Reading:
        return "reading";
    case Step::Passphrase:
        return "passphrase";
    case Step::Decrypting:
        return "decrypting";
    case Step::Problem:
        return "problem";
    case Step::Ready:
        return "ready";
    case Step::KeepingCopy:
        return "keeping-copy";
    }
    return "closed";
}

// Runs a frame after "Reading…" was drawn, so a large file never freezes a blank dialog.
void RestoreDialog::read(const ViewContext& context) {
    header_ = readBackupHeader(bytes_);
    if (header_.format == kEncryptedFormat) {
        step_ = Step::Passphrase;
        focusPassphrase_ = true;
        return;
    }
    Result<WorkspaceData> loaded = loadBackup(bytes_);
    if (!loaded) {
        const std::string where = loaded.error().where;
        std::string reason = loaded.error().reason;
        if (!reason.empty() && reason.back() == '.') reason.pop_back();
        return fail("This file cannot be restored. " + (where.empty() ? "" : "At " + where + ": ") + reason +
                    ". Nothing was changed.");
    }
    data_ = std::make_shared<const WorkspaceData>(std::move(*loaded));
    touchesInFile_ = data_->touches.size();
    bytes_.clear();
    bytes_.shrink_to_fit();
    step_ = Step::Ready;
    (void)context;
}

void RestoreDialog::draw(const ViewContext& context) {
    if (step_ == Step::Closed) return;
    if (!popupOpen_) {
        ImGui::OpenPopup(kPopup);
        popupOpen_ = true;
    }
    if (!beginModal(kPopup, context, 560.0f)) {
        popupOpen_ = false;
        return;
    }
    heading(context.fonts, fromSafetyCopy_ ? ICON_UNDO "  Return to the data before the restore"
                                           : ICON_UPLOAD "  Restore a backup");
    mutedTextWrapped(fileName_.c_str());
    ImGui::Spacing();

    bool close = false;
    switch (step_) {
    case Step::Reading:
    case Step::Decrypting:
        ImGui::TextUnformatted(step_ == Step::Reading ? ICON_HOURGLASS "  Reading the backup…"
                                                      : ICON_LOCK "  Unlocking the backup…");
        context.platform.requestFrameAfter(0.0);
        if (step_ == Step::Reading && framesShown_ >= 0 && framesShown_++ > 0) read(context);
        close = ImGui::Button("Cancel##restore");
        break;
    case Step::Passphrase:
        drawPassphrase(context);
        break;
    case Step::Problem:
        problemText(problem_);
        ImGui::Spacing();
        close = ImGui::Button("Close##restore problem") || ImGui::IsKeyPressed(27, false);
        break;
    case Step::Ready:
        drawSummary(context);
        break;
    case Step::KeepingCopy:
        ImGui::TextUnformatted(ICON_DATABASE "  Keeping a copy of your current data on this device…");
        context.platform.requestFrameAfter(0.0);
        if (copyKept_) finishReplace(context);
        break;
    case Step::Closed:
        break;
    }
    if (close) {
        ++attempt_;
        step_ = Step::Closed;
        data_.reset();
        bytes_.clear();
    }
    if (step_ == Step::Closed) {
        ImGui::CloseCurrentPopup();
        popupOpen_ = false;
    }
    ImGui::EndPopup();
}

void RestoreDialog::drawPassphrase(const ViewContext& context) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ICON_LOCK "  This backup is encrypted. Enter the passphrase it was saved with.");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(-1.0f);
    if (focusPassphrase_) {
        ImGui::SetKeyboardFocusHere();
        focusPassphrase_ = false;
    }
    const bool entered =
        inputTextWithHint("##Backup passphrase", "Passphrase", passphrase_, TextKind::Text,
                          ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    if (!passphraseProblem_.empty()) problemText(passphraseProblem_);
    ImGui::Spacing();
    ImGui::BeginDisabled(passphrase_.empty());
    const bool unlock = primaryButton(ICON_LOCK "  Unlock") || (entered && !passphrase_.empty());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel##passphrase")) {
        ++attempt_;
        step_ = Step::Closed;
        return;
    }
    if (!unlock) return;
    step_ = Step::Decrypting;
    passphraseProblem_.clear();
    const std::uint64_t attempt = attempt_;
    context.platform.decryptWithPassphrase(bytes_, passphrase_, [this, attempt](Result<std::string> plain) {
        if (attempt != attempt_ || step_ != Step::Decrypting) return;
        if (!plain) {
            passphraseProblem_ = plain.error().describe();
            passphrase_.clear(); // a fresh try, as password prompts do
            step_ = Step::Passphrase;
            focusPassphrase_ = true;
            return;
        }
        bytes_ = std::move(*plain);
        passphrase_.clear();
        step_ = Step::Reading;
        framesShown_ = 0;
    });
}

void RestoreDialog::drawSummary(const ViewContext& context) {
    const Workspace& here = context.editor.workspace();
    const TimeZone& zone = here.timeZone();
    std::string made = header_.exportedAt
                           ? "Made " + formatDate(zone, *header_.exportedAt, context.now) + ", " +
                                 formatClock(zone, *header_.exportedAt) + " (" +
                                 formatDuration(std::max<std::int64_t>(
                                     0, context.now.unixSeconds - header_.exportedAt->unixSeconds)) +
                                 " ago)"
                           : std::string("The date it was made is not recorded");
    made += header_.version ? " · backup format version " + std::to_string(*header_.version) : "";
    ImGui::PushTextWrapPos(0.0f); // a phone is narrower than the line
    ImGui::TextUnformatted(made.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::BeginTable("restore counts", 3,
                          ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("##what");
        ImGui::TableSetupColumn(fromSafetyCopy_ ? "In the copy" : "In the file");
        ImGui::TableSetupColumn("Here now");
        ImGui::TableHeadersRow();
        const std::size_t rows[3][2] = {{data_->leads.size(), here.leadCount()},
                                        {touchesInFile_, touchCount(here)},
                                        {data_->plans.size(), planCount(here)}};
        const char* names[] = {"Leads", "Touches", "Plans"};
        for (int r = 0; r < 3; ++r) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(names[r]);
            ImGui::TableNextColumn();
            ImGui::Text("%zu", rows[r][0]);
            ImGui::TableNextColumn();
            ImGui::Text("%zu", rows[r][1]);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ICON_REFRESH "  Replace");
    mutedText("Your data becomes exactly what this file holds. What you have now is kept on this device "
              "first: Settings > Backups & import can return to it, and Undo reverses the restore.");
    if (!fromSafetyCopy_) {
        ImGui::Spacing();
        ImGui::TextUnformatted(ICON_MERGE "  Merge");
        mutedText(
            "Adds the file's leads and their touches to yours, with no duplicates. A lead matches one here "
            "with the same id (and the same name, email or phone), else the same email, else the same "
            "phone; a match only gains what it lacks. Your plans, templates and settings stay as they "
            "are.");
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const bool narrow = context.narrow;
    const float width = narrow ? ImGui::GetContentRegionAvail().x : 0.0f;
    if (primaryButton(fromSafetyCopy_ ? ICON_UNDO "  Return to this data" : ICON_REFRESH "  Replace my data",
                      ImVec2(width, 0)))
        replace(context);
    if (!fromSafetyCopy_) {
        if (!narrow) ImGui::SameLine();
        if (ImGui::Button(ICON_MERGE "  Merge into my data", ImVec2(width, 0))) merge(context);
    }
    if (!narrow) ImGui::SameLine();
    if (ImGui::Button("Cancel##restore summary", ImVec2(width, 0)) || ImGui::IsKeyPressed(27, false)) {
        ++attempt_;
        step_ = Step::Closed;
        data_.reset();
    }
}

void RestoreDialog::replace(const ViewContext& context) {
    // Checked before the copy is taken, so a refused restore never overwrites the last copy.
    if (std::optional<std::string> why = cannotChange(context.document)) return fail(std::move(*why));
    const Workspace& here = context.editor.workspace();
    step_ = Step::KeepingCopy;
    copyKept_ = false;
    copyTakenAt_ = context.now;
    copyLeads_ = here.leadCount();
    const std::uint64_t attempt = attempt_;
    // The copy must be stored before anything is replaced: only then is nothing lost. The answer
    // comes in a later frame, which finishes the restore (finishReplace).
    context.platform.keepFile(
        kSafetyCopyKey, saveBackup(here.toData(), context.now), [this, attempt](Status kept) {
            if (attempt != attempt_ || step_ != Step::KeepingCopy) return;
            if (!kept)
                return fail("Nothing was changed: a copy of your current data could not be kept first (" +
                            kept.error().describe() +
                            "). Download a backup of it, free some space, and try again.");
            copyKept_ = true;
        });
}

void RestoreDialog::finishReplace(const ViewContext& context) {
    Result<Applied> applied = context.editor.apply(ReplaceWorkspace{data_});
    // The stored copy is offered from now on (even if the apply failed, it holds the data as it
    // still is, so returning to it is harmless).
    context.platform.savePreference(kSafetyCopyPreference, std::to_string(copyTakenAt_.unixSeconds) + " " +
                                                               std::to_string(copyLeads_));
    if (!applied) return fail("Nothing was changed: " + applied.error().describe());
    const std::string what = plural(data_->leads.size(), "lead", "leads");
    context.navigator.notify(fromSafetyCopy_
                                 ? "Back to the data before the restore (" + what + ")"
                                 : "Backup restored: " + what + ". Your previous data is kept in Settings.",
                             1);
    step_ = Step::Closed;
    data_.reset();
}

void RestoreDialog::merge(const ViewContext& context) {
    if (std::optional<std::string> why = cannotChange(context.document)) return fail(std::move(*why));
    const Workspace& here = context.editor.workspace();
    const std::size_t leadsBefore = here.leadCount(), touchesBefore = touchCount(here);
    Result<Applied> applied = context.editor.apply(MergeWorkspace{data_, context.now});
    if (!applied) return fail("Nothing was changed: " + applied.error().describe());
    const std::size_t added = here.leadCount() - leadsBefore, touches = touchCount(here) - touchesBefore;
    context.navigator.notify("Backup merged: " + plural(added, "lead", "leads") + " and " +
                                 plural(touches, "touch", "touches") + " added, no duplicates",
                             1);
    step_ = Step::Closed;
    data_.reset();
}

} // namespace cadence::ui
