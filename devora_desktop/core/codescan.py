"""Reading project files as code: tree-sitter trees for JS/TS, PostgreSQL's own SQL parser, and
secrets found by a maintained detector.

One module so the validators, the export scan and the redaction of a project sent to a model
agree on what a secret is and on how code is read:

- :func:`parse` gives a tree-sitter tree (grammars from ``tree-sitter-language-pack`` before
  1.0, which ships them in the wheel; 1.x downloads them at run time) for JS/JSX/TS/TSX (and
  CSS/HTML for the syntax check).
- :func:`sql_statements` parses SQL with ``pglast`` (libpg_query: the server's own grammar) and
  says where each statement starts, or raises :class:`SqlSyntaxError`.
- :func:`find_secrets` runs ``detect-secrets`` (its plugins and false-positive filters) plus a
  few key formats that detect-secrets 1.5 has no plugin for; :func:`redact` replaces what it
  finds with ``[REDACTED:<kind>]``. Public IP addresses are not treated as secrets.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["GRAMMARS", "Secret", "SqlStatement", "SqlSyntaxError", "find_secrets", "forget",
           "language_for", "parse", "redact", "remember", "sql_statements", "warm_up"]

T = TypeVar("T")

_LANGUAGES = {".js": "javascript", ".mjs": "javascript", ".cjs": "javascript",
              ".jsx": "javascript", ".ts": "typescript", ".mts": "typescript",
              ".cts": "typescript", ".tsx": "tsx", ".css": "css", ".html": "html", ".htm": "html"}
#: The tree-sitter grammars the scanners parse with (the bundle must carry each one).
GRAMMARS = frozenset(_LANGUAGES.values())


def language_for(path: str) -> str | None:
    """The tree-sitter grammar for ``path`` ("javascript", "typescript", "tsx", "css",
    "html"), or None."""
    dot = path.rfind(".")
    return _LANGUAGES.get(path[dot:].lower()) if dot >= 0 else None


@functools.cache
def _parser(language: str) -> Any:
    from tree_sitter_language_pack import get_parser

    return get_parser(language)  # type: ignore[arg-type]


class _Memo:
    """Results of pure functions of a file's text, the newest kept within a budget of text
    size. A fix round re-validates every file the run wrote, most of them unchanged, and the
    syntax check and the security rules read the same tree: each is computed once."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.items: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[str, str, str], compute: Callable[[str], T]) -> T:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute(key[2])
        with self.lock:
            if key not in self.items:
                self.items[key] = value
                self.size += len(key[2])
                while self.size > self.budget and len(self.items) > 1:
                    old, _ = self.items.popitem(last=False)
                    self.size -= len(old[2])
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.size = 0


_memo = _Memo(budget=16_000_000)  # characters of source text (trees are ~10x that in bytes)


def remember(kind: str, where: str, text: str, compute: Callable[[str], T]) -> T:
    """``compute(text)``, or what it returned before for the same ``kind``, ``where`` (a path
    or a language) and ``text``. Only for results that depend on nothing else and that callers
    do not change."""
    return _memo.get((kind, where, text), compute)


def forget() -> None:
    """Drop every remembered result (the bench measures a first scan of new content)."""
    _memo.clear()


def parse(path: str, text: str) -> Any | None:
    """A tree-sitter ``Tree`` of ``text`` for a JS/TS/CSS/HTML path, None for other files.

    Trees of broken code still come back (with ERROR nodes): half-written model output must be
    judged too. Byte offsets in the tree are UTF-8 offsets of ``text``. The same text gives the
    same tree object (remembered): do not ``edit`` it.
    """
    language = language_for(path)
    if language is None:
        return None
    return remember("tree", language, text, lambda t: _parse(language, t))


_parse_lock = threading.Lock()


def _parse(language: str, text: str) -> Any:
    # One parser per grammar, shared: files are prepared in several worker threads at once.
    with _parse_lock:
        return _parser(language).parse(text.encode("utf-8"))


