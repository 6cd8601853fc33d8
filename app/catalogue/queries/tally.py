"""A paper's (or the collection's) claims counted as verified / failing / not yet checked.

The one place that sorts a status into those three words: only `verified` counts as verified; a status
whose run found a problem counts as failing; everything else (never checked, stale, no toolchain) is
not yet checked.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Claim
from app.status import FAILING, ClaimStatus

Bucket = Literal["verified", "failing", "unchecked"]
BUCKET_LABELS: dict[str, str] = {"verified": "verified", "failing": "failing", "unchecked": "not yet checked"}


def bucket(status: ClaimStatus) -> Bucket:
    if status is ClaimStatus.VERIFIED:
        return "verified"
    return "failing" if status.is_failing else "unchecked"


@dataclass(frozen=True)
class Tally:
    total: int = 0
    verified: int = 0
    failing: int = 0

    @property
    def unchecked(self) -> int:
        return self.total - self.verified - self.failing

    @property
    def verified_share(self) -> float:
        return self.verified / self.total if self.total else 0.0

    def percent(self, part: Bucket) -> float:
        """Share of the bar for `part`, in percent (0 when there are no claims)."""
        return round(100 * getattr(self, part) / self.total, 2) if self.total else 0.0

    @classmethod
    def of(cls, statuses: Iterable[ClaimStatus]) -> Tally:
        buckets = [bucket(s) for s in statuses]
        return cls(len(buckets), buckets.count("verified"), buckets.count("failing"))


def tally_subquery():
    """Per paper_id: total, verified and failing claim counts (papers without claims have no row)."""
    return (
        select(
            Claim.paper_id.label("paper_id"),
            func.count(Claim.id).label("total"),
            func.sum(case((Claim.status == ClaimStatus.VERIFIED, 1), else_=0)).label("verified"),
            func.sum(case((Claim.status.in_(sorted(FAILING)), 1), else_=0)).label("failing"),
        )
        .group_by(Claim.paper_id)
        .subquery("tally")
    )


def collection_tally(session: Session) -> Tally:
    """Every claim in the catalogue, counted."""
    t = tally_subquery()
    total, verified, failing = session.execute(
        select(func.sum(t.c.total), func.sum(t.c.verified), func.sum(t.c.failing))
    ).one()
    return Tally(int(total or 0), int(verified or 0), int(failing or 0))
