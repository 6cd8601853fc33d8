"""Markdown + LaTeX → sanitised HTML."""
from __future__ import annotations

import pytest

from app.render.markdown import render_inline, render_markdown
from app.render.math import balanced, latex_to_mathml


def test_inline_and_display_math_become_mathml():
    html = render_markdown("Let $x^2$ be.\n\n$$\n\\sum_k k\n$$\n")
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in html
    assert 'display="block"' in html
    assert "<msup><mi>x</mi><mn>2</mn></msup>" in html


def test_display_math_inside_a_paragraph_stays_valid_html():
    html = render_markdown("Before $$x$$ after.")
    assert html.startswith("<p>") and "<div" not in html
    assert "$" not in html


@pytest.mark.parametrize("latex", [r"\frac{1", r"a}{b", r"\begin{matrix} a", r"\begin{a} x \end{b}"])
def test_malformed_latex_shows_its_source(latex):
    html = render_markdown(f"see ${latex}$ here")
    assert 'class="math-source"' in html
    assert "see" in html and "here" in html


def test_latex_the_converter_rejects_shows_its_source(monkeypatch):
    import app.render.math as math

    def boom(*a, **k):
        raise ValueError("nope")

    monkeypatch.setattr(math, "convert", boom)
    assert latex_to_mathml("x") == '<code class="math-source" title="LaTeX that could not be rendered">$x$</code>'


def test_balanced():
    assert balanced(r"\frac{1}{2} \{ \begin{matrix} a \end{matrix}")
    assert not balanced(r"\frac{1}{2")


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("[x](javascript:alert(1))", 'href="javascript'),
        ("[x](JaVaScRiPt:alert(1))", "href="),
        ("<a href='javascript:x'>y</a>", "<a "),
        ("![i](data:text/html;base64,PHNjcmlwdD4=)", "<img"),
        ("$\\text{<script>alert(1)</script>}$", "<script"),
        ("<style>body{}</style>", "<style"),
        ("<!-- hidden -->", "<!--"),
    ],
)
def test_hostile_markdown_cannot_inject(source, forbidden):
    html = render_markdown(source)
    assert forbidden.lower() not in html.lower()


def test_safe_links_stay_links_and_are_nofollow():
    html = render_markdown("[site](https://example.org)")
    assert '<a href="https://example.org" rel="nofollow noopener noreferrer">site</a>' in html


def test_inline_has_no_paragraph():
    assert render_inline("**a** $b$").startswith("<strong>a</strong> <span")


def test_empty_text():
    assert render_markdown("") == "" and render_inline(None) == ""


def test_markup_inside_text_shows_the_source_escaped():
    html = render_markdown(r"$\text{<b>x</b>}$")
    assert '<code class="math-source"' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
