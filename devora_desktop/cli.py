"""The ``devora`` command: no arguments starts the GUI; subcommands drive the same engine headless.

Every failure a user can meet ends as one line on stderr and a non-zero exit, never a
traceback (an unexpected bug writes its traceback to the log and says where).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from typing import Any

import click

from devora_desktop import __version__
from devora_desktop.cli_common import (
    LiveChoice,
    _console,
    _emit_json,
    _err,
    _fmt_time,
    _text,
    print_table,
    projects,
    with_context,
)
from devora_desktop.core import providers as providers_registry
from devora_desktop.core.errors import DevoraError, KeyringUnavailable
from devora_desktop.core.words import plural, spend_words

log = logging.getLogger("devora.cli")

def _key_names() -> tuple[str, ...]:
    return (*providers_registry.keyed(), "github", "vercel")


def _model_providers(openai_listing: bool = False) -> list[str]:
    """Providers with a model behind them (all but the templates); ``openai_listing``: the
    ones that list models the OpenAI way."""
    return [s.name for s in providers_registry.PROVIDERS.values() if not s.templates
            and (not openai_listing or s.models_api == "openai")]
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130
EXIT_BUG = 70


# ---- root ------------------------------------------------------------------------------
@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="devora")
@click.option("--screenshot", type=click.Path(dir_okay=False), help="Render the main window "
              "offscreen to a PNG and exit.")
@click.option("--project", "screenshot_project", help="With --screenshot: the project to show.")
@click.option("--self-test", is_flag=True, help="Check this installation offscreen and exit.")
@click.pass_context
def cli(ctx: click.Context, screenshot: str | None, screenshot_project: str | None,
        self_test: bool) -> None:
    """Devora Desktop: AI agents that build whole software projects, on your machine.

    Run without a command to open the app.
    """
    if ctx.invoked_subcommand is not None:
        return
    if self_test:
        from devora_desktop.selftest import run_self_test

        sys.exit(run_self_test())
    from devora_desktop.app import run_app

    sys.exit(run_app(screenshot=screenshot, project=screenshot_project))


# ---- projects --------------------------------------------------------------------------
cli.add_command(projects)


@projects.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@with_context(read_only=True)
def projects_list(ctx, as_json: bool) -> None:
    items = ctx.store.projects.list()
    if as_json:
        _emit_json([p.model_dump(mode="json") for p in items])
        return
    if not items:
        click.echo("No projects yet. Create one with: devora generate \"a todo app\"")
        return
    rows = []
    for p in items:
        try:
            files = str(len(ctx.store.workspace(p.id).list_files()))
        except DevoraError:
            files = "folder gone"
        rows.append((p.id, _text(p.name), p.mode.value, files, _fmt_time(p.updated_at)))
    print_table(("ID", "NAME", "MODE", "FILES", "UPDATED"), rows)


@projects.command("show")
@click.argument("project")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def projects_show(ctx, project: str, as_json: bool) -> None:
    """A project's details, files, versions and conversation."""
    p = ctx.store.projects.find(project)
    ws = ctx.store.workspace(p.id)
    files = ws.list_files()
    versions = ws.history()
    conv = ctx.store.conversations.get(p.id)
    runs = ctx.store.runs.list(project_id=p.id)
    if as_json:
        _emit_json({"project": p.model_dump(mode="json"), "folder": str(ws.root),
                    "files": files, "versions": [v.model_dump(mode="json") for v in versions],
                    "conversation": [m.model_dump(mode="json") for m in conv.messages],
                    "runs": [r.model_dump(mode="json", exclude={"validation"}) for r in runs]})
        return
    con = _console()
    title = _text(p.name)
    title.stylize("bold")
    title.append(f"  ({p.id}, {p.mode.value})")
    con.print(title)
    if p.summary:
        con.print(_text(p.summary))
    con.print(_text(f"Folder:   {ws.root}"))
    con.print(f"Files:    {len(files)}    Versions: {len(versions)}    Runs: {len(runs)}")
    for label, url in (("GitHub", p.github_repo_url), ("Vercel", p.vercel_url),
                       ("Exported", p.export_path)):
        if url:
            con.print(_text(f"{label + ':':9} {url}"))
    if conv.messages:
        con.print("\n[bold]Conversation[/]")
        for m in conv.messages:
            who = "you" if m.role == "user" else "devora"
            con.print(_text(f"  {_fmt_time(m.created_at)} {who}: {m.content}"))
    if files:
        con.print("\n[bold]Files[/]")
        for f in files:
            con.print(_text(f"  {f}"))


