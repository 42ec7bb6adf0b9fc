// `distill run` against the real servers: newsletters in a Dovecot folder,
// ingested over IMAPS, the digest sent through Postfix with STARTTLS, then
// read back over IMAP from the recipient's mailbox: the story three of the
// newsletters tell is shown once, the digest keeps to its reading budget
// and lists the issues beyond it. A second run sends nothing.

#include <catch2/catch.hpp>

#include "tests/servers/servers_env.hpp"

#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include <curl/curl.h>

#include "app/curl_global.hpp"
#include "deliver/compose.hpp"
#include "run_distill.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using distill::test::read_text;
using distill::test::run_distill;
using distill::test::TempDir;
using distill::test::write_text;

namespace {

using distill::test::server_env;

void chown_nobody(const fs::path& p) { REQUIRE(::chown(p.c_str(), 65534, 65534) == 0); }

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

// One IMAP request with libcurl; returns what the write callback got.
std::string imap(const std::map<std::string, std::string>& env, const std::string& path,
                 const std::string& custom = {}) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> h(curl_easy_init(), curl_easy_cleanup);
  REQUIRE(h);
  std::string body;
  const auto url = "imaps://127.0.0.1:" + env.at("IMAPS_PORT") + "/" + path;
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_USERNAME, env.at("MAIL_USER").c_str());
  curl_easy_setopt(h.get(), CURLOPT_PASSWORD, env.at("MAIL_PASSWORD").c_str());
  curl_easy_setopt(h.get(), CURLOPT_CAINFO, env.at("CA_FILE").c_str());
  curl_easy_setopt(h.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, &body);
  if (!custom.empty()) curl_easy_setopt(h.get(), CURLOPT_CUSTOMREQUEST, custom.c_str());
  const auto rc = curl_easy_perform(h.get());
  INFO("IMAP " << url << " " << custom);
  REQUIRE(rc == CURLE_OK);
  return body;
}

// UIDs in INBOX of messages with this Message-ID.
std::vector<std::string> uids_with(const std::map<std::string, std::string>& env, const std::string& message_id) {
  const auto reply = imap(env, "INBOX", "UID SEARCH HEADER Message-ID \"<" + message_id + ">\"");
  std::vector<std::string> uids;
  std::istringstream in(reply.substr(reply.find("SEARCH") + 6));
  for (std::string uid; in >> uid;) uids.push_back(uid);
  return uids;
}

}  // namespace

TEST_CASE("run ingests over IMAP, sends over SMTP, and the digest arrives once", "[app][integration]") {
  const auto env = server_env();
  distill::app::CurlGlobal curl;

  // A folder of the test Maildir with the sample newsletters, as Dovecot
  // would have stored them.
  const std::string folder = "News" + std::to_string(std::random_device{}());
  const fs::path dir = fs::path(env.at("MAILDIR")) / ("." + folder);
  for (const char* sub : {"", "cur", "new", "tmp"}) {
    fs::create_directories(dir / sub);
    chown_nobody(dir / sub);
  }
  int n = 0;
  std::vector<fs::path> newsletters;
  for (const auto& e : fs::directory_iterator(fs::path(DISTILL_SOURCE_DIR) / "samples")) newsletters.push_back(e.path());
  for (const auto& e : fs::directory_iterator(fs::path(DISTILL_FIXTURES_DIR) / "deliver" / "overlap-mail")) {
    newsletters.push_back(e.path());
  }
  for (const auto& path : newsletters) {
    if (path.extension() != ".eml") continue;
    const auto bytes = read_text(path);
    const auto target = dir / "cur" / (std::to_string(1700000000 + ++n) + ".M1P" + std::to_string(::getpid()) +
                                       ".test,S=" + std::to_string(bytes.size()) + ":2,");
    write_text(target, bytes);
    chown_nobody(target);
  }
  REQUIRE(n > 0);

  TempDir work;
  const auto config = work / "distill.conf";
  write_text(config, "[store]\npath = distill.db\n"
                     "[imap]\nurl = imaps://127.0.0.1:" + env.at("IMAPS_PORT") + "\nuser = " + env.at("MAIL_USER") +
                         "\npassword_env = DISTILL_TEST_IMAP_PASSWORD\nca_file = " + env.at("CA_FILE") +
                         "\nmailbox = " + folder + "\n"
                         "[smtp]\nurl = smtp://127.0.0.1:" + env.at("SMTP_PORT") + "\nca_file = " + env.at("CA_FILE") +
                         "\nfrom = distill <distill@example.net>\nto = " + env.at("MAIL_USER") + "@example.com\n"
                         "[digest]\nbudget = 2 min\n");
  const std::vector<std::string> run_env = {"DISTILL_TEST_IMAP_PASSWORD=" + env.at("MAIL_PASSWORD")};

  const auto first = run_distill({"--config", config.string(), "run"}, run_env);
  INFO(first.err);
  REQUIRE(first.status == 0);
  std::smatch m;
  REQUIRE(std::regex_search(first.err, m, std::regex("sent digest <([^>]+)> with (\\d+) issues")));
  const std::string message_id = m[1];
  CHECK(std::stoi(m[2]) == n);

  // Delivery is asynchronous: poll IMAP until it is there.
  std::vector<std::string> uids;
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while ((uids = uids_with(env, message_id)).empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(50ms);
  }
  REQUIRE(uids.size() == 1);
  const auto message = imap(env, "INBOX/;UID=" + uids[0]);
  CHECK(message.find("X-Distill-Digest: ") != std::string::npos);
  CHECK(message.find("Content-Type: multipart/alternative;") != std::string::npos);
  const auto text = distill::deliver::extract_part(message, "plain");
  INFO(text);
  CHECK(text.find("Rust Roundup") != std::string::npos);
  CHECK(text.find("Curious Weekly") != std::string::npos);
  CHECK_FALSE(distill::deliver::extract_part(message, "html").empty());

  // The lander story, linked by three newsletters (one through a redirect
  // to its AMP page), is a top story told once, with the others named.
  CHECK(text.find("Top stories (in several newsletters)\n  • ") != std::string::npos);
  CHECK(std::regex_search(text, std::regex("also in:? (Orbit Weekly|The Science Desk|Tech Brief) \\[\\d+\\], "
                                           "(Orbit Weekly|The Science Desk|Tech Brief) \\[\\d+\\]")));
  // Within the budget, and every issue either in full or listed after it.
  REQUIRE(std::regex_search(text, m, std::regex("· (\\d+) min read")));
  CHECK(std::stoi(m[1]) <= 2);
  const auto toc_at = text.find("In this digest\n");
  REQUIRE(toc_at != std::string::npos);
  const auto toc = text.substr(toc_at, text.find("\n\n", toc_at) - toc_at);
  int in_full = 0;
  for (auto at = toc.find("\n  "); at != std::string::npos; at = toc.find("\n  ", at + 1)) {
    in_full += std::isdigit(static_cast<unsigned char>(toc[at + 3])) ? 1 : 0;
  }
  REQUIRE(std::regex_search(text, m, std::regex("\nAnd (\\d+) more issues? from \\d+ newsletters?, beyond the 2 min")));
  CHECK(in_full + std::stoi(m[1]) == n);

  const auto second = run_distill({"--config", config.string(), "run"}, run_env);
  INFO(second.err);
  CHECK(second.status == 0);
  CHECK(second.err.find("nothing new to send") != std::string::npos);
  std::this_thread::sleep_for(300ms);  // a second copy would arrive as fast as the first did
  CHECK(uids_with(env, message_id).size() == 1);
  fs::remove_all(dir);
}
