"""The project's database as its migrations define it, read with PostgreSQL's own parser
(``core.codescan.sql_statements``, pglast): tables and their owner columns, row-level security
switched on and off in file order, policies with their expressions, grants, and functions.

The security rules ask it: is RLS on for this table at the end of the migrations, which
policies let anyone through (``using (true)``, or a check that never looks at a row's owner),
what is granted to ``anon``, and whether a PL/pgSQL function builds SQL by concatenation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from devora_desktop.core.codescan import (
    ANY,
    SqlStatement,
    SqlSyntaxError,
    do_block_sql,
    sql_statements,
)

OWNER_COLUMN = re.compile(r"^(?:user|owner|author|creator|customer|buyer|seller|member|account|"
                          r"sender|recipient|receiver|"
                          r"profile|tenant|created_by|uploaded_by|posted_by)(?:_?id)?$|_by$|"
                          r"^(?:user|owner)_", re.IGNORECASE)
PUBLIC_ROLES = {"anon", "public"}
CLIENT_ROLES = PUBLIC_ROLES | {"authenticated"}
# Schemas Supabase itself sets up and guards (a dump of them grants usage to the client roles)
MANAGED_SCHEMAS = {"auth", "storage", "extensions", "graphql", "graphql_public", "realtime",
                   "supabase_functions", "supabase_migrations", "pgsodium", "vault", "net",
                   "cron", "pgbouncer", "_realtime", "_analytics"}
# Roles no browser or app user ever holds: the service role bypasses RLS anyway, the others
# are the database's own administrators. A policy only for them lets no client through.
SERVER_ROLES = {"service_role", "postgres", "supabase_admin", "supabase_auth_admin",
                "supabase_storage_admin", "dashboard_user", "pgbouncer", "authenticator"}
# JWT claims every signed-in user (or visitor) carries alike: comparing one with a constant
# tells no one apart. Any other claim (user_role, app_metadata.role, org_id…) is set by the
# server and names a role; user_metadata is written by the user and proves nothing.
_CLAIMS_OF_EVERYONE = {"role", "aud", "is_anonymous", "iss", "aal", "amr", "session_id"}
PRIVATE_TABLE = re.compile(
    r"note|message|journal|diar|expense|invoice|payment|order|booking|appointment|"
    r"transaction|document|upload|health|medical|symptom|prescription|private|chat|"
    r"conversation|contact|address|bank|salar|payroll|budget|mood|draft|secret|credential|"
    r"subscription|billing", re.IGNORECASE)
# What a person tells a clinic or a bank and no one else: whoever reads the row learns it.
SENSITIVE_COLUMNS = re.compile(
    r"^(?:allerg(?:y|ies)|medications?|medicines?|diagnos[ie]s|symptoms?|"
    r"prescriptions?|blood_type|medical_\w+|health_\w+|therapy_\w+|"
    r"insurance_(?:number|id|no)|disabilit(?:y|ies)|pregnan\w*|mental_health\w*|"
    r"card_number|account_number|routing_number|income|credit_score)$", re.IGNORECASE)
# How a person felt, as a diary or a check-in keeps it (``mood smallint``): as private as a
# symptom, unless the table is content shown on purpose (a playlist's or a song's mood tag);
# not a key to something named so (``mood_board_id``).
FEELING_COLUMNS = re.compile(r"^(?:moods?|mood_(?:score|rating|level|value|notes?|today)|"
                             r"feelings?|emotions?|anxiety_(?:level|score)|anxiety|"
                             r"stress_level|energy_level)$", re.IGNORECASE)
PERSONAL_COLUMNS = {"email", "phone", "phone_number", "address", "street_address",
                    "date_of_birth", "dob", "birthdate", "ssn", "iban", "salary", "tax_id",
                    "passport_number"}
# A person's contact detail under a prefix: an order's customer_email, its shipping_address.
CONTACT_SUFFIX = re.compile(r"_(?:e_?mail|phone(?:_number)?|address)$")
# What a site shows everyone on purpose: a catalog, published writing, public reviews and
# listings. A table of other user data read with ``using (true)`` is someone's own records.
PUBLIC_CONTENT = re.compile(
    r"product|categor|course|lesson|menu|dish|recipe|article|post|blog|page|tag|faq|store|shop|"
    r"venue|event|movie|game|song|album|track|playlist|badge|template|announcement|listing|vehicle|"
    r"review|rating|comment|brand|plan|pricing|price|service|leaderboard|score|team|club|"
    r"league|match|tournament|gallery|photo|portfolio|job|propert|restaurant|place|location|"
    r"book(?!ing|mark)|quote|testimonial|speaker|sponsor|partner|author", re.IGNORECASE)
_PLACE_ADDRESS = {"address", "street_address"}
_PLACE_TABLE = re.compile(r"place|venue|restaurant|store|shop|location|propert|clinic|branch|"
                          r"cafe|hotel|gym|library|museum|park|court|pitch", re.IGNORECASE)
# What lets its holder in or names an account's secret: an invite or reset token, a password's
# hash, an API key. Whoever reads the column can act as the row's owner.
SECRET_COLUMN = re.compile(r"(?:^|_)(?:token|password|passwd|secret|api_?key|private_?key|hash|"
                           r"otp|salt|pin)(?:_|$)", re.IGNORECASE)
VISIBILITY_COLUMNS = {"is_public", "public", "is_private", "private", "visibility",
                      "is_published", "published", "draft", "is_draft"}


@dataclass
class Policy:
    table: str
    name: str
    cmd: str            # all | select | insert | update | delete
    roles: set[str]
    qual: Any
    check: Any
    path: str
    line: int
    permissive: bool = True

    @property
    def lets_clients_in(self) -> bool:
        """Whether the policy can let a browser's role through at all: a restrictive policy
        only narrows the others, one ``to service_role`` names a role no client holds, and
        ``using (false)`` / ``with check (false)`` is a written-out refusal."""
        if not self.permissive or (self.roles and self.roles <= SERVER_ROLES):
            return False
        refuses = [constant_false(e) for e in (self.qual, self.check) if e is not None]
        return not (refuses and all(refuses))


@dataclass
class Table:
    name: str           # schema.table, lower case
    path: str
    line: int
    owner_columns: set[str] = field(default_factory=set)
    columns: set[str] = field(default_factory=set)
    rls: bool = False
    policies: list[Policy] = field(default_factory=list)

    @property
    def user_data(self) -> bool:
        return bool(self.owner_columns)

    @property
    def private(self) -> bool:
        """Rows only their owner should read: the kind of data a person keeps to themselves
        (notes, messages, payments…), a table with a public/private or draft flag, or one with
        health, money or feeling answers in it (allergies, an account number, a mood)."""
        short = self.name.split(".")[-1]
        return self.user_data and (bool(PRIVATE_TABLE.search(short)) or bool(
            self.columns & VISIBILITY_COLUMNS) or any(SENSITIVE_COLUMNS.search(c)
                                                     for c in self.columns) or (
            any(FEELING_COLUMNS.search(c) for c in self.columns) and
            not PUBLIC_CONTENT.search(short)))

    @property
    def personal(self) -> bool:
        """People's contact or identity details (email, phone, address…): fine for signed-in
        members of a directory, not for anonymous visitors."""
        return self.user_data and bool(self.columns & PERSONAL_COLUMNS)

    @property
    def secrets(self) -> bool:
        """A column whose value lets its reader in (a token, a password's hash)."""
        return any(SECRET_COLUMN.search(c) for c in self.columns)

    @property
    def contacts(self) -> bool:
        """People's contact details, with or without an owner column (an invite list, a
        newsletter's subscribers). A place's street address in a directory of places that no
        one owns (venues, shops, restaurants) is what the directory is for, no one's
        contact."""
        shown = {c for c in self.columns if c in PERSONAL_COLUMNS or CONTACT_SUFFIX.search(c)}
        return bool(shown) and not (not self.user_data and shown <= _PLACE_ADDRESS and bool(
            _PLACE_TABLE.search(self.name.split(".")[-1])))


@dataclass
class Event:
    """Something a rule reports on: where, and the pglast node."""

    kind: str           # "disable-rls" | "grant" | "function"
    path: str
    line: int
    node: Any
    text: str
    revoked: set[str] = field(default_factory=set)  # roles a later REVOKE took it back from


@dataclass
class View:
    """What a view shows: the source columns it selects (``*`` when it selects all) and the
    tables it reads."""

    columns: set[str]
    star: bool
    sources: set[str]
    invoker: bool = False  # security_invoker: the sources' RLS applies to the caller
    # it keeps only rows their owners made public and shows no contact or secret column
    public_rows: bool = False


@dataclass
class Schema:
    tables: dict[str, Table] = field(default_factory=dict)
    views: dict[str, View] = field(default_factory=dict)
    view_lines: dict[str, tuple[str, int]] = field(default_factory=dict)  # where each is made
    policies: list[Policy] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    definers: set[str] = field(default_factory=set)     # security definer function names
    # Schemas other than public that the API serves: granted ``usage`` to a client role.
    exposed_schemas: set[str] = field(default_factory=set)
    # Tables whose privileges a REVOKE took from anonymous visitors (anon/public)
    revoked_from_public: set[str] = field(default_factory=set)
    # The last RLS switch each ALTER TABLE made, for tables created where no file shows.
    rls_switched: dict[str, bool] = field(default_factory=dict)
    errors: list[tuple[str, SqlSyntaxError]] = field(default_factory=list)
    # Tables a Prisma schema declares (``model Document { ownerId String … }``): what a
    # policy written on one in a migration guards, when no SQL in view creates it.
    models: dict[str, Table] = field(default_factory=dict)

    def table(self, name: str) -> Table | None:
        return self.tables.get(qualify(name))

    def table_or_model(self, name: str) -> Table | None:
        return self.tables.get(qualify(name)) or self.models.get(qualify(name))

    def protects(self, name: str, cmd: str) -> bool | None:
        """Whether RLS scopes ``cmd`` on ``name`` to the row's owner (or a role function);
        None when the migrations do not define the table."""
        table = self.table(name)
        if table is None:
            return None
        if not table.rls:
            return False
        relevant = [p for p in table.policies if p.cmd in ("all", cmd) and p.lets_clients_in]
        if not relevant:
            return True  # RLS on and no policy: nobody gets through
        return all(scoped(p.check if cmd == "insert" else p.qual) or
                   (cmd == "insert" and p.check is None and scoped(p.qual)) for p in relevant)


    def view_exposes_people(self, name: str) -> bool | None:
        """Whether a view shows people's data: contact or owner columns, or ``*`` of a table
        of user data; None when ``name`` is no view the migrations define."""
        view = self.views.get(qualify(name))
        if view is None:
            return None
        if view.public_rows:
            return False  # published rows only, no contact or secret column: a public feed
        if view.invoker:  # each source's RLS still decides the rows: only what it shows counts
            return bool(view.columns & PERSONAL_COLUMNS) or any(
                SECRET_COLUMN.search(c) for c in view.columns) or (view.star and any(
                    (t := self.table(s)) is None or t.contacts or t.secrets
                    for s in view.sources))
        owners = set().union(*(t.owner_columns for s in view.sources
                               if (t := self.table(s)) is not None)) if view.sources else set()
        return bool(view.columns & (PERSONAL_COLUMNS | {c.lower() for c in owners})) or (
            view.star and any((t := self.table(s)) is None or t.user_data
                              for s in view.sources))

    def columns_shown_to_public(self, name: str) -> set[str] | None:
        """The columns anon may read when its privileges on ``name`` were revoked and then
        granted back column by column (Postgres checks both privileges and RLS); None when
        anon keeps whole rows."""
        name = qualify(name)
        if name not in self.revoked_from_public:
            return None
        shown: set[str] = set()
        for e in self.events:
            if e.kind == "grant" and grant_targets(e.node) == ("table", [name]) and \
                    grantees(e.node) & PUBLIC_ROLES:
                cols = granted_columns(e.node)
                if cols is None:
                    return None
                shown |= cols
        return shown

    def public_by_design(self, name: str) -> bool:
        """Rows meant for anonymous visitors: only those marked published, or a ``using
        (true)`` read of public content (a catalog, posts, reviews) that holds no contact
        details. Everyone's to-dos or workouts read with ``using (true)`` are not."""
        table = self.table(name)
        if table is None or not table.rls:
            return False
        reads = [p for p in table.policies if p.cmd in ("select", "all") and p.lets_clients_in]
        return any(visible_rows_only(p.qual) for p in reads) or (
            any(constant_true(p.qual) or visible_rows_only(p.qual, _LISTED_COLUMNS)
                for p in reads) and not table.private and
            not table.personal and bool(PUBLIC_CONTENT.search(name.split(".")[-1])))

    def public_read(self, name: str) -> bool:
        """Rows RLS lets everyone read on purpose: a ``using (true)`` select policy on a table
        that holds no private data, or one that lets in only the rows marked published."""
        table = self.table(name)
        return table is not None and table.rls and any(
            p.cmd in ("select", "all") and p.lets_clients_in and (
                (constant_true(p.qual) and not table.private) or visible_rows_only(p.qual))
            for p in table.policies)


def qualify(name: str) -> str:
    name = name.replace('"', "").lower()
    return name if "." in name else f"public.{name}"


def _range_name(rv: Any) -> str:
    return qualify(f"{rv.schemaname}.{rv.relname}" if rv.schemaname else rv.relname)


def nodes(node: Any) -> Iterator[Any]:
    """Every pglast node below ``node`` (inclusive)."""
    from pglast.ast import Node as PgNode

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, tuple | list):
            stack.extend(n)
            continue
        if not isinstance(n, PgNode):
            continue
        yield n
        for attr in n:
            stack.append(getattr(n, attr))


