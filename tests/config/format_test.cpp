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
  CHECK(printed.find("[imap]\n# url =\n# user =\n") != std::string::npos);
  CHECK(printed.find("tls = required\nmailbox = INBOX\n# since =\nmax_size = 20M\nafter = none\nbatch = 200\n") !=
        std::string::npos);
  CHECK(printed.find("[smtp]\n# url =\n") != std::string::npos);
  CHECK(printed.find("# to =\n") != std::string::npos);
  CHECK(printed.find("send_empty = no\n") != std::string::npos);
}
