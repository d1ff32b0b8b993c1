// Which characters Cadence has to draw beyond plain ASCII: those in the workspace's text (lead
// names, addresses, sources, tags, notes, touch notes, plans, templates, settings) and those the
// user types or pastes. The font atlas is built for exactly these, so a Greek or Chinese name
// brings in its glyphs without whole scripts being baked up front.
//
//   UsedCharacters used;
//   used.scan(workspace, document.replacements()); // each frame: cheap unless records appeared
//   used.add(typedText);
//   if (used.generation() != builtFor) rebuildTheAtlas();
//
// The scan is incremental: records with ids not seen before are read as they appear (a new lead,
// an import), and a workspace replaced wholesale (opened, refreshed from another tab, restored from
// a backup) is read again. Edits to existing records carry text that was typed or pasted here,
// which arrives through add(). Characters are never removed, so an undo never loses a glyph.
#pragma once

#include "core/workspace.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cadence::ui {

class UsedCharacters {
  public:
    UsedCharacters();

    // Adds every non-ASCII character of UTF-8 `text` (a malformed sequence counts as U+FFFD).
    void add(std::string_view text);
    // Reads the records that appeared since the last call; everything again when `replacements`
    // (how often the workspace was replaced wholesale) moved or the ids went backwards.
    void scan(const Workspace& ws, std::uint64_t replacements);

    bool contains(char32_t codepoint) const;
    // Grows whenever a character is added: the atlas is stale when it was built for another value.
    std::uint64_t generation() const { return generation_; }
    // The characters in ascending order.
    std::vector<char32_t> list() const;

  private:
    void addCodepoint(char32_t codepoint);
    void scanSharedRecords(const Workspace& ws);

    std::vector<std::uint64_t> bits_; // one bit per Unicode codepoint
    std::uint64_t generation_ = 0;
    std::uint64_t replacementsSeen_ = ~0ull;
    IdCounters scannedUpTo_; // records with ids below these were read
};

} // namespace cadence::ui
