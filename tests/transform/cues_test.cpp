#include "transform/cues.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "transform/stopwords.hpp"
#include "transform/words.hpp"

using namespace distill::transform;

namespace {

// Every sentence is read both ways: one cue at a time, and all cues in one
// pass (Cues::read), which must agree.
bool cue(std::string_view language, Cue c, const std::string& sentence) {
  const Cues cues(language);
  const std::string folded = fold_for_match(sentence);
  const int words = count_words(sentence);
  const bool one = cues.is(c, folded, words);
  CHECK(cues.read(folded, words).is(c) == one);
  return one;
}

}  // namespace

TEST_CASE("detect_language tells the seven languages apart", "[transform]") {
  CHECK(detect_language("The council said that the new bridge is open to cyclists and walkers from Monday.") == "en");
  CHECK(detect_language("Der Stadtrat hat beschlossen, dass die neue Brücke ab Montag für Radfahrer offen ist.") ==
        "de");
  CHECK(detect_language("Le conseil a annoncé que le nouveau pont est ouvert aux cyclistes dès lundi, avec des "
                        "pistes pour les piétons.") == "fr");
  CHECK(detect_language("El ayuntamiento dijo que el nuevo puente está abierto para los ciclistas desde el lunes y "
                        "que hay más carriles.") == "es");
  CHECK(detect_language("Il consiglio ha detto che il nuovo ponte è aperto ai ciclisti da lunedì, anche per chi non "
                        "ha la bici.") == "it");
  CHECK(detect_language("De gemeente heeft gezegd dat de nieuwe brug vanaf maandag open is voor fietsers en ook "
                        "voor voetgangers.") == "nl");
  CHECK(detect_language("A câmara disse que a nova ponte está aberta aos ciclistas desde segunda-feira, com mais "
                        "faixas para os peões.") == "pt");
  CHECK(detect_language("") == "en");
}

TEST_CASE("the stemmer and stop words of each language are there", "[transform]") {
  const std::pair<const char*, std::string> plurals[] = {{"en", "stations"}, {"de", "brücken"},
                                                          {"fr", "stations"}, {"es", "estaciones"},
                                                          {"it", "stazioni"}, {"nl", "bruggen"},
                                                          {"pt", "estações"}};
  for (const auto& [language, plural] : plurals) {
    INFO(language);
    Stemmer stemmer(language);
    // A plural noun loses its ending in every one of them.
    CHECK(stemmer.stem(plural).size() < plural.size());
  }
  CHECK(is_stopword("les", "fr"));
  CHECK(is_stopword("los", "es"));
  CHECK(is_stopword("della", "it"));
  CHECK(is_stopword("het", "nl"));
  CHECK(is_stopword("não", "pt"));
  CHECK_FALSE(is_stopword("pont", "fr"));
  CHECK_FALSE(is_stopword("les", "xx"));
}

TEST_CASE("a recurring column's label alone and a closing wish are read in the seven languages", "[transform]") {
  CHECK(cue("en", Cue::self_reference, "Quote of the day"));
  CHECK(cue("de", Cue::self_reference, "Zitat des Tages"));
  CHECK(cue("de", Cue::self_reference, "Die Zahl der Woche:"));
  CHECK(cue("fr", Cue::self_reference, "La citation du jour"));
  CHECK(cue("es", Cue::self_reference, "Frase del día"));
  CHECK(cue("it", Cue::self_reference, "La parola della settimana"));
  CHECK(cue("nl", Cue::self_reference, "Citaat van de dag"));
  CHECK(cue("pt", Cue::self_reference, "Número da semana"));
  // A label followed by what it labels states something.
  CHECK_FALSE(cue("de", Cue::self_reference, "Zahl des Tages: 480 Millionen Euro"));
  CHECK_FALSE(cue("en", Cue::self_reference, "The quote of the day came from the mayor at the opening"));

  CHECK(cue("en", Cue::sign_off, "Wishing you a restful weekend,"));
  CHECK(cue("de", Cue::sign_off, "Einen guten Abend wünscht Ihnen"));
  CHECK(cue("de", Cue::sign_off, "Ein schönes Wochenende wünscht euch das Team"));
  CHECK(cue("fr", Cue::sign_off, "Bon week-end à toutes et à tous"));
  CHECK(cue("es", Cue::sign_off, "Que tengas un buen fin de semana."));
  CHECK(cue("it", Cue::sign_off, "Vi auguriamo una buona domenica"));
  CHECK(cue("nl", Cue::sign_off, "Wij wensen je een fijne week"));
  CHECK(cue("pt", Cue::sign_off, "Tenha um ótimo fim de semana!"));
  CHECK_FALSE(cue("de", Cue::sign_off,
                  "Einen guten Start in die Saison erwischte der FC am Samstag mit einem 3:0 gegen Köln."));
}

