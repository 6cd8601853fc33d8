"""Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.db import get_engine
from app.migrate import alembic_config
from app.models import Base


def test_fresh_database_at_head_matches_models(database_url):
    with get_engine(database_url).connect() as conn:
        ctx = MigrationContext.configure(conn)
        head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
        assert ctx.get_current_revision() == head
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_every_model_table_exists(database_url):
    tables = set(inspect(get_engine(database_url)).get_table_names())
    assert set(Base.metadata.tables) <= tables
