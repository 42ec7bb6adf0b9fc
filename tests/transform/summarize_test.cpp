#include "transform/summarize.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "transform/clean.hpp"
#include "transform/html_document.hpp"
#include "transform/text_document.hpp"
#include "transform/words.hpp"

using namespace distill::transform;

namespace {

Block para(std::string text, std::vector<Link> links = {}) {
  return Block{BlockKind::paragraph, 0, std::move(text), std::move(links)};
}
Block heading(std::string text, int level = 2, std::vector<Link> links = {}) {
  return Block{BlockKind::heading, level, std::move(text), std::move(links)};
}
Block item(std::string text, std::vector<Link> links = {}) {
  return Block{BlockKind::list_item, 1, std::move(text), std::move(links)};
}

CleanResult kept(std::vector<Block> blocks) {
  CleanResult r;
  r.kept.blocks = std::move(blocks);
  return r;
}

// A long issue: a main story of many paragraphs, two shorter stories and a
// reading list.
CleanResult long_issue() {
  std::vector<Block> b;
  b.push_back(heading("Harbour reopens after the storm", 1, {{"Harbour reopens after the storm", "https://x.example/p/1"}}));
  b.push_back(para("The city harbour reopened on Thursday after a three-week closure, the port authority said. "
                   "The shutdown cost local fishing fleets an estimated $4 million."));
  for (int i = 0; i < 14; ++i) {
    b.push_back(para("Paragraph " + std::to_string(i + 2) +
                     " of the harbour story explains how engineers from Halden Marine worked through the nights, "
                     "what the repairs to the north breakwater involved, and why the channel needed dredging again."));
  }
  b.push_back(heading("Ferries", 1));
  b.push_back(para("A new ferry timetable starts in May, with twelve daily crossings to Elm Island instead of eight."));
  b.push_back(para("The operator said fares will stay the same until the end of the year."));
  b.push_back(heading("Schools", 1));
  b.push_back(para("Three schools on the east side will share one new sports hall, the council decided on Monday."));
  b.push_back(heading("What else we're reading", 1));
  b.push_back(item("Lighthouse museum wins a heritage grant [Gazette]", {{"Gazette", "https://gazette.example/l"}}));
  b.push_back(item("Cod quotas rise for the first time in a decade [Fish Daily]", {{"Fish Daily", "https://fish.example/c"}}));
  b.push_back(item("Why the old pier is sinking [Coast News]", {{"Coast News", "https://coast.example/p"}}));
  return kept(std::move(b));
}

SummarizeOptions options(int points = 4, std::string source = {}, std::string title = {}) {
  SummarizeOptions o;
  o.points = points;
  o.source = std::move(source);
  o.title = std::move(title);
  return o;
}

std::string all_text(const Summary& s) {
  std::string t = s.lede;
  for (const auto& p : s.points) t += "\n" + p;
  for (const auto& i : s.items) t += "\n" + i.title + "\n" + i.blurb;
  return t;
}

}  // namespace

TEST_CASE("summarize gives a lede from the main story, points and items", "[transform]") {
  Summary s = summarize(long_issue(), options(4, "Harbour Weekly", "Harbour reopens"));
  CHECK(s.source == "Harbour Weekly");
  CHECK(s.title == "Harbour reopens");
  CHECK(s.lede.find("harbour reopened on Thursday") != std::string::npos);
  CHECK_FALSE(s.points.empty());
  CHECK(s.points.size() <= 4);
  REQUIRE_FALSE(s.items.empty());
  CHECK(s.items.front().title == "Harbour reopens after the storm");
  CHECK(s.items.front().url == "https://x.example/p/1");
  bool reading_list = false;
  for (const auto& i : s.items) {
    CHECK(i.title != "What else we're reading");  // a list's label is no story
    if (i.title.starts_with("Lighthouse museum wins a heritage grant")) {
      reading_list = true;
      CHECK(i.url == "https://gazette.example/l");
    }
  }
  CHECK(reading_list);
}

TEST_CASE("summarize keeps a long issue's summary within 15% of its words", "[transform]") {
  CleanResult issue = long_issue();
  Summary s = summarize(issue);
  CHECK(s.words_kept > 400);
  CHECK(summary_words(s) <= s.words_kept * 15 / 100);
  SECTION("and a tighter share when asked, down to a lede and one point") {
    SummarizeOptions tight;
    tight.max_share = 0.1;
    tight.min_words = 20;
    Summary t = summarize(issue, tight);
    CHECK(summary_words(t) <= s.words_kept * 10 / 100);
    CHECK(summary_words(t) < summary_words(s));
    tight.max_share = 0.01;
    Summary tiny = summarize(issue, tight);
    CHECK_FALSE(tiny.lede.empty());
    CHECK(tiny.points.size() == 1);
    CHECK(summary_words(tiny) <= 50);
  }
  SECTION("points never exceed the configured number") {
    CHECK(summarize(issue, options(1)).points.size() <= 1);
  }
}

TEST_CASE("summarize is deterministic", "[transform]") {
  CleanResult issue = long_issue();
  Summary a = summarize(issue, options(4, "X"));
  for (int i = 0; i < 3; ++i) CHECK(summarize(issue, options(4, "X")) == a);
}

TEST_CASE("summarize never says what clean removed as sponsor", "[transform]") {
  Document d;
  CleanResult base = long_issue();
  d.blocks = base.kept.blocks;
  // Between the main story and the next one, where sponsors sit.
  auto ferries = std::find(d.blocks.begin(), d.blocks.end(), heading("Ferries", 1));
  ferries = d.blocks.insert(ferries, para("Acme Boats builds the sturdiest dinghies on the coast, with 20% off this week only."));
  d.blocks.insert(ferries, heading("Brought to you by Acme Boats", 1));
  Summary s = summarize(clean(d));
  CHECK(all_text(s).find("Acme") == std::string::npos);
  CHECK(s.removed_counts.at("sponsor") == 2);
  CHECK(s.blocks_removed == 2);
  CHECK(s.words_in > s.words_kept);
}

TEST_CASE("summarize reads a short issue whole and still gives a lede and a point", "[transform]") {
  Summary s = summarize(kept({para("Our spring sale starts on Monday. Every jacket is 30% off until Sunday night.")}));
  CHECK(s.lede == "Our spring sale starts on Monday.");
  REQUIRE(s.points.size() == 1);
  CHECK(s.points.front() == "Every jacket is 30% off until Sunday night.");
}

TEST_CASE("summarize copes with an issue without sentences", "[transform]") {
  SECTION("nothing at all") {
    Summary s = summarize(kept({}), options(4, "", "Empty issue"));
    CHECK(s.lede == "Empty issue");
  }
  SECTION("only link titles") {
    Summary s = summarize(kept({item("First link title here", {{"First link title here", "https://a/"}}),
                                item("Second link title here", {{"Second link title here", "https://b/"}}),
                                item("Third link title here", {{"Third link title here", "https://c/"}})}));
    CHECK_FALSE(s.lede.empty());
    CHECK_FALSE(s.points.empty());
  }
}