def _funcname(call: Any) -> str:
    return ".".join(getattr(p, "sval", "") for p in call.funcname)


def constant_true(expr: Any) -> bool:
    from pglast import ast

    return isinstance(expr, ast.A_Const) and isinstance(expr.val, ast.Boolean) and \
        bool(expr.val.boolval)


def constant_false(expr: Any) -> bool:
    from pglast import ast

    return isinstance(expr, ast.A_Const) and isinstance(expr.val, ast.Boolean) and \
        not expr.val.boolval


def _claim_key(node: Any) -> str | None:
    """The JWT claim an expression reads: ``auth.jwt() ->> 'user_role'``,
    ``current_setting('request.jwt.claims', true)::json ->> 'user_role'`` or
    ``current_setting('request.jwt.claim.user_role')``; None when it reads none."""
    from pglast import ast

    if isinstance(node, ast.FuncCall) and _funcname(node).endswith("current_setting") and \
            node.args and isinstance(node.args[0], ast.A_Const) and \
            isinstance(node.args[0].val, ast.String):
        name = node.args[0].val.sval
        return name.removeprefix("request.jwt.claim.") if name.startswith(
            "request.jwt.claim.") else None
    if isinstance(node, ast.A_Expr) and node.name and node.name[-1].sval in ("->>", "->") and \
            isinstance(node.rexpr, ast.A_Const) and isinstance(node.rexpr.val, ast.String):
        reads_jwt = any(isinstance(n, ast.FuncCall) and (
            _funcname(n) == "auth.jwt" or (_funcname(n).endswith("current_setting") and
                                           "request.jwt.claims" in str(n.args)))
            for n in nodes(node.lexpr))
        return node.rexpr.val.sval if reads_jwt else None
    return None


def _role_claim(found: list[Any]) -> bool:
    """The caller's server-set role claim is compared: ``auth.jwt() ->> 'user_role' =
    'admin'`` (a custom-claims role, as Supabase's auth hooks write it)."""
    keys = {k for n in found if (k := _claim_key(n)) is not None}
    if not keys or "user_metadata" in keys:
        return False
    if "app_metadata" in keys:
        return len(keys) > 1  # app_metadata.role, .tenant: only the server writes them
    return bool(keys - _CLAIMS_OF_EVERYONE)


def _ignores_row(expr: Any) -> bool:
    """A condition every signed-in caller (or every caller) meets, whatever the row:
    ``true``, ``auth.uid() is not null``, ``auth.role() = 'authenticated'``. ORed into a
    policy, it lets them all reach every row, whatever the other branches say. The caller
    compared with one account (``auth.uid() = '4025…'::uuid``) or the service role is not
    one."""
    from pglast import ast
    from pglast.enums import NullTestType

    if constant_true(expr):
        return True
    if isinstance(expr, ast.NullTest) and expr.nulltesttype == NullTestType.IS_NOT_NULL:
        return isinstance(expr.arg, ast.FuncCall) and _funcname(expr.arg) in (
            "auth.uid", "auth.jwt", "auth.role")
    if isinstance(expr, ast.A_Expr) and expr.name and expr.name[-1].sval == "=":
        sides = [expr.lexpr, expr.rexpr]
        role = any(isinstance(x, ast.FuncCall) and _funcname(x) == "auth.role" for x in sides)
        value = next((x.val.sval for x in sides if isinstance(x, ast.A_Const) and
                      isinstance(x.val, ast.String)), None)
        return role and value in ("authenticated", "anon")
    return False


