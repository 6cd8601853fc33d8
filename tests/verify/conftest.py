"""Fixtures for the verification flow: a small Lean project in tmp_path, indexed (the test double and the
no-toolchain fixtures are shared, in tests/conftest.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import get_settings
from tests.conftest import index_tree


# One module per scenario, so that a failing build in one never affects another.
SCENARIOS: dict[str, str] = {
    "Good": "theorem good : 1 + 1 = 2 := by decide\n",
    "Sorry": "theorem gap : 2 + 2 = 4 := by\n  sorry\n",
    "Native": "theorem fast : 3 = 3 := by native_decide\n",
    "NewNative": "theorem bv : 3 = 3 := by\n  -- double: axioms Demo.bv._native.bv_decide.ax_1_5\n  rfl\n",
    "UserAxiom": "axiom magic : 1 = 2\n\ntheorem usesMagic : 1 = 2 := by\n  -- double: axioms Demo.magic\n  exact magic\n",
    "Trust": "theorem trusted : 3 = 3 := by\n  -- double: axioms Lean.trustCompiler\n  rfl\n",
    "Broken": "theorem broken : 1 = 2 := by\n  -- double: error unsolved goals\n  decide\n",
    "Slow": "theorem slow : 1 = 1 := by\n  -- double: timeout\n  rfl\n",
    "Crash": "theorem crash : 1 = 1 := by\n  -- double: crash\n  rfl\n",
    "Garbage": "theorem garbage : 1 = 1 := by\n  -- double: check-garbage\n  rfl\n",
    "Huge": "theorem huge : 1 = 1 := by\n  -- double: huge\n  rfl\n",
    "Missing": "theorem present : 1 = 1 := rfl\n\n#exit\n\ntheorem gone : 1 = 1 := rfl\n",
    "Plain": "theorem plain : 1 = 1 := by\n  -- double: no-axioms\n  rfl\n",
    "Wrapped": (
        "theorem a_theorem_with_a_rather_long_name_so_that_the_axiom_list_wraps : 1 = 1 := by\n"
        "  -- double: axioms Demo.first_user_axiom_with_a_long_name Demo.second_user_axiom_with_a_long_name\n  rfl\n"
    ),
}
CLAIMS: dict[str, list[str]] = {
    "Good": ["Demo.good"],
    "Sorry": ["Demo.gap"],
    "Native": ["Demo.fast"],
    "NewNative": ["Demo.bv"],
    "UserAxiom": ["Demo.usesMagic"],
    "Trust": ["Demo.trusted"],
    "Broken": ["Demo.broken"],
    "Slow": ["Demo.slow"],
    "Crash": ["Demo.crash"],
    "Garbage": ["Demo.garbage"],
    "Huge": ["Demo.huge"],
    "Missing": ["Demo.gone"],
    "Plain": ["Demo.plain"],
    "Wrapped": ["Demo.a_theorem_with_a_rather_long_name_so_that_the_axiom_list_wraps"],
}


def write_project(root: Path, modules: dict[str, str], claims: dict[str, list[str]], toolchain: str = "v4.24.0") -> dict[str, int]:
    """A Lake project with one paper `demo`; returns the claim number of each scenario."""
    (root / "lean" / "Catalogue").mkdir(parents=True, exist_ok=True)
    (root / "papers").mkdir(exist_ok=True)
    (root / "lakefile.lean").write_text(
        'import Lake\nopen Lake DSL\n\npackage «demo» where\n\n@[default_target]\nlean_lib «Catalogue» where\n  srcDir := "lean"\n'
    )
    (root / "lean-toolchain").write_text(f"leanprover/lean4:{toolchain}\n")
    for name, body in modules.items():
        (root / "lean" / "Catalogue" / f"{name}.lean").write_text(f"namespace Demo\n\n{body}\nend Demo\n")
    (root / "papers" / "collection.md").write_text("---\nslug: demo_collection\ntitle: Demo\npapers:\n- demo\n---\nDemo.\n")
    numbers: dict[str, int] = {}
    entries = []
    for n, (scenario, names) in enumerate(claims.items(), 1):
        numbers[scenario] = n
        lean = "".join(f"\n  - {x}" for x in names)
        entries.append(
            f"- number: {n}\n  kind: theorem\n  title: {scenario} claim\n  statement: The {scenario} case.\n"
            f"  lean:{lean}\n  fidelity: exact\n  fidelity_note: None.\n"
        )
    (root / "papers" / "demo.md").write_text(
        "---\nslug: demo\ntitle: Demo paper\nfield: Testing\nstatus: Draft\nauthor: Test\nwords: 10\n"
        "abstract: A demo.\nclaims:\n" + "".join(entries) + "---\nSummary.\n"
    )
    return numbers


@pytest.fixture
def project(database_url, tmp_path, monkeypatch):
    """The scenario project, indexed into the test database; settings point at it. Returns (root, numbers)."""
    root = tmp_path / "project"
    root.mkdir()
    numbers = write_project(root, SCENARIOS, CLAIMS)
    monkeypatch.setenv("CATALOGUE_ROOT", str(root))
    monkeypatch.setenv("CATALOGUE_VERIFY_TIMEOUT", "3")
    get_settings.cache_clear()
    index_tree(root)
    return root, numbers
