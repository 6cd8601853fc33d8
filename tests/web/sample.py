"""A small catalogue written to a temporary directory: four papers, cross-paper uses, every status, hostile text.

Collection order: quiet, alpha, beta, hostile.

| paper   | field    | status        | badges          | updated    | claims (status)                                          |
|---------|----------|---------------|-----------------|------------|----------------------------------------------------------|
| quiet   | Algebra  | Published     | –               | –          | none                                                     |
| alpha   | Algebra  | Working Paper | Lean, Flagship  | 2026-01-10 | 1 verified, 2 failed, 3 uses_sorry, 4 stale, 5 not_checked |
| beta    | Analysis | Preprint      | Lean            | 2025-06-01 | 1 verified (uses alpha/1), 2 verified (uses 1)           |
| hostile | Security | Draft         | Lean            | –          | 1 nonstandard_axioms … 5 toolchain_unavailable, 6 not_checked (uses beta/2) |
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Claim, Paper, VerificationRun
from app.status import ClaimStatus

TOOLCHAIN = "Lean (version 4.24.0, x86_64-unknown-linux-gnu, commit test)"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

HOSTILE_TEXT = (
    'Evil <script>alert("xss")</script> text [click](javascript:alert(1)) and <img src=x onerror=alert(1)> '
    '<a href="javascript:evil()">raw link</a> <iframe src="https://evil.example"></iframe> '
    r"broken $\frac{1$ and $\begin{matrix} a$ and $\text{<script>alert(2)</script>}$ and fine $x^2$."
)

FILES = {
    "papers/collection.md": """---
slug: test_collection
title: "Test Collection: Small but Complete"
subtitle: A catalogue for the web tests
papers: [quiet, alpha, beta, hostile]
---
Papers written for the tests, with math like $e^{i\\pi} + 1 = 0$.
""",
    "papers/quiet.md": """---
slug: quiet
title: A Quiet Paper Without Claims
field: Algebra
status: Published
author: Q. Uiet
words: 300
abstract: Nothing is formal here yet.
---
A summary of the quiet paper.
""",
    "papers/alpha.md": """---
slug: alpha
title: "Alpha: Arithmetic Facts"
field: Algebra
status: Working Paper
badges: [Lean, Flagship]
author: Ada Alpha
updated: 2026-01-10
words: 1200
url: https://example.org/alpha
abstract: |
  We show that $\\frac{1}{s+1} + \\frac{s}{s+1} = 1$ and other arithmetic facts.
claims:
  - number: 1
    kind: theorem
    title: One plus one
    statement: $1 + 1 = 2$ in the natural numbers.
    lean: [Catalogue.Alpha.one_add_one]
    fidelity: exact
    fidelity_note: Nothing is left out.
  - number: 2
    kind: lemma
    title: Doubling
    statement: For every $n$, $2n = n + n$.
    lean: [Catalogue.Alpha.double]
    uses: [1]
    fidelity: exact
    fidelity_note: Natural numbers only.
  - number: 3
    kind: corollary
    title: A gap
    statement: A statement whose proof has a gap.
    lean: [Catalogue.Alpha.gap]
    uses: [1, 2]
    fidelity: special case
    fidelity_note: The proof is not finished.
  - number: 4
    kind: proposition
    title: Changed since checked
    statement: Something true.
    lean: [Catalogue.Alpha.changed]
    fidelity: worked example
    fidelity_note: A worked example only.
  - number: 5
    kind: proposition
    title: The 100% literal claim
    statement: Holds for snake_case names and 100% of inputs.
    lean: [Catalogue.Alpha.literal]
    fidelity: algebraic core
    fidelity_note: Only the algebra.
---
The catalogue's summary of alpha.
""",
    "papers/beta.md": """---
slug: beta
title: "Beta: Building On Alpha"
field: Analysis
status: Preprint
badges: [Lean]
author: Bo Beta
updated: 2025-06-01
words: 800
abstract: Beta builds on alpha's first claim.
claims:
  - number: 1
    kind: theorem
    title: Zero plus zero
    statement: $0 + 0 = 0$.
    lean: [Catalogue.Beta.base]
    uses: [alpha/1]
    fidelity: exact
    fidelity_note: Nothing is left out.
  - number: 2
    kind: corollary
    title: One is one
    statement: $1 = 1$.
    lean: [Catalogue.Beta.next]
    uses: [1]
    fidelity: exact
    fidelity_note: Nothing is left out.
---
Beta's summary.
""",
    "papers/hostile.md": """---
slug: hostile
title: Hostile <script>alert("title")</script> Paper
field: Security
status: Draft
badges: [Lean]
author: Eve <eve@example.com>
words: 66
url: javascript:alert("url")
abstract: |
  HOSTILE
