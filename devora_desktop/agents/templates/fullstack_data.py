"""Full-stack versions of the data shapes (tracker, board, booking, directory, leaderboard,
flashcards, calculator, status, menu, sign-up sheet), from the same config as the web data app.

The page runs the web engine (dataapp.js) unchanged in what it shows; ``dataapp_store.js`` backs
its storage with this app's API instead of localStorage. The database gets one table per store of
the engine, with typed columns from the config's fields, and row-level security by who the data
belongs to (see docs/ARCHITECTURE.md, Safety):

- private: each person's own rows only (tracker, board, flashcards, calculations);
- shared: every signed-in person reads, each changes only their own rows, an admin any
  (directory, leaderboard, sign-ups);
- admin: every signed-in person reads, only an admin writes (a status page's services and
  incidents, a menu's dishes, a sign-up sheet's slots);
- booking: each person sees their own bookings (an admin all), everyone sees which slots are
  taken through a function that returns only the day and time; a slot is unique in the table;
- orders: a menu's orders, priced and totalled by the database like the store's.

The scaffold (auth, safe redirects, CSRF, headers, profiles) is the shared one in ``fullstack``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from devora_desktop.agents.templates import dataapp, i18n, measures
from devora_desktop.agents.templates.fullstack import fill, js, readme, scaffold
from devora_desktop.agents.templates.fullstack_apps import starts_note
from devora_desktop.agents.templates.shapes import L
from devora_desktop.agents.templates.spec import Spec

Files = dict[str, dict[str, str]]
SHAPES = ("tracker", "board", "booking", "directory", "leaderboard", "flashcards", "calculator",
          "status", "menu", "signup")
_SYSTEM = {"id", "owner", "created_at"}


@dataclass(frozen=True)
class Store:
    """One store of the engine (``rows``, ``incidents``, ``signups``) and its table."""

    key: str
    table: str
    access: str                      # private | shared | admin | booking
    fields: tuple[dict, ...]
    extra: tuple[tuple[str, str, str], ...] = ()   # (column, SQL type, zod)
    unique: tuple[str, ...] = ()
    seed: tuple[dict, ...] = field(default=())
    # (table, its column naming the row): what a person gives about themselves besides the
    # row's public text, readable only by them and an admin (a sign-up's phone, e-mail)
    details: tuple[str, str] | None = None

    @property
    def owned(self) -> bool:
        return self.access != "admin"


def _safe_keys(cfg: dict) -> dict:
    """Field keys become column names: one that is a system column gets a suffix. A sample
    row's example mark is a column where an admin's table seeds the rows (dataapp_store.js
    reads it back as the mark), and is dropped where it is no column."""
    marked = cfg["shape"] in ("status", "menu", "signup")
    for f in cfg["fields"]:
        if f["key"] in _SYSTEM | {"done", "history", "emoji", "slot_id"} | (
                {"example"} if marked else set()) | (
                {"class"} if cfg["opts"].get("sessions") else set()):
            f["key"] += "_field"
    cfg["seed"] = list(_marked(cfg["seed"]) if marked else _unmarked(cfg["seed"]))
    if "incidents" in cfg["opts"]:
        cfg["opts"]["incidents"] = list(_marked(cfg["opts"]["incidents"]))
    return cfg


# A sample row an admin's table seeds is said to be one on the page, as on the web.
EXAMPLE = ("example", "boolean not null default false", "bool")


def _marked(rows: list | tuple) -> tuple[dict, ...]:
    return tuple({**{k: v for k, v in r.items() if k != "_example"},
                  "example": bool(r.get("_example"))} for r in rows)


def _unmarked(rows: list | tuple) -> tuple[dict, ...]:
    return tuple({k: v for k, v in r.items() if k != "_example"} for r in rows)


def on_engine(spec: Spec) -> bool:
    """A to-do list of things done every so often ("fern every 3 days") is the web engine's
    here too: the full-stack to-do app has no interval, and ticking one off moves it on. So
    is a dashboard of anything but subscriptions: the full-stack dashboard app counts
    customers, plans and MRR, not a club's members and fees or a solar panel's kWh."""
    if spec.kind == "dashboard":
        return not measures.plans_app(spec.prompt, spec.pack.member[0])
    return spec.kind == "todo" and dataapp.config(spec)["opts"].get("every") is not None


def stores(spec: Spec, cfg: dict) -> list[Store]:
    fields = tuple(cfg["fields"])
    kind, view = spec.kind, cfg["view"]
    if kind == "todo":  # on_engine: things done every so often
        return [Store("rows", "tasks", "private", fields,
                      (("done", "boolean not null default false", "bool"),))]
    if kind == "tracker":
        if view == "habits":
            return [Store("rows", "habits", "private", fields,
                          (("done", "jsonb not null default '[]'", "days"),))]
        return [Store("rows", "entries", "private", fields)]
    if kind == "dashboard":  # on_engine: the figures each person enters, for them alone
        return [Store("rows", "entries", "private", fields)]
    if kind in ("board", "flashcards"):
        return [Store("rows", "cards", "private", fields)]
    if kind == "calculator":
        return [Store("rows", "calculations", "private", fields)]
    if kind == "directory":
        return [Store("rows", "entries", "shared", fields)]
    if kind == "leaderboard":
        return [Store("rows", "players", "shared", fields)]
    if kind == "booking":  # a class with several spots is counted by booking_has_room()
        classes = cfg["opts"].get("sessions")
        # each court or room booked on its own: a slot is taken once per court
        one = ("date", "time", "resource") if cfg["opts"].get("resources") else ("date", "time")
        return [Store("rows", "bookings", "booking", fields, unique=() if classes else one)]
    if kind == "status":
        incident = (*cfg["opts"]["incidentFields"], {"key": "date", "label": "", "type": "date"})
        return [Store("rows", "services", "admin", fields,
                      (("history", "jsonb not null default '[]'", "history"), EXAMPLE),
                      seed=tuple(cfg["seed"])),
                Store("incidents", "incidents", "admin", incident, (EXAMPLE,),
                      seed=tuple(cfg["opts"].get("incidents", ())))]
    if kind == "menu":
        return [Store("rows", "menu_items", "admin", fields,
                      (("emoji", "text not null default ''", "emoji"), EXAMPLE),
                      seed=tuple(cfg["seed"]))]
    if kind == "signup":
        return [Store("rows", "slots", "admin", fields, (EXAMPLE,), seed=tuple(cfg["seed"])),
                Store("signups", "signups", "shared",
                      ({"key": "name", "label": "", "type": "text", "required": True},),
                      (("slot_id", "uuid not null references public.slots (id) on delete "
                                   "cascade", "uuid"),),
                      details=("signup_details", "signup_id"))]
    raise ValueError(f"no full-stack data app for {kind}")


# ---- SQL -----------------------------------------------------------------------------------
def _q(name: str) -> str:
    return '"' + name.replace('"', "") + '"'


def column(f: dict) -> str:
    name, t, required = _q(f["key"]), f["type"], f.get("required")
    null = " not null" if required else ""
    if t in ("number", "money"):
        return f"{name} {'numeric(12,2)' if t == 'money' else 'numeric'}{null}"
    if t == "rating":
        return f"{name} smallint check ({name} between 0 and 5)"
    if t == "date":
        return f"{name} date{null}"
    if t == "bool":
        return f"{name} boolean not null default false"
    if t == "image":  # a photo the page shrank (at most 480 px), as a data: URL
        return (f"{name} text not null default '' check (char_length({name}) <= 1000000 and "
                f"({name} = '' or {name} ~ '^data:image/(png|jpeg|webp|gif);base64,'))")
    if t == "time":
        empty = "" if required else f" or {name} = ''"
        return (f"{name} text not null default '' check ({name} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'"
                f"{empty})")
    low = 1 if required else 0
    return f"{name} text not null default '' check (char_length({name}) between {low} and 2000)"


def _table_sql(s: Store) -> str:
    cols = ["id uuid primary key default gen_random_uuid()"]
    if s.owned:
        cols.append("owner uuid not null default auth.uid() references auth.users (id) "
                    "on delete cascade")
    cols += [column(f) for f in s.fields]
    cols += [f"{_q(c)} {sql}" for c, sql, _ in s.extra]
    cols.append("created_at timestamptz not null default now()")
    if s.unique:
        cols.append(f"unique ({', '.join(_q(c) for c in s.unique)})")
    body = ",\n  ".join(cols)
    index = (f"create index if not exists {s.table}_owner_idx on public.{s.table} "
             "(owner, created_at);\n") if s.owned else ""
    return f"create table if not exists public.{s.table} (\n  {body}\n);\n{index}"


def _policies(s: Store) -> str:
    from devora_desktop.agents.templates.fullstack_apps import own_rows_sql

    t = f"public.{s.table}"
    if s.access == "private":
        return own_rows_sql(s.table, "owner")
    mine = "auth.uid() = owner or public.is_admin()"
    read = {"shared": ("signed-in people read", "true"),
            "admin": ("signed-in people read", "true"),
            "booking": ("people read their own, an admin all", mine)}[s.access]
    write = "public.is_admin()" if s.access == "admin" else mine
    insert = "public.is_admin()" if s.access == "admin" else "auth.uid() = owner"
    who = "an admin" if s.access == "admin" else "the owner or an admin"
    return f"""alter table {t} enable row level security;
