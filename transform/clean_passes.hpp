#pragma once
// The internals of cleaning (clean.hpp) that its passes share, not part of
// its interface: what cleaning records about each block, and the Cleaner,
// whose passes are defined one kind of evidence per file:
//   clean.cpp           the order of the passes, source rules, tidying
//   clean_markers.cpp   marker phrases, the vocabulary, the roles of links
//   clean_masthead.cpp  the issue's header: web-copy line, teaser, dateline,
//                       rows of section names, the reader's account line
//   clean_sections.cpp  what a label or a tag owns: sponsor, promo, jobs and
//                       classifieds sections, tagged items
//   clean_offers.cpp    offers, native ads, partner boxes, shop buttons
//   clean_footer.cpp    the footer region, the newsletter naming itself
//   clean_template.cpp  the sender's and the platform's templates, their keys
//   clean_passes.cpp    the helpers several of them read

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "transform/block_facts.hpp"
#include "transform/clean.hpp"
#include "transform/document.hpp"
#include "transform/evidence.hpp"
#include "transform/rules.hpp"
#include "transform/summary.hpp"
#include "transform/vocabulary.hpp"

namespace distill::transform::clean_detail {

// The shared block facts (folded text, words, heading-likeness and rank),
// plus what cleaning decided about the block.
struct Removal {
  RemovalKind kind = RemovalKind::source;
  std::string evidence;
  std::string phrase;  // the phrase that matched, folded, when a phrase did; else empty
  std::optional<Category> category;  // the vocabulary's category, when its phrase or an equal marker matched
  bool box_button = false;           // a box's button, taken for the copy above it (mark_box_buttons)
};

struct Info : BlockFacts {
  bool is_protected = false;
  std::optional<Removal> reason;
};

// `text` with its spacing folded, quoted and cut after `max_chars` bytes
// (at a character's start): how an evidence names a block.
std::string quote(std::string_view text, std::size_t max_chars = 60);

class Cleaner {
 public:
  Cleaner(const Document& doc, const SourceRules& rules, const CleanContext& context)
      : m_doc(doc), m_rules(rules), m_context(context), m_history(context.sender_template), m_info(doc.blocks.size()) {}

  // The passes in their order, then the result (clean.cpp).
  CleanResult run();

 private:
  const Document& m_doc;
  const SourceRules& m_rules;
  const CleanContext& m_context;
  const std::vector<std::vector<std::string>>& m_history;
  std::vector<Info> m_info;
  int m_total_words = 0;
  std::vector<int> m_words_before;
  struct FooterCandidate {
    std::size_t index;
    std::string quoted;  // the block's text, quoted, for the reason
  };
  std::vector<FooterCandidate> m_footer_candidates;
  std::optional<bool> m_shop_issue;  // is_shop_issue(), computed once
  // The first block with the words of a story (or size()), for in_header;
  // computed the first time it is asked.
  mutable std::optional<std::size_t> m_first_story;
  // name_letters of each block's folded text, computed the first time a
  // pass asks for it (mark_native_ads and mark_own_name both read it).
  mutable std::vector<std::optional<std::string>> m_letters;
  std::optional<std::vector<std::string>> m_own_names;  // own_names(), for mark_native_ads

  const std::string& letters(std::size_t i) const {
    if (m_letters.size() != size()) m_letters.resize(size());
    if (!m_letters[i]) m_letters[i] = name_letters(m_info[i].folded);
    return *m_letters[i];
  }

  std::size_t size() const { return m_doc.blocks.size(); }
  const Block& block(std::size_t i) const { return m_doc.blocks[i]; }
  bool open(std::size_t i) const { return !m_info[i].reason && !m_info[i].is_protected; }

  void remove(std::size_t i, const Removal& reason) {
    if (open(i)) m_info[i].reason = reason;
  }

  // Share of the issue's words before block i, 0..1.
  double position(std::size_t i) const {
    return m_total_words > 0 ? static_cast<double>(m_words_before[i]) / m_total_words : 0;
  }

  // Where a vocabulary phrase counts (placement, clean_markers.cpp).
  struct Placement {
    int short_words;  // a block this short is chrome wherever the phrase stands
    int first_words;  // else the phrase must start within these first words
    int late_words;   // or, late in the issue, the block may be this long
  };

  // clean.cpp: source rules, tidying, the result.
  void analyse();
  void apply_source_rules();
  void mark_between_promos();
  void mark_lead_in_lists();
  static bool link_list(std::string_view text);
  void mark_mirror_lists();
  void mark_promo_boxes();
  void mark_box_buttons();
  void mark_ruled_promo_boxes();
  void mark_headed_promo_boxes();
  bool labels_button_kind(std::size_t title, std::size_t button) const;
  void tidy();
  void mark_item_labels();
  void mark_contents_lines();
  void mark_contents_label();
  static std::string_view without_number(std::string_view folded);
  CleanResult result() const;

