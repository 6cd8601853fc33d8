"""Small readers for rendered pages: what a user would see, without a browser."""
from __future__ import annotations

import re
from html.parser import HTMLParser


def card_slugs(page: str) -> list[str]:
    """The papers shown on the collection page, in order."""
    return re.findall(r'<li class="card" data-slug="([^"]+)"', page)


def claim_rows(page: str) -> list[tuple[int, str]]:
    """(number, status) of each row of a paper's claims table."""
    return [(int(n), s) for n, s in re.findall(r'<tr data-number="(\d+)" data-status="([a-z_]+)">', page)]


BLOCKS = {"p", "div", "li", "td", "th", "tr", "br", "dt", "dd", "h1", "h2", "h3", "h4", "section", "nav", "header",
          "footer", "main", "article", "table", "ul", "ol", "pre", "figure", "figcaption", "details", "summary"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    """The page's text with whitespace collapsed, as a reader sees it."""
    p = _Text()
    p.feed(page)
    return " ".join("".join(p.parts).split())


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict]]:
    """Every element (name, attributes) the browser would build from the page."""
    p = _Tags()
    p.feed(page)
    return p.tags
