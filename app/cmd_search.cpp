// search: full-text search of the archive (the cleaned text, title and
// source of every processed issue), newest first. Opens the store read-only,
// so it works while a daemon runs.
//
// --json prints one object per match, one per line, for scripts:
//   {"id", "date" (ISO 8601, UTC, or null), "source", "title", "snippet"}
// The query is FTS5 syntax, passed through: words (all must match), "a
// phrase", OR, NOT, prefix*, and title:/source:/text: for one field.

#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "app/log.hpp"
#include "config/values.hpp"
#include "deliver/atom.hpp"
#include "deliver/compose.hpp"
#include "store/store.hpp"

namespace distill::app {

namespace {

// At most this many matches are listed; the newest come first.
constexpr int k_max_hits = 100;

// The source name as the store keeps it: the digest title of [source.NAME]
// when NAME is a configured source that sets one, else NAME as given.
std::string stored_source_name(const config::Settings& settings, const std::string& name) {
  for (const auto& source : settings.sources) {
    if (source.name == name && !source.display_name.empty()) return source.display_name;
  }
  return name;
}

}  // namespace

ExitStatus cmd_search(const Invocation& inv) {
  po::options_description options;
  options.add_options()                                                                         //
      ("json", "one JSON object per match: id, date, source, title, snippet")                   //
      ("source", po::value<std::string>()->value_name("NAME"), "only issues of this source")  //
      ("since", po::value<std::string>()->value_name("DATE"), "only issues dated YYYY-MM-DD or later")  //
      ("query", po::value<std::vector<std::string>>()->value_name("QUERY"),
       "what to find (FTS5 syntax: words, \"a phrase\", OR, NOT, prefix*, title:WORD)");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars, positional)) return *done;

  store::SearchQuery query;
  if (vars.count("query")) {
    for (const auto& word : vars["query"].as<std::vector<std::string>>()) {
      query.match += (query.match.empty() ? "" : " ") + word;
    }
  }
  if (query.match.find_first_not_of(" \t") == std::string::npos) throw UsageError("no query given");
  if (vars.count("since")) {
    auto day = config::parse_date(vars["since"].as<std::string>());
    if (!day) throw UsageError("--since: expected " + std::string(config::k_expected_date));
    query.since = store::TimePoint{*day};
  }
  const auto settings = load_settings_or_defaults(inv);
  if (vars.count("source")) query.source = stored_source_name(settings, vars["source"].as<std::string>());
  query.limit = k_max_hits;

  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);
  std::vector<store::SearchHit> hits;
  try {
    hits = store.search(query);
  } catch (const store::QueryError& e) {
    throw UsageError(e.what());
  }

  const bool json = vars.count("json") > 0;
  for (auto hit : hits) {
    hit.snippet = deliver::plain_text(hit.snippet);  // one line, whatever the text's line breaks
    if (json) {
      nlohmann::ordered_json date = nullptr;
      if (hit.date) date = deliver::rfc3339(*hit.date);
      nlohmann::ordered_json line = {{"id", hit.message},
                                     {"date", date},
                                     {"source", hit.source},
                                     {"title", hit.title},
                                     {"snippet", hit.snippet}};
      std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::string date = hit.date ? deliver::rfc3339(*hit.date).substr(0, 10) : std::string("          ");
      std::cout << hit.message << "  " << date << "  " << hit.source << ": " << hit.title << "\n"
                << "    " << hit.snippet << "\n";
    }
  }
  if (hits.empty()) log::info("no issue matches \"" + query.match + "\"");
  if (hits.size() == static_cast<std::size_t>(k_max_hits)) {
    log::info("showing the newest " + std::to_string(k_max_hits) + " matches; narrow with --source or --since");
  }
  return ExitStatus::ok;
}

}  // namespace distill::app
