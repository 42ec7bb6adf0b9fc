// Decode benchmark: MIME decode + HTML (or text) to Document over every file
// given, single-threaded, the files read into memory first. Prints one line
// of key=value pairs, MB being megabytes of raw message bytes and seconds the
// thread's CPU time (a busy shared machine does not inflate it):
//   mb_per_s        decode_message + message_to_document, the whole stage
//                   (wall_mb_per_s: the same over wall-clock time);
//   mime_mb_per_s   decode_message alone: MIME walk, transfer decoding,
//                   headers and charsets, the work Python's peer does;
//   gumbo_mb_per_s  gumbo_parse alone on the same HTML bodies (the parse
//                   the stage cannot avoid), a ceiling for mb_per_s;
// and msgs/s, peak RSS in MiB and the blocks made (so the work cannot be
// optimised away).
//
// Usage: distill_bench_decode [--passes N] FILE|DIR...

#include <gumbo.h>

#include <chrono>
#include <cstdio>

#include "bench/common/bench_input.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"

using distill::bench::cpu_seconds;

int main(int argc, char** argv) {
  const distill::bench::Input input =
      distill::bench::read_input(argc, argv, "distill_bench_decode [--passes N] FILE|DIR...");

  std::size_t blocks = 0;
  double mime_seconds = 0;
  double document_seconds = 0;
  double gumbo_seconds = 0;
  std::size_t nodes = 0;
  double wall_seconds = 0;
  for (int pass = 0; pass < input.passes; ++pass) {
    for (const std::string& m : input.messages) {
      const auto w0 = std::chrono::steady_clock::now();
      const double c0 = cpu_seconds();
      const distill::transform::Message message = distill::transform::decode_message(m);
      const double c1 = cpu_seconds();
      blocks += distill::transform::message_to_document(message).blocks.size();
      const double c2 = cpu_seconds();
      mime_seconds += c1 - c0;
      document_seconds += c2 - c1;
      wall_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
      if (message.html_body.empty()) continue;
      // The ceiling, off the stage's clocks: gumbo alone on the same body.
      GumboOptions options = kGumboDefaultOptions;
      options.max_errors = 0;
      const double g0 = cpu_seconds();
      GumboOutput* output = gumbo_parse_with_options(&options, message.html_body.data(), message.html_body.size());
      nodes += output->root->v.element.children.length;
      gumbo_destroy_output(&options, output);
      gumbo_seconds += cpu_seconds() - g0;
    }
  }

  const double mb = input.megabytes();
  const double seconds = mime_seconds + document_seconds;
  std::printf(
      "messages=%.0f mb=%.2f seconds=%.3f mb_per_s=%.1f wall_mb_per_s=%.1f mime_mb_per_s=%.1f "
      "gumbo_mb_per_s=%.1f msgs_per_s=%.0f peak_rss_mib=%.1f blocks=%zu nodes=%zu\n",
      input.message_count(), mb, seconds, mb / seconds, mb / wall_seconds, mb / mime_seconds, mb / gumbo_seconds,
      input.message_count() / seconds, distill::bench::peak_rss_mib(), blocks, nodes);
  return 0;
}
