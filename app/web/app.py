"""The FastAPI application factory."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db import session_factory
from app.models import Collection, Paper

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def create_app() -> FastAPI:
    app = FastAPI(title="Theorem Catalogue")

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
