// docs/backup-format.schema.json must describe the same members as a saved document: this test
// compares the schema's property names with the keys of every record kind in a rich backup,
// so the schema cannot drift from the code.
#include "backup_test_support.h"

#include <nlohmann/json.hpp>

#include <set>

using namespace cadence;
using namespace cadence::backuptest;
using nlohmann::json;

namespace {

std::set<std::string> keysOf(const json& object) {
    std::set<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.insert(it.key());
    return keys;
}

std::string readSchema() {
    std::ifstream in(std::string(CADENCE_TEST_DATA_DIR) + "/../../docs/backup-format.schema.json");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("the JSON Schema beside the docs lists exactly the members a saved backup has") {
    json schema = json::parse(readSchema(), nullptr, false);
    CHECK_OR_RETURN(!schema.is_discarded());
    CHECK(schema.value("$schema", "") == "https://json-schema.org/draft/2020-12/schema");
    json saved = json::parse(saveBackup(richWorkspace().toData(), Instant{0}), nullptr, false);
    CHECK_OR_RETURN(!saved.is_discarded());
    CHECK(keysOf(schema["properties"]) == keysOf(saved));
    const json& defs = schema["$defs"];
    struct Kind {
        const char* def;
        const json& sample;
    };
    for (const Kind& kind : {Kind{"settings", saved["settings"]}, Kind{"lead", saved["leads"][0]},
                             Kind{"plan", saved["plans"][0]}, Kind{"template", saved["templates"][0]},
                             Kind{"enrollment", saved["enrollments"][0]}, Kind{"touch", saved["touches"][0]},
                             Kind{"nextIds", saved["nextIds"]}}) {
        INFO(kind.def);
        CHECK_OR_RETURN(defs.contains(kind.def));
        CHECK(keysOf(defs[kind.def]["properties"]) == keysOf(kind.sample));
    }
    // Nested records too.
    CHECK(keysOf(defs["lead"]["properties"]["phones"]["items"]["properties"]) ==
          keysOf(saved["leads"][0]["phones"][0]));
    CHECK(keysOf(defs["plan"]["properties"]["steps"]["items"]["properties"]) ==
          keysOf(saved["plans"][0]["steps"][0]));
    CHECK(keysOf(defs["plan"]["properties"]["recurring"]["items"]["properties"]) ==
          keysOf(saved["plans"][1]["recurring"][0])); // plans[1] is the sphere plan
}
