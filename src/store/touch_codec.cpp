// Binary touch chunks; see touch_codec.h.
#include "store/touch_codec.h"

#include "store/binary_fields.h"

namespace cadence::store {
namespace {

enum Flag : unsigned { HasEnrollment = 1, HasStep = 2, HasRule = 4, HasContact = 8, KnownFlags = 15 };

// The least a touch takes: id, lead, time, channel, outcome, flags and the note's length.
constexpr std::size_t kLeastTouchBytes = 7;

bool readOptionalInt(FieldReader& in, unsigned flags, unsigned flag, std::optional<int>& out, const char* field) {
    if (!(flags & flag)) return true;
    return in.integer(out.emplace(), field);
}

bool readTouch(FieldReader& in, Touch& t) {
    unsigned flags = 0;
    if (!in.id(t.id.value, "id") || !in.id(t.leadId.value, "leadId") || !in.instant(t.at, "at") ||
        !in.enumeration(t.channel, kChannelCount, "channel") || !in.enumeration(t.outcome, kOutcomeCount, "outcome") ||
        !in.flags(flags, KnownFlags, ""))
        return false;
    if (flags & HasEnrollment && !in.id(t.enrollmentId.emplace().value, "enrollmentId")) return false;
    return readOptionalInt(in, flags, HasStep, t.stepIndex, "stepIndex") &&
           readOptionalInt(in, flags, HasRule, t.ruleIndex, "ruleIndex") &&
           readOptionalInt(in, flags, HasContact, t.contactIndex, "contactIndex") && in.text(t.note, "note");
}

} // namespace

std::string encodeTouches(std::span<const Touch> touches) {
    std::string out(kTouchChunkMagic);
    out.reserve(out.size() + touches.size() * 24);
    putVarint(out, touches.size());
    for (const Touch& t : touches) {
        putVarint(out, t.id.value);
        putVarint(out, t.leadId.value);
        putInstant(out, t.at);
        putVarint(out, static_cast<std::uint64_t>(t.channel));
        putVarint(out, static_cast<std::uint64_t>(t.outcome));
        putVarint(out, presenceFlags({{t.enrollmentId.has_value(), HasEnrollment},
                                      {t.stepIndex.has_value(), HasStep},
                                      {t.ruleIndex.has_value(), HasRule},
                                      {t.contactIndex.has_value(), HasContact}}));
        if (t.enrollmentId) putVarint(out, t.enrollmentId->value);
        if (t.stepIndex) putSigned(out, *t.stepIndex);
        if (t.ruleIndex) putSigned(out, *t.ruleIndex);
        if (t.contactIndex) putSigned(out, *t.contactIndex);
        putText(out, t.note);
    }
    return out;
}

bool isEncodedTouches(std::string_view payload) { return payload.starts_with(kTouchChunkMagic); }

Result<std::vector<Touch>> decodeTouches(std::string_view payload) {
    return decodeChunk<Touch>(payload, kTouchChunkMagic, "touches", kLeastTouchBytes, readTouch);
}

} // namespace cadence::store
