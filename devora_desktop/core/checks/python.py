"""The Python check: ``python -m compileall`` (bytecode goes to a temp folder, never into the
project), then ``pytest -q`` when the project has tests and the interpreter has pytest.

compileall and the pytest probe run isolated (``-I``: no PYTHON* variables, no user site, no
script or working folder on ``sys.path``) and start outside the project, so a project file
named ``compileall.py`` is never imported in its place. pytest itself runs the project's code
by design (its folder stays on the path); like everything here it runs confined."""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
from pathlib import Path

from devora_desktop.core.checks import CheckEnv, CheckResult, project_files
from devora_desktop.core.models import Finding
from devora_desktop.core.workspace import IGNORED_DIRS

COMPILE, PYTEST = "python-compile", "pytest"
_FILE_LINE = re.compile(r'^\s*File "(?P<path>.+?)", line (?P<line>\d+)')
_EXC = re.compile(r"^(?P<exc>\w+(?:Error|Exception|Warning)): (?P<msg>.*)$")
_TB_LINE = re.compile(r"^(?P<path>\S+?\.py):(?P<line>\d+): (?P<msg>.+)$")
_FAILED = re.compile(r"^(?:FAILED|ERROR) (?P<path>[^\s:]+\.py)(?:::\S+)?(?: - (?P<msg>.*))?$")
_MISSING = re.compile(r"ModuleNotFoundError: No module named '(?P<mod>[\w.]+)'")


def _exclude() -> str:
    names = "|".join(re.escape(d) for d in sorted(IGNORED_DIRS))
    return rf"(^|[\\/])({names})([\\/]|$)"


def _rel(path: str, root: Path) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return p.as_posix()
    text = p.as_posix()
    return text[2:] if text.startswith("./") else text


def parse_compile_output(lines: list[str], root: Path) -> list[Finding]:
    findings, where = [], None
    for line in lines:
        if m := _FILE_LINE.match(line):
            where = (_rel(m.group("path"), root), int(m.group("line")))
        elif (m := _EXC.match(line.strip())) and where:
            findings.append(Finding(path=where[0], line=where[1], check=COMPILE, tool="python",
                                    message=f"{m.group('exc')}: {m.group('msg')}"))
            where = None
    return findings


def parse_pytest_output(lines: list[str], root: Path) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[str] = set()
    for line in lines:
        if m := _TB_LINE.match(line.strip()):
            rel = _rel(m.group("path"), root)
            if not Path(rel).is_absolute() and (root / rel).is_file():
                findings.append(Finding(path=rel, line=int(m.group("line")), check=PYTEST,
                                        tool="pytest", message=m.group("msg")[:500]))
                seen.add(rel)
        elif (m := _FAILED.match(line.strip())) and _rel(m.group("path"), root) not in seen:
            rel = _rel(m.group("path"), root)
            findings.append(Finding(path=rel, check=PYTEST, tool="pytest",
                                    message=(m.group("msg") or "test failed")[:500]))
            seen.add(rel)
    return findings


def _is_project_module(root: Path, module: str) -> bool:
    top = module.split(".")[0]
    return (root / f"{top}.py").exists() or (root / top).is_dir() \
        or any((root / d / top).exists() for d in ("src",))


async def run(env: CheckEnv) -> list[CheckResult]:
    files = await asyncio.to_thread(project_files, env.root, ".py")
    if not files:
        return []
    python = env.options.python or env.runner.which("python3") or env.runner.which("python")
    if python is None:
        return [env.skipped(COMPILE, "python", "Python is not installed (python3 on PATH)")]
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="devora-pycache-") as cache:
        outside = Path(cache)
        iso = [python, "-I", "-B", "-X", f"pycache_prefix={outside}"]
        confine = env.confinement(writable=(outside,))
        env.reporter.check_started(COMPILE, "python", "python -m compileall")
        started = time.monotonic()
        proc = await env.tool(COMPILE, [*iso, "-m", "compileall", "-q", "-x", _exclude(),
                                        str(env.root.resolve())],
                              env.options.python_timeout, confine=confine, cwd=outside)
        if over := env.over_limit(COMPILE, "python", proc, files[0], "compileall"):
            return [over]
        findings = parse_compile_output(proc.lines, env.root) if not proc.ok else []
        if not proc.ok and not findings:
            findings = [Finding(path=files[0], check=COMPILE, tool="python",
                                message="compileall failed: " + " | ".join(proc.lines[-3:]))]
        results.append(env.finish(COMPILE, "python", proc, findings,
                                  time.monotonic() - started))
        tests = [f for f in files if Path(f).name.startswith("test_")
                 or Path(f).name.endswith("_test.py")]
        if not tests or results[-1].failed:
            return results
        probe = await env.runner.run([*iso, "-c", "import pytest"], timeout=30,
                                     confine=confine, cwd=outside)
        if not probe.ok:
            results.append(env.skipped(PYTEST, "pytest", f"pytest is not installed for "
                                       f"{python}: pip install pytest to run the tests"))
            return results
        env.reporter.check_started(PYTEST, "pytest", "python -m pytest -q")
        started = time.monotonic()
        # pytest runs the project's own code by design, so the project's folder stays on
        # its path (tests import the project's modules); it is confined all the same
        proc = await env.tool(PYTEST, [python, "-E", "-s", "-B", "-m", "pytest", "-q",
                                       "-p", "no:cacheprovider",
                                       "--tb=line", "-rfE", "--color=no"],
                              env.options.python_timeout, confine=confine)
        if over := env.over_limit(PYTEST, "pytest", proc, tests[0], "the tests"):
            results.append(over)
            return results
    seconds = time.monotonic() - started
    if proc.exit_code == 5:
        results.append(env.skipped(PYTEST, "pytest", "pytest found no tests"))
        return results
    missing = {m.group("mod") for line in proc.lines if (m := _MISSING.search(line))}
    foreign = sorted(m for m in missing if not _is_project_module(env.root, m))
    if not proc.ok and foreign and proc.exit_code in (1, 2, 4):
        results.append(env.skipped(PYTEST, "pytest", "the tests need "
                                   f"{', '.join(foreign[:3])}, which is not installed here"))
        return results
    findings = parse_pytest_output(proc.lines, env.root) if not proc.ok else []
    if not proc.ok and not findings:
        findings = [Finding(path=tests[0], check=PYTEST, tool="pytest",
                            message="pytest failed: " + " | ".join(proc.lines[-3:])[:400])]
    results.append(env.finish(PYTEST, "pytest", proc, findings, seconds,
                              status="passed" if proc.ok else "failed"))
    return results
