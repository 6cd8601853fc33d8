"""The status history behind the Atom feed: each run whose result differs from the claim's run before it,
and each claim that went stale because its Lean source changed after a check."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Claim, Paper, VerificationRun
from app.status import ClaimStatus


@dataclass(frozen=True)
class StatusChange:
    key: str  # unique per change, for the feed entry's id
    slug: str
    paper_title: str
    number: int
    claim_title: str
    status: ClaimStatus
    previous: ClaimStatus | None  # None: the claim's first check (or, for stale, unknown)
    at: datetime
    toolchain: str


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _run_changes(session: Session, limit: int) -> list[StatusChange]:
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
            f"run:{r.run_id}", r.slug, r.paper_title, r.number, r.claim_title, ClaimStatus(r.status),
            ClaimStatus(r.previous) if r.previous else None, _aware(r.at), r.toolchain or "",
        )
        for r in rows
    ]


def _stale_changes(session: Session, limit: int) -> list[StatusChange]:
    rows = session.execute(
        select(Claim.id, Claim.number, Claim.title, Claim.status_changed_at, Paper.slug, Paper.title.label("paper_title"))
        .join(Paper, Paper.id == Claim.paper_id)
        .where(Claim.status == ClaimStatus.STALE, Claim.status_changed_at.is_not(None))
        .order_by(Claim.status_changed_at.desc())
        .limit(limit)
    ).all()
    return [
        StatusChange(
            f"stale:{r.id}:{int(_aware(r.status_changed_at).timestamp())}", r.slug, r.paper_title, r.number, r.title,
            ClaimStatus.STALE, None, _aware(r.status_changed_at), "",
        )
        for r in rows
    ]


def status_changes(session: Session, limit: int = 50) -> list[StatusChange]:
    """Newest first."""
    changes = _run_changes(session, limit) + _stale_changes(session, limit)
    return sorted(changes, key=lambda c: c.at, reverse=True)[:limit]
