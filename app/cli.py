"""The `catalogue` command: index the content, manage the database, serve the site."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from app.settings import get_settings

cli = typer.Typer(
    help="Theorem Catalogue: research papers and their formal claims, checked by the real Lean 4 toolchain.",
    no_args_is_help=True,
    add_completion=False,
)
db_cli = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
out = Console()
err = Console(stderr=True)


@db_cli.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Apply migrations to the database named by DATABASE_URL (default: SQLite under var/)."""
    from app.migrate import upgrade

    url = get_settings().database_url
    upgrade(url, revision)
    out.print(f"Database at {_safe_url(url)} is at revision {revision}.")


@cli.command("index")
def index_cmd(
    papers: Annotated[Path | None, typer.Option(help="Content directory (default: papers/).")] = None,
    lean: Annotated[Path | None, typer.Option(help="Lean sources directory (default: lean/).")] = None,
) -> None:
    """Read papers/ and lean/ and load them into the database in one transaction.

    On any bad input nothing is written: the error names the file, line, field and problem.
    """
    from app.catalogue.errors import ContentError
    from app.catalogue.indexer import index, read_sources
    from app.db import session_scope
    from app.migrate import upgrade

    settings = get_settings()
    root = settings.root
    try:
        content, decls = read_sources(papers or settings.papers_path, lean or settings.lean_path, root)
    except ContentError as exc:
        err.print(f"[bold red]error[/]: {exc}", highlight=False, markup=True)
        err.print("Nothing was written; the database is unchanged.")
        raise typer.Exit(1) from None
    upgrade(settings.database_url)
    with session_scope() as session:
        report = index(session, content, decls)
    out.print(f"Indexed {report.papers} papers and {report.claims} claims.")
    for label, items in (("added", report.added), ("removed", report.removed), ("now stale", report.stale)):
        if items:
            out.print(f"  {len(items)} {label}: {', '.join(items)}", highlight=False)
    if report.flagged:
        out.print(f"  [yellow]{len(report.flagged)} flagged[/] (sorry, admit or axiom in the source): {', '.join(report.flagged)}", highlight=False)


@cli.command("verify")
def verify_cmd(
    paper: Annotated[str | None, typer.Option(help="Only this paper's claims (its slug).")] = None,
    claim: Annotated[str | None, typer.Option(help="Only this claim: PAPER_SLUG/NUMBER.")] = None,
    force: Annotated[bool, typer.Option(help="Re-check even when sources, toolchain and manifest are unchanged.")] = False,
    jobs: Annotated[int, typer.Option(min=1, max=64, help="Modules checked in parallel.")] = 1,
) -> None:
    """Check claims with the real Lean toolchain and record the evidence.

    Exits non-zero unless every selected claim is verified.
    """
    from app.verify.cli import run_verify

    raise typer.Exit(run_verify(paper=paper, claim=claim, force=force, jobs=jobs, out=out, err=err))


@cli.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the catalogue's pages and JSON API."""
    import uvicorn

    from app.migrate import upgrade

    upgrade(get_settings().database_url)
    out.print(f"Serving the catalogue on http://{host}:{port}/")
    uvicorn.run("app.web.app:create_app", factory=True, host=host, port=port, log_level="info")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main() -> None:
    cli()
