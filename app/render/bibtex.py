"""A paper's BibTeX entry (@misc / @unpublished), with TeX special characters escaped."""
from __future__ import annotations

import re

from app.models import Paper

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
            "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex_escape(text: str) -> str:
    return "".join(_SPECIAL.get(c, c) for c in " ".join(text.split()))


def bibtex(paper: Paper) -> str:
    key = re.sub(r"[^A-Za-z0-9_:-]", "_", paper.slug)
    entry = "unpublished" if paper.status.lower() in ("draft", "working paper") else "misc"
    fields = [
        ("title", "{" + tex_escape(paper.title) + "}"),
        ("author", tex_escape(paper.author)),
        ("note", tex_escape(paper.status)),
    ]
    if paper.updated:
        fields += [("year", str(paper.updated.year)), ("month", str(paper.updated.month))]
    if paper.url:
        fields.append(("url", paper.url.replace("}", "%7D").replace("{", "%7B")))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry}{{{key},\n{body}\n}}\n"
