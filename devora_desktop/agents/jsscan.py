"""What the security rules need to know about JS/TS code, read from tree-sitter trees.

The rules in ``agents/security.py`` ask questions of code, not of words: which functions a file
exports as route handlers (every export form), which are server actions, whether the user an
auth call returns is checked before each database call, which names hold request input, which
values reach a redirect, an ``eval`` or a raw query. Comments never count: they are not in the
tree's code nodes. The analysis is within one function plus the project's helpers by name (a
``requireUser`` defined in ``lib/auth.ts`` is followed into its body), which is what model
output needs; it is not a full data-flow engine.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from devora_desktop.core import codescan

Node = Any  # tree_sitter.Node

HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
MUTATING = {"POST", "PUT", "PATCH", "DELETE"}
FUNCTIONS = {"function_declaration", "function_expression", "arrow_function",
             "generator_function_declaration", "method_definition", "function"}

# Calls that resolve who is signed in (libraries); project helpers are followed instead.
_AUTH_RESOLVE = re.compile(
    r"(?:^|\.)(?:getUser|getSession|getClaims|getServerSession|getAuth|currentUser|getToken|"
    r"verifyIdToken|validateRequest|getKindeServerSession|getServerAuthSession|getCurrentUser|"
    r"requireUser|requireAuth|requireSession|getUserOrThrow|getViewer|safeGetSession|"
    r"requireUserId|getUserId|isAuthenticated|getUserSession|serverSupabaseUser|"
    # a data access layer's own (Next.js' docs: verifySession()), Lucia's validateSession
    r"verifySession|validateSession\w*|getSessionUser|getLoggedInUser|verifyAuth|verifyUser|"
    r"require(?:User|Auth|Session|Login|SignedIn)\w*)$|^auth$|(?:^|\.)locals\.auth$")
# Calls that end the request when nobody is signed in (Fastify's request.jwtVerify() and
# jsonwebtoken's verify throw).
_AUTH_ASSERT = re.compile(r"(?:^|\.)(?:protect|jwtVerify)$|^(?:auth\(\)\.protect)$|"
                          r"^(?:jwt|jsonwebtoken)\.verify$")  # throws on a bad signature
# The signed-in user a server framework's session middleware left on the request: Express /
# Fastify ``req.user``, ``req.session.userId``, ``req.auth``, Koa ``ctx.state.user``, SvelteKit
# ``locals.user``, Hono ``c.get("user")``. Reading it resolves the user, as getUser() does.
SESSION_USER = re.compile(
    r"\b(?:req|request)\.(?:user|userId|auth|session\.(?:user\w*|passport))\b|"
    r"\bctx\.state\.user\b|\blocals\.(?:user\w*|session|auth\w*)\b|\bevent\.context\.(?:user|auth)\b|"
    # a Firebase v1 callable's caller; the user a server function's middleware hands on
    r"\bcontext\.(?:auth|user|session)\b|"
    # Netlify Identity's user (a function's clientContext); an API Gateway authorizer's claims
    r"\bcontext\.clientContext\??\.user\b|\bevent\.requestContext\??\.authorizer\b|"
    r"\bctx\.(?:session\.user|user|userId|auth\.userId)\b|"
    r"\bc\.var\.(?:user|userId|jwtPayload|session|auth)\b|"  # Hono's c.set() by middleware
    r"\bc\.get\(\s*['\"](?:user|userId|jwtPayload|session)['\"]|"
    r"\bsharedMap\.get\(\s*['\"]session['\"]")  # Qwik: what Auth.js' plugin shares
# Calls of a public sign-in flow: those endpoints are meant for anonymous visitors.
_AUTH_FLOW = re.compile(r"\.(?:signInWithPassword|signInWithOtp|signInWithOAuth|signUp|signOut|"
                        r"exchangeCodeForSession|verifyOtp|resetPasswordForEmail|signIn)$|"
                        r"^(?:signIn|signOut)$|"
                        # a server's own sign-in/sign-up: Passport's req.login, password hashes
                        r"^(?:req|request)\.(?:login|logIn|logout|logOut)$|"
                        r"^(?:bcrypt|bcryptjs|argon2)\.(?:compare|hash|verify)(?:Sync)?$")
_EXIT_CALL = re.compile(r"(?:^|\.)(?:redirect|permanentRedirect|notFound|unauthorized|forbidden|"
                        r"abort|exit)$|^error$|^ctx\.throw$")  # SvelteKit's error(), Koa's throw
_PRISMA_OPS = ("create", "createMany", "update", "updateMany", "upsert", "delete", "deleteMany",
               "findUnique", "findFirst", "findMany", "findUniqueOrThrow", "findFirstOrThrow",
               "count", "aggregate", "groupBy")
_WRITE_WORDS = re.compile(r"\.(?:insert|update|delete|upsert|rpc|create|createMany|updateMany|"
                          r"deleteMany|insertOne|insertMany|updateOne|updateMany|deleteOne|del|"
                          r"replaceOne|findOneAndUpdate|findOneAndDelete|\$executeRaw\w*|"
                          r"execute|query|run|insertInto|updateTable|deleteFrom)\(\)")
_BUILTIN_FROM = {"Array", "Buffer", "Object", "Uint8Array", "Set", "Map", "String", "Promise",
                 "Date", "Int32Array", "Float32Array", "Float64Array", "Uint16Array", "Uint32Array",
                 "Math", "JSON", "Reflect", "Intl", "Number", "Symbol", "Response", "URL"}
_MONGOOSE = {"find", "findOne", "findById", "findByIdAndUpdate", "findByIdAndDelete",
             "findByIdAndRemove", "findOneAndUpdate", "findOneAndDelete", "create", "insertMany",
             "updateOne", "updateMany", "deleteOne", "deleteMany", "countDocuments", "aggregate",
             "replaceOne", "findAll", "findByPk", "destroy", "bulkCreate"}  # + Sequelize


def text(node: Node | None) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None else ""


def line(node: Node) -> int:
    return node.start_point[0] + 1


def walk(node: Node, skip_functions: bool = False) -> Iterator[Node]:
    """Every node below ``node`` in document order; with ``skip_functions``, nested functions
    are not entered (their code runs later, or never). A tree cursor: ~3x faster than lists
    of children, and the rules walk every file many times."""
    cursor = node.walk()
    if not cursor.goto_first_child():
        return
    depth = 1  # counted here: the cursor's own depth counts its whole stack at each ask
    while True:
        n = cursor.node
        yield n
        if not (skip_functions and n.type in FUNCTIONS) and cursor.goto_first_child():
            depth += 1
            continue
        while not cursor.goto_next_sibling():
            depth -= 1
            if not cursor.goto_parent() or depth == 0:
                return


def strip(node: Node | None) -> Node | None:
    """Through ``await``, parentheses, ``!``-non-null and ``as`` casts to the value."""
    while node is not None and node.type in ("await_expression", "parenthesized_expression",
                                             "non_null_expression", "as_expression",
                                             "satisfies_expression", "type_assertion"):
        named = [c for c in node.named_children if c.type not in ("type_annotation",)]
        node = named[0] if named else None
    return node


def dotted(node: Node | None) -> str:
    """A callee as a dotted path: ``supabase.from().delete().eq``; ``?`` for the unknown."""
    node = strip(node)
    if node is None:
        return "?"
    if node.type in ("identifier", "property_identifier", "this", "private_property_identifier",
                     "meta_property"):  # import.meta
        return text(node)
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        return f"{dotted(obj)}.{text(prop)}"
    if node.type == "call_expression":
        return dotted(node.child_by_field_name("function")) + "()"
    if node.type == "subscript_expression":
        return dotted(node.child_by_field_name("object")) + "[]"
    if node.type == "new_expression":
        return "new " + dotted(node.child_by_field_name("constructor"))
    return "?"


@functools.lru_cache(maxsize=32768)
def callee(call: Node) -> str:
    """A call's callee as a dotted path. Remembered: every rule asks it of every call (a node
    keeps its tree alive, so a remembered node is never another tree's)."""
    return dotted(call.child_by_field_name("function"))


def args(call: Node) -> list[Node]:
    a = call.child_by_field_name("arguments")
    if a is None:
        return []
    if a.type == "template_string":
        return [a]
    return [c for c in a.named_children if c.type != "comment"]


def _plus(node: Node | None) -> bool:
    return node is not None and node.type == "binary_expression" and \
        text(node.child_by_field_name("operator")) == "+"


def string_value(node: Node | None, consts: dict[str, str] | None = None) -> str | None:
    """The string an expression always has (literals, ``+``, templates without holes, a const
    bound to one, ``[..].join(sep)``), else None."""
    node = strip(node)
    if node is None:
        return None
    if node.type == "string":
        return "".join(text(c) for c in node.named_children if c.type in (
            "string_fragment", "escape_sequence"))
    if node.type == "template_string":
        out = []
        for c in node.named_children:
            if c.type == "template_substitution":
                inner = string_value(c.named_children[0] if c.named_children else None, consts)
                if inner is None:
                    return None
                out.append(inner)
            else:
                out.append(text(c))
        return "".join(out)
    if _plus(node):
        # a chain ('<li>1</li>' + '<li>2</li>' + … a thousand times) nests on its left: walked
        # in a loop, one recursion per term raised RecursionError and failed the run
        parts = []
        while _plus(node):
            parts.append(node.child_by_field_name("right"))
            node = strip(node.child_by_field_name("left"))
        parts.append(node)
        out = []
        for part in reversed(parts):
            if (value := string_value(part, consts)) is None:
                return None
            out.append(value)
        return "".join(out)
    if node.type == "identifier" and consts and text(node) in consts:
        return consts[text(node)]
    if node.type == "call_expression" and callee(node).endswith(".join"):
        obj = strip(node.child_by_field_name("function").child_by_field_name("object"))
        sep = args(node)
        sep_value = string_value(sep[0], consts) if sep else ","
        if obj is not None and obj.type == "array" and sep_value is not None:
            parts = [string_value(c, consts) for c in obj.named_children]
            if all(p is not None for p in parts):
                return sep_value.join(parts)  # type: ignore[arg-type]
    return None


def possible_strings(node: Node | None, mod: Module, bindings: dict[str, set[str]] | None = None,
                     depth: int = 0) -> set[str] | None:
    """Every string an expression can have when it is built from constants (branches of a
    ternary, entries of a constant table, a local bound to such a value, a parameter given in
    ``bindings``), else None. ``process.env[role === "anon" ? A : B]`` reads both names."""
    node = strip(node)
    if node is None or depth > 6:
        return None
    bindings = bindings or {}
    fixed = string_value(node, mod.consts)
    if fixed is not None:
        return {fixed}
    out: set[str] = set()
    if node.type == "ternary_expression":
        branch = _decided(node.child_by_field_name("condition"), bindings)
        for field_name in ("consequence", "alternative"):
            if branch is not None and branch != (field_name == "consequence"):
                continue
            part = possible_strings(node.child_by_field_name(field_name), mod, bindings,
                                    depth + 1)
            if part is None:
                return None
            out |= part
        return out
    if node.type in ("template_string", "binary_expression"):
        if node.type == "binary_expression" and text(node.child_by_field_name("operator")) \
                != "+":
            return None
        pieces = [c for c in node.named_children if c.type != "comment"] \
            if node.type == "template_string" else [node.child_by_field_name("left"),
                                                     node.child_by_field_name("right")]
        combos = {""}
        for piece in pieces:
            if piece.type == "string_fragment" or piece.type == "escape_sequence":
                options: set[str] | None = {text(piece)}
            elif piece.type == "template_substitution":
                options = possible_strings(piece.named_children[0] if piece.named_children
                                           else None, mod, bindings, depth + 1)
            else:
                options = possible_strings(piece, mod, bindings, depth + 1)
            if options is None or len(combos) * len(options) > 64:
                return None
            combos = {a + b for a in combos for b in options}
        return combos
    if node.type in ("subscript_expression", "member_expression"):
        obj = strip(node.child_by_field_name("object"))
        table = strip(mod.top.get(text(obj))) if obj is not None and obj.type == "identifier" \
            else None
        if table is None or table.type != "object":
            return None
        entries = {}
        for pair in table.named_children:
            if pair.type == "pair":
                key = pair.child_by_field_name("key")
                entries[string_value(key) or text(key)] = pair.child_by_field_name("value")
        if node.type == "member_expression":
            keys: set[str] | None = {text(node.child_by_field_name("property"))}
        else:
            keys = possible_strings(node.child_by_field_name("index"), mod, bindings,
                                    depth + 1)
        for key in (keys if keys is not None else set(entries)):
            part = possible_strings(entries.get(key), mod, bindings, depth + 1)
            if part is None:
                return None
            out |= part
        return out
    if node.type == "call_expression":
        return _possible_call_strings(node, mod, bindings, depth)
    if node.type == "identifier":
        name = text(node)
        if name in bindings:
            return bindings[name]
        value = declaration_of(enclosing_function(node) or mod.root, name, node.start_byte)
        if value is None and name in mod.top:
            value = mod.top[name]
        if value is not None and value is not node:
            return possible_strings(value, mod, bindings, depth + 1)
        if value is None:
            return parameter_values(node, mod)
    return None


