// See browser_document.h.
#include "web/browser_document.h"

#include "core/backup_format.h"
#include "web/browser_bridge.h"

#include <emscripten.h>

#include <memory>

extern "C" {
void cadence_storage_request_persistence();
void cadence_storage_query_status();
void cadence_storage_watch_visibility();
}

namespace cadence::web {
namespace {

// The document the exported storage callbacks report to (JavaScript has no other handle).
BrowserDocument* activeDocument = nullptr;

constexpr double kCoalesceMilliseconds = 250.0;
constexpr double kRetryMilliseconds = 2000.0;
constexpr double kBackgroundSliceMilliseconds = 30.0; // between compaction chunks

std::string describeProblems(const std::vector<store::StoreProblem>& problems) {
    if (problems.empty()) return {};
    std::string summary = problems.size() == 1
                              ? std::string("1 damaged record could not be read and was skipped: ")
                              : std::to_string(problems.size()) + " damaged records could not be read and were skipped: ";
    for (std::size_t i = 0; i < problems.size() && i < 3; ++i) {
        if (i) summary += "; ";
        summary += problems[i].key + " (" + problems[i].reason + ")";
    }
    if (problems.size() > 3) summary += "; …";
    return summary;
}

} // namespace

BrowserDocument::BrowserDocument(Environment environment)
    : environment_(std::move(environment)),
      // The role and the opened store are taken at once (cadence_tabs.js and the storage reads
      // call back from tasks of their own): waiting for the next frame, or even for a zero
      // timeout, cost 40-150 ms twice on the way to the first frame with the data, as the first
      // frames under SwiftShader keep the main thread busy.
      tabs_({[this](bool writer) { onRoleChanged(writer); },
             [this](std::uint64_t generation, std::uint64_t sequence) {
                 environment_.runInNextFrame([this, generation, sequence] { onRemoteCommit(generation, sequence); });
             },
             // Handing over must work while this tab is hidden (no frames run): flush directly.
             [this] { onHandoverRequested(); }}) {
    activeDocument = this;
}

void BrowserDocument::start(std::string timeZone) {
    timeZone_ = std::move(timeZone);
    cadence_storage_watch_visibility();
    tabs_.start();
}

const Workspace& BrowserDocument::workspace() const { return data_ ? data_->workspace : emptyWorkspace_; }

Status BrowserDocument::ensureWritable() const {
    if (refusal_) return Error{"", *refusal_};
    if (!data_ || opening_ || role_ == Role::Undecided) return Error{"", "Your data is still opening. Try again in a moment."};
    if (role_ == Role::Reader || !persistence_)
        return Error{"", "Cadence is open in another tab, so this one is read-only. Choose \"Use here instead\" to edit here."};
    if (handoverRequested_) return Error{"", "Another tab is taking over editing."};
    return success();
}

Result<Applied> BrowserDocument::apply(const Command& command) {
    if (Status writable = ensureWritable(); !writable) return writable.error();
    const double started = emscripten_get_now();
    Result<Applied> result = data_->workspace.apply(command);
    if (result) afterChange();
    timings_.lastEdit = emscripten_get_now() - started;
    return result;
}

Status BrowserDocument::replaceAll(WorkspaceData data) {
    if (Status writable = ensureWritable(); !writable) return writable;
    Result<Workspace> workspace = Workspace::fromData(std::move(data));
    if (!workspace) return workspace.error();
    data_->workspace = std::move(*workspace);
    ++replacements_;
    // Nothing in the journal describes the new records: write them all as a new generation.
    persistence_->requestCompaction();
    scheduleFlush(0.0);
    environment_.changed();
    return success();
}

void BrowserDocument::compactNow() {
    if (!persistence_) return;
    persistence_->requestCompaction();
    scheduleFlush(0.0);
}

Status BrowserDocument::undo() {
    if (Status writable = ensureWritable(); !writable) return writable;
    Status status = data_->workspace.undo();
    if (status) afterChange();
    return status;
}

Status BrowserDocument::redo() {
    if (Status writable = ensureWritable(); !writable) return writable;
    Status status = data_->workspace.redo();
    if (status) afterChange();
    return status;
}

void BrowserDocument::afterChange() {
    persistence_->noteChanges(data_->workspace);
    scheduleFlush(kCoalesceMilliseconds);
    environment_.changed();
}

ui::SaveStatus BrowserDocument::saveStatus() const {
    using State = ui::SaveStatus::State;
    if (refusal_) return {State::Refused, *refusal_};
    if (!data_ || role_ == Role::Undecided) return {State::Loading, "Opening your data…"};
    if (role_ == Role::Reader)
        return {State::ReadOnly, "Cadence is open in another tab. This tab shows the same data but cannot change it."};
    if (opening_ || !persistence_) return {State::Loading, "Opening your data…"};
    const store::SaveState saved = persistence_->saveState();
    switch (saved.kind) {
    case store::SaveState::Kind::Saved: return {State::Saved, ""};
    case store::SaveState::Kind::Saving: return {State::Saving, ""};
    case store::SaveState::Kind::Failed: return {State::Failed, saved.reason};
    case store::SaveState::Kind::QuotaExceeded: return {State::QuotaExceeded, saved.reason};
    }
    return {State::Saved, ""};
}

void BrowserDocument::onRoleChanged(bool writer) {
    const Role role = writer ? Role::Writer : Role::Reader;
    if (role == role_) return;
    role_ = role;
    if (writer) {
        // Another tab may have written since this one last read: start from what is stored.
        persistence_.reset();
        open();
    } else {
        persistence_.reset();
        if (!data_ && !opening_) open();
    }
    environment_.changed();
}

void BrowserDocument::open() {
    opening_ = true;
    openStore(storage_, timeZone_, [this](Result<store::OpenedStore> result) {
        opened(std::move(result));
    });
}

void BrowserDocument::opened(Result<store::OpenedStore> result) {
    opening_ = false;
    if (!result) {
        refusal_ = result.error().describe();
        environment_.changed();
        return;
    }
    data_ = std::move(*result);
    ++replacements_;
    report_.problems = data_->problems.size();
    report_.problemSummary = describeProblems(data_->problems);
    if (role_ == Role::Writer) {
        persistence_.emplace(data_->position);
        if (data_->position.rewriteNeeded) scheduleFlush(kBackgroundSliceMilliseconds);
    }
    cadence_storage_query_status();
    timings_.openedAt = emscripten_get_now();
    environment_.changed();
}

void BrowserDocument::scheduleFlush(double milliseconds) {
    if (flushScheduled_) return;
    flushScheduled_ = true;
    environment_.runAfter(milliseconds, [this] {
        flushScheduled_ = false;
        flush();
    });
}

void BrowserDocument::flushNow() { flush(); }

void BrowserDocument::retrySaving() { flush(); }

void BrowserDocument::flush() {
    if (!persistence_ || !data_ || persistence_->writeInFlight()) return;
    const double started = emscripten_get_now();
    const bool wasCompacting = persistence_->compacting();
    std::optional<store::WriteBatch> batch = persistence_->takeNextBatch(data_->workspace);
    if (!batch) {
        finishHandoverIfFlushed();
        return;
    }
    if (!wasCompacting && persistence_->compacting()) compactionStartedAt_ = started;
    timings_.lastBatchBytes = batch->bytes();
    storage_.write(std::move(*batch), [this](const store::StorageError* error) { onWriteFinished(error); });
    timings_.lastFlush = emscripten_get_now() - started;
}

void BrowserDocument::onWriteFinished(const store::StorageError* error) {
    if (!persistence_) return;
    persistence_->onWriteFinished(error);
    if (compactionStartedAt_ >= 0.0 && !persistence_->compacting()) {
        if (!error) {
            timings_.lastCompaction = emscripten_get_now() - compactionStartedAt_;
            ++timings_.compactions;
        }
        compactionStartedAt_ = -1.0;
    }
    if (!error) {
        tabs_.announceCommit(persistence_->position().generation, persistence_->acknowledgedSeq());
        if (!persistenceRequested_) {
            // Ask only after the first real save, when the user has something worth keeping.
            persistenceRequested_ = true;
            cadence_storage_request_persistence();
        }
        if (persistence_->hasUnsavedChanges()) flush();
        else if (persistence_->hasWorkToWrite()) scheduleFlush(kBackgroundSliceMilliseconds);
        else finishHandoverIfFlushed();
    } else if (!error->isQuotaExceeded()) {
        scheduleFlush(kRetryMilliseconds);
    }
    environment_.changed();
}

void BrowserDocument::onRemoteCommit(std::uint64_t, std::uint64_t) {
    if (role_ != Role::Reader || !data_ || opening_) return;
    if (refreshing_) {
        refreshAgain_ = true;
        return;
    }
    refreshing_ = true;
    refreshStore(storage_, *data_, [this](Result<store::OpenedStore> result) {
        auto shared = std::make_shared<Result<store::OpenedStore>>(std::move(result));
        environment_.runInNextFrame([this, shared] {
            refreshing_ = false;
            if (role_ == Role::Reader && *shared) {
                data_ = std::move(shared->value());
                ++replacements_;
            }
            if (refreshAgain_) {
                refreshAgain_ = false;
                onRemoteCommit(0, 0);
            }
            environment_.changed();
        });
    });
}

void BrowserDocument::useHereInstead() {
    if (role_ == Role::Reader) tabs_.requestWriterRole();
}

void BrowserDocument::onHandoverRequested() {
    if (role_ != Role::Writer) return;
    handoverRequested_ = true;
    flush();
    finishHandoverIfFlushed();
}

void BrowserDocument::finishHandoverIfFlushed() {
    if (!handoverRequested_) return;
    if (persistence_ && (persistence_->writeInFlight() || persistence_->hasUnsavedChanges())) return;
    handoverRequested_ = false;
    persistence_.reset();
    role_ = Role::Reader;
    tabs_.releaseWriterRole();
    environment_.changed();
}

void BrowserDocument::downloadBackup() {
    const Instant now = environment_.now();
    const std::string json = saveBackup(workspace().toData(), now);
    const std::string date = formatIsoDate(workspace().timeZone().localDate(now));
    const std::string name = "cadence-backup-" + date + ".json";
    cadence_browser_download(name.c_str(), reinterpret_cast<const unsigned char*>(json.data()), json.size(),
                             "application/json");
}

std::uint64_t BrowserDocument::acknowledgedSequence() const {
    if (persistence_) return persistence_->acknowledgedSeq();
    return data_ ? data_->position.lastSeq : 0;
}

std::uint64_t BrowserDocument::lastSequence() const {
    return persistence_ ? persistence_->lastSealedSeq() : acknowledgedSequence();
}

void BrowserDocument::setPersistenceResult(int persistent) {
    report_.persistent = persistent;
    cadence_storage_query_status();
    environment_.changed();
}

void BrowserDocument::setStorageEstimate(int persistent, double usage, double quota) {
    if (persistent >= 0) report_.persistent = persistent;
    report_.usageBytes = usage;
    report_.quotaBytes = quota;
    environment_.changed();
}

} // namespace cadence::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cadence_storage_page_hidden() {
    if (auto* document = cadence::web::activeDocument) document->flushNow();
}

EMSCRIPTEN_KEEPALIVE void cadence_storage_persistence_result(int persistent) {
    if (auto* document = cadence::web::activeDocument) document->setPersistenceResult(persistent);
}

EMSCRIPTEN_KEEPALIVE void cadence_storage_status_result(int persistent, double usage, double quota) {
    if (auto* document = cadence::web::activeDocument) document->setStorageEstimate(persistent, usage, quota);
}

} // extern "C"
