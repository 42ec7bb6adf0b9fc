// SMTP delivery against real servers on 127.0.0.1: the harness's Postfix
// (STARTTLS on its SMTP port, implicit TLS + AUTH on SMTPS) delivering into
// the Maildir its Dovecot serves, and a python3-aiosmtpd server started here
// that refuses (550, 552, 554), defers (451), stalls or drops the connection
// mid-DATA.

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"
#include "tests/servers/servers_env.hpp"
#include "tests/support/fault_smtp.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <random>
#include <thread>

#include "app/curl_global.hpp"
#include "app/stage_deliver.hpp"
#include "deliver/compose.hpp"
#include "deliver/sink.hpp"
#include "store/store.hpp"

extern char** environ;

namespace fs = std::filesystem;
using namespace distill;
using namespace std::chrono_literals;

namespace {

using distill::test::server_env;

using distill::test::FaultServer;
using distill::test::TempDir;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every message file in the Maildir (new/ and cur/) that carries the
// Message-ID, after waiting up to 10 s for at least `expected` of them
// (delivery is asynchronous) and a little longer for any extra copy.
std::vector<std::string> delivered(const std::map<std::string, std::string>& env, const std::string& message_id,
                                   std::size_t expected) {
  const auto needle = "Message-ID: <" + message_id + ">";
  std::vector<std::string> found;
  auto scan = [&] {
    found.clear();
    for (const char* sub : {"new", "cur"}) {
      const fs::path dir = fs::path(env.at("MAILDIR")) / sub;
      if (!fs::exists(dir)) continue;
      for (const auto& entry : fs::directory_iterator(dir)) {
        auto text = read_file(entry.path());
        if (text.find(needle) != std::string::npos) found.push_back(std::move(text));
      }
    }
  };
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  for (scan(); found.size() < expected && std::chrono::steady_clock::now() < deadline; scan()) {
    std::this_thread::sleep_for(50ms);
  }
  // A duplicate would arrive as fast as the first copy did.
  std::this_thread::sleep_for(300ms);
  scan();
  return found;
}

transform::Digest sample_digest(const std::string& title) {
  transform::Summary s;
  s.source = "Integration News";
  s.title = title;
  s.lede = "A lede with a line that starts with a dot follows.";
  s.points = {".leading dot stays", "Zürich — ✓ UTF-8 survives"};
  deliver::ComposeOptions o;
  o.from = "distill <digest@example.com>";
  o.to = {"test@example.com", "second@example.org"};
  o.now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  return deliver::compose_digest({s}, o);
}

const deliver::Envelope k_envelope{"digest@example.com", {"test@example.com", "second@example.org"}};

config::Settings settings_for(const std::string& url, const std::string& ca_file) {
  config::Settings s;
  s.smtp.url = url;
  s.smtp.ca_file = ca_file;
  s.smtp.from = "distill <digest@example.com>";
  s.smtp.to = {"test@example.com"};
  return s;
}

}  // namespace

TEST_CASE("smtp sink delivers over STARTTLS and the digest arrives with its headers and parts",
          "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  deliver::SmtpOptions o;
  o.url = "smtp://127.0.0.1:" + env.at("SMTP_PORT");
  o.ca_file = env.at("CA_FILE");
  deliver::SmtpSink sink(o);
  const auto digest = sample_digest("STARTTLS delivery");
  const auto reply = sink.send(digest, k_envelope);
  CHECK(reply.starts_with("250"));

  // Two recipients, one Maildir: two copies, each the bytes we composed.
  const auto copies = delivered(env, digest.message_id, 2);
  REQUIRE(copies.size() == 2);
  for (const auto& copy : copies) {
    std::string normalized = copy;  // Maildir files have LF line ends
    CHECK(copy.find("X-Distill-Digest: ") != std::string::npos);
    CHECK(copy.find("Content-Type: multipart/alternative;") != std::string::npos);
    CHECK(copy.find("Content-Type: text/plain; charset=UTF-8") != std::string::npos);
    CHECK(copy.find("Content-Type: text/html; charset=UTF-8") != std::string::npos);
    std::string crlf;
    for (char c : copy) {
      if (c == '\n' && (crlf.empty() || crlf.back() != '\r')) crlf += '\r';
      crlf += c;
    }
    const auto body_at = crlf.find("\r\n\r\n", crlf.find("Message-ID:"));
    const auto our_body_at = digest.mime.find("\r\n\r\n");
    CHECK(crlf.substr(body_at) == digest.mime.substr(our_body_at));  // dot-stuffing undone, bytes intact
  }
}