class SqlSyntaxError(ValueError):
    """The SQL does not parse; ``line`` is where PostgreSQL's parser stopped (1-based)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class SqlStatement:
    """One parsed statement: the pglast node (``CreateStmt``, ``CreatePolicyStmt``…) and the
    1-based line it starts on."""

    node: Any
    line: int
    text: str


def sql_statements(text: str) -> list[SqlStatement]:
    """Every statement of ``text``, parsed by PostgreSQL's grammar (pglast)."""
    return list(remember("sql", "", text, lambda t: tuple(_sql_statements(t))))


class LineCounter:
    """Line numbers (from 1) of character offsets asked in increasing order, counted in one
    pass: counting from the start for each of a file's 30,000 statements or matches made a
    generated file's check quadratic (minutes). An earlier offset starts over."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def __call__(self, pos: int) -> int:
        pos = max(0, pos)
        if pos < self.pos:
            self.pos, self.line = 0, 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


# What the validators read of one file in a run (security's rules, SQL's Python tree). Rules
# walk trees and follow names across files, so time grows faster than size: a generated
# 30,000-line file took 132 s and 866 MB. Past this a file is only syntax-checked and gets a
# note; no hand-written source or migration comes near (the 30-file store is < 400 lines a
# file), generated data (seed inserts, fixtures, bundles) does.
MAX_LINES = 6_000
MAX_CHARS = 400_000


def too_large(text: str) -> bool:
    """Whether a file is past what the rules read in one run."""
    return len(text) > MAX_CHARS or text.count("\n") >= MAX_LINES


def check_sql(text: str) -> None:
    """Raise :class:`SqlSyntaxError` where ``text`` stops being SQL. A file past the budget is
    parsed by PostgreSQL's parser alone, without the Python tree (2 MB of SQL: 1 s, not 10)."""
    if not too_large(text):
        sql_statements(text)
        return
    from pglast.parser import ParseError, parse_sql_json

    try:
        parse_sql_json(text)
    except ParseError as exc:
        raise _syntax_error(text, exc) from exc


def _syntax_error(text: str, exc: Exception) -> SqlSyntaxError:
    # pglast reports where the offending token starts as a 0-based character offset.
    pos = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
    line = text.count("\n", 0, pos) + 1 if pos is not None else None
    return SqlSyntaxError(str(exc.args[0]) if exc.args else "syntax error", line)


def _sql_statements(text: str) -> list[SqlStatement]:
    from pglast import parse_sql
    from pglast.parser import ParseError

    try:
        raw = parse_sql(text)
    except ParseError as exc:
        raise _syntax_error(text, exc) from exc
    # pglast's locations and lengths count characters of the text (not UTF-8 bytes: reading
    # them as bytes put every statement after an "é" or "ã" on an earlier line, cut wrong).
    out = []
    line_at = LineCounter(text)
    for stmt in raw:
        start = stmt.stmt_location or 0
        length = stmt.stmt_len or len(text) - start
        chunk = text[start:start + length]
        lead = len(chunk) - len(chunk.lstrip())
        line = line_at(start) + chunk[:lead].count("\n")
        out.append(SqlStatement(stmt.stmt, line, chunk.strip()))
    return out


def _line_of_char(text: str, pos: int) -> int:
    return text.count("\n", 0, max(0, pos)) + 1


#: Stands for a value a PL/pgSQL block only knows when it runs (a table name a loop over the
#: catalog returns) in the SQL :func:`do_block_sql` gives.
ANY = "\x00"
_MAX_VALUES = 64  # strings one EXECUTE can build (loops over constant lists multiply them)


