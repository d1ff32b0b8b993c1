// Byte-order marks, UTF-16 surrogate pairs and the Windows-1252 table: see text_encoding.h.
#include "core/text_encoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace cadence {

std::string_view toString(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8WithBom: return "UTF-8 with BOM";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

void appendUtf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        // Eight ASCII bytes at a time: nearly all stored text is ASCII, and checking it a byte at a
        // time was a sixth of decoding a store's leads.
        std::uint64_t eight;
        while (end - p >= 8 && (std::memcpy(&eight, p, 8), (eight & 0x8080808080808080ULL) == 0))
            p += 8;
        if (p == end) break;
        unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || end - p <= extra) return false;
        char32_t cp = c & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms and surrogates are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

std::string windows1252ToUtf8(std::string_view bytes) {
    // 0x80..0x9F differ from ISO-8859-1; 0 marks the five bytes Windows-1252 leaves undefined.
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            appendUtf8(out, kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD);
        else
            appendUtf8(out, c);
    }
    return out;
}

namespace {

std::string utf16ToUtf8(std::string_view bytes, bool littleEndian) {
    std::string out;
    out.reserve(bytes.size() / 2 + bytes.size() / 8);
    auto unit = [&](std::size_t i) -> char16_t {
        auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(littleEndian ? (a | (b << 8)) : ((a << 8) | b));
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, u); // a lone surrogate becomes U+FFFD
    }
    if (i < bytes.size()) appendUtf8(out, 0xFFFD); // an odd trailing byte
    return out;
}

// UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte.
std::optional<bool> looksLikeUtf16(std::string_view bytes) {
    std::size_t sample = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    if (sample < 4) return std::nullopt;
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    std::size_t pairs = sample / 2;
    if (oddNul * 10 >= pairs * 4 && evenNul * 10 < pairs) return true;  // little-endian
    if (evenNul * 10 >= pairs * 4 && oddNul * 10 < pairs) return false; // big-endian
    return std::nullopt;
}

} // namespace

DecodedText decodeToUtf8(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        std::string_view rest = bytes.substr(3);
        if (isValidUtf8(rest)) return {std::string(rest), TextEncoding::Utf8WithBom};
        return {windows1252ToUtf8(rest), TextEncoding::Windows1252};
    }
    if (bytes.starts_with("\xFF\xFE")) return {utf16ToUtf8(bytes.substr(2), true), TextEncoding::Utf16LE};
    if (bytes.starts_with("\xFE\xFF")) return {utf16ToUtf8(bytes.substr(2), false), TextEncoding::Utf16BE};
    if (std::optional<bool> littleEndian = looksLikeUtf16(bytes))
        return {utf16ToUtf8(bytes, *littleEndian), *littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE};
    if (isValidUtf8(bytes)) return {std::string(bytes), TextEncoding::Utf8};
    return {windows1252ToUtf8(bytes), TextEncoding::Windows1252};
}

} // namespace cadence
