// Marker vocabularies. Each list is one RE2 alternation over folded text
// (lower case, ASCII quotes, single spaces; see fold_for_match), with one
// capture group so a reason can quote the phrase that matched. Where a
// phrase may stand is decided in find_marker: the job of a marker is done at
// the start of a block or in a short block, never deep in a paragraph, which
// is what keeps news text that merely mentions "sponsors" or "subscribers".
//
// Phrases are general newsletter vocabulary (hosted newsletter platforms,
// link roundups, daily briefings, shop mailings and plain-text lists of the
// 2000s each show the kinds); nothing here names a sender. The vocabulary
// of seven languages by category lives in vocabulary.cpp; these are the
// markers whose hits shape sections, tags, footnotes and offers.

#include "transform/markers.hpp"

#include <algorithm>
#include <bit>
#include <iterator>

#include <re2/re2.h>
#include <re2/set.h>

#include "transform/ascii.hpp"
#include "transform/regex_superset.hpp"
#include "transform/vocabulary.hpp"
#include "transform/words.hpp"

namespace distill::transform {

namespace {

struct Found {
  std::size_t pos = 0;  // byte offset in the folded text
  std::string phrase;
};

std::optional<Found> search(const RE2& re, std::string_view text) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece group;
  if (!RE2::PartialMatch(input, re, &group)) return std::nullopt;
  return Found{static_cast<std::size_t>(group.data() - text.data()), std::string(group.data(), group.size())};
}

RE2::Options options() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

#define DISTILL_MARKER_RE(name, pattern)                         \
  const RE2& name() {                                            \
    static const RE2 re(with_ss_for_eszett(pattern), options()); \
    return re;                                                   \
  }

// Sponsor labels that say so unambiguously, wherever the label stands in
// the first words of a block: "This newsletter is sponsored by: ...",
// "Today's issue is brought to you by Acme".
DISTILL_MARKER_RE(sponsor_strong,
    R"(\b(sponsored by|brought to you by|a (?:word|message|note) from (?:our|today's|this week's) (?:sponsors?|partners?)|)"
    R"((?:today's|this week's|this issue's|our) sponsors?\b|thanks to (?:our|today's) sponsors?|)"
    R"(advertise (?:with|on|in)|advertising opportunities|sponsorship opportunities|interested in sponsoring|)"
    R"(become a sponsor|want to sponsor|sponsor (?:this|the|our) newsletter|sponsorship:|)"
    R"(partner content|paid partnership|paid post|sponsored content|sponsored post|advertorial|)"
    R"(gesponsert von|präsentiert von|mit freundlicher unterstützung (?:von|der|des)|werbung:|anzeige:))");

// Weaker sponsor labels: only when the block is a short label line. A
// label that names the ad ("SPONSORED", "OUR PARTNER", "UNSER PARTNER")
// heads it; one that ends in a preposition ("Together with") stands over
// a logo (sponsor_label_over_logo). A numbered section's label ("6.
// PARTNER NEWS") is one too.
DISTILL_MARKER_RE(
    sponsor_label,
    R"(^\W*(?:\d{1,2}[.)]\W*)?(together with|in partnership with|in collaboration with|in cooperation with|presented by|)"
    R"((?:from |a word from )?(?:our|today's|this week's|this issue's) (?:partner|sponsor)s?|partner (?:offer|spotlight)s?|)"
    R"(sponsored|sponsor|sponsors|advertisement|advertising|promoted|promotion|partner|anzeige|werbung|)"
    R"((?:unser|unsere|unseren) (?:heutiger? |aktueller? )?(?:partner|sponsor)(?:in|en)?|partnerangebot|)"
    R"(in kooperation mit|in zusammenarbeit mit|unterstützt von|präsentiert von)\b)");

// The strong labels that name the ad itself, not who paid for it ("Paid
// post", "Partner content", "Advertorial"): alone on a short line they
// head the ad's copy, as "SPONSORED" does, and stand over no logo.
DISTILL_MARKER_RE(sponsor_ad_noun,
    R"(^(partner content|paid partnership|paid post|sponsored content|sponsored post|advertorial)$)");

// The sponsor labels that end in a preposition: alone on a line, the
// sponsor's logo follows them, not the ad's copy. The prepositions of all
// seven languages: a vocabulary credit ("présenté par") ends the same way.
DISTILL_MARKER_RE(sponsor_label_over_logo, R"(\b(with|by|mit|von|par|avec|por|con|door|met|com)$)");

// A sponsor tag that ends a link item's title, before its link or its
// description ("Ship it this weekend with Acme (Sponsor) [https://...]
// Acme gives you ..."): plain-text digests put title, link and blurb in one
// paragraph, so the block is longer than a tagged title alone. The tag in
// the seven languages, as digests write it ("(sponsorisé)", "(anuncio)").
DISTILL_MARKER_RE(
    sponsor_title_tag,
    R"([(\[]\s*(sponsor|sponsored|sponsored link|advertisement|advert|paid|promoted|anzeige|werbung|gesponsert|)"
    R"(publicité|sponsorisé|partenariat|publicidad|patrocinado|anuncio|pubblicità|sponsorizzato|advertentie|gesponsord|)"
    R"(publicidade|anúncio)\s*[)\]])"
    R"(\s*(?:$|\[https?:|<https?:|https?://|[:|–—-] ))");

// Bracketed tags anywhere in a short block: "... SOC 2 Checklist (sponsor)",
// "FEATURED LISTINGS [paid placement]", "(publicité)".
DISTILL_MARKER_RE(
    sponsor_tag,
    R"([(\[]\s*(sponsor|sponsored|sponsored content|sponsored link|ad|ads|advertisement|advert|)"
    R"(partner|paid|paid post|promoted|promotion|anzeige|werbung|gesponsert|)"
    R"(paid (?:placements?|listings?)|sponsored listings?|bezahlte platzierung|)"
    R"(publicité|sponsorisé|publicidad|patrocinado|pubblicità|sponsorizzato|advertentie|gesponsord|publicidade)\s*[)\]])");

// A link the writer tags as paying a commission ("... on sale for $34
// (affiliate link)."), in the seven languages: the line recommends a product
// for sale. Only that line goes; the recipe or review around it is the
// writer's own.
DISTILL_MARKER_RE(affiliate_tag,
                  R"([(\[]\s*(affiliate|affiliate link|aff link|affiliate-link|affiliatelink|werbelink|provisionslink|)"
                  R"(lien affilié|lien d'affiliation|enlace de afiliado|enlace afiliado|link affiliato|)"
                  R"(link di affiliazione|link de afiliado|link afiliado)\s*[)\]])");

// A trailing tag line: "Acme sponsor", "sponsored".
DISTILL_MARKER_RE(sponsor_trailing, R"(\b(sponsor|sponsored|promoted|advertisement|anzeige|werbung)\W*$)");

// "*This is sponsored advertising content." under an item ending in "*".
DISTILL_MARKER_RE(sponsor_footnote,
    R"(^\*+\s*(.*\b(?:sponsor|sponsored|advertis\w*|paid|anzeige|werbung|gesponsert)\b))");

// A regulatory disclosure standing alone under an advertisement ("Terms and
// conditions apply. Allied Irish Banks, p.l.c. is licensed by the Central
// Bank of Ireland." under a bank's ad in a shop newsletter).
DISTILL_MARKER_RE(ad_disclosure,
    R"(\b((?:is|are) (?:authori[sz]ed|licensed|regulated) (?:and regulated )?by the|member (?:fdic|sipc|finra)|)"
    R"(securities (?:are )?offered through|investing involves risk|capital (?:is )?at risk))");

DISTILL_MARKER_RE(jobs_label,
    R"(^\W*((?:(?:the|our) )?(?:featured |open |remote |tech |dev )?jobs?(?: board| listings?| openings?| of the week)?|)"
    R"(careers?|hiring|we're hiring|now hiring|job openings|open positions|join (?:our|the) team|)"
    R"((?:want to |come )?work (?:for|at|with) (?:us|[\w.-]+(?: [\w.-]+)?)\??|)"
    R"(stellenangebote|stellenanzeigen|(?:unsere )?jobbörse|jobs (?:&|und) karriere|)"
    R"((?:nos )?offres d'emploi|(?:nuestra )?bolsa de (?:empleo|trabajo)|ofertas de empleo|offerte di lavoro|)"
    R"(bacheca (?:del )?lavoro|vacaturebank|onze vacatures|quadro de vagas|vagas de emprego|)"
    // A trade letter's classified jobs box, named as a paper names its
    // jobs pages: "Stellenmarkt", "Situations vacant".
    R"(stellenmarkt|situations vacant|annonces d'emploi|ofertas de trabajo|annunci di lavoro|vacatures|)"
    R"(ofertas de emprego|)"
    // The sender's own call to work for it, as a heading: "Lavora con noi".
    R"(arbeite(?:n sie)? bei uns|komm in unser team|(?:travaillez|travailler) avec nous|)"
    R"(trabaja con nosotros|lavora con noi|werken bij ons|kom ons team versterken|trabalhe (?:connosco|conosco))\W*$)");

// A pay band ("$120k–$140k", "€70.000 - €85.000"): a job listing's line.
DISTILL_MARKER_RE(pay_band, R"((\d{2,3}(?:[.,]\d{3}|k) ?(?:–|—|-|to|bis|à|a) ?[$£€]? ?\d{2,3}(?:[.,]\d{3}|k)))");

// One salary in thousands, the way a listing gives it ("EUR 110k",
// "$95k", "£60k", "55k €"): a job ad's pay when it names no band, or the
// top of a band whose first number leaves its "k" to it ("45–55k €").
DISTILL_MARKER_RE(pay_figure, R"(((?:[$£€] ?|\b(?:usd|eur|gbp|chf) )\d{2,3}k\b|\b\d{2,3}k ?(?:[$£€]|(?:usd|eur|gbp|chf)\b)))");

// What a job ad says, to tell where a jobs section without an end ends.
DISTILL_MARKER_RE(job_words,
    R"(\b(jobs?|hiring|hire|engineers?|developers?|remote|full[- ]time|part[- ]time|roles?|positions?|salary|)"
    R"(apply|careers?|opportunit(?:y|ies)|looking for|join (?:our|the) team|recruit\w*|job-seekers?|)"
    R"(stellen\w*|entwickler\w*|bewerb\w*|vollzeit|teilzeit|lebenslauf|curriculum|cv|candidatur\w*|sollicit\w*|)"
    R"(vacatures?|postuler|contratto|contrato|contrat|contract|parttime|deeltijd|)"
    // The job titles and work modes of listings in the other languages.
    R"(sviluppat(?:ore|rice|ori)|programmat(?:ore|rice)|ingegnere|desarrollador(?:a|es)?|programador(?:a|es)?|)"
    R"(ingenier[oa]|développeu(?:r|se)s?|ingénieur(?:e)?s?|ontwikkelaars?|desenvolvedor(?:a|es)?|engenheir[oa]|)"
    R"(ibrido|híbrido|hybride|hybrid|full remote|smart working|teletrabajo|télétravail|thuiswerken)\b)");

// The gender tag a job title carries in most of the languages' listings:
// "(m/w/d)", "(w/m/d)", "(H/F)", "(m/v)", "(h/m)", "(m/f)".
DISTILL_MARKER_RE(job_gender_tag, R"((\((?:[mwdfhvx]|div)(?: ?/ ?(?:[mwdfhvx]|div)){1,2}\)))");

// What the vocabulary's view-online rows do not hold: the web view named
// in other words, and the deliverability notes that share its line.
DISTILL_MARKER_RE(chrome_browser,
    R"(\b(view (?:this )?(?:email|e-mail|issue|newsletter|message|post) (?:in|on|online|as)|)"
    R"(view this (?:email|e-mail|issue|newsletter|message|post)\b.{0,40}\bonline|)"
    R"((?:is|are) also available (?:online|on|at|through|via)\b.{0,50}\b(?:web|website|site|online)|)"
    R"(view (?:it |this )online|view as (?:a )?web ?page|read (?:it |this )online|read on the web|read in the browser|)"
    R"(browser-version|not displaying (?:properly|correctly)|)"
    R"(not display(?:ing)? correctly|(?:can't|cannot|unable to) (?:see|view|read) (?:this|the) (?:email|e-mail|message)|)"
    R"(click here to (?:view|read|launch|see) (?:it|this|the)|launch it in your browser|)"
    R"(click (?:on )?(?:the )?(?:image|picture|banner|photo) (?:to|for|below|above)|)"
    R"(im webbrowser|read in app|open in app|)"
    R"(add (?:us|our address|this address) to your (?:address book|contacts|safe)|safe sender|whitelist|zu kontakten hinzufügen)\b)");

DISTILL_MARKER_RE(pgp_armour, R"(^\W*(-----(?:begin|end) pgp [a-z ]+-----|hash: sha\d+))");

DISTILL_MARKER_RE(promo_upgrade,
    R"(\b(upgrade to (?:paid|premium|pro|a paid)|upgrade (?:now|today|your subscription)|go premium|)"
    R"(become a (?:paid|paying|premium) (?:subscriber|member)|paid subscribers? (?:get|receive|also)|)"
    R"(paying subscribers? (?:get|receive|also)|free subscriber|paid subscription|premium (?:tier|subscription|membership|plan|members?)|)"
    R"(subscriber-only|subscribers-only|subscribers only|for paid subscribers|to read the rest|keep reading with|)"
    R"(a subscription gets you|get full access|unlock (?:the )?full|start (?:your|a) free trial|jetzt upgraden|premium-abo|vollen zugriff)\b)");

// A headline that reports a paywall ("A podcast network goes
// subscriber-only") tells what someone else did, not what this issue sells.
DISTILL_MARKER_RE(paywall_reported,
    R"(\b((?:goes|went|going|go|gone|turns?|turned|turning|becomes?|became|becoming|moves?|moved|moving|switch(?:es|ed|ing)?) )"
    R"((?:fully |entirely |partly )?(?:to )?(?:subscriber-only|subscribers-only|subscribers only))\b)");

DISTILL_MARKER_RE(promo_subscribe,
    R"(\b(subscribe (?:now|here|today|for free|for just|for \$|to (?:get|receive|read|our|the|my|this))|subscribe$|to subscribe\b|)"
    R"(consider subscribing|please subscribe|become a subscriber|join (?:over |more than )?[0-9,.k+]+ (?:other )?)"
    R"((?:readers|subscribers|people|professionals|founders|investors|marketers|developers)|)"
    R"(get (?:this|the|our) newsletter|sign up (?:here|now|today|for (?:free|our|the))(?:$|[^?])|subscriptions are optional|)"
    R"(you(?:'re| are) (?:currently )?(?:a )?(?:free )?subscribed|you are (?:currently )?a (?:free )?subscriber|)"
    R"((?:subscription to|subscribing to) (?:the|this|our) [^.]{0,40}(?:is|are) free|)"
    R"((?:is|are) (?:absolutely |completely |totally |always )?free (?:to|for) (?:our |all )?(?:subscribers|readers)|)"
    R"((?:dir|ihnen|you) (?:unseren|unsere|our) [^.]{0,40}newsletter|our other newsletters?|)"
    R"(jetzt (?:kostenlos )?(?:abonnieren|anmelden)|newsletter abonnieren|abonniere (?:jetzt|den|unseren)|)"
    R"(zum newsletter anmelden))");

DISTILL_MARKER_RE(promo_referral,
    R"(\b(refer (?:a friend|friends|your friends|\d+)|you (?:currently )?have \d+ referrals?|referral (?:link|program|count|code|rewards?)|)"
    R"(share (?:this|the|our) (?:newsletter|email|post|issue)|share [a-z0-9' ]{1,30} with (?:a |your )?(?:friends?|colleagues?|coworkers)|)"
    R"(forward (?:this|it) (?:e-?mail |newsletter |message |issue )?to (?:a )?(?:friend|colleague)|(?:feel free|please) (?:to )?(?:forward|pass)|)"
    R"(pass (?:this|it) (?:copy )?(?:on|along)|tell (?:a friend|your friends)|invite (?:a friend|your friends)|)"
    R"(subscribe a friend|empfiehl (?:uns|den newsletter)|weiterempfehlen|freunde werben|teile (?:diesen|den) newsletter)\b)");

DISTILL_MARKER_RE(promo_donation,
    R"(\b(donate (?:now|today|here|to (?:us|support|keep|this))|make a (?:donation|contribution)|please donate|)"
    R"(support (?:my|our|this) (?:work|independent|journalism|newsletter|writing)|)"
    R"(support (?:independent|our independent) journalism|become a (?:member|patron|supporter)|buy me a coffee|patreon|)"
    R"(jetzt spenden|unterstütze (?:uns|mich|unsere arbeit)|unterstützen sie (?:uns|unsere arbeit))\b)");

// Where a paid post's preview ends: the footer region may start here.
DISTILL_MARKER_RE(paywall_marker,
    R"(\b(to read the rest|keep reading with|subscribe to (?:read|continue|unlock)|upgrade to (?:read|continue|unlock)|)"
    R"(to get access to this post|this post is for paid subscribers|for paid subscribers only|a subscription gets you|)"
    R"(weiterlesen mit|um weiterzulesen))");

// Promo section headings: "SHARE THE NEWSLETTER", "Share Acme Daily", "Refer a friend",
// and the heading over the writer's or publisher's own shop ("From our shop").
DISTILL_MARKER_RE(promo_label,
                  R"(^\W*(share|refer|invite|subscribe|support us|donate|upgrade|spread the word|want more|)"
                  R"(teilen|empfehlen|abonnieren|)"
                  R"((?:from|in) (?:my|our) (?:little )?(?:shop|store|webshop)|new in the (?:shop|store)|)"
                  R"(aus (?:meinem|unserem) (?:shop|laden|webshop)|neu im shop|)"
                  R"((?:dans|de) (?:ma|notre) (?:petite )?boutique|du côté de la boutique|)"
                  R"((?:de|en) (?:mi|nuestra) tienda|novedades en la tienda|)"
                  R"((?:dal|nel) (?:mio|nostro) (?:shop|negozio|negozietto)|novità nello shop|)"
                  R"((?:uit|in) (?:mijn|onze) (?:web)?winkel(?:tje)?|nieuw in de (?:web)?winkel|)"
                  R"((?:da|na) (?:minha|nossa) (?:lojinha|loja)|novidades na loja|)"
                  // A coupon box's label: the code and its discount under it.
                  R"(your (?:exclusive |personal )?(?:discount|coupon|promo|voucher) code|)"
                  R"((?:dein|ihr) (?:persönlicher |exklusiver )?(?:gutschein|rabatt|aktions)code|)"
                  R"((?:votre|ton) code (?:promo|de réduction)|(?:tu|su) código (?:de descuento|promocional)|)"
                  R"(il (?:tuo|suo) codice (?:sconto|promozionale|promo)|(?:je|jouw|uw) kortingscode|)"
                  R"((?:o )?(?:seu|teu) código (?:de desconto|promocional)|)"
                  // A hosted platform's block of other newsletters the writer
                  // recommends, each with a one-click subscribe.
                  R"(recommended (?:newsletters|publications|reads)|newsletters (?:i|we) (?:recommend|read|love)|)"
                  R"(empfohlene newsletter|newsletter-empfehlungen|newsletters? recommandées?|)"
                  R"((?:newsletters|boletines) recomendad[oa]s|newsletter consigliate|)"
                  R"(aanbevolen nieuwsbrieven|newsletters recomendadas|)"
                  // Other newsletters a platform boosts under the issue, named
                  // by the readers who also read them.
                  R"(newsletters (?:our|other) readers (?:also )?(?:like|love|enjoy|read)|newsletters you (?:might|may) (?:also )?(?:like|enjoy)|)"
                  R"(newsletter, die (?:unsere|andere) leser(?:innen)? (?:auch )?(?:mögen|lesen)|newsletters? que (?:nos|vos) lecteurs (?:aiment|lisent)|)"
                  R"(boletines que (?:también )?leen nuestros lectores|newsletter che (?:leggono|amano) (?:anche )?i nostri lettori|)"
                  R"(nieuwsbrieven die (?:onze )?lezers (?:ook )?(?:lezen|leuk vinden)|newsletters que (?:os )?nossos leitores (?:também )?(?:leem|curtem)|)"
                  // A membership box's label: not a member (or card holder) yet.
                  R"(not (?:a member|a cardholder) yet|noch kein mitglied|noch keinen (?:bibliotheks)?ausweis|pas encore (?:membre|adhérent)|)"
                  R"((?:aún|todavía) no eres soci[oa]|non sei ancora soci[oa]|nog geen (?:lid|pas|pasje|bibliotheekpas)|ainda não (?:é|és) sóci[oa]|)"
                  // A merch drop's label over the goods and the shop's link.
                  R"(merch drop|new merch|neues merch|merch-drop|nouveau merch|drop de merch|nuevo merch|nuovo merch|drop di merch|)"
                  R"(nieuwe merch|merchdrop|novo merch|)"
                  // Testimonials over a course or a product the sender sells.
                  R"(what (?:past |our |my |other )?(?:students|clients|customers|members|participants|readers) )"
                  R"((?:say|are saying)|testimonials|)"
                  R"(was (?:unsere |meine )?(?:teilnehmer|kunden|schüler|mitglieder)(?:innen)? sagen|kundenstimmen|)"
                  R"(ce qu'en disent (?:nos|mes) (?:élèves|clients|participants)|témoignages|)"
                  R"(lo que dicen (?:nuestros|mis) (?:alumnos|clientes|participantes)|testimonios|)"
                  R"(cosa dicono (?:i nostri|i miei) (?:studenti|clienti|partecipanti)|testimonianze|)"
                  R"(wat (?:onze|mijn) (?:cursisten|klanten|deelnemers|leden) zeggen|)"
                  R"(o que dizem (?:os )?(?:nossos|meus) (?:alunos|clientes|participantes)|depoimentos|)"
                  // A vendor's heading over the clients who vouch for it.
                  R"((?:they|companies that|clients who) trust us|trusted by (?:our )?(?:customers|clients)|)"
                  R"((?:diese |unsere )?kunden vertrauen uns|sie vertrauen uns|)"
                  R"(ils nous font confiance|ils nous ont fait confiance|ils parlent de nous|la parole à nos clients|)"
                  R"(confían en nosotros|ellos confían en nosotros|)"
                  R"(si fidano di noi|hanno scelto noi|dicono di noi|)"
                  R"((?:zij|deze klanten) vertrouwen op ons|klanten aan het woord|)"
                  R"(confiam em nós|(?:eles|estes clientes) confiam em nós)\b)");

// A vendor's small label over its own webinar, its customer's story or
// a download it gives for a form ("LIVE WEBINAR", "LIVE WEBCAST", "CUSTOMER STORY",
// "Fallstudie", "FREE WHITEPAPER"): the box under it is the vendor's
// invitation, its case study or its gated guide, whatever its title says.
DISTILL_MARKER_RE(
    vendor_box_label,
    R"(^\W*((?:live |free |upcoming |next |on-demand )?(?:webinar|webcast)|customer story|case study|success story|)"
    R"(free (?:white ?paper|e-?book|guide|report|playbook|toolkit|checklist)|(?:free )?(?:white ?paper|e-?book) download|)"
    R"((?:live-|kostenloses )?webinar|(?:live-|kostenloser )?webcast|kundengeschichte|fallstudie|erfolgsgeschichte|anwenderbericht|)"
    R"((?:kostenloses |gratis-)(?:whitepaper|e-book)|kostenloser (?:leitfaden|ratgeber)|)"
    R"(webinaire(?: en direct| gratuit)?|webcast (?:en direct|gratuit)|témoignage client|étude de cas|cas client|)"
    R"((?:livre blanc|e-?book|guide) (?:gratuit|offert)|)"
    R"((?:webinar(?:io)?|webcast) (?:en (?:directo|vivo)|gratuito)|seminario web|caso de éxito|caso de estudio|historia de (?:un )?cliente|)"
    R"((?:libro blanco|e-?book|whitepaper) gratuito|guía gratuita|)"
    R"((?:webinar|webcast) (?:dal vivo|gratuito)|caso di successo|caso studio|storia di (?:un )?cliente|)"
    R"((?:white ?paper|e-?book) gratuito|guida gratuita|)"
    R"((?:gratis |live )?(?:webinar|webcast)|klantverhaal|klantcase|succesverhaal|)"
    R"(gratis (?:whitepaper|e-?book|gids)|)"
    R"((?:webinar|webcast) (?:ao vivo|gratuito)|caso de sucesso|estudo de caso|história de (?:um )?cliente|)"
    R"((?:white ?paper|e-?book) gratuito|guia gratuito)\W*$)");

// A heading over the publisher's shop of its own goods ("TEMPLATE SHOP",
// "Verlagsshop", "La boutique des polices"), the whole line: what follows
// it, often in a side column, is the shop's pitch.
DISTILL_MARKER_RE(
    goods_shop_label,
    R"(^\W*((?:template|theme|font|icon|merch|gift|book|print|poster|photo|pattern|design|members?'?) (?:shop|store)|)"
    R"((?:vorlagen|verlags|fan|merch|buch|geschenke|poster|foto|mitglieder)-?shop|)"
    R"(la boutique (?:des|de) (?:modèles|thèmes|polices|livres|affiches|cadeaux|membres)|)"
    R"(tienda de (?:plantillas|temas|fuentes|libros|regalos|láminas|socios)|)"
    R"(negozio (?:di|dei|delle) (?:modelli|temi|font|libri|regali|poster|soci)|)"
    R"((?:sjablonen|thema|boeken|cadeau|poster|leden)winkel|)"
    R"(loja de (?:modelos|temas|fontes|livros|presentes|pôsteres|sócios)|)"
    // Or only "from the shop", a small label over the shop's box.
    R"(from the (?:shop|store)|aus dem shop|de la boutique|de la tienda|dallo shop|uit de (?:web)?winkel|da loja)\W*$)");

// A heading over a business-to-business sender's own service box, the
// whole line: an agency's or a broker's featured listings, a recruiter's
// anonymous candidate profile or its call to send in a vacancy, a trade
// show's stand sales, a platform's partner marketplace ("Featured
// listings", "CANDIDATE SPOTLIGHT", "Secure your stand"). What follows it
// is the sender's pitch, whatever it reports.
DISTILL_MARKER_RE(
    service_box_label,
    R"(^\W*((?:our )?featured (?:listings|properties|instructions|vacancies|candidates?)|candidate (?:spotlight|of the (?:week|month))|)"
    R"(register (?:a|your) (?:vacancy|vacancies|role|job)|(?:book|secure|reserve) (?:a|your) (?:stand|booth|exhibition space)|)"
    R"((?:from |in )?(?:the|our) partner marketplace|)"
    R"(ausgewählte (?:objekte|immobilien|angebote)|(?:unsere )?top-?objekte|kandidat(?:in)? (?:im (?:fokus|porträt)|der woche|des monats)|)"
    R"((?:ihre )?(?:vakanz|stelle|offene stelle) melden|(?:ihren )?(?:messe)?stand (?:buchen|sichern|reservieren)|(?:aus dem |im )?partner-?marktplatz|)"
    R"(biens (?:à la une|en vedette|sélectionnés)|(?:candidat|profil) (?:à la une|du mois|de la semaine)|)"
    R"((?:confiez|déposez|publiez)-?(?:nous)? votre (?:offre|recrutement|poste)|réservez votre stand|(?:la )?place de marché (?:des )?partenaires|)"
    R"((?:inmuebles|propiedades) destacad[oa]s|(?:candidato|perfil) destacado|(?:publica|registra|registre) (?:tu|su) vacante|)"
    R"(reserve? (?:tu|su) stand|(?:el )?marketplace de (?:partners|socios)|)"
    R"((?:immobili|proprietà) in evidenza|(?:candidato|profilo) in evidenza|segnala(?:ci)? (?:la tua|una) posizione(?: aperta)?|)"
    R"(prenota (?:il tuo|uno|lo) stand|(?:il )?marketplace dei partner|)"
    R"(uitgelichte (?:objecten|panden|woningen|kandidaat)|kandidaat (?:in de spotlight|uitgelicht|van de (?:week|maand))|)"
    R"(meld (?:uw|je) vacature aan|vacature aanmelden|(?:boek|reserveer) (?:uw|je) stand|(?:de )?partnermarktplaats|)"
    R"(imóveis em destaque|(?:candidato|perfil) em destaque|(?:registe|cadastre|anuncie) (?:a )?(?:sua )?vaga|)"
    R"(reserve (?:o )?(?:seu )?(?:stand|estande)|(?:o )?marketplace de parceiros)\W*$)");

// A law firm's or an adviser's invitation to its own client event, the
// label before the event's title ("Breakfast seminar: ...", "Mandanten-
// seminar: ..."): the date, the place and the RSVP under it are the
// firm's invitation, not its legal news.
DISTILL_MARKER_RE(
    client_event_label,
    R"(^\W*((?:breakfast|lunchtime) (?:seminar|briefing|roundtable|webinar)s?|(?:client|complimentary) (?:seminar|roundtable)s?|)"
    R"((?:frühstücks|mandanten|kunden)-?(?:seminar|veranstaltung)|)"
    R"((?:petit-déjeuner (?:débat|d'information)|séminaire clients?)|)"
    R"(desayuno (?:de trabajo|jurídico|informativo)|seminario para clientes|)"
    R"(colazione di lavoro|seminario (?:per i|riservato ai) clienti|)"
    R"(ontbijtseminar|ontbijtsessie|klantenseminar|)"
    R"(pequeno-almoço (?:debate|de trabalho)|café da manhã (?:jurídico|de negócios)|seminário para clientes)(?:\W*$| ?:))");

// A contact card: a short line that holds both an e-mail address and a
// telephone number with its country code (a lawyer's, an agent's or a
// consultant's name, title, address and number under an alert). News
// quotes a number or an address, rarely both in one short line.
DISTILL_MARKER_RE(
    contact_card,
    R"(([\pL\pN._%+-]+@[\pL\pN-]+(?:\.[\pL\pN-]+)+[^@]{0,80}?\+ ?\d[\d ().-]{6,}\d|\+ ?\d[\d ().-]{6,}\d[^@]{0,80}?[\pL\pN._%+-]+@[\pL\pN-]+(?:\.[\pL\pN-]+)+))");

// A heading over a vendor's own seminars together with its offers
// ("4. SEMINARS AND OFFERS", "Seminare und Angebote"), the whole line: the
// paid courses and the upgrade prices under it are the vendor's pitch.
DISTILL_MARKER_RE(
    seminars_offers_label,
    R"(^\W*(?:\d{1,2}[.)]\s*)?((?:seminars|training|courses|workshops|webinars|events) (?:and|&) (?:offers|specials|promotions)|)"
    R"((?:seminare|schulungen|kurse|workshops|webinare|veranstaltungen) (?:und|&) (?:angebote|aktionen)|)"
    R"((?:formations|séminaires|ateliers) (?:et|&) (?:offres|promotions)|)"
    R"((?:cursos|seminarios|talleres|formación) (?:y|&) (?:ofertas|promociones)|)"
    R"((?:corsi|seminari|workshop|formazione) (?:e|&) (?:offerte|promozioni)|)"
    R"((?:cursussen|trainingen|seminars|workshops) (?:en|&) (?:aanbiedingen|acties)|)"
    R"((?:cursos|seminários|formações|workshops) (?:e|&) (?:ofertas|promoções))\W*$)");

// A heading over the writer's or publisher's own workshop or course ("MY
// WORKSHOP", "Unsere Kurse", "Nos ateliers"), the whole line: it heads a
// house ad as "From our shop" does.
DISTILL_MARKER_RE(
    own_course_label,
    R"(^\W*((?:my|our) (?:next |new |upcoming )?(?:workshops?|courses?|masterclass(?:es)?|webinars?)|)"
    R"((?:mein|meine|unser|unsere) (?:nächste[rsn]? |neue[rsn]? )?(?:workshops?|kurse?|seminare?|webinare?)|)"
    R"((?:mon|notre|mes|nos) (?:prochain |nouvel |prochains |nouveaux )?(?:atelier|ateliers|formation|formations|masterclass)|)"
    R"((?:mi|mis|nuestro|nuestros) (?:próximo |nuevo |próximos |nuevos )?(?:taller|talleres|curso|cursos)|)"
    R"((?:il mio|il nostro|i miei|i nostri) (?:prossimo |nuovo |prossimi |nuovi )?(?:workshop|corso|corsi|laboratorio|laboratori)|)"
    R"((?:mijn|onze) (?:volgende |nieuwe )?(?:workshops?|cursus|cursussen|masterclass)|)"
    R"((?:meu|nosso|meus|nossos) (?:próximo |novo |próximos |novos )?(?:workshops?|cursos?)|)"
    R"((?:minha|nossa|minhas|nossas) (?:próxima |nova )?(?:oficinas?|masterclass))\W*$)");

DISTILL_MARKER_RE(footer_strong,
    R"((\bunsubscribe|\bun-subscribe|manage (?:your )?(?:email |e-mail |newsletter |mail )?(?:preferences|subscriptions?|settings)|)"
    R"(update (?:your )?(?:email |e-mail |mail |subscription )?(?:preferences|profile|settings)|email preferences|subscription preferences|)"
    R"(change (?:your )?(?:email )?(?:address|settings|preferences|subscription)|cancel your subscription|)"
    R"(you(?:'re| are) receiving (?:this|these)|you received this|you have received this|you were sent this|)"
    R"(you(?:'re| are) (?:getting|receiving) this (?:email|e-mail|newsletter|message)|)"
    R"(why (?:did )?(?:i|you) (?:get|got|receive|received) this|why you got this|)"
    R"(this (?:email|e-mail|message|newsletter) was sent (?:to|by)|sent to you because|)"
    R"(no longer (?:wish|want|like) to receive|stop (?:getting|receiving) (?:this|these|our|emails)|)"
    R"(to (?:be removed|remove yourself) from|removed from (?:our|the|this) (?:list|mailing)|)"
    R"(do not wish to receive|don't want (?:these|to receive)|too many emails|)"
    R"(all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©|)"
    R"(abbestellen|abmelden|austragen|newsletter kündigen|(?:sie erhalten|du erhältst|ihr erhaltet) diese|)"
    R"(diese (?:e-mail|email|nachricht) wurde (?:an|versendet|verschickt)|nicht mehr erhalten|)"
    R"(zu viele [^ ]+ (?:e-mails|emails|mails)|e-mail-einstellungen|newsletter-einstellungen|alle rechte vorbehalten))");

// Footer vocabulary that news can use too: only late in the issue.
DISTILL_MARKER_RE(footer_weak,
    R"(\b(mailing lists?|privacy policy|privacy notice|you signed up|when you registered|you indicated|)"
    R"(you (?:have )?opted in|to opt[ -]out|opt[ -]out (?:of|here|below|at any time)|)"
    R"(send (?:a blank|an) (?:email|e-mail|message) to|benutzerprofil|datenschutz\w*|impressum|)"
    R"((?:is|are) (?:a )?(?:free|complimentary),? (?:\w+ )?(?:weekly|monthly|daily|bi-weekly|e-?mail) [^.]{0,20}(?:publication|newsletter|bulletin)|)"
    R"(questions you may have|)"
    R"(contact us|customer (?:service|support|care)|help ?(?:center|centre|desk)|)"
    R"((?:feel free|don't hesitate|do not hesitate) to (?:contact|reach|get in touch)|)"
    R"(kontaktiere uns|kontaktieren sie uns|uns zu kontaktieren|noch fragen|kundenservice|hotline)\b)");

// A block that opens with the day from which something changes ("From
// 3 November our hotline opens an hour earlier", "Ab dem 1. März ist der
// Kundenservice auch samstags erreichbar"): a notice of the change, news,
// where the same service words late in the issue state the standing hours.
DISTILL_MARKER_RE(dated_change,
    R"(^\W*((?:from|starting|beginning|as of|effective) (?:on )?)"
    R"((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next (?:week|month|year)\b|)"
    R"(\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|)"
    R"((?:january|february|march|april|may|june|july|august|september|october|november|december) \d)|)"
    R"(ab (?:dem |kommende[mn] |nächste[mn] )?)"
    R"((?:\d{1,2}\. ?\pL|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|)"
    R"((?:à partir d[ue]|dès l[ea]) (?:\d{1,2}(?:er)? )"
    R"((?:janv|févr|mars|avril|mai|juin|juil|août|sept|oct|nov|déc)|)"
    R"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|)"
    R"((?:a partir del?|desde el) (?:\d{1,2} de \pL|lunes|martes|miércoles|jueves|viernes|sábado|domingo|próxim)|)"
    R"((?:dal|a partire dal) )"
    R"((?:\d{1,2}°? (?:genn|febb|marzo|aprile|maggio|giugno|luglio|agosto|sett|ott|nov|dic)|prossim)|)"
    R"((?:vanaf|met ingang van) (?:\d{1,2} (?:jan|feb|maart|april|mei|juni|juli|aug|sep|okt|nov|dec)|)"
    R"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende)|)"
    R"((?:a partir d[eo]|desde o) (?:\d{1,2} de \pL|segunda|terça|quarta|quinta|sexta|sábado|domingo|próxim)))");

DISTILL_MARKER_RE(sign_off,
    R"(^\W*(thanks (?:again |so much )?for reading|thank you (?:again |so much )?for reading|thanks for (?:subscribing|being a subscriber)|)"
    R"(see (?:ya|you) (?:tomorrow|next|soon|then|on|in)|until next (?:time|week|month)|till next (?:time|week)|)"
    R"(that's (?:it|all) for (?:today|this week|now|this issue)|that's a wrap|talk (?:to you )?soon|)"
    R"(we hope (?:that )?you (?:have )?(?:enjoyed|found|liked)|)"
    R"((?:written|curated|edited|compiled) by\b|danke (?:fürs|für das|für's) lesen|bis (?:zum )?(?:nächsten|nächste) (?:mal|woche)|)"
    R"(bis bald|bis morgen)\b)");

// Questions-and-contact lines open a footer: "Questions? ...", "Du hast noch Fragen?".
DISTILL_MARKER_RE(questions,
    R"(^\W*((?:any |have |got |for )?(?:further |more |other )?questions(?:\?| or comments| about)|)"
    R"((?:du hast|haben sie|hast du) (?:noch )?fragen|noch fragen\?|fragen\?))");

// A closing salutation standing alone: "Regards,", "Dein Walter", "Cheers, Anna",
// "Warmly," and "Herzlich," over a writer's first name.
DISTILL_MARKER_RE(closing,
    R"(^\W*((?:best |kind |warm |warmest )?regards|cheers|sincerely|yours(?: truly)?|all the best|best wishes|warmly|)"
    R"(dein|deine|euer|eure|viele grüße|liebe grüße|beste grüße|herzliche grüße|herzlichst|herzlich|)"
    R"(mit (?:den )?besten grüßen|mit freundlichen grüßen|mit solidarischen grüßen|)"
    R"((?:yours )?in solidarity)\b[,!.]?(?: [\w.'-]+){0,3}$)");

// A closing wish and the signature under it, in the seven languages, late
// in the issue: "Bonnes séances, L'équipe de La Lanterne", "Buone pedalate,
// la redazione", "Good birding, Tom Reeve, newsletter editor", "Tot
// volgende week, de redactie". A wish is "good/happy ...ing", "bonne(s)
// ...", "buona/buone ...", "fijne ...", "schöne ...", "boa(s) ..." (and up
// to three words more) before a comma or an exclamation mark, or a
// farewell that needs none; the signature is at most five words.
DISTILL_MARKER_RE(closing_wish,
    R"(^\W*((?:(?:happy|good) \pL+ing|(?:bonne|bonnes|belle|belles) \pL+|(?:buona|buone|buon) \pL+|)"
    R"((?:feliz|buen|buena|buenas) \pL+|fijne \pL+|(?:boa|boas|bom|bons) \pL+|(?:schöne[ns]?|gute[ns]?) \pL+)(?: [\pL'’]+){0,3} ?[,!]|)"
    R"(à (?:la semaine prochaine|bientôt|très vite)|bien à vous|cordialement|amitiés|)"
    R"(un (?:abrazo|saludo|abbraccio|saluto)|saludos|hasta (?:la próxima|pronto|el próximo)|nos leemos|)"
    R"(a presto|alla prossima|cordiali saluti|tot (?:volgende week|de volgende|snel|gauw|ziens)|)"
    R"((?:met )?(?:vriendelijke |hartelijke |warme |solidaire )?groet(?:en)?|salutations (?:solidaires|militantes|fraternelles)|)"
    R"(saludos (?:solidarios|fraternales)|saluti (?:solidali|fraterni)|saudações (?:solidárias|fraternas)|)"
    R"(até (?:a próxima|breve|amanhã|a semana que vem)|um abraço|abraços)[,!.]?(?: [\pL\pN.'’-]+,?){0,5}!?$)");

DISTILL_MARKER_RE(legal,
    R"(\b((?:registered )?trademarks? (?:of|are)|are (?:registered )?trademarks|registered trademark|all (?:other )?trademarks|)"
    R"(no (?:liability|responsibility) for|accepts? no (?:liability|responsibility)|disclaimer|)"
    R"(for (?:general )?informational purposes|(?:is|does) not (?:constitute )?(?:investment|financial|legal|tax) advice|)"
    R"(not an offer to (?:sell|buy)|terms (?:of use|of service|and conditions)|conditions apply|)"
    R"(is (?:authorised|authorized|licensed|regulated) by|registered (?:in england|office|investment advis[eo]r)|)"
    R"(company (?:registration|number|no\b)|vat (?:no|number|reg)|no purchase necessary|official rules|)"
    R"(subject to change|not (?:be )?available (?:in all|outside)|(?:estimated|suggested|recommended) retail prices?|)"
    R"(amtsgericht(?: [\pL.-]+){1,2}(?:,? (?:hr ?[ab]|vr|pr|gnr) ?\d| ?[·|;]|$)|registergericht|handelsregister|hrb \d|ust-?id|umsatzsteuer-?(?:id|identifikations)|geschäftsführer|vertreten durch|)"
    R"(sitz der gesellschaft|irrtümer vorbehalten|änderungen vorbehalten|solange der vorrat reicht|)"
    R"(inkl\. (?:gesetzlicher )?(?:mehrwertsteuer|mwst)|)"
    R"(teilnahmebedingungen|veranstalter des gewinnspiels|agb\b|verantwortlich für den inhalt|haftung))");

// Small print keyed to an asterisk: "* Nur solange der Vorrat reicht ...",
// "*Stock data as of market close". Editorial notes ("** This vulnerability
// was ...") have none of these words.
DISTILL_MARKER_RE(footnote,
    R"(^(?:\*|¹|²|†)\s*\w.*\b(preis\w*|prices?|gültig|valid|angebot\w*|offers?|bedingung\w*|terms|verfügbar|available|)"
    R"(vorbehalten|subject to|vorrat|inkl|mwst|tax|steuer|as of|teilnahme\w*|gewinnspiel\w*|sweepstakes?|contest|)"
    R"(purchase|versand\w*|shipping|uvp|rrp|msrp|fee)\b)");

// A postal address: a street with its number and a postcode, in the
// orders of the US and UK, German, French ("3 rue des Lilas · 69000 Lyon"),
// Italian and Spanish ("Via Roma 12, 00184 Roma") and Dutch addresses.
DISTILL_MARKER_RE(address,
    R"((\b\d+[a-z]? [a-z0-9. ]{2,30}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|lane|way|place|square|)"
    R"(suite|ste\.?|floor|fl\.?|pmb)\b.{0,60}\b\d{5}\b|)"
    R"(\b\d+(?: ?bis| ?ter)?,? (?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai)\b.{2,60}\b\d{4,5}\b|)"
    R"(\b(?:via|viale|piazza|corso|calle|avenida|plaza|paseo|carrer|rua) [^\d]{2,40}\d+[a-z]?,? (?:[a-z]-)?\d{4,5}\b|)"
    R"(\b[a-z]+(?:straat|gracht|laan|plein|kade|weg) \d+[a-z]?,? \d{4} ?[a-z]{2}\b|)"
    R"(\bp\.?o\.? box \d+|)"
    R"(\b(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|new york|california|texas) \d{5}(?:-\d{4})?\b|)"
    R"([a-zäöüß-]+(?:straße|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s*\d+[a-z]?\b.{0,40}\b\d{5}\b|)"
    // The street named after a place, its kind a word of its own
    // ("Rosenthaler Straße 40, 10178 Berlin").
    R"([a-zäöüß-]{3,}er (?:straße|str\.|allee|chaussee|damm|ufer)\s*\d+[a-z]?\b.{0,40}\b\d{5}\b|)"
    // A firm with its legal form, then a house number and a postcode
    // ("Rundpost GmbH · Am Hafen 3 · 26122 Oldenburg").
    R"(\b(?:gmbh|mbh|ag|ug|kg|e\. ?v\.)(?:[ ,·|–-]|$).{0,40}\b\d+[a-z]? ?[,·|–-]? \d{5} [a-zäöüß]|)"
    R"(\b\d{5} [a-zäöüß][a-zäöüß-]+.{0,40}(?:germany|deutschland|österreich|schweiz)|)"
    R"(\b[a-z]{1,2}\d[a-z\d]? \d[a-z]{2},? (?:united kingdom|uk|england)\b|)"
    R"(, [a-z][a-z -]+ [a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\W*$))");

DISTILL_MARKER_RE(contact_line, R"(^\W*((?:t|f|tel|fon|fax|phone|telefon|telefax|tél|téléphone|teléfono|telefone)\.? ?:? ?\+ ?\d[\d /().-]{6,}))");

// Offer signals (offer_signals). Each is weak alone: news reports discounts,
// prices, contests and deadlines too. An ad says several of them at once and
// speaks to the reader. "Receive up to 45% discount on the initial purchase
// of ... Find out how! Offer valid July 1 - July 31" (a partner's offer in a
// vendor's technical newsletter) has all six.
DISTILL_MARKER_RE(offer_discount,
    R"(\b(discounts?|discounted|(?:\d+ ?%|half|\$\d+) off\b|save (?:up to |over |an extra )?(?:\d|[$€£])|)"
    R"([$€£]?\d[\d.,]* (?:in )?savings|savings (?:of|plan)|special (?:offer|price|deal)|exclusive (?:offer|deal|discount)|)"
    R"(introductory (?:offer|price)|promo(?:tional)? code|coupons?|vouchers?|discount code|(?:use|with) (?:the )?code|)"
    R"(at checkout|(?:for|at) (?:only|just) [$€£]?\d|(?:normally|regularly|usually) priced|)"
    R"((?:appreciation|clearance|anniversary|summer|winter|spring|autumn|holiday|warehouse) sale\b|)"
    R"(for the price of|free (?:shipping|delivery|trial)|\w*gutschein\w*|rabatt\w*|sonderangebot\w*|preisnachlass|)"
    R"(versandkostenfrei|gratis|(?:\d+ ?%|\d+ ?€) sparen|spare (?:\d|bis)|)"
    // The cut itself in the other languages ("25 procent korting", "un 20 %
    // de descuento", "sconto del 10 %").
    R"(remises?|réductions?|descuentos?|scont[oi]|korting|descontos?))");

// A percentage or a currency amount.
DISTILL_MARKER_RE(offer_amount,
    R"((\d+(?:[.,]\d+)? ?%|[$€£] ?\d|\d(?:[.,]\d+)?,?-? ?(?:€|eur\b|euros?\b|usd\b|dollars?\b)|\b(?:eur|usd) ?\d))");

// A price: a currency amount, or a list price label. How many an issue has
// per word tells a shop's offers from an ad in a newsletter about other things.
DISTILL_MARKER_RE(price,
    R"(([$€£] ?\d[\d.,]*|\d[\d.,]*,?-? ?(?:€|eur\b|euros?\b|usd\b)|\b(?:eur|usd) ?\d[\d.,]*|\b(?:uvp|rrp|msrp)\b))");

// A scale after an amount ("$4.2 million", "€3 Mrd.", "R$ 2 bilhões"): a
// sum a report gives, no price of anything the reader could buy.
DISTILL_MARKER_RE(amount_scale,
    R"(^ ?(?:m|mn|bn|million|millions|billion|billions|trillion|mio|mrd|millionen|milliarden|milliards?|millones|mil millones|milioni|miliardi|miljoen|miljard|milhões|bilhões|mil milhões)\b)");

// Buying or subscribing, as the offer's terms.
DISTILL_MARKER_RE(offer_purchase,
    R"(\b(purchases?|pre-?orders?|(?:^|[.!?:] )order\b|order (?:now|today|online|yours|your copy|before|by)|)"
    R"(buy (?:now|today|online|one|it now|yours)|shop (?:now|online|today)|add to (?:cart|basket)|)"
    R"((?:your|the|their) first (?:order|purchase|box|delivery|month|year)|first-time (?:buyers?|customers?)|new customers|)"
    // Booking a sales call, a demo or a consultation with the vendor, as
    // each language asks for one.
    R"(book (?:a|an|your) (?:free )?(?:[\w-]+ ){0,2}(?:call|demo|consultation)\b|)"
    R"((?:beratungs?)?(?:termin|gespräch|demo) (?:vereinbaren|buchen)|)"
    R"(réservez (?:un|une|votre) (?:appel|démo|démonstration|consultation)|prenez rendez-vous|)"
    R"((?:reserva|agenda|solicita) (?:una|tu) (?:llamada|demo|demostración|consulta|cita)|)"
    R"(prenota (?:una|la tua) (?:chiamata|call|demo|consulenza)|)"
    R"((?:plan|boek) (?:een|je|uw) (?:(?:gratis|vrijblijvend) )?(?:gesprek|demo|adviesgesprek|belafspraak)|)"
    R"((?:agende|marque|solicite) (?:uma|a sua|sua) (?:chamada|demo|demonstração|reunião|consultoria)|)"
    R"(is an? (?:[\w-]+ ){0,2}subscription|(?:one|two|1|2|12)-(?:year|month) (?:subscription|plan|membership)|)"
    R"((?:annual|yearly|monthly) (?:subscription|plan|membership)|subscription (?:includes|gives|costs|price)|)"
    R"(jetzt (?:kaufen|bestellen|shoppen)|bestell\w*|jahresabo\w*|)"
    // Terms that promise the reader nothing binds them, in the seven languages.
    R"(no obligation|unverbindlich\w*|sans engagement|sin compromiso|senza impegno|vrijblijvend|sem compromisso))");

// A contest or giveaway.
DISTILL_MARKER_RE(offer_contest,
    R"(\b(chance to win|enter to win|for your chance|win (?:a|an|one of|great|free|big|prizes?|tickets?)\b|prizes?|)"
    R"(sweepstakes?|giveaways?|contests?|prize draw|raffle|gewinnspiel\w*|gewinnchance|zu gewinnen|)"
    R"(gewinne (?:jetzt|einen|eine|ein)\b|verlos\w*|mitmachen und gewinnen))");

// A call to act, addressed to the reader.
DISTILL_MARKER_RE(offer_call,
    R"((\bclick here|\bfind out (?:how|more)|\blearn more|\bsign up|\bregister (?:now|today|here|online)|\bact now|)"
    R"(\bhurry|\bdon't miss|\bsee details|\bget (?:yours|it now|started|your copy)\b|\bcall (?:now|today)|)"
    R"(\benter (?:now|today|here|for|to|the|your|promo|code)\b|\bredeem|\bclaim (?:your|it)\b|\bgrab (?:yours|your|it)\b|)"
    R"(\bbook (?:now|today)|\bjetzt (?:\w+ )?(?:sichern|kaufen|bestellen|teilnehmen|mitmachen|entdecken)|)"
    R"(\bhier (?:klicken|entdecken|bestellen)|\bmehr erfahren|\bsichere? dir|\bcheck out our\b|)"
    R"(\bshow your (?:[\w-]+ )?card|\bmention (?:this|the) (?:email|newsletter|code)|)"
    R"((?:^|[.!?] )(?:receive|get|save|order|buy|shop|try|join|start|enter)\b))");

// The offer's time limit or conditions of validity.
DISTILL_MARKER_RE(offer_deadline,
    R"(\b(offer (?:is )?(?:valid|ends|expires|good)|valid (?:until|through|thru|till|from|for|on)|expires?|)"
    R"(limited[- ]time|for a limited|while (?:supplies|stocks?|they) last|(?:during|for|throughout) the month of|)"
    R"(ends (?:soon|today|tonight|on|at midnight)|only until|last chance|today only|this week only|)"
    R"((?:sale|offer|deal) (?:has been |is )?extended|(?:for|over) the (?:[\w-]+ )?weekend|this weekend|)"
    R"(gültig (?:bis|vom|ab)|nur (?:bis|noch bis|solange|heute)|solange der vorrat|angebot endet|aktionszeitraum|)"
    // Stock as the limit, in the other five languages.
    R"(dans la limite des stocks|jusqu'à épuisement des stocks|hasta agotar (?:existencias|stock)|)"
    R"(fino (?:ad )?esaurimento (?:scorte|delle scorte)|zolang de voorraad strekt|)"
    R"(enquanto (?:durarem|houver) (?:os )?(?:estoques?|stocks?)))");

const RE2* const* all_patterns() {
  static const RE2* const list[] = {&sponsor_strong(),
                                    &sponsor_label(),
                                    &sponsor_label_over_logo(),
                                    &sponsor_ad_noun(),
                                    &sponsor_tag(),
                                    &sponsor_title_tag(),
                                    &sponsor_trailing(),
                                    &affiliate_tag(),
                                    &vendor_box_label(),
                                    &sponsor_footnote(),
                                    &jobs_label(),
                                    &pay_band(),
                                    &pay_figure(),
                                    &chrome_browser(),
                                    &pgp_armour(),
                                    &promo_upgrade(),
                                    &promo_subscribe(),
                                    &promo_referral(),
                                    &promo_donation(),
                                    &promo_label(),
                                    &own_course_label(),
                                    &seminars_offers_label(),
                                    &goods_shop_label(),
                                    &service_box_label(),
                                    &client_event_label(),
                                    &contact_card(),
                                    &footer_strong(),
                                    &footer_weak(),
                                    &sign_off(),
                                    &legal(),
                                    &address(),
                                    &contact_line(),
                                    &paywall_marker(),
                                    &ad_disclosure(),
                                    &job_words(),
                                    &job_gender_tag(),
                                    &closing(),
                                    &closing_wish(),
                                    &footnote(),
                                    &questions(),
                                    &offer_discount(),
                                    &offer_amount(),
                                    &price(),
                                    &offer_purchase(),
                                    &offer_contest(),
                                    &offer_call(),
                                    &offer_deadline(),
                                    nullptr};
  return list;
}

// Every marker pattern in one RE2::Set. One pass of the set over a block
// says which patterns match it anywhere; find_marker then runs a pattern of
// its own (which says where the phrase stands) only for those. Most blocks
// match none, and running each of the twenty-odd patterns over every block
// in turn was most of find_marker's time.
class MarkerSet {
 public:
  MarkerSet() {
    for (const RE2* const* re = all_patterns(); *re; ++re) {
      m_patterns.push_back(*re);
      // The set only rules patterns out, so it may read a wider pattern
      // that is cheaper to compile (regex_superset.hpp).
      m_set_index.push_back(m_set.Add(widened_to_ascii_letters((*re)->pattern()), nullptr));
    }
    // RE2 marks a set compiled even when its program did not fit: such a
    // set must never be asked to match.
    m_compiled = m_set.Compile();
  }

