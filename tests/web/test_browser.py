"""The site in real headless Chromium (Debian's `chromium`, driven by Playwright): what a user sees and does.

Screenshots go to tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM = os.environ.get("CATALOGUE_CHROMIUM") or shutil.which("chromium") or ""
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM or not os.access(CHROMIUM, os.X_OK):
        pytest.skip("Chromium not found: install Debian's `chromium` or set CATALOGUE_CHROMIUM to its path")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve():
    import uvicorn

    from app.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture
def live_server(catalogue):
    server, thread, url = _serve()
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def live_shipped(indexed, no_toolchain):
    server, thread, url = _serve()
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert errors == [], errors


def words(text: str) -> str:
    return " ".join(text.split())


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_browse_filter_paper_claim_graph(live_server, page):
    page.goto(live_server + "/")
    assert page.get_by_role("heading", level=1).inner_text() == "Test Collection: Small but Complete"
    assert page.locator("li.card").count() == 4
    assert page.get_by_text("4 papers", exact=True).is_visible()
    shot(page, "01-home")

    # A filter: choosing in the form applies it (JavaScript enhancement), and the URL can be shared.
    page.select_option("#verified", "all")
    page.wait_for_url("**/?verified=all*")
    assert page.locator("li.card").count() == 1
    assert page.locator("li.card h3").inner_text() == "Beta: Building On Alpha"
    assert "field=" not in page.url  # empty fields are left out of the shared URL
    shot(page, "02-filtered")

    # Two clicks from home to a paper's verified claims.
    page.goto(live_server + "/")
    page.locator('li.card[data-slug="alpha"]').get_by_role("link", name="See the 1 verified claim").click()
    page.wait_for_url("**/papers/alpha?status=verified")
    rows = page.locator("table.claims-table tbody tr")
    assert rows.count() == 1
    assert "verified" in rows.first.locator(".status").inner_text()
    shot(page, "03-paper-verified-claims")

    page.get_by_role("link", name="all 5").click()
    assert page.locator("table.claims-table tbody tr").count() == 5
    assert page.get_by_text("This paper is a draft").count() == 0
    shot(page, "04-paper")

    page.get_by_role("link", name="One plus one").click()
    page.wait_for_url("**/papers/alpha/claims/1")
    assert words(page.locator("#status-title").inner_text()) == "Status: verified"
    assert page.locator(".formal .lean").first.is_visible()
    assert page.locator(".statement math").count() >= 1
    assert page.get_by_text("No Lean toolchain is installed on this server.").is_visible()
    shot(page, "05-claim")

    page.get_by_role("link", name="See the paper's claim graph").click()
    page.wait_for_url("**/papers/alpha/graph")
    assert page.locator("svg.claim-graph").is_visible()
    assert page.locator("svg.claim-graph a.cg-node").count() == 6
    shot(page, "06-graph")
    page.locator('svg.claim-graph a[data-key="beta/1"]').click()
    page.wait_for_url("**/papers/beta/claims/1")
    assert words(page.locator("#status-title").inner_text()) == "Status: verified"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_filters_work_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(live_server + "/")
    pg.fill("#q", "doubling")
    pg.get_by_role("button", name="Apply").click()
    pg.wait_for_url("**/?q=doubling*")
    assert pg.locator("li.card").count() == 1
    assert pg.locator("li.card h3").inner_text() == "Alpha: Arithmetic Facts"
    pg.goto(live_server + "/?verified=all&field=Algebra")
    assert pg.get_by_text("No paper matches these filters.").is_visible()
    shot(pg, "07-empty-state")
    context.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_hostile_content_runs_no_script(live_server, page):
    fired: list[str] = []
    page.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
    for path in ("/", "/papers/hostile", "/papers/hostile/claims/1", "/papers/hostile/claims/2", "/papers/hostile/graph"):
        page.goto(live_server + path)
    assert fired == []
    page.goto(live_server + "/papers/hostile")
    assert page.get_by_text("This paper is a draft").is_visible()
    assert page.locator(".abstract .math-source").count() == 3  # broken LaTeX shown as its source
    shot(page, "08-hostile")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_phone_width_and_dark_mode(live_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark", device_scale_factor=2)
    pg = context.new_page()
    for path, name in (("/", "09-phone-dark-home"), ("/papers/alpha", "10-phone-dark-paper"),
                       ("/papers/alpha/claims/3", "11-phone-dark-claim"), ("/papers/alpha/graph", "14-phone-dark-graph")):
        pg.goto(live_server + path)
        # Nothing wider than the screen: no sideways scrolling of the page itself.
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        shot(pg, name)
    background = pg.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 23, 28)"
    context.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_shipped_collection_home(live_shipped, page):
    from tests.web.test_shipped_collection import SLUGS

    page.goto(live_shipped + "/")
    assert page.locator("li.card").count() == len(SLUGS)
    shot(page, "12-shipped-home")
    page.locator("li.card h3 a").first.click()
    page.wait_for_url(f"**/papers/{SLUGS[0]}")
    shot(page, "13-shipped-paper")
