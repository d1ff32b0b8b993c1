// The data the views show, and the only way they change it.
//
// Views read the Workspace through const access and change it only by applying commands here
// (one command = one undo step). The implementation (src/web/browser_document.*) also persists
// every change and reports the save state the views display.
#pragma once

#include "core/workspace.h"

#include <string>

namespace cadence::ui {

struct SaveStatus {
    enum class State {
        Saved,    // every change is committed to storage
        Saving,   // changes are being written
        Failed,   // the last write failed; changes are kept in memory and retried
        ReadOnly, // another tab holds the data; this one only shows it
    };
    State state = State::Saved;
    std::string detail; // why it failed, or which tab writes
};

class Document {
public:
    virtual ~Document() = default;
    virtual const Workspace& workspace() const = 0;
    virtual Result<Applied> apply(const Command& command) = 0;
    virtual Status undo() = 0;
    virtual Status redo() = 0;
    virtual SaveStatus saveStatus() const = 0;
};

} // namespace cadence::ui
