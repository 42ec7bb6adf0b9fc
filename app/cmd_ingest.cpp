#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/ingest_wiring.hpp"
#include "app/log.hpp"
#include "config/secret.hpp"
#include "ingest/source.hpp"
#include "store/store.hpp"

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

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
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
    // Secrets are resolved here, when they are needed, and go nowhere else.
    std::string password, token;
    if (settings.imap.token.kind != config::Secret::Kind::none) {
      token = config::resolve_secret(settings.imap.token);
    } else {
      password = config::resolve_secret(settings.imap.password);
    }
    source_options = imap_options(settings.imap, std::move(password), std::move(token));
  }

  CurlGlobal curl;  // libcurl's global state for the life of the command
  auto store = store::Store::open(settings.store_path);
  StoreSink sink(store);
  auto source = ingest::make_source(source_options);

  // One progress line per mailbox, redrawn as batches are stored.
  std::optional<log::Progress> progress;
  std::string current;
  auto started = std::chrono::steady_clock::now();
  auto on_progress = [&](const ingest::Progress& p) {
    if (p.mailbox != current) {
      progress.reset();
      progress.emplace("ingest " + p.mailbox);
      current = p.mailbox;
    }
    progress->update(static_cast<std::size_t>(p.messages),
                     p.total > 0 ? std::optional<std::size_t>(static_cast<std::size_t>(p.total)) : std::nullopt);
  };
  auto summaries = source->sync(sink, on_progress);
  progress.reset();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  // The summary: one line per mailbox.
  bool any_failed = false;
  for (const auto& s : summaries) {
    std::string line = "ingest " + s.mailbox + ": " + std::to_string(s.added) + " new, " +
                       std::to_string(s.duplicates) + " duplicate, " + std::to_string(s.skipped) + " skipped, " +
                       std::to_string(s.failed) + " failed";
    if (s.bytes > 0) {
      std::int64_t fetched = s.added + s.duplicates + s.skipped;
      line += " (" + megabytes(s.bytes) + ", " +
              std::to_string(static_cast<long long>(seconds > 0 ? static_cast<double>(fetched) / seconds : 0)) +
              " messages/s)";
    }
    if (s.uidvalidity_changed) line += "; UIDVALIDITY changed, mailbox synced again";
    log::info(line);
    any_failed = any_failed || s.failed > 0;
  }
  return any_failed ? ExitStatus::failure : ExitStatus::ok;
}

}  // namespace distill::app
