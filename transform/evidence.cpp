// Link roles and the voice of an ad. The URL shapes here are those of the
// networks and platforms themselves (share intents, app stores,
// unsubscribe and preference pages as mailing platforms name them), not of
// any newsletter.

#include "transform/evidence.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_set>
#include <utility>

#include <libpsl.h>
#include <re2/re2.h>

#include "transform/ascii.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

RE2::Options options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(false);
  return o;
}

bool matches(const RE2& re, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

// Pages that manage a subscription, by the words mailing platforms put in
// their paths and queries, in the seven languages.
const RE2& subscription_url() {
  static const RE2 re(
      R"((unsubscribe|unsub\b|opt-?out|opt_out|email[-_]?preferences|preference[-_]?cent|/preferences\b|)"
      R"(manage[-_]?(?:subscription|preferences|email|profile)|subscription[-_]?(?:center|centre|settings|preferences)|)"
      R"(/profile\?u=|abmelden|abbestellen|austragen|desinscri|désinscri|desabonn|désabonn|darse-de-baja|baja\b|)"
      R"(disiscri|cancellazione|afmelden|uitschrijven|descadastr|cancelar-inscricao))",
      options());
  return re;
}

// Survey, feedback and rating pages, by the words of their paths and
// queries (or the first label of their host) in the seven languages.
const RE2& survey_url() {
  static const RE2 re(
      R"((?:^|[/?&=_.-])(surveys?|feedback|umfragen?|bewertung|sondages?|encuestas?|valoraci[oó]n|)"
      R"(sondaggio|sondaggi|enquetes?|enquêtes?|pesquisas?|avaliacao|avaliação)(?:$|[/?&=_.#-])|[?&](rate|rating|score|cijfer|note|voto)=)",
      options());
  return re;
}

// Refer-a-friend and invitation pages, by a segment of their paths in the
// seven languages ("/refer", "/invita?ref=", "/parrainage", "/indique").
const RE2& referral_url() {
  static const RE2 re(
      R"(/(refer|referrals?|refer-a-friend|invite|invita|invitar|invitez|parrainage|parrainer|parrainez|empfehlen|)"
      R"(weiterempfehlen|freunde-werben|werben|aanbevelen|uitnodigen|recomienda|recomendar|recomendacion|indique|)"
      R"(indicacao|indicação|convide|convidar)(?:$|[/?#._-]))",
      options());
  return re;
}

// Affiliate redirects, by a segment of their paths ("/aff/mockupbox",
// "/affiliate/123") or a parameter of their queries ("?aff_id=", "&affid=").
const RE2& affiliate_url() {
  static const RE2 re(
      R"(/(?:aff|affiliates?|afflink|aff-link)(?:$|[/?#])|[?&](?:aff|aff_id|affid|affiliate|affiliate_id|aff_sub|afftrack)=)",
      options());
  return re;
}

// Sign-up pages of a newsletter, by the last segment of their paths in
// the seven languages ("/subscribe", "/lettre", "/abonnieren"): a
// segment further up ("/newsletter/2026-05") is an issue's page.
const RE2& signup_url() {
  static const RE2 re(
      R"(/(subscribe|signup|sign-up|newsletters?|lettre|abonnieren|newsletter-anmeldung|inscription|abonnement|)"
      R"(suscribete|suscribirse|suscripcion|suscripción|iscriviti|iscrizione|aanmelden|inschrijven|)"
      R"(assine|assinar|inscreva-se|cadastro)/?(?:$|[?#]))",
      options());
  return re;
}

const RE2& share_intent_url() {
  static const RE2 re(
      R"(^(?:https?://)?(?:www\.|m\.)?((?:twitter\.com|x\.com)/(?:intent|share|home\?status)|facebook\.com/(?:sharer|share\.php|dialog/share)|)"
      R"(linkedin\.com/(?:sharearticle|sharing|shareArticle|cws/share)|(?:api\.)?whatsapp\.com/send|wa\.me/\?|)"
      R"(t(?:elegram)?\.me/share|reddit\.com/submit|pinterest\.com/pin/create|bsky\.app/intent|)"
      R"(news\.ycombinator\.com/submitlink|getpocket\.com/(?:save|edit)|xing\.com/(?:spi/)?(?:social/)?share|)"
      R"(threads\.net/intent|mastodon(?:share)?\.[a-z]+/share)|^mailto:\?)",
      options());
  return re;
}

// A post's own share button on a writing platform: the post's URL with
// the share action in its query ("/p/slug?action=share").
const RE2& share_action_url() {
  static const RE2 re(R"(^https?://[^?#]*\?(?:[^#]*&)?(action=share)(?:&|#|$))", options());
  return re;
}

const RE2& app_store_url() {
  static const RE2 re(R"(^https?://(?:www\.)?((?:apps|itunes)\.apple\.com/|play\.google\.com/store|appgallery\.huawei\.com/))",
                      options());
  return re;
}

bool is_social_host(std::string_view host) {
  static constexpr std::string_view k_hosts[] = {
      "twitter.com", "x.com",           "facebook.com",  "instagram.com", "linkedin.com", "youtube.com", "tiktok.com",
      "threads.net", "bsky.app",        "pinterest.com", "xing.com",      "discord.gg",   "discord.com", "t.me",
      "twitch.tv",   "mastodon.social", "flipboard.com", "tumblr.com",    "snapchat.com", "whatsapp.com"};
  for (auto h : k_hosts) {
    if (host == h || (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.'))
      return true;
  }
  return false;
}

// Hosts of share intents that are not social networks' home hosts.
bool is_share_host(std::string_view host) {
  static constexpr std::string_view k_hosts[] = {"wa.me", "api.whatsapp.com", "telegram.me", "reddit.com",
                                                 "news.ycombinator.com", "getpocket.com", "m.facebook.com",
                                                 "mastodonshare.com"};
  for (auto h : k_hosts) {
    if (host == h) return true;
  }
  return host.find("mastodon") != std::string_view::npos;
}

// A social network's account page: one path segment ("/acme", "/@acme",
// "/company/acme", "/channel/..."), not a post, a video or a search.
bool is_profile_path(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  if (path.empty()) return true;
  static const RE2 re(R"(^/(?:@?[\w.-]+|(?:company|in|school|channel|c|user|groups|pages)/[\w.%-]+|@[\w.-]+/?)$)", options());
  return matches(re, path);
}

// Second person, in the seven languages (folded, so lower case).
const RE2& second_person() {
  static const RE2 re(
      R"((?:^|[^\pL])(you|your|yours|you're|du|dich|dir|dein\w*|euch|euer|vous|votre|vos|ton|ta|tes|)"
      R"(tu|tus|usted|ustedes|contigo|tuo|tua|tuoi|tue|jij|jouw|je|uw|jullie|você|vocês|teu|tua|seu|sua|seus|suas)(?:$|[^\pL]))",
      options());
  return re;
}

// An imperative call to action as ads close with it.
const RE2& call_to_action() {
  static const RE2 re(
      R"((?:^|[^\pL])(try (?:it|for free|\w+ free|now|today)|get started|start (?:for free|your|now|today|building)|sign up|)"
      R"(book (?:a|your) (?:demo|call|free)|request a demo|get a demo|schedule a demo|learn more|get (?:a|your) free|)"
      R"(start (?:a|your) (?:[\w-]+ )?(?:free )?trial|open (?:an|your|a free) account|get \d+ ?% off|save \d+ ?%|)"
      R"(use (?:the )?(?:promo |discount |coupon )?code \w+ (?:at|on) |mit dem (?:gutschein|rabatt)?code \w+ (?:bei|auf) |)"
      R"(avec le code (?:promo )?\w+ (?:sur|chez) |con el código \w+ en |con il codice \w+ su |met (?:de )?(?:kortings)?code \w+ (?:bij|op) |)"
      R"(com o código \w+ (?:em|na|no) |)"
      R"(claim (?:your|it)|see how|find out (?:how|more)|download (?:now|the|your|it)|join (?:now|today|free|them)|)"
      R"(get (?:it|yours) (?:now|today|free)|jetzt (?:[\w-]+ ){0,3}(?:testen|ausprobieren|entdecken|starten|anmelden|sichern|buchen|registrieren|vergleichen|beantragen|anfragen|berechnen)|)"
      R"(compare (?:rates|prices|quotes|offers|plans|now)|vergleichen sie|comparez|compara (?:precios|ofertas|tarifas|ahora)|)"
      R"(confronta (?:le )?(?:offerte|tariffe|prezzi)|vergelijk (?:nu|alle|de) |compare (?:preços|ofertas|tarifas)|)"
      R"(calculate (?:your|how much)|calculez (?:vos|votre|combien)|calcula (?:tu|cuánto)|calcola (?:il tuo|la tua|quanto)|)"
      R"(bereken (?:je|uw|hoeveel)|calcule (?:a sua|sua|o seu|seu|quanto)|)"
      R"((?:simulate|estimate) (?:my|your)|je (?:simule|calcule|estime)|simulez (?:vos|votre)|simula (?:tu|mi|il tuo|la tua)|)"
      R"(simule (?:a sua|o seu|a minha|o meu)|simuleer (?:je|uw|mijn)|simulieren sie|(?:simuliere|berechne) (?:deine?n?|meine?n?)|)"
      R"((?:order|bestel|bestelle|bestellen sie|commande[rz]?|pide|ordina|peça) (?:your |je |uw |deine?n? |ihre?n? |ta |ton |votre |tu |la tua |il tuo |a sua |o seu )?)"
      R"((?:first|eerste|erste[ns]?|première|premier|primera|primer|prima|primo|primeira|primeiro) |)"
      R"((?:kostenlos|gratis) (?:testen|starten|ausprobieren)|mehr erfahren|découvrez|essayez|inscrivez-vous|profitez|en savoir plus|)"
      R"(téléchargez|réservez|commencez|ouvrez (?:votre|un) compte|testez|demandez (?:une )?démo|)"
      R"(descubre|prueba (?:gratis|ahora)|regístrate|más información|aprovecha|scopri|prova (?:gratis|ora)|)"
      R"((?:empieza|comienza) (?:gratis|hoy|ya|ahora)|pruébal[oa]|solicita (?:una )?demo|inizia (?:gratis|ora|oggi)|apri (?:il tuo|un) conto|)"
      R"(proval[oa]|richiedi (?:una )?demo|scarica (?:l'app|gratis|ora)|(?:chiedi|richiedi) (?:un |il tuo )?preventivo|)"
      R"([\pL-]+ (?:verschenken|bestellen|buchen|sichern|testen|ausprobieren|anfordern|herunterladen|kaufen)$|)"
      R"(iscriviti|approfitta|ontdek|probeer (?:het )?(?:gratis|nu)|meld je (?:nu )?aan|lees meer|begin (?:gratis|nu|vandaag)|)"
      R"(open (?:[\pL\d]+ ){0,3}(?:je|een|uw) rekening|abra (?:sua|a sua|uma) conta|comece (?:já|agora|hoje|ainda hoje|grátis)|cadastre-se|)"
      R"(experimente|peça (?:uma )?demo|vraag (?:een )?demo aan|probeer|)"
      R"(descubra|experimente|inscreva-se|saiba mais|aproveite|)"
      R"(apply (?:now|today|online)|(?:book|schedule) (?:a|your) (?:visit|tour)|get a quote|jetzt (?:termin|besichtigung) vereinbaren|)"
      R"(simulez|prenez rendez-vous|solicít(?:alo|ala|ala ya|alo ya)\b|solicita (?:ya|ahora) tu|pídel[oa] (?:ya|ahora)|)"
      R"(simula (?:ora|il tuo|la tua)|prenota (?:una|la tua) visita|richiedil[ao]\b|plan een bezoek|vraag (?:hem|haar|het) (?:nu )?aan|)"
      R"(simul(?:e|ar) (?:agora|já|o seu|a sua)|agende (?:uma|sua|a sua) visita|contrate (?:já|agora)|)"
      R"((?:see|get|grab) the (?:deal|offer)|zum angebot|voir l.offre|réserve[rz] (?:votre|ma|une) (?:chambre|place|table)|ver (?:la |a )?oferta|)"
      R"(reserva (?:tu|ya) (?:habitación|plaza|mesa)|vedi l.offerta|prenota (?:la tua|una) (?:camera|stanza)|bekijk (?:de deal|het aanbod|de aanbieding)|)"
      R"(reserveer (?:je|uw|een) (?:kamer|plek|tafel)|peça (?:já )?(?:o seu|a sua|seu|sua)|reserve (?:já )?(?:o seu|a sua|seu|sua) (?:quarto|lugar|mesa)))",
      options());
  return re;
}

}  // namespace

std::string url_host(std::string_view url) {
  std::string u = fold_for_match(url);
  std::string_view v = u;
  if (v.starts_with("https://")) {
    v.remove_prefix(8);
  } else if (v.starts_with("http://")) {
    v.remove_prefix(7);
  } else {
    return "";
  }
  // A backslash ends the host as a slash does: browsers read it so.
  std::size_t end = v.find_first_of("/?#\\");
  std::string_view host = v.substr(0, end);
  if (auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (auto colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  if (host.starts_with("www.")) host.remove_prefix(4);
  return std::string(host);
}

namespace {

// A file a download page offers, by its name's ending.
bool download_file(std::string_view name) {
  static constexpr std::string_view k_endings[] = {".zip", ".exe", ".msi", ".iso", ".tar.gz", ".tgz", ".tar.bz2",
                                                   ".bz2", ".rpm", ".deb", ".dmg", ".sit",    ".hqx", ".7z"};
  return std::any_of(std::begin(k_endings), std::end(k_endings), [&](std::string_view e) { return name.ends_with(e); });
}

// The host and the download's tail of an http, https or ftp address
// (the file name, or the last two folders), "" when it has none.
std::pair<std::string, std::string> download_tail(std::string_view address) {
  const std::string url = ascii_lower(address);
  std::string_view v = url;
  const std::size_t scheme = v.find("://");
  if (scheme == std::string_view::npos) return {};
  const std::string_view name = v.substr(0, scheme);
  if (name != "http" && name != "https" && name != "ftp") return {};
  v.remove_prefix(scheme + 3);
  const std::size_t slash = v.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view host = v.substr(0, slash);
  if (host.starts_with("www.")) host.remove_prefix(4);
  std::string_view path = v.substr(slash, v.find_first_of("?#", slash) - slash);
  while (path.ends_with('/')) path.remove_suffix(1);
  const std::size_t last = path.rfind('/');
  if (last == std::string_view::npos) return {};
  const std::string_view file = path.substr(last + 1);
  if (download_file(file)) return {std::string(host), std::string(file)};
  // The same two last folders: the last must have a letter, as dated
  // paths ("2024/03") are many sites' stories.
  if (last == 0 || std::none_of(file.begin(), file.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return {};
  const std::size_t before = path.rfind('/', last - 1);
  if (before == std::string_view::npos) return {};
  return {std::string(host), std::string(path.substr(before + 1))};
}

}  // namespace

bool lists_mirrors(const std::vector<Link>& links, std::string_view text) {
  std::map<std::string, std::set<std::string>> hosts_by_tail;
  auto add = [&](std::string_view address) {
    auto [host, tail] = download_tail(address);
    if (!tail.empty()) hosts_by_tail[tail].insert(host);
  };
  for (const Link& link : links) add(link.url);
  std::size_t at = 0;
  while ((at = text.find("://", at)) != std::string_view::npos) {
    std::size_t start = at;
    while (start > 0 && !is_ascii_space(text[start - 1])) --start;
    const std::size_t end = std::min(text.size(), text.find_first_of(" \t\r\n", at));
    add(text.substr(start, end - start));
    at = end;
  }
  return std::any_of(hosts_by_tail.begin(), hosts_by_tail.end(), [](const auto& t) { return t.second.size() >= 3; });
}

std::string site_of_host(std::string_view host) {
  std::string name(host);
  // An address literal has no registrable part ("192.0.2.1", "[2001:db8::1]").
  const bool literal = name.find(':') != std::string::npos ||
                       std::all_of(name.begin(), name.end(), [](char c) { return c == '.' || is_ascii_digit(c); });
  if (literal) return name;
  // The public suffix list compiled into libpsl; null for a host that is a
  // suffix itself, or has no dot.
  const char* domain = psl_registrable_domain(psl_builtin(), name.c_str());
  return domain ? std::string(domain) : name;
}

std::string_view link_role_name(LinkRole role) {
  switch (role) {
    case LinkRole::subscription: return "unsubscribe or preferences page";
    case LinkRole::share_intent: return "share intent";
    case LinkRole::social_profile: return "social profile";
    case LinkRole::app_store: return "app store";
    case LinkRole::survey: return "survey or rating page";
    case LinkRole::referral:
      return "referral page";
    case LinkRole::signup:
      return "sign-up page";
    case LinkRole::affiliate:
      return "affiliate redirect";
    case LinkRole::other: break;
  }
  return "other";
}

LinkRole link_role(const Link& link, std::string_view list_unsubscribe_host) {
  if (link.url.empty()) return LinkRole::other;
  const std::string lowered = fold_for_match(link.url);
  const std::string_view url = lowered;
  if (url.starts_with("mailto:?")) return LinkRole::share_intent;
  const std::string host = url_host(url);
  if (host.empty()) return LinkRole::other;
  // The regular expressions run only on the hosts they can match.
  if ((is_social_host(host) || is_share_host(host)) && matches(share_intent_url(), url)) return LinkRole::share_intent;
  if ((host.ends_with("apple.com") || host == "play.google.com" || host.starts_with("appgallery.")) &&
      matches(app_store_url(), url))
    return LinkRole::app_store;
  if (url.find("action=share") != std::string_view::npos && matches(share_action_url(), url))
    return LinkRole::share_intent;
  // The path and query only: a host named "optout.example" is rare, a
  // story about opting out is not a preference page.
  const std::size_t host_at = url.find(host);
  std::string_view rest = host_at == std::string_view::npos ? url : url.substr(host_at + host.size());
  // Every page of the List-Unsubscribe host manages the subscription but
  // its home page (a publisher that hosts its own list links its masthead
  // there), which only its path or query can make one.
  const std::string_view path = rest.substr(0, rest.find_first_of("?#"));
  const bool home = path.empty() || path == "/";
  if (!list_unsubscribe_host.empty() && host == list_unsubscribe_host && !home) return LinkRole::subscription;
  if (matches(subscription_url(), rest)) return LinkRole::subscription;
  // A host of its own for surveys ("encuestas.example", "survey.acme.example"):
  // its first label is the word, whole.
  const std::string label = host.substr(0, host.find('.'));
  if (matches(survey_url(), rest) ||
      (label.find_first_of("-_") == std::string::npos && matches(survey_url(), "/" + label + "/")))
    return LinkRole::survey;
  if (matches(referral_url(), rest)) return LinkRole::referral;
  if (matches(affiliate_url(), rest)) return LinkRole::affiliate;
  if (matches(signup_url(), rest)) return LinkRole::signup;
  if (is_social_host(host)) {
    std::size_t q = rest.find_first_of("?#");
    if (is_profile_path(rest.substr(0, q))) return LinkRole::social_profile;
  }
  return LinkRole::other;
}

bool addresses_reader(std::string_view folded) { return matches(second_person(), folded); }

bool calls_to_action(std::string_view folded) { return matches(call_to_action(), folded); }

bool reader_voiced_action(std::string_view folded) {
  // The last line of each language: the bare imperative that grabs an
  // offer ("Jetzt sichern", "Profitez-en"), which names no thing either.
  static const RE2 re(
      R"((?:^|[^\pL])(i want (?:it|mine|one|in|to help|to join|to become)|(?:claim|get|start|reserve|book) my|yes,? i(?:'m| am| want)|)"
      R"(grab (?:it|yours|the deal|this deal) now|claim (?:the|this) (?:deal|offer)|)"
      R"(ich (?:will|möchte) (?:es|das|dabei|mein|meine|meinen|mehr|helfen|mitglied)|ich bin dabei|ich werde mitglied|zum angebot|ich informiere mich|)"
      R"(^jetzt sichern\W*$|)"
      R"(j'en profite|^j'adhère\W*$|je deviens (?:membre|adhérent)|je (?:découvre|commande|m'inscris|réserve|teste|profite|veux|m'abonne|donne|compare|me renseigne|m'informe)|)"
      R"(^profitez-en\W*$|)"
      R"(lo quiero|la quiero|quiero (?:el|la|mi|probar|saber|informarme|colaborar|ser socio|ser socia|ser miembro|unirme|hacerme socio|hacerme socia|asociarme)|me apunto|me hago soci[oa]|)"
      R"(^(?:aprovéchalo|aprovecha (?:ya|ahora))\W*$|)"
      R"(lo voglio|la voglio|voglio (?:il|la|provare|saperne|informarmi|contribuire|diventare socio|iscrivermi|associarmi)|ci sto|^mi associo\W*$|divento soci[oa]|)"
      R"(^approfittane(?: ora| subito)?\W*$|)"
      R"(ik wil (?:het|deze|dit|mijn|meer|bijdragen|lid)|ik doe mee|ik word (?:nu )?lid|)"
      R"(^profiteer (?:nu|ervan)\W*$|)"
      R"(eu quero|quero (?:o|a|meu|minha|experimentar|saber|contribuir|ser sócio|ser sócia|ser membro|me associar)|eu me associo|)"
      R"(^aproveite (?:já|agora)\W*$))",
      options());
  return matches(re, folded);
}

bool addresses_reader_formally(std::string_view text) {
  // Case-sensitive: after a letter or a comma, so not a sentence's first word.
  static const RE2 re(R"([\pL,] (Sie|Ihnen|Ihre[mnrs]?|Ihr)(?:$|[^\pL]))");
  return matches(re, text);
}

std::string list_unsubscribe_host(std::string_view header) {
  std::size_t at = 0;
  while ((at = header.find('<', at)) != std::string_view::npos) {
    std::size_t end = header.find('>', at);
    std::string_view item = header.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
    std::string host = url_host(item);
    if (!host.empty()) return host;
    if (end == std::string_view::npos) break;
    at = end;
  }
  return url_host(header);
}

// Nothing but dates, numbers and an issue's number words, with at least
// one digit: the folded line, split at spaces and punctuation.
bool is_date_line(std::string_view folded) {
  static const std::unordered_set<std::string_view> k_words = [] {
    std::unordered_set<std::string_view> m;
    for (std::string_view w :
         {// months
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januar",
          "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
          "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
          "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
          "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
          "dicembre", "januari", "februari", "maart", "mei", "augustus", "oktober", "janeiro", "fevereiro", "março",
          "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
          // weekdays
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
          "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
          "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
          "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "maandag", "dinsdag",
          "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "segunda", "terça", "quarta", "quinta", "sexta",
          "feira",
          // an issue's number
          "issue", "no", "nr", "n", "nº", "n°", "edition", "ausgabe", "édition", "numéro", "numero", "número",
          "edición", "edizione", "editie", "nummer", "edição", "vol", "volume", "jahrgang", "kw", "week", "newsletter",
          "bulletin", "boletín", "boletim", "bollettino", "nieuwsbrief", "rundbrief", "lettre", "woche", "semaine",
          "semana", "settimana", "season", "saison", "spielzeit", "temporada", "stagione", "seizoen", "of", "the", "de",
          "del", "di", "du", "van", "der", "do", "da", "den", "le", "el", "il", "st", "nd", "rd", "th", "er", "e"}) {
      m.insert(w);
    }
    return m;
  }();
  bool digit = false;
  bool any = false;
  std::size_t k = 0;
  while (k < folded.size()) {
    // One token: a run of word code points (letters, digits) and "°º".
    std::size_t start = k;
    std::size_t at = k;
    while (at < folded.size()) {
      std::size_t next = at;
      const char32_t c = next_code_point(folded, next);
      if (!(is_word_code_point(c) || c == U'°' || c == U'º')) break;
      at = next;
    }
    if (at == start) {
      const char32_t c = next_code_point(folded, k);
      const bool separator = c == ' ' || c == '|' || c == ',' || c == '.' || c == '/' || c == '-' || c == ':' ||
                             c == '#' || c == U'·' || c == U'•' || c == U'–' || c == U'—' || c == '(' || c == ')';
      if (!separator) return false;
      continue;
    }
    const std::string_view token = folded.substr(start, at - start);
    k = at;
    any = true;
    const bool number = std::all_of(token.begin(), token.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    // "16th", "1er", "3rd": a number with its ordinal ending.
    std::size_t digits = 0;
    while (digits < token.size() && token[digits] >= '0' && token[digits] <= '9') ++digits;
    if (digits > 0) {
      digit = true;
      if (number || k_words.contains(token.substr(digits))) continue;
      return false;
    }
    if (!k_words.contains(token)) return false;
  }
  return any && digit;
}

// The publisher a copyright or address line starts with ("© 2025 Patch
// Notes Ltd, 3 Castle Wynd", "De Beursbrief B.V. | Keizersgracht 400"):
// its capitalised words before the first separator, without the year,
// the company form and a leading article; "" when there are none or
// more than three.
std::string publisher_in_legal_line(std::string_view text) {
  const std::size_t end = text.find_first_of(",|\n");
  std::string_view head = text.substr(0, end);
  for (std::string_view sep : {" · ", " - ", " – ", " • "}) head = head.substr(0, head.find(sep));
  static constexpr std::string_view k_skip[] = {
      "©", "(c)", "copyright", "ltd", "ltd.", "gmbh", "ug", "llc", "inc", "inc.", "b.v.", "bv", "s.l.", "sl", "sarl",
      "sas", "s.a.", "sa", "lda", "ltda", "ltda.", "srl", "s.r.l.", "aps", "ag", "e.v.", "the", "de", "het", "la", "le", "les", "el",
      "il", "lo", "a", "o", "der", "die", "das",
      // What kind of organisation publishes, not its name: "Wohnwert Verlag
      // GmbH" is "wohnwert", "Association La Lanterne" is "lanterne".
      "verlag", "verlags", "medien", "media", "mídia", "publishing", "publications", "éditions", "editions",
      "edizioni", "ediciones", "edições", "uitgeverij", "association", "associazione", "asociación",
      "associação", "vereniging", "verein", "group", "gruppe", "groupe", "grupo", "gruppo"};
  std::string name;
  int words = 0;
  std::size_t k = 0;
  while (k < head.size()) {
    const std::size_t word_end = std::min(head.size(), head.find(' ', k));
    const std::string_view word = head.substr(k, word_end - k);
    k = word_end + 1;
    if (word.empty()) continue;
    std::string lower = fold_for_match(word);
    const bool skip = std::find(std::begin(k_skip), std::end(k_skip), lower) != std::end(k_skip) ||
                      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (skip) continue;
    std::size_t at = 0;
    if (is_lower_letter(next_code_point(word, at))) return "";
    if (++words > 3) return "";
    name += name_letters(lower);
  }
  return name;
}

// Lower-case ASCII letters and digits of `text`, accents taken off and
// umlauts written out ("Gründerfunk" -> "gruenderfunk"), web and mail
// addresses left out: how a newsletter's name is spelled in its host.
std::string name_letters(std::string_view text) {
  // What an ASCII byte becomes: itself or its lower case, or nothing (0).
  static constexpr std::array<char, 128> k_ascii = [] {
    std::array<char, 128> t{};
    for (char c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = c;
    for (char c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = c;
    for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
    return t;
  }();
  // No character gives more bytes than it takes (an umlaut's two make "ae").
  std::string out(text.size(), '\0');
  char* o = out.data();
  std::size_t k = 0;
  while (k < text.size()) {
    const std::size_t word_end = std::min(text.size(), text.find(' ', k));
    const std::string_view word = text.substr(k, word_end - k);
    const bool address = word.find("://") != std::string_view::npos || word.starts_with("www.") ||
                         (word.find('@') != std::string_view::npos && word.find('.') != std::string_view::npos);
    if (!address) {
      for (std::size_t at = 0; at < word.size();) {
        const auto byte = static_cast<unsigned char>(word[at]);
        if (byte < 0x80) {
          ++at;
          if (const char m = k_ascii[byte]) *o++ = m;
          continue;
        }
        const char32_t c = next_code_point(word, at);
        const auto two = [&o](char a, char b) {
          *o++ = a;
          *o++ = b;
        };
        if (c == U'ä' || c == U'Ä') {
          two('a', 'e');
        } else if (c == U'ö' || c == U'Ö') {
          two('o', 'e');
        } else if (c == U'ü' || c == U'Ü') {
          two('u', 'e');
        } else if (c == U'ß') {
          two('s', 's');
        } else if (c >= 0xC0 && c <= 0xFF) {
          static constexpr std::string_view k_base =  // U+00C0..U+00FF without their accents
              "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
          const char b = k_base[c - 0xC0];
          if (b >= 'a' && b <= 'z') *o++ = b;
        }
      }
    }
    k = word_end + 1;
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

}  // namespace distill::transform
