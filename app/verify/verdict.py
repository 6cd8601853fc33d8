"""Step 4 of the verification flow: decide a claim's status from the parsed toolchain output (pure).

This is the one place a status is decided. `verified` needs: the module built, every declaration
answered `#print axioms`, no sorry, and only propext, Classical.choice and Quot.sound.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.status import ClaimStatus
from app.verify.parser import Message, crash_sign, nonstandard


@dataclass
class Step:
    """One toolchain process as the runner saw it."""

    name: str  # "build" or "check"
    argv: list[str]
    exit_code: int | None
    timed_out: bool = False
    cancelled: bool = False
    messages: list[Message] = field(default_factory=list)
    log: str = ""

    @property
    def crash(self) -> str | None:
        return None if self.timed_out else crash_sign(self.exit_code, self.log)


@dataclass(frozen=True)
class Verdict:
    status: ClaimStatus
    reason: str
    axioms: dict[str, list[str]]  # per declaration, sorted
    flagged_axioms: list[str]  # non-standard axioms over all declarations


def decide(decls: list[str], build: Step, check: Step | None, axioms: dict[str, frozenset[str]]) -> Verdict:
    found = {d: sorted(axioms[d]) for d in decls if d in axioms}
    flagged = sorted({a for d in found.values() for a in nonstandard(frozenset(d))})

    def v(status: ClaimStatus, reason: str) -> Verdict:
        return Verdict(status, reason, found, flagged)

    steps = [s for s in (build, check) if s is not None]
    for s in steps:
        if s.timed_out:
            return v(ClaimStatus.TIMED_OUT, f"the {s.name} step ran past the wall-clock limit and was killed")
    for s in steps:
        if s.crash:
            return v(ClaimStatus.CRASHED, f"the {s.name} step crashed: {s.crash}")
    if build.exit_code != 0:
        errors = [m for m in build.messages if m.is_error]
        if not errors:
            return v(ClaimStatus.CRASHED, f"the build failed (exit code {build.exit_code}) without any usable message")
        mine = [m for m in errors if m.decl in decls]
        where = "in this claim's declarations" if mine else "elsewhere in the module or its imports"
        return v(ClaimStatus.FAILED, f"the module does not compile: {len(errors)} error(s) {where}")
    assert check is not None
    missing = sorted({m.decl for m in check.messages if m.is_unknown_constant and m.decl})
    if missing:
        return v(ClaimStatus.DECLARATION_MISSING, "not found in the built module: " + ", ".join(missing))
    errors = [m for m in check.messages if m.is_error]
    if errors:
        return v(ClaimStatus.FAILED, f"the axiom check reported {len(errors)} error(s)")
    unanswered = [d for d in decls if d not in axioms]
    if unanswered:
        return v(ClaimStatus.CRASHED, "no usable answer from Lean for " + ", ".join(unanswered))
    sorry_decls = sorted(
        {d for d, ax in axioms.items() if d in decls and "sorryAx" in ax}
        | {m.decl for m in build.messages if m.is_sorry and m.decl in decls}
    )
    if sorry_decls:
        return v(ClaimStatus.USES_SORRY, "sorry in " + ", ".join(sorry_decls))
    if flagged:
        return v(ClaimStatus.NONSTANDARD_AXIOMS, "depends on " + ", ".join(flagged))
    return v(ClaimStatus.VERIFIED, "compiles with no sorry and only the standard axioms")
