#include "app/cli.hpp"

#include <exception>
#include <iostream>
#include <string_view>

#include "app/log.hpp"
#include "config/keys.hpp"

#ifndef DISTILL_VERSION
#define DISTILL_VERSION "unknown"
#endif

namespace distill::app {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"check-config", "validate, print the effective config (secrets masked)", cmd_check_config, ""},
      {"ingest", "pull new messages (IMAP, or a maildir:/mbox:/dir: source)", cmd_ingest, "[options]"},
      {"process", "decode, clean and summarize what was ingested", cmd_process, "[options]"},
      {"deliver", "compose and send the digest", cmd_deliver, "[options]"},
      {"run", "ingest + process + deliver, once", cmd_run, "[options]"},
      {"daemon", "run on the configured schedule", cmd_daemon, "[options]"},
      {"preview", "render the next digest to a file, send nothing", cmd_preview, "[options]"},
      {"explain", "what clean and summarize do to each message", cmd_explain, "[options] FILE..."},
      {"status", "counts per stage, last sync, pending digests", cmd_status, "[--json]"},
      {"search", "full-text search of the archive", cmd_search, "[options] QUERY"},
      {"show", "one issue: summary + cleaned text (--original, --html, --removed)", cmd_show, "[options] ID"},
      {"feed", "write the Atom feeds of [feed] dir now", cmd_feed, ""},
      {"prune", "apply [store] keep_days now", cmd_prune, "[--dry-run]"},
  };
  return table;
}

