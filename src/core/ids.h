// Stable identifiers for the records of a Workspace (leads, plans, templates, enrollments,
// touches). An id is a small positive integer assigned by the Workspace when a record is created
// and never reused, even after deletion, so journals, backups and undo history can refer to it.
// Value 0 means "no record". Each kind has its own type so a LeadId cannot be passed as a PlanId.
//
//   LeadId id{42};
//   if (id) use(id.value);   // serialise as the plain number
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace cadence {

template <typename Tag> struct Id {
    std::uint32_t value = 0;
    explicit constexpr operator bool() const { return value != 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
};

// The largest id a record may have: 67 million of one kind, far above the brief's 100,000 leads
// and 1,000,000 touches. Records are stored by id, so loading refuses larger ids.
constexpr std::uint32_t kMaxRecordId = 1u << 26;

using LeadId = Id<struct LeadTag>;
using PlanId = Id<struct PlanTag>;
using TemplateId = Id<struct TemplateTag>;
using EnrollmentId = Id<struct EnrollmentTag>;
using TouchId = Id<struct TouchTag>;

} // namespace cadence

template <typename Tag> struct std::hash<cadence::Id<Tag>> {
    std::size_t operator()(cadence::Id<Tag> id) const noexcept {
        return std::hash<std::uint32_t>{}(id.value);
    }
};