  // Whether each pattern (in the order of all_patterns) may match `folded`:
  // false only where the set ruled it out. A pattern the set rejected, or a
  // block the set could not read (its DFA out of memory), is left to the
  // pattern itself.
  std::vector<bool> may_match(std::string_view folded) const {
    if (!m_compiled) return std::vector<bool>(m_patterns.size(), true);
    std::vector<int> found;
    RE2::Set::ErrorInfo error{};
    const bool any = m_set.Match(re2::StringPiece(folded.data(), folded.size()), &found, &error);
    if (!any && error.kind != RE2::Set::kNoError) return std::vector<bool>(m_patterns.size(), true);
    std::sort(found.begin(), found.end());
    std::vector<bool> out(m_patterns.size(), false);
    for (std::size_t i = 0; i < m_patterns.size(); ++i) {
      const int index = m_set_index[i];
      out[i] = index < 0 || std::binary_search(found.begin(), found.end(), index);
    }
    return out;
  }

  // The position of `re` in all_patterns; every pattern find_marker runs is there.
  std::size_t position(const RE2& re) const {
    return static_cast<std::size_t>(std::find(m_patterns.begin(), m_patterns.end(), &re) - m_patterns.begin());
  }

 private:
  RE2::Set m_set{set_options(), RE2::UNANCHORED};
  std::vector<const RE2*> m_patterns;
  std::vector<int> m_set_index;  // per pattern: its index in the set, -1 if the set rejected it
  bool m_compiled = false;

