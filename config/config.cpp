#include "config/config.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <boost/program_options/parsers.hpp>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "config/keys.hpp"
#include "config/line_scan.hpp"
#include "config/schedule.hpp"
#include "config/suggest.hpp"
#include "config/values.hpp"

namespace distill::config {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr std::string_view k_plain_secret_keys[] = {"password", "pass", "passwd", "secret", "token"};

// "line 12" for a file entry, "the command line" for an override.
std::string line_of(const std::string& where, int line) {
  return line > 0 ? "line " + std::to_string(line) : where == "command line" ? "the command line" : where;
}

// The loader: the line scan (config/line_scan.hpp) finds the entries and
// their lines, Boost's parser their values, the command line replaces some;
// then each entry is read into its field of Settings and the sections are
// checked as a whole. Every problem is collected; one Error carries them.
class Loader {
 public:
  Loader(fs::path file, const Environment& env) : m_file(std::move(file)), m_env(env) {
    if (!m_file.empty()) m_base = fs::absolute(m_file).lexically_normal().parent_path();
  }

  Settings load(std::string_view text, const std::vector<Override>& overrides) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark
    LineScan scan = scan_lines(text, m_file, m_base);
    m_entries = std::move(scan.entries);
    m_sections = std::move(scan.sections);
    m_problems = std::move(scan.problems);
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
  void throw_if_problems() {
    if (!m_problems.empty()) throw Error(m_problems);
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
        for (std::string_view other : secret_keys()) replaced.insert(section + "." + std::string(other));
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
  //
  // Each key's value is read by a parser that returns nullopt for text it
  // does not accept (config/values.hpp); set() stores what it read or
  // reports the value with what was expected, at the entry's file and line.

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

  template <class Field, class Value>
  void set(Field& field, const Entry& e, const std::optional<Value>& parsed, std::string_view expected) {
    if (parsed) {
      field = static_cast<Field>(*parsed);
    } else {
      bad(e, expected);
    }
  }

  void set_whole_number(int& field, const Entry& e, long long low, long long high) {
    set(field, e, parse_integer(e.value, low, high),
        "a whole number from " + std::to_string(low) + " to " + std::to_string(high));
  }

  static std::optional<std::string> non_empty(const std::string& value) {
    if (value.empty()) return std::nullopt;
    return value;
  }

  // The value as a path, `~` expanded and resolved against the entry's base.
  std::optional<std::string> path_value(const Entry& e) {
    if (e.value.empty()) return std::nullopt;
    return expand_path(e, e.value);
  }

  static std::optional<std::string> address(const std::string& value) {
    auto at_sign = value.rfind('@');
    bool ok = at_sign != std::string::npos && at_sign > 0 && at_sign + 1 < value.size() &&
              value.find_first_of("\r\n") == std::string::npos;
    return ok ? std::optional<std::string>(value) : std::nullopt;
  }

  static std::optional<std::string> after_action(const std::string& value) {
    if (value == "none" || value == "seen" || (value.starts_with("move:") && value.size() > 5)) return value;
    return std::nullopt;
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
    std::string out;
    for (const auto& k : known_keys()) {
      if (k.section == kind && k.repeatable) out += (out.empty() ? "'" : "', '") + std::string(k.key);
    }
    return out.empty() ? out : out + "'";
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
    m_problems.push_back(e.where + ": unknown key '" + e.key + "' in [" + e.section + "]; " +
                         suggest_key(e.key, kind));
  }

  void apply_store(Settings& s, const Entry& e) {
    if (e.key == "path") set(s.store_path, e, path_value(e), "a file path");
    if (e.key == "keep_days") {
      set(s.keep_days, e, parse_integer(e.value, 0, 1000000), "a number of days, 0 to keep everything");
    }
    if (e.key == "jobs") {
      set(s.jobs, e, parse_integer(e.value, 0, 256), "a number of threads from 0 (one per core) to 256");
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

  // A url with one of the `server` schemes (SCHEME://HOST[:PORT]) or the
  // `local` ones (SCHEME:PATH, the path resolved); nullopt after reporting.
  std::optional<std::string> url_value(const Entry& e, std::initializer_list<std::string_view> server,
                                       std::initializer_list<std::string_view> local, std::string_view expected) {
    auto has_scheme = [&](std::initializer_list<std::string_view> schemes) {
      return std::any_of(schemes.begin(), schemes.end(), [&](std::string_view s) { return e.value.starts_with(s); });
    };
    if (has_scheme(server)) return server_url(e, expected);
    if (has_scheme(local)) return local_url(e, expected);
    bad(e, expected);
    return std::nullopt;
  }

  void apply_tls(TlsMode& mode, const Entry& e) {
    auto word = parse_word(e.value, {"required", "off"});
    if (!word) return bad(e, "required or off");
    mode = *word == "off" ? TlsMode::off : TlsMode::required;
    if (mode == TlsMode::off) m_tls_off_where[e.section] = e.where;
  }

  // The keys [imap] and [smtp] share: how to log in and whom to trust.
  // Returns whether `e` was one of them.
  bool apply_login(std::string& user, Secret& password, std::string& ca_file, TlsMode& tls, const Entry& e) {
    if (e.key == "user") {
      set(user, e, non_empty(e.value), "a login name");
    } else if (e.key == "password_env") {
      set_secret(password, e, Secret::Kind::env);
    } else if (e.key == "password_command") {
      set_secret(password, e, Secret::Kind::command);
    } else if (e.key == "ca_file") {
      set(ca_file, e, path_value(e), "a file of PEM certificates");
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
      if (auto url = url_value(e, {"imaps://", "imap://"}, {"maildir:", "mbox:", "dir:"}, expected)) imap.url = *url;
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
      set(imap.since, e, parse_date(v), k_expected_date);
    } else if (e.key == "max_size") {
      auto size = parse_byte_size(v);
      set(imap.max_size, e, size == 0u ? std::nullopt : size, k_expected_byte_size);
    } else if (e.key == "after") {
      if (has_line_break(v)) return bad_name(e, "none, seen or move:FOLDER");
      set(imap.after, e, after_action(v), "none, seen or move:FOLDER");
    } else if (e.key == "batch") {
      set_whole_number(imap.batch, e, 1, 10000);
    }
  }

  void apply_smtp(SmtpSettings& smtp, const Entry& e) {
    if (apply_login(smtp.user, smtp.password, smtp.ca_file, smtp.tls, e)) return;
    constexpr std::string_view expected = "smtps://HOST[:PORT], smtp://HOST[:PORT] or file:DIR";
    const std::string& v = e.value;
    if (e.key == "url") {
      if (auto url = url_value(e, {"smtps://", "smtp://"}, {"file:"}, expected)) smtp.url = *url;
    } else if (e.key == "from") {
      set(smtp.from, e, address(v), "an address like 'distill <me@example.com>'");
    } else if (e.key == "to") {
      if (!address(v)) return bad(e, "an address like me@example.com");
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
    }
    if (e.key == "poll") set(digest.poll, e, parse_duration(v), k_expected_duration);
    if (e.key == "subject") set(digest.subject, e, non_empty(v), "a subject line");
    if (e.key == "points") set_whole_number(digest.points, e, 1, 20);
    if (e.key == "max_items") set_whole_number(digest.max_items, e, 1, 50);
    if (e.key == "budget") set(digest.budget_minutes, e, parse_reading_time(v), k_expected_reading_time);
    if (e.key == "include") {
      set(digest.include, e, parse_word(v, {"newsletters", "sources", "all"}), "newsletters, sources or all");
    }
    if (e.key == "send_empty") set(digest.send_empty, e, parse_bool(v), k_expected_bool);
  }

  void apply_feed(FeedSettings& feed, const Entry& e) {
    if (e.key == "dir") feed.dir = e.value.empty() ? std::string() : expand_path(e, e.value);
    if (e.key == "max_entries") set_whole_number(feed.max_entries, e, 1, 10000);
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
      std::optional<std::string> level;
      set(level, e, parse_word(v, {"high", "normal", "low", "mute"}), "high, normal or low (or mute: to the archive only)");
      if (level == "high") source.priority = SourcePriority::high;
      if (level == "normal") source.priority = SourcePriority::normal;
      if (level == "low") source.priority = SourcePriority::low;
      if (level == "mute") source.mute = true;
      return;
    }
    if (e.key == "mute") {
      bool mute = false;
      set(mute, e, parse_bool(v), k_expected_bool);
      source.mute = source.mute || mute;
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

std::string source_title(const SourceSettings& source, std::string_view sender_name) {
  if (!source.display_name.empty()) return source.display_name;
  if (!trim(sender_name).empty()) return trim(sender_name);
  return source.name;
}

}  // namespace distill::config