claims:
  - number: 1
    kind: theorem
    title: <b>Bold</b> claim with $x$
    statement: |
      HOSTILE
    lean: [Catalogue.Hostile.evil]
    fidelity: exact
    fidelity_note: <script>alert("note")</script> a note
  - {number: 2, kind: lemma, title: Crashes, statement: crash, lean: [Catalogue.Hostile.t2], fidelity: exact, fidelity_note: n}
  - {number: 3, kind: lemma, title: Times out, statement: slow, lean: [Catalogue.Hostile.t3], fidelity: exact, fidelity_note: n}
  - {number: 4, kind: lemma, title: Goes missing, statement: gone, lean: [Catalogue.Hostile.t4], fidelity: exact, fidelity_note: n}
  - {number: 5, kind: lemma, title: No toolchain, statement: none, lean: [Catalogue.Hostile.t5], fidelity: exact, fidelity_note: n}
  - {number: 6, kind: lemma, title: Never checked, statement: later, lean: [Catalogue.Hostile.t6], uses: [beta/2], fidelity: exact, fidelity_note: n}
---
HOSTILE
""",
    "lean/Catalogue.lean": "import Catalogue.Alpha\nimport Catalogue.Beta\nimport Catalogue.Hostile\n",
    "lean/Catalogue/Alpha.lean": """namespace Catalogue.Alpha

/-- One plus one is two. -/
theorem one_add_one : 1 + 1 = 2 := rfl

theorem double (n : Nat) : 2 * n = n + n := by
  omega

theorem gap : 2 + 2 = 5 := by
  sorry

theorem changed : True := trivial

theorem literal : 100 = 100 := rfl

end Catalogue.Alpha
""",
    "lean/Catalogue/Beta.lean": """namespace Catalogue.Beta

theorem base : 0 + 0 = 0 := rfl

theorem next : 1 = 1 := rfl

end Catalogue.Beta
""",
    "lean/Catalogue/Hostile.lean": """namespace Catalogue.Hostile

/-- A docstring with <script>alert("doc")</script> in it. -/
axiom evil : False

theorem t2 : True := by
  -- <script>alert("comment")</script>
  trivial

theorem t3 : True := trivial

theorem t4 : True := trivial

theorem t5 : True := trivial

theorem t6 : True := trivial

end Catalogue.Hostile
""",
}

# (slug, number) → the runs to record, oldest first; the last one is the claim's status unless overridden.
RUNS: dict[tuple[str, int], list[ClaimStatus]] = {
    ("alpha", 1): [ClaimStatus.FAILED, ClaimStatus.VERIFIED],
    ("alpha", 2): [ClaimStatus.FAILED],
    ("alpha", 3): [ClaimStatus.USES_SORRY],
    ("alpha", 4): [ClaimStatus.VERIFIED],
    ("beta", 1): [ClaimStatus.VERIFIED],
    ("beta", 2): [ClaimStatus.VERIFIED],
    ("hostile", 1): [ClaimStatus.NONSTANDARD_AXIOMS],
    ("hostile", 2): [ClaimStatus.CRASHED],
    ("hostile", 3): [ClaimStatus.TIMED_OUT],
    ("hostile", 4): [ClaimStatus.DECLARATION_MISSING],
    ("hostile", 5): [ClaimStatus.TOOLCHAIN_UNAVAILABLE],
}
STATUS_OVERRIDE = {("alpha", 4): ClaimStatus.STALE}

EXPECTED_STATUS = {
    ("alpha", 1): ClaimStatus.VERIFIED, ("alpha", 2): ClaimStatus.FAILED, ("alpha", 3): ClaimStatus.USES_SORRY,
    ("alpha", 4): ClaimStatus.STALE, ("alpha", 5): ClaimStatus.NOT_CHECKED,
    ("beta", 1): ClaimStatus.VERIFIED, ("beta", 2): ClaimStatus.VERIFIED,
    ("hostile", 1): ClaimStatus.NONSTANDARD_AXIOMS, ("hostile", 2): ClaimStatus.CRASHED,
    ("hostile", 3): ClaimStatus.TIMED_OUT, ("hostile", 4): ClaimStatus.DECLARATION_MISSING,
    ("hostile", 5): ClaimStatus.TOOLCHAIN_UNAVAILABLE, ("hostile", 6): ClaimStatus.NOT_CHECKED,
}


def write_tree(root: Path) -> Path:
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("HOSTILE", HOSTILE_TEXT), encoding="utf-8")
    return root


def record_runs(session: Session) -> None:
    """Give every claim its status and evidence, as the verification engine would have."""
    claims = {(c.paper.slug, c.number): c for c in session.scalars(select(Claim).join(Paper))}
    step = 0
    for key, statuses in RUNS.items():
        claim = claims[key]
        for status in statuses:
            step += 1
            at = T0 + timedelta(hours=step)
            failing = status is not ClaimStatus.VERIFIED
            session.add(VerificationRun(
                claim=claim, trigger="manual", status=status, toolchain=TOOLCHAIN, started_at=at - timedelta(seconds=2),
                finished_at=at, duration_ms=1500 + step, exit_code=1 if failing else 0,
                messages=[{"severity": "error", "line": 7, "column": 2, "message": f"problem <script>alert({step})</script>"}]
                if failing else [],
                axioms=["propext", "Classical.choice"] + (["Catalogue.Hostile.evil"] if key == ("hostile", 1) else []),
            ))
            claim.last_checked_at = at
        claim.status = STATUS_OVERRIDE.get(key, statuses[-1])
        claim.status_changed_at = T0 + timedelta(hours=step)
    session.flush()
