// The upgrade steps between backup format versions; see backup_migration.h.
#include "core/backup_migration.h"

#include "core/backup_format.h"

#include <algorithm>

namespace cadence {
namespace {

template <typename T> std::uint32_t nextAfterHighest(const std::vector<T>& records) {
    std::uint32_t highest = 0;
    for (const T& record : records)
        highest = std::max(highest, record.id.value);
    return highest + 1;
}

} // namespace

void upgradeV0ToV1(WorkspaceData& data) {
    data.nextIds.lead = nextAfterHighest(data.leads);
    data.nextIds.plan = nextAfterHighest(data.plans);
    data.nextIds.messageTemplate = nextAfterHighest(data.templates);
    data.nextIds.enrollment = nextAfterHighest(data.enrollments);
    data.nextIds.touch = nextAfterHighest(data.touches);
}

void upgradeRecords(WorkspaceData& data, const BackupReadContext& context) {
    static_assert(kBackupFormatVersion == 1, "add the upgrade step to the new version here");
    if (context.version < 1 && !context.sawNextIds) upgradeV0ToV1(data);
}

} // namespace cadence
