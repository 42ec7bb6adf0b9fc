#pragma once
// HTML to Document: what a reader sees in a newsletter's HTML body, as an
// ordered list of blocks with their links (document.hpp), parsed with gumbo.
//
// What becomes a block: headings, paragraphs, list items (level = list
// depth), block quotes, <pre>, separators (<hr>), and the text of table
// cells. Layout tables are containers, not content: a cell that only holds
// other tables or blocks makes no block of its own, and a row whose cells
// hold only short inline text (a byline "Name ∙ Jan 24 ∙ READ IN APP", a
// link bar) becomes one block rather than one per cell. Two or more <br> in
// a row split a block, as they separate paragraphs visually. A block whose
// text is entirely bold, or set in a large font, and short is a heading
// (level 3; level 2 when large): newsletters rarely use <h*> for their item
// titles.
//
// What is not text: <head>, <script>, <style>, <title>, <template>,
// <noscript>, comments, form controls, image alt text, elements with the
// hidden attribute or hidden by inline style or by a class or id rule of the
// document's own <style> sheet outside @media (display:none,
// visibility:hidden, max-height:0, height:0 with overflow:hidden, font-size:0,
// opacity:0: the preheader and the mobile copy of a block), blocks without
// any letter or digit (spacer cells with "|" or "·").
//
// Content duplicated for mobile and desktop that is not hidden by CSS is
// dropped the second time: a run of two or more blocks repeating an
// earlier run, or a single block of 100+ characters repeating an earlier one.
//
// Links keep their visible text and a cleaned URL (links.hpp); mailto: is
// kept, javascript: and in-page anchors are not. Images of at most 1×1
// pixel, of zero size or hidden are counted as tracking pixels.
//
// Robustness: any byte string is accepted; nesting deeper than 400 elements
// is read as flat text; a document nested deeper than gumbo can parse in
// linear time is flattened before parsing.

#include <string_view>

#include "transform/document.hpp"
#include "transform/message.hpp"

namespace distill::transform {

// Converts an HTML document (UTF-8) to a Document. Never throws for bad
// input (std::bad_alloc aside).
Document html_to_document(std::string_view html);

// The Document of a decoded message: from its HTML body when it has one
// with any text, else from its text body (text_document.hpp, format=flowed
// off: Message has already joined nothing, and flowed text reads fine
// unjoined). The message's warnings are not copied.
Document message_to_document(const Message& message);

}  // namespace distill::transform
