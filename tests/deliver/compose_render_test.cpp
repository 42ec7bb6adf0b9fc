// The HTML digest in a real browser: headless Chromium renders it at a phone
// width (375px) and a desktop width (1024px), and nothing may overflow
// horizontally. The digest has no scripts; the measuring script lives in a
// test page that embeds the digest in an iframe of the given width (srcdoc,
// so it is same-origin), because headless Chromium will not make a window
// narrower than 500px. Screenshots are kept in BUILD/render-artifacts/.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "deliver/compose.hpp"
#include "transform/summary_json.hpp"

namespace fs = std::filesystem;
using namespace distill;
using namespace std::chrono_literals;

namespace {

const char* k_chromium_flags =
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync";

std::optional<std::string> find_chromium() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(candidate)) return candidate;
  }
  return std::nullopt;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
  REQUIRE(out.good());
}

std::vector<transform::Summary> load(const std::string& name) {
  std::ifstream in(std::string(DISTILL_FIXTURES_DIR) + "/deliver/" + name);
  REQUIRE(in);
  std::vector<transform::Summary> out;
  for (const auto& s : nlohmann::json::parse(in)) out.push_back(transform::summary_from_json(s));
  return out;
}

// A digest with what most often breaks a narrow layout: long unbroken
// words and URLs, long titles, many items; and every section a digest can
// have: top stories with "also in" links, issues in full, stories shown
// under another issue, the compact rest beyond the budget and its count
// beyond the cap, and muted sources.
transform::Digest stress_digest() {
  auto summaries = load("summaries.json");
  for (auto& s : load("hostile.json")) summaries.push_back(s);
  transform::Summary wide;
  wide.source = "Supercalifragilisticexpialidocious-Newsletter-With-A-Very-Long-Name";
  wide.title = "A title with an unbroken token " + std::string(120, 'W');
  wide.web_url = "https://example.com/" + std::string(300, 'a');
  wide.lede = "Paths like /usr/share/" + std::string(150, 'x') + " and hashes such as " + std::string(64, 'f') + ".";
  wide.points = {"https://example.com/a/very/long/url/that/appears/as/plain/text/in/a/point/" + std::string(100, 'p')};
  for (int i = 0; i < 8; ++i) {
    wide.items.push_back({"Item " + std::to_string(i) + " " + std::string(80, 'i'),
                          "https://example.com/item/" + std::string(200, 'u'), "Blurb " + std::string(90, 'b')});
  }
  wide.removed_counts = {{"sponsor", 2}, {"tracking pixel", 3}};
  summaries.push_back(wide);
  std::vector<deliver::Priority> priorities(summaries.size(), deliver::Priority::normal);
  priorities.back() = deliver::Priority::high;  // in full, whatever the budget
  for (auto& s : load("overlap.json")) summaries.push_back(s);
  for (int n = 0; n < 240; ++n) {
    transform::Summary filler;
    filler.source = "Filler " + std::to_string(n % 7) + " " + std::string(n % 3 == 0 ? 60 : 5, 'F');
    filler.title = "Backlog issue " + std::to_string(n) + " with a long title " + std::string(n % 5 == 0 ? 90 : 3, 'T');
    filler.web_url = "https://backlog.example.org/" + std::to_string(n);
    filler.lede = "Backlog lede " + std::to_string(n) + ".";
    summaries.push_back(filler);
  }
  priorities.resize(summaries.size(), deliver::Priority::normal);
  priorities.back() = deliver::Priority::mute;
  deliver::ComposeOptions o;
  o.budget_minutes = 6;
  o.priorities = priorities;
  o.from = "distill <digest@example.com>";
  o.to = {"me@example.com"};
  o.now = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::January / 24 / 2025} + 6h};
  return deliver::compose_digest(summaries, o);
}

std::string escape_attribute(const std::string& html) {
  std::string out;
  for (char c : html) {
    if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("compose renders an HTML digest that does not overflow at 375px and 1024px in Chromium", "[render]") {
  const auto chromium = find_chromium();
  if (!chromium) {
    WARN("chromium not found at /usr/bin/chromium; skipped (install Debian's chromium)");
    return;
  }
  const fs::path out = fs::path(DISTILL_BINARY).parent_path().parent_path() / "render-artifacts";
  fs::create_directories(out);
  const auto digest = stress_digest();
  REQUIRE(digest.html.find("<script") == std::string::npos);
  for (const char* section : {"Top stories (in several newsletters)", "also in: ", "Also covered here: ", " more</span>",
                              "reading budget:", "not listed here", "Muted, to the archive only"}) {
    INFO(section);
    REQUIRE(digest.html.find(section) != std::string::npos);
  }
  REQUIRE(digest.html.find(std::string(120, 'W')) != std::string::npos);  // the wide issue is in full
  write_file(out / "digest.html", digest.html);

  for (int width : {375, 1024}) {
    INFO("width " << width << "px; artifacts in " << out.string());
    const auto name = "digest-" + std::to_string(width);
    const auto page = out / (name + "-page.html");
    write_file(page, "<!DOCTYPE html><html><body style=\"margin:0\">\n<iframe id=\"d\" style=\"border:0;width:" +
                         std::to_string(width) + "px;height:4000px\" srcdoc=\"" + escape_attribute(digest.html) +
                         "\"></iframe>\n<script>window.addEventListener('load', function () {"
                         " var e = document.getElementById('d').contentDocument.documentElement;"
                         " document.body.setAttribute('data-result', 'scroll=' + e.scrollWidth + ' client=' +"
                         " e.clientWidth); });</script>\n</body></html>\n");
    const auto profile = out / (name + "-profile");
    fs::remove_all(profile);
    const auto dom = out / (name + "-dom.html");
    std::ostringstream cmd;
    cmd << "timeout 120 " << *chromium << " " << k_chromium_flags << " --user-data-dir='" << profile.string()
        << "' --window-size=" << std::max(width, 500) + 40 << ",1400 --virtual-time-budget=5000 --dump-dom 'file://"
        << page.string() << "' > '" << dom.string() << "' 2>/dev/null";
    REQUIRE(std::system(cmd.str().c_str()) == 0);
    const auto text = read_file(dom);
    std::smatch m;
    REQUIRE(std::regex_search(text, m, std::regex(R"re(data-result="scroll=(\d+) client=(\d+)")re")));
    const int scroll = std::stoi(m[1]);
    const int client = std::stoi(m[2]);
    // The iframe's viewport, less a vertical scrollbar when the digest is long.
    CHECK(client <= width);
    CHECK(client >= width - 20);
    CHECK(scroll <= client);

    // The screenshot, for a human to look at; not asserted on.
    std::ostringstream shot;
    shot << "timeout 120 " << *chromium << " " << k_chromium_flags << " --user-data-dir='" << profile.string()
         << "' --window-size=" << std::max(width, 500) << ",2400 --virtual-time-budget=5000 --screenshot='"
         << (out / (name + ".png")).string() << "' 'file://" << page.string() << "' >/dev/null 2>&1";
    CHECK(std::system(shot.str().c_str()) == 0);
    fs::remove_all(profile);
  }
}
