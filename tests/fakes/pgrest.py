"""PostgREST's answers from a real PostgreSQL, for the Supabase fake (``FakeSupabase(db=...)``):
the subset of ``/rest/v1`` the generated apps send through supabase-js (select with eq, neq,
in, is filters, order and limit; insert, update and delete with ``return=representation``; the
single-object ``Accept``; ``/rest/v1/rpc/<function>``), run as the request's role the way
PostgREST runs it (``set local role`` anon or authenticated, the JWT's ``sub`` as
``request.jwt.claim.sub`` for ``auth.uid()``; the service role as the database owner). So the
app's migrations, policies, triggers and checks decide, not a copy of them; a refusal comes
back as PostgREST words it (the SQLSTATE in ``code``, its HTTP status).

``db`` is a tests.agents.test_template_rls_pg.Db (a database with the app's migrations and
seed applied, Supabase's ``auth`` schema stubbed).
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

# PostgREST's HTTP status for a database error, by SQLSTATE (its error.c); others are 400.
STATUS = {"23505": 409, "23503": 409, "42501": 403, "42P01": 404, "42883": 404, "P0002": 404}
Answer = tuple[int, Any]  # status and JSON body (None: no body)


def as_json(value: Any) -> Any:
    """A value as PostgREST puts it in JSON."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return value


def public_columns(conn: psycopg.Connection) -> dict[str, dict[str, str]]:
    """Each table of the public schema: its columns' types (``jsonb``, ``date``, ...)."""
    columns: dict[str, dict[str, str]] = {}
    for table, column, kind in conn.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'public'").fetchall():
        columns.setdefault(table, {})[column] = kind
    return columns


def db_value(columns: dict[str, str], column: str, value: Any) -> Any:
    """A JSON value as the column takes it (a jsonb column takes the JSON itself)."""
    return Jsonb(value) if columns.get(column) == "jsonb" else value


class PgRows:
    """The tables of an app's migrations in PostgreSQL, used as ``uid`` (role authenticated,
    ``auth.uid()`` = uid) the way the app's routes do: every read and change passes row-level
    security (a test adds a person's rows with it; dataapp_api's fake routes change them);
    ``db`` is a tests.agents.test_template_rls_pg.Db."""

    def __init__(self, db: Any, uid: str) -> None:
        self.db, self.uid = db, uid
        self.lock = threading.Lock()  # the fake serves requests on threads; one connection
        self.columns = public_columns(db.conn)

    def _value(self, table: str, column: str, value: Any) -> Any:
        return db_value(self.columns[table], column, value)

    def rows(self, table: str) -> list[dict]:
        """What the page's GET route sends an admin: the rows RLS lets through, in the order
        they were made, without owner and created_at, none locked."""
        with self.lock, self.db.as_user(self.uid) as c:
            cur = c.execute(f'select * from public."{table}" order by created_at')
            names = [d.name for d in cur.description]
            found = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        return [{**{k: as_json(v) for k, v in r.items() if k not in ("owner", "created_at")},
                 "_locked": False} for r in found]

    def insert(self, table: str, row: dict) -> None:
        """The POST route's insert: the owner is the signed-in person, never the body."""
        row = {k: v for k, v in row.items() if k != "owner"}
        if "owner" in self.columns[table]:
            row["owner"] = self.uid
        names = ", ".join(f'"{k}"' for k in row)
        marks = ", ".join("%s" for _ in row)
        with self.lock, self.db.as_user(self.uid) as c:
            c.execute(f'insert into public."{table}" ({names}) values ({marks})',
                      [self._value(table, k, v) for k, v in row.items()])

    def change(self, table: str, row_id: str, body: dict | None) -> bool:
        """The PATCH (``body``) or DELETE route's statement: False when RLS let no row
        through (the route answers 403)."""
        where = "id = %s" + (" and owner = %s" if "owner" in self.columns[table] else "")
        keys = [row_id] + ([self.uid] if "owner" in self.columns[table] else [])
        with self.lock, self.db.as_user(self.uid) as c:
            if body is None:
                cur = c.execute(f'delete from public."{table}" where {where} returning id', keys)
            else:
                sets = ", ".join(f'"{k}" = %s' for k in body)
                cur = c.execute(f'update public."{table}" set {sets} where {where} returning id',
                                [*(self._value(table, k, v) for k, v in body.items()), *keys])
            return bool(cur.fetchall())

