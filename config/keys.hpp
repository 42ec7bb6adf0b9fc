#pragma once
// The key table: every key distill.conf knows, as data. `--help`, the
// command line's config keys, the typo suggestions and the check that
// config/example.conf documents every key all read it; the loader
// (config/config.cpp) reads each key's value.

#include <boost/program_options/options_description.hpp>
#include <span>
#include <string_view>

namespace distill::config {

// One key of distill.conf; section "source" stands for [source.NAME].
struct KeyInfo {
  std::string_view section;
  std::string_view key;
  std::string_view value_name;  // for --help: URL, FILE, SIZE...
  std::string_view help;
  std::string_view default_text;  // empty: no default
  bool repeatable = false;
};
std::span<const KeyInfo> known_keys();

// The row for `key` in section kind `section` ("imap", "source"), or null.
const KeyInfo* find_key(std::string_view section, std::string_view key);

// "source.big-technology" -> "source"; the fixed sections map to themselves.
std::string_view section_kind(std::string_view section);

// The sections that are not [source.NAME], in the order --help shows them.
std::span<const std::string_view> fixed_sections();
// How messages list the sections a file may have.
inline constexpr std::string_view k_section_list = "[store], [imap], [smtp], [digest], [feed] or [source.NAME]";

// The keys a password or token comes from: password_env, password_command,
// token_command.
std::span<const std::string_view> secret_keys();
bool is_secret_key(std::string_view key);

// `--store.path FILE`, `--imap.url URL`, ... one group per section, for the
// global command line and `distill --help`. [source.NAME] keys are file-only.
boost::program_options::options_description command_line_options();

}  // namespace distill::config
