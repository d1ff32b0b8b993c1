// How views change the data: every command, undo and redo goes through here, which forwards it
// to the Document and counts the change, so views can cache what they derive from the workspace
// (the agenda, the sorted leads table) and recompute only when the data changed.
//
// revision() also moves when the workspace changed behind the views' back (data loaded from
// storage, another tab): it folds in the workspace's id counters, lead count and undo state.
//
//   if (auto r = context.editor.apply(LogTouch{touch}); !r) showError(r.error().describe());
#pragma once

#include "ui/document.h"

#include <cstdint>

namespace cadence::ui {

class Editor {
  public:
    explicit Editor(Document& document) : document_(document) {}

    const Workspace& workspace() const { return document_.workspace(); }
    Document& document() { return document_; }
    Result<Applied> apply(const Command& command) {
        Result<Applied> result = document_.apply(command);
        if (result) ++changes_;
        return result;
    }
    Status undo() { return counted(document_.undo()); }
    Status redo() { return counted(document_.redo()); }

    // Changes with every command, undo, redo or reload.
    std::uint64_t revision() const {
        const Workspace& ws = document_.workspace();
        const IdCounters& ids = ws.nextIds();
        std::uint64_t hash = 1469598103934665603ull;
        const std::uint64_t parts[] = {changes_,
                                       ids.lead,
                                       ids.plan,
                                       ids.messageTemplate,
                                       ids.enrollment,
                                       ids.touch,
                                       ws.leadCount(),
                                       ws.canUndo() ? 1u : 0u,
                                       ws.canRedo() ? 1u : 0u,
                                       static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(&ws))};
        for (std::uint64_t part : parts)
            hash = (hash ^ part) * 1099511628211ull;
        return hash;
    }

  private:
    Status counted(Status status) {
        if (status) ++changes_;
        return status;
    }
    Document& document_;
    std::uint64_t changes_ = 0;
};

} // namespace cadence::ui
