"""`/papers/{slug}/claims/{n}`: statement beside Lean, status with evidence, history, dependencies."""
from __future__ import annotations

import re

import pytest

from app.status import ClaimStatus
from tests.web.helpers import visible_text
from tests.web.sample import EXPECTED_STATUS


def test_claim_page_shows_statement_and_lean_side_by_side(client):
    page = client.get("/papers/alpha/claims/2")
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Claim 2 · lemma" in text
    assert "Doubling" in text
    assert "<math" in page.text  # the statement's math
    assert "Catalogue.Alpha.double" in text
    assert "lean/Catalogue/Alpha.lean, lines 6–7" in text
    assert '<div class="lean"><pre>' in page.text  # highlighted by Pygments' lean4 lexer
    assert '<span class="kn">theorem</span>' in page.text
    assert "omega" in text


def test_claim_page_shows_fidelity(client):
    text = visible_text(client.get("/papers/alpha/claims/3").text)
    assert "Fidelity: special case" in text
    assert "The proof is not finished." in text


def test_verified_claim_shows_its_evidence(client):
    page = client.get("/papers/alpha/claims/1").text
    text = visible_text(page)
    assert "Status: verified" in text
    assert "Lean accepted the proof" in text
    assert "Lean (version 4.24.0, x86_64-unknown-linux-gnu, commit test)" in text
    assert "propext, Classical.choice" in text
    assert "1.5 s" in text
    assert "exit code 0" in text


def test_history_lists_every_run_newest_first(client):
    page = client.get("/papers/alpha/claims/1").text
    rows = re.findall(r'<tr data-run="\d+" data-status="([a-z_]+)">', page)
    assert rows == ["verified", "failed"]


def test_failed_claim_shows_lean_messages(client):
    text = visible_text(client.get("/papers/alpha/claims/2").text)
    assert "Status: failed" in text
    assert "Lean rejected the proof." in text
    assert "Messages from Lean" in text
    assert "error line 7, column 2 problem <script>alert(3)</script>" in text  # shown as text


def test_never_checked_claim_says_so_plainly(client):
    page = client.get("/papers/alpha/claims/5").text
    text = visible_text(page)
    assert "This claim has never been checked." in text
    assert "No run yet: this claim has never been checked." in text
    assert "Lean accepted the proof" not in text


@pytest.mark.parametrize(("key", "status"), sorted(EXPECTED_STATUS.items()))
def test_every_status_is_shown_in_words(client, key, status):
    slug, number = key
    text = visible_text(client.get(f"/papers/{slug}/claims/{number}").text)
    assert f"Status: {status.label}" in text
    # Only a verified claim may ever be described as verified.
    assert ("Lean accepted the proof" in text) == (status is ClaimStatus.VERIFIED)


def test_stale_claim_explains_why(client):
    text = visible_text(client.get("/papers/alpha/claims/4").text)
    assert "The Lean source changed since the last check" in text
    # Its last run said verified; the page must not let that read as the claim's status.
    assert "This run checked an earlier version of the Lean source; its result no longer applies." in text


def test_flagged_claim_is_marked(client):
    text = visible_text(client.get("/papers/hostile/claims/1").text)
    assert "Flagged by the indexer" in text
    assert "Catalogue.Hostile.evil" in text


def test_uses_and_used_by_link_across_papers(client):
    page = client.get("/papers/alpha/claims/1").text
    used_by = page[page.index("Used by") :]
    assert 'href="/papers/alpha/claims/2"' in used_by
    assert 'href="/papers/beta/claims/1"' in used_by  # another paper builds on it
    text = visible_text(page)
    assert "beta · Claim 1: Zero plus zero" in text
    beta = visible_text(client.get("/papers/beta/claims/1").text)
    assert "alpha · Claim 1: One plus one" in beta
    assert "No claim builds on this one." in visible_text(client.get("/papers/hostile/claims/6").text)


def test_no_toolchain_is_said_plainly(client):
    text = visible_text(client.get("/papers/alpha/claims/1").text)
    assert "No Lean toolchain is installed on this server." in text
    assert "elan" in text


def test_toolchain_present_hides_the_notice(catalogue, lean_on_path):
    from fastapi.testclient import TestClient

    from app.web.app import create_app

    with TestClient(create_app()) as c:
        text = visible_text(c.get("/papers/alpha/claims/1").text)
    assert "No Lean toolchain is installed" not in text


def test_status_section_holds_the_re_run_panel(client):
    page = client.get("/papers/alpha/claims/1").text
    status = page[page.index('id="status"') : page.index("</section>", page.index('id="rerun"'))]
    assert 'id="rerun"' in status and "Re-run proof" in status


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/papers/alpha/claims/99", 404),
        ("/papers/nope/claims/1", 404),
        ("/papers/alpha/claims/abc", 422),
        ("/papers/alpha/claims/0", 422),
    ],
)
def test_unknown_or_bad_claim(client, path, status):
    page = client.get(path)
    assert page.status_code == status
    assert "text/html" in page.headers["content-type"]


def test_unknown_claim_names_the_paper(client):
    assert "Paper 'alpha' has no claim 99." in visible_text(client.get("/papers/alpha/claims/99").text)
