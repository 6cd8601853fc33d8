"""`/badges/…svg`: status badges to embed elsewhere; they say in words what the colour says."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.catalogue.queries import Tally
from app.render.badge import badge_svg
from app.web.deps import ClaimDep, PaperDep

router = APIRouter()
NO_CACHE = {"Cache-Control": "no-cache, max-age=0"}


def _svg(text: str) -> Response:
    return Response(text, media_type="image/svg+xml", headers=NO_CACHE)


@router.get("/papers/{slug}.svg", name="paper_badge")
def paper_badge(paper: PaperDep):
    tally = Tally.of(c.status for c in paper.claims)
    if not tally.total:
        return _svg(badge_svg("lean", "no claims", "neutral"))
    tone = "bad" if tally.failing else "good" if tally.verified == tally.total else "neutral"
    return _svg(badge_svg("lean", f"{tally.verified}/{tally.total} verified", tone))


@router.get("/papers/{slug}/claims/{number}.svg", name="claim_badge")
def claim_badge(claim: ClaimDep):
    return _svg(badge_svg(f"claim {claim.number}", claim.status.label, claim.status.tone))
