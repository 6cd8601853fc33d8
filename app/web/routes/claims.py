"""`/papers/{slug}/claims/{number}`: a claim beside its Lean proof, its status with evidence, its history."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.deps import ClaimDep
from app.web.templating import templates

router = APIRouter()


@router.get("/{slug}/claims/{number}", response_class=HTMLResponse, name="claim")
def claim_page(request: Request, claim: ClaimDep):
    context = {"claim": claim, "paper": claim.paper, "latest": claim.runs[0] if claim.runs else None}
    return templates.TemplateResponse(request=request, name="claims/detail.html", context=context)
