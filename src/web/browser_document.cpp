// See browser_document.h.
#include "web/browser_document.h"

namespace cadence::web {

Result<Applied> BrowserDocument::apply(const Command& command) {
    Result<Applied> result = workspace_.apply(command);
    if (result) changed();
    return result;
}

Status BrowserDocument::undo() {
    Status status = workspace_.undo();
    if (status) changed();
    return status;
}

Status BrowserDocument::redo() {
    Status status = workspace_.redo();
    if (status) changed();
    return status;
}

void BrowserDocument::changed() {
    if (onChange_) onChange_();
}

} // namespace cadence::web
