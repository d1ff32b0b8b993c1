// Checks a record a user (or a file) supplies before a command stores it. Each function returns
// the first problem as an Error whose `where` is the field ("phones[1].number") and whose
// reason says what is expected. References to other records are checked against the Workspace.
#pragma once

#include "core/result.h"
#include "core/workspace.h"

namespace cadence {

Status validateLead(const Lead& lead);
Status validatePlan(const Plan& plan, const Workspace& workspace);
Status validateTemplate(const MessageTemplate& tpl);
Status validateSettings(const Settings& settings, const Workspace& workspace);
bool isValidTimeOfDay(TimeOfDay time);

} // namespace cadence
