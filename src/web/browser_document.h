// The Document of the browser app: the user's Workspace, changed through commands.
#pragma once

#include "ui/document.h"

#include <functional>

namespace cadence::web {

class BrowserDocument final : public ui::Document {
public:
    // `onChange` runs after every applied command, undo and redo (the frame loop redraws).
    BrowserDocument(Workspace workspace, std::function<void()> onChange)
        : workspace_(std::move(workspace)), onChange_(std::move(onChange)) {}

    const Workspace& workspace() const override { return workspace_; }
    Result<Applied> apply(const Command& command) override;
    Status undo() override;
    Status redo() override;
    ui::SaveStatus saveStatus() const override { return status_; }

private:
    void changed();

    Workspace workspace_;
    std::function<void()> onChange_;
    ui::SaveStatus status_;
};

} // namespace cadence::web
