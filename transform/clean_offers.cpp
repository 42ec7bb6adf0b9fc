// Step 4 of clean() (clean.cpp): offers.
//
// A block that advertises an offer is told by several weak signals at once
// (markers.hpp, OfferSignals): a discount, an amount, purchase terms, a
// contest, a call to action, a deadline. Four of the six make an ad
// ("Receive up to 45% discount on the initial purchase of ... Find out
// how! Offer valid July 1 - July 31"); a short line needs a call to action
// and one more ("ENTER FOR YOUR CHANCE TO WIN!"). A shop's newsletter is its
// offers: where prices run through the items, or the offers are most of the
// issue, this step stays out, and the terms printed right under its starred
// offer are part of the offer.
// Native ads: a short paragraph whose only link goes to a site no other
// block links to, that speaks to the reader and asks them to act (a button
// in the reader's voice, "J'en profite", does both); in an issue with few
// links, such a paragraph that names the site. A button to such a site
// under copy that names it, or under copy that speaks to the reader and
// asks them to act or names an offer's terms. A partner's box in words no
// table has: a paragraph that names the one site it links to (no other
// block links there, and it is not the newsletter's own), speaks to the
// reader or states a price or a cut, and ends on a button there that is
// neither the site's name nor its address. A paragraph set apart between
// two rules amid the stories in plain text, without a heading, that states
// an offer's terms is an aside's ad. A button in the reader's voice
// ("Quiero ser socio") is an ad's wherever it leads, outside a shop's
// issue, and its box goes with it. A short paragraph linking only to a shop
// page of a site ("/shop") few blocks link to is a house ad, as a button to
// a shop's host is. A credited sponsor's site: short blocks linking only
// there are its ad, with the copy above naming it (in two words or one:
// "Cuenta Nube"), and the box's title that names it over up to two more
// lines of its copy. A link to another site tagged for the newsletter
// (its source or referrer parameter names it) amid links that carry no
// tag is a paid placement's, and its item goes: the title and the copy
// under it, or the paragraph that ends on it.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "transform/ascii.hpp"
#include "transform/block_facts.hpp"
#include "transform/clean_passes.hpp"
#include "transform/evidence.hpp"
#include "transform/markers.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform::clean_detail {

namespace {

// Offers (mark_offers): an ad is short; a long paragraph collects signals by chance.
constexpr int k_offer_max_words = 150;
constexpr int k_words_per_price = 200;

}  // namespace

// A shop's issue is its offers, and the terms printed right under an
// offer are part of it: "Your code*: SPRING10" and under it "*Valid for
// 7 days, not on sale items" is the offer the reader is to use. The
// footnote is attached when the block just above carries its asterisk;
// small print collected elsewhere (under a price list, at the end) stays
// small print.
void Cleaner::keep_offer_terms() {
  if (!is_shop_issue()) return;
  for (std::size_t i = 1; i < size(); ++i) {
    const std::string_view text = m_info[i].folded;
    if (!text.starts_with('*') || text.starts_with("**") || position(i) >= 0.6) continue;
    const std::string_view above = m_info[i - 1].folded;
    if (m_info[i - 1].words == 0 || above.find('*') == std::string_view::npos) continue;
    m_info[i].is_protected = true;
  }
}

// Whether the block ends with '!', a link after it aside.
bool Cleaner::exclaims(std::string_view folded) {
  while (true) {
    while (!folded.empty() && (folded.back() == ' ' || folded.back() == '"' || folded.back() == ')'))
      folded.remove_suffix(1);
    const std::size_t space = folded.rfind(' ');
    const std::string_view last = folded.substr(space == std::string_view::npos ? 0 : space + 1);
    if (!(last.starts_with("http") || last.starts_with("www."))) break;
    folded.remove_suffix(last.size());
  }
  return !folded.empty() && folded.back() == '!';
}

