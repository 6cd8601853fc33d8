"""The collection page's (and `/api/papers`') query: papers filtered, sorted, with claim tallies and facet counts.

Every filter is SQL that runs the same on SQLite and PostgreSQL: full-text `q` is a `lower(…) LIKE`
over paper titles, abstracts and claim titles and statements, with `%`, `_` and `\\` escaped.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import Float, String, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from app.catalogue.queries.details import get_collection
from app.catalogue.queries.tally import Tally, collection_tally, tally_subquery
from app.models import Claim, Collection, Paper


class VerifiedFilter(StrEnum):
    SOME = "some"  # at least one verified claim
    ALL = "all"  # has claims, and every one is verified
    NONE = "none"  # has claims, and none is verified
    FAILING = "failing"  # at least one failing claim
    UNCHECKED = "unchecked"  # at least one claim not yet checked


VERIFIED_LABELS = {
    VerifiedFilter.SOME: "some claims verified",
    VerifiedFilter.ALL: "all claims verified",
    VerifiedFilter.NONE: "no claim verified",
    VerifiedFilter.FAILING: "a claim failing",
    VerifiedFilter.UNCHECKED: "claims not yet checked",
}


class PaperSort(StrEnum):
    ORDER = "order"
    TITLE = "title"
    UPDATED = "updated"
    CLAIMS = "claims"
    VERIFIED_SHARE = "verified_share"


SORT_LABELS = {
    PaperSort.ORDER: "collection order",
    PaperSort.TITLE: "title",
    PaperSort.UPDATED: "recently updated",
    PaperSort.CLAIMS: "most claims",
    PaperSort.VERIFIED_SHARE: "verified share",
}


class PaperFilters(BaseModel):
    """The filters of `/` and `/api/papers`, as GET parameters; an empty parameter means "any"."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    verified: VerifiedFilter | None = Field(None, description="some | all | none | failing | unchecked")
    min_verified: int | None = Field(None, ge=0, le=1_000_000, description="at least this many verified claims")
    field: str | None = Field(None, max_length=200, description="research field, exactly as shown")
    status: str | None = Field(None, max_length=100, description="paper status, e.g. Draft")
    badge: str | None = Field(None, max_length=100, description="a badge the paper carries, e.g. Lean")
    q: str | None = Field(None, max_length=200, description="words in titles, abstracts and claim statements")
    sort: PaperSort | None = Field(None, description="order | title | updated | claims | verified_share")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_any(cls, value):
        if isinstance(value, str):
            if "\x00" in value:  # PostgreSQL refuses NUL in text; no real filter contains one
                raise ValueError("must not contain NUL characters")
            value = value.strip()
            return value or None
        return value

    def params(self, **changes) -> dict[str, str]:
        """The non-empty parameters, with `changes` applied (None removes one): for links and forms."""
        data = {k: v for k, v in self.model_dump(mode="json").items() if v is not None}
        for key, value in changes.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        return {k: str(v) for k, v in data.items()}

    @property
    def active(self) -> bool:
        return bool(self.params(sort=None))


@dataclass(frozen=True)
class PaperCard:
    paper: Paper
    tally: Tally


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def like_pattern(text: str) -> str:
    """`%text%` for LIKE with ESCAPE '\\', matching `text` literally and case-insensitively."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _counts(t):
    """(total, verified, failing) of the tally subquery, 0 for a paper without claims."""
    return func.coalesce(t.c.total, 0), func.coalesce(t.c.verified, 0), func.coalesce(t.c.failing, 0)


def _conditions(filters: PaperFilters, t, skip: str | None = None) -> list:
    """The WHERE clauses for `filters`; `skip` leaves one facet out, to count that facet's values."""
    conds = []
    if filters.verified and skip != "verified":
        conds.append(_verified_condition(filters.verified, t))
    if filters.min_verified is not None:
        conds.append(_counts(t)[1] >= filters.min_verified)
    if filters.field and skip != "field":
        conds.append(Paper.field == filters.field)
    if filters.status and skip != "status":
        conds.append(Paper.status == filters.status)
    if filters.badge and skip != "badge":
        conds.append(_badge_condition(filters.badge))
    if filters.q:
        conds.append(_text_condition(filters.q))
    return conds


