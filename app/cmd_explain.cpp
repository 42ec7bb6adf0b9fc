// explain: what process does to each message given as a file: the same
// function (app/process_message.hpp) decodes, matches the source, decides
// whether it is digested, cleans and summarizes. It needs no store and no
// config (built-in heuristics only), so a new user can try distill on a saved
// email first; with a config, a message is cleaned with the rules of the
// source it matches, or of --source NAME, and, when the configured store
// exists, with its sender's history read from it (read-only): the earlier
// issues of that sender that `process` would compare it with. A message that
// would not be digested is still cleaned and summarized, and says why.
//
// --json prints one object per message, one per line; this is the hook the
// quality script (bench/quality) scores, so its shape is a contract:
//   {"file", "from", "subject", "date" (ISO 8601, UTC, or null), "message_id",
//    "source", "skipped" (why it is not digested, or null), "text" (the
//    cleaned text), "removed": [{"text", "reason", "kind", "evidence"}] (kind
//    as the digest counts it),
//    "summary": {"lede", "points": [], "items": [{"title", "url", "blurb"}], ...},
//    "outline": {"title", "sections": [...], "stories": [...], ...} (transform/summary_json.hpp)}
// A file that cannot be read or explained gives {"file", "error"} in its
// place and the others go on; the exit status is then 1.

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "app/process_message.hpp"
#include "ingest/header_facts.hpp"
#include "store/store.hpp"
#include "transform/clean.hpp"
#include "deliver/atom.hpp"
#include "transform/summarize.hpp"
#include "transform/summary_json.hpp"

namespace distill::app {

namespace {

struct Explained {
  std::string file;
  transform::Message message;
  std::string source;
  std::optional<std::string> skipped;
  transform::Document document;
  transform::CleanResult cleaned;
  transform::Outline outline;
  transform::Summary summary;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw std::runtime_error("cannot read '" + path + "'");
  return std::move(bytes).str();
}

std::string format_address(const transform::Address& a) {
  if (a.name.empty()) return a.address;
  if (a.address.empty()) return a.name;
  return a.name + " <" + a.address + ">";
}

// The sender history `process` would clean a message with, read from the
// configured store when there is one. Without a config or a store, none.
class HistoryReader {
 public:
  explicit HistoryReader(const config::Settings& settings) {
    if (settings.config_path.empty() || !std::filesystem::exists(settings.store_path)) return;
    try {
      m_store.emplace(store::Store::open(settings.store_path, store::Store::Mode::read_only));
    } catch (const store::Error& e) {
      log::warning("explain: without sender history: " + std::string(e.what()));
    }
  }

  // The history of the sender of `bytes`: the issues stored before it when
  // it is in the store itself, else all stored issues of that sender.
  SenderHistory of(std::string_view bytes) {
    if (!m_store) return {};
    const auto facts = ingest::header_facts(bytes);
    if (facts.from.empty()) return {};
    const auto stored = m_store->find_message(facts.message_id, bytes);
    SenderHistory history;
    for (const auto& texts : m_store->sender_history(
             facts.from, stored.value_or(std::numeric_limits<std::int64_t>::max()), k_history_issues)) {
      history.push_back(transform::template_keys(texts));
    }
    return history;
  }

