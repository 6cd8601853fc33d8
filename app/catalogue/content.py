"""The content format's schema (see papers/README.md): collection, paper and claim, validated by Pydantic."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints, field_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,99}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A fully qualified Lean name: dot-separated parts, each plain or «quoted». Also what the verifier will
# write into a generated check file, so nothing that could end a name or start other syntax is allowed.
LEAN_NAME = re.compile(r"^(?:«[^»\n]+»|[^\s.«»()\[\]{}:,@\"`]+)(?:\.(?:«[^»\n]+»|[^\s.«»()\[\]{}:,@\"`]+))*$")
LeanName = Annotated[str, StringConstraints(pattern=LEAN_NAME.pattern)]

ClaimKind = Literal["theorem", "lemma", "proposition", "corollary", "definition", "refutation"]
Fidelity = Literal["exact", "algebraic core", "special case", "worked example", "refutation"]
CLAIM_REF = re.compile(r"^(?:(?P<slug>[a-z0-9][a-z0-9_-]*)/)?(?P<number>[1-9][0-9]*)$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClaimEntry(Strict):
    number: StrictInt = Field(ge=1)
    kind: ClaimKind
    title: Text
    statement: Text
    lean: list[LeanName] = Field(min_length=1)
    uses: list[StrictInt | str] = Field(default_factory=list)
    fidelity: Fidelity
    fidelity_note: Text

    @field_validator("uses")
    @classmethod
    def _refs(cls, refs: list[int | str]) -> list[int | str]:
        for ref in refs:
            if isinstance(ref, str) and not CLAIM_REF.match(ref):
                raise ValueError(f"{ref!r} is not a claim reference (a number, or paper_slug/number)")
        return refs


class PaperMeta(Strict):
    slug: Slug
    title: Text
    field: Text
    status: Text
    badges: list[Text] = Field(default_factory=list)
    author: Text
    updated: date | None = None
    words: StrictInt = Field(ge=0)
    url: str | None = None
    abstract: str = ""
    claims: list[ClaimEntry] = Field(default_factory=list)


class CollectionMeta(Strict):
    slug: Slug
    title: Text
    subtitle: str = ""
    papers: list[Slug] = Field(min_length=1)
