// The fonts Cadence does not embed, fetched from its own origin the first time a character in use
// needs them (js/cadence_fonts.js): the rest of Inter (Greek, Cyrillic, Vietnamese ...) in two
// weights, and a Noto Sans CJK subset of the commonly used Han, kana and hangul. The files are
// made at build time by tools/web_fonts.py into dist/fonts/.
//
// Each file is fetched at most once (again only after a failure, when the browser is back online).
// Arrivals are browser callbacks: they keep the bytes and ask for a frame, whose font update
// (BrowserShell::updateFonts) rebuilds the atlas between frames.
#pragma once

#include "ui/font_atlas.h"
#include "ui/used_characters.h"

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace cadence::web {

class FontLoader {
  public:
    enum class File { InterRegular, InterSemiBold, Cjk };
    enum class State { NotRequested, Loading, Loaded, Failed };
    static constexpr std::size_t kFileCount = 3;

    // `arrived` runs (outside any frame) when a file has been fetched.
    explicit FontLoader(std::function<void()> arrived);

    // Fetches the files that some character of `used` needs and that are not here yet.
    void requestFor(const ui::UsedCharacters& used);
    // The loaded files that `used` needs (the atlas is built with these only).
    ui::ExtraFontFiles filesFor(const ui::UsedCharacters& used) const;

    struct Status {
        const char* path;
        State state;
        std::size_t bytes;
        double loadMilliseconds;
    };
    Status status(File file) const;

    // From JavaScript.
    void fetched(int file, unsigned char* data, std::size_t size, double milliseconds);
    void failed(int file);

  private:
    struct Entry {
        State state = State::NotRequested;
        std::vector<unsigned char> data;
        double loadMilliseconds = 0.0;
    };
    void request(File file);
    // Which files the characters of `used` need; remembered per generation of `used`.
    const std::array<bool, kFileCount>& needs(const ui::UsedCharacters& used) const;

    std::function<void()> arrived_;
    std::array<Entry, kFileCount> entries_;
    mutable std::array<bool, kFileCount> needs_{};
    mutable std::uint64_t needsGeneration_ = ~0ull;
};

const char* toString(FontLoader::State state);

} // namespace cadence::web
