#include "app/server_actions.hpp"

#include <string>
#include <vector>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "app/stage_ingest.hpp"
#include "ingest/imap_source.hpp"

namespace distill::app {

std::function<void(store::Store&)> server_actions(const config::Settings& settings) {
  if (settings.imap.after.empty() || settings.imap.after == "none") return {};
  return [imap = settings.imap](store::Store& store) {
    const auto actions = store.pending_actions();
    if (actions.empty()) return;
    std::vector<ingest::ActionTarget> targets;
    for (const auto& a : actions) targets.push_back({a.message, a.mailbox, a.uidvalidity, a.uid});
    // The digest is out; an action that fails now stays pending in the store
    // and is tried again after the next delivery, so this only warns.
    try {
      const auto options = imap_options(imap);
      const auto done = ingest::apply_actions(options, targets);
      for (const auto id : done) store.mark_action_done(id);
      log::verbose("deliver: after = " + imap.after + " done for " + std::to_string(done.size()) + " of " +
                   std::to_string(targets.size()) + " messages");
    } catch (const std::exception& e) {
      log::warning("after = " + imap.after + " not done yet (tried again after the next digest): " +
                   describe_exception(e));
    }
  };
}

}  // namespace distill::app
