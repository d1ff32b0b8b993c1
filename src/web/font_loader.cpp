// See font_loader.h.
#include "web/font_loader.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

extern "C" void cadence_fonts_fetch(int file, const char* url);

namespace cadence::web {
namespace {

// The one loader, reachable from the exported functions below (JavaScript has no other handle).
FontLoader* activeLoader = nullptr;

// Relative to the page, so the app works from any folder of its origin.
constexpr const char* kPaths[FontLoader::kFileCount] = {"fonts/inter-regular.otf", "fonts/inter-semibold.otf",
                                                        "fonts/noto-sans-cjk.otf"};

} // namespace

FontLoader::FontLoader(std::function<void()> arrived) : arrived_(std::move(arrived)) { activeLoader = this; }

const std::array<bool, FontLoader::kFileCount>& FontLoader::needs(const ui::UsedCharacters& used) const {
    if (needsGeneration_ == used.generation()) return needs_;
    needsGeneration_ = used.generation();
    needs_ = {};
    for (char32_t c : used.list()) {
        switch (ui::fontNeededFor(c)) {
        case ui::FontNeed::Inter:
            needs_[static_cast<std::size_t>(File::InterRegular)] = true;
            needs_[static_cast<std::size_t>(File::InterSemiBold)] = true;
            break;
        case ui::FontNeed::Cjk: needs_[static_cast<std::size_t>(File::Cjk)] = true; break;
        case ui::FontNeed::None: break;
        }
    }
    return needs_;
}

void FontLoader::requestFor(const ui::UsedCharacters& used) {
    const std::array<bool, kFileCount>& needed = needs(used);
    for (std::size_t i = 0; i < kFileCount; ++i)
        if (needed[i]) request(static_cast<File>(i));
}

void FontLoader::request(File file) {
    Entry& entry = entries_[static_cast<std::size_t>(file)];
    // A failed file is fetched again by JavaScript when the browser is back online.
    if (entry.state != State::NotRequested) return;
    entry.state = State::Loading;
    cadence_fonts_fetch(static_cast<int>(file), kPaths[static_cast<std::size_t>(file)]);
}

ui::ExtraFontFiles FontLoader::filesFor(const ui::UsedCharacters& used) const {
    const std::array<bool, kFileCount>& needed = needs(used);
    auto file = [&](File which) {
        const Entry& entry = entries_[static_cast<std::size_t>(which)];
        if (!needed[static_cast<std::size_t>(which)] || entry.state != State::Loaded) return ui::FontFile{};
        return ui::FontFile{entry.data.data(), entry.data.size()};
    };
    return {file(File::InterRegular), file(File::InterSemiBold), file(File::Cjk)};
}

FontLoader::Status FontLoader::status(File file) const {
    const Entry& entry = entries_[static_cast<std::size_t>(file)];
    return {kPaths[static_cast<std::size_t>(file)], entry.state, entry.data.size(), entry.loadMilliseconds};
}

void FontLoader::fetched(int file, unsigned char* data, std::size_t size, double milliseconds) {
    if (file < 0 || file >= static_cast<int>(kFileCount)) return;
    Entry& entry = entries_[static_cast<std::size_t>(file)];
    // Only an OpenType file reaches stb_truetype: a wrong answer (an HTML error page from a
    // misconfigured host) is refused here rather than failing inside the atlas build.
    const bool openType = size >= 12 && (std::memcmp(data, "OTTO", 4) == 0 || std::memcmp(data, "\0\1\0\0", 4) == 0 ||
                                         std::memcmp(data, "true", 4) == 0);
    if (!openType) {
        entry.state = State::Failed;
        return;
    }
    entry.data.assign(data, data + size);
    entry.state = State::Loaded;
    entry.loadMilliseconds = milliseconds;
    arrived_();
}

void FontLoader::failed(int file) {
    if (file < 0 || file >= static_cast<int>(kFileCount)) return;
    entries_[static_cast<std::size_t>(file)].state = State::Failed;
}

const char* toString(FontLoader::State state) {
    switch (state) {
    case FontLoader::State::NotRequested: return "not_requested";
    case FontLoader::State::Loading: return "loading";
    case FontLoader::State::Loaded: return "loaded";
    case FontLoader::State::Failed: return "failed";
    }
    return "unknown";
}

} // namespace cadence::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cadence_on_font_fetched(int file, unsigned char* data, int size, double milliseconds) {
    if (cadence::web::activeLoader && size > 0)
        cadence::web::activeLoader->fetched(file, data, static_cast<std::size_t>(size), milliseconds);
    std::free(data);
}

EMSCRIPTEN_KEEPALIVE void cadence_on_font_failed(int file) {
    if (cadence::web::activeLoader) cadence::web::activeLoader->failed(file);
}

} // extern "C"
