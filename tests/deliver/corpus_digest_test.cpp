// The digest a reader gets, end to end over the shared corpus: every
// newsletter is decoded, cleaned and summarized the way `distill process`
// does it, all summaries go into one digest, and none of the corpus's
// must_drop snippets (sponsor and promo blocks, view-in-browser lines,
// footers; see the corpus README) may appear in its text part or in the
// text a reader sees of its HTML part.
//
// Snippets are compared as the quality bench (bench/quality/score.py)
// compares them: whitespace runs, NBSP included, folded to one space and
// zero-width fillers dropped, case kept (tests/support/corpus.hpp; the
// corpus's snippets are NFC already).

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "config/settings.hpp"
#include "deliver/compose.hpp"
#include "tests/support/corpus.hpp"
#include "transform/clean.hpp"
#include "transform/evidence.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/summarize.hpp"

namespace fs = std::filesystem;
using namespace distill;
using distill::test::normalize;
using distill::test::read_file;

namespace {

// What a reader sees of an HTML part: its blocks' text, in order.
std::string visible_text(const std::string& html) {
  std::string all;
  for (const auto& b : transform::html_to_document(html).blocks) all += b.text + "\n";
  return all;
}

// One summary per newsletter, as the process stage makes it (app/stage_process.cpp):
// no source rules and no earlier issues (each issue on its own here), the
// List-Unsubscribe host, the default number of points, the sender's name as
// the source.
transform::Summary process(const std::string& bytes) {
  const transform::Message message = transform::decode_message(bytes);
  const transform::Document document = transform::message_to_document(message);
  transform::CleanContext context;
  context.list_unsubscribe_host = transform::list_unsubscribe_host(message.list_unsubscribe);
  const transform::CleanResult cleaned = transform::clean(document, {}, context);
  transform::SummarizeOptions options;
  options.points = config::DigestSettings{}.points;
  options.source = message.from.name.empty() ? message.from.address : message.from.name;
  options.title = message.subject;
  options.date = message.date;
  return transform::summarize(cleaned, options);
}

// must_drop snippets that still reach the digest, by newsletter: what distill
// misses today on the corpus as it grew. The list only ever shrinks: a
// snippet listed here that no longer reaches the digest fails the test too,
// so that it is taken off the list and cannot come back unnoticed.
const std::set<std::pair<std::string, std::string>> k_known_misses = {};

}  // namespace

TEST_CASE("the digest of the corpus contains none of its must_drop snippets", "[deliver][corpus]") {
  const fs::path dir = distill::test::corpus_dir() / "newsletters";
  if (!fs::exists(dir / "annotations.json")) {
    WARN("shared corpus not found at " << dir.string() << "; skipped (it sits beside the checkout in CI)");
    return;
  }
  const auto annotations = nlohmann::json::parse(read_file(dir / "annotations.json")).at("messages");

  // Every newsletter goes in, as with `include = all`: a message the process
  // stage skipped could not leak anything, so skipping none is the stricter test.
  std::vector<transform::Summary> summaries;
  for (const auto& [file, annotation] : annotations.items()) {
    INFO("newsletter " << file);
    summaries.push_back(process(read_file(dir / file)));
  }

  deliver::ComposeOptions options;
  options.from = "distill <digest@example.org>";
  options.to = {"reader@example.org"};
  options.now = std::chrono::sys_seconds{std::chrono::sys_days{std::chrono::March / 3 / 2025}};
  const transform::Digest digest = deliver::compose_digest(summaries, options);
  const std::string text = normalize(deliver::extract_part(digest.mime, "plain"));
  const std::string html_text = normalize(visible_text(deliver::extract_part(digest.mime, "html")));

  // The search must see what the digest says: every lede is in both parts.
  REQUIRE(digest.summaries.size() == annotations.size());
  for (const auto& s : digest.summaries) {
    INFO("lede of " << s.source << ": " << s.lede);
    REQUIRE_FALSE(normalize(s.lede).empty());
    CHECK(text.find(normalize(s.lede)) != std::string::npos);
    CHECK(html_text.find(normalize(s.lede)) != std::string::npos);
  }

  std::size_t snippets = 0;
  std::size_t known = 0;
  for (const auto& [file, annotation] : annotations.items()) {
    for (const std::string snippet : annotation.at("must_drop")) {
      const std::string needle = normalize(snippet);
      std::string found_in;
      if (text.find(needle) != std::string::npos) found_in += "text part ";
      if (html_text.find(needle) != std::string::npos) found_in += "html part ";
      ++snippets;
      if (k_known_misses.count({file, snippet})) {
        ++known;
        INFO(file << ": must_drop \"" << snippet << "\" is listed as a known miss but no longer reaches "
                  << "the digest; take it off k_known_misses");
        CHECK(found_in != "");
        continue;
      }
      INFO(file << ": must_drop \"" << snippet << "\"");
      CHECK(found_in == "");
    }
  }
  CHECK(snippets >= annotations.size() * 3);
  // Every listed miss names a snippet of the corpus (a typo would hide one).
  CHECK(known == k_known_misses.size());
}
