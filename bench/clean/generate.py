#!/usr/bin/env python3
"""Generates the clean benchmark's newsletters, deterministically.

Usage: generate.py OUT_DIR [--count N] [--seed S]

Each message is an HTML newsletter (utf-8, quoted-printable, 30-200 KB) with
the parts cleaning and summarizing work on: a view-in-browser line, a
subscribe promo, a masthead, 3-9 stories (heading, paragraphs of real-looking
sentences with names and numbers, inline links), a sponsor section ("Together
with ..."), a reading list, a share/referral block, a sign-off and a footer
with unsubscribe, copyright and postal address, all in the nested layout
tables, inline styles and click-tracking links of email builders. The
markup is calibrated to the annotated corpus (../shared/corpus/newsletters),
which averages 19 words of text per KB of message: MB/s of raw message
means the same here as on real mail. One in four is German. Sentences are
built from word lists, so the text is not news, but its shape is.
"""
import os
import quopri
from email.header import Header
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import generator_args  # noqa: E402

EN = {
    "subj": ["The council", "Harbour Tech", "Mayor Ana Ruiz", "The central bank", "Nordwind Energy", "A Berkeley team",
             "The port authority", "Halden Marine", "The Senate committee", "OpenRail", "Investors", "The union"],
    "verb": ["announced", "approved", "rejected", "reported", "launched", "delayed", "doubled", "cut", "confirmed",
             "questioned", "raised", "released"],
    "obj": ["a $4 million budget", "its first electric ferry", "a plan for 12,000 new homes", "rates by 0.25 points",
            "the 2025 forecast", "an open source model", "a three-week strike", "quarterly revenue of $1.2 billion",
            "a new data centre", "the merger with Coastline", "fares for 2026", "a study of 3,400 patients"],
    "tail": ["on Thursday", "after a long debate", "despite objections", "ahead of the vote", "in a statement",
             "for the first time since 2019", "according to two people familiar with the matter", "last week"],
}
DE = {
    "subj": ["Der Stadtrat", "Die Bundesbank", "Bürgermeisterin Ana Ruiz", "Nordwind Energie", "Ein Team aus Freiburg",
             "Die Hafenbehörde", "Der Verband", "Investoren", "Die Gewerkschaft", "OpenRail"],
    "verb": ["beschloss", "meldete", "verschob", "verdoppelte", "bestätigte", "startete", "kritisierte", "senkte"],
    "obj": ["ein Budget von 4 Millionen Euro", "die erste Elektrofähre", "12.000 neue Wohnungen", "den Leitzins",
            "die Prognose für 2025", "ein offenes Sprachmodell", "einen dreiwöchigen Streik", "den Umsatz um 8 Prozent"],
    "tail": ["am Donnerstag", "nach langer Debatte", "trotz Kritik", "vor der Abstimmung", "in einer Mitteilung",
             "zum ersten Mal seit 2019", "in der vergangenen Woche"],
}


def sentence(rng, lang):
    w = DE if lang == "de" else EN
    return f"{rng.choice(w['subj'])} {rng.choice(w['verb'])} {rng.choice(w['obj'])} {rng.choice(w['tail'])}."


def paragraph(rng, lang, i):
    sents = [sentence(rng, lang) for _ in range(rng.randint(2, 5))]
    k = rng.randrange(len(sents))
    url = f"https://news.example.org/s/{i}?utm_source=newsletter&utm_medium=email&utm_campaign=w{rng.randint(1, 52)}"
    sents[k] = sents[k][:-1] + f' (<a href="{tracked(rng, url)}" style="color:#1a5fb4;text-decoration:underline">source</a>).'
    return " ".join(sents)


TRACKER = "https://u2518442.ct.sendgrid.example/ls/click?upn="


def tracked(rng, url):
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(180))
    return TRACKER + token + "&amp;u=" + url.replace("&", "&amp;")


def cell(html, style="padding:0 24px 16px;font-family:Georgia,serif;font-size:17px;line-height:26px;color:#222"):
    # What an email builder wraps every block in (MJML-like).
    return ('<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" class="" '
            'style="width:640px;" width="640"><tr><td style="line-height:0px;font-size:0px;mso-line-height-rule:exactly;">'
            '<![endif]--><div style="margin:0px auto;max-width:640px;"><table align="center" border="0" cellpadding="0" '
            'cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td style="direction:ltr;font-size:0px;'
            'padding:0;text-align:center;"><div class="mj-column-per-100 mj-outlook-group-fix" style="font-size:0px;'
            'text-align:left;direction:ltr;display:inline-block;vertical-align:top;width:100%;"><table border="0" '
            'cellpadding="0" cellspacing="0" role="presentation" style="vertical-align:top;" width="100%"><tbody><tr>'
            f'<td align="left" style="font-size:0px;padding:0;word-break:break-word;"><div style="{style}">{html}</div>'
            '</td></tr></tbody></table></div></td></tr></tbody></table></div><!--[if mso | IE]></td></tr></table><![endif]-->\n')