@projects.command("history")
@click.argument("project")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def projects_history(ctx, project: str, as_json: bool) -> None:
    """The versions of a project, newest first."""
    p = ctx.store.projects.find(project)
    versions = ctx.store.workspace(p.id).history()
    if as_json:
        _emit_json([v.model_dump(mode="json") for v in versions])
        return
    if not versions:
        click.echo("No versions yet.")
        return
    print_table(("VERSION", "ID", "WHEN", "MESSAGE"),
                [(f"v{v.number}", v.id[:10], _fmt_time(v.created_at),
                  _text(v.message.splitlines()[0][:80] if v.message else ""))
                 for v in versions])


@projects.command("diff")
@click.argument("project")
@click.argument("old", required=False)
@click.argument("new", required=False)
@with_context(read_only=True)
def projects_diff(ctx, project: str, old: str | None, new: str | None) -> None:
    """Unified diff between two versions (default: the latest against the one before)."""
    p = ctx.store.projects.find(project)
    ws = ctx.store.workspace(p.id)
    versions = ws.history()
    if not versions:
        raise DevoraError("this project has no versions yet")
    new_id = ws.resolve_version(new) if new else versions[0].id
    if old:
        old_id = ws.resolve_version(old)
    else:
        idx = next(i for i, v in enumerate(versions) if v.id == new_id)
        old_id = versions[idx + 1].id if idx + 1 < len(versions) else None
    click.echo(ws.diff(old_id, new_id), nl=False)


@projects.command("restore")
@click.argument("project")
@click.argument("version", required=False)
@with_context()
def projects_restore(ctx, project: str, version: str | None) -> None:
    """Bring back a deleted PROJECT (see `projects trash`), or its VERSION as a new one.

    VERSION is a number like 2 or v2, or an id. Without it, PROJECT is a deleted project
    that Devora's trash still keeps (a week): its id or its name."""
    if version is None:
        from devora_desktop.cli_projects import restore_deleted

        return restore_deleted(ctx, project)
    p = ctx.store.projects.find(project)
    ws = ctx.store.workspace(p.id)
    vid = ws.resolve_version(version)
    new = ws.restore(vid)
    ctx.store.projects.save(p)
    number = len(ws.history())
    click.echo(f"Restored {version} of {p.name}" + (f" as v{number}" if new else
                                                     " (it was already the current state)"))


@projects.command("revert")
@click.argument("project")
@click.argument("version")
@with_context()
def projects_revert(ctx, project: str, version: str) -> None:
    """Undo VERSION (number like 2 or v2, or an id): the project as it was before it, as a
    new version. Nothing is lost: `devora projects restore` brings it back."""
    p = ctx.store.projects.find(project)
    ws = ctx.store.workspace(p.id)
    vid = ws.resolve_version(version)
    new = ws.revert(vid)
    ctx.store.projects.save(p)
    number = len(ws.history())
    click.echo(f"Reverted {version} of {p.name}" + (f" as v{number}" if new else
                                                     " (nothing to undo)"))