def scoped(expr: Any) -> bool:
    """An expression that depends on the row and the caller: it compares a column with
    ``auth.uid()``/``auth.jwt()``, or asks a function (``is_admin()``, ``is_owner(id)``), or a
    subquery that does. ``true``, ``auth.uid() is not null`` and ``auth.role() =
    'authenticated'`` are not scoped: every signed-in user (or everyone) passes, also as one
    branch of an OR."""
    from pglast import ast
    from pglast.enums import BoolExprType

    if expr is None or constant_true(expr):
        return False
    if isinstance(expr, ast.BoolExpr) and expr.boolop == BoolExprType.OR_EXPR and any(
            _ignores_row(a) for a in expr.args or ()):
        return False  # owner_id = auth.uid() or auth.role() = 'authenticated': anyone signed in
    found = list(nodes(expr))
    columns = any(isinstance(n, ast.ColumnRef) for n in found)
    calls = [_funcname(n) for n in found if isinstance(n, ast.FuncCall)]
    who = any(c in _CALLER_FUNCTIONS - {"auth.role"} for c in calls) or any(
        isinstance(n, ast.SQLValueFunction) for n in found)
    helper = [c for c in calls if not c.startswith("auth.") and c not in _CALLER_FUNCTIONS and
              not _shipped(c)]
    # ``(select auth.uid())`` (Supabase's advice: evaluated once per statement) is the value
    # itself, no subquery over rows: ``(select auth.uid()) is not null`` ties nothing to a row
    if any(isinstance(n, ast.SubLink) and getattr(n.subselect, "fromClause", None)
           for n in found):
        return who or bool(helper)
    return (columns and who) or bool(helper) or _role_claim(found)


def ties_to_caller(expr: Any, schema: Schema) -> bool:
    """Whether a policy's condition lets a row through according to who asks, by what flows
    into it: a value of the row meets one of the caller's (``owner_id = auth.uid()``,
    ``email = auth.jwt() ->> 'email'``, ``(storage.foldername(name))[1] = auth.uid()::text``,
    a subquery's ``m.user_id = auth.uid()``), it calls a function that asks who calls (one the
    migrations define whose body reads ``auth.uid()``, or one no file in view defines and
    PostgreSQL does not ship, such as ``public.is_group_member()`` from a migration not in
    view), or it reads a server-set role claim. What PostgreSQL ships (``date(starts_at) >=
    current_date``, ``tstzrange(a, b) @> now()``, ``length(phone)``) depends on the row, not on
    the caller, so such a condition shows every visitor every row it lets through; so does
    ``auth.uid() is not null and starts_at > now()``, where the caller meets no value of the
    row. An OR with a branch that never asks who calls (``owner_id = auth.uid() or
    is_public``) lets every caller reach the rows that branch lets through; whether a public
    flag may open rows to readers is the read rules' question (``visible_rows_only``). A row
    no one holds yet (``booked_by is null or booked_by = auth.uid()``: a free slot taken) is
    no one's data. Such an OR inside an AND (``deleted_at is null and (owner_id = auth.uid()
    or is_public)``) opens the same rows unless another part of the AND asks who calls."""
    from pglast import ast
    from pglast.enums import BoolExprType, NullTestType

    if expr is None or constant_true(expr) or not scoped(expr):
        return False
    asks = _asking_functions(schema)

    def open_or(e: Any) -> bool:
        return isinstance(e, ast.BoolExpr) and e.boolop == BoolExprType.OR_EXPR and any(
            not _caller_value(a, asks) and not (
                isinstance(a, ast.NullTest) and a.nulltesttype == NullTestType.IS_NULL and
                isinstance(a.arg, ast.ColumnRef)) for a in e.args or ())

    def conjuncts(e: Any) -> list[Any]:  # a and (b and (c or d)): a, b, (c or d)
        if isinstance(e, ast.BoolExpr) and e.boolop == BoolExprType.AND_EXPR:
            return [c for a in e.args or () for c in conjuncts(a)]
        return [e]

    if open_or(expr):
        return False
    parts = conjuncts(expr)
    if len(parts) > 1 and any(open_or(a) for a in parts):
        return any(ties_to_caller(a, schema) for a in parts if not open_or(a))
    found = list(nodes(expr))
    return _role_claim(found) or any(_meets_caller(n, asks) for n in found) or any(
        _asks_who(_funcname(n), asks) for n in found if isinstance(n, ast.FuncCall))


def _operands(node: Any) -> list[Any]:
    """The values an expression combines: both sides of an operator, a function's arguments,
    the tested value and the rows of ``x in (select …)``, the items of a list."""
    from pglast import ast

    if isinstance(node, ast.A_Expr):
        return [node.lexpr, node.rexpr]
    if isinstance(node, ast.FuncCall):
        return list(node.args or ())
    if isinstance(node, ast.SubLink):
        return [node.testexpr, node.subselect] if node.testexpr is not None else []
    if isinstance(node, ast.CoalesceExpr | ast.MinMaxExpr | ast.RowExpr):
        return list(node.args or ())
    if isinstance(node, ast.A_ArrayExpr):
        return list(node.elements or ())
    return []


# What says who calls: the caller's id, token, e-mail or role, the session's settings.
_CALLER_FUNCTIONS = {"auth.uid", "auth.jwt", "auth.email", "auth.role", "current_user",
                     "session_user", "current_setting", "pg_catalog.current_setting"}


def _caller_value(node: Any, asks: Asking) -> bool:
    """``node`` holds a value that says who calls."""
    from pglast import ast
    from pglast.enums import SQLValueFunctionOp

    users = {SQLValueFunctionOp.SVFOP_CURRENT_USER, SQLValueFunctionOp.SVFOP_SESSION_USER,
             SQLValueFunctionOp.SVFOP_CURRENT_ROLE, SQLValueFunctionOp.SVFOP_USER}
    return any((isinstance(n, ast.FuncCall) and (_funcname(n) in _CALLER_FUNCTIONS or
                                                  _asks_who(_funcname(n), asks))) or
               (isinstance(n, ast.SQLValueFunction) and n.op in users) for n in nodes(node))


def _meets_caller(node: Any, asks: Asking) -> bool:
    """One operand of ``node`` says who calls and another holds a column."""
    from pglast import ast

    if isinstance(node, ast.FuncCall) and _funcname(node) in _CALLER_FUNCTIONS:
        return False
    ops = [o for o in _operands(node) if o is not None]
    callers = [i for i, o in enumerate(ops) if _caller_value(o, asks)]
    return any(isinstance(n, ast.ColumnRef) for i, o in enumerate(ops) if callers and
               callers != [i] for n in nodes(o))


@dataclass
class Asking:
    """The functions the migrations define, and those of them whose body asks who calls."""

    defined: set[str]
    asks: set[str]


def _asking_functions(schema: Schema) -> Asking:
    """The functions the migrations define whose body asks who calls: it reads
    ``auth.uid()``, ``auth.jwt()``, ``current_user``, the session's settings, or calls another
    such function of theirs."""
    bodies: dict[str, str] = {}
    for name, _, body in _definitions(schema):
        bodies[name] = bodies.get(name, "") + body
    asks = {name for name, body in bodies.items() if _ASKS_WHO.search(body)}
    while True:
        more = {name for name, body in bodies.items() if name not in asks and any(
            re.search(rf"(?i)\b{re.escape(a.split('.')[-1])}\s*\(", body) for a in asks)}
        if not more:
            break
        asks |= more
    return Asking(set(bodies), asks)


def _definitions(schema: Schema) -> Iterator[tuple[str, str, str]]:
    """Each function the migrations define, in file order: its name, language and body
    without comments."""
    for e in schema.events:
        if e.kind == "function":
            opts = {o.defname: o.arg for o in e.node.options or ()}
            body = "".join(getattr(b, "sval", "") for b in opts.get("as") or ())
            yield (qualify(".".join(p.sval for p in e.node.funcname)),
                   getattr(opts.get("language"), "sval", "sql").lower(),
                   re.sub(r"--[^\n]*", "", body))


_ASKS_WHO = re.compile(r"(?i)\bauth\s*\.\s*(?:uid|jwt|email|role)\s*\(|\bcurrent_user\b|"
                       r"\bsession_user\b|\bcurrent_role\b|\bcurrent_setting\s*\(")


def _asks_who(name: str, asks: Asking) -> bool:
    """A function called in a condition asks who calls: the migrations define it and its body
    asks, or no file in view defines it and PostgreSQL (with the extensions Supabase enables)
    does not ship it, so its body is the project's and may."""
    full = qualify(name)
    if full in asks.defined or name.startswith("auth."):
        return full in asks.asks
    return not _shipped(name)


def _shipped(name: str) -> bool:
    """A function PostgreSQL (or an extension Supabase enables) ships: it knows nothing of
    who calls."""
    from devora_desktop.agents.pg_functions import BUILTIN

    schema_, _, short = qualify(name).rpartition(".")
    return ((short in BUILTIN and schema_ in ("pg_catalog", "extensions", "public"))
            or qualify(name) in _STORAGE_HELPERS)


#: Supabase Storage's own helpers: they read an object's path, never who calls (a private
#: bucket's "bucket_id = 'invoices' and storage.extension(name) = 'pdf'" lets every
#: signed-in user read every invoice)
_STORAGE_HELPERS = frozenset({"storage.foldername", "storage.filename", "storage.extension",
                              "storage.search"})