// Native ads: a short paragraph between stories in which a company
// pitches itself, unlabelled. Three kinds of evidence together: its links
// all go to one site that no other block of the issue links to (the
// stories link elsewhere, the publisher to itself), it speaks to the
// reader, and it asks them to act. A list item of a link roundup starts
// with its linked title and is an item, not an ad; an issue with few
// linked blocks gives no contrast, so the step stays out.
void Cleaner::mark_native_ads() {
  std::unordered_map<std::string, int> blocks_linking;  // site -> blocks linking to it
  std::vector<std::string> only_site(size());
  std::vector<std::vector<std::string>> sites_of(size());
  int linked_blocks = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    std::vector<std::string>& sites = sites_of[i];
    bool unhosted = false;
    for (const Link& link : block(i).links) {
      const std::string host = url_host(link.url);
      if (host.empty()) {
        unhosted = unhosted || !link.url.empty();
        continue;
      }
      std::string site = site_of_host(host);
      if (std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(std::move(site));
    }
    for (const auto& site : sites) ++blocks_linking[site];
    if (!sites.empty()) ++linked_blocks;
    if (sites.size() == 1 && !unhosted) only_site[i] = sites.front();
  }
  if (linked_blocks < 3) return;
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    // A bold button ("<a><b>Simular agora</b></a>") reads as a heading,
    // and is still the ad's button.
    const bool button_alone = is_whole_link(i);
    // A button a phrase already took ("Try Snipcast free") still leads to
    // the ad's copy above it.
    const bool taken_button = !open(i) && !info.is_protected && info.reason && info.words < 8 &&
                              (info.reason->kind == RemovalKind::promo || info.reason->kind == RemovalKind::sponsor);
    if ((!open(i) && !taken_button) || only_site[i].empty() || (info.heading_like && !button_alone) || info.words > 70)
      continue;
    if (block(i).kind != BlockKind::paragraph && block(i).kind != BlockKind::list_item &&
        !(block(i).kind == BlockKind::heading && button_alone))
      continue;
    const bool voiced = reader_voiced_action(info.folded);
    // A paragraph alone needs the contrast of many linked blocks; a
    // button under copy that names its site carries its own evidence,
    // and so does a paragraph that names the site it links to ("Bij
    // Koersplein betaal je ... https://koersplein.example/"), as plain-text
    // issues with few links print their ads.
    const std::string name = site_name(only_site[i]);
    const bool names_site = name.size() >= 4 && letters(i).find(name) != std::string::npos;
    if (info.words >= 8 && linked_blocks < 6 && !names_site) continue;
    if (info.words < 8) {
      // A button alone ("Book a free demo", "J'en profite") under the
      // ad's copy: the copy decides, by naming the site (mark_ad_copy_above).
      if (blocks_linking[only_site[i]] > 1 || i == 0 || !(calls_to_action(info.folded) || voiced)) continue;
      const Removal reason{RemovalKind::sponsor,
                           "a button to " + only_site[i] + ", which no other block links to, under copy that names it"};
      if (mark_ad_copy_above(i, only_site[i], reason)) {
        remove(i, reason);
      } else if (const Removal pitched{RemovalKind::sponsor,
                                       "a button to " + only_site[i] +
                                           ", which no other block links to, under copy that pitches to the reader"};
                 mark_ad_copy_above(i, only_site[i], pitched, true, voiced)) {
        remove(i, pitched);
      }
      continue;
    }
    // The ad's own title, image or button right next to it may link to
    // the same site; anything further away is the issue linking to it.
    int near = 1;
    if (starts_with_link_title(i)) continue;
    for (std::size_t j = i > 2 ? i - 2 : 0; j < std::min(size(), i + 3); ++j) {
      const auto& near_sites = sites_of[j];
      if (j != i && std::find(near_sites.begin(), near_sites.end(), only_site[i]) != near_sites.end()) ++near;
    }
    if (blocks_linking[only_site[i]] > near) continue;
    const bool to_reader = addresses_reader(info.folded) || addresses_reader_formally(block(i).text);
    if (voiced || (to_reader && calls_to_action(info.folded))) {
      remove(i, {RemovalKind::sponsor, "only link to " + only_site[i] + ", which no other block links to" +
                                           (linked_blocks < 6 ? ", names it" : "") + ", and asks the reader to act"});
    } else if (names_site && closes_on_button_to(i, only_site[i]) && (to_reader || states_terms(info.folded)) &&
               !is_own_name(name)) {
      // A partner's box in any words ("... oficina de RutaSol con un 15 %
      // de descuento ... <a>Ver coches</a>"): copy that names the one
      // site it links to, speaks to the reader or names a price or a
      // cut, and ends on a button there, which is not the site's name.
      remove(i, {RemovalKind::sponsor,
                 "names " + only_site[i] + ", which no other block links to, and ends on a button to it"});
    }
  }
}

// An advertiser asks for its link to be tagged with the newsletter's
// name ("?utm_source=acmeweekly", "?ref=acmeweekly", "?aff=acme") to
// count the clicks it paid for; the issue's own picks go out bare. A
// link to another site whose campaign tag names the newsletter, in an
// issue whose other links to other sites mostly carry none, marks its
// item as a paid placement, however much it reads like the items around
// it: a title that is its link, with the copy right under it, or a
// paragraph that links there. When the sender tags every link, or the
// issue has few, the tag tells nothing.
void Cleaner::mark_tagged_links() {
  const std::vector<std::string> names = own_names();
  if (names.empty()) return;
  std::vector<std::string> tagged_site(size());
  int tagged_blocks = 0;
  int bare_blocks = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    bool bare = false;
    for (const Link& link : block(i).links) {
      const std::string host = url_host(link.url);
      const LinkRole role = link_role(link, m_context.list_unsubscribe_host);
      if (host.empty() || names_host(names, host) || (role != LinkRole::other && role != LinkRole::affiliate)) continue;
      const std::string tag = name_letters(link.campaign);
      const bool names_us =
          std::any_of(names.begin(), names.end(), [&](const std::string& n) { return tag.find(n) != std::string::npos; });
      if (names_us && tagged_site[i].empty()) tagged_site[i] = site_of_host(host);
      bare = bare || !names_us;
    }
    if (!tagged_site[i].empty()) {
      ++tagged_blocks;
    } else if (bare) {
      ++bare_blocks;
    }
  }
  if (tagged_blocks == 0 || bare_blocks < 4 || 2 * tagged_blocks > bare_blocks) return;
  for (std::size_t i = 0; i < size(); ++i) {
    if (tagged_site[i].empty() || !open(i) || m_info[i].words > 70) continue;
    const Removal reason{RemovalKind::sponsor, "links to " + tagged_site[i] +
                                                   " with a tag that names the newsletter, where the issue's other "
                                                   "links carry none"};
    const auto& links = block(i).links;
    const bool title = links.size() == 1 && m_info[i].words <= 14 && !ends_like_sentence(m_info[i].folded) &&
                       m_info[i].folded.starts_with(fold_for_match(links.front().text)) &&
                       count_words(fold_for_match(links.front().text)) == m_info[i].words;
    if (title) {
      const std::size_t j = next_worded(i + 1);
      remove(i, reason);
      if (j < size() && open(j) && block(j).links.empty() && !m_info[j].heading_like &&
          (block(j).kind == BlockKind::paragraph || block(j).kind == BlockKind::list_item) && m_info[j].words <= 70)
        remove(j, {RemovalKind::sponsor, "the copy under a title that " + reason.evidence});
    } else if (block(i).kind == BlockKind::paragraph || block(i).kind == BlockKind::list_item) {
      remove(i, reason);
      mark_box_title(i, reason);
    }
  }
}

