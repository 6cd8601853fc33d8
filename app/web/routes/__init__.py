"""Every router of the site, with its prefix: the table of contents of the web side."""
from __future__ import annotations

from fastapi import APIRouter

from app.web.routes import badges, claims, collection, docs, feed, graph, health, papers, runs
from app.web.routes.api import router as api_router

ROUTERS: list[tuple[APIRouter, str]] = [
    (collection.router, ""),  # /  the collection, filtered
    (papers.router, "/papers"),  # /papers/{slug}, /papers/{slug}.bib
    (graph.router, "/papers"),  # /papers/{slug}/graph, /papers/{slug}/graph.svg
    (claims.router, "/papers"),  # /papers/{slug}/claims/{number}
    (badges.router, "/badges"),  # /badges/papers/{slug}.svg, /badges/papers/{slug}/claims/{number}.svg
    (feed.router, ""),  # /feed.xml
    (health.router, ""),  # /healthz
    (docs.router, ""),  # /docs  the JSON API's reference (from the OpenAPI schema at /openapi.json)
    (api_router, "/api"),
    (runs.router, ""),  # /runs/…, /api/runs/…, POST /papers/{slug}/claims/{number}/runs  (re-run a proof)  # /api/papers, /api/papers/{slug}, /api/papers/{slug}/claims/{number}
]
