"""The FastAPI application factory."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db import session_factory
from app.models import Collection, Paper
from app.web.routes import runs

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def create_app() -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        runs.start(app)  # verification worker: resumes queued and interrupted re-runs
        yield
        runs.stop(app)

    app = FastAPI(title="Theorem Catalogue", lifespan=lifespan)
    app.include_router(runs.router)  # /runs/…, /api/runs/… (re-run a claim's proof)

    @app.get("/")
    def collection_page(request: Request):
        with session_factory()() as session:
            collections = session.scalars(
                select(Collection).options(selectinload(Collection.papers).selectinload(Paper.claims))
            ).all()
            return TEMPLATES.TemplateResponse(request=request, name="index.html", context={"collections": collections})

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