// A boxed aside in plain text: one paragraph set between two rules
// amid the stories (a heading above it, a heading right under the
// second rule), without a heading of its own, that states an offer's
// terms ("Bon plan : la boulangerie ... fait 10 % ... aux adhérents").
// A story between rules has its heading; an aside without one that
// names a price or a cut is a partner's offer or the house's.
void Cleaner::mark_ruled_asides() {
  bool story_above = false;
  for (std::size_t i = 0; i + 3 < size(); ++i) {
    story_above = story_above || m_info[i].heading_like;
    if (block(i).kind != BlockKind::separator || block(i).level != 0 || !story_above) continue;
    const std::size_t aside = i + 1;
    const std::size_t rule = i + 2;
    if (block(rule).kind != BlockKind::separator || block(rule).level != 0 || !open(aside)) continue;
    const Info& info = m_info[aside];
    if (block(aside).kind != BlockKind::paragraph || info.heading_like || info.words < 8 || info.words > 60 ||
        !m_info[rule + 1].heading_like || !states_terms(info.folded))
      continue;
    remove(aside, {RemovalKind::promo,
                   "set apart between two rules amid the stories, without a heading, "
                   "and states an offer's terms"});
  }
}

// A vendor's own offer framed in plain text: a short box between two
// rules below the issue's first text (a title in capitals over two to four
// lines of copy, run into one paragraph or set as a few), that ends on a
// call to buy or to book with its link ("Shop now: URL", "Book a demo:
// URL") and whose copy states an offer's terms or another of its signals
// (a price, a free first month). A news section framed the same way (a
// changelog, a list of advisories) ends on a link to read on, not on a
// call to buy, and stays; so do a shop's framed offers, its news.
void Cleaner::mark_framed_offers() {
  constexpr int k_box_words = 90;
  std::size_t rule = size();
  for (std::size_t j = 0; j < size(); ++j) {
    if (block(j).kind != BlockKind::separator) continue;
    const std::size_t top = rule;
    rule = j;
    if (top == size() || block(top).level != 0 || block(j).level != 0 || m_words_before[top] == 0) continue;
    std::vector<std::size_t> box;
    int words = 0;
    bool kept = false;
    for (std::size_t k = top + 1; k < j; ++k) {
      if (m_info[k].words == 0) continue;
      box.push_back(k);
      words += m_info[k].words;
      kept = kept || m_info[k].is_protected;
    }
    if (box.empty() || box.size() > 4 || words > k_box_words || kept) continue;
    const std::size_t first = box.front();
    const std::size_t last = box.back();
    if (!m_info[first].heading_like && capital_heading(block(first).text).empty()) continue;
    // The call: the words before the link that closes the box, after the
    // copy's last sentence, or the whole line when it is the link.
    const std::string_view folded = m_info[last].folded;
    std::string_view call;
    std::string copy;
    if (const std::size_t at = button_at_end(last); at > 0) {
      call = trim_trailing_spaces(folded.substr(0, at));
      while (!call.empty() && (call.back() == ':' || call.back() == ' ' || call.back() == '-')) call.remove_suffix(1);
      const std::size_t stop = call.find_last_of(".!?");
      copy = std::string(folded.substr(0, stop == std::string_view::npos ? 0 : stop + 1));
      if (stop != std::string_view::npos) call.remove_prefix(stop + 1);
    } else if (last != first && is_whole_link(last, 6)) {
      call = folded;
    } else {
      continue;
    }
    const int call_words = count_words(call);
    if (call_words == 0 || call_words > 7 || !offer_signals(call).has(OfferSignal::purchase)) continue;
    for (const std::size_t k : box) {
      if (k != last) copy += " " + m_info[k].folded;
    }
    const OfferSignals terms = offer_signals(copy);
    if (terms.count() == 0 || is_shop_issue()) continue;
    const Removal reason{RemovalKind::promo, "a box framed by two rules whose copy states an offer (" +
                                                 terms.describe() + ") and closes on a call to buy " + quote(call, 30)};
    for (const std::size_t k : box) remove(k, reason);
  }
}

// A button in the reader's voice ("Quiero ser socio", "Ich will
// Mitglied werden", "J'en profite") is an ad's, wherever it leads: a
// story's link names what it leads to, never who clicks. A shop's own
// offers end on such buttons, and are its news, so a shop's issue keeps
// them. mark_promo_boxes then takes the box's copy and title above it.
void Cleaner::mark_voiced_buttons() {
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i) || m_info[i].words > 6 || !is_whole_link(i) || !reader_voiced_action(m_info[i].folded)) continue;
    if (is_shop_issue()) return;
    remove(i, {RemovalKind::promo, "a button in the reader's voice"});
  }
}

// Whether block i ends on a button (a link of one to five words that
// closes it) to `site` that does not just name the site: a story that
// cites its source ends on the source's name, an ad on what to do there.
bool Cleaner::closes_on_button_to(std::size_t i, std::string_view site) const {
  const std::size_t at = button_at_end(i);
  if (at == 0) return false;
  const Link& button = block(i).links.back();
  const int words = count_words(button.text);
  if (words > 5 || site_of_host(url_host(button.url)) != site) return false;
  // A web address printed as the link is a citation, not a button.
  const std::string letters = name_letters(button.text);
  return !letters.empty() && letters.find(site_name(site)) == std::string::npos;
}

// Whether `name` (a site's name) is the newsletter's own, as its chrome
// names it (own_names), computed once.
bool Cleaner::is_own_name(const std::string& name) {
  if (!m_own_names) m_own_names = own_names();
  return std::any_of(m_own_names->begin(), m_own_names->end(),
                     [&](const std::string& own) { return own.find(name) != std::string::npos; });
}

// A price, a percentage or a cut an offer states ("15 % de descuento",
// "£35 instead of £45").
bool Cleaner::states_terms(std::string_view folded) {
  const OfferSignals s = offer_signals(folded);
  return s.has(OfferSignal::amount) || s.has(OfferSignal::discount) || s.has(OfferSignal::purchase);
}

