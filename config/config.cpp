#include "config/config.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <boost/program_options/parsers.hpp>
#include <boost/program_options/value_semantic.hpp>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "config/schedule.hpp"
#include "config/values.hpp"

namespace distill::config {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

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
     "reading time of the digest (at 230 words a minute); issues beyond it are listed by title; none: all", "15 min"},
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
constexpr std::string_view k_plain_secret_keys[] = {"password", "pass", "passwd", "secret", "token"};
constexpr std::string_view k_secret_keys[] = {"password_env", "password_command", "token_command"};

bool is_secret_key(std::string_view key) {
  return std::find(std::begin(k_secret_keys), std::end(k_secret_keys), key) != std::end(k_secret_keys);
}

// "line 12" for a file entry, "the command line" for an override.
std::string line_of(const std::string& where, int line) {
  return line > 0 ? "line " + std::to_string(line) : where == "command line" ? "the command line" : where;
}

const KeyInfo* find_key(std::string_view section, std::string_view key) {
  for (const auto& k : k_keys) {
    if (k.section == section && k.key == key) return &k;
  }
  return nullptr;
}

// "source.big-technology" -> "source"; fixed sections map to themselves.
std::string_view section_kind(std::string_view section) {
  return section.starts_with("source.") ? std::string_view("source") : section;
}

