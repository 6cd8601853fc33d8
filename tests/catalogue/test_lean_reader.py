"""The Lean source reader copes with real Lean 4 syntax."""
from __future__ import annotations

from pathlib import Path

from app.catalogue.lean_reader import mask, read_lean_tree

SOURCE = '''/-!
# Module docs
theorem inside_module_doc : 1 = 1 := rfl
-/
import Catalogue.RatLemmas

namespace Catalogue.Demo
open Nat

/-- The exponent `eN`; mentions theorem and sorry
  /- with a nested comment -/ in its text. -/
def eN (s : Rat) : Rat := 1 / (s + 1)

section Helpers
variable (a : Nat)

@[simp] private theorem «weird name» (h : a = 1) :
    a + 0 = 1 := by
  -- sorry in a line comment does not count
  /- nor /- admit -/ in a nested block comment -/
  simp [h]

/-- A gap. -/
@[simp]
protected theorem gap : 1 = 1 := by
  sorry
end Helpers

instance instInhabitedDemo : Inhabited Nat where
  default := 0

def pred' : Nat → Nat
  | 0 => 0
  | n + 1 => n

theorem _root_.top_level : 2 = 2 := rfl -- a trailing comment
axiom bold_claim : 1 = 2
structure Point where
  x : Nat
  y : Nat
open Nat in
theorem with_open (n : Nat) : n + 0 = n := by simp
theorem α₁' : "-- not a comment" = "-- not a comment" := rfl
lemma uses_admit : 3 = 3 := by admit
theorem multi_line
    (x y : Nat)
    (h : x = y) :
    y = x := h.symm
noncomputable section
abbrev Two : Nat := 2
end
namespace Inner
theorem deep : True := trivial
end Inner
end Catalogue.Demo
theorem after_namespace : 2 = 2 := rfl
'''


def read(tmp_path: Path, text: str = SOURCE):
    lean = tmp_path / "lean" / "Catalogue"
    lean.mkdir(parents=True)
    (lean / "Demo.lean").write_text(text)
    return read_lean_tree(tmp_path / "lean", tmp_path)


def test_finds_every_named_declaration_with_full_names(tmp_path):
    decls = read(tmp_path)
    assert set(decls) == {
        "Catalogue.Demo.eN",
        "Catalogue.Demo.«weird name»",
        "Catalogue.Demo.gap",
        "Catalogue.Demo.instInhabitedDemo",
        "Catalogue.Demo.pred'",
        "top_level",
        "Catalogue.Demo.bold_claim",
        "Catalogue.Demo.Point",
        "Catalogue.Demo.with_open",
        "Catalogue.Demo.α₁'",
        "Catalogue.Demo.uses_admit",
        "Catalogue.Demo.multi_line",
        "Catalogue.Demo.Two",
        "Catalogue.Demo.Inner.deep",
        "after_namespace",
    }


def test_kinds_module_file_and_lines(tmp_path):
    decls = read(tmp_path)
    en = decls["Catalogue.Demo.eN"]
    assert (en.kind, en.module, en.file) == ("def", "Catalogue.Demo", "lean/Catalogue/Demo.lean")
    lines = SOURCE.splitlines()
    assert lines[en.line_start - 1].startswith("/-- The exponent")
    assert lines[en.line_end - 1].startswith("def eN")
    weird = decls["Catalogue.Demo.«weird name»"]
    assert lines[weird.line_start - 1].startswith("@[simp] private theorem")
    assert lines[weird.line_end - 1].strip() == "simp [h]"
    assert decls["Catalogue.Demo.Two"].kind == "abbrev"
    assert decls["Catalogue.Demo.uses_admit"].kind == "lemma"
    assert decls["Catalogue.Demo.Point"].kind == "structure"


def test_docstrings(tmp_path):
    decls = read(tmp_path)
    assert decls["Catalogue.Demo.eN"].docstring.startswith("The exponent `eN`")
    assert "nested comment" in decls["Catalogue.Demo.eN"].docstring
    assert decls["Catalogue.Demo.gap"].docstring == "A gap."
    assert decls["Catalogue.Demo.with_open"].docstring == ""


def test_statement_and_proof_split(tmp_path):
    decls = read(tmp_path)
    ml = decls["Catalogue.Demo.multi_line"]
    assert ml.signature == "theorem multi_line\n    (x y : Nat)\n    (h : x = y) :\n    y = x"
    assert ml.proof == "h.symm"
    assert decls["Catalogue.Demo.eN"].signature == "def eN (s : Rat) : Rat"
    inst = decls["Catalogue.Demo.instInhabitedDemo"]
    assert inst.signature == "instance instInhabitedDemo : Inhabited Nat" and inst.proof.startswith("where")
    pred = decls["Catalogue.Demo.pred'"]
    assert pred.signature == "def pred' : Nat → Nat" and pred.proof.startswith("| 0 => 0")
    assert decls["Catalogue.Demo.α₁'"].proof == "rfl"
    assert decls["top_level"].proof == "rfl -- a trailing comment"  # the source as written


def test_sorry_admit_and_axiom_flags(tmp_path):
    decls = read(tmp_path)
    assert decls["Catalogue.Demo.gap"].mentions_sorry
    assert decls["Catalogue.Demo.uses_admit"].mentions_sorry
    assert not decls["Catalogue.Demo.«weird name»"].mentions_sorry  # only in comments
    assert not decls["Catalogue.Demo.eN"].mentions_sorry  # only in its docstring
    assert decls["Catalogue.Demo.bold_claim"].is_axiom
    assert not decls["Catalogue.Demo.eN"].is_axiom


def test_source_hash_changes_with_proof_only(tmp_path):
    a = read(tmp_path)["Catalogue.Demo.multi_line"].source_hash
    other = tmp_path / "b"
    b = read(other, SOURCE.replace("y = x := h.symm", "y = x := by omega"))["Catalogue.Demo.multi_line"].source_hash
    c = read(tmp_path / "c", SOURCE.replace("-- sorry in a line comment", "-- a changed comment"))
    assert a != b
    assert c["Catalogue.Demo.multi_line"].source_hash == a


def test_mask_keeps_newlines_and_blanks_comments():
    masked, docs = mask('a -- x\n/- b\n/- c -/ -/ "s--t" d')
    assert masked.count("\n") == 2
    assert "x" not in masked and "b" not in masked and "s--t" not in masked
    assert masked.endswith(" d")
    assert docs == []
