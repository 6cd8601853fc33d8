"""The re-run flow over HTTP: panel, CSRF, 503 without toolchain, redirect page, SSE, dedupe, bounds, rate limit."""
from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db import session_scope
from app.models import Claim, VerificationJob
from app.settings import get_settings
from tests.verify.webapp import claim_page, make_app


def claim_id(number: int) -> int:
    with session_scope() as s:
        return s.scalar(select(Claim.id).where(Claim.number == number))


def token_of(client: TestClient, cid: int) -> str:
    page = client.get(claim_page(cid))
    assert page.status_code == 200
    m = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert m, page.text
    return m.group(1)


def wait_done(client: TestClient, job_id: int, seconds: float = 20) -> dict:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        body = client.get(f"/api/runs/jobs/{job_id}").json()
        if body["state"] == "done":
            return body
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish: {body}")


@pytest.fixture
def client(project, lean_on_path):
    with TestClient(make_app()) as c:
        yield c


def test_form_post_redirects_to_a_self_refreshing_job_page(client, project):
    _root, numbers = project
    cid = claim_id(numbers["Good"])
    res = client.post(f"/runs/claims/demo/{numbers['Good']}", data={"csrf_token": token_of(client, cid)}, follow_redirects=False)
    assert res.status_code == 303
    page_url = res.headers["location"]
    job_id = int(page_url.rsplit("/", 1)[1])
    first = client.get(page_url)
    if 'data-job-state="done"' not in first.text:
        assert first.headers["refresh"] == "2"
    wait_done(client, job_id)
    done = client.get(page_url)
    assert "refresh" not in done.headers
    assert 'data-status="verified"' in done.text and "Evidence of run" in done.text
    panel = client.get(claim_page(cid)).text
    assert 'data-rerun-status>verified' in panel


def test_sse_streams_log_and_final_status(client, project):
    _root, numbers = project
    cid = claim_id(numbers["Sorry"])
    res = client.post(f"/runs/claims/demo/{numbers['Sorry']}", data={"csrf_token": token_of(client, cid)},
                      headers={"Accept": "application/json"})
    assert res.status_code == 202
    body = res.json()
    with client.stream("GET", body["events"]) as stream:
        text = "".join(stream.iter_text())
    assert "event: log" in text and "lake build Catalogue.Sorry" in text
    assert "event: elapsed" in text
    done = text.split("event: done")[1]
    assert '"status": "uses_sorry"' in done and '"claim_status": "uses_sorry"' in done


