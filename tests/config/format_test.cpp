// config/format: the effective config as check-config prints it.

#include "config/format.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "config/config.hpp"

using namespace distill::config;

namespace {

Environment home_only() {
  return [](const std::string& name) -> std::optional<std::string> {
    if (name == "HOME") return std::string("/home/me");
    return std::nullopt;
  };
}

Settings parse(const std::string& text) { return parse_settings(text, "/etc/distill.conf", {}, home_only()); }

}  // namespace

TEST_CASE("format prints the effective config so that it reads back the same", "[config]") {
  const Settings original = parse(
      "[imap]\nurl = imap://127.0.0.1:10143\ntls = off\nuser = test\npassword_env = DISTILL_TEST_IMAP_PASSWORD\n"
      "mailbox = INBOX\nmailbox = Lists/News\nsince = 2026-01-31\nmax_size = 512K\nafter = move:Archive\n"
      "[smtp]\nurl = file:digests\nfrom = distill <distill@example.net>\n"
      "[digest]\nschedule = 30 6 * * mon-fri\npoll = 1h30m\npoints = 3\ninclude = sources\nsend_empty = yes\n"
      "[source.rust]\nlist_id = *.rust.example.org\ndrop = (?i)^sponsored$\n");
  const std::string printed = format_settings(original);
  CHECK(parse_settings(printed, original.config_path, {}, home_only()) == original);

  // A secret by where it comes from, the other sources of it as unset keys.
  CHECK(printed.find("password_env = DISTILL_TEST_IMAP_PASSWORD\n# password_command =\n# token_command =\n") !=
        std::string::npos);
  // Values in the form they were read in.
  CHECK(printed.find("max_size = 512K\n") != std::string::npos);
  CHECK(printed.find("poll = 1h30m\n") != std::string::npos);
  CHECK(printed.find("since = 2026-01-31\n") != std::string::npos);
  CHECK(printed.find("mailbox = INBOX\nmailbox = Lists/News\n") != std::string::npos);
}

TEST_CASE("format shows every key of an empty config, its defaults set and the rest as '# key ='", "[config]") {
  const std::string printed = format_settings(Settings{});
  CHECK(printed.starts_with("# distill configuration: no config file, defaults only\n"));
  // A server without a url is not configured: its section and defaults
  // are shown commented out (the parser refuses [imap] without a url).
  CHECK(printed.find("# [imap] is not configured\n# url =\n# user =\n") != std::string::npos);
  CHECK(printed.find("# tls = required\n# mailbox = INBOX\n# since =\n# max_size = 20M\n# after = none\n"
                     "# batch = 200\n") != std::string::npos);
  CHECK(printed.find("# [smtp] is not configured\n# url =\n") != std::string::npos);
  CHECK(printed.find("# to =\n") != std::string::npos);
  CHECK(printed.find("\n[digest]\n") != std::string::npos);
  CHECK(printed.find("send_empty = no\n") != std::string::npos);
}

TEST_CASE("format prints a config without servers so that it reads back the same", "[config]") {
  // Found by the config fuzz target: the printed [imap] and [smtp] sections
  // without a url made check-config's output a file distill refuses.
  const Settings original = parse("[store]\npath = /var/lib/distill/distill.db\n[feed]\ndir = /srv/feeds\n");
  const std::string printed = format_settings(original);
  CHECK(printed.find("\n[imap]") == std::string::npos);
  CHECK(printed.find("\n[smtp]") == std::string::npos);
  CHECK(parse_settings(printed, original.config_path, {}, home_only()) == original);

  // One server configured, the other not.
  const Settings smtp_only = parse("[smtp]\nurl = file:digests\n");
  const std::string printed_smtp = format_settings(smtp_only);
  CHECK(printed_smtp.find("\n[smtp]\nurl = file:") != std::string::npos);
  CHECK(printed_smtp.find("# [imap] is not configured\n") != std::string::npos);
  CHECK(parse_settings(printed_smtp, smtp_only.config_path, {}, home_only()) == smtp_only);
}
