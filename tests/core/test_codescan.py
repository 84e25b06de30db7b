"""core.codescan: the one reader of code and secrets that the validators, the export scan and
the redaction of projects sent to a model share."""

from __future__ import annotations

import pytest

from devora_desktop.core import codescan
from devora_desktop.core.codescan import SqlSyntaxError, find_secrets, redact, sql_statements

# Built at run time so the repository itself holds no key-shaped literal.
AWS = "AKIA" + "IOSFODNN7" + "EXAMPL3"
GITHUB = "ghp_" + "A1b2" * 9
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
OPENAI = "sk-proj-" + "A1b2C3d4" * 6
ANTHROPIC = "sk-ant-api03-" + "x7Y" * 15
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIiwiaXNzIjoic3VwYWJh"
       "c2UifQ.Xr1ZbVq0p3aNq4a3sF7cC1dEuHvOq2wq1mJmPo8kT2c")


@pytest.mark.parametrize("text,kind", [
    (f"const aws = '{AWS}';", "AWS Access Key"),
    (f"const token = '{GITHUB}';", "GitHub Token"),
    (f"const stripe = '{STRIPE}';", "Stripe Access Key"),
    (f"export const key = '{OPENAI}';", "OpenAI Key"),
    (f"ANTHROPIC = '{ANTHROPIC}'", "Anthropic Key"),
    (f"const key = '{JWT}';", "JSON Web Token"),
    ("const url = 'postgres://admin:hunter2secret@db.example.com:5432/app';",
     "Basic Auth Credentials"),
    ("const password = 'S3cr3tP@ssw0rd!';", "Secret Keyword"),
])
def test_each_kind_is_found_and_redacted_alone(text: str, kind: str) -> None:
    found = find_secrets(text, "src/config.ts")
    assert [s.kind for s in found] == [kind]
    value = text[found[0].start:found[0].end]
    out = redact(text, "src/config.ts")
    assert value not in out and f"[REDACTED:{kind}]" in out
    # only the value goes: the code around it stays as it was
    assert out.replace(f"[REDACTED:{kind}]", value) == text


def test_capture_prefix_grows_to_the_whole_token() -> None:
    text = f"a = 1\nconst gh = '{GITHUB}';\n"
    (s,) = find_secrets(text, "a.js")
    assert (s.line, text[s.start:s.end]) == (2, GITHUB)


def test_private_key_block_is_redacted_from_begin_to_end() -> None:
    body = "MIIEowIBAAKCAQEA7" * 3
    text = (f"x = 1\n-----BEGIN RSA PRIVATE KEY-----\n{body}\n"
            "-----END RSA PRIVATE KEY-----\ny = 2\n")
    assert redact(text, "key.pem") == "x = 1\n[REDACTED:Private Key]\ny = 2\n"


@pytest.mark.parametrize("text", [
    "const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, "
    "process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);",
    "const password = formData.get('password');",
    "const secret = process.env.STRIPE_WEBHOOK_SECRET;",
    "server: 203.0.113.7",  # an address is not a secret
    "const id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';",
])
def test_ordinary_code_is_left_alone(text: str) -> None:
    assert find_secrets(text, "app/page.tsx") == []
    assert redact(text, "app/page.tsx") == text


def test_binary_is_skipped() -> None:
    assert find_secrets("\0" + AWS, "x.bin") == []


def test_offline_templates_hold_no_secret() -> None:
    from devora_desktop.agents import templates

    for kind in templates.KINDS:
        for mode in ("web", "fullstack"):
            for path, text in templates.all_files(kind, mode, "Shop").items():
                assert find_secrets(text, path) == [], (kind, mode, path)


def test_parse_gives_trees_for_js_and_ts_only() -> None:
    tree = codescan.parse("app/page.tsx", "export default () => <main>{x}</main>;\n")
    assert tree.root_node.type == "program" and not tree.root_node.has_error
    assert codescan.parse("a.ts", "const x: = ;").root_node.has_error
    assert codescan.parse("README.md", "# hi") is None
    assert codescan.language_for("lib/db.mts") == "typescript"


def test_sql_statements_carry_lines_and_nodes() -> None:
    sql = ("-- schema\ncreate table public.notes (id uuid primary key);\n\n"
           "alter table public.notes enable row level security;\n"
           "create policy \"own\" on public.notes using (true);\n")
    stmts = sql_statements(sql)
    assert [(type(s.node).__name__, s.line) for s in stmts] == [
        ("CreateStmt", 2), ("AlterTableStmt", 4), ("CreatePolicyStmt", 5)]
    assert stmts[2].node.table.relname == "notes"


