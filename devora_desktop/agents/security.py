"""Security rules for generated code, run by ``validators.validate`` (see docs/ARCHITECTURE.md,
Safety).

Each rule reads code through real parsers: tree-sitter trees of JS/TS (``agents/jsscan.py``),
PostgreSQL's grammar for migrations (``agents/sqlscan.py``) and detect-secrets for keys
(``core/codescan.py``). Findings carry file, line and check ``"security"``; the message starts
with the rule's name, so they reach the owning agent like any other validator error. Rules:

- ``route-auth`` / ``action-auth``: a mutating route handler (any export form; Express, Fastify,
  Hono routes registered by call, SvelteKit ``+server`` handlers and form actions, Remix
  actions, Nuxt ``server/api`` handlers, Astro endpoints, Supabase Edge Functions'
  ``Deno.serve`` handlers, tRPC procedures) or a server action that reaches the database without
  a signed-in user (from an auth call, auth middleware before it, a Next.js ``middleware.ts``
  that keeps signed-out visitors from its URL, or the session's ``req.user``/``locals.user``),
  or before the user it resolved is checked (on every path); public sign-in flows and
  insert-only forms are allowed (files a handler only writes under ``os.tmpdir()`` are no
  data); a "use server" file's re-exports are server actions where they are defined; a GET
  or page that reads with the service role needs a user too; so does one that evaluates or
  shells out with text built at run time (anyone could run code on the server), and a GET
  listing a people table unfiltered outside the paths the app's auth middleware guards
  (a Hono/Express ``use("/api/private/*", auth)``, a Next.js middleware). A handler
  that first rejects callers without a secret from the environment (a cron job's bearer) is
  a machine caller. A middleware counts by what it does when this scan cannot see how it
  looks the user up: it answers 401 when the user it found is missing, then hands that user
  on (``req.user = user``, ``c.set("userId", …)``), also when a factory wraps it
  (``createMiddleware``).
- ``service-role``: the service-role key (read directly, through an alias, a computed env
  name, SvelteKit's ``$env`` modules, a client factory, a barrel file's re-export, or a
  service_role JWT literal, or an import of a project file the project lacks whose name
  says it is the admin client: ``supabaseAdmin``, ``createAdminClient`` from
  ``@/lib/supabase/admin``) used
  anywhere but a verified webhook, a secret-gated job, an admin-checked handler, or the auth
  admin API about the signed-in user's own account (and clearing that user's own rows).
- ``secret-in-client`` / ``next-public-secret`` / ``server-only`` / ``hardcoded-secret`` /
  ``credentials-in-url`` / ``token-in-url``: secrets where they leak (browser code and the
  modules it imports, a framework config's public part: Nuxt ``runtimeConfig.public``,
  ``publicRuntimeConfig``, next.config ``env``, Vite ``define``; ``NEXT_PUBLIC_`` names of
  secrets, a service-role module a page could import without ``import "server-only"``,
  literals in code including a secret env's literal fallback and signing keys (a secret
  inside a URL literal, such as a Slack webhook's path, is credentials in a URL),
  ``user:password@`` in URLs (literal, or from variables in a request's URL or in a URL a
  response hands the browser: JSON, a redirect, an href, a page's data), session tokens,
  passwords or server keys in a query string, a literal key in one; a search service's key
  in browser code that writes its index). Browser SDKs' public ids (Supabase anon, Firebase
  web config, Maps JS, analytics project tokens) pass.
- ``webhook-signature``: a webhook route that never calls a real signature check on every
  request (a check skipped when the header is missing, or swallowed by a catch, is none). A
  route is a webhook by its URL or file, a signature header, a provider's event headers
  (``X-Shopify-Shop-Domain``, ``x-github-event``: checking those proves nothing), or the
  fields only a provider posts (Twilio's ``From``/``Body``/``MessageSid``, Slack's
  ``response_url``, a Telegram update's ``message.chat.id``).
- ``idor``: a handler queries by an id from the request without an owner filter (one that
  reads the user and no request input: ``query.get("userId") ?? user.id`` or a destructuring
  default of request input is the request's pick; the user an auth wrapper hands its handler
  is the user), where RLS does not scope the table (or is bypassed); with no user at all,
  writes picked by a request id. Stored files likewise: an S3/GCS/R2 object whose key comes
  from the request and is tied to the caller by nothing (no user id in the key, no check of
  its prefix, no lookup by owner first). A write that names its owner from the request
  (``owner_id: body.ownerId``) is one too; taking a free row for the caller (``set
  booked_by = user where … booked_by is null``) is not.
- ``open-redirect`` (a check counts by what it does: an origin/host comparison, a lookup, a
  regular expression run on off-site targets, a helper judged by its body in any file, whatever
  its name; a leading-slash test, or a parsed URL's path never checked for ``//``, is none; a
  session key a handler fills from the request stays input when read back),
  ``code-injection`` (eval, ``new Function``, child_process, a template engine that runs
  code compiling a template from the request: ``_.template``, pug, ejs, Handlebars; eval of
  the page's URL is DOM XSS as well), ``sql-injection``
  (raw queries built by concatenation, ``+=`` included; a value is kept out only by a list
  lookup or a literal comparison, not a test of its own text; fragments joined from an array
  of placeholders are fixed text; PL/pgSQL ``EXECUTE … ||``), ``dangerous-html``
  (``dangerouslySetInnerHTML``, Svelte's ``{@html}``, Vue's ``v-html`` unsanitised),
  ``dom-xss`` (``innerHTML``, ``insertAdjacentHTML``, ``document.write``, jQuery's
  ``.html``/``.append`` and ``$("<tag>" + …)``, ``{@html}`` from input, socket messages and
  stored rows; a link or navigation to a URL from the request).
- Firebase rules (``allow read, write: if true``, any signed-in user over every document)
  count as ``rls-permissive``.
- ``rls`` (a table without RLS; RLS with no policy is deny-all, not a hole), ``rls-disabled``
  (switched off and not back on by the end of the migrations, DO blocks' EXECUTEs included),
  ``rls-permissive`` (``using (true)``/``with check (true)`` or a check that ignores the row's
  owner, on data people write; a select anyone passes on private data; policies read as
  PostgreSQL evaluates them: helpers that answer ``true`` and ``coalesce`` tautologies seen
  through, an OR-ed branch that never asks who calls is no owner check), ``anon-grant``
  (``grant … to anon`` on user
  data or on a security definer function, default privileges included; a select grant on
  rows public by design is not — only those marked published (``published_at is not
  null``), or a catalog's — nor execute on a definer function that only answers counts and
  averages, or yes/no whether a row exists). Migrations are replayed:
  dropped/altered policies, revokes and DO blocks count.

``categories(finding)`` names every kind of hole a finding is (a password in a URL is also a
hardcoded secret); bench/validators.py scores by them.
"""

from __future__ import annotations

import base64
import contextvars
import dataclasses
import functools
import itertools
import json
import logging
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator

from devora_desktop.agents import jsscan, nextmiddleware, sqlscan
from devora_desktop.agents.events import Finding
from devora_desktop.agents.jsscan import Module, Node, args, callee, strip, text, walk
from devora_desktop.core import codescan

log = logging.getLogger(__name__)
CHECK = "security"
_CODE_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")
_SERVICE_ROLE = re.compile(r"service[_-]?role", re.IGNORECASE)
_SERVICE_ROLE_ENV = re.compile(r"service[_-]?role|supabase_?(?:service|secret)(?:_?key)?\b|"
                               r"^sb_?secret|supabase_?admin_?key|"
                               # SB_SERVICE_KEY, NEXT_PUBLIC_SB_ADMIN_KEY: Supabase's short name
                               r"(?:^|_)sb_(?:[a-z0-9]+_)?(?:service|admin)", re.IGNORECASE)
_SECRET_ENV = re.compile(
    r"process\.env\.(?!NEXT_PUBLIC_)([A-Z0-9_]*(?:SECRET|SERVICE_ROLE|PRIVATE|PASSWORD)[A-Z0-9_]*)")
_PUBLIC_SECRET_NAME = (
    r"_([A-Z0-9_]*(?:SECRET|SERVICE_ROLE|"
    r"SERVICE_KEY|ADMIN_(?:API_)?KEY|PRIVATE|PASSWORD|WEBHOOK|DATABASE_URL|DB_URL|"
    # keys of services that have no public key: whoever holds one spends the account
    r"(?:OPENAI|ANTHROPIC|CLAUDE|GROQ|MISTRAL|COHERE|REPLICATE|HUGGING_?FACE|HF|RESEND|"
    r"SENDGRID|MAILGUN|POSTMARK|TWILIO|GITHUB|GEMINI|PERPLEXITY|DEEPSEEK|ELEVENLABS|"
    r"PINECONE|OPENROUTER|XAI|TOGETHER|FIREWORKS|AWS)[A-Z0-9_]*(?:KEY|TOKEN))[A-Z0-9_]*)\b")
# The prefixes bundlers inline into browser code: Next.js, Vite, Expo, Create React App,
# Gatsby, Vue CLI, Nuxt's public runtime config.
_NEXT_PUBLIC_SECRET = re.compile(
    r"\b(?:NEXT_PUBLIC|VITE|EXPO_PUBLIC|REACT_APP|GATSBY|VUE_APP|NUXT_PUBLIC)" +
    _PUBLIC_SECRET_NAME)
# SvelteKit's and Astro's bare PUBLIC_ prefix: public only where the framework reads it
# ($env/static/public, $env/dynamic/public, import.meta.env.PUBLIC_…); in a plain server the
# same name means nothing.
_BARE_PUBLIC_SECRET = re.compile(r"\bPUBLIC" + _PUBLIC_SECRET_NAME)
_BARE_PUBLIC_READ = re.compile(r"\$env/(?:static|dynamic)/public|import\.meta\.env\.PUBLIC_")
_SANITIZER = re.compile(r"(?:^|\.)(?:sanitize\w*|purify\w*|escape\w*|xss\w*|filterXSS|"
                        r"encode(?:HTML|Html|ForHTML)\w*|DOMPurify\.sanitize)$", re.IGNORECASE)
_WEBHOOK_HINT = re.compile(r"(?:stripe|svix|webhook|x-hub|x-signature|paddle|lemon|shopify|"
                           r"clerk|github)[-_]?(?:signature|id|timestamp|hmac)|x-signature|"
                           r"WEBHOOK_SECRET|SIGNING_SECRET|svix-|"
                           r"""^['"`]x-[\w-]+-signature(?:-\d+)?['"`]$|"""
                           # a provider's event headers: only its webhook calls send them
                           r"""^['"`]x-(?:shopify|github|gitlab|slack|twilio|paddle|"""
                           r"""lemon-squeezy|square|razorpay|mailgun|resend|clerk|woocommerce|"""
                           r"""bigcommerce|typeform|calendly|intercom)-[\w-]+['"`]$|"""
                           # the fields of Twilio's status and message callbacks
                           r"""^['"`](?:MessageSid|MessageStatus|SmsSid|SmsStatus|CallSid|"""
                           r"""CallStatus|RecordingSid)['"`]$""",
                           re.IGNORECASE)
# Twilio's callback fields read from the body (``const { MessageSid, MessageStatus } =
# req.body``): only Twilio's webhook posts them.
_CALLBACK_FIELDS = re.compile(r"\b(?:MessageSid|MessageStatus|SmsSid|SmsStatus|CallSid|"
                              r"CallStatus|RecordingSid)\b")
# What Twilio posts to an app's own SMS or voice URL (``req.body.From``, ``form.get("Body")``,
# ``const { From, Body } = req.body``): capitalised fields no browser form of the app sends.
# Only with Twilio (or its TwiML answer) named in the file: S3's GetObject answers ``.Body``.
_INBOUND_FIELDS = re.compile(r"""\.(?:From|Body|Digits|SpeechResult|NumMedia)\b|"""
                             r"""\bget\(\s*['"`](?:From|Body|Digits|SpeechResult|NumMedia)"""
                             r"""['"`]\s*\)|\{[^{}=]*\b(?:From|Body|Digits)\b[^{}=]*\}\s*=""")
_TWILIO_NAMED = re.compile(r"twilio|twiml|<Response\b", re.IGNORECASE)


# Slack's slash commands and interactions (``response_url``) and a Telegram bot's updates
# (``update.message.chat.id``, ``callback_query``): only the provider posts them.
_PROVIDER_FIELDS = re.compile(r"\b(?:response_url|callback_query)\b|"
                              r"(?:^|[^\w$])message\??\.chat\??\.id\b")


def _provider_callback(fn: Node, mod: Module) -> bool:
    """A handler that reads the fields only a provider's webhook posts (Twilio's status and
    message callbacks, its inbound SMS or call; Slack's commands; a Telegram bot's updates)."""
    code = text(fn)
    return bool(_CALLBACK_FIELDS.search(code) or _PROVIDER_FIELDS.search(code)) or (
        bool(_INBOUND_FIELDS.search(code)) and bool(_TWILIO_NAMED.search(mod.src))) or (
        _tells_payment_events(fn, mod))


# The names of the events a provider posts to an app's webhook: a payment provider's
# (Stripe's ``invoice.paid``, ``checkout.session.completed``; Paddle's ``transaction.completed``;
# Lemon Squeezy's ``order_created``), an auth provider's (Clerk's ``user.deleted``,
# ``organizationMembership.created``), a mail provider's (Resend's ``email.bounced``), a booking
# one's (Calendly's ``invitee.canceled``): a handler that tells them apart is that provider's
# webhook, whatever its URL or folder is called.
_PROVIDER_EVENT = re.compile(
    r"^(?:checkout\.session|invoice|customer\.subscription|payment_intent|charge|setup_intent|"
    r"payment_method|payout|subscription_schedule|transaction|subscription)\.[a-z_]+(?:\.[a-z_]+)?$|"
    r"^(?:order_(?:created|refunded)|subscription_(?:created|updated|cancelled|expired|"
    r"payment_success|payment_failed))$|"
    # PayPal's PAYMENT.CAPTURE.COMPLETED, CHECKOUT.ORDER.APPROVED, BILLING.SUBSCRIPTION.*
    r"^(?:PAYMENT|CHECKOUT|BILLING|CUSTOMER\.DISPUTE)\.[A-Z_]+(?:\.[A-Z_]+)*$")
# Events an app may also name for itself (``user.deleted``, ``session.ended``): a provider's
# only in a handler that names the provider or checks no signed-in user (a provider's call
# carries no one's session).
_SHARED_EVENT = re.compile(
    r"^(?:user|session|organization|organizationMembership|organizationInvitation)\."
    r"(?:created|updated|deleted|ended|removed|revoked|accepted)$|"
    r"^email\.(?:sent|delivered|delivery_delayed|bounced|complained|opened|clicked|received)$|"
    r"^invitee\.(?:created|canceled)$|^form_response$|"
    # Razorpay's and Square's payment.captured, order.paid, refund.processed
    r"^(?:payment|order|refund|payout|dispute)\.(?:captured|authorized|failed|created|updated|"
    r"completed|paid|processed)$")
_EVENT_SENDER = re.compile(r"clerk|svix|resend|calendly|typeform|workos|kinde|auth0|postmark|"
                           r"sendgrid|mailgun|razorpay|square|mollie|web_?hook", re.IGNORECASE)
_SIGNED_IN_CHECK = re.compile(r"\b(?:auth|getServerSession|getSession|currentUser|getUser|"
                              r"requireAuth\w*|requireUser|ensureAuth\w*|isAuthenticated|"
                              r"safeGetSession)\s*\(|\b(?:req|request)\.(?:user|session)\b|"
                              r"\blocals\.(?:user|session)\b|\brequireAuth\w*\b")


# What a handler answers someone who is not signed in (or not allowed): 401/403, a redirect to
# sign in, or an error saying so.
_REFUSAL = re.compile(r"\b40[13]\b|unauthori[sz]ed|forbidden|not signed|sign ?in|log ?in|"
                      r"UNAUTHORIZED|FORBIDDEN", re.IGNORECASE)


def _refuses_no_caller(fn: Node) -> bool:
    """The handler looks its caller up and answers 401/403 (or sends them to sign in) when
    there is none: ``const me = await getCurrentUser(); if (!me) return 401``, Lucia's
    ``const { user } = await validateRequest(); if (!user) …``, whatever the helper is called.
    A sender of events proves itself with a signature, not a session: this is the app's own
    signed-in endpoint."""
    for n in walk(fn, skip_functions=True):
        if n.type != "if_statement" or not jsscan._exits(n.child_by_field_name("consequence")):
            continue
        cond = n.child_by_field_name("condition")
        if cond is None or not _REFUSAL.search(text(n.child_by_field_name("consequence"))):
            continue
        for name in {text(i) for i in [cond, *walk(cond)] if i.type == "identifier"}:
            value = strip(jsscan.declaration_of(fn, name, cond.start_byte))
            if value is not None and value.type == "await_expression":
                value = strip(value.named_children[0]) if value.named_children else None
            if value is not None and value.type == "call_expression" and not \
                    jsscan.REQUEST_SOURCES.search(text(value)) and not re.search(
                        r"\.(?:json|text|formData|arrayBuffer)\(\)$", text(value)):
                return True
    return False


def _tells_payment_events(fn: Node, mod: Module | None = None) -> bool:
    """``event.type === "invoice.paid"``, ``switch (body.event_type) { case
    "transaction.completed": … }``, ``handlers[evt.type]`` over a table keyed by those names,
    ``type.startsWith("customer.subscription.")``, where the event is what the request's body
    said (events listed from the provider's own API are not a webhook's)."""
    for n in walk(fn):
        if n.type == "switch_statement":
            cases = [c.child_by_field_name("value") for c in walk(n) if c.type == "switch_case"]
            subject = [strip(n.child_by_field_name("value"))]
        elif n.type == "binary_expression" and text(n.child_by_field_name("operator")) in (
                "===", "==", "!==", "!="):
            cases = subject = [n.child_by_field_name("left"), n.child_by_field_name("right")]
        elif n.type == "call_expression" and callee(n).endswith(".startsWith") and args(n):
            target = strip(n.child_by_field_name("function"))
            cases = args(n)[:1]
            subject = [target.child_by_field_name("object") if target is not None else None]
        elif n.type == "subscript_expression":  # handlers[evt.type]?.(evt.data.object)
            table = strip(n.child_by_field_name("object"))
            value = _table_literal(table, fn) if table is not None else None
            cases = [p.child_by_field_name("key") for p in value.named_children
                     if p.type == "pair"] if value is not None else []
            subject = [n.child_by_field_name("index")]
        else:
            continue
        names = [(jsscan.string_value(c) or "").removesuffix(".") for c in cases
                 if c is not None and c.type == "string"]
        if n.type == "call_expression":  # a prefix: "customer.subscription." stands for its events
            names = [x + ".x" for x in names if x]
        if not any(_PROVIDER_EVENT.match(x) for x in names) and not (
                any(_SHARED_EVENT.match(x) for x in names) and mod is not None and (
                    _EVENT_SENDER.search(f"{mod.path}\n{mod.src}") or not (
                        _SIGNED_IN_CHECK.search(mod.src) or _refuses_no_caller(fn)))):
            continue
        if any(_from_request_body(x, fn) for x in subject):
            return True
    return False


def _table_literal(name: Node, fn: Node) -> Node | None:
    """The object literal an identifier is bound to, in the function or its file."""
    if name.type != "identifier":
        return None
    root = fn
    while root.parent is not None:
        root = root.parent
    value = strip(jsscan.declaration_of(fn, text(name), name.start_byte) or
                  jsscan.declaration_of(root, text(name)))
    return value if value is not None and value.type == "object" else None


_BODY_READ = re.compile(r"\b(?:req|request|ctx\.request|event)\.body\b|\b(?:req|request|c\.req|"
                        r"ctx\.req|event\.request)\.(?:json|text)(?:<[^<>()]*>)?\(\)|\breadBody\(|"
                        r"\bJSON\.parse\(")


def _from_request_body(node: Node | None, fn: Node) -> bool:
    """``event.type`` where ``event`` is the request's body (``const event = req.body``,
    ``await request.json()``, ``JSON.parse(raw)``), directly or one name away."""
    node = strip(node)
    for _ in range(3):
        if node is None or node.type not in ("member_expression", "identifier"):
            return False
        if _BODY_READ.search(text(node)):
            return True
        base = node
        while base is not None and base.type == "member_expression":
            base = strip(base.child_by_field_name("object"))
        if base is None or base.type != "identifier":
            return False
        params = fn.child_by_field_name("parameters")
        if params is not None and re.search(  # NestJS: handle(@Body() event: WebhookEvent)
                rf"@Body\(\s*\)\s*(?:(?:public|private|readonly)\s+)*{re.escape(text(base))}\b",
                text(params)):
            return True
        value = strip(jsscan.declaration_of(fn, text(base), node.start_byte))
        if value is None or value is base:
            return False
        if _BODY_READ.search(text(value)):
            return True
        node = value
    return False


_VERIFY_CALL = re.compile(r"(?:^|\.)(?:constructEvent|constructEventAsync|verifyWebhook\w*|"
                          r"timingSafeEqual|verify\w*Signature|validateEvent|unwrap|unmarshal|"
                          r"validateRequest\w*|validateWebhook\w*|isValid\w*Signature|verifyKey|"
                          r"verifyRequest|verifyAndReceive)$|"
                          r"(?:^|\.)webhooks?\.(?:verify|validate)$|^twilio\.webhook$",
                          re.IGNORECASE)
_SIDE_EFFECT = re.compile(r"\.(?:send|create|update|delete|del|set|put|remove|refund|cancel|"
                          r"charge|upload|publish)$|^(?:writeFile|unlink|rm|appendFile)(?:Sync)?$")
_STRONG_CHECK = re.compile(r"\.origin\b|\.host(?:name)?\s*[!=]==|\b(?:includes|has)\s*\(|"
                           r"\\\\|URL\.canParse|===\s*['\"`]/|"
                           r"charCodeAt\([^)]*\)\s*[!=]==?\s*92\b",  # 92 is the backslash
                           re.IGNORECASE)
_SAFE_NAME = re.compile(r"safe|sanitiz|allow|whitelist|internal|relative|validat|same_?origin",
                        re.IGNORECASE)
_REDIRECT_SINK = re.compile(r"^(?:redirect|permanentRedirect|NextResponse\.redirect|"
                            r"Response\.redirect|res\.redirect|response\.redirect|reply\.redirect|"
                            r"c\.redirect|ctx\.redirect|sendRedirect|Astro\.redirect|"
                            r"router\.push|router\.replace|\w+\.push|\w+\.replace|"
                            r"(?:window\.)?location\.(?:assign|replace)|window\.open)$")
# A FileReader's result: the file's text when the page reads it as text (a data: URL or an
# ArrayBuffer holds no markup).
_FILE_TEXT = r"\b(?:target|reader|fileReader|fr)\.result\b"
_DOM_SOURCES = re.compile(
    r"\blocation\.(?:search|hash|href|pathname)|\bURLSearchParams\b|\bsearchParams\b|"
    r"\buseSearchParams\b|\.value\b|\.val\(\s*\)|document\.cookie|document\.referrer|window\.name|"
    r"\b(?:e|ev|event|msg|message)\.data\b|\.json\(\)|\buseParams\b|router\.query|"
    # what a server answered: axios, jQuery's and ky's requests
    r"\baxios(?:\.\w+)?\s*\(|\$\.(?:get|getJSON|ajax|post)\(|\bky(?:\.\w+)?\s*\(|"
    r"\.get\(\s*['\"]|\bprompt\(|"
    # a file the person picked or dropped (CSV/JSON imports people pass around), a paste
    r"\.files\b|" + _FILE_TEXT + "|"
    r"\b(?:clipboardData|dataTransfer)\.getData\(|"
    # what other people stored: rows a client reads, realtime messages
    r"\.from\(\s*['\"`][\w.]+['\"`]\s*\)|\.channel\(|"
    r"^(?:\w*[sS]ocket|io(?:\(\))?|ws|conn\w*)\.(?:on|once|addEventListener)$|"  # socket events
    r"^(?:\$|jQuery)\.(?:get|getJSON|ajax|post)$|"  # the callback of jQuery's request
    r"^(?:window\.|document\.)?location$|"  # const { hash } = window.location
    r"\$?route\.(?:query|params|hash)\b")  # Vue Router
_SHELL = re.compile(r"^(?:/(?:usr/)?bin/)?(?:sh|bash|zsh|dash|cmd(?:\.exe)?|powershell|pwsh)$")
_CHILD = ("exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork")
_SQL_RAW = re.compile(r"(?:^|\.)(?:query|execute|exec|raw|\$queryRawUnsafe|\$executeRawUnsafe|"
                      r"unsafe|prepare|all|run|get)$")
_URL_CREDS = re.compile(r"\b([a-z][a-z0-9+.-]{1,20})://([^\s:/@'\"`<>{}]*):([^\s@/'\"`<>{}]+)@"
                        r"[\w.-]+", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^(?:\$|<|\{|\*+$|x+$|\.\.\.|\[)|^(?:pass(?:word)?|passwd|pwd|secret|"
                          r"changeme|change[-_]me|example|your[-_\w]*|my[-_]?password|"
                          r"placeholder|redacted|test|dummy|user|username|postgres|root|admin|"
                          r"password123|hunter2)$", re.IGNORECASE)
# A script that can only run in Node (a server), whatever the project looks like: CommonJS, or
# a server framework or Node built-in imported.
_NODE_CODE = re.compile(r"""\brequire\(\s*['"]|\bmodule\.exports\b|^\s*import\b[^;'"]*?['"]"""
                        r"""(?:node:|express|fastify|hono|koa|http|https|fs|pg|mysql2|mongoose)"""
                        r"""(?:/[\w./-]*)?['"]""", re.MULTILINE)
_ENV_FILE = re.compile(r"(?:^|/)\.env(?:\.(?!example$|sample$|template$)[\w.-]+)?$")


# Each rule's kind of hole, in the words reviewers use (bench/validators.py scores by these).
CATEGORIES = {
    "route-auth": "missing_auth", "action-auth": "missing_auth",
    "session-unverified": "missing_auth", "token-unverified": "missing_auth",
    "service-role": "service_role_misuse", "server-only": "service_role_misuse",
    "secret-in-client": "hardcoded_secret", "next-public-secret": "hardcoded_secret",
    "hardcoded-secret": "hardcoded_secret", "credentials-in-url": "credentials_in_url",
    "token-in-url": "credentials_in_url",
    "webhook-signature": "webhook_unverified", "idor": "idor",
    "open-redirect": "open_redirect", "code-injection": "code_injection",
    "sql-injection": "sql_injection", "dangerous-html": "xss_react", "dom-xss": "dom_xss",
    "link-url": "xss_react",
    "rls": "rls_disabled", "rls-disabled": "rls_disabled", "rls-permissive": "rls_permissive",
    "anon-grant": "anon_grant",
}


def rule_of(finding: Finding) -> str:
    return finding.message.split(":", 1)[0]


# Rules whose one finding is two kinds of hole: a password written inside a URL is also a
# secret committed with the code.
# A finding that is also a second kind: a password in a URL is a committed secret too, and a
# server action that changes data without a user is the issue's "server actions without auth"
# (blind sets name that kind apart from route handlers' missing_auth).
ALSO = {"credentials-in-url": "hardcoded_secret", "action-auth": "server_action_no_auth"}


def category(finding: Finding) -> str | None:
    """The kind of hole a security finding reports (None for other checks)."""
    if finding.check != CHECK:
        return None
    rule = rule_of(finding)
    if rule in ("secret-in-client", "next-public-secret") and (_SERVICE_ROLE.search(
            finding.message) or _SERVICE_ROLE_ENV.search(finding.message.split(" ", 2)[1])):
        # VITE_SUPABASE_SERVICE_KEY is the service-role key under another name
        return "service_role_misuse"
    return CATEGORIES.get(rule)


def categories(finding: Finding) -> set[str]:
    """Every kind of hole a security finding reports (empty for other checks). Svelte's
    ``{@html}`` and Vue's ``v-html`` of stored data are both kinds: a framework's raw-HTML
    door like React's ``dangerouslySetInnerHTML``, and DOM XSS in a page that is not React."""
    first = category(finding)
    if first is None:
        return set()
    also = ALSO.get(rule_of(finding))
    if rule_of(finding) == "next-public-secret" and _LIVE_KEY in finding.message:
        also = "hardcoded_secret"
    if rule_of(finding) == "idor" and finding.message.endswith(_IDOR_ACTION):
        also = "server_action_no_auth"
    if rule_of(finding) == "rls" and _OWNER_VIEW in finding.message:
        also = "anon_grant"  # the API's default grants hand the view to anon as well
    if rule_of(finding) == "route-auth" and _PICKED in finding.message:
        also = "idor"
    if rule_of(finding) == "code-injection" and _IN_PAGE in finding.message:
        also = "dom_xss"
    if rule_of(finding) == "dangerous-html" and re.search(
            r"\{@html\}|\bv-html\b|\bset:html\b|\bbypassSecurityTrust", finding.message):
        also = "dom_xss"
    return {first, also} if also else {first}


# A handler with no user that reads by an id the request names, with RLS bypassed: missing
# auth and IDOR at once (anyone reads anyone's row by changing the id).
_PICKED = ", and any caller picks the row by an id in the request"


def _line(text_: str, pos: int) -> int:
    return text_.count("\n", 0, pos) + 1


def _finding(path: str, line: int, rule: str, message: str) -> Finding:
    return Finding(path=path, check=CHECK, line=line, message=f"{rule}: {message}")


def _strip_comments(src: str) -> str:
    """Blank out JS comments, keeping offsets (and so line numbers) intact."""
    def blank(m: re.Match) -> str:
        if m.group(1):
            return m.group(1)
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"""("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|//[^\n]*|"""
                  r"/\*.*?\*/", blank, src, flags=re.DOTALL)


# "use client" after any comments. Possessive: with backtracking, a file opening with a few
# banner lines (// =====…) took seconds per line (a 549-file project never finished).
_USE_CLIENT = re.compile(r"""^\s*+(?:(?://[^\n]*+|/\*.*?\*/)\s*+)*+['"]use client['"]""",
                         re.DOTALL)


def is_client_code(path: str, src: str, static_site: bool) -> bool:
    """Code that ships to the browser: "use client" modules, public/ assets, static sites."""
    if path.startswith("public/") and path.endswith((*_CODE_EXT, ".html", ".htm")):
        return True
    if path.endswith(_CODE_EXT) and _USE_CLIENT.match(src):
        return True
    return static_site and path.endswith((*_CODE_EXT, ".html", ".htm")) and not (
        path.endswith(_CODE_EXT) and _NODE_CODE.search(src))


def is_route(path: str) -> bool:
    return jsscan.is_route_path(path)


def _bundles_modules(package_json: str | None) -> bool:
    if package_json is None:
        return True
    try:
        pkg = json.loads(package_json)
        deps = {**(pkg.get("dependencies") or {}), **(pkg.get("devDependencies") or {})}
    except (ValueError, AttributeError, TypeError):
        return True
    servers = {"express", "fastify", "hono", "koa", "@koa/router", "koa-router", "polka"}
    return not (servers & set(deps)) or bool({"next", "react", "vite", "@remix-run/react",
                                               "@sveltejs/kit"} & set(deps))


# A module that imports these never reaches a browser bundle: Next.js stops the build
# ("next/headers only works in a Server Component"; "server-only" exists to say so).
_SERVER_ONLY_IMPORT = re.compile(r"""^\s*import\b[^;]*?['"](?:next/headers|server-only)['"]""",
                                 re.MULTILINE)


# What makes a package more than a browser app: a server or a framework that renders on one.
_SERVER_PACKAGES = re.compile(r"^(?:next|nuxt|@sveltejs/kit|@remix-run/\w+|@react-router/dev|"
                              r"astro|express|fastify|hono|koa|@nestjs/core|polka|vike|"
                              r"vite-plugin-ssr|@tanstack/(?:react-)?start|@builder\.io/qwik-city|"
                              r"@solidjs/start|electron)$")


def _spa_source_dirs(files: dict[str, str]) -> list[str]:
    """The ``src/`` folders of single-page apps (a Vite or Create React App package with no
    server and no server-rendering framework: what Lovable and bolt.new write): all of it is
    bundled for the browser, whatever its names say. Its Supabase Edge Functions and any
    server/ folder live outside it."""
    out = []
    for path, text_ in files.items():
        if path.rsplit("/", 1)[-1] != "package.json" or "node_modules/" in path:
            continue
        try:
            pkg = json.loads(text_)
            deps = {**(pkg.get("dependencies") or {}), **(pkg.get("devDependencies") or {})}
        except (ValueError, AttributeError, TypeError):
            continue
        if ({"vite", "react-scripts"} & set(deps)) and not any(
                _SERVER_PACKAGES.match(d) for d in deps):
            out.append(path[:-len("package.json")] + "src/")
    return out


def _erased_import(mod: Module, stmt: Node) -> bool:
    """A TypeScript import whose names the module uses only as types (``import { User } from
    "@/lib/db/schema"`` then ``user: User``) is erased by the compiler: it ships nothing."""
    clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
    if clause is None or not mod.path.endswith((".ts", ".tsx", ".mts", ".cts")):
        return False
    names: set[str] = set()
    for c in clause.named_children:
        if c.type != "named_imports":
            return False  # a default or namespace import: taken as a value
        for spec in c.named_children:
            name = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
            if spec.type == "import_specifier" and name is not None:
                names.add(text(name))
    if "value_names" not in mod.cache:
        mod.cache["value_names"] = {
            text(n) for n in mod.of_type("identifier", "shorthand_property_identifier")
            if not (n.parent is not None and n.parent.type == "import_specifier")}
    return bool(names) and not names & mod.cache["value_names"]


# Words in prose and comments say nothing about the database the code talks to ("unlike
# Supabase, …", "-- no RLS: this is not Supabase").
_PROSE = (".md", ".mdx", ".txt", ".rst", ".adoc")
_EXPOSED_DB = re.compile(r"supabase|postgrest|\bauth\.(?:uid|jwt|role)\(\)|\bauth\.users\b|"
                         r"\bto\s+\"?(?:anon|authenticated)\b", re.IGNORECASE)


# Migrations an ORM wrote: Prisma's prisma/migrations/<stamp>/migration.sql, drizzle-kit's
# drizzle/0000_<words>.sql (or the folder its config names).
_ORM_MIGRATION = re.compile(r"(?:^|/)prisma/migrations/[^/]+/migration\.sql$|"
                            r"(?:^|/)drizzle(?:/migrations)?/\d{4}_[\w-]+\.sql$")
# A Postgres only the app's server reaches: another host, a local or Docker one, another
# database, or the project saying so.
_SERVER_ONLY_DB = re.compile(
    r"neon(?:database|\.tech|\()|@vercel/postgres|planetscale|railway\.app|\.rds\.amazonaws|"
    r"localhost:\d+/|127\.0\.0\.1|postgres:\d+|image:\s*['\"]?postgres|"
    r"provider\s*=\s*\"(?:sqlite|mysql|sqlserver|mongodb|cockroachdb)\"|"
    r"dialect:\s*['\"](?:sqlite|mysql|turso)['\"]|"
    r"plain postgres|no (?:PostgREST|Supabase)|server[- ]only",
    re.IGNORECASE)
# Code that signs people in on the app's own server: it checks a password hash, signs or
# verifies a token, or keeps sessions (its own table, a session middleware, an auth library):
# then the server is the only one that reads the tables, as whoever it proved.
_OWN_SIGN_IN = re.compile(
    r"\b(?:bcrypt\w*|argon2\w*|scrypt(?:Sync)?|pbkdf2(?:Sync)?|hashPassword|verifyPassword)\b|"
    r"\bjwt\.(?:sign|verify)\b|\bjsonwebtoken\b|\b(?:jwtVerify|SignJWT|jwtDecrypt)\b|"
    r"@oslojs/|\boslo\b|express-session|cookie-session|iron-session|hono/jwt|passport-jwt|"
    r"\bBun\.password\.|@node-rs/(?:argon2|bcrypt)|\bJwtService\b|\bjwtService\b|"
    r"\b(?:createSession|validateSession\w*|invalidateSession)\b|"
    r"next-auth|@auth/|\blucia\b|\bpassport\b|better-auth|@clerk/|@kinde-oss|auth0|"
    r"firebase-admin")


_ADMIN_CLIENT_NAME = re.compile(r"^(?:supabase_?admin|admin_?supabase|supabase_?service\w*|"
                                r"service_?role\w*|create_?(?:supabase_?)?(?:admin|service_?"
                                r"role|service)_?client|get_?(?:supabase_?)?(?:admin|service_?"
                                r"role)_?client|(?:supabase_?)?admin_?client)$", re.IGNORECASE)
_ADMIN_CLIENT_PATH = re.compile(r"supabase[/_-]?(?:admin|service(?:[_-]?role)?)(?:\.\w+)?$|"
                                r"(?:^|/)(?:supabase[_-]?)?(?:admin|service[_-]?role)[_-]?"
                                r"(?:client|supabase)(?:\.\w+)?$", re.IGNORECASE)


class _AutoImports(jsscan.Project):
    """The project, with Nuxt's auto-imports: a server route calls ``requireMember(event)``
    from ``server/utils/`` without importing it (h3's utilities and the project's own), so a
    bare name no file imports is looked up among those files' top-level names."""

    def resolve(self, mod: Module, name: str) -> tuple[Module, Node] | None:
        found = super().resolve(mod, name)
        base = name.split(".")[0].split("(")[0]
        if found is not None or base in mod.imports or base in mod.top or not re.search(
                r"(?:^|/)server/(?:api|routes|middleware)/", mod.path):
            return found
        for path, other in self.modules.items():
            if re.search(r"(?:^|/)server/utils/", path) and base in other.top:
                member = name.split(".")[1].split("(")[0] if "." in name else ""
                return jsscan._member(other, other.top[base], member)
        return None


class _Scan:
    """The whole project, parsed once per ``check``: modules, the helpers they share, the
    schema the migrations build, and which names and functions carry the service role."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.modules: dict[str, Module] = {}
        for path, src in files.items():
            if path.endswith(_CODE_EXT) and "node_modules/" not in path:
                mod = jsscan.load(path, src)
                if mod is not None:
                    self.modules[path] = mod
        self.static_site = "package.json" not in files and not any(
            p.endswith((".tsx", ".ts")) for p in files) and not self._server_signs()
        self.project = _AutoImports(self.modules)
        self.browser_dirs = _spa_source_dirs(files)
        self.bundled = self._bundled_for_browser()
        # Whether any module could be bundled for the browser by mistake (Next.js and the like,
        # what `import "server-only"` guards); not a plain Node server (Express, Fastify…).
        self.bundles_modules = _bundles_modules(files.get("package.json"))
        self.schema = sqlscan.read(files)
        self._sr_factories: dict[tuple[str, str], bool] = {}
        self._env: dict[str, list[tuple[Node, str]]] = {}
        self._exposed: str | None = None
        self.html_helpers: dict[str, dict[int, list[int]]] = {}
        self._ui_imports: set[str] | None = None
        # Router files mounted elsewhere behind middleware: path -> (mounting module, guard).
        self.mounted: dict[str, list[tuple[Module, Node]]] = {}
        self.remote: dict[str, list[tuple[jsscan.Entry, list[tuple[Module, Node]]]]] = {}
        self.hook_prefixes: list[str] = []
        self.hook_key_prefixes: list[str] = []
        self.nuxt_guards: list[tuple[str, bool]] = []
        self.admin_locals: set[str] = set()
        self.next_guard: nextmiddleware.PathGuard | None = None
        try:
            self._read_wiring()
        except Exception as exc:  # odd model output: routes count as unguarded, as before
            log.warning("could not read how the project wires its routes", exc_info=exc)

    def _read_wiring(self) -> None:
        """What other files say about a file's routes: mounted routers, controllers
        registered elsewhere, SvelteKit hook prefixes (read while the scan is set up, outside
        the per-file guard)."""
        mounted: dict[str, list[tuple[Module, jsscan.Mount]]] = {}
        for mod in self.modules.values():
            for m in jsscan.mounts(mod, functools.partial(self._function, mod)):
                target = self.project.module_for(mod.path, m.source)
                if target is not None:
                    self.mounted.setdefault(target.path, []).extend((mod, g) for g in m.guards)
                    mounted.setdefault(mod.path, []).append((target, m))
        self._read_handed_apps(mounted)
        # A router mounted inside a router: the guards before the outer one run first
        # (``app.use("/api", requireUser, api)``, then ``api.use("/tasks", tasks)``).
        for _ in range(4):
            grew = False
            for path, inner in mounted.items():
                for target, _m in inner:
                    have = {id(g) for _, g in self.mounted.get(target.path, [])}
                    new = [(w, g) for w, g in self.mounted.get(path, []) if id(g) not in have]
                    if new and target.path != path:
                        self.mounted.setdefault(target.path, []).extend(new)
                        grew = True
            if not grew:
                break
        self.hook_prefixes = _hook_guarded_prefixes(self.modules)
        self.hook_key_prefixes = _hook_guarded_prefixes(self.modules, keys_only=True)
        self.nuxt_guards = _nuxt_middleware_guards(self.modules)
        self.admin_locals = self._admin_locals()
        self.next_guard = nextmiddleware.guard(self.modules, self.project)
        # Route handlers a Next.js route file re-exports from another file (``export {
        # deleteNote as DELETE }`` of an import, ``export { POST } from "@/lib/handlers"``):
        # judged in the file that holds them, unless the middleware guards the route's URL.
        for mod in self.modules.values():
            if not jsscan.is_route_path(mod.path) or _middleware_guarded(self, mod.path):
                continue
            for name, alias, source in _reexported(mod):
                target = self.project.module_for(mod.path, source) if source else None
                found = (target, target.top.get(name)) if target is not None else \
                    self.project.resolve(mod, name)
                if found is None or found[0] is None or found[0] is mod or found[1] is None:
                    continue
                fn = jsscan.function_of(found[0], found[1])[0]
                if fn is not None and alias in jsscan.HTTP_METHODS:
                    self.remote.setdefault(found[0].path, []).append((jsscan.Entry(
                        alias, "route", fn, jsscan.line(fn),
                        label=f"{alias} (re-exported by {mod.path})"), []))
        # Server actions a "use server" file re-exports from a plain module (``export {
        # deleteAccount } from "@/lib/account"``): any page can call them, judged where they are.
        for mod in self.modules.values():
            if not mod.use_server:
                continue
            for name, alias, source in _reexported(mod):
                found = self.project.resolve(mod, name) if not source else \
                    self.project.exported(mod.path, source, name)
                fn = jsscan.function_of(found[0], found[1])[0] if found is not None and \
                    found[0] is not mod else None
                if fn is not None and found is not None and not found[0].use_server:
                    self.remote.setdefault(found[0].path, []).append((jsscan.Entry(
                        alias, "action", fn, jsscan.line(fn),
                        label=f"server action {alias} (re-exported by {mod.path})"), []))
        # Handlers a route file imports from another (controllers): judged in their own file,
        # with the guards of the registration and of the router's mount.
        for mod in self.modules.values():
            for r in jsscan.remote_routes(mod):
                target = self.project.module_for(mod.path, r.source)
                base, _, member = r.name.partition(".")
                value = target.top.get(base) if target is not None else None
                if target is not None and value is not None and member:
                    value = (jsscan._member(target, value, member) or (None, None))[1]
                fn = jsscan.function_of(target, value)[0] if value is not None else None
                if target is None or fn is None:
                    continue
                entry = jsscan.Entry(r.verb, "route", fn, jsscan.line(fn), url=r.url,
                                     label=f"{r.verb} {r.url}")
                self.remote.setdefault(target.path, []).append(
                    (entry, [(mod, g) for g in r.guards] + self.mounted.get(mod.path, [])))

    def _read_handed_apps(self, mounted: dict[str, list[tuple[Module, jsscan.Mount]]]) -> None:
        """Routes a function mounts on the app it is handed (``registerRoutes(app)`` from
        another file, which does ``app.use("/api/invoices", invoices)``): the middleware the
        caller put on that app before the call guards them too."""
        for mod in self.modules.values():
            apps = set(re.findall(r"\b(\w+)\.use\(", mod.src))
            for call in mod.of_type("call_expression") if apps else []:
                fn_name = callee(call)
                if "." in fn_name or not any(
                        a.type == "identifier" and text(a) in apps for a in args(call)):
                    continue
                found = self.project.resolve(mod, fn_name)
                fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
                params = fn.child_by_field_name("parameters") if fn is not None else None
                if found is None or fn is None or params is None:
                    continue
                names = [text(p.child_by_field_name("pattern") or p) for p in
                         params.named_children]
                for handed, param in zip(args(call), names, strict=False):
                    if handed.type != "identifier":
                        continue
                    before = jsscan.use_guards(mod, text(handed), call.start_byte,
                                               functools.partial(self._function, mod))
                    for target, m in mounted.get(found[0].path, []):
                        if m.receiver != param or not (
                                fn.start_byte <= m.call.start_byte < fn.end_byte):
                            continue
                        guards = [g for g, where in before
                                  if jsscan.path_covers(where, m.at) or
                                  jsscan.path_covers(m.at, where)]
                        self.mounted.setdefault(target.path, []).extend(
                            (mod, g) for g in guards)

    def _function(self, mod: Module, name: Node) -> bool:
        """Whether ``name`` (an import) is a function in its module, not a router object:
        also one a factory wraps (Hono's ``createMiddleware(async (c, next) => …)``)."""
        found = self.project.resolve(mod, text(name))
        return found is not None and jsscan.function_of(found[0], found[1])[0] is not None

    def _admin_locals(self) -> set[str]:
        """Names a SvelteKit ``handle`` hook sets on ``event.locals`` to a service-role client
        (``event.locals.supabaseAdmin = createClient(url, SERVICE_KEY)``)."""
        out: set[str] = set()
        for path, mod in self.modules.items():
            if not re.search(r"(?:^|/)src/hooks\.server\.[jt]s$", path):
                continue
            reads = [n for n, name in self.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)]
            for n in mod.of_type("assignment_expression"):
                left = jsscan.dotted(n.child_by_field_name("left"))
                right = n.child_by_field_name("right")
                if ".locals." in left and right is not None and any(
                        right.start_byte <= r.start_byte < right.end_byte for r in reads):
                    out.add(left.rsplit(".", 1)[-1])
        return out

    def _imported_from(self, starts: list[Module]) -> set[str]:
        """Paths of project modules ``starts`` import at any depth (value imports: type-only
        ones are erased; a "use server" module becomes a call to the server), ``starts``
        included."""
        todo, seen = list(starts), {m.path for m in starts}
        while todo:
            mod = todo.pop()
            for stmt in mod.root.named_children:
                reexport = stmt.type == "export_statement" and stmt.child_by_field_name(
                    "source") is not None  # a barrel's export { client } from "./algolia"
                if not reexport and (stmt.type != "import_statement" or any(
                        c.type == "type" for c in stmt.children) or _erased_import(mod, stmt)):
                    continue
                if reexport and any(c.type == "type" for c in stmt.children):
                    continue
                source = jsscan.string_value(stmt.child_by_field_name("source")) or ""
                target = self.project.module_for(mod.path, source)
                if target is not None and target.path not in seen and not target.use_server \
                        and not _SERVER_ONLY_IMPORT.search(target.src):
                    seen.add(target.path)
                    todo.append(target)
        return seen

    def _bundled_for_browser(self) -> set[str]:
        """Project modules a "use client" module imports: the bundler ships them too."""
        return self._imported_from([m for m in self.modules.values() if m.use_client])

    def rendered_by_ui(self, mod: Module) -> bool:
        """Whether a page, layout or component imports ``mod`` (at any depth): one "use
        client" away from the browser bundle. Route handlers, server actions and webhooks
        never are."""
        if self._ui_imports is None:
            ui = [m for m in self.modules.values() if m.path.endswith((".tsx", ".jsx")) and
                  not jsscan.is_route_path(m.path) and not m.use_server]
            self._ui_imports = self._imported_from(ui) - {m.path for m in ui}
        return mod.path in self._ui_imports

    def _server_signs(self) -> bool:
        """Whether plain JS files still belong to a server app: a route, page or middleware
        file of a framework, migrations, or a bare package import (a static site has no
        bundler to resolve ``from "next/server"``), or a file that registers routes (a Fastify
        plugin, an Express router: they run on a server, imports or not)."""
        for path in self.files:
            if jsscan.is_route_path(path) or jsscan.is_page_path(path) or path.endswith(
                    ".sql") or re.match(r"(?:src/)?middleware\.[jt]s$", path):
                return True
        return any(not source.startswith((".", "/", "http:", "https:"))
                   for mod in self.modules.values() for source, _ in mod.imports.values()) or \
            any(e.url for mod in self.modules.values() for e in jsscan.entries(mod))

    def tables_exposed(self) -> bool:
        """Whether clients reach the tables directly (Supabase's API, PostgREST): the project
        names Supabase, or its SQL speaks to Supabase's roles. A Prisma or Drizzle database
        only the server talks to has no anon key to read it with, so RLS is no boundary."""
        return self.tables_served() != ""

    def tables_served(self) -> str:
        """"named" when the project names Supabase (or its roles), "assumed" for ORM
        migrations on a host it does not name (:meth:`_orm_tables_on_unknown_host`), else ""."""
        if self._exposed is None:
            self._exposed = "named" if any(_EXPOSED_DB.search(p) or (
                not p.endswith(_PROSE) and _EXPOSED_DB.search(t) and _EXPOSED_DB.search(
                    _strip_comments(t) if p.endswith(_CODE_EXT) else
                    re.sub(r"--[^\n]*", "", t) if p.endswith(".sql") else t))
                for p, t in self.files.items()) else "assumed" if \
                self._orm_tables_on_unknown_host() else ""
        return self._exposed

    def _orm_tables_on_unknown_host(self) -> bool:
        """Prisma's or Drizzle's migrations in a project that shows neither where its
        Postgres runs nor a sign-in of its own: the stack Devora builds on is Supabase, whose
        Data API serves every table of public to the anon key, so RLS is the boundary. A
        server-only database shows itself: a host other than Supabase (Neon, Vercel Postgres,
        a local or Docker database, SQLite/MySQL), code that signs people in on the server
        (a password hash checked, a token signed or verified, sessions kept: _OWN_SIGN_IN),
        or the project saying so."""
        if not any(_ORM_MIGRATION.search(p) for p in self.files):
            return False
        return not any(_SERVER_ONLY_DB.search(t) or (
            p.endswith((*_CODE_EXT, ".svelte", ".vue", ".astro", "package.json")) and
            _OWN_SIGN_IN.search(t))
            for p, t in self.files.items() if not p.endswith(".sql") or _ORM_MIGRATION.search(p))

    # ------------------------------------------------------------ the service role

    def env_reads(self, mod: Module) -> list[tuple[Node, str]]:
        """The module's own environment reads, and its reads of an env alias module's entries
        (:meth:`_aliased_env_reads`)."""
        if mod.path not in self._env:  # on the scan: the alias module is another file's
            self._env[mod.path] = env_reads(mod) + self._aliased_env_reads(mod)
        return self._env[mod.path]

    def _aliased_env_reads(self, mod: Module) -> list[tuple[Node, str]]:
        """``env.elevatedKey`` where the project's ``lib/env`` exports ``env = { elevatedKey:
        process.env.NEXT_PUBLIC_SB_SERVICE_KEY }``: a read of that variable, whatever the
        entry is called (also ``const { elevatedKey } = env``). The variable's own name says
        what the key is; the alias's name says nothing."""
        out: list[tuple[Node, str]] = []
        for local, (source, name) in mod.imports.items():
            if not source.startswith((".", "@/", "~/", "~~/", "@@/", "$lib", "#")):
                continue
            target = self.project.module_for(mod.path, source)
            value = strip(target.top.get(name or local)) if target is not None else None
            if target is None or target is mod or value is None or value.type != "object":
                continue
            reads = env_reads(target)
            entries = {text(p.child_by_field_name("key")).strip("'\""): names
                       for p in value.named_children if p.type == "pair" and (names := [
                           n for r, n in reads if p.start_byte <= r.start_byte < p.end_byte])}
            if not entries:
                continue
            for n in mod.of_type("member_expression"):
                if jsscan.dotted(n.child_by_field_name("object")) == local:
                    out += [(n, v) for v in entries.get(text(n.child_by_field_name(
                        "property")), [])]
            for d in mod.of_type("variable_declarator"):
                pattern = d.child_by_field_name("name")
                if jsscan.dotted(d.child_by_field_name("value")) == local and \
                        pattern is not None and pattern.type == "object_pattern":
                    for p in pattern.named_children:
                        key = p.child_by_field_name("key") if p.type == "pair_pattern" else \
                            p.child_by_field_name("left") if p.type == \
                            "object_assignment_pattern" else p
                        out += [(p, v) for v in entries.get(text(key), [])]
        return out

    def service_role_uses(self, mod: Module) -> list[Node]:
        """Nodes in ``mod`` that reach the service-role key: env reads, names bound to it,
        and calls of project functions (client factories) or uses of exports that hold it."""
        hits = [n for n, name in self.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)]
        hits += [n for n in mod.of_type("call_expression")  # @nuxtjs/supabase's admin client
                 if callee(n) == "serverSupabaseServiceRole"]
        if self.admin_locals:  # SvelteKit: event.locals.supabaseAdmin set in the handle hook
            hits += [n for n in mod.of_type("member_expression") if jsscan.dotted(n).endswith(
                tuple(f"locals.{name}" for name in self.admin_locals))]
            # …or taken out of locals in the handler's parameters: ({ locals: { supabaseAdmin } })
            taken = {name for name in self.admin_locals if re.search(
                rf"\blocals\s*:\s*\{{[^}}]*\b{re.escape(name)}\b", mod.src)}
            hits += [n for n in mod.of_type("identifier") if text(n) in taken and
                     n.parent is not None and n.parent.type == "member_expression" and
                     n.parent.child_by_field_name("object") == n]
        unseen = self._unseen_admin_imports(mod)
        for n in mod.of_type("call_expression", "identifier"):
            if unseen and n.type == "identifier" and text(n) in unseen and n.parent is not None \
                    and n.parent.type not in ("import_specifier", "import_clause",
                                              "namespace_import"):
                hits.append(n)
                continue
            if n.type == "call_expression":
                if "()" in callee(n):
                    continue  # factory().from(): the factory's own call is judged
                found = self.project.resolve(mod, callee(n))
                if found is not None and found[0] is not mod and self._factory(*found) and \
                        self._role_for_call(mod, n, *found):
                    hits.append(n)
            elif n.type == "identifier" and text(n) in mod.imports and \
                    n.parent is not None and n.parent.type not in (
                        "import_specifier", "import_clause", "namespace_import"):
                found = self.project.resolve(mod, text(n))
                if found is not None and found[0] is not mod and \
                        found[1].type not in jsscan.FUNCTIONS and self._factory(*found) and \
                        self._reaches_key(n, *found):
                    hits.append(n)
        return sorted(hits, key=lambda n: n.start_byte)

    def _unseen_admin_imports(self, mod: Module) -> set[str]:
        """Names imported from a project file the project does not hold whose name says what
        they are: the Supabase admin client (``supabaseAdmin``, ``createAdminClient`` from
        ``@/lib/supabase/admin``, ``createServiceRoleClient``). Such a helper exists to hold
        the service-role key; judging it absent would let every use of it pass."""
        out = set()
        for local, (source, name) in mod.imports.items():
            if not source.startswith(("@/", "~/", ".", "$lib/", "~~/", "@@/")) or \
                    self.project.module_for(mod.path, source) is not None:
                continue
            if _ADMIN_CLIENT_NAME.search(name or local) or (
                    _ADMIN_CLIENT_PATH.search(source) and re.search(
                        r"supabase|client|admin|service|db", name or local, re.IGNORECASE)):
                out.add(local)
        return out

    def _reaches_key(self, use: Node, mod: Module, _value: Node) -> bool:
        """Whether a use of an imported settings object reaches its service-role entry:
        ``config.port`` of a ``config = { port, supabaseSecretKey: env.… }`` does not;
        ``config.supabaseSecretKey`` and ``const { supabaseSecretKey } = config`` do."""
        reads = [r for r, name in self.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)]
        keys = {text(p.child_by_field_name("key")).strip("'\"") for p in mod.of_type("pair")
                if any(p.start_byte <= r.start_byte < p.end_byte for r in reads)}
        parent = use.parent
        if not keys or parent is None:
            return True  # a client, or a value whose entries are not written out
        if parent.type == "member_expression" and parent.child_by_field_name("object") == use:
            return text(parent.child_by_field_name("property")) in keys
        if parent.type == "variable_declarator" and parent.child_by_field_name("value") == use:
            return bool(jsscan.pattern_names(parent.child_by_field_name("name")) & keys) or \
                any(text(k) in keys for k in walk(parent.child_by_field_name("name"))
                    if k.type == "property_identifier")
        return parent.type == "arguments"  # handed whole to a function

    def _role_for_call(self, caller: Module, call: Node, mod: Module, value: Node) -> bool:
        """Whether this call of a factory gets the service role: a factory that picks its key
        name from an argument (``getSupabase("admin")``) is judged with the call's
        constants bound to its parameters."""
        fn, _ = jsscan.function_of(mod, value)
        if fn is None:
            return True
        params = _parameter_names(fn)
        bindings: dict[str, set[str]] = {}
        for names, arg in zip(params, args(call), strict=False):
            constant = jsscan.string_value(arg, caller.consts)
            if constant is not None and len(names) == 1:
                bindings[next(iter(names))] = {constant}
        if not bindings:
            return True
        reads = [r for r, name in self.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)
                 and fn.start_byte <= r.start_byte < fn.end_byte]
        computed = [r for r in reads if r.type == "subscript_expression"]
        direct = [r for r in reads if r.type != "subscript_expression"]
        if direct or not computed:
            return True
        return any(_SERVICE_ROLE_ENV.search(name) for n in computed for name in
                   jsscan.possible_strings(n.child_by_field_name("index"), mod, bindings) or
                   ["SERVICE_ROLE"])

    def _factory(self, mod: Module, value: Node) -> bool:
        """Whether a project function or exported value reaches the service role."""
        key = (mod.path, str(value.start_byte))
        if key not in self._sr_factories:
            self._sr_factories[key] = False
            start, end = value.start_byte, value.end_byte
            reads = [n for n, name in self.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)]
            inside = any(start <= n.start_byte < end for n in reads)
            if not inside and reads and value.type == "identifier":
                inside = False
            if not inside:  # a module-level name bound to the key, used inside
                bound = {name for name, v in mod.top.items() if any(
                    v.start_byte <= n.start_byte < v.end_byte for n in reads)} | {
                    name for n in reads if n.type in _ENV_PATTERNS  # { KEY: alias } = env
                    for name in jsscan.pattern_names(n.child_by_field_name("value") or n)}
                inside = any(n.type == "identifier" and text(n) in bound
                             for n in [value, *walk(value)])
            if not inside:
                for n in [value, *walk(value)]:
                    if n.type == "call_expression":
                        found = self.project.resolve(mod, callee(n))
                        if found is not None and found[1] is not value and \
                                self._factory(*found):
                            inside = True
                            break
            self._sr_factories[key] = inside
        return self._sr_factories[key]

    # ------------------------------------------------------------ webhooks

    def is_webhook(self, mod: Module) -> bool:
        if "webhook" in mod.path.lower():
            return True
        return any(_WEBHOOK_HINT.search(text(n)) for n in mod.of_type("string")) \
            or bool(re.search(r"WEBHOOK_SECRET|SIGNING_SECRET", mod.src)) or bool(
                _INBOUND_FIELDS.search(mod.src) and _TWILIO_NAMED.search(mod.src)) or any(
                _PROVIDER_FIELDS.search(text(e.fn)) or _tells_payment_events(e.fn, mod) or
                self._verified_by_helper(mod, e.fn)
                for e in jsscan.entries(mod) if e.fn is not None)

    def _verified_by_helper(self, mod: Module, fn: Node) -> bool:
        """The handler hands its request to a project helper of another file that verifies a
        provider's signature (``evt = await verifiedEvent(req)``, svix inside): a webhook,
        its check made there."""
        for call in walk(fn, skip_functions=True):
            if call.type != "call_expression" or not re.fullmatch(r"[\w$]+", callee(call)) or \
                    callee(call) not in mod.imports:
                continue
            found = self.project.resolve(mod, callee(call))
            helper = jsscan.function_of(*found)[0] if found is not None else None
            if helper is not None and found is not None and found[0] is not mod and \
                    self.verifies_signature(found[0], depth=1, within=[helper]):
                return True
        return False

    def verifies_signature(self, mod: Module, depth: int = 0,
                           within: list[Node] | None = None) -> bool:
        """A call that really checks the signature: Stripe's ``constructEvent``, svix's
        ``new Webhook(secret).verify``, ``timingSafeEqual`` over an HMAC, or a project helper
        that does one of these; and no rejection that a request skips by leaving something
        out (``if (sig && sig !== digest)``). Only calls inside ``within`` (a handler and its
        middleware) when given."""
        if depth == 0 and _optional_check(mod):
            return False
        for n in mod.of_type("call_expression"):
            if within is not None and not any(w.start_byte <= n.start_byte < w.end_byte
                                              for w in within):
                continue
            name = callee(n)
            found = self.project.resolve(mod, name)
            helper = found is not None and "." not in name and jsscan.function_of(
                found[0], found[1])[0] is not None
            if (_webhook_library_check(mod, name) and not (_VERIFY_CALL.search(name) or (
                    name.endswith(".verify") and "Webhook" in name))) or (
                    name.endswith(".verify") and any(
                        source.startswith("@octokit/webhooks") for source, _ in
                        mod.imports.values())):  # Octokit's Webhooks#verify answers yes/no
                if _answer_ends_request(n):  # a yes/no answer: the request must stop on no
                    return True
                continue
            library = (_VERIFY_CALL.search(name) and not helper) or name.endswith(
                "subtle.verify") or (name.endswith(".verify") and (
                    "new Webhook(" in mod.src or "Webhook" in name))
            if library:  # stripe.webhooks.constructEvent, svix's verify, …
                if _failure_ends_request(n, mod):
                    return True
                continue
            if depth < 3 and found is not None and _verdict_discarded(n, jsscan.function_of(
                    found[0], found[1])[0]):
                continue  # verifySignature(raw, sig); the boolean it answers is dropped
            if depth < 3:
                if found is not None and found[0] is not mod:
                    if self.verifies_signature(found[0], depth + 1):
                        return True
                elif found is not None and _VERIFY_CALL.search(name):
                    fn, _ = jsscan.function_of(found[0], found[1])
                    if fn is not None and self._hmac_compared(fn):
                        return True
                elif found is not None and within is not None:  # a helper of this file
                    fn, _ = jsscan.function_of(found[0], found[1])
                    if fn is not None and not any(w.start_byte <= fn.start_byte < w.end_byte
                                                  for w in within) and \
                            self.verifies_signature(mod, depth + 1, [fn]):
                        return True
        return any(self._hmac_compared(w) for w in (within or [mod.root]))

    @staticmethod
    def _hmac_compared(node: Node) -> bool:
        """An HMAC computed and then compared with what the sender sent: timingSafeEqual, or an
        equality over a signature/digest (not any ``===`` in the file: an HMAC only logged,
        next to ``event.type === "paid"``, checks nothing), and not only when the request
        sent the header (``if (signature) { …compare… }`` lets one without it through)."""
        src = text(node)
        if "createHmac(" not in src or ".digest(" not in src:
            return False
        return any(_verdict_acted_on(n) and _failure_ends_request(n) for n in walk(node) if (
            n.type == "call_expression" and callee(n).endswith("timingSafeEqual")) or (
            n.type == "binary_expression" and text(n.child_by_field_name("operator")) in (
                "===", "!==", "==", "!=") and _compares_signature(n)))


def _verdict_discarded(call: Node, fn: Node | None) -> bool:
    """A project helper that answers whether the signature holds (it returns a value and
    throws nothing) called as a statement of its own: the answer is thrown away and the
    request goes on either way."""
    if fn is None or fn.type not in jsscan.FUNCTIONS:
        return False
    up = call.parent
    while up is not None and up.type in ("await_expression", "parenthesized_expression"):
        up = up.parent
    if up is None or up.type != "expression_statement":
        return False
    inner = [n for n in walk(fn, skip_functions=True)]
    values = [strip(n.named_children[0]) for n in inner
              if n.type == "return_statement" and n.named_children]
    return bool(values) and all(v is not None and (v.type in ("true", "false") or (
        v.type == "binary_expression" and text(v.child_by_field_name("operator")) in (
            "===", "!==", "==", "!=", "&&", "||")) or (v.type == "unary_expression" and text(
                v).startswith("!")) or (v.type == "call_expression" and callee(v).endswith(
                    "timingSafeEqual"))) for v in values) and not any(
        n.type == "throw_statement" or (n.type == "call_expression" and (
            _EXIT_CALLS.search(callee(n)) or (_VERIFY_CALL.search(callee(n)) and not callee(
                n).endswith("timingSafeEqual")))) for n in inner)


# Calls that end a request from inside a helper: Next's notFound(), SvelteKit's error().
_EXIT_CALLS = re.compile(r"(?:^|\.)(?:redirect|notFound|error|abort|exit|unauthorized|forbidden)$")


# How ``const { X: alias, Y, Z = "" } = process.env`` names each variable it reads.
_ENV_PATTERNS = ("pair_pattern", "shorthand_property_identifier_pattern",
                 "object_assignment_pattern")


def env_reads(mod: Module) -> list[tuple[Node, str]]:
    if "env" not in mod.cache:
        mod.cache["env"] = list(_env_reads(mod))
    return mod.cache["env"]

# A validated copy of the environment (zod's ``.parse(process.env)``, t3-env's ``createEnv``)
# read by its variables' own names: ``env.SUPABASE_SERVICE_ROLE_KEY``.
_ENV_OBJECT = re.compile(r"^(?:env|ENV|serverEnv|config|c\.env|ctx\.env|context\.env)\."
                         r"([A-Z][A-Z0-9]*_[A-Z0-9_]+)$")  # + Hono/Workers bindings: c.env.X


def _env_reads(mod: Module) -> Iterator[tuple[Node, str]]:
    """(node, variable name) of every environment read, names folded when computed:
    ``process.env.X``, ``process.env["A" + "B"]``, ``const { X: k } = process.env``, an
    alias ``const env = process.env``, ``import.meta.env.X``, ``Deno.env.get("X")``,
    SvelteKit's ``import { X } from "$env/static/private"`` and ``env.X`` of
    ``$env/dynamic/private``, Nuxt's ``useRuntimeConfig().X``."""
    aliases = {"process.env", "import.meta.env", "useRuntimeConfig()"}
    static = {}
    for local, (source, name) in mod.imports.items():
        if source.startswith("$env/static/"):
            static[local] = name
        elif source.startswith("$env/dynamic/") and name == "env":
            aliases.add(local)
    if static:
        for n in mod.of_type("identifier"):
            if text(n) in static and n.parent is not None and n.parent.type not in (
                    "import_specifier", "import_clause"):
                yield n, static[text(n)]
    for n in mod.of_type("variable_declarator"):
        value = strip(n.child_by_field_name("value"))
        name = n.child_by_field_name("name")
        if value is not None and name is not None and value.type == "call_expression" and \
                callee(value) == "loadEnv" and name.type == "identifier":
            aliases.add(text(name))  # Vite config: const env = loadEnv(mode, cwd, "")
            continue
        if value is not None and jsscan.dotted(value) in aliases and name is not None:
            if name.type == "identifier":
                aliases.add(text(name))
            elif name.type == "object_pattern":
                for p in name.named_children:
                    key = p.child_by_field_name("key") if p.type == "pair_pattern" \
                        else p.child_by_field_name("left") if p.type == \
                        "object_assignment_pattern" else p
                    yield p, text(key)
    for n in mod.of_type("member_expression", "subscript_expression", "call_expression"):
        if n.type == "member_expression" and (jsscan.dotted(
                n.child_by_field_name("object")) in aliases or _ENV_OBJECT.match(
                jsscan.dotted(n))):
            yield n, text(n.child_by_field_name("property"))
        elif n.type == "subscript_expression" and jsscan.dotted(
                n.child_by_field_name("object")) in aliases:
            names = jsscan.possible_strings(n.child_by_field_name("index"), mod)
            for name in sorted(names) if names else ["?"]:
                yield n, name
        elif n.type == "call_expression" and callee(n) == "Deno.env.get":
            a = args(n)
            yield n, (jsscan.string_value(a[0], mod.consts) or "?") if a else "?"


_ENVIRONMENT_SWITCH = re.compile(r"NODE_ENV|VERCEL_ENV|\bprocess\.env\.\w*(?:DEV|TEST|SKIP|"
                                 r"DISABLE|VERIFY)\w*|\bis(?:Dev|Prod|Production|Development)\b|"
                                 r"['\"](?:production|development)['\"]")


def _verdict_acted_on(compare: Node) -> bool:
    """A signature comparison whose answer decides something: returned, kept in a name, or
    an ``if`` that leaves on a mismatch (``if (sig !== expected) return 401``). One that only
    logs the mismatch (``if (sig !== expected) console.error(…)``) and carries on checks
    nothing."""
    n, negated = compare, False
    while n.parent is not None and n.parent.type in ("parenthesized_expression",
                                                     "unary_expression", "binary_expression"):
        if n.parent.type == "unary_expression":
            negated = not negated
        n = n.parent
    up = n.parent
    if up is None or up.type != "if_statement":
        return True
    mismatch = negated != (compare.type == "binary_expression" and text(
        compare.child_by_field_name("operator")) in ("!==", "!="))
    branch = up.child_by_field_name("consequence" if mismatch else "alternative")
    if not mismatch and branch is None:
        return True  # if (sig === expected) { …the work… }
    return jsscan._exits(branch)


def _failure_ends_request(call: Node, mod: Module | None = None) -> bool:
    """A check that throws on a bad signature counts only if the throw ends the request: not
    inside a ``try`` whose ``catch`` logs and carries on, nor only in one environment
    (``if (process.env.NODE_ENV === "production") event = constructEvent(…)``), nor only on
    one branch of a condition whose other branch carries on (``if (webhookSecret)`` or ``if
    (signature)`` … ``else event = JSON.parse(body)``: a request without the header, or a
    server without the secret, is never checked)."""
    n = call.parent
    while n is not None and n.type not in jsscan.FUNCTIONS:
        if n.type in ("if_statement", "ternary_expression") and _ENVIRONMENT_SWITCH.search(
                text(n.child_by_field_name("condition"))):
            return False
        if n.type == "if_statement":
            branches = [n.child_by_field_name("consequence"), n.child_by_field_name(
                "alternative")]
            for inside, other in (branches, branches[::-1]):
                if inside is not None and inside.start_byte <= call.start_byte < \
                        inside.end_byte and not jsscan._exits(other):
                    return False
        if n.type == "statement_block" and n.parent is not None and \
                n.parent.type == "try_statement" and n == n.parent.child_by_field_name("body"):
            handler = n.parent.child_by_field_name("handler")
            body = handler.child_by_field_name("body") if handler is not None else None
            if body is not None and not jsscan._exits(body) and not _catch_answers_last(
                    n.parent, body):
                return False
        n = n.parent
    return True


def _catch_answers_last(try_stmt: Node, catch_body: Node) -> bool:
    """``try { verify(); act() } catch { res.sendStatus(401) }`` as the handler's last
    statement: a failed check skips what follows it in the ``try``, and the ``catch`` only
    answers (no query, nothing assigned for later), so nothing acts on the unchecked body."""
    block = try_stmt.parent
    if block is None or block.type != "statement_block" or block.parent is None or \
            block.parent.type not in jsscan.FUNCTIONS:
        return False
    if any(sib.start_byte > try_stmt.start_byte for sib in block.named_children
           if sib.type != "comment"):
        return False
    return not jsscan.db_calls(catch_body) and not any(
        x.type in ("assignment_expression", "augmented_assignment_expression")
        for x in walk(catch_body))


def _optional_check(mod: Module) -> bool:
    """A signature check that only rejects when something else also holds: ``if (signature
    && signature !== digest) return 401`` lets a request without the header through."""
    verdicts = {name for d in mod.of_type("variable_declarator")
                if _compares_signature(d.child_by_field_name("value"))
                for name in jsscan.pattern_names(d.child_by_field_name("name"))}
    for n in mod.of_type("if_statement"):
        cond = strip(n.child_by_field_name("condition"))
        if cond is None or cond.type != "binary_expression" or text(
                cond.child_by_field_name("operator")) != "&&" or not jsscan._exits(
                n.child_by_field_name("consequence")):
            continue
        sides = [cond.child_by_field_name("left"), cond.child_by_field_name("right")]
        compares = [_compares_signature(x) or jsscan.mentions(x, verdicts) for x in sides]
        if any(compares) and not all(compares):
            return True
    return False


def _compares_signature(node: Node | None) -> bool:
    """An equality over a signature or digest (or a verify call). Comparing their lengths
    is none: any string of the right length passes."""
    node = strip(node)
    if node is None:
        return False
    for n in [node, *walk(node)]:
        if n.type == "binary_expression" and text(n.child_by_field_name("operator")) in (
                "!==", "!=", "===", "==") and not any(
                re.search(r"\.(?:length|byteLength)$", text(n.child_by_field_name(side)))
                for side in ("left", "right")):
            sides = text(n.child_by_field_name("left")) + text(n.child_by_field_name("right"))
            if re.search(r"sig|digest|hmac|hash|expected|computed", sides, re.IGNORECASE):
                return True
        if n.type == "call_expression" and re.search(
                r"timingSafeEqual|verif|valid", callee(n), re.IGNORECASE):
            return True
    return False


# ---------------------------------------------------------------------- secrets


# Passwords of local development servers as their docs and compose files set them.
_DEV_PASSWORD = re.compile(r"^(?:postgres|mysecretpassword|example|guest|dev\w*|local\w*|docker|"
                           r"supabase|secret|password\d*|pass|root|admin|test\w*)$", re.I)
# A host without a dot is a compose service (db, redis) or the machine itself.
_DEV_HOST = re.compile(r"@(?:[a-z][\w-]*|localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|"
                       r"host\.docker\.internal)(?=[:/'\"`\s]|$)", re.IGNORECASE)


def _not_url_credentials(user: str, password: str, src: str, end: int, code: bool) -> bool:
    """``user:password@`` that is no credential: a placeholder, or a development default on a
    local host. In code (not a README or an example file) a remote host's URL counts even
    with a weak password such as ``secret`` or ``admin``: the call really sends it."""
    password = password.strip("'\"` ")
    if _placeholder_key(password) or re.match(r"^(?:\$|<|\{|\*+$|x+$|\.\.\.|\[)", password):
        return True
    if _DEV_HOST.match(src, end):  # a strong password is a real one even on a local host
        kinds = sum(bool(re.search(c, password)) for c in (r"[a-zA-Z]", r"\d", r"[^\w]"))
        return _placeholder(password) or password == user or bool(
            _DEV_PASSWORD.match(password)) or len(password) < 8 or kinds < 2
    if not code:
        return _placeholder(password) or password == user
    return password.lower() in ("password", "pass", "passwd", "pwd", "your_password",
                                "yourpassword", "mypassword", "my_password")


def _placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.search(value.strip("'\"` ")))


_FILLER = re.compile(r"x{6,}|\*{4,}|\.{3}|<[^>]*>|\byour[-_]|replace[-_]?me|change[-_]?me|"
                     r"example|placeholder|dummy|fake|mock|sample|redacted|0{8,}", re.IGNORECASE)


def _placeholder_key(value: str) -> bool:
    """A key-shaped value that is only its format: ``sk_test_xxxx…``, ``whsec_<secret>``, or a
    body of one or two repeated characters (what .env.example files and docs hold)."""
    body = re.sub(r"^(?:[A-Za-z0-9]{1,8}[_-]){0,3}", "", value.strip("'\"` "))
    return bool(_FILLER.search(value)) or (len(body) >= 6 and len(set(body.lower())) <= 2)


# Text just before a value that names it as a credential: `apiKey: "`, `AUTH_TOKEN = '`.
_CREDENTIAL_CONTEXT = re.compile(
    r"(?:api_?key|secret|token|passw|private_?key|credential|client_?secret|access_?key|"
    r"auth_?(?:token|key|secret)|authorization)\w*['\"]?\s*[:=]\s*['\"`]$|Bearer\s+$",
    re.IGNORECASE)


# A credential word in a name that says the value is where a secret goes or how it is
# labelled, not the secret: API_KEY_HEADER = "x-api-key", tokenCookieName, PASSWORD_FIELD.
_NAMES_A_PLACE = re.compile(
    r"(?:header|name|field|param|cookie|path|route|url|label|placeholder|prefix|column|attr|"
    r"env|var|hint|message|msg|prompt|error|title|description|"
    r"(?:storage|cache|query|cookie|header)_?key)s?['\"]?\s*[:=]\s*['\"`]$", re.IGNORECASE)


def _jwt_role(value: str) -> str | None:
    """The ``role`` claim of a JSON Web Token (Supabase keys are JWTs: anon, service_role);
    "demo" for the keys every local ``supabase start`` prints (issuer supabase-demo), which
    are published and open nothing but a developer's own machine."""
    parts = value.strip("'\"` ").split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, TypeError):
        return None
    if isinstance(claims, dict) and claims.get("iss") == "supabase-demo":
        return "demo"
    role = claims.get("role") if isinstance(claims, dict) else None
    if not isinstance(role, str) and isinstance(claims, dict) and isinstance(
            claims.get("exp"), int | float) and claims["exp"] < time.time():
        return "expired"  # an API doc's sample session token: it opens nothing any more
    return role if isinstance(role, str) else None


# Files that hold made-up credentials by design: tests and their fixtures, seed scripts for
# a developer's database, docs, and the translations of a "Password" label.
_NOT_SHIPPED_SECRETS = re.compile(
    r"(?:^|/)(?:tests?|__tests__|e2e|cypress|fixtures?|__mocks__|seeds?|docs?)/|"
    r"(?:^|/)(?:locales?|i18n|lang|translations|messages)/(?:[\w-]+/)?[\w-]+\.json$|"
    r"\.(?:test|spec|e2e|stories|cy)\.\w+$|"
    r"(?:^|/)(?:seed\w*|playwright\.config|vitest\.config|jest\.setup)\.\w+$|\.mdx?$",
    re.IGNORECASE)
_KEY_NAME = re.compile(r"""\s*(?:(?:export\s+)?(?:const|let|var|readonly|static)\s+)?\[?['"]?"""
                       r"""([\w.$-]+)['"\]]?\s*[:=]\s*['"`]([^'"`\n]*)['"`]\s*[,;]?\s*$""")


# The value is compared, not kept: ``typeof password === "boolean"``, or a configured secret
# checked against its development default (``if (config.jwt.secret === "dev_secret")``).
_COMPARED_DEFAULT = re.compile(
    r"(?:\btypeof\s+[\w.$?\[\]'\"]+|\b(?:process\.env|config|settings|env)\b[\w.$?\[\]'\"]*|"
    # passwordStatus === "executing", passwordStrength !== "weak": a state, not a password
    r"\b\w*(?:status|state|strength|type|mode|step|view|phase)\b)"
    r"\s*[!=]==?\s*['\"`]$", re.IGNORECASE)


def _keyword_no_secret(path: str, src: str, start: int, value: str) -> bool:
    """A password-like keyword that is no secret: in a test, a seed or docs (a specific key
    format there still counts: those are found by their own detectors, not by keyword), a
    flag (``apiKey: env.X !== "false"``), a Supabase CLI ``"env(NAME)"`` reference, or the
    key's own name as its value (``RESET_PASSWORD: "resetPassword"``, an enum of names)."""
    value = value.strip("'\"` ")
    if _NOT_SHIPPED_SECRETS.search(path) or value.lower() in (
            "true", "false", "null", "undefined", "none") or re.match(r"^env\(\w+\)$", value):
        return True
    line_start = src.rfind("\n", 0, start) + 1
    if "${" in value or _COMPARED_DEFAULT.search(src, line_start, start):
        return True  # built at run time, or a type/default being ruled out, not a secret
    if re.search(r"(?:hash|digest)['\"]?\s*[:=]\s*['\"`]$", src[line_start:start],
                 re.IGNORECASE) and re.fullmatch(r"[a-z]+(?:_[a-z]+)+", value):
        return True  # password_hash: "managed_by_auth", a marker where no hash is kept
    pair = _KEY_NAME.match(src, line_start, src.find("\n", start) % (len(src) + 1))
    if pair is None:
        return False
    squash = re.sub(r"[^a-z0-9]", "", pair.group(2).lower())
    key = re.sub(r"[^a-z0-9]", "", pair.group(1).lower())
    # RESET_PASSWORD: "resetPassword", INVALID_PASSWORD: "AUTH_INVALID_PASSWORD": a name
    return len(squash) >= 6 and (key.endswith(squash) or (len(key) >= 6 and squash.endswith(
        key) and pair.group(2).isupper()))


# Env files Next.js and Vite load in every build of that mode and document as committed
# with the code (defaults for everyone); secrets go in .env.local / .env.production.local.
_SHARED_ENV_FILE = re.compile(r"(?:^|/)\.env\.(?:production|development|staging|test)$")
# What detect-secrets names by a provider's key format (not a keyword or entropy guess).
_GUESSED_KINDS = {"Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String",
                  "Basic Auth Credentials", "JSON Web Token"}


# A Google key handed to the maps the browser loads (the Maps JavaScript API's script, its
# loaders, a static map image or an embed): it must reach every visitor, so Google has it
# locked to the site's referrer instead. A geocoding or Places call from a server is no such.
_MAPS_BROWSER_KEY = re.compile(r"maps\.googleapis\.com/maps/api/(?:js|staticmap|streetview)\b|"
                               r"google\.com/maps/embed|googleMapsApiKey|@googlemaps/js-api-loader|"
                               r"\bAPIProvider\b|react-google-maps|\bLoadScript\b")


# The project ids browser SDKs of analytics, session replay, chat and push take on the page
# (Mixpanel's project token, Amplitude's API key, Segment's write key, a Datadog RUM client
# token, LaunchDarkly's client-side id): long random values, public by design.
_BROWSER_SDK_ID = re.compile(
    r"\b(?:mixpanel|amplitude|segment|heap|hotjar|fullstory|logrocket|intercom|onesignal|"
    r"pusher|plausible|umami|clarity)(?!\w*(?:secret|private|admin|server|master|access|"
    r"rest|password))\w*['\"`]?"
    r"\s*[:=(,]\s*['\"`]?$|"
    r"\b(?:clientToken|clientSideI[dD]|client_side_id|writeKey|write_key)['\"`]?\s*[:=]\s*"
    r"['\"`]?$|"
    r"\b(?:mixpanel|amplitude|posthog|heap|analytics)\.(?:init|load)\(\s*['\"`]?$",
    re.IGNORECASE)


def _secret_rules(scan: _Scan, path: str, src: str, client: bool) -> Iterator[Finding]:
    if _SHARED_ENV_FILE.search(path):
        for s in codescan.find_secrets(src, path):
            if s.kind not in _GUESSED_KINDS and not _placeholder_key(src[s.start:s.end]):
                yield _finding(path, s.line, "hardcoded-secret",
                               f"a live key ({s.kind}) is in {path.rsplit('/', 1)[-1]}, a file "
                               "frameworks load in every build and projects commit; move it "
                               "to .env.local or the host's environment settings")
        return
    if _ENV_FILE.search(path):
        return  # .env / .env.local hold secrets by design (and never leave with an export)
    reported: set[int] = set()
    found = list(codescan.find_secrets(src, path))
    for s in found:
        value = src[s.start:s.end]
        if s.kind == "Secret Keyword" and (_placeholder(value) or _NAMES_A_PLACE.search(
                src[max(0, s.start - 80):s.start]) or _keyword_no_secret(path, src, s.start,
                                                                        value)):
            # detect-secrets names one keyword a line: read the rest of this one again
            end = src.find("\n", s.end) % (len(src) + 1)
            found += [dataclasses.replace(r, line=s.line, start=r.start + s.end,
                                          end=r.end + s.end)
                      for r in codescan.find_secrets(src[s.end:end], path)]
            continue
        if s.kind == "Basic Auth Credentials":
            user = re.search(r"([^\s:/@'\"`<>{}]*):$", src[max(0, s.start - 80):s.start])
            if _not_url_credentials(user.group(1) if user else "", value.strip("'\"` "),
                                    src, s.end, path.endswith(_CODE_EXT)):
                continue  # a placeholder, or a local development database's default
        if s.kind == "Secret Keyword" and re.search(r"\s", value.strip("'\"` ")) and \
                not _APP_PASSWORD.match(value.strip("'\"` ")):
            continue  # "Password (at least 8 characters)" is a label, not a password
        if s.kind != "Private Key" and _placeholder_key(value):
            continue
        if s.kind.endswith("High Entropy String") and (not _CREDENTIAL_CONTEXT.search(
                src[max(0, s.start - 60):s.start]) or _NOT_SHIPPED_SECRETS.search(path)):
            continue  # a hash or an id (a long random value named as a key is one, unless
            # a test made it up: entropy alone names no provider's key)
        if s.kind.endswith("High Entropy String") and _BROWSER_SDK_ID.search(
                src[max(0, s.start - 60):s.start].rsplit("\n", 1)[-1]):
            continue  # an analytics or push SDK's project id: the browser sends it by design
        if (s.kind == "Google API Key" or (s.kind.endswith("High Entropy String") and re.search(
                r"\bapiKey\s*:\s*['\"`]$", src[max(0, s.start - 30):s.start]) and value.strip(
                    "'\"` ").startswith("AIza"))) and re.search(
                r"\bauthDomain\b|\bmessagingSenderId\b", src[max(0, s.start - 400):s.end + 400]):
            continue  # a Firebase web config: its apiKey is public by design (of any length a
            # model writes it)
        if s.kind == "Google API Key" and _MAPS_BROWSER_KEY.search(
                src[max(0, s.start - 300):s.end + 300]):
            continue  # the key the Maps JavaScript loader carries to every visitor, by design
        role = _jwt_role(value) if s.kind == "JSON Web Token" else None
        if role in ("anon", "demo", "expired"):
            continue  # Supabase's anon key is public by design: RLS is what protects data
        if s.kind == "JSON Web Token" and role != "service_role" and _NOT_SHIPPED_SECRETS.search(
                path):
            continue  # a test's sample token (jwt.io's John Doe), never deployed
        reported.add(s.line)
        if role == "service_role":
            yield _finding(path, s.line, "service-role",
                           "a service-role key (a JWT with role service_role, it bypasses RLS) "
                           "is written into the code; keep it in a server-only environment "
                           "variable and use it only in a verified webhook route")
        if s.kind == "Basic Auth Credentials":
            yield _finding(path, s.line, "credentials-in-url",
                           "a password is written inside a URL; read the whole URL from a "
                           "server-side environment variable")
        elif _inside_url(src, s.start, s.end):
            yield _finding(path, s.line, "credentials-in-url",
                           f"a secret ({s.kind}) is written inside a URL (whoever has the URL "
                           "can use it, as with a Slack or Discord webhook's path); read the "
                           "whole URL from a server-side environment variable")
        elif client:
            yield _finding(path, s.line, "secret-in-client",
                           f"a secret ({s.kind}) is written into browser code")
        else:
            yield _finding(path, s.line, "hardcoded-secret",
                           f"a secret ({s.kind}) is written into the code; read it from a "
                           "server-side environment variable")
    for m in _URL_CREDS.finditer(src):
        line = _line(src, m.start())
        if line in reported or _not_url_credentials(m.group(2), m.group(3), src, m.end(3),
                                                    path.endswith(_CODE_EXT)):
            continue
        reported.add(line)
        yield _finding(path, line, "credentials-in-url",
                       f"a password is written inside a {m.group(1)}:// URL; read the whole "
                       "URL from a server-side environment variable")


def _inside_url(src: str, start: int, end: int) -> bool:
    """The secret found at ``src[start:end]`` is part of a URL literal: the URL itself is the
    credential (``https://hooks.slack.com/services/T…/B…/…``)."""
    before = src[max(0, start - 200):start].rsplit("\n", 1)[-1]
    return "://" in src[start:end] or bool(re.search(r"[a-z][a-z0-9+.-]*://[^\s'\"`]*$",
                                                     before, re.IGNORECASE))


_SECRET_NAME = re.compile(r"SECRET|PASSW(?:OR)?D|PRIVATE|TOKEN|API_?KEY|SALT|SIGNING|"
                          r"SERVICE_ROLE|CREDENTIAL", re.IGNORECASE)
_PUBLIC_NAME = re.compile(r"^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|EXPO_PUBLIC_)|ANON|PUBLISHABLE",
                          re.IGNORECASE)


# Secret-sounding variables that hold no secret: JWT_EXPIRES_IN, API_KEY_HEADER, TOKEN_TTL.
_NOT_A_SECRET = re.compile(r"(?:HEADER|NAME|TTL|EXPIR\w*|URL|URI|HOST|PORT|ALG\w*|ISSUER|"
                           r"AUDIENCE|LENGTH|ROUNDS|TYPE|_ID|PREFIX|ENDPOINT|REGION|MODE|"
                           r"VERSION|PATH|FILE|COOKIE)$", re.IGNORECASE)


def _usable_key(value: str | None) -> bool:
    """A literal that works as a key where one is expected (a fallback or a signing key): even
    "your-secret-key" signs tokens anyone can forge; an empty or numeric one is no key."""
    return value is not None and len(value) >= 6 and not re.search(r"\s", value) and \
        not value.isdigit()


def _env_fallback_secrets(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A secret's environment read with a literal to fall back on (``process.env.JWT_SECRET ||
    "…"``, ``const { SECRET = "…" } = process.env``): whenever the variable is unset, the
    literal in the code is the secret, and anyone who has the code has it. A test's own
    configuration falls back to a test secret by design."""
    if _NOT_SHIPPED_SECRETS.search(mod.path):
        return
    for node, name in scan.env_reads(mod):
        if not _SECRET_NAME.search(name) or _PUBLIC_NAME.search(name) or _NOT_A_SECRET.search(
                name):
            continue
        parent, literal = node.parent, None
        if parent is not None and parent.type == "binary_expression" and text(
                parent.child_by_field_name("operator")) in ("||", "??") and \
                parent.child_by_field_name("left") == node:
            literal = parent.child_by_field_name("right")
        elif node.type == "object_assignment_pattern" or (
                parent is not None and parent.type == "object_assignment_pattern"):
            pattern = node if node.type == "object_assignment_pattern" else parent
            literal = pattern.child_by_field_name("right")
        value = jsscan.string_value(literal, mod.consts) if literal is not None else None
        if not _usable_key(value):
            continue
        yield _finding(mod.path, jsscan.line(literal), "hardcoded-secret",
                       f"{name} falls back to a secret written into the code; fail when the "
                       "variable is unset instead of using a literal")


# Calls whose argument at this index is a signing or encryption key.
_KEY_ARGUMENT = [(re.compile(r"(?:^|\.)(?:jwt|jsonwebtoken|jose)\.(?:sign|verify)$"), 1),
                 (re.compile(r"(?:^|\.)createHmac$|(?:^|\.)create(?:De)?[cC]ipheriv$"), 1),
                 (re.compile(r"(?:^|\.)jwtVerify$"), 1),
                 (re.compile(r"^(?:twilio|Twilio)$"), 1)]


# A Google app password as Gmail shows it (four groups of four letters).
_APP_PASSWORD = re.compile(r"^[a-z]{4}(?: [a-z]{4}){3}$")


def _mail_passwords(mod: Module) -> Iterator[Finding]:
    """``auth: { user, pass: "…" }`` of nodemailer and SMTP clients: detect-secrets' keyword
    list has ``password`` but not ``pass``; and the password of a connection's settings
    (``createPool({ host, user, password: "…" })``), which detect-secrets misses on a line
    that also assigns (``const pool = mysql.createPool({ … password: "…" })``)."""
    for pair in mod.of_type("pair"):
        key = text(pair.child_by_field_name("key")).strip("'\"")
        if key not in ("pass", "pwd", "password", "passwd"):
            continue
        obj = pair.parent
        keys = {text(p.child_by_field_name("key")).strip("'\"") for p in obj.named_children
                if p.type == "pair"} | {text(p) for p in obj.named_children
                                         if p.type == "shorthand_property_identifier"}
        holder = obj.parent
        if key in ("password", "passwd") and not keys & {"host", "hostname", "database", "port",
                                                         "server", "db"}:
            continue  # { email, password }: a sign-in form's fields (or a demo account's)
        if not keys & {"user", "username", "email", "login", "host", "database"} and not (
                holder is not None and holder.type == "pair" and
                text(holder.child_by_field_name("key")) == "auth"):
            continue  # { pass: "Passed", fail: "Failed" }: labels, not a login
        host = next((jsscan.string_value(p.child_by_field_name("value"), mod.consts) or ""
                     for p in obj.named_children if p.type == "pair" and text(
                         p.child_by_field_name("key")).strip("'\"") in ("host", "hostname")), "")
        if _keyword_no_secret(mod.path, mod.src, pair.child_by_field_name("value").start_byte,
                              text(pair.child_by_field_name("value"))) or re.fullmatch(
                r"localhost|127\.0\.0\.1|0\.0\.0\.0|db|database|postgres|mysql|mariadb|redis",
                host):
            continue  # a test's or a seed's database, or a local one for development
        value = jsscan.string_value(pair.child_by_field_name("value"), mod.consts)
        if value is None or len(value) < 6 or _placeholder(value) or _placeholder_key(value) \
                or (" " in value and not _APP_PASSWORD.match(value)):
            continue
        yield _finding(mod.path, jsscan.line(pair), "hardcoded-secret",
                       "a password is written into the code; read it from a server-side "
                       "environment variable")


def _literal_keys(mod: Module) -> Iterator[Finding]:
    """A literal used as a signing key: ``jwt.sign(claims, "…")``, ``createHmac("sha256",
    "…")``, ``new TextEncoder().encode("…")`` handed to jose. A test signs its own tokens with
    a key it made up (the server it tests reads the real one from the environment)."""
    if _NOT_SHIPPED_SECRETS.search(mod.path):
        return
    jose = any(source in ("jose", "jsonwebtoken") for source, _ in mod.imports.values())
    for n in mod.of_type("call_expression"):
        name, a = callee(n), args(n)
        key = None
        for pattern, index in _KEY_ARGUMENT:
            if pattern.search(name) and len(a) > index:
                key = a[index]
        if name in ("sign", "verify") and mod.imports.get(name, ("", ""))[0] in (
                "jsonwebtoken", "jose") and len(a) > 1:
            key = a[1]  # import { sign } from "jsonwebtoken"
        if key is None and jose and name.endswith(".encode") and a and "TextEncoder" in name:
            key = a[0]
        value = jsscan.string_value(key, mod.consts) if key is not None else None
        if not _usable_key(value):
            continue
        yield _finding(mod.path, jsscan.line(n), "hardcoded-secret",
                       "a signing key is written into the code; anyone with the code can forge "
                       "tokens: read it from a server-side environment variable")


# A key written into a URL's query string: `?appid=b07a…`, `&api_key=…` (a provider's account
# key, not a link's own one-time token, which is made at run time).
_KEY_NAMES = (r"app_?id|api_?key|apikey|key|access_?key|access_?token|token|auth_?token|secret|"
              r"client_?secret|password|passwd|pwd")
_QUERY_KEY = re.compile(rf"[?&]((?:{_KEY_NAMES}))=([A-Za-z0-9_\-.~]{{16,}})(?=[&#'\"`\s]|$)",
                        re.IGNORECASE)
_KEY_PARAM = re.compile(rf"(?:{_KEY_NAMES})$", re.IGNORECASE)
# Keys meant for the browser: Stripe's and Mapbox's publishable ones.
_PUBLISHABLE = re.compile(r"^(?:pk_(?:live|test)_|pk\.)")


def _entropy(value: str) -> float:
    counts = [value.count(c) for c in set(value)]
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts)


# A file's own link token: a signed, expiring JWT (Supabase Storage's /object/sign/…?token=) or
# a UUID (Firebase Storage's …?alt=media&token=): it opens that one file, not an account.
_LINK_TOKEN = re.compile(r"^eyJ[\w-]+\.[\w-]+\.[\w-]+$|"
                         r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def _key_shaped(value: str) -> bool:
    """A random-looking key (letters and at least 3 digits, a key's entropy), not a word
    (home-page-banner-v2), a placeholder, a publishable key or a file's link token."""
    return not (_PUBLISHABLE.match(value) or _LINK_TOKEN.match(value) or
                _placeholder_key(value) or len(re.findall(
        r"\d", value)) < 3 or not re.search(r"[A-Za-z]", value) or re.fullmatch(
        r"[a-z]+(?:[-_.][a-z0-9]+)+", value, re.I) or _entropy(value) < 3.0) and \
        len(value) >= 16


def _url_parts(n: Node, mod: Module) -> list[Node]:
    """The pieces of a template or a ``+`` chain in order: written text as string fragments
    (a quoted literal stands for its text), the rest as the expressions put in."""
    if n.type == "template_string":
        return [c.named_children[0] if c.type == "template_substitution" and c.named_children
                else c for c in n.named_children]
    if (n.id, n.start_byte) in _pieces(mod)[0]:
        return []  # the outermost + of a chain reads it whole
    return [next((c for c in p.named_children if c.type == "string_fragment"), p)
            if p is not None and p.type == "string" else p for p in _operands(n) if p is not None]


def _pieces(mod: Module) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The nodes that are an operand of a binary expression, and those that are one of a
    binary expression or a template's ``${…}`` through parentheses: a piece of a longer
    expression (found from the few parents, not a map of every node's parent)."""
    if "pieces" not in mod.cache:
        direct: set[tuple[int, int]] = set()
        through: set[tuple[int, int]] = set()
        for p in mod.of_type("binary_expression", "template_substitution"):
            for c in p.children:
                if p.type == "binary_expression":
                    direct.add((c.id, c.start_byte))
                todo = [c]
                while todo:
                    x = todo.pop()
                    through.add((x.id, x.start_byte))
                    if x.type == "parenthesized_expression":
                        todo += x.children
        mod.cache["pieces"] = (direct, through)
    return mod.cache["pieces"]


def _operands(n: Node) -> list[Node | None]:
    """The operands of a ``a + b + c`` chain, left to right (``[n]`` when it is none)."""
    parts: list[Node | None] = []
    node: Node | None = n
    while node is not None and node.type == "binary_expression" and text(
            node.child_by_field_name("operator")) == "+":
        parts.insert(0, node.child_by_field_name("right"))
        node = strip(node.child_by_field_name("left"))
    parts.insert(0, node)
    return parts


def _in_query_object(pair: Node) -> bool:
    """An entry of an object that becomes a query string: axios' ``params: {…}``, ``new
    URLSearchParams({…})``."""
    holder = pair.parent.parent if pair.parent is not None else None
    return holder is not None and (
        (holder.type == "pair" and text(holder.child_by_field_name("key")) == "params") or (
            holder.type == "arguments" and holder.parent is not None and
            holder.parent.type == "new_expression" and text(
                holder.parent.child_by_field_name("constructor")) == "URLSearchParams"))


def _keys_in_urls(mod: Module) -> Iterator[Finding]:
    """A literal key in the query string of a URL written in the code (``fetch(`…?q=${city}
    &appid=b07a9e…`)``, ``searchParams.set("appid", "b07a…")``, axios' ``params: { api_key:
    "…" }``): whoever reads the code, or in a browser the page's requests, can use the account.
    A random-looking value counts, a word or a placeholder does not."""
    if _NOT_SHIPPED_SECRETS.search(mod.path):
        return
    found: list[tuple[Node, str]] = []
    for n in mod.of_type("string_fragment"):
        m = next((m for m in _QUERY_KEY.finditer(text(n)) if _key_shaped(m.group(2))), None)
        if m is not None:
            found.append((n, m.group(1)))
    found += _query_values(mod, lambda value, consts: _key_shaped(
        jsscan.string_value(value, consts) or ""), mod.consts)
    for n, name in sorted(found, key=lambda f: f[0].start_byte)[:1]:
        yield _finding(mod.path, jsscan.line(n), "credentials-in-url",
                       f"a key is written into a URL's query string ({name}=…): whoever reads "
                       "the code or the requests can use the account; keep it in a server-side "
                       "environment variable and call the API from the server")


def _query_values(mod: Module, holds: Callable[[Node, dict], bool],
                  consts: dict) -> list[tuple[Node, str]]:
    """Where a request URL's query takes a value under a key's name and ``holds(value,
    consts)`` says it is a key: ```…&appid=${v}```, ``url.searchParams.set("api_key", v)``,
    axios' ``params: { token: v }`` or ``new URLSearchParams({ key: v })``. The node and the
    name, for the literal-key rule and the browser-shipped-key rule alike."""
    found: list[tuple[Node, str]] = []
    for n in mod.of_type("template_string", "binary_expression"):
        for before, value in itertools.pairwise(_url_parts(n, mod)):
            m = re.search(rf"[?&]((?:{_KEY_NAMES}))=$", jsscan.string_value(before) or text(
                before) if before.type == "string_fragment" else "", re.IGNORECASE)
            if m is not None and value.type not in ("string_fragment", "string") and \
                    holds(value, consts):
                found.append((n, m.group(1)))
    for n in mod.of_type("call_expression"):
        a = args(n)
        if re.search(r"(?:^|\.)searchParams\.(?:set|append)$", callee(n)) and len(a) > 1 and \
                _KEY_PARAM.match(jsscan.string_value(a[0]) or "") and holds(a[1], {}):
            found.append((n, jsscan.string_value(a[0]) or ""))
    for pair in mod.of_type("pair"):
        key = jsscan.string_value(pair.child_by_field_name("key")) or text(
            pair.child_by_field_name("key"))
        if _in_query_object(pair) and _KEY_PARAM.match(key) and holds(
                pair.child_by_field_name("value"), {}):
            found.append((pair, key))
    return found


# Variables every visitor's browser gets (Vite, Next, CRA, SvelteKit, Expo, Nuxt prefixes), and
# the keys made to be used from a browser: publishable, anon, a site key, a maps/tiles key
# restricted to the site's referrer.
_BROWSER_ENV = re.compile(r"^(?:VITE_|NEXT_PUBLIC_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|"
                          r"NUXT_PUBLIC_|GATSBY_)")
_BROWSER_KEY = re.compile(r"PUBLISHABLE|ANON|SITE_?KEY|MAPS?|MAPBOX|TILE|CLIENT_?ID|"
                          r"PUBLIC_?KEY|_PK\b|RECAPTCHA|TURNSTILE|SENTRY|POSTHOG|ANALYTICS|"
                          r"MEASUREMENT", re.IGNORECASE)


def _shipped_keys_in_query(mod: Module) -> Iterator[Finding]:
    """An account key from a browser-prefixed variable put in a request URL's query
    (```…&appid=${import.meta.env.VITE_WEATHER_KEY}```): the key is in the bundle and in every
    visitor's requests, history and the provider's logs; anyone can spend the account. Keys
    meant for browsers (publishable, anon, a referrer-locked maps key) are not."""
    if jsscan.is_route_path(mod.path) or re.search(r"(?:^|/)pages/api/|(?:^|/)server/",
                                                   mod.path) or any(
            e.kind != "page" for e in jsscan.entries(mod)):
        return  # server code: the key's browser use, if any, is reported where it happens
    keyed = {n.id: name for n, name in env_reads(mod) if _BROWSER_ENV.match(name) and
             re.search(r"KEY|TOKEN|SECRET|APP_?ID", name.removeprefix("VITE_"), re.I) and
             not _BROWSER_KEY.search(_BROWSER_ENV.sub("", name))}
    if not keyed:
        return
    names: set[str] = set()
    for n in mod.of_type("variable_declarator"):
        value = n.child_by_field_name("value")
        if value is not None and any(x.id in keyed for x in [value, *walk(value)]):
            names |= jsscan.pattern_names(n.child_by_field_name("name"))
    def holds_key(value: Node | None) -> bool:
        value = strip(value)
        return value is not None and (any(x.id in keyed for x in [value, *walk(value)]) or (
            value.type == "identifier" and text(value) in names))

    found = _query_values(mod, lambda value, consts: holds_key(value), {})
    for n, name in sorted(found, key=lambda f: f[0].start_byte)[:1]:
        yield _finding(mod.path, jsscan.line(n), "token-in-url",
                       f"the browser puts an account key in a request's query ({name}=…): it "
                       "ships in the bundle and every request; call the API from a server "
                       "route that keeps the key")


def _secrets_in_client(path: str, src: str) -> Iterator[Finding]:
    code = _strip_comments(src)
    # "service_role" itself, or a variable named as the key (NEXT_PUBLIC_SUPABASE_SERVICE_KEY)
    for m in sorted([*(m for m in _SERVICE_ROLE.finditer(code) if not _role_label(code, m)),
                     *(m for m in re.finditer(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b", code)
                       if _SERVICE_ROLE_ENV.search(m.group()))],
                    key=lambda m: m.start()):
        yield _finding(path, _line(code, m.start()), "secret-in-client",
                       "the service-role key is referenced in code that runs in the browser; "
                       "use it only in a server-only webhook route")
        break
    declared = _t3_runtime_env(code)
    for m in _SECRET_ENV.finditer(code):
        if any(a <= m.start() < b for a, b in declared):
            continue
        yield _finding(path, _line(code, m.start()), "secret-in-client",
                       f"{m.group(1)} is read in browser code; read secrets only on the server")


def _auth_admin_in_client(mod: Module) -> Iterator[Finding]:
    """Browser code calling Supabase's auth admin API (``db.auth.admin.inviteUserByEmail``,
    ``deleteUser``, ``listUsers``): it answers only a client holding the service-role key, so
    the key ships with the page, whatever the variable or the factory holding it is called."""
    for n in mod.of_type("call_expression"):
        if re.search(r"\.auth\.admin\.\w+$", callee(n).replace("?.", ".")):
            yield _finding(mod.path, jsscan.line(n), "secret-in-client",
                           "browser code calls Supabase's auth admin API, which needs the "
                           "service-role key, so that key ships to every visitor; call it "
                           "from a server route that checks the caller first")
            return


def _role_label(code: str, m: re.Match[str]) -> bool:
    """``serviceRole`` as a word of the app's own (``ROLES.serviceRole``, ``{ serviceRole:
    "support" }``, a ``role === "serviceRole"`` test): a camel-case name with nothing of a key
    about it: no Key/Secret/Token/JWT/Client/Supabase/Admin in the whole name, not in a string
    that names the Postgres role (``"service_role"``), not set from a key or the env. A label
    that only shares the words says nothing, and the rule would otherwise guess."""
    start = m.start()
    while start > 0 and (code[start - 1].isalnum() or code[start - 1] in "_$"):
        start -= 1
    end = m.end()
    while end < len(code) and (code[end].isalnum() or code[end] in "_$"):
        end += 1
    name = code[start:end]
    if "_" in m.group(0) or "-" in m.group(0) or re.search(
            r"key|secret|token|jwt|client|supabase|admin|sb", name, re.IGNORECASE) or \
            re.search(rf"\bcreate\w*Client\([^)]*\b{re.escape(name)}\b", code):
        return False
    after = code[end:end + 120]
    value = re.match(r"""\s*(?:[:=]|\?\?|\|\|)\s*(['"`])([^'"`\n]*)\1""", after)
    if value is not None:
        return len(value.group(2)) < 40 and not value.group(2).startswith(("eyJ", "sb_"))
    return not re.match(r"\s*(?:[:=]|\?\?|\|\|)\s*(?!=)", after)


def _t3_runtime_env(code: str) -> list[tuple[int, int]]:
    """Spans of t3-env's ``createEnv({ server, client, runtimeEnv: {…} })`` lists: every
    variable is named there once, and the library throws when browser code reads a server one
    (Next.js does not inline unprefixed variables into the bundle anyway)."""
    spans = []
    if "createEnv(" not in code:
        return spans
    for m in re.finditer(r"\b(?:experimental__)?runtimeEnv\s*:\s*\{", code):
        depth, end = 1, m.end()
        while depth and end < len(code):
            depth += {"{": 1, "}": -1}.get(code[end], 0)
            end += 1
        spans.append((m.start(), end))
    return spans


# A setting about passwords or private things, not one: NEXT_PUBLIC_PASSWORD_MIN_LENGTH,
# NEXT_PUBLIC_ENABLE_PASSWORD_LOGIN, NEXT_PUBLIC_RESET_PASSWORD_URL, NEXT_PUBLIC_PRIVATE_MODE.
_SETTING_WORD = re.compile(
    r"(?:^|_)(?:MIN|MAX|MINIMUM|MAXIMUM|LENGTH|LEN|ENABLED?|DISABLED?|SHOW|HIDE|ALLOW\w*|"
    r"REQUIRE[DS]?|REGEX|PATTERN|POLICY|RULES?|STRENGTH|COMPLEXITY|PATH|PAGE|ROUTE|URL|"
    r"REDIRECT\w*|MODE|FLAG|FEATURE|LOGIN|SIGN_?IN|SIGN_?UP|RESET|FORGOT|CHANGE|HINT|LABEL|"
    r"TEXT|PLACEHOLDER|VISIBLE|VISIBILITY|TOGGLE|PROTECTED|PROTECTION|BETA|BUCKET|CHANNEL|"
    r"ROOM|REPO|ROUTES)(?:_|$)")
_VALUE_WORD = re.compile(r"PASSW(?:OR)?D|PRIVATE")


def _names_a_setting(name: str, value: str | None) -> bool:
    """A NEXT_PUBLIC_/VITE_ variable that holds no secret: named for a setting about
    passwords or private things (no key, token or secret word in it), or given a boolean in
    an env file."""
    if value is not None and re.fullmatch(r"\s*['\"]?(?:true|false|on|off|yes|no)"
                                          r"['\"]?\s*", value, re.IGNORECASE):
        return True
    rest = _VALUE_WORD.sub("", name)
    return bool(_VALUE_WORD.search(name)) and not re.search(
        r"SECRET|SERVICE|KEY|TOKEN|DATABASE|DB_URL|WEBHOOK|CREDENTIAL", rest) and bool(
        _SETTING_WORD.search(name))


# A public-prefixed variable set to a key in an env file: the build writes that key, as text,
# into the JavaScript every visitor downloads (a committed secret, whatever else it opens).
_LIVE_KEY = " with its key written into the shipped code"


def _next_public(path: str, src: str) -> Iterator[Finding]:
    env_file = bool(re.search(r"(?:^|/)\.env", path))
    found = list(_NEXT_PUBLIC_SECRET.finditer(src))
    if not env_file and _BARE_PUBLIC_READ.search(src):
        found += _BARE_PUBLIC_SECRET.finditer(src)
    for m in found:
        value = None
        if env_file and src[m.end():m.end() + 1] == "=":
            value = src[m.end() + 1:].split("\n", 1)[0]
        if _names_a_setting(m.group(1), value):
            continue
        prefix = m.group(0)[:-len(m.group(1))]
        key = value is not None and _usable_key(value.strip().strip("'\"")) and \
            not _placeholder_key(value.strip())
        yield _finding(path, _line(src, m.start()), "next-public-secret",
                       f"{m.group(0)} would be inlined into the browser bundle"
                       f"{_LIVE_KEY if key else ''}; drop the {prefix} prefix and read it on "
                       "the server")


_CONFIG_FILE = re.compile(r"(?:^|/)(?:nuxt|next|vite|astro|svelte|app)\.config\.(?:[cm]?[jt]s)$")
# Where a framework's config hands values to the browser: Nuxt's runtimeConfig.public (in every
# page's payload), Next.js's publicRuntimeConfig and env (inlined into the bundle), Vite's and
# webpack's define (replaced into client code).
_PUBLIC_CONFIG = {("runtimeConfig", "public"): "runtimeConfig.public, which Nuxt sends to every "
                  "browser in the page payload", ("", "publicRuntimeConfig"):
                  "publicRuntimeConfig, which Next.js sends to the browser",
                  ("", "define"): "define, which the bundler writes into client code"}
_SECRET_KEY_NAME = re.compile(r"service_?(?:role|key)|secret|private_?key|password|"
                              r"(?:openai|anthropic|resend|stripe)_?(?:api_?)?key", re.IGNORECASE)


def _public_config_secrets(mod: Module) -> Iterator[Finding]:
    """Secrets a framework config puts where the browser gets them: a secret env read, or an
    entry named as a secret key, under ``runtimeConfig.public`` (Nuxt), ``publicRuntimeConfig``
    or ``env`` (next.config), ``define`` (Vite)."""
    if not _CONFIG_FILE.search(mod.path):
        return
    reads = [(n, name) for n, name in env_reads(mod)]
    next_config = "next.config" in mod.path
    for pair in mod.of_type("pair"):
        key = text(pair.child_by_field_name("key")).strip("'\"")
        parent_pair = pair.parent.parent if pair.parent is not None else None
        outer = text(parent_pair.child_by_field_name("key")).strip("'\"") if \
            parent_pair is not None and parent_pair.type == "pair" else ""
        where = _PUBLIC_CONFIG.get((outer, key)) or _PUBLIC_CONFIG.get(("", key)) or (
            "env, which Next.js inlines into the browser bundle" if next_config and
            key == "env" else None) or (
            "extra, which Expo builds into the app (expo-constants reads it on the phone)" if
            re.search(r"(?:^|/)app\.config\.", mod.path) and key == "extra" else None)
        value = strip(pair.child_by_field_name("value"))
        if where is None or value is None or value.type != "object":
            continue
        for entry in value.named_children:
            if entry.type not in ("pair", "shorthand_property_identifier"):
                continue
            name = text(entry.child_by_field_name("key") if entry.type == "pair" else
                        entry).strip("'\"")
            secret = [env for n, env in reads if entry.start_byte <= n.start_byte <
                      entry.end_byte and not _names_a_setting(env, None) and (
                          _SERVICE_ROLE_ENV.search(env) or (_SECRET_NAME.search(env) and not (
                              _PUBLIC_NAME.search(env) or _NOT_A_SECRET.search(env))))]
            if not secret and not (_SECRET_KEY_NAME.search(name) and not
                                   _PUBLIC_NAME.search(name)):
                continue
            what = secret[0] if secret else name
            role = " (the service-role key: it bypasses RLS)" if _SERVICE_ROLE_ENV.search(
                what) or _SERVICE_ROLE_ENV.search(name) else ""
            yield _finding(mod.path, jsscan.line(entry), "secret-in-client",
                           f"{what}{role} is put under {where}; keep it in the private part "
                           "of the config and use it only in server code")


# ---------------------------------------------------------------------- entries


_AUTHISH_NAME = re.compile(r"auth|session|protect|user|clerk|signed|jwt|bearer|passport|logged|"
                           r"ensure|login|token|admin|require_?role", re.IGNORECASE)


def _authjs_wrapper(scan: _Scan, mod: Module, wrapper: str) -> bool:
    """Auth.js v5's ``auth`` (``export const { auth, handlers } = NextAuth(…)``) wrapped
    around a route handler: it puts the session on ``req.auth`` (null when signed out) and
    lets every request through; the handler must check it."""
    source, name = mod.imports.get(wrapper, ("", wrapper))
    if "." in wrapper or (source and not source.startswith((".", "@/", "~/", "next-auth"))):
        return False
    if source.startswith("next-auth"):
        return True
    target = scan.project.module_for(mod.path, source) if source else mod
    return target is not None and bool(re.search(
        rf"\{{[^}}]*\b{re.escape(name)}\b[^}}]*\}}\s*=\s*NextAuth\s*\(", target.src))


# Middleware that reads a session or a token when there is one and rejects nobody.
_SESSION_PACKAGES = {"express-session", "cookie-session", "koa-session", "@fastify/session",
                     "@fastify/secure-session", "@fastify/cookie", "cookie-parser",
                     # withIronSessionApiRoute(handler): req.session, with or without a user
                     "iron-session", "iron-session/next", "next-iron-session"}
_LOADS_SESSION = re.compile(r"^(?:passport\.(?:session|initialize)|clerkMiddleware|"
                            r"ClerkExpressWithAuth)$")


def _wrapper_authed(scan: _Scan, mod: Module, wrapper: str) -> bool:
    if not wrapper or _authjs_wrapper(scan, mod, wrapper):
        return False
    found = scan.project.resolve(mod, wrapper)
    if "." in wrapper and found is not None and found[0] is mod and \
            jsscan.function_of(mod, found[1])[0] is None:
        found = None  # fastify.authenticate: a member of a local object, not the object
    if found is None:
        decorated = _decorated(mod, wrapper.rsplit(".", 1)[-1])
        if decorated is not None:
            return _checks_user(scan, mod, decorated)
        if _LOADS_SESSION.match(wrapper) or mod.imports.get(wrapper.split(".")[0], ("", ""))[
                0] in _SESSION_PACKAGES:
            return False  # loads who the visitor is, lets the anonymous one through
        return bool(_AUTHISH_NAME.search(wrapper))
    return _checks_user(scan, found[0], found[1])


def _hook_guarded_prefixes(modules: dict[str, Module], keys_only: bool = False) -> list[str]:
    """Paths a SvelteKit ``handle`` hook keeps from signed-out visitors: ``if
    (event.url.pathname.startsWith("/admin") && !event.locals.user) redirect(303, "/login")``,
    the prefixes also from a constant list it tests (``protected.some(p => …startsWith(p))``).
    ``keys_only``: the paths it keeps for who holds a shared key (:func:`_prefix_key_check`)."""
    out: list[str] = []
    for path, mod in modules.items():
        if not re.search(r"(?:^|/)src/hooks\.server\.[jt]s$", path):
            continue
        for n in mod.of_type("if_statement"):
            cond = n.child_by_field_name("condition")
            src = text(cond)
            user_check = not keys_only and bool(jsscan.SESSION_USER.search(src)) and \
                jsscan._exits(n.child_by_field_name("consequence"))
            if "startsWith" not in src or not (user_check or _prefix_key_check(mod, n)):
                continue
            values = [v for x in [cond, *walk(cond)] if x.type == "string"
                      and (v := jsscan.string_value(x))]
            for x in [cond, *walk(cond)]:
                listed = mod.top.get(text(x)) if x.type == "identifier" else None
                if listed is not None and strip(listed) is not None and \
                        strip(listed).type == "array":
                    values += [v for c in strip(listed).named_children
                               if (v := jsscan.string_value(c))]
            out += [v for v in values if v.startswith("/") and len(v) > 1]
    return out


def _prefix_key_check(mod: Module, branch: Node) -> bool:
    """``if (pathname.startsWith("/admin")) { … if (header !== expected) return 401 }`` (or
    the two in one condition) where what is compared is built from a key the environment
    holds: HTTP basic auth or an API key in front of those paths, whatever the key is named."""
    keys = [r for r, name in env_reads(mod) if (_SECRET_NAME.search(name) or _SHARED_KEY.search(
        name)) and not _PUBLIC_NAME.search(name)]
    held = {name for d in walk(branch) if d.type == "variable_declarator" and any(
        d.start_byte <= r.start_byte < d.end_byte for r in keys)
        for name in jsscan.pattern_names(d.child_by_field_name("name"))}
    for n in [branch, *walk(branch.child_by_field_name("consequence"))]:
        cond = n.child_by_field_name("condition") if n.type == "if_statement" else None
        if cond is None or not jsscan._exits(n.child_by_field_name("consequence")) or \
                not re.search(r"!==?|timingSafeEqual|!\s*\w*(?:same|equal|match|valid)",
                              text(cond), re.IGNORECASE):
            continue
        if any(cond.start_byte <= r.start_byte < cond.end_byte for r in keys) or \
                jsscan.mentions(cond, held):
            return True
    return False


# Nuxt's (Nitro's, h3's) handler: what a file of server/ exports.
_H3_HANDLER = re.compile(r"\b(?:defineEventHandler|eventHandler|defineNitro\w*)\s*\(")


def _nuxt_middleware_guards(modules: dict[str, Module]) -> list[tuple[str, bool]]:
    """(URL prefix, admins only) of each Nuxt server middleware (``server/middleware/``, run
    before every route) that looks the caller up and throws 401/403 when there is none (or
    they are not an admin): ``if (!event.path.startsWith("/api/admin")) return`` narrows it
    to its prefix, "" when it covers every route."""
    out: list[tuple[str, bool]] = []
    for path, mod in modules.items():
        if not re.search(r"(?:^|/)server/middleware/", path) or not _H3_HANDLER.search(mod.src):
            continue  # (an Express app keeps its middleware in server/middleware/ too)
        fns = [n for n in mod.of_type(*jsscan.FUNCTIONS) if _refuses_no_caller(n) or any(
            c.type == "if_statement" and jsscan._exits(c.child_by_field_name("consequence")) and
            _REFUSAL.search(text(c.child_by_field_name("consequence")) or "") and (
                jsscan.SESSION_USER.search(text(c.child_by_field_name("condition")) or "") or
                _SIGNED_IN_CHECK.search(text(n)) or re.search(r"\b\w*[Ss]ession\w*\(",
                                                              text(n)))
            for c in walk(n))]
        for fn in fns[:1]:
            prefixes, admin = _middleware_scope(fn)
            out += [(p_, admin) for p_ in prefixes] if prefixes is not None else []
    return out


def _middleware_scope(fn: Node) -> tuple[list[str] | None, bool]:
    """The URL prefixes a server middleware refuses callers on, and whether its refusal tests
    an admin role. A prefix counts only when the code outside it leaves early (``if
    (!event.path.startsWith(p)) return``) or the refusal sits under it (``if
    (path.startsWith(p)) { … throw 403 }``, ``startsWith(p) && !user``); an early return for
    ``startsWith(p)`` lets ``p`` through (an allow-list), so nothing is known guarded (None).
    [""] when no prefix narrows it."""
    prefixes: list[str] = []
    admin = False
    for n in walk(fn):
        if n.type != "if_statement":
            continue
        cond = n.child_by_field_name("condition")
        then = n.child_by_field_name("consequence")
        if cond is None or then is None:
            continue
        refuses = jsscan._exits(then) and bool(_REFUSAL.search(text(then)))
        if refuses and re.search(r"""role\w*\s*[!=]==?\s*['"`](?:admin|owner|staff)|"""
                                 r"""['"`](?:admin|owner|staff)['"`]\s*[!=]==?|!\s*[\w.?]*is_?[Aa]dmin""",
                                 text(cond)):
            admin = True
        for c in [cond, *walk(cond)]:
            if c.type != "call_expression" or not callee(c).endswith(".startsWith"):
                continue
            value = jsscan.string_value(args(c)[0]) if args(c) else None
            if not value or not value.startswith("/"):
                continue
            negated = (c.parent is not None and c.parent.type == "unary_expression") or (
                c.parent is not None and c.parent.type == "parenthesized_expression" and
                c.parent.parent is not None and c.parent.parent.type == "unary_expression")
            if negated and jsscan._exits(then) and not refuses:
                prefixes.append(value)  # if (!path.startsWith("/api/admin")) return
            elif not negated and (refuses or any(
                    i.type == "if_statement" and jsscan._exits(i.child_by_field_name(
                        "consequence")) and _REFUSAL.search(text(i.child_by_field_name(
                            "consequence")) or "") for i in walk(then))):
                prefixes.append(value)  # if (path.startsWith("/api/admin")) { … throw 403 }
            elif not negated and jsscan._exits(then):
                return None, False  # an allow-list: the rest is guarded, not these
    return prefixes or [""], admin


def _nuxt_route_guarded(mod: Module, guards: list[tuple[str, bool]]) -> bool:
    """A Nuxt server route (``server/api/admin/lots/[id].delete.ts`` serves
    ``/api/admin/lots/[id]``) under a prefix its server middleware guards."""
    if not guards or not _H3_HANDLER.search(mod.src):
        return False
    path = mod.path
    m = re.search(r"(?:^|/)server/((?:api|routes)/.*?)(?:\.(?:get|post|put|patch|delete))?"
                  r"\.[cm]?[jt]s$", path)
    if not guards or m is None:
        return False
    url = "/" + re.sub(r"^routes/", "", m.group(1))
    return any(url == p_.rstrip("/") or url.startswith(p_.rstrip("/") + "/") for p_, _ in guards)


def _svelte_route_guarded(path: str, prefixes: list[str]) -> bool:
    """A SvelteKit route file under a prefix the hook guards (its URL, or its route id with
    groups: ``/(app)/admin``)."""
    m = re.search(r"(?:^|/)src/routes(/.*)?/\+(?:server|page\.server|layout\.server)\.[jt]s$",
                  path)
    if not prefixes or m is None:
        return False
    route_id = m.group(1) or "/"
    url = re.sub(r"/\([^/]*\)", "", route_id) or "/"
    return any(p_ == u or u.startswith(p_.rstrip("/") + "/") for p_ in prefixes
               for u in (url, route_id))


def _same_file_mount_guards(scan: _Scan, mod: Module, entry: jsscan.Entry
                            ) -> list[tuple[Module, Node]]:
    """Middleware the app runs before a router of the same file it mounts: Koa's
    ``app.use(jwt({ secret })); app.use(router.routes())`` guards ``router.patch(…)``, though
    the route was registered on the router before either line."""
    reg = entry.fn.parent.parent if entry.url and entry.fn is not None and \
        entry.fn.parent is not None and entry.fn.parent.type == "arguments" else None
    if reg is None or reg.type != "call_expression" or "." not in callee(reg):
        return []
    router = callee(reg).split(".")[0]
    out: list[tuple[Module, Node]] = []
    for call in mod.of_type("call_expression"):
        name = callee(call)
        if not name.endswith(".use") or name.split(".")[0] == router or not any(
                jsscan.dotted(a) in (router, f"{router}.routes()", f"{router}.middleware()")
                for a in args(call)):
            continue
        out += [(mod, g) for g, _ in jsscan.use_guards(mod, name.removesuffix(".use"),
                                                       call.start_byte)]
    return out


def _reexported(mod: Module) -> Iterator[tuple[str, str, str]]:
    """(name, exported as, source or "") of each ``export { a as B }`` / ``export { B } from
    "x"`` in a module."""
    for stmt in mod.root.named_children:
        if stmt.type != "export_statement":
            continue
        source = jsscan.string_value(stmt.child_by_field_name("source")) or ""
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for spec in clause.named_children:
                if spec.type != "export_specifier":
                    continue
                name = text(spec.child_by_field_name("name"))
                alias = spec.child_by_field_name("alias")
                yield name, text(alias) if alias is not None else name, source


def _middleware_guarded(scan: _Scan, path: str) -> bool:
    """A Next.js route handler or page whose URL the middleware keeps from signed-out
    visitors (not server actions: any page's URL runs them)."""
    url = nextmiddleware.url_of(path)
    return url is not None and scan.next_guard is not None and scan.next_guard.covers(url)


def _decorated(mod: Module, name: str) -> Node | None:
    """The function Fastify's ``fastify.decorate("authenticate", async (request, reply) => …)``
    attaches under ``name``."""
    for call in mod.of_type("call_expression"):
        a = args(call)
        if callee(call).endswith(".decorate") and len(a) > 1 and \
                jsscan.string_value(a[0]) == name:
            return jsscan.function_of(mod, a[1])[0]
    return None


def _checks_user(scan: _Scan, mod: Module, node: Node, depth: int = 0) -> bool:
    """A wrapper or middleware whose function (or the function it returns) resolves the user
    and stops when there is none."""
    for n in [node, *walk(node)]:
        if n.type in jsscan.FUNCTIONS:
            flow = jsscan.analyze(mod, n, scan.project)
            # Middleware (req, res, next) guards only if it stops the request itself; one that
            # logs "unauthenticated" and calls next() lets everyone through.
            middleware = len(_parameter_names(n)) >= 3 and "next" in set().union(
                *_parameter_names(n))
            if flow.resolves and (flow.asserts or (flow.unchecked_db is None and (
                    not middleware or not _never_stops(n)))):
                return True
            if _hands_on_checked_user(n):
                return True
        elif depth < 2 and n.type == "call_expression" and callee(n).endswith(".use"):
            # tRPC: protectedProcedure = t.procedure.use(enforceUserIsAuthed), the middleware
            # defined apart
            for a in args(n):
                found = scan.project.resolve(mod, text(a)) if a.type == "identifier" else None
                if found is not None and _checks_user(scan, found[0], found[1], depth + 1):
                    return True
            # adminProcedure = protectedProcedure.use(role check): built on a checked builder
            base = callee(n).removesuffix(".use")
            found = scan.project.resolve(mod, base) if re.fullmatch(r"[\w$]+", base) else None
            if found is not None and found[1] != n and _checks_user(scan, found[0], found[1],
                                                                    depth + 1):
                return True
    return False


# Where a middleware leaves the user for the handlers after it: Express ``req.user = x`` /
# ``res.locals.user``, Koa ``ctx.state.user``, Hono ``c.set("user", x)``.
_USER_SLOT = re.compile(r"^(?:req|request)\.(?:user|auth|userId)$|^res\.locals\.(?:user|userId)$|"
                        r"^ctx\.state\.(?:user|userId)$")
_USER_KEY = re.compile(r"^(?:user|userId|uid|session|auth|jwtPayload|account)$")


def _hands_on_checked_user(fn: Node) -> bool:
    """A middleware (its last parameter is ``next``) that stops the request when the user it
    looked up is missing and then hands that user on (``const user = await
    verifySessionCookie(sid); if (!user) return res.status(401)…; req.user = user; next()``).
    How it looked the user up is a helper this scan may not see; what it does with the answer
    is a check, and a rule that cannot tell had better not call every route behind it open."""
    params = _parameter_names(fn)
    if len(params) < 2 or "next" not in params[-1]:
        return False
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return False
    checked: set[str] = set()
    for stmt in body.named_children:
        if stmt.type == "if_statement" and jsscan._exits(stmt.child_by_field_name(
                "consequence")):
            cond = strip(stmt.child_by_field_name("condition"))
            # if (!user) / if (!session?.user): a value the middleware looked up, not the
            # request itself (``!req.headers.authorization`` tests only that a header came)
            root = re.match(r"!\s*\(?\s*(\w+)", text(cond)) if cond is not None else None
            if root is not None and not any(root.group(1) in p for p in params):
                checked.add(root.group(1))
            continue
        for n in [stmt, *walk(stmt, skip_functions=True)]:
            value = None
            if n.type == "assignment_expression" and _USER_SLOT.match(
                    jsscan.dotted(n.child_by_field_name("left"))):
                value = n.child_by_field_name("right")
            elif n.type == "call_expression" and callee(n).endswith(".set") and len(
                    args(n)) > 1 and _USER_KEY.match(jsscan.string_value(args(n)[0]) or ""):
                value = args(n)[1]
            root = re.match(r"\w+", text(strip(value)) or "") if value is not None else None
            if root is not None and root.group(0) in checked:
                return True
    return False


def _ownership_guard(scan: _Scan, mod: Module, guard: Node | None) -> bool:
    """Middleware that stops the request unless the route's id is the caller's (``isOwner``:
    ``if (req.auth.sub !== req.params.userId) throw …``): behind it, the id is the caller's."""
    guard = strip(guard)
    if guard is None:
        return False
    if guard.type == "call_expression":
        guard = guard.child_by_field_name("function")
    found = scan.project.resolve(mod, jsscan.dotted(guard)) if guard is not None and \
        guard.type in ("identifier", "member_expression") else None
    fn = jsscan.function_of(*found)[0] if found is not None else None
    if fn is None:
        return False
    for n in walk(fn):
        if n.type != "if_statement":
            continue
        cond = text(n.child_by_field_name("condition"))
        values = {text(d.child_by_field_name("name")): text(d.child_by_field_name("value"))
                  for d in walk(fn) if d.type == "variable_declarator"}
        seen = cond + " " + " ".join(v for k, v in values.items() if k in cond)
        if re.search(r"!==?|===?", cond) and re.search(r"\bparams\b", seen) and (
                jsscan.SESSION_USER.search(seen) or re.search(r"\blocals\.\w+|\.auth\b", seen)) \
                and jsscan._exits(n.child_by_field_name("consequence")):
            return True
    return False


def _never_stops(fn: Node) -> bool:
    """A middleware that hands every request on: no ``return`` (but ``return next()``), no
    ``throw``, no ``catch`` that answers, no ``next(err)``; one that logs "unauthenticated"
    and calls ``next()`` whatever it found rejects nobody. Its last statement is ``next()``."""
    body = fn.child_by_field_name("body")
    last = body.named_children[-1] if body is not None and body.type == "statement_block" and \
        body.named_children else None
    call = strip(last.named_children[0]) if last is not None and \
        last.type == "expression_statement" and last.named_children else None
    if call is None or call.type != "call_expression" or callee(call) != "next":
        return False
    for n in walk(fn, skip_functions=True):
        if n.type == "throw_statement" or n.type == "catch_clause":
            return False
        if n.type == "return_statement":
            value = strip(n.named_children[0]) if n.named_children else None
            if value is None or value.type != "call_expression" or callee(value) != "next":
                return False
        if n.type == "call_expression" and callee(n) == "next" and args(n):
            return False
    return True


def _guard_authed(scan: _Scan, mod: Module, guard: Node | None) -> bool:
    """Middleware before a handler that checks the user: ``requireAuth``,
    ``passport.authenticate("jwt")``, ``jwt({ secret })``, ``[app.authenticate]``, or an inline
    ``(req, res, next) => { if (!req.user) return res.sendStatus(401); next(); }``."""
    guard = strip(guard)
    if guard is None:
        return False
    if guard.type == "array":
        return any(_guard_authed(scan, mod, g) for g in guard.named_children)
    if guard.type in jsscan.FUNCTIONS:  # inline: checks itself, or hands over to auth middleware
        return _checks_user(scan, mod, guard) or any(
            n.type == "call_expression" and _wrapper_authed(scan, mod, callee(n).split("(")[0])
            for n in walk(guard))
    name = callee(guard) if guard.type == "call_expression" else jsscan.dotted(guard)
    return _wrapper_authed(scan, mod, name)


# Calls that change nothing another person owns: the caller's own cookies, a cache, mail.
_HARMLESS_EFFECT = re.compile(r"^(?:cookies|headers|draftMode)\(\)\.|(?:^|\.)(?:cookieStore|"
                              r"cookies)\.(?:set|delete)$|\.emails?\.send$|(?:^|\.)send(?:Mail|"
                              r"Email)$|^(?:revalidatePath|revalidateTag)$|"
                              # the response: Express res.send/res.set, Fastify reply.send, Hono
                              # c.set (a request-scoped variable), Koa ctx.set
                              r"^(?:res|reply|response|ctx|c)\.|"
                              # a guest starting a payment: Stripe sets the price and takes it
                              r"\.(?:checkout\.sessions|paymentIntents|setupIntents)\.create$")


def _side_effects(fn: Node, scan: _Scan | None = None, mod: Module | None = None) -> bool:
    return any(n.type == "call_expression" and _SIDE_EFFECT.search(callee(n)) and (
        not _HARMLESS_EFFECT.search(callee(n)) or (
            _JAR_SET.search(callee(n)) and _sets_identity(n, fn))) and not _scratch_file(
        n, fn) and not _own_session_write(n, fn, scan, mod) for n in walk(fn, skip_functions=True))


_JAR_SET = re.compile(r"^(?:cookies|headers)\(\)\.set$|(?:^|\.)(?:cookieStore|cookies)\.set$")


# The request's own cookie jar or session: Next's cookies()/headers(), a session read from
# the request's Cookie header (Remix's getSession(request.headers.get("Cookie"))).
_JAR_CALL = re.compile(r"^(?:cookies|headers|draftMode)$")


def _own_session_write(call: Node, fn: Node, scan: _Scan | None, mod: Module | None,
                       depth: int = 0) -> bool:
    """``jar.set("theme", value)`` / ``(await cookies()).delete("units")`` / ``session.set``
    where the object is the caller's own cookie jar or session, however it was named or
    fetched (through a project helper that returns ``cookies()`` too): it changes what the
    caller's browser keeps, no one else's data."""
    target = strip(call.child_by_field_name("function"))
    obj = strip(target.child_by_field_name("object")) if target is not None and \
        target.type == "member_expression" else None
    if obj is not None and obj.type == "identifier":
        obj = strip(jsscan.declaration_of(fn, text(obj), call.start_byte))
    return obj is not None and obj.type == "call_expression" and _jar(
        obj, scan, mod, depth) and not _sets_identity(call, fn)


# A cookie or session entry that says who the caller is (a token, a session id, a user id, a
# role), or a value a signer made: writing one is signing someone in.
# Read on the key's last word, camelCase split: access_token, sessionId, __session, role,
# sb-access-token; not auth-banner-dismissed nor sidebar:state.
_IDENTITY_KEY = re.compile(r"(?:^|[-_:.])(?:token|session|sid|jwt|auth|roles?|admin|uid|"
                           r"(?:user|member|account|session|customer)_id)$|impersonat")
_SIGNED_VALUE = re.compile(r"\bSignJWT\b|\bjwt\.sign\(|\b(?:encrypt|seal\w*|createSession|"
                           r"sign)\(")


# What proves who signs in: a password (or code) read and handed on, a hash compared, a
# one-time code or token verified, a provider's sign-in, a signature checked.
_PROOF = re.compile(r"\b(?:bcrypt|argon2|scrypt|pbkdf2)\b|\b(?:compare|verify)\w*\(|"
                    r"\b(?:password|passcode|passphrase|otp|pin)\b|"
                    r"\bsignIn\w*\(|\bverifyOtp\b|\bexchangeCodeForSession\b|timingSafeEqual|"
                    r"\bauthenticate\w*\(|\bcheckPassword\b|\blogin\w*\(|"
                    r"\b(?:auth|getUser|currentUser|getServerSession)\(", re.IGNORECASE)


def _forged_identity(fn: Node) -> Node | None:
    """``session.set("userId", form.get("userId"))`` / ``cookies.set("session", body.user)``
    with nothing in the handler proving who the caller is: a sign-in as whoever the request
    names (a login form that checks no password)."""
    if _PROOF.search(text(fn)):
        return None
    tainted: set[str] | None = None
    for call in walk(fn, skip_functions=True):
        if call.type != "call_expression" or callee(call).rsplit(".", 1)[-1] != "set" or \
                len(args(call)) < 2 or not _sets_identity(call, fn):
            continue
        if tainted is None:
            tainted = _tainted_by(fn, True, jsscan.REQUEST_SOURCES, sanitizers=False,
                                  through_queries=False)
        value = args(call)[1]
        if jsscan.mentions(value, tainted) or jsscan.REQUEST_SOURCES.search(text(value)):
            return call
    return None


def _sets_identity(call: Node, fn: Node) -> bool:
    """``jar.set("token", await new SignJWT({ sub: form.get("userId") })…)``: a write of an
    identity, not of a preference, whichever jar it goes to."""
    if callee(call).rsplit(".", 1)[-1] != "set" or not args(call):
        return False
    key = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", jsscan.string_value(args(call)[0]) or "").lower()
    value = strip(args(call)[1]) if len(args(call)) > 1 else None
    if value is not None and value.type == "identifier":
        value = strip(jsscan.declaration_of(fn, text(value), call.start_byte)) or value
    return bool(_IDENTITY_KEY.search(key)) or (value is not None and bool(
        _SIGNED_VALUE.search(text(value))))


def _jar(value: Node, scan: _Scan | None, mod: Module | None, depth: int = 0) -> bool:
    name = callee(value)
    if _JAR_CALL.match(name) or (name.endswith("getSession") and re.search(
            r"\bheaders\.get\(\s*['\"]cookie['\"]", text(value), re.IGNORECASE)):
        return True
    if scan is None or mod is None or depth >= 2:
        return False
    owner, returns = _helper_returns(scan, mod, name)
    return bool(returns) and all(
        (r := strip(x)) is not None and r.type == "call_expression" and _jar(
            r, scan, owner, depth + 1) for x in returns)


def _helper_returns(scan: _Scan, mod: Module, name: str) -> tuple[Module, list[Node | None]]:
    """What a project function called ``name`` (here or imported) can return: its arrow
    body, or the value of each of its own ``return`` statements; none when it is not one."""
    found = scan.project.resolve(mod, name) if re.fullmatch(r"[\w$]+", name) else None
    fn = jsscan.function_of(*found)[0] if found is not None else None
    if found is None or fn is None:
        return mod, []
    return found[0], _returns_of(fn)


_TEMP_DIR = re.compile(r"\b(?:tmpdir|mkdtemp(?:Sync)?)\(")


def _scratch_file(call: Node, fn: Node) -> bool:
    """A file call on a path under the system's temporary folder (``path.join(os.tmpdir(),
    `${id}-in`)``): a handler's scratch space, no data anyone keeps."""
    if not re.search(r"(?:^|\.)(?:writeFile|unlink|rm|appendFile)(?:Sync)?$", callee(call)):
        return False
    first = strip(args(call)[0]) if args(call) else None
    if first is not None and first.type == "identifier":
        first = strip(jsscan.declaration_of(fn, text(first), call.start_byte))
    return first is not None and bool(_TEMP_DIR.search(text(first)))


_OWN_FUNCTION = re.compile(r"the (?:HTTPS function|Netlify function's handler|Lambda handler)")


def _entry_webhook(scan: _Scan, mod: Module, entry: jsscan.Entry,
                   file_level: tuple[bool, bool]) -> tuple[bool, bool]:
    """(is a webhook, verifies its signature): a route file as a whole; a call-registered
    route by its URL and the code of its handler and middleware."""
    if entry.fn is None:
        return file_level
    if not entry.url:
        # A function of its own (Firebase's onRequest, a Netlify or Lambda handler): by its
        # name, its file's name and its code, whatever else the file exports.
        if not _OWN_FUNCTION.match(entry.label):
            return file_level
        webhook = bool(re.search(r"web_?hook|(?:^|/)hooks?/", f"{entry.label} {mod.path}",
                                 re.IGNORECASE)) or any(
            _WEBHOOK_HINT.search(text(n)) for n in walk(entry.fn) if n.type == "string") or \
            _provider_callback(entry.fn, mod)
        return webhook, webhook and scan.verifies_signature(mod, within=[entry.fn])
    parts = [entry.fn, *(g for g in entry.guards if g is not None)]
    webhook = "webhook" in entry.url.lower() or bool(re.search(
        r"(?:^|/)(?:web)?hooks?(?:/|$)", entry.url, re.IGNORECASE)) or any(
        _WEBHOOK_HINT.search(text(n)) for p in parts for n in [p, *walk(p)]
        if n.type == "string") or _provider_callback(entry.fn, mod)
    return webhook, webhook and scan.verifies_signature(mod, within=parts)


_HANDLER_PARAMS = ({"req", "request"}, {"res", "reply", "response"})


def _used_as_handler(fn: Node, params: list[set[str]]) -> bool:
    """A ``(request, response)`` pair by what the function does with them, whatever they are
    called: it reads the first one's headers or body and answers through the second
    (``resp.status(200).send("ok")``, ``s.end()``)."""
    body = text(fn.child_by_field_name("body"))
    first = "|".join(map(re.escape, params[0]))
    second = "|".join(map(re.escape, params[1]))
    return bool(first and second and (
        {"headers", "body", "rawBody"} & params[0] or re.search(
            rf"(?<![\w$.])(?:{first})\.(?:headers|body|rawBody|query|params)\b|"
            rf"(?<![\w$.])(?:{first})\.(?:get|header)\(", body)) and re.search(
            rf"(?<![\w$.])(?:{second})\.(?:status|send|json|end|sendStatus|writeHead|code|"
            r"setHeader|header)\s*\(", body))


def _unmounted_webhooks(scan: _Scan, mod: Module, entries: list[jsscan.Entry]
                        ) -> Iterator[Finding]:
    """An exported ``(req, res)`` handler of a webhook (named, filed or written as one) that
    no file in view mounts: wherever the app mounts it, it is a route, and the signature check
    is its own to make (a digest computed and logged, never compared, lets anyone post)."""
    taken = {e.fn.id for e in entries if e.fn is not None}
    for name, value in mod.top.items():
        fn = jsscan.function_of(mod, value)[0]
        if fn is None or fn.id in taken or not re.fullmatch(r"[\w$]+", name):
            continue
        params = _parameter_names(fn)
        if len(params) < 2 or not ((params[0] & _HANDLER_PARAMS[0] and
                                    params[1] & _HANDLER_PARAMS[1]) or
                                   _used_as_handler(fn, params)):
            continue
        if not re.search(rf"\bexport\s+(?:default\s+)?(?:async\s+)?(?:function|const|let)\s+"
                         rf"{re.escape(name)}\b|\bexport\s*\{{[^}}]*\b{re.escape(name)}\b|"
                         rf"\bmodule\.exports\b[^;]*\b{re.escape(name)}\b|"
                         rf"\bexports\.{re.escape(name)}\s*=", mod.src):
            continue
        if not (re.search(r"web_?hook", f"{name} {mod.path}", re.IGNORECASE) or any(
                _WEBHOOK_HINT.search(text(n)) for n in walk(fn) if n.type == "string")):
            continue
        if scan.verifies_signature(mod, within=[fn]) or _secret_gate(scan, mod, fn):
            continue
        yield _finding(mod.path, jsscan.line(fn), "webhook-signature",
                       f"{name} is a webhook handler that does not verify the sender's "
                       "signature (computing a digest without comparing it is no check); "
                       "compare it with the signature header (timingSafeEqual) and answer 401 "
                       "before acting")


def _entry_rules(scan: _Scan, mod: Module) -> Iterator[Finding]:
    remote = scan.remote.get(mod.path, [])
    entries = [*jsscan.entries(mod), *(e for e, _ in remote)]
    if not jsscan.is_route_path(mod.path):
        yield from _unmounted_webhooks(scan, mod, entries)
    outside = {id(e): guards for e, guards in remote}
    route = jsscan.is_route_path(mod.path) or any(e.label == jsscan.SERVED for e in entries)
    file_webhook = route and scan.is_webhook(mod)
    gates = {e.fn.id for e in entries if e.fn is not None and (
        _secret_gate(scan, mod, e.fn) or (_held_secret_gate(e.fn) and
                                         not _writes_request_named_row(e.fn)))}
    file_level = (file_webhook, file_webhook and (scan.verifies_signature(mod) or bool(gates)))
    hooks = [_entry_webhook(scan, mod, e, file_level) for e in entries]
    sr = scan.service_role_uses(mod) if (entries or mod.path.rsplit("/", 1)[-1].startswith(
        "middleware.")) else []
    flows = {e.fn.id: jsscan.analyze(mod, e.fn, scan.project) for e in entries
             if e.fn is not None}
    verified = bool(entries) and all(v for _, v in hooks)  # every entry a verified webhook
    admin_gated = {e.fn.id for e in entries if e.fn is not None and (_admin_guarded(scan, [
        *((mod, g) for g in e.guards), *outside.get(id(e), []),
        *(scan.mounted.get(mod.path, []) if e.url else [])]) or _admin_builder(
            scan, mod, e.wrapper) or _svelte_route_guarded(mod.path, scan.hook_key_prefixes) or
        _nuxt_route_guarded(mod, [(p, a) for p, a in scan.nuxt_guards if a]))}
    misused = [(n, read) for n, read in _through_clients(mod, sr, entries) if not verified
               and not _service_role_allowed(n, entries, flows, gates | admin_gated) and
               not _guard_reads_own_row(scan, mod, n, entries)]
    if misused:  # said where the key is read: that line is what to change
        yield _finding(mod.path, jsscan.line(misused[0][1]), "service-role",
                       "the service-role key (it bypasses RLS) is used here; only a verified "
                       "webhook, a secret-checked job, or a call about the signed-in user's own "
                       "account may use it: act as the signed-in user")
    unsigned = "this webhook does not verify the sender's signature on every request " \
        "(reading the header, or checking it only when present, is not a check); call " \
        "stripe.webhooks.constructEvent (or the provider's verify) on the raw body before acting"
    if file_level[0] and not file_level[1]:
        posts = [e for e in entries if e.name in jsscan.MUTATING or e.name == "default"]
        yield _finding(mod.path, posts[0].line if posts else 1, "webhook-signature", unsigned)
    for entry, (webhook, verified) in zip(entries, hooks, strict=True):
        if (entry.url or (_OWN_FUNCTION.match(entry.label) and not file_level[0])) and \
                webhook and not verified:
            yield _finding(mod.path, entry.line, "webhook-signature", unsigned)
        if entry.fn is None:
            continue
        flow = flows[entry.fn.id]
        if entry.fn.id in gates:
            continue  # a job or hook the caller proves with a shared secret
        forged = _forged_identity(entry.fn)
        if forged is not None:
            yield _finding(mod.path, jsscan.line(forged),
                           "action-auth" if entry.kind == "action" else "route-auth",
                           "the session is given the identity the request names, with no "
                           "password, code or token checked first: anyone signs in as anyone; "
                           "verify a secret (or the provider's sign-in) before setting it")
            continue
        account = _account_url(entry.url or mod.path, entry.fn)
        if account is None and entry.kind == "action" and _ACCOUNT_WORK.search(text(
                entry.fn.child_by_field_name("body") or entry.fn)):
            # export const signUp = …, when it does an account's work
            account = _account_url(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", entry.name), entry.fn)
        if account is not None and account != flow.flow:
            flow = dataclasses.replace(flow, flow=account)  # a hand-written forgot-password
        mutating = entry.mutating
        if entry.kind == "route" and entry.name == "default":
            methods = jsscan.pages_methods(entry.fn)
            mutating = bool(methods & jsscan.MUTATING) if methods else bool(sr) or any(
                _writes(c) for c in flow.db) or _side_effects(entry.fn, scan, mod)
        if entry.kind == "page":
            mutating = False
        rule = "action-auth" if entry.kind == "action" else "route-auth"
        what = entry.label or (f"server action {entry.name}" if entry.kind == "action" else
                               entry.name if entry.name != "default" else "the handler")
        mounted = (scan.mounted.get(mod.path, []) if entry.url else []) + outside.get(
            id(entry), []) + _same_file_mount_guards(scan, mod, entry)
        hooked = _svelte_route_guarded(mod.path, scan.hook_prefixes) or (
            entry.kind in ("route", "page") and not entry.url and
            _middleware_guarded(scan, mod.path)) or _nuxt_route_guarded(
                mod, scan.nuxt_guards)
        as_caller = _acts_as_caller(entry, sr)  # RLS decides, row by row, as for a browser
        # admin_gated: only admins, or only who holds the site's one key (basic auth, an API
        # key compared in middleware of another file), get past the guards
        guarded = hooked or as_caller or entry.fn.id in admin_gated or _wrapper_authed(
            scan, mod, entry.wrapper) or any(
            _guard_authed(scan, mod, g) for g in entry.guards) or any(
            _guard_authed(scan, where, g) for where, g in mounted)
        anyone = False  # an action reported for checking no one at all
        if mutating and not webhook and not guarded:
            # A check that ends the request covers what comes after it (and the lookup of the
            # user's own row on the way), never a write already made.
            early_write = next((c for c in flow.unchecked if _writes(c)), None) \
                if flow.resolves else None
            first = flow.unchecked_db if not flow.asserts else early_write
            if flow.resolves and first is not None and not account:
                # (a sign-up or sign-in finds or makes the user it then signs in: no check due)
                yield _finding(mod.path, jsscan.line(first), rule,
                               f"{what} reaches the database before checking the user it "
                               "resolved; answer 401 (or redirect) when there is no user first")
            elif not flow.resolves and not flow.flow and (
                    (db := flow.db or _sql_helper_calls(scan, mod, entry.fn) or
                     _helper_writes(scan, mod, entry.fn)) or sr or
                    _side_effects(entry.fn, scan, mod) or _runs_built_code(
                        mod, entry.fn) or _helper_runs_built_code(
                        scan, mod, entry.fn)) and not _rls_decides(
                        scan, entry, flow, sr) and not (entry.kind == "action" and
                                                        _reads_public_rows_only(
                                                            scan, mod, entry.fn, flow, sr)):
                public_form = _posts_only(entry)
                # A call-registered POST is judged with the other mutating routes of its file;
                # an inline 'use server' action with the other actions (its page only renders)
                # unless it adds under a private parent the form names (anyone's list).
                peers = [e for e in entries if e.url and e.mutating] if entry.url else [
                    e for e in entries if e.kind == "action"] if _public_inline_action(
                        scan, mod, entry, entries, db) else entries
                if not (public_form and db and jsscan.only_inserts(db) and not sr
                        and _only_post(peers) and not _inserts_as_named_owner(
                            entry.fn, flow, scan, mod)
                        and not _inserts_access(flow) and not _inserts_curated(flow)):
                    anyone = entry.kind == "action"
                    yield _finding(mod.path, entry.line, rule,
                                   f"{what} changes data without checking who is signed in; "
                                   f"{_auth_advice(mod.path, entry)} before touching the "
                                   "database")
        if mutating and not webhook and flow.resolves and _admin_path(entry.url or mod.path) \
                and not _own_account_only(entry.fn, flow.user_names) \
                and entry.fn.id not in admin_gated and not _admin_gate(
                    entry.fn, entry.fn.end_byte, flow.user_names) and not _role_anywhere(
                    scan, mod, entry, rls_may_decide=bool(flow.db) and not _reaches_service_role(
                        scan, mod, entry.fn, sr) and all(_supabase_chain(jsscan.dotted(
                            jsscan.chain_top(c))) for c in flow.db)):
            yield _finding(mod.path, entry.line, rule,
                           f"{what} is an admin operation but only checks that someone is "
                           "signed in; any user can call it: check the caller's role (from "
                           "the database or a server-set claim) and answer 403")
        elif not mutating and not webhook and not flow.resolves and not flow.flow and \
                _reaches_service_role(scan, mod, entry.fn, sr) and not guarded:
            picked = _PICKED if any(_reads_request(jsscan.chain_top(c), _tainted_by(
                entry.fn, True, jsscan.REQUEST_SOURCES, sanitizers=False,
                through_queries=False)) for c in flow.db) else ""
            yield _finding(mod.path, entry.line, rule,
                           f"{what} reads data with the service role (every row, RLS bypassed) "
                           f"without checking who is signed in{picked}; resolve the user and "
                           "answer 401 first")
        elif not mutating and entry.kind == "route" and not webhook and not guarded and \
                not flow.resolves and not flow.flow and _guards_other_paths(scan, mod, entry) \
                and _lists_people(flow):
            yield _finding(mod.path, entry.line, rule,
                           f"{what} returns everyone's records (people's contact data) without "
                           "checking who is signed in, outside the paths the app's auth "
                           "middleware guards; move it under them or check the user first")
        elif not mutating and entry.kind == "route" and not webhook and not guarded and \
                not flow.resolves and not flow.flow and _admin_path(entry.url or mod.path) and \
                not _server_middleware(scan) and _reads_people(entry.fn, flow):
            yield _finding(mod.path, entry.line, rule,
                           f"{what} is an admin route that returns people's records without "
                           "checking who is signed in (or their role); resolve the user, "
                           "answer 401, and check the admin role")
        # a verified webhook acts on the rows its sender names (a message's or a payment's id)
        if (flow.resolves or guarded or not (flow.flow or webhook)) and not as_caller and \
                not (webhook and verified) and entry.fn.id not in admin_gated and not _admin_gate(
                    entry.fn, min([c.start_byte for c in flow.db] or [entry.fn.end_byte]),
                    flow.user_names):
            # an admin acts on anyone's rows by design
            if guarded and entry.wrapper:  # withErrors(withUser(async (userId) => …)) too
                flow = dataclasses.replace(flow, user_names=flow.user_names | _handed_user(
                    entry.fn) | _wrapper_hands(scan, mod, entry.wrapper, entry.fn).union(
                        *(_wrapper_hands(scan, mod, callee(g), entry.fn) for g in entry.guards
                          if g.type == "call_expression" and g.parent is not None and
                          g.parent.type == "arguments")))
            if not any(_ownership_guard(scan, where, g) for where, g in [
                    *((mod, g) for g in entry.guards), *mounted]):
                yield from _idor(scan, mod, entry, flow, bool(sr), flow.resolves or guarded,
                                 anyone)


_VISIBLE_FILTER = re.compile(
    rf"""\.(?:eq|is)\(\s*['"`](?:is_)?(?:{'|'.join(sqlscan.VISIBILITY_COLUMNS)})['"`]\s*,\s*"""
    r"""(?:true|['"`](?:public|published)['"`])\s*\)|"""
    rf"""\b(?:is_?)?(?:{'|'.join(sqlscan.VISIBILITY_COLUMNS)})\s*:\s*(?:true|['"`]public['"`])""",
    re.IGNORECASE)


def _table_read(top: Node) -> str:
    """The table a query chain reads: supabase-js ``.from("recipes")``, Drizzle
    ``.from(recipes)``, Prisma ``prisma.recipe.findMany``, knex ``db("recipes")``, the FROM
    of a raw query's text (``sql`select … from recipes …` ``)."""
    for n in [top, *walk(top)]:
        if n.type == "call_expression" and args(n) and (
                callee(n).endswith(".from") or callee(n) in ("db", "knex")):
            return jsscan.string_value(args(n)[0]) or text(args(n)[0])
    m = re.match(r"(?:prisma|db|tx|ctx\.db|ctx\.prisma)\.(\w+)\.find", jsscan.dotted(top))
    if m:
        return m.group(1)
    m = re.match(r"([A-Z]\w*)\.(?:find\w*|countDocuments|aggregate|exists|distinct)\(\)",
                 jsscan.dotted(top))  # Mongoose: Product.find(…), the model is the collection
    if m:
        return m.group(1)
    for n in [top, *walk(top)]:  # Kysely: db.selectFrom("products")
        if n.type == "call_expression" and callee(n).endswith(".selectFrom") and args(n):
            return (jsscan.string_value(args(n)[0]) or text(args(n)[0])).split(" ")[0]
    tables = _sql_tables(_query_sql(top))
    return tables[0] if tables else ""


def _query_sql(call: Node) -> str:
    """The SQL text a raw query runs: a tagged template's (``sql`select …` ``) or its first
    argument's written parts, each value as a placeholder."""
    if call.type != "call_expression":  # await pool.query(…): the call inside
        call = next((n for n in walk(call) if n.type == "call_expression"), call)
    tagged = call.child_by_field_name("arguments") if call.type == "call_expression" else None
    node = tagged if tagged is not None and tagged.type == "template_string" else (
        strip(args(call)[0]) if call.type == "call_expression" and args(call) else None)
    if node is None:
        return ""
    if node.type == "template_string":
        return "".join(text(c) if c.type != "template_substitution" else " $1 "
                       for c in node.named_children)
    return jsscan.string_value(node) or ""


def _sql_tables(sql: str) -> list[str]:
    """The tables a statement's FROM and JOIN name (a read of several reads them all),
    those listed after FROM with commas too (``from recipes r, users u``)."""
    tables = re.findall(r"\b(?:from|join)\s+(?:\w+\.)?[\"`]?(\w+)", sql, re.IGNORECASE)
    for listed in re.findall(r"\bfrom\s+(.+?)(?=\b(?:where|join|group|order|limit|on)\b|[;)]|$)",
                             sql, re.IGNORECASE | re.DOTALL):
        tables += [m.group(1) for part in listed.split(",")[1:]
                   if (m := re.match(r"\s*(?:\w+\.)?[\"`]?(\w+)", part))]
    return tables


# A WHERE that keeps a raw query to what the site shows everyone: ``published = true``,
# ``visibility = 'public'``, ``is_private = false``.
_SQL_VISIBLE = re.compile(r"\bwhere\b.*\b(?:(?:is_)?(?:public|published)\s*=\s*(?:true|'public')|"
                          r"visibility\s*=\s*'public'|status\s*=\s*'published'|"
                          r"(?:is_)?(?:private|draft)\s*=\s*false)\b", re.IGNORECASE | re.DOTALL)


def _reads_public_rows_only(scan: _Scan, mod: Module, fn: Node, flow: jsscan.AuthFlow,
                            sr: list[Node]) -> bool:
    """A server action that only reads what the site shows everyone: no write but a public
    counter's (a database function that only adds to a column: a view count), no other side
    effect, no service role, and every query reads through the visitor's own Supabase client
    (RLS answers a signed-out caller as the public API would), a catalog table or only rows
    marked published (a public search). Nothing for a signed-out caller to take or change."""
    if sr or not flow.db or _side_effects(fn) or _runs_built_code(mod, fn):
        return False
    for call in flow.db:
        if callee(call).endswith(".rpc") and args(call) and _rpc_counts_only(
                scan, jsscan.string_value(args(call)[0])):
            continue
        if _writes(call):
            return False
        top = jsscan.chain_top(call)
        if _supabase_chain(jsscan.dotted(top)):
            continue  # a read through the visitor's own client: RLS shows what the API would
        sql = _query_sql(call)
        if re.match(r"\s*\(?\s*(?:select|with|insert|update|delete|merge)\b", sql, re.IGNORECASE):
            if not _sql_reads_public_only(sql):
                return False
            continue
        tables = [_table_read(top)]
        public_table = all(bool(sqlscan.PUBLIC_CONTENT.search(table)) and not
                           sqlscan.PRIVATE_TABLE.search(table) and not re.search(
                               r"user|profile|account|member|customer", table, re.IGNORECASE)
                           for table in tables) or (
            # rows about no one (departures of a stop, hymns, tide times): a table named for
            # neither people nor what they keep, read by no owner, no contact detail selected
            all(table and not sqlscan.PRIVATE_TABLE.search(table) and not _PEOPLE_NAME.search(
                table) for table in tables) and not _SQL_OWNED.search(text(top)) and not
            _PEOPLE_NAME.search(re.sub(r"(?i)order_?by|order\s+by", "", text(top))) and not
            re.search(r"(?i)owner|e_?mail|phone|address|password|token", text(top)))
        if not (_catalog_read(top) or public_table or _VISIBLE_FILTER.search(text(top))):
            return False
    return True


# A statement that changes something, anywhere in a raw query's text.
_SQL_WRITE = re.compile(r"\b(?:insert\s+into|update\s+\w+|delete\s+from|merge\s+into|truncate|"
                        r"drop|alter|grant|create|copy)\b", re.IGNORECASE)
# A column that says whose row it is: a table holding several people's rows.
_SQL_OWNED = re.compile(r"\b(?:owner|user|author|creator|account|member)_?id\b|\bcreated_by\b",
                        re.IGNORECASE)


def _sql_reads_public_only(sql: str) -> bool:
    """A raw query that only reads what the site shows everyone: one statement, no write,
    no table of people, and where rows are private or have owners (notes, an ``owner_id``
    in the text) only those marked public with nothing ``or``-ed beside them ("… or
    owner_id = $2" reads anyone's private rows by their id). A table whose name says
    public content (recipes, products) with no owner named is read whole."""
    if _SQL_WRITE.search(sql) or re.search(r";\s*\S", sql.strip()):
        return False
    tables = _sql_tables(sql)
    if not tables or any(_PEOPLE_TABLE.match(t) or re.search(
            r"user|profile|account|member|customer", t, re.IGNORECASE) for t in tables):
        return False
    visible = bool(_SQL_VISIBLE.search(sql)) and not re.search(r"\bor\b", sql, re.IGNORECASE)
    if _SQL_OWNED.search(sql) or any(sqlscan.PRIVATE_TABLE.search(t) for t in tables):
        return visible
    return visible or all(sqlscan.PUBLIC_CONTENT.search(t) for t in tables)


def _guards_other_paths(scan: _Scan, mod: Module, entry: jsscan.Entry) -> bool:
    """The app keeps signed-out visitors from some of its paths, not this one: an auth
    middleware registered for a prefix that does not cover the route's URL (``app.use(
    "/api/private/*", auth)`` beside ``app.get("/api/internal/export")``), or a Next.js
    middleware whose user check leaves this route handler's URL out."""
    if entry.url:
        for call in mod.of_type("call_expression"):
            a = args(call)
            prefix = jsscan.route_url(a[0]) if a and callee(call).endswith(".use") else None
            if prefix not in (None, "*", "/*", "/") and not jsscan.path_covers(
                    prefix, entry.url) and any(_guard_authed(scan, mod, g) for g in a[1:]):
                return True
        return False
    return scan.next_guard is not None and nextmiddleware.url_of(mod.path) is not None and \
        not _middleware_guarded(scan, mod.path)


# Tables whose rows are people (their names, e-mails, phones).
_PEOPLE_TABLE = re.compile(r"^(?:customers?|users?|profiles?|members?|contacts?|subscribers?|"
                           r"employees?|patients?|clients?|leads?|students?|guests?|attendees?|"
                           r"applicants?|accounts?|signups?|waitlist\w*)$", re.IGNORECASE)


def _lists_people(flow: jsscan.AuthFlow) -> bool:
    """A read of a people table with no filter: every customer's row, contact details and all
    (``db.select().from(customers)``, ``prisma.user.findMany()`` with no where,
    ``supabase.from("profiles").select("*")`` with no ``.eq``)."""
    for call in flow.db:
        if _writes(call):
            continue
        top = jsscan.chain_top(call)
        chain = jsscan.dotted(top)
        names = [jsscan.string_value(a) or text(a) for c in [top, *walk(top)]
                 if c.type == "call_expression" and re.search(r"(?:^|\.)from$", callee(c))
                 for a in args(c)[:1]]
        names += re.findall(r"(?:^|\.)(?:prisma|db)\.(\w+)\.find(?:Many)?$", callee(call))
        if not any(_PEOPLE_TABLE.match(n.rsplit(".", 1)[-1]) for n in names):
            continue
        if re.search(r"\.(?:where|eq|match|filter|in|find(?:One|Unique|First)\w*)\(\)|"
                     r"\.(?:limit|single|maybeSingle)\(\)", chain + "()") or \
                re.search(r"\bwhere\s*:", text(top)):
            continue
        picked = [a for c in [top, *walk(top)] if c.type == "call_expression" and
                  re.search(r"(?:^|\.)select$", callee(c)) for a in args(c)] + [
            c.child_by_field_name("value") for c in [top, *walk(top)] if c.type == "pair" and
            text(c.child_by_field_name("key")) == "select"]
        if picked and not any(_CONTACT_COLUMN.search(text(a)) or text(a).strip("'\"`") in (
                "*", "") for a in picked if a is not None):
            continue  # names and points for a leaderboard: columns picked, no contact details
        return True
    return False


def _server_middleware(scan: _Scan) -> bool:
    """Middleware the scan does not follow runs before every route (Nuxt's and Nitro's
    ``server/middleware/``): it may guard the admin paths."""
    return any(re.search(r"(?:^|/)server/middleware/", p) for p in scan.files)


def _reads_people(fn: Node, flow: jsscan.AuthFlow) -> bool:
    """A read of a people table, filtered or not: ``prisma.user.findMany({ where })``, SQL
    text ``SELECT … FROM users WHERE …`` the handler builds."""
    if not flow.db or all(_writes(c) for c in flow.db):
        return False
    if _lists_people(flow):
        return True
    names = [m.group(1) for n in walk(fn) if n.type in ("string", "template_string")
             for m in re.finditer(r"\bfrom\s+[\"`]?(?:\w+\.)?(\w+)", text(n), re.IGNORECASE)]
    names += [m for c in flow.db for m in re.findall(
        r"(?:^|\.)(?:prisma|db)\.(\w+)\.find\w*$", callee(c))]
    names += [jsscan.string_value(a) or text(a) for c in flow.db
              for n in [jsscan.chain_top(c), *walk(jsscan.chain_top(c))]
              if n.type == "call_expression" and re.search(r"(?:^|\.)from$", callee(n))
              for a in args(n)[:1]]
    return any(_PEOPLE_TABLE.match(n.rsplit(".", 1)[-1]) for n in names)


_CONTACT_COLUMN = re.compile(r"e_?mail|phone|address|birth|\bdob\b|ssn|stripe|card|iban|tax|"
                             r"salary|passport", re.IGNORECASE)


_ADMIN_SEGMENT = re.compile(r"(?:^|/)(?:\(?admin\)?|dashboard/admin|backoffice)(?:/|$)",
                            re.IGNORECASE)
_ROLE_WORDS = re.compile(r"\brole\b|\broles\b|(?:is|require|assert|ensure|check|verify)_?admin|"
                         r"permission|"
                         r"app_metadata|user_role|isStaff|is_staff|isSuperuser|\bcan\w*\(",
                         re.IGNORECASE)


_NEST_MUTATING = {"Post", "Put", "Patch", "Delete"}
# Routes a signed-out visitor must reach: signing in or up, a reset, a provider's callback.
_OPEN_ROUTE = re.compile(r"log_?in|sign_?(?:in|up)|register|forgot|reset|verify|confirm|"
                         r"callback|webhook|refresh|logout|token|health|public|contact|"
                         r"subscribe", re.IGNORECASE)


def _decorator_call(node: Node) -> tuple[str, list[Node]]:
    """``@UseGuards(JwtAuthGuard)`` as ("UseGuards", [JwtAuthGuard])."""
    call = next((c for c in node.named_children if c.type == "call_expression"), None)
    if call is None:
        return text(node).lstrip("@").strip(), []
    return callee(call), args(call)


def _nest_webhooks(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A NestJS controller's ``@Post()`` handler that tells a provider's events apart from its
    ``@Body()`` (``event.type === "invoice.paid"``) and verifies no signature: a webhook
    anyone can post to, as in a route file."""
    if "@Controller" not in mod.src:
        return
    for cls in mod.of_type("class_declaration"):
        for method, decorators in _nest_handlers(cls):
            if not any(_decorator_call(d)[0] == "Post" for d in decorators):
                continue
            if _tells_payment_events(method, mod) and not scan.verifies_signature(
                    mod, within=[method]) and not _secret_gate(scan, mod, method):
                yield _finding(mod.path, jsscan.line(method), "webhook-signature",
                               "this webhook does not verify the sender's signature; take the "
                               "raw body (rawBody: true) and call stripe.webhooks.constructEvent"
                               " (or the provider's verify) before acting")


def _nest_sql_through_services(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A controller handing what its ``@Query()``/``@Body()``/``@Param()`` received to a
    service method (``this.tractors.search(model)``) that glues that parameter into raw SQL
    (``dataSource.query(`… '${model}'`)``): the service cannot see the input, the controller
    cannot see the SQL."""
    if "@Controller" not in mod.src:
        return
    services = [(m, n) for m in scan.modules.values() if "@Injectable" in m.src
                for n in m.of_type("method_definition")]
    for cls in mod.of_type("class_declaration"):
        for method, _decorators in _nest_handlers(cls):
            params = method.child_by_field_name("parameters")
            given = {text(p.child_by_field_name("pattern")) for p in (
                params.named_children if params is not None else [])
                if p.child_by_field_name("pattern") is not None and re.search(
                    r"@(?:Query|Body|Param)\(", text(p))}
            for call in walk(method):
                m = re.fullmatch(r"this\.\w+\.(\w+)", callee(call)) if \
                    call.type == "call_expression" else None
                if m is None or not given:
                    continue
                for i, a in enumerate(args(call)):
                    if not jsscan.mentions(a, given):
                        continue
                    for where, target in services:
                        if text(target.child_by_field_name("name")) != m.group(1):
                            continue
                        names = _parameter_names(target)
                        if i < len(names) and _glues_into_sql(target, names[i]):
                            yield _finding(mod.path, jsscan.line(call), "sql-injection",
                                           f"{callee(call)}() gets request input and glues it "
                                           f"into raw SQL ({where.path}); pass it as a "
                                           "parameter ($1, ?) instead")
                            return


# A service's injected database handle running text (TypeORM's DataSource/EntityManager/a
# repository, a pool, Knex, Sequelize).
_INJECTED_DB = re.compile(r"^this\.\w*(?:dataSource|manager|connection|repo\w*|repository|"
                          r"pool|db|knex|sequelize|client)\w*\.(?:query|execute)$",
                          re.IGNORECASE)


def _glues_into_sql(fn: Node, names: set[str]) -> bool:
    """A raw SQL call in ``fn`` whose text is built (a template's substitution, ``+``) from
    ``names`` or a local made from them."""
    held = set(names)
    for d in walk(fn):
        if d.type == "variable_declarator" and jsscan.mentions(d.child_by_field_name("value"),
                                                               held):
            held |= jsscan.pattern_names(d.child_by_field_name("name"))
    for n in walk(fn):
        if n.type != "call_expression" or not (_raw_sql_call(n) or (args(n) and _INJECTED_DB.search(
                callee(n)))):
            continue
        first = strip(args(n)[0])
        if first is None or first.type not in ("template_string", "binary_expression",
                                               "identifier"):
            continue
        if first.type == "identifier":
            first = strip(jsscan.declaration_of(fn, text(first), n.start_byte))
        parts = [c for c in walk(first) if c.type == "template_substitution"] if \
            first is not None and first.type == "template_string" else [first]
        if any(p is not None and jsscan.mentions(p, held) for p in parts):
            return True
    return False


def _nest_unguarded(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A NestJS controller whose guards sit on some handlers, not on one that changes data:
    ``@UseGuards(JwtAuthGuard)`` above ``@Patch("me")`` and nothing above ``@Delete(":id")``.
    Guards the whole controller (a class ``@UseGuards``), the whole app (``APP_GUARD``,
    ``useGlobalGuards``) or a ``@Public()`` mark on the handler leave it alone. A controller
    with no guard at all is judged so only for PUT/PATCH/DELETE when other controllers of the
    project use guards (a public POST may be a form)."""
    if "@Controller" not in mod.src or any(
            re.search(r"\bAPP_GUARD\b|\buseGlobalGuards\s*\(", m.src)
            for m in scan.modules.values()):
        return
    # the app has auth: another controller's guard, or a guard or Passport strategy it defines
    elsewhere = any("@UseGuards(" in m.src or _NEST_AUTH_DEFINED.search(m.src)
                    for m in scan.modules.values() if m is not mod)
    for cls in mod.of_type("class_declaration"):
        body = cls.child_by_field_name("body")
        outer = [c for c in cls.children if c.type == "decorator"]
        if cls.parent is not None and cls.parent.type == "export_statement":
            outer += [c for c in cls.parent.children if c.type == "decorator"]
        names = [_decorator_call(d)[0] for d in outer]
        if body is None or "Controller" not in names or any(
                _nest_guard(scan, n) for n in names):
            continue
        handlers: list[tuple[Node, set[str], str]] = []
        pending: list[Node] = []
        for child in body.named_children:
            if child.type == "decorator":
                pending.append(child)
                continue
            if child.type == "method_definition" and pending:
                calls = [_decorator_call(d) for d in pending]
                verbs = [jsscan.string_value(a[0]) or "" if a else "" for n, a in calls
                         if n in _NEST_MUTATING]
                handlers.append((child, {n for n, _ in calls}, " ".join(verbs)))
            pending = []
        guarded_some = any(_nest_guard(scan, n) for _, names_, _ in handlers for n in names_)
        for method, names_, path in handlers:
            verbs = names_ & _NEST_MUTATING
            name = method.child_by_field_name("name")
            if not verbs or any(_nest_guard(scan, n) for n in names_) or names_ & {
                    "Public", "SkipAuth", "AllowAnonymous", "IsPublic", "Anonymous"} or \
                    _OPEN_ROUTE.search(f"{path} {text(name) if name else ''}"):
                continue
            wants = not (guarded_some or (elsewhere and verbs - {"Post"})) and \
                _nest_wants_user(method)
            if guarded_some or (elsewhere and verbs - {"Post"}) or wants:
                why = "acts as the signed-in user, but no guard sets one (the user is " \
                    "undefined, and a filter on it matches every row)" if wants else \
                    "while the app guards its other handlers"
                yield _finding(mod.path, jsscan.line(method), "route-auth",
                               f"the {'/'.join(sorted(verbs)).upper()} handler "
                               f"{text(name) if name else ''} changes data without a guard, "
                               f"{why}; add @UseGuards (or a global guard) and answer 401 "
                               "for a signed-out caller")


# @UseGuards, or an app's own decorator that applies guards (applyDecorators(UseGuards(…)) behind
# @Auth(), @Roles(), @Authenticated(), @Protected()).
_NEST_GUARD_MARK = re.compile(r"^UseGuards$|auth|guard|protect|roles?$|secure|jwt|signed|logged",
                              re.IGNORECASE)
# A decorator that lifts a guard or marks a route open: never a guard, whatever else it says.
_NEST_OPEN_MARK = re.compile(r"skip|no_?auth|public|anonym|allow|optional|without",
                             re.IGNORECASE)


def _nest_guard(scan: _Scan, name: str) -> bool:
    """A decorator that applies a guard: ``@UseGuards``, or the app's own one whose definition
    calls it (``applyDecorators(UseGuards(…))`` behind ``@Auth()``). One the project defines
    without it is metadata only (NestJS's documented ``@Roles()`` is ``SetMetadata``, which
    nothing enforces unless a guard reads it) and one that lifts a guard (``@SkipAuth()``)
    is none; a decorator from a package the project doesn't hold is judged by its name."""
    if name == "UseGuards":
        return True
    if _NEST_OPEN_MARK.search(name) or not _NEST_GUARD_MARK.search(name):
        return False
    defines = re.compile(rf"(?:\bfunction\s+|\b(?:const|let|var)\s+){re.escape(name)}\b")
    for m in scan.modules.values():
        if not defines.search(m.src):
            continue
        for node in m.of_type("function_declaration", "variable_declarator"):
            named = node.child_by_field_name("name")
            if named is not None and text(named) == name:
                return "UseGuards(" in text(node)
    return True


_NEST_AUTH_DEFINED = re.compile(r"\bimplements\s+CanActivate\b|"
                                r"\bextends\s+(?:AuthGuard|PassportStrategy)\s*\(")


def _nest_wants_user(method: Node) -> bool:
    """A handler that acts as the signed-in user (``@CurrentUser() user``, ``@Req() req`` and
    ``req.user``) with no guard to put one there: the user is undefined, and a filter on it
    (Prisma's ``where: { userId: undefined }``) matches every row."""
    params = method.child_by_field_name("parameters")
    for p in params.named_children if params is not None else []:
        decs = [_decorator_call(d)[0] for d in p.named_children if d.type == "decorator"]
        name = next((text(c) for c in p.named_children if c.type == "identifier"), "")
        if any(re.fullmatch(r"(?:Current|Auth|Session)?User|GetUser|ReqUser", d) for d in decs):
            return True
        if {"Req", "Request"} & set(decs) and name and re.search(
                rf"\b{re.escape(name)}\.user\b", text(method.child_by_field_name("body"))):
            return True
    return False


# A Nest handler's parameters that carry what the request sent, not who sends it.
_NEST_REQUEST_PARTS = {"Param", "Body", "Query", "Headers", "Ip", "HostParam", "UploadedFile",
                       "UploadedFiles", "Res", "Response", "Next"}
# Guards and marks that may decide per row (ownership, policies, roles): left to them.
_NEST_ROW_GUARD = re.compile(r"owner|polic|abilit|casl|permission|role|admin|access|member|"
                             r"belong", re.IGNORECASE)
# What a service does to one row with the id it is handed (TypeORM, Prisma, Mongoose,
# Sequelize, knex, MikroORM).
_ROW_OPS = re.compile(r"^(?:update|updateOne|delete|deleteOne|remove|destroy|softDelete|"
                      r"softRemove|restore|upsert|increment|decrement|del|findByIdAndUpdate|"
                      r"findByIdAndDelete|findByIdAndRemove|findOneAndUpdate|findOneAndDelete|"
                      r"nativeUpdate|nativeDelete|findOne|findOneBy|findOneOrFail|"
                      r"findOneByOrFail|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|"
                      r"findById|findByPk|first|preload)$")
# What a service reads of the rows a filter picks: a patient's records by the patient's id.
_LIST_OPS = re.compile(r"^(?:findMany|find|findBy|findAll|findAndCount|findAndCountAll|"
                       r"getMany|select)$")
_ROW_WRITES = re.compile(r"update|delete|remove|destroy|restore|upsert|crement|^del$",
                         re.IGNORECASE)
# A filter on the row's owner, in any ORM's words (``where({ id, owner_id: userId })``,
# ``where: { id, ownerId }``, ``{ id, owner: { id: user.id } }``).
_OWNER_FILTER = re.compile(r"\b(?:owner|user|author|creator|tenant|account|org|organi[sz]ation|"
                           r"workspace|team|member|customer)_?[iI]d\b|\bcreated_?[bB]y\b|"
                           r"\bowner\b\s*:")
# A service that learns the caller without being handed it: the request injected, a
# continuation-local store.
_REQUEST_SCOPED = re.compile(r"@Inject\(\s*REQUEST\s*\)|\bClsService\b|\bAsyncLocalStorage\b|"
                             r"\bREQUEST_CONTEXT\b")


def _nest_handlers(cls: Node) -> list[tuple[Node, list[Node]]]:
    """A controller class's methods, each with the decorators written above it."""
    body = cls.child_by_field_name("body")
    out: list[tuple[Node, list[Node]]] = []
    pending: list[Node] = []
    for child in body.named_children if body is not None else []:
        if child.type == "decorator":
            pending.append(child)
            continue
        if child.type == "method_definition":
            out.append((child, pending))
        pending = []
    return out


def _nest_fields(cls: Node) -> dict[str, str]:
    """``constructor(private readonly projects: ProjectsService)``: field name -> type name."""
    out: dict[str, str] = {}
    for method, _ in _nest_handlers(cls):
        if text(method.child_by_field_name("name")) != "constructor":
            continue
        for p in method.child_by_field_name("parameters").named_children:
            name = next((c for c in p.named_children if c.type == "identifier"), None)
            kind = next((c for c in p.named_children if c.type == "type_annotation"), None)
            if name is not None and kind is not None:
                out[text(name)] = text(kind).lstrip(":").strip()
    return out


def _nest_row_use(body: Node, ids: set[str]) -> Node | None:
    """The first call in ``body`` that acts on one row picked by ``ids`` with no owner in its
    filter (``this.knex("projects").where({ id }).update(patch)``,
    ``this.repo.delete(id)``)."""
    for call in [body, *walk(body, skip_functions=True)]:
        if call.type != "call_expression":
            continue
        op = callee(call).rsplit(".", 1)[-1]
        top = jsscan.chain_top(call)
        if _ROW_OPS.match(op):
            if jsscan.mentions(top, ids) and not _OWNER_FILTER.search(text(top)):
                return call
        elif _LIST_OPS.match(op) and args(call) and args(call)[0].type == "object" and \
                jsscan.mentions(args(call)[0], ids) and not any(
                    _OWNER_FILTER.search(text(p)) and not jsscan.mentions(p, ids)
                    for p in walk(args(call)[0]) if p.type in (
                        "pair", "shorthand_property_identifier")):
            return call  # findMany({ where: { patientId } }): every row of whoever the URL names
    return None


def _nest_private_use(use: Node, names: str) -> bool:
    """A change to the row (any table), or a read of one a person keeps to themselves
    (invoices, messages, notes…, named by the query or by ``names``: its service's or
    repository's type): reading a product by id is what a catalog is for."""
    if _ROW_WRITES.search(callee(use).rsplit(".", 1)[-1]):
        return True
    top = jsscan.chain_top(use)
    return not _catalog_read(top) and bool(sqlscan.PRIVATE_TABLE.search(f"{text(top)} {names}"))


def _nest_idor(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A guarded NestJS handler that hands the id from the URL to a service (or a repository)
    that updates, deletes or reads that one row with no owner in the filter, while no user
    reaches the service: ``@Patch(":id") update(@Param("id") id, @Body() b) { return
    this.projects.update(id, b) }`` over ``knex("projects").where({ id }).update(b)``. The
    guard proves someone is signed in, not that the row is theirs. A handler that hands on a
    user (``@CurrentUser() user``, ``req.user``), a guard or mark that may decide per row
    (``OwnerGuard``, ``@CheckPolicies``, ``@Roles``), or a service that injects the request
    is left alone; so is a catalog read."""
    if "@Controller" not in mod.src:
        return
    global_guard = any(re.search(r"\bAPP_GUARD\b|\buseGlobalGuards\s*\(", m.src)
                       for m in scan.modules.values())
    for cls in mod.of_type("class_declaration"):
        outer = [c for c in cls.children if c.type == "decorator"]
        if cls.parent is not None and cls.parent.type == "export_statement":
            outer += [c for c in cls.parent.children if c.type == "decorator"]
        if "Controller" not in [_decorator_call(d)[0] for d in outer]:
            continue
        fields = _nest_fields(cls)
        for method, decorators in _nest_handlers(cls):
            names = {_decorator_call(d)[0] for d in decorators}
            verbs = names & (_NEST_MUTATING | {"Get"})
            marks = [text(d) for d in [*outer, *decorators]]
            if not verbs or not (global_guard or any("UseGuards" in m for m in marks)) or any(
                    _NEST_ROW_GUARD.search(m) for m in marks if not re.match(
                        r"@(?:Get|Post|Put|Patch|Delete|Controller|HttpCode)\b", m)):
                continue
            ids: set[str] = set()
            handed: set[str] = set()
            for p in method.child_by_field_name("parameters").named_children:
                decs = [_decorator_call(d)[0] for d in p.named_children if d.type == "decorator"]
                name = next((text(c) for c in p.named_children if c.type == "identifier"), "")
                if "Param" in decs:
                    ids.add(name)
                elif decs and not set(decs) & _NEST_REQUEST_PARTS:
                    handed.add(name)  # @Req() req, @CurrentUser() user, @Session() s
            body = method.child_by_field_name("body")
            if not ids or body is None or any(
                    re.search(rf"\b{re.escape(h)}\b", text(body)) for h in handed if h):
                continue
            hit: Node | None = None
            for call in walk(body, skip_functions=True):
                if call.type != "call_expression" or not any(
                        jsscan.mentions(a, ids) for a in args(call)):
                    continue
                m = re.match(r"this\.(\w+)\.(\w+)$", callee(call))
                kind = fields.get(m.group(1), "") if m else ""
                found = scan.project.resolve(mod, f"{kind}.{m.group(2)}") if m and re.match(
                    r"^[A-Z]\w*$", kind) else None
                if found is not None and found[1].type == "method_definition":
                    target, service = found
                    params = [p for p in service.child_by_field_name("parameters").named_children]
                    picked = {jsscan.text(next((c for c in params[i].named_children
                                                if c.type == "identifier"), params[i]))
                              for i, a in enumerate(args(call)) if i < len(params) and
                              jsscan.mentions(a, ids)}
                    inner = service.child_by_field_name("body")
                    if inner is None or _REQUEST_SCOPED.search(target.src):
                        continue
                    use = _nest_row_use(inner, picked)
                    if use is not None and _nest_private_use(use, kind):
                        hit = call
                        break
                elif (use := _nest_row_use(jsscan.chain_top(call), ids)) is not None and \
                        _nest_private_use(use, kind):
                    hit = call
                    break
            if hit is not None:
                verb = "/".join(sorted(verbs)).upper()
                yield _finding(mod.path, jsscan.line(hit), "idor",
                               f"the {verb} handler {text(method.child_by_field_name('name'))} "
                               "hands the id from the URL on with no user, and the row it picks "
                               "has no owner filter: the guard proves someone is signed in, not "
                               "that the row is theirs; pass the user and filter by owner (or "
                               "check it) before acting")


def _admin_path(where: str) -> bool:
    """A route or action under an ``admin`` segment (``app/api/admin/users/[id]/route.ts``,
    ``/admin/products/:id``, ``app/(admin)/…/actions.ts``)."""
    return bool(_ADMIN_SEGMENT.search(where))


# The signed-in person's own account through Supabase Auth: signing out, changing their own
# e-mail or password, re-checking their password.
_OWN_AUTH_CALL = re.compile(r"\.auth\.(?:signOut|updateUser)$")
# Who calls, asked or proved again: no change of anything.
_AUTH_READ = re.compile(r"\.auth\.(?:getUser|getSession|getClaims|signInWithPassword|"
                        r"reauthenticate)$")
_STORAGE_CALL = re.compile(r"\.storage\.from\(\)\.\w+$")
_SENDING_METHOD = re.compile(r"""\bmethod\s*:\s*['"`](?:POST|PUT|PATCH|DELETE)['"`]""",
                             re.IGNORECASE)


def _under_user_folder(path: Node, users: set[str]) -> bool:
    """A storage path whose first folder is the signed-in user's id
    (a template ``${user.id}/${Date.now()}-${file.name}``): whatever the file is called, it lands
    among the user's own files."""
    m = re.match(r"`\$\{\s*([\w$]+)[\w$.?]*\s*\}/", text(path))
    return m is not None and m.group(1) in users


def _own_account_only(fn: Node, users: set[str]) -> bool:
    """Everything the action changes is the caller's own account: an app's signed-in area
    is often a route group named ``(admin)`` (CMSaasStarter's ``src/routes/(admin)/account``)
    and its settings actions sign out, update the profile row ``.eq("id", session.user.id)``
    or delete the user's own login (``auth.admin.deleteUser(user.id)``), with a row of their
    own beside (an audit entry ``userId: session.user.id``), or a file under their id: no admin
    operation. Asking who calls changes nothing; an insert for anyone else, a change keyed by
    anything else (an id the form names), a stored file elsewhere, a POST to another service,
    or such a change in a callback (``rows.map((p) => invite(p.email))``) still is one."""
    if not users:
        return False
    tainted = {n.rsplit(".", 1)[-1] for n in _tainted_by(
        fn, True, jsscan.REQUEST_SOURCES, through_queries=False)}
    changes = 0
    for call in walk(fn):
        if call.type != "call_expression":
            continue
        name = callee(call)
        if _AUTH_READ.search(name):
            continue
        if _STORAGE_CALL.search(jsscan.dotted(call.child_by_field_name("function"))):
            if not (args(call) and jsscan.mentions(args(call)[0], users) and (
                    not jsscan.mentions(args(call)[0], tainted) or
                    _under_user_folder(args(call)[0], users))):
                return False  # storage.from("uploads").remove([formData path])
            changes += 1
        elif name in ("fetch", "$fetch", "ofetch") and any(
                _SENDING_METHOD.search(text(a)) for a in args(call)[1:]):
            return False  # a POST to another service: whatever it changes is not seen here
        elif re.search(r"\.auth\.admin\.\w+$", name):
            if not (re.search(r"\.(?:deleteUser|updateUserById|signOut)$", name) and args(call)
                    and jsscan.mentions(args(call)[0], users) and not jsscan.mentions(
                        args(call)[0], tainted)):
                return False
            changes += 1
        elif _OWN_AUTH_CALL.search(name):
            changes += 1
        elif call.parent is None or call.parent.type != "member_expression":  # a chain's end
            top = jsscan.chain_top(call)
            if _writes(call) or _writes(top):
                if re.search(r"\.insert(?:Into)?\(|\.create(?:Many)?\(|\.values\(",
                             text(top)):
                    if not _inserts_for(top, users, tainted):
                        return False
                    continue  # the caller's audit row beside an own change; alone, an
                    # announcement in their name is still the admin's work
                if not _owner_filtered(top, users, tainted):
                    return False
                changes += 1
    return changes > 0


def _inserts_for(top: Node, users: set[str], tainted: set[str]) -> bool:
    """An insert whose owner column is the caller and whose other owner columns name no one
    the request picks: ``values({ userId: session.user.id, action: "UPDATE_PASSWORD" })``."""
    owners = [v for k, v in _write_fields(top, shorthand=False) if _OWNER_WORD.search(k)]
    return bool(owners) and all(
        (jsscan.mentions(v, users) or _session_user(v)) and not jsscan.mentions(v, tainted)
        for v in owners)


def _write_fields(top: Node, shorthand: bool = True) -> Iterator[tuple[str, Node]]:
    """The (key, value) pairs of a write's objects, string keys read, and ``{ userId }``
    shorthands as their own value: what the owner, parent and own-row rules each read."""
    for n in walk(top):
        if n.type == "pair":
            key = n.child_by_field_name("key")
            value = n.child_by_field_name("value")
            if key is not None and value is not None:
                yield jsscan.string_value(key) or text(key), value
        elif shorthand and n.type == "shorthand_property_identifier":
            yield text(n), n


def _role_anywhere(scan: _Scan, mod: Module, entry: jsscan.Entry, rls_may_decide: bool) -> bool:
    """Any word of a role check in the handler, its wrapper or guards, its file's other
    code, the middleware or a layout above it, or, when the handler only reaches the database
    through the visitor's Supabase client, the SQL (RLS through ``is_admin()``): an admin
    check we cannot follow still counts (only a route that never mentions a role is
    reported)."""
    parts = [_checking_text(entry.fn), entry.wrapper, *(text(g) for g in entry.guards)]
    if any(_ROLE_WORDS.search(p) for p in parts) or _ROLE_WORDS.search(
            re.sub(r"^\s*(?:import|export)\b.*$", "", _checking_text(mod.root),
                   flags=re.MULTILINE)):
        return True
    return any(_ROLE_WORDS.search(t) for p, t in scan.files.items() if re.search(
        r"(?:^|/)(?:middleware|layout|hooks\.server|_middleware)\.[jt]sx?$", p) or (
            rls_may_decide and p.endswith(".sql")))


def _checking_text(node: Node) -> str:
    """A function's (or file's) text without what it writes and what it is handed: the
    ``role`` of ``update({ role })`` or of ``setRole(userId, role)`` sets a role, it checks
    none; nor the ``app_metadata: { role }`` an ``auth.admin.updateUserById`` sets."""
    cuts = []
    for n in [node, *walk(node)]:
        if n.type == "call_expression" and (jsscan.is_write(n) or re.search(
                r"\.auth\.admin\.\w+$", callee(n))):
            cuts.append(n.child_by_field_name("arguments"))
        elif n.type in jsscan.FUNCTIONS:
            cuts.append(n.child_by_field_name("parameters"))
    cuts = [c for c in cuts if c is not None]
    src, start, out = text(node).encode(), node.start_byte, []  # byte offsets
    at = 0
    for c in sorted(cuts, key=lambda c: c.start_byte):
        if c.start_byte - start >= at:
            out.append(src[at:c.start_byte - start])
            at = c.end_byte - start
    out.append(src[at:])
    return b"".join(out).decode(errors="replace")


def _reaches_service_role(scan: _Scan, mod: Module, fn: Node, sr: list[Node]) -> bool:
    """The handler reads the service-role key itself, or calls a function of its file that
    does (``const db = () => createClient(url, process.env[keyName])``; ``db().from(…)``)."""
    if any(fn.start_byte <= n.start_byte < fn.end_byte for n in sr):
        return True
    for call in walk(fn, skip_functions=True):
        if call.type != "call_expression" or "." in callee(call) or callee(call) not in mod.top:
            continue
        found = scan.project.resolve(mod, callee(call))
        helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if helper is not None and helper.id != fn.id and any(
                helper.start_byte <= n.start_byte < helper.end_byte for n in sr):
            return True
    return False


def _rls_decides(scan: _Scan, entry: jsscan.Entry, flow: jsscan.AuthFlow,
                 sr: list[Node]) -> bool:
    """A handler that reaches the database only through the visitor's own Supabase client
    (no service role) on tables whose RLS the migrations scope to the row's owner for that
    command: a signed-out visitor gets nothing and a signed-in one only their rows, as from
    the browser. Other side effects (mail, payments) still need the user checked."""
    fn = entry.fn
    if fn is None or not flow.db or any(fn.start_byte <= n.start_byte < fn.end_byte
                                        for n in sr) or _side_effects_beyond_db(fn, flow):
        return False
    for call in flow.db:
        top = jsscan.chain_top(call)
        chain = jsscan.dotted(top)
        table = _from_table(top) if _supabase_chain(chain) else None
        if table is None:
            return False
        cmd = "delete" if ".delete()" in chain else "update" if ".update()" in chain else \
            "insert" if re.search(r"\.(?:insert|upsert)\(\)", chain) else "select"
        if not scan.schema.protects(table, cmd):
            return False
    return True


def _side_effects_beyond_db(fn: Node, flow: jsscan.AuthFlow) -> bool:
    inside = {c.id for call in flow.db for c in [jsscan.chain_top(call), *walk(
        jsscan.chain_top(call))]}
    return any(n.type == "call_expression" and n.id not in inside and
               _SIDE_EFFECT.search(callee(n)) and not _HARMLESS_EFFECT.search(callee(n))
               and not _supabase_chain(jsscan.dotted(jsscan.chain_top(n)))
               for n in walk(fn, skip_functions=True))


# createClient(url, anonKey, { global: { headers: { Authorization: <the caller's> } } })
_CALLER_JWT = re.compile(r"\bglobal\s*:\s*\{\s*headers\s*:\s*\{[^}]*\b[Aa]uthorization\b")


def _acts_as_caller(entry: jsscan.Entry, sr: list[Node]) -> bool:
    """A Supabase Edge Function that refuses a request without an Authorization header and
    builds its client with that header: every query runs as the caller, under RLS, as if the
    browser had made it (Supabase's documented pattern)."""
    fn = entry.fn
    if fn is None:
        return False
    body = text(fn)
    if sr and any(fn.start_byte <= n.start_byte < fn.end_byte for n in sr):
        return False  # the service role ignores whose header it is
    return bool(_CALLER_JWT.search(body)) and bool(re.search(
        r"if\s*\(\s*!\s*(?:auth\w*|jwt|token)\s*\)\s*\{?\s*(?:return|throw)", body,
        re.IGNORECASE))


def _handed_user(fn: Node) -> set[str]:
    """The parameters an auth wrapper hands its action: ``withUser(schema, async (data, form,
    user) => …)``, ``withTeam(async (form, team) => …)`` are the signed-in user and theirs."""
    names: set[str] = set()
    for p in set().union(*_parameter_names(fn)):
        if re.fullmatch(r"(?:current_?)?(?:user|session|team|account|member|viewer|me)",
                        p, re.IGNORECASE):
            names.add(p)
    return names


def _wrapper_hands(scan: _Scan, mod: Module, wrapper: str, fn: Node) -> set[str]:
    """The parameters of ``fn`` an auth wrapper fills with the user it resolved: ``withAuth``
    whose closure calls ``handler(req, userId)`` after ``const userId = session?.user?.id``
    hands ``fn``'s second parameter the signed-in user's id, whatever it is named."""
    found = scan.project.resolve(mod, wrapper) if wrapper else None
    outer = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    params = _parameter_names(outer) if outer is not None else []
    if not params:
        return set()
    handler, where = params[0], found[0]  # type: ignore[index]
    mine = _parameter_names(fn)
    out: set[str] = set()
    for call in where.within(outer, "call_expression"):
        inner = jsscan.enclosing_function(call)
        if callee(call) not in handler or inner is None or inner is outer:
            continue
        users = jsscan.analyze(where, inner, scan.project).user_names
        for i, a in enumerate(args(call)):
            if i < len(mine) and jsscan.mentions(a, users):
                pattern = _parameter_patterns(fn)[i]
                out |= _names_under(pattern, _keys_holding(a, users)) if strip(
                    a) is not None and strip(a).type == "object" and pattern is not None and \
                    pattern.type == "object_pattern" else mine[i]
    return out


def _parameter_patterns(fn: Node) -> list[Node | None]:
    """Each parameter's binding pattern (TS wraps them in required/optional nodes)."""
    p = fn.child_by_field_name("parameters")
    return [c.child_by_field_name("pattern") if c.type in (
        "required_parameter", "optional_parameter") else c for c in (
        p.named_children if p is not None else [])]


def _keys_holding(obj: Node, users: set[str]) -> set[str]:
    """The keys of an object handed on whose values hold the user: next-safe-action's
    ``next({ ctx: { userId: session.user.id } })`` fills ``ctx`` of the action's ``{
    parsedInput: { teamId }, ctx }``, not what the client sent beside it."""
    out = set()
    for p in (strip(obj) or obj).named_children:
        if p.type == "pair" and jsscan.mentions(p.child_by_field_name("value"), users):
            key = p.child_by_field_name("key")
            out.add(jsscan.string_value(key) or text(key))
        elif p.type == "shorthand_property_identifier" and text(p) in users:
            out.add(text(p))
    return out


def _names_under(pattern: Node, keys: set[str]) -> set[str]:
    """The names an object pattern binds under ``keys``: ``ctx`` of ``{ parsedInput, ctx }``,
    ``userId`` of ``{ parsedInput, ctx: { userId } }``."""
    out: set[str] = set()
    for p in pattern.named_children:
        if p.type == "shorthand_property_identifier_pattern" and text(p) in keys:
            out.add(text(p))
        elif p.type == "pair_pattern" and text(p.child_by_field_name("key")) in keys:
            out |= jsscan.pattern_names(p.child_by_field_name("value"))
        elif p.type == "object_assignment_pattern" and text(p.named_children[0]) in keys:
            out |= jsscan.pattern_names(p.named_children[0])  # { ctx = {} }
    return out


_ACCOUNT_STEP = {"signup", "sign-up", "sign_up", "signin", "sign-in", "sign_in", "login",
                 "log-in", "forgot-password", "forgot_password", "forgot", "verify-email",
                 "magic-link",
                 "confirm-email", "resend-verification"}


# What a sign-up or sign-in action does (a password, an auth library's sign-up or sign-in, a
# session or its cookie made, a one-time code or link): a volunteer sheet's signUp does none.
_ACCOUNT_WORK = re.compile(r"passw(?:or)?d|\b(?:sign_?up|sign_?in|signInWith\w*|createUser|"
                           r"verifyOtp|resetPasswordForEmail|createSession|setSession|login|"
                           r"sendMagicLink|magicLink|setCookie)\s*\(|"
                           # a session's cookie; not cookies().set("volunteer", name)
                           r"cookies\(\)\)?\.set\([^)]{0,80}?(?:session|token|auth|sid\b|jwt)",
                           re.IGNORECASE)


def _account_url(where: str, fn: Node) -> bool | None:
    """A URL (or route file) of the account flow anonymous visitors use: sign-up, sign-in,
    forgot password, e-mail confirmation; ``register`` only as the app's own (``/register``,
    ``/api/auth/register``, not ``/events/register``); a password reset only when it reads the
    link's token (one that sets a password by e-mail alone is the hole itself, even though it
    hashes a password as a sign-up does). None: not an account URL."""
    parts = [p for p in re.split(r"[/.]", where.lower()) if p and not p.startswith(":")]
    for i, p in enumerate(parts):
        if p in ("reset-password", "reset_password", "password-reset", "reset"):
            return bool(re.search(r"token|code|otp", text(fn), re.IGNORECASE))
        if p in _ACCOUNT_STEP or (p == "register" and (i == 0 or parts[i - 1] in (
                "api", "auth", "app", "routes", "pages"))) or (
                p == "auth" and i == len(parts) - 1 and "/" in where):
            return True  # POST /api/users/auth: where a password is exchanged for a session
    return None


# A value that is one environment variable (``Deno.env.get("HOOK_SECRET")!``, ``?? ""``).
_ENV_VALUE = re.compile(r"^(?:process\.env\.\w+|process\.env\[[^\]]+\]|Deno\.env\.get\([^()]*\)|"
                        r"import\.meta\.env\.\w+|env\.\w+)\s*!?\s*(?:(?:\?\?|\|\|)\s*[^()]*)?$")


def _secret_gate(scan: _Scan, mod: Module, fn: Node) -> bool:
    """A handler that first rejects callers who do not present a secret from the environment
    (``if (auth !== `Bearer ${process.env.CRON_SECRET}`) return 401``): a machine caller
    (cron job, internal hook) proves itself with it."""
    secret_reads = [n for n, name in scan.env_reads(mod) if _SECRET_NAME.search(name)
                    and not _PUBLIC_NAME.search(name)]
    if not secret_reads and not re.search(r"!\s*\(?\s*(?:await\s+)?[\w$]+", text(fn)):
        return False  # no secret read here, nor a helper's answer to check
    bound = {name for d in walk(fn) if d.type == "variable_declarator" and any(
        d.start_byte <= r.start_byte < d.end_byte for r in secret_reads)
        for name in jsscan.pattern_names(d.child_by_field_name("name"))}
    # const HOOK_SECRET = Deno.env.get("ORDER_HOOK_SECRET")! at the module's top
    bound |= {name for name, value in mod.top.items() if value is not None and any(
        value.start_byte <= r.start_byte < value.end_byte for r in secret_reads) and
        _ENV_VALUE.match(text(value))}
    body = fn.child_by_field_name("body")
    for stmt in (body.named_children if body is not None else []):
        if stmt.type != "if_statement":
            continue
        cond = stmt.child_by_field_name("condition")
        if cond is None or not jsscan._exits(stmt.child_by_field_name("consequence")):
            continue
        reads_secret = any(cond.start_byte <= r.start_byte < cond.end_byte
                           for r in secret_reads) or jsscan.mentions(cond, bound) or (
            # a key the request sends compared with one the environment holds, however named
            # (``c.req.header("x-cron-key") !== c.env.CRON_KEY``)
            _SENT.search(text(cond)) is not None and any(
                cond.start_byte <= r.start_byte < cond.end_byte and _SHARED_KEY.search(name)
                and not _PUBLIC_NAME.search(name) for r, name in scan.env_reads(mod)))
        compares = re.search(r"!==?|timingSafeEqual|!\s*\w*(?:valid|equal|match)", text(cond),
                             re.IGNORECASE)
        if reads_secret and compares and "&&" not in text(cond) and not _signature_header(
                cond, fn):
            return True
        if "&&" not in text(cond) and any(
                n.type == "unary_expression" and text(n).startswith("!") and
                _secret_check_helper(scan, mod, _bound_call(fn, strip(n.named_children[0])), fn)
                for n in [cond, *walk(cond)]):
            return True
    return False


def _bound_call(fn: Node, node: Node | None) -> Node | None:
    """``ok`` in ``const ok = await authorized(req); if (!ok) …``: the call it holds; any
    other node as it is."""
    if node is not None and node.type == "identifier":
        value = strip(jsscan.declaration_of(fn, text(node), node.start_byte))
        if value is not None and value.type == "call_expression":
            return value
    return node


# An environment value a caller may be asked to present: a key, a pass, a code.
# (a name that ends so: CRON_KEY, SCHEDULER_KEY, ADMIN_PASS; not COUNTRY_CODE, AUTHOR_NAME)
_SHARED_KEY = re.compile(r"(?:^|_)(?:\w*KEY|PASS(?:WORD|PHRASE)?|PASSCODE)$", re.IGNORECASE)
# What a request sent, read in a check or handed to it: headers (Next.js, Express, Hono, h3's
# getHeader), the query, a cookie.
_SENT = re.compile(r"\.headers\b|\b(?:get|getRequest)?[hH]eaders?\(|searchParams|\.query\b|"
                   r"\b(?:req|request|ctx|c)\.get\(|\bget(?:Query|Cookie)\(|cookies\.get\(")


def _secret_check_helper(scan: _Scan, mod: Module, call: Node | None,
                         fn: Node | None = None) -> bool:
    """``!authorized(req)`` where the project's ``authorized`` compares what the request
    sent (a header, a query value) with a secret from the environment: the caller proves
    itself with the secret, as with the comparison written inline. An argument may be a local
    of the handler ``fn`` holding what was sent (``const given = getHeader(event, …)``)."""
    if call is None or call.type != "call_expression" or "." in callee(call) or not args(call):
        return False
    found = scan.project.resolve(mod, callee(call))
    helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    if helper is None:
        return False
    body = text(helper)
    reads = [n for n, name in scan.env_reads(found[0]) if (
        _SECRET_NAME.search(name) or _SHARED_KEY.search(name)) and not _PUBLIC_NAME.search(name)]
    handed_text = [text(a) for a in args(call)]
    if fn is not None:  # a local of the handler: what it was set to
        handed_text += [text(v) for a in args(call) for i in [a, *walk(a)]
                        if i.type == "identifier" and (v := strip(jsscan.declaration_of(
                            fn, text(i), i.start_byte))) is not None]
    # what the request sent, read in the helper or handed to it (``authorized(req.headers.get(
    # "authorization"))``)
    # the secret read in the helper, or handed to it (``same(header, process.env.CRON_SECRET)``)
    handed = [r for r, name in scan.env_reads(mod) if _SECRET_NAME.search(name) and
              not _PUBLIC_NAME.search(name) and call.start_byte <= r.start_byte < call.end_byte]
    return (any(helper.start_byte <= r.start_byte < helper.end_byte for r in reads) or
            (bool(handed) and _compares_parameters(helper))) and bool(
        re.search(r"timingSafeEqual|===|!==", body)) and bool(
        _SENT.search(body) or any(_SENT.search(t) for t in handed_text)) and \
        not re.search(r"signature|hmac", body + " ".join(text(a) for a in args(call)),
                      re.IGNORECASE)


def _compares_parameters(fn: Node) -> bool:
    """A helper that compares what it was handed with each other (``a === b``,
    ``timingSafeEqual(Buffer.from(a), Buffer.from(b))`` through locals), not one that only
    checks that a value is there (``typeof sent === "string"``)."""
    params = _parameter_names(fn)
    if len(params) < 2:
        return False
    held = [set(p) for p in params[:2]]
    for d in walk(fn):
        if d.type == "variable_declarator":
            for h in held:
                if jsscan.mentions(d.child_by_field_name("value"), h):
                    h |= jsscan.pattern_names(d.child_by_field_name("name"))
    return any(((n.type == "binary_expression" and text(n.child_by_field_name("operator")) in (
        "===", "!==", "==", "!=")) or (n.type == "call_expression" and callee(n).endswith(
            "timingSafeEqual"))) and all(jsscan.mentions(n, h) for h in held) for n in walk(fn))


def _webhook_library_check(mod: Module, name: str) -> bool:
    """``verify(secret, payload, signature)`` imported from a signing package
    (``@octokit/webhooks-methods``, ``standardwebhooks``, ``discord-interactions``): the
    package's own check, whatever its export is called."""
    imported = mod.imports.get(name.split(".")[0])
    if imported is None or imported[0].startswith((".", "/", "@/", "~/", "$lib")):
        return False
    used = name.rsplit(".", 1)[-1] if "." in name else imported[1]
    return bool(re.search(r"webhook|svix|signature|interactions|hmac", imported[0],
                          re.IGNORECASE)) and bool(re.search(r"verif|validat", used, re.I))


def _answer_ends_request(call: Node) -> bool:
    """A check that answers yes or no, whose no ends the request: ``if (!(await verify(…)))
    return 401``, or ``const ok = await verify(…); if (!ok) return 401``."""
    up, child = call.parent, call
    while up is not None and up.type in ("await_expression", "parenthesized_expression",
                                         "unary_expression", "binary_expression"):
        up, child = up.parent, up
    if up is not None and up.type == "parenthesized_expression" and up.parent is not None \
            and up.parent.type == "if_statement":
        up, child = up.parent, up
    if up is not None and up.type == "if_statement" and child == up.child_by_field_name(
            "condition"):
        return jsscan._exits(up.child_by_field_name("consequence"))
    if up is not None and up.type == "variable_declarator":
        names = jsscan.pattern_names(up.child_by_field_name("name"))
        fn = jsscan.enclosing_function(up)
        return fn is not None and any(
            s.type == "if_statement" and s.start_byte > up.end_byte and jsscan.mentions(
                s.child_by_field_name("condition"), names) and jsscan._exits(
                    s.child_by_field_name("consequence")) for s in walk(fn))
    return False


def _signature_header(cond: Node, fn: Node) -> bool:
    """A condition over a signature header (``x-signature``, ``stripe-signature``): a signer
    sends an HMAC there, never the secret, so comparing it with the secret checks nothing."""
    words = [text(cond)]
    for ident in {text(n) for n in walk(cond) if n.type == "identifier"}:
        value = jsscan.declaration_of(fn, ident, cond.start_byte)
        if value is not None:
            words.append(text(value))
    return bool(re.search(r"signature|\bsig\b|hmac", " ".join(words), re.IGNORECASE))


def _through_clients(mod: Module, sr: list[Node],
                     entries: list[jsscan.Entry]) -> list[tuple[Node, Node]]:
    """Service-role uses and the read each comes from, with a client (``const admin =
    createClient(url, SERVICE_KEY)``) judged where the code uses it: each handler that calls
    ``admin.…`` (a module-level client), each ``admin.…`` call (a handler's own)."""
    fns = [e.fn for e in entries if e.fn is not None]
    out: list[tuple[Node, Node]] = []
    for n in sr:
        decl = n.parent
        while decl is not None and decl.type not in ("variable_declarator", *jsscan.FUNCTIONS):
            decl = decl.parent
        top_level = decl is not None and decl.type == "variable_declarator" and \
            jsscan.enclosing_function(decl) is None
        factory = _local_factory(mod, decl, n) if decl is not None and not any(
            f.start_byte <= n.start_byte < f.end_byte for f in fns) else None
        if factory:  # function adminClient() { return createClient(url, KEY) }: its callers
            out += [(c, c) for c in mod.of_type("call_expression") if callee(c) == factory]
            continue
        if not top_level or any(f.start_byte <= n.start_byte < f.end_byte for f in fns):
            out += [(u, n) for u in _client_uses(n)]
            continue
        names = jsscan.pattern_names(decl.child_by_field_name("name"))
        out += [(u, u) for u in mod.of_type("identifier") if text(u) in names and
                not decl.start_byte <= u.start_byte < decl.end_byte and
                not _READS_CALLER.match(jsscan.dotted(jsscan.chain_top(u)))]
    return sorted(out, key=lambda p: p[0].start_byte)


def _local_factory(mod: Module, fn: Node, read: Node) -> str:
    """The name of a module-level function of this file that returns the client it makes
    with the key ``read`` (``function adminClient() { return createClient(url, KEY) }``,
    ``const db = () => createClient(…)``), when it is called here."""
    if fn.type not in jsscan.FUNCTIONS or jsscan.enclosing_function(fn) is not None:
        return ""
    up = read.parent
    while up is not None and up.id != fn.id and up.type != "return_statement":
        up = up.parent
    body = fn.child_by_field_name("body")
    if (up is None or up.id == fn.id) and not (body is not None and
                                               body.type != "statement_block"):
        return ""  # the key is used inside the function, not in the client it returns
    name = jsscan.declared_name(fn)
    found = text(name) if name is not None and name.type == "identifier" else ""
    return found if found and any(callee(c) == found for c in mod.of_type("call_expression")) \
        else ""


_MAKES_CLIENT = re.compile(r"client|create|init|connect|^new\b", re.IGNORECASE)
# admin.auth.getUser(token): checking who calls, which any key may do; it changes nothing.
_READS_CALLER = re.compile(r"^[\w$]+\.auth\.getUser\(\)$")


def _client_uses(n: Node) -> list[Node]:
    """Where a function uses the service role it reads: after ``const key = env(…)`` and
    ``const admin = createClient(url, key)``, at each ``admin.…`` call and each call ``admin``
    is handed to. Reading the key changes nothing; a handler that checks the caller's role
    between the read and the first use is judged by where the use is."""
    fn = jsscan.enclosing_function(n)
    decl = n.parent
    while decl is not None and decl is not fn and decl.type not in (
            "variable_declarator", "statement_block", "expression_statement"):
        decl = decl.parent
    if fn is None or decl is None or decl.type != "variable_declarator":
        return [n]
    names = jsscan.pattern_names(decl.child_by_field_name("name"))
    chain = [decl]
    for d in walk(fn):  # later locals built from it: the key, then the client
        value = jsscan.strip(d.child_by_field_name("value")) if \
            d.type == "variable_declarator" else None
        if value is not None and d.start_byte > decl.start_byte and (
                value.type in ("identifier", "binary_expression", "ternary_expression") or (
                    value.type in ("call_expression", "new_expression") and
                    _MAKES_CLIENT.search(jsscan.dotted(value.children[0]).rsplit(".", 1)[-1])
                    and not jsscan.mentions(value.children[0], names))) and \
                jsscan.mentions(value, names):
            names |= jsscan.pattern_names(d.child_by_field_name("name"))
            chain.append(d)
    uses = [u for u in walk(fn) if u.type == "identifier" and text(u) in names and
            u.parent is not None and (
                (u.parent.type == "member_expression" and
                 u.parent.child_by_field_name("object") == u) or
                u.parent.type == "arguments") and
            not any(d.start_byte <= u.start_byte < d.end_byte for d in chain) and
            not _READS_CALLER.match(jsscan.dotted(jsscan.chain_top(u)))]
    return uses or [n]


def _guard_function(scan: _Scan, mod: Module, guard: Node | None) -> tuple[Module, Node] | None:
    """The function a route's middleware argument names (``requireAdmin``), in its module."""
    guard = strip(guard)
    if guard is None:
        return None
    if guard.type in jsscan.FUNCTIONS:
        return mod, guard
    name = callee(guard) if guard.type == "call_expression" else jsscan.dotted(guard)
    found = scan.project.resolve(mod, name)
    fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    return (found[0], fn) if found is not None and fn is not None else None  # type: ignore[index]


def _admin_guard(scan: _Scan, mod: Module, guard: Node | None) -> bool:
    """Middleware that resolves the user and ends the request unless they are an admin."""
    found = _guard_function(scan, mod, guard)
    if found is None or not _checks_user(scan, *found):
        return False
    flow = jsscan.analyze(found[0], found[1], scan.project)
    return _admin_gate(found[1], found[1].end_byte, flow.user_names)


# Middleware that checks one shared credential: HTTP basic auth, Hono's bearerAuth.
_OPERATOR_AUTH = re.compile(r"(?:^|\.)(?:basic_?auth|bearer_?auth)\w*(?:\(\))?$", re.IGNORECASE)


def _operator_guard(scan: _Scan, mod: Module, guard: Node | None) -> bool:
    """Middleware that lets through only who holds the one shared credential: HTTP basic auth
    (``@fastify/basic-auth``, ``express-basic-auth``, Hono's ``basicAuth``), or a function
    comparing a key the request sends with the environment's (an API key). Its caller is the
    site's operator, who may act on any row, not one user among many."""
    bare = strip(guard)
    if bare is None:
        return False
    name = callee(bare) if bare.type == "call_expression" else jsscan.dotted(bare)
    if _OPERATOR_AUTH.search(name) and _operator_library(scan, mod, name):
        return True
    found = _guard_function(scan, mod, bare)
    # (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next): the library, wrapped
    return found is not None and (_secret_gate(scan, *found) or any(
        n.type == "call_expression" and _OPERATOR_AUTH.search(callee(n)) and
        _operator_library(scan, found[0], callee(n)) for n in walk(found[1])))


def _operator_library(scan: _Scan, mod: Module, name: str) -> bool:
    """``basicAuth``/``bearerAuth`` as a library gives it (imported from ``hono/basic-auth``,
    ``express-basic-auth``; Fastify's ``app.basicAuth`` decorated by ``@fastify/basic-auth``),
    not a project function that only calls itself so."""
    base = name.split(".")[0].removesuffix("()")
    imported = mod.imports.get(base)
    if imported is not None:
        return not imported[0].startswith((".", "/", "@/", "~/", "~~/", "$lib", "#"))
    return "." in name and any(re.search(r"""['"]@fastify/(?:basic|bearer)-auth['"]""", m.src)
                               for m in scan.modules.values())


def _admin_guarded(scan: _Scan, guards: list[tuple[Module, Node]]) -> bool:
    """Middleware in front of a route (its own, or where its router is mounted:
    ``app.use("/admin", requireAuth, requireAdmin, adminRouter)``) that lets only admins
    through: one guard checking the role, itself or after another that checks the user."""
    if any(_admin_guard(scan, where, g) or _operator_guard(scan, where, g)
           for where, g in guards):
        return True
    authed = any(_guard_authed(scan, where, g) for where, g in guards)
    for where, g in guards:
        found = _guard_function(scan, where, g) if authed else None
        if found is not None and _admin_gate(found[1], found[1].end_byte, jsscan.analyze(
                found[0], found[1], scan.project).user_names):
            return True
    return False


def _admin_builder(scan: _Scan, mod: Module, wrapper: str, depth: int = 0) -> bool:
    """A tRPC procedure builder that lets only admins through: ``adminProcedure =
    protectedProcedure.use(({ ctx, next }) => { if (ctx.session.user.role !== "ADMIN")
    throw …; return next() })``."""
    if not re.fullmatch(r"[\w$]+", wrapper or "") or depth > 2:
        return False
    found = scan.project.resolve(mod, wrapper)
    call = strip(found[1]) if found is not None else None
    if call is None or call.type != "call_expression" or not callee(call).endswith(".use"):
        return False
    # its own middleware refuses every caller but an admin (no user, no admin role), or the
    # builder it extends does
    return any(_refuses_non_admin(gate.child_by_field_name("condition"))
               for a in args(call) for fn in [jsscan.function_of(found[0], a)[0]]  # type: ignore
               if fn is not None for gate, _ in _role_gates(fn, None)) or _admin_builder(
        scan, found[0], callee(call).removesuffix(".use"), depth + 1)  # type: ignore[index]


# An admin role's name, or a flag that says admin.
_ADMIN_ROLE = r"(?:super_?)?admin(?:istrator)?|owner|staff"


def _refuses_non_admin(cond: Node | None) -> bool:
    """The exiting test is true for every caller who is not an admin: one of its ``||`` parts
    is ``role !== "ADMIN"``, ``!isAdmin`` or ``!["admin", "owner"].includes(role)``
    (``role === "BANNED"`` refuses one kind of caller and lets every other one through)."""
    if cond is None:
        return False
    parts = list(_either_parts(cond))
    return bool(parts) and any(re.fullmatch(
        rf"""\s*(?:[\w$.?]+\s*!==?\s*['"`](?:{_ADMIN_ROLE})['"`]|"""
        rf"""['"`](?:{_ADMIN_ROLE})['"`]\s*!==?\s*[\w$.?]+|"""
        rf"""!\s*\(?\s*[\w$.?]*(?:is_?|has_?)?(?:{_ADMIN_ROLE})\w*\s*\)?|"""
        rf"""!\s*\[[^\]]*['"`](?:{_ADMIN_ROLE})['"`][^\]]*\]\.includes\([^)]*\))\s*""",
        text(strip(p) or p), re.IGNORECASE) for p in parts)


def _guard_reads_own_row(scan: _Scan, mod: Module, node: Node,
                         entries: list[jsscan.Entry]) -> bool:
    """A service-role read inside route middleware, of the row of the user it just resolved
    (``requireAdmin`` looking up ``profiles.role`` by ``user.id``): no one else's data."""
    for e in entries:
        for g in e.guards:
            found = _guard_function(scan, mod, g)
            if found is None or found[0] is not mod or not (
                    found[1].start_byte <= node.start_byte < found[1].end_byte):
                continue
            flow = jsscan.analyze(mod, found[1], scan.project)
            chain = jsscan.dotted(jsscan.chain_top(node)) + "()"
            return flow.resolves and not re.search(
                r"\.(?:insert|update|upsert|delete|rpc)\(", chain) and jsscan.mentions(
                jsscan.chain_top(node), _owner_names(found[1], flow.user_names))
    return False


def _service_role_allowed(node: Node, entries: list[jsscan.Entry],
                          flows: dict[int, jsscan.AuthFlow], gates: set[int]) -> bool:
    """A service-role use inside a secret-gated handler, or inside one that checked the
    signed-in user and only calls the auth admin API about that user
    (``admin.auth.admin.deleteUser(user.id)``: deleting one's own account needs it; updating
    one's own row does not, RLS allows that as the user)."""
    for e in entries:
        fn = e.fn
        if fn is None or not fn.start_byte <= node.start_byte < fn.end_byte:
            continue
        if fn.id in gates:
            return True
        flow = flows[fn.id]
        if not flow.resolves or flow.unchecked_db is not None:
            return False
        if _admin_gate(fn, node.start_byte, flow.user_names):
            return True
        top = jsscan.strip(jsscan.chain_top(node))
        if top is not None and top.type == "call_expression" and not _writes(top) and any(
                _bound_to(top) & names for gate, names in _role_gates(fn, flow.user_names)
                if gate.start_byte > node.start_byte):
            return True  # a read the role check below is made of (the row, the caller's role)
        if not flow.user_names:
            return False
        # an id the request may pick instead of the user's (``body.id ?? user.id``) and all
        # that is read with it are not the user's own
        picked = _tainted_by(fn, True, jsscan.REQUEST_SOURCES)
        top = jsscan.strip(jsscan.chain_top(node))
        if top is not None and top.type == "call_expression" and ".select()" in jsscan.dotted(
                top) and not _writes(top) and jsscan.mentions(top, _owner_names(
                    fn, flow.user_names, picked)):
            return True  # the caller's own row (their role, before a role check)
        decl = node.parent
        while decl is not None and decl.type not in ("variable_declarator", "statement_block"):
            decl = decl.parent
        if (node.type == "identifier" and node.parent is not None and node.parent.type in (
                "member_expression", "arguments")) or (
                node.type == "call_expression" and ("." in callee(node) or (
                    node.parent is not None and node.parent.type == "member_expression"))):
            # (``createAdmin().from("profiles")…``: the factory's client used where it is made)
            # a use through the client (_client_uses): ``admin.auth.admin.deleteUser(id)``
            # whatever its answer is bound to; a factory's call (``createAdmin()``) is judged
            # by what its client does below
            tops = [jsscan.chain_top(node)]
        elif decl is not None and decl.type == "variable_declarator":
            client = jsscan.pattern_names(decl.child_by_field_name("name"))
            uses = [n for n in walk(fn) if n.type == "call_expression" and
                    jsscan.dotted(n.child_by_field_name("function")).split(".")[0] in client]
            tops = {jsscan.chain_top(u).id: jsscan.chain_top(u) for u in uses}.values()
        else:
            tops = [jsscan.chain_top(node)]
        owner = _owner_names(fn, flow.user_names, picked)
        about_user = [t for t in tops if jsscan.mentions(t, owner)]
        account = [t for t in about_user if ".auth.admin." in jsscan.dotted(t) + "."]
        # Deleting one's account also clears one's own rows (``.delete().eq("id", user.id)``).
        cleanup = [t for t in about_user if ".delete()." in jsscan.dotted(t) + "."]
        if bool(account) and len(account) + len(cleanup) == len(list(tops)):
            return True
        return bool(tops) and all(_own_rows_only(t, owner, fn) for t in tops)
    return False


# A value only its holder knows: a one-time code, a reset or invite token, a token's hash.
_HELD_SECRET = re.compile(r"(?:^|[._])(?:\w*token|\w*_hash|nonce|otp|\w*_?code)$", re.IGNORECASE)


def _held_secret_gate(fn: Node) -> bool:
    """A handler with no signed-in user yet (verify a one-time code, accept an invite, reset
    a password) whose first database call finds the row by the secret the caller sent, and
    that ends the request when none matches: what it does next, it does for the holder."""
    tainted = _tainted_by(fn, True, jsscan.REQUEST_SOURCES)
    first = next((c for c in walk(fn, skip_functions=True) if c.type == "call_expression" and
                  _supabase_chain(jsscan.dotted(c))), None)
    if first is None or _writes(first) or not _public_lookup(first, tainted, _HELD_SECRET,
                                                             any_key=True):
        return False
    found = _bound_to(first)
    return any(n.type == "if_statement" and n.start_byte >= first.end_byte and
               jsscan.mentions(n.child_by_field_name("condition"), found) and
               "!" in text(n.child_by_field_name("condition")) and
               jsscan._exits(n.child_by_field_name("consequence")) for n in walk(fn))


def _held_to_owner(fn: Node, owner: set[str], given: set[str], before: int) -> set[str]:
    """Request values the handler refuses unless they are the user's own, before ``before``:
    ``if (!path.startsWith(`${user.id}/`)) return 400`` keeps ``path`` in the user's folder.
    The test must refuse what is not the user's (``!x.startsWith(mine)``, ``x !== mine``:
    ``x === mine`` refuses one value and lets every other through) and stand on every path to
    the write (not inside another ``if``)."""
    out: set[str] = set()
    for n in walk(fn, skip_functions=True):
        if n.type != "if_statement" or n.end_byte > before or not _on_every_path(n, fn, before):
            continue
        cond = n.child_by_field_name("condition")
        if cond is None or not jsscan._exits(n.child_by_field_name("consequence")):
            continue
        for part in _either_parts(cond):  # one test that reads both the value and the user
            for value, mine in _refuses_others(part):
                if jsscan.mentions(mine, owner):
                    out |= {text(i) for i in [value, *walk(value)] if i.type == "identifier"
                            and text(i) in given and _whole_value(i)}
    return out


def _on_every_path(stmt: Node, fn: Node, write: int) -> bool:
    """``stmt`` runs whenever the function gets past the statements before it on its way to
    the write at byte ``write``: it sits in the body itself or in a ``try`` block there, not
    under an ``if``, a loop or a ``switch``; and a ``try`` around it either holds the write
    too or has a ``catch`` that ends the request (one that logs lets every value through)."""
    body = fn.child_by_field_name("body")
    up = stmt.parent
    while up is not None and up != body:
        if up.type not in ("statement_block", "try_statement"):
            return False
        if up.type == "try_statement":
            block = up.child_by_field_name("body")
            handler = up.child_by_field_name("handler")
            if not (block is not None and block.start_byte <= write < block.end_byte) and not (
                    handler is not None and jsscan._exits(handler.child_by_field_name("body"))):
                return False
        up = up.parent
    return up is not None


def _either_parts(cond: Node) -> Iterator[Node]:
    """The tests of a condition each of which alone makes it true (``a || b``); an ``&&``
    is one test (``!ok && strict`` lets the caller skip it)."""
    cond = strip(cond) or cond
    if cond.type == "binary_expression" and text(cond.child_by_field_name("operator")) == "||":
        yield from _either_parts(cond.child_by_field_name("left"))
        yield from _either_parts(cond.child_by_field_name("right"))
    else:
        yield cond


def _refuses_others(part: Node) -> list[tuple[Node, Node]]:
    """(value, what it must be) of a test true when the value is NOT the user's own:
    ``!value.startsWith(prefix)`` or ``value !== mine`` (either side)."""
    part = strip(part) or part
    if part.type == "unary_expression" and text(part.child_by_field_name("operator")) == "!":
        inner = strip(part.child_by_field_name("argument"))
        if inner is not None and inner.type == "call_expression" and callee(inner).endswith(
                ".startsWith") and args(inner):
            return [(inner.child_by_field_name("function").child_by_field_name("object"),
                     args(inner)[0])]
        return []
    if part.type == "binary_expression" and text(part.child_by_field_name("operator")) in (
            "!==", "!="):
        left, right = part.child_by_field_name("left"), part.child_by_field_name("right")
        return [(left, right), (right, left)]
    return []


def _whole_value(ident: Node) -> bool:
    """The name itself is tested (``path === …``, ``path.startsWith(…)``), not one field of
    it (``body.userId === user.id`` says nothing of ``body.plan``)."""
    up = ident.parent
    return up is None or up.type != "member_expression" or text(
        up.child_by_field_name("property")) == "startsWith"


def _writes_request_named_row(fn: Node) -> bool:
    """A write (or RPC) keyed by an id the request names itself (``wallet: walletId`` from
    the body), not by the row the held secret found: the code proves the caller holds it,
    never that the row they name is theirs."""
    direct = {n for n in _tainted_by(fn, True, jsscan.REQUEST_SOURCES, through_queries=False)
              if _ID_NAME.search(n.rsplit(".", 1)[-1])}
    return bool(direct) and any(
        c.type == "call_expression" and _writes(c) and jsscan.mentions(
            c.child_by_field_name("arguments"), direct) for c in walk(fn, skip_functions=True))


def _own_rows_only(top: Node, owner: set[str], fn: Node) -> bool:
    """A service-role call that touches only what the server decides for the verified user:
    reads and deletes filtered by the user's id, writes whose values the request does not
    choose (recovery codes the server made; a ``plan`` or ``role`` from the request would
    be the user granting themselves what RLS withholds)."""
    chain = jsscan.dotted(top) + "."
    if ".auth.admin." in chain:
        return False  # another account than the caller's (the account case is above)
    from_request = _tainted_by(fn, True, jsscan.REQUEST_SOURCES) - owner
    from_request -= _held_to_owner(fn, owner, from_request, top.start_byte)
    if _writes(top) and ".delete()." not in chain:
        calls = [c for c in [top, *walk(top)] if c.type == "call_expression"]
        payload = [c for c in calls if re.search(r"\.(?:update|insert|upsert|rpc)$", callee(c))]
        if payload and any(jsscan.mentions(c.child_by_field_name("arguments"), owner)
                           for c in calls if c not in payload and _EQUAL_FILTER.search(
                               callee(c))):
            # filtered to the user's rows: an id the request picks among them is theirs too,
            # and so are plain fields of them (a display name, a bio) the user may edit
            return not any(_grants_from_request(c, from_request) for c in payload)
        return not any(jsscan.mentions(c.child_by_field_name("arguments"), from_request)
                       for c in calls)
    # the user named anywhere but in a filter that keeps everyone else (.neq("user_id", me))
    return any(jsscan.mentions(c.child_by_field_name("arguments"), owner)
               for c in [top, *walk(top)] if c.type == "call_expression" and
               not _OTHERS_FILTER.search(callee(c)))


# Plain fields of a person's own profile: what they may write on their own row whatever the
# client (a name, a bio, a time zone). Any other column may give rights, money, standing or
# point at another record or file (plan, pro, credits, role, *_id, *_path…).
_PLAIN_FIELD = re.compile(
    r"(?:display_?|full_?|first_?|last_?|nick_?|user_?)?name|bio(?:graphy)?|about(?:_me)?|"
    r"headline|tagline|avatar(?:_?url)?|website(?:_?url)?|homepage|location|city|country|"
    r"time_?zone|tz|locale|lang(?:uage)?|theme|color_?scheme|pronouns|"
    r"(?:updated|modified)_?at", re.IGNORECASE)


def _grants_from_request(call: Node, from_request: set[str]) -> bool:
    """Whether a write on the user's own rows takes a request value into any column but a
    plain profile field (``{ plan: body.plan }``, ``{ pro: value }``), or takes the request's
    object whole (``update(body)``, ``{ ...body }``): plain fields (``{ display_name: name
    }``) are the user's to edit."""
    given = args(call)
    if not given or not jsscan.mentions(call.child_by_field_name("arguments"), from_request):
        return False
    record = strip(given[0])
    if record is None or record.type != "object" or any(
            jsscan.mentions(a, from_request) for a in given[1:]):
        return True
    for part in record.named_children:
        if part.type == "pair":
            key = text(part.child_by_field_name("key")).strip("'\"")
            if not _PLAIN_FIELD.fullmatch(key) and jsscan.mentions(
                    part.child_by_field_name("value"), from_request):
                return True
        elif part.type == "shorthand_property_identifier":
            if text(part) in from_request and not _PLAIN_FIELD.fullmatch(text(part)):
                return True
        elif jsscan.mentions(part, from_request):  # ...body, a computed key
            return True
    return False


# Filters that keep the rows equal to a value: ``.neq("id", user.id)`` keeps everyone else's.
_EQUAL_FILTER = re.compile(r"\.(?:eq|match|filter|where|is)$")
_OTHERS_FILTER = re.compile(r"\.(?:neq|not)$")
_ADMIN_WORD = re.compile(r"admin|\brole\b|staff|moderator|superuser", re.IGNORECASE)


def _admin_gate(fn: Node, before: int, users: set[str] | None = None) -> bool:
    """Before ``before``, the handler ends the request unless the signed-in user is an admin
    (an exiting ``if`` over a role read from the server, or a ``requireAdmin()`` helper).
    ``users``: names holding the user an auth call resolved (and what was read by it)."""
    for gate, _ in _role_gates(fn, users):
        if gate.start_byte >= before:
            break
        if not _refuses_one_kind(gate):
            return True
    for n in walk(fn):
        if n.start_byte >= before:
            break
        if n.type == "call_expression" and re.search(r"(?:require|assert|ensure)\w*Admin",
                                                     callee(n), re.IGNORECASE):
            return True
    return False


def _refuses_one_kind(gate: Node) -> bool:
    """An exiting ``if`` that turns away one kind of caller and lets every other one through:
    ``if (user.role === "banned") return 403``, ``if (["guest", "suspended"].includes(role))
    throw``. Every part of it that reads a role tests for that role (no negation, no ``===
    false``), and its exit is a refusal (no query in it: ``if (role === "admin") { …update…;
    return }`` is the admin's own branch)."""
    cond = gate.child_by_field_name("condition")
    cons = gate.child_by_field_name("consequence")
    if cond is None or cons is None or not jsscan._exits(cons) or jsscan.db_calls(cons):
        return False
    parts = [p for p in _either_parts(cond) if _ADMIN_WORD.search(text(p)) or
             _LITERAL_TEST.fullmatch(text(p))]
    return bool(parts) and not any(re.search(r"!|[=!]==?\s*(?:false|null|undefined)\b",
                                             text(p)) for p in parts)


# A value tested for one literal (``user.status === "suspended"``, ``"guest" == me.kind``).
_LITERAL_TEST = re.compile(r"""\s*(?:[\w$.?]+\s*===?\s*(['"`])[^'"`]*\1|"""
                           r"""(['"`])[^'"`]*\2\s*===?\s*[\w$.?]+)\s*""")


# Claims a user sets on their own account: Supabase's user_metadata (auth.updateUser({ data
# })), its raw_user_meta_data column, Clerk's unsafeMetadata. A role read there is the
# caller's say-so; app_metadata and Clerk's publicMetadata are the server's.
_SELF_SET = re.compile(r"\buser_?[mM]etadata\b|\braw_user_meta_data\b|\bunsafeMetadata\b")


def _role_gates(fn: Node, users: set[str] | None) -> list[tuple[Node, set[str]]]:
    """The exiting ``if``s over the caller's role, with the names their condition is made
    of: ``if (me.role !== "admin") return 403``, or through locals (``const allowed =
    isSuperAdmin || (me.company_id === lead.company_id && ["admin"].includes(me.role)); if
    (!allowed) return 403``). Not a role the request names (``req.body.role``), nor one of the
    row being acted on (``if (target.isAdmin) throw``)."""
    out: list[tuple[Node, set[str]]] = []
    if not _ADMIN_WORD.search(text(fn)):
        return out  # no role is read anywhere in it (the test and its locals are inside)
    owner = _owner_names(fn, users or set())
    tainted = _tainted_by(fn, True, jsscan.REQUEST_SOURCES) - owner
    answered = _tainted_by(fn, True, jsscan.REQUEST_SOURCES, through_queries=False) - owner
    for n in walk(fn):
        if n.type != "if_statement":
            continue
        cond = n.child_by_field_name("condition")
        if cond is None or not (jsscan._exits(n.child_by_field_name("consequence")) or
                                jsscan._exits(n.child_by_field_name("alternative"))):
            continue  # if (isAdmin) next(); else …
        if _SELF_SET.search(text(cond)) or any(
                _SELF_SET.search(text(v)) for i in walk(cond) if i.type == "identifier"
                for v in [jsscan.declaration_of(fn, text(i), cond.start_byte)] if v is not None):
            continue  # user_metadata.role: the user writes it (auth.updateUser({ data }))
        names = {text(i) for i in [cond, *walk(cond)] if i.type == "identifier"}
        if _ADMIN_WORD.search(text(cond)) and (not jsscan.mentions(cond, tainted) or
                                               _session_user(cond)):
            out.append((n, names))  # the session's req.user.role is the server's
            continue
        values, todo = [], list(names)
        while todo and len(names) < 40:
            value = jsscan.declaration_of(fn, todo.pop(), cond.start_byte)
            if value is None:
                continue
            values.append(value)
            more = {text(i) for i in walk(value) if i.type == "identifier"} - names
            names |= more
            todo += more
        # the caller's own role read on the way: me.role, requestingUser.is_admin
        caller_role = any(m.type == "member_expression" and _ADMIN_WORD.search(text(
            m.child_by_field_name("property"))) and (jsscan.dotted(m).split(".")[0].split(
                "?")[0] in owner or _session_user(m)) for v in values for m in [v, *walk(v)])
        if caller_role and not jsscan.mentions(cond, answered) and not any(
                _SELF_SET.search(text(v)) for v in values):
            out.append((n, names))
    return out


def _owner_names(fn: Node, user_names: set[str], tainted: set[str] | None = None) -> set[str]:
    """The user's names and every local computed from them (``const uid = user.id``); with
    ``tainted``, not one the request may pick instead (``query.get("userId") ?? user.id``)."""
    owner = set(user_names)
    for d in walk(fn):
        value = d.child_by_field_name("value") if d.type == "variable_declarator" else None
        if value is not None and jsscan.mentions(value, owner) and not (
                tainted is not None and (jsscan.request_may_pick(value, owner, tainted) or
                                         jsscan.user_as_default(d, owner, tainted))):
            owner |= jsscan.pattern_names(d.child_by_field_name("name"))
    return owner


def _changes_rows(call: Node, chain: str) -> bool:
    """A call that updates or deletes rows that exist, by its builder (``.delete()``) or by
    the SQL text it runs (``pool.query("delete from posts where id = $1", …)``); Kysely's
    ``db.updateTable(t)`` and ``db.deleteFrom(t)`` too."""
    if re.search(r"\.(?:update|delete|upsert|updateTable|deleteFrom)\(\)", chain):
        return True
    a = args(call)
    sql = jsscan.string_value(a[0]) if a else None
    return bool(sql and _writes(call) and re.match(r"\s*(?:update|delete)\b", sql, re.I))


def _writes(call: Node) -> bool:
    """A database call that may change data (a raw query counts unless its text is a
    SELECT)."""
    if not jsscan.is_write(call):
        return False
    chain = jsscan.dotted(jsscan.chain_top(call)) + "()"
    if ".selectFrom()" in chain and not re.search(
            r"\.(?:insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(\)", chain):
        return False  # Kysely's db.selectFrom(…)….execute(): a read
    a = args(call)
    sql = jsscan.string_value(a[0]) if a and callee(call).rsplit(".", 1)[-1] in (
        "query", "execute", "run", "all", "get") else None
    return sql is None or not re.match(r"\s*(?:select|with)\b", sql, re.IGNORECASE)


def _auth_advice(path: str, entry: jsscan.Entry) -> str:
    """How this framework checks the user, in the words of its own docs."""
    if entry.label == jsscan.SERVED:
        return "read the user from the Authorization header (supabase.auth.getUser(token)) " \
            "and answer 401"
    if entry.url:
        return "put auth middleware before the handler (or check req.user) and answer 401"
    if entry.kind == "action" and re.search(r"\.action$", entry.wrapper):
        return "build it on an action client whose middleware checks the session (.use(…))"
    if entry.label.startswith("the callable function"):
        return "throw HttpsError('unauthenticated') when request.auth is missing, and check " \
            "the caller's role"
    if entry.label.startswith("the HTTPS function"):
        return "verify the ID token from the Authorization header (getAuth().verifyIdToken) " \
            "and answer 401"
    if "/routes/" in path and ("+server." in path or ".server." in path):
        return "check the user (locals.safeGetSession() or locals.user) and error(401)"
    if entry.label in ("the action", "the loader"):
        return "require the user (requireUserId(request)) and redirect to sign-in"
    if re.match(r"server/", path):
        return "require the user (requireUserSession(event) or serverSupabaseUser(event))"
    if re.match(r"src/pages/api/", path):
        return "check the user (context.locals.user) and answer 401"
    return "resolve the user (supabase.auth.getUser()) and answer 401"


# Who is signed in, read from a token nobody verified: Supabase's getSession() on the server
# (the cookie as sent), a JWT decoded instead of verified.
_DECODE_ONLY = re.compile(r"^(?:jwt|jsonwebtoken|jose|JWT)\.decode$|(?:^|\.)(?:jwtDecode|"
                          r"decodeJwt|decodeJWT|jwt_decode)$")
_VERIFIES = re.compile(r"(?:^|\.)(?:verify|jwtVerify|verifyIdToken|verifyToken|verifyJwt|"
                       r"verifySessionCookie|getUser|getClaims|safeGetSession)$")


def _unverified_identity(mod: Module) -> Iterator[Finding]:
    """Server code that decides on a user it read from an unverified token: the result of
    ``supabase.auth.getSession()`` or of ``jwt.decode(token)`` (or a token's middle part
    parsed by hand) used in a condition or a query, with no verifying call in the file."""
    if not re.search(r"getSession|decode|Decode|atob|base64", mod.src) or _BROWSER_ONLY.search(
            mod.src):
        return
    calls = mod.of_type("call_expression")
    if any(_VERIFIES.search(callee(c)) for c in calls):
        return
    for c in calls:
        name = callee(c)
        session = name.endswith(".auth.getSession")
        decoded = bool(_DECODE_ONLY.search(name)) or (
            name in ("atob", "Buffer.from") and re.search(r"\.split\(\s*['\"]\.['\"]\s*\)\s*\[1\]",
                                                        text(c)) is not None)
        if not (session or decoded):
            continue
        names = _result_names(c)
        used = any(jsscan.mentions(u.child_by_field_name("condition"), names) and not
                   _only_signs_out(u) for u in mod.of_type("if_statement", "ternary_expression")
                   ) or any(
            jsscan.is_db_call(d) and jsscan.mentions(jsscan.chain_top(d), names) for d in calls)
        if not names or not used:
            continue
        if session:
            yield _finding(mod.path, jsscan.line(c), "session-unverified",
                           "supabase.auth.getSession() on the server returns the session as the "
                           "cookie says, unverified; use supabase.auth.getUser() (or getClaims()) "
                           "to know who is signed in")
        else:
            yield _finding(mod.path, jsscan.line(c), "token-unverified",
                           "the user is read from a token that is decoded but never verified, so "
                           "anyone can write their own; verify it (jwt.verify / jose jwtVerify "
                           "with the secret) before trusting it")
        return


# Code that only ever runs on a device: a browser Supabase client, window.location, React
# Native. What it reads of the session decides nothing on a server.
_BROWSER_ONLY = re.compile(r"\b(?:createBrowserClient|createClientComponentClient|"
                           r"createPagesBrowserClient)\(|\bwindow\.location\b|"
                           r"""from\s+['"](?:react-native|expo-[\w-]+)['"]|"""
                           # the page's own objects: a server has no document, no storage
                           r"\bdocument\.(?:createElement|getElementById|querySelector\w*|"
                           r"body)\b|\bURL\.createObjectURL\(|\b(?:localStorage|"
                           r"sessionStorage)\.(?:getItem|setItem)\(")


def _only_signs_out(branch: Node) -> bool:
    """``if (session) await supabase.auth.signOut()``: a forged session can only sign itself
    out (the branch does nothing else but answer or redirect)."""
    body = branch.child_by_field_name("consequence")
    calls = [callee(c) for c in walk(body) if c.type == "call_expression"] if body else []
    return any(c.endswith("auth.signOut") for c in calls) and all(
        c.endswith("auth.signOut") or re.search(r"(?:^|\.)(?:redirect|json|status|end)$", c)
        for c in calls)


def _result_names(call: Node) -> set[str]:
    """The names a call's result ends up in, through the calls and awaits around it
    (``const claims = JSON.parse(atob(token.split(".")[1]))``)."""
    n = call
    for _ in range(6):
        if n.parent is None:
            break
        if n.parent.type == "variable_declarator":
            return jsscan.pattern_names(n.parent.child_by_field_name("name"))
        if n.parent.type not in ("arguments", "call_expression", "await_expression",
                                 "parenthesized_expression", "member_expression",
                                 "as_expression", "non_null_expression", "ternary_expression"):
            break
        n = n.parent
    return set()


# Parents anyone may add to (an RSVP to an event, a vote in a poll, a comment on a post).
_PUBLIC_PARENT = re.compile(r"^(?:event|meetup|poll|post|article|petition|survey|story|episode|"
                            r"recipe|talk|concert|gig|match|race)_?id$", re.IGNORECASE)


def _public_inline_action(scan: _Scan, mod: Module, entry: jsscan.Entry,
                          entries: list[jsscan.Entry], db: list[Node]) -> bool:
    """A ``'use server'`` action written inside its page (Next's guestbook, an RSVP) whose
    writes name no parent from the form but a public one (``eventId``, not ``listId``), in a
    page that asks nobody who is signed in: a page that does is for its users, and its action,
    a public endpoint whatever the page checks, must ask too (review25 #26)."""
    fn = entry.fn
    page = next((e for e in entries if e.kind == "page" and e.fn is not None and fn is not None
                 and e.fn.start_byte < fn.start_byte and fn.end_byte <= e.fn.end_byte), None)
    if entry.kind != "action" or fn is None or page is None or jsscan.analyze(
            mod, page.fn, scan.project).resolves:
        return False
    tainted = _tainted_by(fn, True, jsscan.REQUEST_SOURCES, sanitizers=False,
                          through_queries=False)
    return not any(_parent_keys(jsscan.chain_top(c), tainted) - {
        k for k in _parent_keys(jsscan.chain_top(c), tainted) if _PUBLIC_PARENT.match(k)}
        for c in db)


def _only_post(entries: list[jsscan.Entry]) -> bool:
    return all(_posts_only(e) for e in entries)


def _posts_only(entry: jsscan.Entry) -> bool:
    """A POST handler, a server action, or one handler for every method that answers only a
    POST (``if (req.method !== "POST") return res.status(405)``): what a form sends."""
    return entry.kind == "action" or entry.name == "POST" or (
        entry.name == "default" and entry.kind == "route" and entry.fn is not None and
        jsscan.pages_methods(entry.fn) == {"POST"})


_OWNER_WORD = re.compile(r"\b(?:user|owner|author|creator|customer|buyer|member|account|"
                         r"profile|tenant)_?[iI]d\b|\bcreated_?[bB]y\b|auth\.uid", re.IGNORECASE)


def _idor(scan: _Scan, mod: Module, entry: jsscan.Entry, flow: jsscan.AuthFlow,
          service_role: bool, user_known: bool, anyone: bool = False) -> Iterator[Finding]:
    """``anyone``: a server action reported for checking no one; a row it adds under a parent
    the client names (``listId: formData.get("listId")``) lands in anyone's list."""
    # The first query by a request id is the one to judge; the ids of the rows it returned
    # are the database's (a lead's assigned user, a license's row), not the caller's pick.
    # a validated id (Schema.safeParse(formData)) is well-formed, still the client's pick
    tainted = _tainted_by(entry.fn, True, jsscan.REQUEST_SOURCES, sanitizers=False,
                          through_queries=False) - flow.user_names
    owner_locals = _owner_names(entry.fn, flow.user_names, tainted)
    tainted -= owner_locals
    checks = _ownership_checks(entry.fn, owner_locals, scan, mod) + [
        (gate.end_byte, names) for gate, names in _role_gates(entry.fn, flow.user_names)
        if not _refuses_one_kind(gate)]
    checks += _helper_checks(scan, mod, entry.fn, owner_locals | flow.user_names, tainted)
    checks += _lookups_under_checks(entry.fn, checks)
    # a check of input.groupId is about that value: input.id is another row's
    checks = [(end, names - ({r.split(".", 1)[0] for r in names if "." in r} & tainted))
              for end, names in checks]
    for call in flow.db:
        after = [names for end, names in checks if call.start_byte >= end]
        if any(not names & tainted and not {r.split(".", 1)[0] for r in names} & tainted
               for names in after):
            break  # the user's role was checked before this: an admin acts on any row
        top = jsscan.chain_top(call)
        if any(jsscan.mentions(top, names - _COMMON_NAMES) or
               names & (_request_reads(top) | _member_reads(top)) for names in after):
            continue  # a row read by id (or its parent) was compared with the user before
        if any(_bound_to(call) & names for _, names in checks) and not _writes(call):
            continue  # const note = await Note.findById(id) … if (note.owner !== user.id);
            # a delete checked afterwards has already happened
        top = jsscan.chain_top(call)
        chain = jsscan.dotted(top)
        inserts = (re.search(r"\.(?:insert|create|createMany|insertOne|insertInto)\(\)",
                             chain + "()") and
                   not re.search(r"\.(?:update|delete|upsert)\(\)", chain)) or \
            jsscan.only_inserts([call])
        under = anyone and inserts and _names_parent_from(top, tainted)
        if inserts and not _names_owner_from(top, tainted, scan, mod) and not under:
            continue  # a new row picks no one's row (D1's prepare("insert into …").bind(…))
        if not _reads_request(top, tainted):
            continue
        if not user_known and not _changes_rows(call, chain) and not under and \
                not (service_role and (inserts or _owner_named_by_request(top, tainted))):
            continue  # without a user, reading by id is a public page's lookup
        if not _writes(call) and (_public_lookup(top, tainted) or _catalog_read(top) or (
                not service_role and _public_lookup(top, tainted, _ACCOUNT_KEY))):
            continue  # a profile by username, a product by id: rows meant to be shared
        if _owner_filtered(top, owner_locals, tainted) or (
                _writes(call) and _claims_unowned(top, owner_locals | flow.user_names)):
            continue
        if _supabase_chain(chain):
            table = _from_table(top)
            cmd = "delete" if ".delete()" in chain else "update" if (
                ".update()" in chain or ".upsert()" in chain) else "insert" if inserts \
                else "select"
            protected = scan.schema.protects(table, cmd) if table else None
            if cmd == "select" and table and scan.schema.public_read(table):
                continue  # everyone may read these rows by design (a catalog, posts)
            if protected is None and not service_role and cmd != "insert" and not \
                    _owner_from_request(top, _tainted_by(
                        entry.fn, False, jsscan.REQUEST_SOURCES if cmd != "select"
                        else _BODY_SOURCES) - owner_locals):
                continue  # the migrations do not say; RLS may scope it (an insert that names
                # its owner from the request asks RLS to catch what the code invited)
            if protected and not service_role:
                continue
        elif chain.endswith(".rpc()") and not service_role and _rpc_runs_as_caller(
                scan, jsscan.string_value(args(call)[0]) if args(call) else None):
            continue  # the database function runs with the caller's rights: RLS scopes it
        yield _finding(mod.path, jsscan.line(call), "idor",
                       _IDOR_UNDER if under else _IDOR_ANYONE if anyone and _writes(call) else
                       _IDOR_ACTION if entry.kind == "action" and _writes(call) else
                       _IDOR_OWNER if inserts else _IDOR)
        return
    else:
        helper = _idor_through_helper(scan, mod, entry, flow, tainted, owner_locals, checks,
                                      user_known)
        if helper is not None:
            yield _finding(mod.path, jsscan.line(helper), "idor", _IDOR)
            return
        billed = _billing_by_request_id(entry.fn, tainted, owner_locals, flow)
        if billed is not None:
            yield _finding(mod.path, jsscan.line(billed), "idor",
                           "a customer's billing (a subscription, a portal, a refund) is picked "
                           "by an id the request sends, with nothing tying it to the caller, so "
                           "anyone can act on anyone's; look the customer id up from the "
                           "signed-in user's own row instead")
            return
        stored = _storage_by_request_key(entry.fn, tainted, owner_locals, flow, user_known)
        if stored is not None:
            yield _finding(mod.path, jsscan.line(stored), "idor",
                           "a stored file is picked by a key from the request with nothing "
                           "tying it to the caller, so anyone can reach others' files; build "
                           "the key under the user's own prefix (or look the file up by owner)")


# Object-storage calls that act on one object named by its key: the AWS SDK's commands (v3)
# and methods (v2), Google Cloud Storage's file handles, R2/KV-style bucket bindings.
_STORAGE_COMMAND = re.compile(r"^(?:Delete|Get|Copy|Head)Objects?Command$")
_STORAGE_METHOD = re.compile(r"\.(?:deleteObjects?|getObject|copyObject|"
                             r"getSignedUrl(?:Promise)?)$|"
                             r"\.file\(\)\.(?:delete|download|createReadStream|getSignedUrl)$|"
                             r"(?:^|\.)env\.\w*(?:BUCKET|Bucket|bucket|R2|UPLOADS|FILES|STORAGE)"
                             r"\w*\.(?:delete|get)$")
_STORAGE_WRITES = re.compile(r"Delete|Copy|delete|copy")


# A payment provider's calls on one customer's billing: the SDK's resource, then the verb.
_BILLING_CALL = re.compile(
    r"(?:^|\.)(?:subscriptions|subscriptionItems|customers|invoices|paymentMethods|refunds|"
    r"billingPortal\.sessions|customer_?portal|charges|paymentIntents|orders)\."
    r"(?:cancel|update|del|delete|list|retrieve|create|pay|detach|resume|pause|void\w*)$")
_BILLING_KEY = re.compile(r"^(?:customer|customerId|customer_id|subscription|subscriptionId|"
                          r"subscription_id|charge|payment_intent|invoice)$")


def _billing_by_request_id(fn: Node, tainted: set[str], owner: set[str],
                           flow: jsscan.AuthFlow) -> Node | None:
    """A payment provider's call on the customer or subscription an id from the request names
    (``stripe.subscriptions.list({ customer: formData.get("customerId") })`` then cancel,
    ``billingPortal.sessions.create({ customer })``), with no check tying the id to the caller:
    the billing twin of a row picked by id. A lookup (``retrieve``, ``list``) counts when the
    handler also changes something (cancels, refunds, opens a portal)."""
    owner = owner - _COMMON_NAMES
    calls = [n for n in walk(fn) if n.type == "call_expression" and _BILLING_CALL.search(
        callee(n).replace("?.", "."))]
    if not any(not re.search(r"\.(?:list|retrieve)$", callee(c)) for c in calls):
        return None
    # rows looked up by the user (``account = findUnique({ where: { userId: user.id } })``)
    mine = owner | flow.user_names | {name for c in flow.db if jsscan.mentions(
        jsscan.chain_top(c), owner | flow.user_names) for name in _bound_to(c)}
    checked: set[str] = set()  # ids whose looked-up billing was compared with the user's own
    for n in calls:
        got = _bound_to(n)
        if got and any(c.start_byte > n.start_byte and jsscan.mentions(c, got) and
                       jsscan.mentions(c, mine - got) for c in _exit_conditions(fn)):
            checked |= {text(i) for a in args(n) for i in [a, *walk(a)]
                        if i.type in ("identifier", "shorthand_property_identifier")}
    for n in calls:
        given = args(n)
        keys = [a for a in given[:1] if strip(a) is not None and strip(a).type != "object"]
        keys += [p.child_by_field_name("value") or p for a in given if strip(a) is not None and
                 strip(a).type == "object" for p in strip(a).named_children
                 if (p.type == "pair" and _BILLING_KEY.match(text(p.child_by_field_name(
                     "key")).strip("'\""))) or (p.type == "shorthand_property_identifier" and
                                                _BILLING_KEY.match(text(p)))]
        for key in keys:
            names = {text(i) for i in [key, *walk(key)] if i.type in (
                "identifier", "shorthand_property_identifier")}
            local = names & tainted
            if not local or jsscan.mentions(key, owner) or local <= checked:
                continue
            if any(jsscan.mentions(cond, local) and (jsscan.mentions(cond, owner) or
                                                     jsscan.mentions(cond, flow.user_names))
                   for cond in jsscan.conditions_over(n, fn)):
                continue  # if (customerId !== profile.stripe_customer_id) return 403
            if any(c.start_byte < n.start_byte and jsscan.mentions(c, local) and (
                    jsscan.mentions(jsscan.chain_top(c), owner | flow.user_names))
                   for c in flow.db):
                continue  # the id was looked up with the user's own row first
            return n
    return None


def _exit_conditions(fn: Node) -> list[Node]:
    """Conditions of the ifs in ``fn`` that leave (return, throw) when they hold."""
    return [c for n in walk(fn) if n.type == "if_statement" and jsscan._exits(
        n.child_by_field_name("consequence")) and (c := n.child_by_field_name(
            "condition")) is not None]


def _storage_by_request_key(fn: Node, tainted: set[str], owner: set[str],
                            flow: jsscan.AuthFlow, user_known: bool) -> Node | None:
    """A storage call whose object key comes from the request and is not tied to the caller:
    the key does not read the user's id, no condition before it compares the key with the
    user, and no database lookup of the key by its owner came first. Without a user, only a
    delete or copy counts (a public download by key is a public file)."""
    owner = owner - _COMMON_NAMES
    for n in walk(fn):
        if n.type == "new_expression" and _STORAGE_COMMAND.match(
                text(n.child_by_field_name("constructor"))):
            given = args(n)
            verb = text(n.child_by_field_name("constructor"))
        elif n.type == "call_expression" and _STORAGE_METHOD.search(callee(n).replace(
                "?.", ".")):
            given = args(n)
            if re.search(r"\.file\(\)", callee(n)):  # bucket.file(key).delete()
                inner = n.child_by_field_name("function").child_by_field_name("object")
                given = args(inner) if inner is not None and inner.type == "call_expression" \
                    else given
            verb = callee(n)
        else:
            continue
        if not user_known and not _STORAGE_WRITES.search(verb):
            continue
        keys = [p.child_by_field_name("value") for a in given if strip(a) is not None and
                strip(a).type == "object" for p in strip(a).named_children if p.type == "pair"
                and text(p.child_by_field_name("key")) in ("Key", "key", "Delete")]
        keys += [a for a in given if strip(a) is not None and strip(a).type != "object"]
        keys += [p for a in given if strip(a) is not None and strip(a).type == "object"
                 for p in strip(a).named_children if p.type == "shorthand_property_identifier"
                 and text(p) == "Key"]
        for key in keys:
            names = {text(i) for i in [key, *walk(key)] if i.type in (
                "identifier", "shorthand_property_identifier")}
            if not (names & tainted) or jsscan.mentions(key, owner):
                continue
            local = names & tainted
            if any(jsscan.mentions(cond, local) and jsscan.mentions(cond, owner)
                   for cond in jsscan.conditions_over(n, fn)):
                continue  # if (!key.startsWith(`${userId}/`)) return 403
            if any(c.start_byte < n.start_byte and jsscan.mentions(c, local) and
                   jsscan.mentions(jsscan.chain_top(c), owner) for c in flow.db):
                continue  # the file's row was looked up by key and owner first
            if any(jsscan.mentions(d.child_by_field_name("value"), owner) for d in walk(fn)
                   if d.type == "variable_declarator" and d.start_byte < n.start_byte and
                   jsscan.pattern_names(d.child_by_field_name("name")) & local):
                continue  # const key = `${userId}/${name}`
            return n
    return None


_IDOR = ("a row is picked by an id from the request with no owner filter and no RLS to scope "
         "it, so any signed-in user can reach anyone's; filter by the user's id too (or let "
         "RLS do it)")


_IDOR_OWNER = ("a row is written in the name of an owner id the request sends, and nothing here "
               "ties it to the signed-in user, so anyone can write as anyone; take the owner "
               "from the session (or let an RLS check compare it with auth.uid())")


# A server action that changes a row any caller names: signing in is all it asks, so it is also
# an action without the authorisation its change needs.
_IDOR_ACTION = ("a server action changes a row picked by an id the client sends, with no owner "
                "filter and no RLS to scope it: it asks who is signed in, not whether the row "
                "is theirs; filter by the user's id too (or let RLS do it)")


# A server action that checks no one (reported as such) and changes a row the client picks.
_IDOR_ANYONE = ("a server action changes a row picked by an id the client sends and never asks "
                "who calls, so anyone can change anyone's row; resolve the user, then filter by "
                "their id too (or let RLS do it)")
_IDOR_UNDER = ("a server action adds a row under a parent (a list, a board, a team) the client "
               "names and never asks who calls, so anyone can add to anyone's; resolve the "
               "user and check the parent is theirs first")


def _names_parent_from(top: Node, tainted: set[str]) -> bool:
    """A write whose values carry a parent's id the request sends (``listId:
    String(formData.get("listId"))``, ``{ boardId }`` read from the body); not the new row's
    own ``id``."""
    return bool(_parent_keys(top, tainted))


def _parent_keys(top: Node, tainted: set[str]) -> set[str]:
    """The keys of a write's parent ids the request sends (``listId``, ``event_id``)."""
    return {k for k, v in _write_fields(top) if k.lower() != "id" and _ID_NAME.search(k) and
            jsscan.mentions(v, tainted) and not _session_user(v)}


def _rpc_runs_as_caller(scan: _Scan, name: str | None) -> bool:
    """Whether ``supabase.rpc(name)`` through the caller's client reaches rows only as RLS
    lets the caller: any function but a ``security definer`` one that never reads
    ``auth.uid()`` (when the migrations do not define it, RLS is left to decide)."""
    if not name:
        return False
    qualified = sqlscan.qualify(name)
    if qualified not in scan.schema.definers:
        return True
    return any(e.kind == "function" and "auth.uid()" in e.text.lower().replace(" ", "")
               and sqlscan.qualify(".".join(p.sval for p in e.node.funcname)) == qualified
               for e in scan.schema.events)


def _rpc_counts_only(scan: _Scan, name: str | None) -> bool:
    """``supabase.rpc(name)`` of a function the migrations define as a counter's bump."""
    qualified = sqlscan.qualify(name) if name else None
    return qualified is not None and any(
        e.kind == "function" and sqlscan.counter_only(e.node) and
        sqlscan.qualify(".".join(p.sval for p in e.node.funcname)) == qualified
        for e in scan.schema.events)


def _decides_a_branch(call: Node) -> bool:
    """A call whose answer is an ``if``'s condition (or part of it)."""
    n = call
    while n.parent is not None and n.parent.type in (
            "await_expression", "parenthesized_expression", "unary_expression",
            "binary_expression"):
        n = n.parent
    return n.parent is not None and n.parent.type == "if_statement" and \
        n == n.parent.child_by_field_name("condition")


_ID_NAME = re.compile(r"(?:^|_)id$|[a-z]Id$|^uuid$", re.IGNORECASE)


def _idor_through_helper(scan: _Scan, mod: Module, entry: jsscan.Entry, flow: jsscan.AuthFlow,
                         tainted: set[str], owner: set[str],
                         checks: list[tuple[int, set[str]]], user_known: bool) -> Node | None:
    """``getThread(req.params.id)``: a project helper handed only the request's id (not the
    user, not the request) whose query picks rows by it with no owner filter, and whose result
    the handler never compares with the user. The helper cannot scope what it was not given."""
    for call in walk(entry.fn, skip_functions=True):
        if call.type != "call_expression" or "." in callee(call) or jsscan.is_db_call(call):
            continue
        given = args(call)
        ids = [a for a in given if jsscan.mentions(a, tainted) and _ID_NAME.search(
            text(a).rsplit(".", 1)[-1]) and not (strip(a) is not None and strip(
                a).type == "identifier" and _service_answer(mod, text(a), call))]
        if not ids or any(jsscan.mentions(a, owner | flow.user_names) or _session_user(a) or
                          text(a) in _COMMON_NAMES for a in given):
            continue  # an id the request chose (not filters, not what a lookup answered)
        if any(_bound_to(call) & names for _, names in checks) or any(
                call.start_byte >= end and (not names & tainted or any(jsscan.mentions(
                    a, names - _COMMON_NAMES) for a in given)) for end, names in checks):
            continue  # checked before (the user's role, or this id), or checked after
        if _decides_a_branch(call):
            continue  # if (!(await belongsTo(sourceId, params.id))) return 403: a check
        found = scan.project.resolve(mod, callee(call))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is None or fn.id == entry.fn.id:
            continue
        inner = jsscan.analyze(found[0], fn, scan.project)
        if inner.resolves:
            continue  # it finds the user itself
        params = _tainted_by(fn, True, jsscan.REQUEST_SOURCES, through_queries=False)
        for db in inner.db:
            top = jsscan.chain_top(db)
            chain = jsscan.dotted(top)
            writes = re.search(r"\.(?:update|delete|del|upsert)\(\)", chain + "()")
            if _supabase_chain(chain) or not _reads_request(top, params) or (
                    not user_known and not writes) or (
                    re.search(r"\.(?:insert|create|createMany|insertOne)\(\)", chain + "()")
                    and not writes):
                continue
            if _public_lookup(top, params) or _catalog_read(top) or _owner_filtered(
                    top, set(), params):
                continue
            return call
    return None


def _reads_request(top: Node, tainted: set[str]) -> bool:
    """Whether a query uses request input: ``req.session.x`` and ``req.user.x`` are what the
    server stored and who signed in, not what the request says."""
    for n in walk(top):
        if n.type not in ("identifier", "shorthand_property_identifier") or text(n) not in \
                tainted:
            continue
        up = n.parent
        if up is not None and up.type == "member_expression" and \
                up.child_by_field_name("object") == n and \
                text(up.child_by_field_name("property")) in ("session", "user"):
            continue
        return True
    return False


# Tables whose rows every signed-in user may see (a catalog); personal ones win
# (sqlscan.PRIVATE_TABLE: orders, notes, messages…).
_CATALOG = re.compile(r"product|categor|course|lesson|menu|dish|article|post|tag|faq|store|"
                      r"venue|movie|game|song|album|badge|template|announcement|listing|"
                      r"vehicle", re.IGNORECASE)


def _catalog_read(top: Node) -> bool:
    """A read of a catalog table (``prisma.product.findUnique``, ``Product.findById``,
    ``SELECT … FROM courses``, ``.from(events)``): no one's own rows."""
    chain = jsscan.dotted(top)
    names = [p.split("(")[0] for p in chain.split(".")[:-1]]
    for n in walk(top):
        if n.type == "string":
            m = re.search(r"\bfrom\s+[\"`]?(\w+)", jsscan.string_value(n) or "", re.IGNORECASE)
            if m:
                names.append(m.group(1))
        elif n.type == "call_expression" and callee(n).endswith(".from") and args(n):
            names.append(text(args(n)[0]))
    tables = [x for x in names if x and x not in ("prisma", "db", "ctx", "tx", "this") and
              not x.startswith("$")]
    return bool(tables) and all(_CATALOG.search(x) and not sqlscan.PRIVATE_TABLE.search(x) and
                                not re.search(r"user|profile|account|member", x, re.I)
                                for x in tables[-1:])


_PUBLIC_KEY = re.compile(r"^(?:slug|username|user_?name|handle|code|sku|category|tag|status|"
                         r"q|query|search|term|page|limit|offset|cursor|sort|order|locale|"
                         r"lang|published)$|"
                         # a secret the caller holds is the permission: a reset or session
                         # token, a passkey's id
                         r"(?:^|[._])(?:\w*token|\w*_hash|nonce|otp|\w*credential_?id)$",
                         re.IGNORECASE)
# How sign-in, sign-up and "forgot password" find a person (not with the service role, where
# an e-mail from the request names whose private rows to read).
_ACCOUNT_KEY = re.compile(r"(?:^|_)e_?mail$", re.IGNORECASE)


def _public_lookup(top: Node, tainted: set[str], keys: re.Pattern[str] = _PUBLIC_KEY,
                   any_key: bool = False) -> bool:
    """A read whose request values all go to shared names (``where: { username }``,
    ``.eq("slug", params.slug)``), none to an id; with ``any_key``, one that at least one
    request value goes to (the others only narrow it further)."""
    found = False
    for n in walk(top):
        if n.type not in ("identifier", "shorthand_property_identifier") or text(n) not in \
                tainted:
            continue
        key, up = None, n
        while up is not None and up is not top and key is None:
            parent = up.parent
            if parent is not None and parent.type == "pair" and up == \
                    parent.child_by_field_name("value"):
                key = parent.child_by_field_name("key")
            elif parent is not None and parent.type == "arguments" and \
                    parent.named_children and parent.named_children[0] != up and (
                        jsscan.string_value(parent.named_children[0]) is not None or
                        parent.named_children[0].type == "member_expression"):
                key = parent.named_children[0]  # .eq("slug", x); Drizzle's eq(users.email, x)
                if key.type == "member_expression":
                    key = key.child_by_field_name("property")
            up = parent
        if n.type == "shorthand_property_identifier":
            key = n
        name = (jsscan.string_value(key) or text(key)) if key is not None else \
            _sql_column_of(n, top)
        outer = up.parent.parent if up is not None and up.parent is not None else None
        if name.startswith("$") and outer is not None and outer.type == "pair":
            # Mongo's { email: { $eq: x } }: the field's name is the key
            name = jsscan.string_value(outer.child_by_field_name("key")) or text(
                outer.child_by_field_name("key"))
        if not keys.search(name):
            if any_key:
                continue
            return False
        found = True
    return found


_COMPARED_COLUMN = r"(\w+)\)?\s*(?:=|i?like)\s*(?:(?:lower|upper|trim)\(\s*)?"


def _sql_column_of(value: Node, top: Node) -> str:
    """The column raw SQL compares a value with: ``lower(contact_email) = lower(${email})`` in
    a tagged template, ``WHERE slug = $1`` with the value first in the parameter array; ""
    when it can't be told."""
    n = value
    while n.parent is not None and n.id != top.id and n.type not in ("template_substitution",
                                                                   "array"):
        n = n.parent
    if n.type == "template_substitution" and n.parent is not None:
        before = n.parent.text[:n.start_byte - n.parent.start_byte].decode("utf-8", "replace")
        m = re.search(_COMPARED_COLUMN + r"$", before, re.IGNORECASE)
        return m.group(1) if m else ""
    if n.type == "array" and n.parent is not None and n.parent.type == "arguments":
        items = n.named_children
        at = next((i for i, c in enumerate(items) if c.start_byte <= value.start_byte < c.end_byte),
                  None)
        sql = jsscan.string_value(n.parent.named_children[0]) if n.parent.named_children else None
        if sql is None and n.parent.named_children and \
                n.parent.named_children[0].type == "template_string":
            sql = text(n.parent.named_children[0])
        m = re.search(_COMPARED_COLUMN + rf"\${at + 1}\b", sql or "", re.IGNORECASE) \
            if at is not None else None
        return m.group(1) if m else ""
    return ""


# What a form or a request body carries (a public profile page's URL names a user on purpose;
# a form that posts whose rows to read does not).
_BODY_SOURCES = re.compile(r"\bformData\b|\b(?:req|request)\.body\b|\.json\(\)|"
                           r"\b(?:readBody|parseBody)\b|\bc\.req\.(?:json|parseBody|formData)\(")


def _owner_named_by_request(top: Node, tainted: set[str]) -> bool:
    """A filter on the column naming whose rows they are, with a request value
    (``.eq("customer_email", searchParams.email)``): with the service role, nobody checks that
    the visitor is that person."""
    return any(n.type == "call_expression" and len(a := args(n)) >= 2 and re.search(
        r"email|" + _OWNER_WORD.pattern, jsscan.string_value(a[0]) or "", re.IGNORECASE) and
        jsscan.mentions(a[1], tainted) for n in [top, *walk(top)])


def _owner_from_request(top: Node, tainted: set[str]) -> bool:
    """A query whose owner the request names (``.eq("user_id", body.userId)``,
    ``.eq("id", formData.get("userId"))``; ``tainted``: names read from the request, not the
    handler's parameters, which a wrapper may fill with the signed-in user). Code that knows
    who is signed in has no reason to ask the request whose rows to touch, unless it lets the
    request pick anyone's."""
    for n in [top, *walk(top)]:
        if n.type != "call_expression":
            continue
        a = args(n)
        if len(a) < 2 or (not jsscan.mentions(a[1], tainted) and
                          not _BODY_SOURCES.search(text(a[1]))):
            continue
        column = jsscan.string_value(a[0]) or ""
        if _OWNER_WORD.search(column) or _OWNER_WORD.search(text(a[1])):
            return True
    return False


# Tables whose rows let someone in: an invite, a membership, a role, a permission.
_ACCESS_TABLE = re.compile(r"(?:invit(?:e|ation)s?|members?(?:hips?)?|roles?|permissions?|"
                           r"collaborators?|admins?)$", re.IGNORECASE)


# Tables only the site's owner fills (its catalog, its prices) or that keep a business's money
# records: no visitor's form writes them, unless the name says what a visitor sends about
# them (a course's registrations, a product's stock alerts or reviews).
_CURATED_TABLE = re.compile(r"product|categor|course|lesson|menu|dish|faq|announcement|coupon|"
                            r"discount|inventor|sku|invoice|payout|ledger|payroll|salar|refund",
                            re.IGNORECASE)
_VISITOR_SENDS = re.compile(r"sign_?ups?|registration|enrol|request|alert|notif|subscri|wait|"
                            r"inquir|enquir|message|feedback|review|rating|comment|booking|"
                            r"order|rsvp|application|submission|vote|lead|contact|question|"
                            r"report|interest|suggest", re.IGNORECASE)


def _inserted_tables(flow: jsscan.AuthFlow) -> Iterator[str]:
    """The names an insert's chain writes to (``prisma.invite.create``, ``.from("team_members")``,
    ``db.insert(memberships)``, ``knex("products").insert``, ``INSERT INTO x``), with the
    chain's other names."""
    for c in flow.db:
        top = jsscan.chain_top(c)
        names = [p.split("(")[0] for p in jsscan.dotted(top).split(".")[:-1]]
        names.append(_from_table(top) or "")
        names += [text(a) for n in [top, *walk(top)] if n.type == "call_expression" and
                  callee(n).endswith((".insert", ".insertInto")) for a in args(n)[:1]
                  if a.type in ("identifier", "member_expression", "string")]
        names += [jsscan.string_value(args(n)[0]) or "" for n in [top, *walk(top)]
                  if n.type == "call_expression" and callee(n) in ("knex", "db") and args(n)]
        sql = jsscan.string_value(args(c)[0]) if args(c) else None
        into = re.match(r"\s*insert\s+into\s+([\w.\"]+)", sql or "", re.IGNORECASE)
        names.append(into.group(1).replace('"', "") if into else "")
        yield from (n.rsplit(".", 1)[-1] for n in names if n)


def _inserts_access(flow: jsscan.AuthFlow) -> bool:
    """An insert into an access table: no visitor's form (a waitlist, a guestbook) but a grant
    that only a signed-in member of what it opens may make."""
    return any(_ACCESS_TABLE.search(n) for n in _inserted_tables(flow))


def _inserts_curated(flow: jsscan.AuthFlow) -> bool:
    """An insert into a table the site's owner keeps (a product, a course, an invoice and its
    lines): no visitor's form (a contact message, a sign-up) but the owner's own work."""
    return any(_CURATED_TABLE.search(n) and not _VISITOR_SENDS.search(n)
               for n in _inserted_tables(flow))


def _inserts_as_named_owner(fn: Node, flow: jsscan.AuthFlow, scan: _Scan | None = None,
                           mod: Module | None = None) -> bool:
    """An insert whose owner column the request names (``author_id: body.authorId``): not a
    public form (a guestbook, a contact message) but a write in anyone's name."""
    tainted = _tainted_by(fn, True, jsscan.REQUEST_SOURCES, sanitizers=False)
    return any(_names_owner_from(jsscan.chain_top(c), tainted, scan, mod) for c in flow.db)


def _names_owner_from(top: Node, tainted: set[str], scan: _Scan | None = None,
                      mod: Module | None = None) -> bool:
    """A write whose owner column the request names (``owner_id: parsed.data.ownerId``,
    ``{ user_id: userId }`` with ``userId`` from the body), or that writes a parsed body
    whole whose schema has one (``data: parsed.data`` after ``z.object({ ownerId })``): the
    row is made in whoever's name the caller typed, another person's reach as much as a row
    picked by id."""
    fields = list(_write_fields(top))
    if any(_OWNER_WORD.search(k) and jsscan.mentions(v, tainted) and not _session_user(v)
           for k, v in fields):
        return True
    if scan is None or mod is None:
        return False
    set_here = {k for k, _ in fields}  # { ...body, ownerId: session.user.id } overrides it
    fn = jsscan.enclosing_function(top) or mod.root
    return any(_OWNER_WORD.search(k) and k not in set_here
               for whole in _whole_values(top) if jsscan.mentions(whole, tainted)
               for k in (_parsed_keys(scan, mod, fn, whole) or _written_columns(scan, mod, top)))


def _written_columns(scan: _Scan, mod: Module, top: Node) -> set[str]:
    """The columns of the table a write goes to, when the project declares it: a Drizzle
    ``db.insert(projects)`` table, a Prisma ``prisma.project.create`` model in schema.prisma.
    A body written whole may set any of them."""
    for call in [top, *walk(top)]:
        if call.type == "call_expression" and callee(call).endswith(".insert") and args(call):
            return _table_columns(scan, mod, args(call)[0])
    model = re.match(r"(?:prisma|db|tx|ctx\.(?:db|prisma))\.(\w+)\.(?:create|upsert|update)",
                     jsscan.dotted(top))
    if model is None:
        return set()
    for path, src in scan.files.items():
        if path.endswith("schema.prisma"):
            block = re.search(rf"^model\s+{re.escape(model.group(1))}\s*\{{(.*?)^\}}", src,
                              re.MULTILINE | re.DOTALL | re.IGNORECASE)
            if block is not None:
                return set(re.findall(r"^\s*(\w+)\s+\w", block.group(1), re.MULTILINE))
    return set()


def _whole_values(top: Node) -> Iterator[Node]:
    """The objects a write takes whole, not key by key: Prisma's ``data: input`` (``{ data
    }`` too), a spread ``{ ...body, status }``, ``.values(input)``, ``Model.create(entry)``."""
    for n in [top, *walk(top)]:
        if n.type == "spread_element" and n.named_children:
            yield n.named_children[0]
        elif n.type == "pair" and text(n.child_by_field_name("key")) in _WRITTEN_KEYS:
            yield n.child_by_field_name("value")
        elif n.type == "shorthand_property_identifier" and text(n) in _WRITTEN_KEYS:
            yield n
        elif n.type == "call_expression" and jsscan.is_write(n):
            yield from (a for a in args(n) if (strip(a) or a).type in (
                "identifier", "member_expression", "call_expression"))


# A parse by a schema: zod/yup/superstruct's S.parse(x) / S.safeParse(x) / S.validate(x),
# valibot's v.parse(S, x).
_SCHEMA_PARSE = re.compile(r"^(?P<schema>[\w$.]+?)\.(?:safeParse|parse|validate|cast|"
                           r"create)(?:Async|Sync)?$|^(?:\w+\.)?(?:safeParse|parse|assert)$")


def _parsed_keys(scan: _Scan, mod: Module, fn: Node, node: Node | None) -> set[str]:
    """The keys a value parsed from the request can hold, read from the schema it was parsed
    with (``parsed.data``, ``const { data } = S.safeParse(…)``, ``v.parse(S, body)``), or that
    a validating builder handed it (next-safe-action's ``.schema(S).action(({ parsedInput })
    => …)``, tRPC's ``.input(S).mutation(({ input }) => …)``, Hono's ``c.req.valid("json")``
    after ``zValidator("json", S)``); the schema here or imported; ``.omit`` taken off."""
    node = strip(node)
    if node is not None and node.type == "member_expression" and text(
            node.child_by_field_name("property")) in ("data", "output", "value"):
        node = strip(node.child_by_field_name("object"))
    if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
        bound = strip(jsscan.declaration_of(fn, text(node), node.start_byte))
        if bound is None and text(node) in set().union(*_parameter_names(fn)):
            return _schema_keys(scan, mod, _builder_schema(fn))
        node = bound
    if node is not None and node.type == "call_expression" and re.search(
            r"\.req\.valid$", callee(node)):
        return _schema_keys(scan, mod, _builder_schema(fn))
    if node is None or node.type != "call_expression":
        return set()
    m = _SCHEMA_PARSE.match(callee(node))
    if m is None:
        return set()
    named = [m.group("schema") or "", text(args(node)[0]) if args(node) else ""]
    return next((keys for n in named if (keys := _schema_keys(scan, mod, n))), set())


def _builder_schema(fn: Node) -> Node | None:
    """The schema a validating builder checks before it calls ``fn``: the argument of
    ``.schema``/``.inputSchema``/``.input`` in the chain ``fn`` is handed to, or of a
    ``zValidator``/``vValidator`` beside it in a route's arguments."""
    call = fn.parent.parent if fn.parent is not None and fn.parent.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return None
    for n in walk(call):
        if n.type == "call_expression" and args(n) and (
                callee(n).rsplit(".", 1)[-1] in ("schema", "inputSchema", "input") or
                re.fullmatch(r"[zv]Validator|validator|sValidator", callee(n))):
            return args(n)[-1]
    return None


def _schema_keys(scan: _Scan, mod: Module, schema: str | Node | None) -> set[str]:
    """The top-level keys of a zod/valibot/yup object schema, written in place or named
    (here or imported), those ``.extend``/``.merge`` add, less those ``.omit`` takes off."""
    if schema is not None and not isinstance(schema, str):
        schema = strip(schema)
        value = schema if schema is not None and schema.type == "call_expression" else None
        schema = "" if value is not None else text(schema)
    else:
        value = None
    found = scan.project.resolve(mod, schema) if schema and re.fullmatch(
        r"[\w$]+", schema) else None
    value = strip(found[1]) if found is not None else value
    owner = found[0] if found is not None else mod
    if value is None or value.type != "call_expression":
        return set()
    keys: set[str] = set()
    dropped: set[str] = set()
    for call in [value, *walk(value)]:
        name = callee(call).rsplit(".", 1)[-1] if call.type == "call_expression" else ""
        if name in ("createInsertSchema", "createSelectSchema", "createUpdateSchema") and \
                args(call):  # drizzle-zod: the table's own columns
            keys |= _table_columns(scan, owner, args(call)[0])
            continue
        if name not in ("object", "extend", "merge", "omit", "strictObject", "looseObject"):
            continue
        obj = strip(args(call)[0]) if args(call) else None
        if obj is not None and obj.type == "identifier":  # z.object(shape)
            held = scan.project.resolve(owner, text(obj))
            obj = strip(held[1]) if held is not None else None
        if obj is None or obj.type != "object":
            continue
        names = {jsscan.string_value(p.child_by_field_name("key")) or text(
            p.child_by_field_name("key")) for p in obj.named_children if p.type == "pair"}
        (dropped if name == "omit" else keys).update(names)
    return keys - dropped


def _table_columns(scan: _Scan, mod: Module, table: Node) -> set[str]:
    """The column keys of a Drizzle table named here or imported (``pgTable("projects", {
    ownerId: text("owner_id") })``)."""
    found = scan.project.resolve(mod, text(table)) if re.fullmatch(r"[\w$]+", text(
        table)) else None
    value = strip(found[1]) if found is not None else None
    cols = strip(args(value)[1]) if value is not None and value.type == "call_expression" and \
        re.search(r"(?:pg|sqlite|mysql)Table$", callee(value)) and len(args(value)) > 1 else None
    return {jsscan.string_value(p.child_by_field_name("key")) or text(
        p.child_by_field_name("key")) for p in cols.named_children
        if p.type == "pair"} if cols is not None and cols.type == "object" else set()


_WRITTEN_KEYS = {"data", "create", "update"}


def _writes_values(call: Node) -> bool:
    """A call whose arguments are the values written, not a filter: Drizzle's ``.set({…})``
    and ``.values({…})``, an insert, supabase-js' and knex' ``.update({…})`` (Prisma's
    ``update({ where, data })`` carries its filter; an upsert of the user's row is theirs)."""
    method = callee(call).rsplit(".", 1)[-1]
    first = strip(args(call)[0]) if args(call) else None
    return method in ("set", "values", "insert") or (
        method == "update" and first is not None and first.type == "object" and not any(
            p.type == "pair" and text(p.child_by_field_name("key")) == "where"
            for p in first.named_children))


def _owner_filtered(top: Node, owner: set[str], tainted: set[str]) -> bool:
    """Whether a query compares rows with the signed-in user: an argument (a filter value, a
    ``where`` entry, a query parameter) that reads the user and no request input, or
    ``auth.uid()`` in its SQL. ``.eq("id", id ?? user.id)`` is not one: the request picks."""
    def units(node: Node) -> Iterator[Node]:
        node = strip(node) or node
        if node.type in ("object", "array", "arguments"):
            for c in node.named_children:
                if c.type == "pair":
                    key = jsscan.string_value(c.child_by_field_name("key")) or text(
                        c.child_by_field_name("key"))
                    value = c.child_by_field_name("value")
                    if key in _WRITTEN_KEYS:
                        continue  # Prisma's data: what is written, no filter
                    if _OWNER_WORD.search(key) and value is not None and not jsscan.mentions(
                            value, tainted) and not jsscan.is_literal(value):
                        yield c  # where: { userId: session.userId }
                        continue
                    yield from units(value)
                elif c.type == "shorthand_property_identifier":
                    yield c
                else:
                    yield from units(c)
        elif node.type == "template_string":  # sql`… where owner_id = ${userId}`
            for c in node.named_children:
                if c.type == "template_substitution" and c.named_children:
                    yield c.named_children[0]
        else:
            yield node

    for n in [top, *walk(top)]:
        if n.type != "call_expression" or _writes_values(n):
            continue
        a = args(n)
        if len(a) >= 2 and _OWNER_WORD.search(jsscan.string_value(a[0]) or "") and (
                not jsscan.mentions(a[1], tainted) or _session_user(a[1])) and \
                not jsscan.is_literal(a[1]):
            return True  # .eq("user_id", uid)
        for arg in a:
            if "auth.uid()" in text(arg) and arg.type in ("string", "template_string"):
                return True
            for unit in units(arg):
                if unit.type == "pair" or (jsscan.mentions(unit, owner) and not jsscan.mentions(
                        unit, tainted)) or _session_user(unit):
                    return True
    return False


# A filter that keeps only rows nobody holds: Drizzle's isNull(t.col), SQL's ``col is null``,
# supabase-js' .is("col", null), Prisma's where: { col: null }.
_NULL_FILTER = re.compile(r"\bisNull\(\s*(?:\w+\.)*(\w+)\s*\)|\b(\w+)\s+is\s+null\b|"
                          r"""\.is\(\s*['"`](\w+)['"`]\s*,\s*null\s*\)|"""
                          r"\bwhere\s*:\s*\{[^{}]*?\b(\w+)\s*:\s*null\b", re.IGNORECASE)


def _claims_unowned(top: Node, owner: set[str]) -> bool:
    """An update that takes a free row for the caller: it sets a column to the user and only
    where that column is still empty (``set booked_by = ${userId} where id = ${slotId} and
    booked_by is null``). The id is the client's pick, but no one's row can be reached: a
    row someone holds is not matched."""
    src = text(top)
    users = "|".join([re.escape(u) for u in sorted(owner - _COMMON_NAMES) if u] + [
        jsscan.SESSION_USER.pattern.replace("\n", "")] * ("ctx" in owner or "req" in owner))
    if not users:
        return False
    for m in _NULL_FILTER.finditer(src):
        column = next(g for g in m.groups() if g)
        spelled = r"_?".join(re.escape(c) for c in re.sub(r"_", "", column))
        # (assigneeId: ctx.userId: the whole ctx is the user's, as is req.user)
        if re.search(rf"\b{spelled}\b\s*[:=]\s*(?:\$\{{\s*)?(?:{users})\b", src,
                     re.IGNORECASE):
            return True
    return False


def _session_user(node: Node) -> bool:
    """The session's user and no request input: ``req.user.id``, ``locals.user.id``."""
    src = text(node)  # Hono's c.get("userId") is middleware's, though it reads like a query's
    return bool(jsscan.SESSION_USER.search(src)) and not jsscan.REQUEST_SOURCES.search(
        jsscan.SESSION_USER.sub("", src))


def _lookups_under_checks(fn: Node, checks: list[tuple[int, set[str]]]
                          ) -> list[tuple[int, set[str]]]:
    """``if (!existing) return 404`` after ``existing = find({ id: invoiceId, formationId:
    params.id })``, once ``params.id`` was checked: the row is proven to sit under a checked
    parent, so ``invoiceId`` is checked too."""
    out: list[tuple[int, set[str]]] = []
    for n in walk(fn, skip_functions=True):
        cond = strip(n.child_by_field_name("condition")) if n.type == "if_statement" else None
        if cond is None or cond.type != "unary_expression" or not text(cond).startswith("!") \
                or not jsscan._exits(n.child_by_field_name("consequence")):
            continue
        target = strip(cond.named_children[0]) if cond.named_children else None
        if target is None or target.type != "identifier":
            continue
        value = jsscan.declaration_of(fn, text(target), cond.start_byte)
        if value is None or not any(c.type == "call_expression" and jsscan.is_db_call(c)
                                    for c in [strip(value) or value, *walk(value)]):
            continue
        if any(end <= n.start_byte and jsscan.mentions(value, names - _COMMON_NAMES)
               for end, names in [*checks, *out]):
            out.append((n.end_byte, {text(target)} | {
                text(i) for i in walk(value) if i.type == "identifier"}))
    return out


def _request_reads(node: Node) -> set[str]:
    """The request's values a node reads whole (``req.params.groupId``,
    ``c.req.param("projectId")``), as written: a check of one and a query by the same one are
    about the same row."""
    def whole(m: Node) -> bool:  # not the head of a longer read (req.params of req.params.id)
        up = m.parent
        head = {"member_expression": "object", "call_expression": "function"}.get(
            up.type if up is not None else "")
        return head is None or up.child_by_field_name(head) != m
    return {text(m) for m in walk(node) if m.type in ("member_expression", "call_expression")
            and text(m).count(".") >= 2 and whole(m) and
            jsscan.REQUEST_SOURCES.search(text(m)) and not _session_user(m)}


# Names every query mentions, whatever row it is about: they tie no query to a check.
_COMMON_NAMES = {"db", "prisma", "supabase", "eq", "and", "or", "sql", "await", "req", "res",
                 "request", "event", "locals", "ctx", "c", "context", "String", "Number",
                 "parseInt", "BigInt"}


def _ownership_checks(fn: Node, owner_locals: set[str], scan: _Scan | None = None,
                      mod: Module | None = None) -> list[tuple[int, set[str]]]:
    """Where a handler stops unless a row belongs to the user (or the user may act on any
    row): ``if (note.userId !== req.user.id) return res.sendStatus(403)``; with the names the
    condition reads (``note``)."""
    out = []
    for n in walk(fn, skip_functions=True):
        if n.type != "if_statement":
            continue
        cond = n.child_by_field_name("condition")
        src = text(cond)
        if (re.search(r"[!=]==?|\.equals\(", src) or _missing_grant(cond, fn, owner_locals)) and (
                jsscan.mentions(cond, owner_locals) or jsscan.SESSION_USER.search(src)) and \
                jsscan._exits(n.child_by_field_name("consequence")) and \
                not _refuses_one_kind(n) and not _plan_gate(cond, owner_locals, scan, mod):
            # (role === "banned": no row is compared; hasPaid(user.id): no row, no role)
            names = {text(i) for i in [cond, *walk(cond)] if i.type == "identifier"}
            todo = list(names)
            names |= _request_reads(cond) | _member_reads(cond)  # isMember(input.groupId, …)
            while todo:  # ok = canEdit(step.listId, user.id) after step = find(doc.stepId)…
                value = jsscan.declaration_of(fn, todo.pop(), cond.start_byte)
                more = {text(i) for i in walk(value) if i.type in (
                    "identifier", "shorthand_property_identifier")} - names if \
                    value is not None else set()  # findUnique({ where: { id } }) reads id
                names |= more | (_request_reads(value) if value is not None else set())
                todo += more
            out.append((n.end_byte, names))
    return out


_CHECK_NAME = re.compile(r"^(?:ensure|assert|require|check|verify|authori[sz]e|guard|can)"
                         r"[A-Z_]\w*$")


def _helper_checks(scan: _Scan, mod: Module, fn: Node, owner: set[str], tainted: set[str]
                   ) -> list[tuple[int, set[str]]]:
    """A statement that only calls a helper with the row's id and the user and goes on if it
    returns: ``await ensureGroupMember(db, groupId, ctx.user.id)``. The helper throws when the
    user may not (its body has a ``throw``; an unseen library's by its name's promise), so
    what follows is about a row the user was checked against; with the names it was given."""
    out = []
    for n in walk(fn, skip_functions=True):
        declared = n.type == "lexical_declaration" and len(n.named_children) == 1
        if declared:
            value = n.named_children[0].child_by_field_name("value")  # const user = await …
            call = strip(value) if value is not None else None
        elif n.type == "expression_statement" and n.named_children:
            call = strip(n.named_children[0])
        else:
            continue
        if call is not None and call.type == "await_expression" and call.named_children:
            call = strip(call.named_children[0])
        if call is None or call.type != "call_expression" or not args(call):
            continue
        given = call.child_by_field_name("arguments")
        name = callee(call).rsplit(".", 1)[-1]
        found = scan.project.resolve(mod, callee(call))
        helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        own = helper is not None and found is not None and jsscan.mentions(
            given, tainted) and _checks_own_user(scan, found[0], helper)
        if not jsscan.mentions(given, tainted) or not (
                jsscan.mentions(given, owner) or jsscan.SESSION_USER.search(text(given)) or own):
            continue  # checkApiKey(profile.key): about the user alone, no row's check
        if declared and not (own or _CHECK_NAME.match(name)):
            continue  # const post = await findPost(id, user.id): a lookup, judged by its use
        if declared and not own and _QUESTION_NAME.match(name) and not _refused_without(
                fn, jsscan.pattern_names(n.named_children[0].child_by_field_name("name"))):
            continue  # const allowed = await canEdit(id, user.id), never tested
        if helper is not None and helper is not fn:
            if not any(t.type == "throw_statement" for t in walk(helper)):
                continue
        elif not _CHECK_NAME.match(name):
            continue
        out.append((n.end_byte, {text(i) for i in walk(given) if i.type == "identifier"} |
                    _request_reads(given) | _member_reads(given)))
    return out


# A helper handed only the signed-in user that checks a role: the user may act on any row.
_ROLE_HELPER = re.compile(r"admin|role|staff|moderator|superuser|permission", re.IGNORECASE)
# A return that asks for a privileged role: equal to one (``u?.role === "ADMIN"``), one of a
# list of them (``["admin", "coordinator"].includes(m.role)``), or a flag of one
# (``u.isAdmin``); not ``role !== "banned"`` (everyone but one kind), ``Boolean(u?.role)``, nor
# a role every member has (``role === "member"``, ``roles.includes("verified")``).
_PRIVILEGED = (r"(?:super_?)?admin\w*|owner|staff|moderator|manager|editor|superuser|"
               r"coordinator|organi[sz]er|maintainer")
_PRIVILEGE_TEST = re.compile(
    rf"""(?:role|permission)s?\w*\s*===?\s*(['"`])(?:{_PRIVILEGED})\1|"""
    rf"""(['"`])(?:{_PRIVILEGED})\2\s*===?\s*[\w$.?]*(?:role|permission)|"""
    rf"""\[[^\]]*(['"`])(?:{_PRIVILEGED})\3[^\]]*\]\s*\.includes\(\s*[\w$.?]*(?:role|permission)|"""
    rf"""(?:role|permission)s?\??\.(?:includes|has)\(\s*(['"`])(?:{_PRIVILEGED})\4|"""
    r"""[\w$?]\.(?:is_?)?(?:admin|staff|moderator|superuser|super_?admin)\b(?!\s*[!=]==?)""",
    re.IGNORECASE)


def _plan_gate(cond: Node | None, owner: set[str], scan: _Scan | None = None,
               mod: Module | None = None) -> bool:
    """``if (!(await hasPaid(ctx.session.user.id))) throw …``: a helper handed only the
    signed-in user that checks no role (a plan, a verified email) checks no row and makes
    no one an admin, so it ends no idor check. Its role check is read in its name, or in its
    body when it is the project's (``canManage(id)`` returning ``u?.role === "ADMIN"``)."""
    cond = strip(cond)
    if cond is None or cond.type != "unary_expression" or not text(cond).startswith("!") \
            or not cond.named_children:
        return False
    call = strip(cond.named_children[0])
    if call is None or call.type != "call_expression" or not args(call) or \
            _ROLE_HELPER.search(callee(call)):
        return False
    if scan is not None and mod is not None and any(
            r is not None and _PRIVILEGE_TEST.search(text(r)) and not _SELF_SET.search(text(r))
            for r in _helper_returns(scan, mod, callee(call))[1]):
        return False  # its body asks for a privileged role: a role gate by another name
    return all(a.type in ("identifier", "member_expression") and (
        _session_user(a) or text(a).split(".", 1)[0] in owner) for a in args(call))


def _member_reads(node: Node | None) -> set[str]:
    """The values a node reads whole off a local (``input.groupId``, ``p.groupId``,
    ``formData.get("groupId")``): a check of one is about that value, not every property of
    ``input``."""
    def off_local(m: Node) -> bool:
        if m.type == "call_expression":  # formData.get("groupId")
            f = m.child_by_field_name("function")
            return f is not None and f.type == "member_expression" and bool(args(m)) and all(
                a.type == "string" for a in args(m)) and getattr(strip(
                    f.child_by_field_name("object")), "type", "") == "identifier"
        head = strip(m.child_by_field_name("object"))
        return m.type == "member_expression" and head is not None and head.type == "identifier" \
            and not (m.parent is not None and m.parent.type in ("member_expression",
                                                                 "call_expression")
                     and m.parent.child_by_field_name("object" if m.parent.type ==
                                                      "member_expression" else "function") == m)
    return {text(m) for m in walk(node) if off_local(m)} if node is not None else set()


def _checks_own_user(scan: _Scan, mod: Module, helper: Node) -> bool:
    """A helper that resolves the signed-in user itself and looks a row up by what it is
    given and by that user (``assertMember(orgId)``: a membership of this user in that org),
    throwing when there is none: the caller's id is checked against the user."""
    flow = jsscan.analyze(mod, helper, scan.project)
    if not flow.resolves or not flow.user_names:
        return False
    params = set().union(*_parameter_names(helper)) if _parameter_names(helper) else set()
    owner = _owner_names(helper, flow.user_names)
    return bool(params) and any(jsscan.mentions(c, params) and jsscan.mentions(c, owner) and
                                _refused_without(helper, _bound_to(c)) for c in flow.db)


def _refused_without(fn: Node, names: set[str]) -> bool:
    """``if (!membership) throw …`` (or return) on the row a lookup bound to ``names``: no
    row, no going on. A throw about something else (not signed in) is not that refusal."""
    return bool(names) and any(
        n.type == "if_statement" and jsscan.mentions(n.child_by_field_name("condition"), names)
        and jsscan._exits(n.child_by_field_name("consequence")) for n in walk(fn))


# A helper whose name asks a yes/no question: its answer checks nothing until it is tested.
_QUESTION_NAME = re.compile(r"^(?:can|check|is|has)[A-Z_]\w*$")


def _missing_grant(cond: Node | None, fn: Node, owner_locals: set[str]) -> bool:
    """``if (!membership) return 403`` where ``membership`` is a row looked up by the signed-in
    user (``findFirst({ where: { teamId, userId: session.user.id } })``): no row, no access."""
    cond = strip(cond)
    if cond is None or cond.type != "unary_expression" or not text(cond).startswith("!"):
        return False
    target = strip(cond.named_children[0]) if cond.named_children else None
    if target is not None and target.type == "call_expression":
        # if (!(await verifyOwnership(params.id, workspaceId))) return fail(403);
        # if (!(await isMember(req.params.groupId, req.user.id))) return res.status(404).end()
        return jsscan.mentions(target.child_by_field_name("arguments"), owner_locals) or any(
            _session_user(a) for a in args(target))
    if target is None or target.type != "identifier":
        return False
    value = jsscan.declaration_of(fn, text(target), cond.start_byte)
    if value is None:
        return False
    call = strip(value)
    given = call.child_by_field_name("arguments") if call is not None and \
        call.type == "call_expression" else None
    if given is not None and (jsscan.mentions(given, owner_locals - {text(target)}) or any(
            _session_user(n) for n in walk(given) if n.type == "member_expression")):
        return True  # canEdit(user.id, params.id), verifyOwnership(id, workspaceId): a check;
        # Group.exists({ _id: req.params.groupId, members: req.user._id })
    if text(target) not in owner_locals:
        return False
    return any(n.type == "call_expression" and jsscan.is_db_call(n)
               for n in [call or value, *walk(value)])


def _bound_to(call: Node) -> set[str]:
    """The names a call's result is bound to (``const note = await Note.findById(id)``)."""
    n = jsscan.chain_top(call)
    while n.parent is not None and n.parent.type in ("await_expression",
                                                     "parenthesized_expression"):
        n = n.parent
    if n.parent is not None and n.parent.type == "variable_declarator":
        return jsscan.pattern_names(n.parent.child_by_field_name("name"))
    return set()


def _supabase_chain(chain: str) -> bool:
    """supabase-js's ``x.from("t").select()``; not a SQL builder's ``select().from(t)``
    (Drizzle on any handle: ``useDrizzle().select().from(notes)``), whose rows no RLS
    scopes."""
    return ".from()" in chain and not chain.startswith(("db.", "database.", "tx.")) and \
        ".select().from()" not in chain and not jsscan.DB_HANDLE.match(chain.split(".")[0])


def _from_table(top: Node) -> str | None:
    for n in [top, *walk(top)]:
        if n.type == "call_expression" and callee(n).endswith(".from"):
            a = args(n)
            return jsscan.string_value(a[0]) if a else None
    return None


# ---------------------------------------------------------------------- flows into sinks


def _functions(mod: Module) -> Iterator[Node]:
    yield mod.root
    yield from mod.of_type(*jsscan.FUNCTIONS)


def _taint(mod: Module, node: Node, entry_fns: set[int], sources: re.Pattern[str],
           props: bool = True, trusted: Callable[[Node], bool] | None = None,
           containers: frozenset[str] = frozenset()) -> set[str]:
    """Names holding input where ``node`` is: of each enclosing function (parameters count
    for entries, callbacks of sources, and with ``props`` React components), and module-level
    ones. ``trusted`` judges a sanitiser-named call (``safeNext(x)``) by what it does: one it
    refuses leaves its answer input. ``containers``: arrays and objects input written into
    (``params[k] = v``, ``tasks.push({ title })``) hold it."""
    sources = _with_source_helpers(mod, sources)
    key = f"taint:{sources.pattern}:{bool(containers)}"
    if key not in mod.cache:  # module-level names: cached with the module, so judged alone
        mod.cache[key] = _tainted_by(mod.root, False, sources, containers=containers)
    names: set[str] = set(mod.cache[key])
    chain = []
    fn = jsscan.enclosing_function(node)
    while fn is not None:
        chain.append(fn)
        fn = jsscan.enclosing_function(fn)
    for fn in reversed(chain):  # outermost first: a closure sees what its outer scope holds
        params = fn.id in entry_fns or (props and _component(fn)) or _callback_of_source(
            fn, sources)
        elements = _element_parameters(fn) if not params and _callback_over(fn, names) \
            else set()
        names |= _tainted_by(fn, params, sources, seed=names | elements, loops=True,
                             trusted=trusted, containers=containers)
    return names


def _with_source_helpers(mod: Module, sources: re.Pattern[str]) -> re.Pattern[str]:
    """``sources`` plus calls of this file's functions that hand one back: ``function
    getParam(n) { return new URLSearchParams(location.search).get(n) }`` makes
    ``getParam("name")`` input wherever it is read, as the inline expression would be. A
    helper counts by what it returns (a source, or a local holding one), not by its name;
    a helper of such helpers too (two rounds)."""
    key = f"source-helpers:{sources.pattern}"
    if key in mod.cache:
        return mod.cache[key]
    if sources is _DOM_SOURCES and not re.search(r"readAs(?:Text|BinaryString|ArrayBuffer)\b",
                                                 mod.src):
        # only readAsDataURL: the result is a data: URL of the file, none of its text
        sources = re.compile(sources.pattern.replace(_FILE_TEXT + "|", ""), sources.flags)
    elif sources is _DOM_SOURCES and "FileReader" in mod.src:
        # whatever the reader is called: the names bound to a new FileReader(), and this.result
        # in its onload
        readers = sorted({name for d in mod.of_type("variable_declarator", "assignment_expression")
                          if re.fullmatch(r"new\s+FileReader\s*\(\s*\)", text(
                              d.child_by_field_name("value") or d.child_by_field_name("right")))
                          for name in _bound_names(d.child_by_field_name("name") or
                                                   d.child_by_field_name("left"))})
        held = _FILE_TEXT.replace("fr)", "|".join(["fr", "this", "currentTarget",
                                                     *map(re.escape, readers)]) + ")")
        sources = re.compile(sources.pattern.replace(_FILE_TEXT, held), sources.flags)
    found = sources
    for _ in range(2):
        names = sorted(name for name, value in mod.top.items()
                       if re.fullmatch(r"[A-Za-z_$][\w$]*", name) and
                       _returns_input(jsscan.function_of(mod, value)[0], found))
        if not names:
            break
        found = re.compile(f"{sources.pattern}|(?<![\\w$.])(?:"
                           f"{'|'.join(map(re.escape, names))})\\s*\\(", sources.flags)
    mod.cache[key] = found
    return found


def _bound_names(target: Node | None) -> set[str]:
    """The names an assignment's left side binds: a pattern's, or a member's property
    (``this.reader = …`` is read as ``this.reader.result``)."""
    if target is not None and target.type == "member_expression":
        return {text(target.child_by_field_name("property"))}
    return jsscan.pattern_names(target)


def _returns_input(fn: Node | None, sources: re.Pattern[str]) -> bool:
    """A function whose answer reads ``sources`` (its parameters are not input here: a
    helper that returns what it was given is only as tainted as its caller's argument)."""
    if fn is None:
        return False
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        values = [body]
    else:
        values = [r.named_children[0] for r in walk(body, skip_functions=True)
                  if r.type == "return_statement" and r.named_children]
    if not values:
        return False
    held = _tainted_by(fn, False, sources)
    return any(sources.search(text(v)) or jsscan.mentions(v, held) for v in values)


# Calls that put their arguments into the array, set or map they are called on.
_STORES_INTO = re.compile(r"^([\w$]+)(?:\.[\w$]+)*\.(?:push|unshift|splice|add|set)$")


def _containers(mod: Module) -> frozenset[str]:
    """Names declared as an array or object the code fills (``let tasks = JSON.parse(saved ||
    "[]")``, ``var params = {}``, ``new Map()``): what is written into them, they hold."""
    if "containers" not in mod.cache:
        def holder(v: Node | None) -> bool:
            v = strip(v)
            if v is None:
                return False
            if v.type in ("array", "object"):
                return True
            if v.type == "new_expression":
                return text(v.child_by_field_name("constructor")) in ("Map", "Set", "Array",
                                                                      "Object")
            if v.type == "call_expression":
                return callee(v) == "JSON.parse"
            if v.type == "binary_expression" and text(v.child_by_field_name("operator")) in (
                    "||", "??"):
                return holder(v.child_by_field_name("left")) or holder(
                    v.child_by_field_name("right"))
            return False
        declared = frozenset(
            text(name) for d in mod.of_type("variable_declarator")
            if (name := d.child_by_field_name("name")) is not None and name.type == "identifier"
            and holder(d.child_by_field_name("value")))
        # only the ones something is written into (the taint of the others is the plain one)
        mod.cache["containers"] = frozenset(
            st[0] for n in (mod.of_type("assignment_expression", "call_expression")
                            if declared else ())
            if (st := _stored_into(n, declared)) is not None)
    return mod.cache["containers"]


def _stored_into(n: Node, containers: frozenset[str]) -> tuple[str, list[Node]] | None:
    """The container a node writes into and what it writes: ``params[k] = v``, ``state.x =
    v``, ``tasks.push(a, b)``."""
    if n.type == "assignment_expression":
        left = n.child_by_field_name("left")
        root = left
        while root is not None and root.type in ("member_expression", "subscript_expression"):
            root = root.child_by_field_name("object")
        right = n.child_by_field_name("right")
        if root is not left and root is not None and root.type == "identifier" and \
                text(root) in containers and right is not None:
            return text(root), [right]
    elif n.type == "call_expression":
        m = _STORES_INTO.match(callee(n))
        if m and m.group(1) in containers:
            return m.group(1), args(n)
    return None


def _stored_input(mod: Module) -> set[str]:
    """Containers anywhere in the module that some function fills with input: a submit
    handler pushes the typed title, ``render()`` writes the list as HTML."""
    if "stored-input" not in mod.cache:
        out: set[str] = set()
        held = _containers(mod)
        for n in mod.of_type("assignment_expression", "call_expression") if held else ():
            stored = _stored_into(n, held)
            if stored is None or stored[0] in out:
                continue
            names = _taint(mod, n, set(), _DOM_SOURCES, containers=held)
            if any(jsscan.mentions(v, names) or _DOM_SOURCES.search(text(v))
                   for v in stored[1]):
                out.add(stored[0])
        mod.cache["stored-input"] = out
    return mod.cache["stored-input"]


# Array and promise methods whose callback is handed the receiver's elements or value.
_ELEMENT_CALLBACK = re.compile(r"\.(?:forEach|map|flatMap|filter|find|findLast|some|every|"
                               r"reduce|reduceRight|then)$")


# Helpers that hand their first argument's elements to a callback: jQuery's $.each (index
# first), lodash/underscore, Array.from(list, fn).
_EACH_OF_ARGUMENT = re.compile(r"^(?:\$|jQuery)\.(?:each|map|grep)$|^_\.(?:each|forEach|map|"
                               r"flatMap|filter|find|reduce)$|^Array\.from$")


# Array methods whose answer holds the receiver's own elements, whatever the callback reads.
_PICKS_ELEMENTS = re.compile(r"\.(?:filter|find|findLast|sort|slice|reverse|toSorted|toReversed)$")


# A search index's query (Fuse, lunr, MiniSearch, FlexSearch, Pagefind, Algolia's index): its
# hits are the index's entries, whatever was searched for.
_SEARCHES_INDEX = re.compile(r"^[\w$]+(?:\.[\w$]+)*\.search(?:Async)?$")


# What a search service's answer says back of the query (Algolia's ``res.query``,
# ``_highlightResult``'s ``matchedWords``, Meilisearch's ``query``, lunr's ``queryTerms``).
_QUERY_ECHO = r"(?:query|queryTerms|params|_highlightResult|matchedWords)\b"


def _echoes_query(value: Node, target: Node, fn: Node, names: set[str],
                  sources: re.Pattern[str] | None = None) -> set[str]:
    """``const res = await index.search(q)`` whose ``res.query`` is written as HTML, or
    ``const { hits, query } = …`` (``query`` alone): the index's hits are its own entries,
    but the answer also echoes the query it was given."""
    v = strip(value)
    if v is not None and v.type == "await_expression" and v.named_children:
        v = strip(v.named_children[0])
    given = v.child_by_field_name("arguments") if v is not None else None
    if v is None or v.type != "call_expression" or not _SEARCHES_INDEX.match(callee(v)) or \
            not (jsscan.mentions(given, names) or (sources is not None and given is not None and
                                                   sources.search(text(given)))):
        return set()
    if target.type == "identifier":
        echo = re.compile(rf"(?<![\w$]){re.escape(text(target))}\.{_QUERY_ECHO}")
        binds = [(d.child_by_field_name(k), d.child_by_field_name(v)) for d in walk(fn)
                 for k, v in [("name", "value") if d.type == "variable_declarator" else (
                     "left", "right")] if d.type in (
                     "variable_declarator", "assignment_expression",
                     "augmented_assignment_expression")]
        held: set[str] = set()
        while True:  # heading = `…${res.query}`, term = res.query … html += `${term}`
            more = {text(k) for k, v in binds if k is not None and v is not None and
                    k.type == "identifier" and echo.search(text(v))} - held
            if not more:
                break
            held |= more
            echo = re.compile(echo.pattern + "|" + "|".join(
                rf"(?<![\w$.]){re.escape(h)}(?![\w$])" for h in sorted(more)))
        return {text(target)} if any(
            echo.search(text(n)) for n in walk(fn) if (
                n.type == "assignment_expression" and re.search(
                    r"\.(?:innerHTML|outerHTML)$", text(n.child_by_field_name("left")))) or (
                n.type == "call_expression" and re.search(
                    r"(?:insertAdjacentHTML|\.write|\.html)$", callee(n)))) else set()
    return {text(p.child_by_field_name("value")) if p.type == "pair_pattern" else text(p)
            for p in target.named_children if re.fullmatch(_QUERY_ECHO, text(
                p.child_by_field_name("key")) if p.type == "pair_pattern" else text(p))}


def _held_parts(value: Node) -> list[Node]:
    """What a value holds of: ``items.filter((i) => i.name.includes(query))`` holds items,
    not the query its callback compares with; ``fuse.search(query)`` the index's entries;
    ``q ? hits : []`` its branches, not the test; ``PAGES.get(key)`` / ``PAGES[key] ?? "/"``
    with a table of constants written in the file holds one of its entries, not the key."""
    v = strip(value) or value
    if v.type == "ternary_expression":
        return [part for side in ("consequence", "alternative")
                if (branch := v.child_by_field_name(side)) is not None
                for part in _held_parts(branch)]
    if v.type == "await_expression" and v.named_children:
        return _held_parts(v.named_children[0])
    if v.type == "call_expression" and (_PICKS_ELEMENTS.search(callee(v)) or
                                        _SEARCHES_INDEX.match(callee(v))):
        target = v.child_by_field_name("function")
        obj = target.child_by_field_name("object") if target is not None else None
        return _held_parts(obj) if obj is not None else [v]
    if v.type == "call_expression" and re.search(r"\.(?:map|flatMap)$", callee(v)):
        # hits.map((r) => byRef[r.ref]): the elements, and what the callback makes of them
        obj = v.child_by_field_name("function").child_by_field_name("object")
        cb = strip(args(v)[0]) if args(v) else None
        if obj is not None and cb is not None and cb.type in jsscan.FUNCTIONS:
            return [*_held_parts(obj), *(r for r in _returned_values(cb) if r is not None)]
    if v.type == "binary_expression" and text(v.child_by_field_name("operator")) in (
            "??", "||") and jsscan.is_literal(v.child_by_field_name("right")):
        v = strip(v.child_by_field_name("left")) or v
    table = _looked_up_in(v)
    if table is not None and _fixed_table(_root(v), text(table)):
        return [table]
    return [value]


def _kept_to_list(at: Node, name: str, mod: Module) -> bool:
    """A check on the way to ``at`` lets ``name`` through only as an entry of a fixed list:
    ``if (PAGES.includes(key)) …`` around it (or ``key === "intro"``), or ``if
    (!PAGES.has(key)) return`` before it. A deny-list (``if (!BAD.includes(x))`` around it)
    keeps nothing out."""
    def listed(cond: Node | None, negated: bool) -> bool:
        cond = strip(cond)
        if cond is None:
            return False
        if cond.type == "unary_expression" and text(cond).startswith("!"):
            return listed(cond.named_children[0] if cond.named_children else None, not negated)
        if cond.type == "binary_expression":
            op = text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if op == ("||" if negated else "&&"):  # !a || !b exits unless both hold
                return listed(left, negated) or listed(right, negated)
            if op in (("!==", "!=") if negated else ("===", "==")):
                return {text(strip(left)), text(strip(right))} & {name} != set() and any(
                    jsscan.is_literal(x) for x in (left, right))
            return False
        if negated or cond.type != "call_expression" or not re.fullmatch(
                r"[\w$]+\.(?:includes|has)", callee(cond)) or \
                [text(strip(a)) for a in args(cond)] != [name]:
            return False
        table = cond.child_by_field_name("function").child_by_field_name("object")
        return text(table) in mod.top and _fixed_table(mod.root, text(table))

    child, up = at, at.parent
    while up is not None:
        if up.type == "if_statement" and child == up.child_by_field_name("consequence") and \
                listed(up.child_by_field_name("condition"), False):
            return True
        if up.type == "statement_block":
            for sib in up.named_children:
                if sib.start_byte >= child.start_byte:
                    break
                if sib.type == "if_statement" and jsscan._exits(sib.child_by_field_name(
                        "consequence")) and listed(sib.child_by_field_name("condition"), True):
                    return True
        if up.type in jsscan.FUNCTIONS:
            break
        child, up = up, up.parent
    return False


def _fixed_table(root: Node, name: str) -> bool:
    """``name`` holds a non-empty table of literals that nothing in the file adds to."""
    value = strip(jsscan.declaration_of(root, name))
    return value is not None and bool(value.named_children) and _literal_table(value) and not \
        re.search(rf"(?<![\w$.]){re.escape(name)}(?:\s*\[[^\]]*\]\s*=[^=]|\.(?:set|add|push|"
                  r"unshift|splice)\()", text(root))


def _looked_up_in(v: Node) -> Node | None:
    """The table a lookup reads (``PAGES`` of ``PAGES.get(key)`` / ``PAGES[key]``)."""
    if v.type == "call_expression" and re.fullmatch(r"[\w$]+\.get", callee(v)):
        return v.child_by_field_name("function").child_by_field_name("object")
    if v.type == "subscript_expression":
        obj = strip(v.child_by_field_name("object"))
        return obj if obj is not None and obj.type == "identifier" else None
    return None


def _literal_table(node: Node | None) -> bool:
    """An object, array, Set or Map written out of literals only (an allow-list)."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "new_expression" and text(node.child_by_field_name("constructor")) in (
            "Map", "Set"):
        a = node.child_by_field_name("arguments")
        return a is not None and len(a.named_children) == 1 and _literal_table(
            a.named_children[0])
    if node.type == "array":
        return all(jsscan.is_literal(c) or _literal_table(c) for c in node.named_children
                   if c.type != "comment")
    if node.type == "object":
        return all(c.type == "pair" and (jsscan.is_literal(c.child_by_field_name("value")) or
                                         _literal_table(c.child_by_field_name("value")))
                   for c in node.named_children if c.type != "comment")
    return False


def _element_parameters(fn: Node) -> set[str]:
    """The parameters of an iterating callback that hold elements: the first (``reduce``'s
    first two); an index is no input."""
    single = fn.child_by_field_name("parameter")
    if single is not None:
        return jsscan.pattern_names(single)
    params = _parameter_names(fn)
    call = fn.parent.parent if fn.parent is not None else None
    if call is not None and call.type == "call_expression" and \
            _EACH_OF_ARGUMENT.match(callee(call)):
        return set().union(*params[:2]) if callee(call).endswith("each") and \
            callee(call)[:1] in "$j" else set().union(*params[:1])  # $.each(i, el)
    many = 2 if call is not None and call.type == "call_expression" and re.search(
        r"\.reduce(?:Right)?$", callee(call)) else 1
    return set().union(*params[:many]) if params else set()


def _callback_over(fn: Node, names: set[str]) -> bool:
    """A callback handed the elements of a value that holds input: ``rows.forEach((r) =>
    …)``, ``data.items.map((item) => …)``."""
    parent = fn.parent
    if not names or parent is None or parent.type != "arguments" or parent.parent is None:
        return False
    call = parent.parent
    target = call.child_by_field_name("function") if call.type == "call_expression" else None
    if target is not None and _EACH_OF_ARGUMENT.match(text(target)):
        return bool(args(call)) and args(call)[0] is not fn and jsscan.mentions(
            args(call)[0], names)  # $.each(rows, fn), _.map(rows, fn), Array.from(rows, fn)
    return target is not None and target.type == "member_expression" and bool(
        _ELEMENT_CALLBACK.search(text(target))) and jsscan.mentions(
            target.child_by_field_name("object"), names)


def _callback_of_source(fn: Node, sources: re.Pattern[str]) -> bool:
    """A function handed what a source produces: ``db.from("x").select().then(({ data }) =>
    …)``, ``channel.on("postgres_changes", …, (payload) => …)``."""
    parent = fn.parent
    if parent is None or parent.type != "arguments" or parent.parent is None:
        return False
    call = parent.parent
    return call.type == "call_expression" and bool(sources.search(text(
        call.child_by_field_name("function")))) and not _own_static_json(
            call.child_by_field_name("function"))


# fetch("/search-index.json"): a file the site itself serves (built with it, in public/),
# not an answer someone else's input went into.
_STATIC_JSON = re.compile(r"""^\(?\s*(?:await\s+)?fetch\(\s*(['"`])(?:\.{0,2}/)?(?:[\w./-]*/)?"""
                          r"""(?P<file>[\w.-]*\.json)\1\s*\)""")


def _own_static_json(node: Node | None) -> bool:
    """``fetch("/index.json").then((r) => r.json())``, ``(await fetch("./pages.json")).json()``
    or ``res.json()`` with ``res`` bound to such a fetch: the site's own static data, unless
    the project's own server writes that file (a guestbook kept in public/entries.json)."""
    node = strip(node)
    if node is None:
        return False
    fetched = _STATIC_JSON.match(text(node))
    if fetched is None:
        held = re.fullmatch(r"([\w$]+)\.json\(\)", text(node))
        if held is None:
            return False
        value = jsscan.declaration_of(jsscan.enclosing_function(node) or _root(node),
                                      held.group(1), node.start_byte)
        fetched = _STATIC_JSON.match(text(strip(value) or value)) if value is not None else None
    written = _WRITTEN_JSON.get()
    return fetched is not None and fetched.group("file") not in written and "*" not in written


# The .json files the project's own server writes (fs.writeFile*, appendFile*, fs-extra's
# writeJson/outputJson, Bun.write, Deno.writeTextFile): data visitors send, not the site's own;
# set by check() for the project it judges.
_WRITTEN_JSON: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "written_json", default=frozenset())
_FILE_WRITE = re.compile(r"(?:^|\.)(?:writeFile|appendFile|writeJson|outputJson)(?:Sync)?$|"
                         r"^Bun\.write$|^Deno\.writeTextFile(?:Sync)?$")


def _written_json(scan: _Scan) -> frozenset[str]:
    """The names of the .json files a write call of the project names, in its path argument
    or in the declaration of the name it passes (``FILE = path.join(dir, "entries.json")``)."""
    out: set[str] = set()
    for mod in scan.modules.values():
        if ".json" not in mod.src or not re.search(
                r"writeFile|appendFile|writeJson|outputJson|Bun\.write|writeTextFile", mod.src):
            continue
        for call in mod.of_type("call_expression"):
            if not _FILE_WRITE.search(callee(call)) or not args(call):
                continue
            where = strip(args(call)[0])
            said = text(where) if where is not None else ""
            if where is not None and where.type == "identifier":
                value = jsscan.declaration_of(jsscan.enclosing_function(call) or mod.root,
                                              said, call.start_byte) or mod.top.get(said)
                said += " " + (text(value) if value is not None else "")
            if where is not None and where.type == "call_expression":  # file("notes")
                said += " " + " ".join(text(r) for r in _returns_of_call(scan, mod, where) if r)
            out |= set(re.findall(r"([\w.-]+\.json)\b", said))
            if re.search(r"\}\.json\b", said):
                out.add("*")  # `${name}.json`: any of them may be one it writes
    return frozenset(out)


def _returns_of_call(scan: _Scan, mod: Module, call: Node) -> list[Node | None]:
    """What a call of a project function (here or imported) can return."""
    return _helper_returns(scan, mod, callee(call))[1]


def _component(fn: Node) -> bool:
    name = jsscan.declared_name(fn)
    return name is not None and text(name)[:1].isupper()


def _tainted_by(fn: Node, params: bool, sources: re.Pattern[str],
                sanitizers: bool = True, through_queries: bool = True,
                seed: set[str] | None = None, loops: bool = False,
                trusted: Callable[[Node], bool] | None = None,
                containers: frozenset[str] = frozenset()) -> set[str]:
    """Names holding request input (``params``: the function's parameters too); with
    ``sanitizers`` False a validated value (``Schema.safeParse(json)``) still counts: it is
    well-formed, but still whatever the request says. With ``through_queries`` False a row a
    query returned is the database's answer, not input (``lead.id`` after the lookup).
    ``seed``: names of enclosing scopes that hold input (a local built from one does too).
    With ``loops`` a ``for … of`` over input and the callbacks that iterate it carry it too
    (what a page renders); the owner rules leave them out: a loop over the rows a query
    returned iterates the database's answer."""
    names: set[str] = set(seed or ())
    if params and fn.type in jsscan.FUNCTIONS:
        p = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        if p is not None:
            for c in [p] if p.type == "identifier" else p.named_children:
                pat = c.child_by_field_name("pattern") if c.type in (
                    "required_parameter", "optional_parameter") else c
                bound = jsscan.pattern_names(pat)
                if {"ctx", "input"} <= bound:
                    bound.discard("ctx")  # tRPC's ({ ctx, input }): ctx is the server's
                names |= bound
    # Declarations, assignments, ``html += row`` and ``for (const x of rows)``: each binds
    # its left side to what its right side holds.
    decls = [n for n in walk(fn, skip_functions=fn.type != "program")
             if n.type in ("variable_declarator", "assignment_expression",
                           "augmented_assignment_expression") or (
                 loops and n.type == "for_in_statement" and text(n.child_by_field_name(
                     "operator")) == "of")]
    # Callbacks over this function's values (rows.forEach((r) => { html += r.name })): their
    # parameters hold the elements, and what they assign to this function's names counts.
    callbacks = [n for n in walk(fn) if n.type in jsscan.FUNCTIONS and n is not fn and
                 n.parent is not None and n.parent.type == "arguments"] \
        if loops and fn.type != "program" else []
    decls += [n for cb in callbacks for n in walk(cb) if n.type in (
        "assignment_expression", "augmented_assignment_expression") or (
        containers and n.type == "variable_declarator")]  # what the callback stores, it read
    stores = [st for n in [*walk(fn, skip_functions=fn.type != "program"),
                           *(m for cb in callbacks for m in walk(cb))]
              if n.type in ("assignment_expression", "call_expression") and
              (st := _stored_into(n, containers)) is not None] if containers else []
    for _ in range(3):
        before = len(names)
        for cb in callbacks:
            if _callback_over(cb, names) or (containers and _callback_of_source(cb, sources)):
                names |= _element_parameters(cb)
        for d in decls:
            value = d.child_by_field_name("value") or d.child_by_field_name("right")
            target = d.child_by_field_name("name") or d.child_by_field_name("left")
            if value is None or target is None:
                continue
            if sanitizers and _sanitized(value) and (trusted is None or trusted(value)):
                continue
            if containers and _numeric(value):
                continue  # const qty = Number(input.value): a number carries no markup
            if not through_queries and any(c.type == "call_expression" and jsscan.is_db_call(c)
                                           for c in [value, *walk(value)]):
                continue
            if any(jsscan.mentions(held, names) or (sources.search(text(held)) and
                                                     not _own_static_json(held))
                   for held in _held_parts(value)) and \
                    target.type in ("identifier", "object_pattern", "array_pattern"):
                names |= jsscan.pattern_names(target)
            else:
                names |= _echoes_query(value, target, fn, names, sources)
        for holder, values in stores:
            if holder not in names and any(jsscan.mentions(v, names) or sources.search(text(v))
                                           for v in values):
                names.add(holder)
        if len(names) == before:
            break
    return names


def _sanitized(node: Node | None) -> bool:
    node = strip(node)
    if node is None:
        return False
    if node.type == "call_expression":
        name = callee(node)
        if _SANITIZER.search(name) or _SAFE_NAME.search(name.rsplit(".", 1)[-1]) or \
                name == "URL.createObjectURL":  # a blob: URL of the file, none of its text
            return True
    return False


def _literal_path_prefix(node: Node | None, mod: Module) -> bool:
    """A target that starts with a fixed same-site path (``/login?next=…``) or is built on the
    request's own URL (``request.nextUrl.clone()``)."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "new_expression" and text(node.child_by_field_name("constructor")) == "URL":
        a = node.child_by_field_name("arguments")
        first = a.named_children[0] if a is not None and a.named_children else None
        return _literal_path_prefix(first, mod)
    if node.type == "call_expression" and callee(node).endswith("nextUrl.clone"):
        return True
    value = jsscan.string_value(node, mod.consts)
    if value is not None:
        return not value.startswith("//") and "\\" not in value
    if _own_origin_first(node):
        return True
    first = node
    while first.type == "binary_expression":
        first = first.child_by_field_name("left")
    if first.type == "template_string":
        frag = next((c for c in first.children if c.type in ("string_fragment",
                                                              "template_substitution")), None)
        prefix = text(frag) if frag is not None and frag.type == "string_fragment" else ""
        if frag is not None and frag.type == "template_substitution" and frag.named_children:
            # `${CHALLENGE_PATH}?${params}` with const CHALLENGE_PATH = "/auth/challenge"
            prefix = jsscan.string_value(frag.named_children[0], mod.consts) or ""
    else:
        prefix = jsscan.string_value(first, mod.consts) or ""
    # a same-site path, a fixed host, or a scheme that leaves no page (mailto:, tel:)
    return bool(re.match(r"^/[^/\\]|^https?://[^/]+/|^(?:mailto|tel|sms):", prefix))


def _own_origin_first(node: Node) -> bool:
    """``${origin}/welcome?…`` or ``url.origin + "/x"``: the request's own origin, then a
    path (how Supabase's route handlers build redirects)."""
    if node.type == "template_string":
        parts = [c for c in node.named_children]
        if len(parts) >= 2 and parts[0].type == "template_substitution" and \
                parts[1].type == "string_fragment" and text(parts[1]).startswith("/") and \
                not text(parts[1]).startswith("//") and parts[0].named_children:
            # or the site's own address from its configuration (${process.env.APP_URL}/…)
            return re.fullmatch(r"(?:\w+\.)*origin|(?:process\.|import\.meta\.)?env\.\w+",
                                text(parts[0].named_children[0])) is not None
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "+":
        left = strip(node.child_by_field_name("left"))
        right = jsscan.string_value(node.child_by_field_name("right"))
        return left is not None and re.fullmatch(r"(?:\w+\.)*origin", text(left)) is not None \
            and right is not None and right.startswith("/") and not right.startswith("//")
    return False


def _origin_then_slash_path(target: Node | None, at: Node, mod: Module | None = None,
                            project: jsscan.Project | None = None) -> bool:
    """``${origin}${next}`` where the function makes sure ``next`` starts with "/" (or ``next``
    is what a helper answers that only returns paths): after the request's own origin, a path
    can only stay on this host (``//x`` or ``/\\x`` become paths), so the leading-slash check
    Supabase's callback uses is enough here."""
    if target is None or target.type != "template_string":
        return False
    parts = [c for c in target.named_children]
    if len(parts) < 2 or parts[0].type != "template_substitution" or \
            parts[1].type != "template_substitution" or not parts[0].named_children or \
            not parts[1].named_children:
        return False
    if re.fullmatch(r"(?:\w+\.)*origin", text(parts[0].named_children[0])) is None:
        return False
    if mod is not None and _strong_ternary(parts[1].named_children[0], mod, project):
        return True  # ${origin}${ALLOWED.has(next) ? next : "/home"}
    name = text(parts[1].named_children[0])
    scope = jsscan.enclosing_function(at)
    if mod is not None and scope is not None and re.fullmatch(r"\w+", name):
        value = strip(jsscan.declaration_of(scope, name, at.start_byte))
        found = (project or jsscan.Project({mod.path: mod})).resolve(mod, callee(value)) if \
            value is not None and value.type == "call_expression" else None
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is not None and _returns_paths(fn, found[0]):  # type: ignore[index]
            return True
    return bool(re.fullmatch(r"\w+", name)) and scope is not None and bool(re.search(
        rf"\b{re.escape(name)}\s*\.\s*startsWith\(\s*['\"`]/['\"`]\s*\)|"
        rf"\b{re.escape(name)}\s*\[\s*0\s*\]\s*[!=]==?\s*['\"`]/['\"`]", text(scope)))


def _returns_paths(fn: Node, mod: Module) -> bool:
    """Every ``return`` of a helper is a path: a literal starting with "/" or a parsed URL's
    ``pathname`` first (``url.pathname + url.search``)."""
    values = [strip(r.named_children[0]) if r.named_children else None
              for r in walk(fn, skip_functions=True) if r.type == "return_statement"]
    if not values:
        return False
    params = fn.child_by_field_name("parameters")
    defaults = {}  # safeNext(raw, fallback = "/dashboard"): returning the fallback is a path
    for p in params.named_children if params is not None else []:
        name = p.child_by_field_name("pattern") or p.child_by_field_name("left")
        default = p.child_by_field_name("value") or p.child_by_field_name("right")
        if name is not None and default is not None:
            defaults[text(name)] = jsscan.string_value(default, mod.consts) or ""
    for v in values:
        first = _first_piece(v)
        literal = jsscan.string_value(first, mod.consts) if first is not None else None
        if first is not None and first.type == "identifier" and text(first) in defaults:
            literal = defaults[text(first)]
        if not ((literal or "").startswith("/") or (first is not None and (
                re.fullmatch(r"(?:\w+\.)+pathname", text(first)) or _held_path(first, fn)))):
            return False
    return True


def _first_piece(v: Node | None) -> Node | None:
    """What a built string starts with: the left end of ``a + b``, a template's head."""
    first = v
    while first is not None and first.type == "binary_expression":
        first = strip(first.child_by_field_name("left"))
    if first is not None and first.type == "template_string":
        head = next(iter(first.named_children), None)
        first = head.named_children[0] if head is not None and \
            head.type == "template_substitution" and head.named_children else head
    return first


# A parsed path with its leading slashes collapsed to one: ``//evil.example`` -> ``/evil.example``.
_COLLAPSED_PATH = re.compile(r"(?:\w+\.)+pathname\s*\.\s*replace\(\s*/\^(?:\\/|/)+\+/\w*\s*,\s*"
                             r"""['"`]/['"`]\s*\)""")


def _held_path(first: Node, fn: Node) -> bool:
    """``path`` where the function set ``const path = url.pathname`` (or that path with its
    leading slashes collapsed to one): still a path that starts with "/"."""
    if first.type != "identifier":
        return False
    value = strip(jsscan.declaration_of(fn, text(first), first.start_byte))
    return value is not None and value is not first and bool(
        re.fullmatch(r"(?:\w+\.)+pathname", text(value)) or _COLLAPSED_PATH.fullmatch(
            text(value)))


# A test of the first character alone: "//evil.example" and "/\\evil.example" pass it, and
# browsers read both as another host.
_FIRST_CHAR_SLASH = re.compile(r"(?:\[\s*0\s*\]|\.charAt\(\s*0\s*\)|\.at\(\s*0\s*\)|"
                               r"\.(?:slice|substring|substr)\(\s*0\s*,\s*1\s*\))\s*[!=]==?\s*"
                               r"['\"`]/['\"`]")
# What a same-site check must refuse, and a path it must let through.
# A test of the target's own text for a fixed piece (``to.includes("myshop.com")``): any URL
# that carries the piece anywhere passes (https://evil.example/?myshop.com). A lookup of the
# target in a list (``ALLOWED.includes(to)``) and a refused backslash are real checks.
_OWN_TEXT_TEST = re.compile(r"""\.(?:includes|indexOf)\(\s*(?:'[^'\\]*'|"[^"\\]*"|"""
                            r"""`[^`\\$]*`)\s*\)(?:\s*[!=><]==?\s*-?\d+)?""")
_OFFSITE = ("//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)")
_REGEX_TEST = re.compile(r"^(.+)\.(?:test|exec)$")


def _guard_strong(cond: Node, mod: Module, project: jsscan.Project | None = None,
                  depth: int = 0) -> bool:
    """Whether a check keeps a redirect on the site: it compares an origin or host, looks the
    value up in a list, rejects backslashes, or passes it through a regular expression that
    refuses ``//x``, ``/\\x`` and schemes (the expression is run on them); a project helper is
    judged by its body. A leading-slash test alone (``startsWith("/")``, ``[0] === "/"``) is
    not one. An unresolved helper named as a check (``isSafeUrl``) counts."""
    if _STRONG_CHECK.search(_OWN_TEXT_TEST.sub("", _FIRST_CHAR_SLASH.sub("", text(cond)))):
        return True
    bare = strip(cond)
    if bare is not None and bare.type == "unary_expression" and text(bare).startswith("!"):
        bare = strip(bare.named_children[0])
    scope = jsscan.enclosing_function(cond) if depth == 0 else None
    if bare is not None and bare.type == "identifier" and scope is not None:
        # ``ok = new URL(next, here).origin === here.origin; … ok ? next : "/"``: the check
        # the name holds (every value bound to it before the condition)
        held = [strip(a.child_by_field_name("right" if a.type == "assignment_expression"
                                            else "value")) for a in walk(scope)
                if a.start_byte < cond.start_byte and (
                    (a.type == "assignment_expression" and
                     text(a.child_by_field_name("left")) == text(bare)) or
                    (a.type == "variable_declarator" and
                     text(a.child_by_field_name("name")) == text(bare)))]
        checks = [h for h in held if h is not None and h.type != "false"]
        if checks and all(_guard_strong(h, mod, project, depth + 1) for h in checks):
            return True
    project = project or jsscan.Project({mod.path: mod})
    for call in [cond, *walk(cond)]:
        if call.type != "call_expression":
            continue
        name = callee(call)
        regex = _regex_of(name, call, mod)
        if regex is not None:
            if _refuses_offsite(regex):
                return True
            continue
        found = project.resolve(mod, name) if depth < 2 else None
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is not None:
            if _guard_strong(fn.child_by_field_name("body") or fn, found[0], project, depth + 1):
                return True
        elif _SAFE_NAME.search(name.rsplit(".", 1)[-1]):
            return True
    return False


def _regex_of(name: str, call: Node, mod: Module) -> tuple[str, str] | None:
    """(pattern, flags) of ``RE.test(x)``, ``/re/.test(x)``, ``x.match(RE)``: a regex literal,
    or a name bound to one (or to ``new RegExp("…")``)."""
    m = _REGEX_TEST.match(name)
    node = call.child_by_field_name("function").child_by_field_name("object") if m else (
        args(call)[0] if name.endswith((".match", ".search")) and args(call) else None)
    node = strip(node)
    if node is not None and node.type == "identifier":
        scope = jsscan.enclosing_function(call) or mod.root
        node = strip(jsscan.declaration_of(scope, text(node), call.start_byte) or mod.top.get(
            text(node)))
    if node is None:
        return None
    if node.type == "regex":
        pattern = node.child_by_field_name("pattern")
        flags = node.child_by_field_name("flags")
        return text(pattern), text(flags) if flags is not None else ""
    if node.type == "new_expression" and text(node.child_by_field_name("constructor")) == \
            "RegExp":
        given = args(node)
        source = jsscan.string_value(given[0], mod.consts) if given else None
        flags = jsscan.string_value(given[1], mod.consts) if len(given) > 1 else ""
        return (source, flags or "") if source is not None else None
    return None


@functools.lru_cache(maxsize=512)
def _refuses_offsite(regex: tuple[str, str]) -> bool:
    """Run a JS regular expression (Python's ``re`` reads the common subset) on off-site
    targets: it must match none of them and still match a plain path."""
    pattern, flags = regex
    try:
        compiled = re.compile(pattern.replace("(?<", "(?P<").replace("(?P<=", "(?<=").replace(
            "(?P<!", "(?<!"), (re.I if "i" in flags else 0) | (re.M if "m" in flags else 0) |
            (re.S if "s" in flags else 0))
    except re.error:
        return False
    return compiled.search("/dashboard") is not None and not any(
        compiled.search(target) for target in _OFFSITE)


def _checked(node: Node, names: set[str], stop: Node | None, mod: Module | None = None,
             project: jsscan.Project | None = None, target: Node | None = None) -> bool:
    """A condition on the way to ``node`` checks one of ``names`` strongly: one of its
    ``&&``/``||`` parts both reads the name and is a strong check (``pathname === "/go" && to``
    checks the path, not ``to``); with ``mod``, judged by :func:`_guard_strong`. With
    ``target``, the part must read what the target reads: ``url.pathname === "/r"`` says
    nothing of ``url.searchParams.get("u")``."""
    reads = _reads_of(target, names) if target is not None else set()
    for cond in jsscan.conditions_over(node, stop):
        if any(jsscan.mentions(part, names) and (
                _guard_strong(part, mod, project) if mod is not None else
                bool(_STRONG_CHECK.search(text(part)))) and (
                    target is None or _same_reads(_reads_of(part, names, _WHOLE_URL), reads))
               for part in _condition_parts(cond)):
            return True
    return False


def _reads_of(node: Node | None, names: set[str], whole: frozenset[str] = frozenset()
              ) -> set[str]:
    """What of ``names`` a node reads, as member paths: ``url.searchParams.get`` and
    ``url.pathname`` for ``url``, ``to`` for ``to.startsWith``; ``whole``: properties that
    stand for their object (a check of ``u.origin`` checks ``u``)."""
    out = set()
    for n in [node, *walk(node)] if node is not None else []:
        if n.type not in ("identifier", "shorthand_property_identifier") or text(n) not in names:
            continue
        top = n
        while top.parent is not None and top.parent.type == "member_expression" and \
                top.parent.child_by_field_name("object") == top and text(
                    top.parent.child_by_field_name("property")) not in _STRING_METHODS | whole:
            top = top.parent
        out.add(re.sub(r"\?\.", ".", text(top)))
    return out


# Methods of a string that test or reshape the value itself: ``to.startsWith("/")`` reads to.
_STRING_METHODS = frozenset({
    "startsWith", "endsWith", "includes", "match", "test", "slice", "trim", "toLowerCase",
    "indexOf", "charAt", "charCodeAt", "at", "length", "replace", "substring", "split"})
# The parts of a URL that say where all of it goes: a check of ``u.origin`` checks ``u.href``.
_WHOLE_URL = frozenset({"origin", "host", "hostname", "protocol"})


def _same_reads(a: set[str], b: set[str]) -> bool:
    """Two sets of member paths share one, or one path holds the other."""
    return any(x == y or x.startswith(y + ".") or y.startswith(x + ".") for x in a for y in b)


def _redirect_sanitized(node: Node | None, mod: Module,
                        project: jsscan.Project | None = None) -> bool:
    """A sanitiser on the way to a redirect: a library's, or a project helper whose body is a
    real same-site check (``getSafeRedirect(x)`` that only tests ``startsWith("/")`` is
    none)."""
    node = strip(node)
    if node is None or node.type != "call_expression" or not _sanitized(node):
        return False
    found = (project or jsscan.Project({mod.path: mod})).resolve(mod, callee(node))
    fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    return fn is None or _helper_keeps_on_site(fn, found[0], project)  # type: ignore[index]


_HOLDS_PATHNAME = re.compile(r"\b(?:const|let|var)\s+(\w+)\s*=\s*[\w.?]+\.pathname\b")


def _pathname_checked(src: str) -> bool:
    """The parsed path itself is checked for a second leading slash (``path.startsWith("//")``,
    ``url.pathname[1] === "/"``) or has its slashes collapsed (``.replace(/^\\/+/, "/")``); a
    check of the raw value before parsing is not one (``/.//x`` has no ``//`` until parsed)."""
    held = {m.group(1) for m in _HOLDS_PATHNAME.finditer(src)}
    subject = r"(?:\.pathname" + "".join(rf"|\b{re.escape(h)}" for h in held) + r")"
    return bool(re.search(subject + r"""\s*(?:\.\s*(?:startsWith|includes)\(\s*['"`]//|"""
                                     r"""\[\s*1\s*\]\s*[!=]==?\s*['"`]/|\.\s*replace\(\s*/\^)""",
                          src))


def _parsed_path_of_input(target: Node | None, at: Node, names: set[str]) -> bool:
    """A redirect to the path of a URL parsed from the request (``new URL(next,
    base).pathname``) that nothing checks for ``//``: the origin check passes
    ``/.//evil.example``, whose parsed path is ``//evil.example``, another host to a
    browser."""
    target = strip(target)
    scope = jsscan.enclosing_function(at)
    if target is None or scope is None or _pathname_checked(text(scope)):
        return False
    for n in [target, *walk(target)]:
        if n.type != "member_expression" or text(n.child_by_field_name("property")) != \
                "pathname":
            continue
        obj = strip(n.child_by_field_name("object"))
        value = strip(jsscan.declaration_of(scope, text(obj), at.start_byte)) if \
            obj is not None and obj.type == "identifier" else obj
        if value is None and obj is not None:  # let url; try { url = new URL(…) } …
            value = next((strip(a.child_by_field_name("right")) for a in walk(scope)
                          if a.type == "assignment_expression" and text(
                              a.child_by_field_name("left")) == text(obj)), None)
        for _ in range(3):  # target = asked, asked = new URL(…): the URL it was handed
            if value is None or value.type != "identifier":
                break
            value = strip(jsscan.declaration_of(scope, text(value), at.start_byte))
        if value is not None and value.type == "new_expression" and text(
                value.child_by_field_name("constructor")) == "URL" and args(value) and (
                jsscan.mentions(args(value)[0], names) or jsscan.REQUEST_SOURCES.search(
                    text(args(value)[0]))):
            return True
    return False


def _helper_keeps_on_site(fn: Node, mod: Module, project: jsscan.Project | None) -> bool:
    """A project helper that returns a same-site target: its body is a real check, and what
    it returns is not a parsed URL's path unchecked for ``//`` (``new URL("/.//evil.example",
    origin).pathname`` is ``//evil.example``, another host to a browser)."""
    if not _guard_strong(fn.child_by_field_name("body") or fn, mod, project):
        return False
    returns = [r for r in walk(fn, skip_functions=True) if r.type == "return_statement"]
    return not (any((re.search(r"\.pathname\b", text(r)) or _returns_held_path(r, fn)) and
                    not _origin_led(r, mod) for r in returns) and not _pathname_checked(text(fn)))


def _origin_led(ret: Node, mod: Module) -> bool:
    """``return `${APP_ORIGIN}${url.pathname}``` : the site's own origin (a constant, the env,
    ``x.origin``) goes first, so a path like ``//evil.example`` after it stays on this host."""
    first = _first_piece(strip(ret.named_children[0]) if ret.named_children else None)
    if first is None or first.type == "template_string":
        return False
    name = text(first)
    if re.search(r"\b(?:query|body|params|searchParams|headers|cookies)\b", name):
        return False  # ${req.query.origin}…: the request's own say
    if _OWN_ORIGIN.fullmatch(name) or re.fullmatch(r"(?:process\.)?env\.\w+", name):
        return True
    value = mod.top.get(name) if re.fullmatch(r"[A-Z][A-Z0-9_]+", name) else None
    value = strip(value)
    return value is not None and (
        bool(re.match(r"(?:process\.)?env\.\w+", text(value))) or
        bool(re.match(r"https?://", jsscan.string_value(value, mod.consts) or "")))


_PATHNAME_REDIRECT = ("the redirect target comes from the request: its origin is checked, but "
                      "the path of the parsed URL is used, and `/.//evil.example` passes the "
                      "check with the path `//evil.example`, another host to a browser; "
                      "redirect to the parsed URL's href, or refuse a path that starts with //")


def _through_path_helper(values: list[Node | None], mod: Module,
                         project: jsscan.Project | None) -> bool:
    """A value made by a project helper that checks the origin and then returns the parsed
    URL's path unchecked for ``//`` (the reason :func:`_helper_keeps_on_site` refuses it)."""
    project = project or jsscan.Project({mod.path: mod})
    for value in values:
        for call in [value, *walk(value)] if value is not None else []:
            if call.type != "call_expression":
                continue
            found = project.resolve(mod, callee(call))
            fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
            if fn is not None and _guard_strong(fn.child_by_field_name("body") or fn, found[0],
                                                project) and not _helper_keeps_on_site(
                    fn, found[0], project):
                return True
    return False


def _returns_held_path(ret: Node, fn: Node) -> bool:
    """``return `${path}${url.search}``` where ``const path = url.pathname``."""
    held = {m.group(1) for m in _HOLDS_PATHNAME.finditer(text(fn))}
    return any(i.type == "identifier" and text(i) in held for i in walk(ret))


def _condition_parts(cond: Node) -> Iterator[Node]:
    cond = strip(cond) or cond
    if cond.type == "binary_expression" and text(cond.child_by_field_name("operator")) in (
            "&&", "||"):
        yield from _condition_parts(cond.child_by_field_name("left"))
        yield from _condition_parts(cond.child_by_field_name("right"))
    else:
        yield cond


def _redirect_target(n: Node, wrappers: dict[str, int]) -> Node | None:
    """What a node sends the browser to, if it is a redirect: ``redirect(x)``,
    ``NextResponse.redirect(x)``, ``res.redirect(302, x)``, ``router.push(x)``,
    ``location.href = x``, a ``Location`` header, or a module helper that redirects to one of
    its parameters."""
    if n.type == "call_expression":
        name = callee(n)
        a = args(n)
        if not a:
            return None
        if _REDIRECT_SINK.match(name):
            if name.endswith((".push", ".replace")) and not re.search(
                    r"(?:^|[.$])(?:\w*router|history|navigat\w*|location)(?:\(\))?$",
                    name.rsplit(".", 1)[0], re.I):
                return None  # assetsWithHistory.push(row) is an array, not the browser's
            if name in ("res.redirect", "response.redirect", "reply.redirect") or (
                    name == "redirect" and len(a) > 1 and strip(a[0]).type == "number"):
                return a[-1]  # Express res.redirect(302, url), SvelteKit redirect(303, url)
            if name == "sendRedirect":
                return a[1] if len(a) > 1 else None  # Nuxt: sendRedirect(event, url)
            return a[0]
        if name in wrappers and len(a) > wrappers[name]:
            return a[wrappers[name]]
        if name.endswith(("setHeader", "headers.set", "headers.append", "header")) and \
                len(a) > 1 and (jsscan.string_value(a[0]) or "").lower() == "location":
            return a[1]
        if name.endswith(("writeHead", "res.set", "reply.headers")):
            return _location_in(a)
        if name.endswith(".setAttribute") and len(a) > 1 and (
                jsscan.string_value(a[0]) or "").lower() in _LINK_ATTRIBUTES:
            return a[1]  # a link the visitor follows: <a href>, <form action>, <iframe src>
    elif n.type == "new_expression" and text(n.child_by_field_name("constructor")) in (
            "Response", "NextResponse"):
        a = n.child_by_field_name("arguments")
        return _location_in(a.named_children if a is not None else [])
    elif n.type == "assignment_expression":
        left = jsscan.dotted(n.child_by_field_name("left"))
        if re.search(r"^(?:(?:window|document|self|top|globalThis)\.)?location(?:\.href)?$",
                     left) or (
                re.search(r"\w\.(?:href|action|formAction)$", left) and
                not left.startswith(("window.", "document.", "self."))):
            return n.child_by_field_name("right")
    return None


_LINK_ATTRIBUTES = ("href", "action", "formaction", "src")


def _location_in(values: list[Node]) -> Node | None:
    """The ``Location`` entry of a headers object among call arguments (``{ headers: {
    Location: x } }`` too)."""
    for v in values:
        v = strip(v)
        if v is None or v.type != "object":
            continue
        for pair in v.named_children:
            if pair.type != "pair":
                continue
            key = (jsscan.string_value(pair.child_by_field_name("key")) or text(
                pair.child_by_field_name("key"))).lower()
            if key == "location":
                return pair.child_by_field_name("value")
            if key == "headers":
                found = _location_in([pair.child_by_field_name("value")])
                if found is not None:
                    return found
    return None


_OWN_ORIGIN = re.compile(r"(?:\w+\.)*origin")
# "Back where the visitor came from": the browser sets Referer to the page that sent it here.
_REFERER = re.compile(r"""^(?:\w+\.)*(?:get|header|headers\.get)\(\s*['"]referr?er['"]\s*\)$|"""
                      r"""^(?:\w+\.)*headers\.referr?er$""", re.IGNORECASE)


def _same_site(target: Node, mod: Module, at: Node, depth: int = 0,
               project: jsscan.Project | None = None) -> bool:
    if _literal_path_prefix(target, mod) or _redirect_sanitized(target, mod, project) or \
            _strong_ternary(target, mod, project):
        return True
    if _origin_then_slash_path(strip(target), at, mod, project):
        return True
    target = strip(target)
    if target is None:
        return False
    if _OWN_ORIGIN.fullmatch(text(target)) or _REFERER.match(text(target)) or \
            _current_path_first(target, mod):
        return True
    if target.type == "call_expression" and re.search(r"(?:^|\.)URL\.createObjectURL$",
                                                      callee(target)):
        return True  # a blob: URL of this page's own data (a CSV download)
    if depth < 3 and target.type == "new_expression" and text(
            target.child_by_field_name("constructor")) == "URL":
        first = args(target)[:1]  # new URL(found.destination, request.url)
        if first and _same_site(first[0], mod, at, depth + 1, project):
            return True
    if target.type == "call_expression" and re.search(r"\.(?:find|findLast|at)$", callee(
            target)) and _constant_list(callee(target).rsplit(".", 1)[0].rstrip("?"), mod):
        return True  # REDIRECTS.find((r) => path.startsWith(r.source)): one of ours
    if depth < 3 and target.type == "member_expression":
        obj = strip(target.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier":  # found.destination
            scope = jsscan.enclosing_function(at) or mod.root
            value = jsscan.declaration_of(scope, text(obj), at.start_byte)
            if value is not None and value is not obj and _same_site(value, mod, at, depth + 1,
                                                                     project):
                return True
    if depth < 3 and target.type == "ternary_expression":
        return all(_same_site(target.child_by_field_name(f), mod, at, depth + 1,
                                  project)
                   for f in ("consequence", "alternative"))
    if depth < 3 and target.type == "binary_expression" and text(
            target.child_by_field_name("operator")) in ("||", "??"):
        return all(_same_site(target.child_by_field_name(f), mod, at, depth + 1,
                                  project)
                   for f in ("left", "right"))
    name = text(target)
    base = name.split(".")[0]
    if re.fullmatch(r"(?:process\.)?env\.\w+|[A-Z][A-Z0-9_]+", name) or (
            re.fullmatch(r"\w+(?:\.\w+)+", name) and (base in mod.imports or (
                base in mod.top and strip(mod.top[base]) is not None and
                strip(mod.top[base]).type == "object"))) or \
            _session_value(target, _session_inputs(mod, project)) or \
            _own_subdomain(target, mod):
        return True  # the site's own configuration or session store, not the request
    if depth < 3 and target.type in ("identifier", "shorthand_property_identifier"):
        # ({ returnTo }) hands on the local of that name
        values = _values_reaching(mod.root, text(target), at, mod, project)
        if values is None or (values and target not in values and all(
                _same_site(v, mod, at, depth + 1, project) for v in values)):
            return True
    if target is not None and target.type == "identifier":
        values = _values_reaching(jsscan.enclosing_function(at) or mod.root, text(target), at,
                                  mod, project)
        if values is None or (values and target not in values and all(
                _literal_path_prefix(v, mod) for v in values)):
            return True
    return False


_BRANCHES = ("if_statement", "ternary_expression", "switch_statement", "for_statement",
             "for_in_statement", "while_statement", "do_statement", "try_statement",
             "catch_clause")


def _values_reaching(scope: Node, name: str, at: Node, mod: Module,
                     project: jsscan.Project | None) -> list[Node] | None:
    """The values ``name`` may hold at ``at``: its last binding before it, and the ones before
    that one as long as it sits in a branch ``at`` is not in (``let to = input; if
    (!to.startsWith("/")) to = "/"`` may still be the input). None when a real same-site
    check replaces it (``if (!to.startsWith("/") || to.startsWith("//") …) to = "/"``): what
    is left passed that check."""
    out: list[Node] = []
    for n in reversed([n for n in walk(scope) if n.start_byte < at.start_byte and (
            (n.type == "variable_declarator" and name in jsscan.pattern_names(
                n.child_by_field_name("name"))) or (
            n.type == "assignment_expression" and text(n.child_by_field_name("left")) == name))]):
        value = n.child_by_field_name("value") or n.child_by_field_name("right")
        if value is None:
            continue
        out.append(value)
        up, branch = n.parent, False
        while up is not None and up is not scope:
            if up.type in _BRANCHES and not (up.start_byte <= at.start_byte < up.end_byte):
                branch = True
                if up.type == "if_statement" and len(out) == 1 and _guard_strong(
                        up.child_by_field_name("condition"), mod, project) and \
                        _literal_path_prefix(value, mod):
                    return None
                break
            up = up.parent
        if not branch:
            break
    return out


def _assigned_under_check(value: Node, mod: Module, project: jsscan.Project | None) -> bool:
    """``if (u.origin === base.origin && !u.pathname.startsWith("//")) target = u.pathname +
    u.search``: a value set only inside the branch of a same-site check of what it reads
    (a parsed path also checked for a second leading slash)."""
    up, child = value.parent, value
    while up is not None and up.type not in jsscan.FUNCTIONS:
        if up.type == "if_statement" and child == up.child_by_field_name("consequence"):
            cond = up.child_by_field_name("condition")
            # the value itself may be the name (``target = asked`` under ``asked.origin``)
            read = {text(i) for i in [value, *walk(value)] if i.type == "identifier"}
            return cond is not None and bool(read) and jsscan.mentions(cond, read) and \
                _guard_strong(cond, mod, project) and (
                    ".pathname" not in text(value) or _pathname_checked(text(cond)))
        up, child = up.parent, up
    return False


def _constant_list(name: str, mod: Module) -> bool:
    """A module-level array written out in the code, or one imported from a project file
    (a config module: the site's own table, not the request)."""
    if name in mod.imports:
        return True
    value = strip(mod.top.get(name))
    return value is not None and value.type == "array"


# The server's own session store (Express/Koa sessions): the server wrote what it holds.
_SERVER_STATE = re.compile(r"^(?:req|request|ctx)\.session\b")


def _server_state(node: Node | None, stored: frozenset[str] = frozenset()) -> bool:
    """What the session store holds (``req.session.returnTo``), every operand of a ``||`` /
    ``??`` included: ``req.session.returnTo || req.query.next`` falls back to the request.
    ``stored``: session keys a handler copies request input into, which hold input."""
    node = strip(node)
    if node is not None and node.type == "binary_expression" and text(
            node.child_by_field_name("operator")) in ("||", "??"):
        return _server_state(node.child_by_field_name("left"), stored) and _server_state(
            node.child_by_field_name("right"), stored)
    return node is not None and (_session_value(node, stored) or jsscan.is_literal(node))


_SESSION_KEY = re.compile(r"^(?:req|request|ctx)\.session\.(\w+)|"
                          r"""^(?:req|request|ctx)\.session\[\s*['"`](\w+)['"`]\s*\]""")


def _session_value(node: Node, stored: frozenset[str]) -> bool:
    """A value the server's session store holds and no handler filled from the request."""
    m = _SESSION_KEY.match(text(node))
    return bool(_SERVER_STATE.match(text(node))) and not (
        m is not None and (m.group(1) or m.group(2)) in stored)


def _session_inputs(mod: Module, project: jsscan.Project | None = None) -> frozenset[str]:
    """Session keys some handler of the project sets from the request unchecked
    (``req.session.returnTo = req.query.returnTo`` on GET /login): what a later request reads
    back from them is still what that first request said."""
    out: set[str] = set()
    for m in (project.modules.values() if project is not None else [mod]):
        if m is None:
            continue
        if "session-inputs" not in m.cache:
            m.cache["session-inputs"] = frozenset()  # a session value read while judging
            m.cache["session-inputs"] = _session_inputs_of(m)
        out |= m.cache["session-inputs"]
    return frozenset(out)


def _session_inputs_of(mod: Module) -> frozenset[str]:
    if "session" not in mod.src:
        return frozenset()
    entry_fns = {e.fn.id for e in jsscan.entries(mod) if e.fn is not None}
    out = set()
    for n in mod.of_type("assignment_expression"):
        m = _SESSION_KEY.match(text(n.child_by_field_name("left")))
        value = n.child_by_field_name("right")
        if m is None or value is None or _same_site(value, mod, n) or \
                _picked_from_constants(value, mod):
            continue
        names = _taint(mod, n, entry_fns, jsscan.REQUEST_SOURCES, props=False)
        if (jsscan.mentions(value, names) or jsscan.REQUEST_SOURCES.search(text(value))) and \
                not _checked(n, names | {text(value)}, None, mod):
            out.add(m.group(1) or m.group(2))
    return frozenset(out)


def _own_subdomain(target: Node, mod: Module) -> bool:
    """``${protocol}://${sub}.${rootDomain}`` (or ``…${sub}.example.com/…``): the host ends in
    the site's own domain, imported, configured or written out, so whatever ``sub`` is the
    visitor stays on a subdomain of this site."""
    if target.type != "template_string":
        return False
    parts = list(target.named_children)
    at = next((i for i, p in enumerate(parts) if p.type == "string_fragment" and
               "://" in text(p)), None)
    if at is None:
        return False
    tail = text(parts[at]).split("://", 1)[1]
    host: list[str | Node] = [tail] if tail else []
    for part in parts[at + 1:]:
        if part.type != "string_fragment":
            host.append(part)
            continue
        cut = re.split(r"[/?#]", text(part), maxsplit=1)
        if cut[0]:
            host.append(cut[0])
        if len(cut) > 1:
            break
    if len(host) < 2:
        return False
    last, before = host[-1], host[-2]
    if isinstance(last, str):
        return bool(re.fullmatch(r"\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?", last, re.I))
    name = text(last.named_children[0]) if last.named_children else ""
    return isinstance(before, str) and before.endswith(".") and (
        name in mod.imports or bool(re.fullmatch(r"[A-Z][A-Z0-9_]+|(?:process\.)?env\.\w+",
                                                 name)))


_CURRENT_PATH = re.compile(r"(?:window\.)?location\.pathname|\$?page\.url\.pathname|"
                           r"(?:event\.)?url\.pathname|\w+\.nextUrl\.pathname|usePathname\(\)|"
                           r"useLocation\(\)\.pathname|(?:\w+\.)?asPath")


def _current_path(node: Node | None, mod: Module) -> bool:
    """The path of the page the visitor is on: ``usePathname()``, ``location.pathname``,
    ``const { pathname } = useLocation()``, or a name holding one of them."""
    node = strip(node)
    if node is None:
        return False
    if _CURRENT_PATH.fullmatch(text(node)):
        return True
    if node.type != "identifier":
        return False
    scope = jsscan.enclosing_function(node) or mod.root
    value = jsscan.declaration_of(scope, text(node)) or jsscan.declaration_of(mod.root,
                                                                             text(node))
    value = strip(value)
    return value is not None and value.id != node.id and (
        _CURRENT_PATH.fullmatch(text(value)) is not None or (
            text(node) == "pathname" and text(value) in ("useLocation()", "window.location",
                                                         "location", "useRouter()")))


def _current_path_first(target: Node, mod: Module) -> bool:
    """``${pathname}?tab=…`` with ``pathname`` from ``usePathname()``, ``pathname + "?" +
    query``, or the current path itself (``router.replace(pathname)``): the page the visitor
    is on, with other query parameters, stays on this site."""
    if target.type == "identifier" or target.type == "member_expression":
        return _current_path(target, mod)
    if target.type == "binary_expression" and text(target.child_by_field_name("operator")) == "+":
        parts = _operands(target)
        after = jsscan.string_value(parts[1]) if len(parts) > 1 else ""
        return _current_path(parts[0], mod) and (after or "").startswith(("?", "#"))
    if target.type != "template_string":
        return False
    first = next(iter(target.named_children), None)
    if first is None or first.type != "template_substitution" or not first.named_children:
        return False
    return _current_path(first.named_children[0], mod)


def _service_answer(mod: Module, name: str, at: Node, depth: int = 0) -> bool:
    """Whether ``name`` holds what an awaited call answered (``const { data } = await
    supabase.auth.signInWithOAuth(…)``, ``await stripe.checkout.sessions.create(…)``, a row
    from the database, a server action's result), directly or through a property of it: the
    service chose that URL, not the request, even when request values went into the call."""
    scope = jsscan.enclosing_function(at) or mod.root
    value = jsscan.declaration_of(scope, name, at.start_byte)
    while value is not None and value.type in ("parenthesized_expression", "as_expression"):
        value = value.named_children[0] if value.named_children else None
    if value is None:
        return False
    if value.type == "await_expression":
        call = strip(value)
        return call is not None and call.type == "call_expression" and not \
            jsscan.REQUEST_SOURCES.search(callee(call)) and not _VALIDATES.search(callee(call))
    base = re.match(r"(\w+)(?:\??\.\w+)+$", text(strip(value)))
    return depth < 2 and base is not None and _service_answer(mod, base.group(1), value,
                                                              depth + 1)


# Calls that hand back what the request said, checked (zod, yup, joi…): still request input.
_VALIDATES = re.compile(r"(?:^|\.)(?:parse|parseAsync|safeParse|safeParseAsync|validate\w*|"
                        r"cast|decode)$")


def _top_functions(mod: Module) -> Iterator[tuple[Node, list[set[str]]]]:
    """The module's top-level functions (through one wrapper call) with their parameters'
    names: the helpers other code hands values to."""
    for value in mod.top.values():
        fn, _ = jsscan.function_of(mod, value)
        if fn is not None:
            yield fn, _parameter_names(fn)
        for method in jsscan.members(value):  # const Toast = { show(msg) {…} }, class methods
            yield method, _parameter_names(method)


def _parameter_names(fn: Node) -> list[set[str]]:
    """The names each parameter of ``fn`` binds (TS wraps them in required/optional nodes)."""
    p = fn.child_by_field_name("parameters")
    return [jsscan.pattern_names(c.child_by_field_name("pattern") if c.type in (
        "required_parameter", "optional_parameter") else c) for c in (
        p.named_children if p is not None else [])]


def _redirect_wrappers(mod: Module) -> dict[str, int]:
    """Module functions that pass one of their parameters to a redirect: name -> index."""
    out: dict[str, int] = {}
    for name, value in mod.top.items():
        fn, _ = jsscan.function_of(mod, value)
        if fn is None:
            continue
        params = _parameter_names(fn)
        for n in mod.within(fn, "call_expression", "assignment_expression", "new_expression"):
            target = _redirect_target(n, {})
            if target is None or _same_site(target, mod, n):
                continue
            for i, names in enumerate(params):
                if jsscan.mentions(target, names) and not _checked(n, names, fn, mod):
                    out[name] = i
    return out


def _open_redirect(mod: Module, entry_fns: set[int],
                   project: jsscan.Project | None = None) -> Iterator[Finding]:
    """Redirects to a target the request chose and nothing checked (``project`` resolves the
    checks' helpers in other files; without it, this file's only)."""
    wrappers = _redirect_wrappers(mod)
    sources = jsscan.REQUEST_SOURCES
    stored = _session_inputs(mod, project)
    if stored:  # what GET /login put in the session from its query, POST /login reads back
        keys = "|".join(sorted(stored))
        sources = re.compile(rf"{sources.pattern}|\b(?:req|request|ctx)\.session(?:\.(?:{keys})\b|"
                             rf"\[\s*['\"`](?:{keys})['\"`])")
    for n in mod.of_type("call_expression", "assignment_expression", "new_expression"):
        target = _redirect_target(n, wrappers)
        if target is None or _same_site(target, mod, n, project=project) or \
                _picked_from_constants(target, mod):
            continue
        # A component's props come from the code that renders it (<NavButton href="/x">);
        # a page's searchParams are request input (pages are entries).
        names = _taint(mod, n, entry_fns, sources, props=False, trusted=functools.partial(
            _redirect_sanitized, mod=mod, project=project))
        given = _url_given(target)
        direct = bool(sources.search(text(given)))
        if not (jsscan.mentions(given, names) or direct):
            continue
        names = names - {"origin"}
        if not (jsscan.mentions(given, names) or direct):
            continue
        hit = {x for x in names if jsscan.mentions(given, {x})}
        # Names holding what a service answered or what the session store keeps are no input.
        inputs = {name for name in hit if not (_service_answer(mod, name, n) or all(
            _server_state(v, stored) for v in _values_reaching(
                mod.root, name, n, mod, project) or [target]))}
        decl_ok = bool(hit) and not inputs
        if strip(target).type == "call_expression" and not direct:
            # A URL helper's arguments: only those not already same-site can carry input.
            loose = [a for a in args(strip(target)) if not _same_site(a, mod, n, project=project)]
            decl_ok = decl_ok or not any(jsscan.mentions(a, inputs) for a in loose)
        for name in hit:
            values = _values_reaching(mod.root, name, n, mod, project)
            if values is None or (values and all(
                    _redirect_sanitized(v, mod, project) or _strong_ternary(v, mod, project) or
                    _picked_from_constants(v, mod) or _literal_path_prefix(v, mod) or
                    _assigned_under_check(v, mod, project) for v in values)):
                decl_ok = True
        if (decl_ok or _checked(n, hit or names, None, mod, project, target)) and not \
                _parsed_path_of_input(target, n, names):
            continue
        if _link_sink(n) and any(_SCHEME_CHECK.search(text(c))
                                 for c in jsscan.conditions_over(n, None)):
            continue  # a link to the site a person gave, kept to http(s): no script, no redirect
        if _parsed_path_of_input(target, n, names) or _through_path_helper(
                [target, *(v for name in hit for v in _values_reaching(
                    mod.root, name, n, mod, project) or [])], mod, project):
            yield _finding(mod.path, jsscan.line(n), "open-redirect", _PATHNAME_REDIRECT)
        else:
            yield _finding(mod.path, jsscan.line(n), "open-redirect",
                           "the redirect target comes from the request; parse it as a URL and "
                           "keep it only if it is same-origin (no scheme, no //, no \\), else "
                           "use /")
        if _BROWSER_NAVIGATION.search(jsscan.dotted(n.child_by_field_name("left")) if
                                      n.type == "assignment_expression" else callee(n)) or \
                _link_sink(n):
            yield _finding(mod.path, jsscan.line(n), "dom-xss",
                           "the page navigates to a URL from the request: a javascript: URL "
                           "runs script in this origin; allow only same-origin paths")


def _url_given(target: Node) -> Node:
    """What of a redirect target can name another site: ``path`` of ``new URL(path,
    req.nextUrl.origin)``, whose base is only the request's own origin or URL."""
    t = strip(target)
    if t is not None and t.type == "new_expression" and text(
            t.child_by_field_name("constructor")) == "URL" and len(args(t)) == 2 and re.fullmatch(
                r"(?:\w+\.)*(?:origin|url|href)", text(strip(args(t)[1]))):
        return args(t)[0]
    return target


def _redirects_through_imports(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """``goTo(formData.get("next"))`` where ``goTo`` is a project function in another file
    that hands its parameter to ``redirect``: the wrapper's file cannot see the input, this
    one cannot see the redirect."""
    entry_fns = {e.fn.id for e in jsscan.entries(mod) if e.fn is not None}
    for n in mod.of_type("call_expression"):
        name = callee(n)
        if name.split(".")[0] not in mod.imports:
            continue
        found = scan.project.resolve(mod, name)
        given = args(n)
        if found is None:
            arg = _unseen_helper_target(scan, mod, name, given)
        elif found[0] is mod:
            continue
        else:
            fn_name = next((k for k, v in found[0].top.items() if v is found[1]), None)
            index = _redirect_wrappers(found[0]).get(fn_name or "")
            if index is None or index >= len(given):
                continue
            arg = _redirected_part(given[index], found[0], fn_name or "")
        if arg is None or _same_site(arg, mod, n, project=scan.project) or \
                _picked_from_constants(arg, mod):
            continue
        names = _taint(mod, n, entry_fns, jsscan.REQUEST_SOURCES, props=False,
                       trusted=functools.partial(_redirect_sanitized, mod=mod,
                                                 project=scan.project))
        held = arg if arg.type in ("identifier", "shorthand_property_identifier") else None
        value = jsscan.declaration_of(jsscan.enclosing_function(n) or mod.root, text(held),
                                      n.start_byte) if held is not None else arg
        if (jsscan.mentions(arg, names) or jsscan.REQUEST_SOURCES.search(text(arg))) and \
                not _checked(n, names, None, mod, scan.project) and \
                not _redirect_sanitized(value, mod, scan.project):
            yield _finding(mod.path, jsscan.line(n), "open-redirect",
                           f"{name}() redirects to its argument, and this one comes from the "
                           "request; keep it only if it is a same-origin path, else use /")
    yield from _redirect_to_helper_answer(scan, mod)


def _redirect_to_helper_answer(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """``redirect(afterLogin(url))`` where the project's ``afterLogin`` (another file) returns
    what the request's query says (``url.searchParams.get("returnTo") ?? "/"``) with no
    same-site check on the way: this file cannot see the input, that one the redirect."""
    wrappers = _redirect_wrappers(mod)
    for n in mod.of_type("call_expression", "assignment_expression", "new_expression"):
        target = strip(_redirect_target(n, wrappers))
        if target is None or target.type != "call_expression" or \
                callee(target).split(".")[0] not in mod.imports:
            continue
        found = scan.project.resolve(mod, callee(target))
        helper = jsscan.function_of(*found)[0] if found is not None and found[0] is not mod \
            else None
        if helper is None or not _returns_input(helper, jsscan.REQUEST_SOURCES):
            continue
        conds = [c for c in walk(helper) if c.type in ("if_statement", "ternary_expression")
                 for c in [c.child_by_field_name("condition")] if c is not None]
        if any(_guard_strong(c, found[0], scan.project) for c in conds) or \
                _redirect_sanitized(target, mod, scan.project):
            continue
        yield _finding(mod.path, jsscan.line(n), "open-redirect",
                       f"{callee(target)}() answers with a target the request chose, and this "
                       "redirects to it unchecked; keep it only if it is a same-origin path "
                       "(no scheme, no //, no \\), else use /")


_REDIRECT_KEY = re.compile(r"^(?:redirect_?(?:to|url|uri|path)|return_?(?:to|url|path)|next|"
                           r"next_?(?:url|path)|callback_?url|continue_?(?:to|url)|goto)$",
                           re.IGNORECASE)


def _unseen_helper_target(scan: _Scan, mod: Module, name: str, given: list[Node]) -> Node | None:
    """What a project helper whose file is not here gets as the place to send the browser:
    ``createUserSession({ request, userId, redirectTo })`` from ``~/session.server``, a
    ``redirectTo`` argument. Such a helper exists to redirect there; packages are not judged."""
    source = mod.imports[name.split(".")[0]][0]
    if not source.startswith((".", "@/", "~/", "$lib/", "~~/", "@@/")) or \
            scan.project.module_for(mod.path, source) is not None:
        return None
    for a in given:
        a = strip(a) or a
        if a.type == "identifier" and _REDIRECT_KEY.match(text(a)):
            return a
        for p in a.named_children if a.type == "object" else []:
            key = p if p.type == "shorthand_property_identifier" else \
                p.child_by_field_name("key") if p.type == "pair" else None
            if key is not None and _REDIRECT_KEY.match(text(key)):
                return p if p.type == "shorthand_property_identifier" else \
                    p.child_by_field_name("value")
    return None


def _redirected_part(arg: Node, wrapper_mod: Module, wrapper: str) -> Node | None:
    """What of a wrapper's argument reaches its redirect: the argument, or for an options
    object (``createUserSession({ request, userId, redirectTo })``) the value of the key the
    wrapper's destructured parameter sends on."""
    value = strip(arg)
    fn = jsscan.function_of(wrapper_mod, wrapper_mod.top.get(wrapper))[0]
    if value is None or value.type != "object" or fn is None:
        return arg
    keys = set()
    for n in wrapper_mod.within(fn, "call_expression", "assignment_expression", "new_expression"):
        target = _redirect_target(n, {})
        if target is not None:  # a destructured key, or the key read off the options object
            keys |= {text(i) for i in [target, *walk(target)] if i.type == "identifier" or (
                i.type == "property_identifier" and i.parent is not None and
                i.parent.type == "member_expression" and strip(i.parent.child_by_field_name(
                    "object")) is not None and strip(i.parent.child_by_field_name(
                        "object")).type == "identifier")}
    for p in value.named_children:
        key = p if p.type == "shorthand_property_identifier" else \
            p.child_by_field_name("key") if p.type == "pair" else None
        if key is not None and text(key) in keys:
            return p if p.type == "shorthand_property_identifier" else \
                p.child_by_field_name("value")
    return None


def _auth_redirect_callback(mod: Module) -> Iterator[Finding]:
    """NextAuth's ``callbacks.redirect({ url, baseUrl })`` returning ``url`` unchecked: after
    sign-in the browser goes wherever ``callbackUrl`` said (its default keeps the origin)."""
    for member in mod.of_type("method_definition", "pair"):
        fn = member
        name = fn.child_by_field_name("name" if fn.type == "method_definition" else "key")
        if text(name) != "redirect":
            continue
        if fn.type == "pair":
            fn = strip(fn.child_by_field_name("value"))
            if fn is None or fn.type not in jsscan.FUNCTIONS:
                continue
        params = _parameter_names(fn)
        holder = member.parent.parent if member.parent is not None else None  # callbacks: {…}
        if not params or "url" not in params[0] or holder is None or holder.type != "pair" or \
                text(holder.child_by_field_name("key")) != "callbacks":
            continue
        for ret in walk(fn, skip_functions=True):
            value = strip(ret.named_children[0]) if ret.type == "return_statement" and \
                ret.named_children else None
            if value is not None and text(value) == "url" and not any(
                    jsscan.mentions(c, {"url"}) for c in jsscan.conditions_over(ret, fn)):
                yield _finding(mod.path, jsscan.line(ret), "open-redirect",
                               "the sign-in redirect callback returns any url it is given; "
                               "return it only when it starts with baseUrl (or is a path), "
                               "else baseUrl")
                break


# A condition that lets only web addresses through: ``url.protocol === "https:"``,
# ``["http:", "https:"].includes(u.protocol)`` (or a list named elsewhere),
# ``/^https?:\/\//.test(x)``, ``/^(https?|mailto):/``, ``x.startsWith("http")``, and
# ``const { protocol } = new URL(u); return protocol === "https:"``.
_SCHEME_CHECK = re.compile(r"""\.protocol\b.*['"`]https?:['"`]|['"`]https?:['"`].*\.protocol\b|"""
                           r"""(?<![\w$])protocol\s*[!=]==?\s*['"`]https?:['"`]|"""
                           r"""\.includes\([^()]*(?:\([^()]*\))?[^()]*\.protocol\s*\)|"""
                           r"""/\^\(?(?:\?:)?(?:[\w+.-]+\|)*https\??|"""
                           r"""\.startsWith\(\s*['"`]https?""", re.DOTALL)


def _link_sink(n: Node) -> bool:
    """``a.href = x`` / ``el.setAttribute("href", x)``: a javascript: URL there runs in the
    page when the visitor follows the link."""
    if n.type == "assignment_expression":
        left = jsscan.dotted(n.child_by_field_name("left"))
        return not re.search(r"(?:^|\.)location(?:\.href)?$", left)
    return n.type == "call_expression" and callee(n).endswith(".setAttribute")


# Where the browser itself goes: a javascript: URL there runs in the page (a server redirect
# to one does nothing).
_BROWSER_NAVIGATION = re.compile(r"(?:^|\.)location(?:\.href)?$|location\.(?:assign|replace)$|"
                                 r"^(?:window\.)?open$")
# A query parameter whose value is a session token, a password or a secret, by its name or by
# what fills it: `?access_token=${…}`, `?session=${data.session.access_token}`, `"&jwt=" + t`.
# (A Stripe `?session_id=${session.id}` is an id, not a credential.)
_QUERY_VALUE = re.compile(r"[?&]([\w-]+)=(?:\$\{([^}]*)\}|[\"'`]\s*\+\s*"
                          r"(?:(?:encodeURI(?:Component)?|String)\(\s*)?([\w.$?]+))")
_TOKEN_WORDS = re.compile(r"^(?:access_token|refresh_token|id_token|provider_token|"
                          r"session_token|jwt|auth_token|api_?key|password|passwd|secret|"
                          r"client_secret)$|(?:access|refresh|id|provider|auth)_?token|\bjwt\b|"
                          r"password|secret|^(?:pass|pwd|pw)$|\.(?:pass|pwd)$", re.IGNORECASE)


def _token_param(target: Node, mod: Module) -> bool:
    return any(_TOKEN_WORDS.search(m.group(1)) or _TOKEN_WORDS.search(m.group(2) or
                                                                       m.group(3) or "") or
               _signed_session(m.group(2) or m.group(3) or "", target, mod)
               for m in _QUERY_VALUE.finditer(_url_text(target, mod)))


# Libraries whose sign/encode makes a bearer token (a session JWT).
_JWT_LIBRARIES = re.compile(r"^(?:jsonwebtoken|jose|hono/jwt|next-auth/jwt|@auth/core/jwt|"
                            r"jwt-simple|fast-jwt|@tsndr/cloudflare-worker-jwt|"
                            r"@fastify/jwt)$")


def _signed_session(value: str, at: Node, mod: Module) -> bool:
    """``?token=${token}`` where ``token`` holds what a JWT library just signed
    (``jwt.sign({ sub: user.id }, secret, { expiresIn: "30d" })``, jose's ``new SignJWT(…)
    .sign(key)``): a bearer credential, whatever the parameter is called. A hand-off token that
    lives a minute or so (``expiresIn: "60s"``) is how single sign-on passes one on."""
    if not re.fullmatch(r"[\w$]+", value):
        return False
    bound = strip(jsscan.declaration_of(jsscan.enclosing_function(at) or mod.root, value,
                                        at.start_byte))
    while bound is not None and bound.type == "await_expression":
        bound = strip(bound.named_children[0]) if bound.named_children else None
    if bound is None or bound.type != "call_expression":
        return False
    chain = callee(bound)
    base = re.split(r"[.(]", chain.removeprefix("new "))[0]
    signed = re.search(r"(?:^|\.)(?:sign|encode)$", chain) is not None and (
        (base in mod.imports and _JWT_LIBRARIES.match(mod.imports[base][0]) is not None) or
        re.match(r"new\s+SignJWT\b", text(bound)) is not None)
    if not signed:
        return False
    life = re.search(r"(?:expiresIn\s*:\s*|setExpirationTime\(\s*)(?:['\"`](\d+)\s*([a-z]*)"
                     r"['\"`]|(\d+))", text(bound), re.IGNORECASE)
    if life is not None:
        amount = int(life.group(1) or life.group(3))
        unit = (life.group(2) or "s")[:1].lower()
        seconds = amount * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}.get(unit, 31557600)
        if seconds <= 300:
            return False
    return True


def _url_text(node: Node, mod: Module) -> str:
    """A URL expression's code, through the locals it names (``const to = `/x?a=${b}`;
    redirect(to)``, ``"/verify?" + qs``) and what a React state it names is set to
    (``setHref(`/export.csv?access_token=${token}`)`` for ``href``)."""
    value = strip(node)
    if value is None:
        return text(node)
    scope = jsscan.enclosing_function(value) or mod.root
    parts = [text(node)]
    for ident in [value, *walk(value)]:
        if ident.type != "identifier":
            continue
        bound = jsscan.declaration_of(scope, text(ident), value.start_byte) or \
            mod.top.get(text(ident))
        if bound is not None and bound is not ident:
            parts.append(text(bound))
            parts += _state_values(bound, mod)
    return parts[1] if value.type == "identifier" and len(parts) == 2 else " ".join(parts)


def _state_values(bound: Node, mod: Module) -> list[str]:
    """What ``const [x, setX] = useState(…)`` is later set to: each call of its setter."""
    return [text(v) for v in _state_nodes(bound, mod)]


def _state_nodes(bound: Node, mod: Module) -> list[Node]:
    """The values given to the setter of ``const [x, setX] = useState(…)`` (``bound`` is the
    ``useState`` call)."""
    decl = bound.parent
    if bound.type != "call_expression" or not re.search(r"(?:^|\.)useState$", callee(bound)) \
            or decl is None or decl.type != "variable_declarator":
        return []
    pattern = decl.child_by_field_name("name")
    names = list(pattern.named_children) if pattern is not None and \
        pattern.type == "array_pattern" else []
    if len(names) < 2 or names[1].type != "identifier":
        return []
    setter = text(names[1])
    return [a for c in mod.of_type("call_expression") if callee(c) == setter
            for a in args(c)[:1]]


def _secret_env_holders(mod: Module) -> tuple[set[int], set[str]]:
    """Env reads of server secrets (node ids) and the names bound to them
    (``const token = process.env.INTERNAL_API_TOKEN``, ``const { PASS } = process.env``)."""
    if "secret-env" not in mod.cache:
        reads = [n for n, name in env_reads(mod) if (_SECRET_NAME.search(name) or name.endswith(
            "_KEY")) and not _PUBLIC_NAME.search(name) and not _NOT_A_SECRET.search(name)]
        names: set[str] = set()
        for r in reads:
            if r.type in ("shorthand_property_identifier_pattern", "pair_pattern",
                          "object_assignment_pattern"):
                names |= jsscan.pattern_names(r)
                continue
            d = r.parent
            while d is not None and d.type in ("non_null_expression", "binary_expression",
                                               "parenthesized_expression", "as_expression",
                                               "call_expression", "arguments"):
                d = d.parent
            if d is not None and d.type == "variable_declarator":
                names |= jsscan.pattern_names(d.child_by_field_name("name"))
        mod.cache["secret-env"] = ({r.id for r in reads}, names)
    return mod.cache["secret-env"]


def _holds_secret(node: Node | None, mod: Module) -> bool:
    """An expression that is a server secret from the environment, directly or by a name."""
    reads, names = _secret_env_holders(mod)
    return node is not None and (any(n.id in reads for n in [node, *walk(node)]) or
                                 jsscan.mentions(node, names))


# What a person signs in with: a session's token or a password. A service's key from the
# environment in the query of a request the server makes (a weather or maps API's ?appid=)
# reaches no visitor; a link's own token (invite, reset, verify) is meant to travel in it.
_SESSION_VALUE = re.compile(r"(?:access_?token|auth_?token|refresh_?token|session\w*|jwt|"
                            r"password)\W*\}?$", re.IGNORECASE)


def _fetched(call: Node) -> bool:
    """``url.searchParams.set(…)`` on a URL the same function hands to an HTTP client (a
    request the server makes), not to a redirect or a link."""
    receiver = callee(call).split(".")[0]
    scope = jsscan.enclosing_function(call) or call
    while scope.parent is not None and jsscan.enclosing_function(call) is None:
        scope = scope.parent
    return any(n.type == "call_expression" and _HTTP_CLIENT.search(callee(n)) and args(n) and
               text(strip(args(n)[0])).split(".")[0] == receiver for n in walk(scope))


def _session_in_query(url: Node, mod: Module, depth: int = 0) -> bool:
    """``?token=${session.access_token}`` / ``"&password=" + password`` in a request's URL:
    a session token or password (not a server key from the environment) in its query."""
    url = strip(url)
    if url is not None and url.type == "identifier":
        bound = strip(jsscan.declaration_of(jsscan.enclosing_function(url) or mod.root,
                                            text(url), url.start_byte) or mod.top.get(text(url)))
        if bound is not None and depth < 2 and any(_session_in_query(v, mod, depth + 1)
                                                   for v in _state_nodes(bound, mod)):
            return True  # setSrc(`/preview?access_token=${token}`) for <iframe src={src}>
        url = bound
    if url is None:
        return False
    pairs: list[tuple[str, Node]] = []
    if url.type == "template_string":
        pairs = [(text(before), hole) for before, hole in itertools.pairwise(url.named_children)
                 if hole.type == "template_substitution"]
    elif url.type == "binary_expression":
        pieces = []
        node = url
        while node is not None and node.type == "binary_expression":
            pieces.append(node.child_by_field_name("right"))
            node = strip(node.child_by_field_name("left"))
        pieces.append(node)
        pieces.reverse()
        pairs = [(jsscan.string_value(before) or "", value)
                 for before, value in itertools.pairwise(pieces) if value is not None]
    return any(re.search(r"[?&][\w-]*(?:key|token|secret|password|auth|sig|jwt)[\w-]*=$",
                         before, re.IGNORECASE) and _SESSION_VALUE.search(_value_text(value, mod))
               and not _PUBLIC_NAME.search(text(value).split(".")[-1]) and
               not _holds_secret(value, mod) for before, value in pairs)


def _value_text(node: Node, mod: Module) -> str:
    """A value's code, or for a name (``${token}``) what it is bound to: its declaration, or
    what a React state is set to (``setToken(data.session?.access_token)``)."""
    inner = strip(node.named_children[0]) if node.type == "template_substitution" and \
        node.named_children else strip(node)
    if inner is None or inner.type != "identifier":
        return text(node)
    bound = jsscan.declaration_of(jsscan.enclosing_function(inner) or mod.root, text(inner),
                                  inner.start_byte) or mod.top.get(text(inner))
    if bound is None:
        return text(node)
    for held in [text(strip(bound) or bound), *_state_values(strip(bound) or bound, mod)]:
        found = re.search(r"[\w$.?]*(?:access_?token|auth_?token|refresh_?token|jwt)\b", held,
                          re.IGNORECASE)
        if found is not None:
            return found.group(0)  # `data.session?.access_token ?? null`: the token it holds
    return text(node)


# Credentials put into a URL's authority from variables: `https://${USER}:${PASSWORD}@host`.
_URL_CREDS_HOLES = re.compile(r"^[a-z][a-z0-9+.-]{1,20}://\$\{[^}]+\}:\$\{([^}]+)\}@",
                              re.IGNORECASE)
_HTTP_CLIENT = re.compile(r"(?:^|\.)(?:fetch|get|post|put|patch|delete|request|ky|got|"
                          r"needle)$|^(?:axios|got|superagent|request|ofetch|\$fetch)$")


def _url_params(call: Node, mod: Module) -> bool:
    """The receiver of ``x.set(name, value)`` is a URL's query: ``url.searchParams``, or a
    ``new URLSearchParams()`` that is then put in a URL."""
    name = callee(call)
    if name.endswith(("searchParams.set", "searchParams.append")):
        return True
    receiver = name.rsplit(".", 1)[0]
    scope = jsscan.enclosing_function(call) or mod.root
    for d in walk(scope):
        if d.type == "variable_declarator" and text(d.child_by_field_name("name")) == receiver:
            value = strip(d.child_by_field_name("value"))
            return value is not None and value.type == "new_expression" and text(
                value.child_by_field_name("constructor")) == "URLSearchParams" and \
                _put_in_url(value)
    return False


def _secret_params(n: Node) -> bool:
    """``new URLSearchParams({ email, password })`` put into a URL (a template, ``+``,
    ``.toString()``); as a form body (``body: params``) it is not in a URL."""
    a = n.child_by_field_name("arguments")
    obj = strip(a.named_children[0]) if a is not None and a.named_children else None
    if obj is None or obj.type != "object":
        return False
    secret = False
    for p in obj.named_children:
        key = p if p.type == "shorthand_property_identifier" else \
            p.child_by_field_name("key") if p.type == "pair" else None
        value = p if p.type == "shorthand_property_identifier" else \
            p.child_by_field_name("value") if p.type == "pair" else None
        name = jsscan.string_value(key) or text(key)
        if key is not None and _TOKEN_NAME.match(name) and not jsscan.is_literal(value):
            secret = True
    if not secret:
        return False
    return _put_in_url(n)


def _put_in_url(n: Node) -> bool:
    """Whether a ``new URLSearchParams(…)`` (or the name bound to it) ends up in a URL: a
    template, ``+``, ``.toString()``, ``url.search = …``; not a form body."""
    uses = [n]
    holder = n.parent
    while holder is not None and holder.type in ("parenthesized_expression", "as_expression"):
        holder = holder.parent
    if holder is not None and holder.type == "variable_declarator":
        names = jsscan.pattern_names(holder.child_by_field_name("name"))
        scope = jsscan.enclosing_function(n) or _root(n)
        uses = [x for x in walk(scope) if x.type == "identifier" and text(x) in names and
                x.start_byte > holder.end_byte]
    for use in uses:
        up = use.parent
        while up is not None and up.type in ("member_expression", "call_expression",
                                              "arguments", "parenthesized_expression"):
            up = up.parent
        if up is not None and (up.type in ("template_substitution", "binary_expression") or (
                up.type == "assignment_expression" and
                jsscan.dotted(up.child_by_field_name("left")).endswith(".search"))):
            return True
    return False


_TOKEN_NAME = re.compile(r"^(?:access_token|refresh_token|id_token|provider_token|"
                         r"session_token|jwt|auth_token|password|passwd|secret|"
                         r"client_secret)$", re.IGNORECASE)


# Where a server hands a value to the visitor: a response's body or Location, a page's data.
_TO_VISITOR = re.compile(r"^(?:NextResponse|Response)\.(?:json|redirect)$|^(?:json|redirect|"
                         r"data|typedjson|superjson)$|^(?:res|reply|response|ctx|c|h)\."
                         r"(?:json|jsonp|send|redirect|location|html|render|body|response)$")
_PAGE_DATA = re.compile(r"^(?:load|loader|getServerSideProps|getStaticProps|GET)$")


_CARRIES = ("pair", "object", "array", "arguments", "parenthesized_expression",
            "template_substitution", "template_string", "spread_element", "jsx_expression",
            "as_expression", "await_expression")


def _to_visitor(value: Node, mod: Module) -> bool:
    """A value (or the local bound to it) that a response sends the browser: an argument of
    ``NextResponse.json``/``res.json``/``redirect``, ``new Response(…)``, a JSX attribute,
    ``ctx.body =``, or what a page's ``load`` returns."""
    uses = [value]
    holder = value.parent
    while holder is not None and holder.type in ("parenthesized_expression", "as_expression",
                                                  "non_null_expression"):
        holder = holder.parent
    if holder is not None and holder.type == "variable_declarator":
        names = jsscan.pattern_names(holder.child_by_field_name("name"))
        scope = jsscan.enclosing_function(value) or mod.root
        uses = [x for x in walk(scope) if x.type in ("identifier", "shorthand_property_identifier")
                and text(x) in names and x.start_byte > holder.end_byte]
    for use in uses:
        up = use
        while up.parent is not None and (up.parent.type in _CARRIES or (
                up.parent.type == "call_expression" and callee(up.parent) == "JSON.stringify")
                or (up.parent.type == "member_expression" and text(up.parent.child_by_field_name(
                    "property")) in ("href", "toString", "toJSON")) or (
                up.parent.type == "call_expression" and up.type == "member_expression")):
            up = up.parent
            if up.type == "call_expression" and _TO_VISITOR.match(callee(up)):
                return True
        parent = up.parent
        if parent is None:
            continue
        if parent.type == "new_expression" and text(parent.child_by_field_name(
                "constructor")) == "Response":
            return True
        if parent.type == "call_expression" and _TO_VISITOR.match(callee(parent)):
            return True
        if parent.type == "jsx_attribute":
            return True
        if parent.type == "assignment_expression" and re.search(
                r"(?:^|\.)(?:body|location|href)$", jsscan.dotted(
                    parent.child_by_field_name("left"))):
            return True
        if parent.type == "return_statement":
            fn = jsscan.enclosing_function(parent)
            name = jsscan.declared_name(fn) if fn is not None else None
            if name is not None and _PAGE_DATA.match(text(name)) and (
                    jsscan.is_page_path(mod.path) or re.search(
                        r"\+page\.server\.|\+layout\.server\.|/routes/|/pages/", mod.path)):
                return True
    return False


def _credentials_sent(mod: Module) -> Iterator[Finding]:
    """``https://${user}:${password}@host/…`` built from server secrets and handed to the
    browser (a download link in a JSON answer, a redirect, an href): every visitor then holds
    the account's password."""
    for n in mod.of_type("template_string"):
        m = _URL_CREDS_HOLES.match(text(n).strip("`"))
        if m is None:
            continue
        holes = [c for c in n.named_children if c.type == "template_substitution"]
        password = holes[1].named_children[0] if len(holes) > 1 and \
            holes[1].named_children else None
        if password is None or not (re.search(r"pass|secret|token|key|pwd", m.group(1),
                                              re.IGNORECASE) or _holds_secret(password, mod)):
            continue
        if _to_visitor(n, mod):
            yield _finding(mod.path, jsscan.line(n), "credentials-in-url", _CREDENTIALS_SENT)
    for n in mod.of_type("assignment_expression"):  # url.password = process.env.X
        left = n.child_by_field_name("left")
        if left is None or left.type != "member_expression" or text(
                left.child_by_field_name("property")) != "password" or not _holds_secret(
                n.child_by_field_name("right"), mod):
            continue
        obj = strip(left.child_by_field_name("object"))
        scope = jsscan.enclosing_function(n) or mod.root
        value = strip(jsscan.declaration_of(scope, text(obj), n.start_byte)) if obj is not \
            None and obj.type == "identifier" else None
        if value is not None and value.type == "new_expression" and text(
                value.child_by_field_name("constructor")) == "URL" and _to_visitor(value, mod):
            yield _finding(mod.path, jsscan.line(n), "credentials-in-url", _CREDENTIALS_SENT)


_CREDENTIALS_SENT = ("a URL with the account's user name and password inside is sent to the "
                     "browser, so every visitor holds the password; hand out a signed, expiring "
                     "link (or proxy the download) instead")


# Client-side routers' own navigation (react-router's useNavigate(), SvelteKit's goto, Nuxt's
# navigateTo): in-app paths, so no open redirect, but the URL is the address bar's.
_IN_APP_NAVIGATION = re.compile(r"^(?:navigate|goto|navigateTo|(?:router|navigation)\.navigate)$")


def _tokens_in_url(mod: Module) -> Iterator[Finding]:
    """A session token, password or key put into a URL the browser is sent to (a redirect, a
    link): URLs end up in history, server logs and Referer headers."""
    for n in mod.of_type("call_expression", "assignment_expression", "new_expression",
                         "jsx_attribute"):
        if n.type == "jsx_attribute":  # <Link href={`/welcome?password=${password}`}>
            value = n.named_children[-1] if len(n.named_children) > 1 else None
            name = text(n.named_children[0])
            # a link's query: a token or password by name; a frame's or image's: the session's
            if name in ("href", "to", "action", "src") and value is not None and \
                    value.type == "jsx_expression" and value.named_children and (
                        (name != "src" and _token_param(value, mod)) or
                        _session_in_query(value.named_children[0], mod)):
                yield _finding(mod.path, jsscan.line(n), "token-in-url",
                               "a password or token is put in a link's query string, where "
                               "history, logs and Referer headers keep it; send it in a POST "
                               "body instead")
            continue
        if n.type == "new_expression":
            given = n.child_by_field_name("arguments")
            first = given.named_children[0] if given is not None and given.named_children \
                else None
            if text(n.child_by_field_name("constructor")) in ("EventSource", "WebSocket") and \
                    first is not None and _session_in_query(first, mod):
                yield _finding(mod.path, jsscan.line(n), "token-in-url",
                               "the session token is put in the stream's URL, where server and "
                               "proxy logs keep it; authenticate with the session cookie, or a "
                               "one-time ticket the server hands out for the connection")
                continue
            if text(n.child_by_field_name("constructor")) == "URLSearchParams" and \
                    _secret_params(n):
                yield _finding(mod.path, jsscan.line(n), "token-in-url",
                               "a password or token is put in a URL's query string, where "
                               "history, logs and Referer headers keep it; send it in a POST "
                               "body instead")
            continue
        target = _redirect_target(n, {})
        if target is None and n.type == "call_expression" and _IN_APP_NAVIGATION.match(
                callee(n)) and args(n):
            target = args(n)[0]  # the URL still lands in history, however the app routes it
        hit = target is not None and _token_param(target, mod)
        # A server's own request to a provider that takes its key in the query (a weather or
        # maps API's ?appid=, from a server-only env var) shows the key to no visitor: only
        # a session token or password put in a request's URL counts there.
        if not hit and n.type == "call_expression" and re.search(
                r"(?:^|\.)\w+\.(?:set|append)$", callee(n)):
            a = args(n)
            hit = len(a) > 1 and ((bool(_TOKEN_NAME.match(jsscan.string_value(a[0]) or "")) and
                                  not jsscan.is_literal(a[1])) or (_holds_secret(a[1], mod) and
                                                                   not _fetched(n))) and \
                _url_params(n, mod)
        if not hit and n.type == "call_expression" and re.search(
                r"(?:^|\.)(?:fetch|get|post|put|request|ky)$|^axios$", callee(n)) and args(n):
            hit = _session_in_query(args(n)[0], mod)
        if not hit and n.type == "call_expression" and _HTTP_CLIENT.search(callee(n)) and \
                args(n):
            m = _URL_CREDS_HOLES.match(_url_text(args(n)[0], mod).strip("`"))
            if m is not None and re.search(r"pass|secret|token|key|pwd", m.group(1),
                                           re.IGNORECASE):
                yield _finding(mod.path, jsscan.line(n), "credentials-in-url",
                               "a user name and password are put inside the URL of a request, "
                               "where logs and error messages print them; send them in an "
                               "Authorization header instead")
                continue
        if hit:
            yield _finding(mod.path, jsscan.line(n), "token-in-url",
                           "a session token or secret is put in a URL's query string, where "
                           "history, logs and Referer headers keep it; set a cookie or pass it "
                           "in a POST body instead")


def _picked_from_constants(node: Node | None, mod: Module, depth: int = 0) -> bool:
    """``DESTINATIONS[key] ?? "/"``: a value looked up in a module-level table of constants
    (an allow-list), whatever the key; or a call of this file's helper whose every return is
    one (``destination(form.get("then"))``)."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "call_expression" and depth < 2 and re.fullmatch(r"\w+", callee(node)):
        found = jsscan.Project({mod.path: mod}).resolve(mod, callee(node))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        body = fn.child_by_field_name("body") if fn is not None else None
        if body is not None and body.type != "statement_block":
            return _constant(body, mod) or _picked_from_constants(body, mod, depth + 1)
        returns = [strip(r.named_children[0]) if r.named_children else None
                   for r in walk(fn, skip_functions=True) if r.type == "return_statement"] \
            if fn is not None else []
        return bool(returns) and all(r is not None and (_constant(r, mod) or
                                                        _picked_from_constants(r, mod, depth + 1))
                                     for r in returns)
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in (
            "??", "||"):
        return _picked_from_constants(node.child_by_field_name("left"), mod) and _constant(
            node.child_by_field_name("right"), mod)
    if node.type == "ternary_expression":  # Object.hasOwn(PATHS, key) ? PATHS[key] : "/"
        branches = [node.child_by_field_name(f) for f in ("consequence", "alternative")]
        return all(_constant(b, mod) or _picked_from_constants(b, mod) for b in branches)
    if node.type == "subscript_expression":
        obj = strip(node.child_by_field_name("object"))
        return obj is not None and obj.type == "identifier" and text(obj) in mod.top and \
            _constant(mod.top[text(obj)], mod) and not _filled_later(text(obj), mod)
    if node.type == "call_expression" and callee(node).count(".") == 1 and \
            callee(node).endswith(".get") and not _filled_later(callee(node).split(".")[0], mod):
        # RETURN_PATHS.get(key): a Map of constants
        table = strip(mod.top.get(callee(node).split(".")[0]))
        a = table.child_by_field_name("arguments") if table is not None and \
            table.type == "new_expression" and text(table.child_by_field_name(
                "constructor")) == "Map" else None
        entries = [strip(c) for c in a.named_children] if a is not None else []
        return a is not None and all(_constant(c, mod) or (  # new Map(Object.entries({…}))
            c is not None and c.type == "call_expression" and callee(c) == "Object.entries" and
            all(_constant(x, mod) for x in args(c))) for c in entries)
    return False


def _strong_ternary(value: Node, mod: Module, project: jsscan.Project | None = None) -> bool:
    """``check(x) ? x : "/"`` with a check that keeps the visitor on the site, or a project
    helper that is such a check."""
    value = strip(value)
    if value is None:
        return False
    if value.type == "ternary_expression":
        return _guard_strong(value.child_by_field_name("condition"), mod, project)
    if value.type == "call_expression":
        found = (project or jsscan.Project({mod.path: mod})).resolve(mod, callee(value))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is not None:
            return _helper_keeps_on_site(fn, found[0], project)  # type: ignore[index]
    return False


def _code_injection(mod: Module) -> Iterator[Finding]:
    # shelljs' shell.exec(command) runs its text in a shell, as child_process.exec does
    child = {local for local, (source, name) in mod.imports.items()
             if source.removeprefix("node:") == "child_process" or (
                 source == "shelljs" and name in ("default", "*", "exec"))}
    for n in mod.of_type("variable_declarator"):  # const cp = require("child_process")
        value = text(n.child_by_field_name("value"))
        required = re.search(r"require\(\s*['\"](?:(?:node:)?child_process|shelljs)['\"]\s*\)",
                             value)
        promised = re.match(r"(?:util\.)?promisify\(", value) and any(w in value for w in child)
        if required or promised:
            child |= jsscan.pattern_names(n.child_by_field_name("name"))
    methods = _child_methods(mod, child)
    evaluators = _evaluator_aliases(mod)
    for n in mod.of_type("call_expression", "new_expression"):
        if n.type == "call_expression":
            name = evaluators.get(callee(n), callee(n))
        else:  # const Fn = Function; new Fn("v", body)
            made = n.child_by_field_name("constructor")
            name = "new " + (evaluators.get(text(made)) or _evaluator(made, mod) or text(made))
        if name in methods:  # const run = cp.execSync; const { exec: sh } = cp
            name = f"{_CHILD_MODULE}.{methods[name]}"
        if n.type == "call_expression" and name == "?":  # (0, eval)(code): an indirect eval
            name = _evaluator(n.child_by_field_name("function"), mod) or name
        a = args(n) if n.type == "call_expression" else (
            n.child_by_field_name("arguments").named_children
            if n.child_by_field_name("arguments") is not None else [])
        # an element of the code's own constant table, iterated (``Object.entries(SOURCES)
        # .map(([k, src]) => new Function("v", src))``), is as fixed as the table
        dynamic = [x for x in a if not _fixed_text(x, mod, n)]
        what = ""
        if name in ("new Deno.Command", "Deno.run", "Bun.spawn", "Bun.spawnSync") and a:
            what = _runtime_command(name, a, mod)
        if what:
            pass
        elif name in ("eval", "window.eval", "globalThis.eval") and dynamic:
            what = "eval() runs text built at run time"
        elif name in ("new Function", "Function") and dynamic:
            what = "new Function() compiles text built at run time"
        elif name in ("require", "import") and a and _module_from_request(a[0], n):
            what = f"{name}() loads a module the request names (any file the server can read)"
        elif re.match(r"vm\.(?:runIn\w*|compileFunction)$|new vm\.Script$", name) and dynamic:
            what = f"{name} runs text built at run time"
        elif a and _template_compiler(name, mod) and (_text_from_input(a[0], n, mod) or bool(
                jsscan.REQUEST_SOURCES.search(text(a[0])))):
            what = f"{name}() compiles a template the request wrote, and its template " \
                "language runs code"
        elif name in ("setTimeout", "setInterval", "window.setTimeout",
                      "window.setInterval") and a and not _constant(a[0], mod) and (
                strip(a[0]).type in ("template_string", "binary_expression", "string") or
                _text_from_input(a[0], n, mod)):
            what = f"{name} with a string evaluates it"
        else:
            base, _, method = name.rpartition(".")
            fn_name = method if base in child or base == _CHILD_MODULE else \
                name if name in child else ""
            if fn_name in ("exec", "execSync") or (name in child and name in ("exec",
                                                                              "execSync")):
                if a and not _fixed_text(a[0], mod, n):
                    what = f"{fn_name or name}() hands a command built from input to a shell"
            elif fn_name in _CHILD or name in child:
                shell = any(re.search(r"shell\s*:\s*true", text(x)) for x in a) or (
                    a and _SHELL.match(jsscan.string_value(a[0], mod.consts) or "") is not None)
                if a and ((not _trusted_program(a[0], mod) and not _program_from_callers(
                        a[0], n, mod)) or (shell and dynamic)):
                    what = f"{fn_name or name}() runs a command chosen at run time"
            elif name.rsplit(".", 1)[-1] in ("exec", "execSync") and \
                    name.split(".")[0] in child and a and not _fixed_text(a[0], mod, n):
                what = f"{name}() hands a command built from input to a shell"
            elif name.endswith(".$where") and dynamic:  # Mongoose's Query#$where(js)
                what = f"{name}() runs JavaScript built at run time on the database"
        if what and name in _PAGE_EVALUATORS and any(_from_page_url(x, n, mod) for x in dynamic):
            what += _IN_PAGE
        if what:
            yield _finding(mod.path, jsscan.line(n), "code-injection",
                           f"{what}; never evaluate or shell out with input (parse it, or pass "
                           "fixed arguments to execFile)")


def _mongo_server_js(mod: Module) -> Iterator[Finding]:
    """MongoDB operators that run JavaScript on the server, given text built at run time:
    ``{ $where: `this.price < ${max}` }``, ``{ $function: { body: req.body.fn, … } }``,
    ``$accumulator``'s functions. Whoever writes the text runs code next to every document."""
    if "$where" not in mod.src and "$function" not in mod.src and "$accumulator" not in mod.src:
        return
    for pair in mod.of_type("pair"):
        key = text(pair.child_by_field_name("key")).strip("'\"`")
        value = strip(pair.child_by_field_name("value"))
        if value is None:
            continue
        if key == "$where":
            code = [value]
        elif key in ("$function", "$accumulator") and value.type == "object":
            code = [strip(p.child_by_field_name("value")) for p in value.named_children
                    if p.type == "pair" and text(p.child_by_field_name("key")).strip(
                        "'\"`") in ("body", "init", "accumulate", "merge", "finalize")]
        else:
            continue
        if any(c is not None and c.type not in jsscan.FUNCTIONS and not _constant(c, mod)
               for c in code):
            yield _finding(mod.path, jsscan.line(pair), "code-injection",
                           f"MongoDB's {key} runs JavaScript built at run time on the database; "
                           "never evaluate or shell out with input (use query operators such "
                           "as $expr/$lt with the values as data)")


# A page that evaluates what its URL (or another window's message) says: whoever sends the
# link runs script in the page's origin, DOM XSS as well as code injection.
_PAGE_EVALUATORS = ("eval", "window.eval", "globalThis.eval", "new Function", "Function",
                    "setTimeout", "setInterval", "window.setTimeout", "window.setInterval")
_PAGE_INPUT = re.compile(r"\blocation\.(?:search|hash|href)|\bURLSearchParams\b|"
                         r"\bsearchParams\b|document\.referrer|window\.name|"
                         r"\b(?:e|ev|event|msg|message)\.data\b")
_IN_PAGE = " from the page's URL (script in this origin: DOM XSS)"


def _from_page_url(node: Node | None, at: Node, mod: Module, depth: int = 0) -> bool:
    """Text read from the page's URL, directly or through names bound to it (``params =
    new URLSearchParams(location.search)``; ``formula = params.get("f")``)."""
    if node is None or _PAGE_INPUT.search(text(node)):
        return node is not None
    scope = jsscan.enclosing_function(at) or mod.root
    return depth < 3 and any(
        (i.type == "identifier" and (value := jsscan.declaration_of(
            scope, text(i), at.start_byte) or jsscan.declaration_of(
            mod.root, text(i), at.start_byte)) is not None and value is not i and
         _from_page_url(value, value, mod, depth + 1)) or _page_url_passed(i, mod, depth)
        for i in [node, *walk(node)])


def _page_url_passed(ident: Node, mod: Module, depth: int) -> bool:
    """A parameter of this file's function (``compute(expr)``) that some call of it hands
    text from the page's URL (``compute(params.get("calc"))``)."""
    return any(_from_page_url(given, call, mod, depth + 1)
               for call, given in _passed_to(ident, mod))


def _url_to_imported_evaluator(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A page that hands text from its URL to another file's function that evaluates that
    parameter (``evaluate(params.get("q"))`` where calc.js runs ``Function(…expression…)``):
    script in the page's origin, DOM XSS, said at the call."""
    for call in mod.of_type("call_expression"):
        name = callee(call)
        if not name or name.split(".")[0] not in mod.imports or not args(call):
            continue
        found = scan.project.resolve(mod, name)
        helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if found is None or helper is None or found[0] is mod or not _runs_built_code(
                found[0], helper):
            continue
        evaluated = [e for e in walk(helper) if e.type in ("call_expression", "new_expression")
                     and (callee(e) if e.type == "call_expression" else "new " + text(
                         e.child_by_field_name("constructor"))) in _PAGE_EVALUATORS]
        for i, names in enumerate(_parameter_names(helper)):
            if i < len(args(call)) and any(jsscan.mentions(e.child_by_field_name("arguments"),
                                                           names) for e in evaluated) and \
                    _from_page_url(args(call)[i], call, mod):
                yield _finding(mod.path, jsscan.line(call), "dom-xss",
                               f"{name}() evaluates its argument as code, and this page hands "
                               "it text from its URL: whoever sends the link runs script in "
                               "this origin; parse the value instead of evaluating it")
                break


def _passed_to(ident: Node, mod: Module) -> Iterator[tuple[Node, Node]]:
    """(call, argument) for each call in this file of the function whose parameter
    ``ident`` is, with what the call gives that parameter."""
    if ident.type != "identifier":
        return
    fn = jsscan.enclosing_function(ident)
    params = (fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")) \
        if fn is not None else None
    if fn is None or params is None:
        return
    listed = [params] if params.type == "identifier" else list(params.named_children)
    index = next((k for k, p in enumerate(listed)
                  if text(p.child_by_field_name("pattern") or p) == text(ident)), None)
    name = jsscan.declared_name(fn)
    if index is None or name is None:
        return
    for call in mod.of_type("call_expression"):
        if callee(call) == text(name) and len(args(call)) > index:
            yield call, args(call)[index]


_CHILD_MODULE = "child_process"

# Template engines whose templates run JavaScript (<% %>, pug's `- code`, Handlebars'
# helpers and prototype access): compiling a template someone sent runs their code. Mustache
# is logic-less and stays out.
_TEMPLATE_ENGINES = {"lodash": ("template",), "lodash-es": ("template",),
                     "lodash.template": ("default",), "underscore": ("template",),
                     "ejs": ("render", "compile"), "pug": ("render", "compile"),
                     "handlebars": ("compile",), "nunjucks": ("renderString",),
                     "dot": ("template", "compile"), "eta": ("renderString",)}


_TEMPLATE_METHODS = frozenset(m for methods in _TEMPLATE_ENGINES.values() for m in methods)


def _template_compiler(name: str, mod: Module) -> bool:
    """``_.template``, ``pug.compile``, ``Handlebars.compile``, ``ejs.render``… by what the
    name was imported (or required) from, whatever it is called here."""
    base, _, method = name.rpartition(".")
    local = base or name
    if (base and method not in _TEMPLATE_METHODS) or "(" in name:
        return False
    source, imported = mod.imports.get(local, ("", ""))
    if not source and base:
        required = next((m.group(1) for m in re.finditer(
            rf"\b(?:const|let|var)\s+{re.escape(local)}\s*=\s*require\(\s*['\"]([\w.-]+)['\"]",
            mod.src)), "")
        source, imported = required, "default"
    methods = _TEMPLATE_ENGINES.get(source.lower(), ())
    if base:
        return imported in ("default", "*") and method in methods
    return imported in methods or (imported == "default" and "default" in methods)




def _child_methods(mod: Module, child: set[str]) -> dict[str, str]:
    """Local names of child_process's functions: ``import { exec as sh }``, ``const run =
    cp.execSync``, ``const { execSync: run } = cp``, ``promisify(cp.exec)``,
    ``cp.exec.bind(cp)``. The call is judged as the function it is, whatever its name."""
    out = {local: name for local, (source, name) in mod.imports.items()
           if source.removeprefix("node:") == _CHILD_MODULE and name in _CHILD}
    # execa's execaCommand("pandoc " + input) splits one string into a command line
    out.update({local: "execSync" for local, (source, name) in mod.imports.items()
                if source == "execa" and name in ("execaCommand", "execaCommandSync")})
    for n in mod.of_type("variable_declarator"):
        target, value = n.child_by_field_name("name"), strip(n.child_by_field_name("value"))
        if target is None or value is None:
            continue
        if value.type == "call_expression" and re.search(
                r"(?:^|\.)(?:promisify|bind)$", callee(value)):
            inner = callee(value).removesuffix(".bind") if callee(value).endswith(
                ".bind") else text(args(value)[0]) if args(value) else ""
            value_text = inner
        else:
            value_text = text(value)
        base, _, method = value_text.rpartition(".")
        if target.type == "identifier" and method in _CHILD and (
                base in child or re.search(r"require\(\s*['\"](?:node:)?child_process", base)):
            out[text(target)] = method
        elif target.type == "identifier" and value_text in out:
            out[text(target)] = out[value_text]  # const run = promisify(exec)
        elif target.type == "object_pattern" and value_text in child:
            for p in target.named_children:
                key = p.child_by_field_name("key") if p.type == "pair_pattern" else p
                local = p.child_by_field_name("value") if p.type == "pair_pattern" else p
                if key is not None and local is not None and text(key) in _CHILD and \
                        local.type in ("identifier", "shorthand_property_identifier_pattern"):
                    out[text(local)] = text(key)
    return out


def _module_from_request(arg: Node, at: Node) -> bool:
    """``require("./plugins/" + req.params.name)``, ``import(`./locales/${lang}`)`` with
    ``lang`` read from the request: a path the visitor chooses, not a file the code names."""
    if jsscan.is_literal(arg):
        return False
    if callee(at) == "import" and re.search(r"\.(?:json|[cm]?[jt]sx?)`$", text(strip(arg))):
        return False  # import(`./locales/${lang}.json`): a bundler builds the folder's files in
    fn = jsscan.enclosing_function(at)
    names = _tainted_by(fn, False, jsscan.REQUEST_SOURCES) if fn is not None else set()
    return bool(jsscan.REQUEST_SOURCES.search(text(arg))) or jsscan.mentions(arg, names)


def _runtime_command(name: str, given: list[Node], mod: Module) -> str:
    """Deno's and Bun's process APIs: ``new Deno.Command(program, { args })``,
    ``Deno.run({ cmd: [...] })``, ``Bun.spawn([program, ...args])``. A program chosen at run
    time, or a shell (``sh -c``) handed text built at run time, runs what the input says."""
    first = strip(given[0])
    if name == "new Deno.Command":
        program = first
        options = strip(given[1]) if len(given) > 1 else None
        listed = next((strip(p.child_by_field_name("value")) for p in (
            options.named_children if options is not None and options.type == "object" else [])
            if p.type == "pair" and text(p.child_by_field_name("key")) == "args"), None)
        rest = listed.named_children if listed is not None and listed.type == "array" else []
    else:
        if name == "Deno.run" and first is not None and first.type == "object":
            first = next((strip(p.child_by_field_name("value")) for p in first.named_children
                          if p.type == "pair" and text(p.child_by_field_name("key")) == "cmd"),
                         None)
        items = first.named_children if first is not None and first.type == "array" else []
        program, rest = (items[0], items[1:]) if items else (first, [])
    if not _trusted_program(program, mod):
        return f"{name.removeprefix('new ')}() runs a program chosen at run time"
    shell = _SHELL.match(jsscan.string_value(program, mod.consts) or "") is not None
    if shell and any(not _constant(x, mod) for x in rest):
        return f"{name.removeprefix('new ')}() hands a command built from input to a shell"
    return ""


def _code_injections(mod: Module) -> list[Finding]:
    """:func:`_code_injection`'s findings, read once per module (the auth rules ask too)."""
    if "code-injection" not in mod.cache:
        mod.cache["code-injection"] = [*_code_injection(mod), *_mongo_server_js(mod)]
    return mod.cache["code-injection"]


def _runs_built_code(mod: Module, fn: Node) -> bool:
    """A handler that evaluates or shells out with text built at run time: whoever may call
    it runs code on the server, a change of its own whatever the database sees."""
    first, last = jsscan.line(fn), fn.end_point[0] + 1
    return any(first <= (f.line or 0) <= last for f in _code_injections(mod))


def _helper_runs_built_code(scan: _Scan, mod: Module, fn: Node, depth: int = 0) -> bool:
    """A project helper the handler calls (``applies(rule, cart)`` from ``@/lib/rules``)
    that evaluates or shells out with text built at run time: the handler runs code for
    whoever calls it, one file away."""
    return any(_runs_built_code(where, helper) or (depth < 2 and _helper_runs_built_code(
        scan, where, helper, depth + 1)) for where, helper in _helpers_called(scan, mod, fn))


def _helpers_called(scan: _Scan, mod: Module, fn: Node) -> Iterator[tuple[Module, Node]]:
    """The project helpers ``fn`` calls by name (``removePost(id)``, ``posts.remove(id)`` of
    an import), with their modules; not ``fn`` itself nor a function it encloses."""
    for n in walk(fn, skip_functions=True):
        name = callee(n) if n.type == "call_expression" else ""
        if not name or name.count(".") > 1 or ("." in name and name.split(".")[0] not in
                                               mod.imports):
            continue
        found = scan.project.resolve(mod, name)
        helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if found is None or helper is None or helper.id == fn.id or (
                found[0] is mod and helper.start_byte <= n.start_byte < helper.end_byte):
            continue
        yield found[0], helper


_GLOBAL_OBJECT = ("globalThis", "window", "global", "self")


def _text_from_input(node: Node, at: Node, mod: Module, passed: bool = False) -> bool:
    """A name bound to text the page or the request supplies (``const action =
    decodeURIComponent(location.hash.slice(1))``), not to a function."""
    node = strip(node)
    if node is None or node.type != "identifier":
        return False
    value = strip(jsscan.declaration_of(jsscan.enclosing_function(at) or mod.root, text(node),
                                        at.start_byte))
    if value is None and not passed:  # a parameter: what this file's calls hand it
        return any(_text_from_input(given, call, mod, passed=True) or (
            (g := strip(given)) is not None and g.type not in jsscan.FUNCTIONS and bool(
                _DOM_SOURCES.search(text(g)) or jsscan.REQUEST_SOURCES.search(text(g))))
            for call, given in _passed_to(node, mod))
    return value is not None and value.type not in jsscan.FUNCTIONS and bool(
        _DOM_SOURCES.search(text(value)) or jsscan.REQUEST_SOURCES.search(text(value)))


def _evaluator(node: Node | None, mod: Module) -> str:
    """"eval" or "Function" when an expression is one of them under another name:
    ``globalThis.eval``, ``window["ev" + "al"]``, ``(0, eval)``."""
    node = strip(node)
    if node is None:
        return ""
    if node.type == "sequence_expression" and node.named_children:
        return _evaluator(node.named_children[-1], mod)
    if node.type == "identifier" and text(node) in ("eval", "Function"):
        return text(node)
    if node.type == "member_expression" and text(node.child_by_field_name("property")) == \
            "constructor":
        # Object.getPrototypeOf(async function () {}).constructor (AsyncFunction),
        # (() => {}).constructor, Function.prototype.constructor: Function's kin
        held = strip(node.child_by_field_name("object"))
        if held is not None and held.type == "call_expression" and callee(held) in (
                "Object.getPrototypeOf", "Reflect.getPrototypeOf") and args(held):
            held = strip(args(held)[0])
        if held is not None and (held.type in jsscan.FUNCTIONS or text(held) in (
                "Function", "Function.prototype")):
            return "Function"
    if node.type == "member_expression" and text(node.child_by_field_name("object")) in \
            _GLOBAL_OBJECT and text(node.child_by_field_name("property")) in ("eval", "Function"):
        return text(node.child_by_field_name("property"))
    if node.type == "subscript_expression" and text(node.child_by_field_name("object")) in \
            _GLOBAL_OBJECT:
        key = jsscan.string_value(node.child_by_field_name("index"), mod.consts)
        return key if key in ("eval", "Function") else ""
    return ""


def _evaluator_aliases(mod: Module) -> dict[str, str]:
    """Names bound to eval or Function (``const run = globalThis["ev" + "al"]``): a call of
    the name is a call of what it holds."""
    out = {}
    for d in mod.of_type("variable_declarator"):
        name = d.child_by_field_name("name")
        found = _evaluator(d.child_by_field_name("value"), mod)
        if found and name is not None and name.type == "identifier":
            out[text(name)] = "Function" if found == "Function" else "eval"
    return out


def _trusted_program(node: Node | None, mod: Module) -> bool:
    """A program to run that no request chooses: a constant, Node itself
    (``process.execPath``), a path from configuration or an installed package
    (``import ffmpegPath from "ffmpeg-static"``), or a path joined from those."""
    node = strip(node)
    if node is None or _constant(node, mod):
        return True
    if re.fullmatch(r"process\.execPath|process\.env\.\w+|__dirname|__filename|"
                    r"require\.resolve\([^)]*\)", text(node)):
        return True
    if node.type == "identifier" and text(node) in mod.imports:
        source = mod.imports[text(node)][0]
        return not source.startswith((".", "@/", "~/"))
    if node.type == "call_expression" and re.fullmatch(r"path\.(?:join|resolve)",
                                                       callee(node)):
        return all(_trusted_program(x, mod) for x in args(node))
    return False


# Calls whose answer no one outside the server chooses: a fresh id, the time, a number.
_SERVER_MADE = re.compile(r"(?:^|\.)(?:randomUUID|uuid|uuidv4|v4|nanoid|cuid|createId|ulid|"
                          r"randomBytes\(\w*\)\.toString|now|getTime|toISOString|tmpdir|"
                          r"cwd)$|^(?:Number|parseInt|parseFloat|Math\.\w+)$")


def _fixed_text(node: Node | None, mod: Module, at: Node, depth: int = 0) -> bool:
    """Text no request writes: constants, an element of the code's own constant table
    (iterated), and what is built only from those, from fresh ids and times
    (``randomUUID()``, ``Date.now()``) and from numbers, through the locals that hold them
    (``const body = kind === "money" ? MONEY : PCT``, ``path.join(UPLOADS, `${id}.mp4`)``)."""
    node = strip(node)
    if node is None or _constant(node, mod):
        return True
    if depth > 6:
        return False
    if node.type in ("identifier", "member_expression") and _element_of_own_table(node, mod):
        return True
    if node.type == "template_string":
        return all(_fixed_text(c.named_children[0] if c.named_children else None, mod, at,
                               depth + 1)
                   for c in node.named_children if c.type == "template_substitution")
    if node.type == "binary_expression":
        return all(_fixed_text(node.child_by_field_name(f), mod, at, depth + 1)
                   for f in ("left", "right"))
    if node.type == "ternary_expression":
        return all(_fixed_text(node.child_by_field_name(f), mod, at, depth + 1)
                   for f in ("consequence", "alternative"))
    if node.type == "call_expression":
        name = callee(node)
        if _SERVER_MADE.search(name):
            return True
        if re.fullmatch(r"(?:path\.)?(?:join|resolve|basename|extname)|String", name):
            return all(_fixed_text(x, mod, at, depth + 1) for x in args(node))
        return False
    if node.type == "identifier":
        scope = jsscan.enclosing_function(at)
        while scope is not None:
            if any(text(node) in names for names in _parameter_names(scope)):
                return False  # a parameter: whatever the caller passed
            values = _bound_values(scope, text(node), at.start_byte)
            if values:
                return all(v is not node and _fixed_text(v, mod, v, depth + 1) for v in values)
            scope = jsscan.enclosing_function(scope)
        value = mod.top.get(text(node))
        return value is not None and value.type not in jsscan.FUNCTIONS and _fixed_text(
            value, mod, value, depth + 1)
    return False


def _program_from_callers(node: Node | None, at: Node, mod: Module) -> bool:
    """``function run(cmd, args) { spawn(cmd, args) }`` where every call of ``run`` in the file
    names a fixed program (``run("git", ["clone", "--", url, dir])``): the helper runs only
    what its callers chose. One it exports, or hands on as a value, may be called with anything
    from elsewhere."""
    node = strip(node)
    if node is None or node.type != "identifier":
        return False
    fn, index = jsscan.enclosing_function(at), None
    while fn is not None and index is None:  # spawn() inside the helper's new Promise(…)
        index = next((i for i, names in enumerate(_parameter_names(fn)) if text(node) in names),
                     None)
        fn = jsscan.enclosing_function(fn) if index is None else fn
    if fn is None:
        return False
    name = jsscan.declared_name(fn)
    if index is None or name is None or name.type != "identifier" or \
            mod.top.get(text(name)) is None or re.search(
                rf"\b(?:export\b[^;(]*|(?:module\.)?exports\b[^;]*)\b{re.escape(text(name))}\b",
                mod.src):  # an ES export, or CommonJS: module.exports = { run }, exports.run =
        return False
    uses = [i for i in mod.of_type("identifier") if text(i) == text(name) and i != name]
    calls = [u.parent for u in uses if u.parent is not None and u.parent.type ==
             "call_expression" and u.parent.child_by_field_name("function") == u]
    return bool(calls) and len(calls) == len(uses) and all(
        len(args(c)) > index and _trusted_program(args(c)[index], mod) for c in calls)


def _filled_later(name: str, mod: Module) -> bool:
    """Whether the module puts anything into the table ``name`` after writing it (``F.x =``,
    ``F[k] =``, ``F.push(…)``, ``Object.assign(F, …)``): its literal alone (``{}``, ``[]``)
    then says nothing of what it holds when it is read."""
    key = f"filled later:{name}"  # asked of each entry of a table read: once a module
    if key not in mod.cache:
        n = re.escape(name)
        mod.cache[key] = bool(re.search(
            rf"\b{n}(?:\s*(?:\??\.\s*\w+|\[[^\]]*\]))+\s*(?:[-+*/|&?]{{0,2}})=(?![=>])|"
            rf"\b{n}\s*\.\s*(?:push|unshift|splice|set|add|fill|concat)\s*\(|"
            rf"Object\.assign\(\s*{n}\b", mod.src))
    return mod.cache[key]


def _reassigned(name: str, mod: Module) -> bool:
    """Whether the module assigns ``name`` after declaring it (``let html = ""`` …
    ``html = decodeURIComponent(location.hash)``, ``$: note = …``): its first value says
    nothing of what it holds when it is read."""
    key = f"reassigned:{name}"
    if key not in mod.cache:
        n = re.escape(name)
        mod.cache[key] = len(re.findall(
            rf"(?<![\w$.]){n}\s*(?:[-+*/%|&?]{{1,3}})?=(?![=>])|(?<![\w$.]){n}\s*(?:\+\+|--)",
            mod.src)) > 1
    return mod.cache[key]


def _constant(node: Node | None, mod: Module) -> bool:
    node = strip(node)
    if node is None:
        return True
    if node.type == "identifier" and text(node) in mod.top and _reassigned(text(node), mod):
        return False  # let html = "" … html = location.hash
    if jsscan.is_literal(node) or jsscan.string_value(node, mod.consts) is not None:
        return True
    if node.type in ("array", "object"):
        return all(_constant(c.child_by_field_name("value") if c.type == "pair" else c, mod)
                   for c in node.named_children if c.type != "comment")
    if node.type == "identifier" and text(node) in mod.top:
        return jsscan.is_literal(mod.top[text(node)]) or (strip(mod.top[text(node)]).type in (
            "array", "object") and not _filled_later(text(node), mod))
    if node.type == "member_expression":  # SORTS.name: an entry of a module-level table
        obj = strip(node.child_by_field_name("object"))
        return obj is not None and obj.type == "identifier" and text(obj) in mod.top and \
            strip(mod.top[text(obj)]).type == "object" and _constant(mod.top[text(obj)], mod) \
            and not _filled_later(text(obj), mod)
    return False


def _safe_sql_value(node: Node | None, mod: Module, at: Node) -> bool:
    """A value that cannot change a query's shape: constants, numbers, allow-list picks."""
    node = strip(node)
    if node is None or _constant(node, mod):
        return True
    if node.type == "call_expression" and re.match(
            r"(?:Number|parseInt|parseFloat|Math\.\w+|String\(Number|\w+\.toFixed|"
            r"escapeIdentifier|escapeLiteral|format|sql\.identifier|Prisma\.sql|sql)$",
            callee(node)):
        return True
    if node.type == "unary_expression" and text(node).startswith("+"):
        return True
    if node.type == "subscript_expression":
        obj = strip(node.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and text(obj) in mod.top and \
                strip(mod.top[text(obj)]).type in ("object", "array"):
            return True
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in (
            "??", "||"):
        return _safe_sql_value(node.child_by_field_name("left"), mod, at) and \
            _safe_sql_value(node.child_by_field_name("right"), mod, at)
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "&&":
        return _safe_sql_value(node.child_by_field_name("right"), mod, at)  # or a falsy left
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in (
            "*", "-", "/", "%", "**"):
        return True  # (page - 1) * size: arithmetic other than + gives a number
    if node.type == "ternary_expression":
        cond = text(node.child_by_field_name("condition"))
        if re.search(r"\b(?:includes|has)\s*\(|===", cond):
            return True
        return _safe_sql_value(node.child_by_field_name("consequence"), mod, at) and \
            _safe_sql_value(node.child_by_field_name("alternative"), mod, at)
    if node.type in ("identifier", "member_expression") and _element_of_own_table(node, mod):
        return True
    if node.type == "template_string":  # sql.raw(`DELETE FROM ${table.dbName}`)
        return all(_safe_sql_value(c.named_children[0] if c.named_children else None, mod, at)
                   for c in node.named_children if c.type == "template_substitution")
    if node.type == "identifier":
        fn = jsscan.enclosing_function(at) or mod.root
        value = jsscan.declaration_of(fn, text(node), at.start_byte)
        if value is None and fn is not mod.root:
            value = jsscan.declaration_of(mod.root, text(node), at.start_byte)
        if value is not None and value is not node and _safe_sql_value(value, mod, value):
            return True
        if _allow_listed(at, text(node)) or _parsed_as_enum(value, text(node), mod):
            return True
    if node.type == "member_expression" and text(node.child_by_field_name("property")) == \
            "length":
        return True  # params.length: a number
    if node.type == "member_expression":  # parsed.data.sort, q.sort of q = Query.parse(x)
        held = strip(node.child_by_field_name("object"))
        if held is not None and held.type == "identifier":
            held = jsscan.declaration_of(jsscan.enclosing_function(at) or mod.root, text(held),
                                         at.start_byte)
        if _parsed_as_enum(held, text(node.child_by_field_name("property")), mod):
            return True
    if node.type == "call_expression" and _fixed_answers(node, mod):
        return True
    table = _looked_up_in(node) if node.type in ("call_expression", "subscript_expression") \
        else None  # ORDER.get(sort), SORTS[key] with a table written in the function
    scope = jsscan.enclosing_function(at) or mod.root
    if table is not None and (_fixed_table(scope, text(table)) or _fixed_table(
            mod.root, text(table)) or _imported_constant(text(table), mod)):
        return True  # or a constant table another file exports (SORT_COLUMNS[key])
    if node.type == "subscript_expression" and _literal_table(
            node.child_by_field_name("object")):
        return True  # ({ price: "price asc", name: "name asc" })[sort]
    if node.type == "call_expression" and re.search(r"\.(?:find|findLast|at)$", callee(node)) \
            and _constant(node.child_by_field_name("function").child_by_field_name("object"),
                          mod):
        return True  # SORTS.find((s) => s.key === key): one of the table's entries
    obj = strip(node.child_by_field_name("object")) if node.type == "member_expression" \
        else None
    if obj is not None and obj.type == "identifier" and _imported_constant(text(obj), mod):
        return True  # SORT_COLUMNS.newest
    if obj is not None and obj.type == "identifier":  # sort.sql of such an entry
        value = jsscan.declaration_of(scope, text(obj), at.start_byte)
        if value is not None and value is not obj and strip(value).type in (
                "call_expression", "subscript_expression", "binary_expression") and \
                _safe_sql_value(value, mod, value):
            return True
    if node.type == "call_expression" and callee(node).endswith(".join"):
        held = strip(node.child_by_field_name("function").child_by_field_name("object"))
        if held is not None and held.type == "identifier" and not _fragments_safe(
                held, mod, at):
            fn = jsscan.enclosing_function(at) or mod.root
            values = _bound_values(fn, text(held), at.start_byte)
            held = strip(values[-1]) if len(values) == 1 else held
        if held is not None and held.type == "call_expression" and callee(held).endswith(
                ".map"):
            return _mapped_fragments_safe(held, mod, at)
        return held is not None and held.type == "identifier" and _fragments_safe(
            held, mod, at)
    return False


# A schema field that can only be one of its listed values, or a number: zod's enum,
# nativeEnum, literal and number (coerced too), valibot's picklist.
_ENUM_SCHEMA = (r"(?:z|v)\s*\.\s*(?:enum|nativeEnum|literal|picklist|"
                r"(?:coerce\s*\.\s*)?(?:number|boolean))\(")


def _schema_parse(value: Node | None, methods: str, mod: Module) -> Node | None:
    """The schema call ``value`` holds: ``Query.parse(x)`` (awaited or not), or, for
    ``parsed.data``, the ``Query.safeParse(x)`` that ``parsed`` holds (the route handler's
    commonest zod shape, read once ``parsed.success`` was tested)."""
    value = strip(value)
    if value is not None and value.type == "member_expression" and text(
            value.child_by_field_name("property")) == "data":
        held = strip(value.child_by_field_name("object"))
        if held is None or held.type != "identifier":
            return None
        value = strip(jsscan.declaration_of(jsscan.enclosing_function(value) or mod.root,
                                            text(held), value.start_byte))
        methods = r"safeParse|safeParseAsync"
    if value is not None and value.type == "await_expression" and value.named_children:
        value = strip(value.named_children[0])
    if value is None or value.type != "call_expression" or not re.search(
            rf"\.(?:{methods})$", callee(value)):
        return None
    return value


def _parsed_as_enum(value: Node | None, name: str, mod: Module) -> bool:
    """``name`` comes out of a schema's ``parse`` that keeps it to fixed values:
    ``const { sort } = Query.parse(req.query)`` with ``sort: z.enum(["name", "price"])``,
    or ``const dir = Dir.parse(x)`` with ``const Dir = z.enum(["asc", "desc"])``."""
    value = _schema_parse(value, r"parse|parseAsync", mod)
    if value is None:
        return False
    schema = strip(value.child_by_field_name("function").child_by_field_name("object"))
    if schema is not None and schema.type == "identifier":
        schema = strip(mod.top.get(text(schema))) or strip(jsscan.declaration_of(
            jsscan.enclosing_function(value) or mod.root, text(schema), value.start_byte))
    if schema is None:
        return False
    if re.match(_ENUM_SCHEMA, text(schema)):
        return not _WIDENED.search(text(schema))
    shape = next((n for n in walk(schema) if n.type == "object" and n.parent is not None and
                  n.parent.parent is not None and n.parent.parent.type == "call_expression" and
                  re.search(r"(?:^|\.)(?:object|strictObject)$", callee(n.parent.parent))), None)
    pair = next((p for p in shape.named_children if p.type == "pair" and text(
        p.child_by_field_name("key")).strip("'\"") == name), None) if shape is not None else None
    said = text(pair.child_by_field_name("value")) if pair is not None else ""
    return bool(re.match(_ENUM_SCHEMA, said)) and not _WIDENED.search(said)


# What lets a field hold more than its enum: ``z.enum([…]).or(z.string())``, a transform.
_WIDENED = re.compile(r"\.(?:or|and|transform|pipe|preprocess)\s*\(|\bunion\s*\(")


def _imported_constant(name: str, mod: Module) -> bool:
    """A SCREAMING_CASE name imported from another file: a table of constants the code
    wrote (``import { SORT_COLUMNS } from "@/lib/constants"``), not a value anyone sent."""
    return name in mod.imports and re.fullmatch(r"[A-Z][A-Z0-9_]+", name) is not None


def _returned_values(fn: Node) -> list[Node | None]:
    """What a function answers: an arrow's expression body, or each of its ``return``s'
    values (a bare ``return`` answers None)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [strip(body)]
    return [strip(r.named_children[0]) if r.named_children else None
            for r in walk(body, skip_functions=True) if r.type == "return_statement"]


def _fixed_answers(call: Node, mod: Module) -> bool:
    """``ORDER BY ${orderClause(sort)}``: a call of this file's function whose every answer
    is a fixed SQL text or an allow-list pick (a ``switch`` over sort keys returning
    literals, ``SORTS[key] ?? "created_at desc"``), whatever argument chose among them."""
    project = mod.cache.get("sql-project")  # set by _with_imported_sql: lib/sort.js too
    found = project.resolve(mod, callee(call)) if project is not None and callee(
        call) not in mod.top else (mod, mod.top.get(callee(call)))
    home = found[0] if found is not None else None
    fn = jsscan.function_of(*found)[0] if found is not None else None
    busy = mod.cache.setdefault("sql-fixed-answers", set())
    if home is None or fn is None or fn.id in busy:
        return False  # not the project's, or a function that answers with itself
    busy.add(fn.id)
    try:
        values = _returned_values(fn)
        return bool(values) and all(v is not None and _safe_sql_value(v, home, v)
                                    for v in values)
    finally:
        busy.discard(fn.id)


def _mapped_fragments_safe(call: Node, mod: Module, at: Node) -> bool:
    """``cols.map((c, i) => `${c} = $${i + 2}`)`` joined into a query: each fragment is fixed
    text when the callback builds it only from its index and from elements of an allow-listed
    collection (``Object.keys(body).filter((k) => EDITABLE.includes(k))``, a constant list)."""
    cb = args(call)[0] if args(call) else None
    cb = strip(cb)
    if cb is None or cb.type not in jsscan.FUNCTIONS:
        return False
    params = _parameter_names(cb)
    element = params[0] if params else set()
    index = set().union(*params[1:]) if len(params) > 1 else set()
    items = strip(call.child_by_field_name("function").child_by_field_name("object"))
    listed = _allow_listed_collection(items, mod, at)
    returns = [v for v in _returned_values(cb) if v is not None]
    if not returns:
        return False
    for value in returns:
        if value is None or value.type not in ("template_string", "string"):
            return False
        for hole in value.named_children:
            if hole.type != "template_substitution" or not hole.named_children:
                continue
            inner = hole.named_children[0]
            reads = {text(i) for i in [inner, *walk(inner)] if i.type == "identifier"}
            if reads and reads <= index | (element if listed else set()):
                continue
            if not _safe_sql_value(inner, mod, at):
                return False
    return True


def _allow_listed_collection(node: Node | None, mod: Module, at: Node) -> bool:
    """A list whose elements can only be fixed names: a constant list, ``Object.keys`` of a
    constant table, or any list filtered by a lookup in one (``.filter((k) =>
    EDITABLE.includes(k))``), directly or through the name bound to it."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "identifier":
        if _constant(node, mod):
            return True
        fn = jsscan.enclosing_function(at) or mod.root
        values = _bound_values(fn, text(node), at.start_byte)
        return len(values) == 1 and _allow_listed_collection(values[0], mod, values[0])
    if node.type == "call_expression" and re.fullmatch(r"Object\.(?:keys|values)", callee(node)):
        return bool(args(node)) and _constant(args(node)[0], mod)
    if node.type == "call_expression" and callee(node).endswith(".filter") and args(node):
        cb = strip(args(node)[0])
        names = _parameter_names(cb)[0] if cb is not None and cb.type in jsscan.FUNCTIONS \
            and _parameter_names(cb) else set()
        return any(n.type == "call_expression" and re.search(r"\.(?:includes|has)$",
                                                              callee(n)) and
                   _constant(n.child_by_field_name("function").child_by_field_name("object"),
                             mod) and any(text(strip(a)) in names for a in args(n))
                   for n in walk(cb)) if names else False
    return node.type == "array" and _constant(node, mod)


def _allow_listed(at: Node, name: str) -> bool:
    """A condition on the way to ``at`` keeps ``name`` to fixed values: it is looked up in a
    list (``SORTS.includes(sort)``, ``ALLOWED.has(col)``) or compared with a literal. A test
    of the value's own text (``email.includes("@")``) leaves every other character in."""
    for cond in jsscan.conditions_over(at, None):
        for part in _condition_parts(cond):
            for n in [part, *walk(part)]:
                if n.type == "call_expression" and re.search(r"\.(?:includes|has)$",
                                                              callee(n)) and \
                        any(text(strip(a)) == name for a in args(n)):
                    return True
                if n.type == "binary_expression" and text(n.child_by_field_name(
                        "operator")) in ("===", "==") and {
                        text(strip(n.child_by_field_name("left"))),
                        text(strip(n.child_by_field_name("right")))} & {name} and any(
                        jsscan.is_literal(strip(n.child_by_field_name(side)))
                        for side in ("left", "right")):
                    return True
    return False


def _bound_values(scope: Node, name: str, before: int) -> list[Node]:
    """Every value given to ``name`` in ``scope`` before byte ``before``: its declaration,
    reassignments and ``+=`` additions (``sql += ` AND name ILIKE '%${q}%'` ``)."""
    out = []
    for n in walk(scope):
        if n.start_byte >= before:
            break
        if n.type == "variable_declarator" and name in jsscan.pattern_names(
                n.child_by_field_name("name")):
            out.append(n.child_by_field_name("value"))
        elif n.type in ("assignment_expression", "augmented_assignment_expression") and \
                text(n.child_by_field_name("left")) == name:
            out.append(n.child_by_field_name("right"))
    return [v for v in out if v is not None]


def _fragments_safe(held: Node, mod: Module, at: Node) -> bool:
    """An array of SQL fragments joined into a query (``where.join(" AND ")``) whose every
    element, written or pushed before ``at``, is fixed text: placeholders, not values."""
    fn = jsscan.enclosing_function(at) or mod.root
    name = text(held)
    values = _bound_values(fn, name, at.start_byte)
    if len(values) != 1 or strip(values[0]).type != "array":
        return False
    items = [c for c in strip(values[0]).named_children if c.type != "comment"]
    for n in walk(fn):
        if n.start_byte >= at.start_byte:
            break
        if n.type == "call_expression" and callee(n) in (f"{name}.push", f"{name}.unshift"):
            items += args(n)
    return all(_safe_sql_value(i, mod, at) or (strip(i).type in ("template_string", "string")
                                               and not _sql_text_built(i, mod, at))
               for i in items if i is not None)


def _element_of_own_table(node: Node, mod: Module) -> bool:
    """``table.dbName`` inside ``Object.values(db._.schema).map((table) => …)`` (or a
    ``for … of`` over it): an entry of the code's own schema or constants, iterated, not a
    value anyone sent."""
    root = node
    while root.type == "member_expression":
        root = strip(root.child_by_field_name("object")) or root
        if root.type not in ("member_expression", "identifier"):
            return False
    name = text(root)
    collection = None
    up = root.parent
    while up is not None and collection is None:
        if up.type in jsscan.FUNCTIONS and name in set().union(*_parameter_names(up)):
            call = up.parent.parent if up.parent is not None and \
                up.parent.type == "arguments" else None
            if call is None or call.type != "call_expression" or not re.search(
                    r"\.(?:map|forEach|flatMap|filter|reduce|some|every)$", callee(call)):
                return False
            collection = call.child_by_field_name("function").child_by_field_name("object")
        elif up.type == "for_in_statement" and name in jsscan.pattern_names(
                up.child_by_field_name("left")):
            collection = up.child_by_field_name("right")
        up = up.parent
    collection = strip(collection)
    if collection is not None and collection.type == "call_expression" and re.fullmatch(
            r"Object\.(?:values|keys|entries)", callee(collection)) and args(collection):
        collection = strip(args(collection)[0])
    held = None  # the name the table is held under, when it is one
    if collection is not None and collection.type == "identifier":
        held = text(collection)
        scope = jsscan.enclosing_function(collection) or mod.root
        local = jsscan.declaration_of(scope, held, collection.start_byte)
        collection = strip(local) if local is not None and local is not collection else \
            collection  # const tableSchema = db._.schema
    if collection is None:
        return False
    if collection.type in ("object", "array"):  # the table itself, written in the code
        return _constant(collection, mod) and not (held and _filled_later(held, mod))
    chain = jsscan.dotted(collection)
    if "()" in chain or "?" in chain:
        return False  # rows a query returned may hold what people wrote
    return chain.split(".")[0] in mod.imports or _constant(collection, mod)


_SQL_WORD = re.compile(r"\b(?:select|insert|update|delete|with|create|alter|drop|from|where|"
                       r"values|set|order\s+by|group\s+by|into|limit|pragma|call|begin|"
                       r"truncate|grant|returning|join|and|or)\b", re.IGNORECASE)


def _not_sql_text(node: Node | None, fragment: bool) -> bool:
    """A call's text argument that starts as a URL or path, or (unless the call takes a SQL
    ``fragment``, as ``whereRaw`` does) whose written parts hold no SQL word: ``get`` and
    ``all`` name sqlite's calls and every HTTP client's too."""
    node = strip(node)
    parts: list[str] = []
    stack = [node]
    while stack:
        x = strip(stack.pop())
        if x is None:
            continue
        if x.type == "template_string":
            parts += [text(c) for c in x.named_children if c.type == "string_fragment"]
        elif x.type == "string":
            parts.append(text(x)[1:-1])
        elif x.type == "binary_expression" and text(x.child_by_field_name("operator")) == "+":
            stack += [x.child_by_field_name("right"), x.child_by_field_name("left")]
    if not parts:
        return False
    literal = " ".join(parts).strip()
    return bool(re.match(r"(?:/|https?://|\.\.?/)", literal)) or (
        not fragment and not _SQL_WORD.search(literal))


def _sql_text_built(node: Node | None, mod: Module, at: Node, depth: int = 0) -> bool:
    """Whether a query string is glued from values that could carry input."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "template_string":
        return any(not _safe_sql_value(c.named_children[0] if c.named_children else None,
                                       mod, at)
                   for c in node.named_children if c.type == "template_substitution")
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "+":
        parts, stack = [], [node]
        while stack:
            x = strip(stack.pop())
            if x is not None and x.type == "binary_expression" and \
                    text(x.child_by_field_name("operator")) == "+":
                stack += [x.child_by_field_name("left"), x.child_by_field_name("right")]
            else:
                parts.append(x)
        # a part that is a value, or a name holding text glued from values (``let text =
        # `… '%${q}%'`; pool.query(text + " ORDER BY name")``)
        return any(not _safe_sql_value(p, mod, at) or _sql_text_built(p, mod, at, depth)
                   if p is not None and p.type != "template_string"
                   else _sql_text_built(p, mod, at, depth) for p in parts)
    if node.type == "identifier" and depth < 3:
        fn = jsscan.enclosing_function(at) or mod.root
        return any(value is not node and _sql_text_built(value, mod, value, depth + 1)
                   for value in _bound_values(fn, text(node), at.start_byte))
    return False


# Calls whose argument becomes SQL text as it is, even inside a tagged template
# (``$queryRaw`… ORDER BY ${Prisma.raw(sort)}```): a value there is code, not a parameter.
_RAW_FRAGMENT = re.compile(r"(?:^|\.)(?:Prisma\.raw|sql\.raw|sql\.unsafe|\$queryRawUnsafe|"
                           r"\$executeRawUnsafe)$|^(?:[sS]equelize\.)?literal$")
# TypeORM's query builder takes its conditions as SQL text (values go in a parameters object)
_BUILDER_TEXT = (".where", ".andWhere", ".orWhere", ".having", ".andHaving", ".orHaving",
                 ".orderBy", ".addOrderBy", ".select", ".addSelect", ".innerJoin", ".leftJoin")


def _raw_sql_call(n: Node) -> bool:
    """A call that runs its first argument as SQL text."""
    name = callee(n)
    a = args(n)
    if not a or (a[0].type == "template_string" and n.child_by_field_name(
            "arguments").type == "template_string"):
        return False  # a tagged template: the driver binds the values
    raw = name.endswith(("$queryRawUnsafe", "$executeRawUnsafe", "sql.raw", "Prisma.raw",
                         "sql.unsafe", "knex.raw", ".raw", "whereRaw", "orderByRaw",
                         "havingRaw", "joinRaw", "selectRaw", "groupByRaw", "fromRaw")) or (
        name in ("literal", "sequelize.literal", "Sequelize.literal")) or (
        name.endswith(_BUILDER_TEXT) and "createQueryBuilder" in name and
        strip(a[0]) is not None and strip(a[0]).type in ("template_string", "binary_expression"))
    return raw or bool(_SQL_RAW.search(name) and jsscan.is_db_call(n))


def _sql_helpers(mod: Module) -> dict[int, int]:
    """Functions of ``mod`` that run one of their parameters as SQL text (``query(text,
    params) { return pool.query(text, params) }``): function node id -> parameter index."""
    if "sql-helpers" not in mod.cache:
        out: dict[int, int] = {}
        for fn, params in _top_functions(mod):
            for n in walk(fn):
                if n.type == "call_expression" and _raw_sql_call(n):
                    first = strip(args(n)[0])
                    for i, names in enumerate(params):
                        if first is not None and first.type == "identifier" and \
                                text(first) in names:
                            out[fn.id] = i
        mod.cache["sql-helpers"] = out
    return mod.cache["sql-helpers"]


def _sql_helper_calls(scan: _Scan, mod: Module, fn: Node) -> list[Node]:
    """Calls in ``fn`` of a project helper that runs its argument as SQL (``query("insert
    into scores …", [playerId, score])`` over ``pool.query``): database calls as much as the
    pool's own, judged by the SQL text handed to them."""
    out = []
    for n in walk(fn, skip_functions=True):
        if n.type != "call_expression" or "." in callee(n):
            continue
        found = scan.project.resolve(mod, callee(n))
        helper = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if helper is not None and helper is not fn and _sql_helpers(found[0]).get(  # type: ignore[index]
                helper.id) is not None:
            out.append(n)
    return out


def _helper_writes(scan: _Scan, mod: Module, fn: Node) -> list[Node]:
    """The database writes of project helpers ``fn`` calls (``await removePost(id)`` from
    ``@/lib/posts``, ``posts.remove(id)``) that check no user themselves: the handler's own
    writes, made one file away."""
    out: list[Node] = []
    for where, helper in _helpers_called(scan, mod, fn):
        body = helper.child_by_field_name("body")
        writes = [c for c in jsscan.db_calls(body) if _writes(c)] if body is not None else []
        if not writes:
            continue
        inner = jsscan.analyze(where, helper, scan.project)
        if not (inner.resolves or inner.flow):
            out += writes
    return out


def _sql_through_helpers(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """Calls of a project helper that runs its argument as SQL, given glued text."""
    for n in mod.of_type("call_expression"):
        found = scan.project.resolve(mod, callee(n))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is None or (found[0] is mod and fn.start_byte <= n.start_byte < fn.end_byte):
            continue
        index = _sql_helpers(found[0]).get(fn.id)  # type: ignore[index]
        a = args(n)
        if index is not None and len(a) > index and _sql_text_built(a[index], mod, n):
            yield _finding(mod.path, jsscan.line(n), "sql-injection",
                           f"{callee(n)}() runs SQL glued together with values; pass them as "
                           "parameters ($1, ?, a tagged sql`` template) instead")


def _postgrest_filter_from_input(mod: Module, call: Node) -> bool:
    """``.or(`title.ilike.%${q}%`)``: Supabase's filter-string methods parse commas, dots and
    parentheses, so input in them adds conditions of its own (``x,owner_id.neq.0``)."""
    name = callee(call)
    a = args(call)
    if not re.search(r"\.(?:or|filter|not)$", name) or ".from()" not in name + "()" or not a:
        return False
    text_arg = strip(a[0] if name.endswith(".or") else a[-1])
    if text_arg is None or text_arg.type not in ("template_string", "binary_expression"):
        return False
    names = _taint(mod, call, {e.fn.id for e in jsscan.entries(mod) if e.fn is not None},
                   jsscan.REQUEST_SOURCES, props=False)
    parts = [c.named_children[0] for c in text_arg.named_children
             if c.type == "template_substitution" and c.named_children] \
        if text_arg.type == "template_string" else [text_arg]
    return any((jsscan.mentions(p, names) or jsscan.REQUEST_SOURCES.search(text(p))) and not
               re.search(r"\.replace(?:All)?\(|encodeURIComponent|escape", text(p))
               for p in parts)


def _sql_injection(mod: Module) -> Iterator[Finding]:
    for n in mod.of_type("call_expression"):
        if _postgrest_filter_from_input(mod, n):
            yield _finding(mod.path, jsscan.line(n), "sql-injection",
                           f"{callee(n)}() gets a filter string built from input: commas and "
                           "parentheses in it add conditions; use .ilike()/.eq() with the value")
            continue
        name = callee(n)
        a = args(n)
        if not _raw_sql_call(n):
            continue
        config = strip(a[0])
        if config is not None and config.type == "object":  # pg: query({ text, values })
            a = [next((p.child_by_field_name("value") for p in config.named_children
                       if p.type == "pair" and text(p.child_by_field_name("key")) in (
                           "text", "sql", "query")), config)]
        if _not_sql_text(a[0], fragment=not re.search(r"(?:^|\.)(?:get|all|run|exec)$", name)):
            continue  # apiClient.get(`/documents?id=${id}`): a URL, not a statement
        if _sql_text_built(a[0], mod, n) or (_RAW_FRAGMENT.search(name) and
                                             not _safe_sql_value(a[0], mod, n)):
            yield _finding(mod.path, jsscan.line(n), "sql-injection",
                           f"{name}() runs SQL glued together with values; pass them as "
                           "parameters ($1, ?, a tagged sql`` template) instead")


def _sanitized_html(node: Node | None, mod: Module, scan: _Scan, depth: int = 0) -> bool:
    node = strip(node)
    if node is None:
        return True
    if jsscan.is_literal(node) or _constant(node, mod) or _picked_from_constants(node, mod):
        return True  # a constant, or an entry of a module-level table of constants
    if _own_markup(node, mod, scan, depth):
        return True
    if re.match(r"(?:process|import\.meta)\.env\.\w+$", text(node)):
        return True  # configuration the deployer sets (an analytics id), not input
    if node.type == "template_string" and depth < 3 and all(
            _sanitized_html(c.named_children[0], mod, scan, depth + 1)
            for c in node.named_children
            if c.type == "template_substitution" and c.named_children):
        return True  # an inline script built from constants (a theme or analytics snippet)
    if node.type == "call_expression" and callee(node) in ("JSON.stringify", "String") and \
            all(_constant(a, mod) for a in args(node)):
        return True  # text computed from constants only
    if node.type == "identifier" and text(node) in mod.imports:
        found = scan.project.resolve(mod, text(node))
        if found is not None and (_constant(found[1], found[0]) or (
                depth < 2 and _sanitized_html(found[1], found[0], scan, depth + 1))):
            return True  # a constant (an SVG, a snippet) from another project file
    if _ESCAPING_RENDERER.search(text(node).split("(")[0]) or (
            node.type == "member_expression" and _ESCAPING_RENDERER.search(
                text(node).split("(")[0])):
        return True
    if node.type == "call_expression" and callee(node) in ("String", "Buffer.from") and \
            args(node) and depth < 3:
        return _sanitized_html(args(node)[0], mod, scan, depth + 1)  # String(file)
    for n in [node, *walk(node)]:
        if n.type == "call_expression":
            name = callee(n)
            found = scan.project.resolve(mod, name)
            helper = jsscan.function_of(*found)[0] if found is not None else None
            if helper is not None:
                if depth < 2 and _escapes(helper):
                    return True
                continue  # the project's own sanitize(): what it does decides, not its name
            if _SANITIZER.search(name) or _escapes_lt(n) or any(
                    a.type == "identifier" and re.search(r"sanitiz|purif", text(a), re.I)
                    for a in args(n)):  # .use(rehypeSanitize)
                return True
            if found is not None and depth < 2 and _escapes(found[1]):
                return True
    if node.type == "member_expression" and depth < 3:  # postData.contentHtml
        base = node
        while base.type == "member_expression":
            base = strip(base.child_by_field_name("object")) or base
        if base.type == "identifier":
            value = strip(jsscan.declaration_of(jsscan.enclosing_function(node) or mod.root,
                                                text(base), node.start_byte)) or \
                _static_prop(mod, node, text(base))
            if value is not None and value.type == "call_expression" and _from_own_files(
                    scan, mod, value):
                return True
            if strip(node.child_by_field_name("object")) == base and (
                    _loader_data(value) or (value is None and text(base) == "loaderData")) and \
                    _loader_gives_sanitized(scan, mod, text(node.child_by_field_name(
                        "property")), depth):  # data.html, React Router's props.loaderData
                return True
    if node.type == "identifier" and depth < 3:
        value = jsscan.declaration_of(jsscan.enclosing_function(node) or mod.root, text(node),
                                      node.start_byte) or jsscan.declaration_of(
            mod.root, text(node), node.start_byte)
        key = _destructured_key(jsscan.enclosing_function(node) or mod.root, node)
        if _loader_data(strip(value)) and key and _loader_gives_sanitized(scan, mod, key, depth):
            return True
        if value is not None and value is not node:
            scope = jsscan.enclosing_function(node) or mod.root
            later = [strip(a.child_by_field_name("right")) for a in walk(scope) if a.type in (
                "assignment_expression", "augmented_assignment_expression") and text(
                    a.child_by_field_name("left")) == text(node)]  # html += row, in callbacks too
            return _sanitized_html(value, mod, scan, depth + 1) and all(
                _sanitized_html(v, mod, scan, depth + 1) for v in later)
    return False


# A module the bundler inlines at build time: an asset file of the project read as text
# (``import leaf from "./leaf.svg?raw"``), or its JSON: the site's own markup, not input.
_BUILD_ASSET = re.compile(r"^(?:\.{1,2}/|[@~$]\w*/).*(?:\?raw|\.(?:svg|html?|json|txt))$")


def _constant_table(scan: _Scan, mod: Module, name: str) -> bool:
    """``name`` is a module-level table of literals (``ICONS = { sun: "<svg…>" } as const``)
    declared here or imported from another project file, and no file puts anything into it."""
    if name in mod.top:
        owner, value, own = mod, strip(mod.top[name]), name
    elif name in mod.imports and mod.imports[name][1] == "*" and not _filled_later(name, mod):
        target = scan.project.module_for(mod.path, mod.imports[name][0])  # import * as icons
        values = [strip(v) for v in target.top.values()] if target is not None else []
        return bool(values) and all(v is not None and (v.type in jsscan.FUNCTIONS or (
            v.type != "identifier" and _constant(v, target))) for v in values) and not any(
            _reassigned(k, target) or _filled_later(k, target) for k in target.top)
    elif name in mod.imports and not _filled_later(name, mod):
        found = scan.project.resolve(mod, name)
        if found is None:
            return False
        owner, value = found[0], strip(found[1])
        own = next((k for k, v in owner.top.items() if strip(v) == value), "")
    else:
        return False
    if value is not None and value.type == "call_expression" and callee(value) == \
            "Object.freeze" and len(args(value)) == 1:
        value = strip(args(value)[0])
    return value is not None and value.type in ("object", "array") and bool(own) and \
        _constant(value, owner) and not _filled_later(own, owner) and not _written_into(
            own, owner.root) and not any(
            _filled_later(alias, other) or _written_into(alias, other.root)
            for other in scan.modules.values() if other is not owner
            for alias, (_, orig) in other.imports.items() if orig == own)


# Reading one of the project's own files (a path written in the code), and rendering markdown.
_OWN_FILE_READ = re.compile(r"(?:^|\.)(?:readFile|readFileSync)$")
_MARKDOWN_RENDER = re.compile(r"^(?:marked(?:\.parse)?|md\.render|markdownIt\.render|"
                              r"micromark|snarkdown)$")


def _own_markup(node: Node | None, mod: Module, scan: _Scan, depth: int = 0) -> bool:
    """A value the site itself wrote, whatever key or branch picks it: an entry of a table
    of constants here or in another project file (``ICONS[name] ?? ICONS.sun``,
    ``WEATHER[kind].svg``, a local holding one), an asset inlined at build time, or a call of
    a project helper whose every return is one (``switch (state) { case …: return "<svg…>" }``).
    The key may come from the URL: it only chooses among the site's own strings."""
    node = strip(node)
    if node is None or depth > 3:
        return node is None
    if jsscan.is_literal(node) or _constant(node, mod):
        return True
    if node.type == "ternary_expression":
        return all(_own_markup(node.child_by_field_name(f), mod, scan, depth + 1)
                   for f in ("consequence", "alternative"))
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in (
            "??", "||"):
        return all(_own_markup(node.child_by_field_name(f), mod, scan, depth + 1)
                   for f in ("left", "right"))
    if node.type == "await_expression" and node.named_children:
        node = strip(node.named_children[0])
        if node is None:
            return False
    if node.type == "call_expression":
        name = callee(node)
        first = strip(args(node)[0]) if args(node) else None
        if _OWN_FILE_READ.search(name) and first is not None and (
                jsscan.is_literal(first) or _constant(first, mod) or (
                    first.type == "new_expression" and all(
                        jsscan.is_literal(a) or text(a) == "import.meta.url"
                        for a in args(first)))):
            return True  # fs.readFile(new URL("../content/about.md", import.meta.url)): the
            # site's own file, read where it is built or served
        if _MARKDOWN_RENDER.search(name) and first is not None:
            held = first
            if first.type == "identifier":
                held = jsscan.declaration_of(jsscan.enclosing_function(node) or mod.root,
                                             text(first), node.start_byte)
            return held is not None and _own_markup(held, mod, scan, depth + 1)
        if name in _MEMO_CALLS and first is not None and first.type in jsscan.FUNCTIONS:
            owner, returns = mod, _returns_of(first)  # useMemo(() => ICONS[kind], [kind])
        elif re.search(r"\.(?:find|findLast|at)$", name):  # ICONS.find((i) => i.id === k)
            target = strip(node.child_by_field_name("function"))
            table = strip(target.child_by_field_name("object")) if target is not None else None
            return table is not None and ((table.type == "identifier" and _constant_table(
                scan, mod, text(table))) or _own_markup(table, mod, scan, depth + 1))
        else:
            owner, returns = _helper_returns(scan, mod, name)
        return bool(returns) and all(r is not None and _own_markup(r, owner, scan, depth + 1)
                                     for r in returns)
    base = node
    while base is not None and base.type in ("member_expression", "subscript_expression"):
        base = strip(base.child_by_field_name("object"))
    if base is None or base.type != "identifier":
        return False
    name = text(base)
    if base is node and name in mod.imports and _BUILD_ASSET.search(mod.imports[name][0]):
        return True
    if base is not node and _constant_table(scan, mod, name):
        return True
    scope = jsscan.enclosing_function(node) or mod.root
    value = strip(jsscan.declaration_of(scope, name, node.start_byte))  # entry = WEATHER[k]
    if value is None or _filled_later(name, mod) or any(
            a.type in ("assignment_expression", "augmented_assignment_expression") and text(
                a.child_by_field_name("left")) == name for a in walk(scope)):
        return False  # one written to (opts[k] = …, html = …) holds anything
    if value.type in ("object", "array"):  # a table of the component's own: ICONS[kind]
        return _constant(value, mod) and not _written_into(name, scope)
    return value is not base and _own_markup(value, mod, scan, depth + 1)


def _written_into(name: str, scope: Node) -> bool:
    """Whether ``scope`` assigns into the table ``name`` through any key or depth
    (``opts[bits[0]] = …``, ``T.a.b = …``), in callbacks too."""
    for a in walk(scope):
        if a.type not in ("assignment_expression", "augmented_assignment_expression"):
            continue
        left = strip(a.child_by_field_name("left"))
        while left is not None and left.type in ("member_expression", "subscript_expression"):
            left = strip(left.child_by_field_name("object"))
            if left is not None and left.type == "identifier" and text(left) == name:
                return True
    return False


# Calls that hand back what their callback returns: React's useMemo, Vue's computed, Solid's
# createMemo, Svelte 5's $derived.by.
_MEMO_CALLS = {"useMemo", "React.useMemo", "computed", "createMemo", "$derived.by"}


def _returns_of(fn: Node) -> list[Node | None]:
    """What a function can return: its arrow body, or the value of each of its own
    ``return`` statements."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    return [body] if body.type != "statement_block" else [
        r.named_children[0] if r.named_children else None
        for r in walk(fn, skip_functions=True) if r.type == "return_statement"]


def _static_prop(mod: Module, at: Node, name: str) -> Node | None:
    """What a Pages Router page's prop ``name`` is given by the ``getStaticProps`` /
    ``getServerSideProps`` beside it (``return { props: { postData } }`` with ``const postData
    = await getPostData(params.id)``), when ``at`` is in the component that takes it."""
    fn = jsscan.enclosing_function(at)
    if fn is None or not any(name in names for names in _parameter_names(fn)[:1]):
        return None
    for data in ("getStaticProps", "getServerSideProps"):
        loader = jsscan.function_of(mod, mod.top.get(data))[0]
        for pair in walk(loader) if loader is not None else []:
            given = strip(pair.child_by_field_name("value")) if pair.type == "pair" and text(
                pair.child_by_field_name("key")) == "props" else None
            for p in given.named_children if given is not None and given.type == "object" \
                    else []:
                if p.type == "shorthand_property_identifier" and text(p) == name:
                    return strip(jsscan.declaration_of(loader, name, p.start_byte))
                if p.type == "pair" and text(p.child_by_field_name("key")) == name:
                    return strip(p.child_by_field_name("value"))
    return None


_LOADER_DATA = re.compile(r"^(?:useLoaderData|useRouteLoaderData|useTypedLoaderData)$")
_DATA_WRAPPER = re.compile(r"^(?:json|defer|data|typedjson|Response\.json)$")


def _destructured_key(scope: Node, ident: Node) -> str:
    """The field a name was destructured from: ``html`` in ``const { html } = …``,
    ``excerpt`` in ``const { excerpt: html } = …``; "" when it is bound another way (a rest,
    a nested pattern, a plain ``const html = …``)."""
    name = text(ident)
    for d in walk(scope):
        if d.start_byte >= ident.start_byte:
            break
        pattern = d.child_by_field_name("name") if d.type == "variable_declarator" else None
        if pattern is None or pattern.type != "object_pattern" or name not in \
                jsscan.pattern_names(pattern):
            continue
        for part in pattern.named_children:
            if part.type == "shorthand_property_identifier_pattern" and text(part) == name:
                return name
            if part.type == "pair_pattern" and text(part.child_by_field_name("value")) == name:
                return text(part.child_by_field_name("key")).strip("'\"")
        return ""
    return ""


def _loader_data(value: Node | None) -> bool:
    return value is not None and value.type == "call_expression" and bool(_LOADER_DATA.match(
        callee(value).split("<")[0]))


def _loader_gives_sanitized(scan: _Scan, mod: Module, field: str, depth: int,
                            loader: str = "loader") -> bool:
    """``const { html } = useLoaderData<typeof loader>()`` (Remix, React Router): the route's
    own ``loader`` decides the field, on the server; sanitised there, the page renders what
    the sanitiser left. (SvelteKit's ``load`` beside a page, likewise.)"""
    if loader not in mod.top:
        return False
    fn = jsscan.function_of(mod, mod.top[loader])[0]
    if fn is None:
        return False
    given = []
    for ret in walk(fn, skip_functions=True):
        if ret.type != "return_statement" or not ret.named_children:
            continue
        out = strip(ret.named_children[0])
        if out is not None and out.type == "call_expression" and _DATA_WRAPPER.match(
                callee(out)) and args(out):
            out = strip(args(out)[0])
        for part in out.named_children if out is not None and out.type == "object" else []:
            if part.type == "pair" and text(part.child_by_field_name("key")).strip(
                    "'\"") == field:
                given.append(part.child_by_field_name("value"))
            elif part.type == "shorthand_property_identifier" and text(part) == field:
                given.append(jsscan.declaration_of(fn, field, ret.start_byte))
    return bool(given) and all(v is not None and _sanitized_html(v, mod, scan, depth + 1)
                               for v in given)


# The project's own files, read at build or request time: markdown the developer wrote.
_OWN_FILES = re.compile(r"\b(?:fs\.(?:promises\.)?readFile(?:Sync)?|readFile(?:Sync)?|"
                        r"import\.meta\.glob|getCollection|getEntry|readdirSync)\b")
_FETCHES_DATA = re.compile(r"\bfetch\(|\.from\(\s*['\"`]|\bprisma\.|\bdb\.|\.query\(|"
                           r"\.find(?:One|Many|Unique|First)?\(|formData|req\.body|\.json\(\)|"
                           r"\baxios\b|\bky\.|\$fetch\b|\buse(?:SWR|Query|Fetch|LazyQuery)\b|"
                           r"\bsupabase\b|\bnew\s+(?:WebSocket|EventSource)\b")


def _from_own_files(scan: _Scan, mod: Module, call: Node) -> bool:
    """``getPostData(id)`` from a project helper that renders the repository's own markdown
    (``fs.readFileSync`` of a posts folder, ``import.meta.glob``) and reads no database, no
    request body and no remote URL: the developer's writing, not a visitor's."""
    found = scan.project.resolve(mod, callee(call))
    fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    if fn is None or found is None:
        return False
    body = text(fn)
    # the helper reads the files itself, or through a name of its module that does (a glob,
    # a getAllPosts()): another function of the same file that fetches is no such reader
    reads = _OWN_FILES.search(body) or any(
        _OWN_FILES.search(text(value)) and re.search(rf"(?<![\w$.]){re.escape(name)}\b", body)
        for name, value in found[0].top.items() if value is not None and value is not fn)
    return bool(reads) and not _FETCHES_DATA.search(body)


def _escapes_lt(call: Node) -> bool:
    """``.replace(/</g, "\\u003c")`` (or ``/[<>&]/g`` to entities): with no ``<`` left, the text
    can open no tag and close no ``<script>`` (how JSON-LD is put in a page)."""
    if not callee(call).endswith((".replace", ".replaceAll")):
        return False
    a = args(call)
    if len(a) < 2:
        return False
    pattern = strip(a[0])
    if pattern is None or (pattern.type != "regex" and jsscan.string_value(pattern) != "<"):
        return False
    if pattern.type == "regex" and ("<" not in text(pattern) or not re.search(
            r"/[a-z]*g[a-z]*$", text(pattern))):
        return False
    if pattern.type == "regex" and not re.fullmatch(r"/(?:<|\[[^\]]*<[^\]]*\])/[a-z]*",
                                                    text(pattern)):
        return False
    replacement = strip(a[1])
    if replacement is None:
        return False
    if replacement.type in jsscan.FUNCTIONS:
        return True  # a per-character escaper: (c) => map[c]
    value = jsscan.string_value(replacement)
    return value is not None and "<" not in value


# Libraries whose HTML output escapes the text they are given (highlighters, KaTeX, React's
# own static renderer).
_ESCAPING_RENDERER = re.compile(r"^(?:hljs\.highlight\w*|Prism\.highlight|(?:\w+\.)?codeToHtml|"
                                r"katex\.renderToString|(?:ReactDOMServer\.)?renderToStaticMarkup|"
                                r"(?:ReactDOMServer\.)?renderToString)$")


def _escapes(fn: Node) -> bool:
    """A project helper that sanitises or escapes HTML: it hands the text to a sanitizer
    library (DOMPurify, sanitize-html, xss), escapes ``<`` or writes entities (``&lt;``).
    A home-made ``sanitize()`` that only strips ``<script>`` tags leaves ``<img onerror>``."""
    own = jsscan.declared_name(fn)
    if re.search(r"&lt;|&#0*60;|&#x0*3c;|\\u003c", text(fn), re.IGNORECASE):
        return True
    return any((n.type == "call_expression" and (
        (_SANITIZER.search(callee(n)) and callee(n) != text(own)) or "DOMPurify" in callee(n)
        or _escapes_lt(n))) or (n.type == "identifier" and text(n) == "DOMPurify")
        for n in walk(fn))


def _unsandboxed_srcdoc(attr: Node, mod: Module, scan: _Scan) -> bool:
    """``<iframe srcDoc={email.html}>`` with no sandbox, or one that keeps both scripts and
    the origin: the document runs with the page's origin, as dangerouslySetInnerHTML would."""
    if not attr.named_children or text(attr.named_children[0]) not in ("srcDoc", "srcdoc"):
        return False
    element = attr.parent
    if element is None or text(element.child_by_field_name("name")) != "iframe":
        return False
    expr = attr.named_children[-1] if len(attr.named_children) > 1 else None
    value = expr.named_children[0] if expr is not None and expr.type == "jsx_expression" and \
        expr.named_children else None
    if value is None or jsscan.is_literal(value) or _sanitized_html(value, mod, scan):
        return False
    for other in element.named_children:
        if other.type == "jsx_attribute" and other.named_children and text(
                other.named_children[0]) == "sandbox":
            rules = text(other.named_children[-1]) if len(other.named_children) > 1 else ""
            return "allow-scripts" in rules and "allow-same-origin" in rules
    return True


def _safe_html_value(node: Node | None, mod: Module, scan: _Scan) -> bool:
    """A value :func:`_sanitized_html` accepts, each branch of a ``?:`` / ``||`` / ``??``
    on its own (``ok ? CHECK : CROSS``)."""
    node = strip(node)
    if node is not None and node.type == "ternary_expression":
        return all(_safe_html_value(node.child_by_field_name(f), mod, scan)
                   for f in ("consequence", "alternative"))
    if node is not None and node.type == "binary_expression" and text(
            node.child_by_field_name("operator")) in ("||", "??"):
        return all(_safe_html_value(node.child_by_field_name(f), mod, scan)
                   for f in ("left", "right"))
    return _sanitized_html(node, mod, scan)


def _prop_safe_at_every_use(scan: _Scan, mod: Module, value: Node | None) -> bool:
    """A component's prop rendered as HTML (``<Icon svg={CHECK} />``, ``<Html
    html={DOMPurify.sanitize(body)} />``) that every place the project renders the component
    passes a constant or a sanitised value to. Unused, or used once with anything else, it is
    judged as input."""
    value = strip(value)
    fn = jsscan.enclosing_function(value) if value is not None else None
    if value is None or fn is None:
        return False
    params = _parameter_names(fn)
    if not params:
        return False
    if value.type == "identifier" and text(value) in params[0]:
        prop = text(value)  # function Icon({ svg }) … { __html: svg }
    elif value.type == "member_expression" and text(
            value.child_by_field_name("object")) in params[0]:
        prop = text(value.child_by_field_name("property"))  # props.html
    else:
        return False
    uses = _jsx_uses(scan, _component_name(fn), prop)
    return bool(uses) and all(_safe_html_value(v, m, scan) for m, v in uses)


def _component_name(fn: Node) -> str:
    """The name a component function is declared under, or "" when it has none."""
    name = jsscan.declared_name(fn)
    return text(name) if name is not None else ""


def _jsx_uses(scan: _Scan, component: str, prop: str) -> list[tuple[Module, Node | None]] | None:
    """What every place in the project that renders ``<component … />`` passes as ``prop``
    (the expression, or the string literal; places that leave it out are skipped). None when
    the name is no component's or a use spreads props (``{...props}``), whose contents are
    not seen here."""
    if not component[:1].isupper():
        return None
    uses: list[tuple[Module, Node | None]] = []
    for other in scan.modules.values():
        if f"<{component}" not in other.src:
            continue
        for el in other.of_type("jsx_self_closing_element", "jsx_opening_element"):
            if text(el.child_by_field_name("name")) != component:
                continue
            if any(a.type == "jsx_expression" for a in el.named_children):
                return None
            given = next((a for a in el.named_children if a.type == "jsx_attribute" and
                          a.named_children and text(a.named_children[0]) == prop), None)
            if given is None:
                continue  # not passed: the prop is undefined there
            inner = given.named_children[-1] if len(given.named_children) > 1 else None
            if inner is not None and inner.type == "jsx_expression":
                inner = inner.named_children[0] if inner.named_children else None
            uses.append((other, inner))
    return uses


def _dangerous_html(scan: _Scan, mod: Module) -> Iterator[Finding]:
    for n in mod.of_type("call_expression"):  # Angular's own door past its sanitiser
        name = callee(n).rsplit(".", 1)[-1]
        given = args(n)
        if name in ("bypassSecurityTrustHtml", "bypassSecurityTrustScript",
                    "bypassSecurityTrustResourceUrl") and given and not jsscan.is_literal(
                given[0]) and not _sanitized_html(given[0], mod, scan):
            yield _finding(mod.path, jsscan.line(n), "dangerous-html",
                           f"{name} marks `{text(given[0])[:40]}` as trusted, so Angular "
                           "renders it unsanitised (XSS); bind the text, or sanitise it first")
    # The prop written on the element, or held in an object spread onto it or handed to
    # React.createElement (``{ dangerouslySetInnerHTML: { __html: bio } }``)
    for n in mod.of_type("jsx_attribute", "pair"):
        if n.type == "jsx_attribute" and _unsandboxed_srcdoc(n, mod, scan):
            yield _finding(mod.path, jsscan.line(n), "dangerous-html",
                           "an iframe's srcDoc renders data as a page of this site's origin "
                           "(no sandbox): its scripts run as the site; add sandbox (without "
                           "allow-same-origin) or sanitise it (DOMPurify.sanitize)")
            continue
        if n.type == "pair":
            if text(n.child_by_field_name("key")).strip("'\"") != "dangerouslySetInnerHTML":
                continue
        elif n.named_children and text(n.named_children[0]) == "rehypePlugins" and re.search(
                r"\brehypeRaw\b", text(n)) and not re.search(r"sanitiz", text(n), re.I):
            yield _finding(mod.path, jsscan.line(n), "dangerous-html",
                           "rehype-raw renders the HTML inside markdown as it is (XSS); add "
                           "rehype-sanitize after it, or drop rehype-raw")
            continue
        if n.type != "pair" and (not n.named_children or
                                 text(n.named_children[0]) != "dangerouslySetInnerHTML"):
            continue
        value = None
        for pair in walk(n):
            if pair.type == "pair" and text(pair.child_by_field_name("key")).strip("'\"") == \
                    "__html":
                value = pair.child_by_field_name("value")
                break
        if value is None and n.type == "pair":
            value = n.child_by_field_name("value")
        elif value is None:
            expr = n.named_children[-1] if len(n.named_children) > 1 else None
            value = expr.named_children[0] if expr is not None and expr.named_children else None
        if _sanitized_html(value, mod, scan) or _prop_safe_at_every_use(scan, mod, value):
            continue
        element = n.parent.child_by_field_name("name") if n.parent is not None and \
            n.type != "pair" else None
        if text(element) == "style" and value is not None and not any(
                sources.search(text(value)) or jsscan.mentions(value, _taint(
                    mod, n, set(), sources, props=False))
                for sources in (_URL_SOURCE, _DOM_SOURCES)):
            continue  # CSS variables from a chart's config (shadcn/ui's ChartStyle)
        yield _finding(mod.path, jsscan.line(n), "dangerous-html",
                       f"dangerouslySetInnerHTML renders `{text(value)[:40]}` unsanitised (XSS); "
                       "render text, or sanitise it (DOMPurify.sanitize)")
        if value is not None and mod.use_client and (_URL_SOURCE.search(text(value)) or
                                                     jsscan.mentions(value, _taint(
                                                         mod, n, set(), _URL_SOURCE))):
            yield _finding(mod.path, jsscan.line(n), "dom-xss",
                           "the page's own URL (query, hash) is rendered as HTML in the browser: "
                           "a crafted link runs script; render it as text")


# String methods and globals whose answer begins as their input does: a javascript: URL
# stays one through them (encodeURI keeps the colon; encodeURIComponent does not), as it does
# through a replace() whose pattern keeps no web address, and through new URL(x).
_KEEPS_HEAD = {"trim", "trimStart", "trimEnd", "toString", "toLowerCase", "toUpperCase",
               "normalize", "valueOf", "concat", "padEnd"}
_KEEPS_HEAD_CALLS = {"String", "encodeURI", "decodeURI", "decodeURIComponent", "unescape"}


def _url_heads(node: Node | None, mod: Module, scan: _Scan, scope: Node | None = None,
               depth: int = 0) -> list[Node]:
    """The values (fields, names) a URL written as ``node`` begins with: what decides its
    scheme. Looked through ``a || '#'`` / ``??`` (each side), ``?:`` (each branch, the
    consequence left out when the condition checks the scheme), a template or ``+`` that
    begins with a value (```${m.website}```, ``m.website + '?ref=1'``), ``.trim()``,
    ``String()``, ``encodeURI()``, a name ``scope`` binds to one of those, and a project
    function, whose parameters are followed to what it returns unless its body checks the
    scheme. A literal, a path the code writes (```/members/${id}```, ``"/u/" + id``),
    ``encodeURIComponent(x)`` (no colon survives) and a library's function (not in view)
    begin with nothing to judge."""
    node = strip(node)
    if node is None or depth > 5:
        return []
    kind = node.type
    again = functools.partial(_url_heads, mod=mod, scan=scan, scope=scope, depth=depth + 1)
    if kind == "identifier" and scope is not None:
        bound = strip(jsscan.declaration_of(scope, text(node), node.start_byte))
        if bound is not None and bound.type in ("call_expression", "ternary_expression",
                                                "binary_expression", "template_string") and \
                not (bound.type == "call_expression" and _HOOK_OR_READ.search(callee(bound))):
            return again(bound)
    if kind == "member_expression" and text(node.child_by_field_name("property")) in (
            "href", "toString") and _parsed_url(node.child_by_field_name("object")):
        return again(node.child_by_field_name("object"))  # new URL(x).href is x, parsed
    if kind in ("identifier", "member_expression", "subscript_expression"):
        return [node]
    if _parsed_url(node):
        given = args(node)
        return again(given[0]) if given else []
    if kind == "binary_expression":
        op = text(node.child_by_field_name("operator"))
        sides = ("left", "right") if op in ("||", "??") else ("left",) if op == "+" else ()
        return [h for f in sides for h in again(node.child_by_field_name(f))]
    if kind == "ternary_expression":
        cond = node.child_by_field_name("condition")
        branches = ("alternative",) if cond is not None and _scheme_checked(
            cond, scan, mod) else ("consequence", "alternative")
        return [h for f in branches for h in again(node.child_by_field_name(f))]
    if kind == "template_string":
        first = next((c for c in node.children if c.type in ("string_fragment",
                                                              "template_substitution")), None)
        if first is None or first.type != "template_substitution" or not first.named_children:
            return []
        return again(first.named_children[0])
    if kind != "call_expression":
        return []
    fn_node = node.child_by_field_name("function")
    given = args(node)
    method = text(fn_node.child_by_field_name("property")) if fn_node is not None and \
        fn_node.type == "member_expression" else ""
    if method in _KEEPS_HEAD or (method in ("replace", "replaceAll") and given and not re.search(
            r"(?i)\(\?!\(?(?:\?:)?https?", text(given[0]))):
        # x.replace("javascript:", "") still lets "JavaScript:", "java\tscript:" or data:
        # through, and a force-https upgrade (/^http:\/\//, "https://") every other scheme:
        # only a pattern that rewrites whatever is not a web address (/^(?!https?:)/) does
        return again(fn_node.child_by_field_name("object"))  # type: ignore[union-attr]
    name = callee(node)
    if name in _KEEPS_HEAD_CALLS:
        return again(given[0]) if given else []
    found = scan.project.resolve(mod, name)
    fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
    if found is None or fn is None or _SCHEME_CHECK.search(text(fn)) or re.search(
            r"/\^https\?", text(fn)):
        return []
    params = _parameter_names(fn)
    body = fn.child_by_field_name("body")
    returned = [body] if body is not None and body.type != "statement_block" else [
        r.named_children[0] for r in walk(fn, skip_functions=True)
        if r.type == "return_statement" and r.named_children]
    out: list[Node] = []
    for value in returned:
        for head in _url_heads(value, found[0], scan, fn, depth + 1):
            root = _root_name(head)
            index = next((i for i, names in enumerate(params) if text(root) in names), None)
            if index is not None and index < len(given):
                out += again(given[index])  # what the caller passed for that parameter
    return out


def _parsed_url(node: Node | None) -> bool:
    """``new URL(x)``, ``URL.parse(x)``: parsing keeps a ``javascript:`` URL's scheme, so it
    checks nothing."""
    node = strip(node)
    if node is None:
        return False
    if node.type == "call_expression":
        return callee(node) == "URL.parse"
    return node.type == "new_expression" and text(node.child_by_field_name("constructor")) == "URL"


def _root_name(node: Node) -> Node:
    """The name a member chain starts from: ``member`` of ``member.links[0].url``."""
    while node.type in ("member_expression", "subscript_expression"):
        inner = strip(node.child_by_field_name("object"))
        if inner is None:
            break
        node = inner
    return node


# A hook or a read whose answer is data, not a URL built from its argument.
_HOOK_OR_READ = re.compile(r"(?:^|\.)(?:useState|useSearchParams|useParams|useLoaderData|"
                           r"useQuery|json|get|find\w*)$")


def _script_links(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """``<a href={member.website}>`` where the URL is a field of the data a component is handed
    (its props, the rows it maps over, state, a fetched answer) and no check on the way keeps
    it to http(s): a ``javascript:`` URL someone saved runs in the page when it is clicked. A
    path the code writes (```/members/${id}```), a constant, what a helper returns, a link
    inside react-markdown's components (it drops such URLs itself) are left alone."""
    if "href" not in mod.src and "<iframe" not in mod.src and "action=" not in mod.src:
        return
    for attr in mod.of_type("jsx_attribute"):
        if len(attr.named_children) < 2:
            continue
        kind = text(attr.named_children[0])
        element = text(attr.parent.child_by_field_name("name")) if attr.parent is not None \
            else ""
        if not (kind == "href" or (kind == "src" and element == "iframe") or (
                kind in ("action", "formAction") and element in ("form", "button"))):
            continue
        holder = attr.named_children[-1]
        written = strip(holder.named_children[0]) if holder.type == "jsx_expression" and \
            holder.named_children else None
        if written is None or _in_markdown_components(attr):
            continue
        value = next((h for h in _url_heads(written, mod, scan, jsscan.enclosing_function(attr))
                      if _unchecked_link_value(scan, mod, attr, h)), None)
        if value is not None:
            yield _finding(mod.path, jsscan.line(attr), "link-url",
                           f"`{text(value)[:40]}` is put in {kind}= as it is: a javascript: "
                           "URL someone saved there runs in the page when it is clicked (XSS); "
                           "keep only http(s) URLs (new URL(x).protocol) or render it as text")


def _unchecked_link_value(scan: _Scan, mod: Module, attr: Node, value: Node) -> bool:
    """A link's URL begins with ``value``, a field of data the component is handed (props,
    the rows it maps over, state, a fetched answer) that no check on the way keeps to
    http(s)."""
    root = _root_name(value)
    if root.type != "identifier" or _element_of_own_table(value, mod) or \
            _constant(value, mod):
        return False
    names = _taint(mod, attr, set(), _DOM_SOURCES) | _input_state(mod)
    chain, fn = [], jsscan.enclosing_function(attr)
    while fn is not None:
        chain.append(fn)
        fn = jsscan.enclosing_function(fn)
    for fn in reversed(chain):  # links.map((l) => <a href={l.url}>) over fetched state
        if _callback_over(fn, names):
            names |= _element_parameters(fn)
    if text(root) not in names or _bound_by_call(root, attr, mod, scan):
        return False
    if any(_scheme_checked(c, scan, mod) for c in jsscan.conditions_over(attr, None)):
        return False
    return not (_link_prop_safe_at_every_use(scan, mod, value) or
                _own_link_data(scan, mod, value, None, 0))


def _scheme_checked(cond: Node, scan: _Scan, mod: Module) -> bool:
    """A condition that lets only web addresses through, written out or in a project helper
    it calls (``isHttpUrl(link.url) && …``)."""
    if _SCHEME_CHECK.search(text(cond)) or re.search(r"/\^https\?", text(cond)):
        return True
    for call in [cond, *walk(cond)]:
        if call.type != "call_expression":
            continue
        found = scan.project.resolve(mod, callee(call))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
        if fn is not None and (_SCHEME_CHECK.search(text(fn)) or re.search(
                r"/\^https\?", text(fn))):
            return True
    return False


def _in_markdown_components(attr: Node) -> bool:
    """Inside ``components={{ a: ({ href }) => … }}`` of a markdown renderer, which passes the
    link's URL through its own URL filter first."""
    up = attr.parent
    while up is not None:
        if up.type == "jsx_attribute" and up.named_children and \
                text(up.named_children[0]) == "components":
            return True
        up = up.parent
    return False


def _bound_by_call(root: Node, at: Node, mod: Module, scan: _Scan) -> bool:
    """``const website = safeHttpUrl(member.website)``: the name holds what a function
    answered (a helper whose body checks the scheme, a URL builder, a library's), not the
    raw field; one that hands its argument back (``(u) => u.trim()``) binds the field."""
    scope = jsscan.enclosing_function(at)
    while scope is not None:
        value = strip(jsscan.declaration_of(scope, text(root), at.start_byte))
        if value is not None:
            while value.type == "await_expression" and value.named_children:
                value = strip(value.named_children[0]) or value
            if _literal_path_prefix(value, mod):
                return True  # `/members/${handle}`: a path the code writes
            return value.type in ("call_expression", "ternary_expression") and not (
                value.type == "call_expression" and _HOOK_OR_READ.search(callee(value))) and \
                not _url_heads(value, mod, scan, scope)
        scope = jsscan.enclosing_function(scope)
    return False


def _link_prop_safe_at_every_use(scan: _Scan, mod: Module, value: Node, depth: int = 0) -> bool:
    """A component's link prop that every place the project renders the component fills from
    the project's own code: a fixed URL or a path it writes (``<NavLink href="/pricing" />``),
    a function (a form's ``action``), a module's configuration (``<MainNav
    items={docsConfig.mainNav} />``), a list written in the caller (``menus = [{ href:
    `/teams/${slug}` }]``), or the caller's own such prop (``<NavItem menu={menu} />`` inside
    ``menus.map``). ``value`` is the link's head: the prop (``href``), a field of it
    (``props.href``, ``menu.href``) or of an element a loop over it hands (``item.href``)."""
    found = _prop_of(value) if depth <= 3 else None
    if found is None:
        return False
    fn, prop, field = found
    uses = _jsx_uses(scan, _component_name(fn), prop)
    return bool(uses) and all(v is not None and _own_link_data(scan, m, v, field, depth)
                              for m, v in uses)


def _prop_of(value: Node) -> tuple[Node, str, str | None] | None:
    """The component whose prop ``value`` reads, that prop's name and the field of it (or of
    its elements) the link takes, through loops over the prop (``items?.map((item) => …)``)."""
    value = strip(value) or value
    field = text(value.child_by_field_name("property")) if value.type == "member_expression" \
        else None
    root = _root_name(value)
    chain = [text(root), *_member_names(value, root)]
    fn = jsscan.enclosing_function(value)
    while fn is not None and root.type == "identifier":
        params = _parameter_names(fn)
        if _component(fn):
            if not params or chain[0] not in params[0]:
                return None
            if params[0] == {chain[0]} and _whole_props(fn):  # (props) => props.href
                return (fn, chain[1], field if len(chain) > 2 else None) if len(
                    chain) > 1 else None
            return fn, chain[0], field
        call = fn.parent.parent if fn.parent is not None and fn.parent.type == "arguments" \
            else None
        target = call.child_by_field_name("function") if call is not None and \
            call.type == "call_expression" else None
        if target is not None and target.type == "member_expression" and \
                _ELEMENT_CALLBACK.search(text(target)) and chain[0] in _element_parameters(fn):
            over = strip(target.child_by_field_name("object"))
            if over is None:
                return None
            root = _root_name(over)
            chain = [text(root), *_member_names(over, root)]
        elif any(chain[0] in names for names in params):
            return None  # a parameter of a plain function: its callers are not followed
        fn = jsscan.enclosing_function(fn)
    return None


def _whole_props(fn: Node) -> bool:
    """The component takes its props as one name (``props``), not destructured."""
    given = fn.child_by_field_name("parameters")
    first = given.named_children[0] if given is not None and given.named_children else \
        fn.child_by_field_name("parameter")
    if first is not None and first.type in ("required_parameter", "optional_parameter"):
        first = first.child_by_field_name("pattern")
    return first is not None and first.type == "identifier"


def _member_names(node: Node, root: Node) -> list[str]:
    """The property names from ``root`` to ``node``: ``["links", "url"]`` of ``m.links.url``."""
    out: list[str] = []
    while node is not root and node.type in ("member_expression", "subscript_expression"):
        if node.type == "member_expression":
            out.append(text(node.child_by_field_name("property")))
        node = strip(node.child_by_field_name("object")) or root
    return out[::-1]


def _own_link_data(scan: _Scan, mod: Module, node: Node | None, field: str | None,
                   depth: int) -> bool:
    """``node`` (or, with ``field``, that field of it and of its elements) is written by the
    project: a literal, a path, the site's own origin, a function, an object or list of
    such, a name bound to one, a module's constant or configuration, or a prop of the
    caller's that is itself so filled."""
    node = strip(node)
    if node is None or depth > 6:
        return False
    again = functools.partial(_own_link_data, scan, mod, depth=depth + 1)
    inner_of = functools.partial(_own_link_data, scan, mod, depth=depth)  # written in place
    if node.type in jsscan.FUNCTIONS or jsscan.is_literal(node) or (
            field is None and (_constant(node, mod) or _literal_path_prefix(node, mod))):
        return True
    if node.type == "array":
        return all(inner_of(c, field) for c in node.named_children if c.type != "comment")
    if node.type == "object":
        for pair in node.named_children:
            if pair.type == "pair":
                key = text(pair.child_by_field_name("key")).strip("'\"")
                inner = strip(pair.child_by_field_name("value"))
                if key == field and not inner_of(inner, None):
                    return False
                if key != field and inner is not None and inner.type in (
                        "array", "object") and not inner_of(inner, field):
                    return False
            elif pair.type == "shorthand_property_identifier" and text(pair) == field:
                return False  # { href }: a name whose origin is not followed here
            elif pair.type == "spread_element":
                return False
        return True
    if node.type == "ternary_expression":
        return inner_of(node.child_by_field_name("consequence"), field) and inner_of(
            node.child_by_field_name("alternative"), field)
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) in (
            "||", "??"):
        return inner_of(node.child_by_field_name("left"), field) and inner_of(
            node.child_by_field_name("right"), field)
    memo = strip(args(node)[0]) if node.type == "call_expression" and re.fullmatch(
        r"(?:React\.)?useMemo|computed", callee(node)) and args(node) else None
    if memo is not None and memo.type in jsscan.FUNCTIONS:  # useMemo(() => [...], [slug])
        answers = _returned_values(memo)
        return bool(answers) and all(inner_of(a, field) for a in answers)
    if node.type not in ("identifier", "member_expression"):
        return False
    root = _root_name(node)
    if root.type != "identifier":
        return False
    if _prop_of(node) is not None:
        return _link_prop_safe_at_every_use(scan, mod, node, depth + 1) if field is None else \
            _prop_filled_own(scan, node, field, depth + 1)
    names = [text(root), *_member_names(node, root)]
    # menu.href: the href of what the local menu holds (a deeper chain is not followed)
    held = field if node is root else names[1] if field is None and len(names) == 2 else None
    over = _loop_over(root)
    if over is not None and (node is root or held is not None):
        return again(over, held)  # LINKS.map((l) => <SideItem link={l} />)
    scope = jsscan.enclosing_function(node)
    while scope is not None:
        bound = jsscan.declaration_of(scope, text(root), node.start_byte)
        if bound is not None:  # [state, action] = useActionState(…): a form's action function
            if node is not root and held is None:
                return False
            added = [a for c in walk(scope) if c.type == "call_expression" and re.fullmatch(
                rf"{re.escape(text(root))}\.(?:push|unshift|splice|concat)", callee(c))
                for a in args(c)]  # navigations.push({ href: `/teams/${slug}/sso` })
            written = [c.child_by_field_name("right") for c in walk(scope)
                       if c.type == "assignment_expression" and (left := c.child_by_field_name(
                           "left")) is not None and left.type in (
                           "member_expression", "subscript_expression") and
                       text(_root_name(left)) == text(root)]  # navigations[1].href = site
            return (again(bound, held) and all(again(a, held) for a in added) and
                    all(again(w, None) for w in written)) or bool(
                re.search(r"(?:^|\.)use(?:ActionState|FormState)$", callee(strip(bound) or bound)))
        local = next((f for f in scope.named_children[-1:] for f in walk(f, skip_functions=True)
                      if f.type == "function_declaration" and text(
                          f.child_by_field_name("name")) == text(root)), None)
        if local is not None:
            return True  # <Form action={signIn}> with a function declared beside it
        scope = jsscan.enclosing_function(scope)
    found = scan.project.resolve(mod, ".".join(names[:2]))
    if found is None or len(names) > 2:
        return False
    value = found[1]
    if value.type in ("function_declaration", "generator_function_declaration",
                      "class_declaration"):
        return True
    return _own_link_data(scan, found[0], value, field, depth + 1)


def _loop_over(name: Node) -> Node | None:
    """What a loop's callback walks when ``name`` is the element it is handed
    (``LINKS`` for ``l`` in ``LINKS.map((l) => …)``)."""
    fn = jsscan.enclosing_function(name)
    while fn is not None:
        call = fn.parent.parent if fn.parent is not None and fn.parent.type == "arguments" \
            else None
        target = call.child_by_field_name("function") if call is not None and \
            call.type == "call_expression" else None
        if text(name) in set().union(*_parameter_names(fn) or [set()]):
            if target is not None and target.type == "member_expression" and \
                    _ELEMENT_CALLBACK.search(text(target)) and text(name) in \
                    _element_parameters(fn):
                return target.child_by_field_name("object")
            return None
        fn = jsscan.enclosing_function(fn)
    return None


def _prop_filled_own(scan: _Scan, node: Node, field: str, depth: int) -> bool:
    """A caller's prop (``menus``) whose elements' ``field`` every use fills from the project."""
    found = _prop_of(node)
    if found is None or depth > 6:
        return False
    fn, prop, _ = found
    uses = _jsx_uses(scan, _component_name(fn), prop)
    return bool(uses) and all(v is not None and _own_link_data(scan, m, v, field, depth)
                              for m, v in uses)


# Input the browser reads from the page's own address.
_URL_SOURCE = re.compile(r"\blocation\.(?:search|hash|href)|\bURLSearchParams\b|"
                         r"\buseSearchParams\b|\bsearchParams\b|\buseParams\b|router\.query")


#: the last part of the callees below that write HTML (besides ``…insertAdjacentHTML`` and
#: ``…createContextualFragment``)
_SINK_CALLS = frozenset({"write", "writeln", "html", "append", "prepend", "after", "before",
                         "replaceWith", "$", "jQuery", "parseHTML"})


def _html_sink(n: Node) -> Node | None:
    """The HTML a node writes into the page: ``el.innerHTML = x``, ``outerHTML``, an iframe's
    ``srcdoc``, ``insertAdjacentHTML(pos, x)``, ``document.write(x)``,
    ``createContextualFragment(x)``, jQuery's ``$(el).html(x)`` / ``.append(x)``."""
    if n.type in ("assignment_expression", "augmented_assignment_expression"):
        left = n.child_by_field_name("left")
        if left is not None and left.type == "member_expression" and text(
                left.child_by_field_name("property")) in ("innerHTML", "outerHTML", "srcdoc"):
            return n.child_by_field_name("right")
    elif n.type == "call_expression":
        name = callee(n)
        last = name.rsplit(".", 1)[-1]
        if last not in _SINK_CALLS and not last.endswith(("insertAdjacentHTML",
                                                          "createContextualFragment")):
            return None  # (every call of every file is asked: most are none of these)
        a = args(n)
        if name.endswith("insertAdjacentHTML") and len(a) > 1:
            return a[1]
        if re.search(r"(?:^|\.)(?:document|contentDocument)\.write(?:ln)?$", name) and a:
            # a new window's, an iframe's (frame.contentDocument.write) too
            return a[0]
        held = re.match(r"^([\w$]+)\.write(?:ln)?$", name)
        if held and a and _holds_document(n, held.group(1)):
            return a[0]  # const doc = frame.contentDocument; doc.write(html)
        if name.endswith("createContextualFragment") and a:
            return a[0]
        held = re.match(r"^([\w$]+)\.(?:html|append|prepend|after|before|replaceWith)$", name)
        if (re.match(r"^(?:\$|jQuery)\(\)(?:\.\w+\(\))*\.(?:html|append|prepend|after|before|"
                     r"replaceWith)$", name) or (held and _jquery_object(n, held.group(1)))) and \
                a and not re.match(r"^(?:\$|jQuery)\(|document\.create", text(strip(a[0]))) and \
                not _element_made(a[0], n):
            return a[0]  # jQuery parses a string argument as HTML (an element it inserts)
        if name in ("$", "jQuery", "$.parseHTML", "jQuery.parseHTML") and a and (
                name.endswith("parseHTML") or _starts_with_tag(a[0])):
            return a[0]  # $(`<li>${m.text}</li>`) builds elements from the HTML it is given
    return None


def _element_made(arg: Node, at: Node) -> bool:
    """``$list.append($li)`` where ``const $li = $("<li>").text(name)``: the argument holds an
    element made by jQuery or the DOM, which is inserted as it is, not parsed as HTML."""
    arg = strip(arg)
    if arg is None or arg.type != "identifier":
        return False
    value = strip(jsscan.declaration_of(jsscan.enclosing_function(at) or _root(at), text(arg),
                                        at.start_byte))
    return value is not None and bool(re.match(
        r"(?:\$|jQuery)\(\s*[\"'`]<\w+\s*/?>[\"'`]\s*\)|document\.create(?:Element|TextNode)\(",
        text(value)))


def _root(node: Node) -> Node:
    """The program node ``node`` belongs to (tree-sitter's Node keeps no link to its tree)."""
    while node.parent is not None:
        node = node.parent
    return node


def _holds_document(at: Node, name: str) -> bool:
    """``name`` is bound, where ``at`` is, to a document (an iframe's contentDocument, a new
    window's document)."""
    top = _root(at)
    scope = jsscan.enclosing_function(at)
    while True:
        value = strip(jsscan.declaration_of(scope if scope is not None else top, name,
                                            at.start_byte))
        if value is not None:
            return bool(re.search(r"(?:^|\.)(?:contentDocument|document)$", text(value)))
        if scope is None:
            return False
        scope = jsscan.enclosing_function(scope)


def _starts_with_tag(node: Node) -> bool:
    """A string built from parts whose first written part opens a tag (``"<li>" + x``,
    ```<li>${x}</li>```)."""
    node = strip(node)
    first = node
    while first is not None and first.type == "binary_expression":
        first = strip(first.child_by_field_name("left"))
    if first is None or first.type not in ("template_string", "string") or \
            not text(first)[1:].lstrip().startswith("<"):
        return False
    return first is not node or any(c.type == "template_substitution"
                                    for c in first.named_children)


def _jquery_object(at: Node, name: str) -> bool:
    """``name`` holds a jQuery selection where ``at`` is (``const $list = $("#list")``), in its
    function or an enclosing one: its ``.append(string)`` parses HTML, an Element's does not."""
    root = at
    while root.parent is not None:
        root = root.parent
    scope = jsscan.enclosing_function(at)
    while True:
        value = strip(jsscan.declaration_of(scope or root, name, at.start_byte))
        if value is not None:
            return value.type == "call_expression" and callee(value) in ("$", "jQuery")
        if scope is None:
            return False
        scope = jsscan.enclosing_function(scope)


def _html_helpers(scan: _Scan, mod: Module) -> dict[int, list[int]]:
    """Functions of ``mod`` that write one of their parameters into the page as HTML, unescaped:
    function node id -> parameter index."""
    if mod.path in scan.html_helpers:  # not in mod.cache: helpers may escape via other files
        return scan.html_helpers[mod.path]
    out: dict[int, list[int]] = {}
    scan.html_helpers[mod.path] = out
    top = list(_top_functions(mod))
    seen = {fn.id for fn, _ in top}
    # and the functions a script declares inside its IIFE (vanilla widgets: (function () {
    # function showFlash(message) { … } … })())
    top += [(d, _parameter_names(d)) for d in _nested_declarations(mod) if d.id not in seen]
    for fn, params in top:
        held: list[set[str]] | None = None
        for n in mod.within(fn, "assignment_expression", "augmented_assignment_expression",
                            "call_expression"):
            target = _html_sink(n)
            if target is None or jsscan.is_literal(target):
                continue
            for i, names in enumerate(params):
                if not jsscan.mentions(target, names) and params and \
                        jsscan.enclosing_function(n) is not fn:
                    # render(cards) { cards.forEach((card) => el.innerHTML += card.title) }:
                    # what the callbacks over a parameter are handed holds it too
                    if held is None:
                        held = [_tainted_by(fn, False, _NOTHING, seed=p, loops=True)
                                for p in params]
                    names = held[i]
                if jsscan.mentions(target, names) and not _html_escaped(target, mod, scan, names) \
                        and i not in out.get(fn.id, []):
                    out.setdefault(fn.id, []).append(i)
    return out


_NOTHING = re.compile(r"(?!)")


def _nested_declarations(mod: Module) -> list[Node]:
    """``function name(…) {…}`` declared inside another function (a script's IIFE that
    keeps its names out of the page's globals, a component's local helper)."""
    if "nested-declarations" not in mod.cache:
        mod.cache["nested-declarations"] = [
            d for d in mod.of_type("function_declaration")
            if d.parent is not None and d.parent.type == "statement_block" and
            text(d.child_by_field_name("name")) not in mod.top]
    return mod.cache["nested-declarations"]


def _dom_xss(scan: _Scan, mod: Module) -> Iterator[Finding]:
    for n in mod.of_type("assignment_expression", "augmented_assignment_expression",
                         "call_expression"):
        sink = _html_sink(n)
        targets = [sink] if sink is not None else []
        if sink is None and n.type == "call_expression":
            found = scan.project.resolve(mod, callee(n))
            fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
            if fn is None and (local := next((d for d in _nested_declarations(mod) if text(
                    d.child_by_field_name("name")) == callee(n)), None)) is not None:
                found, fn = (mod, local), local
            if fn is not None:  # every argument the helper writes as HTML
                targets = [args(n)[i] for i in _html_helpers(
                    scan, found[0]).get(fn.id, []) if len(args(n)) > i]  # type: ignore[index]
        targets = [t for t in targets if not jsscan.is_literal(t)]
        if not targets:
            continue
        names = _taint(mod, n, set(), _DOM_SOURCES, containers=_containers(mod)) | \
            _input_state(mod) | _stored_input(mod)
        names = {x for x in names if not _kept_to_list(n, x, mod)}
        sources = _with_source_helpers(mod, _DOM_SOURCES)
        if not any((jsscan.mentions(t, names) or sources.search(text(t))) and
                   not _html_escaped(t, mod, scan, names) for t in targets):
            continue
        yield _finding(mod.path, jsscan.line(n), "dom-xss",
                       "HTML is built from input and written with innerHTML (XSS); set "
                       "textContent, or escape every value first")


def _input_state(mod: Module) -> set[str]:
    """React state that holds input: ``const [text, setText] = useState("")`` where
    ``setText(e.target.value)`` (or the initial value) reads a DOM source. A counter's
    ``useState(0)`` set to ``c + 1`` is not input."""
    if "input-state" not in mod.cache:
        out: set[str] = set()
        setters: dict[str, str] = {}
        for d in mod.of_type("variable_declarator"):
            value, pattern = strip(d.child_by_field_name("value")), d.child_by_field_name("name")
            if value is None or pattern is None or pattern.type != "array_pattern" or \
                    value.type != "call_expression" or not callee(value).endswith("useState"):
                continue
            parts = [c for c in pattern.named_children]
            if len(parts) == 2 and parts[0].type == "identifier" and \
                    parts[1].type == "identifier":
                setters[text(parts[1])] = text(parts[0])
                if _DOM_SOURCES.search(text(value)):
                    out.add(text(parts[0]))
        for call in mod.of_type("call_expression"):
            name = callee(call)
            if name in setters and any(_DOM_SOURCES.search(text(a)) or _holds_input(a, call)
                                       for a in args(call)):
                out.add(setters[name])
            elif name.endswith(".then") and _DOM_SOURCES.search(text(
                    call.child_by_field_name("function"))):
                # fetch(url).then((r) => r.json()).then(setListing): the answer is the state
                out |= {setters[text(a)] for a in args(call) if text(a) in setters}
        mod.cache["input-state"] = out
    return mod.cache["input-state"]


def _holds_input(value: Node, at: Node) -> bool:
    """A name bound, in the function around ``at``, to a DOM source or a server's answer
    (``const data = await res.json(); setRows(data)``)."""
    value = strip(value)
    scope = jsscan.enclosing_function(at)
    if value is None or value.type != "identifier" or scope is None:
        return False
    bound = jsscan.declaration_of(scope, text(value), at.start_byte)
    return bound is not None and bool(_DOM_SOURCES.search(text(bound)))


def _html_escaped(node: Node, mod: Module, scan: _Scan, names: set[str]) -> bool:
    """Every input that reaches the HTML passes an escaper/sanitiser on the way."""
    node = strip(node)
    if node is None or _sanitized_html(node, mod, scan):
        return True
    if node.type == "template_string":
        return all(_html_escaped(c.named_children[0], mod, scan, names) if c.named_children
                   else True for c in node.named_children if c.type == "template_substitution")
    if node.type == "binary_expression":
        return _html_escaped(node.child_by_field_name("left"), mod, scan, names) and \
            _html_escaped(node.child_by_field_name("right"), mod, scan, names)
    if node.type == "call_expression" and callee(node).endswith((".join", ".map")):
        inner = [x for x in walk(node) if x.type == "template_string"]
        for call in [node, *walk(node)]:  # .map(renderRow): the row builder's own templates
            if call.type == "call_expression" and callee(call).endswith(".map"):
                if jsscan.mentions(call.child_by_field_name("function"), names):
                    for a in args(call):  # rows.map((r) => …): each r is input too
                        if a.type in jsscan.FUNCTIONS:
                            names = names | set().union(*_parameter_names(a)) | (
                                jsscan.pattern_names(a.child_by_field_name("parameter")))
                            # and its locals built from them: const [name, email] = line.split(",")
                            names = _tainted_by(a, False, _NOTHING, seed=names)
                for a in args(call):
                    found = scan.project.resolve(mod, text(a)) if a.type == "identifier" \
                        else None
                    fn = jsscan.function_of(*found)[0] if found is not None else None
                    if fn is None:
                        continue
                    if _escapes(fn):
                        return True
                    own = set().union(*_parameter_names(fn))
                    inner += [x for x in walk(fn) if x.type == "template_string" and any(
                        c.type == "template_substitution" for c in x.children)]
                    names = names | own
        return bool(inner) and all(_html_escaped(t, mod, scan, names) for t in inner)
    return _numeric(node) or not (jsscan.mentions(node, names) or _with_source_helpers(
        mod, _DOM_SOURCES).search(text(node)))


_NUMERIC = re.compile(r"^(?:Number|parseInt|parseFloat|Math\.\w+|BigInt|Number\.parse\w+)\(|"
                      r"^[+-]\s*[\w$(]|\.(?:length|size|byteLength)$|\.toFixed\([^()]*\)$")


def _numeric(node: Node | None) -> bool:
    """A number, whatever input it came from: ``Number(input.value)``, ``items.length``,
    ``total().toFixed(2)``; no markup can hide in one."""
    node = strip(node)
    return node is not None and bool(_NUMERIC.search(text(node)))


def _server_only(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A module that reads the service-role key must refuse to be bundled for the browser."""
    reads = [n for n, name in scan.env_reads(mod) if _SERVICE_ROLE_ENV.search(name)]
    if reads and scan.rendered_by_ui(mod) and not re.search(
            r"""^\s*import\s+['"]server-only['"]""", mod.src, re.MULTILINE):
        yield _finding(mod.path, jsscan.line(reads[0]), "server-only",
                       "this module reads the service-role key; add `import \"server-only\"` "
                       "so it can never reach a client bundle")


# ---------------------------------------------------------------------- SQL


# SQL that never reaches the deployed database: pgTAP tests (supabase/tests/), fixtures.
_TEST_SQL = re.compile(r"(?:^|/)(?:tests?|__tests__|fixtures?)/")


_OWNER_VIEW = " runs as its owner, so no RLS applies"


def _callable_by_everyone(schema: sqlscan.Schema, event: sqlscan.Event) -> bool:
    """A security definer function of people's rows that no REVOKE took from PUBLIC/anon."""
    name = sqlscan.qualify(".".join(p.sval for p in event.node.funcname))
    return name in schema.definers and name.startswith("public.") and \
        name not in schema.revoked_from_public and sqlscan.answers_people(event.node,
                                                                          event.text)


def _public_columns_only(schema: sqlscan.Schema, table: sqlscan.Table) -> bool:
    """Anon's whole-row privileges revoked and granted back only for columns with no
    contact detail or secret in them: a ``using (true)`` read shows those columns only."""
    shown = schema.columns_shown_to_public(table.name)
    return shown is not None and not _shows_people(shown)


def _shows_people(columns: set[str]) -> bool:
    """Columns with a contact detail or a secret among them."""
    return bool(columns & sqlscan.PERSONAL_COLUMNS) or any(
        sqlscan.SECRET_COLUMN.search(c) for c in columns)


def _api_schemas(files: dict[str, str]) -> set[str]:
    """The schemas Supabase's API serves besides public (``[api] schemas`` in
    supabase/config.toml): their tables are as reachable as public's."""
    import tomllib

    out: set[str] = set()
    for path, text_ in files.items():
        if path.endswith("supabase/config.toml") or path == "config.toml":
            try:
                listed = tomllib.loads(text_).get("api", {}).get("schemas", [])
            except (tomllib.TOMLDecodeError, AttributeError):
                continue
            out |= {str(x).lower() for x in listed if isinstance(x, str)}
    return out


# A table (or model) named for people or what they keep: its rows are someone's.
_PEOPLE_NAME = re.compile(r"user|profile|member|customer|account|patient|client|contact|"
                          r"subscri|session|people|person|employee|student|guest|booking|"
                          r"order|payment|message|note|volunteer|parent|child|staff|"
                          r"applica|registr|attendee|signup|lead|"
                          # who did or asked something, and what a person asks or gives
                          r"full_?name|first_?name|last_?name|surname|donor|donation|voter|"
                          r"vote|ballot|rsvp|prayer|request|appointment|reservation|resident|"
                          r"tenant|recipient|sender|participant|player|owner|holder|birth|"
                          r"gender|age\b|reason|comment|answer|response", re.IGNORECASE)


def _holds_people(table: sqlscan.Table, schema: sqlscan.Schema) -> bool:
    """Rows about people: an owner column, an id of something the schema does not hold (a
    ``keeper_id``, a ``parent_id``: people kept elsewhere), a contact detail, a secret or a
    health/money answer, or a table named for people. Where Supabase is only assumed (an ORM's
    migrations, no host said), a table of none of these (a recipe list its own server gives to
    anyone, stops and their departures) is no finding: the anon key that could read it is
    hypothetical, and so is what it would learn (review26 R6)."""
    short = table.name.split(".")[-1].strip('"')
    held = {t.split(".")[-1].strip('"').lower() for t in schema.tables}
    return bool(table.owner_columns) or _shows_people(table.columns) or any(
        sqlscan.CONTACT_SUFFIX.search(c) or sqlscan.SENSITIVE_COLUMNS.search(c) or (
            (m := re.fullmatch(r"(\w+?)_?id", c.lower())) is not None and c.lower() != "id" and
            not {m.group(1), m.group(1) + "s", m.group(1) + "es"} & held)
        for c in table.columns) or bool(_PEOPLE_NAME.search(short)) or any(
            _PEOPLE_NAME.search(c) for c in table.columns)


def _sql_rules(scan: _Scan, targets: set[str]) -> Iterator[Finding]:
    schema = scan.schema
    targets = {t for t in targets if not _TEST_SQL.search(t)}
    ever_enabled = {e.text for e in schema.events if e.kind == "disable-rls"}
    exposed = scan.tables_exposed()
    served = {"public", *schema.exposed_schemas, *_api_schemas(scan.files)}
    for table in schema.tables.values():
        if table.path not in targets or table.name.split(".")[0] not in served:
            continue
        if exposed and not table.rls and table.name not in ever_enabled and (
                scan.tables_served() != "assumed" or _holds_people(table, schema)):
            yield _finding(table.path, table.line, "rls",
                           f"table {table.name} has no row level security; add "
                           f"`alter table {table.name} enable row level security`" + (
                               " (the project does not say its database is server-only: on "
                               "Supabase the Data API serves public's tables to the anon key)"
                               if scan.tables_served() == "assumed" else ""))
    for event in schema.events:
        if event.path not in targets:
            continue
        table = schema.table(event.text)
        where = event.text.split(".")[0] if "." in event.text else event.text.rsplit(" ", 1)[-1]
        if event.kind == "disable-rls" and where in served and not (
                table.rls if table else schema.rls_switched.get(
                    event.text, False)):  # switched back on later (a backfill in one migration)
            yield _finding(event.path, event.line, "rls-disabled",
                           f"row level security is switched off for {event.text}; every "
                           "signed-in (or anonymous) client can then read and change all rows")
        elif event.kind == "grant":
            yield from _anon_grant(scan, event)
        elif event.kind == "function" and sqlscan.dynamic_sql_concat(event.node):
            yield _finding(event.path, event.line, "sql-injection",
                           "EXECUTE runs SQL glued with ||; use format('%I', …)/'%L' or "
                           "EXECUTE … USING")
        elif event.kind == "function" and exposed and _callable_by_everyone(schema, event):
            yield _finding(event.path, event.line, "anon-grant",
                           "a security definer function answers people's rows (e-mails, "
                           "auth.users) and, not revoked, anyone can call it through the API "
                           "(functions are executable by PUBLIC); revoke execute from public, "
                           "anon, or make it security invoker")
    for name, view in schema.views.items():
        where = schema.view_lines.get(name)
        if exposed and where is not None and where[0] in targets and not view.invoker and \
                name.split(".")[0] in served and sqlscan.view_reads_accounts(view) and \
                name not in schema.revoked_from_public:
            yield _finding(where[0], where[1], "rls",
                           f"view {name}{_OWNER_VIEW}, and shows "
                           "people's account details to every API caller; add `with "
                           "(security_invoker = true)` or move it out of the exposed schema")
    for p in schema.policies:
        if p.path not in targets or not p.lets_clients_in:
            continue
        table = schema.table_or_model(p.table)
        user_data = table.user_data if table is not None else True
        loose_qual = p.qual is not None and not sqlscan.ties_to_caller(p.qual, schema)
        loose_check = p.check is not None and not sqlscan.ties_to_caller(p.check, schema)
        bad = False
        if p.cmd in ("update", "delete", "all") and (
                sqlscan.constant_true(p.qual) or (user_data and loose_qual)):
            bad = True
        if p.cmd in ("insert", "update", "all") and user_data and (
                loose_check or (p.cmd == "insert" and p.check is None)):
            bad = True
        public = not p.roles or bool(p.roles & sqlscan.PUBLIC_ROLES)
        if p.cmd in ("select", "all") and table is not None and not sqlscan.ties_to_caller(
                p.qual, schema) and \
                not sqlscan.visible_rows_only(p.qual) and (table.private or table.secrets or (
                    (table.personal or table.contacts) and public and not _public_columns_only(
                        schema, table))):
            bad = True  # everyone reads what each person keeps to themselves
        if sqlscan.row_blind(p.qual, schema.tables) or (
                p.qual is None and sqlscan.row_blind(p.check, schema.tables)):
            bad = True  # any member of anything passes for every row
        if bad:
            yield _finding(p.path, p.line, "rls-permissive",
                           f"policy \"{p.name}\" lets every caller {p.cmd} rows of {p.table} "
                           "(its check never compares the row's owner with auth.uid())")
        elif (bucket := _shared_private_bucket(schema, scan.files, p)) is not None:
            yield _finding(p.path, p.line, "rls-permissive",
                           f"policy \"{p.name}\" lets every signed-in user {p.cmd} every file "
                           f"in the private bucket {bucket}, whose files other policies keep in "
                           "each user's folder; compare (storage.foldername(name))[1] with "
                           "auth.uid()::text here too")


_BUCKET_ROW = re.compile(r"insert\s+into\s+storage\.buckets\s*\(([^)]*)\)\s*values\s*(.*?);",
                         re.IGNORECASE | re.DOTALL)


def _private_buckets(files: dict[str, str]) -> set[str]:
    """Buckets a migration makes private (``insert into storage.buckets (id, name, public)
    values ('invoices', 'invoices', false)``; no ``public`` column is private too)."""
    out: set[str] = set()
    for path, text_ in files.items():
        if not path.endswith(".sql"):
            continue
        for m in _BUCKET_ROW.finditer(text_):
            cols = [c.strip().strip('"').lower() for c in m.group(1).split(",")]
            for row in re.findall(r"\(([^()]*)\)", m.group(2)):
                values = [v.strip().strip("'").lower() for v in row.split(",")]
                if len(values) != len(cols) or "id" not in cols:
                    continue
                public = values[cols.index("public")] if "public" in cols else "false"
                if public in ("false", "f", "'f'"):
                    out.add(values[cols.index("id")])
    return out


def _bucket_ids(expr: object) -> set[str]:
    """The bucket names a storage policy's expression compares ``bucket_id`` with."""
    from pglast import ast

    return {n.val.sval for n in sqlscan.nodes(expr) if isinstance(n, ast.A_Const) and
            isinstance(n.val, ast.String)} if expr is not None else set()


def _shared_private_bucket(schema: sqlscan.Schema, files: dict[str, str],
                           p: sqlscan.Policy) -> str | None:
    """A storage policy that lets every caller read (or change) all of a private bucket's
    files while another policy of that bucket keeps files to their owner (uploads into
    ``<user id>/…``): the bucket holds each person's own files, this policy shares them."""
    if p.table != "storage.objects" or p.cmd not in ("select", "all", "update", "delete") or \
            p.qual is None or sqlscan.scoped(p.qual) or not p.lets_clients_in:
        return None
    private = _private_buckets(files) & _bucket_ids(p.qual)
    for q in schema.policies:
        if q is p or q.table != "storage.objects":
            continue
        owned = [e for e in (q.qual, q.check) if e is not None and sqlscan.scoped(e)]
        found = private & set().union(*(_bucket_ids(e) for e in owned))
        if found:
            return sorted(found)[0]
    return None


def _people_open_to_anon(table: sqlscan.Table, privileges: set[str],
                         schema: sqlscan.Schema) -> bool:
    """People's contact details (a sign-up form's names, e-mails, phones, an order's shipping
    address) granted to anon beyond ``insert``, in a table with no owner column and no RLS,
    or whose policies let every caller change or delete any row (``for all to public using
    (true)``), or read every row (a read policy for anon that compares nothing with the
    caller: ``using (email is not null)``): the form may post, but every visitor can then
    read (or change) everyone's details."""
    if privileges == {"insert"} or privileges <= {"insert", "usage"} or not any(
            c in sqlscan.PERSONAL_COLUMNS or sqlscan.CONTACT_SUFFIX.search(c)
            for c in table.columns):
        return False
    public = [p for p in table.policies if p.lets_clients_in and (
        not p.roles or p.roles & sqlscan.PUBLIC_ROLES)]
    return not table.rls or (bool(privileges & {"update", "delete", ""}) and any(
        p.cmd in ("all", "update", "delete") and sqlscan.constant_true(p.qual)
        for p in public)) or (bool(privileges & {"select", ""}) and any(
            p.cmd in ("select", "all") and not sqlscan.ties_to_caller(p.qual, schema) and
            not sqlscan.visible_rows_only(p.qual) for p in public) and
        not _public_columns_only(schema, table))


def _secrets_open_to_anon(table: sqlscan.Table, privileges: set[str],
                          schema: sqlscan.Schema) -> bool:
    """A table holding what lets its reader in (API keys, tokens, password hashes), owned by
    a person or not (a workspace's integration keys), that anon may read: granted more than
    ``insert``, and no RLS, or a read policy that lets every visitor see every row."""
    if not table.secrets or privileges <= {"insert", "usage"}:
        return False
    return not table.rls or any(
        p.lets_clients_in and p.cmd in ("select", "all") and
        (not p.roles or p.roles & sqlscan.PUBLIC_ROLES) and not sqlscan.ties_to_caller(
            p.qual, schema) for p in table.policies)


def _reads_no_ones_rows(schema: sqlscan.Schema, name: str) -> bool:
    """A security definer function whose body reads only tables the migrations define with
    no owner column, contact detail or secret in them (a status page's checks, a catalog): it
    runs past RLS, but over rows that are nobody's. A table it reads that no migration shows,
    ``auth.users``, or SQL built at run time counts as someone's."""
    bodies = [e for e in schema.events if e.kind == "function" and sqlscan.qualify(
        ".".join(p.sval for p in e.node.funcname)) == name]
    if not bodies:
        return False
    read = sqlscan.tables_read(bodies[-1].node, bodies[-1].text)
    if not read:
        return False
    for source in read:
        table = schema.table(source)
        if table is None:
            if schema.view_exposes_people(source) is not False:
                return False
        elif table.user_data or table.contacts or table.secrets:
            return False
    return True


def _anon_grant(scan: _Scan, event: sqlscan.Event) -> Iterator[Finding]:
    roles = sqlscan.grantees(event.node) - event.revoked
    if not roles & sqlscan.PUBLIC_ROLES:
        return
    kind, names = sqlscan.grant_targets(event.node)
    bad = False
    if kind in ("all-tables", "all-functions"):
        bad = True
    elif kind == "table" and sqlscan.granted_columns(event.node) is not None:
        # Named columns: what anon may read of them must be public ones (a post's title, a
        # slug). Columns granted only for insert are written, never read back (a waitlist's
        # ``insert (email)``): the insert policy decides what lands.
        bad = _shows_people(sqlscan.granted_columns(event.node, but={"insert"}) or set())
    elif kind == "table":
        read_only = all(getattr(p, "priv_name", "") == "select" for p in (
            event.node.privileges or [None]))
        privileges = {getattr(p, "priv_name", "") for p in (event.node.privileges or [None])}
        bad = any(scan.schema.view_exposes_people(n) is not False if (
            t := scan.schema.table(n)) is None else (t.user_data and not (
                read_only and scan.schema.public_by_design(n))) or _people_open_to_anon(
                t, privileges, scan.schema) or _secrets_open_to_anon(t, privileges, scan.schema)
                for n in names)
    elif kind == "function":
        bad = any(n in scan.schema.definers and not _reads_no_ones_rows(scan.schema, n)
                  for n in names)
    if bad:
        yield _finding(event.path, event.line, "anon-grant",
                       "grants anonymous visitors (anon) access to user data or a security "
                       "definer function; grant to authenticated and let RLS decide")


# ---------------------------------------------------------------------- entry point



def _page_script_rules(scan: _Scan, path: str, src: str) -> list[Finding]:
    """The browser rules on a page's ``<script>`` elements (HTML, Svelte, Vue, Astro), with
    their findings at the page's lines. Astro's scripts are TypeScript unless ``is:inline``."""
    findings = []
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", src, re.DOTALL | re.I):
        attrs = m.group(1)
        lang = ".ts" if re.search(r"lang=[\"']ts", attrs) or (
            path.endswith(".astro") and "is:inline" not in attrs) else ".js"
        inline = jsscan.load(path + lang, m.group(2))
        if inline is not None:
            offset = _line(src, m.start(2)) - 1
            for f in [*_dom_xss(scan, inline), *_code_injection(inline),
                      *_open_redirect(inline, set()), *_tokens_in_url(inline)]:
                findings.append(f.model_copy(update={
                    "path": path, "line": (f.line or 1) + offset}))
    return findings


def _check_file(scan: _Scan, path: str) -> list[Finding]:
    files = scan.files
    findings: list[Finding] = []
    src = files[path]
    client = (path.endswith(_CODE_EXT) or path.endswith((".html", ".htm"))) and (
        is_client_code(path, src, scan.static_site) or path in scan.bundled or (
            path.startswith(tuple(scan.browser_dirs)) and not _NODE_CODE.search(src)))
    if client:
        findings += _secrets_in_client(path, src)
    mod = scan.modules.get(path)
    if mod is not None and client:
        findings += _auth_admin_in_client(mod)
        findings += _writing_search_keys(scan, mod)
        findings += _url_to_imported_evaluator(scan, mod)
    if mod is not None:
        if not client:
            findings += _entry_rules(scan, mod)
            findings += _nest_unguarded(scan, mod)
            findings += _nest_idor(scan, mod)
            findings += _nest_webhooks(scan, mod)
            findings += _nest_sql_through_services(scan, mod)
            findings += _unverified_identity(mod)
            if not jsscan.is_route_path(path) and scan.bundles_modules and not re.search(
                    r"(?:^|/)lib/server/|^server/|\.server\.\w+$", path) and not any(
                    e.url for e in jsscan.entries(mod)):
                findings += _server_only(scan, mod)
        findings += _urls_from_helpers(scan, mod, _with_imported_sql(
            scan, mod, _with_imported_checks(scan, mod, _file_rules(mod))))
        findings += _redirects_through_imports(scan, mod)
        findings += _env_fallback_secrets(scan, mod)
        findings += _literal_keys(mod)
        findings += _keys_in_urls(mod)
        findings += _shipped_keys_in_query(mod)
        findings += _mail_passwords(mod)
        findings += _sql_through_helpers(scan, mod)
        findings += _public_config_secrets(mod)
        if path.endswith((".jsx", ".tsx", ".js", ".ts")):
            findings += _dangerous_html(scan, mod)
            findings += _script_links(scan, mod)
        findings += _dom_xss(scan, mod)
    elif path.endswith((".html", ".htm", ".svelte", ".vue")):
        findings += _page_script_rules(scan, path, src)
        if path.endswith((".svelte", ".vue")):
            findings += _component_html(path, src, _own_files_load(scan.files, path),
                                        _load_sanitizes(scan, path), _component_markup(scan, path))
            findings += _component_links(scan, path, src)
    elif path.endswith(".astro"):  # its frontmatter is the component's script (same lines)
        findings += _page_script_rules(scan, path, src)  # <script>s run in the browser
        findings += _component_html(path, re.sub(
            r"\A(\s*)---[ \t]*\n(.*?)\n---[ \t]*$", r"\1<script>\n\2\n</script>", src,
            count=1, flags=re.DOTALL | re.MULTILINE), own_markup=_component_markup(scan, path))
        front = re.match(r"\A(\s*---[ \t]*\n)(.*?)\n---[ \t]*$", src, re.DOTALL | re.MULTILINE)
        inline = jsscan.load(path + ".ts", front.group(2)) if front else None
        if inline is not None:  # the server code of the page: runs on every request
            offset = front.group(1).count("\n")  # type: ignore[union-attr]
            for f in [*_open_redirect(inline, set()), *_code_injection(inline),
                      *_sql_injection(inline), *_redirect_to_helper_answer(scan, inline)]:
                findings.append(f.model_copy(update={"path": path, "line": (f.line or 1) + offset}))
    name = path.rsplit("/", 1)[-1]
    if name in ("firestore.rules", "storage.rules", "database.rules.json"):
        findings += _firebase_rules(path, src)
    if path.endswith((*_CODE_EXT, ".json", ".svelte", ".vue", ".astro")) or name.startswith(".env"):
        findings += _next_public(path, src)
    if not path.endswith(".sql") and not path.endswith(("package-lock.json", ".lock")):
        findings += _secret_rules(scan, path, src, client)
    if mod is not None:
        findings += _folded_secrets(mod, client, {f.line for f in findings})
    return findings


# Hosted search clients take a search-only key in the browser; the same client that adds,
# changes or deletes records there holds the admin (write) key.
_SEARCH_CLIENT = re.compile(r"^(?:algoliasearch(?:\.default)?|searchClient|liteClient|"
                            r"new (?:MeiliSearch|Meilisearch|Typesense\.Client))$")
_SEARCH_WRITES = re.compile(r"\.(?:saveObjects?|partialUpdateObjects?|deleteObjects?|"
                            r"clearObjects|setSettings|replaceAllObjects|addOrUpdateObject|"
                            r"addDocuments|updateDocuments|deleteDocuments?|deleteAllDocuments|"
                            r"updateSettings|createIndex|deleteIndex)\(|"
                            r"\.documents\([^)]*\)\.(?:create|upsert|update|delete|import)\(")


def _writing_search_keys(scan: _Scan, mod: Module) -> Iterator[Finding]:
    """A search service's key written into browser code whose client writes the index
    (``algoliasearch(appId, "…").initIndex(…).saveObject(…)``): only an admin key may, and
    every visitor then holds it. The writes may sit in another module that imports the client
    (``lib/algolia.ts`` builds it, a component or a route writes with it)."""
    here = bool(_SEARCH_WRITES.search(mod.src))
    if not here and not any(_SEARCH_WRITES.search(m.src) for m in scan.modules.values()):
        return
    for n in mod.of_type("call_expression", "new_expression"):
        name = callee(n) if n.type == "call_expression" else "new " + text(
            n.child_by_field_name("constructor"))
        if name.startswith("new ") and mod.imports.get(name[4:], ("", ""))[0] in (
                "typesense", "meilisearch"):
            name = f"new {mod.imports[name[4:]][0]}"  # import { Client } from "typesense"
        elif not _SEARCH_CLIENT.match(name):
            continue
        given = args(n) if n.type == "call_expression" else (
            n.child_by_field_name("arguments").named_children
            if n.child_by_field_name("arguments") is not None else [])
        keys = [g for g in given if jsscan.string_value(g, mod.consts) is not None] + [
            p.child_by_field_name("value") for g in given if strip(g) is not None and
            strip(g).type == "object" for p in strip(g).named_children if p.type == "pair" and
            re.search(r"api_?key", text(p.child_by_field_name("key")), re.IGNORECASE)]
        if any(len(jsscan.string_value(k, mod.consts) or "") >= 20 for k in keys) and (
                here or _written_elsewhere(scan, mod, n)):
            yield _finding(mod.path, jsscan.line(n), "secret-in-client",
                           f"{name.removeprefix('new ')} is given a key written into browser "
                           "code, and this code adds, changes or deletes records with it: only "
                           "an admin key can, and every visitor now holds it; write from the "
                           "server and ship a search-only key")


def _written_elsewhere(scan: _Scan, mod: Module, client: Node) -> bool:
    """Whether a module importing the top-level name that holds ``client`` (the client itself,
    a factory returning it, an index made from it) writes the index through it:
    ``client.initIndex(…).saveObject``, ``const index = client.initIndex(…)`` then
    ``index.saveObject``, ``search.client…`` of a namespace import."""
    holders = {name for name, node in mod.top.items() if node is not None and
               node.start_byte <= client.start_byte and client.end_byte <= node.end_byte}
    # and what the module makes of it: export const index = client.initIndex("recipes")
    holders |= {name for name, node in mod.top.items() if jsscan.mentions(node, holders)}
    if not holders:
        return False
    for other in scan.modules.values():
        if other is mod or not _SEARCH_WRITES.search(other.src):
            continue
        roots = set()
        for local, (_, orig) in other.imports.items():  # through barrels' re-exports too
            for holder in holders:
                name = f"{local}.{holder}" if orig == "*" else local
                found = scan.project.resolve(other, name) if orig in ("*", holder) or \
                    orig not in holders else None
                if found is not None and found[0] is mod and found[1] == mod.top[holder]:
                    roots.add(name)
        roots |= {m.group(1) for root in list(roots) for m in re.finditer(
            rf"\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:await\s+)?{re.escape(root)}\b", other.src)}
        lead = re.compile(rf"\s*(?:{'|'.join(map(re.escape, roots))})\b") if roots else None
        if lead is not None and any(lead.match(text(c.child_by_field_name("function"))) and
                                    _SEARCH_WRITES.search(text(c))
                                    for c in other.of_type("call_expression")):
            return True
    return False


def _folded_value(node: Node, mod: Module) -> str | None:
    """The string an expression always builds from constants (``"sk_" + "live…"``, a template
    of consts, ``PARTS.join("")`` of a module-level array)."""
    value = jsscan.string_value(node, mod.consts)
    if value is None and node.type == "call_expression" and callee(node).endswith(".join"):
        name = callee(node).rsplit(".", 1)[0]
        table = strip(mod.top.get(name))
        sep = args(node)
        sep_value = jsscan.string_value(sep[0], mod.consts) if sep else ","
        if table is not None and table.type == "array" and sep_value is not None:
            parts = [jsscan.string_value(c, mod.consts) for c in table.named_children]
            value = None if None in parts else sep_value.join(parts)  # type: ignore[arg-type]
    return value


def _folded_secrets(mod: Module, client: bool, reported: set[int]) -> Iterator[Finding]:
    """A provider's key split into pieces so no line holds it whole (``"sk_live_" +
    "…"``, ``[a, b].join("")``, a template of consts): the pieces are folded and the whole
    value read by the same detector. Only formats that name a provider count (an entropy or
    keyword guess about a joined string says nothing)."""
    for line, kind in _folded_keys(mod):
        if line in reported:
            continue
        reported.add(line)
        yield _finding(mod.path, line, "secret-in-client" if client else "hardcoded-secret",
                       f"a secret ({kind}) is written into the code in pieces that join "
                       "into the key; read it from a server-side environment variable")


def _folded_keys(mod: Module) -> list[tuple[int, str]]:
    """(line, kind) of each key :func:`_folded_secrets` reports, remembered with the module."""
    if "folded-keys" not in mod.cache:
        mod.cache["folded-keys"] = [] if _NOT_SHIPPED_SECRETS.search(mod.path) else list(
            _scan_folded(mod))
    return mod.cache["folded-keys"]


def _scan_folded(mod: Module) -> Iterator[tuple[int, str]]:
    values: list[tuple[Node, str]] = []
    inner = _pieces(mod)[1]
    for n in mod.of_type("binary_expression", "template_string", "call_expression"):
        if (n.id, n.start_byte) in inner:
            continue  # a piece of a longer expression: the whole is folded
        if (n.type == "binary_expression" and text(n.child_by_field_name("operator")) != "+") or (
                n.type == "template_string" and not any(
                    c.type == "template_substitution" for c in n.named_children)) or (
                n.type == "call_expression" and not callee(n).endswith(".join")):
            continue
        value = _folded_value(n, mod)
        if value is not None and 16 <= len(value) <= 400 and not re.search(r"[\n'\"\\]", value):
            values.append((n, value))
    if not values:
        return
    folded = "\n".join(f'piece = "{v}"' for _, v in values)
    for s in codescan.find_secrets(folded, mod.path + "#folded"):
        node = values[s.line - 1][0]
        if _placeholder_key(folded[s.start:s.end]) or (
                s.kind in _GUESSED_KINDS and not _named_as_secret(mod, node)):
            continue
        yield jsscan.line(node), s.kind


def _named_as_secret(mod: Module, node: Node) -> bool:
    """A folded value bound to a name that says it is a key (``const RESEND_API_KEY = "re_…"
    + "…"``, ``{ apiKey: "…" + "…" }``): a random-looking string there is no guess."""
    holder = mod.parent(node)
    while holder is not None and holder.type == "parenthesized_expression":
        holder = mod.parent(holder)
    name = holder.child_by_field_name("name" if holder.type == "variable_declarator" else
                                      "left" if holder.type == "assignment_expression" else
                                      "key") if holder is not None and holder.type in (
        "variable_declarator", "assignment_expression", "pair") else None
    said = text(name).rsplit(".", 1)[-1].strip("'\"") if name is not None else ""
    return bool(said and re.search(r"SECRET|TOKEN|API_?KEY|PASSW(?:OR)?D|PRIVATE_?KEY", said,
                                   re.IGNORECASE) and not _PUBLIC_NAME.search(said) and
                not _NOT_A_SECRET.search(said))


# Svelte's {@html …}, Vue's v-html and Astro's set:html write a string into the page as HTML.
_HTML_DIRECTIVE = re.compile(r"\{@html\s|\bv-html\s*=\s*([\"'])|\bset:html\s*=\s*\{")
_URL_TEXT = re.compile(r"\$?page\.url\b|\burl\.(?:searchParams|hash)|\bsearchParams\b|"
                       r"\blocation\.(?:search|hash|href)|\$?route\.(?:query|params|hash)\b|"
                       r"\bURLSearchParams\b")
_USER_TEXT = re.compile(r"\bdata\.|\$page\.data|\bprops\.|\b(?:marked|markdown|md\.render|"
                        r"showdown|micromark)\b|\bAstro\.props\b|"
                        r"\.(?:findUnique|findFirst|findMany|findOne|findById)\w*\(|"
                        # a server's answer: fetch's .json(), Nuxt's $fetch/useFetch, axios
                        r"\.json\(\)|\$fetch\(|\buse(?:Lazy)?Fetch\(|\baxios\b|"
                        # rows other people wrote, read by the component itself
                        r"\.from\(\s*['\"`][\w.]+['\"`]\s*\)\s*\.select\b")
_HTML_SAFE = re.compile(r"DOMPurify|sanitize|purify|escape|\bxss\(|filterXSS", re.IGNORECASE)
# A <script> holding data, not code (JSON-LD, a JSON island): JSON.stringify into it is JSON.
_JSON_SCRIPT = re.compile(r"^<script\b[^>]*\btype\s*=\s*[\"']application/(?:ld\+)?json[\"']",
                          re.IGNORECASE)


def _directive_value(src: str, m: re.Match[str]) -> tuple[str, int]:
    """The expression of a ``{@html …}`` (braces balanced) or ``v-html="…"``."""
    if m.group(1):
        end = src.find(m.group(1), m.end())
        return src[m.end():end if end >= 0 else len(src)], m.end()
    depth, i = 1, m.end()
    while i < len(src) and depth:
        depth += {"{": 1, "}": -1}.get(src[i], 0)
        i += 1
    return src[m.end():i - 1], m.end()


def _own_files_load(files: dict[str, str], path: str) -> bool:
    """A SvelteKit page whose ``load`` (``+page.server.ts``/``+page.ts`` beside it) renders the
    repository's own files and reads no database or remote data."""
    folder = path.rsplit("/", 1)[0]
    loads = [files[p] for p in files if p.rsplit("/", 1)[0] == folder and re.search(
        r"/\+page(?:\.server)?\.[jt]s$", p)]
    return bool(loads) and all(_OWN_FILES.search(s) and not _FETCHES_DATA.search(s)
                               for s in loads)


def _load_sanitizes(scan: _Scan, path: str) -> Callable[[str], bool]:
    """For a SvelteKit page: whether a field of ``data`` comes sanitised from the ``load``
    of the ``+page.server.ts``/``+page.ts`` beside it (``html: sanitizeHtml(marked(md))``)."""
    folder = path.rsplit("/", 1)[0]
    loads = [m for p, m in scan.modules.items() if p.rsplit("/", 1)[0] == folder and re.search(
        r"/\+page(?:\.server)?\.[jt]s$", p) and "load" in m.top]
    return lambda field: bool(loads) and all(
        _loader_gives_sanitized(scan, m, field, 0, "load") for m in loads)


# A name the markup binds to a field: Svelte's bind:value={note}, Vue's v-model="note".
_BOUND_NAME = re.compile(r"\bbind:[\w-]+=\{\s*([\w$]+)\s*\}|\bv-model(?:\.\w+)*=\"\s*([\w$]+)\s*\"")


def _component_markup(scan: _Scan, path: str) -> Callable[[str, str], bool]:
    """For a Svelte/Vue component: whether a ``{@html}``/``v-html`` expression is the site's
    own markup (:func:`_own_markup`), read with the component's script, whose imports and
    tables it names (``{@html ICONS[kind] || ICONS.cow}``)."""
    def own(scripts: str, expr: str) -> bool:
        # A prop (``export let html = ""``) is what the parent passes, whatever its default; a
        # name the markup binds (``bind:value={note}``) is what the visitor types; one a handler
        # of the markup assigns (``on:click={() => (preview = p.body)}``) holds what it is given.
        taken = set(re.findall(r"\bexport\s+(?:let|var)\s+([\w$]+)", scripts))
        whole = scan.files.get(path, "")
        for pair in _BOUND_NAME.findall(whole):
            taken |= {n for n in pair if n}
        markup = re.sub(r"<script\b[^>]*>.*?</script>", "", whole, flags=re.DOTALL | re.I)
        for braced in re.findall(r"\{[^{}]*\}|@\w+=\"[^\"]*\"", markup):  # on:click={() => …}
            taken |= set(re.findall(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*[-+*/|&?]{0,2}=(?![=>])",
                                    braced))
        given = "".join(f"\n;{name} = __input__();" for name in sorted(taken))
        probe = f"{scripts}{given}\n;const __html_value__ = ({expr});\n"
        mod = jsscan.load(path + ".ts", probe)
        return mod is not None and "__html_value__" in mod.top and _own_markup(
            mod.top["__html_value__"], mod, scan)
    return own


def _component_html(path: str, src: str, own_files: bool = False,
                    sanitized: Callable[[str], bool] | None = None,
                    own_markup: Callable[[str, str], bool] | None = None) -> Iterator[Finding]:
    """``{@html …}`` / ``v-html`` fed from the URL (DOM XSS) or from data, props or rendered
    markdown (stored XSS), unsanitised; names are followed to their one declaration in the
    component's script. ``sanitized(field)``: ``data.field`` comes sanitised from the page's
    server ``load``; ``own_markup(scripts, expr)``: the value is the site's own markup."""
    scripts = " ".join(re.findall(r"<script\b[^>]*>(.*?)</script>", src, re.DOTALL | re.I))
    props = set(re.findall(r"\bexport\s+let\s+(\w+)", scripts))
    for pattern in re.finditer(r"(?:let|const)\s*\{([^}]*)\}\s*=\s*(?:\$props\(\)|props\b|"
                               r"defineProps\b)", scripts):
        props |= set(re.findall(r"\w+", pattern.group(1)))
    declared = re.search(r"\bdefineProps\s*(?:<\s*|\(\s*)\{", scripts)
    if declared is not None:  # Vue: defineProps<{ comment: Comment }>() / defineProps({ … })
        depth, i, keys = 1, declared.end(), []
        while i < len(scripts) and depth:
            if depth == 1:
                key = re.match(r"\s*(\w+)\??\s*:", scripts[i:])
                if key is not None and scripts[i - 1] in "{,;\n ":
                    keys.append(key.group(1))
            depth += {"{": 1, "}": -1}.get(scripts[i], 0)
            i += 1
        props |= set(keys)
    for m in _HTML_DIRECTIVE.finditer(src):
        expr, at = _directive_value(src, m)
        field = re.fullmatch(r"\s*data\.(\w+)\s*", expr)
        if field is not None and sanitized is not None and sanitized(field.group(1)):
            continue  # sanitised by the page's own load, on the server
        if own_markup is not None and own_markup(scripts, expr):
            continue  # an icon from a table of constants, whatever key the URL picks
        seen = [expr]
        done: set[str] = set()
        for _ in range(3):  # a name, what its declaration reads, and what that one reads
            for name in set(re.findall(r"[A-Za-z_$][\w$]*", " ".join(seen))) - done:
                done.add(name)
                seen += _component_values(src, scripts, name)
        words = " ".join(seen)
        if _HTML_SAFE.search(words):
            continue
        kind = {"{": "{@html}", "s": "set:html"}.get(src[m.start()], "v-html")
        if _JSON_SCRIPT.search(src[src.rfind("<", 0, m.start()):m.start()]) and re.fullmatch(
                r"\s*JSON\.stringify\(.*\)\s*", expr, re.DOTALL) and not _URL_TEXT.search(words):
            continue  # Astro's JSON-LD block: JSON for crawlers, not HTML, from the page's own
        if _URL_TEXT.search(words):
            yield _finding(path, _line(src, at), "dom-xss",
                           "HTML is built from the page's URL and written with "
                           f"{kind} (XSS); render it "
                           "as text, or sanitise it (DOMPurify) first")
        elif (_USER_TEXT.search(words) or any(re.search(rf"\b{re.escape(p)}\b", words)
                                              for p in props)) and not (
                own_files and re.search(r"\bdata\.", words)):
            yield _finding(path, _line(src, at), "dangerous-html",
                           "HTML from data or props is written with "
                           f"{kind} unsanitised "
                           "(stored XSS); sanitise it (DOMPurify) or render it as text")


# A link's URL bound in a Svelte or Vue template: href={link.url}, href="{link.url}",
# :href="member.website" (a Svelte expression is read to its balanced closing brace).
_LINK_BINDING = re.compile(r'\s(href|src|action)=("?)\{|\s(?::|v-bind:)(href|src|action)="([^"]*)"')


def _component_links(scan: _Scan, path: str, src: str) -> Iterator[Finding]:
    """Svelte/Vue: a link (``<a href>``, ``<iframe src>``, ``<form action>``) whose URL begins
    with a prop, or an element of a list the component was handed, with no http(s) check:
    a saved ``javascript:`` URL runs when it is clicked (as :func:`_script_links` does for
    JSX, through the same :func:`_url_heads`: ``l.url || '#'``, ```${l.url}```, ``.trim()``,
    ``encodeURI()``, a helper of the project that hands its argument back). A path the
    template writes (``href="/m/{id}"``) is no binding of a URL; a check counts when it is
    written in the component or in the body of a helper it calls and names the link's value
    (its prop or loop variable): one checked link does not vouch for its neighbour."""
    scripts = " ".join(re.findall(r"<script\b[^>]*>(.*?)</script>", src, re.DOTALL | re.I))
    props = set(re.findall(r"\bexport\s+let\s+(\w+)", scripts))
    for pattern in re.finditer(r"(?:let|const)\s*\{([^}]*)\}\s*=\s*(?:\$props\(\)|props\b|"
                               r"defineProps\b)", scripts):
        props |= set(re.findall(r"\w+", pattern.group(1)))
    declared = re.search(r"\bdefineProps\s*(?:<\s*|\(\s*)\{", scripts)
    if declared is not None:  # its top-level keys: { author: { name: string }; sponsor: … }
        body = _braced(scripts, declared.end())
        while (flat := re.sub(r"\{[^{}]*\}", "", body)) != body:
            body = flat
        props |= set(re.findall(r"(\w+)\??\s*:", body))
    if not props:
        return
    template = re.sub(r"<script\b[^>]*>.*?</script>", lambda m: "\n" * m.group(0).count("\n"),
                      src, flags=re.DOTALL | re.I)
    lang = ".ts" if re.search(r"<script\b[^>]*lang=[\"']ts", src) else ".js"
    checks: list[str] | None = None
    for m in _LINK_BINDING.finditer(template):
        if m.group(1):
            kind, expr = m.group(1), _braced(template, m.end())
            if m.group(2) and not template.startswith('"', m.end() + len(expr) + 1):
                continue  # href="/m/{id}": a path the template writes around a value
        else:
            kind, expr = m.group(3), m.group(4)
        before = template[:m.start()]
        tag = before.rsplit("<", 1)[-1].split()[0].lower() if "<" in before else ""
        if kind != "href" and not ((kind == "src" and tag == "iframe") or (
                kind == "action" and tag == "form")):
            continue
        for dotted, named, mod in _component_link_heads(scan, path + lang, scripts, template,
                                                        props, expr):
            if checks is None:
                checks = _scheme_checks(scan, mod, src, template)
            if any(re.search(rf"(?<![\w$]){re.escape(n)}(?![\w$])", c) and any(
                    a <= m.start() + 1 < b for a, b in where) for c, where in checks
                   for n in named if n):
                continue  # a check that names the value and guards this link
            yield _finding(path, _line(template, m.start() + 1), "link-url",
                           f"`{dotted[:40]}` is put in {kind}= as it is: a javascript: URL "
                           "someone saved there runs in the page when it is clicked (XSS); keep "
                           "only http(s) URLs (new URL(x).protocol) or render it as text")
            break


def _component_link_heads(scan: _Scan, path: str, scripts: str, template: str,
                          props: set[str], expr: str, depth: int = 0,
                          via: frozenset[str] = frozenset()) -> Iterator[
                              tuple[str, set[str], Module]]:
    """The props (or elements of a prop's list) a component's link expression begins with,
    read in the component's script where its helpers are declared: each with the names a
    scheme check must name to cover it (the value, the list it walks, the script's names
    it flows through: ``$: link = sponsor.url.replace(…)``, ``const u = computed(() => new
    URL(props.event.url).href)``), and the module it was read in."""
    mod = jsscan.load(path, f"{scripts}\n;({expr});\n")
    stmt = mod.root.named_children[-1] if mod is not None and mod.root.named_children \
        else None
    if mod is None or stmt is None or stmt.type != "expression_statement" or \
            not stmt.named_children:
        return
    for head in _url_heads(stmt.named_children[0], mod, scan):
        dotted = re.sub(r"\?\.", ".", text(head)).removeprefix("props.")
        if not re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[\w$]+)*", dotted):
            continue
        root = dotted.split(".")[0]
        if root in props:
            yield dotted, {dotted, *via}, mod
            continue
        # {#each links as l} / v-for="l in links" over a prop, or an element's field taken
        # apart: {#each members as { name, website }}, v-for="{ name, website } in members"
        taken = rf"(?:\(|\{{[^}}]*?(?<![\w$]))?{re.escape(root)}(?![\w$])"
        loop = re.search(rf"\{{#each\s+([\w$.]+)\s+as\s+{taken}|"
                         rf"v-for=\"\(?{taken}[^\"]*?\s(?:in|of)\s+([\w$.]+)\"", template)
        listed = (loop.group(1) or loop.group(2)).removeprefix("props.") if loop else ""
        if listed.split(".")[0] in props:
            yield dotted, {dotted, listed, *via}, mod
        elif depth < 2 and "." not in dotted:  # a name the script derives from props
            for value in _component_values(template, scripts, root):
                inner = re.fullmatch(r"\s*computed\(\s*\(\)\s*=>\s*(.*?)\)\s*;?\s*", value,
                                     re.DOTALL)
                yield from _component_link_heads(
                    scan, path, scripts, template, props,
                    inner.group(1) if inner else value.strip().rstrip(";"), depth + 1,
                    via | {root})


def _braced(src: str, start: int) -> str:
    """The text from ``start`` to the brace that closes the one before it."""
    depth, i = 1, start
    while i < len(src) and depth:
        depth += {"{": 1, "}": -1}.get(src[i], 0)
        i += 1
    return src[start:i - 1]


def _scheme_checks(scan: _Scan, mod: Module, src: str, template: str
                   ) -> list[tuple[str, list[tuple[int, int]]]]:
    """The places a component checks a URL's scheme, as text that names what they check, each
    with the parts of the template it guards (offsets in ``template``). In the script, one
    statement at a time (a line and the lines its open brackets run on, as Prettier breaks
    them: ``$: ok = /^https?:/.test(shop.menu_url)``): it guards where the name it sets
    decides, the ``{#if ok}``/``v-if`` blocks testing it, or every link when the value is bound
    or walked (``$: safe = links.filter(…)``); a helper's own definition guards what calls
    it. In the markup, each ``{…}`` expression on its own (text between tags is no bracket
    of it): an ``{#if}`` guards its block (a negated one its ``{:else}``), an ``{#each}`` over
    a checked list its block, a binding itself; Vue's ``v-if`` its element. A call of a helper
    whose body, in the script or the project, checks the scheme counts as a check (``{#if
    isHttpUrl(l.url)}``, ``$: ok = safe(m.site)``). ``a?.b`` is read as ``a.b``."""
    helpers: dict[str, bool] = {}

    def checks(part: str) -> bool:
        if _SCHEME_CHECK.search(part) or re.search(r"/\^https\?", part):
            return True
        for call in re.finditer(r"([A-Za-z_$][\w$.]*)\s*\(", part):
            name = call.group(1)
            if name not in helpers:
                found = scan.project.resolve(mod, name)
                fn = jsscan.function_of(found[0], found[1])[0] if found is not None else None
                helpers[name] = fn is not None and bool(_SCHEME_CHECK.search(text(
                    fn)) or re.search(r"/\^https\?", text(fn)))
            if helpers[name]:
                return True
        return False

    everywhere = [(0, len(template) + 1)]
    out: list[tuple[str, list[tuple[int, int]]]] = []
    scripts = "\n".join(re.findall(r"<script\b[^>]*>(.*?)</script>", src, re.DOTALL | re.I))
    lines = scripts.split("\n")
    for i in range(len(lines)):
        span, depth = lines[i], 0
        for k in range(i, min(i + 6, len(lines))):
            if k > i:
                span += "\n" + lines[k]
            depth += sum(lines[k].count(c) for c in "([{") - sum(lines[k].count(c) for c in ")]}")
            if depth <= 0:
                break
        if checks(span):
            out.append((span, _decided_by(span, template) if re.match(
                r"\s*(?:\$:\s*|(?:const|let|var)\s+)?[\w$]+(?:\.value)?\s*=(?![=>])",
                span) else everywhere))
    for at in range(len(template)):
        if template[at] != "{" or (at and template[at - 1] == "{"):
            continue
        expr = _braced(template, at + 1)
        if not checks(expr):
            continue
        end = at + len(expr) + 2
        if re.match(r"#(?:if|each)\b", expr):
            block = _block_end(template, end, "if" if expr.startswith("#if") else "each")
            otherwise = template.find("{:else", end, block)
            if re.match(r"#if\s*!", expr):
                where = [(otherwise, block)] if otherwise >= 0 else []
            else:
                where = [(end, otherwise if otherwise >= 0 else block)]
        else:
            where = [(max(0, at - 12), end)]  # href={isWeb(x) ? x : "#"}
        out.append((expr, where))
    for attr in re.finditer(r'\sv-if="([^"]*)"', template):
        if checks(attr.group(1)):
            open_at = template.rfind("<", 0, attr.start())
            out.append((attr.group(1), [(open_at, template.find(">", attr.end()) + 1)]))
    for attr in re.finditer(r'\s:(?:href|src|action)="([^"]*)"', template):
        if checks(attr.group(1)):
            out.append((attr.group(1), [(attr.start(), attr.end())]))
    return [(re.sub(r"\?\.", ".", c), where) for c, where in out]


def _block_end(template: str, start: int, kind: str) -> int:
    """Where the ``{#if}``/``{#each}`` block opened before ``start`` closes (nested ones
    counted)."""
    depth = 1
    for m in re.finditer(rf"\{{#{kind}\b|\{{/{kind}\}}", template[start:]):
        depth += 1 if m.group(0).startswith("{#") else -1
        if depth == 0:
            return start + m.start()
    return len(template)


def _decided_by(statement: str, template: str) -> list[tuple[int, int]]:
    """The parts of the template a script statement's check decides: the name it sets tested
    by an ``{#if}`` (its block; a negated test its ``{:else}``) or a ``v-if`` (its element),
    or every link when the name is bound, walked or derived into one (``href={safe}``, ``{#each
    shown as l}``, ``v-for="l in shown"``). None when it only feeds text: ``$: good =
    links.filter(…).length`` shown as a count."""
    name = re.match(r"\s*(?:\$:\s*|(?:const|let|var)\s+)?([\w$]+)", statement)
    if name is None:
        return []
    n = re.escape(name.group(1))
    if re.search(rf"(?:href|src|action)=\{{[^}}]*(?<![\w$.]){n}(?![\w$])|"
                 rf":(?:href|src|action)=\"[^\"]*(?<![\w$.]){n}(?![\w$])|"
                 rf"\{{#each\s+{n}\b|v-for=\"[^\"]*\s(?:in|of)\s+{n}\b", template):
        return [(0, len(template) + 1)]
    where = []
    for m in re.finditer(rf"\{{#if\s+(!?)[^}}]*(?<![\w$.]){n}(?![\w$])[^}}]*\}}", template):
        block = _block_end(template, m.end(), "if")
        otherwise = template.find("{:else", m.end(), block)
        if m.group(1):
            if otherwise >= 0:
                where.append((otherwise, block))
        else:
            where.append((m.end(), otherwise if otherwise >= 0 else block))
    for m in re.finditer(rf'\sv-(?:else-)?if="[^"]*(?<![\w$.]){n}(?![\w$])[^"]*"', template):
        where.append((template.rfind("<", 0, m.start()), template.find(">", m.end()) + 1))
    return where


def _component_values(src: str, scripts: str, name: str) -> list[str]:
    """What ``name`` is bound to in a component: its declaration (destructured too), a later
    assignment (``reviews.value = data``), or the list an ``{#each}`` / ``v-for`` walks."""
    n = re.escape(name)
    out = [m.group(1) for m in re.finditer(
        rf"(?:\b(?:const|let|var)\s+|\$:\s*|(?:^|[;{{}}])[ \t]*){n}(?:\.value)?\s*=(?![=>])\s*"
        rf"([^;\n]*(?:\n\s+[^;\n]*)*)", scripts, re.M)]
    out += [m.group(1) for m in re.finditer(
        rf"\b(?:const|let|var)\s*\{{[^}}]*\b{n}\b[^}}]*\}}\s*=\s*([^;\n]*)", scripts)]
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", src, flags=re.DOTALL | re.I)
    out += [m.group(1) for m in re.finditer(  # on:click={() => (preview = p.body)}
        rf"\{{[^{{}}]*?(?<![\w$.]){n}\s*=(?![=>])\s*([^;){{}}\n]+)", markup)]
    loop = re.search(rf"\{{#each\s+([^}}]+?)\s+as\s+\(?{n}\b|"
                     rf"v-for=\"\(?{n}\b[^\"]*?\s(?:in|of)\s+([^\"]+)\"", src)
    if loop is not None:  # {#each data.comments as c}, v-for="c in comments"
        out.append(loop.group(1) or loop.group(2))
    return out


# Firebase security rules: ``allow read, write: if true;`` (or no condition), and a check that
# only asks for a signed-in user over every document.
_FIREBASE_ALLOW = re.compile(r"\ballow\s+([\w\s,]+?)\s*(?::\s*if\s+([^;]+))?;")
_ANY_SIGNED_IN = re.compile(r"^\s*request\.auth\s*!=\s*null\s*$")


def _firebase_rules(path: str, src: str) -> Iterator[Finding]:
    """Firestore/Storage rules (and the Realtime Database's JSON rules) that let anyone, or
    any signed-in user, read or write everything: Firebase's RLS holes."""
    code = re.sub(r"//[^\n]*", "", src)
    if path.endswith(".json"):
        for m in re.finditer(r"\"\.(read|write)\"\s*:\s*(true|\"\s*(?:true|auth\s*!=\s*null)"
                             r"\s*\")", code):
            depth = code[:m.start()].count("{") - code[:m.start()].count("}")
            if depth <= 2:  # at the root of "rules"
                yield _finding(path, _line(src, m.start()), "rls-permissive",
                               f"the database rules let every caller {m.group(1)} all data; "
                               "scope each path to its owner (auth.uid === $uid)")
        return
    for m in _FIREBASE_ALLOW.finditer(code):
        ops = {o.strip() for o in m.group(1).split(",")}
        cond = (m.group(2) or "true").strip()
        match = code.rfind("match ", 0, m.start())
        everything = "=**}" in code[match:m.start()] if match >= 0 else False
        writes = bool(ops & {"write", "create", "update", "delete"})
        if (cond == "true" and (writes or everything)) or (
                everything and _ANY_SIGNED_IN.match(cond)):
            yield _finding(path, _line(src, m.start()), "rls-permissive",
                           f"these rules allow {', '.join(sorted(ops))} to "
                           f"{'anyone' if cond == 'true' else 'any signed-in user'}"
                           f"{' on every document' if everything else ''}; compare "
                           "request.auth.uid with the document's owner")


def _urls_from_helpers(scan: _Scan, mod: Module, findings: list[Finding]) -> list[Finding]:
    """Redirects to a URL another file's helper builds (``redirect(welcomeUrl(email,
    password))``): judged by what the helper returns, which the one-file rules cannot see. A
    helper that only returns fixed paths is same-site; one that puts a password or token in the
    query string leaks it."""
    out = list(findings)
    for n in mod.of_type("call_expression", "assignment_expression", "new_expression"):
        target = strip(_redirect_target(n, {}))
        if target is None or target.type != "call_expression":
            continue
        found = scan.project.resolve(mod, callee(target))
        fn = jsscan.function_of(found[0], found[1])[0] if found is not None and \
            found[0] is not mod else None
        if fn is None or found is None:
            continue
        body = fn.child_by_field_name("body")
        returns = [strip(r.named_children[0]) for r in walk(fn, skip_functions=True)
                   if r.type == "return_statement" and r.named_children] if \
            body is not None and body.type == "statement_block" else [strip(body)]
        returns = [r for r in returns if r is not None]
        if not returns:
            continue
        line = jsscan.line(n)
        if all(_literal_path_prefix(r, found[0]) for r in returns):
            out = [f for f in out if not (f.line == line and rule_of(f) in (
                "open-redirect", "dom-xss"))]
        if any(_token_param(r, found[0]) for r in returns) and not any(
                f.line == line and rule_of(f) == "token-in-url" for f in out):
            out.append(_finding(mod.path, line, "token-in-url",
                                "a password or token is put in a URL's query string (by "
                                f"{callee(target)}), where history, logs and Referer headers "
                                "keep it; send it in a POST body instead"))
    return out


def _with_imported_checks(scan: _Scan, mod: Module, findings: list[Finding]) -> list[Finding]:
    """The one-file redirect rule again with the checks' helpers of other files resolved
    (``isLocalPath(next) ? next : "/"`` imported from lib/): only for a file that redirects
    and calls an imported function."""
    own = mod.cache.get("own-redirects", [])
    if not own and not _redirects_somewhere(mod):
        return findings
    if not any(callee(c).split(".")[0] in mod.imports for c in mod.of_type("call_expression")):
        return findings
    entry_fns = {e.fn.id for e in jsscan.entries(mod) if e.fn is not None}
    return [f for f in findings if f not in own] + list(_open_redirect(mod, entry_fns,
                                                                        scan.project))


def _with_imported_sql(scan: _Scan, mod: Module, findings: list[Finding]) -> list[Finding]:
    """The one-file SQL rule again with functions of other files resolved (``orderClause``
    required from lib/ with a switch of literal sorts): only for a file with a SQL finding
    that calls an imported function."""
    own = mod.cache.get("own-sql", [])
    if not own or not any(callee(c).split(".")[0] in mod.imports
                          for c in mod.of_type("call_expression")):
        return findings
    mod.cache["sql-project"] = scan.project
    try:
        again = list(_sql_injection(mod))
    finally:
        del mod.cache["sql-project"]
    return [f for f in findings if f not in own] + again


def _redirects_somewhere(mod: Module) -> bool:
    if "redirects" not in mod.cache:
        wrappers = _redirect_wrappers(mod)
        mod.cache["redirects"] = any(_redirect_target(n, wrappers) is not None for n in mod.of_type(
            "call_expression", "assignment_expression", "new_expression"))
    return mod.cache["redirects"]


def _file_rules(mod: Module) -> list[Finding]:
    """The rules that read one file alone, remembered with its module (a fix round re-checks
    every file the run wrote, most of them unchanged)."""
    if "file-rules" not in mod.cache:
        entry_fns = {e.fn.id for e in jsscan.entries(mod) if e.fn is not None}
        mod.cache["own-redirects"] = list(_open_redirect(mod, entry_fns))
        mod.cache["own-sql"] = list(_sql_injection(mod))
        mod.cache["file-rules"] = [*mod.cache["own-redirects"], *_code_injections(mod),
                                   *mod.cache["own-sql"], *_tokens_in_url(mod),
                                   *_credentials_sent(mod),
                                   *_auth_redirect_callback(mod)]
    return list(mod.cache["file-rules"])


# Files the reading budget applies to (codescan.too_large): code and SQL the rules walk.
_BUDGETED = (*_CODE_EXT, ".sql", ".html", ".htm", ".svelte", ".vue")


def prepare(path: str, src: str) -> None:
    """What :func:`check` reads of ``path`` alone, computed now and remembered."""
    if path.endswith(_BUDGETED) and codescan.too_large(src):
        return  # check() gives it a note, not the rules
    if path.endswith(_CODE_EXT):
        mod = jsscan.load(path, src)
        if mod is not None:
            _file_rules(mod)
            _folded_keys(mod)
            _redirects_somewhere(mod)
    if not path.endswith((".sql", "package-lock.json", ".lock")):
        codescan.find_secrets(src, path)


def _unreadable(path: str, exc: Exception) -> Finding:
    """A rule that failed on odd input must not end the run, nor pass the file silently."""
    log.warning("security validators failed on %s", path, exc_info=exc)
    return Finding(path=path, check=CHECK, severity="warning",
                   message=f"unchecked: the security validators could not read this file "
                           f"({type(exc).__name__}); review it by hand")


def _unchecked_large(path: str, src: str) -> Finding:
    lines, kb = src.count("\n") + 1, len(src) // 1000
    return Finding(path=path, check=CHECK, severity="warning", line=1,
                   message=f"unchecked: {lines:,} lines ({kb:,} KB), past the "
                           f"{codescan.MAX_LINES:,} lines / {codescan.MAX_CHARS // 1000} KB the "
                           "security rules read in one run; move data into a seed or JSON file "
                           "and split the code, or review this file by hand")


def check(files: dict[str, str], targets: Iterable[str]) -> list[Finding]:
    """Security findings for ``targets``, judged against the whole project ``files``; a file
    past the reading budget (``codescan.too_large``) gets a note instead of the rules."""
    large = {p for p, src in files.items() if p.endswith(_BUDGETED) and codescan.too_large(src)}
    targets = list(targets)
    scan = _Scan({p: src for p, src in files.items() if p not in large} if large else files)
    findings: list[Finding] = [_unchecked_large(p, files[p]) for p in targets if p in large]
    written = _WRITTEN_JSON.set(_written_json(scan))
    try:
        for path in targets:
            if path in large:
                continue
            try:
                findings += _check_file(scan, path)
            except Exception as exc:
                findings.append(_unreadable(path, exc))
    finally:
        _WRITTEN_JSON.reset(written)
    try:
        findings += _sql_rules(scan, set(targets) - large)
    except Exception as exc:
        findings.append(_unreadable("supabase/migrations", exc))
    seen: set[tuple] = set()
    out = []
    for f in findings:
        key = (f.path, f.line, f.message.split(":")[0])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
