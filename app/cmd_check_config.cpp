// check-config: validates distill.conf (and the config keys on the command
// line) and prints the effective config. It resolves no secret and runs no
// password command; it only says where each one would come from.

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "config/format.hpp"
#include "config/secret.hpp"

namespace distill::app {

namespace {

// Things that make a valid config fail later, found without touching the
// network or running a command.
void warn_about_environment(const config::Settings& settings) {
  std::string file = settings.config_path.empty() ? std::string("no config file") : settings.config_path;
  if (settings.imap.url.empty()) log::warning(file + ": no [imap] url: 'ingest', 'run' and 'daemon' need one");
  if (settings.smtp.url.empty()) log::warning(file + ": no [smtp] url: 'deliver', 'run' and 'daemon' need one");
  for (const config::Secret* secret : {&settings.imap.password, &settings.smtp.password}) {
    if (secret->kind == config::Secret::Kind::env && std::getenv(secret->reference.c_str()) == nullptr) {
      log::warning(config::describe(*secret) + ": environment variable '" + secret->reference + "' is not set");
    }
  }
  for (const auto* section : {"imap", "smtp"}) {
    const std::string& ca_file = std::string_view(section) == "imap" ? settings.imap.ca_file : settings.smtp.ca_file;
    std::error_code ec;
    if (!ca_file.empty() && !std::filesystem::exists(ca_file, ec)) {
      log::warning("ca_file for [" + std::string(section) + "]: '" + ca_file + "' does not exist");
    }
  }
  const std::string& url = settings.imap.url;
  for (std::string_view scheme : {"maildir:", "mbox:", "dir:"}) {
    std::error_code ec;
    if (url.starts_with(scheme) && !std::filesystem::exists(url.substr(scheme.size()), ec)) {
      log::warning("[imap] url: '" + url.substr(scheme.size()) + "' does not exist");
    }
  }
}

}  // namespace

ExitStatus cmd_check_config(const Invocation& inv) {
  po::options_description options;
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;

  config::Settings settings = load_settings(inv);
  std::cout << config::format_settings(settings) << std::flush;
  warn_about_environment(settings);
  return ExitStatus::ok;
}

}  // namespace distill::app
