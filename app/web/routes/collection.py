"""`/`: the collection, its papers as cards, filtered by GET parameters that make a shareable URL."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.catalogue.queries import browse
from app.catalogue.queries.listing import SORT_LABELS
from app.web.deps import FiltersDep, SessionDep
from app.web.templating import templates

router = APIRouter()


@router.get("/", response_class=HTMLResponse, name="collection")
def collection_page(request: Request, session: SessionDep, filters: FiltersDep):
    view = browse(session, filters)
    return templates.TemplateResponse(
        request=request, name="collection/index.html", context={"view": view, "sort_labels": SORT_LABELS}
    )
