// Percent-encoded deep links; see deep_link.h.
#include "core/deep_link.h"

#include "core/contact_format.h"

namespace cadence {
namespace {

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void appendEncoded(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

// CR, LF and CRLF all become CRLF (mailto bodies), then encoded.
std::string encodeWithCrlf(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r' || c == '\n') {
            out += "%0D%0A";
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (isUnreserved(c)) {
            out += static_cast<char>(c);
        } else {
            appendEncoded(out, c);
        }
    }
    return out;
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::string percentEncode(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (isUnreserved(c))
            out += ch;
        else
            appendEncoded(out, c);
    }
    return out;
}

std::string dialableNumber(std::string_view number) {
    std::string digits;
    bool plus = false;
    for (char c : number) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c == '+' && digits.empty())
            plus = true;
    }
    if (digits.empty()) return {};
    return plus ? "+" + digits : digits;
}

std::string telLink(std::string_view number) {
    const std::string dialable = dialableNumber(number);
    return dialable.empty() ? std::string() : "tel:" + dialable;
}

std::string smsLink(std::string_view number, std::string_view body) {
    const std::string dialable = dialableNumber(number);
    if (dialable.empty()) return {};
    std::string url = "sms:" + dialable;
    if (!body.empty()) url += "?body=" + percentEncode(body);
    return url;
}

std::string mailtoLink(std::string_view address, std::string_view subject, std::string_view body) {
    if (isBlank(address)) return {};
    std::string url = "mailto:";
    for (char ch : trimWhitespace(address)) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (isUnreserved(c) || c == '@')
            url += ch;
        else
            appendEncoded(url, c);
    }
    char separator = '?';
    if (!subject.empty()) {
        url += separator;
        url += "subject=" + encodeWithCrlf(subject);
        separator = '&';
    }
    if (!body.empty()) {
        url += separator;
        url += "body=" + encodeWithCrlf(body);
    }
    return url;
}

} // namespace cadence
