"""Each security rule (agents/security.py) flags its bad sample at the right line and stays
quiet on the good one; findings reach validators.validate like any other check."""

from __future__ import annotations

import json

import pytest

from devora_desktop.agents import security
from devora_desktop.agents.validators import validate
from devora_desktop.core import codescan

PKG = json.dumps({"dependencies": {"next": "14.2.35", "react": "18.3.1",
                                   "@supabase/ssr": "0.5.2", "@supabase/supabase-js": "2.46.1",
                                   "server-only": "0.0.1", "zod": "3.23.8"}})
AUTH_LIB = ('import "server-only";\nimport { createClient } from "@/lib/supabase";\n'
            "export async function requireUser() {\n  const supabase = createClient();\n"
            "  const { data } = await supabase.auth.getUser();\n  return data.user;\n}\n")
SUPA = 'import "server-only";\nexport function createClient() { return null as never; }\n'

# rule: (bad path, bad text, bad line, good path, good text)
CASES = {
    "secret-in-client (service role)": (
        "components/Admin.tsx",
        '"use client";\nimport { useEffect } from "react";\n\nconst key = '
        'process.env.SUPABASE_SERVICE_ROLE_KEY;\nexport default function A() { useEffect(() => {}, []); '
        "return <p>{String(Boolean(key))}</p>; }\n", 4,
        "components/Admin.tsx",
        '"use client";\n// never put the service_role key here\nexport default function A() '
        "{ return <p>ok</p>; }\n"),
    "secret-in-client (stripe literal)": (
        "components/Pay.tsx",
        '"use client";\nexport const k = "sk_live_51Habcdefghijklmnop";\nexport default '
        "function P() { return null; }\n", 2,
        "lib/stripe.ts",
        'import "server-only";\nexport const k = process.env.STRIPE_SECRET_KEY;\n'),
    "secret-in-client (secret env)": (
        "components/Pay.tsx",
        '"use client";\nexport default function P() {\n  return <p>{process.env.STRIPE_SECRET_KEY}</p>;\n}\n', 3,
        "components/Pay.tsx",
        '"use client";\nexport default function P() {\n  return <p>{process.env.NEXT_PUBLIC_SITE_NAME}</p>;\n}\n'),
    "next-public-secret": (
        ".env.example", "NEXT_PUBLIC_SUPABASE_URL=\nNEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=\n", 2,
        ".env.example", "NEXT_PUBLIC_SUPABASE_URL=\nNEXT_PUBLIC_SUPABASE_ANON_KEY=\n"
                        "SUPABASE_SERVICE_ROLE_KEY=\n"),
    "route-auth": (
        "app/api/items/[id]/route.ts",
        'import { createClient } from "@/lib/supabase";\n\nexport async function DELETE(_r: Request) {\n'
        '  await createClient().from("items").delete().eq("id", "1");\n'
        "  return new Response(null, { status: 204 });\n}\n", 3,
        "app/api/items/[id]/route.ts",
        'import { requireUser } from "@/lib/auth";\nimport { createClient } from "@/lib/supabase";\n\n'
        "export async function DELETE(_r: Request) {\n  const user = await requireUser();\n"
        '  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });\n'
        '  await createClient().from("items").delete().eq("id", "1");\n'
        "  return new Response(null, { status: 204 });\n}\n"),
    "route-auth (public form must be insert-only)": (
        "app/api/waitlist/route.ts",
        'import { createClient } from "@/lib/supabase";\n'
        "export async function POST(r: Request) {\n"
        '  const db = createClient();\n  await db.from("waitlist").insert(await r.json());\n'
        '  return Response.json(await db.from("waitlist").select("*"));\n}\n', 2,
        "app/api/waitlist/route.ts",
        'import { createClient } from "@/lib/supabase";\n'
        "export async function POST(r: Request) {\n"
        '  await createClient().from("waitlist").insert(await r.json());\n'
        "  return new Response(null, { status: 201 });\n}\n"),
    "route-auth (pages router)": (
        "pages/api/notes.ts",
        'import type { NextApiRequest, NextApiResponse } from "next";\nimport { db } from "@/lib/db";\n'
        "export default async function handler(req: NextApiRequest, res: NextApiResponse) {\n"
        '  if (req.method === "DELETE") await db.note.deleteMany({ where: { id: String(req.query.id) } });\n'
        "  res.status(204).end();\n}\n", 3,
        "pages/api/notes.ts",
        'import type { NextApiRequest, NextApiResponse } from "next";\n'
        'import { getServerSession } from "next-auth";\n\n'
        "export default async function handler(req: NextApiRequest, res: NextApiResponse) {\n"
        "  const session = await getServerSession(req, res, {});\n"
        "  if (!session) return res.status(401).end();\n"
        '  if (req.method === "DELETE") res.status(204).end();\n}\n'),
    "service-role": (
        "app/api/report/route.ts",
        "export async function GET() {\n  const key = process.env.SUPABASE_SERVICE_ROLE_KEY;\n"
        "  return Response.json({ ok: Boolean(key) });\n}\n", 2,
        # the one place it may appear: a route that verifies the webhook's signature
        "app/api/stripe/webhook/route.ts",
        'import Stripe from "stripe";\nexport async function POST(r: Request) {\n'
        "  const event = new Stripe(process.env.STRIPE_SECRET_KEY!).webhooks.constructEvent("
        'await r.text(), r.headers.get("stripe-signature")!, process.env.STRIPE_WEBHOOK_SECRET!);\n'
        "  const key = process.env.SUPABASE_SERVICE_ROLE_KEY;\n"
        "  return Response.json({ ok: Boolean(key), id: event.id });\n}\n"),
    "rls (not enabled)": (
        "supabase/migrations/001_items.sql",
        "-- items\ncreate table if not exists public.items (\n  id uuid primary key\n);\n", 2,
        "supabase/migrations/001_items.sql",
        "create table if not exists public.items (\n  id uuid primary key,\n  owner_id uuid\n);\n"
        "alter table public.items enable row level security;\n"
        'create policy "own" on public.items for all using (auth.uid() = owner_id);\n'),
    "dangerous-html": (
        "components/Post.tsx",
        "export function Post({ body }: { body: string }) {\n  return (\n"
        "    <div dangerouslySetInnerHTML={{ __html: body }} />\n  );\n}\n", 3,
        "components/Post.tsx",
        'import DOMPurify from "isomorphic-dompurify";\nexport function Post({ body }: '
        "{ body: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: "
        "DOMPurify.sanitize(body) }} />;\n}\nexport const Logo = () => <span "
        'dangerouslySetInnerHTML={{ __html: "<b>Acme</b>" }} />;\n'),
    # the link's own line, under a script of several (the template is counted, not the file)
    "link-url (svelte)": (
        "src/lib/Sponsor.svelte",
        '<script lang="ts">\n  export let sponsor: { name: string; url: string };\n'
        "  const label = sponsor.name.toUpperCase();\n</script>\n\n<h3>{label}</h3>\n"
        "<a href={sponsor.url}>Visit</a>\n", 7,
        "src/lib/Sponsor.svelte",
        '<script lang="ts">\n  let { sponsor } = $props();\n'
        "  const isWeb = (u: string) => /^https?:\\/\\//i.test(u);\n"
        "  const ok = $derived(isWeb(sponsor?.url ?? ''));\n</script>\n\n"
        "{#if ok}<a href={sponsor.url}>Visit</a>{/if}\n"),
    "dom-xss (astro script)": (
        "src/pages/hi.astro",
        '---\nconst title = "Hi";\n---\n<h1>{title}</h1>\n<p id="who"></p>\n<script>\n'
        '  const who = new URLSearchParams(location.search).get("who");\n'
        '  document.getElementById("who")!.innerHTML = `Hello ${who}`;\n</script>\n', 8,
        "src/pages/hi.astro",
        '---\nconst title = "Hi";\n---\n<h1>{title}</h1>\n<p id="who"></p>\n<script>\n'
        '  const who = new URLSearchParams(location.search).get("who");\n'
        '  document.getElementById("who")!.textContent = `Hello ${who}`;\n</script>\n'),
}


