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

    # Verification limits: per claim check, the web re-run queue, and its guards.
    verify_timeout: float = Field(default=900.0, gt=0, description="Wall-clock seconds per claim check.")
    verify_memory_mb: int = Field(default=16384, ge=0, description="Address-space limit (RLIMIT_AS) per Lean process in MB; Lean mmaps .olean files, so keep it generous (0: none).")
    verify_cpu_seconds: int = Field(default=1800, ge=0, description="CPU-time limit per Lean process (0: none).")
    verify_log_chars: int = Field(default=200_000, ge=1000, description="Bound on the log kept per run.")
    verify_sandbox: str = Field(default="auto", pattern="^(auto|off|require)$", description="bubblewrap: auto, off, require.")
    verify_workers: int = Field(default=1, ge=1, le=16, description="Lean processes the web worker runs at once.")
    verify_queue_size: int = Field(default=20, ge=1, description="Queued re-runs before the API answers 429.")
    verify_rate_limit: int = Field(default=6, ge=1, description="Re-run requests per client per rate window.")
    verify_rate_window: float = Field(default=60.0, gt=0, description="Seconds of the per-client rate window.")
    secret_key: str | None = Field(default=None, description="Signs CSRF tokens; random per process when unset.")

    @property
    def papers_path(self) -> Path:
        return self.papers_dir or self.root / "papers"

    @property
    def lean_path(self) -> Path:
        return self.lean_dir or self.root / "lean"


@lru_cache
def get_settings() -> Settings:
    return Settings()
