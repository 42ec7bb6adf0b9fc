#include "config/format.hpp"

#include <filesystem>
#include <initializer_list>
#include <ostream>
#include <sstream>
#include <string_view>

#include "config/values.hpp"

namespace distill::config {

namespace fs = std::filesystem;

namespace {

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

// Writes `[name]` and its lines. A server section without a url is not
// configured, and the parser refuses [imap] or [smtp] without one: its
// header and defaults are shown commented out, so that the printed config
// reads back as it was.
void print_section(std::ostream& out, std::string_view name, const std::string& lines, bool configured) {
  if (configured) {
    out << "\n[" << name << "]\n" << lines;
    return;
  }
  out << "\n# [" << name << "] is not configured\n";
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    out << (line.starts_with("# ") ? "" : "# ") << line << "\n";
  }
}

}  // namespace

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

  std::ostringstream imap;
  print_value(imap, "url", s.imap.url);
  print_value(imap, "user", s.imap.user);
  print_secret_keys(imap, {&s.imap.password, &s.imap.token}, {"password_env", "password_command", "token_command"});
  print_value(imap, "ca_file", s.imap.ca_file);
  imap << "tls = " << tls_text(s.imap.tls) << "\n";
  for (const auto& mailbox : s.imap.mailboxes) imap << "mailbox = " << mailbox << "\n";
  print_value(imap, "since", s.imap.since ? format_date(*s.imap.since) : std::string());
  imap << "max_size = " << format_byte_size(s.imap.max_size) << "\n";
  imap << "after = " << s.imap.after << "\n";
  imap << "batch = " << s.imap.batch << "\n";
  print_section(out, "imap", imap.str(), !s.imap.url.empty());

  std::ostringstream smtp;
  print_value(smtp, "url", s.smtp.url);
  print_value(smtp, "user", s.smtp.user);
  print_secret_keys(smtp, {&s.smtp.password}, {"password_env", "password_command"});
  print_value(smtp, "ca_file", s.smtp.ca_file);
  smtp << "tls = " << tls_text(s.smtp.tls) << "\n";
  print_value(smtp, "from", s.smtp.from);
  if (s.smtp.to.empty()) smtp << "# to =\n";
  for (const auto& to : s.smtp.to) smtp << "to = " << to << "\n";
  print_section(out, "smtp", smtp.str(), !s.smtp.url.empty());

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

}  // namespace distill::config
