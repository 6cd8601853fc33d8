"""The pure parsers: every `lean --json` variant, Lake's log, `#print axioms` forms, and the verdict."""
from __future__ import annotations

import json

from app.status import ClaimStatus
from app.verify.parser import Message, crash_sign, nonstandard, parse_axioms, parse_json_line, parse_json_output, parse_lake_log, place
from app.verify.runner import Target, check_source
from app.verify.verdict import Step, decide

OLD = '{"severity":"error","pos":{"line":1,"column":41},"kind":"[anonymous]","keepFullRange":false,"fileName":"/w/check.lean","endPos":{"line":1,"column":52},"data":"unknown identifier \'foo_bar_baz\'","caption":""}'
NEW = '{"caption":"","data":"declaration uses `sorry`","endPos":null,"fileName":"T.lean","isSilent":false,"keepFullRange":false,"kind":"hasSorry","pos":{"column":8,"line":3},"severity":"warning"}'
OLDEST = '{"severity":"warning","pos":{"line":3,"column":8},"fileName":"T.lean","data":"declaration uses \'sorry\'","caption":""}'


def test_old_field_order():
    m = parse_json_line(OLD)
    assert (m.severity, m.line, m.column, m.end_line, m.kind) == ("error", 1, 41, 1, "")
    assert m.is_error and m.is_unknown_constant and not m.is_sorry


def test_new_format_with_null_end_and_kind():
    m = parse_json_line(NEW)
    assert (m.severity, m.line, m.column, m.end_line, m.kind) == ("warning", 3, 8, None, "hasSorry")
    assert m.is_sorry


def test_oldest_format_without_optional_fields_and_old_sorry_text():
    m = parse_json_line(OLDEST)
    assert m.kind == "" and m.end_line is None and m.is_sorry


def test_non_json_lines_are_skipped():
    text = "\n".join([OLD, "Stack overflow detected. Aborting.", "{broken", '{"a": 1}', "[1, 2]", NEW])
    assert [m.line for m in parse_json_output(text)] == [1, 3]


def test_multi_line_data():
    m = parse_json_line(json.dumps({"severity": "error", "pos": {"line": 2, "column": 0}, "fileName": "x", "data": "unsolved goals\n⊢ 1 = 2"}))
    assert m.text == "unsolved goals\n⊢ 1 = 2"


def test_axioms_none_list_and_wrapped():
    assert parse_axioms("'Foo.bar' does not depend on any axioms") == ("Foo.bar", frozenset())
    assert parse_axioms("'x' depends on axioms: [propext, Classical.choice, Quot.sound]") == (
        "x", frozenset({"propext", "Classical.choice", "Quot.sound"}))
    wrapped = "'Nightstream.Protocol.encode_bijective' depends on axioms: [propext,\n sorryAx,\n Classical.choice,\n Quot.sound]"
    assert parse_axioms(wrapped) == ("Nightstream.Protocol.encode_bijective", frozenset({"propext", "sorryAx", "Classical.choice", "Quot.sound"}))
    assert parse_axioms("unsolved goals") is None


def test_nonstandard_axioms():
    assert nonstandard({"propext", "Quot.sound", "Classical.choice"}) == []
    assert nonstandard({"propext", "sorryAx", "Lean.ofReduceBool", "Lean.trustCompiler", "X._native.bv_decide.ax_1", "My.ax"}) == [
        "Lean.ofReduceBool", "Lean.trustCompiler", "My.ax", "X._native.bv_decide.ax_1", "sorryAx"]


def test_lake_log_with_continuation_lines():
    log = (
        "✖ [2/3] Building Catalogue.X\n"
        "error: ././././lean/Catalogue/X.lean:5:2: unsolved goals\n"
        "  ⊢ 1 = 2\n"
        "warning: lean/Catalogue/X.lean:9:8: declaration uses 'sorry'\n"
        "error: Lean exited with code 1\n"
        "Some required builds logged failures:\n- Catalogue.X\n"
    )
    msgs = parse_lake_log(log)
    assert [(m.severity, m.file, m.line, m.text) for m in msgs] == [
        ("error", "lean/Catalogue/X.lean", 5, "unsolved goals\n  ⊢ 1 = 2"),
        ("warning", "lean/Catalogue/X.lean", 9, "declaration uses 'sorry'"),
    ]


def test_place_by_line_range():
    msgs = [Message("error", "e", "/abs/lean/Catalogue/X.lean", 5), Message("error", "f", "lean/Catalogue/Y.lean", 5), Message("error", "g", "lean/Catalogue/X.lean", 50)]
    placed = place(msgs, "lean/Catalogue/X.lean", {"A": (1, 4), "B": (5, 9)})
    assert [m.decl for m in placed] == ["B", None, None]


def test_crash_sign():
    assert crash_sign(-9, "") and crash_sign(134, "") and crash_sign(1, "error: Lean exited with code 134")
    assert crash_sign(0, "Stack overflow detected. Aborting.")
    assert crash_sign(1, "error: Lean exited with code 1") is None
    assert crash_sign(1, "out of memory") and crash_sign(1, "INTERNAL PANIC: unreachable code")
    # Messages that only mention such words are not crashes.
    assert crash_sign(1, "error: lean/X.lean:3:4: unknown identifier 'panic_out of memory'\n  PANIC word") is None
    assert crash_sign(0, '{"severity":"error","pos":{"line":1,"column":0},"fileName":"x","data":"Stack overflow detected"}') is None


def test_check_source_lines():
    src, line_of = check_source([Target("A.b", "Catalogue.A", "lean/Catalogue/A.lean", 1, 3), Target("«weird name».c", "Catalogue.A", "f", 4, 5)])
    assert src.splitlines() == ["import Catalogue.A", "#print axioms A.b", "#print axioms «weird name».c"]
    assert line_of == {2: "A.b", 3: "«weird name».c"}


def _ok(name="build"):
    return Step(name, [], 0)


def test_verdicts():
    std = frozenset({"propext", "Quot.sound"})
    assert decide(["a"], _ok(), _ok("check"), {"a": std}).status is ClaimStatus.VERIFIED
    assert decide(["a"], _ok(), _ok("check"), {"a": std | {"sorryAx"}}).status is ClaimStatus.USES_SORRY
    v = decide(["a"], _ok(), _ok("check"), {"a": std | {"Lean.ofReduceBool"}})
    assert v.status is ClaimStatus.NONSTANDARD_AXIOMS and v.flagged_axioms == ["Lean.ofReduceBool"]
    assert decide(["a", "b"], _ok(), _ok("check"), {"a": std}).status is ClaimStatus.CRASHED
    failed = Step("build", [], 1, messages=[Message("error", "x", decl="a")])
    assert decide(["a"], failed, None, {}).status is ClaimStatus.FAILED
    assert decide(["a"], Step("build", [], 1), None, {}).status is ClaimStatus.CRASHED
    assert decide(["a"], Step("build", [], None, timed_out=True), None, {}).status is ClaimStatus.TIMED_OUT
    missing = Step("check", [], 1, messages=[Message("error", "unknown constant 'a'", decl="a")])
    assert decide(["a"], _ok(), missing, {}).status is ClaimStatus.DECLARATION_MISSING
    sorry_warn = Step("build", [], 0, messages=[Message("warning", "declaration uses 'sorry'", decl="a")])
    assert decide(["a"], sorry_warn, _ok("check"), {"a": std}).status is ClaimStatus.USES_SORRY
