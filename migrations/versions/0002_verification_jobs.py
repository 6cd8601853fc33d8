"""verification engine: run reason, job queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 16:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVE = sa.text("state IN ('queued', 'running')")
STATUS = sa.Enum(
    "verified", "uses_sorry", "nonstandard_axioms", "failed", "timed_out", "crashed", "declaration_missing",
    "toolchain_unavailable", "not_checked", "stale", name="claim_status", native_enum=False, length=32,
)


def upgrade() -> None:
    with op.batch_alter_table("verification_run", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("verification_run", schema=None) as batch_op:
        batch_op.alter_column("reason", server_default=None)

    op.create_table(
        "verification_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("trigger", sa.String(length=20), nullable=False),
        sa.Column("force", sa.Boolean(), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("interrupted", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", STATUS, nullable=True),
        sa.Column("cached", sa.Boolean(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["verification_run.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("verification_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_job_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_verification_job_state"), ["state"], unique=False)
        batch_op.create_index(
            "uq_verification_job_active_claim", ["claim_id"], unique=True, sqlite_where=ACTIVE, postgresql_where=ACTIVE
        )


def downgrade() -> None:
    op.drop_table("verification_job")
    with op.batch_alter_table("verification_run", schema=None) as batch_op:
        batch_op.drop_column("reason")
