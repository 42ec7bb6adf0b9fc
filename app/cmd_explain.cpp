// explain: what clean and summarize do to each message given as a file. It
// needs no store and no config (built-in heuristics only), so a new user can
// try distill on a saved email first; with a config, a message is cleaned
// with the rules of the source it matches, or of --source NAME.
//
// --json prints one object per message, one per line; this is the hook the
// quality script (bench/quality) scores, so its shape is a contract:
//   {"file", "from", "subject", "date" (ISO 8601, UTC, or null), "message_id",
//    "source", "text" (the cleaned text),
//    "removed": [{"text", "reason", "kind", "evidence"}] (kind as the digest counts it),
//    "summary": {"lede", "points": [], "items": [{"title", "url", "blurb"}], ...},
//    "outline": {"title", "sections": [...], "stories": [...], ...} (transform/summary_json.hpp)}
// A file that cannot be read or explained gives {"file", "error"} in its
// place and the others go on; the exit status is then 1.

#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "app/process.hpp"
#include "deliver/atom.hpp"
#include "transform/clean.hpp"
#include "transform/evidence.hpp"
#include "transform/html_document.hpp"
#include "transform/mime.hpp"
#include "transform/rules.hpp"
#include "transform/summarize.hpp"
#include "transform/summary_json.hpp"

namespace distill::app {

namespace {

struct Explained {
  std::string file;
  transform::Message message;
  std::string source;
  transform::Document document;
  transform::CleanResult cleaned;
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

transform::SourceRules rules_of(const config::SourceSettings& source) {
  transform::SourceRules rules;
  rules.name = source.name;
  rules.drop = source.drop;
  rules.drop_after = source.drop_after;
  rules.drop_before = source.drop_before;
  rules.keep = source.keep;
  rules.compile();
  return rules;
}

class Explainer {
 public:
  Explainer(const config::Settings& settings, const config::SourceSettings* forced)
      : m_settings(settings), m_forced(forced) {}

  Explained explain(const std::string& path) {
    Explained e;
    e.file = path;
    std::string bytes = read_file(path);
    // Decode, then clean with the source's rules and summarize, as `process` does.
    e.message = transform::decode_message(bytes);
    e.document = transform::message_to_document(e.message);
    const config::SourceSettings* source = m_forced ? m_forced : match_source(m_settings, e.message);
    const transform::SourceRules& rules = source ? rules_for(*source) : m_no_rules;
    transform::CleanContext context;
    context.list_unsubscribe_host = transform::list_unsubscribe_host(e.message.list_unsubscribe);
    e.cleaned = transform::clean(e.document, rules, context);
    transform::SummarizeOptions options;
    options.points = m_settings.digest.points;
    options.source = source ? source->name
                            : (e.message.from.name.empty() ? e.message.from.address : e.message.from.name);
    options.title = e.message.subject;
    options.date = e.message.date;
    e.source = options.source;
    e.summary = transform::summarize(e.cleaned, options);
    return e;
  }

 private:
  const config::Settings& m_settings;
  const config::SourceSettings* m_forced;
  const transform::SourceRules m_no_rules;
  std::map<std::string, transform::SourceRules> m_rules;

  const transform::SourceRules& rules_for(const config::SourceSettings& source) {
    auto it = m_rules.find(source.name);
    if (it == m_rules.end()) it = m_rules.emplace(source.name, rules_of(source)).first;
    return it->second;
  }
};

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
      {"text", transform::document_text(e.cleaned.kept)},
      {"removed", removed},
      {"summary", transform::to_json(e.summary)},
      {"outline", transform::to_json(transform::build_outline(e.cleaned.kept, transform::block_facts(e.cleaned.kept),
                                                              e.message.subject, e.source))},
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
      ("file", po::value<std::vector<std::string>>()->value_name("FILE"), "a message (.eml), repeatable");
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

  Explainer explainer(settings, forced);
  bool failed = false;
  for (const auto& file : vars["file"].as<std::vector<std::string>>()) {
    try {
      Explained e = explainer.explain(file);
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