def _verified_condition(value: VerifiedFilter, t):
    total, verified, failing = _counts(t)
    return {
        VerifiedFilter.SOME: verified >= 1,
        VerifiedFilter.ALL: (total > 0) & (verified == total),
        VerifiedFilter.NONE: (total > 0) & (verified == 0),
        VerifiedFilter.FAILING: failing >= 1,
        VerifiedFilter.UNCHECKED: total - verified - failing >= 1,
    }[value]


def _badge_condition(badge: str):
    # Badges are a JSON list; its text holds each badge as a JSON string on both backends.
    return func.lower(cast(Paper.badges, String)).like(like_pattern(json.dumps(badge)), escape="\\")


def _text_condition(q: str):
    pattern = like_pattern(q)
    in_claims = exists().where(
        Claim.paper_id == Paper.id,
        or_(func.lower(Claim.title).like(pattern, escape="\\"), func.lower(Claim.statement).like(pattern, escape="\\")),
    )
    return or_(
        func.lower(Paper.title).like(pattern, escape="\\"),
        func.lower(Paper.abstract).like(pattern, escape="\\"),
        in_claims,
    )


def _order(sort: PaperSort | None, t) -> list:
    total, verified, _ = _counts(t)
    share = cast(verified, Float) / func.nullif(total, 0)
    by = {
        PaperSort.TITLE: [func.lower(Paper.title)],
        PaperSort.UPDATED: [Paper.updated.is_(None), Paper.updated.desc()],
        PaperSort.CLAIMS: [total.desc()],
        PaperSort.VERIFIED_SHARE: [share.is_(None), share.desc(), verified.desc()],
    }.get(sort or PaperSort.ORDER, [])
    return [*by, Paper.position, Paper.id]


def list_papers(session: Session, filters: PaperFilters) -> list[PaperCard]:
    t = tally_subquery()
    rows = session.execute(
        select(Paper, t.c.total, t.c.verified, t.c.failing)
        .outerjoin(t, t.c.paper_id == Paper.id)
        .where(*_conditions(filters, t))
        .order_by(*_order(filters.sort, t))
    ).all()
    return [PaperCard(p, Tally(total or 0, verified or 0, failing or 0)) for p, total, verified, failing in rows]


def _count(session: Session, t, conds: list) -> int:
    query = select(func.count()).select_from(Paper).outerjoin(t, t.c.paper_id == Paper.id).where(*conds)
    return session.scalar(query) or 0


def _grouped(session: Session, t, column, conds: list) -> dict[str, int]:
    query = (
        select(column, func.count()).select_from(Paper).outerjoin(t, t.c.paper_id == Paper.id)
        .where(*conds).group_by(column)
    )
    return {value: n for value, n in session.execute(query)}


def paper_facets(session: Session, filters: PaperFilters) -> dict[str, list[FacetOption]]:
    """For each facet, its values and how many papers each would show, given the other filters."""
    t = tally_subquery()
    facets: dict[str, list[FacetOption]] = {}
    others = _conditions(filters, t, "verified")
    facets["verified"] = [
        FacetOption(v.value, VERIFIED_LABELS[v], _count(session, t, [*others, _verified_condition(v, t)]), filters.verified is v)
        for v in VerifiedFilter
    ]
    for name, column in (("field", Paper.field), ("status", Paper.status)):
        every = session.scalars(select(column).distinct().order_by(column)).all()
        counts = _grouped(session, t, column, _conditions(filters, t, name))
        facets[name] = [FacetOption(v, v, counts.get(v, 0), getattr(filters, name) == v) for v in every]
    badges = sorted({b for lst in session.scalars(select(Paper.badges)) for b in (lst or [])})
    others = _conditions(filters, t, "badge")
    facets["badge"] = [
        FacetOption(b, b, _count(session, t, [*others, _badge_condition(b)]), filters.badge == b)
        for b in badges
    ]
    return facets


def count_papers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Paper)) or 0


@dataclass(frozen=True)
class Browse:
    """Everything the collection page and `/api/papers` show for one set of filters."""

    collection: Collection | None
    filters: PaperFilters
    cards: list[PaperCard]
    facets: dict[str, list[FacetOption]]
    total_papers: int
    tally: Tally


def browse(session: Session, filters: PaperFilters) -> Browse:
    return Browse(
        collection=get_collection(session),
        filters=filters,
        cards=list_papers(session, filters),
        facets=paper_facets(session, filters),
        total_papers=count_papers(session),
        tally=collection_tally(session),
    )