@projects.command("delete")
@click.argument("project")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_context()
def projects_delete(ctx, project: str, yes: bool) -> None:
    """Delete a project and its folder (an opened folder: Remove from Devora, the folder
    stays). Devora's trash keeps it a week: `devora projects restore PROJECT` brings it back."""
    p = ctx.store.projects.find(project)
    if not yes:
        if not sys.stdin.isatty():
            raise DevoraError("refusing to delete without confirmation", hint="pass --yes")
        from devora_desktop.cli_projects import delete_question

        click.confirm(delete_question(ctx, p), abort=True)
    from devora_desktop.core.store import TRASH_DAYS

    ctx.store.projects.delete_undoably(p.id)
    gone = (f"Removed {p.name} from Devora; its folder {p.folder} is untouched" if p.folder
            else f"Deleted {p.name}")
    click.echo(_text(f"{gone}. For {TRASH_DAYS} days `devora projects restore {p.id}` brings "
                     "it back").plain)


# ---- keys ------------------------------------------------------------------------------
@cli.group()
def keys() -> None:
    """Store API keys and tokens (encrypted; the master key stays in your OS keyring)."""


def _read_secret(name: str) -> str:
    if sys.stdin.isatty():
        value = click.prompt(f"{name} key", hide_input=True, err=True)
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise DevoraError("no key was given", hint="type or pipe it on standard input")
    return value


@keys.command("set")
@click.argument("name", type=LiveChoice(_key_names))
@with_context()
def keys_set(ctx, name: str) -> None:
    """Read a key from standard input (or a hidden prompt) and store it encrypted."""
    value = _read_secret(name)
    try:
        ctx.secrets.set(name, value)
    except KeyringUnavailable as exc:  # a command's session ends with it: nothing to keep
        raise KeyringUnavailable(f"the {name} key was not saved: {exc}", hint=exc.hint) from None
    click.echo(f"Saved the {name} key (encrypted; master key in the system keyring).")


@keys.command("login")
@click.argument("service", type=click.Choice(["github"]))
@click.option("--client-id", envvar="DEVORA_GITHUB_CLIENT_ID",
              help="OAuth app client id (or settings github_client_id).")
@click.option("--oauth-url", hidden=True, default="https://github.com")
@with_context()
def keys_login(ctx, service: str, client_id: str | None, oauth_url: str) -> None:
    """Sign in to GitHub with the device flow (no token to copy), then store the token."""
    import asyncio

    from devora_desktop.core.export.github import poll_device_flow, start_device_flow

    client_id = client_id or ctx.settings.github_client_id
    if not client_id:
        raise DevoraError("no GitHub OAuth client id is configured",
                          hint="pass --client-id, or paste a token with `devora keys set github`")

    async def flow() -> str:
        code = await start_device_flow(client_id, base=oauth_url)
        click.echo(f"Open {code.verification_uri} and enter the code {code.user_code}", err=True)
        return await poll_device_flow(client_id, code, base=oauth_url)

    ctx.secrets.set("github", asyncio.run(flow()))
    click.echo("Signed in to GitHub; the token is stored encrypted.")


@keys.command("remove")
@click.argument("name", type=LiveChoice(_key_names))
@with_context()
def keys_remove(ctx, name: str) -> None:
    """Forget a stored key (Settings' Remove does the same)."""
    had = ctx.secrets.delete(name)
    click.echo(f"Removed the {name} key." if had else f"No {name} key was stored.")


keys.add_command(keys_remove, "delete")  # the word people try first


@keys.command("list")
@with_context(read_only=True)
def keys_list(ctx) -> None:
    """Which keys are stored (never their values)."""
    names = ctx.secrets.names()
    for name in _key_names():
        state = "set (encrypted)" if name in names else "not set"
        if ctx.secrets.lost(name):
            state += (" (the one typed last time was kept only until Devora closed: no system "
                      "keyring)")
        click.echo(f"{name:12} {state}")


# ---- settings --------------------------------------------------------------------------
@cli.group()
def settings() -> None:
    """Show or change settings (providers, models per agent, budget, theme, preferences)."""