// The publisher's shop: a button whose links all go to a host named for
// a shop ("shop.club.example", "boutique.journal.example") is a house
// ad when few of the issue's blocks link there. A shop's own newsletter
// links most of its blocks to its shop, and its offers are its news.
// A shop the site keeps under a path ("club.example/shop") is the same
// house ad, and its box's copy, which links there too, goes with it
// ("This season's hoodie, ... <a>Order yours</a>").
void Cleaner::mark_shop_buttons() {
  std::unordered_map<std::string, int> blocks_linking;  // host, or host and shop path, -> blocks linking to it
  std::vector<std::string> only_host(size());
  std::vector<std::string> only_shop_path(size());
  int linked_blocks = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    std::vector<std::string> hosts;
    std::vector<std::string> shops;
    bool all_shop_paths = !block(i).links.empty();
    for (const Link& link : block(i).links) {
      std::string host = url_host(link.url);
      std::string shop = shop_path(link.url, host);
      all_shop_paths = all_shop_paths && !shop.empty();
      if (!shop.empty() && std::find(shops.begin(), shops.end(), shop) == shops.end()) shops.push_back(shop);
      if (!host.empty() && std::find(hosts.begin(), hosts.end(), host) == hosts.end()) hosts.push_back(std::move(host));
    }
    for (const auto& host : hosts) ++blocks_linking[host];
    for (const auto& shop : shops) ++blocks_linking[shop];
    if (!hosts.empty()) ++linked_blocks;
    if (hosts.size() == 1 && block(i).links.size() == hosts.size()) only_host[i] = hosts.front();
    if (all_shop_paths && shops.size() == 1) only_shop_path[i] = shops.front();
  }
  if (linked_blocks < 6) return;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i)) continue;
    const std::string& shop = only_shop_path[i];
    if (!shop.empty() && blocks_linking[shop] * 4 <= linked_blocks && !m_info[i].heading_like &&
        m_info[i].words <= 45 && block(i).kind == BlockKind::paragraph) {
      const Removal reason{RemovalKind::promo, "links only to the publisher's shop (" + shop +
                                                   "), which few of the issue's blocks link to"};
      remove(i, reason);
      mark_box_title(i, reason);
      continue;
    }
    const std::string& host = only_host[i];
    if (host.empty() || m_info[i].words > 4 || !is_whole_link(i)) continue;
    if (blocks_linking[host] * 4 > linked_blocks) continue;
    const std::string label = host.substr(0, host.find('.'));
    if (label == host || !has_listed_word(WordList::shop, label)) continue;
    remove(i, {RemovalKind::promo,
               "a button to the publisher's shop (" + host + "), which few of the issue's blocks link to"});
  }
}

// A shop's box in an issue that is no shop's: a short heading that names
// a shop ("THE CLUB STORE", "Aus dem Fanshop") over a few short blocks,
// one of them linking to a host or a path named for a shop
// ("store.club.example", "club.example/shop"), is the publisher's house
// ad, all of it: the shirt with its sizes and price, the pre-order, the
// free gift with every order. A title set right under the shop's heading,
// before any copy, is the product's ("The winter special is out" over its
// pages and price), and the box runs on to where that title's own section
// ends, with the button to the shop that closes it. An issue whose
// amounts run through its stories can pass for a shop's by its prices; a
// shop's issue also links many of its blocks to its shop, so such a
// product's box that alone links there is a house ad in either. A shop's
// own news under a heading naming a shop ("Our new store opens") stays in
// its issue.
void Cleaner::mark_shop_sections() {
  auto links_shop = [&](std::size_t j) {
    for (const Link& link : block(j).links) {
      const std::string host = url_host(link.url);
      const std::string label = host.substr(0, host.find('.'));
      if ((label != host && has_listed_word(WordList::shop, label)) || !shop_path(link.url, host).empty())
        return true;
    }
    return false;
  };
  int linked_blocks = 0;
  int shop_blocks = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (block(i).links.empty()) continue;
    ++linked_blocks;
    if (links_shop(i)) ++shop_blocks;
  }
  const bool shop_links_few = linked_blocks >= 6 && shop_blocks * 4 <= linked_blocks;
  for (std::size_t h = 0; h < size(); ++h) {
    const Info& head = m_info[h];
    if (!open(h) || !head.heading_like || head.words == 0 || head.words > 6 ||
        !has_listed_word(WordList::shop, head.folded))
      continue;
    auto end = section_end(h, 150);
    bool titled = false;
    if (end && *end < size() && m_info[*end].heading_like && m_info[*end].words <= 12) {
      bool copy_between = false;
      for (std::size_t j = h + 1; j < *end; ++j) copy_between = copy_between || m_info[j].words > 0;
      if (!copy_between) {
        titled = true;
        end = section_end(*end, 150);
        if (end && *end < size() && links_shop(*end) && is_whole_link(*end) && m_info[*end].words <= 4)
          end = *end + 1;
      }
    }
    if (!end || *end <= h + 1) continue;
    bool shop_link = false;
    bool fits = true;
    bool copy_seen = false;
    for (std::size_t j = h + 1; j < *end && fits; ++j) {
      const bool to_shop = links_shop(j);
      shop_link = shop_link || to_shop;
      // A button to the shop set in bold ("Visit the shop") is the box's
      // last line, not the next section's heading.
      const bool button = to_shop && is_whole_link(j) && m_info[j].words <= 4;
      const bool product_title = m_info[j].heading_like && !copy_seen && m_info[j].words <= 12;
      if (m_info[j].words > 60 || (m_info[j].heading_like && !button && !product_title)) fits = false;
      if (!m_info[j].heading_like && m_info[j].words > 0) copy_seen = true;
    }
    if (!fits || !shop_link || (is_shop_issue() && !(titled && shop_links_few))) continue;
    const Removal reason{RemovalKind::promo, "section " + quote(block(h).text) + ", which links to a shop"};
    for (std::size_t j = h; j < *end; ++j) remove(j, reason);
  }
}

