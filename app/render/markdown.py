"""Markdown + LaTeX → sanitised HTML: markdown-it-py (raw HTML off), dollar math as MathML, then nh3.

Content is never trusted: raw HTML in Markdown is shown as text, and the final HTML is cleaned by nh3
against an allow-list (no script, no event handlers, no style, links only to http(s) and mailto).
"""
from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from mdit_py_plugins.dollarmath import dollarmath_plugin

from app.render.math import latex_to_mathml

MATHML_TAGS = {
    "math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub",
    "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle",
    "mpadded", "mphantom", "menclose", "merror", "mmultiscripts", "mprescripts", "none",
}
MATHML_ATTRS = {
    "display", "mathvariant", "stretchy", "fence", "separator", "lspace", "rspace", "columnalign",
    "columnlines", "columnspacing", "rowlines", "rowspacing", "displaystyle", "scriptlevel", "width", "height",
    "depth", "voffset", "minsize", "maxsize", "movablelimits", "accent", "accentunder", "linethickness", "form",
    "largeop", "symmetric", "notation", "mathsize", "encoding",
}
HTML_TAGS = {
    "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3",
    "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "div", "del", "sup", "sub", "img",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class", "title"},
    "span": {"class"},
    "div": {"class"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
    **{tag: MATHML_ATTRS for tag in MATHML_TAGS},
}
ATTRIBUTES["math"] = MATHML_ATTRS | {"xmlns"}


def _render_math(content: str, options: dict) -> str:
    return latex_to_mathml(content, display=bool(options.get("display_mode")))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table").enable("strikethrough")
    dollarmath_plugin(md, allow_labels=False, allow_digits=False, double_inline=True, renderer=_render_math)
    # `$$…$$` inside a paragraph: displayed, but in a span so the paragraph stays valid HTML.
    md.add_render_rule("math_inline_double", _render_display_in_paragraph)
    return md


def _render_display_in_paragraph(self, tokens, idx, options, env) -> str:
    return f'<span class="math display">{latex_to_mathml(tokens[idx].content, display=True)}</span>'


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=HTML_TAGS | MATHML_TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str | None) -> Markup:
    """Block Markdown (paragraphs, lists, math) as safe HTML."""
    if not text:
        return Markup("")
    return Markup(sanitise(_parser().render(text)))


def render_inline(text: str | None) -> Markup:
    """One line of Markdown (a title, a note) as safe inline HTML, without the wrapping paragraph."""
    if not text:
        return Markup("")
    return Markup(sanitise(_parser().renderInline(text)))