  static RE2::Options set_options() {
    RE2::Options o = options();
    o.set_max_mem(64 << 20);  // one DFA for all the patterns
    return o;
  }
};

const MarkerSet& marker_set() {
  static const MarkerSet set;
  return set;
}

// Share rows: every word of the block is a share action or a network, or
// filler around them, and at least one is not filler ("Like Comment
// Restack", "Follow us on Twitter"; not "Apple" in a stock table).
bool is_social_word(std::string_view w, bool& core) {
  static constexpr std::string_view k_core[] = {
      "like", "likes", "comment", "comments", "restack", "restacks", "share", "shares", "tweet", "tweets",
      "retweet", "retweets", "reply", "replies", "follow", "facebook", "twitter", "linkedin", "instagram",
      "youtube", "tiktok", "pinterest", "threads", "mastodon", "bluesky", "reddit", "whatsapp", "telegram",
      "xing", "forward", "teilen", "folge", "folgen", "discord"};
  static constexpr std::string_view k_filler[] = {"us", "on", "x", "email", "e", "mail", "uns", "auf", "and", "or",
                                                  "und", "via", "rss", "apple", "podcasts", "spotify", "k", "m"};
  for (auto s : k_core) {
    if (w == s) return core = true;
  }
  for (auto s : k_filler) {
    if (w == s) return true;
  }
  return false;
}

// Letter runs only, so counters glued to their labels ("99Likes8Retweets")
// read as words too.
bool is_social_row(std::string_view folded) {
  bool core = false;
  std::size_t i = 0;
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return true;
    bool ok = is_social_word(word, core);
    word.clear();
    return ok;
  };
  while (i < folded.size()) {
    std::size_t at = i;
    char32_t c = next_code_point(folded, i);
    if (is_word_code_point(c) && !(c >= '0' && c <= '9')) {
      word.append(folded.substr(at, i - at));
    } else if (!flush()) {
      return false;
    }
  }
  return flush() && core;
}