def test_sql_statements_after_accented_comments_keep_their_lines_and_text() -> None:
    # pglast counts characters, not UTF-8 bytes: a Portuguese comment must not shift them.
    sql = ("-- Política de segurança: só o dono lê as notificações\n"
           "create table public.notas (id uuid primary key, user_id uuid);\n\n"
           "-- Permitir inserção\n"
           "create policy \"inserir\" on public.notas for insert with check (true);\n")
    stmts = sql_statements(sql)
    assert [(s.line, s.text[:13]) for s in stmts] == [
        (2, "create table "), (5, "create policy")]
    with pytest.raises(SqlSyntaxError) as err:
        sql_statements("-- é ã ç õ\nselect 1;\nselec x;\n")
    assert err.value.line == 3


def test_sql_syntax_error_says_where() -> None:
    with pytest.raises(SqlSyntaxError) as err:
        sql_statements("create table a (id int);\n\ncreate tabel b ();\n")
    assert err.value.line == 3 and "tabel" in str(err.value)


def _detect_secrets_own_loop(text: str, path: str) -> set[tuple[int, str, str]]:
    """detect-secrets' verdicts with every plugin on every line (what find_secrets narrows)."""
    from detect_secrets.core.scan import _is_filtered_out, _scan_line
    from detect_secrets.settings import get_plugins
    from detect_secrets.util.code_snippet import get_code_snippet

    lines = [line.rstrip() for line in text.splitlines()]
    out = set()
    for number, line in enumerate(lines, start=1):
        context = get_code_snippet(lines=lines, line_number=number)
        if _is_filtered_out(required_filter_parameters=["line"], filename=path, line=line,
                            context=context):
            continue
        for plugin in get_plugins():
            for s in _scan_line(plugin=plugin, filename=path, line=line, line_number=number,
                                context=context):
                if not _is_filtered_out(required_filter_parameters=["context"],
                                        filename=path, secret=s.secret_value, plugin=plugin,
                                        line=line, context=context):
                    out.add((s.line_number, s.type, s.secret_value or ""))
    return out


def test_narrowed_scan_gives_detect_secrets_own_verdicts() -> None:
    """Each plugin runs only on lines its (sped-up) patterns match: the verdicts must be those
    of detect-secrets' own every-plugin, every-line loop, on real code and on planted keys of
    every kind its plugins know (IBM, Cloudant, Softlayer keywords included)."""
    from tests.agents.validator_corpus import corpus

    planted = "\n".join([
        f"const aws = '{AWS}';", f"token: \"{GITHUB}\"", f"STRIPE={STRIPE}", f"k = '{JWT}'",
        "ibm_cloud_iam_key = '" + "A1b2C3d4E5" * 4 + "abcd'",
        "cloudant_password: '" + "q" * 24 + "'", "softlayer_api_key = '" + "a1" * 32 + "'",
        "cos_secret_access_key = '" + "0a" * 24 + "'", "AccountKey=" + "A" * 87 + "=",
        "Password = 'Tr0ub4dor&3xyz'", "\tAPI_KEY := \"Zq8xW2nV5bR7tY1u\"",
        "db = 'https://admin:Sup3rSecret@db.example.com'", "x = 'xoxb-12345-67890-abcdef'",
        "hook = 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX'",
        "-----BEGIN RSA PRIVATE KEY-----", "SG." + "a" * 22 + "." + "b" * 43,
        "AKC" + "p" * 12, "hex = '" + "9f86d081884c7d659a2feaa0c55ad015" + "'",
    ])
    texts = [("planted.ts", planted), ("config.yaml", planted.replace(" = ", ": ")),
             (".env", planted.replace(" = ", "="))]
    for sample in corpus.own():
        texts += list(sample.files.items())
    codescan.warm_up()
    for path, text in texts:
        assert set(codescan._scan_detect_secrets(
            text, path, literal_arguments=False)) == _detect_secrets_own_loop(text, path), path


