#include "transform/evidence.hpp"

#include <catch2/catch.hpp>

#include "transform/words.hpp"

using namespace distill::transform;

namespace {
Link link(std::string url, std::string text = "link") { return Link{std::move(text), std::move(url)}; }
}  // namespace

TEST_CASE("url_host and site_of_host give the host and the site it belongs to", "[transform]") {
  CHECK(url_host("https://www.Example.org/a?b=c") == "example.org");
  CHECK(url_host("http://user@news.example.com:8080/x") == "news.example.com");
  CHECK(url_host("mailto:editor@example.org").empty());
  // A browser reads a backslash as a slash: the host ends there, and
  // what follows it is path, not the host the reader is shown.
  CHECK(url_host("https://evil.example\\@bank.example/login") == "evil.example");
  CHECK(site_of_host("news.example.com") == "example.com");
  CHECK(site_of_host("shop.example.co.uk") == "example.co.uk");
  CHECK(site_of_host("example.de") == "example.de");
  // The public suffix list knows suffixes of more than two labels and a
  // host's own sites on a shared one.
  CHECK(site_of_host("click.mail.example.com.br") == "example.com.br");
  CHECK(site_of_host("amt.stadt.gv.at") == "stadt.gv.at");
  CHECK(site_of_host("ann.github.io") == "ann.github.io");
  CHECK(site_of_host("bob.github.io") != site_of_host("ann.github.io"));
  CHECK(site_of_host("192.0.2.7") == "192.0.2.7");
  CHECK(site_of_host("localhost") == "localhost");
}

TEST_CASE("link_role tells subscription pages in any language", "[transform]") {
  CHECK(link_role(link("https://mail.example.net/unsubscribe?id=42")) == LinkRole::subscription);
  CHECK(link_role(link("https://example.fr/newsletter/desinscription/abc")) == LinkRole::subscription);
  CHECK(link_role(link("https://example.nl/afmelden?u=1")) == LinkRole::subscription);
  CHECK(link_role(link("https://lists.example.org/profile?u=1&id=2")) == LinkRole::subscription);
  CHECK(link_role(link("https://example.org/manage-preferences")) == LinkRole::subscription);
  // The List-Unsubscribe host: every page there manages the subscription.
  CHECK(link_role(link("https://esp.example.net/p/xyz"), "esp.example.net") == LinkRole::subscription);
  // But for its home page, where a publisher hosting its own list links
  // its masthead, unless its query says otherwise.
  CHECK(link_role(link("https://www.paper.example/?utm_source=brief"), "www.paper.example") == LinkRole::other);
  CHECK(link_role(link("https://www.paper.example"), "www.paper.example") == LinkRole::other);
  CHECK(link_role(link("https://www.paper.example/?action=unsubscribe&u=4"), "www.paper.example") ==
        LinkRole::subscription);
  // A story about opting out is not a preference page.
  CHECK(link_role(link("https://optout-news.example.com/2024/privacy-rules")) == LinkRole::other);
}

TEST_CASE("link_role tells share intents, social profiles and app stores", "[transform]") {
  CHECK(link_role(link("https://twitter.com/intent/tweet?url=https://example.org")) == LinkRole::share_intent);
  CHECK(link_role(link("https://www.facebook.com/sharer/sharer.php?u=x")) == LinkRole::share_intent);
  CHECK(link_role(link("https://www.linkedin.com/shareArticle?url=x")) == LinkRole::share_intent);
  CHECK(link_role(link("https://wa.me/?text=hello")) == LinkRole::share_intent);
  CHECK(link_role(link("mailto:?subject=Read%20this")) == LinkRole::share_intent);
  CHECK(link_role(link("https://www.instagram.com/example_news/")) == LinkRole::social_profile);
  CHECK(link_role(link("https://www.linkedin.com/company/example-news")) == LinkRole::social_profile);
  // A post is news a story may link to, not a profile.
  CHECK(link_role(link("https://x.com/example/status/123456")) == LinkRole::other);
  CHECK(link_role(link("https://apps.apple.com/app/example/id123")) == LinkRole::app_store);
  CHECK(link_role(link("https://play.google.com/store/apps/details?id=org.example")) == LinkRole::app_store);
  CHECK(link_role(link("https://example.org/story")) == LinkRole::other);
  CHECK(link_role(link("https://www.twitch.tv/example_club")) == LinkRole::social_profile);
}