def _possible_call_strings(node: Node, mod: Module, bindings: dict[str, set[str]],
                           depth: int) -> set[str] | None:
    """A name put together by a call: ``[PREFIX, kind, "KEY"].join("_")``,
    ``"SUPABASE_".concat(kind)``, ``name.toUpperCase()``."""
    fn = node.child_by_field_name("function")
    if fn is None or fn.type != "member_expression":
        return None
    method, obj = text(fn.child_by_field_name("property")), fn.child_by_field_name("object")
    given = args(node)
    if method in ("toUpperCase", "toLowerCase", "trim") and not given:
        inner = possible_strings(obj, mod, bindings, depth + 1)
        return None if inner is None else {
            x.upper() if method == "toUpperCase" else x.lower() if method == "toLowerCase"
            else x.strip() for x in inner}
    if method == "concat":
        parts = [obj, *given]
    elif method == "join" and len(given) <= 1:
        items = strip(obj)
        if items is not None and items.type == "identifier":
            items = strip(declaration_of(enclosing_function(items) or mod.root, text(items),
                                        items.start_byte) or mod.top.get(text(items)))
        if items is None or items.type != "array":
            return None
        sep = possible_strings(given[0], mod, bindings, depth + 1) if given else {","}
        if sep is None or len(sep) != 1:
            return None
        parts = []
        for i, item in enumerate(items.named_children):
            if i:
                parts.append(next(iter(sep)))
            parts.append(item)
    else:
        return None
    combos = {""}
    for part in parts:
        options = {part} if isinstance(part, str) else possible_strings(part, mod, bindings,
                                                                         depth + 1)
        if options is None or len(combos) * len(options) > 64:
            return None
        combos = {a + b for a in combos for b in options}
    return combos