// A table of charges under the heading of its small print ("Shipping and
// handling" over "Up to $50.00: $6.95", "Over $100.00: $12.95"): short
// rows of two prices or more each, an order's value and what it costs,
// right under a label the vocabulary took as small print. Two rows at
// least; the first line that is no such row ends the table. A shop's own
// prices under a kept heading stay: only a removed label leads a table.
void Cleaner::mark_rate_tables() {
  constexpr int k_row_words = 10;
  for (std::size_t i = 0; i + 1 < size(); ++i) {
    const auto& label = m_info[i].reason;
    if (!label || label->kind != RemovalKind::legal || m_info[i].words > 12 ||
        !(m_info[i].heading_like || block(i).kind == BlockKind::heading))
      continue;
    std::vector<std::size_t> rows;
    for (std::size_t j = i + 1; j < size(); ++j) {
      const Info& row = m_info[j];
      if (row.words == 0 && block(j).kind != BlockKind::separator) continue;
      if (!open(j) || block(j).kind == BlockKind::heading || row.words > k_row_words ||
          count_prices(row.folded) < 2)
        break;
      rows.push_back(j);
    }
    if (rows.size() < 2) continue;
    const Removal reason{RemovalKind::legal, "a row of the table of charges under " + quote(block(i).text, 40)};
    for (const std::size_t j : rows) remove(j, reason);
  }
}

// The note that the sender earns a commission on what the reader buys
// through its links (the word lists of vocabulary.cpp).
bool Cleaner::notes_commission(std::string_view folded) {
  return has_listed_word(WordList::commission, folded) && has_listed_word(WordList::link_word, folded);
}

// A box of product picks over the note that the sender earns a commission
// on them ("What we use", a line of lead-in, "Chef's knife, 20 cm, 49.00
// at Shopname" and more, then "Buy through these links and we may be
// paid a commission"): the note went as small print, and
// the picks above it are the affiliate ad it discloses. Each pick is a
// short line with a price that links to a site no story of the issue
// links to; two or more in a row right above the note go, with one
// sentence of lead-in and the box's title over them. A shop earns no
// commission on its own items: the note tells the picks are other
// merchants', however many prices the issue prints.
void Cleaner::mark_affiliate_picks() {
  std::unordered_set<std::string> story_sites;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!open(i)) continue;
    const auto& links = block(i).links;
    if (count_prices(m_info[i].folded) > 0) continue;
    for (const Link& link : links) story_sites.insert(site_of_host(url_host(link.url)));
  }
  const auto pick = [&](std::size_t j) {
    if (!open(j) || m_info[j].words == 0 || m_info[j].words > 25 || block(j).links.size() != 1) return false;
    if (block(j).kind != BlockKind::list_item && block(j).kind != BlockKind::paragraph) return false;
    const std::string host = url_host(block(j).links.front().url);
    return !host.empty() && !story_sites.contains(site_of_host(host)) && count_prices(m_info[j].folded) > 0;
  };
  std::vector<std::pair<std::size_t, Removal>> taken;
  for (std::size_t n = 1; n < size(); ++n) {
    const auto& note = m_info[n].reason;
    if (!note || (note->kind != RemovalKind::legal && note->kind != RemovalKind::promo) || m_info[n].words > 60 ||
        !notes_commission(m_info[n].folded))
      continue;
    // One pick tied to the note by its asterisk ("My favourite proving
    // basket is back in stock.*", its button, then "*Affiliate link: ..."):
    // the marker says the line and its button are what the note discloses,
    // priced or not.
    if (m_info[n].folded.starts_with('*')) {
      std::vector<std::size_t> marked;
      std::size_t k = n;
      int seen = 0;
      while (k-- > 0 && seen < 2) {
        if (m_info[k].words == 0 && block(k).kind != BlockKind::separator) continue;
        ++seen;
        if (!open(k) || m_info[k].heading_like || m_info[k].words > 30) break;
        marked.push_back(k);
        if (trim_ascii_space(m_info[k].folded).ends_with('*')) break;
        if (!is_whole_link(k) || m_info[k].words > 4) break;
      }
      if (!marked.empty() && trim_ascii_space(m_info[marked.back()].folded).ends_with('*')) {
        const Removal reason{RemovalKind::promo, "marked with the asterisk of the note " + quote(block(n).text, 40)};
        for (const std::size_t m : marked) taken.emplace_back(m, reason);
        continue;
      }
    }
    std::vector<std::size_t> picks;
    std::size_t j = n;
    while (j-- > 0) {
      if (m_info[j].words == 0 && block(j).kind != BlockKind::separator) continue;
      if (!pick(j)) break;
      picks.push_back(j);
    }
    if (picks.size() < 2) continue;
    const Removal reason{RemovalKind::promo, "a pick with its price over the note " + quote(block(n).text, 40)};
    for (const std::size_t k : picks) taken.emplace_back(k, reason);
    // The lead-in: one short sentence without a link, then the title.
    auto lead = prev_worded(picks.back());
    if (!lead) continue;
    if (open(*lead) && block(*lead).kind == BlockKind::paragraph && !m_info[*lead].heading_like &&
        block(*lead).links.empty() && m_info[*lead].words <= 20 &&
        (m_info[*lead].folded.ends_with('.') || m_info[*lead].folded.ends_with(':'))) {
      taken.emplace_back(*lead, reason);
      lead = prev_worded(*lead);
      if (!lead) continue;
    }
    if (open(*lead) && m_info[*lead].heading_like && m_info[*lead].words <= 6 && block(*lead).links.empty())
      taken.emplace_back(*lead, reason);
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) remove(i, reason);
}

