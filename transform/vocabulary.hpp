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
// Matching runs each block's folded text (fold_for_match) through four
// RE2::Sets per language, the tables grouped by whether they hold an
// unbounded gap, a counted repetition, both or neither; only the tables that matched are run again, with their own
// RE2, to confirm and quote the phrase. A set reads ASCII letters where a
// table has Unicode letter classes (cheap to compile, never missing a
// table that matches); a table's own RE2 has the exact
// boundaries and is compiled the first time the set names it.

#include <cstddef>
#include <cstdint>
#include <optional>
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
std::optional<Category> category_from_name(std::string_view name);  // category_name's inverse
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

// The hits of the forwarded and view-online rows alone, the same as
// find_vocabulary gives for those two categories, from a table of only
// their rows: the markers ask for these notes on every block.
std::vector<VocabularyHit> find_mail_notes(std::string_view folded);

// The same as find_vocabulary, with a table of its own whose sets may each hold `set_memory`
// bytes: for the tests of a set too large for its budget.
std::vector<VocabularyHit> find_vocabulary_with_set_memory(std::string_view folded, std::int64_t set_memory);

// Rows RE2 rejects (none expected), for the tests.
std::vector<std::string> vocabulary_errors();

// Word lists that clean()'s rules read as evidence beside a phrase or a
// shape, never as chrome on their own: the same kind of per-language data
// as the table above, kept here so that one file holds the words. Where a
// language has no row, the words of another serve it ("sponsor" is also
// the stem of "sponsorisé" and "sponsorizzato").
enum class WordList {
  sponsor_stem,    // a stem of "sponsor" itself, anywhere in a phrase ("patrocin"), or a paid_listing word
  thanks,          // thanking whoever a credit names ("kindly", "merci", "danke an")
  issue,           // the issue, its content or its season ("edition", "numéro", "stagione")
  issue_opening,   // words that open a line naming the issue ("today's ")
  own_work,        // the publisher's possessive opening a line ("our ", "onze ")
  web,             // the web or a browser, in a header's link line ("navegador")
  jobs,            // jobs, in a heading over links to a jobs page ("vacatures")
  photo,           // the word for a photo leading its credit ("Foto:", "Photo by")
  photo_by,        // the word for "by" after it ("von", "par", "door")
  contents,        // the issue's items counted, as a teaser lists them ("trois recettes")
  shop,            // a shop, as the first label of its host names it ("shop.", "boutique.", "loja.")
  classifieds,     // the readers' small ads, as a heading over them ("Kleinanzeigen", "petites annonces")
  paid_tag,        // the word that tags a paid item right after its link ("sponsor", "· partenaire")
  next_issue,      // a label for what the next issue brings, opening a sentence ("Next week:", "Volgende week:")
  contents_label,  // a line alone over the issue's contents ("Contents", "Inhalt", "In dit nummer")
  partner,         // a partner, as a newsroom names another it works with ("partners", "partenaire", "parceiro")
  reporting,       // what a newsroom did to report a story ("found", "berichtet", "a révélé")
  commission,      // a commission the sender earns on what readers buy ("commission", "Provision", "comisión")
  link_word,       // the word for a link ("links", "liens", "enlaces")
  paid_listing,    // a section's listings said to be paid for ("paid placements", "pay to appear here")
  unsubscribe,     // a mailing's way out or why it comes ("unsubscribe", "abmelden", "you receive this because")
  partner_body,    // bodies named right after the word partner ("our partner clubs", "partner schools")
};
inline constexpr std::size_t k_word_list_count = 22;

std::string_view word_list_name(WordList w);

struct WordListRow {
  WordList list;
  Language language;
  std::string_view words;  // an RE2 alternation over folded text
};

std::span<const WordListRow> word_lists();

// Whether `folded` holds a word of the list where the list's words count:
// sponsor stems anywhere, opening words at the start followed by a space,
// a photo word at the start followed by a colon, "©" or a photo_by word
// ("photo" also stands for "photos", "photo credit"; photo_by has no use
// alone and matches nothing), the others as whole words (a letter boundary that knows accented letters).
bool has_listed_word(WordList list, std::string_view folded);

}  // namespace distill::transform
