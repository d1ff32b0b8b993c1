// Binary enrollment chunks; see enrollment_codec.h.
#include "store/enrollment_codec.h"

#include "store/binary_fields.h"

#include <limits>

namespace cadence::store {
namespace {

enum EnrollmentFlag : unsigned { HasStepSnooze = 1, HasPausedAt = 2, HasResumeAt = 4, HasEndedAt = 8, KnownFlags = 15 };
enum RuleFlag : unsigned { HasRestartFrom = 1, HasDoneThrough = 2, HasSnoozedUntil = 4, KnownRuleFlags = 7 };

// The least an enrollment takes: one byte for each of its 11 fixed fields.
constexpr std::size_t kLeastEnrollmentBytes = 11;

void putOptionalInstant(std::string& out, const std::optional<Instant>& at) {
    if (at) putInstant(out, *at);
}

bool readOptionalInstant(FieldReader& in, unsigned flags, unsigned flag, std::optional<Instant>& out,
                         const char* field) {
    return !(flags & flag) || in.instant(out.emplace(), field);
}

bool readRule(FieldReader& in, RuleProgress& rule) {
    unsigned flags = 0;
    return in.flags(flags, KnownRuleFlags, "rules") &&
           readOptionalInstant(in, flags, HasRestartFrom, rule.restartFrom, "rules") &&
           readOptionalInstant(in, flags, HasDoneThrough, rule.doneThrough, "rules") &&
           readOptionalInstant(in, flags, HasSnoozedUntil, rule.snoozedUntil, "rules");
}

bool readEnrollment(FieldReader& in, Enrollment& e) {
    // The JSON reader's range for pausedSeconds: half of int64 either way, so adding it to an
    // instant cannot overflow.
    constexpr std::int64_t kPausedLimit = std::numeric_limits<std::int64_t>::max() / 2;
    unsigned flags = 0;
    return in.id(e.id.value, "id") && in.id(e.leadId.value, "leadId") && in.id(e.planId.value, "planId") &&
           in.instant(e.startedAt, "startedAt") &&
           in.integer64(e.pausedSeconds, std::numeric_limits<std::int64_t>::min() / 2, kPausedLimit,
                        "pausedSeconds") &&
           in.integer(e.nextStepIndex, "nextStepIndex") && in.integer(e.skippedSteps, "skippedSteps") &&
           in.enumeration(e.state, kEnrollmentStateCount, "state") &&
           in.enumeration(e.endReason, kEndReasonCount, "endReason") && in.flags(flags, KnownFlags, "") &&
           readOptionalInstant(in, flags, HasStepSnooze, e.stepSnoozedUntil, "stepSnoozedUntil") &&
           readOptionalInstant(in, flags, HasPausedAt, e.pausedAt, "pausedAt") &&
           readOptionalInstant(in, flags, HasResumeAt, e.resumeAt, "resumeAt") &&
           readOptionalInstant(in, flags, HasEndedAt, e.endedAt, "endedAt") && readList(in, e.rules, 1, "rules", [&](RuleProgress& rule) { return readRule(in, rule); });
}

} // namespace

std::string encodeEnrollments(std::span<const Enrollment> enrollments) {
    std::string out(kEnrollmentChunkMagic);
    out.reserve(out.size() + enrollments.size() * 32);
    putVarint(out, enrollments.size());
    for (const Enrollment& e : enrollments) {
        putVarint(out, e.id.value);
        putVarint(out, e.leadId.value);
        putVarint(out, e.planId.value);
        putInstant(out, e.startedAt);
        putSigned(out, e.pausedSeconds);
        putSigned(out, e.nextStepIndex);
        putSigned(out, e.skippedSteps);
        putVarint(out, static_cast<std::uint64_t>(e.state));
        putVarint(out, static_cast<std::uint64_t>(e.endReason));
        putVarint(out, presenceFlags({{e.stepSnoozedUntil.has_value(), HasStepSnooze},
                                 {e.pausedAt.has_value(), HasPausedAt},
                                 {e.resumeAt.has_value(), HasResumeAt},
                                 {e.endedAt.has_value(), HasEndedAt}}));
        putOptionalInstant(out, e.stepSnoozedUntil);
        putOptionalInstant(out, e.pausedAt);
        putOptionalInstant(out, e.resumeAt);
        putOptionalInstant(out, e.endedAt);
        putVarint(out, e.rules.size());
        for (const RuleProgress& rule : e.rules) {
            putVarint(out, presenceFlags({{rule.restartFrom.has_value(), HasRestartFrom},
                                     {rule.doneThrough.has_value(), HasDoneThrough},
                                     {rule.snoozedUntil.has_value(), HasSnoozedUntil}}));
            putOptionalInstant(out, rule.restartFrom);
            putOptionalInstant(out, rule.doneThrough);
            putOptionalInstant(out, rule.snoozedUntil);
        }
    }
    return out;
}

bool isEncodedEnrollments(std::string_view payload) { return payload.starts_with(kEnrollmentChunkMagic); }

Result<std::vector<Enrollment>> decodeEnrollments(std::string_view payload) {
    return decodeChunk<Enrollment>(payload, kEnrollmentChunkMagic, "enrollments", kLeastEnrollmentBytes, readEnrollment);
}

} // namespace cadence::store
