"""The runner's real subprocess path against the test double: every status, evidence, limits."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from app.db import session_scope
from app.models import Claim, VerificationRun
from app.settings import get_settings
from app.status import ClaimStatus
from app.verify.checks import check_one
from app.verify.toolchain import find_toolchain

EXPECTED = {
    "Good": ClaimStatus.VERIFIED,
    "Plain": ClaimStatus.VERIFIED,
    "Sorry": ClaimStatus.USES_SORRY,
    "Native": ClaimStatus.NONSTANDARD_AXIOMS,
    "NewNative": ClaimStatus.NONSTANDARD_AXIOMS,
    "UserAxiom": ClaimStatus.NONSTANDARD_AXIOMS,
    "Trust": ClaimStatus.NONSTANDARD_AXIOMS,
    "Wrapped": ClaimStatus.NONSTANDARD_AXIOMS,
    "Broken": ClaimStatus.FAILED,
    "Slow": ClaimStatus.TIMED_OUT,
    "Crash": ClaimStatus.CRASHED,
    "Garbage": ClaimStatus.CRASHED,
    "Missing": ClaimStatus.DECLARATION_MISSING,
    "Huge": ClaimStatus.VERIFIED,
}


def claim_id(number: int) -> int:
    with session_scope() as s:
        return s.scalar(select(Claim.id).where(Claim.number == number))


def run(number: int, **kw):
    return check_one(claim_id(number), settings=get_settings(), toolchain=find_toolchain(), trigger="cli", **kw)


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_status_from_real_code_path(project, lean_on_path, scenario):
    _root, numbers = project
    outcome = run(numbers[scenario])
    assert outcome.status is EXPECTED[scenario], outcome.reason
    assert not outcome.cached
    with session_scope() as s:
        claim = s.get(Claim, outcome.claim_id)
        assert claim.status is EXPECTED[scenario]
        row = s.get(VerificationRun, outcome.run_id)
        assert row.toolchain.startswith("Lean (version 4.24.0")
        assert row.trigger == "cli" and row.duration_ms is not None and row.finished_at is not None
        assert row.source_hash and row.sandboxed is False
        assert len(row.log) <= get_settings().verify_log_chars + 200


def test_nonstandard_axioms_are_named(project, lean_on_path):
    _root, numbers = project
    for scenario, axiom in [
        ("Native", "Lean.ofReduceBool"),
        ("NewNative", "Demo.bv._native.bv_decide.ax_1_5"),
        ("UserAxiom", "Demo.magic"),
        ("Trust", "Lean.trustCompiler"),
        ("Wrapped", "Demo.second_user_axiom_with_a_long_name"),
    ]:
        outcome = run(numbers[scenario])
        assert axiom in outcome.reason
        with session_scope() as s:
            assert axiom in s.get(VerificationRun, outcome.run_id).axioms


def test_sorry_counts_in_new_format_too(database_url, tmp_path, monkeypatch, lean_on_path):
    from tests.conftest import index_tree
    from tests.verify.conftest import write_project

    root = tmp_path / "p"
    root.mkdir()
    numbers = write_project(root, {"Sorry": "theorem gap : 2 + 2 = 4 := by\n  sorry\n"}, {"Sorry": ["Demo.gap"]}, "v4.31.0")
    monkeypatch.setenv("CATALOGUE_ROOT", str(root))
    get_settings.cache_clear()
    index_tree(root)
    outcome = run(numbers["Sorry"])
    assert outcome.status is ClaimStatus.USES_SORRY
    with session_scope() as s:
        row = s.get(VerificationRun, outcome.run_id)
        assert row.toolchain.startswith("Lean (version 4.31.0")
        # Lake's human log carries the new text (no `kind`); the runner maps it to the declaration.
        assert any(m["text"] == "declaration uses `sorry`" and m.get("decl") == "Demo.gap" for m in row.messages)


def test_failed_run_keeps_messages_mapped_to_the_declaration(project, lean_on_path):
    _root, numbers = project
    outcome = run(numbers["Broken"])
    with session_scope() as s:
        row = s.get(VerificationRun, outcome.run_id)
        errors = [m for m in row.messages if m["severity"] == "error"]
        assert len(errors) == 1  # Lake's log and Lean's JSON report it once each: kept once
        assert errors[0]["text"] == "unsolved goals" and errors[0]["decl"] == "Demo.broken"
        assert "1 error(s) in this claim's declarations" in row.reason
        assert row.exit_code == 1


def _processes_matching(text: str) -> list[str]:
    from pathlib import Path

    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in args:
            found.append(args)
    return found


def test_timeout_kills_the_whole_process_group(project, lean_on_path):
    _root, numbers = project
    started = time.monotonic()
    outcome = run(numbers["Slow"])
    assert outcome.status is ClaimStatus.TIMED_OUT
    assert time.monotonic() - started < 10
    time.sleep(0.2)
    # Lake's child (the `lean` that sleeps) died with the group, not only Lake.
    assert _processes_matching(str(_root / "lean" / "Catalogue" / "Slow.lean")) == []
    assert _processes_matching(f"{_root}/lean/Catalogue/Slow.lean -o") == []


def test_huge_output_is_bounded(project, lean_on_path):
    _root, numbers = project
    outcome = run(numbers["Huge"])
    with session_scope() as s:
        log = s.get(VerificationRun, outcome.run_id).log
    assert "lines left out" in log
    assert len(log) <= get_settings().verify_log_chars + 200


def test_cached_result_is_reused_unless_forced(project, lean_on_path):
    root, numbers = project
    first = run(numbers["Good"])
    again = run(numbers["Good"])
    assert again.cached and again.run_id == first.run_id and again.status is ClaimStatus.VERIFIED
    forced = run(numbers["Good"], force=True)
    assert not forced.cached and forced.run_id != first.run_id
    (root / "lean" / "Catalogue" / "Good.lean").write_text("namespace Demo\n\ntheorem good : 1 + 1 = 2 := by rfl\n\nend Demo\n")
    assert not run(numbers["Good"]).cached


def test_timeout_on_unchanged_sources_keeps_the_last_good_result(project, lean_on_path, monkeypatch):
    root, numbers = project
    good = run(numbers["Good"])
    assert good.status is ClaimStatus.VERIFIED
    # Same sources, but this time the check is killed by the wall-clock limit (a tiny one).
    monkeypatch.setenv("CATALOGUE_VERIFY_TIMEOUT", "0.01")
    get_settings.cache_clear()
    again = run(numbers["Good"], force=True)
    assert again.status is ClaimStatus.TIMED_OUT
    with session_scope() as s:
        claim = s.get(Claim, good.claim_id)
        assert claim.status is ClaimStatus.VERIFIED
        assert [r.status for r in claim.runs] == [ClaimStatus.TIMED_OUT, ClaimStatus.VERIFIED]


def test_no_toolchain_records_nothing(project, no_toolchain):
    _root, numbers = project
    assert find_toolchain() is None
    outcome = run(numbers["Good"])
    assert outcome.status is ClaimStatus.TOOLCHAIN_UNAVAILABLE and outcome.run_id is None
    with session_scope() as s:
        claim = s.get(Claim, outcome.claim_id)
        assert claim.status is ClaimStatus.TOOLCHAIN_UNAVAILABLE and claim.runs == [] and claim.last_checked_at is None


def test_sandboxed_when_bubblewrap_is_installed(project, lean_on_path, monkeypatch):
    import os
    from pathlib import Path

    sandboxbin = Path(__file__).resolve().parent.parent / "sandboxbin"
    monkeypatch.setenv("PATH", f"{sandboxbin}{os.pathsep}{os.environ['PATH']}")
    _root, numbers = project
    outcome = run(numbers["Good"])
    assert outcome.status is ClaimStatus.VERIFIED
    with session_scope() as s:
        assert s.get(VerificationRun, outcome.run_id).sandboxed is True


def test_sandbox_required_but_missing_refuses_to_run(project, lean_on_path, monkeypatch):
    monkeypatch.setenv("CATALOGUE_VERIFY_SANDBOX", "require")
    get_settings.cache_clear()
    _root, numbers = project
    with pytest.raises(RuntimeError, match="bubblewrap"):
        run(numbers["Good"])


def test_changed_source_makes_the_claim_stale_then_rechecked(project, lean_on_path):
    from tests.conftest import index_tree

    root, numbers = project
    first = run(numbers["Good"])
    assert first.status is ClaimStatus.VERIFIED
    (root / "lean" / "Catalogue" / "Good.lean").write_text(
        "namespace Demo\n\ntheorem good : 1 + 1 = 2 := by\n  sorry\n\nend Demo\n"
    )
    index_tree(root)
    with session_scope() as s:
        assert s.get(Claim, first.claim_id).status is ClaimStatus.STALE
    again = run(numbers["Good"])
    assert not again.cached and again.status is ClaimStatus.USES_SORRY


def test_undoing_an_edit_restores_the_cached_result(project, lean_on_path):
    from tests.conftest import index_tree

    root, numbers = project
    path = root / "lean" / "Catalogue" / "Good.lean"
    original = path.read_text()
    first = run(numbers["Good"])
    path.write_text(original.replace("by decide", "by rfl"))
    index_tree(root)
    path.write_text(original)
    index_tree(root)
    with session_scope() as s:
        assert s.get(Claim, first.claim_id).status is ClaimStatus.STALE
    again = run(numbers["Good"])
    assert again.cached and again.run_id == first.run_id
    with session_scope() as s:
        assert s.get(Claim, first.claim_id).status is ClaimStatus.VERIFIED
