"""The `catalogue verify` command's output: progress bar, summary table, exit code (logic lives in batch)."""
from __future__ import annotations

import signal
import threading

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.db import session_scope
from app.migrate import upgrade
from app.settings import get_settings
from app.status import ClaimStatus
from app.verify.batch import SelectionError, select_claims, verify_all
from app.verify.checks import Outcome
from app.verify.process import bubblewrap
from app.verify.toolchain import INSTALL_HINT, find_toolchain

TONE_STYLE = {"good": "green", "bad": "red", "warn": "yellow", "neutral": "dim"}


def run_verify(*, paper: str | None, claim: str | None, force: bool, jobs: int, out: Console, err: Console) -> int:
    settings = get_settings()
    upgrade(settings.database_url)
    try:
        with session_scope() as session:
            selection = select_claims(session, paper=paper, claim=claim)
    except SelectionError as exc:
        err.print(f"[bold red]error[/]: {exc}", highlight=False)
        return 2
    if not selection:
        out.print("No claims to check: run `catalogue index` first.")
        return 0
    toolchain = find_toolchain(settings)
    if toolchain is None:
        # Still goes through the flow: claims never checked are marked "toolchain unavailable"; no run is
        # recorded and no earlier result is touched.
        outcomes = verify_all(selection, settings=settings, toolchain=None)
        out.print(summary(outcomes))
        err.print(f"[bold red]Lean toolchain unavailable[/]: {INSTALL_HINT}", highlight=False)
        err.print("No claim was checked; recorded results are unchanged.")
        return 3
    if settings.verify_sandbox == "require" and not bubblewrap():
        err.print("[bold red]error[/]: CATALOGUE_VERIFY_SANDBOX=require, but bubblewrap (bwrap) is not installed.")
        return 2
    sandbox = "in a bubblewrap sandbox" if settings.verify_sandbox != "off" and bubblewrap() else "without a sandbox"
    out.print(f"Checking {len(selection)} claim(s) {sandbox} with {toolchain.version} ({jobs} in parallel)", highlight=False)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=out, transient=not out.is_terminal,
    ) as bar:
        task = bar.add_task("verify", total=len(selection))

        def done(o: Outcome) -> None:
            bar.update(task, advance=1, description=f"{o.ref}: {o.status.label}")

        previous = _stop_on_sigterm()
        try:
            outcomes = verify_all(selection, settings=settings, toolchain=toolchain, force=force, jobs=jobs, on_done=done)
        except KeyboardInterrupt:
            err.print("Interrupted: running checks were stopped; finished claims are recorded, the others unchanged.")
            return 130
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
    out.print(summary(outcomes))
    bad = [o for o in outcomes if o.status is not ClaimStatus.VERIFIED]
    out.print(f"{len(outcomes) - len(bad)} of {len(outcomes)} verified.", highlight=False)
    return 1 if bad else 0


def _stop_on_sigterm():
    """Treat SIGTERM like Ctrl-C, so the Lean process groups (own sessions) are killed, not orphaned."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, stop)


def summary(outcomes: list[Outcome]) -> Table:
    table = Table(title="Verification summary")
    for col in ("claim", "status", "source", "time", "detail"):
        table.add_column(col)
    for o in outcomes:
        style = TONE_STYLE[o.status.tone]
        source = f"cached (run #{o.run_id})" if o.cached else (f"run #{o.run_id}" if o.run_id else "—")
        table.add_row(o.ref, f"[{style}]{o.status.label}[/]", source, f"{o.seconds:.1f}s", o.reason)
    return table