// A ladder of tiers under a sponsorship or patronage pitch: two rows or
// more in a row, each opening on its price ("£5,000: a booth and three
// passes", "Gold 2.500 €: ...", "$5 Supporter: every page early"), each
// saying what the tier buys. The pitch's heading over them went already
// as sponsor or promo, or one of the rows went with the box's button
// right under the ladder: then the rows are that pitch's offer, and so is
// a lead-in closing on a colon right above them. A fee table in a story
// (a council's new charges, a festival's ticket prices) stands under a
// kept heading and over no removed button, and stays.
void Cleaner::mark_tier_ladders() {
  const std::vector<std::size_t> worded = worded_blocks();
  const auto tier_row = [&](std::size_t i) {
    const Info& info = m_info[i];
    if (info.heading_like || info.words < 4 || info.words > 40 || !block(i).links.empty()) return false;
    if (block(i).kind != BlockKind::paragraph && block(i).kind != BlockKind::list_item) return false;
    if (info.reason && info.reason->kind != RemovalKind::promo && info.reason->kind != RemovalKind::sponsor) return false;
    return count_prices(first_words(info.folded, 3)) > 0;
  };
  const auto pitch = [&](std::size_t i) {
    const auto& reason = m_info[i].reason;
    return reason && (reason->kind == RemovalKind::promo || reason->kind == RemovalKind::sponsor);
  };
  std::vector<std::pair<std::size_t, Removal>> taken;
  for (std::size_t k = 0; k < worded.size();) {
    std::size_t end = k;
    while (end < worded.size() && tier_row(worded[end]) &&
           (end == k || !ruled_between(worded[end - 1], worded[end])))
      ++end;
    if (end - k < 2) {
      k = std::max(end, k + 1);
      continue;
    }
    const std::size_t first = k;
    k = end;
    bool any_open = false;
    bool any_taken = false;
    for (std::size_t r = first; r < end; ++r) {
      any_open = any_open || open(worded[r]);
      any_taken = any_taken || !open(worded[r]);
    }
    if (!any_open) continue;
    // The lead-in: a short line without a link that closes on a colon.
    std::optional<std::size_t> lead;
    std::size_t above = first;
    if (above > 0) {
      const std::size_t l = worded[above - 1];
      if (open(l) && !m_info[l].heading_like && block(l).kind == BlockKind::paragraph && block(l).links.empty() &&
          m_info[l].words <= 25 && trim_trailing_spaces(m_info[l].folded).ends_with(':') &&
          !ruled_between(l, worded[first])) {
        lead = l;
        --above;
      }
    }
    // The pitch's heading right above, taken as sponsor or promo.
    const bool headed = above > 0 && pitch(worded[above - 1]) &&
                        (m_info[worded[above - 1]].heading_like || block(worded[above - 1]).kind == BlockKind::heading) &&
                        !ruled_between(worded[above - 1], worded[first]);
    // Or the box's button right under the ladder, with a row of it taken.
    const bool buttoned = any_taken && end < worded.size() && pitch(worded[end]) && is_whole_link(worded[end]) &&
                          m_info[worded[end]].words <= 6 && !ruled_between(worded[end - 1], worded[end]);
    if (!headed && !buttoned) continue;
    const std::size_t anchor = headed ? worded[above - 1] : worded[end];
    const Removal reason{m_info[anchor].reason->kind, "a tier of the ladder by " + quote(block(anchor).text, 40)};
    for (std::size_t r = first; r < end; ++r) taken.emplace_back(worded[r], reason);
    if (lead) taken.emplace_back(*lead, reason);
  }
  // Decided on the removals of the steps before, not on each other.
  for (const auto& [i, reason] : taken) {
    if (open(i)) remove(i, reason);
  }
}

// A product's card in an issue that is no shop's: its name, a short line
// of copy, a row of nothing but prices (the old one struck through beside
// the new: "189,00 € 159,00 €*") and a button that calls to act ("Jetzt
// entdecken", "Shop now"). Set between the features of a brand's magazine,
// it is the sender's offer; a shop's issue is its cards, and keeps them.
void Cleaner::mark_priced_cards() {
  const std::vector<std::size_t> worded = worded_blocks();
  auto price_row = [&](std::size_t i) {
    if (count_prices(m_info[i].folded) < 2) return false;
    const std::string_view text = m_info[i].folded;
    for (std::size_t k = 0; k < text.size();) {
      const char32_t c = next_code_point(text, k);
      if (is_word_code_point(c) && (c < '0' || c > '9')) return false;
    }
    return true;
  };
  std::vector<std::size_t> taken;
  for (std::size_t k = 3; k < worded.size(); ++k) {
    const std::size_t b = worded[k];
    const std::size_t p = worded[k - 1];
    const std::size_t c = worded[k - 2];
    const std::size_t t = worded[k - 3];
    if (!is_whole_link(b) || m_info[b].words > 4) continue;
    if (!calls_to_action(m_info[b].folded) && !offer_signals(m_info[b].folded).has(OfferSignal::call_to_action))
      continue;
    if (!open(p) || !price_row(p)) continue;
    if (!open(c) || block(c).kind != BlockKind::paragraph || m_info[c].heading_like || m_info[c].words > 30 ||
        !block(c).links.empty())
      continue;
    if (!open(t) || !m_info[t].heading_like || m_info[t].words > 8 || ends_like_sentence(m_info[t].folded)) continue;
    if (is_shop_issue()) return;
    taken.insert(taken.end(), {t, c, p, b});
  }
  for (const std::size_t i : taken) {
    if (open(i))
      remove(i, {RemovalKind::promo,
                 "a product's card (its name, copy, old and new price, button) in an issue that "
                 "is no shop's"});
  }
}

// "host/segment" when the first segment of a link's path names a shop
// ("/shop", "/boutique", "/tienda"), else "".
std::string Cleaner::shop_path(std::string_view url, const std::string& host) {
  if (host.empty()) return {};
  const std::string folded = fold_for_match(url);
  const std::size_t at = folded.find(host);
  if (at == std::string::npos) return {};
  std::string_view rest = std::string_view(folded).substr(at + host.size());
  if (!rest.starts_with('/')) return {};
  rest.remove_prefix(1);
  const std::string_view segment = rest.substr(0, rest.find_first_of("/?#"));
  if (segment.empty() || segment.find_first_of(".-_") != std::string_view::npos ||
      !has_listed_word(WordList::shop, segment))
    return {};
  return host + "/" + std::string(segment);
}

