// See tab_coordinator.h.
#include "web/tab_coordinator.h"

#include <emscripten.h>

extern "C" {
void cadence_tabs_start();
void cadence_tabs_request_writer();
void cadence_tabs_release_writer();
void cadence_tabs_announce_commit(double generation, double sequence);
}

namespace cadence::web {
namespace {
// The coordinator the exported functions report to (JavaScript has no other handle).
TabCoordinator* activeCoordinator = nullptr;
} // namespace

TabCoordinator::TabCoordinator(Events events) : events_(std::move(events)) { activeCoordinator = this; }

TabCoordinator::~TabCoordinator() {
    if (activeCoordinator == this) activeCoordinator = nullptr;
}

void TabCoordinator::start() { cadence_tabs_start(); }
void TabCoordinator::requestWriterRole() { cadence_tabs_request_writer(); }
void TabCoordinator::releaseWriterRole() { cadence_tabs_release_writer(); }

void TabCoordinator::announceCommit(std::uint64_t generation, std::uint64_t sequence) {
    cadence_tabs_announce_commit(static_cast<double>(generation), static_cast<double>(sequence));
}

} // namespace cadence::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cadence_tabs_role_changed(int writer) {
    if (auto* tabs = cadence::web::activeCoordinator) tabs->events().roleChanged(writer != 0);
}

EMSCRIPTEN_KEEPALIVE void cadence_tabs_remote_commit(double generation, double sequence) {
    if (auto* tabs = cadence::web::activeCoordinator)
        tabs->events().remoteCommit(static_cast<std::uint64_t>(generation), static_cast<std::uint64_t>(sequence));
}

EMSCRIPTEN_KEEPALIVE void cadence_tabs_handover_requested() {
    if (auto* tabs = cadence::web::activeCoordinator) tabs->events().handoverRequested();
}

} // extern "C"
