"""Step 1 of the catalogue flow: read papers/ (Markdown + YAML front matter) into validated content.

Pure: reads files, touches no database. Every problem is a ContentError naming file, line and field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from app.catalogue.content import CLAIM_REF, CollectionMeta, PaperMeta
from app.catalogue.errors import ContentError

COLLECTION_FILE = "collection.md"


@dataclass(frozen=True)
class Located:
    """A validated front matter with the line of every field path, for errors found after validation."""

    file: str
    lines: dict[tuple, int]

    def line(self, *path: Any) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


@dataclass(frozen=True)
class PaperDoc:
    meta: PaperMeta
    summary: str
    where: Located


@dataclass(frozen=True)
class CollectionDoc:
    meta: CollectionMeta
    description: str
    where: Located


@dataclass(frozen=True)
class ClaimRef:
    slug: str
    number: int

    def __str__(self) -> str:
        return f"{self.slug}/{self.number}"


@dataclass
class CatalogueContent:
    collection: CollectionDoc
    papers: list[PaperDoc] = field(default_factory=list)  # in collection order
    uses: dict[ClaimRef, list[ClaimRef]] = field(default_factory=dict)


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def inside(path: Path, root: Path, what: str) -> Path:
    """Refuse any path (given, or reached through a link) that leads out of the repository."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise ContentError(str(path), f"{what} is outside the repository ({root}); refusing to read it")
    return resolved


