#include "transform/newsletter.hpp"

#include <catch2/catch.hpp>

using namespace distill::transform;

namespace {

Document body(std::string text, std::vector<Link> links = {}) {
  Document d;
  d.blocks.push_back(Block{BlockKind::paragraph, 0, std::move(text), std::move(links)});
  return d;
}

const Document k_personal = body("Hi Sam, are we still on for lunch on Friday? Cheers, Alex");

}  // namespace

TEST_CASE("a personal message is not a newsletter", "[transform]") {
  Message m;
  CHECK(not_a_newsletter_reason(m, k_personal) == "not a newsletter");
  CHECK_FALSE(is_newsletter(m, k_personal));
}

TEST_CASE("list headers make a newsletter", "[transform]") {
  Message m;
  SECTION("List-Unsubscribe") { m.list_unsubscribe = "<https://example.com/u>"; }
  SECTION("List-Unsubscribe-Post") { m.list_unsubscribe_post = "List-Unsubscribe=One-Click"; }
  SECTION("List-Id") { m.list_id = "news.example.com"; }
  SECTION("Precedence bulk") { m.precedence = "bulk"; }
  SECTION("Precedence list") { m.precedence = "list"; }
  CHECK(is_newsletter(m, k_personal));
}

TEST_CASE("an unsubscribe link or phrase in the body makes a newsletter", "[transform]") {
  Message m;
  CHECK(is_newsletter(m, body("Manage", {{"Unsubscribe", "https://example.com/x"}})));
  CHECK(is_newsletter(m, body("Click here", {{"here", "https://example.com/opt-out?id=1"}})));
  CHECK(is_newsletter(m, body("To stop receiving these emails, reply STOP.")));
  CHECK(is_newsletter(m, body("Hier können Sie den Newsletter abbestellen.")));
  CHECK(is_newsletter(m, body("Du erhältst diese E-Mail, weil du dich angemeldet hast.")));
  CHECK(is_newsletter(m, body("Vom Newsletter", {{"abmelden", "https://example.de/n"}})));
}

TEST_CASE("include decides which messages are digested", "[transform]") {
  Message newsletter;
  newsletter.list_id = "news.example.com";
  Message personal;
  SECTION("newsletters: sources and newsletters") {
    CHECK_FALSE(not_digested_reason(newsletter, k_personal, false, "newsletters"));
    CHECK_FALSE(not_digested_reason(personal, k_personal, true, "newsletters"));
    CHECK(not_digested_reason(personal, k_personal, false, "newsletters") == "not a newsletter");
  }
  SECTION("sources: configured sources only") {
    CHECK_FALSE(not_digested_reason(personal, k_personal, true, "sources"));
    CHECK(not_digested_reason(newsletter, k_personal, false, "sources") == "not a newsletter");
  }
  SECTION("all: everything") {
    CHECK_FALSE(not_digested_reason(personal, k_personal, false, "all"));
  }
  SECTION("never distill's own digests") {
    Message digest;
    digest.digest_marker = "1";
    digest.list_id = "x";
    CHECK(not_digested_reason(digest, k_personal, true, "all") == "a digest sent by distill");
  }
}

TEST_CASE("the way out of a mailing makes a newsletter in every language of the vocabulary", "[transform]") {
  Message m;
  // The text says it.
  CHECK(is_newsletter(m, body("To change your e-mail address or leave the list, visit our site.")));
  CHECK(is_newsletter(m, body("You are receiving the Harbour Notes because you registered on our site.")));
  CHECK(is_newsletter(m, body("If you would rather not receive the Buyers' Letter, change your settings.")));
  CHECK(is_newsletter(m, body("To subscribe, send a blank email to: garden-weekly-subscribe@lists.example")));
  CHECK(is_newsletter(m, body("This bulletin is sent by e-mail to all members of the Society.")));
  CHECK(is_newsletter(m, body("Sie erhalten diesen Mitgliederbrief als Mitglied unseres Vereins.")));
  CHECK(is_newsletter(m, body("Wenn Sie den Brief nicht mehr per E-Mail erhalten möchten, schreiben Sie uns.")));
  CHECK(is_newsletter(m, body("Pour ne plus recevoir cette lettre, écrivez-nous.")));
  CHECK(is_newsletter(m, body("Si no queréis recibir más correos de la asociación, contestad a este mensaje.")));
  CHECK(is_newsletter(m, body("Hai ricevuto questo messaggio perché sei iscritto all'Università.")));
  CHECK(is_newsletter(m, body("U ontvangt deze nieuwsbrief omdat u lid bent van de vereniging.")));
  CHECK(is_newsletter(m, body("Se preferir deixar de receber estas comunicações, responda a este email.")));
  // A line on choosing which mail one gets, under the reason for it.
  CHECK(is_newsletter(m, body("To change which mail you receive, log in to your account at our support site.")));
  CHECK(is_newsletter(m, body("Welche E-Mails Sie von uns erhalten, legen Sie in Ihrem Kundenkonto fest.")));
  CHECK(is_newsletter(m, body("Pour choisir les e-mails que vous recevez, connectez-vous à votre espace client.")));
  CHECK(is_newsletter(m, body("Para elegir qué correos recibes, entra en tu cuenta.")));
  CHECK(is_newsletter(m, body("Per scegliere quali email ricevi, accedi al tuo profilo.")));
  CHECK(is_newsletter(m, body("Welke e-mails u van ons ontvangt, stelt u in via uw account.")));
  CHECK(is_newsletter(m, body("Para alterar os e-mails que recebe, entre na sua conta.")));
  // A link's text or address says it.
  CHECK(is_newsletter(m, body("Plus de lettres ?", {{"Se désinscrire", "https://example.fr/l"}})));
  CHECK(is_newsletter(m, body("Niet meer?", {{"hier", "https://example.nl/nieuwsbrief/uitschrijven?id=4"}})));
  CHECK(is_newsletter(m, body("Basta così?", {{"Disiscriviti", "https://example.it/n"}})));
  CHECK(is_newsletter(m, body("¿Demasiados correos?", {{"Date de baja", "https://example.es/n"}})));
  CHECK(is_newsletter(m, body("Chega?", {{"aqui", "https://example.pt/descadastrar?u=9"}})));
}

TEST_CASE("a personal or business letter with the same words is no newsletter", "[transform]") {
  Message m;
  for (const char* text : {
           "If you received this message in error, please notify the sender and delete it.",
           "You're getting this book back next week, I promise.",
           "Du erhältst die Schlüssel am Freitag, und die Unterlagen bekommst du per Post.",
           "Vous avez reçu ce message par erreur ? Merci de le détruire.",
           "Si has recibido este correo por error, bórralo. No quieres recibir visitas esta semana, lo entiendo.",
           "Se hai ricevuto questo messaggio per errore, cancellalo.",
           "Je ontvangt deze week een pakketje van ons.",
           "Se recebeu esta mensagem por engano, apague-a.",
           "You can change what you get for dinner, but not which train you take.",
           "Welche Nachrichten du zuerst liest, ist deine Sache.",
       }) {
    INFO(text);
    CHECK_FALSE(is_newsletter(m, body(text)));
  }
}
