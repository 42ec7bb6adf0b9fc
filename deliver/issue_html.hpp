#pragma once
// One archived issue as HTML: for `distill show --html` (a standalone page)
// and the content of a feed entry (a fragment). It is rendered from the
// cleaned Document the store kept, never from the newsletter's own markup,
// and escaped the way the digest is: every text from the newsletter is data
// (escape_html, control characters dropped), only http, https and mailto
// links become links, and there are no scripts, no styles from the sender,
// no event handlers and no images (remote images would tell the sender the
// issue was read).

#include <optional>
#include <string>

#include "transform/summary.hpp"

namespace distill::deliver {

// The issue's body: its kept blocks in order (headings, paragraphs, lists,
// quotes, rules), each link of a block on the first occurrence of its text.
// Without a cleaned Document (an issue processed before the archive kept
// one, or pruned), the summary: lede, key points and items.
std::string issue_fragment(const transform::Summary& summary, const std::optional<transform::CleanResult>& cleaned);

// A whole HTML page: title, source and date, a link to the web version when
// the issue has one, then issue_fragment(). No remote resources at all.
std::string issue_page(const transform::Summary& summary, const std::optional<transform::CleanResult>& cleaned);

}  // namespace distill::deliver
