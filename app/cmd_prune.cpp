// prune: apply [store] keep_days now, as run and daemon do after each run.
// --dry-run lists what would go and changes nothing.

#include <iostream>

#include "app/archive.hpp"
#include "app/cli.hpp"
#include "app/clock.hpp"
#include "app/log.hpp"
#include "deliver/atom.hpp"

namespace distill::app {

ExitStatus cmd_prune(const Invocation& inv) {
  po::options_description options;
  options.add_options()("dry-run", "list what would be pruned, change nothing");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  const bool dry_run = vars.count("dry-run") > 0;
  const auto settings = load_settings(inv);
  if (settings.keep_days == 0) {
    log::info("prune: [store] keep_days is 0 (keep everything); nothing to do");
    return ExitStatus::ok;
  }
  auto store = store::Store::open(settings.store_path);
  const auto now = wall_now();
  const auto report = prune_archive(store, settings.keep_days, now, dry_run);
  if (dry_run) {
    for (const auto& m : report.messages) {
      std::cout << m.message << "  " << (m.date ? deliver::rfc3339(*m.date).substr(0, 10) : "          ") << "  "
                << describe_bytes(m.bytes) << "  " << m.subject << "\n";
    }
  }
  const std::string count = std::to_string(report.messages.size()) + " messages older than " +
                            std::to_string(settings.keep_days) + " days";
  if (dry_run) {
    log::info("prune: would prune " + count + " (" + describe_bytes(report.message_bytes) + " of originals)");
  } else {
    log::info("prune: pruned " + count + ", " +
              (report.freed_bytes > 0 ? "store " + describe_bytes(report.freed_bytes) + " smaller"
                                      : std::string("store size unchanged")));
  }
  return ExitStatus::ok;
}

}  // namespace distill::app
