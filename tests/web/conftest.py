"""Web test fixtures: the sample catalogue indexed into each database, and an HTTP client for the app."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.db import session_scope
from tests.conftest import index_tree
from tests.web import sample


@pytest.fixture
def sample_root(tmp_path):
    return sample.write_tree(tmp_path / "repo")


@pytest.fixture
def catalogue(database_url, sample_root, no_toolchain):
    """The sample catalogue indexed, with runs recorded so that every claim status appears."""
    index_tree(sample_root)
    with session_scope() as session:
        sample.record_runs(session)
    return database_url


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