@settings.command("show")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def settings_show(ctx, as_json: bool) -> None:
    data = ctx.settings.model_dump(mode="json")
    data["keys"] = {n: ("set" if n in ctx.secrets.names() else "not set") for n in _key_names()}
    if as_json:
        _emit_json(data)
        return
    for line in _flatten(data):
        click.echo(line)


def _flatten(data: Any, prefix: str = "") -> list[str]:
    if isinstance(data, dict) and data:
        out: list[str] = []
        for k, v in data.items():
            out += _flatten(v, f"{prefix}{k}.")
        return out
    return [f"{prefix[:-1]} = {json.dumps(data)}"]


@settings.command("set")
@click.argument("key")
@click.argument("value")
@with_context()
def settings_set(ctx, key: str, value: str) -> None:
    """Set KEY (dotted, e.g. agent_models.frontend or budget_usd) to VALUE (JSON or text)."""
    from pydantic import ValidationError

    from devora_desktop.core import urls
    from devora_desktop.core.models import Settings

    data = ctx.settings.model_dump(mode="json")
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value
    node = data
    parts = key.split(".")
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            if part in node or node is not data:
                node[part] = {}
            else:
                raise DevoraError(f"unknown setting {key!r}", hint="see `devora settings show`")
        node = node[part]
    if node is data and parts[-1] not in data:
        raise DevoraError(f"unknown setting {key!r}", hint="see `devora settings show`")
    if parts[0] == "license_public_keys":
        raise DevoraError("license_public_keys no longer adds trusted keys: the app trusts "
                          "only its pinned root keys", hint="a self-hosted license server "
                          "needs a certificate from a root (devora_server/README.md)")
    if parts[-1] == "base_url" and isinstance(parsed, str):
        # refused here with its reason (a settings file holding it would fail every run);
        # a URL without its scheme gets it
        parsed = urls.base_url(parsed)
    node[parts[-1]] = parsed
    try:
        new = Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise DevoraError(f"invalid value for {key}: {first['msg']}") from None
    ctx.save_settings(new)
    click.echo(f"{key} = {json.dumps(parsed)}")


# ---- generate / models ---------------------------------------------------------------------
def _shape_names() -> tuple[str, ...]:
    from devora_desktop.agents.templates.reader import NAMES

    return tuple(NAMES)


@cli.command()
@click.argument("prompt")
@click.option("--mode", type=click.Choice(["quick", "web", "fullstack"]), default=None,
              help="quick: one call; web: HTML/CSS/JS; fullstack: Next.js + API + Supabase.")
@click.option("--project", help="Refine this project (name or id); a new name creates one.")
@click.option("--provider", type=LiveChoice(providers_registry.names))
@click.option("--base-url", help="OpenAI-compatible endpoint (with --provider openai).")
@click.option("--model", help="Model for every agent (default: Settings).")
@click.option("--out", type=click.Path(file_okay=False), help="Copy the files into DIR.")
@click.option("--force", is_flag=True, help="Replace an --out that is a symbolic link "
              "(the link itself; it is never followed).")
@click.option("--json", "as_json", is_flag=True, help="One event per line (NDJSON) on stdout.")
@click.option("--max-cost", type=float, help="Stop the run past this many USD.")
@click.option("--max-tokens", type=int, help="Stop the run past this many tokens.")
@click.option("--checks/--no-checks", "checks", default=None,
              help="Build/load/test the generated project (runs its code) and send what "
                   "fails back to the agents. Default: Settings run_checks.")
@click.option("--shape", type=LiveChoice(_shape_names), default=None,
              help="Offline templates: the app to build (e.g. tracker, board, directory), "
                   "instead of reading it from the prompt. A model plans from the prompt.")
