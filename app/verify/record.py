"""Step 5 of the verification flow: what a check needs from the database, and writing its evidence back.

Rules: every real run is recorded (history is kept); a timeout or crash on unchanged sources never
replaces an earlier definitive result; a missing toolchain or a cancelled run records nothing and never
pretends a check happened.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Claim, VerificationRun, utcnow
from app.settings import Settings
from app.status import ClaimStatus
from app.verify.runner import RunResult, Target
from app.verify.sources import sources_hash

# Results that say something about the proof itself, so they can be reused while nothing changed.
DEFINITIVE = frozenset(
    {
        ClaimStatus.VERIFIED,
        ClaimStatus.USES_SORRY,
        ClaimStatus.NONSTANDARD_AXIOMS,
        ClaimStatus.FAILED,
        ClaimStatus.DECLARATION_MISSING,
    }
)
MAX_MESSAGES = 200


@dataclass(frozen=True)
class Plan:
    claim_id: int
    ref: str  # paper_slug/number
    targets: list[Target]
    source_hash: str

    @property
    def modules(self) -> tuple[str, ...]:
        return tuple(sorted({t.module for t in self.targets}))


def load_claim(session: Session, claim_id: int) -> Claim | None:
    return session.scalar(
        select(Claim).where(Claim.id == claim_id).options(selectinload(Claim.declarations), selectinload(Claim.paper))
    )


def plan(claim: Claim, settings: Settings) -> Plan:
    targets = [Target(d.name, d.module, d.file, d.line_start, d.line_end) for d in claim.declarations]
    modules = sorted({t.module for t in targets})
    digest = sources_hash(settings.root, settings.lean_path, modules, [t.name for t in targets])
    return Plan(claim.id, f"{claim.paper.slug}/{claim.number}", targets, digest)


def cached_run(session: Session, plan: Plan, toolchain_version: str) -> VerificationRun | None:
    """The last definitive run with the same sources, toolchain and manifest, if the latest run is one."""
    last = session.scalar(
        select(VerificationRun)
        .where(VerificationRun.claim_id == plan.claim_id, VerificationRun.status.in_(DEFINITIVE))
        .order_by(VerificationRun.id.desc())
        .limit(1)
    )
    if last and last.source_hash == plan.source_hash and last.toolchain == toolchain_version:
        return last
    return None


def record(session: Session, plan: Plan, result: RunResult, trigger: str) -> VerificationRun | None:
    """Store the run and update the claim's status by the rules above; None when nothing was run."""
    claim = session.get(Claim, plan.claim_id)
    if claim is None or result.cancelled:
        return None
    if result.status is ClaimStatus.TOOLCHAIN_UNAVAILABLE:
        if claim.status is ClaimStatus.NOT_CHECKED:
            _set_status(claim, ClaimStatus.TOOLCHAIN_UNAVAILABLE, utcnow())
        return None
    started = datetime.fromtimestamp(result.started, timezone.utc)
    finished = started + timedelta(seconds=result.seconds)
    run = VerificationRun(
        claim_id=claim.id,
        trigger=trigger,
        status=result.status,
        reason=result.reason[:2000],
        toolchain=result.toolchain[:300],
        source_hash=plan.source_hash,
        started_at=started,
        finished_at=finished,
        duration_ms=int(result.seconds * 1000),
        exit_code=result.exit_code,
        messages=[m.to_dict() for m in result.messages[:MAX_MESSAGES]],
        axioms=sorted({a for names in result.axioms.values() for a in names}),
        log=result.log,
        sandboxed=result.sandboxed,
    )
    keep_previous = False
    if result.status not in DEFINITIVE:
        previous = cached_run(session, plan, result.toolchain)
        keep_previous = previous is not None and claim.status is previous.status
    session.add(run)
    if not keep_previous:
        _set_status(claim, result.status, finished)
    claim.last_checked_at = finished
    session.flush()
    return run


def _set_status(claim: Claim, status: ClaimStatus, when: datetime) -> None:
    if claim.status is not status:
        claim.status, claim.status_changed_at = status, when
