"""Web test fixtures: the sample catalogue indexed into each database, and an HTTP client for the app."""
from __future__ import annotations

import os
import stat

import pytest
from fastapi.testclient import TestClient

from app.catalogue.indexer import index, read_sources
from app.db import session_scope
from app.settings import get_settings
from app.verify.toolchain import forget_toolchain
from tests.web import sample


@pytest.fixture
def sample_root(tmp_path):
    return sample.write_tree(tmp_path / "repo")


@pytest.fixture
def catalogue(database_url, sample_root, no_toolchain):
    """The sample catalogue indexed, with runs recorded so that every claim status appears."""
    content, decls = read_sources(sample_root / "papers", sample_root / "lean", sample_root)
    with session_scope() as session:
        index(session, content, decls)
        sample.record_runs(session)
    return database_url


@pytest.fixture
def no_toolchain(monkeypatch, tmp_path):
    """No Lean on this 'server': lake and lean point at files that do not exist."""
    monkeypatch.setenv("CATALOGUE_LAKE", str(tmp_path / "missing" / "lake"))
    monkeypatch.setenv("CATALOGUE_LEAN", str(tmp_path / "missing" / "lean"))
    get_settings.cache_clear()
    forget_toolchain()
    yield
    forget_toolchain()


@pytest.fixture
def fake_toolchain(monkeypatch, tmp_path):
    """A stand-in `lake` and `lean` that answer `--version`, so pages see a toolchain."""
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    for name in ("lake", "lean"):
        exe = bin_dir / name
        exe.write_text("#!/bin/sh\necho 'Lean (version 4.24.0, fake)'\n")
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
        monkeypatch.setenv(f"CATALOGUE_{name.upper()}", str(exe))
    get_settings.cache_clear()
    forget_toolchain()
    yield
    forget_toolchain()


@pytest.fixture
def client(catalogue):
    from app.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


@pytest.fixture
def shipped_client(indexed, no_toolchain):
    from app.web.app import create_app

    with TestClient(create_app()) as c:
        yield c
