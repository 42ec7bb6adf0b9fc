#pragma once
// Reading distill.conf and the command line into Settings.
//
// The file is INI, read with Boost.Program_options' parse_config_file: the
// sections [store] [imap] [smtp] [digest] [feed] and any number of [source.NAME].
// `#` starts a comment anywhere on a line, so a value cannot contain `#` (a
// regular expression writes \x23). Boost reports no line numbers, so the
// line scanner (config/line_scan.hpp) reads the same text and the loader
// pairs each option Boost returns with the line it came from; every error
// then reads
//   FILE:LINE: unknown key 'mailbx' in [imap]; did you mean 'mailbox'?
// All problems of a file are collected before one Error is thrown.
//
// Keys given on the command line (`--imap.url URL`, see
// command_line_options() in config/keys.hpp) replace the file's values for
// the same key; a repeatable key given there replaces the file's whole list,
// and a password source (password_env, password_command, token_command)
// replaces all the password sources of its section.
//
// Relative paths in the file (store path, maildir:/mbox:/dir: sources,
// file: sinks, ca_file) are resolved against the directory of the file, and
// on the command line against the working directory; `~/` is $HOME.
//
// What is required: a section that is present must be complete ([imap] needs
// url, and for an IMAP server user and a password or token; [smtp] needs url,
// and for an SMTP server from and at least one to). A config may leave out
// [imap] or [smtp] entirely; a command that needs one calls require(), so
// `explain` and `status` work with a config that has only sources, or none.

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "config/settings.hpp"

namespace distill::config {

// A bad config or a config that cannot be read: a usage error (exit 2). Each
// problem is one line that names the file, the line, the key and what was
// expected; what() is all of them joined with newlines.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& problem);
  explicit Error(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return m_problems; }

 private:
  std::vector<std::string> m_problems;
};

// Looks up an environment variable; tests pass their own.
using Environment = std::function<std::optional<std::string>(const std::string& name)>;
Environment process_environment();

// One key given on the command line: key "imap.url", value as typed.
struct Override {
  std::string key;
  std::string value;
};

struct LoadRequest {
  std::optional<std::filesystem::path> path = {};  // --config FILE; none: default_config_path()
  std::vector<Override> overrides = {};
  // Without --config and without a file at the default path, return the
  // defaults instead of failing. For commands that work without a config
  // (explain, status); an explicit --config must always exist.
  bool allow_missing_default = false;
};

// $XDG_CONFIG_HOME/distill/distill.conf, else ~/.config/distill/distill.conf.
// Throws Error when neither XDG_CONFIG_HOME (absolute) nor HOME is set.
std::filesystem::path default_config_path(const Environment& env);
// $XDG_DATA_HOME/distill/distill.db, else ~/.local/share/distill/distill.db.
std::filesystem::path default_store_path(const Environment& env);

// Reads and validates the file and the overrides. Throws Error, e.g.
// "cannot read config file '/x/distill.conf': No such file or directory".
// Does not resolve secrets.
Settings load_settings(const LoadRequest& request, const Environment& env = process_environment());

// The same on text already read; `file` names it in errors and anchors
// relative paths.
Settings parse_settings(std::string_view text, const std::filesystem::path& file,
                        const std::vector<Override>& overrides = {}, const Environment& env = process_environment());

// What a command needs beyond a valid config.
enum class Need { imap, smtp };
// Throws Error "FILE: missing key 'url' in [imap]; 'ingest' needs it" when
// the section is not configured.
void require(const Settings& settings, Need need, std::string_view command);

// The name the digest shows for a newsletter of `source`: its `name` key,
// else the sender's display name (`sender_name`, the From header's name),
// else the NAME of [source.NAME].
std::string source_title(const SourceSettings& source, std::string_view sender_name);

}  // namespace distill::config
