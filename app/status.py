"""A claim's status: the one definition used by the verifier, the database, the pages and the API."""
from __future__ import annotations

from enum import StrEnum


class ClaimStatus(StrEnum):
    VERIFIED = "verified"
    USES_SORRY = "uses_sorry"
    NONSTANDARD_AXIOMS = "nonstandard_axioms"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    CRASHED = "crashed"
    DECLARATION_MISSING = "declaration_missing"
    TOOLCHAIN_UNAVAILABLE = "toolchain_unavailable"
    NOT_CHECKED = "not_checked"
    STALE = "stale"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def tone(self) -> str:
        """Colour family for pages and badges: good, bad, warn or neutral."""
        return TONES[self]

    @property
    def is_failing(self) -> bool:
        """A real run found a problem with the proof (not merely: not checked)."""
        return self in FAILING


LABELS = {
    ClaimStatus.VERIFIED: "verified",
    ClaimStatus.USES_SORRY: "uses sorry",
    ClaimStatus.NONSTANDARD_AXIOMS: "non-standard axioms",
    ClaimStatus.FAILED: "failed",
    ClaimStatus.TIMED_OUT: "timed out",
    ClaimStatus.CRASHED: "crashed",
    ClaimStatus.DECLARATION_MISSING: "declaration missing",
    ClaimStatus.TOOLCHAIN_UNAVAILABLE: "toolchain unavailable",
    ClaimStatus.NOT_CHECKED: "not yet checked",
    ClaimStatus.STALE: "stale",
}

FAILING = frozenset(
    {
        ClaimStatus.USES_SORRY,
        ClaimStatus.NONSTANDARD_AXIOMS,
        ClaimStatus.FAILED,
        ClaimStatus.TIMED_OUT,
        ClaimStatus.CRASHED,
        ClaimStatus.DECLARATION_MISSING,
    }
)

TONES = {
    s: ("good" if s is ClaimStatus.VERIFIED else "bad" if s in FAILING else "warn" if s is ClaimStatus.STALE else "neutral")
    for s in ClaimStatus
}
