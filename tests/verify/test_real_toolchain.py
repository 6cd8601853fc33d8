"""Checks that need the real Lean 4 toolchain: skipped, with the reason shown, where it is absent."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LEANBIN = (REPO / "tests" / "leanbin").resolve()


def _real(tool: str) -> str | None:
    found = shutil.which(tool)
    return found if found and Path(found).resolve().parent != LEANBIN else None


needs_lean = pytest.mark.skipif(
    not (_real("lake") and _real("lean")),
    reason="the real Lean 4 toolchain (lake, lean) is not installed here; install it with elan to run these",
)


@pytest.mark.lean_toolchain
@needs_lean
def test_lake_build_of_the_shipped_lean_sources():
    done = subprocess.run([_real("lake"), "build"], cwd=REPO, capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.lean_toolchain
@needs_lean
def test_catalogue_verify_of_everything(indexed, monkeypatch):
    from typer.testing import CliRunner

    from app.cli import cli

    monkeypatch.setenv("CATALOGUE_ROOT", str(REPO))
    result = CliRunner().invoke(cli, ["verify", "--jobs", "2"])
    assert result.exit_code == 0, result.output
