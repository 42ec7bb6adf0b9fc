#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "deliver/compose.hpp"
#include "deliver/sink.hpp"
#include "transform/charset.hpp"
#include "transform/mime.hpp"
#include "transform/summary_json.hpp"
#include "transform/words.hpp"

using namespace distill;
using namespace std::chrono_literals;

namespace {

std::vector<transform::Summary> load_summaries(const std::string& name) {
  std::ifstream in(std::string(DISTILL_FIXTURES_DIR) + "/deliver/" + name);
  REQUIRE(in);
  const auto j = nlohmann::json::parse(in);
  std::vector<transform::Summary> out;
  for (const auto& s : j) out.push_back(transform::summary_from_json(s));
  return out;
}

deliver::ComposeOptions options() {
  deliver::ComposeOptions o;
  o.from = "distill <digest@example.com>";
  o.to = {"me@example.com", "Partner <partner@example.org>"};
  o.subject_template = "Digest for {date}: {count} issues from {sources}";
  o.now = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::January / 24 / 2025} + 6h};
  o.utc_offset = 1h;
  return o;
}

// The header block (up to the first empty line), unfolded, one entry per field.
std::vector<std::string> headers_of(const std::string& mime) {
  const auto end = mime.find("\r\n\r\n");
  REQUIRE(end != std::string::npos);
  std::vector<std::string> fields;
  std::istringstream in(mime.substr(0, end + 2));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      REQUIRE(!fields.empty());
      fields.back() += line;
    } else {
      fields.push_back(line);
    }
  }
  return fields;
}

std::string header(const std::vector<std::string>& fields, const std::string& name) {
  for (const auto& f : fields) {
    if (f.size() > name.size() && f.compare(0, name.size() + 1, name + ":") == 0) return f.substr(name.size() + 2);
  }
  return {};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("compose builds a multipart/alternative digest with the required headers", "[deliver]") {
  const auto digest = deliver::compose_digest(load_summaries("summaries.json"), options());
  const auto fields = headers_of(digest.mime);

  CHECK(header(fields, "Date") == "Fri, 24 Jan 2025 07:00:00 +0100");
  CHECK(header(fields, "From") == "\"distill\" <digest@example.com>");
  CHECK(header(fields, "To") == "me@example.com, \"Partner\" <partner@example.org>");
  CHECK(header(fields, "MIME-Version") == "1.0");
  CHECK(header(fields, "Message-ID") == "<" + digest.message_id + ">");
  CHECK(digest.message_id.ends_with("@example.com"));
  CHECK_FALSE(header(fields, deliver::k_digest_header).empty());
  CHECK(header(fields, "Content-Type").starts_with("multipart/alternative; boundary="));
  // The subject names two sources, one with non-ASCII letters: RFC 2047.
  CHECK(header(fields, "Subject").starts_with("=?UTF-8?B?"));
  CHECK(digest.subject == "Digest for Fri 24 Jan 2025: 2 issues from Big Technology, Café Weekly");
  CHECK(std::all_of(digest.mime.begin(), digest.mime.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }));  // 7-bit clean on the wire

  SECTION("both parts are quoted-printable UTF-8 and decode to the rendered text") {
    CHECK(digest.mime.find("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
                           "quoted-printable") != std::string::npos);
    CHECK(digest.mime.find("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: "
                           "quoted-printable") != std::string::npos);
    CHECK(deliver::extract_part(digest.mime, "plain") == digest.text);
    CHECK(deliver::extract_part(digest.mime, "html") == digest.html);
  }

  SECTION("the text part has a table of contents, wrapped lines and numbered links") {
    const auto& text = digest.text;
    CHECK(text.find("In this digest") != std::string::npos);
    CHECK(text.find("1. Big Technology — Money, Drama, and China") != std::string::npos);
    CHECK(text.find("BIG TECHNOLOGY · Money, Drama") != std::string::npos);
    CHECK(text.find("CAFÉ WEEKLY · ") != std::string::npos);  // upper case beyond ASCII too
    CHECK(text.find("Removed: sponsor block, 2 promos, footer, 10 trackers.") != std::string::npos);
    CHECK(text.find("[1] https://www.bigtechnology.com/p/money-drama-and-china") != std::string::npos);
    CHECK(text.find("Item without a link — still listed") != std::string::npos);
    for (const auto& line : lines_of(text)) {
      const bool is_reference = line.starts_with("[");
      if (!is_reference) {
        std::size_t width = 0;
        for (unsigned char c : line) width += (c & 0xC0) != 0x80;
        CHECK(width <= 72);
      }
    }
  }

  SECTION("the html part is one column without scripts or remote images") {
    const auto& html = digest.html;
    CHECK(html.find("max-width:640px") != std::string::npos);
    CHECK(html.find("prefers-color-scheme: dark") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("href=\"https://www.bigtechnology.com/p/money-drama-and-china\"") != std::string::npos);
    CHECK(html.find("Removed: sponsor block, 2 promos, footer, 10 trackers.") != std::string::npos);
  }
}

