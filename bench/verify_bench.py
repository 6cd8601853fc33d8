"""Benchmark: the verification flow's own overhead per claim, with the Lean test double (tests/leanbin).

    .venv/bin/python bench/verify_bench.py [--claims 8] [--delay 0.2]

Prints: a cached check per claim (target: well under 20 ms), a full check per claim with an instant
double (orchestration + process start-up), and a full run where each check takes --delay seconds with
--jobs 1 versus --jobs 2 (target: close to twice as fast).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=8)
    ap.add_argument("--delay", type=float, default=0.2)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.db'}"
    os.environ["CATALOGUE_ROOT"] = str(work / "project")
    os.environ["PATH"] = f"{REPO / 'tests' / 'leanbin'}{os.pathsep}{os.environ.get('PATH', '')}"

    from app.db import session_scope
    from app.migrate import upgrade
    from app.settings import get_settings
    from app.verify.batch import select_claims, verify_all
    from app.verify.toolchain import find_toolchain
    from tests.verify.conftest import index_project, write_project

    root = work / "project"
    root.mkdir()
    fast = {f"Fast{i}": f"theorem t{i} : {i} = {i} := rfl\n" for i in range(args.claims)}
    slow = {f"Slow{i}": f"theorem s{i} : {i} = {i} := by\n  -- double: delay {args.delay}\n  rfl\n" for i in range(args.claims)}
    write_project(root, {**fast, **slow}, {**{k: [f"Demo.t{i}"] for i, k in enumerate(fast)}, **{k: [f"Demo.s{i}"] for i, k in enumerate(slow)}})
    settings = get_settings()
    upgrade(settings.database_url)
    index_project(root)
    toolchain = find_toolchain(settings)
    assert toolchain is not None, "the test double was not found on PATH"
    with session_scope() as s:
        selection = select_claims(s, paper="demo")
    fast_sel = [x for x in selection if x[1][0].startswith("Catalogue.Fast")]
    slow_sel = [x for x in selection if x[1][0].startswith("Catalogue.Slow")]

    def timed(sel, **kw) -> float:
        t = time.perf_counter()
        out = verify_all(sel, settings=settings, toolchain=toolchain, **kw)
        assert len(out) == len(sel)
        return time.perf_counter() - t

    first = timed(fast_sel, force=True)
    raw = [raw_double(toolchain, root, i) for i in range(len(fast_sel))]
    full = [timed(fast_sel, force=True) / len(fast_sel) for _ in range(3)]
    cached = [timed(fast_sel) / len(fast_sel) for _ in range(5)]
    timed(slow_sel, force=True)  # build once, so both runs below only check
    one = timed(slow_sel, force=True, jobs=1)
    two = timed(slow_sel, force=True, jobs=2)

    print(f"verification flow benchmark ({len(fast_sel)} claims per set, test double, {os.cpu_count()} CPUs)")
    print(f"  cached check per claim:                 {statistics.median(cached) * 1000:7.1f} ms (median of 5 passes)")
    print(f"  full check per claim, instant double:   {statistics.median(full) * 1000:7.1f} ms (first pass with builds: {first / len(fast_sel) * 1000:.1f} ms)")
    print(f"  the same two double commands run bare:  {statistics.median(raw) * 1000:7.1f} ms "
          f"-> orchestration overhead ~{(statistics.median(full) - statistics.median(raw)) * 1000:.1f} ms per claim")
    print(f"  full run, each check {args.delay:.2f} s, --jobs 1: {one:7.2f} s")
    print(f"  full run, each check {args.delay:.2f} s, --jobs 2: {two:7.2f} s  (speed-up x{one / two:.2f})")


def raw_double(toolchain, root: Path, i: int) -> float:
    """The double's own cost for one claim (Python start-up of lake and lean), without the runner around it."""
    import subprocess

    check = root / f"Check{i}.lean"
    check.write_text(f"import Catalogue.Fast{i}\n#print axioms Demo.t{i}\n")
    t = time.perf_counter()
    subprocess.run([toolchain.lake, "build", f"Catalogue.Fast{i}"], cwd=root, capture_output=True, check=True)
    subprocess.run([toolchain.lake, "env", toolchain.lean, "--json", str(check)], cwd=root, capture_output=True, check=True)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
