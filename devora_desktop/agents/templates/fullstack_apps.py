"""The five full-stack apps (todo, blog, dashboard, store, landing): each its own pages, routes,
tables and policies on top of the shared secure scaffold in ``fullstack``."""

from __future__ import annotations

from devora_desktop.agents.templates import dataapp, i18n
from devora_desktop.agents.templates.fullstack import app_tagline, fill, js, readme, scaffold
from devora_desktop.agents.templates.fullstack_words import SAMPLE_PEOPLE, people_noun, words
from devora_desktop.agents.templates.packs import Product
from devora_desktop.agents.templates.spec import Spec, prices

Files = dict[str, dict[str, str]]


def _merge(base: Files, **groups: dict[str, str]) -> Files:
    for owner, files in groups.items():
        base.setdefault(owner, {}).update(files)
    return base


def local_examples(spec: Spec) -> list[dict]:
    """The web app's sample rows in the prompt's language (the packs' samples are English):
    a French shop's example products, a Spanish blog's example post."""
    cfg = dataapp.config(spec)
    rows = [r for r in cfg["seed"] if r.get("_example")]
    choices = {f["key"]: [key for key, _ in f.get("options", [])] for f in cfg["fields"]}
    return [{**r, "_rank": choices.get("priority", []).index(r["priority"])}
            if r.get("priority") in choices.get("priority", []) else r for r in rows]


def own_rows_sql(table: str, owner: str = "owner_id") -> str:
    return f"""alter table public.{table} enable row level security;

create policy "{table}: read own" on public.{table}
  for select to authenticated using (auth.uid() = {owner});
create policy "{table}: insert own" on public.{table}
  for insert to authenticated with check (auth.uid() = {owner});
create policy "{table}: update own" on public.{table}
  for update to authenticated using (auth.uid() = {owner}) with check (auth.uid() = {owner});
create policy "{table}: delete own" on public.{table}
  for delete to authenticated using (auth.uid() = {owner});
"""


def role_sql(flag: str, fn: str, who: str) -> str:
    """A role kept on the person's profile: a boolean set only with SQL (no policy lets the app
    change it), read by RLS through a security definer function (it reads profiles as their
    owner, so policies can ask it without exposing anyone's profile)."""
    return f"""-- {who}: set with SQL only, e.g. in the Supabase SQL editor:
--   insert into public.profiles (id, {flag}) values ('<user id>', true)
--   on conflict (id) do update set {flag} = true;
create table if not exists public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  {flag} boolean not null default false,
  created_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
create policy "profiles: read own" on public.profiles
  for select to authenticated using (auth.uid() = id);

create or replace function public.{fn}() returns boolean
  language sql stable security definer set search_path = ''
as $$ select coalesce((select p.{flag} from public.profiles p where p.id = auth.uid()), false) $$;
revoke all on function public.{fn}() from public;
grant execute on function public.{fn}() to authenticated;
"""


def start_rows_sql(table: str, owner: str, cols: list[str], rows: list[list[str]],
                   shared: bool = False) -> str:
    """Each new account's first rows: what the prompt named (a list's items, a board's cards),
    as the web app starts from them. A trigger on auth.users adds them, owned by the new person;
    ``cols`` are quoted column names, ``rows`` their SQL values. ``shared``: rows everyone
    reads (a club's books) go to the first account only, not a copy per person. An account
    made before the migration starts empty."""
    values = ",\n      ".join("(new.id, " + ", ".join(r) + ")" for r in rows)
    insert = f"""insert into public.{table} ({owner}, {', '.join(cols)}) values
      {values};"""
    if shared:
        insert = ("if (select count(*) from auth.users) = 1 then  -- the first account only\n    "
                  + insert.replace("\n", "\n  ") + "\n  end if;")
    who = "the first account starts the shared list with" if shared else \
        "each new account starts with"
    return f"""-- Where {who} what the prompt named (the web app starts from it too).
create or replace function public.{table}_to_start() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  {insert}
  return new;
end $$;
revoke all on function public.{table}_to_start() from public, anon, authenticated;
create trigger {table}_to_start after insert on auth.users
  for each row execute function public.{table}_to_start();
"""


def starts_note(n: int, shared: bool = False) -> str:
    """The README's words for start_rows_sql (step 1 of "Run it")."""
    if not n:
        return ""
    who = ("The first account made starts the shared list with" if shared
           else "Each new account starts with")
    return (f"\n   {who} the {n} items the prompt listed (a trigger on `auth.users` adds them, "
            "see the migration); an account made before starts empty.")


def priced_orders_sql(catalog: str, lines: str, item: str) -> str:
    """Orders whose prices and totals are the database's (the store's and a menu's): an order
    starts at 0, each line takes the item's current name and price whatever the request said,
    and the order's total is the sum of its lines."""
    return f"""-- Totals are the database's: an order starts at 0, each line takes its item's current name
-- and price whatever the request said, and the order's total is the sum of its lines.
create or replace function public.order_starts_empty() returns trigger
  language plpgsql as $$ begin new.total := 0; return new; end $$;
create trigger orders_start_empty before insert on public.orders
  for each row execute function public.order_starts_empty();

create or replace function public.order_item_price() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  p record;
begin
  select name, price into p from public.{catalog} where id = new.{item};
  if not found then
    raise exception 'unknown item %', new.{item} using errcode = '23503';
  end if;
  new.name := p.name;
  new.unit_price := p.price;
  return new;
end $$;
create trigger {lines}_price before insert or update on public.{lines}
  for each row execute function public.order_item_price();

create or replace function public.order_total() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  oid uuid := coalesce(new.order_id, old.order_id);
begin
  update public.orders o
     set total = coalesce((select sum(i.quantity * i.unit_price) from public.{lines} i
                           where i.order_id = oid), 0)
   where o.id = oid;
  return null;
end $$;
create trigger {lines}_total after insert or update or delete on public.{lines}
  for each row execute function public.order_total();
"""


ITEM_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { @@PATCH@@ } from "@/lib/validation";

type Context = { params: { id: string } };

const Id = /^[0-9a-f-]{36}$/i;

