"""Step 1b of the catalogue flow: read Lean 4 sources under lean/ without a toolchain.

Finds every named declaration with its kind, fully qualified name, file, line range, statement (signature)
and proof text, docstring, and whether it mentions `sorry`/`admit` or is an `axiom`. It is a reader for
display and bookkeeping, not a Lean parser: only a real Lean run decides whether a proof is correct.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from app.catalogue.errors import ContentError
from app.catalogue.reader import display_path, inside, read_text

DECL_KINDS = (
    "theorem", "lemma", "def", "abbrev", "instance", "structure", "class", "inductive",
    "axiom", "opaque", "example",
)
MODIFIERS = r"(?:(?:private|protected|noncomputable|partial|unsafe|nonrec|scoped|local)\s+)*"
ATTRS = r"(?:@\[[^\]]*\]\s*)*"
IDENT_PART = r"(?:«[^»]*»|[^\s.«»()\[\]{}:,⦃⦄⟨⟩@\"]+)"
IDENT = rf"{IDENT_PART}(?:\.{IDENT_PART})*"
DECL_RE = re.compile(rf"^[ \t]*{ATTRS}{MODIFIERS}(?P<kind>{'|'.join(DECL_KINDS)})\b(?:[ \t]+(?P<name>{IDENT}))?")
COMMAND_RE = re.compile(
    rf"^[ \t]*(?:@\[|{ATTRS}{MODIFIERS}(?:{'|'.join(DECL_KINDS)})\b|(?:noncomputable[ \t]+)?section\b|namespace\b|end\b"
    r"|open\b|variable\b|universe\b|set_option\b|attribute\b|mutual\b|import\b|#[a-z_]+|macro\b|syntax\b"
    r"|macro_rules\b|notation\b|infix[lr]?\b|prefix\b|postfix\b|elab\b|deriving\b|initialize\b|export\b)"
)
SORRY_RE = re.compile(r"(?<![\w.'!?])(?:sorry|admit)(?![\w'!?])")
WHERE_RE = re.compile(r"where\b")
OPEN_IN_RE = re.compile(r"^[ \t]*(?:open|set_option)\b.*\bin[ \t]*$")


@dataclass(frozen=True)
class LeanDeclaration:
    name: str
    kind: str
    module: str
    file: str
    line_start: int  # first line, docstring and attributes included
    line_end: int
    signature: str
    proof: str
    docstring: str
    mentions_sorry: bool
    is_axiom: bool
    source_hash: str  # of the code with comments removed and white space folded: what Lean actually checks


def mask(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Blank out comments and string contents (newlines kept); return the docstrings found as (start, end, text)."""
    out = list(text)
    docs: list[tuple[int, int, str]] = []
    i, n = 0, len(text)

    def blank(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/-", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/-", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("-/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            if text.startswith("/--", i) and not text.startswith("/--/", i):
                docs.append((i, j, text[i + 3 : j - 2].strip()))
            blank(i, j)
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            blank(i + 1, min(j, n))
            i = j + 1
        else:
            i += 1
    return "".join(out), docs


def _split_statement(kind: str, body: str) -> tuple[int, int]:
    """Where the statement ends and the proof starts in (masked) declaration text: at the top-level `:=`,
    `where`, or first `|` alternative; (len, len) when there is no proof."""
    depth = 0
    opens, closes = "([{⟨⦃", ")]}⟩⦄"
    i = 0
    while i < len(body):
        c = body[i]
        if c in opens:
            depth += 1
        elif c in closes:
            depth = max(0, depth - 1)
        elif depth == 0:
            if body.startswith(":=", i):
                return i, i + 2
            if WHERE_RE.match(body, i) and (i == 0 or not (body[i - 1].isalnum() or body[i - 1] in "_'.")):
                return i, i
            if c == "|" and kind not in ("structure", "class", "inductive"):
                line_start = body.rfind("\n", 0, i) + 1
                if line_start > 0 and not body[line_start:i].strip():
                    return i, i
        i += 1
    return len(body), len(body)


def read_lean_file(path: Path, root: Path, lean_dir: Path) -> list[LeanDeclaration]:
    shown = display_path(path, root)
    text = read_text(path, shown)
    masked, docs = mask(text)
    module = ".".join(path.resolve().relative_to(lean_dir.resolve()).with_suffix("").parts)
    lines = text.split("\n")
    mlines = masked.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    doc_by_line = {}
    for start, end, doc in docs:
        doc_by_line[text.count("\n", 0, start)] = (text.count("\n", 0, end), doc)

    # A command starts where the masked line begins with a command keyword or where a docstring begins.
    starts = [k for k, ml in enumerate(mlines) if COMMAND_RE.match(ml)]
    starts = sorted(set(starts) | set(doc_by_line))

    decls: list[LeanDeclaration] = []
    scopes: list[tuple[str, list[str]]] = []  # (kind, namespace parts)
    pending_doc: tuple[int, str] | None = None  # (first line, text) of a docstring waiting for its declaration
    pending_prefix: int | None = None  # first line of attributes / `open … in` before a declaration

    for idx, k in enumerate(starts):
        nxt = starts[idx + 1] if idx + 1 < len(starts) else len(lines)
        ml = mlines[k]
        stripped = ml.strip()
        if k in doc_by_line and not stripped:
            pending_doc = (k, doc_by_line[k][1])
            continue
        if k in doc_by_line:  # docstring and code on one line (`/-- doc -/ theorem …`)
            pending_doc = (k, doc_by_line[k][1])
        words = stripped.split()
        first = words[0] if words else ""
        if first == "namespace" and len(words) > 1:
            scopes.append(("namespace", words[1].split(".")))
        elif first == "section" or words[:2] == ["noncomputable", "section"]:
            scopes.append(("section", []))
        elif first == "mutual":
            scopes.append(("mutual", []))
        elif first == "end":
            if scopes:
                scopes.pop()
        if OPEN_IN_RE.match(ml) or (stripped.startswith("@[") and not DECL_RE.match(ml)):
            if pending_prefix is None:
                pending_prefix = k
            continue
        m = DECL_RE.match(ml)
        if not m:
            pending_doc, pending_prefix = None, None
            continue
        kind, name = m["kind"], m["name"]
        end = nxt - 1
        while end > k and not lines[end].strip():
            end -= 1
        first_line = min(x for x in (k, pending_prefix, pending_doc[0] if pending_doc else None) if x is not None)
        docstring = pending_doc[1] if pending_doc else ""
        pending_doc, pending_prefix = None, None
        if not name or kind == "example" or (kind == "instance" and name.startswith(("(", "[", "{"))):
            continue
        start_col = m.start("kind")
        body_text = "\n".join([lines[k][start_col:]] + lines[k + 1 : end + 1])
        body_mask = "\n".join([mlines[k][start_col:]] + mlines[k + 1 : end + 1])
        sig_end, proof_start = _split_statement(kind, body_mask)
        sig_m, proof_m = body_mask[:sig_end], body_mask[proof_start:]
        signature = body_text[:sig_end].rstrip()
        proof = body_text[proof_start:].strip()
        if name.startswith("_root_."):
            full = name[len("_root_.") :]
        else:
            ns = [p for _, parts in scopes for p in parts]
            full = ".".join(ns + [name])
        decls.append(
            LeanDeclaration(
                name=full,
                kind=kind,
                module=module,
                file=shown,
                line_start=first_line + 1,
                line_end=end + 1,
                signature=signature,
                proof=proof,
                docstring=docstring,
                mentions_sorry=bool(SORRY_RE.search(proof_m or sig_m)),
                is_axiom=kind == "axiom",
                source_hash=hashlib.sha256(" ".join(f"{full} {sig_m} := {proof_m}".split()).encode()).hexdigest(),
            )
        )
    return decls


def read_lean_tree(lean_dir: Path, root: Path) -> dict[str, LeanDeclaration]:
    """Every named declaration under lean_dir, by fully qualified name."""
    shown_dir = display_path(lean_dir, root)
    lean_dir = inside(lean_dir, root, "the Lean directory")
    if not lean_dir.is_dir():
        raise ContentError(shown_dir, "not a directory")
    found: dict[str, LeanDeclaration] = {}
    for path in sorted(lean_dir.rglob("*.lean")):
        inside(path, root, "this Lean file")
        for decl in read_lean_file(path, root, lean_dir):
            if decl.name in found:
                other = found[decl.name]
                raise ContentError(decl.file, f"declaration {decl.name} is also declared at {other.file}:{other.line_start}", line=decl.line_start)
            found[decl.name] = decl
    return found