 private:
  std::optional<store::Store> m_store;
};

Explained explain_file(const std::string& path, const MessageRules& rules, const config::SourceSettings* forced,
                       HistoryReader& history) {
  Explained e;
  e.file = path;
  const std::string bytes = read_file(path);
  MessageRequest request;
  request.source = forced;
  request.past_skip = true;
  request.history = [&](const transform::Message&) { return history.of(bytes); };
  ProcessedMessage done = process_message(bytes, rules, request);
  e.message = std::move(done.message);
  e.source = std::move(done.source_title);
  e.skipped = std::move(done.skipped);
  e.document = std::move(done.document);
  e.cleaned = std::move(done.cleaned);
  e.outline = std::move(done.outline);
  e.summary = std::move(done.summary);
  return e;
}

nlohmann::json to_json(const Explained& e) {
  nlohmann::json removed = nlohmann::json::array();
  for (const auto& r : e.cleaned.removed) {
    removed.push_back({{"text", r.block.text},
                       {"reason", r.reason},
                       {"kind", std::string(transform::removal_kind_name(r.kind))},
                       {"evidence", r.evidence}});
  }
  return {
      {"file", e.file},
      {"from", format_address(e.message.from)},
      {"subject", e.message.subject},
      {"date", e.message.date ? nlohmann::json(deliver::rfc3339(*e.message.date)) : nlohmann::json(nullptr)},
      {"message_id", e.message.message_id},
      {"source", e.source},
      {"skipped", e.skipped ? nlohmann::json(*e.skipped) : nlohmann::json(nullptr)},
      {"text", transform::document_text(e.cleaned.kept)},
      {"removed", removed},
      {"summary", transform::to_json(e.summary)},
      {"outline", transform::to_json(e.outline)},
  };
}

std::string one_line(std::string text, std::size_t max_chars = 110) {
  for (auto& c : text) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  if (text.size() > max_chars) {
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return text;
}

// The readable report: header, summary, then every block in issue order,
// removed ones marked with their reason.
void print_report(std::ostream& out, const Explained& e) {
  const auto& s = e.summary;
  out << "== " << e.file << "\n";
  out << "From:    " << format_address(e.message.from) << "\n";
  out << "Subject: " << e.message.subject << "\n";
  if (e.message.date) out << "Date:    " << deliver::rfc3339(*e.message.date) << "\n";
  out << "Source:  " << e.source << "\n";
  if (e.skipped) out << "Digest:  not digested (" << *e.skipped << ")\n";
  out << "Words:   " << s.words_in << " in, " << s.words_kept << " kept, " << transform::summary_words(s)
      << " in the summary\n";
  if (!s.removed_counts.empty()) {
    out << "Removed:";
    const char* sep = " ";
    for (const auto& [kind, n] : s.removed_counts) {
      out << sep << n << " " << kind;
      sep = ", ";
    }
    out << "\n";
  }
  out << "\nSummary\n  " << s.lede << "\n";
  for (const auto& p : s.points) out << "  * " << p << "\n";
  for (const auto& item : s.items) {
    out << "  - " << item.title;
    if (!item.url.empty()) out << " <" << item.url << ">";
    out << "\n";
    if (!item.blurb.empty()) out << "      " << item.blurb << "\n";
  }
  out << "\nBlocks (\"-\" removed, with the reason)\n";
  // Kept and removed blocks are each in issue order; identical blocks read
  // the same whichever list they are in.
  std::size_t r = 0;
  for (const auto& block : e.document.blocks) {
    if (r < e.cleaned.removed.size() && e.cleaned.removed[r].block == block) {
      out << "  - [" << e.cleaned.removed[r].reason << "] " << one_line(block.text) << "\n";
      ++r;
    } else if (block.kind != transform::BlockKind::image) {
      out << "    " << one_line(block.text) << "\n";
    }
  }
  out << "\n";
}

}  // namespace

ExitStatus cmd_explain(const Invocation& inv) {
  po::options_description options("explain options");
  options.add_options()
      ("json", "one JSON object per message, one per line")
      ("source", po::value<std::string>()->value_name("NAME"),
       "clean with the rules of [source.NAME] (default: the source the message matches, if any)")
      ("file", po::value<std::vector<std::string>>()->value_name("FILE"),
       "a message (.eml), repeatable; with a config whose store exists, cleaned with its sender's "
       "earlier issues read from that store, as process does");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars, positional)) return *done;
  if (!vars.count("file")) throw UsageError("explain: no FILE given");
  const bool json = vars.count("json") > 0;

  config::Settings settings = load_settings_or_defaults(inv);
  const config::SourceSettings* forced = nullptr;
  if (vars.count("source")) {
    const std::string name = vars["source"].as<std::string>();
    for (const auto& s : settings.sources) {
      if (s.name == name) forced = &s;
    }
    if (!forced) {
      std::string where = settings.config_path.empty() ? std::string("no config file") : settings.config_path;
      throw UsageError("explain: no [source." + name + "] in " + where);
    }
  }

  const MessageRules rules(settings);
  HistoryReader history(settings);
  bool failed = false;
  for (const auto& file : vars["file"].as<std::vector<std::string>>()) {
    try {
      Explained e = explain_file(file, rules, forced, history);
      if (json) {
        std::cout << to_json(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        print_report(std::cout, e);
      }
    } catch (const std::exception& error) {
      failed = true;
      if (json) {
        nlohmann::json j = {{"file", file}, {"error", describe_exception(error)}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        std::cerr << "distill: error: " << describe_exception(error) << "\n";
      }
    }
    std::cout << std::flush;
  }
  return failed ? ExitStatus::failure : ExitStatus::ok;
}

}  // namespace distill::app
