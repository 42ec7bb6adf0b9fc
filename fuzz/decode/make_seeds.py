#!/usr/bin/env python3
"""Writes the generated part of the decode fuzz targets' seed corpus.

Usage: make_seeds.py MIME_DIR HTML_DIR

Small messages and documents that reach the decoder's corners quickly:
nested multiparts, a missing closing boundary, every transfer encoding,
RFC 2047/2231 headers in several charsets, hidden preheaders, layout tables,
tracking pixels and redirect links. Deterministic: same files every run.
"""
import os
import sys

MIME = {
    "alternative.eml": (
        "From: =?utf-8?q?Caf=C3=A9?= <a@b.c>\nTo: \"Doe, J\" <j@d.e>, group: x@y.z;\n"
        "Subject: =?iso-8859-1?q?caf=E9?= =?koi8-r?B?8NLJ18XU?=\nDate: Fri, 4 May 01 14:05 EDT\n"
        "Content-Type: multipart/alternative; boundary=b\n\n--b\n"
        "Content-Type: text/plain; charset=iso-8859-1; format=flowed; delsp=yes\n"
        "Content-Transfer-Encoding: quoted-printable\n\nCaf=E9 soft =\nbreak \nflowed\n--b\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        "PHA+SGVsbG8gPGEgaHJlZj0iaHR0cHM6Ly94LnkvP3V0bV9zb3VyY2U9MSI+bGluazwvYT48L3A+\n--b--\n"),
    "nested.eml": (
        "Content-Type: multipart/mixed; boundary=\"o\"\n\n--o\n"
        "Content-Type: message/rfc822\n\nSubject: inner\nContent-Type: multipart/related; boundary=r; start=\"<s@x>\"\n\n"
        "--r\nContent-ID: <s@x>\nContent-Type: text/html; charset=shift_jis\n\n\x93\xfa\x96\x7b\n--r--\n"
        "--o\nContent-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: digest item\n\nbody\n--d\n"
        "--o\nContent-Type: application/octet-stream; name*0*=utf-8''%E2%82; name*1*=%AC.bin\n"
        "Content-Disposition: attachment\nContent-Transfer-Encoding: base64\n\nAAEC\n"),
    "broken.eml": (
        "From x\nSubject: =?utf-8?B?broken\nContent-Type: multipart/mixed; boundary=z\n"
        "not a header line\n--z\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29y\n--z\n"
        "Content-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=4\x00\xff\n"),
    "iso2022jp.eml": (
        "Subject: =?iso-2022-jp?B?GyRCJygnJS1iGyhCNDEgGyRCJ2AnZBsoQiAyOC4wOS4yMDE2?=\n"
        "Content-Type: text/plain; charset=iso-2022-jp\n\n\x1b$BF|K\\\x1b(B\n"),
}

HTML = {
    "newsletter.html": (
        "<html><head><style>.pre{display:none}@media(max-width:600px){.m{display:block}}</style></head><body>"
        "<span class=pre>preheader&zwnj;&nbsp;</span><div style='max-height:0;overflow:hidden'>hidden</div>"
        "<table><tr><td><table><tr><td><b>Title</b></td></tr><tr><td>Text<br><br>more &amp; more</td></tr>"
        "<tr><td><a href='https://t.x/c?url=https%3A%2F%2Fa.b%2F%3Futm_source%3Dq'>link</a></td><td>|</td>"
        "<td><a href='https://g.co/url?q=https://c.d'>two</a></td></tr></table></td></tr></table>"
        "<img src=o.gif width=1 height=1><ul><li>one<ol><li>two</li></ol></li></ul><blockquote>q</blockquote>"
        "<hr><pre> a\n  b</pre></body></html>"),
    "deep.html": "<div><span><a href='x'>" * 200 + "deep" + "</a></span></div>" * 200,
    "broken.html": "<p>unclosed <b>bold <i>italic</p><table><td>cell</table><a href=\"javascript:x\">x</a>\x00\xff<!-- c",
}


def main(argv):
    mime_dir, html_dir = argv[1], argv[2]
    os.makedirs(mime_dir, exist_ok=True)
    os.makedirs(html_dir, exist_ok=True)
    for name, text in MIME.items():
        with open(os.path.join(mime_dir, name), "wb") as f:
            f.write(text.encode("latin-1"))
    for name, text in HTML.items():
        with open(os.path.join(html_dir, name), "wb") as f:
            f.write(text.encode("latin-1"))


if __name__ == "__main__":
    main(sys.argv)
