// status: what the store holds, per stage. Opens the store read-only, so it
// works while a daemon runs; a store that does not exist yet reads as empty.

#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "store/store.hpp"

namespace distill::app {

namespace {

std::string local_time(store::TimePoint t) {
  std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  localtime_r(&seconds, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &tm);
  return buffer;
}

// The shape `status --json` promises; keep it stable, scripts read it.
nlohmann::ordered_json to_json(const store::Status& st) {
  nlohmann::ordered_json mailboxes = nlohmann::ordered_json::array();
  for (const auto& m : st.mailboxes) {
    mailboxes.push_back({{"name", m.name},
                         {"uidvalidity", m.uidvalidity.value},
                         {"last_uid", m.last_uid.value},
                         {"messages", m.messages}});
  }
  nlohmann::ordered_json fetch_failures = nlohmann::ordered_json::array();
  for (const auto& f : st.fetch_failures) {
    fetch_failures.push_back({{"mailbox", f.mailbox},
                              {"uid", f.uid.value},
                              {"attempts", f.attempts},
                              {"given_up", f.given_up},
                              {"error", f.error}});
  }
  return {
      {"mailboxes", mailboxes},
      {"messages", {{"new", st.fresh}, {"processed", st.processed}, {"failed", st.failed}, {"skipped", st.skipped}}},
      {"digests",
       {{"pending", st.digests_pending},
        {"sent", st.digests_sent},
        {"refused", static_cast<std::int64_t>(st.refused.size())}}},
      {"fetch_failures", fetch_failures},
  };
}

void print_text(std::ostream& out, const std::string& path, const store::Status& st) {
  out << "store: " << path << "\n";
  if (st.mailboxes.empty()) out << "mailboxes: none synced yet\n";
  if (!st.mailboxes.empty()) out << "mailboxes:\n";
  for (const auto& m : st.mailboxes) {
    out << "  " << m.name << ": " << m.messages << " messages, uidvalidity " << m.uidvalidity.value << ", last uid "
        << m.last_uid.value;
    if (m.last_sync) out << ", last sync " << local_time(*m.last_sync);
    out << "\n";
  }
  out << "messages: " << st.fresh << " new, " << st.processed << " processed, " << st.failed << " failed, "
      << st.skipped << " skipped\n";
  out << "digests: " << st.digests_pending << " pending, " << st.digests_sent << " sent";
  if (st.last_digest_sent) out << ", last sent " << local_time(*st.last_digest_sent);
  if (!st.refused.empty()) out << ", " << st.refused.size() << " refused by the server";
  out << "\n";
  for (const auto& r : st.refused) {
    out << "  refused " << local_time(r.refused) << ": <" << r.message_id << ">: " << r.error
        << (r.issues == 1 ? " (its issue is left out of digests)" : " (its issues went out again in smaller digests)")
        << "\n";
  }
  for (const auto& f : st.fetch_failures) {
    out << "fetch: " << f.mailbox << " uid " << f.uid.value << ": ";
    if (f.given_up) {
      out << "skipped after " << f.attempts << " failed attempts";
    } else {
      out << f.attempts << (f.attempts == 1 ? " failed attempt" : " failed attempts") << ", asked for again next run";
    }
    out << ": " << f.error << "\n";
  }
}

}  // namespace

ExitStatus cmd_status(const Invocation& inv) {
  po::options_description options;
  options.add_options()("json", "print one JSON object: mailboxes, message and digest counts");
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars)) return *done;

  config::Settings settings = load_settings_or_defaults(inv);
  store::Status st;
  std::error_code ec;
  if (std::filesystem::exists(settings.store_path, ec)) {
    auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
    if (const auto warning = store.exposure(); !warning.empty()) log::warning(warning);
    st = store.status();
  } else {
    log::info("no store at " + settings.store_path + " yet; 'distill ingest' creates it");
  }

  if (vars.count("json")) {
    std::cout << to_json(st).dump() << "\n";
  } else {
    print_text(std::cout, settings.store_path, st);
  }
  return ExitStatus::ok;
}

}  // namespace distill::app
