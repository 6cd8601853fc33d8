"""The FastAPI application factory: static files, every router from routes/, error pages, the re-run worker."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.web import errors
from app.web.routes import ROUTERS, runs

STATIC_DIR = Path(__file__).parent / "static"

DESCRIPTION = """Research papers and their formal claims, each checked by the real Lean 4 toolchain.

The JSON API under `/api` gives the same data as the pages. Unknown slugs and claim numbers answer 404
with `{"detail": …}`; invalid parameters answer 422."""


@asynccontextmanager
async def lifespan(app: FastAPI):
    runs.start(app)  # verification worker: resumes queued and interrupted re-runs
    yield
    runs.stop(app)


def create_app() -> FastAPI:
    # Swagger UI and ReDoc load scripts from a CDN; /docs is served by routes/docs.py instead.
    app = FastAPI(
        title="Theorem Catalogue", description=DESCRIPTION, version="1", docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router, prefix in ROUTERS:
        app.include_router(router, prefix=prefix)
    errors.install(app)
    return app
