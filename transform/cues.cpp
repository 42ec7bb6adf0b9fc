// The cue tables. Each cell is one cue in one language, an RE2 alternation
// over folded text; a sentence is matched against its language's cell and
// the English one, compiled together once. Phrases are written for the
// kind of sentence (how newsletters in that language greet, sign off and
// send the reader elsewhere), never for one publisher.

#include "transform/cues.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "transform/regex_superset.hpp"

namespace distill::transform {

namespace {

constexpr std::size_t k_languages = 7;  // en de fr es it nl pt
constexpr std::size_t k_cells = 7;      // the six cues and the issue's self-introduction

// The end of a word, for words that may end in an accented letter (RE2's
// \b only knows ASCII letters).
#define END R"((?:[^\pL\pN]|$))"

// A signature line: a name of one to three words, a job title, then at most
// a few words of the place ("Jane Roe, Editor, Harbour Gazette", "Max Muster
// Geschäftsführer, Hafenblatt GmbH"), with no stop at its end: a statement
// ("Tom Vale became managing director.") ends with one.
#define SIGNATURE(titles) \
  R"(|^\W*(?:[^\s,]+,? ){1,3}(?:)" titles R"()(?:(?:[ ,]+[^\s,]+){0,3}[ ,]+[^\s,]*[^\s,.!?])?$)"

// What a sentence opens with, per cue and language. Starts of sentences:
// greetings, sign-offs, calls to action (a verb, up to six words, then a
// word like "more" or "here") and dangling openings; anywhere: credits and
// self-references. The last cell is the issue introducing itself ("This
// is ...", "Voici ...") or giving its reading time ("Leestijd: 4
// minuten"), a self-reference only in a short sentence: a statement may
// speak of reading time ("the revenue is shared by reading time"); and a
// recurring column's label standing alone ("Quote of the day", "Zahl der
// Woche", "Citation du jour"): the issue naming one of its own parts.
// clang-format off
constexpr std::array<std::array<const char*, k_cells>, k_languages> k_table = {{
  {  // en
    R"(^\W*(?:good (?:morning|afternoon|evening)|gm|hi|hello|hey|dear|greetings|welcome (?:to|back)))" END,
    R"(^\W*(?:(?:(?:best|kind|warm|warmest) )?regards|cheers|sincerely|yours (?:truly|sincerely)|best wishes|all the best|)"
    R"((?:thanks|thank you)(?: again| so much)?(?:[!,.]|$| for (?:reading|your|being|subscribing|joining|supporting|following))|)"
    R"(see you (?:next|soon|tomorrow|then)|until next (?:time|week)|happy reading|talk (?:soon|to you)|)"
    R"(have a (?:great|nice|good|wonderful) (?:day|week|weekend)|enjoy (?:the|your) (?:day|week|weekend|sunday)|)"
    R"((?:wishing you|we wish you|i wish you) an? (?:\S+ ){0,2}(?:day|week|weekend|sunday|holiday)))" END
    SIGNATURE(R"((?:managing |executive |senior |deputy )?(?:director|editor|editor-in-chief|founder|co-founder|)"
              R"(ceo|cto|cfo|coo|president|vice president|manager|publisher|chairman|chair|owner|partner|columnist|)"
              R"(correspondent)|head of \S+|chief \S+ officer)"),
    R"(^\W*(?:photo|image|picture|illustration|graphic|video)s?(?: credit)?s?\s*(?:by|:|©)|)"
    R"(^\W*(?:chart|graph|figure|fig\.|diagram|map|table)\s*\d*\s*:|)"
    R"(\b(?:credit|source):|©|\bcc by\b|licensed under|getty images|via unsplash|shutterstock)",
    R"(^\W*(?:read|click|tap|learn|find out|see|watch|listen|sign up|subscribe|join|register|download|get|try|)"
    R"(shop|order|book|reply|share|forward|follow|check out|discover|explore)\b(?:\s+\S+){0,6}\s*(?:more|here|now|the full)\b)",
    R"(\b(?:(?:this|our|today's|the) (?:\w+ ){0,2}(?:newsletter|email|e-mail)\b|in this (?:issue|edition|email)|(?:today's|this week's) (?:issue|edition)\b))",
    R"(^(?:\(|(?:it|its|it's|this|that|these|those|they|them|he|she|his|her|but|and|so|also|still|however)\b))",
    R"(^(?:this is|here is|here are|welcome to) |\bread(?:ing)? time\b|^(?:table of )?contents:?$|)"
    R"(^\W*(?:the |our )?(?:(?:quote|word|number|figure|chart|graph|photo|picture|image|tweet|tip|question|fact|stat|video|song) of the (?:day|week))\W*$)",
  },
  {  // de
    R"(^\W*(?:guten (?:morgen|tag|abend)|hallo|liebe|lieber|moin|servus|herzlich willkommen))" END,
    R"(^\W*(?:(?:viele|liebe|beste|herzliche|freundliche|sonnige|schöne) grüße|mit (?:freundlichen|besten|herzlichen) grüßen|)"
    R"(bis (?:bald|morgen|zum nächsten mal|nächste woche|zur nächsten)|schönes wochenende|)"
    R"((?:vielen |herzlichen )?dank(?:e)?(?:[!,.]|$| für (?:ihr|dein|euer|das|die|ihre|deine|eure|ihren|deinen))|)"
    R"((?:dein|euer|ihr) (?:\S+ ){0,2}\S*team$|)"
    R"((?:einen |ein )?(?:schönen|guten|angenehmen|erholsamen|erfolgreichen|sonnigen|gutes|schönes) (?:\S+ ){0,4}wünsch(?:t|en|e)))" END
    SIGNATURE(R"(geschäftsführer(?:in)?|(?:chef)?redakteur(?:in)?|gründer(?:in)?|mitgründer(?:in)?|inhaber(?:in)?|)"
              R"(direktor(?:in)?|herausgeber(?:in)?|vorsitzende[r]?|vorstand|leiter(?:in)? \S+|leiter(?:in)?)"),
    R"(^\W*(?:foto|bild|grafik|illustration)s?\s*(?::|von|©)|\b(?:quelle|bildquelle|fotos?):|lizenziert unter|)"
    R"(^\W*(?:diagramm|abbildung|abb\.|karte|tabelle|schaubild|grafik)\s*\d*\s*:)",
    R"(^\W*(?:lesen|lies|klicken|klick|jetzt|hier|entdecke|entdecken|sichere|sichern|bestelle|bestellen|melde|)"
    R"(abonniere|abonnieren|teile|teilen|weiterlesen|zum (?:artikel|beitrag|shop)))" END
    R"((?:\s*\S+){0,6}?\s*(?:mehr|hier|jetzt|weiter|lesen|erfahren|sichern|ansehen|anmelden))" END
    R"(|^\W*mehr (?:erfahren|lesen|infos|dazu))" END,
    R"(\b(?:(?:diese[rnms]?|unser(?:e|em|en)?) (?:\w+ )?(?:ausgabe|newsletter)|in dieser ausgabe)\b)",
    R"(^(?:\(|(?:er|sie|es|das|dies|diese|aber|und|auch|doch|allerdings)\b))",
    R"(^(?:hier ist|hier sind|willkommen (?:bei|zu|zum|im)) |\blesezeit\b|^(?:inhalt|inhaltsverzeichnis):?$|)"
    R"(^\W*(?:das |die |der |unser(?:e)? )?(?:(?:zitat|zahl|bild|foto|grafik|tipp|frage|wort|video|satz|kopf) (?:des tages|der woche))\W*$)",
  },
  {  // fr
    R"(^\W*(?:bonjour|bonsoir|salut|coucou|bienvenue|(?:cher|chère|chers|chères)(?:[^.!?]{0,40}[,!])))",
    R"(^\W*(?:cordialement|bien (?:à vous|amicalement|cordialement)|amitiés|)"
    R"((?:très )?bonne (?:lecture|journée|semaine|soirée|fin de semaine)|)"
    R"(à (?:bientôt|très vite|la semaine prochaine|demain|la prochaine)|)"
    R"((?:bon|beau) (?:week-end|dimanche)|(?:belle|excellente) (?:journée|semaine|soirée)|)"
    R"((?:nous vous|je vous|on vous) souhait(?:ons|e) (?:une |un )?(?:bonne|belle|excellente|bon|beau)|)"
    R"(merci(?: beaucoup)?(?:[!,.]|$| (?:de|pour|d') ?(?:votre|ta|vos|tes|nous|la|avoir|être|lire))|l'équipe (?:\S+ ){0,2}\S+$))" END
    SIGNATURE(R"(directeur|directrice|rédacteur en chef|rédactrice en chef|rédacteur|rédactrice|fondateur|)"
              R"(fondatrice|cofondateur|cofondatrice|président|présidente|gérant|gérante|pdg|éditeur|)"
              R"(éditrice|responsable \S+)"),
    R"(^\W*(?:photo|image|illustration)s?\s*(?::|par|©)|\bcrédits?(?: photo)?\s?:|\bsource\s?:|)"
    R"(^\W*(?:graphique|figure|carte|tableau|schéma)\s*\d*\s*:)",
    R"(^\W*(?:lire|lisez|lis|cliquez|clique|découvrez|découvre|voir|voyez|regardez|écoutez|inscrivez-vous|)"
    R"(abonnez-vous|téléchargez|profitez|commandez|réservez|partagez|suivez|rejoignez|en savoir))" END
    R"((?:\s*\S+){0,6}?\s*(?:plus|ici|maintenant|la suite|l'article|vite))" END,
    R"(\b(?:(?:cette|notre) (?:newsletter|lettre|infolettre|édition)|dans (?:ce|le) numéro))" END,
    R"(^(?:\(|(?:il|elle|ils|elles|cela|ça|ceci|mais|et|donc|aussi|pourtant|cependant))" END ")",
    R"(^(?:voici|bienvenue (?:dans|à|sur)) |\btemps de lecture\b|^(?:au )?sommaire ?:?$|)"
    R"(^\W*(?:la |le |l')?(?:(?:citation|chiffre|photo|image|question|mot|conseil|graphique|phrase|vidéo) (?:du jour|de la semaine))\W*$)",
  },
  {  // es
    R"(^\W*(?:hola|buen(?:os)? días|buenas (?:tardes|noches)|bienvenid[oa]s?|)"
    R"((?:querid|estimad)[oa]s?(?:[^.!?]{0,40}[,!])))",
    R"(^\W*(?:(?:un )?(?:saludo|abrazo)s?(?: cordial(?:es)?)?|atentamente|cordialmente|)"
    R"(hasta (?:pronto|la próxima|mañana|la semana que viene)|(?:feliz|buena) (?:semana|lectura|día|fin de semana)|)"
    R"(buen fin de semana|que (?:tengas|tenga|tengáis|tengan) (?:un )?(?:buen|feliz|excelente|gran)|)"
    R"((?:te|os|les) deseamos (?:un|una)|)"
    R"((?:muchas )?gracias(?:[!,.]|$| por (?:leer|tu|su|vuestra|tus|sus|estar|seguir))|el equipo de (?:\S+ ){0,2}\S+$))" END
    SIGNATURE(R"(director|directora|editor|editora|redactor|redactora|fundador|fundadora|cofundador|)"
              R"(cofundadora|presidente|presidenta|gerente|consejero delegado|consejera delegada|)"
              R"(jefe de \S+|jefa de \S+)"),
    R"(^\W*(?:foto(?:grafía)?|imagen|ilustración)s?\s*(?::|por|©)|\bcréditos?(?: de la foto| foto)?\s?:|\bfuente\s?:|)"
    R"(^\W*(?:gráfico|figura|mapa|tabla|diagrama)\s*\d*\s*:)",
    R"(^\W*(?:lee|leer|lea|haz clic|pulsa|descubre|descubra|mira|ver|escucha|suscríbete|regístrate|descarga|)"
    R"(compra|reserva|comparte|síguenos|únete|aprovecha))" END
    R"((?:\s*\S+){0,6}?\s*(?:más|aquí|ahora|el artículo|la nota|completo))" END,
    R"(\b(?:(?:este|nuestro) (?:boletín|newsletter)|(?:esta|nuestra) (?:newsletter|edición)|en (?:este|el) número))" END,
    R"(^(?:\(|(?:él|ella|ellos|ellas|esto|eso|pero|y|también|sin embargo|además))" END ")",
    R"(^(?:aquí (?:está|están|tienes)|bienvenid[oa]s? a) |\btiempo de lectura\b|^(?:índice|sumario):?$|)"
    R"(^\W*(?:la |el )?(?:(?:cita|frase|cifra|foto|imagen|pregunta|palabra|consejo|dato|número|gráfico|vídeo) (?:del día|de la semana))\W*$)",
  },
  {  // it
    R"(^\W*(?:ciao|buongiorno|buonasera|salve|benvenut[oaie]|(?:car[oaie]|gentil[ei])(?:[^.!?]{0,40}[,!])))",
    R"(^\W*(?:(?:cordiali |cari )?saluti|un (?:caro )?abbraccio|a presto|alla prossima(?: settimana)?|)"
    R"(buona (?:lettura|giornata|settimana|serata|domenica)|buon (?:fine settimana|weekend|proseguimento)|)"
    R"((?:vi|ti) auguri(?:amo|o) (?:una |un )?(?:buona|buon|felice|serena)|)"
    R"((?:mille )?grazie(?:[!,.]|$| (?:per|di) (?:averci|aver|la|il|essere|leggere|seguirci))|)"
    R"((?:il team|la redazione|lo staff) di (?:\S+ ){0,2}\S+$))" END
    SIGNATURE(R"(direttore|direttrice|caporedattore|caporedattrice|redattore|redattrice|fondatore|)"
              R"(fondatrice|cofondatore|cofondatrice|presidente|amministratore delegato|)"
              R"(amministratrice delegata|editore|responsabile \S+)"),
    R"(^\W*(?:foto|immagine|illustrazione)s?\s*(?::|©)|\bcredits?(?: foto)?\s?:|\bfonte\s?:|)"
    R"(^\W*(?:grafico|figura|mappa|tabella|diagramma)\s*\d*\s*:)",
    R"(^\W*(?:leggi|clicca|scopri|guarda|ascolta|iscriviti|registrati|scarica|acquista|prenota|condividi|seguici|)"
    R"(unisciti|approfitta))" END R"((?:\s*\S+){0,6}?\s*(?:di più|qui|ora|subito|l'articolo|tutto))" END,
    R"(\b(?:(?:questa|la nostra) (?:newsletter|edizione)|in questo numero|in questa edizione))" END,
    R"(^(?:\(|(?:lui|lei|loro|questo|questa|ciò|ma|e|anche|però|inoltre|quindi))" END ")",
    R"(^(?:ecco|benvenut[oi] (?:in|a|su)) |\btempo di lettura\b|^(?:indice|sommario):?$|)"
    R"(^\W*(?:la |il |l')?(?:(?:citazione|frase|numero|foto|immagine|domanda|parola|consiglio|grafico|video) (?:del giorno|della settimana))\W*$)",
  },
  {  // nl
    R"(^\W*(?:hallo|hoi|goedemorgen|goedemiddag|goedenavond|welkom|(?:beste|lieve)(?:[^.!?]{0,40}[,!])))",
    R"(^\W*(?:(?:met )?(?:vriendelijke|hartelijke|warme) groet(?:en)?|groet(?:en|jes)|)"
    R"(tot (?:snel|ziens|volgende week|de volgende keer|morgen)|veel leesplezier|(?:fijne|prettige) (?:dag|week|avond|weekend|zondag)|)"
    R"((?:we|wij|ik) wens(?:en)? (?:je|u|jullie) (?:een )?(?:fijne|prettige|mooie|goede)|)"
    R"(bedankt(?:[!,.]|$| voor (?:het|je|uw|jullie))|dank (?:je|u)(?: wel)?|het (?:\S+ ){0,2}\S*team$))" END
    SIGNATURE(R"(directeur|hoofdredacteur|redacteur|oprichter|medeoprichter|eigenaar|eigenaresse|)"
              R"(voorzitter|uitgever|hoofd \S+)"),
    R"(^\W*(?:foto|beeld|afbeelding|illustratie)s?\s*(?::|door|©)|\b(?:bron|fotograaf)\s?:|)"
    R"(^\W*(?:grafiek|figuur|kaart|tabel|diagram)\s*\d*\s*:)",
    R"(^\W*(?:lees|klik|ontdek|bekijk|kijk|luister|schrijf je in|meld je aan|download|bestel|boek|deel|volg|)"
    R"(probeer|profiteer))" END R"((?:\s*\S+){0,6}?\s*(?:meer|hier|nu|verder|het artikel|snel))" END,
    R"(\b(?:(?:deze|onze) (?:nieuwsbrief|editie|newsletter)|in (?:dit|deze) (?:nummer|editie|nieuwsbrief)))" END,
    R"(^(?:\(|(?:hij|zij|ze|dit|dat|deze|maar|en|ook|toch|echter))" END ")",
    R"(^(?:dit is|hier is|welkom (?:bij|in)) |\bleestijd\b|^(?:inhoud|inhoudsopgave):?$|)"
    R"(^\W*(?:de |het )?(?:(?:citaat|quote|uitspraak|getal|foto|beeld|vraag|woord|tip|grafiek|video) van de (?:dag|week))\W*$)",
  },
  {  // pt
    R"(^\W*(?:olá|oi|bom dia|boa (?:tarde|noite)|bem-vind[oa]s?|(?:car|prezad|querid)[oa]s?(?:[^.!?]{0,40}[,!])))",
    R"(^\W*(?:(?:um )?(?:grande )?abraço|abraços|atenciosamente|cumprimentos|saudações|)"
    R"(até (?:breve|logo|a próxima|à próxima|amanhã|a semana que vem)|boa (?:leitura|semana)|bom fim de semana|)"
    R"((?:tenha|tenham) (?:um|uma) (?:ótim[oa]|bo[am]|excelente)|(?:desejamos|desejo)(?: a (?:você|vocês))? (?:um|uma)|)"
    R"((?:muito )?obrigad[oa](?:[!,.]|$| (?:por|pela|pelo))|(?:a )?equip[ea] (?:\S+ ){0,2}\S+$))" END
    SIGNATURE(R"(diretor|diretora|editor|editora|editor-chefe|editora-chefe|redator|redatora|fundador|)"
              R"(fundadora|cofundador|cofundadora|presidente|gerente|responsável por \S+)"),
    R"(^\W*(?:foto(?:grafia)?|imagem|ilustração)s?\s*(?::|por|©)|\bcréditos?(?: da foto)?\s?:|\bfonte\s?:|)"
    R"(^\W*(?:gráfico|figura|mapa|tabela|diagrama)\s*\d*\s*:)",
    R"(^\W*(?:leia|ler|clique|descubra|veja|confira|assista|ouça|assine|inscreva-se|cadastre-se|baixe|compre|)"
    R"(reserve|compartilhe|siga|aproveite|saiba))" END R"((?:\s*\S+){0,6}?\s*(?:mais|aqui|agora|já|o artigo|completo))" END,
    R"(\b(?:(?:esta|nossa) (?:newsletter|edição)|(?:este|nosso) (?:boletim|informativo)|nesta edição|neste número))" END,
    R"(^(?:\(|(?:ele|ela|eles|elas|isso|isto|mas|e|também|porém|contudo))" END ")",
    R"(^(?:aqui está|aqui estão|esta é|bem-vind[oa]s? (?:a|ao|à)) |\btempo de leitura\b|^(?:índice|sumário):?$|)"
    R"(^\W*(?:a |o )?(?:(?:citação|frase|número|foto|imagem|pergunta|palavra|dica|gráfico|vídeo) (?:do dia|da semana))\W*$)",
  },
}};
// clang-format on
#undef SIGNATURE
#undef END

constexpr std::array<std::string_view, k_languages> k_codes = {"en", "de", "fr", "es", "it", "nl", "pt"};

constexpr std::size_t k_intro = 6;  // the cell of the issue's self-introduction

// Each language's cells with the English ones, compiled the first time a
// sentence of that language is read: a mailbox reads a language or two, and
// compiling all seven at the start cost more than reading a hundred issues'
// sentences with them. The cells are compiled as one RE2::Set, which finds
// every cue of a sentence in one pass; only when the set does not compile,
// or runs out of memory on a sentence, are the cells compiled one by one
// and that sentence matched against each.
using Cells = std::array<std::unique_ptr<RE2>, k_cells>;

std::string cell_pattern(std::size_t language, std::size_t cell) {
  std::string pattern = "(?:" + std::string(k_table[0][cell]) + ")";
  if (language != 0) pattern += "|(?:" + std::string(k_table[language][cell]) + ")";
  return with_ss_for_eszett(pattern);
}

RE2::Options cue_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

struct Compiled {
  std::once_flag once;
  std::unique_ptr<RE2::Set> set;  // the cells in order, or null
  std::once_flag cells_once;
  Cells cells;  // only when the set could not answer
};

Compiled& compiled(std::size_t language) {
  static std::array<Compiled, k_languages> table;
  Compiled& c = table[language];
  std::call_once(c.once, [&] {
    auto set = std::make_unique<RE2::Set>(cue_options(), RE2::UNANCHORED);
    bool added = true;
    for (std::size_t cell = 0; cell < k_cells; ++cell) {
      added = added && set->Add(cell_pattern(language, cell), nullptr) == static_cast<int>(cell);
    }
    if (added && set->Compile()) c.set = std::move(set);
  });
  return c;
}

const Cells& cells(std::size_t language) {
  Compiled& c = compiled(language);
  std::call_once(c.cells_once, [&] {
    for (std::size_t cell = 0; cell < k_cells; ++cell) {
      c.cells[cell] = std::make_unique<RE2>(cell_pattern(language, cell), cue_options());
    }
  });
  return c.cells;
}

// The bit of each cell the folded sentence matches.
unsigned cell_bits(std::size_t language, std::string_view folded) {
  const re2::StringPiece text(folded.data(), folded.size());
  if (const auto& set = compiled(language).set) {
    std::vector<int> matched;
    RE2::Set::ErrorInfo error{};
    if (set->Match(text, &matched, &error) || error.kind == RE2::Set::kNoError) {
      unsigned bits = 0;
      for (int cell : matched) bits |= 1u << cell;
      return bits;
    }
  }
  const Cells& each = cells(language);
  unsigned bits = 0;
  for (std::size_t cell = 0; cell < k_cells; ++cell) {
    if (RE2::PartialMatch(text, *each[cell])) bits |= 1u << cell;
  }
  return bits;
}

// Whether the cells `bits` of a sentence of `words` words show `cue`.
bool shows(Cue cue, unsigned bits, int words) {
  const auto has = [&](std::size_t cell) { return (bits >> cell & 1u) != 0; };
  switch (cue) {
    case Cue::greeting:
      return has(0);
    case Cue::sign_off:
      return words <= 15 && has(1);
    case Cue::credit:
      return has(2);
    case Cue::call_to_action:
      return words <= 14 && has(3);
    case Cue::self_reference:
      return has(4) || (words <= 8 && has(k_intro));
    case Cue::dangling:
      return has(5);
  }
  return false;
}

}  // namespace

Cues::Cues(std::string_view language) {
  for (std::size_t l = 0; l < k_languages; ++l) {
    if (k_codes[l] == language) m_language = static_cast<int>(l);
  }
}

bool Cues::is(Cue cue, std::string_view folded, int words) const { return read(folded, words).is(cue); }

CueSet Cues::read(std::string_view folded, int words) const {
  CueSet set;
  set.m_cells = cell_bits(static_cast<std::size_t>(m_language), folded);
  set.m_words = words;
  return set;
}

bool CueSet::is(Cue cue) const { return shows(cue, m_cells, m_words); }

}  // namespace distill::transform