def read_text(path: Path, shown: str) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(shown, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", line=line) from None


def split_front_matter(text: str, shown: str) -> tuple[str, str, int]:
    """Return (yaml text, body, line number of the yaml's first line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ContentError(shown, "must start with a YAML front matter block opened by '---'", line=1)
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1 :]).strip(), 2
    raise ContentError(shown, "the front matter block opened on line 1 is never closed by '---'", line=1)


def _line_index(node: yaml.Node, offset: int, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + offset)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = path + (key.value,)
            out[sub] = key.start_mark.line + offset
            _line_index(value, offset, sub, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, offset, path + (i,), out)
    return out


def parse_front_matter(text: str, shown: str) -> tuple[dict, str, Located]:
    front, body, first = split_front_matter(text, shown)
    try:
        node = yaml.compose(front, Loader=yaml.SafeLoader)
        data = yaml.safe_load(front)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(shown, f"malformed YAML: {problem}", line=line) from None
    if not isinstance(data, dict):
        raise ContentError(shown, "the front matter must be a mapping of field: value", line=first)
    return data, body, Located(shown, _line_index(node, first))


def field_name(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(model: type[BaseModel], data: dict, where: Located) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in ("int", "str")))
        problem = err["msg"]
        if err["type"] == "missing":
            problem = "required field is missing"
        elif err["type"] == "extra_forbidden":
            problem = "unknown field (see papers/README.md for the fields a file may have)"
        elif "input" in err and err["type"] not in ("missing",):
            problem = f"{problem} (got {err['input']!r:.80})"
        raise ContentError(where.file, problem, line=where.line(*loc), field=field_name(loc) or None) from None


def read_catalogue(papers_dir: Path, root: Path) -> CatalogueContent:
    """Read and check the whole collection: every file, every cross-reference, no cycles."""
    shown_dir = display_path(papers_dir, root)
    papers_dir = inside(papers_dir, root, "the papers directory")
    if not papers_dir.is_dir():
        raise ContentError(shown_dir, "not a directory")
    files = sorted(p for p in papers_dir.glob("*.md") if p.name.lower() != "readme.md")
    if not files:
        raise ContentError(shown_dir, f"no content files: expected {COLLECTION_FILE} and one <slug>.md per paper")
    coll_path = papers_dir / COLLECTION_FILE
    if not coll_path.is_file():
        raise ContentError(shown_dir, f"no {COLLECTION_FILE}: the collection file is required")

    def load(path: Path) -> tuple[dict, str, Located]:
        shown = display_path(path, root)
        inside(path, root, "this file")
        return parse_front_matter(read_text(path, shown), shown)

    data, body, where = load(coll_path)
    collection = CollectionDoc(validate(CollectionMeta, data, where), body, where)

    by_slug: dict[str, PaperDoc] = {}
    for path in files:
        if path == coll_path:
            continue
        data, body, where = load(path)
        meta: PaperMeta = validate(PaperMeta, data, where)
        if meta.slug in by_slug:
            other = by_slug[meta.slug].where.file
            raise ContentError(where.file, f"duplicate paper slug {meta.slug!r} (also in {other})", line=where.line("slug"), field="slug")
        seen: dict[int, int] = {}
        for i, claim in enumerate(meta.claims):
            if claim.number in seen:
                raise ContentError(
                    where.file,
                    f"duplicate claim number {claim.number} (claims[{seen[claim.number]}] has it too)",
                    line=where.line("claims", i, "number"),
                    field=f"claims[{i}].number",
                )
            seen[claim.number] = i
        by_slug[meta.slug] = PaperDoc(meta, body, where)

    listed: set[str] = set()
    for i, slug in enumerate(collection.meta.papers):
        line = collection.where.line("papers", i)
        if slug in listed:
            raise ContentError(collection.where.file, f"paper {slug!r} is listed twice", line=line, field=f"papers[{i}]")
        if slug not in by_slug:
            raise ContentError(collection.where.file, f"no paper file has slug {slug!r}", line=line, field=f"papers[{i}]")
        listed.add(slug)
    for slug, doc in by_slug.items():
        if slug not in listed:
            raise ContentError(doc.where.file, f"paper {slug!r} is not listed in {COLLECTION_FILE}", line=doc.where.line("slug"), field="slug")

    content = CatalogueContent(collection, [by_slug[s] for s in collection.meta.papers])
    content.uses = _resolve_uses(content)
    _check_acyclic(content)
    return content


def _resolve_uses(content: CatalogueContent) -> dict[ClaimRef, list[ClaimRef]]:
    numbers = {doc.meta.slug: {c.number for c in doc.meta.claims} for doc in content.papers}
    uses: dict[ClaimRef, list[ClaimRef]] = {}
    for doc in content.papers:
        for i, claim in enumerate(doc.meta.claims):
            refs: list[ClaimRef] = []
            for j, raw in enumerate(claim.uses):
                m = CLAIM_REF.match(str(raw))
                ref = ClaimRef(m["slug"] or doc.meta.slug, int(m["number"]))
                if ref.number not in numbers.get(ref.slug, ()):
                    raise ContentError(
                        doc.where.file,
                        f"unknown claim {ref} (no such {'paper' if ref.slug not in numbers else 'claim number'})",
                        line=doc.where.line("claims", i, "uses", j),
                        field=f"claims[{i}].uses[{j}]",
                    )
                if ref == ClaimRef(doc.meta.slug, claim.number):
                    raise ContentError(doc.where.file, "a claim cannot use itself", line=doc.where.line("claims", i, "uses", j), field=f"claims[{i}].uses[{j}]")
                if ref not in refs:
                    refs.append(ref)
            uses[ClaimRef(doc.meta.slug, claim.number)] = refs
    return uses


def _check_acyclic(content: CatalogueContent) -> None:
    docs = {doc.meta.slug: doc for doc in content.papers}
    done: set[ClaimRef] = set()

    def visit(ref: ClaimRef, stack: list[ClaimRef]) -> None:
        stack = stack + [ref]
        for dep in content.uses[ref]:
            if dep in stack:
                cycle = stack[stack.index(dep) :] + [dep]
                doc = docs[ref.slug]
                i = next(k for k, c in enumerate(doc.meta.claims) if c.number == ref.number)
                raise ContentError(
                    doc.where.file,
                    "dependency cycle: " + " → ".join(str(r) for r in cycle),
                    line=doc.where.line("claims", i, "uses"),
                    field=f"claims[{i}].uses",
                )
            if dep not in done:
                visit(dep, stack)
        done.add(ref)

    for ref in content.uses:
        if ref not in done:
            visit(ref, [])
