"""Which URLs a Next.js ``middleware.ts`` keeps from signed-out visitors, read from its tree.

A route handler or page under such a URL only runs for a signed-in user, so a rule that asks
"who is signed in?" of the handler can count the middleware's check (as it counts SvelteKit's
``handle`` hook). Read: the ``config.matcher`` paths (path-to-regexp patterns), and the check
itself: an exiting ``if`` over the user an auth call resolved (``if (!user &&
!pathname.startsWith("/login")) return redirect``, in the middleware or a helper it calls, such
as Supabase's ``updateSession``), next-auth's ``export { default } from "next-auth/middleware"``
or ``withAuth``, Clerk's ``auth().protect()`` under ``createRouteMatcher`` lists (and its older
``authMiddleware({ publicRoutes })``). A cookie that is only present is not a check.

Server actions are not covered: Next.js runs an action on a POST to any page that carries its
id, so a middleware that skips any path (the sign-in page) lets them through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from devora_desktop.agents import jsscan
from devora_desktop.agents.jsscan import Module, Node, args, callee, strip, text, walk

_FILE = re.compile(r"^(?:src/)?middleware\.(?:ts|js|mjs)$")
_NEXT_AUTH = re.compile(r"""export\s*\{\s*default\s*(?:,[^}]*)?\}\s*from\s*['"]next-auth/"""
                        r"""middleware['"]""")
# Who is signed in, once a middleware's auth wrapper ran: next-auth v5 ``req.auth``.
_WRAPPED_USER = re.compile(r"^\w+\.auth$")


# What a middleware answers a signed-out visitor with when it keeps them out.
_REFUSES = re.compile(r"redirect|rewrite|\b40[13]\b|Unauthorized|Forbidden|\bthrow\b|"
                      r"new Response|Response\.json|NextResponse\.json")


@dataclass
class PathGuard:
    """The URLs a middleware runs on (``matchers``; None for every URL) and, among them,
    those its user check applies to (``include`` None for all of them, minus ``exclude``)."""

    matchers: list[re.Pattern[str]] | None
    include: list[tuple[str, str]] | None = None  # (kind, value): "prefix" / "exact" / "regex"
    exclude: list[tuple[str, str]] = field(default_factory=list)

    def covers(self, url: str) -> bool:
        if self.matchers is not None and not any(m.fullmatch(url) for m in self.matchers):
            return False
        if self.include is not None and not any(_hit(url, t) for t in self.include):
            return False
        return not any(_hit(url, t) for t in self.exclude)


def _hit(url: str, test: tuple[str, str]) -> bool:
    kind, value = test
    if kind == "prefix":
        return url.startswith(value)
    if kind == "exact":
        return url == value or url == value.rstrip("/")
    pattern = path_pattern(value)
    return pattern is not None and pattern.fullmatch(url) is not None


def path_pattern(source: str) -> re.Pattern[str] | None:
    """A Next.js matcher / Clerk route pattern (path-to-regexp) as a regex: ``/:path*`` any
    depth (or none), ``/:id`` one segment, ``(...)`` groups kept as regex."""
    source = source.replace("\\\\", "\\")
    out, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "(":  # a regex group, up to its matching parenthesis
            depth, j = 0, i
            while j < len(source):
                if source[j] == "\\":
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(source[j], 0)
                if depth == 0:
                    break
                j += 1
            out.append(source[i:j + 1])
            i = j + 1
            continue
        m = re.match(r"/:\w+(\([^)]*\))?([*+?])?", source[i:])
        if m:
            seg = m.group(1) or "[^/]+"
            out.append({"*": f"(?:/{seg})*" if m.group(1) else "(?:/.*)?",
                        "+": f"(?:/{seg})+" if m.group(1) else "/.+",
                        "?": f"(?:/{seg})?"}.get(m.group(2) or "", "/" + seg))
            i += len(m.group(0))
            continue
        out.append(re.escape(ch))
        i += 1
    try:
        return re.compile("".join(out))
    except re.error:
        return None


def url_of(path: str) -> str | None:
    """The URL a route handler or page file serves (``app/api/notes/[id]/route.ts`` ->
    ``/api/notes/x``; groups dropped, dynamic segments filled with ``x``); None for other
    files."""
    m = re.match(r"(?:src/)?app/(?:(.*)/)?(?:route|page)\.(?:ts|js|tsx|jsx|mjs)$", path)
    if m is None:
        m = re.match(r"(?:src/)?pages/(api/.*?)(?:/index)?\.(?:ts|js|tsx|jsx|mjs)$", path)
    if m is None:
        return None
    parts = []
    for seg in (m.group(1) or "").split("/"):
        if not seg or seg.startswith(("(", "@")):
            continue
        parts.append("x" if seg.startswith("[") else seg)
    return "/" + "/".join(parts)


