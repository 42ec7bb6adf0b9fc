// `distill preview`: render the next digest to a file or stdout, send nothing.

#include "app/cli.hpp"
#include "app/preview.hpp"

namespace distill::app {

ExitStatus cmd_preview(const Invocation& inv) {
  po::options_description options("preview options");
  options.add_options()("out", po::value<std::string>()->value_name("FILE"),
                        "write to FILE: .html the HTML part, .eml the whole message, else the text part "
                        "[default: the text part on stdout]");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;
  std::optional<std::filesystem::path> out;
  if (vars.count("out")) out = vars["out"].as<std::string>();
  return write_preview(load_settings(inv), out, /*whole_message=*/false);
}

}  // namespace distill::app
