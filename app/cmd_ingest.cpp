// `distill ingest`: new messages from [imap] (or --from PATH) into the store.

#include <filesystem>
#include <string>

#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/stage_ingest.hpp"
#include "app/signals.hpp"

namespace distill::app {

namespace {

namespace fs = std::filesystem;

// `--from PATH`: a Maildir (has cur/ or new/), a directory of .eml files, or
// an mbox file.
std::string local_url(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (fs::is_directory(fs::path(path) / "cur", ec) || fs::is_directory(fs::path(path) / "new", ec)) {
      return "maildir:" + path;
    }
    return "dir:" + path;
  }
  if (fs::is_regular_file(path, ec)) return "mbox:" + path;
  throw UsageError("--from '" + path + "': no such file or directory");
}

}  // namespace

ExitStatus cmd_ingest(const Invocation& inv) {
  po::options_description options("ingest options");
  options.add_options()("from", po::value<std::string>()->value_name("PATH"),
                        "import a Maildir, an mbox file or a directory of .eml files instead of [imap]");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;

  ingest::ImapOptions source_options;
  config::Settings settings;
  if (vars.count("from")) {
    settings = load_settings_or_defaults(inv);
    source_options.url = local_url(vars["from"].as<std::string>());
    source_options.max_size = settings.imap.max_size;
  } else {
    settings = load_settings(inv);
    config::require(settings, config::Need::imap, inv.command);
    source_options = imap_options(settings.imap);
  }

  CurlGlobal curl;  // libcurl's global state for the life of the command
  return stoppable(inv.command,
                   [&] { return ingest_once(settings, source_options) ? ExitStatus::ok : ExitStatus::failure; });
}

}  // namespace distill::app
