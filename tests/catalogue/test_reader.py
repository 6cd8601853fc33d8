"""The content reader: valid trees read; every kind of bad input names file, line and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.catalogue.errors import ContentError
from app.catalogue.indexer import read_sources
from app.catalogue.reader import read_catalogue
from tests.catalogue.tree import claim, front_matter, paper, write_tree

REPO = Path(__file__).resolve().parents[2]


def read(root: Path):
    return read_sources(root / "papers", root / "lean", root)


def error_of(root: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        read(root)
    return info.value


def test_shipped_collection_reads_in_collection_order():
    content = read_catalogue(REPO / "papers", REPO)
    assert content.collection.meta.title == "AI: Safety, Scaling, Interpretability"
    assert len(content.papers) == 8
    assert content.papers[0].meta.slug == "ml_scaling_laws"
    assert content.papers[0].meta.badges == ["Lean", "Flagship"]


def test_valid_tree_resolves_uses_across_papers(tmp_path):
    content, decls = read(write_tree(tmp_path))
    refs = {str(k): [str(v) for v in vs] for k, vs in content.uses.items()}
    assert refs == {"alpha/1": [], "alpha/2": ["alpha/1"], "beta/1": ["alpha/2"]}
    assert "Demo.Alpha.double" in decls


def test_malformed_yaml_names_line(tmp_path):
    write_tree(tmp_path)
    path = tmp_path / "papers" / "alpha.md"
    path.write_text("---\nslug: alpha\ntitle: [unclosed\nfield: x\n---\n")
    err = error_of(tmp_path)
    assert err.file == "papers/alpha.md"
    assert "malformed YAML" in err.problem
    assert err.line is not None and err.line >= 3


def test_unclosed_front_matter(tmp_path):
    write_tree(tmp_path)
    (tmp_path / "papers" / "alpha.md").write_text("---\nslug: alpha\n")
    err = error_of(tmp_path)
    assert (err.file, err.line) == ("papers/alpha.md", 1)
    assert "never closed" in err.problem


def test_missing_required_field(tmp_path):
    p = paper("alpha")
    del p["author"]
    write_tree(tmp_path, [p])
    err = error_of(tmp_path)
    assert err.field == "author"
    assert err.problem == "required field is missing"
    assert str(err).startswith("papers/alpha.md:")


def test_missing_field_in_claim_points_at_the_claim(tmp_path):
    c = claim(1)
    del c["fidelity_note"]
    write_tree(tmp_path, [paper("alpha", [c])])
    err = error_of(tmp_path)
    assert err.field == "claims[0].fidelity_note"
    text = (tmp_path / "papers" / "alpha.md").read_text().splitlines()
    assert text[err.line - 1].lstrip().startswith("- number: 1")


def test_wrong_type(tmp_path):
    write_tree(tmp_path, [paper("alpha", words="many")])
    err = error_of(tmp_path)
    assert err.field == "words"
    assert "'many'" in err.problem
    lines = (tmp_path / "papers" / "alpha.md").read_text().splitlines()
    assert lines[err.line - 1].startswith("words:")


def test_wrong_type_inside_claim(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim("three")])])
    err = error_of(tmp_path)
    assert err.field == "claims[0].number"


def test_unknown_field_is_rejected(tmp_path):
    write_tree(tmp_path, [paper("alpha", abstarct="typo")])
    err = error_of(tmp_path)
    assert err.field == "abstarct"
    assert "unknown field" in err.problem


def test_bad_enum_value(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1, fidelity="roughly")])])
    assert error_of(tmp_path).field == "claims[0].fidelity"


def test_duplicate_paper_slug(tmp_path):
    write_tree(tmp_path)
    (tmp_path / "papers" / "alpha_copy.md").write_text(front_matter(paper("alpha")))
    err = error_of(tmp_path)
    assert err.field == "slug"
    assert "duplicate paper slug 'alpha'" in err.problem
    assert err.line == 2


def test_paper_listed_twice_in_collection(tmp_path):
    write_tree(tmp_path)
    coll = tmp_path / "papers" / "collection.md"
    coll.write_text(coll.read_text().replace("- beta", "- beta\n- alpha"))
    err = error_of(tmp_path)
    assert err.file == "papers/collection.md" and err.field == "papers[2]"
    assert "listed twice" in err.problem


def test_duplicate_claim_number(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1), claim(1)])])
    err = error_of(tmp_path)
    assert err.field == "claims[1].number"
    assert "duplicate claim number 1" in err.problem


def test_unknown_uses_target(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1, uses=["ghost/3"])])])
    err = error_of(tmp_path)
    assert err.field == "claims[0].uses[0]"
    assert "unknown claim ghost/3" in err.problem


def test_unknown_uses_number_in_same_paper(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1, uses=[7])])])
    assert "unknown claim alpha/7" in error_of(tmp_path).problem


def test_dependency_cycle_across_papers(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1, uses=["beta/1"])]), paper("beta", [claim(1, uses=["alpha/1"])])])
    err = error_of(tmp_path)
    assert "dependency cycle" in err.problem
    assert "alpha/1" in err.problem and "beta/1" in err.problem
    assert err.field.endswith(".uses")


def test_missing_lean_declaration(tmp_path):
    write_tree(tmp_path, [paper("alpha", [claim(1, lean="Demo.Alpha.nonexistent")])])
    err = error_of(tmp_path)
    assert err.field == "claims[0].lean[0]"
    assert "Demo.Alpha.nonexistent not found" in err.problem
    lines = (tmp_path / "papers" / "alpha.md").read_text().splitlines()
    assert "Demo.Alpha.nonexistent" in lines[err.line - 1]


def test_non_utf8_file(tmp_path):
    write_tree(tmp_path)
    path = tmp_path / "papers" / "alpha.md"
    path.write_bytes(path.read_bytes().replace(b"A. Author", b"A. Auth\xe9r"))
    err = error_of(tmp_path)
    assert "not valid UTF-8" in err.problem
    assert path.read_bytes().splitlines()[err.line - 1].startswith(b"author:")


def test_non_utf8_lean_file(tmp_path):
    write_tree(tmp_path)
    (tmp_path / "lean" / "Demo" / "Bad.lean").write_bytes(b"-- caf\xe9\n")
    err = error_of(tmp_path)
    assert err.file == "lean/Demo/Bad.lean" and err.line == 1


def test_empty_directory(tmp_path):
    (tmp_path / "papers").mkdir()
    (tmp_path / "lean").mkdir()
    err = error_of(tmp_path)
    assert err.file == "papers" and "no content files" in err.problem


def test_missing_collection_file(tmp_path):
    write_tree(tmp_path)
    (tmp_path / "papers" / "collection.md").unlink()
    assert "no collection.md" in error_of(tmp_path).problem


def test_paper_not_listed_in_collection(tmp_path):
    write_tree(tmp_path)
    (tmp_path / "papers" / "gamma.md").write_text(front_matter(paper("gamma", [])))
    err = error_of(tmp_path)
    assert err.file == "papers/gamma.md" and "not listed" in err.problem


def test_papers_dir_outside_repository(tmp_path):
    repo = write_tree(tmp_path / "repo")
    outside = write_tree(tmp_path / "elsewhere")
    with pytest.raises(ContentError) as info:
        read_sources(outside / "papers", repo / "lean", repo)
    assert "outside the repository" in info.value.problem


def test_dotdot_path_escaping_repository(tmp_path):
    repo = write_tree(tmp_path / "repo")
    write_tree(tmp_path / "other")
    with pytest.raises(ContentError) as info:
        read_sources(repo / ".." / "other" / "papers", repo / "lean", repo)
    assert "outside the repository" in info.value.problem


def test_symlinked_file_escaping_repository(tmp_path):
    repo = write_tree(tmp_path / "repo")
    secret = tmp_path / "secret.md"
    secret.write_text(front_matter(paper("gamma", [])))
    (repo / "papers" / "gamma.md").symlink_to(secret)
    with pytest.raises(ContentError) as info:
        read(repo)
    assert "outside the repository" in info.value.problem


def test_sorry_declaration_is_read_and_flagged(tmp_path):
    lean = "namespace Demo.Alpha\ntheorem double (n : Nat) : 2 * n = n + n := by\n  sorry\ntheorem double_zero : 2 * 0 = 0 := rfl\nend Demo.Alpha\n"
    _, decls = read(write_tree(tmp_path, lean=lean))
    assert decls["Demo.Alpha.double"].mentions_sorry
    assert not decls["Demo.Alpha.double_zero"].mentions_sorry
