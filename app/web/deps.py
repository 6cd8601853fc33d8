"""Typed dependencies for routes: a read session per request, the paper filters, the loaded paper or claim."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query
from sqlalchemy.orm import Session

from app.catalogue.queries import PaperFilters, get_claim, get_paper
from app.db import session_factory
from app.models import Claim, Paper


def get_session() -> Iterator[Session]:
    """Pages only read; the session is closed (never committed) when the response is done."""
    session = session_factory()()
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]
FiltersDep = Annotated[PaperFilters, Query()]
SlugPath = Annotated[str, Path(max_length=200, description="the paper's slug, e.g. ml_scaling_laws")]
NumberPath = Annotated[int, Path(ge=1, le=1_000_000, description="the claim's number within its paper")]


SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")  # papers/README.md: the slugs a paper may have


def paper_or_404(session: SessionDep, slug: SlugPath) -> Paper:
    paper = get_paper(session, slug) if SLUG.match(slug) else None
    if paper is None:
        raise HTTPException(status_code=404, detail=f"No paper has the slug {slug!r}.")
    return paper


def claim_or_404(session: SessionDep, slug: SlugPath, number: NumberPath) -> Claim:
    claim = get_claim(session, slug, number) if SLUG.match(slug) else None
    if claim is None:
        if not SLUG.match(slug) or get_paper(session, slug) is None:
            raise HTTPException(status_code=404, detail=f"No paper has the slug {slug!r}.")
        raise HTTPException(status_code=404, detail=f"Paper {slug!r} has no claim {number}.")
    return claim


PaperDep = Annotated[Paper, Depends(paper_or_404)]
ClaimDep = Annotated[Claim, Depends(claim_or_404)]
