// Computing the follow-up health report from the derived per-lead activity (no touch rescans
// except a binary search per sphere lead); see health.h and docs/health.md.
#include "core/health.h"

#include "core/agenda.h"
#include "core/default_plans.h"

#include <algorithm>

namespace cadence {
namespace {

double share(double part, double whole) {
    return whole > 0 ? part / whole : 0;
}

} // namespace

HealthReport buildHealthReport(const Workspace& ws, Instant at, const HealthOptions& options) {
    HealthReport report;
    report.at = at;
    std::vector<PlanId> spherePlans = options.spherePlans;
    if (spherePlans.empty())
        if (const Plan* sphere = ws.planNamed(kSpherePlanName)) spherePlans.push_back(sphere->id);

    std::vector<std::int64_t> firstTouchDelays;
    int gaveUp = 0, within5 = 0, speedPopulation = 0;
    long long touches = 0, attempts = 0, sphereTouches = 0;
    int sphereMeeting = 0;
    const Instant windowStart = at - 30 * kSecondsPerDay;

    for (const auto& slot : ws.leadSlots()) {
        if (!slot || !isActive(slot->stage) || slot->createdAt > at) continue;
        const Lead& lead = *slot;
        const LeadActivity& activity = ws.activity(lead.id);
        ++report.leadCount;
        touches += activity.touchCount;
        if (activity.touchCount > 0) {
            ++report.touchedLeadCount;
            std::int64_t delay = std::max<std::int64_t>(0, *activity.firstTouchAt - lead.createdAt);
            firstTouchDelays.push_back(delay);
            if (delay <= kSpeedToLeadSeconds) ++within5;
            ++speedPopulation;
            if (activity.touchCount == 1 && !activity.firstContactAt &&
                at - *activity.firstTouchAt > kGaveUpAfterSeconds)
                ++gaveUp;
        } else if (at - lead.createdAt > kSpeedToLeadSeconds) {
            ++speedPopulation; // waited more than five minutes already: a miss
        }
        if (activity.firstContactAt) {
            ++report.contactedLeadCount;
            attempts += activity.attemptsToFirstContact;
        }
        bool inSphere = false;
        for (EnrollmentId id : activity.enrollments) {
            const Enrollment* e = ws.enrollment(id);
            if (e && e->isLive() &&
                std::find(spherePlans.begin(), spherePlans.end(), e->planId) != spherePlans.end())
                inSphere = true;
        }
        if (inSphere) {
            ++report.sphereLeadCount;
            auto byTime = [&](TouchId id, Instant t) { return ws.touch(id)->at <= t; };
            auto from =
                std::lower_bound(activity.touches.begin(), activity.touches.end(), windowStart, byTime);
            auto to = std::lower_bound(from, activity.touches.end(), at, byTime);
            long long recent = to - from;
            sphereTouches += recent;
            if (recent >= kTargetSphereTouchesPer30Days) ++sphereMeeting;
        }
    }
    for (const auto& slot : ws.enrollmentSlots()) {
        if (!slot || slot->state != EnrollmentState::Active) continue;
        for (const DueItem& item : ws.pendingItems(slot->id))
            if (at - item.due > kDueNowGrace) ++report.overdueCount;
    }

    report.neverContactedShare = share(report.leadCount - report.touchedLeadCount, report.leadCount);
    report.gaveUpAfterOneShare = share(gaveUp, report.touchedLeadCount);
    report.touchesPerLead = share(double(touches), report.leadCount);
    report.attemptsUntilFirstContact = share(double(attempts), report.contactedLeadCount);
    if (!firstTouchDelays.empty()) {
        auto middle = firstTouchDelays.begin() + firstTouchDelays.size() / 2;
        std::nth_element(firstTouchDelays.begin(), middle, firstTouchDelays.end());
        std::int64_t upper = *middle;
        if (firstTouchDelays.size() % 2 == 0) {
            std::int64_t lower = *std::max_element(firstTouchDelays.begin(), middle);
            report.medianSecondsToFirstTouch = (lower + upper) / 2;
        } else {
            report.medianSecondsToFirstTouch = upper;
        }
    }
    report.firstTouchWithin5MinShare = share(within5, speedPopulation);
    report.sphereTouchesLast30Days = share(double(sphereTouches), report.sphereLeadCount);
    report.sphereMeetingTargetShare = share(sphereMeeting, report.sphereLeadCount);
    report.leadsWithoutNextStep = ws.leadsWithoutNextStep();
    return report;
}

} // namespace cadence