TEST_CASE("smtp sink authenticates over implicit TLS and reports a refused login", "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  deliver::SmtpOptions o;
  o.url = "smtps://127.0.0.1:" + env.at("SMTPS_PORT");
  o.ca_file = env.at("CA_FILE");
  o.user = env.at("MAIL_USER");
  o.password = env.at("MAIL_PASSWORD");
  const auto digest = sample_digest("SMTPS delivery");
  CHECK(deliver::SmtpSink(o).send(digest, k_envelope).starts_with("250"));
  CHECK(delivered(env, digest.message_id, 2).size() == 2);

  o.password = "wrong-password";
  try {
    deliver::SmtpSink(o).send(sample_digest("bad login"), k_envelope);
    FAIL("a wrong password was accepted");
  } catch (const deliver::Error& e) {
    const std::string what = e.what();
    CHECK(what.find("535") != std::string::npos);  // the server's reply
    CHECK(what.find("wrong-password") == std::string::npos);
  }
}

TEST_CASE("smtp sink refuses a server whose certificate it cannot verify", "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  deliver::SmtpOptions o;
  o.url = "smtp://127.0.0.1:" + env.at("SMTP_PORT");
  o.ca_file = env.at("WRONG_CA_FILE");
  CHECK_THROWS_WITH(deliver::SmtpSink(o).send(sample_digest("unverified"), k_envelope),
                    Catch::Contains("certificate", Catch::CaseSensitive::No));
}

TEST_CASE("a digest deferred or cut off by the server stays pending and a later run delivers it once",
          "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  const std::string mode = GENERATE(std::string("tempfail"), std::string("drop"));
  INFO("fault: " << mode);
  TempDir dir;
  auto store = store::Store::open(dir.path() / "distill.db");
  store::IncomingMessage m;
  m.raw.mailbox = "INBOX";
  m.raw.bytes = "Subject: issue\r\n\r\nbody " + mode;
  m.info.message_id = "retry-" + mode + "-" + std::to_string(std::random_device{}()) + "@news.example";
  const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  REQUIRE(store.add_message(m, now) == store::AddResult::added);
  transform::Summary sum;
  sum.source = "Retry News";
  sum.title = "Retry after " + mode;
  sum.lede = "This digest is sent exactly once.";
  store.mark_processed(store.message_ids(store::MessageStatus::fresh).back(), "retry", sum, {}, now);

  app::DeliverRequest request;
  request.now = now;
  std::string message_id;
  {
    FaultServer faulty(env, mode);
    const auto settings = settings_for("smtp://127.0.0.1:" + std::to_string(faulty.port()), env.at("CA_FILE"));
    try {
      app::deliver_pending(settings, store, request);
      FAIL("the faulty server's refusal went unnoticed");
    } catch (const deliver::Error& e) {
      const std::string what = e.what();
      if (mode == "tempfail") CHECK(what.find("451 4.3.0 try again later") != std::string::npos);
      CHECK(e.kind() == deliver::Error::Kind::transient);
      CHECK(what.find("smtp://127.0.0.1:") != std::string::npos);
    }
    const auto pending = store.pending_digest();
    REQUIRE(pending);
    CHECK(pending->attempts == 1);
    CHECK_FALSE(pending->last_error.empty());
    message_id = pending->message_id;
  }
  CHECK(delivered(env, message_id, 0).empty());

  const auto settings = settings_for("smtp://127.0.0.1:" + env.at("SMTP_PORT"), env.at("CA_FILE"));
  request.now = now + 15min;
  const auto report = app::deliver_pending(settings, store, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.sent[0].resent);
  CHECK(report.sent[0].message_id == message_id);
  CHECK_FALSE(store.pending_digest());

  request.now = now + 30min;
  CHECK(app::deliver_pending(settings, store, request).sent.empty());
  CHECK(delivered(env, message_id, 1).size() == 1);
}

namespace {

store::TimePoint now_seconds() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

// Stores one processed issue with `summary` and returns its message id.
std::int64_t add_issue(store::Store& store, const transform::Summary& summary, store::TimePoint now) {
  store::IncomingMessage m;
  m.raw.mailbox = "INBOX";
  m.raw.bytes = "Subject: " + summary.title.substr(0, 40) + "\r\n\r\n" + summary.lede;
  m.info.message_id = std::to_string(std::random_device{}()) + "." + std::to_string(std::random_device{}()) +
                      "@news.example";
  REQUIRE(store.add_message(m, now) == store::AddResult::added);
  const auto id = store.message_ids(store::MessageStatus::fresh).back();
  store.mark_processed(id, "news", summary, {}, now);
  return id;
}

transform::Summary issue(const std::string& title, const std::string& lede) {
  transform::Summary s;
  s.source = "Fault News";
  s.title = title;
  s.lede = lede;
  return s;
}

}  // namespace