TEST_CASE("compose lists an issue's items without a link apart from its links", "[deliver]") {
  transform::Summary s;
  s.source = "The Morning Ledger";
  s.title = "Rates hold";
  s.lede = "The central bank left its benchmark rate at 4.25% on Wednesday.";
  s.items = {{"Central bank holds rates", "", "Inflation cooled to 2.4%."},
             {"How a parallel linker gets its speed", "https://blog.example.dev/linker", ""},
             {"Number of the day: 1.9 million", "", ""},
             {"A link nobody can follow", "javascript:alert(1)", ""}};
  const auto digest = deliver::compose_digest({s}, options());

  // The text part: the items without a link under their own heading, the
  // links under "Links", each list in the issue's order.
  const auto lines = lines_of(digest.text);
  auto at = [&](const std::string& text) {
    return std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.find(text) != std::string::npos; }) -
           lines.begin();
  };
  const auto also = at("  Also in this issue");
  const auto links = at("  Links");
  REQUIRE(also < static_cast<std::ptrdiff_t>(lines.size()));
  REQUIRE(links < static_cast<std::ptrdiff_t>(lines.size()));
  CHECK(lines[also + 1] == "  • Central bank holds rates — Inflation cooled to 2.4%.");
  CHECK(lines[also + 2] == "  • Number of the day: 1.9 million");
  CHECK(lines[also + 3] == "  • A link nobody can follow");
  CHECK(lines[links + 1] == "  • How a parallel linker gets its speed [1]");
  CHECK(lines[links + 2].empty());

  // The HTML part: the same two lists; only the real link is a link.
  const auto& html = digest.html;
  const auto html_also = html.find(">Also in this issue</p>");
  const auto html_links = html.find(">Links</p>");
  REQUIRE(html_also != std::string::npos);
  REQUIRE(html_links != std::string::npos);
  const auto unlinked = html.substr(html_also, html_links - html_also);
  CHECK(unlinked.find("Central bank holds rates") != std::string::npos);
  CHECK(unlinked.find("<a ") == std::string::npos);
  CHECK(html.substr(html_links).find("<a href=\"https://blog.example.dev/linker\"") != std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);

  // An issue whose items all lack a link has no "Links" heading at all.
  s.items = {{"Central bank holds rates", "", ""}};
  const auto plain = deliver::compose_digest({s}, options());
  CHECK(plain.text.find("Links") == std::string::npos);
  CHECK(plain.html.find(">Links</p>") == std::string::npos);
  CHECK(plain.text.find("  • Central bank holds rates\n") != std::string::npos);
}

TEST_CASE("compose shows no item title that only repeats the issue's name", "[deliver]") {
  transform::Summary s;
  s.source = "Rust Roundup";
  s.title = "Rust Roundup #212: async closures are stable";
  s.lede = "Async closures are stable as of this week's release.";
  s.items = {{"Rust Roundup #212", "", ""},
             {"Rust Roundup #212", "", "Incremental rebuilds are 18% faster."},
             {"Closures in the standard library", "", ""}};
  const auto digest = deliver::compose_digest({s}, options());
  const auto lines = lines_of(digest.text);
  CHECK(std::count(lines.begin(), lines.end(), "  • Rust Roundup #212") == 0);
  // With a blurb, the blurb says it: the name is shown above.
  CHECK(std::count(lines.begin(), lines.end(), "  • Incremental rebuilds are 18% faster.") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "  • Closures in the standard library") == 1);
  CHECK(digest.html.find("<li style=\"margin:0 0 6px;\">Rust Roundup #212</li>") == std::string::npos);
  CHECK(digest.html.find("<li style=\"margin:0 0 6px;\">Incremental rebuilds are 18% faster.</li>") !=
        std::string::npos);
}