TEST_CASE("summarize takes items from titled paragraphs and headline lead-ins", "[transform]") {
  CleanResult issue = kept({heading("News", 1),
                            para("Web Services Center Now Available\nThe new Web Services Center is a resource for "
                                 "developers who build and deploy web services on the platform."),
                            para("Community Code Launches\nCommunity Code is a browsable repository where members "
                                 "review, customise and extend each other's sample code."),
                            heading("Tour de headlines", 1),
                            para("Goldman Sachs to lay off hundreds. The bank plans to reinstate annual culls which it "
                                 "had suspended during the pandemic, starting next week."),
                            para("Nurses walk off the job. Fifteen thousand nurses in Minnesota plan to stay out for "
                                 "three days to demand fixes for understaffing.")});
  SummarizeOptions roomy;
  roomy.min_words = 200;
  Summary s = summarize(issue, roomy);
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "Web Services Center Now Available") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "Community Code Launches") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "Goldman Sachs to lay off hundreds") != titles.end());
}

TEST_CASE("summarize uses the description after a link item's title only as that item's blurb", "[transform]") {
  // A short issue whose reading list describes each link after a dash. The
  // descriptions are not sentences ("an executor in 2 KB of RAM."): as a
  // key point or the lede they read as fragments, without the title that is
  // their subject.
  auto link_item = [](const std::string& title, const std::string& rest, const std::string& url) {
    return item(title + " — " + rest, {{title, url}});
  };
  CleanResult issue = kept(
      {heading("Rust Roundup #212", 1),
       para("Async closures are stable as of this week's release, ending a three-year wait for one of the most "
            "requested language features."),
       para("Benchmarks from the compiler team show incremental rebuilds 18% faster on a 400-crate workspace, mostly "
            "from better query caching."),
       heading("Links of the week", 2),
       link_item("How a parallel linker gets its speed", "a tour of the design decisions behind a modern linker.",
                 "https://blog.example.dev/linker"),
       link_item("Zero-copy parsing with borrowed buffers", "when lifetimes pay for themselves.",
                 "https://blog.example.dev/zero-copy"),
       link_item("Error handling patterns that scale", "context, chains and one place to print.",
                 "https://blog.example.dev/errors"),
       link_item("Async on a microcontroller", "an executor in 2 KB of RAM.", "https://blog.example.dev/embedded")});
  for (int points : {1, 3}) {
    Summary s = summarize(issue, options(points));
    INFO(all_text(s));
    CHECK(s.lede.starts_with("Async closures are stable"));
    REQUIRE_FALSE(s.points.empty());
    for (const auto& p : s.points) {
      CHECK_FALSE(p.starts_with("a tour"));
      CHECK_FALSE(p.starts_with("when lifetimes"));
      CHECK_FALSE(p.starts_with("context, chains"));
      CHECK_FALSE(p.starts_with("an executor"));
    }
    // A description that made it into the summary is its own item's blurb.
    for (const auto& i : s.items) {
      if (i.blurb == "an executor in 2 KB of RAM.") CHECK(i.title == "Async on a microcontroller");
      if (i.blurb == "when lifetimes pay for themselves.") CHECK(i.title == "Zero-copy parsing with borrowed buffers");
    }
  }
}

TEST_CASE("summarize takes no item title from a line that a sentence goes on from", "[transform]") {
  // Plain-text issues wrap at a fixed width; a wrapped line is no headline,
  // and what follows it is no sentence of its own.
  CleanResult issue = kept(
      {heading("Paying online", 1),
       para("Card payments have become an everyday convenience that we take for granted, but they carry risks "
            "worth a moment's thought before the next purchase."),
       item("If you order by phone with a credit card, make sure that you are"),
       para("talking to the right person at the bank, and hang up on anyone who asks for your full card number "
            "or your PIN."),
       para("Keep the receipts of every order until the statement arrives\n"
            "and compare the two line by line at the end of the month, since refunds take up to ten days."),
       para("A short headline of its own\nThe paragraph under it says what the headline promises, in full.")});
  SummarizeOptions roomy;
  roomy.min_words = 200;
  Summary s = summarize(issue, roomy);
  INFO(all_text(s));
  for (const auto& i : s.items) {
    CHECK(i.title != "If you order by phone with a credit card, make sure that you are");
    CHECK(i.title != "Keep the receipts of every order until the statement arrives");
  }
  CHECK_FALSE(s.lede.starts_with("talking"));
  for (const auto& p : s.points) {
    CHECK_FALSE(p.starts_with("talking"));
    CHECK_FALSE(p.starts_with("and compare"));
  }
  // A short line over a sentence of its own still titles its paragraph.
  CHECK(std::any_of(s.items.begin(), s.items.end(), [](const Item& i) { return i.title == "A short headline of its own"; }));
}

TEST_CASE("summarize takes the lede from what the story says, not from the issue's name line", "[transform]") {
  // A plain-text issue opens with its name on a line of its own, then the
  // story. The name line is no statement and no lead-in to the next one.
  CleanResult issue = kept(
      {para("Garden Notes — Issue 12: The first frost"),
       para("The first frost came early this year. Dahlias were lifted on Sunday and the tubers are drying in the "
            "shed, wrapped in newspaper."),
       para("The leeks and parsnips stay in the ground; frost makes parsnips sweeter, and both keep better in the "
            "soil than in any store.")});
  Summary s = summarize(issue);
  CHECK(s.lede.starts_with("The first frost came early this year."));
  CHECK(s.lede.find("Garden Notes") == std::string::npos);
  // Nor is it a key point: the digest shows the issue's title and source.
  Summary named = summarize(issue, options(4, "Garden Notes", "Garden Notes #12: The first frost"));
  CHECK(named.lede.starts_with("The first frost came early this year."));
  for (const auto& p : named.points) CHECK(p.find("Garden Notes") == std::string::npos);
  // With nothing else to say, the name line still makes a lede.
  CHECK(summarize(kept({para("Garden Notes — Issue 12: The first frost")})).lede ==
        "Garden Notes — Issue 12: The first frost");
}

TEST_CASE("summarize titles a plain-text link item by its words, not its address", "[transform]") {
  CleanResult issue = kept(
      {heading("What I'm reading", 2),
       item("\"The Living Soil\" on why tilling less means more worms: https://soil.example.org/living-soil",
            {{"https://soil.example.org/living-soil", "https://soil.example.org/living-soil"}}),
       item("A field guide to winter birds in small gardens - https://birds.example.org/winter-guide",
            {{"https://birds.example.org/winter-guide", "https://birds.example.org/winter-guide"}})});
  SummarizeOptions roomy;
  roomy.min_words = 200;
  Summary s = summarize(issue, roomy);
  std::vector<Item> expected = {
      {"\"The Living Soil\" on why tilling less means more worms", "https://soil.example.org/living-soil", ""},
      {"A field guide to winter birds in small gardens", "https://birds.example.org/winter-guide", ""}};
  CHECK(s.items == expected);
}

