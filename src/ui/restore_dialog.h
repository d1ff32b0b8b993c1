// Restoring a backup file. What the file holds is shown before anything changes (leads, touches
// and plans, the date it was made, its format version); then
//  - Replace: the current data is first kept on this device as a safety copy (stored durably,
//    so it survives a reload; Settings offers "Return to the data before the restore"), then
//    one ReplaceWorkspace command makes the data exactly the backup's;
//  - Merge: one MergeWorkspace command (matching rule shown: id, then email, then phone).
// Each is one undo step. An encrypted backup asks for its passphrase first. A file that cannot
// be restored says what is wrong and where (the reader's JSON Pointer and reason), and nothing
// changes. Slow steps (reading a large file) are drawn as "Reading…" a frame before they run.
#pragma once

#include "core/backup_format.h"
#include "ui/view_context.h"

#include <optional>
#include <string>

namespace cadence::ui {

// The copy kept before the last replace: when it was made and how many leads it holds.
struct SafetyCopyInfo {
    Instant takenAt;
    std::size_t leads = 0;
};
std::optional<SafetyCopyInfo> safetyCopyInfo(const Platform& platform);

class RestoreDialog {
  public:
    // A picked or dropped file (a backup, perhaps encrypted, or anything else: it is checked).
    void open(std::string fileName, std::string bytes);
    // "Return to the data before the restore": the safety copy, offered for Replace only.
    void openSafetyCopy(const ViewContext& context);
    bool isOpen() const { return step_ != Step::Closed; }
    void draw(const ViewContext& context);
    // For the automation API: "closed", "reading", "passphrase", "decrypting", "problem",
    // "ready", "keeping-copy".
    const char* stepName() const;
    const std::string& problem() const { return problem_; }
    const std::string& passphraseProblem() const { return passphraseProblem_; }

  private:
    enum class Step { Closed, Reading, Passphrase, Decrypting, Problem, Ready, KeepingCopy };
    void read(const ViewContext& context);
    void fail(std::string problem);
    void drawSummary(const ViewContext& context);
    void drawPassphrase(const ViewContext& context);
    void replace(const ViewContext& context);
    void merge(const ViewContext& context);
    void finishReplace(const ViewContext& context);

    Step step_ = Step::Closed;
    bool popupOpen_ = false;
    bool fromSafetyCopy_ = false;
    int framesShown_ = 0; // frames drawn in the current slow step
    std::string fileName_;
    std::string bytes_; // the file as read (the envelope, for an encrypted backup)
    std::string passphrase_;
    std::string problem_;
    std::string passphraseProblem_;
    bool focusPassphrase_ = false;
    BackupHeader header_;
    WorkspaceDataRef data_;
    std::size_t touchesInFile_ = 0;
    bool copyKept_ = false; // the safety copy is stored: the replace can go ahead
    Instant copyTakenAt_;
    std::size_t copyLeads_ = 0;
    std::uint64_t attempt_ = 0; // an asynchronous answer counts only for the attempt that asked
};

} // namespace cadence::ui