int words_before(std::string_view folded, std::size_t pos) { return count_words(folded.substr(0, pos)); }

// The first phrase of the vocabulary's rows of `category` among `hits`
// (find_vocabulary's), in any of its languages (label-only rows aside): the markers whose words are
// a category of the vocabulary read its rows, not a list of their own.
std::optional<VocabularyHit> vocabulary_phrase(const std::vector<VocabularyHit>& hits, Category category) {
  for (const VocabularyHit& h : hits) {
    if (h.category == category && !h.label_only) return h;
  }
  return std::nullopt;
}

// Whether a separator of labels (a dot, a bar, a dash, a slash, a colon)
// stands just before `pos`, spaces aside.
bool after_separator(std::string_view folded, std::size_t pos) {
  std::string_view before = folded.substr(0, pos);
  before = trim_trailing_spaces(before);
  for (std::string_view mark : {"·", "•", "|", "-", "–", "—", "/", ":"}) {
    if (before.ends_with(mark)) return true;
  }
  return false;
}

std::string quoted(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size() + 2);
  out += '"';
  out += phrase;
  out += '"';
  return out;
}

MarkerHit hit(MarkerAction action, RemovalKind kind, std::string evidence, bool footer_start = false) {
  return MarkerHit{action, kind, std::move(evidence), footer_start, {}, {}};
}