TEST_CASE("compose gives the same message for the same input", "[deliver]") {
  const auto a = deliver::compose_digest(load_summaries("summaries.json"), options());
  const auto b = deliver::compose_digest(load_summaries("summaries.json"), options());
  CHECK(a.mime == b.mime);
  auto later = options();
  later.now += 24h;
  CHECK(deliver::compose_digest(load_summaries("summaries.json"), later).message_id != a.message_id);
}

TEST_CASE("compose escapes markup and header breaks that came from a newsletter", "[deliver]") {
  const auto digest = deliver::compose_digest(load_summaries("hostile.json"), options());
  const auto fields = headers_of(digest.mime);
  for (const auto& f : fields) {
    CHECK_FALSE(f.starts_with("Bcc:"));
    CHECK_FALSE(f.starts_with("X-Injected:"));
  }
  CHECK(header(fields, "Subject").find("Bcc: victim@example.org") != std::string::npos);  // still in the subject

  const auto& html = digest.html;
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<iframe") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<style>body") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("href=\"javascript:") == std::string::npos);
  CHECK(html.find("href=\"data:") == std::string::npos);
  CHECK(html.find("href=\"https://example.com/?a=1&amp;b=&quot;x&quot;&gt;&lt;script&gt;\"") != std::string::npos);
  // The only tags are our own: every '<' starts a tag name we emit.
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const auto tag = html.substr(at + 1, 8);
    const bool ours = tag.starts_with("!DOCTYPE") || tag.starts_with("html") || tag.starts_with("/html") ||
                      tag.starts_with("head") || tag.starts_with("/head") || tag.starts_with("meta") ||
                      tag.starts_with("title") || tag.starts_with("/title") || tag.starts_with("style>") ||
                      tag.starts_with("/style") || tag.starts_with("body") || tag.starts_with("/body") ||
                      tag.starts_with("table") || tag.starts_with("/table") || tag.starts_with("tr>") ||
                      tag.starts_with("/tr") || tag.starts_with("td") || tag.starts_with("/td") ||
                      tag.starts_with("h1") || tag.starts_with("/h1") || tag.starts_with("h2") ||
                      tag.starts_with("/h2") || tag.starts_with("p ") || tag.starts_with("p>") ||
                      tag.starts_with("/p>") || tag.starts_with("ul") || tag.starts_with("/ul") ||
                      tag.starts_with("ol") || tag.starts_with("/ol") || tag.starts_with("li") ||
                      tag.starts_with("/li") || tag.starts_with("a href") || tag.starts_with("/a>");
    CHECK(ours);
    if (!ours) INFO("unexpected tag <" << tag);
  }
  // The text part has no raw control characters either: CR/LF in a point
  // cannot start a line of its own (a lone "." would end an SMTP DATA).
  for (const auto& line : lines_of(digest.text)) {
    CHECK(line != ".");
    CHECK(line.find('\r') == std::string::npos);
  }
}

TEST_CASE("compose of an empty period says there was nothing new", "[deliver]") {
  const auto digest = deliver::compose_digest({}, options());
  CHECK(digest.text.find("Nothing new since the last digest.") != std::string::npos);
  CHECK(digest.subject == "Digest for Fri 24 Jan 2025: 0 issues from");
}

TEST_CASE("compose refuses a digest without a usable sender or recipient", "[deliver]") {
  auto o = options();
  o.to.clear();
  CHECK_THROWS_AS(deliver::compose_digest({}, o), deliver::Error);
  o = options();
  o.from = "distill\r\nBcc: x@y";
  CHECK_THROWS_AS(deliver::compose_digest({}, o), deliver::Error);
}

TEST_CASE("wrap keeps words whole and honours the indents", "[deliver]") {
  const auto lines = deliver::wrap("one two three four five six", 14, "  • ", "    ");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "  • one two");
  CHECK(lines[1] == "    three four");
  CHECK(lines[2] == "    five six");
  CHECK(deliver::wrap("https://example.com/a-very-long-url-that-cannot-be-broken", 20, "", "") ==
        std::vector<std::string>{"https://example.com/a-very-long-url-that-cannot-be-broken"});
}

