"""`/papers/{slug}`: a paper, its verification summary and its claims table (filterable by status); BibTeX."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.catalogue.queries import Tally, claim_status_filter
from app.catalogue.queries.details import CLAIM_FILTERS, claim_counts
from app.render.bibtex import bibtex
from app.web.deps import PaperDep
from app.web.templating import templates

router = APIRouter()


class ClaimFilter(BaseModel):
    model_config = ConfigDict(extra="ignore")

    status: Literal[CLAIM_FILTERS] | None = Field(None, description="a claim status, or failing / unchecked")

    @field_validator("status", mode="before")
    @classmethod
    def _blank_is_any(cls, value):
        return value.strip() or None if isinstance(value, str) else value


@router.get("/{slug}.bib", response_class=PlainTextResponse, name="paper_bibtex")
def paper_bibtex(paper: PaperDep):
    return PlainTextResponse(
        bibtex(paper),
        media_type="application/x-bibtex; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{paper.slug}.bib"'},
    )


@router.get("/{slug}", response_class=HTMLResponse, name="paper")
def paper_page(request: Request, paper: PaperDep, claim_filter: Annotated[ClaimFilter, Query()]):
    context = {
        "paper": paper,
        "tally": Tally.of(c.status for c in paper.claims),
        "claims": claim_status_filter(paper.claims, claim_filter.status),
        "wanted": claim_filter.status,
        "counts": claim_counts(paper.claims),
    }
    return templates.TemplateResponse(request=request, name="papers/detail.html", context=context)
