// `distill run` end to end with the real local parts: a directory source
// (the bundled samples, a hostile newsletter and one of our own digests), the
// store in a temp dir, and the file sink.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>

#include "deliver/compose.hpp"
#include "run_distill.hpp"

namespace fs = std::filesystem;
using distill::test::read_text;
using distill::test::run_distill;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

std::vector<fs::path> files_with(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == extension) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The header block of a message, as written.
std::string headers_of(const std::string& mime) { return mime.substr(0, mime.find("\r\n\r\n") + 2); }

// A mailbox with the samples, a hostile newsletter and a digest distill sent
// earlier (which it must not digest again), and a config for it.
struct Setup {
  TempDir dir;
  fs::path config = dir / "distill.conf";
  fs::path out = dir / "out";
  std::size_t newsletters = 0;
  Setup() {
    const fs::path inbox = dir / "inbox";
    fs::create_directories(inbox);
    for (const auto& e : fs::directory_iterator(fs::path(DISTILL_SOURCE_DIR) / "samples")) {
      if (e.path().extension() != ".eml") continue;
      fs::copy_file(e.path(), inbox / e.path().filename());
      ++newsletters;
    }
    fs::copy_file(fs::path(DISTILL_FIXTURES_DIR) / "deliver" / "hostile.eml", inbox / "hostile.eml");
    ++newsletters;
    distill::transform::Summary s;
    s.source = "Old";
    s.title = "An issue from last week";
    s.lede = "This digest was sent by distill and must be skipped when it comes back.";
    distill::deliver::ComposeOptions o;
    o.from = "distill <distill@example.net>";
    o.to = {"reader@example.net"};
    o.now = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::January / 17 / 2025}};
    write_text(inbox / "own-digest.eml", distill::deliver::compose_digest({s}, o).mime);

    write_text(config, "[store]\npath = state/distill.db\n"
                       "[imap]\nurl = dir:inbox\n"
                       "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n");
  }
};

}  // namespace

TEST_CASE("run digests the mailbox into the file sink once, and a second run sends nothing", "[app]") {
  Setup setup;
  const auto first = run_distill({"--config", setup.config.string(), "run"});
  INFO(first.err);
  REQUIRE(first.status == 0);
  const auto emls = files_with(setup.out, ".eml");
  REQUIRE(emls.size() == 1);
  REQUIRE(files_with(setup.out, ".html").size() == 1);
  CHECK(first.err.find(emls[0].string()) != std::string::npos);  // the user is told where it is

  const auto mime = read_text(emls[0]);
  const auto digest_text = distill::deliver::extract_part(mime, "plain");
  const auto digest_html = distill::deliver::extract_part(mime, "html");
  CHECK(digest_text.find(std::to_string(setup.newsletters) + " issues") != std::string::npos);
  CHECK(digest_text.find("Rust Roundup") != std::string::npos);
  CHECK(digest_text.find("must be skipped") == std::string::npos);  // our own digest is not digested

  SECTION("nothing of the hostile newsletter becomes markup or a header") {
    const auto headers = headers_of(mime);
    CHECK(headers.find("\r\nBcc:") == std::string::npos);
    CHECK(digest_html.find("<script") == std::string::npos);
    CHECK(digest_html.find("<img") == std::string::npos);
    CHECK(digest_html.find("<b>") == std::string::npos);
    CHECK(digest_html.find("javascript:") == std::string::npos);
    CHECK(digest_html.find("injected") == std::string::npos);
    CHECK(digest_text.find("35% cheaper") != std::string::npos);  // its content is still there
  }

  SECTION("a second run finds nothing new and sends nothing") {
    const auto second = run_distill({"--config", setup.config.string(), "run"});
    INFO(second.err);
    CHECK(second.status == 0);
    CHECK(second.err.find("nothing new to send") != std::string::npos);
    CHECK(files_with(setup.out, ".eml").size() == 1);
  }
}

