// Links that hand a touch to the phone's own apps: tel: (dialer), sms: (messages, body filled)
// and mailto: (mail, subject and body filled). Every user-supplied part is percent-encoded, so a
// name, number or message containing & ? # % quotes, spaces or newlines can never end the field
// it belongs to or add another one ("&cc=" in a name stays text).
//
//   std::string url = smsLink("+1 (555) 010-2030", "Hi Ana & Bo?");
//   // "sms:+15550102030?body=Hi%20Ana%20%26%20Bo%3F"
#pragma once

#include <string>
#include <string_view>

namespace cadence {

// RFC 3986 percent-encoding of everything but the unreserved characters (A-Z a-z 0-9 - . _ ~),
// byte by byte, so UTF-8 text survives. Spaces become %20 (never "+": mailto does not decode it).
std::string percentEncode(std::string_view text);

// The dialable part of a phone number: digits, with a leading "+" kept. Letters, spaces,
// punctuation, "#" and anything else are dropped. Empty when no digit remains.
std::string dialableNumber(std::string_view number);

// "tel:+15550102030"; empty when the number has no digit.
std::string telLink(std::string_view number);
// "sms:+15550102030?body=..." (RFC 5724); without a body, just "sms:+1555...". Empty when the
// number has no digit.
std::string smsLink(std::string_view number, std::string_view body);
// "mailto:ana%40example.com?subject=...&body=..." (RFC 6068). Line breaks in the body are sent
// as CRLF, as the RFC asks. The address is encoded too, keeping only "@" readable. Empty when
// the address is blank.
std::string mailtoLink(std::string_view address, std::string_view subject, std::string_view body);

} // namespace cadence
