"""A minimal page context for the re-run panel: the real app plus a bare claim page that includes it."""
from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

from app.db import session_scope
from app.models import Claim
from app.web.app import create_app

TEMPLATES = Path(__file__).resolve().parents[2] / "app" / "web" / "templates"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Claim {{ claim.number }}</title></head><body>
{% include "runs/banner.html" ignore missing %}
<h1>Claim {{ claim.number }}</h1>
<section id="status"><h2 id="status-title">Status: <span class="status" data-status="{{ claim.status.value }}">{{ claim.status.label }}</span></h2></section>
{% include "runs/panel.html" ignore missing %}
</body></html>"""


def make_app():
    app = create_app()
    env = Environment(loader=ChoiceLoader([DictLoader({"test_claim.html": PAGE}), FileSystemLoader(TEMPLATES)]), autoescape=True)
    templates = Jinja2Templates(env=env)

    @app.get("/test/claims/{claim_id}", response_class=HTMLResponse)
    def claim_page(request: Request, claim_id: int):
        with session_scope() as s:
            claim = s.get(Claim, claim_id)
            return templates.TemplateResponse(request=request, name="test_claim.html", context={"claim": claim})

    return app
