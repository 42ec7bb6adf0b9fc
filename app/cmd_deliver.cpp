// `distill deliver`: compose and send the digest of what was processed.
// `--dry-run` (or `--out FILE`) renders it without sending or changing state.

#include "app/cli.hpp"
#include "app/curl_global.hpp"
#include "app/preview.hpp"
#include "app/signals.hpp"
#include "app/stage_deliver.hpp"

namespace distill::app {

ExitStatus cmd_deliver(const Invocation& inv) {
  po::options_description options("deliver options");
  options.add_options()("dry-run", "compose the digest and print it; send nothing, change nothing")(
      "out", po::value<std::string>()->value_name("FILE"),
      "write the digest to FILE instead of sending (.html, .eml, else text)");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  const auto settings = load_settings(inv);
  std::optional<std::filesystem::path> out;
  if (vars.count("out")) out = vars["out"].as<std::string>();
  if (vars.count("dry-run") || out) return write_preview(settings, out, /*whole_message=*/true);

  config::require(settings, config::Need::smtp, inv.command);
  CurlGlobal curl;
  return stoppable(inv.command,
                   [&] { return deliver_now(settings).refused.empty() ? ExitStatus::ok : ExitStatus::failure; });
}

}  // namespace distill::app
