// See pause_expiry.h.
#include "ui/pause_expiry.h"

#include <algorithm>

namespace cadence::ui {

int PauseExpiry::update(Editor& editor, Platform& platform, Instant now) {
    const SaveStatus::State state = editor.document().saveStatus().state;
    // Only the tab that writes resumes (a read-only tab sees the writer's resume arrive).
    if (state == SaveStatus::State::Loading || state == SaveStatus::State::ReadOnly ||
        state == SaveStatus::State::Refused)
        return 0;
    const bool endCame = nextEnd_ && *nextEnd_ <= now;
    if (checkedRevision_ == editor.revision() && !endCame) {
        wakeForNextEnd(platform, now);
        return 0;
    }

    const Workspace::EndedPauses ended = editor.workspace().pausesEndedBy(now);
    int resumed = 0;
    for (EnrollmentId id : ended.due) {
        const Enrollment* enrollment = editor.workspace().enrollment(id);
        if (enrollment && enrollment->resumeAt && editor.apply(ResumeEnrollment{id, *enrollment->resumeAt}))
            ++resumed;
    }
    checkedRevision_ = editor.revision();
    nextEnd_ = ended.next;
    wakeForNextEnd(platform, now);
    return resumed;
}

void PauseExpiry::wakeForNextEnd(Platform& platform, Instant now) const {
    if (!nextEnd_) return;
    // Browsers fire a timer of more than ~24.8 days at once, so wake at least hourly (the
    // platform keeps only the earliest request, so asking every frame costs nothing).
    const std::int64_t wait = std::clamp<std::int64_t>(*nextEnd_ - now, 0, kSecondsPerHour);
    platform.requestFrameAfter(static_cast<double>(wait) * 1000.0 + 50.0);
}

} // namespace cadence::ui