TEST_CASE("smtp sink reports a refusal for size with the server's reply, not the QUIT after it",
          "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  FaultServer faulty(env, "size");  // SIZE 200000
  deliver::SmtpOptions o;
  o.url = "smtp://127.0.0.1:" + std::to_string(faulty.port());
  o.ca_file = env.at("CA_FILE");
  std::vector<transform::Summary> many;
  for (int i = 0; i < 150; ++i) {
    auto s = issue("Issue " + std::to_string(i), std::string(590, 'a' + i % 26));
    s.points.assign(8, std::string(290, 'p'));
    many.push_back(s);
  }
  deliver::ComposeOptions co;
  co.from = "distill <digest@example.com>";
  co.to = {"test@example.com"};
  co.now = now_seconds();
  const auto digest = deliver::compose_digest(many, co);
  REQUIRE(digest.mime.size() > 200000);
  try {
    deliver::SmtpSink(o).send(digest, k_envelope);
    FAIL("a digest above the server's SIZE went through");
  } catch (const deliver::Error& e) {
    const std::string what = e.what();
    INFO(what);
    CHECK(e.kind() == deliver::Error::Kind::refused);
    CHECK(e.reply().starts_with("552"));
    CHECK(what.find("server said: 552") != std::string::npos);
    CHECK(what.find("221 ") == std::string::npos);  // the QUIT's "221 Bye"
  }
}

TEST_CASE("a newsletter with a 5 MB title still makes a digest the server takes", "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  FaultServer faulty(env, "size");  // SIZE 200000
  TempDir dir;
  auto store = store::Store::open(dir.path() / "distill.db");
  const auto now = now_seconds();
  add_issue(store, issue(std::string(5 * 1024 * 1024, 'T'), "A title no mail client would show."), now);
  add_issue(store, issue("A later issue", "It arrives after the big one."), now);
  const auto settings = settings_for("smtp://127.0.0.1:" + std::to_string(faulty.port()), env.at("CA_FILE"));
  app::DeliverRequest request;
  request.now = now;
  const auto report = app::deliver_pending(settings, store, request);
  REQUIRE(report.sent.size() == 1);
  CHECK(report.sent[0].issues == 2);
  CHECK(report.sent[0].bytes < 200000);
  CHECK(report.refused.empty());
  CHECK_FALSE(store.pending_digest());
}

TEST_CASE("a digest refused for good does not block delivery: the others go out, the culprit ends alone",
          "[deliver][integration]") {
  const auto env = server_env();
  app::CurlGlobal curl;
  FaultServer faulty(env, "poison");  // 554 for a message that holds POISON
  TempDir dir;
  auto store = store::Store::open(dir.path() / "distill.db");
  const auto now = now_seconds();
  for (const char* title : {"Alpha", "Bravo", "POISON pill", "Delta"}) add_issue(store, issue(title, "Text."), now);
  const auto settings = settings_for("smtp://127.0.0.1:" + std::to_string(faulty.port()), env.at("CA_FILE"));
  app::DeliverRequest request;
  request.now = now;
  const auto report = app::deliver_pending(settings, store, request);

  std::vector<std::string> delivered_titles;
  for (const auto& sent : report.sent) {
    for (const auto id : store.digest_messages(sent.record)) delivered_titles.push_back(store.summary(id)->title);
  }
  std::sort(delivered_titles.begin(), delivered_titles.end());
  CHECK(delivered_titles == std::vector<std::string>{"Alpha", "Bravo", "Delta"});
  REQUIRE_FALSE(report.refused.empty());
  for (const auto& r : report.refused) CHECK(r.reply == "554 5.7.1 content refused by test policy");
  CHECK(report.refused.back().issues == 1);
  CHECK_FALSE(store.pending_digest());

  // Nothing is left to retry: the refused issue is not sent again, and a
  // newsletter that arrives later goes out.
  add_issue(store, issue("Echo", "Later."), now);
  request.now = now + 1h;
  const auto later = app::deliver_pending(settings, store, request);
  REQUIRE(later.sent.size() == 1);
  REQUIRE(later.sent[0].issues == 1);
  CHECK(store.summary(store.digest_messages(later.sent[0].record).at(0))->title == "Echo");
  CHECK(later.refused.empty());
  const auto st = store.status();
  REQUIRE_FALSE(st.refused.empty());
  CHECK(st.refused.front().issues == 1);
  CHECK(st.digests_pending == 0);
}