def guard(modules: dict[str, Module], project: jsscan.Project) -> PathGuard | None:
    """What the project's middleware guards, None when it checks nobody."""
    mod = next((m for p, m in modules.items() if _FILE.match(p)), None)
    if mod is None:
        return None
    matchers = _matchers(mod)
    if _NEXT_AUTH.search(mod.src):
        return PathGuard(matchers)
    default = strip(mod.top.get("default"))
    if default is not None and default.type == "call_expression":
        name = callee(default)
        origin = mod.imports.get(name, ("", ""))[0]
        if name == "withAuth" and origin.startswith("next-auth"):
            return PathGuard(matchers)
        if name == "authMiddleware" and origin.startswith("@clerk/"):
            return _clerk_public_routes(mod, default, matchers)
        if name == "clerkMiddleware":
            fn, _ = jsscan.function_of(mod, default)
            return _clerk_protect(mod, fn, matchers) if fn is not None else None
    fn = jsscan.function_of(mod, mod.top.get("middleware") or default)[0]
    if fn is None:
        return None
    wrapped = default is not None and default.type == "call_expression" and \
        callee(default) == "auth"  # next-auth v5: export default auth((req) => …)
    return _checked_paths(mod, fn, project, matchers, wrapped, 0)


def _matchers(mod: Module) -> list[re.Pattern[str]] | None:
    config = strip(mod.top.get("config"))
    if config is None or config.type != "object":
        return None
    value = next((strip(p.child_by_field_name("value")) for p in config.named_children
                  if p.type == "pair" and text(p.child_by_field_name("key")) == "matcher"), None)
    if value is None:
        return None
    items = value.named_children if value.type == "array" else [value]
    out = []
    for item in items:
        item = strip(item)
        if item is not None and item.type == "object":  # { source: "/api/:path*", … }
            item = next((p.child_by_field_name("value") for p in item.named_children
                         if p.type == "pair" and text(p.child_by_field_name("key")) ==
                         "source"), None)
        source = jsscan.string_value(item, mod.consts)
        pattern = path_pattern(source) if source is not None else None
        if pattern is None:
            return None  # a matcher we cannot read: assume it runs everywhere
        out.append(pattern)
    return out


def _route_list(mod: Module, node: Node | None) -> list[tuple[str, str]]:
    """Patterns of ``createRouteMatcher([...])`` (bound to a name) or of a literal list."""
    node = strip(node)
    if node is not None and node.type == "identifier":
        node = strip(mod.top.get(text(node)))
    if node is not None and node.type == "call_expression" and callee(node) == \
            "createRouteMatcher" and args(node):
        node = strip(args(node)[0])
    if node is None or node.type != "array":
        return []
    return [("regex", v) for c in node.named_children
            if (v := jsscan.string_value(c, mod.consts)) is not None]


def _clerk_public_routes(mod: Module, call: Node, matchers: list[re.Pattern[str]] | None
                         ) -> PathGuard:
    options = strip(args(call)[0]) if args(call) else None
    public: list[tuple[str, str]] = []
    for p in options.named_children if options is not None and options.type == "object" else []:
        if p.type == "pair" and text(p.child_by_field_name("key")) in ("publicRoutes",
                                                                       "ignoredRoutes"):
            public += _route_list(mod, p.child_by_field_name("value"))
    return PathGuard(matchers, None, public)


def _clerk_protect(mod: Module, fn: Node, matchers: list[re.Pattern[str]] | None
                   ) -> PathGuard | None:
    """``clerkMiddleware((auth, req) => { if (isProtected(req)) auth().protect() })``, the
    negated public-route form, or an unconditional ``protect()``."""
    for call in walk(fn):
        if call.type != "call_expression" or not callee(call).endswith("protect"):
            continue
        cond_node = call.parent
        while cond_node is not None and cond_node is not fn and cond_node.type != "if_statement":
            cond_node = cond_node.parent
        if cond_node is None or cond_node is fn:
            return PathGuard(matchers)
        cond = strip(cond_node.child_by_field_name("condition"))
        negated = cond is not None and cond.type == "unary_expression" and \
            text(cond).startswith("!")
        inner = strip(cond.named_children[0]) if negated and cond.named_children else cond
        if inner is None or inner.type != "call_expression":
            return None
        routes = _route_list(mod, inner.child_by_field_name("function"))
        if not routes:
            return None
        return PathGuard(matchers, None, routes) if negated else PathGuard(matchers, routes)
    return None


