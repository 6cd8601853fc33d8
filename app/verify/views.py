"""Read side of the verification flow for the pages: a claim's panel and a job's progress (DB reads only)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db import session_scope
from app.models import Claim, Paper, VerificationJob, VerificationRun
from app.status import ClaimStatus
from app.verify.jobs import ACTIVE


@dataclass(frozen=True)
class RunView:
    id: int
    status: ClaimStatus
    reason: str
    toolchain: str
    finished_at: object
    duration_ms: int | None
    trigger: str
    sandboxed: bool


@dataclass(frozen=True)
class JobView:
    id: int
    claim_id: int
    ref: str
    claim_title: str
    claim_url: str
    state: str  # queued, running, done
    position: int | None
    interrupted: bool
    note: str
    outcome: ClaimStatus | None
    cached: bool
    run: RunView | None
    log: str  # the recorded log, once done
    claim_status: ClaimStatus

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def to_dict(self) -> dict:
        status = self.outcome
        return {
            "job_id": self.id, "claim": self.ref, "state": self.state, "position": self.position,
            "interrupted": self.interrupted, "note": self.note, "cached": self.cached,
            "status": status.value if status else None, "label": status.label if status else None,
            "tone": status.tone if status else None,
            "claim_status": self.claim_status.value, "claim_status_label": self.claim_status.label,
            "claim_status_tone": self.claim_status.tone,
            "run_id": self.run.id if self.run else None,
            "page": f"/runs/jobs/{self.id}", "events": f"/runs/jobs/{self.id}/events", "claim_url": self.claim_url,
        }


def claim_url(slug: str, number: int) -> str:
    return f"/papers/{slug}/claims/{number}"


def find_claim(slug: str, number: int) -> int | None:
    with session_scope() as s:
        return s.scalar(select(Claim.id).join(Paper).where(Paper.slug == slug, Claim.number == number))


def _run_view(r: VerificationRun | None) -> RunView | None:
    if r is None:
        return None
    return RunView(r.id, r.status, r.reason, r.toolchain, r.finished_at, r.duration_ms, r.trigger, r.sandboxed)


def job_view(job_id: int) -> JobView | None:
    with session_scope() as s:
        job = s.scalar(
            select(VerificationJob).where(VerificationJob.id == job_id)
            .options(selectinload(VerificationJob.claim).selectinload(Claim.paper), selectinload(VerificationJob.run))
        )
        if job is None:
            return None
        position = None
        if job.state == "queued":
            position = len(s.scalars(select(VerificationJob.id).where(VerificationJob.state == "queued", VerificationJob.id <= job.id)).all())
        elif job.state == "running":
            position = 0
        c = job.claim
        return JobView(
            job.id, c.id, f"{c.paper.slug}/{c.number}", c.title, claim_url(c.paper.slug, c.number), job.state, position,
            job.interrupted, job.note, job.outcome, job.cached, _run_view(job.run), job.run.log if job.run else "", c.status,
        )


@dataclass(frozen=True)
class PanelView:
    claim_id: int
    slug: str
    number: int
    status: ClaimStatus
    last_run: RunView | None
    active_job: int | None


def panel_view(claim_id: int) -> PanelView | None:
    with session_scope() as s:
        c = s.scalar(select(Claim).where(Claim.id == claim_id).options(selectinload(Claim.paper)))
        if c is None:
            return None
        last = s.scalar(select(VerificationRun).where(VerificationRun.claim_id == c.id).order_by(VerificationRun.id.desc()).limit(1))
        job = s.scalar(select(VerificationJob.id).where(VerificationJob.claim_id == c.id, VerificationJob.state.in_(ACTIVE)))
        return PanelView(c.id, c.paper.slug, c.number, c.status, _run_view(last), job)


def run_detail(run_id: int) -> tuple[VerificationRun, str, str] | None:
    """A recorded run with its claim's reference and URL, detached for the template."""
    with session_scope() as s:
        r = s.scalar(select(VerificationRun).where(VerificationRun.id == run_id).options(
            selectinload(VerificationRun.claim).selectinload(Claim.paper)))
        if r is None:
            return None
        c = r.claim
        return r, f"{c.paper.slug}/{c.number}", claim_url(c.paper.slug, c.number)
