"""The status history behind the Atom feed: every run whose result differs from the claim's run before it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Claim, Paper, VerificationRun
from app.status import ClaimStatus


@dataclass(frozen=True)
class StatusChange:
    run_id: int
    slug: str
    paper_title: str
    number: int
    claim_title: str
    status: ClaimStatus
    previous: ClaimStatus | None
    at: datetime
    toolchain: str


def status_changes(session: Session, limit: int = 50) -> list[StatusChange]:
    previous = func.lag(VerificationRun.status).over(partition_by=VerificationRun.claim_id, order_by=VerificationRun.id)
    runs = select(
        VerificationRun.id.label("run_id"),
        VerificationRun.claim_id,
        VerificationRun.status,
        previous.label("previous"),
        func.coalesce(VerificationRun.finished_at, VerificationRun.started_at).label("at"),
        VerificationRun.toolchain,
    ).subquery()
    rows = session.execute(
        select(runs, Paper.slug, Paper.title.label("paper_title"), Claim.number, Claim.title.label("claim_title"))
        .join(Claim, Claim.id == runs.c.claim_id)
        .join(Paper, Paper.id == Claim.paper_id)
        .where((runs.c.previous.is_(None)) | (runs.c.previous != runs.c.status))
        .order_by(runs.c.run_id.desc())
        .limit(limit)
    ).all()
    return [
        StatusChange(
            r.run_id, r.slug, r.paper_title, r.number, r.claim_title, ClaimStatus(r.status),
            ClaimStatus(r.previous) if r.previous else None, r.at, r.toolchain or "",
        )
        for r in rows
    ]