def _project(path: str, text: str) -> dict[str, str]:
    return {"package.json": PKG, "lib/auth.ts": AUTH_LIB, "lib/supabase.ts": SUPA, path: text}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_flags_bad_sample_at_its_line(rule: str) -> None:
    bad_path, bad, line, _, _ = CASES[rule]
    findings = [f for f in security.check(_project(bad_path, bad), [bad_path])]
    assert findings, rule
    assert findings[0].line == line, findings
    assert findings[0].message.startswith(rule.split(" (")[0]), findings


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_passes_good_sample(rule: str) -> None:
    _, _, _, good_path, good = CASES[rule]
    assert security.check(_project(good_path, good), [good_path]) == []


ADMIN_LIB = ('import { createClient } from "@supabase/supabase-js";\n\nexport const admin = '
             "createClient(\n  process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n")
ADMIN_PAGE = ('import { admin } from "@/lib/admin";\nexport default async function P() {\n'
              '  const { data } = await admin.from("players").select("name");\n'
              "  return <p>{data?.length}</p>;\n}\n")


def test_server_only_is_asked_of_a_service_role_module_a_page_imports() -> None:
    files = {**_project("lib/admin.ts", ADMIN_LIB), "app/board/page.tsx": ADMIN_PAGE}
    findings = [f for f in security.check(files, ["lib/admin.ts"])]
    assert [(f.line, security.rule_of(f)) for f in findings] == [(4, "server-only")]
    files["lib/admin.ts"] = 'import "server-only";\n' + ADMIN_LIB
    assert security.check(files, ["lib/admin.ts"]) == []


