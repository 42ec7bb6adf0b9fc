// Digest benchmark: grouping the stories of N issues (default 2,000) and
// composing one digest of them, single-threaded, on summaries it makes up
// with a fixed seed: 60 newsletters, each issue a lede and six linked
// items, their words drawn from a vocabulary of 5,000 made-up words with
// the skewed frequencies of real text (a few words very often, most
// rarely) and a name and a number in every headline; one item in eight a
// story another issue also links (through a tracking redirect or an AMP
// page half the time) and one in sixteen a headline of another with a word
// added. Prints one line of key=value pairs:
// issues, the window compose lays the digest out over (the first
// deliver::k_digest_window issues; the others it only counts), the stories
// of that window and the groups found among them, the CPU seconds of
// grouping them alone and of the whole compose (grouping, ranking, budget,
// counting the issues after the window, both parts, MIME), the digest's
// size and the peak RSS in MiB. Seconds are the thread's CPU time.
// The summaries are made one at a time and kept as JSON in a scratch file
// (one line each, as the store keeps them), from which grouping and
// compose read them one at a time, as `deliver` reads them from the store:
// the peak RSS is what composing holds, not the benchmark's own copy.
//
// Usage: distill_bench_digest [ISSUES] [BUDGET_MINUTES] [DIGEST_FILE]
// DIGEST_FILE, when given, receives the composed digest (its MIME), to
// compare the output of two builds.
//
// distill_bench_digest --deliver ISSUES [BUDGET_MINUTES] [DIGEST_DIR]
// measures the whole deliver stage instead: a child process stores the same
// made-up issues as processed messages in a scratch store, then this
// process runs deliver on it (app::deliver_pending, every digest it sends,
// the bookkeeping of what was sent included) into a sink that keeps
// nothing, and prints the issues, digests, their size, its CPU seconds and
// its peak RSS, which the filling did not touch. The clock reads a fixed
// time, so that two builds send the same bytes; DIGEST_DIR, when given,
// receives each digest's MIME as it is sent (1.eml, 2.eml, ...), to compare
// the output of two builds.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "app/stage_deliver.hpp"
#include "bench/common/bench_input.hpp"
#include "deliver/compose.hpp"
#include "deliver/story_groups.hpp"
#include "transform/summary_json.hpp"

using namespace distill;

namespace {

// Made-up words from syllables: "tarovi", "kelumasto".
std::vector<std::string> vocabulary(std::size_t size, std::mt19937& rng) {
  static const char* k_syllables[] = {"ta", "ro", "vi", "ke", "lu", "ma", "sto", "ne", "bri", "da", "fo", "gal",
                                      "hin", "jo", "per", "qua", "sel", "tor", "ur", "wen"};
  std::vector<std::string> words;
  for (std::size_t i = 0; i < size; ++i) {
    std::string w;
    for (int k = 0; k < 2 + static_cast<int>(rng() % 3); ++k) w += k_syllables[rng() % 20];
    words.push_back(w);
  }
  return words;
}

// A word of `words` with the skewed frequencies of text: index 0 most often.
const std::string& pick(const std::vector<std::string>& words, std::mt19937& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  const auto index = static_cast<std::size_t>(std::pow(static_cast<double>(words.size()), u(rng))) - 1;
  return words[std::min(index, words.size() - 1)];
}

std::string headline(std::mt19937& rng, int words) {
  static std::mt19937 vocabulary_rng(7);
  static const auto k_words = vocabulary(5000, vocabulary_rng);
  static const auto k_names = vocabulary(500, vocabulary_rng);
  auto name = pick(k_names, rng);
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  std::string out = name;
  for (int k = 0; k < words; ++k) out += " " + pick(k_words, rng);
  out += " " + std::to_string(rng() % 900 + 100);
  return out;
}

// The made-up issues, one at a time, always the same for a number.
class MadeUp {
 public:
  transform::Summary next();