TEST_CASE("compose bounds what one newsletter puts into a digest", "[deliver]") {
  transform::Summary huge;
  huge.source = std::string(5000, 'S');
  huge.title = std::string(5 * 1024 * 1024, 'T');  // a 5 MB Subject
  huge.lede = std::string(100000, 'L');
  huge.points.assign(500, std::string(10000, 'p'));
  for (int i = 0; i < 1000; ++i) huge.items.push_back({"Item " + std::to_string(i), "https://example.com/" + std::to_string(i), std::string(5000, 'b')});
  huge.web_url = "https://example.com/" + std::string(1'000'000, 'u');
  const auto d = deliver::compose_digest({huge}, options());
  CHECK(d.mime.size() < 200'000);
  CHECK(d.subject.size() < 1000);
  REQUIRE(d.summaries.size() == 1);
  const auto& s = d.summaries[0];
  CHECK(s.title.size() <= deliver::k_max_title_chars + 3);
  CHECK(s.title.ends_with("…"));
  CHECK(s.points.size() == deliver::k_max_points);
  CHECK(s.items.size() == deliver::k_max_items);
  CHECK(s.web_url.empty());  // too long to be a link
  CHECK(d.text.find(std::string(300, 'T')) == std::string::npos);
}

TEST_CASE("compose cuts text at a character boundary", "[deliver]") {
  CHECK(deliver::cut_text("short", 10) == "short");
  CHECK(deliver::cut_text("exactly10!", 10) == "exactly10!");
  CHECK(deliver::cut_text("Zürich Zürich", 4) == "Zür…");
  CHECK(deliver::cut_text("ééééé", 3) == "éé…");
}

TEST_CASE("compose shows the real host beside link text that names another one", "[deliver]") {
  transform::Summary s;
  s.source = "Security Weekly";
  s.title = "Issue 12";
  s.items = {{"https://www.paypal.com/signin", "https://evil.example/login", ""},
             {"www.bank.example", "https://bank.example.attacker.example/", ""},
             {"example.org/article", "https://www.example.org/article?id=1", ""},
             {"Read the whole story", "https://evil.example/story", ""},
             {"https://bank.example/", "https://evil.example\\@bank.example/", ""}};
  const auto d = deliver::compose_digest({s}, options());
  for (const auto* part : {&d.text, &d.html}) {
    INFO(*part);
    CHECK(part->find("https://www.paypal.com/signin (link to evil.example)") != std::string::npos);
    CHECK(part->find("www.bank.example (link to bank.example.attacker.example)") != std::string::npos);
    // A backslash ends the host for a browser, whatever follows it.
    CHECK(part->find("https://bank.example/ (link to evil.example)") != std::string::npos);
    // The same site, and words that name no host: shown as they are.
    CHECK(part->find("example.org/article (link to") == std::string::npos);
    CHECK(part->find("Read the whole story (link to") == std::string::npos);
  }
}

TEST_CASE("compose shows a roundup as its stories, at most max_items of them, and an essay with its points",
          "[deliver]") {
  transform::Summary roundup;
  roundup.source = "The Coastal Wire";
  roundup.title = "Issue 88";
  roundup.web_url = "https://wire.example.org/88";
  roundup.lede = "The harbour reopened on Thursday after a three-week closure.";
  roundup.points = {"Engineers rebuilt 60 metres of the north breakwater."};
  for (int i = 1; i <= 9; ++i) {
    roundup.items.push_back({"Story number " + std::to_string(i), "https://wire.example.org/s" + std::to_string(i), ""});
  }
  transform::Summary essay;
  essay.source = "Tide Notes";
  essay.title = "Why the tide tables were wrong";
  essay.lede = "The tide tables ran 40 minutes late from March to May.";
  essay.points = {"The gauge at the north pier sank 12 centimetres in January."};
  auto o = options();
  o.max_items = 6;
  const auto digest = deliver::compose_digest({roundup, essay}, o);
  for (const std::string& part : {digest.text, digest.html}) {
    CHECK(part.find("Story number 6") != std::string::npos);
    CHECK(part.find("Story number 7") == std::string::npos);
    CHECK(part.find("and 3 more in the issue") != std::string::npos);
    // The roundup's stories tell what its point would; the essay keeps its point.
    CHECK(part.find("Engineers rebuilt 60 metres") == std::string::npos);
    CHECK(part.find("The gauge at the north pier sank") != std::string::npos);
  }
  CHECK(digest.html.find("href=\"https://wire.example.org/88\" style=\"color:#0b57d0;text-decoration:underline;\">and 3 "
                         "more in the issue</a>") != std::string::npos);
}

TEST_CASE("compose gives valid UTF-8 for summaries with cut multi-byte sequences", "[deliver]") {
  transform::Summary s;
  s.source = "Caf\xc3";
  s.title = "cr\xe3\x80 weekly";
  s.lede = "A lede cut in the middle of a character \xe2\x82.";
  s.points = {"\xff point"};
  s.items = {{"Item \xe3", "https://news.example/\xe3", "blurb \xc3"}};
  s.removed_counts = {{"footer\xc3", 1}};
  auto o = options();
  o.subject_template = "{sources}: {count}";
  const auto digest = deliver::compose_digest({s}, o);
  CHECK(transform::is_valid_utf8(digest.subject));
  CHECK(transform::is_valid_utf8(digest.text));
  CHECK(transform::is_valid_utf8(digest.html));
  // Read back as a mail client would: the decoded message says the same.
  const auto back = transform::decode_mime(digest.mime).message;
  CHECK(back.subject == digest.subject);
  CHECK(back.text_body.find("cr\xef\xbf\xbd weekly") != std::string::npos);
  CHECK(transform::is_valid_utf8(back.text_body));
  CHECK(transform::is_valid_utf8(back.html_body));
}

// -- the same story in several issues, ranking and the reading budget --------

namespace {

// The lines of `text` after the one that starts with `first` up to the next
// empty line; with `skip`, of the paragraph after that (a heading's).
std::vector<std::string> block_after(const std::string& text, const std::string& first, bool skip = false) {
  std::vector<std::string> out;
  const auto lines = lines_of(text);
  auto at = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.starts_with(first); });
  if (at == lines.end()) return out;
  ++at;
  if (skip) {
    at = std::find(at, lines.end(), std::string());
    if (at != lines.end()) ++at;
  }
  for (; at != lines.end() && !at->empty(); ++at) out.push_back(*at);
  return out;
}

