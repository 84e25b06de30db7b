"""Slow: every offline template really works (issue 5).

- Full-stack: `npm install` once, then `next build` (type-checked) for each template in the
  same folder, then `next start` and a create/list/update/delete round trip over its API.
- Web: each page loads in headless Chromium, from http:// and from file:// (double-click),
  runs its script without console errors and renders what its script draws.
They run when the tool is present (`make test` in CI) and say why they skipped otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.fullstack import RESOURCES
from devora_desktop.core.preview import PreviewServer
from tests.fakes.base import free_port

pytestmark = pytest.mark.slow

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
NPM = shutil.which("npm")

# What each web template's script draws, so "loaded" means "the script ran".
RENDERED = {"todo": 'id="summary" aria-live="polite">0 open', "blog": 'class="card post"',
            "dashboard": 'class="card kpi"', "store": 'class="card product"',
            "landing": f'id="year">{time.gmtime().tm_year}'}


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def _http(method: str, url: str, body: dict | None = None) -> tuple[int, object]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        return exc.code, json.loads(raw) if raw else None


def _valid_body(kind: str) -> dict:
    out: dict = {}
    for f in RESOURCES[kind].fields:
        out[f.name] = {"number": 12.5, "boolean": False}.get(f.ts, "a@b.co" if f.input ==
                                                             "email" else f"{f.label} one")
        if f.input == "date":
            out[f.name] = "2030-01-31"
    return out


@pytest.mark.skipif(NPM is None, reason="npm is not installed")
def test_fullstack_templates_build_and_serve(tmp_path: Path) -> None:
    app = tmp_path / "app"
    env = {**os.environ, "NEXT_TELEMETRY_DISABLED": "1", "CI": "1"}
    for i, kind in enumerate(templates.KINDS):
        for entry in app.iterdir() if app.exists() else []:
            if entry.name != "node_modules":
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        _write(app, templates.all_files(kind, "fullstack", f"{kind.title()} Test"))
        if i == 0:  # every template has the same dependencies: install once
            subprocess.run([NPM, "install", "--no-audit", "--no-fund", "--loglevel=error"],
                           cwd=app, env=env, check=True, capture_output=True, timeout=600)
        build = subprocess.run([str(app / "node_modules/.bin/next"), "build"], cwd=app, env=env,
                               capture_output=True, text=True, timeout=600)
        assert build.returncode == 0, f"{kind}: {build.stdout[-3000:]}{build.stderr[-2000:]}"
        port = free_port()
        server = subprocess.Popen([str(app / "node_modules/.bin/next"), "start", "-p", str(port),
                                   "-H", "127.0.0.1"], cwd=app, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base, timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            html = urllib.request.urlopen(base, timeout=10).read().decode()
            assert f"{kind.title()} Test" in html
            table = RESOURCES[kind].table
            api = f"{base}/api/{table}"
            status, _ = _http("POST", api, {"nonsense": True})
            assert status == 400, kind
            status, created = _http("POST", api, _valid_body(kind))
            assert status == 201, (kind, created)
            status, items = _http("GET", api)
            assert status == 200 and [x["id"] for x in items] == [created["id"]]
            first = RESOURCES[kind].fields[0]
            status, updated = _http("PATCH", f"{api}/{created['id']}",
                                    {first.name: _valid_body(kind)[first.name] + " two"
                                     if first.ts == "string" else 1})
            assert status == 200, (kind, updated)
            assert _http("DELETE", f"{api}/{created['id']}")[0] == 204
            assert _http("GET", api)[1] == []
            assert _http("DELETE", f"{api}/{created['id']}")[0] == 404
        finally:
            server.terminate()
            server.wait(timeout=20)


def _chromium(url: str, profile: Path) -> tuple[str, str]:
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--virtual-time-budget=3000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    return proc.stdout, proc.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("kind", templates.KINDS)
def test_web_template_loads_without_console_errors(kind: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _write(site, templates.all_files(kind, "web", "Browser Test"))
    server = PreviewServer(site)
    try:
        for url in (server.url + "index.html", (site / "index.html").as_uri()):
            dom, log = _chromium(url, tmp_path / "profile")
            console = [ln for ln in log.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
            assert not console, (url, console)
            assert RENDERED[kind] in dom, (url, dom[:2000])
            assert "Browser Test" in dom
    finally:
        server.stop()
