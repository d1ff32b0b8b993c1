// Binary lead and enrollment chunks (store schema 3): every record comes back exactly, damage
// of any kind is an error that names the record and the field rather than a crash or a wrong
// record, and stores written by older schemas (JSON chunks) still open and are rewritten.
#include "store_test_support.h"

#include "core/generator.h"
#include "store/enrollment_codec.h"
#include "store/lead_codec.h"
#include "store/record_codec.h"
#include "store/store_format.h"
#include "store/touch_codec.h"

#include <limits>
#include <map>

namespace cadence::storetest {
namespace {

std::vector<Lead> edgeLeads() {
    Lead bare;
    bare.id = LeadId{1};
    bare.createdAt = iso("2026-11-24T09:30:00Z");

    Lead full;
    full.id = LeadId{kMaxRecordId};
    full.name = "Zoë Ångström — 王芳 📞";
    full.phones = {{"mobile", "+33 6 12 34 56 78", true}, {"", "555", false}};
    full.emails = {{"work", "zoe@example.com", false}, {"old", "z@example.org", true}};
    full.address = "12 rue de l'Église\n75001 Paris";
    full.source = "referral: Ana";
    full.tags = {"vip", "", "investisseur"};
    full.stage = Stage::Archived;
    full.temperature = Temperature::Hot;
    full.preferredChannel = Channel::HandwrittenNote;
    full.keyDates = {{std::string(kBirthday), 2, 29, std::nullopt},
                     {"wedding", 6, 1, 1999},
                     {"odd", std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), -5}};
    full.notes = std::string("a NUL \0 inside", 14);
    full.createdAt = Instant{-62167219200}; // 0000-01-01T00:00:00Z