def _checked_paths(mod: Module, fn: Node, project: jsscan.Project,
                   matchers: list[re.Pattern[str]] | None, wrapped: bool,
                   depth: int) -> PathGuard | None:
    """An exiting ``if`` over a missing user in ``fn`` or a project helper it calls (Supabase's
    ``updateSession(request)``): the paths it applies to."""
    flow = jsscan.analyze(mod, fn, project)
    users = set(flow.user_names) if flow.resolves else set()
    users |= _awaited_users(fn)
    exclude: list[tuple[str, str]] = []
    for n in walk(fn):
        if n.type != "if_statement" or not jsscan._exits(n.child_by_field_name("consequence")):
            continue
        parts = list(_and_parts(n.child_by_field_name("condition")))
        user_parts = [p for p in parts if _no_user(p, users, wrapped)]
        if user_parts and not _REFUSES.search(text(n.child_by_field_name("consequence"))):
            continue  # `if (!user) return NextResponse.next()` lets the visitor through
        path_parts = [p for p in parts if p not in user_parts]
        tests = [_path_tests(mod, p, fn) for p in path_parts]
        if not user_parts:
            # `if (PUBLIC.includes(pathname)) return NextResponse.next()`: skipped paths
            if len(parts) == 1 and tests[0] and not text(parts[0]).startswith("!"):
                exclude += tests[0]
            continue
        if any(not t for t in tests):
            return None  # a condition we cannot read: no guard
        include: list[tuple[str, str]] | None = None
        for p, t in zip(path_parts, tests, strict=True):
            if _negated(p):
                exclude += t
            else:
                include = (include or []) + t
        return PathGuard(matchers, include, exclude)
    if depth < 2:
        for call in mod.within(fn, "call_expression"):
            found = project.resolve(mod, callee(call))
            helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
            if found is not None and helper is not None and helper is not fn:
                inner = _checked_paths(found[0], helper, project, matchers, wrapped, depth + 1)
                if inner is not None:
                    inner.exclude += exclude
                    return inner
    return None


_USER_NAME = re.compile(r"^(?:user|session|currentUser|authUser|sessionUser)$")


def _awaited_users(fn: Node) -> set[str]:
    """A user a helper the scan cannot read hands back (``const { response, user } = await
    updateSession(request)`` from a file the project lacks): named as a user, awaited."""
    out: set[str] = set()
    for decl in walk(fn):
        if decl.type != "variable_declarator":
            continue
        value, name = decl.child_by_field_name("value"), decl.child_by_field_name("name")
        if value is None or name is None or value.type != "await_expression":
            continue
        bound = [name] if name.type == "identifier" else [
            n for n in walk(name) if n.type in ("shorthand_property_identifier_pattern",
                                                "identifier")]
        out |= {text(n) for n in bound if _USER_NAME.match(text(n))}
    return out


def _and_parts(cond: Node | None) -> list[Node]:
    cond = strip(cond)
    if cond is None:
        return []
    if cond.type == "binary_expression" and text(cond.child_by_field_name("operator")) == "&&":
        return [*_and_parts(cond.child_by_field_name("left")),
                *_and_parts(cond.child_by_field_name("right"))]
    return [cond]


def _negated(part: Node) -> bool:
    return text(part).startswith("!") or bool(re.search(r"!==?", text(part)))


def _no_user(part: Node, users: set[str], wrapped: bool) -> bool:
    """``!user``, ``!session?.user``, ``user == null``, ``!req.auth`` (a next-auth v5 wrapper),
    or an ``||`` with one of these."""
    part = strip(part) or part
    if part.type == "binary_expression" and text(part.child_by_field_name("operator")) == "||":
        return _no_user(part.child_by_field_name("left"), users, wrapped) or _no_user(
            part.child_by_field_name("right"), users, wrapped)
    body = text(part)
    if part.type == "unary_expression" and body.startswith("!"):
        target = strip(part.named_children[0]) if part.named_children else None
    elif part.type == "binary_expression" and re.search(r"[=!]==?\s*(?:null|undefined)$", body):
        target = strip(part.child_by_field_name("left"))
    else:
        return False
    if target is None:
        return False
    root = jsscan.dotted(target).split(".")[0].split("?")[0]
    return root in users or (wrapped and bool(_WRAPPED_USER.match(jsscan.dotted(target))))


def _path_tests(mod: Module, part: Node, fn: Node | None = None) -> list[tuple[str, str]]:
    """What a path condition compares the URL with: ``startsWith("/x")`` prefixes, ``===`` /
    ``includes`` exact paths, strings of a list it tests (module-level, or a local of the
    middleware ``fn``), a route matcher."""
    part = strip(part) or part
    body = text(part)
    if "pathname" not in body and "url" not in body.lower() and "req" not in body:
        return []
    kind = "prefix" if "startsWith" in body else "exact"
    out: list[tuple[str, str]] = []
    for n in [part, *walk(part)]:
        if n.type == "string":
            value = jsscan.string_value(n)
            if value and value.startswith("/"):
                out.append((kind, value))
        elif n.type == "identifier":
            listed = strip(mod.top.get(text(n)))
            if listed is None and fn is not None:
                listed = strip(jsscan.declaration_of(fn, text(n), part.start_byte))
            if listed is not None and listed.type == "array":
                out += [(kind, v) for c in listed.named_children
                        if (v := jsscan.string_value(c, mod.consts)) and v.startswith("/")]
            elif listed is not None and listed.type == "call_expression":
                out += _route_list(mod, n)
    return out
