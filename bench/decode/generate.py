#!/usr/bin/env python3
"""Generates the decode benchmark's newsletters, deterministically.

Usage: generate.py OUT_DIR [--count N] [--seed S]

Each message is a realistic HTML newsletter of 20-80 KB: nested layout
tables with inline styles, a hidden preheader, a <style> sheet with @media
rules, headings, paragraphs, link lists with utm_* parameters and
click-tracking redirects, a mobile/desktop duplicate block, a tracking pixel,
a footer; as multipart/alternative with a text/plain part (two in three) or
HTML alone. Charsets and transfer encodings rotate: utf-8 (quoted-printable
and base64), iso-8859-1 and windows-1252 (quoted-printable), iso-8859-2,
koi8-r and shift_jis (base64), so the charset converters are part of the
measurement.
"""
import base64
import os
import quopri
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import generator_args  # noqa: E402

WORDS = {
    "en": ("the market week report growth company launch product users data model price city council "
           "budget science study energy team season film music review interview policy vote court "
           "climate travel health research startup funding chip cloud open source release update").split(),
    "de": ("der die das Woche Bericht Wachstum Unternehmen Markt Preis Stadt Rat Haushalt Wissenschaft "
           "Studie Energie Mannschaft Saison Film Musik Größe Straße Grüße schön über für Bürger").split(),
    "pl": ("rynek tydzień raport wzrost firma produkt użytkownik cena miasto rada budżet nauka "
           "badanie energia drużyna sezon zażółć gęślą jaźń źródło łódź").split(),
    "ru": "рынок неделя отчёт рост компания продукт цена город совет бюджет наука энергия команда сезон".split(),
    "ja": "市場 週間 報告 成長 会社 製品 価格 都市 予算 科学 研究 エネルギー チーム 映画 音楽".split(),
}
CHARSETS = [  # (charset, transfer encoding, language)
    ("utf-8", "quoted-printable", "en"),
    ("utf-8", "base64", "en"),
    ("iso-8859-1", "quoted-printable", "de"),
    ("windows-1252", "quoted-printable", "en"),
    ("iso-8859-2", "base64", "pl"),
    ("koi8-r", "base64", "ru"),
    ("shift_jis", "base64", "ja"),
    ("utf-8", "quoted-printable", "de"),
]


def sentence(rng, lang, n=None):
    words = [rng.choice(WORDS[lang]) for _ in range(n or rng.randint(8, 22))]
    sep = "" if lang == "ja" else " "
    s = sep.join(words)
    return s[0].upper() + s[1:] + ("。" if lang == "ja" else ".")


def link(rng, i):
    target = f"https://news.example.org/story/{i}?id={rng.randint(1, 99999)}&utm_source=newsletter&utm_medium=email"
    if rng.random() < 0.3:
        from urllib.parse import quote
        return f"https://click.mailer.example/c?url={quote(target, safe='')}&uid={rng.randint(1, 10**9)}"
    return target