std::string trim(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Optimal string alignment distance: edits, with a swap of two neighbours
// counting as one ("mailbxo" is one away from "mailbox").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// The candidate nearest to `word`, if it is near enough to be a typo.
std::optional<std::string_view> nearest(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::optional<std::string_view> best;
  std::size_t best_distance = limit + 1;
  for (auto candidate : candidates) {
    std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::vector<std::string_view> keys_of(std::string_view kind) {
  std::vector<std::string_view> keys;
  for (const auto& k : k_keys) {
    if (k.section == kind) keys.push_back(k.key);
  }
  return keys;
}

std::string join(const std::vector<std::string_view>& words, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += separator;
    out += words[i];
  }
  return out;
}

// One `key = value`, from the file or the command line.
struct Entry {
  std::string section;      // "imap", "source.big-technology"
  std::string key;
  std::string value;
  std::string where;        // "FILE:12", or "command line"
  int line = 0;             // 0 on the command line
  fs::path base;            // relative paths are resolved against this
  bool comment_cut = false; // a '#' on the line ended the value
};

// A section header and where it was (the first header, or the command line).
struct SectionSeen {
  std::string name;
  std::string where;
};

class Loader {
 public:
  Loader(fs::path file, const Environment& env) : m_file(std::move(file)), m_env(env) {
    if (!m_file.empty()) m_base = fs::absolute(m_file).lexically_normal().parent_path();
  }

  Settings load(std::string_view text, const std::vector<Override>& overrides) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark
    scan(text);
    throw_if_problems();
    pair_with_boost(text);
    apply_overrides(overrides);
    throw_if_problems();
    Settings settings;
    settings.config_path = m_file.string();
    for (const auto& section : m_sections) {  // in file order, empty ones too
      if (section.name.starts_with("source.")) settings.sources.push_back({.name = section.name.substr(7)});
    }
    for (const auto& entry : m_entries) {
      std::size_t before = m_problems.size();
      apply(settings, entry);
      if (m_problems.size() > before) m_troubled.insert(entry.section);
    }
    check_sections(settings);
    if (settings.store_path.empty()) {
      try {
        settings.store_path = default_store_path(m_env).string();
      } catch (const Error& e) {
        m_problems.push_back(e.what());
      }
    }
    throw_if_problems();
    return settings;
  }

 private:
  std::string at(int line) const { return m_file.string() + ":" + std::to_string(line); }

  void throw_if_problems() {
    if (!m_problems.empty()) throw Error(m_problems);
  }

  // Reads the file line by line the way Boost's parser does (cut at '#',
  // trim, `[section]` or `key = value`), to know the line of each option and
  // to report what Boost would only call an "invalid line" without saying
  // where.
  void scan(std::string_view text) {
    std::string section;
    bool section_ok = true;
    int line_number = 0;
    std::istringstream lines{std::string(text)};
    for (std::string raw; std::getline(lines, raw);) {
      ++line_number;
      std::string line = raw;
      bool comment_cut = false;
      if (auto hash = line.find('#'); hash != std::string::npos) {
        line.resize(hash);
        comment_cut = true;
      }
      line = trim(line);
      if (line.empty()) continue;
      if (line.front() == '[' && line.back() == ']') {
        section = trim(line.substr(1, line.size() - 2));
        section_ok = check_section_header(line.substr(1, line.size() - 2), line_number);
        continue;
      }
      auto equals = line.find('=');
      if (equals == std::string::npos) {
        m_problems.push_back(at(line_number) + ": expected 'key = value' or '[section]'");
        continue;
      }
      std::string key = trim(line.substr(0, equals));
      std::string value = trim(line.substr(equals + 1));
      if (key.empty()) {
        m_problems.push_back(at(line_number) + ": no key before '='");
        continue;
      }
      if (key.find_first_of(" \t") != std::string::npos) {
        m_problems.push_back(at(line_number) + ": bad key '" + key + "'; keys have no spaces");
        continue;
      }
      if (section.empty()) {
        m_problems.push_back(at(line_number) + ": key '" + key + "' comes before any section; " + home_of(key));
        continue;
      }
      if (!section_ok) continue;  // the header was already reported
      m_entries.push_back({section, key, value, at(line_number), line_number, m_base, comment_cut && !value.empty()});
    }
  }

  // Where a key found outside any section belongs.
  static std::string home_of(std::string_view key) {
    std::vector<std::string_view> homes;
    for (const auto& k : k_keys) {
      if (k.key == key && std::find(homes.begin(), homes.end(), k.section) == homes.end()) homes.push_back(k.section);
    }
    if (homes.empty()) return "expected a section first: [store], [imap], [smtp], [digest], [feed] or [source.NAME]";
    std::string out = "put it under ";
    for (std::size_t i = 0; i < homes.size(); ++i) {
      if (i > 0) out += i + 1 == homes.size() ? " or " : ", ";
      out += homes[i] == "source" ? "[source.NAME]" : "[" + std::string(homes[i]) + "]";
    }
    return out;
  }

  bool check_section_header(std::string_view inside, int line_number) {
    std::string name(inside);
    if (name != trim(name) || name.empty()) {
      m_problems.push_back(at(line_number) + ": bad section header '[" + name +
                           "]'; expected [store], [imap], [smtp], [digest], [feed] or [source.NAME]");
      return false;
    }
    if (name.starts_with("source.")) {
      std::string source = name.substr(7);
      if (source.empty() || source.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                     "0123456789-_.") != std::string::npos) {
        m_problems.push_back(at(line_number) + ": bad source name '" + source +
                             "'; use letters, digits, '-', '_' and '.'");
        return false;
      }
    } else if (std::find(std::begin(k_fixed_sections), std::end(k_fixed_sections), name) ==
               std::end(k_fixed_sections)) {
      std::vector<std::string_view> names(std::begin(k_fixed_sections), std::end(k_fixed_sections));
      std::string problem = at(line_number) + ": unknown section [" + name + "]";
      if (auto near = nearest(name, names)) {
        problem += "; did you mean [" + std::string(*near) + "]?";
      } else if (name.starts_with("source")) {
        problem += "; a source section is written [source.NAME]";
      } else {
        problem += "; expected [store], [imap], [smtp], [digest], [feed] or [source.NAME]";
      }
      m_problems.push_back(problem);
      return false;
    }
    for (const auto& seen : m_sections) {
      if (seen.name == name) {
        m_problems.push_back(at(line_number) + ": duplicate section [" + name + "]; it was first opened at line " +
                             seen.where.substr(seen.where.rfind(':') + 1));
        return false;
      }
    }
    m_sections.push_back({name, at(line_number)});
    return true;
  }

  // The options themselves come from Boost's parser; the scan above only
  // supplied their lines. Both read the file in the same order, so the k-th
  // option is the k-th entry.
  void pair_with_boost(std::string_view text) {
    std::istringstream in{std::string(text)};
    po::parsed_options parsed = po::parse_config_file(in, command_line_options(), /*allow_unregistered=*/true);
    if (parsed.options.size() != m_entries.size()) {
      throw std::logic_error("config: Boost found " + std::to_string(parsed.options.size()) + " options in " +
                             m_file.string() + ", the line scan " + std::to_string(m_entries.size()));
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
      const auto& option = parsed.options[i];
      Entry& entry = m_entries[i];
      if (option.string_key != entry.section + "." + entry.key || option.value.size() != 1) {
        throw std::logic_error("config: Boost and the line scan disagree at " + entry.where);
      }
      entry.value = option.value.front();
    }
  }

  void apply_overrides(const std::vector<Override>& overrides) {
    std::set<std::string> replaced;  // file keys the command line replaces
    std::set<std::string> given;     // keys given on the command line
    std::vector<Entry> from_command_line;
    for (const auto& o : overrides) {
      auto dot = o.key.find('.');
      std::string section = o.key.substr(0, dot);
      std::string key = dot == std::string::npos ? std::string() : o.key.substr(dot + 1);
      const KeyInfo* info = find_key(section, key);
      if (info == nullptr || section == "source") {
        m_problems.push_back("command line: unknown option '--" + o.key + "'");
        continue;
      }
      if (!info->repeatable && given.contains(o.key)) {
        m_problems.push_back("command line: '--" + o.key + "' is given twice");
        continue;
      }
      given.insert(o.key);
      replaced.insert(o.key);
      if (is_secret_key(key)) {  // a password source on the command line replaces the file's
        for (std::string_view other : k_secret_keys) replaced.insert(section + "." + std::string(other));
      }
      from_command_line.push_back({section, key, o.value, "command line", 0, fs::current_path(), false});
      if (std::none_of(m_sections.begin(), m_sections.end(), [&](const auto& s) { return s.name == section; })) {
        m_sections.push_back({section, "command line"});
      }
    }
    std::erase_if(m_entries, [&](const Entry& e) { return replaced.contains(e.section + "." + e.key); });
    m_entries.insert(m_entries.end(), from_command_line.begin(), from_command_line.end());
  }

  // -- values ---------------------------------------------------------------

  void bad(const Entry& e, std::string_view expected, std::string_view reason = {}) {
    std::string problem = e.where + ": bad value '" + e.value + "' for '" + e.key + "' in [" + e.section + "]";
    if (e.value.empty()) problem = e.where + ": no value for '" + e.key + "' in [" + e.section + "]";
    if (!reason.empty()) problem += ": " + std::string(reason);
    m_problems.push_back(problem + "; expected " + std::string(expected));
  }

  // A mailbox name goes into IMAP commands: a CR, LF or NUL in it would end
  // the command and start another one on the server.
  static bool has_line_break(std::string_view v) {
    return v.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
  }
  void bad_name(const Entry& e, std::string_view expected) {
    m_problems.push_back(e.where + ": bad value for '" + e.key + "' in [" + e.section +
                         "]: a mailbox name must not hold a line break (CR, LF) or NUL; expected " +
                         std::string(expected));
  }

  // The same without echoing the value: for the keys that lead to secrets.
  void bad_quietly(const Entry& e, std::string_view expected) {
    m_problems.push_back(e.where + ": bad value for '" + e.key + "' in [" + e.section + "]; expected " +
                         std::string(expected));
  }

  std::string expand_path(const Entry& e, std::string_view path) {
    std::string text(path);
    if (text == "~" || text.starts_with("~/")) {
      auto home = m_env("HOME");
      if (!home || home->empty()) {
        m_problems.push_back(e.where + ": cannot expand '~' in '" + e.key + "' in [" + e.section +
                             "]: HOME is not set");
        return text;
      }
      text = *home + text.substr(1);
    }
    fs::path p(text);
    if (p.is_relative()) p = e.base / p;
    return p.lexically_normal().string();
  }

  // For a network url: checks SCHEME://HOST[:PORT][/] and returns it without
  // the trailing slash, or nullopt after reporting the problem.
  std::optional<std::string> server_url(const Entry& e, std::string_view expected) {
    std::string_view url = e.value;
    auto scheme_end = url.find("://");
    std::string_view authority = url.substr(scheme_end + 3);
    if (authority.ends_with('/')) authority.remove_suffix(1);
    if (authority.find('@') != std::string_view::npos) {
      m_problems.push_back(e.where + ": 'url' in [" + e.section +
                           "] must not hold a user or password; use 'user' and password_env or password_command");
      return std::nullopt;
    }
    std::string_view host = authority;
    std::string_view port;
    if (authority.starts_with('[')) {  // [::1]:993
      auto close = authority.find(']');
      if (close == std::string_view::npos) {
        bad(e, expected);
        return std::nullopt;
      }
      host = authority.substr(0, close + 1);
      std::string_view rest = authority.substr(close + 1);
      if (!rest.empty()) {
        if (rest.front() != ':') {
          bad(e, expected);
          return std::nullopt;
        }
        port = rest.substr(1);
      }
    } else if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
    if (host.empty() || host.find_first_of("/?; \t") != std::string_view::npos) {
      bad(e, expected, host.find('/') != std::string_view::npos ? "the url has a path" : "");
      return std::nullopt;
    }
    if (authority.size() != host.size() && !parse_integer(port, 1, 65535)) {
      bad(e, expected, "the port must be a number from 1 to 65535");
      return std::nullopt;
    }
    return std::string(url.substr(0, scheme_end + 3)) + std::string(authority);
  }

  void set_secret(Secret& secret, const Entry& e, Secret::Kind kind) {
    if (e.value.empty()) {
      bad_quietly(e, kind == Secret::Kind::env ? "the name of an environment variable" : "a command");
      return;
    }
    if (kind == Secret::Kind::env &&
        (e.value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") !=
             std::string::npos ||
         (e.value.front() >= '0' && e.value.front() <= '9'))) {
      bad_quietly(e, "the name of an environment variable, like DISTILL_IMAP_PASSWORD");
      return;
    }
    if (secret.kind != Secret::Kind::none) {
      const auto& [first_where, first_line] = m_secret_where[&secret];
      m_problems.push_back(e.where + ": '" + e.key + "' and '" + secret.key + "' (" + line_of(first_where, first_line) +
                           ") are both given in [" + e.section + "]; keep one");
      return;
    }
    secret = Secret{kind, e.value, e.key, e.section};
    m_secret_where[&secret] = {e.where, e.line};
  }

  static bool looks_like_address(std::string_view text) {
    auto at_sign = text.rfind('@');
    return at_sign != std::string_view::npos && at_sign > 0 && at_sign + 1 < text.size() &&
           text.find_first_of("\r\n") == std::string_view::npos;
  }

  void check_regex(const Entry& e) {
    RE2::Options options;
    options.set_log_errors(false);
    RE2 re(e.value, options);
    if (re.ok()) return;
    std::string problem = e.where + ": bad regular expression for '" + e.key + "' in [" + e.section + "]: " + re.error();
    if (e.comment_cut) problem += " ('#' starts a comment: write \\x23 for a literal #)";
    m_problems.push_back(problem);
  }

  void apply(Settings& s, const Entry& e) {
    std::string_view kind = section_kind(e.section);
    const KeyInfo* info = find_key(kind, e.key);
    if (info == nullptr) {
      unknown_key(e, kind);
      return;
    }
    if (!info->repeatable) {
      std::string id = e.section + "." + e.key;
      if (auto first = m_first_where.find(id); first != m_first_where.end()) {
        std::string problem = e.where + ": '" + e.key + "' is given twice in [" + e.section + "] (first at " +
                              first->second + ")";
        std::string repeatable = repeatable_keys(kind);
        if (!repeatable.empty()) problem += "; only " + repeatable + " may repeat";
        m_problems.push_back(problem);
        return;
      }
      m_first_where[id] = line_of(e.where, e.line);
    }
    if (kind == "store") apply_store(s, e);
    if (kind == "imap") apply_imap(s.imap, e);
    if (kind == "smtp") apply_smtp(s.smtp, e);
    if (kind == "digest") apply_digest(s.digest, e);
    if (kind == "feed") apply_feed(s.feed, e);
    if (kind == "source") apply_source(source(s, e.section), e);
  }

  static std::string repeatable_keys(std::string_view kind) {
    std::vector<std::string_view> keys;
    for (const auto& k : k_keys) {
      if (k.section == kind && k.repeatable) keys.push_back(k.key);
    }
    if (keys.empty()) return {};
    return "'" + join(keys, "', '") + "'";
  }

  void unknown_key(const Entry& e, std::string_view kind) {
    if (std::find(std::begin(k_plain_secret_keys), std::end(k_plain_secret_keys), e.key) !=
            std::end(k_plain_secret_keys) &&
        (kind == "imap" || kind == "smtp")) {
      std::string instead = e.key == "token" ? "token_command = COMMAND"
                                             : "password_env = NAME or password_command = COMMAND";
      m_problems.push_back(e.where + ": '" + e.key + "' in [" + e.section +
                           "] would keep a secret in plain text; use " + instead);
      return;
    }
    std::string problem = e.where + ": unknown key '" + e.key + "' in [" + e.section + "]";
    std::vector<std::string_view> keys = keys_of(kind);
    if (auto near = nearest(e.key, keys)) {
      problem += "; did you mean '" + std::string(*near) + "'?";
    } else if (auto home = other_home(e.key, kind)) {
      problem += "; '" + e.key + "' belongs in " + *home;
    } else {
      problem += keys.size() == 1 ? "; expected '" + std::string(keys.front()) + "'"
                                  : "; expected one of " + join(keys, ", ");
    }
    m_problems.push_back(problem);
  }

  static std::optional<std::string> other_home(std::string_view key, std::string_view kind) {
    for (const auto& k : k_keys) {
      if (k.key == key && k.section != kind) {
        return k.section == "source" ? std::string("[source.NAME]") : "[" + std::string(k.section) + "]";
      }
    }
    return std::nullopt;
  }

  void apply_store(Settings& s, const Entry& e) {
    if (e.key == "path") {
      if (e.value.empty()) return bad(e, "a file path");
      s.store_path = expand_path(e, e.value);
    } else if (e.key == "keep_days") {
      auto n = parse_integer(e.value, 0, 1000000);
      if (!n) return bad(e, "a number of days, 0 to keep everything");
      s.keep_days = static_cast<int>(*n);
    } else if (e.key == "jobs") {
      auto n = parse_integer(e.value, 0, 256);
      if (!n) return bad(e, "a number of threads from 0 (one per core) to 256");
      s.jobs = static_cast<int>(*n);
    }
  }

  // maildir:PATH, mbox:PATH, dir:PATH, file:DIR with PATH resolved.
  std::optional<std::string> local_url(const Entry& e, std::string_view expected) {
    auto colon = e.value.find(':');
    std::string path = e.value.substr(colon + 1);
    if (path.empty()) {
      bad(e, expected, "the path is empty");
      return std::nullopt;
    }
    return e.value.substr(0, colon + 1) + expand_path(e, path);
  }

  void apply_tls(TlsMode& mode, const Entry& e) {
    if (e.value == "required") {
      mode = TlsMode::required;
    } else if (e.value == "off") {
      mode = TlsMode::off;
      m_tls_off_where[e.section] = e.where;
    } else {
      bad(e, "required or off");
    }
  }

  // The keys [imap] and [smtp] share: how to log in and whom to trust.
  // Returns whether `e` was one of them.
  bool apply_login(std::string& user, Secret& password, std::string& ca_file, TlsMode& tls, const Entry& e) {
    if (e.key == "user") {
      if (e.value.empty()) {
        bad(e, "a login name");
      } else {
        user = e.value;
      }
    } else if (e.key == "password_env") {
      set_secret(password, e, Secret::Kind::env);
    } else if (e.key == "password_command") {
      set_secret(password, e, Secret::Kind::command);
    } else if (e.key == "ca_file") {
      if (e.value.empty()) {
        bad(e, "a file of PEM certificates");
      } else {
        ca_file = expand_path(e, e.value);
      }
    } else if (e.key == "tls") {
      apply_tls(tls, e);
    } else {
      return false;
    }
    return true;
  }

  void apply_imap(ImapSettings& imap, const Entry& e) {
    if (apply_login(imap.user, imap.password, imap.ca_file, imap.tls, e)) return;
    constexpr std::string_view expected = "imaps://HOST, imap://HOST, maildir:PATH, mbox:PATH or dir:PATH";
    const std::string& v = e.value;
    if (e.key == "url") {
      if (v.starts_with("imaps://") || v.starts_with("imap://")) {
        if (auto url = server_url(e, expected)) imap.url = *url;
      } else if (v.starts_with("maildir:") || v.starts_with("mbox:") || v.starts_with("dir:")) {
        if (auto url = local_url(e, expected)) imap.url = *url;
      } else {
        bad(e, expected);
      }
    } else if (e.key == "token_command") {
      set_secret(imap.token, e, Secret::Kind::command);
    } else if (e.key == "mailbox") {
      if (v.empty()) return bad(e, "a mailbox name like INBOX");
      if (has_line_break(v)) return bad_name(e, "a mailbox name like INBOX");
      if (!m_mailbox_given) imap.mailboxes.clear();  // the first one replaces the default
      m_mailbox_given = true;
      if (std::find(imap.mailboxes.begin(), imap.mailboxes.end(), v) != imap.mailboxes.end()) {
        m_problems.push_back(e.where + ": mailbox '" + v + "' is listed twice in [imap]");
        return;
      }
      imap.mailboxes.push_back(v);
    } else if (e.key == "since") {
      if (auto day = parse_date(v)) {
        imap.since = *day;
      } else {
        bad(e, k_expected_date);
      }
    } else if (e.key == "max_size") {
      auto size = parse_byte_size(v);
      if (!size || *size == 0) return bad(e, k_expected_byte_size);
      imap.max_size = *size;
    } else if (e.key == "after") {
      if (has_line_break(v)) return bad_name(e, "none, seen or move:FOLDER");
      if (v == "none" || v == "seen" || (v.starts_with("move:") && v.size() > 5)) {
        imap.after = v;
      } else {
        bad(e, "none, seen or move:FOLDER");
      }
    } else if (e.key == "batch") {
      auto n = parse_integer(v, 1, 10000);
      if (!n) return bad(e, "a whole number from 1 to 10000");
      imap.batch = static_cast<int>(*n);
    }
  }

  void apply_smtp(SmtpSettings& smtp, const Entry& e) {
    if (apply_login(smtp.user, smtp.password, smtp.ca_file, smtp.tls, e)) return;
    constexpr std::string_view expected = "smtps://HOST[:PORT], smtp://HOST[:PORT] or file:DIR";
    const std::string& v = e.value;
    if (e.key == "url") {
      if (v.starts_with("smtps://") || v.starts_with("smtp://")) {
        if (auto url = server_url(e, expected)) smtp.url = *url;
      } else if (v.starts_with("file:")) {
        if (auto url = local_url(e, expected)) smtp.url = *url;
      } else {
        bad(e, expected);
      }
    } else if (e.key == "from") {
      if (!looks_like_address(v)) return bad(e, "an address like 'distill <me@example.com>'");
      smtp.from = v;
    } else if (e.key == "to") {
      if (!looks_like_address(v)) return bad(e, "an address like me@example.com");
      smtp.to.push_back(v);
    }
  }

  void apply_digest(DigestSettings& digest, const Entry& e) {
    const std::string& v = e.value;
    if (e.key == "schedule") {
      try {
        parse_schedule(v);
        digest.schedule = v;
      } catch (const ScheduleError& error) {
        bad(e, k_expected_schedule, error.what());
      }
    } else if (e.key == "poll") {
      if (auto d = parse_duration(v)) {
        digest.poll = *d;
      } else {
        bad(e, k_expected_duration);
      }
    } else if (e.key == "subject") {
      if (v.empty()) return bad(e, "a subject line");
      digest.subject = v;
    } else if (e.key == "points") {
      auto n = parse_integer(v, 1, 20);
      if (!n) return bad(e, "a whole number from 1 to 20");
      digest.points = static_cast<int>(*n);
    } else if (e.key == "max_items") {
      auto n = parse_integer(v, 1, 50);
      if (!n) return bad(e, "a whole number from 1 to 50");
      digest.max_items = static_cast<int>(*n);
    } else if (e.key == "budget") {
      auto minutes = parse_reading_time(v);
      if (!minutes) return bad(e, k_expected_reading_time);
      digest.budget_minutes = *minutes;
    } else if (e.key == "include") {
      if (v != "newsletters" && v != "sources" && v != "all") return bad(e, "newsletters, sources or all");
      digest.include = v;
    } else if (e.key == "send_empty") {
      auto b = parse_bool(v);
      if (!b) return bad(e, k_expected_bool);
      digest.send_empty = *b;
    }
  }

  void apply_feed(FeedSettings& feed, const Entry& e) {
    if (e.key == "dir") {
      feed.dir = e.value.empty() ? std::string() : expand_path(e, e.value);
    } else if (e.key == "max_entries") {
      auto n = parse_integer(e.value, 1, 10000);
      if (!n) return bad(e, "a whole number from 1 to 10000");
      feed.max_entries = static_cast<int>(*n);
    }
  }

  SourceSettings& source(Settings& s, const std::string& section) {
    std::string name = section.substr(7);
    for (auto& existing : s.sources) {
      if (existing.name == name) return existing;
    }
    s.sources.push_back({});
    s.sources.back().name = name;
    return s.sources.back();
  }

  void apply_source(SourceSettings& source, const Entry& e) {
    const std::string& v = e.value;
    if (e.key == "priority") {
      // `priority = mute` is the same as `mute = yes`.
      if (v == "high") source.priority = SourcePriority::high;
      else if (v == "normal") source.priority = SourcePriority::normal;
      else if (v == "low") source.priority = SourcePriority::low;
      else if (v == "mute") source.mute = true;
      else bad(e, "high, normal or low (or mute: to the archive only)");
      return;
    }
    if (e.key == "mute") {
      auto b = parse_bool(v);
      if (!b) return bad(e, k_expected_bool);
      source.mute = source.mute || *b;
      return;
    }
    if (v.empty()) {
      return bad(e, e.key == "name"      ? "a name like Big Technology"
                    : e.key == "from"    ? "a sender address or glob like *@substack.com"
                    : e.key == "list_id" ? "a List-Id like news.example.com"
                                         : "an RE2 regular expression");
    }
    if (e.key == "name") {
      source.display_name = v;
    } else if (e.key == "from") {
      source.from.push_back(v);
    } else if (e.key == "list_id") {
      source.list_id.push_back(v);
    } else {
      check_regex(e);
      if (e.key == "subject") source.subject.push_back(v);
      if (e.key == "drop") source.drop.push_back(v);
      if (e.key == "drop_after") source.drop_after.push_back(v);
      if (e.key == "drop_before") source.drop_before.push_back(v);
      if (e.key == "keep") source.keep.push_back(v);
    }
  }

  // -- whole sections -------------------------------------------------------

  const SectionSeen* section_seen(std::string_view name) const {
    for (const auto& s : m_sections) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }

  void missing(std::string_view section, std::string_view key, std::string_view expected) {
    const SectionSeen* seen = section_seen(section);
    m_problems.push_back((seen ? seen->where : m_file.string()) + ": missing key '" + std::string(key) + "' in [" +
                         std::string(section) + "]; expected " + std::string(expected));
  }

  void check_credentials(std::string_view section, const std::string& user, bool has_secret, bool server) {
    if (server && user.empty()) {
      missing(section, "user", "the login name for the server");
    } else if (server && !has_secret) {
      missing(section, "password_env", section == "imap" ? "password_env, password_command or token_command"
                                                         : "password_env or password_command");
    } else if (!user.empty() && !has_secret) {
      missing(section, "password_env", "password_env or password_command, since 'user' is given");
    } else if (user.empty() && has_secret) {
      missing(section, "user", "the login name that goes with the password");
    }
  }

  void check_tls(std::string_view section, const std::string& url, TlsMode tls, std::string_view plain_scheme) {
    if (tls != TlsMode::off || url.empty() || url.starts_with(plain_scheme)) return;
    m_problems.push_back(m_tls_off_where[std::string(section)] + ": 'tls = off' in [" + std::string(section) +
                         "] only applies to an " + std::string(plain_scheme) + " url");
  }

  // Whether the keys of a section fit together. A section with a rejected
  // key is left alone: its "missing" key is most likely the rejected one.
  void check_sections(const Settings& s) {
    if (!m_troubled.contains("imap")) check_imap(s);
    if (!m_troubled.contains("smtp")) check_smtp(s);
    for (const auto& source : s.sources) {
      if (m_troubled.contains("source." + source.name)) continue;
      if (source.from.empty() && source.list_id.empty() && source.subject.empty()) {
        const SectionSeen* seen = section_seen("source." + source.name);
        m_problems.push_back((seen ? seen->where : m_file.string()) + ": [source." + source.name +
                             "] matches no message; give it 'from', 'list_id' or 'subject'");
      }
    }
  }

  void check_imap(const Settings& s) {
    if (section_seen("imap") && s.imap.url.empty()) {
      missing("imap", "url", "imaps://HOST, imap://HOST, maildir:PATH, mbox:PATH or dir:PATH");
    }
    if (!s.imap.url.empty()) {
      bool server = s.imap.url.starts_with("imap");
      bool has_secret = s.imap.password.kind != Secret::Kind::none || s.imap.token.kind != Secret::Kind::none;
      if (s.imap.password.kind != Secret::Kind::none && s.imap.token.kind != Secret::Kind::none) {
        // Report at whichever came last; the command line comes after the file.
        auto token = m_secret_where[&s.imap.token];
        auto password = m_secret_where[&s.imap.password];
        auto order = [](int line) { return line == 0 ? INT_MAX : line; };
        bool token_last = order(token.second) > order(password.second);
        const auto& [later, earlier] = token_last ? std::pair{token, password} : std::pair{password, token};
        std::string later_key = token_last ? "token_command" : s.imap.password.key;
        std::string earlier_key = token_last ? s.imap.password.key : "token_command";
        m_problems.push_back(later.first + ": '" + later_key + "' and '" + earlier_key + "' (" +
                             line_of(earlier.first, earlier.second) + ") are both given in [imap]; keep one");
      } else {
        check_credentials("imap", s.imap.user, has_secret, server);
      }
      check_tls("imap", s.imap.url, s.imap.tls, "imap://");
    }
  }

  void check_smtp(const Settings& s) {
    if (section_seen("smtp") && s.smtp.url.empty()) missing("smtp", "url", "smtps://HOST, smtp://HOST or file:DIR");
    if (!s.smtp.url.empty()) {
      bool server = !s.smtp.url.starts_with("file:");
      check_credentials("smtp", s.smtp.user, s.smtp.password.kind != Secret::Kind::none, false);
      check_tls("smtp", s.smtp.url, s.smtp.tls, "smtp://");
      if (server && s.smtp.from.empty()) missing("smtp", "from", "the digest's sender, e.g. distill <me@example.com>");
      if (server && s.smtp.to.empty()) missing("smtp", "to", "at least one recipient of the digest");
    }
  }

  fs::path m_file;
  fs::path m_base;
  const Environment& m_env;
  std::vector<std::string> m_problems;
  std::vector<Entry> m_entries;
  std::vector<SectionSeen> m_sections;
  std::map<std::string, std::string> m_first_where;     // "imap.url" -> where first set
  std::set<std::string> m_troubled;                    // sections with a rejected key
  std::map<std::string, std::string> m_tls_off_where;   // section -> where tls = off was given
  std::map<const Secret*, std::pair<std::string, int>> m_secret_where;  // where and line each secret was set
  bool m_mailbox_given = false;
};

