"""The `catalogue` command: index, db upgrade, help; bad input exits non-zero and writes nothing."""
from __future__ import annotations

from sqlalchemy import select
from typer.testing import CliRunner

from app.cli import cli
from app.db import session_scope
from app.models import Claim, Paper
from tests.catalogue.tree import claim, paper, write_tree

runner = CliRunner()


def rows():
    with session_scope() as s:
        return s.execute(select(Paper.slug, Claim.number, Claim.title).join(Claim.paper, isouter=True).order_by(Paper.slug, Claim.number)).all()


def test_help_explains_every_command():
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("index", "serve", "db"):
        assert command in result.output


def test_db_upgrade(database_url):
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "revision head" in result.output


def test_index_shipped_collection(database_url):
    result = runner.invoke(cli, ["index"])
    assert result.exit_code == 0, result.output
    assert "Indexed 8 papers" in result.output


def test_index_bad_input_exits_nonzero_and_changes_nothing(database_url, tmp_path, monkeypatch):
    root = write_tree(tmp_path)
    monkeypatch.setenv("CATALOGUE_ROOT", str(root))
    from app.settings import get_settings

    get_settings.cache_clear()
    ok = runner.invoke(cli, ["index"])
    assert ok.exit_code == 0, ok.output
    before = rows()
    write_tree(root, [paper("alpha", [claim(1, lean="Demo.Alpha.missing")]), paper("beta", [])])
    bad = runner.invoke(cli, ["index"])
    assert bad.exit_code == 1
    assert "papers/alpha.md:" in bad.stderr
    assert "claims[0].lean[0]" in bad.stderr
    assert "database is unchanged" in bad.stderr
    assert rows() == before


def test_index_with_explicit_directories(database_url, tmp_path, monkeypatch):
    root = write_tree(tmp_path)
    monkeypatch.setenv("CATALOGUE_ROOT", str(root))
    from app.settings import get_settings

    get_settings.cache_clear()
    result = runner.invoke(cli, ["index", "--papers", str(root / "papers"), "--lean", str(root / "lean")])
    assert result.exit_code == 0, result.output
    assert "Indexed 2 papers and 3 claims" in result.output
