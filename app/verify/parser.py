"""Step 3 of the verification flow: parse what the real Lean toolchain printed (pure, no I/O).

Reads `lean --json` message lines (every field order and optional field Lean has used), Lake's
human build log, and `#print axioms` answers (none / one line / wrapped list).
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

SEVERITIES = ("information", "warning", "error")
STANDARD_AXIOMS = frozenset({"propext", "Classical.choice", "Quot.sound"})
# Both texts Lean has used for the sorry warning (before and after v4.28-ish).
SORRY_TEXTS = ("declaration uses 'sorry'", "declaration uses `sorry`")

_NO_AXIOMS = re.compile(r"^'(?P<name>.+)' does not depend on any axioms\s*$", re.S)
_AXIOMS = re.compile(r"^'(?P<name>.+?)' depends on axioms:\s*\[(?P<list>[^\]]*)\]\s*$", re.S)
_LAKE_LINE = re.compile(r"^(?P<sev>info|warning|error): (?P<file>[^:\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<text>.*)$")
_LAKE_OTHER = re.compile(r"^(?:info|warning|error|trace): |^[✔✖⚠ℹ]|^\[|^Build |^Some required|^\s*$")
_UNKNOWN_CONST = re.compile(r"unknown (?:constant|identifier)", re.I)


@dataclass(frozen=True)
class Message:
    """One Lean message, normalised; `decl` is the claim declaration it falls in, if any."""

    severity: str
    text: str
    file: str = ""
    line: int = 0
    column: int = 0
    end_line: int | None = None
    kind: str = ""
    decl: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_sorry(self) -> bool:
        return self.kind == "hasSorry" or (self.severity == "warning" and self.text.strip() in SORRY_TEXTS)

    @property
    def is_unknown_constant(self) -> bool:
        return self.is_error and bool(_UNKNOWN_CONST.search(self.text))

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    def placed(self, decl: str | None) -> Message:
        return Message(**{**asdict(self), "decl": decl})


def parse_json_line(line: str) -> Message | None:
    """A `lean --json` line as a Message, or None for anything else (crash text, Lake progress, garbage)."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or obj.get("severity") not in SEVERITIES or not isinstance(obj.get("data"), str):
        return None
    pos = obj.get("pos") if isinstance(obj.get("pos"), dict) else {}
    end = obj.get("endPos") if isinstance(obj.get("endPos"), dict) else None
    kind = obj.get("kind")
    return Message(
        severity=obj["severity"],
        text=obj["data"],
        file=str(obj.get("fileName") or ""),
        line=_int(pos.get("line")),
        column=_int(pos.get("column")),
        end_line=_int(end.get("line")) if end else None,
        kind=kind if isinstance(kind, str) and kind != "[anonymous]" else "",
    )


def parse_json_output(text: str) -> list[Message]:
    return [m for m in map(parse_json_line, text.splitlines()) if m is not None]


def parse_lake_log(text: str) -> list[Message]:
    """Messages from Lake's human build log: `error: PATH:LINE:COL: text` plus unprefixed continuation lines."""
    found: list[Message] = []
    current: dict | None = None
    for raw in text.splitlines():
        m = _LAKE_LINE.match(raw)
        if m:
            if current:
                found.append(_lake_message(current))
            current = {"sev": m["sev"], "file": m["file"], "line": int(m["line"]), "col": int(m["col"]), "text": [m["text"]]}
        elif current and not _LAKE_OTHER.match(raw):
            current["text"].append(raw)
        else:
            if current:
                found.append(_lake_message(current))
            current = None
    if current:
        found.append(_lake_message(current))
    return found


def _lake_message(c: dict) -> Message:
    sev = {"info": "information"}.get(c["sev"], c["sev"])
    return Message(severity=sev, text="\n".join(c["text"]).rstrip(), file=re.sub(r"^(?:\./)+", "", c["file"]), line=c["line"], column=c["col"])


def parse_axioms(text: str) -> tuple[str, frozenset[str]] | None:
    """(declaration, axioms) from a `#print axioms` answer, or None if the text is not one."""
    text = text.strip()
    m = _NO_AXIOMS.match(text)
    if m:
        return m["name"], frozenset()
    m = _AXIOMS.match(text)
    if m:
        names = {a.strip() for a in re.split(r"[,\s]+", m["list"]) if a.strip()}
        return m["name"], frozenset(names)
    return None


def nonstandard(axioms: frozenset[str] | set[str]) -> list[str]:
    """The axioms beyond Lean's three standard ones (sorryAx, native_decide's, user axioms), sorted."""
    return sorted(a for a in axioms if a not in STANDARD_AXIOMS)


def place(messages: list[Message], file_suffix: str, ranges: dict[str, tuple[int, int]]) -> list[Message]:
    """Attach each message in file_suffix to the declaration whose line range holds its line."""
    out = []
    for m in messages:
        decl = None
        if m.file and _same_file(m.file, file_suffix):
            decl = next((n for n, (a, b) in ranges.items() if a <= m.line <= b), None)
        out.append(m.placed(decl) if decl else m)
    return out


def _same_file(reported: str, wanted: str) -> bool:
    reported, wanted = reported.replace("\\", "/"), wanted.replace("\\", "/").lstrip("./")
    return reported == wanted or reported.endswith("/" + wanted)


def _int(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


_CRASH_TEXT = re.compile(
    r"Stack overflow detected|^Aborting|Segmentation fault|^terminate called|INTERNAL PANIC|^PANIC|"
    r"^(?:uncaught exception: )?out of memory|std::bad_alloc|exited with code (?:1[3-9]\d|2\d\d)|killed by signal",
    re.M,
)


def crash_sign(exit_code: int | None, log: str) -> str | None:
    """Why a Lean/Lake process counts as crashed (abort, signal), or None.

    Only lines that are not Lean messages are read, so a message that merely mentions a crash word
    (a declaration named `panic`, say) is not mistaken for one.
    """
    if exit_code is not None and (exit_code < 0 or exit_code >= 128):
        return f"the process ended abnormally (exit code {exit_code})"
    raw = "\n".join(
        line for line in log.splitlines() if parse_json_line(line) is None and not _LAKE_LINE.match(line)
    )
    m = _CRASH_TEXT.search(raw)
    return f"Lean aborted: {m.group(0)}" if m else None
