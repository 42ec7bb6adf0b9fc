// config/line_scan: the lines of distill.conf, as Boost reads them, with
// where each entry was.

#include "config/line_scan.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace distill::config;

TEST_CASE("line_scan finds each entry with its section, file and line", "[config]") {
  const LineScan scan = scan_lines(
      "# a comment\n\n[imap]\nurl = imaps://mail.example.org   # the server\n  mailbox=INBOX\r\n"
      "[source.field-notes]\nsubject = (?i)notes #12\n[feed]\n",
      "/etc/distill.conf", "/etc");
  CHECK(scan.problems.empty());
  REQUIRE(scan.entries.size() == 3);
  CHECK(scan.entries[0].section == "imap");
  CHECK(scan.entries[0].key == "url");
  CHECK(scan.entries[0].value == "imaps://mail.example.org");
  CHECK(scan.entries[0].where == "/etc/distill.conf:4");
  CHECK(scan.entries[0].line == 4);
  CHECK(scan.entries[0].base == "/etc");
  CHECK(scan.entries[1].value == "INBOX");  // blanks and the CR of a CRLF file trimmed
  CHECK_FALSE(scan.entries[1].comment_cut);
  CHECK(scan.entries[2].section == "source.field-notes");
  CHECK(scan.entries[2].value == "(?i)notes");
  CHECK(scan.entries[2].comment_cut);  // '#' ended the value: worth saying when the regex is then bad

  REQUIRE(scan.sections.size() == 3);  // an empty section too
  CHECK(scan.sections[2].name == "feed");
  CHECK(scan.sections[2].where == "/etc/distill.conf:8");
}

TEST_CASE("line_scan names the line of each line it cannot read, and reads on", "[config]") {
  const LineScan scan = scan_lines(
      "url = x\n[imap]\njust words\n= value\nmail box = INBOX\n[imap]\n[source.bad name]\nfrom = a@b\n[smpt]\n",
      "/etc/distill.conf", "/etc");
  CHECK(scan.problems == std::vector<std::string>{
                             "/etc/distill.conf:1: key 'url' comes before any section; put it under [imap] or [smtp]",
                             "/etc/distill.conf:3: expected 'key = value' or '[section]'",
                             "/etc/distill.conf:4: no key before '='",
                             "/etc/distill.conf:5: bad key 'mail box'; keys have no spaces",
                             "/etc/distill.conf:6: duplicate section [imap]; it was first opened at line 2",
                             "/etc/distill.conf:7: bad source name 'bad name'; use letters, digits, '-', '_' and '.'",
                             "/etc/distill.conf:9: unknown section [smpt]; did you mean [smtp]?",
                         });
  CHECK(scan.entries.empty());  // the entries of a bad section are not read: its header is the problem
}

TEST_CASE("line_scan refuses a line with a control character, naming the byte", "[config]") {
  // Found by the config fuzz target: a store path with NUL and other
  // control bytes was taken as a path.
  const LineScan scan = scan_lines(std::string("[store]\npath = /tmp/a\0b\njobs = 2\t# two\n[feed]\ndir = x\x01y\n", 56),
                                   "/etc/distill.conf", "/etc");
  CHECK(scan.problems == std::vector<std::string>{
                             "/etc/distill.conf:2: control character 0x00 in the line; distill.conf is plain text",
                             "/etc/distill.conf:5: control character 0x01 in the line; distill.conf is plain text"});
  REQUIRE(scan.entries.size() == 1);  // a tab is a blank, not a control character
  CHECK(scan.entries[0].key == "jobs");
  CHECK(scan.entries[0].value == "2");
}
