"""`/feed.xml`: an Atom feed of verification status changes, newest first."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.catalogue.queries import get_collection, status_changes
from app.web.deps import SessionDep
from app.web.templating import templates

router = APIRouter()


@router.get("/feed.xml", name="feed")
def feed(request: Request, session: SessionDep):
    context = {"collection": get_collection(session), "changes": status_changes(session), "base": str(request.base_url).rstrip("/")}
    page = templates.TemplateResponse(request=request, name="feed.xml", context=context)
    return Response(page.body, media_type="application/atom+xml; charset=utf-8")
