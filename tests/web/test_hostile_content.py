"""Content cannot inject HTML or script: every page that shows hostile text shows it as text."""
from __future__ import annotations

import pytest

from tests.web.helpers import tags, visible_text

PAGES = [
    "/", "/papers/hostile", "/papers/hostile/claims/1", "/papers/hostile/graph", "/papers/beta/claims/2",
    "/?q=evil", "/feed.xml",
]
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data")


@pytest.mark.parametrize("path", PAGES)
def test_no_script_or_dangerous_markup_from_content(client, path):
    page = client.get(path)
    assert page.status_code == 200
    found = tags(page.text)
    scripts = [a for t, a in found if t == "script"]
    ours = [{"src": "/static/enhance.js", "defer": None}, {"src": "/static/rerun.js", "defer": None}]
    if path == "/feed.xml":
        assert scripts == []
    else:  # only the site's own script files, never inline script from content
        assert scripts and all(s in ours for s in scripts), scripts
    assert not [t for t, _ in found if t in ("iframe", "object", "embed")]
    assert all(a.get("src", "").startswith("/badges/") for t, a in found if t == "img")  # only our own badges
    for tag, attrs in found:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in URL_ATTRS:
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)


def test_raw_html_in_content_is_shown_as_text(client):
    text = visible_text(client.get("/papers/hostile").text)
    assert 'Evil <script>alert("xss")</script> text' in text
    assert "<img src=x onerror=alert(1)>" in text
    assert 'Hostile <script>alert("title")</script> Paper' in text


def test_markdown_javascript_links_are_not_links(client):
    page = client.get("/papers/hostile").text
    assert "[click](javascript:alert(1))" in visible_text(page)


def test_broken_latex_shows_its_source_and_the_rest_still_renders(client):
    page = client.get("/papers/hostile/claims/1")
    assert page.status_code == 200
    assert '<code class="math-source" title="LaTeX that could not be rendered">$\\frac{1$</code>' in page.text
    assert "$\\begin{matrix} a$" in page.text
    assert "$\\text{&lt;script&gt;alert(2)&lt;/script&gt;}$" in page.text  # markup in \\text: source, escaped
    assert "<msup><mi>x</mi><mn>2</mn></msup>" in page.text  # the valid math after it


def test_lean_source_is_escaped(client):
    page = client.get("/papers/hostile/claims/2").text
    assert '&lt;script&gt;alert("comment")&lt;/script&gt;' in page
    assert "<script>alert(" not in page


def test_hostile_text_in_the_api_is_returned_verbatim_as_data(client):
    data = client.get("/api/papers/hostile").json()
    assert "<script>" in data["title"]
    assert data["claims"][0]["fidelity_note"].startswith("<script>")