    Lead late = bare;
    late.id = LeadId{2};
    late.createdAt = Instant{253402300799}; // 9999-12-31T23:59:59Z
    late.preferredChannel = static_cast<Channel>(0);
    return {bare, full, late};
}

std::vector<Enrollment> edgeEnrollments() {
    Enrollment plain;
    plain.id = EnrollmentId{1};
    plain.leadId = LeadId{1};
    plain.planId = PlanId{1};
    plain.startedAt = iso("2026-11-24T09:30:00Z");

    Enrollment full;
    full.id = EnrollmentId{kMaxRecordId};
    full.leadId = LeadId{4'000'000'000u};
    full.planId = PlanId{9};
    full.startedAt = Instant{-62167219200};
    full.pausedSeconds = std::numeric_limits<std::int64_t>::max() / 2;
    full.nextStepIndex = std::numeric_limits<int>::max();
    full.skippedSteps = std::numeric_limits<int>::min();
    full.stepSnoozedUntil = iso("2026-12-01T08:00:00Z");
    full.rules = {{}, {iso("2026-01-01T00:00:00Z"), std::nullopt, iso("2026-02-01T00:00:00Z")},
                  {iso("2025-01-01T00:00:00Z"), iso("2025-06-01T00:00:00Z"), iso("2025-07-01T00:00:00Z")}};
    full.state = EnrollmentState::Stopped;
    full.pausedAt = iso("2026-11-25T10:00:00Z");
    full.resumeAt = Instant{253402300799};
    full.endedAt = iso("2026-11-26T10:00:00Z");
    full.endReason = EndReason::LeadArchived;

    Enrollment paused = plain;
    paused.id = EnrollmentId{2};
    paused.pausedSeconds = std::numeric_limits<std::int64_t>::min() / 2;
    paused.state = EnrollmentState::Paused;
    paused.pausedAt = iso("2026-11-25T10:00:00Z");
    return {plain, full, paused};
}

WorkspaceData generated() {
    GeneratorOptions options;
    options.leads = 300;
    options.touches = 3000;
    options.seed = 11;
    return generateWorkspace(options);
}

// Every prefix of a valid chunk, and the chunk with one byte more, is refused.
template <typename Decode> void checkEveryTruncationRefused(const std::string& good, Decode decode) {
    std::size_t accepted = 0;
    for (std::size_t length = 0; length < good.size(); ++length)
        accepted += decode(std::string_view(good).substr(0, length)).ok();
    CHECK(accepted == 0);
    CHECK_FALSE(decode(good + '\0').ok());
}

template <typename Records> std::string whereOf(const Result<Records>& decoded) {
    return decoded.ok() ? std::string("(accepted)") : decoded.error().where;
}

} // namespace

TEST_CASE("lead chunks: generated and edge-case leads come back exactly, in a third of the JSON") {
    std::vector<Lead> leads = generated().leads;
    for (const Lead& edge : edgeLeads())
        leads.push_back(edge);
    checkChunkRoundTrip(leads, &WorkspaceData::leads, encodeLeads, decodeLeads, 3);
}

TEST_CASE("enrollment chunks: generated and edge-case enrollments come back exactly, in a tenth of the JSON") {
    std::vector<Enrollment> enrollments = generated().enrollments;
    for (const Enrollment& edge : edgeEnrollments())
        enrollments.push_back(edge);
    checkChunkRoundTrip(enrollments, &WorkspaceData::enrollments, encodeEnrollments, decodeEnrollments, 10);
}

TEST_CASE("chunks: records of several kinds (the base chunk) stay a JSON document") {
    WorkspaceData mixed;
    mixed.leads = edgeLeads();
    mixed.enrollments = edgeEnrollments();
    CHECK(encodeChunkRecords(mixed) == encodeRecords(mixed));
    WorkspaceData empty;
    CHECK(encodeChunkRecords(empty) == encodeRecords(empty));
}

TEST_CASE("lead chunks: any truncation or damaged field is an error that names the lead and the field") {
    checkEveryTruncationRefused(encodeLeads(edgeLeads()), decodeLeads);

    // One lead, byte by byte: magic, count 1, id 5, name "ok", no phones, emails, address,
    // source or tags, stage, temperature, preferred channel, no key dates, no notes, createdAt.
    auto single = [](unsigned stage, unsigned temperature, unsigned preferred, std::string name = "ok") {
        std::string bytes(kLeadChunkMagic);
        bytes += "\x01\x05";
        bytes += static_cast<char>(name.size());
        bytes += name;
        bytes += std::string(5, '\0');
        bytes += static_cast<char>(stage);
        bytes += static_cast<char>(temperature);
        bytes += static_cast<char>(preferred);
        bytes += std::string(2, '\0');
        bytes += '\x02'; // zigzag(1): one second after 1970
        return bytes;
    };
    CHECK(decodeLeads(single(0, 0, 0)).ok());
    if (!(decodeLeads(single(0, 0, 0)).ok())) return;
    CHECK(decodeLeads(single(0, 0, 0))->front().name == "ok");
    CHECK(whereOf(decodeLeads(single(kStageCount, 0, 0))) == "leads[0].stage");
    CHECK(whereOf(decodeLeads(single(0, kTemperatureCount, 0))) == "leads[0].temperature");
    CHECK(whereOf(decodeLeads(single(0, 0, kChannelCount + 1))) == "leads[0].preferredChannel");
    CHECK(decodeLeads(single(0, 0, kChannelCount)).ok());
    CHECK(whereOf(decodeLeads(single(0, 0, 0, "\xC3\x28"))) == "leads[0].name");

    // Count 1, id 5, no name, one phone: no label, number "x", flaggedBad 2; then the rest of
    // a lead's least size, so that the count is believable.
    const std::string badFlag =
        std::string(kLeadChunkMagic) + std::string("\x01\x05\x00\x01\x00\x01x\x02", 8) + std::string(13, '\0');
    CHECK(whereOf(decodeLeads(badFlag)) == "leads[0].phones");
    std::string noId = single(0, 0, 0);
    noId[kLeadChunkMagic.size() + 1] = '\0';
    CHECK(whereOf(decodeLeads(noId)) == "leads[0].id");
    CHECK(whereOf(decodeLeads(std::string(kLeadChunkMagic) + "\xFF\xFF\xFF\x0F")) == "leads");
}

TEST_CASE("enrollment chunks: any truncation or damaged field is an error that names the enrollment") {
    checkEveryTruncationRefused(encodeEnrollments(edgeEnrollments()), decodeEnrollments);

    // One enrollment: magic, count 1, id 3, lead 4, plan 1, startedAt, pausedSeconds,
    // nextStepIndex, skippedSteps, state, endReason, flags, then (by default) no rules.
    auto single = [](unsigned state, unsigned reason, unsigned flags, std::string tail = std::string(1, '\0')) {
        std::string bytes(kEnrollmentChunkMagic);
        bytes += "\x01\x03\x04\x01\x02";
        bytes += std::string(3, '\0');
        bytes += static_cast<char>(state);
        bytes += static_cast<char>(reason);
        bytes += static_cast<char>(flags);
        return bytes + tail;
    };
    const std::string beyondAnyTime = "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01"; // zigzag: -2^63
    CHECK(decodeEnrollments(single(0, 0, 0)).ok());
    if (!(decodeEnrollments(single(0, 0, 0)).ok())) return;
    CHECK(decodeEnrollments(single(0, 0, 0))->front().leadId == LeadId{4});
    CHECK(whereOf(decodeEnrollments(single(kEnrollmentStateCount, 0, 0))) == "enrollments[0].state");
    CHECK(whereOf(decodeEnrollments(single(0, kEndReasonCount, 0))) == "enrollments[0].endReason");
    CHECK(whereOf(decodeEnrollments(single(0, 0, 0x10))) == "enrollments[0]");
    CHECK(whereOf(decodeEnrollments(single(0, 0, 1, beyondAnyTime + '\0'))) == "enrollments[0].stepSnoozedUntil");
    CHECK(whereOf(decodeEnrollments(single(0, 0, 0, "\x01\x08"))) == "enrollments[0].rules"); // unknown rule flag
    std::string hugePause = single(0, 0, 0);
    hugePause.replace(kEnrollmentChunkMagic.size() + 5, 1, beyondAnyTime);
    CHECK(whereOf(decodeEnrollments(hugePause)) == "enrollments[0].pausedSeconds");
}

TEST_CASE("storage: stores written by schemas 1 to 3 open unchanged and are rewritten in binary, checksummed by words") {
    for (int schema : {1, 2, 3}) {
        CAPTURE(schema);
        MemoryStorage storage;
        Workspace ws = workspaceWithLeads(60);
        storeWorkspace(ws, storage, smallChunks());

        // Turn the store back into what that schema wrote: chunks checksummed with FNV-1a, JSON
        // lead and enrollment chunks before schema 3, JSON touch chunks too in schema 1, and its
        // number in the pointer and the manifest.
        std::size_t jsonChunks = 0, fnvChunks = 0;
        for (const auto& [key, body] : std::map<std::string, std::string>(storage.committed())) {
            std::string reason;
            std::optional<std::string_view> payload = openBody(body, reason);
            CHECK(payload);
            if (!payload) return;
            const bool isChunk = key.find("/leads/") != std::string::npos ||
                                 key.find("/enrollments/") != std::string::npos ||
                                 key.find("/touches/") != std::string::npos || key.find("/base/") != std::string::npos;
            const bool asJson = schema < 3 && (key.find("/leads/") != std::string::npos ||
                                               key.find("/enrollments/") != std::string::npos ||
                                               (schema == 1 && key.find("/touches/") != std::string::npos));
            if (asJson) {
                Result<WorkspaceData> records = decodeRecords(*payload);
                CHECK(records.ok());
                if (!records.ok()) return;
                storage.putCommitted(key, sealBody(encodeRecords(*records)));
                jsonChunks += recordCount(*records) > 0;
            } else if (isChunk) {
                CHECK(body[16] == ':'); // as this schema seals chunks
                storage.putCommitted(key, sealBody(*payload));
                fnvChunks += 1;
            } else if (key.ends_with("/manifest")) {
                Result<Manifest> manifest = decodeManifest(*payload);
                CHECK(manifest.ok());
                if (!manifest.ok()) return;
                manifest->schema = schema;
                storage.putCommitted(key, sealBody(encodeManifest(*manifest)));
            } else if (key == kPointerKey) {
                Result<StorePointer> pointer = decodePointer(*payload);
                CHECK(pointer.ok());
                if (!pointer.ok()) return;
                pointer->schema = schema;
                storage.putCommitted(key, sealBody(encodePointer(*pointer)));
            }
        }
        CHECK((schema < 3 ? jsonChunks > 0 : fnvChunks > 0));
        if (!(jsonChunks + fnvChunks > 0)) return;

        OpenedStore opened = openOk(storage);
        CHECK(opened.problems.empty());
        CHECK(opened.workspace.toData() == ws.toData());
        CHECK(opened.position.rewriteNeeded);

        Persistence p(opened.position, smallChunks()); // starts the rewrite by itself
        CHECK(flushAll(p, opened.workspace, storage));
        std::string reason;
        std::optional<std::string_view> pointerPayload =
            openBody(storage.committed().at(std::string(kPointerKey)), reason);
        CHECK(pointerPayload);
        if (!pointerPayload) return;
        CHECK(decodePointer(*pointerPayload)->schema == kStoreSchema);
        std::size_t binaryChunks = 0, byWords = 0, chunks = 0;
        for (const auto& [key, body] : storage.committed()) {
            std::string_view payload = *openBody(body, reason);
            binaryChunks += isEncodedLeads(payload) || isEncodedEnrollments(payload) ||
                            (schema == 1 && isEncodedTouches(payload));
            if (key.starts_with("snap/") && !key.ends_with("/manifest")) {
                ++chunks;
                byWords += body[16] == ':';
            }
        }
        if (schema < 3) CHECK(binaryChunks == jsonChunks);
        CHECK(chunks > 0);
        CHECK(byWords == chunks);
        CHECK(openOk(storage).workspace.toData() == ws.toData());
    }
}

} // namespace cadence::storetest
