"""`devora projects import|rename|duplicate|ledger`: the project verbs the window has too.

Registered on the ``projects`` group of cli_common.py (cli.py imports this module at its
end), so cli.py stays a map.
"""

from __future__ import annotations

import click

from devora_desktop.cli_common import _emit_json, _text, projects, with_context


@projects.command("import")
@click.argument("path", type=click.Path(file_okay=True, dir_okay=True))
@click.option("--name", help="The project's name in Devora (default: the folder's name).")
@click.option("--commit-my-edits/--leave-my-edits", "commit_edits", default=None,
              help="Save your uncommitted changes as a \"your edits\" version before each run "
                   "(default: leave them alone; Devora's versions never include them).")
@click.option("--json", "as_json", is_flag=True)
@with_context()
def projects_import(ctx, path: str, name: str | None, commit_edits: bool | None,
                    as_json: bool) -> None:
    """Open an existing folder where it is (no copy): a git repository keeps its history and
    branch; Devora's versions become commits on it."""
    from devora_desktop.core.importer import import_folder

    report = import_folder(ctx.store, path, name, commit_edits=commit_edits)
    p = report.project
    if as_json:
        _emit_json({"project": p.model_dump(mode="json"), "folder": p.folder,
                    "branch": report.branch, "head": report.head,
                    "files": len(report.listing.files), "skipped": report.listing.skipped,
                    "notes": report.notes})
        return
    at = f" on branch {report.branch}" + (f" at {report.head[:10]}" if report.head else "")
    click.echo(_text(f"Opened {p.name} ({p.id}) in place from {p.folder}{at}: "
                     f"{len(report.listing.files)} files").plain)
    for note in report.notes:
        click.echo(_text(f"  {note}").plain)
    click.echo(f"Refine it with: devora generate \"...\" --project {p.id}")


@projects.command("rename")
@click.argument("project")
@click.argument("name")
@with_context()
def projects_rename(ctx, project: str, name: str) -> None:
    """Give a project a new name (an opened folder keeps its name on disk)."""
    p = ctx.store.projects.find(project)
    old = p.name
    renamed = ctx.store.projects.rename(p.id, name)
    click.echo(_text(f"Renamed {old} to {renamed.name}").plain)


@projects.command("duplicate")
@click.argument("project")
@click.option("--name", help="The copy's name (default: NAME copy).")
@with_context()
def projects_duplicate(ctx, project: str, name: str | None) -> None:
    """Copy a project into a new one in Devora's data folder."""
    p = ctx.store.projects.find(project)
    copy = ctx.store.projects.duplicate(p.id, name)
    click.echo(_text(f"Duplicated {p.name} as {copy.name} ({copy.id})").plain)


def delete_question(ctx, p) -> str:
    """What Delete does to this project, said before it happens (CLI and window)."""
    if p.folder:
        return (f"Remove {p.name} from Devora? Its folder {p.folder} and its git history stay "
                "as they are; only Devora's list entry, conversation and run records go.")
    return f"Delete {p.name} and its folder {ctx.store.workspace(p.id).root}?"



@projects.command("ledger")
@click.argument("project")
@click.option("--run", "run_id", help="A run id (default: the latest run).")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def projects_ledger(ctx, project: str, run_id: str | None, as_json: bool) -> None:
    """What a run sent to models: per call the agent, provider and model, tokens, the files
    whose text it carried and how many secret values were redacted first."""
    from devora_desktop.core.errors import NotFound

    p = ctx.store.projects.find(project)
    runs = ctx.store.runs.list(project_id=p.id)
    if run_id:
        runs = [r for r in runs if r.id == run_id or r.id.startswith(run_id)]
    if not runs:
        raise NotFound(f"no run of {p.name} to show", hint="`devora projects show` lists runs")
    run = runs[-1]
    if as_json:
        _emit_json({"run": run.id, "prompt": run.prompt, "calls": run.egress})
        return
    from devora_desktop.core.egress import ledger_lines

    for line in ledger_lines(run):
        click.echo(_text(line).plain)
