#pragma once
// Composing the digest: the summaries not yet in a sent digest become one
// message with "Top stories" (stories several newsletters cover, see
// deliver/story_groups.hpp), a table of contents and one section per issue
// (its lede, key points, the items without a link under "Also in this
// issue" and those with one under "Links", at most max_items of them; a
// roundup of three or more linked stories is its lede and its list of
// stories, without points), in the order and within the reading budget of
// deliver/budget.hpp, then the issues beyond the budget by title, as
// multipart/alternative with a text/plain part (wrapped at 72, links as
// numbered references) and an HTML part (inline CSS, single column of at most
// 640px, dark-mode friendly, no scripts, no remote images).
//
// Everything that came from a newsletter is data, never markup: it is HTML
// escaped in the HTML part, stripped of control characters in the text part,
// and kept on its own line (or RFC 2047 encoded) in headers. Only http, https
// and mailto links become links.
//
// compose is a pure function of the summaries and the options: the caller
// passes the clock reading and the local UTC offset, so the same input gives
// the same bytes, the same Message-ID included.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "deliver/budget.hpp"
#include "transform/summary.hpp"

namespace distill::deliver {

// The header that marks a message as one of our digests. A digest that lands
// in a mailbox distill reads is recognised by it and skipped.
inline constexpr const char* k_digest_header = "X-Distill-Digest";

// The window compose_digest lays a digest out over by default: the first
// 20,000 summaries it is given (deliver gives the oldest unsent first).
// Stories shared by several of them are found, and they are ranked and
// fitted to the budget, as if there were no others; the issues after them
// are counted at the end of the compact rest (and among the muted ones),
// in the totals and in the subject's {count} and {sources}, never shown in
// full or by title. A reader reads a budget's worth and 200 titles; 20,000
// issues is a hundred daily newsletters unread for more than half a year.
// So compose holds the records of at most this many issues whatever the
// backlog (about 0.6 KB each), and a backlog of up to this many gives the
// same digest as if there were no window.
inline constexpr std::size_t k_digest_window = 20000;

struct ComposeOptions {
  std::string from;                    // "distill <me@example.com>"
  std::vector<std::string> to;         // one mailbox each
  // {date} the day of `now` ("Fri 24 Jan 2025"), {count} the number of
  // issues, {sources} the source names, comma separated, first seen first.
  std::string subject_template = "Newsletter digest for {date}";
  std::chrono::sys_seconds now{};      // Date: header and {date}
  std::chrono::seconds utc_offset{0};  // local time = UTC + utc_offset
  std::chrono::sys_seconds period_start{};  // covered since; 0 when unknown
  int max_items = 6;                   // items shown per issue; the rest are counted
  // The reading budget in minutes (deliver/budget.hpp): issues beyond it are
  // listed by title at the end. 0: none, every issue in full.
  int budget_minutes = 0;
  // The priority of each summary given to compose_digest, in the same
  // order; a missing one is normal. Muted summaries are only counted.
  std::vector<Priority> priorities;
  // When set, the priority of summary `i` instead of `priorities`, asked
  // for only after summary `i` was read (for one after the window, right
  // after), so that a caller reading from a store can tell it from the
  // summary and hold no list of them.
  std::function<Priority(std::size_t i)> priority;
  // How many summaries, the first given, the digest is grouped, ranked and
  // fitted to the budget over (k_digest_window); the others are only
  // counted. At least 1.
  std::size_t window = k_digest_window;
};

// The most stories the "Top stories" section lists (stories several
// newsletters cover, most newsletters first).
inline constexpr std::size_t k_max_top_stories = 10;
// The most other issues an "also in" line names; the others are counted.
inline constexpr std::size_t k_max_also_in = 5;

// What one issue may put into a digest, whatever the newsletter carried (a
// 5 MB Subject, a thousand links): longer text is cut at a character
// boundary and ends in "…", later points and items are left out, a link
// longer than k_max_url is shown without it. With these bounds one issue
// adds at most a few tens of kilobytes to a digest.
inline constexpr std::size_t k_max_source_chars = 80;
inline constexpr std::size_t k_max_title_chars = 200;
inline constexpr std::size_t k_max_lede_chars = 600;
inline constexpr std::size_t k_max_point_chars = 300;
inline constexpr std::size_t k_max_points = 8;
inline constexpr std::size_t k_max_items = 30;
inline constexpr std::size_t k_max_blurb_chars = 300;
inline constexpr std::size_t k_max_url = 2048;
inline constexpr std::size_t k_max_subject_chars = 200;

// `summary` cut to the bounds above.
transform::Summary bound_summary(transform::Summary summary);

// `text` cut to at most `max_chars` code points (a cut one ends in "…").
std::string cut_text(std::string_view text, std::size_t max_chars);

// Summary `i` of the `count` a digest is composed of (0 to count - 1, in
// the order given). compose_digest reads every summary a few times and
// holds only a few at once: its memory grows with the number of issues by
// the facts it keeps of each (its source and word counts, 24 bytes), by 8
// bytes for each story it can show and by what grouping keeps of each
// story (deliver/story_groups.hpp), not by their summaries: an issue's
// title, link and date are read again where the digest names it. Only the
// first ComposeOptions::window issues are held so; each one after them is
// read once, to be counted, and not kept. It may throw; compose_digest
// passes it on.
using ReadSummary = std::function<transform::Summary(std::size_t i)>;

// Composes one digest of the `count` summaries `read` gives (grouped by
// source, first seen first): subject, Message-ID, text, html and the whole
// MIME message with CRLF line ends. Every summary is cut to the bounds
// above first, and the subject to k_max_subject_chars. No summaries give a
// digest that says there was nothing new. Digest::summaries is left empty.
// Throws deliver::Error when `from` or a recipient is not a usable address.
transform::Digest compose_digest(std::size_t count, const ReadSummary& read, const ComposeOptions& options);

// The same of summaries in memory, which the digest's Digest::summaries
// then carries, in its order and cut to the bounds (for tests and tools;
// deliver reads them from the store one at a time).
transform::Digest compose_digest(std::vector<transform::Summary> summaries, const ComposeOptions& options);

// The subject for `template_text` (see ComposeOptions) naming `summaries`,
// before any encoding.
std::string render_subject(const std::string& template_text, const std::vector<const transform::Summary*>& summaries,
                           std::chrono::sys_seconds now, std::chrono::seconds utc_offset);

// "sponsor block, footer, 4 trackers" from a summary's removed counts; empty
// when nothing was removed.
std::string describe_removed(const transform::Summary& summary);

// Text from a newsletter made safe for the text part: control characters
// and line breaks become spaces, runs of blanks fold to one, trimmed.
std::string plain_text(std::string_view text);

// `text` escaped for HTML element content and attribute values.
std::string escape_html(std::string_view text);

// Whether `url` may become a link: http, https or mailto, no blanks or
// control characters.
bool is_linkable(std::string_view url);

// Words of `text` wrapped to `width` columns (counted in characters, not
// bytes). The first line is prefixed by `first_indent`, the rest by
// `indent`. A word longer than the width stays whole on its own line.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view first_indent,
                              std::string_view indent);

// The decoded body of the first part of `mime` with the given media subtype
// ("plain" or "html"), for a digest read back from the store; empty when
// there is none. Read with transform's MIME decoder (transform/mime.hpp):
// the part's text as composed, UTF-8 with LF line ends.
std::string extract_part(const std::string& mime, std::string_view subtype);

}  // namespace distill::deliver