// The sponsor's own links: a sponsor credit that links to its sponsor
// ("Together with <a>Acme</a>") names the site of the issue's ad for it.
// A short block further on whose links all go there is that ad's button
// or copy; the ad's copy just above it goes too when it names the
// sponsor's site, and so does the ad's title line above that copy. Sites
// that open blocks link to often (the publisher's own, a click tracker
// wrapping every link) tell nothing.
void Cleaner::mark_sponsor_links() {
  // Sites the publisher's own chrome links to (its web copy, its
  // referral page, its preferences) are its own, not a sponsor's.
  std::unordered_map<std::string, int> open_linking;
  for (std::size_t i = 0; i < size(); ++i) {
    const auto& reason = m_info[i].reason;
    const bool own_chrome = reason && (reason->kind == RemovalKind::footer || reason->kind == RemovalKind::chrome ||
                                       reason->kind == RemovalKind::legal);
    if (!open(i) && !own_chrome) continue;
    for (const auto& site : sites_of(i)) open_linking[site] += own_chrome ? 3 : 1;
  }
  if (!m_context.list_unsubscribe_host.empty()) open_linking[site_of_host(m_context.list_unsubscribe_host)] += 3;
  std::vector<std::string> sponsor_sites;
  std::string credit;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!m_info[i].reason || m_info[i].reason->kind != RemovalKind::sponsor || m_info[i].words > 30) continue;
    for (auto& site : sites_of(i)) {
      if (open_linking[site] > 2 || std::find(sponsor_sites.begin(), sponsor_sites.end(), site) != sponsor_sites.end())
        continue;
      sponsor_sites.push_back(std::move(site));
      if (credit.empty()) credit = quote(block(i).text, 40);
    }
  }
  if (sponsor_sites.empty()) return;
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    // A heading is the issue's own, whatever it links to; a bold button
    // ("Claim your three free months →") is the ad's.
    if (info.is_protected || (info.heading_like && !is_whole_link(i)) || info.words > 30 ||
        block(i).kind == BlockKind::separator)
      continue;
    const std::vector<std::string> sites = sites_of(i);
    if (sites.empty() || !std::all_of(sites.begin(), sites.end(), [&](const std::string& site) {
          return std::find(sponsor_sites.begin(), sponsor_sites.end(), site) != sponsor_sites.end();
        }))
      continue;
    // A button another rule already took ("Jetzt 3 Monate gratis
    // sichern") still leads to the ad's copy above it.
    const Removal reason{RemovalKind::sponsor, "links only to " + sites.front() + ", the sponsor named in " + credit};
    remove(i, reason);
    mark_ad_copy_above(i, sites.front(), reason);
  }
}

// A publisher that sends its sponsors' links down a path of its own
// ("letter.example/sp/acme-97", "letter.example/r/561-qw") while its
// stories link straight to their sources: a paragraph further on whose
// links all go down the path a block removed as a sponsor's links down is
// another sponsor's ad, set among the items without a label ("Endpoint
// logs you can actually search. ... Book a demo: letter.example/sp/...").
// The path tells only when at most two blocks that stay link down it and
// at least three link elsewhere: a tracker wrapping every link of the
// issue tells nothing. The publisher's site: its List-Unsubscribe host's,
// and the sites its footer links to (a list that unsubscribes by mail).
void Cleaner::mark_sponsor_redirects() {
  std::vector<std::string> own;
  if (!m_context.list_unsubscribe_host.empty()) own.push_back(site_of_host(m_context.list_unsubscribe_host));
  for (std::size_t i = 0; i < size(); ++i) {
    if (!m_info[i].reason || m_info[i].reason->kind != RemovalKind::footer) continue;
    for (std::string& site : sites_of(i)) own.push_back(std::move(site));
  }
  if (own.empty()) return;
  // The publisher's host and the first segment of the link's path, when
  // more follows it (a slug or an id): the path its redirects take.
  const auto path_of = [&](const std::string& url) -> std::string {
    const std::string host = url_host(url);
    if (host.empty() || std::find(own.begin(), own.end(), site_of_host(host)) == own.end()) return {};
    const std::size_t scheme = url.find("://");
    const std::size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (slash == std::string::npos) return {};
    const std::size_t end = url.find_first_of("/?#", slash + 1);
    if (end == std::string::npos || end == slash + 1 || end + 1 >= url.size()) return {};
    return host + url.substr(slash, end - slash);
  };
  const auto all_down = [&](std::size_t i, const std::string& path) {
    return !block(i).links.empty() && std::all_of(block(i).links.begin(), block(i).links.end(),
                                                  [&](const Link& l) { return path_of(l.url) == path; });
  };
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!m_info[i].reason || m_info[i].reason->kind != RemovalKind::sponsor) continue;
    for (const Link& link : block(i).links) {
      std::string path = path_of(link.url);
      if (!path.empty() && std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(std::move(path));
    }
  }
  for (const std::string& path : paths) {
    std::vector<std::size_t> down;
    int elsewhere = 0;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!open(i) || block(i).links.empty()) continue;
      const bool any_down = std::any_of(block(i).links.begin(), block(i).links.end(),
                                        [&](const Link& l) { return path_of(l.url) == path; });
      if (any_down) {
        down.push_back(i);
      } else {
        ++elsewhere;
      }
    }
    if (down.empty() || down.size() > 2 || elsewhere < 3) continue;
    const Removal reason{RemovalKind::sponsor, "links only down " + path + ", the path of the sponsor's links"};
    for (const std::size_t i : down) {
      if (block(i).kind == BlockKind::paragraph && !m_info[i].heading_like && m_info[i].words >= 8 &&
          m_info[i].words <= 80 && all_down(i, path))
        remove(i, reason);
    }
  }
}

