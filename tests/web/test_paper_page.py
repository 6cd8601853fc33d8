"""`/papers/{slug}`: header, draft banner, abstract, claims table, status filter; BibTeX; 404s."""
from __future__ import annotations

import pytest

from tests.web.helpers import claim_rows, tags, visible_text


def test_paper_page_shows_breadcrumb_header_and_actions(client):
    page = client.get("/papers/alpha")
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Test Collection: Small but Complete › Alpha: Arithmetic Facts" in text
    for expected in ("Ada Alpha", "updated 2026-01-10", "1,200 words", "Algebra", "Working Paper", "Lean", "Flagship"):
        assert expected in text
    assert 'href="/papers/alpha.bib"' in page.text
    assert 'href="/papers/alpha/graph"' in page.text
    assert 'href="https://example.org/alpha"' in page.text


def test_paper_page_renders_abstract_math_and_summary(client):
    page = client.get("/papers/alpha").text
    assert "<mfrac>" in page
    assert "The catalogue's summary of alpha." in page


def test_draft_banner_only_for_drafts(client):
    assert "This paper is a draft" in visible_text(client.get("/papers/hostile").text)
    assert "This paper is a draft" not in visible_text(client.get("/papers/alpha").text)


def test_claims_table_lists_number_kind_title_status_checked_and_declaration(client):
    page = client.get("/papers/alpha").text
    assert claim_rows(page) == [(1, "verified"), (2, "failed"), (3, "uses_sorry"), (4, "stale"), (5, "not_checked")]
    text = visible_text(page)
    assert "1 theorem One plus one verified 2026-03-01 14:00 UTC Catalogue.Alpha.one_add_one" in text
    assert "5 proposition The 100% literal claim not yet checked never Catalogue.Alpha.literal" in text
    assert "1 verified · 2 failing · 2 not yet checked" in text


def test_status_words_carry_their_colour(client):
    page = client.get("/papers/alpha").text
    assert '<span class="status tone-good" data-status="verified">verified</span>' in page
    assert '<span class="status tone-bad" data-status="failed">failed</span>' in page
    assert '<span class="status tone-warn" data-status="stale">stale</span>' in page
    assert '<span class="status tone-neutral" data-status="not_checked">not yet checked</span>' in page


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("verified", [1]),
        ("failing", [2, 3]),
        ("unchecked", [4, 5]),
        ("failed", [2]),
        ("uses_sorry", [3]),
        ("stale", [4]),
        ("not_checked", [5]),
        ("", [1, 2, 3, 4, 5]),
    ],
)
def test_claims_filter_by_status(client, status, expected):
    page = client.get(f"/papers/alpha?status={status}")
    assert page.status_code == 200
    assert [n for n, _ in claim_rows(page.text)] == expected


def test_status_filter_links_with_counts(client):
    page = client.get("/papers/alpha").text
    assert 'href="/papers/alpha?status=verified#claims"' in page
    text = visible_text(page)
    assert "all 5 verified 1 failing 2 not yet checked 2" in text


def test_filter_without_matches_says_so(client):
    page = client.get("/papers/beta?status=failing")
    assert "No claim of this paper is failing." in visible_text(page.text)


def test_bad_claim_filter_is_422(client):
    assert client.get("/papers/alpha?status=great").status_code == 422


def test_paper_without_claims(client):
    text = visible_text(client.get("/papers/quiet").text)
    assert "This paper has no formal claims yet." in text
    assert "no formal claims yet" in text


def test_hostile_paper_url_is_not_linked(client):
    page = client.get("/papers/hostile").text
    assert not [a for _, a in tags(page) if "javascript:" in (a.get("href") or "").lower()]
    assert "Read the paper" not in page


def test_bibtex_download(client):
    bib = client.get("/papers/alpha.bib")
    assert bib.status_code == 200
    assert bib.headers["content-type"].startswith("application/x-bibtex")
    assert 'filename="alpha.bib"' in bib.headers["content-disposition"]
    assert bib.text.startswith("@unpublished{alpha,")
    assert "title = {{Alpha: Arithmetic Facts}}" in bib.text
    assert "author = {Ada Alpha}" in bib.text
    assert "year = {2026}" in bib.text
    assert "url = {https://example.org/alpha}" in bib.text


def test_bibtex_escapes_tex(client):
    bib = client.get("/papers/hostile.bib").text
    assert "@unpublished{hostile," in bib
    assert r"\%" not in bib or "%" not in bib.replace(r"\%", "")


@pytest.mark.parametrize("path", ["/papers/nope", "/papers/nope.bib", "/papers/nope/graph"])
def test_unknown_paper_is_a_friendly_404(client, path):
    page = client.get(path)
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]
    text = visible_text(page.text)
    assert "We could not find that page" in text
    assert "No paper has the slug 'nope'." in text
