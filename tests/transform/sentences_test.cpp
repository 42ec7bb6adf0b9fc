#include "transform/sentences.hpp"

#include <catch2/catch.hpp>

using distill::transform::head_clause;
using distill::transform::split_sentences;
using V = std::vector<std::string>;

TEST_CASE("split_sentences splits plain prose at . ! and ?", "[transform]") {
  CHECK(split_sentences("It rained. Then it stopped! Did it? Yes.") ==
        V{"It rained.", "Then it stopped!", "Did it?", "Yes."});
  CHECK(split_sentences("") == V{});
  CHECK(split_sentences("   \n ") == V{});
  CHECK(split_sentences("No final stop") == V{"No final stop"});
}

TEST_CASE("split_sentences keeps titles and abbreviations inside the sentence", "[transform]") {
  CHECK(split_sentences("Dr. Smith met Mr. Jones at St. Paul's. They talked.") ==
        V{"Dr. Smith met Mr. Jones at St. Paul's.", "They talked."});
  CHECK(split_sentences("Columbia dropped from No. 2 to No. 18 this year. Others rose.") ==
        V{"Columbia dropped from No. 2 to No. 18 this year.", "Others rose."});
  CHECK(split_sentences("Big tech, e.g. Google, and others, i.e. everyone. Next one.") ==
        V{"Big tech, e.g. Google, and others, i.e. everyone.", "Next one."});
  CHECK(split_sentences("Er kam z.B. am Montag, bzw. am Dienstag. Dann ging er.") ==
        V{"Er kam z.B. am Montag, bzw. am Dienstag.", "Dann ging er."});
}

TEST_CASE("split_sentences handles dotted acronyms and initials", "[transform]") {
  CHECK(split_sentences("The U.S. Army and J. R. R. Tolkien agree. Fine.") ==
        V{"The U.S. Army and J. R. R. Tolkien agree.", "Fine."});
  // An acronym at the end of a sentence still ends it when an opener follows.
  CHECK(split_sentences("Prices rose in the U.S. The Fed noticed.") ==
        V{"Prices rose in the U.S.", "The Fed noticed."});
}

TEST_CASE("split_sentences keeps decimals, versions, times and URLs whole", "[transform]") {
  CHECK(split_sentences("Inflation rose 8.5% in March. Go 1.18 is out.") ==
        V{"Inflation rose 8.5% in March.", "Go 1.18 is out."});
  CHECK(split_sentences("Read https://example.com/a.b?c=d.e now. It is good.") ==
        V{"Read https://example.com/a.b?c=d.e now.", "It is good."});
  CHECK(split_sentences("Costs $2.3m. Mango lost $112m.") == V{"Costs $2.3m.", "Mango lost $112m."});
}

TEST_CASE("split_sentences ends a sentence after closing quotes and brackets", "[transform]") {
  CHECK(split_sentences("He said \"Stop.\" Then he left.") == V{"He said \"Stop.\"", "Then he left."});
  CHECK(split_sentences("“Is it?” she asked. Nobody knew.") == V{"“Is it?” she asked.", "Nobody knew."});
  CHECK(split_sentences("It runs long (59 minutes.) Go listen.") ==
        V{"It runs long (59 minutes.)", "Go listen."});
  CHECK(split_sentences("Fan said: “Simple math!” The timeline shrank.") ==
        V{"Fan said: “Simple math!”", "The timeline shrank."});
}

TEST_CASE("split_sentences treats ellipses by what follows", "[transform]") {
  CHECK(split_sentences("Wait... what happened? Nothing.") == V{"Wait... what happened?", "Nothing."});
  CHECK(split_sentences("It was 1972? Or is it..? Russ starts there.") ==
        V{"It was 1972?", "Or is it..?", "Russ starts there."});
  CHECK(split_sentences("A trial gets going… Meanwhile, stocks rallied.") ==
        V{"A trial gets going…", "Meanwhile, stocks rallied."});
}

TEST_CASE("split_sentences keeps list numbers and German ordinal dates", "[transform]") {
  CHECK(split_sentences("1. Advanced Log Processing\n2. Assessing Risk") ==
        V{"1. Advanced Log Processing", "2. Assessing Risk"});
  CHECK(split_sentences("Das Angebot gilt bis zum 24. Januar. Danach nicht mehr.") ==
        V{"Das Angebot gilt bis zum 24. Januar.", "Danach nicht mehr."});
  CHECK(split_sentences("It launched in 2024. Then it grew.") == V{"It launched in 2024.", "Then it grew."});
}

