"""A loopback fake of the parts of Supabase the generated full-stack apps call: GoTrue
(``/auth/v1``: signup, password and refresh-token grants, user, logout) and PostgREST
(``/rest/v1/<table>``: select with eq/in/order/limit filters, insert, update, delete;
``/rest/v1/rpc/<function>`` for the templates' functions in ``RPCS``).

Row-level security is emulated per table from ``POLICIES``, which mirror the policies in the
templates' SQL: a request is ``anon`` (the anon key or no token), ``authenticated`` (an access
token this fake issued) or ``service_role`` (bypasses RLS, as the real one does). So a test can
tell whether an app sends its user's token (RLS applies) or a privileged key (it does not).
Roles the templates keep on ``profiles`` (is_owner, is_author) are ``flags`` set by
``grant()``, as the README says to do with SQL. The data shapes' tables get their rules with
``FakeSupabase(policies=DATA_POLICIES)``, and the SQL functions their pages call are ``RPCS``.
The order triggers are emulated as ``PRICED`` says (an order starts at 0, each line takes its
item's name and price, the order's total is the sum of its lines); the rating average and the
sign-up sheet's spots are not: tests/agents/test_template_rls_pg.py runs the real SQL.
With ``db`` (a database with the app's migrations applied) none of that is emulated: PostgREST's
part is answered by PostgreSQL as the request's role (tests/fakes/pgrest.py), GoTrue's users are
added to its ``auth.users`` and ``grant()`` sets the profile flag with SQL.
``requests`` records every call with the role it ran as.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt

from tests.fakes.base import JsonHandler, LoopbackFake

JWT_SECRET = "fake-supabase-jwt-secret-for-tests-only"


@dataclass(frozen=True)
class Policy:
    """Who may do what to a table; ``owner`` is the column that holds auth.uid()."""

    owner: str | None = "owner_id"
    select: str = "own"        # own | own_or_admin | all | published_or_own | none | via_order
    insert: str = "own"        # own | anyone | none | via_order
    update: str = "own"        # own | own_or_admin | none
    delete: str = "own"        # own | own_or_admin | own_or_example | none | all
    unique: tuple[str | tuple[str, ...], ...] = ()  # a column, or columns unique together
    writer: str | None = None  # a profile flag (set with SQL) needed to insert/update/delete


POLICIES = {
    "tasks": Policy(),
    "posts": Policy(owner="author_id", select="published_or_own", delete="own_or_example",
                    unique=("slug",), writer="is_author"),
    "members": Policy(),
    "customers": Policy(),
    "products": Policy(select="all", update="all", delete="all", writer="is_owner"),
    "ratings": Policy(owner="user_id", select="all"),
    "orders": Policy(owner="user_id", update="none", delete="none"),
    "order_items": Policy(owner=None, select="via_order", insert="via_order", update="none",
                          delete="none"),
    "waitlist": Policy(owner=None, select="none", insert="anyone", update="none",
                       delete="none", unique=("email",)),
}


# The data shapes' tables (templates/fullstack_data.py), as their migrations define them.
_MINE = Policy(owner="owner")
_SHARED = Policy(owner="owner", select="all", update="own_or_admin", delete="own_or_admin")
_ADMIN = Policy(owner=None, select="all", update="all", delete="all", writer="is_admin")
DATA_POLICIES = {
    "entries": _MINE, "habits": _MINE, "cards": _MINE, "calculations": _MINE,
    "players": _SHARED, "signups": _SHARED, "services": _ADMIN, "incidents": _ADMIN,
    "menu_items": _ADMIN, "slots": _ADMIN,
    # a sign-up's phone or e-mail: its author's and an admin's to read (the real RLS is proven
    # on PostgreSQL in test_template_rls_pg); removed with the sign-up
    "signup_details": Policy(owner="owner", select="own_or_admin", update="none",
                             delete="own_or_admin"),
    "bookings": Policy(owner="owner", select="own_or_admin", update="own_or_admin",
                       delete="own_or_admin", unique=(("date", "time"),)),
}


DIRECTORY = {"entries": _SHARED}  # a directory's entries are shared, a tracker's private
# A menu's orders (the store's are POLICIES' orders/order_items, owned by user_id).
MENU = {"orders": Policy(owner="owner", select="own_or_admin", update="none", delete="none"),
        "order_lines": Policy(owner=None, select="via_order", insert="via_order",
                              update="none", delete="none")}
# Order lines and the catalogue that prices them: (catalogue table, the line's item column).
PRICED = {"order_items": ("products", "product_id"), "order_lines": ("menu_items", "item_id")}


def _taken_slots(fake: FakeSupabase, uid: str | None) -> list[dict]:
    return [{"day": r["date"], "at": r["time"], **({"resource": r["resource"]} if "resource" in r
                                                   else {})} for r in fake.tables["bookings"]]


# The templates' SQL functions a page calls through PostgREST (/rest/v1/rpc/<name>).
RPCS: dict[str, Callable[[FakeSupabase, str | None], Any]] = {
    "is_admin": lambda fake, uid: uid is not None and uid in fake.flags["is_admin"],
    "is_shop_owner": lambda fake, uid: uid is not None and uid in fake.flags["is_owner"],
    "is_author": lambda fake, uid: uid is not None and uid in fake.flags["is_author"],
    "taken_slots": _taken_slots,
}


def _now() -> str:
    return datetime.now(UTC).isoformat()


class FakeSupabase(LoopbackFake):
    def __init__(self, anon_key: str = "anon-key-for-tests", port: int = 0,
                 policies: dict[str, Policy] | None = None, db: Any = None) -> None:
        """``policies``: more tables (or other rules for a name), e.g. ``DATA_POLICIES``;
        ``db``: a tests.agents.test_template_rls_pg.Db that keeps the rows instead."""
        self.pg = None
        if db is not None:
            from tests.fakes.pgrest import PgRest  # psycopg: only where PostgreSQL is used

            self.pg = PgRest(db)
        self.policies = {**POLICIES, **(policies or {})}
        self.anon_key = anon_key
        self.service_key = "service-role-key-for-tests"
        self.users: dict[str, dict[str, Any]] = {}          # email -> {user, password}
        self.refresh: dict[str, str] = {}                   # refresh token -> user id
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.requests: list[tuple[str, str, str]] = []      # (method, path, role)
        self.flags: dict[str, set[str]] = defaultdict(set)  # profile flag -> user ids
        self.lock = threading.Lock()
        self.disable_signup = False
        self.missing_tables: set[str] = set()  # answered as PostgREST does before the SQL ran
        super().__init__(port)

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The table's rows, whoever owns them (from the database with ``db``)."""
        return self.pg.rows(table) if self.pg is not None else list(self.tables[table])

    # ---- auth ---------------------------------------------------------------------------
    def _session(self, user: dict[str, Any]) -> dict[str, Any]:
        now = int(time.time())
        token = jwt.encode({"sub": user["id"], "email": user["email"], "role": "authenticated",
                            "aud": "authenticated", "iat": now, "exp": now + 3600,
                            "session_id": str(uuid.uuid4())}, JWT_SECRET, algorithm="HS256")
        refresh = secrets.token_urlsafe(16)
        self.refresh[refresh] = user["id"]
        return {"access_token": token, "token_type": "bearer", "expires_in": 3600,
                "expires_at": now + 3600, "refresh_token": refresh, "user": user}

    def create_user(self, email: str, password: str) -> dict[str, Any]:
        user = {"id": str(uuid.uuid4()), "aud": "authenticated", "role": "authenticated",
                "email": email, "email_confirmed_at": _now(), "phone": "",
                "app_metadata": {"provider": "email", "providers": ["email"]},
                "user_metadata": {}, "identities": [], "created_at": _now(),
                "updated_at": _now()}
        self.users[email] = {"user": user, "password": password}
        if self.pg is not None:
            self.pg.add_user(user["id"], email)
        return user

    def grant(self, email: str, flag: str) -> None:
        """Set a profile flag (is_owner, is_author) for a user, as the templates' README says
        to do with SQL."""
        self.flags[flag].add(self.users[email]["user"]["id"])
        if self.pg is not None:
            self.pg.grant(self.users[email]["user"]["id"], flag)

    def role_of(self, headers) -> tuple[str, str | None]:
        auth = headers.get("Authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not token or token == self.anon_key:
            return "anon", None
        if token == self.service_key:
            return "service_role", None
        try:
            claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"], audience="authenticated")
        except jwt.PyJWTError:
            return "invalid", None
        return "authenticated", claims["sub"]

    # ---- RLS ----------------------------------------------------------------------------
    def policy(self, table: str) -> Policy:
        """Tables not listed get the templates' default: each user owns their rows."""
        return self.policies.get(table, Policy())

    def _owns_order(self, uid: str | None, order_id: Any) -> bool:
        owner = self.policy("orders").owner or ""
        return any(o["id"] == order_id and o.get(owner) == uid for o in self.tables["orders"])

    # ---- the SQL's order triggers (priced_orders_sql in the templates) -----------------------
    def price_line(self, table: str, row: dict) -> bool:
        """Before a line is inserted: its item's current name and price; False if no item."""
        catalog, fk = PRICED[table]
        item = next((p for p in self.tables[catalog] if p["id"] == row.get(fk)), None)
        if item is None:
            return False
        row["name"], row["unit_price"] = item["name"], item["price"]
        return True

    def total_orders(self, lines: str, order_ids: set) -> None:
        """After lines change: each order's total is the sum of its lines."""
        for o in self.tables["orders"]:
            if o["id"] in order_ids:
                o["total"] = round(sum(float(i["quantity"]) * float(i["unit_price"])
                                       for i in self.tables[lines] if i["order_id"] == o["id"]), 2)

    def visible(self, table: str, row: dict, role: str, uid: str | None, op: str) -> bool:
        if role == "service_role":
            return True
        p = self.policy(table)
        rule = getattr(p, op)
        if op in ("update", "delete") and p.writer and uid not in self.flags[p.writer]:
            return False
        if rule == "all":
            return True
        if rule == "published_or_own":
            return bool(row.get("published")) or (uid is not None and row.get(p.owner) == uid)
        if rule in ("own", "own_or_admin", "own_or_example"):  # an example: a writer's to remove
            return uid is not None and (row.get(p.owner or "") == uid or (
                rule == "own_or_admin" and uid in self.flags["is_admin"]) or (
                rule == "own_or_example" and bool(row.get("example"))))
        if rule == "via_order":
            return uid is not None and self._owns_order(uid, row.get("order_id"))
        return False

    def may_insert(self, table: str, row: dict, role: str, uid: str | None) -> bool:
        if role == "service_role":
            return True
        p = self.policy(table)
        rule = p.insert
        if p.writer and uid not in self.flags[p.writer]:
            return False
        if rule == "anyone":
            return True
        if rule == "own":
            return uid is not None and row.get(p.owner or "") == uid
        if rule == "via_order":
            return uid is not None and self._owns_order(uid, row.get("order_id"))
        return False

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(JsonHandler):
            def _json(self) -> Any:
                raw = self.read_body()
                return json.loads(raw) if raw else None

            def _route(self, method: str) -> None:
                url = urlsplit(self.path)
                role, uid = fake.role_of(self.headers)
                with fake.lock:
                    fake.requests.append((method, url.path, role))
                    if url.path == "/auth/v1/settings":  # the gateway checks apikey first
                        return self._settings()
                    if url.path.startswith("/rest/v1/") and \
                            url.path[len("/rest/v1/"):] in fake.missing_tables:
                        return self.send_json(404, {
                            "code": "PGRST205", "message": "Could not find the table "
                            f"'public.{url.path[len('/rest/v1/'):]}' in the schema cache"})
                    if url.path.startswith("/auth/v1/"):
                        return self._auth(method, url.path[len("/auth/v1/"):],
                                          dict(parse_qsl(url.query)), role, uid)
                    if url.path.startswith("/rest/v1/rpc/"):
                        return self._rpc(url.path[len("/rest/v1/rpc/"):], role, uid)
                    if url.path.startswith("/rest/v1/"):
                        return self._rest(method, url.path[len("/rest/v1/"):],
                                          parse_qsl(url.query), role, uid)
                self.send_json(404, {"message": "not found"})

            def _settings(self) -> None:
                if self.headers.get("apikey") not in (fake.anon_key, fake.service_key):
                    return self.send_json(401, {"message": "Invalid API key"})
                return self.send_json(200, {"external": {"email": True, "phone": False},
                                            "disable_signup": fake.disable_signup,
                                            "mailer_autoconfirm": False})

            def _error(self, status: int, code: str, msg: str) -> None:
                self.send_json(status, {"code": status, "error_code": code, "msg": msg})

            def _auth(self, method: str, path: str, query: dict, role: str, uid) -> None:
                body = self._json() if method == "POST" else None
                if method == "POST" and path == "signup":
                    if body["email"] in fake.users:
                        return self._error(422, "user_already_exists", "User already registered")
                    return self.send_json(200, fake._session(
                        fake.create_user(body["email"], body["password"])))
                if method == "POST" and path == "token":
                    if query.get("grant_type") == "password":
                        entry = fake.users.get(body.get("email", ""))
                        if not entry or entry["password"] != body.get("password"):
                            return self._error(400, "invalid_credentials",
                                               "Invalid login credentials")
                        return self.send_json(200, fake._session(entry["user"]))
                    if query.get("grant_type") == "refresh_token":
                        user_id = fake.refresh.pop(body.get("refresh_token", ""), None)
                        user = next((u["user"] for u in fake.users.values()
                                     if u["user"]["id"] == user_id), None)
                        if user is None:
                            return self._error(400, "refresh_token_not_found",
                                               "Invalid Refresh Token")
                        return self.send_json(200, fake._session(user))
                if method == "GET" and path == "user":
                    if role != "authenticated":
                        return self._error(403, "bad_jwt", "invalid JWT")
                    user = next(u["user"] for u in fake.users.values() if u["user"]["id"] == uid)
                    return self.send_json(200, user)
                if method == "POST" and path == "logout":
                    self.send_response(204)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                return self._error(404, "not_found", f"no {method} {path}")

            def _answer(self, status: int, body: Any) -> None:
                return self._empty(status) if body is None else self.send_json(status, body)

            def _rest(self, method: str, table: str, query: list, role: str, uid) -> None:
                if role == "invalid":
                    return self.send_json(401, {"code": "PGRST301", "message": "JWT invalid"})
                if fake.pg is not None:
                    return self._answer(*fake.pg.rest(
                        method, table, query, self._json() if method in ("POST", "PATCH")
                        else None, role, uid, self.headers.get("Prefer") or "",
                        "vnd.pgrst.object" in (self.headers.get("Accept") or "")))
                rows = fake.tables[table]
                filters = [(k, v) for k, v in query if k not in
                           ("select", "order", "limit", "offset", "columns", "on_conflict")]
                params = dict(query)
                want = "return=representation" in (self.headers.get("Prefer") or "")

                def match(row: dict) -> bool:
                    for col, expr in filters:
                        op, _, value = expr.partition(".")
                        cell = row.get(col)
                        text = "" if cell is None else str(cell).lower() \
                            if isinstance(cell, bool) else str(cell)
                        if op == "eq" and text != value:
                            return False
                        if op == "neq" and text == value:
                            return False
                        if op == "in" and text not in value.strip("()").split(","):
                            return False
                        if op == "is" and not (value == "null" and cell is None):
                            return False
                    return True

                if method == "GET":
                    out = [r for r in rows if match(r) and
                           fake.visible(table, r, role, uid, "select")]
                    for spec in reversed(params.get("order", "").split(",")):
                        if spec:
                            col, _, direction = spec.partition(".")
                            out.sort(key=lambda r: (r.get(col) is None, r.get(col) or ""),
                                     reverse=direction.startswith("desc"))
                    if "limit" in params:
                        out = out[:int(params["limit"])]
                    return self._rows(out, params)
                if method == "POST":
                    body = self._json()
                    items = body if isinstance(body, list) else [body]
                    made = []
                    for item in items:
                        row = {"id": str(uuid.uuid4()), "created_at": _now(), **item}
                        owner = fake.policy(table).owner
                        if owner and owner not in row and uid:
                            row[owner] = uid
                        if not fake.may_insert(table, row, role, uid):
                            return self.send_json(403, {"code": "42501", "message":
                                                        "new row violates row-level security "
                                                        f'policy for table "{table}"'})
                        if table == "orders":
                            row["total"] = 0
                        if table in PRICED and not fake.price_line(table, row):
                            return self.send_json(409, {"code": "23503", "message":
                                                        f"unknown item in {table}"})
                        for key in fake.policy(table).unique:
                            cols = (key,) if isinstance(key, str) else key
                            if any(all(r.get(c) == row.get(c) for c in cols)
                                   for r in [*rows, *made]):
                                return self.send_json(409, {"code": "23505", "message":
                                                            "duplicate key value violates "
                                                            "unique constraint"})
                        made.append(row)
                    rows.extend(made)
                    if table in PRICED:
                        fake.total_orders(table, {r["order_id"] for r in made})
                    return self._rows(made, params, 201) if want else self._empty(201)
                if method in ("PATCH", "DELETE"):
                    op = "update" if method == "PATCH" else "delete"
                    hit = [r for r in rows if match(r) and
                           fake.visible(table, r, role, uid, "select") and
                           fake.visible(table, r, role, uid, op)]
                    if method == "PATCH":
                        body = self._json() or {}
                        for r in hit:
                            r.update(body)
                    else:
                        fake.tables[table] = [r for r in rows if not any(r is h for h in hit)]
                    return self._rows(hit, params) if want else self._empty(204)
                return self.send_json(405, {"message": "method not allowed"})

            def _rpc(self, name: str, role: str, uid: str | None) -> None:
                if fake.pg is not None:
                    if role == "invalid":
                        return self.send_json(401, {"code": "PGRST301", "message": "JWT invalid"})
                    return self._answer(*fake.pg.rpc(name, self._json() or {}, role, uid))
                self.read_body()
                if name not in RPCS:
                    return self.send_json(404, {"code": "PGRST202", "message":
                                                f"Could not find the function public.{name}"})
                if role not in ("authenticated", "service_role"):
                    return self.send_json(401, {"code": "42501", "message":
                                                f"permission denied for function {name}"})
                return self.send_json(200, RPCS[name](fake, uid))

            def _rows(self, rows: list, params: dict, status: int = 200) -> None:
                cols = params.get("select", "*")
                if cols != "*":
                    keep = [c.strip() for c in cols.split(",")]
                    rows = [{k: r.get(k) for k in keep} for r in rows]
                if "vnd.pgrst.object" in (self.headers.get("Accept") or ""):
                    if len(rows) != 1:
                        return self.send_json(406, {"code": "PGRST116", "message":
                                                    "JSON object requested, multiple (or no) "
                                                    "rows returned"})
                    return self.send_json(status, rows[0])
                return self.send_json(status, rows)

            def _empty(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                self._route("GET")

            def do_POST(self) -> None:
                self._route("POST")

            def do_PATCH(self) -> None:
                self._route("PATCH")

            def do_DELETE(self) -> None:
                self._route("DELETE")

        return Handler
