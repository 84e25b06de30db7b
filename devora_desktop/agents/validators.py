"""Deterministic checks of generated files, run before the Reviewer.

Real parsers, not guesses: ``ast`` for Python, ``json`` for JSON, tree-sitter grammars
(``core.codescan``) for JS/JSX/TS/TSX/CSS/HTML and PostgreSQL's own grammar (pglast) for SQL.
Cross-file checks: relative imports resolve, bare imports are declared in package.json, no
placeholder text, and every ``/api/...`` route the frontend calls exists in the backend.
Security rules (auth on mutating routes, RLS, secrets out of the browser) live in
``agents/security.py``.
"""

from __future__ import annotations

import ast
import json
import logging
import posixpath
import re
import sys
from collections.abc import Iterable

from devora_desktop.agents import security
from devora_desktop.agents.events import Finding
from devora_desktop.agents.protocol import find_placeholder
from devora_desktop.core import codescan

log = logging.getLogger(__name__)
#: :func:`validate` and :func:`prepare` as a window's run calls them, in its worker process
#: (core/offload.py)
VALIDATE, PREPARE = f"{__name__}:validate", f"{__name__}:prepare"

_JS_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")
_RESOLVE_EXT = ("", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".json", ".css", ".scss",
                ".module.css", ".svg", ".png", ".jpg")
# Starts at its keyword, so re can search for it; _imports checks the character before (no
# word character, "." or "$"): a leading (?:^|[^\w.$]) made it try every position (~3x slower).
_IMPORT = re.compile(
    r"""(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]"""
    r"""|import\s*\(\s*['"]([^'"\n]+)['"]\s*\)"""
    r"""|require\s*\(\s*['"]([^'"\n]+)['"]\s*\)""")
_NOT_BEFORE_IMPORT = re.compile(r"[\w.$]")
_FETCH = re.compile(r"""fetch\(\s*(['"`])(/api/[^'"`?#\s]*)""")
_HTML_REF = re.compile(
    r"""<(?:script|img|link|source)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"'#?]+)""", re.IGNORECASE)
_NODE_BUILTINS = set(getattr(sys, "stdlib_module_names", ())) | {
    "fs", "path", "os", "crypto", "http", "https", "url", "util", "stream", "events", "buffer",
    "child_process", "zlib", "assert", "net", "tls", "dns", "querystring", "readline",
    "worker_threads", "perf_hooks", "timers", "process"}


def _first_error(node) -> int | None:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.is_error or n.is_missing:
            return n.start_point[0] + 1
        if n.has_error:
            stack.extend(reversed(n.children))
    return None


def _strip_jsonc(text: str) -> str:
    text = re.sub(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/',
                  lambda m: m.group(1) or "", text, flags=re.DOTALL)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def check_syntax(path: str, text: str) -> Finding | None:
    if path.endswith(".sql"):
        try:
            codescan.check_sql(text)
        except codescan.SqlSyntaxError as exc:
            return Finding(path=path, check="syntax", line=exc.line,
                           message=f"SQL syntax error: {exc}")
        return None
    if path.endswith(".py"):
        try:
            ast.parse(text, filename=path)
        except SyntaxError as exc:
            return Finding(path=path, check="syntax", line=exc.lineno,
                           message=f"Python syntax error: {exc.msg}")
        return None
    if path.endswith(".json"):
        lenient = path.rsplit("/", 1)[-1].startswith(("tsconfig", "jsconfig")) or \
            ".vscode/" in path
        try:
            json.loads(_strip_jsonc(text) if lenient else text)
        except ValueError as exc:
            return Finding(path=path, check="syntax", line=getattr(exc, "lineno", None),
                           message=f"invalid JSON: {getattr(exc, 'msg', exc)}")
        return None
    grammar = codescan.language_for(path)
    if grammar is None:
        return None
    tree = codescan.parse(path, text)
    if tree.root_node.has_error:
        line = _first_error(tree.root_node)
        return Finding(path=path, check="syntax", line=line,
                       message=f"{grammar.upper() if grammar != 'tsx' else 'TSX'} syntax error")
    return None


def _imports(text: str) -> list[tuple[str, int]]:
    out = []
    pos = 0
    line_at = codescan.LineCounter(text)
    while (m := _IMPORT.search(text, pos)) is not None:
        if m.start() and _NOT_BEFORE_IMPORT.match(text, m.start() - 1):
            pos = m.start() + 1  # part of a longer name (reimport, x.require, $import)
            continue
        out.append((m.group(1) or m.group(2) or m.group(3),
                    line_at(m.start(m.lastindex or 0))))
        pos = m.end()
    return out


def _resolves(base: str, files: set[str]) -> bool:
    base = posixpath.normpath(base)
    candidates = [base + ext for ext in _RESOLVE_EXT]
    candidates += [f"{base}/index{ext}" for ext in _RESOLVE_EXT[1:]]
    return any(c in files for c in candidates)


def _package_name(spec: str) -> str:
    parts = spec.split("/")
    return "/".join(parts[:2]) if spec.startswith("@") else parts[0]


def _api_routes(files: set[str]) -> list[list[str]]:
    routes = []
    for f in files:
        for prefix in ("app/api/", "src/app/api/"):
            if f.startswith(prefix) and re.search(r"/route\.(ts|js|tsx|jsx)$", f):
                segs = f[len(prefix):].rsplit("/", 1)[0].split("/") if "/" in f[len(prefix):] \
                    else []
                routes.append(["api", *[s for s in segs if not s.startswith("(")]])
        if f.startswith("pages/api/") and f.endswith(_JS_EXT):
            rel = re.sub(r"\.\w+$", "", f[len("pages/"):])
            rel = re.sub(r"/index$", "", rel)
            routes.append(rel.split("/"))
    return routes


