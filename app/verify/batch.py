"""The `catalogue verify` flow: choose claims, check them in parallel across modules, summarise.

Claims that share a module run one after another in the same worker, so two Lake processes never
build the same module at once; different modules run side by side (`--jobs`).
"""
from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Claim, Paper
from app.settings import Settings
from app.verify.checks import Outcome, check_one, limits_from
from app.verify.runner import prebuild
from app.verify.toolchain import Toolchain


class SelectionError(ValueError):
    """The --paper / --claim selection names nothing in the catalogue."""


def select_claims(session: Session, *, paper: str | None = None, claim: str | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """(claim id, modules) for the selection, in catalogue order."""
    query = select(Claim).join(Paper).options(selectinload(Claim.declarations)).order_by(Paper.position, Claim.number)
    if claim:
        slug, _, number = claim.partition("/")
        if not number.isdigit():
            raise SelectionError(f"--claim takes PAPER_SLUG/NUMBER, e.g. ml_scaling_laws/2 (got {claim!r})")
        query = query.where(Paper.slug == slug, Claim.number == int(number))
    if paper:
        query = query.where(Paper.slug == paper)
    found = [(c.id, tuple(sorted({d.module for d in c.declarations}))) for c in session.scalars(query)]
    if not found and (paper or claim):
        raise SelectionError(f"no claim matches {claim or paper!r}; run `catalogue index` first?")
    return found


def verify_all(
    selection: list[tuple[int, tuple[str, ...]]],
    *,
    settings: Settings,
    toolchain: Toolchain | None,
    force: bool = False,
    jobs: int = 1,
    on_done: Callable[[Outcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Outcome]:
    """Check the selection; on Ctrl-C the running checks are killed and record nothing."""
    cancel = cancel or threading.Event()
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for claim_id, modules in selection:
        groups[modules].append(claim_id)
    results: dict[int, Outcome] = {}

    def work(ids: list[int]) -> None:
        for claim_id in ids:
            if cancel.is_set():
                return
            outcome = check_one(claim_id, settings=settings, toolchain=toolchain, trigger="cli", force=force, cancel=cancel)
            if outcome is not None and not outcome.cancelled:
                results[claim_id] = outcome
                if on_done:
                    on_done(outcome)

    # Largest groups first, so the slowest module does not start last.
    ordered = sorted(groups.values(), key=len, reverse=True)
    if jobs > 1 and len(ordered) > 1 and toolchain is not None:
        prebuild(toolchain, settings.root, sorted({m for mods in groups for m in mods}), limits_from(settings))
    if jobs <= 1 or len(ordered) == 1:
        for ids in ordered:
            work(ids)
    else:
        with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="verify") as pool:
            try:
                for f in [pool.submit(work, ids) for ids in ordered]:
                    f.result()
            except BaseException:
                cancel.set()
                raise
    return [results[cid] for cid, _ in selection if cid in results]
