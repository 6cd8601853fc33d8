"""The re-run job queue behind one small interface: enqueue, take next, record (plus position, recover).

`DatabaseQueue` keeps jobs in the `verification_job` table, so they survive a restart. A distributed task
engine can replace it for multi-machine deployments by implementing `JobQueue`. Rules: at most one active
job per claim (a second request joins it; a partial unique index backs this up), a bounded number of
queued jobs, and jobs left running by a dead server are re-queued as interrupted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from app.db import session_scope
from app.models import VerificationJob, utcnow
from app.status import ClaimStatus

ACTIVE = ("queued", "running")
MAX_ATTEMPTS = 3


class QueueFull(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the re-run queue is full; try again in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Enqueued:
    job_id: int
    joined: bool  # True: an active job for the claim already existed and this request joined it
    position: int  # 1 = next to run, 0 = running now


@dataclass(frozen=True)
class Taken:
    job_id: int
    claim_id: int
    force: bool
    trigger: str


class JobQueue(Protocol):
    def enqueue(self, claim_id: int, *, trigger: str, client: str = "", force: bool = False) -> Enqueued: ...
    def take_next(self) -> Taken | None: ...
    def record(self, job_id: int, *, outcome: ClaimStatus | None, run_id: int | None, cached: bool = False,
               note: str = "", requeue: bool = False) -> None: ...
    def position(self, job_id: int) -> int | None: ...
    def recover(self) -> int: ...


class DatabaseQueue:
    def __init__(self, max_queued: int, retry_after: int = 30) -> None:
        self.max_queued = max_queued
        self.retry_after = retry_after

    def enqueue(self, claim_id: int, *, trigger: str, client: str = "", force: bool = False) -> Enqueued:
        for _ in range(3):
            try:
                with session_scope() as s:
                    active = s.scalar(
                        select(VerificationJob).where(VerificationJob.claim_id == claim_id, VerificationJob.state.in_(ACTIVE))
                    )
                    if active is not None:
                        return Enqueued(active.id, True, self._position(s, active))
                    queued = s.scalar(select(func.count()).where(VerificationJob.state == "queued"))
                    if queued >= self.max_queued:
                        raise QueueFull(self.retry_after)
                    job = VerificationJob(claim_id=claim_id, trigger=trigger, client=client[:64], force=force, state="queued",
                                          attempts=0, interrupted=False, note="", cached=False)
                    s.add(job)
                    s.flush()
                    return Enqueued(job.id, False, self._position(s, job))
            except IntegrityError:  # another request created the active job first: join it
                continue
        raise RuntimeError("could not enqueue the job")

    def take_next(self) -> Taken | None:
        with session_scope() as s:
            for _ in range(5):
                job = s.scalar(select(VerificationJob).where(VerificationJob.state == "queued").order_by(VerificationJob.id).limit(1))
                if job is None:
                    return None
                # Compare-and-set: only one taker wins, on SQLite and PostgreSQL alike.
                won = s.execute(
                    update(VerificationJob)
                    .where(VerificationJob.id == job.id, VerificationJob.state == "queued")
                    .values(state="running", started_at=utcnow(), attempts=VerificationJob.attempts + 1)
                    .execution_options(synchronize_session=False)
                ).rowcount
                if won == 1:
                    return Taken(job.id, job.claim_id, job.force, job.trigger)
                s.expire_all()
        return None

    def record(self, job_id: int, *, outcome: ClaimStatus | None, run_id: int | None, cached: bool = False,
               note: str = "", requeue: bool = False) -> None:
        with session_scope() as s:
            job = s.get(VerificationJob, job_id)
            if job is None:
                return
            job.note = note[:2000]
            if requeue:
                job.state, job.interrupted, job.started_at = "queued", True, None
                return
            job.state, job.finished_at = "done", utcnow()
            job.outcome, job.run_id, job.cached = outcome, run_id, cached

    def position(self, job_id: int) -> int | None:
        with session_scope() as s:
            job = s.get(VerificationJob, job_id)
            return self._position(s, job) if job else None

    def recover(self) -> int:
        """After a restart: jobs left `running` were interrupted; re-queue them (give up after a few tries)."""
        with session_scope() as s:
            stuck = s.scalars(select(VerificationJob).where(VerificationJob.state == "running")).all()
            for job in stuck:
                job.interrupted = True
                if job.attempts >= MAX_ATTEMPTS:
                    job.state, job.finished_at = "done", utcnow()
                    job.note = f"interrupted {job.attempts} times by server restarts; given up"
                else:
                    job.state, job.started_at = "queued", None
                    job.note = "interrupted by a server restart; re-queued"
            return len(stuck)

    @staticmethod
    def _position(s, job: VerificationJob) -> int:
        if job.state == "running":
            return 0
        if job.state != "queued":
            return -1
        return s.scalar(select(func.count()).where(VerificationJob.state == "queued", VerificationJob.id <= job.id))