# A list of the site's own staff, one row per person with a role everywhere: being in it is the
# role itself (``exists (select 1 from staff where user_id = auth.uid())`` = "is staff").
ROLE_LIST = re.compile(r"^(?:app_|site_|super_?|platform_)?(?:staff|admins?|administrators|"
                       r"moderators|editors|managers|employees|operators|superusers|"
                       r"maintainers)$")
# A column that names a group a person belongs to: a member of one group is not of another.
_GROUP_COLUMN = re.compile(r"^(?!(?:user|profile|member|person|staff|admin|auth_user|"
                           r"created_by|invited_by)_?id$)\w+_?id$")


def role_list(name: str, tables: dict[str, Table] | None = None) -> bool:
    """A table of the site's staff (``public.staff``, ``admins``) with no group column: its
    rows are people with a role site-wide, not members of one team among others."""
    short = name.split(".")[-1].lower()
    if not ROLE_LIST.match(short):
        return False
    table = (tables or {}).get(qualify(name))
    return table is None or not any(_GROUP_COLUMN.match(c) for c in table.columns)


def row_blind(expr: Any, tables: dict[str, Table] | None = None) -> bool:
    """A check made only of subqueries that never look at the row: ``exists (select 1 from
    team_members where user_id = auth.uid())`` lets every member of any team through for
    every row. A subquery tied to the row (``tm.team_id = projects.team_id``), a column of
    the row outside it, a role compared with a constant, a helper function, or a list of the
    site's staff (``exists (select 1 from staff where user_id = auth.uid())``: the caller is
    staff) is not."""
    from pglast import ast

    if expr is None:
        return False
    found = list(nodes(expr))
    sublinks = [n for n in found if isinstance(n, ast.SubLink)]
    if not sublinks:
        return False
    inner = {id(x) for sub in sublinks for x in nodes(sub.subselect)}
    if any(isinstance(n, ast.ColumnRef) and id(n) not in inner for n in found):
        return False  # the row's own column is compared out here
    for sub in sublinks:
        select = sub.subselect
        names = set()
        for rv in nodes(getattr(select, "fromClause", None) or ()):
            if isinstance(rv, ast.RangeVar):
                names |= {rv.relname, rv.alias.aliasname if rv.alias else rv.relname}
                if role_list(f"{rv.schemaname}.{rv.relname}" if rv.schemaname else rv.relname,
                             tables):
                    return False  # the caller is staff: a role, not one group among others
        where = getattr(select, "whereClause", None)
        parts = list(nodes(where)) if where is not None else []
        conditions = [where] if not isinstance(where, ast.BoolExpr) else list(where.args or ())
        for cond in conditions:
            # each condition must be "an inner column = the caller" or a join of two inner
            # columns; anything else (the row's column, a constant role, a flag) ties it
            if not isinstance(cond, ast.A_Expr) or cond.name is None or \
                    cond.name[-1].sval != "=":
                return False
            sides = [cond.lexpr, cond.rexpr]
            caller = [x for x in sides if isinstance(x, ast.FuncCall) and
                      _funcname(x) in ("auth.uid", "auth.jwt")]
            columns = [x for x in sides if isinstance(x, ast.ColumnRef)]
            inner_cols = [c for c in columns if len(c.fields) > 1 and isinstance(
                c.fields[-2], ast.String) and c.fields[-2].sval in names]
            if not ((caller and len(columns) == 1) or len(inner_cols) == 2):
                return False
        if not any(isinstance(c, ast.FuncCall) and _funcname(c) in ("auth.uid", "auth.jwt")
                   for c in parts):
            return False
    return True


_PUBLISHED_WORDS = {"published", "public", "live", "active", "approved", "visible"}
# A shop's flag for what it lists now (``using (is_active)`` on products): public content only
# when the table is a catalog; on profiles "active" is the account's state, not a choice to show.
_LISTED_COLUMNS = VISIBILITY_COLUMNS | {f"{p}{w}" for p in ("", "is_") for w in (
    "active", "live", "listed", "available", "visible", "approved", "enabled")}


def visible_rows_only(expr: Any, columns: set[str] = VISIBILITY_COLUMNS) -> bool:
    """A read policy that lets in only the rows their owner marked public: ``published =
    true``, ``is_public``, ``visibility = 'public'``, ``status = 'published'``, ``not
    is_draft`` (ANDed with anything, or ORed with the owner's own rows); not when an OR lets
    other rows through."""
    from pglast import ast
    from pglast.enums import BoolExprType, NullTestType

    if expr is None:
        return False
    if isinstance(expr, ast.BoolExpr):
        if expr.boolop == BoolExprType.AND_EXPR:
            return any(visible_rows_only(a, columns) for a in expr.args)
        if expr.boolop == BoolExprType.OR_EXPR:  # published or author_id = auth.uid()
            return any(visible_rows_only(a, columns) for a in expr.args) and all(
                visible_rows_only(a, columns) or scoped(a) for a in expr.args)
        if expr.boolop == BoolExprType.NOT_EXPR:
            inner = expr.args[0] if expr.args else None
            return isinstance(inner, ast.ColumnRef) and _column(inner) in ("is_draft", "draft",
                                                                          "is_private",
                                                                          "private")
        return False
    if isinstance(expr, ast.ColumnRef):
        return _column(expr) in columns - {"is_private", "private", "draft", "is_draft"}
    if isinstance(expr, ast.NullTest) and isinstance(expr.arg, ast.ColumnRef):
        # published_at is not null: a row is out once its owner set the moment it went public
        return expr.nulltesttype == NullTestType.IS_NOT_NULL and _marked_at(
            _column(expr.arg), columns)
    if isinstance(expr, ast.A_Expr) and isinstance(expr.lexpr, ast.ColumnRef) and \
            _marked_at(_column(expr.lexpr), columns) and expr.name and \
            expr.name[-1].sval in ("<", "<=") and re.fullmatch(
                r"(?:pg_catalog\.)?(?:now|current_timestamp|statement_timestamp)", _call_name(
                    expr.rexpr)):
        return True  # published_at <= now(): a post scheduled for later is not out yet
    if isinstance(expr, ast.A_Expr) and isinstance(expr.lexpr, ast.ColumnRef):
        column, value = _column(expr.lexpr), expr.rexpr
        if isinstance(value, ast.A_Const) and isinstance(value.val, ast.Boolean):
            hidden = column in ("is_private", "private", "draft", "is_draft")
            return column in columns and bool(value.val.boolval) != hidden
        if isinstance(value, ast.A_Const) and isinstance(value.val, ast.String):
            return (column in columns or column == "status") and \
                value.val.sval.lower() in _PUBLISHED_WORDS
    return False


def _marked_at(column: str, columns: set[str]) -> bool:
    """``published_at`` / ``approved_on``: the time a visibility mark was set."""
    word = re.sub(r"_(?:at|on|date|time)$", "", column)
    return word != column and bool({word, f"is_{word}"} & columns)


def _call_name(expr: Any) -> str:
    """``now()`` / ``current_timestamp`` (a SQLValueFunction) as a name; "" for anything
    else."""
    from pglast import ast

    if isinstance(expr, ast.FuncCall):
        return ".".join(p.sval for p in expr.funcname).lower()
    if isinstance(expr, ast.SQLValueFunction):
        return "current_timestamp"
    if isinstance(expr, ast.TypeCast):
        return _call_name(expr.arg)
    return ""


def _column(ref: Any) -> str:
    from pglast import ast

    last = ref.fields[-1] if ref.fields else None
    return last.sval.lower() if isinstance(last, ast.String) else ""


def read(files: dict[str, str]) -> Schema:
    """The schema the project's ``.sql`` files build, applied in path order (migrations are
    numbered), seed files included."""
    from pglast import ast

    schema = Schema()
    for path in sorted(p for p in files if p.endswith(".prisma")):
        schema.models.update(prisma_models(path, files[path]))
    for path in sorted(p for p in files if p.endswith(".sql") or _CODE_MIGRATION.search(p)):
        if not path.endswith(".sql"):
            for sql, line in embedded_sql(path, files[path]):
                try:
                    stmts = sql_statements(sql)
                except SqlSyntaxError:
                    continue  # a string that only starts like SQL
                for st in stmts:
                    st = SqlStatement(st.node, st.line + line - 1, st.text)
                    if isinstance(st.node, ast.DoStmt):
                        _apply_do_block(schema, path, st)
                    else:
                        _apply(schema, path, st)
            continue
        try:
            stmts = sql_statements(files[path])
        except SqlSyntaxError as exc:
            schema.errors.append((path, exc))
            continue
        for st in stmts:
            if isinstance(st.node, ast.DoStmt):
                _apply_do_block(schema, path, st)
            else:
                _apply(schema, path, st)
    _see_through(schema)
    return schema