// The text part with wrapped lines joined again: each line break and the
// indent after it become one space.
std::string unwrapped(const std::string& text) { return std::regex_replace(text, std::regex("\n *"), " "); }

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

void check_width(const std::string& text) {
  for (const auto& line : lines_of(text)) {
    if (line.starts_with("[")) continue;  // a link reference
    std::size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    INFO(line);
    CHECK(width <= 72);
  }
}

// Issue `n` of one of `newsletters` made-up letters: a lede of `words`
// words and three linked items, every word its own so that no two issues
// tell the same story.
transform::Summary made_up_issue(int n, int newsletters, int words = 60) {
  transform::Summary s;
  const auto id = std::to_string(n);
  s.source = "Letter " + std::string(1, static_cast<char>('A' + n % newsletters % 26)) +
             std::to_string(n % newsletters / 26);
  s.title = "Issue " + id + " notes";
  s.web_url = "https://letters.example.org/" + id;
  for (int k = 0; k < words; ++k) s.lede += (k ? " " : "") + std::string("w") + id + "x" + std::to_string(k);
  s.lede += ".";
  for (int k = 0; k < 3; ++k) {
    const auto kid = std::to_string(k);
    s.items.push_back({"Finding q" + id + "y" + kid + " in the archive", "https://letters.example.org/" + id + "/" + kid,
                       ""});
  }
  s.words_in = 1000;
  s.words_kept = 300;
  return s;
}

std::vector<transform::Summary> made_up_issues(int count, int newsletters, int words = 60) {
  std::vector<transform::Summary> out;
  for (int n = 0; n < count; ++n) out.push_back(made_up_issue(n, newsletters, words));
  return out;
}

struct Accounted {
  std::size_t full = 0;      // sections in the table of contents
  std::size_t listed = 0;    // titles in the compact rest
  std::size_t unlisted = 0;  // counted beyond the cap
  int minutes = 0;           // "N min read"
};

