#include "app/cli.hpp"

#include <exception>
#include <iostream>
#include <string_view>

namespace distill::app {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"check-config", "validate, print the effective config (secrets masked)", cmd_check_config},
      {"ingest", "pull new messages (IMAP, or a maildir:/mbox:/dir: source)", cmd_ingest},
      {"process", "decode, clean and summarize what was ingested", cmd_process},
      {"deliver", "compose and send the digest", cmd_deliver},
      {"run", "ingest + process + deliver, once", cmd_run},
      {"daemon", "run on the configured schedule", cmd_daemon},
      {"preview", "render the next digest to a file, send nothing", cmd_preview},
      {"explain", "what clean and summarize do to each message", cmd_explain},
      {"status", "counts per stage, last sync, pending digests", cmd_status},
  };
  return table;
}

namespace {

void print_usage(std::ostream& out) {
  out << "usage: distill [--config FILE] [-v|-q] COMMAND [options]\n\ncommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name << std::string(14 - std::string_view(c.name).size(), ' ') << c.summary << "\n";
  }
  out << "\nexit status: 0 ok, 1 runtime failure, 2 usage or config error, 130 interrupted\n";
}

void print_nested(std::ostream& out, const std::exception& e) {
  out << e.what();
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception& inner) {
    out << ": ";
    print_nested(out, inner);
  } catch (...) {
  }
}

}  // namespace

int run_main(int argc, char** argv) {
  Invocation inv;
  int i = 1;
  for (; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      print_usage(std::cout);
      return 0;
    } else if (a == "--config" && i + 1 < argc) {
      inv.config_path = argv[++i];
    } else if (a.starts_with("--config=")) {
      inv.config_path = std::string(a.substr(9));
    } else if (a == "-v") {
      ++inv.verbosity;
    } else if (a == "-q") {
      inv.verbosity = -1;
    } else if (!a.starts_with("-")) {
      break;
    } else {
      std::cerr << "distill: error: unknown option '" << a << "'\n";
      print_usage(std::cerr);
      return static_cast<int>(ExitStatus::usage);
    }
  }
  if (i >= argc) {
    print_usage(std::cerr);
    return static_cast<int>(ExitStatus::usage);
  }
  inv.command = argv[i];
  inv.args.assign(argv + i + 1, argv + argc);
  for (const auto& c : commands()) {
    if (inv.command == c.name) {
      try {
        return static_cast<int>(c.handler(inv));
      } catch (const std::exception& e) {
        std::cerr << "distill: error: ";
        print_nested(std::cerr, e);
        std::cerr << "\n";
        return static_cast<int>(ExitStatus::failure);
      }
    }
  }
  std::cerr << "distill: error: unknown command '" << inv.command << "'\n";
  print_usage(std::cerr);
  return static_cast<int>(ExitStatus::usage);
}

}  // namespace distill::app
