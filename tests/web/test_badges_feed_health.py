"""Embeddable SVG badges, the Atom feed of status changes, `/healthz`, static files and the 404 page."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("path", "words", "colour"),
    [
        ("/badges/papers/alpha.svg", "1/5 verified", "#b42318"),  # a failing claim
        ("/badges/papers/beta.svg", "2/2 verified", "#1f7a3a"),
        ("/badges/papers/quiet.svg", "no claims", "#5f6773"),
        ("/badges/papers/alpha/claims/1.svg", "verified", "#1f7a3a"),
        ("/badges/papers/alpha/claims/3.svg", "uses sorry", "#b42318"),
        ("/badges/papers/alpha/claims/4.svg", "stale", "#a15c00"),
        ("/badges/papers/alpha/claims/5.svg", "not yet checked", "#5f6773"),
    ],
)
def test_badges_say_status_in_words_and_colour(client, path, words, colour):
    badge = client.get(path)
    assert badge.status_code == 200
    assert badge.headers["content-type"] == "image/svg+xml"
    root = ET.fromstring(badge.text)  # well-formed XML
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert words in badge.text
    assert colour in badge.text


@pytest.mark.parametrize("path", ["/badges/papers/nope.svg", "/badges/papers/alpha/claims/42.svg"])
def test_badge_for_unknown_paper_or_claim_is_404(client, path):
    assert client.get(path).status_code == 404


def test_feed_is_atom_with_status_changes_newest_first(client):
    feed = client.get("/feed.xml")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    # Every run that changed something (alpha/1 went failed → verified: two changes), and alpha/4 going stale.
    assert len(entries) == 13
    assert titles[0] == "hostile claim 5 (No toolchain): toolchain unavailable"
    assert "alpha claim 1 (One plus one): verified (was failed)" in titles
    assert "alpha claim 1 (One plus one): failed" in titles
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert "http://testserver/papers/alpha/claims/1" in links
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)


def test_feed_tells_when_a_claim_went_stale(client):
    entries = ET.fromstring(client.get("/feed.xml").content).findall(f"{ATOM}entry")
    stale = [e for e in entries if e.findtext(f"{ATOM}title") == "alpha claim 4 (Changed since checked): stale"]
    assert len(stale) == 1
    assert "Lean source changed" in stale[0].findtext(f"{ATOM}summary")
    assert stale[0].findtext(f"{ATOM}id").startswith("urn:theorem-catalogue:stale:")


def test_feed_leaves_out_runs_that_changed_nothing(client, catalogue):
    from sqlalchemy import select

    from app.db import session_scope
    from app.models import Claim, Paper, VerificationRun
    from app.status import ClaimStatus

    with session_scope() as session:
        claim = session.scalar(select(Claim).join(Paper).where(Paper.slug == "beta", Claim.number == 1))
        session.add(VerificationRun(claim=claim, trigger="manual", status=ClaimStatus.VERIFIED))
    entries = ET.fromstring(client.get("/feed.xml").content).findall(f"{ATOM}entry")
    assert len(entries) == 13


def test_empty_feed_is_valid(database_url):
    from fastapi.testclient import TestClient

    from app.web.app import create_app

    feed = TestClient(create_app()).get("/feed.xml")
    assert feed.status_code == 200
    assert ET.fromstring(feed.content).findall(f"{ATOM}entry") == []


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_static_css_is_served_by_the_app(client):
    css = client.get("/static/site.css")
    assert css.status_code == 200
    assert "prefers-color-scheme: dark" in css.text
    assert "prefers-color-scheme: dark" in client.get("/static/lean.css").text


def test_friendly_404_for_any_unknown_address(client):
    page = client.get("/no/such/page")
    assert page.status_code == 404
    assert "We could not find that page" in page.text
    assert 'name="q"' in page.text  # a way to search from there


def test_empty_database_shows_how_to_index(database_url):
    from fastapi.testclient import TestClient

    from app.web.app import create_app

    page = TestClient(create_app()).get("/")
    assert page.status_code == 200
    assert "catalogue index" in page.text


def test_pages_offer_their_badge_for_embedding(client):
    paper = client.get("/papers/alpha").text
    assert '<img src="/badges/papers/alpha.svg"' in paper
    assert "[![Lean status](http://testserver/badges/papers/alpha.svg)](http://testserver/papers/alpha)" in paper
    claim = client.get("/papers/alpha/claims/2").text
    assert '<img src="/badges/papers/alpha/claims/2.svg"' in claim
