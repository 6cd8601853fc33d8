"""The JSON API's public shapes: stable field names, documented in the OpenAPI schema."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from app.catalogue.queries import FacetOption, PaperCard, Tally
from app.models import Claim, ClaimDeclaration, Paper, VerificationRun
from app.status import ClaimStatus


class TallyPublic(BaseModel):
    total: int = Field(description="claims the paper states")
    verified: int = Field(description="claims whose status is verified")
    failing: int = Field(description="claims a real run found a problem with")
    unchecked: int = Field(description="claims not yet checked (never checked, stale, or no toolchain)")

    @classmethod
    def of(cls, t: Tally) -> TallyPublic:
        return cls(total=t.total, verified=t.verified, failing=t.failing, unchecked=t.unchecked)


class PaperSummary(BaseModel):
    slug: str
    title: str
    field: str
    status: str = Field(description="the paper's publication status, e.g. Working Paper, Draft")
    badges: list[str]
    author: str
    updated: date | None
    words: int
    url: str | None = Field(description="where the paper itself is published")
    abstract: str = Field(description="Markdown + LaTeX source")
    verification: TallyPublic
    html_url: str
    api_url: str

    @classmethod
    def of(cls, paper: Paper, tally: Tally) -> PaperSummary:
        return cls(
            slug=paper.slug, title=paper.title, field=paper.field, status=paper.status, badges=list(paper.badges or []),
            author=paper.author, updated=paper.updated, words=paper.words, url=paper.url, abstract=paper.abstract,
            verification=TallyPublic.of(tally), html_url=f"/papers/{paper.slug}", api_url=f"/api/papers/{paper.slug}",
        )


class FacetPublic(BaseModel):
    value: str
    label: str
    count: int = Field(description="papers this value would show, given the other filters")
    selected: bool

    @classmethod
    def of(cls, f: FacetOption) -> FacetPublic:
        return cls(value=f.value, label=f.label, count=f.count, selected=f.selected)


class PaperList(BaseModel):
    count: int = Field(description="papers matching the filters")
    total: int = Field(description="papers in the collection")
    filters: dict[str, str] = Field(description="the filters applied, as given")
    facets: dict[str, list[FacetPublic]]
    papers: list[PaperSummary]


class ClaimRef(BaseModel):
    slug: str
    number: int
    title: str
    status: ClaimStatus
    html_url: str
    api_url: str

    @classmethod
    def of(cls, c: Claim) -> ClaimRef:
        slug = c.paper.slug
        return cls(slug=slug, number=c.number, title=c.title, status=c.status,
                   html_url=f"/papers/{slug}/claims/{c.number}", api_url=f"/api/papers/{slug}/claims/{c.number}")


class ClaimSummary(BaseModel):
    number: int
    kind: str
    title: str
    statement: str = Field(description="Markdown + LaTeX source")
    status: ClaimStatus
    status_label: str
    last_checked_at: datetime | None
    fidelity: str
    fidelity_note: str
    lean: list[str] = Field(description="fully qualified names of the Lean declarations")
    uses: list[ClaimRef]
    used_by: list[ClaimRef]
    html_url: str
    api_url: str

    @classmethod
    def fields_of(cls, c: Claim) -> dict[str, Any]:
        slug = c.paper.slug
        return dict(
            number=c.number, kind=c.kind, title=c.title, statement=c.statement, status=c.status,
            status_label=c.status.label, last_checked_at=c.last_checked_at, fidelity=c.fidelity,
            fidelity_note=c.fidelity_note, lean=[d.name for d in c.declarations],
            uses=[ClaimRef.of(u) for u in c.uses], used_by=[ClaimRef.of(u) for u in c.used_by],
            html_url=f"/papers/{slug}/claims/{c.number}", api_url=f"/api/papers/{slug}/claims/{c.number}",
        )

    @classmethod
    def of(cls, c: Claim) -> ClaimSummary:
        return cls(**cls.fields_of(c))


class PaperDetail(PaperSummary):
    summary: str = Field(description="the catalogue's own summary of the paper (Markdown + LaTeX)")
    bibtex_url: str
    graph_url: str
    claims: list[ClaimSummary]

    @classmethod
    def of_paper(cls, paper: Paper) -> PaperDetail:
        base = PaperSummary.of(paper, Tally.of(c.status for c in paper.claims)).model_dump()
        return cls(**base, summary=paper.summary, bibtex_url=f"/papers/{paper.slug}.bib",
                   graph_url=f"/papers/{paper.slug}/graph", claims=[ClaimSummary.of(c) for c in paper.claims])


class DeclarationPublic(BaseModel):
    name: str
    kind: str
    module: str
    file: str
    line_start: int
    line_end: int
    signature: str
    proof: str
    mentions_sorry: bool
    is_axiom: bool

    @classmethod
    def of(cls, d: ClaimDeclaration) -> DeclarationPublic:
        return cls(name=d.name, kind=d.kind, module=d.module, file=d.file, line_start=d.line_start,
                   line_end=d.line_end, signature=d.signature, proof=d.proof,
                   mentions_sorry=d.mentions_sorry, is_axiom=d.is_axiom)


class RunPublic(BaseModel):
    id: int
    trigger: str
    status: ClaimStatus
    status_label: str
    toolchain: str
    started_at: datetime
    finished_at: datetime | None
    duration_ms: int | None
    exit_code: int | None
    messages: list[dict[str, Any]]
    axioms: list[str]
    sandboxed: bool

    @classmethod
    def of(cls, r: VerificationRun) -> RunPublic:
        return cls(id=r.id, trigger=r.trigger, status=r.status, status_label=r.status.label, toolchain=r.toolchain,
                   started_at=r.started_at, finished_at=r.finished_at, duration_ms=r.duration_ms,
                   exit_code=r.exit_code, messages=list(r.messages or []), axioms=list(r.axioms or []),
                   sandboxed=r.sandboxed)


class PaperRef(BaseModel):
    slug: str
    title: str
    html_url: str


class ClaimDetail(ClaimSummary):
    paper: PaperRef
    flagged: bool = Field(description="the Lean source itself admits a gap (sorry/admit) or postulates an axiom")
    declarations: list[DeclarationPublic]
    runs: list[RunPublic] = Field(description="verification runs, newest first")

    @classmethod
    def of_claim(cls, c: Claim) -> ClaimDetail:
        p = c.paper
        return cls(**ClaimSummary.fields_of(c), paper=PaperRef(slug=p.slug, title=p.title, html_url=f"/papers/{p.slug}"),
                   flagged=c.flagged, declarations=[DeclarationPublic.of(d) for d in c.declarations],
                   runs=[RunPublic.of(r) for r in c.runs])


class ErrorPublic(BaseModel):
    detail: str


def paper_list(cards: list[PaperCard], total: int, filters: dict[str, str], facets: dict) -> PaperList:
    return PaperList(
        count=len(cards), total=total, filters=filters,
        facets={k: [FacetPublic.of(f) for f in v] for k, v in facets.items()},
        papers=[PaperSummary.of(c.paper, c.tally) for c in cards],
    )