create policy "{s.table}: {read[0]}" on {t}
  for select to authenticated using ({read[1]});
create policy "{s.table}: {'an admin adds' if s.access == 'admin' else 'add as yourself'}" on {t}
  for insert to authenticated with check ({insert});
create policy "{s.table}: {who} changes" on {t}
  for update to authenticated using ({write}) with check ({write});
create policy "{s.table}: {who} removes" on {t}
  for delete to authenticated using ({write});
"""


BOOKING_SQL = """-- Which slots are taken, for everyone signed in: the day and time only, never who booked.
create or replace function public.taken_slots() returns table (day date, at text)
  language sql stable security definer set search_path = ''
as $$ select b."date", b."time" from public.bookings b where b."date" >= current_date - 7 $$;
revoke all on function public.taken_slots() from public, anon;
grant execute on function public.taken_slots() to authenticated;
"""


def resources_sql(resources: list[str]) -> str:
    """A booking page of several courts or rooms, each booked on its own: a booking names one of
    them (the database takes no other), and which are taken says which court, never who."""
    named = ", ".join("'" + str(r)[:200].replace("'", "''") + "'" for r in resources)
    return f"""-- The courts or rooms the prompt counted, each booked on its own.
alter table public.bookings add constraint bookings_resource_named
  check ("resource" in ({named}));
-- Which slots are taken, and on which court or room: never who booked.
create or replace function public.taken_slots() returns table (day date, at text, resource text)
  language sql stable security definer set search_path = ''
as $$ select b."date", b."time", b."resource" from public.bookings b
      where b."date" >= current_date - 7 $$;