def _route_exists(called: str, routes: list[list[str]]) -> bool:
    segs = [s for s in re.sub(r"\$\{[^}]*\}", ":param", called).strip("/").split("/") if s]
    for route in routes:
        if len(route) != len(segs) and not any(r.startswith("[...") for r in route):
            continue
        ok = True
        for i, r in enumerate(route):
            if r.startswith("[..."):
                break
            if i >= len(segs) or not (r == segs[i] or r.startswith("[") or segs[i] == ":param"):
                ok = False
                break
        if ok:
            return True
    return False


def validate(files: dict[str, str], only: Iterable[str] | None = None) -> list[Finding]:
    """Findings for ``only`` (default: every file), judged against the whole project."""
    paths = set(files)
    targets = sorted(set(only) & paths if only is not None else paths)
    findings: list[Finding] = []
    declared: set[str] | None = None
    if "package.json" in files:
        try:
            pkg = json.loads(files["package.json"])
            declared = set()
            for key in ("dependencies", "devDependencies", "peerDependencies",
                        "optionalDependencies"):
                declared |= set((pkg.get(key) or {}).keys())
        except (ValueError, AttributeError):
            declared = None
    routes = _api_routes(paths)
    has_backend = bool(routes)
    for path in targets:
        text = files[path]
        syntax = check_syntax(path, text)
        if syntax:
            findings.append(syntax)
        where = codescan.remember("placeholder", "", text, find_placeholder)
        if where:
            line = int(where.split(":")[0].split()[1])
            findings.append(Finding(path=path, check="placeholder", line=line,
                                    message=f"placeholder instead of code: {where}"))
        if path.endswith(_JS_EXT):
            for spec, line in codescan.remember("imports", "", text, _imports):
                if spec.startswith("."):
                    target = posixpath.join(posixpath.dirname(path), spec)
                    if not _resolves(target, paths):
                        findings.append(Finding(path=path, check="import", line=line,
                                                message=f"'{spec}' does not resolve to a file"))
                elif spec.startswith("@/") or spec.startswith("~/"):
                    target = spec[2:]
                    if not (_resolves(target, paths) or _resolves("src/" + target, paths)):
                        findings.append(Finding(path=path, check="import", line=line,
                                                message=f"'{spec}' does not resolve to a file"))
                elif declared is not None and not spec.startswith(("node:", "http", "/")):
                    name = _package_name(spec)
                    if name not in declared and name not in _NODE_BUILTINS:
                        findings.append(Finding(path=path, check="dependency", line=line,
                                                message=f"'{name}' is imported but not in "
                                                        "package.json"))
        if path.endswith((".html", ".htm")):
            line_at = codescan.LineCounter(text)
            for m in _HTML_REF.finditer(text):
                ref = m.group(1).strip()
                if re.match(r"^(?:[a-z]+:|//|\{|\$)", ref, re.I) or not ref:
                    continue
                target = posixpath.normpath(ref.lstrip("/") if ref.startswith("/")
                                            else posixpath.join(posixpath.dirname(path), ref))
                if target not in paths and not target.startswith(("public/", "static/")):
                    line = line_at(m.start())
                    findings.append(Finding(path=path, check="import", line=line,
                                            message=f"'{ref}' does not exist in the project"))
        if path.endswith((*_JS_EXT, ".html")) and not path.startswith(("app/api/", "pages/api/")):
            line_at = codescan.LineCounter(text)
            for m in _FETCH.finditer(text):
                called = m.group(2)
                if not _route_exists(called, routes):
                    line = line_at(m.start())
                    why = "no backend route serves it" if has_backend else \
                        "the project has no backend"
                    findings.append(Finding(path=path, check="route", line=line,
                                            message=f"calls {called} but {why}"))
    findings += security.check(files, targets)
    return _within_budget(findings)


# Findings of one check kept per file: a fix round reads them all, the window lists them, and
# a generated file can repeat one mistake 30,000 times (a fetch per line of data); the rest
# are counted in one more finding that says how many.
MAX_PER_FILE = 25


def _within_budget(findings: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    over: dict[tuple[str, str], int] = {}
    count: dict[tuple[str, str], int] = {}
    for f in findings:
        key = (f.path, f.check)
        count[key] = count.get(key, 0) + 1
        if count[key] <= MAX_PER_FILE:
            kept.append(f)
        else:
            over[key] = over.get(key, 0) + 1
    for (path, check), n in over.items():
        kept.append(Finding(path=path, check=check, severity="warning",
                            message=f"{n:,} more {check} findings in this file, not listed; "
                                    f"fix the first {MAX_PER_FILE} (often one mistake "
                                    "repeated) and check again"))
    return kept


def warm_up() -> None:
    """Set up the parsers and the secret detector (~0.5 s); the engine's warm-up
    (``orchestrator.warm_up``) calls it in a worker thread before a run needs them."""
    try:
        codescan.warm_up()
    except Exception as exc:  # validate() meets the same error and reports it
        log.warning("validators could not warm up", exc_info=exc)


def prepare(path: str, text: str) -> None:
    """Read one file as soon as it is written (in a worker thread, while the model writes the
    next): its tree, secrets, placeholder, imports and one-file rules are remembered, so the
    validation after the last file runs only the rules that read several files."""
    try:
        check_syntax(path, text)
        codescan.remember("placeholder", "", text, find_placeholder)
        if path.endswith(_JS_EXT):
            codescan.remember("imports", "", text, _imports)
        security.prepare(path, text)
    except Exception as exc:  # validate() reads the file again and reports what fails
        log.debug("could not prepare %s for validation", path, exc_info=exc)
