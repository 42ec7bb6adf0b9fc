// Clean benchmark: over every message given, single-threaded, the files read
// into memory first, times
//   decode     MIME decode + HTML/text to Document (decode_message,
//              message_to_document), for reference;
//   clean      clean() + summarize() on those Documents: the stage this
//              benchmark is about;
// and prints one line of key=value pairs: messages, megabytes of raw message
// bytes, seconds and MB/s of each stage and of both together (pipeline),
// peak RSS in MiB, and counts of the work done (blocks removed, summary
// words) so that none of it can be optimised away. Seconds are the thread's
// CPU time, which a busy shared machine does not inflate; the wall-clock
// MB/s of clean + summarize is printed too (clean_wall_mb_per_s).
//
// Usage: distill_bench_clean [--passes N] FILE|DIR...

#include <chrono>
#include <cstdio>

#include "bench/common/bench_input.hpp"
#include "transform/clean.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/summarize.hpp"

using Clock = std::chrono::steady_clock;
using distill::bench::cpu_seconds;

int main(int argc, char** argv) {
  const distill::bench::Input input =
      distill::bench::read_input(argc, argv, "distill_bench_clean [--passes N] FILE|DIR...");
  const int passes = input.passes;
  const std::vector<std::string>& messages = input.messages;

  double decode_seconds = 0;
  double clean_seconds = 0;
  double clean_wall_seconds = 0;
  std::size_t removed = 0;
  std::size_t summary_words = 0;
  for (int pass = 0; pass < passes; ++pass) {
    for (const std::string& m : messages) {
      const double c0 = cpu_seconds();
      const distill::transform::Message message = distill::transform::decode_message(m);
      const distill::transform::Document document = distill::transform::message_to_document(message);
      const double c1 = cpu_seconds();
      const auto w1 = Clock::now();
      const distill::transform::CleanResult cleaned = distill::transform::clean(document);
      distill::transform::SummarizeOptions options;
      options.title = message.subject;
      const distill::transform::Summary summary = distill::transform::summarize(cleaned, options);
      const auto w2 = Clock::now();
      const double c2 = cpu_seconds();
      decode_seconds += c1 - c0;
      clean_seconds += c2 - c1;
      clean_wall_seconds += std::chrono::duration<double>(w2 - w1).count();
      removed += cleaned.removed.size();
      summary_words += static_cast<std::size_t>(distill::transform::summary_words(summary));
    }
  }

  const double mb = input.megabytes();
  const double msgs = input.message_count();
  std::printf(
      "messages=%.0f mb=%.2f clean_seconds=%.3f clean_mb_per_s=%.1f clean_wall_mb_per_s=%.1f decode_seconds=%.3f "
      "decode_mb_per_s=%.1f pipeline_mb_per_s=%.1f msgs_per_s=%.0f peak_rss_mib=%.1f removed=%zu summary_words=%zu\n",
      msgs, mb, clean_seconds, mb / clean_seconds, mb / clean_wall_seconds, decode_seconds, mb / decode_seconds,
      mb / (clean_seconds + decode_seconds), msgs / (clean_seconds + decode_seconds), distill::bench::peak_rss_mib(),
      removed, summary_words);
  return 0;
}
