#pragma once
// The command line: global options, the command table, exit codes. Each
// command is one function in its own app/cmd_NAME.cpp.

#include <optional>
#include <string>
#include <vector>

namespace distill::app {

enum class ExitStatus : int {
  ok = 0,
  failure = 1,      // a runtime failure: server, store, a message that could not be handled
  usage = 2,        // bad command line or bad config
  interrupted = 130,
};

// What every command receives: the global options and its own arguments
// (everything after the command name, unparsed).
struct Invocation {
  std::optional<std::string> config_path;  // --config FILE
  int verbosity = 0;                       // -q = -1, -v = 1, -vv = 2
  std::string command;
  std::vector<std::string> args;
};

using Handler = ExitStatus (*)(const Invocation&);

struct Command {
  const char* name;
  const char* summary;  // one line for `distill --help`
  Handler handler;
};

const std::vector<Command>& commands();

// Parses argv, runs the command, turns every escaping exception into one
// `distill: error:` line. The only catch-all of the program.
int run_main(int argc, char** argv);

ExitStatus cmd_check_config(const Invocation&);
ExitStatus cmd_ingest(const Invocation&);
ExitStatus cmd_process(const Invocation&);
ExitStatus cmd_deliver(const Invocation&);
ExitStatus cmd_run(const Invocation&);
ExitStatus cmd_daemon(const Invocation&);
ExitStatus cmd_preview(const Invocation&);
ExitStatus cmd_explain(const Invocation&);
ExitStatus cmd_status(const Invocation&);

}  // namespace distill::app
