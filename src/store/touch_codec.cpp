// Binary touch chunks; see touch_codec.h.
#include "store/touch_codec.h"

#include "core/text_encoding.h"

#include <limits>

namespace cadence::store {
namespace {

enum Flag : unsigned { HasEnrollment = 1, HasStep = 2, HasRule = 4, HasContact = 8, KnownFlags = 15 };

void putVarint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}

std::int64_t unzigzag(std::uint64_t value) {
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

// Instants a backup can hold: four-digit years, with a day's margin for UTC offsets.
constexpr std::int64_t kEarliestSeconds = -62167219200 - 86400; // 0000-01-01T00:00:00Z - 1 day
constexpr std::int64_t kLatestSeconds = 253402300799 + 86400;   // 9999-12-31T23:59:59Z + 1 day

class Reader {
  public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool varint(std::uint64_t& out) {
        out = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= bytes_.size()) return false;
            const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
            out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return shift < 63 || byte <= 1;
        }
        return false;
    }
    bool bytes(std::size_t count, std::string_view& out) {
        if (count > bytes_.size() - pos_) return false;
        out = bytes_.substr(pos_, count);
        pos_ += count;
        return true;
    }
    bool atEnd() const { return pos_ == bytes_.size(); }

  private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

bool isId(std::uint64_t value) { return value != 0 && value <= std::numeric_limits<std::uint32_t>::max(); }

Error touchError(std::size_t index, const char* field, std::string reason) {
    return Error{"touches[" + std::to_string(index) + "]." + field, std::move(reason)};
}

} // namespace

std::string encodeTouches(std::span<const Touch> touches) {
    std::string out(kTouchChunkMagic);
    out.reserve(out.size() + touches.size() * 24);
    putVarint(out, touches.size());
    for (const Touch& t : touches) {
        putVarint(out, t.id.value);
        putVarint(out, t.leadId.value);
        putVarint(out, zigzag(t.at.unixSeconds));
        putVarint(out, static_cast<std::uint64_t>(t.channel));
        putVarint(out, static_cast<std::uint64_t>(t.outcome));
        const unsigned flags = (t.enrollmentId ? HasEnrollment : 0) | (t.stepIndex ? HasStep : 0) |
                               (t.ruleIndex ? HasRule : 0) | (t.contactIndex ? HasContact : 0);
        putVarint(out, flags);
        if (t.enrollmentId) putVarint(out, t.enrollmentId->value);
        if (t.stepIndex) putVarint(out, zigzag(*t.stepIndex));
        if (t.ruleIndex) putVarint(out, zigzag(*t.ruleIndex));
        if (t.contactIndex) putVarint(out, zigzag(*t.contactIndex));
        putVarint(out, t.note.size());
        out += t.note;
    }
    return out;
}

bool isEncodedTouches(std::string_view payload) { return payload.starts_with(kTouchChunkMagic); }

Result<std::vector<Touch>> decodeTouches(std::string_view payload) {
    if (!isEncodedTouches(payload)) return Error{"touches", "not a binary touch chunk"};
    Reader in(payload.substr(kTouchChunkMagic.size()));
    std::uint64_t count = 0;
    // Each touch takes at least 7 bytes, so a damaged count cannot reserve gigabytes.
    if (!in.varint(count) || count > payload.size() / 7) return Error{"touches", "the touch count is damaged"};
    std::vector<Touch> touches(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < touches.size(); ++i) {
        Touch& t = touches[i];
        std::uint64_t id = 0, lead = 0, at = 0, channel = 0, outcome = 0, flags = 0;
        if (!in.varint(id) || !in.varint(lead) || !in.varint(at) || !in.varint(channel) || !in.varint(outcome) ||
            !in.varint(flags))
            return touchError(i, "id", "the chunk ends inside this touch");
        if (!isId(id)) return touchError(i, "id", "not an id");
        if (!isId(lead)) return touchError(i, "leadId", "not an id");
        const std::int64_t seconds = unzigzag(at);
        if (seconds < kEarliestSeconds || seconds > kLatestSeconds)
            return touchError(i, "at", "not a time a backup can hold");
        if (channel >= kChannelCount) return touchError(i, "channel", "unknown channel");
        if (outcome >= kOutcomeCount) return touchError(i, "outcome", "unknown outcome");
        if (flags & ~std::uint64_t{KnownFlags}) return touchError(i, "id", "unknown fields");
        t.id = TouchId{static_cast<std::uint32_t>(id)};
        t.leadId = LeadId{static_cast<std::uint32_t>(lead)};
        t.at = Instant{seconds};
        t.channel = static_cast<Channel>(channel);
        t.outcome = static_cast<Outcome>(outcome);
        if (flags & HasEnrollment) {
            std::uint64_t enrollment = 0;
            if (!in.varint(enrollment) || !isId(enrollment)) return touchError(i, "enrollmentId", "not an id");
            t.enrollmentId = EnrollmentId{static_cast<std::uint32_t>(enrollment)};
        }
        auto readInt = [&](unsigned flag, std::optional<int>& out) {
            if (!(flags & flag)) return true;
            std::uint64_t raw = 0;
            if (!in.varint(raw)) return false;
            const std::int64_t value = unzigzag(raw);
            if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) return false;
            out = static_cast<int>(value);
            return true;
        };
        if (!readInt(HasStep, t.stepIndex)) return touchError(i, "stepIndex", "not a number that fits");
        if (!readInt(HasRule, t.ruleIndex)) return touchError(i, "ruleIndex", "not a number that fits");
        if (!readInt(HasContact, t.contactIndex)) return touchError(i, "contactIndex", "not a number that fits");
        std::uint64_t noteSize = 0;
        std::string_view note;
        if (!in.varint(noteSize) || noteSize > payload.size() || !in.bytes(static_cast<std::size_t>(noteSize), note))
            return touchError(i, "note", "the chunk ends inside this note");
        if (!isValidUtf8(note)) return touchError(i, "note", "not UTF-8 text");
        t.note = std::string(note);
    }
    if (!in.atEnd()) return Error{"touches", "unexpected bytes after the last touch"};
    return touches;
}

} // namespace cadence::store
