#include "app/preview.hpp"

#include <fstream>
#include <iostream>

#include "app/clock.hpp"
#include "app/log.hpp"
#include "app/stage_deliver.hpp"

namespace distill::app {

ExitStatus write_preview(const config::Settings& settings, const std::optional<std::filesystem::path>& out,
                         bool whole_message) {
  if (!std::filesystem::exists(settings.store_path)) {
    log::info("nothing to render: no store at '" + settings.store_path +
              "' yet (run 'distill ingest' and 'distill process' first)");
    return ExitStatus::ok;
  }
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  const auto now = wall_now();
  const auto next = next_digest(settings, store, now, local_utc_offset(now));
  if (!next) {
    log::info("nothing new to digest (send_empty is off)");
    return ExitStatus::ok;
  }
  const auto* digest = &next->digest;
  // Stories shown once for several issues, and why: a wrong merge is seen here.
  for (const auto& why : digest->merged) log::info("same story: " + why);
  if (!out) {
    std::cout << (whole_message ? digest->mime : digest->text);
    return ExitStatus::ok;
  }
  const auto ext = out->extension().string();
  const auto& bytes = ext == ".html" || ext == ".htm" ? digest->html : ext == ".eml" ? digest->mime : digest->text;
  std::ofstream file(*out, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) throw std::runtime_error("cannot write '" + out->string() + "'");
  log::info("wrote the next digest (" + std::to_string(next->issues) + " issues, nothing sent) to '" + out->string() +
            "'");
  return ExitStatus::ok;
}

}  // namespace distill::app
