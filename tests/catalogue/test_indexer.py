"""The indexer: idempotent upserts, removals, stale marking, kept history, one transaction (both databases)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from app.catalogue import indexer
from app.catalogue.indexer import index, read_sources
from app.db import session_scope
from app.models import Claim, ClaimDependency, Paper, VerificationRun
from app.status import ClaimStatus
from tests.catalogue.tree import LEAN, claim, paper, write_tree


def run_index(root):
    content, decls = read_sources(root / "papers", root / "lean", root)
    with session_scope() as session:
        return index(session, content, decls)


def snapshot():
    with session_scope() as s:
        claims = s.execute(
            select(Paper.slug, Paper.position, Claim.number, Claim.title, Claim.status, Claim.lean_hash).join(Claim.paper).order_by(Paper.slug, Claim.number)
        ).all()
        deps = s.scalar(select(func.count()).select_from(ClaimDependency))
        papers = s.scalars(select(Paper.slug).order_by(Paper.position)).all()
        return papers, [tuple(r) for r in claims], deps


def set_status(slug, number, status):
    with session_scope() as s:
        c = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == slug, Claim.number == number))
        c.status = status
        c.runs.append(VerificationRun(trigger="cli", status=status, started_at=datetime.now(timezone.utc)))


def test_index_loads_papers_claims_declarations_and_dependencies(database_url, tmp_path):
    report = run_index(write_tree(tmp_path))
    assert (report.papers, report.claims) == (2, 3)
    assert sorted(report.added) == ["alpha/1", "alpha/2", "beta/1"]
    with session_scope() as s:
        beta1 = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == "beta"))
        assert [(c.paper.slug, c.number) for c in beta1.uses] == [("alpha", 2)]
        assert beta1.status is ClaimStatus.NOT_CHECKED
        decl = beta1.declarations[0]
        assert (decl.name, decl.module, decl.file, decl.line_start) == ("Demo.Alpha.double", "Demo.Alpha", "lean/Demo/Alpha.lean", 3)
        assert decl.signature == "theorem double (n : Nat) : 2 * n = n + n"
        alpha2 = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == "alpha", Claim.number == 2))
        assert [(c.paper.slug, c.number) for c in alpha2.used_by] == [("beta", 1)]


def test_index_is_idempotent(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    first = snapshot()
    report = run_index(root)
    assert snapshot() == first
    assert report.added == [] and report.removed == [] and report.stale == []


def test_unchanged_claims_keep_history_and_status(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    set_status("alpha", 1, ClaimStatus.VERIFIED)
    run_index(root)
    with session_scope() as s:
        c = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == "alpha", Claim.number == 1))
        assert c.status is ClaimStatus.VERIFIED
        assert len(c.runs) == 1


def test_changed_lean_source_marks_checked_claims_stale(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    set_status("alpha", 1, ClaimStatus.VERIFIED)
    write_tree(root, lean=LEAN.replace("  omega", "  omega -- a comment changes nothing").replace(":= double 0", ":= by omega"))
    report = run_index(root)
    # A comment is not code; alpha/2's proof changed, but it was never checked, so it stays "not yet checked".
    assert report.stale == []
    write_tree(root, lean=LEAN.replace("  omega", "  simp only [Nat.two_mul]"))
    report = run_index(root)
    assert report.stale == ["alpha/1"], "beta/1 names the same declaration but was never checked"
    with session_scope() as s:
        c = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == "alpha", Claim.number == 1))
        assert c.status is ClaimStatus.STALE
        assert len(c.runs) == 1, "history is kept"


def test_removed_claims_and_papers_are_deleted(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    write_tree(root, [paper("alpha", [claim(1)])])
    (root / "papers" / "beta.md").unlink()
    report = run_index(root)
    assert sorted(report.removed) == ["alpha/2", "beta/1"]
    papers, claims, deps = snapshot()
    assert papers == ["alpha"]
    assert [(c[0], c[2]) for c in claims] == [("alpha", 1)]
    assert deps == 0


def test_changed_dependencies_are_replaced(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    write_tree(root, [paper("alpha", [claim(1, uses=[2]), claim(2, "Demo.Alpha.double_zero")]), paper("beta", [claim(1)])])
    run_index(root)
    with session_scope() as s:
        pairs = s.execute(select(ClaimDependency.claim_id, ClaimDependency.uses_id)).all()
        assert len(pairs) == 1


def test_paper_order_follows_collection(database_url, tmp_path):
    root = write_tree(tmp_path)
    run_index(root)
    coll = root / "papers" / "collection.md"
    coll.write_text(coll.read_text().replace("- alpha\n- beta", "- beta\n- alpha"))
    run_index(root)
    assert snapshot()[0] == ["beta", "alpha"]


def test_failure_midway_leaves_database_exactly_as_it_was(database_url, tmp_path, monkeypatch):
    root = write_tree(tmp_path)
    run_index(root)
    before = snapshot()
    write_tree(root, [paper("alpha", [claim(1), claim(3)]), paper("gamma", [])])
    (root / "papers" / "beta.md").unlink()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(indexer, "_sync_dependencies", boom)
    with pytest.raises(RuntimeError):
        run_index(root)
    assert snapshot() == before


def test_flagged_declarations_are_indexed(database_url, tmp_path):
    lean = LEAN.replace("  omega", "  sorry")
    report = run_index(write_tree(tmp_path, lean=lean))
    assert "alpha/1" in report.flagged
    with session_scope() as s:
        c = s.scalar(select(Claim).join(Claim.paper).where(Paper.slug == "alpha", Claim.number == 1))
        assert c.flagged and c.declarations[0].mentions_sorry
        assert c.status is ClaimStatus.NOT_CHECKED, "a flag is not a verdict: only a Lean run decides"


def test_shipped_collection_indexes(indexed):
    papers, claims, _ = snapshot()
    assert len(papers) == 8
    assert papers[0] == "ml_scaling_laws"
