#include "transform/newsletter.hpp"

#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform {

std::optional<std::string> not_a_newsletter_reason(const Message& message, const Document& document) {
  if (!message.list_unsubscribe.empty() || !message.list_unsubscribe_post.empty() || !message.list_id.empty()) {
    return std::nullopt;
  }
  if (message.precedence == "bulk" || message.precedence == "list") return std::nullopt;
  // The way out of the mailing, in a link (its text or its address) or
  // in the text, in any language of the vocabulary.
  const auto says_unsubscribe = [](std::string_view text) {
    return has_listed_word(WordList::unsubscribe, fold_for_match(text));
  };
  for (const auto& block : document.blocks) {
    for (const auto& link : block.links) {
      if (says_unsubscribe(link.text) || says_unsubscribe(link.url)) return std::nullopt;
    }
    if (says_unsubscribe(block.text)) return std::nullopt;
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
