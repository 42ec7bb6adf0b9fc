#pragma once
// The command line: global options, the command table, exit codes, and the
// helpers every command uses to parse its own options and load the config.
// Each command is one function in its own app/cmd_NAME.cpp:
//
//   ExitStatus cmd_deliver(const Invocation& inv) {
//     po::options_description options("deliver options");
//     options.add_options()
//         ("dry-run", "compose the digest but send nothing")
//         ("out", po::value<std::string>()->value_name("FILE"), "write the digest to FILE");
//     po::variables_map vars;
//     if (auto done = parse_command_line(inv, options, vars)) return *done;  // --help, bad option
//     config::Settings settings = load_settings(inv);
//     config::require(settings, config::Need::smtp, inv.command);
//     ...
//   }
//
// run_main() is the only catch-all: config::Error and UsageError exit 2, any
// other exception exits 1 as one `distill: error:` line.

#include <boost/program_options.hpp>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "config/config.hpp"

namespace distill::app {

namespace po = boost::program_options;

enum class ExitStatus : int {
  ok = 0,
  failure = 1,      // a runtime failure: server, store, a message that could not be handled
  usage = 2,        // bad command line or bad config
  interrupted = 130,
};

// A bad command line found by a command after parse_command_line(), e.g.
// `explain` without a file. run_main prints it with a pointer to --help and
// exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What every command receives: the global options and its own arguments
// (everything after the command name, unparsed).
struct Invocation {
  std::optional<std::string> config_path = {};          // --config FILE
  int verbosity = 0;                                    // -q = -1, -v = 1, -vv = 2
  std::vector<config::Override> config_overrides = {};  // --imap.url URL ...
  std::string command = {};
  std::vector<std::string> args = {};
};

using Handler = ExitStatus (*)(const Invocation&);

struct Command {
  const char* name;
  const char* summary;   // one line for `distill --help`
  Handler handler;
  const char* synopsis;  // what follows the name in its usage line, e.g. "[options] FILE..."
};

const std::vector<Command>& commands();
const Command* find_command(std::string_view name);

// Parses argv, runs the command, turns every escaping exception into one
// `distill: error:` line. The only catch-all of the program.
int run_main(int argc, char** argv);

// -- helpers for commands ----------------------------------------------------

// Parses inv.args against `options` (plus -h/--help, added here) and
// `positional`, storing into `vars` (notify() is called). Returns nullopt
// when the command should go on, or the status to return at once: ok after
// printing the command's help to stdout, usage after printing what was wrong
// (and where to find help) to stderr.
std::optional<ExitStatus> parse_command_line(const Invocation& inv, const po::options_description& options,
                                             po::variables_map& vars,
                                             const po::positional_options_description& positional = {});

// `distill NAME --help`: usage line, summary, the options, exit status.
void print_command_help(std::ostream& out, const Command& command, const po::options_description& options);

// The effective Settings: --config (or the default path) merged with the
// config keys given on the command line. Throws config::Error (exit 2) when
// the file is missing or bad. Secrets are not resolved.
config::Settings load_settings(const Invocation& inv);
// The same, but without --config and without a file at the default path it
// returns the defaults: for commands that also work with no config at all.
config::Settings load_settings_or_defaults(const Invocation& inv);

// An exception and the ones nested in it as one line: "mailbox \"INBOX\":
// UID FETCH failed: Connection reset by peer". For commands that log a
// failure and go on (the daemon).
std::string describe_exception(const std::exception& error);

ExitStatus cmd_check_config(const Invocation&);
ExitStatus cmd_ingest(const Invocation&);
ExitStatus cmd_process(const Invocation&);
ExitStatus cmd_deliver(const Invocation&);
ExitStatus cmd_run(const Invocation&);
ExitStatus cmd_daemon(const Invocation&);
ExitStatus cmd_preview(const Invocation&);
ExitStatus cmd_explain(const Invocation&);
ExitStatus cmd_status(const Invocation&);
ExitStatus cmd_search(const Invocation&);
ExitStatus cmd_show(const Invocation&);
ExitStatus cmd_feed(const Invocation&);
ExitStatus cmd_prune(const Invocation&);

}  // namespace distill::app