def test_server_only_is_not_asked_of_a_module_only_routes_import() -> None:
    """Route handlers and webhooks never reach a browser bundle; a page or component might."""
    hook = ('import { admin } from "@/lib/admin";\nexport async function POST() {\n'
            '  await admin.from("events").insert({});\n  return new Response("ok");\n}\n')
    files = {**_project("lib/admin.ts", ADMIN_LIB), "app/api/webhooks/x/route.ts": hook}
    assert security.check(files, ["lib/admin.ts"]) == []


def test_rls_on_with_no_policy_is_deny_all_not_a_finding() -> None:
    """A table only the service role writes (webhook events) is locked by RLS without
    policies: nobody else can read or write it, which is the point."""
    sql = ("create table public.stripe_events (id text primary key);\n"
           "alter table public.stripe_events enable row level security;\n")
    path = "supabase/migrations/001_events.sql"
    assert security.check(_project(path, sql), [path]) == []
    no_rls = "create table public.stripe_events (id text primary key);\n"
    assert [security.rule_of(f) for f in security.check(_project(path, no_rls), [path])] == [
        "rls"]


def test_static_site_scripts_are_client_code() -> None:
    files = {"index.html": "<script src=app.js></script>",
             "app.js": 'const stripe = "sk_test_abcdefghijklmnop";\n'}
    assert [f.line for f in security.check(files, ["app.js"])] == [1]


def test_security_findings_reach_validate_with_file_and_line() -> None:
    bad_path, bad, line, _, _ = CASES["route-auth"]
    findings = validate(_project(bad_path, bad), only=[bad_path])
    assert [(f.path, f.check, f.line) for f in findings] == [(bad_path, "security", line)]


def test_webhook_with_signature_check_is_not_an_anonymous_mutation() -> None:
    route = ('import Stripe from "stripe";\nexport async function POST(r: Request) {\n'
             '  const sig = r.headers.get("stripe-signature")!;\n'
             "  const event = new Stripe(process.env.STRIPE_SECRET_KEY!).webhooks.constructEvent("
             "await r.text(), sig, process.env.STRIPE_WEBHOOK_SECRET!);\n"
             "  return Response.json({ received: event.id });\n}\n")
    assert security.check(_project("app/api/stripe/route.ts", route),
                          ["app/api/stripe/route.ts"]) == []


def test_fullstack_prompts_state_the_security_rules() -> None:
    from devora_desktop.agents import prompts

    for text in (prompts.MODE_RULES["fullstack"], prompts.BACKEND, prompts.DATABASE):
        assert "supabase.auth.getUser()" in text and "insert-only" in text
        assert "service-role key" in text and "NEXT_PUBLIC_" in text and "zod" in text
    assert "service-role key" not in prompts.MODE_RULES["web"]


def test_store_service_role_is_allowed_only_in_its_signed_webhook() -> None:
    from devora_desktop.agents import templates

    files = templates.all_files("store", "fullstack", "Shop")
    assert security.check(files, files) == []
    leaky = dict(files)
    leaky["app/api/orders/route.ts"] = files["app/api/orders/route.ts"].replace(
        'import { requireUser } from "@/lib/auth";',
        'import { requireUser } from "@/lib/auth";\n'
        'import { createAdminClient } from "@/lib/supabase/admin";').replace(
        "session.supabase.from", "createAdminClient().from")
    assert [security.rule_of(f) for f in security.check(leaky, ["app/api/orders/route.ts"])] \
        == ["service-role"]
    unsigned = dict(files)
    unsigned["app/api/stripe/webhook/route.ts"] = files["app/api/stripe/webhook/route.ts"].replace(
        'const event = verifyStripeSignature(payload, request.headers.get("stripe-signature"), '
        "process.env.STRIPE_WEBHOOK_SECRET);",
        "const event = JSON.parse(payload);")
    rules = {security.rule_of(f) for f in security.check(unsigned,
                                                          ["app/api/stripe/webhook/route.ts"])}
    assert rules == {"service-role", "webhook-signature"}


