"""Headless Chromium clicks "Re-run proof", sees the live log and the final status without a reload; and the
same flow with JavaScript off (form POST → self-refreshing job page)."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from app.db import session_scope
from app.models import Claim
from tests.verify.webapp import claim_page, make_app

CHROMIUM = os.environ.get("CATALOGUE_CHROMIUM") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


@pytest.fixture
def server(project, lean_on_path):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM} (set CATALOGUE_CHROMIUM)")
    pytest.importorskip("playwright.sync_api")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(make_app(), host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.monotonic() + 10
    while not srv.started and time.monotonic() < end:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", project[1]
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def claim_id(number: int) -> int:
    with session_scope() as s:
        return s.scalar(select(Claim.id).where(Claim.number == number))


def test_click_rerun_streams_log_and_updates_status(server, browser):
    base, numbers = server
    page = browser.new_page()
    page.goto(base + claim_page(claim_id(numbers['Native'])))
    assert page.locator("[data-rerun-status]").inner_text() == "not yet checked"
    page.get_by_role("button", name="Re-run proof").click()
    page.wait_for_function("document.querySelector('[data-rerun-state]').textContent.startsWith('Finished')", timeout=20000)
    assert "lake build Catalogue.Native" in page.locator("[data-rerun-log]").inner_text()
    assert "non-standard axioms" in page.locator("[data-rerun-state]").inner_text()
    assert page.locator("[data-rerun-status]").inner_text() == "non-standard axioms"
    assert page.locator("#status-title .status").inner_text() == "non-standard axioms"
    assert "s" in page.locator("[data-rerun-elapsed]").inner_text()
    # The evidence and the history refresh without a reload.
    page.wait_for_selector("#history [data-run]")
    assert "depends on axioms beyond Lean's standard ones" in page.locator("#status-evidence").inner_text()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "20-rerun-finished.png"), full_page=True)
    page.locator("[data-rerun-link]").click()
    page.wait_for_url("**/runs/*")
    assert "Lean.ofReduceBool" in page.content()
    page.screenshot(path=str(SHOTS / "21-run-evidence.png"), full_page=True)


def test_without_javascript_the_form_leads_to_a_refreshing_job_page(server, browser):
    base, numbers = server
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + claim_page(claim_id(numbers['Good'])))
    page.get_by_role("button", name="Re-run proof").click()
    page.wait_for_url("**/runs/jobs/*")
    page.wait_for_selector('[data-job-state="done"]', timeout=20000)
    assert page.locator('[data-job-state="done"] .status').inner_text() == "verified"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "22-job-page-no-js.png"), full_page=True)
    context.close()
