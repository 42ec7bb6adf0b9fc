#pragma once
// Which messages are digested: `[digest] include = newsletters | sources |
// all`. A message that is not digested is recorded as skipped with the
// reason returned here (the process stage does that), never silently
// dropped.

#include <optional>
#include <string>
#include <string_view>

#include "transform/document.hpp"
#include "transform/message.hpp"

namespace distill::transform {

// Why `message` does not look like a newsletter, or nullopt when it does.
// Newsletter signals, any one suffices: a List-Unsubscribe, List-Id or
// List-Unsubscribe-Post header; Precedence bulk or list; a way out of the
// mailing, or why the reader gets it, in a link's text or address or in the
// text: the vocabulary's unsubscribe word list, in its seven languages
// ("unsubscribe", "opt-out", "to leave the list", "abmelden", "se
// désinscrire", "darse de baja", "hai ricevuto questa newsletter perché",
// "uitschrijven", "deixar de receber", a list server's "-subscribe@"
// address, ...). The reason is "not a newsletter".
std::optional<std::string> not_a_newsletter_reason(const Message& message, const Document& document);

bool is_newsletter(const Message& message, const Document& document);

// The include decision. `matches_source` says whether the message matched a
// configured [source]; `include` is the [digest] include value:
//   "newsletters"  configured sources and every message that is_newsletter;
//   "sources"      configured sources only;
//   "all"          everything.
// Skipped messages get the reason "not a newsletter" in both modes: it is
// the skip category that `status` counts, as the issue defines it.
// Messages distill sent itself (X-Distill-Digest set) are never digested
// ("a digest sent by distill"), whatever `include` says, so a digest that
// lands in a watched mailbox does not feed the next one. An unknown
// `include` value reads as "newsletters" (config/ validates it).
std::optional<std::string> not_digested_reason(const Message& message, const Document& document,
                                               bool matches_source, std::string_view include);

}  // namespace distill::transform
