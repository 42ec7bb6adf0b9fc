// feed: write the Atom feeds of [feed] dir now, as run and daemon do after
// each run.

#include "app/archive.hpp"
#include "app/cli.hpp"
#include "app/clock.hpp"
#include "app/log.hpp"

namespace distill::app {

ExitStatus cmd_feed(const Invocation& inv) {
  po::options_description options;
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  const auto settings = load_settings(inv);
  if (settings.feed.dir.empty()) {
    throw config::Error((settings.config_path.empty() ? std::string("no config file") : settings.config_path) +
                        ": missing key 'dir' in [feed]; 'feed' needs it");
  }
  auto store = store::Store::open(settings.store_path);
  const auto now = wall_now();
  const auto report = write_feeds(settings, store, now);
  log::info("feed: " + std::to_string(report.files.size()) + " feeds in " + settings.feed.dir + " (" +
            std::to_string(report.issues) + " issues, " + std::to_string(report.digests) + " digests)");
  return ExitStatus::ok;
}

}  // namespace distill::app
