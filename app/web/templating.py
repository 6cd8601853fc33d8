"""The Jinja2 environment of every page: templates beside the routes, filters for Markdown, math, Lean, dates."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.templating import Jinja2Templates

from app.catalogue.queries.tally import BUCKET_LABELS
from app.render.lean import highlight_lean
from app.render.markdown import render_inline, render_markdown
from app.status import ClaimStatus
from app.verify.toolchain import INSTALL_HINT, find_toolchain

TEMPLATE_DIR = Path(__file__).parent / "templates"


def _site_context(request: Request) -> dict:
    return {"toolchain": find_toolchain(), "install_hint": INSTALL_HINT}


def query_string(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else ""


def safe_url(url: str | None) -> str | None:
    """An outside link only if it is http(s): content may not smuggle in javascript: or data: URLs."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def format_date(value: date | datetime | None, empty: str = "—") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


def format_duration(ms: int | None) -> str:
    if ms is None:
        return "—"
    return f"{ms} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def isoformat(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


templates = Jinja2Templates(directory=TEMPLATE_DIR, context_processors=[_site_context])
templates.env.filters.update(
    markdown=render_markdown,
    inline=render_inline,
    lean=highlight_lean,
    date=format_date,
    duration=format_duration,
    iso=isoformat,
    qs=query_string,
    safe_url=safe_url,
)
templates.env.globals.update(ClaimStatus=ClaimStatus, BUCKET_LABELS=BUCKET_LABELS)
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
