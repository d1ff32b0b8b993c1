// `cadence`: the core from the command line, for people who script (docs/cli.md).
//   cadence validate FILE
//   cadence agenda FILE --at ISO-TIME [--tz ZONE] [--json]
//   cadence health FILE --at ISO-TIME [--json]
//   cadence generate --leads N --touches M [--seed S] [--out FILE]
// Exit codes: 0 success, 1 a problem with the data (message on stderr), 2 a usage mistake.
#include "cli_output.h"

#include "core/backup_format.h"
#include "core/generator.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace cadence;

constexpr const char* kUsage = R"(usage: cadence COMMAND [options]

  validate FILE                               check a backup file; prints a summary
  agenda FILE --at ISO-TIME [--tz ZONE] [--json]
                                              who to contact at that instant (in ZONE, default:
                                              the zone saved in the backup's settings)
  health FILE --at ISO-TIME [--json]          the follow-up health report
  generate --leads N --touches M [--seed S] [--out FILE]
                                              a realistic synthetic backup (stdout by default)
  --help                                      this text

ISO-TIME is like 2026-11-24T09:00:00Z or 2026-11-24T10:00:00+01:00.
Exit codes: 0 ok, 1 bad data (the message names the JSON path), 2 wrong usage.
)";

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--at" -> value
    bool json = false;
};

int usage(const std::string& problem) {
    std::fprintf(stderr, "cadence: %s\n\n%s", problem.c_str(), kUsage);
    return 2;
}

int failure(const std::string& problem) {
    std::fprintf(stderr, "cadence: %s\n", problem.c_str());
    return 1;
}

// Options that take a value; --json and --help are flags.
bool parseArgs(int argc, char** argv, Args& args, std::string& problem) {
    const std::vector<std::string> valued = {"--at", "--tz", "--leads", "--touches", "--seed", "--out"};
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--json") {
            args.json = true;
        } else if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
            if (i + 1 >= argc) return problem = arg + " needs a value", false;
            args.options[arg] = argv[++i];
        } else if (arg.rfind("--", 0) == 0) {
            return problem = "unknown option " + arg, false;
        } else {
            args.positional.push_back(arg);
        }
    }
    return true;
}

bool readFile(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

// Loads FILE (positional 0) into a workspace, optionally in another zone.
int loadWorkspace(const Args& args, std::optional<Workspace>& ws) {
    if (args.positional.size() != 1) return usage("expected one FILE");
    std::string text;
    if (!readFile(args.positional[0], text)) return failure(args.positional[0] + ": cannot read the file");
    Result<WorkspaceData> data = parseBackup(text);
    if (!data) return failure(args.positional[0] + ": " + data.error().describe());
    if (auto tz = args.options.find("--tz"); tz != args.options.end()) {
        if (!TimeZone::fromName(tz->second)) return usage("unknown time zone \"" + tz->second + "\"");
        data->settings.timeZoneName = tz->second;
    }
    Result<Workspace> loaded = Workspace::fromData(std::move(*data));
    if (!loaded)
        return failure(args.positional[0] + ": " + fieldPathToPointer(loaded.error().where) + ": " +
                       loaded.error().reason);
    ws.emplace(std::move(*loaded));
    return 0;
}

int requireAt(const Args& args, Instant& at) {
    auto it = args.options.find("--at");
    if (it == args.options.end()) return usage("--at ISO-TIME is required");
    std::optional<Instant> parsed = parseIsoInstant(it->second);
    if (!parsed)
        return usage("--at: \"" + it->second + "\" is not an ISO 8601 time like 2026-11-24T09:00:00Z");
    at = *parsed;
    return 0;
}

int validate(const Args& args) {
    std::optional<Workspace> ws;
    if (int code = loadWorkspace(args, ws)) return code;
    WorkspaceData data = ws->toData();
    std::printf(
        "%s: valid Cadence backup (format %d)\n  %zu leads, %zu plans, %zu templates, %zu enrollments, "
        "%zu touches; time zone %s\n",
        args.positional[0].c_str(), kBackupFormatVersion, data.leads.size(), data.plans.size(),
        data.templates.size(), data.enrollments.size(), data.touches.size(),
        data.settings.timeZoneName.c_str());
    return 0;
}

int agenda(const Args& args) {
    Instant at;
    if (int code = requireAt(args, at)) return code;
    std::optional<Workspace> ws;
    if (int code = loadWorkspace(args, ws)) return code;
    Agenda today = buildAgenda(*ws, at);
    std::string out = args.json ? cli::agendaJson(*ws, today) : cli::agendaTable(*ws, today);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int health(const Args& args) {
    Instant at;
    if (int code = requireAt(args, at)) return code;
    if (args.options.count("--tz")) return usage("health takes no --tz (it uses the backup's zone)");
    std::optional<Workspace> ws;
    if (int code = loadWorkspace(args, ws)) return code;
    HealthReport report = buildHealthReport(*ws, at);
    std::string out = args.json ? cli::healthJson(report) : cli::healthTable(report);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

bool parseCount(const std::string& text, std::uint64_t max, std::uint64_t& out) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size() && out <= max;
}

int generate(const Args& args) {
    if (!args.positional.empty()) return usage("generate takes no FILE (use --out FILE)");
    GeneratorOptions options;
    std::uint64_t leads = 0, touches = 0, seed = 1;
    auto leadsIt = args.options.find("--leads"), touchesIt = args.options.find("--touches");
    if (leadsIt == args.options.end() || touchesIt == args.options.end())
        return usage("generate needs --leads N and --touches M");
    if (!parseCount(leadsIt->second, 10'000'000, leads))
        return usage("--leads: expected a number up to 10000000");
    if (!parseCount(touchesIt->second, 100'000'000, touches))
        return usage("--touches: expected a number up to 100000000");
    if (auto it = args.options.find("--seed");
        it != args.options.end() && !parseCount(it->second, UINT64_MAX, seed))
        return usage("--seed: expected a whole number");
    options.leads = static_cast<int>(leads);
    options.touches = static_cast<int>(touches);
    options.seed = seed;
    std::string text = saveBackup(generateWorkspace(options), options.now);
    auto out = args.options.find("--out");
    if (out == args.options.end()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    std::ofstream file(out->second, std::ios::binary);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!file) return failure(out->second + ": cannot write the file");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage("no command given");
    std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    Args args;
    std::string problem;
    if (!parseArgs(argc, argv, args, problem)) return usage(problem);
    if (command == "validate") return validate(args);
    if (command == "agenda") return agenda(args);
    if (command == "health") return health(args);
    if (command == "generate") return generate(args);
    return usage("unknown command \"" + command + "\"");
}
