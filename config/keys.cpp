#include "config/keys.hpp"

#include <algorithm>
#include <boost/program_options/value_semantic.hpp>
#include <string>

namespace distill::config {

namespace po = boost::program_options;

namespace {

// A new key is a row here (its help is what `--help` shows, its default what
// it says when the key is not given), its reading in the loader
// (config/config.cpp), its field in config/settings.hpp, its line in
// config/example.conf, and its printing in config/format.cpp.
constexpr KeyInfo k_keys[] = {
    {"store", "path", "FILE", "the SQLite file that holds messages, summaries and digests",
     "$XDG_DATA_HOME/distill/distill.db"},
    {"store", "jobs", "N", "messages processed at once (threads); 0 = one per core", "0"},
    {"store", "keep_days", "DAYS", "prune the original and cleaned text of issues older than this; 0 keeps all", "0"},

    {"imap", "url", "URL", "imaps://HOST[:PORT], imap://HOST[:PORT] (STARTTLS), maildir:PATH, mbox:PATH or dir:PATH",
     ""},
    {"imap", "user", "NAME", "login name", ""},
    {"imap", "password_env", "VAR", "environment variable that holds the password", ""},
    {"imap", "password_command", "COMMAND", "command whose first output line is the password", ""},
    {"imap", "token_command", "COMMAND", "command that prints an OAuth2 access token (XOAUTH2)", ""},
    {"imap", "ca_file", "FILE", "extra CA certificates to trust (PEM)", ""},
    {"imap", "tls", "MODE", "required, or off to let imap:// go without STARTTLS", "required"},
    {"imap", "mailbox", "NAME", "mailbox to read (repeatable)", "INBOX", true},
    {"imap", "since", "DATE", "first run only: skip mail older than YYYY-MM-DD", ""},
    {"imap", "max_size", "SIZE", "skip larger messages: 20M, 512K or bytes", "20M"},
    {"imap", "after", "ACTION", "once the digest is sent: none, seen or move:FOLDER", "none"},
    {"imap", "batch", "N", "messages fetched per command, 1 to 10000", "200"},

    {"smtp", "url", "URL", "smtps://HOST[:PORT], smtp://HOST[:PORT] (STARTTLS) or file:DIR", ""},
    {"smtp", "user", "NAME", "login name", ""},
    {"smtp", "password_env", "VAR", "environment variable that holds the password", ""},
    {"smtp", "password_command", "COMMAND", "command whose first output line is the password", ""},
    {"smtp", "ca_file", "FILE", "extra CA certificates to trust (PEM)", ""},
    {"smtp", "tls", "MODE", "required, or off to let smtp:// go without STARTTLS", "required"},
    {"smtp", "from", "ADDRESS", "sender of the digest, e.g. distill <me@example.com>", ""},
    {"smtp", "to", "ADDRESS", "recipient of the digest (repeatable)", "", true},

    {"digest", "schedule", "WHEN", "daily HH:MM, weekly DAY HH:MM or a cron expression", "daily 07:00"},
    {"digest", "poll", "DURATION", "daemon: how often to ingest and process (30s, 15m, 1h)", "15m"},
    {"digest", "subject", "TEXT", "subject line; {date} is replaced by the digest's date",
     "Newsletter digest for {date}"},
    {"digest", "points", "N", "key points per newsletter, 1 to 20", "4"},
    {"digest", "max_items", "N", "stories and links shown per newsletter, 1 to 50", "6"},
    {"digest", "budget", "TIME",
     "reading time of the digest (at 230 words a minute); issues beyond it are listed by title; none: every issue in "
     "full, at most 1,000 a digest",
     "15 min"},
    {"digest", "include", "WHAT", "newsletters, sources or all", "newsletters"},
    {"digest", "send_empty", "BOOL", "send a digest even when nothing new arrived", "no"},

    {"feed", "dir", "DIR", "write Atom feeds of the archive into DIR after each run; empty: no feeds", ""},
    {"feed", "max_entries", "N", "entries per feed, 1 to 10000", "100"},

    {"source", "name", "TEXT", "how the digest titles the newsletter", "the sender's name, else NAME"},
    {"source", "from", "GLOB", "sender address, * and ? as wildcards (repeatable)", "", true},
    {"source", "list_id", "ID", "List-Id, e.g. bigtechnology.substack.com (repeatable)", "", true},
    {"source", "subject", "REGEX", "RE2 pattern searched in the subject (repeatable)", "", true},
    {"source", "drop", "REGEX", "drop every block that matches (repeatable)", "", true},
    {"source", "drop_after", "REGEX", "drop the first block that matches and all after it (repeatable)", "", true},
    {"source", "drop_before", "REGEX", "drop all blocks before the first that matches (repeatable)", "", true},
    {"source", "keep", "REGEX", "keep blocks that match, whatever else would drop them (repeatable)", "", true},
    {"source", "priority", "LEVEL", "high, normal or low: where its issues stand in the digest", "normal"},
    {"source", "mute", "BOOL", "yes: its issues go to the archive only, the digest just counts them", "no"},
};

constexpr std::string_view k_fixed_sections[] = {"store", "imap", "smtp", "digest", "feed"};
constexpr std::string_view k_secret_keys[] = {"password_env", "password_command", "token_command"};

}  // namespace

std::span<const KeyInfo> known_keys() { return k_keys; }

const KeyInfo* find_key(std::string_view section, std::string_view key) {
  for (const auto& k : k_keys) {
    if (k.section == section && k.key == key) return &k;
  }
  return nullptr;
}

std::string_view section_kind(std::string_view section) {
  return section.starts_with("source.") ? std::string_view("source") : section;
}

std::span<const std::string_view> fixed_sections() { return k_fixed_sections; }

std::span<const std::string_view> secret_keys() { return k_secret_keys; }

bool is_secret_key(std::string_view key) {
  return std::find(std::begin(k_secret_keys), std::end(k_secret_keys), key) != std::end(k_secret_keys);
}

po::options_description command_line_options() {
  po::options_description all("config keys (override distill.conf; see config/example.conf)");
  for (std::string_view section : k_fixed_sections) {
    po::options_description group("[" + std::string(section) + "]");
    for (const auto& k : k_keys) {
      if (k.section != section) continue;
      std::string help(k.help);
      if (!k.default_text.empty()) help += " [default: " + std::string(k.default_text) + "]";
      auto* value = po::value<std::string>()->value_name(std::string(k.value_name));
      group.add_options()((std::string(section) + "." + std::string(k.key)).c_str(), value, help.c_str());
    }
    all.add(group);
  }
  return all;
}

}  // namespace distill::config
