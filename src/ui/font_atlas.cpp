// See font_atlas.h.
#include "ui/font_atlas.h"

#include "icons.h"

extern const unsigned char kInterRegular[];
extern const unsigned int kInterRegularSize;
extern const unsigned char kInterSemiBold[];
extern const unsigned int kInterSemiBoldSize;
extern const unsigned char kIconFont[];
extern const unsigned int kIconFontSize;

namespace cadence::ui {
namespace {

// What the embedded Inter subset holds (tools/embed_assets.py, keep both in step): Latin with
// Latin-1 and Extended-A, punctuation, currency, letterlike symbols, arrows. The interface draws
// only these; other characters come from the data and the files fetched on demand.
const ImWchar kEmbeddedRanges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2000, 0x206F, 0x20A0,
                                   0x20CF, 0x2212, 0x2212, 0x25CF, 0x25CF, 0};
const ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0};
const ImWchar kIconRanges[] = {ICON_RANGE_MIN, ICON_RANGE_MAX, 0};

// ImGui sizes a font by ascender minus descender. Inter spans 1.210 em, Noto Sans CJK 1.448 em:
// at the same pixel size CJK would look a fifth smaller than the Latin beside it.
constexpr float kCjkSizeRatio = 1.448f / 1.210f;

// Alphabets are small: when one letter of a 128-character page is used, rasterise the page, so
// typing a Greek name rebuilds the atlas once rather than at every new letter. Ideographs are
// thousands: only those in use.
constexpr char32_t kLastAlphabeticCodepoint = 0x2E7F;
// Beyond this many ideographs the texture (three sizes, at twice the pixels on a high-DPI screen)
// would outgrow what phones' WebGL accepts (4096 × 4096); the rest draw as "?".
constexpr int kMaxIdeographs = 3000;

bool inRanges(const ImWchar* ranges, char32_t codepoint) {
    for (; ranges[0] != 0; ranges += 2)
        if (codepoint >= ranges[0] && codepoint <= ranges[1]) return true;
    return false;
}

ImFont* addFont(ImGuiIO& io, const unsigned char* data, std::size_t size, float pixels, const ImWchar* ranges,
                bool merge = false) {
    ImFontConfig config;
    // The data is owned elsewhere (static, or kept by the loader): the atlas must not free it.
    config.FontDataOwnedByAtlas = false;
    config.MergeMode = merge;
    // Rasterised at the exact device size, so oversampling would only cost memory.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), pixels,
                                          &config, ranges);
}

} // namespace

FontNeed fontNeededFor(char32_t c) {
    if (inRanges(kEmbeddedRanges, c)) return FontNeed::None;
    const bool cjk = (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x33FF) ||
                     (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
                     (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                     (c >= 0xFF00 && c <= 0xFFEF);
    return cjk ? FontNeed::Cjk : FontNeed::Inter;
}

Fonts FontAtlas::build(ImGuiIO& io, float pixelRatio, float textScale, const UsedCharacters& used,
                       const ExtraFontFiles& files) {
    ++builds_;
    ImFontGlyphRangesBuilder& ranges = requested_;
    ranges.Clear();
    ranges.AddRanges(kEmbeddedRanges);
    int ideographs = 0;
    for (char32_t c : used.list()) {
        if (c > IM_UNICODE_CODEPOINT_MAX) continue; // ImGui 1.86 draws the Basic Multilingual Plane only
        if (c <= kLastAlphabeticCodepoint) {
            const char32_t page = c & ~char32_t{0x7F};
            for (char32_t member = page; member < page + 0x80; ++member) ranges.AddChar(static_cast<ImWchar>(member));
        } else if (ideographs++ < kMaxIdeographs) {
            ranges.AddChar(static_cast<ImWchar>(c));
        }
    }
    textRanges_.clear();
    ranges.BuildRanges(&textRanges_);

    io.Fonts->Clear();
    // Each text font: the embedded Latin face, then (first glyph wins) the rest of Inter, then
    // CJK, then the icons. stb_truetype skips what a file lacks.
    auto textFont = [&](const unsigned char* embedded, unsigned int embeddedSize, const FontFile& more,
                        float pixels, bool icons) {
        ImFont* font = addFont(io, embedded, embeddedSize, pixels, textRanges_.Data);
        if (more.loaded()) addFont(io, more.data, more.size, pixels, textRanges_.Data, true);
        if (files.cjk.loaded()) addFont(io, files.cjk.data, files.cjk.size, pixels * kCjkSizeRatio, textRanges_.Data, true);
        // Icons are drawn a little smaller than the text's em and aligned with its baseline.
        if (icons) addFont(io, kIconFont, kIconFontSize, pixels * 0.92f, kIconRanges, true);
        return font;
    };
    const float scale = pixelRatio * textScale;
    Fonts fonts;
    fonts.body = textFont(kInterRegular, kInterRegularSize, files.interRegular, 15.0f * scale, true);
    fonts.small = textFont(kInterRegular, kInterRegularSize, files.interRegular, 12.0f * scale, false);
    fonts.heading = textFont(kInterSemiBold, kInterSemiBoldSize, files.interSemiBold, 19.0f * scale, true);
    // The product name and big numbers: never user text.
    fonts.title = addFont(io, kInterSemiBold, kInterSemiBoldSize, 26.0f * scale, kTitleRanges);
    fonts.heroIcon = addFont(io, kIconFont, kIconFontSize, 44.0f * scale, kIconRanges);
    io.Fonts->Build();
    io.FontDefault = fonts.body;
    // Glyphs are in device pixels; layout is in CSS pixels.
    io.FontGlobalScale = 1.0f / pixelRatio;
    return fonts;
}

bool FontAtlas::lacksDrawable(const UsedCharacters& used, const ExtraFontFiles& files) const {
    for (char32_t c : used.list()) {
        if (c > IM_UNICODE_CODEPOINT_MAX || requested_.GetBit(static_cast<std::size_t>(c))) continue;
        switch (fontNeededFor(c)) {
        case FontNeed::None: return true;
        case FontNeed::Inter:
            if (files.interRegular.loaded() || files.interSemiBold.loaded()) return true;
            break;
        case FontNeed::Cjk:
            if (files.cjk.loaded()) return true;
            break;
        }
    }
    return false;
}

std::vector<char32_t> FontAtlas::missingGlyphs(const Fonts& fonts, const UsedCharacters& used) {
    std::vector<char32_t> missing;
    for (char32_t c : used.list())
        if (!fonts.body || c > IM_UNICODE_CODEPOINT_MAX || !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)))
            missing.push_back(c);
    return missing;
}

} // namespace cadence::ui
