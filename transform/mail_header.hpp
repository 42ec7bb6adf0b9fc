#pragma once
// The header of a message quoted in a list's digest or a forward, as
// plain text prints it.

#include <optional>
#include <string>
#include <string_view>

namespace distill::transform {

// "Message: 2 Date: Tue, 10 Sep 2002 07:02:55 -0400 From: Carla Ruiz
// <cruiz@example.org> Subject: Sharing one printer": the header of a
// message in a mailing list's digest (or of a forwarded one): a line with
// an address in angle brackets, or with two of the header fields mail
// writes (in English whatever the list's language). It states nothing but
// its Subject, the message's headline. nullopt when `t` is no header, else
// its subject without "Re:" or "Fwd:" (empty when it has none).
std::optional<std::string> message_header(std::string_view t);

}  // namespace distill::transform
