"""Builds small content trees (papers/ + lean/) in a temporary repository for catalogue tests."""
from __future__ import annotations

from pathlib import Path

import yaml

LEAN = """\
namespace Demo.Alpha

/-- Doubling is adding a number to itself. -/
theorem double (n : Nat) : 2 * n = n + n := by
  omega

theorem double_zero : 2 * 0 = 0 + 0 := double 0

end Demo.Alpha
"""


def claim(number: int, lean: str = "Demo.Alpha.double", **extra) -> dict:
    return {
        "number": number,
        "kind": "theorem",
        "title": f"Claim number {number}",
        "statement": f"For every $n$, $2n = n + n$ (claim {number}).",
        "lean": [lean],
        "fidelity": "exact",
        "fidelity_note": "Nothing is left out.",
        **extra,
    }


def paper(slug: str, claims: list[dict] | None = None, **extra) -> dict:
    return {
        "slug": slug,
        "title": f"Paper {slug}",
        "field": "Machine Learning",
        "status": "Draft",
        "badges": ["Lean"],
        "author": "A. Author",
        "words": 1000,
        "abstract": "An abstract with $x^2$.",
        "claims": claims if claims is not None else [claim(1), claim(2, "Demo.Alpha.double_zero", uses=[1])],
        **extra,
    }


def front_matter(data: dict, body: str = "") -> str:
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n" + body + "\n"


def write_tree(root: Path, papers: list[dict] | None = None, lean: str = LEAN) -> Path:
    """Write papers/collection.md, one file per paper, and lean/Demo/Alpha.lean under root."""
    papers = papers if papers is not None else [paper("alpha"), paper("beta", [claim(1, uses=["alpha/2"])])]
    (root / "papers").mkdir(parents=True, exist_ok=True)
    (root / "lean" / "Demo").mkdir(parents=True, exist_ok=True)
    coll = {"slug": "demo", "title": "Demo collection", "subtitle": "For tests", "papers": [p["slug"] for p in papers]}
    (root / "papers" / "collection.md").write_text(front_matter(coll, "A collection for tests."))
    for p in papers:
        (root / "papers" / f"{p['slug']}.md").write_text(front_matter(p, f"Summary of {p['slug']}."))
    (root / "lean" / "Demo" / "Alpha.lean").write_text(lean)
    return root
