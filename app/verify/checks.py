"""One claim through the verification flow: plan → cache → runner → record. Used by the CLI and the worker."""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.db import session_scope
from app.models import utcnow
from app.settings import Settings
from app.status import ClaimStatus
from app.verify.process import Limits
from app.verify.record import cached_run, load_claim, plan, record
from app.verify.runner import check_claim
from app.verify.toolchain import Toolchain


@dataclass(frozen=True)
class Outcome:
    claim_id: int
    ref: str
    status: ClaimStatus
    reason: str
    cached: bool  # the result of an earlier run, reused because nothing changed
    run_id: int | None
    seconds: float
    cancelled: bool = False


def limits_from(settings: Settings) -> Limits:
    return Limits(
        wall_seconds=settings.verify_timeout,
        memory_mb=settings.verify_memory_mb,
        cpu_seconds=settings.verify_cpu_seconds,
        log_chars=settings.verify_log_chars,
        sandbox=settings.verify_sandbox,
    )


def check_one(
    claim_id: int,
    *,
    settings: Settings,
    toolchain: Toolchain | None,
    trigger: str,
    force: bool = False,
    on_line: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Outcome | None:
    """Check one claim (or reuse its cached result); None if the claim no longer exists."""
    with session_scope() as session:
        claim = load_claim(session, claim_id)
        if claim is None:
            return None
        the_plan = plan(claim, settings)
        hit = cached_run(session, the_plan, toolchain.version) if toolchain and not force else None
        if hit is not None:
            if claim.status is not hit.status:  # e.g. stale after an edit that was then undone
                claim.status, claim.status_changed_at = hit.status, utcnow()
            if on_line:
                on_line(f"Sources, toolchain and manifest unchanged since run #{hit.id}: reusing its result.\n")
            return Outcome(claim_id, the_plan.ref, hit.status, hit.reason, True, hit.id, 0.0)
    result = check_claim(toolchain, settings.root, the_plan.targets, limits_from(settings), on_line=on_line, cancel=cancel)
    with session_scope() as session:
        run = record(session, the_plan, result, trigger)
        run_id = run.id if run else None
    return Outcome(claim_id, the_plan.ref, result.status, result.reason, False, run_id, result.seconds, result.cancelled)