 private:
  struct Shared {
    std::string title, url;
  };
  std::mt19937 rng{42};
  std::vector<Shared> popular;
  int n = 0;
};

transform::Summary MadeUp::next() {
  {
    transform::Summary s;
    s.source = "Newsletter " + std::to_string(n % 60);
    s.title = "Issue " + std::to_string(n) + ": " + headline(rng, 4);
    s.web_url = "https://letters.example.org/" + std::to_string(n);
    s.lede = headline(rng, 18) + ".";
    for (int k = 0; k < 6; ++k) {
      transform::Item item;
      const auto roll = rng() % 16;
      if (roll < 2 && !popular.empty()) {
        const auto& p = popular[rng() % popular.size()];
        item.title = headline(rng, 6);
        item.url = roll == 0 ? "https://click.example.net/t?u=" + p.url : p.url + "/amp/";
      } else if (roll == 2 && !popular.empty()) {
        const auto& p = popular[rng() % popular.size()];
        item.title = p.title + " again";
        item.url = "https://other.example.com/" + std::to_string(rng());
      } else {
        item.title = headline(rng, 7);
        item.url = "https://news.example.com/" + std::to_string(n) + "/" + std::to_string(k);
        if (roll == 3) popular.push_back({item.title, item.url});
      }
      item.blurb = headline(rng, 12) + ".";
      s.items.push_back(std::move(item));
    }
    s.words_in = 1500;
    s.words_kept = 400;
    ++n;
    return s;
  }
}

// The summaries as JSON lines in a scratch file, read back one at a time.
class SummaryFile {
 public:
  SummaryFile(const std::filesystem::path& path, int issues) : m_path(path) {
    std::ofstream out(path, std::ios::binary);
    MadeUp made_up;
    for (int i = 0; i < issues; ++i) {
      m_offsets.push_back(static_cast<std::uint64_t>(out.tellp()));
      out << transform::to_json(made_up.next()).dump() << '\n';
    }
    out.close();
    m_in.open(path, std::ios::binary);
  }
  ~SummaryFile() {
    m_in.close();
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
  }
  std::size_t size() const { return m_offsets.size(); }
  transform::Summary read(std::size_t i) {
    m_in.seekg(static_cast<std::streamoff>(m_offsets[i]));
    std::getline(m_in, m_line);
    return transform::summary_from_json(nlohmann::json::parse(m_line));
  }

 private:
  std::filesystem::path m_path;
  std::vector<std::uint64_t> m_offsets;
  std::ifstream m_in;
  std::string m_line;
};

// Takes every digest and keeps nothing of it but its size; with a folder,
// writes each one's MIME there first.
class CountingSink : public deliver::Sink {
 public:
  explicit CountingSink(std::filesystem::path dir = {}) : m_dir(std::move(dir)) {}
  std::string send(const transform::Digest& digest, const deliver::Envelope&) override {
    ++digests;
    bytes += digest.mime.size();
    if (!m_dir.empty()) {
      std::ofstream(m_dir / (std::to_string(digests) + ".eml"), std::ios::binary) << digest.mime;
    }
    return "nowhere";
  }
  std::string describe() const override { return "nowhere"; }
  std::size_t digests = 0;
  std::size_t bytes = 0;

