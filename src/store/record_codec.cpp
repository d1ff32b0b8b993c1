// Stored records through the backup format, and touch chunks in binary; see record_codec.h.
#include "store/record_codec.h"

#include "core/backup_format.h"
#include "store/touch_codec.h"

namespace cadence::store {

std::string encodeRecords(const WorkspaceData& records) {
    // The export time means nothing in storage; a fixed value keeps equal records equal bytes.
    return saveBackup(records, Instant{});
}

std::string encodeChunkRecords(const WorkspaceData& records) {
    const bool touchesOnly = !records.touches.empty() && records.leads.empty() && records.plans.empty() &&
                             records.templates.empty() && records.enrollments.empty();
    return touchesOnly ? encodeTouches(records.touches) : encodeRecords(records);
}

Result<WorkspaceData> decodeRecords(std::string_view document) {
    if (!isEncodedTouches(document)) return parseBackup(document);
    Result<std::vector<Touch>> touches = decodeTouches(document);
    if (!touches) return touches.error();
    WorkspaceData data;
    data.touches = std::move(*touches);
    return data;
}

} // namespace cadence::store
