#include "app/process.hpp"

#include "app/process_message.hpp"
#include "transform/clean.hpp"

namespace distill::app {

namespace {

std::string describe(const store::StoredMessage& m) {
  std::string s = "message " + std::to_string(m.id);
  if (!m.info.subject.empty()) s += " (\"" + m.info.subject + "\")";
  return s;
}

}  // namespace

ProcessReport process_pending(const config::Settings& settings, store::Store& store, const ProcessRequest& request) {
  ProcessReport report;
  const MessageRules rules(settings);

  for (auto id : store.message_ids(store::MessageStatus::fresh)) {
    if (request.should_stop && request.should_stop()) break;
    store::StoredMessage stored = store.message(id);
    try {
      MessageRequest one;
      one.history = [&](const transform::Message&) {
        return store.sender_history(stored.info.from, id, k_history_issues);
      };
      ProcessedMessage done = process_message(stored.raw.bytes, rules, one);
      if (request.verbose) {
        for (const auto& w : done.message.warnings) request.verbose(describe(stored) + ": " + w);
      }
      if (done.skipped) {
        store.mark_skipped(id, *done.skipped);
        ++report.skipped;
        if (request.verbose) request.verbose(describe(stored) + ": skipped, " + *done.skipped);
        continue;
      }
      auto tx = store.begin();
      store.mark_processed(id, done.source_title, done.summary, transform::history_entry(done.document),
                           request.now);
      tx.commit();
      ++report.processed;
    } catch (const std::exception& e) {
      std::string what = describe(stored) + ": " + e.what();
      store.mark_failed(id, e.what());
      ++report.failed;
      report.failures.push_back(what);
      if (request.warn) request.warn(what);
    }
  }
  return report;
}

}  // namespace distill::app