TEST_CASE("summarize says nothing glued to a plain-text underline", "[transform]") {
  // A plain-text heading and its "=====" underline that ran into the text
  // below them: the heading titles the story, the rule is no part of it.
  CleanResult issue = kept(
      {para("The harbour reopened on Thursday after a three-week closure, the port authority said on Friday."),
       para("FERRY TIMES CHANGE ================ A new timetable starts in May, with twelve daily crossings to "
            "Elm Island instead of eight."),
       para("The operator said that fares will stay the same until the end of the year, whatever fuel costs.")});
  SummarizeOptions roomy;
  roomy.min_words = 200;
  Summary s = summarize(issue, roomy);
  INFO(all_text(s));
  CHECK(all_text(s).find("====") == std::string::npos);
  REQUIRE_FALSE(s.items.empty());
  CHECK(s.items.front().title == "FERRY TIMES CHANGE");
  CHECK_THAT(all_text(s), Catch::Contains("A new timetable starts in May"));
}

TEST_CASE("summarize reports the web link and what was removed", "[transform]") {
  CleanResult r = long_issue();
  r.removed.push_back({para("View in browser", {{"View in browser", "https://x.example/p/1?web"}}), "chrome: view in browser",
                       RemovalKind::chrome, "view in browser", Category::view_online});
  r.removed.push_back({para("Unsubscribe"), "footer: \"unsubscribe\"", RemovalKind::footer, "\"unsubscribe\"", {}});
  r.kept.tracking_pixels = 2;
  r.kept.tracking_params_removed = 7;
  Summary s = summarize(r);
  CHECK(s.web_url == "https://x.example/p/1?web");
  CHECK(s.removed_counts.at("chrome") == 1);
  CHECK(s.removed_counts.at("footer") == 1);
  CHECK(s.removed_counts.at("tracking pixel") == 2);
  CHECK(s.removed_counts.at("tracking parameter") == 7);
}

TEST_CASE("summarize works on German issues", "[transform]") {
  CleanResult issue = kept({heading("Neuigkeiten", 1),
                            para("Ab sofort erhalten Sie im zweiwöchigen Rhythmus spannende Tipps rund um das Thema "
                                 "E-Mail-Marketing. Weltweit nutzen über 2.000 Kunden unsere Software."),
                            para("Unsere Knowledge Base ist eine Wissensplattform, die Ihnen einen Überblick über alle "
                                 "wichtigen Themen gibt.")});
  Summary s = summarize(issue);
  CHECK(s.lede.find("zweiwöchigen Rhythmus") != std::string::npos);
  CHECK_FALSE(s.points.empty());
}

namespace {

// A word no other word of the issue repeats: the number in letters ("bac").
std::string unique_word(std::size_t n) {
  std::string w;
  do {
    w += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n > 0);
  return w + "o";
}

// An issue of about `bytes` of text in which no sentence repeats another:
// headed sections of paragraphs, each of four twelve-word sentences.
CleanResult unique_issue(std::size_t bytes) {
  CleanResult r;
  std::size_t size = 0;
  std::size_t word = 0;
  for (int para_no = 0; size < bytes; ++para_no) {
    if (para_no % 10 == 0) {
      r.kept.blocks.push_back(heading("Section " + unique_word(word) + " " + unique_word(word + 1), 2));
      word += 2;
    }
    std::string text;
    for (int s = 0; s < 4; ++s) {
      text += "The " + unique_word(word++);
      for (int w = 0; w < 10; ++w) text += " " + unique_word(word++);
      text += " in 20" + std::to_string(10 + s) + ". ";
    }
    size += text.size();
    r.kept.blocks.push_back(para(std::move(text)));
  }
  return r;
}

}  // namespace

TEST_CASE("summarize does bounded work on a huge issue", "[transform]") {
  // A 20 MB newsletter of unique text: choosing looks at a bounded number of
  // candidates and the comparisons grow with the sentences, not their
  // square, so that a message the size limit admits is summarized in time.
  SummarizeWork small_work;
  const Summary small = summarize(unique_issue(2'000'000), {}, &small_work);
  SummarizeWork work;
  const Summary s = summarize(unique_issue(20'000'000), {}, &work);
  CHECK(work.sentences > 200'000);
  CHECK(work.sentences > 8 * small_work.sentences);
  // Choosing weighs a pool of the same size however long the issue is;
  // beyond it, a sentence is looked at once at most (for a first point).
  CHECK(work.candidates <= 400'000 + work.sentences);
  CHECK(work.candidates - work.sentences <= small_work.candidates - small_work.sentences + 1000);
  CHECK(work.comparisons <= 20 * work.sentences);
  // And the summary stays one a reader can take in.
  CHECK_FALSE(s.lede.empty());
  CHECK_FALSE(s.points.empty());
  CHECK(summary_words(s) <= SummarizeOptions{}.max_words + 60);
  CHECK(summary_words(small) <= SummarizeOptions{}.max_words + 60);
}

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(DISTILL_FIXTURES_DIR) + "/summarize/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("summarize leads with the news, not a greeting, credit, question or call to action", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("lede-traps.html"))), options(4, "Harbour Desk"));
  INFO(all_text(s));
  CHECK(s.lede.starts_with("The harbour reopened on Thursday after a three-week closure"));
  for (const auto& p : s.points) {
    CHECK(p.find("Read the full story") == std::string::npos);
    CHECK(p.find("Read more") == std::string::npos);
    CHECK(p.find("Photo by") == std::string::npos);
  }
}

TEST_CASE("summarize leads with the news in French, Spanish and Dutch issues too", "[transform]") {
  struct Case {
    const char* fixture;
    const char* news;      // what the lede must say
    const char* sign_off;  // what no point may be
  };
  for (const Case& c : {Case{"lede-traps-fr.html", "Le port de Saint-Aubin a rouvert mardi", "Merci pour votre"},
                        Case{"lede-traps-es.html", "aprobó el lunes un plan de 4 millones", "Un saludo cordial"},
                        Case{"lede-traps-nl.html", "3 miljoen euro te investeren", "Met vriendelijke groet"}}) {
    INFO(c.fixture);
    const Summary s = summarize(clean(html_to_document(fixture(c.fixture))), options(4, "Havenkrant"));
    INFO(all_text(s));
    CHECK_THAT(s.lede, Catch::Contains(c.news));
    CHECK_FALSE(s.points.empty());
    for (const auto& p : s.points) {
      CHECK(p.find(c.sign_off) == std::string::npos);
      CHECK(p.find(':') == std::string::npos);  // no credit line
    }
  }
}

TEST_CASE("summarize leads with the paragraph that states the news, not an opening hook and its background",
          "[transform]") {
  // The first paragraph announces ("This week we have big news") and gives
  // four sentences of background without a name or number; the news is the
  // lead of the second paragraph. A paragraph lead is placed among the
  // paragraphs, not behind every sentence of the one before it.
  const Summary s =
      summarize(clean(html_to_document(fixture("lede-second-paragraph-it.html"))), options(3, "Notizie dal porto"));
  INFO(all_text(s));
  CHECK_THAT(s.lede, Catch::Contains("Stella del Nord"));
  CHECK_FALSE(s.lede.starts_with("Questa settimana"));
}

TEST_CASE("summarize does not take a German noun's capital for a name", "[transform]") {
  // German capitalizes every noun: a sentence of nouns ("Die Fähre, der
  // Hafen und die Werft ...") names nobody, and the point is the sentence
  // with the numbers.
  const Summary s = summarize(clean(html_to_document(fixture("capitalized-nouns-de.html"))), options(1, "Hafenbrief"));
  INFO(all_text(s));
  REQUIRE(s.points.size() == 1);
  CHECK_THAT(s.points.front(), Catch::Contains("4 mal am Tag"));
}

TEST_CASE("summarize lists no line of a table of contents, however short", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("toc-short-lines.html"))), options(3, "Havenkrant"));
  INFO(all_text(s));
  for (const auto& item : s.items) {
    CHECK(item.title != "Kort nieuws");
    CHECK(item.title != "Een mooie foto");
  }
}

