#pragma once
// Plain text to Document: the structure a reader sees in a text/plain body.
//
// - Paragraphs are separated by blank lines; the lines of a paragraph are
//   joined with spaces (hard wrapping is not structure).
// - List items start with a bullet ("*", "-", "+", "•", "o") or a number or
//   letter ("1.", "2)", "a)", "(a)", "(12)"), one block each. A hard-wrapped
//   item stays one block: lines indented deeper than its bullet continue it,
//   and so, in a list whose bullets stand at the margin, does an unindented
//   line whose first word would not have fit on the line above (so a short
//   title line keeps its own lines below, and a "Label: value" field line is
//   never taken in). A blank line, the next bullet or an underlined heading
//   ends the item. The level is 1, or 2 for an item indented deeper than the
//   item before it.
// - Headings: a line underlined with ===, --- or ~~~ (level 1, 2, 3); a
//   Markdown "## Title" (its level); a short line in capitals standing
//   alone (level 2).
// - A line of only - = * _ ~ # (three or more) is a separator; so is the
//   signature delimiter "-- " (RFC 3676, also written "--"), with level 1:
//   what follows it is the sender's signature.
// - Quoted "> " lines are quote blocks, paragraphs split by blank quoted lines.
// - Bare http(s):// and www. URLs become links (text = the URL as written,
//   url = clean_url of it); so do <http://...> forms.
// - Clear-signed PGP armour (BEGIN/END lines, Hash: header, signature block)
//   and mboxrd ">From " escapes are removed, they are transport, not text.

#include <string>
#include <string_view>

#include "transform/document.hpp"

namespace distill::transform {

// Converts a plain-text body (UTF-8, any line ends) to a Document. With
// `format_flowed`, RFC 3676 soft line breaks are joined first (delsp=no).
// Never throws for bad input.
Document text_to_document(std::string_view text, bool format_flowed = false);

// Undoes RFC 3676 format=flowed: joins lines that end in a space with the
// next line of the same quote depth, removes space-stuffing, and with
// `delsp` drops the space that marked the soft break. Quote prefixes are
// written back as "> " per level.
std::string decode_format_flowed(std::string_view text, bool delsp);

}  // namespace distill::transform
