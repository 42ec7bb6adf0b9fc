#pragma once
// The server-side actions of [imap] after (seen, move:Folder), done for the
// messages of a digest once it is sent.

#include <functional>

#include "config/settings.hpp"
#include "store/store.hpp"

namespace distill::app {

// The actions for the messages of sent digests (store.pending_actions()),
// as DeliverRequest::after_sent runs them; empty when [imap] after is none.
// An action that fails stays pending and is tried again after the next
// delivery: it only warns.
std::function<void(store::Store&)> server_actions(const config::Settings& settings);

}  // namespace distill::app
