// Phone and email shapes; see contact_format.h.
#include "core/contact_format.h"

namespace cadence {

std::string_view trimWhitespace(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::optional<std::string> phoneProblem(std::string_view text) {
    text = trimWhitespace(text);
    if (text.empty()) return "Enter a phone number.";
    int digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '+' && i == 0)
            continue;
        else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')')
            return std::string(
                "A phone number has only digits, spaces, dashes, dots, brackets and a leading +.");
    }
    if (digits < 7) return std::string("That number is too short: a phone number has at least 7 digits.");
    if (digits > 15) return std::string("That number is too long: a phone number has at most 15 digits.");
    return std::nullopt;
}

std::optional<std::string> emailProblem(std::string_view text) {
    text = trimWhitespace(text);
    if (text.empty()) return "Enter an email address.";
    if (text.find_first_of(" \t\r\n,;<>\"") != std::string_view::npos)
        return std::string("An email address has no spaces, commas or quotes.");
    const auto at = text.find('@');
    if (at == std::string_view::npos)
        return std::string("An email address needs an @, as in name@example.com.");
    if (text.find('@', at + 1) != std::string_view::npos)
        return std::string("An email address has only one @.");
    if (at == 0) return std::string("Something must come before the @, as in name@example.com.");
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0 || domain.back() == '.')
        return std::string("The part after the @ should be a domain such as example.com.");
    return std::nullopt;
}

std::string phoneKey(std::string_view text) {
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits += c;
    return digits;
}

std::string emailKey(std::string_view text) {
    std::string key(trimWhitespace(text));
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

} // namespace cadence