def _see_through(schema: Schema) -> None:
    """Policies as PostgreSQL evaluates them, so the rules read what a condition does rather
    than how it is written: a call to one of the project's functions whose body only says
    ``true`` or ``auth.uid() is not null`` (``can_see(id)``, ``is_open()``) becomes that body,
    and a comparison true for every row (``user_id = coalesce(user_id, auth.uid())``, or
    ``coalesce(auth.email(), email) = email``, which an anonymous caller, whose e-mail is
    null, passes for every row) becomes ``true``; for a policy only ``to authenticated``,
    ``coalesce(auth.uid(), user_id)`` is ``auth.uid()``, never null there. A condition with
    neither is kept as it is (the parsed trees are shared, so a changed one is a copy)."""
    always = _always_passing(schema)
    for p in schema.policies:
        signed_in = p.roles == {"authenticated"}
        p.qual, p.check = (_evaluated(p.qual, always, signed_in),
                           _evaluated(p.check, always, signed_in))


def _always_passing(schema: Schema) -> dict[str, Any]:
    """The functions the migrations define (their last definition) whose body answers a
    condition every caller, or every signed-in caller, meets whatever it is handed: SQL
    ``select true`` / ``select auth.uid() is not null``, PL/pgSQL ``begin return true; end``;
    by name, with that condition."""
    from pglast import ast

    bodies = {name: (language, body.strip()) for name, language, body in _definitions(schema)}
    out: dict[str, Any] = {}
    for name, (language, body) in bodies.items():
        if language == "plpgsql":
            m = re.fullmatch(r"(?is)begin\s+return\s+(.+?)\s*;\s*end\s*;?", body)
            if m is None:
                continue
            body = f"select {m.group(1)}"
        elif language != "sql":
            continue
        try:
            stmts = sql_statements(body)
        except SqlSyntaxError:
            continue
        select = stmts[0].node if len(stmts) == 1 else None
        if isinstance(select, ast.SelectStmt) and not select.fromClause and \
                not select.whereClause and len(select.targetList or ()) == 1:
            expr = select.targetList[0].val
            if _ignores_row(expr) and not any(isinstance(n, ast.ColumnRef | ast.ParamRef)
                                              for n in nodes(expr)):
                out[name] = expr
    return out


def _evaluated(expr: Any, always: dict[str, Any], signed_in: bool = False) -> Any:
    """``expr`` with calls to ``always``'s functions replaced by their condition and
    comparisons true for every row replaced by ``true``; ``expr`` itself when it has
    neither. ``signed_in``: only signed-in callers meet it (``auth.uid()`` is never null)."""
    import copy

    from pglast import ast
    from pglast.ast import Node as PgNode

    def replaced(n: Any) -> Any:
        if isinstance(n, ast.FuncCall) and qualify(_funcname(n)) in always:
            return copy.deepcopy(always[qualify(_funcname(n))])
        if _tautology(n, signed_in):
            return ast.A_Const(val=ast.Boolean(boolval=True))
        return None

    if expr is None or not any(replaced(n) is not None for n in nodes(expr)):
        return expr

    def rewrite(n: Any) -> Any:
        if not isinstance(n, PgNode):
            return n
        new = replaced(n)
        if new is not None:
            return new
        for attr in n:
            value = getattr(n, attr)
            if isinstance(value, PgNode):
                setattr(n, attr, rewrite(value))
            elif isinstance(value, tuple):
                setattr(n, attr, tuple(rewrite(x) for x in value))
        return n

    return rewrite(copy.deepcopy(expr))


def _tautology(node: Any, signed_in: bool = False) -> bool:
    """``x = x``, or a row's value compared with a coalesce that hands it back: first
    (``user_id = coalesce(user_id, auth.uid())``, true for every row whose ``user_id`` is
    set) or after the caller's values only (``coalesce(auth.email(), email) = email``: an
    anonymous caller's e-mail is null, so they pass for every row). A filter such as
    ``coalesce(is_deleted, false) = false`` compares no row value with itself."""
    from pglast import ast

    if not (isinstance(node, ast.A_Expr) and node.name and node.name[-1].sval == "=" and
            node.lexpr is not None and node.rexpr is not None):
        return False
    left, right = _bare(node.lexpr), _bare(node.rexpr)
    if left == right:
        return True
    for a, b in ((left, right), (right, left)):
        if not isinstance(b, ast.CoalesceExpr) or not any(isinstance(n, ast.ColumnRef)
                                                          for n in nodes(a)):
            continue
        given = [_bare(x) for x in b.args or ()]
        if signed_in and a in given and any(
                isinstance(x, ast.FuncCall) and _funcname(x) == "auth.uid"
                for x in given[:given.index(a)]):
            continue  # coalesce(auth.uid(), user_id) for a signed-in caller: auth.uid()
        if a in given and all(_caller_value(x, Asking(set(), set())) and not any(
                isinstance(n, ast.ColumnRef) for n in nodes(x))
                for x in given[:given.index(a)]):
            return True
    return False


def _bare(node: Any) -> Any:
    """A value without its casts or the ``(select …)`` around it (``(select auth.uid())``
    is ``auth.uid()``)."""
    from pglast import ast

    while True:
        if isinstance(node, ast.TypeCast):
            node = node.arg
        elif isinstance(node, ast.SubLink) and isinstance(node.subselect, ast.SelectStmt) and \
                not node.subselect.fromClause and len(node.subselect.targetList or ()) == 1:
            node = node.subselect.targetList[0].val
        else:
            return node



_PRISMA_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.MULTILINE | re.DOTALL)


def prisma_models(path: str, text: str) -> dict[str, Table]:
    """The tables a Prisma schema's models make, with their columns (``@map``/``@@map``
    names, or the field's own in snake_case: ``isPrivate`` is ``is_private``) and owner
    columns (``ownerId``, or a field that relates the row to a ``User``)."""
    out: dict[str, Table] = {}
    for m in _PRISMA_MODEL.finditer(text):
        body = m.group(2)
        mapped = re.search(r"@@map\(\s*\"([^\"]+)\"", body)
        table = Table(qualify(mapped.group(1) if mapped else m.group(1)), path,
                      text.count("\n", 0, m.start()) + 1)
        for line in body.splitlines():
            field_ = re.match(r"\s*(\w+)\s+(\w+)(\??|\[\])?(.*)", line)
            if field_ is None or line.strip().startswith(("//", "@@")):
                continue
            name, kind, rest = field_.group(1), field_.group(2), field_.group(4)
            relation = re.search(r"@relation\([^)]*fields:\s*\[\s*(\w+)", rest)
            if relation and kind in ("User", "Profile", "Account", "Member"):
                table.owner_columns.add(_snake(relation.group(1)))
                continue
            if kind[:1].isupper() and kind not in _PRISMA_SCALARS:
                continue  # a relation field: no column of its own
            col = re.search(r"@map\(\s*\"([^\"]+)\"", rest)
            column = col.group(1).lower() if col else _snake(name)
            table.columns.add(column)
            if OWNER_COLUMN.search(column):
                table.owner_columns.add(column)
        out[table.name] = table
    return out


_PRISMA_SCALARS = {"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime",
                   "Json", "Bytes", "Unsupported"}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


# A migration written in code (Knex, Kysely, TypeORM, Sequelize, node-pg-migrate): the SQL it
# runs sits in its strings (``sql`alter table … disable row level security`.execute(db)``,
# ``queryRunner.query("…")``, ``knex.raw("…")``, ``pgm.sql("…")``).
_CODE_MIGRATION = re.compile(r"(?:^|/)(?:migrations?|migrate)/[^/]*(?:/[^/]*)?\.(?:[cm]?[jt]s)$|"
                             r"(?:^|/)[^/]*migration[^/]*\.(?:[cm]?[jt]s)$", re.IGNORECASE)
_SCHEMA_SQL = re.compile(r"(?is)\A\s*(?:create|alter|grant|revoke|drop|do)\b")


def _in_rollback(node: Any) -> bool:
    """Inside a migration's ``down`` (``exports.down = …``, ``async down(queryRunner)``,
    ``export async function down``): it runs only when the migration is rolled back."""
    from devora_desktop.agents import jsscan

    up = node.parent
    while up is not None:
        name = None
        if up.type in ("method_definition", "function_declaration", "pair"):
            name = up.child_by_field_name("name") or up.child_by_field_name("key")
        elif up.type in ("variable_declarator", "assignment_expression") and \
                up.child_by_field_name("value" if up.type == "variable_declarator" else "right"
                                       ) is not None:
            name = up.child_by_field_name("name" if up.type == "variable_declarator" else "left")
        if name is not None and re.search(r"(?:^|\.)down$", jsscan.text(name)) and \
                jsscan.enclosing_function(node) is not None:
            return True
        up = up.parent
    return False


