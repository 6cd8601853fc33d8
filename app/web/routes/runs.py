"""Re-running a claim's proof from the web: queue a job, watch it live (SSE), or follow a self-refreshing page.

Routes (all under /runs and /api/runs):
  POST /runs/claims/{slug}/{number}   queue a re-run (form with CSRF token; JSON answer for scripts)
  GET  /runs/jobs/{id}                the job's page (refreshes itself while the job is active)
  GET  /runs/jobs/{id}/events         Server-Sent Events: position, log, elapsed, done
  GET  /runs/{run_id}                 one recorded run's evidence
  GET  /api/runs/jobs/{id}            the job as JSON
  GET  /api/runs/toolchain            the toolchain, or 503 with how to install it
Only the catalogue's own claims are ever checked: the request selects a claim by slug and number,
and nothing from it reaches a command line or a file path.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Form, Path as PathParam, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from app.settings import Settings, get_settings
from app.verify.guards import Csrf, RateLimiter, client_key
from app.verify.jobs import DatabaseQueue, QueueFull
from app.verify.toolchain import INSTALL_HINT, Toolchain, find_toolchain
from app.verify.views import PanelView, find_claim, job_view, panel_view, run_detail
from app.verify.worker import Worker
from app.web.templating import templates

router = APIRouter()
Slug = Annotated[str, PathParam(pattern=r"^[a-z0-9][a-z0-9_-]{0,99}$")]
Number = Annotated[int, PathParam(ge=1, le=100_000)]
JobId = Annotated[int, PathParam(ge=1)]


class VerifyService:
    """The web side's handle on the verification flow: queue, worker, guards."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.queue = DatabaseQueue(settings.verify_queue_size)
        self.worker = Worker(self.queue, settings)
        self.limiter = RateLimiter(settings.verify_rate_limit, settings.verify_rate_window)
        self.csrf = Csrf(settings.secret_key)
        self.install_hint = INSTALL_HINT

    def toolchain(self) -> Toolchain | None:
        return find_toolchain(self.settings)

    def panel(self, claim) -> PanelView | None:
        """For runs/panel.html: the claim's current status, last run and active job, read afresh."""
        return panel_view(claim.id)

    def token(self, claim_id: int) -> str:
        return self.csrf.token(claim_id)


def start(app: FastAPI) -> None:
    """Call from the app's lifespan: recover interrupted jobs and start the worker."""
    app.state.verify = VerifyService(get_settings())
    app.state.verify.worker.start()


def stop(app: FastAPI) -> None:
    service = getattr(app.state, "verify", None)
    if service is not None:
        service.worker.stop()


def _service(request: Request) -> VerifyService:
    service = getattr(request.app.state, "verify", None)
    if service is None:  # lifespan not wired: serve pages, run jobs on first use
        start(request.app)
        service = request.app.state.verify
    return service


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _page(request: Request, name: str, context: dict, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Render a re-run page in the site's layout."""
    return templates.TemplateResponse(request=request, name=name, context=context, status_code=status, headers=headers)


def _refuse(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return _page(request, "runs/refused.html", {"message": message, "code": status}, status, headers)


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


@router.post("/runs/claims/{slug}/{number}", name="rerun_claim")
def rerun(request: Request, slug: Slug, number: Number, csrf_token: Annotated[str | None, Form()] = None) -> Response:
    service = _service(request)
    claim_id = find_claim(slug, number)
    if claim_id is None:
        return _refuse(request, 404, f"No claim {slug}/{number} in this catalogue.")
    token = csrf_token or request.headers.get("x-csrf-token")
    if not _same_origin(request) or not service.csrf.valid(claim_id, token):
        return _refuse(request, 403, "This form has expired or did not come from this site: reload the claim page and try again.")
    if service.toolchain() is None:
        return _refuse(request, 503, INSTALL_HINT)
    client = client_key(request.client.host if request.client else None)
    wait = service.limiter.check(client)
    if wait:
        return _refuse(request, 429, f"Too many re-run requests from this address; try again in {wait} s.", {"Retry-After": str(wait)})
    try:
        queued = service.queue.enqueue(claim_id, trigger="web", client=client)
    except QueueFull as full:
        return _refuse(request, 429, str(full), {"Retry-After": str(full.retry_after)})
    service.worker.wake()
    if _wants_json(request):
        view = job_view(queued.job_id)
        return JSONResponse({**view.to_dict(), "joined": queued.joined}, status_code=202)
    return RedirectResponse(f"/runs/jobs/{queued.job_id}", status_code=303)


@router.get("/runs/jobs/{job_id}", response_class=HTMLResponse, name="rerun_job")
def job_page(request: Request, job_id: JobId) -> Response:
    service = _service(request)
    view = job_view(job_id)
    if view is None:
        return _refuse(request, 404, f"No re-run job {job_id}.")
    live = service.worker.live(job_id)
    log = "".join(live.since(0)) if live and view.active else view.log
    # Without JavaScript the page reloads itself while the job is queued or running (Refresh header).
    headers = {"Refresh": "2", "Cache-Control": "no-store"} if view.active else {"Cache-Control": "no-store"}
    return _page(request, "runs/job.html", {"job": view, "log": log, "elapsed": live.elapsed if live else None}, headers=headers)




@router.get("/api/runs/jobs/{job_id}", name="rerun_job_api")
def job_api(request: Request, job_id: JobId) -> Response:
    view = job_view(job_id)
    if view is None:
        return JSONResponse({"detail": f"No re-run job {job_id}."}, status_code=404)
    return JSONResponse(view.to_dict())


@router.get("/api/runs/toolchain", name="toolchain_api")
def toolchain_api(request: Request) -> Response:
    found = _service(request).toolchain()
    if found is None:
        return JSONResponse({"detail": INSTALL_HINT}, status_code=503)
    return JSONResponse({"version": found.version, "lake": Path(found.lake).name, "lean": Path(found.lean).name})


@router.get("/runs/{run_id}", response_class=HTMLResponse, name="run_evidence")
def run_page(request: Request, run_id: JobId) -> Response:
    found = run_detail(run_id)
    if found is None:
        return _refuse(request, 404, f"No recorded run {run_id}.")
    run, ref, url = found
    return _page(request, "runs/run.html", {"run": run, "ref": ref, "claim_url": url})


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


@router.get("/runs/jobs/{job_id}/events", name="rerun_events")
async def job_events(request: Request, job_id: JobId) -> Response:
    service = _service(request)
    if await run_in_threadpool(job_view, job_id) is None:
        return JSONResponse({"detail": f"No re-run job {job_id}."}, status_code=404)

    async def stream():
        sent, last_position, tick = 0, None, 0
        while True:
            view = await run_in_threadpool(job_view, job_id)
            live = service.worker.live(job_id)
            if view.state == "queued" and view.position != last_position:
                last_position = view.position
                yield _sse("position", {"position": view.position, "interrupted": view.interrupted})
            if live is not None:
                lines = live.since(sent)
                if lines:
                    sent += len(lines)
                    yield _sse("log", {"text": "".join(lines)})
                if view.state == "running" or tick % 2 == 0:
                    yield _sse("elapsed", {"seconds": round(live.elapsed, 1)})
            if view.state == "done":
                if live is None and view.log:
                    yield _sse("log", {"text": view.log})
                yield _sse("done", view.to_dict())
                return
            if await request.is_disconnected():
                return
            tick += 1
            await asyncio.sleep(0.4)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
