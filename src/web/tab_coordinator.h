// One writer across tabs (js/cadence_tabs.js): the first tab holds a Web Lock and writes; later
// tabs read, refresh when the writer announces a commit, and may ask for the role ("use here
// instead"), which the writer hands over only after flushing every change.
#pragma once

#include <cstdint>
#include <functional>

namespace cadence::web {

class TabCoordinator {
public:
    struct Events {
        std::function<void(bool writer)> roleChanged;
        std::function<void(std::uint64_t generation, std::uint64_t sequence)> remoteCommit;
        std::function<void()> handoverRequested;
    };

    explicit TabCoordinator(Events events);
    ~TabCoordinator();

    void start();
    void requestWriterRole();
    void releaseWriterRole();
    void announceCommit(std::uint64_t generation, std::uint64_t sequence);

    const Events& events() const { return events_; }

private:
    Events events_;
};

} // namespace cadence::web