TEST_CASE("summarize gives an essay its thesis as lede and points with names and numbers", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("essay.html"))), options(3, "Tide Notes"));
  INFO(all_text(s));
  CHECK(s.lede.find("40 minutes late") != std::string::npos);
  REQUIRE_FALSE(s.points.empty());
  CHECK(s.points.size() <= 3);
  // A point states something specific: a name or a number.
  for (const auto& p : s.points) {
    CHECK(std::any_of(p.begin() + 1, p.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }));
  }
}

TEST_CASE("summarize lists a roundup's stories with their links", "[transform]") {
  const Summary s =
      summarize(clean(html_to_document(fixture("roundup.html"))), options(4, "The Coastal Wire", "The Coastal Wire #88"));
  INFO(all_text(s));
  CHECK(s.lede.find("harbour reopened on Thursday") != std::string::npos);
  std::vector<std::string> urls;
  for (const auto& i : s.items) urls.push_back(i.url);
  for (const char* url : {"https://wire.example.org/harbour-reopens", "https://wire.example.org/ferry-timetable",
                          "https://wire.example.org/cod-quota", "https://wire.example.org/lighthouse-grant",
                          "https://wire.example.org/sports-hall"}) {
    CHECK(std::find(urls.begin(), urls.end(), url) != urls.end());
  }
}

TEST_CASE("summarize lists a plain-text headline list as its stories", "[transform]") {
  const Summary s = summarize(clean(text_to_document(fixture("headlines.txt"))), options(4, "Coastal Wire"));
  INFO(all_text(s));
  REQUIRE(s.items.size() >= 4);
  for (const auto& i : s.items) {
    CHECK(i.url.starts_with("https://wire.example.org/"));
    CHECK(i.title.find("http") == std::string::npos);
  }
  // The lede is one headline, not two glued together.
  CHECK(s.lede.find("\n") == std::string::npos);
  CHECK(count_words(s.lede) <= 12);
}

TEST_CASE("summarize lists a plain-text link digest's item titles, not its section headings", "[transform]") {
  const Summary s =
      summarize(clean(text_to_document(fixture("link-digest.txt"))), options(4, "The Loom Digest", "Looms restart"));
  const std::string text = all_text(s);
  INFO(text);
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "WEAVING & TEXTILES") == titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "TOOLS & PATTERNS") == titles.end());
  CHECK_THAT(text, Catch::Contains("Harrowgate"));
  CHECK_THAT(text, Catch::Contains("Indigo dye prices"));
  CHECK_THAT(text, Catch::Contains("Patternbook 4.0"));
  CHECK(text.find("http") == std::string::npos);
  CHECK(text.find("minute read") == std::string::npos);
}

TEST_CASE("summarize quotes a list digest's message headers by their subjects only", "[transform]") {
  // "Date: ... From: Name <address> Subject: ..." heads each message of a
  // mailing list's digest: its subject is the message's headline, the rest
  // no statement (list-digest.txt).
  const Summary s = summarize(clean(text_to_document(fixture("list-digest.txt"))), options(4, "Allotment-L"));
  const std::string text = all_text(s);
  INFO(text);
  CHECK(text.find('@') == std::string::npos);
  CHECK(text.find("From:") == std::string::npos);
  CHECK(text.find("Date:") == std::string::npos);
  CHECK(text.find("Subject:") == std::string::npos);
  CHECK_THAT(text, Catch::Contains("heat treated"));
}

TEST_CASE("summarize reads a capitalised title that runs into its story, and a sentence without its address",
          "[transform]") {
  const Summary s = summarize(clean(text_to_document(fixture("caps-titles.txt"))), options(4, "Harbour News"));
  const std::string text = all_text(s);
  INFO(text);
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "FERRY TIMETABLE CHANGES IN MAY") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "NEW LIGHTHOUSE MUSEUM OPENS") != titles.end());
  // A sentence that opens in capitals goes on in lower case: no title.
  CHECK(std::find(titles.begin(), titles.end(), "ONCE UPON A TIME") == titles.end());
  CHECK_THAT(text, Catch::Contains("Twelve daily crossings to Elm Island"));
  CHECK(text.find("https://") == std::string::npos);
  CHECK(text.find("wire.example.org") == std::string::npos);
}

TEST_CASE("summarize quotes a story's first sentence that repeats its own title, not a table of contents",
          "[transform]") {
  const Summary s =
      summarize(clean(text_to_document(fixture("toc-own-title-es.txt"))), options(4, "Boletín del Puerto"));
  const std::string text = all_text(s);
  INFO(text);
  // "Las obras del muelle norte empiezan ..." repeats the title "OBRAS EN
  // EL MUELLE NORTE" and goes on: it states the story's news.
  CHECK_THAT(text, Catch::Contains("nueve semanas"));
  // The table of contents repeats the titles of the sections below it.
  CHECK(text.find("En este número") == std::string::npos);
}

TEST_CASE("summarize quotes no opening that only names the stories below it", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("overview-opening-fr.html"))), options(4, "Le Kervel"));
  const std::string text = all_text(s);
  INFO(text);
  // "Au sommaire cette semaine : la réouverture du port, la nouvelle
  // navette ..." names three stories and says nothing of them, and the
  // sentence after it in its paragraph names a fourth.
  CHECK(text.find("Au sommaire") == std::string::npos);
  CHECK(text.find("Et aussi") == std::string::npos);
  // The lede states the first story's news.
  CHECK_THAT(s.lede, Catch::Contains("rouvert jeudi"));
}

TEST_CASE("summarize reads two words in capitals as a story's title among longer ones, and skips the masthead",
          "[transform]") {
  const Summary s =
      summarize(clean(text_to_document(fixture("caps-titles-two-words.txt"))), options(4, "The Quayside Gazette"));
  const std::string text = all_text(s);
  INFO(text);
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "CRANE RECALL") != titles.end());
  // No sentence starts with the title it runs into.
  CHECK(text.find("CRANE RECALL The maker") == std::string::npos);
  // "THE QUAYSIDE GAZETTE Tuesday briefing" opens with the sender's name
  // and ends in no stop: the masthead, no point.
  CHECK(text.find("Tuesday briefing") == std::string::npos);
}

