#!/usr/bin/python3
"""Writes N realistic HTML newsletters straight into a Maildir folder's cur/.

Each message is multipart/alternative (text/plain + text/html), 20-80 KB,
in one of several charsets, quoted-printable or base64, with links, images
and a footer, like the newsletters distill reads. Seeded: the same N gives
the same bytes.

  generate.py N MAILDIR_FOLDER [SEED]
"""
import os
import random
import sys
import base64
import quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
import datetime

WORDS = ("market model chip launch policy data growth cloud search video users "
         "privacy deal funding startup energy battery revenue quarter report court "
         "ruling network open source release update security platform creator "
         "advertising subscription newsletter analysis interview forecast").split()
ACCENTED = ["café", "naïve", "façade", "Zürich", "São Paulo", "crème", "déjà vu", "Ångström"]
SENDERS = [("Big Tech Weekly", "news@bigtech.example"), ("The Morning Brief", "brief@morning.example"),
           ("Data Digest", "hello@datadigest.example"), ("Café Letters", "lettres@cafe.example")]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(ACCENTED))
    return " ".join(words).capitalize() + "."


def message(i, rng):
    name, addr = rng.choice(SENDERS)
    target = rng.randint(20_000, 80_000)
    html, text = ["<html><body><table width=\"600\"><tr><td>",
                  f"<h1>{name} #{i}</h1>"], [f"{name} #{i}\n"]
    # Encoding first: base64 grows the text by a third, QP a little.
    charset_name = rng.choice(CHARSETS)
    encoding = rng.choice(["quoted-printable", "base64"])
    fill = 0.56 if encoding == "base64" else 0.72
    size = 0
    while size < target * fill:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        link = f"https://{addr.split('@')[1]}/p/{i}-{size}?utm_source=newsletter&utm_medium=email"
        html.append(f"<p style=\"font-family:Georgia,serif;font-size:16px;line-height:1.5\">{para} "
                    f"<a href=\"{link}\">Read more</a></p>")
        if rng.random() < 0.2:
            html.append(f"<img src=\"https://cdn.example/{i}/{size}.png\" width=\"560\" alt=\"chart\">")
        text.append(para + f"\n{link}\n")
        size += len(html[-1]) + len(text[-1])
    html.append("<p style=\"font-size:12px;color:#888\">You received this because you subscribed. "
                f"<a href=\"https://{addr.split('@')[1]}/unsubscribe\">Unsubscribe</a></p>")
    html.append("<img src=\"https://track.example/open.gif\" width=\"1\" height=\"1\"></td></tr></table></body></html>")
    msg = MIMEMultipart("alternative")
    for subtype, body in (("plain", "\n".join(text)), ("html", "\n".join(html))):
        raw = body.encode(charset_name)
        part = MIMENonMultipart("text", subtype, charset=charset_name)
        part["Content-Transfer-Encoding"] = encoding
        payload = quopri.encodestring(raw) if encoding == "quoted-printable" else base64.encodebytes(raw)
        part.set_payload(payload.decode("ascii"))
        msg.attach(part)
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = "test@example.com"
    msg["Subject"] = f"{name} #{i}: {sentence(rng)[:60]}"
    msg["Date"] = format_datetime(datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
                                  + datetime.timedelta(minutes=i))
    msg["Message-ID"] = f"<bench-{i}-{rng.getrandbits(32):08x}@{addr.split('@')[1]}>"
    msg["List-Id"] = f"{name} <{addr.split('@')[1]}>"
    return msg.as_bytes().replace(b"\n", b"\r\n")


def main():
    n, folder = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
        os.chown(os.path.join(folder, sub), 65534, 65534)
    os.chown(folder, 65534, 65534)
    total = 0
    for i in range(1, n + 1):
        data = message(i, rng)
        total += len(data)
        path = os.path.join(folder, "cur", f"{1790000000 + i}.M{i}P1.bench,S={len(data)}:2,")
        with open(path, "wb") as f:
            f.write(data)
        os.chown(path, 65534, 65534)
    print(total)


if __name__ == "__main__":
    main()
