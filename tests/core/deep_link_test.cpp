// Deep links and contact shapes: a name or number with & ? # quotes or newlines never breaks a link.
#include "core/contact_format.h"
#include "core/deep_link.h"

#include <doctest/doctest.h>

using namespace cadence;

TEST_CASE("a phone link keeps only the digits and a leading plus") {
    CHECK(telLink("+1 (555) 010-2030") == "tel:+15550102030");
    CHECK(telLink("555.010.2030 ext#12") == "tel:555010203012");
    CHECK(telLink("call me") == "");
    CHECK(telLink("0612\n&body=x") == "tel:0612");
    CHECK(dialableNumber("1+2") == "12"); // a plus that is not leading is dropped
}

TEST_CASE("an sms link encodes every reserved character of the body") {
    CHECK(smsLink("+33 6 12 34 56 78", "Hi Ana & Bo? #1 \"quoted\" 100%\nbye") ==
          "sms:+33612345678?body=Hi%20Ana%20%26%20Bo%3F%20%231%20%22quoted%22%20100%25%0Abye");
    CHECK(smsLink("555 0102", "") == "sms:5550102");
    CHECK(smsLink("", "hello") == "");
}

TEST_CASE("an sms body in any script survives as percent-encoded UTF-8") {
    CHECK(smsLink("5550102", "Zoë") == "sms:5550102?body=Zo%C3%AB");
}

TEST_CASE("a mailto link cannot gain a field from the address, subject or body") {
    const std::string url = mailtoLink("ana&cc=eve@example.com", "Hi? & welcome", "Line 1\nLine 2&bcc=x");
    CHECK(url == "mailto:ana%26cc%3Deve@example.com?subject=Hi%3F%20%26%20welcome&body=Line%201%0D%0ALine%"
                 "202%26bcc%3Dx");
    CHECK(url.find("&cc=") == std::string::npos);
    CHECK(mailtoLink(" ana@example.com ", "", "") == "mailto:ana@example.com");
    CHECK(mailtoLink("ana@example.com", "", "x") == "mailto:ana@example.com?body=x");
    CHECK(mailtoLink("  ", "s", "b") == "");
    CHECK(mailtoLink("a@b.co", "s", "one\r\ntwo\rthree") ==
          "mailto:a@b.co?subject=s&body=one%0D%0Atwo%0D%0Athree");
}

TEST_CASE("percent-encoding keeps only the unreserved characters") {
    CHECK(percentEncode("a-b_c.d~e") == "a-b_c.d~e");
    CHECK(percentEncode("a b+c/d'e(f)!*") == "a%20b%2Bc%2Fd%27e%28f%29%21%2A");
}

TEST_CASE("phone shapes: formatting accepted, letters and short numbers refused") {
    CHECK_FALSE(phoneProblem("+1 (555) 010-2030"));
    CHECK_FALSE(phoneProblem("06 12 34 56 78"));
    CHECK(phoneProblem(""));
    CHECK(phoneProblem("555-12"));
    CHECK(phoneProblem("call 5550102030"));
    CHECK(phoneProblem("1234567890123456"));
    CHECK(phoneKey("+1 (555) 010-2030") == "15550102030");
}

TEST_CASE("email shapes: one @ and a domain with a dot") {
    CHECK_FALSE(emailProblem("ana@example.com"));
    CHECK_FALSE(emailProblem(" Zoë@exämple.fr "));
    CHECK(emailProblem("ana"));
    CHECK(emailProblem("ana@example"));
    CHECK(emailProblem("@example.com"));
    CHECK(emailProblem("ana@@example.com"));
    CHECK(emailProblem("ana bo@example.com"));
    CHECK(emailKey(" Ana@Example.COM ") == "ana@example.com");
}
