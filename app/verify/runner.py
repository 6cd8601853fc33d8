"""Step 2 of the verification flow: check one claim with the real Lean toolchain. Knows nothing of the database.

1. `lake build MODULE` builds the claim's module (and what it imports) with the project's own Lake setup.
   If the build fails, `lake env lean --json FILE` re-elaborates the module for structured messages.
2. A generated check file imports the module and runs `#print axioms` on each declaration, with
   `lake env lean --json CHECK`. Messages are mapped to declarations by line range.
"""
from __future__ import annotations

import re
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.catalogue.content import LEAN_NAME
from app.status import ClaimStatus
from app.verify import process
from app.verify.parser import Message, parse_axioms, parse_json_line, parse_lake_log, place
from app.verify.process import Limits
from app.verify.toolchain import INSTALL_HINT, Toolchain
from app.verify.verdict import Step, Verdict, decide

# Names and modules come from our own indexed sources; refuse anything that is not a plain Lean name.
_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_']*(?:\.[A-Za-z_][A-Za-z0-9_']*)*$")


@dataclass(frozen=True)
class Target:
    """One declaration of a claim, as the indexer found it."""

    name: str
    module: str
    file: str  # relative to the project root, e.g. lean/Catalogue/ScalingLaws.lean
    line_start: int
    line_end: int


@dataclass
class RunResult:
    status: ClaimStatus
    reason: str
    toolchain: str
    exit_code: int | None
    sandboxed: bool
    started: float  # time.time()
    seconds: float
    messages: list[Message] = field(default_factory=list)
    axioms: dict[str, list[str]] = field(default_factory=dict)
    flagged_axioms: list[str] = field(default_factory=list)
    log: str = ""
    cancelled: bool = False


def unavailable(now: float | None = None) -> RunResult:
    """The result when no toolchain is installed: says so, and claims no check happened."""
    return RunResult(ClaimStatus.TOOLCHAIN_UNAVAILABLE, INSTALL_HINT, "", None, False, now or time.time(), 0.0)


def check_claim(
    toolchain: Toolchain | None,
    root: Path,
    targets: list[Target],
    limits: Limits,
    *,
    on_line: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> RunResult:
    """Build the targets' modules and `#print axioms` each target; the parsed outcome."""
    if toolchain is None:
        return unavailable()
    root = root.resolve()
    for t in targets:
        if not LEAN_NAME.match(t.name) or not _MODULE.match(t.module):
            raise ValueError(f"refusing to check a malformed Lean name: {t.name!r} in {t.module!r}")
        if not t.file.endswith(".lean") or not (root / t.file).resolve().is_relative_to(root):
            raise ValueError(f"refusing to check a file outside the project: {t.file!r}")
    started, t0 = time.time(), time.monotonic()
    sandboxed = _sandbox(limits) is not None
    say = on_line or (lambda _line: None)
    log_parts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="catalogue-check-") as scratch:
        scratch_dir = Path(scratch)
        env = process.clean_env({"TMPDIR": scratch})

        def run(name: str, argv: list[str]) -> tuple[Step, list[str]]:
            remaining = limits.wall_seconds - (time.monotonic() - t0)
            say(f"$ {' '.join(argv)}\n")
            done = process.run(
                wrap(argv, root, limits, env, scratch_dir), cwd=root, env=env, on_line=say, cancel=cancel,
                limits=Limits(**{**limits.__dict__, "wall_seconds": max(remaining, 0.1)}),
            )
            log_parts.append(f"$ {' '.join(argv)}\n{done.log}")
            if done.exit_code is not None:
                log_parts.append(f"[exit code {done.exit_code}]\n")
            elif done.timed_out or done.cancelled:
                why = "cancelled" if done.cancelled else f"wall-clock limit of {limits.wall_seconds:g} s reached"
                log_parts.append(f"[killed with its process group: {why}]\n")
                say(f"[killed with its process group: {why}]\n")
            step = Step(name, argv, done.exit_code, done.timed_out or done.cancelled, done.cancelled, log=done.log)
            return step, done.lines

        modules = sorted({t.module for t in targets})
        build, lines = run("build", [toolchain.lake, "build", *modules])
        text = "".join(lines)
        build.messages = parse_lake_log(text) + _json_messages(lines)
        check: Step | None = None
        answers: dict[str, frozenset[str]] = {}
        if build.exit_code not in (0, None) and not build.crash:
            # The build failed: ask Lean itself for structured messages on each module file.
            for f in sorted({t.file for t in targets}):
                again, more = run("build", [toolchain.lake, "env", toolchain.lean, "--json", f])
                build.messages += _json_messages(more)
                if again.timed_out:
                    build.timed_out = True
                    break
        elif build.exit_code == 0:
            check_file = scratch_dir / "Check.lean"
            source, line_of = check_source(targets)
            check_file.write_text(source, encoding="utf-8")
            check, lines = run("check", [toolchain.lake, "env", toolchain.lean, "--json", str(check_file)])
            check.messages = [m.placed(line_of.get(m.line)) for m in _json_messages(lines)]
            for m in check.messages:
                got = parse_axioms(m.text) if m.severity == "information" else None
                if got and m.decl and got[0] == m.decl:
                    answers[m.decl] = got[1]
        build.messages = _place_all(_unique(build.messages), targets)
    verdict: Verdict = decide([t.name for t in targets], build, check, answers)
    last = check or build
    cancelled = build.cancelled or bool(check and check.cancelled)
    return RunResult(
        status=verdict.status,
        reason="cancelled before the check finished" if cancelled else verdict.reason,
        toolchain=toolchain.version,
        exit_code=last.exit_code,
        sandboxed=sandboxed,
        started=started,
        seconds=time.monotonic() - t0,
        messages=build.messages + (check.messages if check else []),
        axioms=verdict.axioms,
        flagged_axioms=verdict.flagged_axioms,
        log="".join(log_parts)[-limits.log_chars:],
        cancelled=cancelled,
    )


