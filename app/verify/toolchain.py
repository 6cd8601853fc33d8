"""Finding the real Lean 4 toolchain (`lake`, `lean`) on PATH or from settings, and its version."""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from app.settings import Settings, get_settings

INSTALL_HINT = (
    "No Lean 4 toolchain was found, so no proof can be checked here. Install it with elan "
    "(https://github.com/leanprover/elan): `curl https://elan.lean-lang.org/elan-init.sh -sSf | sh`, "
    "then run the catalogue from the repository root, where `lean-toolchain` pins the version. "
    "Or set CATALOGUE_LAKE and CATALOGUE_LEAN to the executables."
)


@dataclass(frozen=True)
class Toolchain:
    lake: str
    lean: str
    version: str  # first line of `lean --version`, e.g. "Lean (version 4.24.0, x86_64-unknown-linux-gnu, …)"


def find_toolchain(settings: Settings | None = None) -> Toolchain | None:
    """The toolchain to use, or None when `lake` or `lean` is missing or does not answer `--version`."""
    settings = settings or get_settings()
    return _find(settings.lake, settings.lean, os.environ.get("PATH", ""), str(settings.root))


@lru_cache(maxsize=8)
def _find(lake: str | None, lean: str | None, path: str, root: str = ".") -> Toolchain | None:
    # Run from the project root: elan picks the toolchain named by its `lean-toolchain` file.
    lake_exe = shutil.which(lake or "lake", path=path)
    lean_exe = shutil.which(lean or "lean", path=path)
    if not lake_exe or not lean_exe:
        return None
    try:
        done = subprocess.run(
            [lean_exe, "--version"], cwd=root if os.path.isdir(root) else None,
            capture_output=True, text=True, timeout=20, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    version = (done.stdout or "").strip().splitlines()
    if done.returncode != 0 or not version:
        return None
    return Toolchain(lake=lake_exe, lean=lean_exe, version=version[0][:300])


def forget_toolchain() -> None:
    """Look again on the next call (after installing the toolchain, or in tests that change PATH)."""
    _find.cache_clear()
