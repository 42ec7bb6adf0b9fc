// deliver/sink: the file sink, atomic file writes, and which sink a url
// makes. The SMTP sink has tests/deliver/smtp_sink_test.cpp.

#include "deliver/sink.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace distill;
using distill::test::TempDir;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::perms mode_of(const fs::path& path) { return fs::status(path).permissions() & fs::perms::all; }

transform::Digest digest(const std::string& id, const std::string& html) {
  transform::Digest d;
  d.message_id = id;
  d.mime = "Subject: a digest\r\n\r\nbody of " + id + "\r\n";
  d.html = html;
  return d;
}

}  // namespace

TEST_CASE("sink writes a digest to a folder as .eml and .html, for its owner only", "[deliver]") {
  TempDir tmp;
  const auto dir = tmp / "digests/new";  // created on the first send
  deliver::FileSink sink(dir);
  CHECK(sink.describe() == "file:" + dir.string());

  const auto where = sink.send(digest("digest.20250124.ab12@example.com", "<p>hi</p>"), {});
  const auto eml = dir / "digest.20250124.ab12.eml";
  const auto html = dir / "digest.20250124.ab12.html";
  CHECK(sink.written() == std::vector<fs::path>{eml, html});
  CHECK(where == eml.string() + ", " + html.string());
  CHECK(read_file(eml) == "Subject: a digest\r\n\r\nbody of digest.20250124.ab12@example.com\r\n");
  CHECK(read_file(html) == "<p>hi</p>");
  CHECK(mode_of(dir) == fs::perms::owner_all);
  CHECK(mode_of(eml) == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK_FALSE(fs::exists(dir / "digest.20250124.ab12.eml.tmp"));

  // The same digest again lands on the same names; no HTML part, no .html.
  sink.send(digest("digest.20250124.ab12@example.com", ""), {});
  CHECK(sink.written() == std::vector<fs::path>{eml});
}

TEST_CASE("sink names its files so that a Message-ID cannot reach outside the folder", "[deliver]") {
  TempDir tmp;
  deliver::FileSink sink(tmp / "out");
  sink.send(digest("../../etc/passwd@example.com", ""), {});
  REQUIRE(sink.written().size() == 1);
  CHECK(sink.written()[0].parent_path() == tmp / "out");
  CHECK(sink.written()[0].filename() == ".._.._etc_passwd.eml");
}

TEST_CASE("sink replaces a file whole (write_file_atomically) and makes it 0600", "[deliver]") {
  TempDir tmp;
  const auto path = tmp / "feed.xml";
  {
    std::ofstream old(path);
    old << "the old, longer content";
  }
  fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
  deliver::write_file_atomically(path, "new");
  CHECK(read_file(path) == "new");
  CHECK(mode_of(path) == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK_THROWS_AS(deliver::write_file_atomically(tmp / "no/such/folder/x", "x"), deliver::Error);
}

TEST_CASE("sink made for a url is the one the url names (make_sink)", "[deliver]") {
  deliver::SmtpOptions options;
  options.url = "file:out";
  CHECK(deliver::make_sink(options, "/base")->describe() == "file:/base/out");  // relative to the base
  options.url = "file:/abs/./dir";
  CHECK(deliver::make_sink(options, "/base")->describe() == "file:/abs/dir");
  options.url = "smtps://mail.example.com";
  CHECK(deliver::make_sink(options, "/base")->describe() == "smtps://mail.example.com");
  options.url = "file:";
  CHECK_THROWS_WITH(deliver::make_sink(options, "/base"), "smtp url \"file:\" names no directory");
  options.url = "imap://mail.example.com";
  CHECK_THROWS_WITH(deliver::make_sink(options, "/base"),
                    "smtp url \"imap://mail.example.com\" is not smtps://, smtp:// or file:DIR");
}