// A hit whose evidence is the phrase that matched, quoted.
MarkerHit phrase_hit(MarkerAction action, RemovalKind kind, const std::string& phrase, bool footer_start = false) {
  return MarkerHit{action, kind, quoted(phrase), footer_start, phrase, {}};
}

}  // namespace

bool credit_before_name(std::string_view phrase) { return search(sponsor_label_over_logo(), phrase).has_value(); }

// Its asterisks open and close the title; they are not a footnote's.
bool markdown_bold_line(std::string_view folded) {
  folded = trim_trailing_spaces(folded);
  return folded.size() > 4 && folded.starts_with("**") && folded.ends_with("**");
}

bool ends_like_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  return !t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';');
}

std::vector<std::string> marker_pattern_errors() {
  std::vector<std::string> errors;
  for (const RE2* const* re = all_patterns(); *re; ++re) {
    if (!(*re)->ok() || (*re)->NumberOfCapturingGroups() < 1) {
      errors.push_back((*re)->pattern().substr(0, 60) + ": " + ((*re)->ok() ? "no capture group" : (*re)->error()));
    }
  }
  return errors;
}

std::optional<MarkerHit> find_marker(const MarkerContext& ctx) {
  std::string_view t = ctx.folded;
  // Every search below is of this block: its pattern runs only if the
  // marker set found that it matches somewhere in it.
  const MarkerSet& markers = marker_set();
  const std::vector<bool> may_match = markers.may_match(t);
  const auto search = [&](const RE2& re, std::string_view text) -> std::optional<Found> {
    const std::size_t at = markers.position(re);
    const bool of_block = text.data() == t.data() && text.size() == t.size();
    if (of_block && at < may_match.size() && !may_match[at]) return std::nullopt;
    return transform::search(re, text);
  };
  const int words = ctx.words;
  const bool short_line = words <= 8 && !ends_like_sentence(t);
  const bool late = ctx.position >= 0.6;
  // Where a phrase does a marker's job: in a short block, at the start of a
  // block, or anywhere in a moderate block in the last part of the issue.
  auto placed = [&](const Found& f, int short_words, int first_words) {
    return words <= short_words || words_before(t, f.pos) <= first_words || (late && words <= 80);
  };

  // PGP armour of inline-signed plain-text lists.
  if (auto f = search(pgp_armour(), t)) {
    bool signature = f->phrase.find("begin pgp signature") != std::string::npos;
    return hit(MarkerAction::block, RemovalKind::chrome, "pgp armour", signature);
  }

  // Sponsors.
  const bool bold_title = markdown_bold_line(t);
  if (!bold_title && search(sponsor_footnote(), t)) {
    return hit(MarkerAction::footnote, RemovalKind::sponsor, "footnote " + quoted(t.substr(0, std::min<std::size_t>(t.size(), 50))));
  }
  if (words <= 4) {
    // A participle that closes a headline ("Women's team promoted", "Match
    // sponsored") is its verb; as a tag it stands alone or after a
    // separator ("Acme · Promoted"), where a noun ("Acme sponsor") needs none.
    // A bracketed tag closing a bold item title ("**3. Acme (sponsor)**")
    // is the title's own: the bracketed-tag rule below takes its item.
    const auto f = bold_title ? std::nullopt : search(sponsor_trailing(), t);
    const bool verb =
        f && words > 1 && (f->phrase == "promoted" || f->phrase == "sponsored") && !after_separator(t, f->pos);
    // "FROM OUR SPONSOR", "This week's sponsor": a label over the ad, not
    // a tag under an item.
    const bool label = f && words > 1 && (short_line || ctx.label) && search(sponsor_label(), t);
    if (f && !verb && !label) {
      // "SPONSORED" alone above an ad is a label; "Acme sponsor" under an
      // item (and a lone lower-case "sponsor" tag) marks the item above.
      if (words == 1 && ctx.label) return phrase_hit(MarkerAction::section, RemovalKind::sponsor, f->phrase);
      return hit(MarkerAction::tagged_item, RemovalKind::sponsor, "item tagged " + quoted(f->phrase));
    }
  }
  if (words <= 30) {
    if (auto f = search(sponsor_tag(), t)) {
      bool title = words <= 15 || ctx.label;
      MarkerHit h =
          hit(title ? MarkerAction::section : MarkerAction::block, RemovalKind::sponsor, "\"(" + f->phrase + ")\"");
      h.bracketed_tag = true;
      return h;
    }
  }
  if (words <= 40) {
    if (auto f = search(affiliate_tag(), t)) {
      MarkerHit h = hit(MarkerAction::block, RemovalKind::promo, "\"(" + f->phrase + ")\"");
      h.bracketed_tag = true;
      return h;
    }
  }
  if (words > 30 && words <= 80) {
    if (auto f = search(sponsor_title_tag(), t); f && words_before(t, f->pos) <= 15) {
      return hit(MarkerAction::block, RemovalKind::sponsor, "title tagged \"(" + f->phrase + ")\"");
    }
  }
  if (auto f = search(sponsor_strong(), t); f && words_before(t, f->pos) <= 6) {
    int after = count_words(t.substr(f->pos + f->phrase.size()));
    auto action = after == 0 && short_line ? MarkerAction::bare_label : MarkerAction::section;
    // A label line that names the ad ("From our sponsor") heads its copy;
    // so does a short line that is only the ad's own noun ("Paid post").
    if (after == 0 && ctx.label && search(sponsor_label(), t) && !search(sponsor_label_over_logo(), f->phrase))
      action = MarkerAction::section;
    if (after == 0 && short_line && words_before(t, f->pos) == 0 && search(sponsor_ad_noun(), f->phrase))
      action = MarkerAction::section;
    return phrase_hit(action, RemovalKind::sponsor, f->phrase);
  }
  if (short_line || ctx.label) {
    if (auto f = search(sponsor_label(), t)) {
      int after = count_words(t.substr(f->pos + f->phrase.size()));
      auto action = after == 0 ? MarkerAction::bare_label : MarkerAction::section;
      // "SPONSORED" / "OUR PARTNER" alone, as a label line, heads the ad
      // itself; "Together with" alone stands before a logo.
      if (after == 0 && ctx.label && !search(sponsor_label_over_logo(), f->phrase)) action = MarkerAction::section;
      return phrase_hit(action, RemovalKind::sponsor, f->phrase);
    }
    if (auto f = search(jobs_label(), t)) return hit(MarkerAction::jobs_section, RemovalKind::jobs, "section " + quoted(f->phrase));
  }
  if (auto f = search(ad_disclosure(), t); f && words <= 40) {
    return hit(MarkerAction::disclosure, RemovalKind::sponsor, "disclosure " + quoted(f->phrase));
  }

  // Chrome: view in browser, forwarded-to-you lines. The forwarded note and
  // the web view are the vocabulary's, in every language; in a long block
  // only its first words can hold them, so only they are read.
  const std::string_view opening = words > 30 && !(late && words <= 80) ? first_words(t, 14) : t;
  const std::vector<VocabularyHit> chrome = find_mail_notes(opening);
  // Their evidence reads as the vocabulary's own.
  const auto chrome_hit = [&](const VocabularyHit& v, bool footer_start) {
    MarkerHit h = hit(MarkerAction::block, RemovalKind::chrome,
                      quoted(v.phrase) + " (vocabulary: " + std::string(category_name(v.category)) + ", " +
                          std::string(language_code(v.language)) + ")",
                      footer_start);
    h.category = v.category;
    return h;
  };
  if (auto v = vocabulary_phrase(chrome, Category::forwarded); v && placed(Found{v->pos, v->phrase}, 30, 10)) {
    return chrome_hit(*v, true);
  }
  if (auto v = vocabulary_phrase(chrome, Category::view_online); v && placed(Found{v->pos, v->phrase}, 30, 10)) {
    return chrome_hit(*v, false);
  }
  if (auto f = search(chrome_browser(), t); f && placed(*f, 30, 10)) {
    MarkerHit h = hit(MarkerAction::block, RemovalKind::chrome, "view in browser");
    h.category = Category::view_online;
    return h;
  }

  // A sign-off ("Thanks again for reading. Please share ...") before the
  // promo it often carries: it is where the footer starts.
  // A teaser for the next issue after it ("Thanks for reading. Next
  // week: the harbour's new cranes.") tells what the writer reports next:
  // the block stays, and the footer may start under it.
  if (auto f = search(sign_off(), t); f && words <= 30) {
    const MarkerAction action =
        has_listed_word(WordList::next_issue, t) ? MarkerAction::footer_after : MarkerAction::block;
    return hit(action, RemovalKind::footer, "sign-off " + quoted(f->phrase), late);
  }

  // Promos: subscribe, upgrade, refer, donate.
  if (ctx.label && words <= 6 &&
      (search(promo_label(), t) || search(own_course_label(), t) || search(seminars_offers_label(), t) ||
       search(goods_shop_label(), t) || search(vendor_box_label(), t))) {
    return hit(MarkerAction::section, RemovalKind::promo, "section " + quoted(t));
  }
  if (ctx.label && words <= 7 && search(service_box_label(), t)) {
    return hit(MarkerAction::section, RemovalKind::promo, "section " + quoted(t));
  }
  if (ctx.label && words <= 14 && search(client_event_label(), t)) {
    return hit(MarkerAction::section, RemovalKind::promo, "section " + quoted(t));
  }
  // The vendor's small label is often set in capitals by its style alone
  // ("Customer story" in the text), and so is a shop's ("From the shop"):
  // the whole line, two or three words.
  if (ctx.paragraph && words <= 3 && !ends_like_sentence(t) &&
      (search(vendor_box_label(), t) || search(goods_shop_label(), t))) {
    return hit(MarkerAction::section, RemovalKind::promo, "section " + quoted(t));
  }
  struct PromoKind {
    const RE2& re;
    const char* name;
    bool paid_plan;  // a headline that reports a paywall is news, not this pitch
  };
  const PromoKind promos[] = {{promo_upgrade(), "upgrade", true},
                              {promo_subscribe(), "subscribe", false},
                              {promo_referral(), "referral", false},
                              {promo_donation(), "donation", false}};
  for (const auto& p : promos) {
    auto f = search(p.re, t);
    if (!f || !placed(*f, 40, 10)) continue;
    if (p.paid_plan) {
      const auto reported = search(paywall_reported(), t);
      if (reported && reported->pos + reported->phrase.size() == f->pos + f->phrase.size()) continue;
    }
    // A paywall ("... to read the rest") ends what the issue shows.
    bool paywall = search(paywall_marker(), t).has_value();
    return hit(MarkerAction::block, RemovalKind::promo, p.name, paywall);
  }

  // Share and social rows.
  if (words > 0 && words <= 12 && is_social_row(t)) return hit(MarkerAction::block, RemovalKind::social, "share row");

  // Footer.
  if (auto f = search(footer_strong(), t); f && placed(*f, 25, 12)) {
    bool legal = f->phrase == "©" || f->phrase.starts_with("copyright") || f->phrase == "all rights reserved" ||
                 f->phrase == "alle rechte vorbehalten";
    return phrase_hit(MarkerAction::block, legal ? RemovalKind::legal : RemovalKind::footer, f->phrase, true);
  }
  // A listing with its pay band ("Customer Support Lead: $75k–$85k") names
  // a role, not the sender's service desk; a notice that opens with the day
  // the desk changes its hours reports the change.
  if (late && !search(pay_band(), t)) {
    if (auto f = search(footer_weak(), t); f && placed(*f, 25, 12) && !search(dated_change(), t)) {
      MarkerHit weak = phrase_hit(MarkerAction::block, RemovalKind::footer, f->phrase, true);
      weak.shared_with_news = true;
      return weak;
    }
    if (auto f = search(questions(), t); f && words <= 40) {
      return phrase_hit(MarkerAction::block, RemovalKind::footer, f->phrase, true);
    }
  }
  if (late && words <= 6) {
    if (auto f = search(closing(), t)) return hit(MarkerAction::block, RemovalKind::footer, "sign-off " + quoted(f->phrase), true);
  }
  if (late && words <= 10) {
    if (auto f = search(closing_wish(), t)) {
      return hit(MarkerAction::block, RemovalKind::footer, "sign-off " + quoted(f->phrase), true);
    }
  }
  // Legal small print goes block by block: a disclaimer can sit between
  // offers in a shop's issue, so it does not start the footer region.
  if (auto f = search(legal(), t); f && (late ? words <= 120 : words <= 25)) {
    return phrase_hit(MarkerAction::block, RemovalKind::legal, f->phrase);
  }
  if (ctx.paragraph && search(footnote(), t)) {
    return hit(MarkerAction::block, RemovalKind::legal, "footnote");
  }
  if (words <= 40) {
    if (search(address(), t)) return hit(MarkerAction::block, RemovalKind::footer, "postal address", true);
    if (words <= 20 && search(contact_line(), t)) return hit(MarkerAction::block, RemovalKind::footer, "contact line");
    if (words <= 25 && !ends_like_sentence(t) && search(contact_card(), t)) {
      return hit(MarkerAction::block, RemovalKind::footer, "contact card");
    }
  }
  return std::nullopt;
}

