#pragma once
// The phrases of newsletter chrome, as data: one table of categories
// (unsubscribe footer, view online, forwarded, imprint, sponsor, ...) by
// language (English, German, French, Spanish, Italian, Dutch, Portuguese).
// Every category is covered in every language, each written from how
// newsletters in that language say it, not translated word by word. This is
// the one place to read and extend the vocabulary; clean() decides what a
// hit does (markers.hpp keeps the older English and German markers whose
// hits shape sections, tags and footnotes).
//
// Matching is one pass per block: all tables are one RE2::Set over the
// folded text (fold_for_match), and only the tables that matched are run
// again to quote the phrase.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace distill::transform {

enum class Category {
  footer,            // unsubscribe, "you receive this because", preferences
  view_online,       // "view in browser", "if this email does not display"
  forwarded,         // "forwarded to you?", "get your own copy"
  imprint,           // imprint, legal notices, disclaimers, copyright
  sponsor,           // "sponsored by", "in partnership with"
  advertise,         // "advertise with us", "become a sponsor"
  house_ad,          // the publisher's other products: newsletters, courses, apps, events
  upsell,            // paid tier, paywall, free trial, members only
  donation,          // donation and patronage appeals
  feedback,          // "what did you think of this issue?", review requests
  deliverability,    // "add us to your contacts", spam folder, plain-text version
  self_description,  // "X is a weekly newsletter", "sent every Friday to 9,000 readers"
  social,            // "follow us on", "share on"
};
inline constexpr std::size_t k_category_count = 13;

enum class Language { en, de, fr, es, it, nl, pt };
inline constexpr std::size_t k_language_count = 7;

std::string_view category_name(Category c);  // "footer", "view online", ...
std::string_view language_code(Language l);  // "en", "de", ...

// One row of the table: the phrases of one category in one language, as an
// RE2 alternation over folded text. `label_only` rows are single words that
// mark chrome only as a block's whole label ("Anzeige", "Publicité").
struct VocabularyRow {
  Category category;
  Language language;
  bool label_only;
  std::string_view phrases;
};

std::span<const VocabularyRow> vocabulary();

struct VocabularyHit {
  Category category;
  Language language;
  bool label_only = false;
  std::string phrase;    // what matched, as folded
  std::size_t pos = 0;   // byte offset of the phrase in the folded text
};

// The first phrase of each category found in `folded` (at most one hit per
// category and per label_only-ness), in table order.
std::vector<VocabularyHit> find_vocabulary(std::string_view folded);

// Rows RE2 rejects (none expected), for the tests.
std::vector<std::string> vocabulary_errors();

}  // namespace distill::transform
