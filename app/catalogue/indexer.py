"""Step 2 of the catalogue flow: load read content into the database, idempotently, in the caller's transaction.

Upserts papers by slug and claims by (paper, number); removes what the files no longer have; keeps the
history of unchanged claims; marks a checked claim stale when its Lean source changed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.errors import ContentError
from app.catalogue.lean_reader import LeanDeclaration, read_lean_tree
from app.catalogue.reader import CatalogueContent, ClaimRef, PaperDoc, read_catalogue
from app.models import Claim, ClaimDeclaration, ClaimDependency, Collection, Paper, utcnow
from app.status import ClaimStatus


@dataclass
class IndexReport:
    papers: int = 0
    claims: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)


def read_sources(papers_dir: Path, lean_dir: Path, root: Path) -> tuple[CatalogueContent, dict[str, LeanDeclaration]]:
    """Read both trees and check every Lean name a claim gives; raises ContentError on the first problem."""
    content = read_catalogue(papers_dir, root)
    decls = read_lean_tree(lean_dir, root)
    for doc in content.papers:
        for i, claim in enumerate(doc.meta.claims):
            for j, name in enumerate(claim.lean):
                if name not in decls:
                    raise ContentError(
                        doc.where.file,
                        f"Lean declaration {name} not found under {lean_dir.name}/ (give its fully qualified name)",
                        line=doc.where.line("claims", i, "lean", j),
                        field=f"claims[{i}].lean[{j}]",
                    )
    return content, decls


def claim_hash(decls: list[LeanDeclaration]) -> str:
    return hashlib.sha256("\0".join(d.source_hash for d in decls).encode()).hexdigest()


def index(session: Session, content: CatalogueContent, decls: dict[str, LeanDeclaration]) -> IndexReport:
    report = IndexReport()
    meta = content.collection.meta
    collection = session.scalar(select(Collection).where(Collection.slug == meta.slug)) or Collection(slug=meta.slug)
    collection.title, collection.subtitle, collection.description = meta.title, meta.subtitle, content.collection.description
    session.add(collection)
    session.flush()

    existing = {
        p.slug: p
        for p in session.scalars(
            select(Paper).options(selectinload(Paper.claims).selectinload(Claim.declarations))
        )
    }
    claims_by_ref: dict[ClaimRef, Claim] = {}
    for position, doc in enumerate(content.papers):
        paper = existing.pop(doc.meta.slug, None) or Paper(slug=doc.meta.slug)
        _fill_paper(paper, doc, collection, position)
        session.add(paper)
        _sync_claims(session, paper, doc, decls, report, claims_by_ref)
    for paper in existing.values():
        if paper.collection_id == collection.id:
            report.removed += [f"{paper.slug}/{c.number}" for c in paper.claims]
            session.delete(paper)
    session.flush()
    _sync_dependencies(session, content, claims_by_ref)
    report.papers = len(content.papers)
    report.claims = len(claims_by_ref)
    return report


def _fill_paper(paper: Paper, doc: PaperDoc, collection: Collection, position: int) -> None:
    m = doc.meta
    paper.collection = collection
    paper.position = position
    paper.title, paper.field, paper.status, paper.badges = m.title, m.field, m.status, list(m.badges)
    paper.author, paper.updated, paper.words, paper.url = m.author, m.updated, m.words, m.url
    paper.abstract, paper.summary, paper.source_file = m.abstract.strip(), doc.summary, doc.where.file
    paper.indexed_at = utcnow()


def _sync_claims(session, paper: Paper, doc: PaperDoc, decls, report: IndexReport, claims_by_ref) -> None:
    current = {c.number: c for c in paper.claims}
    for i, entry in enumerate(doc.meta.claims):
        found = [decls[name] for name in entry.lean]
        new_hash = claim_hash(found)
        ref = ClaimRef(doc.meta.slug, entry.number)
        claim = current.pop(entry.number, None)
        if claim is None:
            claim = Claim(number=entry.number, status=ClaimStatus.NOT_CHECKED)
            paper.claims.append(claim)
            report.added.append(str(ref))
        elif claim.lean_hash != new_hash and claim.status is not ClaimStatus.NOT_CHECKED:
            claim.status, claim.status_changed_at = ClaimStatus.STALE, utcnow()
            report.stale.append(str(ref))
        claim.kind, claim.title, claim.statement = entry.kind, entry.title, entry.statement.strip()
        claim.fidelity, claim.fidelity_note = entry.fidelity, entry.fidelity_note
        claim.source_line = doc.where.line("claims", i) or 0
        claim.lean_hash = new_hash
        _sync_declarations(claim, found)
        if any(d.mentions_sorry or d.is_axiom for d in found):
            report.flagged.append(str(ref))
        claims_by_ref[ref] = claim
    for claim in current.values():
        report.removed.append(f"{paper.slug}/{claim.number}")
        paper.claims.remove(claim)
    session.flush()


def _sync_declarations(claim: Claim, found: list[LeanDeclaration]) -> None:
    by_name = {d.name: d for d in claim.declarations}
    keep = []
    for position, decl in enumerate(found):
        row = by_name.pop(decl.name, None) or ClaimDeclaration(name=decl.name)
        row.position, row.kind, row.module, row.file = position, decl.kind, decl.module, decl.file
        row.line_start, row.line_end, row.signature, row.proof = decl.line_start, decl.line_end, decl.signature, decl.proof
        row.docstring, row.mentions_sorry, row.is_axiom = decl.docstring, decl.mentions_sorry, decl.is_axiom
        keep.append(row)
    claim.declarations = keep


def _sync_dependencies(session: Session, content: CatalogueContent, claims_by_ref: dict[ClaimRef, Claim]) -> None:
    wanted = {
        (claims_by_ref[ref].id, claims_by_ref[dep].id) for ref, deps in content.uses.items() for dep in deps
    }
    ids = [c.id for c in claims_by_ref.values()]
    have = {
        (d.claim_id, d.uses_id): d
        for d in session.scalars(select(ClaimDependency).where(ClaimDependency.claim_id.in_(ids)))
    } if ids else {}
    for key, row in have.items():
        if key not in wanted:
            session.delete(row)
    for claim_id, uses_id in wanted - have.keys():
        session.add(ClaimDependency(claim_id=claim_id, uses_id=uses_id))
    session.flush()
    session.expire_all()
