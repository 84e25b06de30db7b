"""The Node check: ``npm install`` (install scripts off, a shared cache, no audit/fund noise)
then ``npm run build``, whose output (Next.js, tsc, SWC, webpack) becomes file:line findings."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from devora_desktop.core.checks import CheckEnv, CheckResult
from devora_desktop.core.models import Finding

INSTALL, BUILD = "npm-install", "npm-build"
#: ``--git=git``: a command-line setting wins over the project's own ``.npmrc``, whose
#: ``git=./a-program`` ran that program (with the registry's network) for a git dependency.
INSTALL_ARGS = ["install", "--ignore-scripts", "--no-package-lock", "--no-audit", "--no-fund",
                "--loglevel=error", "--git=git"]
_OFFLINE = re.compile(r"ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH"
                      r"|network request to .* failed|getaddrinfo", re.IGNORECASE)
_EXT = r"(?:tsx?|jsx?|mjs|cjs|mts|cts|css|scss|json)"
_P = rf"(?P<path>(?:\./|/|[A-Za-z]:[\\/])?[\w@.\-\[\]()/\\]+\.{_EXT})"
# ./app/page.tsx:5:7   |   app/page.tsx:5:7 - error TS2322: ...   |   app/page.tsx(5,7): ...
_LOC = re.compile(rf"^{_P}:(?P<line>\d+):(?P<col>\d+)(?:\s*-?\s*(?P<rest>.*))?$")
_TSC = re.compile(rf"^{_P}\((?P<line>\d+),(?P<col>\d+)\):\s*(?P<rest>.+)$")
_PATH_ONLY = re.compile(rf"^{_P}$")
_MESSAGE = re.compile(r"^(?P<kind>Type error|Error|SyntaxError|TypeError|ReferenceError"
                      r"|Module not found)\s*:\s*(?P<msg>.*)$")
_SWC_BLOCK = re.compile(r"^,-\[.*:(?P<line>\d+):(?P<col>\d+)\]$")
_SWC_LINE = re.compile(r"^(?P<n>\d+)\s\|")
_SWC_CARET = re.compile(r"^:\s*\^")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def install_confinement(env: CheckEnv) -> dict:
    """``npm install`` alone may reach the registry and write Devora's package cache (scripts
    are off, so no package code runs): a build can't poison the cache for other projects."""
    if env.options.cache_dir is None:
        return {"confine": env.confinement(network="registry")}
    cache = Path(env.options.cache_dir) / "npm"
    cache.mkdir(parents=True, exist_ok=True)
    return {"confine": env.confinement(network="registry", writable=(cache,)),
            "env": {"npm_config_cache": str(cache)}}


