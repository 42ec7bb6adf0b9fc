#pragma once
// Link hygiene, offline: what a link points to once the sender's tracking
// is taken off it. Nothing is fetched; a redirect is unwrapped only when
// the real target is written in the URL itself.

#include <string>
#include <string_view>

namespace distill::transform {

// Returns `url` with
//  - click-tracking redirects unwrapped when the target is evidently in
//    the URL: a query parameter (url=, u=, q=, target=, redirect=, dest=,
//    ...) whose value is an absolute http(s) URL, plain or percent-encoded;
//    any parameter or path segment in base64 that decodes to an http(s) URL
//    ("aHR0c...") or to a JSON object with exactly one such URL among its
//    values ("eyJ...", a signed token's part before its '.'); an http(s)
//    URL percent-encoded into one path segment ("/redirect/https%3A%2F%2F...",
//    "/L0/https:%2F%2F.../1/..."), or written whole at the end of the path
//    ("/click/https://..."). Share links (".../sharer?u=",
//    ".../intent/tweet?url=") are left alone, their parameter is content.
//    A redirect whose target is not in it (an opaque id) stays as it is;
//  - utm_* and the other well-known tracking parameters removed (fbclid,
//    gclid, mc_cid, mc_eid, _hsenc, mkt_tok, ...), the rest kept in order;
//  - surrounding blanks and embedded line breaks removed.
// Adds the number of tracking parameters removed to `*params_removed` when
// given (the parameters of an unwrapped redirect's wrapper do not count).
// Never throws; a string that is not a URL comes back trimmed.
std::string clean_url(std::string_view url, int* params_removed = nullptr);

// Whether a query parameter name is a known tracking parameter.
bool is_tracking_parameter(std::string_view name);

// The names a link is tagged with for the campaign that brings the click:
// the values of its source, campaign, referrer and affiliate parameters
// ("utm_source=acme-weekly", "ref=acmeweekly", "aff=acme"), read after any
// redirect is unwrapped (a wrapper's parameters are the mailing service's),
// separated by spaces; "" when it has none. An advertiser asks the
// newsletter to tag its link so that it can count the clicks it paid for.
std::string link_campaign(std::string_view url);

}  // namespace distill::transform
