"""Full-stack templates: Next.js 14 App Router + TypeScript + Tailwind, API route handlers with
validation, Supabase migrations with row-level security. Without Supabase configured the API
keeps data in memory, so `npm install && npm run dev` works on a fresh machine."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    ts: str          # "string" | "number" | "boolean"
    sql: str
    input: str       # HTML input type, "textarea" or "checkbox"
    required: bool = True
    label: str = ""


@dataclass(frozen=True)
class Resource:
    table: str
    singular: str
    fields: tuple[Field, ...]
    headline: str
    blurb: str


RESOURCES = {
    "todo": Resource("tasks", "task", (
        Field("title", "string", "text not null", "text", True, "Task"),
        Field("due_date", "string", "date", "date", False, "Due date"),
        Field("done", "boolean", "boolean not null default false", "checkbox", False, "Done"),
    ), "Tasks with due dates", "Plan your week; overdue tasks stand out."),
    "blog": Resource("posts", "post", (
        Field("title", "string", "text not null", "text", True, "Title"),
        Field("body", "string", "text not null", "textarea", True, "Text"),
        Field("published", "boolean", "boolean not null default true", "checkbox", False,
              "Published"),
    ), "Stories worth reading", "Write, publish and manage posts."),
    "dashboard": Resource("customers", "customer", (
        Field("name", "string", "text not null", "text", True, "Customer"),
        Field("plan", "string", "text not null default 'Starter'", "text", True, "Plan"),
        Field("mrr", "number", "numeric(12,2) not null default 0", "number", True, "MRR (USD)"),
    ), "Your business at a glance", "Customers, plans and monthly recurring revenue."),
    "store": Resource("products", "product", (
        Field("name", "string", "text not null", "text", True, "Product"),
        Field("price", "number", "numeric(10,2) not null check (price >= 0)", "number", True,
              "Price (USD)"),
        Field("stock", "number", "integer not null default 0 check (stock >= 0)", "number", True,
              "In stock"),
    ), "Things people love", "Manage your catalogue and stock."),
    "landing": Resource("leads", "lead", (
        Field("name", "string", "text not null", "text", True, "Name"),
        Field("email", "string", "text not null check (position('@' in email) > 1)", "email",
              True, "Email"),
    ), "Launch faster", "Collect sign-ups from day one."),
}

PACKAGE = {
    "private": True, "version": "0.1.0",
    "scripts": {"dev": "next dev", "build": "next build", "start": "next start",
                "lint": "next lint"},
    "dependencies": {"next": "14.2.35", "react": "18.3.1", "react-dom": "18.3.1"},
    "devDependencies": {"typescript": "5.6.3", "@types/node": "20.17.6",
                        "@types/react": "18.3.12", "@types/react-dom": "18.3.1",
                        "tailwindcss": "3.4.14", "postcss": "8.4.47", "autoprefixer": "10.4.20"},
}

TSCONFIG = {
    "compilerOptions": {
        "target": "ES2017", "lib": ["dom", "dom.iterable", "esnext"], "allowJs": False,
        "skipLibCheck": True, "strict": True, "noEmit": True, "esModuleInterop": True,
        "module": "esnext", "moduleResolution": "bundler", "resolveJsonModule": True,
        "isolatedModules": True, "jsx": "preserve", "incremental": True,
        "plugins": [{"name": "next"}], "paths": {"@/*": ["./*"]}},
    "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
    "exclude": ["node_modules"],
}


def _ts_type(f: Field) -> str:
    return f.ts + (" | null" if not f.required and f.ts != "boolean" else "")


def frontend_files(name: str, r: Resource) -> dict[str, str]:
    pkg = dict(PACKAGE, name="".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
               or "app")
    fields_json = json.dumps([{"name": f.name, "label": f.label, "input": f.input,
                               "required": f.required} for f in r.fields], indent=2)
    return {
        "package.json": json.dumps(pkg, indent=2) + "\n",
        "tsconfig.json": json.dumps(TSCONFIG, indent=2) + "\n",
        "next-env.d.ts": '/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n',
        "next.config.mjs": "/** @type {import('next').NextConfig} */\nconst nextConfig = { reactStrictMode: true };\n\nexport default nextConfig;\n",
        "postcss.config.mjs": "const config = { plugins: { tailwindcss: {}, autoprefixer: {} } };\n\nexport default config;\n",
        "tailwind.config.ts": 'import type { Config } from "tailwindcss";\n\nconst config: Config = {\n  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],\n  darkMode: "media",\n  theme: { extend: {} },\n  plugins: [],\n};\n\nexport default config;\n',
        ".gitignore": "node_modules/\n.next/\nout/\n.env*.local\n.env\n",
        ".env.example": "# Optional: without these the API keeps data in memory.\nSUPABASE_URL=\nSUPABASE_SERVICE_ROLE_KEY=\n",
        "app/globals.css": "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n\n:root { color-scheme: light dark; }\nbody { @apply bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100; }\n",
        "app/layout.tsx": f'''import type {{ Metadata }} from "next";
import "./globals.css";

export const metadata: Metadata = {{
  title: {json.dumps(name)},
  description: {json.dumps(r.blurb)},
}};

export default function RootLayout({{ children }}: {{ children: React.ReactNode }}) {{
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{{children}}</body>
    </html>
  );
}}
''',
        "app/page.tsx": f'''import ResourceApp from "@/components/ResourceApp";

export default function Home() {{
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <header className="mb-8">
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{r.headline}. {r.blurb}</p>
      </header>
      <ResourceApp endpoint="/api/{r.table}" singular="{r.singular}" />
    </main>
  );
}}
''',
        "components/fields.ts": f'''export type FieldSpec = {{
  name: string;
  label: string;
  input: "text" | "textarea" | "number" | "date" | "email" | "checkbox";
  required: boolean;
}};

export const FIELDS: FieldSpec[] = {fields_json};
''',
        "components/ResourceApp.tsx": RESOURCE_APP,
        "README.md": f"""# {name}

