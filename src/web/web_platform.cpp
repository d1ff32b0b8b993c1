// See web_platform.h.
#include "web/web_platform.h"

#include "web/browser_bridge.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace cadence::web {

Instant WebPlatform::now() const {
    return Instant{static_cast<std::int64_t>(std::floor(cadence_browser_now_ms() / 1000.0))};
}

std::optional<std::string> WebPlatform::loadPreference(std::string_view key) const {
    char* value = cadence_browser_load_preference(std::string(key).c_str());
    if (!value) return std::nullopt;
    std::string result(value);
    std::free(value);
    return result;
}

void WebPlatform::savePreference(std::string_view key, std::string_view value) {
    cadence_browser_save_preference(std::string(key).c_str(), std::string(value).c_str());
}

void WebPlatform::openLink(std::string_view url) { cadence_browser_open_link(std::string(url).c_str()); }

} // namespace cadence::web