def deps_current(root: Path) -> bool:
    """Nothing to install: package.json names no dependencies, or node_modules was installed
    after its last change (and its lock's)."""
    try:
        package = json.loads((root / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if isinstance(package, dict) and not package.get("dependencies") \
            and not package.get("devDependencies"):
        return True
    marker = root / "node_modules" / ".package-lock.json"
    if not marker.is_file():
        return False
    newest = max((root / n).stat().st_mtime for n in ("package.json", "package-lock.json")
                 if (root / n).is_file())
    return marker.stat().st_mtime >= newest


def _rel(path: str, root: Path) -> str:
    path = path.replace("\\", "/")
    rootp = str(root.resolve()).replace("\\", "/").rstrip("/") + "/"
    if path.startswith(rootp):
        path = path[len(rootp):]
    elif path.startswith("/") and (root / path.lstrip("/")).is_file():
        path = path.lstrip("/")
    return path[2:] if path.startswith("./") else path


def _message_after(lines: list[str], i: int) -> str:
    """The first error line after a location line: "Type error: ...", or SWC's "Error:"
    followed by "x <what>"."""
    for j in range(i + 1, min(i + 8, len(lines))):
        m = _MESSAGE.match(lines[j])
        if not m:
            continue
        msg = m.group("msg").strip()
        if not msg:
            follow = next((ln for ln in lines[j + 1:j + 4] if ln), "")
            msg = follow.lstrip("x× ").strip()
        return f"{m.group('kind')}: {msg}" if msg else ""
    return ""


def _swc_line(lines: list[str], i: int) -> tuple[int | None, int | None]:
    """In an SWC code frame after line i: the numbered line just above the caret."""
    last = None
    for j in range(i + 1, min(i + 40, len(lines))):
        if _SWC_BLOCK.match(lines[j]):
            last = None
        elif m := _SWC_LINE.match(lines[j]):
            last = int(m.group("n"))
        elif _SWC_CARET.match(lines[j]) and last is not None:
            return last, len(lines[j]) - len(lines[j].lstrip(": ")) or None
        elif lines[j].startswith("`----"):
            break
    return None, None


def parse_build_output(lines: list[str], root: Path) -> list[Finding]:
    """file:line findings from a build log (Next.js type errors, SWC syntax errors, webpack's
    "Module not found", tsc); locations outside the project or without a message are left."""
    clean = [_ANSI.sub("", ln).strip() for ln in lines]
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for i, text in enumerate(clean):
        m = _TSC.match(text) or _LOC.match(text) or _PATH_ONLY.match(text)
        if not m:
            continue
        rel = _rel(m.group("path"), root)
        if "node_modules/" in rel or Path(rel).is_absolute() or not (root / rel).is_file():
            continue
        groups = m.groupdict()
        line = int(groups["line"]) if groups.get("line") else None
        col = int(groups["col"]) if groups.get("col") else None
        message = (groups.get("rest") or "").strip()
        if not message or message.lower().startswith(("warning", "info")):
            message = _message_after(clean, i)
        if not message:
            continue
        if line is None:
            line, _ = _swc_line(clean, i)
        key = (rel, line, message)
        if key not in seen:
            seen.add(key)
            findings.append(Finding(path=rel, line=line, column=col, check=BUILD, tool="npm",
                                    message=message[:500]))
    return findings


def _tail_message(lines: list[str], n: int = 3) -> str:
    useful = [ln.strip() for ln in lines if ln.strip() and not ln.startswith(">")]
    errs = [ln for ln in useful if "err" in ln.lower()] or useful
    return " | ".join(errs[:n])[:500] or "no output"


async def run(env: CheckEnv) -> list[CheckResult]:
    root = env.root
    try:
        package = json.loads((root / "package.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        finding = Finding(path="package.json", check=INSTALL, tool="npm",
                          message=f"package.json is not valid JSON: {exc}"[:300])
        return [env.finish(INSTALL, "npm", None, [finding], 0.0)]
    npm = env.runner.which("npm")
    if npm is None:
        return [env.skipped(INSTALL, "npm", "npm is not installed: install Node.js to "
                            "build the project")]
    results: list[CheckResult] = []
    if deps_current(root):
        env.reporter.check_started(INSTALL, "npm", "npm install (up to date)")
        results.append(env.finish(INSTALL, "npm", None, [], 0.0))
    else:
        env.reporter.check_started(INSTALL, "npm", "npm " + " ".join(INSTALL_ARGS))
        started = time.monotonic()
        proc = await env.tool(INSTALL, [npm, *INSTALL_ARGS], env.options.install_timeout,
                              **install_confinement(env))
        seconds = time.monotonic() - started
        if over := env.over_limit(INSTALL, "npm", proc, "package.json", "npm install"):
            results.append(over)
        elif proc.ok:
            results.append(env.finish(INSTALL, "npm", proc, [], seconds))
        elif proc.timed_out:
            results.append(env.skipped(INSTALL, "npm", "npm install took longer than "
                                       f"{env.options.install_timeout:.0f} s"))
        elif _OFFLINE.search(proc.text):
            results.append(env.skipped(INSTALL, "npm", "offline: npm could not reach the "
                                       "registry, so the build was not checked"))
        else:
            finding = Finding(path="package.json", check=INSTALL, tool="npm",
                              message=f"npm install failed: {_tail_message(proc.lines)}")
            results.append(env.finish(INSTALL, "npm", proc, [finding], seconds))
    if results[-1].status != "passed":
        return results
    if "build" not in (package.get("scripts") or {}):
        results.append(env.skipped(BUILD, "npm", "package.json has no build script"))
        return results
    env.reporter.check_started(BUILD, "npm", "npm run build")
    started = time.monotonic()
    proc = await env.tool(BUILD, [npm, "run", "build"], env.options.build_timeout)
    seconds = time.monotonic() - started
    if proc.timed_out:
        results.append(env.skipped(BUILD, "npm", "npm run build took longer than "
                                   f"{env.options.build_timeout:.0f} s"))
        return results
    if over := env.over_limit(BUILD, "npm", proc, "package.json", "npm run build"):
        results.append(over)
        return results
    findings = parse_build_output(proc.lines, root) if not proc.ok else []
    if not proc.ok and not findings:
        findings = [Finding(path="package.json", check=BUILD, tool="npm",
                            message=f"npm run build failed: {_tail_message(proc.lines)}")]
    results.append(env.finish(BUILD, "npm", proc, findings, seconds,
                              status="passed" if proc.ok else "failed"))
    return results