TEST_CASE("preview and deliver --dry-run render the next digest without sending or changing state", "[app]") {
  Setup setup;
  REQUIRE(run_distill({"--config", setup.config.string(), "ingest"}).status == 0);
  REQUIRE(run_distill({"--config", setup.config.string(), "process"}).status == 0);

  const auto html = setup.dir / "next.html";
  const auto preview = run_distill({"--config", setup.config.string(), "preview", "--out", html.string()});
  INFO(preview.err);
  REQUIRE(preview.status == 0);
  CHECK(read_text(html).starts_with("<!DOCTYPE html>"));

  const auto dry = run_distill({"--config", setup.config.string(), "deliver", "--dry-run"});
  REQUIRE(dry.status == 0);
  CHECK(dry.out.find("Content-Type: multipart/alternative;") != std::string::npos);
  CHECK_FALSE(fs::exists(setup.out));

  // Nothing was marked: the real deliver still has the whole digest to send,
  // and it is the one the preview showed.
  const auto sent = run_distill({"--config", setup.config.string(), "deliver"});
  INFO(sent.err);
  REQUIRE(sent.status == 0);
  const auto emls = files_with(setup.out, ".eml");
  REQUIRE(emls.size() == 1);
  // (Up to the references: the footer's Message-ID carries the send time.)
  auto body = [](const std::string& text) { return text.substr(0, text.find("\n-----")); };
  CHECK(body(distill::deliver::extract_part(read_text(emls[0]), "plain")) ==
        body(distill::deliver::extract_part(dry.out, "plain")));
}

TEST_CASE("run and daemon without a source stop before doing anything and say which key is missing", "[app]") {
  TempDir dir;
  const fs::path config = dir / "distill.conf";
  write_text(config, "[store]\npath = state/distill.db\n"
                     "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\nto = reader@example.net\n");
  for (const std::string command : {"run", "daemon"}) {
    const auto r = run_distill({"--config", config.string(), command});
    CHECK(r.status == 2);
    CHECK(r.err == "distill: error: " + config.string() + ": missing key 'url' in [imap]; '" + command +
                       "' needs it\n");
    CHECK_FALSE(fs::exists(dir / "state"));
  }
}

TEST_CASE("run keeps to the reading budget whatever order the newsletters arrived in", "[app]") {
  // Arrival order breaks ties in the digest's order, and so decides which
  // issues are in full and under which of them a shared story is shown;
  // these two orders once made a "3 min read" out of a 2-minute budget.
  const fs::path samples = fs::path(DISTILL_SOURCE_DIR) / "samples";
  const fs::path overlap = fs::path(DISTILL_FIXTURES_DIR) / "deliver" / "overlap-mail";
  const std::vector<std::vector<fs::path>> orders = {
      {samples / "05-velo-club.eml", overlap / "03-tech-brief.eml", samples / "01-rust-roundup.eml",
       overlap / "02-science-desk.eml", samples / "03-field-notes.eml", samples / "02-morning-ledger.eml",
       overlap / "01-orbit-weekly.eml", samples / "06-curious-weekly.eml", samples / "04-security-weekly.eml"},
      {samples / "06-curious-weekly.eml", overlap / "01-orbit-weekly.eml", samples / "05-velo-club.eml",
       samples / "03-field-notes.eml", samples / "04-security-weekly.eml", overlap / "03-tech-brief.eml",
       samples / "02-morning-ledger.eml", overlap / "02-science-desk.eml", samples / "01-rust-roundup.eml"},
  };
  for (const auto& order : orders) {
    TempDir dir;
    fs::create_directories(dir / "inbox");
    for (std::size_t k = 0; k < order.size(); ++k) {
      fs::copy_file(order[k], dir / "inbox" / (std::to_string(10 + k) + ".eml"));
    }
    write_text(dir / "distill.conf",
               "[store]\npath = distill.db\n[imap]\nurl = dir:inbox\n"
               "[smtp]\nurl = file:out\nfrom = distill <distill@example.net>\n"
               "to = reader@example.net\n[digest]\nbudget = 2 min\n");
    const auto run = run_distill({"--config", (dir / "distill.conf").string(), "run"});
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto emls = files_with(dir / "out", ".eml");
    REQUIRE(emls.size() == 1);
    const auto text = distill::deliver::extract_part(read_text(emls[0]), "plain");
    INFO(text);
    std::smatch m;
    REQUIRE(std::regex_search(text, m, std::regex("· (\\d+) min read")));
    CHECK(std::stoi(m[1]) <= 2);
    REQUIRE(std::regex_search(text, m, std::regex("\nAnd (\\d+) more issues? from")));
    CHECK(std::stoi(m[1]) >= 1);
  }
}