{r.headline}. {r.blurb}

Built by Devora Desktop from an offline template (no AI): Next.js 14 (App Router, TypeScript,
Tailwind), API routes in `app/api/{r.table}`, and a Supabase migration with row-level security
in `supabase/migrations/`.

```sh
npm install
npm run dev        # http://localhost:3000
```

Without `SUPABASE_URL` and `SUPABASE_SERVICE_ROLE_KEY` (see `.env.example`) the API keeps data
in memory. To use Supabase, run the migration (`supabase db push`) and set both variables.
""",
    }


RESOURCE_APP = '''"use client";

import { useEffect, useState } from "react";
import { FIELDS, type FieldSpec } from "@/components/fields";

type Item = { id: string; created_at: string } & Record<string, string | number | boolean | null>;

function emptyForm(): Record<string, string | boolean> {
  return Object.fromEntries(FIELDS.map((f) => [f.name, f.input === "checkbox" ? false : ""]));
}

export default function ResourceApp({ endpoint, singular }: { endpoint: string; singular: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const [form, setForm] = useState(emptyForm);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  async function refresh() {
    try {
      const res = await fetch(endpoint, { cache: "no-store" });
      if (!res.ok) throw new Error(`Could not load (${res.status})`);
      setItems(await res.json());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not load");
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    void refresh();
  }, []);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    const body = Object.fromEntries(
      FIELDS.map((f) => [f.name, f.input === "number" ? Number(form[f.name]) : form[f.name] || null]),
    );
    const res = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) {
      const data = await res.json().catch(() => ({}));
      setError(data.error ?? `Could not save (${res.status})`);
      return;
    }
    setForm(emptyForm());
    await refresh();
  }

  async function toggle(item: Item, field: FieldSpec) {
    await fetch(`${endpoint}/${item.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ [field.name]: !item[field.name] }),
    });
    await refresh();
  }

  async function remove(item: Item) {
    await fetch(`${endpoint}/${item.id}`, { method: "DELETE" });
    await refresh();
  }

  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="space-y-6">
      <form onSubmit={create} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        {FIELDS.map((f) => (
          <label key={f.name} className="grid gap-1 text-sm">
            <span className="text-slate-600 dark:text-slate-400">{f.label}</span>
            {f.input === "textarea" ? (
              <textarea className="rounded-md border border-slate-300 bg-transparent p-2" required={f.required}
                value={String(form[f.name])} onChange={(e) => setForm({ ...form, [f.name]: e.target.value })} />
            ) : f.input === "checkbox" ? (
              <input type="checkbox" className="h-4 w-4" checked={Boolean(form[f.name])}
                onChange={(e) => setForm({ ...form, [f.name]: e.target.checked })} />
            ) : (
              <input type={f.input} className="rounded-md border border-slate-300 bg-transparent p-2" required={f.required}
                step={f.input === "number" ? "any" : undefined}
                value={String(form[f.name])} onChange={(e) => setForm({ ...form, [f.name]: e.target.value })} />
            )}
          </label>
        ))}
        <button type="submit" className="justify-self-start rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 focus-visible:outline focus-visible:outline-2">
          Add {singular}
        </button>
      </form>
      {error && <p role="alert" className="text-red-600">{error}</p>}
      {loading ? (
        <p className="text-slate-500">Loading…</p>
      ) : items.length === 0 ? (
        <p className="text-slate-500">Nothing here yet: add your first {singular} above.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
              {FIELDS.filter((f) => f.input === "checkbox").map((f) => (
                <input key={f.name} type="checkbox" aria-label={f.label} checked={Boolean(item[f.name])} onChange={() => toggle(item, f)} />
              ))}
              <div className="flex-1">
                {FIELDS.filter((f) => f.input !== "checkbox").map((f, i) => (
                  <span key={f.name} className={i === 0 ? "font-medium" : "ml-3 text-sm text-slate-500"}>
                    {f.input === "date" && item[f.name] ? (
                      <span className={String(item[f.name]) < today ? "text-red-600" : ""}>due {String(item[f.name])}</span>
                    ) : (
                      String(item[f.name] ?? "")
                    )}
                  </span>
                ))}
              </div>
              <button type="button" onClick={() => remove(item)} className="text-sm text-slate-500 hover:text-red-600" aria-label={`Delete ${singular}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
'''


def backend_files(name: str, r: Resource) -> dict[str, str]:
    checks = []
    for f in r.fields:
        if f.ts == "string":
            cond = "typeof v === \"string\" && v.trim().length > 0 && v.length <= 10000"
            if f.input == "email":
                cond += " && /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(v)"
        elif f.ts == "number":
            cond = "typeof v === \"number\" && Number.isFinite(v) && v >= 0"
        else:
            cond = "typeof v === \"boolean\""
        checks.append(f'  {{ name: "{f.name}", required: {str(f.required).lower()}, '
                      f'ok: (v: unknown) => {cond} }},')
    validate = f'''import type {{ {r.singular.title()}Input }} from "@/lib/db";

const RULES = [
{chr(10).join(checks)}
];

/** Validate a request body: every known field is checked; unknown fields are dropped. */
export function validate(body: unknown, partial = false): {{ value?: Partial<{r.singular.title()}Input>; error?: string }} {{
  if (typeof body !== "object" || body === null) return {{ error: "Body must be a JSON object" }};
  const input = body as Record<string, unknown>;
  const value: Record<string, unknown> = {{}};
  for (const rule of RULES) {{
    const v = input[rule.name];
    if (v === undefined || v === null || v === "") {{
      if (rule.required && !partial) return {{ error: `${{rule.name}} is required` }};
      continue;
    }}
    if (!rule.ok(v)) return {{ error: `${{rule.name}} is invalid` }};
    value[rule.name] = v;
  }}
  if (partial && Object.keys(value).length === 0) return {{ error: "Nothing to update" }};
  return {{ value: value as Partial<{r.singular.title()}Input> }};
}}
'''
    collection = f'''import {{ NextResponse }} from "next/server";
import {{ {r.table} }} from "@/lib/db";
import {{ validate }} from "@/lib/validate";

export const dynamic = "force-dynamic";

export async function GET() {{
  try {{
    return NextResponse.json(await {r.table}.list());
  }} catch (e) {{
    return NextResponse.json({{ error: (e as Error).message }}, {{ status: 502 }});
  }}
}}

export async function POST(request: Request) {{
  const body = await request.json().catch(() => null);
  const {{ value, error }} = validate(body);
  if (error || !value) return NextResponse.json({{ error }}, {{ status: 400 }});
  try {{
    return NextResponse.json(await {r.table}.create(value), {{ status: 201 }});
  }} catch (e) {{
    return NextResponse.json({{ error: (e as Error).message }}, {{ status: 502 }});
  }}
}}
'''
    item = f'''import {{ NextResponse }} from "next/server";
import {{ {r.table} }} from "@/lib/db";
import {{ validate }} from "@/lib/validate";

type Context = {{ params: {{ id: string }} }};

export async function PATCH(request: Request, {{ params }}: Context) {{
  const body = await request.json().catch(() => null);
  const {{ value, error }} = validate(body, true);
  if (error || !value) return NextResponse.json({{ error }}, {{ status: 400 }});
  const updated = await {r.table}.update(params.id, value);
  if (!updated) return NextResponse.json({{ error: "Not found" }}, {{ status: 404 }});
  return NextResponse.json(updated);
}}

export async function DELETE(_request: Request, {{ params }}: Context) {{
  const ok = await {r.table}.remove(params.id);
  if (!ok) return NextResponse.json({{ error: "Not found" }}, {{ status: 404 }});
  return new NextResponse(null, {{ status: 204 }});
}}
'''
    return {"lib/validate.ts": validate, f"app/api/{r.table}/route.ts": collection,
            f"app/api/{r.table}/[id]/route.ts": item}


def database_files(name: str, r: Resource) -> dict[str, str]:
    cols = ",\n".join(f"  {f.name} {f.sql}" for f in r.fields)
    sql = f"""-- {name}: the {r.table} table, with row-level security.
