// Output of the `cadence` command-line tool: today's agenda and the health report, as a tidy
// text table for people or as JSON for scripts (field names match docs/cli.md).
#pragma once

#include "core/agenda.h"
#include "core/health.h"

#include <string>

namespace cadence::cli {

std::string agendaTable(const Workspace& ws, const Agenda& agenda);
std::string agendaJson(const Workspace& ws, const Agenda& agenda);
std::string healthTable(const HealthReport& report);
std::string healthJson(const HealthReport& report);

} // namespace cadence::cli