TEST_CASE("link_role tells refer-a-friend pages by their paths in several languages", "[transform]") {
  CHECK(link_role(link("https://club.example/refer")) == LinkRole::referral);
  CHECK(link_role(link("https://scuola.example/invita?ref=7e1d")) == LinkRole::referral);
  CHECK(link_role(link("https://journal.example/parrainage/abc")) == LinkRole::referral);
  CHECK(link_role(link("https://loja.example/indique?c=1")) == LinkRole::referral);
  CHECK(link_role(link("https://verein.example/mitglieder/empfehlen")) == LinkRole::referral);
  // The word inside a story's slug, or in the host, tells nothing.
  CHECK(link_role(link("https://news.example/2026/referendum-results")) == LinkRole::other);
  CHECK(link_role(link("https://refer.example/story")) == LinkRole::other);
}

TEST_CASE("link_role tells an affiliate redirect by a segment of its path or a parameter", "[transform]") {
  CHECK(link_role(link("https://go.digest.example/aff/toolbox")) == LinkRole::affiliate);
  CHECK(link_role(link("https://shop.example/item/42?aff_id=991")) == LinkRole::affiliate);
  CHECK(link_role(link("https://letter.example/affiliate/fonts?c=2")) == LinkRole::affiliate);
  // The letters inside a story's slug, or in a host, tell nothing.
  CHECK(link_role(link("https://news.example/2026/affordable-housing")) == LinkRole::other);
  CHECK(link_role(link("https://aff.example/story")) == LinkRole::other);
}

TEST_CASE("link_role tells a newsletter's sign-up page by the last segment of its path", "[transform]") {
  CHECK(link_role(link("https://amap.example/lettre")) == LinkRole::signup);
  CHECK(link_role(link("https://club.example/subscribe?src=fwd")) == LinkRole::signup);
  CHECK(link_role(link("https://verein.example/newsletter/abonnieren/")) == LinkRole::signup);
  // An issue's page under the word is no sign-up page.
  CHECK(link_role(link("https://club.example/newsletter/2026-05-12")) == LinkRole::other);
}

TEST_CASE("link_role tells a survey by a host of its own, and a button speaks for a new member", "[transform]") {
  CHECK(link_role(link("https://encuestas.example/hotel/estancia?e=1")) == LinkRole::survey);
  CHECK(link_role(link("https://surveys.club.example/outing")) == LinkRole::survey);
  CHECK(link_role(link("https://survey-results.example/2026")) == LinkRole::other);
  CHECK(reader_voiced_action(fold_for_match("Quiero ser socio")));
  CHECK(reader_voiced_action(fold_for_match("I want to join")));
  CHECK(reader_voiced_action(fold_for_match("Ik wil lid worden")));
  CHECK_FALSE(reader_voiced_action(fold_for_match("The club wants new members")));
}

TEST_CASE("a membership button in the reader's voice, as each language words it; a member's news is not",
          "[transform]") {
  CHECK(reader_voiced_action(fold_for_match("J'adhère")));
  CHECK(reader_voiced_action(fold_for_match("Je deviens membre")));
  CHECK(reader_voiced_action(fold_for_match("Ich werde Mitglied")));
  CHECK(reader_voiced_action(fold_for_match("Me hago socia")));
  CHECK(reader_voiced_action(fold_for_match("Mi associo")));
  CHECK(reader_voiced_action(fold_for_match("Ik word lid")));
  CHECK(reader_voiced_action(fold_for_match("Quero me associar")));
  CHECK_FALSE(reader_voiced_action(fold_for_match("J'adhère à cette idée, a répondu la maire lundi.")));
  CHECK_FALSE(reader_voiced_action(fold_for_match("De club telt nu 400 leden")));
}

