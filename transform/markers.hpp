#pragma once
// The built-in marker vocabularies of clean(): which phrases, where in a
// block, mark sponsor, promo, chrome, social and footer text, in English and
// German. clean_sections.cpp decides what a hit does to the blocks around
// it; this file only recognises a block for what it is.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transform/summary.hpp"

namespace distill::transform {

enum class MarkerAction {
  block,        // remove this block only
  section,      // remove this block and the section it heads
  bare_label,   // remove this label and the logo/images right after it
  tagged_item,  // remove this trailing tag and the item above it
  footnote,     // remove this disclosure and the block carrying its asterisk
  disclosure,   // remove this regulatory disclosure and the ad copy right above it
  jobs_section, // remove this jobs label and the job ads under it
  footer_after, // keep this block; the footer may start under it
};

struct MarkerHit {
  MarkerAction action = MarkerAction::block;
  RemovalKind kind = RemovalKind::sponsor;
  std::string evidence;  // the phrase or shape that matched: `"brought to you by"`, `share row`
  bool footer_start = false;  // may start the footer region when near the end
  std::string phrase;         // the phrase that matched, folded; empty for a shape
  std::optional<Category> category;  // the vocabulary category the marker stands for, if one does
  bool shared_with_news = false;     // footer words news uses too ("mailing list", "contact us")
  bool bracketed_tag = false;        // a tag in brackets in the block's text: "(sponsor)", "[Anzeige]"
};

struct MarkerContext {
  std::string_view folded;  // fold_for_match of the block text
  int words = 0;
  bool label = false;       // heading or heading-like line
  bool paragraph = false;   // BlockKind::paragraph (not a list item or heading)
  // Share of the words before this block, 0..1. Phrases that are
  // footer vocabulary but can occur in news ("mailing list", "is regulated
  // by", "terms and conditions") count only late in the issue.
  double position = 0;
};

// The first marker that applies to a block, in order of precedence (sponsor,
// jobs, chrome, promo, social, footer, sign-off, legal, address), or nullopt.
std::optional<MarkerHit> find_marker(const MarkerContext& ctx);

// Problems with the built-in patterns (none expected): each entry names a
// pattern RE2 rejects or one without the capture group reasons quote. For
// the tests, since a pattern RE2 rejects would silently never match.
std::vector<std::string> marker_pattern_errors();

// Whether a sponsor phrase (folded) ends in the preposition before the
// sponsor's name ("together with", "präsentiert von", "présenté par").
bool credit_before_name(std::string_view phrase);

// Whether a block ends like a sentence, or a clause of one ('.', ',' or
// ';' before any closing quotes and brackets): what a label, a byline or a
// button never does.
bool ends_like_sentence(std::string_view folded);

// Whether a block is one Markdown bold span ("**3. Acme (sponsor)**"): the
// item title of a plain-text letter written in Markdown.
bool markdown_bold_line(std::string_view folded);

// Whether a block reads like a job ad (engineer, remote, hiring, apply, ...):
// where a jobs section without a closing heading ends.
bool is_job_ad(std::string_view folded);

// What a block says that an advertised offer says: a discount ("45%
// discount", "promo code", "save $50"), an amount (a percentage or a
// currency amount), purchase or subscription terms ("initial purchase",
// "is a one-year subscription", "order now"), a contest ("chance to win",
// "giveaway", "Gewinnspiel"), a call to action addressed to the reader
// ("find out how", "click here", "Enter for ..."), and a deadline ("offer
// valid", "during the month of", "while supplies last"). Each is weak alone;
// clean() counts them (see clean_offers.cpp).
enum class OfferSignal : unsigned { discount, amount, purchase, contest, call_to_action, deadline };

struct OfferSignals {
  unsigned mask = 0;  // bit n set: OfferSignal n was found
  bool has(OfferSignal signal) const;
  int count() const;
  // The signals found, in enum order: "discount, amount, deadline".
  std::string describe() const;
};

OfferSignals offer_signals(std::string_view folded);

// How many prices `folded` names: currency amounts ("€9.99", "$50",
// "19.99 €", "EUR 8,-") and list-price labels (UVP, RRP, MSRP); not a sum
// in millions or billions ("$4.2 million"), which a report gives.
int count_prices(std::string_view folded);

}  // namespace distill::transform
