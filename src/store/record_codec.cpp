// Stored records through the backup format, and snapshot chunks of one kind in binary; see
// record_codec.h.
#include "store/record_codec.h"

#include "core/backup_format.h"
#include "store/enrollment_codec.h"
#include "store/lead_codec.h"
#include "store/touch_codec.h"

namespace cadence::store {

std::string encodeRecords(const WorkspaceData& records) {
    // The export time means nothing in storage; a fixed value keeps equal records equal bytes.
    return saveBackup(records, Instant{});
}

std::string encodeChunkRecords(const WorkspaceData& records) {
    const std::size_t kindsPresent = !records.leads.empty() + !records.enrollments.empty() + !records.touches.empty() +
                                     !records.plans.empty() + !records.templates.empty();
    if (kindsPresent == 1 && !records.leads.empty()) return encodeLeads(records.leads);
    if (kindsPresent == 1 && !records.enrollments.empty()) return encodeEnrollments(records.enrollments);
    if (kindsPresent == 1 && !records.touches.empty()) return encodeTouches(records.touches);
    return encodeRecords(records);
}

namespace {

// A binary chunk's records in a WorkspaceData, in `member`.
template <typename Record>
Result<WorkspaceData> intoData(Result<std::vector<Record>> decoded, std::vector<Record> WorkspaceData::*member) {
    if (!decoded) return decoded.error();
    WorkspaceData data;
    data.*member = std::move(*decoded);
    return data;
}

} // namespace

Result<WorkspaceData> decodeRecords(std::string_view document) {
    if (isEncodedLeads(document)) return intoData(decodeLeads(document), &WorkspaceData::leads);
    if (isEncodedEnrollments(document)) return intoData(decodeEnrollments(document), &WorkspaceData::enrollments);
    if (isEncodedTouches(document)) return intoData(decodeTouches(document), &WorkspaceData::touches);
    return parseBackup(document);
}

} // namespace cadence::store
