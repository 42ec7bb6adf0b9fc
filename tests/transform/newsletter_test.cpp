#include "transform/newsletter.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

namespace {

Document body(std::string text, std::vector<Link> links = {}) {
  Document d;
  d.blocks.push_back(Block{BlockKind::paragraph, 0, std::move(text), std::move(links)});
  return d;
}

const Document k_personal = body("Hi Sam, are we still on for lunch on Friday? Cheers, Alex");

}  // namespace

TEST_CASE("a personal message is not a newsletter", "[transform]") {
  Message m;
  CHECK(not_a_newsletter_reason(m, k_personal) == "not a newsletter");
  CHECK_FALSE(is_newsletter(m, k_personal));
}

TEST_CASE("list headers make a newsletter", "[transform]") {
  Message m;
  SECTION("List-Unsubscribe") { m.list_unsubscribe = "<https://example.com/u>"; }
  SECTION("List-Unsubscribe-Post") { m.list_unsubscribe_post = "List-Unsubscribe=One-Click"; }
  SECTION("List-Id") { m.list_id = "news.example.com"; }
  SECTION("Precedence bulk") { m.precedence = "bulk"; }
  SECTION("Precedence list") { m.precedence = "list"; }
  CHECK(is_newsletter(m, k_personal));
}

TEST_CASE("an unsubscribe link or phrase in the body makes a newsletter", "[transform]") {
  Message m;
  CHECK(is_newsletter(m, body("Manage", {{"Unsubscribe", "https://example.com/x"}})));
  CHECK(is_newsletter(m, body("Click here", {{"here", "https://example.com/opt-out?id=1"}})));
  CHECK(is_newsletter(m, body("To stop receiving these emails, reply STOP.")));
  CHECK(is_newsletter(m, body("Hier können Sie den Newsletter abbestellen.")));
  CHECK(is_newsletter(m, body("Du erhältst diese E-Mail, weil du dich angemeldet hast.")));
  CHECK(is_newsletter(m, body("Vom Newsletter", {{"abmelden", "https://example.de/n"}})));
}

TEST_CASE("include decides which messages are digested", "[transform]") {
  Message newsletter;
  newsletter.list_id = "news.example.com";
  Message personal;
  SECTION("newsletters: sources and newsletters") {
    CHECK_FALSE(not_digested_reason(newsletter, k_personal, false, "newsletters"));
    CHECK_FALSE(not_digested_reason(personal, k_personal, true, "newsletters"));
    CHECK(not_digested_reason(personal, k_personal, false, "newsletters") == "not a newsletter");
  }
  SECTION("sources: configured sources only") {
    CHECK_FALSE(not_digested_reason(personal, k_personal, true, "sources"));
    CHECK(not_digested_reason(newsletter, k_personal, false, "sources") == "not a newsletter");
  }
  SECTION("all: everything") {
    CHECK_FALSE(not_digested_reason(personal, k_personal, false, "all"));
  }
  SECTION("never distill's own digests") {
    Message digest;
    digest.digest_marker = "1";
    digest.list_id = "x";
    CHECK(not_digested_reason(digest, k_personal, true, "all") == "a digest sent by distill");
  }
}