TEST_CASE("summarize gives a product its price sentence as blurb", "[transform]") {
  const Summary s =
      summarize(clean(html_to_document(fixture("price-sentences.html"))), options(4, "Riverbend Outdoor"));
  INFO(all_text(s));
  // "Was $1,290, now $990." says too little to be a point, but it is what
  // the reader of a shop's issue looks for under the product's name.
  int priced = 0;
  for (const auto& i : s.items) {
    if (i.title.starts_with("Touring kayak")) CHECK(i.blurb == "Was $1,290, now $990.");
    priced += i.blurb.find('$') != std::string::npos ? 1 : 0;
  }
  CHECK(priced >= 2);
  for (const auto& p : s.points) CHECK(p.find("now $") == std::string::npos);
}

TEST_CASE("summarize takes no lede from an opening of only a subtitle and a greeting", "[transform]") {
  const Summary s =
      summarize(clean(html_to_document(fixture("greeting-subtitle-lede.html"))), options(4, "Harbour Letter"));
  INFO(all_text(s));
  // The subtitle ends in no stop, the greeting states nothing: the first
  // story's news is the lede.
  CHECK(s.lede.find("Notes from the harbour") == std::string::npos);
  CHECK(s.lede.find("Hi everyone") == std::string::npos);
  CHECK_THAT(s.lede, Catch::Contains("strike"));
}

TEST_CASE("summarize lists a title without prose under it when the words allow, and greets nobody", "[transform]") {
  CleanResult issue = kept({para("Hello!"),
                            para("Your followed author, Mara Quill, has a new book in the shops this week."),
                            heading("Out this week", 3),
                            heading("The Lighthouse Keeper's Daughter (Paperback)", 2),
                            para("Kind regards, the Bookshop Team")});
  const Summary s = summarize(issue, options(4, "Bookshop Alerts"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), Catch::Contains("The Lighthouse Keeper's Daughter"));
  for (const auto& p : s.points) {
    CHECK(p != "Hello!");
    CHECK(p.find("Kind regards") == std::string::npos);
  }
  SECTION("but a bare label of a table is no story") {
    CleanResult table = kept({para("The harbour reopened on Thursday after a three-week closure, the port said."),
                              heading("Tides", 3), para("06:12 1.8 m"), heading("Ferries", 2),
                              para("Twelve daily crossings to Elm Island start in May, the operator said.")});
    const Summary t = summarize(table, options(4));
    for (const auto& i : t.items) CHECK(i.title != "Tides");
  }
}

TEST_CASE("summarize titles a plain-text story by the title-case line over it", "[transform]") {
  const Summary s = summarize(clean(text_to_document(fixture("plain-titles.txt"))), options(4, "Harbour Almanac"));
  INFO(all_text(s));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "The Keeper of the North Light") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "The Harbour in Old Photographs") != titles.end());
  CHECK_THAT(all_text(s), Catch::Contains("Ada Brennan"));
}

TEST_CASE("summarize takes a sentence that names HTTP, but none with an address in it", "[transform]") {
  CleanResult issue = kept(
      {para("The HTTP Almanac documents every status code that servers send, with 240 examples from real sites."),
       para("Order it from https://almanac.example.org/order or by phone from Monday to Friday, said the editors."),
       para("Its two authors, Ines Roth and Tom Vale, tested each example against 12 web servers in 2024.")});
  const Summary s = summarize(issue, options(4));
  const std::string text = all_text(s);
  INFO(text);
  CHECK_THAT(text, Catch::Contains("The HTTP Almanac documents every status code"));
  CHECK(text.find("almanac.example.org") == std::string::npos);
}

TEST_CASE("summarize lists a shop's product cards with their prices, the fullest first", "[transform]") {
  const Summary s =
      summarize(clean(html_to_document(fixture("shop-cards-de.html"))), options(2, "Sonnenhof", "Gartenangebote"));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  // The offers' date stays listed, and the fullest cards with their prices.
  CHECK(std::find(titles.begin(), titles.end(), "Gartenangebote ab Montag, 3.3.") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "WASSERFEE Regentonne 210 l mit Deckel \xE2\x80\x94 34,99*") !=
        titles.end());
  // No unit line titles anything, and no card line is the lede.
  for (const auto& t : titles) CHECK(t.rfind("je ", 0) != 0);
  CHECK(s.lede.find("Frühling") != std::string::npos);
  for (const auto& p : s.points) CHECK(p.rfind("je ", 0) != 0);
}

TEST_CASE("summarize gives a product card its description as blurb, never as lede or point", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("shop-cards-nl.html"))), options(2, "De Linde"));
  bool described = false;
  for (const auto& i : s.items) {
    if (i.title.find("\xE2\x80\x94 \xE2\x82\xAC") != std::string::npos && !i.blurb.empty()) described = true;
  }
  CHECK(described);
  CHECK(s.lede.find("eikenhout") == std::string::npos);
  for (const auto& p : s.points) CHECK(p.find("eikenhout") == std::string::npos);
}

TEST_CASE("summarize lists a review's closing verdict line, the review's result", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("review-verdict.html"))), options(3, "Ferry Notes"));
  INFO(all_text(s));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "Verdict: recommended") != titles.end());
  // A label over prose ("Price:") is no verdict: it is listed for its prose, if at all.
  for (const auto& t : titles) CHECK(t.find("Tom Vale") == std::string::npos);
}

TEST_CASE("summarize takes the sentence a one-word line with a colon announces", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("announced-thesis.html"))), options(2, "Pier Letters"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), Catch::Contains("a boat that leaves three minutes later loses almost nothing"));
}

TEST_CASE("summarize keeps a grade's minus in a closing verdict line", "[transform]") {
  // "Overall: A-": the dash ends the grade, it is no separator to strip.
  const Summary s = summarize(clean(html_to_document(fixture("review-grades.html"))), options(3, "Bakery Notes"));
  INFO(all_text(s));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "Overall: A-") != titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "Overall: A") == titles.end());
}

TEST_CASE("summarize takes no signature line (name, job title, site) for a point", "[transform]") {
  const Summary s = summarize(clean(html_to_document(fixture("signature-line.html"))), options(4, "Harbour Desk"));
  INFO(all_text(s));
  CHECK(all_text(s).find("Managing Editor") == std::string::npos);
  CHECK_THAT(all_text(s), Catch::Contains("1,200 old timetables"));
}

TEST_CASE("summarize spends a roundup's words on its stories, not on points that name nothing", "[transform]") {
  // In an issue of four stories or more, a point beyond the first needs a
  // name or a number ("Nobody wanted to wait any longer." says nothing a
  // reader can use); the words go to the stories' titles and blurbs instead.
  const Summary s =
      summarize(clean(html_to_document(fixture("roundup-vague-points.html"))), options(4, "The Quay Letter"));
  INFO(all_text(s));
  REQUIRE_FALSE(s.points.empty());
  for (std::size_t k = 1; k < s.points.size(); ++k) {
    const std::string& p = s.points[k];
    CHECK(std::any_of(p.begin() + 1, p.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }));
  }
  for (const auto& p : s.points) {
    for (const char* vague : {"the mood turned", "It was a long night", "Nobody wanted to wait"}) {
      CHECK(p.find(vague) == std::string::npos);
    }
  }
}