Accounted accounted(const std::string& text) {
  Accounted a;
  a.full = block_after(text, "In this digest").size();
  for (const auto& line : block_after(text, "And ", true)) a.listed += line.starts_with("  • ") ? 1 : 0;
  std::smatch m;
  if (std::regex_search(text, m, std::regex("…and ([0-9,]+) more issues? from"))) {
    auto digits = m[1].str();
    std::erase(digits, ',');
    a.unlisted = std::stoul(digits);
  }
  if (std::regex_search(text, m, std::regex("([0-9]+) min read"))) a.minutes = std::stoi(m[1]);
  return a;
}

}  // namespace

TEST_CASE("compose shows a story three newsletters cover once, with also-in links to the others", "[deliver]") {
  auto o = options();
  o.budget_minutes = 15;
  const auto digest = deliver::compose_digest(load_summaries("overlap.json"), o);
  const auto& text = digest.text;
  INFO(text);
  check_width(text);

  // The top stories: the story of three newsletters first, then that of two.
  const auto top = block_after(text, "Top stories (in several newsletters)");
  REQUIRE(top.size() >= 4);
  CHECK(top[0].starts_with("  • Rover finds the strongest hint yet of ancient Martian chemistry ["));
  CHECK(top[1].starts_with("    in 1. The Science Desk; also in Orbit Weekly ["));
  CHECK(top[1].find("Tech Brief [") != std::string::npos);
  CHECK(top[2].starts_with("  • Central bank holds its benchmark rate at 4.25% as inflation cools to"));

  // Shown once in full, under the issue that says most about it; the
  // others say where it is.
  const auto flat = unwrapped(text);
  CHECK(occurrences(flat, "Rover finds the strongest hint yet of ancient Martian chemistry — Mission") == 1);
  CHECK(flat.find("Perseverance team reports organic molecules in Jezero crater rocks —") == std::string::npos);
  CHECK(flat.find("Also covered here: Perseverance team reports organic molecules in Jezero crater rocks (shown "
                  "under 1. The Science Desk)") != std::string::npos);
  CHECK(flat.find("Also covered here: NASA: organics in Jezero samples (shown under 1. The Science Desk)") !=
        std::string::npos);
  CHECK(text.find("    also in: Orbit Weekly [") != std::string::npos);

  // Stories that only share a topic word stay apart, each in full.
  CHECK(flat.find("Mars colony simulation in the Utah desert ends after a year — Four") != std::string::npos);
  CHECK(flat.find("Mars sample return loses its budget line again — Congress") != std::string::npos);
  CHECK(flat.find("Mortgage rates climb for a third week — Buyers") != std::string::npos);

  // The issues with the shared stories come first.
  auto toc = block_after(text, "In this digest");
  std::erase_if(toc, [](const std::string& line) { return !std::regex_search(line, std::regex("^  [0-9]+\\. ")); });
  REQUIRE(toc.size() == 5);
  CHECK(toc[0] == "  1. The Science Desk — Signals from an old lake bed");
  CHECK(toc[1].starts_with("  2. The Morning Ledger"));

  // Why, for preview.
  REQUIRE(digest.merged.size() == 3);
  CHECK(digest.merged[0].ends_with("same link spacenews.example.com/2026/11/perseverance-organics"));

  // The HTML part says the same, with links.
  const auto& html = digest.html;
  CHECK(html.find("Top stories (in several newsletters)") != std::string::npos);
  CHECK(html.find("also in: <a href=\"https://orbitweekly.example.org/issues/88\"") != std::string::npos);
  CHECK(html.find("(shown under <a href=\"#issue-1\"") != std::string::npos);
  CHECK(occurrences(html, ">Perseverance team reports organic molecules in Jezero crater rocks</a>") == 0);
}

