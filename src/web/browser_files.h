// Files in and out of the browser for ui::Platform: the file dialog and files dropped onto the
// window, downloads, passphrase encryption with WebCrypto, and larger files kept on this device
// in their own IndexedDB database (js/cadence_files.js does the browser side).
//
// The browser answers asynchronously. Its callbacks only store what arrived: an opened file
// waits in a queue for takeOpened(), and a finished job's `done` is handed to `runInNextFrame`,
// so nothing touches the data from inside a browser callback.
#pragma once

#include "ui/platform.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

namespace cadence::web {

// The PBKDF2 iteration count new encrypted backups use (docs/backup-format.md); reading takes
// the count the file names.
constexpr int kBackupKeyIterations = 600'000;

class BrowserFiles {
  public:
    using RunInNextFrame = std::function<void(std::function<void()>)>;
    explicit BrowserFiles(RunInNextFrame runInNextFrame);

    void pick(std::string_view accept);
    std::optional<ui::Platform::OpenedFile> takeOpened();
    void download(std::string_view name, std::string_view bytes, std::string_view mimeType);
    void encrypt(std::string plaintext, std::string passphrase,
                 std::function<void(Result<std::string>)> done);
    void decrypt(std::string envelope, std::string passphrase, std::function<void(Result<std::string>)> done);
    void keep(std::string key, std::string bytes, std::function<void(Status)> done);
    void loadKept(std::string key, std::function<void(Result<std::optional<std::string>>)> done);

    // From js/cadence_files.js (through the exported functions in browser_files.cpp).
    void opened(ui::Platform::OpenedFile file);
    // outcome: 1 done (bytes = the result), 0 failed (bytes = why, in plain words), 2 not found.
    void finished(std::uint32_t job, int outcome, std::string bytes);

  private:
    std::uint32_t start(std::function<void(int outcome, std::string bytes)> done);

    RunInNextFrame runInNextFrame_;
    std::deque<ui::Platform::OpenedFile> opened_;
    std::unordered_map<std::uint32_t, std::function<void(int, std::string)>> jobs_;
    std::uint32_t nextJob_ = 1;
};

} // namespace cadence::web