TEST_CASE("run shows a story three newsletters tell once, ranks it first, keeps to the budget and counts the rest",
          "[app]") {
  Setup setup;
  const fs::path inbox = setup.dir / "inbox";
  for (const auto& e : fs::directory_iterator(fs::path(DISTILL_FIXTURES_DIR) / "deliver" / "overlap-mail")) {
    if (e.path().extension() != ".eml") continue;
    fs::copy_file(e.path(), inbox / e.path().filename());
    ++setup.newsletters;
  }
  // Muted: the hostile newsletter's sender goes to the archive only.
  write_text(setup.config, read_text(setup.config) +
                               "[digest]\nbudget = 2 min\n"
                               "[source.quiet]\nfrom = *@evil.example\nmute = yes\n");
  REQUIRE(run_distill({"--config", setup.config.string(), "ingest"}).status == 0);
  REQUIRE(run_distill({"--config", setup.config.string(), "process"}).status == 0);

  // preview says what it merged and why.
  const auto preview = run_distill({"--config", setup.config.string(), "preview"});
  INFO(preview.err);
  REQUIRE(preview.status == 0);
  CHECK(preview.err.find("same story: ") != std::string::npos);
  CHECK(preview.err.find(": same link spaceflight.example.com/2025/11/halcyon-lands-on-europa") != std::string::npos);
  CHECK(preview.err.find("Europa Cup") == std::string::npos);  // a shared topic word merges nothing
  CHECK(preview.err.find("Europa rail") == std::string::npos);

  const auto run = run_distill({"--config", setup.config.string(), "run"});
  INFO(run.err);
  REQUIRE(run.status == 0);
  const auto emls = files_with(setup.out, ".eml");
  REQUIRE(emls.size() == 1);
  const auto text = distill::deliver::extract_part(read_text(emls[0]), "plain");
  INFO(text);
  CHECK(text.find("Top stories (in several newsletters)\n  • ") != std::string::npos);
  CHECK(text.find("also in: ") != std::string::npos);
  std::size_t pointers = 0;
  for (auto at = text.find("Also covered here: "); at != std::string::npos; at = text.find("Also covered here: ", at + 1)) {
    ++pointers;
  }
  CHECK(pointers <= 2);  // the two other tellings, when their issues are in full

  // Within the budget, and every issue in full, listed or counted as muted.
  std::smatch m;
  REQUIRE(std::regex_search(text, m, std::regex("· (\\d+) min read")));
  CHECK(std::stoi(m[1]) <= 2);
  std::size_t in_full = 0;
  const auto toc = text.substr(text.find("In this digest\n"), text.find("\n\n", text.find("In this digest\n")) -
                                                                   text.find("In this digest\n"));
  for (auto at = toc.find("\n  "); at != std::string::npos; at = toc.find("\n  ", at + 1)) {
    in_full += std::isdigit(static_cast<unsigned char>(toc[at + 3])) ? 1 : 0;
  }
  REQUIRE(std::regex_search(text, m, std::regex("\nAnd (\\d+) more issues? from \\d+ newsletters?, beyond the 2 min")));
  const auto rest = static_cast<std::size_t>(std::stoul(m[1]));
  CHECK(text.find("Muted, to the archive only: 1 issue from ") != std::string::npos);
  CHECK(in_full + rest + 1 == setup.newsletters);
  CHECK(run.err.find("with " + std::to_string(setup.newsletters) + " issues") != std::string::npos);
}
