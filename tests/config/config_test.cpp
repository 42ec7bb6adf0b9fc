#include "config/config.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "tests/app/run_distill.hpp"
#include "config/format.hpp"
#include "config/values.hpp"

namespace fs = std::filesystem;
using namespace distill::config;
using distill::test::TempDir;

namespace {

const fs::path k_fixtures = fs::path(DISTILL_FIXTURES_DIR) / "config";
const fs::path k_source = DISTILL_SOURCE_DIR;

Environment fake_env(std::map<std::string, std::string> vars = {{"HOME", "/home/me"}}) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

Settings load_fixture(const std::string& name, std::vector<Override> overrides = {}) {
  LoadRequest request;
  request.path = k_fixtures / name;
  request.overrides = std::move(overrides);
  return load_settings(request, fake_env());
}

// The text of the Error that loading throws, or "" when it loads.
std::string error_of_fixture(const std::string& name) {
  try {
    load_fixture(name);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::string error_of(const std::string& text, std::vector<Override> overrides = {}) {
  try {
    parse_settings(text, "/etc/distill.conf", overrides, fake_env());
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::string fixture(const std::string& name) { return (k_fixtures / name).string(); }

}  // namespace

// -- good files ---------------------------------------------------------------

TEST_CASE("config reads every key of a good file", "[config]") {
  Settings s = load_fixture("good.conf");
  CHECK(s.config_path == fixture("good.conf"));
  CHECK(s.store_path == (k_fixtures / "state/distill.db").string());

  CHECK(s.imap.url == "imap://127.0.0.1:10143");
  CHECK(s.imap.tls == TlsMode::off);
  CHECK(s.imap.user == "test");
  CHECK(s.imap.password == Secret{Secret::Kind::env, "DISTILL_TEST_IMAP_PASSWORD", "password_env", "imap"});
  CHECK(s.imap.token.kind == Secret::Kind::none);
  CHECK(s.imap.mailboxes == std::vector<std::string>{"INBOX", "Lists/News"});
  REQUIRE(s.imap.since);
  CHECK(format_date(*s.imap.since) == "2026-01-31");
  CHECK(s.imap.max_size == 512 * 1024);
  CHECK(s.imap.after == "move:Archive/Newsletters");
  CHECK(s.imap.batch == 50);

  CHECK(s.smtp.url == "file:" + (k_fixtures / "digests").string());
  CHECK(s.smtp.from == "distill <distill@example.net>");
  CHECK(s.smtp.to.empty());

  CHECK(s.digest.schedule == "30 6 * * mon-fri");
  CHECK(s.digest.poll == std::chrono::seconds(5400));
  CHECK(s.digest.subject == "Morning reading, {date}");
  CHECK(s.digest.points == 3);
  CHECK(s.digest.include == "sources");
  CHECK(s.digest.send_empty);
  CHECK(s.digest.budget_minutes == 10);

  REQUIRE(s.sources.size() == 2);
  CHECK(s.sources[0].name == "rust");
  CHECK(s.sources[0].list_id == std::vector<std::string>{"*.rustroundup.example.org"});
  CHECK(s.sources[0].drop == std::vector<std::string>{"(?i)^sponsored$"});
  CHECK(s.sources[0].drop_after == std::vector<std::string>{"(?i)^you are receiving this"});
  CHECK(s.sources[0].priority == SourcePriority::high);
  CHECK_FALSE(s.sources[0].mute);
  CHECK(s.sources[1].name == "field-notes");
  CHECK(s.sources[1].from == std::vector<std::string>{"maya@fieldnotes.example.net", "*@fieldnotes.example.net"});
  CHECK(s.sources[1].subject == std::vector<std::string>{"(?i)field notes \\x23\\d+"});
  CHECK(s.sources[1].keep == std::vector<std::string>{"(?i)^what i'm reading"});
  CHECK(s.sources[1].drop_before == std::vector<std::string>{"(?i)^hi friends"});
  CHECK(s.sources[1].priority == SourcePriority::normal);
  CHECK(s.sources[1].mute);
}

TEST_CASE("config fills in every default for an empty file", "[config]") {
  Settings s = parse_settings("", "/etc/distill.conf", {}, fake_env());
  Settings expected;
  expected.config_path = "/etc/distill.conf";
  expected.store_path = "/home/me/.local/share/distill/distill.db";
  CHECK(s == expected);
  CHECK(s.imap.mailboxes == std::vector<std::string>{"INBOX"});
  CHECK(s.imap.max_size == 20 * 1024 * 1024);
  CHECK(s.digest.schedule == "daily 07:00");
  CHECK(s.digest.poll == std::chrono::minutes(15));
}

TEST_CASE("config puts the store under XDG_DATA_HOME when it is set", "[config]") {
  auto env = fake_env({{"HOME", "/home/me"}, {"XDG_DATA_HOME", "/data"}});
  CHECK(parse_settings("", "/etc/distill.conf", {}, env).store_path == "/data/distill/distill.db");
  auto relative = fake_env({{"HOME", "/home/me"}, {"XDG_DATA_HOME", "data"}});  // not absolute: ignored
  CHECK(parse_settings("", "/etc/distill.conf", {}, relative).store_path ==
        "/home/me/.local/share/distill/distill.db");
}

TEST_CASE("config finds its file under XDG_CONFIG_HOME, else ~/.config", "[config]") {
  CHECK(default_config_path(fake_env()) == "/home/me/.config/distill/distill.conf");
  CHECK(default_config_path(fake_env({{"XDG_CONFIG_HOME", "/cfg"}})) == "/cfg/distill/distill.conf");
  CHECK_THROWS_WITH(default_config_path(fake_env({})),
                    "cannot find the config file: neither HOME nor XDG_CONFIG_HOME is set; use --config FILE");
}

TEST_CASE("config expands ~ and resolves relative paths against the file's folder", "[config]") {
  Settings demo = load_settings({.path = k_source / "config/demo.conf"}, fake_env());
  CHECK(demo.store_path == (k_source / "demo-out/distill.db").string());
  CHECK(demo.imap.url == "dir:" + (k_source / "samples").string());
  CHECK(demo.smtp.url == "file:" + (k_source / "demo-out").string());

  Settings home = parse_settings("[store]\npath = ~/state/d.db\n[imap]\nurl = maildir:../Mail/news\n",
                                 "/etc/distill/distill.conf", {}, fake_env());
  CHECK(home.store_path == "/home/me/state/d.db");
  CHECK(home.imap.url == "maildir:/etc/Mail/news");
}

TEST_CASE("config reads the annotated example and the demo config", "[config]") {
  Settings example = load_settings({.path = k_source / "config/example.conf"}, fake_env());
  CHECK(example.imap.url == "imaps://imap.example.com");
  CHECK(example.imap.password.kind == Secret::Kind::command);
  CHECK(example.smtp.password.kind == Secret::Kind::env);
  CHECK(example.sources.size() == 1);

  Settings demo = load_settings({.path = k_source / "config/demo.conf"}, fake_env());
  CHECK(demo.sources.size() == 2);
}

TEST_CASE("config lets command-line keys win over the file", "[config]") {
  Settings s = load_fixture("good.conf", {{"digest.points", "7"},
                                          {"imap.mailbox", "Other"},
                                          {"smtp.to", "a@example.com"},
                                          {"smtp.to", "b@example.com"},
                                          {"store.path", "rel.db"}});
  CHECK(s.digest.points == 7);
  CHECK(s.imap.mailboxes == std::vector<std::string>{"Other"});  // replaces the file's list
  CHECK(s.smtp.to == std::vector<std::string>{"a@example.com", "b@example.com"});
  CHECK(s.store_path == (fs::current_path() / "rel.db").string());  // relative to the working directory

  CHECK(error_of("", {{"digest.points", "0"}}) ==
        "command line: bad value '0' for 'points' in [digest]; expected a whole number from 1 to 20");
  CHECK(error_of("", {{"imap.user", "me"}}) ==
        "command line: missing key 'url' in [imap]; expected imaps://HOST, imap://HOST, maildir:PATH, mbox:PATH or "
        "dir:PATH");
}

TEST_CASE("config reads a source's display name, and the digest title falls back to the sender, then NAME",
          "[config]") {
  Settings s = parse_settings(
      "[imap]\nurl = maildir:/mail\n[smtp]\nurl = file:/out\nfrom = d@example.net\nto = me@example.net\n"
      "[source.field-notes]\nname = Field Notes\nfrom = maya@fieldnotes.example.net\n"
      "[source.security-weekly]\nlist_id = bulletin.secweekly.example.org\n",
      "/etc/distill.conf", {}, fake_env());
  REQUIRE(s.sources.size() == 2);
  CHECK(s.sources[0].name == "field-notes");
  CHECK(s.sources[0].display_name == "Field Notes");
  CHECK(s.sources[1].display_name.empty());

  CHECK(source_title(s.sources[0], "Maya from Field Notes") == "Field Notes");  // the key wins
  CHECK(source_title(s.sources[1], "Security Weekly") == "Security Weekly");    // the sender's name
  CHECK(source_title(s.sources[1], "") == "security-weekly");                   // else NAME
  CHECK(source_title(s.sources[1], "  ") == "security-weekly");

  // check-config prints it, and what it prints reads back the same.
  std::string printed = format_settings(s);
  CHECK(printed.find("[source.field-notes]\nname = Field Notes\n") != std::string::npos);
  CHECK(printed.find("[source.security-weekly]\n# name =\n") != std::string::npos);
  CHECK(parse_settings(printed, s.config_path, {}, fake_env()) == s);

  CHECK(error_of("[source.x]\nfrom = a@b\nname =\n") ==
        "/etc/distill.conf:3: no value for 'name' in [source.x]; expected a name like Big Technology");
  CHECK(error_of("[source.x]\nfrom = a@b\nname = A\nname = B\n") ==
        "/etc/distill.conf:4: 'name' is given twice in [source.x] (first at line 3); only 'from', 'list_id', "
        "'subject', 'drop', 'drop_after', 'drop_before', 'keep' may repeat");
}

// -- bad files: the exact text the user reads --------------------------------

TEST_CASE("config names an unknown key and suggests the nearest one", "[config]") {
  CHECK(error_of_fixture("typo.conf") ==
        fixture("typo.conf") + ":5: unknown key 'mailbx' in [imap]; did you mean 'mailbox'?");
  CHECK(error_of("[digest]\nshedule = daily 07:00\n") ==
        "/etc/distill.conf:2: unknown key 'shedule' in [digest]; did you mean 'schedule'?");
  CHECK(error_of("[source.x]\nfrom = a@b\ndrop-after = x\n") ==
        "/etc/distill.conf:3: unknown key 'drop-after' in [source.x]; did you mean 'drop_after'?");
  CHECK(error_of("[imap]\nschedule = daily 07:00\n") ==
        "/etc/distill.conf:2: unknown key 'schedule' in [imap]; 'schedule' belongs in [digest]");
  CHECK(error_of("[store]\nfrobnicate = 1\n") ==
        "/etc/distill.conf:2: unknown key 'frobnicate' in [store]; expected one of path, jobs, keep_days");
}

TEST_CASE("config reads retention and the feed folder, and says what a bad value should be", "[config]") {
  Settings none = parse_settings("", "/etc/distill.conf", {}, fake_env());
  CHECK(none.keep_days == 0);
  CHECK(none.feed.dir.empty());
  CHECK(none.feed.max_entries == 100);
  Settings s = parse_settings("[store]\nkeep_days = 90\n[feed]\ndir = feeds\nmax_entries = 20\n", "/etc/distill.conf",
                              {}, fake_env());
  CHECK(s.keep_days == 90);
  CHECK(s.feed.dir == "/etc/feeds");
  CHECK(s.feed.max_entries == 20);
  CHECK(error_of("[store]\nkeep_days = soon\n").starts_with("/etc/distill.conf:2: "));
  CHECK(error_of("[store]\nkeep_days = soon\n").find("a number of days, 0 to keep everything") != std::string::npos);
  CHECK(error_of("[feed]\nmax_entries = 0\n").find("a whole number from 1 to 10000") != std::string::npos);
  CHECK(error_of("[fed]\ndir = x\n") == "/etc/distill.conf:1: unknown section [fed]; did you mean [feed]?");
}

TEST_CASE("config names an unknown section and a key outside any section", "[config]") {
  CHECK(error_of("[imapp]\nurl = imaps://x\n") == "/etc/distill.conf:1: unknown section [imapp]; did you mean [imap]?");
  CHECK(error_of("[sources]\n") ==
        "/etc/distill.conf:1: unknown section [sources]; a source section is written [source.NAME]");
  CHECK(error_of("[source.]\n") ==
        "/etc/distill.conf:1: bad source name ''; use letters, digits, '-', '_' and '.'");
  CHECK(error_of("[source.letters.]\nfrom = x@example.com\n") ==
        "/etc/distill.conf:1: bad source name 'letters.'; it may not end with '.'");
  CHECK(error_of("url = imaps://x\n[imap]\n") ==
        "/etc/distill.conf:1: key 'url' comes before any section; put it under [imap] or [smtp]");
  CHECK(error_of("\n\n[digest]\npoints 4\n") == "/etc/distill.conf:4: expected 'key = value' or '[section]'");
}

TEST_CASE("config rejects a bad value and says what was expected", "[config]") {
  CHECK(error_of_fixture("bad_value.conf") ==
        fixture("bad_value.conf") + ":3: bad value 'four' for 'points' in [digest]; expected a whole number from 1 to 20");

  auto digest = [](const std::string& line) { return error_of("[digest]\n" + line + "\n"); };
  CHECK(digest("schedule = daily 7") ==
        "/etc/distill.conf:2: bad value 'daily 7' for 'schedule' in [digest]: '7' is not a time HH:MM; expected "
        "'daily HH:MM', 'weekly DAY HH:MM' or a cron expression 'MIN HOUR DAY MONTH WEEKDAY'");
  CHECK(digest("poll = 15 minutes") ==
        "/etc/distill.conf:2: bad value '15 minutes' for 'poll' in [digest]; expected a duration like 30s, 15m, 1h or "
        "1h30m");
  CHECK(digest("send_empty = maybe") ==
        "/etc/distill.conf:2: bad value 'maybe' for 'send_empty' in [digest]; expected yes, no, true or false");
  CHECK(digest("include = everything") ==
        "/etc/distill.conf:2: bad value 'everything' for 'include' in [digest]; expected newsletters, sources or all");
  CHECK(digest("points =") == "/etc/distill.conf:2: no value for 'points' in [digest]; expected a whole number from 1 to 20");

  auto imap = [](const std::string& line) {
    return error_of("[imap]\nurl = maildir:/m\n" + line + "\n");
  };
  CHECK(imap("since = 2026-02-30") ==
        "/etc/distill.conf:3: bad value '2026-02-30' for 'since' in [imap]; expected a date as YYYY-MM-DD");
  CHECK(imap("max_size = 20 MB") ==
        "/etc/distill.conf:3: bad value '20 MB' for 'max_size' in [imap]; expected a size like 20M, 512K or a number "
        "of bytes");
  CHECK(imap("after = delete") ==
        "/etc/distill.conf:3: bad value 'delete' for 'after' in [imap]; expected none, seen or move:FOLDER");
  CHECK(imap("tls = no") == "/etc/distill.conf:3: bad value 'no' for 'tls' in [imap]; expected required or off");
  CHECK(imap("batch = 0") ==
        "/etc/distill.conf:3: bad value '0' for 'batch' in [imap]; expected a whole number from 1 to 10000");
  CHECK(error_of("[imap]\nurl = pop3://mail.example.com\n") ==
        "/etc/distill.conf:2: bad value 'pop3://mail.example.com' for 'url' in [imap]; expected imaps://HOST, "
        "imap://HOST, maildir:PATH, mbox:PATH or dir:PATH");
  CHECK(error_of("[imap]\nurl = imaps://mail.example.com:99999\nuser = u\npassword_env = P\n") ==
        "/etc/distill.conf:2: bad value 'imaps://mail.example.com:99999' for 'url' in [imap]: the port must be a "
        "number from 1 to 65535; expected imaps://HOST, imap://HOST, maildir:PATH, mbox:PATH or dir:PATH");
  CHECK(error_of("[smtp]\nurl = smtp://relay.example.com\nfrom = me\nto = me@example.com\n") ==
        "/etc/distill.conf:3: bad value 'me' for 'from' in [smtp]; expected an address like 'distill "
        "<me@example.com>'");
}

TEST_CASE("config refuses a mailbox name that would end an IMAP command", "[config]") {
  // In the file the line scan refuses any control character first; a value
  // from the command line is checked for what would end an IMAP command.
  const std::string control = "control character 0x0D in the line; distill.conf is plain text";
  CHECK(error_of("[imap]\nurl = maildir:/m\nmailbox = INBOX\rd9 CREATE injected\n") == "/etc/distill.conf:3: " + control);
  CHECK(error_of(std::string("[imap]\nurl = maildir:/m\nmailbox = IN\0BOX\n", 41)) ==
        "/etc/distill.conf:3: control character 0x00 in the line; distill.conf is plain text");
  CHECK(error_of("[imap]\nurl = maildir:/m\nafter = move:Done\rd9 DELETE INBOX\n") ==
        "/etc/distill.conf:3: " + control);
  CHECK_THAT(error_of("[imap]\nurl = maildir:/m\n", {{"imap.mailbox", "INBOX\r\nd9 CREATE injected"}}),
             Catch::Contains("bad value for 'mailbox' in [imap]: a mailbox name must not hold a line break (CR, LF) or "
                             "NUL; expected a mailbox name like INBOX"));
  CHECK_THAT(error_of("[imap]\nurl = maildir:/m\n", {{"imap.after", "move:Done\rd9 DELETE INBOX"}}),
             Catch::Contains("bad value for 'after' in [imap]: a mailbox name must not hold a line break (CR, LF) "
                             "or NUL; expected none, seen or move:FOLDER"));
}

TEST_CASE("config reports a missing required key", "[config]") {
  CHECK(error_of_fixture("missing_key.conf") ==
        fixture("missing_key.conf") +
            ":4: missing key 'url' in [imap]; expected imaps://HOST, imap://HOST, maildir:PATH, mbox:PATH or dir:PATH");
  CHECK(error_of("[imap]\nurl = imaps://imap.example.com\n") ==
        "/etc/distill.conf:1: missing key 'user' in [imap]; expected the login name for the server");
  CHECK(error_of("[imap]\nurl = imaps://imap.example.com\nuser = me\n") ==
        "/etc/distill.conf:1: missing key 'password_env' in [imap]; expected password_env, password_command or "
        "token_command");
  CHECK(error_of("[smtp]\nurl = smtps://smtp.example.com\n") ==
        "/etc/distill.conf:1: missing key 'from' in [smtp]; expected the digest's sender, e.g. distill "
        "<me@example.com>\n"
        "/etc/distill.conf:1: missing key 'to' in [smtp]; expected at least one recipient of the digest");
  CHECK(error_of("[smtp]\nurl = file:/tmp/out\nuser = me\n") ==
        "/etc/distill.conf:1: missing key 'password_env' in [smtp]; expected password_env or password_command, since "
        "'user' is given");
  CHECK(error_of("[source.empty]\ndrop = x\n") ==
        "/etc/distill.conf:1: [source.empty] matches no message; give it 'from', 'list_id' or 'subject'");
  CHECK(error_of("[digest]\n[source.bare]\n") ==
        "/etc/distill.conf:2: [source.bare] matches no message; give it 'from', 'list_id' or 'subject'");
}

TEST_CASE("config needs [imap] or [smtp] only for the commands that use them", "[config]") {
  Settings s = parse_settings("[digest]\npoints = 3\n", "/etc/distill.conf", {}, fake_env());
  CHECK_THROWS_WITH(require(s, Need::imap, "ingest"), "/etc/distill.conf: missing key 'url' in [imap]; 'ingest' needs it");
  CHECK_THROWS_WITH(require(s, Need::smtp, "deliver"), "/etc/distill.conf: missing key 'url' in [smtp]; 'deliver' needs it");
  s.imap.url = "imaps://x";
  CHECK_NOTHROW(require(s, Need::imap, "ingest"));
  Settings none = load_settings({.allow_missing_default = true}, fake_env({{"HOME", "/nonexistent"}}));
  CHECK(none.config_path.empty());
  CHECK_THROWS_WITH(require(none, Need::smtp, "run"), "no config file: missing key 'url' in [smtp]; 'run' needs it");
}

TEST_CASE("config rejects a duplicate source, section or key", "[config]") {
  CHECK(error_of_fixture("duplicate_source.conf") ==
        fixture("duplicate_source.conf") + ":7: duplicate section [source.news]; it was first opened at line 1");
  CHECK(error_of("[digest]\npoints = 3\n[imap]\n[digest]\n") ==
        "/etc/distill.conf:4: duplicate section [digest]; it was first opened at line 1");
  CHECK(error_of("[digest]\npoints = 3\npoints = 4\n") ==
        "/etc/distill.conf:3: 'points' is given twice in [digest] (first at line 2)");
  CHECK(error_of("[imap]\nurl = maildir:/m\nurl = maildir:/n\n") ==
        "/etc/distill.conf:3: 'url' is given twice in [imap] (first at line 2); only 'mailbox' may repeat");
  CHECK(error_of("[imap]\nurl = maildir:/m\nmailbox = A\nmailbox = A\n") ==
        "/etc/distill.conf:4: mailbox 'A' is listed twice in [imap]");
}

TEST_CASE("config cannot read a missing file or a folder", "[config]") {
  TempDir dir;
  auto load = [](const fs::path& path) {
    try {
      load_settings({.path = path}, fake_env());
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(load(dir / "nope.conf") ==
        "cannot read config file '" + (dir / "nope.conf").string() + "': No such file or directory");
  CHECK(load(dir.path()) == "cannot read config file '" + dir.path().string() + "': Is a directory");
  // Only an explicit --config must exist; the default path may be absent.
  CHECK(load_settings({.allow_missing_default = true}, fake_env({{"HOME", dir.path().string()}})).store_path ==
        (dir / ".local/share/distill/distill.db").string());
  CHECK_THROWS_WITH(load_settings({}, fake_env({{"HOME", dir.path().string()}})),
                    "cannot read config file '" + (dir / ".config/distill/distill.conf").string() +
                        "': No such file or directory");
}

TEST_CASE("config refuses a secret in plain text and never repeats it", "[config]") {
  std::string error = error_of_fixture("plain_password.conf");
  CHECK(error == fixture("plain_password.conf") +
                     ":4: 'password' in [smtp] would keep a secret in plain text; use password_env = NAME or "
                     "password_command = COMMAND");
  CHECK(error.find("hunter2") == std::string::npos);
  CHECK(error_of("[imap]\nurl = maildir:/m\npass = s3cret\n") ==
        "/etc/distill.conf:3: 'pass' in [imap] would keep a secret in plain text; use password_env = NAME or "
        "password_command = COMMAND");
  CHECK(error_of("[imap]\nurl = imaps://me:s3cret@imap.example.com\n") ==
        "/etc/distill.conf:2: 'url' in [imap] must not hold a user or password; use 'user' and password_env or "
        "password_command");
  CHECK(error_of("[imap]\nurl = maildir:/m\npassword_env = not a name\n") ==
        "/etc/distill.conf:3: bad value for 'password_env' in [imap]; expected the name of an environment variable, "
        "like DISTILL_IMAP_PASSWORD");
  CHECK(error_of("[smtp]\nurl = file:/o\nuser = u\npassword_env = A\npassword_command = b\n") ==
        "/etc/distill.conf:5: 'password_command' and 'password_env' (line 4) are both given in [smtp]; keep one");
  CHECK(error_of("[imap]\nurl = maildir:/m\ntoken_command = t\npassword_env = P\n") ==
        "/etc/distill.conf:4: 'password_env' and 'token_command' (line 3) are both given in [imap]; keep one");
  // Both on the command line: named as they were given, not as one given twice.
  CHECK(error_of("[imap]\nurl = maildir:/m\n", {{"imap.password_env", "P"}, {"imap.password_command", "c"}}) ==
        "command line: 'password_command' and 'password_env' (the command line) are both given in [imap]; keep one");
  Settings overridden = parse_settings("[smtp]\nurl = file:/o\nuser = u\npassword_env = A\n", "/etc/distill.conf",
                                       {{"smtp.password_command", "pass smtp"}}, fake_env());
  CHECK(overridden.smtp.password == Secret{Secret::Kind::command, "pass smtp", "password_command", "smtp"});
}

TEST_CASE("config checks regular expressions with RE2 and names the line", "[config]") {
  CHECK(error_of_fixture("bad_regex.conf") ==
        fixture("bad_regex.conf") +
            ":3: bad regular expression for 'drop' in [source.big-technology]: missing ): (?i)(sponsor\n" +
            fixture("bad_regex.conf") +
            ":4: bad regular expression for 'keep' in [source.big-technology]: missing ): (?i)^number ( ('#' starts a "
            "comment: write \\x23 for a literal #)");
}

TEST_CASE("config accepts tls = off only for a plain imap:// or smtp:// url", "[config]") {
  CHECK(error_of("[imap]\nurl = imaps://imap.example.com\nuser = u\npassword_env = P\ntls = off\n") ==
        "/etc/distill.conf:5: 'tls = off' in [imap] only applies to an imap:// url");
  CHECK(error_of("[smtp]\nurl = file:/o\ntls = off\n") ==
        "/etc/distill.conf:3: 'tls = off' in [smtp] only applies to an smtp:// url");
  CHECK(error_of("[smtp]\nurl = smtp://127.0.0.1:10025\ntls = off\nfrom = a@b.c\nto = a@b.c\n").empty());
}

TEST_CASE("config reports every problem of a file at once", "[config]") {
  CHECK(error_of("[imap]\nurl = maildir:/m\nmailbx = A\n[digest]\npoints = 40\npol = 1h\n") ==
        "/etc/distill.conf:3: unknown key 'mailbx' in [imap]; did you mean 'mailbox'?\n"
        "/etc/distill.conf:5: bad value '40' for 'points' in [digest]; expected a whole number from 1 to 20\n"
        "/etc/distill.conf:6: unknown key 'pol' in [digest]; did you mean 'poll'?");
}

TEST_CASE("config reads what Boost reads: comments, spaces, CRLF and a byte order mark", "[config]") {
  Settings s = parse_settings("\xEF\xBB\xBF# top\r\n[digest] \r\n  points=5   # five\r\n\tsubject =  A  b \r\n",
                              "/etc/distill.conf", {}, fake_env());
  CHECK(s.digest.points == 5);
  CHECK(s.digest.subject == "A  b");
}

TEST_CASE("[store] jobs is how many messages process takes at once, 0 for one per core", "[config]") {
  CHECK(parse_settings("", "/etc/distill.conf", {}, fake_env()).jobs == 0);
  CHECK(parse_settings("[store]\njobs = 3\n", "/etc/distill.conf", {}, fake_env()).jobs == 3);
  CHECK(parse_settings("[store]\njobs = 3\n", "/etc/distill.conf", {{"store.jobs", "1"}}, fake_env()).jobs == 1);
  CHECK(error_of("[store]\njobs = many\n") ==
        "/etc/distill.conf:2: bad value 'many' for 'jobs' in [store]; expected a number of threads from 0 (one per "
        "core) to 256");
}

TEST_CASE("[digest] budget is a reading time in minutes, or none", "[config]") {
  const auto budget = [](const std::string& value) {
    return parse_settings("[digest]\nbudget = " + value + "\n", "/etc/distill.conf", {}, fake_env()).digest.budget_minutes;
  };
  CHECK(parse_settings("", "/etc/distill.conf", {}, fake_env()).digest.budget_minutes == 15);
  CHECK(budget("10 min") == 10);
  CHECK(budget("10min") == 10);
  CHECK(budget("25 minutes") == 25);
  CHECK(budget("1 minute") == 1);
  CHECK(budget("20m") == 20);
  CHECK(budget("1h30m") == 90);
  CHECK(budget("none") == 0);
  CHECK(parse_settings("", "/etc/distill.conf", {{"digest.budget", "none"}}, fake_env()).digest.budget_minutes == 0);
  for (const char* bad : {"0 min", "ten min", "15", "30s", "90s", "25h", "min", "-5 min"}) {
    INFO(bad);
    CHECK(error_of(std::string("[digest]\nschedule = daily 07:00\nbudget = ") + bad + "\n") ==
          std::string("/etc/distill.conf:3: bad value '") + bad +
              "' for 'budget' in [digest]; expected a reading time from 1 min to 24h like 15 min, 10m or 1h, or none");
  }
  CHECK(format_reading_time(15) == "15 min");
  CHECK(format_reading_time(0) == "none");
}

TEST_CASE("[source.NAME] priority orders the digest and mute keeps a source to the archive", "[config]") {
  const auto source = [](const std::string& lines) {
    return parse_settings("[source.ads]\nfrom = *@deals.example\n" + lines, "/etc/distill.conf", {}, fake_env())
        .sources.at(0);
  };
  CHECK(source("").priority == SourcePriority::normal);
  CHECK_FALSE(source("").mute);
  CHECK(source("priority = low\n").priority == SourcePriority::low);
  CHECK(source("priority = high\n").priority == SourcePriority::high);
  CHECK(source("mute = yes\n").mute);
  CHECK(source("priority = mute\n").mute);  // the same as mute = yes
  CHECK(error_of("[source.ads]\nfrom = *@deals.example\npriority = urgent\n") ==
        "/etc/distill.conf:3: bad value 'urgent' for 'priority' in [source.ads]; expected high, normal or low (or "
        "mute: to the archive only)");
  CHECK(error_of("[source.ads]\nfrom = *@deals.example\nmute = sometimes\n") ==
        "/etc/distill.conf:3: bad value 'sometimes' for 'mute' in [source.ads]; expected yes, no, true or false");
  CHECK(error_of("[source.ads]\nfrom = *@deals.example\npriority =\n") ==
        "/etc/distill.conf:3: no value for 'priority' in [source.ads]; expected high, normal or low (or mute: to "
        "the archive only)");
  CHECK(error_of("[source.ads]\nfrom = *@deals.example\npriorty = high\n") ==
        "/etc/distill.conf:3: unknown key 'priorty' in [source.ads]; did you mean 'priority'?");
}
