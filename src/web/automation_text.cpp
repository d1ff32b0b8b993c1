// See automation_text.h.
#include "web/automation_text.h"

#include "web/browser_shell.h"

#include <cstdio>

namespace cadence::web {
namespace {

using nlohmann::json;

std::string codepointName(char32_t codepoint) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(codepoint));
    return name;
}

} // namespace

void registerTextCalls(BrowserShell& shell) {
    shell.automation().add("text", [&shell](const json&) {
        const std::vector<char32_t> missing = ui::FontAtlas::missingGlyphs(shell.fonts(), shell.usedCharacters());
        json missingList = json::array();
        for (char32_t c : missing) missingList.push_back(codepointName(c));
        json files = json::array();
        for (std::size_t i = 0; i < FontLoader::kFileCount; ++i) {
            const FontLoader::Status status = shell.fontLoader().status(static_cast<FontLoader::File>(i));
            files.push_back({{"path", status.path},
                             {"state", toString(status.state)},
                             {"bytes", status.bytes},
                             {"loadMs", status.loadMilliseconds}});
        }
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        return json{{"used", shell.usedCharacters().list().size()},
                    {"missing", std::move(missingList)},
                    {"files", std::move(files)},
                    {"atlas", {{"width", atlas->TexWidth}, {"height", atlas->TexHeight}}},
                    {"atlasBuilds", shell.fontAtlas().builds()},
                    {"bodyPixels", shell.fonts().body ? shell.fonts().body->FontSize : 0.0f}};
    });
}

} // namespace cadence::web