TEST_CASE("compose fits the digest to the reading budget and lists the rest by source", "[deliver]") {
  auto o = options();

  SECTION("one issue is shown in full even when it is longer than the budget") {
    o.budget_minutes = 1;
    const auto digest = deliver::compose_digest({made_up_issue(0, 1, 400)}, o);
    const auto a = accounted(digest.text);
    CHECK(a.full == 1);
    CHECK(a.listed == 0);
    CHECK(digest.text.find("reading budget") == std::string::npos);
  }

  SECTION("ten issues: what fits is in full, the rest listed and counted") {
    o.budget_minutes = 2;
    const auto digest = deliver::compose_digest(made_up_issues(10, 4), o);
    const auto& text = digest.text;
    INFO(text);
    check_width(text);
    const auto a = accounted(text);
    CHECK(a.full >= 2);
    CHECK(a.full < 10);
    CHECK(a.full + a.listed == 10);
    CHECK(a.minutes <= 2);
    // The sections shown, counted apart from the rendering, fit too.
    const auto sections = text.substr(text.find("\n1. "), text.find("\nAnd ") - text.find("\n1. "));
    CHECK(transform::count_words(std::regex_replace(sections, std::regex(R"(\[\d+\])"), "")) <= 2 * 230);
    CHECK(text.find("\nAnd " + std::to_string(10 - a.full) + " more issues from ") != std::string::npos);
    CHECK(text.find(" newsletters, beyond the 2 min reading budget:") != std::string::npos);
    // Grouped by source: each source's name once, its issues under it.
    const auto rest = block_after(text, "And ", true);
    std::set<std::string> names;
    for (const auto& line : rest) {
      if (!line.starts_with("  • ")) CHECK(names.insert(line).second);
    }
    CHECK(names.size() >= 2);
    CHECK(digest.html.find("beyond the 2 min reading budget") != std::string::npos);
  }

  SECTION("five hundred issues: at most 200 titles, the others counted, the mail stays small") {
    o.budget_minutes = 15;
    const auto digest = deliver::compose_digest(made_up_issues(500, 40), o);
    const auto a = accounted(digest.text);
    CHECK(a.minutes <= 15);
    CHECK(a.full > 10);
    CHECK(a.listed == deliver::k_max_rest_titles);
    CHECK(a.full + a.listed + a.unlisted == 500);
    CHECK(unwrapped(digest.text).find(" not listed here. distill keeps every issue in its store: 'distill search") !=
          std::string::npos);
    CHECK(digest.mime.size() < 200 * 1024);
    check_width(digest.text);
  }

  SECTION("budget none shows every issue in full") {
    o.budget_minutes = 0;
    const auto digest = deliver::compose_digest(made_up_issues(10, 4), o);
    const auto a = accounted(digest.text);
    CHECK(a.full == 10);
    CHECK(a.listed == 0);
  }

  SECTION("budget none shows at most k_max_full_issues in full and lists the others") {
    o.budget_minutes = 0;
    o.max_items = 1;
    const auto count = deliver::k_max_full_issues + 5;
    const auto digest = deliver::compose_digest(made_up_issues(static_cast<int>(count), 40, 5), o);
    const auto a = accounted(digest.text);
    CHECK(a.full == deliver::k_max_full_issues);
    CHECK(a.listed == 5);
    CHECK(unwrapped(digest.text)
              .find(" And 5 more issues from 5 newsletters, beyond the 1,000 issues a digest shows in "
                    "full:") != std::string::npos);
  }
}

TEST_CASE("compose lays the digest out over its window and counts the issues after it", "[deliver]") {
  auto summaries = made_up_issues(60, 12);
  transform::Summary quiet = made_up_issue(60, 1);
  quiet.source = "Quiet Letter";
  summaries.push_back(quiet);
  auto o = options();
  o.budget_minutes = 2;
  o.subject_template = "{count} issues: {sources}";
  o.priorities.assign(summaries.size(), deliver::Priority::normal);
  o.priorities.back() = deliver::Priority::mute;

  SECTION("a window as large as the digest changes nothing") {
    const auto whole = deliver::compose_digest(summaries, o);
    o.window = summaries.size();
    CHECK(deliver::compose_digest(summaries, o).mime == whole.mime);
  }

  SECTION("the issues after the window are counted, never shown") {
    o.window = 20;
    const auto digest = deliver::compose_digest(summaries, o);
    const auto& text = digest.text;
    INFO(text);
    check_width(text);
    const auto a = accounted(text);
    CHECK(a.full >= 1);
    CHECK(a.full + a.listed == 20);
    CHECK(a.full + a.listed + a.unlisted == 60);
    for (int n = 20; n <= 60; ++n) CHECK(text.find("Issue " + std::to_string(n) + " notes") == std::string::npos);
    CHECK(unwrapped(text).find("…and 40 more issues from 12 newsletters not listed here.") != std::string::npos);
    CHECK(text.find("61 issues from 13 sources · ") != std::string::npos);
    CHECK(unwrapped(text).find("distill · 61 issues from 13 sources · 61,000 words in, 18,300 out") !=
          std::string::npos);
    CHECK(text.find("Muted, to the archive only: 1 issue from Quiet Letter.") != std::string::npos);
    CHECK(digest.html.find("…and 40 more issues from 12 newsletters not listed here.") != std::string::npos);
    CHECK(digest.mime.find("\r\nX-Distill-Digest: 61 issues; ") != std::string::npos);
    CHECK(digest.subject.starts_with("60 issues: Letter A0, Letter B0"));
    CHECK(digest.subject.find("Quiet Letter") == std::string::npos);
    // The Message-ID names every issue: one more after the window is another digest.
    auto more = summaries;
    more.push_back(made_up_issue(61, 12));
    o.priorities.push_back(deliver::Priority::normal);
    CHECK(deliver::compose_digest(more, o).message_id != digest.message_id);
  }
}