create extension if not exists pgcrypto;

create table if not exists public.{r.table} (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid default auth.uid() references auth.users (id) on delete cascade,
{cols},
  created_at timestamptz not null default now()
);

create index if not exists {r.table}_owner_created_idx on public.{r.table} (owner_id, created_at desc);

alter table public.{r.table} enable row level security;

-- Signed-in users see and change only their own rows. The Next.js API uses the service role,
-- which bypasses RLS, and is the only place that writes on behalf of anonymous visitors.
create policy "{r.table}: read own" on public.{r.table}
  for select using (auth.uid() = owner_id);
create policy "{r.table}: insert own" on public.{r.table}
  for insert with check (auth.uid() = owner_id);
create policy "{r.table}: update own" on public.{r.table}
  for update using (auth.uid() = owner_id) with check (auth.uid() = owner_id);
create policy "{r.table}: delete own" on public.{r.table}
  for delete using (auth.uid() = owner_id);
"""
    fields_ts = "\n".join(f"  {f.name}: {_ts_type(f)};" for f in r.fields)
    T = r.singular.title()
    db = f'''/**
 * Data access for {r.table}: Supabase's REST API when SUPABASE_URL and
 * SUPABASE_SERVICE_ROLE_KEY are set (server-side only), otherwise an in-memory store so the
 * app runs with no set-up.
 */
export type {T}Input = {{
{fields_ts}
}};
export type {T} = {T}Input & {{ id: string; created_at: string }};

const url = process.env.SUPABASE_URL;
const key = process.env.SUPABASE_SERVICE_ROLE_KEY;

type Repo<T, I> = {{
  list(): Promise<T[]>;
  create(input: Partial<I>): Promise<T>;
  update(id: string, input: Partial<I>): Promise<T | null>;
  remove(id: string): Promise<boolean>;
}};

function supabaseRepo<T, I>(table: string, base: string, secret: string): Repo<T, I> {{
  const headers = {{ apikey: secret, Authorization: `Bearer ${{secret}}`, "Content-Type": "application/json", Prefer: "return=representation" }};
  const endpoint = `${{base}}/rest/v1/${{table}}`;
  async function call(path: string, init: RequestInit = {{}}) {{
    const res = await fetch(`${{endpoint}}${{path}}`, {{ ...init, headers, cache: "no-store" }});
    if (!res.ok) throw new Error(`Database error ${{res.status}}`);
    return res.status === 204 ? [] : res.json();
  }}
  return {{
    list: () => call("?select=*&order=created_at.desc"),
    create: async (input) => (await call("", {{ method: "POST", body: JSON.stringify(input) }}))[0],
    update: async (id, input) => (await call(`?id=eq.${{encodeURIComponent(id)}}`, {{ method: "PATCH", body: JSON.stringify(input) }}))[0] ?? null,
    remove: async (id) => (await call(`?id=eq.${{encodeURIComponent(id)}}`, {{ method: "DELETE" }})).length > 0,
  }};
}}

function memoryRepo<T extends {{ id: string; created_at: string }}, I>(table: string): Repo<T, I> {{
  const g = globalThis as unknown as {{ __devoraStore?: Record<string, T[]> }};
  g.__devoraStore ??= {{}};
  const rows = (g.__devoraStore[table] ??= []);
  return {{
    list: async () => [...rows].sort((a, b) => b.created_at.localeCompare(a.created_at)),
    create: async (input) => {{
      const row = {{ ...input, id: crypto.randomUUID(), created_at: new Date().toISOString() }} as unknown as T;
      rows.push(row);
      return row;
    }},
    update: async (id, input) => {{
      const row = rows.find((r) => r.id === id);
      if (!row) return null;
      Object.assign(row, input);
      return row;
    }},
    remove: async (id) => {{
      const i = rows.findIndex((r) => r.id === id);
      if (i === -1) return false;
      rows.splice(i, 1);
      return true;
    }},
  }};
}}

export const {r.table}: Repo<{T}, {T}Input> =
  url && key ? supabaseRepo<{T}, {T}Input>("{r.table}", url, key) : memoryRepo<{T}, {T}Input>("{r.table}");
'''
    return {f"supabase/migrations/001_{r.table}.sql": sql, "lib/db.ts": db}


def build(kind: str, name: str) -> dict[str, dict[str, str]]:
    """Files of a full-stack template, grouped by the agent that owns them."""
    r = RESOURCES[kind]
    return {"frontend": frontend_files(name, r), "backend": backend_files(name, r),
            "database": database_files(name, r)}
