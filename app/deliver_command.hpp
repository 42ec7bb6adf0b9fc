#pragma once
// What the deliver, preview, run and daemon commands share: the preview
// writer, the deliver step with its logging, and the server-side actions.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "app/cli.hpp"
#include "app/stage_deliver.hpp"
#include "config/settings.hpp"

namespace distill::app {

// Renders the next digest without sending or changing state: to `out` (by
// extension: .html the HTML part, .eml the whole message, else the text
// part) or to stdout (`whole_message`: the whole message, else the text).
ExitStatus write_preview(const config::Settings& settings, const std::optional<std::filesystem::path>& out,
                         bool whole_message);

// Opens the store, sends what is due (pending digests first), runs the
// server-side actions for what was sent, and logs one line per digest (an
// error line with the server's reply for one refused for good). Throws what
// deliver_pending throws.
DeliverReport deliver_now(const config::Settings& settings);

// The server-side actions ([imap] after = seen | move:Folder) for the
// messages of sent digests; empty when there is nothing to do.
std::function<void(store::Store&)> server_actions(const config::Settings& settings);

}  // namespace distill::app