def embedded_sql(path: str, src: str) -> list[tuple[str, int]]:
    """The schema statements a code migration's string literals hold, each with the line its
    string starts on; a template's ``${…}`` reads as a name. What ``down`` runs to roll the
    migration back is left out."""
    from devora_desktop.agents import jsscan

    mod = jsscan.load(path, src)
    if mod is None:
        return []
    found: list[tuple[int, str, int]] = []
    for node in mod.of_type("string", "template_string"):
        if _in_rollback(node):
            continue
        if node.type == "string":
            body = jsscan.string_value(node) or ""
        else:
            body = re.sub(r"\$\{[^}]*\}", "x", jsscan.text(node)[1:-1])
        if _SCHEMA_SQL.search(body):
            found.append((node.start_byte, body, jsscan.line(node)))
    for node in mod.of_type("call_expression", "new_expression"):
        made = None if _in_rollback(node) else _built_table(node)
        if made is not None:
            name, columns = made
            cols = ", ".join(f'"{c}" text' for c in dict.fromkeys(columns))
            found.append((node.start_byte, f"create table {name} ({cols})", jsscan.line(node)))
    return [(body, line) for _, body, line in sorted(found, key=lambda x: x[0])]


def _built_table(node: Any) -> tuple[str, list[str]] | None:
    """The table (quoted, schema-qualified when given) and columns a schema builder's call
    creates: Knex ``knex.schema.withSchema("app").createTable("accounts", (t) => {
    t.string("email") … })``, Kysely ``db.schema.createTable("accounts").addColumn("email", …)``,
    node-pg-migrate ``pgm.createTable("accounts", { email: … })``, TypeORM ``new Table({ name:
    "accounts", columns: [{ name: "email" }] })``; None for any other call."""
    from devora_desktop.agents import jsscan

    def quoted(n: Any) -> str | None:
        value = jsscan.string_value(n)
        return value if value and re.fullmatch(r"[\w.]+", value) else None

    if node.type == "new_expression":
        if jsscan.text(node.child_by_field_name("constructor")) != "Table":
            return None
        given = node.child_by_field_name("arguments")
        spec = given.named_children[0] if given is not None and given.named_children else None
        if spec is None or spec.type != "object":
            return None
        pairs = {jsscan.text(p.child_by_field_name("key")).strip("'\""):
                 p.child_by_field_name("value") for p in spec.named_children if p.type == "pair"}
        name = quoted(pairs.get("name"))
        listed = pairs.get("columns")
        columns = [c for item in (listed.named_children if listed is not None and
                                  listed.type == "array" else []) if item.type == "object"
                   for p in item.named_children if p.type == "pair" and jsscan.text(
                       p.child_by_field_name("key")).strip("'\"") == "name"
                   and (c := quoted(p.child_by_field_name("value")))]
        return (_builder_name(name), columns) if name else None
    name_of = jsscan.callee(node)
    if not re.search(r"(?:^|\.)createTable(?:IfNotExists)?$", name_of):
        return None
    given = jsscan.args(node)
    name = quoted(given[0]) if given else None
    if name is None:
        return None
    within = re.search(r"withSchema\(\s*['\"`](\w+)", jsscan.text(node.child_by_field_name(
        "function")))
    if within and "." not in name:
        name = f"{within.group(1)}.{name}"
    columns: list[str] = []
    body = jsscan.strip(given[1]) if len(given) > 1 else None
    if body is not None and body.type in jsscan.FUNCTIONS:  # Knex: (t) => { t.string("x") }
        params = body.child_by_field_name("parameters") or body.child_by_field_name("parameter")
        first = (params if params.type == "identifier" else params.named_children[0]
                 if params.named_children else None) if params is not None else None
        table = jsscan.text(first.child_by_field_name("pattern") or first) if first else ""
        for call in (c for c in jsscan.walk(body) if c.type == "call_expression"):
            method = re.match(rf"^{re.escape(table)}\.(\w+)$", jsscan.callee(call)) \
                if table else None
            if method is None:
                continue
            inner = jsscan.args(call)
            column = quoted(inner[0]) if inner else None
            if column:
                columns.append(column)
            elif method.group(1) in ("timestamps", "timestamp"):
                columns += ["created_at", "updated_at"]
            elif method.group(1) in ("increments", "bigIncrements", "uuid"):
                columns.append("id")
    elif body is not None and body.type == "object":  # node-pg-migrate: { email: … }
        columns = [jsscan.text(p.child_by_field_name("key")).strip("'\"")
                   for p in body.named_children if p.type == "pair"]
    up = node  # Kysely: .createTable("x").addColumn("email", "text", …)
    while up.parent is not None and up.parent.type == "member_expression" and \
            up.parent.parent is not None and up.parent.parent.type == "call_expression":
        call = up.parent.parent
        if jsscan.text(up.parent.child_by_field_name("property")) == "addColumn":
            inner = jsscan.args(call)
            if inner and (column := quoted(inner[0])):
                columns.append(column)
        up = call
    return _builder_name(name), columns


def _builder_name(name: str) -> str:
    return ".".join(f'"{part}"' for part in name.split("."))


def _apply(schema: Schema, path: str, st: SqlStatement) -> None:
    """What one statement does to the schema (``st.line`` is where it starts)."""
    from pglast import ast
    from pglast.enums import AlterTableType, ObjectType

    node = st.node
    if isinstance(node, ast.CreateStmt):
        name = _range_name(node.relation)
        if node.relation.relpersistence == "t" or (
                node.if_not_exists and name in schema.tables):
            return  # a session's temporary table; "if not exists" of one that is
        table = Table(name, path, st.line)
        for elt in node.tableElts or ():
            if isinstance(elt, ast.ColumnDef):
                table.columns.add((elt.colname or "").lower())
                refs_users = any(
                    isinstance(c, ast.Constraint) and c.pktable is not None and
                    _range_name(c.pktable) in ("auth.users", "public.profiles",
                                                "public.users")
                    for c in elt.constraints or ())
                if refs_users or OWNER_COLUMN.search(elt.colname or ""):
                    table.owner_columns.add(elt.colname)
            elif isinstance(elt, ast.Constraint) and elt.pktable is not None and \
                    _range_name(elt.pktable) in ("auth.users", "public.profiles"):
                table.owner_columns |= {getattr(a, "sval", "") for a in
                                        elt.fk_attrs or ()}
        schema.tables[name] = table
    elif isinstance(node, ast.AlterTableStmt) and node.relation is not None:
        name = _range_name(node.relation)
        for cmd in node.cmds or ():
            table = schema.tables.get(name)
            if cmd.subtype in (AlterTableType.AT_EnableRowSecurity,
                               AlterTableType.AT_ForceRowSecurity):
                schema.rls_switched[name] = True
                if table:
                    table.rls = True
            elif cmd.subtype == AlterTableType.AT_DisableRowSecurity:
                schema.rls_switched[name] = False
                if table:
                    table.rls = False
                schema.events.append(Event("disable-rls", path, st.line, node, name))
            elif cmd.subtype == AlterTableType.AT_AddColumn and table and \
                    isinstance(cmd.def_, ast.ColumnDef):
                table.columns.add((cmd.def_.colname or "").lower())
                if OWNER_COLUMN.search(cmd.def_.colname or ""):
                    table.owner_columns.add(cmd.def_.colname)
    elif isinstance(node, ast.CreatePolicyStmt):
        name = _range_name(node.table)
        roles = {(r.rolename or "public").lower() for r in node.roles or ()}
        policy = Policy(name, node.policy_name, node.cmd_name or "all", roles,
                        node.qual, node.with_check, path, st.line,
                        node.permissive is not False)
        schema.policies.append(policy)
        if name in schema.tables:
            schema.tables[name].policies.append(policy)
    elif isinstance(node, ast.ViewStmt) and node.view is not None:
        view = _view(node.query)
        view.invoker = any(getattr(o, "defname", "") == "security_invoker" and str(getattr(
            getattr(o, "arg", None), "sval", None) or getattr(getattr(o, "arg", None), "boolval",
                                                              "true")).lower() in (
            "true", "on", "1", "yes") for o in node.options or ())
        view.public_rows = isinstance(node.query, ast.SelectStmt) and _public_rows_shown(
            node.query)
        schema.views[_range_name(node.view)] = view
        schema.view_lines[_range_name(node.view)] = (path, st.line)
    elif isinstance(node, ast.GrantStmt) and node.is_grant:
        if node.objtype == ObjectType.OBJECT_SCHEMA and grantees(node) & CLIENT_ROLES:
            schema.exposed_schemas |= {getattr(o, "sval", "").lower()
                                       for o in node.objects or ()} - MANAGED_SCHEMAS
        schema.events.append(Event("grant", path, st.line, node, st.text))
    elif isinstance(node, ast.GrantStmt):
        _revoke(schema, node)
    elif isinstance(node, ast.DropStmt) and node.removeType == ObjectType.OBJECT_POLICY:
        for obj in node.objects or ():
            parts = [getattr(x, "sval", "") for x in obj]
            _drop_policy(schema, qualify(".".join(parts[:-1])), parts[-1])
    elif isinstance(node, ast.AlterPolicyStmt):
        for p in schema.policies:
            if p.table == _range_name(node.table) and p.name == node.policy_name:
                p.qual = node.qual if node.qual is not None else p.qual
                p.check = node.with_check if node.with_check is not None else p.check
                p.path, p.line = path, st.line
    elif isinstance(node, ast.AlterDefaultPrivilegesStmt) and node.action is not None \
            and node.action.is_grant:
        # future tables: as wide as "all tables in schema"
        schema.events.append(Event("grant", path, st.line, node.action, st.text))
    elif isinstance(node, ast.CreateFunctionStmt):
        opts = {o.defname: o.arg for o in node.options or ()}
        fname = ".".join(p.sval for p in node.funcname)
        security = opts.get("security")
        returns = ".".join(getattr(n, "sval", "") for n in (
            node.returnType.names if node.returnType is not None else ()))
        if security is not None and getattr(security, "boolval", False) and \
                not returns.endswith("trigger") and not aggregates_only(node, st.text):
            # a trigger runs on writes, no one calls it (nor can, through the API); a count
            # or an average over everyone's rows shows no one's row
            schema.definers.add(qualify(fname))
        schema.events.append(Event("function", path, st.line, node, st.text))