def prebuild(toolchain: Toolchain, root: Path, modules: list[str], limits: Limits) -> int | None:
    """One `lake build` of many modules before parallel checks, so that two Lake processes never build a
    shared import at the same time; each claim's own build then only replays. Returns the exit code."""
    if not modules or not all(_MODULE.match(m) for m in modules):
        return None
    root = root.resolve()
    env = process.clean_env()
    done = process.run(wrap([toolchain.lake, "build", *sorted(modules)], root, limits, env), cwd=root, limits=limits, env=env)
    return done.exit_code


def _sandbox(limits: Limits) -> str | None:
    bwrap = process.bubblewrap() if limits.sandbox != "off" else None
    if limits.sandbox == "require" and not bwrap:
        raise RuntimeError("bubblewrap (bwrap) is required by CATALOGUE_VERIFY_SANDBOX=require but is not installed")
    return bwrap


def wrap(argv: list[str], root: Path, limits: Limits, env: dict[str, str], scratch: Path | None = None) -> list[str]:
    """argv under the resource limits and, when bubblewrap is installed, inside its sandbox."""
    full = process.limit_argv(limits)
    bwrap = _sandbox(limits)
    if bwrap:
        (root / ".lake").mkdir(exist_ok=True)
        full += process.sandbox_argv(bwrap, root, [root / ".lake"] + ([scratch] if scratch else []), env)
    return full + argv


def check_source(targets: list[Target]) -> tuple[str, dict[int, str]]:
    """The generated check file and, for each `#print axioms` line, the declaration it asks about."""
    lines = [f"import {m}" for m in sorted({t.module for t in targets})]
    line_of: dict[int, str] = {}
    for t in targets:
        lines.append(f"#print axioms {t.name}")
        line_of[len(lines)] = t.name
    return "\n".join(lines) + "\n", line_of


def _json_messages(lines: list[str]) -> list[Message]:
    return [m for m in map(parse_json_line, lines) if m is not None]


def _unique(messages: list[Message]) -> list[Message]:
    """Lake's log and Lean's JSON can report the same message: keep the first of each, JSON preferred."""
    seen: set[tuple] = set()
    out = []
    for m in sorted(messages, key=lambda m: 0 if m.kind or m.end_line is not None else 1):
        key = (m.severity, m.line, m.column, m.text.strip(), Path(m.file).name)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _place_all(messages: list[Message], targets: list[Target]) -> list[Message]:
    for f in {t.file for t in targets}:
        ranges = {t.name: (t.line_start, t.line_end) for t in targets if t.file == f}
        messages = place(messages, f, ranges)
    return messages
