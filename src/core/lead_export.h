// Leads leaving Cadence for other tools: a CSV file for spreadsheets and CRMs, and an iCalendar
// (.ics, RFC 5545) file of upcoming touches and key dates for a calendar app.
//
//   std::string csv = leadsToCsv(ws, ids);            // the Leads view's filter, or every lead
//   std::string ics = calendarOf(ws, now, 90);        // touches due in the next 90 days + key dates
//
// The CSV starts with a UTF-8 byte-order mark (so Excel reads accents) and uses CRLF; its header
// is "Name,Phone,Email,Tags,Source,Birthday,Notes,Address,Stage,Temperature,Created", which the
// CSV importer recognises, so an export imports back. Several phones/emails/tags in one cell are
// separated by "; ".
//
// Every calendar event has a UID that stays the same across exports: one per pending plan item
// ("step-<enrollment>-<index>@cadence", "rule-<enrollment>-<index>@cadence") and one per key date
// ("keydate-<lead>-<name>@cadence"), so importing a newer file updates the events instead of
// duplicating them. Lines end in CRLF and are folded at 75 octets without splitting a character.
#pragma once

#include "core/workspace.h"

#include <span>
#include <string>

namespace cadence {

std::string leadsToCsv(const Workspace& workspace, std::span<const LeadId> leads);
std::vector<LeadId> allLeadIds(const Workspace& workspace);

// Pending touches of live enrollments due before now + `days` (overdue ones included: they are
// still to do), and every key date of active leads as a yearly all-day event.
std::string calendarOf(const Workspace& workspace, Instant now, int days);

// RFC 5545 TEXT escaping (\\ \; \, \n) and line folding, exposed for tests.
std::string escapeIcsText(std::string_view text);
std::string foldIcsLine(std::string_view line); // ends with CRLF

} // namespace cadence
