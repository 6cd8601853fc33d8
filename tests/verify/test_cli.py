"""`catalogue verify`: selection, parallel run, summary, exit codes, cache."""
from __future__ import annotations

from typer.testing import CliRunner

from app.cli import cli
from app.db import session_scope
from app.models import VerificationRun

runner = CliRunner()


def test_verify_one_claim_then_cached(project, lean_on_path):
    _root, numbers = project
    first = runner.invoke(cli, ["verify", "--claim", f"demo/{numbers['Good']}"])
    assert first.exit_code == 0, first.output
    assert "verified" in first.output and "1 of 1 verified" in first.output
    again = runner.invoke(cli, ["verify", "--claim", f"demo/{numbers['Good']}"])
    assert again.exit_code == 0 and "cached (run #" in again.output
    forced = runner.invoke(cli, ["verify", "--claim", f"demo/{numbers['Good']}", "--force"])
    assert forced.exit_code == 0 and "cached" not in forced.output
    with session_scope() as s:
        assert s.query(VerificationRun).count() == 2


def test_verify_paper_in_parallel_exits_nonzero(project, lean_on_path):
    result = runner.invoke(cli, ["verify", "--paper", "demo", "--jobs", "3"])
    assert result.exit_code == 1
    for label in ("uses sorry", "non-standard axioms", "failed", "timed out", "crashed", "declaration missing"):
        assert label in result.output
    assert "Verification summary" in result.output


def test_verify_unknown_selection(project, lean_on_path):
    result = runner.invoke(cli, ["verify", "--claim", "nope/1"])
    assert result.exit_code == 2 and "no claim matches" in result.output


def test_verify_without_toolchain(project, no_toolchain):
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 3
    assert "elan" in result.output and "No claim was checked" in result.output
    assert "toolchain unavailable" in result.output
    with session_scope() as s:
        assert s.query(VerificationRun).count() == 0


def test_cancelled_batch_records_nothing_for_unfinished_claims(project, lean_on_path):
    import threading

    from sqlalchemy import select

    from app.models import Claim
    from app.settings import get_settings
    from app.verify.batch import verify_all
    from app.verify.toolchain import find_toolchain

    _root, numbers = project
    with session_scope() as s:
        slow = s.scalar(select(Claim.id).where(Claim.number == numbers["Slow"]))
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    out = verify_all([(slow, ("Catalogue.Slow",))], settings=get_settings(), toolchain=find_toolchain(), cancel=cancel)
    assert out == []
    with session_scope() as s:
        assert s.query(VerificationRun).count() == 0
