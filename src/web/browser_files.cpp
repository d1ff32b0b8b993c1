// See browser_files.h.
#include "web/browser_files.h"

#include "web/browser_bridge.h"

#include <emscripten.h>

#include <memory>

// js/cadence_files.js
extern "C" {
void cadence_files_init();
void cadence_files_pick(const char* accept);
void cadence_files_encrypt(unsigned job, const char* data, std::size_t size, const char* passphrase,
                           int iterations);
void cadence_files_decrypt(unsigned job, const char* data, std::size_t size, const char* passphrase);
void cadence_files_keep(unsigned job, const char* key, const char* data, std::size_t size);
void cadence_files_load_kept(unsigned job, const char* key);
}

namespace cadence::web {
namespace {

// The instance the exported callbacks report to (JavaScript has no other handle).
BrowserFiles* activeFiles = nullptr;

} // namespace

BrowserFiles::BrowserFiles(RunInNextFrame runInNextFrame) : runInNextFrame_(std::move(runInNextFrame)) {
    activeFiles = this;
    cadence_files_init();
}

void BrowserFiles::pick(std::string_view accept) {
    cadence_files_pick(std::string(accept).c_str());
}

std::optional<ui::Platform::OpenedFile> BrowserFiles::takeOpened() {
    if (opened_.empty()) return std::nullopt;
    ui::Platform::OpenedFile file = std::move(opened_.front());
    opened_.pop_front();
    return file;
}

void BrowserFiles::download(std::string_view name, std::string_view bytes, std::string_view mimeType) {
    cadence_browser_download(std::string(name).c_str(), reinterpret_cast<const unsigned char*>(bytes.data()),
                             bytes.size(), std::string(mimeType).c_str());
}

std::uint32_t BrowserFiles::start(std::function<void(int, std::string)> done) {
    const std::uint32_t job = nextJob_++;
    jobs_.emplace(job, std::move(done));
    return job;
}

void BrowserFiles::encrypt(std::string plaintext, std::string passphrase,
                           std::function<void(Result<std::string>)> done) {
    const std::uint32_t job = start([done = std::move(done)](int outcome, std::string bytes) {
        done(outcome == 1 ? Result<std::string>(std::move(bytes))
                          : Result<std::string>(Error{"", std::move(bytes)}));
    });
    cadence_files_encrypt(job, plaintext.data(), plaintext.size(), passphrase.c_str(), kBackupKeyIterations);
}

void BrowserFiles::decrypt(std::string envelope, std::string passphrase,
                           std::function<void(Result<std::string>)> done) {
    const std::uint32_t job = start([done = std::move(done)](int outcome, std::string bytes) {
        done(outcome == 1 ? Result<std::string>(std::move(bytes))
                          : Result<std::string>(Error{"", std::move(bytes)}));
    });
    cadence_files_decrypt(job, envelope.data(), envelope.size(), passphrase.c_str());
}

void BrowserFiles::keep(std::string key, std::string bytes, std::function<void(Status)> done) {
    const std::uint32_t job = start([done = std::move(done)](int outcome, std::string why) {
        done(outcome == 1 ? success() : Status(Error{"", std::move(why)}));
    });
    cadence_files_keep(job, key.c_str(), bytes.data(), bytes.size());
}

void BrowserFiles::loadKept(std::string key, std::function<void(Result<std::optional<std::string>>)> done) {
    const std::uint32_t job = start([done = std::move(done)](int outcome, std::string bytes) {
        using Loaded = Result<std::optional<std::string>>;
        if (outcome == 1)
            done(Loaded(std::optional<std::string>(std::move(bytes))));
        else if (outcome == 2)
            done(Loaded(std::optional<std::string>()));
        else
            done(Loaded(Error{"", std::move(bytes)}));
    });
    cadence_files_load_kept(job, key.c_str());
}

void BrowserFiles::opened(ui::Platform::OpenedFile file) {
    opened_.push_back(std::move(file));
    runInNextFrame_([] {}); // draw, so the app takes it
}

void BrowserFiles::finished(std::uint32_t job, int outcome, std::string bytes) {
    auto found = jobs_.find(job);
    if (found == jobs_.end()) return;
    auto done = std::make_shared<std::function<void(int, std::string)>>(std::move(found->second));
    jobs_.erase(found);
    auto result = std::make_shared<std::string>(std::move(bytes));
    runInNextFrame_([done, outcome, result] { (*done)(outcome, std::move(*result)); });
}

} // namespace cadence::web

extern "C" {

// `problem` is empty when the file was read; the bytes are copied before JavaScript frees them.
EMSCRIPTEN_KEEPALIVE void cadence_files_opened(const char* name, const char* data, std::size_t size,
                                               const char* problem) {
    if (!cadence::web::activeFiles) return;
    cadence::web::activeFiles->opened({name, std::string(data ? data : "", data ? size : 0), problem});
}

EMSCRIPTEN_KEEPALIVE void cadence_files_finished(unsigned job, int outcome, const char* data,
                                                 std::size_t size) {
    if (cadence::web::activeFiles)
        cadence::web::activeFiles->finished(job, outcome, std::string(data ? data : "", data ? size : 0));
}

} // extern "C"
