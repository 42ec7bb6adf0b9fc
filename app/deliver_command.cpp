#include "app/deliver_command.hpp"

#include <fstream>
#include <iostream>

#include "app/stage_ingest.hpp"
#include "app/log.hpp"
#include "config/secret.hpp"
#include "ingest/imap_source.hpp"

namespace distill::app {

namespace {

std::chrono::sys_seconds wall_now() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

ExitStatus write_preview(const config::Settings& settings, const std::optional<std::filesystem::path>& out,
                         bool whole_message) {
  if (!std::filesystem::exists(settings.store_path)) {
    log::info("nothing to render: no store at '" + settings.store_path +
              "' yet (run 'distill ingest' and 'distill process' first)");
    return ExitStatus::ok;
  }
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  const auto now = wall_now();
  const auto digest = next_digest(settings, store, now, local_utc_offset(now));
  if (!digest) {
    log::info("nothing new to digest (send_empty is off)");
    return ExitStatus::ok;
  }
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
  log::info("wrote the next digest (" + std::to_string(digest->summaries.size()) + " issues, nothing sent) to '" +
            out->string() + "'");
  return ExitStatus::ok;
}

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

DeliverReport deliver_now(const config::Settings& settings) {
  auto store = store::Store::open(settings.store_path);
  if (const auto warning = store.exposure(); !warning.empty()) log::warning(warning);
  const auto now = wall_now();
  DeliverRequest request;
  request.now = now;
  request.utc_offset = local_utc_offset(now);
  request.log = [](const std::string& line) { log::verbose(line); };
  request.trace = [](const std::string& line) { log::trace(line); };
  request.after_sent = server_actions(settings);
  auto report = deliver_pending(settings, store, request);
  for (const auto& s : report.sent) {
    for (const auto& why : s.digest.merged) log::verbose("deliver: same story: " + why);
  }
  for (const auto& s : report.sent) {
    log::info(std::string(s.resent ? "deliver: resent" : "deliver: sent") + " digest <" + s.digest.message_id +
              ">" + (s.resent ? "" : " with " + std::to_string(s.digest.summaries.size()) + " issues") + ": " +
              s.where);
  }
  for (const auto& r : report.refused) {
    log::error("deliver: the server refused digest <" + r.message_id + "> for good: " + r.reply + "; " +
               (r.issues > 1 ? "its " + std::to_string(r.issues) + " issues go out again in smaller digests"
                             : std::string("its issue is left out of later digests ('distill status' lists it)")));
  }
  if (report.sent.empty() && report.refused.empty()) log::info("deliver: nothing new to send");
  return report;
}

}  // namespace distill::app
