"""Security rules for generated full-stack code, run by ``validators.validate``.

Each rule returns ``Finding``s with file and line, check ``"security"``, so they reach the
owning agent like any other validator error. The rules are deliberately textual (regexes over
TS/JS/SQL): they must judge half-finished, model-written code that may not parse, and a false
alarm costs one fix round while a miss ships a hole. What they catch:

- ``secret-in-client``: the service-role key, a Stripe secret key or a secret env variable read
  in code that runs in the browser ("use client" modules, static-site scripts, ``public/``).
- ``next-public-secret``: a secret exposed through a ``NEXT_PUBLIC_`` variable (the anon and
  publishable keys are public by design and allowed).
- ``route-auth``: a route handler that exports POST/PUT/PATCH/DELETE without resolving the user
  (a public insert-only form, which only inserts, and a signed webhook are allowed).
- ``service-role-reachable``: the service-role key in a route that never checks the user.
- ``server-only``: a module reading the service-role key without ``import "server-only"``.
- ``rls``: a table created without ``enable row level security`` or without any policy.
- ``dangerous-html``: ``dangerouslySetInnerHTML`` fed with anything but a literal or a
  sanitizer's output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from devora_desktop.agents.events import Finding

CHECK = "security"
_CODE_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")
_USE_CLIENT = re.compile(r"""^\s*(?:(?://[^\n]*|/\*.*?\*/)\s*)*['"]use client['"]""", re.DOTALL)
_SERVICE_ROLE = re.compile(r"service[_-]?role", re.IGNORECASE)
_SECRET_LITERAL = re.compile(r"""['"`](sk_(?:live|test)_[0-9A-Za-z]{8,}|rk_live_[0-9A-Za-z]{8,})""")
_SECRET_ENV = re.compile(
    r"process\.env\.(?!NEXT_PUBLIC_)([A-Z0-9_]*(?:SECRET|SERVICE_ROLE|PRIVATE|PASSWORD)[A-Z0-9_]*)")
_NEXT_PUBLIC_SECRET = re.compile(
    r"\bNEXT_PUBLIC_([A-Z0-9_]*(?:SECRET|SERVICE_ROLE|SERVICE_KEY|PRIVATE|PASSWORD|"
    r"WEBHOOK|DATABASE_URL|DB_URL)[A-Z0-9_]*)\b")
_MUTATING = re.compile(
    r"^export\s+(?:async\s+)?(?:function\s+|const\s+)(POST|PUT|PATCH|DELETE)\b", re.MULTILINE)
_HANDLER = re.compile(r"^export\s+(?:async\s+)?(?:function\s+|const\s+)(GET|HEAD|POST|PUT|PATCH|"
                      r"DELETE)\b", re.MULTILINE)
_AUTH_CALL = re.compile(
    r"\b(?:auth\.getUser|requireUser|getUser|getServerSession|currentUser|auth\.getClaims|"
    r"verifyIdToken|getToken|auth|signInWithPassword|signInWithOtp|signInWithOAuth|signUp|"
    r"signOut|exchangeCodeForSession|verifyOtp)\s*\(")
_WEBHOOK = re.compile(r"constructEvent(?:Async)?\s*\(|stripe-signature", re.IGNORECASE)
_CREATE_TABLE = re.compile(
    r"create\s+table\s+(?:if\s+not\s+exists\s+)?((?:\"?\w+\"?\.)?\"?\w+\"?)", re.IGNORECASE)
_ENABLE_RLS = re.compile(
    r"alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?((?:\"?\w+\"?\.)?\"?\w+\"?)\s+"
    r"(?:force|enable)\s+row\s+level\s+security", re.IGNORECASE)
_POLICY = re.compile(r"create\s+policy\s+(?:\"[^\"]*\"|\w+)\s+on\s+((?:\"?\w+\"?\.)?\"?\w+\"?)",
                     re.IGNORECASE)
_DANGEROUS = re.compile(r"dangerouslySetInnerHTML\s*=\s*\{\s*\{\s*__html\s*:\s*")
_SANITIZER = re.compile(r"^(?:DOMPurify\.sanitize|sanitize\w*|purify\w*|escape\w*|"
                        r"xss\w*)\s*\(", re.IGNORECASE)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _strip_comments(text: str) -> str:
    """Blank out JS comments, keeping offsets (and so line numbers) intact."""
    def blank(m: re.Match) -> str:
        if m.group(1):
            return m.group(1)
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"""("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|//[^\n]*|"""
                  r"/\*.*?\*/", blank, text, flags=re.DOTALL)


def is_client_code(path: str, text: str, static_site: bool) -> bool:
    """Code that ships to the browser: "use client" modules, public/ assets, static sites."""
    if path.startswith("public/") and path.endswith((*_CODE_EXT, ".html", ".htm")):
        return True
    if path.endswith(_CODE_EXT) and _USE_CLIENT.match(text):
        return True
    return static_site and path.endswith((*_CODE_EXT, ".html", ".htm"))


def is_route(path: str) -> bool:
    return bool(re.search(r"(?:^|/)app/(?:.*/)?route\.(?:ts|js|tsx|jsx|mjs)$", path)) or (
        bool(re.match(r"(?:src/)?pages/api/", path)) and path.endswith(_CODE_EXT))


def _secrets_in_client(path: str, text: str) -> Iterable[Finding]:
    code = _strip_comments(text)
    for m in _SERVICE_ROLE.finditer(code):
        yield Finding(path=path, check=CHECK, line=_line(code, m.start()),
                      message="secret-in-client: the service-role key is referenced in code "
                              "that runs in the browser; use it only in server-only modules")
        break
    for m in _SECRET_LITERAL.finditer(text):
        yield Finding(path=path, check=CHECK, line=_line(text, m.start()),
                      message="secret-in-client: a secret key is written into browser code")
    for m in _SECRET_ENV.finditer(code):
        yield Finding(path=path, check=CHECK, line=_line(code, m.start()),
                      message=f"secret-in-client: {m.group(1)} is read in browser code; "
                              "read secrets only on the server")


def _server_only(path: str, text: str) -> Iterable[Finding]:
    """A module that reads the service-role key must refuse to be bundled for the browser."""
    code = _strip_comments(text)
    m = re.search(r"process\.env\.\w*SERVICE_ROLE\w*", code)
    if m and not re.search(r"""^\s*import\s+['"]server-only['"]""", code, re.MULTILINE):
        yield Finding(path=path, check=CHECK, line=_line(code, m.start()),
                      message="server-only: this module reads the service-role key; add "
                              "`import \"server-only\"` so it can never reach a client bundle")


def _next_public(path: str, text: str) -> Iterable[Finding]:
    for m in _NEXT_PUBLIC_SECRET.finditer(text):
        yield Finding(path=path, check=CHECK, line=_line(text, m.start()),
                      message=f"next-public-secret: NEXT_PUBLIC_{m.group(1)} would be "
                              "inlined into the browser bundle; drop the NEXT_PUBLIC_ prefix "
                              "and read it on the server")


def _public_insert_only(code: str) -> bool:
    """A public form endpoint: only POST, and the only database write is an insert."""
    handlers = {m.group(1) for m in _HANDLER.finditer(code)}
    return handlers == {"POST"} and ".insert(" in code and not re.search(
        r"\.(?:update|delete|upsert|rpc)\s*\(|\.select\s*\(", code)


def _route_rules(path: str, text: str) -> Iterable[Finding]:
    code = _strip_comments(text)
    authed = bool(_AUTH_CALL.search(code) or _WEBHOOK.search(code))
    mutating = list(_MUTATING.finditer(code))
    if not mutating and re.match(r"(?:src/)?pages/api/", path):
        # Pages Router: one default handler; it mutates when it accepts a writing method or
        # does not look at the method at all.
        default = re.search(r"^export\s+default\b", code, re.MULTILINE)
        methods = re.findall(r"""req\.method\s*[!=]==?\s*['"](\w+)['"]""", code)
        if default and (not methods or set(methods) & {"POST", "PUT", "PATCH", "DELETE"}):
            mutating = [default]
    if mutating and not authed and not _public_insert_only(code):
        for m in mutating:
            verb = m.group(1) if m.lastindex else "the handler"
            yield Finding(path=path, check=CHECK, line=_line(code, m.start()),
                          message=f"route-auth: {verb} changes data without checking "
                                  "who is signed in; resolve the user (supabase.auth.getUser()) "
                                  "and answer 401 before touching the database")
    if not authed:
        m = _SERVICE_ROLE.search(code)
        if m:
            yield Finding(path=path, check=CHECK, line=_line(code, m.start()),
                          message="service-role-reachable: an anonymous request reaches the "
                                  "service-role key (it bypasses RLS); use the user's client")


def _norm_table(name: str) -> str:
    name = name.replace('"', "").lower()
    return name if "." in name else f"public.{name}"


def _rls(files: dict[str, str], targets: Iterable[str]) -> Iterable[Finding]:
    sql = {p: t for p, t in files.items() if p.endswith(".sql")}
    enabled = {_norm_table(m.group(1)) for t in sql.values() for m in _ENABLE_RLS.finditer(t)}
    policies = {_norm_table(m.group(1)) for t in sql.values() for m in _POLICY.finditer(t)}
    for path in targets:
        if path not in sql:
            continue
        text = re.sub(r"--[^\n]*", lambda m: " " * len(m.group(0)), sql[path])
        for m in _CREATE_TABLE.finditer(text):
            table = _norm_table(m.group(1))
            if not table.startswith("public."):
                continue
            if table not in enabled:
                yield Finding(path=path, check=CHECK, line=_line(text, m.start()),
                              message=f"rls: table {table} has no row level security; add "
                                      f"`alter table {table} enable row level security`")
            elif table not in policies:
                yield Finding(path=path, check=CHECK, line=_line(text, m.start()),
                              message=f"rls: table {table} has RLS but no policy, so nobody "
                                      "can use it; add explicit policies")


def _balanced(text: str, start: int) -> str:
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c in "({[":
            depth += 1
        elif c in ")}]":
            if depth == 0:
                return text[start:i]
            depth -= 1
    return text[start:]


def _dangerous_html(path: str, text: str) -> Iterable[Finding]:
    for m in _DANGEROUS.finditer(text):
        expr = _balanced(text, m.end()).strip()
        literal = re.fullmatch(r"""(['"])(?:\\.|(?!\1).)*\1|`[^`$]*`""", expr, re.DOTALL)
        if literal or _SANITIZER.match(expr):
            continue
        yield Finding(path=path, check=CHECK, line=_line(text, m.start()),
                      message="dangerous-html: dangerouslySetInnerHTML renders "
                              f"`{expr[:40]}` unsanitised (XSS); render text or sanitise it")


def check(files: dict[str, str], targets: Iterable[str]) -> list[Finding]:
    """Security findings for ``targets``, judged against the whole project ``files``."""
    targets = list(targets)
    static_site = "package.json" not in files and not any(p.endswith((".tsx", ".ts"))
                                                          for p in files)
    findings: list[Finding] = []
    for path in targets:
        text = files[path]
        if path.endswith(_CODE_EXT) or path.endswith((".html", ".htm")):
            if is_client_code(path, text, static_site):
                findings += _secrets_in_client(path, text)
            if is_route(path):
                findings += _route_rules(path, text)
            elif not is_client_code(path, text, static_site) and path.endswith(_CODE_EXT):
                findings += _server_only(path, text)
            if path.endswith((".jsx", ".tsx", ".js", ".ts")):
                findings += _dangerous_html(path, text)
        name = path.rsplit("/", 1)[-1]
        if path.endswith((*_CODE_EXT, ".json")) or name.startswith(".env"):
            findings += _next_public(path, text)
    findings += _rls(files, targets)
    return findings
