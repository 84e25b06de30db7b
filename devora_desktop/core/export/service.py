"""One entry point for every export, shared by the CLI and the GUI; it records the result
(path or URL) on the project so the UI can show it as a link."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import ExportPlan, plan_export
from devora_desktop.core.licensing import Entitlements, LicenseManager
from devora_desktop.core.logs import known_secrets
from devora_desktop.core.secrets import TOKEN_ENV

SERVICE_NAMES = {"github": "GitHub", "vercel": "Vercel"}  # as the services spell themselves


@dataclass
class ExportOptions:
    target: str                       # zip | folder | github | vercel
    dest: Path | None = None          # zip file or folder
    include_secrets: bool = False     # send files in which a secret was found
    repo: str | None = None           # github: new repository name
    existing: str | None = None       # github: owner/name to push to
    private: bool = True
    branch: str | None = None
    on_conflict: str | None = None    # github: None | "overwrite" | "branch:NAME"
    team: str | None = None           # vercel
    api_url: str | None = None        # GitHub Enterprise / tests
    overwrite: bool = False           # zip/folder: replace a file or link at dest (confirmed)


@dataclass
class ExportResult:
    target: str
    location: str
    files: int
    logs: list[str] | None = None
    ok: bool = True


def has_token(ctx: AppContext, service: str) -> bool:
    """Whether an export to ``service`` has a token to use (the window says so before
    Export is pressed)."""
    return bool(os.environ.get(TOKEN_ENV[service])) or ctx.secrets.has(service)


def token_for(ctx: AppContext, service: str) -> str:
    token = os.environ.get(TOKEN_ENV[service]) or ctx.secrets.get(service)
    if not token:
        raise ExportError(f"no {SERVICE_NAMES[service]} token is set",
                          hint=f"add it in Settings › Accounts, or `devora keys set {service}`",
                          window_hint="add it in Settings › Accounts")
    return token


def make_plan(ctx: AppContext, project_id: str) -> ExportPlan:
    """The files to send and the secrets in them: known key formats, plus every key this
    data dir stores (decrypted here, the license key included) and any seen this session."""
    license_key = LicenseManager(ctx).stored_key()  # in a 0600 file when there is no keyring
    known = {*known_secrets(), *ctx.secrets.values(), *([license_key] if license_key else [])}
    return plan_export(ctx.store.workspace(project_id), sorted(known, key=len, reverse=True))


async def export_project(ctx: AppContext, project_id: str, opts: ExportOptions,
                         plan: ExportPlan | None = None,
                         progress: Callable[[str], None] | None = None,
                         entitlements: Entitlements | None = None) -> ExportResult:
    from devora_desktop.core.export.local import export_folder, export_zip

    (entitlements or LicenseManager(ctx).entitlements()).require(f"export.{opts.target}")
    say = progress or (lambda _m: None)
    loop = asyncio.get_running_loop()

    def say_from_thread(message: str) -> None:
        # Workers (zip, PyGithub) report here; the callback may touch widgets, so it must
        # run on the loop's thread (a Qt call from a worker thread crashed the app).
        loop.call_soon_threadsafe(say, message)

    project = ctx.store.projects.get(project_id)
    plan = plan or await asyncio.to_thread(make_plan, ctx, project_id)
    sent = len(plan.files_to_send(opts.include_secrets))
    if opts.target in ("zip", "folder"):
        if opts.dest is None:
            raise ExportError("no destination given", hint="pass --out")
        dest = Path(opts.dest).expanduser()
        if opts.target == "zip":
            done = await asyncio.to_thread(export_zip, plan, dest, prefix=f"{project.slug}/",
                                           include_flagged=opts.include_secrets,
                                           overwrite=opts.overwrite,
                                           progress=lambda i, n, _r: say_from_thread(
                                               f"{i}/{n} files"))
        else:
            done = await asyncio.to_thread(export_folder, plan, dest,
                                           include_flagged=opts.include_secrets,
                                           overwrite=opts.overwrite,
                                           progress=lambda i, n, _r: say_from_thread(
                                               f"{i}/{n} files"))
        project.export_path = str(done.resolve())
        ctx.store.projects.save(project, touch=False)
        return ExportResult(opts.target, project.export_path, sent)
    if opts.target == "github":
        from devora_desktop.core.export.github import API, GitHubExporter

        token = token_for(ctx, "github")

        def push():
            ex = GitHubExporter(token, base_url=opts.api_url or API)
            say_from_thread(f"signed in as {ex.login()}")
            repo = ex.get_repo(opts.existing) if opts.existing else ex.create_repo(
                opts.repo or project.slug, private=opts.private, description=project.summary)
            return ex.push(repo, plan, f"Export from Devora: {project.name}",
                           branch=opts.branch, include_flagged=opts.include_secrets,
                           on_conflict=opts.on_conflict,
                           progress=lambda i, n, _r: say_from_thread(f"uploading {i}/{n}"))

        result = await asyncio.to_thread(push)
        project.github_repo_url = result.repo_url
        ctx.store.projects.save(project, touch=False)
        where = result.repo_url + ("" if result.branch in ("main", "master")
                                   else f"/tree/{result.branch}")
        return ExportResult("github", where, result.files)
    if opts.target == "vercel":
        from devora_desktop.core.export.vercel import API, VercelDeployer
        from devora_desktop.core.supabase import deploy_env

        async with VercelDeployer(token_for(ctx, "vercel"), base_url=opts.api_url or API,
                                  team=opts.team) as deployer:
            say(f"signed in to Vercel as {await deployer.check()}")
            dep = await deployer.deploy(plan, project.name,
                                        include_flagged=opts.include_secrets,
                                        env=deploy_env(plan.root), progress=say)
        url = f"https://{dep.url}" if dep.url and not dep.url.startswith("http") else dep.url
        if dep.state != "READY":
            return ExportResult("vercel", url, sent, logs=dep.logs, ok=False)
        project.vercel_url = url
        ctx.store.projects.save(project, touch=False)
        return ExportResult("vercel", url, sent)
    raise ExportError(f"unknown export target {opts.target!r}")
