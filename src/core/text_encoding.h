// Turns the bytes of a file a user picked into UTF-8 text, whatever wrote it: UTF-8 with or
// without a byte-order mark, UTF-16 little- or big-endian (what Excel's "Unicode text" and many
// Windows tools write, with a BOM, or recognised by their NUL bytes), and, when the bytes are not
// valid UTF-8, Windows-1252 (Excel's "CSV" on Western Windows). Importers call this first so
// that the readers only ever see UTF-8.
//
//   DecodedText decoded = decodeToUtf8(fileBytes);
//   readCsv(decoded.text);      // decoded.encoding says what was found ("UTF-16LE", ...)
#pragma once

#include <string>
#include <string_view>

namespace cadence {

enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

struct DecodedText {
    std::string text; // UTF-8, without a byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

std::string_view toString(TextEncoding encoding); // "UTF-8", "UTF-16LE", ...

DecodedText decodeToUtf8(std::string_view bytes);

bool isValidUtf8(std::string_view text);
// Appends the UTF-8 form of a code point (invalid ones become U+FFFD).
void appendUtf8(std::string& out, char32_t codePoint);
// Windows-1252 bytes (ISO-8859-1 plus typographic quotes, dashes and the euro sign) to UTF-8.
std::string windows1252ToUtf8(std::string_view bytes);

} // namespace cadence