# What a function may answer and still show no one's row: totals over many rows.
_AGGREGATES = {"count", "avg", "sum", "min", "max", "stddev", "variance"}
_NUMERIC_WRAPPERS = {"coalesce", "round", "trunc", "ceil", "floor", "greatest", "least", "abs"}


def aggregates_only(function: Any, text: str) -> bool:
    """A function that only reads (no insert/update/delete, no dynamic SQL) and answers
    counts, sums or averages, or only rows their owners made public: every SELECT with a FROM
    has only aggregates (or numbers made from them) in its target list and no GROUP BY, or
    keeps only public rows and none of their contact or secret columns. SQL and PL/pgSQL
    bodies."""
    from pglast import ast
    from pglast.enums import SubLinkType

    queries = _body_queries(function, text)
    if queries is None:
        return False
    lang = _language(function)
    found = False
    returns = ".".join(getattr(n, "sval", "") for n in (
        function.returnType.names if function.returnType is not None else ()))
    # A yes/no answer (``returns boolean``) may test whether some row exists: "is this username
    # free" shows no one's row, as a count shows none.
    yes_no = returns.split(".")[-1] in ("bool", "boolean") and not function.returnType.setof
    for query in queries:
        try:
            stmts = sql_statements(query) if lang == "sql" or re.match(
                r"(?is)\s*(?:select|with|insert|update|delete)\b", query) else \
                sql_statements(f"select {query}")
        except SqlSyntaxError:
            return False
        for st in stmts:
            tested = {id(n.subselect) for n in nodes(st.node) if yes_no and isinstance(
                n, ast.SubLink) and n.subLinkType == SubLinkType.EXISTS_SUBLINK}
            for n in nodes(st.node):
                if isinstance(n, ast.InsertStmt | ast.UpdateStmt | ast.DeleteStmt):
                    return False
                if id(n) in tested:
                    found = True
                    continue
                if isinstance(n, ast.SelectStmt) and n.fromClause:
                    if not (_public_rows_shown(n) or (not n.groupClause and n.targetList and all(
                            _aggregate(t.val) for t in n.targetList))):
                        return False
                    found = True
    return found


def _language(function: Any) -> str:
    opts = {o.defname: o.arg for o in function.options or ()}
    return str(getattr(opts.get("language"), "sval", "sql")).lower()


def _body_queries(function: Any, text: str) -> list[str] | None:
    """The SQL a function's body runs (a SQL body whole, each query of a PL/pgSQL one); None
    for another language or a body that builds SQL at run time (EXECUTE, a cursor, CALL)."""
    opts = {o.defname: o.arg for o in function.options or ()}
    lang = _language(function)
    if lang == "sql":
        return ["".join(getattr(b, "sval", "") for b in opts.get("as") or ())]
    if lang != "plpgsql":
        return None
    import pglast

    try:
        tree = pglast.parse_plpgsql(text)
    except Exception:  # pglast's own error types: a body its parser cannot read
        return None
    kinds, queries = _plpgsql_parts(tree)
    if kinds & {"PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors", "PLpgSQL_stmt_open",
                "PLpgSQL_stmt_call"}:
        return None
    return queries


def tables_read(function: Any, text: str) -> set[str] | None:
    """The tables and views a read-only function's body reads (qualified, CTE names left
    out); None when it writes (insert, update, delete) or its SQL cannot be known: another
    language, dynamic SQL, a query that does not parse."""
    from pglast import ast

    queries = _body_queries(function, text)
    if queries is None:
        return None
    lang = _language(function)
    out: set[str] = set()
    for query in queries:
        try:
            stmts = sql_statements(query) if lang == "sql" or re.match(
                r"(?is)\s*(?:select|with|insert|update|delete)\b", query) else \
                sql_statements(f"select {query}")
        except SqlSyntaxError:
            return None
        for st in stmts:
            if any(isinstance(n, ast.InsertStmt | ast.UpdateStmt | ast.DeleteStmt | ast.CopyStmt)
                   for n in nodes(st.node)):
                return None
            ctes = {c.ctename.lower() for c in nodes(st.node) if isinstance(c, ast.CommonTableExpr)}
            out |= {_range_name(r) for r in nodes(st.node) if isinstance(r, ast.RangeVar) and
                    not (r.schemaname is None and r.relname.lower() in ctes)}
    return out


def _public_rows_shown(select: Any) -> bool:
    """A SELECT that keeps only the rows their owners made public (``where is_published``,
    ``where p.show_on_leaderboard``) and shows none of their contact or secret columns, nor
    ``*``: a public leaderboard's display names and totals, a count of published projects. What
    the owners chose to show, grouped or not."""
    from pglast import ast

    where = select.whereClause
    if where is None or not select.targetList or any(
            isinstance(r, ast.RangeVar) and _range_name(r) == "auth.users"
            for r in nodes(select.fromClause)):
        return False
    flags = {c for c in (_column(r) for r in nodes(where) if isinstance(r, ast.ColumnRef))
             if re.fullmatch(r"(?:is_)?(?:show(?:n)?_\w+|\w+_public|public_\w+|opted_in)", c)}
    if not visible_rows_only(where, _LISTED_COLUMNS | flags):
        return False
    for target in select.targetList:
        for ref in nodes(target.val):
            if isinstance(ref, ast.ColumnRef) and (
                    any(isinstance(f, ast.A_Star) for f in ref.fields or ()) or
                    _column(ref) in PERSONAL_COLUMNS or SECRET_COLUMN.search(_column(ref))):
                return False
    return True


def counter_only(function: Any) -> bool:
    """A SQL function whose every statement adds a constant to a column (``update posts set
    views = views + 1 where slug = s``): a counter anyone may bump, no one's data read or
    changed otherwise."""
    from pglast import ast

    opts = {o.defname: o.arg for o in function.options or ()}
    if str(getattr(opts.get("language"), "sval", "sql")).lower() != "sql":
        return False
    body = "".join(getattr(b, "sval", "") for b in opts.get("as") or ())
    try:
        stmts = sql_statements(body)
    except SqlSyntaxError:
        return False
    if not stmts:
        return False
    for st in stmts:
        node = st.node
        if not isinstance(node, ast.UpdateStmt) or getattr(node, "returningList", None) or \
                getattr(node, "returningClause", None) or node.fromClause:
            return False
        for target in node.targetList or ():
            value = target.val
            if not (isinstance(value, ast.A_Expr) and value.name and
                    value.name[-1].sval in ("+", "-") and isinstance(value.rexpr, ast.A_Const)
                    and target.name in {_column(c) for c in nodes(value.lexpr)
                                        if isinstance(c, ast.ColumnRef)}):
                return False
    return True


def _aggregate(expr: Any) -> bool:
    from pglast import ast

    if isinstance(expr, ast.FuncCall):
        name = expr.funcname[-1].sval.lower()
        if name in _AGGREGATES:
            return True
        return name in _NUMERIC_WRAPPERS and all(_aggregate(a) or isinstance(a, ast.A_Const)
                                                 for a in expr.args or ())
    if isinstance(expr, ast.TypeCast):
        return _aggregate(expr.arg)
    if isinstance(expr, ast.CoalesceExpr | ast.MinMaxExpr):  # coalesce(sum(x), 0), greatest()
        return all(_aggregate(a) or isinstance(a, ast.A_Const) for a in expr.args or ())
    if isinstance(expr, ast.A_Expr):  # count(*) * 100.0 / sum(x)
        return all(_aggregate(e) or isinstance(e, ast.A_Const) for e in (expr.lexpr, expr.rexpr)
                   if e is not None)
    return False