  // clean_passes.cpp: read by passes of several files.
  std::vector<std::string> sites_of(std::size_t i) const;
  bool starts_with_link_title(std::size_t j) const;
  bool is_whole_link(std::size_t i, int max_words = 7) const;
  std::size_t button_at_end(std::size_t i) const;
  static bool is_navigation_row(std::string_view text, int min_parts = 3);
  void mark_box_title(std::size_t copy, const Removal& reason);
  bool titled_by_link(std::size_t j) const;
  std::vector<std::string> own_names() const;
  bool is_ad_title(std::size_t t, bool bold) const;
  static std::string site_name(std::string_view site);

  // clean_markers.cpp: marker phrases, the vocabulary, links.
  void mark_blocks();
  bool message_from_label(std::size_t i) const;
  std::optional<std::size_t> message_box_link(std::size_t label) const;
  bool closes_promo_box(std::size_t button) const;
  bool in_header(std::size_t i) const;
  bool links_to_sponsor_named(std::size_t i, std::string_view after) const;
  bool closes_sponsor_box(std::size_t line, const Removal& reason);
  bool credits_buttoned_box(std::size_t line, const Removal& reason);
  bool closes_tagged_item(std::size_t tag, const Removal& reason);
  bool affiliate_offer_above(std::size_t button) const;
  // Whether the block with words above `i` is the header of a message in a
  // list's digest ("Message: 6 Date: ... From: ... Subject: ..."): `i`
  // opens one member's post.
  bool under_message_header(std::size_t i) const;
  bool told_in_news_list(std::size_t i, std::string_view phrase) const;
  // The end (exclusive) of an offer's box that a label line in capitals
  // opens, as plain text sets one: the label, perhaps the offer's title,
  // a few lines of copy, then its button; nullopt when no button closes
  // it that soon.
  std::optional<std::size_t> offer_box_end(std::size_t label) const;
  void mark_offer_box(std::size_t label, std::size_t end, const Removal& reason);
  static Placement placement(Category c);
  static RemovalKind kind_of(Category c);
  bool books_story_above(std::size_t i, std::size_t button) const;
  static bool appositive(std::string_view folded, std::size_t pos);
  static bool is_aside(std::string_view folded);
  static bool closes_before_button(std::string_view folded, std::size_t pos, std::size_t button);
  static bool sponsor_stem(std::string_view phrase);
  static bool thanks(std::string_view folded);
  static bool partner_reported(std::string_view folded, const VocabularyHit& h);
  static bool issue_reported(std::string_view folded, const VocabularyHit& h);
  static bool names_issue(std::string_view text);
  static bool names_own_work(std::string_view before);
  void mark_vocabulary();
  void mark_links();
  void mark_app_copy_above(std::size_t badges, const Removal& reason);
  static bool names_an_app(std::string_view folded);
  void mark_leading_ad_label();
  bool mark_leading_label(std::size_t i, std::string_view label);
  static std::string_view capital_label(std::string_view text);
  void mark_box_under(std::size_t label, const Removal& reason);
  std::size_t poll_button(std::size_t i) const;
  bool labels_own_item(std::size_t i, std::string_view phrase) const;
  static bool is_photo_credit(std::string_view text, std::string_view folded, int words);
  void mark_photo_credits();
  static bool is_rating_scale(const std::vector<Link>& links);

  // clean_masthead.cpp: the issue's header.
  void mark_header_web_link();
  void mark_header_teaser();
  void mark_inbox_preview();
  void mark_header_zone();
  static bool names_account_number(std::string_view folded);
  static bool has_masked_number(std::string_view folded);
  static bool is_dateline_with_labels(std::string_view text);
  bool one_line_place(std::size_t i) const;
  static std::string_view after_place(std::string_view text);
  bool is_menu_of_links(std::size_t i) const;
  static bool is_labelled_navigation_row(std::string_view text);
  static std::ptrdiff_t count_of(std::string_view text, std::string_view what);
  static bool is_dated_masthead(std::string_view text);
  static std::string_view first_segment(std::string_view text);
  static std::string_view last_segment(std::string_view text);
  static bool credits_sponsor_after_date(std::string_view folded);

