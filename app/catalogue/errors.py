"""The one error type of the catalogue flow: what is wrong, in which file, at which line, in which field."""
from __future__ import annotations


class ContentError(Exception):
    def __init__(self, file: str, problem: str, *, line: int | None = None, field: str | None = None):
        self.file, self.problem, self.line, self.field = file, problem, line, field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.field}: {self.problem}" if self.field else f"{where}: {self.problem}"
