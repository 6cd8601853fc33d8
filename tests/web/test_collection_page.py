"""`/`: the collection, its cards, every filter, facet counts, sorting and the empty state."""
from __future__ import annotations

import pytest

from tests.web.helpers import card_slugs, visible_text


def test_collection_page_shows_title_subtitle_description_and_count(client):
    page = client.get("/")
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Test Collection: Small but Complete" in text
    assert "A catalogue for the web tests" in text
    assert "4 papers" in text
    assert "<math" in page.text  # the description's math, rendered on the server


def test_collection_page_lists_cards_in_collection_order(client):
    assert card_slugs(client.get("/").text) == ["quiet", "alpha", "beta", "hostile"]


def test_card_shows_tags_badges_words_claims_and_verification_words(client):
    page = client.get("/").text
    card = page[page.index('data-slug="alpha"') : page.index('data-slug="beta"')]
    text = visible_text(card)
    for expected in ("Algebra", "Working Paper", "Lean", "Flagship", "Alpha: Arithmetic Facts", "1,200 words",
                     "5 claims", "1 verified · 2 failing · 2 not yet checked"):
        assert expected in text
    assert 'class="bar"' in card
    assert 'href="/papers/alpha?status=verified"' in card  # the verified claims, two clicks from home


def test_card_of_paper_without_claims_says_so(client):
    page = client.get("/").text
    card = page[page.index('data-slug="quiet"') : page.index('data-slug="alpha"')]
    assert "no formal claims yet" in visible_text(card)


def test_collection_totals_count_every_claim(client):
    text = visible_text(client.get("/").text)
    assert "13 formal claims" in text
    assert "3 verified · 6 failing · 4 not yet checked" in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verified=some", ["alpha", "beta"]),
        ("verified=all", ["beta"]),
        ("verified=none", ["hostile"]),
        ("verified=failing", ["alpha", "hostile"]),
        ("verified=unchecked", ["alpha", "hostile"]),
        ("min_verified=0", ["quiet", "alpha", "beta", "hostile"]),
        ("min_verified=1", ["alpha", "beta"]),
        ("min_verified=2", ["beta"]),
        ("min_verified=3", []),
        ("field=Algebra", ["quiet", "alpha"]),
        ("field=Analysis", ["beta"]),
        ("status=Draft", ["hostile"]),
        ("status=Working+Paper", ["alpha"]),
        ("badge=Lean", ["alpha", "beta", "hostile"]),
        ("badge=Flagship", ["alpha"]),
        ("q=doubling", ["alpha"]),  # a claim title
        ("q=BUILDS+ON", ["beta"]),  # an abstract, any case
        ("q=arithmetic", ["alpha"]),  # a paper title
        ("q=snake_case", ["alpha"]),  # a claim statement
        ("q=100%25", ["alpha"]),  # a literal percent sign
        ("q=%25", ["alpha"]),  # '%' is not a wildcard
        ("q=_", ["alpha"]),  # '_' is not a wildcard either
        ("q=nothing+matches+this", []),
        ("verified=some&field=Algebra", ["alpha"]),
        ("verified=failing&badge=Flagship", ["alpha"]),
        ("verified=all&min_verified=2&badge=Lean", ["beta"]),
        ("field=Algebra&status=Published", ["quiet"]),
        ("verified=none&q=alpha", []),
    ],
)
def test_filters(client, query, expected):
    page = client.get(f"/?{query}")
    assert page.status_code == 200
    assert card_slugs(page.text) == expected


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("order", ["quiet", "alpha", "beta", "hostile"]),
        ("title", ["quiet", "alpha", "beta", "hostile"]),
        ("updated", ["alpha", "beta", "quiet", "hostile"]),
        ("claims", ["hostile", "alpha", "beta", "quiet"]),
        ("verified_share", ["beta", "alpha", "hostile", "quiet"]),
    ],
)
def test_sort(client, sort, expected):
    assert card_slugs(client.get(f"/?sort={sort}").text) == expected


def test_sort_combines_with_filters(client):
    assert card_slugs(client.get("/?sort=claims&badge=Lean").text) == ["hostile", "alpha", "beta"]


def test_blank_parameters_mean_any(client):
    page = client.get("/?verified=&min_verified=&field=&status=&badge=&q=&sort=")
    assert page.status_code == 200
    assert card_slugs(page.text) == ["quiet", "alpha", "beta", "hostile"]


@pytest.mark.parametrize("query", ["verified=maybe", "min_verified=-1", "min_verified=lots", "sort=random", "q=" + "x" * 300])
def test_bad_parameters_answer_422_with_a_page(client, query):
    page = client.get(f"/?{query}")
    assert page.status_code == 422
    assert "text/html" in page.headers["content-type"]
    assert "not valid" in visible_text(page.text)


def test_unknown_parameters_are_ignored(client):
    assert client.get("/?utm_source=x").status_code == 200


def test_empty_state_offers_a_way_back(client):
    page = client.get("/?verified=all&field=Algebra")
    text = visible_text(page.text)
    assert "No paper matches these filters." in text
    assert "0 of 4 papers match" in text
    assert 'href="/"' in page.text


def test_filters_are_reflected_in_the_form(client):
    page = client.get("/?verified=some&field=Algebra&q=one&min_verified=1&sort=title").text
    assert '<option value="some" selected>' in page
    assert '<option value="Algebra" selected>' in page
    assert 'name="q" value="one"' in page
    assert 'name="min_verified" value="1"' in page
    assert '<option value="title" selected>' in page


def test_facet_counts_follow_the_other_filters(client):
    page = client.get("/?field=Algebra").text
    # Within Algebra: alpha has verified claims; quiet has none at all.
    assert "some claims verified (1)" in page
    assert "all claims verified (0)" in page
    # The field facet itself ignores the field filter, so the other fields stay reachable.
    assert ">Analysis (1)<" in page
    assert ">Algebra (2)<" in page
    assert ">Lean (1)<" in page  # badge counts within Algebra


def test_verified_quick_links_keep_other_filters(client):
    page = client.get("/?field=Algebra").text
    assert 'href="/?field=Algebra&amp;verified=some"' in page
