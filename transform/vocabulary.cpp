// The vocabulary table. Each row is one category in one language; the
// phrases are what newsletters in that language print in that place (a
// footer, a label over an ad, a box under the last story), written for the
// kind of chrome, never for one publisher. Text is folded (lower case, ASCII
// quotes, one space), so rows are written in lower case.
//
// A phrase may start only at a word start (the row is wrapped in a letter
// boundary that understands accented letters); it may end inside a word, so
// "désinscri" covers "désinscrire" and "désinscription". Where a phrase may
// stand in a block (its first words, a short block, the end of the issue)
// is clean()'s decision, not this table's.

#include "transform/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "transform/ascii.hpp"
#include "transform/regex_superset.hpp"

namespace distill::transform {

namespace {

using C = Category;
using L = Language;

// const, not constexpr: measuring this many literals at compile time runs
// past clang's limit of constant-evaluation steps.
// clang-format off
const VocabularyRow k_rows[] = {
  // ---- footer: unsubscribe, why you get this, preferences -------------------------------
  // A plain-text list's own ways out and notes at its foot: leaving the
  // list (beside changing one's address), the address for questions about
  // the letter, and the assurance that it goes only to those who asked.
  {C::footer, L::en, false,
   R"(\b(?:to|or) leave (?:the|this|our) (?:mailing |e-?mail )?list(?:,| (?:visit|go|click|send|write|use|reply)\b|\.|\s*$)|\bquestions (?:about|regarding) (?:this|the|our) (?:newsletter|e-?mail|mailing|list)\s?:|\bsent only to (?:people|those|readers|subscribers|members|users) who (?:asked|requested|signed up|subscribed|opted in))"},
  {C::footer, L::de, false,
   R"(\b(?:aus (?:der|dieser|unserer) (?:mailing|verteiler)?liste (?:aus)?treten|(?:die|diese) (?:mailing|verteiler)?liste verlassen)\b|\bfragen zu (?:diesem|unserem) newsletter\s?:|\bwird (?:nur|ausschließlich) an (?:personen|leser\pL*|abonnent\pL*|empfänger\pL*|menschen)(?: (?:verschickt|versandt|gesendet|geschickt))?,? die (?:ihn|sich|ihn sich) (?:angefordert|bestellt|abonniert|angemeldet|eingetragen|gewünscht))"},
  {C::footer, L::fr, false,
   R"(\bquitter (?:la|cette|notre) liste(?: de diffusion)?(?:,|\.|\s*$| (?:écri|cliqu|envoy|répond|rende|visit))|\b(?:des )?questions sur (?:cette|notre) (?:lettre|newsletter)\s?:|\best envoyée? (?:uniquement|seulement|exclusivement) (?:aux|à des) (?:personnes|lecteurs|abonnés|inscrits) qui (?:l'ont demandée?|en ont fait la demande|se sont inscrits))"},
  {C::footer, L::es, false,
   R"(\b(?:salir|darte de baja|darse de baja) de (?:la|esta|nuestra) lista(?: de correo)?(?:,|\.|\s*$| (?:escrib|haz|pulsa|envía|responde|visita|entra))|\bpreguntas sobre (?:este|nuestro) (?:boletín|newsletter)\s?:|\bse envía (?:solo|solamente|únicamente) a (?:las personas|personas|lectores|suscriptores|quienes)(?: que)? (?:lo han solicitado|lo solicitaron|lo pidieron|se han suscrito|se suscribieron))"},
  {C::footer, L::it, false,
   R"(\b(?:uscire|cancellarti|cancellarsi) dalla (?:lista|mailing list)(?:,|\.|\s*$| (?:basta|scrivi|clicca|invia|rispondi|visita))|\bdomande su (?:questa|questo|la nostra|il nostro) (?:newsletter|bollettino)\s?:|\bviene inviat[ao] (?:solo|soltanto|esclusivamente) a (?:chi|persone che|lettori che|iscritti che) (?:l'ha richiest[ao]|ne ha fatto richiesta|si è iscritt|l'hanno richiest[ao]|ne hanno fatto richiesta))"},
  {C::footer, L::nl, false,
   R"(\b(?:de|deze|onze) (?:mailing)?lijst verlaten\b|\buit (?:de|deze|onze) (?:mailing)?lijst (?:stappen|gaan)\b|\bvragen over (?:deze|onze) nieuwsbrief\s?:|\bwordt (?:alleen|uitsluitend) (?:verstuurd|gestuurd) naar (?:mensen|lezers|abonnees|personen) die (?:erom (?:hebben )?gevraagd|zich (?:hebben )?aangemeld))"},
  {C::footer, L::pt, false,
   R"(\bsair da (?:nossa )?(?:lista|mailing list)(?:,|\.|\s*$| (?:escrev|cliqu|clica|envi|respond|visit|aced))|\b(?:dúvidas|perguntas) sobre (?:esta|este|a nossa|o nosso|nossa|nosso) (?:newsletter|boletim)\s?:|é enviad[ao] (?:apenas|somente|só|unicamente) (?:a|para) (?:quem|pessoas que|leitores que|assinantes que) (?:a |o )?(?:pediu|pediram|solicitou|solicitaram|se inscreveu|se inscreveram|subscreveu))"},
  {C::footer, L::en, false,
   R"((?:please )?do not reply to this (?:email|e-mail|message)|this (?:email|e-mail|message) was (?:automatically generated|sent automatically)|(?:email )?list removal|questions about the list|requests to be (?:added|removed|deleted)|to be added to or (?:deleted|removed) from|(?:submit|send) announcements|)"
   R"(unsubscribe|un-subscribe|opt out of|opt-out(?:[^s]|$)|manage (?:your )?(?:email |e-mail |newsletter )?(?:preferences|subscriptions?|settings)|)"
   R"(update (?:your )?(?:email |e-mail |subscription )?(?:preferences|profile)|email preferences|subscription preferences|)"
   R"((?:this|the) (?:email|e-mail|newsletter|message) was sent to|you(?:'re| are) receiving (?:this|these)|)"
   R"(you received this|you are subscribed (?:to|as|with)|you(?:'re| are) (?:currently )?subscribed (?:to|as|with)|)"
   R"(you (?:signed up|subscribed|registered) (?:for|to|at|on|via)|because you (?:signed up|subscribed|opted in|registered)|)"
   R"((?:the address|email address) (?:of|for|on) your subscription|your subscription address|)"
   R"(no longer (?:wish|want|like) to receive|(?:to )?stop receiving (?:these|this|our|emails)|)"
   R"(if you(?:'d| would) (?:rather|prefer) not (?:to )?(?:receive|get)|to be removed from|)"
   R"(you(?:'re| are) (?:getting|receiving) (?:this|these|the|our) [^.]{0,40}?(?: at [^ ]+@| because| since)|)"
   R"(take you off (?:the|our) (?:mailing )?list|reply with "?(?:remove|unsubscribe|stop)\b|)"
   R"((?:our )?(?:customer service|customer support|support team|box office|ticket office|help ?desk|helpline|hotline) (?:is )?(?:open|available|answers|replies|responds|can be reached)|(?:box office|ticket office|opening) hours ?:)"
   R"(|our (?:advisers|advisors|agents|consultants|travel experts|experts|hosts) (?:are (?:available|here|on hand)|can help|will help)|speak to (?:one of )?our (?:advisers|advisors|experts|agents))"
   R"(|find (?:a|your (?:nearest|local)?) ?(?:store|branch|shop) near you|store (?:finder|locator)\b|skip a (?:box|delivery|week|month)\b|pause (?:your|a) (?:subscription|deliveries|plan)\b|manage your deliveries|^(?:sent|delivered) (?:with|via) [\pL-]+ [-–—])"},
  {C::footer, L::de, false,
   R"(bitte antworten sie nicht auf|bitte nicht auf diese (?:e-mail|mail|nachricht) antworten|(?:wurde )?automatisch (?:generiert|erstellt|versendet|verschickt)|)"
   R"(abmelden|abbestellen|austragen|newsletter kündigen|vom newsletter ab|abmeldung|)"
   R"((?:sie erhalten|du erhältst|ihr erhaltet|sie bekommen|du bekommst) (?:dieses|diesen|diese|den)|)"
   R"(diese (?:e-mail|email|mail|nachricht) wurde (?:an|am|für)|dieser newsletter wurde an|)"
   R"((?:weil|da) (?:sie|du) (?:sich|dich) .{0,60}(?:angemeldet|registriert|eingetragen)|)"
   R"((?:ihre|deine) (?:angemeldete |abonnierte |registrierte )?e-mail-adresse (?:lautet|ist)|)"
   R"(abonnement verwalten|abo verwalten|einstellungen (?:ändern|verwalten|anpassen)|)"
   R"(newsletter-einstellungen|e-mail-einstellungen|keine (?:e-mails|newsletter|mails) mehr (?:erhalten|empfangen|bekommen)|)"
   R"(nicht mehr erhalten möchte|nicht mehr empfangen möchte|)"
   R"((?:unser )?(?:kundenservice|kundendienst|support-team|supportteam|serviceteam|theaterkasse|vorverkaufskasse|hotline) (?:antwortet|hilft|ist [^.!?]{0,60}?(?:erreichbar|geöffnet))|öffnungszeiten (?:der (?:theater|vorverkaufs)?kasse ?)?:|(?:theater|vorverkaufs)?kasse ?: (?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag))"
   R"(|unsere (?:berater|reiseberater|expert|gastgeber)\pL* (?:sind|beraten|helfen)\b|unser (?:beratungs|service)team (?:ist|berät))"
   R"(|(?:filiale|markt|geschäft|händler) in (?:ihrer|deiner) nähe|(?:box|lieferung) (?:aussetzen|überspringen|pausieren)|(?:abo|lieferungen?) pausieren|lieferungen verwalten|^(?:versendet|verschickt|gesendet) (?:mit|über|via) [\pL-]+ [-–—])"},
  {C::footer, L::fr, false,
   R"((?:merci de ne pas|ne pas) répondre à (?:cet|ce) (?:e-mail|email|mail|message)|(?:généré|envoyé) automatiquement|)"
   R"(se désabonner|désabonne|désinscri|vous désinscrire|te désinscrire|)"
   R"(vous recevez (?:cette|cet|ces|ce)|tu reçois (?:cette|cet|ces|ce)|)"
   R"((?:cet|ce) (?:e-mail|email|mail|courriel|message) (?:a été|vous a été) envoyé|cette (?:newsletter|lettre) (?:a été|vous a été) envoyée|)"
   R"(vous êtes inscrit|tu es inscrit|vous avez été inscrit|)"
   R"(gérer (?:vos|mes|tes) (?:préférences|abonnements)|modifier (?:vos|tes) préférences|)"
   R"(ne (?:plus|souhaitez plus|voulez plus) recevoir|ne plus recevoir|lien de désinscription|)"
   R"((?:notre )?(?:équipe (?:du )?support|service client(?:s|èle)?|billetterie|hotline) (?:est )?(?:ouverte?|disponible|joignable|répond|vous répond)|horaires (?:de la billetterie|d'ouverture) ?:|billetterie ?: (?:du|de|le|ouverte))"
   R"(|(?:nos|vos) conseill(?:ers|ères) (?:vous )?(?:répondent|sont (?:à votre écoute|joignables|disponibles)))"
   R"(|trouve[rz] (?:votre|un|ton) magasin|magasin le plus proche|(?:sauter|suspendre|sautez|suspendez) (?:une |votre )?(?:box|livraison|abonnement)|gérer (?:vos|mes) livraisons|^envoyée? (?:avec|via) [\pL-]+ [-–—])"},
  {C::footer, L::es, false,
   R"(no (?:respondas|responda|contestes|conteste) a este (?:correo|mensaje|email)|(?:generado|enviado) automáticamente|)"
   R"(darse de baja|darte de baja|date de baja|dese de baja|cancelar (?:la|tu|su) suscripción|anular (?:la|tu|su) suscripción|)"
   R"(recibes este|has recibido este|está recibiendo este|estás recibiendo este|)"
   R"(este (?:correo|email|e-mail|mensaje|boletín) (?:fue|ha sido|se ha) enviado a|)"
   R"((?:gestionar|actualizar|administrar) (?:tus|sus) preferencias|dejar de recibir|no deseas recibir|ya no deseas|)"
   R"(te suscribiste|estás suscrito|está suscrito|porque te (?:suscribiste|registraste)|)"
   R"((?:nuestro )?(?:equipo de (?:soporte|atención)|servicio de atención al cliente|atención al cliente|taquilla) (?:está )?(?:abiert[oa]|disponible|responde|te atiende)|horario de (?:taquilla|atención) ?:|taquilla ?: (?:de|del|abierta))"
   R"(|nuestros (?:asesores|agentes|expertos) (?:te|le|os) atienden|nuestros (?:asesores|agentes) están disponibles)"
   R"(|encuentra (?:tu|una) tienda|tienda más cercana|(?:salta|saltar|pausa|pausar) (?:una |tu )?(?:caja|entrega|suscripción)|gestiona(?:r)? (?:tus )?entregas|^enviad[oa] (?:con|a través de) [\pL-]+ [-–—])"},
  {C::footer, L::it, false,
   R"(non rispondere a questa (?:e-mail|email|mail)|(?:generat[ao]|inviat[ao]) automaticamente|)"
   R"(annulla(?:re)? l'iscrizione|disiscriviti|disiscriver|cancella(?:ti|re) (?:l'iscrizione|dalla newsletter)|disiscrizione|)"
   R"(ricevi questa|hai ricevuto questa|stai ricevendo questa|ricevi (?:questo|queste)|)"
   R"(questa (?:e-mail|email|mail|newsletter) è stata inviata a|)"
   R"(gestisci (?:le tue )?preferenze|modifica (?:le tue )?preferenze|non (?:vuoi|desideri) più ricevere|)"
   R"(ti sei iscritt|sei iscritt|perché (?:ti sei iscritt|sei iscritt)|)"
   R"((?:il nostro )?(?:servizio clienti|team di supporto|assistenza clienti|biglietteria) (?:è )?(?:apert[oa]|disponibile|risponde)|orari (?:di apertura|della biglietteria) ?:|biglietteria ?: (?:da|dal|aperta|lun|mar))"
   R"(|i nostri (?:consulenti|operatori|esperti) (?:ti|vi|la) (?:rispondono|aspettano|assistono))"
   R"(|trova (?:il|un) (?:negozio|punto vendita)|negozio più vicino|(?:salta|saltare|sospendi|sospendere|metti in pausa) (?:una |il tuo |l')?(?:box|consegna|abbonamento)|gestisci (?:le tue )?consegne|^inviat[oa] (?:con|tramite) [\pL-]+ [-–—])"},
  {C::footer, L::nl, false,
   R"((?:reageer|antwoord) niet op (?:deze|dit) (?:e-mail|mail|bericht)|(?:automatisch) (?:gegenereerd|verzonden|verstuurd)|)"
   R"(afmelden|uitschrijven|schrijf je uit|schrijf u uit|meld je af|meld u af|)"
   R"((?:je|u) ontvangt deze|(?:je|u) krijgt deze|deze (?:e-mail|email|mail|nieuwsbrief) (?:is|werd) (?:verzonden|verstuurd) (?:naar|aan)|)"
   R"(voorkeuren (?:beheren|aanpassen|wijzigen)|(?:je|uw) voorkeuren|)"
   R"(geen (?:e-mails|mails|nieuwsbrieven) meer ontvangen|niet langer ontvangen|)"
   R"(beheer (?:je|uw) abonnement|abonnement (?:beheren|opzeggen)|)"
   R"((?:je|u) bent (?:ingeschreven|aangemeld)|omdat (?:je|u) (?:je|zich) (?:hebt|heeft) (?:ingeschreven|aangemeld)|)"
   R"((?:onze )?(?:klantenservice|supportteam|kassa|servicedesk) (?:reageert|is [^.!?]{0,60}?(?:open|bereikbaar|geopend))|openingstijden (?:van de kassa ?)?:|kassa ?: (?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|open))"
   R"(|onze (?:adviseurs|reisadviseurs|klantenservice|hosts) (?:staan|zijn) (?:je|u|er)\b)"
   R"(|vind (?:een|je|uw) (?:winkel|filiaal)|winkel bij (?:jou|u) in de buurt|(?:sla|pauzeer) (?:een |je |uw )?(?:box|levering|abonnement)|(?:box|levering) overslaan|abonnement pauzeren|beheer (?:je|uw) leveringen|^verzonden (?:met|via) [\pL-]+ [-–—])"},
  {C::footer, L::pt, false,
   R"(não responda (?:a )?(?:este|esta) (?:e-mail|email|mensagem)|(?:gerad[oa]|enviad[oa]) automaticamente|)"
   R"(cancelar (?:a|sua|a sua) inscrição|descadastr|cancelar (?:a )?subscrição|anul(?:ar|e) (?:a )?subscrição|)"
   R"(deixar de receber|não (?:deseja|quer) (?:mais )?receber|)"
   R"(você (?:está )?receb(?:e|endo) (?:este|esta)|recebeste (?:este|esta)|está a receber (?:este|esta)|)"
   R"(este (?:e-mail|email) foi enviado (?:para|a)|esta mensagem foi enviada|)"
   R"((?:gerenciar|gerir|atualizar) (?:suas |as )?preferências|você se (?:inscreveu|cadastrou)|)"
   R"(porque (?:você )?se (?:inscreveu|cadastrou)|)"
   R"((?:a nossa |nossa )?(?:equipa de apoio|equipe de suporte|apoio ao cliente|atendimento ao cliente|central de atendimento|bilheteira|bilheteria) (?:está )?(?:aberta|disponível|responde|funciona)|horário (?:da bilheteira|da bilheteria|de atendimento) ?:|bilhet(?:eira|eria) ?: (?:de|das|aberta))"
   R"(|nossos (?:consultores|atendentes|especialistas) (?:estão disponíveis|atendem|te atendem)|nossa equipe (?:de atendimento )?(?:está disponível|atende))"
   R"(|encontre (?:a|uma) loja|loja mais próxima|(?:saltar|pular|pausar|pause) (?:uma |a sua |sua )?(?:caixa|entrega|assinatura)|(?:gerir|gerencie) (?:as )?(?:suas )?entregas|^enviad[oa] (?:com|via) [\pL-]+ [-–—])"},

  // Why the reader gets a customer letter: it was ordered or chosen in the
  // reader's account ("because you asked for it in your account").
  {C::footer, L::en, false,
   R"(\bbecause you (?:asked for|ordered|requested|chose|turned on|switched on) (?:it|them|this|these|the [\pL -]{1,30}) (?:in|on|from|via|through) your (?:online )?(?:account|profile|settings|app)\b)"
   R"(|\bbecause you (?:turned|switched) (?:it|them|this|these) on (?:in|from|via) your (?:online )?(?:account|profile|settings|app)\b)"},
  {C::footer, L::de, false,
   R"(\b(?:weil|da) (?:sie|du) (?:ihn|sie|es|diese[nrs]?|den|die|das)\b[^.!?]{0,60}\b(?:bestellt|abonniert|angefordert|aktiviert|gewählt) (?:haben|hast)\b)"},
  {C::footer, L::fr, false,
   R"(\b(?:car|parce que) (?:vous l'avez|vous les avez|tu l'as|tu les as) (?:demandée?s?|commandée?s?|activée?s?|choisie?s?) (?:dans|depuis|sur) (?:votre|ton) (?:compte|espace|profil|application)\b)"},
  {C::footer, L::es, false,
   R"(\bporque (?:la|lo|las|los) (?:pediste|solicitaste|activaste|elegiste|pidió|solicitó|activó|eligió) (?:en|desde) (?:tu|su) (?:cuenta|perfil|área de cliente|app)\b)"},
  {C::footer, L::it, false,
   R"(\bperché (?:l'hai|li hai|le hai|l'ha|li ha|le ha) (?:richiest|attivat|scelt)\pL* (?:nel|dal|sul) (?:tuo|suo) (?:account|profilo|area clienti)\b)"},
  {C::footer, L::nl, false,
   R"(\bomdat (?:je|u) (?:deze|dit|het|ze|hem) (?:in|via) (?:je|uw) (?:account|profiel|app) (?:hebt|heeft) (?:aangevraagd|aangezet|gekozen|besteld)\b)"},
  {C::footer, L::pt, false,
   R"(\bporque (?:a|o|as|os) (?:pediu|solicitou|ativou|escolheu|pediste|ativaste|escolheste) (?:na|no) (?:sua|tua) (?:conta|perfil|área de cliente|app)\b)"},

  // The line a list server closes its digest with ("End of Koi-L Digest
  // V2 #41"): what follows is the server's own footer.
  {C::footer, L::en, false, R"(^[^\pL\pN]*end of (?:the )?(?:[\pL\pN._-]+ ){1,3}digest\b[^.!?]{0,30}$)"},
  {C::footer, L::de, false, R"(^[^\pL\pN]*ende (?:des|der) (?:[\pL\pN._-]+[ -]){0,3}(?:digests?|sammelausgabe)\b[^.!?]{0,30}$)"},
  {C::footer, L::fr, false, R"(^[^\pL\pN]*fin (?:du|de la) (?:digest|recueil|compilation) (?:de |du |de la )?(?:[\pL\pN._-]+ ?){0,3}[^.!?]{0,30}$)"},
  {C::footer, L::es, false, R"(^[^\pL\pN]*fin del (?:digest|resumen|compendio) (?:de )?(?:[\pL\pN._-]+ ?){0,3}[^.!?]{0,30}$)"},
  {C::footer, L::it, false, R"(^[^\pL\pN]*fine del (?:digest|riepilogo) (?:di )?(?:[\pL\pN._-]+ ?){0,3}[^.!?]{0,30}$)"},
  {C::footer, L::nl, false, R"(^[^\pL\pN]*einde van (?:de |het )?(?:[\pL\pN._-]+[ -]){0,3}(?:digest|verzamelbericht)\b[^.!?]{0,30}$)"},
  {C::footer, L::pt, false, R"(^[^\pL\pN]*fim do (?:digest|resumo|compêndio) (?:de |da |do )?(?:[\pL\pN._-]+ ?){0,3}[^.!?]{0,30}$)"},

  // A list server's commands sent by mail, and where the list keeps its
  // past messages (the commands are the server's English words in every
  // language; the heading and the archive line are each language's own).
  {C::footer, L::en, false,
   R"(list commands\b|(?:send|mail) (?:the |these |this |your )?commands? to (?:listserv|majordomo|listproc|lyris|sympa)@|signoff [a-z0-9._-]+|set [a-z0-9._-]+ (?:digest|nodigest|nomail|mail|index|noack)\b)"
   R"(|(?:past|previous|back|earlier|old) (?:issues|parts|instal?lments|chapters|editions|messages|postings) (?:are|can be) (?:archived|found|read|browsed) (?:at|on|in)\b)"},
  {C::footer, L::de, false,
   R"(listenbefehle|befehle (?:für|an) (?:die|den) (?:liste|listserver|listen-server))"
   R"(|(?:frühere|ältere|vergangene|alle) (?:ausgaben|folgen|teile|nachrichten) (?:sind|stehen|finden sie|findest du) (?:im archiv|archiviert))"},
  {C::footer, L::fr, false,
   R"(commandes (?:de|pour) la liste|commandes à envoyer à)"
   R"(|(?:les )?(?:anciens|précédents) (?:numéros|épisodes|messages) sont (?:archivés|consultables|disponibles) (?:sur|à|dans))"},
  {C::footer, L::es, false,
   R"(comandos (?:de|para) la lista|comandos (?:que )?(?:debe|puede|puedes) enviar a)"
   R"(|(?:los )?(?:números|boletines|mensajes|capítulos) anteriores (?:están archivados|se pueden consultar|pueden consultarse) (?:en|aquí))"},
  {C::footer, L::it, false,
   R"(comandi (?:della|per la) (?:lista|mailing list)|comandi da inviare a)"
   R"(|(?:i )?(?:numeri|messaggi|capitoli) (?:precedenti|arretrati) sono (?:archiviati|consultabili|disponibili) (?:su|a|in|nell))"},
  {C::footer, L::nl, false,
   R"(lijstcommando's|commando's voor de (?:lijst|mailinglijst)|opdrachten voor de (?:lijst|mailinglijst))"
   R"(|(?:eerdere|vorige|oude) (?:nummers|afleveringen|edities|berichten) (?:staan|vind je|vindt u|zijn te vinden) in (?:het|ons) archief)"},
  {C::footer, L::pt, false,
   R"(comandos da lista|comandos (?:para|a) enviar (?:para|a))"
   R"(|(?:as )?(?:edições|mensagens|partes) anteriores (?:estão|ficam) (?:arquivadas|disponíveis) (?:em|no|na))"},
  // A list manager's digest masthead: where posts go, who runs the list,
  // and the plea to edit the subject of a reply to the digest (in the
  // words the list software writes it in each language).
  {C::footer, L::en, false,
   R"(send [\w.-]+ mailing list submissions to|reach the person managing the list at|please edit your subject line so it is more specific than)"},
  {C::footer, L::de, false,
   R"(senden sie (?:ihre )?beiträge (?:für|zu|an) (?:die liste )?[\w.-]+ (?:bitte )?an\b|(?:den|die) (?:listenverwalter|verwalter der liste|betreuer der liste)\pL* (?:unter|erreichen sie)|(?:bitte )?(?:ändern|passen) sie (?:bitte )?die betreffzeile an)"},
  {C::footer, L::fr, false,
   R"(envoyez vos messages pour la liste [\w.-]+ à|joindre (?:le gestionnaire|l'administrateur|la personne qui gère) (?:de )?la liste|modifier (?:la ligne )?(?:sujet|objet)[^.!?]{0,40}plus (?:spécifique|précis))"},
  {C::footer, L::es, false,
   R"(envíe (?:los )?mensajes (?:para|a) la lista [\w.-]+ a|(?:contactar|comunicarse) con (?:el responsable|el administrador|la persona que gestiona) de la lista|edite la línea (?:del )?asunto)"},
  {C::footer, L::it, false,
   R"(invia (?:i )?messaggi (?:per|alla) (?:la )?lista [\w.-]+ a|contattare (?:la persona che gestisce|il gestore|l'amministratore) (?:del)?la lista|modifica la (?:linea|riga) dell'oggetto)"},
  {C::footer, L::nl, false,
   R"(stuur berichten voor (?:de )?[\w.-]+ (?:mailing)?lijst naar|(?:de )?beheerder van de lijst (?:bereiken|is bereikbaar)|pas (?:dan )?(?:a\.u\.b\. |alstublieft )?(?:de onderwerpregel|het onderwerp) aan)"},
  {C::footer, L::pt, false,
   R"(enviar submissões para a lista(?: de discussão)? [\w.-]+ para|(?:entrar em contato|contactar) com (?:a pessoa que gerencia|o administrador) (?:d)?a lista|edite (?:sua|a sua|a) linha (?:de )?assunto)"},
  // The rest of a list server's digest: the heading over its contents, and
  // the note it leaves where it cut a post's attachment out (a line of
  // dashes around "next part", then "An HTML attachment was scrubbed..."),
  // in the words the list software writes in each language.
  {C::footer, L::en, false,
   R"(^today's topics ?:?$|^-* ?next part ?-*$|an? (?:html|non-text) attachment was scrubbed|)"
   R"(^there (?:are|is) \d+ messages? in this (?:issue|digest)\.?$|^topics in this digest ?:?$)"},
  {C::footer, L::de, false,
   R"(^(?:themen|meldungen) des tages ?:?$|^-* ?nächster teil ?-*$|ein dateianhang mit (?:html-daten|binärdaten) wurde abgetrennt|)"
   R"(^(?:diese ausgabe enthält|in dieser ausgabe (?:sind|stehen)) \d+ (?:nachrichten|beiträge)\.?$|^themen (?:in )?diese[rs]? (?:digests?|sammelmail) ?:?$)"},
  {C::footer, L::fr, false,
   R"(^(?:thèmes|sujets) du jour ?:?$|^-* ?(?:prochaine partie|section suivante) ?-*$|une pièce jointe (?:html|autre que texte|non texte) a été (?:nettoyée|retirée|supprimée)|)"
   R"(^(?:il y a|ce (?:numéro|digest) contient) \d+ messages?(?: dans ce (?:numéro|digest))?\.?$|^sujets (?:de|dans) ce digest ?:?$)"},
  {C::footer, L::es, false,
   R"(^temas del día ?:?$|^-* ?(?:siguiente parte|próxima parte) ?-*$|se ha borrado un (?:adjunto|archivo adjunto) (?:en formato html|que no es texto)|)"
   R"(^hay \d+ mensajes? en (?:este|esta) (?:número|resumen|edición)\.?$|^temas (?:de|en) este resumen ?:?$)"},
  {C::footer, L::it, false,
   R"(^argomenti del giorno ?:?$|^-* ?(?:parte successiva|prossima parte) ?-*$|un allegato (?:html|non testuale) è stato (?:rimosso|eliminato)|)"
   R"(^ci sono \d+ messaggi in questo (?:numero|digest)\.?$|^argomenti (?:di|in) questo digest ?:?$)"},
  {C::footer, L::nl, false,
   R"(^onderwerpen van (?:vandaag|de dag) ?:?$|^-* ?volgend (?:deel|gedeelte) ?-*$|een (?:html-bijlage|niet-tekstbijlage) is verwijderd|)"
   R"(^er (?:staan|zijn) \d+ berichten in (?:dit nummer|deze digest|deze editie)\.?$|^onderwerpen in (?:deze|dit) digest ?:?$)"},
  {C::footer, L::pt, false,
   R"(^(?:tópicos|assuntos) (?:de hoje|do dia) ?:?$|^-* ?próxima parte ?-*$|um anexo (?:em html|que não é texto) foi (?:limpo|removido)|)"
   R"(^há \d+ mensagens? (?:nesta edição|neste resumo)\.?$|^tópicos (?:deste|neste) resumo ?:?$)"},
  // A moderated list's note over a post, set in brackets by whoever
  // approved it ("[ Moderator's note: ... -- mod ]"): the list's own
  // word about the thread, not the member's news.
  {C::footer, L::en, false, R"(^[\[(] ?(?:moderator's (?:note|comment)|note from the moderator|mod(?:erator)? note) ?:)"},
  {C::footer, L::de, false, R"(^[\[(] ?(?:anmerkung|hinweis|bemerkung) (?:des|der) (?:listen)?moderator(?:s|in) ?:)"},
  {C::footer, L::fr, false, R"(^[\[(] ?(?:note|remarque|mot) (?:du|de la) modérat(?:eur|rice) ?:)"},
  {C::footer, L::es, false, R"(^[\[(] ?(?:nota|comentario) del? (?:la )?moderador(?:a)? ?:)"},
  {C::footer, L::it, false, R"(^[\[(] ?(?:nota|commento) del(?:la)? moderat(?:ore|rice) ?:)"},
  {C::footer, L::nl, false, R"(^[\[(] ?(?:noot|opmerking|notitie) van de moderator ?:)"},
  {C::footer, L::pt, false, R"(^[\[(] ?(?:nota|comentário) d[oa] moderador(?:a)? ?:)"},
  // A text service's stop command: "Text STOP to 80555", "SMS STOP an 1234".
  {C::footer, L::en, false, R"((?:text|sms|send|reply) stop to \d{3,6}\b)"},
  {C::footer, L::de, false, R"((?:sende|senden sie|sms mit|simse) stop an \d{3,6}\b)"},
  {C::footer, L::fr, false, R"((?:envoyez|envoie|tapez) stop au \d{3,6}\b|stop au \d{3,6}\b)"},
  {C::footer, L::es, false, R"((?:envía|envia|manda) (?:baja|stop) al \d{3,6}\b)"},
  {C::footer, L::it, false, R"((?:invia|manda) (?:stop|fine) al \d{3,6}\b)"},
  {C::footer, L::nl, false, R"((?:sms|stuur) stop naar \d{3,6}\b)"},
  {C::footer, L::pt, false, R"((?:envie|mande) (?:sair|stop|pare) para (?:o )?\d{3,6}\b)"},
  // A bank's or an agency's adviser hours with a phone number.
  {C::footer, L::en, false,
   R"((?:your|our) (?:personal )?(?:adviser|advisor|relationship manager|account manager) is (?:available|there for you|happy to help)[^.!?]{0,60}(?:on|at) \+?\d)"},
  {C::footer, L::de, false,
   R"((?:ihre?|deine?) (?:persönliche[rn]? )?(?:berater(?:in)?|kundenberater(?:in)?|ansprechpartner(?:in)?)(?: oder (?:ihr|dein) [\pL]+)? (?:ist|sind|steh(?:t|en)) [^.!?]{0,80}(?:unter|telefonisch) [^.!?]{0,30}(?:für (?:sie|dich) da|zur verfügung))"},
  {C::footer, L::fr, false,
   R"(votre conseill(?:er|ère) (?:est )?(?:disponible|joignable)[^.!?]{0,60}au \+?\d)"},
  {C::footer, L::es, false,
   R"((?:tu|su) asesora? (?:está disponible|te atiende|le atiende)[^.!?]{0,60}(?:en el|al) \+?\d)"},
  {C::footer, L::it, false,
   R"(il (?:tuo|suo) consulente (?:è )?(?:disponibile|raggiungibile)[^.!?]{0,60}al \+?\d)"},
  {C::footer, L::nl, false,
   R"((?:je|uw) adviseur is (?:bereikbaar|beschikbaar)[^.!?]{0,60}(?:op|via) \+?\d)"},
  {C::footer, L::pt, false,
   R"((?:o seu|seu) (?:gestor|consultor) (?:está disponível|atende)[^.!?]{0,60}(?:pelo|no) \+?\d)"},
  // An adviser's closing invitation to ask about the issue's topics
  // ("Bei Fragen zu diesen Themen sprechen Sie uns gern an").
  {C::footer, L::en, false,
   R"(\bquestions (?:about|on) (?:any of )?(?:the|these) (?:topics|articles|items|changes) (?:in|of|covered in) this (?:newsletter|issue|update)\b|\bplease (?:feel free to )?(?:talk|speak) to (?:us|your (?:adviser|advisor|accountant)) (?:if|whenever) you have (?:any )?questions\b)"},
  {C::footer, L::de, false,
   R"(\bsprechen sie uns (?:gern |gerne |jederzeit )*an\b|\bsprich uns (?:gern |gerne |jederzeit )*an\b|\bkommen sie (?:[^.!?]{0,30} )?auf uns zu\b|\bwenden sie sich (?:gern |gerne |jederzeit )*an uns\b)"},
  {C::footer, L::fr, false,
   R"(\bn'hésitez pas à (?:nous contacter|nous solliciter|nous interroger|vous rapprocher de (?:nous|votre (?:conseiller|expert-comptable|cabinet)))\b)"},
  {C::footer, L::es, false,
   R"(\bno (?:dudes|dude|duden) en (?:contactarnos|consultarnos|ponerte en contacto con nosotros|ponerse en contacto con nosotros)\b)"},
  {C::footer, L::it, false,
   R"(\bnon (?:esiti|esitate|esitare) a contattarci\b|\brestiamo a (?:sua|vostra|tua) (?:completa )?disposizione\b)"},
  {C::footer, L::nl, false,
   R"(\bneem (?:gerust|vrijblijvend) contact (?:met ons )?op\b|\bwij (?:staan|helpen) u graag (?:te woord|verder)\b)"},
  {C::footer, L::pt, false,
   R"(\bnão hesite em (?:nos contactar|nos contatar|entrar em contato connosco|entrar em contato conosco)\b|\bficamos à (?:sua )?disposição\b)"},
  // A software vendor's support lines: technical or phone support and its
  // hours, free support for registered users.
  {C::footer, L::en, false,
   R"((?:technical|tech|phone|telephone) support (?:is )?(?:available|open) (?:\d|24|around|round|from|mon|tue|wed|thu|fri|sat|sun|weekdays|seven|during|on weekdays)|(?:free )?(?:technical )?support for registered (?:users|customers|owners))"},
  {C::footer, L::de, false,
   R"((?:technischer|telefonischer) support ist (?:[^.!?]{0,40} )?erreichbar|support für registrierte (?:nutzer|kunden|anwender))"},
  {C::footer, L::fr, false,
   R"((?:le )?support (?:technique|téléphonique) (?:est )?(?:disponible|joignable|ouvert) (?:du|de|le|\d|24)|assistance (?:technique )?(?:gratuite )?(?:pour les|réservée aux) utilisateurs enregistrés)"},
  {C::footer, L::es, false,
   R"((?:el )?soporte (?:técnico|telefónico) (?:está )?disponible (?:de|del|las|\d|24)|soporte (?:técnico )?(?:gratuito )?para usuarios registrados)"},
  {C::footer, L::it, false,
   R"((?:l')?assistenza (?:tecnica|telefonica) (?:è )?(?:disponibile|attiva) (?:dal|da|il|\d|24)|assistenza (?:tecnica )?(?:gratuita )?per (?:gli )?utenti registrati)"},
  {C::footer, L::nl, false,
   R"((?:technische|telefonische) (?:ondersteuning|support|helpdesk) is (?:[^.!?]{0,40} )?bereikbaar|support voor geregistreerde gebruikers)"},
  {C::footer, L::pt, false,
   R"((?:o )?suporte (?:técnico|telefónico|telefônico) (?:está )?disponível (?:de|das|\d|24)|suporte (?:técnico )?(?:gratuito )?para (?:utilizadores registados|usuários registrados))"},
  // A labelled phone line for advice or bookings ("Persönliche Beratung:
  // 0800 ...", "Call us: ..."), with or without its hours.
  {C::footer, L::en, false, R"(^(?:personal advice|call us|talk to (?:us|an expert)|booking (?:line|hotline)|customer service) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  {C::footer, L::de, false, R"(^(?:persönliche |telefonische |kostenlose )?(?:beratung|buchungshotline|service-?hotline|reiseberatung|kundenservice|hotline) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  {C::footer, L::fr, false, R"(^(?:conseil personnalisé|conseils? et réservations?|service client|appelez-nous) ?: ?\+?\(?\d[\d ()/.-]{5,})"},
  {C::footer, L::es, false, R"(^(?:atención personalizada|reservas|asesoramiento|atención al cliente|llámanos) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  {C::footer, L::it, false, R"(^(?:consulenza (?:personalizzata|telefonica)|prenotazioni|servizio clienti|chiamaci) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  {C::footer, L::nl, false, R"(^(?:persoonlijk advies|reserveren|klantenservice|bel ons) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  {C::footer, L::pt, false, R"(^(?:atendimento personalizado|reservas|apoio ao cliente|ligue-nos|ligue para nós) ?: ?\+?\(?\d[\d ()/-]{5,})"},
  // Why a product's mail comes: the reader holds an account or a plan with
  // the sender ("You're receiving product updates because you have an
  // account", "weil Sie ein Kundenkonto bei uns haben").
  {C::footer, L::en, false, R"(because you (?:have|hold|created|opened|own) (?:an?|your) (?:[\pL-]+ ){0,2}(?:account|subscription|membership|profile|plan)\b)"},
  {C::footer, L::de, false, R"((?:weil|da) (?:sie|du) (?:ein|eine|einen) (?:[\pL-]+ ){0,2}(?:konto|kundenkonto|nutzerkonto|benutzerkonto|account|abo|abonnement|mitgliedschaft|profil)\b[^.!?]{0,50}?(?:haben|hast|besitzen|besitzt|angelegt|eröffnet|erstellt))"},
  {C::footer, L::fr, false, R"((?:car|parce que|puisque) vous (?:avez|possédez|disposez d') ?(?:un|une) (?:compte|abonnement|profil|adhésion)\b)"},
  {C::footer, L::es, false, R"((?:porque|ya que) (?:tienes|tiene|usted tiene|has creado|ha creado) una? (?:cuenta|suscripción|membresía|perfil)\b)"},
  {C::footer, L::it, false, R"((?:perché|poiché|in quanto) (?:hai|ha|possiedi|possiede|hai creato|ha creato) un (?:account|abbonamento|profilo)\b)"},
  {C::footer, L::nl, false, R"(omdat (?:je|u) (?:een )?(?:[\pL-]+ )?(?:account|abonnement|lidmaatschap|profiel)\b[^.!?]{0,50}?(?:hebt|heeft|heb|aangemaakt))"},
  {C::footer, L::pt, false, R"((?:porque|pois|já que) (?:você )?(?:tem|possui|criou) uma? (?:conta|assinatura|subscrição|perfil)\b)"},
  // A shop's or a maker's locator: the store nearest the reader, its hours
  // and directions, a certified dealer or consultant near the reader.
  {C::footer, L::en, false,
   R"(\b(?:store|branch|shop|showroom|dealer|location)s? (?:nearest|closest) (?:to )?you\b|\b(?:store|branch) hours (?:and|&) directions\b)"
   R"(|\bfind (?:one|a dealer|a reseller|a retailer|an? (?:authori[sz]ed|certified) [\pL-]+(?: [\pL-]+)?) near you\b)"},
  {C::footer, L::de, false,
   R"((?:öffnungszeiten und anfahrt|filialen und öffnungszeiten)\b|\b(?:einen |ihren )?(?:zertifizierten |autorisierten )?(?:fachhändler|partner|berater)[\pL]* in (?:ihrer|deiner) nähe (?:finden|suchen)\b)"},
  {C::footer, L::fr, false,
   R"(\bhoraires et (?:accès|plan d'accès|itinéraire)|\b(?:revendeur|concessionnaire|conseiller|partenaire) (?:agréé |certifié )?le plus proche\b)"},
  {C::footer, L::es, false,
   R"(\bhorarios? y (?:cómo llegar|direcciones)\b|\b(?:distribuidor|concesionario|asesor|partner) (?:autorizado |certificado )?más cercano\b)"},
  {C::footer, L::it, false,
   R"(\borari e indicazioni\b|\b(?:rivenditore|concessionario|consulente|partner) (?:autorizzato |certificato )?più vicino\b)"},
  {C::footer, L::nl, false,
   R"(\bopeningstijden en route\b|\b(?:winkel|filiaal|dealer|vestiging|adviseur)s? (?:bij (?:jou|u) in de buurt|het dichtst bij (?:jou|u))\b)"},
  {C::footer, L::pt, false,
   R"(\bhorários e (?:como chegar|direções)\b|\b(?:revendedor|concessionário|consultor|parceiro) (?:autorizado |certificado )?mais próximo\b)"},
  // A publishing platform's account links standing alone in its footer
  // ("Sign in", "Manage your membership", "My account"): the reader's
  // portal, never the issue's.
  {C::footer, L::en, false, R"(^(?:sign in|log in|login|my account|your account|account settings)\W*$|^manage (?:your |my )?(?:membership|account|subscription|plan)\W*$)"},
  {C::footer, L::de, false, R"(^(?:einloggen|login|log-in|zum login|mein konto|dein konto|ihr konto|mein profil|kontoeinstellungen)\W*$|^(?:(?:mein|dein|ihr) )?(?:konto|mitgliedschaft|abo|abonnement) verwalten\W*$|^(?:meine|deine|ihre) mitgliedschaft verwalten\W*$)"},
  {C::footer, L::fr, false, R"(^(?:se connecter|connexion|me connecter|mon compte|votre compte|ton compte|mon espace)\W*$|^gérer (?:mon|votre|ton) (?:compte|adhésion|abonnement)\W*$)"},
  {C::footer, L::es, false, R"(^(?:iniciar sesión|inicia sesión|acceder|mi cuenta|tu cuenta|su cuenta)\W*$|^gestiona(?:r)? (?:mi|tu|su) (?:cuenta|membresía|suscripción)\W*$)"},
  {C::footer, L::it, false, R"(^(?:accedi|login|il mio account|il tuo account|area personale)\W*$|^gestisci (?:il (?:mio|tuo) (?:account|abbonamento)|la (?:mia|tua) iscrizione)\W*$)"},
  {C::footer, L::nl, false, R"(^(?:inloggen|log in|mijn account|je account|uw account|mijn profiel)\W*$|^(?:beheer|wijzig) (?:je|jouw|uw|mijn) (?:account|lidmaatschap|abonnement)\W*$)"},
  {C::footer, L::pt, false, R"(^(?:entrar|iniciar sessão|fazer login|minha conta|a minha conta|sua conta)\W*$|^(?:gerir|gerenciar|gerencie|gira) (?:a )?(?:minha|sua|tua) (?:conta|assinatura|subscrição|adesão)\W*$)"},
  // A shop's store-finder button, and the reader's own agent or adviser
  // named with a phone number ("Your local agent: ..., 01234 ...").
  {C::footer, L::en, false, R"(^find (?:a|your|the nearest) (?:store|branch|shop|location|optician|pharmacy)\W*$|^your (?:local |personal )?(?:agent|adviser|advisor|contact|account manager|representative) ?:[^.!?]*\d[\d ()/-]{5,})"},
  {C::footer, L::de, false, R"(^(?:filiale|markt|händler|geschäft|standort)(?: in (?:ihrer|deiner) nähe)? (?:finden|suchen)\W*$|^(?:ihr|ihre|dein|deine) (?:persönliche[rn]? )?(?:ansprechpartner(?:in)?|berater(?:in)?|vertreter(?:in)?|betreuer(?:in)?)(?: vor ort)? ?:(?:[^.!?]|tel\.)*\d[\d ()/-]{5,})"},
  {C::footer, L::fr, false, R"(^trouver (?:un|mon|votre) magasin\W*$|^votre (?:conseill(?:er|ère)|agent|interlocut(?:eur|rice))(?: attitrée?| dédiée?| locale?)? ?:[^.!?]*\d[\d ()/.-]{5,})"},
  {C::footer, L::es, false, R"(^(?:busca|encuentra) (?:tu|una) tienda\W*$|^(?:tu|su) (?:agente|asesora?|gestora?)(?: personal| de confianza)? ?:[^.!?]*\d[\d ()/-]{5,})"},
  {C::footer, L::it, false, R"(^trova (?:il|un) negozio\W*$|^il (?:tuo|suo) (?:agente|consulente|referente)(?: di fiducia| personale)? ?:[^.!?]*\d[\d ()/-]{5,})"},
  {C::footer, L::nl, false, R"(^(?:vind|zoek) (?:een|je|uw) (?:winkel|filiaal)\W*$|^(?:je|jouw|uw) (?:vaste )?(?:adviseur|tussenpersoon|contactpersoon)(?: in de buurt)? ?:[^.!?]*\d[\d ()/-]{5,})"},
  {C::footer, L::pt, false, R"(^encontr(?:e|ar) (?:a|uma) loja\W*$|^(?:o )?(?:seu|teu) (?:agente|consultora?|mediadora?)(?: pessoal)? ?:[^.!?]*\d[\d ()/-]{5,})"},

  // A shop's opening hours as a line of their own ("Öffnungszeiten: Mo-Fr
  // ...") and a subscription box's note that the next delivery can be
  // paused or skipped, in the reader's own words, under its question
  // whether the reader is away next week.
  {C::footer, L::en, false, R"(^(?:our |store |shop |opening )?hours ?: ?(?:mon|monday|tue|daily)\b|\bpause (?:your|the) (?:next )?deliver(?:y|ies)\b|\bskip (?:next week's|your next|a) (?:box|delivery)\b|^(?:away|on holiday|on vacation|travel+ing|going away) next week ?\?)"},
  {C::footer, L::de, false, R"(^(?:unsere )?öffnungszeiten ?: ?(?:mo|montag|di|täglich)\b|\bpausiere (?:deine|eure) (?:nächste )?lieferung\b|\bpausieren sie (?:ihre )?(?:nächste )?lieferung\b|^(?:nächste woche )?(?:verreist|im urlaub|unterwegs)(?: nächste woche)? ?\?)"},
  {C::footer, L::fr, false, R"(^(?:nos )?horaires(?: d'ouverture)? ?: ?(?:lun|du lun|tous les jours)|\bmettez (?:votre|ta) (?:prochaine )?livraison en pause\b|\bsautez (?:une|votre prochaine) (?:livraison|box)\b|^(?:absente?s?|en vacances|en voyage) la semaine prochaine ?\?)"},
  {C::footer, L::es, false, R"(^(?:nuestro )?horario(?: de apertura)? ?: ?(?:lun|de lun|todos los d)|\bpausa (?:tu|su) (?:próxima )?entrega\b|\bsáltate (?:una|tu próxima) (?:entrega|caja)\b|^¿?(?:de viaje|de vacaciones|fuera de casa) la próxima semana ?\?)"},
  {C::footer, L::it, false, R"(^(?:i nostri )?orari(?: di apertura)? ?: ?(?:lun|dal lun|tutti i giorni)|\bmetti in pausa (?:la tua |la )?(?:prossima )?consegna\b|\bsalta (?:una|la prossima) (?:consegna|box)\b|^(?:in viaggio|in vacanza|via) la prossima settimana ?\?)"},
  {C::footer, L::nl, false, R"(^(?:onze )?openingstijden ?: ?(?:ma|maandag|dagelijks)\b|\bpauzeer (?:je|uw) (?:volgende )?(?:levering|bezorging|box)\b|\bsla (?:een|je volgende|uw volgende) (?:levering|box) over\b|^volgende week (?:op vakantie|weg|op reis) ?\?)"},
  {C::footer, L::pt, false, R"(^(?:o nosso )?horário(?: de funcionamento)? ?: ?(?:seg|de seg|todos os dias)|\bpause a (?:sua|tua) (?:próxima )?entrega\b|\bsalte (?:uma|a próxima) (?:entrega|caixa)\b|^(?:de férias|fora|a viajar) na próxima semana ?\?)"},
  // A member's or a customer's letter says it comes with the membership
  // or the plan, that some notices come whatever the reader's choices,
  // and where to choose which mails come.
  {C::footer, L::en, false,
   R"(\byou receive [^.!?]{0,60}? as part of (?:your|the) (?:[\pL']+ )?(?:membership|subscription|plan|account)\b|\b(?:regardless of|whatever|irrespective of) your (?:email |e-mail |mailing |marketing |communication |newsletter )?preferences\b|\bchange (?:which|what) (?:emails|e-mails|mail|messages|mailings) you (?:get|receive)\b)"},
  {C::footer, L::de, false,
   R"(\b(?:erhalten|bekommen) (?:sie|du) [^.!?]{0,60}? (?:im rahmen|als teil) (?:ihrer|deiner) mitgliedschaft\b|\b(?:unabhängig von|ungeachtet) (?:ihren|deinen) (?:e-mail-|newsletter-|kommunikations)?einstellungen\b|\bwelche (?:e-mails|mails|nachrichten) (?:sie|du) (?:erhalten|bekommen) (?:möchten|möchtest|wollen|willst)\b)"},
  {C::footer, L::fr, false,
   R"(\bvous recevez [^.!?]{0,60}? dans le cadre de votre (?:adhésion|abonnement|contrat|cotisation)\b|\bquelles que soient vos préférences\b|\bchoisi(?:r|ssez) (?:les|quels) (?:e-mails|emails|messages|courriels) (?:que )?vous recev)"},
  {C::footer, L::es, false,
   R"(\brecib(?:e|es|en) [^.!?]{0,60}? como parte de (?:tu|su) (?:membresía|afiliación|suscripción|cuota)\b|\b(?:independientemente de|sean cuales sean) (?:tus|sus) preferencias\b|\belig(?:e|ir) qué (?:correos|emails|mensajes) (?:recibes|recibir)\b)"},
  {C::footer, L::it, false,
   R"(\bricevi [^.!?]{0,60}? (?:come parte della|nell'ambito della) tua (?:iscrizione|adesione|quota associativa)\b|\b(?:indipendentemente dalle|a prescindere dalle) tue preferenze\b|\bscegli quali (?:e-mail|email|messaggi) ricevere\b)"},
  {C::footer, L::nl, false,
   R"(\bontvang(?:t|en)? [^.!?]{0,60}? als onderdeel van (?:je|uw) lidmaatschap\b|\bongeacht (?:je|uw) (?:e-mail)?voorkeuren\b|\bkies welke (?:e-mails|mails|berichten) (?:je|u) (?:wilt )?ontvang)"},
  {C::footer, L::pt, false,
   R"(\breceb(?:e|es) [^.!?]{0,60}? como parte da (?:sua|tua) (?:filiação|associação|adesão|assinatura)\b|\bindependentemente das (?:suas|tuas) preferências\b|\bescolha (?:quais|que) (?:e-mails|emails|mensagens) (?:quer )?receb)"},
  // An announcement list's note on itself: it is moderated, and replies
  // to it go nowhere.
  {C::footer, L::en, false,
   R"(\bthis is an? (?:moderated|announce(?:ment)?s?-only|read-only) (?:mailing |announcement )?list\b|\breplies to (?:this|the) list (?:will not|won't|are not|do not) (?:be )?(?:posted|delivered|published|forwarded|reach))"},
  {C::footer, L::de, false,
   R"(\b(?:dies ist|diese liste ist) eine moderierte (?:\pL+)?liste\b|\bantworten an (?:die|diese) liste werden nicht\b)"},
  {C::footer, L::fr, false,
   R"(\b(?:ceci est|cette liste est) une liste (?:de diffusion )?modérée\b|\bles réponses (?:à|sur) (?:cette|la) liste ne sont pas\b)"},
  {C::footer, L::es, false,
   R"(\b(?:esta es|esta lista es) una lista (?:de distribución )?moderada\b|\blas respuestas a (?:esta|la) lista no (?:se )?)"},
  {C::footer, L::it, false,
   R"(\b(?:questa è|questa lista è) una lista (?:di distribuzione )?moderata\b|\ble risposte (?:a questa|alla) lista non (?:vengono|sono)\b)"},
  {C::footer, L::nl, false,
   R"(\b(?:dit is|deze lijst is) een gemodereerde (?:mailing|aankondigings)?lijst\b|\bantwoorden (?:op|aan) (?:deze|de) lijst worden niet\b)"},
  {C::footer, L::pt, false,
   R"(\b(?:esta é|esta lista é) uma lista (?:de distribuição )?moderada\b|\bas respostas (?:a|para) (?:esta|a) lista não (?:são|serão)\b)"},

  // A mailing platform's badge on its own line at the foot: "Powered by
  // <the platform>", "Erstellt mit <the tool>", alone, with a pitch after a
  // full stop, or with a comma and words about what the platform is.
  {C::footer, L::en, false,
   R"(^(?:powered by|made with|sent with|sent via|created with|published with) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:platform|e-?mail|newsletters?|publishing|writers)))"},
  {C::footer, L::de, false,
   R"(^(?:erstellt|gemacht|versendet|verschickt|gesendet|veröffentlicht|gestaltet) (?:mit|über|via) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:plattform|e-?mail|newsletter|publizistik|software|schreibende)))"},
  {C::footer, L::fr, false,
   R"(^(?:propulsée? par|(?:envoyée?|créée?|réalisée?|publiée?|conçue?) (?:avec|via)) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:plateforme|e-?mail|newsletters?|lettres|édition)))"},
  {C::footer, L::es, false,
   R"(^(?:impulsad[oa] por|(?:enviad[oa]|cread[oa]|hech[oa]|publicad[oa]) (?:con|vía|mediante)) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:plataforma|correo|e-?mail|newsletters?|boletines)))"},
  {C::footer, L::it, false,
   R"(^(?:realizzat[oa]|inviat[oa]|creat[oa]|pubblicat[oa]) (?:con|tramite|via) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:piattaforma|e-?mail|newsletter|editoria)))"},
  {C::footer, L::nl, false,
   R"(^(?:verzonden|gemaakt|verstuurd|gepubliceerd) (?:met|via) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:platform|e-?mail|nieuwsbrieven|nieuwsbrief|uitgeven)))"},
  {C::footer, L::pt, false,
   R"(^(?:enviad[oa]|feit[oa]|criad[oa]|publicad[oa]) (?:com|via) [\pL\pN][\pL\pN.-]*(?: [\pL\pN][\pL\pN.-]*){0,2}(?:\W*$|\. |, [^.!?]{0,40}(?:plataforma|e-?mail|newsletters?|publicação)))"},

  // The path through a platform's app or account menus to the mail
  // settings ("Settings > Notifications"), given in its footer.
  {C::footer, L::en, false, R"(\b(?:settings|profile|account|preferences) ?> ?(?:notifications|emails?|email settings|newsletters)\b)"},
  {C::footer, L::de, false, R"(\b(?:einstellungen|profil|konto) ?> ?(?:benachrichtigungen|e-mails?|e-mail-einstellungen|newsletter)\b)"},
  {C::footer, L::fr, false, R"(\b(?:paramètres|profil|compte|réglages) ?> ?(?:notifications|e-mails?|newsletters?)\b)"},
  {C::footer, L::es, false, R"(\b(?:ajustes|configuración|perfil|cuenta) ?> ?(?:notificaciones|correos?|e-mails?)\b)"},
  {C::footer, L::it, false, R"(\b(?:impostazioni|profilo|account) ?> ?(?:notifiche|e-mail|email|newsletter)\b)"},
  {C::footer, L::nl, false, R"(\b(?:instellingen|profiel|account) ?> ?(?:meldingen|notificaties|e-mails?)\b)"},
  {C::footer, L::pt, false, R"(\b(?:definições|configurações|perfil|conta) ?> ?(?:notificações|e-mails?))"},

  // The mailing service named in the sentence that says it sent the mail.
  {C::footer, L::en, false, R"(^this (?:email|e-mail|message|newsletter) was (?:sent|delivered|created) (?:with|via|using) [\pL\pN.-]+\W*$)"},
  {C::footer, L::de, false, R"(^diese[rs]? (?:e-mail|mail|nachricht|newsletter) wurde (?:mit|über|via) [\pL\pN.-]+ (?:versendet|verschickt|erstellt|gesendet)\W*$)"},
  {C::footer, L::fr, false, R"(^(?:cet|ce) (?:e-mail|email|message|courriel) a été (?:envoyé|créé) (?:avec|via|par) [\pL\pN.-]+\W*$)"},
  {C::footer, L::es, false, R"(^este (?:correo|email|e-mail|mensaje|boletín) (?:fue|ha sido) (?:enviado|creado) (?:con|vía|mediante|por) [\pL\pN.-]+\W*$)"},
  {C::footer, L::it, false, R"(^questa (?:e-mail|email|mail|newsletter) è stata (?:inviata|creata) (?:con|tramite|via) [\pL\pN.-]+\W*$)"},
  {C::footer, L::nl, false, R"(^deze (?:e-mail|mail|nieuwsbrief) is (?:verzonden|verstuurd|gemaakt) (?:met|via) [\pL\pN.-]+\W*$)"},
  {C::footer, L::pt, false, R"(^este (?:e-mail|email) foi (?:enviado|criado) (?:com|via|pel[oa]) [\pL\pN.-]+\W*$)"},

  // ---- view online ---------------------------------------------------------------------
  {C::view_online, L::en, false,
   R"(view (?:it |this )?(?:in|on) (?:your |a |the )?(?:browser|web)|view (?:this )?(?:email|e-mail|issue|newsletter) online|)"
   R"(view online|read online|web version|online version|open in (?:your )?browser|)"
   R"((?:is|does) not display(?:ing)? (?:correctly|properly)|(?:doesn't|does not|isn't|won't) display (?:correctly|properly)|)"
   R"((?:having )?trouble (?:viewing|reading|seeing)|(?:can't|cannot) see the (?:images|pictures)|)"
   R"(open (?:this|the) (?:issue|email|e-mail|newsletter) (?:on|in) (?:the web|our (?:website|site)|your browser|a browser)|)"
   R"((?:view|open|read) (?:it |this )?in (?:the|our) app\b|)"
   R"(you (?:can't|cannot) (?:see|read|view) this (?:email|e-mail|message) (?:properly|correctly))"
   R"(|you have (?:a )?new message (?:from|in)|(?:view|read|open) (?:the|this) (?:full )?message (?:[^.:]{0,30} )?in the app)"
   R"(|prefer to listen\b|(?:listen to|hear) this (?:newsletter|issue|email|edition)\b|(?:this|the) (?:newsletter|issue|email) read aloud)"
   R"(|(?:the )?(?:formatted|html|designed) version (?:is|lives) (?:at|here|online)|(?:reading|read) this in a (?:text-only|plain-text) (?:client|reader|inbox|mail))"
   R"(|(?:read|open|view) (?:it |this |this (?:email|e-mail|issue|newsletter|letter|edition|update|briefing|bulletin|alert|digest|report) )?in (?:your |a )?(?:web )?browser)"},
  {C::view_online, L::de, false,
   R"(im (?:web)?browser (?:ansehen|anzeigen|öffnen|lesen)|online (?:ansehen|anzeigen|lesen)|webversion|web-version|online-version|)"
   R"(nicht (?:richtig|korrekt|optimal|einwandfrei) (?:dargestellt|angezeigt)|darstellungsprobleme|)"
   R"(probleme mit der darstellung|(?:zur|die) online-ansicht|onlineansicht|webansicht|browseransicht|)"
   R"(nicht (?:richtig|korrekt|einwandfrei|optimal|vollständig|gut) (?:zu lesen|lesbar)|(?:bilder|grafiken) werden nicht angezeigt|)"
   R"((?:in der app|als blätterkatalog|als e-paper) (?:lesen|ansehen|öffnen)|)"
   R"((?:können sie|kannst du) (?:diese|den) (?:e-mail|mail|newsletter) nicht (?:richtig |korrekt )?(?:lesen|sehen))"
   R"(|(?:sie haben|du hast) eine neue nachricht|(?:die|diese) nachricht (?:[^.:]{0,30} )?in der app (?:ansehen|öffnen|lesen))"
   R"(|lieber (?:hören|zuhören)\?|(?:diesen|den) newsletter (?:anhören|vorlesen lassen|als audio)|diese ausgabe (?:zum )?(?:anhören|vorlesen lassen))"
   R"(|(?:die )?(?:formatierte|gestaltete) (?:version|fassung) (?:gibt es|findest|finden sie|steht|liegt)|(?:e-mail-programm|mailprogramm) (?:zeigt )?nur text)"
   R"(|in (?:ihrem|deinem) (?:web)?browser (?:ansehen|anzeigen|öffnen|lesen)|(?:dieses (?:update|briefing|bulletin)|diese (?:ausgabe|mitteilung)) (?:im|in (?:ihrem|deinem)) (?:web)?browser)"},
  {C::view_online, L::fr, false,
   R"(voir (?:la )?version (?:en ligne|web|navigateur)|version en ligne|version web|)"
   R"((?:afficher|voir|lire|ouvrir) (?:ce message |cet e-mail |cet email )?dans (?:votre|le|ton) navigateur|)"
   R"(ne s'affiche pas (?:correctement|bien)|s'affiche mal|problème d'affichage|retrouvez-l[ea] (?:en ligne|sur (?:notre|le) site|sur https?:)|)"
   R"((?:si )?vous (?:ne parvenez pas|n'arrivez pas) à (?:lire|voir|visualiser|afficher) (?:ce|cet|cette|la|le|les)|)"
   R"(consultez-l[ea] (?:en ligne|sur (?:notre|le) site|dans (?:votre|le) navigateur)|)"
   R"((?:lire|ouvrir|voir) dans l'app(?:li(?:cation)?)?\b|version feuilletable|)"
   R"(vous ne (?:visualisez|voyez) pas (?:correctement|bien) (?:ce|cet|cette))"
   R"(|vous avez (?:reçu )?un nouveau message|(?:voir|lire|ouvrir) (?:le|ce) message (?:[^.:]{0,30} )?dans l'app)"
   R"(|(?:vous )?préférez écouter|(?:écoutez|écoute) cette (?:lettre|newsletter|édition)|version audio de cette (?:lettre|newsletter|édition))"
   R"(|(?:la )?version (?:mise en forme|mise en page|html) (?:est|se trouve)|(?:messagerie|logiciel de messagerie) en (?:mode )?texte (?:brut|seul))"
   R"(|(?:lire|ouvrir|afficher) (?:cette (?:lettre|newsletter|édition|alerte|mise à jour) |ce (?:bulletin|point|briefing) )?dans (?:votre|le|ton) navigateur)"},
  {C::view_online, L::es, false,
   R"(ver (?:en|en el|en tu|en su) navegador|abrir en (?:el|tu|su) navegador|versión (?:web|online|en línea)|)"
   R"(ver (?:este )?(?:correo|email|mensaje|boletín) en (?:línea|la web)|)"
   R"(no se (?:ve|visualiza|muestra) correctamente|si no (?:puedes|puede) ver (?:este|correctamente|bien)|)"
   R"(no (?:ves|puedes ver|consigues ver) bien (?:este|esta|el|la)|ábrel[oa] en (?:la web|tu navegador|el navegador)|)"
   R"((?:leer|abrir|ver) en la app\b|versión (?:hojeable|para hojear)|)"
   R"(si no (?:visualizas|ves|consigues ver|puedes visualizar) (?:correctamente|bien) (?:este|esta|el|la))"
   R"(|tienes un (?:nuevo )?mensaje (?:nuevo )?(?:de|en)|(?:ver|lee|leer|abre|abrir) el mensaje (?:[^.:]{0,30} )?en la app)"
   R"(|(?:prefieres|prefiere) escuchar|(?:escucha|escuche) (?:este|esta) (?:boletín|newsletter|edición)|versión en audio de (?:este|esta) (?:boletín|newsletter|edición))"
   R"(|(?:la )?versión (?:con formato|maquetada|html) (?:está|la tienes|se encuentra)|(?:cliente|gestor) de correo (?:de|en) (?:solo )?texto)"
   R"(|(?:leer|lee|lea|abre|abrir|ver|vea) (?:este (?:correo|boletín|mensaje|informe|resumen) |esta (?:newsletter|edición|actualización|alerta) )?en (?:tu|su|el) navegador)"},
  {C::view_online, L::it, false,
   R"(visualizza (?:nel|sul|nel tuo) (?:browser|web)|apri (?:nel|sul) browser|versione (?:online|web)|)"
   R"(leggi (?:online|sul web|nel browser)|non (?:si )?visualizz\w* correttamente|se non riesci a (?:leggere|visualizzare)|)"
   R"(versione sfogliabile|(?:leggi|apri) nell'app\b|)"
   R"(non riesci a (?:visualizzare|leggere|vedere) (?:correttamente |bene )?(?:questa|la|il))"
   R"(|hai (?:ricevuto )?un nuovo messaggio|(?:visualizza|leggi|apri) il messaggio (?:[^.:]{0,30} )?nell'app)"
   R"(|preferisci ascoltar|(?:ascolta|ascolti) questa (?:newsletter|edizione)|versione audio di questa (?:newsletter|edizione))"
   R"(|(?:la )?versione (?:formattata|impaginata|html) (?:è|si trova|la trovi)|(?:client|programma) di posta (?:di |in )?solo testo)"
   R"(|(?:leggi|apri|visualizza) (?:questa (?:email|e-mail|newsletter|edizione|alert) |questo (?:aggiornamento|bollettino|messaggio) )?nel (?:tuo )?browser)"},
  {C::view_online, L::nl, false,
   R"(bekijk (?:deze (?:e-mail|email|mail|nieuwsbrief) )?(?:in (?:je|uw|de) browser|online)|online bekijken|)"
   R"(webversie|online versie|in (?:je|uw) browser bekijken|niet (?:goed|juist|correct) (?:weergegeven|getoond)|lees online|)"
   R"(lukt het niet om (?:deze|de|dit) (?:e-mail|mail|nieuwsbrief|bericht) (?:goed )?te (?:lezen|bekijken)|)"
   R"((?:bekijk|lees|open) (?:dit |deze )?in de app\b|bladerversie|)"
   R"((?:kun je|kunt u) (?:deze|de) (?:e-mail|mail|nieuwsbrief) niet (?:goed )?(?:lezen|zien|bekijken))"
   R"(|(?:je hebt|u heeft) een nieuw bericht|bekijk (?:het|dit) (?:volledige )?bericht (?:[^.:]{0,30} )?in de app)"
   R"(|liever (?:luisteren|horen)\?|(?:luister naar|beluister) deze (?:nieuwsbrief|editie|mail)|(?:laat )?deze nieuwsbrief voorlezen)"
   R"(|(?:de )?(?:opgemaakte versie|html-versie) (?:staat|vind|is te)|(?:mailprogramma|e-mailprogramma) (?:dat )?alleen tekst)"
   R"(|(?:lees|open|bekijk) (?:deze (?:e-mail|mail|nieuwsbrief|update|editie|briefing) )?in (?:je|uw|de) browser)"},
  {C::view_online, L::pt, false,
   R"((?:ver|visualizar|abrir) (?:no|em seu|no seu|em) navegador|versão (?:online|web|no navegador)|)"
   R"(não (?:está )?(?:sendo )?exibid[oa] corretamente|se não conseguir (?:visualizar|ver|ler)|)"
   R"(caso não (?:consiga|esteja conseguindo) (?:visualizar|ver|ler)|)"
   R"((?:ler|abrir|ver) no app\b|(?:ler|abrir|ver) na app\b|versão folheável|)"
   R"(não (?:consegue|consegues|está conseguindo) (?:ver|ler|visualizar) (?:corretamente |bem )?(?:esta|este|a|o)|(?:está|estás) com dificuldade (?:para|em) (?:ler|ver))"
   R"(|(?:você tem|tem) uma nova mensagem|(?:veja|ver|abra|leia) a mensagem (?:[^.:]{0,30} )?n[oa] (?:app|aplicativo))"
   R"(|prefere ouvir|(?:ouça|ouve|escute) (?:esta|essa) (?:newsletter|edição)|versão em áudio (?:desta|dessa) (?:newsletter|edição))"
   R"(|(?:a )?versão (?:formatada|html|com formatação) (?:está|fica|encontra-se)|(?:cliente|programa) de (?:e-mail|correio) (?:só de |apenas )?texto)"
   R"(|(?:ler|leia|abra|veja) (?:este (?:e-mail|email|boletim|informe) |esta (?:newsletter|mensagem|atualização|edição) )?(?:no|em seu|no seu|em) navegador)"},

  // The issue's web edition offered as where to read it ("Open the web
  // edition", "Zur Webausgabe"), and a reader told they may be reading it
  // in a browser already.
  {C::view_online, L::en, false,
   R"((?:open|read|see|view) (?:the|our) web edition\b|reading this in a browser(?: tab| window)? already)"},
  {C::view_online, L::de, false,
   R"((?:zur|die) webausgabe(?: öffnen| lesen)?\b|(?:lesen sie|liest du) (?:diese ausgabe|das) (?:schon|bereits) im browser)"},
  {C::view_online, L::fr, false,
   R"((?:ouvrir|lire|voir|consulter) l'édition web(?:[^\pL\pN]|$)|vous (?:lisez|lisiez) (?:déjà )?(?:ceci|cette lettre) dans (?:un|votre) navigateur)"},
  {C::view_online, L::es, false,
   R"((?:abrir|abre|leer|lee|ver) la edición web\b|(?:ya )?(?:estás|está) leyendo esto en (?:el|un|tu|su) navegador)"},
  {C::view_online, L::it, false,
   R"((?:apri|aprire|leggi|leggere) l'edizione web\b|(?:stai|sta) (?:già )?leggendo (?:questa|questo) (?:email|newsletter|messaggio)? ?nel browser)"},
  {C::view_online, L::nl, false,
   R"((?:open|lees|bekijk) de webeditie\b|lees je dit (?:al )?in (?:je|een) browser)"},
  {C::view_online, L::pt, false,
   R"((?:abr(?:a|ir)|le(?:ia|r)|ver) a edição web\b|(?:já )?(?:está|estás) a ler (?:isto|esta newsletter) no (?:navegador|browser))"},

  // The whole letter offered to read online by the verb a sender of that
  // language uses for it ("Consulter cette lettre en ligne", "Read this
  // newsletter online"), named as this letter, issue or edition.
  {C::view_online, L::en, false,
   R"(\b(?:read|see|consult|open) this (?:email|e-mail|letter|newsletter|issue|edition|briefing|bulletin) online\b)"},
  {C::view_online, L::de, false,
   R"(\b(?:diese[nrs]? )(?:e-mail|mail|brief|newsletter|ausgabe|rundbrief|briefing) online (?:lesen|ansehen|anzeigen|öffnen|aufrufen)\b)"},
  {C::view_online, L::fr, false,
   R"(\b(?:consulter|consultez|consulte|lire|lisez|ouvrir|voir|voyez) (?:cette (?:lettre|newsletter|édition|infolettre)|ce (?:numéro|courriel|message|bulletin)|cet e-?mail) en ligne\b)"},
  {C::view_online, L::es, false,
   R"(\b(?:consulta|consultar|consulte|lee|leer|lea|abre|abrir|ver|vea) (?:este (?:correo|email|boletín|número|mensaje)|esta (?:newsletter|edición|carta)) (?:en línea|online|en la web)\b)"},
  {C::view_online, L::it, false,
   R"(\b(?:consulta|consultare|leggi|leggere|apri|aprire|guarda|vedi) (?:questa (?:newsletter|email|e-mail|lettera|edizione)|questo (?:numero|messaggio|bollettino)) (?:online|sul web)\b)"},
  {C::view_online, L::nl, false,
   R"(\b(?:bekijk|lees|raadpleeg|open) (?:deze (?:nieuwsbrief|e-mail|mail|editie|brief)|dit (?:nummer|bericht)) (?:online|op de website)\b)"},
  {C::view_online, L::pt, false,
   R"(\b(?:consulte|consultar|leia|ler|abra|abrir|veja|ver) (?:esta (?:newsletter|edição|carta|mensagem)|este (?:e-mail|email|boletim|número)) (?:online|na web|no site)\b)"},

  // A hosted platform's notice above the post it mails ("New post from
  // the letter on the platform") and its links to read the post on the
  // web or in the platform's own app, named by the platform.
  {C::view_online, L::en, false,
   R"(^new (?:post|episode|article) (?:from|by) [^.!?]{1,60} on [\pL-]+$|^(?:read|view|open) (?:this (?:post|issue|story|article|episode) )?on the web\b|^(?:view|open|read|listen) (?:it |this (?:post|issue|episode) )?in the [\pL-]+ app\b)"},
  {C::view_online, L::de, false,
   R"(^neue[rs]? (?:beitrag|post|folge|artikel) von [^.!?]{1,60} (?:auf|bei) [\pL-]+$|^(?:(?:diesen|den) (?:beitrag|artikel|post|text) )?im web (?:lesen|ansehen|anzeigen|öffnen)(?:[^\pL\pN]|$)|^in der [\pL-]+-app (?:lesen|ansehen|öffnen|anzeigen|anhören)\b)"},
  {C::view_online, L::fr, false,
   R"(^nouv(?:eau|el|elle) (?:article|post|publication|épisode) de [^.!?]{1,60} sur [\pL-]+$|^(?:lire|voir|consulter) (?:cet article |ce (?:numéro|billet|post) )?sur le web\b|^(?:lire|voir|ouvrir|écouter) dans l'app(?:li(?:cation)?)? [\pL-]+)"},
  {C::view_online, L::es, false,
   R"(^nuev[oa] (?:publicación|post|artículo|episodio) de [^.!?]{1,60} en [\pL-]+$|^(?:leer|ver|abrir) (?:este (?:artículo|post|número) |esta (?:publicación|edición) )?en la web\b|^(?:leer|ver|abrir|escuchar) en la app de [\pL-]+)"},
  {C::view_online, L::it, false,
   R"(^nuov[oa] (?:post|articolo|pubblicazione|puntata|episodio) di [^.!?]{1,60} su [\pL-]+$|^(?:leggi|visualizza|apri) (?:questo (?:post|articolo|numero) )?sul web\b|^(?:leggi|visualizza|apri|ascolta) nell'app [\pL-]+)"},
  {C::view_online, L::nl, false,
   R"(^nieuwe? (?:bericht|post|artikel|aflevering) van [^.!?]{1,60} op [\pL-]+$|^(?:lees|bekijk|open) (?:dit (?:bericht|artikel|stuk) |deze (?:post|editie) )?op het web\b|^(?:lees|bekijk|open|beluister) in de [\pL-]+-app\b)"},
  {C::view_online, L::pt, false,
   R"(^nov[oa] (?:post|publicação|artigo|episódio) de [^.!?]{1,60} n[oa] [\pL-]+$|^(?:ler|ver|abrir) (?:este (?:artigo|post) |esta (?:publicação|edição) )?na web\b|^(?:ler|ver|abrir|ouvir) no app (?:d[oa] )?[\pL-]+)"},

  // The web-view link worded as an invitation to read the letter on the
  // sender's own website rather than in a browser.
  {C::view_online, L::en, false, R"(^(?:read|view) (?:this|the) (?:newsletter|email|e-mail|issue|letter|bulletin) on our (?:website|web ?site|site)\W*$)"},
  {C::view_online, L::de, false, R"(^(?:(?:lesen sie|lies) (?:diesen newsletter|diese (?:e-mail|mail|ausgabe)) auf unserer (?:website|webseite|internetseite|seite)|(?:diesen newsletter|diese (?:e-mail|ausgabe)) auf unserer (?:website|webseite|internetseite) lesen)\W*$)"},
  {C::view_online, L::fr, false, R"(^(?:lire|lisez|lis|consultez|consulter) cette (?:lettre|newsletter|infolettre|édition) sur notre site(?: (?:web|internet))?\W*$)"},
  {C::view_online, L::es, false, R"(^(?:lee|lea|leer|consulta) este (?:boletín|correo|newsletter|número) en nuestr[ao] (?:web|sitio web|página web|página)\W*$)"},
  {C::view_online, L::it, false, R"(^(?:leggi|leggere|consulta) (?:questa|la) (?:newsletter|email|e-mail|lettera) sul nostro sito(?: web| internet)?\W*$)"},
  {C::view_online, L::nl, false, R"(^(?:lees|bekijk) deze (?:nieuwsbrief|e-mail|mail|editie) op onze (?:website|site)\W*$)"},
  {C::view_online, L::pt, false, R"(^(?:leia|ler|lê|consulte) esta (?:newsletter|mensagem|edição) no nosso (?:site|sítio)(?: web| na internet)?\W*$)"},

  // The same link with no platform named: open the post in the app.
  {C::view_online, L::en, false, R"(^(?:open|read|view) (?:this (?:post|issue) )?in (?:the )?app\W*$)"},
  {C::view_online, L::de, false, R"(^in der app (?:öffnen|lesen|ansehen)\W*$)"},
  {C::view_online, L::fr, false, R"(^(?:ouvrir|lire|voir) dans l'app(?:li(?:cation)?)?\W*$)"},
  {C::view_online, L::es, false, R"(^(?:abrir|leer|ver) en la (?:app|aplicación)\W*$)"},
  {C::view_online, L::it, false, R"(^(?:apri|leggi|visualizza) nell'app\W*$)"},
  {C::view_online, L::nl, false, R"(^(?:open|lees|bekijk) in de app\W*$)"},
  {C::view_online, L::pt, false, R"(^(?:abrir|ler|ver) na (?:app|aplicação)\W*$)"},

  // ---- forwarded -----------------------------------------------------------------------
  // The question that opens a pass-it-on line: does the reader know
  // someone the letter would suit ("Know someone who'd like this?").
  {C::forwarded, L::en, false,
   R"(\b(?:do you )?know (?:someone|anyone|a friend|a colleague|friends) who(?:'d| would| might)? (?:like|enjoy|love|benefit from|appreciate) (?:this|these|our) (?:newsletter|e-?mail|issue|letter|tips|bulletin|updates)\b)"},
  {C::forwarded, L::de, false,
   R"(\bkenn(?:en sie|st du) (?:jemanden|freunde|kolleg\pL*),? (?:de[mnr]|die) (?:dieser|diese|unser) (?:newsletter|ausgabe|brief))"},
  {C::forwarded, L::fr, false,
   R"(\b(?:vous connaissez|tu connais|connaissez-vous) (?:quelqu'un|des amis|un ami|une amie|un collègue) (?:qui|à qui|que) (?:cette|notre) (?:lettre|newsletter))"},
  {C::forwarded, L::es, false,
   R"(\b(?:conoces|conoce) a (?:alguien|algún amigo|algún colega) (?:a quien|al que|que) (?:le )?(?:podría |pueda )?(?:interesar|gustar|interese|guste) (?:este|nuestro) (?:boletín|newsletter))"},
  {C::forwarded, L::it, false,
   R"(\bconosci (?:qualcuno|un amico|un'amica|un collega) (?:a cui|che) (?:potrebbe )?(?:interessare|piacere|interessa|piace) (?:questa|la nostra) newsletter)"},
  {C::forwarded, L::nl, false,
   R"(\bken (?:je|jij|u) (?:iemand|vrienden|collega's) die (?:deze|onze) nieuwsbrief (?:ook )?(?:leuk|interessant))"},
  {C::forwarded, L::pt, false,
   R"(\bconhece(?:s)? (?:alguém|algum amigo|algum colega) (?:a quem|que) (?:esta|a nossa|nossa) (?:newsletter|boletim))"},
  {C::forwarded, L::en, false,
   R"(forwarded (?:this|to you)|forwarded by a friend|(?:did )?someone forward|a friend forward|)"
   R"((?:get|want) your own copy|sign up for your own|not (?:yet )?(?:a subscriber|subscribed)\?)"},
  {C::forwarded, L::de, false,
   R"(weitergeleitet (?:bekommen|worden)|(?:wurde|hat) (?:dir|ihnen|euch) .{0,40}weitergeleitet|)"
   R"(noch kein(?:e)? (?:abonnent|abonnentin|leser)|noch nicht abonniert|noch nicht angemeldet)"},
  {C::forwarded, L::fr, false,
   R"(vous a (?:été )?transféré|t'a (?:été )?transféré|transféré par un(?:e)? ami|)"
   R"((?:vous|t') a (?:été )?transmise?|transmise? par un(?:e)? (?:ami|amie|collègue|proche)|)"
   R"(pas encore abonné|pas encore inscrit|recevoir (?:votre|ta) propre)"},
  {C::forwarded, L::es, false,
   R"(te (?:lo |la )?(?:han |ha )?(?:reenviado|pasado)|te reenvió|te (?:lo |la )?reenviaron|alguien te (?:reenvió|pasó)|reenviado por un amigo|)"
   R"(aún no (?:estás|te has) suscrit|todavía no (?:estás|te has) suscrit|aún no eres suscriptor)"},
  {C::forwarded, L::it, false,
   R"(ti è stat[ao] (?:inoltrat|girat)|ti hanno (?:inoltrato|girato)|ti ha (?:inoltrato|girato|passato) (?:questa|questo)|(?:inoltrat|girat)[ao] da un amico|non sei ancora iscritt)"},
  {C::forwarded, L::nl, false,
   R"(doorgestuurd gekregen|(?:je|u) (?:is )?doorgestuurd|heeft iemand (?:je|u) .{0,30}doorgestuurd|)"
   R"(nog geen abonnee|nog niet ingeschreven|nog niet geabonneerd)"},
  {C::forwarded, L::pt, false,
   R"(encaminhou (?:para você|este|esta)|(?:alguém|um amigo) (?:te |lhe )?encaminhou|(?:te|lhe) encaminharam|recebeu (?:este|esta) .{0,30}encaminhad|)"
   R"(ainda não (?:é|és) (?:assinante|subscritor|inscrito)|ainda não (?:se )?inscreveu)"},

  // The forward prompt that names the one to send it to ("Know someone
  // who would find this useful? Forward them this email").
  {C::forwarded, L::en, false, R"(\bforward (?:them|him|her|it to them) (?:this|the) (?:email|e-mail|newsletter|issue|letter)\b)"},
  {C::forwarded, L::de, false, R"(\bleite(?:n sie)? (?:ihm|ihr|ihnen) (?:diese|den|dieses) (?:e-mail|newsletter|ausgabe|mailing) weiter\b)"},
  {C::forwarded, L::fr, false, R"(\btransférez-(?:lui|leur) (?:cet|ce|cette) (?:e-mail|email|message|lettre|newsletter)\b)"},
  {C::forwarded, L::es, false, R"(\breenvía(?:le|les|selo) (?:este|esta) (?:correo|email|boletín|newsletter)\b)"},
  {C::forwarded, L::it, false, R"(\binoltra(?:gli|le|glielo|gliela) (?:questa|questo) (?:e-mail|email|newsletter|messaggio)\b)"},
  {C::forwarded, L::nl, false, R"(\bstuur (?:hem|haar|hen|ze) (?:deze|de) (?:e-mail|mail|nieuwsbrief) door\b)"},
  {C::forwarded, L::pt, false, R"(\b(?:re)?encaminhe-lhe(?:s)? (?:este|esta) (?:e-mail|email|newsletter|mensagem)\b)"},
  // The plea to pass the issue on as a favour to a friend, and the line
  // that the friend can have a copy of their own ("Friends can get their
  // own free copy every weekday at ...").
  {C::forwarded, L::en, false,
   R"(\bdo (?:a friend|a colleague|someone) a favou?r (?:and|by) (?:forward|pass|send)|\b(?:friends|colleagues|they) can (?:get|have|receive) their own (?:free )?(?:copy|subscription)\b)"},
  {C::forwarded, L::de, false,
   R"(\btu(?:n sie)? (?:einem|einer) (?:freund|freundin|kollegen|kollegin|bekannten) einen gefallen und leite|\b(?:freunde|kollegen|kolleginnen) (?:können|erhalten) (?:ihr|ihre) eigenes? (?:kostenloses? )?(?:exemplar|ausgabe|abo)\b)"},
  {C::forwarded, L::fr, false,
   R"(\bfaites plaisir à (?:un ami|une amie|un collègue|une collègue) (?:en|et) (?:lui )?transf[ée]r|\b(?:vos|tes) (?:amis|collègues) peuvent recevoir leur propre (?:exemplaire|copie|abonnement)\b)"},
  {C::forwarded, L::es, false,
   R"(\bhaz(?:le)? un favor a (?:un amigo|una amiga|un colega) y reenv[ií]a|\b(?:tus|sus) (?:amigos|colegas) pueden recibir su propi[ao] (?:copia|ejemplar|suscripción)\b)"},
  {C::forwarded, L::it, false,
   R"(\bfai un favore a (?:un amico|un'amica|un collega) e inoltra|\bi (?:tuoi|vostri) (?:amici|colleghi) possono ricevere (?:la|una) (?:loro )?copia\b)"},
  {C::forwarded, L::nl, false,
   R"(\bdoe (?:een vriend|een vriendin|een collega) een plezier en stuur|\b(?:vrienden|collega's) kunnen (?:hun|een) eigen (?:gratis )?(?:exemplaar|abonnement)\b)"},
  {C::forwarded, L::pt, false,
   R"(\bfaça um favor a (?:um amigo|uma amiga|um colega) e (?:re)?encaminhe|\b(?:os seus|seus|teus) (?:amigos|colegas) podem receber (?:a sua|sua) própria (?:cópia|edição|assinatura)\b)"},
  // ---- imprint, legal notices, disclaimers -------------------------------------------------
  // The data notice under a markets letter's table of prices: that the
  // quotes shown run some minutes behind the exchange. The subject is the
  // prices or the data, so a report of a train or a flight held up so
  // many minutes is not one.
  {C::imprint, L::en, false,
   R"(\b(?:prices|quotes|quotations|market data|data|figures) (?:may be |are |is |can be )?delayed (?:by )?(?:at least |up to |a minimum of )?\d+ min)"},
  {C::imprint, L::de, false,
   R"(\b(?:kurse|kursdaten|marktdaten|daten|notierungen) (?:sind |werden |können )?(?:um )?(?:mindestens |bis zu )?\d+ minuten (?:zeit)?verzögert|\b(?:kurse|kursdaten|marktdaten|notierungen) (?:mit|in) (?:einer )?(?:zeit)?verzögerung von (?:mindestens |bis zu )?\d+ minuten)"},
  {C::imprint, L::fr, false,
   R"(\b(?:cours|cotations|données(?: de marché| boursières)?) (?:sont |peuvent être )?différé(?:e|s|es)? (?:d'au moins |de |d'environ )?\d+ min|\b(?:cours|cotations|données(?: de marché| boursières)?) (?:avec un |en )?(?:différé|retard) (?:d'au moins |de )?\d+ min)"},
  {C::imprint, L::es, false,
   R"(\b(?:cotizaciones|precios|datos(?: de mercado)?) (?:pueden tener |tienen |con )?(?:un )?retraso de (?:al menos |hasta |como mínimo )?\d+ min|\b(?:cotizaciones|precios|datos(?: de mercado)?) (?:son |están )?diferid(?:o|a)s? (?:al menos |hasta )?\d+ min)"},
  {C::imprint, L::it, false,
   R"(\b(?:quotazioni|prezzi|dati(?: di mercato)?) (?:sono |possono essere )?differit(?:i|e) (?:di )?(?:almeno |fino a )?\d+ min|\b(?:quotazioni|prezzi|dati(?: di mercato)?) (?:con un |hanno un |in )?ritardo (?:di )?(?:almeno |fino a )?\d+ min)"},
  {C::imprint, L::nl, false,
   R"(\b(?:koersen|prijzen|marktgegevens|gegevens) (?:zijn |worden |kunnen )?(?:ten minste |minimaal |tot )?\d+ minuten vertraagd|\b(?:koersen|marktgegevens|gegevens) (?:met|hebben) een vertraging van (?:ten minste |minimaal |tot )?\d+ min)"},
  {C::imprint, L::pt, false,
   R"(\b(?:cotações|preços|dados(?: de mercado)?) (?:podem ter |têm |com )?(?:um )?atraso de (?:pelo menos |até |no mínimo )?\d+ min|\b(?:cotações|preços|dados(?: de mercado)?) (?:são |estão )?diferid(?:o|a)s? (?:em )?(?:pelo menos |até )?\d+ min)"},
  // The small print of a premium-rate text service: that it is a
  // subscription running until the reader texts STOP, and that the
  // network's own charge comes on top of the price.
  {C::imprint, L::en, false,
   R"(\bthis is a subscription service\b|\b(?:your )?(?:standard|normal) network (?:charges?|rates?) (?:for|apply|applies|per)\b|\buntil you (?:send|text|reply) stop\b)"},
  {C::imprint, L::de, false,
   R"(\bdies ist ein (?:abo|abonnement)(?:-?dienst|-?service)?\b|\bzzgl\.? (?:der )?(?:üblichen )?(?:sms-|transport|verbindungs)?(?:kosten|gebühren) (?:ihres|deines|des) (?:netzbetreibers|mobilfunkanbieters)|\bbis (?:du|sie) stop (?:an|per sms|sendest|senden)\b)"},
  {C::imprint, L::fr, false,
   R"(\bceci est un service (?:par |d')abonnement\b|\b(?:hors|\+) (?:le )?coût d'un sms (?:standard|normal|non surtaxé)|\bjusqu'à (?:l'envoi de|ce que vous envoyiez|ce que tu envoies) stop\b)"},
  {C::imprint, L::es, false,
   R"(\beste es un servicio de suscripción\b|\b(?:más|\+) (?:el )?(?:coste|costo) (?:del|de un) sms (?:estándar|normal)|\bhasta que (?:envíes|envíe|mandes|mande) (?:baja|stop)\b)"},
  {C::imprint, L::it, false,
   R"(\bquesto è un servizio in abbonamento\b|\bcosto (?:dell'|di un )?sms (?:secondo|in base al) (?:il )?(?:proprio|tuo) (?:piano tariffario|operatore)|\bfino all'invio (?:di|del messaggio) stop\b)"},
  {C::imprint, L::nl, false,
   R"(\bdit is een (?:abonnements?dienst|abonnement)\b|\b(?:normale|standaard) sms-kosten\b|\btot (?:je|u) stop (?:stuurt|sms't|smst)\b)"},
  {C::imprint, L::pt, false,
   R"(\beste é um serviço de (?:subscrição|assinatura)\b|\b(?:custo|tarifa) (?:normal|standard) (?:de sms|da (?:sua |tua )?operadora)|\baté (?:enviar(?:es)?|mandar) (?:stop|sair)\b)"},
  {C::imprint, L::en, false,
   R"(this e-?mail and any (?:files|attachments)|(?:is|are) confidential and may be (?:legally )?privileged|intended (?:solely )?for the (?:use of the )?(?:intended|named|individual)|not necessarily (?:shared|endorsed|those of)|(?:views|opinions) expressed (?:are|in)|prices? (?:include|includes|inclusive of) vat|plus (?:shipping|postage)|)"
   R"(all rights reserved|copyright ?(?:©|\(c\)|\d{4})|©|responsible for (?:the )?content|registered office|)"
   R"(company (?:registration|number|no\b)|registered in (?:england|scotland|ireland|the)|our mailing address is|)"
   R"((?:is|does) not (?:constitute )?(?:investment|financial|legal|tax) advice|not financial advice|)"
   R"(past performance|for (?:general )?informational purposes|privacy policy|terms of (?:use|service)|)"
   R"(nothing in (?:this|the|our) (?:newsletter|email|e-mail|issue|message|post)|(?:should|must) not be (?:construed|taken|relied on) as|)"
   R"((?:is|are) not (?:intended as |meant as )?(?:investment|financial|legal|tax)(?:,? (?:or|and) (?:investment|financial|legal|tax))? advice|)"
   R"((?:cannot|can't|may not) be combined with|one (?:code|coupon|voucher|discount) per (?:order|customer|household|person)|)"
   R"(not valid (?:on|with) (?:gift cards|other (?:offers|promotions|discounts))|excludes gift cards|)"
   R"(registered charity|charity (?:no\b|number|registration)|charitable incorporated organi[sz]ation|)"
   R"((?:does|do) not replace (?:professional|personal|financial|legal|medical|tax) advice|)"
   R"((?:commercial )?reproduction rights|reprint (?:rights|permissions?|requests)|syndication (?:rights|requests)|for licensing (?:requests|inquiries|enquiries)|images? for illustration(?: purposes)? only|prices and (?:terms|conditions) (?:are )?valid)"
   R"(|(?:will|would|do|does) never ask (?:you )?(?:for|to (?:share|give|confirm|send)) your (?:password|pin|login|security code|verification code|recovery phrase))"
   R"(|please gamble responsibly|begambleaware|when the fun stops,? stop|18\+ ?(?:only|\.|,|\||t&cs))"
   R"(|this (?:newsletter|bulletin|e-?mail|letter) is (?:a publication of|published by)|no rights (?:can|may) be derived from)"
   R"(|renews (?:automatically at the (?:standard|full)|at the then[- ]current) (?:price|rate))"
   R"(|free (?:standard )?(?:shipping|delivery) on (?:all )?orders (?:over|above|of)\b|free (?:standard )?(?:shipping|delivery) (?:over|above|from) [€$£]?\d)"
   R"(|(?:^|[.!?] )while (?:stocks|supplies) last|(?:offers?|prices?|deals?|promotions?) (?:are )?(?:valid|available|apply)\b[^.!?]*while (?:stocks|supplies) last|images? (?:are )?for illustration(?: purposes)? only)"
   R"(|(?:views|opinions) expressed by|not necessarily reflect|federally insured by (?:the )?ncua|member fdic\b|equal housing (?:lender|opportunity))"
   R"(|(?:apy|apr|aer) (?:is )?(?:accurate|calculated|correct|based) (?:as of|on|for)|annual percentage (?:yield|rate) (?:is )?(?:calculated|based|accurate)|tickets are non-?refundable|(?:booking|service|handling) fees? (?:not included|excluded|extra)|(?:line-?up|programme|program) (?:is )?subject to change)"
   R"(|(?:is|are) (?:not |never )?(?:a |no )?(?:substitute|replacement) for (?:professional |personal )?medical (?:advice|care|diagnosis|treatment)|(?:not )?(?:intended|meant) to replace (?:professional |personal )?medical (?:advice|care|diagnosis|treatment)|(?:does|do) not replace (?:a visit to|a consultation with|the advice of) (?:your|a) (?:doctor|physician|gp|pharmacist))"
   R"(|(?:is|are) not (?:a |no )?(?:substitute|replacement) for (?:the )?(?:advice|care|a diagnosis|treatment) (?:from|of|by) (?:your|a) (?:own )?(?:doctor|physician|gp|pharmacist|health ?care (?:professional|provider)|qualified health (?:professional|provider)))"
   R"(|(?:respects?|values?) your privacy|we (?:do not|don't|will not|won't|will never|never) (?:sell|rent|share|trade|lease|give away)\b[^.!?]*\byour (?:personal |e-?mail |contact )?(?:information|data|details|e-?mail address|address))"
   R"(|without (?:any )?warrant(?:y|ies) of any kind|(?:provided|supplied|distributed) (?:on an )?"?as[- ]is"?|(?:make|makes) no (?:representations? or )?warrant(?:y|ies))"
   R"(|(?:fares|prices|rates|offers?|seats|rooms) (?:are )?subject to availability|check (?:your )?local listings)"
   R"(|mandatory information ?:|(?:food )?supplements? (?:should|must) not be used as a substitute for a (?:varied|balanced)|(?:is|are) not a substitute for a (?:varied|balanced)(?: and (?:varied|balanced))? diet|do not exceed the (?:stated |recommended )?(?:daily )?dose)"
   R"(|may (?:already )?(?:sell out|be sold out) (?:on the first day|quickly|early|in some stores))"},
  {C::imprint, L::de, false,
   R"(^(?:inkl\.|inklusive) (?:der )?(?:gesetzlichen? )?(?:mehrwertsteuer|mwst|ust)|zzgl\. (?:versand|versandkosten)|preise in euro|(?:enthält|enthalten) vertrauliche|nicht (?:zwingend|notwendigerweise) die meinung|)"
   R"(impressum|verantwortlich (?:für den inhalt|i\. ?s\. ?d\.|im sinne)|v\. ?i\. ?s\. ?d\. ?p|handelsregister|)"
   R"(registergericht|amtsgericht(?: [\pL.-]+){1,2}(?:,? (?:hr ?[ab]|vr|pr|gnr) ?\d| ?[·|;]|$)|^amtsgericht\b|ust-?id|umsatzsteuer-id|geschäftsführ\pL*(?: gesellschafter\pL*)? ?:|vertretungsberechtigt|sitz der gesellschaft|)"
   R"(keine anlageberatung|keine (?:rechts|steuer)beratung|haftungsausschluss|datenschutzerklärung|datenschutzhinweis|)"
   R"(alle rechte vorbehalten|keine gewähr|herausgeber ?:|vereinsregister|nicht (?:mit anderen (?:aktionen|rabatten|gutscheinen|angeboten) )?kombinierbar|)"
   R"((?:ein|1) (?:gutschein|code|rabattcode) pro (?:bestellung|kunde|kundin|person|haushalt)|keine barauszahlung|)"
   R"(als gemeinnützig anerkannt|eingetragener verein|(?:ersetzt|ersetzen) keine (?:individuelle |persönliche )?(?:beratung|anlageberatung)|)"
   R"(nachdruck (?:nur|und vervielfältigung|oder vervielfältigung)|abdruckrechte|vervielfältigung nur mit)"
   R"(|(?:werden|wird|fragen|fragt) (?:sie|dich) (?:niemals|nie) (?:nach|um) (?:ihr|dein)(?:em|en|e)? (?:passwort|kennwort|pin|zugangsdaten|tan)|(?:vergangene|frühere) wertentwicklung (?:ist|bietet) kein)"
   R"(|glücksspiel kann süchtig machen|spielteilnahme (?:erst )?ab 18|(?:spielen sie|spiel) verantwortungsvoll)"
   R"(|(?:dieser|der|unser) (?:newsletter|rundbrief|pfarrbrief|infobrief) (?:ist eine (?:publikation|veröffentlichung|ausgabe)|wird herausgegeben) (?:von|der|des)|abbildung(?:en)? ähnlich|keine (?:rechte|rechtsansprüche|ansprüche) (?:abgeleitet|ableiten))"
   R"(|verlängert sich (?:danach )?automatisch zum (?:dann gültigen|regulären) preis)"
   R"(|versandkostenfrei ab\b|(?:kostenloser|gratis) versand ab\b|(?:kostenlose|gratis) lieferung ab\b)"
   R"(|(?:preise|beträge|tarife)(?: [\pL.,]+){0,4} (?:inkl\.|inklusive) (?:der )?(?:gesetzlichen? )?(?:mehrwertsteuer|mwst|ust))"
   R"(|(?:^|[.!?] )solange (?:der )?vorrat reicht|(?:angebote?|preise|aktion(?:en)?) (?:sind |ist )?gültig\b[^.!?]*solange (?:der )?vorrat reicht|abbildungen? (?:ähnlich|kann abweichen|können abweichen)|(?:druckfehler|irrtümer)(?: und (?:druckfehler|irrtümer))? vorbehalten)"
   R"(|geben nicht (?:zwingend |unbedingt |notwendigerweise )?die meinung|dies ist eine werbemitteilung|^werbemitteilung\b)"
   R"(|effektiver jahreszins (?:berechnet|gilt|bei)|berechnet (?:für|auf) (?:ein(?:em|en)? )?(?:guthaben|anlagebetrag|einlage) von|(?:tickets|karten) (?:sind )?(?:vom umtausch ausgeschlossen|nicht erstattbar)|zzgl\. (?:vorverkaufs|system|bearbeitungs)gebühr|programmänderungen vorbehalten)"
   R"(|(?:ersetzt|ersetzen) (?:keine|nicht die) (?:ärztliche|medizinische|fachärztliche)n? (?:beratung|behandlung|untersuchung|diagnose)|(?:ersetzt|ersetzen) (?:keinen|nicht den) (?:arztbesuch|besuch (?:beim|bei ihrem|bei deinem) arzt|ärztlichen rat))"
   R"(|(?:ersetzt|ersetzen) (?:nicht|keinesfalls) (?:den rat|die beratung|die behandlung) (?:ihres|ihrer|deines|deiner|eines|einer) (?:arztes|ärztin|apothekers|apothekerin|hausarztes|hausärztin))"
   R"(|(?:wir )?(?:respektieren|achten) (?:ihre|deine) privatsphäre|(?:wir )?(?:geben|verkaufen|vermieten) (?:ihre|deine) (?:e-mail-adresse|daten|adresse|persönlichen daten)[^.!?]*nicht (?:an dritte )?(?:weiter|ab)|(?:ihre|deine) daten (?:werden )?(?:nicht|niemals|nie) an dritte)"
   R"(|(?:alle angaben )?ohne (?:jede |jegliche )?gewähr|(?:übernehmen|übernimmt) (?:wir )?keine (?:haftung|gewähr)|ohne (?:jegliche )?gewährleistung)"
   R"(|(?:preise|angebote?|tarife|plätze) (?:nur )?(?:nach|je nach) verfügbarkeit)"
   R"(|pflichtangaben ?:|pflichtangaben (?:gemäß|nach|zu)(?:[^\pL\pN]|$)|(?:kein|nicht als) ersatz für eine (?:ausgewogene|abwechslungsreiche)|zu risiken und nebenwirkungen|die angegebene (?:empfohlene )?tägliche verzehrsmenge)"
   R"(|(?:bereits )?am ersten (?:angebots|aktions|verkaufs)tag ausverkauft|(?:kann|können) (?:in einzelnen (?:filialen|märkten) )?(?:schnell |bereits )?ausverkauft sein)"},
  {C::imprint, L::fr, false,
   R"(prix ttc|frais de (?:port|livraison) en sus|(?:est|sont) confidentiel|n\'engagent que (?:leurs|son) auteur|)"
   R"(mentions légales|directeur de (?:la )?publication|responsable de (?:la )?publication|siège social|)"
   R"(rcs [a-z]|siret|capital social|tous droits réservés|politique de confidentialité|données personnelles|)"
   R"(ne constitue pas un conseil|conformément (?:au|à la) (?:rgpd|loi)|éditeur ?:|(?:offre )?non cumulable|)"
   R"(un (?:seul )?(?:code|bon|coupon) par (?:commande|client|foyer|personne)|)"
   R"(association (?:régie par la )?loi (?:de )?1901|reconnue d'utilité publique|ne (?:remplace|remplacent) pas (?:un|une|l'avis d'un) (?:conseil|consultation|professionnel)|)"
   R"(droits de reproduction|reproduction (?:interdite|réservée|soumise)|photos? non contractuelles?|prix et conditions valables)"
   R"(|ne vous (?:demandera(?:ont)?|demandons|demande) jamais (?:votre|vos|de (?:communiquer|transmettre))|les performances passées ne)"
   R"(|jouer comporte des risques|(?:jeux? )?interdits? aux (?:mineurs|moins de 18 ans)\W*$|jouez (?:de manière )?responsable)"
   R"(|(?:cette|la) (?:lettre|newsletter)(?: d'information)? est (?:une publication|éditée|publiée) (?:de|du|des|par)|(?:images?|visuels?) non contractuel(?:le)?s?)"
   R"(|(?:renouvel\pL*|reconduit\pL*) (?:automatiquement|tacitement) au (?:tarif|prix) (?:en vigueur|normal))"
   R"(|livraison (?:gratuite|offerte) (?:dès|à partir de|pour toute commande)|frais de port offerts (?:dès|à partir de))"
   R"(|(?:^|[.!?] )(?:dans la limite des stocks disponibles|jusqu'à épuisement des stocks)|(?:offres?|prix|promotions?) (?:valables?|valides?)\b[^.!?]*(?:dans la limite des stocks disponibles|jusqu'à épuisement des stocks))"
   R"(|n'engagent que (?:leurs?|son|ses) auteurs?|ne reflètent pas nécessairement|un crédit vous engage et doit être remboursé)"
   R"(|calculée? (?:pour |sur la base d')un (?:solde|encours|dépôt|placement) de|taeg (?:fixe )?de \d|billets? ni repris ni échangés|les billets ne sont ni (?:repris|remboursés|échangés)|hors frais de (?:location|réservation|gestion)|programme (?:donné )?sous réserve de modifications?)"
   R"(|ne (?:remplace(?:nt)?|se substitue(?:nt)?) (?:pas|en aucun cas) (?:à )?(?:un |une |l'|les |la |le )?(?:avis|conseils?|consultation|diagnostic|suivi) (?:médica(?:l|le|ux)|d'un (?:médecin|pharmacien|professionnel de santé)))"
   R"(|ne (?:remplace(?:nt)?|se substitue(?:nt)?) (?:pas|en aucun cas) (?:à )?(?:l'avis|les conseils|le conseil|une consultation) (?:de votre|de ton|d'un|du) (?:médecin|pharmacien|professionnel de santé))"
   R"(|(?:nous )?respectons votre vie privée|nous ne (?:vendons|louons|cédons|communiquons|transmettons)[^.!?]*(?:vos|tes) (?:données|coordonnées|adresses?)|ne seront jamais (?:cédées|vendues|louées|transmises|communiquées) à des tiers)"
   R"(|sans (?:aucune )?garantie d(?:e|'aucune) (?:sorte|nature)|fournie?s? (?:")?en l'état|(?:déclinons|décline) toute responsabilité)"
   R"(|(?:tarifs|prix|offres?|places) (?:valables? )?sous réserve de disponibilité)"
   R"(|mentions (?:légales )?obligatoires ?:|ne (?:doivent|doit) pas (?:être utilisée?s? comme substituts? d'|se substituer à )(?:une|un) (?:alimentation|régime alimentaire) variée?|ne se substitue(?:nt)? pas à une alimentation (?:variée|équilibrée)|ceci est un médicament\b|ne pas dépasser la dose journalière)"
   R"(|peu(?:t|vent) être (?:rapidement )?épuisés? (?:dès le premier jour|dans certains magasins))"},
  {C::imprint, L::es, false,
   R"((?:precios|importes|tarifas)(?: [\pL]+){0,4},? iva incluido|^iva incluido|(?:es|son) confidencial|no reflejan? necesariamente|)"
   R"(aviso legal|todos los derechos reservados|política de privacidad|domicilio social|)"
   R"((?:cif|nif)[: ]+[a-z]?\d|no constituye (?:asesoramiento|una recomendación)|protección de datos|responsable del tratamiento|)"
   R"(no (?:es )?acumulable|un (?:solo )?(?:código|cupón) por (?:pedido|cliente|persona)|)"
   R"(registro (?:nacional )?de asociaciones|entidad sin ánimo de lucro|declarada de utilidad pública|no (?:sustituye|reemplaza) (?:el|un|una) (?:asesoramiento|consejo|consulta)|)"
   R"(derechos de reproducción|(?:prohibida|queda prohibida) (?:la|su) reproducción|imágenes (?:meramente )?ilustrativas|precios y condiciones válid)"
   R"(|nunca (?:te|le|les) (?:pediremos|pedirá|pedimos|pide|solicitaremos|solicitará|solicitamos) (?:tu|su|tus|sus) (?:contraseña|clave|pin|código|datos)|rentabilidad(?:es)? pasadas? no (?:garantiza|presupone|es garantía))"
   R"(|juega con responsabilidad|(?:prohibido|solo) (?:para )?mayores de 18\W*$)"
   R"(|(?:este|el) (?:boletín|newsletter)(?: informativo)? (?:es una publicación|está editado|es editado) (?:de|del|por)|imágenes? no contractual(?:es)?)"
   R"(|se renueva automáticamente (?:al|con el) precio (?:vigente|habitual))"
   R"(|envíos? (?:gratis|gratuitos?) (?:a partir de|desde|en pedidos (?:de|superiores)|por compras))"
   R"(|(?:^|[.!?] )hasta (?:fin de|agotar) (?:existencias|stock)|(?:ofertas?|precios|promociones?) válid[oa]s?\b[^.!?]*hasta (?:fin de|agotar) (?:existencias|stock)|imágenes (?:no contractuales|meramente ilustrativas|orientativas))"
   R"(|(?:las )?opiniones (?:expresadas|vertidas) (?:por|en)|son responsabilidad (?:exclusiva )?de (?:sus|los) autor|comunicación publicitaria\b)"
   R"(|(?:tae|tin) calculad[ao] (?:para|sobre|con)|calculad[ao] para un saldo de|las entradas no (?:se )?(?:admiten cambios|reembolsan|son reembolsables)|no se admiten (?:cambios ni )?devoluciones|gastos de (?:gestión|distribución) no incluidos|programa(?:ción)? sujet[oa] a cambios)"
   R"(|no (?:sustituyen?|reemplazan?) (?:a )?(?:la|el|una|un) (?:consulta|consejo|diagnóstico|asesoramiento|atención|visita) (?:médic[oa]|(?:con|a|de) (?:tu|su|un) médico))"
   R"(|respetamos (?:tu|su) privacidad|no (?:vendemos|cedemos|compartimos|alquilamos)[^.!?]*(?:tus|sus) datos|(?:nunca|no) (?:serán|se) (?:cedidos|vendidos|compartidos) a terceros)"
   R"(|sin (?:garantía|garantías) de ningún tipo|(?:se )?proporciona(?:do|da)? "?tal cual|declina(?:mos)? toda responsabilidad)"
   R"(|(?:tarifas|precios|ofertas?|plazas) (?:están )?sujet[oa]s? a disponibilidad)"
   R"(|no (?:deben|debe) utilizarse como sustitutos? de una dieta (?:variada|equilibrada)|no sustituye(?:n)? una dieta (?:variada|equilibrada)|lea las instrucciones de este medicamento|no superar la (?:dosis|cantidad) diaria)"
   R"(|pueden agotarse (?:el primer día|rápidamente|en algunas tiendas))"},
  {C::imprint, L::it, false,
   R"((?:prezzi|importi|tariffe)(?: [\pL]+){0,4},? iva inclusa|^iva inclusa|(?:è|sono) (?:riservat|confidenzial)|non riflettono necessariamente|)"
   R"(note legali|tutti i diritti riservati|informativa (?:sulla )?privacy|sede legale|)"
   R"(p\. ?iva|partita iva|codice fiscale|non costituisce (?:consulenza|sollecitazione)|trattamento dei dati|)"
   R"(titolare del trattamento|non cumulabile|un (?:solo )?(?:codice|coupon|buono) per (?:ordine|cliente|persona)|)"
   R"(iscritta al registro|ente del terzo settore|\bonlus\b|non sostituisc\w* (?:una |la )?consulenza|(?:hanno )?scopo (?:puramente )?(?:divulgativo|informativo)|)"
   R"(diritti di riproduzione|riproduzione riservata|(?:vietata|è vietata) la riproduzione|immagini (?:sono )?(?:puramente |solo )?indicative|prezzi e condizioni valid)"
   R"(|non (?:ti|le|vi) (?:chiederà|chiederemo|chiediamo|chiede) mai (?:la tua|la sua|le tue|le sue|il tuo|il suo|i tuoi|di)|(?:i )?rendimenti passati non)"
   R"(|gioca (?:responsabilmente|in modo responsabile)|il gioco (?:è vietato ai minori|può causare dipendenza)|vietato ai minori di 18\W*$)"
   R"(|questa newsletter è (?:una pubblicazione|edita|pubblicata) (?:di|da|del|della)|(?:a|per) (?:solo |puro )?scopo illustrativo)"
   R"(|si rinnova automaticamente al prezzo (?:in vigore|pieno|standard))"
   R"(|spedizion[ei] gratuit[ae] (?:sopra|oltre|da|a partire da|per (?:ordini|acquisti))\b)"
   R"(|(?:^|[.!?] )fino ad? esaurimento (?:scorte|merce)|(?:offert[ae]|prezzi|promozion[ei]) valid[ei]\b[^.!?]*fino ad? esaurimento (?:scorte|merce)|(?:le )?immagini (?:hanno (?:valore |carattere )?)?(?:puramente |meramente |solo )?(?:illustrativ|indicativ)|salvo errori (?:tipografici|di stampa))"
   R"(|(?:le )?opinioni espresse (?:dagli|dai|nei|negli)|impegnano (?:solo|soltanto) (?:gli|l') ?autor|messaggio pubblicitario con finalità promozionale)"
   R"(|calcolat[oa] (?:su|per) (?:un|una) (?:saldo|deposito|importo|giacenza)\b|(?:i )?biglietti (?:acquistati )?non (?:sono )?rimborsabili|diritti di prevendita (?:esclusi|non inclusi)|il programma (?:può|potrebbe) subire variazioni)"
   R"(|non sostituisc\w* (?:in alcun modo )?(?:il |la |un |una )?(?:parere|consulto|consiglio|visita|diagnosi) (?:medic[oa]|del (?:medico|farmacista)))"
   R"(|rispettiamo la (?:tua|sua) privacy|non (?:vendiamo|cediamo|affittiamo|condividiamo)[^.!?]*(?:i tuoi|i suoi) dati|(?:non saranno|non verranno) (?:mai )?(?:ceduti|venduti|comunicati) a terzi|mai (?:ceduti|venduti|comunicati) a terzi)"
   R"(|senza (?:alcuna )?garanzia di alcun (?:tipo|genere)|fornit[oa] (?:")?così com'è|declin(?:a|iamo) ogni responsabilità)"
   R"(|(?:tariffe|prezzi|offert[ae]|posti) (?:sono )?soggett[ie] a disponibilità)"
   R"(|(?:come sostitut[io] di|non sostituisc(?:e|ono)) una dieta (?:variata|equilibrata)|è un medicinale\b[^.!?]*(?:foglio illustrativo|avvertenze)|non superare la dose giornaliera)"
   R"(|potrebbero esaurirsi (?:già )?(?:il primo giorno|rapidamente|in alcuni punti vendita))"},
  {C::imprint, L::nl, false,
   R"((?:prijzen|bedragen|tarieven)(?: [\pL]+){0,4} (?:inclusief|incl\.) btw|^(?:inclusief|incl\.) btw|(?:is|zijn) vertrouwelijk|niet noodzakelijk(?:erwijs)? de mening|)"
   R"(alle rechten voorbehouden|privacyverklaring|privacybeleid|kvk[- ]?(?:nummer|nr)?[: ]|)"
   R"(kamer van koophandel(?: [\pL.-]+){0,2}:? (?:onder )?(?:nummer |nr\.? ?|dossiernummer )?\d|(?:ingeschreven|geregistreerd) (?:bij|in) (?:het handelsregister van )?de kamer van koophandel|^kamer van koophandel\b|)"
   R"(btw[- ]?(?:nummer|nr)|geen (?:beleggings|financieel )?advies|aan deze (?:e-mail|nieuwsbrief) kunnen geen rechten|)"
   R"(niet (?:te )?combineren met|(?:één|1) (?:code|kortingscode|bon) per (?:bestelling|klant|persoon|huishouden)|)"
   R"(anbi[- ]status|rsin[: ]|erkend als goed doel|vervangt geen (?:persoonlijk |professioneel )?advies|)"
   R"(reproductierechten|overnemen (?:van artikelen )?(?:alleen|is alleen) (?:met|na)|prijzen en voorwaarden geldig)"
   R"(|(?:vragen|vraagt|zullen|zal) (?:je|u|jou) nooit (?:om|naar) (?:je|uw)|in het verleden behaalde resultaten)"
   R"(|wat kost gokken jou|speel (?:bewust|verantwoord)\b|geen 18, geen)"
   R"(|deze (?:nieuwsbrief|e-?mail|mail) is een (?:uitgave|publicatie) van|geen rechten (?:worden )?(?:ontleend|ontlenen)|afbeeldingen (?:kunnen afwijken|ter illustratie))"
   R"(|wordt (?:daarna )?automatisch verlengd tegen (?:het|de) (?:dan geldende|normale|reguliere) (?:prijs|tarief))"
   R"(|gratis (?:verzending|verzonden|bezorging|bezorgd) (?:vanaf|boven|bij bestellingen))"
   R"(|(?:^|[.!?] )zolang de voorraad strekt|(?:aanbiedingen|aanbieding|acties?|prijzen) (?:zijn |is )?geldig\b[^.!?]*zolang de voorraad strekt|(?:druk- en zetfouten|prijswijzigingen) voorbehouden|afbeeldingen (?:kunnen afwijken|zijn ter illustratie))"
   R"(|(?:geven|weerspiegelen) niet (?:noodzakelijk(?:erwijs)? )?(?:de mening|het standpunt)|geld lenen kost geld)"
   R"(|berekend (?:op|over) (?:basis van )?een (?:saldo|tegoed|inleg)|tickets worden niet (?:terugbetaald|geruild|omgeruild)|(?:excl\.?|exclusief) (?:service|reserverings|transactie)kosten|(?:programma)?wijzigingen voorbehouden)"
   R"(|vervangt geen (?:medisch advies|(?:bezoek|consult) (?:aan|bij) (?:je|uw|de) (?:huis)?arts)|(?:is|zijn) geen vervanging (?:van|voor) (?:professioneel )?medisch advies)"
   R"(|vervangt (?:geen|niet het) advies van (?:je|uw|een) (?:huis)?arts|(?:is|zijn) geen vervanging (?:van|voor) (?:het )?advies van (?:je|uw|een) (?:huis)?arts)"
   R"(|(?:wij|we) respecteren (?:je|uw) privacy|(?:wij|we) (?:verkopen|verhuren|verstrekken) (?:je|uw) (?:gegevens|e-?mailadres|adres)[^.!?]*niet|(?:worden|wordt) nooit (?:aan derden )?(?:verkocht|verhuurd|verstrekt|doorgegeven))"
   R"(|zonder enige (?:vorm van )?garantie|zonder garanties van welke aard|(?:aanvaarden|aanvaardt) (?:wij |we )?geen (?:enkele )?aansprakelijkheid)"
   R"(|(?:prijzen|tarieven|aanbiedingen|plaatsen) (?:zijn )?onder voorbehoud van beschikbaarheid)"
   R"(|(?:is|zijn) geen vervanging (?:van|voor) een (?:gevarieerde|gevarieerd|evenwichtige)|niet (?:gebruiken )?als vervanging van een gevarieerd|de aanbevolen dagelijkse dosis niet overschrijden|aanbevolen dosering niet overschrijden)"
   R"(|(?:kan|kunnen) (?:op de eerste dag |snel |in sommige winkels )?uitverkocht (?:zijn|raken))"},
  {C::imprint, L::pt, false,
   R"((?:preços|valores|tarifas)(?: [\pL]+){0,4},? iva incluído|^iva incluído|(?:é|são) confidencia|não refletem necessariamente|)"
   R"(todos os direitos reservados|política de privacidade|aviso legal|cnpj|sede social|)"
   R"(não constitui (?:recomendação|aconselhamento)|termos de uso|(?:lgpd|rgpd)\b|)"
   R"(não cumulativ|não acumulável|um (?:cupom|cupão|código) por (?:pedido|encomenda|cliente|cpf|pessoa)|)"
   R"(utilidade pública|instituição particular de solidariedade|nipc|não substitui (?:o |a |um |uma )?(?:aconselhamento|consulta|orientação)|)"
   R"(direitos de reprodução|(?:proibida|é proibida) a reprodução|imagens meramente ilustrativas|preços e condições válid)"
   R"(|nunca (?:pede|pedimos|pedirá|pediremos|solicita|solicitamos|solicitará) (?:a |o )?(?:sua |seu |seus |suas |teu |tua )?(?:senha|palavra-passe|código|pin|dados)|rentabilidade passada não)"
   R"(|jogue com responsabilidade|proibido para menores de 18\W*$)"
   R"(|(?:este boletim|esta newsletter|este informativo) é (?:uma publicação|editad[ao]|publicad[ao]) (?:de|do|da|por)|imagens? não contratua(?:l|is))"
   R"(|renova(?:-se)? automaticamente (?:pelo|ao) (?:preço|valor) (?:em vigor|vigente|normal))"
   R"(|(?:frete|envio|portes) (?:grátis|gratuito) (?:acima de|a partir de|em compras|para compras|nas compras))"
   R"(|(?:^|[.!?] )(?:enquanto durarem os (?:estoques|stocks)|até (?:esgotar|acabar) (?:o )?(?:estoque|stock))|(?:ofertas?|preços|promoç(?:ão|ões)) válid[oa]s?\b[^.!?]*(?:enquanto durarem os (?:estoques|stocks)|até (?:esgotar|acabar) (?:o )?(?:estoque|stock))|imagens meramente ilustrativas)"
   R"(|(?:as )?opiniões (?:expressas|emitidas) (?:por|nos|em)|(?:são|é) de (?:inteira |exclusiva )?responsabilidade d[oa]s? (?:seus? )?autor|crédito sujeito a (?:análise|aprovação))"
   R"(|calculad[ao] (?:para |com base n|sobre )um (?:saldo|depósito|montante)\b|(?:os )?bilhetes (?:adquiridos )?não (?:são )?(?:reembolsáveis|trocáveis)|ingressos não (?:são )?reembolsáveis|(?:taxa de conveniência|taxas de serviço) não incluídas?|programa(?:ção)? sujeit[ao] a alterações)"
   R"(|não (?:substitui|substituem|dispensa|dispensam) (?:a |o |uma |um )?(?:avaliação|diagnóstico|acompanhamento|parecer|consulta) (?:médic[oa]|de um (?:médico|profissional de saúde)))"
   R"(|não (?:substitui|substituem) (?:a |o )?(?:orientação|conselho|aconselhamento) d[oe] (?:seu |teu |um )?(?:médico|farmacêutico|profissional de saúde))"
   R"(|respeitamos (?:a sua|sua|a tua) privacidade|não (?:vendemos|alugamos|compartilhamos|partilhamos|cedemos)[^.!?]*(?:seus|os seus|teus|os teus) dados|(?:nunca|não) serão (?:vendidos|cedidos|compartilhados|partilhados) (?:a|com) terceiros)"
   R"(|sem (?:garantia|garantias) de qualquer (?:tipo|natureza)|fornecid[oa] (?:")?no estado em que se encontra|(?:isenta|exime)-se de (?:qualquer|toda) responsabilidade)"
   R"(|(?:tarifas|preços|ofertas?|lugares) (?:estão )?sujeit[oa]s? (?:a|à) disponibilidade)"
   R"(|não (?:devem|deve) ser utilizad[oa]s? como substitut[oa]s? de (?:um regime alimentar|uma dieta|uma alimentação) (?:variad|equilibrad)|não substitu(?:i|em) uma (?:dieta|alimentação) (?:variada|equilibrada)|não exceder a (?:dose|toma) diária)"
   R"(|podem esgotar(?:-se)? (?:no primeiro dia|rapidamente|em algumas lojas))"},

  // A warning against fraud that names the channels the sender never uses
  // between "never asks" and what it never asks for ("we will never ask
  // you by email, text or phone for your PIN").
  {C::imprint, L::en, false,
   R"(\b(?:will|would|do|does) never ask (?:you )?(?:by|via|over|in an?|on the) [^.!?]{0,50}?\b(?:for|to (?:share|give|confirm|send|transfer|move)) (?:your|money)\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:werden|wird|fragen|fragt) (?:sie|dich) (?:niemals|nie) (?:per|über|via|am|telefonisch|schriftlich)\b[^.!?]{0,50}?\b(?:nach|um) (?:ihr|dein)\pL*\b)"},
  {C::imprint, L::fr, false,
   R"(\bne vous (?:demanderons|demanderont|demandera|demandons|demande) jamais (?:par|via|au|dans un)\b[^.!?]{0,50}?\b(?:votre|vos|de (?:communiquer|transmettre|virer|effectuer))\b)"},
  {C::imprint, L::es, false,
   R"(\bnunca (?:te|le|les) (?:pediremos|pedirá|pedimos|pide|solicitaremos|solicitará|solicitamos) (?:por|a través de|mediante|en un)\b[^.!?]{0,50}?\b(?:tu|su|tus|sus|que (?:nos )?(?:facilites|facilite|transfieras|transfiera))\b)"},
  {C::imprint, L::it, false,
   R"(\bnon (?:ti|le|vi) (?:chiederà|chiederemo|chiediamo|chiede) mai (?:via|per|tramite|al|con un)\b[^.!?]{0,50}?\b(?:la tua|la sua|le tue|le sue|il tuo|il suo|i tuoi|i suoi|di (?:comunicare|fornire|trasferire|bonificare))\b)"},
  {C::imprint, L::nl, false,
   R"(\b(?:vragen|vraagt|zullen|zal) (?:je|u|jou) nooit (?:per|via|telefonisch|over de|in een)\b[^.!?]{0,50}?\b(?:om|naar) (?:je|uw)\b)"},
  {C::imprint, L::pt, false,
   R"(\bnunca (?:(?:te|lhe) )?(?:pede|pedimos|pedirá|pediremos|solicita|solicitamos|solicitará|vamos pedir) (?:por|via|através de|pelo|pela|num|em um)\b[^.!?]{0,50}?\b(?:a |o )?(?:sua|seu|seus|suas|teu|tua|teus|tuas)\b)"},

  // A shop's price and shipping small print: how long the prices hold and
  // the charge for each further item.
  {C::imprint, L::en, false,
   R"((?:(?:launch|introductory|intro) price|prices|specials|sale prices|offers|savings) (?:is |are )?(?:good|valid|effective) (?:through|thru|until|till)\b|free (?:standard )?(?:shipping|delivery) (?:applies|is available) (?:to|in|within) (?:the )?(?:contiguous|continental|mainland|lower 48)\b|no rain ?checks|for each additional (?:item|cd|dvd|book|disc|copy|title|game|order)\b)"
   R"(|not valid (?:on|for|with) (?:prior|previous|earlier|past) (?:orders|purchases)|(?:express|overnight|expedited|next-day|rush)(?: (?:and|or) (?:express|overnight|expedited|next-day|rush))? (?:delivery|shipping|service) (?:is |are )?available (?:at|for) (?:an )?(?:extra|additional) (?:charge|cost|fee))"
   R"(|^(?:terms and conditions|terms & conditions|fare rules|restrictions|the fine print|important information) ?:)"},
  {C::imprint, L::de, false,
   R"((?:preise|angebote|aktionspreise) gültig (?:bis|vom)|für jeden weiteren artikel|jeder weitere artikel)"
   R"(|gilt nicht für (?:bereits (?:getätigte|aufgegebene) |frühere )(?:bestellungen|einkäufe)|(?:express|über nacht|eil)(?:versand|lieferung|zustellung) (?:ist )?gegen (?:aufpreis|zuschlag|gebühr)(?: möglich| erhältlich)?)"
   R"(|^(?:teilnahmebedingungen|reisebedingungen|tarifbedingungen|bedingungen) ?:)"},
  {C::imprint, L::fr, false,
   R"((?:prix|offres?) valables? (?:jusqu'au|du)\b|par article supplémentaire)"
   R"(|non valables? sur les commandes (?:antérieures|déjà passées|précédentes)|livraison (?:express|en 24 ?h|le lendemain) (?:disponible )?(?:avec|moyennant un) supplément)"
   // French sets a space before the colon; the bare label needs it, since
   // English writes "Conditions:" over news too (terms of a grant, snow).
   R"(|^conditions(?: générales| de vente| tarifaires) ?:|^conditions :)"},
  {C::imprint, L::es, false,
   R"((?:precios|ofertas) válid[oa]s hasta|por cada artículo adicional)"
   R"(|no válid[oa] (?:en|para) (?:pedidos|compras) anteriores|envío (?:exprés|urgente|en 24 ?h) (?:disponible )?con (?:un )?(?:coste|costo|cargo|recargo) (?:adicional|extra))"
   R"(|^(?:términos y condiciones|condiciones(?: de la oferta| tarifarias)?) ?:)"},
  {C::imprint, L::it, false,
   R"((?:prezzi|offerte) valid[ei] fino al|per ogni articolo aggiuntivo)"
   R"(|non valid[oa] (?:su|per) (?:ordini|acquisti) (?:precedenti|già effettuati)|(?:spedizione|consegna) (?:espressa|express|in 24 ?ore) (?:disponibile )?con (?:un )?(?:supplemento|costo aggiuntivo|sovrapprezzo))"
   R"(|^(?:termini e condizioni|condizioni(?: di vendita| tariffarie)?) ?:)"},
  {C::imprint, L::nl, false,
   R"((?:prijzen|aanbiedingen) geldig (?:t/m|tot en met)|per extra artikel)"
   R"(|niet geldig (?:op|voor) eerdere (?:bestellingen|aankopen)|(?:express?|spoed)(?:levering|verzending|bezorging) (?:is )?(?:mogelijk |beschikbaar )?tegen (?:meerprijs|een toeslag|extra kosten))"
   R"(|^(?:voorwaarden|actievoorwaarden|tariefvoorwaarden) ?:)"},
  {C::imprint, L::pt, false,
   R"((?:preços|ofertas) válid[oa]s até|por (?:cada )?(?:artigo|item) adicional)"
   R"(|não válid[oa] (?:em|para) (?:pedidos|compras|encomendas) anteriores|entrega (?:expressa|expresso|em 24 ?h) (?:disponível )?(?:com|mediante) (?:custo|taxa|suplemento) adicional)"
   R"(|^(?:termos e condições|condições(?: gerais| da oferta)?) ?:)"},
  // A mail-order shop's promise of satisfaction or the money back; a
  // course programme's fee and withdrawal small print (books not included,
  // a refund up to a date, none after a session); an institution's
  // statement that it admits to its programmes without discrimination.
  {C::imprint, L::en, false,
   R"(guaranteed to satisfy|satisfaction (?:is )?guaranteed|(?:100 ?% )?satisfaction guarantee|money[- ]back guarantee|return it for a (?:full )?refund or (?:an )?exchange)"
   R"(|(?:course|tuition|class|registration) fees? (?:do(?:es)? not|don't) include (?:books|textbooks|course materials|materials|supplies|lab)|(?:full|partial) refund if you (?:withdraw|cancel|drop)|no refunds? (?:after|once) the (?:first|second|third) (?:class|session|lesson|meeting))"
   R"(|(?:does|do) not discriminate (?:on the basis of|based on)\b[^.!?]*\bin (?:its|our|the) (?:programs|programmes|activities|admissions?|services|employment))"},
  {C::imprint, L::de, false,
   R"(zufriedenheitsgarantie|geld-zurück-garantie|geld zurück garantie|zufriedenheit garantiert)"
   R"(|(?:kurs|lehrgangs|teilnahme)gebühr(?:en)? (?:enthält|enthalten|beinhaltet|beinhalten) (?:keine|nicht die) (?:bücher|lehrbücher|materialien|lernmaterialien|arbeitsmaterialien)|volle erstattung bei (?:abmeldung|rücktritt|stornierung)|keine erstattung (?:nach|ab) (?:dem|der) (?:ersten|zweiten|dritten) (?:kurstermin|sitzung|stunde|termin))"
   R"(|(?:diskriminiert|benachteiligt) (?:niemanden|nicht) (?:aufgrund|wegen)\b[^.!?]*\bin (?:ihren|seinen|unseren) (?:programmen|angeboten|kursen|studiengängen|einrichtungen))"},
  {C::imprint, L::fr, false,
   R"(satisfait ou remboursé|satisfaits ou remboursés|garantie (?:de )?satisfaction|satisfaction garantie)"
   R"(|(?:les )?frais (?:d'inscription|de (?:cours|formation)) (?:ne )?(?:comprennent|incluent) pas (?:les )?(?:livres|manuels|fournitures|supports)|remboursement intégral en cas (?:d'annulation|de désistement)|aucun remboursement après (?:la|le) (?:première|deuxième|troisième|premier|deuxième) (?:séance|cours))"
   R"(|ne (?:pratique|fait) aucune discrimination\b[^.!?]*\bdans (?:ses|nos) (?:programmes|activités|formations|admissions))"},
  {C::imprint, L::es, false,
   R"(satisfacción garantizada|garantía de (?:satisfacción|devolución del dinero)|te devolvemos (?:el|tu) dinero)"
   R"(|(?:la )?(?:matrícula|cuota|tarifa) no incluye (?:los )?(?:libros|manuales|materiales)|reembolso (?:total|íntegro) si (?:te das|se da) de baja|no hay reembolsos? después de la (?:primera|segunda|tercera) (?:clase|sesión))"
   R"(|no discrimina por (?:motivos? de|razón de)\b[^.!?]*\ben (?:sus|nuestros) (?:programas|actividades|servicios|admisiones))"},
  {C::imprint, L::it, false,
   R"(soddisfatti o rimborsati|garanzia (?:di )?soddisfazione|soddisfazione garantita)"
   R"(|(?:la )?quota (?:d'iscrizione |di iscrizione )?non (?:comprende|include) (?:i )?(?:libri|manuali|materiali)|rimborso (?:totale|completo|integrale) in caso di (?:ritiro|rinuncia|disdetta)|nessun rimborso dopo la (?:prima|seconda|terza) (?:lezione|sessione))"
   R"(|non (?:discrimina|opera discriminazioni) (?:in base a|sulla base d)\b[^.!?]*\bnei (?:suoi|nostri) (?:programmi|corsi|servizi))"},
  {C::imprint, L::nl, false,
   R"(niet goed,? geld terug|tevredenheidsgarantie|geld-terug-garantie)"
   R"(|(?:het )?cursusgeld is (?:exclusief|zonder) (?:boeken|lesmateriaal|materialen)|volledige terugbetaling bij (?:afmelding|annulering)|geen restitutie na de (?:eerste|tweede|derde) (?:les|bijeenkomst))"
   R"(|discrimineert niet op (?:grond|basis) van\b[^.!?]*\bin (?:haar|zijn|onze) (?:programma's|opleidingen|activiteiten|diensten))"},
  {C::imprint, L::pt, false,
   R"(satisfação garantida|garantia de (?:satisfação|devolução do dinheiro)|devolvemos o seu dinheiro)"
   R"(|(?:a )?(?:propina|mensalidade|taxa de inscrição) não inclui (?:os )?(?:livros|manuais|materiais)|reembolso (?:total|integral) (?:em caso de|se) (?:desistência|desistir|cancelar)|sem reembolso após a (?:primeira|segunda|terceira) (?:aula|sessão))"
   R"(|não discrimina (?:com base|em razão|por motivo)\b[^.!?]*\bn(?:os|as) (?:seus|suas|nossos|nossas) (?:programas|cursos|atividades|serviços))"},
  // The heading over a mail-order shop's table of shipping charges, with
  // the area it covers in brackets ("Shipping and handling (mainland)").
  {C::imprint, L::en, true,
   R"((?:shipping|postage|delivery) (?:and|&) handling(?: charges| rates)?(?: \([^)]{0,40}\))?|shipping (?:charges|rates|costs)(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::de, true, R"((?:versandkosten|lieferkosten|porto und verpackung)(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::fr, true, R"((?:frais de (?:port|livraison|port et d'emballage))(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::es, true, R"((?:gastos de (?:envío|envío y manipulación)|tarifas de envío)(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::it, true, R"((?:spese di (?:spedizione|consegna|spedizione e imballo)|costi di spedizione)(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::nl, true, R"((?:verzendkosten|bezorgkosten|verzend- en verwerkingskosten)(?: \([^)]{0,40}\))?)"},
  {C::imprint, L::pt, true, R"((?:portes(?: de envio)?|custos de envio|frete e manuseio)(?: \([^)]{0,40}\))?)"},
  // A competition's and an offer's small print: the closing date, no
  // recourse to law, "bonus terms apply", rates not guaranteed, an offer
  // for one country's residents.
  {C::imprint, L::en, false,
   R"(^closing date(?: for entries)?(?: is)? \d|the judges' decision is final|(?:bonus|offer|promotion|promo) terms apply|rates (?:vary|may vary|are variable) and are not guaranteed|offer (?:valid |open )?(?:for|to) (?:[\pL.-]+ )?residents only)"},
  {C::imprint, L::de, false,
   R"((?:der )?rechtsweg ist ausgeschlossen|^(?:teilnahmeschluss|einsendeschluss) (?:ist )?(?:der )?\d|es gelten die (?:bonus|aktions)bedingungen|angebot gilt nur für (?:einwohner|personen mit wohnsitz))"},
  {C::imprint, L::fr, false,
   R"(^date limite de participation|jeu (?:gratuit )?sans obligation d'achat|(?:les )?conditions du bonus s'appliquent|les taux (?:peuvent varier|ne sont pas garantis)|offre réservée aux résidents)"},
  {C::imprint, L::es, false,
   R"(^fecha límite de participación|sin obligación de compra|se aplican (?:las )?condiciones del (?:bono|bonus)|los tipos (?:pueden variar|no están garantizados)|oferta válida (?:solo|sólo) para residentes)"},
  {C::imprint, L::it, false,
   R"(^termine (?:ultimo )?di partecipazione|senza obbligo di acquisto|si applicano i termini del bonus|i tassi (?:possono variare|non sono garantiti)|offerta riservata ai residenti)"},
  {C::imprint, L::nl, false,
   R"(^sluitingsdatum (?:van de actie|voor inzendingen)|over de uitslag wordt niet gecorrespondeerd|bonusvoorwaarden van toepassing|rentes kunnen (?:wijzigen|variëren) en zijn niet gegarandeerd|aanbod (?:geldt )?alleen voor inwoners)"},
  {C::imprint, L::pt, false,
   R"(^prazo (?:final )?de participação|sem obrigação de compra|aplicam-se (?:os )?termos do bónus|aplicam-se (?:os )?termos do bônus|as taxas (?:podem variar|não são garantidas)|oferta válida (?:apenas|só) para residentes)"},
  // Plural past performance and the no-reliable-indicator line under a
  // fund offer.
  {C::imprint, L::de, false,
   R"((?:vergangene|frühere) wertentwicklungen (?:sind|bieten) kein|kein verlässlicher indikator für (?:die )?künftige)"},
  // A travel offer's room basis: "prices are per person sharing".
  {C::imprint, L::en, false, R"(per person sharing\b|per person,? based on (?:two|2) (?:people )?sharing)"},
  {C::imprint, L::de, false, R"(pro person im doppelzimmer\b|pro person bei (?:zweier|doppel)belegung)"},
  {C::imprint, L::fr, false, R"(par personne (?:en chambre double|sur la base (?:d'une|de deux personnes en) chambre double))"},
  {C::imprint, L::es, false, R"(por persona en habitación doble\b|por persona en base a habitación doble)"},
  {C::imprint, L::it, false, R"(a persona in camera doppia\b|per persona in camera doppia\b)"},
  {C::imprint, L::nl, false, R"(per persoon (?:op basis van|in) (?:een )?(?:tweepersoonskamer|2-persoonskamer))"},
  {C::imprint, L::pt, false, R"(por pessoa em (?:quarto|apartamento) duplo\b)"},
  // A book or record club's terms: the reply card that declines the
  // selection sent automatically, the purchase commitment, shipping and
  // handling added, a gift "while they last".
  {C::imprint, L::en, false,
   R"((?:return|send back|mail) (?:your|the) reply (?:card|form)\b|^your reply (?:card|form)\b|do nothing\b[^.!?]*\b(?:shipped|sent|mailed) (?:to you )?automatically|(?:membership|purchase) (?:commitment|obligation)\b|shipping (?:and|&) handling (?:is|are|will be) (?:added|charged|extra)|\bfree\b[^.!?]* while they last\b)"},
  {C::imprint, L::de, false,
   R"((?:ihre|die) antwortkarte (?:zurück|bis)|brauchen sie nichts (?:zu tun|weiter zu tun)[^.!?]*automatisch|(?:mitglieds|kauf|abnahme)verpflichtung|versandkosten werden (?:zusätzlich|extra|gesondert) berechnet)"},
  {C::imprint, L::fr, false,
   R"((?:renvoyez|retournez) (?:votre|la) carte-?réponse|(?:sera|vous sera) (?:expédié|envoyé|livré) automatiquement|engagement d'achat|frais de port (?:et de traitement )?(?:en sus|sont ajoutés|s'ajoutent))"},
  {C::imprint, L::es, false,
   R"((?:devuelve|devuelva|envía|envíe) (?:tu|su|la) tarjeta (?:de )?respuesta|(?:se te|se le) enviará automáticamente|compromiso de compra|(?:los )?gastos de envío (?:se añaden|no (?:están )?incluidos|aparte))"},
  {C::imprint, L::it, false,
   R"((?:rispedisci|restituisci|invia) (?:la (?:tua )?)?cartolina(?:-| di )risposta|(?:ti|le) (?:sarà|verrà) (?:spedit[oa]|inviat[oa]) automaticamente|impegno (?:di |d')acquisto|spese di spedizione (?:escluse|a parte|si aggiungono))"},
  {C::imprint, L::nl, false,
   R"((?:stuur|zend) (?:je|uw|de) antwoordkaart|wordt (?:je|u) automatisch toegestuurd|(?:koop|aankoop|afname)verplichting|verzendkosten worden (?:apart |extra )?(?:berekend|toegevoegd))"},
  {C::imprint, L::pt, false,
   R"((?:devolva|envie) (?:o (?:seu )?)?(?:cartão|postal)(?:-| de )resposta|(?:será|lhe será|te será) (?:enviad[oa]|expedid[oa]) automaticamente|compromisso de compra|(?:os )?portes (?:de envio )?(?:não incluídos|são adicionados)|frete (?:não incluso|cobrado à parte))"},
  // Advice that replaces no lawyer's or adviser's: "our articles are no
  // substitute for individual legal advice".
  {C::imprint, L::en, false,
   R"((?:is|are) (?:no|not a) substitute for (?:individual |personal |professional )?(?:legal|tax|financial) advice|(?:does|do) not (?:replace|constitute) (?:individual |personal |professional )?(?:legal|tax) advice)"},
  {C::imprint, L::de, false,
   R"((?:ersetzt|ersetzen) keine (?:individuelle |persönliche )?(?:rechts|steuer)beratung|(?:ersetzt|ersetzen) nicht die (?:individuelle |persönliche )?(?:rechts|steuer)beratung)"},
  {C::imprint, L::fr, false,
   R"(ne (?:remplace|remplacent) pas (?:un |une |les? )?(?:conseils?|consultation) (?:juridiques?|personnalisée?s?|d'un avocat))"},
  {C::imprint, L::es, false,
   R"(no (?:sustituye|sustituyen|reemplaza|reemplazan) (?:el|un|al) asesoramiento (?:jurídico|legal|personalizado|fiscal))"},
  {C::imprint, L::it, false,
   R"(non (?:sostituisce|sostituiscono) (?:una |la )?consulenza (?:legale|personalizzata|fiscale))"},
  {C::imprint, L::nl, false,
   R"((?:vervangt|vervangen) geen (?:persoonlijk |individueel )?(?:juridisch |fiscaal )?advies)"},
  {C::imprint, L::pt, false,
   R"(não (?:substitui|substituem) (?:o |um )?aconselhamento (?:jurídico|legal|personalizado|fiscal))"},
  // A travel seller's price and booking small print (per person in a
  // double room, subject to availability, the seller only an
  // intermediary, the operator's terms) and a lender's credit condition.
  {C::imprint, L::en, false,
   R"(all prices are (?:quoted )?(?:in [\pL]+ )?per person|per person based on (?:two|2) (?:sharing|adults)|(?:prices|fares|offers) (?:are )?subject to availability|subject to (?:credit )?(?:status|approval)\b)"
   R"(|acts? (?:solely |only )?as (?:an? )?(?:travel )?(?:agent|intermediary)\b|the (?:tour )?operator['’]?s? (?:booking )?(?:terms|conditions) apply)"},
  {C::imprint, L::de, false,
   R"(alle preise verstehen sich|pro person bei (?:belegung eines doppelzimmers|doppelbelegung)|begrenztes kontingent|preise können sich (?:je nach|abhängig von der) verfügbarkeit ändern|bonität vorausgesetzt)"
   R"(|tritt (?:lediglich |nur |ausschließlich )?als (?:reise)?vermittler auf|es gelten (?:dessen|deren|die) (?:reise- und zahlungsbedingungen|agb des (?:jeweiligen )?veranstalters))"},
  {C::imprint, L::fr, false,
   R"(tous les prix s'entendent|par personne (?:sur la )?base (?:d'une )?chambre double|dans la limite des places disponibles|sous réserve de disponibilité|sous réserve d'acceptation (?:de votre dossier|par))"
   R"(|agit (?:uniquement )?en qualité d'intermédiaire|conditions (?:générales )?de vente du voyagiste)"},
  {C::imprint, L::es, false,
   R"(todos los precios (?:son|se entienden) por persona|por persona en habitación doble|sujeto a disponibilidad|plazas limitadas|sujeto a (?:la )?aprobación (?:de la entidad|financiera|del crédito))"
   R"(|actúa (?:únicamente )?como intermediari|condiciones del organizador del viaje)"},
  {C::imprint, L::it, false,
   R"(tutti i prezzi si intendono|a persona in camera doppia|soggett[oi] a disponibilità|posti limitati|salvo approvazione (?:della finanziaria|del finanziamento))"
   R"(|agisce (?:esclusivamente )?(?:come|in qualità di) intermediario|condizioni (?:generali )?del tour operator)"},
  {C::imprint, L::nl, false,
   R"(alle prijzen zijn per persoon|per persoon op basis van (?:een )?tweepersoonskamer|onder voorbehoud van beschikbaarheid|beperkte beschikbaarheid|onder voorbehoud van (?:acceptatie|kredietgoedkeuring))"
   R"(|treedt (?:uitsluitend )?op als bemiddelaar|voorwaarden van de (?:betreffende )?reisorganisator)"},
  {C::imprint, L::pt, false,
   R"(todos os preços (?:são|se entendem) por pessoa|por pessoa em quarto duplo|sujeito a disponibilidade|lugares limitados|sujeito a (?:análise|aprovação) de crédito)"
   R"(|atua (?:apenas )?como intermediári|condições do operador turístico)"},
  // A price list's tax line ("Prices exclude applicable taxes") and a
  // credit offer's required small print: the representative example and
  // its terms (net loan amount, fixed borrowing rate).
  {C::imprint, L::en, false, R"(prices (?:shown )?(?:exclude|do not include|don't include|are exclusive of) (?:applicable |local |sales |all )?(?:taxes|tax|vat|sales tax|gst)\b|representative example ?:|net loan amount|fixed borrowing rate)"},
  {C::imprint, L::de, false, R"(preise (?:verstehen sich |sind )?(?:zzgl\.|zuzüglich|exkl\.|exklusive|ohne) (?:der )?(?:gesetzlichen )?(?:mwst|mehrwertsteuer|ust|umsatzsteuer)|repräsentatives beispiel|nettodarlehensbetrag|gebundener sollzins)"},
  {C::imprint, L::fr, false, R"((?:les )?prix (?:indiqués )?(?:s'entendent|sont) hors (?:taxes|tva)|exemple représentatif|montant total dû par l'emprunteur|taux débiteur fixe)"},
  {C::imprint, L::es, false, R"((?:los )?precios (?:indicados )?(?:no incluyen (?:el )?(?:iva|impuestos)|sin iva)|ejemplo representativo|importe total adeudado|tipo deudor fijo)"},
  {C::imprint, L::it, false, R"((?:i )?prezzi (?:indicati )?(?:si intendono )?(?:iva esclusa|al netto (?:dell'iva|delle imposte)|esclusa iva)|esempio rappresentativo|importo totale dovuto dal consumatore)"},
  {C::imprint, L::nl, false, R"((?:alle )?prijzen (?:zijn )?(?:exclusief|excl\.) (?:btw|belastingen)|representatief voorbeeld|totaal te betalen bedrag|vaste debetrentevoet)"},
  {C::imprint, L::pt, false, R"((?:os )?preços (?:indicados )?(?:não incluem (?:o )?(?:iva|impostos)|sem iva|excluem (?:o )?iva)|exemplo representativo|montante total imputado ao consumidor)"},
  // An issue's terms for passing it on ("forward it in full, do not repost it without permission"),
  // advice followed at the reader's own risk, a shop's free shipping by its
  // carrier's tier, and the warranty that covers only the maker's own
  // supplies.
  {C::imprint, L::en, false,
   R"(may not be (?:reposted|republished|reproduced|redistributed)[^.!?]{0,40}without (?:[\pL]+ ){0,2}(?:permission|consent)|forward (?:it|this (?:newsletter|issue|e-?mail|letter)) in (?:full|its entirety))"
   R"(|(?:advice|tips|information|suggestions|instructions)\b[^.!?]{0,40}\bat your own risk|free (?:ground|economy|express|expedited) (?:shipping|delivery) on (?:all )?orders (?:over|above|of)\b)"
   R"(|only genuine [\pL ]{0,30}\b(?:ink|toner|cartridges?|supplies|parts|filters?)\b[^.!?]{0,30}\b(?:covered by|warranty))"},
  {C::imprint, L::de, false,
   R"((?:darf|dürfen) (?:nicht )?ohne (?:[\pL]+ )?(?:genehmigung|zustimmung|erlaubnis)[^.!?]{0,40}(?:veröffentlicht|weiterverbreitet|vervielfältigt)|(?:unverändert|vollständig) weiter(?:leiten|geleitet))"
   R"(|(?:ratschläge|tipps|hinweise|anleitungen|informationen)\b[^.!?]{0,40}\bauf (?:eigene gefahr|eigenes risiko))"
   R"(|nur (?:mit )?original[\pL-]* ?[\pL-]*(?:tinte|toner|patronen|verbrauchsmaterial|ersatzteile)[^.!?]{0,30}(?:garantie|gewährleistung))"},
  {C::imprint, L::fr, false,
   R"(ne (?:peut|peuvent) (?:pas )?être (?:reproduite?s?|republiée?s?|rediffusée?s?)[^.!?]{0,40}sans (?:[\pL]+ )?(?:autorisation|accord)|(?:transférer|transmettre) (?:cette lettre|ce bulletin|ce message|cette newsletter) dans son intégralité)"
   R"(|(?:conseils|astuces|informations|instructions)\b[^.!?]{0,40} à vos (?:propres )?risques)"
   R"(|seul(?:e?s)? (?:les? )?(?:cartouches|encres?|consommables|pièces) d'origine[^.!?]{0,30}garantie)"},
  {C::imprint, L::es, false,
   R"(no (?:puede|pueden) (?:ser )?(?:reproducid|republicad|redistribuid)[ao]s?[^.!?]{0,40}sin (?:[\pL]+ )?(?:permiso|autorización)|reenviar(?:lo|la)? (?:completo|íntegro|en su totalidad))"
   R"(|(?:consejos|información|instrucciones)\b[^.!?]{0,40}\b(?:bajo su (?:propia )?responsabilidad|por su cuenta y riesgo))"
   R"(|(?:solo|sólo) (?:los |la )?(?:cartuchos|tinta|tóner|consumibles|repuestos) originales[^.!?]{0,30}garantía)"},
  {C::imprint, L::it, false,
   R"(non (?:può|possono) essere (?:riprodott|ripubblicat|ridistribuit)[oaie][^.!?]{0,40}senza (?:[\pL]+ )?(?:autorizzazione|permesso)|inoltrar(?:la|lo) integralmente)"
   R"(|(?:consigli|informazioni|istruzioni)\b[^.!?]{0,40}\ba (?:proprio|vostro|tuo) rischio)"
   R"(|solo (?:le |i )?(?:cartucce|inchiostri|toner|consumabili|ricambi) originali[^.!?]{0,30}garanzia)"},
  {C::imprint, L::nl, false,
   R"(mag niet zonder (?:[\pL]+ )?toestemming[^.!?]{0,40}(?:overgenomen|gepubliceerd|verspreid)|in (?:zijn|haar) geheel doorsturen)"
   R"(|(?:adviezen|tips|informatie|instructies)\b[^.!?]{0,40}\bop eigen risico)"
   R"(|alleen (?:met )?originele (?:inkt|cartridges|toner|onderdelen|verbruiksartikelen)[^.!?]{0,30}garantie)"},
  {C::imprint, L::pt, false,
   R"(não (?:pode|podem) ser (?:reproduzid|republicad|redistribuíd)[oa]s?[^.!?]{0,40}sem (?:[\pL]+ )?(?:autorização|permissão)|reencaminh[\pL]* na íntegra)"
   R"(|(?:conselhos|dicas|informações|instruções)\b[^.!?]{0,40}\bpor sua (?:própria )?conta e risco)"
   R"(|(?:apenas|só) (?:os )?(?:cartuchos|tinteiros|toners?|consumíveis|peças) originais[^.!?]{0,30}garantia)"},
  // An access provider's acceptable-use reminder, a picture library's
  // licence terms (editorial use only, comps for layout only, print runs,
  // an extended licence, one named user), the prices' currency, coupons
  // that cannot be combined, a florist's or shop's delivery cut-off and
  // surcharge, substitutions of equal value, the terms for reprinting
  // a tip elsewhere, and a contest's small print (no purchase necessary,
  // open to residents of a country).
  {C::imprint, L::en, false,
   R"(acceptable[- ]use\b|(?:accounts?|customers?|members?) (?:used to send|who send|caught sending) (?:spam|unsolicited)[^.!?]{0,40}\b(?:closed|terminated|suspended))"
   R"(|(?:for )?editorial use only|(?:may|can) (?:be used|appear) only in (?:an? )?editorial|for (?:layout|comping|mock-?ups?) (?:purposes )?only|extended licen[cs]e|(?:one|a single) named user|royalty-free licen[cs]es? (?:cover|include|allow))"
   R"(|^(?:all )?prices (?:are )?(?:in|quoted in|shown in) (?:u\.? ?s\.? |us |canadian |australian )?(?:dollars|euros?|pounds)\b)"
   R"(|(?:codes?|coupons?|offers?|discounts?|promotions?) (?:cannot|can't|can not|may not) be combined|(?:does|do) not apply to (?:delivery|shipping|service) (?:charges|fees))"
   R"(|orders? for [^.!?]{0,30}\bdelivery\b[^.!?]{0,30}\bmust be placed by|same-day delivery (?:is )?not available|substitutions? of (?:equal|similar|comparable) (?:or greater )?value|(?:holiday|weekend|peak) (?:delivery )?surcharge)"
   R"(|you (?:may|can|are welcome to) (?:[\pL]+ (?:or|and) )?(?:reprint|republish|reproduce|repost) [^.!?]{0,90}(?:as long as|provided (?:that )?))"
   R"(|no purchase (?:is )?necessary|open to (?:legal )?residents of\b)"},
  {C::imprint, L::de, false,
   R"(richtlinie (?:zur|für die) (?:akzeptablen|zulässigen) nutzung|(?:akzeptable|zulässige) nutzung\b|(?:konten|zugänge|kunden),? (?:die|über die) spam[^.!?]{0,40}(?:gesperrt|gekündigt))"
   R"(|nur (?:für |zur )?redaktionelle[rn]? (?:nutzung|zwecke|verwendung)|nur für (?:layout|entwurfs)(?:zwecke)?|erweiterte (?:nutzungs)?lizenz|(?:einen|einem) (?:namentlich )?(?:benannten|genannten) (?:nutzer|benutzer))"
   R"(|^(?:alle )?preise (?:sind )?in (?:euro|us-dollar|dollar|schweizer franken)\b)"
   R"(|(?:codes?|gutscheine?|rabatte?|aktionen) (?:sind |ist )?nicht (?:mit anderen [\pL]+ )?kombinierbar|gilt nicht für (?:versand|liefer)(?:kosten|gebühren))"
   R"(|bestellungen für (?:die )?(?:lieferung|zustellung) am [^.!?]{0,30}(?:müssen|bis)|(?:lieferung|zustellung) am selben tag (?:ist )?nicht möglich|ersatz (?:durch|in) (?:gleich|höher)wertige|(?:feiertags|wochenend)zuschlag)"
   R"(|(?:sie dürfen|du darfst) [^.!?]{0,90}(?:nachdrucken|übernehmen|veröffentlichen),? (?:sofern|solange|wenn))"
   R"(|(?:kein kauf|keine bestellung) (?:erforderlich|notwendig)|ohne kaufverpflichtung|teilnahme (?:ist )?unabhängig von einem kauf)"},
  {C::imprint, L::fr, false,
   R"(politique d'utilisation acceptable|charte d'utilisation|usage acceptable\b|(?:comptes?|abonnés?) (?:utilisés? pour envoyer|qui envoient) (?:du spam|des courriels non sollicités)[^.!?]{0,40}(?:fermés?|résiliés?|suspendus?))"
   R"(|(?:usage|utilisation) éditorial(?:e)? (?:uniquement|seulement)|uniquement (?:dans un|pour un|à des fins d'?) ?(?:usage|contexte|fins) éditori|pour la maquette uniquement|licence étendue|un (?:seul )?utilisateur nommé)"
   R"(|^(?:tous )?(?:les )?prix (?:sont )?(?:indiqués |exprimés )?en (?:euros|dollars)\b)"
   R"(|(?:codes?|bons?|offres?|remises?) (?:ne sont pas|n'est pas|non) cumulables?|ne s'applique(?:nt)? pas aux frais de (?:livraison|port))"
   R"(|les commandes pour une livraison le [^.!?]{0,30}doivent être passées|livraison le jour même (?:n'est pas|non) disponible|remplacée?s? par (?:des fleurs|un article|un produit) de valeur (?:égale|équivalente)|supplément (?:fêtes|jours fériés))"
   R"(|vous pouvez (?:[\pL]+ (?:ou|et) )?(?:reproduire|republier|reprendre) [^.!?]{0,90}(?:à condition|pourvu|tant que))"
   R"(|sans obligation d'achat|(?:jeu )?ouvert aux résidents d)"},
  {C::imprint, L::es, false,
   R"(política de uso aceptable|uso aceptable\b|(?:cuentas?|clientes?) (?:utilizadas? para enviar|que envíen) (?:spam|correo no solicitado)[^.!?]{0,40}(?:cerrad|cancelad|suspendid)[ao]s?)"
   R"(|(?:solo|sólo|exclusivamente) (?:para )?uso editorial|uso editorial (?:exclusivamente|únicamente)|solo para maquetación|licencia extendida|un (?:único )?usuario nominal)"
   R"(|^(?:todos )?(?:los )?precios (?:están )?(?:expresados )?en (?:euros|dólares)\b)"
   R"(|(?:códigos?|cupones?|ofertas?|descuentos?) no (?:son )?(?:acumulables|combinables)|no (?:se )?aplica(?:n)? a los gastos de envío)"
   R"(|los pedidos para entrega el [^.!?]{0,30}deben realizarse|entrega en el mismo día no (?:está )?disponible|por (?:otr[oa]s? )?[\pL ]{0,20}de (?:igual|similar) (?:o mayor )?valor|recargo (?:festivo|navideño|por festivos))"
   R"(|(?:puede|puedes) (?:[\pL]+ (?:o|y) )?(?:reproducir|republicar|reimprimir) [^.!?]{0,90}(?:siempre que|siempre y cuando|con tal de que))"
   R"(|sin obligación de compra|no es necesario (?:realizar una |hacer una )?compra|abierto a (?:los )?residentes en)"},
  {C::imprint, L::it, false,
   R"(politica di utilizzo accettabile|uso accettabile\b|(?:account|clienti) (?:usati per inviare|che inviano) (?:spam|posta indesiderata)[^.!?]{0,40}(?:chius|sospes|disattivat)[ie])"
   R"(|(?:solo|esclusivamente) (?:per )?uso editoriale|uso editoriale (?:esclusivo|soltanto)|solo per (?:impaginazione|layout)|licenza estesa|un (?:solo )?utente nominale)"
   R"(|^(?:tutti )?(?:i )?prezzi (?:sono )?(?:espressi )?in (?:euro|dollari)\b)"
   R"(|(?:codici?|coupon|offerte?|sconti?) non (?:sono )?cumulabil|non si applica(?:no)? alle spese di (?:spedizione|consegna))"
   R"(|gli ordini per la consegna (?:il|del) [^.!?]{0,30}devono essere effettuati|consegna in giornata non (?:è )?disponibile|con (?:fiori|prodotti|articoli) di (?:pari|uguale) (?:o maggiore )?valore|supplemento festivo)"
   R"(|(?:puoi|potete|può) (?:[\pL]+ (?:o|e) )?(?:riprodurre|ripubblicare|ristampare) [^.!?]{0,90}(?:purché|a condizione che|a patto che))"
   R"(|(?:nessun|senza) obbligo di acquisto|aperto ai residenti in)"},
  {C::imprint, L::nl, false,
   R"(beleid voor (?:aanvaardbaar|acceptabel) gebruik|(?:aanvaardbaar|acceptabel) gebruik\b|(?:accounts?|klanten) (?:die spam (?:versturen|sturen)|gebruikt om spam te versturen)[^.!?]{0,40}(?:afgesloten|opgezegd|geblokkeerd))"
   R"(|(?:alleen|uitsluitend) (?:voor )?redactioneel gebruik|alleen voor (?:layout|opmaak)|uitgebreide licentie|één (?:benoemde|genoemde) gebruiker)"
   R"(|^(?:alle )?prijzen (?:zijn )?in (?:euro|dollar)s?\b)"
   R"(|(?:codes?|kortingen?|acties?|aanbiedingen?) (?:zijn |is )?niet (?:te )?(?:combineren|combineerbaar|stapelbaar)|geldt niet voor (?:verzend|bezorg)kosten)"
   R"(|bestellingen voor bezorging op [^.!?]{0,30}moeten|bezorging op dezelfde dag (?:is )?niet mogelijk|vervangen door (?:bloemen|producten|artikelen) van (?:gelijke|gelijkwaardige) (?:of hogere )?waarde|feestdagentoeslag)"
   R"(|(?:je|u) (?:mag|kunt) [^.!?]{0,90}(?:overnemen|herpubliceren|herdrukken),? (?:mits|zolang|op voorwaarde))"
   R"(|geen aankoopverplichting|aankoop (?:is )?niet verplicht|open voor (?:inwoners|ingezetenen) van)"},
  {C::imprint, L::pt, false,
   R"(política de (?:uso|utilização) aceitável|(?:uso|utilização) aceitável\b|(?:contas?|clientes?) (?:usad[ao]s? para enviar|que enviem) (?:spam|correio não solicitado)[^.!?]{0,40}(?:encerrad|cancelad|suspens)[ao]s?)"
   R"(|(?:apenas|somente|exclusivamente) (?:para )?uso editorial|apenas para (?:layout|paginação)|licença (?:estendida|alargada)|um (?:único )?(?:utilizador|usuário) nomeado)"
   R"(|^(?:todos )?(?:os )?preços (?:estão )?(?:expressos |indicados )?em (?:euros|dólares|reais)\b)"
   R"(|(?:códigos?|cupões|cupons?|ofertas?|descontos?) não (?:são )?(?:acumuláveis|cumulativos?|combináveis)|não se aplica(?:m)? (?:aos|às) (?:custos|despesas|taxas) de (?:envio|entrega|portes))"
   R"(|encomendas para entrega (?:no dia|a) [^.!?]{0,30}devem ser feitas|entrega no mesmo dia não (?:está )?disponível|por (?:flores|produtos|artigos) de (?:igual|valor igual)|taxa (?:festiva|de feriado))"
   R"(|(?:pode|podes|podem) (?:[\pL]+ (?:ou|e) )?(?:reproduzir|republicar|reimprimir) [^.!?]{0,90}(?:desde que|contanto que))"
   R"(|sem obrigação de compra|não é necessária (?:qualquer |nenhuma )?compra|aberto a residentes em)"},
  // An offer's terms that name whose conditions bind the booking or the
  // new tariff, and a bonus paid out as credit on the next order.
  {C::imprint, L::en, false,
   R"((?:the )?(?:tour operator|organi[sz]er|operator)'s (?:booking )?(?:terms|conditions)(?: and conditions)? apply|the (?:terms|conditions) of the (?:new )?(?:policy|plan|tariff|tour operator) apply)"
   R"(|(?:credited|applied) (?:to|against|toward|towards) your next (?:order|purchase|booking)|as (?:a )?credit (?:on|toward|towards|for) your next (?:order|purchase|booking))"},
  {C::imprint, L::de, false,
   R"(es gelten (?:die|deren|dessen|ihre) (?:allgemeinen )?(?:reise|geschäfts|versicherungs|vertrags|tarif)bedingungen)"
   R"(|als gutschrift (?:auf|für|bei) (?:ihre|deine|ihren|deinen|die|den|der) nächsten?\b|(?:auf|mit) (?:ihre|deine|der|die) nächsten? (?:bestellung|buchung|rechnung|einkauf) (?:angerechnet|gutgeschrieben|verrechnet))"},
  {C::imprint, L::fr, false,
   R"((?:les )?conditions (?:générales )?(?:de vente |de voyage )?(?:de l'organisateur|du voyagiste|du tour-opérateur|du nouveau contrat|de la nouvelle formule) s'appliquent)"
   R"(|(?:crédité|déduit|remboursé)e?s? sur (?:votre|ta) prochaine (?:commande|réservation)|sous forme d'avoir (?:sur|pour) (?:votre|ta) prochaine)"},
  {C::imprint, L::es, false,
   R"(se aplican las condiciones (?:generales )?(?:de viaje|del organizador|del operador|de la nueva tarifa|de la póliza))"
   R"(|se (?:descontará|abonará|aplicará) en (?:tu|su) próxim[oa] (?:pedido|compra|reserva)|como saldo (?:para|en) (?:tu|su) próxim[oa])"},
  {C::imprint, L::it, false,
   R"(si applicano le condizioni (?:generali )?(?:di viaggio|dell'organizzatore|del tour operator|della nuova tariffa|di polizza))"
   R"(|(?:accreditat|scontat|detratt)[oa] (?:sul|dal) (?:tuo|suo|vostro) prossimo (?:ordine|acquisto)|come credito (?:sul|per il) (?:tuo|suo) prossimo)"},
  {C::imprint, L::nl, false,
   R"((?:de )?(?:reis|algemene )?voorwaarden van (?:de )?(?:organisator|reisorganisator|reisorganisatie|verzekeraar|nieuwe polis) (?:zijn van toepassing|gelden))"
   R"(|(?:verrekend|gecrediteerd|afgetrokken) (?:met|bij|van|op) (?:je|uw) volgende (?:bestelling|aankoop|boeking)|als tegoed (?:voor|op|bij) (?:je|uw) volgende)"},
  {C::imprint, L::pt, false,
   R"(aplicam-se as condições (?:gerais )?(?:de viagem|do operador|do organizador|da nova tarifa|da apólice))"
   R"(|(?:creditad|descontad|abatid)[oa] n[oa] (?:sua|seu|tua|teu) próxim[oa] (?:compra|encomenda|pedido|reserva)|como crédito (?:para|na|no) (?:sua|seu|tua|teu) próxim[oa])"},
  // An investment letter's risk warning and holdings disclosure: "never
  // invest more than you can afford to lose", "our writers may hold
  // positions in the assets they cover".
  {C::imprint, L::en, false,
   R"(\b(?:never |only |don't |do not )?invest (?:more than |what )?(?:you can(?:not|'t)? )?afford to lose\b|\b(?:writers?|authors?|editors?|analysts?|contributors?|staff|team)(?: (?:and|or) (?:writers?|authors?|editors?|analysts?|contributors?|staff|their families))? (?:may|might|could|can) (?:hold|own|have) (?:long |short )?(?:positions? in|shares (?:of|in)|stock in)\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:investieren sie|investiere) (?:nie|niemals|nur) (?:mehr,? als|geld,? das) (?:sie|du) (?:zu verlieren bereit (?:sind|bist)|verlieren (?:können|kannst)|verkraften)|\b(?:autoren|autorinnen|redakteure|analysten|mitarbeiter(?:innen)?|die redaktion)(?: und (?:autoren|gastautoren|redakteure|analysten|mitarbeiter(?:innen)?))? (?:können|könnten) (?:positionen|anteile|aktien) (?:in|an|der|von) )"},
  {C::imprint, L::fr, false,
   R"(\bn'investissez (?:jamais|que) (?:plus que )?(?:ce que vous pouvez vous permettre de perdre|l'argent que vous pouvez perdre)|\b(?:les )?(?:auteurs|rédacteurs|analystes|collaborateurs)(?: et (?:auteurs|rédacteurs|analystes|collaborateurs|contributeurs))? (?:peuvent|pourraient) détenir des (?:positions|actions|titres)\b)"},
  {C::imprint, L::es, false,
   R"(\b(?:nunca|no) inviertas? (?:más de lo que|dinero que no) (?:puedas|puede) (?:permitirte )?perder|\b(?:los )?(?:autores|redactores|analistas|colaboradores|empleados)(?: y (?:autores|redactores|analistas|colaboradores))? (?:pueden|podrían) (?:tener|mantener|poseer) (?:posiciones en|acciones de)\b)"},
  {C::imprint, L::it, false,
   R"(\bnon investire (?:mai )?più di quanto (?:puoi|sei disposto a|ti puoi) (?:permetterti di )?perdere|\b(?:gli )?(?:autori|redattori|analisti|collaboratori)(?: e (?:autori|redattori|analisti|collaboratori))? (?:possono|potrebbero) (?:detenere|avere|possedere) (?:posizioni|azioni)\b)"},
  {C::imprint, L::nl, false,
   R"(\b(?:investeer|beleg) (?:nooit|alleen) (?:meer dan )?(?:geld dat )?(?:je|u) (?:kunt|kan) (?:missen|veroorloven te verliezen)|\b(?:de )?(?:auteurs|redacteuren|analisten|medewerkers)(?: en (?:auteurs|redacteuren|analisten|medewerkers))? (?:kunnen|mogen) (?:posities|aandelen) (?:hebben|aanhouden|bezitten) in\b)"},
  {C::imprint, L::pt, false,
   R"(\bnunca invista mais do que (?:você )?(?:pode|possa) (?:se dar ao luxo de )?perder|\b(?:os )?(?:autores|redatores|analistas|colaboradores)(?: e (?:autores|redatores|analistas|colaboradores))? (?:podem|poderão) (?:ter|deter|possuir) (?:posições em|ações d[aoe]s?)\b)"},
  // An investment firm's notice that a note is marketing, not research
  // held to the rules on the independence of investment research (each
  // language's wording of the same regulatory sentence), and the note
  // under a bank's partner product that it is no deposit and not covered
  // by deposit insurance.
  {C::imprint, L::en, false,
   R"(\b(?:this|the) (?:communication|document|email|e-mail|note|publication) is (?:a )?marketing (?:material|communication)\b)"
   R"(|\bhas not been prepared in accordance with (?:the )?legal requirements designed to promote the independence of investment research\b)"
   R"(|\bnot (?:a )?deposits?,? (?:are |is |and )?not (?:fdic|ncua|federally) insured\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:diese|die vorliegende) (?:information|mitteilung|publikation|e-mail|unterlage) ist (?:eine )?(?:marketing|werbe)mitteilung\b)"
   R"(|\bnicht (?:unter einhaltung|im einklang mit) (?:der|den) (?:rechtsvorschriften|gesetzlichen anforderungen) zur förderung der unabhängigkeit von finanzanalysen\b)"
   R"(|\bsind keine (?:bank)?einlagen\b[^.!?]{0,60}\beinlagensicherung)"},
  {C::imprint, L::fr, false,
   R"(\b(?:ce document|cette communication|ce message|cette publication) (?:est|constitue) une communication (?:à caractère )?(?:promotionnel(?:le)?|publicitaire|marketing)\b)"
   R"(|\bn'a pas été (?:élaboré|élaborée|préparé|préparée) conformément aux (?:dispositions|exigences) (?:légales|réglementaires) visant à (?:promouvoir|garantir) l'indépendance de)"
   R"(|\bne sont pas des dépôts\b[^.!?]{0,60}\b(?:garantie des dépôts|fonds de garantie))"},
  {C::imprint, L::es, false,
   R"(\b(?:este documento|esta comunicación|este mensaje|esta publicación) es (?:una )?comunicación (?:publicitaria|comercial|de marketing)\b)"
   R"(|\bno (?:ha sido elaborad[oa]|se ha elaborado|ha sido preparad[oa]) (?:de conformidad|conforme|de acuerdo) con los requisitos legales (?:destinados|dirigidos) a promover la independencia de)"
   R"(|\bno son depósitos\b[^.!?]{0,60}\bfondo de garantía de depósitos)"},
  {C::imprint, L::it, false,
   R"(\b(?:questo documento|questa comunicazione|il presente documento|la presente comunicazione) è (?:una )?comunicazione (?:di marketing|pubblicitaria|promozionale)\b)"
   R"(|\bnon è stat[oa] (?:redatt|predispost|elaborat)[oa] (?:conformemente|in conformità) (?:ai|alle) (?:requisiti|disposizioni) (?:normativi|normative|di legge) (?:volti|volte|intesi|intese) a promuovere l'indipendenza)"
   R"(|\bnon sono depositi\b[^.!?]{0,60}\b(?:tutela|garanzia) dei depositi)"},
  {C::imprint, L::nl, false,
   R"(\b(?:dit document|deze (?:communicatie|publicatie|e-mail|mail)) is (?:een )?(?:marketingcommunicatie|marketingmateriaal|reclame-uiting)\b)"
   R"(|\bniet opgesteld (?:in overeenstemming met|volgens) de wettelijke (?:vereisten|voorschriften) ter (?:bevordering|waarborging) van de onafhankelijkheid van)"
   R"(|\bzijn geen deposito'?s\b[^.!?]{0,60}\bdepositogarantie)"},
  {C::imprint, L::pt, false,
   R"(\b(?:este documento|esta comunicação|esta mensagem|esta publicação) é (?:uma )?comunicação (?:publicitária|de marketing|comercial)\b)"
   R"(|\bnão foi (?:elaborad|preparad)[oa] (?:de acordo|em conformidade) com (?:os )?requisitos legais (?:destinados|concebidos) a promover a independência d)"
   R"(|\bnão são depósitos\b[^.!?]{0,60}\bfundo de garantia)"},
  // An affiliate letter's disclosure that partners pay for the offers it
  // shows, as a label opening the note or as the sentence itself.
  {C::imprint, L::en, false,
   R"(^(?:advertiser|affiliate|advertising) disclosure ?:)"
   R"(|\b(?:offers|products|links|deals) (?:in|on) this (?:email|newsletter|page|issue) (?:come|are) from (?:partners|advertisers|companies) (?:who|that|which) (?:pay|compensate) us\b)"},
  {C::imprint, L::de, false,
   R"(^(?:werbehinweis|transparenzhinweis|hinweis zu (?:partner|affiliate)-?links) ?:)"
   R"(|\bangebote in diese[rm] (?:e-mail|newsletter|ausgabe) stammen von partnern,? die uns (?:bezahlen|vergüten))"},
  {C::imprint, L::fr, false,
   R"(^(?:transparence publicitaire|mention d'affiliation|liens affiliés) ?:)"
   R"(|\boffres (?:de|dans) ce(?:tte)? (?:e-mail|newsletter|lettre) (?:proviennent|viennent) de partenaires qui nous rémunèrent)"},
  {C::imprint, L::es, false,
   R"(^(?:aviso (?:de|sobre) (?:afiliados|anunciantes)|divulgación (?:publicitaria|de anunciantes)) ?:)"
   R"(|\bofertas de este (?:correo|boletín|email) (?:proceden|vienen) de (?:socios|anunciantes) que nos pagan)"},
  {C::imprint, L::it, false,
   R"(^(?:informativa (?:sugli|per gli) (?:affiliati|inserzionisti)|trasparenza pubblicitaria) ?:)"
   R"(|\bofferte (?:di|in) questa (?:email|newsletter) (?:provengono|arrivano) da partner che ci (?:pagano|remunerano))"},
  {C::imprint, L::nl, false,
   R"(^(?:transparantie over (?:partners|adverteerders)|affiliatemelding|advertentieverklaring) ?:)"
   R"(|\baanbiedingen in deze (?:e-mail|nieuwsbrief|mail) (?:komen|zijn) van partners die ons betalen)"},
  {C::imprint, L::pt, false,
   R"(^(?:divulgação de (?:anunciantes|afiliados)|aviso de (?:afiliados|anunciantes)) ?:)"
   R"(|\bofertas (?:deste|neste) (?:e-mail|boletim|email) (?:vêm|são) de parceiros que nos pagam)"},
  // A lender's small print under its loan or card offer: rates subject to
  // change, the property insurance the loan requires.
  {C::imprint, L::en, false, R"(\brates? (?:are |is )?subject to change\b|\b(?:property|hazard|homeowners?|flood) insurance (?:is )?required\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:zinssätze|konditionen) (?:sind )?(?:freibleibend|variabel und können sich ändern)\b|\b(?:wohngebäude|gebäude|feuer)versicherung (?:ist )?(?:erforderlich|vorausgesetzt)\b)"},
  {C::imprint, L::fr, false,
   R"(\btaux (?:révisables?|susceptibles? d'évoluer|susceptibles? de (?:modification|varier))\b|\bassurance (?:habitation|emprunteur|incendie) (?:obligatoire|exigée|requise))"},
  {C::imprint, L::es, false,
   R"(\btipos? (?:de interés )?sujetos? a (?:cambios|variación|modificación)\b|\bseguro de (?:hogar|incendios|daños) obligatorio\b)"},
  {C::imprint, L::it, false, R"(\btassi (?:soggetti|suscettibili) (?:a|di) (?:variazione|variazioni|modifica)\b|\bassicurazione (?:incendio e scoppio|casa) obbligatoria\b)"},
  {C::imprint, L::nl, false, R"(\b(?:rentes?|tarieven) (?:onder voorbehoud|kunnen wijzigen)\b|\bopstalverzekering (?:is )?verplicht\b)"},
  {C::imprint, L::pt, false, R"(\btaxas? sujeitas? a alteraç(?:ão|ões)\b|\bseguro (?:multirriscos|de incêndio) obrigatório\b)"},
  // A shop's coupon small print: once per purchase, not with other
  // coupons or discounts, in participating stores (or dealers and
  // workshops, for a service offer) only, the goods it
  // leaves out; an optician's or a hearing-aid shop's note for the
  // statutory insured and the card to bring; a referral reward's
  // condition on the person referred; a test that is no doctor's
  // examination.
  {C::imprint, L::en, false,
   R"(\bone (?:coupon|voucher|code) per (?:purchase|customer|transaction|household|order)\b|cannot be combined with (?:any )?other (?:[\pL-]+ (?:or|and) )?(?:[\pL-]+ )?(?:offers?|coupons?|discounts?|promotions?|vouchers?)|at participating (?:stores|locations|branches|retailers|outlets)\b|not valid in (?:conjunction|combination) with (?:any )?other (?:offers?|coupons?|discounts?|promotions?)|at (?:all )?participating (?:[\pL-]+ )?(?:dealers|dealerships|service partners|garages|workshops|service centres|service centers)\b|^(?:excludes|excluding|not valid on) (?:tobacco|alcohol|gift cards|lottery|stamps|newspapers|magazines|prescriptions|deposits)\b)"
   R"(|^(?:note|information) for (?:insured (?:patients|members)|medicare (?:patients|members))|please bring your (?:insurance|medicare|health insurance) card)"
   R"(|once (?:the |your )?(?:referred (?:friend|person|customer)|friend you referred) (?:has )?(?:paid|made|completed|placed)|does not replace (?:an? )?(?:eye examination|medical examination|visit to (?:your|a) doctor))"},
  {C::imprint, L::de, false,
   R"(einmal (?:pro|je) (?:einkauf|kunde|kundin|bestellung|haushalt|person)[^.!?]{0,20}einlösbar|nicht mit anderen (?:[\pL-]+ (?:oder|und|bzw\.?) )?[\pL-]*(?:aktionen|rabatten|rabattaktionen|gutscheinen|coupons|angeboten|vorteilen) (?:kombinierbar|kumulierbar)|in (?:allen )?teilnehmenden (?:filialen|märkten|geschäften|häusern|apotheken|partnerbetrieben)|keine kombination mit anderen (?:[\pL-]+ (?:oder|und) )?[\pL-]*(?:aktionen|rabatten|gutscheinen|coupons|angeboten|vorteilen)|bei (?:allen )?teilnehmenden (?:[\pL-]+ )?(?:händlern|vertragshändlern|autohäusern|werkstätten|servicepartnern|vertragspartnern|fachwerkstätten)\b|^ausgenommen (?:sind )?(?:[\pL-]+, )*[\pL-]*(?:tabakwaren|pfand|gutscheine|gutscheinkarten|geschenkkarten|zeitschriften|bücher|säuglingsnahrung|pfandartikel)\b)"
   R"(|^hinweis für (?:gesetzlich|privat) versicherte|bitte (?:bringen sie|bring) (?:ihre|deine) (?:versicherten|gesundheits|krankenversicherten)karte)"
   R"(|sobald (?:die|der|dein|ihr|deine|ihre) geworbene[rn]? (?:person|kunde|kundin|freund|freundin|mitglied)|ersetzt (?:keine|nicht die) (?:augen|haus|fach|zahn)ärztliche)"},
  {C::imprint, L::fr, false,
   R"(\b(?:un|une) (?:seule? )?(?:coupon|bon|code) par (?:achat|client|foyer|commande|passage en caisse)\b|non cumulable avec (?:d'autres|les autres|toute autre|tout autre) (?:[\pL-]+ (?:ou|et) )?(?:offres?|promotions?|remises?|coupons?|bons?|réductions?)|dans les magasins participants|aucun cumul (?:possible )?avec (?:d'autres|les autres|une autre|toute autre) (?:offres?|promotions?|remises?|réductions?)|chez (?:tous )?(?:les|nos) (?:concessionnaires|garages|ateliers|réparateurs|partenaires) (?:[\pL-]+ )?participants\b|(?:dans|chez) (?:les|nos) (?:magasins|enseignes|points de vente) participants|^hors (?:tabac|alcool|presse|livres|cartes cadeaux|consigne|gaz)\b)"
   R"(|^(?:information|à noter) pour les assurés sociaux|pensez à (?:apporter|vous munir de) votre carte vitale)"
   R"(|dès que (?:votre|ton) filleule? (?:a|aura)\b|ne remplace pas (?:un |une |l')(?:examen|consultation|avis) (?:médical|ophtalmologique|chez (?:votre|un) (?:médecin|ophtalmologiste)))"},
  {C::imprint, L::es, false,
   R"(\bun (?:cupón|código|vale) por (?:compra|cliente|pedido|hogar)\b|no acumulable (?:con|a) otr[oa]s (?:[\pL-]+ (?:o|y) )?(?:ofertas|promociones|descuentos|cupones)|en (?:las )?tiendas (?:adheridas|participantes)|no se puede (?:combinar|acumular) con otr[oa]s (?:ofertas|promociones|descuentos|cupones)|en (?:todos )?(?:los|nuestros) (?:concesionarios|talleres|servicios oficiales) (?:[\pL-]+ )?(?:adheridos|participantes)\b|^(?:excepto|salvo|excluidos?) (?:tabaco|alcohol|libros|tarjetas regalo|prensa|revistas)\b)"
   R"(|(?:trae|traiga) (?:tu|su) tarjeta sanitaria|^(?:nota|aviso) para (?:los )?asegurados)"
   R"(|en cuanto (?:tu|su) (?:amigo|amiga|invitad[oa]) (?:haga|realice|pague)|no sustituye (?:a )?(?:una|la) (?:revisión|consulta) (?:médica|oftalmológica))"},
  {C::imprint, L::it, false,
   R"(\bun (?:buono|coupon|codice) per (?:acquisto|cliente|scontrino|famiglia)\b|non cumulabile con altr[ei] (?:[\pL-]+ (?:o|e) )?(?:offerte|promozioni|sconti|buoni|coupon)|nei (?:punti vendita|negozi) aderenti|non è (?:cumulabile|combinabile) con altr[ei] (?:offerte|promozioni|sconti|buoni|coupon)|presso (?:tutti )?(?:i|le) (?:concessionari|officine|centri assistenza|partner) (?:[\pL-]+ )?aderenti\b|^(?:esclusi|escluse) (?:tabacchi|alcolici|libri|carte regalo|giornali|riviste|ricariche)\b)"
   R"(|(?:porta|porti) (?:con te |con sé )?(?:la )?(?:tua |sua )?tessera sanitaria|^(?:nota|avviso) per (?:gli )?assistiti)"
   R"(|non appena (?:il tuo|la tua) (?:amic[oa]|invitat[oa]) (?:avrà|effettua|ha)(?:[^\pL\pN]|$)|non sostituisce (?:una|la) visita (?:medica|oculistica))"},
  {C::imprint, L::nl, false,
   R"(één (?:coupon|bon|code) per (?:aankoop|klant|bestelling|huishouden)\b|niet (?:te )?combineren met andere (?:[\pL-]+ (?:of|en) )?(?:acties|aanbiedingen|kortingen|coupons|bonnen)|bij (?:alle )?deelnemende (?:winkels|filialen|vestigingen|supermarkten)|geen combinatie (?:mogelijk )?met andere (?:acties|aanbiedingen|kortingen|coupons)|bij (?:alle )?deelnemende (?:[\pL-]+ )?(?:dealers|garages|werkplaatsen|servicepartners)\b|^(?:uitgezonderd|exclusief) (?:tabak|rookwaren|statiegeld|cadeaukaarten|tijdschriften|boeken)\b)"
   R"(|neem (?:je|uw) (?:zorg|verzekerings)pas mee|^(?:let op|tip) voor verzekerden)"
   R"(|zodra (?:je|uw) (?:aangebrachte )?(?:vriend|vriendin|klant) (?:heeft betaald|de eerste)|vervangt geen (?:oogmeting bij de oogarts|medisch onderzoek|bezoek aan (?:de|je|uw) (?:huis|oog)arts))"},
  {C::imprint, L::pt, false,
   R"(\bum (?:cupão|cupom|vale|código) por (?:compra|cliente|pedido|agregado)\b|não (?:é )?(?:cumulável|acumulável|cumulativ[oa]) com outr[ao]s (?:[\pL-]+ (?:ou|e) )?(?:ofertas|promoções|descontos|cupões|cupons|campanhas)|nas lojas (?:aderentes|participantes)|não (?:é possível|pode ser) (?:acumular|combinar|acumulad[oa]|combinad[oa]) com outr[ao]s (?:ofertas|promoções|descontos|campanhas)|n[oa]s (?:concessionários|concessionárias|oficinas|parceiros) (?:[\pL-]+ )?(?:aderentes|participantes)\b|^(?:exceto|excluindo|excluem-se) (?:tabaco|álcool|livros|cartões[- ]presente|revistas|jornais)\b)"
   R"(|(?:traga|trazer) (?:o )?(?:seu |teu )?cartão (?:de utente|do sns|do plano de saúde)|^nota para (?:os )?(?:beneficiários|segurados))"
   R"(|assim que (?:o seu|o teu|a sua|a tua) (?:amig[oa]|indicad[oa]|convidad[oa]) (?:pagar|fizer|efetuar)|não substitui (?:uma|a) consulta (?:médica|oftalmológica))"},
  // A mail-order price list's payment small print: the cards it takes,
  // whose cheques it accepts, its typo disclaimer.
  {C::imprint, L::en, false,
   R"(\bwe (?:also )?accept (?:visa|mastercard|master card|american express|amex|discover|paypal|all major credit cards|personal checks|checks|cheques|money orders)\b|\b(?:company |personal )?(?:checks|cheques) (?:are )?accepted (?:from|only)\b|not responsible for (?:typographical|typographic|pricing) errors)"},
  {C::imprint, L::de, false,
   R"(\bwir akzeptieren (?:visa|mastercard|american express|amex|paypal|alle (?:gängigen )?kreditkarten|überweisung|schecks)\b|für (?:druck|tipp|satz)fehler (?:wird )?keine haftung)"},
  {C::imprint, L::fr, false,
   R"(\bnous acceptons (?:visa|mastercard|american express|amex|paypal|les cartes|toutes les cartes|les chèques)\b|sous réserve d'erreurs (?:typographiques|d'impression))"},
  {C::imprint, L::es, false,
   R"(\baceptamos (?:visa|mastercard|american express|amex|paypal|todas las tarjetas|tarjetas de crédito|cheques)\b|no nos hacemos responsables de (?:los )?errores tipográficos)"},
  {C::imprint, L::it, false,
   R"(\baccettiamo (?:visa|mastercard|american express|amex|paypal|tutte le carte|carte di credito|assegni)\b|salvo errori (?:tipografici|di stampa))"},
  {C::imprint, L::nl, false,
   R"(\bwe? accepteren (?:visa|mastercard|american express|amex|paypal|ideal|alle creditcards|cheques)\b|onder voorbehoud van (?:druk|zet|type)fouten)"},
  {C::imprint, L::pt, false,
   R"(\baceitamos (?:visa|mastercard|american express|amex|paypal|todos os cartões|cartões de crédito|cheques)\b|salvo erros (?:tipográficos|de impressão))"},
  // The heading over a price list's ordering and payment terms, which a
  // plain-text list boxes between rules ("==== ORDERING ====").
  {C::imprint, L::en, true,
   R"(ordering|ordering info(?:rmation)?|order info(?:rmation)?|how to order|payment (?:methods|options))"},
  {C::imprint, L::de, true, R"(so bestellen sie|bestellinformationen|bestellhinweise|zahlungsarten|zahlungsmöglichkeiten)"},
  {C::imprint, L::fr, true, R"(comment commander|informations de commande|modes de (?:paiement|règlement)|moyens de paiement)"},
  {C::imprint, L::es, true, R"(cómo (?:hacer (?:su|tu) )?pedido|cómo comprar|formas de pago|métodos de pago|información de pedidos)"},
  {C::imprint, L::it, true, R"(come ordinare|modalità di pagamento|metodi di pagamento|informazioni sugli ordini)"},
  {C::imprint, L::nl, true, R"(zo bestelt u|zo bestel je|betaalmethoden|betaalmogelijkheden|bestelinformatie)"},
  {C::imprint, L::pt, true, R"(como (?:encomendar|comprar|fazer (?:o|a sua) (?:pedido|encomenda))|formas de pagamento|métodos de pagamento)"},
  // How long miles or points take to reach the account: "partner miles
  // may take 4 to 6 weeks to appear", "posted 6 to 8 weeks after"; and
  // what must happen first ("points are credited once the return period
  // is over", a switching bonus credited with the first annual bill).
  {C::imprint, L::en, false,
   R"(\b(?:miles|points|credits?|bonus(?:es)?)\b[^.!?]{0,60}\b(?:may|can|will) take (?:up to )?\d+(?: (?:to|-) \d+)? (?:weeks|days|business days) to (?:appear|post|show|be credited|be posted)\b|\b(?:posted|credited) (?:to your account )?\d+ (?:to|-) \d+ weeks after\b|\b(?:points|(?:the )?bonus|(?:the )?credit) (?:will be|are|is) (?:credited|paid out|added) (?:to your account )?(?:once|as soon as|after the|with your first)\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:meilen|punkte|gutschrift)\pL*\b[^.!?]{0,60}\b(?:kann|können) bis zu \d+ (?:wochen|tage) dauern|\b(?:werden|wird) (?:innerhalb von )?\d+ (?:bis|-) \d+ wochen (?:nach [^.!?]{0,40})?gutgeschrieben|\b(?:punkte|meilen|prämie|bonus) (?:werden|wird) (?:dir |ihnen |euch )?(?:erst )?gutgeschrieben,? (?:sobald|nachdem|wenn)\b|\bdie gutschrift erfolgt (?:erst )?(?:mit|nach|bei) (?:der|dem|ablauf)\b)"},
  {C::imprint, L::fr, false,
   R"(\b(?:miles|points)\b[^.!?]{0,60}\b(?:peuvent|peut) (?:mettre|prendre) (?:jusqu'à )?\d+(?: à \d+)? semaines|\b(?:seront|sera) crédités? (?:dans les|sous) \d+(?: à \d+)? semaines|\b(?:les points|le bonus|la prime) (?:seront|sera|sont|est) crédité(?:e|s|es)? (?:dès que|une fois|après|avec (?:la|votre) première)\b)"},
  {C::imprint, L::es, false,
   R"(\b(?:millas|puntos)\b[^.!?]{0,60}\b(?:pueden|puede) tardar (?:hasta )?\d+(?: a \d+)? semanas|\bse abonarán (?:en|entre) \d+(?: y \d+)? semanas|\b(?:los puntos|el bono|la bonificación) se (?:abonarán|abonará|acreditarán|acreditará) (?:una vez|cuando|tras|después de|con (?:la|tu|su) primera)\b)"},
  {C::imprint, L::it, false,
   R"(\b(?:miglia|punti)\b[^.!?]{0,60}\b(?:possono|può) (?:richiedere|impiegare) (?:fino a )?\d+(?: a \d+)? settimane|\b(?:saranno|verranno) accreditat[ie] (?:entro|dopo) \d+(?: a \d+)? settimane|\b(?:i punti|il bonus) (?:verranno|saranno|vengono|verrà|sarà|viene) accreditat[io] (?:una volta|quando|dopo|con la prima)\b)"},
  {C::imprint, L::nl, false,
   R"(\b(?:miles|punten)\b[^.!?]{0,60}\b(?:kan|kunnen) (?:tot )?\d+(?: tot \d+)? weken duren|\b(?:worden|wordt) (?:binnen )?\d+(?: tot \d+)? weken (?:na [^.!?]{0,40})?bijgeschreven|\b(?:de )?(?:punten|bonus|premie) (?:worden|wordt) (?:pas )?bijgeschreven (?:zodra|nadat|na afloop|bij (?:de|je|uw) eerste)\b)"},
  {C::imprint, L::pt, false,
   R"(\b(?:milhas|pontos)\b[^.!?]{0,60}\b(?:podem|pode) levar (?:até )?\d+(?: a \d+)? semanas|\b(?:serão|será) creditad[oa]s? (?:em|até) \d+(?: a \d+)? semanas|\b(?:os pontos|o bónus|o bônus|o prémio|o prêmio) (?:serão|será|são|é) creditad[oa]s? (?:assim que|após|depois d[eao]|com a primeira)\b)"},
  // A privacy line of a list's footer that says what the address is used
  // for ("Privacy: we use your e-mail address only to send you the
  // newsletter."), led by its one-word label or not.
  {C::imprint, L::en, false,
   R"(^privacy ?:|\bwe (?:only )?use your (?:e-?mail )?address (?:only )?(?:to|for) (?:send|sending|deliver|mail))"},
  {C::imprint, L::de, false,
   R"(^datenschutz ?:|\bwir (?:nutzen|verwenden) (?:ihre|deine) (?:e-?mail-?)?adresse (?:nur|ausschließlich) (?:für|zum|zur|um))"},
  {C::imprint, L::fr, false,
   R"(^confidentialité ?:|\bnous n'utilisons votre adresse (?:e-?mail )?que pour|\bnous utilisons votre adresse (?:e-?mail )?uniquement pour)"},
  {C::imprint, L::es, false,
   R"(^privacidad ?:|\b(?:solo|sólo|únicamente) (?:usamos|utilizamos) (?:tu|su) (?:dirección de )?(?:correo|e-?mail) para|\b(?:usamos|utilizamos) (?:tu|su) (?:dirección de )?(?:correo|e-?mail) (?:solo|sólo|únicamente) para)"},
  {C::imprint, L::it, false,
   R"(^privacy ?:|\b(?:usiamo|utilizziamo) il (?:tuo|suo) indirizzo (?:e-?mail )?(?:solo|soltanto|esclusivamente) per)"},
  {C::imprint, L::nl, false,
   R"(^privacy ?:|\b(?:we|wij) gebruiken (?:je|jouw|uw) e-?mailadres (?:alleen|uitsluitend) (?:om|voor))"},
  {C::imprint, L::pt, false,
   R"(^privacidade ?:|\b(?:usamos|utilizamos) (?:o )?(?:seu|teu) (?:endereço de )?e-?mail (?:apenas|somente|exclusivamente) para)"},
  // A betting partner's small print: the age and states, bonus bets that
  // expire, the helpline and the plea to play responsibly; and a writer's
  // note that some links earn a commission (or that buying through them
  // pays the sender); a coach's "results vary".
  {C::imprint, L::en, false,
   R"(gambling problem\?|(?:call|text) 1-?800-?gambler\b|(?:please )?(?:play|gamble|bet|wager) responsibly\b|must be (?:18|19|21)\+|^(?:18|19|21)\+ (?:only|and)\b|bonus bets? (?:expire|are non-?withdrawable|(?:are )?not included in)\b)"
   R"(|(?:some |the )?links (?:below|above|in this (?:issue|email|newsletter|post)) are affiliate links|\b(?:below|above|here|in this (?:issue|email|newsletter|post)) are affiliate links\b|(?:i|we) (?:may )?(?:earn|receive|get|make) a (?:small )?commission\b|^(?:individual )?results (?:may )?vary(?:\.|$))"
   R"(|\b(?:when|if) you (?:buy|shop|purchase|order) (?:something |anything )?(?:through|via|using|from) (?:these|our|the|my) (?:affiliate )?links\b)"},
  {C::imprint, L::de, false,
   R"(glücksspiel kann süchtig machen|(?:spielen sie|spiele|spiel) verantwortungs(?:voll|bewusst)|(?:spiel)?teilnahme (?:erst )?ab 18\b|bonus-?wetten (?:verfallen|laufen ab)\b)"
   R"(|(?:enthält|enthalten) (?:sogenannte )?affiliate-links|\b(?:unten|oben|hier|in diese[rm] (?:ausgabe|e-mail|mail|newsletter)) sind (?:sogenannte )?affiliate-?links\b|(?:erhalte|erhalten) (?:ich|wir) (?:eine )?(?:kleine )?provision\b|^(?:die )?ergebnisse können (?:individuell )?(?:variieren|abweichen)(?:\.|$))"
   R"(|\b(?:wenn|falls) (?:sie|du|ihr) (?:etwas )?über (?:diese|unsere|die|meine) links (?:etwas )?(?:kauf|bestell))"},
  {C::imprint, L::fr, false,
   R"(jouer comporte des risques|(?:jouez|joue) (?:de manière )?responsable|interdit aux (?:mineurs|moins de 18 ans)|joueurs info service)"
   R"(|liens? d'affiliation|liens? affiliés?\b|(?:je|nous) (?:touche|touchons|perçois|percevons|reçois|recevons) une (?:petite )?commission\b|^(?:les )?résultats (?:peuvent varier|varient)(?:\.|$))"
   R"(|\b(?:si|quand|lorsque) vous (?:achetez|commandez)(?: quelque chose)? (?:via|par|en passant par) (?:ces|nos|les|mes) liens\b)"},
  {C::imprint, L::es, false,
   R"(juega con responsabilidad|(?:solo|sólo) (?:para )?mayores de 18|prohibido (?:para )?menores de 18)"
   R"(|enlaces? de afiliad[oa]s?\b|(?:recibo|recibimos|gano|ganamos) una (?:pequeña )?comisión\b|^(?:los )?resultados pueden variar(?:\.|$))"
   R"(|\b(?:si|cuando) (?:compras|compra|comprás)(?: algo)? (?:a través de|desde|mediante|con) (?:estos|nuestros|los|mis) enlaces\b)"},
  {C::imprint, L::it, false,
   R"(il gioco (?:è vietato ai minori|può causare dipendenza)|gioca (?:responsabilmente|con responsabilità))"
   R"(|link (?:di )?affiliazione|link affiliat[oi]\b|(?:riceviamo|ricevo|guadagno|guadagniamo) una (?:piccola )?commissione\b|^(?:i )?risultati possono variare(?:\.|$))"
   R"(|\b(?:se|quando) (?:acquisti|compri|acquistate|comprate)(?: qualcosa)? (?:tramite|attraverso|con|da) (?:questi|i nostri|i miei|i) link\b)"},
  {C::imprint, L::nl, false,
   R"(wat kost gokken jou|speel bewust\b|verboden voor minderjarigen)"
   R"(|bevat affiliate ?links|\b(?:hieronder|hierboven|hier|in deze (?:nieuwsbrief|editie|mail)) zijn affiliate ?links\b|(?:ontvang|ontvangen|krijg|krijgen) (?:ik|we|wij) een (?:kleine )?commissie\b|^(?:de )?resultaten kunnen (?:verschillen|variëren)(?:\.|$))"
   R"(|\b(?:als|wanneer) (?:je|u|jij) (?:iets )?(?:via|door) (?:deze|onze|de|mijn) links? (?:iets )?(?:koopt|bestelt)\b)"},
  {C::imprint, L::pt, false,
   R"(jogue com responsabilidade|proibido para menores de 18|(?:apenas|somente) para maiores de 18)"
   R"(|links? de afiliad[oa]s?\b|(?:recebo|recebemos|ganho|ganhamos) uma (?:pequena )?comissão\b|^(?:os )?resultados podem variar(?:\.|$))"
   R"(|\b(?:se|quando) (?:você |tu )?(?:comprar|compras|compra)(?: algo| alguma coisa)? (?:através (?:dos|destes)|pelos|por meio dos|a partir dos) (?:nossos |meus )?links\b)"},
  // The small print of a bike leased through the employer: the saving
  // against buying outright, which depends on the tax class.
  {C::imprint, L::en, false, R"(\bsavings? (?:compared (?:to|with)|versus|vs\.?) (?:buying (?:outright|directly)|a direct purchase|the purchase price)|\bdepending on (?:your )?(?:tax (?:bracket|band|class)|income tax band)\b)"},
  {C::imprint, L::de, false, R"(\bersparnis (?:gegenüber|im vergleich zu)[mr]? (?:dem |einem )?(?:direkt|bar|privat)?kauf|\babhängig von (?:der |ihrer |deiner )?steuerklasse)"},
  {C::imprint, L::fr, false, R"(économie (?:par rapport à|comparée à) (?:un |l')achat (?:direct|comptant)|\bselon (?:votre |ta )?tranche (?:marginale )?d'imposition\b)"},
  {C::imprint, L::es, false, R"(\bahorro (?:frente a|respecto a|en comparación con) (?:la |una )?compra (?:directa|al contado)|\bsegún (?:tu|su) tramo (?:fiscal|del irpf)\b)"},
  {C::imprint, L::it, false, R"(\brisparmio rispetto (?:all'|a un )acquisto (?:diretto|in contanti)|\bin base alla (?:tua |sua )?fascia (?:fiscale|di reddito)\b)"},
  {C::imprint, L::nl, false, R"(\bbesparing (?:ten opzichte van|vergeleken met) (?:directe |een directe )?aankoop|\bafhankelijk van (?:je|jouw|uw) (?:belastingschijf|inkomstenbelasting)\b)"},
  {C::imprint, L::pt, false, R"(\bpoupança (?:face à|em relação à) compra (?:direta|a pronto)|\bconsoante o (?:seu |teu )?escalão (?:de irs|fiscal)\b)"},
  // A deals site's affiliate note ("When you buy through links in this
  // email, we may earn an affiliate commission"), its editors' independence
  // line beside it, and the small print under an exchange's or an app's
  // sign-up bonus: the offer only for new users, only in eligible regions.
  {C::imprint, L::en, false,
   R"((?:when|if) you (?:buy|purchase|shop)(?: something| a product)? (?:through|via|using|from) (?:the |our )?links (?:in|on|from) (?:this|these|our)\b|\bmay (?:earn|receive|get) an? (?:small )?affiliate commission\b)"
   R"(|\b(?:our )?editors (?:independently )?(?:choose|select|pick) (?:every|each|all) (?:deal|product|item|pick)s?(?: we feature)? independently\b|\bindependently (?:chosen|selected|picked) by our editors\b)"
   R"(|\boffer (?:is )?(?:available|valid|open) (?:only )?(?:to|for) new (?:[\pL-]+ )?(?:users|customers|clients|members|account holders)\b|\bin eligible (?:regions|countries|states|jurisdictions|markets)(?: only)?\b)"},
  {C::imprint, L::de, false,
   R"(\bwenn (?:du|sie) (?:über|durch) (?:die |diese |unsere )?links (?:in diese[rm] (?:e-mail|mail|newsletter) |auf unserer (?:seite|website) )?(?:etwas )?(?:kaufst|kaufen|bestellst|bestellen)\b|\b(?:erhält|bekommt|verdient) [\pL-]+ (?:möglicherweise |eventuell |ggf\. )?eine (?:kleine )?(?:affiliate-|partner)?provision\b)"
   R"(|\b(?:unsere|die) redaktion wählt (?:alle|jede[ns]?) (?:deals?|angebote?|produkte?) unabhängig aus\b|\bunabhängig von (?:unserer|der) redaktion ausgewählt\b)"
   R"(|\bangebot gilt nur für neu(?:kunden|e (?:nutzer|kunden|mitglieder))\b|\bin (?:berechtigten|teilnehmenden) (?:ländern|regionen)\b)"},
  {C::imprint, L::fr, false,
   R"(\b(?:lorsque|quand|si) vous (?:achetez|effectuez un achat|commandez) (?:via|par|en passant par|à partir des?) (?:les |nos |ces )?liens\b|\b(?:peut|pouvons|pourrions|peuvent) (?:percevoir|toucher|recevoir) une (?:petite )?commission d'affiliation\b)"
   R"(|\b(?:notre rédaction|nos rédacteurs|nos journalistes) (?:sélectionnent?|choisi(?:t|ssent)) (?:chaque|tous les|toutes les) (?:bons? plans?|offres?|produits?|deals?) (?:de (?:manière|façon) )?indépendan)"
   R"(|\boffre (?:réservée|valable|disponible) (?:uniquement )?(?:aux|pour les) nouveaux (?:utilisateurs|clients|membres)\b|\bdans les (?:pays|régions) éligibles\b)"},
  {C::imprint, L::es, false,
   R"(\b(?:si|cuando) (?:compras|compra|usted compra|compras algo) (?:a través de|mediante|desde|con) (?:los |nuestros |estos )?enlaces\b|\b(?:puede|podemos|podría|podríamos) (?:recibir|ganar|obtener) una (?:pequeña )?comisión de afiliad[oa]\b)"
   R"(|\b(?:nuestros editores|nuestra redacción|el equipo editorial) (?:elige|eligen|selecciona|seleccionan) (?:cada|todas las|todos los) (?:ofertas?|productos?|chollos?) de (?:forma|manera) independiente\b)"
   R"(|\boferta (?:disponible|válida) (?:solo |sólo |únicamente )?para nuevos (?:usuarios|clientes|miembros)\b|\ben (?:regiones|países) (?:elegibles|participantes)\b)"},
  {C::imprint, L::it, false,
   R"(\b(?:se|quando) acquisti (?:qualcosa )?(?:tramite|attraverso|dai) (?:i |questi |i nostri )?link\b|\b(?:potrebbe|può|potremmo|possiamo) (?:ricevere|guadagnare|percepire) una (?:piccola )?commissione (?:di affiliazione|come affiliat[oi])\b)"
   R"(|\b(?:la nostra redazione|i nostri editor) (?:sceglie|scelgono|seleziona|selezionano) (?:ogni|ciascun[ao]?|tutte le|tutti i) (?:offert|prodott|affar)\pL* in modo indipendente\b)"
   R"(|\bofferta (?:riservata|valida|disponibile) (?:solo |esclusivamente )?(?:ai|per i) nuovi (?:utenti|clienti|iscritti)\b|\bnei paesi (?:idonei|aderenti|ammissibili)\b)"},
  {C::imprint, L::nl, false,
   R"(\bals (?:je|u) (?:iets )?(?:koopt|bestelt) via (?:de |deze |onze )?links\b|\been (?:kleine )?(?:affiliate)?commissie (?:ontvangen|verdienen)\b|\bontvangen (?:wij|we) (?:mogelijk )?een (?:kleine )?affiliatecommissie\b)"
   R"(|\b(?:onze|de) redactie (?:kiest|selecteert) (?:elke|iedere|alle) (?:deals?|aanbieding(?:en)?|producten|product) onafhankelijk\b)"
   R"(|\baanbod (?:geldt )?(?:alleen|uitsluitend) (?:geldig )?voor nieuwe (?:gebruikers|klanten|leden)\b|\bin (?:deelnemende|in aanmerking komende) (?:landen|regio's)\b)"},
  {C::imprint, L::pt, false,
   R"(\b(?:quando|se) (?:você )?compra(?:r)? (?:algo )?(?:através|por meio|a partir) d(?:os|estes|os nossos|e) (?:nossos )?links\b|\b(?:pode|podemos|poderá) (?:receber|ganhar) uma (?:pequena )?comissão de afiliad[oa]\b)"
   R"(|\b(?:nossa equipe editorial|nossos editores|a nossa redação|a redação) (?:escolhe|escolhem|seleciona|selecionam) (?:cada|todas as|todos os) (?:ofertas?|produtos?|promoções?) de forma independente\b)"
   R"(|\boferta (?:disponível|válida) (?:apenas|somente|só) para novos (?:usuários|utilizadores|clientes|membros)\b|\bem (?:regiões|países) elegíveis\b)"},
  // A fare sale's rules and a first-year price's small print: the travel
  // dates the fares hold for, no refunds, the taxes and fees left out,
  // seats that may run out, and the renewal billed at the full price.
  {C::imprint, L::en, false,
   R"(\bfares? (?:are|is) non-?refundable\b|\bfares? do(?:es)? not include (?:taxes|fees|the|passenger|airport|government|security)\b|\bseats are limited and (?:may|might) not be available\b|\bvalid for travel (?:departing|originating|between|completed)\b)"
   R"(|\b(?:price|rate|discount|offer) applies (?:only )?to the first (?:year|month|term)\b|\brenewals? (?:are|is) (?:billed|charged) at\b)"},
  {C::imprint, L::de, false,
   R"(\btarife? (?:sind|ist) nicht erstattbar\b|\b(?:preise|tarife) (?:verstehen sich )?(?:ohne|zzgl\.?|zuzüglich) (?:steuern|gebühren|flughafengebühren|steuern und gebühren)\b|\bsitzplätze sind begrenzt und (?:möglicherweise|eventuell) nicht\b|\bgültig für (?:abflüge|reisen) (?:vom|zwischen|ab dem)\b)"
   R"(|\b(?:preis|angebot|rabatt) gilt (?:nur )?für das erste (?:jahr|vertragsjahr)\b|\bverlängerungen? (?:wird|werden) (?:mit|zu) [^.!?]{0,30}berechnet\b)"},
  {C::imprint, L::fr, false,
   R"(\btarifs? non remboursables?\b|\b(?:tarifs?|prix) (?:n'incluent pas|hors) (?:les )?(?:taxes|frais|redevances)\b|\bplaces (?:sont )?limitées et (?:peuvent|pourraient) ne pas être disponibles\b|\bvalables? pour (?:des |les )?(?:départs|voyages) (?:du|entre|à partir du)\b)"
   R"(|\b(?:le )?prix s'applique (?:uniquement )?à la première année\b|\b(?:le )?renouvellement (?:est )?facturé(?:[^\pL\pN]|$))"},
  {C::imprint, L::es, false,
   R"(\btarifas? no reembolsables?\b|\b(?:tarifas|precios) no incluyen (?:las )?(?:tasas|impuestos|cargos)\b|\bplazas (?:son )?limitadas y (?:pueden|podrían) no estar disponibles\b|\bválid[oa]s? para (?:viajar|vuelos|salidas) (?:del|entre|desde el)\b)"
   R"(|\bel precio se aplica (?:solo |sólo )?al primer año\b|\b(?:las )?renovaciones? se factura\b)"},
  {C::imprint, L::it, false,
   R"(\btariff[ae] non rimborsabil[ei]\b|\b(?:tariffe|prezzi) non includono (?:le )?(?:tasse|oneri|diritti)\b|\bposti (?:sono )?limitati e (?:potrebbero|possono) non essere disponibili\b|\bvalid[ae] per (?:partenze|viaggi) (?:dal|tra il|a partire dal)\b)"
   R"(|\bil prezzo si applica (?:solo )?al primo anno\b|\b(?:il )?rinnovo (?:è|viene) fatturat)"},
  {C::imprint, L::nl, false,
   R"(\btarieven zijn niet restitueerbaar\b|\b(?:tarieven|prijzen) (?:zijn )?exclusief (?:belastingen|luchthavenbelasting|toeslagen)\b|\bstoelen zijn beperkt en (?:mogelijk|misschien) niet\b|\bgeldig voor (?:vertrek|reizen) (?:tussen|vanaf)\b)"
   R"(|\b(?:de )?prijs geldt (?:alleen )?voor het eerste jaar\b|\bverlenging(?:en)? (?:wordt|worden) (?:gefactureerd|berekend)\b)"},
  {C::imprint, L::pt, false,
   R"(\btarifas? não reembolsáve(?:l|is)\b|\b(?:tarifas|preços) não incluem (?:as )?(?:taxas|impostos|encargos)\b|\blugares (?:são )?limitados e (?:podem|poderão) não estar disponíveis\b|\bválid[oa]s? para (?:viagens|partidas|voos) (?:de|entre|a partir de)\b)"
   R"(|\bo preço aplica-se (?:apenas )?ao primeiro ano\b|\b(?:a )?renovação (?:é )?cobrad[ao]\b)"},
  // An investment offer's risk warning, and a programme's small print:
  // titles and dates that may change, a broadcast only a package includes.
  {C::imprint, L::en, false,
   R"(^risk warning ?:|\byou (?:may|could|might) lose (?:some or all|all or part|part or all) of (?:your|the) (?:money|capital|investment)|\bcapital (?:is )?at risk\b)"
   R"(|\b(?:titles|dates|release dates|schedules?|line-?ups?)\b[^.!?]{0,40}\b(?:are subject to change|may (?:still )?change(?: at short notice| without notice)?\b)|\bonly (?:included|available) (?:in|with) the [\pL -]{1,25}(?:package|add-on|tier|plan)\b)"},
  {C::imprint, L::de, false,
   R"(^risikohinweis ?:|\beingesetzten? kapitals? (?:ganz oder teilweise|vollständig)|\bverlust des eingesetzten kapitals\b)"
   R"(|\b(?:titel|starttermine|termine|sendezeiten|sendetermine)\b[^.!?]{0,40}\bkönnen sich (?:kurzfristig |jederzeit )?ändern\b|\b(?:ist|sind) nur (?:im|in der|mit dem) [\pL-]+(?:paket|abo|tarif|option) (?:enthalten|verfügbar)\b)"},
  {C::imprint, L::fr, false,
   R"(^avertissement sur les risques ?:|\bperte (?:totale ou partielle )?du capital investi\b|\brisque de perte en capital\b)"
   R"(|\b(?:titres|dates|programmes?|horaires)\b[^.!?]{0,40}\b(?:sont susceptibles d'être modifiée?s|peuvent (?:être modifiée?s|changer))|\b(?:(?:uniquement|seulement) (?:inclus|disponible)s?|(?:inclus|disponible)s? (?:uniquement|seulement)) (?:dans|avec) (?:le |l'|la )(?:[\pL-]+ ){0,3}(?:pack|option|offre|forfait)\b)"},
  {C::imprint, L::es, false,
   R"(^advertencia (?:de|sobre) riesgos? ?:|\bpérdida (?:total o parcial )?del capital invertido\b)"
   R"(|\b(?:títulos|fechas|programación|horarios)\b[^.!?]{0,40}\bpueden cambiar\b|\b(?:(?:solo|sólo|únicamente) (?:está |están )?(?:incluid|disponible)\pL*|(?:incluid|disponible)\pL* (?:solo|sólo|únicamente)) (?:en|con) el (?:[\pL-]+ ){0,3}(?:paquete|plan)\b)"},
  {C::imprint, L::it, false,
   R"(^avvertenza sui rischi ?:|\bperdita (?:totale o parziale )?del capitale investito\b)"
   R"(|\b(?:titoli|date|programmazione|orari)\b[^.!?]{0,40}\bpossono (?:cambiare|subire variazioni)\b|\b(?:(?:solo|soltanto|esclusivamente) (?:incluso|inclusa|disponibile)|(?:incluso|inclusa|disponibile) (?:solo|soltanto|esclusivamente)) (?:nel|con il) (?:[\pL-]+ ){0,3}(?:pacchetto|piano)\b)"},
  {C::imprint, L::nl, false,
   R"(^risicowaarschuwing ?:|\b(?:je|u) (?:kunt|kan) (?:je|uw) (?:inleg|ingelegde geld|inbreng) (?:geheel of gedeeltelijk |deels of geheel )?verliezen\b)"
   R"(|\b(?:titels|data|startdata|tijden)\b[^.!?]{0,40}\bkunnen (?:nog )?(?:wijzigen|veranderen)\b|\balleen (?:inbegrepen|beschikbaar) (?:in|bij|met) het [\pL-]+(?:pakket|abonnement)\b)"},
  {C::imprint, L::pt, false,
   R"(^aviso de risco ?:|\bperda (?:total ou parcial )?do capital investido\b)"
   R"(|\b(?:títulos|datas|programação|horários)\b[^.!?]{0,40}\bpodem (?:mudar|sofrer alterações)\b|\b(?:(?:apenas|só|somente) (?:incluíd|disponíve)\pL*|(?:incluíd|disponíve)\pL* (?:apenas|só|somente)) n[oa] (?:[\pL-]+ ){0,3}(?:pacote|plano)\b)"},
  // An app's subscription terms under its upgrade box: the plan renews by
  // itself at the price of the day, unless cancelled some hours before the
  // period ends.
  {C::imprint, L::en, false,
   R"(\brenews automatically at the (?:then[- ]current|standard|full|regular) (?:price|rate)\b|\bunless (?:you )?cancel(?:led|ed)? (?:it )?at least \d+ hours before the end of (?:the|your|each) (?:current )?(?:period|billing period|subscription period|term)\b)"},
  {C::imprint, L::de, false,
   R"(\bverlängert sich automatisch(?: zum (?:dann gültigen|jeweils gültigen|regulären) preis)?,? (?:sofern|wenn) (?:du|sie) (?:es |das abo )?nicht (?:mindestens )?\d+ stunden vor (?:dem )?(?:ende|ablauf) (?:des|der) (?:laufzeit|zeitraums|abrechnungszeitraums))"},
  {C::imprint, L::fr, false,
   R"(\bse renouvelle automatiquement(?: au (?:tarif|prix) en vigueur)?,? sauf (?:résiliation|annulation) (?:au moins|au plus tard) \d+ heures avant la fin de la période\b)"},
  {C::imprint, L::es, false,
   R"(\bse renueva automáticamente(?: al precio vigente)?,? (?:salvo|a menos) que (?:la )?cancel(?:es|e|en) (?:al menos|como mínimo) \d+ horas antes del (?:final|fin) del periodo\b)"},
  {C::imprint, L::it, false,
   R"(\bsi rinnova automaticamente(?: al prezzo in vigore)?,? (?:salvo|a meno che non) (?:disdetta|(?:tu )?(?:lo )?disdica) (?:almeno )?\d+ ore prima della (?:fine|scadenza) del periodo\b)"},
  {C::imprint, L::nl, false,
   R"(\bwordt automatisch verlengd(?: tegen de dan geldende prijs)?,? tenzij (?:je|u) (?:minstens|ten minste|uiterlijk) \d+ uur (?:voor|vóór) het einde van de (?:periode|looptijd) opzeg\pL*)"},
  {C::imprint, L::pt, false,
   R"(\b(?:é renovad[oa]|renova-se) automaticamente(?: pelo preço em vigor)?,? (?:a menos|salvo) que (?:você )?(?:o |a )?cancele (?:pelo menos|com pelo menos) \d+ horas antes do (?:fim|final) do período\b)"},
  // An introductory offer's price after it ends, payable until the reader
  // cancels ("then £6.99 a month unless you cancel").
  {C::imprint, L::en, false,
   R"(\b(?:a|per) (?:month|year|week),? unless (?:you )?cancel(?:led|ed)?\b|\buntil (?:you )?cancel(?:led|ed)?,? (?:at|for) [£$€]\d)"},
  {C::imprint, L::de, false,
   R"(\b(?:im|pro|je) (?:monat|jahr|woche),? (?:sofern|wenn|falls) (?:du|sie) nicht (?:rechtzeitig |vorher )?kündig\pL*)"},
  {C::imprint, L::fr, false,
   R"(\bpar (?:mois|an|semaine),? sauf (?:résiliation|annulation|si vous résiliez|si tu résilies)\b)"},
  {C::imprint, L::es, false,
   R"(\b(?:al|por) (?:mes|año|semana),? (?:salvo|a menos) que (?:lo |la )?cancel(?:es|e|en)\b|\b(?:al|por) (?:mes|año|semana),? salvo cancelación\b)"},
  {C::imprint, L::it, false,
   R"(\b(?:al|a) (?:mese|anno|settimana),? salvo disdetta\b|\b(?:al|a) (?:mese|anno|settimana),? a meno che non (?:lo |la )?disdic\pL*)"},
  {C::imprint, L::nl, false,
   R"(\bper (?:maand|jaar|week),? tenzij (?:je|u) (?:het |dit )?(?:opzegt|annuleert)\b)"},
  {C::imprint, L::pt, false,
   R"(\bpor (?:mês|ano|semana),? (?:a menos que|salvo se) (?:o |a )?cancel(?:e|ar)\b)"},
  // A gated download's consent line ("By requesting this guide you agree
  // that we may contact you ...") and a section meant for some readers
  // only that asks not to be passed on.
  {C::imprint, L::en, false,
   R"(\bby (?:requesting|downloading|registering for|signing up for|submitting) (?:this|the|our) [\pL -]{0,30}?,? you (?:agree|consent)\b|\bplease do not (?:forward|share) this (?:section|note|letter|e-mail|email|message) (?:outside|beyond|with anyone outside)\b)"},
  {C::imprint, L::de, false,
   R"(\bmit (?:dem|der|ihrem|ihrer) (?:download|anforderung|anmeldung)\b[^.!?]{0,60}\b(?:willigen sie ein|stimmen sie zu|erklären sie sich einverstanden)|\bbitte leiten sie (?:diesen|diese|dieses|den) (?:abschnitt|teil|brief|e-mail|nachricht) nicht (?:an|außerhalb|weiter)\b)"},
  {C::imprint, L::fr, false,
   R"(\ben (?:téléchargeant|demandant|vous inscrivant à) (?:ce|cet|cette|le|la|notre) [\pL -]{0,30}?,? vous (?:acceptez|consentez)\b|\bmerci de ne pas (?:transférer|diffuser) (?:cette|ce) (?:section|partie|lettre|e-mail|message) (?:en dehors|hors|à l'extérieur)\b)"},
  {C::imprint, L::es, false,
   R"(\bal (?:descargar|solicitar|registrarte en|registrarse en) (?:este|esta|el|la|nuestro|nuestra) [\pL -]{0,30}?,? (?:aceptas|acepta|consientes|consiente)\b|\b(?:por favor,? )?no reenvíe(?:s)? (?:esta|este) (?:sección|apartado|carta|correo|mensaje) fuera de\b)"},
  {C::imprint, L::it, false,
   R"(\b(?:scaricando|richiedendo|iscrivendoti a) (?:questo|questa|il|la|il nostro|la nostra) [\pL -]{0,30}?,? (?:accetti|acconsenti)\b|\b(?:si prega di )?non inoltrare (?:questa|questo) (?:sezione|parte|lettera|e-mail|messaggio) (?:al di fuori|fuori)\b)"},
  {C::imprint, L::nl, false,
   R"(\bdoor (?:dit|deze|het|de|onze|ons) [\pL -]{0,30}? (?:te downloaden|aan te vragen),? (?:ga je|gaat u) (?:ermee )?akkoord\b|\bstuur (?:deze|dit) (?:sectie|deel|brief|e-mail|bericht) niet door buiten\b)"},
  {C::imprint, L::pt, false,
   R"(\bao (?:baixar|descarregar|solicitar|pedir) (?:este|esta|o|a|nosso|nossa|o nosso|a nossa) [\pL -]{0,30}?,? (?:concorda|aceita|você concorda)\b|\bnão (?:re)?encaminhe (?:esta|este) (?:secção|seção|parte|carta|e-mail|mensagem) (?:para )?fora d)"},
  // A listings letter's note on where its listings come from and that a
  // reader should check them with the venue before setting out.
  {C::imprint, L::en, false,
   R"((?:listings|event details|event information) (?:are|is) (?:provided|supplied|submitted) by (?:the )?(?:venues|organi[sz]ers|presenters|promoters)|please (?:call|check) ahead to confirm (?:times|dates|details|hours))"},
  {C::imprint, L::de, false,
   R"((?:alle )?(?:angaben|termine) (?:ohne gewähr|laut veranstalter)|bitte (?:informieren|erkundigen) sie sich vorab beim veranstalter)"},
  {C::imprint, L::fr, false,
   R"((?:les )?informations (?:sont )?(?:fournies|communiquées) par les (?:lieux|organisateurs|salles)|renseignez-vous auprès (?:du lieu|des organisateurs|de la salle) avant (?:de vous déplacer|votre venue))"},
  {C::imprint, L::es, false,
   R"((?:la )?información (?:es )?(?:facilitada|proporcionada) por (?:los|las) (?:organizadores|salas|recintos)|(?:confirme|consulte) (?:los horarios )?con (?:el recinto|la sala|los organizadores) antes de (?:acudir|ir))"},
  {C::imprint, L::it, false,
   R"((?:le )?informazioni (?:sono )?fornite dagli organizzatori|verificate (?:gli orari )?con (?:gli organizzatori|il locale) prima di)"},
  {C::imprint, L::nl, false,
   R"((?:de )?gegevens (?:zijn )?aangeleverd door (?:de )?(?:organisatoren|zalen|podia)|(?:informeer|check) vooraf bij de (?:organisator|zaal))"},
  {C::imprint, L::pt, false,
   R"((?:as )?informações (?:são )?fornecidas pel[oa]s (?:organizadores|espaços|salas)|confirme (?:os horários )?com (?:o espaço|a sala|os organizadores) antes de)"},
  // ---- sponsor ---------------------------------------------------------------------------
  // A paid-listing box's own disclosure that its makers paid for the place
  // ("software makers pay to appear here").
  {C::sponsor, L::en, false,
   R"(\b(?:pay|paid|pays) (?:us )?to (?:appear|be (?:listed|featured|shown)) (?:here|in this (?:section|box|newsletter)))"},
  {C::sponsor, L::de, false,
   R"(\b(?:zahlen|bezahlen|zahlt|bezahlt|bezahlten) (?:dafür|für),? (?:um )?hier (?:zu )?(?:erscheinen|stehen)|\bbezahl\pL* für (?:diesen platz|diese platzierung|den eintrag hier))"},
  {C::sponsor, L::fr, false,
   R"(\b(?:paient|payent|ont payé) pour (?:apparaître|figurer|être présents?) (?:ici|dans cette (?:rubrique|liste)))"},
  {C::sponsor, L::es, false,
   R"(\b(?:pagan|pagaron|han pagado) (?:por|para) (?:aparecer|figurar|estar) (?:aquí|en esta (?:sección|lista)))"},
  {C::sponsor, L::it, false,
   R"(\b(?:pagano|hanno pagato) per (?:comparire|apparire|essere) (?:qui|in questa (?:sezione|lista)))"},
  {C::sponsor, L::nl, false,
   R"(\b(?:betalen|betaalden|hebben betaald) (?:om|voor) (?:hier|in deze (?:rubriek|lijst)) (?:te )?(?:staan|verschijnen|vermeld))"},
  {C::sponsor, L::pt, false,
   R"(\b(?:pagam|pagaram) para (?:aparecer|figurar|estar) (?:aqui|nesta (?:secção|seção|lista)))"},
  // A branded story's own note on who made it: the piece was produced
  // for (or together with) a brand, or the newsroom did not write it
  // ("This content was created for Acme by our brand studio", "Dieser
  // Artikel wurde in Kooperation mit Acme erstellt"). The piece names
  // itself first, where a report on a study "produced for the ministry"
  // does not. Before the credits below: the note's own phrase ("in
  // Zusammenarbeit mit") is one of theirs, and the first row of a
  // category that matches is the one read.
  {C::sponsor, L::en, false,
   R"(^(?:this|the above|the following) (?:article|post|story|content|feature|piece|page|advertorial) (?:was|is|has been) (?:produced|created|written|prepared|commissioned|paid for|made) (?:for|on behalf of|in (?:collaboration|partnership|cooperation|association) with)\b|(?:was|is|has been) not (?:written|produced|created) by (?:our|the|its) (?:journalists|newsroom|reporters|editors|editorial (?:team|staff|department))\b)"},
  {C::sponsor, L::de, false,
   R"(^(?:dieser|der folgende|der obige) (?:beitrag|artikel|inhalt|text) (?:ist|wurde|entstand) (?:in zusammenarbeit|in kooperation|im auftrag|gemeinsam) (?:mit|von|des|der)\b|(?:wurde|ist) nicht von (?:der|unserer) redaktion (?:erstellt|verfasst|geschrieben)|ohne (?:beteiligung|mitwirkung) (?:der|unserer) redaktion)"},
  {C::sponsor, L::fr, false,
   R"(^(?:cet|ce) (?:article|contenu|texte|dossier|publireportage) (?:a été|est) (?:réalisé|rédigé|produit|conçu|écrit) (?:pour|en (?:collaboration|partenariat) avec)|la rédaction n'a pas (?:participé|contribué)|n'a pas été rédigé par (?:la|notre) rédaction)"},
  {C::sponsor, L::es, false,
   R"(^(?:este|el siguiente) (?:artículo|contenido|texto|reportaje) (?:ha sido|fue|es|está) (?:elaborado|producido|creado|escrito|realizado) (?:para|en colaboración con|en alianza con)|no ha sido (?:elaborado|escrito|redactado) por (?:la|nuestra) redacción|sin (?:la )?participación de (?:la|nuestra) redacción)"},
  {C::sponsor, L::it, false,
   R"(^(?:questo|il seguente) (?:articolo|contenuto|testo|servizio) (?:è stato|è|viene) (?:realizzato|prodotto|scritto|redatto|creato) (?:per|in collaborazione con|in partnership con)|non (?:è stato )?(?:scritto|realizzato|redatto) dalla (?:nostra )?redazione|senza (?:il )?(?:coinvolgimento|la partecipazione) della redazione)"},
  {C::sponsor, L::nl, false,
   R"(^(?:dit|deze|het volgende|de volgende) (?:artikel|bericht|stuk|verhaal|bijdrage|tekst) (?:is|werd) (?:gemaakt|geschreven|geproduceerd|tot stand gekomen) (?:voor|in samenwerking met|in opdracht van)|niet (?:geschreven|gemaakt) door (?:de|onze) redactie|(?:de|onze) redactie (?:was|is) (?:hier )?niet bij betrokken)"},
  {C::sponsor, L::pt, false,
   R"(^(?:este|o seguinte) (?:artigo|conteúdo|texto) (?:foi|é) (?:produzido|criado|escrito|elaborado|realizado) (?:para|em parceria com|em colaboração com)|não (?:foi )?(?:escrito|produzido) pela (?:nossa )?redação|sem (?:a )?participação da (?:nossa )?redação)"},
  // A partner's perk addressed to the letter's readers: as a (letter's)
  // reader you'll get, as its partner boxes open ("As a Brief reader, you
  // get a free glass at participating bars").
  {C::house_ad, L::en, false, R"(^as an? (?:[\pL\pN'&-]+ ){0,3}(?:reader|subscriber),? you(?:'ll| will)? (?:get|receive|enjoy|save)\b)"},
  {C::house_ad, L::de, false, R"(^als (?:leser(?:in)?|abonnent(?:in)?) (?:de[rs] |von )?[^,.!?]{1,30},? (?:bekommen sie|erhalten sie|bekommst du|erhältst du|sparen sie|sparst du)\b)"},
  {C::house_ad, L::fr, false, R"(^en tant que (?:lect(?:eur|rice)|abonnée?) (?:de |d'|du )[^,.!?]{1,30},? (?:vous (?:bénéficiez|profitez|obtenez|recevez)|tu (?:bénéficies|profites|reçois))\b)"},
  {C::house_ad, L::es, false, R"(^como (?:lector(?:a)?|suscriptor(?:a)?) de [^,.!?]{1,30},? (?:tienes|recibes|obtienes|disfrutas|tiene|recibe|obtiene|disfruta)\b)"},
  {C::house_ad, L::it, false, R"(^come (?:lett(?:ore|rice)|abbonat[oa]) (?:di|del|della|dello|dei) [^,.!?]{1,30},? (?:hai|ricevi|ottieni|avete|riceve|ottiene)\b)"},
  {C::house_ad, L::nl, false, R"(^als (?:lezer|abonnee) van [^,.!?]{1,30},? (?:krijg je|ontvang je|krijgt u|ontvangt u)\b)"},
  {C::house_ad, L::pt, false, R"(^como (?:leitor(?:a)?|assinante) d[oa] [^,.!?]{1,30},? (?:tens|recebes|ganhas|tem|recebe|ganha)\b)"},
  // A booking or ticket platform's partner box: book through our partners
  // at (the platform), and the perk for booking through the link above.
  {C::sponsor, L::en, false, R"(^(?:book|reserve|order) (?:through|via|with) our (?:booking )?partners? at\b|\bwhen you (?:book|order|buy|reserve) (?:through|via|using) (?:the|our|this|these) links?(?: above| below)?\b)"},
  {C::sponsor, L::de, false, R"(^(?:reservieren sie|buchen sie|reserviere|buche) (?:über|bei) unsere[nm]? (?:buchungs)?partner\b|\bwenn (?:du|sie) über (?:den|diesen|unseren) link (?:oben |unten )?(?:buchst|buchen|bestellst|bestellen|reservierst|reservieren)\b)"},
  {C::sponsor, L::fr, false, R"(^réserve[zs]? (?:via|auprès de|chez) (?:nos|notre) partenaires?\b|\ben réservant (?:via|par) (?:le|ce|notre) lien\b)"},
  {C::sponsor, L::es, false, R"(^reserv[ae] (?:a través de|con) (?:nuestros?|nuestra) (?:socios?|partners?|plataforma asociada)\b|\b(?:al|si) reserva[rs]? (?:a través de|desde|con) (?:el|este|nuestro) enlace\b)"},
  {C::sponsor, L::it, false, R"(^prenota(?:te)? (?:tramite|con|attraverso) (?:i nostri|il nostro) partner\b|\b(?:prenotando|se prenoti) (?:tramite|dal|con) (?:il|questo|il nostro) link\b)"},
  {C::sponsor, L::nl, false, R"(^reserveer (?:via|bij) onze (?:boekings)?partners?\b|\bals (?:je|u) via (?:de|deze|onze) link (?:hierboven |hieronder )?(?:boekt|reserveert|bestelt)\b)"},
  {C::sponsor, L::pt, false, R"(^reserv[ea] (?:através d[oa]s?|com) (?:nossos?|nossas?) parceir[oa]s?\b|\b(?:ao|se) reserva[rs]? (?:através d[oe]|pelo|por este) (?:link|ligação)\b)"},
  {C::sponsor, L::en, false,
   R"(co-?funded by|with (?:co-?)?funding from|)"
   R"(sponsored (?:in part )?by|brought to you by|(?:made possible|supported|powered) by (?:our )?(?:sponsor|partner)|)"
   R"(in partnership with|presented (?:by|with (?:the )?support)|(?:with|thanks to) (?:the )?(?:generous )?support (?:of|from)|(?:today's|this week's|this issue's|our) (?:sponsor|partner)s?\b|)"
   R"(thanks to (?:our|today's) (?:sponsor|partner)s?|a (?:word|message) from (?:our|today's|this week's) (?:sponsor|partner)s?|)"
   R"(sponsored content|paid partnership|partner content|)"
   R"((?:we )?thank (?:our|these|the following) (?:partners|sponsors|supporters|funders) for|)"
   R"((?:comes|brought) to you (?:courtesy of|thanks to)|courtesy of (?:our|today's|this week's) (?:sponsor|partner)|)"
   R"((?:is|are) (?:made possible|supported|funded|underwritten) by|made possible (?:by|with) (?:the )?(?:generous )?support (?:of|from)|)"
   R"((?:kindly|generously) (?:supported|sponsored|funded|provided|underwritten) by|with the (?:kind|generous) support of|)"
   R"(media partners?\b|with (?:the )?(?:financial )?(?:contribution|assistance) (?:of|from))"
   R"(|official (?:principal |main |premier |headline |club |timing )?(?:partner|sponsor|supplier)s?(?: ?:| of\b)|principal partners? ?:)"
   R"(|(?:platinum|gold|silver|bronze) (?:sponsors?|partners?)\b)"
   R"(|(?:offers? )?from our partners\W*$|our partners (?:offer|recommend|welcome you)|partner offers?\W*$|(?:(?:hot|special|exclusive|great|more|today's|this week's) )?(?:deals|offers|bargains|savings|specials) from our (?:partners|sponsors)\b)"
   R"(|(?:brief|newsletter|issue|edition|email|letter|digest|briefing|podcast|episode) (?:is|stays|remains) free (?:today |this week |for you )?(?:thanks to|courtesy of)\b|(?:keeps|keep) (?:this|today's|the) (?:brief|newsletter|issue|edition|email|letter) free\b)"},
  {C::sponsor, L::de, false,
   R"(kofinanziert (?:von|durch)|mit (?:der )?(?:ko)?finanzierung (?:von|durch|der|des)|)"
   R"(gesponsert von|präsentiert von|mit freundlicher unterstützung|in kooperation mit|in zusammenarbeit mit|)"
   R"(unterstützt von|(?:unser|unsere) (?:heutiger?|aktueller?) (?:sponsor|partner)|dank an (?:unsere|unseren) [\pL-]*(?:sponsor|partner)|)"
   R"(bezahlte partnerschaft|gesponserter (?:beitrag|inhalt)|)"
   R"((?:wird|werden) (?:unterstützt|ermöglicht|gefördert|präsentiert) (?:von|durch)|wir danken (?:unseren|unserem) (?:partner|sponsor|förderer)|)"
   R"((?:freundlich|großzügig)(?:erweise)? (?:unterstützt|gefördert|ermöglicht) (?:von|durch)|)"
   R"(medienpartner|mit (?:der )?(?:finanziellen )?unterstützung (?:von|der|des))"
   R"(|offizielle[rs]? (?:haupt|premium|exklusiv)?(?:partner|sponsor|ausrüster)(?: ?:| de[rs]\b| von\b)|(?:wird|werden) (?:ihnen|dir|euch) (?:präsentiert|geboten) von)"
   R"(|(?:platin|gold|silber|bronze)-?(?:sponsor|partner)(?:en|in|innen|s)?\b)"
   R"(|(?:angebote?|tipps?) (?:von )?unsere[rn]? partner|unsere partner (?:empfehlen|bieten)|partnerangebote?\W*$)"
   R"(|(?:newsletter|ausgabe|briefing|brief|podcast|folge) (?:ist|bleibt) (?:heute |diese woche |für sie |für dich )?(?:kostenlos|gratis|kostenfrei) dank\b|(?:hält|halten) (?:diesen|den) (?:newsletter|brief) (?:kostenlos|gratis))"},
  {C::sponsor, L::fr, false,
   R"(avec le (?:co-?)?financement (?:de|du|des)|cofinancée? par|)"
   R"(sponsorisée? par|parrainée? par|en partenariat avec|présenté par|avec le soutien de|contenu sponsorisé|)"
   R"(publi-?rédactionnel|partenaire de (?:ce|cette|la|notre) (?:newsletter|édition|lettre|numéro|semaine|saison|épisode)|merci à (?:nos|notre) (?:partenaire|sponsor)s?|)"
   R"((?:cette|notre) (?:newsletter|édition|lettre) est (?:soutenue|offerte|rendue possible) par|rendue? possible (?:par|grâce à)|)"
   R"((?:vous est )?(?:offerte?|proposée?) (?:par|avec le soutien|grâce à)|merci à (?:nos|notre) (?:partenaires?|sponsors?|mécènes?) (?:pour|de|qui)|)"
   R"((?:est|sont) (?:généreusement )?soutenue?s? par|grâce (?:au mécénat|à la générosité) de|)"
   R"(partenaires? médias?\b|avec (?:la )?(?:contribution|participation) (?:de|du|des)|avec le concours (?:de|du|des))"
   R"(|(?:partenaire|sponsor|fournisseur)s? (?:officiel|principal|majeur)s?(?: ?:| d[eu]\b| des\b))"
   R"(|(?:partenaires?|sponsors?|mécènes?) (?:platine|or|argent|bronze)\b)"
   R"(|nos partenaires vous (?:accueillent|proposent|recommandent|offrent)|(?:offres?|bons plans) de nos partenaires|offres? partenaires?\W*$)"
   R"(|(?:lettre|newsletter|édition|numéro|briefing|podcast|épisode) (?:est|reste) (?:gratuite?|offerte?) (?:aujourd'hui |cette semaine )?grâce à)"},
  {C::sponsor, L::es, false,
   R"(con la (?:co)?financiación (?:de|del)|cofinanciad[oa] por|)"
   R"(patrocinad[oa] por|en colaboración con|presentado por|con el apoyo de|contenido patrocinado|con el patrocinio de|)"
   R"(gracias a (?:nuestro|nuestros) patrocinador|(?:este|esta) (?:boletín|newsletter|edición) (?:es|está) (?:patrocinad|posible gracias)|)"
   R"((?:llega|es posible|se hace posible|te llega)(?: a ti| hasta ti| a tu (?:correo|bandeja)| a tus (?:oídos|auriculares))? gracias a|agradecemos a (?:nuestros|nuestro) (?:patrocinador|socio)|)"
   R"((?:es|son) (?:posibles? )?(?:gracias al|con el) (?:apoyo|patrocinio) de|)"
   R"(medios? colaboradores?|media partners?\b|con la (?:colaboración|contribución|aportación) de)"
   R"(|(?:patrocinador|socio|proveedor)(?:es)? (?:oficial|principal)(?:es)?(?: ?:| del?\b)|(?:entidad|empresa|marca) colaboradora\b)"
   R"(|(?:patrocinador(?:es)?|socios?) (?:platino|oro|plata|bronce)\b)"
   R"(|(?:ofertas?|propuestas?) de nuestros (?:socios|colaboradores|partners)|nuestros (?:socios|colaboradores) te (?:ofrecen|proponen|recomiendan|esperan))"
   R"(|(?:boletín|newsletter|edición|número|podcast|episodio) (?:es|sigue siendo) (?:gratis|gratuit[oa]) (?:hoy |esta semana )?gracias a)"},
  {C::sponsor, L::it, false,
   R"(con il (?:co)?finanziamento (?:di|del|della|dei)|cofinanziat[oa] da|)"
   R"(sponsorizzat[oa] da|offert[oa] da|in collaborazione con|presentat[oa] da|con il supporto di|contenuto sponsorizzato|con il patrocinio di|)"
   R"(grazie ai nostri sponsor|questa newsletter è (?:resa possibile|sostenuta|offerta)|)"
   R"((?:realizzat[oa]|sostenut[oa]|res[oa] possibile) (?:anche )?(?:da|grazie a)|grazie al contributo (?:di|del|della|dei)|ringraziamo (?:i nostri|il nostro) (?:sponsor|partner)|)"
   R"((?:vi|ti) arriva grazie (?:al|alla|a)|(?:grazie al|con il) sostegno (?:di|del|della|dei|delle)|)"
   R"(media partners?\b|con il contributo (?:di|del|della|dei|delle|dell'))"
   R"(|(?:partner|sponsor|fornitore) (?:ufficiale|principale)(?: ?:| d(?:i|el|ella|ei)\b)|main sponsor ?:)"
   R"(|(?:sponsor|partner) (?:platino|oro|argento|bronzo)\b)"
   R"(|(?:offerte|proposte) dei nostri partner|i nostri partner (?:ti|vi) (?:offrono|propongono|consigliano|aspettano|accolgono))"
   R"(|(?:newsletter|edizione|numero|podcast|puntata) (?:è|resta|rimane) gratuit[oa] (?:oggi |questa settimana )?grazie a)"},
  {C::sponsor, L::nl, false,
   R"(medegefinancierd door|met (?:co)?financiering van|)"
   R"(gesponsord door|mogelijk gemaakt door|in samenwerking met|gepresenteerd door|gesponsorde (?:inhoud|content)|)"
   R"(met dank aan (?:onze|onze vaste) [\pL-]*(?:sponsor|partner)s?|deze (?:nieuwsbrief|editie) wordt (?:mogelijk gemaakt|gesponsord)|)"
   R"((?:komt )?(?:mede )?tot stand (?:dankzij|met (?:steun|hulp) van)|mede mogelijk gemaakt|met (?:de )?steun van|)"
   R"((?:worden|wordt) (?:mede )?gefinancierd door|)"
   R"(mediapartners?\b|met (?:een )?(?:financiële )?bijdrage (?:van|uit))"
   R"(|(?:de|deze) [\pL-]*(?:briefing|nieuwsbrief|editie|podcast|uitzending) wordt (?:u |je |jullie )?aangeboden door|wordt (?:u|je|jullie) aangeboden door|officiële (?:hoofd)?(?:partner|sponsor|leverancier)s?(?: ?:| van\b))"
   R"(|(?:platina|gouden|zilveren|bronzen) (?:sponsors?|partners?)\b)"
   R"(|(?:aanbiedingen|aanbod) van onze partners|onze partners (?:bieden|verwelkomen|ontvangen) (?:je|u)\b)"
   R"(|(?:nieuwsbrief|editie|briefing|podcast|aflevering) (?:is|blijft) (?:vandaag |deze week )?gratis dankzij)"},
  {C::sponsor, L::pt, false,
   R"(com o (?:co)?financiamento d[aoe]s?|cofinanciad[oa] por|)"
   R"(patrocinad[oa] por|oferecid[oa] por|em parceria com|apresentad[oa] por|com o apoio de|conteúdo patrocinado|)"
   R"(publieditorial|obrigad[oa] aos nossos patrocinadores|(?:trazid[oa]|apoiad[oa]) por|(?:conta )?com o apoio d[aoe]s?|)"
   R"((?:tem o |com o )?patrocínio d[aoe]s?|)"
   R"(agradecemos (?:aos nossos|ao nosso) (?:patrocinador|parceiro)|)"
   R"((?:é )?(?:um )?oferecimento d[eoa]s?|chega (?:até você )?graças a|graças ao apoio d[aoe]s?|)"
   R"(parceir[oa]s? de (?:mídia|media)|media partners?\b|com a (?:colaboração|contribuição) d[aoe]s?)"
   R"(|(?:patrocinador|parceiro|fornecedor)(?:es)? (?:oficial|oficiais|principal|master)(?: ?:| d[oae]s?\b))"
   R"(|(?:patrocinador(?:es)?|parceiros?) (?:platina|ouro|prata|bronze)\b)"
   R"(|(?:ofertas?|sugestões) dos nossos parceiros|(?:os )?nossos parceiros (?:oferecem|recomendam|esperam|recebem))"
   R"(|(?:newsletter|edição|boletim|briefing|podcast|episódio) (?:é|continua|segue) (?:gratuit[oa]|grátis|de graça) (?:hoje |esta semana )?graças a)"},
  // The sponsor named as a label before a colon at a block's start
  // ("Sponsor: ...", Brazilian letters' "Oferecimento: ..."), and the issue
  // said to reach the reader's inbox thanks to someone.
  {C::sponsor, L::en, false, R"(^(?:sponsor|sponsored by|this issue's sponsor|today's sponsor|presenting sponsor) ?:|\b(?:arrives|lands) in your inbox (?:today |this week )?(?:thanks to|courtesy of)\b)"},
  {C::sponsor, L::de, false, R"(^(?:sponsor|gesponsert von|präsentiert von|werbepartner) ?:|\blandet (?:heute |diese woche )?dank\b[^.!?]{0,60}\bin (?:deinem|ihrem|eurem) (?:e-mail-)?postfach\b)"},
  {C::sponsor, L::fr, false, R"(^(?:sponsor|sponsorisé par|parrainage|partenaire de la semaine) ?:|\b(?:arrive|parvient) dans (?:votre|ta) boîte(?: mail| aux lettres| de réception)? grâce à )"},
  {C::sponsor, L::es, false, R"(^(?:patrocinio|patrocinador|patrocina|patrocinado por) ?:|\b(?:llega|te llega) a (?:tu|su) buzón (?:de correo )?gracias a\b)"},
  {C::sponsor, L::it, false, R"(^(?:sponsor|sponsorizzato da|offerto da) ?:|\b(?:arriva|ti arriva) nella (?:tua|vostra) (?:casella|inbox)(?: di posta| email)? grazie a\b)"},
  {C::sponsor, L::nl, false, R"(^(?:sponsor|gesponsord door|aangeboden door) ?:|\b(?:belandt|komt|valt) (?:in (?:je|jouw|uw) (?:mailbox|inbox|brievenbus)) dankzij\b)"},
  {C::sponsor, L::pt, false, R"(^(?:oferecimento|patrocínio|patrocinador|apoio comercial) ?:|\bchega (?:à|na) (?:sua|tua) caixa(?: de entrada| de e-mail| de correio)? graças a\b)"},
  // A club's or association's partner offer to its members: its label
  // ("members' benefit") at a block's start (English has it as a promo
  // heading already), the partner gives or grants
  // the members something, shown with the membership card.
  {C::sponsor, L::en, false, R"(\bour (?:premium |main |official |club )?(?:partner|sponsor)\b[^.!?]{0,60}\b(?:gives|offers|grants) (?:all )?(?:our |club )?members\b|\b(?:show|present) your (?:membership|member|club) card (?:at|when|in)\b|\bon (?:presentation|showing) of your (?:membership|member|club) card\b)"},
  {C::sponsor, L::de, false, R"(^(?:exklusive[rs]? )?(?:vorteile?|angebot) für (?:unsere )?(?:vereins)?mitglieder\b|\bunser (?:premium-|haupt|exklusiv|vereins|werbe)?(?:partner|sponsor)\b[^.!?]{0,60}\b(?:schenkt|gewährt|bietet|spendiert) (?:allen |unseren |euch |dir |ihnen )?(?:vereins)?mitglieder|\bmitgliedsausweis [^.!?]{0,40}\bvorzeigen\b|\b(?:gegen|bei) vorlage (?:des|ihres|deines|eures) mitgliedsausweises\b)"},
  {C::sponsor, L::fr, false, R"(^(?:avantages?|offres?) (?:réservée?s? )?(?:aux )?(?:membres|adhérents)\b|\bnotre (?:partenaire|sponsor) (?:premium |principal |officiel )?\b[^.!?]{0,60}\b(?:offre|accorde) (?:à tous )?(?:nos |les )?(?:membres|adhérents|licenciés)\b|\bsur présentation de (?:votre|ta) (?:carte|licence) (?:de membre|d'adhérent|du club)?)"},
  {C::sponsor, L::es, false, R"(^(?:ventajas?|ofertas?) (?:exclusivas? )?para (?:los )?socios\b|\bnuestro (?:patrocinador|socio|colaborador) (?:principal |oficial |premium )?[^.!?]{0,60}\b(?:regala|ofrece) a (?:todos )?(?:nuestros |los )?(?:socios|miembros|abonados)\b|\bpresentando (?:tu|su|el) carn(?:é|et) de (?:socio|miembro|abonado)\b)"},
  {C::sponsor, L::it, false, R"(^(?:vantaggi?|offerte?) (?:riservat[ie] )?(?:per |ai )?(?:i )?soci\b|\bil nostro (?:partner|sponsor) (?:principale |ufficiale |premium )?[^.!?]{0,60}\b(?:regala|offre) a (?:tutti )?(?:i nostri |i )?(?:soci|tesserati|iscritti)\b|\bpresentando la (?:tua |vostra )?tessera (?:associativa|del club|socio)\b)"},
  {C::sponsor, L::nl, false, R"(^ledenvoordee?l(?:en)?\b|\bonze (?:hoofd|premium|club)?(?:sponsor|partner)\b[^.!?]{0,60}\b(?:geeft|biedt|schenkt) (?:alle )?(?:onze )?leden\b|\bop vertoon van (?:je|uw|jullie) (?:leden|lid|club)pas\b)"},
  {C::sponsor, L::pt, false, R"(^(?:vantagens?|ofertas?) (?:exclusivas? )?para (?:os )?sócios\b|\bo nosso (?:patrocinador|parceiro) (?:principal |oficial |premium )?[^.!?]{0,60}\b(?:oferece|dá) a (?:todos )?(?:os )?(?:nossos )?(?:sócios|associados|membros)\b|\bmediante (?:a )?apresentação do (?:seu |teu )?cartão de (?:sócio|associado|membro)\b)"},
  // A partner's box that opens on the sender's friendship with the
  // partner ("From our friends at Acme", "Von unseren Freunden bei ...")
  // over the partner's copy: the phrase leads the line.
  {C::sponsor, L::en, false, R"(^(?:(?:a word|a note|a message|an offer|a treat) )?from our friends (?:at|over at|from)\b)"},
  {C::sponsor, L::de, false, R"(^(?:(?:ein angebot|ein tipp|eine nachricht) )?von unseren freunden (?:bei|von|vom|aus|der|des)\b)"},
  {C::sponsor, L::fr, false, R"(^(?:(?:un mot|une offre|un message|un bon plan) )?(?:de la part )?de nos amis (?:de |du |des |d'|chez ))"},
  {C::sponsor, L::es, false, R"(^(?:(?:una oferta|un mensaje) )?de (?:parte de )?nuestros amigos (?:de|del|en)\b)"},
  {C::sponsor, L::it, false, R"(^(?:(?:un'offerta|un messaggio) )?da(?:i| parte dei) nostri amici (?:di|del|della|dello|de|da)\b)"},
  {C::sponsor, L::nl, false, R"(^(?:(?:een aanbieding|een bericht|een tip) )?van onze vrienden (?:van|bij)\b)"},
  {C::sponsor, L::pt, false, R"(^(?:(?:uma oferta|uma mensagem) )?d(?:os| parte dos) nossos amigos (?:d[aoe]s?|na|no)\b)"},
  // A block that is only the word: the label over an ad.
  {C::sponsor, L::en, true, R"(sponsored|sponsor|advertisement|advertising|promoted|partner|paid post|ad|(?:from )?our partners)"},
  {C::sponsor, L::de, true, R"(anzeige|werbung|gesponsert|sponsored|partner|sponsor|unser sponsor|unsere sponsoren|unser partner|unsere partner|von unseren partnern|(?:sponsor|partner) der woche)"},
  {C::sponsor, L::fr, true, R"(publicité|pub|sponsorisé|partenaire|contenu sponsorisé|sponsor|notre sponsor|nos sponsors|notre partenaire|nos partenaires|de nos partenaires|le mot de notre partenaire|partenaire (?:du jour|de la semaine))"},
  {C::sponsor, L::es, true, R"(publicidad|patrocinado|patrocinio|anuncio|patrocinador|nuestro patrocinador|nuestros patrocinadores|nuestro colaborador|de nuestros (?:colaboradores|socios|patrocinadores)|patrocinador (?:del día|de la semana))"},
  {C::sponsor, L::it, true, R"(pubblicità|sponsorizzato|sponsor|annuncio|il nostro sponsor|i nostri sponsor|il nostro partner|i nostri partner|dai nostri partner|partner (?:del giorno|della settimana))"},
  {C::sponsor, L::nl, true, R"(advertentie|gesponsord|reclame|sponsor|onze sponsor|onze sponsors|onze partner|onze partners|van onze partners|partner (?:van de week|van vandaag))"},
  {C::sponsor, L::pt, true, R"(publicidade|patrocinado|anúncio|patrocínio|patrocinador|nosso parceiro|nossos parceiros|dos nossos parceiros|nosso patrocinador|parceiro (?:do dia|da semana))"},
  // The name of a partner's corner leading its box, before a dash or a
  // colon and the partner's name ("Partner corner - ...", "Spazio partner:").
  {C::sponsor, L::en, false, R"(^(?:the )?partner(?:s'?)? (?:corner|space|box) ?[:\-–—])"},
  {C::sponsor, L::de, false, R"(^(?:die )?partner-?(?:ecke|bereich|seite|box) ?[:\-–—])"},
  {C::sponsor, L::fr, false, R"(^(?:l')?(?:espace|coin|encart) (?:des |du )?partenaires? ?[:\-–—])"},
  {C::sponsor, L::es, false, R"(^(?:el )?(?:espacio|rincón) (?:de(?:l)? )?(?:partner|colaborador|patrocinador)(?:es)? ?[:\-–—])"},
  {C::sponsor, L::it, false, R"(^(?:lo )?(?:spazio|angolo) (?:dei |del )?(?:partner|sponsor) ?[:\-–—])"},
  {C::sponsor, L::nl, false, R"(^(?:de )?partner(?:hoek|ruimte|rubriek) ?[:\-–—])"},
  {C::sponsor, L::pt, false, R"(^(?:o )?(?:espaço|cantinho) (?:do |dos )?parceiros? ?[:\-–—])"},
  // The label alone over a partner's box of one trade: a sports letter's
  // betting partner, a deals letter's booking or hotel partner.
  {C::sponsor, L::en, true, R"((?:our |official )?(?:betting|sportsbook|wagering|booking|hotel|travel) partners?)"},
  {C::sponsor, L::de, true, R"((?:unser |offizieller )?(?:wett|sportwetten|buchungs|hotel|reise)partner)"},
  {C::sponsor, L::fr, true, R"((?:notre )?partenaire (?:officiel )?(?:de |des )?(?:paris(?: sportifs)?|réservation|hôtels?|voyages?))"},
  {C::sponsor, L::es, true, R"((?:nuestro )?(?:socio|patrocinador|colaborador) (?:oficial )?de (?:apuestas|reservas|hoteles|viajes))"},
  {C::sponsor, L::it, true, R"((?:il nostro )?partner (?:ufficiale )?(?:di |per le |per )?(?:scommesse|prenotazioni|hotel|viaggi))"},
  {C::sponsor, L::nl, true, R"((?:onze |officiële )?(?:wed|gok|boekings|hotel|reis)partner)"},
  {C::sponsor, L::pt, true, R"((?:nosso )?parceiro (?:oficial )?de (?:apostas|reservas|hotéis|viagens))"},

  // A label over the advertising partner of the week or of the episode,
  // the whole line ("Our ad partner this week").
  {C::sponsor, L::en, false,
   R"(^(?:our )?(?:advertising|ad|media) partners? (?:this week|of the week|today|for this (?:issue|episode))\W*$)"},
  {C::sponsor, L::de, false,
   R"(^(?:unser(?:e)? )?(?:werbe|anzeigen|medien)?(?:partner|sponsor)(?:in)? (?:diese[rn]? (?:woche|folge|ausgabe)|der woche|(?:von )?heute)\W*$)"},
  {C::sponsor, L::fr, false,
   R"(^(?:notre )?(?:partenaire|annonceur|sponsor) (?:publicitaire )?(?:de (?:la|cette) semaine|du jour|de cet épisode|de ce numéro)\W*$)"},
  {C::sponsor, L::es, false,
   R"(^(?:nuestro )?(?:patrocinador|anunciante|socio publicitario) (?:de (?:esta|la) semana|de hoy|de este (?:episodio|número))\W*$)"},
  {C::sponsor, L::it, false,
   R"(^(?:il nostro )?(?:partner|sponsor|inserzionista) (?:pubblicitario )?(?:di questa settimana|della settimana|di oggi|di questa puntata|di questo numero)\W*$)"},
  {C::sponsor, L::nl, false,
   R"(^(?:onze )?(?:advertentie|reclame|media)?(?:partner|sponsor|adverteerder) (?:van (?:deze|de) week|deze week|van vandaag|van deze aflevering)\W*$)"},
  {C::sponsor, L::pt, false,
   R"(^(?:o )?(?:nosso )?(?:parceiro|patrocinador|anunciante) (?:publicitário |comercial )?(?:desta semana|da semana|de hoje|deste episódio)\W*$)"},

  // A partner's saving in a company's mail: "save 15% ... with Acme, our
  // partner", "mit unserem Partner".
  {C::sponsor, L::en, false,
   R"(save (?:up to )?\d+ ?% [^.!?]*(?:'s|our|official) (?:[\pL-]+ )*partner\b)"},
  {C::sponsor, L::de, false,
   R"(sparen sie (?:bis zu )?\d+ ?% [^.!?]*(?:unsere[mn]?|offiziellen) (?:[\pL-]+ )*partner)"},
  {C::sponsor, L::fr, false,
   R"(économisez (?:jusqu'à )?\d+ ?% [^.!?]*(?:notre|partenaire officiel) ?partenaire)"},
  {C::sponsor, L::es, false,
   R"(ahorra (?:hasta )?(?:un )?\d+ ?% [^.!?]*(?:nuestro|nuestra) (?:[\pL-]+ )*(?:socio|partner|colaborador))"},
  {C::sponsor, L::it, false,
   R"(risparmia (?:fino al |il )?\d+ ?% [^.!?]*(?:nostro|nostra) (?:[\pL-]+ )*partner)"},
  {C::sponsor, L::nl, false,
   R"(bespaar (?:tot )?\d+ ?% [^.!?]*(?:onze|onze) (?:[\pL-]+ )*partner)"},
  {C::sponsor, L::pt, false,
   R"(economize (?:até )?\d+ ?% [^.!?]*(?:nosso|nossa) (?:[\pL-]+ )*parceir[oa])"},
  // An ad label at the very top of a box drawn in text ("+----+ | ADVERTISEMENT |"),
  // or a partner's bundle label: the block under it is the ad.
  {C::sponsor, L::en, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:advertisement|advertising|sponsored|paid advertisement)\b|^partner (?:bundle|software|download)s? ?:)"},
  {C::sponsor, L::de, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:anzeige|werbung)\b|^partner-?(?:software|paket|bundle) ?:)"},
  {C::sponsor, L::fr, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:publicité|annonce)(?:[^\pL\pN]|$)|^(?:logiciel|offre groupée) partenaire ?:)"},
  {C::sponsor, L::es, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:publicidad|anuncio)\b|^(?:software|paquete) de (?:un )?socio ?:)"},
  {C::sponsor, L::it, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:pubblicità|annuncio)(?:[^\pL\pN]|$)|^(?:software|pacchetto) (?:di un )?partner ?:)"},
  {C::sponsor, L::nl, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:advertentie|reclame)\b|^partner(?:software|bundel|pakket) ?:)"},
  {C::sponsor, L::pt, false, R"(^[^\pL\pN]*[|+*=#][^\pL\pN]*(?:publicidade|anúncio)(?:[^\pL\pN]|$)|^(?:software|pacote) de (?:um )?parceiro ?:)"},
  // A listing the sender declares bought ("featured listings are paid
  // placements").
  {C::sponsor, L::en, false, R"(\bpaid (?:placements?|listings?|inclusions?)\b)"},
  {C::sponsor, L::de, false, R"(bezahlte (?:platzierung|einblendung|listung)(?:en)?\b)"},
  {C::sponsor, L::fr, false, R"((?:placements?|emplacements?|référencements?) payants?\b)"},
  {C::sponsor, L::es, false, R"((?:colocaci[oó]n|ubicaci[oó]n|posici[oó]n)(?:es)? pagadas?\b)"},
  {C::sponsor, L::it, false, R"(posizionament[oi] a pagamento|inserzion[ei] a pagamento)"},
  {C::sponsor, L::nl, false, R"(betaalde (?:plaatsing|vermelding)(?:en)?\b)"},
  {C::sponsor, L::pt, false, R"((?:colocação|posicionamento|inserção)(?:ões|s)? pag[ao]s?\b)"},
  // Or says whom they were bought by ("Hot picks are listings purchased
  // by software publishers").
  {C::sponsor, L::en, false, R"(\b(?:listings|placements|spots|entries) (?:purchased|bought|paid for) by (?:the )?(?:software |app )?(?:publishers|vendors|advertisers|developers|makers|companies)\b)"},
  {C::sponsor, L::de, false, R"(\b(?:einträge|platzierungen|listungen),? (?:die )?von (?:den )?(?:herstellern|anbietern|werbekunden|softwarefirmen) (?:gekauft|bezahlt)\b)"},
  {C::sponsor, L::fr, false, R"(\b(?:fiches|emplacements|annonces) (?:achetée?s|payée?s) par (?:les )?(?:éditeurs|annonceurs|fabricants|entreprises)\b)"},
  {C::sponsor, L::es, false, R"(\b(?:fichas|posiciones|entradas) (?:compradas|pagadas) por (?:los )?(?:editores|anunciantes|fabricantes|desarrolladores|empresas)\b)"},
  {C::sponsor, L::it, false, R"(\b(?:schede|posizioni|inserzioni) (?:acquistate|pagate) da(?:gli| i)? ?(?:editori|inserzionisti|produttori|sviluppatori|aziende)\b)"},
  {C::sponsor, L::nl, false, R"(\b(?:vermeldingen|plaatsingen) (?:gekocht|betaald) door (?:de )?(?:uitgevers|adverteerders|makers|fabrikanten|bedrijven)\b)"},
  {C::sponsor, L::pt, false, R"(\b(?:fichas|posições|entradas) (?:compradas|pagas) pel[oa]s (?:editoras|anunciantes|fabricantes|empresas)\b)"},
  // A box of a booking partner's offers in a travel or shop mail:
  // "HOTEL DEALS FROM OUR BOOKING PARTNER".
  {C::sponsor, L::en, false,
   R"((?:hotel|travel|holiday|flight|car hire|exclusive|special|reader) (?:deals|offers|savings|specials|discounts) from (?:our|[\pL-]+(?:'s?)?) (?:[\pL-]+ )?(?:partner|sponsor)s?\b)"},
  {C::sponsor, L::de, false,
   R"((?:hotel|reise|urlaubs|flug|sonder)?(?:angebote|deals|schnäppchen) (?:von unserem|von unseren|unseres|unserer) (?:[\pL-]+)?partners?\b)"},
  {C::sponsor, L::fr, false,
   R"((?:offres|bons plans|promotions) (?:d'hôtels? |de voyages? )?de (?:notre|nos) partenaires?(?: de réservation)?\b)"},
  {C::sponsor, L::es, false,
   R"((?:ofertas|chollos) (?:de hoteles? |de viajes? )?de (?:nuestro|nuestros) (?:socios?|partners?)(?: de reservas?)?\b)"},
  {C::sponsor, L::it, false,
   R"((?:offerte|occasioni) (?:hotel |di viaggio )?(?:dal|dai) nostr[oi] partner\b)"},
  {C::sponsor, L::nl, false,
   R"((?:hotel|reis)?(?:aanbiedingen|deals) van onze (?:[\pL-]+)?partners?\b)"},
  {C::sponsor, L::pt, false,
   R"((?:ofertas|promoções) (?:de hotéis? |de viagens? )?(?:do nosso|dos nossos|de nosso|de nossos) parceiros?(?: de reservas?)?\b)"},
  // An ad label that runs into its sponsor's name after a bar or a dot
  // ("SPONSORED | Acme", "Anzeige · Acme"): the block is the ad.
  {C::sponsor, L::en, false, R"(^(?:sponsored|sponsor|advertisement|promoted|paid post|partner) ?[|·•] ?\pL)"},
  {C::sponsor, L::de, false, R"(^(?:anzeige|werbung|gesponsert|sponsored|partner) ?[|·•] ?\pL)"},
  {C::sponsor, L::fr, false, R"(^(?:publicité|sponsorisé|partenaire|contenu sponsorisé) ?[|·•] ?\pL)"},
  {C::sponsor, L::es, false, R"(^(?:publicidad|patrocinado|anuncio|contenido patrocinado) ?[|·•] ?\pL)"},
  {C::sponsor, L::it, false, R"(^(?:pubblicità|sponsorizzato|annuncio|contenuto sponsorizzato) ?[|·•] ?\pL)"},
  {C::sponsor, L::nl, false, R"(^(?:advertentie|gesponsord|reclame) ?[|·•] ?\pL)"},
  {C::sponsor, L::pt, false, R"(^(?:publicidade|patrocinado|anúncio|conteúdo patrocinado) ?[|·•] ?\pL)"},
  // A newsroom's firewall line beside its sponsor credit: "Sponsors have
  // no say in our coverage."
  {C::sponsor, L::en, false,
   R"(\b(?:sponsors?|underwriters?|advertisers?|funders?) (?:have|has) no (?:say|influence|input|role|control) (?:in|on|over) (?:our |the )?(?:coverage|journalism|reporting|editorial|content|newsroom))"},
  {C::sponsor, L::de, false,
   R"(\b(?:sponsoren|sponsor|werbepartner|förderer|anzeigenkunden) (?:haben|hat) keinen einfluss auf (?:unsere |die )?(?:berichterstattung|redaktion|redaktionellen inhalte|inhalte))"},
  {C::sponsor, L::fr, false,
   R"(\b(?:les )?(?:sponsors?|partenaires|annonceurs|mécènes) n'(?:ont|a) aucune influence sur (?:notre |le |nos )?(?:couverture|contenu|rédaction|journalisme|contenus))"},
  {C::sponsor, L::es, false,
   R"(\b(?:los )?(?:patrocinadores|patrocinador|anunciantes|financiadores) no (?:tienen|tiene) (?:ninguna )?influencia (?:en|sobre) (?:nuestra |nuestro |la |el )?(?:cobertura|contenido|redacción|periodismo))"},
  {C::sponsor, L::it, false,
   R"(\b(?:gli )?(?:sponsor|inserzionisti|finanziatori) non (?:hanno|ha) (?:alcuna )?influenza (?:sui|sulla|sul|sulle) (?:nostri |nostra |nostro )?(?:contenuti|copertura|redazione|giornalismo))"},
  {C::sponsor, L::nl, false,
   R"(\b(?:sponsors?|adverteerders|financiers) (?:hebben|heeft) geen (?:invloed|zeggenschap) (?:op|over) (?:onze |de )?(?:berichtgeving|redactie|inhoud|journalistiek))"},
  {C::sponsor, L::pt, false,
   R"(\b(?:os )?(?:patrocinadores|patrocinador|anunciantes|financiadores) não (?:têm|tem) (?:nenhuma )?influência (?:sobre|na|no|em) (?:nossa |nosso |a |o )?(?:cobertura|conteúdo|redação|jornalismo))"},
  // The same firewall in other words: the sponsor never sees the stories
  // before they run, or has no say in what the newsroom covers.
  {C::sponsor, L::en, false,
   R"(\b(?:sponsors?|advertisers?|underwriters?|funders?) (?:never|do not|don't) (?:see|review|read|approve) (?:our |any )?(?:stories|articles|coverage|content|reporting) before (?:publication|it(?:'s| is) published|we publish)|\b(?:sponsors?|advertisers?|underwriters?|funders?)\b[^.!?]{0,40}\bno (?:say|influence) (?:in|over|on) what we (?:cover|write|publish|report))"},
  {C::sponsor, L::de, false,
   R"(\b(?:sponsoren|sponsor|werbepartner|anzeigenkunden) (?:sehen|lesen|sieht|liest) (?:unsere )?(?:artikel|beiträge|texte) (?:nie|nicht) vor (?:der |ihrer )?veröffentlichung|\b(?:sponsoren|sponsor|werbepartner|anzeigenkunden)\b[^.!?]{0,40}\bkeinen einfluss (?:darauf|auf das), (?:was|worüber) wir (?:berichten|schreiben))"},
  {C::sponsor, L::fr, false,
   R"(\b(?:les )?(?:sponsors?|partenaires|annonceurs) ne (?:voient|lisent|relisent|voit|lit|relit) jamais (?:nos )?(?:articles|sujets|contenus) avant (?:leur )?publication|\b(?:sponsors?|partenaires|annonceurs)\b[^.!?]{0,40}\baucun droit de regard sur (?:ce que nous (?:publions|écrivons|traitons)|nos (?:articles|contenus)))"},
  {C::sponsor, L::es, false,
   R"(\b(?:los )?(?:patrocinadores|patrocinador|anunciantes) (?:nunca|no) (?:ven|leen|revisan|ve|lee|revisa) (?:nuestros )?(?:artículos|contenidos|textos) antes de (?:su )?publicación|\b(?:patrocinadores|patrocinador|anunciantes)\b[^.!?]{0,40}\bno (?:tienen|tiene) (?:ninguna )?(?:voz|influencia) (?:en|sobre) lo que (?:publicamos|cubrimos|contamos))"},
  {C::sponsor, L::it, false,
   R"(\b(?:gli )?(?:sponsor|inserzionisti) non (?:vedono|leggono|vede|legge) (?:mai )?(?:i nostri )?(?:articoli|contenuti|testi) prima della (?:loro )?pubblicazione|\b(?:sponsor|inserzionisti)\b[^.!?]{0,40}\bnon (?:hanno|ha) (?:alcuna )?voce in capitolo su (?:ciò che|quello che) (?:pubblichiamo|scriviamo|raccontiamo))"},
  {C::sponsor, L::nl, false,
   R"(\b(?:sponsors?|adverteerders) (?:zien|lezen|ziet|leest) (?:onze )?(?:artikelen|stukken|verhalen) nooit (?:vóór|voor) (?:de )?publicatie|\b(?:sponsors?|adverteerders)\b[^.!?]{0,40}\bgeen (?:invloed|zeggenschap) (?:op|over) wat wij (?:schrijven|publiceren|brengen))"},
  {C::sponsor, L::pt, false,
   R"(\b(?:os )?(?:patrocinadores|patrocinador|anunciantes) (?:nunca|não) (?:veem|leem|revisam|vê|lê|revisa) (?:os nossos |nossos |as nossas )?(?:artigos|matérias|conteúdos|reportagens) antes da (?:sua )?publicação|\b(?:patrocinadores|patrocinador|anunciantes)\b[^.!?]{0,40}\bnão (?:têm|tem) (?:nenhuma )?(?:voz|influência) (?:sobre|no) (?:o )?que (?:publicamos|cobrimos|escrevemos))"},
  // A small ad's label as e-zines and list mails of around 2000 set it
  // between rules ("---- Text Ad ----" over the ad's two lines).
  {C::sponsor, L::en, true, R"(text ads?|text link ads?|sponsored links?)"},
  {C::sponsor, L::de, true, R"(textanzeigen?|textlink-anzeigen?)"},
  {C::sponsor, L::fr, true, R"(annonces? textes?|annonces? textuelles?)"},
  {C::sponsor, L::es, true, R"(anuncios? de texto|anuncios? textuales?)"},
  {C::sponsor, L::it, true, R"(annunci(?:o)? testual[ei])"},
  {C::sponsor, L::nl, true, R"(tekstadvertenties?)"},
  {C::sponsor, L::pt, true, R"(anúncios? de texto|anúncios? textuais|anúncio textual)"},
  // A job board's paid box of employers over their openings ("FEATURED
  // EMPLOYERS", "Entreprises qui recrutent"), heading its box.
  {C::sponsor, L::en, false, R"(^(?:featured|spotlight|premium) employers?\b|^employer spotlight\b)"},
  {C::sponsor, L::de, false, R"(^(?:ausgewählte|top-?|premium-?)arbeitgeber\b|^arbeitgeber (?:im fokus|im porträt|der woche)\b)"},
  {C::sponsor, L::fr, false, R"(^(?:employeurs|recruteurs|entreprises) (?:à la une|en vedette|qui recrutent)\b)"},
  {C::sponsor, L::es, false, R"(^(?:empresas|empleadores) (?:destacad[oa]s|que (?:contratan|buscan talento))\b)"},
  {C::sponsor, L::it, false, R"(^(?:aziende|datori di lavoro) (?:in evidenza|che assumono)\b)"},
  {C::sponsor, L::nl, false, R"(^uitgelichte (?:werkgevers|bedrijven)\b|^werkgevers? (?:in de kijker|van de week)\b)"},
  {C::sponsor, L::pt, false, R"(^(?:empresas|empregadores) (?:em destaque|que (?:contratam|estão contratando))\b)"},
  // An event's thanks to its sponsors or exhibitors over their logos.
  {C::sponsor, L::en, false, R"(^(?:with )?(?:many |special )?thanks to our (?:\d{4} )?(?:[\pL-]+ )?(?:sponsors|exhibitors)\b|^thank you to our (?:\d{4} )?(?:[\pL-]+ )?(?:sponsors|exhibitors)\b)"},
  {C::sponsor, L::de, false, R"(^(?:vielen |herzlichen )?dank an unsere (?:\d{4} )?(?:sponsoren|aussteller)\b|^wir danken unseren (?:sponsoren|ausstellern)\b)"},
  {C::sponsor, L::fr, false, R"(^(?:un grand )?merci à nos (?:sponsors|exposants)\b)"},
  {C::sponsor, L::es, false, R"(^gracias a nuestros (?:patrocinadores|expositores)\b)"},
  {C::sponsor, L::it, false, R"(^grazie ai nostri (?:sponsor|espositori)\b)"},
  {C::sponsor, L::nl, false, R"(^(?:met )?dank aan onze (?:sponsors|sponsoren|exposanten)\b)"},
  {C::sponsor, L::pt, false, R"(^(?:obrigado|obrigada|agradecemos) aos nossos (?:patrocinadores|expositores)\b)"},
  // A station's or a community letter's underwriting credits and thanks
  // to its advertisers and season sponsors: "Support for WXYZ comes from
  // Acme", "Please remember our advertisers", a grant credit naming the
  // letter or the programme itself. At the block's start only: "support
  // comes from" and "funded by" inside a sentence are a report's words.
  {C::sponsor, L::en, false,
   R"(^(?:additional |further )?support (?:for [\pL\d]+ )?(?:also )?comes from|^(?:please )?(?:remember|support|patroni[sz]e|thank) our advertisers|(?:gratefully|proudly) acknowledges? the (?:generous )?support of (?:our|its) (?:season )?sponsors|)"
   R"(^(?:this|the) (?:program|programme|publication|newsletter|bulletin|series|season) (?:is|was) (?:funded|supported|made possible) in part by)"},
  {C::sponsor, L::de, false,
   R"(^(?:diese sendung|dieses programm|dieser newsletter|dieser rundbrief) wird (?:unterstützt|gefördert|ermöglicht) (?:von|durch)|^(?:bitte )?berücksichtigen sie (?:bitte )?(?:bei ihren einkäufen )?unsere inserenten|(?:wir danken|dank an) unseren? (?:saison|jahres)sponsoren)"},
  {C::sponsor, L::fr, false,
   R"(^(?:cette émission|ce programme|cette lettre) (?:est|a été) (?:soutenue?|financée?|rendue? possible) (?:en partie )?(?:par|grâce à)|^(?:merci de )?(?:pensez à|soutenez|favorisez) nos annonceurs|(?:remercie|remercions) (?:chaleureusement )?(?:nos|ses) (?:partenaires|mécènes) de la saison)"},
  {C::sponsor, L::es, false,
   R"(^(?:este programa|este boletín|esta programación) (?:es posible|se realiza|cuenta con el apoyo) (?:gracias a|de)|^(?:apoye|apoya|recuerde|favorezca) a nuestros anunciantes|(?:agradece|agradecemos) (?:a )?(?:nuestros|sus) patrocinadores de (?:la )?temporada)"},
  {C::sponsor, L::it, false,
   R"(^(?:questo programma|questa trasmissione|questo notiziario) è (?:sostenut[oa]|res[oa] possibile) (?:anche )?(?:da|grazie a|con il contributo di)|^(?:sostenete|ricordate|preferite) i nostri inserzionisti|(?:ringrazia|ringraziamo) (?:i nostri|i suoi|gli) sponsor della stagione)"},
  {C::sponsor, L::nl, false,
   R"(^(?:dit programma|deze uitzending|deze nieuwsbrief) wordt (?:mede )?mogelijk gemaakt (?:door|dankzij)|^(?:steun|denk aan|bezoek) onze adverteerders|(?:dankt|danken) (?:haar|onze|zijn) seizoenssponsors)"},
  {C::sponsor, L::pt, false,
   R"(^(?:este programa|esta emissão|este boletim) (?:é apoiad[oa]|tem o apoio|é patrocinad[oa]) (?:por|de)|^(?:prestigie|apoie|valorize) (?:os )?nossos anunciantes|^lembre-se dos nossos anunciantes|(?:agradece|agradecemos) aos (?:nossos|seus) patrocinadores da temporada)"},
  // ---- advertise with us -----------------------------------------------------------------
  {C::advertise, L::en, false,
   R"(advertise (?:with|in|on) (?:us|this|our)|interested in (?:advertising|sponsoring|sponsorship)|want to (?:advertise|sponsor)|)"
   R"(sponsor (?:this|an|a future|our|any of our|one of our) (?:issue|newsletter|edition|episode)|become a sponsor|)"
   R"(advertising (?:inquiries|enquiries|opportunities)|sponsorship (?:inquiries|enquiries|opportunities)|media kit|)"
   R"((?:reach|in front of) (?:over |more than )?[0-9][0-9,.]*k?\+? (?:[\pL-]+ )?(?:readers|subscribers|developers|engineers|professionals|founders|investors|marketers|players)|)"
   R"(sponsorship (?:slots|spots|packages)|)"
   R"(post (?:a|your) (?:job|role|vacancy) (?:in|on|with)|)"
   R"((?:advertising|ads|sponsors?|sponsorships?|partnerships|adsales)@)"
   R"(|^(?:are you |you're )?(?:hiring|recruiting)\? (?:post|list|advertise|publish)|post (?:a|your) (?:job|vacancy) (?:ad|advert|opening|listing)|recruiters'? (?:area|space|corner))"
   R"(|(?:become|becoming) an exhibitor|sponsorship (?:prospectus|pack|deck)|exhibitor (?:pack|prospectus))"
   R"(|(?:get|put) your (?:product|brand|company|startup|tool|service|technology|solution|business)s? in front of)"
   R"(|(?:want|looking) to reach (?:over |more than )?[0-9][0-9,.]*k?\+? |partner with us\W*$)"},
  {C::advertise, L::de, false,
   R"(werben sie (?:bei|in|mit) uns|werbung schalten|anzeige schalten|sponsor werden|werbepartner werden|mediadaten|)"
   R"(werbemöglichkeiten|hier werben|(?:sie )?möchten (?:hier )?werben|anzeigen in (?:der|die|diese[mr]?|unsere[mr]?) |anzeigenpreise|)"
   R"((?:erreichen sie|erreiche) (?:über |mehr als )?[0-9][0-9.]* (?:leser|abonnent|entwickler|menschen)|)"
   R"((?:werbung|anzeigen|mediadaten|sponsoring)@)"
   R"(|^(?:sie suchen|suchen sie|du suchst) (?:personal|mitarbeiter|fachkräfte)\?|stellenanzeige (?:schalten|aufgeben|veröffentlichen)|(?:schalten|veröffentlichen) sie (?:ihre|eine) stellenanzeige)"
   R"(|aussteller werden|sponsoring-?(?:mappe|unterlagen|paket)|(?:ausstellermappe|mediadaten))"
   R"(|(?:ihr|dein) (?:produkt|unternehmen|startup|tool) (?:vor|bei) (?:mehr als |über )?[\d.]+ )"
   R"(|(?:möchten sie|willst du|wollen sie) (?:über |mehr als )?[0-9][0-9.]* [\pL -]{0,30}erreichen|(?:werden sie|werde) (?:unser )?partner\W*$)"},
  {C::advertise, L::fr, false,
   R"(annoncez (?:dans|avec|chez)|faire de la publicité (?:dans|avec)|devenez (?:sponsor|annonceur|partenaire de)|)"
   R"(kit média|sponsoriser (?:cette|la|notre|une) (?:newsletter|édition)|vous souhaitez (?:sponsoriser|annoncer)|)"
   R"(touche[rz] (?:plus de )?[0-9][0-9 .]* (?:lecteurs|lectrices|abonnés|décideurs)|)"
   R"((?:publicite|publicité|pub|annonceurs|partenariats?)@)"
   R"(|^vous recrutez ?\?|publiez (?:votre|vos|une) (?:offre|annonce)s? (?:d'emploi )?(?:sur|dès|à partir|gratuitement)|espace recruteurs?)"
   R"(|dossier (?:partenaires?|de (?:sponsoring|partenariat)|exposants?)|deven(?:ez|ir) exposant\b)"
   R"(|(?:présentez|faites connaître|mettez) votre (?:produit|marque|entreprise|start-up|outil) (?:à|devant|auprès de) (?:plus de )?[\d  .]+ )"
   R"(|(?:vous souhaitez|envie de|vous voulez) (?:toucher|atteindre) (?:plus de )?[0-9]|devenez (?:notre )?partenaire\W*$)"},
  {C::advertise, L::es, false,
   R"(anúnciate (?:en|con)|anunciarse en|hazte (?:patrocinador|sponsor)|patrocina (?:este|esta|nuestro|nuestra)|)"
   R"(kit de medios|(?:quieres|te interesa) (?:anunciarte|patrocinar)|aparece aquí|anuncia tu (?:negocio|empresa|marca)|)"
   R"(llegar a (?:más de )?[0-9][0-9.]* (?:lectores|lectoras|suscriptores|desarrolladores|personas|vecinos)|)"
   R"((?:tu|su) marca quiere (?:sonar|aparecer|estar)|(?:publicidad|anuncios|patrocinios|comercial)@)"
   R"(|^¿?(?:buscas|busca|estás buscando) (?:talento|candidatos|personal)\?|publica (?:tu|su|una) oferta (?:de empleo )?(?:en|desde|gratis))"
   R"(|(?:hazte|ser) (?:expositor|patrocinador)|dossier de (?:patrocinio|expositores))"
   R"(|(?:pon|lleva|muestra) tu (?:producto|marca|empresa|startup|herramienta) (?:delante de|frente a|ante) (?:más de )?[\d.]+ )"
   R"(|(?:quieres|quiere|queréis) (?:llegar a|alcanzar) (?:más de )?[0-9]|(?:hazte|sé) (?:nuestro )?(?:socio|partner)\W*$)"},
  {C::advertise, L::it, false,
   R"(fai pubblicità (?:su|con)|diventa (?:sponsor|inserzionista)|sponsorizza (?:questa|la nostra|questo)|)"
   R"(media kit|vuoi (?:sponsorizzare|fare pubblicità)|pubblicizza (?:la tua|il tuo)|)"
   R"(raggiung(?:i|ere) (?:oltre |più di )?[0-9][0-9.]* (?:lettori|lettrici|iscritti|persone)|)"
   R"((?:pubblicita|pubblicità|sponsor|inserzioni)@)"
   R"(|^(?:cerchi|cercate|state cercando) (?:personale|candidati|collaboratori)\?|pubblica (?:il tuo|un) annuncio (?:di lavoro )?(?:su|da|a partire|gratis)|area (?:aziende|recruiter|selezionatori))"
   R"(|diventa(?:re)? (?:espositore|sponsor)|(?:kit|dossier) (?:espositori|sponsor))"
   R"(|(?:porta|presenta|mostra) il tuo (?:prodotto|brand|marchio|servizio) (?:davanti a|a) (?:oltre |più di )?[\d.]+ )"
   R"(|(?:vuoi|volete) raggiungere (?:oltre |più di )?[0-9]|diventa (?:nostro )?partner\W*$)"},
  {C::advertise, L::nl, false,
   R"(adverteren (?:in|bij|op)|adverteer (?:in|bij|met|op)|sponsor worden|word (?:sponsor|adverteerder)|mediakit|)"
   R"(wil (?:je|u) adverteren|bereik (?:meer dan |ruim )?[0-9][0-9.]* (?:lezers|abonnees|mensen|developers|ontwikkelaars|professionals)|)"
   R"(plaats (?:je|uw) vacature|)"
   R"((?:adverteren|advertenties|reclame|sponsoring)@)"
   R"(|^(?:zoek je|zoekt u|zoeken jullie) (?:personeel|kandidaten|collega's)\?|vacature plaatsen)"
   R"(|word (?:standhouder|exposant|sponsor)|sponsorpakket|sponsormogelijkheden)"
   R"(|(?:je|uw) (?:product|merk|bedrijf|startup|tool) onder de aandacht van (?:meer dan |ruim )?[\d.]+ )"
   R"(|(?:wil je|wilt u) (?:meer dan |ruim )?[0-9][0-9.]* [\pL -]{0,30}bereiken|word (?:onze )?partner\W*$)"},
  {C::advertise, L::pt, false,
   R"(anuncie (?:conosco|aqui|na|no|em)|seja (?:um )?patrocinador|patrocine (?:esta|este|a nossa|o nosso)|)"
   R"(quer anunciar|mídia kit|kit de mídia|publicite (?:no|na|connosco|aqui)|)"
   R"(chegar a (?:mais de )?[0-9][0-9.]* (?:mil )?(?:leitores|assinantes|pessoas|subscritores)|)"
   R"((?:publicidade|anuncios|anúncios|patrocinio|patrocínio)@)"
   R"(|^(?:está|estás) (?:a )?(?:contratar|recrutar)\?|(?:publique|anuncie) (?:sua|a sua|uma) vaga)"
   R"(|(?:seja|torne-se) (?:expositor|patrocinador)|(?:plano|kit) de patrocínio)"
   R"(|(?:coloque|leve|apresente) (?:seu|sua|o seu|a sua) (?:produto|marca|empresa|startup) (?:na frente de|diante de|para) (?:mais de )?[\d.]+ )"
   R"(|(?:quer|deseja) (?:alcançar|atingir|chegar a) (?:mais de )?[0-9]|seja (?:nosso )?parceiro\W*$)"},

  // An affiliate programme pitched to the readers: join it, earn a share
  // of every sale sent, commissions paid monthly, become an affiliate.
  {C::advertise, L::en, false,
   R"((?:join|sign up for|apply to) (?:our|the [\pL-]+) (?:affiliate|reseller) program|become an? (?:[\pL-]+ )?affiliate\b|affiliate program(?:me)?\b)"
   R"(|earn (?:up to )?\d+ ?% (?:commission )?on (?:every|each) (?:sale|order|referral)|commissions are paid (?:every|each|monthly))"},
  {C::advertise, L::de, false,
   R"((?:partner|affiliate-?)programm(?:s|e[sn]?)?\b|(?:werde|werden sie) (?:jetzt )?affiliate\b|verdienen? (?:sie )?(?:bis zu )?\d+ ?% (?:provision )?(?:an|auf|für) jede[nrm]? (?:verkauf|bestellung|vermittlung))"
   R"(|provisionen werden (?:monatlich|jeden monat) (?:ausgezahlt|gezahlt|überwiesen))"},
  {C::advertise, L::fr, false,
   R"(programme d'affiliation|devenez affilié|(?:gagnez|touchez) (?:jusqu'à )?\d+ ?% (?:de commission )?sur chaque vente|les commissions sont versées (?:chaque mois|mensuellement))"},
  {C::advertise, L::es, false,
   R"(programa de afiliados|hazte afiliado|(?:gana|ganas) (?:hasta )?(?:un )?\d+ ?% (?:de comisión )?(?:en|por) cada venta|las comisiones se pagan (?:cada mes|mensualmente))"},
  {C::advertise, L::it, false,
   R"(programma di affiliazione|diventa affiliato|guadagna (?:fino al |il )?\d+ ?% (?:di commissione )?su ogni vendita|le commissioni (?:sono|vengono) (?:pagate|versate) (?:ogni mese|mensilmente))"},
  {C::advertise, L::nl, false,
   R"((?:affiliate|partner)programma\b|word (?:nu )?affiliate\b|verdien (?:tot )?\d+ ?% (?:commissie )?op (?:elke|iedere) verkoop|commissies worden (?:maandelijks|elke maand) uitbetaald)"},
  {C::advertise, L::pt, false,
   R"(programa de afiliados|torne-se (?:um )?afiliado|(?:ganhe|receba) (?:até )?\d+ ?% (?:de comissão )?(?:em|por) cada venda|as comissões são pagas (?:todos os meses|mensalmente))"},
  // The same programme under another name ("join the Acme Associates
  // program"), paid on what the reader's visitors buy through the links.
  {C::advertise, L::en, false,
   R"(\b(?:join|sign up for|apply to) (?:our|the (?:[\pL-]+ ){1,2})(?:associates?|partner|referral) program(?:me)?\b|\b(?:your )?(?:visitors|readers|followers) (?:buy|order|purchase) through your links?\b)"},
  {C::advertise, L::de, false,
   R"(\b(?:ihre|deine) (?:besucher|leser|follower) über (?:ihre|deine) links? (?:kaufen|bestellen)\b)"},
  {C::advertise, L::fr, false,
   R"(\b(?:vos|tes) (?:visiteurs|lecteurs|abonnés) (?:achètent|commandent) (?:via|par) (?:vos|tes) liens?\b|\brejoignez (?:notre|le) programme (?:partenaires?|associés?)\b)"},
  {C::advertise, L::es, false,
   R"(\b(?:tus|sus) (?:visitantes|lectores|seguidores) (?:compran|piden) (?:a través de|desde|con) (?:tus|sus) enlaces?\b|únete (?:a nuestro|al) programa de (?:asociados|socios)\b)"},
  {C::advertise, L::it, false,
   R"(\bi (?:tuoi|vostri) (?:visitatori|lettori|follower) (?:acquistano|comprano|ordinano) (?:tramite|dai|attraverso) (?:i )?(?:tuoi|vostri) link\b)"},
  {C::advertise, L::nl, false,
   R"(\b(?:je|jouw|uw) (?:bezoekers|lezers|volgers) (?:kopen|bestellen) via (?:je|jouw|uw) links?\b)"},
  {C::advertise, L::pt, false,
   R"(\b(?:os seus|seus|teus) (?:visitantes|leitores|seguidores) (?:compram|encomendam) (?:através dos|pelos) (?:seus|teus) links?\b)"},
  // A list's own classifieds: place one, its price by the word count.
  {C::advertise, L::en, false,
   R"(\bplace (?:your own|a) classified(?: ad)?\b|\b\d+ words (?:for|at) (?:only |just )?[$£€] ?\d+(?:[.,]\d\d)? (?:per|a|an|each) (?:day|issue|week|insertion)\b)"},
  {C::advertise, L::de, false,
   R"(\b(?:ihre|deine|eine) (?:eigene )?kleinanzeige aufgeben\b|\b\d+ wörter (?:für|zu) (?:nur )?\d+(?:[.,]\d\d)? ?(?:€|euro|eur) (?:pro|je) (?:tag|ausgabe|woche)\b)"},
  {C::advertise, L::fr, false,
   R"(\bpassez (?:votre|une) petite annonce\b|\b\d+ mots pour \d+(?:[.,]\d\d)? ?(?:€|euros?) par (?:jour|numéro|semaine|parution)\b)"},
  {C::advertise, L::es, false,
   R"(\bpublica (?:tu|su|un) (?:propio )?anuncio clasificado\b|\b\d+ palabras por \d+(?:[.,]\d\d)? ?(?:€|euros?) (?:al|por) (?:día|número|semana)\b)"},
  {C::advertise, L::it, false,
   R"(\bpubblica (?:il tuo|un) (?:piccolo )?annuncio economico\b|\b\d+ parole (?:a|per) \d+(?:[.,]\d\d)? ?(?:€|euro) (?:al|per) (?:giorno|numero|settimana)\b)"},
  {C::advertise, L::nl, false,
   R"(\bplaats (?:je|jouw|uw) eigen (?:zoekertje|kleine advertentie)\b|\b\d+ woorden voor \d+(?:[.,]\d\d)? ?(?:€|euro) per (?:dag|editie|week)\b)"},
  {C::advertise, L::pt, false,
   R"(\b(?:publique|coloque) (?:o seu|seu|um) (?:próprio )?anúncio classificado\b|\b\d+ palavras por \d+(?:[.,]\d\d)? ?(?:€|euros?|r\$) (?:por|ao) (?:dia|edição|semana)\b)"},
  // "Want your company here?" under a paid box, and the price of a listing
  // in it ("Featured employer listings start at $295 a month").
  {C::advertise, L::en, false,
   R"(\bwant your (?:company|business|product|site|logo|listing|job|ad|program|software|app|tool) (?:here|listed here|featured here)\b|\bfeatured (?:employer|company|job|site|business) listings? (?:start|starts|cost|costs) (?:at|from)\b)"},
  {C::advertise, L::de, false,
   R"(\b(?:ihr|dein) unternehmen (?:auch )?hier\s?\?|\b(?:möchten sie|willst du) (?:auch )?hier (?:erscheinen|stehen|gelistet werden))"},
  {C::advertise, L::fr, false,
   R"(\bvotre (?:entreprise|société|annonce) ici\s?\?|\bvous (?:voulez|souhaitez) (?:apparaître|figurer) ici)"},
  {C::advertise, L::es, false,
   R"(\b(?:su|tu) empresa aquí\s?\?|\b(?:quiere|quieres) (?:aparecer|estar) aquí)"},
  {C::advertise, L::it, false,
   R"(\bla (?:tua|vostra) azienda qui\s?\?|\bvuoi (?:comparire|apparire|essere) qui)"},
  {C::advertise, L::nl, false,
   R"(\b(?:uw|jouw|je) bedrijf hier\s?\?|\b(?:wilt u|wil je) (?:hier )?(?:ook )?(?:hier )?(?:staan|vermeld worden)\s?\?)"},
  {C::advertise, L::pt, false,
   R"(\b(?:sua|a sua) empresa aqui\s?\?|\b(?:quer|queres) (?:aparecer|estar) aqui)"},
  // An employer's pitch in a jobs letter: are you hiring, post a job, a
  // pack of listings at a saving.
  {C::advertise, L::en, false,
   R"(^(?:are you |is your team )?hiring(?: remotely| remote talent)?\?$|^post (?:a|your) job\W*$|ask about our (?:team|bulk|multi-?job|volume) (?:packs?|packages?|pricing|discounts?)\b)"},
  {C::advertise, L::de, false,
   R"(^(?:sie )?suchen (?:sie )?(?:personal|mitarbeitende|fachkräfte)\?$|^(?:stellenanzeige|job) (?:aufgeben|schalten|inserieren)\W*$|fragen sie nach unseren (?:stellen|job)?paketen\b)"},
  {C::advertise, L::fr, false,
   R"(^vous recrutez ?\?$|^(?:publier|déposer|publiez) (?:une|votre) offre(?: d'emploi)?\W*$|(?:demandez|découvrez) nos packs? (?:d'annonces|recrutement)\b)"},
  {C::advertise, L::es, false,
   R"(^¿?(?:estás|está) contratando\?$|^publica(?:r)? (?:una|tu) oferta(?: de empleo)?\W*$|pregunta por nuestros packs? de (?:ofertas|anuncios)\b)"},
  {C::advertise, L::it, false,
   R"(^(?:stai|state) assumendo\?$|^pubblica (?:un|il tuo) annuncio(?: di lavoro)?\W*$|chiedi(?:ci)? (?:dei|i) nostri pacchetti (?:di annunci|team)\b)"},
  {C::advertise, L::nl, false,
   R"(^(?:ben je|bent u) (?:aan het werven|op zoek naar personeel)\?$|^plaats (?:een|je|uw) vacature\W*$|vraag naar onze (?:vacature)?pakketten\b)"},
  {C::advertise, L::pt, false,
   R"(^(?:você )?(?:está|estás) contratando\?$|^(?:publique|publicar|anuncie) (?:uma|sua) vaga\W*$|pergunte (?:sobre|pelos) nossos pacotes de vagas\b)"},
  // A station's pitch for underwriters and a community letter's terms for
  // its readers' small ads.
  {C::advertise, L::en, false,
   R"((?:learn|ask|find out|inquire) (?:more )?about (?:program |programme )?underwriting|underwriting (?:opportunities|inquiries|enquiries)|classified ads are free\b)"},
  {C::advertise, L::de, false,
   R"((?:informationen|mehr) (?:zum|über) (?:sendungs|programm)sponsoring|kleinanzeigen (?:sind|bleiben) für mitglieder (?:kostenlos|gratis))"},
  {C::advertise, L::fr, false,
   R"((?:renseignez-vous|en savoir plus) sur le parrainage d'émissions?|les petites annonces sont gratuites)"},
  {C::advertise, L::es, false,
   R"((?:infórmese|más información) sobre el patrocinio de programas|los (?:anuncios )?clasificados son gratuitos)"},
  {C::advertise, L::it, false,
   R"((?:informazioni|scopri di più) sulla sponsorizzazione (?:dei|di) programm|gli annunci (?:economici )?sono gratuiti)"},
  {C::advertise, L::nl, false,
   R"((?:meer )?(?:informatie|info) over programmasponsoring|kleine advertenties zijn gratis)"},
  {C::advertise, L::pt, false,
   R"((?:saiba mais|informe-se) sobre o patrocínio de programas|os classificados são gratuitos)"},
  // ---- house ads: the publisher's other products -------------------------------------------
  // A shop's push to its own store under the issue ("Visit the store
  // today!"), and a bonus offered to the letter's readers as a label.
  {C::house_ad, L::en, false,
   R"(^(?:a )?(?:bonus|special offer|gift|treat|extra) for (?:our )?(?:newsletter|e-?mail|list) (?:readers|subscribers|members)\b|\bvisit (?:the|our) (?:[\pL-]+ ){0,2}(?:store|shop|webshop|online store) (?:today|now)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:ein )?(?:bonus|extra|geschenk|sonderangebot) für (?:unsere )?newsletter-?(?:leser\pL*|abonnent\pL*|empfänger\pL*)|\bbesuch(?:en sie|e) (?:noch heute|gleich|jetzt) (?:unseren|den) (?:[\pL-]+)?shop\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:un )?(?:bonus|cadeau|offre spéciale) (?:pour|réservée? aux) (?:les )?(?:lecteurs|abonnés) de (?:la|notre) (?:newsletter|lettre)|\bvisitez (?:dès aujourd'hui|dès maintenant) (?:notre|la) boutique\b|\bvisitez (?:notre|la) boutique (?:dès aujourd'hui|dès maintenant))"},
  {C::house_ad, L::es, false,
   R"(^(?:un )?(?:regalo|extra|bonus|oferta especial) para (?:los )?(?:lectores|suscriptores) del (?:boletín|newsletter)|\bvisita (?:nuestra|la) tienda (?:hoy|ya|ahora)\b|\bvisita hoy (?:mismo )?(?:nuestra|la) tienda\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:un )?(?:regalo|extra|bonus|offerta speciale) per (?:gli |i )?(?:lettori|iscritti) (?:della|alla) newsletter|\bvisita oggi (?:stesso )?(?:il nostro|lo) (?:negozio|shop)\b|\bvisita (?:il nostro|lo) (?:negozio|shop) (?:oggi|subito)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:een )?(?:extraatje|cadeau|bonus|speciale aanbieding) voor (?:onze )?nieuwsbrief(?:lezers|abonnees)|\bbezoek (?:vandaag nog|nu) (?:onze|de) (?:web)?(?:winkel|shop)\b|\bbezoek (?:onze|de) (?:web)?(?:winkel|shop) (?:vandaag nog|nu)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:um )?(?:brinde|bónus|bônus|oferta especial) para (?:os )?(?:leitores|assinantes|subscritores) d[ao] (?:newsletter|boletim)|\bvisite hoje (?:mesmo )?(?:a nossa|nossa|a) loja\b|\bvisite (?:a nossa|nossa|a) loja (?:hoje|já|agora))"},
  // A paragraph that opens on the writer's own book and its coming out
  // ("My book, <title>, comes out in paperback in May"), with the plea and
  // the shops after it: first among the house ads, so that a bookshop's
  // name further in does not stand for the paragraph in its place.
  {C::house_ad, L::en, false,
   R"(^my (?:new )?(?:book|novel|memoir|cookbook)\b[^.!?]*(?:comes out|is out now|out (?:on|in|now)|publishes|is published|hits (?:shelves|bookshops|stores)))"},
  // A member-get-member bonus: "For every new member you bring in, we say
  // thank you with a 25-euro voucher".
  {C::house_ad, L::en, false, R"(\bfor (?:every|each) (?:new )?member (?:you (?:recruit|sign up|bring in|introduce)|recruited)\b)"},
  {C::house_ad, L::de, false, R"(\bfür (?:jedes|jede) (?:neu )?geworbene[s]? (?:mitglied|neumitglied|person)\b|\bmitglieder werben mitglieder\b)"},
  {C::house_ad, L::fr, false, R"(\bpour (?:chaque|tout) (?:nouvel |nouveau )?(?:adhérent|adhérente|membre) (?:parrainé|parrainée|recruté|recrutée|que (?:vous parrainez|tu parraines)))"},
  {C::house_ad, L::es, false, R"(\bpor cada (?:nuevo |nueva )?(?:socio|socia|afiliado|afiliada|miembro) que (?:traigas|consigas|afilies|recomiendes)\b)"},
  {C::house_ad, L::it, false, R"(\bper ogni (?:nuovo |nuova )?(?:socio|socia|iscritto|iscritta|associato) che (?:porti|presenti|iscrivi|fai iscrivere)\b)"},
  {C::house_ad, L::nl, false, R"(\bvoor (?:elk|ieder) (?:nieuw )?lid (?:dat|die) (?:je|u|jij) (?:aanbrengt|werft|aanmeldt)\b|\bleden werven leden\b)"},
  {C::house_ad, L::pt, false, R"(\bpor cada (?:novo |nova )?(?:sócio|sócia|associado|associada|membro) que (?:trouxer|indicar|angariar)\b)"},
  // A partner's offer to the sender's members, as a federation or an
  // association words it ("our insurance partner offers member clubs").
  {C::house_ad, L::en, false, R"(\bour (?:[\pL-]+ )?partner,? [^.!?]{0,60}?\b(?:offers|gives) (?:our |all )?(?:members|member (?:clubs|companies|businesses)|subscribers|cardholders)\b)"},
  {C::house_ad, L::de, false, R"(\bunser(?:e)? [\pL-]*partner(?:in)?\b,?[^.!?]{0,60}?\b(?:bietet|gewährt|schenkt) (?:unseren |allen )?(?:mitglied|abonnent|karteninhaber)\pL*)"},
  {C::house_ad, L::fr, false, R"(\bnotre (?:[\pL-]+ )?partenaire\b[^.!?]{0,60}?\b(?:offre|propose|accorde) (?:à |aux )?(?:nos |tous les |toutes les )?(?:adhérent|membre|clubs affiliés|abonné)\pL*)"},
  {C::house_ad, L::es, false, R"(\bnuestro (?:socio|colaborador|partner|aliado)(?: [\pL-]+)?[^.!?]{0,60}?\b(?:ofrece|regala) (?:a )?(?:nuestros |todos los |los )?(?:socios|clubes (?:federados|asociados)|afiliados|suscriptores)\b)"},
  {C::house_ad, L::it, false, R"(\bil nostro partner\b[^.!?]{0,60}?\b(?:offre|propone|riserva) (?:a |ai )?(?:nostri |tutti i )?(?:soci|club affiliati|iscritti|abbonati)\b)"},
  {C::house_ad, L::nl, false, R"(\bonze [\pL-]*partner\b[^.!?]{0,60}?\b(?:biedt|geeft) (?:onze |alle )?(?:leden|lidclubs|aangesloten verenigingen|abonnees)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:o )?nosso parceiro\b[^.!?]{0,60}?\b(?:oferece|dá) (?:a |aos )?(?:nossos |todos os )?(?:sócios|associados|clubes filiados|assinantes)\b)"},
  {C::house_ad, L::en, false,
   R"((?:save|reserve|book|claim) my (?:seat|spot|place)\b|(?:a few|some|only a few) (?:places|seats|spots) (?:left|remain)|our (?:drop-in|help desk (?:is|can|will|answers|team)|advice (?:desk|line)|office hours)\b|refer (?:a friend|friends|your (?:friends|colleagues|teammates))|(?:you|the two of you) both get|your (?:invite|referral) link|invite your (?:friends|teammates|colleagues|team) and|)"
   R"((?:for )?new enrollments?|enrollment (?:opens|closes|is open|ends)|you can now enroll|join (?:thousands|hundreds|tens of thousands|\d[\d,.]*k?\+?) (?:of )?(?:other )?(?:students|learners)|(?:learn more|more information|find out more|read more) about our (?:newsletters?|newsletter program|authors|services|products|company)|send (?:your |a |a friend\'s )?(?:resume|cv)\b|we have a new position|(?:we\'re|we are) hiring|)"
   R"((?:check out|try|explore|browse) our other newsletters|our other newsletters|our sister newsletters?|)"
   R"(our (?:job board|jobs board|online course|new course|courses|workshop|bootcamp|conference|merch)\b|)"
   R"((?:in|at|from|visit|browse|shop|check out|head to|pop into|stop by) our (?:store|shop)\b|our (?:store|shop)(?:'s)? (?:[\pL-]+ )?(?:sale|offers?|deals?|discounts?|coupons?)\b|)"
   R"(bring .{1,40} to your (?:team|company|organi[sz]ation)|(?:get|buy|grab) (?:your )?tickets?\b|)"
   R"((?:join|register for|sign up for) our (?:webinar|workshop|event|conference|course|community)|)"
   R"((?:enroll|enrol) (?:now|today)|download (?:our|the) (?:free |new )?app|get the app|)"
   R"(available on the app store|(?:download|get it) on (?:the app store|google play)|)"
   R"(our (?:new |next |own |free |annual |weekly |monthly |live |online )?(?:[\pL-]+ )?(?:podcast|course|workshop|masterclass|webinar|conference|summit|meetup|academy)s?\b|)"
   R"(grab (?:one|yours|a spot|a seat|your spot|your seat)\b|)"
   R"(our (?:new |free )?e-?books?\b|(?:club|society|association|members'?) (?:shop|store)\b|early[- ]bird (?:tickets?|price|rate|discount)|)"
   R"(our (?:new |next |own )?bootcamp|(?:reserve|save|book) your (?:seat|spot|place)\b|count me in\W*$|)"
   R"(our new (?:guide|e-?book|book|report) is (?:out|here|available))"
   R"(|(?:museum|gift) shop\b|(?:order|get|request|apply for) yours (?:in|through|via|on|from) (?:the|our) app|recommend us to (?:a friend|friends|someone|anyone))"
   R"(|(?:our|matchday|vip) hospitality (?:packages?|boxes|suites)|hospitality packages? (?:for|start|from)\b|book hospitality|(?:daily|today's) (?:puzzles?|crossword|sudoku)|play (?:the |our |today's )?(?:daily )?(?:puzzles?|crossword|sudoku)\b|(?:puzzles?|crossword) app\b|(?:today's|tonight's) cryptic\b|(?:play|enter|take part|join in)\b[^.]{0,60} for (?:the|a) chance to win|download (?:our|the) (?:official |free |new )?(?:[\pL-]+ ){1,3}app\b|(?:discover|see|explore) all (?:the |your )?(?:benefits|perks)|today (?:on|in) (?:the |our )?(?:[\pL'-]+ ){0,2}podcast ?:|(?:free |exclusive )?webinar (?:for|reserved for|exclusively for) (?:our )?(?:clients|customers|members))"
   R"(|(?:^|[.!?:] )(?:earn|collect) points (?:on|with) every (?:purchase|order|visit|shop)|join our (?:loyalty|rewards) (?:club|programme|program|scheme)|bring a friend and (?:get|earn|receive))"
   R"(|(?:a|one) point for every (?:euro|dollar|pound|€|\$|£)|because you (?:took|watched|read|bought|liked|viewed|enrolled in|listened to|completed)\b|recommended for you|you might also like|(?:get|request|ask for) (?:a|your) (?:free )?(?:no-obligation )?quote\b|no-obligation quote)"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:ratings|reviews)\)|(?:share|copy) your (?:referral |invite |invitation )?link\W*$)"
   R"(|(?:in|on|from|with|through) our app\b|(?:the|our) my ?[\pL-]+ app\b)"
   R"(|(?:learn|read|listen|shop|order|watch|keep (?:learning|reading|listening)) (?:on the go|on your commute|anywhere|wherever you are)\W*$)"
   R"(|(?:^|[.!?:] )(?:bring|take|invite) (?:a|your) (?:friend|colleague|partner|workout buddy|training partner|neighbou?r)s?(?: along)?\b[^.!?]*(?:\bfree\b|discount|\boff\b|voucher|credit|on us|reward)|you(?:'ll)? both (?:get|receive|earn)|you each (?:get|receive))"
   R"(|(?:show|present) your (?:member(?:ship)?|loyalty|club|member's|library|reader's|student|alumni) (?:card|pass)\b[^.!?]*(?:off\b|discount)|^member (?:perks?|benefits?|offers?)\b|(?:members|cardholders) (?:get|save|enjoy) \d+ ?% (?:off )?(?:at|with)\b)"
   R"(|^need an? [^?]*\? (?:book|reserve|order)\b)"
   R"(|^(?:[^ .!?]+ )*(?:always|right) (?:with you|in your pocket|on your phone)!?$|^(?:[^ .!?]+ )*(?:straight|right) to your phone!?$)"
   R"(|(?:^| )(?:(?:a |your )?quote in (?:\d+|two|three|five) minutes|(?:compare|get) (?:quotes|a quote) (?:online )?in (?:\d+|two|three|five) minutes))"
   R"(|for every (?:[$£€] ?\d+|dollar|pound|euro)\b[^.!?]*you spend\b|subscribe (?:&|and) save\b|repeat deliver(?:y|ies)\b|auto-?ship\b|for (?:every|each) friend (?:who|that|you)\b|(?:^|[.!?:] )get (?:the|our) (?:free |new )?[\pL-]+ app\b|(?:^|[.!?:] )with (?:the|your|a) [^.!?]*(?:member(?:ship)?|loyalty|club|friends'?) (?:card|pass)\b[^.!?]*(?:discount|reduced|priority|free entry))"
   R"(|new (?:on|in) (?:our|the) (?:[\pL-]+ ){0,3}podcast\b|(?:new|latest|newest) episode of (?:our|the) (?:[\pL-]+ ){0,2}podcast\b|(?:listen|tune in) wherever you get your podcasts)"
   R"(|(?:or |and )?wherever you (?:get|find|listen to) (?:your )?podcasts|listen (?:on|in) apple podcasts\b)"
   R"(|(?:on|at|hits) (?:newsstands|the newsstand|your newsstand)\b|(?:our|the) (?:new |latest )?print (?:edition|issue|magazine)\b|live (?:show|recording|taping) of (?:the|our) podcast|(?:the|our) podcast (?:goes |is going )?live\b)"
   R"(|register (?:now |today |early )?(?:by|before) [^.!?]*? and save\b|(?:register|sign up|book) (?:now|today|early) and save\b)"
   R"(|become an? (?:[\pL-]+ )?(?:certified|licensed|accredited) [\pL ]*?(?:developer|engineer|professional|administrator|expert|specialist|technician|consultant)|instructor-led (?:[\pL-]+ )?(?:courses|training|classes|workshops))"
   R"(|apply (?:online )?(?:now |today )?for (?:the|your|a|our) [\pL ]*?(?:credit|store|rewards|visa|mastercard) card|get (?:the|our) [\pL ]*?(?:visa|mastercard|credit card|store card|rewards card)\b[^.!?]*(?:\boff\b|\bsave\b|points|cash ?back|bonus)|apply online in (?:minutes|seconds))"
   R"(|(?:join|visit) our (?:forums?|message boards?|discussion boards?)\b|our (?:forums?|message boards?) (?:have|has|now have)\b|early registration (?:ends|closes|deadline))"
   R"(|(?:collect|earn) (?:[\pL-]+ )?points with (?:the|your|our) [\pL-]+ card\b|points (?:you can )?(?:redeem|swap|exchange|trade in|turn into) (?:for|into) (?:rewards|discounts|vouchers|money off)|(?:^|[.!?:] )with (?:the|our) [\pL-]+ app,? (?:you can )?(?:clip|activate|load|collect|redeem|scan|unlock)\b)"
   R"(|(?:^|[.!?:] )new in (?:the|our) merch(?:andise)? (?:store|shop)|(?:in|from|at) (?:the|our) merch(?:andise)? (?:store|shop)\b|you(?:'ll)? (?:save|earn) (?:on|with) every (?:purchase|shop|order)\b)"
   R"(|(?:some of )?(?:these|the links? (?:above|below|here)) (?:are|is an?) affiliate links?)"
   R"(|(?:some |the )?links in this (?:issue|email|newsletter|post|edition|letter) (?:are|may be) affiliate links?|earns? (?:us |me )?a (?:small )?commission\b)"
   R"(|with (?:a bit of|a little|some) luck,? (?:you )?(?:could )?win\b|save (?:even )?more with (?:the|our) [\pL-]+ app\W*$|(?:activate|clip) (?:your )?digital coupons|give (?:[$£€] ?\d+|\d+ ?%), get (?:[$£€] ?\d+|\d+ ?%)|share your (?:referral |invite |personal )?code\b|[$£€] ?\d+ (?:in )?credit (?:to|on|in) your account|my (?:new )?book\b[^.!?]*(?:is out|available|pre-?order|bookshops?|bookstores?))"
   R"(|^(?:enter now|enter the (?:draw|competition|giveaway|prize draw))\W*$|^(?:take part here|how to enter|to the (?:draw|competition|giveaway))\W*$)"},
  {C::house_ad, L::de, false,
   R"((?:nur )?noch (?:wenige |einige )?(?:freie )?plätze (?:frei|verfügbar)|unsere (?:sprechstunde|rechtsberatung|beratungsstunde)|(?:freunde|freundinnen) werben|(?:dein|ihr) empfehlungslink|)"
   R"((?:jetzt )?einschreiben|anmeldung (?:startet|läuft|endet)|schick(?:e|en sie)? (?:uns )?(?:deine|ihre) bewerbung|wir stellen ein|bewirb dich|)"
   R"((?:unsere|unseren) (?:weiteren|anderen) newsletter|unser(?:e|en)? (?:online-kurs|kurs|shop|akademie|webinar|seminar|konferenz)\b|)"
   R"(jetzt (?:tickets|karten) (?:sichern|kaufen)|(?:zum|zur) (?:webinar|seminar|kurs|konferenz) anmelden|)"
   R"(lade (?:dir )?(?:die|unsere) (?:kostenlose |gratis |neue )?app|(?:unsere )?app herunterladen|jetzt im app store|jetzt bei google play|)"
   R"((?:für|in) (?:ihr|dein|euer) team (?:buchen|holen)|frühbucher\w*|)"
   R"((?:unser|unsere|unseren) (?:neue[rsn]? )?[\pL-]*(?:podcast|kurs|workshop|seminar|webinar|konferenz|akademie)\b|)"
   R"((?:sichern sie sich|sichere dir|sichert euch) (?:jetzt )?(?:ihr(?:en)?|dein(?:en)?|euer|eure[n]?|einen|ein) [\w-]*(?:ticket|platz|karte)|)"
   R"((?:unser|unsere|unseren) (?:neue[rsn]? )?[\pL-]*(?:bootcamp|e-?book)\b|in unserem (?:online-?)?shop|)"
   R"(jetzt (?:einen |ihren |deinen )?platz (?:reservieren|sichern|buchen)|platz (?:reservieren|sichern|buchen)\W*$)"
   R"(|museumsshop|museumsladen|(?:jetzt )?in der app (?:bestellen|beantragen)|ihr (?:bekommt|erhaltet) (?:beide|jeweils)|(?:bekommt|erhaltet) ihr beide|empfehlen sie uns (?:weiter|einem))"
   R"(|hospitality-(?:pakete?|angebote?|tickets?)|vip-(?:pakete?|tickets?|logen?)|(?:tägliche[ns]?|heutige[ns]?) (?:rätsel|kreuzworträtsel|sudoku)|(?:rätsel|kreuzworträtsel|sudoku) (?:spielen|lösen)|(?:rätsel|kreuzworträtsel)-?app\b|(?:mitspielen|mitmachen|teilnehmen) und (?:[\pL-]+ ){0,3}gewinnen|tippspiel|(?:lade|laden sie|hol|holen sie) (?:dir |sich )?die offizielle|in der offiziellen (?:[\pL-]+ ){0,2}app\b|in der offiziellen [\pL]+-app\b|alle vorteile (?:entdecken|ansehen|im überblick)|heute im [\pL-]*podcast ?:|(?:kostenloses |exklusives )?webinar (?:für|nur für) (?:unsere )?(?:mandanten|kunden|mitglieder))"
   R"(|(?:sammeln sie|sammle|sammelst du) (?:bonus)?punkte (?:bei|mit) jedem einkauf|(?:treue|bonus)programm bei|(?:freunde|kunden) werben (?:kunden|freunde)\b)"
   R"(|(?:einen|1) (?:bonus)?punkt (?:für|pro) (?:jeden )?(?:euro|€)|(?:sammeln sie|sammle|sammelst du|sammelt ihr) (?:bonus)?punkte\b|für jedes (?:neue )?mitglied,? (?:das|die) (?:sie|du) (?:werben|wirbst)|(?:werben sie|wirb) (?:ein )?(?:neues )?mitglied|weil (?:du|sie) [^.]{0,40}(?:angesehen|gekauft|belegt|gelesen|gehört) ha(?:st|ben)|(?:empfohlen|empfehlungen) für (?:dich|sie)\b|(?:das )?könnte (?:dir|ihnen) auch gefallen|(?:unverbindliche[sn]?|kostenlose[sn]?) angebot (?:anfordern|einholen)|jetzt angebot anfordern)"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:bewertungen|rezensionen)\)|(?:teile|teilen sie|kopiere|kopieren sie) (?:deinen|ihren) (?:empfehlungs|einladungs)?link\W*$)"
   R"(|(?:in|mit|über) unserer (?:[\pL-]+-)?app\b|(?:mit|in|über) der app [„\"]?(?:meine?|mein) )"
   R"(|(?:lernen|lesen|hören|einkaufen|bestellen|weiterlernen|weiterlesen)(?: sie| du)?,? (?:auch |jederzeit )?(?:unterwegs|überall|wo immer (?:sie|du) (?:sind|bist))\W*$)"
   R"(|(?:^|[.!?:] )(?:nimm|bring|nehmen sie|bringen sie) (?:deine?n?|ihre?n?|einen?) [\pL-]{0,30}(?:freund|kolleg|partner|nachbar)\pL* mit\b[^.!?]*(?:gratis|kostenlos|beitragsfrei|rabatt|gutschein|prämie|geschenkt)|(?:meldet|registriert) (?:er|sie) sich mit (?:deinem|ihrem) (?:empfehlungs|einladungs)?code)"
   R"(|gegen vorlage (?:deines|ihres|des|deiner|ihrer|der|eures|eurer) [\pL-]*(?:ausweis|karte|pass|ticket)\pL*[^.!?]*(?:rabatt|prozent|%|ermäßigung|gratis|kostenlos|umsonst)|(?:zeig(?:e|t|en sie)?|legen sie|leg) (?:deinen|ihren|euren|den|deine|ihre|eure|die) [\pL-]*(?:ausweis|karte|pass)\pL*[^.!?]*(?:rabatt|prozent|%|ermäßigung|gratis|kostenlos)|^mitgliedervorteile?\b|(?:mitglieder|karteninhaber)(?:innen)? (?:erhalten|bekommen) \d+ ?(?:%|prozent) (?:rabatt )?(?:bei|im|in)\b)"
   R"(|^(?:brauchst du|brauchen sie) (?:einen|eine|ein) [^?]*\? (?:buch|reservier|bestell))"
   R"(|^(?:[^ .!?]+ )*(?:immer|jederzeit) (?:dabei|griffbereit|in der tasche)!?$|^(?:[^ .!?]+ )*(?:immer|jederzeit) (?:dabei|griffbereit) ?: [^.!?]*\bapp\b|^(?:[^ .!?]+ )*(?:direkt )?aufs? (?:dein |ihr )?(?:handy|smartphone)!?$)"
   R"(|(?:^| )(?:(?:ihr |dein |ein )?angebot in (?:nur )?\d+ minuten|in (?:nur )?\d+ minuten zum (?:angebot|tarif|beitrag)))"
   R"(|(?:für|pro) (?:jeden|je) (?:ausgegebenen )?(?:euro|\d+ ?(?:euro|€))(?:[^\pL\pN.!?]|$)[^.!?]*(?:punkt|bonus|stempel)|spar-?abo\b|(?:im|per) abo (?:sparen|bestellen)|für jede[nr]? (?:geworbene[nr]? )?(?:freund(?:in)?|neukund(?:e|in))\b|(?:hol|holen sie) (?:dir |sich )?(?:jetzt )?(?:die|unsere) (?:neue )?[\pL-]*app\b|jetzt (?:die|unsere) [\pL-]*app (?:holen|laden|herunterladen|installieren)|(?:^|[.!?:] )mit (?:der|deiner|ihrer) (?:[\pL]+-)?(?:(?:mitglieds|kunden|club|freundes|bonus|treue)karte|mitgliedschaft)\b[^.!?]*(?:ermäßigt|rabatt|vorkaufsrecht|freien eintritt))"
   R"(|neu (?:im|in unserem) [\pL-]*podcast\b|(?:neuen?|neueste[nr]?|aktuellen?) folge (?:unseres|des|im) (?:[\pL-]+ )?[\pL-]*podcasts?\b|jetzt reinhören\b|überall, wo es podcasts gibt)"
   R"(|überall, wo (?:du|sie) (?:deine |ihre )?podcasts (?:hörst|hören))"
   R"(|(?:am|an ihrem|an deinem) kiosk\b|(?:im|in ihrem|in deinem) zeitschriftenhandel|unsere[sr]? (?:gedruckte[ns]? )?(?:magazins?|printausgabe|heftes)\b|(?:unser|der) podcast live\b|live-(?:aufzeichnung|podcast)\b)"
   R"(|bis (?:zum )?[^.!?]*? anmelden und [^.!?]*?sparen|jetzt anmelden und [^.!?]*?sparen)"
   R"(|(?:werden sie|werde) (?:ein(?:e)? )?zertifizierte[rn]? [\pL-]+|zertifizierungs(?:kurse|schulungen|trainings)|(?:präsenz)?schulungen mit (?:erfahrenen )?(?:trainern|trainerinnen|dozenten))"
   R"(|(?:kredit|kunden|bonus)karte (?:jetzt |online |gleich )?beantragen|(?:kreditkarte|mastercard|visa card)\b[^.!?]*(?:beantragen|startguthaben|willkommensbonus)|in wenigen minuten (?:online )?beantragt)"
   R"(|(?:in|besuchen sie|besuche) unser(?:em)? forum\b|frühbucherfrist (?:endet|läuft))"
   R"(|(?:^|[.!?:] )[\pL-]*punkte sammeln mit (?:der|deiner|ihrer|unserer) |bei jedem einkauf (?:gibt es|erhältst du|erhalten sie|sammelst du|sammeln sie|bekommst du|bekommen sie) [\pL-]*punkte|gegen (?:prämien|rabatte|gutscheine) (?:oder|und) (?:prämien|rabatte|gutscheine) ein(?:tauschen|lösen)|(?:^|[.!?:] )mit (?:der|unserer) [\pL-]+[ -]app (?:aktivierst du|aktivieren sie|sammelst du|sammeln sie|hast du|haben sie|sparst du|sparen sie|bezahlst du|bezahlen sie)\b|(?:coupons?|gutscheine?) (?:direkt )?(?:in|mit|über) (?:der|unserer|deiner|ihrer) [\pL-]*[ -]?app (?:aktivieren|einlösen|freischalten))"
   R"(|(?:^|[.!?:] )neu im (?:merch|fan)-?shop|(?:in unserem|im) (?:merch|fan)-?shop\b|(?:sparst du|sparen sie|sammelst du|sammeln sie) bei jedem einkauf)"
   R"(|(?:einige )?(?:diese[rs]?|dieser) links? (?:sind|ist ein) affiliate-links?|\(affiliate-links?\))"
   R"(|(?:einige )?links in diese[rm] (?:ausgabe|e-mail|mail|newsletter|beitrag) sind affiliate-links?|(?:erhalte ich|erhalten wir|bekomme ich|bekommen wir) (?:dafür )?eine (?:kleine )?provision)"
   R"(|(?:gewinnen sie|gewinne|gewinnt) mit (?:etwas|ein bisschen|ein wenig) glück|mit (?:etwas|ein bisschen|ein wenig) glück\b[^.!?]*gewinn|(?:noch )?mehr sparen mit (?:der|unserer) [\pL-]+[ -]?app\W*$|(?:digitale )?coupons aktivieren|(?:schenke|verschenke|gib) \d+ ?(?:€|euro),? (?:erhalte|bekomme|hol dir) \d+|(?:teile|teilen sie) (?:deinen|ihren) (?:persönlichen )?(?:empfehlungs|einladungs|gutschein)?code|\d+ ?(?:€|euro) (?:guthaben|gutschrift) (?:auf|in|für) (?:dein(?:em)?|ihr(?:em)?) (?:kunden)?konto|(?:mein|unser) (?:neues )?buch\b[^.!?]*(?:erhältlich|erschienen|vorbestell|buchhandlung))"
   R"(|^(?:jetzt )?(?:mitmachen|teilnehmen)(?: und gewinnen)?\W*$|^(?:zur teilnahme|hier teilnehmen|zum gewinnspiel)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(il reste (?:encore )?(?:quelques |des )?places|(?:notre|nos) permanences?\b|parrainez (?:un|une|vos|des) (?:ami|amie|amis|proches?|collègues?)|lien de parrainage|)"
   R"(inscriptions? (?:ouvertes|ouvrent|ferment)|envoyez (?:votre )?(?:cv|candidature)|nous recrutons|on recrute|)"
   R"(nos autres (?:newsletters|lettres)|(?:découvrez|rejoignez|inscrivez-vous à) (?:notre|nos) (?:formations?|webinaires?|ateliers?|conférences?)|)"
   R"(téléchargez (?:l'|notre )app|téléchargez l'application|disponible sur l'app store|)"
   R"(réservez (?:votre|ta) place|prenez (?:vos|votre) billets?|)"
   R"((?:découvrez|essayez|lisez|recevez) (?:aussi |également )?(?:notre|nos) (?:autres? )?(?:lettres?|newsletters?|podcasts?)\b|)"
   R"((?:notre|nos) (?:nouve(?:au|lle)s? )?(?:podcast|formation|atelier|webinaire|conférence|masterclass)s?\b|)"
   R"((?:notre|nos) (?:nouve(?:au|lle)s? )?(?:guide|hors-série|e-?book|livre blanc)s? .{0,80}(?:en kiosque|en librairie|boutique|commander)|)"
   R"((?:sur|dans) notre boutique|notre boutique en ligne|(?:notre|nos) (?:nouve(?:au|lle)s? )?(?:e-?book|bootcamp)s?\b)"
   R"(|boutique du musée|(?:commandez|demandez)[- ](?:la|le) (?:dès maintenant |directement )?(?:dans|depuis|sur) (?:l'app|l'application|votre app)|vous (?:recevez|gagnez) tous (?:les )?deux|recommandez-nous)"
   R"(|offres? (?:hospitalités?|vip|réceptives?)|loges? vip|(?:mots croisés|sudoku|jeux) (?:du jour|quotidiens?)|appli(?:cation)? (?:de )?(?:jeux|mots croisés)\b|jouez (?:à|aux) (?:nos |notre )?(?:jeux|mots croisés|sudoku|pronostics)|tentez (?:votre|ta) chance|pour tenter de gagner|jeu-concours|(?:découvrez|voir) tous (?:les|vos) avantages|(?:téléchargez|télécharge|dans|sur|avec) l'application officielle|(?:postulez|candidatez|postule)[^.]{0,20} depuis l'appli(?:cation)?|aujourd'hui dans (?:le|notre) [\pL-]*podcast(?: [\pL-]+){0,2} ?:|webinaire (?:gratuit|réservé|exclusif))"
   R"(|(?:cumulez|gagnez) des points (?:à|sur|pour) chaque (?:achat|commande)|rejoignez (?:notre|le) (?:programme|club) (?:de )?fidélité)"
   R"(|un point (?:par|pour chaque) euro|offrez à (?:un|une|votre) (?:ami|amie|proche)|parce que (?:vous avez|tu as) (?:suivi|regardé|aimé|acheté|lu|écouté)|recommandée?s? pour (?:vous|toi)|(?:vous aimerez|tu aimeras) aussi|demande[zr]? (?:votre|un|ton) devis|devis (?:gratuit|sans engagement))"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:avis|notes|évaluations)\)|(?:partage[zr]?|copie[zr]?) (?:votre|ton) lien(?: de parrainage| d'invitation)?\W*$)"
   R"(|(?:dans|depuis|avec|sur) notre (?:app|appli|application)\b|(?:l'appli|l'application|l'app) (?:« )?mon [\pL-]+)"
   R"(|(?:apprenez|lisez|écoutez|commandez|continuez (?:à apprendre|d'apprendre|à lire)) (?:partout|en déplacement|où que vous soyez|dans les transports)\W*$)"
   R"(|(?:^|[.!?:] )(?:parrainez|invitez|amenez|emmenez) (?:un|une|vos|votre) (?:ami|amie|proche|collègue)s?\b[^.!?]*(?:offert|gratuit|réduction|bon d'achat|bon de|remise)|vous (?:recevez|recevrez) (?:chacun|tous (?:les )?deux))"
   R"(|sur présentation (?:de (?:votre|ta|la|leur|sa)|du) (?:carte|licence|billet|ticket|badge)\b[^.!?]*(?:réduction|remise|%|offert|offre|gratuit)|(?:présentez|présente|montrez|montre) (?:votre|ta|la) (?:carte|licence|badge)\b[^.!?]*(?:réduction|remise|%|offert|gratuit)|^avantages? (?:adhérents?|membres?)\b|(?:les )?(?:adhérents|membres) bénéficient (?:de|d'une remise de) \d+ ?%)"
   R"(|^besoin d'une? [^?]*\? (?:réservez|réserve|commandez|commande)\b)"
   R"(|^(?:[^ .!?]+ )*(?:toujours )?(?:dans votre poche|dans ta poche|avec vous|avec toi)!?$|^(?:[^ .!?]+ )*(?:directement )?sur (?:votre|ton) (?:mobile|smartphone|téléphone)!?$)"
   R"(|(?:^| )(?:(?:votre |ton |un )?devis en (?:\d+|deux|trois|cinq) minutes))"
   R"(|(?:pour|par) (?:chaque )?(?:tranche de )?(?:\d+ ?)?(?:euro|€)s? d'achats?\b|abonnez-vous et économisez|(?:^|avec la |optez pour la |choisissez la )livraison (?:récurrente|programmée|automatique)\b|pour chaque (?:ami|amie|filleul|filleule|proche) (?:qui|parrainée?)\b|installez l'(?:appli|application)\b|téléchargez (?:gratuitement )?l'appli\b|(?:^|[.!?:] )avec (?:la|votre|ta) carte (?:de membre|d'adhérent|de fidélité|des amis|club)(?:[^\pL\pN.!?]|$)[^.!?]*(?:tarif réduit|réduction|priorité|entrée gratuite))"
   R"(|nouveau dans (?:le|notre) podcast|(?:nouvel|dernier) épisode (?:de|du) (?:notre )?(?:[\pL'-]+ )?podcast|(?:à écouter|disponible) sur toutes les plateformes (?:de podcast|d'écoute))"
   R"(|(?:et |ou )?partout où (?:vous écoutez|tu écoutes) (?:vos |tes )?podcasts)"
   R"(|(?:est |sont )?(?:en kiosque|chez votre marchand de journaux|chez ton marchand de journaux)\b|notre (?:numéro|édition|magazine) (?:papier|imprimée?)\b|(?:notre |le )?podcast en (?:public|live)\b|enregistrement (?:public|en direct) (?:du|de notre) podcast)"
   R"(|inscrivez-vous avant (?:le )?[^.!?]*? et économisez|(?:inscrivez-vous|réservez) (?:dès maintenant|tôt) et économisez)"
   R"(|devenez (?:un |une )?[\pL ]*?certifiée?s?\b|formations? certifiantes?|(?:formations?|cours) (?:en présentiel )?(?:avec|animée?s? par) (?:un )?formateur)"
   R"(|(?:demandez|commandez|obtenez) (?:dès maintenant |dès aujourd'hui |en ligne )?(?:votre|la|notre) carte (?:de crédit|visa|mastercard|de fidélité|privilège)|carte (?:de crédit|visa|mastercard)\b[^.!?]*(?:offerts? (?:sur|pour) votre premi|de réduction sur votre premi))"
   R"(|(?:rejoignez|retrouvez-nous sur) (?:nos forums|notre forum)|inscriptions? anticipées? jusqu'au)"
   R"(|(?:à|pour) chaque achat,? (?:vous cumulez|tu cumules|cumulez|cumule|gagnez|gagne) des points|points (?:à échanger|échangeables|convertibles) (?:contre|en) (?:des )?(?:bons d'achat|cadeaux|réductions|remises)|(?:^|[.!?:] )avec (?:l'appli|l'application|l'app) [\pL-]+,? (?:activez|active|cumulez|cumule|retrouvez|retrouve)\b)"
   R"(|(?:dans|sur) (?:notre|la) boutique (?:de )?merch\b|(?:vous économisez|tu économises) à chaque achat)"
   R"(|(?:certains de )?ces liens sont (?:des liens )?(?:affiliés|d'affiliation)|\(liens? (?:affiliés?|d'affiliation)\))"
   R"(|(?:certains )?liens de cette (?:édition|lettre|newsletter) sont (?:des liens )?(?:affiliés|d'affiliation)|(?:je touche|nous touchons|je perçois|nous percevons) une (?:petite )?commission)"
   R"(|avec un peu de chance,? (?:vous )?(?:gagnez|remportez|pourriez (?:gagner|remporter))|économisez (?:encore )?plus avec l'app(?:li(?:cation)?)? [\pL-]+\W*$|activez (?:vos )?coupons (?:numériques|digitaux)|offrez \d+ ?€,? recevez \d+|partagez votre code(?: de parrainage)?\b|\d+ ?€ (?:de crédit|crédités) sur votre compte|mon (?:nouveau )?livre\b[^.!?]*(?:disponible|paru|précommande|librairie))"
   R"(|^(?:je participe|participez)(?: au (?:jeu|concours|tirage au sort))?\W*$|^(?:pour participer|participer ici|vers le (?:jeu|concours))\W*$)"},
  {C::house_ad, L::es, false,
   R"(quedan (?:pocas |algunas |las últimas )?plazas|nuestra (?:oficina|ventanilla|asesoría) (?:de atención|jurídica)|invita a (?:tus|un|una) amig\w* y|enlace de (?:invitación|referido)|)"
   R"(inscripciones abiertas|las inscripciones (?:abren|cierran)|envía(?:nos)? tu (?:cv|currículum)|estamos contratando|)"
   R"(nuestros otros (?:boletines|newsletters)|nuestras otras newsletters|)"
   R"((?:inscríbete|apúntate) (?:a|en) (?:nuestro|nuestra|el) (?:curso|webinar|taller|evento)|)"
   R"(descarga (?:la|nuestra) app|descarga la aplicación|disponible en (?:la )?app store|reserva tu (?:plaza|entrada|lugar)|)"
   R"((?:descubre|prueba|lee|recibe) (?:también )?nuestr[oa]s? (?:otr[oa]s? )?(?:boletín|boletines|newsletters?|podcasts?)\b|)"
   R"(nuestr[oa]s? (?:nuev[oa]s? )?(?:(?:podcast|curso|webinar|conferencia|masterclass)(?:s|es)?\b|taller(?:es)? de\b)|)"
   R"(nuestr[oa]s? (?:nuev[oa]s? )?(?:e-?book|guía descargable|bootcamp|tienda)s?\b|en nuestra tienda|aparta tu (?:lugar|plaza)|)"
   R"(descárga(?:te|la) (?:la|nuestra) app)"
   R"(|tienda del museo|(?:pídela|pídelo|solicítala|solicítalo) (?:ya |ahora )?(?:en|desde) (?:la|nuestra|tu) app|(?:los dos|ambos) (?:recibís|ganáis)|(?:recibiréis|ganaréis) (?:los dos|ambos)|recomiéndanos)"
   R"(|(?:paquetes?|palcos?|zonas?) vip|(?:crucigramas?|sudokus?|pasatiempos) (?:del día|diarios?)|app de (?:pasatiempos|crucigramas)\b|participa (?:y gana|en el sorteo)|(?:descubre|consulta) todas (?:las|tus) ventajas|(?:descarga|descárgate|en|con|desde) la app oficial|hoy en (?:el|nuestro) [\pL-]*podcast(?: [\pL-]+){0,3} ?:|webinar (?:gratuito|exclusivo|reservado))"
   R"(|(?:^|[.!?:] )(?:acumula|gana|suma) puntos (?:en|con|por) cada (?:compra|pedido)|únete a (?:nuestro|el) (?:programa|club) de (?:fidelidad|puntos)|trae a (?:un|una|tus) amig[oa]s?\b)"
   R"(|un punto por (?:cada )?(?:euro|€)|(?:acumulas|sumas) puntos|regala a (?:tu|un|una) amig|porque (?:viste|hiciste|compraste|leíste|escuchaste|te gustó|completaste)(?:[^\pL\pN]|$)|recomendad[oa]s? para ti|(?:también )?te (?:puede|podría) gustar|(?:pide|solicita|pida|solicite) (?:tu|su|un) presupuesto|presupuesto (?:gratis|gratuito|sin compromiso))"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:valoraciones|reseñas|opiniones)\)|(?:comparte|copia) tu enlace(?: de invitación)?\W*$)"
   R"(|(?:en|desde|con) nuestra (?:app|aplicación)\b|(?:la )?app (?:« )?mi [\pL-]+)"
   R"(|(?:aprende|lee|escucha|compra|pide|sigue aprendiendo) (?:donde quieras|desde cualquier lugar|en cualquier lugar|de camino al trabajo)\W*$)"
   R"(|(?:^|[.!?:] )(?:trae|invita|apunta) a (?:un|una|tu) (?:amig[oa]|compañer[oa]|colega)\b[^.!?]*(?:gratis|descuento|regalo|cupón|vale)|(?:recibiréis|os llevaréis|recibís) (?:los dos|ambos|cada uno)|(?:los dos|ambos) (?:recibís|recibiréis))"
   R"(|(?:presentando|mostrando|al presentar|al mostrar|enseñando|presenta|muestra|enseña|presente|muestre) (?:tu|su|vuestra|vuestro|el|la) (?:carné|carnet|tarjeta|entrada|ticket)[^.!?]*(?:descuento|%|gratis|de regalo)|^ventajas? para (?:socios|socias|miembros)\b|(?:los )?socios (?:tienen|disfrutan de) (?:un )?\d+ ?%)"
   R"(|^¿?necesitas (?:un|una) [^?]*\? (?:resérvala|resérvalo|reserva|pide)\b)"
   R"(|^(?:[^ .!?]+ )*siempre contigo!?$|^(?:[^ .!?]+ )*(?:directo |directamente )?en tu (?:móvil|celular|bolsillo)!?$)"
   R"(|(?:^| )(?:(?:tu |su |un )?(?:presupuesto|cotización) en (?:\d+|dos|tres|cinco) minutos|cotiza en (?:\d+|dos|tres|cinco) minutos))"
   R"(|por cada (?:\d+ ?)?(?:euro|€)s? (?:de compra|que gastes)\b|suscríbete y ahorra|con (?:el|tu) (?:pedido|envío) (?:periódico|programado|recurrente|automático)|por cada amig[oa] (?:que|invitad)|descárgate la app\b|instala (?:la|nuestra) app\b|(?:^|[.!?:] )con (?:la|tu|su) (?:tarjeta|carné|carnet) (?:de socio|de socia|de cliente|de fidelización|de amig|club)\pL*[^.!?]*(?:descuento|entrada reducida|prioridad|entrada gratuita))"
   R"(|nuevo en (?:el|nuestro) p[oó]dcast|(?:nuevo|último) episodio de(?:l| nuestro) (?:[\pL-]+ )?p[oó]dcast|escúchalo en tu plataforma (?:de podcasts )?favorita|disponible en todas las plataformas de podcast)"
   R"(|(?:o )?(?:donde|dondequiera que) (?:escuches|escuchas|escucha) (?:tus |sus )?podcasts)"
   R"(|en (?:tu |su )?quiosco|en (?:los )?quioscos\b|nuestra (?:edición|revista) (?:impresa|en papel)|nuestro número (?:impreso|en papel)|directo del podcast|(?:nuestro |el )?podcast en (?:directo|vivo)\b)"
   R"(|inscríbete antes del? [^.!?]*? y ahorra|(?:inscríbete|regístrate|reserva) (?:ya|hoy|ahora) y ahorra)"
   R"(|conviértete en (?:un |una )?[\pL ]*?certificad[oa]\b|cursos? (?:oficiales? )?de certificación|(?:cursos?|formación) (?:presencial(?:es)? )?(?:con|impartid[oa]s? por) (?:un )?instructor)"
   R"(|solicita (?:ya |hoy |ahora |online )?(?:tu|la|nuestra) tarjeta|tarjeta (?:de crédito|visa|mastercard)\b[^.!?]*(?:en tu primera compra|de descuento en tu primera))"
   R"(|(?:únete a|participa en|visita) (?:nuestros foros|nuestro foro)|inscripción anticipada hasta)"
   R"(|(?:(?:^|[.!?:] )(?:acumula|suma|consigue)|acumulas|sumas|consigues) puntos (?:en|con) (?:cada compra|todas tus compras)|(?:canjea|canjear|canjeables?) (?:tus |sus |los )?puntos por|(?:^|[.!?:] )con la app (?:de )?[\pL-]+,? (?:activa|acumula|canjea|paga)\b)"
   R"(|(?:en )?nuestra tienda de merch\b|ahorras en cada compra)"
   R"(|(?:algunos de )?estos enlaces son (?:de )?afiliados|\(enlaces? de afiliados?\))"
   R"(|(?:algunos )?enlaces de (?:este|esta) (?:número|boletín|newsletter|correo) son (?:de )?afiliados|(?:recibo|recibimos|gano|ganamos) una (?:pequeña )?comisión)"
   R"(|con un poco de suerte,? (?:gana|ganarás|podrías ganar)|ahorra (?:aún )?más con la app [\pL-]+\W*$|activa (?:tus )?cupones digitales|regala \d+ ?€,? (?:recibe|consigue) \d+|comparte tu código(?: de (?:invitación|referido))?\b|\d+ ?€ de (?:crédito|saldo) en tu cuenta|mi (?:nuevo )?libro\b[^.!?]*(?:disponible|a la venta|preventa|librería))"
   R"(|^participa(?: (?:ya|ahora|en el sorteo))?\W*$|^(?:para participar|participa aquí|al sorteo|al concurso)\W*$)"},
  {C::house_ad, L::it, false,
   R"((?:ancora )?qualche posto (?:libero|disponibile)|(?:il nostro|i nostri) sportell[oi]\b|invita (?:i tuoi|un) (?:amic|collegh)\w* e|link (?:di invito|referral)|)"
   R"(iscrizioni aperte|le iscrizioni (?:aprono|chiudono)|invia(?:ci)? il tuo (?:cv|curriculum)|stiamo assumendo|)"
   R"(le nostre altre newsletter|(?:iscriviti|partecipa) al (?:nostro )?(?:corso|webinar|workshop|evento)|)"
   R"(scarica (?:l'|la nostra )app|disponibile su(?:ll')? app store|prenota il tuo posto|acquista il (?:tuo )?biglietto|)"
   R"(scopri (?:anche )?(?:la nostra|le nostre) (?:altr[ae] )?newsletter|)"
   R"((?:il nostro|la nostra|i nostri|le nostre) (?:nuov[oa] )?(?:podcast|corso|corsi|workshop|laboratorio|webinar|masterclass)\b|)"
   R"((?:nel|il) nostro (?:shop|negozio|store|e-?book|bootcamp)\b|(?:nella|la) nostra (?:bottega|guida in vendita)|)"
   R"((?:è uscit[ao]|è disponibile) (?:la nostra|il nostro) (?:nuov[oa] )?(?:guida|e-?book|libro|manuale))"
   R"(|(?:bookshop|negozio) del museo|(?:richiedila|richiedilo|ordinala|ordinalo) (?:subito |ora )?(?:in app|nell'app|dall'app|sull'app)|(?:riceverete|ricevete|guadagnate|avrete) entrambi|consigliaci (?:a|ai|alle)\b)"
   R"(|(?:pacchett[oi]|aree?) (?:vip|hospitality)|(?:cruciverba|sudoku|giochi) (?:del giorno|quotidian[io])|app (?:di |dell')?(?:enigmistica|cruciverba)\b|partecipa e vinci|(?:scopri|vedi) tutti i vantaggi|(?:scarica l'|con l'|nell'|dall')app ufficiale|oggi nel (?:nostro )?[\pL-]*podcast(?: [\pL-]+){0,2} ?:|webinar (?:riservato|gratuito|dedicato|esclusivo))"
   R"(|(?:^|[.!?:] )(?:accumula|guadagna) punti (?:a|su|con|per) ogni (?:acquisto|spesa|ordine)|(?:iscriviti|aderisci) al (?:programma|club) fedeltà|porta un amico e)"
   R"(|un punto (?:per|ogni) (?:ogni )?(?:euro|€)|(?:accumuli|accumulate|raccogli) (?:un )?punt[oi]\b|regala (?:al tuo|a un|alla tua|a una) amic|anche tu ricevi|porta un amico\b|perché hai (?:seguito|guardato|acquistato|letto|ascoltato|completato)|consigliat[ie] per te|(?:potrebbe|potrebbero) (?:anche )?piacerti|richiedi (?:un|il tuo) preventivo|preventivo (?:gratuito|senza impegno))"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:valutazioni|recensioni)\)|(?:condividi|copia) il tuo link(?: di invito)?\W*$)"
   R"(|(?:dalla|nella|con la|sulla) nostra app\b|(?:l')?app (?:« )?(?:il mio|la mia) [\pL-]+)"
   R"(|(?:impara|leggi|ascolta|ordina|continua a imparare) (?:ovunque(?: tu sia)?|in movimento|dove vuoi|anche in viaggio)\W*$)"
   R"(|(?:^|[.!?:] )(?:porta|invita) (?:un|una|la tua|il tuo) (?:amic[oa]|collega|compagn[oa])\b[^.!?]*(?:gratis|sconto|regalo|buono|omaggio)|(?:ricevete|avrete) (?:entrambi|tutti e due)|entrambi (?:ricevete|avrete))"
   R"(|(?:presentando|mostrando|esibendo|presenta|mostra|esibisci|presentate|mostrate) (?:la |il )?(?:tua |sua |vostra |tuo |suo |vostro )?(?:tessera|carta|biglietto|abbonamento)\b[^.!?]*(?:sconto|%|gratis|in omaggio)|^vantaggi? per i soci\b|(?:i )?soci (?:hanno|ricevono) (?:uno sconto del )?\d+ ?%)"
   R"(|^(?:ti serve|hai bisogno di) (?:un|una|un') ?[^?]*\? (?:prenot|ordin)\pL*)"
   R"(|^(?:[^ .!?]+ )*sempre con te!?$|^(?:[^ .!?]+ )*(?:direttamente )?(?:sul|nel) tuo (?:smartphone|telefono|cellulare)!?$)"
   R"(|(?:^| )(?:(?:il tuo |un )?preventivo in (?:\d+|due|tre|cinque) minuti))"
   R"(|ogni \d+ ?(?:euro|€) di spesa|per ogni euro (?:speso|di spesa),? (?:ricevi|guadagni|accumuli|ottieni)|abbonati e risparmia|con (?:la|il) (?:consegna|ordine|spedizione) (?:periodic[ao]|programmat[ao]|ricorrente|automatic[ao])|per ogni amic[oa] (?:che|invitat)|installa l'app\b|scarica (?:gratis )?l'app\b|fai la tessera|(?:^|[.!?:] )con la (?:tua |nostra )?(?:tessera|carta (?:fedeltà|soci|amici))\b[^.!?]*(?:sconto|ingresso ridotto|ridott[oi]|prelazione|ingresso gratuito))"
   R"(|(?:nuov[oa]|ultim[oa]) (?:puntata|episodio) del (?:nostro )?podcast|(?:nuovo|ora) nel (?:nostro )?podcast|ascoltal[oa] (?:ora )?su tutte le piattaforme)"
   R"(|(?:o )?ovunque (?:ascolti|tu ascolti|ascoltiate) (?:i tuoi )?podcast)"
   R"(|(?:è |sono )?in edicola\b|(?:il nostro |il )numero (?:cartaceo|di carta)\b|la nostra (?:rivista|edizione) (?:cartacea|di carta)|(?:il nostro |il )podcast dal vivo|(?:registrazione|puntata) dal vivo del (?:nostro )?podcast)"
   R"(|iscriviti entro (?:il )?[^.!?]*? e risparmia|(?:iscriviti|prenota) (?:ora|subito|oggi) e risparmia)"
   R"(|diventa (?:un |una )?[\pL ]*?certificat[oa]\b|corsi (?:ufficiali )?di certificazione|corsi (?:in aula )?con (?:un )?(?:istruttore|docente))"
   R"(|richiedi (?:ora |subito |online )?(?:la tua|la|la nostra) carta|carta (?:di credito|visa|mastercard)\b[^.!?]*(?:sul tuo primo acquisto|di sconto sul primo))"
   R"(|(?:partecipa al|visita il|iscriviti al) nostro forum|iscrizioni? anticipat[ae] (?:entro|fino al))"
   R"(|(?:(?:^|[.!?:] )accumula|accumuli|raccogli) (?:i )?punti (?:a|ad|con|su) ogni (?:acquisto|spesa)|punti (?:da )?(?:convertire|trasformare|scambiare) in (?:premi|sconti|buoni)|(?:^|[.!?:] )con l'app [\pL-]+,? (?:attiva|attivi|accumula|accumuli|raccogli|paghi)\b)"
   R"(|(?:nel nostro|sul nostro) shop di merch\b|risparmi (?:a|ad|su) ogni (?:acquisto|spesa))"
   R"(|(?:alcuni di )?questi link sono (?:link )?affiliati|\(link affiliat[oi]\))"
   R"(|(?:alcuni )?link (?:di|in) questa (?:newsletter|email|uscita) sono (?:link )?affiliati|(?:ricevo|riceviamo|guadagno|guadagniamo) una (?:piccola )?commissione)"
   R"(|con un po' di fortuna,? (?:vinci|potresti vincere)|risparmia (?:ancora )?di più con l'app [\pL-]+\W*$|attiva (?:i )?coupon digitali|regala \d+ ?€,? ricevi \d+|condividi il tuo codice(?: invito)?\b|\d+ ?€ di credito sul tuo (?:account|conto)|il mio (?:nuovo )?libro\b[^.!?]*(?:disponibile|in libreria|preordin|uscito))"
   R"(|^partecipa(?: (?:ora|subito|al concorso))?\W*$|^(?:per partecipare|partecipa qui|al concorso)\W*$)"},
  {C::house_ad, L::nl, false,
   R"(nog (?:enkele |een paar |maar een paar )?plaatsen (?:vrij|beschikbaar)|ons spreekuur|nodig (?:je|uw) (?:vrienden|collega's) uit en|verwijslink|)"
   R"(inschrijving (?:is )?(?:geopend|open|sluit)|stuur (?:je|uw) cv|wij zoeken (?:een )?(?:nieuwe )?collega|)"
   R"(onze andere nieuwsbrieven|(?:schrijf je|schrijf u|meld je|meld u) (?:nu )?(?:in|aan) voor (?:de|het|onze) (?:cursus|webinar|training|workshop)|)"
   R"(download (?:de|onze) (?:gratis |nieuwe )?app|beschikbaar in de app store|reserveer (?:je|uw) (?:plek|plaats|ticket)|koop (?:je|uw) tickets?|)"
   R"(ontdek (?:ook )?(?:onze|de) (?:andere )?nieuwsbrie|)"
   R"(onze (?:nieuwe )?(?:[\pL-]+ )?(?:podcast|cursus|workshop|webinar|masterclass|nieuwsbrief)\b|)"
   R"(ons (?:jaarlijks[e]? |eigen |nieuwe? )?[\pL-]*(?:congres|evenement|event|seminar|festival|symposium|avond|e-?book)\b|)"
   R"(in onze (?:web)?winkel|onze webwinkel\b|early[- ]bird|onze nieuwe (?:gids|e-?book) is uit)"
   R"(|museumwinkel|(?:vraag|bestel) (?:hem|haar|'m|je (?:pas|kaart)) (?:nu |direct )?(?:aan )?in de app|(?:krijgen|ontvangen) jullie (?:allebei|beiden)|jullie (?:krijgen|ontvangen) (?:allebei|beiden)|beveel ons aan)"
   R"(|(?:vip|hospitality)[- ]?(?:arrangement|pakket|loge)s?\b|(?:dagelijkse) (?:puzzels?|kruiswoordpuzzel|sudoku|woordzoeker)|puzzel-?app\b|speel (?:de |onze )?(?:dagelijkse )?(?:puzzels?|kruiswoordpuzzel|sudoku|woordzoeker)\b|maak kans op|(?:bekijk|ontdek) alle voordelen|(?:download|in|via|met) de officiële (?:[\pL-]+ ){0,2}?[\pL-]*app\b|vandaag in (?:de|onze) [\pL-]*podcast ?:|(?:gratis |exclusief )?webinar (?:voor|alleen voor) (?:onze )?(?:klanten|leden|cliënten))"
   R"(|(?:spaar|verdien) punten (?:bij|met|op) (?:elke|iedere) (?:aankoop|bestelling)|word lid van (?:ons|onze) (?:klanten|spaar|loyaliteits)programma|breng een vriend(?:in)? mee en)"
   R"(|(?:een|1) punt (?:per|voor (?:elke|iedere)) (?:bestede )?(?:euro|€)|(?:krijgt u|krijg je|ontvangt u|ontvang je) (?:allebei|beiden)|(?:krijgen|ontvangen) (?:u|jullie) (?:allebei|beiden)|omdat (?:je|u) [^.]{0,40}(?:hebt|heeft) (?:gevolgd|bekeken|gekocht|gelezen|beluisterd)|aanbevolen voor (?:jou|u)\b|vind (?:je|u) misschien ook leuk|vraag (?:vrijblijvend )?(?:een|uw|je) offerte aan|(?:vrijblijvende|gratis) offerte|offerte op maat)"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:beoordelingen|reviews)\)|(?:deel|kopieer) (?:je|uw|jouw) (?:persoonlijke )?link\W*$)"
   R"(|(?:in|met|via) onze app\b|(?:de )?mijn [\pL-]+-app\b)"
   R"(|(?:leer|lees|luister|bestel|blijf leren) (?:onderweg|overal|waar je ook bent)\W*$)"
   R"(|(?:^|[.!?:] )(?:neem|breng) (?:een|je|jouw) (?:collega|vriend(?:in)?|buur(?:man|vrouw)?|partner|sportmaatje|trainingsmaatje) mee\b[^.!?]*(?:korting|gratis|cadeau|tegoed|beloning))"
   R"(|op vertoon van (?:je|jouw|uw|het|de|jullie) [\pL-]*(?:pas|kaart|kaartje|ticket)\b[^.!?]*(?:korting|%|gratis)|(?:toon|laat) (?:je|jouw|uw) [\pL-]*(?:pas|kaart)\b[^.!?]*(?:korting|%|gratis)|^ledenvoordeel\b|leden krijgen \d+ ?% korting)"
   R"(|^(?:een |extra )?[^?]* nodig\? (?:boek|reserveer|bestel)\b)"
   R"(|^(?:[^ .!?]+ )*altijd (?:bij de hand|bij je|op zak)!?$|^(?:[^ .!?]+ )*(?:direct |rechtstreeks )?op (?:je|jouw|uw) (?:telefoon|mobiel|smartphone)!?$)"
   R"(|(?:^| )(?:(?:je |uw |een )?(?:offerte|premie) (?:binnen|in) (?:\d+|twee|drie|vijf) minuten))"
   R"(|(?:voor|bij|per) (?:iedere|elke) (?:bestede )?(?:euro|€ ?\d+) (?:krijg je|ontvang je|spaar je|krijgt u|ontvangt u|spaart u)\b|herhaalbestelling|herhaallevering|vaste levering\b|abonneer en bespaar|met (?:een |de )?(?:periodieke|automatische) (?:levering|bestelling)\b|voor (?:elke|iedere) (?:vriend(?:in)?|nieuwe klant) die\b|haal (?:de|onze) [\pL-]*app\b|installeer (?:de|onze) app\b|(?:^|[.!?:] )met (?:de|je|jouw|uw) (?:[\pL]+-)?(?:leden|vrienden|klanten|club|spaar|loyaliteits)(?:pas|kaart)\b[^.!?]*(?:korting|voorrang|gratis toegang))"
   R"(|nieuw in (?:de|onze) [\pL-]*podcast\b|(?:nieuwe|nieuwste|laatste) aflevering van (?:de|onze) [\pL-]*podcast\b|luister (?:hem |haar )?via je favoriete podcast-?app)"
   R"(|(?:of )?overal waar (?:je|u) (?:je |uw )?podcasts (?:luistert|beluistert))"
   R"(|ligt (?:nu |vanaf (?:vandaag|morgen|\d+ \pL+) )?(?:in de|bij de|in je) (?:winkel|kiosk|boekhandel|schappen)\b|onze (?:papieren|gedrukte) (?:editie|uitgave|magazine)|(?:onze |de )?podcast live\b|live-?opname van (?:de|onze) podcast)"
   R"(|schrijf (?:je|u) (?:vóór|voor) [^.!?]*? in en bespaar|(?:schrijf (?:je|u) nu in|boek nu) en bespaar)"
   R"(|word (?:een )?gecertificeerde? [\pL-]+|certificeringstrainingen?|(?:klassikale )?trainingen (?:met|onder leiding van) (?:een )?(?:ervaren )?(?:trainer|docent))"
   R"(|vraag (?:nu |direct |online )?(?:je|uw|de|onze) (?:creditcard|klantenkaart|spaarkaart) aan|creditcard\b[^.!?]*(?:op (?:je|uw) eerste aankoop|korting op (?:je|uw) eerste))"
   R"(|(?:praat mee op|bezoek|kom naar) ons forum|vroegboekkorting (?:tot|loopt))"
   R"(|(?:spaar|verdien) (?:punten|zegels) (?:bij|met) (?:elke|iedere) (?:aankoop|boodschap|bestelling)|punten (?:inwisselen|omwisselen|ruilen) (?:voor|tegen)|(?:^|[.!?:] )met de [\pL-]+[ -]app (?:activeer|spaar|betaal|scan)\b)"
   R"(|(?:in onze|in de) merch(?:shop|winkel)\b|(?:bespaar je|je bespaart) bij (?:elke|iedere) (?:aankoop|boodschap))"
   R"(|(?:sommige van )?deze links zijn affiliatelinks|\(affiliatelinks?\))"
   R"(|(?:sommige )?links in deze (?:nieuwsbrief|editie|mail) zijn affiliatelinks|(?:ontvang ik|ontvangen wij|ontvangen we|krijg ik|krijgen wij|krijgen we) een (?:kleine )?commissie)"
   R"(|met een beetje geluk,? (?:win je|maak je kans)|bespaar (?:nog )?meer met de [\pL-]+[ -]?app\W*$|activeer (?:je |uw )?digitale coupons|geef € ?\d+,? krijg € ?\d+|deel (?:je|jouw|uw) (?:persoonlijke )?code\b|€ ?\d+ tegoed op (?:je|uw) account|mijn (?:nieuwe )?boek\b[^.!?]*(?:verkrijgbaar|verschenen|voorbestellen|boekhandel))"
   R"(|^(?:doe (?:nu )?mee|meedoen)(?: en win)?\W*$|^(?:doe hier mee|naar de winactie)\W*$)"},
  {C::house_ad, L::pt, false,
   R"((?:ainda )?(?:há|restam) (?:poucas |algumas |as últimas )?vagas|(?:o )?nosso (?:plantão|atendimento) (?:jurídico|de dúvidas)|indique (?:um amigo|amigos|uma amiga) e|link de indicação|)"
   R"(inscrições abertas|as inscrições (?:abrem|fecham)|envie (?:seu|o seu) (?:cv|currículo)|estamos contratando|)"
   R"(nossas outras newsletters|(?:inscreva-se|participe) (?:no|em nosso|do nosso) (?:curso|webinar|evento|workshop)|)"
   R"(baixe (?:o |o nosso |nosso )?(?:app|aplicativo)|descarregue a app|disponível na app store|garanta (?:já )?(?:a )?(?:sua )?vaga|)"
   R"(conheça (?:também )?(?:a )?nossas? (?:outras? )?newsletters?|)"
   R"((?:o |a )?(?:nosso|nossa|nossos|nossas) (?:nov[oa]s? )?(?:podcast|curso|workshop|webinar|masterclass)s?\b|)"
   R"((?:nosso|nossa|nossos|nossas) (?:nov[oa]s? )?(?:e-?book|bootcamp)s?\b|(?:na|da|à) nossa loja\b|nossa loja (?:online|virtual)|na (?:nossa )?loja (?:online|virtual)|baixe (?:de )?grátis|)"
   R"((?:saiu|já está disponível) (?:o nosso|a nossa) (?:nov[oa] )?(?:guia|e-?book|livro))"
   R"(|loja do museu|peça (?:já )?(?:o seu|a sua|o teu|a tua) (?:pelo|no|na) (?:app|aplicativo)|indique e ganhe|vocês (?:dois |duas )?(?:ganham|recebem)|^indique (?:um amigo|uma amiga) ?:|\bambos (?:ganham|recebem) \d|recomende-nos\b)"
   R"(|(?:camarotes?|pacotes?|áreas?) vip|(?:palavras cruzadas|sudoku|passatempos) (?:do dia|diári[oa]s?)|app de (?:palavras cruzadas|passatempos)\b|participe e (?:concorra|ganhe)|(?:conheça|veja|descubra) todas as vantagens|(?:baixe o|no|pelo|com o|na|descarregue a) app oficial|hoje no (?:nosso )?[\pL-]*podcast(?: [\pL-]+){0,2} ?:|(?:inscreva-se|participe) no webinar|webinar (?:gratuito |exclusivo )?para (?:clientes|associados|sócios|membros))"
   R"(|(?:ganhe|acumule|junte) pontos (?:em|a|por) cada (?:compra|pedido|encomenda)|(?:entre|adira) (?:no|ao) (?:programa|clube) de (?:fidelidade|pontos)|traga (?:um|uma) amig[oa] e)"
   R"(|um ponto (?:por|a cada|para cada) (?:real|euro|r\$|€)|porque você (?:fez|assistiu|comprou|leu|ouviu|concluiu|curtiu)\b|recomendad[oa]s? para (?:você|si|ti)|(?:você )?também (?:pode|vai) gostar|(?:peça|solicite|pede) (?:um|o seu|seu|o teu) orçamento|orçamento (?:grátis|gratuito|sem compromisso))"
   R"(|\d[.,]\d ?★ ?\(\d[\d,. ]* (?:avaliações|opiniões)\)|(?:compartilhe|partilhe|copie) (?:o )?(?:seu|teu) link(?: de (?:convite|indicação))?\W*$)"
   R"(|(?:no|pelo|com o) nosso (?:app|aplicativo)\b|na nossa app\b|(?:o )?(?:app|aplicativo) (?:« )?(?:meu|minha) [\pL-]+)"
   R"(|(?:aprenda|leia|ouça|compre|peça|continue (?:aprendendo|a aprender)) (?:em qualquer lugar|onde estiver|onde quer que esteja)\W*$)"
   R"(|(?:^|[.!?:] )(?:traga|indique|convide) (?:um|uma|o seu|a sua|seu|sua) (?:amig[oa]|colega|parceir[oa])\b[^.!?]*(?:grátis|desconto|bónus|bônus|vale|crédito)|vocês (?:dois|duas|ambos) (?:ganham|recebem))"
   R"(|(?:apresentando|mostrando|ao apresentar|apresente|mostre|apresenta|mostra) (?:o |a )?(?:(?:seu|sua|teu|tua) )?(?:cartão|carteirinha|bilhete|ingresso)[^.!?]*(?:desconto|%|grátis|gratuit)|^vantage(?:m|ns) (?:para|de) (?:sócios|associados|membros)\b|(?:sócios|associados) (?:têm|ganham) \d+ ?%)"
   R"(|^precisa de (?:um|uma) [^?]*\? (?:reserve|peça|agende)\b)"
   R"(|^(?:[^ .!?]+ )*sempre com (?:você|tigo)!?$|^(?:[^ .!?]+ )*(?:direto |diretamente )?no (?:seu |teu )?(?:celular|telemóvel|smartphone|bolso)!?$)"
   R"(|(?:^| )(?:(?:sua |a sua |uma )?(?:cotação|simulação|orçamento) em (?:\d+|dois|três|cinco) minutos))"
   R"(|a cada (?:r\$ ?\d+|\d+ ?(?:reais|euros?|€)|real|euro) (?:em|de) compras|assine e economize|(?:compra|entrega|encomenda) (?:programada|recorrente|periódica|automática) com \d+ ?%|(?:por|a) cada amig[oa] (?:que|indicad|convidad)|instale o (?:app|aplicativo)\b|descarregue (?:já )?a (?:nossa )?app\b|(?:^|[.!?:] )com o (?:seu |teu )?cartão (?:de sócio|de cliente|de fidelidade|de membro|amigo)\b[^.!?]*(?:desconto|entrada reduzida|prioridade|entrada gratuita))"
   R"(|novo no (?:nosso )?podcast|(?:novo|último) episódio do (?:nosso )?(?:[\pL-]+ )?podcast|ouça (?:já |agora )?no seu (?:app|aplicativo|tocador) de podcasts?|disponível em todas as plataformas de (?:áudio|podcast))"
   R"(|(?:ou )?onde (?:você )?(?:ouve|escuta|ouves) (?:seus |os seus |os teus )?podcasts)"
   R"(|(?:nas|na sua|na tua) bancas?\b|nas quiosques|(?:nossa|a nossa) (?:edição|revista) impressa|(?:nosso |o )?podcast ao vivo\b|gravação ao vivo do (?:nosso )?podcast)"
   R"(|inscreva-se até [^.!?]*? e economize|(?:inscreva-se|reserve) (?:já|hoje|agora) e economize)"
   R"(|torne-se (?:um |uma )?[\pL ]*?certificad[oa]\b|cursos? (?:oficiais? )?de certificação|cursos? (?:presenciais )?com (?:um )?instrutor)"
   R"(|(?:peça|solicite) (?:já |agora |online )?(?:o seu|seu|o nosso) cartão|cartão (?:de crédito|visa|mastercard)\b[^.!?]*(?:na sua primeira compra|de desconto na primeira))"
   R"(|(?:participe do|visite o|entre no) nosso fórum|inscrições antecipadas até)"
   R"(|(?:acumule|junte|ganhe) pontos (?:em|a) cada compra|troque (?:seus|os|os seus) pontos por|(?:^|[.!?:] )com o (?:app|aplicativo) [\pL-]+,? (?:ative|acumule|junte|pague|resgate)\b)"
   R"(|(?:na nossa|em nossa) loj(?:a|inha) de merch\b|(?:você economiza|economize) em cada compra)"
   R"(|(?:alguns )?(?:destes|desses|estes|esses) links são (?:de )?afiliados|\(links? de afiliados?\))"
   R"(|(?:alguns )?links (?:desta|nesta) (?:edição|newsletter) são (?:de )?afiliados|(?:recebo|recebemos|ganho|ganhamos) uma (?:pequena )?comissão)"
   R"(|com (?:um pouco de )?sorte,? (?:ganhe|você ganha|pode ganhar)|(?:poupe|economize) (?:ainda )?mais com (?:a|o) (?:app|aplicativo) [\pL-]+\W*$|ative (?:os |seus )?cup(?:ões|ons) digitais|(?:dê|ofereça) \d+ ?€,? (?:receba|ganhe) \d+|(?:partilhe|compartilhe) o seu código\b|\d+ ?€ de crédito na sua conta|meu (?:novo )?livro\b[^.!?]*(?:disponível|à venda|pré-venda|livraria))"
   R"(|^participe(?: (?:já|agora|do sorteio))?\W*$|^(?:para participar|participe aqui|ao passatempo|ao sorteio)\W*$)"},

  // What old sites' letters sell around the issue: a share of a sale that
  // keeps the list free, a bookstore partner, the forums where readers ask
  // each other, a contest to enter, links to compare prices, where to buy or
  // pre-order what was reviewed, and cheap domain names from a web host.
  {C::house_ad, L::en, false,
   R"((?:a )?(?:part|portion|share|percentage) of (?:every|each) (?:sale|purchase|order) (?:helps|goes|supports)|helps? (?:to )?keep (?:this|the|our) (?:list|mailing list|newsletter|site|service) free|from our (?:bookstore|bookshop|book|shopping|retail) partner)"
   R"(|(?:ask|talk to|swap tips with|join) (?:other|fellow) [^.!?]* (?:in|on) our (?:support )?(?:forums?|message boards?|discussion boards?))"
   R"(|(?:enter|submit|send (?:us|in)) your (?:best )?[^.!?]* (?:and|to) win\b|compare prices (?:from|at|of|across) (?:\d+|dozens of|all) (?:more |other )?(?:stores|shops|retailers|merchants|sellers))"
   R"(|^where to buy\b[^.!?:]*:|^pre-?order (?:the|it|yours|your copy|now)\b[^.!?:]*:|(?:register|transfer) (?:or (?:register|transfer) )?(?:your )?(?:\.com|domain)[^!?]* for (?:just|only) [$£€]?\d)"
   R"(|(?:every|each) (?:purchase|sale|order) helps (?:pay|fund|support|keep|us)|(?:from|in|at|visit) our (?:online|web) (?:shop|store)\b|^shop (?:the|our) [\pL-]+ (?:store|shop)\b|^book now (?:at|on)\b|earn (?:double|triple|2x|3x|bonus) [\pL-]* ?(?:miles|points)\b|^alumni (?:benefits?|perks?|discounts?)\b|(?:full )?list of (?:partner|member|alumni) (?:discounts|benefits|offers)|(?:\d+|six|twelve|eighteen) months? (?:no interest|interest-free|deferred interest|same as cash)|^protect your purchase|add an? (?:\d+-year )?[\pL -]*(?:care|protection|service|warranty) plan\b|(?:course|seminar|workshop|attendance|participation) fee (?:is |of )?[$£€]?\d|for (?:every|each) (?:new )?customer you (?:refer|send|recommend)|recommend [\pL-]+ to (?:a friend|a colleague|your colleagues))"},
  {C::house_ad, L::de, false,
   R"((?:ein )?teil (?:jedes|des) (?:verkaufs|kaufpreises|erlöses) (?:hilft|geht|fließt)|(?:damit|so) (?:diese liste|dieser newsletter|der newsletter) kostenlos bleibt)"
   R"(|(?:fragen sie|frag) andere [^.!?]* in (?:unserem|unseren) (?:support-)?forum|(?:schick|schicken sie|sende|senden sie) (?:uns )?(?:dein|ihr) (?:bestes? )?[^.!?]* und gewinn)"
   R"(|preise (?:von|bei|in) \d+ (?:weiteren )?(?:shops|händlern|anbietern) vergleichen|^wo (?:kaufen|erhältlich)\b[^.!?:]*:|^jetzt vorbestellen\b[^.!?:]*:|domains? (?:registrieren|umziehen)[^!?]* (?:für nur|ab) \d)"
   R"(|jeder kauf (?:hilft|unterstützt)|^jetzt buchen (?:unter|auf)\b|(?:doppelte|dreifache) [\pL-]*(?:meilen|punkte) (?:sammeln|kassieren|sichern)\b|(?:sammle|sammeln sie|sichere dir|sichern sie sich) (?:jetzt )?(?:doppelte|dreifache) [\pL-]*(?:meilen|punkte)|^(?:vorteile|mitgliedervorteile|alumni-vorteile) ?:|partnerrabatte|\d+ monate zinsfrei|0 ?% finanzierung|^schützen sie ihren kauf|garantieverlängerung|teilnahmegebühr:? \d+|anmeldung unter (?:https?://|www\.)|empfehlen sie [\pL-]+ weiter|für jeden (?:neukunden|neuen kunden), den sie)"},
  {C::house_ad, L::fr, false,
   R"(une partie de (?:chaque|toute) (?:vente|achat|commande) (?:aide|contribue|sert)|(?:pour que|afin que) (?:cette liste|cette lettre|la lettre) reste gratuite)"
   R"(|posez vos questions (?:aux|à d'autres) [^.!?]* sur (?:notre|nos) forums?|(?:envoyez|envoie|partagez)(?:-nous)? (?:votre|ta) (?:meilleure? )?[^.!?]* et gagnez)"
   R"(|comparez les prix (?:de|chez|dans) \d+ (?:autres )?(?:boutiques|marchands|magasins)|^où l'acheter\b[^.!?:]*:|^précommandez\b[^.!?:]*:|(?:enregistrez|transférez) votre (?:nom de )?domaine[^!?]* (?:pour seulement|à partir de|dès) \d)"
   R"(|chaque achat (?:aide|contribue|soutient)|^réservez (?:dès )?maintenant (?:sur|à)(?:[^\pL\pN]|$)|(?:miles|points) doublés|doublez vos (?:miles|points)|^avantages (?:des )?(?:membres|anciens|adhérents) ?:|remises partenaires|paiement en \d+ fois sans frais|^protégez votre achat|extension de garantie|frais d'inscription ?:? \d|inscription sur (?:https?://|www\.)|recommandez [\pL-]+ à (?:un ami|vos amis|vos collègues)|pour chaque nouveau client (?:que vous|parrainé))"},
  {C::house_ad, L::es, false,
   R"(parte de (?:cada|todas las) (?:ventas?|compras?) (?:ayuda|contribuye|se destina)|(?:para que|así) (?:esta lista|este boletín|el boletín) (?:siga|sea) gratuit[oa])"
   R"(|pregunta a otros [^.!?]* en (?:nuestro|nuestros) foros?|(?:envía|envíanos|manda) tu (?:mejor )?[^.!?]* y gana\b)"
   R"(|compara precios (?:de|en) \d+ (?:tiendas|comercios|vendedores)|^dónde comprar(?:lo|la)?\b[^.!?:]*:|^resérvalo ya\b[^.!?:]*:|registra (?:o transfiere )?tu dominio[^!?]* por (?:solo|sólo) \d)"
   R"(|cada compra (?:ayuda|contribuye|apoya)|^reserva (?:ya|ahora) en\b|(?:millas|puntos) dobles|acumula el doble de (?:millas|puntos)|^ventajas (?:para )?(?:socios|antiguos alumnos|egresados) ?:|descuentos para (?:socios|egresados|exalumnos)|\d+ meses sin intereses|^protege tu compra|garantía extendida|extensión de garantía|cuota de inscripción ?:? \d|inscripciones? en (?:https?://|www\.)|recomienda [\pL-]+ a (?:un amigo|tus amigos|tus colegas)|por cada nuevo cliente que (?:nos )?(?:recomiende|recomiendes|traigas|traiga))"},
  {C::house_ad, L::it, false,
   R"(parte di ogni (?:vendita|acquisto) (?:aiuta|contribuisce|va)|(?:perché|affinché) (?:questa lista|questa newsletter) resti gratuita)"
   R"(|chiedi ad altri [^.!?]* (?:nel|nei|sul|sui) (?:nostri? )?forum|(?:invia|inviaci|manda) (?:il tuo|la tua) (?:migliore? )?[^.!?]* e vinci\b)"
   R"(|confronta i prezzi (?:di|in|su) \d+ (?:negozi|rivenditori)|^dove comprar(?:lo|la)\b[^.!?:]*:|^preordina\b[^.!?:]*:|registra (?:o trasferisci )?il tuo dominio[^!?]* a (?:soli|solo) \d)"
   R"(|ogni acquisto (?:aiuta|contribuisce|sostiene)|^prenota (?:ora|subito) su\b|(?:miglia|punti) doppi|accumula il doppio (?:delle|dei) (?:miglia|punti)|^vantaggi (?:per )?(?:soci|ex alunni|alumni) ?:|sconti (?:per i )?(?:soci|partner)\b|in \d+ rate (?:a )?tasso zero|\d+ rate senza interessi|^proteggi il tuo acquisto|estensione di garanzia|garanzia estesa|quota di (?:partecipazione|iscrizione) ?:? \d|iscrizioni? su (?:https?://|www\.)|consiglia [\pL-]+ a (?:un amico|un collega|i tuoi amici)|per ogni nuovo cliente (?:che ci )?(?:presenti|segnali|porti))"},
  {C::house_ad, L::nl, false,
   R"((?:een )?deel van (?:elke|iedere) (?:verkoop|aankoop|bestelling) (?:helpt|gaat naar)|(?:zodat|om) (?:deze lijst|deze nieuwsbrief|de nieuwsbrief) gratis (?:blijft|te houden))"
   R"(|vraag (?:het )?(?:aan )?andere [^.!?]* (?:op|in) (?:ons|onze) forum|(?:stuur|zend) (?:je|uw) (?:beste )?[^.!?]* in en win\b)"
   R"(|vergelijk (?:de )?prijzen (?:van|bij) \d+ (?:winkels|webwinkels|aanbieders)|^waar (?:te koop|kopen)\b[^.!?:]*:|^bestel (?:nu )?vooraf\b[^.!?:]*:|registreer (?:of verhuis )?(?:je|uw) domeinnaam[^!?]* voor (?:slechts|maar) €?\d)"
   R"(|elke aankoop (?:helpt|steunt)|^boek nu (?:op|via)\b|dubbele (?:air ?miles|punten|miles)|^(?:ledenvoordeel|alumnivoordeel|voordelen voor (?:leden|alumni)) ?:|partnerkortingen|\d+ maanden renteloos|^bescherm je aankoop|garantieverlenging|verlengde garantie|deelnameprijs|inschrijven via (?:https?://|www\.)|raad [\pL-]+ aan bij (?:een vriend|vrienden|collega's)|voor elke nieuwe klant die (?:je|u) (?:aanbrengt|aanmeldt))"},
  {C::house_ad, L::pt, false,
   R"(parte de (?:cada|todas as) (?:vendas?|compras?) (?:ajuda|contribui|vai)|(?:para que|assim) (?:esta lista|esta newsletter|este boletim) (?:continue|fique|seja) gratuit[oa])"
   R"(|pergunte a outros [^.!?]* (?:no|nos) (?:nosso |nossos )?fóruns?|(?:envie|mande) (?:sua|a sua|seu|o seu) (?:melhor )?[^.!?]* e ganhe\b)"
   R"(|compare preços (?:de|em) \d+ (?:lojas|vendedores)|^onde comprar\b[^.!?:]*:|^encomende já(?:[^\pL\pN.!?:][^.!?:]*)?:|registre (?:ou transfira )?(?:seu|o seu) domínio[^!?]* por (?:apenas|só) (?:r\$ ?)?\d)"
   R"(|cada compra (?:ajuda|contribui|apoia)|^reserve (?:já|agora) em\b|(?:milhas|pontos) em dobro|acumule o dobro de (?:milhas|pontos)|^vantagens (?:para )?(?:sócios|associados|ex-alunos|alumni) ?:|descontos (?:de|com) parceiros|\d+ (?:meses|vezes) sem juros|^proteja (?:sua|a sua) compra|garantia estendida|extensão de garantia|taxa de inscrição ?:? (?:r\$ ?)?\d|inscrições? em (?:https?://|www\.)|recomende (?:o |a )?[\pL-]+ a (?:um amigo|amigos|colegas)|por cada novo cliente que (?:indicar|nos indicar|trouxer))"},
  // A seller's own mail around its news: a publisher's order-direct code and
  // user-group or review-copy programme, a queue or list button, download
  // mirrors, a premium text service's orders, competitions and phone lists,
  // a book's reading sample (its first pages free), the bookshop line, a partner's
  // months free with the product, a newspaper's classifieds.
  {C::house_ad, L::en, false,
   R"((?:save|get) \d+ ?% (?:off )?when you (?:order|buy) [^.!?]*direct (?:from|at)\b|user ?group (?:program|programme)\b|(?:want|like) to review our (?:books|titles|products|games)|request a review copy)"
   R"(|^add (?:these|them|it|this|titles?|movies?)? ?to your (?:queue|list|watchlist|wish ?list)\W*$|choose (?:the|a) (?:download )?mirror|select a (?:download )?mirror|mirror (?:nearest|closest) to you)"
   R"(|\btext (?:the )?[\pL\pN]+ to \d{4,6}\b|^how to order ?:|check (?:the )?(?:compatible )?(?:phone|handset|device) list|^not compatible\?)"
   R"(|^(?:read|download) (?:a|an|the) (?:free )?(?:sample|excerpt)\b|^(?:read|download) the first (?:\d+|[\pL]+) (?:pages|chapters?) (?:for )?free\b)"
   R"(|(?:from|at) (?:your|any) (?:local )?(?:bookshop|bookstore|book shop) or\b|get (?:\d+|one|two|three|six) (?:free )?months? of [^.!?]* free with)"
   R"(|^classifieds ?:|place (?:an|your) (?:classified )?ad online|in (?:today's|our|the) [^.!?]*classifieds at)"},
  {C::house_ad, L::de, false,
   R"(direkt beim verlag bestellen|bei (?:einer )?direktbestellung (?:beim verlag )?sparen|user-?group-?programm|anwendergruppen-?programm|rezensionsexemplar)"
   R"(|^auf (?:die|ihre|deine) merkliste\W*$|wählen sie (?:einen|den) (?:download-)?(?:mirror|spiegelserver)|spiegelserver in ihrer nähe)"
   R"(|(?:sende|senden sie|sms mit) (?:den code|[\pL\pN]+) an \d{4,6}\b|^so (?:bestellen sie|wird bestellt) ?:|ist ihr handy kompatibel|liste der kompatiblen (?:handys|geräte))"
   R"(|^(?:jetzt )?(?:die |eine |zur )?leseprobe\b|^(?:jetzt )?(?:die )?ersten (?:\d+|[\pL]+) (?:seiten|kapitel) (?:gratis|kostenlos|kostenfrei) (?:lesen|herunterladen)\b)"
   R"(|in (?:ihrer|jeder) buchhandlung oder|(?:in unserem|im) verlagsshop|\d+ monate [^.!?]* gratis mit)"
   R"(|^(?:kleinanzeigen|anzeigenmarkt) ?:|(?:kleinanzeige|anzeige) online aufgeben)"},
  {C::house_ad, L::fr, false,
   R"(commandez directement (?:auprès de|chez) l'éditeur|programme (?:des )?groupes d'utilisateurs|service de presse ?:|demandez un exemplaire de presse)"
   R"(|^ajoutez(?:-les)? à votre (?:liste|file)\W*$|choisissez (?:le|un) (?:site )?miroir|miroir le plus proche)"
   R"(|(?:envoyez|tapez) (?:le code|[\pL\pN]+) au \d{4,6}\b|^comment commander ?:|liste des (?:mobiles|téléphones) compatibles|votre mobile est-il compatible)"
   R"(|^(?:lisez|lire|téléchargez) (?:un |l')extrait\b|^(?:lisez|lire|téléchargez) (?:gratuitement )?les (?:\d+|[\pL]+) premi(?:ères pages|ers chapitres)(?: gratuitement)?\b)"
   R"(|chez votre libraire ou|\d+ mois (?:de [^.!?]* )?offerts avec)"
   R"(|^petites annonces ?:|(?:déposez|passez) (?:votre|une) annonce en ligne)"},
  {C::house_ad, L::es, false,
   R"(pide directamente a la editorial|programa (?:de|para) grupos de usuarios|solicita un ejemplar (?:de prensa|para reseña))"
   R"(|^añádel[oa]s? a tu (?:lista|cola)\W*$|elige (?:el|un) (?:servidor )?(?:espejo|mirror)|(?:espejo|mirror) más cercano)"
   R"(|envía (?:el código|[\pL\pN]+) al \d{4,6}\b|^cómo (?:pedir|comprar) ?:|lista de (?:móviles|teléfonos) compatibles|es compatible tu móvil)"
   R"(|^(?:lee|descarga) (?:un|el) (?:fragmento|adelanto|extracto)\b|^(?:lee|descarga) (?:gratis )?(?:las primeras (?:\d+|[\pL]+) páginas|los primeros (?:\d+|[\pL]+) capítulos)(?: gratis)?\b)"
   R"(|en (?:tu|su) librería (?:habitual )?o en|\d+ meses (?:de [^.!?]* )?gratis con)"
   R"(|^(?:clasificados|anuncios clasificados) ?:|(?:publica|pon|inserta) (?:tu|un) anuncio en línea)"},
  {C::house_ad, L::it, false,
   R"(ordina direttamente (?:dall'editore|presso l'editore)|programma (?:per i )?gruppi (?:di )?utenti|richiedi una copia (?:stampa|per recensione))"
   R"(|^aggiungil[ie] alla tua (?:lista|coda)\W*$|scegli (?:il|un) mirror|mirror più vicino)"
   R"(|invia (?:il codice|[\pL\pN]+) al \d{4,6}\b|^come ordinare ?:|elenco dei (?:cellulari|telefoni) compatibili|il tuo cellulare è compatibile)"
   R"(|^(?:leggi|scarica) (?:un |l')estratto\b|^(?:leggi|scarica) (?:gratis )?(?:le prime (?:\d+|[\pL]+) pagine|i primi (?:\d+|[\pL]+) capitoli)(?: gratis)?\b)"
   R"(|nella tua libreria (?:di fiducia )?o|\d+ mesi (?:di [^.!?]* )?gratis con)"
   R"(|^(?:piccoli annunci|annunci economici) ?:|(?:pubblica|inserisci) (?:il tuo|un) annuncio online)"},
  {C::house_ad, L::nl, false,
   R"(bestel (?:rechtstreeks|direct) bij de uitgever|gebruikersgroepenprogramma|vraag een recensie-exemplaar aan)"
   R"(|^zet ze op je (?:lijst|verlanglijst)\W*$|kies (?:een|de) (?:download)?mirror|dichtstbijzijnde mirror)"
   R"(|sms (?:de code|[\pL\pN]+) naar \d{4,6}\b|^zo bestel je ?:|lijst (?:met|van) (?:compatibele|geschikte) (?:toestellen|telefoons))"
   R"(|^(?:lees|download) (?:een|het) (?:leesfragment|fragment)\b|^(?:lees|download) (?:gratis )?de eerste (?:\d+|[\pL]+) (?:pagina's|hoofdstukken)(?: gratis)?\b)"
   R"(|bij (?:je|uw) boekhandel of|\d+ maanden [^.!?]* gratis bij)"
   R"(|^(?:rubrieksadvertenties|zoekertjes) ?:|plaats (?:je|uw|een) (?:advertentie|zoekertje) online)"},
  {C::house_ad, L::pt, false,
   R"(encomende diretamente à editora|programa (?:de|para) grupos de utilizadores|programa (?:de|para) grupos de usuários|peça um exemplar (?:de imprensa|para resenha))"
   R"(|^adicione(?:-os)? à sua (?:lista|fila)\W*$|escolha (?:o|um) (?:servidor )?(?:espelho|mirror)|(?:espelho|mirror) mais próximo)"
   R"(|envie (?:o código|[\pL\pN]+) para (?:o )?\d{4,6}\b|^como (?:pedir|comprar|encomendar) ?:|lista de (?:celulares|telemóveis|aparelhos) compatíveis)"
   R"(|^(?:leia|baixe) (?:um|o) (?:trecho|excerto)\b|^(?:leia|baixe|descarregue) (?:grátis )?(?:as primeiras (?:\d+|[\pL]+) páginas|os primeiros (?:\d+|[\pL]+) capítulos)(?: grátis)?\b)"
   R"(|na sua livraria (?:habitual )?ou|\d+ meses (?:de [^.!?]* )?grátis com)"
   R"(|^(?:classificados|anúncios classificados) ?:|(?:publique|coloque) (?:seu|o seu|um) anúncio online)"},
  // A webinar invitation's recording promise and its demo length: "can't
  // make it live? register anyway and we'll send you the recording".
  {C::house_ad, L::en, false,
   R"(can't (?:make it|attend|join) live\?|(?:register|sign up) anyway[^.]{0,30} send you the recording|\bthe recording (?:will be sent|goes out|is sent) to (?:all|everyone) (?:who )?(?:registered|registrants|signed up)|for a \d+-minute (?:live )?(?:walkthrough|demo|product tour)\b)"},
  {C::house_ad, L::de, false,
   R"(keine zeit,? live dabei zu sein\?|(?:schicken|senden) (?:ihnen|dir) (?:anschließend |danach )?die aufzeichnung|die aufzeichnung (?:schicken|senden) wir (?:allen|ihnen|dir|euch)\b|in einer \d+-minütigen (?:live-)?(?:demo|produkttour)\b)"},
  {C::house_ad, L::fr, false,
   R"(vous ne pouvez pas (?:être présent|assister|y assister) en direct ?\?|nous vous enverrons (?:le replay|l'enregistrement)|(?:le replay|l'enregistrement) sera envoyé à tous les inscrits)"},
  {C::house_ad, L::es, false,
   R"(no puedes asistir en directo\?|no puede asistir en directo\?|(?:te|le) enviaremos la grabación|la grabación se enviará a todos los inscritos)"},
  {C::house_ad, L::it, false,
   R"(non puoi partecipare in diretta\?|(?:ti|le) invieremo la registrazione|la registrazione (?:sarà|verrà) inviata a tutti gli iscritti)"},
  {C::house_ad, L::nl, false,
   R"(kun je niet live (?:meekijken|erbij zijn)\?|kunt u niet live (?:meekijken|erbij zijn)\?|(?:we|wij) sturen (?:je|u) (?:achteraf )?de opname|de opname sturen (?:we|wij) (?:achteraf )?(?:naar )?(?:alle|iedereen)\b)"},
  {C::house_ad, L::pt, false,
   R"(não (?:pode|consegue|podes) assistir ao vivo\?|(?:enviaremos|vamos enviar)(?:-lhe|-te)? a gravação|a gravação será enviada a todos os inscritos)"},
  // A club's own shop and its member price.
  {C::house_ad, L::en, false, R"(^(?:from )?(?:the|our) club shop\b|club shop ?:|members pay (?:only )?[$£€]\d)"},
  {C::house_ad, L::de, false, R"(^(?:aus dem|neu im|in unserem) vereinsshop\b|für (?:vereins)?mitglieder (?:nur )?\d+(?:,\d+)? ?(?:euro|€))"},
  {C::house_ad, L::fr, false, R"(^(?:la |dans la )?boutique du club\b)"},
  {C::house_ad, L::es, false, R"(^(?:en )?la tienda del club\b)"},
  {C::house_ad, L::it, false, R"(^(?:dallo |nello )?store del club\b|^(?:dal |nel )?negozio del club\b)"},
  {C::house_ad, L::nl, false, R"(^(?:uit de |in de |nieuw in de )?clubshop\b|^(?:uit de |in de )?clubwinkel\b)"},
  {C::house_ad, L::pt, false, R"(^(?:na |da )?loja do clube\b)"},
  // A magazine's call for readers to test a product and keep it, its
  // heading ("Product testers wanted").
  {C::house_ad, L::en, false, R"(^(?:product )?testers? wanted\W*$|^(?:become|be) (?:a|one of our) (?:product )?testers?\W*$|^we(?:'re| are) looking for (?:product )?testers\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:produkt)?tester(?:innen|\*innen|:innen)? gesucht\W*$|^(?:jetzt )?(?:produkt)?tester(?:in)? werden\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:nous )?(?:recherchons|cherchons) des (?:testeurs|testeuses)\W*$|^(?:testeurs|testeuses)(?: de produits?)? recherché(?:e)?s\W*$|^devenez (?:testeur|testeuse)\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:se )?buscan? (?:probadores|testers|probadoras)\W*$|^buscamos (?:probadores|testers|probadoras)\W*$|^hazte (?:probador|tester)(?:a)?\W*$)"},
  {C::house_ad, L::it, false, R"(^cerchiamo (?:tester|collaudatori)\W*$|^(?:tester|collaudatori) cercasi\W*$|^diventa (?:tester|collaudatore)\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:product)?testers gezocht\W*$|^word (?:product)?tester\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:procuramos|procuram-se) (?:testadores|testers|provadores)\W*$|^(?:seja|torne-se) (?:testador|tester)(?:a)?\W*$)"},
  // A club or fan letter's box for passing on a ticket one cannot use
  // through the official resale exchange.
  {C::house_ad, L::en, false, R"(^ticket (?:exchange|resale|marketplace) ?:|(?:resell|sell|pass on|list|offer) (?:your|a) (?:ticket|seat)s? (?:at face value )?(?:on|through|via) (?:the|our) (?:official )?(?:ticket )?(?:exchange|resale (?:platform|site)|marketplace))"},
  {C::house_ad, L::de, false, R"(^(?:ticketbörse|ticket-?zweitmarkt|zweitmarkt) ?:|(?:karte|dauerkarte|tickets?|platz) (?:über|auf|in) (?:der|die|unsere[rn]?) (?:offiziellen? )?(?:ticketbörse|zweitmarkt(?:börse)?|ticket-?zweitmarkt))"},
  {C::house_ad, L::fr, false, R"(^bourse aux billets ?:|(?:revendez|revends|remettez en vente|remets en vente) (?:votre|ton|vos|tes) (?:billet|place)s? (?:sur|via) (?:la|notre) (?:bourse aux billets|plateforme (?:de revente )?officielle))"},
  {C::house_ad, L::es, false, R"(^(?:reventa|intercambio) de (?:entradas|abonos) ?:|(?:revende|pon a la venta|vende) (?:tu|su|tus|sus) (?:entrada|abono|localidad)e?s? (?:en|a través de) (?:la|nuestra) (?:plataforma|bolsa) (?:de reventa )?oficial)"},
  {C::house_ad, L::it, false, R"(^(?:borsa|scambio|rivendita) (?:dei )?biglietti ?:|(?:rivendi|rimetti in vendita|cedi) (?:il tuo|i tuoi) (?:biglietto|biglietti|abbonamento|posto) (?:sulla|tramite la) (?:piattaforma|borsa) (?:di rivendita )?ufficiale)"},
  {C::house_ad, L::nl, false, R"(^(?:ticketbeurs|ticketruil|doorverkoop) ?:|(?:verkoop|bied) (?:je|uw) (?:ticket|kaart|seizoenkaart|plaats)(?:je)?s? (?:aan )?(?:via|op) (?:de|het|ons) (?:officiële )?(?:ticketbeurs|ruilplatform|doorverkoopplatform))"},
  {C::house_ad, L::pt, false, R"(^(?:bolsa|troca|revenda) de (?:bilhetes|ingressos) ?:|(?:revenda|coloque à venda|venda) (?:o seu|seu|os seus|seus|o teu) (?:bilhete|ingresso|lugar)e?s? (?:na|pela|através da) (?:plataforma|bolsa) (?:de revenda )?oficial)"},
  // A bank's own savings or fund plan button.
  {C::house_ad, L::en, false, R"(^(?:open|start) (?:a|your) (?:savings|investment|fund) plan(?: now| today)?\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:jetzt )?(?:ihren |deinen )?(?:fonds|depot|etf-)?sparplan (?:eröffnen|abschließen|starten|anlegen)\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:ouvrez|ouvrir) (?:votre|un) plan d'épargne(?: maintenant)?\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:abre|abra|abrir) (?:tu|su|un) plan de (?:ahorro|inversión)(?: ahora)?\W*$)"},
  {C::house_ad, L::it, false, R"(^(?:apri|aprire) (?:il tuo|un) (?:piano di accumulo|pac)(?: ora| subito)?\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:open|start) (?:je|uw|een) (?:spaar|beleggings)plan(?: nu)?\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:abra|abrir) (?:o seu|seu|um) plano (?:de poupança|de investimento)(?: agora| já)?\W*$)"},
  // An offer label opening a box ("TICKET OFFER:", "READER OFFER:").
  {C::house_ad, L::en, false,
   R"(^(?:ticket|special|reader|subscriber|member|fan) offer ?:)"},
  {C::house_ad, L::de, false,
   R"(^(?:ticket|leser|sonder|abonnenten)angebot ?:)"},
  {C::house_ad, L::fr, false,
   R"(^offre (?:spéciale|billetterie|lecteurs|abonnés) ?:)"},
  {C::house_ad, L::es, false,
   R"(^oferta (?:especial|de entradas|para lectores|para suscriptores) ?:)"},
  {C::house_ad, L::it, false,
   R"(^offerta (?:speciale|biglietti|lettori|abbonati) ?:)"},
  {C::house_ad, L::nl, false,
   R"(^(?:ticket|lezers|abonnee)aanbieding ?:)"},
  {C::house_ad, L::pt, false,
   R"(^oferta (?:especial|de ingressos|de bilhetes|para leitores|para assinantes) ?:)"},
  // A saving at a partner shop ("all our guides are 30% off at our partner").
  {C::house_ad, L::en, false, R"(\d+ ?% off at (?:our )?(?:[\pL-]+ )*partner|\bsave \d+ ?% on [^.!?]{1,60} (?:with|from|at) our (?:[\pL-]+ )*partners?\b)"},
  {C::house_ad, L::de, false, R"(\d+ ?% (?:rabatt )?bei unsere[mnr]? (?:[\pL-]+ )*partner|\bspar(?:en sie|e|t)? \d+ ?% (?:auf|beim?) [^.!?]{1,60} (?:bei|von|mit) unsere[mnr]? (?:[\pL-]+ )*partner)"},
  {C::house_ad, L::fr, false, R"(\d+ ?% de (?:remise|réduction) chez (?:notre|nos) (?:[\pL-]+ )*partenaires?|économisez \d+ ?% sur [^.!?]{1,60} (?:avec|chez|auprès de) (?:notre|nos) (?:[\pL-]+ )*partenaires?)"},
  {C::house_ad, L::es, false, R"(\d+ ?% de descuento en (?:nuestro|nuestra) (?:[\pL-]+ )*(?:socio|partner|colaborador)|\bahorra (?:un )?\d+ ?% en [^.!?]{1,60} con (?:nuestro|nuestra) (?:[\pL-]+ )*(?:socio|partner|colaborador))"},
  {C::house_ad, L::it, false, R"(\d+ ?% di sconto (?:presso|da) (?:il )?nostro (?:[\pL-]+ )*partner|\brisparmia (?:il )?\d+ ?% su [^.!?]{1,60} con il nostro (?:[\pL-]+ )*partner)"},
  {C::house_ad, L::nl, false, R"(\d+ ?% korting bij onze (?:[\pL-]+ )*partner|\bbespaar \d+ ?% op [^.!?]{1,60} (?:bij|via|met) onze (?:[\pL-]+ )*partner)"},
  {C::house_ad, L::pt, false, R"(\d+ ?% de desconto n[oa] (?:nosso|nossa) (?:[\pL-]+ )*parceir[oa]|\bpoupe \d+ ?% (?:em|n[oa]s?) [^.!?]{1,60} com [oa] (?:nosso|nossa) (?:[\pL-]+ )*parceir[oa])"},
  // A download's mirror list ("get it from any of these mirrors", "Mirror
  // 2 (Europe): ftp://...") and a magazine's print subscription offered in
  // its own mail: issues for a price, a saving on the newsstand price.
  {C::house_ad, L::en, false,
   R"((?:from|at|on|via) (?:any|one) of (?:these|the following|our|the) (?:download )?mirrors\b|mirror(?: site)? ?#?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^subscribe to (?:the )?(?:[\pL-]+ ){0,3}(?:magazine|print edition)\b|(?:\d+|six|twelve|twenty-four) (?:monthly )?issues (?:of [^.!?]{1,60} )?(?:for|at) (?:only |just )?[$£€]\d|off the (?:newsstand|cover|shop|store) price)"},
  {C::house_ad, L::de, false,
   R"((?:von|auf) (?:einem|einen) (?:dieser|der folgenden|unserer) (?:download-)?(?:mirrors|spiegelserver)\b|(?:mirror|spiegelserver) ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^(?:jetzt )?(?:das |die )?(?:[\pL-]+ ){0,2}(?:magazin|zeitschrift|heft) abonnieren\b|\d+ ausgaben (?:für|zum preis von) (?:nur )?\d|gegenüber dem (?:kiosk|einzelheft)preis)"},
  {C::house_ad, L::fr, false,
   R"((?:depuis|sur) (?:l'un|un) de (?:ces|nos) (?:sites )?miroirs\b|miroir ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^(?:abonnez-vous|je m'abonne) (?:au|à) (?:magazine|la revue|l'édition papier)\b|(?:\d+|deux|trois|quatre|six|dix|onze|douze) numéros ?(?:pour|:) (?:seulement )?\d|sur le prix (?:au numéro|en kiosque))"},
  {C::house_ad, L::es, false,
   R"((?:desde|en) (?:cualquiera|uno) de (?:estos|nuestros) (?:servidores )?(?:espejos|mirrors)\b|(?:espejo|mirror) ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^suscríbete a (?:la revista|la edición impresa)\b|\d+ (?:números|ejemplares) por (?:solo |sólo )?\d|sobre el precio (?:de portada|en quiosco))"},
  {C::house_ad, L::it, false,
   R"(da (?:uno|uno qualsiasi) di (?:questi|nostri) mirror\b|mirror ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^abbonati (?:alla rivista|all'edizione cartacea)\b|\d+ numeri a (?:soli |solo )?\d|sul prezzo (?:di copertina|in edicola))"},
  {C::house_ad, L::nl, false,
   R"(van (?:een|één) van (?:deze|onze) (?:download)?mirrors\b|mirror ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^abonneer (?:je|u) op (?:het blad|het tijdschrift|het magazine|de papieren editie)\b|\d+ nummers voor (?:maar |slechts )?€? ?\d|op de losse[- ]nummerprijs)"},
  {C::house_ad, L::pt, false,
   R"(de (?:qualquer|um) (?:um )?(?:destes|dos nossos) (?:espelhos|mirrors)\b|(?:espelho|mirror) ?\d* ?(?:\([^)]{1,30}\) ?)?: ?(?:https?|ftp)://)"
   R"(|^assine a (?:revista|edição impressa)\b|\d+ (?:edições|números) por (?:apenas |só )?(?:r\$ ?|€ ?)?\d|sobre o preço (?:de capa|de banca))"},
  // A site asking to be linked: "Link to us!", a banner for the reader's
  // homepage, a link exchange.
  {C::house_ad, L::en, false,
   R"(^link to us\b|(?:grab|get|download) (?:a|our) (?:banner|button|badge) for your (?:site|website|page|homepage|blog)|(?:add|put|place) (?:a|our) (?:banner|button) (?:to|on) your (?:site|website|page|homepage|blog)|\blink exchange\b)"},
  {C::house_ad, L::de, false,
   R"(^verlinke?n? (?:sie )?uns\b|(?:unser(?:en)?|einen) banner für (?:ihre|deine) (?:website|homepage|seite)|\b(?:link|banner)tausch\b)"},
  {C::house_ad, L::fr, false,
   R"(^faites un lien vers (?:notre site|nous)|(?:ajoutez|mettez) notre (?:bannière|bouton) sur votre (?:site|page|blog)|échange de liens)"},
  {C::house_ad, L::es, false,
   R"(^enlázanos\b|(?:pon|ponga|añade|añada) nuestro (?:banner|botón) en (?:tu|su) (?:web|página|sitio|blog)|intercambio de enlaces)"},
  {C::house_ad, L::it, false,
   R"(^linkaci\b|(?:metti|inserisci) il nostro (?:banner|bottone) sul tuo (?:sito|blog)|scambio (?:di )?link\b)"},
  {C::house_ad, L::nl, false,
   R"(^link naar ons\b|(?:plaats|zet) onze (?:banner|button) op (?:je|uw) (?:site|website|homepage|blog)|\blinkruil\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:linke|coloque um link para) (?:o nosso site|nós)|(?:coloque|ponha) (?:o )?nosso (?:banner|botão) no seu (?:site|blog)|troca de links)"},
  // A voucher box: its heading, the code with what it brings, the redeem
  // button.
  {C::house_ad, L::en, false,
   R"(^redeem (?:your |the |my )?(?:voucher|coupon|code|credit)\W*$|^your (?:[\pL-]+ )?(?:voucher|coupon)\W*$|(?:use|with|enter) (?:the )?(?:code|promo code|voucher code) [^ ]+ (?:to get|and get|for|you get) [$£€]?\d+(?:[.,]\d+)? ?(?:[$£€] )?(?:in )?(?:[\pL-]+ )?credit\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?gutschein einlösen\W*$|^(?:dein|ihr)(?: [\pL-]+)? ?gutschein\W*$|^(?:dein|ihr) [\pL-]+-gutschein\W*$|mit dem (?:gutschein|aktions)?code [^ ]+ (?:bekommst|erhältst|erhalten) (?:du |sie )?\d+(?:,\d+)? ?(?:euro|€) [\pL-]*guthaben)"},
  {C::house_ad, L::fr, false,
   R"(^(?:utiliser|utilisez) (?:mon|le|votre|ton) (?:code|bon)\W*$|^(?:votre|ton) bon de réduction\W*$|avec le code [^ ]+,? (?:bénéficiez|obtenez|recevez|tu reçois|vous recevez) (?:de )?\d+ ?(?:€|euros?) (?:de )?(?:crédit|solde))"},
  {C::house_ad, L::es, false,
   R"(^(?:canjear|canjea) (?:mi |tu |el )?(?:cupón|código|vale)\W*$|^(?:tu|su) cupón\W*$|con el código [^ ]+ (?:obtienes|consigues|recibes|te llevas) \d+ ?(?:€|euros?) (?:de )?(?:saldo|crédito))"},
  {C::house_ad, L::it, false,
   R"(^(?:usa|riscatta) (?:il (?:tuo )?)?(?:codice|buono|coupon)\W*$|^il tuo (?:buono|coupon)\W*$|con il codice [^ ]+ (?:ricevi|ottieni|hai) \d+ ?(?:€|euro) di credito)"},
  {C::house_ad, L::nl, false,
   R"(^(?:verzilver|gebruik) (?:je |uw )?(?:tegoedbon|code|kortingscode)\W*$|^(?:je|jouw|uw) (?:tegoed|kortings)bon\W*$|met de (?:kortings)?code [^ ]+ (?:krijg|ontvang) (?:je|u) \d+ ?(?:euro|€) (?:tegoed|beltegoed|ritegoed))"},
  {C::house_ad, L::pt, false,
   R"(^(?:resgatar|resgate|usar) (?:o )?(?:meu |seu )?(?:cupão|cupom|código|vale)\W*$|^(?:o )?(?:seu|teu) (?:cupão|cupom|vale)\W*$|com o código [^ ]+ (?:recebe|ganha|ganhas|tens) \d+ ?(?:€|euros?|reais) (?:de )?(?:saldo|crédito))"},
  // A restaurant's table booking, its gift cards and its private dining.
  {C::house_ad, L::en, false,
   R"(^(?:book|reserve) (?:a|your) table\W*$|^(?:buy|give|send|order) (?:a |an )?(?:e-?)?gift cards?\W*$|gift cards? (?:never expire|work at|can be used at)|buy [$£€]?\d+ in gift cards|^give the gift of\b|planning a (?:party|celebration|event|dinner) (?:of|for) \d+|our events team (?:can|will)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?(?:einen )?tisch reservieren\W*$|^(?:jetzt )?gutschein (?:kaufen|verschenken|bestellen)\W*$|gutscheine (?:gelten|sind) in allen (?:unseren )?(?:restaurants|häusern|filialen)|(?:feier|veranstaltung|gesellschaft) (?:ab|mit mehr als) \d+ personen|unser (?:event|veranstaltungs)team (?:hilft|berät|richtet))"},
  {C::house_ad, L::fr, false,
   R"(^réserve[rz]? (?:une|votre|ta) table\W*$|^(?:offrir|offrez|acheter|achetez) (?:une |un )?(?:carte|bon) cadeau\W*$|cartes? cadeaux? (?:valables?|utilisables?) dans (?:tous )?nos restaurants|(?:groupe|fête|événement) de (?:plus de )?\d+ personnes\b[^.!?]*\?)"},
  {C::house_ad, L::es, false,
   R"(^reserva(?:r)? (?:una|tu|su) mesa\W*$|^(?:regala|compra|comprar) (?:una )?tarjeta regalo\W*$|tarjetas? regalo (?:válidas?|sirven) en (?:todos )?nuestros restaurantes|(?:grupo|celebración|evento) de (?:más de )?\d+ personas\b[^.!?]*\?)"},
  {C::house_ad, L::it, false,
   R"(^prenota (?:un|il tuo) tavolo\W*$|^(?:regala|acquista) (?:una )?(?:gift card|carta regalo|buono regalo)\W*$|(?:gift card|buoni regalo) (?:valid[ei]|utilizzabili) in tutti i nostri ristoranti|(?:gruppo|festa|evento) (?:di|da) (?:più di )?\d+ persone\b[^.!?]*\?)"},
  {C::house_ad, L::nl, false,
   R"(^(?:reserveer|boek) (?:een|je|uw) tafel\W*$|^(?:koop|geef|bestel) een cadeau(?:kaart|bon)\W*$|cadeaukaarten? (?:zijn geldig|gelden) in al onze restaurants|(?:groep|feest|gezelschap) (?:van|vanaf) \d+ personen\b[^.!?]*\?)"},
  {C::house_ad, L::pt, false,
   R"(^reserv(?:e|ar) (?:uma |a sua |sua )?mesa\W*$|^(?:compre|ofereça|oferecer) (?:um )?(?:cartão|vale)[ -]presente\W*$|(?:cartões|vales)[ -]presente (?:válidos|valem) em todos os nossos restaurantes|(?:grupo|festa|evento) de (?:mais de )?\d+ pessoas\b[^.!?]*\?)"},
  // The sender's stand at a trade show: where to meet the team, the booth or
  // stand number, a free pass with a code.
  {C::house_ad, L::en, false,
   R"(^(?:meet|visit|see|find) (?:us|our team) (?:at|in)\b[^.!?]*$|\b(?:us|we|our team|the [\pL-]+ team)\b[^.!?]*\b(?:booth|stand) (?:#|no\.? ?)?[a-z]?\d+)"
   R"(|\bfree (?:exhibit(?:s|ion)?(?: hall)?|expo|show ?floor|visitor) (?:pass|badge|ticket)(?:es|s)?\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:besuchen sie uns|besuche uns|treffen sie uns|triff uns) (?:auf|an|bei|in)\b[^.!?]*$|\b(?:besuchen sie uns|besuche uns|besucht uns|sie finden uns|finden sie uns|ihr findet uns|findet ihr uns|du findest uns|findest du uns|wir sind)\b[^.!?]*\b(?:stand|halle) [a-z]?\d+)"
   R"(|^(?:vom|von|am|ab) [^!?]{0,40}?(?:finden sie uns|findet ihr uns|findest du uns|sind wir)\b[^.!?]*\b(?:stand|halle) [a-z]?\d+)"
   R"(|kostenlose[ns]? (?:besucher|messe|eintritts|fach)(?:ticket|karte|pass|besucherausweis|gutschein)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:retrouvez|rencontrez|rejoignez)-nous (?:sur|au|à|lors)(?:[^\pL\pN.!?][^.!?]*)?$|\b(?:retrouvez-nous|rencontrez-nous|venez nous voir|nous serons)\b[^.!?]*\bstand (?:n° ?)?[a-z]?\d+)"
   R"(|\b(?:badge|invitation|entrée) (?:gratuite?|offerte?) (?:pour|au|du) (?:le )?salon\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:visítenos|visítanos|encuéntranos|encuéntrenos) en\b[^.!?]*$|\b(?:visítenos|visítanos|encuéntranos|encuéntrenos|ven a vernos|venga a vernos|estaremos)\b[^.!?]*\b(?:stand|pabellón) (?:n\.?º ?)?[a-z]?\d+)"
   R"(|\b(?:pase|entrada|acreditación) gratuita? (?:para|a|de) (?:la )?feria\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:venite|vieni) a trovarci (?:a|al|alla|allo|in)\b[^.!?]*$|\b(?:venite a trovarci|vieni a trovarci|ci trovate|saremo)\b[^.!?]*\b(?:stand|padiglione) (?:n\. ?)?[a-z]?\d+)"
   R"(|\b(?:biglietto|ingresso|pass) (?:gratuito|omaggio) (?:per|alla) (?:la )?fiera\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:bezoek ons|kom langs|ontmoet ons) (?:op|bij|tijdens)\b[^.!?]*$|\b(?:bezoek ons|kom langs|u vindt ons|vindt u ons|je vindt ons|vind je ons|wij staan|we staan)\b[^.!?]*\b(?:stand|standnummer|hal) [a-z]?\d+)"
   R"(|\bgratis (?:toegangs|beurs|bezoekers)(?:kaart|ticket|badge)s?\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:visite-nos|visita-nos|encontre-nos|venha nos visitar) (?:na|no|em)\b[^.!?]*$|\b(?:visite-nos|visita-nos|encontre-nos|venha nos visitar|estaremos)\b[^.!?]*\b(?:stand|estande|pavilhão) (?:n\.?º ?)?[a-z]?\d+)"
   R"(|\b(?:credencial|entrada|ingresso) gratuit[ao] (?:para|na|à) (?:a )?feira\b)"},
  // The publisher's conference invitation: "Join 600 owners and investors
  // for a day on ...".
  {C::house_ad, L::en, false,
   R"(^join (?:\d[\d,]*|hundreds of|thousands of) [^.!?]* for (?:a|an|two|three) (?:full )?(?:day|days|evening|night|afternoon|morning)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:triff|treffen sie|sei dabei mit|seien sie dabei mit) (?:\d[\d.]*|hunderte[n]?|tausende[n]?) [^.!?]* (?:einen|zwei) (?:tag|abend)\b)"},
  {C::house_ad, L::fr, false,
   R"(^rejoignez (?:\d[\d .]*|des centaines de|des milliers de) [^.!?]* pour une (?:journée|soirée)\b)"},
  {C::house_ad, L::es, false,
   R"(^únete a (?:\d[\d.]*|cientos de|miles de) [^.!?]* (?:en|para) una (?:jornada|tarde|noche)\b)"},
  {C::house_ad, L::it, false,
   R"(^unisciti a (?:\d[\d.]*|centinaia di|migliaia di) [^.!?]* per una (?:giornata|serata)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:sluit (?:je|u) aan bij|ontmoet) (?:\d[\d.]*|honderden|duizenden) [^.!?]* (?:voor|tijdens) een (?:dag|avond|middag)\b)"},
  {C::house_ad, L::pt, false,
   R"(^junte-se a (?:\d[\d.]*|centenas de|milhares de) [^.!?]* (?:para|num|em) (?:um dia|uma noite|uma tarde)\b)"},
  // A writer's own book: its launch, the preorder button and plea, a
  // reading or signing where the writer will be; a site's own first book
  // said to be out (a comma or the verb right after, so that "our first
  // book of the year" in a reading group's letter is not it).
  {C::house_ad, L::en, false,
   R"(my (?:first|debut|next|latest|second|third) (?:book|novel|memoir|cookbook|collection)\b[^.!?]*(?:is out|comes out|out (?:on|in|now)|publishes|is published|hits (?:shelves|bookshops|stores)|pre-?order))"
   R"(|^pre-?order (?:the|my|a|your) (?:book|copy|novel)\W*$|pre-?orders (?:make|matter|help)\b|i(?:'ll| will) be (?:reading|signing (?:books|copies)|in conversation) at\b)"
   R"(|\bour (?:first|debut|own) (?:book|cookbook|novel)(?:, [^.!?]*)? (?:is out|comes out|will be out|is published|publishes|hits (?:shelves|bookshops|stores)))"},
  {C::house_ad, L::de, false,
   R"(mein (?:erstes |neues |nächstes |zweites )?(?:buch|roman|kochbuch)\b[^.!?]*(?:erscheint|ist (?:da|erschienen)|vorbestell))"
   R"(|^(?:das buch |mein buch )?(?:jetzt )?vorbestellen\W*$|vorbestellungen (?:helfen|machen|zählen)\b|ich (?:lese|signiere) (?:am \d|in der buchhandlung|bei)\b)"
   R"(|\bunser (?:erstes|eigenes) (?:buch|kochbuch|backbuch)(?:, [^.!?]*)? (?:erscheint|ist (?:jetzt )?(?:da|erschienen)))"},
  {C::house_ad, L::fr, false,
   R"(mon (?:premier |nouveau |prochain |deuxième )?(?:livre|roman|essai)\b[^.!?]*(?:sort|paraît|paraîtra|sortira|est (?:sorti|paru|disponible)|précommand))"
   R"(|^précommander (?:le|mon) livre\W*$|les précommandes (?:comptent|aident)\b|je serai en (?:dédicace|lecture) (?:à|chez)(?:[^\pL\pN]|$))"
   R"(|\bnotre (?:premier|propre) (?:livre|livre de cuisine|livre de recettes)(?:, [^.!?]*)? (?:sort|paraît|paraîtra|sortira|est (?:sorti|paru|disponible)))"},
  {C::house_ad, L::es, false,
   R"(mi (?:primer |nuevo |próximo |segundo )?(?:libro|novela|ensayo)\b[^.!?]*(?:sale|saldrá|se publica|ya está (?:a la venta|disponible)|preventa))"
   R"(|^reserva (?:el|mi) libro\W*$|las preventas (?:importan|ayudan)\b|estaré firmando (?:libros|ejemplares)\b)"
   R"(|\bnuestro (?:primer|propio) (?:libro|recetario|libro de cocina)(?:, [^.!?]*)? (?:sale|saldrá|se publica|ya está (?:a la venta|disponible)))"},
  {C::house_ad, L::it, false,
   R"(il mio (?:primo |nuovo |prossimo |secondo )?(?:libro|romanzo|saggio)\b[^.!?]*(?:esce|uscirà|è uscito|è in libreria|è disponibile|preordin))"
   R"(|^preordina (?:il|il mio) libro\W*$|i preordini (?:contano|aiutano)\b|sarò a firmare (?:copie|il libro)\b)"
   R"(|\bil nostro (?:primo|nuovo) (?:libro|ricettario|libro di cucina)(?:, [^.!?]*)? (?:esce|uscirà|è uscito|è in libreria|arriva in libreria))"},
  {C::house_ad, L::nl, false,
   R"(mijn (?:eerste |nieuwe |volgende |tweede )?(?:boek|roman)\b[^.!?]*(?:verschijnt|is (?:uit|verschenen)|ligt (?:vanaf|nu) in de winkel|voorbestel))"
   R"(|^bestel (?:het|mijn) boek vooraf\W*$|voorbestellingen (?:helpen|maken)\b|ik signeer (?:in|bij)\b)"
   R"(|\bons (?:eerste|eigen) (?:boek|kookboek)(?:, [^.!?]*)? (?:verschijnt|is (?:nu )?(?:uit|verschenen)|ligt (?:vanaf|nu) in de winkel))"},
  {C::house_ad, L::pt, false,
   R"(meu (?:primeiro |novo |próximo |segundo )?(?:livro|romance)\b[^.!?]*(?:sai|sairá|chega às livrarias|já está (?:à venda|disponível)|pré-venda))"
   R"(|^(?:reserve|encomende) (?:o|o meu) livro\W*$|as pré-vendas (?:importam|ajudam)\b|estarei autografando\b)"
   R"(|\b(?:o )?nosso (?:primeiro|próprio) (?:livro|livro de receitas)(?:, [^.!?]*)? (?:sai|sairá|chega às livrarias|já está (?:à venda|disponível)))"},

  // A conference's call for talks in the organiser's own letter: the call
  // declared open, and the plea to send a talk by a date.
  {C::house_ad, L::en, false,
   R"((?:call for (?:papers|proposals|speakers|talks|presentations)|cfp) (?:is|are) (?:now )?open\b)"
   R"(|submit (?:a|your) (?:[^.!?]{0,25} )?(?:talk|session|workshop|abstract|proposal) (?:by|before|until)\b)"},
  {C::house_ad, L::de, false,
   R"((?:call for (?:papers|proposals|speakers)|cfp) (?:ist|läuft) (?:jetzt |noch |ab sofort )?(?:offen|geöffnet|eröffnet)\b)"
   R"(|(?:reiche|reicht|reichen sie) (?:deinen|euren|ihren|einen) (?:vortrag|talk|workshop)[^.!?]{0,40} ein\b)"},
  {C::house_ad, L::fr, false,
   R"(appel (?:à|aux) (?:communications|propositions|conférenciers|orateurs|intervenants|contributions) (?:est )?(?:ouvert|lancé)(?:[^\pL\pN]|$))"
   R"(|(?:soumettez|proposez|soumets|propose) (?:votre|ta|une) (?:conférence|intervention|proposition de talk|talk)\b)"},
  {C::house_ad, L::es, false,
   R"((?:convocatoria|llamada) (?:de|a) (?:ponencias|charlas|propuestas|ponentes|comunicaciones) (?:ya )?(?:está )?abierta\b)"
   R"(|(?:envía|envia|presenta|manda) (?:tu|una|su) (?:charla|ponencia|propuesta de charla)\b)"},
  {C::house_ad, L::it, false,
   R"(call for (?:papers|proposals|speakers) (?:è|e) (?:ora )?aperta\b|(?:è|si è) aperta la call for (?:papers|proposals|speakers)\b)"
   R"(|(?:invia|proponi|candida) (?:il tuo|la tua|un|una) (?:talk|intervento|proposta di (?:talk|intervento))\b)"},
  {C::house_ad, L::nl, false,
   R"((?:call for (?:papers|proposals|speakers)|cfp) is (?:nu )?(?:open|geopend)\b)"
   R"(|dien (?:je|jouw|uw) (?:talk|sessie|voorstel|presentatie)[^.!?]{0,40} in\b)"},
  {C::house_ad, L::pt, false,
   R"((?:chamada|convocatória) (?:de|para) (?:trabalhos|palestras|propostas|palestrantes) (?:já )?(?:está )?aberta\b)"
   R"(|(?:envie|submeta|submete|envia) (?:a sua|sua|a tua|tua|uma) (?:palestra|proposta de palestra)\b)"},

  // The writer's book announced as nearly here, and the heading over a
  // list of other writers' newsletters the writer reads and recommends.
  {C::house_ad, L::en, false,
   R"(\bmy (?:new |first |next )?(?:book|novel|cookbook) is (?:almost|nearly) (?:here|out|ready)\b|^(?:other )?newsletters (?:i|we) (?:read|love|recommend|subscribe to)\b)"},
  {C::house_ad, L::de, false,
   R"(\bmein (?:neues |erstes |nächstes )?(?:buch|kochbuch|roman) ist (?:fast|bald|beinahe) (?:da|fertig)\b|^(?:andere )?newsletter,? die (?:ich|wir) (?:lese|lesen|empfehle|empfehlen|abonniert habe)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bmon (?:nouveau |premier |prochain )?(?:livre|roman) (?:arrive bientôt|est presque (?:là|prêt))|^(?:d'autres |les )?(?:lettres|newsletters) que (?:je lis|j'aime|je recommande|nous recommandons)\b)"},
  {C::house_ad, L::es, false,
   R"(\bmi (?:nuevo |primer |próximo )?(?:libro|recetario|novela) (?:está a punto de (?:llegar|salir)|llega pronto|ya casi está aquí)|^(?:otros |otras )?(?:boletines|newsletters) que (?:leo|recomiendo|sigo)\b)"},
  {C::house_ad, L::it, false,
   R"(\bil mio (?:nuovo |primo |prossimo )?(?:libro|romanzo|ricettario) (?:sta per (?:arrivare|uscire)|arriva presto|è quasi pronto)|^(?:altre )?newsletter che (?:leggo|consiglio|seguo)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bmijn (?:nieuwe |eerste |volgende )?(?:boek|kookboek|roman) is (?:bijna|binnenkort) (?:klaar|uit|daar)\b|^(?:andere )?nieuwsbrieven die (?:ik|wij) (?:lees|lezen|aanraad|aanraden|volg)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:o )?meu (?:novo |primeiro |próximo )?(?:livro|romance) (?:está quase a (?:chegar|sair)|está prestes a (?:chegar|sair)|chega em breve)|^(?:outras )?newsletters que (?:leio|recomendo|sigo)\b)"},
  // A directory the sender keeps of tools, apps or products ("Browse all
  // 3,000+ tools in our directory").
  {C::house_ad, L::en, false,
   R"((?:browse|explore|search|see|discover) (?:all |over |more than )?(?:(?:the|our) )?[\d,.]+\+? (?:[\pL-]+ ){0,3}(?:in|on|from) (?:the|our) (?:[\pL-]+ ){0,2}directory)"
   R"(|submit (?:it|yours|your (?:[\pL-]+ )?(?:tool|app|product|startup)) to (?:the|our) (?:[\pL-]+ )?directory)"},
  {C::house_ad, L::de, false, R"((?:alle|über|mehr als) [\d.]+\+? (?:[\pL-]+ ){0,3}(?:in|aus) (?:unserem|dem) (?:[\pL-]+ )?verzeichnis)"},
  {C::house_ad, L::fr, false, R"((?:parcourez|explorez|découvrez) (?:les |nos |plus de )?[\d .]+\+? (?:[\pL-]+ ){0,3}(?:de|dans) (?:notre|l') ?annuaire)"},
  {C::house_ad, L::es, false, R"((?:explora|descubre|consulta) (?:las |los |nuestras |nuestros |más de )?[\d.]+\+? (?:[\pL-]+ ){0,3}(?:de|en) (?:nuestro|el) directorio)"},
  {C::house_ad, L::it, false, R"((?:sfoglia|esplora|scopri) (?:tutti |tutte |gli |le |i |oltre )*[\d.]+\+? (?:[\pL-]+ ){0,3}(?:nella nostra|nel nostro|della nostra|del nostro) (?:directory|catalogo|elenco))"},
  {C::house_ad, L::nl, false, R"((?:bekijk|ontdek|doorzoek) (?:alle |ruim |meer dan )?[\d.]+\+? (?:[\pL-]+ ){0,3}in (?:onze|de) (?:[\pL-]+ )?(?:directory|gids|database))"},
  {C::house_ad, L::pt, false, R"((?:explore|veja|descubra) (?:as |os |todas as |todos os |mais de )?[\d.]+\+? (?:[\pL-]+ ){0,3}(?:do|no|de) (?:nosso )?diretório)"},
  // A brand's subscription: the saving on every delivery and the promise
  // that it can be skipped or cancelled; points in a currency of its own
  // for every unit spent, and what a balance is worth off the next order.
  {C::house_ad, L::en, false,
   R"(save (?:up to )?\d+ ?% on (?:every|each|all (?:future|your)) (?:deliver(?:y|ies)|orders?|shipments?|box(?:es)?|refills?)\b)"
   R"(|(?:skip|pause|swap)(?:,? (?:skip|pause|swap))*,? (?:or )?cancel (?:any ?time|at any time|whenever)\b)"
   R"(|earn (?:\d+|double|triple) [\pL-]+ (?:for|on|per) (?:every|each) (?:[$£€] ?\d+|dollar|pound|euro)\b|(?:that's|that is|worth) [$£€] ?\d+ off your next (?:order|purchase|box|visit)\b)"},
  {C::house_ad, L::de, false,
   R"(spar(?:e|en sie|st du)? \d+ ?% (?:auf|bei) jede[rn]? (?:lieferung|bestellung|box)\b|(?:pausieren|aussetzen|tauschen)(?:,? (?:pausieren|aussetzen|tauschen))*,? oder kündigen\b)"
   R"(|(?:sammle|sammeln sie|erhalte|erhalten sie) \d+ [\pL-]+ (?:für|pro) (?:jeden|jedes) (?:€|euro)|(?:das sind|entspricht) \d+ ?(?:€|euro) (?:rabatt )?auf (?:deine|ihre) nächste bestellung)"},
  {C::house_ad, L::fr, false,
   R"(économisez \d+ ?% sur chaque (?:livraison|commande|box)\b|(?:sautez|suspendez|changez)(?:,? (?:sautez|suspendez|changez))*,? ou (?:annulez|résiliez) à tout moment)"
   R"(|(?:gagnez|cumulez) \d+ [\pL-]+ (?:pour|par) (?:chaque )?(?:€|euro)|(?:soit|qui vaut|équivaut à) \d+ ?€ (?:de réduction )?sur (?:votre|ta) prochaine commande)"},
  {C::house_ad, L::es, false,
   R"(ahorra (?:un |el )?\d+ ?% en cada (?:entrega|envío|pedido|caja)\b|(?:pausa|salta|cambia)(?:,? (?:pausa|salta|cambia))*,? o cancela cuando quieras)"
   R"(|(?:gana|acumula) \d+ [\pL-]+ por cada (?:€|euro|dólar)|(?:son|equivale a|eso es) \d+ ?€ (?:de descuento )?en (?:tu|su) próximo pedido)"},
  {C::house_ad, L::it, false,
   R"(risparmia (?:il )?\d+ ?% su ogni (?:consegna|spedizione|ordine|box)\b|(?:salta|sospendi|cambia)(?:,? (?:salta|sospendi|cambia))*,? o (?:annulla|disdici) quando vuoi)"
   R"(|(?:guadagna|accumula) \d+ [\pL-]+ (?:per ogni|ogni) (?:€|euro)|(?:sono|pari a|vale) \d+ ?€ (?:di sconto )?sul (?:tuo )?prossimo ordine)"},
  {C::house_ad, L::nl, false,
   R"(bespaar \d+ ?% op elke (?:levering|bestelling|box|zending)\b|(?:pauzeer|wissel)(?:,? (?:pauzeer|wissel))*,? of zeg (?:op elk moment|altijd) op\b)"
   R"(|(?:verdien|spaar) \d+ [\pL-]+ (?:voor|per) (?:elke )?(?:€|euro)|(?:dat is|goed voor) € ?\d+ korting op (?:je|uw) volgende bestelling)"},
  {C::house_ad, L::pt, false,
   R"(economize \d+ ?% em cada (?:entrega|envio|pedido|caixa)\b|(?:pause|pule|troque)(?:,? (?:pause|pule|troque))*,? ou cancele quando quiser)"
   R"(|(?:ganhe|acumule) \d+ [\pL-]+ (?:por cada|a cada) (?:r\$ ?\d+|€|euro|real)|(?:são|equivale a|vale) (?:r\$|€) ?\d+ (?:de desconto )?(?:na|no) (?:sua |seu )?próxim[oa] (?:compra|pedido))"},
  // A shop's standing perks and badges: free samples with every order, its
  // rating on a review site, its app, a code under "Your coupon:", and a
  // members' programme (not a member yet, a yearly dividend, trade-ins for
  // credit).
  {C::house_ad, L::en, false,
   R"(with every order:? (?:[\pL-]+ ){0,2}free samples?|free samples? (?:with|in) every order|\d[.,]\d ?(?:/|out of) ?5\b[^.!?]{0,30}?(?:over |more than )?[\d,.]+k?\+? (?:verified )?(?:customer )?(?:reviews|ratings)\b)"
   R"(|^(?:get|download) the [\pL-]+ app and\b|^(?:your )?(?:coupon|voucher|discount|promo) code ?: ?[\pL\pN-]{4,})"
   R"(|^not a member yet\?|earn an? \d+ ?% (?:annual |yearly )?(?:member )?(?:dividend|rebate)\b|^join the co-?op\W*$|trade in your (?:used |old )?[\pL ]{1,20}? for (?:store )?credit\b|lifetime membership (?:is|costs) [$£€] ?\d)"},
  {C::house_ad, L::de, false,
   R"(zu jeder bestellung:? (?:[\pL-]+ ){0,2}gratisprobe|gratisproben? (?:zu|bei) jeder bestellung|\d[.,]\d (?:von|/) ?5\b[^.!?]{0,20}?(?:über |mehr als )?[\d.]+ (?:kunden)?bewertungen\b)"
   R"(|^[\pL-]+-app (?:laden|herunterladen|installieren)\b|^(?:ihr|dein) (?:gutschein|gutscheincode|rabattcode) ?: ?[\pL\pN-]{4,})"
   R"(|^noch kein mitglied\?|jährliche (?:\d+ ?% )?(?:mitglieder)?(?:dividende|rückvergütung)|(?:tausche|tauschen sie) (?:deine|ihre) gebrauchte[n]? [\pL-]+ gegen)"},
  {C::house_ad, L::fr, false,
   R"(échantillons? (?:offerts?|gratuits?) (?:avec|pour|à) chaque commande|\d[.,]\d ?(?:/|sur) ?5\b[^.!?]{0,20}?(?:plus de )?[\d .]+ avis\b)"
   R"(|^télécharge[rz]? l'app(?:li(?:cation)?)? [\pL-]+ et\b|^(?:votre|ton) code (?:promo|de réduction) ?: ?[\pL\pN-]{4,})"
   R"(|^pas encore (?:membre|adhérent|sociétaire) ?\?|ristourne annuelle de \d+ ?%|(?:échangez|rapportez) (?:votre|vos) [\pL ]{1,20}? d'occasion contre un (?:bon d'achat|avoir))"},
  {C::house_ad, L::es, false,
   R"(muestras? (?:gratis|gratuitas?) (?:con|en) cada pedido|\d[.,]\d (?:de|/|sobre) ?5\b[^.!?]{0,20}?(?:más de )?[\d.]+ (?:opiniones|reseñas|valoraciones)\b)"
   R"(|^descarga la app (?:de )?[\pL-]+ y\b|^(?:tu|su) (?:código|cupón)(?: de descuento| promocional)? ?: ?[\pL\pN-]{4,})"
   R"(|^¿?(?:aún|todavía) no eres (?:socio|miembro)\?|retorno anual del \d+ ?%|entrega tu [\pL ]{1,20}? usad[oa] a cambio de (?:crédito|un vale))"},
  {C::house_ad, L::it, false,
   R"(campion(?:e|i) omaggio (?:con|in|per) ogni ordine|\d[.,]\d (?:su|/) ?5\b[^.!?]{0,20}?(?:oltre )?[\d.]+ (?:recensioni|valutazioni)\b)"
   R"(|^scarica l'app [\pL-]+ e\b|^(?:il tuo|il suo) (?:codice sconto|coupon|buono) ?: ?[\pL\pN-]{4,})"
   R"(|^non sei ancora (?:socio|membro)\?|ristorno annuale del \d+ ?%|permuta (?:il tuo|la tua) [\pL ]{1,20}? usat[oa] in cambio di)"},
  {C::house_ad, L::nl, false,
   R"(gratis (?:proefjes?|samples?|monsters?) bij (?:elke|iedere) bestelling|\d[.,]\d (?:van de|uit|/) ?5\b[^.!?]{0,20}?(?:meer dan |ruim )?[\d.]+ (?:beoordelingen|reviews)\b)"
   R"(|^download de [\pL-]+-?app en\b|^(?:je|jouw|uw) (?:kortingscode|couponcode|waardebon) ?: ?[\pL\pN-]{4,})"
   R"(|^nog geen lid\?|jaarlijkse (?:leden)?(?:korting|terugbetaling) van \d+ ?%|ruil (?:je|uw) (?:gebruikte|oude) [\pL ]{1,20}? in voor (?:tegoed|een tegoedbon))"},
  {C::house_ad, L::pt, false,
   R"(amostras? (?:grátis|gratuitas?) em (?:cada|todas as) (?:compras?|pedidos?|encomendas?)|\d[.,]\d (?:de|/) ?5\b[^.!?]{0,20}?(?:mais de )?[\d.]+ (?:avaliações|opiniões)\b)"
   R"(|^(?:baixe|descarregue) (?:o|a) app [\pL-]+ e\b|^(?:o seu|seu|teu) (?:cupom|cupão|código de desconto) ?: ?[\pL\pN-]{4,})"
   R"(|^ainda não é (?:sócio|membro|associado)\?|retorno anual de \d+ ?%|troque (?:seu|o seu) [\pL ]{1,20}? usad[oa] por (?:crédito|um vale))"},
  // A partner's product with its price in a seller's mail ("with the
  // package of our partner Acme, from 29 €").
  {C::house_ad, L::en, false, R"(\bour (?:[\pL-]+ )?partner\b[^.!?]*(?:from|for only|for just|only) [$£€] ?\d)"},
  {C::house_ad, L::de, false, R"(unseres (?:[\pL-]+)?partners\b[^.!?]*(?:ab|für nur|nur|für) \d+(?:,\d+)? ?(?:€|euro))"},
  {C::house_ad, L::fr, false, R"((?:de|avec) notre partenaire\b[^.!?]*(?:dès|à partir de|pour seulement|seulement) \d+(?:,\d+)? ?(?:€|euros))"},
  {C::house_ad, L::es, false, R"((?:de|con) nuestro (?:socio|partner|colaborador)\b[^.!?]*(?:desde|por solo|solo) \d+(?:,\d+)? ?(?:€|euros))"},
  {C::house_ad, L::it, false, R"((?:del|con il) nostro partner\b[^.!?]*(?:da|a partire da|a soli|solo) \d+(?:,\d+)? ?(?:€|euro))"},
  {C::house_ad, L::nl, false, R"((?:van|met) onze partner\b[^.!?]*(?:vanaf|voor maar|voor slechts) € ?\d+)"},
  {C::house_ad, L::pt, false, R"((?:do|com o) nosso parceiro\b[^.!?]*(?:a partir de|por apenas|apenas|desde) (?:(?:€|r\$) ?\d|\d+(?:,\d+)? ?€))"},
  // A retailer's catalogue to leaf through ("Jetzt im Prospekt blättern",
  // "Browse our new catalogue").
  {C::house_ad, L::en, false, R"((?:browse|flip through|leaf through|view) (?:the|our) (?:new |latest |current |digital |online )?(?:catalog(?:ue)?|brochure|weekly ad|flyer|circular)\b)"},
  {C::house_ad, L::de, false, R"((?:im|durch den|durch unseren) (?:neuen |aktuellen |digitalen )?(?:prospekt|katalog|flyer) blättern|(?:prospekt|katalog) (?:online )?(?:ansehen|durchblättern)\W*$)"},
  {C::house_ad, L::fr, false, R"(feuillet(?:ez|er) (?:le|notre) (?:nouveau |dernier )?(?:catalogue|prospectus|brochure))"},
  {C::house_ad, L::es, false, R"((?:hojea|ojea|consulta|descubre) (?:el|nuestro) (?:nuevo |último )?(?:catálogo|folleto)\b)"},
  {C::house_ad, L::it, false, R"(sfoglia (?:il|il nostro) (?:nuovo |ultimo )?(?:catalogo|volantino)\b)"},
  {C::house_ad, L::nl, false, R"((?:blader door|bekijk) (?:de|onze) (?:nieuwe |actuele )?(?:folder|catalogus|brochure)\b)"},
  {C::house_ad, L::pt, false, R"((?:folheie|folheia|consulte|veja) (?:o|o nosso|nosso) (?:novo |último )?(?:catálogo|folheto)\b)"},
  // A discount code to type at the checkout, a supplies subscription that
  // delivers before the reader runs out, and a school's enrolment pitch:
  // financial aid for those who qualify, an enrolment advisor to call,
  // "enrol by ... and save".
  {C::house_ad, L::en, false,
   R"((?:enter|use|apply) (?:the )?(?:promo(?:tion(?:al)?)? |coupon |discount |offer )?code [a-z0-9-]+ (?:at checkout|in (?:your|the) (?:cart|basket)))"
   R"(|(?:delivered|shipped|sent) (?:to you )?(?:automatically )?before you run out|never run out of (?:ink|toner|paper|coffee|filters))"
   R"(|financial aid (?:is |are )?available|(?:payment plans|scholarships)\b[^.!?]{0,40}available to (?:those|students|all) who qualify)"
   R"(|(?:call|contact|speak (?:to|with)|talk to) (?:an?|our) (?:enrol(?:l)?ment|admissions?) (?:advisor|adviser|counselor|counsellor|representative)s?|enrol(?:l)? (?:by|before) [\pL]+ \d{1,2}(?:st|nd|rd|th)? and save)"},
  {C::house_ad, L::de, false,
   R"((?:gib|geben sie|nutze|nutzen sie) (?:den |deinen |ihren )?(?:gutschein|rabatt|aktions)?code [a-z0-9-]+ (?:an der kasse|im warenkorb|bei der bestellung))"
   R"(|geliefert,? bevor (?:ihnen|dir) (?:die|der|das) [\pL]+ ausgeh|nie wieder ohne (?:tinte|toner|papier|kaffee))"
   R"(|(?:ratenzahlung|finanzierung|förderung|stipendien) (?:ist |sind )?(?:möglich|verfügbar)|(?:rufen sie|ruf) (?:unsere |unseren )?(?:studienberat|bildungsberat|zulassungsberat)[\pL]*|jetzt (?:anmelden|einschreiben) und [^.!?]{0,30}sparen)"},
  {C::house_ad, L::fr, false,
   R"((?:saisissez|entrez|utilisez|saisis|entre|utilise) le code [a-z0-9-]+ (?:lors de (?:votre|ta) commande|dans (?:votre|ton) panier|au moment du paiement))"
   R"(|livrée?s? avant (?:que vous (?:ne )?soyez|d'être) à court|ne (?:soyez|sois) plus jamais à court)"
   R"(|facilités de paiement|(?:bourses|aides financières) (?:sont )?disponibles|(?:appelez|contactez) (?:un|une|nos) conseill(?:er|ère)s? (?:aux inscriptions|en formation|pédagogiques?)|inscrivez-vous avant le \d+ [\pL]+ et économisez)"},
  {C::house_ad, L::es, false,
   R"((?:introduce|usa|utiliza|ingresa|introduzca|use|utilice) el código [a-z0-9-]+ (?:al pagar|en (?:tu|su|el) (?:carrito|cesta|pedido)))"
   R"(|(?:te|le) (?:lo )?(?:enviamos|entregamos) antes de que se (?:te|le) (?:acabe|agote)|nunca más sin (?:tinta|tóner|café))"
   R"(|(?:facilidades de pago|becas|ayudas? financieras?) (?:disponibles|están disponibles)|(?:llama|llame|contacta|contacte) a (?:un|una|nuestros?) asesor(?:a|es)? (?:de admisiones|de matrícula|académic[oa]s?)|matricúlate antes del \d+)"},
  {C::house_ad, L::it, false,
   R"((?:inserisci|usa|utilizza|inserite|usate) il codice [a-z0-9-]+ (?:al momento del pagamento|nel carrello|alla cassa))"
   R"(|(?:consegnat[ie]|spedit[ie]) prima che (?:tu )?(?:resti|rimanga|restiate) senza|mai più senza (?:inchiostro|toner|caffè))"
   R"(|(?:pagamento rateale|borse di studio|finanziamenti) (?:sono |è )?disponibil[ie]|(?:chiama|contatta|chiamate|contattate) (?:un|una|i nostri) consulent[ei] (?:per le iscrizioni|di orientamento|didattic[oi])|iscriviti entro il \d+)"},
  {C::house_ad, L::nl, false,
   R"((?:gebruik|voer) (?:de )?(?:kortings)?code [a-z0-9-]+ (?:in )?(?:bij het afrekenen|in je winkelwagen|in uw winkelwagen))"
   R"(|(?:geleverd|bezorgd) voordat (?:je|u) (?:zonder|door je|door uw) [\pL ]{0,20}(?:zit|heen bent|raakt)|nooit meer zonder (?:inkt|toner|koffie))"
   R"(|(?:betalen in termijnen|gespreid betalen|beurzen) (?:is |zijn )?mogelijk|(?:bel|neem contact op met) (?:een|onze) (?:studieadviseur|opleidingsadviseur)s?|schrijf (?:je|u) (?:nu )?in vóór \d+)"},
  {C::house_ad, L::pt, false,
   R"((?:use|insira|utilize|digite) o código [a-z0-9-]+ (?:no checkout|no carrinho|ao finalizar))"
   R"(|(?:entregues?|enviad[oa]s?) antes que (?:você fique|fique|acabe)|nunca mais fique sem (?:tinta|toner|café))"
   R"(|(?:bolsas de estudo|pagamento parcelado|financiamento estudantil) (?:estão |está )?disponíve(?:l|is)|(?:ligue|fale) (?:para|com) (?:um|uma|nossos?) consultor(?:a|es)? (?:de matrículas|acadêmic[oa]s?|académic[oa]s?)|matricule-se até \d+)"},
  // A game's or a book's pre-order with its bonus or a signed copy (or a box that opens by
  // asking to pre-order a record from a shop), the card charged only
  // when it ships, ordering direct from the publisher to save, and a free month for every friend or neighbour
  // who signs up.
  {C::house_ad, L::en, false,
   R"(pre-?order (?:now|today|yours|your copy)\b|pre-?order (?:a|your) (?:signed|personali[sz]ed|numbered|dedicated) (?:copy|edition)\b|pre-?order [^.!?]{0,40}\band (?:get|receive)\b|^pre-?order [^.!?]{1,60}? (?:from|at)\b|(?:your card|you) (?:is|are|will) not (?:be )?charged until)"
   R"(|order (?:direct(?:ly)?|from us) and save|save \d+ ?% (?:off )?(?:the )?(?:list|cover) price)"
   R"(|for (?:every|each) (?:friend|neighbou?r|colleague|relative)\b[^.!?]{0,60}\b(?:signs? up|joins|subscribes|orders)\b|refer a (?:neighbou?r|colleague|relative)\b)"},
  {C::house_ad, L::de, false,
   R"(jetzt vorbestellen|\b(?:ein|dein|ihr|euer) (?:signiertes|handsigniertes|nummeriertes) exemplar vorbestellen|\b(?:bestelle|bestellen sie|bestellt) (?:jetzt )?(?:ein|dein|ihr|euer) (?:signiertes|handsigniertes|nummeriertes) exemplar vor\b|vorbestellen und [^.!?]{0,30}(?:erhalten|sichern)|^(?:jetzt )?vorbestellen (?:bei|im|unter)\b|(?:ihre karte|sie) (?:wird|werden) erst (?:bei|mit) (?:dem )?(?:versand|auslieferung) belastet)"
   R"(|direkt (?:beim verlag |bei uns )?bestellen und [^.!?]{0,20}sparen)"
   R"(|für jede[nrs]? (?:freund|freundin|nachbar|nachbarin|kollegen|kollegin)[^.!?]{0,60}(?:anmeldet|abschließt|bestellt)|(?:empfehlen sie|empfiehl) (?:uns )?(?:ihren|deinen|ihrer|deiner) (?:nachbar|kolleg))"},
  {C::house_ad, L::fr, false,
   R"(précommandez(?:-le|-la)? (?:dès maintenant|maintenant|dès aujourd'hui)|précommandez(?: dès maintenant)? (?:un|votre) exemplaire (?:dédicacé|signé|numéroté)|précommandez [^.!?]{0,40}et (?:recevez|obtenez)|^précommandez [^.!?]{1,60}? (?:sur|chez)\b|(?:ne sera|n'est) débitée? qu'à l'expédition)"
   R"(|commandez directement (?:chez nous )?et économisez)"
   R"(|pour chaque (?:ami|amie|voisin|voisine|collègue)[^.!?]{0,60}(?:s'inscrit|s'abonne|commande)|parrainez un (?:voisin|collègue|proche))"},
  {C::house_ad, L::es, false,
   R"(reserva (?:ya|ahora) tu (?:copia|ejemplar|juego)|(?:reserva|precompra)(?: ya| ahora)? (?:un|tu) ejemplar (?:firmado|dedicado|numerado)|(?:precompra|reserva) [^.!?]{0,40}y (?:recibe|consigue|llévate)|^precompra [^.!?]{1,60}? en\b|no se (?:te|le) cobrará hasta (?:que se envíe|el envío))"
   R"(|pide directamente (?:a nosotros )?y ahorra)"
   R"(|por cada (?:amigo|amiga|vecino|vecina|compañero)[^.!?]{0,60}(?:se suscriba|se registre|se apunte|contrate)|recomienda a un (?:vecino|compañero|familiar))"},
  {C::house_ad, L::it, false,
   R"(preordina(?:lo|la)? (?:ora|subito|adesso)|preordina(?: ora| subito)? (?:una|la tua) copia (?:autografata|firmata|numerata|con dedica)|preordina [^.!?]{0,40}e (?:ricevi|ottieni)|^preordina [^.!?]{1,60}? (?:su|da|presso)\b|(?:sarà|verrà) addebitat[ao] solo (?:alla|al momento della) spedizione)"
   R"(|ordina direttamente (?:da noi )?e risparmia)"
   R"(|per ogni (?:amico|amica|vicino|vicina|collega)[^.!?]{0,60}(?:si iscrive|si abbona|ordina)|invita un (?:vicino|collega|parente))"},
  {C::house_ad, L::nl, false,
   R"((?:bestel|reserveer) (?:nu )?(?:alvast )?vooruit|(?:bestel|reserveer)(?: nu)?(?: alvast)? (?:een|je|uw) (?:gesigneerd|genummerd) exemplaar|pre-?order (?:nu|vandaag)|(?:pre-?order|bestel vooruit) [^.!?]{0,40}en (?:krijg|ontvang)|^(?:pre-?order|bestel vooruit) [^.!?]{1,60}? (?:bij|via)\b|(?:je|uw) (?:kaart|creditcard) wordt pas bij verzending belast)"
   R"(|bestel rechtstreeks (?:bij ons )?en bespaar)"
   R"(|voor (?:elke|iedere) (?:vriend|vriendin|buur|buurvrouw|collega)[^.!?]{0,60}(?:aanmeldt|abonneert|bestelt)|(?:breng|tip) een (?:buur|collega) aan)"},
  {C::house_ad, L::pt, false,
   R"(pré-encomende (?:já|agora)|(?:pré-encomende|reserve|encomende)(?: já| agora)? (?:um|o seu|seu) exemplar (?:autografado|assinado|numerado)|faça (?:já )?a sua pré-reserva|(?:pré-encomende|reserve) [^.!?]{0,40}e (?:receba|ganhe)|^pré-encomende [^.!?]{1,60}? (?:na|no|em)\b|(?:o (?:seu )?cartão )?só será (?:debitado|cobrado) (?:no envio|quando for enviado))"
   R"(|encomende diretamente (?:connosco |conosco )?e poupe)"
   R"(|por cada (?:amigo|amiga|vizinho|vizinha|colega)[^.!?]{0,60}(?:se inscrever|se registar|assinar|aderir)|indique um (?:vizinho|colega|familiar))"},
  // A shop's financing offer (0 % interest, so many monthly rates), a
  // newspaper's reader trips, a prize for answering a question, a
  // best-price promise, deals only in the app, a members'
  // discount and seats or a members' price for a seminar.
  {C::house_ad, L::en, false,
   R"(0 ?% apr\b|(?:pay|spread the cost) (?:in|over) (?:up to )?\d+ (?:easy |interest-free |equal )+(?:monthly )?(?:installments|instalments|payments)\b|\d+ months? (?:interest-free|no interest) (?:financing|credit))"
   R"(|reader (?:holidays|trips|tours|travel offers?)\b|readers' (?:holidays|trips|tours)\b)"
   R"(|answer (?:our|the|this) (?:[\pL-]+ )?question (?:and|to) (?:win|enter)\b)"
   R"(|best[- ]price guarantee|price[- ]match (?:guarantee|promise)|we(?:'ll| will) (?:refund|pay) (?:you )?the difference)"
   R"(|(?:exclusive|app-only) (?:in-)?app (?:deals|offers|prices)|app-only (?:deals|offers|prices))"
   R"(|[\pL-]*members (?:get|receive|enjoy|save) (?:this (?:month|week) |until [\pL\pN ]{3,20} )?(?:an? )?(?:extra )?\d+ ?(?:%|per ?cent) (?:off|discount)\b)"
   R"(|(?:book|reserve|secure|grab) your (?:seats?|places?|spots?) now\b|[$£€] ?\d+ for members (?:instead of|rather than))"},
  {C::house_ad, L::de, false,
   R"(0(?:,0+)? ?% effektive[mnr]? jahreszins|(?:jetzt in|in bis zu) \d+ (?:bequemen |zinsfreien |kleinen )?(?:monats)?raten|in \d+ (?:bequemen |zinsfreien |kleinen )(?:monats)?raten|(?:finanzierung|ratenkauf) ab 0)"
   R"(|leserreisen?\b|leser-reisen?\b)"
   R"(|(?:beantworte|beantwortet|beantworten sie) (?:unsere |die )?(?:[\pL-]+ )?[\pL-]*fragen? und (?:gewinne|gewinnt|gewinnen sie)\b)"
   R"(|bestpreis-?garantie|tiefpreis-?garantie|erstatten wir (?:ihnen |dir |euch )?die differenz)"
   R"(|exklusive app-(?:deals|angebote|rabatte|vorteile|preise))"
   R"(|[\pL-]*mitglieder(?:innen)? (?:erhalten|bekommen|sparen) (?:(?:jeweils|bis zu) )?\d+ ?(?:%|prozent) (?:rabatt|nachlass|ermäßigung))"
   R"(|jetzt [\pL-]*plätze (?:sichern|reservieren|buchen)|für [\pL-]*mitglieder(?:innen)? (?:nur )?\d+(?:[,.]\d+)? ?(?:€|eur|euro) statt)"},
  {C::house_ad, L::fr, false,
   R"((?:payez|payer|paiement|réglez) en (?:\d+ ?(?:x|fois)|trois fois|quatre fois|dix fois)\b|taeg (?:fixe )?(?:de )?0 ?%|crédit (?:gratuit|à 0 ?%))"
   R"(|voyages? (?:des |de nos |pour nos )?lecteurs\b|voyages-lecteurs)"
   R"(|répondez (?:à (?:notre|la) question|au quiz) et (?:gagnez|tentez)\b)"
   R"(|garantie (?:du )?meilleur prix|(?:nous vous|on vous|nous te|on te) rembours(?:ons|e) la différence)"
   R"(|offres exclusives (?:sur|dans|de) l'(?:app|appli|application)\b)"
   R"(|(?:les )?(?:adhérents|membres) (?:bénéficient|profitent) (?:d'une (?:remise|réduction) de|de) \d+ ?%)"
   R"(|réservez (?:dès maintenant )?(?:votre|vos) places?\b|\d+ ?€ pour les (?:adhérents|membres) au lieu de)"},
  {C::house_ad, L::es, false,
   R"((?:paga|pague|págalo|financia|financie) en (?:hasta )?\d+ (?:meses|cuotas|plazos)|\d+ (?:meses|cuotas|plazos) sin intereses|0 ?% tae\b)"
   R"(|viajes? (?:para|de|con) (?:nuestros )?lectores)"
   R"(|responde (?:a )?(?:nuestra|la|esta) pregunta y (?:gana|participa)\b)"
   R"(|garantía de(?:l)? mejor precio|(?:te|le|les) devolvemos la diferencia)"
   R"(|ofertas exclusivas (?:en|de) la (?:app|aplicación)\b)"
   R"(|(?:los )?(?:socios|miembros|asociados) (?:tienen|obtienen|disfrutan de) (?:un )?\d+ ?% de descuento)"
   R"(|reserva (?:ya )?tu plaza\b|\d+ ?€ para (?:socios|miembros|asociados) en lugar de)"},
  {C::house_ad, L::it, false,
   R"((?:paga|pagalo|paghi|pagate) in (?:comode )?\d+ rate|taeg (?:dello )?0 ?%)"
   R"(|viagg(?:i|io) (?:dei|per i|con i) (?:nostri )?lettori)"
   R"(|rispondi alla (?:nostra )?domanda e (?:vinci|partecipa)\b)"
   R"(|garanzia (?:del )?miglior prezzo|(?:ti|vi|le) rimborsiamo la differenza)"
   R"(|offerte esclusive (?:in|nell'|sull')app\b)"
   R"(|(?:i )?(?:soci|iscritti|associati) (?:hanno|ricevono|ottengono) (?:uno sconto del |il )\d+ ?%)"
   R"(|prenota (?:subito )?il tuo posto\b|\d+ ?€ per i (?:soci|iscritti|associati) anziché)"},
  {C::house_ad, L::nl, false,
   R"((?:betaal|betalen|gespreid betalen) in (?:\d+|drie|vier|tien) (?:maandelijkse )?termijnen|(?:0 ?% rente|renteloos) (?:betalen|lenen|financieren))"
   R"(|lezersreis(?:en)?\b)"
   R"(|beantwoord (?:de|onze|deze) (?:prijs)?vraag en (?:win|maak kans)\b)"
   R"(|laagsteprijsgarantie|beste-?prijsgarantie|(?:betalen|storten) (?:we|wij) (?:je|u) het verschil (?:terug|uit))"
   R"(|exclusieve app-(?:deals|aanbiedingen|kortingen))"
   R"(|leden (?:krijgen|ontvangen) (?:deze (?:maand|week) |tot [\pL\pN ]{3,20} )?\d+ ?(?:%|procent) korting)"
   R"(|reserveer (?:nu )?(?:je|uw) plaats\b|€ ?\d+ voor leden in plaats van)"},
  {C::house_ad, L::pt, false,
   R"((?:pague|pagar|parcele) em até \d+ ?(?:x|vezes|prestações|parcelas)|\d+ ?x sem juros|taeg (?:de )?0 ?%)"
   R"(|viage(?:m|ns) (?:para|de|dos|com) (?:os )?(?:nossos )?leitores)"
   R"(|responda (?:à|a) (?:nossa )?pergunta e (?:ganhe|habilite-se|concorra)\b)"
   R"(|garantia de melhor preço|(?:devolvemos|reembolsamos)(?:-lhe|-te)? a diferença)"
   R"(|ofertas exclusivas (?:na|da|no) (?:app|aplicativo|aplicação)\b)"
   R"(|(?:os )?(?:sócios|associados|membros) (?:têm|recebem|obtêm) \d+ ?% de desconto)"
   R"(|reserve (?:já )?o seu lugar\b|\d+ ?€ para (?:sócios|associados|membros) em vez de)"},
  // A game studio's asks around its devlog: the store wishlist and the
  // plea that wishlists help, the crowdfunding page to follow before it
  // goes live, the soundtrack or art book on a store.
  {C::house_ad, L::en, false,
   R"(^wishlist [^.!?]{1,40} (?:on|at) (?:steam|itch|the (?:eshop|playstation store|xbox store))\W*$|^add (?:it |us )?to your (?:steam )?wish ?list\W*$|\bwish ?lists? (?:are|is|really|truly) [^.!?]*\bhelps?\b)"
   R"(|(?:get notified|be notified|follow (?:us|the (?:project|campaign))) on (?:kickstarter|indiegogo|gamefound|backerkit)\W*$|\bour (?:kickstarter|indiegogo|gamefound|crowdfunding campaign) (?:goes live|launches|is live|opens)\b)"
   R"(|\b(?:original )?(?:soundtrack|ost|art ?book)\b[^.!?]*\b(?:out now|available now|now available|is out) on (?:bandcamp|steam|itch))"},
  {C::house_ad, L::de, false,
   R"(^(?:setz|setzt|setzen sie) [^.!?]{1,40} auf (?:deine|eure|ihre) (?:steam-)?wunschliste\W*$|^(?:auf die|zur) (?:steam-)?wunschliste(?: hinzufügen| setzen)?\W*$|\bwunschlisten?(?:-einträge)? (?:helfen|sind)\b[^.!?]*\b(?:hilf|wichtig))"
   R"(|(?:benachrichtigen lassen|folgt uns|folgen sie uns) auf (?:kickstarter|indiegogo|gamefound|startnext)\W*$|\bunsere (?:kickstarter|indiegogo|gamefound|startnext|crowdfunding)-kampagne (?:startet|geht live|läuft)\b)"
   R"(|\b(?:soundtrack|ost|artbook)\b[^.!?]*\b(?:jetzt|ab sofort) (?:auf|bei) (?:bandcamp|steam|itch))"},
  {C::house_ad, L::fr, false,
   R"(^ajoutez [^.!?]{1,40} à (?:votre|ta) liste de souhaits(?: steam)?\W*$|\bles (?:ajouts en )?listes? de souhaits (?:nous )?aident\b)"
   R"(|(?:soyez|sois) (?:prévenus?|notifiés?) (?:sur|du lancement sur) (?:kickstarter|ulule|gamefound|kisskissbankbank)|\bnotre (?:campagne )?(?:kickstarter|ulule|gamefound|de financement participatif) (?:démarre|commence|sera lancée|est en ligne)\b)"
   R"(|\b(?:bande originale|ost|artbook)\b[^.!?]*\bdisponible (?:dès maintenant )?sur (?:bandcamp|steam|itch))"},
  {C::house_ad, L::es, false,
   R"(^(?:añade|agrega|añadid) [^.!?]{1,40} a (?:tu|vuestra|su) lista de deseados(?: de steam)?\W*$|\blas listas de deseados (?:nos )?ayudan\b)"
   R"(|(?:recibe un aviso|entérate) (?:en|del lanzamiento en) (?:kickstarter|verkami|gamefound)|\bnuestr[oa] (?:campaña de )?(?:kickstarter|verkami|gamefound|micromecenazgo) (?:arranca|empieza|se lanza|ya está activa)\b)"
   R"(|\b(?:banda sonora|ost|libro de arte)\b[^.!?]*\bya (?:está )?disponible en (?:bandcamp|steam|itch))"},
  {C::house_ad, L::it, false,
   R"(^aggiungi [^.!?]{1,40} alla (?:tua )?lista dei desideri(?: di steam)?\W*$|\ble liste dei desideri (?:ci )?aiutano\b)"
   R"(|(?:ricevi una notifica|fatti avvisare) (?:su|al lancio su) (?:kickstarter|gamefound|produzioni dal basso)|\bla nostra (?:campagna )?(?:kickstarter|gamefound|di crowdfunding) (?:parte|inizia|è attiva|va online)\b)"
   R"(|\b(?:colonna sonora|ost|artbook)\b[^.!?]*\b(?:ora )?disponibile su (?:bandcamp|steam|itch))"},
  {C::house_ad, L::nl, false,
   R"(^(?:zet|plaats) [^.!?]{1,40} op (?:je|jouw|uw) (?:steam-)?verlanglijst(?:je)?\W*$|\bverlanglijst(?:jes|en)? (?:helpen|zijn)\b[^.!?]*\b(?:help|belangrijk))"
   R"(|(?:ontvang een melding|volg ons) op (?:kickstarter|indiegogo|gamefound)\W*$|\bonze (?:kickstarter|indiegogo|gamefound|crowdfunding)(?:-campagne)? (?:start|gaat live|is live)\b)"
   R"(|\b(?:soundtrack|ost|artbook)\b[^.!?]*\bnu (?:op|bij) (?:bandcamp|steam|itch))"},
  {C::house_ad, L::pt, false,
   R"(^(?:adicione|coloque) [^.!?]{1,40} (?:à|na) (?:sua )?lista de desejos(?: da steam)?\W*$|\bas listas de desejos (?:nos )?ajudam\b)"
   R"(|(?:seja avisado|receba um aviso) (?:no|do lançamento no) (?:kickstarter|catarse|gamefound)|\bnossa (?:campanha (?:no|de) )?(?:kickstarter|catarse|gamefound|financiamento coletivo) (?:começa|estreia|já está no ar)\b)"
   R"(|\b(?:trilha sonora|ost|artbook)\b[^.!?]*\bjá (?:está )?disponível (?:no|na) (?:bandcamp|steam|itch))"},
  // A creator's storefront of the things used in the post ("Shop my
  // kitchen", "the tools I actually use") and a pre-order bonus claimed
  // with the receipt.
  {C::house_ad, L::en, false,
   R"(^shop my (?:kitchen|pantry|favou?rites|picks|gear|tools|setup|studio|closet|home|storefront|must-haves|essentials)\b|^(?:the )?(?:tools|gear|products) i (?:actually |really )?use\b)"
   R"(|(?:forward|send|email) (?:me |us )?(?:your|the) (?:receipt|proof of purchase|order confirmation)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:meine|unsere) (?:lieblings-?)?(?:küchenhelfer|werkzeuge|produkte)(?:,? die ich (?:wirklich |tatsächlich )?(?:benutze|nutze))?\W*(?:shoppen|im shop)?\W*$|^(?:die )?(?:werkzeuge|produkte|küchenhelfer),? die ich (?:wirklich |tatsächlich )?(?:benutze|nutze)\b)"
   R"(|(?:schick|schickt|schicken sie|leite|leiten sie) (?:mir |uns )?(?:deinen|euren|ihren|deine|ihre) (?:kaufbeleg|kassenbon|bestellbestätigung|rechnung)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:les |mes )?(?:outils|ustensiles|produits) que j'utilise (?:vraiment|tous les jours)\b|^(?:ma boutique|mes indispensables) (?:cuisine|de cuisine)\W*$)"
   R"(|(?:envoyez|envoie|transférez|transfère)-(?:moi|nous) (?:votre|ta) (?:preuve d'achat|reçu|ticket de caisse|confirmation de commande)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:las |mis )?(?:herramientas|utensilios|productos) que (?:de verdad |realmente )?uso\b)"
   R"(|(?:reenvíame|envíame|envíanos|reenvíanos) (?:tu|el) (?:recibo|comprobante de compra|justificante de compra|confirmación del pedido)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:gli |i miei )?(?:strumenti|utensili|prodotti) che uso (?:davvero|ogni giorno)\b)"
   R"(|(?:inoltrami|inviami|mandami|inviaci|inoltraci) (?:la|lo) (?:ricevuta|scontrino|prova d'acquisto|conferma d'ordine)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:de |mijn )?(?:spullen|gereedschappen|producten|keukenspullen) die ik (?:echt |elke dag )?gebruik\b)"
   R"(|(?:stuur|mail) (?:me|ons) (?:je|jouw|uw) (?:aankoopbewijs|bon|bestelbevestiging)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:as |os |os meus |as minhas )?(?:ferramentas|utensílios|produtos) que (?:eu )?(?:realmente |de verdade )?uso\b)"
   R"(|(?:me envie|envie-me|encaminhe-me|me encaminhe|envie para mim) (?:o seu |seu |o )?(?:recibo|comprovante de compra|comprovante)\b)"},
  // The newsroom's own event with its reporters ("Join reporter Ana Ruiz
  // and the county's schools chief for a conversation ...") and a
  // vendor's walkthrough with live questions ("a 30-minute walkthrough
  // ..., with live Q&A").
  {C::house_ad, L::en, false,
   R"(^join (?:our |the )?(?:reporters?|editors?|columnists?|journalists?|newsroom|writers?|(?:product|customer success|support) team)\b[^.!?]* for (?:a|an|our) (?:live |free |in-person |virtual |\d+-minute )*(?:conversation|discussion|panel|chat|evening|walkthrough|demo|q ?& ?a)\b)"
   R"(|\b\d+-minute (?:live |product )?(?:walkthrough|demo)\b[^.!?]*\blive q ?& ?a\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:diskutieren sie|diskutiere|sprechen sie|kommen sie) mit (?:unsere[mrn]? )?(?:reporter(?:in)?|redakteur(?:in)?|redaktion|journalist(?:in)?|produktteam)\b[^.!?]*(?:gespräch|diskussion|abend|live)|\b\d+-minütige[nm]? (?:live-)?(?:demo|einführung|produktvorstellung)\b[^.!?]*\blive-fragerunde)"},
  {C::house_ad, L::fr, false,
   R"(^rejoignez (?:nos |notre )?(?:journalistes?|rédaction|reporters?|rédact(?:eur|rice)s?|équipe produit)\b[^.!?]* pour (?:une|un) (?:conversation|débat|échange|rencontre|démonstration)|\bdémonstration (?:en direct )?de \d+ minutes\b[^.!?]*\bquestions en direct)"},
  {C::house_ad, L::es, false,
   R"(^únete a (?:nuestr[oa]s? )?(?:periodistas?|reporter[oa]s?|redacción|editor[ae]s?|equipo de producto)\b[^.!?]* (?:para|en) (?:una|un) (?:conversación|charla|debate|encuentro|demostración)|\bdemostración (?:en directo |en vivo )?de \d+ minutos\b[^.!?]*\bpreguntas en (?:directo|vivo))"},
  {C::house_ad, L::it, false,
   R"(^unisciti (?:a|ai|alla|al) (?:nostri |nostra |nostro )?(?:giornalist[ie]|redazione|reporter|team di prodotto)\b[^.!?]* per (?:una|un) (?:conversazione|dibattito|incontro|chiacchierata|demo)|\bdemo (?:dal vivo )?di \d+ minuti\b[^.!?]*\bdomande dal vivo)"},
  {C::house_ad, L::nl, false,
   R"(^(?:praat mee met|kom naar|ontmoet) (?:onze |de )?(?:verslaggevers?|redactie|journalisten?|redacteuren?|productteam)\b[^.!?]*(?:gesprek|avond|debat|demo)|\bdemo van \d+ minuten\b[^.!?]*\blive vragen)"},
  {C::house_ad, L::pt, false,
   R"(^junte-se a (?:nossos |nossa |nosso )?(?:jornalistas?|repórteres?|redação|editor[ea]s?|equipe de produto)\b[^.!?]* (?:para|num|numa) (?:uma|um)? ?(?:conversa|debate|bate-papo|encontro|demonstração)|\bdemonstração (?:ao vivo )?de \d+ minutos\b[^.!?]*\bperguntas ao vivo)"},
  // A seller's own offers around its news: a store card's interest-free
  // months, a bank's loan or card ("ask about our home equity line"), a
  // vendor's upgrade pricing with its proof-of-ownership line, a course
  // priced per seat and the seat to reserve, a team's ticket packages and
  // group outings, a pre-order with a saving, a sweepstakes to enter.
  {C::house_ad, L::en, false,
   R"(\bno interest (?:for|until|if paid in full (?:within|in)) \d+ months\b|\bpurchases? of [$£€] ?\d[\d,.]* or more (?:made )?(?:with|on|using) your\b)"
   R"(|\bask (?:us )?about our [\pL -]{0,30}\b(?:line of credit|loans?|mortgages?|credit cards?|cd rates|savings accounts?)\b)"
   R"(|\bupgrade pricing (?:applies|is available|is for)\b|\bproof of (?:ownership|purchase) (?:of [^.!?]{0,30})?(?:is )?required\b|\border your upgrade\b|\bupgrade (?:to [\pL\d .]{1,20} )?(?:and|to) save\b)"
   R"(|\b(?:classes|courses?|workshops?|seminars?)\b[^.!?]{0,60}[$£€] ?\d[\d,.]* (?:per|a) seat\b|\b(?:to )?reserve (?:a|your) seat\b)"
   R"(|\b(?:season )?ticket (?:packages?|plans?|packs?) (?:are )?(?:on sale|available)\b|\bgroup (?:outings|sales|tickets|rates|packages) (?:of|for) \d+ or more\b)"
   R"(|\bpre-?order [^.!?]{0,60}\b(?:and|to) save\b)"
   R"(|\benter (?:the|our) [^.!?]{0,40}\b(?:sweepstakes|giveaway|contest)\b|\bgrand prize winners? (?:will )?(?:get|receive|wins?)\b)"},
  {C::house_ad, L::de, false,
   R"(\b\d+ monate (?:zinsfrei|ohne zinsen)\b|\b(?:0 ?% zinsen|zinsfrei) (?:für|über) \d+ monate\b|\bbei zahlung mit (?:ihrer|deiner) [\pL-]*karte\b)"
   R"(|\bfragen sie (?:uns )?nach (?:unserem|unserer|unseren) [\pL-]*(?:kredit|darlehen|baufinanzierung|kreditkarte)\b)"
   R"(|\bupgrade-?preis|\b(?:nachweis|kopie) (?:der|einer) (?:vorversion|vorgängerversion|lizenz) (?:ist )?erforderlich\b|\bjetzt (?:upgrade|update) bestellen\b)"
   R"(|\breservieren sie (?:ihren|einen) platz\b)"
   R"(|\b(?:dauerkarten|saisonkarten|ticketpakete) (?:sind )?(?:jetzt )?(?:im verkauf|erhältlich)\b|\bgruppen (?:ab|von) \d+ personen (?:erhalten|bekommen|zahlen)\b)"
   R"(|\bvorbestellen und [^.!?]{0,30}sparen\b)"
   R"(|\bhauptgewinn (?:winkt|wartet)\b|\bmachen sie (?:jetzt )?mit (?:beim|bei unserem) [\pL-]*gewinnspiel\b)"},
  {C::house_ad, L::fr, false,
   R"(\bsans (?:frais|intérêts?) pendant \d+ mois\b|\b\d+ mois sans (?:frais|intérêts?)\b|\b(?:réglés?|payés?) avec (?:votre|ta) carte [\pL-]+\b)"
   R"(|\brenseignez-vous sur (?:notre|nos) (?:prêts?|crédits?|offres? de prêt)\b)"
   R"(|\bprix (?:de (?:la )?)?mise à (?:jour|niveau)\b|\b(?:preuve|justificatif) d'achat de la version précédente\b|\bcommandez votre mise à (?:jour|niveau)\b)"
   R"(|\bréservez (?:une|votre) place\b)"
   R"(|\b(?:abonnements?|packs? billets?) (?:saison )?(?:sont )?(?:en vente|disponibles)\b|\bgroupes? de \d+ personnes (?:ou plus|et plus)\b)"
   R"(|\bprécommandez [^.!?]{0,60}\bet économisez\b)"
   R"(|\bparticipez (?:à notre|au) (?:grand )?jeu[- ]concours\b)"},
  {C::house_ad, L::es, false,
   R"(\bsin intereses durante \d+ meses\b|\b(?:pagando|al pagar) con (?:tu|su) tarjeta [\pL-]+\b)"
   R"(|\b(?:pregunte|pregunta|infórmate|infórmese) (?:por|sobre) nuestr[oa]s? (?:préstamos?|hipotecas?|créditos?|tarjetas? de crédito)\b)"
   R"(|\bprecio de actualización\b|\b(?:prueba|justificante) de compra de la versión anterior\b|\bpide tu actualización\b)"
   R"(|\breserva (?:tu|su) plaza\b)"
   R"(|\babonos (?:de temporada )?(?:ya )?(?:a la venta|disponibles)\b|\bgrupos de \d+ (?:personas )?o más\b)"
   R"(|\breserva [^.!?]{0,60}\by ahorra\b)"
   R"(|\bparticipa en (?:nuestro|el) sorteo\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:a )?(?:interessi zero|tasso zero|senza interessi) (?:per|in) \d+ mesi\b|\b\d+ mesi a (?:interessi zero|tasso zero)\b|\b(?:pagando|se paghi) con la (?:tua|sua) carta [\pL-]+\b)"
   R"(|\b(?:chiedi|chiedete|informati) (?:informazioni )?(?:sul nostro|sui nostri|sulla nostra) (?:prestiti?|mutu[oi]|carta di credito)\b)"
   R"(|\bprezzo (?:di |dell')aggiornamento\b|\bprova di acquisto della versione precedente\b|\bordina (?:il tuo |l')aggiornamento\b)"
   R"(|\bprenota (?:il tuo|un) posto\b)"
   R"(|\babbonamenti (?:stagionali )?(?:già )?(?:in vendita|disponibili)\b|\bgruppi di (?:almeno )?\d+ persone\b)"
   R"(|\bpreordina [^.!?]{0,60}\be risparmia\b)"
   R"(|\bpartecipa al (?:nostro )?concorso\b)"},
  {C::house_ad, L::nl, false,
   R"(\b\d+ maanden (?:rentevrij|zonder rente)\b|\b(?:rentevrij|zonder rente) (?:gespreid )?betalen\b|\bbetaalt met (?:je|uw) [\pL-]*kaart\b)"
   R"(|\bvraag (?:naar|ons naar) onze (?:lening|hypotheek|creditcard|kredietlijn)\b)"
   R"(|\bupgradeprijs\b|\baankoopbewijs van (?:de )?vorige versie\b|\bbestel (?:je|uw) upgrade\b)"
   R"(|\breserveer (?:je|uw|een) plek\b)"
   R"(|\bseizoen(?:s)?kaarten (?:zijn )?(?:nu )?(?:te koop|verkrijgbaar)\b|\bgroepen (?:vanaf|van) \d+ personen\b)"
   R"(|\bbestel [^.!?]{0,60}\bvooruit en bespaar\b)"
   R"(|\bdoe mee (?:aan|met) (?:onze|de) winactie\b)"},
  {C::house_ad, L::pt, false,
   R"(\b\d+ meses sem juros\b|\bsem juros (?:durante|por) \d+ meses\b|\bem (?:até )?\d+ ?x sem juros\b)"
   R"(|\b(?:pergunte|informe-se) (?:pelo|pela|sobre o|sobre os|sobre a) (?:nosso|nossos|nossa) (?:crédito|empréstimo|cartão de crédito)\b)"
   R"(|\bpreço de atualização\b|\bcomprovativo de compra da versão anterior\b|\bencomende a sua atualização\b)"
   R"(|\breserve (?:já )?o seu lugar\b)"
   R"(|\b(?:bilhetes de época|lugares anuais|pacotes de bilhetes) (?:já )?(?:à venda|disponíveis)\b|\bgrupos de \d+ ou mais\b)"
   R"(|\bpré-encomende [^.!?]{0,60}\be poupe\b)"
   R"(|\bparticipe (?:no|do) (?:nosso )?(?:passatempo|sorteio)\b)"},
  // A trade magazine's print edition, free to qualified readers, offered in
  // its e-mail letter.
  {C::house_ad, L::en, false,
   R"(\bqualified [\pL -]{0,40}\b(?:professionals|readers|subscribers) (?:receive|get|qualify)\b|\bapply for (?:your|a) free subscription\b|\bfree subscription to (?:the|our) print (?:edition|magazine)\b|\bprint issues a year (?:at no charge|free)\b)"
   // Or the box's heading over a list of trade titles offered free
   // ("FREE TRADE MAGAZINE SUBSCRIPTIONS", "Free industry magazines").
   R"(|^free (?:trade|industry|professional|technical) (?:magazine|publication|journal) subscriptions?\b|^free (?:industry|professional) (?:magazines|publications|journals)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:kostenloses|kostenfreies) (?:print-)?abo(?:nnement)? (?:für fachleute|der zeitschrift|des magazins|anfordern|beantragen)\b|\bjetzt kostenlose[sn]? (?:heft|abo|probeheft) anfordern\b|^kostenlose (?:fachzeitschriften|fachmagazine|zeitschriften-abos)\b)"},
  {C::house_ad, L::fr, false,
   R"(\babonnement gratuit (?:à la version papier|au magazine|réservé aux professionnels)\b|\bdemandez votre abonnement gratuit\b|^(?:abonnements gratuits (?:à des|aux) (?:magazines|revues) professionnel|(?:magazines|revues) professionnel(?:le)?s gratuit))"},
  {C::house_ad, L::es, false,
   R"(\bsuscripción gratuita (?:a la (?:revista|edición impresa)|para profesionales)\b|\bsolicita tu suscripción gratuita\b|^suscripciones gratuitas a revistas (?:profesionales|del sector)\b|^revistas (?:profesionales|del sector) gratis\b)"},
  {C::house_ad, L::it, false,
   R"(\babbonamento gratuito (?:alla rivista|all'edizione cartacea|per i professionisti)\b|\brichiedi il tuo abbonamento gratuito\b|^abbonamenti gratuiti a riviste (?:professionali|di settore)\b|^riviste (?:professionali|di settore) gratis\b)"},
  {C::house_ad, L::nl, false,
   R"(\bgratis abonnement (?:op het (?:vakblad|magazine)|voor professionals)\b|\bvraag (?:je|uw) gratis abonnement aan\b|^gratis (?:vakbladen|vaktijdschriften|abonnementen op vakbladen)\b)"},
  {C::house_ad, L::pt, false,
   R"(\bassinatura gratuita (?:da revista|da edição impressa|para profissionais)\b|\bpeça a sua assinatura gratuita\b|^assinaturas gratuitas de revistas (?:profissionais|do setor|do sector)\b|^revistas (?:profissionais|do setor|do sector) grátis\b)"},
  // A shop's own service and offer lines: the button that books an
  // appointment (an eye or hearing test, a fitting), the app's download
  // and the financing buttons, a voucher's heading with its value and the
  // line telling where to show its code, a gift with every purchase of a
  // kind, the loyalty account's points balance, the new catalogue to order.
  {C::house_ad, L::en, false,
   R"(^book (?:an |your |a free )?(?:appointment|eye test|hearing test|fitting|consultation)(?: now| online| today| here)?\W*$|\bbook your (?:free )?(?:appointment|eye test|hearing test) online\b)"
   R"(|^get the app(?: now| for free)?\W*$|^download (?:our|the) app(?: now| for free)?\W*$|^(?:finance|apply for finance|apply for financing) (?:it )?now\W*$)"
   R"(|^your [\pL-]+ (?:voucher|coupon) ?: (?:[$£€] ?)?\d+|(?:use|show|with) (?:the )?code [^ ]+ (?:online|in store|in-store|at (?:the )?checkout|at the till)\b)"
   R"(|\b(?:with|for) every (?:pair of )?(?:[\pL-]+ ){0,2}[\pL-]+ (?:you (?:get|receive)|get) (?:a )?(?:free|second)\b|^(?:your )?(?:points|rewards) balance ?:|^you have [\d,.]+ (?:reward |bonus )?points\b|order (?:our|the) (?:new |free )?catalog(?:ue)? (?:now|today|here)\b|recommend us to your (?:friends|family|colleagues|neighbours|neighbors)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?(?:einen |ihren |deinen )?[\pL-]*termin (?:online )?(?:buchen|vereinbaren|reservieren)\W*$|^(?:buchen|vereinbaren) sie (?:ihren|einen) [\pL-]*termin (?:online|bequem|jetzt)|^(?:buch|vereinbare) (?:deinen|einen) [\pL-]*termin (?:online|bequem|jetzt))"
   R"(|^jetzt (?:kostenlos|gratis) (?:herunterladen|downloaden|installieren)\W*$|^jetzt (?:bequem )?(?:finanzieren|in raten zahlen)\W*$)"
   R"(|^(?:dein|ihr) (?:[\pL-]+-)?gutschein ?: \d+(?:,\d+)? ?(?:%|€|euro)|mit dem (?:gutschein|rabatt|aktions)?code [^ ]+ (?:im (?:online-?)?shop|online|an der kasse|in (?:der|jeder) filiale))"
   R"(|(?:zu|bei) jede[rmn] [\pL-]+ (?:erhalten sie|erhältst du|bekommen sie|bekommst du|gibt es) [^.!?]{0,60}(?:gratis|kostenlos|geschenkt|ohne aufpreis|dazu)|^(?:dein|ihr) (?:aktueller )?(?:punkte-?stand|punkte-?konto|bonusstand) ?:|(?:unser|unseren) (?:neue[nr]? |aktuelle[nr]? )?[\pL-]*katalog(?: \d{4})? (?:ist da|ist erschienen|anfordern|bestellen)\b|(?:empfehlen sie|empfiehl) uns (?:ihren|ihrer|ihrem|deinen|deiner|deinem) (?:freund|bekannt|famili|kolleg|nachbar))"},
  {C::house_ad, L::fr, false,
   R"(^prendre rendez-vous(?: en ligne)?\W*$|^(?:je )?prends rendez-vous\W*$|^prenez rendez-vous (?:en ligne|dès maintenant|en magasin)|^télécharge[rz]? (?:l'appli(?:cation)? )?gratuitement\W*$|^(?:je )?finance(?:r|z)? (?:maintenant|mon achat)\W*$)"
   R"(|^(?:votre|ton) bon(?: de réduction)? ?: \d+|avec le code [^ ]+ (?:en ligne|en magasin|en caisse|sur le site)|pour (?:tout|chaque) achat d'(?:un|une) [\pL-]+,? (?:la|le|une|un) (?:[\pL-]+ ){1,2}(?:offerte?|gratuite?)|^(?:votre|ton) solde de points ?:|^vous avez [\d .]+ points\b|commandez (?:notre|le) (?:nouveau )?catalogue\b|recommandez-nous à (?:vos|tes) (?:amis|proches|collègues|voisins)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:reserva|pide|solicita|reservar|pedir) (?:tu |su |una )?cita(?: online| ya| ahora| previa)?\W*$|^(?:reserva|pide) (?:tu|su) cita (?:online|en tu tienda|en la óptica))"
   R"(|^descárga(?:la|tela) gratis\W*$|^descargar gratis\W*$|^financia(?:r)? (?:ahora|tu compra)\W*$)"
   R"(|^(?:tu|su) cupón ?: \d+|con el código [^ ]+ (?:online|en tienda|en caja|en la web)|(?:con|por) (?:cada|la compra de (?:unas?|un)) [\pL-]+,? (?:te llevas|llévate|recibes|obtienes) [^.!?]{0,40}(?:gratis|de regalo)|^(?:tu|su) saldo de puntos ?:|^tienes [\d.]+ puntos\b|pide (?:nuestro|el) (?:nuevo )?catálogo\b|recomiénd(?:anos|enos) a (?:tus|sus) (?:amigos|familiares|compañeros|vecinos)\b)"},
  {C::house_ad, L::it, false,
   R"(^prenota (?:ora |subito )?(?:il tuo |un |l')?appuntamento(?: online)?\W*$|^prenota (?:il tuo )?appuntamento (?:online|in negozio))"
   R"(|^scarica(?:la)? gratis\W*$|^scarica l'app(?: gratis)?\W*$|^finanzia (?:ora|il tuo acquisto)\W*$)"
   R"(|^il tuo (?:buono|coupon) ?: \d+|con il codice [^ ]+ (?:online|in negozio|in cassa|sul sito)|(?:con|per) ogni [\pL-]+,? (?:ricevi|hai|ottieni) [^.!?]{0,40}(?:in omaggio|gratis|regalo)|^(?:il tuo )?saldo punti ?:|^hai [\d.]+ punti\b|richiedi (?:il nostro|il) (?:nuovo )?catalogo\b|(?:consigliaci|raccomandaci) ai (?:tuoi|suoi) (?:amici|familiari|colleghi|vicini)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:maak|plan|boek) (?:nu )?(?:een|je|uw) (?:gratis )?(?:afspraak|oogmeting|hoortest)(?: online)?\W*$|^(?:maak|plan) (?:online )?(?:een|je|uw) afspraak (?:online|in de winkel))"
   R"(|^(?:download|installeer) (?:de app )?gratis\W*$|^download de app\W*$|^(?:nu )?(?:gespreid betalen|financieren)\W*$)"
   R"(|^(?:je|jouw|uw) (?:kortings)?bon ?: \d+|met de (?:kortings)?code [^ ]+ (?:online|in de winkel|in onze webshop|aan de kassa)|bij (?:elke|iedere) [\pL-]+ (?:krijg|ontvang) (?:je|u) [^.!?]{0,40}(?:gratis|cadeau)|^(?:je|jouw|uw) puntensaldo ?:|^(?:je|u) (?:hebt|heeft) [\d.]+ punten\b|vraag (?:onze|de) (?:nieuwe )?catalogus aan\b|(?:beveel|raad) ons aan bij (?:je|jouw|uw) (?:vrienden|familie|collega|buren)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:marque|agende|marcar|agendar) (?:já )?(?:a sua |sua |uma )?(?:consulta|marcação|avaliação)(?: online)?\W*$)"
   R"(|^(?:baixe|descarregue|instale)(?: o app| a app| a aplicação)? (?:grátis|gratuitamente)\W*$|^(?:financie|parcele) (?:agora|já)\W*$)"
   R"(|^(?:o )?(?:seu|teu) (?:cupão|cupom|vale) ?: \d+|com o código [^ ]+ (?:online|na loja|no site|na caixa)|(?:na compra de|com) (?:cada|um|uns|uma) [\pL-]+,? (?:recebe|ganha|leva) [^.!?]{0,40}(?:grátis|de oferta|de brinde)|^(?:o )?(?:seu|teu) saldo de pontos ?:|^(?:você tem|tens) [\d.]+ pontos\b|peça (?:o nosso|o) (?:novo )?catálogo\b|recomende-nos (?:aos|a) (?:seus|teus) (?:amigos|familiares|colegas|vizinhos)\b)"},
  // Where to fetch a download besides the main site: "Mirrors: ftp://...",
  // "please use a mirror near you".
  {C::house_ad, L::en, false,
   R"(\bmirrors ?: ?(?:https?|ftp)://|\b(?:use|try|pick|choose) (?:any|one|either) of (?:the|our|these) (?:download )?mirrors\b|\b(?:use|try|pick|choose) a (?:download )?mirror (?:near|close to) you)"},
  {C::house_ad, L::de, false,
   R"(\bmirrors ?: ?(?:https?|ftp)://|\b(?:nutzen|verwenden|wählen) sie (?:bitte )?(?:einen|einen der) (?:spiegelserver|mirrors?)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bmiroirs ?: ?(?:https?|ftp)://|\butilisez (?:un|l'un des) (?:sites )?miroirs?\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:espejos|mirrors) ?: ?(?:https?|ftp)://|\b(?:use|usa|utilice|utiliza) (?:uno de los|un) (?:servidores? )?(?:espejos?|mirrors?)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:usa|usate|utilizza|utilizzate) (?:uno dei|un) (?:server )?mirror\b)"},
  {C::house_ad, L::nl, false,
   R"(\bmirrors ?: ?(?:https?|ftp)://|\bgebruik (?:een|één)(?: van de)? (?:download)?mirrors?\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:espelhos|mirrors) ?: ?(?:https?|ftp)://|\b(?:use|utilize) (?:um dos|um) (?:servidores? )?(?:espelhos?|mirrors?)\b)"},
  // A seller's terms for buying many: a dealer or reseller price list,
  // volume pricing, a resale certificate, a site licence's price.
  {C::house_ad, L::en, false,
   R"(\bask about our (?:dealer|reseller|volume|quantity|bulk|wholesale|corporate|education(?:al)?) (?:price ?list|pricing|prices|discounts?|program(?:me)?|rates)\b|\b(?:volume|quantity) (?:pricing|discounts?) (?:is |are )?(?:available|offered)\b|\bresale certificate\b|^(?:resellers|dealers) ?:)"
   R"(|\bsite licen[cs]es? (?:covers?|costs?|(?:is|are) available|starts? at|for up to \d))"},
  {C::house_ad, L::de, false,
   R"(\bfragen sie nach (?:unserer|unseren|unserem) (?:händler|wiederverkäufer|mengen|staffel)\pL*|\bmengenrabatte? (?:ab|auf anfrage|gibt es)|\bhändlerpreisliste\b|^(?:wiederverkäufer|händler) ?:|\b(?:standort|firmen|mehrplatz)lizenz(?:en)? (?:kostet|kosten|ab|für bis zu|gilt|gelten))"},
  {C::house_ad, L::fr, false,
   R"(\btarifs? (?:revendeurs?|dégressifs?)\b|\bremises? (?:sur|par) (?:quantité|volume)|^revendeurs ?:|\blicences? (?:de site|multi-?postes?) (?:couvre|coûte|à partir de|pour jusqu'à))"},
  {C::house_ad, L::es, false,
   R"(\bprecios (?:para )?(?:distribuidores|mayoristas|revendedores)\b|\bdescuentos? por (?:volumen|cantidad)\b|^(?:distribuidores|revendedores) ?:|\blicencias? (?:de sitio|corporativas?|multipuesto) (?:cubre|cuesta|desde|para hasta))"},
  {C::house_ad, L::it, false,
   R"(\blistino (?:per )?rivenditori\b|\bsconti (?:per|sulle) quantità|^rivenditori ?:|\blicenz[ae] (?:di sito|aziendal[ei]|multiutente) (?:copre|costa|da|per fino a))"},
  {C::house_ad, L::nl, false,
   R"(\bstaffelkorting\b|\bdealerprijslijst\b|^wederverkopers ?:|\b(?:site|bedrijfs|multi-user)licenties? (?:kost|vanaf|geldt|voor maximaal))"},
  {C::house_ad, L::pt, false,
   R"(\bpreços (?:para )?(?:revendedores|revenda|atacado)\b|\bdescontos? por (?:volume|quantidade)\b|^revendedores ?:|\blicenças? (?:de site|corporativas?|multiusuário) (?:cobre|custa|a partir de|para até))"},
  // A bonus-miles or bonus-points promotion: "earn up to 12,000 bonus
  // miles", "we will add 5,000 bonus miles to your account".
  {C::house_ad, L::en, false,
   R"(\bearn (?:up to )?\d[\d,]* (?:bonus|extra) (?:miles|points)\b|\b(?:add|credit|award|give you) \d[\d,]* (?:bonus|extra) (?:miles|points)\b|\b\d[\d,]* (?:bonus|extra) (?:miles|points) (?:to|in|into) your account\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:sammeln|erhalten|bekommen|sichern) sie (?:sich )?(?:bis zu )?\d[\d.]* (?:bonus|extra|zusatz|prämien)(?:meilen|punkte)\b|\b\d[\d.]* (?:bonus|extra|zusatz)(?:meilen|punkte) (?:gutgeschrieben|auf ihr(?:em)? konto))"},
  {C::house_ad, L::fr, false,
   R"(\b(?:gagnez|cumulez|recevez) (?:jusqu'à )?\d[\d .]* (?:miles|points) (?:bonus|supplémentaires)\b|\b\d[\d .]* (?:miles|points) (?:bonus|supplémentaires) (?:crédités|sur votre compte))"},
  {C::house_ad, L::es, false,
   R"(\b(?:gana|consigue|acumula|recibe|obtén|obtenga) (?:hasta )?\d[\d.]* (?:millas|puntos) (?:extra|adicionales|de regalo|de bonificación)\b|\b\d[\d.]* (?:millas|puntos) (?:extra|adicionales|de bonificación) (?:en tu cuenta|en su cuenta|abonad))"},
  {C::house_ad, L::it, false,
   R"(\b(?:guadagna|accumula|ricevi|ottieni) (?:fino a )?\d[\d.]* (?:miglia|punti) (?:bonus|extra|in più|aggiuntiv[ei])|\b\d[\d.]* (?:miglia|punti) (?:bonus|extra) (?:sul tuo conto|accreditat))"},
  {C::house_ad, L::nl, false,
   R"(\b(?:verdien|spaar|ontvang|krijg) (?:tot )?\d[\d.]* (?:bonusmiles|bonuspunten|extra (?:miles|punten))\b|\b\d[\d.]* (?:bonusmiles|bonuspunten|extra (?:miles|punten)) (?:op (?:je|uw) (?:rekening|account)|bijgeschreven))"},
  {C::house_ad, L::pt, false,
   R"(\b(?:ganhe|acumule|receba) (?:até )?\d[\d.]* (?:milhas|pontos) (?:bônus|bónus|extra|adicionais)\b|\b\d[\d.]* (?:milhas|pontos) (?:bônus|bónus|extra|adicionais) (?:na sua conta|creditad))"},
  // A partner's earning offer in a loyalty programme's mail: "earn 500
  // miles on every rental", "1.000 Punkte für jede Übernachtung".
  {C::house_ad, L::en, false,
   R"(\bearn \d[\d,]* (?:[\pL-]+ ){0,3}(?:miles|points) (?:on|for|with) (?:every|each) (?:rental|stay|night|booking|purchase|flight|trip)\b)"},
  {C::house_ad, L::de, false,
   R"(\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:meilen|punkte) (?:für|bei) jede[nrm]? (?:anmietung|miete|übernachtung|buchung|einkauf|aufenthalt)\b)"},
  {C::house_ad, L::fr, false,
   R"(\b\d[\d .]* (?:[\pL-]+ ){0,2}(?:miles|points) (?:pour|à) chaque (?:location|nuit|séjour|réservation|achat)\b)"},
  {C::house_ad, L::es, false,
   R"(\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:millas|puntos) (?:por|en) cada (?:alquiler|noche|estancia|reserva|compra)\b)"},
  {C::house_ad, L::it, false,
   R"(\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:miglia|punti) (?:per|su|a) ogni (?:noleggio|notte|soggiorno|prenotazione|acquisto)\b)"},
  {C::house_ad, L::nl, false,
   R"(\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:miles|punten) (?:per|bij elke|voor elke) (?:huur|nacht|verblijf|boeking|aankoop)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:milhas|pontos) (?:por|em) cada (?:aluguel|aluguer|noite|estadia|reserva|compra)\b)"},
  // A shop's own catalogue sent free on request ("Our 96-page catalog is
  // free. Request your copy today."), its gift certificates in any amount
  // and its order line by phone with the hours under it.
  {C::house_ad, L::en, false,
   R"(\brequest (?:your|a|our) (?:free )?(?:(?:printed|print|paper|new|\d{4}) |(?:spring|summer|fall|autumn|winter|holiday) (?:\d{4} )?)?(?:copy|catalog(?:ue)?)\b|\bcatalog(?:ue)? is free\b|^free (?:print )?catalog(?:ue)?\b)"
   R"(|\bgift (?:certificates?|cards?|vouchers?) (?:in any amount|(?:are )?available (?:in|from)|from \$ ?\d)|^give the gift of\b)"
   R"(|^(?:order|ordering) by (?:phone|telephone)\b|^to order,? (?:call|phone)\b)"},
  {C::house_ad, L::de, false,
   R"(\bkatalog (?:kostenlos|gratis) anfordern|\bfordern sie (?:jetzt )?(?:ihren|unseren|den) (?:kostenlosen |gratis |gedruckten |neuen )*(?:frühjahrs|sommer|herbst|winter)?-?katalog(?: \d{4})? an|\bkatalog ist kostenlos)"
   R"(|\bgutscheine? (?:in jeder (?:höhe|wunschhöhe)|ab \d+ ?(?:€|euro))|^verschenken sie (?:einen )?gutschein)"
   R"(|^(?:telefonisch bestellen|bestellung per telefon|bestell-?hotline)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bdemandez (?:votre|notre) (?:nouveau )?catalogue\b|\brecevez gratuitement (?:notre|votre|le) catalogue|\b(?:le |notre )?catalogue est gratuit)"
   R"(|\b(?:bons?|chèques?|cartes?)[ -]cadeaux? (?:de tout montant|d'un montant au choix|à partir de \d)|^offrez (?:un bon|une carte)[ -]cadeau)"
   R"(|^(?:commandez|commande) par téléphone\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:solicite|solicita|pida|pide) (?:su|tu|nuestro|el) (?:nuevo )?catálogo(?:[^\pL\pN]|$)|\bel catálogo es gratuito)"
   R"(|\b(?:tarjetas?|cheques?|vales?)[ -]regalo (?:de cualquier importe|por el importe que (?:quieras|desee)|desde \d)|^regala (?:una tarjeta|un cheque|un vale)[ -]regalo)"
   R"(|^(?:pedidos|haga su pedido|haz tu pedido|compre) por teléfono\b)"},
  {C::house_ad, L::it, false,
   R"(\brichiedi (?:il (?:nostro |tuo )?)?(?:nuovo )?catalogo\b|\bil catalogo è gratuito)"
   R"(|\b(?:buoni|carte) regalo (?:di qualsiasi importo|dell'importo che preferisci|da \d)|^regala un buono regalo)"
   R"(|^(?:ordina|ordini|ordinazioni) (?:per|al) telefono\b)"},
  {C::house_ad, L::nl, false,
   R"(\bvraag (?:de|onze|uw|je) (?:gratis |gedrukte |nieuwe )*catalogus aan\b|\bde catalogus is gratis)"
   R"(|\bcadeaubonnen? (?:van elk bedrag|t\.?w\.?v\. elk bedrag|vanaf (?:€ ?)?\d)|^geef een cadeaubon)"
   R"(|^(?:telefonisch bestellen|bestellen per telefoon)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:peça|solicite) (?:o )?(?:seu|nosso) (?:novo )?catálogo(?:[^\pL\pN]|$)|\bo catálogo é gr[aá]tis)"
   R"(|\b(?:vales?|cartões?)[ -]presentes? (?:de qualquer valor|no valor que (?:quiser|preferir)|a partir de \d)|^ofereça um vale[ -]presente)"
   R"(|^(?:encomende|peça|compre|pedidos) por telefone\b)"},
  // A staff or members' discount with partner brands, as a university's or
  // an employer's bulletin boxes it ("employees can save up to 12 percent
  // on home computers").
  {C::house_ad, L::en, false,
   R"(\b(?:employees|staff|members|faculty and staff|faculty|students) (?:can |may )?save (?:up to )?\d+ ?(?:%|percent)|\b(?:employee|staff|member|faculty/staff|faculty and staff) discount (?:program|programme|scheme)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|mitglieder) sparen (?:bis zu )?\d+ ?(?:%|prozent)|\bmitarbeiter(?:rabatt|angebote|vorteilsprogramm)\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:salariés|agents|personnels?|adhérents|membres) (?:peuvent )?économiser (?:jusqu'à )?\d+ ?(?:%|pour cent)|\bréductions? (?:pour le|réservées? au) personnel\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:empleados|trabajadores|socios) (?:pueden )?ahorrar (?:hasta )?(?:un )?\d+ ?(?:%|por ciento)|\bdescuentos? (?:para|exclusivos para) (?:empleados|el personal)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:dipendenti|soci) (?:possono )?risparmiare (?:fino al )?\d+ ?(?:%|per cento)|\bsconti? (?:per i|riservati ai) dipendenti\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:medewerkers|personeelsleden|leden) (?:kunnen |besparen )?(?:tot )?\d+ ?(?:%|procent) (?:besparen|korting)|\bpersoneelskorting\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:funcionários|colaboradores|sócios) (?:podem )?economizar (?:até )?\d+ ?(?:%|por cento)|\bdescontos? (?:para|exclusivos para) (?:funcionários|colaboradores)\b)"},
  // A price watch of partner shops under a review ("PRICE WATCH: this
  // week's lowest prices from our partner stores", item by item with a
  // check-price link): the shops' offers, each a commission to the site.
  {C::house_ad, L::en, false,
   R"(^price (?:watch|tracker)\b|\blowest prices? (?:from|at|of) our (?:partner|affiliate)(?:s| stores| shops| retailers| merchants)\b)"},
  {C::house_ad, L::de, false,
   R"(^preis(?:wecker|radar)\b|\bgünstigsten? preise? (?:bei|unserer|unseren) (?:unseren )?partner(?:shops|händlern?|n)?\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:veille|radar|alerte) (?:de |des )?prix\b|\bmeilleurs prix (?:chez|de) nos (?:partenaires|marchands partenaires|boutiques partenaires)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:vigilante|radar|alerta) de precios\b|\bmejores precios (?:en|de) nuestras tiendas (?:asociadas|colaboradoras|socias)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:osservatorio|radar|allerta) prezzi\b|\bprezzi più bassi (?:dei|nei|presso i) nostri negozi partner\b)"},
  {C::house_ad, L::nl, false,
   R"(^prijs(?:wacht|radar|alarm)\b|\blaagste prijzen (?:bij|van) onze partner(?:winkels|s)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:radar|monitor|alerta) de preços\b|\bmenores preços (?:das|nas|em) nossas lojas parceiras\b)"},
  // A job board's own service for the reader: post the CV free and let
  // employers find it.
  {C::house_ad, L::en, false,
   R"(\bpost (?:it|your (?:resume|résumé|cv)) (?:for )?free\b|^post my (?:resume|résumé|cv)(?:[^\pL\pN]|$)|\blet (?:[\d,.]+ )?(?:employers|recruiters|companies) find you\b)"},
  {C::house_ad, L::de, false,
   R"(\blebenslauf (?:jetzt )?(?:kostenlos )?(?:hochladen|einstellen)\b|\b(?:lassen sie sich|lass dich) von (?:[\d.]+ )?(?:arbeitgebern|unternehmen|recruitern) finden\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:déposez|déposer|publiez|dépose) (?:gratuitement )?(?:votre|ton) cv\b|\b(?:laissez|laisse) les (?:recruteurs|employeurs) (?:vous|te) trouver\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:sube|publica|suba|publique) (?:gratis )?(?:tu|su) (?:cv|currículum)\b|\bdeja que las empresas te encuentren\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:carica|inserisci|pubblica) (?:gratis )?il tuo (?:cv|curriculum)\b|\bfatti trovare dalle aziende\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:plaats|upload) (?:gratis )?(?:je|jouw|uw) cv\b|\blaat (?:werkgevers|recruiters|bedrijven) (?:je|u) vinden\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:cadastre|publique|envie) (?:grátis )?(?:o )?(?:seu|teu) (?:currículo|cv)\b|\bdeixe as empresas (?:te|o|a) encontrar(?:em)?\b)"},
  // A careers site's paid service for the reader's CV: the free review
  // that opens the sale, its writers who rewrite the CV, and the question
  // that leads the pitch (is the CV getting past the screening software).
  {C::house_ad, L::en, false,
   R"(\b(?:get|claim|book|request|order) (?:a|your) (?:free |professional |expert )?(?:resume|résumé|cv) (?:review|check|critique|audit|makeover)\b|\bour (?:certified |professional |expert )?(?:resume |résumé |cv )?writers (?:will )?(?:rewrite|review|polish|revamp)\b|^is your (?:resume|résumé|cv) (?:getting past|beating|passing|making it past) (?:the )?(?:robots|bots|ats|applicant tracking))"},
  {C::house_ad, L::de, false,
   R"(\b(?:kostenlose[nr]?|gratis|professionelle[nr]?) lebenslauf-?(?:check|prüfung|optimierung)\b|\b(?:lass|lassen sie) (?:deinen|ihren) lebenslauf (?:jetzt )?(?:kostenlos |gratis )?(?:von (?:profis|experten|unseren [\pL-]+) |professionell )?(?:prüfen|checken|überarbeiten|optimieren|neu schreiben)\b|\bunsere (?:zertifizierten |erfahrenen )?(?:bewerbungs(?:experten|profis|berater)|karriereberater|texter) (?:überarbeiten|schreiben|optimieren|prüfen) (?:deinen|ihren)\b)"},
  {C::house_ad, L::fr, false,
   R"(\brelecture (?:gratuite |professionnelle )?de (?:votre|ton) cv\b|\b(?:faites|fais) (?:relire|réécrire|vérifier) (?:gratuitement )?(?:votre|ton) cv\b|\bnos (?:rédacteurs|experts|coachs|conseillers) (?:certifiés |carrière )?(?:réécrivent|relisent|retravaillent|optimisent) (?:votre|ton) cv\b)"},
  {C::house_ad, L::es, false,
   R"(\brevisión (?:gratuita |gratis |profesional )?de (?:tu |su )?(?:cv|currículum|currículo|hoja de vida)\b|\bnuestros (?:redactores|expertos|asesores) (?:certificados )?(?:reescriben|revisan|mejoran|reescribirán|revisarán) (?:tu|su) (?:cv|currículum)\b)"},
  {C::house_ad, L::it, false,
   R"(\brevisione (?:gratuita |professionale )?del (?:tuo )?(?:cv|curriculum)\b|\b(?:fai|fate) (?:revisionare|rivedere|riscrivere) (?:gratis )?il (?:tuo )?(?:cv|curriculum)\b|\bi nostri (?:esperti|redattori|consulenti) (?:certificati )?(?:riscrivono|revisionano|rivedono|riscriveranno) il (?:tuo )?(?:cv|curriculum)\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:gratis|kosteloze|professionele) cv-?check\b|\blaat (?:je|jouw|uw) cv (?:gratis )?(?:door (?:een )?(?:expert|experts|professional|onze [\pL-]+) |professioneel )?(?:checken|nakijken|herschrijven|beoordelen|verbeteren)\b|\bonze (?:gecertificeerde )?(?:cv-?schrijvers|loopbaanadviseurs|experts) (?:herschrijven|verbeteren|beoordelen) (?:je|jouw|uw) cv\b)"},
  {C::house_ad, L::pt, false,
   R"(\brevisão (?:gratuita |grátis |profissional )?(?:do|de) (?:seu |teu )?(?:currículo|cv)\b|\b(?:os )?nossos (?:redatores|especialistas|consultores) (?:certificados )?(?:reescrevem|revisam|revêem|melhoram|vão reescrever) (?:o )?(?:seu|teu) (?:currículo|cv)\b)"},
  // A site's own app told to the reader as a command to get it, with both
  // phone systems named; a story about an app reports its launch instead.
  {C::house_ad, L::en, false,
   R"(\b(?:get|download|install) (?:the|our) (?:[\pL\pN&'.-]+ ){0,3}app (?:for|on) (?:iphone|ios)(?: and|,| or| &) android\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:hol dir|holen sie sich|lade dir|laden sie sich|installiere|installieren sie) (?:jetzt )?(?:die|unsere) (?:[\pL\pN&'.-]+[ -]){0,3}app (?:für|auf) (?:iphone|ios) (?:und|&|oder) android\b|\b(?:die|unsere) (?:[\pL\pN&'.-]+[ -]){0,3}app (?:für|auf) (?:iphone|ios) (?:und|&|oder) android (?:herunterladen|laden|installieren)\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:téléchargez|télécharge|installez|installe) (?:l'app(?:li(?:cation)?)?|notre app(?:li(?:cation)?)?|l'appli)[^.!?]{0,30} (?:pour|sur) (?:iphone|ios) et android\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:descarga|descargue|descárgate|instala|instale) (?:la|nuestra) app(?:licación)?[^.!?]{0,30} (?:para|en) (?:iphone|ios) y android\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:scarica|scaricate|installa|installate) (?:l'app|la nostra app|l'applicazione)[^.!?]{0,30} (?:per|su) (?:iphone|ios) e android\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:download|installeer|haal) (?:de|onze) (?:[\pL\pN&'.-]+[ -]){0,3}app (?:voor|op) (?:iphone|ios) en android\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:baixe|baixa|descarregue|descarrega|instale|instala) (?:o|a|nosso|nossa|o nosso|a nossa) app(?:licativo|licação)?[^.!?]{0,30} (?:para|no|em) (?:iphone|ios) e android\b)"},
  // A writer's one-to-one coaching or consulting offer: the sentence
  // that opens "I work one-on-one with" a few clients (a quote in a story
  // opens with its quotation mark, not there), and the open coaching
  // spots.
  {C::house_ad, L::en, false,
   R"((?:^|[.!?] )i work (?:one-on-one|one on one|1:1|1-on-1|one-to-one|one to one|individually|privately) with (?:a (?:handful|few|small (?:group|number))|a limited number|only|just|\d+|two|three|four|five|six|eight|ten|twelve)\b|\b(?:coaching|mentoring|consulting|client) (?:spots|slots|places) (?:are |is )?(?:open|left|available)\b)"},
  {C::house_ad, L::de, false,
   R"((?:^|[.!?] )ich (?:arbeite|begleite) (?:jedes (?:quartal|jahr|halbjahr) |pro (?:quartal|monat) )?(?:eins zu eins|1:1|persönlich|individuell) mit (?:einer handvoll|wenigen|ausgewählten|nur|\d+|zwei|drei|vier|fünf|sechs|zehn)\b|\b(?:coaching|mentoring|beratungs)-?plätze (?:sind )?(?:frei|offen|verfügbar)\b|\b(?:freie|offene) (?:coaching|mentoring|beratungs)-?plätze\b)"},
  {C::house_ad, L::fr, false,
   R"((?:^|[.!?] )(?:je travaille|j'accompagne|je travaille en direct) (?:en (?:individuel|one-to-one|tête-à-tête) |individuellement )(?:avec )?(?:une poignée|quelques|un petit nombre|seulement|\d+|deux|trois|quatre|cinq|six|dix)\b|\bplaces (?:de coaching|d'accompagnement|de mentorat) (?:sont )?(?:disponibles|ouvertes|libres)\b)"},
  {C::house_ad, L::es, false,
   R"((?:^|[.!?] )(?:trabajo|acompaño) (?:uno a uno|1:1|de forma individual|individualmente|mano a mano) (?:con|a) (?:un puñado|unos pocos|unas pocas|pocos|pocas|solo|\d+|dos|tres|cuatro|cinco|seis|diez)\b|\bplazas (?:de|para) (?:coaching|mentoría|mentorías|asesoría|acompañamiento) (?:están )?(?:disponibles|abiertas|libres)\b)"},
  {C::house_ad, L::it, false,
   R"((?:^|[.!?] )(?:lavoro|seguo) (?:uno a uno|1:1|one-to-one|individualmente|in modo individuale) (?:con )?(?:una manciata|pochi|poche|solo|\d+|due|tre|quattro|cinque|sei|dieci)\b|\bposti (?:per il|di|per) (?:coaching|mentoring|consulenza|consulenze) (?:sono )?(?:disponibili|aperti|liberi)\b)"},
  {C::house_ad, L::nl, false,
   R"((?:^|[.!?] )ik (?:werk|begeleid) (?:een-op-een|één-op-één|1-op-1|1:1|individueel|persoonlijk) (?:met )?(?:een handvol|een paar|enkele|slechts|maar|\d+|twee|drie|vier|vijf|zes|tien)\b|\b(?:coaching|mentor|begeleidings)-?plekken (?:zijn )?(?:vrij|open|beschikbaar)\b|\b(?:vrije|open) (?:coaching|mentor|begeleidings)-?plekken\b)"},
  {C::house_ad, L::pt, false,
   R"((?:^|[.!?] )(?:trabalho|acompanho) (?:individualmente|um a um|1:1|de forma individual|lado a lado) (?:com )?(?:um punhado|alguns|algumas|poucos|poucas|apenas|\d+|dois|duas|três|quatro|cinco|seis|dez)\b|\bvagas (?:de|para) (?:mentoria|mentorias|coaching|consultoria|acompanhamento) (?:estão )?(?:disponíveis|abertas)\b)"},
  // A coach's or a writer's own course opening for enrolment, its button
  // with the price ("Join the Strong Start program for $149", "Get the
  // kit for $24") and the line on when the offer ends.
  {C::house_ad, L::en, false,
   R"(^(?:my|our) (?:new )?(?:\d+-(?:week|day|month) )?(?:online |live )?(?:program|programme|course|challenge|bootcamp|masterclass|cohort)\b[^.!?]* opens\b|opens? for (?:enrol?lment|registration)\b|^(?:join|get) [^.!?]{1,40} for (?:just |only )?[$£€] ?\d+(?:[.,]\d\d)?\W*$|^(?:this |the )?offer (?:ends|expires) (?:today|tonight|tomorrow|soon|on |at |this |(?:mon|tues|wednes|thurs|fri|satur|sun)day))"},
  {C::house_ad, L::de, false,
   R"(^(?:mein|unser) (?:neuer? )?(?:\d+-(?:wochen|tage)-?)?(?:online-?)?(?:programm|kurs|coaching|bootcamp|masterclass)\b[^.!?]* (?:öffnet|startet)\b|anmeldung (?:ist )?(?:ab|jetzt) (?:\w+ )?(?:offen|geöffnet)\b|^(?:mach|macht|machen sie|hol dir|sichere dir|sichern sie sich) (?:jetzt )?[^.!?]{0,40}für (?:nur )?\d+(?:,\d\d)? ?€\W*$|^(?:das )?angebot (?:endet|gilt nur bis)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:mon|notre) (?:nouveau )?(?:programme|cours|coaching|bootcamp|défi)\b[^.!?]* ouvre\b|(?:les )?inscriptions (?:ouvrent|sont ouvertes)\b|^(?:rejoins|rejoignez|obtiens|obtenez)[^.!?]{1,40} pour (?:seulement )?\d+(?:,\d\d)? ?€\W*$|^(?:l')?offre (?:se termine|prend fin|valable jusqu'))"},
  {C::house_ad, L::es, false,
   R"(^(?:mi|nuestro) (?:nuevo )?(?:programa|curso|reto|bootcamp)\b[^.!?]* abre\b|(?:las )?inscripciones (?:abren|están abiertas)\b|^(?:únete|apúntate|consigue)[^.!?]{1,40} por (?:solo )?\d+(?:,\d\d)? ?€\W*$|^(?:la )?oferta (?:termina|finaliza|válida hasta)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:il mio|il nostro) (?:nuovo )?(?:programma|corso|percorso|bootcamp)\b[^.!?]* apre\b|(?:le )?iscrizioni (?:aprono|sono aperte)\b|^(?:unisciti|iscriviti|ottieni|prendi)[^.!?]{1,40} (?:per|a) (?:soli )?\d+(?:,\d\d)? ?€\W*$|^(?:l')?offerta (?:termina|scade|valida fino)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:mijn|ons) (?:nieuwe )?(?:programma|cursus|traject|bootcamp)\b[^.!?]* (?:opent|gaat open)\b|(?:de )?inschrijving (?:opent|is geopend)\b|^(?:doe mee|schrijf je in|haal|koop)[^.!?]{1,40} voor (?:maar )?€ ?\d+(?:,\d\d)?\W*$|^(?:de |het )?aanbieding (?:loopt af|eindigt|is geldig tot)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:o meu|meu|o nosso|nosso) (?:novo )?(?:programa|curso|desafio|bootcamp)\b[^.!?]* abre\b|(?:as )?inscrições (?:abrem|estão abertas)\b|^(?:entre|junte-se|inscreva-se|garanta|obtenha)[^.!?]{1,40} por (?:apenas )?(?:r\$|€) ?\d+(?:,\d\d)?\W*$|^(?:a )?oferta (?:termina|acaba|válida até)(?:[^\pL\pN]|$))"},
  // The services a shop or a venue sells beside its letter: a loyalty
  // card applied for or linked to the app, points, stars or stamps
  // collected with every ticket or purchase; an app free for both phone
  // systems, as the caption over its badges says; click and collect; a
  // bike leased through the employer; the tickets button under a
  // programme; a meal kit's button to choose the week's dishes; a
  // co-branded credit card by its name and its missing annual fee.
  {C::house_ad, L::en, false,
   R"(\b(?:apply for|get|order) (?:your|a|the) (?:free )?(?:loyalty|rewards?|bonus|customer|member(?:ship)?) card (?:now|today|for free)\b|^(?:link|activate) (?:your|my) (?:[\pL-]+ )?card\W*$|\blink (?:your|the) (?:[\pL-]+ )?card (?:to|with) (?:the|your|our) app\b|(?:^|[.!?:] )(?:collect|earn) (?:a |one )?(?:stars?|stamps?|points?) (?:with|on|for) (?:every|each) (?:ticket|visit|purchase|order|booking|film|movie)\b|^(?:collect|earn) (?:stars|stamps|points) with )"
   R"(|\bapp is (?:free|available) (?:for|on) (?:iphone|ios) and android\b|\bfree (?:for|on) (?:iphone|ios) and android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\b(?:order|buy|reserve) online,? (?:and )?(?:pick (?:it )?up|collect) (?:in(?:-| )store|at (?:your|the) (?:store|branch)))"
   R"(|\bcycle ?to ?work scheme\b|\b(?:bike|e-bike|bicycle) leasing\b|\blease (?:your|a) (?:new )?(?:bike|e-bike|bicycle) through your employer\b)"
   R"(|^(?:choose|pick|select) (?:your )?(?:meals|recipes|dishes|menu)\W*$|^(?:the|your|our) [\pL-]+ (?:mastercard|visa(?: card)?)\W*$|[$£€] ?0 annual fee\b|\b0 ?[$£€] annual fee\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:kunden|bonus|treue|vorteils|club|mitglieds)karte (?:jetzt |gleich |online )?(?:kostenlos |gratis )?(?:beantragen|bestellen)\b|^(?:jetzt )?(?:karte|[\pL-]*card) (?:jetzt )?(?:beantragen|verknüpfen|aktivieren|hinterlegen)\W*$|\b(?:verknüpfe|verknüpfen sie) (?:deine|ihre) (?:[\pL-]+)?karte mit (?:der|unserer) app\b|\b(?:sammelst du|sammeln sie|sammelt ihr) (?:bei|mit|für) jede[mnr]? (?:einkauf|ticket|kinobesuch|besuch|bestellung|buchung|film)\b|^(?:punkte|sterne|stempel|bonuspunkte) sammeln (?:mit|bei) )"
   R"(|\bapp gibt(?:'s| es) (?:kostenlos|gratis)\b|\b(?:kostenlos|gratis) für (?:iphone|ios) und android\b)"
   R"(|\bclick (?:&|und|\+) collect\b|\bonline (?:bestellen|reservieren|kaufen),? (?:und )?(?:im|in der|in deinem|in ihrem) (?:markt|filiale|laden|geschäft) abholen\b)"
   R"(|\b(?:dienstrad|dienstfahrrad|jobrad|fahrrad|e-bike|bike)-?leasing\b|\b(?:leasen sie|least du) (?:ihr|dein) (?:neues |nächstes )?(?:rad|fahrrad|e-bike|bike) über (?:ihren|deinen) arbeitgeber\b|\b(?:ihr|dein) [\pL-]*rad als dienst(?:fahr)?rad\b)"
   R"(|^(?:jetzt )?(?:tickets?|karten|eintrittskarten) (?:sichern|kaufen|buchen|reservieren)\W*$)"
   R"(|^(?:jetzt )?(?:menü|gerichte|rezepte) (?:auswählen|wählen|zusammenstellen)\W*$|^(?:die|deine|ihre|unsere) [\pL-]+ (?:mastercard|visa(?: ?card)?)\W*$|\b0 ?(?:€|euro) jahresgebühr\b|\b(?:ohne|keine) jahresgebühr\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:demandez|obtenez|commandez) (?:votre|la|une) carte (?:de fidélité|fidélité|client|privilège|membre)(?:[^\pL\pN]|$)|^(?:demander|associer|activer) (?:ma |la |votre )?carte\W*$|\b(?:associez|reliez) (?:votre|ta) carte (?:de fidélité |fidélité )?à (?:l'|notre )app|(?:^|[.!?:] )(?:cumulez|gagnez|collectez) (?:des |une )?(?:points?|étoiles?|tampons?) (?:à|avec|pour) chaque (?:achat|billet|séance|visite|commande|réservation)\b)"
   R"(|\b(?:gratuite?|disponible) (?:sur|pour) (?:iphone|ios) et android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\b(?:commandez|réservez|achetez) en ligne,? (?:et )?retirez (?:en|dans votre) magasin\b|\bretrait (?:gratuit )?en magasin\b)"
   R"(|\b(?:leasing|location longue durée) (?:de )?vélos?\b|\bvélo de fonction\b|\blouez (?:votre|ton) (?:nouveau )?vélo (?:via|par) (?:votre|ton) employeur\b)"
   R"(|^(?:réservez|réserver|acheter) (?:vos |mes |des )?(?:places|billets)\W*$|^(?:choisir|choisissez|composez) (?:mes |vos )?(?:recettes|plats|menus?)\W*$)"
   R"(|^(?:la|votre|ta|notre) (?:mastercard|carte visa) [\pL-]+\W*$|\bsans cotisation annuelle\b|\b0 ?€ de cotisation annuelle\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:solicita|pide|consigue) (?:tu|la|una) tarjeta (?:de fidelidad|de cliente|de socio|club)\b|^(?:solicitar|vincular|activar) (?:mi |la |tu )?tarjeta\W*$|\bvincula (?:tu|la) tarjeta (?:[\pL-]+ )?(?:con|a) la app\b|(?:^|[.!?:] )(?:acumula|consigue|gana) (?:puntos|estrellas|sellos) (?:con|en|por) cada (?:compra|entrada|visita|pedido|reserva)\b)"
   R"(|\b(?:gratis|gratuita|disponible) (?:para|en) (?:iphone|ios) y android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\b(?:compra|pide|reserva) online,? y recoge(?:lo)? en (?:tienda|tu tienda)\b|\brecogida (?:gratis |gratuita )?en tienda\b)"
   R"(|\b(?:leasing|renting) de bicicletas?\b|\bbicicleta de empresa\b)"
   R"(|^(?:compra|comprar|reserva|consigue) (?:tus |las |mis )?entradas\W*$|^(?:elige|elegir|escoge) (?:tus |mis )?(?:recetas|platos|menú)\W*$)"
   R"(|^(?:la|tu|su|nuestra) (?:mastercard|tarjeta visa) [\pL-]+\W*$|\bsin cuota anual\b|\b0 ?€ de cuota anual\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:richiedi|ottieni) (?:la tua|la|una) (?:carta|tessera) (?:fedeltà|vantaggi|socio|club)|^(?:richiedi|collega|attiva) (?:la )?(?:carta|tessera)\W*$|\bcollega (?:la tua|la) (?:carta|tessera) (?:[\pL-]+ )?all'app\b|(?:^|[.!?:] )(?:accumula|raccogli|guadagna) (?:punti|stelle|bollini) (?:con|a|per) ogni (?:acquisto|biglietto|visita|ordine|prenotazione|spesa)\b)"
   R"(|\b(?:gratis|gratuita|disponibile) (?:per|su) (?:iphone|ios) e android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\b(?:ordina|acquista|prenota) online,? e ritira in (?:negozio|punto vendita)\b|\britiro (?:gratuito )?in negozio\b)"
   R"(|\b(?:leasing|noleggio a lungo termine) (?:di |della )?bici(?:clette?)?\b|\bbici aziendale\b)"
   R"(|^(?:acquista|prenota|compra) (?:i )?(?:tuoi )?biglietti\W*$|^(?:scegli|scegliere) (?:le tue |i tuoi )?(?:ricette|piatti|menu)\W*$)"
   R"(|^(?:la|la tua|la nostra) (?:mastercard|carta visa) [\pL-]+\W*$|\bsenza canone annuo\b|\bcanone annuo (?:zero|di 0)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bvraag (?:je|uw|de|een) (?:gratis )?(?:klanten|spaar|voordeel|bonus|club)kaart aan\b|^(?:kaart|pas) (?:aanvragen|koppelen|activeren)\W*$|\bkoppel (?:je|uw) (?:[\pL-]+)?kaart aan de app\b|(?:^|[.!?:] )spaar (?:punten|sterren|stempels|zegels) (?:bij|met|voor) (?:elke|iedere) (?:aankoop|bestelling|ticket|bezoek|boeking)\b)"
   R"(|\b(?:gratis|beschikbaar) (?:voor|op) (?:iphone|ios) en android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\bonline (?:bestellen|reserveren|kopen),? (?:en )?(?:in de winkel|in de vestiging|in het filiaal) (?:ophalen|afhalen)\b|\bgratis afhalen in de winkel\b)"
   R"(|\b(?:fiets|e-bike)(?:lease|leasing)\b|\bfiets van de zaak\b|\blease (?:je|uw) (?:nieuwe )?(?:fiets|e-bike) via (?:je|uw) werkgever\b)"
   R"(|^(?:koop|bestel|reserveer) (?:je |uw |nu )?(?:tickets|kaarten|kaartjes)\W*$|^(?:kies|kiezen) (?:je |jouw |uw )?(?:recepten|gerechten|menu)\W*$)"
   R"(|^(?:de|je|uw|onze) [\pL-]+ (?:mastercard|visa ?card)\W*$|\bgeen jaarlijkse (?:kosten|bijdrage)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:peça|solicite) (?:já )?(?:o seu|o teu|seu|o) cartão (?:de fidelidade|cliente|de sócio|club)\b|^(?:pedir|associar|ativar) (?:o )?cartão\W*$|\b(?:associe|ligue) o (?:seu |teu )?cartão (?:[\pL-]+ )?(?:à|com a) app\b|(?:^|[.!?:] )(?:acumule|junte|ganhe) (?:pontos|estrelas|selos) (?:em|com|por) cada (?:compra|bilhete|ingresso|visita|encomenda|reserva)\b)"
   R"(|\b(?:grátis|gratuita|disponível) (?:para|em|no) (?:iphone|ios) e android\b)"
   R"(|\bclick (?:&|and|\+) collect\b|\b(?:compre|encomende|reserve) online,? e (?:levante|retire|recolha) (?:em|na) loja\b|\blevantamento (?:gratuito )?em loja\b)"
   R"(|\b(?:leasing|renting) de bicicletas?\b|\bbicicleta de empresa\b)"
   R"(|^(?:compre|comprar|reserve|garanta) (?:já )?(?:os )?(?:seus |teus )?(?:bilhetes|ingressos)\W*$|^(?:escolha|escolher|escolhe) (?:as suas |os seus |as tuas )?(?:receitas|pratos|menu)\W*$)"
   R"(|^(?:o|o seu|o nosso) (?:mastercard|cartão visa) [\pL-]+\W*$|\bsem anuidade\b|\bsem comissão anual\b)"},
  // The sender's own panel or talk: the invitation to join named speakers
  // for a panel, and the line of its day, hour and place that ends "and
  // online".
  {C::house_ad, L::en, false,
   R"(^join [^.!?]{1,80} for (?:a|an|our) (?:[\pL-]+ ){0,2}(?:panel|conversation|discussion|webinar|briefing|talk|fireside chat|roundtable|q&a)\b)"
   R"(|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? [^!?]{0,60}\d(?::\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)[^!?]{0,120}\b(?:and|or) (?:online|on zoom|via zoom|by livestream)\W*$)"},
  {C::house_ad, L::de, false,
   R"(^(?:diskutieren sie mit|diskutiere mit|seien sie dabei|sei dabei)\b[^.!?]{0,80}\b(?:podiumsdiskussion|diskussion|gespräch|webinar|vortrag|mittagsgespräch)\b)"
   R"(|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? [^!?]{0,60}\d(?:[:.]\d\d)? uhr\b[^!?]{0,120}\b(?:und|oder) (?:online|im livestream|per zoom)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(^rejoignez [^.!?]{1,80} (?:pour|lors d') ?(?:une|un|notre) (?:[\pL-]+ ){0,2}(?:table ronde|débat|conférence|webinaire|discussion|rencontre)\b)"
   R"(|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) [^!?]{0,60}\d ?h(?: ?\d\d)?\b[^!?]{0,120}\b(?:et|ou) (?:en ligne|en direct|sur zoom|en visio)\W*$)"},
  {C::house_ad, L::es, false,
   R"(^(?:acompáñenos|acompáñanos|únete a|únase a) [^.!?]{1,80} (?:en|para) (?:una|un|nuestra|nuestro) (?:[\pL-]+ ){0,2}(?:mesa redonda|debate|conversatorio|seminario web|webinar|charla|conversación)\b)"
   R"(|^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? [^!?]{0,60}\d[:.]\d\d\b[^!?]{0,120}\b(?:y|o) (?:en línea|online|por zoom|en streaming)\W*$)"},
  {C::house_ad, L::it, false,
   R"(^(?:unisciti|unitevi|partecipa con|partecipate con) [^.!?]{1,80} (?:a|per|in) (?:una|un|la nostra|il nostro) (?:[\pL-]+ ){0,2}(?:tavola rotonda|dibattito|webinar|conversazione|incontro|conferenza)\b)"
   R"(|^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) [^!?]{0,60}\d[:.]\d\d\b[^!?]{0,120}\b(?:e|o) (?:online|in streaming|su zoom)\W*$)"},
  {C::house_ad, L::nl, false,
   R"(^(?:praat mee met|doe mee met|sluit (?:je|u) aan bij) [^.!?]{1,80} (?:voor|tijdens|bij) (?:een|ons|onze) (?:[\pL-]+ ){0,2}(?:panelgesprek|debat|webinar|gesprek|lezing|rondetafelgesprek)\b)"
   R"(|^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) [^!?]{0,60}\d[:.]\d\d(?: uur)?\b[^!?]{0,120}\b(?:en|of) (?:online|via zoom|via de livestream)\W*$)"},
  {C::house_ad, L::pt, false,
   R"(^(?:junte-se|acompanhe|participe com) [^.!?]{1,80} (?:para|num|numa|em) (?:um|uma|o nosso|a nossa) (?:[\pL-]+ ){0,2}(?:debate|painel|mesa-redonda|conversa|webinar|webinário|palestra)\b)"
   R"(|^(?:segunda|terça|quarta|quinta|sexta|sábado|domingo)(?:-feira)?,? [^!?]{0,60}\d[:h.]\d\d\b[^!?]{0,120}\b(?:e|ou) (?:online|on-line|pelo zoom|em streaming)\W*$)"},
  // The publisher's podcast box: its "Listen:" heading and the line on when
  // new episodes come out.
  {C::house_ad, L::en, false,
   R"(\bnew episodes? (?:(?:are |is )?out |drops? |lands? |goes live )?every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekday|morning)\b|^(?:listen|listen now|tune in) ?: [^.!?]{0,60}\bpodcast\W*$)"},
  {C::house_ad, L::de, false,
   R"(\bneue (?:folgen?|episoden?) (?:gibt es |erscheinen |erscheint |kommen |kommt )?(?:jeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen)|jede woche|immer (?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags))\b|^(?:jetzt )?(?:reinhören|anhören|hören sie rein|hör rein) ?: [^.!?]{0,60}podcast\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\bnouveaux? épisodes? (?:chaque|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin)s?\b|^(?:écoutez|à écouter) ?: [^.!?]{0,60}podcast\W*$)"},
  {C::house_ad, L::es, false,
   R"(\bnuevos? episodios? (?:cada|todos los) (?:lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|semana)\b|^(?:escucha|escúchalo|escuchad) ?: [^.!?]{0,60}podcast\W*$)"},
  {C::house_ad, L::it, false,
   R"(\bnuovi? episodi? ogni (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|settimana)|^(?:ascolta|ascoltaci) ?: [^.!?]{0,60}podcast\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\bnieuwe afleveringen? (?:verschijnen |verschijnt |komt |komen )?(?:elke|iedere) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week)\b|^(?:luister|beluister) ?: [^.!?]{0,60}podcast\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\bnovos? episódios? (?:toda|todas as|cada) (?:segunda|terça|quarta|quinta|sexta|sábado|domingo|semana)|^(?:ouça|ouve|escute) ?: [^.!?]{0,60}podcast\W*$)"},
  // The reader asked to pass the issue on when it pleased them: "Enjoyed
  // this? Forward it to a mate."
  {C::house_ad, L::en, false,
   R"(^(?:enjoyed|enjoying|liked|loved|like|love|enjoy) (?:this|this issue|this email|this newsletter|this letter|it|reading)\W+(?:please |then )?(?:forward|share|pass) (?:it|this|us)(?: on| along)? (?:to|with)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:(?:hat|haben) (?:ihnen|dir|euch) (?:diese[rs]? |der |die |das )?[\pL-]+ gefallen|(?:gefällt|gefallen) (?:ihnen|dir|euch) (?:diese[rs]? |der |die |das |unser[er]? )?[\pL-]+)\W+(?:dann )?(?:leiten sie|leite|leitet|schicken sie|schick) (?:ihn|sie|es|diese[nrs]? [\pL-]+)(?: an [^.!?]{0,40}?)? (?:gerne |doch )?weiter\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:vous avez aimé|tu as aimé|ça vous a plu|ça t'a plu|vous aimez|tu aimes|ça vous plaît|ça te plaît)[^.!?]{0,40}\W+(?:transférez|transfère|partagez|partage)-(?:la|le|les)\b)"},
  {C::house_ad, L::es, false,
   R"(^¿?(?:te ha gustado|le ha gustado|te gustó|le gustó|te gusta|le gusta|os gusta)[^.!?]{0,40}\W+(?:reenvíalo|reenvíala|reenvíelo|compártelo|compártela)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:ti è piaciuta|ti è piaciuto|vi è piaciuta|le è piaciuta|ti piace|vi piace|le piace)[^.!?]{0,40}\W+(?:inoltrala|inoltralo|inoltratela|condividila|condividilo)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:vond je|vond u|vonden jullie|vind je|vindt u|vinden jullie) (?:dit|deze [\pL-]+|het) (?:leuk|interessant|nuttig)\W+(?:stuur|stuurt u) (?:het|hem|deze|dit) door\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:gostou|curtiu|está gostando|estás a gostar|gosta)[^.!?]{0,40}\W+(?:encaminhe|reencaminhe|compartilhe|partilhe)(?:-o|-a)?\b)"},
  // A shop's sale box: the season's sale with its "save up to" figure, the
  // hurry line and the button to the sale.
  {C::house_ad, L::en, false,
   R"(^shop (?:the|our) (?:[\pL-]+ )?sale(?: now| today)?\W*$|\bhurry,? (?:quantities|supplies|stock) (?:are|is) limited\b)"
   R"(|^(?:summer|winter|spring|fall|autumn|holiday|clearance|anniversary|end[- ]of[- ]season|semi-annual|annual) sale\b[^.!?]*\bsave up to \d+ ?%)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?(?:im sale|zum sale|den sale|sale) (?:shoppen|entdecken|ansehen)\W*$|\bschnell sein,? (?:der vorrat|die stückzahl) ist begrenzt\b)"
   R"(|^(?:sommer|winter|frühlings|herbst|jubiläums)[- ]?(?:sale|schlussverkauf)\b[^.!?]*\b(?:bis zu|sparen sie bis zu) \d+ ?%)"},
  {C::house_ad, L::fr, false,
   R"(^(?:découvrir|voir|j'en profite pour) les soldes\W*$|\bfaites vite,? (?:les )?(?:quantités|stocks) (?:sont )?limités?\b)"
   R"(|^soldes d'(?:été|hiver)[^.!?]*\bjusqu'à -?\d+ ?%)"},
  {C::house_ad, L::es, false,
   R"(^(?:comprar|ver|descubre) (?:las )?rebajas\W*$|\bdate prisa,? (?:las )?(?:unidades|existencias) (?:son )?limitadas\b)"
   R"(|^rebajas de (?:verano|invierno)\b[^.!?]*\bhasta (?:un )?-?\d+ ?%)"},
  {C::house_ad, L::it, false,
   R"(^(?:scopri|acquista) i saldi\W*$|\baffrettati,? (?:le )?(?:quantità|scorte) (?:sono )?limitate\b)"
   R"(|^saldi (?:estivi|invernali)\b[^.!?]*\bfino al -?\d+ ?%)"},
  {C::house_ad, L::nl, false,
   R"(^(?:shop|bekijk) de (?:sale|uitverkoop)\W*$|\bwees er snel bij,? (?:de )?voorraad is beperkt\b)"
   R"(|^(?:zomer|winter)(?:sale|uitverkoop)\b[^.!?]*\btot (?:wel )?\d+ ?%)"},
  {C::house_ad, L::pt, false,
   R"(^(?:compre|ver|aproveite) (?:os saldos|a liquidação|as promoções)\W*$|\bcorra,? (?:as )?(?:quantidades|unidades) (?:são )?limitadas\b)"
   R"(|^(?:saldos|liquidação) de (?:verão|inverno)\b[^.!?]*\baté -?\d+ ?%)"},
  // A download's closing lines under its mirror list: where the checksums
  // are, and the thanks to the mirror operators.
  {C::house_ad, L::en, false,
   R"(\bthanks? (?:to|go to) (?:the|our|all) mirror (?:operators|sites|admins|hosts|providers|sponsors)\b|\b(?:md5|sha1|sha256) (?:checksums|sums|hashes)(?: and (?:gpg|pgp) signatures)? (?:are|can be found) (?:in|on|next to)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:dank an|danke an|wir danken) (?:die|den|allen) (?:mirror|spiegel)[- ]?(?:betreiber|betreibern|servern)\b|\b(?:md5|sha1|sha256)[- ]prüfsummen(?: und (?:gpg|pgp)[- ]signaturen)? (?:liegen|finden sie|stehen)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bmerci aux (?:hébergeurs|responsables|administrateurs) des miroirs\b|\bles sommes de contrôle (?:md5|sha1|sha256)(?: et les signatures (?:gpg|pgp))? se trouvent\b)"},
  {C::house_ad, L::es, false,
   R"(\bgracias a (?:los|todos los) (?:responsables|administradores) de (?:los|las) (?:mirrors|réplicas|espejos)\b|\blas sumas (?:de verificación )?(?:md5|sha1|sha256)(?: y las firmas (?:gpg|pgp))? están\b)"},
  {C::house_ad, L::it, false,
   R"(\bgrazie ai (?:gestori|responsabili) dei mirror\b|\bi checksum (?:md5|sha1|sha256)(?: e le firme (?:gpg|pgp))? si trovano\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:dank aan|met dank aan) de (?:mirrorbeheerders|beheerders van de mirrors)\b|\bde (?:md5|sha1|sha256)-controlesommen(?: en (?:gpg|pgp)-handtekeningen)? staan\b)"},
  {C::house_ad, L::pt, false,
   R"(\bobrigad[oa] aos (?:mantenedores|responsáveis|administradores) dos (?:espelhos|mirrors)\b|\bas somas de verificação (?:md5|sha1|sha256)(?: e as assinaturas (?:gpg|pgp))? estão\b)"},
  // The publisher's own browser extension ("Add the free price tracker
  // extension to Chrome") and its own job board pitched with its count of
  // openings ("Browse 412 open roles at startups that just raised").
  {C::house_ad, L::en, false,
   R"(^(?:add|install|get|download) (?:the |our )?(?:free )?(?:[\pL-]+ ){0,2}(?:browser )?extension (?:to|for|in|on) |^add to (?:chrome|firefox|edge|safari|(?:your )?browser)\b)"
   R"(|^browse (?:all |our |over |more than )?\d[\d,]* (?:new |open |live |remote )?(?:roles|jobs|positions|openings|vacancies)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:installiere|installieren sie|hol dir|holen sie sich|füge|fügen sie|lade|laden sie) (?:jetzt )?(?:die |unsere )?(?:kostenlose )?(?:[\pL-]+ ){0,2}[\pL-]*erweiterung\b|^(?:zu|in) (?:chrome|firefox|edge|safari|(?:deinem |ihrem )?browser) hinzufügen\b)"
   R"(|^(?:entdecke|durchsuche|entdecken sie|durchsuchen sie|stöbere in) (?:alle |über |mehr als )?\d[\d.]* (?:neue |offene |aktuelle )?(?:stellen|jobs|stellenangebote)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:installez|ajoutez|téléchargez|installe|ajoute) (?:gratuitement )?(?:l'|notre )extension\b|^ajouter à (?:chrome|firefox|edge|safari|(?:votre )?navigateur)\b)"
   R"(|^(?:parcourez|découvrez|consultez) (?:les |nos |plus de )?\d[\d  .]* (?:offres d'emploi|postes|offres)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:instala|añade|agrega|descarga|instale|añada) (?:gratis )?(?:la |nuestra )extensión\b|^(?:añadir|agregar) a (?:chrome|firefox|edge|safari|(?:tu )?navegador)\b)"
   R"(|^(?:explora|descubre|consulta) (?:las |nuestras |más de )?\d[\d.]* (?:ofertas de empleo|vacantes|ofertas|empleos)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:installa|aggiungi|scarica) (?:gratis )?(?:l'|la nostra )estensione\b|^aggiungi a (?:chrome|firefox|edge|safari|(?:il tuo )?browser)\b)"
   R"(|^(?:scopri|sfoglia|esplora) (?:le |gli |le nostre |oltre )?\d[\d.]* (?:offerte di lavoro|posizioni aperte|offerte)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:installeer|download) (?:gratis )?(?:de|onze) (?:gratis )?(?:[\pL-]+ )?[\pL-]*extensie\b|^voeg (?:de|onze) (?:gratis )?(?:[\pL-]+ )?[\pL-]*extensie toe\b|^toevoegen aan (?:chrome|firefox|edge|safari|(?:je )?browser)\b)"
   R"(|^(?:bekijk|ontdek|doorzoek) (?:alle |onze |de |ruim )?\d[\d.]* (?:vacatures|banen|openstaande functies)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:instale|adicione|baixe|instala|adiciona) (?:grátis )?(?:a |nossa |a nossa )extensão\b|^adicionar ao (?:chrome|firefox|edge|safari|(?:seu )?navegador)\b)"
   R"(|^(?:explore|veja|confira|descubra) (?:as |nossas |mais de )?\d[\d.]* (?:vagas|ofertas de emprego|oportunidades)\b)"},
  // A maker's own shop beside its letter: a computer configured to order
  // ("Configure yours", "we build it in 5 business days"), a rebate to
  // claim, gift certificates that come in any amount and the button that
  // orders one, a partner's miles per stay or rental and the code to give
  // when booking.
  {C::house_ad, L::en, false,
   R"(^(?:configure|customi[sz]e) yours\b|^configure your (?:own|new) (?:pc|computer|desktop|notebook|laptop)\b|\bbuild yours (?:now|today|online)\W*$|\bwe build it (?:to order )?in \d+ (?:business |working )?days\b)"
   R"(|\b(?:get|receive|claim) (?:a |an |up to )?[$£€] ?\d+(?:\.\d\d)? (?:mail-in |cash )?rebate\b)"
   R"(|\b(?:[\pL&'-]+ )?gift (?:certificates?|cards?|vouchers?) (?:come|are sold|are available) in any amount\b|\b(?:order|buy|give|send) (?:a |an )?(?:e-?)?gift (?:certificate|card|voucher)s?\W*$)"
   R"(|\b\d[\d,]* (?:[\pL-]+ ){0,2}(?:miles|points) per (?:stay|night|rental|booking)\b|\buse (?:the )?(?:discount|promo(?:tion(?:al)?)?|offer|rate) code [a-z0-9-]+ when you (?:reserve|book|rent)\b|^(?:fly|stay|drive|rent|travel|park)(?:,? (?:and|&) (?:fly|stay|drive|rent|park))? for less\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:konfigurieren sie|konfiguriere) (?:ihren|deinen) (?:neuen|eigenen|wunsch-?)|^(?:jetzt )?(?:wunsch-?)?(?:pc|rechner|notebook) konfigurieren\W*$|\bwir bauen (?:ihn|ihren (?:pc|rechner)|deinen (?:pc|rechner)) in \d+ (?:werk|arbeits)tagen\b)"
   R"(|\b(?:erhalten sie|erhältst du|sichern sie sich|sichere dir) (?:bis zu )?\d+ ?(?:€|euro) (?:cashback|rückvergütung)\b)"
   R"(|\bgutscheine? (?:gibt es|erhalten sie) in jeder (?:höhe|wunschhöhe)\b|\bgutschein (?:bestellen|kaufen|verschenken)\W*$)"
   R"(|\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:meilen|punkte) pro (?:aufenthalt|übernachtung|anmietung|buchung)\b|\bmit dem (?:rabatt|aktions)code [a-z0-9-]+ bei (?:der )?(?:buchung|reservierung|anmietung)\b|^günstiger (?:übernachten|fahren|mieten|reisen|parken)(?: (?:und|&) (?:übernachten|fahren|mieten|parken))?\W*$)"},
  {C::house_ad, L::fr, false,
   R"(^configurez (?:le vôtre|votre (?:nouveau|propre) (?:pc|ordinateur|portable))\b|\bnous l'assemblons en \d+ jours\b)"
   R"(|\b(?:recevez|obtenez) (?:jusqu'à )?\d+ ?(?:€|euros?) (?:remboursés|de remboursement)\b)"
   R"(|\b(?:commander|offrir|acheter|commandez|offrez) (?:un|une) (?:bon|carte|chèque)[ -]cadeau\W*$)"
   R"(|\b\d[\d .]* (?:[\pL-]+ ){0,2}(?:miles|points) par (?:séjour|nuit|location|réservation)\b|\b(?:avec|utilisez) le code (?:promo )?[a-z0-9-]+ lors de (?:votre|la) réservation\b|^(?:dormez|roulez|voyagez|louez|garez-vous)(?: et (?:dormez|roulez|louez))? moins cher\b)"},
  {C::house_ad, L::es, false,
   R"(^configura (?:el tuyo|tu (?:nuevo|propio) (?:pc|ordenador|portátil))\b|\blo montamos en \d+ días\b)"
   R"(|\b(?:recibe|obtén|consigue) (?:hasta )?\d+ ?(?:€|euros) de reembolso\b)"
   R"(|\b(?:compra|regala|pide) (?:una|un) (?:tarjeta|cheque|vale)[ -]regalo\W*$)"
   R"(|\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:millas|puntos) por (?:estancia|noche|alquiler|reserva)\b|\b(?:usa|con) el código (?:promocional |de descuento )?[a-z0-9-]+ al reservar\b|^(?:alójate|viaja|conduce|alquila|aparca)(?: y (?:alójate|conduce|alquila))? por menos\b)"},
  {C::house_ad, L::it, false,
   R"(^configura il tuo nuovo (?:pc|computer|notebook|portatile)\b|\blo assembliamo in \d+ giorni\b)"
   R"(|\b(?:ricevi|ottieni) (?:fino a )?\d+ ?(?:€|euro) di rimborso\b)"
   R"(|\b(?:regala|acquista|ordina) (?:una|un) (?:gift card|carta regalo|buono regalo)\W*$)"
   R"(|\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:miglia|punti) per (?:soggiorno|notte|noleggio|prenotazione)\b|\b(?:usa|con) il codice (?:sconto )?[a-z0-9-]+ (?:al momento della prenotazione|quando prenoti)\b|^(?:dormi|viaggia|noleggia|parcheggia)(?: e (?:dormi|noleggia|viaggia))? (?:a meno|spendendo meno)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:stel (?:je|uw) (?:eigen )?(?:pc|computer|laptop) samen|configureer (?:je|uw) nieuwe (?:pc|computer|laptop))\b|\bwij bouwen (?:hem|je pc|uw pc) in \d+ werkdagen\b)"
   R"(|\b(?:ontvang|krijg) (?:tot )?(?:€ ?)?\d+ (?:euro )?cashback\b)"
   R"(|\b(?:bestel|koop|geef) (?:een )?cadeau(?:bon|kaart)\W*$)"
   R"(|\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:miles|punten) per (?:verblijf|nacht|huur|boeking)\b|\b(?:gebruik|met) (?:de )?(?:kortings|actie)code [a-z0-9-]+ bij het (?:reserveren|boeken)\b|^(?:voordelig|goedkoper) (?:overnachten|huren|reizen|parkeren)(?: (?:en|&) (?:overnachten|huren|parkeren))?\W*$)"},
  {C::house_ad, L::pt, false,
   R"(^configure (?:o seu|seu) novo (?:pc|computador|portátil)\b|\bmontamo-lo em \d+ dias\b)"
   R"(|\b(?:receba|ganhe) (?:até )?(?:€ ?)?\d+ (?:€ |euros )?de reembolso\b)"
   R"(|\b(?:compre|ofereça|peça) (?:um|uma) (?:cartão|vale|cheque)[ -](?:presente|oferta)\W*$)"
   R"(|\b\d[\d.]* (?:[\pL-]+ ){0,2}(?:milhas|pontos) por (?:estadia|noite|aluguel|aluguer|reserva)\b|\b(?:use|com) o código (?:promocional |de desconto )?[a-z0-9-]+ ao reservar\b|^(?:durma|viaje|alugue|estacione)(?: e (?:durma|alugue|viaje))? por menos\b)"},
  // A shop's side offers beside its deals: a warranty extended for a
  // fee, an order reserved online and fetched from a pickup station, a
  // coupon code typed in at checkout with its redeem button, a travel
  // insurance added to a booking, a bank's account or depot to open, and
  // the share button of a referral link.
  {C::house_ad, L::en, false,
   R"(\bextend (?:the |your )?(?:manufacturer'?s )?warranty\b|\bextended warranty\b|\bup to \d+ years? of (?:warranty|protection|cover)\b)"
   R"(|\b(?:reserve|order|buy) online and (?:pick|collect) (?:it |them |your order )?(?:up )?(?:in|at|from)\b|\bready (?:for|to) (?:pick-?up|collect(?:ion)?) in (?:as little as )?\d+ minutes\b|\bat the pick-?up (?:station|locker)\b)"
   R"(|^(?:redeem|use|apply) (?:the |your |my )?(?:promo |discount |coupon )?code(?: now| today)?\W*$|\b(?:enter|use) (?:the )?(?:promo |discount )?code [a-z0-9-]+ when (?:you )?(?:pay|check out|order)\b)"
   R"(|\btrip cancellation(?: insurance)?,? (?:and )?(?:trip )?interruption\b|^add (?:travel )?(?:insurance|protection)\W*$)"
   R"(|^(?:open (?:an?|your) (?:account|brokerage account|investment account|depot|(?:stocks and shares |stocks & shares |cash |junior )?isa|sipp|pension|savings account|trading account)|open an account)(?: now| today| in minutes)?\W*$)"
   R"(|^(?:share|copy) (?:your )?(?:referral|invite|invitation) link\W*$)"},
  {C::house_ad, L::de, false,
   R"(\b(?:verlänger(?:e|n sie|t)|verlängerung der) (?:die |deine |ihre )?(?:hersteller)?garantie\b|\bbis zu \d+ jahre(?:n)? (?:garantie|geräteschutz|schutz)\b)"
   R"(|\b(?:reservieren|bestellen|kaufen) sie online und holen sie\b|\b(?:reservier|bestell|kauf)e? online und hol(?:e|t)? (?:dir )?\b|\ban der abholstation\b)"
   R"(|^(?:jetzt )?(?:gutschein|rabatt|aktions)?code (?:jetzt )?einlösen\W*$|\b(?:gib|geben sie) (?:beim (?:bezahlen|bestellen)|im warenkorb|an der kasse) (?:den |deinen |ihren )?(?:gutschein|rabatt|aktions)?code [a-z0-9-]+ ein\b)"
   R"(|\breiserücktritt(?:sversicherung)?,? (?:und )?reiseabbruch\b|\breise(?:schutz|versicherung|rücktrittsversicherung) (?:hinzufügen|dazubuchen|abschließen)\b)"
   R"(|^(?:jetzt )?(?:ein |einen |ihr |ihren |dein |deinen )?(?:depot|wertpapierdepot|tagesgeldkonto|girokonto|konto|sparplan|etf-sparplan|festgeldkonto) (?:jetzt )?(?:eröffnen|anlegen|einrichten)\W*$)"
   R"(|^(?:einladungslink|empfehlungslink) (?:teilen|kopieren)\W*$|^(?:teile|teilen sie) (?:deinen|ihren) (?:einladungs|empfehlungs)link\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\bprolong(?:ez|er) (?:la|votre) garantie\b|\bgarantie (?:étendue|prolongée)\b|\bjusqu'à \d+ ans de (?:garantie|protection)\b)"
   R"(|\bréservez en ligne et (?:retirez|récupérez)\b|\bprêt(?:e|s)? à (?:être )?retir(?:er|é) en \d+ minutes\b|à la borne de retrait\b)"
   R"(|^(?:utiliser|utilisez|activer|activez) (?:mon |le |votre |ton )?code(?: promo)?(?: maintenant)?\W*$|\b(?:saisissez|saisis|entrez|entre) (?:le )?code(?: promo)? [a-z0-9-]+ (?:lors du paiement|au moment de payer|dans (?:votre|ton) panier)\b)"
   R"(|\bannulation,? (?:et )?interruption de (?:séjour|voyage)\b|^ajout(?:er|ez) (?:une |l')assurance(?: voyage| annulation)?\W*$)"
   R"(|^(?:ouvr(?:ez|ir) (?:un|une|votre) (?:compte|compte-titres|pea|per|livret|assurance[ -]vie))(?: maintenant| en ligne)?\W*$)"
   R"(|^(?:partage[rz]?|copie[rz]?) (?:ton |votre )?lien (?:de parrainage|d'invitation)\W*$)"},
  {C::house_ad, L::es, false,
   R"(\bampl[íi](?:a|e|ar) (?:la|tu|su) garantía\b|\bgarantía (?:extendida|ampliada)\b|\bhasta \d+ años de (?:garantía|protección)\b)"
   R"(|\breserva (?:online|en línea) y recoge\b|\blisto para recoger en \d+ minutos\b|\ben el punto de recogida\b)"
   R"(|^(?:canjea|usa|aplica) (?:el |tu )?código(?: ya| ahora)?\W*$|\b(?:introduce|introduzca|usa) el código [a-z0-9-]+ (?:al pagar|en la cesta|en el carrito|al finalizar (?:la|tu) compra)\b)"
   R"(|\bcancelación,? (?:e |y )?interrupción del viaje\b|^añad(?:e|ir|a) (?:el |un )?seguro(?: de viaje| de cancelación)?\W*$)"
   R"(|^(?:abr(?:e|a|ir) (?:tu|su|una) cuenta(?: de valores)?)(?: ahora| ya)?\W*$)"
   R"(|^(?:comparte|copia) tu enlace de (?:invitación|referido)\W*$)"},
  {C::house_ad, L::it, false,
   R"(\bestend(?:i|ere|a) la (?:tua |sua )?garanzia\b|\bgaranzia (?:estesa|prolungata)\b|\bfino a \d+ anni di (?:garanzia|protezione)\b)"
   R"(|\bprenota online e ritira\b|\bpronto per il ritiro in \d+ minuti\b|\bal punto di ritiro\b)"
   R"(|^(?:usa|riscatta|attiva) (?:il (?:tuo )?)?codice(?: ora| subito)?\W*$|\b(?:inserisci|usa) il codice [a-z0-9-]+ (?:al pagamento|nel carrello|al checkout)\b)"
   R"(|\bannullamento,? (?:e )?interruzione (?:del )?viaggio\b|^aggiungi (?:l'|un')?assicurazione(?: viaggio| annullamento)?\W*$)"
   R"(|^(?:apri|aprire) (?:il tuo |un )?(?:conto|conto titoli|deposito titoli)(?: ora| subito)?\W*$)"
   R"(|^(?:condividi|copia) il (?:tuo )?link (?:di invito|referral)\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\bverleng (?:de|je|uw) (?:fabrieks)?garantie\b|\bextra garantie\b|\btot (?:wel )?\d+ jaar (?:garantie|bescherming)\b)"
   R"(|\breserveer online en haal\b|\bbinnen \d+ minuten (?:klaar|afhaalklaar)\b|\bbij het afhaalpunt\b)"
   R"(|^(?:gebruik|verzilver) (?:je |uw |de )?(?:kortings)?code(?: nu)?\W*$|\b(?:vul|voer) (?:de )?(?:kortings)?code [a-z0-9-]+ in (?:bij het afrekenen|in (?:je|uw) winkelmand(?:je)?)\b)"
   R"(|\bannulering,? (?:en )?reisonderbreking\b|^(?:voeg (?:een )?(?:reis|annulerings)verzekering toe|(?:reis|annulerings)verzekering toevoegen)\W*$)"
   R"(|^(?:open (?:een|je|uw) (?:rekening|beleggingsrekening|depot|spaarrekening|pensioenrekening))(?: nu| vandaag)?\W*$)"
   R"(|^(?:deel|kopieer) (?:je|uw) (?:uitnodigings|verwijs)link\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\bestend(?:a|er) a (?:sua |tua )?garantia\b|\bgarantia (?:estendida|alargada)\b|\baté \d+ anos de (?:garantia|proteção)\b)"
   R"(|\breserve online e (?:levante|retire)\b|\bpronto para (?:levantar|retirar) em \d+ minutos\b|\bno ponto de recolha\b)"
   R"(|^(?:usa|use|resgate|aplique) (?:o )?(?:seu |teu )?código(?: já| agora)?\W*$|\b(?:insira|introduza|usa|use) o código [a-z0-9-]+ (?:no checkout|no carrinho|ao pagar|na finalização)\b)"
   R"(|\bcancelamento,? (?:e )?interrupção (?:da )?viagem\b|^adicion(?:e|ar) (?:o |um )?seguro(?: de viagem| de cancelamento)?\W*$)"
   R"(|^(?:abr(?:a|ir) (?:a sua|sua|uma) conta(?: de investimento)?)(?: agora| já)?\W*$)"
   R"(|^(?:partilh|compartilh|copi)(?:e|ar) (?:o )?(?:seu|teu) link de (?:convite|indicação)\W*$)"},
  // A customer letter's buttons under its offer boxes, a line alone: add
  // the offer to the reader's box or basket, apply a code, work out a
  // premium or a quote, secure a fare or a deal, see the reader's upgrade
  // options or rewards, shop a product.
  {C::house_ad, L::en, false,
   R"(^add (?:it |this |them )?to (?:my|your) (?:box|basket|cart|bag|order|delivery)(?: now)?\W*$|^apply (?:the |this |my |your )?(?:promo |discount )?code(?: now)?\W*$)"
   R"(|^(?:get|calculate|check) (?:a |my |your )?(?:quote|premium|price)(?: now| today| online)?\W*$|^(?:see|view|check|explore) (?:my|your) (?:upgrade|plan|tariff|reward|points)(?: options)?\W*$)"
   R"(|^(?:see|view) (?:the |my |your )?(?:rewards|bundle|deal)\W*$|^shop (?:the|now|our) [^.!?]{0,30}$|^(?:grab|secure|book) (?:the |this |your )?(?:deal|fare|offer|saver fare)(?: now)?\W*$)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?(?:in den warenkorb|in die box|in meine box|zur box hinzufügen|zur bestellung hinzufügen)(?: legen)?\W*$|^(?:jetzt )?code (?:anwenden|einlösen)\W*$)"
   R"(|^(?:jetzt )?(?:beitrag|prämie|tarif|preis|angebot) (?:jetzt )?berechnen\W*$|^(?:jetzt )?(?:meine |ihre |deine )?(?:prämien|vorteile|upgrade-optionen|optionen) ansehen\W*$)"
   R"(|^(?:jetzt )?[\pL-]*(?:preis|ticket|angebot|rabatt|deal)e? (?:jetzt )?sichern\W*$|^(?:jetzt )?(?:das )?(?:paket|bundle) ansehen\W*$)"},
  {C::house_ad, L::fr, false,
   R"(^ajouter (?:à|a|dans) (?:ma|mon|votre|ta|ton) (?:box|panier|commande|boîte|colis)\W*$|^appliquer (?:le |mon |votre )?code(?: promo)?\W*$)"
   R"(|^(?:calculer|obtenir|estimer) (?:mon|votre|ton) (?:tarif|devis|prix|cotisation)\W*$|^(?:voir|découvrir) (?:mes|vos|tes) (?:options|récompenses|avantages|points)\W*$)"
   R"(|^(?:voir|découvrir) (?:le pack|l'offre groupée|le bundle)\W*$|^(?:je )?(?:réserve|profite de) (?:mon|ce|le) (?:tarif|prix) (?:réduit|mini|promo)\W*$)"},
  {C::house_ad, L::es, false,
   R"(^añadir a (?:mi|tu|su) (?:caja|cesta|carrito|pedido)\W*$|^aplicar (?:el |mi |tu )?código(?: promocional| de descuento)?\W*$)"
   R"(|^(?:calcula|calcular|calcule) (?:tu|mi|su) (?:precio|tarifa|seguro|prima|presupuesto)\W*$|^ver (?:mis|tus|sus) (?:opciones|recompensas|puntos|ventajas)\W*$)"
   R"(|^ver (?:el )?(?:pack|paquete|combo)\W*$|^(?:consigue|reserva|asegura) (?:tu|el|este) (?:descuento|precio|billete) (?:reducido|promocional)\W*$)"},
  {C::house_ad, L::it, false,
   R"(^aggiungi (?:alla|al) (?:mia |tua |sua )?(?:box|carrello|ordine|cassetta)\W*$|^applica (?:il )?codice(?: sconto)?\W*$)"
   R"(|^calcola (?:il tuo |il |la tua |la )?(?:preventivo|premio|prezzo|tariffa)\W*$|^(?:vedi|scopri) (?:le )?(?:mie|tue|sue) (?:opzioni|ricompense|vantaggi)\W*$)"
   R"(|^(?:vedi|scopri) il (?:pacchetto|bundle)\W*$|^(?:prenota|blocca) (?:la tua |la )?tariffa (?:scontata|promo)\W*$)"},
  {C::house_ad, L::nl, false,
   R"(^(?:toevoegen aan|voeg toe aan) (?:mijn|je|uw) (?:box|mand|winkelmand|winkelwagen|bestelling)\W*$|^(?:kortings)?code toepassen\W*$)"
   R"(|^bereken (?:je|uw|mijn) (?:premie|prijs|tarief)\W*$|^bekijk (?:mijn|je|uw) (?:opties|beloningen|upgrade-opties|voordelen)\W*$)"
   R"(|^bekijk (?:het|de) (?:bundel|pakket)\W*$|^(?:boek|pak) (?:je|uw|deze) (?:voordeel)?(?:tarief|deal)\W*$)"},
  {C::house_ad, L::pt, false,
   R"(^adicionar (?:à|a|ao) (?:minha |tua |sua )?(?:caixa|cesta|encomenda|carrinho|pedido)\W*$|^aplicar (?:o )?(?:meu |seu )?código(?: promocional)?\W*$)"
   R"(|^(?:calcul(?:e|ar)|simul(?:e|ar)) (?:o )?(?:seu|meu|teu) (?:prémio|prêmio|preço|seguro|orçamento)\W*$|^ver (?:as )?(?:minhas|suas|tuas) (?:opções|recompensas|vantagens)\W*$)"
   R"(|^ver o (?:pacote|combo)\W*$|^(?:garant|reserv)(?:a|e|ir) (?:a sua |a tua |a )?tarifa (?:promocional|reduzida)\W*$)"},
  // A customer letter's side offers: the trade-in of the reader's old
  // device against a new one, the reader's points balance set as a label,
  // and the line listing the screens a service's apps run on.
  {C::house_ad, L::en, false,
   R"(\btrade in your (?:old |current |used )?(?:phone|device|handset|smartphone|tablet|laptop|watch)\b|^(?:your )?points balance ?: ?\d|^(?:watch|stream|listen|read|play) (?:it |them )?on your (?:smart tv|tv|phone|smartphone|tablet|laptop|computer|console)(?:, [\pL ]{2,15})*,? (?:or|and) (?:your )?(?:tv|phone|tablet|laptop|computer|browser|console|web)\W*$)"},
  {C::house_ad, L::de, false,
   R"(\b(?:ihr|ihren|dein|deinen) (?:altes?|alten|gebrauchtes?) (?:handy|smartphone|gerät|tablet|telefon) (?:in zahlung geben|eintauschen|zurückgeben)\b|\b(?:geben sie|gib) (?:ihr|dein) (?:altes|gebrauchtes) (?:handy|smartphone|gerät|tablet|telefon) in zahlung\b|^(?:ihr |dein )?punktestand ?: ?\d|^(?:schauen sie|schau|streamen sie|streame|hören sie|hör) (?:auf|am) (?:ihrem|deinem) (?:fernseher|tv|smartphone|handy|tablet|laptop)(?:, [\pL ]{2,15})*,? (?:oder|und) (?:im )?(?:browser|fernseher|tablet|laptop|web)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:faites|fais) reprendre (?:votre|ton) ancien (?:téléphone|smartphone|appareil|mobile)\b|\breprise de (?:votre|ton) ancien (?:téléphone|smartphone|appareil|mobile)\b|^(?:votre |ton )?solde (?:de )?points ?: ?\d|^(?:regardez|regarde|écoutez|écoute) sur (?:votre|ta|ton) (?:télé|tv|téléviseur|smartphone|tablette|ordinateur)(?:, [\pL ]{2,15})*,? (?:ou|et) (?:votre |ton |ta )?(?:navigateur|tablette|ordinateur|télé)\W*$)"},
  {C::house_ad, L::es, false,
   R"(\bentrega (?:tu|su) (?:antiguo |viejo )?(?:móvil|teléfono|smartphone|dispositivo)(?: antiguo| viejo)? y (?:llévate|consigue|obtén|ahorra)\b|^(?:tu |su )?saldo de puntos ?: ?\d|^(?:mira|ve|escucha|disfruta) (?:en|desde) (?:tu|su) (?:tele|televisor|tv|móvil|tablet|ordenador)(?:, [\pL ]{2,15})*,? (?:o|y) (?:tu |su |el )?(?:navegador|tablet|ordenador|móvil)\W*$)"},
  {C::house_ad, L::it, false,
   R"(\b(?:permuta|supervaluta) (?:il tuo |il suo )?(?:vecchio |usato )?(?:smartphone|telefono|dispositivo|cellulare)\b|^(?:il tuo |il suo )?saldo punti ?: ?\d|^(?:guarda|ascolta|goditi) (?:sulla|sul) (?:tua |tuo )?(?:tv|smart tv|smartphone|tablet|computer)(?:, [\pL ]{2,15})*,? (?:o|e) (?:sul )?(?:browser|tablet|computer)\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\bruil (?:je|uw) (?:oude |huidige )?(?:telefoon|toestel|smartphone|tablet) in\b|^(?:je |uw )?puntensaldo ?: ?\d|^(?:kijk|luister|stream) op (?:je|uw) (?:tv|telefoon|smartphone|tablet|laptop|computer)(?:, [\pL ]{2,15})*,? (?:of|en) (?:in (?:je|uw|de) )?(?:browser|tablet|laptop|computer)\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:troque|entregue) o (?:seu |teu )?(?:telemóvel|celular|smartphone|equipamento) (?:antigo|usado)\b|^(?:o seu |o teu |seu )?saldo de pontos ?: ?\d|^(?:veja|assista|vê|ouça) n[ao] (?:sua |tua |seu |teu )?(?:tv|televisão|smartphone|telemóvel|celular|tablet|computador)(?:, [\pL ]{2,15})*,? (?:ou|e) n[oa] (?:navegador|browser|tablet|computador)\W*$)"},
  // A crowdfunded publisher's backer mail around its production news: the
  // reminder of the backer survey, the pledge manager where add-ons are
  // bought, the late-pledge store, an add-on back for this round only.
  {C::house_ad, L::en, false,
   R"(\bbacker survey\b|\bpledge manager\b|\blate[- ]pledges? (?:are|is) (?:now )?open\b|\blate[- ]pledge (?:store|shop|page)\b|\b(?:is|are) back for (?:this|the) (?:round|campaign|pledge round|late pledge) only\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:backer|unterstützer)-?umfrage\b|\bpledge-?manager\b|\blate[- ]pledges? (?:sind|ist) (?:jetzt |ab sofort )?(?:offen|geöffnet|möglich)\b|\bnachzügler-?pledges?\b|\bgibt es nur in dieser (?:runde|kampagne) (?:noch einmal|wieder)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bquestionnaire (?:des |de |aux )?(?:contributeurs|backers|participants à la campagne)\b|\bpledge manager\b|\bgestionnaire de (?:pledges?|contributions)\b|\b(?:les )?late pledges? (?:sont|est) (?:désormais |maintenant )?ouverts?\b|\bde retour pour cette (?:campagne|vague) seulement\b)"},
  {C::house_ad, L::es, false,
   R"(\bencuesta (?:de|para) (?:mecenas|patrocinadores|backers)\b|\bpledge manager\b|\bgestor de (?:pledges|aportaciones|recompensas)\b|\b(?:los )?late pledges? (?:ya )?(?:están|está) abiert[oa]s?\b|\bvuelve (?:solo |sólo )?(?:para|en) esta (?:campaña|ronda)(?: solamente)?\b)"},
  {C::house_ad, L::it, false,
   R"(\bsondaggio (?:dei |per i )?(?:sostenitori|backer)\b|\bpledge manager\b|\bgestore (?:dei )?pledge\b|\b(?:i )?late pledge (?:sono|è) (?:ora )?apert[oi]\b|\btorna (?:solo )?per questa (?:campagna|tornata)(?: soltanto)?\b)"},
  {C::house_ad, L::nl, false,
   R"(\bbacker-?(?:enquête|survey)\b|\bpledge ?manager\b|\blate[- ]pledges? (?:zijn|is) (?:nu )?(?:open|geopend)\b|\balleen (?:in|voor) deze (?:ronde|campagne) (?:weer )?terug\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:questionário|pesquisa|inquérito) (?:dos |de |aos )?(?:apoiadores|backers)\b|\bpledge manager\b|\bgerenciador de (?:pledges|apoios|recompensas)\b|\b(?:os )?late pledges? (?:já )?(?:estão|está) abert[oa]s?\b|\bvolta (?:só |apenas )?(?:para|nesta) (?:esta )?(?:campanha|rodada)\b)"},
  // A sponsor's code read out by a podcast's host ("a coffee roaster: your
  // first bag is free with code X"): a saving or a gift with the code that
  // ends the line, and the line that calls using those codes the way to
  // support the shows.
  {C::house_ad, L::en, false,
   R"(\b(?:free|off|discount|savings?)\b[^.!?]{0,60}?\bwith (?:the |promo |discount |our |my )?code [a-z0-9-]{3,}(?: (?:at|on) [^ ]+)?\W*$|\b(?:is|are) the (?:easiest|best|simplest) way to support (?:the|our|this|these) (?:shows?|podcasts?|hosts?|channel)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:gratis|kostenlos|rabatt|günstiger|geschenkt)\b[^.!?]{0,60}?\bmit (?:dem )?(?:gutschein|rabatt|aktions|podcast)?code [a-z0-9-]{3,}(?: (?:auf|bei|unter) [^ ]+)?\W*$|\b(?:ist|sind) der (?:einfachste|beste) weg,? (?:den|die|unsere?n?|diese[ns]?) (?:podcast|show|sendung)s? zu unterstützen\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:offerte?s?|gratuite?s?|de réduction|de remise)\b[^.!?]{0,60}?\bavec le code(?: promo)? [a-z0-9-]{3,}(?: sur [^ ]+)?\W*$|\b(?:est|sont) (?:le|la) (?:moyen|façon|manière) la plus simple de soutenir (?:le|les|nos|notre|l')\s?(?:podcasts?|émissions?)\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:gratis|de descuento|de regalo)\b[^.!?]{0,60}?\bcon el código [a-z0-9-]{3,}(?: en [^ ]+)?\W*$|\b(?:es|son) la (?:forma|manera) más (?:fácil|sencilla) de apoyar (?:el|los|al|a los|nuestro|nuestros) (?:podcasts?|programas?)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:gratis|di sconto|in omaggio|in regalo)\b[^.!?]{0,60}?\bcon il codice [a-z0-9-]{3,}(?: su [^ ]+)?\W*$|è il modo più (?:semplice|facile) per sostenere (?:il|i|la|le|il nostro|i nostri) (?:podcast|programm[ai])\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:gratis|korting)\b[^.!?]{0,60}?\bmet (?:de )?(?:kortings)?code [a-z0-9-]{3,}(?: (?:op|bij) [^ ]+)?\W*$|\bis de (?:makkelijkste|eenvoudigste|beste) manier om (?:de|onze|deze) (?:podcasts?|shows?) te steunen\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:grátis|gratuit[oa]s?|de desconto|de presente)\b[^.!?]{0,60}?\bcom o (?:código|cupom|cupão) [a-z0-9-]{3,}(?: (?:em|no|na) [^ ]+)?\W*$|é a (?:forma|maneira) mais (?:fácil|simples) de apoiar (?:o|os|a|as|nosso|nossos) (?:podcasts?|programas?)\b)"},
  // A fitness or learning app's challenge: the badge earned by finishing
  // it, the tab of the app to join it from, its bare button.
  {C::house_ad, L::en, false,
   R"(\bearn (?:the|a|an|your) (?:exclusive |limited[- ]edition |special )*(?:[\pL-]+ ){0,3}badge\b|\b(?:from|in|under) the [\pL-]+ tab (?:in|of) (?:the|our) app\b|^(?:join|take|accept) the (?:[\pL\d-]+ ){0,2}challenge\W*$)"},
  {C::house_ad, L::de, false,
   R"(\b(?:verdiene|erhalte|sichere dir|hol dir|sichern sie sich) (?:das|ein|dein|ihr) (?:exklusive[s]? |limitierte[s]? )?(?:[\pL-]+ ){0,2}(?:abzeichen|badge)\b|\b(?:im|über den) (?:tab|reiter) [\pL-]+ (?:in )?(?:der|unserer) app\b|^(?:an der challenge teilnehmen|zur challenge anmelden|challenge starten)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:gagnez|obtenez|débloquez|décrochez|gagne|obtiens|débloque) (?:le|un|votre|ton) badge\b|\b(?:dans|depuis) l'onglet [\pL-]+ de (?:l'app(?:li(?:cation)?)?|notre app(?:li(?:cation)?)?)\b|^(?:rejoindre|rejoignez|rejoins|relevez|relever|relève) le défi\W*$)"},
  {C::house_ad, L::es, false,
   R"(\b(?:gana|consigue|desbloquea|obtén|obtenga|consiga) (?:la|una|tu|su) insignia\b|\b(?:desde|en) la pestaña [\pL-]+ de (?:la|nuestra) app\b|^(?:únete al|unirse al|acepta el|participa en el) reto\W*$)"},
  {C::house_ad, L::it, false,
   R"(\b(?:guadagna|ottieni|sblocca|conquista) (?:il|un|il tuo) badge\b|\b(?:dalla|nella) (?:scheda|sezione) [\pL-]+ dell'app\b|^(?:partecipa alla|unisciti alla|accetta la) sfida\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:verdien|ontvang|ontgrendel|scoor) (?:de|een|je|jouw) (?:[\pL-]+ )?badge\b|\b(?:via|in|onder) het tabblad [\pL-]+ (?:in|van) de app\b|^(?:doe mee aan de|start de) (?:[\pL-]+)?challenge\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:ganhe|conquiste|desbloqueie|ganha|conquista) (?:o|um|a|uma|seu|sua|o seu|a sua) (?:medalha|insígnia|badge)\b|\b(?:na|pela) aba [\pL-]+ d[oa] (?:app|aplicativo|aplicação)\b|^(?:participe do|aceite o|entre no|junte-se ao) desafio\W*$)"},
  // A magazine's own tours and a shop's pre-orders: the heading that asks
  // to travel with the magazine, the editor to travel with for some days of a pursuit, the deposit that holds a place, a
  // pre-order list now open, ordering online or at the counter.
  {C::house_ad, L::en, false,
   R"(^travel with (?:us|our editors?|the magazine)\b|^join (?:our )?(?:editors?|photographers?|writers?|guides?|experts?|team|hosts?)\b[^.!?]{0,60}?\bfor (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen) (?:days|nights) of\b|\b(?:a|with a) [$£€]? ?\d[\d,.]*(?: ?(?:[$£€]|euros?|dollars|pounds))? deposit (?:to|will) (?:hold|secure|reserve|confirm) (?:your|a) (?:place|spot|seat|space|booking)\b)"
   R"(|\bpre-?order (?:list|page)\b[^.!?]{0,30}?\bis (?:now )?open\b|^(?:pre-?)?order (?:online|on our website) or (?:at|in) (?:the |our )?(?:counter|shop|store|till|bookshop)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:reisen sie|reise) mit uns\b|^(?:reisen sie|reise|kommen sie|komm) mit (?:unsere[mnr]? )?(?:redakteur|redaktion|fotograf|autor|experte)\pL*\b[^.!?]{0,60}?\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn) tage\b|\beine anzahlung von \d[\d.,]* ?(?:€|euro) (?:sichert|reserviert) (?:ihnen |dir )?(?:ihren|deinen|einen) platz\b)"
   R"(|\b(?:die )?vorbestell(?:liste|ungen) (?:ist|sind) (?:jetzt |ab sofort )?(?:offen|eröffnet|geöffnet)\b|^(?:vor)?bestell(?:en sie|e) (?:online|im webshop) oder (?:im laden|in der buchhandlung|an der kasse)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:voyagez|partez) avec (?:nous|la rédaction)\b|^(?:partez|voyagez|venez) avec (?:notre |nos )?(?:rédact|photographe|auteur|expert|équipe)\pL*\b[^.!?]{0,60}?\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze) jours de\b|\bun acompte de \d[\d  .,]* ?(?:€|euros) (?:pour )?(?:réserve[rz]?|garanti[rt]) (?:votre|ta|une) place\b)"
   R"(|\b(?:la liste des |les )?précommandes (?:sont|est) (?:désormais |maintenant )?ouvertes?\b|^(?:pré)?commandez (?:en ligne|sur notre site) ou (?:en librairie|en boutique|en magasin|au comptoir)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:viaja|viaje) con nosotros\b|^(?:viaja|viaje|ven|venga) con (?:nuestr[oa]s? )?(?:editor|fotógraf|redact|expert|equipo)\pL*\b[^.!?]{0,60}?\b(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince) días de\b|\bun depósito de \d[\d.,]*(?: ?(?:€|euros|dólares))? (?:para )?(?:reservar|asegurar|garantizar) (?:tu|su|una) plaza\b)"
   R"(|\b(?:la lista de )?(?:pre-?ventas|preventa|reservas anticipadas) (?:ya )?(?:está|están) abiert[oa]s?\b|^(?:reserva|pide|encarga) (?:online|en nuestra web) o en (?:la|nuestra) (?:tienda|librería)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:viaggia|viaggiate) con noi\b|^(?:viaggia|viaggiate|parti|partite) con (?:il nostro |la nostra |i nostri )?(?:redattor|fotograf|autor|espert|team)\pL*\b[^.!?]{0,60}?\b(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici) giorni di\b|\bun acconto di \d[\d.,]* ?(?:€|euro) (?:per )?(?:riservare|bloccare|garantire) (?:il tuo|il suo|un) posto\b)"
   R"(|\b(?:la lista dei )?preordini (?:sono|è) (?:ora )?apert[ai]\b|^(?:pre)?ordina (?:online|sul nostro sito) o in (?:libreria|negozio|cassa)\b)"},
  {C::house_ad, L::nl, false,
   R"(^reis (?:met ons|mee met de redactie)\b|^(?:reis|ga) mee met (?:onze )?(?:redacteur|fotograaf|schrijver|expert|gids)\pL*\b[^.!?]{0,60}?\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien) dagen\b|\been aanbetaling van € ?\d[\d.,]* (?:om )?(?:je|uw|een) plek (?:te )?(?:reserveren|vastleggen)\b)"
   R"(|\b(?:de )?(?:voorverkoop|voorbestellingen|voorbestellijst) (?:is|zijn) (?:nu )?(?:open|geopend)\b|^(?:voor)?bestel (?:online|via onze website) of (?:in de winkel|aan de balie|in de boekhandel)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:viaje|viaja) con(?:n)?osco\b|^(?:viaje|viaja|venha|vem) com (?:o nosso |a nossa |os nossos |nosso |nossa )?(?:editor|fotógraf|redat|especialist|equipe|equipa)\pL*\b[^.!?]{0,60}?\b(?:\d+|dois|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze) dias de\b|\bum (?:sinal|depósito) de (?:r\$ ?|€ ?)?\d[\d.,]*(?: ?(?:€|euros|reais))? (?:para )?(?:reservar|garantir) (?:o seu|a sua|seu|sua|um|uma) (?:lugar|vaga)\b)"
   R"(|\b(?:a lista de )?(?:pré-?vendas?|encomendas antecipadas) (?:já )?(?:está|estão) abert[ao]s?\b|^(?:encomende|peça|reserve) (?:online|no nosso site) ou na (?:loja|livraria|nossa loja)\b)"},
  // A band's or a label's call for fans to promote it in their town (a
  // street team: posters, flyers, requests to radio, rewarded with free
  // records), and the ways to sign up for a programme's courses lined up
  // at the start of a line (online, by phone, in person).
  {C::house_ad, L::en, false,
   R"(\bjoin (?:the|our) (?:[\pL-]+ )?street team\b|\bstreet[- ]team(?:ers| members) (?:get|receive|earn)\b)"
   R"(|^(?:register|enrol|enroll|sign up) (?:online|by phone|by mail|by fax|in person)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:by phone|by telephone|by mail|by fax|in person)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:werde teil|mach mit) (?:unseres|des|im|in unserem) street-?teams?\b|\bstreet-?team-mitglieder (?:bekommen|erhalten)\b)"
   R"(|^(?:anmeldung|anmelden) (?:online|telefonisch|per telefon|per post|persönlich)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:telefonisch|per telefon|per post|per fax|persönlich)\b)"},
  {C::house_ad, L::fr, false,
   R"(\brejoi(?:gnez|ns) (?:le|notre) street team\b|\bles membres du street team (?:reçoivent|gagnent)\b)"
   R"(|^(?:inscri(?:vez-vous|ptions?)) (?:en ligne|par téléphone|par courrier|sur place)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:par téléphone|par courrier|par fax|sur place|en personne)\b)"},
  {C::house_ad, L::es, false,
   R"(úne(?:te|se) a(?:l| nuestro) street team\b|\blos miembros del street team (?:reciben|consiguen)\b)"
   R"(|^(?:inscr[íi]bete|inscr[íi]base|inscripciones?) (?:en línea|online|por teléfono|por correo|en persona|presencialmente)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:por teléfono|por correo|por fax|en persona|presencialmente)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:unisciti|entra) (?:allo|nello|al nostro|nel nostro) street team\b|\bi membri dello street team (?:ricevono|ottengono)\b)"
   R"(|^(?:iscriviti|iscrizioni) (?:online|per telefono|per posta|di persona)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:per telefono|per posta|per fax|di persona|in segreteria)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bword lid van (?:ons|het) streetteam\b|\bdoe mee (?:met|in) (?:ons|het) streetteam\b|\bstreetteamleden (?:krijgen|ontvangen)\b)"
   R"(|^(?:inschrijven|schrijf (?:je|u) in) (?:online|telefonisch|per post|aan de balie)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:telefonisch|per post|per fax|aan de balie|persoonlijk)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:junte-se|entre para) (?:ao|o|a nossa|o nosso) street team\b|\bos membros do street team (?:recebem|ganham)\b)"
   R"(|^(?:inscreva-se|inscrições) (?:online|por telefone|por correio|pessoalmente|presencialmente)\b(?:[^.!?]|\.[^ .!?]){0,120}\b(?:por telefone|por correio|por fax|pessoalmente|presencialmente)\b)"},

  // A business vendor's own pitches around its release notes: a demo to
  // book, its sales team to talk to, a case study or a white paper to
  // read (behind a short form), a webinar's length with live questions,
  // a call to add to the calendar; an association's member benefits and
  // the directory listing to keep up to date; an event's passes priced
  // before tax, the pass to book and the free place for a group.
  {C::house_ad, L::en, false,
   R"(\b(?:book|request|schedule) (?:a |your )?(?:free )?(?:personali[sz]ed |live )?\d+-minute (?:live |product )?demo\b|\b(?:book|request|schedule) (?:a |your )?(?:free )?(?:personali[sz]ed |live )?demo with (?:one of )?(?:our|us)\b|\b(?:talk|speak) to (?:our |a member of our |one of our )?sales(?: team| experts?)?\b|^contact (?:our )?sales\b|\bread the (?:full )?(?:case study|customer story)\b)"
   R"(|\b(?:download|get|request|grab) (?:the|our|your) (?:free )?(?:white ?paper|e-?book|playbook)\b|\b(?:complete|fill (?:in|out)) (?:a|the|our) (?:short |quick |brief )?form\b[^.!?]{0,40}\b(?:download|copy|pdf|access|email you|send you))"
   R"(|\b\d+ minutes (?:plus|with|and|\+) (?:a )?live q ?& ?a\b|\badd (?:the|this) (?:call|webinar|session|meetup|livestream) to your calendar\b)"
   R"(|\bsee all (?:the |our )?member(?:ship)? benefits\b|^your membership (?:includes|gives you|comes with)\b|\b(?:is|are) your (?:directory |member |company )?(?:listing|profile|entry) up to date\b|\bupdate (?:your|my) (?:directory |member |company )?listing\b)"
   R"(|^(?:[\pL'-]+ ){0,3}(?:pass|ticket)\b[^!?]{0,90}?(?:[£$€] ?\d[\d,.]*|\d[\d,.]* ?(?:€|eur|usd|gbp)) ?(?:\+|plus|excl\.?|excluding) ?(?:vat|tax)\b|\bbook your (?:pass|ticket|place|seat)\b|\b(?:bring|register|sign up) (?:\w+ )?(?:colleagues|team ?mates)\b[^.!?]{0,40}\b(?:free|on us)\b|^post (?:a|your) (?:vacancy|job opening|role)\W*$)"},
  {C::house_ad, L::de, false,
   R"(\b(?:buchen|vereinbaren) sie (?:jetzt )?(?:eine |ihre )?(?:kostenlose |persönliche )?(?:\d+-minütige )?(?:demo|produktdemo|live-demo|vorführung)\b|^(?:jetzt )?(?:demo|produktdemo) (?:buchen|vereinbaren|anfragen)\b|\b(?:sprechen sie mit|kontaktieren sie) unse(?:rem|ren|r) (?:vertrieb|vertriebsteam|sales-team)\b|^vertrieb kontaktieren\b|\b(?:fallstudie|kundenstory|erfolgsgeschichte|case study) (?:lesen|ansehen)\b)"
   R"(|\b(?:whitepaper|e-book) (?:jetzt )?(?:kostenlos )?(?:herunterladen|anfordern|sichern)\b|\bfüllen sie (?:das|ein|unser) (?:kurze[s]? )?formular aus\b[^.!?]{0,50}\b(?:download|pdf|zugang|zusenden|erhalten))"
   R"(|\b\d+ minuten (?:plus|mit|und|\+) live-(?:fragerunde|q ?& ?a)\b|\b(?:den call|das webinar|die session|den termin) (?:in (?:ihren|deinen) kalender|zum kalender) (?:eintragen|hinzufügen|übernehmen)\b)"
   R"(|\balle mitgliedervorteile\b|^(?:ihre|deine) mitgliedschaft (?:umfasst|beinhaltet|enthält)\b|\bist (?:ihr|dein) (?:verzeichnis)?eintrag (?:noch )?aktuell\b|\b(?:ihren|deinen) (?:verzeichnis)?eintrag (?:aktualisieren|bearbeiten)\b)"
   R"(|^(?:[\pL'-]+ ){0,3}[\pL-]*(?:ticket|pass)\b[^!?]{0,90}?\d[\d.,]* ?(?:€|eur)? ?(?:zzgl\.?|plus) ?(?:mwst|ust)\b|^(?:jetzt )?(?:ihr(?:en)? |dein(?:en)? )?(?:ticket|pass|konferenzticket) (?:jetzt )?(?:buchen|sichern)\b|\bbringen sie (?:\pL+ )?kolleg(?:en|innen) mit\b[^.!?]{0,50}\b(?:kostenlos|gratis|geht auf uns)\b|^(?:stellenanzeige|stelle|jobanzeige) (?:aufgeben|schalten|veröffentlichen)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:réservez|demandez|planifiez|programmez) (?:une|votre) (?:démo|démonstration)\b|\b(?:contactez|parlez à|échangez avec) (?:notre|nos) (?:équipe commerciale|service commercial|commerciaux|équipe des ventes)\b|\blire (?:l'étude de cas|le témoignage client|la success story)\b)"
   R"(|\b(?:téléchargez|recevez|demandez) (?:le|notre|votre) (?:livre blanc|e-?book)\b|\b(?:remplissez|complétez) (?:le|un|notre) (?:court |bref )?formulaire\b[^.!?]{0,50}\b(?:télécharg|recevoir|recevrez|pdf|accès))"
   R"(|\b\d+ minutes (?:plus|avec|et|\+) (?:des )?questions-réponses en direct\b|\bajoutez (?:l'appel|le webinaire|la session|le rendez-vous) à votre (?:agenda|calendrier)\b)"
   R"(|\btous les avantages (?:membres|adhérents)\b|^votre adhésion (?:comprend|inclut|vous donne)\b|\bvotre fiche (?:annuaire )?est-elle à jour\b|\bmettez à jour votre fiche\b)"
   R"(|^(?:[\pL'-]+ ){0,3}(?:pass|billet)\b[^!?]{0,90}?\d[\d .,]* ?€? ?ht\b|\bréservez votre (?:pass|billet|badge)\b|\b(?:inscrivez|amenez) (?:\pL+ |\d+ )?collègues\b[^.!?]{0,50}\b(?:gratuit|offert)|^(?:publiez|publier|déposez|déposer) (?:une|votre) offre(?: d'emploi)?\W*$)"},
  {C::house_ad, L::es, false,
   R"(\b(?:reserva|solicita|agenda|programa|pide) (?:una|tu) demo(?:stración)?\b|\b(?:habla|hable|contacta|contacte) con (?:nuestro|el) (?:equipo (?:comercial|de ventas)|departamento comercial)\b|\blee(?:r)? el caso de (?:éxito|estudio)\b)"
   R"(|\b(?:descarga|recibe|consigue) (?:el|nuestro|tu) (?:libro blanco|e-?book|whitepaper)\b|\b(?:rellena|completa|rellene|complete) (?:el|un|nuestro) (?:breve |corto )?formulario\b[^.!?]{0,50}\b(?:descarg|recibir|recibirás|pdf|acceso))"
   R"(|\b\d+ minutos (?:más|con|y|\+) (?:preguntas|turno de preguntas) en (?:directo|vivo)\b|\bañade (?:la llamada|el webinar|la sesión|el evento) a tu (?:calendario|agenda)\b)"
   R"(|\btodas las ventajas (?:para|de) (?:los )?(?:socios|miembros|asociados)\b|^tu (?:membresía|afiliación|cuota de socio) (?:incluye|te da)\b|\bestá actualizada (?:tu|su) ficha\b|\bactualiza (?:tu|su) ficha\b)"
   R"(|^(?:[\pL'-]+ ){0,3}(?:pase|entrada|acreditación)\b[^!?]{0,90}?\d[\d.,]* ?€? ?\+ ?iva\b|\breserva (?:tu|su) (?:pase|acreditación)\b|\b(?:trae|inscribe a) (?:\pL+ |\d+ )?(?:compañeros|colegas)\b[^.!?]{0,50}\b(?:gratis|invitamos)|^(?:publica|publicar) (?:una|tu) (?:oferta|vacante)(?: de empleo)?\W*$)"},
  {C::house_ad, L::it, false,
   R"(\b(?:prenota|richiedi|pianifica) (?:una|la tua) demo\b|\b(?:parla|contatta|parli) con il (?:nostro )?(?:team commerciale|ufficio commerciale|reparto vendite)\b|\bleggi (?:il caso di studio|la case study|il caso di successo)\b)"
   R"(|\b(?:scarica|ricevi|richiedi) (?:il |il nostro |la nostra |l')(?:white ?paper|e-?book)\b|\bcompila (?:il|un|il nostro) (?:breve )?modulo\b[^.!?]{0,50}\b(?:scaric|ricever|pdf|accesso))"
   R"(|\b\d+ minuti (?:più|con|e|\+) (?:domande|q ?& ?a) (?:dal vivo|in diretta)\b|\baggiungi (?:la call|il webinar|la sessione|l'evento) al (?:tuo )?calendario\b)"
   R"(|\btutti i vantaggi (?:per i )?(?:soci|associati)\b|^la tua (?:iscrizione|quota associativa) (?:include|comprende)\b|\bla tua scheda (?:nell'elenco |in elenco )?è aggiornata\b|\baggiorna la tua scheda\b)"
   R"(|^(?:[\pL'-]+ ){0,3}(?:pass|biglietto|accredito)\b[^!?]{0,90}?\d[\d.,]* ?€? ?\+ ?iva\b|\bprenota il tuo (?:pass|accredito)\b|\b(?:porta|iscrivi) (?:\pL+ |\d+ )?colleghi\b[^.!?]{0,50}\b(?:gratis|omaggio|offriamo noi)|^(?:pubblica|pubblicare) (?:un|il tuo) annuncio(?: di lavoro)?\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:plan|boek|vraag) (?:een|je|uw) (?:gratis |persoonlijke )?demo\b|\b(?:praat|spreek|neem contact op) met (?:ons|onze) (?:salesteam|verkoopteam|sales|verkoopafdeling)\b|\blees (?:de|het) (?:case ?study|klantverhaal|praktijkverhaal)\b)"
   R"(|\b(?:download|ontvang|vraag) (?:de|het|onze|ons) (?:gratis )?(?:whitepaper|e-?book)\b|\bvul (?:het|een|ons) (?:korte )?formulier in\b[^.!?]{0,50}\b(?:download|ontvang|pdf|toegang))"
   R"(|\b\d+ minuten (?:plus|met|en|\+) live (?:vragen|q ?& ?a)\b|\bvoeg (?:de call|het webinar|de sessie|het evenement) toe aan (?:je|uw) (?:agenda|kalender)\b)"
   R"(|\balle ledenvoordelen\b|^(?:je|uw) lidmaatschap (?:omvat|bevat|geeft (?:je|u))\b|\bis (?:je|uw) (?:vermelding|profiel) (?:in de ledengids )?(?:nog )?actueel\b|\b(?:je|uw) vermelding bijwerken\b|\bwerk (?:je|uw) vermelding bij\b)"
   R"(|^(?:[\pL'-]+ ){0,3}[\pL-]*(?:pass|ticket)\b[^!?]{0,90}?\d[\d.,]* ?€? ?(?:excl\.?|ex\.?) ?btw\b|\bboek (?:je|uw) (?:pass|ticket)\b|\b(?:neem|breng) (?:\pL+ |\d+ )?collega's mee\b[^.!?]{0,50}\b(?:gratis|van ons)|^(?:plaats|plaatsen) (?:een|je|uw) vacature\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:agende|marque|solicite|peça|reserve) (?:uma|a sua|sua) (?:demo|demonstração)\b|\b(?:fale|converse) com (?:a )?nossa (?:equipe|equipa) (?:comercial|de vendas)\b|\bleia o (?:estudo de caso|caso de sucesso)\b)"
   R"(|\b(?:baixe|descarregue|receba|obtenha) (?:o|o nosso|nosso|seu|o seu) (?:white ?paper|e-?book)\b|\b(?:preencha|complete) (?:o|um|nosso) (?:breve |curto )?formulário\b[^.!?]{0,50}\b(?:baix|descarreg|receb|pdf|acesso))"
   R"(|\b\d+ minutos (?:mais|com|e|\+) perguntas ao vivo\b|\badicione (?:a chamada|o webinar|a sessão|o evento) (?:à sua|ao seu|à|ao) (?:agenda|calendário)\b)"
   R"(|\btodas as vantagens (?:para |de )?(?:os )?(?:sócios|associados|membros)\b|^(?:a sua|sua) (?:filiação|associação|adesão) (?:inclui|dá)(?:[^\pL\pN]|$)|\b(?:a sua|sua) ficha (?:no diretório )?está atualizada\b|\batualize (?:a sua|sua) ficha\b)"
   R"(|^(?:[\pL'-]+ ){0,3}(?:passe|ingresso|bilhete|credencial)\b[^!?]{0,90}?\d[\d.,]* ?€? ?\+ ?iva\b|\b(?:garanta|reserve) (?:o seu|seu) (?:passe|ingresso|credencial)\b|\b(?:traga|inscreva) (?:\pL+ |\d+ )?colegas\b[^.!?]{0,50}\b(?:grátis|gratuit|por nossa conta)|^(?:publique|publicar|anuncie) (?:uma|a sua|sua) vaga\W*$)"},
  // A business sender's pitches beside its news: a customer story under
  // its label, a recruiter's pool of screened candidates ready to
  // interview and the CVs it will send, the vacancies to post on a jobs
  // board and its latest listings, an event's stands for exhibitors
  // and the floor already sold, an analyst's briefing booked by the
  // minute or included for clients, and a guide to pre-register for.
  {C::house_ad, L::en, false,
   R"(^(?:customer|client|success) (?:story|spotlight) ?:|^case study ?:)"
   R"(|\b(?:meet|browse|access|explore) our (?:talent|candidate) (?:pool|bank|network)\b|\b(?:pre-screened|pre-vetted|pre-qualified) [^.!?]{0,60}?\bavailable to (?:interview|start)\b|\bsend you (?:\d+|two|three|four|five|a shortlist of) (?:matched |shortlisted |relevant |suitable )?(?:cvs|candidates|profiles)\b)"
   R"(|\b(?:advertise|post|list) (?:your )?vacancies on (?:the|our) jobs? board\b|^(?:latest|new|this week) (?:on|from) the (?:[\pL-]+ )?jobs? board\W*$)"
   R"(|^exhibit (?:at|with us)\b|\bshell[- ]scheme (?:stands?|packages?) (?:start|from|cost)|\bspace[- ]only (?:from|stands? from)\b|\bof (?:the )?(?:floor ?space|exhibition space|stands) (?:has|have|is) (?:already )?(?:been )?(?:booked|sold|taken)\b)"
   R"(|\b(?:book|request|schedule) (?:a |your )?(?:free )?\d+-minute (?:briefing|consultation|call|inquiry) with\b|\b(?:briefings?|inquiries|consultations?) (?:are|is) included (?:for|in|with) (?:all |our )?(?:subscribers|clients|members)\b|^pre-?register (?:to|for|now|today)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:kundengeschichte|erfolgsgeschichte|anwenderbericht|fallstudie|praxisbeispiel|case study) ?:)"
   R"(|\bunse(?:r|ren) (?:talentpool|kandidatenpool|bewerberpool)\b|\b(?:vorqualifizierte|geprüfte|vorausgewählte) [^.!?]{0,60}?\b(?:sofort |kurzfristig )?(?:verfügbar|für gespräche bereit)\b|\b(?:schicken|senden) (?:ihnen|dir) (?:\d+|zwei|drei|vier|fünf) (?:passende |geeignete )?(?:lebensläufe|profile|kandidat(?:en|innen))\b)"
   R"(|\b(?:stellen|stellenanzeigen|jobs) (?:kostenlos |gratis )?(?:in|auf) (?:der|unserer) (?:jobbörse|stellenbörse)\b|^(?:neu|aktuell) (?:in|auf) der (?:[\pL-]+ )?(?:jobbörse|stellenbörse)\W*$|^alle (?:jobs|stellen|stellenangebote) (?:ansehen|anzeigen)\W*$)"
   R"(|^(?:als aussteller dabei|ausstellen auf der)\b|\b(?:standpakete|komplettstände|systemstände) (?:ab|schon ab)\b|\breine (?:standfläche|fläche) ab\b|\b(?:ausstellungsfläche|standfläche|stände) (?:ist|sind) bereits (?:gebucht|vergeben|verkauft)\b)"
   R"(|\b(?:buchen|vereinbaren) sie (?:ein |ihr )?(?:\d+-minütiges )?(?:briefing|beratungsgespräch) mit\b|\b(?:briefings?|analystengespräche) (?:sind|ist) (?:für|im) (?:abonnenten|kunden|abonnement) (?:inklusive|enthalten)\b|^(?:jetzt )?vorab registrieren\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:témoignage client|cas client|étude de cas|success story) ?:)"
   R"(|\bnotre (?:vivier|réservoir) de (?:talents|candidats)\b|\b(?:présélectionnés|préqualifiés) [^.!?]{0,60}?\bdisponibles (?:pour un entretien|immédiatement|rapidement)\b|\bvous (?:envoyons|adressons|transmettons) (?:\d+|deux|trois|quatre|cinq) (?:cv|profils|candidats)\b)"
   R"(|\b(?:publiez|diffusez|déposez) (?:gratuitement )?vos offres (?:d'emploi )?sur (?:notre|la) (?:bourse|plateforme) (?:à l'emploi|d'emploi|emploi)\b|^(?:voir|consulter) toutes les offres(?: d'emploi)?\W*$)"
   R"(|^exposez (?:au|sur|à) |\bstands? (?:équipés? |clés en main )?(?:à partir de|dès) \d[\d .,]* ?(?:€|euros)|\b(?:de la surface|des stands|de l'espace) d'exposition (?:est|sont) déjà (?:réservé|vendu)\pL*)"
   R"(|\b(?:réservez|demandez) un (?:briefing|entretien) de \d+ minutes avec\b|\bbriefings? (?:sont |est )?(?:inclus|compris) (?:pour les|dans l'abonnement)\b|^pré-?inscrivez-vous\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:caso de éxito|caso de cliente|historia de cliente|caso práctico) ?:)"
   R"(|\bnuestra (?:bolsa|cantera|base) de (?:talento|candidatos)\b|\b(?:preseleccionados|precualificados) [^.!?]{0,60}?\bdisponibles para (?:entrevista|incorporarse)\b|\bte (?:enviamos|enviaremos) (?:\d+|dos|tres|cuatro|cinco) (?:cv|currículums|candidatos|perfiles)\b)"
   R"(|\bpublica(?:r)? (?:tus|sus) (?:ofertas|vacantes) (?:gratis )?en (?:la|nuestra) bolsa de (?:empleo|trabajo)\b|^ver todas las (?:ofertas|vacantes)\W*$)"
   R"(|^exp(?:ón|onga) en\b|\bstands? (?:modulares? |llave en mano )?desde \d[\d.,]* ?(?:€|euros)|\b(?:del espacio|de la superficie) (?:de exposición|expositiva) ya está (?:reservad|vendid)[oa]\b)"
   R"(|\b(?:reserva|solicita) una (?:sesión|reunión|llamada) (?:informativa )?de \d+ minutos con\b|\b(?:las )?sesiones informativas (?:están|van) incluidas para (?:los )?(?:suscriptores|clientes)\b|^preinscríbete\b|^pre-?regístrate\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:caso di successo|storia di un cliente|caso cliente|case study) ?:)"
   R"(|\bil nostro (?:bacino|pool|database) di (?:talenti|candidati)\b|\b(?:preselezionati|pre-selezionati) [^.!?]{0,60}?\bdisponibili (?:a un colloquio|per un colloquio|da subito)\b|\bti (?:inviamo|invieremo|mandiamo) (?:\d+|due|tre|quattro|cinque) (?:cv|curricula|profili|candidati)\b)"
   R"(|\bpubblica(?:re)? (?:le tue|le vostre) offerte (?:gratis )?(?:sulla|nella) (?:nostra )?bacheca (?:lavoro|offerte)\b|^(?:vedi|scopri) tutte le offerte(?: di lavoro)?\W*$)"
   R"(|^esponi (?:a|al|alla)\b|\bstand (?:preallestiti |chiavi in mano )?(?:a partire da|da) \d[\d.,]* ?(?:€|euro)|\bdella (?:superficie|area) espositiva (?:è|risulta) già (?:prenotat|vendut)[oa]\b)"
   R"(|\bprenota un (?:briefing|colloquio) di \d+ minuti con\b|\bi briefing sono inclusi per (?:gli )?(?:abbonati|clienti)\b|^pre-?registrati\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:klantverhaal|klantcase|praktijkverhaal|succesverhaal|case study) ?:)"
   R"(|\bonze (?:talentpool|kandidatenpool|kandidatenbank)\b|\b(?:voorgeselecteerde|gescreende) [^.!?]{0,60}?\bbeschikbaar (?:voor een gesprek|om te starten|per direct)\b|\bsturen (?:we|wij) (?:je|u) (?:\d+|twee|drie|vier|vijf) (?:passende )?(?:cv's|profielen|kandidaten)\b)"
   R"(|\b(?:plaats|plaatsen) (?:je|uw) vacatures (?:gratis )?op (?:de|onze) vacaturebank\b|^(?:bekijk alle vacatures|alle vacatures bekijken)\W*$)"
   R"(|^exposeer (?:op|tijdens)\b|\b(?:standpakketten|systeemstands|stands) (?:al )?vanaf € ?\d|\bvan de (?:beursvloer|standruimte|expositieruimte) is al (?:geboekt|verkocht|vergeven)\b)"
   R"(|\b(?:boek|plan) een (?:briefing|gesprek) van \d+ minuten met\b|\bbriefings zijn inbegrepen voor (?:abonnees|klanten)\b|^(?:registreer|meld) (?:je|u) (?:nu )?vooraf aan\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:caso de sucesso|história de cliente|caso de cliente|estudo de caso) ?:)"
   R"(|\b(?:o )?nosso (?:banco|pool) de (?:talentos|candidatos)\b|\b(?:pré-selecionados|pré-qualificados) [^.!?]{0,60}?\bdisponíveis para (?:entrevista|começar)\b|\b(?:enviamos|enviaremos)(?:-lhe|-te)? (?:\d+|dois|duas|três|quatro|cinco) (?:cvs?|currículos|candidatos|perfis)\b)"
   R"(|\b(?:publique|divulgue|anuncie) (?:as suas |suas )?vagas (?:gratuitamente |grátis )?(?:no nosso|na nossa|no|na) (?:portal|bolsa|quadro) de (?:emprego|vagas)\b|^ver todas as vagas\W*$)"
   R"(|^exponha (?:na|no|em)\b|\bstands? (?:montados? |chave na mão )?(?:a partir de|desde) (?:€ ?\d|\d[\d.,]* ?(?:€|euros))|\bdo espaço (?:de exposição|expositivo) já (?:está|foi) (?:reservad|vendid)o\b)"
   R"(|\b(?:agende|marque|reserve) (?:um|uma) (?:briefing|conversa|reunião) de \d+ minutos com\b|\bos briefings estão incluídos para (?:os )?(?:assinantes|clientes)\b|^pré-?registe-se\b|^faça o pré-registo\b)"},
  // A member bulletin's note on who gets it: the nominated contacts of
  // member firms, and the ask to name a colleague who should get it too.
  {C::footer, L::en, false,
   R"(\b(?:this|the|our) (?:bulletin|newsletter|briefing|update|e-?mail) is sent (?:only )?to (?:the )?(?:nominated|named|registered|main|designated|primary) (?:contacts?|members?|subscribers)\b|\bif (?:someone|anyone|somebody) else (?:in|at|from) your (?:firm|company|organi[sz]ation|team|office|business) should (?:receive|get|be on)\b)"},
  {C::footer, L::de, false,
   R"(\b(?:dieses bulletin|dieser (?:rundbrief|newsletter)|diese (?:mitteilung|e-mail)) (?:wird|geht) an (?:die )?(?:benannten|angemeldeten|registrierten|hinterlegten) (?:ansprechpartner|kontakte|mitglieder)\b|\bsoll(?:te)? (?:jemand|eine andere person|ein(?:e)? (?:andere[rn]? )?kolleg(?:e|in)) (?:in|aus) (?:ihrem|ihrer|deinem|deiner) (?:firma|unternehmen|team|betrieb) (?:ihn|es|sie|diesen newsletter|dieses bulletin) (?:auch )?(?:erhalten|bekommen)\b)"},
  {C::footer, L::fr, false,
   R"(\b(?:ce bulletin|cette (?:lettre|newsletter)) est (?:adressée?|envoyée?) (?:aux|au) (?:contacts?|correspondants?|référents?) (?:désignés?|habituels?|des (?:entreprises )?adhérentes?)\b|\bsi (?:une autre personne|quelqu'un d'autre|un(?:e)? (?:autre )?collègue) (?:de|dans) votre (?:entreprise|société|organisation|équipe) (?:doit|devrait|souhaite) (?:le |la )?recevoir\b)"},
  {C::footer, L::es, false,
   R"(\beste (?:boletín|newsletter) se envía a (?:los )?(?:contactos|interlocutores|responsables) (?:designados|registrados|de las empresas (?:socias|asociadas))\b|\bsi (?:otra persona|alguien más|algún otro compañero) de (?:tu|su) (?:empresa|organización|equipo) (?:debe|debería|quiere) recibirlo\b)"},
  {C::footer, L::it, false,
   R"(\bquest[oa] (?:notiziario|newsletter|bollettino|circolare) (?:viene|è) inviat[oa] (?:ai|al) (?:referenti|contatti|responsabili) (?:designati|indicati|delle (?:aziende|imprese) associate)\b|\bse (?:un'altra persona|qualcun altro|un (?:altro )?collega) (?:della|nella) (?:tua|sua|vostra) (?:azienda|impresa|organizzazione) (?:deve|dovrebbe|vuole) riceverl[oa]\b)"},
  {C::footer, L::nl, false,
   R"(\b(?:dit bulletin|deze (?:nieuwsbrief|ledenbrief)) wordt (?:verstuurd|gestuurd|verzonden) (?:naar|aan) de (?:opgegeven|aangewezen|geregistreerde|vaste) (?:contactpersonen|contactpersoon|leden)\b|\bals (?:iemand anders|een andere collega|een collega) (?:binnen|in|bij) (?:je|uw) (?:bedrijf|organisatie|team) (?:hem|deze (?:nieuwsbrief|mail)|dit bulletin) (?:ook )?(?:moet|zou moeten|wil) ontvangen\b)"},
  {C::footer, L::pt, false,
   R"(\beste (?:boletim|newsletter) é enviad[oa] (?:aos|ao) (?:contactos|contatos|interlocutores|responsáveis) (?:designados|indicados|registados|registrados|das empresas associadas)\b|\bse (?:outra pessoa|mais alguém|outro colega) (?:da|na) (?:sua|tua) (?:empresa|organização|equipa|equipe) (?:deve|deveria|quiser) recebê-l[oa]\b)"},
  // An association's or a publisher's note that it does not vouch for what
  // its sponsors, advertisers or exhibitors sell.
  {C::imprint, L::en, false,
   R"(\bdoes not (?:endorse|recommend|vouch for|guarantee) (?:the )?(?:products|services|offers)(?: (?:or|and) (?:services|products))? (?:of|from|offered by) (?:its |our |any )?(?:sponsors|advertisers|partners|exhibitors)\b)"},
  {C::imprint, L::de, false,
   R"(\b(?:übernimmt|übernehmen) keine (?:gewähr|haftung|verantwortung) für (?:die )?(?:produkte|angebote|leistungen) (?:der|unserer|seiner|ihrer) (?:sponsoren|inserenten|anzeigenkunden|aussteller)\b|\b(?:empfiehlt|empfehlen|befürwortet|befürworten) (?:die )?(?:produkte|angebote|leistungen) (?:der|unserer|seiner|ihrer) (?:sponsoren|inserenten|anzeigenkunden|aussteller) nicht\b)"},
  {C::imprint, L::fr, false,
   R"(\bne (?:cautionne|recommande|garantit) pas les (?:produits|services|offres)(?: (?:ou|et) (?:services|produits))? (?:de ses|des|de nos) (?:sponsors|annonceurs|partenaires|exposants)\b)"},
  {C::imprint, L::es, false,
   R"(\bno (?:respalda|avala|recomienda|garantiza) (?:los )?(?:productos|servicios|ofertas)(?: (?:ni|o|y) (?:servicios|productos))? de (?:sus|nuestros|los) (?:patrocinadores|anunciantes|expositores)\b)"},
  {C::imprint, L::it, false,
   R"(\bnon (?:avalla|raccomanda|garantisce) (?:i )?(?:prodotti|servizi|offerte)(?: (?:o|e) (?:servizi|prodotti))? (?:dei suoi|dei nostri|degli|dei) (?:sponsor|inserzionisti|espositori)\b)"},
  {C::imprint, L::nl, false,
   R"(\b(?:onderschrijft|garandeert|onderschrijven|garanderen) (?:niet )?de (?:producten|diensten)(?: (?:of|en) (?:diensten|producten))? van (?:haar|zijn|onze) (?:sponsors|adverteerders|exposanten)\b)"},
  {C::imprint, L::pt, false,
   R"(\bnão (?:endossa|recomenda|garante|avaliza) (?:os )?(?:produtos|serviços|ofertas)(?: (?:ou|e) (?:serviços|produtos))? (?:dos seus|dos nossos|dos) (?:patrocinadores|anunciantes|expositores)\b)"},
  // A firm's alert or a market report closes on whom to ask: the authors,
  // the reader's usual contact at the firm, or the report's contact
  // people under a label, each with a phone number or an address.
  {C::footer, L::en, false,
   R"(\b(?:contact|reach out to|get in touch with) (?:the authors?|any of the authors|one of the authors|(?:the |any of the )?(?:lawyers|attorneys|advisers|advisors|consultants) listed|your usual [\pL -]{0,20}contact)\b)"
   R"(|^your (?:local |key )?contacts?(?: for this (?:report|alert|update|briefing|issue|letter))? ?:[^!?]*(?:\d[\d ()/-]{5,}|@))"},
  {C::footer, L::de, false,
   R"(\b(?:wenden sie sich (?:bitte )?an|kontaktieren sie (?:bitte )?) (?:die autor(?:en|innen)|den autor|die autorin|(?:ihren|ihre) (?:gewohnten?|üblichen?|bekannten?) ansprechpartner(?:in)?)\b)"
   R"(|^(?:ihr|ihre) (?:ansprechpartner(?:in)?|kontakt(?:person)?|ansprechpersonen) (?:für|zu) (?:diesen|diese[nm]?|dieses) (?:bericht|newsletter|ausgabe|beitrag|brief|report|mandanteninformation)\pL* ?:)"},
  {C::footer, L::fr, false,
   R"(\b(?:contactez|contacter) (?:les auteurs|l'auteur|votre interlocuteur habituel|vos interlocuteurs habituels)\b)"
   R"(|^(?:votre|vos) contacts? pour (?:cette|ce) (?:note|alerte|étude|rapport|lettre) ?:)"},
  {C::footer, L::es, false,
   R"((?:póngase en contacto|contacte|contacta|póngate en contacto) con (?:los autores|el autor|la autora|su (?:contacto|interlocutor) habitual)\b)"
   R"(|^(?:su|tu|sus|tus) contactos? para (?:este|esta) (?:informe|alerta|nota|boletín) ?:)"},
  {C::footer, L::it, false,
   R"((?:contattate|contatti|contatta|rivolgersi a|rivolgetevi a) (?:gli autori|l'autore|l'autrice|il (?:suo|vostro|tuo) (?:referente|contatto) abituale)\b)"
   R"(|^(?:i vostri|il vostro|il tuo|i tuoi) (?:contatti?|referenti?) per (?:questo|questa) (?:report|rapporto|alert|nota|lettera) ?:)"},
  {C::footer, L::nl, false,
   R"((?:neem (?:dan )?contact op met|neemt u contact op met|contacteer) (?:de auteurs?|(?:uw|je) vaste (?:contactpersoon|aanspreekpunt))\b)"
   R"(|^(?:uw|je) contactpersonen? voor (?:dit|deze) (?:rapport|bericht|update|nieuwsbrief|marktrapport) ?:)"},
  {C::footer, L::pt, false,
   R"((?:contacte|entre em contato com|entre em contacto com|fale com) (?:os autores|o autor|a autora|o seu (?:contacto|contato|interlocutor) habitual)\b)"
   R"(|^(?:os seus|o seu|seus|seu) contat?c?tos? para (?:este|esta) (?:relatório|alerta|nota|boletim) ?:)"},
  // A firm's own seminar or webinar offering continuing-education credit
  // for attending (professional credit hours or points, pending or
  // approved): the event is the sender's, not a news item.
  {C::house_ad, L::en, false,
   R"(\b(?:cle|cpd|cpe|ce) (?:credits?|hours?|points?|units?) (?:is |are |will be |has been |have been )?(?:pending|available|approved|offered|awarded|applied for)\b|\b(?:approved|accredited|pending) for (?:up to )?\d+(?:\.\d+)? (?:cle|cpd|cpe) (?:credits?|hours?|points?)\b)"},
  {C::house_ad, L::de, false,
   R"(\bfortbildungsnachweis (?:nach|gem(?:äß|\.)) ?§ ?15 fao\b|\b(?:anerkannt|anrechenbar) (?:als fortbildung )?(?:nach|gem(?:äß|\.)) ?§ ?15 fao\b|\b(?:\d+ )?fortbildungs(?:punkte|stunden) (?:werden )?(?:beantragt|anerkannt|vergeben|bescheinigt)\b)"},
  {C::house_ad, L::fr, false,
   R"((?:validable|validée?s?|éligibles?) au titre de la formation (?:continue|professionnelle) obligatoire\b|\b\d+ heures? de formation continue (?:validées?|reconnues?)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::es, false,
   R"(\b(?:homologad[oa]|acreditad[oa]|computable) (?:como|para la) formación (?:continua|continuada)\b|\b\d+ créditos de formación (?:continua|continuada)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:\d+ )?crediti formativi (?:riconosciuti|accreditati|in (?:fase di )?accreditamento|richiesti)\b|\bevento accreditato (?:presso|dal|dall')? ?(?:l'|il )?(?:ordine|consiglio)\b)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:erkend|geaccrediteerd) voor (?:\d+ )?pe-punten\b|\bpe-punten (?:aangevraagd|toegekend)\b|\blevert \d+ pe-punten op\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:\d+ )?créditos de formação contínua (?:reconhecidos|atribuídos|pendentes)\b|\b(?:acreditad[oa]|reconhecid[oa]) (?:pela ordem|para (?:efeitos de )?formação contínua)\b)"},
  // An association's paid offers and partner deals for its members: a
  // price for members beside the price for others, what members save
  // through the association's framework agreement with a supplier, the
  // link to all partner offers.
  {C::house_ad, L::en, false,
   R"((?:[£$€] ?\d[\d,.]*|\d[\d,.]* ?(?:€|eur|euros?|usd|gbp|pounds|dollars))[^.!?]{0,30}\bmembers\b[^.!?]{0,10}\(?non-?members\b|\bnon-?members:? (?:[£$€] ?\d|\d[\d,.]* ?(?:€|eur|euros?)))"
   R"(|\bmembers save (?:up to )?(?:[£$€] ?)?\d|\b(?:exclusive|special|preferential) (?:discounts?|rates?|terms|prices|pricing) for (?:our )?members\b|\bthrough our (?:framework|group|partner) (?:agreement|contract|scheme) with\b|\ball (?:our )?partner offers\b)"},
  {C::house_ad, L::de, false,
   R"(\bnichtmitglieder:? \d[\d.,]* ?(?:€|eur|euro)|\d[\d.,]* ?(?:€|eur|euro)[^.!?]{0,30}\(?nichtmitglieder\b)"
   R"(|\bsparen mitglieder(?:sbetriebe)? (?:bis zu )?\d|\bmitglieder(?:sbetriebe)? sparen (?:bis zu )?\d|\bgewährt mitglied\pL*[^.!?]{0,60}(?:sondernachlass|rabatt|nachlass)|\bsondernachlass für mitglied|\b(?:über|durch) unseren rahmenvertrag mit\b|\balle partnerangebote\b)"},
  {C::house_ad, L::fr, false,
   R"(\bnon-?(?:membres|adhérents) ?:? ?\d[\d .,]* ?€|\d[\d .,]* ?€[^.!?]{0,30}\(?non-?(?:membres|adhérents)\b)"
   R"(|\bles (?:adhérents|membres) économisent (?:jusqu'à )?\d|\b(?:remises?|tarifs?|conditions?) (?:exclusi(?:ve|f)s?|préférentiel(?:le)?s?) (?:pour|réservée?s? aux) (?:nos )?(?:adhérents|membres)\b|\bgrâce à notre accord(?:-cadre)? avec\b|\btoutes les offres (?:de nos )?partenaires\b)"},
  {C::house_ad, L::es, false,
   R"(\bno (?:socios|asociados|miembros):? \d[\d.,]* ?€|\d[\d.,]* ?€[^.!?]{0,30}\(?no (?:socios|asociados|miembros)\b)"
   R"(|\blos (?:socios|asociados) ahorran (?:hasta )?\d|\b(?:descuentos?|tarifas?|condiciones) (?:exclusiv|especial|preferent)\pL* para (?:nuestros )?(?:socios|asociados|miembros)\b|\bgracias a nuestro (?:acuerdo|convenio) (?:marco )?con\b|\btodas las ofertas de (?:nuestros )?(?:socios|partners|colaboradores)\b)"},
  {C::house_ad, L::it, false,
   R"(\bnon soci:? \d[\d.,]* ?€|\d[\d.,]* ?€[^.!?]{0,30}\(?non soci\b)"
   R"(|\bi soci risparmiano (?:fino a )?\d|\b(?:sconti?|tariff[ae]|condizioni) (?:esclusiv|special|agevolat|riservat)\pL* (?:per|ai) (?:i )?(?:nostri )?(?:soci|associati)\b|\bgrazie al nostro accordo(?: quadro)? con\b|\btutte le offerte (?:dei nostri )?partner\b)"},
  {C::house_ad, L::nl, false,
   R"(\bniet-leden:? (?:€ ?\d|\d[\d.,]* ?(?:€|euro))|(?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euro))[^.!?]{0,30}\(?niet-leden\b)"
   R"(|\bleden besparen (?:tot )?(?:€ ?)?\d|\b(?:exclusieve|speciale) (?:korting|tarieven|voorwaarden) voor (?:onze )?leden\b|\bvia ons (?:raam)?contract met\b|\balle partneraanbiedingen\b)"},
  {C::house_ad, L::pt, false,
   R"(\bnão (?:sócios|associados|membros):? (?:€ ?)?\d|\d[\d.,]* ?€[^.!?]{0,30}\(?não (?:sócios|associados|membros)\b)"
   R"(|\bos (?:sócios|associados) poupam (?:até )?\d|\b(?:descontos?|condições|tarifas?) (?:exclusiv|especia|preferenc)\pL* para (?:os )?(?:nossos )?(?:sócios|associados|membros)\b|\bgraças ao nosso (?:acordo|protocolo)(?:-quadro)? com\b|\btodas as ofertas (?:dos nossos )?parceiros\b)"},
  // A property agent's pitch for its own services beside its market
  // figures: a free valuation of the reader's property, the question
  // whether the reader is thinking of selling, letting or moving.
  {C::house_ad, L::en, false,
   R"(\b(?:free|complimentary)(?:,? no-obligation)? (?:market )?(?:appraisal|valuation) of your\b|^thinking (?:of|about) (?:selling|letting|relocating|renewing|disposing|moving)\b[^.!?]{0,40}\?)"},
  {C::house_ad, L::de, false,
   R"(\bkostenlose?n? (?:und unverbindliche?n? )?(?:immobilien)?(?:bewertung|wertermittlung|marktwerteinschätzung) (?:ihrer|ihres)\b|^(?:planen sie|denken sie an|überlegen sie)(?: einen| eine| den)? (?:verkauf|vermietung|umzug|standortwechsel|neuvermietung)\b[^.!?]{0,40}\?)"},
  {C::house_ad, L::fr, false,
   R"((?:estimation|évaluation) (?:gratuite|offerte)(?: et sans engagement)? de votre (?:bien|propriété|local|maison|appartement)(?:[^\pL\pN]|$)|^vous (?:envisagez|pensez à) (?:de )?(?:vendre|louer|déménager|céder)\b[^.!?]{0,40}\?)"},
  {C::house_ad, L::es, false,
   R"(\b(?:valoración|tasación) gratuita(?: y sin compromiso)? de (?:su|tu) (?:inmueble|propiedad|vivienda|local)\b|^¿?(?:está|estás) pensando en (?:vender|alquilar|trasladar|mudar)\pL*[^.!?]{0,40}\?)"},
  {C::house_ad, L::it, false,
   R"(\bvalutazione gratuita(?: e senza impegno)? (?:del|della|dell') ?(?:suo |tuo |vostro |vostra |sua |tua )?(?:immobile|proprietà|casa|locale)|^(?:sta|stai) pensando di (?:vendere|affittare|trasferir)\pL*[^.!?]{0,40}\?)"},
  {C::house_ad, L::nl, false,
   R"(\bgratis (?:en vrijblijvende )?waardebepaling van (?:je|uw)\b|\bvrijblijvende waardebepaling\b|^(?:overweegt u|overweeg je|denkt u aan|denk je aan) (?:te )?(?:verkopen|verhuren|verhuizen)\b[^.!?]{0,40}\?)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:avaliação|estimativa) gratuita(?: e sem compromisso)? d[oa] (?:seu|sua|teu|tua) (?:imóvel|propriedade|casa|loja)|^(?:está|estás) a pensar em (?:vender|arrendar|mudar)\b[^.!?]{0,40}\?|^(?:você )?está pensando em (?:vender|alugar|mudar)\b[^.!?]{0,40}\?)"},
  // A property agent's box of its own listings ends on the button to all
  // of them ("View all our instructions"): the box is the agent's offer
  // beside its market figures.
  {C::house_ad, L::en, false,
   R"(\b(?:view|see|browse|search) all (?:of )?our (?:current |latest |available )?(?:instructions|listings|properties|availability|premises)\b)"},
  {C::house_ad, L::de, false,
   R"(\balle (?:unsere[n]? |unserer )?(?:aktuellen |verfügbaren )?(?:objekte|immobilien|mietflächen|gewerbeflächen|inserate) (?:ansehen|anzeigen|entdecken)\b)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:voir|découvrir|consulter) tous nos (?:biens|locaux|programmes|annonces)(?: disponibles)?\b)"},
  {C::house_ad, L::es, false,
   R"(\b(?:ver|consultar|descubrir) todos nuestros (?:inmuebles|locales|anuncios|propiedades)\b)"},
  {C::house_ad, L::it, false,
   R"(\b(?:vedi|scopri|consulta) tutti i nostri (?:immobili|annunci|locali)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bbekijk (?:ons (?:hele|volledige) |al ons )(?:aanbod|woningaanbod|bedrijfsaanbod)\b)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:ver|veja|consulte|descubra) todos os nossos (?:imóveis|anúncios|espaços))"},
  // An estate agent's valuation button ("Book my valuation") under its
  // pitch: a short line that books or requests the reader's own appraisal.
  {C::house_ad, L::en, false,
   R"(^(?:book|request|arrange|get|claim) (?:my|your|a) (?:free |instant )?(?:home |property |market )?(?:valuation|appraisal)\W*$)"},
  {C::house_ad, L::de, false,
   R"(^(?:jetzt )?(?:(?:kostenlose |meine |ihre )?(?:immobilien)?bewertung (?:anfragen|vereinbaren|buchen|anfordern|starten)|(?:immobilie|wohnung|haus) (?:jetzt )?bewerten lassen)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(^(?:demander|obtenir|réserver) (?:mon|votre|une) (?:estimation|évaluation)(?: gratuite)?\W*$|^estimer (?:mon|votre) (?:bien|logement|appartement|maison)\W*$)"},
  {C::house_ad, L::es, false,
   R"(^(?:solicita|solicitar|pide|pedir|reserva|reservar|obtén|obtener) (?:mi|tu|su|una) (?:valoración|tasación)(?: gratuita| gratis)?\W*$)"},
  {C::house_ad, L::it, false,
   R"(^(?:richiedi|prenota|ottieni|richiedere|prenotare) (?:la (?:mia|tua|sua) |una )?valutazione(?: gratuita)?\W*$)"},
  {C::house_ad, L::nl, false,
   R"(^(?:plan|vraag|boek) (?:mijn|je|uw|een) (?:gratis )?waardebepaling(?: aan| in)?\W*$)"},
  {C::house_ad, L::pt, false,
   R"(^(?:pedir|peça|pede|agendar|agende|marcar|solicitar|solicite) (?:a (?:minha|sua|tua) |uma )?avaliação(?: gratuita)?\W*$)"},
  // A dealer's finance ad in a motoring letter: the car driven away for a
  // monthly price, and the button to book a test drive at a dealer.
  {C::house_ad, L::en, false,
   R"(^drive (?:away|off) (?:in |with )?(?:a|an|the|your) (?:new |brand[- ]new )?[^.!?]{1,40}? (?:from|for) (?:just |only )?(?:£|\$|€) ?\d[\d,.]* (?:a|per|/) ?(?:month|mo)\b|\bbook (?:a|your) (?:free )?test drive (?:at|with|today|now|online)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:fahren sie|fahr|fahre|jetzt) (?:den|die|das) (?:neuen?|neue) [^.!?]{1,40}? (?:schon )?ab (?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euro)) (?:im monat|monatlich|pro monat|mtl)|\b(?:vereinbaren sie|buchen sie) (?:jetzt )?(?:eine|ihre) probefahrt\b|\bprobefahrt (?:vereinbaren|buchen) (?:bei|beim|im|online)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:roulez|repartez|partez) (?:en|avec|au volant d'une?) (?:la |le )?(?:nouvelle?|nouveau) [^.!?]{1,40}? (?:à partir de|dès|pour) (?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros)) ?(?:/ ?mois|par mois)|\b(?:réservez|prenez rendez-vous pour) (?:un|votre) essai (?:chez|dans|en concession|auprès)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:conduce|llévate|estrena) (?:el|la|un|una) (?:nuev[oa] )?[^.!?]{1,40}? (?:desde|por) (?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros)) ?(?:/ ?mes|al mes)|\b(?:reserva|pide|solicita) (?:tu|una) prueba de conducción (?:en|con)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:guida|porta a casa) (?:la |il |l')?(?:nuov[ao] )?[^.!?]{1,40}? (?:da|a partire da) (?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euro)) (?:al mese|/ ?mese)|\bprenota (?:un|il tuo) test drive (?:presso|dal|in|nel)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:rijd|rij) (?:de|het|nu de) (?:nieuwe )?[^.!?]{1,40}? (?:al )?(?:vanaf|voor) (?:€ ?\d[\d.,]*|\d[\d.,]* ?euro) (?:per maand|p/m|p\.m\.)|\bplan (?:een|je|uw) proefrit (?:bij|in|online)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:conduza|leve|estreie) (?:o|a|um|uma) (?:nov[oa] )?[^.!?]{1,40}? (?:desde|por|a partir de) (?:€ ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros)) ?(?:/ ?mês|por mês)|\b(?:marque|agende|reserve) (?:o seu |um |seu )?test drive (?:no|na|em|junto)\b)"},
  // A letter's label for the partner whose ad follows, named by the trade
  // it sells ("In association with our mortgage partner"), and the line
  // that says the day's issue is powered or presented by a sponsor.
  {C::sponsor, L::en, false,
   R"(^in association with (?:our|today's|this (?:week's|month's|issue's))\b|^(?:with |together with )?our (?:mortgage|finance|insurance|conveyancing|lending|legal|energy|removals?|broker) partners?\b)"
   R"(|^(?:today's|this week's|this morning's|tonight's|this evening's|this month's) [\pL\pN&'. -]{1,40}? (?:is|comes to you) (?:powered|presented|fuell?ed) by\b)"},
  {C::sponsor, L::de, false,
   R"(^(?:mit )?unser(?:e[mnr]?)? (?:finanzierungs|hypotheken|baufinanzierungs|versicherungs|kredit|umzugs|energie)partner(?:in|s|n)?\b)"
   R"(|^(?:die heutige|der heutige|das heutige|diese) [\pL\pN&'. -]{1,40}? (?:wird (?:ihnen |dir |euch )?(?:präsentiert|ermöglicht|gesponsert) (?:von|durch)|(?:ist |wird )?powered by)\b)"},
  {C::sponsor, L::fr, false,
   R"(^(?:en (?:association|collaboration) avec |avec )?(?:notre|nos) partenaires? (?:en |de )?(?:crédit|financement|assurance|prêt|courtage|déménagement|énergie|hypothécaires?)\b)"
   R"(|^(?:l'édition|la lettre|le numéro|la newsletter|le brief)(?: de [\pL\pN&' -]{1,30}?)? (?:d'aujourd'hui|du jour|de ce (?:matin|soir)|de cette semaine) (?:est|vous est) (?:propulsée?|présentée?|offerte?|sponsorisée?) par\b)"},
  {C::sponsor, L::es, false,
   R"(^(?:en (?:asociación|colaboración) con |con )?nuestr[oa]s? (?:socios?|partners?|colaborador(?:es)?) (?:hipotecari[oa]s?|financier[oa]s?|de (?:financiación|seguros|hipotecas|mudanzas|energía))\b)"
   R"(|^(?:la edición|el boletín|la newsletter|el newsletter|el resumen)(?: de [\pL\pN&' -]{1,30}?)? de (?:hoy|esta (?:mañana|semana|noche)) (?:está|es|te llega) (?:patrocinad[ao]|impulsad[ao]|presentad[ao]|ofrecid[ao]) por\b)"},
  {C::sponsor, L::it, false,
   R"(^(?:in (?:associazione|collaborazione) con |con )?(?:il nostro|i nostri) partner (?:per (?:i )?(?:mutui|finanziamenti|assicurazioni|traslochi)|finanziari[oa]?|assicurativ[oi]|creditizi[oa]?)(?:[^\pL\pN]|$))"
   R"(|^(?:la newsletter|l'edizione|il numero|la puntata)(?: di [\pL\pN&' -]{1,30}?)? di (?:oggi|stamattina|questa settimana|stasera) (?:è|ti è|vi è) (?:offert[ao]|sponsorizzat[ao]|presentat[ao]) da\b)"},
  {C::sponsor, L::nl, false,
   R"(^(?:in samenwerking met |met )?onze (?:hypotheek|financierings|verzekerings|krediet|verhuis|energie)partners?\b)"
   R"(|^(?:de|deze) [\pL\pN&'.-]{1,30} van (?:vandaag|vanochtend|vanavond|deze week) (?:wordt (?:je |u )?(?:mogelijk gemaakt|aangeboden|gepresenteerd|gesponsord) door|is powered by)\b)"},
  {C::sponsor, L::pt, false,
   R"(^(?:em (?:associação|colaboração) com |com )?(?:o )?(?:nosso|nossos) parceiros? (?:de (?:crédito|financiamento|seguros|mudanças|energia)|hipotecári[oa]s?|financeir[oa]s?)(?:[^\pL\pN]|$))"
   R"(|^(?:a edição|a newsletter|o boletim|o resumo)(?: d[oa] [\pL\pN&' -]{1,30}?)? de (?:hoje|esta (?:manhã|semana|noite)) (?:é|está a ser|está sendo|chega até (?:si|você)) (?:patrocinad[ao]|oferecid[ao]|apresentad[ao]) (?:por|pel[ao])\b)"},
  // A vendor's or an agency's pitch for its own advice: a free audit or
  // check of the reader's site or set-up, a talk without obligation, its
  // experts who will review the reader's set-up, the button to book that
  // talk or to reach an expert, a result the reader could have too; a
  // customer story teased by the report's name; a library of white papers
  // to browse, free to registered readers; a client portal to upload
  // papers to; the firm's own opening, tagged as job ads are.
  {C::house_ad, L::en, false,
   R"(\bfree (?:[\pL-]+ ){0,2}(?:audit|assessment|health ?check) of your\b|^(?:request|claim|book|get) (?:a |your )?free (?:[\pL-]+ ){0,2}(?:audit|assessment|health ?check)\W*$)"
   R"(|^(?:talk|speak|chat) (?:to|with) (?:an?|our|one of our) (?:[\pL-]+ )?(?:experts?|specialists?|consultants?|advis[eo]rs?|architects?)\W*$|^(?:book|schedule|request) (?:a|your) (?:free |no-obligation |quick )?(?:discovery|strategy|consultation|intro(?:ductory)?) call\W*$|\bno-obligation (?:call|chat|consultation|conversation)\b)"
   R"(|\bour (?:[\pL-]+ )?(?:experts|consultants|architects|specialists|advis[eo]rs) (?:will|can) (?:review|assess|audit|analy[sz]e|look at) your\b|^want (?:results|numbers|growth) like (?:these|this)\?)"
   R"(|\b(?:browse|explore|visit) (?:the|our) (?:white ?paper|resource|research) library\b|^(?:from )?(?:the|our) white ?paper library\W*$|\bfree to download for registered (?:readers|users|members)\b)"
   R"(|\bupload (?:your )?(?:receipts|invoices|documents|bank statements) (?:through|via|to|in) our (?:client|customer) portal\b|\bwe(?:'ll| will) (?:happily )?set up your (?:portal )?(?:access|login)\b)"
   R"(|^we(?:'re| are) (?:hiring|looking for)\b[^.!?]{0,80}\((?:m/f/d|f/m/d|m/f/x|all genders)\))"},
  {C::house_ad, L::de, false,
   R"(\b(?:kostenlos\pL*|gratis) (?:[\pL-]+-)?(?:audit|check|analyse|potenzialanalyse) (?:ihrer|ihres|deiner|deines)\b|^(?:jetzt )?(?:kostenlos\pL* )?(?:[\pL-]+-)?(?:audit|check|potenzialanalyse) (?:anfordern|anfragen|sichern)\W*$)"
   R"(|\bin einem (?:kurzen |kostenlosen |persönlichen )*unverbindlichen (?:beratungs|erst)?(?:gespräch|telefonat|termin)|\bunverbindlich\pL* (?:beratungs|erst)?(?:gespräch|beratung)|^(?:jetzt )?(?:(?:kostenlos|unverbindlich)\pL* )?(?:beratungs|gesprächs)?termin (?:vereinbaren|buchen|anfragen)\W*$|^mit (?:einem|unseren) (?:expert|berater|spezialist)\pL* sprechen\W*$)"
   R"(|\bunsere (?:[\pL-]+ )?(?:expert|berater|spezialist)\pL* (?:prüfen|analysieren|begutachten) (?:ihre|ihren|ihr)\b)"
   R"(|^(?:zum |den )?(?:anwender|praxis|referenz|kunden)bericht(?: lesen| ansehen)?\W*$|^im (?:anwender|praxis|referenz|kunden)bericht (?:erzählt|berichtet|schildert|erklärt|zeigt)\b)"
   R"(|\bwhitepaper-(?:bibliothek|archiv|sammlung)\b|\bfür registrierte (?:leser|nutzer|mitglieder)\pL* kostenlos\b)"
   R"(|über unser (?:mandanten|kunden)portal (?:laden|senden|übermitteln|reichen|stellen) sie\b|\bden zugang (?:zum portal )?richten wir (?:ihnen|dir) (?:auf wunsch |gern |gerne )*ein\b)"
   R"(|^wir suchen (?:verstärkung|dich|sie)\b[^.!?]{0,80}\((?:m/w/d|w/m/d|m/w/x|d/m/w)\)|\b(?:kennen sie|kennst du) jemanden,? der (?:zu uns|in unser team|ins team) passt\b)"},
  {C::house_ad, L::fr, false,
   R"(\baudit (?:\pL+ ){0,2}gratuit de (?:votre|vos)\b|^(?:demandez|obtenez|réservez) (?:votre|un) audit (?:\pL+ )?gratuit\W*$)"
   R"(|^(?:parlez|échangez) (?:à|avec) (?:un|nos|l'un de nos) (?:experts?|spécialistes?|conseillers?|consultants?)\W*$|^(?:réservez|planifiez|prenez) (?:un|votre) (?:rendez-vous|appel|échange) (?:découverte|conseil)\W*$|\b(?:échange|appel|rendez-vous) (?:\pL+ )?sans engagement\b)"
   R"(|\bnos (?:experts|consultants|architectes|spécialistes) (?:analyseront|examineront|étudieront) (?:votre|vos)\b)"
   R"(|^lire le (?:retour d'expérience|témoignage)\W*$|\bbibliothèque de livres blancs\b|\bgratuits? pour les (?:lecteurs|membres|utilisateurs) inscrits\b)"
   R"(|\bvia notre (?:portail|espace) client,? (?:vous pouvez|déposez|transmettez)\b|^nous recrutons\b[^.!?]{0,80}\((?:h/f|f/h)\))"},
  {C::house_ad, L::es, false,
   R"(\bauditoría (?:\pL+ ){0,2}gratuita de (?:tu|su|tus|sus)\b|^(?:solicita|pide|reserva) (?:tu|una) auditoría (?:\pL+ )?gratuita\W*$)"
   R"(|^(?:habla|hable|conversa) con (?:un|nuestros|uno de nuestros) (?:expertos?|especialistas?|asesores?|consultores?)\W*$|^(?:reserva|agenda|programa) (?:una|tu) (?:llamada|reunión|sesión) (?:de descubrimiento|de consultoría|estratégica)\W*$|\b(?:llamada|reunión|consulta) (?:\pL+ )?sin compromiso\b)"
   R"(|\bnuestros (?:expertos|consultores|arquitectos|especialistas) (?:revisarán|analizarán|evaluarán) (?:tu|su|tus|sus)\b)"
   R"(|^lee(?:r)? (?:la historia|el testimonio) (?:del|de nuestro) cliente\W*$|\bbiblioteca de (?:libros blancos|white ?papers)\b|\bgratis para (?:los )?(?:lectores|usuarios|miembros) registrados\b)"
   R"(|\ba través de nuestro portal (?:de|del) cliente,? (?:puedes|puede|sube|suba)\b|^(?:buscamos|estamos contratando)\b[^.!?]{0,80}\((?:h/m|m/h)\))"},
  {C::house_ad, L::it, false,
   R"(\baudit (?:\pL+ ){0,2}gratuito (?:del tuo|della tua|del vostro|della vostra|dei tuoi)\b|^(?:richiedi|prenota|ottieni) (?:il tuo|un) audit (?:\pL+ )?gratuito\W*$)"
   R"(|^(?:parla|parli) con (?:un|i nostri|uno dei nostri) (?:esperti?|specialisti?|consulenti?)\W*$|^(?:prenota|fissa) (?:una|la tua) (?:call|chiamata|consulenza) (?:conoscitiva|gratuita|strategica)\W*$|\b(?:call|chiamata|consulenza|colloquio) (?:\pL+ )?senza impegno\b)"
   R"(|\bi nostri (?:esperti|consulenti|architetti|specialisti) (?:analizzeranno|esamineranno|valuteranno) (?:il tuo|la tua|i tuoi|le tue)\b)"
   R"(|^leggi la (?:storia|testimonianza) del cliente\W*$|\blibreria (?:di|dei) white ?paper\b|\bgratuiti? per i (?:lettori|utenti|membri) registrati\b)"
   R"(|\btramite il nostro portale clienti,? (?:puoi|carica|caricate|può)|^(?:cerchiamo|stiamo assumendo)\b[^.!?]{0,80}\((?:m/f|f/m)\))"},
  {C::house_ad, L::nl, false,
   R"(\bgratis (?:[\pL-]+ ){0,2}\pL*(?:audit|scan|check) van (?:je|uw)\b|^(?:vraag|boek|claim) (?:je|uw|een) gratis (?:[\pL-]+ )?\pL*(?:audit|scan|check) aan\W*$)"
   R"(|^(?:praat|spreek) met (?:een|onze|een van onze) (?:experts?|specialisten?|adviseurs?|consultants?)\W*$|^(?:plan|boek) (?:een|je|uw) (?:kennismakings|adviesgesprek|strategie)\pL*\W*$|\bvrijblijvend (?:kennismakings|advies)?(?:gesprek|adviesgesprek|belletje)\b)"
   R"(|\bonze (?:experts|consultants|architecten|specialisten|adviseurs) (?:bekijken|analyseren|beoordelen) (?:je|uw)\b)"
   R"(|^lees het (?:klant|praktijk)verhaal\W*$|\bwhitepaperbibliotheek\b|\bgratis voor geregistreerde (?:lezers|gebruikers|leden)\b)"
   R"(|\bvia ons (?:klant|cliënten)portaal (?:upload|uploadt|stuurt|levert) (?:je|u)\b|^wij zoeken (?:versterking|collega's)\b[^.!?]{0,80}\((?:m/v/x|v/m/x|m/v)\))"},
  {C::house_ad, L::pt, false,
   R"(\bauditoria (?:\pL+ ){0,2}gratuita (?:do seu|da sua|dos seus|das suas)\b|^(?:solicite|peça|agende) (?:sua|a sua|uma) auditoria (?:\pL+ )?gratuita\W*$)"
   R"(|^(?:fale|converse) com (?:um|nossos|um dos nossos) (?:especialistas?|consultores?|assessores?)\W*$|^(?:agende|marque) (?:uma|sua|a sua) (?:chamada|reunião|conversa) (?:de descoberta|estratégica|de diagnóstico)\W*$|\b(?:chamada|reunião|conversa|consultoria) (?:\pL+ )?sem compromisso\b)"
   R"(|\bnossos (?:especialistas|consultores|arquitetos) (?:vão analisar|irão analisar|analisarão|avaliarão) (?:o seu|a sua|seu|sua)\b)"
   R"(|^leia (?:a história|o depoimento) do cliente\W*$|\bbiblioteca de (?:white ?papers|e-?books)\b|\bgrátis para (?:leitores|usuários|membros) registrados\b)"
   R"(|\bpelo nosso portal (?:do cliente|de clientes),? (?:você pode|envie|carregue)\b|^(?:estamos contratando|procuramos)\b[^.!?]{0,80}\((?:m/f|f/m)\))"},
  // A software vendor's, a supplier's or an advisory firm's invitations
  // beside its news: a guided tour of its product with its own specialists,
  // a place to reserve on it, a meeting to book with the account manager
  // or at the fair, an instant quote, a case study or a free audit under
  // its label, the catalogue to download, the code to enter in the web
  // shop, a partner-programme box (its spotlight heading, the partners who
  // join, the button to become one), the vendors it is a certified partner
  // of, its webinar series and the line with all dates, the clients who
  // bring clients and what a recommendation earns.
  {C::house_ad, L::en, false,
   R"(^join (?:a|our) [^.!?]{0,60}\b(?:tour|walkthrough|demo)\b[^.!?]{0,60}\bwith (?:one of )?our (?:[\pL-]+ )?(?:specialists?|experts?|team|consultants?)\b|^(?:reserve|save|book) (?:a|your) (?:place|seat|spot) (?:on|at|for|in) the (?:tour|demo|walkthrough|session|webinar|workshop)\W*$)"
   R"(|^book (?:a|your) (?:\d+-minute )?(?:slot|meeting|appointment)\b[^.!?]{0,40}\b(?:account manager|our team|the (?:fair|show|expo|booth|stand|event))\b|\bget an? (?:instant|free|fast|quick) quote\b)"
   R"(|^(?:client |customer )?case study ?:|^free ?: (?:an? )?(?:[\pL\d-]+ ){0,4}(?:audit|assessment|health ?check|consultation)\b|^(?:claim|book|request|get) your (?:[\pL-]+ ){0,2}(?:audit|assessment|health ?check)\W*$)"
   R"(|^download (?:the|our) (?:new |latest |\d{4} )?(?:catalogue|catalog)\b|\b(?:catalogue|catalog) (?:can be|is available to be) (?:downloaded|ordered)\b|\benter (?:the )?(?:promo |discount |voucher )?code [a-z0-9-]+ (?:in|at) (?:the|your) (?:basket|cart|checkout)\b)"
   R"(|^(?:carrier|partner|supplier|vendor|reseller) spotlight\W*$|\b(?:carriers|partners|suppliers|resellers|installers) who join (?:us|our|[\pL-]+)\b|^(?:become|join as) an? (?:[\pL-]+ )?(?:partner|carrier|supplier|reseller|installer)\W*$)"
   R"(|^(?:we are )?an? (?:certified|authori[sz]ed|official|accredited) (?:[\pL-]+ )?partner (?:of|for)\b|^(?:certified|authori[sz]ed|accredited|gold|silver|platinum|premier) partner (?:of|for)\b)"
   R"(|^(?:our |new )?webinar series\b|^all (?:the )?dates and (?:registration|sign-?up)\b|^(?:clients|customers) refer (?:clients|customers)\W*$|\bfor (?:every|each) (?:successful )?referral,? (?:we|you)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:nehmen sie|nimm) (?:an|teil an) (?:einer|unserer) [^.!?]{0,60}(?:tour|führung|demo|vorführung)\b[^.!?]{0,60}\bmit (?:einem |einer )?unsere[rnm]? (?:[\pL-]+ )?(?:spezialist|expert|berater)|^(?:jetzt )?(?:platz|plätze|teilnahme) (?:bei|an|für) der (?:tour|demo|führung|vorführung) (?:reservieren|sichern)\W*$)"
   R"(|^(?:buchen|vereinbaren) sie (?:einen|ihren) (?:\d+-minütigen )?(?:termin|gesprächstermin|slot)\b[^.!?]{0,40}\b(?:kundenbetreuer|account manager|unserem team|(?:auf|an) der messe|am stand)|\b(?:sofort|kostenlos|schnell)\pL* (?:ein )?angebot (?:anfordern|einholen|erhalten)\b)"
   R"(|^(?:kunden|praxis)?(?:fallstudie|anwenderbericht|erfolgsgeschichte) ?:|^(?:gratis|kostenlos) ?: (?:\pL+ ){0,4}(?:audit|check|analyse|beratung)|^(?:ihr(?:en)?|dein(?:en)?) (?:[\pL-]+-)?(?:audit|check) (?:anfordern|sichern)\W*$)"
   R"(|^(?:jetzt )?(?:den |unseren )?(?:neuen |aktuellen )?(?:gesamt)?katalog (?:\d{4} )?(?:als pdf )?herunterladen\W*$|\bkatalog (?:können sie|kannst du) (?:\pL+ ){0,4}(?:herunterladen|bestellen|anfordern)|^(?:der |unser )?(?:neue[r]? )?(?:gesamt)?katalog(?: \d{4})? (?:ist )?(?:jetzt |ab sofort )?(?:verfügbar|erhältlich)\W*$)"
   R"(|\b(?:geben sie|gib) (?:\pL+ ){0,3}(?:den |ihren |deinen )?(?:gutschein-?|rabatt-?|aktions-?)?code [a-z0-9-]+ ein\b|^(?:sonder)?(?:aktion|angebot) im (?:online-?|web-?)?shop\b|(?:jetzt )?(?:kostenlose[ns]? )?[\pL-]*(?:ticket|karte|gutschein) (?:anfordern|sichern)\W*$)"
   R"(|^(?:partner|lieferanten|frachtführer|spediteure) im (?:porträt|fokus|portrait)\W*$|\b(?:partner|frachtführer|händler|installateure),? die (?:sich )?[\pL-]+ anschließen\b|^(?:werden sie|werde) (?:[\pL-]+-?)?partner\W*$)"
   R"(|^(?:wir sind )?(?:zertifizierter|autorisierter|offizieller|ausgezeichneter) (?:[\pL-]+ )?partner (?:von|für)\b|^(?:gold|silber|platin|premium)-?partner (?:von|für)\b)"
   R"(|^(?:unsere |neue )?webinar-?reihe\b|^alle termine und (?:die )?anmeldung\b|\b(?:mandanten|kunden|patienten) werben (?:mandanten|kunden|patienten)\b|\bempfehlen sie uns (?:gern |gerne |doch )?weiter\b|\bfür jede (?:erfolgreiche )?empfehlung (?:bedanken wir uns|erhalten sie|gibt es)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:rejoignez|participez à) (?:une|notre) [^.!?]{0,60}(?:visite guidée|démo|démonstration)\b[^.!?]{0,60}\bavec (?:l'un de )?nos (?:spécialistes|experts|conseillers)|^réservez (?:une|votre) place (?:pour|à) la (?:visite|démo|démonstration|session)\W*$)"
   R"(|^réservez (?:un|votre) (?:créneau|rendez-vous) (?:de \d+ minutes )?(?:avec votre (?:chargé|responsable) de compte|sur (?:le|notre) (?:salon|stand))|\bobtenez (?:un|votre) devis (?:instantané|immédiat|gratuit|en ligne)(?:[^\pL\pN]|$))"
   R"(|^étude de cas ?:|^gratuit ?: (?:un |une )?(?:\pL+ ){0,4}(?:audit|diagnostic|bilan)\b|^(?:demandez|obtenez) votre (?:audit|diagnostic|bilan)\W*$)"
   R"(|^téléchargez (?:le|notre) (?:nouveau )?catalogue\b|\bcatalogue (?:est )?(?:téléchargeable|à télécharger)\b|\bsaisissez (?:le )?code [a-z0-9-]+ dans (?:votre|le) panier\b|^(?:offre|promotion) (?:de la|sur la|dans notre) boutique en ligne\b)"
   R"(|^(?:partenaire|transporteur|fournisseur) (?:à l'honneur|du mois)\W*$|\b(?:les )?(?:transporteurs|partenaires|revendeurs) qui (?:nous )?rejoignent\b|^devenez (?:\pL+ )?(?:partenaire|transporteur|revendeur)(?: partenaire)?\W*$)"
   R"(|^(?:nous sommes )?partenaire (?:certifié|agréé|officiel) de\b|^(?:cycle|série) de webinaires\b|^toutes les dates et (?:l'inscription|inscriptions)\b|^(?:les )?clients parrainent (?:des |les )?clients\W*$|\bpour (?:chaque|tout) parrainage (?:réussi )?,? nous\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:únete a|participa en) (?:una|nuestra) [^.!?]{0,60}(?:visita guiada|demo|demostración)\b[^.!?]{0,60}\bcon (?:uno de )?nuestros (?:especialistas|expertos|asesores)|^reserva (?:una|tu) plaza (?:para|en) la (?:visita|demo|demostración|sesión)\W*$)"
   R"(|^reserva (?:una|tu) (?:cita|reunión|franja) (?:de \d+ minutos )?(?:con tu (?:gestor|responsable) de cuenta|en (?:la|nuestro) (?:feria|stand))|\bobtén (?:un|tu) presupuesto (?:instantáneo|inmediato|gratuito|al instante)\b)"
   R"(|^caso de (?:éxito|estudio) ?:|^gratis ?: (?:una? )?(?:\pL+ ){0,4}(?:auditoría|diagnóstico|revisión)\b|^(?:solicita|pide) tu (?:auditoría|diagnóstico)\W*$)"
   R"(|^descarga (?:el|nuestro) (?:nuevo )?catálogo\b|\bcatálogo (?:se puede|puedes|puede) descargar\b|\bintroduce el código [a-z0-9-]+ en (?:el|tu) carrito\b|^(?:oferta|promoción) (?:en|de) (?:nuestra|la) tienda (?:online|en línea)\b)"
   R"(|^(?:transportista|socio|proveedor) destacado\W*$|\b(?:los )?(?:transportistas|socios|distribuidores) que se unen a\b|^hazte (?:\pL+ )?(?:socio|transportista|distribuidor|partner)\W*$)"
   R"(|^(?:somos )?(?:partner|socio) (?:certificado|autorizado|oficial) de\b|^(?:ciclo|serie) de webinars?\b|^todas las fechas e inscripción\b|^clientes que recomiendan clientes\W*$|\bpor cada (?:recomendación|referido) (?:con éxito )?,? (?:te|le|os)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:partecipa a|unisciti a) (?:un|una|il nostro|la nostra) [^.!?]{0,60}(?:tour guidato|visita guidata|demo|dimostrazione)\b[^.!?]{0,60}\bcon (?:uno dei )?nostri (?:specialisti|esperti|consulenti)|^prenota (?:un|il tuo) posto (?:per|al|alla) (?:tour|demo|visita|sessione)\W*$)"
   R"(|^prenota (?:un|il tuo) (?:appuntamento|incontro|slot) (?:di \d+ minuti )?(?:con il tuo account manager|in fiera|allo stand)|\b(?:ottieni|richiedi) (?:un|il tuo) preventivo (?:immediato|istantaneo|gratuito)\b)"
   R"(|^caso (?:di studio|di successo) ?:|^gratis ?: (?:un |una )?(?:\pL+ ){0,4}(?:audit|analisi|check-?up)\b|^richiedi il tuo (?:audit|check-?up)\W*$)"
   R"(|^scarica (?:il|il nostro) (?:nuovo )?catalogo\b|\bcatalogo (?:si può|può essere) scaricare\b|\binserisci il codice [a-z0-9-]+ nel carrello\b|^(?:offerta|promozione) (?:nel|del) (?:nostro )?(?:negozio online|shop online|webshop)\b)"
   R"(|^(?:partner|trasportatore|fornitore) in evidenza\W*$|\b(?:i )?(?:trasportatori|partner|rivenditori) che si uniscono a\b|^diventa (?:\pL+ )?(?:partner|trasportatore|rivenditore)\W*$)"
   R"(|^(?:siamo )?partner (?:certificato|autorizzato|ufficiale) di\b|^(?:ciclo|serie) di webinar\b|^tutte le date e (?:l'iscrizione|iscrizioni)\b|^clienti che portano clienti\W*$|\bper ogni (?:segnalazione|presentazione) (?:andata a buon fine )?,? (?:ti|vi|le)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:doe mee aan|neem deel aan) (?:een|onze) [^.!?]{0,60}(?:rondleiding|demo|tour)\b[^.!?]{0,60}\bmet (?:een van )?onze (?:specialisten|experts|adviseurs)|^reserveer (?:een|je|uw) plek (?:voor|bij) de (?:rondleiding|demo|tour|sessie)\W*$)"
   R"(|^(?:plan|boek) (?:een|je|uw) (?:afspraak|gesprek|slot) (?:van \d+ minuten )?(?:met (?:je|uw) accountmanager|op de beurs|op (?:de|onze) stand)|\bvraag (?:direct |gratis )?(?:een|je|uw) (?:directe |gratis )?offerte aan\b)"
   R"(|^(?:klant)?case ?:|^gratis ?: (?:een )?(?:\pL+ ){0,4}(?:audit|scan|check)\b|^vraag (?:je|uw) (?:audit|scan|check) aan\W*$)"
   R"(|^download (?:de|onze) (?:nieuwe )?catalogus\b|\bcatalogus (?:kunt u|kun je) (?:\pL+ ){0,3}(?:downloaden|bestellen)\b|\bvoer (?:de )?code [a-z0-9-]+ in (?:je|uw|het) winkelmandje in\b|^(?:actie|aanbieding) in (?:onze|de) webshop\b)"
   R"(|^(?:vervoerder|partner|leverancier) in de spotlight\W*$|\b(?:vervoerders|partners|dealers) die (?:zich )?aansluiten\b|^word (?:\pL+ )?(?:partner|vervoerder|dealer)\W*$)"
   R"(|^(?:wij zijn )?(?:gecertificeerd|erkend|officieel) (?:[\pL-]+ )?partner van\b|^webinarreeks\b|^alle data en aanmelden\b|^klanten werven klanten\W*$|\bvoor (?:elke|iedere) (?:geslaagde )?doorverwijzing\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:participe|junte-se) (?:de |a )?(?:uma|nossa) [^.!?]{0,60}(?:visita guiada|demo|demonstração)\b[^.!?]{0,60}\bcom (?:um dos )?nossos (?:especialistas|consultores)|^reserve (?:o seu |seu )?lugar (?:na|para a) (?:visita|demo|demonstração|sessão)\W*$)"
   R"(|^(?:agende|marque) (?:uma|a sua|sua) (?:reunião|conversa|hora) (?:de \d+ minutos )?(?:com o seu gestor de conta|na feira|no (?:nosso )?stand)|\b(?:peça|obtenha) (?:um|o seu) orçamento (?:instantâneo|imediato|gratuito)\b)"
   R"(|^(?:estudo de caso|caso de sucesso) ?:|^grátis ?: (?:uma? )?(?:\pL+ ){0,4}(?:auditoria|diagnóstico)(?:[^\pL\pN]|$)|^(?:solicite|peça) (?:a sua|sua) (?:auditoria|diagnóstico)\W*$)"
   R"(|^(?:baixe|descarregue) (?:o|o nosso) (?:novo )?catálogo(?:[^\pL\pN]|$)|\bcatálogo (?:pode ser|está disponível para) (?:baixado|descarregado)\b|\binsira o código [a-z0-9-]+ no carrinho\b|^(?:oferta|promoção) (?:na|da) (?:nossa )?loja online\b)"
   R"(|^(?:transportador|parceiro|fornecedor) em destaque\W*$|\b(?:os )?(?:transportadores|parceiros|revendedores) que se juntam\b|^(?:torne-se|seja) (?:\pL+ )?(?:parceiro|transportador|revendedor)\W*$)"
   R"(|^(?:somos )?parceiro (?:certificado|autorizado|oficial) d[aeo]\b|^(?:ciclo|série) de webinars?\b|^todas as datas e inscrições\b|^clientes indicam clientes\W*$|\bpor cada indicação (?:bem-sucedida )?,? (?:você|oferecemos)(?:[^\pL\pN]|$))"},
  // A letter's own feedback prompt: how did you find (the letter's name)
  // today, tell us what we could do better.
  {C::feedback, L::en, false, R"(\btell (?:us|me) what (?:we|i) (?:could|can|should) do better\b|^how did you (?:find|like) (?:the )?[\pL-]+(?: [\pL-]+)? today\?)"},
  {C::feedback, L::de, false, R"(\b(?:schreib(?:en sie|t)?|sag(?:en sie|t)?) (?:uns|mir),? was (?:wir|ich) besser machen (?:können|könnten|sollten)\b|^wie (?:fanden|fandest|fandet) (?:sie|du|ihr) (?:den|die|das) [\pL-]+ heute\?)"},
  {C::feedback, L::fr, false, R"(\b(?:dites|dis)-(?:nous|moi) ce que (?:nous pourrions|nous pouvons|on pourrait|je pourrais) (?:faire )?(?:mieux|améliorer)\b|^comment (?:avez-vous|as-tu) trouvé (?:le |la |l')?[\pL-]+ (?:aujourd'hui|de ce matin)\?)"},
  {C::feedback, L::es, false, R"(\b(?:dinos|cuéntanos|díganos|escríbenos) (?:qué|en qué) (?:podemos|podríamos) (?:hacer )?mejor(?:ar)?\b|^¿?qué te ha parecido (?:el|la) [\pL-]+ (?:de )?hoy\?)"},
  {C::feedback, L::it, false, R"(\b(?:dicci|scrivici|raccontaci) cosa (?:possiamo|potremmo) (?:fare meglio|migliorare)\b|^come (?:hai|avete) trovato (?:il |la |l')?[\pL-]+ (?:di )?oggi\?)"},
  {C::feedback, L::nl, false, R"(\b(?:laat ons weten|vertel ons|schrijf ons) wat we beter (?:kunnen|zouden kunnen) doen\b|^hoe vond (?:je|u) (?:de|het) [\pL-]+ vandaag\?)"},
  {C::feedback, L::pt, false, R"(\b(?:diga-nos|conte-nos|diz-nos|escreva-nos) o que (?:podemos|poderíamos) (?:fazer )?melhor(?:ar)?\b|^o que (?:achou|achaste) (?:do|da) [\pL-]+ (?:de )?hoje\?)"},
  // A review-site prompt from a vendor to its customers: say so on a
  // review site, a short review (on a named site) helps others find it,
  // how it is doing.
  {C::feedback, L::en, false,
   R"(\ba (?:quick |short |two-minute |\d+-minute )?review (?:on [\pL\pN.-]+ )?(?:helps|from you helps|makes a (?:big )?difference)\b|\bwould you (?:say so|tell others|let others know) on\b|^how are we doing\?\W*$)"},
  {C::feedback, L::de, false,
   R"(\b(?:eine|ihre|deine) (?:kurze |ehrliche )?bewertung (?:(?:auf|bei) [\pL\pN.-]+ )?(?:hilft|unterstützt)\b|\bwürden sie (?:das|es) (?:auch )?(?:auf|bei) [\pL-]+ (?:sagen|schreiben)\b|^wie (?:zufrieden sind sie|machen wir uns)\b[^.!]*\?\W*$)"},
  {C::feedback, L::fr, false,
   R"(\b(?:un|votre) (?:court |petit )?avis (?:sur [\pL\pN.-]+ )?(?:aide|nous aide)\b|\bdites-le sur\b|^comment (?:nous en sortons-nous|trouvez-vous notre service)\W*$)"},
  {C::feedback, L::es, false,
   R"(\b(?:una|tu|su) (?:breve |pequeña )?(?:reseña|valoración) (?:en [\pL\pN.-]+ )?(?:ayuda|nos ayuda)\b|\b(?:cuéntalo|dígalo|dilo) en [\pL-]+|^¿?cómo lo estamos haciendo\?\W*$)"},
  {C::feedback, L::it, false,
   R"(\b(?:una|la tua) (?:breve )?recensione (?:su [\pL\pN.-]+ )?(?:aiuta|ci aiuta)\b|\b(?:dillo|raccontalo) (?:anche )?su [\pL-]+|^come stiamo andando\?\W*$)"},
  {C::feedback, L::nl, false,
   R"(\b(?:een|je|uw) (?:korte )?(?:review|beoordeling) (?:op [\pL\pN.-]+ )?helpt\b|\b(?:zeg|vertel) het (?:dan )?(?:ook )?op [\pL-]+|^hoe doen we het\?\W*$)"},
  {C::feedback, L::pt, false,
   R"(\b(?:uma|a sua|sua) (?:breve |curta )?(?:avaliação|análise) (?:n[oa] [\pL\pN.-]+ )?(?:ajuda|nos ajuda)(?:[^\pL\pN]|$)|\b(?:diga-o|conte) (?:isso )?(?:no|na) [\pL-]+|^como estamos (?:indo|a ir)\?\W*$)"},
  // A shop's or practice's ask for a review on a named review site: leave
  // or write a review there, "we'd be glad of your rating there", a review
  // there helps others find the shop.
  {C::feedback, L::en, false,
   R"((?:leave|write|give|post) (?:us |me )?(?:a |your )?(?:quick |short |honest )?(?:review|rating)\b[^.!?]{0,20}\b(?:on|at) (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\b(?:a |your )?(?:quick |short )?(?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert) review (?:helps|means|makes)\b)"},
  {C::feedback, L::de, false,
   R"((?:freuen (?:uns|mich) (?:sehr )?über|hinterlass(?:e|t|en sie)|schreib(?:e|t|en sie)?|gib|geben sie) (?:uns )?(?:deine|ihre|eure|eine) (?:kurze |ehrliche )?(?:bewertung|rezension)\b[^.!?]{0,20}\b(?:bei|auf) (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\beine (?:kurze )?(?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)-bewertung hilft\b)"},
  {C::feedback, L::fr, false,
   R"((?:laissez|laisse|déposez|dépose|donnez|écrivez)(?:-nous)? (?:un|votre|ton) (?:petit |court )?avis\b[^.!?]{0,20}\bsur (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\bun (?:petit )?avis (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert) (?:aide|nous aide)\b)"},
  {C::feedback, L::es, false,
   R"((?:déjanos|deja|dejad|déjenos|escribe|escríbenos|danos) (?:una |tu |su )?(?:breve )?(?:reseña|opinión|valoración)\b[^.!?]{0,20}\ben (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\buna (?:breve )?reseña en (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert) (?:ayuda|nos ayuda)\b)"},
  {C::feedback, L::it, false,
   R"((?:lasciaci|lascia|lasciateci|scrivi|scrivici) (?:una |la tua )?(?:breve )?(?:recensione|valutazione)\b[^.!?]{0,20}\bsu (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\buna (?:breve )?recensione su (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert) (?:aiuta|ci aiuta)\b)"},
  {C::feedback, L::nl, false,
   R"((?:schrijf|geef|laat|plaats) (?:ons )?(?:een |je |uw |jouw )?(?:korte )?(?:recensie|review|beoordeling)\b[^.!?]{0,20}\bop (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\been (?:korte )?(?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)[- ]?(?:review|recensie) helpt\b)"},
  {C::feedback, L::pt, false,
   R"((?:deixe|deixa|escreva|escreve|dê|faça)(?:-nos)? (?:a sua |uma |sua |a tua )?(?:avaliação|opinião|review|comentário)\b[^.!?]{0,20}\b(?:no|na|em) (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert)\b|\buma avaliação (?:no|na) (?:google|trustpilot|tripadvisor|yelp|facebook|provenexpert) (?:ajuda|nos ajuda)\b)"},
  // A supplier's sales asks beside its trade news: the button to request a
  // quote or a proposal and the no-obligation quote in a sentence, the pitch
  // for a service or maintenance contract addressed to the reader, the
  // button to reserve a seat or a meeting at the fair stand or to get a
  // visitor badge, the fair named with the stand number, a free guide offered under its label and the
  // button that sends it, the link to the whole case study, a course priced
  // per participant before tax or a package priced before tax, the reader's
  // loyalty points, a helpline named before its number, the web shop or
  // customer area pitched for self-service, a contract without sign-up
  // fees, the invitation to reply to the mail or call, the code to type at
  // the checkout and the button to the products on offer.
  {C::house_ad, L::en, false,
   R"(^(?:request|get|ask for) (?:a|your) (?:free |no-obligation |tailored |custom )?(?:quote|proposal)\W*$|\b(?:request|ask for) a (?:free |no-obligation )(?:quote|proposal)\b)"
   R"(|(?:^|: )with a (?:[\pL-]+ )?(?:service|maintenance) (?:contract|agreement|plan)\b[^.!?]*\b(?:you|your)\b|^(?:reserve|save|secure|claim) your (?:free )?(?:seat|spot|place)\W*$)"
   R"(|^(?:get|claim|request) your (?:free )?(?:badge|expo pass|visitor pass)\W*$|^book (?:a|your) meeting at (?:our|the) (?:booth|stand)\W*$)"
   R"(|^free (?:guide|checklist|e-?book|white ?paper) ?:|^(?:get|download|receive) (?:the|your) (?:free )?(?:guide|checklist)\b[^.!?]{0,30}$|^read the (?:full |whole )?case study\W*$)"
   R"(|\b(?:plus|\+|excl\.?|excluding) vat per (?:participant|delegate|attendee|person)\b|^(?:[\pL-]+ ){0,3}package\b[^.!?]*\d[^.!?]*\b(?:plus|excluding) vat\b)"
   R"(|\b(?:check|view) your points balance\b|\bfor every [£$€]?\d+ you spend\b[^.!?]*\bpoints?\b)"
   R"(|^(?:customer |business |sales )?(?:helpline|hotline|service line|support line) ?:? \+?\d|\b(?:in|on) (?:our|the) (?:web ?shop|customer portal|client portal),? you (?:always )?(?:see|can see)\b)"
   R"(|\bno (?:set-?up|sign-?up|joining|activation) fees?\b|\breply to this (?:email|e-mail) or (?:call|phone)\b|\buse (?:the )?code [a-z0-9]+ at (?:the )?checkout\b|^(?:see|view|shop) (?:the )?(?:products on offer|deal products)\W*$)"},
  {C::house_ad, L::de, false,
   R"(^(?:[\pL-]+ ){0,2}(?:unverbindlich|kostenlos) anfragen\W*$|^(?:jetzt )?(?:ein |ihr )?(?:individuelles |unverbindliches )?angebot anfordern\W*$|\bunverbindliche[sn]? angebot\b)"
   R"(|(?:^|: )mit einem (?:[\pL-]+ )?(?:wartungs|service)vertrag\b[^.!?]*\b(?:ihnen|ihre?|sie sich)\b|^(?:jetzt )?(?:ihren |einen )?(?:platz|teilnahme) (?:sichern|reservieren)\W*$)"
   R"(|^(?:jetzt )?(?:ihren |einen )?(?:gesprächs)?termin (?:am|auf dem|an unserem) (?:messe)?stand (?:reservieren|vereinbaren|buchen|sichern)\W*$|^(?:jetzt )?(?:ihr(?:en)? )?(?:kostenlose[ns]? )?(?:besucher|messe)?(?:ticket|ausweis) (?:anfordern|sichern)\W*$)"
   R"(|^(?:kostenlose[rs]?|gratis) (?:leitfaden|ratgeber|checkliste|e-?book|whitepaper) ?:|^(?:den |ihren |deinen )?(?:leitfaden|ratgeber|checkliste) (?:jetzt )?(?:als pdf )?(?:herunterladen|anfordern|erhalten|laden)\W*$|^(?:zur (?:ganzen |vollständigen )?fallstudie|fallstudie lesen)\W*$)"
   R"(|\bzzgl\.? (?:mwst|ust)\.? (?:pro|je) (?:teilnehmer|person)|^(?:[\pL-]+ ){0,3}paket\b[^.!?]*\d[^.!?]*\bzzgl\.? (?:mwst|ust)|^(?:weitere|alle) termine und (?:die )?anmeldung\b)"
   R"(|\bpunktestand\b|\bfür jeden (?:ausgegebenen |bei uns ausgegebenen )?(?:euro|\d+ euro)\b[^.!?]*\bpunkte\b)"
   R"(|^(?:service|kunden|geschäftskunden|vertriebs)?-?hotline ?:? \+?\d|\bim (?:webshop|kundenportal|online-?shop) sehen sie\b)"
   R"(|\bohne (?:einrichtungs|anschluss|bereitstellungs|aufnahme)gebühr\b|\bantworten sie (?:einfach )?auf diese (?:e-mail|mail) oder rufen sie\b|\bnutzen sie (?:an der kasse|beim bezahlen|im warenkorb) den code [a-z0-9]+|^zu den aktions(?:produkten|artikeln|angeboten)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(^(?:demander|demandez|obtenir|recevoir) (?:un|mon|votre) devis(?: gratuit| personnalisé)?\W*$|\bdevis (?:gratuit )?(?:et )?sans engagement\b)"
   R"(|(?:^|: )avec un contrat (?:de )?(?:maintenance|service|entretien)\b[^.!?]*\b(?:vous|vos|votre)\b|^(?:réservez|réserver) (?:votre|ma) place\W*$)"
   R"(|^(?:obtenir|obtenez|demandez|demander) (?:mon|votre) badge\b[^.!?]{0,30}$|^rendez-vous (?:au|sur le) salon\b[^.!?]*\bstand (?:n° ?)?[a-z]?\d+)"
   R"(|^guide (?:offert|gratuit) ?:|^(?:recevoir|télécharger|téléchargez|recevez) (?:le|votre|notre) guide\b[^.!?]{0,40}$|^lire (?:l'étude de cas|le cas client)(?: complet)?\W*$)"
   R"(|\bht (?:par|/) ?(?:participant|personne|stagiaire)\b|^(?:[\pL-]+ ){0,3}(?:forfait|pack)\b[^.!?]*\d[^.!?]*(?:€|euros) ht\b)"
   R"(|\bsolde de points\b|\bpour chaque tranche de \d+ ?(?:€|euros)[^.!?]*\bpoints?\b)"
   R"(|^(?:ligne (?:entreprises|pros?|professionnels|clients?)|service client) ?:? \+?\d|\bdans votre espace client,? vous (?:pouvez|retrouvez)\b)"
   R"(|\bsans frais (?:d'adhésion|de mise en service|d'activation)(?:[^\pL\pN]|$)|\brépondez (?:simplement )?à (?:cet|ce) (?:e-mail|email|mail|courriel|message) ou appelez\b|\butilisez le code [a-z0-9]+ (?:lors de|au moment de) (?:la|votre) commande\b|^voir les produits en promotion\W*$)"},
  {C::house_ad, L::es, false,
   R"(^(?:pedir|solicitar|solicite|pida) (?:un |su )?(?:presupuesto|cotización)\W*$|(?:cotización|presupuesto) sin compromiso\b)"
   R"(|(?:^|: )con un contrato de (?:mantenimiento|servicio)\b[^.!?]*\b(?:usted|su|sus)\b|^(?:reserve|reserva|asegure|asegura) (?:su|tu) plaza\W*$)"
   R"(|^(?:solicite|consiga|obtenga|pide) (?:su|tu) (?:acreditación|entrada gratuita|pase)(?:[^\pL\pN]|$)|^reserve (?:una|su) reunión en (?:nuestro|el) stand\W*$)"
   R"(|^guía gratuita ?:|^(?:descargar|descargue|descarga|recibir|reciba) (?:la|su|tu|nuestra) guía(?:[^\pL\pN][^.!?]{0,40})?$|^(?:leer|lea|lee|ver) el caso (?:completo|de éxito)\W*$)"
   R"(|\+ ?iva por (?:participante|persona|alumno)\b|^(?:[\pL-]+ ){0,3}paquete\b[^.!?]*\d[^.!?]*\+ ?iva\b)"
   R"(|\bsaldo de puntos\b|\bpor cada \d+ ?(?:euros|€) (?:de compra|que gaste|que gastes)\b)"
   R"(|^(?:línea|teléfono) (?:de atención|empresas|clientes?|pymes) ?:? \+?\d|\ben (?:su|tu) área (?:de )?clientes?,? (?:puede|puedes|podrá)(?:[^\pL\pN]|$))"
   R"(|\bsin (?:costes|gastos|coste) de alta\b|\bresponda (?:a )?este (?:correo|email|e-mail) o llame\b|\butilic?e el código [a-z0-9]+ al (?:pagar|finalizar)|^ver (?:los )?productos en promoción\W*$)"},
  {C::house_ad, L::it, false,
   R"(^(?:richiedi|chiedi|richiedete|chiedete) (?:un |il tuo |il vostro )?preventivo(?: gratuito| personalizzato)?\W*$|\bpreventivo (?:gratuito )?(?:e )?senza impegno\b)"
   R"(|(?:^|: )con un contratto di (?:manutenzione|assistenza)\b[^.!?]*\b(?:vostr[aoie]|vi|tuo|tua|ti)\b|^(?:prenota|riserva|prenotate) (?:il tuo|il vostro|un) posto\W*$)"
   R"(|^(?:richiedi|ottieni|richiedete) (?:il tuo |il vostro )?(?:biglietto|pass|badge)(?: gratuito| omaggio)?\W*$|^(?:fissa|prenota) un incontro (?:al|presso il) (?:nostro )?stand\W*$)"
   R"(|^guida gratuita ?:|^(?:scarica|scaricate|ricevi) (?:la|la tua|la nostra) guida\b[^.!?]{0,40}$|^leggi il caso (?:completo|di successo)\W*$)"
   R"(|(?:più|\+) ?iva (?:a|per) (?:partecipante|persona)\b|^(?:[\pL-]+ ){0,3}pacchetto\b[^.!?]*\d[^.!?]*(?:più|\+) ?iva\b)"
   R"(|\bsaldo punti\b|\bogni \d+ euro di spesa\b[^.!?]*\bpunti\b)"
   R"(|^(?:numero verde|linea (?:imprese|aziende|clienti)|servizio clienti) ?:? \+?\d|\bnella (?:tua|vostra) area (?:riservata|clienti),? (?:puoi|potete)\b)"
   R"(|\bsenza costi di attivazione\b|\brispond(?:ete|i) a questa (?:e-?mail|mail) o chiam(?:ate|a)\b|\busa(?:te)? il codice [a-z0-9]+ (?:al|in fase di) (?:pagamento|checkout)\b|^(?:vai ai|scopri i) prodotti in promozione\W*$)"},
  {C::house_ad, L::nl, false,
   R"(^(?:vraag (?:een |uw |je )?(?:vrijblijvende )?offerte aan|offerte aanvragen)\W*$|\bvrijblijvende offerte\b)"
   R"(|(?:^|: )met een (?:[\pL-]+ )?(?:onderhouds|service)contract\b[^.!?]*\b(?:u|uw|je|jouw)\b|^(?:reserveer|boek) (?:je|uw|een) (?:plek|plaats|stoel)\W*$)"
   R"(|^(?:vraag|haal) (?:je|uw) (?:gratis )?(?:toegangs|bezoekers)?(?:badge|kaart|ticket) aan\W*$|^(?:plan|maak) een afspraak (?:op|bij) (?:onze|de) stand\W*$)"
   R"(|^gratis (?:gids|whitepaper|e-?book|checklist) ?:|^(?:download|ontvang|vraag) (?:de|uw|je|onze) (?:gratis )?(?:gids|checklist)\b[^.!?]{0,30}$|^lees de (?:volledige )?(?:klant)?case\W*$)"
   R"(|\bexcl\.? btw per (?:deelnemer|persoon|cursist)\b|^(?:[\pL-]+ ){0,3}pakket\b[^.!?]*\d[^.!?]*\bexcl\.? btw\b)"
   R"(|\bpuntensaldo\b|^spaar mee met\b|\bvoor elke \d+ euro die (?:u|je)\b[^.!?]*\bpunten\b)"
   R"(|^(?:klantenservice|zakelijke klantenservice|servicelijn) ?:? \+?\d|\bin (?:de|onze) webshop ziet (?:u|je)\b|(?:onze )?klantenservice staat\b[^!?]{0,80}\bvoor (?:u|je) klaar\b)"
   R"(|\bzonder (?:aansluit|opstart|instap)kosten\b|\bbeantwoord deze (?:e-?mail|mail) of bel\b|\bgebruik (?:bij het afrekenen )?de (?:kortings|actie)?code [a-z0-9]+\b|^naar de actie(?:producten|artikelen|pagina)\W*$)"},
  {C::house_ad, L::pt, false,
   R"(^(?:peça|pedir|solicite|solicitar) (?:já )?(?:uma|a sua|sua|um) (?:proposta|orçamento|cotação)(?:[^\pL\pN][^.!?]{0,20})?$|(?:proposta|orçamento) sem compromisso\b)"
   R"(|(?:^|: )com um contrato de (?:manutenção|assistência)(?:[^\pL\pN][^.!?]*)?\b(?:sua|seu|a sua|o seu|você)(?:[^\pL\pN]|$)|^(?:reserve|garanta|reserva) (?:já )?(?:o seu|seu|a sua|sua|o teu) lugar\W*$)"
   R"(|^(?:peça|obtenha|solicite) (?:já )?(?:o seu|seu) (?:convite|passe|bilhete)(?: gratuito)?\W*$|^marque uma reunião (?:no|em) (?:nosso|no nosso) (?:stand|estande)\W*$)"
   R"(|^guia gratuito ?:|^(?:descarregue|descarregar|baixe|baixar|receba|receber) o (?:seu )?guia\b[^.!?]{0,40}$|^(?:leia|ler) o caso (?:completo|de sucesso)\W*$)"
   R"(|\+ ?iva por (?:participante|pessoa|formando)\b|^(?:[\pL-]+ ){0,3}pacote\b[^.!?]*\d[^.!?]*\+ ?iva\b)"
   R"(|\bsaldo de pontos\b|\bpor cada \d+ ?(?:euros|€) (?:gastos|em compras)\b)"
   R"(|^(?:linha|apoio) (?:empresas|clientes?|de apoio) ?:? \+?\d|tudo na (?:sua )?área (?:de )?cliente|\bna (?:sua )?área (?:de )?cliente,? (?:pode|podes)\b)"
   R"(|\bsem custos de adesão(?:[^\pL\pN]|$)|\bresponda a este (?:e-?mail|email) ou ligue\b|\buse o código [a-z0-9]+ (?:no|ao) (?:checkout|pagamento|finalizar)\b|^ver (?:os )?produtos em promoção\W*$)"},
  // The closing offer to answer questions, before the sign-off.
  {C::footer, L::en, false,
   R"(^(?:if you have any|for any) (?:further )?questions,? (?:please )?(?:do not hesitate|don't hesitate|feel free) to (?:contact|get in touch|reach out)\b|^we are (?:always )?happy to answer (?:any )?(?:further )?questions\b)"},
  {C::footer, L::de, false,
   R"(^(?:für|bei) (?:rückfragen|fragen|weitere fragen) stehen? (?:wir|ich) (?:ihnen|dir|euch) (?:\pL+ ){0,3}zur verfügung\b)"},
  {C::footer, L::fr, false,
   R"(^(?:pour toute question|nous restons à votre disposition)\b[^.!?]{0,40}(?:à votre disposition|n'hésitez pas)\b)"},
  {C::footer, L::es, false,
   R"(^(?:para cualquier (?:duda|consulta)|quedamos a (?:su|tu) disposición)\b[^.!?]{0,40}(?:a (?:su|tu) disposición|no dude|no dudes)\b)"},
  {C::footer, L::it, false,
   R"(^(?:per qualsiasi (?:domanda|chiarimento)|restiamo a (?:sua|tua|vostra) disposizione)\b[^.!?]{0,40}(?:a (?:sua|tua|vostra) disposizione|non esit)\b)"},
  {C::footer, L::nl, false,
   R"(^(?:voor vragen|heeft u (?:nog )?vragen)\b[^.!?]{0,40}\b(?:staan wij|staan we|neem gerust)\b)"},
  {C::footer, L::pt, false,
   R"(^(?:para qualquer (?:dúvida|questão)|ficamos ao (?:seu|vosso) dispor)(?:[^\pL\pN]|$)[^.!?]{0,40}(?:ao (?:seu|vosso) dispor|não hesite)(?:[^\pL\pN]|$))"},
  // Rates or prices in a market note that say they are no offer.
  {C::imprint, L::en, false,
   R"(^(?:rates|prices|figures) (?:quoted|shown|given) (?:here )?are indicative\b|\b(?:they|these) are not an offer\b|\bdo(?:es)? not constitute an offer\b)"},
  {C::imprint, L::de, false,
   R"(^(?:die )?(?:genannten |angegebenen )?(?:raten|preise|frachtraten|werte) sind (?:unverbindliche )?(?:richtwerte|orientierungswerte)\b|\bstellen kein angebot dar\b)"},
  {C::imprint, L::fr, false,
   R"(^(?:les )?(?:tarifs|prix|taux) (?:indiqués|cités) sont indicatifs\b|\bne constituent pas une offre\b)"},
  {C::imprint, L::es, false,
   R"(^(?:las )?(?:tarifas|precios) (?:indicad[oa]s|citad[oa]s) son orientativ[oa]s\b|\bno constituyen una oferta\b)"},
  {C::imprint, L::it, false,
   R"(^(?:le )?(?:tariffe|prezzi) (?:indicat[ei]|citat[ei]) sono indicativ[ei]\b|\bnon costituiscono un'offerta\b)"},
  {C::imprint, L::nl, false,
   R"(^(?:de )?(?:genoemde )?(?:tarieven|prijzen) zijn indicatief\b|\bvormen geen aanbod\b)"},
  {C::imprint, L::pt, false,
   R"(^(?:as )?(?:tarifas|os preços) (?:indicad[oa]s|citad[oa]s) são indicativ[oa]s\b|\bnão constituem uma oferta\b)"},
  // A trade fair's own pitches to its visitors and exhibitors: the
  // directory of exhibitors to browse, the ticket code an exhibitor gave,
  // the last stand spaces to book, the ticket to buy online.
  {C::house_ad, L::en, false,
   R"(\b(?:in|browse|search|explore) the (?:online )?exhibitor (?:directory|list|catalogue|catalog)\b|^(?:to |see |browse )?the (?:online )?exhibitor (?:directory|list)\W*$|\b(?:voucher|invitation|ticket) code from an exhibitor\b)"
   R"(|^(?:request|enquire about|reserve|book) (?:stand|booth) space\W*$|\blast (?:remaining )?(?:stand|booth) spaces?\b|^buy (?:your |a )?(?:day |show )?(?:ticket|pass)(?:es|s)? online\W*$)"},
  {C::house_ad, L::de, false,
   R"(\bim (?:online-)?ausstellerverzeichnis finden sie\b|^(?:zum|ins) (?:online-)?ausstellerverzeichnis\W*$|\b(?:gutschein|ticket|einladungs)(?:code|gutschein) (?:von|eines) (?:einem )?ausstellers?\b)"
   R"(|^standfläche (?:anfragen|buchen|reservieren)\W*$|\b(?:letzte|wenige) (?:rest|stand)flächen\b|^(?:ihr |dein )?(?:tages|dauer)?(?:ticket|karte)s? (?:jetzt |online )*(?:kaufen|bestellen)\W*$)"},
  {C::house_ad, L::fr, false,
   R"(\b(?:dans|consultez|parcourez) (?:la liste|le catalogue|l'annuaire) des exposants\b|\bcode (?:d'invitation|promo) (?:d'un|de votre) exposant\b)"
   R"(|^réserve[rz] (?:un|votre) stand\W*$|\bderniers (?:stands|emplacements) disponibles\b|^achete[rz] (?:mon|votre|un) (?:billet|badge)(?: en ligne)?\W*$)"},
  {C::house_ad, L::es, false,
   R"(\b(?:en|consulta) el (?:directorio|catálogo|listado) de expositores\b|\bcódigo de invitación de (?:un|tu) expositor\b)"
   R"(|^reserva(?:r)? (?:tu|un) stand\W*$|últimos (?:stands|espacios) disponibles\b|^compra(?:r)? (?:tu|tus|la|las) entradas?(?: online)?\W*$)"},
  {C::house_ad, L::it, false,
   R"(\b(?:nel|consulta il) (?:catalogo|elenco) (?:degli )?espositori\b|\bcodice (?:invito|omaggio) di un espositore\b)"
   R"(|^prenota (?:il tuo|uno) stand\W*$|\bultimi (?:stand|spazi espositivi) disponibili\b|^acquista (?:il tuo |i tuoi |il |i )?bigliett[oi](?: online)?\W*$)"},
  {C::house_ad, L::nl, false,
   R"(\b(?:in|bekijk) de (?:online )?exposantenlijst\b|\buitnodigingscode van een exposant\b)"
   R"(|^(?:reserveer|boek) (?:je|uw|een) stand\W*$|\blaatste (?:stands|standplaatsen) beschikbaar\b|^(?:koop|bestel) (?:je |uw |een )?tickets?(?: online)?\W*$)"},
  {C::house_ad, L::pt, false,
   R"(\b(?:no|consulte o) (?:catálogo|diretório) de expositores\b|\bcódigo de convite de um expositor\b)"
   R"(|^reserve (?:o seu|seu|um) (?:stand|estande)\W*$|últimos (?:stands|espaços) disponíveis\b|^compr(?:e|ar) (?:o seu |seu |os seus |o |os )?(?:ingressos?|bilhetes?)(?: online)?\W*$)"},
  // The publisher's own gathering for its readers ("our quarterly reader
  // meetup", "unser Lesertreffen"), listed among the events of a
  // calendar as if it were one of them. In English the newsletter says
  // "our"; a story says whose evening it is.
  {C::house_ad, L::en, false,
   R"(\bour (?:(?:monthly|quarterly|annual|yearly|next|first|summer|winter|spring|autumn|fall|holiday) )?(?:readers?'? |subscribers?'? |members?'? )(?:meetup|meet-up|night|evening|happy hour|gathering|party|social)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:unser(?:em|en)? )(?:(?:monatlichen?|vierteljährlichen?|jährlichen?|nächsten?) )?(?:lesertreffen|leserabend|leserinnentreffen|abonnententreffen|mitgliederabend)\b)"},
  {C::house_ad, L::fr, false,
   R"(\bnotre (?:prochaine )?(?:rencontre|soirée|apéro) (?:trimestrielle |mensuelle |annuelle )?(?:des|avec nos|de nos) (?:lecteurs|lectrices|abonnés|adhérents)\b)"},
  {C::house_ad, L::es, false,
   R"(\bnuestr[oa] (?:próxim[oa] )?(?:encuentro|quedada|fiesta|velada) (?:trimestral |mensual |anual )?(?:con|de) (?:nuestros |los )?(?:lectores|lectoras|suscriptores|socios)\b)"},
  {C::house_ad, L::it, false,
   R"(\bil nostro (?:prossimo )?(?:incontro|aperitivo|ritrovo) (?:trimestrale |mensile |annuale )?(?:con i|dei) (?:nostri )?(?:lettori|lettrici|abbonati|soci)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bonze (?:(?:maandelijkse|jaarlijkse|volgende) )?(?:lezersavond|lezersbijeenkomst|lezersborrel|ledenavond|abonneeavond)\b)"},
  {C::house_ad, L::pt, false,
   R"(\bo nosso (?:próximo )?(?:encontro|convívio) (?:trimestral |mensal |anual )?(?:com os|de) (?:nossos )?(?:leitores|leitoras|assinantes|sócios)\b)"},

  // A mailing platform's box of other letters the writer recommends,
  // under its whole-line label "Recommended by <the letter>".
  {C::house_ad, L::en, false, R"(^(?:newsletters? )?recommended by [^.!?:]{1,40}$)"},
  {C::house_ad, L::de, false, R"(^(?:empfohlen|empfehlungen) von [^.!?:]{1,40}$)"},
  {C::house_ad, L::fr, false, R"(^recommandée?s? par [^.!?:]{1,40}$)"},
  {C::house_ad, L::es, false, R"(^recomendad[oa]s? por [^.!?:]{1,40}$)"},
  {C::house_ad, L::it, false, R"(^consigliat[oaie] da [^.!?:]{1,40}$)"},
  {C::house_ad, L::nl, false, R"(^aanbevolen door [^.!?:]{1,40}$)"},
  {C::house_ad, L::pt, false, R"(^recomendad[oa]s? por [^.!?:]{1,40}$)"},
  // A support pledge the writer collects before payments are switched on:
  // the box's whole-line heading and its "pledge what you can" line.
  {C::donation, L::en, false, R"(^pledge your support\W*$|\bpledge what(?:ever)? you can\b)"},
  {C::donation, L::de, false, R"(^(?:sag|sagen sie|sagt) (?:uns )?(?:deine|ihre|eure) unterstützung zu\W*$|\b(?:sag|sagen sie|sagt) (?:uns )?zu,? was (?:du kannst|sie können|ihr könnt)\b)"},
  {C::donation, L::fr, false, R"(^(?:promettez|promets|engagez) votre soutien\W*$|\b(?:promettez|engagez-vous (?:à verser|sur)) ce que vous pouvez\b)"},
  {C::donation, L::es, false, R"(^(?:comprométete|comprométase) a apoyar(?:nos|me)?\W*$|^(?:promete|prometa) tu apoyo\W*$|\b(?:comprométete|comprométase) con lo que (?:puedas|pueda)(?:[^\pL\pN]|$))"},
  {C::donation, L::it, false, R"(^(?:prometti|promettete|impegnati a dare) il tuo sostegno\W*$|\b(?:prometti|impegnati a versare) quello che puoi\b)"},
  {C::donation, L::nl, false, R"(^(?:zeg|zegt u) (?:je|uw) steun toe\W*$|\b(?:zeg|zegt u) toe wat (?:je|u) kunt\b)"},
  {C::donation, L::pt, false, R"(^(?:prometa|promete|comprometa-se com|compromete-te com) o (?:seu|teu) apoio\W*$|\b(?:comprometa-se|compromete-te) com o que (?:puder|puderes)(?:[^\pL\pN]|$))"},
  // A reader survey's length given as the time it takes to fill in ("the
  // survey takes about eight minutes", counts in words up to twenty): the
  // ask, not a survey's findings.
  {C::feedback, L::en, false, R"(\b(?:survey|questionnaire) (?:only |just )?takes (?:about |around |roughly |just |only |less than |under )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a few|a couple of) minutes?\b)"},
  {C::feedback, L::de, false, R"(\b(?:umfrage|fragebogen|das ausfüllen) dauert (?:nur |etwa |ungefähr |rund |höchstens |keine |weniger als )?(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|fünfzehn|zwanzig|ein paar|wenige) minuten\b)"},
  {C::feedback, L::fr, false, R"(\b(?:questionnaire|sondage) (?:ne )?(?:vous )?(?:prend|prendra) (?:que |qu'|environ |à peine |moins de )?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques) minutes\b)"},
  {C::feedback, L::es, false, R"(\bencuesta (?:solo |sólo )?(?:te |le |os )?(?:lleva|llevará|toma|tomará|dura) (?:unos |solo |sólo |menos de |apenas )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|pocos) minutos(?:[^\pL\pN]|$))"},
  {C::feedback, L::it, false, R"(\b(?:sondaggio|questionario) (?:ti |vi )?(?:richiede|richiederà|dura|porta via) (?:solo |circa |appena |meno di )?(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici|venti|pochi) minuti\b)"},
  {C::feedback, L::nl, false, R"(\b(?:enquête|vragenlijst) (?:duurt|kost) (?:je |u )?(?:maar |slechts |ongeveer |zo'n |hooguit |minder dan )?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|vijftien|twintig|een paar) minuten\b)"},
  {C::feedback, L::pt, false, R"(\b(?:inquérito|questionário|pesquisa) (?:só |apenas )?(?:leva|demora|dura) (?:só |apenas |cerca de |uns |menos de )?(?:\d+|dois|três|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|poucos) minutos\b)"},
  // A feedback box's own heading, the publisher asking how it does
  // ("How are we doing? Tell us ..."), at the start of its block.
  {C::feedback, L::en, false, R"(^how are we doing\s?\?)"},
  {C::feedback, L::de, false, R"(^wie (?:machen wir uns|zufrieden (?:sind sie|bist du|seid ihr) mit uns)\s?\?)"},
  {C::feedback, L::fr, false, R"(^(?:comment nous trouvez-vous|êtes-vous satisfaite?s? de (?:nous|nos services))\s?\?)"},
  {C::feedback, L::es, false, R"(^¿?(?:cómo lo estamos haciendo|qué tal lo estamos haciendo)\s?\?)"},
  {C::feedback, L::it, false, R"(^come (?:stiamo andando|ci stiamo comportando|lavoriamo)\s?\?)"},
  {C::feedback, L::nl, false, R"(^hoe doen we het\s?\?)"},
  {C::feedback, L::pt, false, R"(^como (?:estamos (?:nos saindo|a ir)|está o nosso trabalho)\s?\?)"},
  // A school's or a council's note that its letter comes in other
  // languages: a family who wants it in another language asks the office
  // ("Si desea recibir este boletín en español, llame ..."), or
  // translated copies are to be had. It stands at the letter's foot.
  {C::footer, L::en, false,
   R"(\btranslat(?:ed|ions?) (?:copies|copy|versions?|editions?)? ?of (?:this|the|our) (?:newsletter|bulletin|letter|e-?mail)\b[^.!?]{0,30}\bavailable\b)"
   R"(|\bif you (?:would like|want|need|wish|prefer) (?:to (?:receive|get|read) )?(?:this|the|our) (?:newsletter|bulletin|letter) in (?:another language|[\pL]+ or [\pL]+|[\pL]+),? (?:please )?(?:call|contact|ask|e-?mail|let us know|tell)\b)"},
  {C::footer, L::de, false,
   R"((?:übersetzungen|übersetzte (?:fassungen|ausgaben|exemplare)) (?:dieses|des) (?:newsletters|rundbriefs|elternbriefs|briefes|mitteilungsblatts)\b[^.!?]{0,30}\b(?:erhältlich|verfügbar|erhalten sie|gibt es|bekommen sie)\b)"
   R"(|\bwenn (?:sie|du) (?:diese[nr]?|den) (?:newsletter|rundbrief|elternbrief|brief) (?:gern(?:e)? )?(?:auf \pL+|in einer anderen sprache) (?:erhalten|bekommen|lesen) (?:möchten|möchtest|wollen|willst)\b)"},
  {C::footer, L::fr, false,
   R"(\b(?:une )?(?:traduction|version traduite|copie traduite)s? (?:de|du) (?:ce|cette|notre|la) (?:bulletin|lettre|newsletter|courriel|journal)\b[^.!?]{0,30}\b(?:disponibles?|obtenir|demander)\b)"
   R"(|\bsi vous (?:souhaitez|voulez|désirez|préférez) (?:recevoir |lire )?(?:ce|le|notre) (?:bulletin|courriel|journal|message) en (?:une autre langue|\pL+)\b[^.!?]{0,20}\b(?:appelez|contactez|écrivez|adressez-vous|demandez)\b)"},
  {C::footer, L::es, false,
   R"(\b(?:copias|versiones) traducidas (?:de este|del) (?:boletín|comunicado|newsletter)\b[^.!?]{0,30}\bdisponibles?\b)"
   R"(|\bsi (?:desea|deseas|quiere|quieres|necesita|necesitas|prefiere|prefieres) (?:recibir |leer )?(?:este|el|nuestro) (?:boletín|comunicado|newsletter) en (?:otro idioma|\pL+),? (?:llame|llama|contacte|contacta|escriba|escribe|pida|pide|comuníquese)\b)"},
  {C::footer, L::it, false,
   R"(\b(?:copie|versioni) tradotte (?:di questo|del|della) (?:notiziario|bollettino|giornalino|newsletter|circolare)\b[^.!?]{0,30}\bdisponibili\b)"
   R"(|\bse (?:desidera|desideri|vuole|vuoi|preferisce|preferisci) (?:ricevere |leggere )?(?:questo|il|questa|la) (?:notiziario|bollettino|giornalino|newsletter|circolare) in (?:un'altra lingua|\pL+),? (?:chiami|chiama|contatti|contatta|scriva|scrivi|rivolgiti|si rivolga)\b)"},
  {C::footer, L::nl, false,
   R"(\bvertaalde (?:versies|exemplaren|uitgaven) van (?:deze|de|onze) (?:nieuwsbrief|schoolkrant|brief)\b[^.!?]{0,30}\b(?:beschikbaar|verkrijgbaar|opvragen)\b)"
   R"(|\bwil(?:t u| je) (?:deze|de|onze) (?:nieuwsbrief|schoolkrant|brief) (?:in het \pL+|in een andere taal) (?:ontvangen|lezen)\b)"},
  {C::footer, L::pt, false,
   R"(\b(?:cópias|versões) traduzidas (?:deste|do|desta|da) (?:boletim|informativo|comunicado|newsletter)\b[^.!?]{0,30}\bdisponíveis\b)"
   R"(|\bse (?:deseja|desejar|quiser|precisar) (?:receber |ler )?(?:este|o|esta|a) (?:boletim|informativo|comunicado|newsletter) em (?:outra língua|outro idioma|\pL+),? (?:ligue|liga|contacte|contate|escreva|peça|fale)\b)"},
  // A sponsored teaching resource's label at the start of its box
  // ("Sponsored lesson plan This week's free plan comes from ..."): the
  // label then the copy. A report on such plans goes on as a sentence.
  {C::sponsor, L::en, false,
   R"(^(?:sponsored|partner) (?:lesson plans?|lessons?|classroom resources?|teaching resources?|resources?|worksheets?|activit(?:y|ies)|teaching guides?)(?: of the (?:week|month))?(?: ?[:|\-–—]| (?:this|today's|from|by|brought|courtesy)\b|\W*$))"},
  {C::sponsor, L::de, false,
   R"(^(?:gesponsert|bezahlt|partner)\pL* ?(?:unterrichts(?:material|entwurf|einheit|idee)|stundenentwurf|arbeitsbl[aä]tt|lernmaterial)\pL*(?: der woche| des monats)?(?: ?[:|\-–—]| (?:diese|dieser|dieses|von|heute)\b|\W*$))"},
  {C::sponsor, L::fr, false,
   R"(^(?:fiche|séquence|ressource|activité)s? pédagogiques? (?:sponsorisée?s?|partenaires?|parrainée?s?)(?: de la semaine| du mois)?(?: ?[:|\-–—]| (?:cette|ce|par|proposée?s?|offerte?s?)\b|\W*$))"},
  {C::sponsor, L::es, false,
   R"(^(?:plan(?:es)? de clase|unidad(?:es)? didácticas?|recursos? (?:didácticos?|educativos?)|fichas? didácticas?) patrocinad[oa]s?(?: de la semana| del mes)?(?: ?[:|\-–—]| (?:esta|este|por|de|ofrecid[oa])\b|\W*$))"},
  {C::sponsor, L::it, false,
   R"(^(?:piano di lezione|piani di lezione|schede? didattiche?|scheda didattica|risors[ae] didattich?[ae]|unità didattica) sponsorizzat[oaie](?: della settimana| del mese)?(?: ?[:|\-–—]| (?:questa|questo|da|di|offert[oa])\b|\W*$))"},
  {C::sponsor, L::nl, false,
   R"(^(?:gesponsorde?|partner) ?(?:les|lesbrief|lesplan|lespakket|lesmateriaal|werkblad)(?:en|ven|pen)?(?: van de (?:week|maand))?(?: ?[:|\-–—]| (?:deze|dit|van|door|aangeboden)\b|\W*$))"},
  {C::sponsor, L::pt, false,
   R"(^(?:planos? de aula|recursos? (?:didáticos?|pedagógicos?)|fichas? (?:didáticas?|pedagógicas?)|atividades?) patrocinad[oa]s?(?: da semana| do mês)?(?: ?[:|\-–—]| (?:desta|deste|esta|este|por|de|oferecid[oa])\b|\W*$))"},
  // A giving day announced ahead of it ("Giving Day is December 3"): the
  // appeal's opening, where a report on one tells what it raised.
  {C::donation, L::en, false, R"(\b(?:giving|gives) day (?:is|starts|begins|returns|kicks off|takes place|will (?:be|take place|start|begin))\b|\bday of giving (?:is|starts|begins|returns)\b)"},
  {C::donation, L::de, false, R"(\b(?:spendentag|tag des gebens|giving day) (?:ist|beginnt|startet|findet|kommt)\b)"},
  {C::donation, L::fr, false, R"(\b(?:journée (?:de dons|du don|de la générosité|de la philanthropie)|giving day) (?:aura lieu|a lieu|est|commence|débute|revient)\b)"},
  {C::donation, L::es, false, R"(\b(?:día de (?:las donaciones|la donación|dar)|giving day) (?:es|será|empieza|comienza|se celebra|vuelve)(?:[^\pL\pN]|$))"},
  {C::donation, L::it, false, R"(\b(?:giornata (?:del dono|delle donazioni)|giving day) (?:è|sarà|inizia|comincia|si terrà|torna)(?:[^\pL\pN]|$))"},
  {C::donation, L::nl, false, R"(\b(?:geefdag|donatiedag|giving day) (?:is|begint|start|vindt plaats|komt eraan)\b)"},
  {C::donation, L::pt, false, R"(\b(?:dia de (?:doar|doação|doações|dar)|giving day) (?:é|será|começa|acontece|volta)(?:[^\pL\pN]|$))"},
  // The line that opens a list of other writers' letters the writer
  // recommends, ending on its colon ("I've been reading these and think
  // you'd like them too:"), and a single letter recommended as the week's.
  {C::house_ad, L::en, false, R"(\bthink you(?:'d| would| will|'ll) (?:like|enjoy|love) (?:them|these|these letters|these newsletters)(?: too| as well)? ?:\s*$|\ba (?:newsletter|letter) (?:i|we) recommend this (?:week|month)\W*$)"},
  {C::house_ad, L::de, false, R"(\b(?:gefallen|gefiele[n]?) (?:dir|ihnen|euch) (?:bestimmt |sicher |vielleicht )?auch ?:\s*$|\bein newsletter,? (?:den|die) (?:ich|wir) (?:diese woche|diesen monat) empfehle[n]?\W*$)"},
  {C::house_ad, L::fr, false, R"(\b(?:devraient|pourraient) vous plaire(?: aussi| également)? ?:\s*$|\bqui (?:vous|te) plairont (?:aussi|également) ?:\s*$|\bune (?:lettre|newsletter) que (?:je|nous) recommand(?:e|ons) (?:cette semaine|ce mois-ci)\W*$)"},
  {C::house_ad, L::es, false, R"(\b(?:te|le|os) (?:gustarán|van a gustar|gustarían)(?: también)? ?:\s*$|\bun (?:boletín|newsletter) que (?:recomiendo|recomendamos) esta semana\W*$)"},
  {C::house_ad, L::it, false, R"(\b(?:ti|vi) (?:piaceranno|potrebbero piacere)(?: anche)? ?:\s*$|\buna newsletter che (?:consiglio|consigliamo) questa settimana\W*$)"},
  {C::house_ad, L::nl, false, R"(\b(?:je|u|jullie) (?:ze|deze) ook (?:leuk vindt|leuk vinden|zult waarderen) ?:\s*$|\been nieuwsbrief die (?:ik|wij) deze week aanra(?:ad|den)\W*$)"},
  {C::house_ad, L::pt, false, R"(\b(?:você vai|vais|vai|vão) gostar (?:deles|delas|destes|destas)(?: também)? ?:\s*$|\buma newsletter que (?:recomendo|recomendamos) esta semana\W*$)"},

  // A members' meeting pitched by the crowd the reader would join ("Join
  // 600 fellow members in Denver").
  {C::house_ad, L::en, false, R"(\bjoin (?:\d[\d,]* |hundreds of |thousands of |other )?fellow (?:members|readers|investors|subscribers|listeners)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:triff|treffen sie|trefft) (?:\d[\d.]* )?andere (?:mitglieder|leser|leserinnen|anleger|anlegerinnen)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:rejoignez|retrouvez|rencontrez) (?:\d[\d ]* )?autres (?:membres|lecteurs|lectrices|investisseurs|abonnés)\b)"},
  {C::house_ad, L::es, false, R"((?:^|[^\pL])(?:únete a|reúnete con|conoce a) otr[oa]s (?:\d[\d.]* )?(?:miembros|socios|socias|lectores|inversores|suscriptores)\b)"},
  {C::house_ad, L::it, false, R"(\b(?:unisciti ad?|incontra) altri (?:\d[\d.]* )?(?:soci|membri|lettori|investitori|abbonati)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:ontmoet|sluit (?:je|u) aan bij) (?:\d[\d.]* )?andere (?:leden|lezers|beleggers|abonnees)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:junte-se a|junta-te a|conheça|conhece) outros (?:\d[\d.]* )?(?:membros|sócios|leitores|investidores|assinantes)\b)"},

  // ---- upsell: paid tier, paywall, free trial --------------------------------------------
  // A paid membership tier's perks with its monthly price ("Gold members
  // get faster mirrors and no ads for $4.95 a month").
  {C::upsell, L::en, false,
   R"(\b(?:gold|premium|plus|pro|vip|platinum|silver) members (?:get|enjoy|receive)\b[^.!?]{0,80}?\bfor (?:just |only )?[$£€] ?\d+(?:[.,]\d\d)? (?:a|per|/) ?(?:month|year|mo)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:gold|premium|plus|pro|vip)-?mitglieder (?:erhalten|bekommen|genießen)\b[^.!?]{0,80}?\bfür (?:nur )?\d+(?:,\d\d)? ?(?:€|euro) (?:im|pro) (?:monat|jahr))"},
  {C::upsell, L::fr, false,
   R"(\bles membres (?:gold|premium|plus|pro|vip) (?:bénéficient|profitent|reçoivent|ont)\b[^.!?]{0,80}?\bpour (?:seulement )?\d+(?:,\d\d)? ?(?:€|euros?) par (?:mois|an))"},
  {C::upsell, L::es, false,
   R"(\blos (?:socios|miembros|usuarios) (?:gold|premium|plus|pro|vip) (?:tienen|reciben|disfrutan)\b[^.!?]{0,80}?\bpor (?:solo )?\d+(?:,\d\d)? ?(?:€|euros?) al (?:mes|año))"},
  {C::upsell, L::it, false,
   R"(\bgli (?:iscritti|utenti|membri|abbonati) (?:gold|premium|plus|pro|vip) (?:hanno|ricevono|ottengono)\b[^.!?]{0,80}?\bper (?:soli )?\d+(?:,\d\d)? ?(?:€|euro) al (?:mese|anno))"},
  {C::upsell, L::nl, false,
   R"(\b(?:gold|premium|plus|pro|vip)-?leden (?:krijgen|ontvangen|genieten)\b[^.!?]{0,80}?\bvoor (?:maar |slechts )?€ ?\d+(?:,\d\d)? per (?:maand|jaar))"},
  {C::upsell, L::pt, false,
   R"(\bos (?:membros|sócios|assinantes|utilizadores|usuários) (?:gold|premium|plus|pro|vip) (?:têm|recebem|ganham)\b[^.!?]{0,80}?\bpor (?:apenas )?(?:r\$ ?)?\d+(?:,\d\d)? ?(?:€|euros? )?por (?:mês|ano))"},
  // A paid tier pitched to the readers who enjoy the free letter
  // ("Enjoying the note? Our premium desk gives you ..."), and an add-on
  // priced for the sender's existing customers.
  {C::upsell, L::en, false,
   R"(^enjoying (?:the |this |our )?[^?!.]{2,40}\? (?:our|the) (?:premium|paid|pro|plus) \pL)"
   R"(|\b(?:existing|current) (?:customers|clients|subscribers|members|account holders) can add (?:it|this|[\pL ]{2,30}) for (?:just |only )?(?:[£$€] ?\d|\d+(?:[.,]\d+)? ?(?:€|euros?|pounds?|dollars?)))"},
  {C::upsell, L::de, false,
   R"(^gefällt (?:ihnen|dir) (?:der|die|das|unser|unsere) [^?!.]{2,40}\? (?:unser|unsere|mit unserem|mit unserer) (?:premium|pro|plus))"
   R"(|\b(?:bestandskunden|bestehende kunden) können (?:es|ihn|sie|das [\pL-]+) für (?:nur )?\d+(?:,\d+)? ?(?:€|euro) (?:im|pro) monat (?:hinzubuchen|dazubuchen|ergänzen))"},
  {C::upsell, L::fr, false,
   R"(^vous aimez (?:la|le|cette|ce|notre) [^?!.]{2,40}\? (?:notre|nos) (?:offre |service )?(?:premium|pro))"
   R"(|\bles clients (?:existants|actuels) peuvent l'ajouter pour (?:seulement |juste )?\d+(?:,\d+)? ?(?:€|euros?))"},
  {C::upsell, L::es, false,
   R"(^¿?te gusta (?:el|la|este|esta|nuestro|nuestra) [^?!.]{2,40}\? (?:nuestro|nuestra) (?:servicio |plan )?(?:premium|pro))"
   R"(|\blos clientes (?:actuales|existentes) pueden añadirlo por (?:solo |sólo )?\d+(?:,\d+)? ?(?:€|euros?))"},
  {C::upsell, L::it, false,
   R"(^ti piace (?:la|il|questa|questo|la nostra|il nostro) [^?!.]{2,40}\? (?:il nostro|la nostra) (?:servizio |offerta )?(?:premium|pro))"
   R"(|\bi clienti (?:attuali|esistenti) possono aggiungerlo (?:a|per) (?:soli )?\d+(?:,\d+)? ?(?:€|euro))"},
  {C::upsell, L::nl, false,
   R"(^vind je (?:de|het|deze|dit|onze|ons) [^?!.]{2,40} (?:leuk|goed|handig)\? (?:onze|ons) (?:premium|pro))"
   R"(|\bbestaande klanten kunnen (?:het|dit) (?:toevoegen )?voor (?:slechts |maar )?(?:€ ?)?\d+(?:,\d+)? ?(?:euro )?per maand)"},
  {C::upsell, L::pt, false,
   R"(^está a gostar d[oa] [^?!.]{2,40}\? (?:o nosso|a nossa) (?:serviço |plano )?(?:premium|pro))"
   R"(|\bos clientes (?:atuais|existentes) podem adicioná-lo por (?:apenas |só )?\d+(?:,\d+)? ?(?:€|euros?))"},
  {C::upsell, L::en, false,
   R"(upgrade to (?:[\pL-]+ ){0,3}(?:paid|premium|pro|plus)\b|upgrade (?:now|today|your subscription)|go premium|)"
   R"(become a (?:paid|paying|premium) (?:subscriber|member)|(?:paid|paying|premium) (?:subscribers|members) (?:get|receive|also)|)"
   R"(free trial|start (?:your|a) (?:free )?trial|members[- ]only|subscribers[- ]only|for (?:paid )?(?:subscribers|members) only|)"
   R"((?:unlock|get) (?:full|unlimited) access|to read the rest|keep reading with|subscribe to (?:unlock|read|continue)|)"
   R"((?:^|\b(?:try|test|use|read|get|enjoy|start|stream|watch|listen|access|join|it's|it is|yours) (?:[^ .!?]+ ){0,3}?)free for (?:\d+|one|two|three|four|a) (?:days?|weeks?|months?)|(?:try|start|get) (?:a |your )?(?:membership|subscription) (?:free|for free)|)"
   R"((?:paid|premium|paying) members (?:get|receive|also get|enjoy)|)"
   R"(^(?:for )?(?:paid|premium|paying) (?:members|subscribers)(?: only)? ?:|subscribe to (?:the|our) (?:print )?(?:magazine|print edition)|)"
   R"((?:just |only )?[$£€]\d+(?:\.\d\d)? for your first (?:\w+ )?(?:days?|weeks?|months?|year)|(?:just |only )?[$£€]\d+(?:\.\d\d)? for the first (?:\w+ )?(?:months?|year)|claim (?:the|this|your) (?:[^ ]+ ){0,2}offer\b)"
   R"(|(?:\d+|one|two|three|six) months? (?:for|at) the price of|(?:switch|change|upgrade) (?:your |my )?plan\W*$)"
   R"(|(?:read|enjoy) (?:unlimited|without limits)|unlimited (?:reading|articles)|(?:a|per) month,? cancel (?:any ?time|at any time)|try (?:[\pL-]+ )?premium\b)"
   R"(|(?:the |your )?first (?:\d+|thirty|fourteen|seven) days (?:are|is) (?:free|on us)|(?:your )?first month (?:is )?(?:free|on us)|your membership (?:expires|runs out|is due for renewal|ends) (?:on|in|at|soon)|renew (?:your membership )?(?:now|today) and (?:get|save|enjoy))"
   R"(|(?:free )?when you (?:try|join|subscribe to|upgrade to) [\pL-]+ (?:premium|pro|plus|gold|platinum)\b|try [\pL-]+ (?:premium|pro|plus|gold|platinum) (?:free |risk-free )?for \d+ days)"
   R"(|your (?:free )?trial (?:ends|expires|is ending|runs out|will end)\b|(?:choose|pick|select) (?:a|your) plan\W*$|(?:choose|pick|select) your plan (?:now|today|and save)|become a (?:paying|paid) (?:reader|supporter)\b)"
   R"(|(?:paid|premium|paying) (?:subscribers|members) can (?:listen|read|access|watch|hear|comment)\b)"},
  {C::upsell, L::de, false,
   R"(jetzt upgraden|premium-(?:abo|mitglied|zugang)|(?:wechseln sie|wechsle|upgraden sie|upgrade) (?:jetzt )?(?:zu|auf) (?:[\pL-]+ ){0,3}(?:premium|pro|plus)\b|(?:werde|werden sie) (?:jetzt )?(?:premium-)?mitglied|)"
   R"((?:kostenlos|gratis|unverbindlich) testen|(?:\d+ )?(?:tage|wochen|monate?) (?:kostenlos|gratis)|probeabo|testabo|)"
   R"(nur für (?:abonnenten|abonnentinnen|mitglieder|abonnierende)|(?:vollen|unbegrenzten) zugriff|weiterlesen mit|um weiterzulesen|)"
   R"((?:wochen|monate|tage) (?:kosten nichts|geschenkt|gratis lesen|kostenlos lesen)|)"
   R"(die ersten (?:\d+|zwei|drei|vier) (?:tage|wochen|monate) (?:sind |bleiben )?(?:kostenlos|gratis)|)"
   R"((?:das|unser) (?:heft|magazin) im abo|abonnieren sie (?:das|unser) (?:heft|magazin))"
   R"(|(?:\d+|einen|zwei|drei|sechs) monate? zum preis (?:von|des|eines)|(?:(?:in den|zum) tarif [\pL-]+ wechseln|tarif wechseln)\W*$)"
   R"(|unbegrenzt (?:lesen|zugang)|(?:lesen sie|lies) unbegrenzt|(?:im monat|monatlich|pro monat),? (?:jederzeit|monatlich) kündbar|premium (?:testen|ausprobieren))"
   R"(|(?:der )?erste monat (?:ist )?(?:gratis|kostenlos|geschenkt)|(?:ihre|deine) mitgliedschaft (?:läuft|endet) (?:am|zum|bald|in)|jetzt (?:die mitgliedschaft )?verlängern und)"
   R"(|(?:ihre|deine) (?:kostenlose |gratis-)?(?:testphase|testzeit|testzeitraum|probephase|gratisphase|testversion|probemonat) (?:endet|läuft (?:bald |demnächst )?ab)|(?:wählen sie|wähle) (?:jetzt )?(?:ihren|deinen) tarif|tarif (?:auswählen|wählen)\W*$|(?:zahlende|unterstützende)[rn]? (?:leser|mitglied|abonnent)\pL* werden)"
   R"(|(?:zahlende |premium-)(?:abonnenten|abonnentinnen|mitglieder|leser|leserinnen)\pL* können (?:diesen|diese|dieses|den|die|das) )"},
  {C::upsell, L::fr, false,
   R"(passez (?:à|au) (?:premium|l'abonnement|la version|l'offre|la formule)|abonnement (?:premium|payant)|devenez (?:membre|abonné premium|abonné payant)|)"
   R"(essai gratuit|essayez gratuitement|réservé aux (?:abonnés|membres)|accès illimité|)"
   R"(abonnez-vous pour (?:lire|continuer|débloquer)|la suite est réservée|)"
   R"(gratuit(?:ement)? pendant (?:\d+|un|une) (?:jours|mois|semaines?)|abonnés (?:premium|payants) (?:reçoivent|ont)|)"
   R"(abonnez-vous (?:au|à (?:notre|la|l')) ?(?:magazine|journal|revue|mensuel|hebdo|version papier|édition papier)|)"
   R"((?:pensez|n'oubliez pas) à renouveler (?:votre|ta|ton) (?:licence|adhésion|cotisation|abonnement)|renouvel(?:ez|er) votre (?:adhésion|cotisation))"
   R"(|(?:\d+|un|deux|trois|six) mois au prix d(?:e|u|es)|changer (?:d'offre|de formule|de forfait)\W*$)"
   R"(|(?:lisez|lire|lis) (?:en illimité|sans limite)|(?:par mois|/mois),? sans engagement|essaye[rz] (?:[\pL-]+ )?premium\b)"
   R"(|(?:les )?\d+ premiers jours (?:sont )?(?:offerts|gratuits)|(?:le )?premier mois (?:est )?(?:offert|gratuit)|(?:votre|ton) (?:adhésion|abonnement|cotisation) (?:arrive à (?:son )?échéance|expire|prend fin)|renouvelez dès (?:maintenant|aujourd'hui)|un mois offert)"
   R"(|(?:votre|ta) (?:période d'essai|essai gratuit|période gratuite) (?:se termine|prend fin|expire)|(?:choisissez|choisis) (?:votre|ton) (?:offre|formule|abonnement|forfait)\W*$|choisir (?:mon|votre) (?:offre|formule)\W*$|devene[zs] (?:un |une )?(?:lecteur|lectrice|abonné|abonnée) payante?)"
   R"(|(?:les )?(?:abonnés|membres) (?:payants|premium) peuvent (?:écouter|lire|accéder|regarder))"},
  {C::upsell, L::es, false,
   R"(hazte (?:premium|miembro|socio|suscriptor de pago)|suscripción (?:premium|de pago)|prueba (?:gratis|gratuita)|)"
   R"(exclusivo para (?:suscriptores|miembros|socios)|acceso ilimitado|suscríbete para (?:leer|seguir|desbloquear)|pásate a premium|)"
   R"(pruébal[ao] (?:gratis|sin coste)|gratis durante (?:un|una|\d+) (?:mes|meses|semana|semanas|días)|suscripción (?:pro|plus)\b|(?:hazte|pásate a) (?:pro|plus)\b|)"
   R"(suscríbete a (?:la|nuestra) (?:revista|edición impresa))"
   R"(|(?:\d+|un|dos|tres|seis) mes(?:es)? al precio de|cambia(?:r)? (?:de|tu) plan\W*$)"
   R"(|lee sin límites|lectura ilimitada|al mes,? sin permanencia|prueba (?:[\pL-]+ )?premium\b)"
   R"(|los primeros \d+ días (?:son )?(?:gratis|gratuitos)|(?:el )?primer mes (?:es )?(?:gratis|gratuito|de regalo)|tu (?:suscripción|cuota|membresía) (?:vence|caduca|expira)|renueva (?:ya|ahora|hoy) y)"
   R"(|(?:tu|su) (?:periodo|período) de prueba (?:termina|finaliza|acaba|vence)|(?:tu|su) prueba gratuita (?:termina|finaliza|acaba|vence)|(?:elige|elija) (?:tu|su) plan\W*$|(?:elige|elija) (?:tu|su) plan (?:ahora|hoy|y ahorra)|hazte (?:lector|lectora|suscriptor|suscriptora) de pago)"
   R"(|(?:los )?(?:suscriptores|miembros) (?:de pago|premium) pueden (?:escuchar|leer|acceder|ver))"},
  {C::upsell, L::it, false,
   R"(passa (?:a|al piano|alla versione) (?:premium|pro|plus)|abbonamento (?:premium|a pagamento)|diventa (?:membro|socio|abbonato)|prova (?:gratuita|gratis)|)"
   R"(riservat[oa] agli (?:abbonati|iscritti|membri)|accesso illimitato|abbonati per (?:leggere|continuare|sbloccare)|)"
   R"(gratis per (?:\d+|un|una) (?:giorni|mese|mesi|settimana|settimane)|abbonati (?:premium|pro|plus) (?:ricevono|hanno)|)"
   R"(abbonati alla (?:rivista|nostra rivista|versione cartacea)|con l'abbonamento [\pL+ -]{0,30}ricevi)"
   R"(|(?:\d+|un|due|tre|sei) mes[ei] al prezzo di|cambia (?:il tuo )?piano\W*$)"
   R"(|leggi senza limiti|lettura illimitata|al mese,? senza vincoli|prova (?:[\pL-]+ )?premium\b)"
   R"(|i primi \d+ giorni (?:sono )?(?:gratis|gratuiti)|(?:il )?primo mese (?:è )?(?:gratis|gratuito|in omaggio)|la tua (?:tessera|iscrizione|quota|membership) (?:scade|è in scadenza)|rinnova (?:subito|ora|oggi) e)"
   R"(|(?:il tuo|il suo) periodo (?:di prova|gratuito) (?:termina|scade|finisce)|la tua prova gratuita (?:termina|scade|finisce)|scegli (?:il tuo|un) piano\W*$|scegli il tuo piano (?:ora|oggi|e risparmia)|diventa (?:un |una )?(?:lettore|lettrice|abbonato|abbonata) (?:pagante|sostenitore|sostenitrice))"
   R"(|(?:gli )?(?:abbonati|iscritti) (?:paganti|premium) possono (?:ascoltare|leggere|accedere|guardare))"},
  {C::upsell, L::nl, false,
   R"(word (?:nu )?(?:lid|premium|betalend abonnee)|upgrade naar|gratis (?:proberen|uitproberen|proefperiode)|proefabonnement|)"
   R"(alleen voor (?:abonnees|leden)|onbeperkt toegang|lees verder met een abonnement|neem een abonnement|)"
   R"((?:\d+|een|twee|vier) (?:dagen|weken|maanden) gratis|(?:betalende|premium) (?:leden|abonnees) (?:krijgen|ontvangen))"
   R"(|(?:\d+|een|twee|drie|zes) maand(?:en)? voor de prijs van|(?:wijzig|upgrade) (?:je|uw) abonnement\W*$|abonnement (?:wijzigen|upgraden)\W*$)"
   R"(|lees (?:alle (?:artikels|artikelen|verhalen) )?onbeperkt|onbeperkt lezen|per maand,? (?:maandelijks|altijd) opzegbaar|word (?:nu )?abonnee\b|probeer (?:[\pL-]+ )?premium\b)"
   R"(|de eerste \d+ dagen (?:zijn )?gratis|(?:de )?eerste maand (?:is )?gratis|(?:je|uw) lidmaatschap (?:verloopt|loopt af|eindigt)|verleng (?:nu|vandaag|direct) en)"
   R"(|(?:je|uw) (?:gratis )?proefperiode (?:eindigt|loopt|verloopt)\b|kies (?:je|uw) (?:abonnement|pakket|plan)\W*$|kies (?:nu )?(?:je|uw) (?:abonnement|pakket|plan) (?:nu|vandaag|en bespaar)|word betalende? (?:lezer|lid|abonnee))"
   R"(|(?:betalende|premium) (?:abonnees|leden) kunnen (?:dit|deze|naar|de|het) )"},
  {C::upsell, L::pt, false,
   R"(seja (?:membro|assinante|premium)|(?:passe|mude) para o (?:plano )?(?:premium|pro|plus)|torne-se (?:membro|assinante)|assinatura (?:premium|paga)|teste grátis|)"
   R"(avaliação gratuita|período de (?:teste|avaliação) grátis|exclusivo para (?:assinantes|membros)|acesso ilimitado|assine (?:já|agora|para)|)"
   R"(assine com \d+ ?% de desconto|assinantes (?:do plano )?(?:premium|pro|plus|pagantes)|plano (?:premium|pro|plus|pago)\b|)"
   R"((?:desconto|grátis) no primeiro (?:ano|mês))"
   R"(|(?:\d+|um|dois|três|seis) mes(?:es)? pelo preço d[oea]|(?:mude|mudar|altere|alterar) (?:de|o seu|seu) plano\W*$)"
   R"(|leia sem limites|leitura ilimitada|por mês,? sem fidelidade|experimente (?:o )?premium\b)"
   R"(|os primeiros \d+ dias (?:são )?(?:grátis|gratuitos)|(?:o )?primeiro mês (?:é )?(?:grátis|gratuito|oferecido)|(?:a sua|sua|a tua) (?:quota|anuidade|assinatura|adesão) (?:vence|expira|termina)|renove (?:já|agora|hoje) e)"
   R"(|(?:seu|o seu|teu) (?:período de teste|teste grátis|teste gratuito|período gratuito) (?:termina|acaba|expira)|escolha (?:o )?seu plano\W*$|escolha (?:o )?seu plano (?:agora|hoje|e economize)|torne-se (?:um |uma )?(?:leitor|leitora|assinante) pagante)"
   R"(|(?:os )?(?:assinantes|membros) (?:pagantes|premium) podem (?:ouvir|ler|acessar|aceder|ver))"},

  // A paid tier's teaser under a free story: "Want the full write-up?"
  // and what its members get in full.
  {C::upsell, L::en, false,
   R"(^want (?:the|our) (?:full|complete|whole) (?:[\pL-]+ ){0,2}(?:write-?up|analysis|report|story|breakdown|research|review)\?)"
   R"(|\b(?:pro|plus|premium|paid|insider) (?:members|subscribers) get (?:our|the) (?:full|complete)\b)"},
  {C::upsell, L::de, false,
   R"(^(?:sie wollen|willst du|möchten sie|möchtest du) (?:die|unsere) (?:ganze|vollständige|komplette) (?:analyse|studie|auswertung|geschichte)\b[^.!]{0,20}\?)"
   R"(|\b(?:pro|plus|premium)-?(?:mitglieder|abonnenten|abonnentinnen|leser) (?:erhalten|bekommen) (?:unsere|die) (?:vollständige|komplette|ganze)\b)"},
  {C::upsell, L::fr, false,
   R"(^(?:vous voulez|tu veux) (?:lire )?l'(?:analyse|étude|article|histoire) (?:complète|entière|en entier)\b[^.!]{0,20}\?)"
   R"(|\b(?:membres|abonnés) (?:pro|plus|premium) (?:reçoivent|lisent) (?:notre|l') ?(?:analyse|étude) (?:complète|intégrale)\b)"},
  {C::upsell, L::es, false,
   R"(^¿?(?:quieres|quiere) (?:leer )?(?:el|la) (?:análisis|informe|estudio|historia) complet[oa]\b[^.!]{0,20}\?)"
   R"(|\b(?:miembros|suscriptores|socios) (?:pro|plus|premium) (?:reciben|tienen) (?:nuestro|el) (?:análisis|informe) completo\b)"},
  {C::upsell, L::it, false,
   R"(^vuoi (?:leggere )?(?:l'analisi|il report|lo studio|la storia) complet[oa]\b[^.!]{0,20}\?)"
   R"(|\b(?:membri|abbonati|soci) (?:pro|plus|premium) (?:ricevono|leggono) (?:la nostra |l')analisi completa\b)"},
  {C::upsell, L::nl, false,
   R"(^wil (?:je|u) de (?:volledige|hele|complete) (?:analyse|studie|rapportage|verhaal)\b[^.!]{0,20}\?)"
   R"(|\b(?:pro|plus|premium)-?(?:leden|abonnees) (?:krijgen|ontvangen|lezen) (?:onze|de) (?:volledige|complete)\b)"},
  {C::upsell, L::pt, false,
   R"(^(?:quer|queres) (?:ler )?a (?:análise|história|reportagem) complet[ao]\b[^.!]{0,20}\?)"
   R"(|\b(?:membros|assinantes|sócios) (?:pro|plus|premium) (?:recebem|leem) (?:a nossa |nossa |a )análise completa\b)"},

  // A tool maker's sign-up incentive closing its ad among a digest's
  // items: days of the product free to get, or credit in money to claim
  // ("Get 30 days free", "Claim $50 in free credit"), said to the reader.
  {C::upsell, L::en, false,
   R"(\b(?:get|try it|enjoy|claim) (?:\d+|thirty|fourteen|seven) days? (?:free|for free|on us)\b|\b(?:(?:claim|grab|get) your|claim|grab) [$£€] ?\d[\d,]* (?:in |of |worth of )?free (?:credits?|usage)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:sichern sie sich|sichere dir|hol dir|holen sie sich) (?:\d[\d.]* ?(?:€|euro|dollar)|[$€] ?\d[\d.]*) (?:gratis-|kostenloses |gratis )?(?:start)?guthaben\b)"},
  {C::upsell, L::fr, false,
   R"(\b(?:profitez de|obtenez|bénéficiez de|essayez-le) (?:\d+|trente|quatorze|sept) jours (?:gratuits|offerts|gratuitement)\b|\b(?:obtenez|recevez|profitez de|réclamez) (?:\d[\d ]* ?(?:€|euros|dollars)|[$€] ?\d+) de crédits? (?:gratuits?|offerts?)\b)"},
  {C::upsell, L::es, false,
   R"(\b(?:consigue|disfruta de|obtén|pruébalo) (?:\d+|treinta|catorce|siete) días (?:gratis|gratuitos)\b|\b(?:consigue|obtén|reclama) (?:\d[\d.]* ?(?:€|euros|dólares)|[$€] ?\d+) (?:en|de) crédito (?:gratis|gratuito)\b)"},
  {C::upsell, L::it, false,
   R"(\b(?:ottieni|provalo per|approfitta di) (?:\d+|trenta|quattordici|sette) giorni (?:gratis|gratuiti)\b|\b(?:ottieni|richiedi) (?:\d[\d.]* ?(?:€|euro|dollari)|[$€] ?\d+) di credito (?:gratuito|gratis|omaggio)\b)"},
  {C::upsell, L::nl, false,
   R"(\b(?:krijg|claim) (?:€ ?\d+|\d+ ?(?:euro|€)|\$ ?\d+) (?:aan )?gratis (?:tegoed|credits?)\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:ganhe|obtenha|experimente|aproveite) (?:\d+|trinta|catorze|quatorze|sete) dias (?:grátis|gratuitos|de graça)\b|\b(?:ganhe|obtenha|resgate) (?:r?\$ ?\d+|€ ?\d+|\d+ ?(?:€|euros|reais)) (?:em|de) créditos? (?:grátis|gratuitos?)\b)"},

  // A post a platform mails free to all while the rest, or the next
  // part, is for paying members ("This post is free for everyone", "only
  // paid members read the follow-up").
  {C::upsell, L::en, false,
   R"(^(?:this|today's) (?:post|issue|edition|letter|essay|episode) is (?:free|public|open) (?:for|to) (?:everyone|all(?: readers)?)\b|\b(?:only|just) (?:paid|paying) (?:subscribers|members|supporters) (?:can )?(?:read|get|hear|see)\b)"},
  {C::upsell, L::de, false,
   R"(^(?:diese[rns]? )?(?:ausgabe|beitrag|text|folge|brief|artikel|post) ist (?:für alle|für jede[nr]?|ausnahmsweise|heute) (?:frei|kostenlos|offen) (?:lesbar|zugänglich|zu lesen)|\b(?:lesen|hören|sehen|bekommen) (?:[^ .!?]+ ){0,4}nur (?:zahlende |unsere )?(?:mitglieder|abonnent|unterstützer))"},
  {C::upsell, L::fr, false,
   R"(^(?:ce|cet|cette) (?:article|numéro|billet|épisode|envoi|lettre) est (?:gratuite?|en accès libre|ouverte?) pour (?:tous|tout le monde)|\bseul(?:e)?s les (?:abonnés|membres) (?:payants )?(?:peuvent )?(?:lire|lisent|recevront|liront))"},
  {C::upsell, L::es, false,
   R"(^(?:este|esta) (?:artículo|número|edición|entrega|publicación|carta) es (?:gratis|gratuit[oa]|abiert[oa]|libre) para todos|\bsolo (?:los )?(?:suscriptores|miembros|socios) (?:de pago )?(?:pueden )?(?:leer|leen|recibirán|leerán))"},
  {C::upsell, L::it, false,
   R"(^(?:questo|questa) (?:post|articolo|numero|edizione|puntata|lettera) è (?:gratuit[oa]|liber[oa]|apert[oa]) (?:per|a) tutti|\bsolo (?:gli )?(?:abbonati|iscritti|membri|sostenitori) (?:paganti |a pagamento )?(?:possono )?(?:leggere|leggono|riceveranno|leggeranno))"},
  {C::upsell, L::nl, false,
   R"(^(?:deze|dit) (?:editie|post|artikel|stuk|aflevering|nieuwsbrief|brief) is (?:gratis|vrij|open) (?:voor iedereen|te lezen)|\balleen (?:betalende )?(?:leden|abonnees) (?:kunnen )?(?:lezen|lees|krijgen|ontvangen))"},
  {C::upsell, L::pt, false,
   R"(^(?:este|esta) (?:artigo|número|edição|publicação|post|carta) é (?:gratuit[oa]|livre|abert[oa]) para todos|\bsó (?:os )?(?:assinantes|membros|apoiadores) (?:pagantes )?(?:podem )?(?:ler|leem|recebem|lerão))"},

  // The reader's place on a platform's free tier, said in the footer
  // ("You are on the free list", "Ihr Abo: kostenlos"), and the perks of
  // a creator's paid tier: episodes without ads, or days before the rest.
  {C::upsell, L::en, false,
   R"(\byou(?:'re| are) (?:currently )?(?:on|subscribed to) the free (?:list|plan|tier|version)\b|\byou(?:'re| are) (?:currently )?a free (?:subscriber|member|reader)\b|^your (?:plan|subscription) ?: free\b|\bad-free (?:episodes|listening|feed)\b|\b(?:every|each) (?:new )?episode (?:ad-free|without ads)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:sie sind|du bist) (?:derzeit |aktuell )?(?:auf der kostenlosen liste|kostenlose[rs]? (?:abonnent|mitglied|leser)|im kostenlosen (?:abo|tarif|plan))|^(?:ihr|dein) (?:abo|abonnement|tarif) ?: (?:kostenlos|gratis)(?:[^\pL\pN]|$)|\bwerbefreie (?:folgen|episoden)\b|\b(?:jede|alle|neue) (?:folgen?|episoden?) werbefrei\b)"},
  {C::upsell, L::fr, false,
   R"(\b(?:vous êtes|tu es) (?:actuellement )?(?:sur la liste gratuite|abonnée? gratuite?|inscrite? à l'offre gratuite)|^(?:votre|ton) (?:abonnement|formule) ?: gratuite?\b|(?:épisodes?|podcast) sans (?:publicité|pub)(?:[^\pL\pN]|$))"},
  {C::upsell, L::es, false,
   R"(\b(?:estás|está) (?:en la lista gratuita|en el plan gratuito)|\b(?:eres|es) (?:un |una )?suscriptora? gratuit[oa]\b|^(?:tu|su) (?:suscripción|plan) ?: gratuit[oa]\b|\b(?:episodios?|podcast) sin (?:publicidad|anuncios)\b)"},
  {C::upsell, L::it, false,
   R"((?:sei|è) (?:nella lista gratuita|nel piano gratuito|iscritt[oa] alla versione gratuita)|^(?:il tuo|il suo) (?:abbonamento|piano) ?: gratuito\b|\b(?:episodi|puntate|podcast) senza (?:pubblicità|spot)(?:[^\pL\pN]|$))"},
  {C::upsell, L::nl, false,
   R"(\b(?:je|u) (?:staat|bent) (?:op de gratis lijst|gratis (?:abonnee|lid|lezer))\b|^(?:je|uw) (?:abonnement|plan) ?: gratis\b|\breclamevrije (?:afleveringen|podcast)\b|\b(?:elke|iedere) aflevering (?:reclamevrij|zonder reclame)\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:você está|estás) (?:na lista gratuita|no plano gratuito)|\b(?:você é|és) (?:um |uma )?assinante gratuit[oa]\b|^(?:sua|a sua|tua) (?:assinatura|subscrição|plano) ?: gratuit[oa]\b|\b(?:episódios?|podcast) sem (?:anúncios|publicidade)(?:[^\pL\pN]|$))"},

  // A writer's letter on a hosted platform, its free edition: the line
  // that says the reader gets the free one, the cut where the rest is
  // kept for paying readers with the trial that unlocks it, and the
  // founding members' tier at its own price.
  {C::upsell, L::en, false,
   R"(\byou(?:'re| are) (?:receiving|getting|reading) the free (?:version|edition)\b|\bthe rest of this (?:post|essay|issue|piece|letter|article) is (?:reserved |only )?for (?:paid|paying) (?:subscribers|members)\b|\bunlock (?:the rest|this post|the full (?:post|essay)) with a (?:\d+|seven|fourteen|thirty)-day (?:free )?trial\b|\bbecome a founding member\b|\bfounding[- ]member (?:price|rate|tier|plan|offer)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:sie erhalten|du erhältst|sie lesen|du liest) die kostenlose (?:version|ausgabe|fassung)\b|\bder rest (?:dieses|dieser) (?:beitrags|textes|ausgabe|essays|briefs) ist (?:nur )?(?:für )?(?:zahlende|bezahlende)|\bgründungsmitglied werden\b|\b(?:werde|werden sie) (?:jetzt )?gründungsmitglied\b|\bzum gründer(?:preis|tarif)\b)"},
  {C::upsell, L::fr, false,
   R"(\b(?:vous recevez|tu reçois|vous lisez|tu lis) la version gratuite\b|\bla suite de (?:cet|ce|cette) (?:article|essai|lettre|billet|texte|numéro) est réservée aux (?:abonnés|membres)|\bdevene[zs] membre fondat(?:eur|rice)\b|\b(?:offre|tarif|prix) (?:de )?membre fondateur\b)"},
  {C::upsell, L::es, false,
   R"(\b(?:estás|está) recibiendo la versión gratuita\b|\bel resto de (?:este|esta) (?:artículo|ensayo|entrega|carta|texto|publicación) está reservad[oa] a (?:los )?(?:suscriptores|miembros|socios)|\bhazte de pago\b|\bdesbloquea (?:la lectura|el resto|el artículo|el ensayo)\b|\bhazte (?:miembro|socio) fundador\b|\b(?:tarifa|precio) de (?:miembro|socio) fundador\b)"},
  {C::upsell, L::it, false,
   R"(\b(?:stai ricevendo|ricevi|stai leggendo) la versione gratuita\b|\bil resto di (?:questo|questa) (?:articolo|post|saggio|lettera|numero) è riservat[oa] agli (?:abbonati|iscritti|membri)|\bdiventa (?:membro|socio) fondatore\b|\b(?:prezzo|tariffa) da (?:membro|socio) fondatore\b)"},
  {C::upsell, L::nl, false,
   R"(\b(?:je ontvangt|u ontvangt|je leest|u leest) de gratis (?:versie|editie)\b|\bde rest van (?:dit|deze) (?:stuk|artikel|essay|editie|post|brief) is (?:alleen )?voor (?:betalende )?(?:abonnees|leden)\b|\bword (?:stichtend|oprichtend) lid\b|\b(?:prijs|tarief) voor (?:stichtende|oprichtende) leden\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:está a receber|você está recebendo|recebe) a versão gratuita\b|\bo resto (?:deste|desta) (?:artigo|ensaio|texto|carta|publicação|edição) é (?:reservad[oa]|exclusiv[oa]) (?:a|para) (?:os )?(?:assinantes|membros|subscritores)\b|\btorne-se membro fundador\b|\b(?:preço|tarifa) de membro fundador\b)"},

  // A writer's paid community pitched under the letter: the circle of
  // readers who pay to talk among themselves ("my paid community of 400
  // founders", "our paid Discord").
  {C::upsell, L::en, false,
   R"(\b(?:my|our) paid (?:community|membership|members'? (?:club|group|area)|group|circle|club|forum|slack|discord|mastermind)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:meine|unsere) (?:kostenpflichtige|bezahlte) (?:community|gruppe|mitgliedschaft|runde)(?:[^\pL\pN]|$)|\b(?:meine[rnm]|unsere[rnm]) (?:kostenpflichtigen|bezahlten) (?:community|gruppe|mitgliedschaft|runde)(?:[^\pL\pN]|$))"},
  {C::upsell, L::fr, false,
   R"(\b(?:ma|notre) communauté payante(?:[^\pL\pN]|$)|\b(?:mon|notre) (?:club|cercle|groupe|espace membres?) payant\b)"},
  {C::upsell, L::es, false,
   R"(\b(?:mi|nuestra) comunidad de pago\b|\b(?:mi|nuestro) (?:club|grupo|círculo) de pago\b)"},
  {C::upsell, L::it, false,
   R"(\b(?:mia|nostra) (?:community|comunità) a pagamento\b|\b(?:mio|nostro) (?:club|gruppo|circolo) a pagamento\b)"},
  {C::upsell, L::nl, false,
   R"(\b(?:mijn|onze) betaalde (?:community|groep|club|kring|ledenomgeving)\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:a minha|minha|nossa|a nossa) comunidade paga\b|\b(?:o meu|meu|nosso|o nosso) (?:clube|grupo|círculo) pago\b)"},

  // The vendor's upgrade to its bigger edition at a price.
  {C::upsell, L::en, false,
   R"(upgrade to [^.!?]*\b(?:pro|premium|professional|deluxe|plus)\b[^.!?]* for (?:just|only) [$£€]?\d)"},
  // A service's bigger plan sold to its customers: move up to it, the
  // setup fee waived, the upgrade button of the control panel.
  {C::upsell, L::en, false,
   R"(\b(?:move|step|trade) up to (?:the|our) (?:[\pL-]+ ){1,3}(?:plan|package|account|tier)\b|\b(?:we will|we'll) waive the (?:[$£€] ?\d+ )?(?:setup|set-up|activation|installation) fee\b|\bclick \W?upgrade\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:wechseln|steigen) sie (?:jetzt )?(?:auf|in) (?:das|den|unser|unseren) (?:[\pL-]+ ){0,2}(?:paket|tarif)\b|\b(?:entfällt|erlassen wir(?: ihnen)?) die (?:einrichtungs|aktivierungs|bereitstellungs)gebühr\b)"},
  {C::upsell, L::fr, false,
   R"(\bpassez à (?:l'offre|la formule|le pack) [\pL-]+ ?:|\b(?:nous vous offrons|offerts?) (?:les )?frais (?:de mise en service|d'installation|d'activation)\b)"},
  {C::upsell, L::es, false,
   R"(\bpásate al plan [\pL-]+ ?:|\b(?:le|te) (?:regalamos|perdonamos) la cuota de (?:alta|activación|instalación)\b)"},
  {C::upsell, L::it, false,
   R"(\bpassa al piano [\pL-]+ ?:|\b(?:ti|vi) regaliamo (?:i costi|il costo) di (?:attivazione|installazione)\b)"},
  {C::upsell, L::nl, false,
   R"(\bstap over op (?:het|ons) [\pL-]+(?:pakket|abonnement)\b|\b(?:vervallen|schrappen wij) de (?:installatie|activerings|opstart)kosten\b)"},
  {C::upsell, L::pt, false,
   R"(\bpasse para o plano [\pL-]+ ?:|\b(?:oferecemos|isentamos)(?: a)? (?:a )?taxa de (?:instalação|ativação|adesão)\b)"},
  {C::upsell, L::de, false,
   R"(umsteigen lohnt sich|(?:wechseln|steigen) sie [^.!?]* (?:auf|zu) [^.!?]*\b(?:pro|premium|professional|plus)\b[^.!?]* für nur \d)"},
  {C::upsell, L::fr, false,
   R"(passez à [^.!?]*\b(?:pro|premium|professionnel)\b[^.!?]* pour seulement \d)"},
  {C::upsell, L::es, false,
   R"(pásate a [^.!?]*\b(?:pro|premium|profesional)\b[^.!?]* por (?:solo|sólo) \d)"},
  {C::upsell, L::it, false,
   R"(passa a [^.!?]*\b(?:pro|premium|professional)\b[^.!?]* a (?:soli|solo) \d)"},
  {C::upsell, L::nl, false,
   R"(stap over (?:op|naar) [^.!?]*\b(?:pro|premium)\b[^.!?]* voor (?:slechts|maar) €?\d)"},
  {C::upsell, L::pt, false,
   R"(mude para [^.!?]*\b(?:pro|premium|profissional)\b[^.!?]* por (?:apenas|só) (?:r\$ ?)?\d)"},
  // A paid plan's step up: "upgrade to Gold today", "buy Pro now", more
  // discs for a little more a month, extra months free.
  {C::upsell, L::en, false,
   R"(^upgrade to [\pL\pN-]+(?: [\pL\pN-]+)? (?:today|now)\b|get (?:\d+|one|two|three|six) (?:extra|bonus|additional) months? free|for (?:just|only) [$£€]?\d+(?:[.,]\d+)? (?:more|extra) (?:a|per) month|buy (?:[\pL-]+ ){0,3}(?:pro|premium|deluxe|plus|gold) (?:now|today)\b)"},
  {C::upsell, L::de, false,
   R"(für nur \d+(?:,\d+)? ?(?:€|euro) mehr im monat|(?:zwei|drei|\d+) (?:zusätzliche|weitere) monate gratis|jetzt (?:[\pL-]+ )?(?:pro|premium|plus)(?:-version)? kaufen)"},
  {C::upsell, L::fr, false,
   R"(pour seulement \d+(?:,\d+)? ?(?:€|euros?) de plus par mois|(?:deux|trois|\d+) mois supplémentaires offerts|achetez (?:la version )?(?:pro|premium|plus) (?:dès )?maintenant)"},
  {C::upsell, L::es, false,
   R"(por solo \d+(?:,\d+)? ?(?:€|euros?) más al mes|(?:dos|tres|\d+) meses (?:extra|adicionales) gratis|compra (?:ya |ahora )?la versión (?:pro|premium|plus)\b)"},
  {C::upsell, L::it, false,
   R"(con soli \d+(?:,\d+)? ?(?:€|euro) in più al mese|(?:due|tre|\d+) mesi (?:extra|in più) gratis|acquista (?:ora |subito )?la versione (?:pro|premium|plus)\b)"},
  {C::upsell, L::nl, false,
   R"(voor (?:slechts|maar) €? ?\d+(?:,\d+)? (?:euro )?extra per maand|(?:twee|drie|\d+) extra maanden gratis|koop (?:nu )?de (?:pro|premium|plus)-versie)"},
  {C::upsell, L::pt, false,
   R"(por (?:apenas|só) (?:r\$ ?|€ ?)?\d+(?:,\d+)?(?: ?€| euros?)? a mais por mês|(?:dois|três|\d+) meses (?:extra|adicionais) grátis|compre (?:já |agora )?a versão (?:pro|premium|plus)\b)"},
  // A renewal pitch: the price locked in for years ahead.
  {C::upsell, L::en, false,
   R"(lock in (?:today's|the current|this year's|your current|the low|our low) (?:price|rate)|renew for up to (?:\d+|ten|five) years)"},
  {C::upsell, L::de, false,
   R"((?:sichern sie sich|sichere dir|sichern) (?:den|die|ihren|deinen) (?:heutigen|aktuellen|jetzigen) (?:preis|tarif|konditionen)|bis zu \d+ jahre (?:im voraus )?verlängern)"},
  {C::upsell, L::fr, false,
   R"(bloquez (?:le|votre) (?:tarif|prix) actuel|renouvelez (?:pour|jusqu'à) \d+ ans)"},
  {C::upsell, L::es, false,
   R"((?:congela|asegura|asegúrate) el precio (?:actual|de hoy)|renueva (?:por|hasta) \d+ años)"},
  {C::upsell, L::it, false,
   R"(blocca (?:il prezzo|la tariffa) (?:attuale|di oggi)|rinnova (?:per|fino a) \d+ anni)"},
  {C::upsell, L::nl, false,
   R"(leg (?:de|uw|je) (?:huidige )?prijs (?:van vandaag )?vast|verleng (?:tot|voor) \d+ jaar)"},
  {C::upsell, L::pt, false,
   R"((?:garanta|congele) o preço (?:atual|de hoje)|renove por até \d+ anos)"},
  // A phone operator's own step-ups in its customer letter: a bigger
  // tariff, a phone upgrade on renewal, a second line at a saving.
  {C::upsell, L::en, false,
   R"(you (?:could|may|might) (?:be due|qualify for|be eligible for) (?:a|an) (?:free )?(?:phone |handset )?upgrade|^upgrade your (?:phone|handset|mobile)\b|free when you (?:renew|extend|sign up|upgrade) for \d+ months)"
   R"(|(?:add|get) a (?:second|extra|additional) (?:line|phone|sim)\b[^.!?]*(?:\bsave\b|\d+ ?% off|\bfree\b|discount|half price)|\d+ (?:minutes|mins) and \d+ texts (?:a|per) month for\b)"},
  {C::upsell, L::de, false,
   R"((?:sie haben|du hast) (?:jetzt )?anspruch auf ein (?:neues|kostenloses) (?:handy|smartphone)|(?:für 0 ?(?:€|euro)|gratis|kostenlos) bei (?:vertragsverlängerung|verlängerung um \d+ monate))"
   R"(|(?:eine )?(?:zweite|weitere) (?:karte|sim-karte|leitung)\b[^.!?]*(?:sparen|\d+ ?% (?:rabatt|günstiger)|gratis)|\d+ (?:frei)?minuten und \d+ sms (?:im|pro) monat für\b)"},
  {C::upsell, L::fr, false,
   R"(vous (?:avez|pourriez avoir) droit à un (?:nouveau )?(?:mobile|téléphone) (?:gratuit|offert)|(?:offert|gratuit) (?:pour|avec) (?:un|tout) (?:réengagement|renouvellement) de \d+ mois)"
   R"(|(?:une )?(?:deuxième|seconde) ligne\b[^.!?]*(?:économisez|\d+ ?% de (?:remise|réduction)|offerte)|\d+ minutes et \d+ sms par mois pour\b)"},
  {C::upsell, L::es, false,
   R"((?:tienes|podrías tener) derecho a (?:un )?(?:móvil|teléfono) gratis|gratis (?:al|si) renuevas (?:por|durante) \d+ meses)"
   R"(|(?:una )?segunda línea\b[^.!?]*(?:ahorra|\d+ ?% de descuento|gratis)|\d+ minutos y \d+ sms al mes por\b)"},
  {C::upsell, L::it, false,
   R"((?:hai|potresti avere) diritto a un (?:nuovo )?(?:telefono|cellulare) gratis|gratis (?:se|quando) rinnovi per \d+ mesi)"
   R"(|(?:una )?seconda linea\b[^.!?]*(?:risparmi|\d+ ?% di sconto|gratis)|\d+ minuti e \d+ sms al mese a\b)"},
  {C::upsell, L::nl, false,
   R"((?:je|u) (?:komt|kunt) in aanmerking (?:komen )?voor een (?:gratis )?(?:nieuw toestel|nieuwe telefoon)|gratis (?:bij|als (?:je|u)) (?:verlengen|verlengt) (?:met|voor) \d+ maanden)"
   R"(|(?:een )?(?:tweede|extra) (?:lijn|sim|abonnement)\b[^.!?]*(?:bespaar|\d+ ?% korting|gratis)|\d+ (?:bel)?minuten en \d+ sms(?:'jes)? per maand voor\b)"},
  {C::upsell, L::pt, false,
   R"((?:tem|pode ter) direito a um (?:novo )?(?:telemóvel|celular|telefone) grátis|grátis (?:ao|se) renovar por \d+ meses)"
   R"(|(?:uma )?segunda linha\b[^.!?]*(?:poupe|economize|\d+ ?% de desconto|grátis)|\d+ minutos e \d+ sms por mês por\b)"},
  // A trial of a set number of days offered to start, and the publisher's
  // paid edition announced ("Start your 14-day trial", "our new paid
  // edition adds a Sunday deep dive").
  {C::upsell, L::en, false,
   R"(start (?:your|a) (?:\d+|seven|fourteen|thirty)[- ]day (?:free )?trial\b|our (?:new )?paid (?:edition|tier|version)\b)"},
  {C::upsell, L::de, false,
   R"((?:starte|starten sie|beginne|beginnen sie) (?:jetzt )?(?:deine|ihre|die) \d+-tägige[n]? (?:gratis-|kostenlose[n]? )?(?:test|probe)\pL*|unsere (?:neue )?(?:bezahl|premium-)ausgabe\b|unser (?:neues )?(?:bezahl|premium-)angebot\b)"},
  {C::upsell, L::fr, false,
   R"((?:commencez|démarrez|commence|démarre|profitez de) (?:votre|ton|un|l') ?essai (?:gratuit )?de (?:\d+|sept|quatorze|trente) jours|notre (?:nouvelle )?(?:édition|formule|version) payante)"},
  {C::upsell, L::es, false,
   R"((?:empieza|comienza|inicia|activa|empiece|comience) (?:tu|su|una|la) prueba (?:gratuita )?de (?:\d+|siete|catorce|treinta) días|nuestra (?:nueva )?(?:edición|versión) de pago)"},
  {C::upsell, L::it, false,
   R"((?:inizia|attiva|avvia) (?:la tua|una|la) prova (?:gratuita )?di (?:\d+|sette|quattordici|trenta) giorni|la nostra (?:nuova )?(?:edizione|versione) a pagamento)"},
  {C::upsell, L::nl, false,
   R"((?:start|begin) (?:je|jouw|uw|een) (?:gratis )?proefperiode van (?:\d+|veertien|dertig) dagen|onze (?:nieuwe )?betaalde (?:editie|versie)\b)"},
  {C::upsell, L::pt, false,
   R"((?:comece|inicie|ative|começa|inicia) (?:o )?(?:seu|teu|um) (?:teste|período de teste) (?:grátis |gratuito )?de (?:\d+|sete|catorze|quatorze|trinta) dias|(?:a )?nossa (?:nova )?(?:edição|versão) paga)"},
  // An introductory price for a set time, offered to try or read the
  // publisher's paid tier ("Try it one month for $1", "Vier Wochen für
  // 1 Euro testen"): the price with the trial's verb, not a price alone.
  {C::upsell, L::en, false,
   R"((?:try|read|test) [^.!?]{0,40}\b(?:\d+|one|two|three|four|six) (?:weeks?|months?) for (?:just |only )?[$£€] ?\d+(?:\.\d\d)?\b|\b(?:\d+|one|two|three|four|six) (?:weeks?|months?) for (?:just |only )?[$£€] ?\d+(?:\.\d\d)?,? then\b)"},
  {C::upsell, L::de, false,
   R"((?:\d+|einen|ein|zwei|drei|vier|sechs) (?:wochen?|monate?) (?:lang )?für (?:nur |nur noch )?(?:\d+(?:,\d\d)? ?(?:€|euro)|€ ?\d+(?:,\d\d)?) (?:testen|lesen|ausprobieren)\b)"},
  {C::upsell, L::fr, false,
   R"((?:essayez|testez|lisez|essaie|teste|lis) [^.!?]{0,40}\b(?:\d+|un|deux|trois|quatre|six) (?:semaines?|mois) pour (?:seulement |juste )?\d+(?:,\d\d)? ?(?:€|euros?))"},
  {C::upsell, L::es, false,
   R"((?:prueba|pruébal[oa]|lee|léel[oa]) [^.!?]{0,40}\b(?:\d+|un|dos|tres|cuatro|seis) (?:semanas?|mes(?:es)?) por (?:solo |sólo )?\d+(?:,\d\d)? ?(?:€|euros?))"},
  {C::upsell, L::it, false,
   R"((?:prova|provalo|provala|leggi) [^.!?]{0,40}\b(?:\d+|un|due|tre|quattro|sei) (?:settiman[ae]|mes[ei]) a (?:soli? )?\d+(?:,\d\d)? ?(?:€|euro))"},
  {C::upsell, L::nl, false,
   R"((?:probeer|lees|test) [^.!?]{0,40}\b(?:\d+|een|twee|drie|vier|zes) (?:weken|week|maanden|maand) voor (?:maar |slechts |eenmalig )?(?:€ ?\d+(?:,\d\d)?|\d+(?:,\d\d)? ?euro))"},
  {C::upsell, L::pt, false,
   R"((?:experimente|teste|leia|assine) [^.!?]{0,40}\b(?:\d+|um|dois|três|quatro|seis) (?:semanas?|m[eê]s(?:es)?) por (?:apenas |só |somente )?(?:r\$|€) ?\d+(?:,\d\d)?)"},
  // A subscription or licence to renew: what it includes and when it runs
  // out, the renewal's price, the bigger edition "for only $15 more".
  {C::upsell, L::en, false,
   R"(renew (?:your )?(?:subscription|protection|licen[cs]e|coverage)\b|renew (?:online|now|today)\b|renew (?:before|by) [^.!?]* (?:and|to) (?:pay|save|get)\b|your (?:[\pL-]+ )?(?:subscription|licen[cs]e) (?:includes|expires|runs out|lapses)\b|upgrade to [^.!?]* for (?:just |only )?[$£€] ?\d+(?:[.,]\d+)? (?:more|extra)\b)"},
  {C::upsell, L::de, false,
   R"((?:ihr|dein)e? (?:[\pL-]+ )?(?:abonnement|abo|lizenz|schutz) (?:läuft|endet) (?:am|bald|in|demnächst)|(?:jetzt |rechtzeitig )?(?:lizenz|abo|abonnement|schutz) verlängern|verlängern sie (?:jetzt |rechtzeitig )?(?:ihr(?:e|en)? )?(?:lizenz|abo|abonnement|schutz)|(?:upgrade|wechsel|umstieg) (?:auf|zu) [^.!?]* für nur \d+(?:,\d+)? ?(?:€|euro) mehr\b)"},
  {C::upsell, L::fr, false,
   R"(renouvelez (?:dès maintenant |maintenant )?(?:votre|ta|ton|vos) (?:abonnement|licence|protection)|(?:votre|ton|ta) (?:abonnement|licence|protection) (?:expire|arrive à échéance|prend fin)|passez à [^.!?]* pour seulement \d+(?:,\d+)? ?(?:€|euros?) de plus\b)"},
  {C::upsell, L::es, false,
   R"(renueva (?:ya |ahora )?(?:tu|su) (?:suscripción|licencia|protección)|(?:tu|su) (?:suscripción|licencia|protección) (?:caduca|vence|expira)|pásate a [^.!?]* por solo \d+(?:,\d+)? ?(?:€|euros?) más\b)"},
  {C::upsell, L::it, false,
   R"(rinnova (?:ora |subito )?(?:il tuo|la tua|il suo|la sua) (?:abbonamento|licenza|protezione)|(?:il tuo|la tua|il suo|la sua) (?:abbonamento|licenza|protezione) (?:scade|è in scadenza)|passa a [^.!?]* con soli \d+(?:,\d+)? ?(?:€|euro) in più(?:[^\pL\pN]|$))"},
  {C::upsell, L::nl, false,
   R"(verleng (?:nu )?(?:je|uw) (?:abonnement|licentie|bescherming)|(?:je|uw) (?:abonnement|licentie|bescherming) (?:verloopt|loopt af)|(?:upgrade|stap over) (?:naar|op) [^.!?]* voor (?:slechts|maar) €? ?\d+(?:,\d+)? (?:euro )?extra\b)"},
  {C::upsell, L::pt, false,
   R"(renove (?:já |agora )?(?:a sua|sua|o seu|seu) (?:assinatura|subscrição|licença|proteção|protecção)|(?:a sua|sua|o seu|seu) (?:assinatura|subscrição|licença|proteção) (?:expira|vence|termina)|mude para [^.!?]* por (?:apenas|só) (?:r\$ ?|€ ?)?\d+(?:,\d+)?(?: ?€| euros?)? a mais\b)"},
  // What the paying tier already got: "Pro members got the full model on
  // Monday".
  {C::upsell, L::en, false,
   R"(\b(?:pro|premium|plus|paid|paying|insider|vip) (?:members|subscribers) (?:got|received|already (?:got|have|received))\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:pro|premium|plus)-?(?:mitglieder|abonnenten|abonnentinnen|abonnierende) (?:haben [^.!?]*(?:bekommen|erhalten)|bekamen|erhielten)\b)"},
  {C::upsell, L::fr, false, R"(\bles (?:abonnés|membres) (?:premium|pro|payants) ont (?:déjà )?(?:reçu|eu)\b)"},
  {C::upsell, L::es, false, R"(\blos (?:suscriptores|miembros) (?:premium|pro|de pago) (?:ya )?(?:recibieron|tuvieron)\b)"},
  {C::upsell, L::it, false, R"(\bgli (?:abbonati|iscritti) (?:premium|pro|paganti) hanno (?:già )?(?:ricevuto|avuto)\b)"},
  {C::upsell, L::nl, false, R"(\b(?:premium|pro|betalende) ?-?(?:leden|abonnees) (?:kregen|ontvingen|hebben [^.!?]*(?:gekregen|ontvangen))\b)"},
  {C::upsell, L::pt, false, R"(\bos (?:assinantes|membros) (?:premium|pro|pagantes) (?:já )?(?:receberam|tiveram)\b)"},
  // What the paid tier brings, said of its members: "Members get our
  // weekly report, the full archive and no ads".
  {C::upsell, L::en, false,
   R"(\b(?:paid |paying |premium |pro )?(?:members|subscribers|supporters) get\b[^.!?]{0,80}\b(?:the full archive|full archive access|no ads|ad-free)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:mitglieder|abonnenten|abonnentinnen) (?:erhalten|bekommen)\b[^.!?]{0,80}(?:vollständige archiv|werbefrei|ohne werbung))"},
  {C::upsell, L::fr, false,
   R"(\bles (?:abonnés|membres) (?:reçoivent|ont accès)\b[^.!?]{0,80}(?:archives complètes|sans publicité))"},
  {C::upsell, L::es, false,
   R"(\blos (?:suscriptores|miembros) (?:reciben|tienen acceso)\b[^.!?]{0,80}(?:archivo completo|sin publicidad|sin anuncios))"},
  {C::upsell, L::it, false,
   R"(\bgli (?:abbonati|iscritti) (?:ricevono|hanno accesso)\b[^.!?]{0,80}(?:archivio completo|senza pubblicità))"},
  {C::upsell, L::nl, false,
   R"(\b(?:leden|abonnees) (?:krijgen|ontvangen)\b[^.!?]{0,80}(?:volledige archief|zonder advertenties|reclamevrij))"},
  {C::upsell, L::pt, false,
   R"(\bos (?:assinantes|membros) (?:recebem|têm acesso)\b[^.!?]{0,80}(?:arquivo completo|sem anúncios|sem publicidade))"},
  // A site's paid plan around its news: the mark on an article only its
  // plan opens ("Dieser Artikel ist nur mit Plus verfügbar"), reading
  // without ads, the price of the first month, a feature to try on a
  // trial of some days.
  {C::upsell, L::en, false,
   R"(this (?:article|story|piece|post|report|review|test) is (?:only )?(?:available|reserved|accessible) (?:only )?(?:to|for|with) (?:[\pL-]+ )?(?:subscribers|members|plus|premium|pro)\b)"
   R"(|(?:read|enjoy) (?:all|every) (?:articles?|stories) (?:ad-free|without ads)|ad-free reading|[$£€] ?\d+(?:[.,]\d\d)? (?:for|in) the first month|(?:on|with) a (?:free )?(?:\d+|seven|fourteen|thirty)[- ]day (?:free )?trial\b)"},
  {C::upsell, L::de, false,
   R"((?:artikel|beitrag|text|bericht|test) (?:ist )?nur (?:mit|für) (?:[\pL-]+[ -])?(?:plus|premium|pro|abo|abonnement|abonnenten|abonnentinnen|mitglieder)\b[^.!?]{0,15}?(?:verfügbar|lesbar|zugänglich|abrufbar|freigeschaltet))"
   R"(|(?:alle )?artikel (?:ohne werbung|werbefrei)|(?:ohne werbung|werbefrei) lesen|\d+(?:,\d\d)? ?(?:€|euro) im ersten monat|(?:mit|in) (?:einer|der) \d+-tägigen (?:gratis-|kostenlosen )?(?:test|probe)(?:phase|version|zeit))"},
  {C::upsell, L::fr, false,
   R"((?:cet )?article (?:est )?(?:réservé|accessible uniquement|disponible uniquement) (?:aux|pour les) (?:abonnés|membres)|(?:tous les )?articles sans publicité|lecture sans publicité)"
   R"(|\d+(?:,\d\d)? ?€ le premier mois|(?:avec|pendant) (?:un |l')essai (?:gratuit )?de \d+ jours)"},
  {C::upsell, L::es, false,
   R"((?:este )?artículo (?:es |está )?(?:solo |sólo )?(?:exclusivo|disponible|reservado) (?:solo |sólo )?para (?:suscriptores|miembros|socios)|(?:todos los )?artículos sin publicidad|lectura sin publicidad)"
   R"(|\d+(?:,\d\d)? ?€ el primer mes|(?:con|durante) una prueba (?:gratuita )?de \d+ días)"},
  {C::upsell, L::it, false,
   R"((?:questo )?articolo (?:è )?(?:riservato|disponibile solo|accessibile solo) (?:agli|per gli|per) (?:abbonati|iscritti)|(?:tutti gli )?articoli senza pubblicità|lettura senza pubblicità)"
   R"(|\d+(?:,\d\d)? ?€ (?:per )?il primo mese|(?:con|durante) (?:una|la) prova (?:gratuita )?di \d+ giorni)"},
  {C::upsell, L::nl, false,
   R"((?:dit )?artikel is (?:alleen|enkel|uitsluitend) (?:beschikbaar |leesbaar )?voor (?:abonnees|leden|[\pL]+ ?plus)\b|(?:alle )?artikelen (?:zonder reclame|reclamevrij)|reclamevrij lezen)"
   R"(|€ ?\d+(?:,\d\d)? (?:voor )?de eerste maand|(?:met|tijdens) een (?:gratis )?proefperiode van \d+ dagen)"},
  {C::upsell, L::pt, false,
   R"((?:este )?artigo (?:é )?(?:exclusivo|disponível apenas|reservado) (?:para|a|aos) (?:assinantes|membros)|(?:todos os )?artigos sem (?:publicidade|anúncios)|leitura sem (?:publicidade|anúncios))"
   R"(|(?:€|r\$) ?\d+(?:,\d\d)? no primeiro mês|\d+(?:,\d\d)? ?€ no primeiro mês|(?:com|durante) (?:um|o) (?:teste|período de teste) (?:gratuito )?de \d+ dias)"},
  // The paid edition of a free letter, sold by what it leaves out: "no ads,
  // twice the questions ... only $14.95 a year".
  {C::upsell, L::en, false,
   R"((?:no ads|ad-free|without ads)\b.{0,160}?[$€£] ?\d[\d.,]* (?:a|per|/) ?(?:year|month|yr|mo)\b|(?:get|try|upgrade to|subscribe to) the [\pL ]{0,30}(?:deluxe|premium|plus|gold|ad-free) (?:edition|version)\b)"},
  {C::upsell, L::de, false,
   R"((?:ohne werbung|werbefrei)\b.{0,160}?(?:[€$] ?\d[\d.,]*|\d[\d.,]* ?(?:€|eur\b|euro)) (?:im|pro|/) ?(?:jahr|monat)\b)"},
  {C::upsell, L::fr, false,
   R"(sans (?:publicité|pub) .{0,160}?(?:[€$] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?\b)) (?:par|/) ?(?:an|mois)\b)"},
  {C::upsell, L::es, false,
   R"(sin (?:publicidad|anuncios)\b.{0,160}?(?:[€$] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?\b)) (?:al|por|/) ?(?:año|mes)\b)"},
  {C::upsell, L::it, false,
   R"(senza (?:pubblicità|annunci) .{0,160}?(?:[€$] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euro\b)) (?:all'anno|al mese|l'anno|per anno|/ ?anno|/ ?mese))"},
  {C::upsell, L::nl, false,
   R"((?:zonder (?:advertenties|reclame)|reclamevrij)\b.{0,160}?(?:[€$] ?\d[\d.,]*|\d[\d.,]* ?(?:€|euro\b)) (?:per|/) ?(?:jaar|maand)\b)"},
  {C::upsell, L::pt, false,
   R"(sem (?:publicidade|anúncios)\b.{0,160}?(?:(?:€|r\$|\$) ?\d[\d.,]*|\d[\d.,]* ?(?:€|euros?\b|reais\b)) (?:por|/|ao) ?(?:ano|mês)\b)"},
  // A plan step-up at its monthly price ("switch to Unlimited for just
  // $19.95 a month", "time to go unlimited?"), a flat fee, a saving for
  // paying a year in advance, and the button to compare plans.
  {C::upsell, L::en, false,
   R"((?:switch|upgrade|move|step up) to [^.!?]{0,40}for (?:just|only) [$£€] ?\d+(?:[.,]\d\d)? (?:a|per|each) month|\bgo unlimited\b)"
   R"(|for (?:one|a) (?:single )?flat (?:monthly |yearly |annual )?fee\b|save \d+ ?% when you pay (?:for (?:a|the|one) (?:full )?year|annually|yearly)|compare (?:our )?plans\b)"},
  {C::upsell, L::de, false,
   R"((?:wechseln sie|wechsle|steigen sie um|steig um) (?:jetzt )?(?:auf|zu) [^.!?]{0,40}für (?:nur|nur noch) \d+(?:,\d\d)? ?(?:€|euro) (?:im|pro) monat|auf unbegrenzt (?:umsteigen|wechseln))"
   R"(|(?:zum|für einen) (?:monatlichen )?pauschalpreis|(?:sparen sie|spare) \d+ ?% bei jährlicher zahlung|tarife vergleichen)"},
  {C::upsell, L::fr, false,
   R"(passez (?:à|au forfait) [^.!?]{0,40}pour (?:seulement|juste) \d+(?:,\d\d)? ?(?:€|euros?) par mois|passez (?:à l'|en )illimité)"
   R"(|pour un forfait (?:mensuel |annuel )?(?:unique|fixe)|économisez \d+ ?% (?:en payant|avec le paiement) (?:à l'année|annuel)|comparez (?:nos )?(?:formules|forfaits))"},
  {C::upsell, L::es, false,
   R"((?:cámbiate|pásate|cambia) (?:al plan |a )[^.!?]{0,40}por (?:solo|sólo) \d+(?:,\d\d)? ?(?:€|euros?) al mes|pásate al (?:plan )?ilimitado)"
   R"(|por una tarifa plana|ahorra (?:un )?\d+ ?% (?:si pagas|pagando) (?:el año|anualmente|por adelantado)|compara (?:nuestros )?planes)"},
  {C::upsell, L::it, false,
   R"(passa (?:al piano |a )[^.!?]{0,40}(?:a|per) soli \d+(?:,\d\d)? ?(?:€|euro) al mese|passa all'illimitato)"
   R"(|(?:con|per) una tariffa (?:fissa|forfettaria)|risparmia (?:il )?\d+ ?% (?:pagando|con il pagamento) (?:annuale|l'anno|in anticipo)|confronta i (?:nostri )?piani)"},
  {C::upsell, L::nl, false,
   R"((?:stap over|ga over|upgrade) naar [^.!?]{0,40}voor (?:maar|slechts) € ?\d+(?:,\d\d)? per maand|stap over op onbeperkt)"
   R"(|voor (?:één|een) vast (?:maandelijks |jaarlijks )?bedrag|bespaar \d+ ?% (?:als je|wanneer je|bij) (?:per jaar|jaarlijks|vooruit) betaal|vergelijk (?:onze )?abonnementen)"},
  {C::upsell, L::pt, false,
   R"((?:mude|passe) para [^.!?]{0,40}por (?:apenas|só) (?:r\$ ?|€ ?)?\d+(?:,\d\d)?(?: ?€| euros?)? por mês|(?:passe|mude) para o ilimitado)"
   R"(|por uma taxa (?:fixa|única)|(?:poupe|economize) \d+ ?% (?:ao pagar|pagando) (?:anualmente|o ano|antecipadamente)|compare (?:os )?(?:nossos )?planos)"},
  // A subscription offer by its first months' price and what follows,
  // its bare order button, and a switch to another tariff to save.
  {C::upsell, L::en, false,
   R"((?:your |the )?first \d+ (?:months|weeks) (?:for|at) (?:just |only )?(?:[$£€] ?\d|\d+[.,]\d+ ?[$£€])|then [$£€] ?\d+(?:\.\d+)? ?(?:/|a|per) ?month|switch (?:now )?and save\b|^subscribe (?:now|today)\W*$)"},
  {C::upsell, L::de, false,
   R"((?:die )?ersten \d+ (?:monate|wochen) (?:für|zum preis von|nur) (?:nur |je )?\d|(?:€|euro),? (?:jederzeit|monatlich) kündbar|^(?:jetzt )?(?:[\pL+-]+ )?[\pL+-]*abo (?:abschließen|bestellen|sichern|starten|testen|wählen)\W*$)"
   R"(|(?:tarif|anbieter|versicherung) wechseln und [^.!?]*sparen)"},
  {C::upsell, L::fr, false,
   R"(les \d+ premiers mois (?:à|pour) \d|puis \d+[,.]\d+ ?€ ?(?:par mois|/ ?mois)|changez (?:de (?:tarif|formule|contrat|forfait) )?et économisez|^(?:je m'abonne|abonnez-vous)(?: maintenant| dès maintenant| dès aujourd'hui)?\W*$)"},
  {C::upsell, L::es, false,
   R"((?:los )?primeros \d+ meses (?:por|a) \d|después \d+[,.]\d+ ?€ ?(?:al mes|/ ?mes)|(?:cámbiate|cambia|cambie) (?:de (?:tarifa|seguro|compañía) )?y ahorra|^(?:suscríbete|suscribirme|suscríbase)(?: ahora| ya)?\W*$)"},
  {C::upsell, L::it, false,
   R"((?:i )?primi \d+ mesi (?:a|per) \d|poi \d+[,.]\d+ ?€ ?(?:al mese|/ ?mese)|(?:passa|cambia) (?:tariffa |polizza )?e risparmia|^(?:abbonati|abbonarti)(?: ora| subito| adesso)?\W*$)"},
  {C::upsell, L::nl, false,
   R"(de eerste \d+ maanden (?:voor|à) |daarna € ?\d+[,.]\d+ per maand|stap (?:nu )?over en bespaar|^(?:neem|sluit) (?:nu )?(?:een )?abonnement(?: af)?\W*$)"},
  {C::upsell, L::pt, false,
   R"((?:os )?primeiros \d+ meses (?:por|a) \d|depois \d+[,.]\d+ ?€ ?(?:por mês|/ ?mês)|(?:mude|troque) (?:de (?:tarifa|plano|seguro) )?e (?:poupe|economize)|^(?:assine|assinar)(?: já| agora)?\W*$)"},
  // The same offer priced by its first year ("the first year at €29.99"),
  // and its button in the reader's own voice ("I want to subscribe").
  {C::upsell, L::en, false,
   R"(\b(?:your |the )?first year (?:for|at) (?:(?:just |only )[$£€] ?\d|[$£€] ?\d+\.\d\d\b|\d+,\d\d ?€)|^i(?: want|'d like| would like) to subscribe\W*$)"},
  {C::upsell, L::de, false,
   R"(\b(?:das )?erste jahr (?:für|zum preis von|um) (?:nur |je )?\d+(?:,\d+)? ?(?:€|euro|franken|chf)|^ich (?:möchte|will) (?:jetzt )?(?:abonnieren|ein abo(?: abschließen)?)\W*$)"},
  {C::upsell, L::fr, false,
   R"((?:la )?première année (?:à|pour) (?:seulement |juste )?\d+(?:,\d+)? ?(?:€|euros?)|^je veux m'abonner\W*$)"},
  {C::upsell, L::es, false,
   R"(\b(?:el )?primer año (?:por|a) (?:solo |sólo )?\d+(?:,\d+)? ?(?:€|euros?)|^quiero (?:suscribirme|hacerme suscriptor\pL*)\W*$)"},
  {C::upsell, L::it, false,
   R"(\b(?:il )?primo anno (?:a|per) (?:soli |solo )?\d+(?:,\d+)? ?(?:€|euro)|^voglio abbonarmi\W*$)"},
  {C::upsell, L::nl, false,
   R"(\b(?:het )?eerste jaar voor (?:maar |slechts )?(?:€ ?\d|\d+(?:,\d+)? ?(?:€|euro))|^ik wil (?:me )?abonneren\W*$|^ik wil een abonnement\W*$)"},
  {C::upsell, L::pt, false,
   R"(\b(?:o )?primeiro ano (?:por|a) (?:apenas |só )?(?:r\$ ?\d|€ ?\d|\d+(?:,\d+)? ?(?:€|euros?|reais))|^quero (?:assinar|subscrever)\W*$)"},
  // A member drive's button and what a year's membership brings from its
  // price; an insurer's check of the reader's policies, its title and
  // button.
  {C::upsell, L::en, false, R"(^(?:become a member|join (?:us )?(?:now|today))\W*$|\b(?:from|for) (?:just |only )?[$£€] ?\d+ a year,? (?:you(?:'ll)? get|members get|you receive)\b|^(?:take|start|book) (?:your|the|a) (?:free )?(?:policy|insurance|cover|plan) (?:check|review)\W*$|^your (?:free )?(?:policy|insurance|cover) (?:check|review)\b)"},
  {C::upsell, L::de, false, R"(^jetzt [\pL-]*mitglied werden\W*$|(?:(?:schon |bereits |nur )?ab|um|für(?: nur)?) \d+(?:,\d+)? ?(?:€|euro|franken|chf) (?:im|pro) jahr (?:erhalten sie|erhältst du|bekommen sie|bekommst du|genießen sie|genießt du|erhaltet ihr|bekommt ihr)\b|^(?:zum|jetzt zum|machen sie den|mach den|starten sie den) [\pL-]*(?:tarif|versicherungs|vertrags)-?check\W*$|^(?:ihr|dein) (?:persönlicher |kostenloser )?[\pL-]*(?:tarif|versicherungs|vertrags)-?check\b)"},
  {C::upsell, L::fr, false, R"(^(?:devenir|devenez|deviens) (?:membre|adhérent)\W*$|\b(?:dès|pour) \d+ ?(?:€|euros|francs|chf) par an,? (?:vous (?:bénéficiez|recevez|profitez)|tu (?:bénéficies|reçois|profites))\b|^(?:faire|faites|fais) (?:le|mon|votre|ton) bilan (?:assurance|de contrats?)\W*$|^(?:votre|ton) bilan (?:assurance|de contrats?)\b)"},
  {C::upsell, L::es, false, R"(^(?:hazte|hágase|hacerse) (?:socio|socia|miembro)\W*$|\b(?:desde|por) \d+ ?€ al año,? (?:recibes|tienes|disfrutas|recibe|tiene|disfruta)\b|^(?:revisa|revise) (?:tu|su) (?:póliza|seguro|tarifa)\W*$|^(?:tu|su) revisión de (?:póliza|seguro|tarifa)\b)"},
  {C::upsell, L::it, false, R"(^(?:diventa|diventare) (?:socio|socia|membro)\W*$|\b(?:da|con) (?:soli )?\d+ ?€ all'anno,? (?:ricevi|hai|ottieni|riceve|ha)\b|^(?:fai|fate|verifica) (?:il )?check-?up (?:della|delle) (?:tua |tue )?(?:polizz|assicurazion)\pL*\W*$|^il tuo check-?up (?:assicurativo|polizza)\b)"},
  {C::upsell, L::nl, false, R"(^(?:word|wordt) (?:nu )?lid\W*$|\bvoor (?:maar |slechts )?€ ?\d+ per jaar (?:krijg|ontvang|geniet) (?:je|u)\b|^(?:doe|start) (?:de|je|uw) (?:polis|verzekerings)check\W*$|^(?:je|uw) (?:gratis )?(?:polis|verzekerings)check\b)"},
  {C::upsell, L::pt, false, R"(^(?:torne-se|torna-te|seja|sê) (?:sócio|sócia|membro)\W*$|\b(?:a partir de|por) (?:apenas )?\d+ ?€ por ano,? (?:recebe|tem|ganha|usufrui)\b|^(?:faça|faz) (?:a|o) (?:revisão|check-?up) (?:da sua|do seu|dos seus) (?:apólice|seguros?)\W*$|^(?:a sua|o seu) check-?up (?:de seguros|da apólice)\b)"},
  // A venue's or club's membership box: the yearly price followed by what
  // it gives on every ticket ("The Friends card is £20 a year and all your
  // tickets..."). Its first-person button is a button in the reader's voice.
  {C::upsell, L::en, false, R"(\b(?:it's|is) (?:just |only )?[$£€] ?\d+ a year,? (?:and|for) (?:all )?(?:your|every)\b)"},
  {C::upsell, L::de, false, R"(\b(?:kostet|für) (?:nur )?\d+ ?(?:€|euro) (?:im|pro) jahr,? und (?:alle )?(?:ihre|deine)\b)"},
  {C::upsell, L::fr, false, R"(\bc'est \d+ ?€ par an,? et (?:toutes |tous )?(?:vos|tes|des)\b)"},
  {C::upsell, L::es, false, R"(\b(?:son|cuesta) (?:solo )?\d+ ?€ al año,? y (?:todas )?(?:tus|sus)\b)"},
  {C::upsell, L::it, false, R"(\bcosta (?:solo )?\d+ ?€ all'anno,? e (?:tutti )?(?:i tuoi|i suoi)\b)"},
  {C::upsell, L::nl, false, R"(\bkost (?:maar |slechts )?€ ?\d+ per jaar,? en (?:al )?(?:je|uw)\b)"},
  {C::upsell, L::pt, false, R"(\b(?:custa|são) (?:apenas )?(?:r\$ ?\d+|\d+ ?€) por ano,? e (?:todos )?(?:os )?(?:seus|teus)\b)"},
  // A shareware author's registration pitch: the reader still on the
  // trial, what registering removes (the time limit, the reminder screen).
  {C::upsell, L::en, false,
   R"(\bstill (?:using|running|on) (?:the|a|your) (?:free )?(?:trial|demo|evaluation|unregistered|shareware)(?: version| copy)?\b|\bplease (?:think about|consider) registering\b|\b(?:registering|registration) (?:also )?removes\b|\bremoves? the (?:\d+-day )?(?:time limit|nag screen|reminder screen|registration screen)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:nutzen|verwenden) sie (?:noch )?(?:immer )?die (?:test|demo|shareware|probe|evaluierungs)version\b|\b(?:die )?registrierung (?:kostet [^.!?]{0,30}und )?entfernt\b|\bentfernt (?:das|den) (?:erinnerungs|hinweis|registrierungs)(?:fenster|bildschirm|dialog)\b)"},
  {C::upsell, L::fr, false,
   R"(\butilisez (?:encore|toujours) la version (?:d'essai|de démonstration|d'évaluation|shareware|non enregistrée)\b|\bl'enregistrement (?:coûte [^.!?]{0,30}et )?supprime\b|\bsupprime l'écran (?:de rappel|d'enregistrement)\b)"},
  {C::upsell, L::es, false,
   R"(\b(?:usas|usa|utilizas|utiliza) (?:todavía|aún) la versión (?:de prueba|demo|de evaluación|shareware|sin registrar)\b|\bel registro (?:cuesta [^.!?]{0,30}y )?elimina\b|\belimina la pantalla (?:de recordatorio|de registro)\b)"},
  {C::upsell, L::it, false,
   R"(\b(?:usi|usa|utilizzi|utilizza) ancora la versione (?:di prova|demo|shareware|non registrata)\b|\bla registrazione (?:costa [^.!?]{0,30}e )?(?:elimina|rimuove)\b|\b(?:elimina|rimuove) la schermata (?:di promemoria|di registrazione)\b)"},
  {C::upsell, L::nl, false,
   R"(\b(?:gebruik je|gebruikt u) (?:nog )?(?:steeds )?de (?:proef|demo|shareware|evaluatie)versie\b|\bregistratie (?:kost [^.!?]{0,30}en )?verwijdert\b|\bverwijdert het (?:herinnerings|registratie)scherm\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:usa|utiliza) ainda a versão (?:de avaliação|de teste|demo|shareware|não regist(?:r)?ada)\b|\bo regist(?:r)?o (?:custa [^.!?]{0,30}e )?remove\b|\bremove (?:a tela|o ecrã) (?:de lembrete|de regist(?:r)?o)\b)"},
  // A society's or a site's members' area, pitched to the reader ("MEMBERS'
  // AREA: members can log in now to search ..."), as its box's heading.
  {C::upsell, L::en, false, R"(^members'? area\b|\bmembers can (?:now )?log ?in (?:now )?to\b)"},
  {C::upsell, L::de, false, R"(^mitgliederbereich\b|\bmitglieder können sich (?:jetzt )?einloggen\b)"},
  {C::upsell, L::fr, false, R"(^espace (?:membres?|adhérents?)\b|\bles (?:membres|adhérents) peuvent (?:dès maintenant |désormais )?se connecter\b)"},
  {C::upsell, L::es, false, R"(^área (?:de socios|de miembros|privada)\b|\blos socios (?:ya )?pueden (?:acceder|entrar)\b)"},
  {C::upsell, L::it, false, R"(^area (?:soci|riservata|membri)\b|\bi soci possono (?:ora |già )?accedere\b)"},
  {C::upsell, L::nl, false, R"(^leden(?:portaal|gedeelte|omgeving)\b|\bleden kunnen (?:nu )?inloggen\b)"},
  {C::upsell, L::pt, false, R"(^área (?:do associado|de sócios|de membros|reservada)\b|\bos (?:sócios|associados|membros) (?:já )?podem (?:acessar|aceder|entrar)\b)"},
  // A carrier's tariff upgrade button, and a phone on instalments: no
  // down payment, then so many months at a price.
  {C::upsell, L::en, false, R"(^(?:upgrade (?:now|your (?:plan|tariff|contract))|upgrade my (?:plan|tariff))\W*$|[$£€] ?0 (?:down|upfront)\b|\b(?:no|zero) (?:down payment|upfront cost)\b|^\d+ ?x [$£€] ?\d+(?:[.,]\d+)? (?:a|per) month\b)"},
  {C::upsell, L::de, false, R"(^(?:jetzt )?(?:tarif|vertrag) (?:upgraden|hochstufen|aufwerten)\W*$|\b0 ?(?:€|euro) anzahlung\b|\bohne anzahlung\b|^\d+ ?x \d+(?:,\d+)? ?€ (?:monatlich|mtl\.?|im monat|pro monat))"},
  {C::upsell, L::fr, false, R"(^(?:changer de forfait|passer au forfait supérieur|faire évoluer (?:mon|votre) forfait)\W*$|\b0 ?€ d'apport\b|\bsans apport\b|^\d+ ?x \d+(?:,\d+)? ?€ par mois\b)"},
  {C::upsell, L::es, false, R"(^(?:mejora|mejorar|cambia) (?:tu |de )?tarifa\W*$|\b0 ?€ de entrada\b|\bsin entrada inicial\b|^\d+ ?(?:x|cuotas de) \d+(?:,\d+)? ?€ al mes\b)"},
  {C::upsell, L::it, false, R"(^(?:passa a un'offerta superiore|cambia (?:tariffa|piano))\W*$|\banticipo zero\b|\b0 ?€ di anticipo\b|\bsenza anticipo\b|^\d+ ?(?:x|rate da) \d+(?:,\d+)? ?€ al mese\b)"},
  {C::upsell, L::nl, false, R"(^(?:upgrade (?:je|uw) abonnement|stap over op een groter abonnement)\W*$|\bgeen aanbetaling\b|€ ?0 aanbetaling\b|^\d+ ?x € ?\d+(?:,\d+)? per maand\b)"},
  {C::upsell, L::pt, false, R"(^(?:mude de tarifário|melhore o seu tarifário|faça upgrade do (?:seu )?(?:plano|tarifário))\W*$|\b0 ?€ de entrada\b|\bsem entrada inicial\b|^\d+ ?x \d+(?:,\d+)? ?€ por mês\b)"},
  // The button under a paper's subscription offer that names its paid
  // tier: "Jetzt RK Plus testen", "Try Courier Premium now".
  {C::upsell, L::en, false, R"(^(?:try|start|get) (?:[\pL+-]+ ){1,3}(?:plus|premium|digital|\+)(?: (?:free|now|today))?\W*$)"},
  {C::upsell, L::de, false, R"(^jetzt (?:[\pL+-]+ ){1,3}(?:plus|premium|digital|\+) (?:testen|lesen|abonnieren|sichern)\W*$)"},
  {C::upsell, L::fr, false, R"(^(?:essayez|testez|découvrez) (?:[\pL+-]+ ){1,3}(?:premium|abonnés|\+)(?: maintenant)?\W*$)"},
  {C::upsell, L::es, false, R"(^(?:prueba|pruebe) (?:[\pL+-]+ ){1,3}(?:premium|plus|\+)(?: ahora| gratis)?\W*$)"},
  {C::upsell, L::it, false, R"(^(?:prova|provate) (?:[\pL+-]+ ){1,3}(?:premium|plus|\+)(?: ora| gratis)?\W*$)"},
  {C::upsell, L::nl, false, R"(^(?:probeer|test) (?:[\pL+-]+ ){1,3}(?:premium|plus|\+)(?: nu| gratis)?\W*$)"},
  {C::upsell, L::pt, false, R"(^(?:experimente|teste) (?:[\pL+-]+ ){1,3}(?:premium|plus|\+)(?: agora| grátis)?\W*$)"},
  // Under a paywall's cut: the bare trial button ("Start trial") and the
  // sign-in line for readers who already pay; and the button that joins the
  // site's paid membership by its tier ("Join Pulse Plus").
  {C::upsell, L::en, false,
   R"(^start (?:(?:your|a|my) )?(?:free )?trial\W*$|^already (?:a )?(?:paid |paying |premium )?(?:subscriber|member)\? (?:sign|log) ?in\b|^join (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|gold|insider|\+)\W*$)"},
  {C::upsell, L::de, false,
   R"(^(?:gratis-?|kostenlos(?:e[ns]?)? )?(?:test|probe)(?:zeitraum|phase|abo|monat)? starten\W*$|^(?:schon|bereits) (?:abonnent|abonniert|mitglied|zahlende[rs]? abonnent)\pL*\? (?:hier )?(?:einloggen|anmelden)\b|^(?:werde|werden sie) (?:[\pL+-]+ ){0,2}(?:plus|premium|pro|\+)-?mitglied\W*$)"},
  {C::upsell, L::fr, false,
   R"(^(?:commencer|démarrer|commencez|démarrez) (?:l'|mon |votre )?essai(?: gratuit)?\W*$|^déjà (?:abonné|membre)\pL* ?\? (?:se connecter|connectez-vous|identifiez-vous)\b|^(?:rejoindre|rejoignez) (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|\+)\W*$)"},
  {C::upsell, L::es, false,
   R"(^(?:empezar|comenzar|iniciar|empieza|comienza|inicia) (?:la |mi |tu )?prueba(?: gratuita| gratis)?\W*$|^¿?ya (?:eres|es) (?:suscriptor|miembro)\pL*(?: de pago)?\? (?:inicia sesión|accede|entra)\b|^(?:únete a|unirse a|hazte) (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|\+)\W*$)"},
  {C::upsell, L::it, false,
   R"(^(?:inizia|avvia|iniziare) (?:la |il )?(?:prova|periodo di prova)(?: gratuit[ao])?\W*$|^sei già (?:abbonat|iscritt|membro)\pL*\? (?:accedi|entra)\b|^(?:unisciti a|entra in) (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|\+)\W*$)"},
  {C::upsell, L::nl, false,
   R"(^(?:start|begin) (?:de |je |mijn )?(?:gratis )?proef(?:periode|abonnement)?\W*$|^al (?:een )?(?:betalende )?(?:abonnee|lid)\? (?:log in|inloggen|meld je aan)\b|^word lid van (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|\+)\W*$)"},
  {C::upsell, L::pt, false,
   R"(^(?:começar|iniciar|comece|inicie) (?:o |meu |seu |a )?(?:teste|período de teste|avaliação)(?: grátis| gratuit[oa])?\W*$|^já (?:é|és) (?:assinante|membro|subscritor)\pL*\? (?:entre|faça login|inicie sessão)\b|^(?:junte-se a|junte-se ao|assine o) (?:[\pL+-]+ ){1,3}(?:plus|premium|pro|\+)\W*$)"},
  // A program's trial to download ("Download a free 30-day trial of ..."),
  // and the heading of its box ("TRY TAXPREP FREE").
  {C::upsell, L::en, false,
   R"(\bfree (?:\d+|thirty|fifteen|fourteen|seven)[- ]day trial\b|\b(?:download|get) (?:a |the |our )?(?:free )?trial (?:version|copy|edition)\b|^try (?:[\pL-]+ ){1,3}(?:free|for free)\W*$)"},
  {C::upsell, L::de, false,
   R"(\bkostenlose (?:\d+|dreißig|vierzehn)[- ]?tägige? test(?:version|phase)\b|\b\d+ tage (?:kostenlos|gratis) testen\b|\b(?:laden sie|lade) (?:die |eine |unsere )?(?:kostenlose )?testversion\b|^(?:[\pL-]+ ){1,3}(?:kostenlos|gratis) testen\W*$)"},
  {C::upsell, L::fr, false,
   R"(\bessai gratuit de (?:\d+|trente|quinze) jours\b|\bversion d'essai gratuite\b|\btéléchargez (?:la|une|notre) version d'essai\b|^essayez (?:[\pL-]+ ){1,3}gratuitement\W*$)"},
  {C::upsell, L::es, false,
   R"(\bprueba gratuita de (?:\d+|treinta|quince) días\b|\bversión de prueba gratuita\b|\bdescarga (?:la|una) versión de prueba\b|^prueba (?:[\pL-]+ ){1,3}gratis\W*$)"},
  {C::upsell, L::it, false,
   R"(\bprova gratuita di (?:\d+|trenta|quindici) giorni\b|\bversione di prova gratuita\b|\bscarica (?:la|una) versione di prova\b|^prova (?:[\pL-]+ ){1,3}gratis\W*$)"},
  {C::upsell, L::nl, false,
   R"(\bgratis proefversie\b|\b(?:\d+|dertig|veertien) dagen gratis (?:uit)?proberen\b|\bdownload (?:de|een) (?:gratis )?proefversie\b|^probeer (?:[\pL-]+ ){1,3}gratis\W*$)"},
  {C::upsell, L::pt, false,
   R"(\bavaliação gratuita de (?:\d+|trinta|quinze) dias\b|\bversão de avaliação gratuita\b|\bteste grátis (?:de|por) (?:\d+|trinta|quinze) dias\b|\b(?:baixe|descarregue) (?:a|uma) versão (?:de avaliação|de teste)\b|^experimente (?:[\pL-]+ ){1,3}grátis\W*$)"},
  // A plan upgrade in a subscriber's mail: the button to switch to the
  // higher tier, the pitch of what it brings ("Mit X Plus sehen Sie ..."),
  // when the new price applies; and a paper's paywall: the read-on link
  // under a paid article's teaser and what the paid tier includes.
  {C::upsell, L::en, false,
   R"(^(?:switch|move|upgrade) to (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: now| today)?\W*$|\bget (?:even )?more (?:out )?of your (?:subscription|plan|membership)\b)"
   R"(|\bwith (?:[\pL+-]+ ){1,2}(?:plus|premium),? you(?:'ll)? (?:get|can|watch|stream|enjoy|listen|read)\b|\b(?:from|starting with) your next billing (?:period|cycle|date)\b)"
   R"(|^(?:continue|keep) reading with (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium|a subscription)\W*$|^(?:all|every) (?:[\pL\pN-]*\+ |plus |premium |subscriber-only )(?:articles|stories)\b)"},
  {C::upsell, L::de, false,
   R"(^(?:jetzt )?(?:auf|zu) (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+) (?:wechseln|upgraden)\W*$|\b(?:holen sie|hol dir|hole) (?:noch )?mehr aus (?:ihrem|deinem) (?:abo|abonnement|tarif)\b)"
   R"(|\bmit (?:[\pL+-]+ ){1,2}(?:plus|premium) (?:sehen|streamen|schauen|hören|genießen|lesen|bekommen|erhalten) (?:sie|du)\b|\bab (?:ihrem|deinem|dem) nächsten abrechnungs(?:zeitraum|monat|datum)\b)"
   R"(|^(?:mit|als) (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium|abo|abonnent(?:in)?) weiterlesen\W*$|^weiterlesen mit (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium|abo)\W*$)"
   R"(|^alle (?:[\pL\pN-]*\+-?|plus-|premium-|abo-)artikel\b|\bdas e-paper (?:schon |bereits )?(?:ab \d+ uhr )?am vorabend\b)"},
  {C::upsell, L::fr, false,
   R"(^(?:passer|passez) (?:à|au) (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: maintenant)?\W*$|\b(?:profitez (?:encore )?plus de|tirez le meilleur (?:parti )?de) votre abonnement\b)"
   R"(|\bavec (?:[\pL+-]+ ){1,2}(?:plus|premium),? (?:vous|tu) (?:profitez|regardez|pouvez|bénéficiez|écoutez)\b|à partir de votre prochaine (?:période de )?facturation\b)"
   R"(|^(?:lire|continuer) la (?:suite|lecture) avec (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|premium|abonnés|l'abonnement)\W*$|^tous les articles (?:abonnés|premium|\+))"},
  {C::upsell, L::es, false,
   R"(^(?:cámbiate|pásate|cambia) a (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: ahora| ya)?\W*$|\b(?:sácale más partido a|aprovecha al máximo) tu (?:suscripción|plan)\b)"
   R"(|\bcon (?:[\pL+-]+ ){1,2}(?:plus|premium),? (?:disfrutas|puedes|ves|disfruta|puede)\b|\ba partir de tu próximo (?:periodo|ciclo) de facturación\b)"
   R"(|^(?:sigue|seguir|continúa|continuar) leyendo con (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium)\W*$|^todos los (?:artículos|contenidos) (?:premium|exclusivos|plus|\+))"},
  {C::upsell, L::it, false,
   R"(^passa a (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: ora| subito)?\W*$|\b(?:ottieni (?:di )?più dal|sfrutta al massimo il) tuo abbonamento\b)"
   R"(|\bcon (?:[\pL+-]+ ){1,2}(?:plus|premium),? (?:guardi|puoi|ascolti|hai)\b|\bdal (?:tuo|suo) prossimo (?:periodo|ciclo) di fatturazione\b)"
   R"(|^(?:continua a leggere|leggi tutto) con (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium)\W*$|^tutti gli articoli (?:premium|plus|\+))"},
  {C::upsell, L::nl, false,
   R"(^(?:stap over op|overstappen naar|upgrade naar) (?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: nu)?\W*$|\bhaal (?:nog )?meer uit (?:je|uw) abonnement\b)"
   R"(|\bmet (?:[\pL+-]+ ){1,2}(?:plus|premium) (?:kijk|kun|kan|geniet|luister|lees) (?:je|u)\b|\bvanaf (?:je|uw) volgende (?:factuur|factuurperiode|betaalperiode)\b)"
   R"(|^(?:lees verder|verder lezen) met (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium)\W*$|^alle (?:plus|premium|\+)-?artikelen\b)"},
  {C::upsell, L::pt, false,
   R"(^(?:mude|mudar|passe) para (?:o )?(?:[\pL+-]+ ){0,3}(?:premium|pro|plus|\+)(?: agora| já)?\W*$|\btire (?:ainda )?mais (?:partido )?(?:da sua|do seu) (?:assinatura|subscrição|plano)\b)"
   R"(|\bcom (?:o )?(?:[\pL+-]+ ){1,2}(?:plus|premium),? (?:você |tu )?(?:assiste|vê|pode|tem|aproveita)(?:[^\pL\pN]|$)|\ba partir do (?:seu|teu) próximo (?:período|ciclo) de (?:faturação|faturamento|cobrança)\b)"
   R"(|^(?:continue|continuar) a ler com (?:[\pL\pN+-]+ ){0,2}(?:[\pL\pN-]*\+|plus|premium)\W*$|^todos os artigos (?:premium|exclusivos|plus|\+))"},
  // A software vendor's step up sold to the owners of its lesser product:
  // "registered users upgrade for $29", "add a firewall to the antivirus
  // you already own".
  {C::upsell, L::en, false,
   R"(\b(?:registered|existing|current) (?:[\pL-]+ ){0,3}(?:users|owners|customers|subscribers) (?:can )?upgrade (?:for|at) (?:only |just )?[$€£]? ?\d)"
   R"(|\b(?:add|bring|get) [^.!?]{0,60}\bto the (?:[\pL-]+ ){0,3}you already (?:own|have|use)\b)"},
  {C::upsell, L::de, false,
   R"(\b(?:registrierte|bestehende) (?:[\pL-]+ ){0,3}(?:nutzer|kunden|anwender)\pL* (?:erhalten das upgrade|können für [^.!?]{0,20}upgraden|upgraden für)\b|\bupgrade für (?:registrierte|bestehende) (?:nutzer|kunden|anwender)\pL* (?:für|zum preis von|ab)\b)"
   R"(|\bergänzen sie [^.!?]{0,60}\b(?:das|den|die) sie bereits (?:besitzen|nutzen|haben)\b)"},
  {C::upsell, L::fr, false,
   R"(\b(?:les )?(?:utilisateurs|clients) (?:enregistrés|actuels|existants) (?:[\pL-]+ ){0,3}(?:passent|migrent|évoluent) (?:à|vers) [^.!?]{0,40}\bpour (?:seulement )?\d)"
   R"(|\bajoutez [^.!?]{0,60}(?:^|[^\pL\pN])à (?:l'|la |le )[\pL -]{0,30}\bque vous (?:possédez|avez|utilisez) déjà(?:[^\pL\pN]|$))"},
  {C::upsell, L::es, false,
   R"(\b(?:los )?(?:usuarios|clientes) (?:registrados|actuales) (?:[\pL-]+ ){0,3}(?:actualizan|pasan a|se actualizan) [^.!?]{0,40}\bpor (?:solo )?[$€]? ?\d)"
   R"(|\bañade [^.!?]{0,60}\bal? [\pL -]{0,30}\bque ya (?:tienes|usas|posees)\b)"},
  {C::upsell, L::it, false,
   R"(\bgli (?:utenti|clienti) (?:registrati|attuali) (?:[\pL-]+ ){0,3}(?:passano a|aggiornano a) [^.!?]{0,40}\bper (?:soli )?€? ?\d)"
   R"(|\baggiungi [^.!?]{0,60}\bal(?:l')? ?[\pL -]{0,30}\bche (?:già possiedi|possiedi già|usi già|hai già)(?:[^\pL\pN]|$))"},
  {C::upsell, L::nl, false,
   R"(\b(?:geregistreerde|bestaande) (?:[\pL-]+ ){0,3}(?:gebruikers|klanten) (?:upgraden|stappen over) (?:voor|naar [^.!?]{0,40}\bvoor) (?:slechts )?€? ?\d)"
   R"(|\bvoeg [^.!?]{0,60}\btoe aan (?:de|het) [\pL -]{0,30}\bdie (?:je|u) al (?:hebt|heeft|gebruikt)\b)"},
  {C::upsell, L::pt, false,
   R"(\b(?:os )?(?:usuários|utilizadores|clientes) (?:registados|registrados|atuais) (?:[\pL-]+ ){0,3}(?:atualizam|passam para) [^.!?]{0,40}\bpor (?:apenas )?(?:r\$|€)? ?\d)"
   R"(|\badicione [^.!?]{0,60}\bao? [\pL -]{0,30}\bque (?:você )?já (?:tem|possui|usa)\b)"},

  // A trial that asks for no card to start it.
  {C::upsell, L::en, false, R"(\bno credit card (?:required|needed)\b)"},
  {C::upsell, L::de, false, R"(\bkeine kreditkarte (?:erforderlich|nötig|notwendig)\b)"},
  {C::upsell, L::fr, false, R"(\b(?:sans|aucune) carte (?:bancaire|de crédit) (?:requise|nécessaire)\b)"},
  {C::upsell, L::es, false, R"(\bsin (?:necesidad de )?tarjeta de crédito\b)"},
  {C::upsell, L::it, false, R"(\b(?:senza|nessuna) carta di credito(?: richiesta)?\b)"},
  {C::upsell, L::nl, false, R"(\bgeen creditcard nodig\b)"},
  {C::upsell, L::pt, false, R"(\bsem (?:precisar de )?cartão de crédito\b)"},
  // ---- donation --------------------------------------------------------------------------
  {C::donation, L::en, false,
   R"(donate (?:now|today|here|to)|make a (?:donation|contribution|gift)|please donate|chip in|tip jar|buy me a coffee|)"
   R"(support (?:my|our|this) (?:work|independent|journalism|newsletter|writing|project)|become a (?:patron|supporter)|reader-supported|)"
   R"(a (?:monthly|one-time|yearly|recurring) (?:gift|donation)|(?:reader|member)-funded|)"
   R"(help us (?:stay|remain|keep (?:it|this|going))|keep (?:us|this newsletter) (?:going|independent|free)|)"
   R"((?:renew|pay) your (?:membership|dues)|your membership (?:fee|dues)|)"
   R"((?:subscriptions?|membership|dues|membership fees?) (?:for [\w/ -]{1,12} )?(?:are|is) now due|renew (?:online|now|today) at|gift aid|)"
   R"((?:a )?gift in your will|remember us in your will|legacy giving|(?:gift|donation)s? (?:is|are) tax[- ]deductible|tax[- ]deductible (?:gift|donation)|make your gift (?:today|now))"
   R"(|voluntary (?:contribution|donation|fee)|parents'? contribution|become a friend (?:of|today|now)\b|join the friends of|sign (?:the|our) petition|add your (?:name|signature) (?:to|now))"
   R"(|(?:share|forward) (?:the|our|this) petition|already signed\?)"
   R"(|i want to (?:help|give|donate|contribute)\W*$|with (?:just |only )?[$£€]\d+ a month,? you can)"},
  {C::donation, L::de, false,
   R"(jetzt spenden|spende (?:jetzt|an uns|für)|mit einer spende|spendenkonto|unterstütze (?:uns|mich|unsere arbeit)|)"
   R"(unterstützen sie (?:uns|unsere arbeit)|(?:werde|werden sie) (?:jetzt )?(?:förderer|fördermitglied|unterstützer|patin|pate)|)"
   R"((?:förderer|unterstützer|unterstützerin) werden|lebt von (?:ihrer|deiner|eurer|der) unterstützung|werbefrei und unabhängig|)"
   R"(helfen sie uns (?:weiter|dabei)|hilf uns (?:weiter|dabei)|(?:mit einem|einen) (?:kleinen|freiwilligen) beitrag|kaffeekasse|)"
   R"((?:der|ihr|dein|euer|unser) mitglied(?:s|er)beitrag (?:für \d{4}|wird|ist|beträgt|in höhe)|(?:den|ihren|deinen|euren) mitglied(?:s|er)beitrag(?: (?:für )?\d{4})? (?:schon |bereits |noch nicht )(?:bezahlt|überwiesen|entrichtet)|mitglied(?:s|er)beiträge (?:an|sind|für \d{4})|mitglied(?:s|er)beitr(?:ag|äge) (?:überweisen|zahlen|bezahlen|entrichten)|)"
   R"((?:uns|den verein|die stiftung) in (?:ihrem|deinem) testament|testamentsspende|(?:ihre|deine) spende (?:ist )?steuerlich absetzbar|spenden (?:sind|ist) steuerlich absetzbar)"
   R"(|freiwillige[rn]? (?:eltern)?beitrag|freiwillige spende|(?:werde|werden sie) (?:jetzt )?(?:mitglied im )?freundeskreis|unterschreibe?n? (?:sie )?(?:jetzt |auch )?(?:die|unsere) petition|jetzt unterschreiben|unterschreib auch du)"
   R"(|(?:teile|teilt|teilen sie) (?:die|unsere|diese) petition|(?:schon|bereits) unterschrieben\?)"
   R"(|ich (?:will|möchte) (?:helfen|spenden|unterstützen)\W*$|mit (?:nur )?\d+ euro (?:im monat|monatlich) (?:kannst du|können sie))"},
  {C::donation, L::fr, false,
   R"(faire un don|faites un don|fais un don|soutenez-nous|soutenez (?:notre|ce|cette)|soutenir (?:notre|ce|cette) (?:travail|média|newsletter|journal)|)"
   R"(devenez (?:donateur|donatrice|mécène|soutien)|chaque don|aidez-nous à (?:rester|continuer)|)"
   R"((?:votre|ton) adhésion (?:pour|à|n'est)|(?:adhérez|renouvelez votre adhésion)|nous permet(?:tra)? de continuer|)"
   R"((?:penser à nous|nous inscrire|nous désigner) dans (?:votre|ton) testament|legs (?:et|ou) donations?|(?:votre|ton) don (?:est )?déductible|de (?:vos|tes) dons? (?:est |sont )?déductibles?)"
   R"(|contribution volontaire|participation (?:financière )?volontaire|devenez ami(?:e|s)? (?:du|de la|des)|signez (?:la|notre) pétition|signez vous aussi|je signe la pétition)"
   R"(|partage[zr]? (?:la|notre|cette) pétition|déjà signé\W{0,2}\?)"
   R"(|je (?:veux|souhaite) (?:aider|donner|soutenir|contribuer)\W*$|avec (?:seulement )?\d+ ?(?:€|euros) par mois,? (?:vous pouvez|tu peux))"},
  {C::donation, L::es, false,
   R"(haz una donación|hacer una donación|dona (?:ahora|aquí)|apóyanos|apoya (?:nuestro|este|esta) (?:trabajo|proyecto|periodismo|boletín)|)"
   R"(hazte (?:mecenas|socio)|invítame a un café|(?:colabora|contribuye) con una (?:aportación|donación)|haz una aportación|)"
   R"(si quieres que (?:siga|sigamos) (?:saliendo|existiendo|adelante)|(?:tu|su) cuota de soci[oa]|)"
   R"((?:incluirnos|recordarnos) en tu testamento|legados? solidari|herencias? solidari|(?:que|lo que) dones\b|tu (?:donativo|donación|aportación) desgrava|haz (?:tu|un) donativo)"
   R"(|aportación voluntaria|cuota voluntaria|hazte amig[oa] (?:del|de la|de los)|firma (?:la|nuestra) petición|firma tú también|añade tu firma)"
   R"(|comparte (?:la|nuestra|esta) petición|ya (?:has )?firmado\?|ya firmaste\?)"
   R"(|quiero (?:colaborar|donar|ayudar)\W*$|con (?:solo )?\d+ ?(?:€|euros) al (?:mes|año),? (?:puedes|podrás))"},
  {C::donation, L::it, false,
   R"(fai una donazione|dona ora|sostienici|sostieni (?:il nostro|questo|questa|la nostra)|diventa (?:sostenitore|sostenitrice|mecenate)|offrimi un caffè|)"
   R"(contributo (?:libero|volontario)|(?:vive|esiste|va avanti) grazie (?:ai|alle) (?:lettori|lettrici|sostenitori|donazioni)|)"
   R"(offri(?:ci|mi) un caffè|grazie a chi la sostiene|con una (?:piccola )?donazione|sostienil[aeio]|quota associativa|rinnova (?:la tua |la )?(?:tessera|iscrizione)|)"
   R"((?:ricordarci|includerci) nel (?:tuo )?testamento|lasciti? solidal|(?:di )?quanto doni\b|(?:la tua|le tue) donazion[ei] (?:è |sono )?(?:deducibil|detraibil))"
   R"(|diventa amic[oa] (?:del|della|dei)|firma anche tu|firma (?:la|la nostra) petizione|aggiungi la tua firma)"
   R"(|condividi (?:la|la nostra|questa) petizione|hai già firmato\?)"
   R"(|voglio (?:aiutare|donare|contribuire|sostenere)\W*$|con (?:soli |solo )?\d+ ?(?:€|euro) al mese,? (?:puoi|potete))"},
  {C::donation, L::nl, false,
   R"(doneer (?:nu|hier|via)|doe een donatie|steun (?:ons|onze|deze|mij)\b|word (?:donateur|steunlid|vriend van)|met een gift|)"
   R"(help ons (?:dat zo te houden|door te gaan|onafhankelijk)|met een (?:kleine|vrijwillige|financiële) bijdrage|(?:je|uw) (?:lidmaatschap|contributie) voor|)"
   R"((?:ons|onze stichting|onze vereniging) (?:op(?:nemen|neemt)|noemen) in (?:je|uw) testament|(?:je|uw) gift is (?:fiscaal )?aftrekbaar|giften (?:zijn )?(?:fiscaal )?aftrekbaar)"
   R"(|vrijwillige (?:ouder)?bijdrage|word (?:nu )?vriend\b|teken (?:de|onze) petitie|teken (?:ook|nu) de petitie|zet (?:je|uw) handtekening)"
   R"(|deel (?:de|onze|deze) petitie|al getekend\?)"
   R"(|ik wil (?:helpen|doneren|steunen|bijdragen)\W*$|met (?:maar |slechts )?\d+ ?(?:€|euro) per maand,? (?:kun je|kunt u))"},
  {C::donation, L::pt, false,
   R"(faça uma doação|doe (?:agora|aqui)|apoie (?:o nosso|nosso|este|esta|a nossa)|(?:seja|torne-se) (?:um )?apoia(?:dor|nte)|contribua com|)"
   R"(ajude-nos a (?:continuar|manter)|(?:sua )?quota de sócio|renove (?:a sua |sua )?(?:assinatura de apoio|filiação)|)"
   R"(quotas (?:de \d{4} )?(?:já )?podem ser pagas|pagar (?:a sua |as )?quotas?|)"
   R"((?:incluir-nos|nos incluir|lembrar-se de nós) no (?:seu|teu) testamento|legado solidário|(?:sua|tua) doação (?:é )?dedutível|doações (?:são )?dedutíveis)"
   R"(|contribuição voluntária|(?:torne-se|seja) amig[oa] d[oa]s?\b|assine (?:a|a nossa) petição|assine também|(?:junte|adicione) a sua assinatura)"
   R"(|(?:partilhe|compartilhe) (?:a|a nossa|esta) petição|já assinou\?)"
   R"(|quero (?:ajudar|doar|contribuir|apoiar)\W*$|com (?:apenas )?\d+ ?(?:€|euros?|reais) por mês,? (?:você pode|pode))"},

  // A club's or a school's fundraising raffle selling its tickets: the
  // ticket's price, or the tickets on sale for the draw. A report of what
  // a raffle raised names neither.
  {C::donation, L::en, false,
   R"(raffle tickets? (?:are|cost|at|for) (?:only |just )?(?:[£$€] ?\d|\d+ ?p(?:[^\pL\pN]|$))|(?:[£$€] ?\d+(?:[.,]\d+)?|\d+ ?p) (?:a|per|each) (?:raffle )?ticket\b[^.!?]*\b(?:draw|prize|raffle)|(?:still )?selling (?:raffle )?tickets for (?:the|our) (?:raffle|prize draw|tombola))"},
  {C::donation, L::de, false,
   R"(lose (?:für|der) (?:die |unsere )?(?:tombola|verlosung)\b[^.!?]*\d|(?:tombola|verlosung)[^.!?]*\d+(?:,\d+)? ?(?:€|euro) (?:pro|je|das) los\b|\d+(?:,\d+)? ?(?:€|euro) (?:pro|je|das) los\b[^.!?]*(?:tombola|verlosung|preis|ziehung))"},
  {C::donation, L::fr, false,
   R"((?:tickets?|billets?|carnets?) de (?:tombola|loterie)\b[^.!?]*\d|\d+(?:,\d+)? ?(?:€|euros?) le (?:ticket|billet)\b[^.!?]*(?:carnet|lot|tirage|tombola))"},
  {C::donation, L::es, false,
   R"((?:vendiendo|a la venta|vendemos) (?:las )?(?:papeletas|rifas|boletos)\b|(?:papeletas|boletos|números) (?:para|de) (?:la |el |nuestra |nuestro )?(?:rifa|sorteo|cesta)\b[^.!?]*\d+(?:,\d+)? ?(?:€|euros?))"},
  {C::donation, L::it, false,
   R"(biglietti (?:della|per la) (?:lotteria|sottoscrizione|riffa)\b[^.!?]*\d|\d+(?:,\d+)? ?(?:€|euro) (?:a|al|il|per) biglietto\b[^.!?]*(?:estrazione|premi|lotteria))"},
  {C::donation, L::nl, false,
   R"(loten (?:voor|van) (?:de|onze) (?:loterij|verloting|tombola)\b[^.!?]*\d|(?:€ ?\d+(?:,\d+)?|\d+(?:,\d+)? euro) per lot\b[^.!?]*(?:trekking|prijs|loterij|verloting))"},
  {C::donation, L::pt, false,
   R"((?:bilhetes?|rifas?) (?:da|para a|do|para o) (?:rifa|tômbola|sorteio)\b[^.!?]*\d|(?:a vender|vendemos|estamos a vender) (?:as )?rifas\b)"},
  // An alumni or members' fund appeal: the gift, its deadline, that every
  // gift counts.
  {C::donation, L::en, false,
   R"(make your (?:gift|donation)\b|every gift (?:counts|matters|makes a difference|helps)|give online (?:today|now)|alumni participation|(?:annual|alumni|parents'?) fund\b)"},
  {C::donation, L::de, false,
   R"(jede spende (?:zählt|hilft)|spenden sie (?:jetzt )?online|ihre spende für (?:den|die|das) [\pL-]+fonds)"},
  {C::donation, L::fr, false,
   R"(chaque don compte|faites (?:votre|un) don (?:en ligne|avant|dès))"},
  {C::donation, L::es, false,
   R"(cada donativo cuenta|cada aporte cuenta|haz tu donativo|haga su donativo)"},
  {C::donation, L::it, false,
   R"(ogni dono conta|ogni donazione conta|fai la tua donazione)"},
  {C::donation, L::nl, false,
   R"(elke gift telt|doe (?:je|uw) gift|geef (?:nu )?online)"},
  {C::donation, L::pt, false,
   R"(cada doação conta|faça (?:a sua|sua) doação)"},
  // A member drive: its name, the matching gift for N more readers, the
  // thanks to those already members.
  {C::donation, L::en, false,
   R"(already a member\? thank you|(?:spring|fall|autumn|winter|summer|year-end|annual) member(?:ship)? drive|readers like you (?:pay for|fund|make)|if \d[\d,]* (?:more )?readers (?:join|give|donate|become members))"},
  {C::donation, L::de, false,
   R"(schon mitglied\? (?:danke|vielen dank)|leserinnen und leser wie (?:sie|du) (?:finanzieren|ermöglichen|bezahlen)|wenn (?:noch )?\d[\d.]* (?:weitere )?(?:leser|mitglieder)[\pL]* (?:mitmachen|beitreten|unterstützen))"},
  {C::donation, L::fr, false,
   R"(déjà membre ?\? merci|des lecteurs comme vous (?:financent|rendent possible|paient)|campagne d'adhésion)"},
  {C::donation, L::es, false,
   R"(ya eres (?:socio|miembro)\? gracias|lectores como tú (?:financian|hacen posible|pagan)|campaña de (?:socios|membresía))"},
  {C::donation, L::it, false,
   R"(sei già (?:socio|membro)\? grazie|lettori come te (?:finanziano|rendono possibile|pagano)|campagna (?:soci|di tesseramento))"},
  {C::donation, L::nl, false,
   R"(al lid\? (?:dank je|bedankt)|lezers zoals (?:jij|u) (?:betalen|financieren|maken)|ledenwerfactie)"},
  {C::donation, L::pt, false,
   R"(já é (?:sócio|membro)\? obrigad|leitores como você (?:financiam|tornam possível|pagam)|campanha de (?:sócios|membros))"},
  // A reader-funded newsroom's appeal: its journalism paid for by its
  // readers, or possible only with their support.
  {C::donation, L::en, false, R"(\b(?:is |are )?(?:only )?possible (?:thanks to|with|because of) the support of (?:our|its) readers\b|\b(?:is|are) (?:paid for|funded) by (?:its|our) readers\b)"},
  {C::donation, L::de, false, R"(\bnur (?:mit|dank) (?:der )?unterstützung (?:unserer|seiner|ihrer) (?:leserinnen und leser|leser(?:innen)?|leser:innen)\b|\b(?:wird|werden) von (?:unseren|seinen|ihren) (?:leserinnen und lesern|lesern|leser:innen) (?:finanziert|bezahlt)\b)"},
  {C::donation, L::fr, false, R"(\b(?:n'est possible que|uniquement) grâce au soutien de (?:nos|ses) lect(?:eurs|rices)\b|\b(?:est|sont) (?:financée?s?|payée?s?) par (?:nos|ses) lect(?:eurs|rices)\b)"},
  {C::donation, L::es, false, R"(\b(?:solo|sólo) (?:es posible )?(?:con|gracias al?) (?:el )?apoyo de (?:nuestros|sus) (?:lectores|lectoras)\b|\blo (?:pagan|financian|sostienen) (?:sus|nuestros) (?:lectores|lectoras)\b|\b(?:es|está) financiad[oa] por (?:sus|nuestros) (?:lectores|lectoras)\b)"},
  {C::donation, L::it, false, R"(\b(?:è possibile )?solo (?:grazie al|con il) sostegno dei (?:nostri |suoi )?(?:lettori|lettrici)\b|\b(?:è|sono) (?:pagat|finanziat)[oaie] dai (?:suoi |nostri )?(?:lettori|lettrici)\b)"},
  {C::donation, L::nl, false, R"(\b(?:kan|kunnen) (?:alleen|enkel) (?:met|dankzij) (?:de )?steun van (?:onze|haar|zijn) (?:lezers|leden)\b|\b(?:wordt|worden) (?:betaald|gefinancierd) door (?:onze|haar|zijn) (?:lezers|leden)\b)"},
  {C::donation, L::pt, false, R"(\b(?:só|apenas) (?:é possível )?(?:com o|graças ao) apoio d(?:os nossos|e nossos|os seus|os) leitores\b|\b(?:é|são) (?:pag|financiad)[oa]s? pel(?:os nossos|os seus|os) leitores\b)"},
  // What a paying member gets, said to the reader as a member ("As a
  // member you get the newsletter ad-free").
  {C::upsell, L::en, false, R"(^as a (?:member|paying member|supporter|paid subscriber),? you (?:get|receive|enjoy)\b)"},
  {C::upsell, L::de, false, R"(^als (?:mitglied|zahlendes mitglied|unterstützer(?:in)?|abonnent(?:in)?) (?:bekommst du|erhältst du|erhalten sie|bekommen sie|genießt du)\b)"},
  {C::upsell, L::fr, false, R"(^en tant que (?:membre|abonnée?|soutien),? (?:vous recevez|tu reçois|vous bénéficiez|tu bénéficies|vous profitez)\b)"},
  {C::upsell, L::es, false, R"(^como (?:miembro|socio|socia|suscriptor|suscriptora)(?: de pago)?,? (?:recibes|tienes|disfrutas|obtienes|recibe|tiene)\b)"},
  {C::upsell, L::it, false, R"(^come (?:socio|socia|membro|abbonato|abbonata|sostenitore|sostenitrice),? (?:ricevi|hai|ottieni|riceverai)\b)"},
  {C::upsell, L::nl, false, R"(^als (?:lid|betalend lid|abonnee|steunlid),? (?:krijg je|ontvang je|krijgt u|ontvangt u)\b)"},
  {C::upsell, L::pt, false, R"(^como (?:membro|sócio|sócia|assinante|apoiador|apoiadora),? (?:você )?(?:recebe|tem|ganha|recebes|tens)\b)"},
  // A small sum that helps: "just 5 euros a month helps us".
  {C::donation, L::en, false,
   R"((?:just|even|only) [$£€]? ?\d+(?:[.,]\d+)? ?(?:dollars|euros|pounds)? (?:a|per) month (?:helps|keeps|lets)\b)"},
  {C::donation, L::de, false,
   R"((?:schon|bereits|nur) \d+(?:,\d+)? ?(?:euro|€)(?: im monat| pro monat| monatlich)? (?:helfen|hilft)\b)"},
  {C::donation, L::fr, false,
   R"((?:même|dès|seulement|rien que) \d+(?:,\d+)? ?(?:€|euros?)(?: par mois)? (?:nous )?(?:aident|aide|suffisent)\b)"},
  {C::donation, L::es, false,
   R"((?:con )?(?:solo|sólo|apenas) \d+(?:,\d+)? ?(?:€|euros?)(?: al mes)? (?:nos )?(?:ayudan|ayudas|ayuda|basta)\b)"},
  {C::donation, L::it, false,
   R"((?:bastano|anche|solo) \d+(?:,\d+)? ?(?:€|euro)(?: al mese)? (?:per aiutarci|ci aiutano|aiutano)\b)"},
  {C::donation, L::nl, false,
   R"((?:al|slechts|maar) \d+(?:,\d+)? ?(?:euro|€)(?: per maand| per jaar)? (?:helpt|helpen)\b)"},
  {C::donation, L::pt, false,
   R"((?:apenas|só|mesmo) \d+(?:,\d+)? ?(?:€|euros?|reais)(?: por mês)? (?:já )?(?:nos )?(?:ajudam|ajuda)\b)"},
  // A charity's appeal: what a sum could pay for ("£30 could pay for a set
  // of spare parts"), gifts matched by a funder, places in a charity run,
  // and a members' dues that fall due or renew on-line.
  {C::donation, L::en, false,
   R"((?:[$£€] ?\d[\d,.]*|\d[\d,.]* (?:pounds|dollars|euros)) could (?:pay for|provide|buy|fund|train|give|cover|supply)\b)"
   R"(|\b(?:gifts?|donations?) [^.!?]{0,40}\b(?:matched|doubled) (?:pound for pound|dollar for dollar|euro for euro)|\bwill be matched by\b[^.!?]{0,40}\bup to [$£€])"
   R"(|\bcharity places? (?:in|at|for) the\b|\b(?:run|walk|cycle|swim|fundraise) for (?:us|our cause)\b)"
   R"(|(?:subscriptions?|membership|dues|membership fees?) (?:for [\w/ -]{1,12} )?falls? due\b|renew on-line at\b)"},
  {C::donation, L::de, false,
   R"(\b(?:mit )?\d[\d.]*(?:,\d+)? ?(?:€|euro) (?:können|kann) (?:wir |sie |du )?[^.!?]{0,40}(?:finanzieren|bezahlen|ermöglichen|kaufen)\b)"
   R"(|\b(?:jede|ihre|deine) spende wird [^.!?]{0,40}verdoppelt|startplätze (?:für|in) (?:unser|unserem|unseren) (?:team|charity)|\blauf(?:en sie)? für (?:uns|den guten zweck)\b)"
   R"(|mitgliedsbeiträge? (?:für \d{4} )?(?:werden|wird|sind|ist) (?:am [^.!?]{1,20} )?fällig)"},
  {C::donation, L::fr, false,
   R"(\b\d[\d ]*(?:,\d+)? ?(?:€|euros?) (?:peuvent|peut|permettent|permet) (?:de )?(?:financer|payer|acheter|fournir|former)\b)"
   R"(|\b(?:chaque|votre) don sera doublé|dossards? solidaires?|\bcourez pour (?:nous|notre cause)\b|cotisations? (?:\d{4} )?(?:est|sont) (?:due|dues|exigibles?))"},
  {C::donation, L::es, false,
   R"(\b\d[\d.]*(?:,\d+)? ?(?:€|euros?) (?:pueden|puede|permiten|permite) (?:pagar|financiar|comprar|formar|proporcionar)\b)"
   R"(|\b(?:cada|tu|su) (?:donativo|donación) se (?:duplicará|doblará)|dorsales? solidarios?|\bcorre por (?:nosotros|nuestra causa)\b|cuotas? de \d{4} (?:vence|vencen)\b)"},
  {C::donation, L::it, false,
   R"(\b\d[\d.]*(?:,\d+)? ?(?:€|euro) (?:possono|può|permettono di|permette di) (?:pagare|finanziare|comprare|formare|fornire)\b)"
   R"(|\b(?:ogni|la tua) donazione sarà raddoppiata|pettorali solidali|\bcorri (?:per|con) noi\b|quota (?:associativa )?(?:\d{4} )?(?:scade|è in scadenza)\b)"},
  {C::donation, L::nl, false,
   R"((?:€ ?\d[\d.]*(?:,\d+)?|\d[\d.]*(?:,\d+)? euro) (?:kan|kunnen) [^.!?]{0,40}(?:betalen|financieren|kopen|opleiden)\b)"
   R"(|\b(?:elke|uw|je) gift wordt verdubbeld|startbewijzen voor het goede doel|\bloop (?:mee )?voor (?:ons|het goede doel)\b|contributie (?:voor \d{4} )?(?:vervalt|is verschuldigd))"},
  {C::donation, L::pt, false,
   R"(\b\d[\d.]*(?:,\d+)? ?(?:€|euros?|reais) (?:podem|pode|permitem|permite) (?:pagar|financiar|comprar|formar|fornecer)\b)"
   R"(|\b(?:cada|a sua|sua) doação será (?:dobrada|duplicada)|dorsais solidários|\bcorra (?:por nós|connosco|conosco)\b|quotas? de \d{4} (?:vence|vencem)\b)"},
  // A charity's appeal by what the reader's own sum pays for ("with 50
  // euros you fund a tracking collar").
  {C::donation, L::en, false, R"(\bwith (?:just |only )?[$£€] ?\d[\d,.]*,? you (?:can|could|will) (?:fund|pay for|buy|provide|sponsor)\b)"},
  {C::donation, L::de, false, R"(\bmit (?:nur |schon |bereits )?\d[\d.]*(?:,\d+)? ?(?:€|euro) (?:finanzieren sie|finanzierst du|finanziert ihr|ermöglichen sie|ermöglichst du|ermöglicht ihr|bezahlen sie|bezahlst du|kaufen sie|kaufst du|schenken sie|schenkst du|unterstützen sie|unterstützt du)\b)"},
  {C::donation, L::fr, false, R"(\bavec (?:seulement )?\d[\d .]*(?:,\d+)? ?(?:€|euros?),? (?:vous financez|tu finances|vous permettez|vous offrez|tu offres)\b)"},
  {C::donation, L::es, false, R"(\bcon (?:solo |sólo )?\d[\d.]*(?:,\d+)? ?(?:€|euros?),? (?:financias|financia|pagas|paga|haces posible|hace posible)\b)"},
  {C::donation, L::it, false, R"(\bcon (?:soli )?\d[\d.]*(?:,\d+)? ?(?:€|euro),? (?:finanzi|paghi|regali|rendi possibile)\b)"},
  {C::donation, L::nl, false, R"(\bmet (?:maar |slechts )?(?:€ ?\d[\d.]*(?:,\d+)?|\d[\d.]*(?:,\d+)? euro),? (?:financier|betaal|koop|schenk) (?:je|u)\b)"},
  {C::donation, L::pt, false, R"(\bcom (?:apenas )?\d[\d.]*(?:,\d+)? ?(?:€|euros?|reais),? (?:financia|paga|oferece|torna possível)\b)"},
  // A free project's plea: "please consider a donation", and how to give
  // ("by PayPal or bank transfer").
  // A shop for the cause: "Every euro from the sale goes into our
  // reporting", whatever the shop sells.
  {C::donation, L::en, false, R"(\b(?:all|every (?:penny|cent|dollar|pound|euro)(?: of)?) (?:the )?(?:proceeds|profits?|sales?) (?:go|goes) (?:to|into|towards) (?:our|supporting our|funding our)\b|\bevery (?:penny|cent|dollar|pound|euro) (?:from|of) (?:the |each )?(?:sales?|purchases?) (?:goes|go) (?:to|into|towards) our\b)"},
  {C::donation, L::de, false, R"(\bjeder euro aus dem verkauf (?:geht|fließt) (?:vollständig |komplett )?in unsere?\b|\bder (?:gesamte |komplette |volle )?erlös (?:geht|fließt) (?:vollständig |komplett )?in unsere?\b)"},
  {C::donation, L::fr, false, R"(\b(?:l'intégralité des|tous les) (?:bénéfices|recettes) (?:vont|va|sont reversés?|est reversée?) à (?:notre|nos)\b|\bchaque euro (?:dépensé|de vos achats|de la vente) (?:va|finance) (?:à )?(?:notre|nos)\b)"},
  {C::donation, L::es, false, R"(\b(?:todo lo recaudado|todos los beneficios|cada euro de (?:la|tu) compra) (?:va|van|se destina|se destinan) a (?:nuestro|nuestra|nuestros|nuestras)\b)"},
  {C::donation, L::it, false, R"(\b(?:tutto il ricavato|ogni euro (?:della|delle) (?:vendita|vendite)) (?:va|andrà|finanzia) (?:al|alla|ai|il|la) (?:nostro|nostra|nostri|nostre)\b)"},
  {C::donation, L::nl, false, R"(\b(?:de (?:volledige )?opbrengst|elke euro van de verkoop) (?:gaat|komt) (?:naar|ten goede aan) (?:ons|onze)\b)"},
  {C::donation, L::pt, false, R"(\b(?:toda a receita|todo o lucro|cada euro (?:da venda|das vendas)) (?:vai|reverte) (?:para|a favor d)[oa]s? (?:nosso|nossa|nossos|nossas)\b)"},
  // The tax line under an appeal that calls the gift a contribution or
  // support ("Your contribution is tax-deductible as a donation").
  // A club's or association's dues reminder to its own members: the
  // member who has not yet renewed, the yearly fee that stays as it was,
  // and the transfer reference naming the fee.
  {C::donation, L::en, false,
   R"(\b(?:not|yet to) (?:yet )?renewed your (?:membership|subscription|dues)\b|\bthe annual (?:membership )?(?:fee|subscription|dues) (?:remains?|stays?|is still) (?:at|unchanged)\b|\bwith the reference ["']?(?:membership|subs|dues)\b)"},
  {C::donation, L::de, false,
   R"(\b(?:ihren|deinen|euren) (?:mitglieds|jahres)beitrag (?:für \d{4} )?noch nicht (?:überwiesen|bezahlt|entrichtet)|\bder (?:jährliche )?(?:mitglieds|jahres)beitrag (?:bleibt|beträgt weiterhin)\b|\bverwendungszweck\s?:? ?["„]?(?:mitgliedsbeitrag|jahresbeitrag)\b)"},
  {C::donation, L::fr, false,
   R"(\b(?:pas encore|toujours pas) renouvelé (?:votre|ton) (?:affiliation|adhésion|cotisation)\b|\bla cotisation (?:annuelle )?(?:reste|est toujours) (?:fixée à|de |inchangée)|\bavec (?:la )?(?:communication|mention) ["«]? ?cotisation\b)"},
  {C::donation, L::es, false,
   R"(\b(?:aún|todavía) no (?:has|ha) renovado (?:tu|su) (?:cuota|afiliación|membresía)\b|\bla cuota (?:anual )?(?:se mantiene|sigue) en\b|\bcon el concepto ["«]? ?cuota\b)"},
  {C::donation, L::it, false,
   R"(\bnon (?:hai|ha) ancora rinnovato (?:la tua |la sua )?(?:iscrizione|tessera|quota)\b|\bla quota (?:associativa |annuale )?(?:resta|rimane) (?:fissata a|invariata|di)\b|\bcon (?:la )?causale ["«]? ?quota\b)"},
  {C::donation, L::nl, false,
   R"(\b(?:je|uw) (?:lidmaatschap|lidgeld|contributie) nog niet (?:vernieuwd|verlengd|betaald|overgemaakt)\b|\b(?:het )?(?:lidgeld|de contributie) blijft (?:ongewijzigd|behouden|op)\b|\bmet (?:de )?(?:vermelding|mededeling) ["']?(?:lidgeld|contributie)\b)"},
  {C::donation, L::pt, false,
   R"(\bainda não (?:renovou|renovaste|pagou|pagaste) (?:a sua |a tua )?(?:quota|inscrição|filiação)\b|\ba quota (?:anual )?(?:mantém-se|continua) (?:em|nos)\b|\bcom a (?:referência|menção) ["«]? ?quota\b)"},
  {C::donation, L::en, false, R"(\b(?:your|all) (?:contribution|support|membership fee|supporter fee)s? (?:is|are) (?:fully )?tax[- ]deductible\b)"},
  {C::donation, L::de, false, R"(\b(?:ihr|dein|euer) (?:beitrag|förderbeitrag|unterstützerbeitrag) ist (?:als spende )?(?:steuerlich )?absetzbar)"},
  {C::donation, L::fr, false, R"(\b(?:votre|ton) (?:soutien|contribution|cotisation) (?:est déductible|ouvre droit à une réduction d'impôt))"},
  {C::donation, L::es, false, R"(\b(?:tu|su) (?:aportación|contribución|cuota de socio) (?:es deducible|desgrava)\b)"},
  {C::donation, L::it, false, R"(\b(?:il tuo|il suo|il vostro) (?:contributo|sostegno) (?:è )?(?:deducibile|detraibile))"},
  {C::donation, L::nl, false, R"(\b(?:je|uw|jouw) (?:bijdrage|steun) is (?:fiscaal )?aftrekbaar\b)"},
  {C::donation, L::pt, false, R"((?:a sua|sua|o seu|seu) (?:contribuição|apoio|quota) (?:é )?(?:dedutível|dedutivel))"},
  {C::donation, L::en, false, R"(\bplease consider (?:making )?an? (?:small |one-time |monthly |regular |tax-deductible )?(?:donation|contribution|gift)\b|\b(?:give|donate|contribute) (?:by|via|through|using) (?:paypal|bank transfer|credit card|cheque|check)\b)"},
  {C::donation, L::de, false, R"(\b(?:denken sie|denk|denkt) (?:bitte |doch )?über eine spende nach\b|\b(?:erwägen sie|erwäge) (?:bitte )?eine spende\b|\bspenden (?:können sie |kannst du )?(?:per|via|über) (?:paypal|überweisung|lastschrift|banküberweisung)\b)"},
  {C::donation, L::fr, false, R"(\b(?:merci d'envisager|pensez à|envisagez de faire) (?:faire )?un don\b|\b(?:donner|faire un don) (?:par|via) (?:paypal|virement|chèque|carte bancaire)\b)"},
  {C::donation, L::es, false, R"(\b(?:por favor,? )?(?:considera|considere|considerad) (?:hacer )?(?:una|un) (?:donación|donativo)\b|\b(?:donar|dona|done) (?:por|mediante|vía|a través de|con) (?:paypal|transferencia|tarjeta)\b)"},
  {C::donation, L::it, false, R"(\b(?:considera|considerate|valuta|valutate) (?:di fare )?una donazione\b|\b(?:donare|dona|donate) (?:tramite|con|via|mediante) (?:paypal|bonifico|carta di credito)\b)"},
  {C::donation, L::nl, false, R"(\boverweeg (?:dan )?(?:alsjeblieft |alstublieft )?een (?:donatie|gift)\b|\b(?:doneren|geven|schenken) (?:kan |kunt u |kun je )?(?:via|met|per) (?:paypal|ideal|overschrijving|bankoverschrijving)\b)"},
  {C::donation, L::pt, false, R"(\b(?:considere|considera|pondere) (?:fazer )?uma doação\b|\b(?:doar|doe|contribuir) (?:por|via|através de|com) (?:paypal|transferência|pix|cartão)\b)"},
  // A box's appeal to fund the newsroom, as its heading reads ("Support
  // independent journalism"); the line that says the letter lives on its
  // own readers' money ("... is funded by our readers"); the supporting
  // membership ("Become a sustaining member"); and the price a membership
  // starts at, as a pitch opens with it. The appeal and the price stand at
  // the start of their block: a story says a fund will support journalism,
  // and the pitch speaks of "our" readers, which a story does not.
  {C::donation, L::en, false,
   R"(^support (?:independent|local|quality|nonprofit|public-interest) (?:journalism|news|reporting)\b|\b(?:is|are) (?:funded|supported|paid for|made possible) (?:entirely |mostly |largely |only )?by our (?:readers|members|subscribers)\b|\bbecome a (?:supporting|sustaining|contributing) member\b|^memberships? (?:starts?|begins?) at [$£€]?\d|^membership (?:is|costs) (?:just|only) [$£€]?\d)"},
  {C::donation, L::de, false,
   R"(^(?:unterstützen sie|unterstütze|unterstützt) (?:den |einen )?(?:unabhängigen|freien|lokalen) journalismus|\b(?:wird|werden|ist|sind) (?:ganz |vollständig |allein )?von unseren (?:lesern|leserinnen|mitgliedern|abonnenten|abonnentinnen) (?:finanziert|getragen|bezahlt)|\bfördermitglied werden\b|^(?:die )?mitgliedschaft(?:en)? (?:gibt es )?(?:ab|schon ab|kostet nur|kostet lediglich) \d)"},
  {C::donation, L::fr, false,
   R"(^soutenez (?:un |le |notre )?journalisme (?:indépendant|libre|local|de qualité)|\b(?:est|sont) (?:entièrement |uniquement )?financée?s? par nos (?:lecteurs|lectrices|abonnés|membres)\b|\bdevenez membre (?:bienfaiteur|donateur|de soutien)|^(?:l'adhésion|les adhésions) (?:commence(?:nt)? à|(?:est|sont) à partir de|à partir de|ne coûte que) \d)"},
  {C::donation, L::es, false,
   R"(^apoya (?:el |un )?periodismo (?:independiente|local|de calidad)|\b(?:está|están|es) financiad[oa]s? (?:solo |únicamente |íntegramente )?por (?:nuestros|nuestras) (?:lectores|lectoras|socios|socias|suscriptores)\b|\bhazte soci[oa] (?:colaborador|protector)|^(?:la membresía|las membresías|la cuota de soci[oa]) (?:empiezan? en|parten? de|cuestan? desde|desde) \d)"},
  {C::donation, L::it, false,
   R"(^sostieni (?:il |un )?giornalismo (?:indipendente|locale|di qualità)|(?:è|sono) finanziat[oaie] (?:solo |interamente )?(?:dai|dalle) (?:nostri|nostre) (?:lettori|lettrici|abbonati|soci)\b|\bdiventa soci[oa] sostenitor|^(?:la quota (?:associativa|di socio)|le quote associative) (?:parte|partono) da \d)"},
  {C::donation, L::nl, false,
   R"(^steun (?:onafhankelijke|lokale) (?:journalistiek|verslaggeving)|\b(?:wordt|worden) (?:volledig |helemaal )?(?:betaald|gefinancierd) door onze (?:lezers|leden|abonnees)\b|\bsteunlid worden\b|\bword (?:steunend|begunstigend) lid\b|^(?:het )?lidmaatschap (?:begint bij|kost slechts|kost maar) (?:€ ?)?\d)"},
  {C::donation, L::pt, false,
   R"(^apoie (?:o |um )?jornalismo (?:independente|local|de qualidade)|(?:é|são) financiad[oa]s? (?:só |apenas |integralmente )?(?:pelos|pelas) (?:nossos|nossas) (?:leitores|leitoras|assinantes|sócios)\b|\btorne-se sóci[oa] (?:apoiador|contribuinte)|^(?:a )?(?:associação|quota de sócio) (?:começa em|custa só|custa apenas) (?:r\$ ?|€ ?)?\d)"},

  // A parish's or a community station's own appeals: last week's
  // collection, giving online, the pledge drive and its thank-you gift, the
  // sustaining member, a car to donate, the season for dues, a fund the
  // proceeds go to, a friend's or member's tier with its price.
  {C::donation, L::en, false,
   R"((?:offertory|(?:sunday|weekly|plate) (?:collection|offering))s? (?:last (?:sunday|week(?:end)?)|this (?:sunday|week(?:end)?)|total(?:led)?)|(?:last|this) (?:sunday|week)'s (?:offertory|collection|offering)|give online (?:through|at|via)|)"
   R"((?:fall|spring|autumn|winter|summer|annual|on-air) (?:pledge|membership) drive|make (?:your|a) pledge\b|pledge \$\d+ (?:a|per) month|(?:already|become) a sustaining member|donate (?:your|a) (?:vehicle|car|boat)|)"
   R"((?:it's|it is) (?:dues|renewal|membership renewal) (?:time|season)|all proceeds (?:go|will go|are going) to (?:the|our) (?:[\pL-]+ ){0,3}fund\b|become an? (?:[\pL-]+ )?(?:friend|sustainer) for (?:just |only )?[$£€]\d)"},
  {C::donation, L::de, false,
   R"(kollekte (?:vom|des|am) (?:letzten|vergangenen) sonntag|(?:die|unsere) (?:letzte )?kollekte (?:ergab|erbrachte|betrug)|online (?:spenden|geben) (?:über|auf|unter)|(?:herbst|frühjahrs|jahres)spendenaktion (?:beginnt|startet|läuft)|)"
   R"((?:werde|werden sie) (?:jetzt )?dauerspender|(?:spenden sie|spende) (?:ihr|dein) (?:altes )?auto|der (?:gesamte )?erlös kommt (?:de[mnr]|unsere[mr]) (?:[\pL-]+ ){0,2}zugute|(?:werde|werden sie) (?:marktfreund|freund|förder)\pL* für (?:nur )?\d)"},
  {C::donation, L::fr, false,
   R"(la quête (?:de|du) (?:dimanche|la semaine) (?:dernier|dernière|passé)|la quête (?:a rapporté|s'élève)|donner en ligne (?:sur|via|par)|campagne de dons (?:d'automne|de printemps|annuelle)|devenez donateur régulier|)"
   R"(faites don de votre (?:voiture|véhicule)|c'est le moment de (?:renouveler|régler) votre (?:cotisation|adhésion)|(?:les|tous les) bénéfices (?:iront|seront reversés) (?:à|au) (?:la |le )?fonds|devenez ami[\pL ]{0,30} pour (?:seulement )?\d)"},
  {C::donation, L::es, false,
   R"(colecta (?:del|de la) (?:domingo|semana) pasad[oa]|la colecta (?:fue de|ascendió a|sumó)|(?:dona|donar|ofrenda) en línea (?:a través de|en|desde)|campaña de (?:donaciones|socios) de (?:otoño|primavera)|hazte socio (?:recurrente|sostenedor|mensual)|)"
   R"(dona tu (?:coche|auto|vehículo)|(?:es hora|ha llegado el momento) de (?:pagar|renovar) (?:la|tu) cuota|(?:todo )?lo recaudado (?:irá|se destinará) al fondo|hazte amig[oa][\pL ]{0,30} por (?:solo )?\d)"},
  {C::donation, L::it, false,
   R"(la raccolta (?:delle offerte )?di domenica scorsa|le offerte (?:di|della) domenica (?:scorsa )?(?:ammontano|sono state)|(?:dona|donare|fai un'offerta) online (?:tramite|su|dal)|campagna (?:di raccolta fondi|soci) d'(?:autunno|primavera)|diventa sostenitore (?:continuativo|regolare|mensile)|)"
   R"(dona la tua (?:auto|macchina)|è tempo di rinnovare (?:la|il) (?:quota|tesseramento)|(?:tutto )?il ricavato (?:andrà|sarà devoluto) (?:al|alla|per il) (?:fondo|restauro)|diventa amic[oa][\pL ]{0,30} (?:con|per) (?:soli |solo )?\d)"},
  {C::donation, L::nl, false,
   R"(de collecte van (?:afgelopen|vorige) (?:zondag|week)|de collecte (?:bracht|leverde) [^.]{0,20}op|online (?:geven|doneren) (?:via|op)|(?:najaars|voorjaars)(?:actie|campagne) voor (?:leden|donateurs)|word (?:vaste|structurele) (?:donateur|gever)|)"
   R"(doneer (?:je|uw) (?:auto|wagen)|(?:het is )?tijd om (?:je|uw) contributie te (?:betalen|voldoen)|de (?:volledige )?opbrengst (?:gaat|komt) (?:naar|ten goede aan) (?:het|de) (?:[\pL-]+ ){0,2}fonds|word (?:markt)?vriend[\pL ]{0,30} voor (?:maar |slechts )?[€\d])"},
  {C::donation, L::pt, false,
   R"((?:a )?coleta (?:do|de) domingo passado|o ofertório (?:do|de) domingo (?:passado )?(?:foi de|somou|rendeu)|(?:doe|doar|contribua) online (?:através|pelo|pela|em)|campanha de (?:doações|sócios) de (?:outono|primavera)|torne-se (?:sócio|doador) (?:regular|mensal)|)"
   R"(doe o seu (?:carro|veículo|automóvel)|(?:é hora|chegou a hora) de (?:pagar|renovar) a (?:sua )?(?:quota|anuidade)|(?:toda a )?renda (?:será|vai) (?:destinada|revertida) (?:ao|para o) fundo|torne-se amig[oa][\pL ]{0,30} por (?:apenas )?(?:r\$ ?)?\d)"},
  // ---- feedback and engagement prompts -----------------------------------------------------
  {C::feedback, L::en, false,
   R"(did we miss (?:something|anything)|know of a (?:\w+ )?story|send (?:us )?(?:your )?(?:news )?(?:tips?|leads)\b|got a (?:news )?tip|)"
   R"(what did you think (?:of|about)|how did we do|how (?:was|did you like) (?:this|today's|this week's) (?:issue|newsletter|email|edition)|)"
   R"(rate (?:this|today's) (?:issue|newsletter|edition|email)|(?:hit |just )?reply (?:to this email )?(?:and|to) (?:let (?:me|us) know|tell (?:me|us))|)"
   R"(we(?:'d| would) love (?:to hear|your feedback)|(?:send|share|give) (?:us )?(?:your )?feedback|let (?:me|us) know what you think|)"
   R"(leave (?:us )?a review|review us on|rate us on|take (?:our|this|a) (?:quick |short )?survey|feedback\?|)"
   R"((?:just |simply )?hit reply|reply to this (?:email|e-mail|message)|we read (?:every|all) (?:message|email|repl)|we read (?:everything|it all)\b|how would you rate|)"
   R"(was this (?:issue|email|newsletter|edition|summary|recap|round-?up) (?:useful|helpful)|)"
   R"((?:got|have you got|do you have) a question (?:for|to) (?:us|the (?:editors?|newsroom|team))|got a (?:photo|picture|sighting|story) for|)"
   R"(enjoying (?:the|this|our) (?:dispatch|newsletter|issue|letter|email|digest)\?|tap a (?:heart|star|thumb)|)"
   R"(your (?:opinion|feedback) (?:matters|counts))"
   R"(|(?:were|was) (?:these|this|the) (?:[\pL]+ )?(?:jobs|results|offers|listings|recommendations|suggestions|alert|update|briefing|digest) (?:helpful|useful|relevant)|(?:keep|update) your (?:details|contact details|information) up to date|(?:got|have) a story to (?:tell|share)\b)"
   R"(|call (?:us|our helpline) (?:on|at) [^()]{0,30}\((?:standard|local) rate\))"
   R"(|how likely (?:are you|is it that you(?:'d| would)?) (?:to )?recommend|(?:you're|you are) on an? \d+[- ]day (?:[\pL-]+ )?streak|keep (?:your|the) streak (?:going|alive)|(?:don't|do not) (?:lose|break) your streak|send us a voice (?:note|message|memo)|leave (?:us )?a voice (?:note|message))"
   R"(|(?:tell us )?how (?:was|did) your (?:last |latest |recent )?(?:order|visit|stay|delivery|purchase)(?: go)?\b)"
   R"(|send (?:us )?a letter (?:of up to|to the editor)|letters? (?:may|will|might) be (?:edited|shortened|condensed) for\b)"
   R"(|your (?:review|feedback|opinion) helps (?:other|fellow)|tell us about your (?:trip|stay|holiday|visit)\b)"
   R"(|(?:want|would you like) (?:us )?to (?:list|promote|add|submit|share|include) your (?:event|gig|meeting|fundraiser)\b|(?:submit|send us|add) your (?:event|listing)s? (?:here|to|at|for|via)\b|(?:got|have) an event (?:coming up|to share|for (?:the|our) (?:calendar|listings)))"
   R"(|vote in (?:our|this week's|today's|the) (?:reader )?poll|take (?:our|this week's|today's) (?:quick )?poll)"
   R"(|record (?:a|your) voice (?:memo|note|message)|leave us a voice(?:mail| message| note)|send us a voice (?:memo|note|message)|we (?:might|may) (?:play|read|feature) it (?:on|in) (?:the|a future|our next) (?:show|episode|podcast|newsletter|issue))"
   R"(|(?:log ?in|sign in) or subscribe to (?:participate|vote|take part))"
   R"(|tell us what you thought of|rate your (?:box|order|delivery|purchase)\b|it (?:only )?takes (?:\d+|thirty|ten) seconds)"},
  {C::feedback, L::de, false,
   R"(haben wir (?:etwas|was) (?:übersehen|vergessen)|(?:hinweise|tipps) (?:an|bitte an)|schick(?:t)? uns (?:deine|eure|ihre) (?:tipps|hinweise)|)"
   R"(wie hat (?:dir|ihnen|euch) (?:diese|die heutige|der heutige) (?:ausgabe|newsletter)|wie gefällt (?:dir|ihnen|euch)|)"
   R"((?:dein|ihr|euer) feedback|feedback\?|antworte(?:n sie)? (?:uns |mir )?(?:einfach )?auf diese (?:e-mail|mail|nachricht)|wir lesen (?:jede|alle|alles)|)"
   R"(bewerte(?:n sie)? (?:diese|uns|den newsletter)|(?:nimm|nehmen sie) an (?:unserer|der) umfrage teil|schreib(?:t)? (?:uns|mir) (?:eine|gern)|)"
   R"(wie (?:fanden|findest|fandest|fandet|finden) (?:sie|du|ihr) (?:die|diese|den|diesen|unsere[n]?) (?:heutige[n]? )?(?:ausgabe|newsletter|rundbrief)|)"
   R"(wie hat (?:dir|ihnen|euch) (?:diese[rn]?|unser|der|die) (?:heutige[n]? )?(?:ausgabe|newsletter|rundbrief) gefallen|)"
   R"((?:ihre|deine|eure) (?:veranstaltung|meldung|nachricht|termin|geschichte) fehlt|schick(?:en sie|t)? uns (?:ihre|deine|eure|die) (?:tipps|hinweise|termine|eckdaten|infos)|)"
   R"(anregungen (?:für|zu) (?:unseren|unsere|den|diesen|die)|(?:freuen uns|freue mich) (?:über|auf) (?:jede|ihre|deine|eure) (?:rückmeldung|anregung|meinung)|)"
   R"((?:hast du|haben sie|habt ihr) eine frage an (?:die redaktion|uns)|wie hilfreich (?:war|fanden sie|fandest du)|)"
   R"(hinterlasse(?:n sie)? (?:uns )?(?:eine )?bewertung|bewerte(?:n sie)? uns auf|(?:ihre|deine) meinung (?:zählt|ist uns wichtig))"
   R"(|(?:war|waren) (?:diese[rs]?|die) (?:[\pL-]+ )?[\pL-]*(?:angebote|stellen|jobs|vorschläge|ergebnisse|ausgabe|informationen|zusammenfassung|übersicht|bilanz) (?:hilfreich|nützlich|relevant)|(?:halte|halten sie) (?:deine|ihre) daten (?:aktuell|auf dem laufenden)|(?:hast du|haben sie) eine geschichte (?:zu erzählen|für uns))"
   R"(|(?:sie möchten|möchten sie|du möchtest|möchtest du) (?:einen|ihren|deinen) (?:termin|beitrag|hinweis) [^?]{0,60}(?:ankündigen|veröffentlichen|bekanntgeben|bekannt machen))"
   R"(|rufen sie uns an[^()]{0,30}\((?:zum )?ortstarif\))"
   R"(|wie wahrscheinlich (?:ist es,? )?(?:dass )?(?:sie|du) [^?]{0,60}(?:weiter)?empf(?:ehlen|iehlst)|würden sie uns (?:weiter)?empfehlen|würdest du uns (?:weiter)?empfehlen|(?:du bist|sie sind) (?:seit )?\d+ tagen? in folge|(?:deine|ihre) (?:lern)?serie (?:von \d+ tagen|nicht verlieren|fortsetzen|halten)|schick(?:t|en sie)? uns (?:eine )?sprachnachricht)"
   R"(|wie (?:war|lief) (?:ihre|deine) (?:letzte )?(?:bestellung|lieferung|besuch|aufenthalt|einkauf))"
   R"(|leserbriefe? (?:werden|können) [^.]{0,30}gekürzt|(?:die redaktion behält sich|behält sich die redaktion) (?:das recht auf )?kürzungen vor|kürzungen (?:sind )?vorbehalten|(?:schreiben sie|schreib|schick|schicken sie) uns (?:einen|ihren|deinen) leserbrief)"
   R"(|(?:deine|ihre) bewertung hilft (?:anderen|auch anderen)|erzähl(?:en sie)? uns von (?:deiner|ihrer) (?:reise|urlaub|aufenthalt))"
   R"(|(?:ihr|dein|euer) termin (?:soll|gehört) (?:auch )?(?:hier|in den)|(?:veranstaltung|termin)(?:e)? (?:für (?:den|unseren) (?:kalender|terminkalender) )?(?:melden|eintragen)\b)"
   R"(|stimmen sie (?:jetzt )?ab\b|stimm (?:jetzt )?ab\b|(?:machen sie|mach) mit bei (?:unserer|der) (?:umfrage|abstimmung))"
   R"(|(?:nimm|nehmen sie) (?:eine|deine|ihre) sprach(?:nachricht|memo|notiz) auf|schick(?:t|en sie)? uns (?:eine|deine|ihre) sprach(?:nachricht|memo|notiz)|vielleicht (?:spielen|lesen) wir (?:sie|es|ihn) (?:in der nächsten folge|im podcast|in der sendung))"
   R"(|(?:melde dich an|melden sie sich an|einloggen) oder (?:abonniere|abonnieren sie|abonnieren),? um (?:an [\pL ]*)?(?:teilzunehmen|abzustimmen))"
   R"(|(?:sag|sagen sie) uns,? wie (?:dir|ihnen) [^.!?]{0,40}gefallen hat|(?:dauert|kostet dich|kostet sie) nur (?:\d+|zwei|eine) (?:sekunden|minuten?)|bewerte deine (?:box|bestellung|lieferung))"},
  {C::feedback, L::fr, false,
   R"(avons-nous (?:oublié|raté) quelque chose|envoyez-nous vos (?:infos|tuyaux|suggestions)|)"
   R"(qu'avez-vous pensé|qu'as-tu pensé|votre avis (?:nous intéresse|compte)|donnez(?:-nous)? votre avis|)"
   R"((?:répondez|réponds) (?:simplement )?à (?:cet|ce) (?:e-mail|email|mail|message)|(?:répondez|réponds) (?:simplement )?à cette (?:lettre|newsletter|infolettre)|notez (?:cette|ce)|vos retours|tes retours|)"
   R"(une question pour la rédaction|(?:cette|la) (?:lettre|newsletter) vous a-t-elle été utile|)"
   R"(répondez à (?:notre|ce) (?:sondage|questionnaire)|répondre (?:simplement |directement )?à (?:cet|ce) (?:e-mail|email|mail|courriel|message)|(?:cette|la) (?:édition|lettre|newsletter) vous a plu|nous lisons (?:tout|tous|toutes|chaque)|en (?:nous )?répondant (?:simplement |directement )?à (?:cet|ce) (?:e-mail|email|mail|message)|)"
   R"(un avis sur (?:cette|la|notre) (?:lettre|newsletter|édition)|une idée de (?:sujet|thème)|on lit tout\b|)"
   R"(laisse[rz]?(?:-nous)? un (?:avis|commentaire)|notez-nous sur|donnez-nous (?:une|votre) note)"
   R"(|(?:cette|ces|cet|ce) (?:[\pL]+ )?(?:offres?|annonces?|alertes?|suggestions?|recommandations?|lettre|newsletter|e-mail|sélection|résumé|récapitulatif|bilan)s? (?:vous |t')?(?:a|ont)(?:-t)?-(?:il|elle|ils|elles) (?:été )?(?:utiles?|pertinente?s?)\b|(?:mettez|mets) à jour (?:vos|tes) (?:coordonnées|informations)|(?:vous avez|tu as) une (?:histoire|anecdote) à (?:raconter|partager))"
   R"(|appelez(?:-nous)? (?:le|au) [^()]{0,30}\((?:prix d'un )?appel (?:local|non surtaxé)\))"
   R"(|(?:quelle est la probabilité|quelle probabilité y a-t-il) que (?:vous|tu) (?:nous )?recommand|recommanderiez-vous|recommanderais-tu|(?:tu es|vous êtes) à \d+ jours (?:d'affilée|consécutifs|de suite)|(?:ta|votre) série de \d+ jours|(?:garde|gardez|ne perds pas|ne perdez pas) (?:ta|votre) série|(?:envoyez|envoie|laissez|laisse)-nous un (?:message )?vocal)"
   R"(|comment s'est (?:passée?|déroulée?) (?:votre|ta) (?:dernière |dernier )?(?:commande|visite|livraison|séjour|achat))"
   R"(|la rédaction se réserve le droit de (?:les )?(?:raccourcir|couper|modifier|publier)|(?:envoyez|écrivez)(?:-nous)? (?:votre|un) courrier (?:des lecteurs|de lecteur|à la rédaction))"
   R"(|(?:votre|ton) avis aide (?:les )?autres|racontez-nous votre (?:séjour|voyage|visite)|raconte-nous ton (?:séjour|voyage))"
   R"(|(?:vous organisez|tu organises) un (?:événement|évènement)|(?:annoncez|signalez|proposez)(?:-nous)? (?:votre|ton) (?:événement|évènement|manifestation)|(?:envoyez|envoie)(?:-nous)? (?:vos|tes) (?:événements|évènements|dates) (?:à|pour))"
   R"(|votez (?:dans|à) notre sondage|participez à notre sondage|(?:donnez|donne) (?:votre|ton) avis dans notre sondage)"
   R"(|envoyez-nous (?:un|votre) (?:message|mémo) vocal|enregistrez (?:un|votre) (?:message|mémo) vocal|(?:nous pourrions|on pourrait) (?:le|la) diffuser dans (?:l'émission|le podcast|un prochain épisode))"
   R"(|(?:connectez-vous|connecte-toi) ou (?:abonnez-vous|abonne-toi) pour (?:participer|voter))"
   R"(|dites-nous ce que vous avez pensé|(?:cela|ça) (?:ne )?prend (?:que )?\d+ secondes|notez votre (?:box|commande|livraison))"},
  {C::feedback, L::es, false,
   R"((?:nos )?(?:hemos dejado|se nos (?:escapó|pasó)) algo|envíanos tus (?:pistas|noticias|sugerencias)|)"
   R"(qué te (?:ha )?parec(?:e|ió)|tu opinión (?:nos importa|cuenta)|danos tu opinión|)"
   R"(responde a este (?:correo|email|mensaje)|déjanos tu (?:opinión|reseña|valoración|comentario)|respondiendo a este (?:correo|mensaje|email)|se nos ha (?:escapado|pasado) algo|leemos (?:todo|todos|todas|cada)|valora (?:este|esta)|(?:tus|sus) comentarios nos|responde (?:a )?(?:nuestra|esta) encuesta|)"
   R"((?:tienes|tiene) (?:una )?pregunta para (?:la redacción|nosotros)|te sirvió (?:este|esta)|)"
   R"(déjanos una (?:reseña|valoración|opinión)|valóranos en)"
   R"(|(?:te|le|os) (?:han|ha) (?:resultado|parecido) (?:útil(?:es)?|interesantes?)|(?:mantén|mantenga) (?:tus|sus) datos (?:al día|actualizados)|actualizar mis datos|(?:tienes|tiene) una historia (?:que contar|para contarnos))"
   R"(|llámanos al [^()]{0,30}\((?:coste de )?(?:llamada|tarifa) local\))"
   R"(|(?:qué probabilidad hay|con qué probabilidad) de que (?:nos )?(?:recomiendes|recomiende)|(?:nos )?recomendarías a (?:un|tus|algún)|(?:llevas|lleva) (?:una racha de )?\d+ días (?:seguidos|consecutivos)|(?:tu|su) racha de \d+ días|(?:mantén|no pierdas|mantenga|no pierda) (?:tu|su) racha|(?:mándanos|envíanos|déjanos) (?:un audio|una nota de voz|un mensaje de voz))"
   R"(|(?:cuéntanos )?qué tal (?:tu|su) (?:último |última )?(?:pedido|compra|visita|estancia|entrega)|deja (?:una|tu) (?:reseña|valoración|opinión))"
   R"(|(?:envía|envíe|mándanos|envíanos) (?:tu|su) carta (?:al director|a la redacción)|nos reservamos el derecho (?:de|a) (?:editar|resumir|extractar|acortar)|las cartas (?:podrán|pueden) ser (?:editadas|resumidas|extractadas))"
   R"(|tu (?:opinión|reseña|valoración) ayuda a otros|cuéntanos (?:qué tal )?(?:tu|su) (?:viaje|estancia|visita))"
   R"(|(?:quieres|queréis) (?:anunciar|difundir|publicar|promocionar) (?:tu|su|vuestro) (?:evento|actividad)|envíanos (?:tu|tus) (?:evento|eventos|actividades)|(?:organizas|organiza) un evento\?)"
   R"(|vota en (?:nuestra|la) encuesta|participa en (?:nuestra|la) encuesta)"
   R"(|envíanos (?:un|tu) (?:audio|mensaje de voz|nota de voz)|graba (?:un|tu) (?:audio|mensaje de voz|nota de voz)|(?:quizá|igual) lo (?:pongamos|emitamos) en (?:el programa|el podcast|un próximo episodio))"
   R"(|inicia sesión o suscríbete para (?:participar|votar))"
   R"(|cuéntanos qué te pareció|(?:solo )?(?:te )?lleva \d+ segundos|valora tu (?:caja|pedido|entrega))"},
  {C::feedback, L::it, false,
   R"(ci siamo persi qualcosa|inviaci le tue (?:segnalazioni|notizie)|segnalaci|)"
   R"(cosa ne (?:pensi|pensate) di (?:questa|questo)|ti è piaciut[ao]|la tua opinione|dicci cosa ne pensi|)"
   R"(rispondi a questa (?:email|e-mail|mail|lettera)|valuta (?:questa|questo)|il tuo feedback|rispondi al (?:nostro )?sondaggio|)"
   R"(raccontacelo|facci sapere (?:cosa|che) ne pensi|(?:dirci|dicci) (?:com'era|cosa ne pensi)|leggiamo tutt|)"
   R"((?:la |le |li )?leggiamo sempre|hai una (?:notizia|segnalazione|storia)|scrivici\b|)"
   R"(hai una domanda per (?:la redazione|noi)|dicci cosa migliorare|ti è stat[ao] utile|(?:questa|la) newsletter (?:ti )?è stata utile|)"
   R"(vuoi segnalare (?:un|una)|segnala(?:re)? (?:un|il tuo|la tua) (?:evento|notizia|iniziativa)|)"
   R"(lasciaci una (?:recensione|valutazione)|la tua opinione conta)"
   R"(|(?:ti|vi|le) sono stat[ei] utili|mantieni aggiornati i tuoi dati|aggiorna i tuoi dati di contatto|(?:hai|avete) una storia da raccontare)"
   R"(|chiamaci (?:allo|al) [^()]{0,30}\((?:costo di una chiamata urbana|tariffa urbana)\))"
   R"(|quanto è probabile che (?:tu )?(?:ci )?(?:consigli|raccomandi)|(?:ci )?consiglieresti (?:a|ai)\b|(?:sei|è) a \d+ giorni (?:di fila|consecutivi)|(?:la tua|la sua) serie di \d+ giorni|(?:non perdere|mantieni) la (?:tua )?serie|(?:mandaci|inviaci|lasciaci) un (?:vocale|messaggio vocale|audio))"
   R"(|(?:raccontaci )?com'è andat[oa] (?:il tuo|la tua|il suo|la sua) (?:ultim[oa] )?(?:ordine|acquisto|visita|soggiorno|consegna)|lascia (?:una|la tua) (?:recensione|valutazione))"
   R"(|la redazione si riserva (?:il diritto )?di (?:tagliare|sintetizzare|ridurre|modificare)|(?:scrivi|scrivete|scriva) (?:una lettera )?al direttore|le lettere (?:potranno|possono) essere (?:tagliate|ridotte|sintetizzate))"
   R"(|la tua (?:opinione|recensione) aiuta (?:altri|gli altri)|raccontaci (?:il tuo|com'è andato il tuo) (?:viaggio|soggiorno))"
   R"(|(?:vuoi|volete) (?:promuovere|pubblicizzare|far conoscere) (?:il tuo|la tua|il vostro|la vostra|un) (?:evento|iniziativa)|(?:inviaci|mandaci) (?:i tuoi|il tuo) (?:eventi|evento))"
   R"(|vota (?:nel|al) nostro sondaggio|partecipa al (?:nostro )?sondaggio)"
   R"(|(?:mandaci|inviaci) (?:un|il tuo) (?:vocale|messaggio vocale|audio)|registra (?:un|il tuo) (?:vocale|messaggio vocale)|(?:potremmo|magari lo) (?:mandarlo|trasmetterlo|mandiamo) in onda)"
   R"(|accedi o (?:iscriviti|abbonati) per (?:partecipare|votare))"
   R"(|dicci cosa ne hai pensato|(?:bastano|ci vogliono) (?:solo )?\d+ secondi|valuta la tua (?:box|consegna|ordine))"},
  {C::feedback, L::nl, false,
   R"(missen we iets|stuur (?:ons )?(?:je|jouw|uw) (?:nieuws)?tips?\b|heb je een tip|)"
   R"(wat vond (?:je|u) van|hoe vond (?:je|u)|laat (?:ons|het ons|me|het me) weten wat (?:je|u) (?:vindt|ervan vindt)|)"
   R"(beantwoord deze (?:e-mail|mail)|geef (?:ons )?(?:je|uw) (?:feedback|mening)|beoordeel (?:deze|ons)|vul (?:onze|de) (?:korte )?(?:enquête|vragenlijst) in|wat vindt u van deze nieuwsbrief|)"
   R"(geef (?:ons )?een (?:cijfer|beoordeling)|tip voor de redactie|we lezen (?:alles|elke|iedere|alle)|)"
   R"((?:heb je|hebt u|heeft u) een vraag (?:voor|aan) (?:de redactie|ons)|op deze (?:e-?mail|mail|nieuwsbrief) te reageren|)"
   R"(reageer (?:gerust |gewoon )?op deze (?:e-?mail|mail)|een [\pL-]*tip voor de nieuwsbrief|)"
   R"(laat (?:een|ons een) (?:review|beoordeling) achter|(?:jouw|uw|je) mening telt)"
   R"(|(?:was|waren) (?:deze|dit|de) (?:[\pL-]+ )?(?:vacatures|resultaten|aanbiedingen|tips|suggesties|briefing|mail|samenvatting|overzicht) (?:nuttig|relevant|handig)|(?:houd|hou) (?:je|uw) gegevens (?:up-to-date|actueel|bij)|(?:heb je|heeft u) een verhaal (?:te vertellen|voor ons))"
   R"(|bel (?:ons|met ons) (?:op|via) [^()]{0,30}\(lokaal tarief\))"
   R"(|hoe waarschijnlijk is het dat (?:je|u) [^?]{0,60}(?:aanbeveelt|aanraadt)|zou (?:je|u) ons (?:aanbevelen|aanraden)|(?:je|u) (?:zit|bent) (?:al )?\d+ dagen op rij|(?:je|uw) reeks van \d+ dagen|(?:houd|hou|verlies) (?:je|uw) reeks|stuur ons een (?:spraakbericht|spraakmemo|voicememo|ingesproken bericht))"
   R"(|hoe (?:was|verliep) (?:je|uw) (?:laatste )?(?:bestelling|bezoek|verblijf|levering|aankoop))"
   R"(|de redactie behoudt zich het recht voor|(?:ingezonden )?brieven (?:kunnen|worden) (?:worden )?ingekort|stuur (?:je|uw) (?:ingezonden )?brief (?:naar|in)\b)"
   R"(|(?:jouw|je|uw) (?:review|mening|beoordeling) helpt andere|vertel (?:ons )?(?:hoe|over) (?:je|uw) (?:reis|verblijf|vakantie))"
   R"(|(?:wil je|wilt u) (?:je|uw) (?:evenement|activiteit) (?:hier )?(?:aankondigen|vermelden|in de agenda)|(?:evenement|activiteit) (?:aanmelden|doorgeven) voor de agenda|(?:stuur|mail) (?:je|uw) (?:agendatip|evenement))"
   R"(|stem (?:mee )?in (?:onze|de) (?:poll|peiling)|doe mee (?:aan|met) (?:onze|de) (?:poll|peiling))"
   R"(|(?:stuur|spreek) (?:ons )?(?:een|je) (?:voicememo|spraakbericht|ingesproken bericht)|spreek (?:een|je) (?:voicememo|spraakbericht) in|misschien (?:laten we|spelen we) (?:het|hem) horen in (?:de|een) (?:volgende )?(?:aflevering|podcast))"
   R"(|log in of (?:abonneer je|meld je aan) om (?:deel te nemen|te stemmen|mee te doen))"
   R"(|laat (?:ons )?weten wat je (?:van|er van) vond|(?:het )?duurt (?:maar |slechts )?\d+ seconden|beoordeel (?:je|uw) (?:box|bestelling|levering))"},
  {C::feedback, L::pt, false,
   R"(deixamos (?:passar|escapar) algo|envie (?:suas )?(?:dicas|sugestões de pauta)|)"
   R"(o que (?:você )?achou d|(?:sua|tua) opinião (?:é|nos)|responda (?:a )?(?:este|esse) (?:e-mail|email)|)"
   R"(avalie (?:esta|este|a nossa|nossa)|deixe (?:seu|o seu|sua) (?:feedback|avaliação)|responda (?:à|a nossa) pesquisa|)"
   R"((?:tem|tens) (?:uma )?pergunta para (?:a redação|nós)|lemos (?:tudo|todas|todos|cada)\b|)"
   R"((?:a )?(?:sua|tua) opinião conta|(?:responda|responder) (?:a|ao) (?:um |nosso |este )?(?:inquérito|questionário)|deixe(?:-nos)? uma avaliação|(?:mande|envie|manda)(?:-nos)? [\pL, ]{0,40}sugest(?:ão|ões) de pauta)"
   R"(|(?:foi|foram) úte?is para (?:você|si|ti)|(?:este|esse) (?:resumo|balanço) (?:te |lhe )?foi útil|(?:estas|estes) (?:[\pL]+ )?(?:vagas|ofertas|sugestões|recomendações) (?:foram|são) úteis|mantenha (?:os )?(?:seus|teus) dados atualizados|(?:tem|tens) uma história (?:para contar|para partilhar))"
   R"(|ligue(?:-nos)? (?:para o )?[^()]{0,30}\((?:custo de )?chamada (?:local|para (?:a )?rede fixa(?: nacional)?)\))"
   R"(|qual (?:é )?a probabilidade de (?:você )?(?:nos )?recomendar|(?:você )?(?:nos )?recomendaria (?:a|aos)\b|(?:você está|estás) (?:há|com) \d+ dias (?:seguidos|consecutivos)|(?:sua|tua) sequência de \d+ dias|(?:mantenha|não perca|não percas) (?:a )?(?:sua|tua) sequência|(?:mande|envie|manda|envia)(?:-nos)? (?:um áudio|uma mensagem de voz))"
   R"(|como (?:foi|correu) (?:a sua|o seu|sua|seu|a tua|o teu) (?:última |último )?(?:encomenda|pedido|compra|visita|estadia|entrega))"
   R"(|a redação (?:se )?reserva(?:-se)? o direito de (?:editar|resumir|cortar)|(?:as )?cartas (?:podem|poderão) ser (?:editadas|resumidas|cortadas)|(?:envie|mande) (?:sua|a sua) carta (?:para|à redação))"
   R"(|(?:sua|a sua|tua) (?:avaliação|opinião) ajuda outros|conte-nos como foi (?:a sua|sua|a tua) (?:viagem|estadia|estada))"
   R"(|(?:quer|deseja) (?:divulgar|anunciar|publicar) (?:o |a )?(?:seu|sua) (?:evento|atividade)|(?:mande|envie)(?:-nos)? (?:os detalhes|as informações) d[oa] (?:seu |sua )?(?:evento|atividade))"
   R"(|vote na nossa (?:enquete|sondagem)|participe da nossa (?:enquete|sondagem)|participe na nossa sondagem)"
   R"(|(?:mande|envie)(?:-nos)? (?:um|seu) (?:áudio|mensagem de voz)|grave (?:um|seu) (?:áudio|mensagem de voz)|(?:talvez|quem sabe) (?:a gente )?(?:toque|toquemos) (?:no|num) (?:próximo )?(?:episódio|podcast|programa))"
   R"(|(?:faça login|entre) ou (?:assine|inscreva-se) para (?:participar|votar))"
   R"(|diga-nos o que achou|leva (?:só |apenas )?\d+ segundos|avalie a sua (?:caixa|encomenda|entrega))"},

  // A letter that asks its readers for their own news and their new address.
  {C::feedback, L::en, false,
   R"(have news to share\?|submit your (?:class note|news|story|milestone)|update your (?:address|contact details|details) so (?:we|that))"},
  {C::feedback, L::de, false,
   R"(haben sie neuigkeiten\?|aktualisieren sie ihre (?:adresse|kontaktdaten|anschrift))"},
  {C::feedback, L::fr, false,
   R"(vous avez des nouvelles à partager|mettez à jour vos coordonnées)"},
  {C::feedback, L::es, false,
   R"(tienes noticias que compartir|actualiza tus datos de contacto|actualice sus datos de contacto)"},
  {C::feedback, L::it, false,
   R"(hai novità da condividere|aggiorna i tuoi (?:dati|recapiti))"},
  {C::feedback, L::nl, false,
   R"(heb je nieuws te delen|geef (?:je|uw) adreswijziging door|werk (?:je|uw) gegevens bij)"},
  {C::feedback, L::pt, false,
   R"(tem novidades para (?:partilhar|compartilhar)|atualize (?:os )?seus dados de contacto|atualize (?:os )?seus dados de contato)"},
  // A survey of a set length with a prize: "take our 5-minute owner survey".
  {C::feedback, L::en, false, R"(take (?:our|this|a) (?:\d+-minute |short |quick |brief )?(?:[\pL-]+ )?survey and (?:you could|be entered to) win)"},
  {C::feedback, L::de, false, R"(nehmen sie an unserer (?:kurzen )?(?:[\pL-]+)?umfrage teil und gewinnen)"},
  {C::feedback, L::fr, false, R"(répondez à notre (?:court |petit )?(?:questionnaire|sondage)[^.!?]* et (?:tentez de )?gagne)"},
  {C::feedback, L::es, false, R"(responde (?:a )?nuestra (?:breve )?encuesta[^.!?]* y (?:podrás )?gana)"},
  {C::feedback, L::it, false, R"(rispondi al nostro (?:breve )?(?:questionario|sondaggio)[^.!?]* e vinci)"},
  {C::feedback, L::nl, false, R"(vul (?:onze|de) (?:korte )?enquête in en (?:maak kans|win))"},
  {C::feedback, L::pt, false, R"(responda (?:à|a) nossa (?:breve )?pesquisa[^.!?]* e (?:concorra|ganhe))"},
  // A survey with a prize, whatever words ask for it ("Tell us what you
  // think in our short survey and you could win a voucher").
  {C::feedback, L::en, false, R"(\bsurvey\b[^.!?]{0,30}\band (?:you could|you'll be entered to|you will be entered to|be entered to) win\b)"},
  {C::feedback, L::de, false, R"(\bumfrage\b[^.!?]{0,30}\bund (?:mit etwas glück )?(?:gewinnen|gewinne|gewinnt)\b)"},
  {C::feedback, L::fr, false, R"(\b(?:questionnaire|sondage|enquête)\b[^.!?]{0,30}\bet (?:tentez de |vous pourriez |peut-être )?gagne)"},
  {C::feedback, L::es, false, R"(\bencuesta\b[^.!?]{0,30}\by (?:podrías |podrá |participa para )?gan[ae])"},
  {C::feedback, L::it, false, R"(\b(?:questionario|sondaggio)\b[^.!?]{0,30}\be (?:potresti |potrà )?vince)"},
  {C::feedback, L::nl, false, R"(\benquête\b[^.!?]{0,30}\ben (?:maak|maakt|maak je|maakt u) kans\b)"},
  {C::feedback, L::pt, false, R"(\b(?:pesquisa|inquérito|questionário)\b[^.!?]{0,30}\be (?:pode |poderá )?(?:concorrer|ganhar|ganhe|concorra)\b)"},
  // A newsroom's confidential tip line: "Send us a tip securely through
  // our encrypted mailbox".
  {C::feedback, L::en, false,
   R"(\b(?:secure|anonymous|encrypted|confidential) (?:tip ?line|tip ?box|drop ?box|mailbox|letterbox|tip form)\b|\b(?:send|give) us (?:a )?tips? (?:securely|anonymously|confidentially)\b)"},
  {C::feedback, L::de, false,
   R"(\b(?:anonymen|verschlüsselten|sicheren|vertraulichen) (?:hinweis)?briefkasten\b|\bhinweisgeber-?(?:portal|briefkasten)\b|\b(?:schreiben sie|schreib|schreibt) uns (?:vertraulich|anonym)\b)"},
  {C::feedback, L::fr, false,
   R"(\b(?:boîte aux lettres|plateforme|messagerie) (?:sécurisée|anonyme|chiffrée) pour (?:nous )?(?:transmettre|signaler|vos signalements)|(?:écrivez|signalez)-nous (?:en toute confidentialité|anonymement))"},
  {C::feedback, L::es, false,
   R"(\bbuzón (?:seguro|anónimo|cifrado)|\b(?:escríbenos|contáctanos|envíanos tu pista) (?:de forma )?(?:anónima|confidencial)\b)"},
  {C::feedback, L::it, false,
   R"(\b(?:casella|piattaforma) (?:sicura|anonima|cifrata) per (?:le )?segnalazioni\b|\b(?:scrivici|segnalaci) in modo (?:anonimo|riservato)\b)"},
  {C::feedback, L::nl, false,
   R"(\b(?:veilige|anonieme|versleutelde) (?:tipslijn|brievenbus|tipsleiding|tipformulier)\b|\b(?:tip ons|stuur ons een tip) (?:anoniem|vertrouwelijk)\b)"},
  {C::feedback, L::pt, false,
   R"(\b(?:caixa|canal|plataforma) (?:segur[ao]|cifrad[ao]|anónim[ao]|anônim[ao]) (?:para|de) denúncias|\b(?:envie-nos|mande-nos) (?:uma )?(?:denúncia|dica) (?:anónima|anônima|confidencial)\b)"},
  // A call for readers' tips the issue may print: "mail it to us and we
  // may run it with your name".
  {C::feedback, L::en, false,
   R"(\band we (?:may|might|could|will|'ll) (?:run|print|publish|feature) (?:it|them|yours)\b|(?:know|have|got) an? [\pL -]{1,30} we (?:have not|haven't|never) (?:printed|run|covered|listed)\b)"},
  {C::feedback, L::de, false,
   R"(\bund wir (?:drucken|veröffentlichen|bringen) (?:ihn|sie|es|ihren|deinen) (?:vielleicht|eventuell|gerne?)\b|vielleicht (?:drucken|veröffentlichen) wir (?:ihn|sie|es|ihren|deinen)\b)"},
  {C::feedback, L::fr, false,
   R"(nous (?:la|le|les) publierons peut-être|et nous (?:pourrions|pourrons) (?:la|le|les) publier)"},
  {C::feedback, L::es, false,
   R"(\by (?:quizás|quizá|tal vez|puede que) (?:la|lo|los|las) publiquemos)"},
  {C::feedback, L::it, false,
   R"(\be (?:potremmo|forse) pubblicarl[aoie]\b|\be forse (?:la|lo|li|le) pubblicheremo)"},
  {C::feedback, L::nl, false,
   R"(\ben (?:misschien|wellicht) (?:plaatsen|publiceren) we (?:hem|het|ze|die|jouw|uw)\b)"},
  {C::feedback, L::pt, false,
   R"(\be (?:talvez|poderemos) (?:a|o|os|as) (?:publiquemos|publicar)\b|\be talvez (?:a|o) publiquemos)"},
  // A button to the reader's own progress page on a learning platform.
  {C::feedback, L::en, false, R"(^(?:see|view|check|go to|to) your (?:learning )?(?:progress|stats|statistics|dashboard)\W*$)"},
  {C::feedback, L::de, false, R"(^(?:zu |zum )?(?:deinem|ihrem|deiner|ihrer) (?:lern)?(?:fortschritt|statistik|dashboard)\W*$)"},
  {C::feedback, L::fr, false, R"(^(?:voir|consulter|suivre) (?:ta|votre) progression\W*$)"},
  {C::feedback, L::es, false, R"(^(?:ver|consulta|consultar) (?:tu|su) progreso\W*$)"},
  {C::feedback, L::it, false, R"(^(?:vedi|scopri|controlla) i tuoi progressi\W*$)"},
  {C::feedback, L::nl, false, R"(^(?:bekijk |naar )?(?:je|jouw|uw) (?:leer)?voortgang\W*$)"},
  {C::feedback, L::pt, false, R"(^(?:ver|veja|acompanhe) (?:o )?(?:seu|teu) progresso\W*$)"},
  // A post's comment prompt standing alone as a link under it ("Leave a
  // comment", "Join the discussion"): the platform's, not the story's.
  {C::feedback, L::en, false, R"(^(?:leave|add|post|write) a comment\W*$|^(?:join|continue) the (?:discussion|conversation)\W*$|^(?:comment on|discuss) this (?:post|story|article|essay|issue)\W*$|^view (?:all )?\d* ?comments\W*$)"},
  {C::feedback, L::de, false, R"(^(?:jetzt |hier )?(?:kommentieren|kommentar (?:schreiben|verfassen|hinterlassen))\W*$|^(?:einen )?kommentar (?:schreiben|hinterlassen)\W*$|^(?:diskutier(?:e|t|en sie) mit|zur diskussion)\W*$|^(?:alle )?\d* ?kommentare (?:lesen|ansehen|anzeigen)\W*$)"},
  {C::feedback, L::fr, false, R"(^(?:laisser|laissez|écrire|ajouter) un commentaire\W*$|^(?:commenter|réagir)(?: (?:cet article|ce billet|ce texte))?\W*$|^(?:rejoindre|rejoignez) la (?:discussion|conversation)\W*$|^voir (?:les|tous les) (?:\d+ )?commentaires\W*$)"},
  {C::feedback, L::es, false, R"(^(?:deja|dejar|escribe|añade) (?:un|tu) comentario\W*$|^comentar(?: (?:este artículo|esta entrada))?\W*$|^(?:únete|súmate) a la (?:conversación|discusión)\W*$|^ver (?:los|todos los) (?:\d+ )?comentarios\W*$)"},
  {C::feedback, L::it, false, R"(^(?:lascia|lasciare|scrivi|aggiungi) un commento\W*$|^commenta(?: (?:l'articolo|questo articolo|il post))?\W*$|^partecipa alla (?:discussione|conversazione)\W*$|^(?:vedi|leggi) (?:i|tutti i) (?:\d+ )?commenti\W*$)"},
  {C::feedback, L::nl, false, R"(^(?:laat een reactie achter|plaats een reactie|schrijf een reactie)\W*$|^(?:reageer|reageren)(?: op (?:dit artikel|dit stuk|deze post))?\W*$|^(?:doe mee aan|praat mee in) de (?:discussie|conversatie)\W*$|^bekijk (?:de|alle) (?:\d+ )?reacties\W*$)"},
  {C::feedback, L::pt, false, R"(^(?:deixe|deixar|escreva|adicione) (?:um|o seu|seu) comentário\W*$|^comentar(?: (?:este artigo|esta publicação))?\W*$|^(?:participe|junte-se) (?:da|à) (?:conversa|discussão)\W*$|^ver (?:os|todos os) (?:\d+ )?comentários\W*$)"},
  // A post's row of reaction buttons under its title, set as one line
  // ("Like · Leave a comment · Share"): the platform's, not the writer's.
  {C::feedback, L::en, false, R"(^(?:like|heart)(?: \d+)? (?:[^.!?]{0,30} )?(?:share|restack)(?: \d+)?\W*$)"},
  {C::feedback, L::de, false, R"(^(?:gefällt mir|like)(?: \d+)? (?:[^.!?]{0,30} )?teilen(?: \d+)?\W*$)"},
  {C::feedback, L::fr, false, R"(^(?:j'aime|like)(?: \d+)? (?:[^.!?]{0,30} )?partager(?: \d+)?\W*$)"},
  {C::feedback, L::es, false, R"(^(?:me gusta|like)(?: \d+)? (?:[^.!?]{0,30} )?compartir(?: \d+)?\W*$|^(?:dejá|deje|dejanos|déjanos|déjame|dejame) (?:un|tu|su) comentario\W*$)"},
  {C::feedback, L::it, false, R"(^(?:mi piace|like)(?: \d+)? (?:[^.!?]{0,30} )?condividi(?: \d+)?\W*$)"},
  {C::feedback, L::nl, false, R"(^(?:vind ik leuk|like)(?: \d+)? (?:[^.!?]{0,30} )?delen(?: \d+)?\W*$)"},
  {C::feedback, L::pt, false, R"(^(?:gostei|curtir|like)(?: \d+)? (?:[^.!?]{0,30} )?(?:partilhar|compartilhar)(?: \d+)?\W*$)"},
  // A run of nouns asking for mail ("Fragen, Kritik, Hinweise?").
  {C::feedback, L::en, false, R"(^(?:questions|comments|feedback|tips|corrections|ideas)(?:,? (?:or |and )?(?:questions|comments|feedback|tips|corrections|ideas|complaints)){1,4}\?)"},
  {C::feedback, L::de, false, R"(^(?:fragen|kritik|anregungen|hinweise|lob|wünsche|tipps)(?:,? (?:und |oder )?(?:fragen|kritik|anregungen|hinweise|lob|wünsche|tipps)){1,4}\?)"},
  {C::feedback, L::fr, false, R"(^(?:questions|remarques|critiques|suggestions|idées)(?:,? (?:ou |et )?(?:questions|remarques|critiques|suggestions|idées)){1,4} ?\?)"},
  {C::feedback, L::es, false, R"(^¿?(?:preguntas|comentarios|críticas|sugerencias|ideas)(?:,? (?:o |y )?(?:preguntas|comentarios|críticas|sugerencias|ideas)){1,4}\?)"},
  {C::feedback, L::it, false, R"(^(?:domande|commenti|critiche|suggerimenti|segnalazioni)(?:,? (?:o |e )?(?:domande|commenti|critiche|suggerimenti|segnalazioni)){1,4}\?)"},
  // The newsroom asking for tips by its own channel ("Tip the newsroom by
  // email or message us on ...").
  {C::feedback, L::en, false, R"(\btip (?:off )?(?:the|our) (?:newsroom|editors|news desk|reporters) (?:via|by|at|on)\b)"},
  {C::feedback, L::de, false, R"(\b(?:gib|geben sie|gebt) (?:der|unserer) redaktion einen (?:tipp|hinweis) (?:per|über|unter|an)\b)"},
  {C::feedback, L::fr, false, R"(\b(?:alertez|alerte|prévenez|préviens) (?:la|notre) rédaction (?:par|via|au|sur|à) )"},
  {C::feedback, L::es, false, R"(\b(?:avisa|avise|chiva|escribe) a (?:la|nuestra) redacción (?:por|vía|a través de|en|al)\b)"},
  {C::feedback, L::it, false, R"(\b(?:segnala|segnalate|scrivi) alla (?:nostra )?redazione (?:via|per|tramite|su|a|al)\b)"},
  {C::feedback, L::nl, false, R"(\btip (?:de|onze) redactie (?:via|op|per|met)\b|\bapp (?:ons|de redactie) (?:op|via) (?:\+31|0)\d)"},
  {C::feedback, L::pt, false, R"(\b(?:avise|mande uma dica para|fale com) a (?:nossa )?redação (?:por|pelo|via|no|em)\b)"},
  // A job board's pitch to employers: post an opening on the letter's board.
  {C::house_ad, L::en, false, R"(\bpost (?:a|your) (?:job|role|vacancy|opening|listing|job ad) (?:on|in|to) (?:our|the) (?:[\pL-]+ )?(?:job board|jobs board|board)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:schalte|schalten sie|veröffentliche|veröffentlichen sie) (?:eine |ihre |deine )?stellenanzeige (?:in|auf) (?:unserer|unserem) (?:jobbörse|stellenmarkt|jobboard|jobbrett)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:publiez|déposez|publie|dépose) (?:une|votre|ton) (?:offre|annonce) (?:d'emploi )?sur (?:notre|le) (?:job ?board|tableau d'offres|espace emploi)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:publica|publique) (?:una|tu|su) oferta (?:de empleo )?en (?:nuestra|nuestro) (?:bolsa de (?:empleo|trabajo)|tablón|portal de empleo)\b)"},
  {C::house_ad, L::it, false, R"(\bpubblica (?:un|il tuo|il vostro) annuncio (?:di lavoro )?(?:in|nella|sulla) (?:nostra )?bacheca\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:plaats|zet) (?:een|je|uw|jouw) vacature (?:op|in) (?:onze|ons) (?:vacaturebank|vacaturebord|jobboard)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:publique|anuncie|divulgue) (?:uma|sua|a sua) vaga (?:em|no|na) (?:nosso|nossa) (?:mural|quadro|banco) de (?:vagas|empregos)\b)"},
  {C::feedback, L::nl, false, R"(^(?:vragen|opmerkingen|kritiek|tips|suggesties|ideeën)(?:,? (?:of |en )?(?:vragen|opmerkingen|kritiek|tips|suggesties|ideeën)){1,4}\?)"},
  {C::feedback, L::pt, false, R"(^(?:perguntas|dúvidas|comentários|críticas|sugestões)(?:,? (?:ou |e )?(?:perguntas|dúvidas|comentários|críticas|sugestões)){1,4}\?)"},
  // A bulletin's call for copy: "Copy for the December Bulletin should
  // reach the Editor by 10 December".
  {C::feedback, L::en, false,
   R"(\b(?:copy|contributions|items|submissions) for (?:the )?(?:next|\pL+) (?:issue|bulletin|newsletter|edition) (?:should|must|are due|to)\b)"},
  {C::feedback, L::de, false, R"(\b(?:redaktionsschluss|beiträge) für (?:die |den |das )?(?:nächsten?|kommenden?) (?:ausgabe|nummer|rundbrief|monatsbrief|infobrief|newsletter|heft))"},
  {C::feedback, L::fr, false, R"(\b(?:les )?(?:contributions|articles) pour (?:le prochain (?:numéro|bulletin)|la prochaine (?:lettre|édition)) (?:doivent|sont à))"},
  {C::feedback, L::es, false, R"(\b(?:las )?(?:colaboraciones|contribuciones) para (?:el próximo (?:número|boletín)|la próxima (?:carta|edición)) (?:deben|deberán))"},
  {C::feedback, L::it, false, R"(\bi contributi per (?:il prossimo (?:numero|notiziario|bollettino)|la prossima (?:lettera|edizione)) (?:devono|vanno))"},
  {C::feedback, L::nl, false, R"(\bkopij voor (?:de )?(?:volgende|komende) (?:nieuwsbrief|editie|uitgave|nummer))"},
  {C::feedback, L::pt, false, R"(\b(?:as )?contribuições para (?:o próximo (?:número|boletim)|a próxima (?:carta|edição)) (?:devem|deverão))"},
  // Mail to the editors that gets no answer of its own: "we read every
  // letter but cannot answer each one personally".
  {C::feedback, L::en, false,
   R"((?:cannot|can't|can not|are unable to|aren't able to) (?:personally )?(?:answer|reply to|respond to) (?:each|every|all|individual|them all)\b)"},
  {C::feedback, L::de, false,
   R"((?:können|kann) (?:[\pL]+ ){0,2}nicht (?:jede|jeden|alle)\b[^.!?]{0,30}(?:persönlich|einzeln|individuell) beantworten)"},
  {C::feedback, L::fr, false,
   R"(ne (?:pouvons|pouvez|peut) (?:malheureusement )?pas répondre (?:personnellement|individuellement|à (?:chaque|tous les|toutes les)))"},
  {C::feedback, L::es, false, R"(no podemos responder (?:personalmente|individualmente|a (?:cada|todos|todas)))"},
  {C::feedback, L::it, false, R"(non possiamo rispondere (?:personalmente|singolarmente|individualmente|a (?:ogni|tutti|tutte)))"},
  {C::feedback, L::nl, false,
   R"(kunnen (?:helaas )?niet (?:elke|iedere|alle)\b[^.!?]{0,30}(?:persoonlijk|individueel) beantwoorden)"},
  {C::feedback, L::pt, false, R"(não podemos responder (?:pessoalmente|individualmente|a (?:cada|todas|todos)))"},
  // A prompt for the post's comments, as writing platforms print it under
  // a post ("Tell me in the comments what you'd add"), and a review
  // button on its own ("Write a review").
  {C::feedback, L::en, false,
   R"((?:tell|let) (?:me|us) (?:know )?(?:[^.!?]{0,40} )?in the comments\b|(?:see you|meet me) in the comments\b|^(?:write|leave|post) (?:a|us a|your) review\W*$)"},
  {C::feedback, L::de, false,
   R"((?:schreib|schreibt|schreiben sie) (?:es )?(?:mir|uns) (?:[^.!?]{0,40} )?in die kommentare|(?:verrat|verratet|verraten sie) (?:es )?(?:mir|uns) (?:[^.!?]{0,40} )?in den kommentaren|^(?:jetzt )?(?:bewertung schreiben|bewerten sie uns)\W*$)"},
  {C::feedback, L::fr, false,
   R"((?:dites|dis)-(?:moi|nous) (?:[^.!?]{0,40} )?en commentaires?\b|^(?:rédiger|laisser|écrire) un avis\W*$)"},
  {C::feedback, L::es, false,
   R"((?:cuéntame|cuéntanos|dime|decidme) (?:[^.!?]{0,40} )?en (?:los )?comentarios\b|^(?:escribe|escribir|deja|dejar) (?:una|tu) (?:reseña|opinión)\W*$)"},
  {C::feedback, L::it, false,
   R"((?:scrivetemi|scrivimi|fatemi sapere|fammi sapere|ditemi) (?:[^.!?]{0,40} )?nei commenti\b|^(?:scrivi|lascia) una recensione\W*$)"},
  {C::feedback, L::nl, false,
   R"((?:laat|vertel) (?:het )?(?:me|ons) (?:[^.!?]{0,40} )?(?:weten )?in de (?:reacties|comments)\b|^(?:schrijf|plaats) een (?:review|recensie)\W*$)"},
  {C::feedback, L::pt, false,
   R"((?:me conta|me conte|conte-me|diga-me|conta pra gente) (?:[^.!?]{0,40} )?nos comentários\b|^(?:escrever|escreva|deixe|deixar) (?:uma|sua) (?:avaliação|resenha)\W*$)"},
  // A list's call for readers' jokes, quotes or recipes with what running
  // one brings ("Got a clean joke? Send it in - if we run it, you get a
  // mug.").
  {C::feedback, L::en, false,
   R"(\bgot a (?:clean |good |funny |favou?rite )?(?:joke|quote|riddle|recipe|poem)\b|\bif we (?:run|publish|print|pick) (?:it|yours)\b)"},
  {C::feedback, L::de, false,
   R"(\b(?:kennen sie|kennst du|haben sie|hast du) einen (?:guten )?witz\b|\bwenn wir (?:ihn|ihren|deinen|es) (?:veröffentlichen|abdrucken|bringen)\b)"},
  {C::feedback, L::fr, false,
   R"(\b(?:vous avez|tu as) une (?:bonne )?(?:blague|citation|recette)\s?\?|\bsi nous (?:la|le) (?:publions|retenons)\b)"},
  {C::feedback, L::es, false,
   R"(\b(?:tienes|tiene) un (?:buen )?chiste\b|\bsi (?:lo|la) publicamos\b)"},
  {C::feedback, L::it, false,
   R"(\b(?:hai|avete) una (?:bella )?barzelletta\b|\bse (?:la|lo) pubblichiamo\b)"},
  {C::feedback, L::nl, false,
   R"(\b(?:heb je|hebt u|heeft u) een (?:goede )?mop\b|\bals (?:we|wij) (?:hem|het|die) (?:plaatsen|publiceren)\b)"},
  {C::feedback, L::pt, false,
   R"(\b(?:tem|tens|você tem) uma (?:boa )?piada\b|\bse (?:a|o) publicarmos\b)"},
  // A reader poll: its label and the line on when the results come.
  {C::feedback, L::en, false,
   R"(^(?:quick |reader |today's |this week's |weekly |mini )?poll ?:|^results (?:will be )?(?:in|shared in|published in) (?:the )?(?:next|tomorrow's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|next week's) (?:issue|edition|newsletter|email)|\bvotes are anonymous\b)"},
  {C::feedback, L::de, false,
   R"(^(?:kurze |unsere )?umfrage ?:|(?:das )?ergebnis (?:gibt es|lest ihr|lesen sie|liest du) in der nächsten ausgabe|abstimmung ist anonym)"},
  {C::feedback, L::fr, false,
   R"(^(?:petit |le )?sondage(?: express)? ?:|résultats? dans (?:la |le )?(?:prochaine? )?(?:édition|numéro|lettre) (?:de )?(?:demain|prochaine?)?|(?:le )?vote est anonyme)"},
  {C::feedback, L::es, false,
   R"(^(?:encuesta|sondeo)(?: rápid[oa])? ?:|resultados en (?:el )?próximo (?:número|boletín)|(?:el )?voto es anónimo)"},
  {C::feedback, L::it, false,
   R"(^(?:mini-?)?sondaggio(?: lampo)? ?:|risultati nel prossimo numero|(?:il )?voto è anonimo)"},
  {C::feedback, L::nl, false,
   R"(^(?:korte |snelle )?(?:poll|peiling) ?:|uitslag in de volgende (?:editie|nieuwsbrief)|stemmen is anoniem)"},
  {C::feedback, L::pt, false,
   R"(^(?:enquete|sondagem)(?: rápida)? ?:|resultados na próxima (?:edição|newsletter)|(?:o )?voto é an[óô]nimo)"},
  // The editors' question for criticism and ideas, asked of the reader:
  // "Have questions or feedback?", "Haben Sie Anregungen oder Kritik?".
  {C::feedback, L::en, false, R"(^(?:do you )?have (?:any )?(?:questions|feedback|suggestions|comments|ideas|criticism|tips)(?:(?:,| or| and|, or|, and) (?:questions|feedback|suggestions|comments|ideas|criticism|tips)){0,3}(?: for (?:us|the (?:team|newsroom|editors)))?\?)"},
  {C::feedback, L::de, false, R"(^(?:haben sie|hast du|habt ihr) (?:noch )?(?:fragen|kritik|anregungen|hinweise|wünsche|ideen|lob|tipps)(?:(?:,| und| oder|, und|, oder) (?:fragen|kritik|anregungen|hinweise|wünsche|ideen|lob|tipps)){0,3}(?: (?:für|an) (?:uns|die redaktion|mich))?\?)"},
  {C::feedback, L::fr, false, R"(^(?:vous avez|avez-vous|tu as|as-tu) des (?:questions|remarques|suggestions|critiques|idées|commentaires)(?:(?:,| ou| et) (?:des )?(?:questions|remarques|suggestions|critiques|idées|commentaires)){0,3}(?: pour (?:nous|la rédaction))? ?\?)"},
  {C::feedback, L::es, false, R"(^¿?(?:tienes|tiene|tenéis) (?:alguna |algún )?(?:preguntas?|dudas?|sugerencias?|comentarios?|críticas?|ideas?)(?:(?:,| o| y) (?:preguntas?|dudas?|sugerencias?|comentarios?|críticas?|ideas?)){0,3}(?: para (?:nosotros|la redacción))?\?)"},
  {C::feedback, L::it, false, R"(^(?:hai|ha|avete) (?:domande|suggerimenti|critiche|idee|commenti|osservazioni)(?:(?:,| o| e) (?:domande|suggerimenti|critiche|idee|commenti|osservazioni)){0,3}(?: per (?:noi|la redazione))?\?)"},
  {C::feedback, L::nl, false, R"(^(?:heb je|hebt u|heeft u|hebben jullie) (?:nog )?(?:vragen|opmerkingen|suggesties|ideeën|kritiek|tips)(?:(?:,| of| en) (?:vragen|opmerkingen|suggesties|ideeën|kritiek|tips)){0,3}(?: voor (?:ons|de redactie))?\?)"},
  {C::feedback, L::pt, false, R"(^(?:tem|tens|você tem) (?:alguma )?(?:dúvidas?|perguntas?|sugestões|sugestão|críticas?|ideias?|comentários?)(?:(?:,| ou| e) (?:dúvidas?|perguntas?|sugestões|críticas?|ideias?|comentários?)){0,3}(?: para (?:nós|a redação|a redacção))?\?)"},
  // A shop's quiz that matches the reader to its products: "Mach unser
  // Stil-Quiz", "Take our style quiz", its button.
  {C::feedback, L::en, false, R"(\b(?:take|try) (?:our|the) (?:[\pL-]+ )?quiz\b|\b(?:style|skin|fragrance|gift) quiz\b|^(?:take|start) the quiz\W*$)"},
  {C::feedback, L::de, false, R"(\b(?:mach|macht|machen sie) (?:jetzt )?(?:unser|das|den) (?:[\pL-]+-)?(?:quiz|test)\b|\b(?:stil|style|typ|duft|haut|geschenke)-?quiz\b|^zum (?:[\pL-]+-)?quiz\W*$)"},
  {C::feedback, L::fr, false, R"(\b(?:fais|faites|répondez à) (?:notre|le) (?:quiz|test)\b|\bquiz (?:de )?style\b|^(?:faire|commencer|faites) le quiz\W*$)"},
  {C::feedback, L::es, false, R"(\b(?:haz|haga|responde a) (?:nuestro|el) (?:quiz|test|cuestionario)\b|\b(?:quiz|test) de estilo\b|^(?:hacer|empezar|haz) el (?:quiz|test)\W*$)"},
  {C::feedback, L::it, false, R"(\b(?:fai|fate|faccia) (?:il nostro|il) (?:quiz|test)\b|\b(?:quiz|test) (?:di|sullo) stile\b|^(?:fai|inizia) il quiz\W*$)"},
  {C::feedback, L::nl, false, R"(\b(?:doe|doet u) (?:onze|de) (?:[\pL-]+)?(?:quiz|test)\b|\bstijl-?quiz\b|^(?:naar|start) de quiz\W*$)"},
  {C::feedback, L::pt, false, R"(\b(?:faça|faz|responda ao) (?:o nosso|o|nosso) (?:quiz|teste)\b|\b(?:quiz|teste) de estilo\b|^(?:fazer|começar|faça) o quiz\W*$)"},
  // A show's rating request: a five-star rating in the listener's app
  // helps new listeners find it.
  {C::feedback, L::en, false, R"(\b(?:a )?(?:five|5)[- ]star (?:rating|review)s?\b[^.!?]{0,60}?\bhelps? (?:new |other |more )?(?:listeners|readers|people|others|fans|us)\b|^enjoying (?:the|this|our) (?:shows?|podcasts?|episodes?)\?)"},
  {C::feedback, L::de, false, R"(\beine (?:fünf|5)-sterne-bewertung\b[^.!?]{0,60}?\bhilft\b|^(?:gefällt (?:dir|ihnen) (?:der|unser) podcast|hörst du (?:uns )?gern)\?)"},
  {C::feedback, L::fr, false, R"(\bune (?:note|évaluation) (?:de )?(?:cinq|5) étoiles\b[^.!?]{0,60}?\baide\b|^(?:vous aimez|tu aimes) (?:le|nos|notre) (?:podcasts?|émissions?) ?\?)"},
  {C::feedback, L::es, false, R"(\buna (?:valoración|reseña|calificación) de (?:cinco|5) estrellas\b[^.!?]{0,60}?\bayuda\b|^¿?(?:te gusta|disfrutas) (?:el|nuestro) (?:podcast|programa)\?)"},
  {C::feedback, L::it, false, R"(\buna (?:recensione|valutazione) (?:a|da) (?:cinque|5) stelle\b[^.!?]{0,60}?\baiuta\b|^(?:ti piace|vi piace) (?:il|il nostro) (?:podcast|programma)\?)"},
  {C::feedback, L::nl, false, R"(\been (?:beoordeling|review) (?:van|met) (?:vijf|5) sterren\b[^.!?]{0,60}?\bhelpt\b|^(?:vind je|vindt u) (?:de|onze) podcast (?:leuk|goed)\?)"},
  {C::feedback, L::pt, false, R"(\buma avaliação (?:de|com) (?:cinco|5) estrelas\b[^.!?]{0,60}?\bajuda\b|^(?:está gostando|gosta) (?:do|do nosso) (?:podcast|programa)\?)"},
  // A reader poll's box as a title and a button: the title alone on its
  // line ("Reader poll", "Poll of the week") and the button that casts
  // the vote ("Cast your vote").
  {C::feedback, L::en, false, R"(^(?:our |the )?(?:reader|readers'?|weekly|this week's) poll\W*$|^poll of the (?:week|month)\W*$|^(?:cast your vote|vote now|vote here)\W*$)"},
  {C::feedback, L::de, false, R"(^(?:unsere )?(?:leser|wochen)-?umfrage\W*$|^umfrage der (?:woche|ausgabe)\W*$|^(?:jetzt |hier )?abstimmen\W*$|^stimme(?:n sie)? (?:jetzt )?ab\W*$)"},
  {C::feedback, L::fr, false, R"(^(?:le |notre )?sondage (?:des lecteurs|de la semaine|du mois)\W*$|^(?:votez|je vote|voter)(?: maintenant| ici)?\W*$)"},
  {C::feedback, L::es, false, R"(^(?:la |nuestra )?encuesta (?:a los lectores|de los lectores|de la semana|semanal)\W*$|^(?:vota|vote|votar)(?: ahora| aquí)?\W*$)"},
  {C::feedback, L::it, false, R"(^(?:il )?sondaggio (?:dei lettori|della settimana|settimanale)\W*$|^(?:vota|votare)(?: ora| adesso| qui)?\W*$)"},
  {C::feedback, L::nl, false, R"(^(?:de )?(?:lezers|week)peiling\W*$|^(?:de )?peiling van de week\W*$|^(?:stem|breng je stem uit)(?: nu| hier)?\W*$)"},
  {C::feedback, L::pt, false, R"(^(?:a )?(?:enquete|sondagem) (?:dos leitores|da semana|semanal)\W*$|^(?:vote|votar|vota)(?: agora| aqui)?\W*$)"},
  // ---- deliverability boilerplate --------------------------------------------------------
  {C::deliverability, L::en, false,
   R"(add (?:us|our (?:email )?address|this (?:email )?address|[^ ]+@[^ ]+) to your (?:address book|contacts|safe|whitelist)|)"
   R"(safe senders? list|whitelist us|(?:land|lands|end up|ending up|landing|go|going|goes) (?:in|to) (?:your )?(?:spam|junk|promotions)|)"
   R"(check your (?:spam|junk)|(?:move|drag) (?:this|us|the) (?:email )?(?:to|into) (?:your )?(?:primary|inbox)|)"
   R"(mark (?:us|this email) as (?:not spam|safe)|never miss an? (?:issue|email|edition)|)"
   R"(if you(?:'d| would) rather (?:get|receive|have) (?:a )?(?:plain[- ]text|text-only)|plain[- ]text version|)"
   R"(promotions tab|(?:drag|move) (?:us|this email|it) (?:over )?(?:to|into) (?:your )?(?:primary|inbox)|not seeing us in your inbox)"},
  {C::deliverability, L::de, false,
   R"(zu (?:ihren|deinen|euren) kontakten hinzu|ins adressbuch|in (?:ihr|dein) adressbuch|im spam(?:-ordner| ordner)? land|)"
   R"(im (?:spam|junk|werbe)-?ordner|als (?:sicheren |vertrauenswürdigen )?absender|keine ausgabe (?:mehr )?verpassen|nur-text-version|textversion|)"
   R"((?:in den|im) (?:tab|reiter) (?:"?allgemein|"?primär|"?werbung)|(?:verschieb|zieh)(?:e|en sie)? (?:diese|unsere) (?:e-mail|mail) in)"},
  {C::deliverability, L::fr, false,
   R"(ajoutez(?:-nous)? .{0,50}(?:à|dans) (?:vos|votre) (?:contacts|carnet d'adresses)|ajoute(?:-nous)? .{0,40}à tes contacts|)"
   R"(dans (?:vos|tes|les) (?:spams|courriers indésirables|indésirables)|expéditeur (?:sûr|fiable|approuvé)|)"
   R"(ne (?:manquez|manque) (?:plus )?aucun(?:e)? (?:numéro|édition|newsletter|lettre)|version texte|)"
   R"((?:glissez|déplacez|glisse|déplace) (?:ce|cet|notre) (?:e-?mail|message|courriel) (?:dans|vers) l'onglet|onglet (?:principal|promotions))"},
  {C::deliverability, L::es, false,
   R"(añád(?:enos|e) .{0,50}a (?:tus|sus) contactos|agréganos a (?:tus )?contactos|en (?:la carpeta de )?(?:spam|correo no deseado)|)"
   R"(remitente seguro|no te pierdas (?:ningún|ninguna) (?:número|edición|boletín)|versión (?:de )?(?:solo )?texto|)"
   R"((?:arrastra|mueve) (?:este|nuestro) (?:correo|email|mensaje) a la pestaña|pestaña (?:principal|promociones))"},
  {C::deliverability, L::it, false,
   R"(aggiungi(?:ci)? .{0,50}(?:ai|alla) (?:tuoi )?(?:contatti|rubrica)|nella (?:cartella )?(?:spam|posta indesiderata)|)"
   R"(mittente (?:sicuro|attendibile)|non perdere (?:nessun|nessuna) (?:numero|newsletter|uscita)|versione (?:solo )?testo|)"
   R"((?:trascina|sposta) (?:questa|la nostra) (?:email|e-mail|mail) nella (?:scheda|cartella)|scheda (?:principale|promozioni))"},
  {C::deliverability, L::nl, false,
   R"(voeg .{0,50}toe aan (?:je|uw) (?:contacten|adresboek)|in (?:je|uw|de) (?:spam|spambox|spamfolder|ongewenste)|)"
   R"(veilige afzender|mis geen (?:enkele )?(?:editie|nieuwsbrief|uitgave)|tekstversie|)"
   R"((?:sleep|verplaats) (?:deze|onze) (?:e-?mail|mail|nieuwsbrief) naar (?:het tabblad|je inbox)|tabblad (?:primair|promoties|reclame))"},
  {C::deliverability, L::pt, false,
   R"(adicione .{0,50}(?:aos|à) (?:seus )?(?:contatos|contactos|lista de contatos)|salve .{0,50}(?:na sua|em sua|nos seus|aos seus) (?:agenda|contatos|contactos|lista de contatos)|na (?:caixa|pasta) de (?:spam|lixo)|)"
   R"(remetente (?:seguro|confiável)|não perca nenhuma (?:edição|newsletter)|versão (?:em |só )?texto|)"
   R"((?:arraste|mova) (?:este|esta|o nosso) (?:e-?mail|mensagem) para a (?:aba|guia|pasta)|(?:aba|guia) (?:principal|promoções))"},

  // The reader's list of approved senders.
  {C::deliverability, L::en, false, R"((?:approved|trusted) senders?\b)"},
  {C::deliverability, L::de, false, R"((?:zugelassenen|vertrauenswürdigen|sicheren) absender)"},
  {C::deliverability, L::fr, false, R"(expéditeurs (?:approuvés|autorisés|de confiance|fiables))"},
  {C::deliverability, L::es, false, R"(remitentes (?:aprobados|autorizados|de confianza|seguros))"},
  {C::deliverability, L::it, false, R"(mittenti (?:approvati|attendibili|affidabili|sicuri))"},
  {C::deliverability, L::nl, false, R"((?:goedgekeurde|vertrouwde|veilige) afzenders)"},
  {C::deliverability, L::pt, false, R"(remetentes (?:aprovados|confiáveis|seguros|autorizados))"},
  // ---- self-description --------------------------------------------------------------------
  {C::self_description, L::en, false,
   R"((?:is|is a) (?:free,? )?(?:weekly|daily|monthly|bi-?weekly|fortnightly|twice-weekly) (?:free )?(?:newsletter|digest|roundup|round-up|email|briefing|bulletin)|)"
   R"((?:^[^\pL\pN]*|[|·•–—] |(?:(?:this|our|the) (?:(?:free|weekly|daily|monthly) )*(?:newsletter|digest|e-?mail|letter|bulletin|briefing|issue|edition|roundup|round-up|dispatch)|we|)"
   R"([\pL\pN&'-]+ (?:weekly|daily|digest|newsletter|letter|brief|briefing|bulletin|dispatch|roundup))(?:,? [^.!?]*(?:,| and| which| that))? (?:(?:is|are) )?(?:free,? (?:and )?)?))"
   R"((?:(?:sent|delivered|published) (?:out )?(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekday|morning)|)"
   R"((?:lands|arrives|goes out|is sent|comes out|hits inboxes) (?:[^.]{0,30} )?every (?:other )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekday|morning|month))|)"
   R"((?:to|by|in) (?:over |more than )?[0-9][0-9,.]*k?\+? (?:readers|subscribers|inboxes)|you(?:'re| are) reading (?:the|this)|)"
   R"((?:is|are) sent to [^.]{0,50}(?:once|twice) a (?:day|week|fortnight|month)|)"
   R"((?:family|locally|independently)[- ]owned (?:and operated )?(?:[\pL\pN'-]+ ){0,4}since (?:19|20)\d\d)"
   R"(|an? (?:weekly|daily|monthly|fortnightly|biweekly) (?:letter|newsletter|email|digest|dispatch|briefing|roundup) (?:on|about) [^.!?]*, (?:from|by) )"
   R"(|join (?:over |more than )?[0-9][0-9,.]*k?\+? (?:other )?(?:[\pL-]+ ){1,3}?(?:who|that) (?:read|get|receive|start)\b)"
   R"(|^welcome series\b|^(?:[\pL ]+ )?(?:part|email) \d+ of \d+\W*$)"},
  {C::self_description, L::de, false,
   R"(ist ein (?:wöchentlicher|täglicher|monatlicher|kostenloser|kostenfreier) newsletter|erscheint (?:jeden|jede|alle) (?:\pL+ ){0,2}?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|werktag|wochentag|tag|morgen|abend|woche|monat|quartal|wochen|tage|monate)s?(?:\W*$|[.,;:!(]| (?:um|ab|gegen|per|im|in|bei|pünktlich|zwischen|kostenlos)\b)|)"
   R"(erscheint (?:wöchentlich|täglich|monatlich|werktäglich)(?:\W*$|[.,;:!(]| (?:um|ab|gegen|per|im|in|bei|pünktlich|kostenlos|und)\b)|)"
   R"((?:an|von|in) (?:über |mehr als )?[0-9][0-9.]* (?:leserinnen|leser|abonnenten|abonnentinnen|postfächer|postfächern)|du liest gerade|sie lesen gerade)"
   R"(|(?:ein|der) (?:wöchentliche[rs]?|tägliche[rs]?|monatliche[rs]?) (?:newsletter|brief|briefing) (?:über|zu|rund um) [^.!?]*, von )"
   R"(|(?:schließ dich|schließen sie sich|schließt euch) (?:über |mehr als )?[0-9][0-9.]* (?:anderen )?[\pL-]+ an)"
   R"(|^willkommensserie\b|^(?:[\pL ]+ )?(?:teil|mail|e-mail) \d+ von \d+\W*$)"},
  {C::self_description, L::fr, false,
   R"(est une (?:newsletter|lettre) (?:hebdomadaire|quotidienne|mensuelle|gratuite)|)"
   R"((?:^[^\pL\pN]*|[|·•–—] |(?:(?:cette|notre|votre|la) (?:newsletter|lettre|infolettre)(?: d'information)?|(?:ce|notre|votre|le) (?:bulletin|courriel|e-mail|mail)|nous|)"
   R"([\pL\pN&'-]+ hebdo|(?:la |le |l')?(?:lettre|newsletter|infolettre|bulletin) [\pL\pN&'-]+)(?:,? [^.!?]*(?:,| et| qui))? (?:(?:est|qui) )?))"
   R"((?:envoyée|publiée|paraît) (?:chaque|tous les)|)"
   R"((?:à|par) (?:plus de )?[0-9][0-9 .]* (?:lecteurs|lectrices|abonnés)|vous lisez (?:la|le) (?:newsletter|lettre))"
   R"(|une (?:lettre|newsletter) (?:hebdomadaire|quotidienne|mensuelle) (?:sur|consacrée à) [^.!?]*, (?:par|de) )"
   R"(|rejoignez (?:les )?(?:plus de )?[0-9][0-9  .]* [\pL-]+ (?:[\pL-]+ )?qui (?:lisent|reçoivent))"
   R"(|^série de bienvenue\b|^(?:[\pL ]+ )?(?:partie|e-mail|mail) \d+ sur \d+\W*$)"},
  {C::self_description, L::es, false,
   R"(es (?:un boletín|una newsletter|un newsletter) (?:semanal|diari[oa]|mensual|gratuit[oa])|)"
   R"((?:^[^\pL\pN]*|[|·•–—] |(?:(?:este|nuestro|el) (?:boletín|newsletter|correo|email|e-mail)(?: informativo)?|(?:esta|nuestra|la) (?:newsletter|carta)|)"
   R"(^[^\pL\pN]*(?:el |la )?[\pL\pN&'-]+ (?:semanal|diario|mensual)|(?:el |la )?(?:boletín|newsletter) [\pL\pN&'-]+)(?:,? [^.!?]*(?:,| y| que))? ))"
   R"((?:se envía|sale|llega) (?:cada|todos los)|)"
   R"((?:a|por) (?:más de )?[0-9][0-9.]* (?:lectores|suscriptores)|estás leyendo)"
   R"(|(?:un boletín|una newsletter|una carta) (?:semanal|diari[oa]|mensual) sobre [^.!?]*, (?:de|por) )"
   R"(|únete a (?:los |las )?(?:más de )?[0-9][0-9.]* [\pL-]+ (?:[\pL-]+ )?que (?:leen|reciben))"
   R"(|^serie de bienvenida\b|^(?:[\pL ]+ )?(?:parte|correo|email) \d+ de \d+\W*$)"},
  {C::self_description, L::it, false,
   R"(è una newsletter (?:settimanale|quotidiana|mensile|gratuita)|)"
   R"((?:^[^\pL\pN]*|[|·•–—] |(?:(?:questa|la nostra|la) (?:newsletter|lettera)|(?:questo|il nostro|il) (?:notiziario|bollettino)|)"
   R"(^[^\pL\pN]*(?:il |la )?[\pL\pN&'-]+ (?:settimanale|quotidiano|mensile)|(?:la )?newsletter [\pL\pN&'-]+)(?:,? [^.!?]*(?:,| e| ed| che))? ))"
   R"((?:esce|arriva|viene inviata) (?:ogni|tutti i)|)"
   R"((?:a|da) (?:oltre |più di )?[0-9][0-9.]* (?:lettori|lettrici|iscritti|abbonati)|stai leggendo|)"
   R"(il notiziario (?:settimanale|mensile|quindicinale|quotidiano|ufficiale)|la (?:newsletter|lettera) (?:settimanale|mensile|quindicinale) (?:di|del|della|dell'))"
   R"(|una (?:newsletter|lettera) (?:settimanale|quotidiana|mensile) (?:su|sul|sulla|sui|sugli|di) [^.!?]*, (?:di|da) )"
   R"(|unisciti (?:agli |ai |alle )?(?:oltre )?[0-9][0-9.]* [\pL-]+ (?:[\pL-]+ )?che (?:leggono|ricevono))"
   R"(|^serie di benvenuto\b|^(?:[\pL ]+ )?(?:parte|email|mail) \d+ di \d+\W*$)"},
  {C::self_description, L::nl, false,
   R"(is een (?:wekelijkse|dagelijkse|maandelijkse|gratis) nieuwsbrief|verschijnt (?:elke|iedere) (?:\pL+ ){0,2}?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag|dag|ochtend|avond|week|maand)(?:\W*$|[.,;:!(]| (?:om|vanaf|rond|per|in|bij|gratis)\b)|)"
   R"(verschijnt (?:wekelijks|dagelijks|maandelijks)(?:\W*$|[.,;:!(]| (?:om|vanaf|rond|per|in|bij|gratis|en)\b)|)"
   R"((?:aan|door) (?:meer dan |ruim )?[0-9][0-9.]* (?:lezers|abonnees)|(?:je|u) leest (?:de|het) nieuwsbrief)"
   R"(|een (?:wekelijkse|dagelijkse|maandelijkse) (?:nieuwsbrief|brief) over [^.!?]*, (?:van|door) )"
   R"(|sluit (?:je|u) aan bij (?:meer dan |ruim )?[0-9][0-9.]* [\pL-]+ (?:[\pL-]+ )?die)"
   R"(|^welkomst(?:reeks|serie)\b|^(?:[\pL ]+ )?(?:deel|mail) \d+ van \d+\W*$)"},
  {C::self_description, L::pt, false,
   R"(é uma newsletter (?:semanal|diária|mensal|gratuita)|é um boletim (?:semanal|diário|mensal)|)"
   R"((?:^[^\pL\pN]*|[|·•–—] |(?:(?:esta|nossa|a) (?:newsletter|carta)|(?:este|nosso|o) (?:boletim|informativo|e-?mail)|)"
   R"(^[^\pL\pN]*(?:o |a )?[\pL\pN&'-]+ (?:semanal|diária|diário|mensal)|(?:a |o )?(?:newsletter|boletim) [\pL\pN&'-]+)(?:,? [^.!?]*(?:,| e| que))? (?:é )?))"
   R"((?:enviada|chega|sai) (?:toda|todas as|todo|todos os)|(?:para|por) (?:mais de )?[0-9][0-9.]* (?:leitores|assinantes|inscritos)|você está lendo)"
   R"(|uma (?:newsletter|carta) (?:semanal|diária|mensal) sobre [^.!?]*, (?:de|por) )"
   R"(|junte-se (?:a|aos|às) (?:mais de )?[0-9][0-9.]* [\pL-]+ (?:[\pL-]+ )?que (?:leem|recebem))"
   R"(|^série de boas-vindas\b|^(?:[\pL ]+ )?(?:parte|e-mail) \d+ de \d+\W*$)"},
  // The issue's reading time on a line of its own ("Reading time: 4 minutes").
  // A publisher's free list naming the magazine or paper behind it ("A
  // free service of PC Weekly Magazine"), under the list's title.
  {C::self_description, L::en, false, R"(\ba free (?:e-?mail )?(?:service|publication|newsletter) (?:of|from) (?:the )?(?:[\pL&'-]+ ){1,4}(?:magazine|newspaper|journal|weekly|monthly)\b)"},
  {C::self_description, L::de, false, R"(\bein kostenloser (?:service|dienst) (?:von|der|des) (?:[\pL&'-]+ ){0,3}(?:magazins?|zeitschrift|zeitung)\b)"},
  {C::self_description, L::fr, false, R"(\bun service gratuit (?:de|du|des) (?:[\pL&'-]+ ){0,3}(?:magazine|journal|revue|quotidien|hebdomadaire)\b)"},
  {C::self_description, L::es, false, R"(\bun servicio gratuito de (?:la |el )?(?:revista|periódico|diario|semanario)\b)"},
  {C::self_description, L::it, false, R"(\bun servizio gratuito (?:di|della|del) (?:rivista|giornale|quotidiano|settimanale)\b)"},
  {C::self_description, L::nl, false, R"(\been gratis (?:dienst|service) van (?:het |de )?(?:[\pL&'-]+ ){0,2}(?:tijdschrift|magazine|krant|weekblad)\b)"},
  {C::self_description, L::pt, false, R"(\bum serviço gratuito (?:da|do|de) (?:revista|jornal|semanário)\b)"},
  {C::self_description, L::en, false, R"(^[^\pL\pN]*(?:estimated )?(?:reading|read) time ?:? ?(?:about |approx\.? )?\d+(?:[-–]\d+)? ?(?:min|mins|minutes?)\W*$|^[^\pL\pN]*\d+[- ]min(?:ute)? read\W*$)"},
  {C::self_description, L::de, false, R"(^[^\pL\pN]*(?:geschätzte )?lesezeit ?:? ?(?:ca\. |etwa )?\d+(?:[-–]\d+)? ?(?:min|minuten)\W*$)"},
  {C::self_description, L::fr, false, R"(^[^\pL\pN]*temps de lecture ?:? ?(?:environ )?\d+(?:[-–]\d+)? ?(?:min|minutes?)\W*$)"},
  {C::self_description, L::es, false, R"(^[^\pL\pN]*tiempo (?:estimado )?de lectura ?:? ?(?:unos )?\d+(?:[-–]\d+)? ?(?:min|minutos?)\W*$)"},
  {C::self_description, L::it, false, R"(^[^\pL\pN]*tempo (?:stimato )?di lettura ?:? ?(?:circa )?\d+(?:[-–]\d+)? ?(?:min|minuti?)\W*$)"},
  {C::self_description, L::nl, false, R"(^[^\pL\pN]*leestijd ?:? ?(?:ongeveer |ca\. )?\d+(?:[-–]\d+)? ?(?:min|minuten|minuut)\W*$)"},
  {C::self_description, L::pt, false, R"(^[^\pL\pN]*tempo (?:estimado )?de leitura ?:? ?(?:cerca de )?\d+(?:[-–]\d+)? ?(?:min|minutos?)\W*$)"},
  // A brand's claims in a row ("100 % vegan · Made in Freiburg"), and the
  // weather on the line under a briefing's greeting ("Weather in Leeds:
  // 12 degrees, rain later").
  {C::self_description, L::en, false, R"((?:100 ?% )?(?:vegan|cruelty[- ]free|plastic[- ]free|carbon[- ]neutral|made in [\pL-]+) ?[·|•] ?\pL|^weather(?: in [\pL -]+)? ?: ?-?\d+ ?(?:°|degrees))"},
  {C::self_description, L::de, false, R"((?:100 ?% )?(?:vegan|tierversuchsfrei|ohne mikroplastik|plastikfrei|klimaneutral|hergestellt in [\pL-]+) ?[·|•] ?\pL|^wetter(?: in [\pL-]+)? ?: ?-?\d+ ?(?:°|grad))"},
  {C::self_description, L::fr, false, R"((?:100 ?% )?(?:vegan|végan|non testé sur les animaux|sans microplastiques?|fabriqué en [\pL-]+) ?[·|•] ?\pL|^météo(?: à [\pL-]+)? ?: ?-?\d+ ?(?:°|degrés))"},
  {C::self_description, L::es, false, R"((?:100 ?% )?(?:vegano|libre de crueldad|sin microplásticos|hecho en [\pL-]+) ?[·|•] ?\pL|^el tiempo(?: en [\pL-]+)? ?: ?-?\d+ ?(?:°|grados))"},
  {C::self_description, L::it, false, R"((?:100 ?% )?(?:vegano|senza microplastiche|prodotto in [\pL-]+) ?[·|•] ?\pL|^meteo(?: a [\pL-]+)? ?: ?-?\d+ ?(?:°|gradi))"},
  {C::self_description, L::nl, false, R"((?:100 ?% )?(?:vegan|dierproefvrij|zonder microplastics|gemaakt in [\pL-]+) ?[·|•] ?\pL|^het weer(?: in [\pL-]+)? ?: ?-?\d+ ?(?:°|graden))"},
  {C::self_description, L::pt, false, R"((?:100 ?% )?(?:vegano|livre de crueldade|sem microplásticos|feito em [\pL-]+|fabricado em [\pL-]+) ?[·|•] ?\pL|^(?:o )?tempo(?: em [\pL-]+)? ?: ?-?\d+ ?(?:°|graus))"},

  // Who reads the newsletter, by count: "X is read by 120,000 people who
  // work in sports".
  {C::self_description, L::en, false,
   R"(\bis read (?:each week |every week |every day |daily |weekly )?by (?:over |more than |some |about )?[0-9][0-9,.]*k?\+? (?:people|professionals|executives|leaders|decision-makers|insiders|readers)\b)"},
  {C::self_description, L::de, false,
   R"(\bwird (?:jede woche |täglich |wöchentlich )?von (?:über |mehr als |rund )?[0-9][0-9.]*\+? (?:menschen|leserinnen|lesern|profis|entscheidern|fachleuten)\b[^.!?]* gelesen)"},
  {C::self_description, L::fr, false,
   R"(\best lue? (?:chaque semaine |chaque jour )?par (?:plus de )?[0-9][0-9 .]* (?:personnes|professionnels|décideurs|lecteurs)\b)"},
  {C::self_description, L::es, false,
   R"(\b(?:lo|la) leen (?:cada semana |cada día )?(?:más de )?[0-9][0-9.]* (?:personas|profesionales|directivos|lectores)\b)"},
  {C::self_description, L::it, false,
   R"(\b(?:è )?lett[ao] (?:ogni settimana |ogni giorno )?da (?:oltre |più di )?[0-9][0-9.]* (?:persone|professionisti|manager|lettori)\b)"},
  {C::self_description, L::nl, false,
   R"(\bwordt (?:elke week |dagelijks )?gelezen door (?:ruim |meer dan )?[0-9][0-9.]* (?:mensen|professionals|lezers)\b)"},
  {C::self_description, L::pt, false,
   R"(é lid[ao] (?:todas as semanas |todos os dias )?por (?:mais de )?[0-9][0-9.]* (?:pessoas|profissionais|executivos|leitores)\b)"},
  // A society's bulletin on how it goes out and where the back issues are.
  {C::self_description, L::en, false,
   R"(\bthis (?:bulletin|newsletter|circular|update) is (?:sent|distributed|e-mailed|emailed|circulated) (?:by e-?mail )?to (?:all )?(?:members|subscribers)\b|\bback issues (?:are|can be) (?:kept|found|archived|available)\b)"},
  {C::self_description, L::de, false,
   R"(\bdiese[rs]? (?:newsletter|rundbrief|mitteilungsblatt|rundschreiben) (?:wird|geht) (?:per e-mail )?an alle mitglieder|\bfrühere ausgaben (?:finden sie|sind|stehen))"},
  {C::self_description, L::fr, false,
   R"(\b(?:ce|cette) (?:bulletin|lettre) est (?:envoyée?|adressée?|diffusée?) (?:par courriel )?à tous (?:les|nos) (?:membres|adhérents)|\bles anciens numéros sont)"},
  {C::self_description, L::es, false,
   R"(\beste boletín se (?:envía|distribuye) (?:por correo )?a todos los (?:socios|miembros)|\blos números anteriores (?:están|se encuentran))"},
  {C::self_description, L::it, false,
   R"(\bquesto (?:notiziario|bollettino) (?:viene|è) (?:inviato|distribuito) (?:via e-mail )?a tutti i (?:soci|membri)|\bi numeri arretrati sono)"},
  {C::self_description, L::nl, false,
   R"(\bdeze nieuwsbrief wordt (?:per e-mail )?(?:verstuurd|verzonden|gestuurd) (?:naar|aan) alle leden|\beerdere nummers (?:staan|vindt u|zijn))"},
  {C::self_description, L::pt, false,
   R"(\beste boletim é (?:enviado|distribuído) (?:por e-mail )?a todos os (?:sócios|membros)|\bos números anteriores (?:estão|podem))"},
  // A customer letter naming whom it is for: "... is the newsletter for
  // customers who bank with us online".
  {C::self_description, L::en, false,
   R"(\bis the (?:e-?mail |online |electronic )?newsletter (?:for|of) (?:our |all )?(?:customers|clients|members|users|owners|account holders|cardholders|fans|subscribers)\b)"},
  {C::self_description, L::de, false,
   R"(\bist der (?:e-mail-|online-)?newsletter (?:für|der) (?:unsere |alle )?(?:kunden|kundinnen|mitglieder|nutzer|nutzerinnen)\b)"},
  {C::self_description, L::fr, false,
   R"(\best la (?:newsletter|lettre d'information|lettre électronique) (?:des|pour les|de nos) (?:clients|membres|adhérents|utilisateurs)\b)"},
  {C::self_description, L::es, false,
   R"(\bes (?:el boletín|la newsletter) (?:electrónico )?(?:de|para) (?:los |nuestros )?(?:clientes|socios|usuarios)\b)"},
  {C::self_description, L::it, false, R"(è la newsletter (?:per i|dei|riservata ai) (?:clienti|soci|utenti)\b)"},
  {C::self_description, L::nl, false, R"(\bis de nieuwsbrief voor (?:onze |alle )?(?:klanten|leden|gebruikers)\b)"},
  {C::self_description, L::pt, false, R"(é a newsletter (?:para os|dos) (?:clientes|sócios|utilizadores|usuários)\b)"},
  // The masthead's line on what the bulletin is and for whom ("Campus
  // Bulletin is the monthly news bulletin for faculty and staff").
  {C::self_description, L::en, false,
   R"(\bis (?:the|a|our) (?:daily|weekly|biweekly|fortnightly|monthly|quarterly) (?:news |e-?mail |electronic |online )?(?:bulletin|newsletter|e-?newsletter|digest|news update) (?:for|of|from)\b)"},
  {C::self_description, L::de, false,
   R"(\bist (?:der|das|die|unser) (?:tägliche|wöchentliche|monatliche|vierteljährliche)n? (?:newsletter|rundbrief|infobrief|mitteilungsblatt|nachrichtenbrief) (?:für|der|des|von)\b)"},
  {C::self_description, L::fr, false,
   R"(\best (?:la|le|notre) (?:lettre|bulletin) (?:d'information |d'informations )?(?:quotidienne?|hebdomadaire|mensuelle?|trimestrielle?) (?:de|des|du|pour)\b)"},
  {C::self_description, L::es, false,
   R"(\bes (?:el|nuestro) boletín (?:informativo |de noticias )?(?:diario|semanal|mensual|trimestral) (?:de|del|para)\b)"},
  {C::self_description, L::it, false,
   R"(è (?:il|la) (?:notiziario|bollettino|newsletter) (?:quotidian[ao]|settimanale|mensile|trimestrale) (?:di|del|della|dell'|per)\b)"},
  {C::self_description, L::nl, false,
   R"(\bis de (?:dagelijkse|wekelijkse|maandelijkse|driemaandelijkse) nieuwsbrief (?:van|voor)\b)"},
  {C::self_description, L::pt, false,
   R"(é o (?:boletim|informativo) (?:informativo |de notícias )?(?:diário|semanal|mensal|trimestral) (?:de|do|da|dos|das|para)\b)"},
  // A tagline under a city letter's masthead: the reader's guide to the
  // weekend.
  {C::self_description, L::en, false,
   R"(^your (?:weekly |local |insider'?s? |essential )?guide to (?:the |this )?(?:weekend|week ahead|what's on|things to do)\b)"},
  {C::self_description, L::de, false,
   R"(^(?:dein|ihr) (?:wöchentlicher |lokaler )?(?:wochenend|freizeit|veranstaltungs)-?(?:guide|tipps|führer)\b)"},
  {C::self_description, L::fr, false, R"(^(?:votre|ton) guide (?:du|pour le) week-?end\b)"},
  {C::self_description, L::es, false, R"(^tu (?:guía|agenda) (?:para el|del) fin de semana\b)"},
  {C::self_description, L::it, false, R"(^la tua guida (?:al|per il) (?:weekend|fine settimana)\b)"},
  {C::self_description, L::nl, false, R"(^(?:je|jouw|uw) (?:uit)?gids voor het weekend\b|^(?:je|jouw) weekendgids\b)"},
  {C::self_description, L::pt, false, R"(^(?:o )?(?:seu|teu) guia (?:para o|do) fim de semana\b)"},
  // The weather line of a briefing with words between its label and the
  // temperature ("The weather: sunny in Leeds, up to 24 degrees").
  {C::self_description, L::en, false, R"(^(?:the |today's )?weather(?: today)?(?: in [\pL -]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|degrees\b))"},
  {C::self_description, L::de, false, R"(^(?:das )?wetter(?: heute)?(?: in [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|grad\b))"},
  {C::self_description, L::fr, false, R"(^(?:la )?météo(?: du jour)?(?: à [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|degrés\b))"},
  {C::self_description, L::es, false, R"(^(?:el tiempo|el clima)(?: hoy)?(?: en [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|grados\b))"},
  {C::self_description, L::it, false, R"(^(?:il )?meteo(?: di oggi)?(?: a [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|gradi\b))"},
  {C::self_description, L::nl, false, R"(^(?:het )?weer(?: vandaag)?(?: in [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|graden\b))"},
  {C::self_description, L::pt, false, R"(^(?:o )?tempo(?: hoje)?(?: em [\pL-]+)? ?: [^.!?]{0,80}?-?\d+ ?(?:°|graus\b))"},
  // An installer's or shop's financing offer with the thing bought named
  // ("pay for your new X in up to N monthly instalments"), and its
  // maintenance or service plan priced per year or month.
  {C::house_ad, L::en, false, R"(^(?:pay|spread the cost)(?: for| of)? your (?:new )?[\pL-]+(?: [\pL-]+){0,2} (?:in|over) (?:up to )?\d+ (?:easy |interest-free |equal )?(?:monthly )?(?:installments|instalments|payments)\b|\b(?:maintenance|service|servicing|care) (?:plan|contract|package|agreement)\b[^.!?]{0,60}?(?:[$£€] ?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)? ?(?:euros?|pounds)) (?:a|per) (?:year|month)\b)"},
  {C::house_ad, L::de, false, R"(^(?:bezahle|bezahlen sie|zahle|zahlen sie|finanziere|finanzieren sie) (?:deine|ihre|dein|ihr|den|die|das) (?:neue[nrs]? )?[\pL-]+ (?:bequem )?in (?:bis zu )?\d+ (?:monats)?raten|\b(?:wartungs|service|pflege)(?:vertrag|paket|plan|abo)\b[^.!?]{0,60}?\d+(?:,\d+)? ?(?:€|euro) (?:im|pro|/) ?(?:jahr|monat)\b)"},
  {C::house_ad, L::fr, false, R"(^(?:payez|réglez|financez) (?:votre|ton|ta|vos) [\pL-]+(?: [\pL-]+){0,2} en (?:jusqu'à )?\d+ (?:fois|mensualités)|\b(?:contrat|forfait|formule) (?:d'entretien|de maintenance)\b[^.!?]{0,60}?\d+(?:,\d+)? ?(?:€|euros?) (?:par |l'|/ ?)(?:an|année|mois)\b)"},
  {C::house_ad, L::es, false, R"(^(?:paga|pague|financia|financie) (?:tu|su) [\pL-]+(?: [\pL-]+){0,2} en (?:hasta )?\d+ (?:meses|cuotas|plazos|mensualidades)|\b(?:contrato|plan) de mantenimiento\b[^.!?]{0,60}?\d+(?:,\d+)? ?(?:€|euros?) (?:al |por |/ ?)(?:año|mes)\b)"},
  {C::house_ad, L::it, false, R"(^(?:paga|paghi|finanzia) (?:il tuo|la tua|il suo|la sua) [\pL-]+(?: [\pL-]+){0,2} in (?:fino a )?\d+ (?:comode )?rate|\b(?:contratto|piano|abbonamento) di manutenzione\b[^.!?]{0,60}?\d+(?:,\d+)? ?(?:€|euro) (?:l'|all'|al |per |/ ?)(?:anno|mese)\b)"},
  {C::house_ad, L::nl, false, R"(^(?:betaal|financier) (?:je|uw|jouw) [\pL-]+(?: [\pL-]+){0,2} in (?:maximaal |tot )?\d+ (?:maandelijkse )?termijnen|\b(?:onderhouds|service)(?:contract|abonnement|pakket)\b[^.!?]{0,60}?(?:€ ?\d+(?:,\d+)?|\d+(?:,\d+)? ?euro) per (?:jaar|maand)\b)"},
  {C::house_ad, L::pt, false, R"(^(?:pague|parcele|financie) (?:a sua|o seu|sua|seu|a tua|o teu) [\pL-]+(?: [\pL-]+){0,2} em até \d+ (?:x|vezes|prestações|parcelas)|\b(?:plano|contrato) de manutenção [^.!?]{0,60}?\d+(?:,\d+)? ?(?:€|euros?|reais) (?:por |ao |/ ?)(?:ano|mês))"},
  // A shop's coupons and counter offers: an offer on presentation of the
  // letter, a stamp card and what its last stamp brings, a minus-percent
  // sale on a whole range, the weekend offers under their label, a price
  // that holds only this weekend.
  {C::house_ad, L::en, false, R"(\b(?:(?:on|when you|by) (?:show(?:ing)?|present(?:ing)?)|on presentation of) (?:this|the) (?:email|e-mail|newsletter|letter)\b|\bstamp card\b[^.!?]{0,60}\bfree\b|\b(?:the|your) (?:tenth|10th|\d+th) stamp\b|-\d+ ?% (?:on|off) (?:all|every)\b|^(?:this )?weekend(?:'s)? (?:offers|deals|specials) ?:|[$£€] ?\d+(?:[.,]\d+)?[^.!?]{0,40}\b(?:this weekend only|only this weekend|saturday and sunday only)\b)"},
  {C::house_ad, L::de, false, R"(\bgegen vorlage (?:dieses|dieser|des) (?:newsletters|e-mail|mail|briefs|rundbriefs)\b|\bstempelkarte\b[^.!?]{0,60}\b(?:gratis|kostenlos|geschenkt)\b|\b(?:beim|mit dem) (?:zehnten|\d+\.) stempel\b|-\d+ ?% auf (?:alle|das gesamte)\b|^(?:unsere )?wochenend-?angebote ?:|\d+(?:,\d+)? ?(?:€|euro)[^.!?]{0,40}\bnur (?:an diesem wochenende|dieses wochenende|am samstag und sonntag)\b)"},
  {C::house_ad, L::fr, false, R"(\bsur présentation de (?:cette|ce) (?:lettre|e-mail|email|mail|courriel|newsletter)\b|\bau (?:dixième|10e|\d+e) tampon\b|\bcarte (?:de fidélité )?à tampons\b|-\d+ ?% sur (?:tous|toutes|l'ensemble)\b|^(?:les )?offres? (?:de|du) (?:ce )?week-end ?:|\d+(?:,\d+)? ?(?:€|euros?)[^.!?]{0,40}\b(?:ce week-end seulement|uniquement ce week-end|samedi et dimanche seulement)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:presentando|al presentar|con la presentación de) (?:este|esta) (?:correo|email|e-mail|boletín|newsletter|carta)\b|\bal (?:décimo|10\.?º) sello\b|\btarjeta de sellos\b|-\d+ ?% en (?:todos|todas)\b|^(?:las )?ofertas (?:de|para) (?:este|el) fin de semana ?:|\d+(?:,\d+)? ?(?:€|euros?)[^.!?]{0,40}\b(?:solo|sólo) (?:este )?(?:sábado y domingo|fin de semana))"},
  {C::house_ad, L::it, false, R"(\bpresentando (?:questa|questo) (?:email|e-mail|mail|newsletter|lettera)\b|\bal (?:decimo|10°) timbro\b|\btessera (?:a )?timbri\b|-\d+ ?% su (?:tutti|tutte|tutto)\b|^(?:le )?offerte (?:di|del) (?:questo )?(?:fine settimana|weekend) ?:|\d+(?:,\d+)? ?(?:€|euro)[^.!?]{0,40}\bsolo (?:questo )?(?:sabato e domenica|fine settimana|weekend)\b)"},
  {C::house_ad, L::nl, false, R"(\bop vertoon van (?:deze|dit) (?:nieuwsbrief|mail|e-mail|bericht|brief)\b|\bbij de (?:tiende|10e|\d+e) stempel\b|\bstempelkaart\b[^.!?]{0,60}\bgratis\b|-\d+ ?% op (?:alle|het hele)\b|^(?:de )?weekend(?:aanbiedingen|acties|deals) ?:|(?:€ ?\d+(?:,\d+)?|\d+(?:,\d+)? ?euro)[^.!?]{0,40}\balleen (?:dit weekend|zaterdag en zondag)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:mediante|na|com a) apresentação (?:deste|desta) (?:email|e-mail|newsletter|boletim|carta)\b|\bao (?:décimo|10\.?º) carimbo\b|\bcartão de carimbos\b|-\d+ ?% em (?:todos|todas)\b|^(?:as )?ofertas (?:deste|do) fim de semana ?:|\d+(?:,\d+)? ?(?:€|euros?|reais)[^.!?]{0,40}\b(?:só|apenas) (?:este )?(?:sábado e domingo|fim de semana))"},
  // A practice's or shop's button on a line of its own: book an
  // appointment or an assessment, sign me up, join its club; its own
  // package priced in a sentence that starts with "our"; a gift card with
  // its range of values or how long it is valid.
  {C::house_ad, L::en, false, R"(^(?:book|reserve) (?:a|an|your) (?:free )?(?:[\pL-]+ ){0,2}(?:assessment|appointment|consultation|check-?up|session|lesson|trial)\W*$|^(?:sign me up|register me|count me in)\b[^.!?]{0,30}$|^(?:join|sign up for) (?:the|our) (?:[\pL-]+ )?(?:club|reading group|book club)\W*$|^our [^.!?]{0,40}\b(?:pack|package|bundle)\b[^.!?]{0,20}\b(?:is|costs) (?:just |only )?[$£€] ?\d+|\bgift (?:cards?|vouchers?)\b[^.!?]{0,60}\b(?:from [$£€] ?\d+ to [$£€]? ?\d+|valid for (?:a|one|two|\d+) (?:year|years|months))\b)"},
  {C::house_ad, L::de, false, R"(^(?:jetzt )?(?:termin|probestunde|beratung|erstgespräch) (?:vereinbaren|buchen|sichern)\W*$|^(?:ich bin dabei|ich melde mich an)\b[^.!?]{0,30}$|^unser(?:e)? [^.!?]{0,40}(?:paket|pauschale)\b[^.!?]{0,80}\bkostet (?:jetzt |ab sofort )?(?:nur |lediglich )?(?:noch )?\d+(?:,\d+)? ?(?:€|euro)|\bgutschein(?:e|karten?)?\b[^.!?]{0,60}\b(?:von \d+ bis \d+ ?(?:€|euro)|(?:ein|zwei|drei|\d+) jahre? gültig))"},
  {C::house_ad, L::fr, false, R"(^(?:réserve[rz]|prendre) (?:un|une|votre|ma) (?:[\pL-]+ ){0,2}(?:rendez-vous|séance|consultation|bilan)\W*$|^(?:je m'inscris|inscrivez-moi|je réserve)\b[^.!?]{0,30}$|^(?:notre|nos) [^.!?]{0,40}\b(?:forfait|formule|pack)\b[^.!?]{0,60}\b(?:est à|coûte|à seulement) \d+|\bcartes? cadeaux?\b[^.!?]{0,60}\b(?:de \d+ à \d+ ?(?:€|euros)|valables? (?:un|deux|\d+) (?:an|ans|mois)\b))"},
  {C::house_ad, L::es, false, R"(^(?:reserva|pide|solicita) (?:tu|una|su) (?:[\pL-]+ ){0,2}(?:cita|sesión|consulta|valoración)\W*$|^(?:me apunto|quiero inscribirme|inscríbeme|apúntame)\b[^.!?]{0,30}$|^nuestro [^.!?]{0,40}\b(?:paquete|pack|bono)\b[^.!?]{0,60}\b(?:cuesta|sale por|por solo|está a) \d+|\btarjetas? regalo\b[^.!?]{0,60}\b(?:de \d+ a \d+ ?(?:€|euros)|válida (?:un|dos|\d+) (?:año|años|meses)))"},
  {C::house_ad, L::it, false, R"(^(?:prenota|richiedi) (?:il tuo |la tua |un |una )(?:[\pL-]+ ){0,2}(?:appuntamento|seduta|consulenza|visita)\W*$|^(?:mi iscrivo|iscrivimi|voglio iscrivermi)\b[^.!?]{0,30}$|^il nostro [^.!?]{0,40}\b(?:pacchetto|pack)\b[^.!?]{0,60}\b(?:costa|a soli) \d+|\bcarte? regalo\b[^.!?]{0,60}\b(?:da \d+ a \d+ ?(?:€|euro)|valid[ae] (?:un|due|\d+) (?:anno|anni|mesi)\b))"},
  {C::house_ad, L::nl, false, R"(^(?:boek|plan|maak) (?:een|je|uw) (?:[\pL-]+ ){0,2}(?:afspraak|consult|intake|proefles|sessie)\W*$|^meld (?:je|u) (?:nu )?aan voor (?:de|het|onze|ons) [\pL-]+(?: [\pL-]+)?\W*$|^(?:ik meld me aan|schrijf me in)\b[^.!?]{0,30}$|^(?:ons|onze) [^.!?]{0,40}(?:pakket|strippenkaart)\b[^.!?]{0,60}\b(?:kost|voor) (?:nu )?(?:maar |slechts )?(?:€ ?)?\d+|\b(?:cadeaukaart(?:en)?|cadeaubon(?:nen)?)\b[^.!?]{0,60}\b(?:van € ?\d+ tot € ?\d+|(?:een|twee|\d+) jaar geldig)\b)"},
  {C::house_ad, L::pt, false, R"(^(?:marque|agende|reserve) (?:a sua|o seu|uma|um) (?:[\pL-]+ ){0,2}(?:consulta|sessão|avaliação|visita)\W*$|^(?:inscrever-me|quero inscrever-me|quero participar|inscreva-me)\b[^.!?]{0,30}$|^(?:o nosso|nosso|a nossa) [^.!?]{0,40}\b(?:pacote|pack)\b[^.!?]{0,60}\b(?:custa|por apenas|por só) \d+|\bcartões? (?:de )?(?:presente|oferta)\b[^.!?]{0,60}\b(?:de \d+ a \d+ ?(?:€|euros)|válido (?:por )?(?:um|dois|\d+) (?:ano|anos|meses)\b))"},
  // A photo contest of a shop on a social network: post a picture while
  // tagging the shop, and win something.
  {C::social, L::en, false, R"(\b(?:by |while )?tagging us (?:on|in) (?:instagram|facebook|tiktok)\b)"},
  {C::social, L::de, false, R"(\b(?:verlink(?:e|t|en sie)|markierst|verlinkst) (?:uns|du uns) (?:auf|bei|in) (?:instagram|facebook|tiktok)\b|\bverlink(?:e|t|en sie) uns\b)"},
  {C::social, L::fr, false, R"(\ben nous (?:identifiant|taguant|mentionnant) sur (?:instagram|facebook|tiktok)\b)"},
  {C::social, L::es, false, R"(\b(?:etiquetándonos|mencionándonos) en (?:instagram|facebook|tiktok)\b)"},
  {C::social, L::it, false, R"(\b(?:taggandoci|menzionandoci) su (?:instagram|facebook|tiktok)\b)"},
  {C::social, L::nl, false, R"(\bdoor ons te (?:taggen|vermelden) op (?:instagram|facebook|tiktok)\b|\ben tag ons op (?:instagram|facebook|tiktok)\b)"},
  {C::social, L::pt, false, R"(\b(?:marcando-nos|identificando-nos|mencionando-nos) (?:no|na|em) (?:instagram|facebook|tiktok)\b)"},
  // A gift with a purchase, limited to the stock: the shop's own offer,
  // whatever it gives away.
  {C::house_ad, L::en, false, R"(\b(?:free|as a gift)\b[^.!?]{0,80}\bwhile (?:stocks|supplies) last\b|\bwhile (?:stocks|supplies) last\b[^.!?]{0,80}\bfree\b)"},
  {C::house_ad, L::de, false, R"(\b(?:gratis|geschenkt|als geschenk|kostenlos dazu)\b[^.!?]{0,80}\bsolange (?:der )?vorrat reicht\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:offerte?s?|gratuite?s?|en cadeau)\b[^.!?]{0,80}\bdans la limite des stocks\b)"},
  {C::house_ad, L::es, false, R"(\b(?:de regalo|gratis|te regalamos|le regalamos)\b[^.!?]{0,80}\bhasta (?:agotar|fin de) existencias\b)"},
  {C::house_ad, L::it, false, R"(\b(?:in omaggio|in regalo|gratis)\b[^.!?]{0,80}\bfino (?:ad? )?esaurimento (?:delle )?scorte\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:cadeau|gratis)\b[^.!?]{0,80}\bzolang de voorraad strekt\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:de oferta|de brinde|oferecemos)\b[^.!?]{0,80}\b(?:até esgotar|enquanto durar(?:em)?) (?:o |os |as )?(?:stock|estoque|existências)|\bgrátis\b[^.!?]{0,80}\b(?:até esgotar|enquanto durar(?:em)?) (?:o |os |as )?(?:stock|estoque|existências))"},
  // ---- social ----------------------------------------------------------------------------
  {C::social, L::en, false,
   R"(follow us (?:on|at)|find us on|connect with us|join us on (?:twitter|facebook|linkedin|instagram|discord|slack|mastodon|bluesky)|)"
   R"(share (?:this )?on (?:twitter|facebook|linkedin|x\b|whatsapp)|like us on facebook|)"
   R"(forward (?:it|this|the \w+) to (?:a|your) (?:friend|colleague)|)"
   R"(we(?:'re| are) also on (?:instagram|facebook|linkedin|youtube|tiktok|bluesky|mastodon)|join our (?:whatsapp|telegram|signal) (?:channel|group)|forward this (?:e-?mail|newsletter|issue|letter) to (?:anyone|someone|whoever|a friend))"
   R"(|share your (?:best |favourite |favorite )?(?:photos|pictures|snaps|shots)|tag us (?:on|in|with)\b|(?:use|with) the hashtag|stay connected\W*$)"
   R"(|^join (?:our|the) (?:[\pL-]+ )?community\b[^.!?]{0,40}[!:]?$)"
   R"(|(?:find|see) (?:more|them|it) on our (?:instagram|youtube|tiktok|pinterest|facebook) (?:channel|account|page))"
   R"(|^(?:follow|follow along with) us\b[^.!?]{0,50}:$)"},
  {C::social, L::de, false, R"(folge(?:n sie)? uns (?:auf|bei)|besuche(?:n sie)? uns auf|teilen auf|vernetze dich|finde(?:n sie)? uns auf|)"
   R"(leite(?:n sie)? (?:diese[rn]? |den )?(?:newsletter|mail|e-mail|ausgabe|brief|rundbrief) (?:gern |gerne |einfach |doch |ruhig )?weiter|empfehlen sie uns weiter|)"
   R"((?:du findest|sie finden|ihr findet) uns (?:auch )?(?:auf|bei)|(?:folge|abonniere|folgen sie|abonnieren sie) unse(?:rem|ren) (?:whatsapp|telegram)-?kanal|whatsapp-kanal)"
   R"(|(?:teilen sie|teile|teilt) (?:ihre|deine|eure) (?:schönsten )?(?:fotos|bilder)|markier(?:e|en sie|t) uns|mit dem hashtag|bleib(?:en sie)? (?:mit uns )?in verbindung\W*$)"
   R"(|^(?:werde teil (?:unserer|der)|sei teil (?:unserer|der)) community\b[^.!?]{0,40}[!:]?$|^(?:sei|seid|seien sie) dabei,? wenn wir\b[^.!?]{0,40}:$)"
   R"(|(?:findest du|finden sie|gibt es) (?:auch )?auf unserem (?:instagram|youtube|tiktok|pinterest|facebook)-?(?:kanal|account|profil))"
   R"(|^(?:folgen sie|folge|folgt) uns\b[^.!?]{0,50}:$)"},
  {C::social, L::fr, false, R"(suivez-nous|suis-nous|retrouvez-nous sur|rejoignez-nous sur|partager sur|)"
   R"(transférez(?:-la|-le)? à|partagez (?:cette|la|notre) (?:lettre|newsletter)|)"
   R"((?:vous pouvez|tu peux) (?:aussi |également )?nous (?:retrouver|suivre) sur|(?:rejoignez|rejoins) (?:notre|la) chaîne (?:whatsapp|telegram)|transférez (?:cette|notre) (?:lettre|newsletter|e-mail) à)"
   R"(|partage[zs]? (?:vos|tes) (?:plus belles )?(?:photos|images|clichés)|identifiez-nous|avec le hashtag|rest(?:ez|ons) connectés\W*$)"
   R"(|^(?:rejoignez|rejoins) (?:la|notre) communauté[^.!?]{0,40}[!:]?$)"
   R"(|(?:retrouvez|découvrez)-(?:en|les) (?:plus )?sur notre (?:compte|chaîne|page) (?:instagram|youtube|tiktok|pinterest|facebook))"},
  {C::social, L::es, false, R"(síguenos|síganos|sígannos|encuéntranos en|únete a nosotros en|compartir en|)"
   R"(reenvía(?:lo|la)? a|comparte (?:este|esta|nuestro|nuestra) (?:boletín|newsletter)|)"
   R"(nos (?:encuentras|encontrarás|puedes encontrar) (?:también )?en|también estamos en (?:instagram|facebook|linkedin|youtube|tiktok|x\b)|(?:únete|suscríbete) a nuestro canal de (?:whatsapp|telegram)|reenvía (?:este|esta|nuestro|el) (?:boletín|correo|email|newsletter|mensaje))"
   R"(|comparte tus (?:mejores )?(?:fotos|imágenes)|etiquétanos|con el hashtag|(?:mantente|sigamos) conectad[oa]s?\W*$)"
   R"(|^únete a (?:la|nuestra) comunidad\b[^.!?]{0,40}[!:]?$)"
   R"(|en nuestr[oa] (?:cuenta|canal|perfil) de (?:instagram|youtube|tiktok|pinterest) (?:encontrarás|tienes|hay) )"},
  {C::social, L::it, false, R"(seguici|trovaci su|unisciti a noi su|condividi su|inoltra(?:la|lo)? a|condividi (?:questa|la|questo) (?:newsletter|lettera|numero)|)"
   R"(segui(?:teci)? (?:[\pL'-]+ ){0,2}(?:anche )?su (?:instagram|facebook|linkedin|youtube|tiktok|x\b|twitter|threads|telegram)|)"
   R"(ci trovi (?:anche )?su|siamo (?:anche )?su (?:instagram|facebook|linkedin|youtube|tiktok|telegram)|(?:unisciti|iscriviti) al (?:nostro )?canale (?:whatsapp|telegram)|inoltra (?:questa|la nostra) (?:newsletter|email|mail) a)"
   R"(|condividi (?:le tue|con noi le tue) (?:foto|immagini)|taggaci|con l'hashtag|rest(?:a|iamo|ate) (?:in contatto|connessi)\W*$)"
   R"(|^unisciti alla (?:nostra )?(?:community|comunità)[^.!?]{0,40}[!:]?$)"
   R"(|(?:li|le|ne) trovi (?:anche |altr[ie] )?sul nostro (?:profilo|canale|account) (?:instagram|youtube|tiktok|pinterest))"},
  {C::social, L::nl, false, R"(volg ons|vind ons op|deel (?:op|via) (?:twitter|facebook|linkedin|whatsapp|x\b)|)"
   R"(stuur (?:hem|het|deze|dit|de nieuwsbrief) door(?: naar| en)|deel (?:deze|de|onze) nieuwsbrief|ken je iemand die dit|)"
   R"((?:je vindt|u vindt|jullie vinden) ons (?:ook )?op|(?:volg|abonneer je op) (?:ons|onze) (?:whatsapp|telegram)-?kanaal|whatsapp-kanaal)"
   R"(|deel (?:je|jouw|uw) (?:mooiste )?foto's|tag ons\b|met de hashtag|blijf (?:met ons )?(?:verbonden|in contact)\W*$)"
   R"(|^(?:word (?:lid|deel) van|sluit je aan bij) (?:onze|de) community\b[^.!?]{0,40}[!:]?$)"
   R"(|(?:vind je|staan) (?:ook )?op ons (?:instagram|youtube|tiktok|pinterest)-?(?:kanaal|account|profiel))"},
  {C::social, L::pt, false, R"(siga-nos|sigam-nos|nos siga|acompanhe-nos|encontre-nos n|compartilhe (?:no|via|em)|partilhe (?:no|via|em)|)"
   R"(encaminhe (?:este|esta|o|a) (?:boletim|newsletter|e-mail|email)|(?:compartilhe|partilhe) (?:este|esta) (?:boletim|newsletter)|)"
   R"(nos encontra(?:s)? (?:também )?(?:no|nas) (?:instagram|facebook|linkedin|youtube|tiktok|redes)|também estamos (?:no|nas) (?:instagram|facebook|linkedin|youtube|tiktok|redes)|(?:entre|entra) no (?:nosso )?canal|(?:notícias|novidades)[\pL ]{0,30} no (?:seu )?whatsapp|canal (?:do|de|no) whatsapp)"
   R"(|(?:partilhe|compartilhe|partilha) (?:as suas|suas|as tuas) (?:melhores )?fotos|marque-nos|com a hashtag|(?:fique|fiquem|mantenha-se) (?:ligad[oa]s?|conectad[oa]s?)\W*$)"
   R"(|^(?:junte-se|faça parte|venha fazer parte) (?:à|da) (?:nossa )?comunidade\b[^.!?]{0,40}[!:]?$)"
   R"(|(?:você )?encontra (?:mais )?(?:receitas|dicas|vídeos|fotos) no nosso (?:perfil|canal) (?:do|no) (?:instagram|youtube|tiktok))"},
  // Where to find the sender on a social network: the network with the
  // account's handle ("on Instagram at @name"), or a regular feature there
  // ("every week we present a book on Instagram").
  {C::social, L::en, false, R"(\bon (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:at|as|under) @[\pL\pN_]|\bevery (?:week|day|month|\pL+day) we (?:share|post|feature|present) [^.!?]{0,30}\bon (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::de, false, R"(\b(?:auf|bei) (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) unter @[\pL\pN_]|\b(?:jede woche|jeden (?:tag|monat|\pL+tag)) (?:stellen|zeigen|präsentieren|teilen) wir (?:auf|bei) (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::fr, false, R"(\bsur (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:sous le nom |sous )?@[\pL\pN_]|\b(?:chaque semaine|chaque jour|chaque mois|tous les \pL+),? nous (?:présentons|partageons|publions) [^.!?]{0,30}\bsur (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::es, false, R"(\ben (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:como )?@[\pL\pN_]|\bcada (?:semana|día|mes|\pL+),? (?:presentamos|compartimos|publicamos) [^.!?]{0,30}\ben (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::it, false, R"(\bsu (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:come )?@[\pL\pN_]|\bogni (?:settimana|giorno|mese|\pL+),? (?:presentiamo|condividiamo|pubblichiamo) [^.!?]{0,30}\bsu (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::nl, false, R"(\bop (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:als |onder )?@[\pL\pN_]|\belke (?:week|dag|maand) (?:tonen|delen|presenteren|laten) we [^.!?]{0,30}\bop (?:instagram|tiktok|youtube|facebook)\b)"},
  {C::social, L::pt, false, R"(\bno (?:instagram|facebook|tiktok|youtube|threads|mastodon|bluesky) (?:como )?@[\pL\pN_]|\btod[oa]s? (?:as semanas|os dias|os meses),? (?:apresentamos|partilhamos|compartilhamos|publicamos) [^.!?]{0,30}\b(?:no|em) (?:instagram|tiktok|youtube|facebook)\b)"},
  // A post set public for sharing: "This post is public, so feel free to
  // share it", as writing platforms print it under a free post.
  {C::social, L::en, false,
   R"(this (?:post|essay|letter) is public\b|feel free to share (?:it|this (?:post|essay|issue|letter))\b)"},
  {C::social, L::de, false,
   R"(dieser (?:beitrag|artikel|text) ist öffentlich, (?:also|daher|teile|teilen)|(?:teile|teilen sie|teilt) (?:ihn|es|diesen beitrag|diesen text) gerne?\b)"},
  {C::social, L::fr, false,
   R"((?:ce|cet) (?:billet|article|post|envoi) est public|n'hésitez pas à (?:le|la) partager)"},
  {C::social, L::es, false,
   R"(esta (?:publicación|entrada) es pública|no dudes en compartirl[ao]|siéntete libre de compartirl[ao])"},
  {C::social, L::it, false,
   R"(questo (?:post|articolo) è pubblico|sentiti liber[oa] di condividerlo|non esitare a condividerlo)"},
  {C::social, L::nl, false,
   R"((?:dit|deze) (?:bericht|artikel|post) is openbaar|deel (?:het|dit bericht|dit stuk) gerust)"},
  {C::social, L::pt, false,
   R"((?:este|esse) (?:post|artigo|texto) é público|(?:sinta-se|sente-te) à vontade para (?:compartilh|partilh)\pL*)"},
  // A community server's invitation with its head count or its weekly
  // posts: "come hang out with 4,800 others on our Discord".
  {C::social, L::en, false,
   R"((?:on|in|to) our (?:discord|slack|telegram|whatsapp)(?: (?:server|community|group|channel))?\b[^.!?]*(?:hang out|chat|join|\d[\d,]* (?:other|fellow|members|players|fans|readers))|(?:hang out|chat) with [^.!?]*\bon (?:our|the) (?:discord|slack|telegram)\b)"},
  {C::social, L::de, false,
   R"((?:auf|in) unserem (?:discord|slack|telegram|whatsapp)(?:-(?:server|kanal|gruppe))?\b[^.!?]*(?:dabei|treffen|mitreden|\d[\d.]* (?:andere|mitglieder|spieler|fans))|(?:tritt|treten sie) unserem (?:discord|slack|telegram)(?:-server)? bei)"},
  {C::social, L::fr, false,
   R"((?:rejoignez|rejoins|retrouvez|retrouve)(?:-nous)? (?:les )?(?:[\d  .]+ (?:autres |membres |joueurs )?)?(?:[\pL-]+ )?(?:sur|dans) (?:notre|le) (?:serveur )?(?:discord|slack|telegram))"},
  {C::social, L::es, false,
   R"((?:únete|unete|ven a charlar)(?: con [^.!?]*)? (?:a|en) (?:nuestro|el) (?:servidor de )?(?:discord|slack|telegram)|en nuestro (?:discord|telegram)\b[^.!?]*\d[\d.]* (?:personas|miembros|jugadores))"},
  {C::social, L::it, false,
   R"((?:unisciti|entra|vieni a chiacchierare)(?: con [^.!?]*)? (?:al|nel|sul) (?:nostro )?(?:server )?(?:discord|telegram|slack)|sul nostro (?:discord|telegram)\b[^.!?]*\d[\d.]* (?:persone|membri|giocatori))"},
  {C::social, L::nl, false,
   R"((?:kom|word lid van|sluit (?:je|u) aan bij)(?: [^.!?]*)? (?:op |bij )?onze (?:discord|slack|telegram)(?:-server)?\b|op onze (?:discord|telegram)\b[^.!?]*\d[\d.]* (?:andere|leden|spelers))"},
  {C::social, L::pt, false,
   R"((?:entre|junte-se|venha conversar)(?: com [^.!?]*)? (?:no|ao|em) (?:nosso )?(?:servidor (?:do|no) )?(?:discord|telegram|slack)|no nosso (?:discord|telegram)\b[^.!?]*\d[\d.]* (?:pessoas|membros|jogadores))"},
  // A vendor's own training for its customers under its label, opening a
  // side column's box ("DEVELOPER SEMINARS", "Kundenschulungen"): the
  // vendor sells the seats, whatever the dates and cities under it.
  {C::house_ad, L::en, false,
   R"(^(?:upcoming |our )?(?:developer|customer|user|partner|dealer|reseller)s?'? (?:seminars?|workshops?|training courses?|trainings?|training days?|roadshows?)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:unsere |kommende )?(?:kunden|anwender|entwickler|partner|händler)(?:seminare?|schulungen|workshops|trainings|roadshows?)\b)"},
  {C::house_ad, L::fr, false,
   R"(^(?:nos |prochains? )?(?:séminaires|formations|ateliers|roadshows?) (?:clients|développeurs|utilisateurs|partenaires|revendeurs)\b)"},
  {C::house_ad, L::es, false,
   R"(^(?:nuestros |próximos )?(?:seminarios|talleres|cursos|formaciones) (?:para )?(?:clientes|desarrolladores|usuarios|socios|distribuidores)\b)"},
  {C::house_ad, L::it, false,
   R"(^(?:i nostri |prossimi )?(?:seminari|workshop|corsi|formazione) (?:per )?(?:clienti|sviluppatori|utenti|partner|rivenditori)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:onze |komende )?(?:klant|klanten|gebruikers|ontwikkelaars|partner|dealer)(?:seminars|workshops|trainingen|cursussen)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:nossos |próximos )?(?:seminários|workshops|cursos|treinamentos|formações) (?:para )?(?:clientes|desenvolvedores|programadores|usuários|utilizadores|parceiros|revendedores)\b)"},
  // A list summary's opening self-description, which the paragraph goes on
  // with (who writes it, where it is archived): "This is the fortnightly
  // summary of the foo-dev mailing list, covering ...".
  {C::self_description, L::en, false,
   R"(^this is the (?:weekly|fortnightly|biweekly|bi-weekly|monthly|daily|quarterly) (?:summary|digest|roundup|round-up) of (?:the )?[\pL\pN._-]+ (?:mailing list|mailing-list|list|newsgroup|forum)\b)"},
  {C::self_description, L::de, false,
   R"(^dies ist die (?:wöchentliche|zweiwöchentliche|monatliche|tägliche) zusammenfassung (?:der|des) [\pL\pN._-]+[- ]?(?:mailingliste|liste|newsgroup|forums?)\b)"},
  {C::self_description, L::fr, false,
   R"(^(?:ceci est|voici) le résumé (?:hebdomadaire|bimensuel|mensuel|quotidien) de la liste (?:de diffusion )?[\pL\pN._-]+)"},
  {C::self_description, L::es, false,
   R"(^(?:este es|esto es) el resumen (?:semanal|quincenal|mensual|diario) de la lista (?:de correo )?[\pL\pN._-]+)"},
  {C::self_description, L::it, false,
   R"(^questo è il riepilogo (?:settimanale|quindicinale|mensile|quotidiano) della (?:mailing list|lista) [\pL\pN._-]+)"},
  {C::self_description, L::nl, false,
   R"(^dit is de (?:wekelijkse|tweewekelijkse|maandelijkse|dagelijkse) samenvatting van de (?:mailinglijst|lijst) [\pL\pN._-]+)"},
  {C::self_description, L::pt, false,
   R"(^este é o resumo (?:semanal|quinzenal|mensal|diário) da lista (?:de discussão |de e-mail )?[\pL\pN._-]+)"},
  // Where the back issues are, with the issue's other forms listed beside
  // them ("Back issues, the HTML version and the source of this summary
  // can all be found at ...").
  {C::self_description, L::en, false,
   R"(\bback issues, [^.!?]{0,80}?\b(?:html|pdf|plain[- ]text|web|online|source|print)\b[^.!?]{0,60}?\b(?:are (?:all |also )?|can (?:all |also )?be )(?:kept|found|archived|available)\b)"},
  {C::self_description, L::de, false,
   R"(\b(?:frühere|ältere) ausgaben, [^.!?]{0,80}?\b(?:pdf|html|online|web|druck)[^.!?]{0,60}?\b(?:finden sie|findest du|sind|stehen) (?:alle |auch )?(?:im archiv|unter|auf)\b)"},
  {C::self_description, L::fr, false,
   R"(\bles (?:anciens|précédents) numéros, [^.!?]{0,80}?\b(?:pdf|html|en ligne|web|papier)\b[^.!?]{0,60}?\bsont (?:tous )?(?:archivés|consultables|disponibles)\b)"},
  {C::self_description, L::es, false,
   R"(\blos (?:números|boletines) anteriores, [^.!?]{0,80}?\b(?:pdf|html|en línea|web|impres)[^.!?]{0,60}?\b(?:están|se encuentran|se pueden consultar)\b)"},
  {C::self_description, L::it, false,
   R"(\bi numeri (?:arretrati|precedenti), [^.!?]{0,80}?\b(?:pdf|html|online|web|cartace)[^.!?]{0,60}?\bsono (?:tutti )?(?:archiviati|consultabili|disponibili)\b)"},
  {C::self_description, L::nl, false,
   R"(\beerdere (?:nummers|edities), [^.!?]{0,80}?\b(?:pdf|html|online|web|papier|print)\b[^.!?]{0,60}?\b(?:staan|vindt u|vind je|zijn) (?:allemaal )?(?:in het archief|op|te vinden)\b)"},
  {C::self_description, L::pt, false,
   R"(\b(?:os )?números anteriores, [^.!?]{0,80}?\b(?:pdf|html|online|web|impress)[^.!?]{0,60}?\b(?:estão|podem ser) (?:todos )?(?:arquivados|disponíveis|consultados)\b)"},
  // "Follow <brand> on Instagram, Pinterest and TikTok": the brand named
  // where "us" stands.
  {C::social, L::en, false, R"(^follow [\pL\pN&.' -]{1,30} on (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::de, false, R"(^(?:folge|folgt|folgen sie) [\pL\pN&.' -]{1,30} auf (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::fr, false, R"(^(?:suivez|suis) [\pL\pN&.' -]{1,30} sur (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::es, false, R"(^(?:sigue|siga|seguid) a [\pL\pN&.' -]{1,30} en (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::it, false, R"(^(?:segui|seguite) [\pL\pN&.' -]{1,30} su (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::nl, false, R"(^(?:volg|volgt u) [\pL\pN&.' -]{1,30} op (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  {C::social, L::pt, false, R"(^(?:siga|segue|sigam) (?:a |o )?[\pL\pN&.' -]{1,30} n[oa] (?:instagram|facebook|tiktok|pinterest|youtube|linkedin|threads|bluesky)\b)"},
  // A prize draw a sender holds among its own subscribers or readers, and
  // the question to answer to take part.
  {C::house_ad, L::en, false,
   R"((?:draw|raffle|raffling|give away|giving away)[^.!?]* among (?:all )?(?:of )?our (?:newsletter )?(?:subscribers|readers)\b|answer (?:the|our|this) (?:competition|contest|giveaway|prize draw) question\b)"},
  {C::house_ad, L::de, false,
   R"(verlosen wir unter (?:allen )?(?:unseren )?(?:newsletter-?)?(?:abonnent|leser|kund)\pL*|unter (?:allen )?(?:unseren )?(?:newsletter-?)?(?:abonnent|leser)\pL*(?: und [\pL-]+)? verlosen wir|beantworte[nt]? (?:sie )?(?:einfach |nur )?(?:die|unsere) gewinnspielfrage|\bgewinnspielfrage ?:)"},
  {C::house_ad, L::fr, false,
   R"(tirons au sort,? parmi (?:tous )?(?:nos )?(?:abonné|lecteur|lectrice)\pL*|(?:à gagner|nous offrons)[^.!?]* parmi (?:nos|tous nos) (?:abonnés|lecteurs)|répond(?:ez|s) (?:simplement )?à la question du (?:jeu|concours))"},
  {C::house_ad, L::es, false,
   R"(sorteamos[^.!?]* entre (?:todos )?(?:nuestros |los )?(?:suscriptor|lector)\pL*|responde (?:simplemente )?(?:a )?la pregunta del (?:sorteo|concurso))"},
  {C::house_ad, L::it, false,
   R"((?:mettiamo in palio|estraiamo|regaliamo)[^.!?]* tra (?:tutti )?(?:i nostri |gli |le nostre )?(?:iscritt|abbonat|lettor)\pL*|rispond(?:i|ete) (?:semplicemente )?alla domanda del concorso)"},
  {C::house_ad, L::nl, false,
   R"(verloten we[^.!?]* onder (?:alle )?(?:onze )?(?:abonnees|lezers)|onder (?:alle )?(?:onze )?(?:abonnees|lezers) verloten we|beantwoord (?:simpelweg |gewoon )?de (?:winactie|wedstrijd)vraag)"},
  {C::house_ad, L::pt, false,
   R"(sorteamos[^.!?]* entre (?:todos )?(?:os )?(?:nossos )?(?:assinantes|subscritores|leitores)|responda (?:simplesmente )?à pergunta do (?:passatempo|concurso|sorteio))"},
  // A contest's entry lines: the prize a partner gives "courtesy of our
  // friends at", the question to answer to take part, and where to send
  // the answer with a name and address by a date.
  {C::house_ad, L::en, false,
   R"(^to enter,? (?:just |simply )?(?:tell us|answer|send us|email us|e-mail us|reply)\b|\bsend (?:us )?your (?:answers?|entry|entries)\b[^.!?]{0,60}\b(?:to|by)\b)"
   R"(|^win an? [^.!?]{0,100}\b(?:courtesy of|thanks to|from) our (?:good )?(?:friends|partners) (?:at|from)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:um teilzunehmen|zur teilnahme),? (?:einfach |bitte )?(?:beantworte|beantworten sie|schick|schicken sie|sende|senden sie|antworte|antworten sie)\b)"
   R"(|\b(?:schick|schicke|schickt|schicken sie|sende|senden sie) (?:uns )?(?:deine|ihre|eure) (?:antwort|lösung)(?:en)?\b[^.!?]{0,60}\b(?:an|bis)\b)"
   R"(|^gewinne?n? [^.!?]{0,100}\b(?:von|dank|bei) unseren (?:freunden|partnern)\b)"},
  {C::house_ad, L::fr, false,
   R"(^pour (?:participer|jouer),? (?:il suffit de )?(?:répond|envoy|dites-nous|écriv))"
   R"(|\benvoye[zr](?:-nous)? (?:votre|vos) (?:réponse|bulletin|coordonnées)[^.!?]{0,60} (?:à|avant le|au plus tard))"
   R"(|^gagnez [^.!?]{0,100}\b(?:offerte?s? par|grâce à) nos (?:amis|partenaires)\b)"},
  {C::house_ad, L::es, false,
   R"(^para participar,? (?:solo |sólo |basta con )?(?:responde|contesta|envía|envia|escribe|dinos))"
   R"(|\benv(?:í|i)a(?:nos)? (?:tu|su|vuestra) (?:respuesta|participación)[^.!?]{0,60} (?:a|antes del?)\b)"
   R"(|^gana (?:un|una) [^.!?]{0,100}\b(?:cortesía de|gracias a) nuestros (?:amigos|socios|colaboradores)\b)"},
  {C::house_ad, L::it, false,
   R"(^per partecipare,? (?:basta )?(?:rispond|invia|scrivi|dicci))"
   R"(|\binvia(?:teci|ci|te)? (?:la tua|la vostra|la sua|le tue|le vostre) (?:risposta|risposte|soluzione)\b[^.!?]{0,60}\b(?:a|entro)\b)"
   R"(|^vinci [^.!?]{0,100}\b(?:offert[oaie] dai|grazie ai) nostri (?:amici|partner)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:om mee te doen|meedoen),? (?:hoef je alleen |moet je )?(?:beantwoord|stuur|mail|antwoord)\b)"
   R"(|\b(?:stuur|mail) (?:ons )?(?:je|jouw|uw) (?:antwoord|oplossing)\b[^.!?]{0,60}\b(?:naar|voor|uiterlijk)\b)"
   R"(|^win (?:een )?[^.!?]{0,100}\b(?:aangeboden door|dankzij|met dank aan) onze (?:vrienden|partners)\b)"},
  {C::house_ad, L::pt, false,
   R"(^para participar,? (?:basta |é só )?(?:respond|envi|diga-nos|escrev))"
   R"(|\benvi[ea](?:-nos)? (?:a sua|sua|a tua|tua) (?:resposta|participa\pL*)[^.!?]{0,60} (?:para\b|até(?:[^\pL\pN]|$)))"
   R"(|^(?:ganhe|ganha) [^.!?]{0,100}\b(?:oferecid[oa]s? pel[oa]s|cortesia d[oa]s|graças a[oa]s) (?:nossos )?(?:amigos|parceiros)\b)"},
  // A contest's heading: the word for the contest, a colon or a dash, and
  // the prize offered to the reader ("Wettbewerb: Gewinnen Sie 2 Tickets").
  {C::house_ad, L::en, false, R"(^(?:competition|contest|giveaway|prize draw)\W{1,3}win\b)"},
  {C::house_ad, L::de, false, R"(^(?:wettbewerb|gewinnspiel|verlosung)\W{1,3}(?:gewinnen sie|gewinne|gewinnt)\b)"},
  {C::house_ad, L::fr, false, R"(^(?:concours|jeu-concours|jeu concours|tirage au sort)\W{1,3}(?:gagnez|gagne)\b)"},
  {C::house_ad, L::es, false, R"(^(?:concurso|sorteo)\W{1,3}(?:gana|gane|ganad)\b)"},
  {C::house_ad, L::it, false, R"(^(?:concorso|estrazione|giveaway)\W{1,3}(?:vinci|vincete)\b)"},
  {C::house_ad, L::nl, false, R"(^(?:winactie|wedstrijd|prijsvraag|verloting)\W{1,3}(?:win|winnen)\b)"},
  {C::house_ad, L::pt, false, R"(^(?:passatempo|concurso|sorteio)\W{1,3}(?:ganhe|ganha)\b)"},
  // A partner's store finder under its slogan, and a shop's terms under
  // its offer: free delivery on orders, ordering from its online shop.
  {C::house_ad, L::en, false,
   R"(\bfind (?:your|the) (?:nearest|closest|local) (?:stockist|retailer|dealer|store|shop|showroom)s?\b)"
   R"(|^free (?:uk |us |eu |standard )?(?:delivery|shipping|postage|p&p) on (?:all )?[^.!?]{0,30}\borders\b)"
   R"(|^order (?:now|today|yours|your copy) (?:from|at|on) (?:the |our )?[^.!?]{0,40}\b(?:online )?(?:shop|store|webshop)\b)"},
  {C::house_ad, L::de, false,
   R"(\b(?:finde|finden sie) (?:deinen|ihren|einen) (?:händler|fachhändler|laden|shop|store) in (?:deiner|ihrer) nähe\b)"
   R"(|^(?:kostenloser|gratis) (?:versand|lieferung) (?:für alle|auf alle|ab)\b|^versandkostenfrei (?:ab|für alle|bei bestellungen)\b)"
   R"(|^(?:jetzt )?(?:im|in unserem) [^.!?]{0,30}(?:online-?shop|webshop|shop) bestellen\b)"},
  {C::house_ad, L::fr, false,
   R"(\btrouve[zr]? (?:votre|ton|le) (?:revendeur|magasin|point de vente|distributeur)s? (?:le plus proche|près de chez (?:vous|toi)))"
   R"(|^(?:livraison|frais de port) (?:gratuite?s?|offerte?s?) (?:pour|sur|dès) (?:toutes? )?(?:les )?(?:commandes?|achats?)\b)"
   R"(|^commandez(?:-le|-la)? (?:dès maintenant |maintenant )?sur (?:notre |la )?boutique en ligne\b)"},
  {C::house_ad, L::es, false,
   R"(\bencuentr[ae] (?:tu|su|el) (?:distribuidor|tienda|punto de venta) más cercan[oa])"
   R"(|^envío (?:gratis|gratuito) (?:en|para) (?:todos los |todas las )?(?:pedidos|compras)\b)"
   R"(|^pídel[oa] (?:ya |ahora )?en (?:nuestra|la) tienda (?:online|en línea))"},
  {C::house_ad, L::it, false,
   R"(\btrova (?:il|un) (?:rivenditore|negozio|punto vendita) più vicino)"
   R"(|^spedizione gratuita (?:per|su) (?:tutti gli )?(?:ordini|acquisti)\b)"
   R"(|^ordina(?:lo|la)? (?:ora |subito )?(?:sul|nel) nostro (?:negozio online|shop online|store online)\b)"},
  {C::house_ad, L::nl, false,
   R"(\bvind (?:je|uw|de) dichtstbijzijnde (?:dealer|verkooppunt|winkel|vestiging)\b)"
   R"(|^gratis (?:verzending|bezorging) (?:bij|op|vanaf)\b)"
   R"(|^bestel (?:nu |hem |het )?(?:in|via) (?:onze|de) (?:webwinkel|webshop|online winkel)\b)"},
  {C::house_ad, L::pt, false,
   R"(\bencontre (?:o seu |a sua |o |a |seu |sua )?(?:revendedor|loja|ponto de venda) mais próxim[oa])"
   R"(|^(?:envio|frete|portes) (?:grátis|gratuitos?) (?:em|para|nas?) (?:todas as )?(?:encomendas|compras|pedidos)\b)"
   R"(|^encomende (?:já |agora )?na (?:nossa )?loja online\b)"},
  // A publisher's cross-promotion of its other titles: "if you enjoyed
  // this author, you may like these", and a buy-two-get-a-third-free
  // offer.
  {C::house_ad, L::en, false,
   R"(^if you (?:enjoyed|liked|loved) [^.!?]{1,60}?,? (?:you(?:'ll| will| may| might)(?: also)? (?:like|love|enjoy)|(?:then )?try)\b)"
   R"(|\bbuy (?:any )?(?:two|2|three|3) [^.!?]{0,50}\b(?:and )?(?:get|choose|pick|take) (?:a|the|your) (?:third|fourth|3rd|4th|cheapest) (?:one )?free\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:wenn|falls) (?:ihnen|dir|euch) [^.!?]{1,60}? gefallen ha(?:t|ben),? (?:werden sie|wirst du|werdet ihr|könnte|dürfte|gefällt))"
   R"(|\bkauf(?:e|en sie)? (?:zwei|2|drei|3) [^.!?]{0,50}\b(?:und )?(?:erhalte|erhalten sie|bekomme|bekommen sie|wähle|wählen sie) (?:ein |das )?(?:dritte|vierte)s? [^.!?]{0,20}?(?:gratis|kostenlos|geschenkt)\b|\b3 für 2\b)"},
  {C::house_ad, L::fr, false,
   R"(^si (?:vous avez|tu as) aimé [^.!?]{1,60}?,? (?:vous|tu) (?:aimerez|apprécierez|adorerez|aimeras|apprécieras|adoreras))"
   R"(|\b(?:achetez|pour l'achat de) (?:deux|2|trois|3) [^.!?]{0,50}\b(?:le|la) (?:troisième|3e|quatrième) (?:est )?(?:offerte?|gratuite?))"},
  {C::house_ad, L::es, false,
   R"(^si (?:te|le|os) (?:gustó|gustaron|ha gustado|han gustado) [^.!?]{1,60}?,? (?:te|le|os) (?:gustará|encantará|gustarán|encantarán))"
   R"(|\bcompra (?:dos|2|tres|3) [^.!?]{0,50}\b(?:y )?(?:llévate|elige|consigue) (?:el|la|un|una) (?:tercer[oa]|cuart[oa]) gratis\b)"},
  {C::house_ad, L::it, false,
   R"(^se (?:ti|vi|le) (?:è|e) piaciut[oa] [^.!?]{1,60}?,? (?:ti|vi|le) piacer(?:à|anno)|^se (?:ti|vi|le) sono piaciut[ie] [^.!?]{1,60}?,? (?:ti|vi|le) piacer(?:à|anno))"
   R"(|\b(?:acquista|compra) (?:due|2|tre|3) [^.!?]{0,50}\b(?:e )?(?:il|la) (?:terz[oa]|quart[oa]) (?:è )?(?:in omaggio|gratis)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:als|heb) (?:je|u) [^.!?]{1,60}? (?:mooi|leuk|goed) (?:vond|gevonden)(?: hebt| heeft)?,? (?:dan )?(?:vind|vindt|zul|zult) (?:je|u)\b)"
   R"(|\bkoop (?:er )?(?:twee|2|drie|3) [^.!?]{0,50}\b(?:en )?(?:krijg|kies) (?:de|een|het) (?:derde|vierde) gratis\b|\b3 halen,? 2 betalen\b)"},
  {C::house_ad, L::pt, false,
   R"(^se (?:você )?gostou d[eoa]s? [^.!?]{1,60}?,? (?:vai|você vai|irá) (?:gostar|adorar))"
   R"(|\b(?:compre|leve) (?:dois|duas|2|três|3) [^.!?]{0,50}\b(?:e )?(?:ganhe|escolha|leve) (?:o|a|um|uma) (?:terceir[oa]|quart[oa]) (?:grátis|de graça|gratuit[oa]))"},
  // A club's gift membership: "give a membership", what gift memberships
  // cost.
  {C::house_ad, L::en, false,
   R"(^give (?:a|an) (?:gift )?(?:membership|subscription)\b|\bgift (?:memberships?|subscriptions?) (?:starts? (?:at|from)|costs?|from)\b)"},
  {C::house_ad, L::de, false,
   R"(^(?:verschenke|verschenken sie|verschenkt) (?:eine |ein )?(?:mitgliedschaft|abo|abonnement)\b|\bgeschenk-?(?:mitgliedschaft|abo|abonnement)(?:en|s)? (?:gibt es )?(?:ab|kosten|schon ab)\b)"},
  {C::house_ad, L::fr, false,
   R"(^offre[zs]? (?:un abonnement|une adhésion)\b|\b(?:abonnements?|adhésions?) cadeaux? (?:à partir de|dès)\b)"},
  {C::house_ad, L::es, false,
   R"(^regala (?:una )?(?:suscripción|membresía)|\b(?:suscripciones|membresías) (?:de )?regalo (?:desde|a partir de|cuestan)\b)"},
  {C::house_ad, L::it, false,
   R"(^regala (?:un |un')?(?:abbonamento|iscrizione|tessera)\b|\b(?:abbonament[oi]|iscrizion[ei]) (?:in )?regalo (?:a partire da|da|costano)\b)"},
  {C::house_ad, L::nl, false,
   R"(^(?:geef|schenk) (?:een )?(?:lidmaatschap|abonnement)\b|\bcadeau(?:lidmaatschap|abonnement)(?:pen|en)? (?:vanaf|kosten|zijn er vanaf)\b)"},
  {C::house_ad, L::pt, false,
   R"(^(?:ofereça|presenteie com) (?:uma )?(?:assinatura|adesão)|\b(?:assinaturas?|adesão|adesões) (?:de )?presente (?:a partir de|desde|custam)\b)"},
  // A member's account lines: the credits on the account, when the next
  // one comes, that unused ones roll over; the authors or topics an alert
  // account follows.
  {C::footer, L::en, false,
   R"(^you have (?:\d+|one|two|three|four|five|no) (?:audiobook |book |membership |unused )?credits?\b|\byour next (?:credit|token)s? (?:arrives?|comes|is due|lands|will arrive)\b)"
   R"(|\b(?:unused )?credits (?:roll|carry) over\b|\byou(?:'re| are) (?:signed up|subscribed|registered) for (?:\pL+ )?alerts (?:about|on|for)\b)"},
  {C::footer, L::de, false,
   R"(^(?:du hast|sie haben) (?:\d+|ein|eine|zwei|drei|kein) (?:hörbuch-?)?(?:guthaben|credits?)\b|\b(?:dein|ihr) nächste[rs]? (?:guthaben|credit) (?:kommt|folgt|wird am)\b)"
   R"(|\b(?:nicht genutzte|ungenutzte) (?:guthaben|credits) (?:verfallen nicht|werden übertragen)\b|\b(?:du erhältst|sie erhalten) (?:benachrichtigungen|alerts) (?:zu|über|für)\b)"},
  {C::footer, L::fr, false,
   R"(^vous (?:avez|disposez de) (?:\d+|un|deux|trois) crédits?\b|\bvotre prochain crédit (?:arrive|sera)\b)"
   R"(|\b(?:vos )?crédits (?:non utilisés )?(?:sont reportés|se cumulent)\b|\bvous êtes abonnée?s? aux alertes\b)"},
  {C::footer, L::es, false,
   R"(^(?:tienes|tiene) (?:\d+|un|dos|tres) créditos?\b|\btu próximo crédito (?:llega|llegará))"
   R"(|\blos créditos (?:no usados |sin usar )?se acumulan\b|\bestás suscrit[oa] a (?:las )?alertas\b)"},
  {C::footer, L::it, false,
   R"(^(?:hai|ha) (?:\d+|un|due|tre) crediti?\b|\bil tuo prossimo credito (?:arriva|arriverà))"
   R"(|\bi crediti (?:non usati |inutilizzati )?(?:si accumulano|restano validi)\b|\bsei iscritt[oa] agli avvisi\b)"},
  {C::footer, L::nl, false,
   R"(^(?:je hebt|u hebt|u heeft) (?:\d+|een|twee|drie) credits?\b|\bje volgende credit (?:komt|volgt)\b)"
   R"(|\b(?:ongebruikte )?credits (?:blijven|worden meegenomen)\b|\bje bent (?:aangemeld|geabonneerd) (?:voor|op) (?:de )?(?:alerts|meldingen)\b)"},
  {C::footer, L::pt, false,
   R"(^(?:você tem|tem|tens) (?:\d+|um|dois|três) créditos?\b|\b(?:o )?(?:seu )?próximo crédito (?:chega|chegará))"
   R"(|\bos créditos (?:não usados )?(?:se )?acumulam\b|\b(?:você está|está) inscrit[oa] n?os alertas\b)"},
  // The button under a member's credits that spends one.
  {C::footer, L::en, true, R"((?:use|spend|redeem) (?:a|your|one) credits?)"},
  {C::footer, L::de, true, R"((?:ein |dein |ihr )?(?:guthaben|credit) (?:einlösen|nutzen|verwenden))"},
  {C::footer, L::fr, true, R"((?:utiliser|utilisez|dépenser) (?:un|mon|votre) crédit)"},
  {C::footer, L::es, true, R"((?:usar|usa|canjear|canjea) (?:un|mi|tu) crédito)"},
  {C::footer, L::it, true, R"((?:usa|usare|utilizza) (?:un|il tuo|un tuo) credito)"},
  {C::footer, L::nl, true, R"((?:gebruik|besteed) (?:een|je|uw) credit|credit (?:gebruiken|inwisselen))"},
  {C::footer, L::pt, true, R"((?:usar|use|resgatar|resgate) (?:um|o meu|o seu|seu) crédito)"},
  // A race's registration button under the run a shop or club holds.
  {C::house_ad, L::en, true, R"((?:secure|grab|claim|book) your (?:race )?(?:spot|place|entry|bib|starting place)(?: now)?)"},
  {C::house_ad, L::de, true, R"((?:jetzt )?(?:deinen |ihren |einen )?startplatz (?:sichern|buchen)(?: jetzt)?)"},
  {C::house_ad, L::fr, true, R"((?:réservez|réserve|prends|prenez) (?:votre |ton )?dossard(?: maintenant)?)"},
  // The one-word label of a box that sells the publisher's own
  // subscription ("ABONNEMENT" over the offer and its button).
  {C::house_ad, L::en, true, R"((?:print |magazine )?subscriptions?)"},
  {C::house_ad, L::de, true, R"((?:print-?|heft-?|zeitschriften-?)?abo(?:nnement)?)"},
  {C::house_ad, L::fr, true, R"(abonnement(?: papier| à la revue)?)"},
  {C::house_ad, L::es, true, R"(suscripción(?: impresa| en papel)?)"},
  {C::house_ad, L::it, true, R"(abbonamento(?: cartaceo| alla rivista)?)"},
  {C::house_ad, L::nl, true, R"((?:papieren )?abonnement)"},
  {C::house_ad, L::pt, true, R"(assinatura(?: impressa| da revista)?)"},
  {C::house_ad, L::es, true, R"((?:reserva|consigue|asegura) (?:ya )?(?:tu |su )?dorsal(?: ya| ahora)?)"},
  {C::house_ad, L::it, true, R"((?:assicurati|prenota|prendi) (?:subito )?(?:il tuo |il )?pettorale(?: ora| subito)?)"},
  {C::house_ad, L::nl, true, R"((?:reserveer|bemachtig) (?:nu )?(?:je|uw) startbewijs(?: nu)?)"},
  {C::house_ad, L::pt, true, R"((?:garanta|reserve|garante) (?:já )?(?:o seu |o teu |seu |teu )?dorsal(?: já| agora)?)"},
  // A button to the sender's shop or one of its shop's departments, alone
  // on its line ("To the accessories shop").
  {C::house_ad, L::en, true, R"((?:to|visit) (?:the|our) (?:[\pL-]+ )?(?:shop|store|online shop|web shop))"},
  {C::house_ad, L::de, true, R"(zum (?:[\pL-]+-)?(?:shop|onlineshop|online-shop|webshop))"},
  {C::house_ad, L::fr, true, R"((?:vers|accéder à|visiter|visitez) (?:la|notre) boutique(?: [\pL-]+)?)"},
  {C::house_ad, L::es, true, R"((?:ir a|a|visita) (?:la|nuestra) tienda(?: [\pL-]+)?)"},
  {C::house_ad, L::it, true, R"((?:vai (?:allo|al)|allo|visita (?:lo|il nostro)) (?:[\pL-]+ )?(?:shop|negozio online))"},
  {C::house_ad, L::nl, true, R"(naar (?:de|onze) (?:[\pL-]+)?(?:shop|webshop|winkel))"},
  {C::house_ad, L::pt, true, R"((?:ir para|ir à|visite) (?:a |a nossa |nossa )?loja(?: [\pL-]+)?)"},
  // A partner's box headed as the partner's recommendation.
  {C::sponsor, L::en, false, R"(\ba recommendation from our partner\b|\brecommended by our partner\b|\bour partner recommends\b)"},
  {C::sponsor, L::de, false, R"(\bempfehlung (?:unseres|unserer) partners?\b|\bempfohlen von unserem partner\b|\bein tipp unseres partners\b|\bunser partner empfiehlt\b)"},
  {C::sponsor, L::fr, false, R"(\brecommandation de notre partenaire\b|\brecommandée? par notre partenaire\b|\bnotre partenaire recommande\b)"},
  {C::sponsor, L::es, false, R"(\brecomendación de nuestro (?:socio|partner|colaborador)\b|\brecomendado por nuestro (?:socio|partner|colaborador)\b)"},
  {C::sponsor, L::it, false, R"(\b(?:il )?consiglio del nostro partner\b|\bconsigliato dal nostro partner\b|\bsuggerito dal nostro partner\b)"},
  {C::sponsor, L::nl, false, R"(\baanbeveling van onze partner\b|\baanbevolen door onze partner\b|\btip van onze partner\b)"},
  {C::sponsor, L::pt, false, R"(\brecomendação do nosso parceiro\b|\brecomendado pelo nosso parceiro\b)"},
  // The label over a partner's offer in a customer letter, a block of its
  // own ("Offer from our partner", "Aanbieding van onze partner"): like
  // the one-word labels, it owns the offer's section under it.
  {C::sponsor, L::en, true, R"((?:an? )?(?:special |exclusive )?offer (?:from|of) (?:our|a) partner)"},
  {C::sponsor, L::de, true, R"((?:ein )?(?:angebot|aktion) (?:unseres|unserer|von unserem|von unserer|eines) (?:partners?|partnerin)|(?:ein )?partnerangebot)"},
  {C::sponsor, L::fr, true, R"((?:une |l')?offre (?:de notre|d'un|du) partenaire)"},
  {C::sponsor, L::es, true, R"((?:una )?oferta de (?:nuestro|un) (?:socio|partner|colaborador))"},
  {C::sponsor, L::it, true, R"((?:un'|l')?offerta (?:del nostro|di un) partner)"},
  {C::sponsor, L::nl, true, R"((?:een )?(?:aanbieding|aanbod) van (?:onze|een) partner|(?:een )?partneraanbieding)"},
  {C::sponsor, L::pt, true, R"((?:uma )?oferta (?:do nosso|de um) parceiro)"},
  // The label a ticket seller sets over an event that its organiser paid
  // to show among the listings.
  {C::sponsor, L::en, true, R"(promoted (?:events?|listings?|shows?|concerts?|gigs?)|featured by the organi[sz]er)"},
  {C::sponsor, L::de, true, R"((?:gesponserte|beworbene|gesponsertes|beworbenes) (?:veranstaltungen|veranstaltung|events?|konzerte?))"},
  {C::sponsor, L::fr, true, R"((?:événements?|évènements?|spectacles?|concerts?|soirées?) (?:mis en avant|mise en avant|mises en avant|sponsorisée?s?|promue?s?))"},
  {C::sponsor, L::es, true, R"((?:eventos?|espectáculos?|conciertos?) (?:promocionados?|patrocinados?))"},
  {C::sponsor, L::it, true, R"((?:eventi|evento|spettacoli|spettacolo|concerti|concerto) (?:sponsorizzat[oi]|promoss[oi]))"},
  {C::sponsor, L::nl, true, R"((?:gesponsorde|gepromote|gesponsord|gepromoot) (?:evenementen|evenement|voorstellingen|voorstelling|concerten|concert))"},
  {C::sponsor, L::pt, true, R"((?:eventos?|espetáculos?|espectáculos?|shows?|concertos?) (?:patrocinad[oa]s?|promovid[oa]s?))"},
  // The label over the sender's own offer box: a special, a customer's or
  // a season's offer, a savings offer.
  {C::house_ad, L::en, true,
   R"((?:special|exclusive|customer|members'?|welcome|savings) offers?|(?:spring|summer|autumn|fall|winter|easter|christmas|holiday|back to school) (?:offers?|promo|promotion|deals?))"},
  {C::house_ad, L::de, true,
   R"(sonderangebot|exklusives angebot|(?:kunden|spar|willkommens|frühlings|sommer|herbst|winter|oster|weihnachts)(?:angebot|aktion|rabatt))"},
  {C::house_ad, L::fr, true,
   R"(offres? (?:spéciale|exclusive|client|clients|privilège|de bienvenue|épargne|découverte)s?|(?:offres?|promos?|promotions?) (?:de |d')?(?:printemps|été|automne|hiver|noël|rentrée))"},
  {C::house_ad, L::es, true,
   R"(ofertas? (?:especial|exclusiva|de bienvenida|para clientes|de ahorro|ahorro)(?:es|s)?|(?:ofertas?|promos?|promoción|promociones) (?:de )?(?:primavera|verano|otoño|invierno|navidad|vuelta al cole))"},
  {C::house_ad, L::it, true,
   R"(offert[ae] (?:speciale|speciali|esclusiva|esclusive|di benvenuto|riservata ai clienti|risparmio)|(?:offert[ae]|promo|promozion[ei]) (?:di )?(?:primavera|estate|autunno|inverno|natale|pasqua))"},
  {C::house_ad, L::nl, true,
   R"((?:speciale|exclusieve) aanbieding(?:en)?|(?:klanten|spaar|welkomst|voorjaars|lente|zomer|najaars|herfst|winter|kerst)(?:aanbieding|actie|promo)(?:s|en)?)"},
  {C::house_ad, L::pt, true,
   R"(ofertas? (?:especial|especiais|exclusiva|exclusivas|de boas-vindas|para clientes|poupança)|(?:ofertas?|promos?|promoção|promoções) (?:de )?(?:primavera|verão|outono|inverno|natal|páscoa))"},
  // An alcoholic drink's moderation line under a shop's wine offer.
  {C::imprint, L::en, false,
   R"((?:please )?(?:drink|enjoy) (?:responsibly|in moderation)\b|no (?:alcohol )?sales? (?:of alcohol )?to (?:anyone|persons|people) under (?:18|21)\b)"},
  {C::imprint, L::de, false,
   R"((?:bitte )?(?:genieße|genießen sie|trinke|trinken sie|trink) (?:verantwortungsvoll|in maßen|mit verstand)\b|kein (?:verkauf|ausschank) (?:von alkohol )?an (?:jugendliche|personen) unter 1[68]\b)"},
  {C::imprint, L::fr, false,
   R"(l'abus d'alcool est dangereux pour la santé|(?:à )?consommer avec modération\b)"},
  {C::imprint, L::es, false,
   R"((?:bebe|beba|bebed|disfruta|disfrute) con moderación\b|(?:prohibida|no se permite) la venta de (?:bebidas alcohólicas|alcohol) a menores)"},
  {C::imprint, L::it, false,
   R"((?:bevi|bevete|beva|consuma|consumate|gusta) (?:responsabilmente|con moderazione)\b|vietata la (?:vendita|somministrazione) di (?:alcolici|bevande alcoliche) ai minori)"},
  {C::imprint, L::nl, false,
   R"((?:geniet,? maar )?drink met mate\b|geen 18,? geen alcohol\b)"},
  {C::imprint, L::pt, false,
   R"((?:beba|aprecie|bebe|aprecia) com moderação\b|se beber,? não dirija|(?:venda|é proibida a venda) (?:de bebidas alcoólicas )?(?:proibida )?(?:a|para) menores de 18)"},
  // A typo disclaimer in the singular and a price list's dates from the
  // first to the last day ("Prices valid from 3 to 9 March").
  {C::imprint, L::en, false,
   R"(\b(?:subject to|barring) (?:typographical|printing|typing) errors?\b|errors and omissions excepted\b|^(?:prices|offers) (?:are )?valid from \d)"},
  {C::imprint, L::de, false, R"(\b(?:druck|satz|tipp)fehler vorbehalten\b|^(?:preise|angebote) gültig von \d)"},
  {C::imprint, L::fr, false,
   R"(\bsauf erreurs? (?:typographiques?|d'impression)\b|^(?:prix|offres?) valables? du \d)"},
  {C::imprint, L::es, false,
   R"(\bsalvo errore?s? (?:tipográficos?|de imprenta|de impresión)\b|^(?:precios|ofertas) válid[oa]s del \d)"},
  {C::imprint, L::it, false, R"(\bsalvo error[ei] (?:tipografic[oi]|di stampa)\b|^(?:prezzi|offerte) valid[ei] dal \d)"},
  {C::imprint, L::nl, false, R"(\b(?:druk|zet)fouten voorbehouden\b|^(?:prijzen|aanbiedingen) geldig van \d)"},
  {C::imprint, L::pt, false,
   R"(\bsalvo erros? (?:tipográficos?|de digitação|de impressão)\b|^(?:preços|ofertas) válid[oa]s de \d)"},
  // An insurance product's small print under a partner's or a bank's
  // policy offer: read the policy's conditions, the insurer's registration
  // with its supervisor.
  {C::imprint, L::en, false,
   R"(\bsee (?:the )?(?:full )?policy (?:wording|terms|document)\b|\bread the (?:policy|product) (?:wording|information document)\b)"},
  {C::imprint, L::de, false,
   R"(\bes gelten die (?:allgemeinen )?versicherungsbedingungen\b|\b(?:risikoträger|versicherer) (?:ist|sind) die\b)"},
  {C::imprint, L::fr, false,
   R"(\bselon (?:les )?conditions (?:générales|du contrat) (?:et particulières )?(?:du contrat|en vigueur)\b|\bcontrat (?:assuré|souscrit) (?:par|auprès de)\b|\bvoir (?:les )?conditions générales (?:du contrat|d'assurance)\b)"},
  {C::imprint, L::es, false,
   R"(\bconsulta(?:r)? las condiciones generales (?:de la póliza|del seguro)\b|\bpóliza (?:suscrita|emitida|comercializada) (?:con|por)\b|\bseguro (?:suscrito|emitido) (?:con|por)\b)"},
  {C::imprint, L::it, false,
   R"(\bprima della sottoscrizione leggere il set informativo\b|\bleggere (?:attentamente )?il set informativo\b)"},
  {C::imprint, L::nl, false,
   R"(\b(?:lees|bekijk|zie) (?:de )?polisvoorwaarden\b|\bverzekeraar is\b)"},
  {C::imprint, L::pt, false,
   R"(\bconsulte as condições gerais (?:do seguro|no site da seguradora|da apólice)\b|\bregistrad[oa] na susep\b|\bprocesso susep\b)"},
  // A line that asks whether the message looks wrong, over its web copy.
  {C::view_online, L::en, false, R"(\bdoes (?:this|the) (?:e-?mail|message|newsletter) look (?:odd|strange|wrong|broken|off)\b|\b(?:this|the) (?:e-?mail|message|newsletter) looks? (?:odd|strange|broken)\?)"},
  {C::view_online, L::de, false, R"(\bsieht (?:diese|die) (?:e-?mail|mail|nachricht) (?:seltsam|komisch|merkwürdig|falsch) aus\b)"},
  {C::view_online, L::fr, false, R"(\b(?:cet|ce) (?:e-?mail|message|courriel) s'affiche (?:mal|bizarrement|de travers)\b)"},
  {C::view_online, L::es, false, R"(\b(?:este|el) (?:correo|mensaje|boletín) se ve (?:raro|mal|extraño)\b)"},
  {C::view_online, L::it, false, R"(\b(?:questa|la) (?:e-?mail|newsletter) (?:si vede|appare) (?:male|strana|in modo strano)\b)"},
  {C::view_online, L::nl, false, R"(\bziet (?:deze|de|dit) (?:e-?mail|mail|nieuwsbrief|bericht) er (?:vreemd|raar|gek|anders) uit\b)"},
  {C::view_online, L::pt, false, R"(\b(?:este|o) (?:e-?mail|boletim) (?:está|parece) (?:estranho|esquisito|desconfigurado)\b)"},
  // A reader who got the issue from someone else, asked to sign up.
  {C::forwarded, L::en, false, R"(\bdid (?:a friend|a colleague|someone) (?:send|pass|share) (?:you )?(?:this|it)\b)"},
  {C::forwarded, L::de, false, R"(\bhat (?:dir|ihnen) (?:ein(?:e)? )?(?:freund(?:in)?|kolleg(?:e|in)|jemand) (?:diese|diesen|das) [\pL-]+ (?:geschickt|gesendet)\b)"},
  {C::forwarded, L::fr, false, R"(\b(?:un(?:e)? ami(?:e)?|un(?:e)? collègue|quelqu'un) (?:vous a|t'a) envoyé (?:cet|ce|cette)\b)"},
  {C::forwarded, L::es, false, R"(\b(?:un amigo|una amiga|alguien) te (?:envió|mandó|pasó) (?:este|esta)\b)"},
  {C::forwarded, L::it, false, R"(\b(?:un amico|un'amica|qualcuno) ti ha (?:mandato|inviato) (?:questa|questo)\b)"},
  {C::forwarded, L::nl, false, R"(\b(?:heeft )?(?:een vriend(?:in)?|een collega|iemand) (?:je|u) (?:dit|deze [\pL-]+) (?:gestuurd|toegestuurd)\b)"},
  {C::forwarded, L::pt, false, R"(\b(?:um amigo|uma amiga|alguém) (?:te |lhe )?(?:enviou|mandou) (?:este|esta)\b)"},
  // A club's or a venue's main sponsor as a label before the name.
  {C::sponsor, L::en, false, R"(^(?:our )?(?:main|lead|title|principal|headline) sponsor ?:)"},
  {C::sponsor, L::de, false, R"(^(?:unser )?(?:haupt|titel)sponsor ?:)"},
  {C::sponsor, L::fr, false, R"(^(?:notre )?(?:sponsor|partenaire|mécène) principal ?:)"},
  {C::sponsor, L::es, false, R"(^(?:nuestro )?(?:patrocinador|colaborador) principal ?:)"},
  {C::sponsor, L::it, false, R"(^(?:il )?(?:nostro )?(?:sponsor|partner) principale ?:)"},
  {C::sponsor, L::nl, false, R"(^(?:onze )?hoofd(?:sponsor|partner) ?:)"},
  {C::sponsor, L::pt, false, R"(^(?:o )?(?:nosso )?patrocinador principal ?:)"},
  // Ordering the club's or the shop's goods from its shop.
  {C::house_ad, L::en, false, R"(\border your (?:[\pL-]+ ){0,2}(?:in|from|at|via|through) (?:the|our) (?:club |online |web )?(?:shop|store)\b)"},
  {C::house_ad, L::de, false, R"(\bbestell(?:e|en sie)? (?:dein|deine|deinen|ihr|ihre|ihren) (?:[\pL-]+ ){0,2}(?:im|in unserem|über den) (?:club|vereins|online-?|web)?shop\b)"},
  {C::house_ad, L::fr, false, R"(\bcommand(?:ez|e) (?:votre|ta|ton|vos|tes) (?:[\pL-]+ ){0,2}(?:sur|dans) (?:la|notre) boutique\b)"},
  {C::house_ad, L::es, false, R"(\b(?:pide|encarga|compra) (?:tu|tus) (?:[\pL-]+ ){0,2}en (?:la|nuestra) tienda\b)"},
  {C::house_ad, L::it, false, R"(\bordina (?:il tuo|la tua|i tuoi|le tue) (?:[\pL-]+ ){0,2}(?:nel|sul|dal) (?:nostro )?(?:negozio|shop|store)\b)"},
  {C::house_ad, L::nl, false, R"(\bbestel (?:je|jouw|uw) (?:[\pL-]+ ){0,2}(?:in|via) (?:de|onze) (?:club|web)?(?:shop|winkel)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:encomende|peça|compre) (?:o seu|a sua|seu|sua|os seus|as suas) (?:[\pL-]+ ){0,2}na (?:nossa )?loja\b)"},
  // The sender's app, in both stores.
  {C::house_ad, L::en, false, R"(\bapp store (?:and|or|&) (?:on )?google play\b)"},
  {C::house_ad, L::de, false, R"(\bapp store (?:und|oder|&) (?:bei |im )?google play\b)"},
  {C::house_ad, L::fr, false, R"(\bapp store (?:et|ou|&) (?:sur )?google play\b)"},
  {C::house_ad, L::es, false, R"(\bapp store (?:y|o|&) (?:en )?google play\b)"},
  {C::house_ad, L::it, false, R"(\bapp store (?:e|o|&) (?:su )?google play\b)"},
  {C::house_ad, L::nl, false, R"(\bapp store (?:en|of|&) (?:in |op )?google play\b)"},
  {C::house_ad, L::pt, false, R"(\bapp store (?:e|ou|&) (?:na )?google play\b)"},
  // The sender's app pressed on a reader who lacks it, and the coupon for a
  // first order placed in it.
  {C::house_ad, L::en, false, R"(\b(?:don't|do not) (?:you )?have (?:our|the) app yet\b|\b(?:your )?first (?:order|purchase) (?:in|on|through|via|from) (?:the|our) app\b)"},
  {C::house_ad, L::de, false, R"(\b(?:hast du|haben sie) (?:unsere|die) app (?:noch nicht|etwa noch nicht)\b|\b(?:deine|ihre) erste (?:bestellung|app-bestellung) (?:in|über|mit) (?:der|unserer) app\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:vous n'avez|tu n'as) pas encore (?:notre |l')app(?:li(?:cation)?)?\b|\b(?:votre|ta) première commande (?:sur|dans|via|depuis) (?:l'|notre )app)"},
  {C::house_ad, L::es, false, R"(\b(?:todavía|aún) no (?:tienes|tiene) (?:nuestra|la) app\b|\b(?:tu|su) (?:primer pedido|primera compra) (?:desde|en|con) (?:el móvil|la app|nuestra app)\b)"},
  {C::house_ad, L::it, false, R"(\bnon (?:hai|ha) ancora (?:la nostra )?app\b|\b(?:il tuo|il suo) primo (?:ordine|acquisto) (?:dall'|sull'|nell'|con l')app\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:heb je|heeft u) (?:onze|de) app nog niet\b|\b(?:je|uw) eerste (?:bestelling|aankoop) (?:in|via|met) (?:de|onze) app\b)"},
  {C::house_ad, L::pt, false, R"(\bainda não (?:tem|tens) (?:o |a )?(?:nosso|nossa) (?:app|aplicativo|aplicação)\b|\b(?:sua|seu|tua|teu) primeir[oa] (?:compra|pedido|encomenda) (?:pelo|no|na) (?:app|aplicativo|aplicação)\b)"},
  // A shop's row of service promises, opening on its secure payment
  // ("Secure payment · Delivery in 48 h · Free returns").
  {C::footer, L::en, false, R"(^(?:100 ?% )?secure (?:payment|checkout)s?\b)"},
  {C::footer, L::de, false, R"(^(?:100 ?% )?sicher(?:e|es)? (?:zahlung|bezahlung|bezahlen|einkaufen)\b)"},
  {C::footer, L::fr, false, R"(^paiements? (?:100 ?% )?sécuris)"},
  {C::footer, L::es, false, R"(^pagos? (?:100 ?% )?seguros?\b)"},
  {C::footer, L::it, false, R"(^pagament[oi] (?:100 ?% )?sicur[oi]\b)"},
  {C::footer, L::nl, false, R"(^(?:100 ?% )?veilig (?:betalen|winkelen)\b)"},
  {C::footer, L::pt, false, R"(^(?:pagamento|compra)s? (?:100 ?% )?segur[oa]s?\b)"},
  // Keeping up with the sender on its social accounts.
  {C::social, L::en, false, R"(\b(?:stay|keep) (?:up to date|in touch|updated|posted|in the loop) (?:on|via|through) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::de, false, R"(\b(?:bleib|bleibt|bleiben sie) (?:auf dem laufenden|informiert|in kontakt) (?:auf|über|via|bei) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::fr, false, R"(\b(?:restez|reste) (?:informée?s?|connectée?s?|au courant) (?:sur|via) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::es, false, R"(\b(?:mantente|manténgase|mantenete) (?:informad[oa]s?|al día|conectad[oa]s?) (?:en|a través de|vía) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::it, false, R"(\b(?:resta|rimani|restate) (?:aggiornat[oi]|in contatto|informat[oi]) (?:su|via|tramite) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::nl, false, R"(\b(?:blijf|blijft u) (?:op de hoogte|in contact|verbonden) (?:via|op) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},
  {C::social, L::pt, false, R"(\b(?:fique|fica) (?:por dentro|atualizad[oa]s?|informad[oa]s?|em contato) (?:no|pelo|via|em) (?:facebook|instagram|linkedin|x|twitter|tiktok|youtube|mastodon|bluesky)\b)"},

  // A hosted platform's reaction row under a post: like, comment, share
  // again, and nothing else on the line.
  {C::social, L::en, false, R"(^like\W+comment\W+(?:restack|share|repost)\W*$)"},
  {C::social, L::de, false, R"(^gefällt mir\W+kommentieren\W+(?:teilen|weiterteilen|erneut teilen)\W*$)"},
  {C::social, L::fr, false, R"(^j'aime\W+commenter\W+(?:partager|repartager|republier)\W*$)"},
  {C::social, L::es, false, R"(^me gusta\W+comentar\W+(?:compartir|republicar|reenviar)\W*$)"},
  {C::social, L::it, false, R"(^mi piace\W+commenta\W+(?:condividi|ricondividi|ripubblica)\W*$)"},
  {C::social, L::nl, false, R"(^(?:vind ik leuk|leuk)\W+(?:reageren|reageer)\W+(?:delen|opnieuw delen)\W*$)"},
  {C::social, L::pt, false, R"(^(?:gosto|curtir)\W+comentar\W+(?:partilhar|compartilhar|republicar)\W*$)"},
  // A referral programme's personal link: signing up through it, or the link itself.
  {C::house_ad, L::en, false, R"(\b(?:sign up|subscribe|join) (?:with|through|using|via) your (?:personal|unique|own|referral) link\b|^your (?:personal |unique |referral )?link ?: ?(?:https?://|www\.))"},
  {C::house_ad, L::de, false, R"(\b(?:über|mit) (?:deinen|ihren) (?:persönlichen |eigenen )?(?:empfehlungs)?link (?:anmelden|abonnieren|registrieren)\b|^(?:dein|ihr) (?:persönlicher )?(?:empfehlungs)?link ?: ?(?:https?://|www\.))"},
  {C::house_ad, L::fr, false, R"(\b(?:s'inscri\pL*|s'abonne\pL*) (?:avec|via|grâce à) (?:votre|ton) lien (?:personnel|de parrainage|unique)\b|^(?:votre|ton) lien (?:personnel |de parrainage )?: ?(?:https?://|www\.))"},
  {C::house_ad, L::es, false, R"(\b(?:se suscriban|se apunten|se registren) (?:con|a través de|desde) tu enlace (?:personal|de referido|único)\b|^tu enlace (?:personal |de referido )?: ?(?:https?://|www\.))"},
  {C::house_ad, L::it, false, R"(\bsi (?:iscrivono|iscrivano|abbonano) (?:con|tramite|dal) (?:il )?tuo link (?:personale|di invito|unico)\b|^il tuo link (?:personale |di invito )?: ?(?:https?://|www\.))"},
  {C::house_ad, L::nl, false, R"(\b(?:aanmelden|inschrijven|abonneren) (?:met|via) (?:je|jouw|uw) (?:persoonlijke|eigen|unieke) link\b|^(?:je|jouw|uw) (?:persoonlijke )?link ?: ?(?:https?://|www\.))"},
  {C::house_ad, L::pt, false, R"(\b(?:se inscrevam|se cadastrem|assinem) (?:com|pelo|através do) (?:seu|teu) link (?:pessoal|de indicação|exclusivo)\b|^(?:o )?(?:seu|teu) link (?:pessoal |de indicação )?: ?(?:https?://|www\.))"},
  // Entering a discount code at checkout, the clause first.
  {C::house_ad, L::en, false, R"(\b(?:at checkout|when (?:you )?order(?:ing)?),? (?:enter|use|apply|add) (?:the )?(?:promo |discount |coupon )?code\b)"},
  {C::house_ad, L::de, false, R"(\b(?:gib|geben sie|gebt) (?:beim|im) (?:bezahlen|bestellen|checkout|bestellvorgang|warenkorb) (?:den )?(?:rabatt|gutschein|aktions)?code\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:au moment du paiement|lors du paiement|lors de (?:votre|ta|la) commande|au panier),? (?:saisissez|saisis|entrez|entre|utilisez|utilise) le code\b)"},
  {C::house_ad, L::es, false, R"(\bal (?:pagar|hacer (?:el|tu) pedido|finalizar (?:la |tu )?compra),? (?:introduce|usa|ingresa|escribe) el código\b)"},
  {C::house_ad, L::it, false, R"(\bal (?:pagamento|checkout|momento dell'ordine),? (?:inserisci|usa|digita) il codice\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:vul|voer) bij het (?:afrekenen|bestellen) (?:de )?(?:kortings|actie)?code\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:no|ao) (?:checkout|encomendar|finalizar a compra|pagamento),? (?:insira|use|digite|utilize) o código\b)"},
  // A box's label that names the letter's partner of a trade ("Our
  // bookshop partner", "Unser Buchhandelspartner") as a whole line.
  {C::sponsor, L::en, false, R"(^our (?:[\pL-]+ ){0,2}partners?\W*$)"},
  {C::sponsor, L::de, false, R"(^unser(?:e|er)? [\pL-]*partner(?:in|innen)?\W*$)"},
  {C::sponsor, L::fr, false, R"(^(?:notre|nos) partenaires?(?: [\pL'-]+){0,2}\W*$)"},
  {C::sponsor, L::es, false, R"(^nuestr[oa]s? (?:socio|aliad[oa]|partner)s?(?: [\pL-]+){0,2}\W*$)"},
  {C::sponsor, L::it, false, R"(^(?:il nostro|i nostri) partner(?: [\pL'-]+){0,2}\W*$)"},
  {C::sponsor, L::nl, false, R"(^onze [\pL-]*partners?\W*$)"},
  {C::sponsor, L::pt, false, R"(^(?:o |os )?noss[oa]s? parceir[oa]s?(?: [\pL-]+){0,2}\W*$)"},
  // A partner's discount "with the code X at checkout", the code in the
  // middle of the sentence.
  {C::house_ad, L::en, false, R"(\bwith (?:the )?(?:promo |discount |coupon |voucher )?code [a-z0-9-]+ (?:at (?:the )?checkout|in (?:your|the) (?:cart|basket))\b)"},
  {C::house_ad, L::de, false, R"(\bmit (?:dem )?(?:gutschein|rabatt|aktions)?code [a-z0-9-]+ (?:an der kasse|im warenkorb|bei der bestellung|beim bezahlen))"},
  {C::house_ad, L::fr, false, R"(\bavec le code(?: promo)? [a-z0-9-]+ (?:lors de (?:votre|ta) commande|dans (?:votre|ton) panier|au moment du paiement|à la caisse))"},
  {C::house_ad, L::es, false, R"(\bcon el código(?: promocional| de descuento)? [a-z0-9-]+ (?:al pagar|en (?:tu|su|el) (?:carrito|cesta|pedido)|al finalizar (?:la |tu )?compra))"},
  {C::house_ad, L::it, false, R"(\bcon il codice(?: sconto| promo)? [a-z0-9-]+ (?:al momento del pagamento|nel carrello|alla cassa|al checkout))"},
  {C::house_ad, L::nl, false, R"(\bmet (?:de )?(?:kortings|actie)?code [a-z0-9-]+ (?:bij het afrekenen|in (?:je|uw) winkelwagen))"},
  {C::house_ad, L::pt, false, R"(\bcom o código(?: promocional| de desconto)? [a-z0-9-]+ (?:no checkout|no carrinho|ao finalizar(?: a compra)?|no pagamento))"},
  // A sale on the publisher's own workshops or courses: "30% off all
  // spring workshops".
  {C::house_ad, L::en, false, R"(\b\d+ ?% off (?:all |every |our )+(?:[\pL-]+ ){0,3}(?:workshops|courses|classes|masterclasses|photo walks)\b)"},
  {C::house_ad, L::de, false, R"(\b\d+ ?% (?:rabatt )?auf (?:alle|sämtliche|unsere)(?: unsere)?(?: [\pL-]+){0,3} (?:workshops|kurse|seminare|fotokurse|fotowalks|meisterkurse)\b)"},
  {C::house_ad, L::fr, false, R"(\b\d+ ?% (?:de (?:réduction|remise) )?sur (?:tous|toutes) (?:nos|les)(?: [\pL-]+){0,3} (?:ateliers|stages|cours|formations|masterclasses)\b)"},
  {C::house_ad, L::es, false, R"(\b\d+ ?% (?:de descuento )?en (?:todos (?:nuestros|los)|todas (?:nuestras|las))(?: [\pL-]+){0,3} (?:talleres|cursos|clases|masterclasses)\b)"},
  {C::house_ad, L::it, false, R"(\b\d+ ?% (?:di sconto )?su (?:tutti i|tutti i nostri|tutte le|tutte le nostre)(?: [\pL-]+){0,3} (?:workshop|corsi|laboratori|masterclass|uscite fotografiche)\b)"},
  {C::house_ad, L::nl, false, R"(\b\d+ ?% korting op (?:al onze|alle|onze)(?: [\pL-]+){0,3} (?:workshops|cursussen|lessen|masterclasses|fotowandelingen)\b)"},
  {C::house_ad, L::pt, false, R"(\b\d+ ?% (?:de desconto )?em (?:todos os|todos os nossos|todas as|todas as nossas)(?: [\pL-]+){0,3} (?:workshops|cursos|oficinas|aulas|masterclasses)\b)"},
  // A line of its own asking to share the letter with the reader's
  // friends, team or gaming party.
  {C::social, L::en, false, R"(^share (?:this (?:issue|newsletter|email|letter)|[\pL\pN' -]{1,40}) with (?:your|a) (?:friends?|party|crew|squad|guild|team|mates|colleagues|group)\W*$)"},
  {C::social, L::de, false, R"(^(?:teile|teilt|teilen sie) [\pL\pN' -]{1,40} mit (?:deinen|euren|ihren|deiner|eurer|ihrer) (?:freund\pL*|kolleg\pL*|leuten|crew|gilde|truppe|mitspieler\pL*)\W*$)"},
  {C::social, L::fr, false, R"(^partagez? [\pL\pN' -]{1,40} avec (?:vos|tes|ta|votre) (?:amis|amies|proches|collègues|coéquipiers|équipe|bande|guilde)\W*$)"},
  {C::social, L::es, false, R"(^comparte [\pL\pN' -]{1,40} con (?:tus|sus|tu|su) (?:amigos|amigas|compañeros|colegas|equipo|grupo|clan|gremio)\W*$)"},
  {C::social, L::it, false, R"(^condividi [\pL\pN' -]{1,40} con (?:i tuoi|le tue|la tua|il tuo) (?:amici|amiche|colleghi|compagni|squadra|gruppo|clan|gilda)\W*$)"},
  {C::social, L::nl, false, R"(^deel [\pL\pN' -]{1,40} met (?:je|jouw|uw) (?:vrienden|collega's|teamgenoten|team|groep|clan|gilde)\W*$)"},
  {C::social, L::pt, false, R"(^(?:partilhe|compartilhe|partilha|compartilha) [\pL\pN' -]{1,40} com (?:os |as |o |a )?(?:seus|teus|sua|tua|seu|teu) (?:amigos|amigas|colegas|equipa|equipe|grupo|clã|guilda)\W*$)"},
  // A magazine's prompt to put one's own pictures in its readers' gallery.
  {C::social, L::en, false, R"(\bupload (?:it|them|yours|your (?:best )?(?:photos?|pictures?|images?|shots?|work)) (?:to|in) (?:our|the) (?:readers?'? |community |members'? )?galler(?:y|ies)\b)"},
  {C::social, L::de, false, R"(\b(?:lade|laden sie|ladet) (?:es|sie|dein(?:e|en)? (?:bild|foto|aufnahme)\pL*|ihr(?:e|en)? (?:bild|foto|aufnahme)\pL*) in (?:unsere|die) (?:leser|community|mitglieder)-?galerie\b)"},
  {C::social, L::fr, false, R"(\b(?:publiez|partagez|déposez|envoyez|téléchargez)(?:-la|-le|-les)? (?:vos (?:photos|images|clichés) )?dans (?:notre|la) galerie (?:des lecteurs|des lectrices|de la communauté|des membres|des abonnés))"},
  {C::social, L::es, false, R"(\b(?:súbela|súbelas|súbelo|sube tus (?:fotos|imágenes)|compártela) (?:a|en) (?:nuestra|la) galería de (?:lectores|la comunidad|miembros|suscriptores)\b)"},
  {C::social, L::it, false, R"(\b(?:caricala|caricale|carica le tue (?:foto|immagini)|condividila) (?:nella|sulla) (?:nostra )?galleria (?:dei lettori|della community|dei membri|degli iscritti)\b)"},
  {C::social, L::nl, false, R"(\b(?:upload|deel|plaats) (?:hem|het|ze|je foto's|je foto|uw foto's|uw foto) in (?:onze|de) (?:lezers|community|leden)galerij\b)"},
  {C::social, L::pt, false, R"(\b(?:envie-a|envie-as|carregue-a|publique-a|envie as suas fotos|envie suas fotos|publique suas fotos) (?:na|para a) (?:nossa )?galeria (?:dos leitores|da comunidade|dos membros|dos assinantes)\b)"},
  // A note over the issue for a reader whose mail client hides pictures
  // ("If the images are missing, ..."), and the issue offered as a PDF.
  {C::view_online, L::en, false, R"(\bif (?:the )?(?:images|pictures) (?:are missing|(?:don't|do not|won't) (?:show|load|appear)|(?:aren't|are not) (?:showing|loading))|\b(?:this|the) (?:issue|edition|newsletter) as (?:a )?pdf\b)"},
  {C::view_online, L::de, false, R"(\b(?:falls|wenn) (?:die )?(?:bilder|grafiken|fotos) (?:fehlen|nicht (?:angezeigt werden|laden|erscheinen))|\b(?:diese|die) ausgabe als pdf\b|\b(?:diesen|den) newsletter als pdf\b)"},
  {C::view_online, L::fr, false, R"(\bsi (?:les )?images ne s'affichent pas|\bsi (?:les )?images (?:manquent|sont absentes)|\b(?:ce|le) numéro en (?:version )?pdf\b|\b(?:cette|la) (?:lettre|édition) en (?:version )?pdf\b)"},
  {C::view_online, L::es, false, R"(\bsi no (?:ves|se ven|se muestran|ve) (?:las )?imágenes|\bsi faltan (?:las )?imágenes|\b(?:este|el) (?:número|boletín) en pdf\b|\b(?:esta|la) edición en pdf\b)"},
  {C::view_online, L::it, false, R"(\bse (?:le )?immagini non (?:si vedono|sono visibili|vengono visualizzate)|\bse mancano (?:le )?immagini|\b(?:questo|il) numero in (?:formato )?pdf\b|\b(?:questa|la) (?:newsletter|edizione) in (?:formato )?pdf\b)"},
  {C::view_online, L::nl, false, R"(\b(?:als|wanneer) (?:de )?afbeeldingen (?:ontbreken|niet (?:laden|verschijnen|worden getoond))|\b(?:deze|de) (?:editie|uitgave|nieuwsbrief) als pdf\b|\b(?:dit|het) nummer als pdf\b)"},
  {C::view_online, L::pt, false, R"(\b(?:se|caso) as imagens não (?:aparecerem|carregarem|apareçam|carreguem)|\b(?:esta|a) edição em pdf\b|\b(?:este|o) (?:número|boletim) em pdf\b)"},
  // The same note in the words of early HTML mail: the reader's problems
  // seeing the message ("Having problems viewing this newsletter?") and
  // the pictures of this very message that may not show.
  {C::view_online, L::en, false, R"(\b(?:problems?|difficult(?:y|ies)) (?:viewing|reading|seeing|displaying) (?:this|the) (?:e-?mail|message|newsletter|issue|letter|alert|bulletin)\b|\bif (?:the )?(?:images|pictures|graphics) in (?:this|the) (?:e-?mail|message|newsletter|letter) (?:don't|do not|won't|will not) (?:show|load|appear|display))"},
  {C::view_online, L::de, false, R"(\bprobleme (?:beim|mit dem) (?:anzeigen|lesen|ansehen|darstellen) (?:dieses|des|dieser|der) (?:newsletters?|e-?mail|mail|nachricht|ausgabe)\b|\b(?:falls|wenn) (?:die )?(?:bilder|grafiken) (?:in )?(?:dieser|der) (?:e-?mail|mail|nachricht|ausgabe) nicht (?:angezeigt werden|erscheinen|laden))"},
  {C::view_online, L::fr, false, R"(\bdes (?:problèmes|difficultés) pour (?:afficher|lire|voir) (?:cette|ce|cet) (?:lettre|newsletter|e-?mail|message|bulletin)|\bsi les (?:images|photos) de (?:ce|cet|cette) (?:e-?mail|message|lettre|newsletter) ne s'affichent pas)"},
  {C::view_online, L::es, false, R"(\b(?:problemas|dificultades) para (?:ver|leer|visualizar) (?:este|esta|el|la) (?:correo|boletín|mensaje|newsletter)|\bsi las (?:imágenes|fotos) de (?:este|esta) (?:correo|mensaje|boletín|newsletter) no (?:se ven|aparecen|se muestran|cargan))"},
  {C::view_online, L::it, false, R"(\b(?:problemi|difficoltà) (?:a|nel) (?:visualizzare|leggere) (?:questa|questo|la|il) (?:e-?mail|newsletter|messaggio|bollettino)|\bse le (?:immagini|foto) di questa (?:e-?mail|newsletter|mail) non (?:si vedono|compaiono|vengono visualizzate|si caricano))"},
  {C::view_online, L::nl, false, R"(\bproblemen (?:met het|bij het) (?:bekijken|lezen|weergeven) van (?:deze|de|dit) (?:e-?mail|mail|nieuwsbrief|bericht)|\b(?:als|wanneer) de (?:afbeeldingen|plaatjes|foto's) in (?:deze|dit|de) (?:e-?mail|mail|nieuwsbrief|bericht) niet (?:verschijnen|laden|worden getoond))"},
  {C::view_online, L::pt, false, R"(\b(?:problemas|dificuldades) (?:para|ao|em) (?:ver|ler|visualizar) (?:este|esta|o|a) (?:e-?mail|newsletter|mensagem|boletim)|\bse as (?:imagens|fotos) (?:deste|desta) (?:e-?mail|mensagem|newsletter|boletim) não (?:aparecerem|carregarem))"},
  // A newsletter's own line on who publishes it for whom, at its top ("Published
  // by the press office on behalf of the board").
  {C::imprint, L::en, false, R"(^(?:published|issued|edited) by the (?:[\pL-]+ ){1,4}on behalf of\b)"},
  {C::imprint, L::de, false, R"(^herausgegeben (?:von der|vom|von den) (?:[\pL-]+ ){1,4}im auftrag (?:des|der)\b)"},
  {C::imprint, L::fr, false, R"(^(?:publiée?|éditée?) par (?:le|la|les|l') ?(?:[\pL'-]+ ){1,4}pour le compte (?:de|du|des)\b)"},
  {C::imprint, L::es, false, R"(^(?:publicad|editad)[oa] por (?:el|la|los|las) (?:[\pL-]+ ){1,4}en nombre (?:de|del)\b)"},
  {C::imprint, L::it, false, R"(^(?:pubblicat|curat)[oa] (?:da|dal|dalla|dall') ?(?:[\pL'-]+ ){1,4}per conto (?:di|del|della)\b)"},
  {C::imprint, L::nl, false, R"(^uitgegeven door (?:de|het) (?:[\pL-]+ ){1,4}(?:namens|in opdracht van)\b)"},
  {C::imprint, L::pt, false, R"(^(?:publicad|editad)[oa] (?:pela|pelo) (?:[\pL-]+ ){1,4}em nome (?:de|da|do)\b)"},
  // A call for events to list in the issue's calendar ("Running an event
  // our readers should know about? Send the details to ...").
  {C::feedback, L::en, false, R"(\b(?:running|hosting|organi[sz]ing|planning) an event (?:that )?our readers\b|\b(?:got|have|know of) an event (?:that )?(?:we|our readers) should (?:know about|hear about|list)\b|\b(?:send|submit) (?:us )?(?:the details of |details of )?your event\b|\bwant your event (?:listed|included|(?:in|on) (?:this|our) (?:list|listing|calendar)|here)\b)"},
  {C::feedback, L::de, false, R"(\b(?:sie veranstalten|du veranstaltest|ihr veranstaltet|sie planen|du planst) (?:eine|ein) (?:veranstaltung|event)\b|\b(?:kennen sie|kennst du|haben sie|hast du) (?:eine veranstaltung|einen termin), (?:die|den) wir (?:kennen|ankündigen|aufnehmen) sollten\b|\b(?:schicken|senden) sie uns ihre (?:termine|veranstaltung)|\b(?:schick|sende) uns deine (?:termine|veranstaltung)|\bveranstaltungshinweise (?:bitte )?an\b|\bsoll (?:ihre|deine|eure) (?:veranstaltung|event) (?:auch )?(?:hier|in (?:dieser|unserer) (?:liste|übersicht)) (?:erscheinen|stehen)\b)"},
  {C::feedback, L::fr, false, R"(\b(?:vous organisez|tu organises) un (?:événement|évènement)|\bun (?:événement|évènement) à nous signaler\b|\b(?:envoyez|soumettez|signalez)-nous (?:votre|vos) (?:événement|évènement|dates)|\bvotre (?:événement|évènement) dans (?:notre|l'|cette) ?(?:agenda|liste|sélection))"},
  {C::feedback, L::es, false, R"(\b(?:organizas|organiza|organizáis) un evento|\b(?:conoces|tienes|conoce|tiene) un evento que (?:deberíamos|debemos) (?:conocer|anunciar|incluir)\b|\b(?:envíanos|mándanos|envíenos) (?:tu|su|vuestro) evento\b|\b(?:tu|su) evento en (?:nuestra|la|esta) (?:agenda|lista)\b)"},
  {C::feedback, L::it, false, R"(\b(?:organizzi|organizzate|organizza) un evento\b|\b(?:conosci|hai) un evento che dovremmo (?:conoscere|segnalare|inserire)\b|\b(?:segnalaci|inviaci|mandaci) (?:il tuo|i tuoi|il vostro|i vostri) event[oi]\b|\bil tuo evento (?:in|nella nostra|in questa) (?:agenda|lista)\b)"},
  {C::feedback, L::nl, false, R"(\b(?:organiseer je|organiseert u|organiseren jullie) een evenement\b|\b(?:weet je|weet u|ken je|kent u) een evenement dat (?:we|wij) (?:moeten|zouden moeten) (?:kennen|vermelden|opnemen)\b|\b(?:stuur|mail) (?:ons )?(?:je|uw) evenement\b|\b(?:je|jouw|uw) (?:evenement|event) (?:ook )?in (?:onze|de|deze) (?:agenda|lijst)\b)"},
  {C::feedback, L::pt, false, R"(\b(?:organiza|organizas|está organizando) um evento\b|\b(?:conhece|conheces|tem|tens) um evento que (?:devíamos|deveríamos|devemos) (?:conhecer|divulgar|incluir)\b|\b(?:envie|mande)-nos (?:o seu|seu|o teu) evento\b|\b(?:seu|o seu) evento (?:na (?:nossa )?|nesta )(?:agenda|lista)\b)"},
  // A pitch to advertisers on a board's reach ("Want your opening in front
  // of 40,000 engineers?").
  {C::advertise, L::en, false, R"(\b(?:want|get|put) your (?:job|jobs|role|roles|opening|openings|vacancy|vacancies|listing|brand|product|ad) in front of\b)"},
  {C::advertise, L::de, false, R"(\b(?:erreichen sie|erreiche) mit (?:ihrer|deiner) (?:stellen)?anzeige\b|\b(?:ihre|deine) stellenanzeige vor (?:[\d.]+ )?(?:lesern|fachleuten)\b)"},
  {C::advertise, L::fr, false, R"(\b(?:votre|ton) (?:offre d'emploi|annonce|marque) (?:devant|sous les yeux de)\b)"},
  {C::advertise, L::es, false, R"(\b(?:tu|su) (?:oferta de empleo|anuncio|marca) (?:delante de|ante) (?:[\d.]+ )?(?:lectores|profesionales)\b)"},
  {C::advertise, L::it, false, R"(\b(?:il tuo|la tua|il vostro) (?:annuncio|offerta di lavoro|marchio) (?:davanti a|sotto gli occhi di)\b)"},
  {C::advertise, L::nl, false, R"(\b(?:je|uw|jouw) (?:vacature|advertentie|merk) onder de aandacht van (?:[\d.]+ )?(?:lezers|professionals)\b)"},
  {C::advertise, L::pt, false, R"(\b(?:sua|a sua) (?:vaga|marca) (?:na frente de|diante de) (?:[\d.]+ )?(?:leitores|profissionais)\b)"},
  // A supplier's pitch to move to its own tariff or plan ("Switch to our
  // green tariff by May and get a bonus").
  {C::upsell, L::en, false, R"(\bswitch (?:now |today )?to (?:our|the) (?:[\pL-]+ ){0,2}(?:tariff|energy plan|plan)\b[^.]{0,60}\b(?:bonus|credit|off)\b)"},
  {C::upsell, L::de, false, R"(\b(?:wechseln sie|wechsle|wechselt) (?:jetzt |noch heute |bis (?:zum |ende )?(?:\d{1,2}\. ?)?[\pL\d]+ )?(?:in|zu|auf) unser(?:en|em)? [\pL-]*tarif)"},
  {C::upsell, L::fr, false, R"(\bpassez (?:dès maintenant |dès aujourd'hui )?à (?:notre|nos) (?:offre|tarif|formule)s? [^.]{0,60}\b(?:bonus|remise|offerts?)\b)"},
  {C::upsell, L::es, false, R"(\b(?:cámbiate|pásate) (?:ya |hoy )?a (?:nuestra|nuestro) (?:tarifa|plan)\b)"},
  {C::upsell, L::it, false, R"(\bpassa (?:subito |ora )?(?:alla nostra|al nostro) (?:tariffa|offerta|piano)\b)"},
  {C::upsell, L::nl, false, R"(\bstap (?:nu |vandaag )?over (?:naar|op) (?:ons|onze) (?:[\pL-]+ )?[\pL-]*(?:tarief|contract|abonnement)\b)"},
  {C::upsell, L::pt, false, R"(\bmude (?:já |hoje )?para (?:a nossa|o nosso|nossa|nosso) (?:tarifa|plano)\b)"},
  // A supplier's self-service line: what a customer can do at any hour in
  // its portal or app ("Submit readings around the clock in your account").
  {C::house_ad, L::en, false, R"(\b(?:24/7|around the clock|any time|anytime) (?:in|on|via|through) (?:your|our|the) (?:customer |online )?(?:portal|account|app)\b)"},
  {C::house_ad, L::de, false, R"(\brund um die uhr (?:im|in (?:unserem|ihrem|deinem)) (?:kunden|online|service)-?portal)"},
  {C::house_ad, L::fr, false, R"((?:\b24h/24|\b24 heures sur 24|à tout moment) (?:dans|sur|depuis) (?:votre|notre) (?:espace client|appli|application)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:las 24 horas|en cualquier momento) (?:en|desde) (?:tu|su|nuestra) (?:área de cliente|oficina virtual|app)\b)"},
  {C::house_ad, L::it, false, R"(\b(?:24 ore su 24|in qualsiasi momento) (?:nella tua|nella vostra|dalla tua|nella nostra) (?:area clienti|app)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:24/7|dag en nacht) (?:in|via) (?:je|uw|ons) (?:klantportaal|klantenportaal|online omgeving|app)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:24 horas por dia|a qualquer momento) (?:na|no|pela|pelo) (?:sua |seu |nossa |nosso )?(?:área de cliente|área do cliente|aplicativo|app|portal)\b)"},
  // The label over the box of the issue's presenting sponsor ("From our
  // presenting partner"), the whole line: the copy under it is the ad.
  {C::sponsor, L::en, false, R"(^(?:(?:a (?:word|message) )?from )?(?:our|today's|this week's|the issue's) presenting (?:sponsor|partner)s?\W*$)"},
  {C::sponsor, L::de, false, R"(^(?:(?:ein wort|eine nachricht) )?(?:von )?unser(?:em|en|e)? präsentations-?(?:partner|sponsor)(?:s|in)?\W*$)"},
  {C::sponsor, L::fr, false, R"(^(?:(?:un mot|un message) )?(?:de )?notre partenaire présentateur\W*$)"},
  {C::sponsor, L::es, false, R"(^(?:(?:un mensaje) )?(?:de )?nuestro patrocinador presentador\W*$)"},
  {C::sponsor, L::it, false, R"(^(?:(?:un messaggio) )?(?:dal )?nostro (?:partner|sponsor) presentatore\W*$)"},
  {C::sponsor, L::nl, false, R"(^(?:(?:een bericht) )?(?:van )?onze presenterende (?:partner|sponsor)\W*$)"},
  {C::sponsor, L::pt, false, R"(^(?:(?:uma mensagem) )?(?:do )?nosso (?:patrocinador|parceiro) apresentador\W*$)"},
  // The label over a vendor's post that a digest carries for pay, the
  // whole line ("Featured post from our partner").
  {C::sponsor, L::en, false, R"(^featured (?:post|content|article|guide|resource|case study) (?:from|by) (?:our|today's|this week's) (?:sponsor|partner)s?\W*$|^featured (?:post|content|guide|resource|case study) from (?:[\pL&.'-]+ ){0,2}[\pL&.'-]+\W*$)"},
  {C::sponsor, L::de, false, R"(^(?:empfohlener|vorgestellter) (?:beitrag|artikel|inhalt) (?:von|unseres) (?:unserem )?(?:partner|sponsor)s?\W*$)"},
  {C::sponsor, L::fr, false, R"(^(?:article|contenu|billet) mis en avant (?:par|de) notre (?:partenaire|sponsor)\W*$)"},
  {C::sponsor, L::es, false, R"(^(?:artículo|contenido|publicación) destacad[oa] (?:de|por) nuestro (?:socio|patrocinador|partner)\W*$)"},
  {C::sponsor, L::it, false, R"(^(?:articolo|contenuto) in (?:evidenza|primo piano) (?:dal|del) nostro (?:partner|sponsor)\W*$)"},
  {C::sponsor, L::nl, false, R"(^(?:uitgelicht|aanbevolen) (?:artikel|bericht|stuk) (?:van|door) onze (?:partner|sponsor)\W*$)"},
  {C::sponsor, L::pt, false, R"(^(?:artigo|conteúdo) em destaque (?:do|de) nosso (?:parceiro|patrocinador)\W*$)"},
  // A reader survey the issue asks for: the heading that gives its length,
  // the survey named as the readers', the button, a prize for one respondent.
  {C::feedback, L::en, false, R"(^(?:a |our )?(?:\d+|one|two|three|five|ten)[- ]minute (?:reader |readers' )?survey\W*$|\b(?:our|this year's|the annual) (?:annual |yearly |short |quick )?reader(?:s'|s)? survey\b|^(?:take|fill (?:in|out)|complete|start) (?:the|our) (?:reader |short )?survey\W*$|\bone (?:lucky )?(?:respondent|participant) (?:will )?wins?\b)"},
  {C::feedback, L::de, false, R"(^(?:eine |unsere )?(?:\d+|zwei|drei|fünf|zehn)-minuten-(?:leser)?umfrage\W*$|\b(?:unsere[rn]?|die) (?:große[rn]? |kurze[rn]? |jährliche[rn]? )?leser(?:innen)?-?umfrage\b|^(?:zur umfrage|an der umfrage teilnehmen|umfrage starten)\W*$|\bunter allen teilnehmenden verlosen\b)"},
  {C::feedback, L::fr, false, R"(^(?:un |notre )?(?:questionnaire|sondage) de (?:\d+|deux|trois|cinq|dix) minutes\W*$|\bnotre (?:grande |courte )?(?:enquête|sondage) (?:lecteurs|auprès de nos lecteurs)|^(?:répondre|participer) au (?:questionnaire|sondage)\W*$|\bun (?:participant|répondant) (?:tiré au sort )?(?:gagnera|remporte))"},
  {C::feedback, L::es, false, R"(^(?:una |nuestra )?encuesta de (?:\d+|dos|tres|cinco|diez) minutos\W*$|\bnuestra encuesta (?:a|de|para) (?:los |nuestros )?lectores\b|^(?:responder|participar en|rellenar) (?:la|nuestra) encuesta\W*$|\bun participante (?:ganará|se llevará)(?:[^\pL\pN]|$))"},
  {C::feedback, L::it, false, R"(^(?:un |il nostro )?(?:sondaggio|questionario) di (?:\d+|due|tre|cinque|dieci) minuti\W*$|\bnostro (?:sondaggio|questionario) (?:tra i|per i|rivolto ai) (?:nostri )?lettori\b|^(?:rispondi al|partecipa al|compila il) (?:sondaggio|questionario)\W*$|\bun partecipante (?:vincerà|riceverà)(?:[^\pL\pN]|$))"},
  {C::feedback, L::nl, false, R"(^(?:een |onze )?(?:\d+|twee|drie|vijf|tien)[- ]minuten-?(?:lezers)?enquête\W*$|\bonze (?:jaarlijkse |korte )?lezers(?:enquête|onderzoek)|^(?:vul de enquête in|doe mee aan de enquête|naar de enquête)\W*$|één deelnemer wint\b)"},
  {C::feedback, L::pt, false, R"(^(?:um |uma |o nosso |a nossa )?(?:inquérito|questionário|pesquisa) de (?:\d+|dois|três|cinco|dez) minutos\W*$|\bnossa (?:pesquisa|inquérito|questionário) (?:aos|com os|para os) (?:nossos )?leitores\b|^(?:responder|participar|preencher) (?:à|a|o|ao) (?:pesquisa|inquérito|questionário)\W*$|\bum participante (?:ganha|ganhará|vai ganhar)(?:[^\pL\pN]|$))"},
  // A call to submit a tool, an app or a startup for the issue's lists,
  // the whole line under the list ("Submit your tool").
  {C::feedback, L::en, false, R"(^(?:submit|suggest|add|send us) (?:your|a) (?:tool|app|startup|product|project|library|repo|resource)s?(?: (?:here|to us|for (?:review|a future issue)))?\W*$)"},
  {C::feedback, L::de, false, R"(^(?:(?:reiche|reichen sie|schlage|schlagen sie) (?:dein|ihr|deine|ihre) (?:tool|app|startup|produkt|projekt)s? (?:ein|vor)|(?:tool|app|startup|produkt|projekt) (?:einreichen|vorschlagen))\W*$)"},
  {C::feedback, L::fr, false, R"(^(?:proposez|proposer|soumettez|soumettre|propose|soumets) (?:votre|ton|un|une) (?:outil|app|appli|application|startup|start-up|produit|projet)\W*$)"},
  {C::feedback, L::es, false, R"(^(?:envía|envíanos|envia|propón|proponer|sugiere) (?:tu|su|una?) (?:herramienta|app|aplicación|startup|producto|proyecto)\W*$)"},
  {C::feedback, L::it, false, R"(^(?:segnala|segnalaci|proponi|invia|inviaci) (?:il tuo|la tua|un|una) (?:strumento|tool|app|startup|prodotto|progetto)\W*$)"},
  {C::feedback, L::nl, false, R"(^(?:(?:stuur|dien|meld) (?:je|uw|een) (?:tool|app|startup|product|project) (?:in|aan)|(?:tool|app|startup|product|project) (?:aanmelden|insturen|indienen))\W*$)"},
  {C::feedback, L::pt, false, R"(^(?:envie|sugira|submeta|envia|sugere) (?:a sua|sua|o seu|seu|uma?|a tua|o teu) (?:ferramenta|app|aplicativo|aplicação|startup|produto|projeto|projecto)\W*$)"},
  // The heading over the publisher's own events calendar ("Coming up from
  // us", "Our upcoming events"), the whole line: the dates under it and
  // their ticket button are its own promotion.
  {C::house_ad, L::en, false, R"(^(?:coming up|upcoming events?|next) (?:from|with) (?:us|the team)\W*$|^coming up from (?:the )?[\pL&'-]+(?: [\pL&'-]+){0,3}\W*$|^(?:our|join us at our) upcoming events\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:demnächst|bald) bei uns\W*$|^unsere (?:nächsten|kommenden) (?:events|veranstaltungen|termine)\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:prochainement|bientôt) chez nous\W*$|^nos (?:prochains|futurs) (?:événements|évènements|rendez-vous)\W*$)"},
  {C::house_ad, L::es, false, R"(^próximamente con nosotros\W*$|^nuestros próximos (?:eventos|encuentros)\W*$)"},
  {C::house_ad, L::it, false, R"(^prossimamente da noi\W*$|^i nostri prossimi (?:eventi|appuntamenti|incontri)\W*$)"},
  {C::house_ad, L::nl, false, R"(^binnenkort bij ons\W*$|^onze (?:volgende|komende) (?:evenementen|events|bijeenkomsten)\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:em breve|brevemente) (?:connosco|conosco|com a gente)\W*$|^(?:os )?nossos próximos (?:eventos|encontros)\W*$)"},
  // A reader survey asked as help to make the newsletter better.
  {C::feedback, L::en, false, R"(\bhelp us (?:to )?improve (?:this|our|the) (?:newsletter|email|bulletin|update|letter)\b)"},
  {C::feedback, L::de, false, R"(\b(?:helfen sie|hilf|helft) uns,? (?:diesen|unseren|den) newsletter (?:zu verbessern|besser zu machen)\b)"},
  {C::feedback, L::fr, false, R"(\baidez-nous à améliorer (?:cette|notre|la) (?:lettre|newsletter|infolettre)\b)"},
  {C::feedback, L::es, false, R"(\bayúdanos a mejorar (?:este|nuestro|el) (?:boletín|newsletter)(?:[^\pL\pN]|$))"},
  {C::feedback, L::it, false, R"(\baiutaci a migliorare (?:questa|la nostra|la) (?:newsletter|lettera)\b)"},
  {C::feedback, L::nl, false, R"(\bhelp ons (?:deze|onze|de) nieuwsbrief (?:te )?verbeteren\b)"},
  {C::feedback, L::pt, false, R"(\bajude-nos a melhorar (?:este|o nosso|o) (?:boletim|newsletter)\b|\bajude-nos a melhorar (?:esta|a nossa|a) newsletter\b)"},
  // A call to have one's say as the lead-in of a line, before a colon and
  // what to do, told as a sentence (a consultation's or a survey's call
  // under an item). A heading "Have your say on the plan", or "Have your
  // say: Eastgate parking plan" with the consultation's title after the
  // colon and no sentence, is the item's.
  {C::feedback, L::en, false, R"(^have your say ?:[^.!?]*[.!])"},
  {C::feedback, L::de, false, R"(^(?:sagen sie|sag) uns (?:ihre|deine) meinung ?:[^.!?]*[.!])"},
  {C::feedback, L::es, false, R"(^(?:danos|denos|da|dé) (?:tu|su) opinión ?:[^.!?]*[.!])"},
  {C::feedback, L::it, false, R"(^(?:esprimi|dicci) la tua opinione ?:[^.!?]*[.!])"},
  {C::feedback, L::nl, false, R"(^(?:geef|laat) (?:je|uw) mening(?: horen)? ?:[^.!?]*[.!])"},
  {C::feedback, L::pt, false, R"(^(?:dê|dá) (?:a )?(?:sua|tua) opinião ?:[^.!?]*[.!])"},
  // A brand's product named as sold "in the best shops": the ad's last line.
  {C::house_ad, L::en, false, R"(\b(?:at|in|from) all good (?:retailers|stores|shops|supermarkets|bookshops|bookstores)\b|\bat leading (?:retailers|supermarkets)\b)"},
  {C::house_ad, L::de, false, R"(\bim gut sortierten (?:fach|lebensmittel|buch|getränke)?handel\b|\bin (?:allen )?gut sortierten (?:märkten|supermärkten|geschäften)\b)"},
  {C::house_ad, L::fr, false, R"(\bdans (?:toutes )?les (?:meilleures|bonnes) (?:boutiques|librairies|épiceries|caves)\b|\bdans les meilleurs (?:magasins|supermarchés|commerces)\b)"},
  {C::house_ad, L::es, false, R"(\ben los mejores (?:supermercados|comercios|establecimientos)\b|\ben las mejores (?:tiendas|librerías)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::it, false, R"(\bnei migliori (?:supermercati|negozi|punti vendita)\b|\bnelle migliori (?:librerie|enoteche|erboristerie)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:bij|in) de betere (?:supermarkt|winkel|slijter|boekhandel|speciaalzak)\pL*)"},
  {C::house_ad, L::pt, false, R"(\bnos melhores (?:supermercados|hipermercados|estabelecimentos)\b|\bnas melhores (?:lojas|superfícies|livrarias)(?:[^\pL\pN]|$))"},
  // A charity's appeal through the tax return or a tax relief on the gift
  // (a share of income tax assigned to it, a deductible gift), and its
  // "it costs you nothing" opening a line.
  {C::donation, L::en, false, R"(\b(?:add|boost|increase) (?:\d+ ?% to )?your (?:gift|donation) with gift aid\b|\btick the gift aid box\b|\byour (?:gift|donation) is tax[- ]deductible\b|^it costs you nothing\b)"},
  {C::donation, L::de, false, R"(\b(?:ihre|deine) spende (?:ist )?steuerlich (?:absetzbar|abzugsfähig)\b|^(?:ihnen|dich|sie) kostet es nichts\b)"},
  {C::donation, L::fr, false, R"(\b(?:votre|ton) don (?:est |sera )?déductible\b|\b(?:votre|ton) don (?:vous |t')?ouvre droit à une réduction d'impôt\b|^(?:cela|ça) ne vous coûte rien\b)"},
  {C::donation, L::es, false, R"(\b(?:tu|su) (?:donativo|donación|aportación) (?:desgrava|es deducible)\b|\bmarca la (?:casilla|x) (?:solidaria|de (?:fines|actividades de interés) sociales?)\b|^a ti no te cuesta nada\b)"},
  {C::donation, L::it, false, R"(\b(?:dona|donare|destina|destinare|devolvi|firma per) (?:il |il tuo )?5 ?(?:x|per) ?(?:1000|mille)\b|\bil tuo 5 ?(?:x|per) ?(?:1000|mille)\b|\bla tua donazione è (?:fiscalmente )?deducibile\b|^a te non costa nulla\b)"},
  {C::donation, L::nl, false, R"(\b(?:je|jouw|uw) (?:gift|donatie) is (?:fiscaal )?aftrekbaar\b|^het kost (?:je|u) niets\b)"},
  {C::donation, L::pt, false, R"(\bconsign(?:e|a|ar) (?:0,5|1) ?% do (?:seu |teu )?irs\b|\b(?:o seu|o teu) donativo é dedutível\b|^(?:a si )?não lhe custa nada\b)"},

  // A writer's tip jar: the one-off small sum asked for, "leave me a tip",
  // as hosted platforms let a writer take it.
  {C::donation, L::en, false, R"(\bleave (?:me )?a tip\b|\btip jar\b|\btip the (?:writer|author)\b|\bsend (?:me )?a (?:small )?tip\b)"},
  {C::donation, L::de, false, R"(\b(?:gib|geben sie) mir (?:ein )?trinkgeld\b|\btrinkgeld (?:geben|dalassen|hinterlassen)\b|\btrinkgeldkasse\b|^(?:unterstütze|unterstützen sie) mich\W*$)"},
  {C::donation, L::fr, false, R"(\b(?:laisser|laissez|laisse)(?:-moi)? un pourboire\b|\bun pourboire (?:de \d+ ?€ )?(?:me|m'aide|m'aidera)\b|^(?:soutenez|soutiens)-moi\W*$)"},
  {C::donation, L::es, false, R"(\b(?:deja|dejar|déjame|déjeme)(?:me)? una propina\b|\bbote de propinas\b|^(?:apóyame|apóyeme)\W*$)"},
  {C::donation, L::it, false, R"(\b(?:lascia|lasciare|lasciami)(?:mi)? una mancia\b|\boffrimi una mancia\b|^(?:sostienimi|sostenetemi)\W*$)"},
  {C::donation, L::nl, false, R"(\b(?:geef|laat)(?: me| mij)? (?:een )?fooi\b|\bfooienpot\b|^(?:steun|steunt u) mij\W*$)"},
  {C::donation, L::pt, false, R"(\b(?:deixe|deixa|deixar)(?:-me)? uma gorjeta\b|\bpote de gorjetas\b|^(?:apoie-me|apoia-me)\W*$)"},
  // A data-protection line in prose: how the sender handles the reader's
  // personal data, where it names no policy page.
  {C::imprint, L::en, false, R"(\bwe (?:handle|treat|process|look after) your (?:personal )?data (?:with care|carefully|responsibly)\b|\byour personal data (?:is|are|will be) (?:processed|handled) in (?:accordance|line) with\b)"},
  {C::imprint, L::de, false, R"(\bwir gehen (?:sorgfältig|verantwortungsvoll|vertraulich) mit (?:ihren|deinen) (?:personenbezogenen )?daten um\b|\b(?:ihre|deine) personenbezogenen daten werden (?:gemäß|nach|im einklang mit) )"},
  {C::imprint, L::fr, false, R"(\bnous traitons (?:vos|tes) données (?:personnelles )?avec (?:soin|attention)\b|\b(?:vos|tes) données (?:personnelles )?sont traitées (?:par|conformément|dans le respect)\b)"},
  {C::imprint, L::es, false, R"(\btratamos (?:tus|sus) datos (?:personales )?con (?:cuidado|responsabilidad)\b|\b(?:tus|sus) datos (?:personales )?(?:son|serán) tratados (?:por|conforme|de acuerdo)\b)"},
  {C::imprint, L::it, false, R"(\btrattiamo i (?:tuoi|suoi) dati (?:personali )?con (?:cura|attenzione)\b|\bi (?:tuoi|suoi) dati (?:personali )?sono trattati (?:da|nel rispetto|secondo|ai sensi)\b)"},
  {C::imprint, L::nl, false, R"(\b(?:wij|we) gaan (?:zorgvuldig|vertrouwelijk|zorgvuldig en vertrouwelijk) om met (?:je|jouw|uw) (?:persoons)?gegevens\b|\b(?:je|uw) persoonsgegevens worden (?:verwerkt|behandeld) (?:volgens|conform|in overeenstemming)\b)"},
  // A business-to-business sender's button, the whole line: a cloud
  // host's migration offer, a course to certify in, a gated report, a
  // partner marketplace, a trade show's stand, a recruiter's vacancy form,
  // and a box's title that offers a certification.
  {C::house_ad, L::en, false, R"(^(?:plan|start|book) (?:your|a) (?:free )?(?:cloud )?migration\W*$|^enrol(?:l)? (?:in|on|for) (?:the|this|our) (?:course|programme|program|certification)\W*$|^download the (?:full |free |complete )?(?:report|study|white ?paper)\W*$|^browse the (?:partner )?marketplace\W*$|^(?:book|reserve|secure) (?:a|your) (?:stand|booth)\W*$|^register (?:a|your) vacanc(?:y|ies)\W*$|^(?:get|become) (?:a |an )?(?:[\pL-]+ ){0,2}certified(?: [\pL-]+){0,2}\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:ihre |jetzt )?(?:migration|umzug) planen\W*$|^(?:jetzt )?(?:zum|für den) kurs anmelden\W*$|^(?:den )?(?:vollständigen |kompletten )?(?:bericht|report|studie) (?:herunterladen|downloaden)\W*$|^(?:den )?(?:partner-?)?marktplatz (?:durchsuchen|entdecken|ansehen)\W*$|^(?:jetzt )?(?:einen |ihren )?(?:messe)?stand buchen\W*$|^(?:jetzt )?(?:ihre )?(?:vakanz|stelle) melden\W*$|^(?:jetzt )?zertifizieren lassen\W*$|^(?:werden sie|werde) (?:[\pL-]+ ){0,2}zertifiziert\pL*(?: [\pL-]+){0,2}\W*$)"},
  {C::house_ad, L::fr, false, R"(^planifie[rz] (?:votre|ta) migration\W*$|^(?:inscrivez-vous|s'inscrire|je m'inscris) à la formation\W*$|^télécharge[rz] (?:le rapport|l'étude|le livre blanc)(?: complet)?\W*$|^(?:parcourir|découvrir|découvrez) la place de marché\W*$|^réserve[rz] (?:un|votre) stand\W*$|^(?:déposez|publiez) votre offre\W*$|^devenez (?:[\pL-]+ ){0,3}certifiée?\W*$|^faites-vous certifier\W*$)"},
  {C::house_ad, L::es, false, R"(^planifica (?:tu|su) migración\W*$|^(?:inscríbete|inscríbase) en el curso\W*$|^descarga(?:r)? el (?:informe|estudio|libro blanco)(?: completo)?\W*$|^(?:explora|explorar|visita) el marketplace\W*$|^reserva(?:r)? (?:tu|su|un) stand\W*$|^(?:publica|registra) (?:tu|su) vacante\W*$|^(?:certifícate|certifíquese|obtén (?:tu|la) certificación)\W*$)"},
  {C::house_ad, L::it, false, R"(^pianifica (?:la tua )?migrazione\W*$|^iscriviti al corso\W*$|^scarica (?:il report|il rapporto|lo studio|il white ?paper)(?: completo)?\W*$|^(?:esplora|visita) il marketplace\W*$|^prenota (?:il tuo|uno) stand\W*$|^(?:segnala|inserisci) (?:la tua|una) posizione\W*$|^(?:certificati|ottieni la certificazione)\W*$)"},
  {C::house_ad, L::nl, false, R"(^plan (?:je|uw) migratie\W*$|^(?:schrijf (?:je|u) in|meld (?:je|u) aan) voor de (?:cursus|opleiding)\W*$|^download het (?:volledige )?(?:rapport|onderzoek|whitepaper)\W*$|^(?:bekijk|ontdek) de (?:partner)?marktplaats\W*$|^(?:boek|reserveer) (?:je|uw|een) stand\W*$|^(?:meld|plaats) (?:je|uw) vacature(?: aan)?\W*$|^(?:word|laat je) (?:[\pL-]+ ){0,2}gecertificeerd\pL*(?: [\pL-]+)?\W*$)"},
  {C::house_ad, L::pt, false, R"(^planeie (?:a sua |sua )?migração\W*$|^inscreva-se no curso\W*$|^(?:descarregue|baixe) o (?:relatório|estudo)(?: completo)?\W*$|^(?:explore|visite) o marketplace\W*$|^reserve (?:o seu |seu |um )?(?:stand|estande)\W*$|^(?:registe|cadastre|anuncie) (?:a )?(?:sua )?vaga\W*$|^(?:certifique-se|obtenha a (?:sua )?certificação)\W*$)"},
  {C::imprint, L::pt, false, R"(\bo tratamento dos (?:seus|teus) dados pessoais\b|\b(?:os )?(?:seus|teus) dados pessoais são tratados\b|\bregulamento geral (?:sobre a|de) proteção de dados\b)"},
  // Giving asked for in the letter's own appeal box: online, by a standing
  // order or a direct debit, a sum of the reader's choice; a volunteer call
  // ("join our volunteers", "could you spare an hour a month").
  {C::donation, L::en, false, R"(^(?:give|donate) online\W*$|\byou can (?:also )?(?:give|donate) online\b|\b(?:to )?give by (?:standing order|direct debit)\b|\ba (?:regular )?standing order helps us\b|^donate [£$€] ?\d+|\ban amount of your choice\b)"},
  {C::donation, L::de, false, R"(^(?:jetzt |hier |einfach )?online spenden\W*$|\bspenden sie (?:jetzt |einfach |bequem )?online\b|\b(?:spenden|geben) (?:sie )?per dauerauftrag\b|\bein dauerauftrag hilft uns\b|\beinen betrag (?:ihrer|deiner) wahl\b)"},
  {C::donation, L::fr, false, R"(^(?:faire un |faites un )?don en ligne\W*$|\bvous pouvez (?:aussi )?(?:faire un don|donner) en ligne\b|\b(?:donner|faire un don) par (?:virement permanent|prélèvement (?:automatique|mensuel))\b|\ble montant de (?:votre|ton) choix\b)"},
  {C::donation, L::es, false, R"(^(?:dona|donar|haz (?:tu|un) donativo) (?:en línea|online)\W*$|\bpuedes (?:también )?donar (?:en línea|online)\b|\b(?:dona|colabora|donar|colaborar) (?:mediante|por|con) (?:domiciliación|transferencia periódica)\b|\bla cantidad que (?:tú )?(?:elijas|quieras)(?:[^\pL\pN]|$))"},
  {C::donation, L::it, false, R"(^(?:dona|donare) (?:ora )?online\W*$|\bpuoi (?:anche )?donare online\b|\b(?:dona|donare|sostienici) con (?:un )?(?:bonifico (?:periodico|ricorrente|permanente)|addebito (?:diretto|ricorrente))\b|\bl'importo che (?:preferisci|desideri)\b|\bimporto a (?:tua|sua) scelta\b)"},
  {C::donation, L::nl, false, R"(^(?:online doneren|doneer online)\W*$|\b(?:je|u) kunt (?:ook )?online doneren\b|\b(?:geef|doneer|steun ons) (?:via|met|per) (?:een )?(?:periodieke overboeking|automatische incasso|doorlopende machtiging)\b|\been bedrag naar keuze\b)"},
  {C::donation, L::pt, false, R"(^(?:doe|doar|faça um donativo) online\W*$|\bpode (?:também )?doar online\b|\b(?:doe|doar|contribua|contribuir) (?:por|através de|com) (?:transferência (?:periódica|permanente)|débito direto)\b|\bo valor que (?:quiser|escolher|preferir)\b)"},
  {C::donation, L::en, false, R"(\bsign up to volunteer\b|\bjoin our (?:team of )?volunteers\b|\bcould you spare (?:an hour|a few hours|some time|an afternoon)\b|^volunteer (?:with|for) us\b|\bbecome a volunteer\b)"},
  {C::donation, L::de, false, R"(\b(?:werden sie|werde) (?:ehrenamtliche[rn]?|freiwillige[rn]?)(?: helfer(?:in)?)?\b|\b(?:haben sie|hast du|hätten sie|hättest du) (?:eine stunde|ein paar stunden|etwas zeit) (?:im monat |pro monat |in der woche )?übrig\b|\bverstärken sie unser (?:helfer|ehrenamts)team\b)"},
  {C::donation, L::fr, false, R"(\bdeven(?:ez|ir) bénévoles?\b|\bdeviens bénévole\b|\brejoignez (?:notre équipe de |nos )bénévoles\b|\bavez-vous (?:une heure|quelques heures) (?:par mois |par semaine )?à (?:nous )?(?:consacrer|donner)\b)"},
  {C::donation, L::es, false, R"(\bhazte voluntari[oa]\b|\bhágase voluntari[oa]\b|únete a (?:nuestro equipo de |nuestros )voluntarios\b|\b(?:tienes|tiene) una hora (?:al mes |a la semana )?libre\b)"},
  {C::donation, L::it, false, R"(\bdiventa volontari[oa]\b|\bunisciti (?:ai nostri volontari|alla nostra squadra di volontari)\b|\bhai un'ora (?:al mese |a settimana )?(?:libera|da dedicare)\b)"},
  {C::donation, L::nl, false, R"(\bword (?:ook )?vrijwilliger\b|\bmeld (?:je|u) aan als vrijwilliger\b|\bheb je (?:een uurtje|een uur|wat tijd) (?:per maand |per week )?over\b)"},
  {C::donation, L::pt, false, R"(\b(?:seja|torne-se|sê) voluntári[oa]\b|\bjunte-se (?:à nossa equipa de |à nossa equipe de |aos nossos )voluntários\b|\btem uma hora (?:por mês |por semana )?(?:livre|disponível)\b)"},
  // The same appeal box's other asks: a sum (once or each month) and what
  // it pays for or keeps going, a gift left in a will, volunteers wanted by
  // name and hours a week.
  {C::donation, L::en, false, R"(^a (?:monthly )?(?:gift|donation) of [£$€] ?\d+(?: (?:a|per|each) (?:month|week|year))? (?:pays for|could pay for|can pay for|buys|could buy|covers|funds|provides|keeps)\b|\bgifts? in (?:your |their )?wills\b|\bremember(?:ed|ing)? [^.!?]{1,40} in (?:their|your) wills?\b|\ba gift that (?:lasts|lives on) beyond\b|\bwe need volunteers\b|\bvolunteers (?:are )?(?:needed|wanted)\b|\bcould you spare (?:one|two|three|four|five|six|\d+) hours? a (?:week|month|fortnight)\b)"},
  {C::donation, L::de, false, R"(^(?:eine spende|ihre spende|deine spende) von \d+ ?(?:€|euro)(?: (?:im|pro) monat)? (?:finanziert|ermöglicht|bezahlt|deckt|sichert|hält)\b|\bin (?:ihrem|deinem) testament (?:bedenken|berücksichtigen)\b|\btestamentsspende|\bwir (?:suchen|brauchen) (?:ehrenamtliche|freiwillige)\b|\b(?:ehrenamtliche|freiwillige) (?:helfer\pL*|mitarbeiter\pL*)? ?gesucht\b|\b(?:haben sie|hast du) (?:eine|zwei|drei|vier|fünf|\d+) stunden? (?:pro|in der|im|die) (?:woche|monat) zeit\b)"},
  {C::donation, L::fr, false, R"(^un don de \d+ ?(?:€|euros)(?: par mois)? (?:permet|finance|paie|offre|couvre|maintient)\b|\blegs (?:et|ou) donations?\b|\b(?:dans|par) (?:votre|ton) testament\b|\bnous recherchons des bénévoles\b|\bbénévoles recherchés\b|\bpourriez-vous (?:donner|consacrer) (?:une|deux|trois|quatre|cinq|\d+) heures? par (?:semaine|mois)\b)"},
  {C::donation, L::es, false, R"(^(?:un donativo|una donación|un donativo) de \d+ ?(?:€|euros)(?: al mes)? (?:paga|financia|permite|cubre|mantiene)\b|\blegados? solidarios?\b|\b(?:en|a través de) (?:tu|su) testamento\b|\bbuscamos voluntari[oa]s\b|\bse necesitan voluntari[oa]s\b|\b(?:puedes|podrías|puede|podría) dedicar(?:nos)? (?:una|dos|tres|cuatro|cinco|\d+) horas? (?:a la|por) (?:semana|mes)\b)"},
  {C::donation, L::it, false, R"(^(?:una donazione|un dono) di \d+ ?(?:€|euro)(?: al mese)? (?:paga|finanzia|permette|copre|mantiene)\b|\blasciti? solidal\pL*|\b(?:nel|con il) (?:tuo|suo) testamento\b|\bcerchiamo volontari\b|\bvolontari cercasi\b|\b(?:puoi|potresti) dedicar(?:ci|e) (?:un'ora|due|tre|quattro|cinque|\d+) (?:ore )?(?:a|alla|la) (?:settimana|mese)\b)"},
  {C::donation, L::nl, false, R"(^een (?:gift|donatie) van € ?\d+(?: per maand)? (?:betaalt|financiert|zorgt voor|houdt)\b|\bnalaten aan\b|\b(?:in|via) (?:je|uw) testament\b|\b(?:wij|we) zoeken vrijwilligers\b|\bvrijwilligers gezocht\b|\b(?:heb je|hebt u|kun je|kunt u) (?:een|twee|drie|vier|vijf|\d+) uur per (?:week|maand)\b)"},
  {C::donation, L::pt, false, R"(^(?:um donativo|uma doação|um donativo) de \d+ ?(?:€|euros|reais)(?: por mês)? (?:paga|financia|permite|cobre|mantém)\b|\blegados? solidários?\b|\b(?:no|em) (?:seu|teu) testamento\b|\bprocuramos voluntári[oa]s\b|\bprecisamos de voluntári[oa]s\b|\b(?:pode|podes|poderia) dispensar (?:uma|duas|três|quatro|cinco|\d+) horas? por (?:semana|mês)\b)"},
  // A reader-revenue drive's running count: the goal in new supporters,
  // members or subscribers that the appeal box counts towards.
  {C::donation, L::en, false, R"(\b(?:a|our|the) goal of [\d,.]+ new (?:supporters|donors|members|subscribers|patrons)\b)"},
  {C::donation, L::de, false, R"(\bziel (?:von|sind) [\d.]+ neuen? (?:unterstützer\pL*|mitglieder\pL*|abonnent\pL*|förder\pL*|spender\pL*))"},
  {C::donation, L::fr, false, R"(\bobjectif (?:de |: ?)[\d  .]+ nouveaux (?:soutiens|abonnés|donateurs|membres|adhérents)\b)"},
  {C::donation, L::es, false, R"(\b(?:meta|objetivo) de [\d.]+ nuevos (?:socios|suscriptores|donantes|miembros|mecenas)\b)"},
  {C::donation, L::it, false, R"(\bobiettivo (?:di|è) [\d.]+ nuovi (?:sostenitori|abbonati|soci|donatori|membri)\b)"},
  {C::donation, L::nl, false, R"(\bdoel (?:van|is) [\d.]+ nieuwe (?:leden|donateurs|abonnees|steunleden|supporters)\b)"},
  {C::donation, L::pt, false, R"(\b(?:meta|objetivo) de [\d.]+ novos (?:assinantes|apoiadores|doadores|sócios|membros)\b)"},
  // A reader-revenue drive's claim to independence in the first person:
  // no billionaire owner or shareholders behind us, kept going by readers.
  {C::donation, L::en, false, R"(\bwe (?:have|answer to) no (?:billionaire|shareholders?|rich owner|media group)\b|\b(?:is|are) kept (?:going|alive|afloat) by (?:the people who read it|its readers|our readers|readers like you)\b)"},
  {C::donation, L::de, false, R"(\bwir haben keine[nr]? (?:milliardär|millionär|konzern|investor|aktionär)\pL*|\b(?:wird|werden) von (?:ihren|seinen|unseren) (?:leserinnen und lesern|lesern) (?:getragen|am leben gehalten)\b)"},
  {C::donation, L::fr, false, R"(\bnous n'avons (?:pas de|aucun) (?:milliardaire|actionnaire|groupe de presse)\b|\b(?:est|sont) (?:portée?s?|tenue?s? en vie) par (?:ses|nos) lect(?:eurs|rices)\b)"},
  {C::donation, L::es, false, R"(\bno tenemos (?:ningún )?(?:multimillonario|millonario|accionista|grupo mediático)\b|\b(?:se )?(?:sostiene|mantiene) gracias a (?:sus|nuestros) lectores\b)"},
  {C::donation, L::it, false, R"(\bnon abbiamo (?:nessun )?(?:miliardari|miliardario|editore miliardario|azionisti|grande gruppo)\b|\b(?:è|sono) (?:sostenut[oa]|tenut[oa] in vita) dai (?:suoi|nostri) lettori\b)"},
  {C::donation, L::nl, false, R"(\bwij? hebben geen (?:miljardair|rijke eigenaar|aandeelhouders?|mediaconcern)\b|\b(?:wordt|worden) (?:gedragen|in leven gehouden) door (?:haar|zijn|onze) lezers\b)"},
  {C::donation, L::pt, false, R"(\bnão temos (?:nenhum )?(?:bilionário|milionário|acionistas?|grupo de media|grupo de mídia)\b|\b(?:é|são) (?:sustentad[oa]s?|mantid[oa]s? viv[oa]s?) pel[oa]s (?:seus|nossos) leitores\b)"},
  // A hall or room for hire: the heading, an availability line, and who
  // takes the bookings.
  {C::house_ad, L::en, false, R"(^(?:hiring|hire|renting) (?:of )?(?:the |our )?(?:[\pL'-]+ )?(?:hall|halls|rooms?|venue)\W*$|^(?:hall|room|venue) hire\W*$|\bis available (?:to hire|for hire|for (?:parties|private (?:functions|parties|events)))\b|\b(?:to book the hall|hall bookings? (?:secretary|officer|manager|team))\b)"},
  {C::house_ad, L::de, false, R"(^(?:[\pL-]*(?:saal|säle|raum|räume)) (?:mieten|zu mieten)\W*$|^(?:vermietung|anmietung) (?:des|der|unserer?|unseres) [\pL-]*(?:saals?|räume|raums?)\W*$|^[\pL-]*(?:saal|raum)vermietung\W*$|\bkann für (?:feiern|familienfeiern|feste|private feiern) (?:gemietet|angemietet|gebucht) werden\b|\b(?:saalbuchungen|buchungsanfragen für (?:den|unseren) [\pL-]*saal)\b)"},
  {C::house_ad, L::fr, false, R"(^location (?:de (?:la |notre )?salle|des salles)\W*$|^(?:louer|louez) (?:la|notre) salle\W*$|\bdisponible à la location\b|\bpour (?:réserver|louer) la salle\b)"},
  {C::house_ad, L::es, false, R"(^alquiler (?:del salón|de (?:la |nuestra )?sala|de salas)\W*$|\bdisponible para (?:alquilar|alquiler|celebraciones)\b|\bpara (?:reservar|alquilar) (?:el salón|la sala)\b)"},
  {C::house_ad, L::it, false, R"(^(?:affitto|noleggio) (?:della sala|delle sale|del salone)\W*$|\bdisponibile per (?:feste|l'affitto|il noleggio)\b|\bper (?:prenotare|affittare) la sala\b)"},
  {C::house_ad, L::nl, false, R"(^(?:zaal|zalen|ruimte)(?:verhuur| huren)\W*$|^(?:huur|verhuur) (?:van )?(?:de|onze) (?:zaal|zalen|ruimte)\W*$|\bte huur voor (?:feesten|bijeenkomsten|cursussen)\b|\bom de zaal te (?:huren|reserveren)\b)"},
  {C::house_ad, L::pt, false, R"(^alugue(?:r|l) (?:do salão|da sala|das salas|do espaço)\W*$|\bdisponível para (?:aluguer|aluguel|festas)\b|\bpara (?:reservar|alugar) (?:o salão|a sala)\b)"},
  // A survey of one's own put to the reader ("fill in my quick survey")
  // and its bare button.
  {C::feedback, L::en, false, R"(\b(?:fill in|fill out|complete|take) (?:my|our) (?:quick |short |brief |\d+-minute )?(?:[\pL'-]+ )?survey\b|^take (?:the|my|our) survey\W*$)"},
  {C::feedback, L::de, false, R"(\b(?:nehmen sie|nimm) an (?:meiner|unserer) (?:kurzen )?[\pL-]*umfrage teil\b|^(?:zur|zu meiner|zu unserer) umfrage\W*$|^an der umfrage teilnehmen\W*$)"},
  {C::feedback, L::fr, false, R"(\b(?:répondez|réponds) à (?:mon|notre) (?:court |petit )?(?:questionnaire|sondage)\b)"},
  {C::feedback, L::es, false, R"(\b(?:rellena|responde|completa) (?:mi|nuestra) (?:breve )?encuesta\b)"},
  {C::feedback, L::it, false, R"(\b(?:compila il (?:mio|nostro)|rispondi al (?:mio|nostro)) (?:breve )?(?:questionario|sondaggio)\b)"},
  {C::feedback, L::nl, false, R"(\bvul (?:mijn|onze) (?:korte )?[\pL-]*enquête in\b)"},
  {C::feedback, L::pt, false, R"(\b(?:preencha|responda) (?:a|à|ao) (?:minha|nossa|meu|nosso) (?:breve )?(?:inquérito|questionário|pesquisa)\b)"},
  // Members' benefits in other orders: the members after the verb, a
  // cashback share, offers between members, a reward for recruiting a
  // member, a free service for members from a firm.
  {C::house_ad, L::en, false, R"(\bmember[- ]to[- ]member (?:offers?|discounts?|deals?)\b|\bfor (?:every|each) (?:new )?member you (?:recruit|sign up|introduce|refer)\b|^free [^.!?]{1,50} for (?:[\pL-]+ )?members from\b|\bup to \d+ ?% cashback\b)"},
  {C::house_ad, L::de, false, R"(\berhalten (?:unsere )?mitglieder \d+ ?(?:%|prozent) (?:nachlass|rabatt|ermäßigung)\b|\bbis zu \d+ ?(?:%|prozent) (?:rückvergütung|cashback)\b|\bmitglieder[- ](?:für|an)[- ]mitglieder[- ]?(?:angebote?|rabatte?)\b|\bfür jedes (?:neue|geworbene) mitglied (?:schicken wir|erhältst du|bekommst du|erhalten sie|gibt es)\b|^(?:vorteile|rabatte|angebote) für mitglieder\W*$|\balle angebote find(?:est du|en sie) im mitgliederbereich\b)"},
  {C::house_ad, L::fr, false, R"(\boffres? (?:entre membres|de membre à membre|entre adhérents)\b|\bpour chaque (?:nouvel )?adhérent (?:parrainé|que (?:vous parrainez|tu parraines))(?:[^\pL\pN]|$)|\bjusqu'à \d+ ?% de cashback\b|^avantages (?:adhérents|membres)\W*$)"},
  {C::house_ad, L::es, false, R"(\bofertas? entre (?:socios|miembros|asociados)\b|\bpor cada (?:nuevo )?(?:afiliado|socio) que (?:traigas|consigas)\b|\bhasta un \d+ ?% de (?:reembolso|cashback)\b|^ventajas para (?:socios|afiliados)\W*$)"},
  {C::house_ad, L::it, false, R"(\bofferte? (?:tra|fra) (?:soci|associati)\b|\bper ogni (?:nuovo )?iscritto che (?:porti|presenti)\b|\bfino al \d+ ?% di cashback\b|^vantaggi per (?:i )?(?:soci|iscritti)\W*$)"},
  {C::house_ad, L::nl, false, R"(\bleden[- ]voor[- ]leden[- ]?(?:aanbiedingen|aanbod|korting)\b|\bvoor (?:elk|ieder) (?:nieuw )?lid dat (?:je|u) aanbrengt\b|\btot \d+ ?% cashback\b|^voordelen voor leden\W*$)"},
  {C::house_ad, L::pt, false, R"(\bofertas? entre (?:associados|membros|sócios)\b|\bpor cada (?:novo )?(?:sócio|associado) que (?:trouxer|angariar)\b|\baté \d+ ?% de cashback\b|^vantagens para (?:sócios|associados)\W*$)"},
  // The join and booking buttons of a membership letter, the whole line.
  {C::upsell, L::en, false, R"(^(?:join|become a member) (?:online|here)(?: now| today)?(?:\W*$| ?: ?https?://)|\b(?:membership|the) (?:fee|subscription|dues) (?:is|are) (?:also )?tax[- ]deductible\b)"},
  {C::upsell, L::de, false, R"(^(?:hier |jetzt )?(?:online )?mitglied werden(?:\W*$| ?: ?https?://)|^(?:jetzt )?(?:ihren |deinen |einen )?(?:seminar|kurs|workshop|teilnahme|start)platz sichern(?:\W*$| ?: ?https?://)|\bbeitrag [^.!?]{0,50}(?:ist steuerlich absetzbar|lässt sich von der steuer absetzen)\b)"},
  {C::upsell, L::fr, false, R"(^(?:adhérer|adhérez|adhère) (?:en ligne|ici)(?:\W*$| ?: ?https?://)|\bla cotisation est (?:fiscalement )?déductible\b)"},
  {C::upsell, L::es, false, R"(^(?:afíliate|hazte socio) (?:online|en línea|aquí)(?:\W*$| ?: ?https?://)|\bla cuota (?:sindical |de socio )?es deducible\b)"},
  {C::upsell, L::it, false, R"(^(?:iscriviti|associati) (?:online|qui)(?:\W*$| ?: ?https?://)|\bla quota (?:associativa )?è (?:fiscalmente )?deducibile\b)"},
  {C::upsell, L::nl, false, R"(^(?:word (?:nu |online )?lid|(?:nu |online )?lid worden)(?:\W*$| ?: ?https?://)|\bde contributie is (?:fiscaal )?aftrekbaar\b)"},
  {C::upsell, L::pt, false, R"(^(?:associe-se|torne-se sócio) (?:online|aqui)(?:\W*$| ?: ?https?://)|\ba quota (?:sindical )?é dedutível\b)"},
  // A season ticket's saving on single tickets.
  {C::house_ad, L::en, false, R"(\bcheaper than (?:buying )?(?:single|individual) tickets\b|\bsave (?:up to )?\d+ ?% on (?:single|individual) ticket prices\b)"},
  {C::house_ad, L::de, false, R"(\bgünstiger als (?:im |beim )?einzel(?:kauf|karten(?:kauf)?|ticket)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::fr, false, R"(\bmoins cher qu'(?:à l'unité|en billets à l'unité)(?:[^\pL\pN]|$)|\bpar rapport aux billets à l'unité(?:[^\pL\pN]|$))"},
  {C::house_ad, L::es, false, R"(\bmás barato que (?:la )?entradas? (?:sueltas?|individuales?)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::it, false, R"(\b(?:più conveniente|risparmi) rispetto ai biglietti singoli\b)"},
  {C::house_ad, L::nl, false, R"(\bgoedkoper dan losse (?:kaarten|tickets)\b)"},
  {C::house_ad, L::pt, false, R"(\bmais barato (?:do )?que (?:os )?(?:bilhetes|ingressos) avulsos\b)"},
  // A change of address or details asked for at the foot.
  {C::footer, L::en, false, R"(^update your (?:contact |personal |membership )?details\b|^(?:moved|changed your address|new address) ?\?)"},
  {C::footer, L::de, false, R"(^(?:neue |ihre |deine )?(?:adresse|anschrift|bankverbindung)(?: oder [\pL-]+)? geändert ?\?|\b(?:du bekommst|du erhältst|sie bekommen) (?:diese[n]?|den) [\pL-]+,? weil\b)"},
  {C::footer, L::fr, false, R"(^(?:vous avez |tu as )?changé d'adresse ?\?|^mettez à jour vos coordonnées\b)"},
  {C::footer, L::es, false, R"(^¿?(?:has|ha) cambiado de (?:dirección|domicilio) ?\?|^actualiza tus datos\b)"},
  {C::footer, L::it, false, R"(^(?:hai|ha) cambiato indirizzo ?\?|^aggiorna i tuoi dati\b)"},
  {C::footer, L::nl, false, R"(^(?:nieuw adres|adres gewijzigd|verhuisd) ?\?|^wijzig (?:je|uw) (?:gegevens|adres)\b)"},
  {C::footer, L::pt, false, R"(^mudou de (?:morada|endereço) ?\?|^atualize os seus dados\b)"},
  // An event's entry fee with its figure, and a line that leads to the
  // registration and names no more than the event.
  {C::house_ad, L::en, false, R"(\bentry fee:? [£$€] ?\d+|^register (?:here|now) for the [\pL\pN' -]{2,40}$)"},
  {C::house_ad, L::de, false, R"(\bstartgeld:? \d+ ?(?:euro|€)|^zur anmeldung (?:für|zum|zur) [\pL\pN .-]{2,40}$)"},
  {C::house_ad, L::fr, false, R"(\bfrais d'inscription:? \d+ ?(?:€|euros)|^inscrivez-vous (?:ici |dès maintenant )?(?:à|au|pour) [\pL\pN' -]{2,40}$)"},
  {C::house_ad, L::es, false, R"(\bcuota de inscripción:? \d+ ?(?:€|euros)|^inscríbete (?:aquí |ya )?(?:en|a) [\pL\pN' -]{2,40}$)"},
  {C::house_ad, L::it, false, R"(\bquota (?:di )?iscrizione:? \d+ ?(?:€|euro)|^iscriviti (?:qui |ora )?(?:alla?|al) [\pL\pN' -]{2,40}$)"},
  {C::house_ad, L::nl, false, R"(\binschrijfgeld:? € ?\d+|^schrijf (?:je|u) (?:hier |nu )?in voor [\pL\pN' -]{2,40}$)"},
  {C::house_ad, L::pt, false, R"(\btaxa de inscrição:? \d+ ?(?:€|euros)|^inscreva-se (?:aqui |já )?(?:na|no|em) [\pL\pN' -]{2,40}$)"},
  // Membership of a friends' society from a yearly sum.
  {C::upsell, L::en, false, R"(\bfor (?:just|only|as little as) [£$€] ?\d+(?:\.\d\d)? (?:a|per) year,? you\b)"},
  {C::upsell, L::de, false, R"(\bschon ab \d+ ?(?:euro|€) (?:im|pro) jahr\b)"},
  {C::upsell, L::fr, false, R"(\bdès \d+ ?(?:€|euros) par an\b)"},
  {C::upsell, L::es, false, R"(\bdesde (?:solo )?\d+ ?(?:€|euros) al año\b)"},
  {C::upsell, L::it, false, R"(\ba partire da (?:soli )?\d+ ?(?:€|euro) (?:l'anno|all'anno)\b)"},
  {C::upsell, L::nl, false, R"(\bal vanaf € ?\d+ per jaar\b)"},
  {C::upsell, L::pt, false, R"(\ba partir de (?:apenas )?\d+ ?(?:€|euros) por ano\b)"},
  // The publisher's event listed on a line that ends on its sponsor, with
  // no sentence after: the event's own promotion. The phrase takes the word
  // before the listing's comma: a masthead's date line that credits its
  // sponsor after a dot ("Friday 6 March · Presented by X") is the header
  // pass's, and "the dinner was sponsored by X" stays.
  {C::house_ad, L::en, false, R"([\pL\pN]+, (?:kindly )?(?:sponsored by|in association with|presented by) [\pL&' -]{2,40}$)"},
  {C::house_ad, L::de, false, R"([\pL\pN]+, (?:gesponsert|präsentiert) von [\pL&' -]{2,40}$)"},
  {C::house_ad, L::fr, false, R"([\pL\pN]+, (?:sponsorisée?|parrainée?|présentée?) par [\pL&' -]{2,40}$)"},
  {C::house_ad, L::es, false, R"([\pL\pN]+, (?:patrocinad[oa]|presentad[oa]) por [\pL&' -]{2,40}$)"},
  {C::house_ad, L::it, false, R"([\pL\pN]+, (?:sponsorizzat[oa]|presentat[oa]) da [\pL&' -]{2,40}$)"},
  {C::house_ad, L::nl, false, R"([\pL\pN]+, (?:gesponsord|gepresenteerd) door [\pL&' -]{2,40}$)"},
  {C::house_ad, L::pt, false, R"([\pL\pN]+, (?:patrocinad[oa]|apresentad[oa]) por [\pL&' -]{2,40}$)"},
  // What a patron or sponsor of the letter gets ("your logo in every
  // bulletin") and the line that asks the reader to talk about it.
  {C::advertise, L::en, false, R"(\b(?:your|their) logo (?:in|on) every (?:bulletin|newsletter|issue|edition)\b|^talk to us about (?:patronage|sponsorship|becoming a (?:patron|sponsor))\W*$)"},
  {C::advertise, L::de, false, R"(\b(?:ihr|ihrem|dein|ihres) logo in jede[mrn]? (?:ausgabe|newsletter|rundbrief)\b|^sprechen sie uns (?:auf|zum|zur) (?:sponsoring|förderpartnerschaft|patenschaft) an\W*$)"},
  {C::advertise, L::fr, false, R"(\b(?:votre|leur) logo dans chaque (?:numéro|lettre|newsletter|édition)\b|^parlons de (?:votre )?(?:mécénat|parrainage)\W*$)"},
  {C::advertise, L::es, false, R"(\bsu logo en cada (?:boletín|número|edición)(?:[^\pL\pN]|$)|^hablemos de (?:patrocinio|mecenazgo)\W*$)"},
  {C::advertise, L::it, false, R"(\bil (?:vostro|tuo|loro) logo in ogni (?:numero|newsletter|edizione)\b|^parliamo di (?:sponsorizzazione|mecenatismo)\W*$)"},
  {C::advertise, L::nl, false, R"(\b(?:uw|je|hun) logo in elke (?:nieuwsbrief|editie|uitgave)\b|^praat met ons over (?:sponsoring|partnerschap)\W*$)"},
  {C::advertise, L::pt, false, R"(\b(?:o seu|o vosso|sua) (?:logótipo|logotipo|logo) em cada (?:boletim|edição|newsletter)(?:[^\pL\pN]|$)|^fale connosco sobre (?:mecenato|patrocínio)\W*$)"},
  // A vendor's letter to its resellers and agencies: a directory that sends
  // the reader to a partner near them, a fund that pays part of the
  // partner's marketing, extra margin or commission for deals closed by a
  // date, a trip or prize for the partners who sell most.
  {C::house_ad, L::en, false, R"(find (?:an? |your )?(?:[\pL-]+ ){0,3}partner (?:near you|in your (?:area|region))|(?:browse|search) (?:our )?(?:certified |agency |local |solution )?partners\W*$|(?:co-marketing|marketing development|joint marketing) funds?\b|we(?:'ll| will)? (?:cover|pay|fund|reimburse) up to \d+ ?% of your (?:costs|spend|marketing|advertising|event)|(?:an? )?(?:extra|additional|bonus) \d+ ?% (?:margin|commission)\b|the (?:top|best) (?:three|five|ten|\d+) (?:partners|resellers)\b[^.!?]{0,40}\b(?:win|are invited|will be invited|earn|receive)\b)"},
  {C::house_ad, L::de, false, R"((?:finden sie|finde) (?:einen |ihren |deinen )?(?:[\pL-]+ ){0,3}partner in (?:ihrer|deiner) nähe|marketing-?fonds|werbekostenzuschu|(?:wir )?übernehmen (?:wir )?bis zu \d+ ?% (?:ihrer|der|deiner) (?:kosten|ausgaben) für|zusätzlich(?:e)? \d+ ?% (?:marge|provision)|\d+ ?% zusätzliche (?:marge|provision)|die (?:drei|fünf|zehn|\d+) (?:umsatzstärksten|besten|erfolgreichsten) (?:partner|händler|reseller)\b[^.!?]{0,40}\b(?:laden wir|gewinnen|erhalten|reisen|fahren|fliegen)\b|[\pL]+aktion für (?:vertriebs|fach|handels|reseller-?)partner)"},
  {C::house_ad, L::fr, false, R"(trouve[rz] (?:un |votre )?(?:[\pL-]+ ){0,3}partenaire (?:près de chez vous|dans votre région)|fonds (?:de )?co-?marketing|nous (?:prenons en charge|finançons|remboursons) jusqu'à \d+ ?% de vos (?:frais|dépenses|coûts)|\d+ ?% de marge (?:supplémentaire|en plus)|marge supplémentaire de \d+ ?%|les (?:trois|cinq|dix|\d+) meilleurs (?:partenaires|revendeurs)[^.!?]{0,40}(?:^|[^\pL\pN])(?:partiront|gagnent|gagneront|remportent|sont invités|seront invités|recevront)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::es, false, R"(encuentra (?:un |tu )?(?:[\pL-]+ ){0,3}(?:partner|socio) cerca de ti|fondos? de (?:co-?marketing|marketing conjunto)|(?:cubrimos|financiamos) hasta (?:el )?\d+ ?% de (?:tus|sus) (?:costes|gastos)|\d+ ?% de margen adicional|margen adicional del? \d+ ?%|los (?:tres|cinco|diez|\d+) mejores (?:partners|socios|distribuidores)\b[^.!?]{0,40}\b(?:ganan|ganarán|viajan|viajarán|reciben|recibirán|están invitados)\b)"},
  {C::house_ad, L::it, false, R"(trova (?:un |il tuo )?(?:[\pL-]+ ){0,3}partner (?:vicino a te|nella tua zona)|fondi? (?:di )?co-?marketing|copriamo fino al \d+ ?% (?:dei tuoi|dei suoi|delle tue|delle sue) (?:costi|spese)|\d+ ?% di margine (?:aggiuntivo|extra)|margine (?:aggiuntivo|extra) del? \d+ ?%|i (?:tre|cinque|dieci|\d+) migliori (?:partner|rivenditori)\b[^.!?]{0,40}\b(?:vincono|vinceranno|partiranno|riceveranno|sono invitati|saranno invitati)\b)"},
  {C::house_ad, L::nl, false, R"(vind (?:een |je |uw )?(?:[\pL-]+ ){0,3}partner (?:bij (?:jou|u) )?in de buurt|(?:co-?)?marketingfonds|(?:wij|we) vergoeden tot \d+ ?% van (?:je|uw) (?:kosten|uitgaven)|\d+ ?% extra marge|extra marge van \d+ ?%|de (?:drie|vijf|tien|\d+) (?:beste|best verkopende) (?:partners|resellers|dealers)\b[^.!?]{0,40}\b(?:winnen|gaan|reizen|ontvangen|worden uitgenodigd)\b)"},
  {C::house_ad, L::pt, false, R"(encontre (?:um |o seu )?(?:[\pL-]+ ){0,3}parceiro (?:perto de si|perto de você|na sua região)|fundos? de co-?marketing|(?:cobrimos|financiamos) até \d+ ?% dos seus (?:custos|gastos)|\d+ ?% de margem adicional|margem adicional de \d+ ?%|os (?:três|cinco|dez|\d+) melhores (?:parceiros|revendedores)\b[^.!?]{0,40}\b(?:ganham|ganharão|viajam|viajarão|recebem|receberão|são convidados)(?:[^\pL\pN]|$))"},
  // A business customer asked to bring in another business for a credit on
  // the bill; a satisfaction survey paid with a voucher; the sender's free
  // guide or white paper to download.
  {C::house_ad, L::en, false, R"(recommend us to (?:another|other|a) (?:business|company|firm|colleague)|refer (?:another|a) (?:business|company|firm)\b|[£$€] ?\d+ (?:off your (?:next )?bill|(?:account )?credit) when they (?:sign up|join|order)\b|download (?:our|the) free (?:guide|white ?paper|e-?book|checklist)\b|(?:survey|questionnaire)\b[^.!?]{0,50}\band (?:get|receive) an? (?:[£$€] ?\d+ )?(?:voucher|discount|gift card)\b)"},
  {C::house_ad, L::de, false, R"(empfehlen sie uns (?:einem anderen|an ein anderes) (?:unternehmen|betrieb)|laden sie (?:sich )?(?:jetzt )?(?:kostenlos |gratis )?unseren? (?:kostenlosen? )?(?:leitfaden|ratgeber|whitepaper|e-?book|checkliste)\b[^.!?]{0,40}\bherunter|(?:umfrage|fragebogen)\b[^.!?]{0,50}\b(?:und )?(?:erhalten sie|sichern sie sich) (?:einen|ein) (?:\d+[-‑ ]?(?:euro|€)[- ]?)?(?:gutschein|rabatt|dankeschön))"},
  {C::house_ad, L::fr, false, R"(recommandez-nous à (?:une autre|d'autres) (?:entreprises?|sociétés?)|téléchargez (?:gratuitement )?notre (?:guide|livre blanc|e-?book|check-?list)|enquête de satisfaction[^.!?]{0,50}(?:^|[^\pL\pN])(?:et )?recevez un (?:bon|avoir|chèque-cadeau))"},
  {C::house_ad, L::es, false, R"(recomiéndanos a otra empresa|descarga (?:gratis )?nuestra (?:guía|e-?book|checklist)|encuesta (?:de satisfacción )?[^.!?]{0,50}\by recibe un (?:vale|cupón|descuento))"},
  {C::house_ad, L::it, false, R"(consigliaci a un'altra azienda|scarica (?:gratuitamente )?la nostra guida|questionario[^.!?]{0,50}\be ricevi un (?:buono|coupon|codice sconto))"},
  {C::house_ad, L::nl, false, R"(beveel ons aan bij een ander bedrijf|download (?:gratis )?(?:onze|de gratis) (?:gids|whitepaper|e-?book|checklist)|enquête[^.!?]{0,50}\ben ontvang een (?:waardebon|tegoedbon|korting))"},
  {C::house_ad, L::pt, false, R"(recomende-nos a outra empresa|descarregue (?:gratuitamente )?o nosso guia|baixe (?:grátis )?nosso guia|inquérito[^.!?]{0,50}\be receba um (?:vale|cupão|desconto))"},
  // A podcast's own listen line under the episode it sums up, naming the
  // apps it plays in ("Listen to the episode on Spotify, Apple Podcasts or
  // our site"): the show's, where a review's tip to hear a record names
  // the record, not an episode.
  {C::house_ad, L::en, false, R"(\blisten to (?:the|this|today's|this week's|our|the full) (?:full |whole |new |latest )?(?:episode|podcast|show|interview|conversation) (?:on|in|via) (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:hör|hört|hören sie) (?:dir |euch |sich )?(?:die (?:ganze |neue |aktuelle )?(?:folge|episode)|den podcast|das (?:ganze )?gespräch|das interview) (?:auf|bei|in) (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::fr, false, R"((?:écoutez|écoute|écouter) (?:l'épisode|l'émission|le podcast|l'entretien|la conversation)(?: complet| complète| en entier)? (?:sur|via) (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:escucha|escuchá|escuche|escuchad|escuchar) (?:el (?:nuevo )?episodio|el capítulo|el p[oó]dcast|la entrevista|la conversación)(?: completo| completa| entero| entera)? en (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::it, false, R"(\b(?:ascolta|ascoltate|ascoltare) (?:l'episodio|la puntata|il podcast|l'intervista|la conversazione)(?: completo| completa| intera)? su (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:luister|beluister|luister je) (?:de|deze|onze) (?:nieuwe |hele )?(?:aflevering|podcast|episode)(?: terug)? (?:op|via|in) (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:ouça|ouve|escute|ouvir) (?:o (?:novo )?episódio|o podcast|a entrevista|a conversa)(?: completo| completa| inteiro| inteira)? (?:no|na|em|pelo|pela) (?:spotify|apple podcasts|google podcasts|youtube music|deezer|amazon music|audible|overcast|pocket casts|castbox|ivoox|spreaker|podimo)\b)"},
  // A shop's offer set under its own label, the month's or the week's
  // ("Offer of the month: ..."). A discount code's label is left alone: in
  // a shop's own sale mail the code is what the reader came for.
  {C::house_ad, L::en, false, R"(^(?:our |this month's |this week's )?(?:special )?(?:offer|deal|bargain)s? of the (?:month|week) ?:)"},
  {C::house_ad, L::de, false, R"(^(?:unser )?(?:angebot|aktion|schnäppchen|deal) (?:des monats|der woche) ?:)"},
  {C::house_ad, L::fr, false, R"(^(?:notre |l')?(?:offre|promo|promotion|affaire|bon plan) (?:du mois|de la semaine) ?:)"},
  {C::house_ad, L::es, false, R"(^(?:nuestra |la )?(?:oferta|promoción|promo|ganga) (?:del mes|de la semana) ?:)"},
  {C::house_ad, L::it, false, R"(^(?:la nostra |l')?(?:offerta|promo|promozione|occasione) (?:del mese|della settimana) ?:)"},
  {C::house_ad, L::nl, false, R"(^(?:onze |de )?(?:aanbieding|actie|deal|koopje) van de (?:maand|week) ?:)"},
  {C::house_ad, L::pt, false, R"(^(?:a nossa |nossa |a )?(?:oferta|promoção|promo) (?:do mês|da semana) ?:)"},
  // A dealer's service offers to the people who run a site: a free audit or
  // consultation to book, a free trial day, old equipment bought back or
  // taken in part exchange with an order.
  {C::house_ad, L::en, false, R"(book (?:your |a )?free (?:audit|consultation|assessment|site survey|workplace review|space review)\b|try (?:it |us |our [\pL -]{1,30}?)?(?:free|for free) for a (?:day|week)\b|(?:we(?:'ll| will)? buy back|trade in) your (?:old|used|existing) (?:furniture|equipment|chairs|desks|devices|machines)\b)"},
  {C::house_ad, L::de, false, R"(buchen sie (?:jetzt )?(?:ihre |eine |einen )?kostenlosen? (?:beratung|analyse|bestandsaufnahme|vor-ort-termin|arbeitsplatzanalyse)|testen sie (?:unser[\pL ]{1,30}? )?(?:einen tag|eine woche) kostenlos|wir (?:kaufen|nehmen) ihre (?:alten|gebrauchten) (?:möbel|geräte|stühle|schreibtische|maschinen)\b[^.!?]{0,30}\b(?:an|zurück|in zahlung))"},
  {C::house_ad, L::fr, false, R"(réservez (?:votre |un )?(?:diagnostic|audit|bilan|état des lieux) gratuit|testez gratuitement (?:une journée|une semaine|notre|nos)|essayez gratuitement (?:une journée|une semaine)|nous (?:rachetons|reprenons) vos (?:anciens |vieux )?(?:sièges|bureaux|meubles|mobiliers?|équipements|appareils|machines) (?:usagés |usagées |d'occasion )?)"},
  {C::house_ad, L::es, false, R"(reserva (?:tu |un )?(?:diagnóstico|auditoría|estudio) gratuito|prueba gratis (?:un día|una semana)|(?:te )?recompramos tus (?:muebles|equipos|sillas|mesas) (?:viejos|usados|antiguos))"},
  {C::house_ad, L::it, false, R"(prenota (?:la tua |una )?(?:analisi|consulenza|diagnosi) gratuita|prova gratis (?:per )?(?:un giorno|una settimana)|ritiriamo (?:i tuoi|il tuo) (?:vecchi[ao]? |usat[io] )?(?:mobili|arredi|sedie|scrivanie|apparecchi))"},
  {C::house_ad, L::nl, false, R"(plan (?:je|uw) (?:gratis|kosteloze) (?:scan|analyse|adviesgesprek|werkplekscan)|probeer (?:een dag|een week) gratis|(?:wij|we) kopen (?:je|uw) (?:oude|gebruikte) (?:meubilair|meubels|stoelen|bureaus|apparatuur) (?:terug|in))"},
  {C::house_ad, L::pt, false, R"(marque (?:o seu |um )?(?:diagnóstico|auditoria|estudo) gratuito|experimente gratuitamente (?:um dia|uma semana)|recompramos (?:o seu|os seus) (?:mobiliário|móveis|equipamentos|cadeiras|secretárias) (?:antigos?|usados?))"},
  // A seller's seasonal offer: the heading that names the season, the line
  // that gives its deadline and its cut, the button to the goods on offer.
  {C::house_ad, L::en, false, R"(^(?:spring|summer|autumn|fall|winter|seasonal) (?:offer|sale|deal)s? ?:|until \d{1,2}(?:st|nd|rd|th)? \pL+,? [^.!?]{0,80}\bare (?:now )?\d+ ?% off\b|(?:see|view|shop) (?:the |our |all )?[\pL -]{1,30}? on (?:offer|sale)\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:frühjahrs|frühlings|sommer|herbst|winter)(?:aktion|angebot)e? ?:|bis (?:zum )?\d{1,2}\. \pL+ [^.!?]{0,80}\b(?:sind|ist|gibt es) (?:alle )?(?:um )?\d+ ?% (?:reduziert|günstiger)|alle [\pL -]{1,30}? im angebot ansehen\W*$)"},
  {C::house_ad, L::fr, false, R"(^offre (?:de printemps|d'été|d'automne|d'hiver|de rentrée|saisonnière) ?:|jusqu'au \d{1,2}(?:er)? \pL+,? [^.!?]{0,80}(?:^|[^\pL\pN])(?:sont|est) à -\d+ ?%|voir (?:les |nos |tous les )?[\pL -]{1,30}? en promotion\W*$)"},
  {C::house_ad, L::es, false, R"(^oferta de (?:primavera|verano|otoño|invierno) ?:|hasta el \d{1,2} de \pL+,? [^.!?]{0,80}\bcon un \d+ ?% de descuento|ver (?:los |las |todos los )?[\pL -]{1,30}? en oferta\W*$)"},
  {C::house_ad, L::it, false, R"(^offerta (?:di primavera|d'estate|estiva|d'autunno|autunnale|invernale) ?:|fino al \d{1,2} \pL+,? [^.!?]{0,80}\bscontat[ie] del \d+ ?%|vedi (?:i |le |tutti i )?[\pL -]{1,30}? in (?:offerta|promozione)\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:lente|voorjaars|zomer|herfst|winter)(?:actie|aanbieding) ?:|tot \d{1,2} \pL+ [^.!?]{0,80}\b\d+ ?% korting op\b|bekijk (?:de |alle )?[\pL -]{1,30}? in de aanbieding\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:oferta|promoção) de (?:primavera|verão|outono|inverno) ?:|até \d{1,2} de \pL+,? [^.!?]{0,80}\bcom \d+ ?% de desconto|ver (?:os |as |todos os )?[\pL -]{1,30}? em promoção\W*$)"},
  // A print or packaging supplier's own offers beside its news: a box of
  // samples, a volume discount set out as a label, the in-house design
  // service offered at a price.
  {C::house_ad, L::en, false, R"(free sample (?:box|pack|kit)|(?:order|request|get) (?:your |a )?(?:free )?sample (?:box|pack|kit)|(?:volume|bulk|quantity) discounts? ?:|our (?:design|graphics|creative|studio) team (?:will )?(?:designs?|creates?|lays? out)\b[^.!?]{0,80}\bfrom [£$€]? ?\d)"},
  {C::house_ad, L::de, false, R"(musterbox|musterpaket|(?:kostenlose[nrs]? |gratis )?muster (?:bestellen|anfordern)|(?:mengen|staffel)rabatt ?:|ab [\d.]+ stück sparen sie|unser (?:grafik|design|gestaltungs)-?team gestaltet\b[^.!?]{0,80}\bab \d|gestaltungsservice anfragen)"},
  {C::house_ad, L::fr, false, R"(coffret d'échantillons|(?:boîte|kit|box) d'échantillons|échantillons gratuits|remises? (?:sur|de) (?:volume|quantité) ?:|notre (?:équipe|studio) (?:graphique|de création|de design) (?:conçoit|réalise|crée)[^.!?]{0,80}(?:^|[^\pL\pN])à partir de \d)"},
  {C::house_ad, L::es, false, R"(caja de muestras|muestras (?:gratis|gratuitas)|descuentos? por (?:volumen|cantidad) ?:|nuestro equipo de diseño (?:diseña|crea)[^.!?]{0,80}\bdesde \d)"},
  {C::house_ad, L::it, false, R"((?:kit|box|scatola) (?:di )?campioni|campioni gratuiti|sconto (?:per )?(?:quantità|volume) ?:|il nostro team (?:grafico|di design) (?:progetta|crea|realizza)[^.!?]{0,80}\ba partire da \d)"},
  {C::house_ad, L::nl, false, R"(stalenbox|proefpakket|gratis stalen|(?:staffel|volume)korting ?:|ons (?:grafisch |ontwerp)?(?:team|studio) ontwerpt[^.!?]{0,80}\bvanaf [€]? ?\d)"},
  {C::house_ad, L::pt, false, R"(caixa de amostras|amostras (?:grátis|gratuitas)|descontos? (?:de|por) (?:volume|quantidade) ?:|a nossa equipa de design (?:cria|desenha)[^.!?]{0,80}\ba partir de \d)"},
  // A carrier's or provider's upgrade pitch: a faster service arrived at
  // the reader's address, a check of availability, an upgrade with a price
  // cut, an add-on bolted to any plan for a monthly price, "outgrowing"
  // the reader's plan.
  {C::upsell, L::en, false, R"((?:has|have) (?:arrived|come) (?:in|to) your (?:postcode|area|street|building)|(?:is )?now (?:available|live) (?:in|at|on) your (?:postcode|street|address|building)\b|check (?:your )?(?:fibre |broadband )?availability\b|upgrade to [^.!?]{0,40}? and (?:get|pay|save|enjoy)\b|add [^.!?]{0,40}? to any (?:plan|broadband|subscription|package|contract)\b[^.!?]{0,20}\bfor [£$€]? ?\d|outgrowing (?:your |the )?[\pL-]+(?: plan)?\?)"},
  {C::upsell, L::de, false, R"((?:ist|sind) jetzt (?:auch )?(?:in|an) (?:ihre[rm]|deine[rm]) (?:straße|adresse|gebäude|ort) verfügbar|verfügbarkeit (?:jetzt )?prüfen|(?:wechseln|upgraden) sie (?:jetzt )?auf [^.!?]{0,40}? und (?:sparen|zahlen|erhalten)|buchen sie [^.!?]{0,40}? zu jedem (?:tarif|vertrag|paket) (?:dazu|hinzu)|(?:ihr|dein) (?:tarif|paket) wird (?:ihnen|dir)? ?zu klein)"},
  {C::upsell, L::fr, false, R"((?:est|sont) (?:désormais |maintenant )?(?:disponibles?|arrivée?s?) (?:à|dans) votre (?:adresse|rue|immeuble|quartier|commune)|testez votre éligibilité|vérifie[rz] (?:votre )?éligibilité|passez à [^.!?]{0,40}? et (?:profitez|bénéficiez|payez|économisez)|ajoutez [^.!?]{0,40}? à (?:n'importe quel|tout) (?:forfait|abonnement|contrat) pour \d)"},
  {C::upsell, L::es, false, R"((?:ya )?(?:está|llega) disponible en tu (?:dirección|calle|edificio|código postal)|comprueba (?:tu |la )?cobertura|consulta (?:tu |la )?cobertura|pásate a [^.!?]{0,40}? y (?:paga|ahorra|disfruta)|añade [^.!?]{0,40}? a cualquier (?:tarifa|plan|contrato) por \d)"},
  {C::upsell, L::it, false, R"((?:è )?(?:ora |adesso )?disponibile (?:al tuo indirizzo|nella tua (?:via|zona))|verifica (?:la )?copertura|passa a [^.!?]{0,40}? e (?:paghi|risparmi)|aggiungi [^.!?]{0,40}? a qualsiasi (?:offerta|piano|abbonamento) (?:a|per) \d)"},
  {C::upsell, L::nl, false, R"((?:is )?nu (?:ook )?beschikbaar (?:op|in) (?:je|uw) (?:adres|straat|postcode)|check (?:de |je |uw )?beschikbaarheid|(?:stap over|upgrade) naar [^.!?]{0,40}? en (?:betaal|bespaar|krijg)|voeg [^.!?]{0,40}? toe aan elk (?:abonnement|pakket) voor \d)"},
  {C::upsell, L::pt, false, R"((?:já )?(?:está|chegou) disponível (?:na sua (?:morada|rua|zona)|no seu (?:endereço|prédio|código postal))|verifique (?:a )?cobertura|(?:mude|passe) para [^.!?]{0,40}? e (?:pague|poupe|economize)|adicione [^.!?]{0,40}? a qualquer (?:tarifário|plano|pacote) por \d)"},
  // An energy or telecom supplier's pitch to switch to one of its tariffs:
  // the button to its tariff calculator on a line of its own, "switch now
  // and lock in the price", how few minutes switching takes, "we handle
  // cancelling your old contract", a switch with months of price guarantee.
  {C::upsell, L::en, false, R"(^(?:to (?:the|our) |use (?:the|our) |try (?:the|our) )?tariff (?:calculator|finder)\W*$|\bswitch (?:today|now|online) and (?:lock in|fix|secure)\b|\bswitching (?:online )?(?:only |just )?takes (?:only |just )?(?:a few|two|three|five|\d+) minutes\b|\bwe(?:'ll| will) (?:handle|take care of|sort out) (?:the cancellation|cancelling your (?:old |current )?(?:contract|supplier|provider))\b|\bswitch (?:now )?to [^.!?]{0,80}\b\d+ months? (?:of )?(?:price guarantee|fixed prices?)\b)"},
  {C::upsell, L::de, false, R"(^(?:zum|zu unserem|unser) tarifrechner\W*$|\b(?:jetzt )?(?:tarif )?wechseln und (?:den |ihren |deinen )?(?:preis|bonus|rabatt|vorteil|prämie)\pL* sichern\b|\bder (?:tarif)?wechsel dauert (?:online )?(?:nur|lediglich) (?:\d+|eine|zwei|drei|fünf|wenige) minuten\b|\bum die kündigung(?: (?:ihres|deines) (?:alten |bisherigen )?(?:anbieters|versorgers|vertrags))? kümmern wir uns\b|\bwir kümmern uns um die kündigung\b|\b(?:wechseln sie|wechsle|wechselt) (?:jetzt )?(?:in|zu|auf) [^.!?]{0,80}\b\d+ monate preisgarantie\b)"},
  {C::upsell, L::fr, false, R"(^(?:accéder au |accédez au |vers le |notre )?simulateur (?:de tarifs?|d'offres?|tarifaire)\W*$|\bchangez (?:d'offre |de fournisseur )?(?:dès )?(?:maintenant|aujourd'hui) et (?:bloquez|sécurisez) votre prix\b|\ble changement (?:en ligne )?ne prend que (?:\d+|quelques|deux|trois|cinq) minutes\b|\bnous nous occupons de (?:la )?résiliation\b|\b(?:passez|optez pour|souscrivez à) [^.!?]{0,80}\b\d+ mois (?:de prix|à prix) (?:bloqués?|garantis?|fixes?)\b)"},
  {C::upsell, L::es, false, R"(^(?:a la |usa la |nuestra )?calculadora de (?:tarifas|precios)\W*$|\bcámbiate (?:hoy|ya|ahora) y (?:asegura|congela|bloquea) (?:tu|el) precio\b|\bel cambio (?:online |en línea )?(?:solo )?(?:tarda|lleva|dura) (?:solo )?(?:\d+|unos|dos|tres|cinco) minutos\b|\bnos encargamos (?:nosotros )?de (?:la baja|dar de baja|tramitar la baja)\b|\b(?:cámbiate|pásate) a [^.!?]{0,80}\b\d+ meses de precio (?:fijo|garantizado)\b)"},
  {C::upsell, L::it, false, R"(^(?:vai al |al |il nostro )?(?:calcolatore|simulatore) (?:della |delle )?tariff[ae]\W*$|\bcambia (?:oggi|ora|subito) e blocca il (?:tuo )?prezzo\b|\bil (?:cambio|passaggio) (?:online )?(?:richiede|dura|prende) solo (?:\d+|pochi|due|tre|cinque) minuti\b|\b(?:pensiamo noi|ci pensiamo noi|ci occupiamo noi) (?:alla disdetta|della disdetta|a disdire)\b|\bpassa a [^.!?]{0,80}\bprezzo bloccato per \d+ mesi\b)"},
  {C::upsell, L::nl, false, R"(^(?:naar (?:de|onze) )?(?:tarief|prijs)calculator\W*$|\bstap (?:vandaag|nu) over en (?:zet|leg) (?:je|uw) prijs vast\b|\boverstappen (?:duurt|kost) (?:online )?(?:maar|slechts) (?:\d+|een paar|twee|drie|vijf) minuten\b|\bwij (?:regelen|zorgen voor) (?:de opzegging|het opzeggen)\b|\bstap (?:nu )?over (?:naar|op) [^.!?]{0,80}\b\d+ maanden (?:prijsgarantie|vaste prijs)\b)"},
  {C::upsell, L::pt, false, R"(^(?:aceda ao |acesse o |o nosso )?simulador de (?:tarifários?|tarifas|preços)\W*$|\bmude (?:hoje|já|agora) e (?:garanta|fixe) o (?:seu )?preço\b|\ba mudança (?:online )?(?:demora|leva|dura) (?:apenas|só) (?:\d+|alguns|dois|três|cinco) minutos\b|\b(?:nós )?tratamos (?:nós )?(?:do cancelamento|da rescisão)\b|\bmude (?:já )?para [^.!?]{0,80}\b\d+ meses de preço (?:fixo|garantido)\b)"},
  // A software or service tier upsell: "Still on the Basic plan?" opening
  // the pitch, and the button to compare the plans on a line of its own.
  {C::upsell, L::en, false, R"(^still on (?:the |our )?(?:[\pL-]+ )?(?:plan|tier|package)\b[^.!?]{0,20}\?|^(?:compare|see all) (?:plans|tiers|pricing plans)\W*$)"},
  {C::upsell, L::de, false, R"(^noch (?:im|in der|auf dem) (?:tarif|paket|plan|version) [\pL-]+\?|^noch (?:im|auf dem) [\pL-]+-(?:tarif|paket|plan)\?|^(?:tarife|pakete|pläne|tarif) vergleichen\W*$)"},
  {C::upsell, L::fr, false, R"(^(?:toujours|encore) (?:sur|avec) (?:l'offre|le forfait|le plan|la formule) [\pL-]+ ?\?|^comparer (?:les )?(?:offres|formules|forfaits)\W*$)"},
  {C::upsell, L::es, false, R"(^¿?(?:sigues|todavía estás|aún estás) (?:en|con) (?:el )?(?:plan|tarifa|paquete) [\pL-]+\?|^comparar (?:planes|tarifas)\W*$)"},
  {C::upsell, L::it, false, R"(^(?:sei )?ancora (?:sul|con il|nel) (?:piano|pacchetto) [\pL-]+\?|^confronta (?:i )?(?:piani|pacchetti)\W*$)"},
  {C::upsell, L::nl, false, R"(^nog (?:steeds )?(?:op|met) (?:het |de )?(?:[\pL-]+-?)?(?:abonnement|pakket|plan)\b[^.!?]{0,20}\?|^(?:vergelijk|bekijk) (?:alle )?(?:abonnementen|pakketten|plannen)\W*$)"},
  {C::upsell, L::pt, false, R"(^(?:ainda )?(?:no|com o) plano [\pL-]+\?|^comparar (?:planos|tarifários)\W*$)"},
  // A shop's app coupon: the button that activates it on a line of its
  // own, the copy that says to activate it and save, and the label that
  // opens a line with an offer for the app alone.
  {C::house_ad, L::en, false, R"(^(?:activate|clip|unlock) (?:your |the |this )?coupons?(?: now| in the app)?\W*$|\b(?:activate|clip) (?:the|this|your) coupon (?:in (?:the|our) app )?and save\b|^(?:only|exclusively) in (?:the|our) app ?:)"},
  {C::house_ad, L::de, false, R"(^(?:jetzt )?coupons? (?:jetzt )?(?:aktivieren|freischalten)\W*$|\bcoupons? (?:in der app )?(?:aktivieren|freischalten) und [^.!?]{0,60}sparen\b|^(?:nur|exklusiv) in (?:der|unserer) app ?:)"},
  {C::house_ad, L::fr, false, R"(^(?:activez|activer|active) (?:votre |vos |le |ce |les )?coupons?(?: maintenant)?\W*$|\b(?:activez|active) (?:le|ce|votre) coupon (?:dans l'appli(?:cation)? )?et (?:économisez|profitez)|^(?:uniquement|seulement|exclusivement) dans (?:l'appli|l'application|notre appli) ?:)"},
  {C::house_ad, L::es, false, R"(^(?:activa|activar|active) (?:tu |su |el |este |tus |sus |los )?(?:cupón|cupones)(?: ahora| ya)?\W*$|\bactiva (?:el|tu|este) cupón (?:en la app )?y ahorra|^(?:solo|sólo|exclusivo) en (?:la|nuestra) app ?:)"},
  {C::house_ad, L::it, false, R"(^(?:attiva|attivare) (?:il |il tuo |questo |i tuoi |i )?(?:coupon|buoni)(?: ora| subito)?\W*$|\battiva (?:il|questo) coupon (?:nell'app )?e rispar|^(?:solo|esclusivamente) nell'app ?:)"},
  {C::house_ad, L::nl, false, R"(^(?:activeer )?(?:je |de |jouw )?coupons? (?:nu )?activeren\W*$|^activeer (?:je |de |deze |jouw )?coupons?(?: nu)?\W*$|\bactiveer (?:de|deze|je) coupon (?:in de app )?en bespaar\b|^(?:alleen|exclusief) in (?:de|onze) app ?:)"},
  {C::house_ad, L::pt, false, R"(^(?:ative|ativa|ativar|active|activa|activar) (?:o |o seu |o teu |este |os seus |os )?(?:cupão|cupom|cupões|cupons)(?: já| agora)?\W*$|\bative (?:o|este) (?:cupão|cupom) (?:na app )?e poupe|^(?:só|apenas|exclusivo) na (?:app|nossa app) ?:)"},
  // A loyalty scheme's pitch: collect points with every purchase, swap
  // them for rewards.
  {C::house_ad, L::en, false, R"(^collect (?:bonus )?points (?:with|on) every (?:purchase|shop|order)\b|\b(?:redeem|swap|exchange) (?:them|your points) for (?:rewards|vouchers|prizes|gifts)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:sammle|sammeln sie|sammelst du) (?:bei|mit) jedem einkauf (?:bonus)?punkte\b|\b(?:tausche|tauschen sie|tauschst du) (?:sie|deine punkte|ihre punkte) (?:gegen|in) (?:prämien|gutscheine|rabatte|geschenke))"},
  {C::house_ad, L::fr, false, R"(\bcumulez des points (?:à|sur|avec) chaque achat|\b(?:échangez|échange)-les contre des (?:cadeaux|récompenses|bons))"},
  {C::house_ad, L::es, false, R"(^acumula puntos (?:en|con) cada compra\b|\bcanjéalos por (?:premios|regalos|recompensas|descuentos))"},
  {C::house_ad, L::it, false, R"(^accumula punti (?:con|a|su) ogni (?:acquisto|spesa)\b|\b(?:convertili|scambiali|trasformali) in (?:premi|buoni|sconti)\b)"},
  {C::house_ad, L::nl, false, R"(\bspaar punten (?:bij|met) (?:elke|iedere) (?:aankoop|boodschap)\b|\bwissel (?:ze|je punten|uw punten) in (?:voor|tegen) (?:beloningen|cadeaus|korting)\b)"},
  {C::house_ad, L::pt, false, R"(\bacumule pontos em (?:cada|todas as) compras?\b|\btroque-os por (?:prémios|prêmios|recompensas|vales|descontos))"},
  // A welcome discount named as a label before its terms (the share off
  // a first order alone is a shop's own offer, which its issue may keep).
  {C::house_ad, L::en, false, R"(^(?:your )?welcome (?:gift|discount|offer) ?:)"},
  {C::house_ad, L::de, false, R"(^(?:dein|ihr) willkommens(?:geschenk|rabatt|gutschein|bonus) ?:)"},
  {C::house_ad, L::fr, false, R"(^(?:votre|ton) (?:cadeau|code|offre) de bienvenue ?:)"},
  {C::house_ad, L::es, false, R"(^(?:tu|su) (?:regalo|descuento|código) de bienvenida ?:)"},
  {C::house_ad, L::it, false, R"(^(?:il tuo|il suo) (?:regalo|sconto|codice) di benvenuto ?:)"},
  {C::house_ad, L::nl, false, R"(^(?:je|jouw|uw) welkomst(?:cadeau|korting|code) ?:)"},
  {C::house_ad, L::pt, false, R"(^(?:o seu|o teu) (?:presente|desconto|código) de boas-vindas ?:)"},
  // A shop's perks bar: free shipping and free returns together on a
  // short line of their own.
  {C::imprint, L::en, false, R"(^free (?:shipping|delivery) (?:&|and|\+) (?:free )?returns\b[^.!?]{0,40}$)"},
  {C::imprint, L::de, false, R"(^(?:kostenloser|gratis) versand (?:&|und|\+) (?:kostenloser )?(?:rückversand|rückgabe)\b[^.!?]{0,40}$)"},
  {C::imprint, L::fr, false, R"(^livraison (?:et|&|\+) retours? (?:gratuits|offerts)\b[^.!?]{0,40}$|^livraison (?:gratuite|offerte) (?:et|&|\+) retours? (?:gratuits|offerts)\b[^.!?]{0,40}$)"},
  {C::imprint, L::es, false, R"(^envío (?:y|&|\+) devoluci(?:ón|ones) gratis\b[^.!?]{0,40}$|^envío gratis (?:y|&|\+) devoluci(?:ón|ones) gratuitas?\b[^.!?]{0,40}$)"},
  {C::imprint, L::it, false, R"(^spedizione (?:e|&|\+) res[oi] gratuit[ie]\b[^.!?]{0,40}$|^spedizione gratuita (?:e|&|\+) res[oi] gratuit[ie]\b[^.!?]{0,40}$)"},
  {C::imprint, L::nl, false, R"(^gratis (?:verzending|bezorging) (?:&|en|\+) (?:gratis )?(?:retour|retourneren)\b[^.!?]{0,40}$)"},
  {C::imprint, L::pt, false, R"(^(?:envio|entrega|portes) (?:e|&|\+) devoluç(?:ão|ões) (?:grátis|gratuitas?)[^.!?]{0,40}$)"},
  // A shop's delivery and returns small print: free delivery from an order
  // value (with the country between), the days to send goods back, the
  // goods that cannot come back for hygiene, prices true when sent.
  {C::imprint, L::en, false, R"(\bfree (?:standard |express )?(?:\pL{2,3} )?(?:shipping|delivery) on (?:all )?orders (?:of|over|above)\b|\b(?:send|return) (?:unworn |unused )?(?:items|goods|products|your order|them|it) (?:back )?within \d+ days\b|\breturns? (?:are|is) free within \d+ days\b|\b(?:cannot|can't|can not) be (?:returned|exchanged) for hygiene reasons\b|\bprices? (?:and availability )?(?:are |were )?correct at (?:the )?time of (?:sending|going to press)\b)"},
  {C::imprint, L::de, false, R"(\b(?:kostenloser|gratis|versandkostenfreier) (?:standard)?versand (?:innerhalb (?:deutschlands|österreichs|der schweiz) )?ab (?:einem (?:bestell|waren)wert von )?\d|\binnerhalb von \d+ tagen (?:kostenlos )?(?:zurück(?:senden|schicken|geben)|retournieren)\b|\brücksendungen? (?:sind|ist) (?:innerhalb von \d+ tagen )?kostenlos\b|\baus hygienischen gründen (?:vom umtausch|von der rückgabe|nicht (?:zurückgegeben|umgetauscht))|\bpreise (?:und verfügbarkeit )?(?:gültig |korrekt )?zum zeitpunkt des versands\b)"},
  {C::imprint, L::fr, false, R"(\blivraison (?:standard )?(?:gratuite|offerte) (?:en france (?:métropolitaine )?)?(?:dès|à partir de) \d|\b(?:retours?|échanges?) (?:gratuits? )?sous \d+ jours\b|\b(?:renvoyez|retournez|retourner|renvoyer) (?:vos articles|l'article|vos achats|votre commande)[^.!?]{0,30} sous \d+ jours\b|\bne peuvent (?:pas )?être (?:ni )?(?:repris|retournés|échangés)[^.!?]{0,30}pour des raisons d'hygiène\b|\bprix (?:et disponibilités? )?(?:valables|corrects|en vigueur) (?:au moment|à la date) de l'envoi\b)"},
  {C::imprint, L::es, false, R"(\benvío (?:estándar )?(?:gratis|gratuito) (?:en|para) (?:pedidos|compras) (?:superiores a|de más de|desde|a partir de)\b|\bdevoluci(?:ón|ones) (?:gratuitas? |gratis )?(?:en un plazo de|durante los primeros|hasta) \d+ días\b|\bno (?:se )?(?:admiten|aceptan) (?:cambios ni )?devoluciones por (?:motivos|razones) de higiene\b|\bprecios (?:y disponibilidad )?(?:válidos|correctos|vigentes) (?:en el momento|a la fecha) del envío\b)"},
  {C::imprint, L::it, false, R"(\bspedizione (?:standard )?gratuita (?:per|sugli|su) (?:ordini|acquisti) (?:superiori a|da|sopra)\b|\bres[oi] (?:gratuit[oi] )?entro \d+ giorni\b|\bnon (?:possono essere|sono) (?:resi|restituiti|cambiati) per motivi igienici\b|\bprezzi (?:e disponibilità )?(?:validi|corretti) al momento dell'invio\b)"},
  {C::imprint, L::nl, false, R"(\bgratis (?:standaard)?(?:verzending|bezorging) (?:in nederland |in belgië )?(?:vanaf|bij bestellingen (?:vanaf|boven)|boven) (?:€ ?)?\d|\bbinnen \d+ dagen (?:gratis )?(?:retourneren|terugsturen|retour)\b|\bom hygiënische redenen (?:niet|kunnen [^.!?]{0,30}niet) (?:retour|geretourneerd|geruild|worden)|\bprijzen (?:en beschikbaarheid )?(?:zijn )?correct op het moment van verzenden\b)"},
  {C::imprint, L::pt, false, R"(\b(?:envio|entrega|portes) (?:grátis|gratuit[oa]s?) (?:em|para|nas) (?:encomendas|compras|pedidos) (?:acima de|a partir de|superiores a)\b|\bdevoluç(?:ão|ões) (?:grátis |gratuitas? )?(?:em até|no prazo de|até) \d+ dias\b|\bnão (?:podem ser|são) (?:devolvid|trocad)\pL* por (?:motivos|razões) de higiene\b|\bpreços (?:e disponibilidade )?(?:válidos|corretos) (?:no momento|à data) do envio\b)"},
  // A satisfaction survey: how satisfied the reader is with the sender,
  // and a few minutes asked for it.
  {C::feedback, L::en, false, R"(\bhow satisfied are you with (?:us|our (?:service|shop|store|stores))\b|\btake (?:two|three|five|\d+|a few) minutes (?:to (?:answer|complete) |for )(?:our|a|this) (?:short |quick )?survey\b)"},
  {C::feedback, L::de, false, R"(\bwie zufrieden (?:sind sie|bist du|seid ihr) mit uns\b|\b(?:nehmen sie sich|nimm dir) (?:zwei|drei|fünf|\d+|ein paar|kurz) minuten(?: zeit)? für (?:unsere|eine|die) (?:kurze )?[\pL-]*umfrage\b)"},
  {C::feedback, L::fr, false, R"(êtes-vous satisfaits? de nous\b|\bconsacrez(?:-nous)? (?:deux|trois|cinq|\d+|quelques) minutes à (?:notre|ce) (?:court )?(?:questionnaire|sondage)\b)"},
  {C::feedback, L::es, false, R"(\b(?:estás|está) (?:satisfecho|satisfecha|contento|contenta) con nosotros\b|\bdedica(?:nos)? (?:dos|tres|cinco|\d+|unos) minutos a (?:nuestra|esta) (?:breve )?encuesta\b)"},
  {C::feedback, L::it, false, R"(\bquanto sei soddisfatt[oa] di noi\b|\bdedica(?:ci)? (?:due|tre|cinque|\d+|pochi) minuti al (?:nostro|questo) (?:breve )?(?:sondaggio|questionario)\b)"},
  {C::feedback, L::nl, false, R"(\bhoe tevreden (?:bent u|ben je) (?:over|met) ons\b|\bneem (?:twee|drie|vijf|\d+|even) minuten (?:de tijd )?voor (?:onze|een|deze) (?:korte )?(?:enquête|vragenlijst))"},
  {C::feedback, L::pt, false, R"(\b(?:está|estás) satisfeit[oa] connosco\b|\bdedique (?:dois|três|cinco|\d+|alguns) minutos ao (?:nosso|este) (?:breve )?(?:inquérito|questionário)\b)"},
  // A recipe or review site's ask to rate what the reader made or read:
  // leave a rating (and a comment), rate the recipe.
  {C::feedback, L::en, false, R"(\bleave (?:a|us a) (?:star )?rating\b|\brate (?:this|the) recipe\b)"},
  {C::feedback, L::de, false, R"(\b(?:hinterlass(?:e|t|en sie)|gib|geben sie) (?:uns )?(?:gern(?:e)? )?eine (?:sterne-?)?bewertung\b|\bbewerte(?:t|n sie)? (?:das|dieses) rezept\b)"},
  {C::feedback, L::fr, false, R"(\blaissez(?:-nous)? une (?:note|évaluation)\b|\blaisse(?:-nous)? une (?:note|évaluation)\b|\bnote[zs]? (?:la|cette) recette\b)"},
  {C::feedback, L::es, false, R"(\bd[ée]j(?:a|e|anos|enos) una valoración\b|\bvalor(?:a|e) (?:la|esta) receta\b)"},
  {C::feedback, L::it, false, R"(\blascia(?:ci|te(?:ci)?)? una (?:valutazione|recensione)\b|\bvota(?:te)? (?:la|questa) ricetta\b)"},
  {C::feedback, L::nl, false, R"(\blaat (?:een|je|uw) (?:beoordeling|waardering) achter\b|\bbeoordeel (?:het|dit) recept\b)"},
  {C::feedback, L::pt, false, R"(\bdeix(?:e|a)(?:-nos)? uma avaliação\b|\bavali(?:e|a) (?:a|esta) receita\b)"},
  // A request to recommend the newsletter itself, or the question whether
  // the reader likes it that leads into one.
  {C::forwarded, L::en, false, R"(\b(?:recommend|pass) (?:it|this newsletter|our newsletter) on to (?:a friend|friends|others|colleagues)\b|\brecommend (?:it|this (?:newsletter|briefing)) to your (?:friends|colleagues)(?: and (?:family|colleagues|friends))?\b|^(?:enjoying|do you (?:like|enjoy)) (?:this|our) newsletter\?)"},
  {C::forwarded, L::de, false, R"(\b(?:empfehlen sie|empfiehl|empfehlt) (?:ihn|es|diesen newsletter|unseren newsletter|den newsletter|das [\pL-]*briefing) (?:(?:ihren|deinen|euren) (?:freunden|freundinnen|bekannten|kolleg(?:en|innen))(?: und (?:freunden|freundinnen|bekannten|kolleg(?:en|innen)))? )?(?:gerne? |doch |einfach |ruhig )?weiter\b|^gefällt (?:ihnen|dir|euch) (?:dieser|unser) newsletter\?)"},
  {C::forwarded, L::fr, false, R"(\brecommandez-(?:la|le) (?:à vos proches|autour de vous|à vos amis)|^vous (?:aimez|appréciez) (?:cette|notre) (?:newsletter|lettre) ?\?)"},
  {C::forwarded, L::es, false, R"(\brecomiéndal[oa] a (?:tus|sus) (?:amigos|contactos)\b|^¿?te gusta (?:este|nuestro) boletín\?)"},
  {C::forwarded, L::it, false, R"(\bconsiglial[ae] (?:ai tuoi amici|a un amico|ai tuoi contatti)\b|^ti piace (?:questa|la nostra) newsletter\?)"},
  {C::forwarded, L::nl, false, R"(\bbeveel (?:hem|haar|deze nieuwsbrief|onze nieuwsbrief) (?:gerust |graag )?aan\b|\bbeveel (?:hem|haar|deze nieuwsbrief|onze nieuwsbrief) (?:gerust |graag )?bij (?:je|jouw|uw) (?:vrienden|kennissen|collega\'s)(?: en (?:vrienden|kennissen|collega\'s))? aan\b|^(?:vind je|vindt u) (?:deze|onze) nieuwsbrief (?:leuk|nuttig)\?)"},
  {C::forwarded, L::pt, false, R"(\brecomende-(?:a|o) aos (?:seus|teus) amigos\b|^gosta (?:desta|da nossa) newsletter\?)"},
  // A gift card on offer: its button on a line of its own, or the cards
  // priced from a lowest value.
  {C::house_ad, L::en, false, R"(\bgift cards? (?:are )?(?:available )?(?:from|starting at) [$£€]?\d|^(?:order|buy|give) (?:a |an )?(?:e-?)?gift card(?: now)?\W*$)"},
  {C::house_ad, L::de, false, R"(\bgeschenk(?:karten?|gutscheine?) (?:gibt es|erhalten sie|bekommst du|sind erhältlich) (?:schon |bereits )?ab \d|^(?:jetzt )?(?:geschenkkarte|geschenkgutschein)e? (?:bestellen|kaufen|verschenken)\W*$)"},
  {C::house_ad, L::fr, false, R"(\bcartes? cadeaux? (?:disponibles? )?(?:dès|à partir de) \d|^(?:commander|offrir|acheter) (?:une )?carte cadeau\W*$)"},
  {C::house_ad, L::es, false, R"(\btarjetas? regalo (?:disponibles? )?(?:desde|a partir de) \d|^(?:compra|regala|pide) (?:una )?tarjeta regalo\W*$)"},
  {C::house_ad, L::it, false, R"(\b(?:carte|gift card) regalo (?:disponibili )?(?:da|a partire da) \d|^(?:ordina|regala|acquista) (?:una )?carta regalo\W*$)"},
  {C::house_ad, L::nl, false, R"(\bcadeaukaarten? (?:zijn )?(?:verkrijgbaar )?(?:vanaf|al vanaf) (?:€ ?)?\d|^(?:bestel|koop|geef) (?:een )?cadeaukaart\W*$)"},
  {C::house_ad, L::pt, false, R"(\bcartões? (?:de )?(?:oferta|presente) (?:disponíveis )?(?:a partir de|desde) \d|^(?:encomende|compre|ofereça) (?:um )?cartão (?:de )?(?:oferta|presente)\W*$)"},
  // A software vendor's asides to its customer: its webinar opening a
  // line with the date, the sign-up button without cost, the directory
  // of partner agencies, a plan priced per month for a number of
  // contacts or users.
  {C::house_ad, L::en, false, R"(^(?:free |live )?webinar (?:on )?(?:\d|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^(?:register|sign up)(?: here)? (?:for free|free of charge)\W*$|\bour partner directory\b|\bcertified (?:agencies|partners|experts) near you\b)"},
  {C::house_ad, L::de, false, R"(^(?:kostenloses |gratis-|live-)?webinar am \d|^(?:jetzt |hier )?(?:kostenlos|gratis|kostenfrei) (?:anmelden|registrieren)\W*$|\bunserem partner-?verzeichnis\b|\bzertifizierte[n]? (?:agenturen|partner|expert\pL*) in (?:deiner|ihrer) nähe)"},
  {C::house_ad, L::fr, false, R"(^(?:webinaire|webinar) (?:gratuit |en direct )?(?:le|du) \d|^(?:inscription|s'inscrire|inscrivez-vous) gratuite?(?:ment)?\W*$|\bnotre annuaire (?:des )?partenaires\b|\bagences (?:certifiées|partenaires) près de chez vous)"},
  {C::house_ad, L::es, false, R"(^(?:webinar|seminario web) (?:gratuito |en directo |en vivo )?(?:el|del) \d|^(?:regístrate|inscríbete) gratis\W*$|\bnuestro directorio de (?:partners|socios)\b|\bagencias certificadas cerca de ti)"},
  {C::house_ad, L::it, false, R"(^webinar (?:gratuito |in diretta |live )?(?:il|del) \d|^(?:iscriviti|registrati) gratis\W*$|\bnostro (?:elenco|directory) (?:dei )?partner\b|\bagenzie certificate vicino a te\b)"},
  {C::house_ad, L::nl, false, R"(^(?:gratis |live-?)?webinar op \d|^(?:hier |nu )?(?:gratis|kosteloos) (?:aanmelden|inschrijven|registreren)\W*$|\bonze partner(?:gids|lijst|directory)\b|\bgecertificeerde (?:bureaus|partners) bij (?:jou|u) in de buurt\b)"},
  {C::house_ad, L::pt, false, R"(^(?:webinar|webinário) (?:gratuito |em direto |ao vivo )?(?:a|no|dia) \d|^(?:inscreva-se|registe-se|cadastre-se) (?:grátis|gratuitamente)\W*$|\bnosso diretório de parceiros\b|\bagências certificadas perto de si\b)"},
  {C::upsell, L::en, false, R"([$£€]\d+(?:[.,]\d+)? (?:a|per|/) ?month for up to [\d,.]+ (?:contacts|subscribers|users|seats|recipients)\b)"},
  {C::upsell, L::de, false, R"(\b\d+(?:,\d+)? ?(?:€|euro|eur) (?:im|pro|/) ?monat für bis zu [\d.]+ (?:kontakte|empfänger|nutzer|abonnenten|user)\b)"},
  {C::upsell, L::fr, false, R"(\b\d+(?:,\d+)? ?(?:€|euros?) (?:par|/) ?mois pour (?:jusqu'à )?[\d .]+ (?:contacts|abonnés|utilisateurs|destinataires)\b)"},
  {C::upsell, L::es, false, R"(\b\d+(?:,\d+)? ?(?:€|euros?) (?:al|por|/) ?mes para hasta [\d.]+ (?:contactos|suscriptores|usuarios|destinatarios)\b)"},
  {C::upsell, L::it, false, R"(\b\d+(?:,\d+)? ?(?:€|euro) (?:al|per|/) ?mese per (?:un massimo di |fino a )[\d.]+ (?:contatti|iscritti|utenti|destinatari)\b)"},
  {C::upsell, L::nl, false, R"(\b(?:€ ?)?\d+(?:,\d+)? ?(?:euro )?(?:per|/) ?maand voor (?:maximaal |tot )[\d.]+ (?:contacten|abonnees|gebruikers|ontvangers)\b)"},
  {C::upsell, L::pt, false, R"(\b\d+(?:,\d+)? ?(?:€|euros?) (?:por|/|ao) ?mês para até [\d.]+ (?:contactos|contatos|subscritores|assinantes|utilizadores|usuários)\b)"},
  // A shop's button under a product, on a line of its own: try it, taste
  // it now.
  {C::house_ad, L::en, false, R"(^(?:try|taste) (?:it|them|one) (?:now|today)\W*$)"},
  {C::house_ad, L::de, false, R"(^jetzt (?:probieren|kosten|naschen|verkosten)\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:goûtez|goûter|essayez)(?:-le|-la|-les)? (?:maintenant|dès maintenant)\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:pruébal[oa]s?|pruébal[oa]) (?:ya|ahora)\W*$)"},
  {C::house_ad, L::it, false, R"(^(?:assaggial[oaie]|proval[oaie]) (?:ora|subito)\W*$)"},
  {C::house_ad, L::nl, false, R"(^nu (?:proeven|proberen)\W*$|^proef (?:het|ze) nu\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:prove|experimente)(?:-o|-a|-os|-as)? (?:já|agora)\W*$)"},
  // A shop's picks of the month opening a line, with their prices.
  {C::house_ad, L::en, false, R"(^(?:our )?(?:product )?(?:picks|tips|favou?rites) of the month ?:[^.!?]*[$£€] ?\d)"},
  {C::house_ad, L::de, false, R"(^(?:unsere |unser )?(?:produkt)?(?:tipps?|favoriten|lieblinge) des monats ?:[^.!?]*\d+,\d\d ?(?:€|euro))"},
  {C::house_ad, L::fr, false, R"(^(?:nos |notre )?(?:coups? de cœur|sélection|favoris) du mois ?:[^.!?]*\d+,\d\d ?(?:€|euros))"},
  {C::house_ad, L::es, false, R"(^(?:nuestros |nuestra )?(?:favoritos|selección|recomendados) del mes ?:[^.!?]*\d+,\d\d ?(?:€|euros))"},
  {C::house_ad, L::it, false, R"(^(?:i nostri |la nostra )?(?:preferiti|selezione|consigli) del mese ?:[^.!?]*\d+,\d\d ?(?:€|euro))"},
  {C::house_ad, L::nl, false, R"(^(?:onze )?(?:favorieten|tips|toppers) van de maand ?:[^.!?]*(?:€ ?)?\d+,\d\d)"},
  {C::house_ad, L::pt, false, R"(^(?:os nossos |as nossas )?(?:favoritos|sugestões|escolhas) do mês ?:[^.!?]*\d+,\d\d ?(?:€|euros))"},
  // A creator's own podcast episode under its lead-in label, the "listen
  // in your podcast app" line and the episode's button.
  {C::house_ad, L::en, false, R"(^(?:on )?(?:this week's|today's|the latest|the new|our latest|our new) episode of (?:the |our |my )?(?:[\pL'-]+ ){0,3}podcast ?:|\b(?:listen|hear it|tune in) (?:on|in|with) your (?:usual |favou?rite |preferred )?podcast (?:app|player)s?\b|^listen to (?:the )?(?:full |new |latest )?episode(?: #?\d+)?\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:in )?(?:der|unserer) (?:neuen|aktuellen|heutigen) (?:folge|episode) (?:des|unseres|meines) (?:[\pL'-]+ ){0,3}podcasts? ?:|\bhör(?:en sie|t)? (?:sie |ihn |rein )?in (?:deiner|ihrer|eurer) (?:lieblings-?)?podcast-?app\b|^(?:jetzt )?(?:folge|episode)(?: \d+)? (?:anhören|hören)\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:dans )?(?:le nouvel|le dernier|l'|notre nouvel|notre dernier) ?épisode (?:du|de notre|de mon) (?:[\pL'-]+ ){0,3}podcast ?:|écoutez(?:-le)? (?:sur|dans) votre (?:appli(?:cation)?|lecteur) (?:de )?podcasts?\b|^écouter l'épisode(?: \d+)?\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:en )?(?:el nuevo|el último|el) episodio de (?:esta semana de )?(?:nuestro |mi )?(?:[\pL'-]+ ){0,3}podcast ?:|\bescúchalo en tu (?:app|aplicación|plataforma) de podcasts?\b|^escucha(?:r)? el episodio(?: \d+)?\W*$)"},
  {C::house_ad, L::it, false, R"(^(?:nel|il) (?:nuovo |ultimo )?episodio (?:di questa settimana )?(?:del|del nostro|del mio) (?:[\pL'-]+ ){0,3}podcast ?:|\bascoltal[oa] (?:sulla|nella) tua app (?:di |per i )?podcast\b|^ascolta l'episodio(?: \d+)?\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:in )?(?:de nieuwe|de laatste|deze) aflevering van (?:de |onze |mijn )?(?:[\pL'-]+ ){0,3}podcast ?:|\bluister in je (?:favoriete )?podcast-?app\b|^luister (?:naar )?aflevering(?: \d+)?\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:no )?(?:novo |último )?episódio (?:desta semana )?do (?:nosso |meu )?(?:[\pL'-]+ ){0,3}podcast ?:|\bouça no seu (?:app|aplicativo|aplicação) de podcasts?\b|^ouvir o episódio(?: \d+)?\W*$)"},
  // A course launch in the writer's own words: the doors opening, the
  // cohort, the waitlist.
  {C::house_ad, L::en, false, R"(\bdoors (?:to|for) [^.!?]{1,60}? (?:open|reopen|close)s? (?:on|in|next|this|tomorrow|today)\b|\b(?:my|our) (?:[\pL-]+ ){0,3}cohort(?:-based)? course\b|\b(?:join|get on|sign up for) the waitlist\b|\bthe waitlist is (?:here|open)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:mein|unser)(?:en|em)? (?:[\pL-]+ ){0,3}(?:gruppen|kohorten|live)-?kurs\b|\b(?:auf die|zur) warteliste\b|\bdie anmeldung (?:für|zu) [^.!?]{1,60}? öffnet (?:am|im|nächste)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:ma|notre) (?:[\pL-]+ ){0,3}formation (?:en cohorte|en groupe|en direct)\b|\b(?:sur|rejoignez) la liste d'attente\b|\bles inscriptions (?:à|pour) [^.!?]{1,60}? ouvrent le\b)"},
  {C::house_ad, L::es, false, R"(\b(?:mi|nuestro) curso (?:[\pL-]+ ){0,3}(?:por cohortes|en grupo|en directo)\b|\b(?:en|apúntate a) la lista de espera\b|\blas inscripciones (?:para|de) [^.!?]{1,60}? abren el\b)"},
  {C::house_ad, L::it, false, R"(\b(?:il mio|il nostro) corso (?:[\pL-]+ ){0,3}(?:a coorti|di gruppo|dal vivo)\b|\b(?:nella|iscriviti alla) lista d'attesa\b|\ble iscrizioni (?:a|al|per) [^.!?]{1,60}? aprono il\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:mijn|onze) (?:[\pL-]+ ){0,3}(?:groeps|cohort|live)-?cursus\b|\b(?:op|meld je aan voor) de wachtlijst\b|\bde inschrijving voor [^.!?]{1,60}? opent op\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:o meu|meu|o nosso|nosso) curso (?:[\pL-]+ ){0,3}(?:em turma|por turmas|ao vivo)\b|\b(?:na|entre na) lista de espera\b|\bas inscrições (?:para|do) [^.!?]{1,60}? abrem (?:em|no dia)\b)"},
  // A paid members' discussion offered as a teaser: what the members are
  // discussing, how many comments.
  {C::upsell, L::en, false, R"(^(?:paid |our )?(?:members|subscribers|supporters) are (?:discussing|debating|talking about) ?:|\b\d+ comments so far\. join the (?:thread|discussion|conversation)\b)"},
  {C::upsell, L::de, false, R"(^(?:zahlende |unsere )?(?:mitglieder|abonnenten|abonnentinnen) diskutieren(?: gerade)?(?: über)? ?:|\bbisher \d+ kommentare\. (?:diskutier|mach) mit\b)"},
  {C::upsell, L::fr, false, R"(^(?:nos |les )?(?:membres|abonnés)(?: payants)? (?:en )?(?:discutent|débattent) ?:|\bdéjà \d+ commentaires\. rejoignez la discussion\b)"},
  {C::upsell, L::es, false, R"(^(?:nuestros |los )?(?:miembros|suscriptores)(?: de pago)? (?:están )?(?:debatiendo|discutiendo|hablando de) ?:|\bya \d+ comentarios\. únete a la conversación)"},
  {C::upsell, L::it, false, R"(^(?:i nostri |gli )?(?:membri|abbonati|iscritti)(?: paganti)? (?:stanno )?(?:discutendo|discutono|parlano di) ?:|\bgià \d+ commenti\. partecipa alla discussione\b)"},
  {C::upsell, L::nl, false, R"(^(?:onze |betalende )?(?:leden|abonnees) (?:discussiëren|praten(?: over)?) ?:|\bal \d+ reacties\. doe mee aan de discussie\b)"},
  {C::upsell, L::pt, false, R"(^(?:os nossos |os )?(?:membros|assinantes)(?: pagantes)? (?:estão )?(?:a discutir|discutindo|debatendo) ?:|\bjá \d+ comentários\. (?:junte-se|participe) (?:à|da) conversa)"},
  // An open-source maintainer's appeal: the project kept up in spare
  // time, sponsoring it on a funding platform, thanks to the sponsors.
  {C::donation, L::en, false, R"(^\W*support the project\W*$|\bis maintained in my (?:spare time|free time|evenings|weekends)\b|\bconsider sponsoring (?:me |us |the project |it )?on\b|\bthanks to (?:this month's|our|all (?:our|my)) (?:new )?sponsors\b|github\.com/sponsors/|opencollective\.com/|liberapay\.com/)"},
  {C::donation, L::de, false, R"(^\W*(?:unterstütze|unterstützt|unterstützen sie) das projekt\W*$|\bpflege (?:ich|wir) in (?:meiner|unserer) freizeit\b|\bsponsere? (?:mich|uns|das projekt) (?:auf|über)\b|\bdank an (?:die neuen|alle|unsere) sponsoren\b)"},
  {C::donation, L::fr, false, R"(^\W*soutenir le projet\W*$|\best maintenu (?:sur|pendant) mon temps libre\b|\b(?:pensez à|envisagez de) (?:me |nous )?sponsoriser\b|\bmerci (?:aux nouveaux|à nos|à tous nos) sponsors\b)"},
  {C::donation, L::es, false, R"(^\W*apoya el proyecto\W*$|\blo mantengo en mi tiempo libre\b|\bconsidera patrocinar(?:me|nos| el proyecto)? en\b|\bgracias a (?:los nuevos|nuestros|todos los) patrocinadores\b)"},
  {C::donation, L::it, false, R"(^\W*sostieni il progetto\W*$|\b(?:lo )?mantengo nel (?:mio )?tempo libero\b|\bvaluta di sponsorizzar(?:mi|ci|e il progetto) su\b|\bgrazie ai (?:nuovi )?sponsor\b)"},
  {C::donation, L::nl, false, R"(^\W*steun het project\W*$|\bonderhoud ik in mijn vrije tijd\b|\bsponsor (?:mij|ons|het project) (?:via|op)\b|\bdank aan (?:de nieuwe|onze|alle) sponsors\b)"},
  {C::donation, L::pt, false, R"(^\W*apoie o projeto\W*$|\b(?:é )?mantido no meu tempo livre\b|\bconsidere patrocinar(?:-me|-nos| o projeto)? (?:no|em)\b|\bobrigado aos (?:novos )?patrocinadores\b)"},
  // ---- a how-to's box of vendor chrome: app badges, help centre, double opt-in, club card -------------
  // The store badges under an app box, in the words the stores print on
  // them ("Laden im App Store", "Disponible sur Google Play").
  {C::house_ad, L::en, false, R"((?:^|[·|] ?)(?:get it on|download (?:it )?(?:on|from)|available on) (?:the )?(?:app store|google play)\W*$)"},
  {C::house_ad, L::de, false, R"((?:^|[·|] ?)(?:(?:jetzt )?(?:im|bei) (?:app store|google play) (?:laden|herunterladen|holen)|laden im app store|jetzt bei google play|erhältlich (?:im|bei) (?:app store|google play))\W*$)"},
  {C::house_ad, L::fr, false, R"((?:^|[·|] ?)(?:télécharger dans l'app store|disponible sur (?:l'app store|google play)|télécharger sur (?:l'app store|google play))\W*$)"},
  {C::house_ad, L::es, false, R"((?:^|[·|] ?)(?:descargar en (?:el )?app store|disponible en (?:el |la )?(?:app store|google play)|consíguelo en google play)\W*$)"},
  {C::house_ad, L::it, false, R"((?:^|[·|] ?)(?:scarica(?:la)? (?:su|da|dall') ?(?:app store|google play)|disponibile su (?:google play|app store))\W*$)"},
  {C::house_ad, L::nl, false, R"((?:^|[·|] ?)(?:download (?:in|via) de app store|ontdek het op google play|(?:nu )?(?:beschikbaar )?(?:in de app store|op google play) (?:downloaden|beschikbaar))\W*$)"},
  {C::house_ad, L::pt, false, R"((?:^|[·|] ?)(?:baixar na app store|disponível (?:na app store|no google play)|descarregar na app store)\W*$)"},
  // A software maker's help-centre link standing alone under the letter.
  {C::footer, L::en, false, R"(^(?:visit (?:our|the) |to the )?help (?:center|centre)\W*$)"},
  {C::footer, L::de, false, R"(^(?:zum |ins |unser )?hilfe-? ?(?:center|centre|bereich)\W*$)"},
  {C::footer, L::fr, false, R"(^(?:(?:visitez |vers )?(?:notre |le )?centre d'aide)\W*$)"},
  {C::footer, L::es, false, R"(^(?:(?:visita |ir al |ve al )?(?:nuestro |el )?centro de ayuda)\W*$)"},
  {C::footer, L::it, false, R"(^(?:(?:vai al |visita il )?(?:nostro )?centro (?:assistenza|di assistenza|aiuto|di aiuto))\W*$)"},
  {C::footer, L::nl, false, R"(^(?:(?:naar (?:het|ons) )?(?:helpcentrum|helpcenter|hulpcentrum))\W*$)"},
  {C::footer, L::pt, false, R"(^(?:(?:visite a |acesse a |aceda à )?(?:nossa )?central de ajuda|(?:o )?centro de ajuda)\W*$)"},
  // The sender explaining its own double opt-in, which sent the reader a
  // second mail with a link to confirm.
  {C::footer, L::en, false, R"(\bwe (?:use|work with|rely on) (?:a |the )?double[- ]opt[- ]in\b|\b(?:a|the) (?:second|separate) (?:e-?mail|message) with (?:a|the) (?:confirmation|verification) link\b)"},
  {C::footer, L::de, false, R"(\bwir (?:arbeiten|nutzen|verwenden|setzen)(?: mit)? (?:dem |das |auf das )?double-opt-in|\b(?:eine )?zweite (?:e-mail|mail|nachricht) mit (?:einem|dem) bestätigungslink\b)"},
  {C::footer, L::fr, false, R"(\bnous (?:utilisons|appliquons) (?:le |la procédure (?:de |du )?)?double opt-in|\bun (?:second|deuxième) (?:e-mail|courriel|message) (?:avec|contenant) un lien de confirmation\b)"},
  {C::footer, L::es, false, R"(\b(?:utilizamos|usamos|aplicamos) (?:el |un )?(?:sistema |procedimiento )?(?:de )?doble opt-in|\bun segundo (?:correo|email|mensaje) con (?:un|el) enlace de confirmación\b)"},
  {C::footer, L::it, false, R"(\b(?:utilizziamo|usiamo|adottiamo) (?:il |la procedura (?:di |del )?)?(?:doppio|double) opt-in|\buna seconda (?:e-?mail|mail) con (?:un|il) link di conferma\b)"},
  {C::footer, L::nl, false, R"(\bwe (?:gebruiken|werken met|hanteren) (?:een |de )?dubbele opt-in|\been tweede (?:e-?mail|mail|bericht) met (?:een|de) bevestigingslink\b)"},
  {C::footer, L::pt, false, R"(\b(?:utilizamos|usamos) (?:o |um )?(?:processo |sistema )?(?:de )?(?:duplo|double) opt-in|\bum segundo (?:e-?mail|mensagem) com (?:um|o) link de confirmação)"},
  // A shop's club-card box: its title, its redeem button, and the line
  // that sells the card to those who have none.
  {C::house_ad, L::en, false, R"(^your (?:[\pL-]+ )?(?:club|loyalty|rewards|member(?:ship)?) card\W*$|^redeem (?:your )?(?:bonus|points|rewards)\W*$|^not (?:yet )?a (?:club |rewards |loyalty )?member\?)"},
  {C::house_ad, L::de, false, R"(^(?:ihre|deine) (?:[\pL]+-)?(?:clubkarte|kundenkarte|bonuskarte|vorteilskarte)\W*$|^(?:bonus|punkte|guthaben) (?:jetzt )?einlösen\W*$|^noch kein (?:club|vorteils|bonus)?mitglied\?)"},
  {C::house_ad, L::fr, false, R"(^votre carte (?:de fidélité|club|membre|avantages)(?:[^\pL\pN][^.!?]{0,30})?$|^utiliser (?:mes|vos) (?:points|avantages)\W*$|^pas encore (?:membre|adhérent)(?: du club)? ?\?)"},
  {C::house_ad, L::es, false, R"(^tu tarjeta (?:de fidelidad|club|de socio)(?:[^\pL\pN][^.!?]{0,30})?$|^canjea(?:r)? (?:tus )?(?:puntos|bonos)\W*$|^¿?(?:aún|todavía) no eres (?:socio|miembro)(?: del club)?\?)"},
  {C::house_ad, L::it, false, R"(^la tua (?:carta|tessera) (?:fedeltà|club|soci)(?:[^\pL\pN][^.!?]{0,30})?$|^(?:riscatta|usa) (?:i tuoi )?punti\W*$|^non sei ancora (?:socio|iscritto|membro)(?: del club)?\?)"},
  {C::house_ad, L::nl, false, R"(^(?:je|uw) (?:[\pL-]+-?)?(?:klantenkaart|clubkaart|voordeelpas|spaarkaart)\W*$|^(?:punten|bonus|tegoed) (?:nu )?inwisselen\W*$|^nog geen (?:club)?lid\?)"},
  {C::house_ad, L::pt, false, R"(^(?:o )?seu cartão (?:de fidelidade|clube|de sócio)(?:[^\pL\pN][^.!?]{0,30})?$|^(?:resgate|trocar|troque) (?:os seus |seus )?pontos\W*$|^ainda não é (?:sócio|membro|cliente)(?: do clube)?\?)"},
  // A vendor's webinar pitch ("Live webinar: ...", "save your seat in the
  // webinar"), its paid tier sold in its own name ("With X Pro you send
  // ..."), and its directory of partner agencies.
  {C::house_ad, L::en, false, R"(^(?:free |live |online )?webinar ?:|(?:save|reserve|book) (?:a|my|your) (?:seat|spot|place) (?:in|at|for) (?:the|our|this) (?:webinar|live session)|^(?:browse |visit |see )?(?:our |the )?partner directory\W*$|^find a (?:certified )?partner\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:live-|kostenloses |gratis-|online-)?webinar ?:|platz (?:im|in unserem|beim|für das) (?:live-)?webinar (?:reservieren|sichern|buchen)|^(?:zum|ins) partner(?:verzeichnis|netzwerk)\W*$|^(?:einen )?(?:zertifizierten )?partner finden\W*$)"},
  {C::house_ad, L::fr, false, R"(^webinaire(?: gratuit| en direct| en ligne)? ?:|réserve[rz]? (?:votre|ma|une) place (?:au|pour le|pour ce) webinaire|^(?:voir |consulter )?(?:notre |l')annuaire des partenaires\W*$|^trouver un partenaire(?: certifié)?\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:webinar|seminario web)(?: gratuito| en directo| en vivo)? ?:|reserva(?:r)? (?:tu|mi|su) (?:plaza|lugar) (?:en|para) el (?:webinar|seminario web)|^(?:ver |consulta )?(?:nuestro |el )?directorio de (?:partners|socios)\W*$|^encuentra un partner\W*$)"},
  {C::house_ad, L::it, false, R"(^webinar(?: gratuito| live| online)? ?:|prenota (?:il tuo|un|il) posto (?:al|per il|nel) webinar|^(?:vai alla |consulta la )?(?:nostra )?directory dei partner\W*$|^trova un partner(?: certificato)?\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:gratis |live |online )?webinar ?:|reserveer (?:je|uw|een) plek (?:in|voor|bij) (?:het|de|ons) webinar|^(?:naar (?:de|het|onze|ons) )?partner(?:gids|register|overzicht)\W*$|^vind een (?:gecertificeerde )?partner\W*$)"},
  {C::house_ad, L::pt, false, R"(^webinar(?: gratuito| ao vivo| online)? ?:|reserve (?:o seu|seu|a sua|sua) (?:lugar|vaga) no webinar|^(?:veja o |acesse o |consulte o )?(?:nosso )?diretório de parceiros\W*$|^encontre um parceiro(?: certificado)?\W*$)"},
  {C::upsell, L::en, false, R"(^with [\pL-]+ (?:pro|premium|plus|business),? you(?:'ll)? (?:get|can|send|unlock|have)\b)"},
  {C::upsell, L::de, false, R"(^mit [\pL-]+ (?:pro|premium|plus|business),? (?:verschicken|versenden|nutzen|erhalten|bekommen|haben|können|sparen) sie\b)"},
  {C::upsell, L::fr, false, R"(^avec [\pL-]+ (?:pro|premium|plus|business),? (?:vous|tu) (?:pouvez|peux|profitez|bénéficiez|envoyez|obtenez))"},
  {C::upsell, L::es, false, R"(^con [\pL-]+ (?:pro|premium|plus|business),? (?:puedes|podrás|puede|obtienes|envías|tienes))"},
  {C::upsell, L::it, false, R"(^con [\pL-]+ (?:pro|premium|plus|business),? (?:puoi|potrai|può|ottieni|invii|hai)(?:[^\pL\pN]|$))"},
  {C::upsell, L::nl, false, R"(^met [\pL-]+ (?:pro|premium|plus|business),? (?:kun je|kunt u|krijg je|krijgt u|verstuur je|verstuurt u)\b)"},
  {C::upsell, L::pt, false, R"(^com (?:o )?[\pL-]+ (?:pro|premium|plus|business),? (?:você pode|pode|podes|tem|envia|obtém))"},
  // A shop's review widget: a quoted customer signed as a verified buyer,
  // and the link to all the reviews alone on its line.
  {C::house_ad, L::en, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?verified (?:buyer|purchaser|customer|reviewer|owner)\b|^(?:read|see|view) (?:all|more) (?:\d[\d,]* )?(?:customer )?reviews\W*$)"},
  {C::house_ad, L::de, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?verifizierte[rn]? (?:käufer|kunde|kundin|bewert)|^alle (?:\d[\d.]* )?(?:kunden)?bewertungen (?:lesen|ansehen|anzeigen)\W*$)"},
  {C::house_ad, L::fr, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?(?:acheteu(?:r|se)|client(?:e)?) vérifié|^(?:lire|voir) (?:tous )?les (?:\d[\d  ]* )?avis(?: clients)?\W*$)"},
  {C::house_ad, L::es, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?(?:comprador(?:a)?|cliente) verificad|^(?:leer|ver) (?:todas )?las (?:\d[\d.]* )?(?:reseñas|opiniones|valoraciones)\W*$)"},
  {C::house_ad, L::it, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?(?:acquirente|cliente) verificat|^(?:leggi|vedi) (?:tutte )?le (?:\d[\d.]* )?recensioni\W*$)"},
  {C::house_ad, L::nl, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?geverifieerde (?:koper|klant|reviewer)|^(?:lees|bekijk) alle (?:\d[\d.]* )?(?:reviews|beoordelingen|recensies)\W*$)"},
  {C::house_ad, L::pt, false, R"([\pL\pN.]+ ?(?:,|[-–—]) ?(?:comprador(?:a)?|cliente) verificad|^(?:ler|ver) todas as (?:\d[\d.]* )?(?:avaliações|opiniões|críticas)\W*$)"},
  // A loyalty scheme's tier progress: the points still missing to the next
  // tier, the bookings that move the reader up, a tier's perks as a label.
  {C::house_ad, L::en, false, R"(\byou(?:'re| are) (?:only |just )?[\d,]+ (?:points|miles|nights|stays|stamps|credits) (?:away )?from (?:\pL+ )?(?:status|tier|level|bronze|silver|gold|platinum|diamond|elite)\b|^(?:book|stay|fly|travel|spend|earn|collect) [^.!?]{0,60}\bto (?:move|go) up (?:a|one) (?:tier|level)\b|^(?:bronze|silver|gold|platinum|diamond|elite) members (?:get|enjoy|receive)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:sie sind|du bist) (?:nur )?noch [\d.]+ (?:punkte|meilen|nächte|buchungen) (?:von|vom) (?:der |dem )?(?:bronze|silber|gold|platin)|^(?:buchen sie|buche|sammeln sie|sammle) [^.!?]{0,60}\bum (?:in )?die nächste (?:stufe|statusstufe)|^(?:bronze|silber|gold|platin)-?mitglieder (?:erhalten|genießen|bekommen)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:vous êtes|tu es) à (?:seulement |plus que )?[\d  .]+ points du (?:statut|niveau|palier)|^(?:réservez|réserve|cumulez) [^.!?]{0,60}\bpour (?:passer|accéder) au (?:niveau|statut|palier) supérieur|^les membres (?:bronze|silver|argent|gold|or|platine|platinum) (?:bénéficient|profitent|reçoivent)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:estás|está) a (?:solo )?[\d.]+ (?:puntos|millas|noches) del (?:nivel|estatus)|^(?:reserva|reserve|acumula) [^.!?]{0,60}\bpara subir (?:de|al siguiente) nivel|^los (?:socios|miembros) (?:bronce|plata|oro|platino|silver|gold) (?:disfrutan|reciben|obtienen)\b)"},
  {C::house_ad, L::it, false, R"((?:sei|è) a (?:soli |solo )?[\d.]+ (?:punti|miglia|notti) dal (?:livello|status)|^(?:prenota|accumula) [^.!?]{0,60}\bper (?:salire|passare) al (?:livello|status) successivo|^i (?:soci|membri) (?:bronze|silver|gold|argento|oro|platino) (?:ricevono|godono|ottengono)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:je bent|u bent) nog (?:maar )?[\d.]+ (?:punten|miles|nachten) (?:verwijderd )?van (?:de |het )?(?:status|niveau|brons|zilver|goud|platina)|^(?:boek|spaar) [^.!?]{0,60}\bom (?:naar )?het volgende (?:niveau|statusniveau) te|^(?:brons|zilver|goud|platina)(?:-| )?leden (?:krijgen|genieten|ontvangen)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:está|estás) a (?:apenas )?[\d.]+ (?:pontos|milhas|noites) do (?:nível|estatuto|status)|^(?:reserve|reserva|acumule) [^.!?]{0,60}\bpara subir (?:de|ao próximo) nível|^os (?:membros|sócios) (?:bronze|prata|ouro|platina|silver|gold) (?:recebem|têm|usufruem)\b)"},
  // The reader's own place in it: the tier named with the points held,
  // points doubled on the shop's goods, the spend still needed to the next.
  {C::house_ad, L::en, false, R"(\byou(?:'re| are) (?:a|an) [\pL-]+ member with [\d,]+ points\b|\b(?:double|triple) points on (?:everything|all|every (?:order|purchase)|orders|purchases)\b|^spend (?:another )?[£$€] ?\d+ more\b[^.!?]{0,60}\bto (?:reach|unlock|get to)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:sie sind|du bist) [\pL-]+-?mitglied mit [\d.]+ punkten\b|\bdoppelte punkte auf (?:alle|jede[ns]?|ihren|deinen)\b|^(?:kaufen sie|kaufe|sammeln sie|sammle) (?:noch )?für \d+ ?€ (?:mehr|weiter)\b[^.!?]{0,60}\bum\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:vous êtes|tu es) membre [\pL-]+ avec [\d  .]+ points\b|\bpoints doublés sur (?:tout|toute|tous|toutes|vos|tes)\b|^dépensez encore \d+ ?€[^.!?]{0,60}\bpour (?:atteindre|passer|accéder)\b)"},
  {C::house_ad, L::es, false, R"(\b(?:eres|es) (?:socio|socia|miembro) [\pL-]+ con [\d.]+ puntos\b|\bpuntos dobles en (?:todo|toda|todas|todos|tus|sus)\b|^gasta \d+ ?€ más\b[^.!?]{0,60}\bpara (?:alcanzar|llegar|subir)\b)"},
  {C::house_ad, L::it, false, R"(\bsei (?:un |una )?(?:socio|socia|membro) [\pL-]+ con [\d.]+ punti\b|\bpunti doppi su (?:tutt|ogni|i tuoi)|^spendi altri \d+ ?€[^.!?]{0,60}\bper (?:raggiungere|passare|arrivare)\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:je bent|u bent) [\pL-]+-?lid met [\d.]+ punten\b|\bdubbele punten op (?:alle|al|je|uw|elke)\b|^besteed nog (?:€ ?)?\d+\b[^.!?]{0,60}\bom\b[^.!?]{0,30}\bte bereiken\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:és|é) (?:membro|sócio|sócia) [\pL-]+ com [\d.]+ pontos\b|\bpontos (?:a dobrar|em dobro|duplos) (?:em|na|no|nas|nos) (?:tod|toda|todas|todos|sua|suas|tua|tuas)|^gaste mais \d+ ?€[^.!?]{0,60}\bpara (?:alcançar|chegar|subir)\b)"},
  // A paper's plug for its own weekend puzzle: the big crossword of the
  // weekend by its day, or a puzzle break as the line's label.
  {C::house_ad, L::en, false, R"(\b(?:weekend|saturday|sunday|jumbo|bumper|prize) crossword (?:has|is|with|puzzle)\b|^puzzle (?:break|time|corner)\W)"},
  {C::house_ad, L::de, false, R"(\b(?:wochenend|samstags|sonntags|preis|riesen)-?kreuzworträtsel (?:hat|ist|mit)\b|^(?:rätselpause|rätselzeit|rätselecke)\W)"},
  {C::house_ad, L::fr, false, R"(\b(?:mots croisés|mots fléchés) (?:du (?:week-end|samedi|dimanche)|géants?) (?:compte|comptent|propose|proposent|sont|est)\b|^(?:pause|coin) (?:jeux|énigmes?|mots croisés)\W)"},
  {C::house_ad, L::es, false, R"(\bcrucigrama (?:del (?:fin de semana|sábado|domingo)|gigante) (?:tiene|trae|es|con)\b|^(?:pausa|rincón) (?:de )?pasatiempos\W)"},
  {C::house_ad, L::it, false, R"(\bcruciverba (?:del (?:fine settimana|weekend|sabato)|della domenica|gigante) (?:ha|è|con)(?:[^\pL\pN]|$)|^(?:pausa|angolo) (?:enigmistica|giochi)\W)"},
  {C::house_ad, L::nl, false, R"(\b(?:weekend|zaterdag|zondag|mega)-?(?:puzzel|kruiswoordpuzzel) (?:heeft|is|met)\b|^(?:puzzelpauze|puzzelhoek)\W)"},
  {C::house_ad, L::pt, false, R"(\b(?:palavras cruzadas) (?:do (?:fim de semana|sábado|domingo)|gigantes) (?:têm|tem|trazem|são|com)\b|^(?:pausa|cantinho) (?:para |dos )?passatempos\W)"},
  // A brand's app pitch as one line: an errand the reader can do in the app.
  {C::house_ad, L::en, false, R"(^(?:track|manage|reorder|order|book|shop|pay|scan)\b[^.!?]{0,80}\b(?:in|with|on|through) (?:the|our) (?:[\pL-]+ )?app\W*$)"},
  {C::house_ad, L::de, false, R"(^(?:verfolge|verfolgen sie|bestelle|bestellen sie|buche|buchen sie|verwalte|verwalten sie|bezahle|bezahlen sie)\b[^.!?]{0,80}\bin (?:der|unserer) (?:[\pL-]+[- ])?app\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:suivez|suis|commandez|commande|réservez|réserve|gérez|gère|payez)\b[^.!?]{0,80}\bdans (?:l'|notre )app(?:li(?:cation)?)?(?: [\pL-]+)?\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:sigue|siga|pide|pida|reserva|reserve|gestiona|gestione|paga|pague)\b[^.!?]{0,80}\ben (?:la|nuestra) app(?: [\pL-]+)?\W*$)"},
  {C::house_ad, L::it, false, R"(^(?:segui|ordina|prenota|gestisci|paga)\b[^.!?]{0,80}\b(?:nell'app|nella (?:nostra )?app)(?: [\pL-]+)?\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:volg|bestel|boek|beheer|betaal)\b[^.!?]{0,80}\bin (?:de|onze) (?:[\pL-]+[- ])?app\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:acompanhe|acompanha|encomende|encomenda|reserve|reserva|gere|pague|paga)\b[^.!?]{0,80}\bna (?:nossa )?app(?: [\pL-]+)?\W*$)"},
  // A paid course's or seminar's booking push (book early, so many places
  // a session) and an order line for the sender's own product pointing to
  // its web address.
  {C::house_ad, L::en, false, R"(book (?:early|now|soon) to avoid disappointment|(?:places|seats|spaces) (?:are )?limited to \d+ (?:per|a|each|in each) (?:session|course|workshop|seminar|class|date)\b|order (?:it |yours |your copy |copies )?on-?line at (?:www\.|https?://))"},
  {C::house_ad, L::de, false, R"(frühzeitig (?:buchen|anmelden),? um enttäuschungen zu vermeiden|teilnehmerzahl (?:ist )?auf \d+ (?:personen |teilnehmer(?:innen)? )?(?:pro|je) (?:termin|seminar|kurs|workshop|sitzung) begrenzt|(?:jetzt )?online bestellen (?:unter|auf) (?:www\.|https?://))"},
  {C::house_ad, L::fr, false, R"(réservez (?:tôt|rapidement|vite) pour ne pas être déçu|(?:places|nombre de places) limitée?s? à \d+ (?:par|pour chaque) (?:session|séance|atelier|stage|cours)\b|commandez(?:-le|-la)? en ligne sur (?:www\.|https?://))"},
  {C::house_ad, L::es, false, R"(reserva (?:pronto|con antelación) para no quedarte sin (?:plaza|sitio)|plazas limitadas a \d+ por (?:sesión|curso|taller|seminario|grupo)(?:[^\pL\pN]|$)|(?:pídelo|pídela|haz tu pedido) en línea en (?:www\.|https?://))"},
  {C::house_ad, L::it, false, R"(prenota (?:presto|per tempo) per non (?:restare|rimanere) delus|posti limitati a \d+ per (?:sessione|corso|seminario|laboratorio|edizione)\b|ordina(?:lo|la)? online su (?:www\.|https?://))"},
  {C::house_ad, L::nl, false, R"(boek (?:tijdig|op tijd|vroeg) om teleurstelling te voorkomen|(?:maximaal|max\.?) \d+ (?:deelnemers|plaatsen) per (?:sessie|cursus|workshop|seminar|groep)\b|bestel (?:het |hem )?online (?:op|via) (?:www\.|https?://))"},
  {C::house_ad, L::pt, false, R"(reserve (?:cedo|com antecedência) para não ficar sem lugar|(?:lugares|vagas) limitad[oa]s a \d+ por (?:sessão|curso|workshop|seminário|turma)(?:[^\pL\pN]|$)|encomende(?:-o|-a)? online em (?:www\.|https?://))"},
  // A delivery plan's account bar: the next box or delivery as a label.
  {C::house_ad, L::en, false, R"(^your next (?:box|delivery|order|shipment|basket) ?:)"},
  {C::house_ad, L::de, false, R"(^(?:ihre|deine) nächste (?:box|lieferung|bestellung|kiste) ?:)"},
  {C::house_ad, L::fr, false, R"(^(?:votre|ta) prochaine (?:box|livraison|commande) ?:)"},
  {C::house_ad, L::es, false, R"(^(?:tu|su) próxima (?:caja|entrega|box|cesta) ?:)"},
  {C::house_ad, L::it, false, R"(^(?:la tua|la sua) prossima (?:box|consegna|scatola|spesa) ?:)"},
  {C::house_ad, L::nl, false, R"(^(?:je|jouw|uw) volgende (?:box|levering|bezorging|bestelling) ?:)"},
  {C::house_ad, L::pt, false, R"(^(?:a sua|a tua) próxima (?:caixa|entrega|box|encomenda) ?:)"},
  // A prize draw's small print: the winners drawn from all who took part,
  // and who may take part (an age or residence condition as the opening).
  {C::imprint, L::en, false, R"(\b(?:the )?winners? (?:will be|are|is|shall be) (?:drawn|picked|selected) (?:at random )?from (?:all|among) (?:valid |eligible )?(?:entrants|entries|participants)\b|^(?:the (?:draw|competition|prize draw) is )?open to (?:[\pL]+ )?residents (?:of [\pL ]{2,30} )?aged 18\b|^entrants must be (?:aged )?18\b)"},
  {C::imprint, L::de, false, R"(\b(?:die )?gewinner(?:innen)?(?: und gewinner)? werden unter allen (?:teilnehmenden|teilnehmer(?:innen)?|einsendungen)\b|^teilnehmen (?:können|dürfen) (?:alle )?(?:volljährige|natürliche) personen\b|^teilnahmeberechtigt sind (?:alle )?(?:volljährige |natürliche )?personen\b)"},
  {C::imprint, L::fr, false, R"(\bles? gagnants? (?:seront|sera|sont|est) tirés? au sort parmi\b|^(?:le jeu|le concours|le tirage au sort) est ouvert (?:à toute personne|aux personnes) (?:physique )?majeure)"},
  {C::imprint, L::es, false, R"(\b(?:los |el )?ganadores? (?:se elegirán|serán elegidos|se sortearán|será elegido|se elegirá) (?:por sorteo )?entre (?:todos )?los participantes\b|^pueden participar (?:las )?personas (?:físicas )?mayores de (?:edad|18))"},
  {C::imprint, L::it, false, R"(\bi vincitori (?:saranno|verranno) estratti (?:a sorte )?tra (?:tutti )?i partecipanti\b|^possono partecipare (?:le )?persone (?:fisiche )?maggiorenni)"},
  {C::imprint, L::nl, false, R"(\bde winnaars? (?:worden|wordt) (?:willekeurig )?(?:getrokken|geloot|gekozen) uit (?:alle )?(?:deelnemers|inzendingen)\b|^deelname (?:is )?(?:alleen )?(?:mogelijk |open )?voor personen (?:vanaf|van) 18)"},
  {C::imprint, L::pt, false, R"(\bos vencedores (?:serão|são) sorteados entre (?:todos )?os participantes\b|^podem participar (?:pessoas )?maiores de (?:idade|18))"},
  // A contest's entry line (to try one's luck, answer before a date) and
  // its rules link standing at a line's end ("Enter · Competition rules").
  {C::imprint, L::en, false, R"(^(?:for|to be in with) a chance to win,? (?:just )?(?:answer|reply|tell us|enter)\b|\bwinners? will be (?:drawn|picked) (?:at random )?(?:on|the (?:next|following) day)\b|(?:^|[·|] ?)(?:competition|contest|prize draw|giveaway) (?:rules|terms(?: and conditions)?)\W*$)"},
  {C::imprint, L::de, false, R"(^um (?:an der verlosung|am gewinnspiel) teilzunehmen,? (?:beantworte|beantworten sie|schreib|schreiben sie)\b|\bdie gewinner(?:innen)? werden am (?:folgenden|nächsten) tag (?:ausgelost|gezogen)\b|(?:^|[·|] ?)teilnahmebedingungen(?: des gewinnspiels)?\W*$)"},
  {C::imprint, L::fr, false, R"(^pour tenter (?:votre|ta) chance,? (?:répondez|réponds|envoyez|envoie)\b|\bles gagnants seront tirés au sort (?:le lendemain|le \d+)\b|(?:^|[·|] ?)règlement (?:complet )?du (?:jeu|concours)\W*$)"},
  {C::imprint, L::es, false, R"(^para (?:participar en el sorteo|probar suerte|entrar en el sorteo),? (?:responde|contesta|responda|conteste|envía)\b|\blos ganadores se (?:sortearán|conocerán) (?:al día siguiente|el \d+)\b|(?:^|[·|] ?)bases (?:legales )?del (?:sorteo|concurso)\W*$)"},
  {C::imprint, L::it, false, R"(^per (?:tentare la fortuna|partecipare all'estrazione|partecipare al concorso),? (?:rispondi|rispondete|invia)\b|\bi vincitori saranno estratti (?:il giorno dopo|il \d+)\b|(?:^|[·|] ?)regolamento (?:completo )?del concorso\W*$)"},
  {C::imprint, L::nl, false, R"(^om kans te maken,? (?:beantwoord|beantwoordt u|stuur|mail)\b|\bde winnaars worden (?:de volgende dag|op \d+ [\pL]+) (?:getrokken|geloot|bekendgemaakt)\b|(?:^|[·|] ?)(?:actievoorwaarden|wedstrijdvoorwaarden|wedstrijdreglement)\W*$)"},
  {C::imprint, L::pt, false, R"(^para (?:concorrer|participar do sorteio|tentar a sorte),? (?:responda|envie|responde)\b|\bos vencedores serão sorteados (?:no dia seguinte|em \d+|no dia \d+)\b|(?:^|[·|] ?)regulamento (?:completo )?(?:do sorteio|da promoção|do concurso)\W*$)"},
  // A deals or review blog's editorial note: the opinions are the author's
  // alone, not reviewed or endorsed by the banks, airlines or brands named.
  {C::imprint, L::en, false, R"(\bopinions expressed (?:here|in this (?:post|email|newsletter|article)) are (?:the author's|those of the author) alone\b|\bhave not been reviewed, approved or otherwise endorsed by\b)"},
  {C::imprint, L::de, false, R"(\b(?:die )?(?:hier )?geäußerten meinungen sind (?:allein |ausschließlich )?(?:die|jene) de[rs] (?:autors|autorin|verfasser\pL*)\b)"},
  {C::imprint, L::fr, false, R"(\bles opinions exprimées (?:ici |dans cet(?:te)? (?:article|e-mail|lettre) )?(?:n'engagent que (?:leur auteur|l'auteur)|sont celles de (?:l'auteur|leur auteur))\b)"},
  {C::imprint, L::es, false, R"(\blas opiniones (?:aquí )?expresadas (?:aquí )?son (?:exclusivamente )?(?:las )?del autor\b|\bson responsabilidad exclusiva (?:del autor|de su autor)\b)"},
  {C::imprint, L::it, false, R"(\ble opinioni (?:qui )?espresse (?:qui )?sono (?:esclusivamente )?(?:quelle )?dell'autore\b)"},
  {C::imprint, L::nl, false, R"(\bde (?:hier )?geuite meningen zijn (?:uitsluitend )?die van de (?:auteur|schrijver)\b)"},
  {C::imprint, L::pt, false, R"(\bas opiniões (?:aqui )?expressas (?:aqui )?são (?:exclusivamente )?(?:as )?do autor\b|\bsão da (?:inteira |exclusiva )?responsabilidade do autor\b)"},
  // A shopper survey's own lines: how long it takes, that the answers stay
  // anonymous, the ask to hear how satisfied the reader was, and the
  // heading asking how the visit or the order went.
  {C::feedback, L::en, false, R"(\bthe survey (?:takes|will take|only takes) (?:about |around |less than |just |only )?(?:\d+|two|three|four|five|ten|a few) minutes\b|\byour (?:answers|responses) (?:are|will be|remain|will remain) (?:completely |fully )?(?:anonymous|evaluated anonymously|treated anonymously)|\bwe(?:'d| would) (?:like|love) to (?:know|hear) how (?:satisfied|happy) you were\b|^how was your (?:shopping trip|visit|stay|order|purchase|delivery)\b[^.!?]{0,40}\?|^your (?:opinion|feedback|thoughts) on your (?:recent )?(?:shopping trip|purchase|visit|order|stay)\b)"},
  {C::feedback, L::de, false, R"(\bdie umfrage dauert (?:nur |etwa |ca\. |rund |weniger als |höchstens )?(?:\d+|zwei|drei|vier|fünf|zehn|wenige) minuten|\b(?:ihre|deine) antworten (?:werden|bleiben) (?:selbstverständlich )?anonym|\bwir (?:möchten|würden) (?:gerne |gern )?wissen,? wie zufrieden (?:sie|du) (?:waren|warst)\b|^wie war (?:ihr|dein) (?:einkauf|besuch|aufenthalt|bestellerlebnis)\b[^.!?]{0,40}\?|^(?:ihre|deine) meinung zu (?:ihrem|deinem|ihrer|deiner) (?:einkauf|besuch|aufenthalt|bestellung)\b)"},
  {C::feedback, L::fr, false, R"(\b(?:le questionnaire|l'enquête) (?:ne )?(?:prend|dure) (?:que |environ |moins de |seulement )?\d+ minutes|\b(?:vos|tes) réponses (?:sont|restent|resteront|seront) (?:entièrement |totalement )?anonymes|^comment s'est passé(?:e)? (?:votre|ta) (?:visite|commande|livraison|séjour|expérience)\b[^.!?]{0,40}\?|^(?:votre|ton) avis sur (?:votre|ta|ton) (?:visite|commande|achat|séjour)\b)"},
  {C::feedback, L::es, false, R"(\bla encuesta (?:dura|te llevará|le llevará|solo lleva|lleva) (?:unos |menos de |solo |apenas )?\d+ minutos|\b(?:tus|sus) respuestas (?:son|serán) (?:totalmente )?anónimas|^¿?qué tal (?:fue |ha sido )?(?:tu|su) (?:compra|visita|pedido|estancia)\b[^.!?]{0,40}\?|^(?:tu|su) opinión sobre (?:tu|su) (?:compra|visita|pedido|estancia)\b)"},
  {C::feedback, L::it, false, R"(\bil questionario (?:dura|richiede) (?:circa |solo |meno di |appena )?\d+ minuti|\ble (?:tue|sue) risposte (?:sono|saranno|resteranno|rimarranno) (?:del tutto )?anonime|^com'è andat[oa] (?:la tua|la sua|il tuo|il suo) (?:spesa|visita|ordine|soggiorno)\b[^.!?]{0,40}\?|^la (?:tua|sua) opinione su(?:l|lla) (?:tuo |suo |tua |sua )?(?:spesa|visita|ordine|acquisto|soggiorno)\b)"},
  {C::feedback, L::nl, false, R"(\bde (?:enquête|vragenlijst) duurt (?:ongeveer |maar |slechts |minder dan )?\d+ minuten|\b(?:je|jouw|uw) antwoorden (?:zijn|blijven|worden) (?:volledig )?anoniem|^hoe was (?:je|jouw|uw) (?:bezoek|bestelling|aankoop|verblijf)\b[^.!?]{0,40}\?|^(?:je|jouw|uw) mening over (?:je|jouw|uw) (?:aankoop|bezoek|bestelling|verblijf)\b)"},
  {C::feedback, L::pt, false, R"(\bo (?:inquérito|questionário) (?:demora|leva|dura) (?:cerca de |apenas |menos de )?\d+ minutos|\bas (?:suas|tuas) respostas (?:são|serão) (?:totalmente )?anónimas|^como (?:correu|foi) a (?:sua|tua) (?:compra|visita|encomenda|estadia)\b[^.!?]{0,40}\?|^a (?:sua|tua) opinião sobre a (?:sua|tua) (?:compra|visita|encomenda|estadia)\b)"},
  // A shop's points card: points for every amount spent, points with every
  // purchase, and the "no card yet?" line under it.
  {C::house_ad, L::en, false, R"(\b(?:earn|get|collect) (?:one|1|\d+) (?:bonus )?points? (?:for|per) (?:every )?(?:£|\$|€) ?\d+ (?:you )?spen[dt]|\bcollect [\pL-]*points with every (?:purchase|shop)\b|^(?:don't|do not) have (?:a|an|our) [\pL -]{0,20}(?:loyalty|rewards?|points|club) card(?: yet)?\?)"},
  {C::house_ad, L::de, false, R"(\bpro (?:\d+|jeden?) ?(?:€|euro) (?:einkaufswert |umsatz )?(?:gibt es|erhalten sie|erhältst du|bekommen sie|bekommst du) (?:einen|1|\d+) [\pL-]*punkt|\b(?:mit|bei) jedem einkauf (?:sammeln sie|sammelst du) [\pL-]*punkte|^noch keine [\pL-]*(?:punkte|kunden|bonus|treue|vorteils|plus)[\pL-]*karte\?)"},
  {C::house_ad, L::fr, false, R"(\b(?:cumulez|gagnez|recevez|cumule|gagne) (?:un|1|\d+) points? (?:par tranche de|pour chaque) \d+ ?(?:€|euros?)|^pas encore (?:de|la) carte (?:de )?fidélité ?\?)"},
  {C::house_ad, L::es, false, R"(\b(?:un|1|\d+) puntos? por cada \d+ ?(?:€|euros?) (?:de compra|gastados?)|^¿?(?:aún|todavía) no tienes (?:la |tu )?tarjeta (?:de )?(?:cliente|fidelidad|socio|puntos)\?)"},
  {C::house_ad, L::it, false, R"(\b(?:un|1|\d+) punt[oi] ogni \d+ ?(?:€|euro) (?:di spesa|spesi)|^non hai ancora la (?:carta|tessera) (?:fedeltà|punti)\?)"},
  {C::house_ad, L::nl, false, R"((?:één|1|\d+) punt(?:en)? (?:per|voor elke) (?:€ ?)?\d+(?: euro)? (?:aan boodschappen|besteed|uitgegeven|aankoopbedrag)|^nog geen (?:klanten|spaar|bonus|voordeel|punten)kaart\?)"},
  {C::house_ad, L::pt, false, R"(\b(?:um|1|\d+) pontos? por cada \d+ ?(?:€|euros?) (?:gastos?|em compras)|^ainda não tem (?:o |a )?cartão (?:de )?(?:cliente|fidelização|pontos)\?)"},
  // A shop's welcome gift: a share off the first order given for signing
  // up (a welcome or thank-you word before it: a shop's own coupon in its
  // offers is its news), and the code as a label ("Your code: ...").
  {C::upsell, L::en, false, R"(\b(?:welcome|sign(?:ing)? up|thank you|thanks)\b[^.!?]{0,50}\b\d+ ?(?:%|percent|per cent) off your (?:very )?first (?:order|purchase|box)|^your (?:personal |welcome |exclusive )?(?:discount |promo |voucher |coupon )?code ?:)"},
  {C::upsell, L::de, false, R"((?:willkommen|anmeldung|dankeschön|schenken wir|geschenk)[^.!?]{0,50}\b\d+ ?(?:%|prozent|euro|€) (?:rabatt )?auf (?:deine|ihre) erste bestellung|^(?:dein|ihr) (?:persönlicher )?(?:rabatt|gutschein|willkommens)?-?code ?:)"},
  {C::upsell, L::fr, false, R"((?:bienvenue|inscription|merci)[^.!?]{0,50}\b\d+ ?% (?:de réduction |de remise )?sur (?:votre|ta) première commande|^(?:votre|ton) code(?: promo| de réduction| de bienvenue)? ?:)"},
  {C::upsell, L::es, false, R"((?:bienvenida|suscripción|registro|gracias)[^.!?]{0,50}\b\d+ ?% (?:de descuento )?en (?:tu|su) primer (?:pedido|compra)|^(?:tu|su) código(?: de descuento| promocional| de bienvenida)? ?:)"},
  {C::upsell, L::it, false, R"((?:benvenut|iscrizione|grazie)[^.!?]{0,50}\b\d+ ?% (?:di sconto )?sul (?:tuo |suo )?primo ordine|^(?:il tuo|il suo) codice(?: sconto| di benvenuto)? ?:)"},
  {C::upsell, L::nl, false, R"((?:welkom|aanmelding|inschrijving|bedankt)[^.!?]{0,50}\b\d+ ?% (?:korting )?op (?:je|jouw|uw) eerste bestelling|^(?:je|jouw|uw) (?:kortings|welkoms)?code ?:)"},
  {C::upsell, L::pt, false, R"((?:boas-vindas|inscrição|registo|obrigad)[^.!?]{0,50}\b\d+ ?% (?:de desconto )?na (?:sua|tua) primeira (?:compra|encomenda)|^(?:o seu|o teu) código(?: de desconto| promocional)? ?:)"},
  // A shop's rating widget: the shop's own average in stars, and the count
  // of checked reviews under it.
  {C::house_ad, L::en, false, R"(\b(?:customers|shoppers|you) rate us \d(?:\.\d)? (?:out of|/) ?5\b|^(?:over|more than) [\d,]+ (?:verified|genuine|checked) (?:customer )?reviews\b)"},
  {C::house_ad, L::de, false, R"(\b(?:kunden|kundinnen und kunden|sie) bewerten uns mit \d(?:,\d)? von 5\b|^(?:über|mehr als) [\d.]+ (?:geprüfte|verifizierte|echte) (?:kunden)?bewertungen\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:nos clients|vous) nous (?:notez|notent|attribuent|donnez|donnent) \d(?:,\d)? ?(?:/|sur) ?5\b|^plus de [\d  .]+ avis (?:clients )?vérifiés)"},
  {C::house_ad, L::es, false, R"(\b(?:nuestros clientes|los clientes) nos (?:valoran|puntúan) con (?:un )?\d(?:,\d)? (?:de|sobre) 5\b|^más de [\d.]+ (?:opiniones|valoraciones|reseñas) verificadas)"},
  {C::house_ad, L::it, false, R"(\bi (?:nostri )?clienti ci (?:valutano|danno|premiano con) \d(?:,\d)? (?:su|/) ?5\b|^oltre [\d.]+ recensioni verificate)"},
  {C::house_ad, L::nl, false, R"(\bklanten (?:beoordelen|waarderen) ons met (?:een )?\d(?:,\d)? (?:van|uit|op) 5\b|^meer dan [\d.]+ (?:geverifieerde|echte) (?:klant)?beoordelingen)"},
  {C::house_ad, L::pt, false, R"(\bos (?:nossos )?clientes (?:avaliam-nos|dão-nos) (?:com )?\d(?:,\d)? (?:de|em) 5\b|^mais de [\d.]+ avaliações verificadas)"},
  // A shop's delivery promise as a line of its own, and the service line
  // opening with a question about the reader's order.
  {C::footer, L::en, false, R"(^(?:delivery|shipping|dispatch(?:ed)?) (?:in|within) \d+ ?(?:to|-|–) ?\d+ (?:working|business) days\b|^questions about your order\?)"},
  {C::footer, L::de, false, R"(^(?:lieferung|versand|zustellung) (?:in|innerhalb von?) \d+ ?(?:bis|-|–) ?\d+ werktage|^fragen zu (?:deiner|ihrer) bestellung\?)"},
  {C::footer, L::fr, false, R"(^(?:livraison|expédition) (?:en|sous) \d+ ?(?:à|-|–) ?\d+ jours ouvr|^des questions sur (?:votre|ta) commande ?\?)"},
  {C::footer, L::es, false, R"(^(?:entrega|envío) en \d+ ?(?:a|-|–) ?\d+ días (?:laborables|hábiles)|^¿?(?:tienes|tiene) (?:alguna )?(?:duda|pregunta)s? sobre (?:tu|su) pedido\?)"},
  {C::footer, L::it, false, R"(^(?:consegna|spedizione) in \d+ ?(?:-|–) ?\d+ giorni lavorativi|^domande sul (?:tuo|suo) ordine\?)"},
  {C::footer, L::nl, false, R"(^(?:levering|bezorging|verzending) (?:in|binnen) \d+ ?(?:tot|-|–) ?\d+ werkdagen|^vragen over (?:je|jouw|uw) bestelling\?)"},
  {C::footer, L::pt, false, R"(^(?:entrega|envio) em \d+ ?(?:a|-|–) ?\d+ dias úteis|^dúvidas sobre a (?:sua|tua) encomenda\?)"},
  // A writer's own launch and lead magnet: where the details and the sign-up
  // are ("... and the sign-up: link"), and "sign up and I'll send you".
  {C::house_ad, L::en, false, R"(^(?:here(?:'s| is| are) )?(?:all )?(?:the )?(?:details|info) and (?:the )?(?:sign-?up|registration|enrol?ment)\b[^.!?]{0,30}:|^sign up (?:here|below),? and (?:i|we)(?:'ll| will) send you\b)"},
  {C::house_ad, L::de, false, R"(^hier (?:findest du|finden sie|gibt es) (?:alle )?(?:einzelheiten|infos|informationen|details) und (?:die )?(?:anmeldung|buchung)\b[^.!?]{0,30}:|^(?:trag dich|tragen sie sich) (?:hier|jetzt|unten) ein,? (?:und|dann) (?:(?:ich|wir) (?:schicke|schicken|sende|senden)|(?:schicke|schicken|sende|senden) (?:ich|wir)) (?:dir|ihnen)\b)"},
  {C::house_ad, L::fr, false, R"(^(?:tous )?les détails et (?:l'inscription|les inscriptions)\b[^.!?]{0,30}:|^inscris-toi (?:ici|ci-dessous),? et je t'envoie\b|^inscrivez-vous (?:ici|ci-dessous),? et (?:je|nous) vous (?:envoie|envoyons)\b)"},
  {C::house_ad, L::es, false, R"(^(?:aquí tienes|aquí encontrarás) (?:todos )?los detalles y la inscripción\b[^.!?]{0,30}:|^apúntate (?:aquí|abajo),? y te (?:envío|enviaré|mando)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::it, false, R"(^(?:qui trovi|trovi qui) (?:tutti )?i dettagli e (?:l'iscrizione|le iscrizioni)\b[^.!?]{0,30}:|^iscriviti (?:qui|qui sotto),? e ti (?:invio|mando|invierò)(?:[^\pL\pN]|$))"},
  {C::house_ad, L::nl, false, R"(^(?:hier vind je|hier vindt u) (?:alle )?(?:details|informatie) en (?:de )?(?:aanmelding|inschrijving)\b[^.!?]{0,30}:|^(?:schrijf je|meld je) (?:hier|hieronder) aan,? (?:en|dan) stuur ik je\b)"},
  {C::house_ad, L::pt, false, R"(^(?:aqui tens|aqui encontras|aqui encontra) (?:todos )?os detalhes e a inscrição\b[^.!?]{0,30}:|^inscreve-te (?:aqui|abaixo),? e eu envio-te\b)"},
  // The link to a recipe's full text as a line of its own ("Get the full
  // recipe"): a verb or a preposition, never the bare words of a heading.
  {C::house_ad, L::en, false, R"(^(?:get|see|view|read) the (?:full|whole|complete) recipe\W*$)"},
  {C::house_ad, L::de, false, R"(^zum (?:ganzen|vollständigen|kompletten) rezept\W*$|^(?:ganzes|vollständiges) rezept (?:ansehen|lesen)\W*$)"},
  {C::house_ad, L::fr, false, R"(^(?:voir|lire|découvrir) la recette (?:complète|en entier)\W*$)"},
  {C::house_ad, L::es, false, R"(^(?:ver|lee|leer|descubre) la receta completa\W*$)"},
  {C::house_ad, L::it, false, R"(^(?:vai alla|leggi la|scopri la) ricetta completa\W*$)"},
  {C::house_ad, L::nl, false, R"(^(?:naar het|bekijk het|lees het) (?:volledige|hele) recept\W*$)"},
  {C::house_ad, L::pt, false, R"(^(?:ver|lê|leia|descobre) a receita completa\W*$)"},
  // The label a newspaper prints over an advertiser's paid feature set like
  // its own pages ("Sonderveröffentlichung", "Advertorial", "Publireportage"),
  // or over a partner's box in a news letter ("Partnerbericht", "Entgeltliche
  // Einschaltung" as Austrian media law has it), the block being only the label.
  {C::sponsor, L::en, true, R"(advertorial|advertising feature|special advertising (?:section|feature)|paid content|sponsored content|promotional feature|partner message|message from (?:our|a) partner|sponsored post|paid promotion)"},
  {C::sponsor, L::de, true, R"(sonderveröffentlichung|verlagssonderveröffentlichung|advertorial|paid content|bezahlter inhalt|gesponserter inhalt|werbliche[rs]? (?:inhalt|beitrag)|publireportage|paid post|(?:entgeltliche|bezahlte|werbliche) einschaltung|partnerbeitrag|partnerinhalt|bezahlter beitrag)"},
  {C::sponsor, L::fr, true, R"(publireportage|publi-?rédactionnel|publi-?information|contenu (?:de marque|partenaire|sponsorisé)|communiqué publicitaire|message (?:de notre |d'un |du )?partenaire|article sponsorisé|publication sponsorisée)"},
  {C::sponsor, L::es, true, R"(publirreportaje|especial publicitario|contenido (?:patrocinado|de marca|pagado)|información publicitaria|mensaje (?:de (?:un|nuestro) )?(?:patrocinador|colaborador)|artículo patrocinado|publicación patrocinada)"},
  {C::sponsor, L::it, true, R"(publiredazionale|redazionale (?:a pagamento|sponsorizzato)|informazione pubblicitaria|contenuto (?:sponsorizzato|a pagamento|di marca|del partner)|messaggio (?:promozionale|(?:del|di un) partner)|articolo sponsorizzato|informazione commerciale)"},
  {C::sponsor, L::nl, true, R"(advertorial|betaalde (?:inhoud|content|bijdrage|samenwerking)|gesponsorde (?:inhoud|content|bijdrage)|commerciële bijlage|partnerbericht|partnerbijdrage|partnercontent|bericht van (?:onze|een) partner|gesponsord bericht)"},
  {C::sponsor, L::pt, true, R"(publieditorial|publirreportagem|informe publicitário|conteúdo (?:patrocinado|de marca|pago|de parceiro)|mensagem (?:do|de um) (?:parceiro|patrocinador)|artigo patrocinado|publicação patrocinada)"},
  // The line under a partner's box that hands the partner responsibility
  // for its content ("für den Inhalt ist der Partner verantwortlich"),
  // alone or after the sentence that names who paid for the box.
  {C::sponsor, L::en, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:(?:the |our |this )?(?:partner|sponsor|advertiser)s? (?:is|are) (?:solely )?responsible for (?:the|its|their|this) content\b|(?:the |this |its )?content (?:is|was) (?:provided|supplied|produced) by (?:the|our) (?:partner|sponsor|advertiser)\b))"},
  {C::sponsor, L::de, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:für (?:den|die) inhalte? (?:ist|sind) (?:allein |ausschließlich )?(?:der|die|das) (?:partner|werbepartner|werbetreibende|anzeigenkunde|sponsor|inserent)\pL* (?:allein |selbst )?verantwortlich\b|(?:der|die) (?:partner|werbetreibende|sponsor|inserent)\pL* (?:ist|sind) (?:allein |ausschließlich )?für (?:den|die) inhalte? verantwortlich\b))"},
  {C::sponsor, L::fr, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:(?:le |ce |son )?contenu (?:relève|est) (?:de la )?(?:seule |l'entière )?responsabilité (?:du|de l') ?(?:partenaire|annonceur|sponsor)\b|l'(?:annonceur|partenaire) est (?:seul )?responsable (?:du|de son) contenu\b))"},
  {C::sponsor, L::es, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:(?:el |este |su )?contenido es (?:responsabilidad )?(?:exclusiva )?(?:responsabilidad )?del (?:anunciante|patrocinador|socio|colaborador)\b|el (?:anunciante|patrocinador) es (?:el )?(?:único )?responsable (?:del|de su) contenido\b))"},
  {C::sponsor, L::it, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:(?:il |questo |il suo )?contenuto è (?:a cura|di (?:esclusiva )?responsabilità) (?:dell'|del |dello )(?:inserzionista|partner|sponsor)\b|(?:l'inserzionista|il partner|lo sponsor) è (?:l'unico )?responsabile (?:del|dei) contenut))"},
  {C::sponsor, L::nl, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:de (?:adverteerder|partner|sponsor) is (?:zelf |als enige )?verantwoordelijk voor de inhoud\b|voor de inhoud is (?:de|uitsluitend de) (?:adverteerder|partner|sponsor) verantwoordelijk\b))"},
  {C::sponsor, L::pt, false, R"(^(?:[^.!?;:]{0,120}[.;:] )?(?:(?:o |este |o seu )?conteúdo é de (?:inteira |exclusiva )?responsabilidade do (?:anunciante|parceiro|patrocinador)\b|o (?:anunciante|parceiro|patrocinador) é (?:o )?(?:único )?responsável pelo (?:seu )?conteúdo\b))"},
  // A trial subscription by what a token price buys: weeks, months or issues
  // for a euro or a price with cents, the first month's price after the
  // words, the issues to try counted ("drei Hefte für nur 9,90 Euro",
  // "vier Wochen für 1 Euro", "3 x testen").
  {C::upsell, L::en, false, R"(\b(?:\d+|two|three|four|six|eight|twelve) (?:[\pL-]+ )?(?:weeks|months|issues) (?:for|at) (?:just |only )?(?:[$£€] ?(?:1|\d+\.\d\d)\b|(?:1|\d+\.\d\d) ?[$£€])|\b(?:the |your )?first month (?:for|at) (?:just |only )?[$£€] ?\d|^try (?:\d+|two|three|six) (?:[\pL-]+ )?(?:issues|editions)\b)"},
  {C::upsell, L::de, false, R"(\b(?:\d+|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf) (?:[\pL-]+ )?(?:wochen|monate|ausgaben|hefte)(?: lang)? (?:für|zum preis von) (?:nur |je )?(?:1|\d+,\d\d) ?(?:€|euro)|\bim ersten monat (?:für |nur )(?:nur )?\d+(?:,\d\d)? ?(?:€|euro)|\b(?:\d+|zwei|drei|vier|fünf|sechs) ?(?:x|mal|ausgaben|hefte) (?:gratis |kostenlos |günstig )?testen\W*$)"},
  {C::upsell, L::fr, false, R"(\b(?:\d+|deux|trois|quatre|six|huit|douze) (?:[\pL-]+ )?(?:semaines|mois|numéros) (?:pour|à) (?:seulement |juste )?(?:1|\d+,\d\d) ?(?:€|euros?)|\ble premier mois (?:pour|à) (?:seulement )?\d|^(?:essayez|testez|découvrez) (?:\d+|deux|trois|six) numéros\b)"},
  {C::upsell, L::es, false, R"(\b(?:\d+|dos|tres|cuatro|seis|ocho|doce) (?:[\pL-]+ )?(?:semanas|meses|números|ejemplares) (?:por|a) (?:solo |sólo )?(?:1|\d+,\d\d) ?(?:€|euros?)|\bel primer mes (?:por|a) (?:solo |sólo )?\d|^(?:prueba|pruebe) (?:\d+|dos|tres|seis) (?:números|ejemplares)\b)"},
  {C::upsell, L::it, false, R"(\b(?:\d+|due|tre|quattro|sei|otto|dodici) (?:[\pL-]+ )?(?:settimane|mesi|numeri|copie) (?:a|per) (?:solo |soli )?(?:1|\d+,\d\d) ?(?:€|euro)|\bil primo mese (?:a|per) (?:solo |soli )?\d|^(?:prova|provate) (?:\d+|due|tre|sei) numeri\b)"},
  {C::upsell, L::nl, false, R"(\b(?:\d+|twee|drie|vier|zes|acht|twaalf) (?:[\pL-]+ )?(?:weken|maanden|nummers|edities) (?:voor|à) (?:maar |slechts )?(?:€ ?(?:1|\d+,\d\d)|(?:1|\d+,\d\d) ?(?:€|euro))|\bde eerste maand (?:voor|à) (?:maar |slechts )?(?:€ ?)?\d|^(?:probeer|lees) (?:\d+|twee|drie|zes) (?:nummers|edities)\b)"},
  {C::upsell, L::pt, false, R"(\b(?:\d+|duas|dois|três|quatro|seis|oito|doze) (?:[\pL-]+ )?(?:semanas|meses|edições|números) (?:por|a) (?:apenas |só )?(?:(?:€|r\$) ?(?:1|\d+,\d\d)|(?:1|\d+,\d\d) ?(?:€|euros?))|\bo primeiro mês (?:por|a) (?:apenas |só )?(?:€|r\$)? ?\d|^(?:experimente|assine) (?:\d+|duas|três|seis) edições\b)"},
  // The question whether the reader liked the letter, answered in the same
  // line by a request to pass it on ("Dir hat der Text gefallen? Dann leite
  // ihn weiter", "Enjoyed this issue? Share it").
  {C::forwarded, L::en, false, R"(^(?:liked|enjoyed|did you (?:like|enjoy)) (?:this|the|today's|our) (?:[\pL-]+ )?[\pL-]+\? (?:then |if so,? )?(?:please )?(?:forward|share|recommend|pass)\b)"},
  {C::forwarded, L::de, false, R"(^(?:ihnen|dir|euch) hat (?:der|die|das|dieser|diese|dieses|unser|unsere|mein|meine) (?:heutige[rsn]? )?[\pL+-]+ gefallen\? (?:dann )?(?:leite|leiten sie|leitet|empfiehl|empfehlen sie|empfehlt|teile|teilen sie|teilt)\b)"},
  {C::forwarded, L::fr, false, R"(^(?:cette|ce|notre) [\pL-]+ (?:vous a|t'a) plu ?\? (?:alors )?(?:transférez|transfère|partagez|partage|recommandez|recommande|faites-la|faites-le)\b)"},
  {C::forwarded, L::es, false, R"(^¿?(?:te|le|os) ha gustado (?:este|esta|el|la|nuestro|nuestra) [\pL-]+\? (?:entonces |pues )?(?:reenvía|reenvíe|comparte|comparta|recomienda|recomiende))"},
  {C::forwarded, L::it, false, R"(^(?:ti|vi) è piaciut[ao] (?:questa|questo|la|il|la nostra|il nostro) [\pL-]+\? (?:allora )?(?:inoltra|inoltrate|condividi|condividete|consiglia|consigliate))"},
  {C::forwarded, L::nl, false, R"(^(?:vond je|vond u|vonden jullie) (?:deze|dit|de|het|onze) [\pL-]+ (?:leuk|goed|interessant|nuttig)\? (?:stuur|deel|beveel|tip)\b)"},
  {C::forwarded, L::pt, false, R"(^gost(?:ou|aste|aram) (?:desta|deste|da|do|da nossa|do nosso) [\pL-]+\? (?:então )?(?:encaminhe|reencaminha|partilhe|partilha|compartilhe|recomende|recomenda)\b)"},
  // An invitation to visit the sender on a social network, named.
  {C::social, L::en, false, R"(\bvisit us (?:also |too )?on (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky|threads))"},
  {C::social, L::de, false, R"(\bbesuche(?:n sie|t)? uns (?:auch |gern |gerne )?(?:auf|bei) (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky|threads))"},
  {C::social, L::fr, false, R"(\brendez-nous visite sur (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky))"},
  {C::social, L::es, false, R"(\bvisíta(?:nos|nos también) en (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky))"},
  {C::social, L::it, false, R"(\bvienici a trovare (?:anche )?su (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky))"},
  {C::social, L::nl, false, R"(\bbezoek ons (?:ook )?op (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky))"},
  {C::social, L::pt, false, R"(\bvisite-nos (?:também )?(?:no|nas?) (?:facebook|instagram|linkedin|youtube|tiktok|x\b|mastodon|bluesky|redes sociais))"},
  // A cooking or craft letter's ask to show it what the reader made, by
  // tagging its account ("tag us @handle so we can see what you baked").
  {C::social, L::en, false, R"(\btag us @[\pL\pN_.]+|\b(?:so (?:we|i) can see|show us) what you (?:made|cooked|baked)\b)"},
  {C::social, L::de, false, R"(\bmarkier(?:e|t|en sie) uns mit @|\bzeig(?:t|en sie)? uns,? was (?:du|ihr|sie) (?:gekocht|gebacken|gemacht) (?:hast|habt|haben)\b)"},
  {C::social, L::fr, false, R"(\bmontre[zs]?-(?:nous|moi) (?:vos|tes) réalisations\b|\bmontre[zs]?-nous ce que (?:vous avez|tu as) (?:cuisiné|préparé|réalisé)(?:[^\pL\pN]|$))"},
  {C::social, L::es, false, R"(\b(?:enséñanos|muéstranos|enséñenos|muéstrenos) (?:lo que (?:has|han) (?:cocinado|preparado|horneado)|tus creaciones)\b)"},
  {C::social, L::it, false, R"(\bmostra(?:teci|ci) (?:cosa (?:hai|avete) (?:cucinato|preparato|sfornato)|le tue creazioni)\b)"},
  {C::social, L::nl, false, R"(\blaat ons zien wat (?:je|jij|u|jullie) (?:hebt |heeft |hebben )?(?:gemaakt|gekookt|gebakken)\b)"},
  {C::social, L::pt, false, R"(\bmostr(?:a|e)-nos o que (?:fizeste|cozinhaste|fez|cozinhou|preparou)\b)"},
  // A member drive that asks whether the reader has joined yet and answers
  // with the call to join ("Noch nicht in der Gewerkschaft? Jetzt Mitglied
  // werden").
  {C::upsell, L::en, false, R"(^not (?:a (?:[\pL-]+ )?member|in the [\pL-]+|with us) yet\? (?:then )?(?:join|become a member|sign up)\b)"},
  {C::upsell, L::de, false, R"(^noch (?:nicht|kein)\b[^.!?]{0,40}\? (?:jetzt |dann )?(?:[\pL-]+ )?mitglied werden\b)"},
  {C::upsell, L::fr, false, R"(^(?:pas encore|vous n'êtes pas encore|tu n'es pas encore) (?:membre|adhérent|syndiqué)[^.!?]{0,30} ?\? (?:alors )?(?:adhérez|rejoignez|devenez|adhère|rejoins|deviens)\b)"},
  {C::upsell, L::es, false, R"(^¿?(?:todavía|aún) no (?:eres|es) (?:socio|socia|miembro|afiliad[oa])[^.!?]{0,30}\? (?:hazte|únete|afíliate|hágase|únase|afíliese)\b)"},
  {C::upsell, L::it, false, R"(^non (?:sei|è) ancora (?:socio|socia|iscritt[oa]|associat[oa])[^.!?]{0,30}\? (?:iscriviti|associati|diventa|si iscriva)\b)"},
  {C::upsell, L::nl, false, R"(^(?:nog )?geen lid[^.!?]{0,30}\? (?:word|meld je aan|sluit je aan)\b)"},
  {C::upsell, L::pt, false, R"(^ainda não (?:é|és) (?:sócio|sócia|membro|associad[oa]|filiad[oa])[^.!?]{0,30}\? (?:associe-se|torne-se|filie-se|junte-se|inscreve-te)\b)"},
  // The heading alone over the publisher's own shop box ("Aus dem
  // Magazin-Shop", "From our shop", "Dans notre boutique").
  {C::house_ad, L::en, true, R"(from (?:our|the) (?:[\pL-]+ )?(?:shop|store|bookshop)|new in (?:the|our) (?:[\pL-]+ )?(?:shop|store))"},
  {C::house_ad, L::de, true, R"(aus (?:dem|unserem) (?:[\pL-]+-)?(?:shop|onlineshop|online-shop|webshop|buchshop)|neu im (?:[\pL-]+-)?(?:shop|onlineshop|webshop))"},
  {C::house_ad, L::fr, true, R"((?:de|dans) (?:notre|la) boutique(?: en ligne)?|nouveautés? (?:dans|de) (?:notre|la) boutique)"},
  {C::house_ad, L::es, true, R"((?:de|en) (?:nuestra|la) tienda(?: online| en línea)?|novedades? (?:de|en) (?:nuestra|la) tienda)"},
  {C::house_ad, L::it, true, R"(dal (?:nostro )?(?:shop|negozio)(?: online)?|novità (?:dal|nel) (?:nostro )?(?:shop|negozio))"},
  {C::house_ad, L::nl, true, R"(uit (?:onze|de) (?:web)?(?:winkel|shop)|nieuw in (?:onze|de) (?:web)?(?:winkel|shop))"},
  {C::house_ad, L::pt, true, R"((?:da|na) (?:nossa )?loja(?: online)?|novidades? (?:da|na) (?:nossa )?loja)"},
  // A newspaper's invitation to its own readers' evening or a look behind
  // the scenes of its newsroom ("laden wir zum Leserabend ein").
  {C::house_ad, L::en, false, R"(\b(?:join us|come) behind the scenes (?:of|at|in) (?:our|the) newsroom|\b(?:invite you to|join us at|join us for) (?:our|a|the) (?:[\pL-]+ )?readers'? (?:evening|event|night|forum)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:blicken sie|blickt|blick|schauen sie|schaut|schau) (?:mit uns )?hinter die kulissen (?:der|unserer) redaktion\b|\blad(?:en wir|t|e) (?:sie |euch |dich )?(?:herzlich )?(?:zum|zu unserem) (?:[\pL-]+-)?(?:leserabend|leserforum|lesertreffen|leserfest|redaktionsbesuch)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:découvrez|venez découvrir) les coulisses de (?:notre|la) rédaction\b|\b(?:vous invite|vous invitons) à (?:notre|la|une) (?:soirée|rencontre) (?:des |avec (?:nos|les) )?lecteurs\b)"},
  {C::house_ad, L::es, false, R"(\b(?:conozca|conoce|descubra|descubre) (?:por dentro|los entresijos de) (?:nuestra|la) redacción\b|\b(?:le|te|os) invitamos a (?:nuestro|nuestra|un|una) (?:encuentro|velada|jornada) (?:con|de) (?:nuestros |los )?lectores\b)"},
  {C::house_ad, L::it, false, R"(\b(?:scoprite|scopri|visitate|visita) (?:il dietro le quinte|le quinte) della (?:nostra )?redazione\b|\b(?:vi|ti) invitiamo (?:alla|a una|al|a un) (?:serata|incontro|festa) (?:con i|dei|con i nostri) lettori\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:kijk|neem een kijkje) (?:met ons )?achter de schermen van (?:onze|de) redactie\b|\b(?:nodigen|nodig) (?:we|wij|ik) (?:je|u|jullie) uit (?:voor|op) (?:onze|de|een) lezers(?:avond|bijeenkomst|dag)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:conheça|conhece|descubra) os bastidores da (?:nossa )?redação\b|\bconvidamo-(?:lo|la|te|vos) para (?:o|a|um|uma) (?:noite|encontro|serão) (?:dos|com os|com os nossos) leitores\b)"},
  // A writer's membership appeal: the line that points to the tiers ("Hier
  // geht's zu den Mitgliedschaften") and what members get on top ("Als
  // Mitglied bekommst du ... eine Extra-Ausgabe").
  {C::upsell, L::en, false, R"(^(?:here's where to|click here to|this way to) (?:become a (?:member|supporter|patron)|join)\b|^(?:see|view|choose) (?:the |all |our )?membership (?:tiers|options|plans)\b|^as a (?:member|supporter|patron),? you(?:'ll)? (?:get|receive)\b[^.!?]{0,60}\b(?:extra|bonus|exclusive)\b)"},
  {C::upsell, L::de, false, R"(^hier geht'?s zu(?:r| den| meinen| unseren) (?:[\pL-]+-)?mitgliedschaft(?:en)?\b|^als (?:mitglied|unterstützer\pL*|förderer|förderin) (?:bekommst du|erhältst du|bekommen sie|erhalten sie|bekommt ihr|erhaltet ihr)\b[^.!?]{0,60}\b(?:extra|bonus|exklusiv|zusätzlich)\pL*)"},
  {C::upsell, L::fr, false, R"(^c'est (?:par )?ici pour (?:devenir (?:membre|soutien)|adhérer|choisir (?:votre|ta) formule)\b|^(?:découvrez|voir|choisissez) les formules d'adhésion\b|^en tant que (?:membre|soutien|abonné\pL*),? (?:vous recevez|tu reçois)\b[^.!?]{0,60}\b(?:bonus|exclusi|supplémentaire))"},
  {C::upsell, L::es, false, R"(^(?:aquí|por aquí) (?:puedes |podéis )?(?:hacerte (?:socio|socia|miembro|mecenas)|ver las (?:membresías|modalidades))\b|^como (?:socio|socia|miembro|mecenas),? (?:recibes|recibirás|tienes)\b[^.!?]{0,60}\b(?:extra|exclusiv|adicional))"},
  {C::upsell, L::it, false, R"(^(?:ecco|qui) (?:come )?(?:diventare (?:socio|socia|membro|sostenitore|sostenitrice)|le (?:opzioni di )?membership)\b|^come (?:socio|socia|membro|sostenitore|sostenitrice),? (?:ricevi|riceverai|hai)\b[^.!?]{0,60}\b(?:extra|esclusiv|in più|aggiuntiv))"},
  {C::upsell, L::nl, false, R"(^hier (?:kun je|kunt u) (?:lid|vriend|steunlid) worden\b|^(?:bekijk|naar) de lidmaatschappen\b|^als (?:lid|steunlid|vriend),? (?:krijg je|ontvang je|krijgt u|ontvangt u)\b[^.!?]{0,60}\b(?:extra|exclusie|bonus))"},
  {C::upsell, L::pt, false, R"(^(?:aqui|por aqui) (?:para |podes |pode )?(?:se tornar|tornar-se|tornar-te|ser) (?:membro|apoiante|apoiador|assinante)\b|^como (?:membro|apoiante|apoiador),? (?:recebes|recebe|você recebe|tens|tem)\b[^.!?]{0,60}\b(?:extra|exclusiv|adiciona))"},
  // A charity's legacy box offers its guide to gifts in wills ("Request
  // our free guide to leaving a legacy"); a story on an estate names no
  // guide to one.
  {C::donation, L::en, false, R"(\b(?:guide|information pack|booklet|brochure) (?:to|on|about) (?:leaving a (?:legacy|gift)|gifts in wills|legacies|remembering [\pL ]{2,30} in your will)\b)"},
  {C::donation, L::de, false, R"(\b(?:ratgeber|broschüre|informationsmappe|leitfaden) (?:zum|zur|über das|über die|rund ums?) (?:testament|nachlass|vererben|testamentsspende|erbschaft)\b)"},
  {C::donation, L::fr, false, R"(\b(?:brochure|guide|livret) (?:gratuite? )?(?:sur les|des|consacrée? aux) (?:legs|libéralités|donations et legs)\b)"},
  {C::donation, L::es, false, R"(\b(?:guía|folleto) (?:gratuit[oa] )?(?:sobre|de) (?:legados|herencias|el testamento solidario)\b)"},
  {C::donation, L::it, false, R"(\b(?:guida|opuscolo) (?:gratuit[ao] )?(?:ai|sui|sul) (?:lasciti|testamento solidale)\b)"},
  {C::donation, L::nl, false, R"(\b(?:brochure|gids|informatiepakket) over (?:nalaten|legaten|(?:je|uw) testament)\b)"},
  {C::donation, L::pt, false, R"(\b(?:guia|brochura|folheto) (?:gratuit[oa] )?(?:sobre|de) (?:legados|heranças|testamento solidário)\b)"},
  // The prompt to keep a member's record current ("Moved house or changed
  // job? Update your details"): a question on a move, then the ask.
  {C::footer, L::en, false, R"(^(?:have you )?(?:moved|changed) [^?]{0,40}\? ?(?:please )?(?:update (?:your|our)|let us know|tell us|keep us)\b)"},
  {C::footer, L::de, false, R"(^(?:umgezogen|(?:job|stelle|arbeitgeber|adresse|e-mail-adresse) gewechselt|neue (?:adresse|stelle|e-mail-adresse))\b[^?]{0,40}\? ?(?:bitte )?(?:aktualisieren sie|aktualisiere|teilen sie uns|sagen sie uns|sag uns|gib uns|geben sie uns)\b)"},
  {C::footer, L::fr, false, R"(^(?:vous avez|tu as) (?:déménagé|changé) [^?]{0,40}\? ?(?:mettez à jour|mets à jour|indiquez-nous|dites-nous|prévenez-nous)\b)"},
  {C::footer, L::es, false, R"(^\W{0,2}(?:te has|se ha|has) (?:mudado|cambiado) [^?]{0,40}\? ?(?:actualiza|actualice|avísanos|avísenos|cuéntanos|indícanos)\b)"},
  {C::footer, L::it, false, R"(^(?:hai|ha) cambiato (?:casa|lavoro|indirizzo|e-?mail)\b[^?]{0,40}\? ?(?:aggiorna|aggiorni|comunicacelo|ce lo comunichi|faccelo sapere)\b)"},
  {C::footer, L::nl, false, R"(^(?:verhuisd|van baan (?:veranderd|gewisseld)|nieuwe? (?:baan|adres|e-mailadres))\b[^?]{0,40}\? ?(?:geef|werk|laat|wijzig)\b)"},
  {C::footer, L::pt, false, R"(^(?:mudou|mudaste) de (?:casa|morada|endereço|emprego|trabalho)\b[^?]{0,40}\? ?(?:atualize|atualiza|avise|diga-nos|informe-nos)\b)"},
  // A job board's box in a member letter: its label ("Latest jobs on Acme
  // Careers") and the line that browses the rest of the board.
  {C::house_ad, L::en, false, R"(^(?:browse|see|view|search) (?:all|more|the latest|our) (?:jobs|openings|job listings) (?:on|at|in) \pL|^latest (?:jobs|vacancies) (?:on|from|at) \pL)"},
  {C::house_ad, L::de, false, R"(^(?:alle|weitere) (?:stellenangebote|stellen|jobs) (?:ansehen|durchsuchen|anzeigen|entdecken)\b|^(?:neueste|aktuelle) (?:stellenangebote|jobs) (?:auf|im|bei) \pL)"},
  {C::house_ad, L::fr, false, R"(^(?:voir|consulter|parcourir|consultez) (?:toutes les|les autres) offres(?: d'emploi)?\b|^(?:dernières|nouvelles) offres d'emploi (?:sur|de) \pL)"},
  {C::house_ad, L::es, false, R"(^(?:ver|consulta|explora) (?:todas las|más) ofertas(?: de empleo)?\b|^últimas ofertas de empleo (?:en|de) \pL)"},
  {C::house_ad, L::it, false, R"(^(?:vedi|scopri|consulta) (?:tutte le|altre) offerte(?: di lavoro)?\b|^ultime offerte di lavoro (?:su|di) \pL)"},
  {C::house_ad, L::nl, false, R"(^(?:bekijk|doorzoek) (?:alle|meer) vacatures\b|^nieuwste vacatures (?:op|van|bij) \pL)"},
  {C::house_ad, L::pt, false, R"(^(?:ver|consulte|explore) (?:todas as|mais) (?:vagas|ofertas de emprego)\b|^últimas vagas (?:no|na|em|de) \pL)"},
  // A paid tier's own name as a box heading ("Go Plus") and its trial
  // button with the first price ("Try Plus for £1.99"), each alone in its
  // block.
  {C::upsell, L::en, false, R"(^go (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^try (?:[\pL\pN-]+ ){1,3}for (?:just |only )?[£$€] ?\d+(?:[.,]\d\d)?\W*$)"},
  {C::upsell, L::de, false, R"(^(?:hol dir|holen sie sich|werde|jetzt) (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^(?:teste|testen sie|probier|probieren sie) (?:[\pL\pN-]+ ){1,3}(?:für|ab) (?:nur )?\d+(?:[.,]\d\d)? ?(?:€|euro)\W*$)"},
  {C::upsell, L::fr, false, R"(^passe[zr]? (?:à|au) (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^(?:essayez|essaie|testez|teste) (?:[\pL\pN-]+ ){1,3}pour (?:seulement |juste )?\d+(?:[.,]\d\d)? ?(?:€|euros?)\W*$)"},
  {C::upsell, L::es, false, R"(^(?:pásate|hazte|únete) a (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^prueba (?:[\pL\pN-]+ ){1,3}por (?:solo |sólo )?\d+(?:[.,]\d\d)? ?(?:€|euros?)\W*$)"},
  {C::upsell, L::it, false, R"(^passa a (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^prova (?:[\pL\pN-]+ ){1,3}(?:a|per) (?:soli |solo )?\d+(?:[.,]\d\d)? ?(?:€|euro)\W*$)"},
  {C::upsell, L::nl, false, R"(^(?:word|ga voor|stap over op|neem) (?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^probeer (?:[\pL\pN-]+ ){1,3}voor (?:maar |slechts |maar )?€ ?\d+(?:[.,]\d\d)?\W*$)"},
  {C::upsell, L::pt, false, R"(^(?:passe|mude|adira) (?:para|ao) (?:o )?(?:[\pL-]+ )?(?:plus|premium|pro|gold)\W*$|^experimente (?:o )?(?:[\pL\pN-]+ ){1,3}por (?:apenas |só )?(?:(?:€|r\$) ?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)? ?€)\W*$)"},
  // Members' presale: its heading and what members get first ("members get
  // 48 hours' early access to every new show").
  {C::upsell, L::en, false, R"(^members'? (?:pre-?sale|priority booking)\W*$|\bmembers (?:get|have|enjoy) (?:\d+|twenty-four|forty-eight) hours'? (?:early|priority|advance) (?:access|booking)\b|\bmembers (?:get|have|enjoy) (?:early|priority) (?:access|booking) (?:to|for) (?:every|all|our)\b)"},
  {C::upsell, L::de, false, R"(^(?:mitglieder-?vorverkauf|vorverkauf für mitglieder)\W*$|\bmitglieder (?:erhalten|bekommen|haben) (?:\d+ stunden )?(?:früher(?:en)?|vorzeitigen|exklusiven) (?:zugang|zugriff)\b|\bmitglieder können (?:schon )?\d+ stunden (?:vor allen anderen|früher)\b)"},
  {C::upsell, L::fr, false, R"(^prévente (?:réservée aux |des |pour les )?(?:membres|adhérents|abonnés)\W*$|\bles (?:membres|adhérents) (?:ont|bénéficient d'un) accès (?:anticipé|prioritaire)|\bles (?:membres|adhérents) (?:ont|bénéficient de) \d+ ?h(?:eures)? d'avance\b)"},
  {C::upsell, L::es, false, R"(^preventa (?:para |exclusiva (?:para )?)?(?:socios|miembros|abonados)\W*$|\blos (?:socios|miembros|abonados) (?:tienen|disfrutan de) (?:\d+ horas de )?acceso anticipado\b)"},
  {C::upsell, L::it, false, R"(^prevendita (?:riservata ai |per i )?(?:soci|membri|iscritti|tesserati)\W*$|\bi (?:soci|membri|tesserati) hanno (?:\d+ ore di )?accesso (?:anticipato|prioritario)\b)"},
  {C::upsell, L::nl, false, R"(^(?:leden-?voorverkoop|voorverkoop voor leden)\W*$|\bleden (?:krijgen|hebben) (?:\d+ uur )?(?:eerder|vroege|voorrangs) ?toegang\b|\bleden kunnen (?:al )?\d+ uur eerder\b)"},
  {C::upsell, L::pt, false, R"(^pré-?venda (?:exclusiva )?(?:para |de |dos )?(?:sócios|membros|assinantes)\W*$|\bos (?:sócios|membros) têm (?:\d+ horas de )?acesso antecipado\b)"},
  // A club's shop sale: kit at half price or a share off in the club shop.
  {C::house_ad, L::en, false, R"(\b(?:now )?(?:half price|half-price|\d+ ?% off|reduced|on sale) in (?:the|our) (?:club|fan) (?:shop|store)\b)"},
  {C::house_ad, L::de, false, R"(\b(?:zum halben preis|\d+ ?% (?:günstiger|reduziert)) (?:im|in unserem) (?:vereins|fan)-?shop\b|\b(?:im|in unserem) (?:vereins|fan)-?shop (?:zum halben preis|\d+ ?% (?:günstiger|reduziert))\b)"},
  {C::house_ad, L::fr, false, R"((?:à moitié prix|à -?\d+ ?%|en solde) (?:à|dans) la boutique (?:officielle )?du club\b)"},
  {C::house_ad, L::es, false, R"(\b(?:a mitad de precio|con un \d+ ?% de descuento|rebajad[oa]s) en la tienda (?:oficial )?del club\b)"},
  {C::house_ad, L::it, false, R"(\b(?:a metà prezzo|scontat[ie] del \d+ ?%|in saldo) (?:allo|nello|nel) (?:store|negozio|shop) (?:ufficiale )?del club\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:voor de halve prijs|met \d+ ?% korting|afgeprijsd) in (?:de|onze) (?:fanshop|clubwinkel)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:a metade do preço|pela metade do preço|com \d+ ?% de desconto|em saldos) na loja (?:oficial )?do clube\b)"},
  // A club's or venue's own renewal push for season tickets and seats
  // ("Renew your season ticket before 30 April").
  {C::upsell, L::en, false, R"(\brenew your (?:season[- ]tickets?|season pass|seats?)\b)"},
  {C::upsell, L::de, false, R"(\b(?:verlängern sie|verlängere|verlängert) (?:jetzt |schon jetzt )?(?:ihre|deine|eure) dauerkarte\b)"},
  {C::upsell, L::fr, false, R"(\b(?:renouvelez|renouvelle) (?:dès (?:maintenant|à présent) )?(?:votre|ton) (?:abonnement saison|abonnement au stade|place)\b)"},
  {C::upsell, L::es, false, R"(\b(?:renueva|renueve) (?:ya )?(?:tu|su) (?:abono|asiento|localidad)\b)"},
  {C::upsell, L::it, false, R"(\b(?:rinnova|rinnovate) (?:subito )?(?:il tuo|il vostro) (?:abbonamento stagionale|posto)\b)"},
  {C::upsell, L::nl, false, R"(\b(?:verleng|vernieuw) (?:nu )?(?:je|uw|jouw) (?:seizoen(?:s)?kaart|plek|stoeltje)\b)"},
  {C::upsell, L::pt, false, R"(\b(?:renove|renova) (?:já )?(?:o seu|o teu|seu|teu|a sua|a tua) (?:lugar anual|bilhete de época|lugar|cadeira)\b)"},
  // A venue's or club's ticket seller named as its partner, with the
  // tickets it sells when the line opens on them.
  {C::sponsor, L::en, false, R"(^(?:all )?tickets?\b[^.!?]{0,60}? our (?:official )?ticket(?:ing)? partner\b|\bour (?:official )?ticket(?:ing)? partner\b)"},
  {C::sponsor, L::de, false, R"(^(?:karten|tickets|eintrittskarten)\b[^.!?]{0,60}? unser(?:em|en)? (?:offiziellen? )?ticket(?:ing)?-?partner\b|\bunser(?:em|en)? (?:offiziellen? )?ticket(?:ing)?-?partner\b)"},
  {C::sponsor, L::fr, false, R"(^(?:les )?(?:billets|places)\b[^.!?]{0,60}? notre partenaire (?:officiel )?(?:de )?billetterie\b|\bnotre partenaire (?:officiel )?(?:de )?billetterie\b)"},
  {C::sponsor, L::es, false, R"(^(?:las )?entradas\b[^.!?]{0,60}? nuestr[oa] (?:socio|partner|plataforma) (?:oficial )?de (?:venta de )?entradas\b|\bnuestr[oa] (?:socio|partner|plataforma) (?:oficial )?de (?:venta de )?entradas\b)"},
  {C::sponsor, L::it, false, R"(^(?:i )?biglietti\b[^.!?]{0,60}? (?:il )?nostro partner (?:ufficiale )?(?:per la |di )?biglietteria\b|\b(?:il )?nostro partner (?:ufficiale )?(?:per la |di )?biglietteria\b)"},
  {C::sponsor, L::nl, false, R"(^(?:kaarten|tickets)\b[^.!?]{0,60}? onze (?:officiële )?ticket(?:ing)?-?partner\b|\bonze (?:officiële )?ticket(?:ing)?-?partner\b)"},
  {C::sponsor, L::pt, false, R"(^(?:os )?(?:bilhetes|ingressos)\b[^.!?]{0,60}? (?:o )?nosso parceiro (?:oficial )?de (?:bilhética|bilheteira|bilheteria|venda de (?:bilhetes|ingressos))\b|\b(?:o )?nosso parceiro (?:oficial )?de (?:bilhética|bilheteira|bilheteria|venda de (?:bilhetes|ingressos))\b)"},
  // The letter's own survey of its listeners or readers, announced as one
  // it is running ("we're running our annual listener survey").
  {C::feedback, L::en, false, R"(\b(?:we're|we are) (?:running|doing|holding|conducting) (?:our|a|the) (?:[\pL-]+ ){0,2}(?:listener|reader|audience|subscriber|member|fan|supporter)s?'? survey\b)"},
  {C::feedback, L::de, false, R"(\b(?:wir (?:führen|machen|starten)|machen wir|starten wir) (?:unsere|eine|die) (?:[\pL-]+ ){0,2}(?:hörer|leser|publikums|abonnenten|mitglieder|fan)\pL*-?umfrage\b)"},
  {C::feedback, L::fr, false, R"(\b(?:nous lançons|on lance|nous menons|nous réalisons) (?:notre|une|la) (?:grande )?(?:enquête|sondage)(?: annuel(?:le)?)? (?:auprès )?(?:des|de nos) (?:auditeurs|auditrices|lecteurs|lectrices|abonnés|membres))"},
  {C::feedback, L::es, false, R"(\b(?:estamos haciendo|hemos lanzado|lanzamos|estamos realizando) (?:nuestra|una|la) encuesta (?:anual )?(?:de|a|para) (?:nuestros |los )?(?:oyentes|lectores|suscriptores|socios)\b)"},
  {C::feedback, L::it, false, R"(\b(?:abbiamo lanciato|stiamo facendo|lanciamo) (?:il nostro|un|il) (?:questionario|sondaggio) (?:annuale )?(?:per|tra|rivolto a) (?:i nostri |gli |i )?(?:ascoltatori|lettori|iscritti|abbonati)\b)"},
  {C::feedback, L::nl, false, R"(\b(?:we houden|we doen|we hebben) (?:onze|een|de) (?:jaarlijkse )?(?:luisteraars|lezers|abonnees|leden)-?(?:enquête|onderzoek)\b)"},
  {C::feedback, L::pt, false, R"(\b(?:estamos a fazer|estamos fazendo|lançámos|lançamos) (?:o nosso|nosso|um|o|uma|a nossa|nossa) (?:inquérito|questionário|pesquisa) (?:anual )?(?:a|aos|para|de|dos) (?:nossos |os )?(?:ouvintes|leitores|assinantes|sócios)\b)"},
  // A show's live dates plugged in its own letter: taking it on tour, a
  // live episode to come to, tickets going fast.
  {C::house_ad, L::en, false, R"(\b(?:we're|we are) taking (?:the show|the podcast|[\pL&' -]{1,30}?) on (?:the road|tour)\b|\bfor a live (?:episode|recording|taping) (?:of the (?:show|podcast) )?(?:about|on|with)\b|\btickets are (?:[£$€] ?\d+ and )?(?:going|selling) fast\b)"},
  {C::house_ad, L::de, false, R"(\bwir (?:gehen|kommen) (?:mit (?:dem|unserem) podcast )?(?:auf tour|live auf die bühne)\b|\bfür eine live-?(?:folge|aufzeichnung)\b|\b(?:die )?(?:tickets|karten) (?:sind|werden) (?:schnell|bald) (?:weg|knapp|vergriffen)\b)"},
  {C::house_ad, L::fr, false, R"(\b(?:nous partons|on part) en tournée|\bpour (?:un|une) (?:épisode|enregistrement) en public\b|\bles (?:places|billets) partent vite\b)"},
  {C::house_ad, L::es, false, R"(\b(?:nos vamos|salimos) de gira\b|\bpara (?:un|una) (?:episodio|grabación) en directo\b|\blas entradas (?:vuelan|se agotan rápido)\b)"},
  {C::house_ad, L::it, false, R"(\b(?:andiamo|partiamo) in tour\b|\bper (?:una|un) (?:puntata|registrazione|episodio) dal vivo\b|\bi biglietti (?:stanno andando|vanno) a ruba\b)"},
  {C::house_ad, L::nl, false, R"(\b(?:we gaan|wij gaan) op tournee\b|\bvoor een live-?(?:aflevering|opname)\b|\bde kaarten gaan (?:hard|snel)\b)"},
  {C::house_ad, L::pt, false, R"(\b(?:vamos|estamos) em (?:digressão|turnê)|\bpara um episódio ao vivo\b|\bos (?:bilhetes|ingressos) estão a voar\b|\bos ingressos estão (?:voando|acabando)\b)"},
  // A host-read ad's vanity address with its discount ("visit
  // brand.example/show for £150 off").
  {C::sponsor, L::en, false, R"(\b(?:visit|go to|head to|head over to) (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:for|and get|to get) (?:an? )?(?:[£$€] ?\d+|\d+ ?%|free\b))"},
  {C::sponsor, L::de, false, R"(\b(?:unter|auf) (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:gibt es|bekommt ihr|bekommst du|erhaltet ihr|erhalten sie|bekommen sie) (?:\d+ ?%|\d+ ?(?:€|euro)))"},
  {C::sponsor, L::fr, false, R"(\bsur (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:pour (?:obtenir|profiter de)|et (?:profitez|profite) de|et (?:obtenez|obtiens)) (?:\d+ ?%|\d+ ?€))"},
  {C::sponsor, L::es, false, R"(\ben (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:y (?:consigue|obtén|llévate|consigues)|para (?:conseguir|obtener)) (?:un )?(?:\d+ ?%|\d+ ?€))"},
  {C::sponsor, L::it, false, R"(\bsu (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:per (?:avere|ottenere)|e (?:ottieni|avrai)) (?:uno sconto del |lo sconto del )?(?:\d+ ?%|\d+ ?€))"},
  {C::sponsor, L::nl, false, R"(\b(?:op|via|naar) (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:voor|en krijg|krijg je) (?:\d+ ?%|€ ?\d+))"},
  {C::sponsor, L::pt, false, R"(\bem (?:[\pL\pN-]+\.)+\pL{2,}/[\pL\pN-]+ (?:e (?:ganhe|recebe|receba|obtenha|ganha)|para (?:ganhar|obter|ter)) (?:\d+ ?%|(?:€|r\$) ?\d+))"},
  // The letter's own giveaway: its heading with an exclamation mark and how
  // to enter by a reply or a comment. A giveaway's prize alone ("we're giving
  // away", "wir verlosen") is left: a shop's own draw is its news.
  {C::house_ad, L::en, false, R"(^giveaway!|\benter by (?:replying|commenting|retweeting|sharing|following|tagging)\b)"},
  {C::house_ad, L::de, false, R"(^gewinnspiel!|\bmitmachen (?:könnt ihr|kannst du|können sie),? indem\b|\bzum mitmachen (?:einfach )?(?:kommentieren|antworten|auf diese (?:e-mail|mail) antworten)\b)"},
  {C::house_ad, L::fr, false, R"(^concours !|\bpour participer,? (?:il suffit de )?(?:répondez|réponds|commentez|commente|répondre|commenter)\b)"},
  {C::house_ad, L::es, false, R"(^¡?sorteo!|\bpara participar,? (?:solo tienes que |basta con )?(?:responde|comenta|responder|comentar)\b)"},
  {C::house_ad, L::it, false, R"(^giveaway!|^concorso!|\bper partecipare,? (?:basta )?(?:rispondere|commentare|rispondi|commenta)\b)"},
  {C::house_ad, L::nl, false, R"(^winactie!|\bmeedoen\? (?:reageer|antwoord)\b|\bdoe mee door te (?:reageren|antwoorden)\b)"},
  {C::house_ad, L::pt, false, R"(^passatempo!|^sorteio!|\bpara participar,? (?:basta )?(?:responder|comentar|responde|comenta)\b)"},
};

// ---- word lists: evidence beside a phrase, never chrome alone ---------------------------
constexpr WordListRow k_word_rows[] = {
  // The stems; a line that says listings are paid for (paid_listing) is a
  // sponsor statement too, and word_list_pattern adds those words.
  {WordList::sponsor_stem, L::en, R"(sponsor)"},
  {WordList::sponsor_stem, L::de, R"(gesponsert|anzeige|werbung)"},
  {WordList::sponsor_stem, L::es, R"(patrocin|patrocín)"},
  {WordList::sponsor_stem, L::nl, R"(gesponsord)"},
  {WordList::sponsor_stem, L::pt, R"(patrocin|patrocín)"},

  {WordList::thanks, L::en, R"(thanks?|thank you|kindly|generously|grateful)"},
  {WordList::thanks, L::de, R"(danke|dank an|freundlicherweise|großzügig\w*|dankbar)"},
  {WordList::thanks, L::fr, R"(merci|généreu\w*|reconnaissant\w*|remercie\w*)"},
  {WordList::thanks, L::es, R"(gracias|agradec\w*|generosamente)"},
  {WordList::thanks, L::it, R"(grazie|grat[oi]|ringrazi\w*|generosamente)"},
  {WordList::thanks, L::nl, R"(bedankt|dankbaar|dank(?:zij| aan)|hartelijk dank|dank (?:je|u|jullie) wel)"},
  {WordList::thanks, L::pt, R"(obrigad[oa]|agradec\w*|generosamente)"},

  {WordList::issue, L::en, R"(issue|edition|newsletter|letter|content|briefing|digest|dispatch|bulletin|email|e-mail|episode|season|exhibition|summary|alert)"},
  {WordList::issue, L::de, R"(inhalt|ausgabe|newsletter|\pL*brief|folge|spielzeit|ausstellung)"},
  {WordList::issue, L::fr, R"(contenu|lettre|édition|numéro|épisode|saison|exposition)"},
  {WordList::issue, L::es, R"(contenido|newsletter|número|edición|boletín|episodio|temporada|exposición)"},
  {WordList::issue, L::it, R"(contenuto|newsletter|lettera|numero|edizione|puntata|rassegna|bollettino|episodio|stagione|mostra|esposizione)"},
  {WordList::issue, L::nl, R"(inhoud|nieuwsbrief|editie|uitgave|aflevering|seizoen|tentoonstelling|expositie)"},
  {WordList::issue, L::pt, R"(conteúdo|newsletter|boletim|edição|episódio|temporada|exposição)"},

  {WordList::issue_opening, L::en, R"(this week's|today's|this month's|this issue's)"},

  {WordList::own_work, L::en, R"(our)"},
  {WordList::own_work, L::de, R"(unser\w*)"},
  {WordList::own_work, L::fr, R"(notre|nos)"},
  {WordList::own_work, L::es, R"(nuestr[oa]s?)"},
  {WordList::own_work, L::it, R"(nostr[aoie])"},
  {WordList::own_work, L::nl, R"(onze|ons)"},
  {WordList::own_work, L::pt, R"(noss[oa]s?)"},

  {WordList::web, L::en, R"(browser|web|online|website|site|internet)"},
  {WordList::web, L::de, R"(webbrowser|webseite|netz|webversion|webansicht|onlineansicht)"},
  {WordList::web, L::fr, R"(navigateur)"},
  {WordList::web, L::es, R"(navegador|sitio)"},
  {WordList::web, L::it, R"(sito)"},
  {WordList::web, L::nl, R"(webversie)"},
  {WordList::web, L::pt, R"(navegador)"},

  {WordList::jobs, L::en, R"(jobs?|careers|hiring|vacancies)"},
  {WordList::jobs, L::de, R"(stellen\w*|jobbörse|jobs?|karriere|vakanzen)"},
  {WordList::jobs, L::fr, R"(emplois?|offres d'emploi|recrute\w*|recrutement|embauche\w*)"},
  {WordList::jobs, L::es, R"(empleos?|ofertas de (?:empleo|trabajo)|vacantes|contratamos|se busca)"},
  {WordList::jobs, L::it, R"(lavoro|offerte di lavoro|si assume|assunzioni|cerchiamo)"},
  {WordList::jobs, L::nl, R"(vacatures?|banen|gezocht)"},
  {WordList::jobs, L::pt, R"(vagas|empregos?|contratando|contrata-se)"},

  {WordList::photo, L::en, R"(photos?|images?|pictures?|illustrations?)"},
  {WordList::photo, L::de, R"(fotos?|bild(?:er)?|fotograf)"},
  {WordList::photo, L::fr, R"(crédits? photo)"},
  {WordList::photo, L::es, R"(fotografía|cr[ée]dito)"},
  {WordList::photo, L::it, R"(fotografia|credito fotografico)"},
  {WordList::photo, L::nl, R"(foto's)"},

  {WordList::photo_by, L::en, R"(by)"},
  {WordList::photo_by, L::de, R"(von)"},
  {WordList::photo_by, L::fr, R"(par)"},
  {WordList::photo_by, L::es, R"(de|por)"},
  {WordList::photo_by, L::it, R"(di)"},
  {WordList::photo_by, L::nl, R"(door)"},
  {WordList::photo_by, L::pt, R"(de|por)"},

  {WordList::contents, L::en, R"((?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:new |quick |easy |fresh )?(?:recipes|stories|links|reads|tips|ideas|picks|articles))"},
  {WordList::contents, L::de, R"((?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:neue |schnelle |einfache )?(?:rezepte|geschichten|links|tipps|ideen|artikel))"},
  {WordList::contents, L::fr, R"((?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:nouvelles |petites )?(?:recettes|histoires|liens|astuces|idées|articles|conseils))"},
  {WordList::contents, L::es, R"((?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:nuevas |nuevos )?(?:recetas|historias|enlaces|trucos|ideas|artículos|consejos))"},
  {WordList::contents, L::it, R"((?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:nuove |nuovi )?(?:ricette|storie|link|trucchi|idee|articoli|consigli))"},
  {WordList::contents, L::nl, R"((?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:nieuwe |snelle )?(?:recepten|verhalen|links|tips|ideeën|artikelen))"},
  {WordList::contents, L::pt, R"((?:\d+|duas|dois|três|quatro|cinco|seis|sete|oito|nove|dez) (?:novas |novos )?(?:receitas|histórias|links|dicas|ideias|artigos))"},

  {WordList::shop, L::en, R"(shop|store|webshop|fanshop|merch|giftshop|bookshop|bookstore)"},
  {WordList::shop, L::de, R"(laden|onlineshop|fanartikel|buchladen|buchhandlung)"},
  {WordList::shop, L::fr, R"(boutique|magasin|librairie)"},
  {WordList::shop, L::es, R"(tienda|librería)"},
  {WordList::shop, L::it, R"(negozio|bottega|libreria)"},
  {WordList::shop, L::nl, R"(winkel|webwinkel|boekwinkel|boekhandel)"},
  {WordList::shop, L::pt, R"(loja|livraria)"},

  {WordList::classifieds, L::en, R"(classifieds?|classified ads|small ads)"},
  {WordList::classifieds, L::de, R"((?:private )?kleinanzeigen)"},
  {WordList::classifieds, L::fr, R"(petites annonces|annonces classées)"},
  {WordList::classifieds, L::es, R"((?:anuncios )?clasificados)"},
  {WordList::classifieds, L::it, R"(annunci economici|piccoli annunci)"},
  {WordList::classifieds, L::nl, R"(zoekertjes|kleine advertenties)"},
  {WordList::classifieds, L::pt, R"((?:anúncios )?classificados|pequenos anúncios)"},

  {WordList::paid_tag, L::en, R"(sponsor|sponsored|ad|advertisement|promoted|partner)"},
  {WordList::paid_tag, L::de, R"(anzeige|werbung|gesponsert)"},
  {WordList::paid_tag, L::fr, R"(partenaire|sponsorisée?|publicité)"},
  {WordList::paid_tag, L::es, R"(patrocinad[oa]|publicidad)"},
  {WordList::paid_tag, L::it, R"(sponsorizzat[oa]|pubblicità)"},
  {WordList::paid_tag, L::nl, R"(gesponsord|advertentie|reclame)"},
  {WordList::paid_tag, L::pt, R"(patrocinad[oa]|publicidade|parceiro)"},
  {WordList::next_issue, L::en, R"(next (?:week|month|time|issue|edition|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in the next (?:issue|edition|letter)|coming up next)"},
  {WordList::next_issue, L::de, R"(nächste (?:woche|ausgabe)|nächsten (?:monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|in der nächsten ausgabe|demnächst)"},
  {WordList::next_issue, L::fr, R"((?:la )?semaine prochaine|(?:le )?mois prochain|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochain|dans le prochain (?:numéro|épisode)|au prochain numéro)"},
  {WordList::next_issue, L::es, R"((?:la )?próxima semana|(?:el )?próximo (?:mes|número|lunes|martes|miércoles|jueves|viernes|sábado|domingo)|en el próximo número)"},
  {WordList::next_issue, L::it, R"((?:la )?prossima settimana|(?:il )?prossimo (?:mese|numero)|(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) prossim[oa]|nel prossimo numero)"},
  {WordList::next_issue, L::nl, R"(volgende (?:week|maand|editie|keer|(?:maan|dins|woens|donder|vrij|zater|zon)dag)|in de volgende (?:editie|nieuwsbrief)|binnenkort)"},
  {WordList::next_issue, L::pt, R"((?:na )?próxima semana|(?:no )?próximo (?:mês|número|domingo|sábado)|(?:na )?próxima (?:edição|segunda|terça|quarta|quinta|sexta))"},
  // A partner newsroom credited with what it found ("Our partners at the
  // Ledger found that ..."): the partner word, and the reporting verb
  // after the partner's name.
  {WordList::partner, L::en, R"(partners?)"},
  {WordList::partner, L::de, R"((?:medien)?partner(?:in|innen|n)?|partnerredaktion(?:en)?)"},
  {WordList::partner, L::fr, R"(partenaires?)"},
  {WordList::partner, L::es, R"(soci[oa]s?|aliad[oa]s?)"},
  {WordList::partner, L::it, R"(partner)"},
  {WordList::partner, L::nl, R"((?:media)?partners?)"},
  {WordList::partner, L::pt, R"(parceir[oa]s?)"},
  {WordList::reporting, L::en, R"(tests|tested|measured|ranks|ranked|found|finds|reported|reports|revealed|reveals|uncovered|investigated|analy[sz]ed|obtained|discovered|wrote|writes)"},
  {WordList::reporting, L::de, R"(testet(?:e|en)?|getestet|gemessen|vergleicht|verglich(?:en)?|berichtet(?:e|en)?|recherchiert(?:e|en)?|enthüllt(?:e|en)?|aufgedeckt|herausgefunden|schreib(?:t|en)|schrieb(?:en)?|ausgewertet|analysiert(?:e|en)?)"},
  {WordList::reporting, L::fr, R"(teste|testé|mesuré|compare|comparé|révél(?:é|e|ait|ent)|rapport(?:e|é|ait)|enquêt(?:é|e)|découvert|constaté|écrit|analysé|obtenu)"},
  {WordList::reporting, L::es, R"(probó|probaron|midió|comparó|compara|revel(?:ó|a|aron|an)|inform(?:ó|a|aron|an)|descubri(?:ó|eron)|investig(?:ó|aron)|analiz(?:ó|aron)|escribi(?:ó|eron)|public(?:ó|aron)|obtuvo)"},
  {WordList::reporting, L::it, R"(testa|testato|misurato|confronta|confrontato|rivela(?:to|no)?|riporta(?:to|no)?|scoperto|scrive|scritto|analizzato|indagato|ottenuto)"},
  {WordList::reporting, L::nl, R"(testte|testten|getest|gemeten|vergelijkt|vergeleek|meld(?:t|de|den)|onthuld(?:e|en)?|ontdekte?|ontdekten|schreef|schrijft|analyseerde|onderzocht|achterhaalde)"},
  {WordList::reporting, L::pt, R"(testou|testaram|mediu|comparou|compara|revel(?:ou|a|aram|am)|inform(?:ou|a|aram)|descobri(?:u|ram)|investig(?:ou|aram)|analis(?:ou|aram)|escreveu|public(?:ou|aram)|obteve)"},
  // The note that the sender earns a commission on what the reader buys
  // through its links ("we earn a small commission", "bekommen wir eine
  // kleine Provision", "nous touchons une commission").
  {WordList::commission, L::en, R"(commission)"},
  {WordList::commission, L::de, R"(provision)"},
  {WordList::commission, L::fr, R"(commission)"},
  {WordList::commission, L::es, R"(comisión|comision)"},
  {WordList::commission, L::it, R"(commissione)"},
  {WordList::commission, L::nl, R"(commissie)"},
  {WordList::commission, L::pt, R"(comissão|comissao)"},
  {WordList::link_word, L::en, R"(\pL*link\pL*)"},
  {WordList::link_word, L::fr, R"(\pL*lien\pL*)"},
  {WordList::link_word, L::es, R"(\pL*enlace\pL*)"},

  // A line that says the listings of its section are paid for: the
  // makers bought the places, or the links are sponsored ones.
  {WordList::paid_listing, L::en, R"(paid (?:placements?|listings?|inclusions?)|(?:listings|placements|spots|entries) (?:purchased|bought|paid for) by|(?:pay|paid|pays) (?:us )?to (?:appear|be (?:listed|featured|shown)) (?:here|in this (?:section|box|newsletter))|sponsored (?:listings|links))"},
  {WordList::paid_listing, L::de, R"(bezahlte (?:platzierung|einblendung|listung)(?:en)?|(?:einträge|platzierungen|listungen),? (?:die )?von (?:den )?(?:herstellern|anbietern|werbekunden|softwarefirmen) (?:gekauft|bezahlt)|(?:zahlen|bezahlen|zahlt|bezahlt|bezahlten) (?:dafür|für),? (?:um )?hier (?:zu )?(?:erscheinen|stehen)|gesponserte (?:links|einträge))"},
  {WordList::paid_listing, L::fr, R"((?:placements?|emplacements?|référencements?) payants?|(?:fiches|emplacements|annonces) (?:achetée?s|payée?s) par|(?:paient|payent|ont payé) pour (?:apparaître|figurer|être présents?) (?:ici|dans cette (?:rubrique|liste))|liens sponsorisés)"},
  {WordList::paid_listing, L::es, R"((?:colocaci[oó]n|ubicaci[oó]n|posici[oó]n)(?:es)? pagadas?|(?:fichas|posiciones|entradas) (?:compradas|pagadas) por|(?:pagan|pagaron|han pagado) (?:por|para) (?:aparecer|figurar|estar) (?:aquí|en esta (?:sección|lista))|enlaces patrocinados)"},
  {WordList::paid_listing, L::it, R"(posizionament[oi] a pagamento|inserzion[ei] a pagamento|(?:schede|posizioni|inserzioni) (?:acquistate|pagate) da|(?:pagano|hanno pagato) per (?:comparire|apparire|essere) (?:qui|in questa (?:sezione|lista))|link sponsorizzati)"},
  {WordList::paid_listing, L::nl, R"(betaalde (?:plaatsing|vermelding)(?:en)?|(?:vermeldingen|plaatsingen) (?:gekocht|betaald) door|(?:betalen|betaalden|hebben betaald) (?:om|voor) (?:hier|in deze (?:rubriek|lijst))|gesponsorde links)"},
  {WordList::paid_listing, L::pt, R"((?:colocação|posicionamento|inserção)(?:ões|s)? pag[ao]s?|(?:fichas|posições|entradas) (?:compradas|pagas) pel[oa]s|(?:pagam|pagaram) para (?:aparecer|figurar|estar) (?:aqui|nesta (?:secção|seção|lista))|links patrocinados)"},
  // How a mailing tells its reader the way out of it, or that they get it
  // because they asked: in a link's text or address, or in the text. No
  // personal letter says it, and it is what makes a mail without list
  // headers a newsletter (newsletter.cpp), not chrome by itself.
  {WordList::unsubscribe, L::en, R"(un-?subscribe|unsub|opt[-_ ]?out|manage[-_ ](?:your[-_ ])?(?:e-?mail[-_ ]|newsletter[-_ ])?(?:preferences|subscriptions?)|e-?mail[-_ ]preferences|subscription (?:preferences|settings)|cancel (?:your|my|the) subscription|stop receiving|no longer (?:wish|want|like) to receive|(?:do not|don't) (?:wish|want) to receive|would (?:rather|prefer) not (?:to )?receive|remove (?:yourself|me) from|to be removed from|leave (?:the|this|our) (?:mailing |e-?mail )?list|mailing list (?:options|settings)|you(?:'re| are) (?:receiving|getting) (?:this|these|our)(?: [\pL-]+)? (?:e-?mails?|newsletters?|updates|letters?|bulletins?|digests?)|you(?:'re| are| were) (?:receiving|sent) [^.!?]{0,80}because|you (?:have )?received this (?:e-?mail|message) because|you (?:received|receive|are receiving) this (?:newsletter|letter|bulletin|digest)|you are subscribed to|opt-in subscriptions?|[\pL\pN._]+-(?:un)?subscribe@[\pL\pN-]+|this (?:newsletter|bulletin|circular|mailing) is (?:sent|e-?mailed|distributed|delivered|part of))"},
  {WordList::unsubscribe, L::de, R"(abmelden|abbestellen|austragen|abmeldung|newsletter kündigen|(?:nicht mehr|keine (?:e-?mails|mails|nachrichten|briefe|newsletter) mehr) (?:[\pL-]+ ){0,3}(?:erhalten|empfangen|bekommen)|(?:sie erhalten|du erhältst|ihr erhaltet|sie bekommen|du bekommst) (?:diese[nrs]?|unseren|unsere) [\pL-]*(?:mail|nachricht|newsletter|brief|info)\pL*|aus (?:der|dieser|unserer) (?:mailing|verteiler)?liste|(?:dieser|unser) (?:newsletter|rundbrief|mitgliederbrief) (?:wird|geht) (?:\pL+ ){0,4}(?:verschickt|versandt|gesendet|zugestellt))"},
  {WordList::unsubscribe, L::fr, R"(désabonn\pL*|desabonn\pL*|désinscri\pL*|desinscri\pL*|ne plus recevoir|ne (?:souhaitez|voulez|souhaites|veux) plus recevoir|vous (?:recevez|avez reçu) (?:cet|ce|cette) (?:e-?mail|courriel|message|lettre|newsletter) (?:car|parce que)|vous recevez (?:cette|notre) (?:lettre|newsletter|infolettre)|quitter (?:la|cette|notre) liste|(?:cette|notre) (?:lettre|newsletter|infolettre) est envoyée)"},
  {WordList::unsubscribe, L::es, R"(darse de baja|darte de baja|date de baja|dese de baja|cancelar (?:tu |su |la )?suscripci[oó]n|dejar de recibir|no (?:quieres|queréis|quiere|desea|deseas|deseáis) (?:seguir )?recibir (?:más |nuestros |nuestras |estos |estas )?(?:correos|e-?mails|mensajes|boletines|comunicaciones|noticias|newsletters?)|no te escribamos más|(?:recibes|recibe|has recibido|ha recibido) este (?:correo|e-?mail|mensaje|boletín) (?:porque|por (?:ser|estar|haber))|(?:recibes|recibe) este boletín|este (?:boletín|newsletter) se envía)"},
  {WordList::unsubscribe, L::it, R"(disiscriv\pL*|cancellati dalla|cancellarti dalla|annulla(?:re)? (?:l'|la tua )?iscrizione|non (?:vuoi|desideri|desidera|volete) più ricevere|per non ricevere più|(?:hai ricevuto|ricevi) quest[ao] (?:e-?mail|messaggio|newsletter|comunicazione) perché|ricevi questa newsletter|questa newsletter (?:è|viene) inviata)"},
  {WordList::unsubscribe, L::nl, R"(afmelden|uitschrijven|meld je (?:hier )?af|schrijf je (?:hier )?uit|(?:niet langer|niet meer) ontvangen|(?:je|u) ontvangt (?:deze|dit|onze) (?:e-?mail|mail|nieuwsbrief|bericht)\pL*|deze nieuwsbrief wordt (?:verstuurd|verzonden|gestuurd))"},
  {WordList::unsubscribe, L::pt, R"(descadastr\pL*|cancelar (?:a |sua |a sua )?(?:inscrição|subscrição)|deixar de receber|não (?:quer|deseja|pretende) (?:continuar a receber|receber mais|mais receber)|(?:recebeu|recebe|está a receber|está recebendo) (?:este|esta) (?:e-?mail|mensagem|newsletter) (?:porque|por (?:ser|estar|ter))|foi enviad[ao] para si por|(?:esta|a nossa) newsletter é enviada)"},
  // The bodies a sender works with, named right after the word partner,
  // which then says who they are, not who pays: "our partner clubs in
  // Wales host the relay". Only English sets the word before the body
  // this way; the other languages join them ("Partnervereine",
  // "partnerclubs") or put the body first ("clubs partenaires", "scuole
  // partner", "clubes parceiros"), and no sponsor phrase reads those.
  {WordList::partner_body, L::en, R"(clubs?|schools?|universit(?:y|ies)|colleges?|cit(?:y|ies)|towns?|hospitals?|organi[sz]ations?|charit(?:y|ies)|groups?|libraries|library|museums?|newsrooms?|venues?|teams?|farms?|councils?|countries|country|regions?|airlines?|airports?|institutions?|associations?|agencies|agency|sites?|stations?)"},
  {WordList::contents_label, L::en, R"((?:table of )?contents|in this (?:issue|edition)|inside this issue)"},
  {WordList::contents_label, L::de, R"(inhalt|inhaltsverzeichnis|in dieser ausgabe|themen dieser ausgabe)"},
  {WordList::contents_label, L::fr, R"(sommaire|au sommaire|dans ce numéro|dans cette (?:édition|lettre))"},
  {WordList::contents_label, L::es, R"(índice|sumario|en este número|en esta edición)"},
  {WordList::contents_label, L::it, R"(indice|sommario|in questo numero|in questa edizione)"},
  {WordList::contents_label, L::nl, R"(inhoud|inhoudsopgave|in dit nummer|in deze editie)"},
  {WordList::contents_label, L::pt, R"(índice|sumário|nesta edição|neste número)"},
};
// clang-format on

std::string wrapped(const VocabularyRow& row) {
  const std::string phrases = with_ss_for_eszett(row.phrases);
  // A letter boundary that knows accented letters (RE2's \b is ASCII only).
  if (row.label_only) return "^[^\\pL\\pN]*(" + phrases + ")[^\\pL\\pN]*$";
  return "(?:^|[^\\pL\\pN])(" + phrases + ")";
}

// The set only picks which rows to try: each row it reports is matched
// again with its own RE2 (find_vocabulary), and a row that does not match
// there is dropped. So the set may report more rows than match, never fewer,
// and it reads a cheaper pattern whose matches include the row's: ASCII
// letters and digits, and every character beyond ASCII, where the row has
// Unicode letter and number classes (widened_to_ascii_letters). Their
// tables, compiled byte by byte for every row and every repetition
// ([\pL, ]{0,40}), were most of the cost of compiling the set, paid by
// every run. A counted gap ([^?]{0,40}, .{0,140}?) is just as costly when
// matching: the set's DFA must track every length of it at once, beside
// every other row. A gap the phrase needs is written unbounded within its
// sentence ([^.!?]*); six such rows once made every message 2 ms slower.
// What the set looks for of a row: wrapped(), with ASCII letters. A
// counted gap of ten or more is left open there ([^?]* for [^?]{0,40}):
// the set's automaton then holds one state for the gap, not one for every
// length read, and a row it picks in error is dropped by its own RE2.
// A label is the whole block; any other row's phrase is looked for from
// each start of a word (Compiled::candidates), not anywhere in the block.
std::string set_pattern(const VocabularyRow& row) {
  const std::string phrases = with_open_repeats(widened_to_ascii_letters(with_ss_for_eszett(row.phrases)), 10);
  if (row.label_only) return "^[^a-z0-9]*(" + phrases + ")[^a-z0-9]*$";
  return "(" + phrases + ")";
}

// Where a row's phrase may start in `folded`: at its start, or after a
// character that is no ASCII letter or digit (wrapped()'s boundary, as the
// sets read it), never inside a character.
bool phrase_may_start(std::string_view folded, std::size_t at) {
  const auto byte = static_cast<unsigned char>(folded[at]);
  if (byte >= 0x80 && byte < 0xC0) return false;
  if (at == 0) return true;
  const char before = folded[at - 1];
  return !is_ascii_digit(before) && !(before >= 'a' && before <= 'z');
}

// What each of the sets' automata may hold; one that fills up starts
// over, which costs a little more work for the blocks after it (see the
// README's memory paragraph).
constexpr std::int64_t k_set_mem = std::int64_t{32} << 20;

RE2::Options options(std::int64_t max_mem = 64 << 20) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  return o;
}

// A row's own RE2 is matched only against the blocks its set picked, yet
// with the sets' 64 MB each kept its automata (forward and reverse) growing
// over a varied mailbox: a few hundred rows matched held about 180 MB of
// states, work arrays and programs at the peak of a run over many
// newsletters. 2 MB compiles every row and leaves its automata a few hundred
// KB; a row too large to compile in that gets the sets' budget.
std::unique_ptr<RE2> compile_row(const VocabularyRow& row) {
  const std::string pattern = wrapped(row);
  auto re = std::make_unique<RE2>(pattern, options(2 << 20));
  if (!re->ok()) re = std::make_unique<RE2>(pattern, options());
  return re;
}

// The set finds which rows match a block; a row's own RE2, which says where
// its phrase stands, is only needed for a row some block matched, so each is
// compiled the first time one does. Compiling every row at the start cost
// about as much as the set itself, at every run, for rows most mailboxes
// never match (the languages they are not written in).
constexpr unsigned category_bit(Category c) { return 1u << static_cast<unsigned>(c); }

class Compiled {
 public:
  // The rows of the categories in `categories` (a bit per category; all
  // of them by default).
  explicit Compiled(std::int64_t set_memory = k_set_mem, unsigned categories = ~0u) : m_rows(std::size(k_rows)) {
    for (std::size_t p = 0; p < m_parts.size(); ++p) {
      m_parts[p].set =
          std::make_unique<RE2::Set>(options(set_memory), p == k_labels ? RE2::UNANCHORED : RE2::ANCHOR_START);
    }
    for (std::size_t i = 0; i < std::size(k_rows); ++i) {
      if (!(categories & category_bit(k_rows[i].category))) continue;
      m_held.push_back(static_cast<int>(i));
      Part& part = m_parts[part_of(k_rows[i])];
      if (part.set->Add(set_pattern(k_rows[i]), nullptr) >= 0) part.row_of.push_back(static_cast<int>(i));
    }
    // A set whose program does not fit its budget fails to compile, yet
    // RE2 marks it compiled, and matching it would read the program it
    // never built: such a set is never asked, and its blocks go to every
    // row's own RE2.
    for (Part& part : m_parts) part.compiled = part.row_of.empty() || part.set->Compile();
  }

  // The rows that `folded` may match, in the order of k_rows; false where a
  // set could not read it (it did not compile, or its DFA ran out of memory).
  bool candidates(std::string_view folded, std::vector<int>& rows) const {
    std::vector<int> matched;
    // Asks one set about the text from `at` on: first whether anything
    // matches (the automaton stops at the first match, or as soon as no
    // phrase can go on, which at most word starts is a byte or two in),
    // then which rows.
    const auto ask = [&](const Part& part, std::size_t at) {
      const re2::StringPiece rest(folded.data() + at, folded.size() - at);
      RE2::Set::ErrorInfo error{};
      if (!part.set->Match(rest, nullptr, &error)) return error.kind == RE2::Set::kNoError;
      if (!part.set->Match(rest, &matched, &error)) return false;
      for (int m : matched) rows.push_back(part.row_of[static_cast<std::size_t>(m)]);
      return true;
    };
    for (const Part& part : m_parts) {
      if (!part.row_of.empty() && !part.compiled) return false;
    }
    if (!m_parts[k_labels].row_of.empty() && !ask(m_parts[k_labels], 0)) return false;
    for (std::size_t at = 0; at < folded.size(); ++at) {
      if (!phrase_may_start(folded, at)) continue;
      for (std::size_t p = 0; p < k_labels; ++p) {
        if (!m_parts[p].row_of.empty() && !ask(m_parts[p], at)) return false;
      }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return true;
  }
  std::size_t set_size() const {
    std::size_t n = 0;
    for (const Part& part : m_parts) n += part.row_of.size();
    return n;
  }
  bool set_has_every_row() const { return set_size() == m_held.size(); }
  // The rows this table holds, in the order of k_rows.
  const std::vector<int>& held() const { return m_held; }
  bool every_set_compiled() const {
    return std::all_of(m_parts.begin(), m_parts.end(), [](const Part& p) { return p.compiled; });
  }

  // Thread-safe: workers share the one table.
  const RE2& row(std::size_t r) const {
    LazyRow& row = m_rows[r];
    std::call_once(row.once, [&] { row.re = compile_row(k_rows[r]); });
    return *row.re;
  }

 private:
  struct LazyRow {
    std::once_flag once;
    std::unique_ptr<RE2> re;
  };
  // A set per language, and one for the labels of every language. Each
  // language's set is asked from each start of a word (anchored there),
  // not once for the whole block: an automaton that looks for a phrase
  // starting anywhere is, at each byte, partway through every phrase that
  // began at any of the bytes before, and a varied mailbox reaches new
  // mixes of those block after block; one that starts at a word's first
  // byte is only ever partway through the phrases that begin with what it
  // has read, and those states come back. Against sets that searched the
  // whole block, that more than halved the CPU time of cleaning the
  // held-out newsletters and took a quarter off the run's peak memory.
  struct Part {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> row_of;  // set index -> row
    bool compiled = false;
  };
  static constexpr std::size_t k_labels = k_language_count;
  static std::size_t part_of(const VocabularyRow& row) {
    return row.label_only ? k_labels : static_cast<std::size_t>(row.language);
  }
  std::array<Part, k_language_count + 1> m_parts;
  std::vector<int> m_held;
  mutable std::vector<LazyRow> m_rows;  // indexed like k_rows
};

const Compiled& compiled() {
  static const Compiled c;
  return c;
}

}  // namespace

std::string_view category_name(Category c) {
  static constexpr std::array<std::string_view, k_category_count> k_names = {
      "footer", "view online", "forwarded", "imprint", "sponsor", "advertise", "house ad",
      "upsell", "donation", "feedback", "deliverability", "self-description", "social"};
  return k_names[static_cast<std::size_t>(c)];
}

std::optional<Category> category_from_name(std::string_view name) {
  for (std::size_t c = 0; c < k_category_count; ++c) {
    if (category_name(static_cast<Category>(c)) == name) return static_cast<Category>(c);
  }
  return std::nullopt;
}

std::string_view language_code(Language l) {
  static constexpr std::array<std::string_view, k_language_count> k_codes = {"en", "de", "fr", "es", "it", "nl", "pt"};
  return k_codes[static_cast<std::size_t>(l)];
}

std::span<const VocabularyRow> vocabulary() { return k_rows; }

namespace {

std::vector<VocabularyHit> find_with(const Compiled& c, std::string_view folded) {
  std::vector<int> matched;
  re2::StringPiece input(folded.data(), folded.size());
  if (!c.candidates(folded, matched)) {
    // A set could not read this block (its DFA ran out of memory, which
    // depends on what the blocks before it filled the DFA's cache with): every
    // row is tried with its own RE2, so the hits are the same as when the set
    // reads the block, whatever came before it.
    matched = c.held();
  }
  if (matched.empty()) return {};
  std::vector<VocabularyHit> hits;
  unsigned seen = 0;
  for (int r : matched) {
    const VocabularyRow& row = k_rows[r];
    const unsigned bit = 1u << (static_cast<unsigned>(row.category) * 2 + (row.label_only ? 1 : 0));
    if (seen & bit) continue;
    re2::StringPiece group;
    if (!RE2::PartialMatch(input, c.row(static_cast<std::size_t>(r)), &group)) continue;
    seen |= bit;
    hits.push_back({row.category, row.language, row.label_only, std::string(group.data(), group.size()),
                    static_cast<std::size_t>(group.data() - folded.data())});
  }
  return hits;
}

}  // namespace

std::vector<VocabularyHit> find_vocabulary(std::string_view folded) { return find_with(compiled(), folded); }

std::vector<VocabularyHit> find_mail_notes(std::string_view folded) {
  // Two categories' rows in sets of their own, whose automata stay small.
  static const Compiled c(k_set_mem, category_bit(Category::forwarded) | category_bit(Category::view_online));
  return find_with(c, folded);
}

std::vector<VocabularyHit> find_vocabulary_with_set_memory(std::string_view folded, std::int64_t set_memory) {
  const Compiled c(set_memory);
  return find_with(c, folded);
}

namespace {

// One RE2 per list: the rows of every language in one alternation, in the
// list's own wrapper.
std::string alternation(WordList list) {
  std::string words;
  for (const WordListRow& row : k_word_rows) {
    if (row.list != list) continue;
    if (!words.empty()) words += '|';
    words += row.words;
  }
  return with_ss_for_eszett(words);
}

std::string word_list_pattern(WordList list) {
  const std::string words = alternation(list);
  switch (list) {
    case WordList::sponsor_stem:
      return "(?:" + words + "|" + alternation(WordList::paid_listing) + ")";
    case WordList::photo:
      return "^\\W*(?:" + words + ")s?(?: credits?)?\\s*(?::|©|(?:" + alternation(WordList::photo_by) + ") )";
    case WordList::photo_by: return "[^\\s\\S]";
    case WordList::issue_opening:
    case WordList::own_work: return "^(?:" + words + ") ";
    case WordList::classifieds:
      // Alone, or after one word, the list's own name ("NOODLE CLASSIFIEDS").
      return "^\\W*(?:[\\pL\\pN'-]+ )?(?:" + words + ")\\W*$";
    case WordList::paid_tag:
    case WordList::contents_label:
      return "^\\W*(?:" + words + ")\\W*$";
    case WordList::next_issue: return "(?:^|[.!?] )(?:" + words + ") ?:";
    case WordList::thanks:
    case WordList::partner:
    case WordList::reporting:
    case WordList::commission:
    case WordList::link_word:
    case WordList::paid_listing:
    case WordList::unsubscribe:
    case WordList::partner_body:
    case WordList::issue:
    case WordList::web:
    case WordList::jobs:
    case WordList::contents:
    case WordList::shop:
      break;
  }
  return "(?:^|[^\\pL])(?:" + words + ")(?:$|[^\\pL])";
}

const std::array<std::unique_ptr<RE2>, k_word_list_count>& word_list_res() {
  static const auto res = [] {
    std::array<std::unique_ptr<RE2>, k_word_list_count> r;
    for (std::size_t i = 0; i < k_word_list_count; ++i) {
      r[i] = std::make_unique<RE2>(word_list_pattern(static_cast<WordList>(i)), options());
    }
    return r;
  }();
  return res;
}

}  // namespace

std::string_view word_list_name(WordList w) {
  static constexpr std::array<std::string_view, k_word_list_count> k_names = {
      "sponsor stem", "thanks",       "issue",          "issue opening", "own work",  "web",
      "jobs",         "photo",        "photo by",       "contents",      "shop",      "classifieds",
      "paid tag",     "next issue",   "contents label", "partner",       "reporting", "commission",
      "link word",    "paid listing", "unsubscribe",    "partner body"};
  return k_names[static_cast<std::size_t>(w)];
}

std::span<const WordListRow> word_lists() { return k_word_rows; }

bool has_listed_word(WordList list, std::string_view folded) {
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()),
                           *word_list_res()[static_cast<std::size_t>(list)]);
}

std::vector<std::string> vocabulary_errors() {
  std::vector<std::string> errors;
  const Compiled& c = compiled();
  for (std::size_t i = 0; i < std::size(k_rows); ++i) {
    if (!c.row(i).ok()) {
      errors.push_back(std::string(category_name(k_rows[i].category)) + "/" +
                       std::string(language_code(k_rows[i].language)) + ": " + c.row(i).error());
    }
  }
  if (!c.set_has_every_row()) errors.push_back("the set rejected a row");
  if (!c.every_set_compiled()) errors.push_back("a set does not compile in its memory budget");
  for (std::size_t i = 0; i < k_word_list_count; ++i) {
    const RE2& re = *word_list_res()[i];
    if (!re.ok()) errors.push_back("word list " + std::string(word_list_name(static_cast<WordList>(i))) + ": " + re.error());
  }
  return errors;
}

}  // namespace distill::transform
