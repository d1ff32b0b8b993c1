// Binary touch chunks (store schema 2): every touch comes back exactly, and damage of any kind
// is an error rather than a crash or a wrong record. chunk_codec_test.cpp opens stores written
// by older schemas.
#include "store_test_support.h"

#include "core/generator.h"
#include "store/record_codec.h"
#include "store/touch_codec.h"

#include <limits>

namespace cadence::storetest {
namespace {

std::vector<Touch> edgeTouches() {
    std::vector<Touch> touches;
    Touch plain;
    plain.id = TouchId{1};
    plain.leadId = LeadId{1};
    plain.at = iso("2026-11-24T09:30:00Z");
    touches.push_back(plain);

    Touch full;
    full.id = TouchId{4'000'000'000u};
    full.leadId = LeadId{kMaxRecordId};
    full.at = Instant{-62167219200}; // 0000-01-01T00:00:00Z
    full.channel = Channel::HandwrittenNote;
    full.outcome = Outcome::Sent;
    full.note = "Zoë — 王芳 said «call back» 📞\nsecond line";
    full.enrollmentId = EnrollmentId{77};
    full.stepIndex = 0;
    full.ruleIndex = -1;
    full.contactIndex = std::numeric_limits<int>::max();
    touches.push_back(full);

    Touch late = plain;
    late.id = TouchId{2};
    late.at = Instant{253402300799}; // 9999-12-31T23:59:59Z
    late.stepIndex = std::numeric_limits<int>::min();
    late.outcome = Outcome::Bounced;
    late.channel = Channel::Email;
    touches.push_back(late);
    return touches;
}

} // namespace

TEST_CASE("touch chunks: generated and edge-case touches come back exactly, in a third of the JSON") {
    GeneratorOptions options;
    options.leads = 300;
    options.touches = 3000;
    options.seed = 11;
    std::vector<Touch> touches = generateWorkspace(options).touches;
    for (const Touch& edge : edgeTouches())
        touches.push_back(edge);

    checkChunkRoundTrip(touches, &WorkspaceData::touches, encodeTouches, decodeTouches, 3);
}

TEST_CASE("touch chunks: any truncation or damaged field is an error that names the touch") {
    const std::vector<Touch> touches = edgeTouches();
    const std::string good = encodeTouches(touches);
    for (std::size_t length = 0; length < good.size(); ++length)
        CHECK_FALSE(decodeTouches(std::string_view(good).substr(0, length)).ok());
    CHECK_FALSE(decodeTouches(good + '\0').ok());

    // One touch, byte by byte: magic, count 1, id 5, lead 9, at, channel, outcome, flags, note.
    auto single = [](unsigned channel, unsigned outcome, unsigned flags, std::string note, unsigned id = 5) {
        std::string bytes(kTouchChunkMagic);
        bytes += '\x01';
        bytes += static_cast<char>(id);
        bytes += '\x09';
        bytes += '\x02'; // zigzag(1): one second after 1970
        bytes += static_cast<char>(channel);
        bytes += static_cast<char>(outcome);
        bytes += static_cast<char>(flags);
        bytes += static_cast<char>(note.size());
        return bytes + note;
    };
    CHECK(decodeTouches(single(0, 0, 0, "ok")).ok());
    if (!(decodeTouches(single(0, 0, 0, "ok")).ok())) return;
    auto whereOf = [](const std::string& bytes) {
        Result<std::vector<Touch>> decoded = decodeTouches(bytes);
        return decoded.ok() ? std::string("(accepted)") : decoded.error().where;
    };
    CHECK(whereOf(single(kChannelCount, 0, 0, "")) == "touches[0].channel");
    CHECK(whereOf(single(0, kOutcomeCount, 0, "")) == "touches[0].outcome");
    CHECK(whereOf(single(0, 0, 0x10, "")) == "touches[0]");
    CHECK(whereOf(single(0, 0, 0, "", 0)) == "touches[0].id");
    CHECK(whereOf(single(0, 0, 0, "\xC3\x28")) == "touches[0].note");
    CHECK(whereOf(std::string(kTouchChunkMagic) + "\xFF\xFF\xFF\x0F") == "touches"); // count beyond the bytes
}

} // namespace cadence::storetest
