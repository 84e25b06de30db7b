"""The Node check: npm install + npm run build, and build logs read into file:line findings."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.core.checks import CheckOptions, run_checks
from devora_desktop.core.checks.node import parse_build_output
from tests.core.checks.conftest import write

NPM = shutil.which("npm")

TYPE_ERROR = """   Linting and checking validity of types ...
Failed to compile.

./app/page.tsx:4:9
Type error: Type 'string' is not assignable to type 'number'.

\x1b[0m\x1b[31m\x1b[1m>\x1b[22m\x1b[39m\x1b[90m 4 |\x1b[39m   const count: number = "three";
Next.js build worker exited with code: 1 and signal: null"""

SWC_ERROR = """Failed to compile.

./app/page.tsx
Error:
  \x1b[31mx\x1b[0m Expression expected
   ,-[\x1b[36;1;4m{root}/app/page.tsx\x1b[0m:1:1]
 \x1b[2m1\x1b[0m | import ResourceApp from "@/components/ResourceApp";
 \x1b[2m3\x1b[0m | export default function Home() {{
 \x1b[2m4\x1b[0m |   const count: number = ;
   : \x1b[31;1m                        ^\x1b[0m
 \x1b[2m5\x1b[0m |   return (
   `----

Caused by:
    Syntax Error"""

OTHERS = """./app/page.tsx:1:1
Module not found: Can't resolve '@/components/Nope'
lib/db.ts(12,5): error TS2304: Cannot find name 'sql'.
app/page.tsx
Type error: Page "app/page.tsx" does not match the required types of a Next.js Page.
./node_modules/next/dist/x.js:1:1
Error: not ours
./missing/file.ts:3:3
Type error: not a project file"""


def _project(root: Path) -> Path:
    return write(root, {"app/page.tsx": "x\n", "lib/db.ts": "y\n", "package.json": "{}"})


def test_next_type_errors_and_swc_syntax_errors_become_findings(tmp_path: Path) -> None:
    root = _project(tmp_path)
    [typed] = parse_build_output(TYPE_ERROR.splitlines(), root)
    assert (typed.path, typed.line, typed.column) == ("app/page.tsx", 4, 9)
    assert typed.message == "Type error: Type 'string' is not assignable to type 'number'."
    assert typed.location() == "app/page.tsx:4:9" and typed.tool == "npm"
    [syntax] = parse_build_output(SWC_ERROR.format(root=root).splitlines(), root)
    assert (syntax.path, syntax.line, syntax.message) == ("app/page.tsx", 4,
                                                           "Error: Expression expected")


def test_webpack_tsc_and_lineless_errors_only_for_project_files(tmp_path: Path) -> None:
    root = _project(tmp_path)
    found = [(f.path, f.line, f.message) for f in parse_build_output(OTHERS.splitlines(), root)]
    assert found == [
        ("app/page.tsx", 1, "Module not found: Can't resolve '@/components/Nope'"),
        ("lib/db.ts", 12, "error TS2304: Cannot find name 'sql'."),
        ("app/page.tsx", None, 'Type error: Page "app/page.tsx" does not match the required '
                               "types of a Next.js Page.")]


async def test_no_npm_is_a_skip_with_one_line(tmp_path: Path, recorder,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"package.json": '{"scripts": {"build": "next build"}}'})
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    [result] = await run_checks(tmp_path, recorder)
    assert result.status == "skipped" and result.skipped_reason.startswith("npm is not installed")


async def test_a_broken_package_json_is_a_finding(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": '{"name": "x",}'})
    [result] = await run_checks(tmp_path)
    assert result.status == "failed" and result.findings[0].path == "package.json"


@pytest.mark.skipif(NPM is None, reason="npm is not installed")
async def test_install_failure_names_the_missing_package(tmp_path: Path, ctx) -> None:
    write(tmp_path, {"package.json": json.dumps({
        "name": "x", "dependencies": {"devora-no-such-package-0b3f9": "1.0.0"},
        "scripts": {"build": "true"}})})
    results = await run_checks(tmp_path, options=CheckOptions(cache_dir=ctx.paths.cache))
    [install] = results
    assert install.check == "npm-install"
    if install.status == "skipped":  # this machine is offline: said so, not failed
        assert install.skipped_reason.startswith("offline")
    else:
        assert install.status == "failed"
        assert "devora-no-such-package-0b3f9" in install.findings[0].message
    assert not (tmp_path / "package-lock.json").exists()


# ---- slow: a real Next.js build ---------------------------------------------------------
@pytest.fixture(scope="session")
def next_modules() -> Path:
    """node_modules of the offline full-stack template: installed once for all workers and
    runs (tests/agents/nextapp.installed keeps them, as the slow Next.js tests' own), where
    each worker that ran this file or test_checks_fix_round installed them again (~9 s of
    CPU, 30 s at load 20)."""
    if NPM is None:
        pytest.skip("npm is not installed")
    import subprocess

    from tests.agents.nextapp import installed

    try:
        return installed(templates.all_files("todo", "fullstack", "Base")["package.json"])
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"npm install failed (offline?): {(exc.stderr or b'')[-300:]!r}")


def link_modules(modules: Path, root: Path) -> None:
    """Hard-link a cached node_modules into a project: a second, not a 20 s install."""
    shutil.copytree(modules, root / "node_modules", copy_function=os.link, symlinks=True)


def one_page_app() -> dict[str, str]:
    """A Next.js project of one page, with the offline full-stack template's package.json,
    tsconfig and next.config (the same node_modules, compiler options and build): what the
    check does with a build's log, at ~40% less CPU a build than the whole template (~17 s,
    not ~27), whose own builds test_checks_fix_round and test_templates_slow check."""
    files = templates.all_files("todo", "fullstack", "Checked")
    app = {rel: files[rel] for rel in ("package.json", "tsconfig.json", "next-env.d.ts",
                                       "next.config.mjs")}
    app["app/layout.tsx"] = ("export default function RootLayout({ children }: "
                             "{ children: React.ReactNode }) {\n"
                             '  return <html lang="en"><body>{children}</body></html>;\n}\n')
    app["app/page.tsx"] = "export default function Home() {\n  return <h1>Checked</h1>;\n}\n"
    return app


@pytest.mark.slow
@pytest.mark.timeout(900)  # a cold npm install plus two builds on a busy machine
async def test_a_type_error_fails_the_build_and_the_fix_passes(
        tmp_path: Path, next_modules: Path, recorder, ctx) -> None:
    files = one_page_app()
    page = files["app/page.tsx"]
    files["app/page.tsx"] = 'const count: number = "three";\n' + page  # line 1
    write(tmp_path, files)
    link_modules(next_modules, tmp_path)
    options = CheckOptions(cache_dir=ctx.paths.cache)
    install, build = await run_checks(tmp_path, recorder, options)
    assert install.status == "passed", install
    assert build.status == "failed" and build.exit_code == 1
    [finding] = build.findings
    assert (finding.path, finding.line) == ("app/page.tsx", 1), finding
    assert "not assignable to type 'number'" in finding.message
    assert any(c[0] == "output" and c[1] == "npm-build" for c in recorder.calls)
    (tmp_path / "app/page.tsx").write_text(page)
    install, build = await run_checks(tmp_path, options=options)
    assert build.status == "passed" and build.exit_code == 0, build
    assert not (tmp_path / "package-lock.json").exists()