 private:
  std::filesystem::path m_dir;
};

// The clock of the deliver bench: a fixed time, so that the digests'
// Date and Message-ID are the same in every run.
const std::chrono::sys_seconds k_bench_now{std::chrono::sys_days{std::chrono::January / 15 / 2026} +
                                           std::chrono::hours{7}};

// The made-up issues as processed messages of a new store at `path`.
void fill_store(const std::filesystem::path& path, int issues) {
  auto store = store::Store::open(path);
  MadeUp made_up;
  const auto now = k_bench_now - std::chrono::hours{1};
  for (int i = 0; i < issues;) {
    auto tx = store.begin();
    for (int k = 0; k < 5000 && i < issues; ++k, ++i) {
      store::IncomingMessage m;
      m.raw.mailbox = "INBOX";
      m.raw.uidvalidity = transform::UidValidity{1};
      m.raw.uid = transform::Uid{static_cast<std::uint32_t>(i + 1)};
      m.raw.bytes = "Message-ID: <" + std::to_string(i) + "@letters.example.org>\r\n\r\nissue\r\n";
      m.info.message_id = std::to_string(i) + "@letters.example.org";
      m.info.from = "news" + std::to_string(i % 60) + "@letters.example.org";
      store.add_message(m, now);
      const auto summary = made_up.next();
      store.mark_processed(i + 1, summary.source, summary, {}, now);
    }
    tx.commit();
  }
}

int deliver_bench(int issues, int budget, const std::string& digest_dir) {
  const auto dir = std::filesystem::temp_directory_path() / ("distill_bench_deliver." + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "store.db";
  const pid_t child = ::fork();
  if (child == 0) {
    fill_store(path, issues);
    std::_Exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "filling the store failed\n");
    return 1;
  }
  const auto store_mib = static_cast<double>(std::filesystem::file_size(path)) / (1024 * 1024);
  config::Settings settings;
  settings.store_path = path.string();
  settings.smtp.url = "file:unused";
  settings.digest.budget_minutes = budget;
  if (!digest_dir.empty()) std::filesystem::create_directories(digest_dir);
  CountingSink sink(digest_dir);
  app::DeliverRequest request;
  request.now = k_bench_now;
  request.sink = &sink;
  const double c0 = bench::cpu_seconds();
  std::size_t delivered = 0;
  {
    auto store = store::Store::open(path);
    delivered = app::deliver_pending(settings, store, request).issues;
  }
  const double c1 = bench::cpu_seconds();
  std::filesystem::remove_all(dir);
  std::printf(
      "issues=%d delivered=%zu digests=%zu digest_kib=%.1f store_mib=%.1f deliver_seconds=%.3f "
      "peak_rss_mib=%.1f\n",
      issues, delivered, sink.digests, static_cast<double>(sink.bytes) / 1024, store_mib, c1 - c0,
      bench::peak_rss_mib());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "--deliver") {
    return deliver_bench(std::atoi(argv[2]), argc > 3 ? std::atoi(argv[3]) : 15, argc > 4 ? argv[4] : "");
  }
  const int issues = argc > 1 ? std::atoi(argv[1]) : 2000;
  const int budget = argc > 2 ? std::atoi(argv[2]) : 15;
  const std::string digest_file = argc > 3 ? argv[3] : "";
  SummaryFile summaries(
      std::filesystem::temp_directory_path() / ("distill_bench_digest." + std::to_string(::getpid()) + ".jsonl"),
      issues);

  // Grouping alone, its stories and groups gone before composing, so that
  // the peak RSS is compose's (which groups the same stories again: those
  // of its window).
  const std::size_t window = std::min(summaries.size(), deliver::k_digest_window);
  std::size_t story_count = 0;
  std::size_t group_count = 0;
  double g0 = 0;
  double g1 = 0;
  {
    std::vector<deliver::StoryRef> stories;  // every issue's lead and six items
    for (std::size_t i = 0; i < window; ++i) {
      stories.push_back({i, deliver::k_lead});
      for (int k = 0; k < 6; ++k) stories.push_back({i, k});
    }
    transform::Summary held;
    std::size_t held_issue = SIZE_MAX;
    g0 = bench::cpu_seconds();
    const auto groups = deliver::group_stories(stories.size(), [&](std::size_t k) {
      const auto r = stories[k];
      if (r.issue != held_issue) {
        held = summaries.read(r.issue);
        held_issue = r.issue;
      }
      if (r.item == deliver::k_lead) return deliver::StoryText{r, held.source, held.title, held.lede, {}};
      const auto& item = held.items[static_cast<std::size_t>(r.item)];
      return deliver::StoryText{r, held.source, item.title, item.blurb, item.url};
    });
    g1 = bench::cpu_seconds();
    story_count = stories.size();
    group_count = groups.size();
  }

  deliver::ComposeOptions options;
  options.from = "distill <digest@example.org>";
  options.to = {"reader@example.org"};
  options.budget_minutes = budget;
  // The summaries are read one at a time, as deliver reads them from the
  // store (app/stage_deliver.cpp).
  const double c0 = bench::cpu_seconds();
  const auto digest = deliver::compose_digest(
      summaries.size(), [&](std::size_t i) { return summaries.read(i); }, options);
  const double c1 = bench::cpu_seconds();
  if (!digest_file.empty()) std::ofstream(digest_file, std::ios::binary) << digest.mime;

  std::printf(
      "issues=%d window=%zu stories=%zu groups=%zu group_seconds=%.3f compose_seconds=%.3f digest_kib=%.1f "
      "peak_rss_mib=%.1f\n",
      issues, window, story_count, group_count, g1 - g0, c1 - c0, static_cast<double>(digest.mime.size()) / 1024,
      bench::peak_rss_mib());
  return 0;
}