// Reads a whole file, with errno's words on failure.
std::string read_file(const fs::path& path) {
  auto fail = [&](int error) {
    return Error("cannot read config file '" + path.string() + "': " + std::strerror(error));
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw fail(errno);
  std::string text;
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      throw fail(error);
    }
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return text;
}

std::optional<fs::path> xdg_dir(const Environment& env, const char* variable, const char* fallback) {
  if (auto dir = env(variable); dir && fs::path(*dir).is_absolute()) return fs::path(*dir);
  if (auto home = env("HOME"); home && !home->empty()) return fs::path(*home) / fallback;
  return std::nullopt;
}

// One line per key a secret can come from: the one in use with its
// reference (a variable name or a command, never the value), the others as
// `# key =`.
void print_secret_keys(std::ostream& out, std::initializer_list<const Secret*> secrets,
                       std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    const Secret* in_use = nullptr;
    for (const Secret* secret : secrets) {
      if (secret->kind != Secret::Kind::none && secret->key == key) in_use = secret;
    }
    if (in_use) {
      out << key << " = " << in_use->reference << "\n";
    } else {
      out << "# " << key << " =\n";
    }
  }
}

void print_value(std::ostream& out, std::string_view key, const std::string& value) {
  if (value.empty()) {
    out << "# " << key << " =\n";
  } else {
    out << key << " = " << value << "\n";
  }
}