bool is_job_ad(std::string_view folded) {
  return search(job_words(), folded).has_value() || search(job_gender_tag(), folded).has_value() ||
         search(pay_band(), folded).has_value() || search(pay_figure(), folded).has_value();
}

// The six offer patterns in one RE2::Set, so a block is read once for all
// of them; `signal` maps the set's indices back to OfferSignal bits (a
// pattern RE2 rejected gets none, and the pattern test reports it). A
// block the set cannot read (it did not compile, or its DFA ran out of
// memory) is read by each pattern in turn.
struct OfferSet {
  RE2::Set set{options(), RE2::UNANCHORED};
  std::vector<unsigned> signal;
  std::vector<const RE2*> patterns;  // in the order of OfferSignal
  bool compiled = false;
};

const OfferSet& offer_set() {
  static const OfferSet offers = [] {
    OfferSet o;
    const RE2* const patterns[] = {&offer_discount(), &offer_amount(), &offer_purchase(),
                                   &offer_contest(),  &offer_call(),   &offer_deadline()};
    for (unsigned i = 0; i < std::size(patterns); ++i) {
      if (o.set.Add(patterns[i]->pattern(), nullptr) >= 0) o.signal.push_back(i);
      o.patterns.push_back(patterns[i]);
    }
    o.compiled = o.set.Compile();
    return o;
  }();
  return offers;
}