TEST_CASE("summarize keeps a line of a label and a code as a point, never as the lede", "[transform]") {
  // "Código de descuento: VELA2024": too short for a sentence, but the code
  // is what the reader has to type; a label with a value of digits only
  // ("Horario: 10-20") is no code.
  const Summary s = summarize(clean(html_to_document(fixture("code-line-es.html"))), options(4, "Velas del Puerto"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), Catch::Contains("VELA2024"));
  CHECK(s.lede.find("VELA2024") == std::string::npos);
  for (const auto& p : s.points) CHECK(p.find("10-20") == std::string::npos);
}

TEST_CASE("summarize lists a link list's one-sentence entries after the short titles of later stories", "[transform]") {
  // "A maintainer of a popular logging library looks back on ten years ...":
  // an entry told in one long sentence costs the words of a point; the
  // short titles of the tools below it come first.
  const Summary s =
      summarize(clean(html_to_document(fixture("sentence-titles.html"))), options(4, "Harbour Code Weekly"));
  INFO(all_text(s));
  bool tidewire = false;
  for (const auto& i : s.items) tidewire = tidewire || i.title.starts_with("Tidewire 0.9");
  CHECK(tidewire);
  CHECK(all_text(s).find("handing it over to a foundation") == std::string::npos);
}

TEST_CASE("summarize tells every story of a short roundup in a sentence, within a larger budget", "[transform]") {
  // Five stories of a paragraph each, 220 words in all: the floor of 80
  // words would list every title but tell only two or three of the
  // stories; each story is worth its title and a sentence, up to 60% of
  // the issue.
  const Summary s = summarize(clean(html_to_document(fixture("short-roundup-de.html"))), options(4, "Rathausbrief"));
  INFO(all_text(s));
  const std::string text = all_text(s);
  // Each story's sentences, by a phrase of each: one of them is quoted.
  const std::vector<std::vector<const char*>> stories = {
      {"neue Fußgängerbrücke", "3,1 Millionen Euro", "Radfahrer müssen"},
      {"Freibad am Wiesenweg", "Saisonkarte kostet", "Sprungbecken bleibt"},
      {"Stadtbücherei in der", "zwei neue Teilzeitstellen"},
      {"Wochenmarkt am Mittwoch", "Arbeiten dauern"},
      {"Freiwillige gemeinsam", "Werkzeug und Handschuhe"}};
  for (const auto& story : stories) {
    CHECK(std::any_of(story.begin(), story.end(), [&](const char* p) { return text.find(p) != std::string::npos; }));
  }
  CHECK(summary_words(s) <= 0.6 * s.words_kept);
}

TEST_CASE("summarize tells most stories of a roundup of stories of a paragraph each in a sentence", "[transform]") {
  // Five stories of one paragraph of about 65 words each under their
  // headings, some 340 words: the floor of 80 words would list the titles
  // and tell the first story or two; a reader of a digest wants each
  // story's news, which its title alone does not give.
  const Summary s = summarize(clean(html_to_document(fixture("roundup-mid-en.html"))), options(4, "Harbour Town"));
  INFO(all_text(s));
  const std::string text = all_text(s);
  REQUIRE(s.words_kept > 300);
  const std::vector<std::vector<const char*>> stories = {
      {"6:40", "22:30", "fares will not rise"},
      {"420,000 pounds", "twelve more desks", "local history collection"},
      {"thirty miles", "1.2 million pounds", "same price"},
      {"eight months", "four kilometres", "new decks"},
      {"212 nesting pairs", "nest boxes"}};
  // Each story's sentences, by a phrase of each: four of the five are
  // told within the roundup's budget of 30 words a story (the floor told
  // one).
  const auto told = std::count_if(stories.begin(), stories.end(), [&](const auto& story) {
    return std::any_of(story.begin(), story.end(), [&](const char* p) { return text.find(p) != std::string::npos; });
  });
  CHECK(told >= 4);
  CHECK(summary_words(s) <= 0.6 * s.words_kept);
}

TEST_CASE("summarize keeps a long roundup of short linked items within the share of a long issue", "[transform]") {
  // Fifteen linked items of a sentence each in three sections, over 400
  // words: a title and a sentence for every item would be most of the
  // issue. The summary gets 15% like any long issue, and lists the items'
  // titles, which name the news, before telling more sentences.
  const Summary s = summarize(clean(html_to_document(fixture("long-roundup.html"))), options(4, "Linkletter"));
  INFO(all_text(s));
  REQUIRE(s.words_kept >= 400);
  // The floor of 80 words, or 15% (a title may go a little over).
  CHECK(summary_words(s) <= std::max(85.0, 0.16 * s.words_kept));
  CHECK(s.items.size() >= 7);
  CHECK(!s.lede.empty());
  CHECK(!s.points.empty());
}

TEST_CASE("summarize quotes no point in a long issue that only names again what the summary named", "[transform]") {
  // Seven titled stories, over 800 words: the first story's second
  // sentence names only the line, streets and day its lede named. Its
  // words go to another story's sentence with a figure of its own.
  const Summary s =
      summarize(clean(html_to_document(fixture("long-issue-new-names.html"))), options(4, "Riverside Review"));
  INFO(all_text(s));
  REQUIRE(s.words_kept >= 400);
  CHECK_THAT(s.lede, Catch::Contains("Harbour Line reopened"));
  CHECK_THAT(all_text(s), !Catch::Contains("is the busiest in town"));
  CHECK_THAT(all_text(s), Catch::Contains("310,000 pounds") || Catch::Contains("38,000 pounds"));
  CHECK(summary_words(s) <= 0.16 * s.words_kept);
}

TEST_CASE("summarize tells another story of a long issue before its lede story's second sentence", "[transform]") {
  // The first story's second sentence names a firm and a figure, about as
  // much as the other stories' first figures: the lede told that story's
  // news, so the first point comes from another story.
  const Summary s =
      summarize(clean(html_to_document(fixture("long-issue-lede-story.html"))), options(4, "Riverside Review"));
  INFO(all_text(s));
  REQUIRE(s.words_kept >= 400);
  CHECK_THAT(s.lede, Catch::Contains("Harbour Line reopened"));
  REQUIRE(!s.points.empty());
  CHECK_THAT(s.points.front(), !Catch::Contains("Norland Rail"));
  CHECK(summary_words(s) <= 0.16 * s.words_kept);
}

TEST_CASE("summarize takes no lede from a short untitled introduction to three titled stories", "[transform]") {
  // "heute geht es um Geld für die Schiene, ...": the opening names what
  // the stories below tell, in words other than their titles; the lede is
  // the first story's news, and the introduction is no point either.
  const Summary s = summarize(clean(html_to_document(fixture("intro-teaser-de.html"))), options(4, "Kreisbote"));
  INFO(all_text(s));
  CHECK_THAT(s.lede, Catch::Contains("210 Millionen Euro"));
  CHECK_THAT(all_text(s), !Catch::Contains("heute geht es um"));
}