def newsletter_html(rng, lang, target_size):
    title = sentence(rng, lang, 6)
    head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title><style>"
            ".preheader{display:none!important}.mobile{display:none}"
            "@media only screen and (max-width:600px){.mobile{display:block!important}.desktop{display:none!important}"
            ".container{width:100%!important}}</style></head><body style=\"margin:0;padding:0\">")
    parts = [head, f"<span class=\"preheader\">{sentence(rng, lang)}&zwnj;&nbsp;&zwnj;&nbsp;</span>",
             "<table class=\"container\" width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" role=\"presentation\" "
             "style=\"margin:0 auto;font-family:Arial,sans-serif\"><tr><td>",
             f"<table width=\"100%\"><tr><td style=\"padding:10px;font-size:12px;color:#777\">"
             f"<a href=\"{link(rng, 0)}\" style=\"color:#777\">View in browser</a></td></tr></table>",
             f"<h1 style=\"font-size:30px;margin:0 0 10px\">{title}</h1>"]
    i = 0
    while sum(len(p) for p in parts) < target_size:
        i += 1
        kind = rng.random()
        if kind < 0.55:
            parts.append(f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:0 20px 16px;"
                         f"font-size:16px;line-height:24px;color:#333\"><p style=\"margin:0 0 16px\">"
                         f"{sentence(rng, lang)} <a href=\"{link(rng, i)}\" style=\"color:#d4402b\">{sentence(rng, lang, 3)}</a> "
                         f"{sentence(rng, lang)} <b>{sentence(rng, lang, 4)}</b> {sentence(rng, lang)}</p></td></tr></table>")
        elif kind < 0.7:
            parts.append(f"<table width=\"100%\"><tr><td style=\"padding:20px 20px 8px;font-size:22px;font-weight:bold\">"
                         f"{sentence(rng, lang, 5)}</td></tr></table>")
        elif kind < 0.85:
            items = "".join(f"<li style=\"margin:0 0 8px\"><a href=\"{link(rng, i * 10 + k)}\">{sentence(rng, lang, 6)}</a> "
                            f"{sentence(rng, lang, 10)}</li>" for k in range(rng.randint(3, 7)))
            parts.append(f"<ul style=\"padding-left:20px\">{items}</ul>")
        elif kind < 0.93:
            block = f"<p>{sentence(rng, lang)}</p><p><a href=\"{link(rng, i)}\">{sentence(rng, lang, 3)}</a></p>"
            parts.append(f"<div class=\"desktop\">{block}</div><div class=\"mobile\">{block}</div>")
        else:
            parts.append("<table width=\"100%\"><tr>" + "".join(
                f"<td style=\"padding:4px\"><a href=\"https://social.example/{k}\">{rng.choice(WORDS[lang])}</a></td><td>|</td>"
                for k in range(4)) + "</tr></table><hr style=\"border:0;border-top:1px solid #eee\">")
    parts.append(f"<table width=\"100%\"><tr><td style=\"font-size:11px;color:#999;padding:20px\">{sentence(rng, lang)} "
                 f"<a href=\"https://mailer.example/unsubscribe?u={rng.randint(1, 10**9)}\">Unsubscribe</a></td></tr></table>")
    parts.append(f"<img src=\"https://open.mailer.example/o/{rng.randint(1, 10**9)}.gif\" width=\"1\" height=\"1\" alt=\"\">")
    parts.append("</td></tr></table></body></html>")
    return "".join(parts), title


def encode(text, charset, cte):
    data = text.encode(charset, errors="replace")
    if cte == "base64":
        b = base64.encodebytes(data).decode("ascii")
    else:
        b = quopri.encodestring(data).decode("ascii")
    return b


def message(rng, n):
    charset, cte, lang = CHARSETS[n % len(CHARSETS)]
    html, title = newsletter_html(rng, lang, rng.randint(20_000, 80_000))
    if lang == "ja" or charset == "koi8-r":
        html = html.replace("<meta charset=\"utf-8\">", f"<meta charset=\"{charset}\">")
    subject_word = rng.choice(WORDS[lang]).encode("utf-8")
    headers = (f"From: Example News <news{n % 7}@mailer.example>\r\nTo: reader@example.com\r\n"
               f"Subject: =?utf-8?B?{base64.b64encode(subject_word).decode()}?= issue {n}\r\n"
               f"Date: Mon, {1 + n % 28:02d} Sep 2025 07:{n % 60:02d}:00 +0200\r\n"
               f"Message-ID: <bench-{n}@mailer.example>\r\nList-Id: News <news.mailer.example>\r\n"
               f"List-Unsubscribe: <https://mailer.example/u/{n}>\r\nMIME-Version: 1.0\r\n")
    html_part = (f"Content-Type: text/html; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
                 + encode(html, charset, cte).replace("\n", "\r\n"))
    if n % 3 == 2:
        return headers + html_part
    text = "\n\n".join(sentence(rng, lang) for _ in range(len(html) // 600))
    text_part = (f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
                 + encode(text, charset, cte).replace("\n", "\r\n"))
    b = f"=_bench_{n}_{rng.randint(1, 10**9)}"
    return (headers + f"Content-Type: multipart/alternative; boundary=\"{b}\"\r\n\r\n"
            f"--{b}\r\n{text_part}\r\n--{b}\r\n{html_part}\r\n--{b}--\r\n")


def main(argv):
    args = generator_args.parse(__doc__, argv)
    out, count, seed = args.out, args.count, args.seed
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for n in range(count):
        with open(os.path.join(out, f"msg-{n:04d}.eml"), "wb") as f:
            f.write(message(rng, n).encode("ascii"))


if __name__ == "__main__":
    main(sys.argv)