// The copy above an ad's button: the paragraph right above it, without
// links of its own, when it names the advertised site ("Gridwise connects
// your meters" over a button to gridwise.example, "Con Cuenta Nube ganas"
// over one to cuentanube.example), and the ad's short title line right
// above that copy. `pitch`: copy that does not name the site goes too when
// it reads as an ad's copy: it speaks to the reader and either asks them
// to act or names an offer's terms ("Vergleichen Sie ... und sparen Sie
// bis zu 40.000 Euro, kostenlos und unverbindlich").
// Returns whether the copy went.
// `boxed`: the button speaks for the reader ("Je me renseigne"), and a
// bold title over copy that addresses the reader is the box's pitch.
bool Cleaner::mark_ad_copy_above(std::size_t button, std::string_view site, const Removal& reason, bool pitch,
                                 bool boxed) {
  const std::string name = site_name(site);
  if (name.size() < 4 || button == 0) return false;
  std::size_t j = button - 1;
  const Info& copy = m_info[j];
  // Copy a phrase already took as an offer ("Leia sem limites. Com o
  // Folheia ...") is still the ad's, and still tells its button.
  const bool offered = copy.reason && !copy.is_protected &&
                       (copy.reason->kind == RemovalKind::promo || copy.reason->kind == RemovalKind::sponsor);
  if (!(open(j) || offered) || copy.heading_like || copy.words == 0 || copy.words > 70 || !block(j).links.empty() ||
      block(j).kind != BlockKind::paragraph)
    return false;
  if (pitch) {
    const OfferSignals s = offer_signals(copy.folded);
    const bool terms = s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest);
    const bool titled = boxed && j > 0 && is_ad_title(j - 1, true) && m_info[j - 1].heading_like;
    if (copy.words < 8 || !(addresses_reader(copy.folded) || addresses_reader_formally(block(j).text)) ||
        !(calls_to_action(copy.folded) || terms || titled))
      return false;
  } else if (copy.folded.find(name) == std::string::npos && letters(j).find(name) == std::string::npos) {
    // The ad's own title line may be what names the advertiser
    // ("Matrículas abertas no Colégio Aurora" over its copy and a button
    // to colegioaurora.example): title, copy and button go together.
    if (j == 0 || !is_ad_title(j - 1, true) || letters(j - 1).find(name) == std::string::npos) return false;
    remove(j, reason);
    remove(j - 1, reason);
    return true;
  }
  remove(j, reason);
  if (j == 0) return true;
  if (is_ad_title(j - 1, false)) {
    remove(j - 1, reason);
    return true;
  }
  // A box's title that names the advertiser, over up to two more short
  // lines of its copy ("Financia tu coche con Finanzas Duero" over "Cuota
  // desde 249 euros al mes" over the loan's terms): the title and the
  // lines between go too.
  for (std::size_t t = j; t-- > 0 && j - t <= 3;) {
    if (is_ad_title(t, true) && letters(t).find(name) != std::string::npos) {
      for (std::size_t k = t; k < j; ++k) remove(k, reason);
      break;
    }
    const Info& line = m_info[t];
    if (!open(t) || line.heading_like || line.words == 0 || line.words > 30 || !block(t).links.empty() ||
        block(t).kind != BlockKind::paragraph)
      break;
  }
  return true;
}

// A shop's or a brand's own newsletter is its offers: they are what it
// exists to send. Two signs tell it, either suffices. Its prices are
// spread over its items: three blocks or more name one, at least one
// price per 200 words (a shop with a price on most items has one per 30
// words, a supermarket flyer one per 90 or so). Or its offers are most of
// what it says (an issue that is one sale). A newsletter about other
// things that carries an ad names a price now and then (two in two
// thousand words), or a few in one block (a club's kit prices).
bool Cleaner::is_shop_issue() {
  if (!m_shop_issue) m_shop_issue = count_shop_prices();
  return *m_shop_issue;
}

bool Cleaner::count_shop_prices() const {
  int prices = 0;
  int priced_blocks = 0;
  for (const auto& info : m_info) {
    int n = count_prices(info.folded);
    prices += n;
    priced_blocks += n > 0 ? 1 : 0;
  }
  return priced_blocks >= 3 && m_total_words <= prices * k_words_per_price;
}

void Cleaner::mark_offers() {
  struct Ad {
    std::size_t index;
    Removal reason;
  };
  std::vector<Ad> ads;
  int ad_words = 0;
  int open_words = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    const Info& info = m_info[i];
    if (!open(i)) continue;
    open_words += info.words;
    if (info.words == 0 || info.words > k_offer_max_words) continue;
    if (block(i).kind == BlockKind::image || block(i).kind == BlockKind::separator) continue;
    OfferSignals s = offer_signals(info.folded);
    const bool core = s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest);
    const bool short_line = info.words <= 10 && !ends_like_sentence(info.folded);
    // An exclaimed price cut ("90% off retail!!", "for only $6.95!") is
    // an ad's headline, whatever else the block says.
    const bool exclaimed_cut =
        info.words <= 80 && s.has(OfferSignal::discount) && s.has(OfferSignal::amount) && exclaims(info.folded);
    const bool ad = core && (s.count() >= 4 || exclaimed_cut ||
                             (short_line && s.count() >= 2 && s.has(OfferSignal::call_to_action)));
    if (!ad) continue;
    ads.push_back({i, {RemovalKind::promo, "offer (" + s.describe() + ")"}});
    ad_words += info.words;
  }
  if (ads.empty() || ad_words * 2 >= open_words || is_shop_issue()) return;
  for (const auto& ad : ads) {
    remove(ad.index, ad.reason);
    mark_offer_title(ad.index, ad.reason);
  }
}

// The ad's own title line just above it ("Special Discount on ..." over
// the offer's copy) goes with it when it names an offer itself. A
// section's heading stays; tidy() removes it if nothing else is left.
void Cleaner::mark_offer_title(std::size_t ad, const Removal& reason) {
  if (ad == 0) return;
  const std::size_t j = ad - 1;
  const Info& info = m_info[j];
  if (!open(j) || info.heading_like || info.words == 0 || info.words > 12 || ends_like_sentence(info.folded)) return;
  OfferSignals s = offer_signals(info.folded);
  if (s.has(OfferSignal::discount) || s.has(OfferSignal::purchase) || s.has(OfferSignal::contest)) remove(j, reason);
}

}  // namespace distill::transform::clean_detail
