#pragma once
// Cleaning: decides, block by block, what of a newsletter is the news and
// what is sponsor, promo, chrome or footer. Every removed block keeps the
// reason that removed it, so `distill explain` can show it and tests can
// assert on it. Pure: a Document, rules and history in, a CleanResult out.
//
// Reasons start with a kind and a colon; the digest counts removed blocks by
// that kind (summary.removed_counts):
//   sponsor:  `sponsor: "brought to you by"`, `sponsor: section "TOGETHER WITH ACME"`,
//             `sponsor: item tagged "sponsor"`, `sponsor: footnote "*this is sponsored ..."`,
//             `sponsor: disclosure "is licensed by the"` (the ad above a regulatory note)
//   jobs:     `jobs: section "jobs"` (paid job listings)
//   promo:    `promo: subscribe`, `promo: upgrade`, `promo: referral`, `promo: donation`,
//             `promo: section "share the brew"`,
//             `promo: offer (discount, amount, purchase, call to action, deadline)`
//             (an advertised offer, by the signals that gave it away)
//   chrome:   `chrome: view in browser`, `chrome: forwarded`, `chrome: pgp armour`
//   social:   `social: share row`
//   footer:   `footer: "unsubscribe"`, `footer: sign-off "thanks again for reading"`,
//             `footer: after "Thanks again for reading. Please share..."`,
//             `footer: postal address`, `footer: contact line`
//   legal:    `legal: "all rights reserved"`, `legal: "©"`, `legal: footnote`
//   template: `template: recurs in 2 of 3 earlier issues`
//   source:   `source rule drop #1`, `source rule drop_after #2`, `source rule drop_before #1`
//   orphan:   `orphan: heading of a removed section`
//   empty:    `empty: no words`

#include <string>
#include <vector>

#include "transform/block_facts.hpp"
#include "transform/document.hpp"
#include "transform/rules.hpp"
#include "transform/summary.hpp"

namespace distill::transform {

// Removes the blocks of `doc` that are not editorial content.
//
// Built-in heuristics (English and German markers) apply to every sender:
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

// The block texts of a Document as the store persists them for template
// learning: every block with words, in order.
std::vector<std::string> history_entry(const Document& doc);

// The visible text of the kept blocks: one block per line, images skipped.
std::string document_text(const Document& doc);

// The kind of a removal reason: the part before the first ':'
// ("sponsor" for `sponsor: "(sponsor)"`), or "source" for source rules.
std::string reason_kind(const std::string& reason);

}  // namespace distill::transform
