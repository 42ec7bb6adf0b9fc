// show: one issue of the archive, by the id that `search` lists. Without an
// option, the issue as the digest saw it: its summary, then the cleaned
// text. --original writes the message exactly as received (bytes unchanged:
// for a mail client or a bug report), --html the cleaned issue as a
// standalone HTML page (escaped, no scripts, no images), --removed every
// block cleaning removed with the reason. Opens the store read-only.

#include <iostream>
#include <string>

#include "app/cli.hpp"
#include "deliver/atom.hpp"
#include "deliver/compose.hpp"
#include "deliver/issue_html.hpp"
#include "store/store.hpp"
#include "transform/clean.hpp"

namespace distill::app {

namespace {

std::string day_of(std::optional<store::TimePoint> t) { return t ? deliver::rfc3339(*t).substr(0, 10) : ""; }

// Why an issue has no cleaned text to show.
std::string no_cleaned_text(const store::ArchivedIssue& issue) {
  if (issue.pruned) return "(the cleaned text was pruned on " + day_of(issue.pruned) + "; the summary stays)";
  return "(the cleaned text was not kept: the issue was processed before the archive kept it)";
}

void print_issue(std::ostream& out, const store::ArchivedIssue& issue) {
  const auto& s = issue.summary;
  out << (s.title.empty() ? issue.info.subject : s.title) << "\n";
  out << issue.source;
  if (const auto day = day_of(issue.info.date); !day.empty()) out << " · " << day;
  out << " · id " << issue.message << "\n";
  if (!s.web_url.empty()) out << "web: " << s.web_url << "\n";
  if (!s.lede.empty()) out << "\n" << s.lede << "\n";
  if (!s.points.empty()) out << "\n";
  for (const auto& point : s.points) out << "- " << point << "\n";
  if (!s.items.empty()) out << "\n";
  for (const auto& item : s.items) {
    out << "* " << item.title;
    if (!item.url.empty()) out << " <" << item.url << ">";
    if (!item.blurb.empty()) out << " — " << item.blurb;
    out << "\n";
  }
  if (const auto removed = deliver::describe_removed(s); !removed.empty()) out << "\nremoved: " << removed << "\n";
  out << "\n---\n\n";
  if (issue.cleaned) {
    out << transform::document_text(issue.cleaned->kept) << "\n";
  } else {
    out << no_cleaned_text(issue) << "\n";
  }
}

void print_removed(std::ostream& out, const store::ArchivedIssue& issue) {
  if (!issue.cleaned) {
    out << no_cleaned_text(issue) << "\n";
    return;
  }
  for (const auto& r : issue.cleaned->removed) {
    out << r.reason << "\n";
    if (!r.block.text.empty()) out << "    " << deliver::plain_text(r.block.text) << "\n";
  }
  const auto& kept = issue.cleaned->kept;
  if (kept.tracking_pixels > 0) out << "tracking: " << kept.tracking_pixels << " tracking pixels\n";
  if (kept.tracking_params_removed > 0) {
    out << "tracking: " << kept.tracking_params_removed << " tracking parameters removed from links\n";
  }
}

}  // namespace

ExitStatus cmd_show(const Invocation& inv) {
  po::options_description options;
  options.add_options()                                                                          //
      ("original", "write the message exactly as received (bytes unchanged)")                    //
      ("html", "write the cleaned issue as a standalone HTML page (no scripts, no images)")      //
      ("removed", "list what cleaning removed and why")                                          //
      ("id", po::value<long long>()->value_name("ID"), "the issue's id, as search lists it");
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vars;
  if (auto done = parse_command_line(inv, options, vars, positional)) return *done;
  if (!vars.count("id")) throw UsageError("no ID given");
  const int views = static_cast<int>(vars.count("original") + vars.count("html") + vars.count("removed"));
  if (views > 1) throw UsageError("--original, --html and --removed go one at a time");
  const std::int64_t id = vars["id"].as<long long>();

  const auto settings = load_settings_or_defaults(inv);
  auto store = store::Store::open(settings.store_path, store::Store::Mode::read_only);

  if (vars.count("original")) {
    const auto bytes = store.original(id);
    if (!bytes) {
      throw std::runtime_error("the original of message " + std::to_string(id) + " was pruned ([store] keep_days)");
    }
    std::cout.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    std::cout.flush();
    return std::cout ? ExitStatus::ok : ExitStatus::failure;
  }

  const auto issue = store.issue(id);
  if (!issue) {
    const auto message = store.message(id);  // throws "no message N in the store"
    std::string why = std::string(store::to_string(message.status));
    if (!message.error.empty()) why += ": " + message.error;
    throw std::runtime_error("message " + std::to_string(id) + " is not a processed issue (" + why +
                             "); 'distill show --original " + std::to_string(id) + "' writes it as received");
  }
  if (vars.count("html")) {
    std::cout << deliver::issue_page(issue->summary, issue->cleaned);
  } else if (vars.count("removed")) {
    print_removed(std::cout, *issue);
  } else {
    print_issue(std::cout, *issue);
  }
  return ExitStatus::ok;
}

}  // namespace distill::app
