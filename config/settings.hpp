#pragma once
// The effective configuration: distill.conf merged with the command line,
// validated. config/ fills it in; app/ copies the parts each adapter needs
// into that adapter's options. Secrets are never stored here in clear: a
// `Secret` says where the password comes from and is resolved on use.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace distill::config {

// Where a password or token comes from. Resolving it (reading the variable,
// running the command) happens in config/secret.cpp; the value never goes
// into an error message or a printout.
struct Secret {
  enum class Kind { none, env, command };
  Kind kind = Kind::none;
  std::string reference;  // the variable name or the command line
  // Where it was configured, for messages: key "password_command", section "imap".
  std::string key;
  std::string section;
  bool operator==(const Secret&) const = default;
};

enum class TlsMode { required, off };  // `tls = off` must be explicit

struct ImapSettings {
  std::string url;                    // imaps://host[:port], imap://..., maildir:PATH, mbox:PATH, dir:PATH
  std::string user;
  Secret password;
  Secret token;                       // token_command: XOAUTH2 bearer
  std::string ca_file;
  TlsMode tls = TlsMode::required;
  std::vector<std::string> mailboxes = {"INBOX"};
  std::optional<std::chrono::sys_days> since;
  std::uint64_t max_size = 20u * 1024 * 1024;  // bytes
  std::string after = "none";        // none | seen | move:Folder
  int batch = 200;                    // messages fetched per UID FETCH command
  bool operator==(const ImapSettings&) const = default;
};

struct SmtpSettings {
  std::string url;                    // smtps://..., smtp://..., file:DIR
  std::string user;
  Secret password;
  std::string ca_file;
  TlsMode tls = TlsMode::required;
  std::string from;
  std::vector<std::string> to;
  bool operator==(const SmtpSettings&) const = default;
};

struct DigestSettings {
  std::string schedule = "daily 07:00";
  std::chrono::seconds poll{15 * 60};
  std::string subject = "Newsletter digest for {date}";
  int points = 4;
  int max_items = 6;  // items (stories, links) shown per issue
  int budget_minutes = 15;  // reading time of the digest; 0: none, every issue in full
  std::string include = "newsletters";  // newsletters | sources | all
  bool send_empty = false;
  bool operator==(const DigestSettings&) const = default;
};

struct FeedSettings {
  std::string dir;       // where the Atom files go; empty: no feeds
  int max_entries = 100;
  bool operator==(const FeedSettings&) const = default;
};

// Where a source's issues stand in the digest.
enum class SourcePriority { high, normal, low };

// One [source.NAME] section. Patterns are RE2 syntax, validated at load.
struct SourceSettings {
  std::string name;                    // NAME of [source.NAME]: the key the source is known by
  std::string display_name;            // `name = ...`: how the digest titles it; empty: see source_title()
  std::vector<std::string> from;       // glob on the sender address, e.g. *@substack.com
  std::vector<std::string> list_id;
  std::vector<std::string> subject;    // RE2, matched against the subject
  std::vector<std::string> drop;
  std::vector<std::string> drop_after;
  std::vector<std::string> drop_before;
  std::vector<std::string> keep;
  SourcePriority priority = SourcePriority::normal;
  bool mute = false;                   // to the archive only, not into the digest
  bool operator==(const SourceSettings&) const = default;
};

struct Settings {
  std::string config_path;  // the file read, empty when none
  std::string store_path;   // ~ and $XDG_DATA_HOME expanded
  int jobs = 0;             // [store] jobs: process workers; 0 = one per core
  ImapSettings imap;
  SmtpSettings smtp;
  DigestSettings digest;
  int keep_days = 0;        // [store] keep_days; 0 keeps everything
  FeedSettings feed;
  std::vector<SourceSettings> sources;
  bool operator==(const Settings&) const = default;
};

}  // namespace distill::config