TEST_CASE("an ad's voice: second person and a call to action, in several languages", "[transform]") {
  CHECK(addresses_reader(fold_for_match("Ship your app twice as fast.")));
  CHECK(addresses_reader(fold_for_match("Gagnez du temps avec votre comptabilité.")));
  CHECK(addresses_reader(fold_for_match("Spare Zeit mit deiner Buchhaltung.")));
  CHECK_FALSE(addresses_reader(fold_for_match("The minister announced the budget on Monday.")));
  CHECK(calls_to_action(fold_for_match("Book your demo today.")));
  CHECK(calls_to_action(fold_for_match("Jetzt kostenlos testen.")));
  CHECK(calls_to_action(fold_for_match("Descubre cómo en nuestra web.")));
  CHECK_FALSE(calls_to_action(fold_for_match("The court will rule in March.")));
  // A partner's code to redeem on its own site.
  CHECK(calls_to_action(fold_for_match("Use code JET15 at sunrent.example.")));
  CHECK(calls_to_action(fold_for_match("Mit dem Code REISE10 bei mietwagen.example 10 % sparen.")));
  CHECK(calls_to_action(fold_for_match("Avec le code ETE20 sur location.example.")));
  CHECK(calls_to_action(fold_for_match("Con el código VERANO en coches.example.")));
  CHECK_FALSE(calls_to_action(fold_for_match("The code was published on GitHub at noon.")));
  // A button that orders the reader's first box or simulates their savings.
  CHECK(calls_to_action(fold_for_match("Bestel je eerste kist")));
  CHECK(calls_to_action(fold_for_match("Order your first box")));
  CHECK(calls_to_action(fold_for_match("Commandez votre premier panier")));
  CHECK(calls_to_action(fold_for_match("Je simule mon installation →")));
  CHECK(calls_to_action(fold_for_match("Simula tu ahorro")));
  CHECK(calls_to_action(fold_for_match("Simuliere deine Ersparnis")));
  CHECK(calls_to_action(fold_for_match("Simule o seu consumo")));
  CHECK_FALSE(calls_to_action(fold_for_match("The first order of the new plant shipped in May.")));
}

TEST_CASE("list_unsubscribe_host reads the first http URL of the header", "[transform]") {
  CHECK(list_unsubscribe_host("<mailto:leave@example.org>, <https://esp.example.net/u/abc>") == "esp.example.net");
  CHECK(list_unsubscribe_host("<mailto:leave@example.org>").empty());
  CHECK(list_unsubscribe_host("").empty());
}

TEST_CASE("lists_mirrors: one download on three hosts, by links or by addresses in plain text", "[transform]") {
  // The same file on three hosts, the addresses written in the text.
  CHECK(lists_mirrors({},
                      "Main site: http://www.tool.example/get/te24.zip Mirrors: ftp://ftp.files.example/pub/te24.zip "
                      "http://dl.softnest.example/te24.zip"));
  // The same two last folders of a release's images, one of them a link.
  CHECK(lists_mirrors({{"Mirror", "http://linux.mirrors.example.net/3.1/iso/"}},
                      "ftp://ftp.distro.example/pub/distro/3.1/iso/ ftp://mirror.campus.example/distro/3.1/iso/"));
  // Links of an HTML page behind short labels.
  CHECK(lists_mirrors({{"US", "https://us.files.example/player-2.0.exe"},
                       {"Europe", "https://eu.dl.example/mirror/player-2.0.exe"},
                       {"Asia", "http://asia.download.example/player-2.0.exe"}},
                      "US Europe Asia"));
  // Two hosts are a download and its copy; three pages that end alike
  // ("/archive/", "/index.html", a dated "2024/03") are sites, no mirrors.
  CHECK_FALSE(lists_mirrors({}, "http://a.example/x/te24.zip ftp://b.example/x/te24.zip"));
  CHECK_FALSE(lists_mirrors({}, "http://a.example/archive/ http://b.example/archive/ ftp://c.example/archive/"));
  CHECK_FALSE(lists_mirrors({{"A", "https://a.example/news/index.html"},
                             {"B", "https://b.example/news/index.html"},
                             {"C", "https://c.example/blog/index.html"}},
                            ""));
  CHECK_FALSE(lists_mirrors({}, "https://a.example/2024/03 https://b.example/2024/03 https://c.example/2024/03"));
  CHECK_FALSE(lists_mirrors({}, "The same file is on three servers."));
}