def test_remembered_results_are_reused_and_the_oldest_go_past_the_budget() -> None:
    memo = codescan._Memo(budget=10)
    calls: list[str] = []

    def compute(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert memo.get(("k", "", "abcd"), compute) == "ABCD"
    assert memo.get(("k", "", "abcd"), compute) == "ABCD"  # remembered
    assert calls == ["abcd"]
    memo.get(("k", "", "efgh"), compute)
    memo.get(("k", "", "ijkl"), compute)  # 12 characters > 10: "abcd" (the oldest) goes
    memo.get(("k", "", "abcd"), compute)
    assert calls == ["abcd", "efgh", "ijkl", "abcd"]
    assert memo.size <= 10 or len(memo.items) == 1


def test_the_same_text_gives_the_same_tree_until_forgotten() -> None:
    text = "export const answer = 42;\n"
    first = codescan.parse("a.ts", text)
    assert codescan.parse("b.ts", text) is first  # one tree per grammar and text
    codescan.forget()
    assert codescan.parse("a.ts", text) is not first


def test_the_faster_indirect_reference_filter_matches_the_same_lines() -> None:
    """codescan swaps detect-secrets' quadratic filter regex for one that matches the same
    lines; compare them on every line of the corpus and on edge cases."""
    import re

    from detect_secrets.filters import heuristic

    from tests.agents.validator_corpus import corpus

    codescan.warm_up()
    assert heuristic._get_indirect_reference_regex() is codescan.INDIRECT_REFERENCE
    original = re.compile(r'([^\v=!:]*)\s*(:=?|[!=]{1,3})\s*([\w.-]+[\[\(][^\v]*[\]\)])')
    lines = ["secret = get_secret_key()", "key = request.headers['apikey']", "a == b(c)",
             "x := y[z]", "pw = 'hunter2'", "!==f(", "=f()", ": a.b-c[1]", "k = v", ""]
    for sample in corpus.own():
        for text in sample.files.values():
            lines += text.splitlines()
    assert len(lines) > 3000
    for line in lines:
        assert bool(original.search(line)) == bool(codescan.INDIRECT_REFERENCE.search(line)), line


def test_texts_without_a_path_are_not_remembered() -> None:
    """Request bodies are redacted once each; remembering them would push project files out
    of the memo."""
    codescan.forget()
    body = f"please fix this: const key = '{AWS}';"
    assert [s.kind for s in find_secrets(body)] == ["AWS Access Key"]
    assert not any(key[0] == "secrets" for key in codescan._memo.items)
    find_secrets(body, "src/config.ts")
    assert ("secrets", "src/config.ts", body) in codescan._memo.items


_RACE = """
import sys, threading
from devora_desktop.core import codescan
errors = []
start = threading.Barrier(6)
def go(fn):
    start.wait()
    try:
        fn()
    except Exception as exc:
        errors.append(repr(exc))
calls = [codescan.warm_up] * 2 + [lambda: codescan.redact("t = 'ghp_" + "a1" * 18 + "'")] * 4
threads = [threading.Thread(target=go, args=(f,)) for f in calls]
for t in threads: t.start()
for t in threads: t.join()
print(errors[:1])
sys.exit(1 if errors else 0)
"""


def test_first_scans_from_several_threads_at_once_all_work() -> None:
    """detect-secrets' modules import each other in a circle: the engine's warm-up and a request
    being redacted imported them at once and one got a partially initialised module (a run
    then failed "with an unexpected error", 1 in 4 first runs). A fresh interpreter each time:
    the race is in the first import (it failed 2 of 8 such starts before the fix)."""
    import subprocess
    import sys

    for _ in range(8):
        done = subprocess.run([sys.executable, "-c", _RACE], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_a_do_block_gives_the_sql_its_execute_statements_build() -> None:
    """Migrations switch RLS off inside DO blocks: the statements are folded from constants,
    a loop over a constant list takes each value, a loop over the catalog stands for any."""
    block = """do $$
declare t text; r record;
begin
  execute 'alter table public.notes ' || 'disable row level security';
  foreach t in array array['invoices', 'clients'] loop
    execute format('alter table public.%I enable row level security', t);
  end loop;
  for r in select tablename from pg_tables where schemaname = 'public' loop
    execute 'grant select on public.' || quote_ident(r.tablename) || ' to anon';
  end loop;
  execute some_function_we_cannot_read();
end $$"""
    assert codescan.do_block_sql(block) == [
        ("alter table public.notes disable row level security", 4),
        ("alter table public.invoices enable row level security", 6),
        ("alter table public.clients enable row level security", 6),
        (f"grant select on public.{codescan.ANY} to anon", 9)]
    assert codescan.do_block_sql("do $$ not plpgsql at all $$") == []


def test_a_key_written_as_a_calls_argument_is_found() -> None:
    """detect-secrets drops every ``x = call(…)`` line as an "indirect reference" (meant for
    ``secret = get_secret()``): ``const db = createClient(url, "eyJ…")`` or
    ``twilio("AC…", "…")`` hid the key. A value that opens a quoted literal is kept; a real
    reference (``token = read_token()``) still reports nothing."""
    from tests.agents.validator_corpus import corpus

    fake = corpus.FAKE
    src = (f'const db = createClient("https://x.supabase.co", "{fake["SERVICE_JWT"]}");\n'
           f'const client = twilio("{fake["TWILIO_SID"]}", "{fake["TWILIO_TOKEN"]}");\n'
           "token = read_token()\n")
    lines = {s.line: s.kind for s in codescan.find_secrets(src, "server/clients.ts")}
    assert lines.get(1) == "JSON Web Token" and 2 in lines and 3 not in lines