TEST_CASE("cue phrases are read in the issue's language and in English", "[transform]") {
  CHECK(cue("fr", Cue::greeting, "Bonjour à toutes et à tous,"));
  CHECK(cue("es", Cue::greeting, "Queridos lectores, esta semana volvemos con novedades."));
  CHECK(cue("it", Cue::greeting, "Ciao a tutti!"));
  CHECK(cue("nl", Cue::greeting, "Beste lezer,"));
  CHECK(cue("pt", Cue::greeting, "Olá, pessoal!"));
  CHECK_FALSE(cue("nl", Cue::greeting, "Beste resultaat in tien jaar voor de haven van Westerhaven."));

  CHECK(cue("de", Cue::sign_off, "Herzliche Grüße, dein Team vom Hafenblatt"));
  CHECK(cue("de", Cue::sign_off, "Herzliche Grüsse aus der Redaktion"));
  CHECK(cue("fr", Cue::sign_off, "Merci pour votre fidélité et bonne lecture !"));
  CHECK(cue("es", Cue::sign_off, "Un saludo cordial del equipo de redacción."));
  CHECK(cue("it", Cue::sign_off, "Buona lettura e a presto."));
  CHECK(cue("nl", Cue::sign_off, "Met vriendelijke groet, de redactie."));
  CHECK(cue("pt", Cue::sign_off, "Obrigado por ler até aqui!"));
  CHECK(cue("en", Cue::sign_off, "Thank you for your continued support of the harbour desk and its readers."));
  CHECK_FALSE(cue("en", Cue::sign_off, "Thanks to a new law, ferries may now carry bicycles free of charge."));
  // A signature line: name, job title, place; a statement about a job is none.
  CHECK(cue("en", Cue::sign_off, "Jane Roe Managing Editor, The Harbour Gazette"));
  CHECK(cue("en", Cue::sign_off, "Tom Vale, Director, harbour-desk.example.org"));
  CHECK(cue("de", Cue::sign_off, "Max Muster Geschäftsführer, Hafenblatt GmbH"));
  CHECK(cue("fr", Cue::sign_off, "Camille Durand, rédactrice en chef du Courrier du Port"));
  CHECK(cue("es", Cue::sign_off, "Lucía Moreno, directora de Noticias del Puerto"));
  CHECK(cue("it", Cue::sign_off, "Giulia Neri, caporedattrice, Gazzetta del Porto"));
  CHECK(cue("nl", Cue::sign_off, "Pieter Smit, hoofdredacteur Havenkrant"));
  CHECK(cue("pt", Cue::sign_off, "Ana Lima, editora-chefe do Jornal do Porto"));
  CHECK_FALSE(cue("en", Cue::sign_off, "Tom Vale became managing director of the ferry company in May."));
  CHECK_FALSE(cue("en", Cue::sign_off, "The harbour director, Anna Bell, said the quay reopens on Monday."));
  CHECK_FALSE(cue("de", Cue::sign_off, "Der neue Geschäftsführer will 2 Millionen Euro in die Werft stecken."));

  CHECK(cue("fr", Cue::credit, "Crédit photo : Camille Durand / Agence du Littoral"));
  CHECK(cue("es", Cue::credit, "Foto: Lucía Moreno para Noticias del Puerto."));
  CHECK(cue("nl", Cue::credit, "Foto: Pieter Smit / Havenkrant"));
  CHECK(cue("pt", Cue::credit, "Photo by Ana Lima, licensed under CC BY 2.0"));  // English credits in any issue
  // A chart's or a figure's caption label: what a picture shows, no news.
  CHECK(cue("en", Cue::credit, "CHART: Weekly spot rate for a container, Westport to Rotterdam, 2024 to 2025."));
  CHECK(cue("en", Cue::credit, "Figure 2: Average waiting time at the gate, monthly."));
  CHECK(cue("de", Cue::credit, "Abbildung 3: Mieten in der Stadt seit 2015"));
  CHECK(cue("fr", Cue::credit, "Graphique : le prix du fret depuis janvier"));
  CHECK(cue("es", Cue::credit, "Gráfico: precio del flete desde enero"));
  CHECK(cue("it", Cue::credit, "Grafico: il prezzo del nolo da gennaio"));
  CHECK(cue("nl", Cue::credit, "Grafiek: de vrachtprijs sinds januari"));
  CHECK(cue("pt", Cue::credit, "Gráfico: o preço do frete desde janeiro"));
  CHECK_FALSE(cue("en", Cue::credit, "Charts show that rents rose 7 percent in a year."));
  CHECK_FALSE(cue("en", Cue::credit, "Table tennis: the club won its first title in May."));
  CHECK_FALSE(cue("de", Cue::credit, "Die Karte zeigt 12 neue Radwege."));

  CHECK(cue("fr", Cue::call_to_action, "Lisez la suite sur notre site ici."));
  CHECK(cue("es", Cue::call_to_action, "Lee más en nuestra web aquí."));
  CHECK(cue("it", Cue::call_to_action, "Scopri di più sul nostro sito."));
  CHECK(cue("nl", Cue::call_to_action, "Lees meer op onze website."));
  CHECK(cue("pt", Cue::call_to_action, "Clique aqui para ler a matéria."));
  CHECK(cue("de", Cue::call_to_action, "Jetzt mehr erfahren"));
  CHECK_FALSE(cue("de", Cue::call_to_action, "Mehr als 2.000 Kunden nutzen die Software jetzt schon."));

  CHECK(cue("pt", Cue::self_reference, "Nesta edição: o porto, a ponte e a feira."));
  CHECK(cue("it", Cue::self_reference, "In questo numero parliamo del porto."));
  CHECK(cue("fr", Cue::dangling, "Mais la mairie n'a pas encore signé le contrat."));
  CHECK_FALSE(cue("en", Cue::dangling, "Maisons on the quay will be repainted in May."));
}

