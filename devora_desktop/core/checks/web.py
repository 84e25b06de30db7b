"""The web check: load index.html headless, and report uncaught exceptions, console errors
and the project's own files that failed to load.

The loader (devora_desktop/webcheck.py) serves the project itself inside its sandbox, whose
network is its own loopback: the page can load its own files and reach nothing else. It runs
isolated (``python -I`` from outside the project, Devora's package put first on its path), so a
project file named ``devora_desktop/webcheck.py`` is never the one that runs."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from devora_desktop.core.checks import CheckEnv, CheckResult
from devora_desktop.core.models import Finding
from devora_desktop.core.project_runner import ProcessResult, free_loopback_port

CHECK = "web-load"
ENTRY = "index.html"
MAX_PAGES = 5  # index.html and up to 4 other pages beside it
#: Browsers ask for these on their own; a project without them is not broken.
NOT_ERRORS = {"/favicon.ico", "/apple-touch-icon.png", "/apple-touch-icon-precomposed.png"}


def _package_root() -> str:
    """The folder holding the devora_desktop package, so the subprocess imports this copy."""
    return str(Path(__file__).resolve().parents[3])


#: ``python -I -c LOADER``: Devora's own package first, nothing of the project's folder (and
#: no editable-install finder sending ``devora_desktop`` to another checkout).
LOADER = ("import sys; sys.path.insert(0, sys.argv.pop(1)); "
          "sys.meta_path[:] = [f for f in sys.meta_path "
          "if not getattr(f, '__module__', '').startswith('__editable__')]; "
          "from devora_desktop.webcheck import main; sys.exit(main(sys.argv[1:]))")


def project_path(url: str | None, base: str, entry: str = ENTRY) -> str:
    """A page URL on our server as a project-relative path; anything else is the entry page."""
    if not url or not url.startswith(base):
        return entry
    path = unquote(urlsplit(url).path).lstrip("/")
    return path or entry


def _parse(lines: list[str]) -> dict | None:
    for line in reversed(lines):
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict) and "errors" in data:
                return data
    return None


async def _load(env: CheckEnv, page: str, engine: str, profile_root: str) -> ProcessResult:
    """One page load in the webcheck subprocess (killed with its browser on cancel)."""
    # the bundled app has no `python -m`: its own executable has a hidden subcommand
    loader = ["webcheck"] if getattr(sys, "frozen", False) else \
        ["-I", "-c", LOADER, _package_root()]
    profile = tempfile.mkdtemp(prefix=f"{engine}-", dir=profile_root)
    # the only ports the page, its server and the browser's DevTools may use
    port, devtools = free_loopback_port(), free_loopback_port()
    argv = [sys.executable, *loader, page, "--serve", str(env.root.resolve()), "--port",
            str(port), "--devtools-port", str(devtools), "--timeout",
            str(max(5.0, env.options.web_timeout - 20)), "--engine", engine,
            "--profile", profile]
    if env.options.browser:
        argv += ["--browser", env.options.browser]
    # the folder holding the package (site-packages once installed): its listing is needed
    # to import from it
    readable = (Path(_package_root()),) + ((Path(env.options.browser).resolve().parent,)
                             if env.options.browser else ())
    # bubblewrap gives it a network of its own (loopback only), Landlock this port alone
    confine = env.confinement(readable=readable, writable=(Path(profile_root),),
                              network="loopback", ports=(port, devtools),
                              unix_sockets=True)
    return await env.runner.run(argv, timeout=env.options.web_timeout, confine=confine,
                                cwd=Path(profile_root))


def _findings(data: dict, failed_requests: list[tuple[str, int]], base: str, page: str,
              tool: str) -> list[Finding]:
    """One page's errors and its requests the project could not answer."""
    findings = []
    missing = [urlsplit(path).path for path, status in failed_requests
               if status == 404 and urlsplit(path).path not in NOT_ERRORS]
    for err in data.get("errors", []):
        if any(base.rstrip("/") + m in err["message"] for m in missing):
            continue  # the browser's echo of a missing file ("Refused to apply style..."):
            # the 404 finding below says it once
        kind = "uncaught exception" if err["kind"] == "exception" else "console error"
        findings.append(Finding(
            path=project_path(err.get("url"), base, page), line=err.get("line"),
            column=err.get("column"), check=CHECK, tool=tool,
            message=f"{kind} when {page} loads: {err['message']}"))
    for path, status in failed_requests:
        clean = urlsplit(path).path
        if clean in NOT_ERRORS:
            continue
        findings.append(Finding(
            path=page, check=CHECK, tool=tool,
            message=f"{page} requests {clean} but the server answered {status}: "
                    "the project has no such file"))
    return findings


async def run(env: CheckEnv) -> list[CheckResult]:
    """index.html first, then up to MAX_PAGES - 1 other pages beside it."""
    if not (env.root / ENTRY).is_file():
        return []
    others = sorted(p.name for p in env.root.glob("*.html") if p.name != ENTRY and p.is_file())
    pages = [ENTRY, *others[:MAX_PAGES - 1]]
    started = time.monotonic()
    # the browser's profile lives here, so a loader killed on cancel leaves nothing behind
    scratch = tempfile.TemporaryDirectory(prefix="devora-webcheck-")
    engine, tool = env.options.web_engine, "browser"
    findings: list[Finding] = []
    proc = None
    try:
        env.reporter.check_started(CHECK, "browser", f"load {', '.join(pages)} headless")
        for page in pages:
            proc = await _load(env, page, engine, scratch.name)
            data = _parse(proc.lines)
            if engine == "auto" and not proc.timed_out and proc.over_limit is None and \
                    (data is None or (data.get("failed") and data.get("tool") == "qtwebengine")):
                # QtWebEngine crashed or could not start here (GL, sandbox): try Chromium
                engine = "chromium"
                proc = await _load(env, page, engine, scratch.name)
                data = _parse(proc.lines)
            if over := env.over_limit(CHECK, tool, proc, page, f"loading {page}"):
                return [over]
            if data is None:
                why = "timed out" if proc.timed_out else \
                    (proc.lines[-1] if proc.lines else "no output")
                return [env.skipped(CHECK, "browser",
                                    f"the page check could not run: {why}"[:200])]
            tool = data.get("tool") or "browser"
            if data.get("skipped"):
                return [env.skipped(CHECK, tool, data["skipped"])]
            if data.get("failed"):
                return [env.skipped(CHECK, tool, f"the browser failed: {data['failed']}"[:200])]
            engine = tool  # the next pages use the engine that worked
            failed = [(str(p), int(s)) for p, s in data.get("failed_requests") or []]
            findings += _findings(data, failed, str(data.get("base") or ""), page, tool)
    finally:
        scratch.cleanup()
    env.reporter.check_output(CHECK, [f"{f.location()}: {f.message}" for f in findings]
                              or [f"{', '.join(pages)} loaded in {tool} with no errors"])
    return [env.finish(CHECK, tool, proc, findings, time.monotonic() - started)]
