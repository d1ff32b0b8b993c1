// See lead_list.h.
#include "core/lead_list.h"

#include <algorithm>
#include <cctype>

namespace cadence {
namespace {

std::string asciiLower(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool isBlank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

} // namespace

Status validateSavedLists(const std::vector<SavedLeadList>& lists) {
    if (lists.size() > kMaxSavedLists)
        return Error{"savedLists", "at most " + std::to_string(kMaxSavedLists) + " saved lists"};
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const SavedLeadList& list = lists[i];
        const std::string where = "savedLists[" + std::to_string(i) + "]";
        if (isBlank(list.name)) return Error{where + ".name", "a saved list needs a name"};
        if (list.name.size() > kMaxSavedListNameBytes)
            return Error{where + ".name", "a name of at most " + std::to_string(kMaxSavedListNameBytes) + " bytes"};
        if (list.noTouchDays < 0 || list.noTouchDays > kMaxNoTouchDays)
            return Error{where + ".noTouchDays", "between 0 and " + std::to_string(kMaxNoTouchDays) + " days"};
        for (std::size_t j = 0; j < i; ++j)
            if (asciiLower(lists[j].name) == asciiLower(list.name))
                return Error{where + ".name", "another saved list is called \"" + list.name + "\""};
    }
    return success();
}

} // namespace cadence