class PgRest:
    def __init__(self, db: Any) -> None:
        self.db = db
        self.lock = threading.Lock()  # one connection; the fake serves requests on threads
        self.columns = public_columns(db.conn)

    def add_user(self, uid: str, email: str) -> None:
        """A GoTrue sign-up: the user exists in ``auth.users`` (the tables' owners refer to
        it)."""
        with self.lock:
            self.db.conn.execute("insert into auth.users (id, email) values (%s, %s)",
                                 (uid, email))

    def grant(self, uid: str, flag: str) -> None:
        """A role set with SQL, as the README says (``profiles.<flag>``)."""
        with self.lock:
            self.db.conn.execute(sql.SQL(
                "insert into public.profiles (id, {flag}) values (%s, true) "
                "on conflict (id) do update set {flag} = true").format(
                    flag=sql.Identifier(flag)), (uid,))

    def rows(self, table: str) -> list[dict]:
        """Every row of ``table`` as the database's owner sees it, as JSON, oldest first (rows
        made together in the order of their ids: the same order all along)."""
        with self.lock:
            cur = self.db.conn.execute(sql.SQL("select * from public.{}").format(
                sql.Identifier(table)))
            names = [d.name for d in cur.description]
            found = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        found.sort(key=lambda r: (r.get("created_at") or datetime.min.replace(
            tzinfo=UTC), str(r.get("id", ""))))  # a sign-up's details are keyed by it
        return [{k: as_json(v) for k, v in r.items()} for r in found]

    # ---- requests ---------------------------------------------------------------------
    def rest(self, method: str, table: str, query: list[tuple[str, str]], body: Any,
             role: str, uid: str | None, prefer: str, single: bool) -> Answer:
        if table not in self.columns:
            return 404, {"code": "42P01", "message": f'relation "public.{table}" does not exist'}
        params = dict(query)
        where, args = self._where(table, query)
        ret = self._select(params.get("select", "*"))
        target = sql.SQL("public.{}").format(sql.Identifier(table))
        if method == "GET":
            stmt = sql.SQL("select {} from {}{}{}").format(ret, target, where,
                                                         self._order(params.get("order", "")))
            if "limit" in params:
                stmt += sql.SQL(" limit {}").format(sql.Literal(int(params["limit"])))
            return self._run(role, uid, [(stmt, args)], 200, True, single)
        wanted = "return=representation" in prefer
        returning = sql.SQL(" returning {}").format(ret)
        if method == "POST":
            rows = body if isinstance(body, list) else [body]
            stmts = []
            for row in rows:
                names = sql.SQL(", ").join(sql.Identifier(k) for k in row)
                marks = sql.SQL(", ").join(sql.Placeholder() for _ in row)
                stmts.append((sql.SQL("insert into {} ({}) values ({}){}").format(
                    target, names, marks, returning),
                    [self._value(table, k, v) for k, v in row.items()]))
            return self._run(role, uid, stmts, 201, wanted, single)
        if method == "PATCH":
            sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k))
                                      for k in body)
            stmt = sql.SQL("update {} set {}{}{}").format(target, sets, where, returning)
            return self._run(role, uid, [(stmt, [*(self._value(table, k, v)
                                                   for k, v in body.items()), *args])],
                             200, wanted, single)
        if method == "DELETE":
            stmt = sql.SQL("delete from {}{}{}").format(target, where, returning)
            return self._run(role, uid, [(stmt, args)], 200, wanted, single)
        return 405, {"message": "method not allowed"}

    def rpc(self, name: str, args: dict, role: str, uid: str | None) -> Answer:
        with self.lock:
            found = self.db.conn.execute(
                "select p.proretset or t.typtype = 'c' from pg_proc p join pg_type t"
                " on t.oid = p.prorettype where p.proname = %s"
                " and p.pronamespace = 'public'::regnamespace", (name,)).fetchone()
        if found is None:
            return 404, {"code": "PGRST202",
                         "message": f"Could not find the function public.{name}"}
        call = sql.SQL("public.{}({})").format(sql.Identifier(name), sql.SQL(", ").join(
            sql.SQL("{} => %s").format(sql.Identifier(k)) for k in args))
        stmt = sql.SQL("select * from {}" if found[0] else "select {}").format(call)
        status, rows = self._run(role, uid, [(stmt, list(args.values()))], 200, True, False)
        if status != 200 or found[0]:
            return status, rows
        return status, next(iter(rows[0].values())) if rows else None

    # ---- SQL ----------------------------------------------------------------------------
    def _value(self, table: str, column: str, value: Any) -> Any:
        return db_value(self.columns[table], column, value)

    @staticmethod
    def _select(cols: str) -> sql.Composable:
        if cols.strip() == "*":
            return sql.SQL("*")
        return sql.SQL(", ").join(sql.Identifier(c.strip()) for c in cols.split(","))

    @staticmethod
    def _order(spec: str) -> sql.Composable:
        parts = []
        for item in filter(None, spec.split(",")):
            col, *mods = item.split(".")
            parts.append(sql.SQL("{} {}{}").format(
                sql.Identifier(col), sql.SQL("desc" if "desc" in mods else "asc"),
                sql.SQL(" nulls first" if "nullsfirst" in mods else
                        " nulls last" if "nullslast" in mods else "")))
        return sql.SQL(" order by ") + sql.SQL(", ").join(parts) if parts else sql.SQL("")

    def _where(self, table: str, query: list[tuple[str, str]]) -> tuple[sql.Composable, list]:
        """PostgREST's column filters, compared as text (the URL's values are text)."""
        terms: list[sql.Composable] = []
        args: list[Any] = []
        for col, expr in query:
            if col in ("select", "order", "limit", "offset", "columns", "on_conflict"):
                continue
            if col not in self.columns[table]:
                raise ValueError(f"{table} has no column {col}")
            op, _, value = expr.partition(".")
            column = sql.SQL("{}::text").format(sql.Identifier(col))
            if op in ("eq", "neq"):
                terms.append(sql.SQL("{} {} %s").format(column,
                                                        sql.SQL("=" if op == "eq" else "<>")))
                args.append(value)
            elif op == "in":
                terms.append(sql.SQL("{} = any(%s)").format(column))
                args.append([v.strip('"') for v in value.strip("()").split(",") if v])
            elif op == "is" and value == "null":
                terms.append(sql.SQL("{} is null").format(sql.Identifier(col)))
            else:
                raise ValueError(f"filter {col}={expr} is not in this fake")
        if not terms:
            return sql.SQL(""), args
        return sql.SQL(" where ") + sql.SQL(" and ").join(terms), args

    def _run(self, role: str, uid: str | None, stmts: list[tuple[sql.Composable, list]],
             status: int, wanted: bool, single: bool) -> Answer:
        """The statements in one transaction as ``role``: the rows (as JSON) or the error."""
        rows: list[dict] = []
        try:
            with self.lock, self.db.conn.transaction():
                c = self.db.conn
                if role != "service_role":
                    c.execute(sql.SQL("set local role {}").format(sql.Identifier(role)))
                    c.execute("select set_config('request.jwt.claim.sub', %s, true)",
                              (uid or "",))
                for stmt, args in stmts:
                    cur = c.execute(stmt, args)
                    if cur.description:
                        names = [d.name for d in cur.description]
                        rows += [{n: as_json(v) for n, v in zip(names, r, strict=True)}
                                 for r in cur.fetchall()]
        except psycopg.Error as exc:
            code = exc.sqlstate or ""
            answer = 401 if code == "42501" and role == "anon" else STATUS.get(code, 400)
            diag = exc.diag
            return answer, {"code": code, "message": diag.message_primary or str(exc),
                            "details": diag.message_detail, "hint": diag.message_hint}
        if single:
            if len(rows) != 1:
                return 406, {"code": "PGRST116", "message": "JSON object requested, multiple "
                                                            "(or no) rows returned"}
            return status, rows[0]
        if not wanted:
            return (204 if status == 200 else status), None
        return status, rows
