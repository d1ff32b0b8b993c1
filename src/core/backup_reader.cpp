// Loading a backup document: the top-level members, the version check and migration, then the
// reference checks of Workspace::fromData. Records are read by backup_records.cpp.
#include "core/backup_fields.h"
#include "core/backup_format.h"
#include "core/backup_records.h"

#include <climits>

namespace cadence {
namespace {

using backup::readList;
using json::Cursor;

enum TopField {
    Format,
    Version,
    ExportedAt,
    SettingsField,
    Leads,
    Plans,
    Templates,
    Enrollments,
    Touches,
    NextIds
};
const backup::Fields<10> kTopFields{{"format", "version", "exportedAt", "settings", "leads", "plans",
                                     "templates", "enrollments", "touches", "nextIds"},
                                    (1u << Format) | (1u << Version) | (1u << SettingsField)};

bool checkVersion(Cursor& c, std::int64_t version) {
    if (version > kBackupFormatVersion)
        return c.fail("made by a newer Cadence (format " + std::to_string(version) +
                      "); update the app to open it (this version reads formats " +
                      std::to_string(kOldestReadableBackupVersion) + " to " +
                      std::to_string(kBackupFormatVersion) + ")");
    return true;
}

// The version when it is not the first member: a quick pass that skips every other value, so
// the records can be read knowing their version (hand-edited files may reorder members).
std::optional<std::int64_t> findVersion(std::string_view text) {
    Cursor c(text);
    std::string_view key;
    if (!c.enterObject()) return std::nullopt;
    while (c.nextMember(key)) {
        if (key == "version") {
            std::int64_t version = 0;
            if (!c.readInteger(version, 0, INT_MAX)) return std::nullopt;
            return version;
        }
        if (!c.skipValue()) return std::nullopt;
    }
    return std::nullopt;
}

bool readTopMember(Cursor& c, std::string_view text, int field, WorkspaceData& data,
                   BackupReadContext& context, bool& versionKnown) {
    if (field >= SettingsField && !versionKnown) {
        std::optional<std::int64_t> version = findVersion(text);
        if (version && *version <= kBackupFormatVersion) context.version = static_cast<int>(*version);
        versionKnown = true; // a missing or bad version is reported when the main pass meets it
    }
    switch (field) {
    case Format: {
        std::string scratch;
        std::string_view format;
        if (!c.readStringView(format, scratch)) return false;
        if (format != kBackupFormatName)
            return c.fail("not a Cadence backup: the format is \"" + std::string(format) + "\", expected \"" +
                          std::string(kBackupFormatName) + "\"");
        return true;
    }
    case Version: {
        std::int64_t version = 0;
        if (!c.readInteger(version, kOldestReadableBackupVersion, INT_MAX) || !checkVersion(c, version))
            return false;
        context.version = static_cast<int>(version);
        versionKnown = true;
        return true;
    }
    case ExportedAt: {
        Instant ignored; // informational: shown before an import, not part of the workspace
        return backup::readInstant(c, ignored);
    }
    case SettingsField:
        return backup::readSettings(c, data.settings, context);
    case Leads:
        return readList(c, data.leads, backup::readLead);
    case Plans:
        return readList(c, data.plans, backup::readPlan);
    case Templates:
        return readList(c, data.templates, backup::readTemplate);
    case Enrollments:
        return readList(c, data.enrollments, backup::readEnrollment);
    case Touches:
        return readList(c, data.touches, backup::readTouch);
    default:
        context.sawNextIds = true;
        return backup::readNextIds(c, data.nextIds);
    }
}

} // namespace

Result<WorkspaceData> parseBackup(std::string_view text) {
    Cursor c(text);
    json::Kind kind = c.peek();
    if (kind != json::Kind::Object && kind != json::Kind::End && kind != json::Kind::Invalid)
        return Error{"", "not a Cadence backup: expected a JSON object with \"format\": \"cadence-backup\""};
    if (kind == json::Kind::End) return Error{"", "the document is empty"};

    WorkspaceData data;
    BackupReadContext context;
    bool versionKnown = false;
    bool sawFormat = false;
    if (c.enterObject()) {
        std::uint32_t seen = 0;
        std::string_view key;
        while (c.nextMember(key)) {
            int field = kTopFields.find(key);
            if (field < 0) {
                c.fail(sawFormat ? "unknown field \"" + std::string(key) + "\"; expected one of " +
                                       kTopFields.list()
                                 : "not a Cadence backup: unexpected member \"" + std::string(key) + "\"");
                break;
            }
            if (seen & (1u << field)) {
                c.fail("this field appears twice");
                break;
            }
            seen |= 1u << field;
            sawFormat = sawFormat || field == Format;
            if (!readTopMember(c, text, field, data, context, versionKnown)) break;
        }
        if (!c.failed()) c.expectEnd();
        if (!c.failed() && (seen & kTopFields.required) != kTopFields.required) {
            for (std::size_t i = 0; i < kTopFields.names.size(); ++i)
                if ((kTopFields.required & (1u << i)) && !(seen & (1u << i))) {
                    c.fail("missing the required field \"" + std::string(kTopFields.names[i]) + "\"");
                    break;
                }
        }
    }
    if (c.failed()) return c.takeError();
    upgradeRecords(data, context);
    return data;
}

std::string fieldPathToPointer(std::string_view fieldPath) {
    std::string pointer;
    bool startSegment = true;
    for (char ch : fieldPath) {
        if (ch == '.' || ch == '[') {
            startSegment = true;
            continue;
        }
        if (ch == ']') continue;
        if (startSegment) pointer += '/';
        startSegment = false;
        pointer += ch;
    }
    return pointer;
}

Result<Workspace> loadBackupWorkspace(std::string_view json) {
    Result<WorkspaceData> data = parseBackup(json);
    if (!data) return data.error();
    Result<Workspace> ws = Workspace::fromData(std::move(*data));
    if (!ws) return Error{fieldPathToPointer(ws.error().where), ws.error().reason};
    return std::move(*ws);
}

Result<WorkspaceData> loadBackup(std::string_view json) {
    Result<Workspace> ws = loadBackupWorkspace(json);
    if (!ws) return ws.error();
    return ws->toData();
}

std::optional<Instant> backupExportedAt(std::string_view json) {
    Cursor c(json);
    std::string_view key;
    if (!c.enterObject()) return std::nullopt;
    while (c.nextMember(key)) {
        if (key == "exportedAt") {
            Instant at;
            if (!backup::readInstant(c, at)) return std::nullopt;
            return at;
        }
        if (!c.skipValue()) return std::nullopt;
    }
    return std::nullopt;
}

BackupHeader readBackupHeader(std::string_view json) {
    BackupHeader header;
    Cursor c(json);
    std::string_view key;
    if (!c.enterObject()) return header;
    while (c.nextMember(key)) {
        if (key == "settings") break; // the records follow: nothing more to read cheaply
        if (key == "format") {
            if (!c.readString(header.format)) break;
        } else if (key == "version") {
            std::int64_t version = 0;
            if (!c.readInteger(version, 0, 1'000'000)) break;
            header.version = version;
        } else if (key == "exportedAt") {
            Instant at;
            if (!backup::readInstant(c, at)) break;
            header.exportedAt = at;
        } else if (!c.skipValue()) {
            break;
        }
    }
    return header;
}

} // namespace cadence
