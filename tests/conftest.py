"""Shared fixtures: a real database per test (SQLite file, and PostgreSQL when TEST_POSTGRES_URL is set).

Each database is created by the real Alembic migrations (never by create_all), once per session as a
template, then copied for every test so that tests stay fast and independent.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import get_engine, session_scope
from app.migrate import upgrade
from app.settings import get_settings
from app.verify.toolchain import forget_toolchain

REPO = Path(__file__).resolve().parent.parent
LEANBIN = REPO / "tests" / "leanbin"  # the test double of `lake` and `lean`
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgres"]


def _admin_engine(url: str):
    return create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def _templates(tmp_path_factory):
    made: dict[str, str] = {}
    yield made
    if "postgres" in made:
        with _admin_engine(POSTGRES_URL).connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(made["postgres"]).database}"'))


def _template(backend: str, made: dict[str, str], tmp_path_factory) -> str:
    if backend not in made:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('template') / 'template.db'}"
        else:
            name = f"catalogue_tpl_{uuid.uuid4().hex[:8]}"
            with _admin_engine(POSTGRES_URL).connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = str(make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False))
        upgrade(url)
        get_engine(url).dispose()
        get_engine.cache_clear()
        made[backend] = url
    return made[backend]


@pytest.fixture(params=BACKENDS)
def database_url(request, _templates, tmp_path_factory, tmp_path, monkeypatch):
    """A migrated, empty database of each backend; DATABASE_URL points at it for the test's duration."""
    backend = request.param
    if backend == "postgres" and not POSTGRES_URL:
        if os.environ.get("CATALOGUE_REQUIRE_POSTGRES"):
            pytest.fail("CATALOGUE_REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not: the suite must run on PostgreSQL")
        pytest.skip("PostgreSQL: set TEST_POSTGRES_URL to run this test against a PostgreSQL server")
    template = _template(backend, _templates, tmp_path_factory)
    if backend == "sqlite":
        path = tmp_path / "catalogue.db"
        shutil.copy(make_url(template).database, path)
        url = f"sqlite:///{path}"
    else:
        name = f"catalogue_t_{uuid.uuid4().hex[:10]}"
        with _admin_engine(POSTGRES_URL).connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("CATALOGUE_ROOT", str(REPO))
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield url
    get_engine(url).dispose()
    get_engine.cache_clear()
    get_settings.cache_clear()
    if backend == "postgres":
        with _admin_engine(POSTGRES_URL).connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def index_tree(root: Path) -> None:
    """Read root/papers and root/lean and index them into the current test database, as `catalogue index` does."""
    from app.catalogue.indexer import index, read_sources

    content, decls = read_sources(root / "papers", root / "lean", root)
    with session_scope() as session:
        index(session, content, decls)


@pytest.fixture
def indexed(database_url):
    """The database with the shipped collection (papers/ and lean/) indexed."""
    index_tree(REPO)
    return database_url


@pytest.fixture
def lean_on_path(monkeypatch):
    """The test double first on PATH, for the runner's real subprocess path."""
    monkeypatch.setenv("PATH", f"{LEANBIN}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("CATALOGUE_LAKE", raising=False)
    monkeypatch.delenv("CATALOGUE_LEAN", raising=False)
    forget_toolchain()
    get_settings.cache_clear()
    yield LEANBIN
    forget_toolchain()


@pytest.fixture
def no_toolchain(monkeypatch, tmp_path):
    """No toolchain anywhere: PATH holds no lake or lean, and no setting names one."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", f"{empty}{os.pathsep}/usr/bin{os.pathsep}/bin")
    monkeypatch.delenv("CATALOGUE_LAKE", raising=False)
    monkeypatch.delenv("CATALOGUE_LEAN", raising=False)
    forget_toolchain()
    get_settings.cache_clear()
    yield
    forget_toolchain()
