"""The database schema: collection, paper, claim, its Lean declarations, dependencies, verification runs."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.status import ClaimStatus


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


StatusType = Enum(
    ClaimStatus,
    native_enum=False,
    length=32,
    values_callable=lambda e: [m.value for m in e],
    name="claim_status",
    validate_strings=True,
)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True)}


class Collection(Base):
    __tablename__ = "collection"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    papers: Mapped[list[Paper]] = relationship(back_populates="collection", order_by="Paper.position")


class Paper(Base):
    __tablename__ = "paper"

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("collection.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    field: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(100))
    badges: Mapped[list[str]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(String(300))
    updated: Mapped[date | None] = mapped_column(Date, nullable=True)
    words: Mapped[int] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    abstract: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    source_file: Mapped[str] = mapped_column(String(500))
    indexed_at: Mapped[datetime] = mapped_column(default=utcnow)

    collection: Mapped[Collection] = relationship(back_populates="papers")
    claims: Mapped[list[Claim]] = relationship(
        back_populates="paper", order_by="Claim.number", cascade="all, delete-orphan", passive_deletes=True
    )


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (UniqueConstraint("paper_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("paper.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    statement: Mapped[str] = mapped_column(Text)
    fidelity: Mapped[str] = mapped_column(String(30))
    fidelity_note: Mapped[str] = mapped_column(Text)
    source_line: Mapped[int] = mapped_column(Integer, default=0)
    # Hash of the Lean source text of every declaration the claim names; a change marks the claim stale.
    lean_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[ClaimStatus] = mapped_column(StatusType, default=ClaimStatus.NOT_CHECKED, index=True)
    status_changed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_checked_at: Mapped[datetime | None] = mapped_column(nullable=True)

    paper: Mapped[Paper] = relationship(back_populates="claims")
    declarations: Mapped[list[ClaimDeclaration]] = relationship(
        back_populates="claim", order_by="ClaimDeclaration.position", cascade="all, delete-orphan", passive_deletes=True
    )
    runs: Mapped[list[VerificationRun]] = relationship(
        back_populates="claim", order_by="VerificationRun.id.desc()", cascade="all, delete-orphan", passive_deletes=True
    )
    uses: Mapped[list[Claim]] = relationship(
        secondary="claim_dependency",
        primaryjoin="Claim.id == ClaimDependency.claim_id",
        secondaryjoin="Claim.id == ClaimDependency.uses_id",
        order_by="Claim.id",
        back_populates="used_by",
    )
    used_by: Mapped[list[Claim]] = relationship(
        secondary="claim_dependency",
        primaryjoin="Claim.id == ClaimDependency.uses_id",
        secondaryjoin="Claim.id == ClaimDependency.claim_id",
        order_by="Claim.id",
        back_populates="uses",
    )

    @property
    def flagged(self) -> bool:
        """The source itself admits a gap (sorry/admit) or postulates an axiom."""
        return any(d.mentions_sorry or d.is_axiom for d in self.declarations)


class ClaimDeclaration(Base):
    """One Lean declaration a claim names, as the reader found it in `lean/`."""

    __tablename__ = "claim_declaration"
    __table_args__ = (UniqueConstraint("claim_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    module: Mapped[str] = mapped_column(String(300))
    file: Mapped[str] = mapped_column(String(500))
    line_start: Mapped[int] = mapped_column(Integer)
    line_end: Mapped[int] = mapped_column(Integer)
    signature: Mapped[str] = mapped_column(Text)
    proof: Mapped[str] = mapped_column(Text)
    docstring: Mapped[str] = mapped_column(Text, default="")
    mentions_sorry: Mapped[bool] = mapped_column(Boolean, default=False)
    is_axiom: Mapped[bool] = mapped_column(Boolean, default=False)

    claim: Mapped[Claim] = relationship(back_populates="declarations")


class ClaimDependency(Base):
    __tablename__ = "claim_dependency"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    uses_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True, index=True)


class VerificationRun(Base):
    """One check of one claim by the real toolchain: the evidence behind a status."""

    __tablename__ = "verification_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    trigger: Mapped[str] = mapped_column(String(20))
    status: Mapped[ClaimStatus] = mapped_column(StatusType)
    toolchain: Mapped[str] = mapped_column(String(300), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exit_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    messages: Mapped[list[dict]] = mapped_column(JSON, default=list)
    axioms: Mapped[list[str]] = mapped_column(JSON, default=list)
    log: Mapped[str] = mapped_column(Text, default="")
    sandboxed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added by 0002 (verification engine): why the runner decided the status, in one sentence.
    reason: Mapped[str] = mapped_column(Text, default="")

    claim: Mapped[Claim] = relationship(back_populates="runs")


class VerificationJob(Base):
    """A queued or running re-check of one claim (web or CLI); at most one active job per claim."""

    __tablename__ = "verification_job"
    __table_args__ = (
        Index(
            "uq_verification_job_active_claim",
            "claim_id",
            unique=True,
            sqlite_where=text("state IN ('queued', 'running')"),
            postgresql_where=text("state IN ('queued', 'running')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="queued", index=True)  # queued, running, done
    trigger: Mapped[str] = mapped_column(String(20), default="web")
    force: Mapped[bool] = mapped_column(Boolean, default=False)
    client: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    interrupted: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # What the job found: the run's status, or toolchain unavailable (then no run); cached if reused.
    outcome: Mapped[ClaimStatus | None] = mapped_column(StatusType, nullable=True)
    cached: Mapped[bool] = mapped_column(Boolean, default=False)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("verification_run.id", ondelete="SET NULL"), nullable=True)

    claim: Mapped[Claim] = relationship()
    run: Mapped[VerificationRun | None] = relationship()
