// The font atlas: the embedded Latin faces (Inter regular and semibold, with the icons merged in)
// and, merged behind them, the fonts fetched on demand (the rest of Inter: Greek, Cyrillic,
// Vietnamese ...; Noto Sans CJK: Han, kana, hangul). It holds glyphs only for the interface's own
// characters and those in use (UsedCharacters), rasterised at text size × device pixel ratio and
// drawn at 1/ratio, so text is crisp at every size while layout stays in CSS pixels.
//
// Rebuild it between frames (never inside one) when the ratio, the text size, the characters in
// use or the available files change, then re-upload the texture.
#pragma once

#include "ui/theme.h"
#include "ui/used_characters.h"

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace cadence::ui {

// Font data owned elsewhere (it must outlive the atlas); empty until fetched.
struct FontFile {
    const unsigned char* data = nullptr;
    std::size_t size = 0;
    bool loaded() const { return data != nullptr && size > 0; }
};

struct ExtraFontFiles {
    FontFile interRegular, interSemiBold, cjk;
};

// Which on-demand file can draw `codepoint` (beyond the embedded Latin).
enum class FontNeed { None, Inter, Cjk };
FontNeed fontNeededFor(char32_t codepoint);

class FontAtlas {
  public:
    // Rebuilds io.Fonts. `textScale` is the user's text size (1 = 15 px body text).
    Fonts build(ImGuiIO& io, float pixelRatio, float textScale, const UsedCharacters& used,
                const ExtraFontFiles& files);

    // Whether `used` holds characters the atlas was not built for that `files` can draw. A
    // character whose file has not arrived yet waits for it: the file's arrival rebuilds the atlas
    // anyway, and rebuilding before would rasterise everything again for nothing (70 ms when a
    // store of Greek, Hebrew and Chinese names opens, in its first frame).
    bool lacksDrawable(const UsedCharacters& used, const ExtraFontFiles& files) const;

    // How many times build() ran (the automation's "text" call reports it).
    int builds() const { return builds_; }

    // The characters in `used` that the body font has no glyph for (they draw as "?").
    static std::vector<char32_t> missingGlyphs(const Fonts& fonts, const UsedCharacters& used);

  private:
    // The characters asked for at the last build, and the ranges made of them (ImGui reads the
    // ranges while building; they live here until the next build).
    ImFontGlyphRangesBuilder requested_;
    ImVector<ImWchar> textRanges_;
    int builds_ = 0;
};

} // namespace cadence::ui