@with_context()
def generate(ctx, prompt: str, mode: str | None, project: str | None, provider: str | None,
             base_url: str | None, model: str | None, out: str | None, force: bool,
             as_json: bool, max_cost: float | None, max_tokens: int | None,
             checks: bool | None, shape: str | None) -> None:
    """Build (or refine) a project from PROMPT."""
    from pathlib import Path

    from devora_desktop.core.models import Mode
    from devora_desktop.terminal_view import GenerateArgs, run_async
    from devora_desktop.terminal_view import generate as run_generate

    if not prompt.strip():
        raise DevoraError("the prompt is empty", hint="describe the app you want")
    args = GenerateArgs(prompt=prompt, mode=Mode(mode) if mode else None,
                        project=project, provider=provider, base_url=base_url, model=model,
                        out=Path(out) if out else None, force=force, as_json=as_json,
                        max_cost=max_cost,
                        max_tokens=max_tokens, checks=checks, shape=shape)
    code = run_async(run_generate(ctx, args))
    if code:
        sys.exit(code)


@cli.command("webcheck", hidden=True, add_help_option=False,
             context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def webcheck_cmd(args: tuple[str, ...]) -> None:
    """The web check's page loader, for the bundled app (no ``python -m`` there)."""
    from devora_desktop.webcheck import main as webcheck_main

    sys.exit(webcheck_main(list(args)))


@cli.command("sandbox-exec", hidden=True, add_help_option=False,
             context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox_exec_cmd(args: tuple[str, ...]) -> None:
    """The sandbox's supervisor, for the bundled app (no ``python`` there to run it)."""
    from devora_desktop.core.sandbox_exec import _main

    sys.exit(_main(["sandbox-exec", *args]))


@cli.command("sandbox-probe", hidden=True, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox_probe_cmd(args: tuple[str, ...]) -> None:
    """The sandbox probe's child, for the bundled app (no ``python -I -c`` there)."""
    from devora_desktop.core.sandbox import run_probe_child

    run_probe_child(list(args))


@cli.group()
def models() -> None:
    """List models and test whether one follows Devora's output format."""


@models.command("check")
@click.argument("model", required=False)
@click.option("--provider", type=LiveChoice(_model_providers))
@click.option("--base-url")
@with_context(read_only=True)
def models_check(ctx, model: str | None, provider: str | None, base_url: str | None) -> None:
    """One short call that asks MODEL for two file blocks and reports if it complied."""
    import asyncio

    from devora_desktop.terminal_view import check_model

    ok, message = asyncio.run(check_model(ctx, model, provider, base_url))
    click.echo(("ok: " if ok else "not ok: ") + message)
    if not ok:
        sys.exit(EXIT_ERROR)


@models.command("list")
@click.option("--provider", type=LiveChoice(lambda: _model_providers(openai_listing=True)),
              default="openrouter")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def models_list(ctx, provider: str, as_json: bool) -> None:
    """Models with context window and price (cached an hour; works offline from the cache)."""
    import asyncio

    import httpx

    from devora_desktop.agents.providers import available_local
    from devora_desktop.core.llm.catalogue import Catalogue

    async def fetch():
        cat = Catalogue(ctx.paths.cache, ctx.settings.providers[provider].base_url)
        async with httpx.AsyncClient(trust_env=False) as client:
            models = await cat.refresh(client)
        return models, await available_local(ctx)

    found, local = asyncio.run(fetch())
    if as_json:
        _emit_json({"models": [vars(m) for m in found.values()], "local": local})
        return
    for m in sorted(found.values(), key=lambda m: m.id):
        price = (f"${m.prompt_price * 1e6:.2f}/${m.completion_price * 1e6:.2f} per M"
                 if m.prompt_price is not None and m.completion_price is not None else "")
        click.echo(f"{m.id:50} {m.context_length:>9,}  {price}")
    for name, ids in local.items():
        for mid in ids:
            click.echo(f"{name + ':' + mid:50} {'local':>9}")
    if not found and not local:
        click.echo("No models known yet (offline and no cache); local servers not running.")


# ---- export --------------------------------------------------------------------------------
@cli.command("export")
@click.argument("target", type=click.Choice(["zip", "folder", "github", "vercel"]))
@click.argument("project")
@click.option("--out", type=click.Path(), help="zip: the .zip file; folder: the folder.")
@click.option("--force", is_flag=True, help="Replace an existing zip, or an --out that is a "
              "symbolic link (the link itself; it is never followed).")
@click.option("--include-secrets", is_flag=True, help="Also send files where a key was found.")
@click.option("--skip-secrets", is_flag=True, help="Leave out files where a key was found.")
@click.option("--repo", help="github: name of the new repository (default: the project's).")
@click.option("--existing", help="github: push to this OWNER/NAME instead of creating one.")
@click.option("--public", is_flag=True, help="github: create a public repository.")
@click.option("--branch", help="github: branch to push (default: the repository's default).")
@click.option("--on-conflict", help="github: 'overwrite' or 'branch:NAME' when the branch "
              "moved on GitHub.")
@click.option("--team", help="vercel: team slug or id when the token has several.")
@click.option("--api-url", hidden=True)
@with_context()
def export_cmd(ctx, target: str, project: str, out: str | None, force: bool,
               include_secrets: bool,
               skip_secrets: bool, repo: str | None, existing: str | None, public: bool,
               branch: str | None, on_conflict: str | None, team: str | None,
               api_url: str | None) -> None:
    """Export PROJECT to a zip, a folder, a GitHub repository (one commit) or Vercel."""
    import asyncio
    from pathlib import Path

    from devora_desktop.core.export.service import ExportOptions, export_project, make_plan

    p = ctx.store.projects.find(project)
    plan = make_plan(ctx, p.id)
    if plan.secrets and not (include_secrets or skip_secrets):
        for s in plan.secrets:
            click.echo(f"  {s.path}:{s.line}: looks like a {s.kind}", err=True)
        if not sys.stdin.isatty():
            raise DevoraError(f"{plural(len(plan.flagged), 'file')} hold what looks like a secret",
                              hint="pass --skip-secrets to leave them out, or "
                                   "--include-secrets to send them")
        include_secrets = click.confirm("Export these files anyway?", default=False, err=True)
    if target in ("zip", "folder") and not out:
        out = f"{p.slug}.zip" if target == "zip" else p.slug
    if target == "vercel":
        from devora_desktop.core.supabase import deploy_note

        if note := deploy_note(plan.root, window=False, slug=p.slug):
            click.echo(f"  {note}", err=True)
    opts = ExportOptions(target=target, dest=Path(out) if out else None,
                         include_secrets=include_secrets, repo=repo, existing=existing,
                         private=not public, branch=branch, on_conflict=on_conflict,
                         team=team, api_url=api_url, overwrite=force)
    result = asyncio.run(export_project(ctx, p.id, opts, plan,
                                       progress=lambda m: click.echo(f"  {m}", err=True)))
    if not result.ok:
        for line in result.logs or []:
            click.echo(f"  | {line}", err=True)
        raise DevoraError(f"the Vercel build failed: {result.location}",
                          hint="fix the errors above and deploy again")
    click.echo(f"Exported {plural(result.files, 'file')}: {result.location}")


# ---- usage ---------------------------------------------------------------------------------
@cli.command("usage")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@with_context(read_only=True)
def usage_cmd(ctx, as_json: bool) -> None:
    """What today's runs spent: every model call that reported, also of a run still going
    or one that was killed."""
    from datetime import date

    tokens, cost = ctx.store.runs.spent_on(date.today())
    if as_json:
        _emit_json({"day": date.today().isoformat(), "tokens": tokens, "cost_usd": cost})
    elif tokens or cost:
        click.echo(f"Today: {spend_words(tokens, cost)}")
    else:
        click.echo("Nothing spent today (the offline templates cost nothing).")


# ---- license -------------------------------------------------------------------------------
@cli.group("license")
def license_group() -> None:
    """Activate, inspect or release this machine's Devora license."""


def _print_state(state, key: str | None = None) -> None:
    """The plan as Help › License says it; ``key``: the license key in use (only its tail is
    printed)."""
    from devora_desktop.core.licensing import day, pro_terms

    click.echo(f"Plan:    {'Pro' if state.pro else 'Free'} ({state.status})")
    click.echo(f"Status:  {state.message}")
    if state.expires_at:
        click.echo(f"Token:   valid until {day(state.expires_at)}"
                   + (" (refresh due)" if state.refresh_due else ""))
    if state.pro:
        click.echo(f"Seats:   {state.seats}")
    for label, text in pro_terms(state, key):
        click.echo(f"{label + ':':9}{text}" if len(label) < 9 else f"{label}: {text}")


@license_group.command("activate")
@click.argument("key", required=False)
@with_context()
def license_activate(ctx, key: str | None) -> None:
    """Activate the key from your purchase email on this machine. The key is read from
    stdin when piped, else from a hidden prompt; KEY on the command line works but other
    users of this machine can read it."""
    import asyncio

    from devora_desktop.core.licensing import LicenseManager

    if key and key != "-":
        _err("warning: a key given on the command line is visible to other users (ps, "
             "shell history); pipe it or omit it to be prompted")
    else:
        key = _read_secret("License")
    mgr = LicenseManager(ctx)
    _print_state(asyncio.run(mgr.activate(key)), mgr.stored_key())
    click.echo(f"Key:     kept in {mgr.key_location()}")


@license_group.command("status")
@click.option("--refresh", is_flag=True, help="Ask the server for a fresh token first.")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def license_status(ctx, refresh: bool, as_json: bool) -> None:
    """The plan this machine has (verified offline)."""
    import asyncio
    import dataclasses

    from devora_desktop.core.licensing import LicenseManager

    mgr = LicenseManager(ctx)
    state = asyncio.run(mgr.refresh()) if refresh else mgr.state()
    if as_json:
        from devora_desktop.core.licensing import key_tail

        data = dataclasses.asdict(state)
        data["features"] = sorted(state.features)
        data["key_tail"] = key_tail(mgr.stored_key())
        _emit_json(data)
        return
    _print_state(state, mgr.stored_key())
    where = mgr.key_location()
    if where:
        click.echo(f"Key:     kept in {where}")


@license_group.command("deactivate")
@click.option("--machine", "machine_id", help="Release another machine's seat (an id from "
              "`devora license machines`).")
@with_context()
def license_deactivate(ctx, machine_id: str | None) -> None:
    """Release this machine's seat (at most 3 a month) and return to Free, or release
    another machine's seat with --machine."""
    import asyncio

    from devora_desktop.core.licensing import LicenseManager

    mgr = LicenseManager(ctx)
    if machine_id and machine_id != ctx.store.kv.get("license:machine_id"):
        asyncio.run(mgr.deactivate_machine(machine_id))
        click.echo(f"Machine {machine_id} is deactivated: its seat is free.")
        if mgr.state().status == "seat_lost":
            _print_state(asyncio.run(mgr.refresh()))
        return
    asyncio.run(mgr.deactivate())
    click.echo("This machine is deactivated; the app is on the Free plan.")


@license_group.command("machines")
@click.option("--json", "as_json", is_flag=True)
@with_context(read_only=True)
def license_machines(ctx, as_json: bool) -> None:
    """The machines using this license, most recently seen first, and which hold a seat."""
    import asyncio
    import dataclasses

    from devora_desktop.core.licensing import LicenseManager

    machines = asyncio.run(LicenseManager(ctx).machines())
    if as_json:
        _emit_json([dataclasses.asdict(m) for m in machines])
        return
    from devora_desktop.core.models import clean_text

    for m in machines:   # names come from other machines: data, never escapes
        seat = "holds a seat" if m.holds_seat else "no seat (refused until one is freed)"
        click.echo(f"{m.id}  {clean_text(m.name)[:40]:<40} last seen {m.last_seen}  {seat}"
                   + ("  [this machine]" if m.this else ""))
    if any(not m.holds_seat for m in machines):
        click.echo("Free a seat: devora license deactivate --machine ID")


@license_group.command("upgrade")
@click.option("--seats", type=int, default=1)
@click.option("--email")
@with_context(read_only=True)
def license_upgrade(ctx, seats: int, email: str | None) -> None:
    """Open Stripe Checkout for Pro in the browser (the key arrives by email)."""
    import asyncio
    import webbrowser

    from devora_desktop.core.licensing import LicenseManager
    from devora_license import PRO_PRICE

    url = asyncio.run(LicenseManager(ctx).checkout_url(seats, email))
    click.echo(f"Pro is {PRO_PRICE} ({plural(seats, 'seat')}): {url}")
    webbrowser.open(url)


@license_group.command("portal")
@with_context(read_only=True)
def license_portal(ctx) -> None:
    """Open the billing portal (card, seats, invoices, cancel)."""
    import asyncio
    import webbrowser

    from devora_desktop.core.licensing import LicenseManager

    url = asyncio.run(LicenseManager(ctx).portal_url())
    click.echo(url)
    webbrowser.open(url)


# ---- entry points ------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> None:
    """Console entry: run the click app and turn every failure into one line + exit code.
    Run as the process itself (no ``argv``), a command's end is the process's end: see
    :func:`_end_process`."""
    if argv is not None:  # in-process (tests, gui_main): exits as it always has
        return _run(argv)
    try:
        _run(None)
    except SystemExit as exc:
        _end_process(exc.code)
        raise
    _end_process(0)


def _end_process(code: object) -> None:
    """End a command-line process now that its command is done: the exit handlers run and
    the output is flushed, then the process ends without tearing the interpreter down
    (collecting and freeing every module, the reader's model and the compiled patterns:
    ~0.5 s of CPU after an offline ``generate``, 2-4 s of wall time at load 20-30). Not
    when the window ran in this process (Qt's and Chromium's teardown write the preview's
    storage) or a thread of ours is still working: then Python exits as usual."""
    import atexit
    import threading

    # atexit has no public call that runs the handlers now: one registered to run last
    # would come before those registered ahead of it (sitecustomize's, coverage's for a
    # subprocess) and skip them. Without the private one, Python exits as usual.
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or "PySide6.QtCore" in sys.modules or any(
            t is not threading.main_thread() and not t.daemon for t in threading.enumerate()):
        return

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("words"): said on stderr, as Python does
        with contextlib.suppress(OSError, ValueError):
            print(code, file=sys.stderr)
        status = 1
    run_handlers()  # logging's last flush, weakref finalizers, temp dirs
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _run(argv: list[str] | None) -> None:
    try:
        cli.main(args=argv, prog_name="devora", standalone_mode=False)
    except click.exceptions.Abort:
        _err("cancelled")
        sys.exit(EXIT_CANCELLED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DevoraError as exc:
        _err(exc.one_line())
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _err("cancelled")
        sys.exit(EXIT_CANCELLED)
    except SystemExit:
        raise
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        log.exception("unexpected error")
        from devora_desktop.core.logs import redact

        _err(f"unexpected error: {redact(str(exc)) or type(exc).__name__} "
             "(details in the log; please report it)")
        sys.exit(EXIT_BUG)


def gui_main() -> None:
    """Windows gui-script entry: no console window."""
    main([])


from devora_desktop import cli_projects  # noqa: E402,F401  (registers more project verbs)
from devora_desktop.cli_supabase import supabase as _supabase  # noqa: E402

cli.add_command(_supabase)