OfferSignals offer_signals(std::string_view folded) {
  const OfferSet& offers = offer_set();
  const re2::StringPiece input(folded.data(), folded.size());
  std::vector<int> found;
  RE2::Set::ErrorInfo error{};
  OfferSignals s;
  if (offers.compiled && (offers.set.Match(input, &found, &error) || error.kind == RE2::Set::kNoError)) {
    for (int i : found) s.mask |= 1u << offers.signal[static_cast<std::size_t>(i)];
    return s;
  }
  for (std::size_t i = 0; i < offers.patterns.size(); ++i) {
    if (RE2::PartialMatch(input, *offers.patterns[i])) s.mask |= 1u << i;
  }
  return s;
}

bool OfferSignals::has(OfferSignal signal) const { return (mask >> static_cast<unsigned>(signal)) & 1u; }

int OfferSignals::count() const { return std::popcount(mask); }

std::string OfferSignals::describe() const {
  static constexpr const char* k_names[] = {"discount", "amount", "purchase", "contest", "call to action", "deadline"};
  std::string out;
  for (std::size_t i = 0; i < std::size(k_names); ++i) {
    if (!((mask >> i) & 1u)) continue;
    if (!out.empty()) out += ", ";
    out += k_names[i];
  }
  return out;
}

int count_prices(std::string_view folded) {
  re2::StringPiece input(folded.data(), folded.size());
  int n = 0;
  while (RE2::FindAndConsume(&input, price())) n += RE2::PartialMatch(input, amount_scale()) ? 0 : 1;
  return n;
}

}  // namespace distill::transform
