// See used_characters.h.
#include "ui/used_characters.h"

namespace cadence::ui {
namespace {

constexpr char32_t kCodepointCount = 0x110000;
constexpr char32_t kReplacement = 0xFFFD;

// Decodes the UTF-8 sequence starting at text[i] (which is not ASCII) and advances i past it.
char32_t decodeNonAscii(std::string_view text, std::size_t& i) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
    if (length == 0 || i + length > text.size()) {
        ++i;
        return kReplacement;
    }
    char32_t codepoint = lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        const unsigned char next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) {
            i += k;
            return kReplacement;
        }
        codepoint = (codepoint << 6) | (next & 0x3F);
    }
    i += length;
    const bool overlong = (length == 3 && codepoint < 0x800) || (length == 4 && codepoint < 0x10000);
    const bool surrogate = codepoint >= 0xD800 && codepoint <= 0xDFFF;
    return overlong || surrogate || codepoint >= kCodepointCount ? kReplacement : codepoint;
}

} // namespace

UsedCharacters::UsedCharacters() : bits_(kCodepointCount / 64, 0) {}

void UsedCharacters::addCodepoint(char32_t codepoint) {
    std::uint64_t& word = bits_[codepoint / 64];
    const std::uint64_t bit = std::uint64_t{1} << (codepoint % 64);
    if (word & bit) return;
    word |= bit;
    ++generation_;
}

void UsedCharacters::add(std::string_view text) {
    // ASCII is always in the atlas; names in Latin scripts are mostly ASCII, so skip it fast.
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        addCodepoint(decodeNonAscii(text, i));
    }
}

bool UsedCharacters::contains(char32_t codepoint) const {
    return codepoint < kCodepointCount && (bits_[codepoint / 64] >> (codepoint % 64)) & 1;
}

std::vector<char32_t> UsedCharacters::list() const {
    std::vector<char32_t> result;
    for (std::size_t word = 0; word < bits_.size(); ++word)
        for (std::uint64_t bits = bits_[word]; bits != 0; bits &= bits - 1)
            result.push_back(static_cast<char32_t>(word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
    return result;
}

// Plans, templates and settings are few: read whole whenever anything changed.
void UsedCharacters::scanSharedRecords(const Workspace& ws) {
    add(ws.settings().userName);
    add(ws.settings().signature);
    for (const auto& plan : ws.planSlots()) {
        if (!plan) continue;
        add(plan->name);
        for (const RecurringRule& rule : plan->recurring) add(rule.label);
    }
    for (const auto& messageTemplate : ws.templateSlots()) {
        if (!messageTemplate) continue;
        add(messageTemplate->name);
        add(messageTemplate->subject);
        add(messageTemplate->body);
    }
}

void UsedCharacters::scan(const Workspace& ws, std::uint64_t replacements) {
    const IdCounters& next = ws.nextIds();
    const bool replaced = replacements != replacementsSeen_ || next.lead < scannedUpTo_.lead ||
                          next.touch < scannedUpTo_.touch || next.plan < scannedUpTo_.plan ||
                          next.messageTemplate < scannedUpTo_.messageTemplate;
    if (replaced) {
        replacementsSeen_ = replacements;
        scannedUpTo_ = IdCounters{};
    } else if (next == scannedUpTo_) {
        return;
    }
    const auto& leads = ws.leadSlots();
    for (std::size_t id = scannedUpTo_.lead; id < leads.size(); ++id) {
        const std::optional<Lead>& lead = leads[id];
        if (!lead) continue;
        add(lead->name);
        add(lead->address);
        add(lead->source);
        add(lead->notes);
        for (const std::string& tag : lead->tags) add(tag);
        for (const PhoneNumber& phone : lead->phones) add(phone.label);
        for (const EmailAddress& email : lead->emails) add(email.address);
    }
    const auto& touches = ws.touchSlots();
    for (std::size_t id = scannedUpTo_.touch; id < touches.size(); ++id)
        if (touches[id]) add(touches[id]->note);
    scanSharedRecords(ws);
    scannedUpTo_ = next;
}

} // namespace cadence::ui