/** Update one of @@WHOSE@@ @@TABLE@@ (@@RLS@@: 404). */
export async function PATCH(request: Request, { params }: Context) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  if (!Id.test(params.id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const parsed = @@PATCH@@.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { data, error } = await session.supabase
    .from("@@TABLE@@")
    .update(@@UPDATE@@)
    .eq("id", params.id)@@OWN@@
    .select();
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  if (!data?.length) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(data[0]);
}

/** Delete one of @@WHOSE@@ @@TABLE@@. */
export async function DELETE(_request: Request, { params }: Context) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  if (!Id.test(params.id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { data, error } = await session.supabase
    .from("@@TABLE@@")
    .delete()
    .eq("id", params.id)@@OWN@@
    .select("id");
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  if (!data?.length) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
'''

def item_route(patch: str, table: str, owner: str | None, update: str = "parsed.data") -> str:
    """PATCH and DELETE of one row: the signed-in person's own (``owner``: the column that
    holds their id), or with None any row RLS lets them change (a catalogue's manager)."""
    own = f'\n    .eq("{owner}", session.user.id)' if owner else ""
    return fill(ITEM_ROUTE, PATCH=patch, TABLE=table, OWN=own, UPDATE=update,
                WHOSE="the signed-in user's" if owner else "the",
                RLS="RLS hides everyone else's" if owner else "RLS refuses who may not")


COLLECTION_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { @@INPUT@@ } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** The signed-in user's @@TABLE@@, newest first (RLS: own rows only). */
export async function GET() {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const { data, error } = await session.supabase
    .from("@@TABLE@@")
    .select("*")
    .order("@@ORDER@@", { ascending: false });
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data);
}

/** Create a row owned by the signed-in user. */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = @@INPUT@@.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { data, error } = await session.supabase
    .from("@@TABLE@@")
    .insert({ ...parsed.data, @@OWNER@@: session.user.id })
    .select();
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data?.[0], { status: 201 });
}
'''


# ---------------------------------------------------------------------------------- todo
TODO_VALIDATION = '''import { z } from "zod";

const day = z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/, "whyDate");

export const TaskInput = z.object({
  title: z.string().trim().min(1).max(200),
  due_date: day.nullable().optional(),
  priority: z.enum(["low", "medium", "high"]).default("medium"),
  tags: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  done: z.boolean().default(false),
  example: z.boolean().default(false),  // "Add sample tasks" marks its tasks: the page says so
});

export const TaskPatch = TaskInput.partial().refine((v) => Object.keys(v).length > 0, "whyNothing");
'''

TODO_TYPES = '''export type Priority = "low" | "medium" | "high";

export type Task = {
  id: string;
  owner_id: string;
  title: string;
  due_date: string | null;
  priority: Priority;
  tags: string[];
  done: boolean;
  example: boolean;
  created_at: string;
};
'''

TODO_PAGE = '''import { redirect } from "next/navigation";
import SetupNotice from "@/components/SetupNotice";
import TaskBoard from "@/components/TaskBoard";
import { currentUser } from "@/lib/auth";
import { supabaseConfigured } from "@/lib/supabase/server";
import type { Task } from "@/lib/types";
import { W } from "@/lib/words";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (!supabaseConfigured()) return <SetupNotice />;
  const session = await currentUser();
  if (!session) redirect("/login?next=/");
  const { data, error } = await session.supabase.from("tasks").select("*").order("created_at", { ascending: false });
  return (
    <section>
      <h1 className="text-3xl font-bold">@@HEADING@@</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">@@BLURB@@</p>
      {error ? (
        <p role="alert" className="mt-6 text-red-600">{W.couldNotLoad} {error.message}</p>
      ) : (
        <TaskBoard initial={(data ?? []) as Task[]} />
      )}
    </section>
  );
}
'''

TODO_BOARD = '''"use client";

import { useMemo, useState } from "react";
import { SAMPLE_TASKS } from "@/components/samples";
import type { Priority, Task } from "@/lib/types";
import { W, say } from "@/lib/words";

type Status = "all" | "active" | "overdue" | "done";
const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const PRIORITY_LABEL: Record<Priority, string> = { high: W.high, medium: W.medium, low: W.low };
const STATUS_LABEL: Record<Status, string> = { all: W.stAll, active: W.stActive, overdue: W.stOverdue, done: W.stDone };

function today() {
  return new Date().toISOString().slice(0, 10);
}

export default function TaskBoard({ initial }: { initial: Task[] }) {
  const [tasks, setTasks] = useState<Task[]>(initial);
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [priority, setPriority] = useState<Priority>("medium");
  const [tagText, setTagText] = useState("");
  const [status, setStatus] = useState<Status>("all");
  const [priorityFilter, setPriorityFilter] = useState<Priority | "any">("any");
  const [tagFilter, setTagFilter] = useState("any");
  const [query, setQuery] = useState("");
  const [error, setError] = useState<string | null>(null);

  const tags = useMemo(() => Array.from(new Set(tasks.flatMap((t) => t.tags))).sort(), [tasks]);
  const overdue = (t: Task) => !t.done && !!t.due_date && t.due_date < today();
  const visible = tasks
    .filter((t) => status === "all" || (status === "done" ? t.done : status === "active" ? !t.done : overdue(t)))
    .filter((t) => priorityFilter === "any" || t.priority === priorityFilter)
    .filter((t) => tagFilter === "any" || t.tags.includes(tagFilter))
    .filter((t) => t.title.toLowerCase().includes(query.trim().toLowerCase()))
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || (a.due_date ?? "9999").localeCompare(b.due_date ?? "9999"));

  async function create(body: { title: string; due_date: string | null; priority: Priority; tags: string[]; example?: boolean }) {
    const res = await fetch("/api/tasks", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      setError(data.error ?? say(W.notSavedStatus, { status: res.status }));
      return;
    }
    setError(null);
    setTasks((old) => [data as Task, ...old]);
  }

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const parsedTags = tagText.split(",").map((t) => t.trim()).filter(Boolean);
    await create({ title, due_date: due || null, priority, tags: parsedTags });
    setTitle("");
    setDue("");
    setTagText("");
  }

  async function addSamples() {
    for (const [i, sample] of SAMPLE_TASKS.entries()) {
      const date = new Date(Date.now() + (i - 1) * 86400000).toISOString().slice(0, 10);
      await create({ title: sample.title, due_date: date, priority: sample.priority, tags: [sample.tag], example: true });
    }
  }

  // sample tasks are said to be examples and go in one click, so none reads as the person's own
  async function removeExamples() {
    const res = await fetch("/api/tasks/examples", { method: "DELETE" });
    if (res.ok) setTasks((old) => old.filter((t) => !t.example));
    else setError(say(W.notRemoved, { status: res.status }));
  }
  const examples = tasks.filter((t) => t.example).length;

  async function toggle(task: Task) {
    const res = await fetch(`/api/tasks/${task.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ done: !task.done }),
    });
    if (res.ok) {
      const updated = (await res.json()) as Task;
      setTasks((old) => old.map((t) => (t.id === task.id ? updated : t)));
    }
  }

  async function remove(task: Task) {
    const res = await fetch(`/api/tasks/${task.id}`, { method: "DELETE" });
    if (res.ok) setTasks((old) => old.filter((t) => t.id !== task.id));
  }

  const open = tasks.filter((t) => !t.done).length;
  return (
    <div className="mt-6 space-y-4">
      <form onSubmit={add} className="card grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end" aria-label={W.addATask}>
        <label className="grid gap-1 text-sm">{W.task}
          <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} placeholder={SAMPLE_TASKS[0]?.title} />
        </label>
        <label className="grid gap-1 text-sm">{W.dueDate}
          <input className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <label className="grid gap-1 text-sm">{W.priority}
          <select className="input" value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            <option value="high">{W.high}</option><option value="medium">{W.medium}</option><option value="low">{W.low}</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm">{W.tagsLabel}
          <input className="input" value={tagText} onChange={(e) => setTagText(e.target.value)} placeholder={W.commaSeparated} />
        </label>
        <button className="btn-primary" type="submit">{W.addTask}</button>
      </form>
      {error && <p role="alert" className="text-red-600">{error}</p>}
      {examples > 0 && (
        <div id="examples" role="note" className="card flex flex-wrap items-center justify-between gap-2">
          <span>{examples === 1 ? W.exampleTask : say(W.exampleTasks, { n: examples })}</span>
          <button type="button" id="remove-examples" className="btn" onClick={removeExamples}>{W.removeExamples}</button>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={W.filters}>
        {(["all", "active", "overdue", "done"] as Status[]).map((s) => (
          <button key={s} type="button" className={s === status ? "btn-primary" : "btn"} aria-pressed={s === status} onClick={() => setStatus(s)}>
            {STATUS_LABEL[s]}
          </button>
        ))}
        <select className="input" aria-label={W.filterByPriority} value={priorityFilter} onChange={(e) => setPriorityFilter(e.target.value as Priority | "any")}>
          <option value="any">{W.anyPriority}</option><option value="high">{W.high}</option><option value="medium">{W.medium}</option><option value="low">{W.low}</option>
        </select>
        <select className="input" aria-label={W.filterByTag} value={tagFilter} onChange={(e) => setTagFilter(e.target.value)}>
          <option value="any">{W.anyTag}</option>
          {tags.map((t) => <option key={t} value={t}>#{t}</option>)}
        </select>
        <input className="input ml-auto" type="search" aria-label={W.searchTasks} placeholder={W.searchTasks} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p className="text-sm text-slate-500" aria-live="polite">{say(W.taskCounts, { open, overdue: tasks.filter(overdue).length, total: tasks.length })}</p>
      {tasks.length === 0 ? (
        <div className="card text-center">
          <p className="text-slate-500">{W.noTasks}</p>
          <button type="button" className="btn mt-3" onClick={addSamples}>{W.addSampleTasks}</button>
        </div>
      ) : (
        <ul className="space-y-2">
          {visible.map((t) => (
            <li key={t.id} className="card flex flex-wrap items-center gap-3">
              <input type="checkbox" className="h-4 w-4" checked={t.done} onChange={() => toggle(t)} aria-label={say(W.doneWhat, { what: t.title })} />
              <span className={`flex-1 font-medium ${t.done ? "text-slate-400 line-through" : ""}`}>{t.title}{t.example && <span className="chip ml-2">{W.exampleChip}</span>}</span>
              <span className={`chip ${t.priority === "high" ? "border-red-400 text-red-600" : t.priority === "low" ? "text-slate-500" : "border-amber-400 text-amber-700"}`}>{PRIORITY_LABEL[t.priority]}</span>
              {t.tags.map((tag) => <span key={tag} className="chip">#{tag}</span>)}
              {t.due_date && <span className={`text-sm ${overdue(t) ? "font-semibold text-red-600" : "text-slate-500"}`}>{overdue(t) ? W.overdueOn : W.dueOn}{t.due_date}</span>}
              <button type="button" className="btn" onClick={() => remove(t)} aria-label={say(W.deleteWhat, { what: t.title })}>{W.delete}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
'''


def todo(spec: Spec) -> Files:
    p = spec.pack
    files = scaffold(spec, [("/", "navTasks")], ["/"], labels={"title": "W.task"})
    samples = [{"title": t, "priority": pr, "tag": tag} for t, pr, tag in p.tasks]
    if spec.lang != "en" and (local := local_examples(spec)):
        samples = [{"title": r["title"], "priority": ("high", "medium", "low")[
            min(r.get("_rank", 1), 2)], "tag": str(r.get("tags") or "").split(",")[0].strip()
            or "tag"} for r in local[:4]]
    w = words(spec.lang)
    heading = f"{p.noun.title()} tasks" if p.noun and spec.lang == "en" else w["yourTasks"]
    sql = f"""-- {spec.name}: tasks with due dates, priorities and tags; each user sees only their own.
create extension if not exists pgcrypto;

create table if not exists public.tasks (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  due_date date,
  priority text not null default 'medium' check (priority in ('low', 'medium', 'high')),
  tags text[] not null default '{{}}',
  done boolean not null default false,
  example boolean not null default false,  -- a sample task the page added ("Add sample tasks")
  created_at timestamptz not null default now()
);

create index if not exists tasks_owner_due_idx on public.tasks (owner_id, due_date);

{own_rows_sql("tasks")}"""
    # the items the prompt lists ("a to-do list for the move: boxes, movers, utilities") are
    # each new account's first tasks, as on the web, never a topic's samples
    own = [r["title"] for r in dataapp.config(spec)["seed"]
           if not r.get("_example") and r.get("title")]
    if own:
        sql += "\n" + start_rows_sql("tasks", "owner_id", ["title"],
                                     [[_sql_text(t[:200])] for t in own])
    return _merge(files, frontend={
        "app/page.tsx": fill(TODO_PAGE, HEADING=heading,
                             BLURB=f"{app_tagline(spec)}. {w['todoBlurb']}"),
        "components/TaskBoard.tsx": TODO_BOARD,
        "components/samples.ts": "import type { Priority } from \"@/lib/types\";\n\n"
                                 "export const SAMPLE_TASKS: { title: string; priority: Priority; "
                                 f"tag: string }}[] = {js(samples)};\n",
        "README.md": readme(spec, "Tasks with due dates, priorities, tags, filters and search.",
                            ["tasks"], extra=starts_note(len(own))),
    }, backend={
        "lib/validation.ts": TODO_VALIDATION,
        "app/api/tasks/route.ts": fill(COLLECTION_ROUTE, INPUT="TaskInput", TABLE="tasks",
                                       ORDER="created_at", OWNER="owner_id"),
        "app/api/tasks/[id]/route.ts": item_route("TaskPatch", "tasks", "owner_id"),
        "app/api/tasks/examples/route.ts": examples_files("tasks", "their owner")["backend"][
            "app/api/tasks/examples/route.ts"],
    }, database={
        "supabase/migrations/001_tasks.sql": sql,
        "lib/types.ts": TODO_TYPES,
    })


# ---------------------------------------------------------------------------------- blog
MARKDOWN = '''import type { ReactNode } from "react";

/**
 * A small, safe markdown renderer: headings, lists, paragraphs, **bold**, *italic*, `code`,
 * links (http, https or site paths only) and photos ![what it shows](https://…) (https only,
 * shown as <img src>, never sending this site's address to the photo's). It builds React
 * elements, so text is always escaped and no HTML from a post is ever injected.
 */
function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /(!\\[[^\\]]*\\]\\([^)\\s]+\\)|\\*\\*[^*]+\\*\\*|\\*[^*]+\\*|`[^`]+`|\\[[^\\]]+\\]\\([^)\\s]+\\))/g;
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(pattern)) {
    const token = m[0];
    if (m.index! > last) out.push(text.slice(last, m.index));
    const k = `${key}-${i++}`;
    if (token.startsWith("![")) {
      const [, alt, src] = /^!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)$/.exec(token) ?? [];
      const safe = /^https:\\/\\/[^\\s"'<>]+$/.test(src ?? "");
      out.push(safe ? <img key={k} src={src} alt={alt} className="my-3 max-h-96 rounded-lg" loading="lazy" referrerPolicy="no-referrer" /> : alt);
    } else if (token.startsWith("**")) out.push(<strong key={k}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith("`")) out.push(<code key={k} className="rounded bg-slate-100 px-1 dark:bg-slate-800">{token.slice(1, -1)}</code>);
    else if (token.startsWith("[")) {
      const [, label, href] = /\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/.exec(token) ?? [];
      const safe = /^(https?:\\/\\/|\\/)/.test(href ?? "");
      out.push(safe ? <a key={k} className="link" href={href}>{label}</a> : label);
    } else out.push(<em key={k}>{token.slice(1, -1)}</em>);
    last = m.index! + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export default function Markdown({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\\r\\n/g, "\\n").split("\\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const key = `b${i}`;
    const heading = /^(#{1,3})\\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i++;
    } else if (heading) {
      const level = heading[1].length;
      const cls = level === 1 ? "text-2xl" : level === 2 ? "text-xl" : "text-lg";
      blocks.push(<h3 key={key} className={`${cls} mt-6 font-semibold`}>{inline(heading[2], key)}</h3>);
      i++;
    } else if (/^(-|\\*|\\d+\\.)\\s+/.test(line)) {
      const ordered = /^\\d+\\./.test(line);
      const items: ReactNode[] = [];
      while (i < lines.length && /^(-|\\*|\\d+\\.)\\s+/.test(lines[i])) {
        items.push(<li key={`${key}-${items.length}`}>{inline(lines[i].replace(/^(-|\\*|\\d+\\.)\\s+/, ""), `${key}-${items.length}`)}</li>);
        i++;
      }
      blocks.push(ordered ? <ol key={key} className="my-3 list-decimal pl-6">{items}</ol> : <ul key={key} className="my-3 list-disc pl-6">{items}</ul>);
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,3}\\s|-\\s|\\*\\s|\\d+\\.\\s)/.test(lines[i])) para.push(lines[i++]);
      blocks.push(<p key={key} className="my-3 leading-7">{inline(para.join(" "), key)}</p>);
    }
  }
  return <div>{blocks}</div>;
}
'''

BLOG_TYPES = '''export type Post = {
  id: string;
  author_id: string | null;
  slug: string;
  title: string;
  body: string;
  tags: string[];
  published: boolean;
  example: boolean;
  created_at: string;
  updated_at: string;
};

export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(body.split(/\\s+/).length / 200));
}
'''

BLOG_VALIDATION = '''import { z } from "zod";

export const PostInput = z.object({
  title: z.string().trim().min(1).max(160),
  body: z.string().trim().min(1).max(50000),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "whySlug").max(80).optional(),
  tags: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  published: z.boolean().default(true),
});

export const PostPatch = PostInput.partial().refine((v) => Object.keys(v).length > 0, "whyNothing");

export function slugify(title: string): string {
  return title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "post";
}
'''

BLOG_COLLECTION = '''import { NextResponse } from "next/server";
import { badRequest, notConfigured, requireUser } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { PostInput, slugify } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Published posts for everyone (RLS: published, or the author's own drafts). */
export async function GET() {
  if (!supabaseConfigured()) return notConfigured();
  const { data, error } = await createClient()
    .from("posts")
    .select("id,slug,title,tags,published,created_at,author_id")
    .order("created_at", { ascending: false });
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data);
}

/** Publish a post as the signed-in author; the slug comes from the title unless given. */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = PostInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const base = parsed.data.slug ?? slugify(parsed.data.title);
  for (const slug of [base, `${base}-${Date.now().toString(36)}`]) {
    const { data, error } = await session.supabase
      .from("posts")
      .insert({ ...parsed.data, slug, author_id: session.user.id })
      .select();
    if (!error) return NextResponse.json(data?.[0], { status: 201 });
    if (error.code === "42501") {
      return NextResponse.json({ error: "Only authors can publish here: ask the site's owner to add you." }, { status: 403 });
    }
    if (error.code !== "23505") return NextResponse.json({ error: error.message }, { status: 502 });
  }
  return NextResponse.json({ error: "That slug is taken" }, { status: 409 });
}
'''

BLOG_HOME = '''import Link from "next/link";
import Examples from "@/components/Examples";
import SetupNotice from "@/components/SetupNotice";
import { currentUser } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { readingMinutes, type Post } from "@/lib/types";
import { W, say } from "@/lib/words";

export const dynamic = "force-dynamic";

type Search = { q?: string; tag?: string };

/** Public: anyone can read published posts; search and tag filters run on the server. */
export default async function Home({ searchParams }: { searchParams: Search }) {
  if (!supabaseConfigured()) return <SetupNotice />;
  const { data, error } = await createClient().from("posts").select("*").eq("published", true).order("created_at", { ascending: false });
  const posts = (data ?? []) as Post[];
  const q = (searchParams.q ?? "").trim().toLowerCase();
  const tags = Array.from(new Set(posts.flatMap((p) => p.tags))).sort();
  const shown = posts
    .filter((p) => !searchParams.tag || p.tags.includes(searchParams.tag))
    .filter((p) => !q || p.title.toLowerCase().includes(q) || p.body.toLowerCase().includes(q));
  const session = await currentUser();
  const author = session ? (await session.supabase.rpc("is_author")).data === true : false;
  return (
    <section>
      <h1 className="text-3xl font-bold">@@HEADING@@</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">@@BLURB@@</p>
      <form className="mt-6 flex flex-wrap gap-2" role="search">
        <input className="input flex-1" type="search" name="q" defaultValue={searchParams.q} aria-label={W.searchPosts} placeholder={W.searchPosts} />
        <select className="input" name="tag" defaultValue={searchParams.tag ?? ""} aria-label={W.filterByTag}>
          <option value="">{W.allTags}</option>
          {tags.map((t) => <option key={t} value={t}>#{t}</option>)}
        </select>
        <button className="btn" type="submit">{W.search}</button>
      </form>
      {error && <p role="alert" className="mt-4 text-red-600">{W.couldNotLoad} {error.message}</p>}
      <Examples count={posts.filter((p) => p.example).length} one={W.examplePost} many={W.examplePosts} canRemove={author} who={W.anAuthor} endpoint="/api/posts/examples" />
      {shown.length === 0 ? (
        <p className="card mt-6 text-center text-slate-500">{author ? <>{W.noPostsYet} <Link className="link" href="/write">{W.writeFirst}</Link>.</> : W.authorsPublish}</p>
      ) : (
        <div className="mt-6 grid gap-4">
          {shown.map((p) => (
            <article key={p.id} className="card">
              <h2 className="text-xl font-semibold"><Link className="hover:underline" href={`/posts/${p.slug}`}>{p.title}</Link></h2>
              <p className="text-sm text-slate-500">{p.created_at.slice(0, 10)} · {say(W.minRead, { n: readingMinutes(p.body) })}{p.example && <span className="chip ml-2">{W.exampleChip}</span>}</p>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{p.body.replace(/[#*`>\\[\\]]/g, "").slice(0, 180)}</p>
              <p className="mt-2 flex gap-2">{p.tags.map((t) => <Link key={t} className="chip" href={`/?tag=${encodeURIComponent(t)}`}>#{t}</Link>)}</p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
'''

BLOG_POST = '''import Link from "next/link";
import { notFound } from "next/navigation";
import Markdown from "@/components/Markdown";
import { currentUser } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { readingMinutes, type Post } from "@/lib/types";
import { W, say } from "@/lib/words";

export const dynamic = "force-dynamic";

/** Public reading; the Edit link shows only to the author. */
export default async function PostPage({ params }: { params: { slug: string } }) {
  if (!supabaseConfigured()) notFound();
  const { data } = await createClient().from("posts").select("*").eq("slug", params.slug).limit(1);
  const post = (data ?? [])[0] as Post | undefined;
  if (!post) notFound();
  const session = await currentUser();
  return (
    <article className="mx-auto max-w-2xl">
      <p className="text-sm"><Link className="link" href="/">← {W.back}</Link></p>
      <h1 className="mt-4 text-4xl font-bold">{post.title}</h1>
      <p className="mt-2 text-sm text-slate-500">{post.created_at.slice(0, 10)} · {say(W.minRead, { n: readingMinutes(post.body) })} {post.tags.map((t) => `#${t}`).join(" ")}</p>
      {session?.user.id === post.author_id && (
        <p className="mt-2"><Link className="btn" href={`/posts/${post.slug}/edit`}>{W.editPost}</Link></p>
      )}
      <div className="mt-6"><Markdown text={post.body} /></div>
    </article>
  );
}
'''

BLOG_EDIT = '''import { notFound, redirect } from "next/navigation";
import PostEditor from "@/components/PostEditor";
import { currentUser } from "@/lib/auth";
import type { Post } from "@/lib/types";

export const dynamic = "force-dynamic";

/** Only the author may edit: anyone else gets a 404, as if the page did not exist. */
export default async function EditPost({ params }: { params: { slug: string } }) {
  const session = await currentUser();
  if (!session) redirect(`/login?next=/posts/${params.slug}/edit`);
  const { data } = await session.supabase.from("posts").select("*").eq("slug", params.slug).eq("author_id", session.user.id).limit(1);
  const post = (data ?? [])[0] as Post | undefined;
  if (!post) notFound();
  return <PostEditor post={post} />;
}
'''

BLOG_WRITE = '''import PostEditor from "@/components/PostEditor";

export default function WritePage() {
  return <PostEditor />;
}
'''

BLOG_EDITOR = '''"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import Markdown from "@/components/Markdown";
import type { Post } from "@/lib/types";
import { W, say } from "@/lib/words";

export default function PostEditor({ post }: { post?: Post }) {
  const router = useRouter();
  const [title, setTitle] = useState(post?.title ?? "");
  const [body, setBody] = useState(post?.body ?? "");
  const [tags, setTags] = useState(post?.tags.join(", ") ?? "");
  const [published, setPublished] = useState(post?.published ?? true);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const payload = { title, body, published, tags: tags.split(",").map((t) => t.trim()).filter(Boolean) };
    const res = post
      ? await fetch(`/api/posts/${post.id}`, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) })
      : await fetch("/api/posts", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      setError(res.status === 403 ? W.onlyAuthors : data.error ?? say(W.notSavedStatus, { status: res.status }));
      return;
    }
    router.push(`/posts/${data.slug}`);
    router.refresh();
  }

  async function remove() {
    if (!post || !confirm(say(W.confirmDelete, { what: post.title }))) return;
    const res = await fetch(`/api/posts/${post.id}`, { method: "DELETE" });
    if (res.ok) {
      router.push("/");
      router.refresh();
    }
  }

  return (
    <form onSubmit={save} className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold">{post ? W.editPost : W.newPost}</h1>
      <label className="grid gap-1 text-sm">{W.title}
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={160} />
      </label>
      <label className="grid gap-1 text-sm">{W.tagsLabel}
        <input className="input" value={tags} onChange={(e) => setTags(e.target.value)} placeholder={W.commaSeparated} />
      </label>
      <div className="flex gap-2">
        <button type="button" className={preview ? "btn" : "btn-primary"} onClick={() => setPreview(false)}>{W.navWrite}</button>
        <button type="button" className={preview ? "btn-primary" : "btn"} onClick={() => setPreview(true)}>{W.preview}</button>
      </div>
      {preview ? (
        <div className="card min-h-64"><Markdown text={body || W.nothingToPreview} /></div>
      ) : (
        <label className="grid gap-1 text-sm">{W.bodyMarkdown}
          <textarea className="input min-h-64 font-mono" value={body} onChange={(e) => setBody(e.target.value)} required />
          <span className="muted">{W.photoHint}</span>
        </label>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} /> {W.publishedLabel}
      </label>
      {error && <p role="alert" className="text-red-600">{error}</p>}
      <div className="flex gap-2">
        <button className="btn-primary" type="submit">{post ? W.saveChanges : W.publish}</button>
        {post && <button className="btn" type="button" onClick={remove}>{W.deletePost}</button>}
      </div>
    </form>
  );
}
'''


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def blog(spec: Spec) -> Files:
    p = spec.pack
    files = scaffold(spec, [("/", "navPosts"), ("/write", "navWrite")], ["/write"])
    w = words(spec.lang)
    heading = f"{p.noun.title()} stories" if p.noun and spec.lang == "en" else w["latestPosts"]
    sql = f"""-- {spec.name}: posts with slugs and markdown. Everyone reads published posts; only people
-- marked as authors write, and each edits and deletes only their own.
create extension if not exists pgcrypto;

{role_sql("is_author", "is_author", "Authors")}

create table if not exists public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid default auth.uid() references auth.users (id) on delete cascade,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (char_length(title) between 1 and 160),
  body text not null,
  tags text[] not null default '{{}}',
  published boolean not null default true,
  example boolean not null default false,  -- a sample post seed.sql adds (no author)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index if not exists posts_published_idx on public.posts (published, created_at desc);

alter table public.posts enable row level security;

create policy "posts: anyone reads published" on public.posts
  for select to anon, authenticated using (published or auth.uid() = author_id);
create policy "posts: authors insert their own" on public.posts
  for insert to authenticated with check (auth.uid() = author_id and public.is_author());
create policy "posts: authors update their own" on public.posts
  for update to authenticated using (auth.uid() = author_id)
  with check (auth.uid() = author_id and public.is_author());
create policy "posts: authors delete their own" on public.posts
  for delete to authenticated using (auth.uid() = author_id);
create policy "posts: authors remove the examples" on public.posts
  for delete to authenticated using (example and author_id is null and public.is_author());
"""
    posts = p.posts
    if spec.lang != "en" and (local := local_examples(spec)):
        posts = tuple((r["title"], str(r.get("tags") or "blog"), r.get("body") or r["title"])
                      for r in local if r.get("title"))
    seed_rows = ",\n".join(
        f"  ({_sql_text(_slug(title))}, {_sql_text(title)}, {_sql_text(body)}, "
        f"array[{', '.join(_sql_text(t) for t in tags.split(','))}], true, true)"
        for title, tags, body in posts)
    seed = ("-- Sample posts (no author: readable by everyone), marked example: the blog says so, and\n"
            "-- an author removes them in one click.\n"
            "insert into public.posts (slug, title, body, tags, published, example) values\n"
            f"{seed_rows}\non conflict (slug) do nothing;\n")
    files = _merge(files, **examples_files("posts", "an author"))
    return _merge(files, frontend={
        "app/page.tsx": fill(BLOG_HOME, HEADING=heading,
                             BLURB=f"{app_tagline(spec)}. {w['blogBlurb']}"),
        "app/posts/[slug]/page.tsx": BLOG_POST,
        "app/posts/[slug]/edit/page.tsx": BLOG_EDIT,
        "app/write/page.tsx": BLOG_WRITE,
        "components/PostEditor.tsx": BLOG_EDITOR,
        "components/Markdown.tsx": MARKDOWN,
        "README.md": readme(spec, "Markdown posts with slugs, tags and search; public reading, "
                                  "author-only editing.", ["profiles", "posts"],
                            extra="\n   `supabase/seed.sql`'s sample posts are marked "
                                  "`example`: the blog says so, and \"Remove the examples\" "
                                  "(shown to an author) deletes them.",
                            security_extra="- Only people marked as authors "
                                           "(`profiles.is_author`, set with SQL) publish; each "
                                           "edits only their own posts.\n"),
    }, backend={
        "lib/validation.ts": BLOG_VALIDATION,
        "app/api/posts/route.ts": BLOG_COLLECTION,
        "app/api/posts/[id]/route.ts": item_route("PostPatch", "posts", "author_id"),
    }, database={
        "supabase/migrations/001_posts.sql": sql,
        "supabase/seed.sql": seed,
        "lib/types.ts": BLOG_TYPES,
    })


def _slug(title: str) -> str:
    """A post's address from its title, accents dropped ("Recettes françaises":
    recettes-francaises)."""
    from devora_desktop.agents.templates.shapes import slug

    return slug(title).replace("_", "-")[:60].strip("-") or "post"


# ---------------------------------------------------------------------------------- dashboard
DASH_VALIDATION = '''import { z } from "zod";

export const RecordInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().email().max(320).nullable().optional(),
  plan: z.enum(@@PLANS@@),
  mrr: z.number().finite().min(0).max(1000000),
  status: z.enum(["active", "churned"]).default("active"),
  joined_on: z
    .string()
    .regex(/^\\d{4}-\\d{2}-\\d{2}$/, "whyDate")
    .default(() => new Date().toISOString().slice(0, 10)),
  example: z.boolean().default(false),  // "Load sample" marks its rows: the page says so
});

export const RecordPatch = RecordInput.partial().refine((v) => Object.keys(v).length > 0, "whyNothing");
'''

DASH_TYPES = '''export type Row = {
  id: string;
  owner_id: string;
  name: string;
  email: string | null;
  plan: string;
  mrr: number;
  status: "active" | "churned";
  joined_on: string;
  example: boolean;
  created_at: string;
};

export const PLANS: { name: string; price: number }[] = @@PLANS@@;
export const TABLE = "@@TABLE@@";
'''

DASH_STATS = '''import type { Row } from "@/lib/types";

export type Stats = {
  active: number;
  mrr: number;
  arpu: number;
  churnRate: number;
  newThisMonth: number;
  byMonth: { month: string; signups: number }[];
  byPlan: { plan: string; count: number; mrr: number }[];
};

/** Every figure on the dashboard, computed from the rows the signed-in user can see. */
export function computeStats(rows: Row[], now = new Date()): Stats {
  const active = rows.filter((r) => r.status === "active");
  const mrr = active.reduce((sum, r) => sum + Number(r.mrr), 0);
  const thisMonth = now.toISOString().slice(0, 7);
  const months = Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5 + i, 1));
    return d.toISOString().slice(0, 7);
  });
  const plans = Array.from(new Set(rows.map((r) => r.plan)));
  return {
    active: active.length,
    mrr,
    arpu: active.length ? mrr / active.length : 0,
    churnRate: rows.length ? (rows.length - active.length) / rows.length : 0,
    newThisMonth: rows.filter((r) => (r.joined_on ?? "").startsWith(thisMonth)).length,
    byMonth: months.map((month) => ({ month, signups: rows.filter((r) => (r.joined_on ?? "").startsWith(month)).length })),
    byPlan: plans.map((plan) => {
      const inPlan = active.filter((r) => r.plan === plan);
      return { plan, count: inPlan.length, mrr: inPlan.reduce((s, r) => s + Number(r.mrr), 0) };
    }),
  };
}
'''

DASH_STATS_ROUTE = '''import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";
import { computeStats } from "@/lib/stats";
import { TABLE, type Row } from "@/lib/types";

export const dynamic = "force-dynamic";

/** KPIs and chart series for the signed-in user, computed from their rows. */
export async function GET() {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const { data, error } = await session.supabase.from(TABLE).select("*");
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(computeStats((data ?? []) as Row[]));
}
'''

DASH_PAGE = '''import { redirect } from "next/navigation";
import Examples from "@/components/Examples";
import RecordForm from "@/components/RecordForm";
import SetupNotice from "@/components/SetupNotice";
import { currentUser } from "@/lib/auth";
import { computeStats } from "@/lib/stats";
import { supabaseConfigured } from "@/lib/supabase/server";
import { PLANS, TABLE, type Row } from "@/lib/types";
import { CURRENCY, LOCALE, W, say } from "@/lib/words";

export const dynamic = "force-dynamic";

const capital = (text: string) => text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);

const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, maximumFractionDigits: 0 });
/** What the rows are, one and many ("member", "members"). */
const SINGULAR = @@SINGULAR_JS@@;
const PLURAL = @@PLURAL_JS@@;

function Bars({ data, label }: { data: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const w = 360 / Math.max(1, data.length);
  return (
    <svg viewBox="0 0 360 170" role="img" aria-label={label} className="h-44 w-full">
      {data.map((d, i) => {
        const h = (d.value / max) * 105;
        return (
          <g key={d.label}>
            <rect x={i * w + 8} y={138 - h} width={w - 16} height={h} rx="4" fill="var(--accent)" />
            <text x={i * w + w / 2} y={131 - h} textAnchor="middle" fontSize="11" fill="currentColor">{d.value}</text>
            <text x={i * w + w / 2} y={155} textAnchor="middle" fontSize="11" fill="currentColor">{d.label}</text>
          </g>
        );
      })}
    </svg>
  );
}

export default async function Dashboard({ searchParams }: { searchParams: { q?: string; plan?: string; status?: string } }) {
  if (!supabaseConfigured()) return <SetupNotice />;
  const session = await currentUser();
  if (!session) redirect("/login?next=/");
  const { data, error } = await session.supabase.from(TABLE).select("*").order("joined_on", { ascending: false });
  const rows = (data ?? []) as Row[];
  const stats = computeStats(rows);
  const q = (searchParams.q ?? "").trim().toLowerCase();
  const shown = rows
    .filter((r) => !q || r.name.toLowerCase().includes(q) || (r.email ?? "").toLowerCase().includes(q))
    .filter((r) => !searchParams.plan || r.plan === searchParams.plan)
    .filter((r) => !searchParams.status || r.status === searchParams.status);
  const kpis = [
    [capital(say(W.kpiActive, { plural: PLURAL })), String(stats.active)],  // "Abonnés actifs"
    [W.kpiMrr, money.format(stats.mrr)],
    [say(W.kpiArpu, { singular: SINGULAR }), money.format(stats.arpu)],
    [W.kpiChurn, `${(stats.churnRate * 100).toFixed(1)}%`],
    [W.kpiNew, String(stats.newThisMonth)],
  ];
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">@@HEADING@@</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">@@BLURB@@</p>
      </div>
      {error && <p role="alert" className="text-red-600">{W.couldNotLoad} {error.message}</p>}
      <Examples count={rows.filter((r) => r.example).length} one={say(W.exampleMember, { singular: SINGULAR })} many={say(W.exampleMembers, { plural: PLURAL })} canRemove who={W.you} endpoint={`/api/${TABLE}/examples`} />
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5" aria-label={W.keyFigures}>
        {kpis.map(([label, value]) => (
          <div key={label} className="card kpi"><p className="text-sm text-slate-500">{label}</p><p className="text-2xl font-bold">{value}</p></div>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="card"><h2 className="font-semibold">{say(W.newPerMonth, { plural: PLURAL })}</h2>
          <Bars label={say(W.newPerMonth, { plural: PLURAL })} data={stats.byMonth.map((m) => ({ label: m.month.slice(5), value: m.signups }))} /></div>
        <div className="card"><h2 className="font-semibold">{W.mrrByPlan}</h2>
          <Bars label={W.mrrByPlan} data={stats.byPlan.map((p) => ({ label: p.plan, value: Math.round(p.mrr) }))} /></div>
      </div>
      <div className="card space-y-3">
        <form className="flex flex-wrap gap-2" role="search">
          <input className="input flex-1" type="search" name="q" defaultValue={searchParams.q} placeholder={say(W.searchWhat, { plural: PLURAL })} aria-label={say(W.searchWhat, { plural: PLURAL })} />
          <select className="input" name="plan" defaultValue={searchParams.plan ?? ""} aria-label={W.filterByPlan}>
            <option value="">{W.allPlans}</option>
            {PLANS.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
          </select>
          <select className="input" name="status" defaultValue={searchParams.status ?? ""} aria-label={W.filterByStatus}>
            <option value="">{W.anyStatus}</option><option value="active">{W.active}</option><option value="churned">{W.churned}</option>
          </select>
          <button className="btn" type="submit">{W.filterBtn}</button>
        </form>
        <table className="w-full text-left text-sm">
          <thead><tr className="border-b border-slate-200 dark:border-slate-800"><th className="py-2">{W.name}</th><th>{W.plan}</th><th>{W.kpiMrr}</th><th>{W.status}</th><th>{W.joined}</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2 font-medium">{r.name}{r.example && <span className="chip ml-2">{W.exampleChip}</span>}</td><td>{r.plan}</td><td>{money.format(Number(r.mrr))}</td>
                <td><span className="chip">{r.status === "churned" ? W.churned : W.active}</span></td><td>{r.joined_on}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="text-center text-slate-500">{say(W.noMembers, { singular: SINGULAR, plural: PLURAL })}</p>}
      </div>
      <RecordForm empty={rows.length === 0} />
    </section>
  );
}
'''

DASH_FORM = '''"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { PLANS, TABLE } from "@/lib/types";
import { CURRENCY, LOCALE, W, say } from "@/lib/words";

const SAMPLE_NAMES = @@NAMES@@;
const SINGULAR = @@SINGULAR_JS@@;
const PLURAL = @@PLURAL_JS@@;
const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, maximumFractionDigits: 0 });

export default function RecordForm({ empty }: { empty: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [plan, setPlan] = useState(PLANS[0].name);
  const [error, setError] = useState<string | null>(null);

  async function post(body: object) {
    const res = await fetch(`/api/${TABLE}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) setError((await res.json().catch(() => ({}))).error ?? say(W.notSavedStatus, { status: res.status }));
    return res.ok;
  }

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const price = PLANS.find((p) => p.name === plan)?.price ?? 0;
    if (await post({ name, plan, mrr: price })) {
      setName("");
      router.refresh();
    }
  }

  async function loadSamples() {
    const now = new Date();
    for (const [i, sample] of SAMPLE_NAMES.entries()) {
      const p = PLANS[i % PLANS.length];
      // six months back, never a day still to come ("joined 16 December" on the 6th)
      const joined = new Date(Math.min(now.getTime(), Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (i % 6), 1 + ((i * 7) % 27))));
      await post({ name: sample, plan: p.name, mrr: p.price, status: i % 7 === 6 ? "churned" : "active", joined_on: joined.toISOString().slice(0, 10), example: true });
    }
    router.refresh();
  }

  return (
    <form onSubmit={add} className="card flex flex-wrap items-end gap-3" aria-label={say(W.addWhat, { singular: SINGULAR })}>
      <label className="grid flex-1 gap-1 text-sm">{W.name}
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
      </label>
      <label className="grid gap-1 text-sm">{W.plan}
        <select className="input" value={plan} onChange={(e) => setPlan(e.target.value)}>
          {PLANS.map((p) => <option key={p.name} value={p.name}>{`${p.name} (${say(W.perMonth, { price: money.format(p.price) })})`}</option>)}
        </select>
      </label>
      <button className="btn-primary" type="submit">{say(W.addWhat, { singular: SINGULAR })}</button>
      {empty && <button className="btn" type="button" onClick={loadSamples}>{say(W.loadSamples, { plural: PLURAL })}</button>}
      {error && <p role="alert" className="w-full text-red-600">{error}</p>}
    </form>
  );
}
'''

def dashboard(spec: Spec) -> Files:
    p = spec.pack
    singular, plural = p.member
    table = plural.replace(" ", "_")
    files = scaffold(spec, [("/", "navOverview")], ["/"])
    plans = [{"name": n, "price": price} for n, price in p.plans]
    w = words(spec.lang)
    heading = f"{p.noun.title()} dashboard" if p.noun and spec.lang == "en" else w["atAGlance"]
    # the packs' nouns are English: another language says the prompt's own ("abonnés"), else
    # its "customers"
    shown = (singular, plural) if spec.lang == "en" else (
        people_noun(spec.prompt, spec.lang) or (w["member"], w["members"]))
    sql = f"""-- {spec.name}: {plural} with plans and monthly revenue; each account sees only its own.
create extension if not exists pgcrypto;

create table if not exists public.{table} (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 120),
  email text,
  plan text not null,
  mrr numeric(12,2) not null default 0 check (mrr >= 0),
  status text not null default 'active' check (status in ('active', 'churned')),
  joined_on date not null default current_date,
  example boolean not null default false,  -- a sample row the page added ("Load sample")
  created_at timestamptz not null default now()
);

create index if not exists {table}_owner_joined_idx on public.{table} (owner_id, joined_on desc);

{own_rows_sql(table)}"""
    nouns = dict(SINGULAR_JS=js(shown[0]), PLURAL_JS=js(shown[1]))
    files = _merge(files, **examples_files(table, "their owner"))
    return _merge(files, frontend={
        "app/page.tsx": fill(DASH_PAGE, HEADING=heading, **nouns,
                             BLURB=f"{app_tagline(spec)}. "
                                   + w["dashBlurb"].format(plural=shown[1])),
        "components/RecordForm.tsx": fill(DASH_FORM, NAMES=js(list(i18n.pick(SAMPLE_PEOPLE,
                                                                          spec.lang))), **nouns),
        "README.md": readme(spec, f"KPIs and charts computed from your {plural}.", [table]),
    }, backend={
        "lib/validation.ts": fill(DASH_VALIDATION, PLANS=js([n for n, _ in p.plans])),
        "lib/stats.ts": DASH_STATS,
        f"app/api/{table}/route.ts": fill(COLLECTION_ROUTE, INPUT="RecordInput", TABLE=table,
                                          ORDER="joined_on", OWNER="owner_id"),
        f"app/api/{table}/[id]/route.ts": item_route("RecordPatch", table, "owner_id"),
        "app/api/stats/route.ts": DASH_STATS_ROUTE,
    }, database={
        f"supabase/migrations/001_{table}.sql": sql,
        "lib/types.ts": fill(DASH_TYPES, PLANS=js(plans), TABLE=table),
    })


# ------------------------------------------------------------------------------- examples
# A catalogue's sample rows (a store's products, a blog's posts) are seeded marked "example":
# the page says they are examples, shows each as one, and whoever manages the catalogue removes
# them in one click (an edited example becomes theirs); everyone else is told who can.
EXAMPLES_NOTE = '''import RemoveExamples from "@/components/RemoveExamples";
import { W, say } from "@/lib/words";

/** ``one``: the text for one example; ``many``: for {n} of them. */
type Props = { count: number; one: string; many: string; canRemove: boolean; who: string; endpoint: string };

/** Says how many of the rows shown are examples, and who removes them (the button, for them). */
export default function Examples({ count, one, many, canRemove, who, endpoint }: Props) {
  if (count === 0) return null;
  const said = count === 1 ? one : say(many, { n: count });
  return (
    <div id="examples" role="note" className="card mt-4 flex flex-wrap items-center justify-between gap-2">
      <span>{said}</span>
      {canRemove ? <RemoveExamples endpoint={endpoint} /> : <span className="text-sm text-slate-500">{say(W.onlyWho, { who })}</span>}
    </div>
  );
}
'''

REMOVE_EXAMPLES = '''"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { W, say } from "@/lib/words";

/** Deletes every example row through the API (RLS lets only the catalogue's manager). */
export default function RemoveExamples({ endpoint }: { endpoint: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  async function remove() {
    const res = await fetch(endpoint, { method: "DELETE" });
    if (res.status === 401) {
      window.location.href = "/login?next=/";
      return;
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      setStatus(data.error ?? say(W.notRemoved, { status: res.status }));
      return;
    }
    setStatus(W.examplesGone);
    router.refresh();
  }
  return (
    <span className="flex items-center gap-2">
      <button type="button" id="remove-examples" className="btn" onClick={remove}>{W.removeExamples}</button>
      {status && <span role="status" className="text-sm text-slate-500">{status}</span>}
    </span>
  );
}
'''

EXAMPLES_ROUTE = '''import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";

/** Remove the sample @@TABLE@@ (seeded with example = true); RLS lets only @@WHO@@ delete. */
export async function DELETE() {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const { data, error } = await session.supabase.from("@@TABLE@@").delete().eq("example", true).select("id");
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  if (!data?.length) return NextResponse.json({ error: "Only @@WHO@@ can remove the examples." }, { status: 403 });
  return NextResponse.json({ removed: data.length });
}
'''


def examples_files(table: str, who: str) -> dict[str, dict[str, str]]:
    """The banner, its button and the route that removes ``table``'s example rows."""
    return {"frontend": {"components/Examples.tsx": EXAMPLES_NOTE,
                         "components/RemoveExamples.tsx": REMOVE_EXAMPLES},
            "backend": {f"app/api/{table}/examples/route.ts": fill(EXAMPLES_ROUTE, TABLE=table,
                                                                   WHO=who)}}


# ---------------------------------------------------------------------------------- store
STORE_TYPES = '''export type Product = {
  id: string;
  name: string;
  description: string;
  price: number | null;  // null: named in the prompt with no price yet, not for sale
  category: string;
  emoji: string;
  image_url: string;  // "" or an https:// picture the shop owner gave
  rating: number;
  stock: number;
  example: boolean;
};

export type Order = {
  id: string;
  status: "pending" | "paid" | "placed" | "cancelled";
  total: number;
  email: string | null;
  created_at: string;
  order_items: { name: string; quantity: number; unit_price: number }[];
};
'''

STORE_VALIDATION = '''import { z } from "zod";

export const ProductInput = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).default(""),
  price: z.number().finite().min(0).max(100000),
  category: z.string().trim().min(1).max(60),
  emoji: z.string().max(16).default("🛍️"),
  // a picture on another site, shown as <img src>: https only (no javascript:, data: or http:)
  image_url: z.union([z.literal(""), z.string().trim().max(2000).url().regex(/^https:\\/\\/[^\\s"'<>]+$/, "whyHttps")]).default(""),
  stock: z.number().int().min(0).max(1000000).default(0),
});

export const ProductPatch = ProductInput.partial().refine((v) => Object.keys(v).length > 0, "whyNothing");

/** products.rating is the average of the ratings table, kept by the database: not an input. */
export const RatingInput = z.object({
  product_id: z.string().uuid(),
  stars: z.number().int().min(1).max(5),
});

export const CheckoutInput = z.object({
  items: z.array(z.object({ product_id: z.string().uuid(), quantity: z.number().int().min(1).max(99) })).min(1).max(50),
});
'''

STORE_PRODUCTS_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, notConfigured, requireUser } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { ProductInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** The catalogue is public (RLS: products are readable by anyone). */
export async function GET() {
  if (!supabaseConfigured()) return notConfigured();
  const { data, error } = await createClient().from("products").select("*").order("name", { ascending: true });
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data);
}

/** The shop owner adds a product (RLS refuses everyone else: 403). */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = ProductInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { data, error } = await session.supabase.from("products").insert({ ...parsed.data, owner_id: session.user.id }).select();
  if (error?.code === "42501") return NextResponse.json({ error: "Only the shop owner adds products." }, { status: 403 });
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data?.[0], { status: 201 });
}
'''

STRIPE = '''import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { CURRENCY } from "@/lib/words";

