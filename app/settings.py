"""The one place configuration is read: environment variables (prefix CATALOGUE_) and DATABASE_URL."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOGUE_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///var/catalogue.db",
        validation_alias=AliasChoices("DATABASE_URL", "CATALOGUE_DATABASE_URL"),
        description="SQLAlchemy URL; the default is an SQLite file under var/ in the working directory.",
    )
    root: Path = Field(default_factory=Path.cwd, description="Repository root: holds papers/, lean/, lakefile.lean.")
    papers_dir: Path | None = None
    lean_dir: Path | None = None

    # The real Lean toolchain; found on PATH unless given.
    lake: str | None = None
    lean: str | None = None

    @property
    def papers_path(self) -> Path:
        return self.papers_dir or self.root / "papers"

    @property
    def lean_path(self) -> Path:
        return self.lean_dir or self.root / "lean"


@lru_cache
def get_settings() -> Settings:
    return Settings()