def parameter_values(node: Node, mod: Module) -> set[str] | None:
    """The strings a function's parameter ``node`` can hold: the constants the calls of the
    function in its module pass (``keyFor("SERVICE_ROLE")``), else its type's literal union
    (``kind: "anon" | "service"``); None when that is not known."""
    fn = enclosing_function(node)
    params = (fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")) \
        if fn is not None else None
    if fn is None or params is None:
        return None
    listed = [params] if params.type == "identifier" else list(params.named_children)
    index = next((i for i, p in enumerate(listed) if text(p.child_by_field_name("pattern") or p)
                  == text(node)), None)
    if index is None:
        return None
    name = declared_name(fn)
    passed: set[str | None] = set()
    for call in mod.of_type("call_expression") if name is not None else ():
        if callee(call) == text(name):
            given = args(call)
            passed.add(string_value(given[index], mod.consts) if len(given) > index else None)
    if passed and None not in passed:
        return passed  # type: ignore[return-value]
    annotation = listed[index].child_by_field_name("type")
    named = [c for c in walk(annotation) if c.type == "type_identifier"] \
        if annotation is not None else []
    if len(named) == 1 and annotation is not None and text(annotation).lstrip(": ") == text(
            named[0]):  # kind: Mode, where type Mode = "ANON" | "SERVICE_ROLE"
        annotation = next((a.child_by_field_name("value") for a in mod.of_type(
            "type_alias_declaration") if text(a.child_by_field_name("name")) == text(
                named[0])), annotation)
    literals = [c for c in walk(annotation) if c.type == "literal_type"] \
        if annotation is not None else []
    if literals and all(c.parent is not None and c.parent.type in ("union_type",
                                                                  "type_annotation")
                        for c in literals):
        values = {string_value(c.named_children[0]) for c in literals if c.named_children}
        return None if None in values else values  # type: ignore[return-value]
    return None


def _decided(cond: Node | None, bindings: dict[str, set[str]]) -> bool | None:
    """``param === "x"`` with ``param`` bound to one known value: its truth, else None."""
    cond = strip(cond)
    if cond is None or cond.type != "binary_expression":
        return None
    op = text(cond.child_by_field_name("operator"))
    left, right = strip(cond.child_by_field_name("left")), cond.child_by_field_name("right")
    if op not in ("===", "==", "!==", "!=") or left is None or left.type != "identifier":
        return None
    known, literal = bindings.get(text(left)), string_value(right)
    if known is None or len(known) != 1 or literal is None:
        return None
    return (next(iter(known)) == literal) == (op in ("===", "=="))


def is_literal(node: Node | None) -> bool:
    node = strip(node)
    return node is not None and (node.type in ("string", "number", "true", "false", "null")
                                 or (node.type == "template_string" and not any(
                                     c.type == "template_substitution" for c in node.children)))


def pattern_names(node: Node | None) -> set[str]:
    """Names a declaration binds: ``user`` in ``const { data: { user } } = …``."""
    if node is None:
        return set()
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        return {text(node)}
    out: set[str] = set()
    for c in node.named_children:
        if node.type == "pair_pattern" and c == node.child_by_field_name("key"):
            continue
        if c.type in ("type_annotation", "property_identifier"):
            continue
        out |= pattern_names(c)
    return out


def mentions(node: Node | None, names: set[str]) -> bool:
    """Whether ``node`` reads one of ``names`` (as a variable, not as a property name)."""
    if node is None or not names:
        return False
    if node.type in ("identifier", "shorthand_property_identifier") and text(node) in names:
        return True
    return any(n.type in ("identifier", "shorthand_property_identifier") and text(n) in names
               for n in walk(node))


def directive(body: Node | None, word: str) -> bool:
    """A leading ``"use server"``/``"use client"`` directive in a program or function body."""
    if body is None:
        return False
    for c in body.named_children:
        if c.type == "comment":
            continue
        if c.type == "expression_statement" and c.named_children and \
                c.named_children[0].type == "string":
            if string_value(c.named_children[0]) == word:
                return True
            continue
        return False
    return False


@dataclass
class Entry:
    """A function a request reaches: a route handler, a server action or a page."""

    name: str
    kind: str           # "route" | "action" | "page"
    fn: Node | None     # the function (None when it could not be resolved)
    line: int
    wrapper: str = ""   # ``withAuth`` in ``export const POST = withAuth(async () => …)``
    #: Middleware that runs first: ``requireAuth`` in ``router.post("/x", requireAuth, h)``,
    #: an earlier ``app.use(auth)``, Fastify's ``preHandler``.
    guards: list[Node] = field(default_factory=list)
    url: str = ""       # the path a call-registered route serves (``/notes/:id``)
    label: str = ""     # how findings name it, when not by ``name``

    @property
    def mutating(self) -> bool:
        return self.kind == "action" or self.name in MUTATING or self.name in ("default", "ALL")


@dataclass
class Module:
    """One parsed JS/TS file and what the rules ask of it."""

    path: str
    src: str
    tree: Any
    top: dict[str, Node] = field(default_factory=dict)       # top-level name -> value/function
    consts: dict[str, str] = field(default_factory=dict)     # const name -> string value
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (module, name)
    # ``export { a as b } from "./m"`` -> {"b": ("./m", "a")} ("" for a local or imported a);
    # ``export * from "./m"`` -> "./m" in stars
    reexports: dict[str, tuple[str, str]] = field(default_factory=dict)
    stars: list[str] = field(default_factory=list)

    cache: dict[str, Any] = field(default_factory=dict)  # facts of this file alone

    @property
    def root(self) -> Node:
        return self.tree.root_node

    @property
    def nodes(self) -> list[Node]:
        """Every node of the file in document order (walked once)."""
        if "nodes" not in self.cache:
            self.cache["nodes"] = list(walk(self.root))
        return self.cache["nodes"]

    def parent(self, node: Node) -> Node | None:
        """``node.parent`` in constant time: tree-sitter finds a parent by walking down from
        the root, so asking it of every link of a 4,000-term ``+`` chain (4,000 deep) took
        seconds. Keyed by the node's id and place (a subtree may be shared)."""
        if "parents" not in self.cache:
            self.cache["parents"] = {(c.id, c.start_byte): n for n in self.nodes
                                     for c in n.children}
        found = self.cache["parents"].get((node.id, node.start_byte))
        return found if found is not None else node.parent

    def of_type(self, *types: str) -> list[Node]:
        """The file's nodes of these types, in document order (each query filtered once:
        the rules ask for calls, assignments, strings… of every file)."""
        key = "type:" + ",".join(types)
        if key not in self.cache:
            if "by-type" not in self.cache:  # one pass: each type's places in the file
                index: dict[str, list[int]] = {}
                for i, n in enumerate(self.nodes):
                    index.setdefault(n.type, []).append(i)
                self.cache["by-type"] = index
            index = self.cache["by-type"]
            places = index.get(types[0], []) if len(types) == 1 else sorted(
                i for t in set(types) for i in index.get(t, ()))
            nodes = self.nodes
            self.cache[key] = [nodes[i] for i in places]
        return self.cache[key]

    def within(self, node: Node, *types: str) -> list[Node]:
        """The nodes of these types inside ``node`` (a function of this file), in document
        order: a slice of :meth:`of_type` instead of a walk of the function."""
        found = self.of_type(*types)
        key = "starts:" + ",".join(types)
        if key not in self.cache:
            self.cache[key] = [n.start_byte for n in found]
        starts = self.cache[key]
        lo = bisect.bisect_left(starts, node.start_byte)
        hi = bisect.bisect_left(starts, node.end_byte)
        return [n for n in found[lo:hi] if n.end_byte <= node.end_byte and n != node]

    @property
    def use_client(self) -> bool:
        return directive(self.root, "use client")

    @property
    def use_server(self) -> bool:
        return directive(self.root, "use server")


def load(path: str, src: str) -> Module | None:
    """``path`` read as a module, None for what is not JS/TS. The same text gives the same
    ``Module`` (remembered with its per-file facts in ``cache``): keep facts that depend on
    other files out of it."""
    return codescan.remember("module", path, src, lambda text: _load(path, text))


def _load(path: str, src: str) -> Module | None:
    tree = codescan.parse(path, src)
    if tree is None or codescan.language_for(path) in ("css", "html"):
        return None
    mod = Module(path, src, tree)
    exports: list[tuple[str, Node]] = []  # module.exports / export default, bound after
    for stmt in mod.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if stmt.type == "export_statement" and any(c.type == "default" for c in stmt.children):
            value = decl or stmt.child_by_field_name("value")
            if value is not None:
                exports.append(("default", value))
        elif stmt.type == "expression_statement":
            exports += _commonjs_exports(stmt)
        if stmt.type == "export_statement" and decl is None:
            _note_reexports(mod, stmt)
        if decl is None:
            continue
        if decl.type in ("function_declaration", "generator_function_declaration",
                         "class_declaration"):
            mod.top[text(decl.child_by_field_name("name"))] = decl
        elif decl.type in ("lexical_declaration", "variable_declaration"):
            for d in decl.named_children:
                if d.type != "variable_declarator":
                    continue
                name_node, value = d.child_by_field_name("name"), d.child_by_field_name("value")
                source = required(value)
                if source is not None and name_node is not None:  # const x = require("./m")
                    if name_node.type == "identifier":
                        mod.imports[text(name_node)] = (source, "default")
                    for p in name_node.named_children if name_node.type == "object_pattern" \
                            else []:
                        key = p.child_by_field_name("key") if p.type == "pair_pattern" else p
                        local = p.child_by_field_name("value") if p.type == "pair_pattern" else p
                        mod.imports[text(local)] = (source, text(key))
                elif name_node is not None and name_node.type == "identifier" and \
                        value is not None:
                    mod.top[text(name_node)] = value
        elif stmt.type == "import_statement":
            source = string_value(stmt.child_by_field_name("source")) or ""
            for n in walk(stmt):
                if n.type == "import_specifier":
                    name = text(n.child_by_field_name("name"))
                    alias = n.child_by_field_name("alias")
                    mod.imports[text(alias) if alias is not None else name] = (source, name)
                elif n.type == "namespace_import" or (n.type == "identifier" and
                                                      n.parent.type == "import_clause"):
                    ident = n if n.type == "identifier" else next(
                        (c for c in n.named_children if c.type == "identifier"), None)
                    if ident is not None:
                        mod.imports[text(ident)] = (source, "*" if n.type == "namespace_import"
                                                    else "default")
    for name, value in exports:
        inner = strip(value)
        if name == "default" and inner is not None and inner.type in (
                "function_declaration", "generator_function_declaration") and \
                inner.child_by_field_name("name") is not None:
            mod.top.setdefault(text(inner.child_by_field_name("name")), inner)
        if inner is not None and inner.type in ("identifier", "shorthand_property_identifier"):
            inner = mod.top.get(text(inner))
        if inner is not None:
            mod.top.setdefault(name, inner)
    for _ in range(2):  # consts that refer to consts
        for name, value in mod.top.items():
            v = string_value(value, mod.consts)
            if v is not None:
                mod.consts[name] = v
    return mod


def _note_reexports(mod: Module, stmt: Node) -> None:
    """``export { a as b } from "./m"``, ``export { a }`` and ``export * from "./m"``."""
    source = string_value(stmt.child_by_field_name("source")) or ""
    clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
    if clause is None:
        if source and any(c.type == "*" for c in stmt.children) and not any(
                c.type == "namespace_export" for c in stmt.named_children):
            mod.stars.append(source)
        return
    for spec in clause.named_children:
        if spec.type == "export_specifier":
            name = text(spec.child_by_field_name("name"))
            alias = spec.child_by_field_name("alias")
            mod.reexports[text(alias) if alias is not None else name] = (source, name)


def required(value: Node | None) -> str | None:
    """The module a ``require("./m")`` call loads."""
    value = strip(value)
    if value is None or value.type != "call_expression" or callee(value) != "require":
        return None
    a = args(value)
    return string_value(a[0]) if a else None


def _commonjs_exports(stmt: Node) -> list[tuple[str, Node]]:
    """``module.exports = fn`` (the default), ``module.exports = { a, b: c }``,
    ``exports.a = fn``: (exported name, value)."""
    expr = strip(stmt.named_children[0]) if stmt.named_children else None
    if expr is None or expr.type != "assignment_expression":
        return []
    left, right = dotted(expr.child_by_field_name("left")), expr.child_by_field_name("right")
    if right is None:
        return []
    if left == "module.exports":
        obj = strip(right)
        if obj is not None and obj.type == "object":
            out = []
            for p in obj.named_children:
                if p.type == "shorthand_property_identifier":
                    out.append((text(p), p))
                elif p.type == "pair" and p.child_by_field_name("value") is not None:
                    out.append((text(p.child_by_field_name("key")),
                                p.child_by_field_name("value")))
            return out
        return [("default", right)]
    m = re.fullmatch(r"(?:module\.)?exports\.(\w+)", left)
    return [(m.group(1), right)] if m else []


def function_of(mod: Module, node: Node | None, depth: int = 0) -> tuple[Node | None, str]:
    """The function a top-level value is (through one wrapper call), and the wrapper's name.
    Names bound to themselves (``const app = wrap(app)`` in cut model output) end at a depth."""
    node = strip(node)
    if node is None or depth > 8:
        return None, ""
    if node.type in FUNCTIONS:
        return node, ""
    if node.type == "identifier" and text(node) in mod.top:
        inner, wrapper = function_of(mod, mod.top[text(node)], depth + 1)
        return inner, wrapper
    if node.type == "call_expression":
        for a in args(node):
            a = strip(a)
            if a is not None and (a.type in FUNCTIONS or a.type == "identifier"):
                inner, _ = function_of(mod, a, depth + 1)
                if inner is not None:
                    return inner, callee(node)
    return None, ""


# Files whose default export answers one URL: Next's Pages Router API routes, and Vercel's
# functions (a root api/ folder, (req, res) handlers like Next's).
_PAGES_API = re.compile(r"(?:src/)?pages/api/|api/(?!(?:.*/)?(?:src|lib|libs|config|core|utils|"
                        r"helpers|middlewares?|models|controllers|services|db|_\w*)/)"
                        r"(?!.*\.d\.ts$)")


def is_route_path(path: str) -> bool:
    """A file whose exports are route handlers: Next.js ``route.ts`` and Pages Router
    ``pages/api`` (Astro endpoints too), Vercel's functions in a root ``api/`` folder,
    SvelteKit ``+server.ts``, Nuxt ``server/api``."""
    return bool(re.search(r"(?:^|/)app/(?:.*/)?route\.(?:ts|js|tsx|jsx|mjs)$", path)) or bool(
        _PAGES_API.match(path) and codescan.language_for(path)) or bool(
        re.search(r"(?:^|/)routes/(?:.*/)?\+server\.(?:ts|js)$", path)) or _nuxt_route(path)


# SolidStart's API routes and Qwik City's endpoints: a .ts file under src/routes/ that is none
# of SvelteKit's + files, in a project of theirs (an Express src/routes/ holds routers).
_START_ROUTE = re.compile(r"(?:^|/)src/routes/(?:[^+/]+/)*[^+/]+\.(?:ts|js)$")
_START_PACKAGES = ("@solidjs/start", "solid-start", "@builder.io/qwik-city", "@builder.io/qwik")


def _nuxt_route(path: str) -> bool:
    return bool(re.search(r"(?:^|/)server/(?:api|routes)/.+\.(?:ts|js|mjs)$", path))


def _nuxt_method(path: str) -> str:
    """``server/api/notes/[id].delete.ts`` serves DELETE; no suffix: every method."""
    m = re.search(r"\.(get|post|put|patch|delete)\.(?:ts|js|mjs)$", path)
    return m.group(1).upper() if m else ""


def _svelte_page_server(path: str) -> bool:
    return bool(re.search(r"(?:^|/)routes/(?:.*/)?\+(?:page|layout)\.server\.(?:ts|js)$", path))


def _remix_route(path: str) -> bool:
    return bool(re.search(r"(?:^|/)app/routes/.+\.(?:tsx|ts|jsx|js)$", path))


def is_page_path(path: str) -> bool:
    return bool(re.search(r"(?:^|/)app/(?:.*/)?page\.(?:ts|js|tsx|jsx)$", path))


def entries(mod: Module) -> list[Entry]:
    """Route handlers in every export form, server actions, and app-router pages."""
    if "entries" not in mod.cache:
        mod.cache["entries"] = _entries(mod)
    return mod.cache["entries"]


def _nested_wrappers(mod: Module, value: Node | None, depth: int = 0,
                     ) -> tuple[Node | None, str, list[Node]]:
    """A handler inside wrappers inside wrappers (``withErrors(withBody(schema, async (body)
    => …))``): the function, the outer wrapper's name, and the inner wrapper calls, which run
    before it like middleware."""
    value = strip(value)
    if value is None or value.type != "call_expression" or depth > 4:
        return None, "", []
    for a in args(value):
        a = strip(a)
        if a is None or a.type != "call_expression":
            continue
        fn, _ = function_of(mod, a)
        if fn is not None:
            return fn, callee(value), [a]
        fn, _, deeper = _nested_wrappers(mod, a, depth + 1)
        if fn is not None:
            return fn, callee(value), [a, *deeper]
    return None, "", []


def _router_module(mod: Module) -> bool:
    """A route module of React Router's framework mode or Remix outside ``app/routes/``: it
    imports its generated ``./+types/…`` or the router's server helpers."""
    return any(source.startswith(("./+types/", "react-router", "@react-router/", "@remix-run/"))
               for source, _ in mod.imports.values()) and not mod.use_client


def _async(fn: Node | None) -> bool:
    """An ``async`` function: what a "use server" file's default export must be to be an
    action."""
    return fn is not None and any(c.type == "async" for c in fn.children)


def _entries(mod: Module) -> list[Entry]:
    out: list[Entry] = []
    route = is_route_path(mod.path) or bool(_START_ROUTE.search(mod.path) and any(
        source.startswith(_START_PACKAGES) for source, _ in mod.imports.values()))
    pages_api = bool(_PAGES_API.match(mod.path))
    file_actions = mod.use_server
    seen: set[int] = set()

    def add(name: str, kind: str, value: Node | None, at: Node) -> None:
        fn, wrapper = function_of(mod, value)
        inner: list[Node] = []
        if fn is None:
            fn, wrapper, inner = _nested_wrappers(mod, value)
        key = fn.id if fn is not None else -at.id
        if (key, name) in seen:  # type: ignore[comparison-overlap]
            return
        seen.add((key, name))  # type: ignore[arg-type]
        out.append(Entry(name, kind, fn, line(at), wrapper, inner))

    for stmt in mod.root.named_children:
        if stmt.type != "export_statement":
            continue
        is_default = any(c.type == "default" for c in stmt.children)
        decl = stmt.child_by_field_name("declaration")
        value = stmt.child_by_field_name("value")
        named: list[tuple[str, Node | None]] = []
        if decl is not None and decl.type in ("function_declaration",
                                              "generator_function_declaration"):
            named.append(("default" if is_default else text(decl.child_by_field_name("name")),
                          decl))
        elif decl is not None and decl.type in ("lexical_declaration", "variable_declaration"):
            for d in decl.named_children:
                if d.type == "variable_declarator":
                    n = d.child_by_field_name("name")
                    if n is not None and n.type == "identifier":
                        named.append((text(n), d.child_by_field_name("value")))
        elif is_default:
            target = value if value is not None else next(
                (c for c in stmt.named_children if c.type not in ("comment",)), None)
            named.append(("default", target))
        for clause in (c for c in stmt.named_children if c.type == "export_clause"):
            for spec in clause.named_children:
                local = text(spec.child_by_field_name("name"))
                alias = spec.child_by_field_name("alias")
                exported = text(alias) if alias is not None else local
                named.append((exported, mod.top.get(local)))
        for name, target in named:
            if _svelte_page_server(mod.path) and name in ("actions", "load"):
                if name == "load":
                    add("load", "page", target, stmt)
                    continue
                obj = strip(target)
                for member in obj.named_children if obj is not None and obj.type == "object" \
                        else []:
                    key = member.child_by_field_name("key" if member.type == "pair" else "name")
                    fn = member if member.type == "method_definition" else \
                        member.child_by_field_name("value")
                    if key is not None:
                        add(text(key), "action", fn, member)
                        out[-1].label = f"form action {text(key)}"
            elif _remix_route(mod.path) and name in ("action", "loader"):
                add(name, "action" if name == "action" else "page", target, stmt)
                out[-1].label = f"the {name}"
            elif route and name in HTTP_METHODS:  # Next.js, SvelteKit, Astro (pages/api)
                add(name, "route", target, stmt)
            elif route and re.fullmatch(r"on(?:Get|Post|Put|Patch|Delete)", name):  # Qwik City
                add(name[2:].upper(), "route", target, stmt)
            elif name in ("action", "loader") and _router_module(mod):
                # React Router v7 / Remix routes that app/routes.ts maps from any folder
                add(name, "action" if name == "action" else "page", target, stmt)
                out[-1].label = f"the {name}"
            elif pages_api and name == "default":
                add("default", "route", target, stmt)
            elif _nuxt_route(mod.path) and name == "default":  # defineEventHandler(…)
                method = _nuxt_method(mod.path)
                add(method or "default", "route", target, stmt)
            elif file_actions and (name != "default" or _async(function_of(mod, target)[0])):
                fn, _ = function_of(mod, target)
                if fn is not None:
                    add(name, "action", target, stmt)
            elif is_page_path(mod.path) and name == "default":
                add("default", "page", target, stmt)
            elif name == "getServerSideProps" and re.match(r"(?:src/)?pages/(?!api/)",
                                                           mod.path):
                add(name, "page", target, stmt)  # Pages Router: runs on every request
                out[-1].label = name
    out += _registered_routes(mod)
    out += _served(mod)
    out += _cloud_functions(mod)
    out += _function_handlers(mod, seen)
    out += _server_functions(mod)
    out += _procedures(mod)
    if not file_actions:  # inline actions: a function whose body starts with "use server"
        for n in mod.of_type(*FUNCTIONS):
            if directive(n.child_by_field_name("body"), "use server"):
                name_node = n.child_by_field_name("name")
                if name_node is None and n.parent is not None and \
                        n.parent.type == "variable_declarator":
                    name_node = n.parent.child_by_field_name("name")
                out.append(Entry(text(name_node) or "action", "action", n, line(n)))
    return out


# Call-registered routes (Express, Fastify, Hono, Koa router…): ``app.post("/x", …, handler)``.
_ROUTE_CALL = {"get", "post", "put", "patch", "delete", "del", "all"}
# Receivers whose ``.post("/x", fn)`` is not a server: HTTP clients, request mocks, tests.
_HOOKS = ("preHandler", "onRequest", "preValidation")  # Fastify hooks that run before a handler
_NOT_A_SERVER = re.compile(r"^(?:http|rest|graphql|axios|ky|got|request|superagent|client|"
                           r"agent|supertest|cy|page|nock|mock\w*|\$http|fetcher|this)$")
# Mock servers and tests register routes too (Mirage's this.post, MSW, supertest).
_NOT_SERVER_CODE = re.compile(r"(?:^|/)(?:__tests__|__mocks__|mocks?|mirage|cypress|e2e|tests?)/|"
                              r"\.(?:test|spec|stories)\.\w+$")


def path_covers(prefix: str, url: str) -> bool:
    """Whether middleware mounted at ``prefix`` runs for ``url``: Express's ``use("/api")``
    covers ``/api/…`` by segments, Hono's ``use("/api/account/*")`` its wildcard; ``:id``
    matches any segment."""
    want = [p for p in prefix.rstrip("*").split("/") if p]
    have = [p for p in url.split("/") if p]
    if len(want) > len(have):
        return False
    return all(w == h or w.startswith(":") or h.startswith(":") or w == "*"
               for w, h in zip(want, have, strict=False))


def route_url(node: Node | None) -> str | None:
    value = string_value(node)
    if value is None and node is not None and strip(node).type == "template_string":
        value = text(node).strip("`")
    return value if value is not None and value.startswith(("/", "*")) else None


def _handler(mod: Module, node: Node | None) -> Node | None:
    """The function a handler argument is: inline, a name, or wrapped
    (``asyncHandler(async (req, res) => …)``)."""
    fn, _ = function_of(mod, node)
    return fn


def _spread_handlers(mod: Module, given: list[Node]) -> list[Node]:
    """Hono's ``app.post("/x", ...factory.createHandlers(auth, async (c) => …))``: the spread
    list's middleware and handler, as if passed one by one."""
    last = given[-1] if given else None
    if last is None or last.type != "spread_element" or not last.named_children:
        return given
    value = strip(last.named_children[0])
    if value is not None and value.type == "identifier":
        value = strip(mod.top.get(text(value)))
    if value is None or value.type != "call_expression" or not callee(value).endswith(
            ".createHandlers"):
        return given
    return [*given[:-1], *args(value)]


def _registered_routes(mod: Module) -> list[Entry]:
    """``app.post("/x", requireAuth, async (req, res) => …)``, ``router.route("/x").delete(h)``,
    Fastify's ``fastify.route({ method, url, preHandler, handler })``; an earlier
    ``app.use(auth)`` / ``fastify.addHook("preHandler", auth)`` on the same receiver guards the
    routes after it."""
    out: list[Entry] = []
    used: dict[str, list[tuple[int, Node, str]]] = {}  # receiver -> (byte, guard, path)
    if _NOT_SERVER_CODE.search(mod.path):
        return out
    # next-connect: ``router.post(handler)`` in a Pages Router API file answers the file's URL
    connect = any(source == "next-connect" for source, _ in mod.imports.values()) and (
        bool(_PAGES_API.match(mod.path)) or is_route_path(mod.path))
    file_url = "/" + re.sub(r"(?:^|.*?/)(?:src/)?(?:pages/|app/)?(api/.*?)(?:/route)?\.\w+$",
                            r"\1", mod.path) if connect else ""
    for call in mod.of_type("call_expression"):
        fn_node = call.child_by_field_name("function")
        if fn_node is None or fn_node.type != "member_expression":
            continue
        method = text(fn_node.child_by_field_name("property"))
        obj = strip(fn_node.child_by_field_name("object"))
        a = args(call)
        receiver = dotted(obj).split(".")[0].split("(")[0]
        if not a or _NOT_A_SERVER.match(receiver):
            continue
        if method == "use" or (method == "addHook" and len(a) > 1 and
                                string_value(a[0]) in _HOOKS):
            prefix = route_url(a[0]) if method == "use" else None
            for guard in a[1:] if method == "addHook" else a:
                if route_url(guard) is None:
                    used.setdefault(receiver, []).append((call.start_byte, guard, prefix or "*"))
            continue
        if method == "route" and len(a) == 1 and strip(a[0]).type == "object":
            pairs = {text(p.child_by_field_name("key")): p.child_by_field_name("value")
                     for p in strip(a[0]).named_children if p.type == "pair"}
            handler = _handler(mod, pairs.get("handler"))
            url = route_url(pairs.get("url") or pairs.get("path"))
            if handler is None or url is None:
                continue
            verbs = [v for v in re.findall(r"[A-Za-z]+", text(pairs.get("method")))
                     if v.lower() in _ROUTE_CALL]
            guards = [g for k in _HOOKS if (g := pairs.get(k)) is not None]
            for verb in verbs or ["GET"]:
                out.append(Entry(verb.upper(), "route", handler, line(call), "", guards, url,
                                 f"{verb.upper()} {url}"))
            continue
        if method not in _ROUTE_CALL:
            continue
        url = route_url(a[0])
        chained: list[Node] = []  # router.route("/x").all(auth, isOwner).get(h): middleware
        if url is None and connect:
            url, rest = file_url, a
            inner = obj  # nc().use(auth).post(h): the chain's .use() runs first
            while inner is not None and inner.type == "call_expression":
                if callee(inner).endswith(".use"):
                    chained = args(inner) + chained
                f = inner.child_by_field_name("function")
                inner = strip(f.child_by_field_name("object")) if f is not None and \
                    f.type == "member_expression" else None
        elif url is None and obj is not None and obj.type == "call_expression":
            # router.route("/x").get(h).post(h): the path is on the route() call
            if method == "all" and call.parent is not None and \
                    call.parent.type == "member_expression":
                continue  # .all(…) followed by .get(…): middleware of the chain, not a route
            inner = obj
            while inner is not None and inner.type == "call_expression" and \
                    not callee(inner).endswith(".route"):
                if callee(inner).endswith(".all"):
                    chained = args(inner) + chained
                inner = strip(inner.child_by_field_name("function").child_by_field_name(
                    "object")) if inner.child_by_field_name("function").type == \
                    "member_expression" else None
            url = route_url(args(inner)[0]) if inner is not None and args(inner) else None
            rest = a
        else:
            rest = a[1:]
        rest = _spread_handlers(mod, rest)
        handler = _handler(mod, rest[-1]) if url is not None and rest else None
        if handler is None and url is not None and rest:
            imported = _imported_function(mod, rest[-1])
            if imported is None:
                continue
        elif handler is None:
            continue
        guards: list[Node] = list(chained)
        for g in rest[:-1]:
            options = strip(g)
            if options is not None and options.type == "object":  # Fastify: { preHandler: … }
                guards += [p.child_by_field_name("value") for p in options.named_children
                           if p.type == "pair" and text(p.child_by_field_name("key")) in _HOOKS]
            else:
                guards.append(g)
        # an array of middleware (Express's, Fastify's [authenticate, requireOrganizer]): each
        # of its functions is a guard
        guards = [x for g in guards for x in (
            g.named_children if g is not None and g.type == "array" else [g])]
        guards += [g for at, g, prefix in used.get(receiver, [])
                   if at < call.start_byte and path_covers(prefix, url)]
        verb = "DELETE" if method == "del" else method.upper()
        if handler is None:  # a controller in another file: the scan judges it there
            mod.cache.setdefault("remote-routes", []).append(
                RemoteRoute(*imported, verb, url, guards))  # type: ignore[misc]
            continue
        out.append(Entry(verb, "route", handler, line(call), "", guards, url, f"{verb} {url}"))
    return out


# tRPC: ``publicProcedure.input(…).mutation(fn)``; the procedure builder a resolver starts from
# says whether a middleware checked the user (``protectedProcedure``).
_PROCEDURE = re.compile(r"^(\w*[pP]rocedure|t\.procedure)(?:\.\w+\(\))*\.(mutation|query)$")


def _procedures(mod: Module) -> list[Entry]:
    """tRPC resolvers: a mutation is a write anyone with the app's client can call (like a
    server action), a query a read; the builder is the entry's wrapper."""
    out: list[Entry] = []
    for call in mod.of_type("call_expression"):
        m = _PROCEDURE.match(callee(call))
        if m is None or not args(call):
            continue
        fn = _handler(mod, args(call)[-1])
        if fn is None:
            continue
        pair = chain_top(call).parent
        key = text(pair.child_by_field_name("key")) if pair is not None and \
            pair.type == "pair" else m.group(2)
        out.append(Entry(key, "action" if m.group(2) == "mutation" else "page", fn, line(call),
                         m.group(1), label=f"tRPC procedure {key}"))
    return out


_FIREBASE_TRIGGER = re.compile(r"(?:^|\.)(?:https\.)?(onCall|onRequest)$")


def _cloud_functions(mod: Module) -> list[Entry]:
    """Firebase's HTTPS functions: ``export const x = onCall(async (request) => …)`` (v2, from
    firebase-functions/v2/https), ``exports.x = functions.https.onCall((data, context) =>
    …)`` (v1), and ``onRequest``. Anyone on the internet can call them; a callable's caller
    is ``request.auth`` / ``context.auth``. A callable is a POST; onRequest answers every
    method."""
    out: list[Entry] = []
    for call in mod.of_type("call_expression"):
        name = callee(call)
        m = _FIREBASE_TRIGGER.search(name)
        if m is None:
            continue
        base = name.split(".")[0].split("(")[0]
        source = mod.imports.get(base, ("", ""))[0]
        if not source.startswith("firebase-functions"):
            continue
        fn = next((_handler(mod, a) for a in reversed(args(call))
                   if _handler(mod, a) is not None), None)
        if fn is None:
            continue
        up = call.parent
        label = text(up.child_by_field_name("name")) if up is not None and \
            up.type == "variable_declarator" else dotted(up.child_by_field_name("left")).rsplit(
                ".", 1)[-1] if up is not None and up.type == "assignment_expression" else ""
        kind = "callable function" if m.group(1) == "onCall" else "HTTPS function"
        out.append(Entry("POST" if m.group(1) == "onCall" else "default", "route", fn,
                         line(call), label=f"the {kind} {label}".rstrip()))
    return out


# Server functions other frameworks build from a call, each callable from the browser like a
# server action: (the import a builder comes from, the builder's name, whether its handler is
# the chain's ``.handler(fn)`` rather than an argument).
_SERVER_FN_BUILDERS = {
    "defineAction": re.compile(r"^astro:actions$"),               # Astro Actions
    "createServerFn": re.compile(r"^@tanstack/(?:react-|solid-)?start"),  # TanStack Start
    "routeAction$": re.compile(r"^@builder\.io/qwik-city$"),     # Qwik City
    "globalAction$": re.compile(r"^@builder\.io/qwik-city$"),
    "server$": re.compile(r"^@builder\.io/qwik(?:-city)?$"),
    "command": re.compile(r"^\$app/server$"),                    # SvelteKit remote functions
    "form": re.compile(r"^\$app/server$"),
}


def _server_functions(mod: Module) -> list[Entry]:
    """Astro's ``defineAction({ handler })``, TanStack Start's ``createServerFn(…).handler(fn)``
    (its ``.middleware([auth])`` runs first), Qwik's ``routeAction$(fn)`` / ``server$(fn)``,
    SvelteKit's remote ``command(schema, fn)`` / ``form(fn)``: functions the browser calls
    with arguments it chooses, judged as server actions."""
    builders = {local for local, (source, name) in mod.imports.items()
                if name in _SERVER_FN_BUILDERS and _SERVER_FN_BUILDERS[name].search(source)}
    out: list[Entry] = []
    for call in mod.of_type("call_expression") if builders else []:
        name = callee(call)
        top, guards, fn = name.split("(")[0].split(".")[0], [], None
        if top not in builders:
            continue
        if "." in name:  # createServerFn(…).middleware([auth]).validator(…).handler(fn)
            if not name.endswith(".handler") or (call.parent is not None and
                                                 call.parent.type == "member_expression"):
                continue
            fn = next((_handler(mod, a) for a in args(call) if _handler(mod, a)), None)
            inner = call
            while inner is not None and inner.type == "call_expression":
                if callee(inner).endswith(".middleware"):
                    guards += [g for a in args(inner) for g in (
                        strip(a).named_children if strip(a) is not None and
                        strip(a).type == "array" else [a])]
                f = inner.child_by_field_name("function")
                inner = strip(f.child_by_field_name("object")) if f is not None and \
                    f.type == "member_expression" else None
        else:
            for a in args(call):
                value = strip(a)
                if value is not None and value.type == "object":  # defineAction({ handler })
                    value = next((p if p.type == "method_definition" else
                                  p.child_by_field_name("value") for p in value.named_children
                                  if p.type in ("pair", "method_definition") and text(
                                      p.child_by_field_name("key" if p.type == "pair" else
                                                            "name")) == "handler"), None)
                fn = _handler(mod, value)
                if fn is not None:
                    break
        if fn is None:
            continue
        up = call
        while up.parent is not None and up.parent.type not in ("variable_declarator", "pair"):
            if up.parent.type in ("program", "statement_block", "class_body"):
                break
            up = up.parent
        holder = up.parent
        label = text(holder.child_by_field_name("name" if holder.type == "variable_declarator"
                                                else "key")) if holder is not None and \
            holder.type in ("variable_declarator", "pair") else ""
        out.append(Entry(label or "action", "action", fn, line(call), "", guards,
                         label=f"server function {label}".rstrip()))
    return out


_NETLIFY_FUNCTION = re.compile(r"(?:^|/)netlify/(?:edge-)?functions/")
# What only an HTTP event from API Gateway (or a Lambda function URL) carries.
_HTTP_EVENT = re.compile(r"\.(?:body|pathParameters|queryStringParameters|httpMethod|"
                         r"rawQueryString|multiValueQueryStringParameters)\b")


def _function_handlers(mod: Module, seen: set) -> list[Entry]:
    """Serverless functions that answer HTTP: a Netlify function (``export const handler``
    or, in the newer form, ``export default async (req, context) => …`` under
    ``netlify/functions/``) and an AWS Lambda handler (``exports.handler = async (event) =>
    …``) that reads an HTTP event's body, path or query. One handler answers every method."""
    if is_route_path(mod.path) or _PAGES_API.match(mod.path) or _NOT_SERVER_CODE.search(
            mod.path):
        return []
    netlify = bool(_NETLIFY_FUNCTION.search(mod.path))
    out: list[Entry] = []
    for name in ("handler", "default") if netlify else ("handler",):
        fn, wrapper = function_of(mod, mod.top.get(name))
        if fn is None or (fn.id, name) in seen:
            continue
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        first = next(iter(params.named_children), None) if params is not None and \
            params.type != "identifier" else params
        event = text(first.child_by_field_name("pattern") or first) if first is not None and \
            first.type != "identifier" else text(first)
        if not netlify and not (re.fullmatch(r"event|evt|ev|req|request", event) and any(
                n.type == "member_expression" and text(n.child_by_field_name("object")) == event
                and _HTTP_EVENT.match("." + text(n.child_by_field_name("property")))
                for n in walk(fn))):
            continue
        out.append(Entry("default", "route", fn, line(fn), wrapper,
                         label="the Netlify function's handler" if netlify else
                         "the Lambda handler"))
    return out


SERVED = "the function's handler"  # how findings name a Deno.serve handler
# Deno's ``serve`` from std/http (what Supabase Edge Functions used before ``Deno.serve``).
_DENO_STD_HTTP = re.compile(r"deno\.land/std(?:@[\w.]+)?/http/|^jsr:@std/http|^@std/http")


def _served(mod: Module) -> list[Entry]:
    """A Supabase Edge Function (or any Deno server): ``Deno.serve(handler)``,
    ``Deno.serve({ port }, handler)``, ``Deno.serve({ handler })``, std/http's
    ``serve(handler)``; a Worker's ``export default { fetch(request, env) {…} }``. One handler
    answers every method, like a Pages Router ``default``."""
    out: list[Entry] = []
    for call in mod.of_type("call_expression"):
        name = callee(call)
        if name not in ("Deno.serve", "Bun.serve") and not (
                name == "serve" and _DENO_STD_HTTP.search(mod.imports.get("serve", ("", ""))[0])):
            continue
        for a in reversed(args(call)):
            value = strip(a)
            if value is not None and value.type == "object":  # { handler } / Bun's { fetch }
                value = next((p if p.type == "method_definition" else p.child_by_field_name(
                    "value") for p in value.named_children if p.type in (
                    "pair", "method_definition") and text(p.child_by_field_name(
                        "key" if p.type == "pair" else "name")) in ("handler", "fetch")), None)
            fn = _handler(mod, value)
            if fn is not None:
                out.append(Entry("default", "route", fn, line(call), label=SERVED))
                break
    worker = strip(mod.top.get("default"))  # Cloudflare Workers, Bun: export default { fetch }
    if worker is not None and worker.type == "object" and not is_route_path(mod.path):
        for member in worker.named_children:
            key = member.child_by_field_name("name" if member.type == "method_definition"
                                             else "key")
            if text(key) == "fetch":
                fn = member if member.type == "method_definition" else _handler(
                    mod, member.child_by_field_name("value"))
                if fn is not None:
                    out.append(Entry("default", "route", fn, line(member), label=SERVED))
    return out


@dataclass
class RemoteRoute:
    """A route registered here whose handler another file exports (MVC controllers:
    ``router.delete("/:id", protect, deleteGoal)``)."""

    source: str         # the import source of the handler's module
    name: str           # its exported name there
    verb: str
    url: str
    guards: list[Node]  # nodes of the registering file


def _imported_function(mod: Module, node: Node | None) -> tuple[str, str] | None:
    """(import source, exported name) of a handler imported from a project file:
    ``deleteGoal`` or ``goals.deleteGoal`` (a namespace or CommonJS object), or
    ``ExpenseController.destroy`` (a class's static method, named ``Class.method``)."""
    node = strip(node)
    if node is None:
        return None
    if node.type == "identifier" and text(node) in mod.imports:
        source, name = mod.imports[text(node)]
        return (source, name) if name not in ("*", "default") else None
    if node.type == "member_expression":
        obj = strip(node.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and text(obj) in mod.imports:
            source, name = mod.imports[text(obj)]
            prop = text(node.child_by_field_name("property"))
            # a namespace or CommonJS object's function; a class's static method
            return (source, prop) if name in ("*", "default") else (source, f"{name}.{prop}")
    return None


def remote_routes(mod: Module) -> list[RemoteRoute]:
    """Routes of ``mod`` whose handlers live in other files."""
    entries(mod)
    return mod.cache.get("remote-routes", [])


@dataclass
class Mount:
    """A router another file defines, mounted here: its import source, the guards before it,
    the name it is mounted on (``app``, ``router``) and the path (``*`` for any)."""
    source: str
    guards: list[Node]
    receiver: str
    at: str
    call: Node


def mounts(mod: Module, middleware: Callable[[Node], bool] | None = None) -> list[Mount]:
    """Routers another file defines, mounted here behind middleware:
    ``app.use("/api/notes", requireAuth, notesRouter)``, Hono's ``app.route("/api", sub)``
    after ``app.use("/api/*", jwt(…))``, Fastify's ``fastify.register(routes)`` after
    ``fastify.addHook("onRequest", fastify.authenticate)``: (the router's import source, the
    guards before it). ``middleware``: whether an imported name ``use()`` mounts is a
    function (``app.use("/api", authenticate)``), which guards, rather than a router."""
    out: list[Mount] = []
    earlier: dict[str, list[tuple[Node, str]]] = {}  # receiver -> its .use() guards, paths
    # Fastify loads registered plugins after the file's own code ran: a root hook guards them
    # wherever it is added.
    hooks: dict[str, list[Node]] = {}
    for call in mod.of_type("call_expression"):
        receiver, _, method = callee(call).rpartition(".")
        a = args(call)
        if method == "addHook" and len(a) > 1 and string_value(a[0]) in _HOOKS:
            hooks.setdefault(receiver, []).extend(a[1:])
    for call in mod.of_type("call_expression"):
        name = callee(call)
        receiver, _, method = name.rpartition(".")
        a = args(call)
        if method not in ("use", "route", "register") or not a or \
                receiver in ("", "router.route"):
            continue
        plugin = strip(a[0] if method == "register" else a[-1])
        source = None
        if plugin is not None and plugin.type == "identifier" and text(plugin) in mod.imports:
            source = mod.imports[text(plugin)][0]
        elif required(plugin) is not None:
            source = required(plugin)
        at = route_url(a[0]) or "*"
        guards = hooks.get(receiver, []) if method == "register" else [
            *(g for g, where in earlier.get(receiver, [])  # app.use("/api/account", auth)
              if path_covers(where, at) or path_covers(at, where)),  # is not /api/public's
            *(g for g in a[:-1] if route_url(g) is None)]
        if source is not None and source.startswith((".", "@/", "~/", "$lib/", "~~/", "@@/")) \
                and not (method == "use" and middleware is not None and middleware(plugin)):
            out.append(Mount(source, guards, receiver, at, call))
        elif method == "use":
            earlier.setdefault(receiver, []).extend((g, at) for g in a if route_url(g) is None)
    return out


def use_guards(mod: Module, receiver: str, before: int,
               middleware: Callable[[Node], bool] | None = None) -> list[tuple[Node, str]]:
    """The middleware ``receiver.use(…)`` adds before byte ``before`` (``app.use("/api",
    authenticate)``), with the path each covers: what runs before the routes a call made after
    them mounts on ``receiver`` (``registerRoutes(app)``)."""
    out: list[tuple[Node, str]] = []
    for call in mod.of_type("call_expression"):
        if call.start_byte >= before or callee(call) != f"{receiver}.use":
            continue
        a = args(call)
        last = strip(a[-1]) if a else None
        router = last is not None and (required(last) is not None or (
            last.type == "identifier" and text(last) in mod.imports and not (
                middleware is not None and middleware(last))))
        if a and not router:
            at = route_url(a[0]) or "*"
            out += [(g, at) for g in a if route_url(g) is None]
    return out


def pages_methods(fn: Node) -> set[str]:
    """The methods a Pages Router handler compares ``req.method`` with."""
    return set(re.findall(r"""\.(?:method|httpMethod)\s*[!=]==?\s*['"](\w+)['"]""",
                          text(fn))) | set(
        re.findall(r"""case\s+['"](GET|POST|PUT|PATCH|DELETE)['"]""", text(fn)))


# ------------------------------------------------------------------ database calls


# A database handle by its name: NuxtHub's useDrizzle(), getDb(), an appDb or tenantDb.
DB_HANDLE = re.compile(r"^(?:use|get|create)?\w*(?:[dD]b|DB|[dD]rizzle|[dD]atabase|[kK]ysely)"
                        r"(?:\(\))?$")


def is_db_call(call: Node) -> bool:
    name = callee(call)
    last = name.rsplit(".", 1)[-1]
    first = next(iter(args(call)), None)
    if last in ("find", "filter", "findIndex", "findLast", "some", "every") and \
            first is not None and first.type in FUNCTIONS:
        return False  # an array's method with a callback: list.find((t) => t.kind === "x")
    if last == "from" and "." in name:
        recv = name.rsplit(".", 1)[0]
        return recv not in _BUILTIN_FROM and not recv.endswith(("storage", "Array"))
    if name.rsplit(".", 1)[-1] in ("knex", "db", "trx", "database") and first is not None and \
            first.type == "string" and len(args(call)) == 1:
        return True  # knex's query builder: knex("threads").where({ id }).first()
    if last in ("rpc", "$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe",
                "$transaction"):
        return True
    if re.search(r"create(?:Hash|Hmac|Cipheriv|Decipheriv|Sign|Verify)\(\)", name):
        return False  # crypto.createHash("sha256").update(token): a digest, not a row
    if last in _PRISMA_OPS and name.count(".") >= 2 and not name.startswith(("stripe.", "fetch")):
        # Prisma takes one object ({ where, data }); a Map's or Set's delete(key) takes a key
        return first is None or first.type not in ("string", "template_string", "number",
                                                   "call_expression")
    if last in ("insert", "update", "delete", "select", "insertInto", "updateTable",
                "deleteFrom", "selectFrom") and name.count(".") == 1 and (
            name.split(".")[0] in ("db", "database", "tx", "trx", "drizzle", "knex") or (
                DB_HANDLE.match(name.split(".")[0]) and (
                    first is None or first.type in ("identifier", "member_expression") or
                    last in ("insertInto", "updateTable", "deleteFrom", "selectFrom")))):
        return True  # Drizzle/Kysely on any handle: useDrizzle().delete(notes), appDb.select()
    if last in ("query", "execute", "exec", "run", "all", "get", "prepare") and \
            name.count(".") >= 1:
        recv = name.rsplit(".", 1)[0].rsplit(".", 1)[-1].lower()
        return any(w in recv for w in ("db", "pool", "client", "conn", "sql", "pg", "knex",
                                       "database", "prisma", "tx", "stmt", "mysql", "turso",
                                       "sequelize", "libsql"))
    if last in _MONGOOSE and name.count(".") == 1 and name[:1].isupper() and \
            name.split(".")[0] not in _BUILTIN_FROM and not name.split(".")[0].isupper():
        return True  # a Mongoose or Sequelize model: Note.findByIdAndDelete(id)
    if last in ("insertOne", "insertMany", "updateOne", "updateMany", "deleteOne", "deleteMany",
                "replaceOne", "findOneAndUpdate", "findOneAndDelete", "findOne", "find"):
        return "collection" in name or name.count(".") >= 2 or _holds_collection(call, name)
    return name in ("sql", "db.execute") or name.endswith(".sql")


def _holds_collection(call: Node, name: str) -> bool:
    """``bookmarks.deleteOne(…)`` where ``const bookmarks = db.collection("bookmarks")``: the
    MongoDB driver's collection held in a variable."""
    recv = name.split(".")[0]
    if name.count(".") != 1 or not re.fullmatch(r"[a-z_$][\w$]*", recv):
        return False
    root = call
    while root.parent is not None:
        root = root.parent
    if b".collection(" not in (root.text or b""):
        return False  # (a jQuery $list.find("li") file: no walk of it per call)
    value = declaration_of(root, recv, call.start_byte)
    return value is not None and bool(re.search(r"\.collection\(", text(value)))


def chain_top(call: Node) -> Node:
    """The whole chained expression a call is part of (``a.from().update().eq()``)."""
    node = call
    while node.parent is not None and node.parent.type in (
            "member_expression", "call_expression", "await_expression", "non_null_expression",
            "parenthesized_expression", "as_expression"):
        node = node.parent
    return node


def db_calls(node: Node) -> list[Node]:
    """Outermost database calls under ``node`` (one per chain), nested functions excluded."""
    out, tops = [], set()
    for n in [node, *walk(node, skip_functions=True)]:  # an arrow's body may be the call
        if n.type == "call_expression" and is_db_call(n):
            top = chain_top(n)
            if top.id not in tops:
                tops.add(top.id)
                out.append(n)
        elif n.type == "call_expression" and _TRANSACTION.search(callee(n)):
            # knex.transaction(async (trx) => { … }): the callback runs now, as part of this
            # call, and its queries are the handler's
            for cb in args(n):
                if cb.type in FUNCTIONS and cb.child_by_field_name("body") is not None:
                    out += [c for c in db_calls(cb.child_by_field_name("body"))
                            if chain_top(c).id not in tops]
    return [c for c in out if not _sql_fragment(c, out)]


# A database handle's transaction that runs the callback it is given (Knex, Drizzle, Kysely's
# .transaction().execute(), Sequelize, TypeORM's manager.transaction, pg-promise's tx).
_TRANSACTION = re.compile(r"(?:^|\.)(?:transaction|tx|task)(?:\(\)\.execute)?$")


_DRIZZLE_SQL = re.compile(r"""import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*['"]drizzle-orm""")


def _program(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _sql_fragment(call: Node, calls: list[Node]) -> bool:
    """A ``sql`…``` tag whose value goes into another query (drizzle's ``.where(sql`…`)``,
    a condition kept in a const and passed to ``.where(and(…, byPayer))``): a piece of that
    query, judged with it, not a query of its own. ``await sql`…``` (postgres.js) runs."""
    name = callee(call)
    a = call.child_by_field_name("arguments")
    if not (name == "sql" or name.endswith(".sql")) or a is None or a.type != "template_string":
        return False
    others = [chain_top(c) for c in calls if c is not call]
    if any(t.start_byte <= call.start_byte and call.end_byte <= t.end_byte for t in others):
        return True
    if _DRIZZLE_SQL.search(text(_program(call))):
        return True  # drizzle-orm's sql`…` only builds a piece; db.execute(…) runs it
    holder = call.parent
    while holder is not None and holder.type == "parenthesized_expression":
        holder = holder.parent
    if holder is not None and holder.type == "arguments":
        return True  # handed to another call: filters.push(sql`…`), or(sql`…`, …)
    up = call
    while up.parent is not None and up.parent.type in (
            "parenthesized_expression", "ternary_expression", "binary_expression"):
        up = up.parent
    if up.parent is None or up.parent.type != "variable_declarator":
        return False
    names = pattern_names(up.parent.child_by_field_name("name"))
    return bool(names) and any(mentions(t, names) for t in others)


def is_write(call: Node) -> bool:
    chain = dotted(chain_top(call)) + "()"
    name = callee(call)
    tagged = call.child_by_field_name("arguments")
    return bool(_WRITE_WORDS.search(chain)) or name.rsplit(".", 1)[-1] in (
        "create", "createMany", "update", "updateMany", "upsert", "delete", "deleteMany",
        "insert", "rpc", "$executeRaw", "$executeRawUnsafe") or (
        # sql`delete from entries where id = ${id}` (Neon, postgres.js, Vercel Postgres)
        tagged is not None and tagged.type == "template_string" and bool(re.match(
            r"`\s*(?:insert|update|delete|upsert|merge|truncate|drop|alter)\b", text(tagged),
            re.IGNORECASE)))


def inserts_or_keeps(call: Node) -> bool:
    """An upsert that changes no existing row: Prisma's ``upsert({ where, update: {}, create
    })``, supabase-js's ``upsert(row, { ignoreDuplicates: true })``: an insert that skips a
    duplicate (a newsletter sign-up), no write to anyone's row."""
    top = chain_top(call)
    for n in [top, *walk(top)]:
        if n.type == "call_expression" and callee(n).endswith(".upsert"):
            return any(p.type == "pair" and (
                (text(p.child_by_field_name("key")) == "update" and text(
                    p.child_by_field_name("value")).replace(" ", "") == "{}") or
                (text(p.child_by_field_name("key")) == "ignoreDuplicates" and text(
                    p.child_by_field_name("value")) == "true"))
                for a in args(n) if a.type == "object" for p in a.named_children)
    return False


def only_inserts(calls: list[Node]) -> bool:
    for c in calls:
        chain = dotted(chain_top(c)) + "()"
        if inserts_or_keeps(c) and not re.search(r"\.(?:update|delete|rpc)\(\)", chain):
            continue
        sql = string_value(args(c)[0]) if args(c) else None
        tagged = c.child_by_field_name("arguments")
        if sql is None and tagged is not None and tagged.type == "template_string":
            sql = text(tagged)[1:]  # sql`insert into messages … values (${name}, …)`
        if sql is not None and re.match(r"\s*insert\s+into\b", sql, re.IGNORECASE) and \
                not re.search(r"\bon\s+conflict\b.*\bupdate\b", sql, re.I | re.S):
            continue  # pool.query("INSERT INTO messages … VALUES ($1, $2)", [...])
        if re.search(r"\.(?:update|delete|upsert|rpc|select|createMany|updateMany|deleteMany|"
                     r"find\w*|query|execute)\(\)", chain.replace(".insert().select()", "")):
            # (Kysely's insertInto(t).values(…).execute(); an onConflict may update)
            if ".insert()" in chain or ".create()" in chain or ".insertInto()" in chain:
                if re.search(r"\.(?:update|delete|upsert|rpc|onConflict)\(\)", chain):
                    return False
                continue
            return False
        if not re.search(r"\.(?:insert|create|insertOne|insertInto)\(\)", chain):
            return False
    return True


# ------------------------------------------------------------------ the project's helpers

Resolver = Callable[[Module, str], "tuple[Module, Node] | None"]


def _exits(node: Node | None) -> bool:
    """Whether a branch always leaves the function (return, throw, redirect(), notFound())."""
    node = strip(node)
    if node is None:
        return False
    if node.type in ("return_statement", "throw_statement"):
        return True
    if node.type == "expression_statement":
        inner = strip(node.named_children[0]) if node.named_children else None
        return inner is not None and inner.type == "call_expression" and bool(
            _EXIT_CALL.search(callee(inner)))
    if node.type == "statement_block":
        return any(_exits(c) for c in node.named_children)
    if node.type == "else_clause":
        return any(_exits(c) for c in node.named_children)
    return False


@dataclass
class AuthFlow:
    """How a function deals with the signed-in user."""

    resolves: bool = False          # calls something that resolves the user
    asserts: bool = False           # ends the request itself when nobody is signed in
    flow: bool = False              # a sign-in/sign-up/sign-out endpoint
    unchecked_db: Node | None = None  # first database call reached before any check
    unchecked: list[Node] = field(default_factory=list)  # every one reached before a check
    db: list[Node] = field(default_factory=list)
    user_names: set[str] = field(default_factory=set)


def _member(mod: Module, value: Node, member: str) -> tuple[Module, Node] | None:
    """``value`` itself, or for a class or an object literal and ``Db.admin``, its method
    ``admin``."""
    inner = strip(value)
    if inner is None or inner.type not in ("class_declaration", "class", "object") or not member:
        return mod, value
    for m in members(inner):
        name = m.child_by_field_name("name") if m.type == "method_definition" else \
            m.parent.child_by_field_name("key") if m.parent is not None and \
            m.parent.type == "pair" else None
        if text(name) == member:
            return mod, m
    return None if inner.type != "object" else (mod, value)


def _classic(mod: Module) -> bool:
    """A classic browser script: no import, export or require."""
    if "classic" not in mod.cache:
        mod.cache["classic"] = not mod.imports and not any(
            c.type in ("import_statement", "export_statement") for c in mod.root.named_children
        ) and "require(" not in mod.src and "module.exports" not in mod.src
    return mod.cache["classic"]


def members(value: Node | None) -> list[Node]:
    """The functions a class body or an object literal holds (methods, ``key: () => …``)."""
    value = strip(value)
    if value is None or value.type not in ("class_declaration", "class", "object"):
        return []
    body = value.child_by_field_name("body") if value.type != "object" else value
    out = []
    for m in body.named_children if body is not None else []:
        if m.type == "method_definition":
            out.append(m)
        elif m.type == "pair" and strip(m.child_by_field_name("value")) is not None and \
                strip(m.child_by_field_name("value")).type in FUNCTIONS:
            out.append(strip(m.child_by_field_name("value")))
    return out


class Project:
    """The project's modules, for following helpers across files by name."""

    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules
        self._auth_kind: dict[tuple[str, str], str] = {}
        self._globals: dict[str, tuple[Module, Node]] | None = None

    def resolve(self, mod: Module, name: str) -> tuple[Module, Node] | None:
        """The function or value ``name`` means in ``mod``: local, or imported from a project
        file (``@/lib/auth``, ``../lib/auth``)."""
        base = name.split(".")[0].split("(")[0]
        member = name.split(".")[1].split("(")[0] if "." in name else ""
        if base in mod.top:
            return _member(mod, mod.top[base], member)
        if base not in mod.imports:
            shared = self.globals().get(base) if _classic(mod) else None
            return _member(shared[0], shared[1], member) if shared is not None else None
        source, orig = mod.imports[base]
        if orig == "*":  # a namespace import: its member, re-exported ones too
            return self.exported(mod.path, source, member) if member else None
        found = self.exported(mod.path, source, orig)
        return _member(found[0], found[1], member) if found is not None else None

    def exported(self, importer: str, source: str, name: str,
                 depth: int = 0) -> tuple[Module, Node] | None:
        """The value the module ``source`` exports as ``name``, through barrel files'
        re-exports (``export { adminDb as db } from "./supabase"``, ``export * from …``)."""
        target = self.module_for(importer, source)
        if target is None or depth > 4:
            return None
        if name in target.top:
            return target, target.top[name]
        if name in target.reexports:
            src, orig = target.reexports[name]
            if src:
                return self.exported(target.path, src, orig, depth + 1)
            if orig in target.top:
                return target, target.top[orig]
            if orig in target.imports and target.imports[orig][1] not in ("*", "default"):
                return self.exported(target.path, target.imports[orig][0],
                                     target.imports[orig][1], depth + 1)
            return None
        for src in target.stars:
            found = self.exported(target.path, src, name, depth + 1)
            if found is not None:
                return found
        return None

    def globals(self) -> dict[str, tuple[Module, Node]]:
        """Top-level names of classic scripts (no import/export): the pages that load them
        share one global scope, so ``Toast.show`` in app.js is toast.js's."""
        if self._globals is None:
            self._globals = {}
            for m in self.modules.values():
                if _classic(m) and m.path.endswith(".js"):
                    for name, value in m.top.items():
                        self._globals.setdefault(name, (m, value))
        return self._globals

    def module_for(self, importer: str, source: str) -> Module | None:
        if source.startswith(("@/", "~/")):  # ~/ is Remix's app/
            bases = [source[2:], "src/" + source[2:], "app/" + source[2:]]
        elif source.startswith(("$lib/", "~~/", "@@/")):  # SvelteKit's src/lib; Nuxt's root
            rest = source.split("/", 1)[1]
            bases = ["src/lib/" + rest] if source.startswith("$lib/") else [rest]
        elif source.startswith("."):
            import posixpath

            bases = [posixpath.normpath(posixpath.join(posixpath.dirname(importer), source))]
        else:
            return None
        for base in bases:
            for ext in ("", ".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx",
                        "/index.js"):
                if base + ext in self.modules:
                    return self.modules[base + ext]
        return None

    def auth_kind(self, mod: Module, name: str, depth: int = 0) -> str:
        """"assert" (ends the request when signed out), "resolve" (returns the user or
        nothing), "flow" (sign-in/up/out) or "" for a call named ``name`` in ``mod``."""
        bare = name.removesuffix("()")
        if _AUTH_ASSERT.search(bare):
            return "assert"
        key = (mod.path, bare)
        if key in self._auth_kind:
            return self._auth_kind[key]
        self._auth_kind[key] = ""
        kind = ""
        found = self.resolve(mod, bare) if depth < 4 else None
        fn = None
        if found is not None:
            fn, _ = function_of(found[0], found[1])
        if fn is not None:
            flow = analyze(found[0], fn, self, depth + 1)  # type: ignore[index]
            kind = "assert" if flow.asserts else "resolve" if flow.resolves or \
                _looks_up_session(fn) else "flow" if flow.flow else ""
        elif bare.split("(")[0] == "getAuth" and mod.imports.get("getAuth", ("", ""))[
                0].startswith("firebase"):
            # Firebase's getAuth() is the auth service (setCustomUserClaims…), not a user; its
            # verifyIdToken(token) is what finds the caller
            kind = "resolve" if bare.endswith((".verifyIdToken", ".verifySessionCookie")) else ""
        elif _AUTH_RESOLVE.search(bare.split("()")[0] if "()" in bare else bare) or \
                bare.endswith(".auth.getUser") or re.search(r"\.auth(?:\(\))?\.getUser$", bare):
            # A library's (or an unseen helper's) requireUser()/getUserOrThrow() ends the
            # request itself when nobody is signed in, by its name's promise.
            kind = "assert" if re.search(r"(?:^|\.)require[A-Z]\w*$|OrThrow$", bare) else \
                "resolve"
        elif _AUTH_FLOW.search(bare):
            kind = "flow"
        self._auth_kind[key] = kind
        return kind


# A session's credential as the request sends it: its cookie or Authorization header.
_SENT_CREDENTIAL = re.compile(r"""\.(?:headers\.get|get|header)\(\s*['"`](?:cookie|authorization)"""
                              r"""['"`]|\bcookies\b|\.cookie\b|\bheaders\.(?:cookie|authorization)\b""",
                              re.IGNORECASE)
# …looked up where the server keeps sessions (a sessions table, a KV of sessions) or checked as
# a signed token.
_SESSION_LOOKUP = re.compile(r"""\bfrom\s+["`]?\w*sessions?\b|\.sessions?\b|"""
                             r"""\.get\(\s*[`'"]sessions?:|\bjwtVerify\(|\bverify\w*\(""",
                             re.IGNORECASE)


def _looks_up_session(fn: Node) -> bool:
    """A project helper that finds the signed-in user itself: it reads the session cookie or
    the Authorization header and looks the session up where the server keeps them (``SELECT
    user_id FROM sessions WHERE id = ?``, a KV of sessions) or verifies a signed token, and
    answers something: what ``getUser()`` does in a library."""
    body = text(fn)
    return bool(_SENT_CREDENTIAL.search(body)) and bool(_SESSION_LOOKUP.search(body)) and any(
        n.type == "return_statement" and n.named_children and
        n.named_children[0].type not in ("null", "undefined", "false")
        for n in walk(fn, skip_functions=True))


_VERIFIES_TOKEN = re.compile(r"\.(?:verifyIdToken|verifySessionCookie|verify)\(|\bjwtVerify\(")


def _only_sets_session(stmt: Node) -> bool:
    """Every mention of the session's user in a statement is written, not read:
    ``req.session.userId = user.id``, also inside ``req.session.regenerate(() => …)``."""
    reads = [n for n in walk(stmt) if n.type == "member_expression" and SESSION_USER.fullmatch(
        dotted(n)) and not (n.parent is not None and n.parent.type == "member_expression" and
                            n.parent.child_by_field_name("object") == n)]
    return bool(reads) and all(
        n.parent is not None and n.parent.type == "assignment_expression" and
        n.parent.child_by_field_name("left") == n for n in reads)


def analyze(mod: Module, fn: Node, project: Project, depth: int = 0) -> AuthFlow:
    """Walk a function's statements in order: which database calls run before the user an
    auth call returned has been checked (a branch that returns/throws/redirects on it)."""
    result = AuthFlow()
    body = fn.child_by_field_name("body")
    if body is None:
        return result
    result.db = db_calls(body)
    # The function's own calls (nested functions excluded), walked once: each statement's
    # auth calls are a byte-range slice of them.
    own_calls = [n for n in walk(body, skip_functions=True) if n.type == "call_expression"]

    def auth_call_in(node: Node) -> str:
        kinds = ["resolve"] if SESSION_USER.search(text(node)) else []
        if kinds and node.type == "expression_statement" and _only_sets_session(node):
            kinds = ["flow"]  # req.session.userId = user.id: a sign-in sets the session
        if node.type in FUNCTIONS:
            calls = [n for n in walk(node, skip_functions=True) if n.type == "call_expression"]
        else:
            calls = [c for c in own_calls if node.start_byte <= c.start_byte < node.end_byte]
        if node.type == "call_expression" and node not in calls:
            calls.append(node)
        for n in calls:
            if n.type == "call_expression":
                k = project.auth_kind(mod, callee(n), depth)
                if k == "resolve" and "failureRedirect" in text(n):
                    k = "assert"  # remix-auth's isAuthenticated(request, {failureRedirect})
                if not k and _opens_token(n):
                    k = "resolve"
                if k:
                    kinds.append(k)
        return "assert" if "assert" in kinds else "resolve" if "resolve" in kinds else \
            "flow" if "flow" in kinds else ""

    def visit(stmts: Iterable[Node], checked: bool) -> bool:
        for s in stmts:
            if s.type == "comment":
                continue
            if s.type == "if_statement":
                cond = s.child_by_field_name("condition")
                cons = s.child_by_field_name("consequence")
                alt = s.child_by_field_name("alternative")
                kind = auth_call_in(cond) if cond is not None else ""
                if kind in ("resolve", "assert"):
                    result.resolves = True
                elif kind == "flow":  # if (!(await bcrypt.compare(…))): a sign-in
                    result.flow = True
                if not checked:
                    note_db(cond)
                about_user = mentions(cond, result.user_names) or kind == "resolve"
                if about_user and _exits(cons):
                    if any(n.type in ("throw_statement",) or (
                            n.type == "call_expression" and _EXIT_CALL.search(callee(n)))
                            for n in [cons, *walk(cons)]):
                        result.asserts = True
                    visit(block(cons), checked)
                    if alt is not None:
                        visit(block(alt), True)
                    checked = True
                    continue
                visit(block(cons), checked or about_user)
                if alt is not None:
                    visit(block(alt), checked)
                continue
            if s.type in ("try_statement",):
                handler = s.child_by_field_name("handler")
                swallows = handler is not None and not _exits(
                    handler.child_by_field_name("body"))
                asserted, before, resolved = result.asserts, checked, result.resolves
                checked = visit(block(s.child_by_field_name("body")), checked)
                if swallows:  # jwt.verify throws, the catch logs and carries on: no check
                    checked, result.asserts = before, asserted
                elif handler is not None and result.resolves and not resolved and \
                        _VERIFIES_TOKEN.search(text(s.child_by_field_name("body"))):
                    # uid = (await getAuth().verifyIdToken(token)).uid, and the catch answers
                    # 401: a bad or missing token never gets past the try
                    checked, result.asserts = True, True
                for c in s.named_children:
                    if c.type in ("catch_clause", "finally_clause"):
                        visit(block(c.child_by_field_name("body") or c), checked)
                continue
            if s.type in ("statement_block",):
                checked = visit(s.named_children, checked)
                continue
            if s.type in ("for_statement", "for_in_statement", "while_statement",
                          "do_statement", "switch_statement", "labeled_statement"):
                for inner in s.named_children:
                    if inner.type in ("statement_block", "switch_body"):
                        for c in inner.named_children:
                            visit(block(c), checked)
                    elif not checked:
                        note_db(inner)
                continue
            kind = auth_call_in(s)
            if kind == "flow":
                result.flow = True
            if kind in ("resolve", "assert"):
                result.resolves = True
                if s.type in ("lexical_declaration", "variable_declaration"):
                    for d in s.named_children:
                        if d.type == "variable_declarator" and not user_as_default(
                                d, result.user_names, from_request()):
                            result.user_names |= pattern_names(d.child_by_field_name("name"))
                elif s.type == "expression_statement":
                    expr = strip(s.named_children[0]) if s.named_children else None
                    if expr is not None and expr.type == "assignment_expression":
                        result.user_names |= pattern_names(expr.child_by_field_name("left"))
                if kind == "assert":
                    result.asserts = True
                    if not checked:
                        note_db(s)
                    checked = True
                    continue
            if not checked:
                if s.type == "expression_statement" and s.named_children and _asserts_user(
                        s.named_children[0], result.user_names):
                    checked = True
                    continue
                note_db(s)
            if s.type in ("lexical_declaration", "variable_declaration") and \
                    mentions(s, result.user_names):
                for d in s.named_children:  # const userId = user.id — still the user
                    value = d.child_by_field_name("value")
                    if d.type == "variable_declarator" and not (value is not None and (
                            request_may_pick(value, result.user_names, from_request()) or
                            user_as_default(d, result.user_names, from_request()))):
                        result.user_names |= pattern_names(d.child_by_field_name("name"))
        return checked

    def note_db(node: Node | None) -> None:
        if node is None:
            return
        found = [node] if node.type == "call_expression" and is_db_call(node) else []
        # The function's own database calls inside this statement (not a second walk of it).
        found += [c for c in result.db if node.start_byte <= c.start_byte < node.end_byte
                  and c not in found] if node.type != "call_expression" else []
        if found and result.unchecked_db is None:
            result.unchecked_db = found[0]
        result.unchecked += [c for c in found if c not in result.unchecked]

    held: list[set[str]] = []

    def from_request() -> set[str]:
        if not held:
            held.append(request_names(fn))
        return held[0]

    handed = session_parameters(fn)
    if handed:  # ({ locals: { user } }) => …: the user the session middleware resolved
        result.resolves = True
        result.user_names |= handed
    if body.type == "statement_block":
        visit(body.named_children, False)
    else:  # an arrow function with an expression body
        visit([body], False)
    return result


# Where server frameworks leave the signed-in user for a handler: SvelteKit's ``locals``,
# Express/Fastify's ``req``, Koa's ``ctx.state``, Nuxt's ``event.context``.
_SESSION_HOLDERS = {"locals", "req", "request", "state", "context", "ctx", "event"}
_SESSION_KEYS = {"user", "session", "auth", "currentUser", "userId"}


def session_parameters(fn: Node) -> set[str]:
    """Names a handler's parameters bind to the signed-in user by destructuring the object the
    session middleware filled: ``{ locals: { user } }``, ``{ locals: { session: s } }``,
    ``{ state: { user } }`` (SESSION_USER read through a pattern, not a dotted name)."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    out: set[str] = set()
    for pair in walk(params) if params is not None else []:
        if pair.type != "pair_pattern" or text(pair.child_by_field_name("key")) not in \
                _SESSION_HOLDERS:
            continue
        inner = pair.child_by_field_name("value")
        for member in inner.named_children if inner is not None and \
                inner.type == "object_pattern" else []:
            key = member.child_by_field_name("key") if member.type == "pair_pattern" else member
            if text(key) in _SESSION_KEYS:
                out |= pattern_names(member.child_by_field_name("value")) \
                    if member.type == "pair_pattern" else {text(member)}
    return out


# Reading who is signed in from a token or cookie the server sealed: jwt.verify(token, …),
# jose's jwtVerify, getIronSession(cookies()), decrypt(sessionCookie), unsealData(…).
_TOKEN_OPENER = re.compile(r"(?:^|\.)(?:verify|jwtVerify|decrypt\w*|unseal\w*|getIronSession|"
                           r"decode\w*Token|verify\w*Token|open\w*Session)$")
_TOKEN_ARGUMENT = re.compile(r"cookie|session|token|authorization|bearer|jwt", re.IGNORECASE)


def _opens_token(call: Node) -> bool:
    """A call that opens a session token or cookie (so what it returns is the user)."""
    return bool(_TOKEN_OPENER.search(callee(call))) and any(
        _TOKEN_ARGUMENT.search(text(a)) for a in args(call))


def _asserts_user(expr: Node, names: set[str]) -> bool:
    expr = strip(expr)
    return expr is not None and expr.type == "call_expression" and re.search(
        r"(?:^|\.)(?:assert|invariant|ok)$", callee(expr)) is not None and any(
        mentions(a, names) for a in args(expr))


def block(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type in ("statement_block", "else_clause", "finally_clause", "switch_case",
                     "switch_default"):
        out = []
        for c in node.named_children:
            out += block(c) if c.type == "statement_block" else [c]
        return out
    return [node]


# ------------------------------------------------------------------ request input (taint)

# Where request input comes from, besides a handler's parameters.
REQUEST_SOURCES = re.compile(
    r"\b(?:searchParams|nextUrl|formData|req\.query|req\.body|request\.query|request\.body|"
    r"ctx\.query|ctx\.querystring|"  # Koa
    r"params|useSearchParams|useParams|URLSearchParams|location\.(?:search|hash|href)|"
    r"router\.query|document\.referrer|window\.name)\b|"
    # x.get("name") of headers, cookies, a form or a query; not Deno.env.get / config.get
    r"\b(?:req|request)\.(?:json|text|formData)\(\)|(?<![Ee]nv)(?<!config)\.get\(\s*['\"]|"
    r"\bc\.req\.(?:param|query|json|parseBody|formData|valid)\(|"  # Hono
    r"\b(?:readBody|readValidatedBody|readFormData|getQuery|getRouterParams?)\(")  # Nuxt (h3)


def request_names(fn: Node) -> set[str]:
    """Locals of ``fn`` that hold what the request says (``const author =
    url.searchParams.get("author")``, and names built from those)."""
    decls = [d for d in walk(fn) if d.type == "variable_declarator"]
    names: set[str] = set()
    for _ in range(3):
        before = len(names)
        for d in decls:
            value = d.child_by_field_name("value")
            if value is not None and (REQUEST_SOURCES.search(text(value)) or mentions(
                    value, names)):
                names |= pattern_names(d.child_by_field_name("name"))
        if len(names) == before:
            break
    return names


def user_as_default(decl: Node, users: set[str], tainted: set[str] | None = None) -> bool:
    """``const { ownerId = req.user.id } = req.query``: names read from the request, the user
    only their default when the request leaves them out."""
    pattern, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
    if pattern is None or value is None or pattern.type not in ("object_pattern",
                                                                "array_pattern"):
        return False
    defaults = [n for n in walk(pattern) if n.type in ("object_assignment_pattern",
                                                       "assignment_pattern")]
    return any(mentions(n.child_by_field_name("right"), users) or SESSION_USER.search(text(
        n.child_by_field_name("right"))) for n in defaults) and (
        bool(REQUEST_SOURCES.search(text(value))) or mentions(value, tainted or set()))


def request_may_pick(value: Node, owner: set[str], tainted: set[str] | None = None) -> bool:
    """A fallback or choice with an operand the request fills and the user does not: ``a ??
    b``, ``a || b``, ``c ? a : b``: the user's value there is a default, not the user."""
    for n in [value, *walk(value)]:
        if n.type == "binary_expression" and text(n.child_by_field_name("operator")) in (
                "??", "||"):
            operands = [n.child_by_field_name("left"), n.child_by_field_name("right")]
        elif n.type == "ternary_expression":
            operands = [n.child_by_field_name("consequence"), n.child_by_field_name("alternative")]
        else:
            continue
        if any(o is not None and not mentions(o, owner) and (mentions(
                o, tainted or set()) or REQUEST_SOURCES.search(text(o))) for o in operands):
            return True
    return False


def declaration_of(scope: Node, name: str, before: int | None = None) -> Node | None:
    """The value last bound to ``name`` in ``scope`` (before byte ``before``). Only the parts
    of the scope where the name is written are walked: a binding of it holds it."""
    found = None
    base = scope.start_byte
    at = [m.start() + base for m in re.finditer(re.escape(name.encode()), scope.text or b"")]
    if not at:
        return None
    cursor = scope.walk()
    if not cursor.goto_first_child():
        return None
    depth = 1
    while True:
        n = cursor.node
        if before is not None and n.start_byte >= before:
            break
        i = bisect.bisect_left(at, n.start_byte)
        holds = i < len(at) and at[i] < n.end_byte
        if holds:
            if n.type == "variable_declarator" and name in pattern_names(
                    n.child_by_field_name("name")):
                found = n.child_by_field_name("value")
            elif n.type == "assignment_expression" and text(
                    n.child_by_field_name("left")) == name:
                found = n.child_by_field_name("right")
            if cursor.goto_first_child():
                depth += 1
                continue
        while not cursor.goto_next_sibling():
            depth -= 1
            if not cursor.goto_parent() or depth == 0:
                return found
    return found


def declared_name(fn: Node) -> Node | None:
    """The name node a function is declared under: ``function Card``, or the variable of
    ``const Card = (…) =>`` / ``= function () {}``; None for an anonymous one."""
    name = fn.child_by_field_name("name")
    if name is None and fn.parent is not None and fn.parent.type == "variable_declarator":
        name = fn.parent.child_by_field_name("name")
    return name


def enclosing_function(node: Node) -> Node | None:
    n = node.parent
    while n is not None and n.type not in FUNCTIONS:
        n = n.parent
    return n


def conditions_over(node: Node, stop: Node | None) -> list[Node]:
    """Conditions of the ifs/ternaries that lead to ``node`` (up to ``stop``), and of the
    early-exit ifs before it in the enclosing blocks."""
    out: list[Node] = []
    child, n = node, node.parent
    while n is not None and n is not stop:
        if n.type in ("if_statement", "ternary_expression"):
            cond = n.child_by_field_name("condition")
            if cond is not None and child is not cond:
                out.append(cond)
        if n.type == "statement_block":
            for sib in n.named_children:
                if sib.start_byte >= child.start_byte:
                    break
                if sib.type == "if_statement" and _exits(sib.child_by_field_name("consequence")):
                    out.append(sib.child_by_field_name("condition"))
        if n.type == "binary_expression" and text(n.child_by_field_name("operator")) == "&&" \
                and child is n.child_by_field_name("right"):
            out.append(n.child_by_field_name("left"))
        child, n = n, n.parent
    return [c for c in out if c is not None]
