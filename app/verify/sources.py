"""Step 1 of the verification flow: what a claim's check depends on, as one hash (files only, no DB).

The hash covers the claim's declaration names, its modules and every project module they import, the
Lake manifest and configuration, and the pinned toolchain. With the same hash and the same `lean
--version`, a check would repeat the last one, so its result is reused unless forced.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

MANIFEST_FILES = ("lakefile.lean", "lakefile.toml", "lake-manifest.json", "lean-toolchain")
_IMPORT = re.compile(r"^\s*import\s+([^\s]+)", re.M)


def module_path(lean_dir: Path, module: str) -> Path:
    return lean_dir / (module.replace(".", "/") + ".lean")


def dependency_files(lean_dir: Path, modules: list[str]) -> list[Path]:
    """The modules' files and every project file they import, transitively (toolchain imports excluded)."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        path = module_path(lean_dir, module)
        if not path.is_file():
            continue
        seen[module] = path
        todo += _IMPORT.findall(path.read_text(encoding="utf-8", errors="replace"))
    return [seen[m] for m in sorted(seen)]


def sources_hash(root: Path, lean_dir: Path, modules: list[str], names: list[str]) -> str:
    h = hashlib.sha256()
    h.update("\0".join(names).encode())
    for path in [*(root / f for f in MANIFEST_FILES), *dependency_files(lean_dir, modules)]:
        if path.is_file():
            shown = path.resolve().relative_to(root.resolve()) if path.resolve().is_relative_to(root.resolve()) else path
            h.update(b"\0" + shown.as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()