def newsletter(rng, n):
    lang = "de" if n % 4 == 3 else "en"
    name = rng.choice(["Harbour Weekly", "The Morning Rail", "Tech Tide", "Stadtbrief", "Open Wires"])
    title = sentence(rng, lang)[:-1]
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>', title, '</title><style>',
             '.pre{display:none!important}@media (max-width:600px){.c{width:100%!important}}</style></head>',
             '<body style="margin:0;background:#f4f4f4"><span class="pre">', sentence(rng, lang), '</span>',
             '<table class="c" width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td>\n']
    browser = "Im Browser ansehen" if lang == "de" else "View in browser"
    parts.append(cell(f'<a href="https://{n}.example.org/web" style="color:#777">{browser}</a>',
                      "padding:8px 24px;font-size:12px;color:#777;text-align:right"))
    promo = ("Jetzt kostenlos abonnieren und keine Ausgabe verpassen." if lang == "de" else
             "Hundreds of readers support our work. Please consider subscribing for just $5 per month.")
    parts.append(cell(f'<p style="margin:0">{promo}</p>'))
    parts.append(cell(f'<h1 style="font-size:28px;margin:16px 0">{title}</h1>'))
    stories = rng.randint(3, 9)
    sponsor_at = rng.randint(1, stories - 1)
    for s in range(stories):
        if s == sponsor_at:
            label = "ANZEIGE" if lang == "de" else f"TOGETHER WITH {rng.choice(['ACME BOATS', 'VANTA', 'NORDPOOL'])}"
            parts.append(cell(f'<h3 style="color:#1c7ff2;font-size:14px;margin:0">{label}</h3>'))
            parts.append(cell(f'<h2 style="margin:0">{sentence(rng, lang)[:-1]}</h2>'))
            for _ in range(2):
                parts.append(cell(f'<p style="margin:0">{paragraph(rng, lang, s)}</p>'))
        parts.append(cell(f'<h2 style="font-size:22px;margin:8px 0"><a href="{tracked(rng, f"https://news.example.org/{n}/{s}")}" '
                          f'style="color:#000;text-decoration:none">{sentence(rng, lang)[:-1]}</a></h2>'))
        for p in range(rng.randint(2, 9)):
            parts.append(cell(f'<p style="margin:0 0 12px">{paragraph(rng, lang, s * 10 + p)}</p>'))
    parts.append(cell('<h2 style="margin:0">' + ("Was wir sonst lesen" if lang == "de" else "What else we're reading") + '</h2>'))
    items = "".join(f'<li style="margin:0 0 8px">{sentence(rng, lang)[:-1]} '
                    f'<a href="{tracked(rng, f"https://read.example.com/{n}/{k}?utm_source=x")}">[{rng.choice(["Reuters", "WSJ", "FT", "Zeit"])}]</a></li>'
                    for k in range(rng.randint(3, 8)))
    parts.append(cell(f'<ul style="margin:0;padding-left:20px">{items}</ul>'))
    share = ("Empfiehl den Newsletter weiter und erhalte eine Tasse." if lang == "de" else
             "Share " + name + " with a friend. You currently have 0 referrals.")
    parts.append(cell(f'<p style="margin:0">{share}</p>'))
    signoff = "Danke fürs Lesen, bis nächste Woche!" if lang == "de" else "Thanks for reading, see you next week!"
    parts.append(cell(f'<p style="margin:0">{signoff}</p>'))
    footer = (f'<p style="margin:0">© 2025 {name}. 12 Quay Street, Suite 4, Portsmouth, ME 03801</p>'
              f'<p style="margin:0"><a href="https://{n}.example.org/unsubscribe">Unsubscribe</a> | '
              f'<a href="https://{n}.example.org/prefs">Manage preferences</a></p>'
              f'<img src="https://t.example.org/o/{n}.gif" width="1" height="1" alt="">')
    parts.append(cell(footer, "padding:16px 24px;font-size:12px;color:#888"))
    parts.append("</td></tr></table></body></html>\n")
    html = "".join(parts)
    headers = (f"From: {name} <news@{name.lower().replace(' ', '-')}.example>\r\n"
               f"To: reader@example.com\r\nSubject: {Header(title, 'utf-8').encode()}\r\n"
               f"Date: Fri, 07 Mar 2025 07:{n % 60:02d}:00 +0000\r\nMessage-ID: <bench-{n}@example.org>\r\n"
               f"List-Unsubscribe: <https://{n}.example.org/unsubscribe>\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return headers + body


def main(argv):
    args = generator_args.parse(__doc__, argv)
    out, count, seed = args.out, args.count, args.seed
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for n in range(count):
        with open(os.path.join(out, f"{n:05d}.eml"), "w", encoding="ascii", newline="") as fh:
            fh.write(newsletter(rng, n))


if __name__ == "__main__":
    main(sys.argv)