def do_block_sql(text: str) -> list[tuple[str, int]]:
    """The SQL a ``DO $$ … $$`` block runs, with the line of the block each starts on: its
    plain statements and what each ``EXECUTE`` builds from constants (``'…' || name``,
    ``format('… %I …', t)``, ``quote_ident``), a loop variable taking every value of a constant
    list and :data:`ANY` for a row of a query (``for r in select tablename from pg_tables``).
    An EXECUTE of text it cannot fold is left out. Read with PostgreSQL's PL/pgSQL parser."""
    return list(remember("do-block", "", text, lambda t: tuple(_do_block_sql(t))))


def _do_block_sql(text: str) -> list[tuple[str, int]]:
    import pglast

    try:
        tree = pglast.parse_plpgsql(text)
    except Exception:  # pglast raises its own error types, and a DO in another language
        return []
    out: list[tuple[str, int]] = []
    for function in tree:
        body = function.get("PLpgSQL_function", {})
        datums = [next(iter(d.values()), {}) for d in body.get("datums", [])]
        _pl_visit([body.get("action", {})], datums, {}, out)
    return out


def _pl_visit(stmts: list[Any], datums: list[dict], env: dict[str, list[str]],
              out: list[tuple[str, int]]) -> None:
    for stmt in stmts:
        if not isinstance(stmt, dict) or len(stmt) != 1:
            continue
        kind, node = next(iter(stmt.items()))
        if not isinstance(node, dict):
            continue
        line = node.get("lineno", 1)
        inner = dict(env)
        if kind == "PLpgSQL_stmt_execsql":
            out.append((_pl_query(node.get("sqlstmt")), line))
        elif kind == "PLpgSQL_stmt_dynexecute":
            out += [(v, line) for v in _pl_values(_pl_query(node.get("query")), env) or ()]
        elif kind == "PLpgSQL_stmt_assign" and 0 <= node.get("varno", -1) < len(datums):
            expr = re.sub(r"^\s*[\w.]+\s*:?=\s*", "", _pl_query(node.get("expr")))
            env[datums[node["varno"]].get("refname", "")] = _pl_values(expr, env) or [ANY]
        elif kind == "PLpgSQL_stmt_foreach_a" and 0 <= node.get("varno", -1) < len(datums):
            values = _pl_array(_pl_query(node.get("expr")), env)
            inner[datums[node["varno"]].get("refname", "")] = values or [ANY]
        elif kind == "PLpgSQL_stmt_fors":
            var = next(iter((node.get("var") or {}).values()), {})
            names = [f.get("name", "") for f in var.get("fields", [])] or [var.get("refname", "")]
            values = _pl_array(re.sub(r"(?is)^\s*select\s+unnest\s*\((.*)\)\s*$", r"\1",
                                      _pl_query(node.get("query"))), env)
            for name in names:  # a row of a query: a catalog's table names, anything
                inner[name] = values if values and len(names) == 1 else [ANY]
        for key, value in node.items():  # nested bodies: blocks, loops, if/elsif/else, handlers
            if isinstance(value, list):
                _pl_visit(value, datums, inner, out)
                for item in value:
                    if isinstance(item, dict) and len(item) == 1 and isinstance(
                            nested := next(iter(item.values())), dict) and "stmts" in nested:
                        _pl_visit(nested["stmts"], datums, inner, out)
            elif isinstance(value, dict) and key == "exceptions":
                for handler in next(iter(value.values()), {}).get("exc_list", []):
                    _pl_visit(next(iter(handler.values()), {}).get("action", []), datums,
                              inner, out)


def _pl_query(expr: Any) -> str:
    return str((expr or {}).get("PLpgSQL_expr", {}).get("query", "")) if isinstance(
        expr, dict) else ""


def _pl_parse(expr: str) -> Any | None:
    from pglast import parse_sql

    try:
        stmt = parse_sql(f"select {expr}")[0].stmt
    except Exception:  # pglast.parser.ParseError: not an expression we can read
        return None
    targets = getattr(stmt, "targetList", None) or ()
    return targets[0].val if len(targets) == 1 else None