  // clean_sections.cpp: what a label or a tag owns.
  std::optional<std::size_t> section_end(std::size_t start, int max_words = 400) const;
  void mark_section(std::size_t start, const Removal& reason_for_label);
  bool link_title_line(std::size_t j) const;
  void take_sponsor_button(std::size_t label, std::size_t b, const Removal& reason);
  void mark_bare_label(std::size_t start, const Removal& reason);
  void mark_tagged_item(std::size_t tag, const Removal& reason);
  std::optional<Removal> tagged_cell(std::size_t i) const;
  std::optional<Removal> buttoned_offer_cell(std::size_t i) const;
  void mark_label_copy(std::size_t label, const Removal& reason);
  bool boxed_title(std::size_t i) const;
  bool titled_box_follows(std::size_t tag) const;
  void mark_titled_box(std::size_t tag, const Removal& reason);
  void mark_sponsor_captions();
  bool copy_of_lone_site(std::size_t i) const;
  bool links_like_item_above(std::size_t i) const;
  bool closes_like_every_item(std::size_t i) const;
  static std::string_view capital_heading(std::string_view text);
  bool ruled_between(std::size_t a, std::size_t b) const;
  std::vector<std::size_t> worded_blocks() const;
  std::size_t next_worded(std::size_t j) const;
  std::optional<std::size_t> prev_worded(std::size_t j) const;
  bool boxed_label(std::size_t i) const;
  void mark_credited_box(std::size_t from, const std::string& name);
  void mark_box_lines(std::size_t button, const Removal& reason);
  std::optional<std::size_t> ruled_box_end(std::size_t i) const;
  // The heading of a box between rules whose first copy is block i.
  std::optional<std::size_t> boxed_heading_over(std::size_t i) const;
  bool banner_then_item(std::size_t from, std::size_t item) const;
  std::size_t sponsor_button_end(std::size_t first, std::size_t end) const;
  std::optional<std::size_t> tracked_ad_button(std::size_t start, std::size_t first, const Removal& reason) const;
  bool mark_tracked_ad_box(std::size_t start, std::size_t first, const Removal& reason);
  bool sponsor_sentence(std::size_t j) const;
  bool credits_sponsor(std::size_t j) const;
  bool copy_and_button_of_lone_site(std::size_t i) const;
  bool linked_only_from(std::size_t i, const std::string& site) const;
  void mark_disclosed(std::size_t note, const Removal& reason);
  bool mark_paid_listings(std::size_t line, const Removal& reason);
  bool mark_promoted_run(std::size_t line, const Removal& reason);
  bool links_to_any(std::size_t from, std::size_t to, const std::vector<std::string>& sites) const;
  void mark_jobs(std::size_t start, const Removal& reason_for_label);
  void mark_footnoted(std::size_t note, const Removal& reason);
  static const RE2& jobs_page_url();
  void mark_jobs_links();
  void mark_own_job_ads();
  void mark_tagged_titles();
  void mark_classifieds();

  // clean_offers.cpp: offers, native ads, partner boxes.
  void keep_offer_terms();
  static bool exclaims(std::string_view folded);
  void mark_native_ads();
  void mark_tagged_links();
  void mark_ruled_asides();
  void mark_framed_offers();
  void mark_voiced_buttons();
  bool closes_on_button_to(std::size_t i, std::string_view site) const;
  bool is_own_name(const std::string& name);
  static bool states_terms(std::string_view folded);
  void mark_shop_buttons();
  void mark_shop_sections();
  void mark_priced_cards();
  void mark_tier_ladders();
  static bool notes_commission(std::string_view folded);
  void mark_affiliate_picks();
  void mark_rate_tables();
  static std::string shop_path(std::string_view url, const std::string& host);
  void mark_sponsor_links();
  void mark_sponsor_redirects();
  bool mark_ad_copy_above(std::size_t button, std::string_view site, const Removal& reason, bool pitch = false,
                          bool boxed = false);
  bool is_shop_issue();
  bool count_shop_prices() const;
  void mark_offers();
  void mark_offer_title(std::size_t ad, const Removal& reason);

  // clean_footer.cpp: the footer region, the newsletter naming itself.
  std::vector<int> words_after() const;
  void mark_own_name();
  static bool names_time_window(std::string_view folded);
  static bool names_event_day(std::string_view folded);
  static bool opens_with_correction(std::string_view folded);
  bool announces(std::size_t i) const;
  static bool cites_source(std::string_view folded);
  static bool names_host(const std::vector<std::string>& names, std::string_view host);
  bool under_plain_heading(std::size_t i) const;
  bool headed_text_after(std::size_t i, bool ruled_only = false) const;
  bool title_under_rule(std::size_t h) const;
  void mark_footer_region();
  void mark_closing_separator();
  void mark_signature();

  // clean_template.cpp: the sender's and the platform's templates.
  void mark_platform_template();
  void mark_templates();
};

}  // namespace distill::transform::clean_detail