revoke all on function public.taken_slots() from public, anon;
grant execute on function public.taken_slots() to authenticated;
"""

def limit_sql(n: int, per: str) -> str:
    """At most ``n`` bookings a ``per`` (day, week or month) for each account ("max 2 créneaux
    par semaine par membre"), checked under a lock on that account, so two bookings sent at once
    cannot both pass; an admin is held to it too (they book for themselves)."""
    assert per in ("day", "week", "month")
    return f"""-- At most {int(n)} bookings a {per} for each person, whatever the page sends.
create or replace function public.booking_within_limit() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  made integer;
begin
  perform pg_advisory_xact_lock(hashtext('booking limit ' || new.owner::text));
  select count(*) into made from public.bookings b
    where b.owner = new.owner and b.id <> new.id
      and date_trunc('{per}', b."date") = date_trunc('{per}', new."date");
  if made >= {int(n)} then
    raise exception 'at most {int(n)} bookings a {per}' using errcode = 'DVLIM';
  end if;
  return new;
end $$;
create trigger bookings_within_limit before insert or update of "date", owner
  on public.bookings for each row execute function public.booking_within_limit();
"""


def _limit_note(cfg: dict) -> str:
    """The README's line for a booking limit per person, when there is one."""
    if not (limit := cfg["opts"].get("limit")):
        return ""
    return (f"- Each account books at most {limit['n']} a {limit['per']} (\"{limit['rule']}\"): "
            "`booking_within_limit()` refuses one more in the database, not only the page.\n")


def classes_sql(sessions: list[dict]) -> str:
    """A booking page of classes: a booking must be at one of its classes, and a class takes no
    more bookings than its spots (checked under a lock on that class, so two people booking at
    once cannot both take the last spot). Each booking keeps its class's name, as the prompt
    gave it, set here whatever the request said (the page shows it; so does the table)."""
    def row(c: dict) -> str:
        day = "null" if c["day"] is None else str(int(c["day"]))
        at = c["time"] if re.fullmatch(r"\d\d:\d\d", c["time"]) else "00:00"
        title = str(c.get("title") or "")[:200].replace("'", "''")
        return f"({day}::int, '{at}', {max(1, int(c['spots']))}, '{title}')"
    rows = ",\n      ".join(row(c) for c in sessions)
    return f"""-- Which class a booking is for: its name on the page, set by booking_has_room().
alter table public.bookings add column if not exists "class" text not null default '';

-- The classes this page offers: weekday (0 is Sunday; null: every day), time, spots, name.
create or replace function public.booking_has_room() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  spots integer;
  title text;
  taken integer;
begin
  select c.spots, c.title into spots, title from (values
      {rows}) as c(day, at, spots, title)
    where c.at = new."time" and (c.day is null or c.day = extract(dow from new."date")::int)
    limit 1;
  if not found then
    raise exception 'no class at that time' using errcode = '23514';
  end if;
  new."class" := title;
  perform pg_advisory_xact_lock(hashtext(new."date"::text || ' ' || new."time"));
  select count(*) into taken from public.bookings b
    where b."date" = new."date" and b."time" = new."time" and b.id <> new.id;
  if taken >= spots then
    raise exception 'this class is full' using errcode = 'DVFUL';
  end if;
  return new;
end $$;
create trigger bookings_have_room before insert or update of "date", "time", "class"
  on public.bookings for each row execute function public.booking_has_room();
"""


SIGNUP_SQL = """-- A slot takes no more names than its spots: checked here, under a lock on the slot, so two
-- people signing up at once cannot both take the last spot.
create or replace function public.signup_has_room() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  spots numeric;
  taken integer;
begin
  select s.capacity into spots from public.slots s where s.id = new.slot_id for update;
  if not found then
    raise exception 'unknown slot %', new.slot_id using errcode = '23503';
  end if;
  select count(*) into taken from public.signups g where g.slot_id = new.slot_id;
  if spots is not null and taken >= spots then
    raise exception 'this slot is full' using errcode = 'DVFUL';
  end if;
  return new;
end $$;
create trigger signups_have_room before insert on public.signups
  for each row execute function public.signup_has_room();

-- What a person gives besides their name (a phone, an e-mail, a parent's name): not on the
-- sheet everyone reads, but in a table of its own that only they and an admin (is_admin(),
-- a security definer function) read. It goes with the sign-up: removing one removes both.
create table if not exists public.signup_details (
  signup_id uuid primary key references public.signups (id) on delete cascade,
  owner uuid not null default auth.uid() references auth.users (id) on delete cascade,
  details text not null check (char_length(details) between 1 and 2000),
  created_at timestamptz not null default now()
);
alter table public.signup_details enable row level security;
create policy "signup_details: read own, an admin all" on public.signup_details
  for select to authenticated using (auth.uid() = owner or public.is_admin());
create policy "signup_details: add to your own sign-up" on public.signup_details
  for insert to authenticated with check (
    auth.uid() = owner
    and exists (select 1 from public.signups g where g.id = signup_id and g.owner = auth.uid()));
create policy "signup_details: the owner or an admin removes" on public.signup_details
  for delete to authenticated using (auth.uid() = owner or public.is_admin());
"""


def _menu_orders_sql(order_fields: list[dict]) -> str:
    from devora_desktop.agents.templates.fullstack_apps import priced_orders_sql

    cols = ",\n  ".join(column(f) for f in order_fields)
    return f"""create table if not exists public.orders (
  id uuid primary key default gen_random_uuid(),
  owner uuid not null default auth.uid() references auth.users (id) on delete cascade,
  {cols},
  total numeric(12,2) not null default 0 check (total >= 0),
  created_at timestamptz not null default now()
);
create table if not exists public.order_lines (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.orders (id) on delete cascade,
  item_id uuid references public.menu_items (id) on delete set null,
  name text not null default '',
  quantity integer not null check (quantity between 1 and 99),
  unit_price numeric(10,2) not null default 0 check (unit_price >= 0)
);
create index if not exists order_lines_order_idx on public.order_lines (order_id);
alter table public.orders enable row level security;
alter table public.order_lines enable row level security;

-- People see their own orders, an admin (the kitchen) all; nobody changes an order from the app.
create policy "orders: read own, an admin all" on public.orders
  for select to authenticated using (auth.uid() = owner or public.is_admin());
create policy "orders: order as yourself" on public.orders
  for insert to authenticated with check (auth.uid() = owner);
create policy "order_lines: read own, an admin all" on public.order_lines
  for select to authenticated using (
    exists (select 1 from public.orders o where o.id = order_id
            and (o.owner = auth.uid() or public.is_admin())));
create policy "order_lines: add to own orders" on public.order_lines
  for insert to authenticated with check (
    exists (select 1 from public.orders o where o.id = order_id and o.owner = auth.uid()));

{priced_orders_sql("menu_items", "order_lines", "item_id")}"""


def starting_rows_sql(s: Store, rows: list[dict]) -> str:
    """What the prompt named for a store people add to (its habits, its cards, a club's books):
    each new account's first rows, or the first account's where everyone reads them
    (fullstack_apps.start_rows_sql)."""
    from devora_desktop.agents.templates.fullstack_apps import start_rows_sql

    if not rows or s.access not in ("private", "shared"):
        return ""
    by_key = {f["key"]: f for f in s.fields}
    cols = [*by_key, *(c for c, _, _ in s.extra if any(c in r for r in rows))]

    def value(r: dict, c: str) -> str:
        v = r.get(c, r.get(c.removesuffix("_field"))) if c in by_key else r.get(c)
        return _sql_value(by_key.get(c), v)
    return start_rows_sql(s.table, "owner", [_q(c) for c in cols],
                          [[value(r, c) for c in cols] for r in rows], s.access == "shared")


def migration(spec: Spec, cfg: dict, parts: list[Store], own: list[dict] = ()) -> str:
    """``own``: the web app's sample rows the prompt named (not examples), for the first store."""
    from devora_desktop.agents.templates.fullstack_apps import role_sql

    admin = any(s.access != "private" for s in parts)
    out = [f"-- {spec.name}: {_ABOUT[spec.kind]}", "create extension if not exists pgcrypto;", ""]
    if admin:
        out.append(role_sql("is_admin", "is_admin", "An admin (who runs this app)"))
    for s in parts:
        out += [_table_sql(s), _policies(s)]
    if start := starting_rows_sql(parts[0], list(own)):
        out.append(start)
    if spec.kind == "booking":
        # (several courts: resources_sql() says which slots are taken on which court)
        out.append("" if cfg["opts"].get("resources") and not cfg["opts"].get("sessions")
                   else BOOKING_SQL)
        if days := [d for d in cfg["opts"].get("dates", ()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)]:
            named = ", ".join(f"'{d}'::date" for d in days)
            out.append("-- The page books the days its prompt named; the database takes only those.\n"
                       "alter table public.bookings add constraint bookings_on_the_days_named\n"
                       f"  check (\"date\" in ({named}));\n")
        if limit := cfg["opts"].get("limit"):
            out.append(limit_sql(limit["n"], limit["per"]))
        if cfg["opts"].get("sessions"):
            out.append(classes_sql(cfg["opts"]["sessions"]))
        elif cfg["opts"].get("resources"):
            out.append(resources_sql(cfg["opts"]["resources"]))
    if spec.kind == "signup":
        out.append(SIGNUP_SQL)
    if spec.kind == "menu":
        out.append(_menu_orders_sql(cfg["opts"]["orderFields"]))
    return "\n".join(out)


_ABOUT = {
    "todo": "things each person does every so often, each due again after its interval.",
    "tracker": "entries each person keeps for themselves.",
    "dashboard": "figures each person enters, with their cards and chart, for themselves.",
    "board": "cards in columns; each person's board is their own.",
    "flashcards": "each person's own cards.",
    "calculator": "each person's saved calculations.",
    "directory": "entries everyone signed in can read; each person changes their own.",
    "leaderboard": "players everyone signed in can see; who added a player (or an admin) "
                   "records their points.",
    "booking": "bookings, one per slot; people see their own and which slots are taken.",
    "status": "services and incidents everyone signed in reads; only an admin changes them.",
    "menu": "a menu only an admin changes, and orders priced by the database.",
    "signup": "slots an admin sets up; people add and remove their own names while spots last.",
}


def _sql_value(f: dict | None, value: object) -> str:
    if value is None or value == "":  # a sample row without it (a yes/no: not ticked)
        return "false" if f and f["type"] == "bool" else "null" if f and f["type"] in (
            "number", "money", "rating", "date") else "''"
    if isinstance(value, str) and value.startswith("@day"):
        return f"current_date + {int(value[4:])}"
    if isinstance(value, str) and re.fullmatch(r"@dow[0-6]", value):  # next such weekday
        return f"current_date + ({value[4]} - extract(dow from current_date)::int + 7) % 7"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "'" + json.dumps(value).replace("'", "''") + "'::jsonb"
    return "'" + str(value).replace("'", "''") + "'"


def thawed(value: object, today: date | None = None) -> object:
    """A sample value as seed.sql stores it: "@day+2" is the date two days from today, "@dow1"
    the first Monday from today on (0 is Sunday, as in JavaScript)."""
    day = today or date.today()
    if isinstance(value, str) and value.startswith("@day"):
        return (day + timedelta(days=int(value[4:]))).isoformat()
    if isinstance(value, str) and re.fullmatch(r"@dow[0-6]", value):
        return (day + timedelta(days=(int(value[4]) - (day.isoweekday() % 7)) % 7)).isoformat()
    if isinstance(value, list):
        return [thawed(v, today) for v in value]
    return value


def seed_sql(parts: list[Store]) -> str:
    out = []
    for s in parts:
        if not s.seed:
            continue
        by_key = {f["key"]: f for f in s.fields}
        cols = [f["key"] for f in s.fields] + [c for c, _, _ in s.extra]
        rows = [", ".join(_sql_value(by_key.get(c), r.get(c)) for c in cols) for r in s.seed]
        out.append(f"insert into public.{s.table} ({', '.join(_q(c) for c in cols)}) values\n  ("
                   + "),\n  (".join(rows) + ");\n")
    return ("-- Sample rows an admin can change or delete.\n" + "\n".join(out)) if out else ""


# ---- TypeScript ------------------------------------------------------------------------------
VALIDATION = '''import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";

const blank = (v: unknown) => (v === "" || v === undefined ? null : v);
const DAY = /^\\d{4}-\\d{2}-\\d{2}$/;
const TIME = /^([01]\\d|2[0-3]):[0-5]\\d$/;
const text = z.string().trim().max(2000).default("");
const textRequired = z.string().trim().min(1).max(2000);
const email = z.union([z.literal(""), z.string().trim().email().max(320)]).default("");
const number = z.preprocess(blank, z.number().finite().min(-1e12).max(1e12).nullable());
const numberRequired = z.number().finite().min(-1e12).max(1e12);
const rating = z.preprocess(blank, z.number().int().min(0).max(5).nullable());
const day = z.preprocess(blank, z.string().regex(DAY, "whyDate").nullable());
const dayRequired = z.string().regex(DAY, "whyDate");
const time = z.union([z.literal(""), z.string().regex(TIME, "whyTime")]).default("");
const timeRequired = z.string().regex(TIME, "whyTime");
const bool = z.boolean().default(false);
const uuid = z.string().uuid();
const days = z.array(z.string().regex(DAY)).max(1000).default([]);
const history = z.array(z.number().int().min(0).max(2)).max(90).default([]);
const emoji = z.string().max(16).default("");
const image = z.union([z.literal(""), z.string().max(1000000)
  .regex(/^data:image\\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/, "whyPhoto")]).default("");

/**
 * The tables the page writes, by name. Row-level security (supabase/migrations) decides who may
 * change what; ``access`` says how the API filters ("private": the owner's rows only) and what
 * the page offers. The owner is never read from a request: the database sets it (auth.uid()).
 */
export type Table = {
  store: string;
  access: "private" | "shared" | "admin" | "booking";
  owned: boolean;
  schema: z.AnyZodObject;
  /** where a row's private ``details`` go (only their author and an admin read that table) */
  details?: { table: string; key: string };
};

export const TABLES: Record<string, Table> = {
@@TABLES@@
};

export function tableOf(name: string): Table | null {
  return Object.prototype.hasOwnProperty.call(TABLES, name) ? TABLES[name] : null;
}

/** A database refusal as an answer with a code the page words in its own language. */
export function failed(error: { code?: string; message: string }) {
  const known: Record<string, [number, string]> = {
    "23505": [409, "taken"],
    "DVFUL": [409, "full"],
    "DVLIM": [409, "limit"],
    "23514": [400, "invalid"],
    "23503": [409, "gone"],
    "42501": [403, "forbidden"],
    "22P02": [400, "invalid"],
  };
  const [status, code] = known[error.code ?? ""] ?? [502, "failed"];
  return NextResponse.json({ error: error.message, code }, { status });
}
@@ORDER@@'''

ORDER_SCHEMA = '''
export const OrderInput = z.object({
@@FIELDS@@
  lines: z.array(z.object({ item_id: uuid, quantity: z.number().int().min(1).max(99) })).min(1).max(50),
});
'''

DATA_ROUTE = '''import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";
import { TABLES, failed } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Row = Record<string, unknown>;

/**
 * Everything the signed-in person may see, per store of the page; row-level security decides
 * which rows come back. Rows someone else owns come marked _locked (the page offers no edit).
 */
export async function GET() {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const { supabase, user } = session;
  const admin = @@ADMIN@@;
  const stores: Record<string, { table: string; rows: Row[] }> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const { data, error } = await supabase.from(name).select("*").order("created_at", { ascending: true });
    if (error) return failed(error);
    stores[table.store] = {
      table: name,
      rows: ((data ?? []) as Row[]).map(({ owner, created_at: _created, ...row }) => ({
        ...row,
        _locked: table.access === "admin" ? !admin : table.access !== "private" && owner !== user.id && !admin,
      })),
    };
  }
@@EXTRA@@  return NextResponse.json({ admin, readonly: @@READONLY@@, stores });
}
'''

BOOKING_EXTRA = '''  // Slots other people booked: the day, time and court only (taken_slots() returns nothing else).
  const taken = await supabase.rpc("taken_slots");
  if (taken.error) return failed(taken.error);
  // (a class with several spots lists one for each booking; the person's own are already in)
  const own = new Map<string, number>();
  const keyOf = (day: unknown, at: unknown, court: unknown) => `${day} ${at} ${court ?? ""}`;
  for (const r of stores.rows.rows) own.set(keyOf(r.date, r.time, r.resource), (own.get(keyOf(r.date, r.time, r.resource)) ?? 0) + 1);
  for (const [i, slot] of ((taken.data ?? []) as { day: string; at: string; resource?: string }[]).entries()) {
    const key = keyOf(slot.day, slot.at, slot.resource);
    if ((own.get(key) ?? 0) > 0) own.set(key, (own.get(key) ?? 0) - 1);
    else stores.rows.rows.push({ id: `taken-${i}`, date: slot.day, time: slot.at, ...(slot.resource === undefined ? {} : { resource: slot.resource }), _locked: true });
  }
'''

SIGNUP_EXTRA = '''  // Each sign-up's details (a phone, an e-mail): RLS returns a person's own, an admin all.
  const details = await supabase.from("signup_details").select("signup_id, details");
  if (details.error) return failed(details.error);
  const given = new Map(((details.data ?? []) as Row[]).map((d) => [d.signup_id, d.details]));
  for (const r of stores.signups.rows) if (given.has(r.id)) r.details = given.get(r.id);
'''

ORDERS_EXTRA = '''  // Orders with their lines, priced by the database (the page never sends a price).
  const orders = await supabase.from("orders").select("*").order("created_at", { ascending: true });
  if (orders.error) return failed(orders.error);
  const lines = await supabase.from("order_lines").select("*");
  if (lines.error) return failed(lines.error);
  stores.orders = {
    table: "orders",
    rows: ((orders.data ?? []) as Row[]).map((o, i) => ({
@@ORDER_FIELDS@@      id: o.id, n: i + 1, at: o.created_at, total: Number(o.total),
      lines: ((lines.data ?? []) as Row[]).filter((l) => l.order_id === o.id)
        .map((l) => ({ id: l.item_id, name: l.name, qty: l.quantity, price: Number(l.unit_price) })),
    })),
  };
'''

COLLECTION_ROUTE = '''import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest, requireUser } from "@/lib/auth";
import { failed, tableOf } from "@/lib/validation";

type Context = { params: { table: string } };

/** Add a row to one of the page's tables; its owner is the signed-in person, never the body. */
export async function POST(request: Request, { params }: Context) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const table = tableOf(params.table);
  if (!table) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const parsed = table.schema.extend({ id: z.string().uuid() }).safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { details, ...fields } = parsed.data as Record<string, unknown>;
  const row = table.owned ? { ...fields, owner: session.user.id } : fields;
  const { error } = await session.supabase.from(params.table).insert(row);
  if (error) return failed(error);
  if (table.details && typeof details === "string" && details) {
    // kept apart from the row everyone reads; without them, the row goes too
    const kept = await session.supabase.from(table.details.table)
      .insert({ [table.details.key]: parsed.data.id, owner: session.user.id, details });
    if (kept.error) {
      await session.supabase.from(params.table).delete().eq("id", parsed.data.id);
      return failed(kept.error);
    }
  }
  return NextResponse.json({ id: parsed.data.id }, { status: 201 });
}
'''

ITEM_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { failed, tableOf } from "@/lib/validation";

type Context = { params: { table: string; id: string } };

const Id = /^[0-9a-f-]{36}$/i;

function notYours() {
  return NextResponse.json({ error: "Only its owner (or an admin) can change that.", code: "forbidden" }, { status: 403 });
}

/** Change a row: RLS lets through only what the signed-in person may change. */
export async function PATCH(request: Request, { params }: Context) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const table = tableOf(params.table);
  if (!table || !Id.test(params.id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const parsed = table.schema.partial().safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { details: _details, ...change } = parsed.data as Record<string, unknown>;
  let query = session.supabase.from(params.table).update(change).eq("id", params.id);
  if (table.access === "private") query = query.eq("owner", session.user.id);
  const { data, error } = await query.select("id");
  if (error) return failed(error);
  return data?.length ? NextResponse.json({ id: params.id }) : notYours();
}

/** Remove a row, under the same rules. */
export async function DELETE(_request: Request, { params }: Context) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const table = tableOf(params.table);
  if (!table || !Id.test(params.id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  let query = session.supabase.from(params.table).delete().eq("id", params.id);
  if (table.access === "private") query = query.eq("owner", session.user.id);
  const { data, error } = await query.select("id");
  if (error) return failed(error);
  return data?.length ? new NextResponse(null, { status: 204 }) : notYours();
}
'''

ORDERS_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { OrderInput, failed } from "@/lib/validation";

/**
 * Place an order: the order is the signed-in person's, its lines name dishes and quantities
 * only; the database takes each dish's name and price and computes the total.
 */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = OrderInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { lines, ...fields } = parsed.data;
  const { data: order, error } = await session.supabase
    .from("orders")
    .insert({ ...fields, owner: session.user.id })
    .select("id")
    .single();
  if (error || !order) return failed(error ?? { message: "no order" });
  const { error: lineError } = await session.supabase
    .from("order_lines")
    .insert(lines.map((l) => ({ ...l, order_id: order.id })));
  if (lineError) return failed(lineError);
  return NextResponse.json({ id: order.id }, { status: 201 });
}
'''

DATA_APP = '''"use client";

import { useEffect } from "react";
import { W, say } from "@/lib/words";

type Props = { storage: string; exportLabel: string; importLabel: string };

/**
 * The data app: public/config.js (its words, fields and view), then public/store.js (the
 * engine's storage backed by /api/data), which starts public/app.js, the engine the web version
 * runs. It builds the page with textContent only.
 */
export default function DataApp({ storage, exportLabel, importLabel }: Props) {
  useEffect(() => {
    const w = window as unknown as { devoraStarted?: boolean };
    if (w.devoraStarted) return;
    w.devoraStarted = true;
    const load = (src: string) =>
      new Promise<void>((resolve, reject) => {
        const s = document.createElement("script");
        s.src = src;
        s.onload = () => resolve();
        s.onerror = () => reject(new Error(src));
        document.body.append(s);
      });
    load("/config.js")
      .then(() => load("/store.js"))
      .catch((e: Error) => {
        const status = document.getElementById("status");
        if (status) status.textContent = say(W.loadScript, { what: e.message });
      });
  }, []);
  return (
    <div className="dataapp">
      <p id="status" className="muted" role="status" aria-live="polite" />
      <div id="app" />
      <footer className="storage muted">
        <span>{storage}</span>
        <button type="button" id="export">{exportLabel}</button>
        <label className="button">
          {importLabel} <input type="file" id="import" accept=".csv,text/csv" className="sr-only" />
        </label>
      </footer>
    </div>
  );
}
'''

PAGE = '''import { redirect } from "next/navigation";
import DataApp from "@/components/DataApp";
import SetupNotice from "@/components/SetupNotice";
import { currentUser } from "@/lib/auth";
import { supabaseConfigured } from "@/lib/supabase/server";
import "./dataapp.css";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (!supabaseConfigured()) return <SetupNotice />;
  const session = await currentUser();
  if (!session) redirect("/login?next=/");
  return (
    <section data-shape=@@SHAPE@@>
      <h1 className="text-3xl font-bold">@@HEADING@@</h1>
      <p className="muted mb-6">@@BLURB@@</p>
      <DataApp storage=@@STORAGE@@ exportLabel=@@EXPORT@@ importLabel=@@IMPORT@@ />
    </section>
  );
}
'''

# Tailwind's preflight (the full-stack app's globals.css) takes headings' size and weight and
# paragraphs' margins; the engine's CSS is written over a browser's defaults, as on the web:
# "Upcoming bookings", a menu's sections and a habit's name read as plain text without these.
PREFLIGHT_UNDONE = """
.dataapp h2 { font-size: 1.5em; font-weight: 700; margin: .83em 0; }
.dataapp h3 { font-size: 1.17em; font-weight: 700; margin: 1em 0; }
.dataapp p { margin: 1em 0; }
"""

# Words of the engine that say where data lives: in an account here, not in this browser.
ACCOUNT = {
    "storage": L("Saved to your account.", "Enregistré dans votre compte.",
                 "Guardado en tu cuenta.", "In Ihrem Konto gespeichert.",
                 "Salvo na sua conta.", "Salvato nel tuo account."),
    "booked": L("Booked: {when}. Saved to your account; nobody is notified.",
                "Réservé : {when}. Enregistré dans votre compte ; personne n'est prévenu.",
                "Reservado: {when}. Guardado en tu cuenta; no se avisa a nadie.",
                "Gebucht: {when}. In Ihrem Konto gespeichert; niemand wird benachrichtigt.",
                "Agendado: {when}. Salvo na sua conta; ninguém é avisado.",
                "Prenotato: {when}. Salvato nel tuo account; nessuno viene avvisato."),
    "statusNote": L("This page shows the statuses an admin sets here; it does not monitor "
                    "anything by itself.",
                    "Cette page montre les états qu'un admin règle ici ; elle ne surveille rien "
                    "d'elle-même.",
                    "Esta página muestra los estados que un admin fija aquí; no vigila nada "
                    "por sí sola.",
                    "Diese Seite zeigt die Zustände, die ein Admin hier setzt; sie überwacht "
                    "nichts selbst.",
                    "Esta página mostra os estados que um admin define aqui; não monitora nada "
                    "sozinha.",
                    "Questa pagina mostra gli stati impostati qui da un admin; non monitora "
                    "nulla da sola."),
    "orderSaved": L("Order #{n} placed.", "Commande n° {n} passée.", "Pedido n.º {n} hecho.",
                    "Bestellung Nr. {n} aufgegeben.", "Pedido nº {n} feito.",
                    "Ordine n. {n} effettuato."),
    "orderNote": L("Orders are saved to your account and the admin sees them here; nothing is "
                   "paid online and nobody is notified.",
                   "Les commandes sont enregistrées dans votre compte et l'admin les voit ici ; "
                   "rien n'est payé en ligne, personne n'est prévenu.",
                   "Los pedidos se guardan en tu cuenta y el admin los ve aquí; no se paga nada "
                   "en línea ni se avisa a nadie.",
                   "Bestellungen werden in Ihrem Konto gespeichert und der Admin sieht sie hier; "
                   "nichts wird online bezahlt, niemand benachrichtigt.",
                   "Os pedidos ficam salvos na sua conta e o admin os vê aqui; nada é pago "
                   "online e ninguém é avisado.",
                   "Gli ordini sono salvati nel tuo account e l'admin li vede qui; non si paga "
                   "nulla online e nessuno viene avvisato."),
    "ordersHere": L("{n} orders", "{n} commandes", "{n} pedidos", "{n} Bestellungen",
                    "{n} pedidos", "{n} ordini"),
    "signupNote": L("Everyone signed in sees the names on this sheet; what else you give "
                    "(a phone, an e-mail) only you and the admin see. You can remove only the "
                    "names you added.",
                    "Toute personne connectée voit les noms de cette feuille ; le reste (un "
                    "téléphone, un e-mail) seuls vous et l'admin le voient. Vous ne retirez que "
                    "les noms que vous avez ajoutés.",
                    "Quien inicie sesión ve los nombres de esta hoja; lo demás (un teléfono, un "
                    "correo) solo lo ves tú y el admin. Solo puedes quitar los nombres que "
                    "añadiste.",
                    "Alle Angemeldeten sehen die Namen auf dieser Liste; alles Weitere (Telefon, "
                    "E-Mail) sehen nur Sie und der Admin. Sie können nur Namen entfernen, die "
                    "Sie eingetragen haben.",
                    "Quem entra vê os nomes desta lista; o resto (um telefone, um e-mail) só "
                    "você e o admin veem. Você só remove os nomes que adicionou.",
                    "Chi accede vede i nomi di questo foglio; il resto (un telefono, un'e-mail) "
                    "lo vedete solo tu e l'admin. Puoi togliere solo i nomi che hai aggiunto."),
    "notSaved": L("Not saved:", "Non enregistré :", "No guardado:", "Nicht gespeichert:",
                  "Não salvo:", "Non salvato:"),
    "loadFailed": L("Could not load your data:", "Impossible de charger vos données :",
                    "No se pudieron cargar tus datos:", "Daten konnten nicht geladen werden:",
                    "Não foi possível carregar seus dados:", "Impossibile caricare i dati:"),
    "signInAgain": L("Please sign in again.", "Veuillez vous reconnecter.",
                     "Vuelve a iniciar sesión.", "Bitte melden Sie sich erneut an.",
                     "Entre novamente.", "Accedi di nuovo."),
    "err_taken": L("That slot was just taken.", "Ce créneau vient d'être pris.",
                   "Ese hueco acaba de ocuparse.", "Dieser Termin ist gerade vergeben worden.",
                   "Esse horário acabou de ser ocupado.", "Questo orario è appena stato preso."),
    "err_full": L("That slot is full.", "Ce créneau est complet.", "Ese turno está completo.",
                  "Dieser Platz ist voll.", "Esse horário está lotado.",
                  "Questo turno è al completo."),
    "err_forbidden": L("Only its owner (or an admin) can change that.",
                       "Seul son auteur (ou un admin) peut modifier cela.",
                       "Solo su dueño (o un admin) puede cambiarlo.",
                       "Nur wer es angelegt hat (oder ein Admin) kann das ändern.",
                       "Só quem criou (ou um admin) pode mudar isso.",
                       "Solo chi l'ha creato (o un admin) può modificarlo."),
    "err_gone": L("That is no longer there.", "Cela n'existe plus.", "Eso ya no existe.",
                  "Das gibt es nicht mehr.", "Isso não existe mais.", "Non esiste più."),
}


def _zod(f: dict) -> str:
    t, req = f["type"], bool(f.get("required"))
    if t in ("number", "money"):
        return "numberRequired" if req else "number"
    if t in ("date", "time"):
        return f"{'day' if t == 'date' else 'time'}{'Required' if req else ''}"
    if t in ("rating", "bool", "email", "image"):
        return t
    return "textRequired" if req else "text"


def _tables_ts(parts: list[Store]) -> str:
    out = []
    for s in parts:
        keys = [f"    {js(f['key'])}: {_zod(f)}," for f in s.fields] + \
            [f"    {js(c)}: {z}," for c, _, z in s.extra] + \
            (["    details: text,"] if s.details else [])
        where = (f"    details: {{ table: {js(s.details[0])}, key: {js(s.details[1])} }},\n"
                 if s.details else "")
        out.append(f"  {s.table}: {{\n    store: {js(s.key)},\n    access: {js(s.access)},\n"
                   f"    owned: {'true' if s.owned else 'false'},\n{where}"
                   f"    schema: z.object({{\n{chr(10).join('  ' + k for k in keys)}\n    }}),"
                   "\n  },")
    return "\n".join(out)


def contains(spec: Spec) -> frozenset[str]:
    """What the full-stack data app built from ``spec`` has: the web app's features (its
    "Add, edit and delete" is an admin's only where the rows are), and sign-in."""
    parts = stores(spec, _safe_keys(dataapp.config(spec)))
    return dataapp.contains(spec, admin_manages=parts[0].access == "admin") | {"auth"}


def config(spec: Spec) -> dict:
    """The web data app's config, with the words that say where the data lives."""
    cfg = _safe_keys(dataapp.config(spec))
    cfg["t"] |= i18n.words(spec.lang, ACCOUNT)
    cfg["seed"] = []  # the rows are the server's
    cfg["opts"].pop("incidents", None)
    cfg["opts"].pop("queue", None)  # the database refuses a name past the spots
    # a dish's extras are rows the server prices one by one: ordered as rows of their own
    cfg["opts"].pop("extrasOf", None)
    cfg["opts"]["signups"] = {}
    cfg["opts"]["detailsShown"] = True  # the server sends only what this person may read
    if limit := cfg["opts"].get("limit"):
        cfg["t"]["err_limit"] = limit["rule"]  # the database's refusal, as the page says it
    return cfg


def app(spec: Spec) -> Files:
    raw = _safe_keys(dataapp.config(spec))
    cfg = config(spec)
    parts = stores(spec, raw)
    # a refused value is named as the page's form names it
    labels = {f["key"]: js(f["label"]) for s in parts for f in s.fields if f.get("label")}
    files = scaffold(spec, [], ["/"], tagline=cfg["tagline"], labels=labels)
    admin_app = any(s.access != "private" for s in parts)
    rows = parts[0]
    own = [r for r in dataapp.config(spec)["seed"] if not r.get("_example")]
    extra = {"booking": BOOKING_EXTRA, "signup": SIGNUP_EXTRA}.get(spec.kind, "")
    if spec.kind == "menu":
        extra = fill(ORDERS_EXTRA, ORDER_FIELDS="".join(
            f"      {js(f['key'])}: o[{js(f['key'])}],\n" for f in cfg["opts"]["orderFields"]))
    order = fill(ORDER_SCHEMA, FIELDS="\n".join(
        f"  {js(f['key'])}: {_zod(f)}," for f in cfg["opts"]["orderFields"])) \
        if spec.kind == "menu" else ""
    from devora_desktop.agents.templates.web import BASE_CSS

    t = cfg["t"]
    backend = {
        "lib/validation.ts": fill(VALIDATION, TABLES=_tables_ts(parts), ORDER=order),
        "app/api/data/route.ts": fill(
            DATA_ROUTE, EXTRA=extra,
            ADMIN='(await supabase.rpc("is_admin")).data === true' if admin_app else "false",
            READONLY="!admin" if rows.access == "admin" else "false"),
        "app/api/data/[table]/route.ts": COLLECTION_ROUTE,
        "app/api/data/[table]/[id]/route.ts": ITEM_ROUTE,
    }
    if spec.kind == "menu":
        backend["app/api/orders/route.ts"] = ORDERS_ROUTE
    tables = (["profiles"] if admin_app else []) + [s.table for s in parts] + (
        ["orders", "order_lines"] if spec.kind == "menu" else []) + [
        s.details[0] for s in parts if s.details]
    frontend = {
        "app/page.tsx": fill(PAGE, SHAPE=js(spec.kind), HEADING=spec.name,
                             BLURB=cfg["tagline"], STORAGE="{" + js(t["storage"]) + "}",
                             EXPORT="{" + js(t["exportCsv"]) + "}",
                             IMPORT="{" + js(t["importCsv"]) + "}"),
        "app/dataapp.css": BASE_CSS + PREFLIGHT_UNDONE + dataapp.CSS + dataapp.emoji_parts(cfg)[0],
        "components/DataApp.tsx": DATA_APP,
        "public/config.js": "// This app: its words, fields and view (see app.js).\nwindow.APP = "
                            + json.dumps(cfg, ensure_ascii=False, indent=1) + ";\n",
        "public/store.js": dataapp.STORE_JS.read_text(encoding="utf-8"),
        "public/app.js": dataapp.ENGINE_JS.read_text(encoding="utf-8") + dataapp.emoji_parts(
            cfg)[1],
        "README.md": readme(spec, _ABOUT[spec.kind][0].upper() + _ABOUT[spec.kind][1:], tables,
                            extra=starts_note(len(own) if rows.access in ("private", "shared")
                                              else 0, rows.access == "shared"),
                            security_extra=(_CLASSES_NOTE if cfg["opts"].get("sessions")
                                            else _SECURITY[spec.kind]) + _limit_note(cfg)),
    }
    database = {"supabase/migrations/001_" + spec.kind + ".sql": migration(spec, raw, parts, own)}
    seed = seed_sql(parts)
    if seed:
        database["supabase/seed.sql"] = seed
    files["frontend"].update(frontend)
    files["backend"].update(backend)
    files["database"].update(database)
    return files


_ADMIN_NOTE = ("- An admin is a person whose `profiles.is_admin` is true, set with SQL only (see "
               "the migration); RLS asks `is_admin()`, a security definer function.\n")
_CLASSES_NOTE = (
    "- A booking is at one of the page's classes, and a class takes no more bookings than its "
    "spots: `booking_has_room()` checks both in the database under a lock (not only the page), "
    "and writes the class's name into the booking's `class` column. "
    "People see their own bookings, an admin all, and everyone only how many spots are taken "
    "(`taken_slots()` returns the day and time, never who).\n" + _ADMIN_NOTE)
_SECURITY = {
    "todo": "- Each person reads and changes only their own tasks (RLS, owner = auth.uid()).\n",
    "tracker": "- Each person reads and changes only their own rows (RLS, owner = auth.uid()).\n",
    "board": "- Each person reads and changes only their own cards (RLS, owner = auth.uid()).\n",
    "dashboard": "- Each person reads and changes only their own figures (RLS, owner = "
                 "auth.uid()).\n",
    "flashcards": "- Each person reads and changes only their own cards (RLS).\n",
    "calculator": "- Each person sees only their own saved calculations (RLS).\n",
    "directory": "- Everyone signed in reads the directory; only who added an entry (or an "
                 "admin) changes or removes it (RLS).\n" + _ADMIN_NOTE,
    "leaderboard": "- Everyone signed in sees the ranking; only who added a player (or an "
                   "admin) records their points (RLS).\n" + _ADMIN_NOTE,
    "booking": "- A slot can be booked once (a unique constraint, not only the page); people see "
               "their own bookings, an admin all, and everyone only which slots are taken "
               "(`taken_slots()` returns the day and time, never who).\n" + _ADMIN_NOTE,
    "status": "- Everyone signed in reads the page; only an admin sets a service's status or "
              "posts an incident (RLS).\n" + _ADMIN_NOTE,
    "menu": "- Only an admin changes the menu; an order's prices and total come from the "
            "database, and people see only their own orders (an admin all).\n" + _ADMIN_NOTE,
    "signup": "- Only an admin sets up the slots; people add and remove only their own names, "
              "and a trigger refuses a name when a slot is full.\n"
              "- Everyone signed in reads the names; what a person gives besides (a phone, an "
              "e-mail) is kept in `signup_details`, which only they and an admin read (RLS).\n"
              + _ADMIN_NOTE,
}
