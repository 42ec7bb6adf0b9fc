// libFuzzer target for the config file parser: a user's file may hold any
// bytes. parse_settings must either accept them or throw config::Error
// (never another exception, never crash or hang), every problem line must
// be one line, and an accepted config must read back from its
// format_settings() text to the same effective config.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.hpp"
#include "config/format.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace distill::config;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // No environment: nothing from the machine the fuzzer runs on leaks in.
  const Environment env = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
  std::string formatted;
  try {
    formatted = format_settings(parse_settings(text, "/fuzz/distill.conf", {}, env));
  } catch (const Error& e) {
    for (const std::string& p : e.problems()) require(!p.empty() && p.find('\n') == std::string::npos);
    return 0;
  }
  try {
    require(format_settings(parse_settings(formatted, "/fuzz/distill.conf", {}, env)) == formatted);
  } catch (const Error&) {
    std::abort();  // what format_settings wrote must read back
  }
  return 0;
}