def _plpgsql_parts(tree: Any) -> tuple[set[str], list[str]]:
    """The kinds of statement a PL/pgSQL parse tree holds, and the text of its queries and
    expressions."""
    kinds: set[str] = set()
    queries: list[str] = []
    stack = [tree]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            for key, value in n.items():
                if key == "PLpgSQL_expr" and isinstance(value, dict):
                    queries.append(str(value.get("query", "")))
                    continue
                kinds.add(key)
                stack.append(value)
        elif isinstance(n, list):
            stack.extend(n)
    return kinds, queries


def _apply_do_block(schema: Schema, path: str, st: SqlStatement) -> None:
    """A ``DO`` block's statements, as if written out: ``execute 'alter table … disable row
    level security'``, a policy created for each table of a list; a table name a loop takes
    from the catalog stands for every table the migrations made so far (in the schema the
    statement names)."""
    from pglast import ast

    for sql, line in do_block_sql(st.text):
        every = _each_table(schema, sql) if ANY in sql else [sql]
        if not every and _DISABLES_RLS.search(sql):
            # a loop over the catalog's tables where the migrations show none: RLS goes off
            # for every table there is when it runs (a "reset" migration on its own)
            m = re.search(r"(\w+)\.\x00", sql)
            schema.events.append(Event("disable-rls", path, st.line + line - 1, st.node,
                                       f"every table in {(m.group(1) if m else 'public')}"))
        for text_ in every:
            try:
                inner = sql_statements(text_)
            except SqlSyntaxError:
                continue
            for one in inner:
                if not isinstance(one.node, ast.DoStmt):
                    _apply(schema, path, SqlStatement(one.node, st.line + line - 1, one.text))


_DISABLES_RLS = re.compile(r"\bdisable\s+row\s+level\s+security\b", re.IGNORECASE)


def _each_table(schema: Schema, sql: str) -> list[str]:
    m = re.search(r"(\w+)\.\x00", sql)
    prefix = f"{m.group(1).lower()}." if m else "public."
    names = [t.split(".", 1)[1] for t in schema.tables if t.startswith(prefix)]
    return [sql.replace(ANY, name) for name in names]


def _view(query: Any) -> View:
    from pglast import ast

    columns, star = set(), False
    for target in getattr(query, "targetList", None) or ():
        value = getattr(target, "val", None)
        if isinstance(value, ast.ColumnRef):
            last = value.fields[-1] if value.fields else None
            if isinstance(last, ast.A_Star):
                star = True
            else:
                columns.add((getattr(last, "sval", "") or "").lower())
    sources = {_range_name(n) for n in nodes(getattr(query, "fromClause", None) or ())
               if isinstance(n, ast.RangeVar)}
    return View(columns, star, sources)


def _drop_policy(schema: Schema, table: str, name: str) -> None:
    schema.policies = [p for p in schema.policies if not (p.table == table and p.name == name)]
    if table in schema.tables:
        t = schema.tables[table]
        t.policies = [p for p in t.policies if p.name != name]


def _revoke(schema: Schema, revoke: Any) -> None:
    """A REVOKE takes earlier grants back from its roles: whole schemas, or the same
    tables/functions."""
    kind, names = grant_targets(revoke)
    roles = grantees(revoke)
    if kind in ("table", "function") and roles & PUBLIC_ROLES and (
            kind == "function" or granted_columns(revoke) is None):
        schema.revoked_from_public |= set(names)
    for event in schema.events:
        if event.kind != "grant":
            continue
        granted_kind, granted = grant_targets(event.node)
        covers = (kind == "all-tables" and granted_kind in ("table", "all-tables")) or (
            kind == "all-functions" and granted_kind in ("function", "all-functions")) or (
            kind == granted_kind and set(granted) <= set(names))
        if covers:
            event.revoked |= roles


def grant_targets(grant: Any) -> tuple[str, list[str]]:
    """(what, names) of a GRANT: ("table", [...]), ("all-tables", [schema]), ("function",
    [...]), or ("other", [])."""
    from pglast import ast
    from pglast.enums import GrantTargetType, ObjectType

    if grant.targtype in (GrantTargetType.ACL_TARGET_ALL_IN_SCHEMA,
                          GrantTargetType.ACL_TARGET_DEFAULTS):
        kind = "all-tables" if grant.objtype == ObjectType.OBJECT_TABLE else "all-functions"
        return kind, [getattr(o, "sval", "") for o in grant.objects or ()]
    if grant.objtype == ObjectType.OBJECT_TABLE:
        return "table", [_range_name(o) for o in grant.objects or () if
                         isinstance(o, ast.RangeVar)]
    if grant.objtype in (ObjectType.OBJECT_FUNCTION, ObjectType.OBJECT_ROUTINE,
                         ObjectType.OBJECT_PROCEDURE):
        return "function", [qualify(".".join(p.sval for p in o.objname))
                            for o in grant.objects or ()]
    return "other", []


def granted_columns(grant: Any, but: frozenset[str] | set[str] = frozenset()) -> set[str] | None:
    """The columns a GRANT names (``grant select (id, title) on posts``), leaving out those of
    the privileges in ``but``; None when one of its privileges covers whole rows."""
    cols: set[str] = set()
    for priv in grant.privileges or [None]:
        if priv is None or not priv.cols:
            return None
        if priv.priv_name in but:
            continue
        cols |= {(getattr(c, "sval", None) or getattr(c, "name", "") or "").lower()
                 for c in priv.cols}
    return cols


def answers_people(function: Any, text: str) -> bool:
    """A function that answers rows of people: it returns a table or a set, and its body
    selects from ``auth.users`` or names a contact or secret column, whoever the caller is
    (no ``auth.uid()`` in it)."""
    returns = function.returnType
    if returns is None or not (returns.setof or any(
            getattr(p, "mode", None) is not None and str(p.mode.value) == "t"
            for p in function.parameters or ())):
        return False
    body = text.lower()
    if re.search(r"\bauth\.(?:uid|jwt)\(\)", body):
        return False  # it asks who calls and answers by that
    return "auth.users" in body or any(
        re.search(rf"\b{c}\b", body) for c in PERSONAL_COLUMNS) or bool(
        re.search(r"\b\w*(?:password|token|secret)\w*\b", body))


def view_reads_accounts(view: View) -> bool:
    """A view that shows what a sign-in holds: columns of ``auth.users``, or contact and
    secret columns of any table."""
    return "auth.users" in view.sources or bool(view.columns & PERSONAL_COLUMNS) or any(
        SECRET_COLUMN.search(c) for c in view.columns)


def grantees(grant: Any) -> set[str]:
    return {(r.rolename or "public").lower() for r in grant.grantees or ()}


_EXECUTE = re.compile(r"\bexecute\s+(.+?)(?=;|\busing\b|\binto\b|$)", re.IGNORECASE | re.DOTALL)
_QUOTED_OK = re.compile(r"^\(?\s*(?:quote_literal|quote_ident|quote_nullable)\s*\(|^'(?:[^']|'')*'$"
                        r"|^\d+$", re.IGNORECASE)


def dynamic_sql_concat(function: Any) -> bool:
    """A PL/pgSQL body whose EXECUTE glues a value into the SQL text (``'…' || name``) or
    formats it with ``%s``, instead of ``format('%I/%L')``/``quote_literal()`` or ``USING``."""
    opts = {o.defname: o.arg for o in function.options or ()}
    lang = getattr(opts.get("language"), "sval", "sql")
    body = opts.get("as")
    if lang.lower() != "plpgsql" or not body:
        return False
    code = "".join(getattr(b, "sval", "") for b in body)
    params = {(getattr(p, "name", None) or "").lower() for p in function.parameters or ()}
    for m in _EXECUTE.finditer(code):
        expr = m.group(1).strip()
        if re.match(r"format\s*\(", expr, re.IGNORECASE):
            if re.search(r"%s", expr):
                return True
            continue
        if expr.strip("()").strip().lower() in params - {""}:
            return True  # EXECUTE query_text: the caller writes the SQL
        if "||" not in expr:
            continue
        parts = [p.strip() for p in _split_concat(expr)]
        if any(p and not _QUOTED_OK.search(p) for p in parts):
            return True
    return False


def _split_concat(expr: str) -> list[str]:
    """Split on ``||`` outside string literals and parentheses."""
    parts, depth, quote, cur, i = [], 0, False, [], 0
    while i < len(expr):
        c = expr[i]
        if c == "'":
            quote = not quote
        elif not quote and c == "(":
            depth += 1
        elif not quote and c == ")":
            depth -= 1
        elif not quote and depth == 0 and expr.startswith("||", i):
            parts.append("".join(cur))
            cur = []
            i += 2
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts
