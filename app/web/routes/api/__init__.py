"""The JSON API under /api: the same reads as the pages, as stable JSON."""
from __future__ import annotations

from fastapi import APIRouter

from app.catalogue.queries import browse
from app.web.deps import ClaimDep, FiltersDep, PaperDep, SessionDep
from app.web.routes.api.schemas import ClaimDetail, ErrorPublic, PaperDetail, PaperList, paper_list

router = APIRouter(tags=["api"])
NOT_FOUND = {404: {"model": ErrorPublic, "description": "no such paper or claim"}}


@router.get("/papers", response_model=PaperList, summary="Papers, filtered like the collection page")
def api_papers(session: SessionDep, filters: FiltersDep) -> PaperList:
    view = browse(session, filters)
    return paper_list(view.cards, view.total_papers, filters.params(), view.facets)


@router.get("/papers/{slug}", response_model=PaperDetail, responses=NOT_FOUND, summary="A paper with its claims")
def api_paper(paper: PaperDep) -> PaperDetail:
    return PaperDetail.of_paper(paper)


@router.get("/papers/{slug}/claims/{number}", response_model=ClaimDetail, responses=NOT_FOUND,
            summary="A claim with its Lean declarations and verification runs")
def api_claim(claim: ClaimDep) -> ClaimDetail:
    return ClaimDetail.of_claim(claim)
