#pragma once
// Cleaning: decides, block by block, what of a newsletter is the news and
// what is sponsor, promo, chrome or footer. Every removed block keeps the
// reason that removed it, so `distill explain` can show it and tests can
// assert on it. Pure: a Document, rules and history in, a CleanResult out.
//
// Each removal is typed (summary.hpp, RemovedBlock): a kind the digest
// counts (sponsor, jobs, promo, chrome, social, footer, legal, template,
// source, orphan, empty) and the evidence that decided it, e.g.
//   `"se désabonner" (vocabulary: footer, fr)`, `section "TOGETHER WITH ACME"`,
//   `links only to share intent`, `only link to acme.example, which no story
//   links to, asks the reader to act`, `recurs in 2 of 3 earlier issues`,
//   `recurs in 4 other senders' issues`, `drop_after #2` (a source rule).
// `reason` joins the two for people: `footer: "se désabonner" (vocabulary: footer, fr)`.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transform/block_facts.hpp"
#include "transform/document.hpp"
#include "transform/rules.hpp"
#include "transform/summary.hpp"

namespace distill::transform {

// What the user's mailbox knows about a message beyond its own text.
struct CleanContext {
  // The template keys of earlier issues of the same sender
  // (template_keys of their history_entry), one vector per issue, any order.
  // Keys, not texts: an issue's keys are computed once, not again for every
  // later issue of its sender that is compared with it.
  std::vector<std::vector<std::string>> sender_template;
  // The template_key of each block of the Document being cleaned, by index
  // (block_template_keys), when the caller has them already: it needs them
  // for the issue's own template_keys too. Empty: clean computes them.
  std::vector<std::string> block_keys;
  // The BlockFacts of the Document being cleaned (block_facts) and the
  // platform_key of each of its blocks (block_platform_keys), by index,
  // when the caller has them already. Empty: clean computes them.
  std::vector<BlockFacts> block_facts;
  std::vector<std::uint64_t> block_platform_keys;
  // platform_key of a block -> in how many OTHER senders' issues the store
  // has seen it: the mailing platform's template, never news.
  std::unordered_map<std::uint64_t, int> platform_senders;
  // The host of the message's List-Unsubscribe URL (list_unsubscribe_host
  // in evidence.hpp): links there manage the subscription.
  std::string list_unsubscribe_host;
  // false: no built-in vocabulary, marker, link, offer or footer rule; only
  // source rules, the sender's and the platform's templates, and tidying.
  // What the mailbox alone teaches, measured with the rules out of the way.
  bool heuristics = true;
};

// A block recurring in this many other senders' issues is platform template.
constexpr int k_platform_min_senders = 3;

// Removes the blocks of `doc` that are not editorial content.
//
// Built-in heuristics apply to every sender: the vocabulary of seven
// languages (vocabulary.hpp) where it stands as chrome stands, the roles of
// a block's links (evidence.hpp), and the older English and German markers:
// sponsor and ad markers with the whole sponsor section they introduce,
// subscription, upgrade, donation and referral promos, advertised offers
// (several of discount, amount, purchase terms, contest, call to action and
// deadline in one block, except in a shop's issue, where prices run through
// the items or the offers are most of the text), share and social
// rows, view-in-browser and "forwarded this email?" chrome, and the footer:
// a footer marker or sign-off near the end removes everything from there to
// the end; elsewhere it removes only its own block.
//
// `rules` adds the source's own patterns (see SourceRules); a block that
// matches `keep` is never removed. `history` holds the block texts of earlier
// issues of the same sender, one vector per issue (any order): a block that
// recurs nearly verbatim (numbers, dates and month names aside) in at least
// two of them (in the one, when there is only one) is template boilerplate.
// Headings are never removed as template: they are the structure.
//
// Kept blocks keep their order; `removed` lists the others in document
// order. Throws RuleError when a pattern of an uncompiled `rules` is bad.
CleanResult clean(const Document& doc, const SourceRules& rules = {},
                  const std::vector<std::vector<std::string>>& history = {});

// The same with everything the mailbox knows: the sender's history, the
// platform template (a block that recurs in k_platform_min_senders or more
// other senders' issues, never a heading nor a block over 40 words) and the
// List-Unsubscribe host.
CleanResult clean(const Document& doc, const SourceRules& rules, const CleanContext& context);

// The key under which the store counts a block across senders: the block
// folded as template_key does, with names (capitalised words after a
// sentence's first), numbers, e-mail addresses and URLs folded too, so one
// platform's footer under two newsletters gives one key. 0 for blocks too
// short or too long to be a platform's template (under 6 or over 40 words).
std::uint64_t platform_key(std::string_view text);

// The platform keys of a Document's blocks, as the store records them.
std::vector<std::uint64_t> platform_keys(const Document& doc);

// The platform_key of each block of `doc` by index, from its BlockFacts
// `facts` (block_facts of `doc`): 0 for headings and images, which never go
// as platform template. For CleanContext::block_platform_keys.
std::vector<std::uint64_t> block_platform_keys(const Document& doc, const std::vector<BlockFacts>& facts);

// platform_keys(doc) from block_platform_keys of `doc`: each key once, in order.
std::vector<std::uint64_t> platform_keys(const std::vector<std::uint64_t>& block_keys);

// The block texts of a Document as the store persists them for template
// learning: every block with words, in order.
std::vector<std::string> history_entry(const Document& doc);

// What template learning compares of one issue's block texts: each text's
// template_key (numbers, dates and month names folded), once, leaving out
// those too short to tell boilerplate from a recurring phrase.
std::vector<std::string> template_keys(const std::vector<std::string>& block_texts);

// The template_key of each block of `doc`, by index ("" for images), for
// CleanContext::block_keys and the template_keys overload below.
std::vector<std::string> block_template_keys(const Document& doc);

// The same from the blocks' BlockFacts (block_facts of `doc`), whose folded
// text it starts from instead of folding every block again.
std::vector<std::string> block_template_keys(const Document& doc, const std::vector<BlockFacts>& facts);

// template_keys(history_entry(doc)), from `block_keys` (block_template_keys
// of `doc`) instead of folding every block again.
std::vector<std::string> template_keys(const Document& doc, const std::vector<std::string>& block_keys);

// The visible text of the kept blocks: one block per line, images skipped.
std::string document_text(const Document& doc);

}  // namespace distill::transform
