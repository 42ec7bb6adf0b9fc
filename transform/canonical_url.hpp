#pragma once
// The identity of a linked article, for telling that two newsletters link
// the same story: a link with its tracking taken off (clean_url: redirects
// whose target is in the URL unwrapped, utm_ and the other tracking
// parameters removed), then folded so that the addresses one article is
// known by compare equal. Nothing is fetched.

#include <string>
#include <string_view>

namespace distill::transform {

// The folded form of an http(s) `url`: "example.org/news/rover-finds-ice",
// without scheme (http and https are one), user, default port or fragment;
// the host lower case without a leading "www.", "m.", "mobile." or "amp.";
// an AMP cache address ("…cdn.ampproject.org/c/s/example.org/a") read as
// the page it caches; an "amp" path segment at either end of the path, a
// ".amp" before the extension and amp query parameters (amp, amp=1,
// outputType=amp) dropped; trailing slashes dropped; the remaining query
// parameters sorted.
//
// Empty when the link cannot identify an article: not http(s), no host, or
// a site's front page (no path and no query), which unrelated stories share.
std::string canonical_story_link(std::string_view url);

}  // namespace distill::transform