const Command* find_command(std::string_view name) {
  for (const auto& c : commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

namespace {

constexpr std::string_view k_exit_status_help =
    "exit status: 0 ok, 1 runtime failure, 2 usage or config error; stopped by a signal:\n"
    "128 + its number (130 SIGINT, 143 SIGTERM, 129 SIGHUP), the daemon 0 on SIGTERM/SIGHUP\n";

// Boost's parser with every style but prefix guessing: `--imap.ur` must be
// an error, not quietly `--imap.url`.
constexpr int k_style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

po::options_description general_options() {
  po::options_description general("options");
  general.add_options()  //
      ("config", po::value<std::string>()->value_name("FILE"),
       "config file [default: $XDG_CONFIG_HOME/distill/distill.conf or ~/.config/distill/distill.conf]")  //
      ("verbose,v", "more detail on stderr: per-stage counts and timings; -vv adds a protocol trace")  //
      ("quiet,q", "only warnings and errors on stderr")                                                //
      ("version", "print the version and exit")                                                        //
      ("help,h", "print this help and exit");
  return general;
}

void print_usage(std::ostream& out) {
  out << "usage: distill [options] COMMAND [command options]\n\n"
         "distill turns newsletters into one short digest email.\n\ncommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name << std::string(14 - std::string_view(c.name).size(), ' ') << c.summary << "\n";
  }
  out << "\n" << general_options() << "\n" << config::command_line_options();
  out << "\nOptions and config keys may go before or after the command. A config key\n"
         "given on the command line wins over distill.conf; [source.NAME] sections\n"
         "are read from the file only. 'distill COMMAND --help' shows a command's own\n"
         "options.\n\n"
      << k_exit_status_help;
}

// How many words a global option takes (0 or 1), or nullopt when `arg` is
// not one. --help and --version are left out: after a command they are the
// command's.
std::optional<int> global_option_arity(const po::options_description& global, std::string_view arg) {
  if (arg == "-q" || arg == "-v" || arg == "-vv" || arg == "-vvv") return 0;
  if (!arg.starts_with("--") || arg.size() == 2) return std::nullopt;
  auto equals = arg.find('=');
  std::string name(arg.substr(2, equals == std::string_view::npos ? std::string_view::npos : equals - 2));
  if (name == "help" || name == "version") return std::nullopt;
  const auto* option = global.find_nothrow(name, false);
  if (option == nullptr) return std::nullopt;
  return equals == std::string_view::npos && option->semantic()->max_tokens() > 0 ? 1 : 0;
}

void usage_error(std::string_view message, const Command* command) {
  log::error(message);
  std::cerr << (command ? "see 'distill " + std::string(command->name) + " --help'\n" : "see 'distill --help'\n");
}

}  // namespace

std::string describe_exception(const std::exception& error) {
  std::string text = error.what();
  try {
    std::rethrow_if_nested(error);
  } catch (const std::exception& inner) {
    text += ": " + describe_exception(inner);
  } catch (...) {
    text += ": unknown error";
  }
  return text;
}

void print_command_help(std::ostream& out, const Command& command, const po::options_description& options) {
  out << "usage: distill [global options] " << command.name;
  if (*command.synopsis != '\0') out << " " << command.synopsis;
  out << "\n\n" << command.summary << "\n\n";
  po::options_description shown(std::string(command.name) + " options");
  for (const auto& option : options.options()) shown.add(option);
  shown.add_options()("help,h", "print this help and exit");
  out << shown
      << "\nGlobal options (--config FILE, -v, -q and config keys such as --imap.url)\n"
         "may go before or after the command; see 'distill --help'.\n\n"
      << k_exit_status_help;
}

std::optional<ExitStatus> parse_command_line(const Invocation& inv, const po::options_description& options,
                                             po::variables_map& vars,
                                             const po::positional_options_description& positional) {
  const Command* command = find_command(inv.command);
  po::options_description all;
  all.add(options);
  all.add_options()("help,h", "print this help and exit");
  try {
    po::store(po::command_line_parser(inv.args).options(all).positional(positional).style(k_style).run(), vars);
    if (vars.count("help")) {
      if (command) print_command_help(std::cout, *command, options);
      return ExitStatus::ok;
    }
    po::notify(vars);
  } catch (const po::error& e) {
    usage_error(inv.command + ": " + e.what(), command);
    return ExitStatus::usage;
  }
  return std::nullopt;
}

config::Settings load_settings(const Invocation& inv) {
  config::LoadRequest request;
  if (inv.config_path) request.path = *inv.config_path;
  request.overrides = inv.config_overrides;
  return config::load_settings(request);
}

config::Settings load_settings_or_defaults(const Invocation& inv) {
  config::LoadRequest request;
  if (inv.config_path) request.path = *inv.config_path;
  request.overrides = inv.config_overrides;
  request.allow_missing_default = true;
  return config::load_settings(request);
}

int run_main(int argc, char** argv) {
  po::options_description general = general_options();
  po::options_description global;
  global.add(general).add(config::command_line_options());

  // Global options may stand before the command or after it (`distill
  // check-config --config FILE`). The first word that is neither an option
  // nor an option's value is the command; the other words after it are the
  // command's to parse, and so is everything after a `--`.
  std::vector<std::string> global_args;
  std::vector<std::string> command_args;
  std::optional<std::string> command_name;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (command_name && arg == "--") {
      command_args.insert(command_args.end(), argv + i, argv + argc);
      break;
    }
    if (auto arity = global_option_arity(global, arg)) {
      global_args.push_back(arg);
      if (*arity == 1 && i + 1 < argc) global_args.push_back(argv[++i]);
    } else if (command_name) {
      command_args.push_back(arg);
    } else if (arg.starts_with("-") && arg != "-") {
      global_args.push_back(arg);  // --help, --version, or one Boost will report
    } else {
      command_name = arg;
    }
  }

  Invocation inv;
  try {
    po::parsed_options parsed = po::command_line_parser(global_args).options(global).style(k_style).run();
    for (const auto& option : parsed.options) {
      const std::string& key = option.string_key;
      if (key == "help") {
        print_usage(std::cout);
        return static_cast<int>(ExitStatus::ok);
      } else if (key == "version") {
        std::cout << "distill " << DISTILL_VERSION << "\n";
        return static_cast<int>(ExitStatus::ok);
      } else if (key == "verbose") {
        inv.verbosity = std::max(inv.verbosity, 0) + 1;
      } else if (key == "quiet") {
        inv.verbosity = -1;
      } else if (key == "config") {
        if (inv.config_path) throw po::error("option '--config' cannot be specified more than once");
        inv.config_path = option.value.front();
      } else {
        inv.config_overrides.push_back({key, option.value.front()});
      }
    }
  } catch (const po::error& e) {
    usage_error(e.what(), nullptr);
    return static_cast<int>(ExitStatus::usage);
  }
  log::set_verbosity(inv.verbosity);

  if (!command_name) {
    usage_error("no command given", nullptr);
    return static_cast<int>(ExitStatus::usage);
  }
  inv.command = *command_name;
  inv.args = std::move(command_args);
  const Command* command = find_command(inv.command);
  if (command == nullptr) {
    usage_error("unknown command '" + inv.command + "'", nullptr);
    return static_cast<int>(ExitStatus::usage);
  }

  try {
    return static_cast<int>(command->handler(inv));
  } catch (const config::Error& e) {
    for (const auto& problem : e.problems()) log::error(problem);
    return static_cast<int>(ExitStatus::usage);
  } catch (const UsageError& e) {
    usage_error(inv.command + ": " + e.what(), command);
    return static_cast<int>(ExitStatus::usage);
  } catch (const std::exception& e) {
    log::error(describe_exception(e));
    return static_cast<int>(ExitStatus::failure);
  }
}

}  // namespace distill::app
