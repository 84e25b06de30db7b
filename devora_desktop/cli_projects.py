"""`devora projects import|rename|duplicate|ledger|trash|purge`: project verbs the window has too.

Registered on the ``projects`` group of cli_common.py (cli.py imports this module at its
end), so cli.py stays a map.
"""

from __future__ import annotations

import click

from devora_desktop.cli_common import (
    _emit_json,
    _fmt_time,
    _text,
    print_table,
    projects,
    with_context,
)
from devora_desktop.core.words import plural


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
                     f"{plural(len(report.listing.files), 'file')}").plain)
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
    return (f"Delete {p.name} and its folder {ctx.store.workspace(p.id).root}? (Devora's "
            "trash keeps it for a week: `devora projects restore` brings it back)")


@projects.command("trash")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@with_context(read_only=True)
def projects_trash(ctx, as_json: bool) -> None:
    """The deleted projects Devora's trash keeps (a week each), the latest first; `devora
    projects restore ID` brings one back."""
    items = ctx.store.projects.trashed()
    if as_json:
        _emit_json([{"id": t.project.id, "name": t.project.name, "label": t.label,
                     "folder": t.project.folder, "deleted_at": t.deleted_at.isoformat(),
                     "kept_until": t.kept_until.isoformat()} for t in items])
        return
    if not items:
        click.echo("The trash is empty: no project was deleted in the last week")
        return
    print_table(("ID", "NAME", "DELETED", "KEPT UNTIL"),
                [(t.project.id, _text(t.label), _fmt_time(t.deleted_at),
                  _fmt_time(t.kept_until)) for t in items])
    click.echo(f"Bring one back with: devora projects restore {items[0].project.id}")


@projects.command("purge")
@click.argument("project")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_context()
def projects_purge(ctx, project: str, yes: bool) -> None:
    """Delete a deleted PROJECT from the trash now, for good (the window's Delete now)."""
    import sys

    from devora_desktop.core.errors import DevoraError

    gone = ctx.store.projects.find_trashed(project)
    if not yes:
        if not sys.stdin.isatty():
            raise DevoraError("refusing to delete for good without confirmation",
                              hint="pass --yes")
        click.confirm(_text(f"Delete {gone.label} for good? Nothing can bring it back").plain,
                      abort=True)
    ctx.store.projects.purge(gone.token)
    click.echo(_text(f"Deleted {gone.label} for good").plain)


def restore_deleted(ctx, ref: str) -> None:
    """`devora projects restore PROJECT` without a version: a deleted project, back."""
    from devora_desktop.cli_common import _err
    from devora_desktop.core.errors import DevoraError, NotFound

    try:
        gone = ctx.store.projects.find_trashed(ref)
    except NotFound:
        try:
            live = ctx.store.projects.find(ref)
        except NotFound:
            live = None
        if live is None:
            raise
        raise DevoraError(f"{live.name} is not deleted: say which version to bring back",
                          hint=f"`devora projects history {live.id}` lists them; `devora "
                               f"projects restore {live.id} v1` brings one back") from None
    project = ctx.store.projects.undelete(gone.token)
    twins = [p for p in ctx.store.projects.list() if p.name == project.name]
    click.echo(_text(f"Brought back {project.name} ({project.id})").plain)
    if len(twins) > 1:
        _err(f"note: {len(twins)} projects are now named {project.name!r}; "
             f"`devora projects rename {project.id} NEW-NAME` tells them apart")



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
        from devora_desktop.core.egress import sent_prompt

        _emit_json({"run": run.id, "prompt": sent_prompt(run.prompt), "calls": run.egress})
        return
    from devora_desktop.core.egress import ledger_lines

    for line in ledger_lines(run):
        click.echo(_text(line).plain)


def _github_token(ctx) -> str | None:
    import os

    return os.environ.get("DEVORA_GITHUB_TOKEN") or ctx.secrets.get("github")


@projects.command("clone")
@click.argument("url")
@click.option("--into", "into", type=click.Path(), help="Folder to clone into "
              "(default: the repository's name in the current folder).")
@click.option("--name", help="The project's name in Devora.")
@with_context()
def projects_clone(ctx, url: str, into: str | None, name: str | None) -> None:
    """Clone a git repository (public, or private with the stored GitHub token) and open it."""
    from pathlib import Path

    from devora_desktop.core.gitsync import clone
    from devora_desktop.core.importer import import_folder

    target = Path(into) if into else Path.cwd() / url.rstrip("/").rsplit("/", 1)[-1] \
        .removesuffix(".git")
    clone(url, target, _github_token(ctx))
    report = import_folder(ctx.store, target, name)
    click.echo(_text(f"Cloned {url} into {target} and opened it as {report.project.name} "
                     f"({report.project.id}): {plural(len(report.listing.files), 'file')}").plain)


@projects.command("pull")
@click.argument("project")
@with_context()
def projects_pull(ctx, project: str) -> None:
    """Fast-forward an opened folder's branch from its remote (never a merge; on divergence or
    over your uncommitted changes nothing changes and it says why)."""
    from devora_desktop.core.errors import DevoraError
    from devora_desktop.core.gitsync import pull

    p = ctx.store.projects.find(project)
    if not p.folder:
        raise DevoraError(f"{p.name} lives in Devora's data folder and has no remote",
                          hint="export it to GitHub, or clone a repository to pull from")
    result = pull(ctx.store.workspace(p.id).root, _github_token(ctx))
    click.echo(_text(f"{p.name}: {result.message}").plain)


@projects.command("push")
@click.argument("project")
@click.option("--branch", required=True, help="The remote branch to push to (never forced).")
@click.option("--pr", "open_pr", is_flag=True, help="Also open a GitHub pull request.")
@click.option("--base", default="main", show_default=True, help="The pull request's base.")
@click.option("--title", help="The pull request's title (default: the last version's).")
@click.option("--repo", "full_name", help="OWNER/NAME on GitHub (default: from the remote).")
@click.option("--api-url", hidden=True, help="GitHub API base (tests, GitHub Enterprise).")
@with_context()
def projects_push(ctx, project: str, branch: str, open_pr: bool, base: str,
                  title: str | None, full_name: str | None, api_url: str | None) -> None:
    """Push an opened folder's branch to its remote, and optionally open a pull request."""
    import re

    from devora_desktop.core.errors import DevoraError
    from devora_desktop.core.gitsync import push

    p = ctx.store.projects.find(project)
    if not p.folder:
        raise DevoraError(f"{p.name} has no remote", hint="`devora export github` publishes it")
    ws = ctx.store.workspace(p.id)
    token = _github_token(ctx)
    head = push(ws.root, branch, token)
    click.echo(f"Pushed {head[:10]} to origin/{branch}")
    if not open_pr:
        return
    if full_name is None:
        from dulwich.repo import Repo

        with Repo(str(ws.root)) as repo:
            origin = repo.get_config().get((b"remote", b"origin"), b"url").decode()
        m = re.search(r"github\.com[:/]([^/]+/[^/]+?)(?:\.git)?/?$", origin)
        if not m:
            raise DevoraError("the remote is not on GitHub", hint="pass --repo OWNER/NAME")
        full_name = m.group(1)
    if not token:
        raise DevoraError("no GitHub token is set", hint="`devora keys set github`")
    from devora_desktop.core.export.github import API, GitHubExporter

    versions = ws.history()
    url = GitHubExporter(token, base_url=api_url or API).open_pull_request(
        full_name, branch, base, title or (versions[0].message.splitlines()[0]
                                           if versions else branch))
    click.echo(f"Opened a pull request: {url}")
