"""Lean 4 source → highlighted HTML with Pygments' `lean4` lexer (classes styled by static/lean.css)."""
from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name

CSS_CLASS = "lean"


@lru_cache(maxsize=1)
def _lexer():
    return get_lexer_by_name("lean4", stripnl=False, ensurenl=False)


def highlight_lean(source: str | None) -> Markup:
    """Escaped, highlighted Lean: Pygments escapes the source, so the result is safe to embed."""
    if not source:
        return Markup("")
    formatter = HtmlFormatter(cssclass=CSS_CLASS, wrapcode=True)
    return Markup(highlight(source, _lexer(), formatter))


def stylesheet(light: str = "default", dark: str = "monokai") -> str:
    """The CSS for highlighted Lean, light by default and dark when the system asks (regenerates static/lean.css)."""
    light_css = HtmlFormatter(style=light).get_style_defs(f".{CSS_CLASS}")
    dark_css = HtmlFormatter(style=dark).get_style_defs(f".{CSS_CLASS}")
    return f"{light_css}\n@media (prefers-color-scheme: dark) {{\n{dark_css}\n}}\n"