TEST_CASE("summarize quotes no link label under a story as a point", "[transform]") {
  // "Lees het volledige verhaal PREMIUM": a short line without a stop that
  // is mostly a link's text is a button, whatever its words.
  const Summary s = summarize(clean(html_to_document(fixture("link-label-nl.html"))), options(4, "Stadskrant"));
  INFO(all_text(s));
  for (const auto& p : s.points) {
    CHECK(p.find("volledige verhaal") == std::string::npos);
    CHECK(p.find("Alles over") == std::string::npos);
  }
  CHECK(s.lede.find("volledige verhaal") == std::string::npos);
}

TEST_CASE("summarize tells the other stories of a short roundup before its lede story's details", "[transform]") {
  // The first story's second sentence is all figures, but the lede told
  // that story already: the short stories after it come first.
  const Summary s =
      summarize(clean(html_to_document(fixture("short-roundup-lede-es.html"))), options(4, "Cartagena Hoy"));
  INFO(all_text(s));
  const std::string text = all_text(s);
  CHECK_THAT(s.lede, Catch::Contains("ampliación del muelle"));
  const std::vector<std::vector<const char*>> stories = {
      {"cada 20 minutos", "viajeros de la noche"}, {"120 puestos", "Los estudiantes"}, {"17 de mayo", "apuntarse"}};
  for (const auto& story : stories) {
    CHECK(std::any_of(story.begin(), story.end(), [&](const char* p) { return text.find(p) != std::string::npos; }));
  }
}

TEST_CASE("summarize quotes no sentence that opens with a greeting, however long", "[transform]") {
  // "Bonjour à toutes et à tous, cette semaine nous parlons de ...": the
  // letter's opening addresses the reader and lists the topics; it is
  // neither the lede nor a point, even when it names places and numbers.
  const Summary s =
      summarize(clean(html_to_document(fixture("greeting-intro-fr.html"))), options(4, "Le Tram et la Ville"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), !Catch::Contains("Bonjour"));
  CHECK_THAT(all_text(s), Catch::Contains("T9"));
}

TEST_CASE("summarize quotes a long sentence up to its semicolon when the whole does not fit", "[transform]") {
  // Four short stories and a budget of 80 words: the school roof's
  // sentence does not fit whole, its head before the semicolon does and
  // gives the figure; the clause after it is left out.
  const Summary s = summarize(clean(html_to_document(fixture("clause-cut.html"))), options(4, "Town Notes"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s),
             Catch::Contains("$3.2 million on Thursday to replace the leaking roof of the Northgate primary school."));
  CHECK_THAT(all_text(s), !Catch::Contains("summer holidays"));
  // The sentences a short issue tells beyond the budget keep it within four
  // fifths of the issue.
  CHECK(summary_words(s) <= s.words_kept * 4 / 5);
}

TEST_CASE("summarize tells a short issue's lede and three more sentences", "[transform]") {
  // Three stories of long sentences in about 200 words: after the lede and
  // the titles, a floor of 80 words has room for one more sentence; the
  // school meals' price and the library's hours are in the others.
  const Summary s =
      summarize(clean(html_to_document(fixture("short-issue-sentences.html"))), options(4, "The Millbrook Courier"));
  INFO(all_text(s));
  int told = static_cast<int>(s.points.size());
  for (const auto& item : s.items) told += item.blurb.empty() ? 0 : 1;
  CHECK(told >= 3);
  CHECK_THAT(all_text(s), Catch::Contains("1.90 pounds"));
  CHECK_THAT(all_text(s), Catch::Contains("8 pm"));
  // Each sentence it adds goes at most 45 words over the budget.
  CHECK(summary_words(s) <= 80 + 3 * 45);
}

TEST_CASE("summarize gives a short letter no point after the first that names nothing", "[transform]") {
  // One untitled story: "The ferry matters to everyone on the island, ..."
  // repeats the story's words and names nothing; the season tickets' price
  // is the point instead.
  const Summary s = summarize(clean(html_to_document(fixture("vague-points-short.html"))), options(4, "Island Letter"));
  INFO(all_text(s));
  REQUIRE(s.points.size() >= 2);
  for (std::size_t k = 1; k < s.points.size(); ++k) {
    const std::string& p = s.points[k];
    CHECK(std::any_of(p.begin() + 1, p.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }));
  }
  CHECK_THAT(all_text(s), !Catch::Contains("The ferry matters"));
  CHECK_THAT(all_text(s), !Catch::Contains("long wait"));
  CHECK_THAT(all_text(s), Catch::Contains("38 euros"));
}

TEST_CASE("summarize takes the web link from a view-online line the cleaner removed, in any language", "[transform]") {
  // The cleaner records what the removed line was (its vocabulary
  // category); the summary reads that, not the wording of the evidence.
  const char* lines[] = {"Wird diese E-Mail nicht richtig angezeigt? <a href=\"https://w.example/de\">Im Browser ansehen</a>",
                         "<a href=\"https://w.example/fr\">Voir la version en ligne</a>",
                         "<a href=\"https://w.example/en\">View this email in your browser</a>"};
  for (const char* line : lines) {
    const std::string html = std::string("<p>") + line +
                             "</p><h1>Harbour news</h1><p>The ferry to the island runs twice a day from May, the port "
                             "authority said on Monday after a vote of its board.</p>";
    const CleanResult cleaned = clean(html_to_document(html));
    REQUIRE_FALSE(cleaned.removed.empty());
    CHECK(cleaned.removed.front().category == Category::view_online);
    const std::string href = std::string(line).substr(std::string(line).find("https://"));
    CHECK(summarize(cleaned).web_url == href.substr(0, href.find('"')));
  }
}

TEST_CASE("summarize lists a magazine's teasers by their headlines and tells their news", "[transform]") {
  // Kicker, headline and byline in one block over each story: the
  // headlines are the items, the lede is the cover story's news, and no
  // kicker or byline is quoted (teaser-blocks.html).
  const Summary s = summarize(clean(html_to_document(fixture("teaser-blocks.html"))),
                              options(4, "Harbour Monthly", "Harbour Monthly: the battery ferry"));
  INFO(all_text(s));
  CHECK_THAT(s.lede, Catch::Contains("electric ferry"));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "The Last Winter at Skerry Light") != titles.end());
  CHECK_THAT(all_text(s), !Catch::Contains("COVER STORY"));
  CHECK_THAT(all_text(s), !Catch::Contains("By Ruth Okafor"));
}

TEST_CASE("summarize quotes no chart caption", "[transform]") {
  // "CHART: Weekly spot rate ...", "Figure 2: Average truck waiting time
  // ...": a caption says what a picture shows, full of names and figures,
  // and tells no news (chart-captions.html).
  const Summary s = summarize(clean(html_to_document(fixture("chart-captions.html"))), options(4, "Harbour Freight"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), !Catch::Contains("CHART:"));
  CHECK_THAT(all_text(s), !Catch::Contains("Figure 2"));
  CHECK_THAT(all_text(s), Catch::Contains("38 minutes"));
}