/**
 * Stripe Checkout over its REST API (no SDK): used only by the checkout route, on the server,
 * after the user is signed in. STRIPE_SECRET_KEY never leaves the server.
 */
export function stripeEnabled(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY);
}

/**
 * The event in a Stripe webhook request, or null when its Stripe-Signature header is not a
 * valid HMAC-SHA256 of "timestamp.payload" with STRIPE_WEBHOOK_SECRET, or is older than 5
 * minutes (a replay).
 */
export function verifyStripeSignature(payload: string, header: string | null, secret: string | undefined): any | null {
  if (!header || !secret) return null;
  const fields = header.split(",").map((kv) => kv.split("=", 2) as [string, string]);
  const timestamp = Number(fields.find(([k]) => k === "t")?.[1]);
  const signatures = fields.filter(([k]) => k === "v1").map(([, v]) => v);
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return null;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex"));
  const valid = signatures.some((sig) => {
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!valid) return null;
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}

export async function createCheckoutSession(args: {
  orderId: string;
  email: string | undefined;
  origin: string;
  lines: { name: string; unit_price: number; quantity: number }[];
}): Promise<{ id: string; url: string }> {
  const form = new URLSearchParams();
  form.set("mode", "payment");
  form.set("success_url", `${args.origin}/orders?order=${args.orderId}`);
  form.set("cancel_url", `${args.origin}/cart`);
  form.set("client_reference_id", args.orderId);
  if (args.email) form.set("customer_email", args.email);
  args.lines.forEach((line, i) => {
    form.set(`line_items[${i}][quantity]`, String(line.quantity));
    form.set(`line_items[${i}][price_data][currency]`, CURRENCY.toLowerCase());
    form.set(`line_items[${i}][price_data][unit_amount]`, String(Math.round(line.unit_price * 100)));
    form.set(`line_items[${i}][price_data][product_data][name]`, line.name);
  });
  const base = process.env.STRIPE_API_BASE ?? "https://api.stripe.com";
  const res = await fetch(`${base}/v1/checkout/sessions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
    cache: "no-store",
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data?.error?.message ?? `Stripe answered ${res.status}`);
  return { id: data.id, url: data.url };
}
'''

CHECKOUT_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { createCheckoutSession, stripeEnabled } from "@/lib/stripe";
import type { Product } from "@/lib/types";
import { CheckoutInput } from "@/lib/validation";
import { W, say } from "@/lib/words";

/**
 * Turn the cart into an order for the signed-in user. Prices come from the database, never from
 * the browser. With STRIPE_SECRET_KEY set the answer is a Stripe Checkout URL; without it the
 * order is recorded as "placed" (pay on pick-up).
 */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = CheckoutInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const ids = parsed.data.items.map((i) => i.product_id);
  const { data: found, error } = await session.supabase.from("products").select("*").in("id", ids);
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  const products = new Map((found as Product[]).map((p) => [p.id, p]));
  const lines = parsed.data.items.map((i) => {
    const p = products.get(i.product_id);
    return p ? { product_id: p.id, name: p.name, unit_price: Number(p.price), quantity: i.quantity } : null;
  });
  if (lines.some((l) => l === null)) return NextResponse.json({ error: W.productGone }, { status: 400 });
  const unpriced = parsed.data.items.map((i) => products.get(i.product_id)).find((p) => p && p.price === null);
  if (unpriced) return NextResponse.json({ error: say(W.noPriceYet, { name: unpriced.name }) }, { status: 400 });
  const items = lines.filter((l): l is NonNullable<typeof l> => l !== null);
  const total = items.reduce((sum, l) => sum + l.unit_price * l.quantity, 0);
  const { data: orders, error: orderError } = await session.supabase
    .from("orders")
    .insert({ user_id: session.user.id, email: session.user.email, total, status: stripeEnabled() ? "pending" : "placed" })
    .select();
  const order = orders?.[0];
  if (orderError || !order) return NextResponse.json({ error: orderError?.message ?? "Could not create the order" }, { status: 502 });
  const { error: itemsError } = await session.supabase.from("order_items").insert(items.map((l) => ({ ...l, order_id: order.id })));
  if (itemsError) return NextResponse.json({ error: itemsError.message }, { status: 502 });
  if (!stripeEnabled()) return NextResponse.json({ order_id: order.id, url: `/orders?order=${order.id}` }, { status: 201 });
  try {
    const checkout = await createCheckoutSession({ orderId: order.id, email: session.user.email, origin: new URL(request.url).origin, lines: items });
    return NextResponse.json({ order_id: order.id, url: checkout.url }, { status: 201 });
  } catch (e) {
    return NextResponse.json({ error: `Payment could not start: ${(e as Error).message}` }, { status: 502 });
  }
}
'''

ADMIN_CLIENT = '''import "server-only";
import { createClient } from "@supabase/supabase-js";

/**
 * The service-role client: it bypasses row-level security. Only the Stripe webhook route uses
 * it (it acts for Stripe, not for a signed-in person, and only after the signature checks out).
 */
export function createAdminClient() {
  return createClient(process.env.SUPABASE_URL ?? "", process.env.SUPABASE_SERVICE_ROLE_KEY ?? "", {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}
'''

STRIPE_WEBHOOK = '''import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { verifyStripeSignature } from "@/lib/stripe";

/**
 * Stripe says a Checkout Session finished. The one place an order becomes "paid": after the
 * signature over the raw body checks out, and only when Stripe was paid the order's total.
 */
export async function POST(request: Request) {
  const payload = await request.text();
  const event = verifyStripeSignature(payload, request.headers.get("stripe-signature"), process.env.STRIPE_WEBHOOK_SECRET);
  if (!event) return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  if (event.type !== "checkout.session.completed") return NextResponse.json({ received: true });
  const checkout = event.data?.object ?? {};
  const admin = createAdminClient();
  const { data: order } = await admin.from("orders").select("id,total,status").eq("id", String(checkout.client_reference_id ?? "")).maybeSingle();
  if (order && order.status === "pending" && checkout.payment_status === "paid" && checkout.amount_total === Math.round(Number(order.total) * 100)) {
    await admin.from("orders").update({ status: "paid", stripe_session_id: String(checkout.id) }).eq("id", order.id);
  }
  return NextResponse.json({ received: true });
}
'''

ORDERS_ROUTE = '''import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";

export const dynamic = "force-dynamic";

/** The signed-in user's orders with their items (RLS: own orders only). */
export async function GET() {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const { data, error } = await session.supabase.from("orders").select("*").order("created_at", { ascending: false });
  if (error) return NextResponse.json({ error: error.message }, { status: 502 });
  return NextResponse.json(data);
}
'''

RATINGS_ROUTE = '''import { NextResponse } from "next/server";
import { badRequest, requireUser } from "@/lib/auth";
import { RatingInput } from "@/lib/validation";

/**
 * Rate a product as the signed-in person: one row per person and product (rating again
 * replaces it); the product's average is kept by the database.
 */
export async function POST(request: Request) {
  const session = await requireUser();
  if (session instanceof NextResponse) return session;
  const parsed = RatingInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { error } = await session.supabase
    .from("ratings")
    .upsert({ ...parsed.data, user_id: session.user.id }, { onConflict: "product_id,user_id" });
  if (error) return NextResponse.json({ error: "Could not save your rating." }, { status: 502 });
  return new NextResponse(null, { status: 204 });
}
'''

RATE_PRODUCT = '''"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { W, say } from "@/lib/words";

/** Five stars to rate a product; a signed-out visitor is sent to sign in first. */
export default function RateProduct({ productId, name }: { productId: string; name: string }) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  async function rate(stars: number) {
    const res = await fetch("/api/ratings", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ product_id: productId, stars }),
    });
    if (res.status === 401) {
      window.location.href = "/login?next=/";
      return;
    }
    setStatus(res.ok ? W.thanksRating : W.ratingFailed);
    if (res.ok) router.refresh();
  }
  return (
    <div className="flex items-center gap-1 text-sm" role="group" aria-label={say(W.rateName, { name })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button key={n} type="button" className="text-amber-500 hover:scale-110" aria-label={say(W.outOfFive, { n })} onClick={() => rate(n)}>
          ★
        </button>
      ))}
      {status && <span role="status" className="ml-2 text-slate-500">{status}</span>}
    </div>
  );
}
'''

STORE_HOME = '''import Link from "next/link";
import SetupNotice from "@/components/SetupNotice";
import AddToCart from "@/components/AddToCart";
import Examples from "@/components/Examples";
import RateProduct from "@/components/RateProduct";
import { currentUser } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import type { Product } from "@/lib/types";
import { CURRENCY, LOCALE, W, say } from "@/lib/words";

export const dynamic = "force-dynamic";

const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY });

function Stars({ rating }: { rating: number }) {
  const full = Math.round(rating);
  return (
    <span className="text-amber-500" aria-label={say(W.rated, { rating })}>
      {"★".repeat(full)}{"☆".repeat(5 - full)} <span className="text-sm text-slate-500">{Number(rating).toFixed(1)}</span>
    </span>
  );
}

/** The public catalogue: search, category and sort run on the server from the query string. */
export default async function Catalogue({ searchParams }: { searchParams: { q?: string; category?: string; sort?: string } }) {
  if (!supabaseConfigured()) return <SetupNotice />;
  const { data, error } = await createClient().from("products").select("*").order("name", { ascending: true });
  const products = (data ?? []) as Product[];
  const categories = Array.from(new Set(products.map((p) => p.category))).sort();
  const q = (searchParams.q ?? "").trim().toLowerCase();
  const shown = products
    .filter((p) => !searchParams.category || p.category === searchParams.category)
    .filter((p) => !q || p.name.toLowerCase().includes(q) || p.description.toLowerCase().includes(q))
    .sort((a, b) => (searchParams.sort === "price" ? (a.price ?? Infinity) - (b.price ?? Infinity) : searchParams.sort === "rating" ? b.rating - a.rating : 0));
  const session = await currentUser();
  const owner = session ? (await session.supabase.rpc("is_shop_owner")).data === true : false;
  return (
    <section>
      <h1 className="text-3xl font-bold">@@HEADING@@</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">@@BLURB@@</p>
      {owner && <p className="mt-3"><Link className="btn" href="/admin/products">{W.manageProducts}</Link></p>}
      <form className="mt-6 flex flex-wrap gap-2" role="search">
        <input className="input flex-1" type="search" name="q" defaultValue={searchParams.q} placeholder={W.searchProducts} aria-label={W.searchProducts} />
        <select className="input" name="category" defaultValue={searchParams.category ?? ""} aria-label={W.category}>
          <option value="">{W.allCategories}</option>
          {categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <select className="input" name="sort" defaultValue={searchParams.sort ?? ""} aria-label={W.sortBy}>
          <option value="">{W.sortName}</option><option value="price">{W.sortPrice}</option><option value="rating">{W.sortRating}</option>
        </select>
        <button className="btn" type="submit">{W.filterBtn}</button>
      </form>
      {error && <p role="alert" className="mt-4 text-red-600">{W.catalogueFailed} {error.message}</p>}
      <Examples count={products.filter((p) => p.example).length} one={W.exampleProduct} many={W.exampleProducts} canRemove={owner} who={W.theShopOwner} endpoint="/api/products/examples" />
      {products.length === 0 && !error && <p className="card mt-6 text-center text-slate-500">{W.noProducts}</p>}
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((p) => (
          <article key={p.id} className="card flex flex-col gap-2">
            {p.image_url ? (
              // eslint-disable-next-line @next/next/no-img-element -- a picture on the shop owner's own host
              <img src={p.image_url} alt="" className="h-28 w-full rounded-lg object-cover" loading="lazy" referrerPolicy="no-referrer" />
            ) : (
              <div className="flex h-28 items-center justify-center rounded-lg bg-slate-100 text-5xl dark:bg-slate-800" aria-hidden="true">{p.emoji}</div>
            )}
            <p className="text-xs uppercase tracking-wide text-slate-500">{p.category}{p.example && <span className="chip ml-2 normal-case">{W.exampleChip}</span>}</p>
            <h2 className="text-lg font-semibold">{p.name}</h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">{p.description}</p>
            <Stars rating={p.rating} />
            <RateProduct productId={p.id} name={p.name} />
            <div className="mt-auto flex items-center justify-between">
              {p.price === null ? (
                <span className="text-sm text-slate-500">{W.notForSale}</span>
              ) : (
                <>
                  <span className="text-lg font-bold">{money.format(p.price)}</span>
                  <AddToCart product={{ id: p.id, name: p.name, price: Number(p.price), emoji: p.emoji }} />
                </>
              )}
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
'''

OWNER_PAGE = '''import { notFound, redirect } from "next/navigation";
import ProductManager from "@/components/ProductManager";
import SetupNotice from "@/components/SetupNotice";
import { currentUser } from "@/lib/auth";
import { supabaseConfigured } from "@/lib/supabase/server";
import type { Product } from "@/lib/types";
import { W } from "@/lib/words";

export const dynamic = "force-dynamic";

/**
 * The shop owner's page: add products and change their price, name, description and picture.
 * Anyone else gets a 404, as if it did not exist; the guard that counts is row-level security
 * (products: only is_shop_owner() inserts, updates and deletes), this check only hides the page.
 */
export default async function OwnerProducts() {
  if (!supabaseConfigured()) return <SetupNotice />;
  const session = await currentUser();
  if (!session) redirect("/login?next=/admin/products");
  const owner = (await session.supabase.rpc("is_shop_owner")).data === true;
  if (!owner) notFound();
  const { data, error } = await session.supabase.from("products").select("*").order("name", { ascending: true });
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold">{W.yourProducts}</h1>
      <p className="text-slate-600 dark:text-slate-400">{W.ownerOnlyNote}</p>
      {error ? <p role="alert" className="text-red-600">{W.couldNotLoad} {error.message}</p> : <ProductManager initial={(data ?? []) as Product[]} />}
    </section>
  );
}
'''

PRODUCT_MANAGER = '''"use client";

import { useState } from "react";
import type { Product } from "@/lib/types";
import { CURRENCY, LOCALE, W, say } from "@/lib/words";

const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY });
const HTTPS = /^https:\\/\\/[^\\s"'<>]+$/;

type Draft = { name: string; price: string; description: string; image_url: string; category: string; emoji: string };

function draftOf(p?: Product): Draft {
  return {
    name: p?.name ?? "",
    price: p?.price === null || p?.price === undefined ? "" : String(p.price),
    description: p?.description ?? "",
    image_url: p?.image_url ?? "",
    category: p?.category ?? "",
    emoji: p?.emoji ?? "🛍️",
  };
}

/** The form for one product (a new one when ``product`` is undefined), open until saved or
 * cancelled. */
function ProductForm({ product, onSaved, onCancel }: { product?: Product; onSaved: (p: Product) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<Draft>(draftOf(product));
  const [status, setStatus] = useState<string | null>(null);
  const set = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft({ ...draft, [key]: e.target.value });

  async function answer(res: Response, done: string): Promise<Product | null> {
    const data = await res.json().catch(() => ({}));
    if (res.ok) {
      setStatus(say(done, { name: data.name ?? draft.name }));
      return data as Product;
    }
    setStatus(res.status === 403 || res.status === 404 ? W.ownerOnly : data.error ?? say(W.notSavedStatus, { status: res.status }));
    return null;
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (draft.image_url && !HTTPS.test(draft.image_url)) {
      setStatus(W.badImage);
      return;
    }
    const body = { name: draft.name, description: draft.description, image_url: draft.image_url.trim(), category: draft.category, emoji: draft.emoji || "🛍️", ...(draft.price === "" ? {} : { price: Number(draft.price) }) };
    const res = await fetch(product ? `/api/products/${product.id}` : "/api/products", {
      method: product ? "PATCH" : "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const saved = await answer(res, product ? W.productSaved : W.productAdded);
    if (saved) onSaved(saved);
  }

  return (
    <form onSubmit={save} className={`grid gap-3 sm:grid-cols-2 ${product ? "" : "card"}`} aria-label={product ? say(W.editWhat, { what: product.name }) : W.addProduct}>
      <h2 className="text-lg font-semibold sm:col-span-2">{product ? say(W.editWhat, { what: product.name }) : W.addProduct}</h2>
      <label className="grid gap-1 text-sm">{W.name}
        <input className="input" value={draft.name} onChange={set("name")} required maxLength={120} />
      </label>
      <label className="grid gap-1 text-sm">{W.price}
        <input className="input" type="number" min={0} max={100000} step="0.01" value={draft.price} onChange={set("price")} required={!product} placeholder={W.noPriceHint} />
      </label>
      <label className="grid gap-1 text-sm sm:col-span-2">{W.description}
        <textarea className="input" value={draft.description} onChange={set("description")} maxLength={2000} rows={2} />
      </label>
      <label className="grid gap-1 text-sm">{W.imageUrl}
        <input className="input" type="url" value={draft.image_url} onChange={set("image_url")} maxLength={2000} inputMode="url" />
      </label>
      <label className="grid gap-1 text-sm">{W.category}
        <input className="input" value={draft.category} onChange={set("category")} required maxLength={60} />
      </label>
      <label className="grid gap-1 text-sm">{W.emojiLabel}
        <input className="input" value={draft.emoji} onChange={set("emoji")} maxLength={16} />
      </label>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
        <button className="btn-primary" type="submit">{product ? W.save : W.addProduct}</button>
        <button className="btn" type="button" onClick={onCancel}>{W.cancel}</button>
        {status && <span role="status" className="text-sm">{status}</span>}
      </div>
    </form>
  );
}

/**
 * The owner's catalogue as a list, one row per product (picture, name, category, price) with
 * Edit and Delete: Edit opens that product's form in its row, "Add a product" a blank one on
 * top, one form at a time. A search narrows a long catalogue.
 */
export default function ProductManager({ initial }: { initial: Product[] }) {
  const [products, setProducts] = useState<Product[]>(initial);
  const [editing, setEditing] = useState<string | null>(null);  // a product's id, "new" or none
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const q = query.trim().toLowerCase();
  const shown = products.filter((p) => !q || `${p.name} ${p.category}`.toLowerCase().includes(q));

  function saved(p: Product, added: boolean) {
    setProducts((old) => (added ? [p, ...old] : old.map((o) => (o.id === p.id ? p : o))));
    setStatus(say(added ? W.productAdded : W.productSaved, { name: p.name }));
    setEditing(null);
  }

  async function remove(p: Product) {
    if (!confirm(say(W.confirmDelete, { what: p.name }))) return;
    const res = await fetch(`/api/products/${p.id}`, { method: "DELETE" });
    if (res.ok) {
      setProducts((old) => old.filter((o) => o.id !== p.id));
      setStatus(say(W.productDeleted, { name: p.name }));
    } else {
      const data = await res.json().catch(() => ({}));
      setStatus(res.status === 403 || res.status === 404 ? W.ownerOnly : data.error ?? say(W.notSavedStatus, { status: res.status }));
    }
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <button className="btn-primary" type="button" onClick={() => setEditing("new")} disabled={editing === "new"}>{W.addProduct}</button>
        <input className="input ml-auto" type="search" aria-label={W.searchProducts} placeholder={W.searchProducts} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {status && <p role="status" className="text-sm">{status}</p>}
      {editing === "new" && <ProductForm onSaved={(p) => saved(p, true)} onCancel={() => setEditing(null)} />}
      <ul className="card divide-y divide-slate-200 p-0 dark:divide-slate-800" aria-label={W.yourProducts}>
        {shown.map((p) => (
          <li key={p.id} className="p-3">
            {editing === p.id ? <ProductForm product={p} onSaved={(s) => saved(s, false)} onCancel={() => setEditing(null)} /> : (
              <div className="flex flex-wrap items-center gap-3">
                {p.image_url
                  ? <img src={p.image_url} alt="" className="h-10 w-10 rounded object-cover" loading="lazy" referrerPolicy="no-referrer" />
                  : <span aria-hidden="true" className="w-10 text-center text-2xl">{p.emoji}</span>}
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{p.name}</span>{p.example && <span className="chip ml-2">{W.exampleChip}</span>}
                  <span className="block text-sm text-slate-500">{p.category}</span>
                </span>
                <span className="text-sm">{p.price === null ? W.notForSale : money.format(Number(p.price))}</span>
                <button className="btn" type="button" onClick={() => setEditing(p.id)} aria-label={say(W.editWhat, { what: p.name })}>{W.edit}</button>
                <button className="btn" type="button" onClick={() => remove(p)} aria-label={say(W.deleteWhat, { what: p.name })}>{W.delete}</button>
              </div>
            )}
          </li>
        ))}
        {shown.length === 0 && <li className="p-3 text-slate-500">{q ? W.noProductMatch : W.noProducts}</li>}
      </ul>
    </div>
  );
}
'''

CART_LIB = '''"use client";

export type CartLine = { id: string; name: string; price: number; emoji: string; quantity: number };

const KEY = "cart";

/** The cart lives in this browser until checkout; the server re-prices every line. */
export function readCart(): CartLine[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "[]") as CartLine[];
  } catch {
    return [];
  }
}

export function writeCart(lines: CartLine[]) {
  localStorage.setItem(KEY, JSON.stringify(lines.filter((l) => l.quantity > 0)));
  window.dispatchEvent(new Event("cart"));
}
'''

ADD_TO_CART = '''"use client";

import { useState } from "react";
import { readCart, writeCart, type CartLine } from "@/components/cart";
import { W, say } from "@/lib/words";

export default function AddToCart({ product }: { product: Omit<CartLine, "quantity"> }) {
  const [added, setAdded] = useState(false);
  function add() {
    const lines = readCart();
    const line = lines.find((l) => l.id === product.id);
    if (line) line.quantity += 1;
    else lines.push({ ...product, quantity: 1 });
    writeCart(lines);
    setAdded(true);
  }
  return (
    <button type="button" className="btn-primary" onClick={add} aria-label={say(W.addNameToCart, { name: product.name })}>
      {added ? W.addedMark : W.addToCart}
    </button>
  );
}
'''

CART_LINK = '''"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { readCart } from "@/components/cart";
import { W, say } from "@/lib/words";

export default function CartLink() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const update = () => setCount(readCart().reduce((s, l) => s + l.quantity, 0));
    update();
    window.addEventListener("cart", update);
    window.addEventListener("storage", update);
    return () => {
      window.removeEventListener("cart", update);
      window.removeEventListener("storage", update);
    };
  }, []);
  return <Link className="link" href="/cart">{say(W.cartCount, { n: count })}</Link>;
}
'''

CART_PAGE = '''"use client";

import { useEffect, useState } from "react";
import { readCart, writeCart, type CartLine } from "@/components/cart";
import { CURRENCY, LOCALE, W, say } from "@/lib/words";

const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY });

export default function CartPage() {
  const [lines, setLines] = useState<CartLine[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setLines(readCart()), []);

  function setQuantity(id: string, quantity: number) {
    const next = lines.map((l) => (l.id === id ? { ...l, quantity: Math.max(0, quantity) } : l)).filter((l) => l.quantity > 0);
    setLines(next);
    writeCart(next);
  }

  async function checkout() {
    setStatus(W.startingCheckout);
    const res = await fetch("/api/checkout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ items: lines.map((l) => ({ product_id: l.id, quantity: l.quantity })) }),
    });
    if (res.status === 401) {
      window.location.href = "/login?next=/cart";
      return;
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      setStatus(data.error ?? say(W.checkoutFailed, { status: res.status }));
      return;
    }
    writeCart([]);
    window.location.href = data.url;
  }

  const total = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{W.yourCart}</h1>
      {lines.length === 0 ? (
        <p className="card mt-6 text-center text-slate-500">{W.cartEmpty}</p>
      ) : (
        <div className="card mt-6 space-y-3">
          {lines.map((l) => (
            <div key={l.id} className="flex items-center gap-3">
              <span className="text-2xl" aria-hidden="true">{l.emoji}</span>
              <span className="flex-1">{l.name}</span>
              <input className="input w-20" type="number" min={0} max={99} value={l.quantity} aria-label={say(W.quantityOf, { name: l.name })}
                onChange={(e) => setQuantity(l.id, Number(e.target.value) || 0)} />
              <span className="w-24 text-right">{money.format(l.price * l.quantity)}</span>
            </div>
          ))}
          <p className="flex justify-between border-t border-slate-200 pt-3 font-bold dark:border-slate-800"><span>{W.total}</span><span>{money.format(total)}</span></p>
          <button type="button" className="btn-primary w-full" onClick={checkout}>{W.checkoutBtn}</button>
          <p className="text-xs text-slate-500">{W.checkoutNote}</p>
        </div>
      )}
      {status && <p role="status" className="mt-4">{status}</p>}
    </section>
  );
}
'''

ORDERS_PAGE = '''import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import type { Order } from "@/lib/types";
import { CURRENCY, LOCALE, W } from "@/lib/words";

export const dynamic = "force-dynamic";

const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY });

/** What the page says about the order just made: from its status in the database (the URL
 * only names the order; only the Stripe webhook marks an order paid). */
const STATUS_TEXT: Record<Order["status"], string> = {
  paid: W.paidText,
  placed: W.placedText,
  pending: W.pendingText,
  cancelled: W.cancelledText,
};
const STATUS_LABEL: Record<Order["status"], string> = {
  paid: W.st_paid,
  placed: W.st_placed,
  pending: W.st_pending,
  cancelled: W.st_cancelled,
};

export default async function OrdersPage({ searchParams }: { searchParams: { order?: string } }) {
  const session = await currentUser();
  if (!session) redirect("/login?next=/orders");
  // RLS: a buyer reads their own orders, the shop owner every order
  const owner = (await session.supabase.rpc("is_shop_owner")).data === true;
  const { data } = await session.supabase.from("orders").select("*").order("created_at", { ascending: false });
  const orders = (data ?? []) as Order[];
  const current = orders.find((o) => o.id === searchParams.order);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{owner ? W.allOrders : W.yourOrders}</h1>
      {owner && <p className="mt-1 text-slate-500">{W.ownerSeesAll}</p>}
      {current && <p role="status" className="card mt-4 text-emerald-700">{STATUS_TEXT[current.status]}</p>}
      {orders.length === 0 ? <p className="mt-6 text-slate-500">{W.noOrders}</p> : (
        <ul className="mt-6 space-y-2">
          {orders.map((o) => (
            <li key={o.id} className="card flex justify-between"><span>{o.created_at.slice(0, 10)}{owner && o.email ? ` · ${o.email}` : ""} · <span className="chip">{STATUS_LABEL[o.status]}</span></span><strong>{money.format(Number(o.total))}</strong></li>
          ))}
        </ul>
      )}
    </section>
  );
}
'''


def store(spec: Spec) -> Files:
    p = spec.pack
    files = scaffold(spec, [("/", "navShop"), ("/orders", "navOrders")], ["/orders", "/admin"],
                     env_extra="# Optional: Stripe Checkout (server-side only). The webhook\n"
                               "# (app/api/stripe/webhook) marks orders paid with the service role.\n"
                               "STRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\nSUPABASE_SERVICE_ROLE_KEY=\n")
    layout = files["frontend"]["app/layout.tsx"]
    layout = layout.replace('import "./globals.css";',
                            'import CartLink from "@/components/CartLink";\nimport "./globals.css";')
    layout = layout.replace('<Link className="link" href="/orders">{W.navOrders}</Link>',
                            '<Link className="link" href="/orders">{W.navOrders}</Link>'
                            '\n            <CartLink />')
    files["frontend"]["app/layout.tsx"] = layout
    w = words(spec.lang)
    heading = f"The {p.noun} collection" if p.noun and spec.lang == "en" else w["thingsPeopleLove"]
    sql = f"""-- {spec.name}: a public catalogue that only the shop owner changes, ratings (one per
-- person), and orders that only their buyer can see, priced here and marked paid only by
-- the signed Stripe webhook.
create extension if not exists pgcrypto;

{role_sql("is_owner", "is_shop_owner", "The shop owner")}

create table if not exists public.products (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid default auth.uid() references auth.users (id) on delete set null,
  name text not null check (char_length(name) between 1 and 120),
  description text not null default '',
  price numeric(10,2) check (price >= 0),  -- null: a product the prompt named, price to set
  category text not null,
  emoji text not null default '🛍️',
  -- a picture the shop owner links (https only: the page puts it in <img src>)
  image_url text not null default '' check (image_url = '' or (
    char_length(image_url) <= 2000 and image_url ~ '^https://[^[:space:]"''<>]+$')),
  rating numeric(2,1) not null default 0 check (rating between 0 and 5),
  stock integer not null default 0 check (stock >= 0),
  example boolean not null default false,  -- a sample product seed.sql adds (not for real)
  created_at timestamptz not null default now()
);

create table if not exists public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  email text,
  status text not null default 'pending' check (status in ('pending', 'paid', 'placed', 'cancelled')),
  total numeric(12,2) not null check (total >= 0),
  stripe_session_id text,
  created_at timestamptz not null default now()
);

create table if not exists public.order_items (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.orders (id) on delete cascade,
  product_id uuid references public.products (id) on delete set null,
  name text not null,
  quantity integer not null check (quantity between 1 and 99),
  unit_price numeric(10,2) not null check (unit_price >= 0)
);

create index if not exists orders_user_idx on public.orders (user_id, created_at desc);
create index if not exists order_items_order_idx on public.order_items (order_id);

alter table public.products enable row level security;
alter table public.orders enable row level security;
alter table public.order_items enable row level security;

-- The catalogue is public; only the shop owner adds, edits and removes products.
create policy "products: anyone reads" on public.products
  for select to anon, authenticated using (true);
create policy "products: the owner adds" on public.products
  for insert to authenticated with check (public.is_shop_owner());
create policy "products: the owner edits" on public.products
  for update to authenticated using (public.is_shop_owner()) with check (public.is_shop_owner());
create policy "products: the owner removes" on public.products
  for delete to authenticated using (public.is_shop_owner());

-- Ratings: one row per person and product, each person changes only their own; the product's
-- rating is their average, kept by a trigger (people cannot write products).
create table if not exists public.ratings (
  product_id uuid not null references public.products (id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  stars smallint not null check (stars between 1 and 5),
  created_at timestamptz not null default now(),
  primary key (product_id, user_id)
);
alter table public.ratings enable row level security;
create policy "ratings: anyone reads" on public.ratings
  for select to anon, authenticated using (true);
create policy "ratings: rate as yourself" on public.ratings
  for insert to authenticated with check (auth.uid() = user_id);
create policy "ratings: change your own" on public.ratings
  for update to authenticated using (auth.uid() = user_id) with check (auth.uid() = user_id);
create policy "ratings: remove your own" on public.ratings
  for delete to authenticated using (auth.uid() = user_id);

create or replace function public.refresh_product_rating() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  pid uuid := coalesce(new.product_id, old.product_id);
begin
  update public.products
     set rating = coalesce((select round(avg(r.stars)::numeric, 1) from public.ratings r
                            where r.product_id = pid), 0)
   where id = pid;
  return null;
end $$;
create trigger ratings_refresh_product after insert or update or delete on public.ratings
  for each row execute function public.refresh_product_rating();

-- Buyers see their own orders and create them only as 'pending' (card) or 'placed' (pay on
-- pick-up). Nobody changes an order from the app: the Stripe webhook route marks it paid.
create policy "orders: buyers read own" on public.orders
  for select to authenticated using (auth.uid() = user_id);
create policy "orders: buyers create pending" on public.orders
  for insert to authenticated
  with check (auth.uid() = user_id and status in ('pending', 'placed') and stripe_session_id is null);

create policy "order_items: buyers read own" on public.order_items
  for select to authenticated using (
    exists (select 1 from public.orders o where o.id = order_id and o.user_id = auth.uid()));

-- The shop owner sees every order (to hand it over or ship it); they change none from the app.
create policy "orders: the shop owner reads all" on public.orders
  for select to authenticated using (public.is_shop_owner());
create policy "order_items: the shop owner reads all" on public.order_items
  for select to authenticated using (public.is_shop_owner());
create policy "order_items: buyers add to own open orders" on public.order_items
  for insert to authenticated with check (
    exists (select 1 from public.orders o where o.id = order_id and o.user_id = auth.uid()
            and o.status in ('pending', 'placed')));

{priced_orders_sql("products", "order_items", "product_id")}"""
    # the products the prompt prices are the shop's own; else the pack's, marked as examples
    # (one named with no price has none: it is not for sale until the owner sets one)
    own = dataapp.own_products(spec)
    products = p.products
    if spec.lang != "en" and (local := local_examples(spec)):
        products = tuple(Product(r["name"], r.get("price"), r.get("category") or "—",
                                 r.get("emoji") or "🛍️", float(r.get("rating") or 0))
                         for r in local if r.get("name"))
    seed_rows = ",\n".join(
        f"  ({_sql_text(pr.name)}, {_sql_text('' if own or spec.lang != 'en' else _describe(pr.name, p.noun))}, "
        f"{'null' if pr.price is None else f'{pr.price:.2f}'}, {_sql_text(pr.category)}, "
        f"{_sql_text(pr.emoji)}, {pr.rating}, 25, "
        f"{'false' if own else 'true'})"
        for pr in own or products)
    seed = ("-- The catalogue to start from (no owner: readable by everyone). Rows marked example\n"
            "-- are samples: the shop says so, and its owner removes them in one click.\n"
            "insert into public.products (name, description, price, category, emoji, rating, "
            f"stock, example) values\n{seed_rows};\n")
    files = _merge(files, **examples_files("products", "the shop owner"))
    return _merge(files, frontend={
        "app/page.tsx": fill(STORE_HOME, HEADING=heading,
                             BLURB=f"{app_tagline(spec)}. {w['storeBlurb']}"),
        "app/cart/page.tsx": CART_PAGE,
        "app/admin/products/page.tsx": OWNER_PAGE,
        "components/ProductManager.tsx": PRODUCT_MANAGER,
        "app/orders/page.tsx": ORDERS_PAGE,
        "components/cart.ts": CART_LIB,
        "components/AddToCart.tsx": ADD_TO_CART,
        "components/RateProduct.tsx": RATE_PRODUCT,
        "components/CartLink.tsx": CART_LINK,
        "README.md": readme(spec, "A catalogue with categories, ratings, search, a cart and "
                                  "checkout.", ["profiles", "products", "ratings", "orders", "order_items"],
                            extra="\n   The shop owner is set with SQL (see \"Make yourself "
                                  "the shop owner\" below); they add and change products on "
                                  "the owner's page, `/admin/products`. `supabase/seed.sql`'s "
                                  "sample "
                                  "products are marked `example`: the shop says so, and "
                                  "\"Remove the examples\" (shown to the owner) deletes them."
                                  "\n   Optional: `STRIPE_SECRET_KEY` turns checkout into "
                                  "Stripe Checkout; point a Stripe webhook at "
                                  "`/api/stripe/webhook` and set `STRIPE_WEBHOOK_SECRET` and "
                                  "`SUPABASE_SERVICE_ROLE_KEY` so paid orders are marked paid.",
                            security_extra="- Only the shop owner (`profiles.is_owner`, set with "
                                           "SQL) changes the catalogue; ratings are one row per "
                                           "person; order totals are computed by the database "
                                           "and only the signed Stripe webhook marks an order "
                                           "paid.\n") + OWNER_README,
    }, backend={
        "lib/validation.ts": STORE_VALIDATION,
        "lib/stripe.ts": STRIPE,
        "app/api/products/route.ts": STORE_PRODUCTS_ROUTE,
        # the shop owner changes any product (RLS); an example they edit is theirs
        "app/api/products/[id]/route.ts": item_route("ProductPatch", "products", None,
                                                     "{ ...parsed.data, example: false }"),
        "app/api/checkout/route.ts": CHECKOUT_ROUTE,
        "app/api/orders/route.ts": ORDERS_ROUTE,
        "app/api/stripe/webhook/route.ts": STRIPE_WEBHOOK,
        "app/api/ratings/route.ts": RATINGS_ROUTE,
        "lib/supabase/admin.ts": ADMIN_CLIENT,
    }, database={
        "supabase/migrations/001_store.sql": sql,
        "supabase/seed.sql": seed,
        "lib/types.ts": STORE_TYPES,
    })


OWNER_README = """
## Make yourself the shop owner

Only the shop owner adds and changes products: row-level security asks `is_shop_owner()`,
which reads `profiles.is_owner`, and nothing in the app can set that flag. Sign up in the app,
then run this in Supabase's SQL editor with your email:

```sql
insert into public.profiles (id, is_owner)
select id, true from auth.users where email = 'you@example.com'
on conflict (id) do update set is_owner = true;
```

Then the shop page shows **Manage products** (`/admin/products`): add a product, change its
price, name, description or picture (an `https://` image address; the emoji shows without
one), or delete it. Anyone else who opens that page gets "not found", and the database refuses
their changes through the API too (`POST /api/products` answers 403).
"""


def _describe(name: str, noun: str) -> str:
    return f"{name}, from our {noun} range." if noun else f"{name}, a customer favourite."


# ---------------------------------------------------------------------------------- landing
WAITLIST_ROUTE = '''import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest, notConfigured } from "@/lib/auth";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";

const Signup = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().max(120).optional(),
});

/**
 * Public and insert-only: anyone may join the waitlist, nobody can read, change or delete it
 * through the app (RLS has an insert policy for anon and nothing else; there is no GET or
 * DELETE here). A repeated email answers the same 201, so the list cannot be probed.
 */
export async function POST(request: Request) {
  if (!supabaseConfigured()) return notConfigured();
  const parsed = Signup.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return badRequest(parsed.error);
  const { error } = await createClient().from("waitlist").insert(parsed.data);
  if (error && error.code !== "23505") return NextResponse.json({ error: "Could not join right now" }, { status: 502 });
  return NextResponse.json({ ok: true }, { status: 201 });
}
'''

WAITLIST_FORM = '''"use client";

import { useState } from "react";
import { W, say } from "@/lib/words";

export default function WaitlistForm() {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  async function join(event: React.FormEvent) {
    event.preventDefault();
    const res = await fetch("/api/waitlist", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, name }) });
    const data = await res.json().catch(() => ({}));
    setStatus(res.ok ? say(W.onWaitlist, { name: name ? `, ${name}` : "" }) : W.wentWrong);
    if (res.ok) {
      setEmail("");
      setName("");
    }
  }

  return (
    <form onSubmit={join} className="flex flex-wrap items-end justify-center gap-3" aria-label={W.join}>
      <label className="grid gap-1 text-left text-sm">{W.name}
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={120} />
      </label>
      <label className="grid gap-1 text-left text-sm">{W.email}
        <input className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" />
      </label>
      <button className="btn-primary" type="submit">{W.join}</button>
      <p role="status" className="w-full text-sm">{status}</p>
    </form>
  );
}
'''

LANDING_PAGE = '''import WaitlistForm from "@/components/WaitlistForm";
import { @@WORDS_IMPORT@@ } from "@/lib/words";

const NAME = @@NAME_JS@@;

const FEATURES = @@FEATURES@@;
@@PLANS@@const FAQ = @@FAQ@@;

export default function Landing() {
  return (
    <div className="space-y-20">
      <section className="py-12 text-center">
        <p className="text-sm font-semibold uppercase tracking-widest text-[var(--accent)]">@@KICKER@@</p>
        <h1 className="mx-auto mt-3 max-w-3xl text-4xl font-extrabold sm:text-5xl">@@HEADLINE@@</h1>
        <p className="mx-auto mt-4 max-w-xl text-lg text-slate-600 dark:text-slate-400">@@SUB@@</p>
        <a className="btn-primary mt-8 inline-block" href="#waitlist">{W.join}</a>
      </section>
      <section id="features" aria-labelledby="features-title">
        <h2 id="features-title" className="text-center text-2xl font-bold">{say(W.why, { name: NAME })}</h2>
        <p id="examples" className="mt-1 text-center text-sm text-slate-500">{W.featureExamples}</p>
        <div className="mt-6 grid gap-4 sm:grid-cols-3">
          {FEATURES.map(([title, text]) => (
            <article key={title} className="card"><h3 className="font-semibold">{title}</h3><p className="mt-1 text-slate-600 dark:text-slate-400">{text}</p></article>
          ))}
        </div>
      </section>
@@PRICING@@      <section id="faq" aria-labelledby="faq-title" className="mx-auto max-w-2xl">
        <h2 id="faq-title" className="text-center text-2xl font-bold">{W.faq}</h2>
        <div className="mt-6 space-y-2">
          {FAQ.map(([q, a]) => (
            <details key={q} className="card"><summary className="cursor-pointer font-medium">{q}</summary><p className="mt-2 text-slate-600 dark:text-slate-400">{a}</p></details>
          ))}
        </div>
      </section>
      <section id="waitlist" className="card py-10 text-center">
        <h2 className="text-2xl font-bold">{W.firstInLine}</h2>
        <p className="mb-6 mt-1 text-slate-600 dark:text-slate-400">{say(W.leaveEmail, { name: NAME })}</p>
        <WaitlistForm />
      </section>
    </div>
  );
}
'''


PRICING_SECTION = '''      <section id="pricing" aria-labelledby="pricing-title">
        <h2 id="pricing-title" className="text-center text-2xl font-bold">{W.pricing}</h2>
        <p className="mt-1 text-center text-sm text-slate-500">{W.planExamples}</p>
        <div className="mt-6 grid gap-4 sm:grid-cols-3">
          {PLANS.map(([plan, price], i) => (
            <article key={plan} className={`card text-center ${i === 1 ? "ring-2 ring-[var(--accent)]" : ""}`}>
              <h3 className="font-semibold">{plan}</h3>
              <p className="mt-2 text-3xl font-bold">{money.format(Number(price))}<span className="text-sm font-normal text-slate-500"> {W.month}</span></p>
            </article>
          ))}
        </div>
      </section>
'''


# The prompt's own prices ("Coupe femme", "29 €"), shown as written: no example note.
OWN_PRICES_SECTION = PRICING_SECTION.replace(
    '{money.format(Number(price))}<span className="text-sm font-normal text-slate-500"> {W.month}</span>',
    "{price}"
).replace('        <p className="mt-1 text-center text-sm text-slate-500">{W.planExamples}</p>\n', "")


def faq_for(spec: Spec) -> list[list[str]]:
    """Questions the page can answer truly: it keeps a waitlist and, when asked, lists prices;
    it sends no mail, takes no payment and has no trial or plan to cancel."""
    w = words(spec.lang)
    opens = [[w["whenOpen"].format(name=spec.name), w["whenOpenA"].format(name=spec.name)]]
    if "pricing" not in spec.asked:
        return opens
    return [*opens, [w["payHere"], w["payHereA"]]]


def landing(spec: Spec) -> Files:
    p = spec.pack
    pricing = "pricing" in spec.asked  # a price list only when the prompt asks for one
    files = scaffold(spec, [("/#features", "features"), *([("/#pricing", "pricing")] if pricing
                                                           else []), ("/#faq", "faq")], [])
    sql = f"""-- {spec.name}: the waitlist. Visitors can join (insert); nobody can read, change or
-- delete sign-ups through the API. Read them in the Supabase dashboard (which uses the
-- service role on Supabase's side, never in this app).
create extension if not exists pgcrypto;

create table if not exists public.waitlist (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (position('@' in email) > 1 and char_length(email) <= 320),
  name text check (char_length(name) <= 120),
  created_at timestamptz not null default now()
);

alter table public.waitlist enable row level security;

create policy "waitlist: anyone can join" on public.waitlist
  for insert to anon, authenticated with check (true);
-- No select, update or delete policy: with RLS on, those are denied to anon and authenticated.
"""
    w = words(spec.lang)
    kicker = f"{p.noun.title()} · coming soon" if p.noun and spec.lang == "en" else w["comingSoon"]
    own = prices(spec.prompt)  # the prompt's own prices, as written, not monthly plans
    highlights, plans = p.highlights, p.plans
    if spec.lang != "en":  # the packs are English: the subject in the prompt's own words
        subject = spec.subject or spec.name
        highlights = tuple((i18n.pick(i18n.LANDING[f"h{i}"], spec.lang).format(s=subject),
                            i18n.pick(i18n.LANDING[f"t{i}"], spec.lang).format(s=subject))
                           for i in (1, 2, 3))
        plans = tuple(zip(i18n.pick(i18n.LANDING["plans"], spec.lang).split("|"),
                          (price for _, price in p.plans), strict=True))
    return _merge(files, frontend={
        "app/page.tsx": fill(LANDING_PAGE, FEATURES=js([list(h) for h in highlights]),
                             PLANS=f"const PLANS = {js([list(x) for x in own or plans])};\n"
                             + ("" if own else "const money = new Intl.NumberFormat(LOCALE, "
                                "{ style: \"currency\", currency: CURRENCY, "
                                "maximumFractionDigits: 0 });\n")
                             if pricing else "",
                             PRICING=(OWN_PRICES_SECTION if own else PRICING_SECTION)
                             if pricing else "",
                             FAQ=js(faq_for(spec)),
                             KICKER=kicker, HEADLINE=app_tagline(spec) + ".",
                             NAME_JS=js(spec.name), WORDS_IMPORT="CURRENCY, LOCALE, W, say"
                             if pricing and not own else "W, say",
                             SUB=w["openingSoon"].format(name=spec.name)),
        "components/WaitlistForm.tsx": WAITLIST_FORM,
        "README.md": readme(spec, f"Hero, features, {'pricing, ' if pricing else ''}FAQ and an "
                                  "insert-only waitlist.",
                            ["waitlist"]),
    }, backend={
        "app/api/waitlist/route.ts": WAITLIST_ROUTE,
    }, database={
        "supabase/migrations/001_waitlist.sql": sql,
    })


APPS = {"todo": todo, "blog": blog, "dashboard": dashboard, "store": store, "landing": landing}

# What each app above has (spec.FEATURES ids), as its pages and routes draw it; the sign-in
# and the dark-mode button come from the scaffold. test_templates checks each against the files.
_HAS = {"todo": {"due_dates", "priorities", "tags", "filters", "search"},
        # photos in a post by their https link (Markdown.tsx), as the shop's products have them
        "blog": {"tags", "search", "filters", "markdown", "images"},
        "dashboard": {"charts", "kpis", "search", "filters"},
        # checkout takes payment through Stripe Checkout once STRIPE_SECRET_KEY is set
        "store": {"categories", "search", "filters", "prices", "cart", "checkout", "payments",
                  "ratings", "images"},
        "landing": {"waitlist", "faq"}}


#: the apps whose page lists its rows newest first (BLOG_HOME's posts, TODO_PAGE's tasks:
#: ``.order("created_at", { ascending: false })``), for the verdict (holds.of)
NEWEST_FIRST = frozenset({"blog", "todo"})


def contains(spec: Spec) -> frozenset[str]:
    """What the full-stack app built from ``spec`` has: what a run may say it built."""
    extra = {"dark_mode"} & spec.features
    if spec.kind == "landing" and "pricing" in spec.asked:
        extra.add("prices")
    return frozenset(_HAS[spec.kind] | extra | {"auth"})
