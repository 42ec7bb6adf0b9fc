#pragma once
// Structural and link evidence for cleaning: what a block's links say about
// it, whatever language its text is in. A footer links to unsubscribe and
// preference pages; a share row to the share intents of social networks; an
// app promotion to the app stores; a native ad to a domain no story of the
// issue links to, while it speaks to the reader with a call to action.
// Pure functions over links and folded text; clean() combines them with the
// vocabulary.

#include <string>
#include <string_view>
#include <vector>

#include "transform/document.hpp"

namespace distill::transform {

// The host of an http(s) URL, lower case, without "www." and port; "" for
// other schemes and for text that is not a URL.
std::string url_host(std::string_view url);

// The registrable part of a folded host, by the public suffix list
// ("news.example.co.uk" -> "example.co.uk", "ann.github.io" stays); an
// address literal or a host without one stays as it is.
std::string site_of_host(std::string_view host);

enum class LinkRole {
  other,
  subscription,    // unsubscribe, preferences, manage-subscription pages; the List-Unsubscribe host
  share_intent,    // "tweet this", "share on LinkedIn", "send by WhatsApp" intents
  social_profile,  // the home page of an account on a social network
  app_store,       // an app's page in an app store
  survey,          // a survey, feedback form or rating page ("rate this issue: 1 2 3 4 5")
  referral,        // a refer-a-friend or invite page ("/refer", "/invita", "/parrainage")
  signup,          // a page to subscribe to the newsletter, its path's last segment ("/subscribe", "/lettre")
  affiliate,       // an affiliate redirect that pays the publisher a commission ("/aff/", "?aff_id=")
};

std::string_view link_role_name(LinkRole role);

// What a link is for. `list_unsubscribe_host` is the host of the message's
// List-Unsubscribe http(s) URL ("" when none): the mailing platform's pages.
LinkRole link_role(const Link& link, std::string_view list_unsubscribe_host = {});

// Whether a block speaks to the reader and asks them to act ("try it free",
// "book your demo", "découvrez", "jetzt testen"), in any of the seven
// languages of the vocabulary: the voice of an advertisement, not of a
// report.
bool addresses_reader(std::string_view folded);
// The formal address of German, which only its capitals tell from "they"
// and "her": "erfassen Sie", ", Ihre". `text` is the block as written, not
// folded.
bool addresses_reader_formally(std::string_view text);
bool calls_to_action(std::string_view folded);
// A button in the reader's own voice ("J'en profite", "Ich will es",
// "Claim my seat", "Lo quiero"): the ad speaks for the reader who clicks,
// which is both addressing them and asking them to act.
bool reader_voiced_action(std::string_view folded);

// Whether a folded line is nothing but dates, numbers and the words of an
// issue's number ("july 16, 2025 | issue #87", "jeudi 6 février · n° 112",
// "ausgabe 48 / kw 12"), in the seven languages, with at least one digit.
bool is_date_line(std::string_view folded);

// Lower-case ASCII letters and digits of `text`, accents taken off and
// umlauts written out ("Gründerfunk" -> "gruenderfunk"), web and mail
// addresses left out: how a newsletter's name is spelled in its host.
std::string name_letters(std::string_view text);

// The publisher a copyright or address line starts with ("© 2025 Patch
// Notes Ltd, 3 Castle Wynd" -> "patchnotes"), in name_letters: its
// capitalised words before the first separator, without the year, the
// company form and a leading article; "" when none or more than three.
std::string publisher_in_legal_line(std::string_view text);

// Whether a block's links and the addresses written in its text (plain
// text writes "ftp://" addresses no link holds) offer one download from
// three hosts or more: the same file ("jbox24.zip") or the same last two
// folders ("3.1/iso/") on each. A download's mirror list, whatever
// language its lines are in.
bool lists_mirrors(const std::vector<Link>& links, std::string_view text);

// The host of the first http(s) URL in a List-Unsubscribe header value
// ("<mailto:...>, <https://host/...>"), or "".
std::string list_unsubscribe_host(std::string_view header);

}  // namespace distill::transform