TEST_CASE("compose orders sources by priority and only counts muted ones", "[deliver]") {
  auto summaries = made_up_issues(4, 4);
  auto o = options();
  o.priorities = {deliver::Priority::low, deliver::Priority::normal, deliver::Priority::mute, deliver::Priority::high};
  const auto digest = deliver::compose_digest(summaries, o);
  const auto toc = block_after(digest.text, "In this digest");
  REQUIRE(toc.size() == 3);
  CHECK(toc[0] == "  1. " + summaries[3].source + " — " + summaries[3].title);
  CHECK(toc[1] == "  2. " + summaries[1].source + " — " + summaries[1].title);
  CHECK(toc[2] == "  3. " + summaries[0].source + " — " + summaries[0].title);
  CHECK(digest.text.find("Muted, to the archive only: 1 issue from " + summaries[2].source + ".") != std::string::npos);
  CHECK(digest.text.find(summaries[2].title) == std::string::npos);
  CHECK(digest.subject.find(summaries[2].source) == std::string::npos);
  CHECK(digest.summaries.size() == 4);
}

TEST_CASE("compose names at most five other issues in an also-in line and counts the rest", "[deliver]") {
  std::vector<transform::Summary> summaries;
  for (int n = 0; n < 8; ++n) {
    transform::Summary s;
    s.source = "Letter " + std::string(1, static_cast<char>('A' + n));
    s.title = "Issue " + std::to_string(n);
    s.web_url = "https://letters.example.org/" + std::to_string(n);
    const std::string url = n % 2 ? "https://www.sky.example.org/comet-tonight/" : "https://sky.example.org/comet-tonight";
    s.items = {{"Comet visible tonight", url, ""}};
    summaries.push_back(s);
  }
  const auto digest = deliver::compose_digest(summaries, options());
  const auto flat = unwrapped(digest.text);
  CHECK(std::regex_search(flat, std::regex(R"(also in Letter B \[\d+\], Letter C \[\d+\], Letter D \[\d+\], )"
                                           R"(Letter E \[\d+\], Letter F \[\d+\] and 2 more)")));
  CHECK(occurrences(flat, "Also covered here: Comet visible tonight") == 7);
}

TEST_CASE("compose reading the summaries one at a time gives the digest of the same summaries in memory", "[deliver]") {
  auto summaries = load_summaries("overlap.json");
  const auto more = load_summaries("summaries.json");
  summaries.insert(summaries.end(), more.begin(), more.end());
  auto o = options();
  o.budget_minutes = 3;  // some issues in full, the rest listed by title
  o.priorities.assign(summaries.size(), deliver::Priority::normal);
  o.priorities[1] = deliver::Priority::high;
  o.priorities.back() = deliver::Priority::mute;
  std::vector<std::size_t> reads(summaries.size(), 0);
  const auto streamed = deliver::compose_digest(
      summaries.size(),
      [&](std::size_t i) {
        ++reads.at(i);
        return summaries[i];
      },
      o);
  const auto in_memory = deliver::compose_digest(summaries, o);
  CHECK(streamed.mime == in_memory.mime);
  CHECK(streamed.text == in_memory.text);
  CHECK(streamed.html == in_memory.html);
  CHECK(streamed.merged == in_memory.merged);
  CHECK(!streamed.merged.empty());
  CHECK(streamed.text.find("Muted, to the archive only") != std::string::npos);
  CHECK(streamed.summaries.empty());
  CHECK(in_memory.summaries.size() == summaries.size());
  CHECK(std::all_of(reads.begin(), reads.end(), [](std::size_t n) { return n >= 1; }));
}