def _pl_array(expr: str, env: dict[str, list[str]]) -> list[str] | None:
    """The values of ``array['a', 'b']`` (or a variable bound to a list)."""
    from pglast import ast

    node = _pl_parse(expr)
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_ArrayExpr):
        values: list[str] = []
        for element in node.elements or ():
            folded = _pl_fold(element, env)
            if folded is None:
                return None
            values += folded
        return values[:_MAX_VALUES]
    return None


def _pl_values(expr: str, env: dict[str, list[str]]) -> list[str] | None:
    node = _pl_parse(expr)
    return _pl_fold(node, env) if node is not None else None


def _pl_fold(node: Any, env: dict[str, list[str]]) -> list[str] | None:
    """Every string an expression can be, given the variables' values; None if unknown."""
    from pglast import ast

    if isinstance(node, ast.TypeCast):
        return _pl_fold(node.arg, env)
    if isinstance(node, ast.A_Const):
        value = node.val
        return [str(getattr(value, "sval", None) or getattr(value, "ival", "") or "")] \
            if not node.isnull else None
    if isinstance(node, ast.ColumnRef):
        first = getattr(node.fields[0], "sval", "") if node.fields else ""
        return env.get(first, [ANY])
    if isinstance(node, ast.A_Expr) and node.name and node.name[-1].sval == "||":
        return _pl_product([_pl_fold(node.lexpr, env), _pl_fold(node.rexpr, env)])
    if isinstance(node, ast.FuncCall):
        name = node.funcname[-1].sval.lower()
        parts = [_pl_fold(a, env) for a in node.args or ()]
        if name in ("quote_ident", "lower", "upper", "trim", "btrim") and len(parts) == 1:
            return parts[0]
        if name in ("quote_literal", "quote_nullable") and len(parts) == 1 and parts[0]:
            return ["'" + v.replace("'", "''") + "'" for v in parts[0]]
        if name == "concat":
            return _pl_product(parts)
        if name == "format" and parts and parts[0] is not None:
            return [x for fmt in parts[0] for x in _pl_format(fmt, parts[1:])][:_MAX_VALUES]
    return None


def _pl_product(parts: list[list[str] | None]) -> list[str] | None:
    out = [""]
    for part in parts:
        if part is None:
            return None
        out = [a + b for a in out for b in part][:_MAX_VALUES]
    return out


def _pl_format(fmt: str, values: list[list[str] | None]) -> list[str]:
    """``format()``'s ``%s``/``%I``/``%L`` (and ``%1$I``) filled with each combination."""
    pieces: list[list[str] | None] = []
    pos, index = 0, 0
    for m in re.finditer(r"%(?:(\d+)\$)?([sIL%])", fmt):
        pieces.append([fmt[pos:m.start()]])
        pos = m.end()
        if m.group(2) == "%":
            pieces.append(["%"])
            continue
        at = int(m.group(1)) - 1 if m.group(1) else index
        index = at + 1
        value = values[at] if at < len(values) else None
        if value is not None and m.group(2) == "L":
            value = ["'" + v.replace("'", "''") + "'" for v in value]
        pieces.append(value if value is not None else [ANY])
    pieces.append([fmt[pos:]])
    return _pl_product(pieces) or []


@dataclass(frozen=True)
class Secret:
    """A secret in a file: where (1-based line; ``start``/``end`` are character offsets of the
    value in the whole text) and what kind, in detect-secrets' words ("AWS Access Key")."""

    path: str
    line: int
    kind: str
    start: int
    end: int


