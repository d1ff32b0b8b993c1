// The widget locator for browser tests; see locator.h.
#include "ui/locator.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <vector>

namespace cadence::ui::locator {
namespace {

struct LocatedItem {
    ImGuiID id = 0;
    ImRect rect;
    bool visible = false;
    std::string window;
    std::string fullLabel;
    std::string visibleLabel;
};

struct Registry {
    bool enabled = false;
    std::vector<LocatedItem> building;  // items of the frame being laid out
    std::vector<LocatedItem> published; // items of the last complete frame
};

Registry& registry() {
    static Registry instance; // the hooks are free functions called by ImGui: no other way in
    return instance;
}

bool isIconCodepoint(unsigned codepoint) { return codepoint >= 0xE000 && codepoint <= 0xF8FF; }

// "\uF274  Today##nav" -> "Today": drop the "##" suffix, private-use icon glyphs and padding.
// A label with nothing visible ("##Search leads") is known by what follows the "##".
std::string visibleText(const char* label) {
    if (label[0] == '#' && label[1] == '#') return label + 2;
    const char* end = label;
    while (*end && !(end[0] == '#' && end[1] == '#')) ++end;
    std::string text;
    for (const char* p = label; p < end;) {
        unsigned codepoint = 0;
        int length = ImTextCharFromUtf8(&codepoint, p, end);
        if (length <= 0) break;
        if (!isIconCodepoint(codepoint)) text.append(p, static_cast<size_t>(length));
        p += length;
    }
    size_t first = text.find_first_not_of(" \n");
    size_t last = text.find_last_not_of(" \n");
    // An icon-only label ("\uF00D##Close lead") is known by its id, like "##Search leads".
    if (first == std::string::npos) return *end ? std::string(end + 2) : std::string();
    return text.substr(first, last - first + 1);
}

} // namespace

void setEnabled(bool enabled) {
    registry().enabled = enabled;
    if (ImGuiContext* context = ImGui::GetCurrentContext()) context->TestEngineHookItems = enabled;
}

bool isEnabled() { return registry().enabled; }

void publishPreviousFrame() {
    Registry& reg = registry();
    if (ImGuiContext* context = ImGui::GetCurrentContext()) context->TestEngineHookItems = reg.enabled;
    if (!reg.enabled) return;
    reg.published.swap(reg.building);
    reg.building.clear();
}

std::string findJson(std::string_view label) {
    nlohmann::json matches = nlohmann::json::array();
    const ImGuiID activeId = ImGui::GetCurrentContext() ? ImGui::GetCurrentContext()->ActiveId : 0;
    for (const LocatedItem& item : registry().published) {
        if (item.visibleLabel != label && item.fullLabel != label) continue;
        matches.push_back({{"label", item.visibleLabel},
                           {"window", item.window},
                           {"x", item.rect.Min.x},
                           {"y", item.rect.Min.y},
                           {"w", item.rect.GetWidth()},
                           {"h", item.rect.GetHeight()},
                           {"visible", item.visible},
                           {"active", item.id != 0 && item.id == activeId}});
    }
    return matches.dump();
}

} // namespace cadence::ui::locator

using cadence::ui::locator::LocatedItem;
using cadence::ui::locator::registry;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, const ImRect& rect, ImGuiID id) {
    ImGuiWindow* window = context->CurrentWindow;
    LocatedItem item;
    item.id = id;
    item.rect = rect;
    item.visible = window && window->ClipRect.Overlaps(rect) && !window->Hidden;
    if (window) item.window = window->Name;
    registry().building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label) return;
    auto& items = registry().building;
    // ItemInfo follows the ItemAdd of the same id, so search from the back.
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (it->id != id) continue;
        it->fullLabel = label;
        it->visibleLabel = cadence::ui::locator::visibleText(label);
        return;
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    for (const LocatedItem& item : registry().published)
        if (item.id == id && !item.fullLabel.empty()) return item.fullLabel.c_str();
    return nullptr;
}
