#pragma once
// The preview writer: the next digest rendered without sending it, for
// `preview` and for `deliver --dry-run` / `deliver --out FILE`.

#include <filesystem>
#include <optional>

#include "app/cli.hpp"
#include "config/settings.hpp"

namespace distill::app {

// Renders the next digest without sending or changing state: to `out` (by
// extension: .html the HTML part, .eml the whole message, else the text
// part) or to stdout (`whole_message`: the whole message, else the text).
ExitStatus write_preview(const config::Settings& settings, const std::optional<std::filesystem::path>& out,
                         bool whole_message);

}  // namespace distill::app
