// Shapes of phone numbers and email addresses as a person types them: what the quick-add and
// lead forms accept, and the keys used to spot a duplicate ("+1 (555) 010-2030" and
// "15550102030" are the same phone; "Ana@Example.com" and "ana@example.com" the same email).
// The engine itself only requires a non-empty number and an "@" (validation.h); these checks
// are stricter, for people typing, and return a sentence a user can act on.
//
//   if (auto problem = phoneProblem(text)) showError(*problem);
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cadence {

// The text without leading and trailing spaces, tabs and line breaks.
std::string_view trimWhitespace(std::string_view text);

// Nullopt when the text looks like a phone number: digits with optional spaces, dots, dashes,
// parentheses and a leading "+", 7 to 15 digits (E.164 allows 15). Else why not.
std::optional<std::string> phoneProblem(std::string_view text);
// Nullopt when the text looks like an email: one "@", something before it, a domain with a dot
// and no spaces. Else why not.
std::optional<std::string> emailProblem(std::string_view text);

// Comparison keys for duplicates: the phone's digits (a leading country "1" or "0" trunk digit is
// kept: only formatting is ignored); the email trimmed and lower-cased (ASCII).
std::string phoneKey(std::string_view text);
std::string emailKey(std::string_view text);

} // namespace cadence