TEST_CASE("a reading time is a self-reference as a short label, not inside a statement", "[transform]") {
  // "Leestijd: 4 minuten" tells how long the issue takes to read; a
  // sentence that speaks of reading time states something.
  CHECK(cue("en", Cue::self_reference, "Reading time: 4 minutes"));
  CHECK(cue("de", Cue::self_reference, "Lesezeit: 5 Minuten"));
  CHECK(cue("fr", Cue::self_reference, "Temps de lecture : 6 min"));
  CHECK(cue("es", Cue::self_reference, "Tiempo de lectura: 3 minutos"));
  CHECK(cue("it", Cue::self_reference, "Tempo di lettura: 4 minuti"));
  CHECK(cue("nl", Cue::self_reference, "Leestijd: 4 minuten"));
  CHECK(cue("pt", Cue::self_reference, "Tempo de leitura: 5 minutos"));
  CHECK_FALSE(cue("nl", Cue::self_reference,
                  "De opbrengst van de gezamenlijke bundel wordt onder de vijf schrijvers verdeeld naar leestijd."));
  CHECK_FALSE(cue("en", Cue::self_reference,
                  "The platform now pays its writers by reading time rather than by the number of subscribers."));
  CHECK_FALSE(cue("de", Cue::self_reference,
                  "Die Einnahmen werden künftig nach der Lesezeit unter den fünf Autorinnen aufgeteilt."));
}

TEST_CASE("a table of contents' heading alone is a self-reference", "[transform]") {
  // "Contents" over the list of the stories names the issue's own
  // parts, no story; a sentence about a contents page states something.
  CHECK(cue("en", Cue::self_reference, "CONTENTS"));
  CHECK(cue("en", Cue::self_reference, "Table of contents:"));
  CHECK(cue("de", Cue::self_reference, "Inhalt"));
  CHECK(cue("fr", Cue::self_reference, "Au sommaire"));
  CHECK(cue("es", Cue::self_reference, "Sumario"));
  CHECK(cue("it", Cue::self_reference, "Sommario"));
  CHECK(cue("nl", Cue::self_reference, "Inhoud"));
  CHECK(cue("pt", Cue::self_reference, "Sumário"));
  CHECK_FALSE(cue("en", Cue::self_reference, "Contents insurance now costs 12 percent more than a year ago."));
  CHECK_FALSE(cue("de", Cue::self_reference, "Inhalt und Preis der Box bleiben gleich."));
}