# Key formats detect-secrets 1.5 has no plugin for (its OpenAI plugin wants the legacy
# "T3BlbkFJ" marker). Each must be specific enough to mean a key on its own, and must start
# at a word boundary (checked by _extra_matches: a leading \b would stop re from searching
# for the literal prefix, ~50x slower).
_EXTRA = [
    ("OpenRouter Key", re.compile(r"sk-or-v1-[a-f0-9]{32,}")),
    ("Anthropic Key", re.compile(r"sk-ant-[A-Za-z0-9_-]{20,}")),
    ("OpenAI Key", re.compile(r"sk-(?:proj-|svcacct-|admin-|live-)?[A-Za-z0-9_-]{32,}")),
    ("GitHub Token", re.compile(r"github_pat_[A-Za-z0-9_]{40,}")),
    ("Google API Key", re.compile(r"AIza[0-9A-Za-z_-]{35}\b")),
    ("Vercel Token", re.compile(r"vercel_[A-Za-z0-9]{20,}")),
    ("Supabase Secret Key", re.compile(r"sb_secret_[A-Za-z0-9_-]{20,}")),
    ("Stripe Secret Key", re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{12,}")),
    ("Resend API Key", re.compile(r"re_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{16,}")),
    ("Hugging Face Token", re.compile(r"hf_[A-Za-z0-9]{30,}")),
    ("Groq API Key", re.compile(r"gsk_[A-Za-z0-9]{40,}")),
    ("Replicate Token", re.compile(r"r8_[A-Za-z0-9]{30,}")),
    ("xAI API Key", re.compile(r"xai-[A-Za-z0-9]{40,}")),
    ("Mailgun API Key", re.compile(r"key-[0-9a-f]{32}\b")),
    ("Shopify Token", re.compile(r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}")),
    ("Linear API Key", re.compile(r"lin_api_[A-Za-z0-9]{32,}")),
    ("Supabase Access Token", re.compile(r"sbp_[a-f0-9]{40}")),
    ("Google OAuth Client Secret", re.compile(r"GOCSPX-[A-Za-z0-9_-]{24,}")),
    ("Doppler Token", re.compile(r"dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{32,}")),
    ("Notion Token", re.compile(r"(?:ntn|secret)_[A-Za-z0-9]{40,}")),
    ("PlanetScale Token", re.compile(r"pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.-]{30,}")),
    ("DigitalOcean Token", re.compile(r"do[opr]_v1_[a-f0-9]{64}")),
    ("Pinecone API Key", re.compile(r"pcsk_[A-Za-z0-9_]{40,}")),
    ("npm Token", re.compile(r"npm_[A-Za-z0-9]{36}")),
    ("Slack Webhook", re.compile(r"hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/"
                                r"[A-Za-z0-9]{16,}")),
    ("Discord Webhook", re.compile(r"discord(?:app)?\.com/api/webhooks/\d{5,}/[\w-]{40,}")),
    # An AWS secret access key in prose or a comment ("aws AKIA… with secret wJalr…"):
    # detect-secrets knows it only assigned to a name that says so. 40 characters of
    # base64 with lower and upper case and a digit, after "aws", "secret" or an access key
    # id on the same line (a hex digest has no upper case); only the key is the secret.
    ("AWS Secret Access Key", re.compile(
        r"(?:(?i:aws|secret)|(?:AKIA|ASIA)[0-9A-Z]{16})[^\n]{0,80}?(?<![A-Za-z0-9/+])"
        r"((?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9])"
        r"[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])")),
]
_WORD_CHAR = re.compile(r"\w")


def _extra_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that start at a word boundary (what a leading ``\b`` would find)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() and _WORD_CHAR.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()
_TOKEN_CHAR = re.compile(r"[A-Za-z0-9_\-+/=.~]")
_ds_lock = threading.Lock()
_ds_ready = False


def _detect_secrets_plugins() -> None:
    """Turn on every detect-secrets plugin but the public-IP one (an address is not a
    secret), with its default false-positive filters. Called once, under ``_ds_lock``."""
    global _ds_ready
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.settings import get_settings

    names = [cls.__name__ for cls in get_mapping_from_secret_type_to_class().values()
             if cls.__name__ != "IPPublicDetector"]
    get_settings().configure_plugins([{"name": n} for n in names])
    _fast_indirect_reference()
    _ds_ready = True


# detect-secrets' indirect-reference filter (``secret = get_key()`` is no secret) searches
# ``([^\v=!:]*)\s*(:=?|[!=]{1,3})\s*(ref)``. Its leading parts may match nothing, so a line
# matches exactly when this does; re then starts at an operator instead of trying the leading
# group at every position (quadratic on long lines: ~0.7 ms a candidate line of JSX).
INDIRECT_REFERENCE = re.compile(r"(:=?|[!=]{1,3})\s*([\w.-]+[\[\(][^\v]*[\]\)])")


def _fast_indirect_reference() -> None:
    from detect_secrets.filters import heuristic

    heuristic._get_indirect_reference_regex = lambda: INDIRECT_REFERENCE


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", text)]
    return starts


def _widen(line: str, value: str, after: str = "") -> tuple[int, int] | None:
    """Where ``value`` sits in ``line``, grown to the end of its token: a plugin may report
    only a captured prefix (``ghp`` of ``ghp_…``). With ``after``, the occurrence that follows
    it (a URL's password follows ``user:``; ``postgres`` is also the scheme's start)."""
    at = line.find(after + value) + len(after) if after and after + value in line else \
        line.find(value)
    if at < 0:
        return None
    start, end = at, at + len(value)
    while end < len(line) and _TOKEN_CHAR.match(line[end]):
        end += 1
    return start, end


def _key_block(text: str, at: int) -> tuple[int, int]:
    """A PEM private key from its BEGIN line to its END line (or the end of the text): the
    detector reports the header, but the body is the secret."""
    start = at - 5 if text[max(0, at - 5):at] == "-----" else at
    end = re.compile(r"-----END [A-Z ]*PRIVATE KEY[A-Z ]*-----").search(text, at)
    return start, end.end() if end else len(text)


# (pattern, run on the lower-cased text, index of its plugin in get_plugins()). Python's re
# gives up its literal-prefix search under IGNORECASE; the pattern lower-cased (escapes kept)
# without the flag, over lower-cased text, matches the same and is ~10x faster.
_candidates: list[tuple[re.Pattern[str], bool, int]] | None = None
_ESCAPE_OR_UPPER = re.compile(r"(\\.)|[A-Z]")


def _group_end(pattern: str) -> int:
    """Index just past the group that opens ``pattern`` (escapes and classes skipped)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _optional_prefix_dropped(pattern: str) -> str:
    """``pattern`` without the lookbehinds, may-be-empty groups and one-character choices it
    starts with (``(?:(?<=\\W)|(?<=^))(?:"|\'|)(?:cloudant|cl)…`` -> ``(?:cloudant|cl)…``): it
    then matches wherever the whole pattern does, within the same line, and the engine can
    search for its first literal instead of trying every position."""
    while pattern.startswith("("):
        end = _group_end(pattern)
        if end < 0:
            return pattern
        inner = pattern[1:end - 1]
        lookbehinds = re.fullmatch(r"\?<[=!].*|\?:(?:\(\?<[=!][^()]*\)\|?)+", inner)
        may_be_empty = inner.startswith("?:") and (inner.endswith("|") or "||" in inner
                                                    or inner[2:3] == "|")
        one_char = inner.startswith("?:") and all(len(a) <= 2 for a in inner[2:].split("|"))
        quantified = pattern[end:end + 1] in ("?", "*")
        if not (lookbehinds or may_be_empty or one_char or quantified) or end == len(pattern):
            return pattern
        pattern = pattern[end + (1 if quantified else 0):]
    return pattern


def _candidate_patterns() -> list[tuple[re.Pattern[str], bool, int]] | None:
    """Every pattern a detect-secrets plugin needs to see on a line before it can report it
    (its deny-list regexes, the entropy plugins' quoted-string regex, the keyword list); None
    when a plugin exposes none (scan every line)."""
    from detect_secrets.plugins import keyword
    from detect_secrets.settings import get_plugins

    pats: list[tuple[re.Pattern[str], int]] = []
    for index, plugin in enumerate(get_plugins()):
        regs = list(getattr(plugin, "denylist", ()) or ())
        if hasattr(plugin, "regex") and hasattr(plugin, "entropy_limit"):
            # A string of n characters has at most log2(n) bits of entropy per character, so
            # shorter ones can never pass the plugin's limit.
            shortest = int(2 ** plugin.entropy_limit) + 1
            charset = re.escape(plugin.charset)
            regs.append(re.compile(rf"(['\"])[{charset}]{{{shortest},}}\1"))
        elif hasattr(plugin, "regex"):
            regs.append(plugin.regex)
        if type(plugin).__name__ == "KeywordDetector":
            regs.append(re.compile("|".join(keyword.DENYLIST), re.IGNORECASE))
        if not regs:
            return None
        pats += [(r, index) for r in regs]
    out = []
    for r, index in pats:
        # Over the whole text at once, with ^/$ at line boundaries as on a single line.
        source = _optional_prefix_dropped(r.pattern)
        if r.flags & re.IGNORECASE:
            low = _ESCAPE_OR_UPPER.sub(lambda m: m.group(1) or m.group(0).lower(), source)
            out.append((re.compile(low, (r.flags & ~re.IGNORECASE) | re.MULTILINE), True, index))
        else:
            out.append((re.compile(source, r.flags | re.MULTILINE), False, index))
    return out


def _candidate_lines(text: str) -> dict[int, set[int]] | None:
    """Line number -> the plugins (indexes) whose patterns match on it; None: every line,
    every plugin."""
    if _candidates is None:
        return None
    lines: dict[int, set[int]] = {}
    views: dict[bool, tuple[str, list[int]]] = {False: (text, _line_starts(text))}
    for pattern, lower, plugin in _candidates:
        if lower not in views:
            low = text.lower()  # may change lengths (İ): its own line starts
            views[True] = (low, views[False][1] if len(low) == len(text) else _line_starts(low))
        subject, starts = views[lower]
        for m in pattern.finditer(subject):
            first = bisect.bisect_right(starts, m.start())
            last = bisect.bisect_right(starts, max(m.start(), m.end() - 1))
            for number in range(first, last + 1):
                lines.setdefault(number, set()).add(plugin)
    return lines


def _set_up_detect_secrets() -> None:
    """Plugins configured and candidate patterns compiled, once per process (under
    ``_ds_lock``)."""
    global _candidates
    if not _ds_ready:
        _detect_secrets_plugins()
        _candidates = _candidate_patterns()


def warm_up() -> None:
    """Import the parsers and set up detect-secrets now (~0.5 s), so that the first scan of a
    run does not pay for it; the engine's ``warm_up`` calls it in a worker thread."""
    for language in ("typescript", "tsx", "javascript"):
        _parser(language)
    import pglast  # noqa: F401

    with _ds_lock:  # imported under the lock too: see _scan_detect_secrets
        from detect_secrets.settings import get_plugins

        _set_up_detect_secrets()
        get_plugins()


def _scan_detect_secrets(text: str, path: str,
                         literal_arguments: bool = True) -> Iterator[tuple[int, str, str]]:
    """(line number, kind, reported value) from detect-secrets' line scanner, each plugin run only
    on the lines where its patterns match. (Its own loop costs ~3 ms per KB: every plugin is
    called through dependency injection on every line; this keeps its plugins, filters and
    verdicts and skips the calls that cannot report anything.)"""
    lines = [line.rstrip() for line in text.splitlines()]
    filename = path or "file"
    found = []
    with _ds_lock:
        # detect-secrets' modules import each other in a circle: imported from two threads at
        # once (the engine's warm-up and a request being redacted), one of them got a
        # partially initialised module and the run failed with an unexpected error
        from detect_secrets.core.scan import (
            _is_filtered_out,
            _scan_line,
            get_filters_with_parameter,
        )
        from detect_secrets.settings import get_plugins
        from detect_secrets.util.code_snippet import get_code_snippet
        from detect_secrets.util.inject import call_function_with_arguments

        _set_up_detect_secrets()
        plugins = get_plugins()
        wanted = _candidate_lines(text)
        line_filters = get_filters_with_parameter("line")
        for number, line in enumerate(lines, start=1):
            if wanted is not None and number not in wanted:
                continue
            run = plugins if wanted is None else [plugins[i] for i in sorted(wanted[number])]
            context = get_code_snippet(lines=lines, line_number=number)
            # Its "indirect reference" filter drops every line shaped `x = call(…)`, meant
            # for `secret = get_secret()`: a key written as a call's argument
            # (`const db = createClient(url, "eyJ…")`) went with it. It is judged per value
            # below: only a value that does not open a quoted literal is a reference.
            indirect = False
            for fn in line_filters:
                try:
                    hit = call_function_with_arguments(fn, filename=filename, line=line,
                                                       context=context)
                except TypeError:
                    continue
                if hit and literal_arguments and fn.path.endswith("is_indirect_reference"):
                    indirect = True
                elif hit:
                    break
            else:
                for plugin in run:
                    for s in _scan_line(plugin=plugin, filename=filename, line=line,
                                        line_number=number, context=context):
                        value = s.secret_value or ""
                        if indirect and not re.search("[\"'`]" + re.escape(value), line):
                            continue  # a literal starts with it: written out, no reference
                        if not _is_filtered_out(required_filter_parameters=["context"],
                                                filename=s.filename, secret=s.secret_value,
                                                plugin=plugin, line=line, context=context):
                            found.append((s.line_number, s.type, value))
    yield from found


def find_secrets(text: str, path: str = "") -> list[Secret]:
    """Secrets in ``text`` (the content of ``path``; the path picks detect-secrets' rules
    for the file type, e.g. YAML or .env). Sorted by position, no overlaps."""
    if "\0" in text[:8192]:
        return []
    if not path:  # a request body being redacted: seen once, it would only push files out
        return _find_secrets(text, path)
    return list(remember("secrets", path, text, lambda t: tuple(_find_secrets(t, path))))


def _find_secrets(text: str, path: str) -> list[Secret]:
    starts = _line_starts(text)
    raw: list[Secret] = []
    lines = text.splitlines()
    for number, kind, value in _scan_detect_secrets(text, path):
        if not value or number > len(lines):
            continue
        span = _widen(lines[number - 1], value, ":" if kind == "Basic Auth Credentials" else "")
        if span is None:
            continue
        base = starts[number - 1]
        start, end = base + span[0], base + span[1]
        if kind == "Private Key":
            start, end = _key_block(text, start)
        raw.append(Secret(path, number, kind, start, end))
    for kind, pattern in _EXTRA:
        for m in _extra_matches(pattern, text):
            at, end = m.span(1) if pattern.groups else m.span()  # a group: the value alone
            raw.append(Secret(path, _line_of_char(text, at), kind, at, end))
    # A key reported by two plugins is one secret, named by the more specific one.
    raw.sort(key=lambda s: (s.start, -s.end))
    out: list[Secret] = []
    for s in raw:
        if out and s.start < out[-1].end:
            last = out[-1]
            kind = s.kind if _generic(last.kind) and not _generic(s.kind) else last.kind
            out[-1] = Secret(path, last.line, kind, last.start, max(last.end, s.end))
            continue
        out.append(s)
    return out


def _generic(kind: str) -> bool:
    return kind.endswith("High Entropy String") or kind == "Secret Keyword"


def redact(text: str, path: str = "") -> str:
    """``text`` with every secret :func:`find_secrets` sees replaced by
    ``[REDACTED:<kind>]``; everything else is kept byte for byte."""
    parts: list[str] = []
    pos = 0
    for s in find_secrets(text, path):
        parts += [text[pos:s.start], f"[REDACTED:{s.kind}]"]
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)