def test_csrf_is_required(client, project):
    _root, numbers = project
    good, other = claim_id(numbers["Good"]), claim_id(numbers["Plain"])
    url = f"/runs/claims/demo/{numbers['Good']}"
    assert client.post(url).status_code == 403
    assert client.post(url, data={"csrf_token": "123.abc"}).status_code == 403
    assert client.post(url, data={"csrf_token": token_of(client, other)}).status_code == 403
    evil = client.post(url, data={"csrf_token": token_of(client, good)}, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    with session_scope() as s:
        assert s.scalar(select(VerificationJob.id)) is None


def test_a_second_request_joins_the_running_job(client, project):
    _root, numbers = project
    cid = claim_id(numbers["Slow"])
    url = f"/runs/claims/demo/{numbers['Slow']}"
    token = token_of(client, cid)
    first = client.post(url, data={"csrf_token": token}, headers={"Accept": "application/json"}).json()
    second = client.post(url, data={"csrf_token": token}, headers={"Accept": "application/json"}).json()
    assert second["job_id"] == first["job_id"] and second["joined"] is True
    assert wait_done(client, first["job_id"])["status"] == "timed_out"


def test_rate_limit_per_client(project, lean_on_path, monkeypatch):
    monkeypatch.setenv("CATALOGUE_VERIFY_RATE_LIMIT", "2")
    get_settings.cache_clear()
    _root, numbers = project
    with TestClient(make_app()) as client:
        cid = claim_id(numbers["Good"])
        token = token_of(client, cid)
        url = f"/runs/claims/demo/{numbers['Good']}"
        codes = [client.post(url, data={"csrf_token": token}, follow_redirects=False) for _ in range(3)]
        assert [r.status_code for r in codes[:2]] == [303, 303]
        assert codes[2].status_code == 429 and int(codes[2].headers["Retry-After"]) >= 1


def test_queue_is_bounded(project, lean_on_path, monkeypatch):
    monkeypatch.setenv("CATALOGUE_VERIFY_QUEUE_SIZE", "1")
    get_settings.cache_clear()
    _root, numbers = project
    with TestClient(make_app()) as client:
        codes = []
        for scenario in ("Slow", "Good", "Plain", "Sorry"):
            cid = claim_id(numbers[scenario])
            r = client.post(f"/runs/claims/demo/{numbers[scenario]}", data={"csrf_token": token_of(client, cid)},
                            headers={"Accept": "application/json"})
            codes.append(r)
        refused = [r for r in codes if r.status_code == 429]
        assert refused and "queue is full" in refused[0].json()["detail"] and refused[0].headers["Retry-After"]


def test_cached_rerun_is_shown_as_cached(client, project):
    _root, numbers = project
    cid = claim_id(numbers["Good"])
    url = f"/runs/claims/demo/{numbers['Good']}"
    first = client.post(url, data={"csrf_token": token_of(client, cid)}, headers={"Accept": "application/json"}).json()
    assert wait_done(client, first["job_id"])["cached"] is False
    second = client.post(url, data={"csrf_token": token_of(client, cid)}, headers={"Accept": "application/json"}).json()
    done = wait_done(client, second["job_id"])
    assert done["cached"] is True and done["status"] == "verified"
    assert "cached" in client.get(done["page"]).text


def test_run_evidence_page(client, project):
    _root, numbers = project
    cid = claim_id(numbers["Broken"])
    job = client.post(f"/runs/claims/demo/{numbers['Broken']}", data={"csrf_token": token_of(client, cid)},
                      headers={"Accept": "application/json"}).json()
    done = wait_done(client, job["job_id"])
    page = client.get(f"/runs/{done['run_id']}").text
    assert "failed" in page and "unsolved goals" in page and "Demo.broken" in page and "Lean (version 4.24.0" in page


def test_unknown_claim_and_job(client):
    assert client.post("/runs/claims/demo/999").status_code == 404
    assert client.post("/runs/claims/../etc/1").status_code == 404
    assert client.get("/runs/jobs/999").status_code == 404
    assert client.get("/api/runs/jobs/999").status_code == 404


def test_without_toolchain_the_page_and_api_say_so(project, no_toolchain):
    _root, numbers = project
    cid = claim_id(numbers["Good"])
    with TestClient(make_app()) as client:
        page = client.get(claim_page(cid)).text
        assert "Lean toolchain unavailable" in page and "elan" in page and "disabled" in page
        assert "No Lean toolchain is installed on this server" in page
        assert 'name="csrf_token"' not in page
        from app.web.routes.runs import _service  # noqa: F401  (service is started by the lifespan)

        token = client.app.state.verify.token(cid)
        res = client.post(f"/runs/claims/demo/{numbers['Good']}", data={"csrf_token": token}, headers={"Accept": "application/json"})
        assert res.status_code == 503 and "elan" in res.json()["detail"]
        assert client.get("/api/runs/toolchain").status_code == 503
        html = client.post(f"/runs/claims/demo/{numbers['Good']}", data={"csrf_token": token})
        assert html.status_code == 503 and "elan" in html.text
    with session_scope() as s:
        claim = s.get(Claim, cid)
        assert claim.status.value == "not_checked" and claim.runs == []


def test_toolchain_api(client):
    body = client.get("/api/runs/toolchain").json()
    assert body["version"].startswith("Lean (version") and body["lake"] == "lake"
