// Stored records through the backup format; see record_codec.h.
#include "store/record_codec.h"

#include "core/backup_format.h"

namespace cadence::store {

std::string encodeRecords(const WorkspaceData& records) {
    // The export time means nothing in storage; a fixed value keeps equal records equal bytes.
    return saveBackup(records, Instant{});
}

Result<WorkspaceData> decodeRecords(std::string_view document) {
    return parseBackup(document);
}

} // namespace cadence::store