std::string_view tls_text(TlsMode mode) { return mode == TlsMode::off ? "off" : "required"; }

}  // namespace

Error::Error(const std::string& problem) : Error(std::vector<std::string>{problem}) {}

Error::Error(std::vector<std::string> problems)
    : std::runtime_error([&] {
        std::string text;
        for (const auto& p : problems) text += (text.empty() ? "" : "\n") + p;
        return text;
      }()),
      m_problems(std::move(problems)) {}

Environment process_environment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

fs::path default_config_path(const Environment& env) {
  auto dir = xdg_dir(env, "XDG_CONFIG_HOME", ".config");
  if (!dir) throw Error("cannot find the config file: neither HOME nor XDG_CONFIG_HOME is set; use --config FILE");
  return *dir / "distill" / "distill.conf";
}

fs::path default_store_path(const Environment& env) {
  auto dir = xdg_dir(env, "XDG_DATA_HOME", ".local/share");
  if (!dir) throw Error("cannot place the store: neither HOME nor XDG_DATA_HOME is set; set [store] path");
  return *dir / "distill" / "distill.db";
}

Settings parse_settings(std::string_view text, const fs::path& file, const std::vector<Override>& overrides,
                        const Environment& env) {
  return Loader(file, env).load(text, overrides);
}

Settings load_settings(const LoadRequest& request, const Environment& env) {
  fs::path path = request.path ? *request.path : default_config_path(env);
  if (!request.path && request.allow_missing_default) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Loader(fs::path(), env).load("", request.overrides);
  }
  return parse_settings(read_file(path), path, request.overrides, env);
}

