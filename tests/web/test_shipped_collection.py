"""The shipped collection (papers/ and lean/ of this repository): every page and API route answers.

Claims are being written in parallel, so these tests read what the collection has instead of fixing it.
"""
from __future__ import annotations

import pytest

from app.catalogue.reader import read_catalogue
from tests.conftest import REPO
from tests.web.helpers import card_slugs, visible_text

SHIPPED = read_catalogue(REPO / "papers", REPO)
SLUGS = [doc.meta.slug for doc in SHIPPED.papers]


def test_home_lists_the_shipped_papers_in_order(shipped_client):
    page = shipped_client.get("/")
    assert page.status_code == 200
    assert card_slugs(page.text) == SLUGS
    text = visible_text(page.text)
    assert SHIPPED.collection.meta.title in text
    assert f"{len(SLUGS)} papers" in text


@pytest.mark.parametrize("query", ["verified=some", "verified=all", "verified=none", "verified=failing",
                                   "verified=unchecked", "min_verified=1", "badge=Lean", "badge=Flagship",
                                   "field=Machine+Learning", "status=Draft", "q=scaling", "sort=title",
                                   "sort=updated", "sort=claims", "sort=verified_share"])
def test_every_filter_answers_on_the_shipped_collection(shipped_client, query):
    page = shipped_client.get(f"/?{query}")
    assert page.status_code == 200
    api = shipped_client.get(f"/api/papers?{query}").json()
    assert card_slugs(page.text) == [p["slug"] for p in api["papers"]]


def test_search_finds_scaling_papers(shipped_client):
    slugs = card_slugs(shipped_client.get("/?q=scaling").text)
    assert "ml_scaling_laws" in slugs


def test_every_paper_page_graph_badge_and_bibtex(shipped_client):
    for doc in SHIPPED.papers:
        slug = doc.meta.slug
        page = shipped_client.get(f"/papers/{slug}")
        assert page.status_code == 200, slug
        assert doc.meta.title in visible_text(page.text)
        assert ("This paper is a draft" in page.text) == ("draft" in doc.meta.status.lower())
        for path in (f"/papers/{slug}.bib", f"/papers/{slug}/graph", f"/badges/papers/{slug}.svg", f"/api/papers/{slug}"):
            assert shipped_client.get(path).status_code == 200, path


def test_every_claim_page_and_badge(shipped_client):
    for doc in SHIPPED.papers:
        for claim in doc.meta.claims:
            base = f"/papers/{doc.meta.slug}/claims/{claim.number}"
            page = shipped_client.get(base)
            assert page.status_code == 200, base
            # Nothing is verified until a real run says so: a freshly indexed claim is never shown as verified.
            assert "Status: not yet checked" in visible_text(page.text)
            assert shipped_client.get(f"/badges{base}.svg").status_code == 200
            assert shipped_client.get(f"/api{base}").json()["status"] == "not_checked"


def test_api_lists_the_shipped_papers(shipped_client):
    data = shipped_client.get("/api/papers").json()
    assert data["total"] == len(SLUGS)
    assert [p["slug"] for p in data["papers"]] == SLUGS


def test_shipped_feed_and_health(shipped_client):
    assert shipped_client.get("/feed.xml").status_code == 200
    assert shipped_client.get("/healthz").json()["status"] == "ok"