TEST_CASE("split_sentences breaks at line breaks unless the line wraps", "[transform]") {
  CHECK(split_sentences("Number of The Week\n300 million\nNetflix reached 300 million.") ==
        V{"Number of The Week", "300 million", "Netflix reached 300 million."});
  CHECK(split_sentences("a sentence that\nwraps onto the next line. Done.") ==
        V{"a sentence that wraps onto the next line.", "Done."});
}

TEST_CASE("split_sentences reads hard-wrapped plain text as wrapped, whatever case a line starts with", "[transform]") {
  // Wrapped at 72 columns: "UK" and "Friday" would not have fitted on the
  // line before them, so those line breaks are no sentence ends.
  const std::string wrapped =
      "Last spring a former contractor who had once worked for a medium-sized\n"
      "UK insurer walked into the server room with a borrowed badge (nobody at\n"
      "the desk asked for his name). He left with two backup tapes on a quiet\n"
      "Friday afternoon and was not missed until the audit in June.";
  CHECK(split_sentences(wrapped) ==
        V{"Last spring a former contractor who had once worked for a medium-sized UK insurer walked into the server "
          "room with a borrowed badge (nobody at the desk asked for his name).",
          "He left with two backup tapes on a quiet Friday afternoon and was not missed until the audit in June."});

  SECTION("a line that ends a sentence or a lead-in still ends it") {
    const std::string lines =
        "The council met on Tuesday evening to discuss the new harbour budget.\n"
        "Three members asked for a delay until the engineers report in spring:\n"
        "Engineers from the port authority will present their numbers in May\n"
        "and the vote follows a week later, the chair said after the meeting.";
    CHECK(split_sentences(lines) ==
          V{"The council met on Tuesday evening to discuss the new harbour budget.",
            "Three members asked for a delay until the engineers report in spring:",
            "Engineers from the port authority will present their numbers in May and the vote follows a week "
            "later, the chair said after the meeting."});
  }
  SECTION("list lines and short lines keep their breaks") {
    const std::string list =
        "Four things changed in the new release of the parser library this week\n"
        "2) Errors now name the line and the column where the parser stopped\n"
        "3) Nested tables are read in one pass instead of two, halving the time\n"
        "4) The command line tool prints its version and exits with status 0";
    CHECK(split_sentences(list).size() == 4);
    CHECK(split_sentences("Number of The Week\n300 million\nNetflix reached 300 million.") ==
          V{"Number of The Week", "300 million", "Netflix reached 300 million."});
  }
}

TEST_CASE("split_sentences goes on after an ellipsis unless a capital or a quote follows", "[transform]") {
  CHECK(split_sentences("He typed in the codes... $4.5m left the account that night. Nobody noticed.") ==
        V{"He typed in the codes... $4.5m left the account that night.", "Nobody noticed."});
  CHECK(split_sentences("We waited… 40 minutes, then left. The bus never came.") ==
        V{"We waited… 40 minutes, then left.", "The bus never came."});
  CHECK(split_sentences("A trial gets going… Meanwhile, stocks rallied.") ==
        V{"A trial gets going…", "Meanwhile, stocks rallied."});
  CHECK(split_sentences("It ended... \"Never again,\" she said.") == V{"It ended...", "\"Never again,\" she said."});
}

TEST_CASE("head_clause cuts a sentence at its last semicolon that leaves a head within the limit", "[transform]") {
  const std::string s =
      "El pleno aprobó reservar 250.000 euros para los más votados; la votación se hace en la web municipal o en el "
      "registro.";
  CHECK(head_clause(s, 20) == "El pleno aprobó reservar 250.000 euros para los más votados.");
  CHECK(head_clause(s, 5).empty());       // the head is longer than the room left
  CHECK(head_clause(s, 20, 12).empty());  // and shorter than a statement must be
  // The longest head that fits, of two semicolons.
  CHECK(head_clause(
            "Der Rat stimmte mit 24 zu 11 Stimmen zu; das Land zahlt 1,5 Millionen Euro dazu; der Bau beginnt im Mai.",
            20) == "Der Rat stimmte mit 24 zu 11 Stimmen zu; das Land zahlt 1,5 Millionen Euro dazu.");
  // Not inside brackets, and never without a semicolon.
  CHECK(head_clause("Prices rose by a fifth in a year (energy; food; rent) and wages did not keep up at all.", 20)
            .empty());
  CHECK(head_clause("No semicolon in this sentence at all, however long it may be.", 20).empty());
}
