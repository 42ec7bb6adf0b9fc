#include "transform/newsletter.hpp"

#include <re2/re2.h>

#include "transform/words.hpp"

namespace distill::transform {

namespace {

// Unsubscribe vocabulary of links (text or URL, folded to lower case).
const RE2& unsubscribe_link() {
  static const RE2 re(
      R"((unsubscribe|unsub\b|opt[-_ ]?out|optout|abmelden|abbestellen|austragen|abmeldung|)"
      R"(manage[-_ ]?(?:your[-_ ]?)?(?:preferences|subscription)|email[-_ ]?preferences|)"
      R"(list-manage\.com/unsubscribe|désabonner|desabonner|désinscri|darse de baja|cancelar suscripci))",
      RE2::Quiet);
  return re;
}

// Unsubscribe phrases of the body text (folded).
const RE2& unsubscribe_text() {
  static const RE2 re(
      R"((unsubscribe|to stop receiving|no longer wish to receive|opt[ -]out of|remove (?:yourself|me) from|)"
      R"(to be removed from|you(?:'re| are) receiving this|you received this (?:e-?mail|message|newsletter)|)"
      R"(manage (?:your )?(?:email )?preferences|update your (?:email )?preferences|)"
      R"(newsletter abbestellen|abbestellen|abmelden|austragen|nicht mehr erhalten|)"
      R"((?:sie erhalten|du erhältst|ihr erhaltet) diese (?:e-mail|email|nachricht|newsletter)))",
      RE2::Quiet);
  return re;
}

bool matches(const RE2& re, std::string_view folded) {
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), re);
}

}  // namespace

std::optional<std::string> not_a_newsletter_reason(const Message& message, const Document& document) {
  if (!message.list_unsubscribe.empty() || !message.list_unsubscribe_post.empty() || !message.list_id.empty()) {
    return std::nullopt;
  }
  if (message.precedence == "bulk" || message.precedence == "list") return std::nullopt;
  for (const auto& block : document.blocks) {
    for (const auto& link : block.links) {
      if (matches(unsubscribe_link(), fold_for_match(link.text)) || matches(unsubscribe_link(), fold_for_match(link.url))) {
        return std::nullopt;
      }
    }
    if (matches(unsubscribe_text(), fold_for_match(block.text))) return std::nullopt;
  }
  return std::string("not a newsletter");
}

bool is_newsletter(const Message& message, const Document& document) {
  return !not_a_newsletter_reason(message, document).has_value();
}

std::optional<std::string> not_digested_reason(const Message& message, const Document& document,
                                               bool matches_source, std::string_view include) {
  if (!message.digest_marker.empty()) return std::string("a digest sent by distill");
  if (include == "all" || matches_source) return std::nullopt;
  if (include == "sources") return std::string("not a newsletter");
  return not_a_newsletter_reason(message, document);
}

}  // namespace distill::transform
