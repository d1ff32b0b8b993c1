// Helpers for the import/export suites: fixture files from tests/data/interop, and finding an
// imported lead by name.
#pragma once

#include "backup_test_support.h"

#include "core/lead_import.h"

namespace cadence::interoptest {

using namespace cadence::backuptest;

inline std::string readInteropFile(const std::string& name) {
    return readDataFile("interop/" + name);
}

inline const Lead* named(const LeadImport& found, std::string_view name) {
    for (const Lead& lead : found.leads)
        if (lead.name == name) return &lead;
    return nullptr;
}

inline std::vector<std::string> phonesOf(const Lead& lead) {
    std::vector<std::string> out;
    for (const PhoneNumber& phone : lead.phones) out.push_back(phone.label + ":" + phone.number);
    return out;
}

inline std::vector<std::string> emailsOf(const Lead& lead) {
    std::vector<std::string> out;
    for (const EmailAddress& email : lead.emails) out.push_back(email.label + ":" + email.address);
    return out;
}

} // namespace cadence::interoptest
