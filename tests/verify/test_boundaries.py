"""Boundaries of the verification flow: the test double stays in tests/, the schema matches the models,
the runner refuses malformed names and builds the sandbox and limits as argument lists."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.db import get_engine
from app.models import Base
from app.verify import process
from app.verify.process import BoundedLog, Limits
from app.verify.runner import Target, check_claim
from app.verify.toolchain import Toolchain

APP = Path(__file__).resolve().parents[2] / "app"


def test_app_never_refers_to_the_test_double():
    pattern = re.compile(r"fake_lean|lean_double|tests/\S*(fake|double|stub)\S*lean|leanbin", re.I)
    hits = [str(p) for p in APP.rglob("*") if p.is_file() and p.suffix in {".py", ".html", ".js"} and pattern.search(p.read_text(encoding="utf-8"))]
    assert hits == []


def test_migrations_match_the_models(database_url):
    with get_engine(database_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_runner_refuses_malformed_names(tmp_path):
    tc = Toolchain("/bin/false", "/bin/false", "Lean (version 0)")
    bad = Target("x\n#eval IO.Process.exit 0", "Catalogue.X", "lean/Catalogue/X.lean", 1, 2)
    with pytest.raises(ValueError):
        check_claim(tc, tmp_path, [bad], Limits())
    with pytest.raises(ValueError):
        check_claim(tc, tmp_path, [Target("ok", "Catalogue.X; rm", "f", 1, 2)], Limits())


def test_sandbox_and_limit_arguments(tmp_path, monkeypatch):
    argv = process.sandbox_argv("/usr/bin/bwrap", tmp_path, [tmp_path / ".lake"], {"PATH": "/usr/bin"})
    assert argv[:4] == ["/usr/bin/bwrap", "--die-with-parent", "--new-session", "--unshare-all"]
    assert ["--ro-bind", "/", "/"] == argv[4:7] and "--clearenv" in argv and argv[-1] == "--"
    assert ["--bind", str(tmp_path / ".lake"), str(tmp_path / ".lake")] == argv[argv.index("--bind"):argv.index("--bind") + 3]
    monkeypatch.setattr(process.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert process.limit_argv(Limits(memory_mb=100, cpu_seconds=5)) == ["/usr/bin/prlimit", f"--as={100 * 1024 * 1024}", "--cpu=5", "--"]
    assert process.limit_argv(Limits(memory_mb=0, cpu_seconds=0)) == []


def test_environment_is_an_allow_list(monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    monkeypatch.setenv("DATABASE_URL", "postgresql://secret")
    env = process.clean_env()
    assert "AWS_SECRET_ACCESS_KEY" not in env and "DATABASE_URL" not in env and "PATH" in env


def test_memory_limit_is_applied(tmp_path):
    import sys

    code = "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0], resource.getrlimit(resource.RLIMIT_CPU)[0])"
    limits = Limits(memory_mb=512, cpu_seconds=7, wall_seconds=10)
    done = process.run(process.limit_argv(limits) + [sys.executable, "-c", code], cwd=tmp_path, limits=limits, env=process.clean_env())
    if not process.limit_argv(limits):
        pytest.skip("prlimit (util-linux) is not installed")
    assert done.lines[0].split() == [str(512 * 1024 * 1024), "7"]


def test_bounded_log_keeps_head_and_tail():
    log = BoundedLog(100)
    for i in range(1000):
        log.add(f"line {i}\n")
    text = log.text()
    assert text.startswith("line 0\n") and text.endswith("line 999\n") and "lines left out" in text and len(text) < 200


def test_migration_0002_downgrades_and_upgrades_again(database_url):
    from alembic import command
    from sqlalchemy import inspect

    from app.migrate import alembic_config

    cfg = alembic_config(database_url)
    command.downgrade(cfg, "0001")
    get_engine(database_url).dispose()
    insp = inspect(get_engine(database_url))
    assert "verification_job" not in insp.get_table_names()
    assert "reason" not in {c["name"] for c in insp.get_columns("verification_run")}
    command.upgrade(cfg, "head")
    get_engine(database_url).dispose()
    assert "verification_job" in inspect(get_engine(database_url)).get_table_names()