void require(const Settings& settings, Need need, std::string_view command) {
  bool missing = need == Need::imap ? settings.imap.url.empty() : settings.smtp.url.empty();
  if (!missing) return;
  std::string where = settings.config_path.empty() ? std::string("no config file") : settings.config_path;
  throw Error(where + ": missing key 'url' in [" + (need == Need::imap ? "imap" : "smtp") + "]; '" +
              std::string(command) + "' needs it");
}

std::string format_settings(const Settings& s) {
  std::ostringstream out;
  if (s.config_path.empty()) {
    out << "# distill configuration: no config file, defaults only\n";
  } else {
    out << "# distill configuration from " << fs::absolute(s.config_path).lexically_normal().string() << "\n";
  }
  out << "# Every key with its effective value; '# key =' is not set. Secrets show\n"
         "# where they come from, never their value.\n";

  out << "\n[store]\n";
  print_value(out, "path", s.store_path);
  out << "jobs = " << s.jobs << "\n";
  out << "keep_days = " << s.keep_days << "\n";

  out << "\n[imap]\n";
  print_value(out, "url", s.imap.url);
  print_value(out, "user", s.imap.user);
  print_secret_keys(out, {&s.imap.password, &s.imap.token}, {"password_env", "password_command", "token_command"});
  print_value(out, "ca_file", s.imap.ca_file);
  out << "tls = " << tls_text(s.imap.tls) << "\n";
  for (const auto& mailbox : s.imap.mailboxes) out << "mailbox = " << mailbox << "\n";
  print_value(out, "since", s.imap.since ? format_date(*s.imap.since) : std::string());
  out << "max_size = " << format_byte_size(s.imap.max_size) << "\n";
  out << "after = " << s.imap.after << "\n";
  out << "batch = " << s.imap.batch << "\n";

  out << "\n[smtp]\n";
  print_value(out, "url", s.smtp.url);
  print_value(out, "user", s.smtp.user);
  print_secret_keys(out, {&s.smtp.password}, {"password_env", "password_command"});
  print_value(out, "ca_file", s.smtp.ca_file);
  out << "tls = " << tls_text(s.smtp.tls) << "\n";
  print_value(out, "from", s.smtp.from);
  if (s.smtp.to.empty()) out << "# to =\n";
  for (const auto& to : s.smtp.to) out << "to = " << to << "\n";

  out << "\n[digest]\n";
  out << "schedule = " << s.digest.schedule << "\n";
  out << "poll = " << format_duration(s.digest.poll) << "\n";
  out << "subject = " << s.digest.subject << "\n";
  out << "points = " << s.digest.points << "\n";
  out << "max_items = " << s.digest.max_items << "\n";
  out << "budget = " << format_reading_time(s.digest.budget_minutes) << "\n";
  out << "include = " << s.digest.include << "\n";
  out << "send_empty = " << (s.digest.send_empty ? "yes" : "no") << "\n";

  out << "\n[feed]\n";
  print_value(out, "dir", s.feed.dir);
  out << "max_entries = " << s.feed.max_entries << "\n";

  for (const auto& source : s.sources) {
    out << "\n[source." << source.name << "]\n";
    auto list = [&](std::string_view key, const std::vector<std::string>& values) {
      for (const auto& v : values) out << key << " = " << v << "\n";
    };
    print_value(out, "name", source.display_name);
    list("from", source.from);
    list("list_id", source.list_id);
    list("subject", source.subject);
    list("drop", source.drop);
    list("drop_after", source.drop_after);
    list("drop_before", source.drop_before);
    list("keep", source.keep);
    out << "priority = "
        << (source.priority == SourcePriority::high ? "high" : source.priority == SourcePriority::low ? "low" : "normal")
        << "\n";
    out << "mute = " << (source.mute ? "yes" : "no") << "\n";
  }
  return out.str();
}

std::string source_title(const SourceSettings& source, std::string_view sender_name) {
  if (!source.display_name.empty()) return source.display_name;
  if (!trim(sender_name).empty()) return trim(sender_name);
  return source.name;
}

std::span<const KeyInfo> known_keys() { return k_keys; }

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