TEST_CASE("summarize lists a digest's entries by their titles, not their record fields", "[transform]") {
  // The fields under each entry's title ("Severity: High", "Platforms:
  // ...") are full of names and versions, but the entry's title and its
  // paragraph tell what happened (record-fields.txt).
  const Summary s = summarize(clean(text_to_document(fixture("record-fields.txt"))), options(4, "Harbour Security"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), !Catch::Contains("Severity:"));
  CHECK_THAT(all_text(s), !Catch::Contains("Platforms:"));
  std::vector<std::string> titles;
  for (const auto& i : s.items) titles.push_back(i.title);
  CHECK(std::find(titles.begin(), titles.end(), "1.2 Tidegate Router 7 default password on the service port") !=
        titles.end());
}

TEST_CASE("summarize lists no heading that names the issue's own contents", "[transform]") {
  // "SOMMAIRE" over the issue's list of stories heads no story of its own:
  // its words go to the stories (contents-heading.txt).
  const Summary s =
      summarize(clean(text_to_document(fixture("contents-heading.txt"))), options(4, "La Gazette du Port"));
  INFO(all_text(s));
  REQUIRE(!s.items.empty());
  for (const auto& i : s.items) CHECK(fold_for_match(i.title) != "sommaire");
}

TEST_CASE("summarize lists no recurring column's label and no closing greeting as an item", "[transform]") {
  // "Zitat des Tages" over a quote and "Einen schönen Tag wünscht Ihnen"
  // over the editor's name stand as headings between the stories: neither
  // heads a story, and their words go to the stories
  // (column-label-sign-off.html).
  const Summary s =
      summarize(clean(html_to_document(fixture("column-label-sign-off.html"))), options(4, "Der Hafenbote"));
  INFO(all_text(s));
  REQUIRE(!s.items.empty());
  for (const auto& i : s.items) {
    CHECK(fold_for_match(i.title) != "zitat des tages");
    CHECK_THAT(i.title, !Catch::Contains("wünscht Ihnen"));
  }
  CHECK_THAT(all_text(s), !Catch::Contains("wünscht Ihnen"));
}

TEST_CASE("summarize tells a story's figure in a long briefing before the last of its titles", "[transform]") {
  // Twelve stories of about 80 words, each under a title of eight to ten
  // words: the titles alone would take all the words the lede leaves. They
  // take most of them, and a story's sentence with its figure is told
  // (long-briefing-titles.html).
  const Summary s =
      summarize(clean(html_to_document(fixture("long-briefing-titles.html"))), options(4, "Quayside Courier"));
  INFO(all_text(s));
  REQUIRE(s.words_kept >= 400);
  CHECK_THAT(s.lede, Catch::Contains("412 to 96"));
  CHECK_THAT(all_text(s), Catch::Contains("cutting 18 jobs"));
  CHECK(s.items.size() >= 8);
  CHECK(summary_words(s) <= 0.16 * s.words_kept);
}

TEST_CASE("summarize tells a story's second sentence with its figure in place of a first that names nothing",
          "[transform]") {
  // "Early mornings at the market are busy again this spring, ..." sets the
  // scene and names no one; the sentence after it gives the market's
  // figure and the sellers' name, and is told in its place
  // (second-sentence-names.html).
  const Summary s =
      summarize(clean(html_to_document(fixture("second-sentence-names.html"))), options(4, "Saltmere Harbour News"));
  INFO(all_text(s));
  CHECK_THAT(all_text(s), Catch::Contains("18 tonnes"));
  CHECK_THAT(all_text(s), !Catch::Contains("Early mornings"));
}

TEST_CASE("summarize tells the sentence of a story that gives a share or a sum before the one that sets its scene",
          "[transform]") {
  // Each story opens with when and how it began ("... in August 2023 when
  // inspectors found cracks ...") and goes on with what it cost or found
  // ("$2.4 million, 15 percent of which ..."): the second one is the news
  // (quantity-sentences.html, quantity-sentences-de.html).
  SECTION("English") {
    const Summary s = summarize(clean(html_to_document(fixture("quantity-sentences.html"))), options(4, "Town Desk"));
    INFO(all_text(s));
    CHECK_THAT(all_text(s), Catch::Contains("$2.4 million"));
    CHECK_THAT(all_text(s), Catch::Contains("$185,000"));
    CHECK_THAT(all_text(s), !Catch::Contains("cracks in the roof beams"));
  }
  SECTION("German") {
    const Summary s =
        summarize(clean(html_to_document(fixture("quantity-sentences-de.html"))), options(4, "Stadtnachrichten"));
    INFO(all_text(s));
    CHECK_THAT(all_text(s), Catch::Contains("22 Prozent"));
    CHECK_THAT(all_text(s), Catch::Contains("9.300 Euro"));
    CHECK_THAT(all_text(s), Catch::Contains("30 Prozent"));
    CHECK_THAT(all_text(s), !Catch::Contains("die ersten Beete hinter der Turnhalle"));
  }
}

TEST_CASE("summarize lists a numbered briefing's stories without their numbers", "[transform]") {
  // Four headings numbered "1." to "4a.": the numbers only order the
  // issue, and the list of items gives their words to the stories
  // (numbered-titles.html).
  const Summary s = summarize(clean(html_to_document(fixture("numbered-titles.html"))), options(4, "Millbrook Weekly"));
  INFO(all_text(s));
  REQUIRE(s.items.size() >= 3);
  for (const auto& i : s.items) {
    REQUIRE(!i.title.empty());
    CHECK((i.title.front() < '0' || i.title.front() > '9'));
  }
  CHECK_THAT(all_text(s), Catch::Contains("Night buses return to the valley route"));
  CHECK_THAT(all_text(s), Catch::Contains("Youth football league adds a girls' division"));
}

TEST_CASE("summarize keeps a date that opens a single story's title", "[transform]") {
  // One title that opens with a day of the month ("1. Mai") among titles
  // without numbers: a date, not a list's numbering, and it stays.
  std::vector<Block> b;
  b.push_back(heading("1. Mai: Hafenfest mit Feuerwerk", 2));
  b.push_back(para("Am 1. Mai feiert der Hafen sein Fest mit 40 Ständen und einem Feuerwerk um 22 Uhr."));
  b.push_back(heading("Neue Fähre nach Sandwerder", 2));
  b.push_back(para("Die neue Fähre nach Sandwerder fährt ab Juni stündlich und nimmt 12 Fahrräder mit."));
  b.push_back(heading("Markt zieht auf den Kirchplatz", 2));
  b.push_back(para("Der Wochenmarkt zieht für acht Wochen auf den Kirchplatz, solange die Halle saniert wird."));
  const Summary s = summarize(kept(std::move(b)), options(4, "Hafenbote"));
  INFO(all_text(s));
  const bool dated = std::any_of(s.items.begin(), s.items.end(), [](const Item& i) { return i.title.starts_with("1. Mai"); });
  CHECK(dated);
}