def test_a_rule_that_fails_reports_the_file_unchecked_instead_of_ending_the_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object) -> list:
        raise RecursionError("deeply nested model output")

    monkeypatch.setattr(security, "_code_injection", broken)
    codescan.forget()  # one-file rules are remembered per text: an earlier test may have run them
    files = _project("lib/x.ts", "export const x = 1;\n")
    (finding,) = security.check(files, ["lib/x.ts"])
    assert finding.severity == "warning" and finding.message.startswith("unchecked:")
    assert "RecursionError" in finding.message


def test_a_long_chain_of_pluses_is_read_not_recursed() -> None:
    """A model that builds a page's HTML as 'a' + 'b' + … over a thousand lines nests the
    chain on its left a thousand deep: folding it recursed once per term, and the
    RecursionError escaped the module's loading (outside any rule's guard), so validation
    and the run failed with an internal error."""
    from devora_desktop.agents import jsscan

    pieces = [f"'<li>{i}</li>'" for i in range(3000)]
    code = f"export const html = {' + '.join(pieces)};\n"
    findings = validate({"index.html": '<script src="app.js"></script>\n', "app.js": code})
    assert not [f for f in findings if f.message.startswith("unchecked:")], findings
    mod = jsscan.load("app.js", code)
    assert mod is not None and mod.consts["html"] == "".join(f"<li>{i}</li>" for i in range(3000))
    # in linear time: every node's parent, and the walk's depth, are known without asking
    # tree-sitter, which walks from the root for either (16,000 terms: 82 s, now ~3 s)
    links = [n for n in mod.nodes if n.type == "binary_expression"]
    assert len(links) == 2999 and mod.parent(links[-1]) == links[-2]
    assert all(mod.parent(c) == links[0] for c in links[0].children)


def test_a_name_bound_to_itself_ends_instead_of_recursing() -> None:
    """Cut model output can bind a name to a call of itself (``const app = express(app)``);
    resolving it must end, not exhaust the stack and leave the file unchecked."""
    files = _project("server.js", 'const express = require("express");\n'
                     "const app = express(app);\n"
                     'app.post("/x", app);\napp.delete("/y", async (req, res) => '
                     "{ await db.query('DELETE FROM t'); });\n")
    findings = security.check(files, ["server.js"])
    assert not [f for f in findings if f.message.startswith("unchecked:")]
    assert [security.rule_of(f) for f in findings] == ["route-auth"]


def test_a_banner_of_slashes_before_the_code_is_read_not_backtracked() -> None:
    """A file opening with a //////// banner line (a mock database in a real dashboard
    starter) made the "use client" check backtrack over every way to split the slashes into
    comments: one 549-file project never finished validating. It must answer, both ways."""
    banner = "/" * 80 + "\n// a fake database for the demo\n" + "/" * 80 + "\n"
    code = "export const users = [];\n"
    assert not security.is_client_code("src/constants/mock-users.ts", banner + code, False)
    assert security.is_client_code("src/components/list.tsx",
                                   banner + '"use client";\n' + code, False)


# A redirect helper named as safe, in another file: judged by what its body refuses.
_GO_ROUTE = ('import { redirect } from "next/navigation";\nimport { safeTo } from "@/lib/safe";\n'
             "export async function GET(request: Request) {\n"
             '  const next = safeTo(new URL(request.url).searchParams.get("next"));\n'
             "  redirect(next);\n}\n")


@pytest.mark.parametrize(("body", "open_redirect"), [
    ('if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\\\")) '
     'return "/";\n  return to;', False),
    ('return to && /^\\/(?![\\/\\\\])/.test(to) ? to : "/";', False),
    ('if (to && to.charCodeAt(0) === 47 && to.charCodeAt(1) !== 47 && to.charCodeAt(1) !== 92)'
     ' return to;\n  return "/";', False),
    ('const OK = new Set(["/a", "/b"]);\n  return to && OK.has(to) ? to : "/";', False),
    ('return to && to.startsWith("/") ? to : "/";', True),  # //evil.example passes
    ('if (!to || !to.startsWith("/") || to.startsWith("//")) return "/";\n  return to;',
     True),  # /\evil.example passes, and browsers read \ as /
])
def test_a_safe_named_redirect_helper_is_judged_by_its_body(body: str,
                                                            open_redirect: bool) -> None:
    files = {"app/go/route.ts": _GO_ROUTE,
             "lib/safe.ts": f"export function safeTo(to: string | null): string {{\n  {body}\n}}\n"}
    rules = {security.rule_of(f) for f in validate(files) if f.check == "security"}
    assert ("open-redirect" in rules) is open_redirect, rules
