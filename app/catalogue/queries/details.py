"""One collection, paper or claim with everything its page shows, loaded in a few queries."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.queries.tally import bucket
from app.models import Claim, Collection, Paper
from app.status import ClaimStatus

# A paper page's claims filter: a status word, or one of the three summary buckets.
CLAIM_FILTERS = tuple(s.value for s in ClaimStatus) + ("failing", "unchecked")


def get_collection(session: Session) -> Collection | None:
    return session.scalars(select(Collection).order_by(Collection.id).limit(1)).first()


def get_paper(session: Session, slug: str) -> Paper | None:
    """The paper with its claims, their declarations and dependencies (each with its paper)."""
    return session.scalars(
        select(Paper)
        .where(Paper.slug == slug)
        .options(
            selectinload(Paper.claims).selectinload(Claim.declarations),
            selectinload(Paper.claims).selectinload(Claim.uses).selectinload(Claim.paper),
            selectinload(Paper.claims).selectinload(Claim.used_by).selectinload(Claim.paper),
            selectinload(Paper.collection),
        )
    ).first()


def get_claim(session: Session, slug: str, number: int) -> Claim | None:
    """The claim with its paper, declarations, runs (newest first) and dependencies across papers."""
    return session.scalars(
        select(Claim)
        .join(Claim.paper)
        .where(Paper.slug == slug, Claim.number == number)
        .options(
            selectinload(Claim.paper).selectinload(Paper.collection),
            selectinload(Claim.declarations),
            selectinload(Claim.runs),
            selectinload(Claim.uses).selectinload(Claim.paper),
            selectinload(Claim.used_by).selectinload(Claim.paper),
        )
    ).first()


def claim_status_filter(claims: list[Claim], wanted: str | None) -> list[Claim]:
    """The claims whose status is `wanted` (a status value, or `failing` / `unchecked`); all when None."""
    if not wanted:
        return list(claims)
    if wanted in ("failing", "unchecked"):
        return [c for c in claims if bucket(c.status) == wanted]
    return [c for c in claims if c.status.value == wanted]


def claim_counts(claims: list[Claim]) -> dict[str, int]:
    """How many claims each value of the claims filter would show."""
    counts = {s.value: 0 for s in ClaimStatus} | {"failing": 0, "unchecked": 0}
    for claim in claims:
        counts[claim.status.value] += 1
        if bucket(claim.status) != "verified":
            counts[bucket(claim.status)] += 1
    return counts
