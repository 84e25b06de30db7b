"""A seeded-error corpus: every broken file is flagged with the right check; clean files raise
nothing."""

from __future__ import annotations

import json

import pytest

from devora_desktop.agents.validators import validate

PACKAGE = json.dumps({"dependencies": {"next": "14.2.0", "react": "18.3.1", "zod": "3.0.0"},
                      "devDependencies": {"@types/node": "20"}})

CLEAN = {
    "package.json": PACKAGE,
    "tsconfig.json": '{\n  // comments are fine here\n  "compilerOptions": {"strict": true,},\n}',
    "app/page.tsx": 'import { List } from "@/components/List";\nexport default function Page() {\n'
                    '  return <main><List /></main>;\n}\n',
    "app/layout.tsx": 'import "./globals.css";\nexport default function L({ children }: '
                      '{ children: React.ReactNode }) { return <html><body>{children}</body></html>; }\n',
    "app/globals.css": "body { margin: 0; }\n.a > .b:hover { color: red; }\n",
    "components/List.tsx": '"use client";\nimport { useState } from "react";\nimport { api } '
                           'from "../lib/api";\nexport function List() {\n  const [x] = '
                           'useState(0);\n  return <ul>{x}</ul>;\n}\n',
    "lib/api.ts": 'import { z } from "zod";\nexport const api = async () => (await '
                  'fetch("/api/items")).json();\nexport const schema = z.object({});\n',
    "lib/types.ts": "export type Item = { id: string; title: string };\n",
    "app/api/items/route.ts": 'import { NextResponse } from "next/server";\nexport async function '
                              'GET() { return NextResponse.json([]); }\n',
    "app/api/items/[id]/route.ts": 'import type { Item } from "@/lib/types";\nexport async '
                                   'function GET() { const i: Item | null = null; return '
                                   'Response.json(i); }\n',
    "components/Item.tsx": 'export const Item = ({ id }: { id: string }) => { fetch(`/api/items/${id}`); '
                           'return <li>{id}</li>; };\n',
    "scripts/seed.py": "import json\n\ndef main() -> None:\n    print(json.dumps({}))\n",
    "data/seed.json": '[{"id": "1", "title": "x"}]',
    "public/index.html": '<!doctype html><html><head><link rel="stylesheet" href="site.css"></head>'
                         '<body><script src="site.js"></script></body></html>\n',
    "public/site.css": "h1 { font-weight: 700; }\n",
    "public/site.js": "document.querySelector('h1')?.classList.add('x');\n",
    "server/util.js": 'const fs = require("fs");\nconst path = require("node:path");\n'
                      'module.exports = { fs, path };\n',
    "README.md": "# Project\n",
    "lib/format.mjs": "export const fmt = (n) => new Intl.NumberFormat().format(n);\n",
    "styles/theme.css": ":root { --accent: #5b5bd6; }\n@media (max-width: 600px) { body { padding: 0; } }\n",
}

BROKEN: dict[str, tuple[str, str]] = {
    # path: (content, expected check)
    "bad/syntax1.tsx": ("export default function P() { return <main>; }\n", "syntax"),
    "bad/syntax2.ts": ("const x: number = ;\n", "syntax"),
    "bad/syntax3.js": ("function f( { return 1 }\n", "syntax"),
    "bad/syntax4.jsx": ("const a = <div><span></div>;\n", "syntax"),
    "bad/syntax5.css": ("body { color: red;\n.a { }}} {\n", "syntax"),
    "bad/syntax6.py": ("def f(:\n    pass\n", "syntax"),
    "bad/syntax7.json": ('{"a": 1,}', "syntax"),
    "bad/syntax8.mjs": ("export const = 3;\n", "syntax"),
    "bad/import1.ts": ('import { x } from "./missing";\nexport const y = x;\n', "import"),
    "bad/import2.tsx": ('import Nav from "@/components/Nav";\nexport const P = () => <Nav />;\n',
                        "import"),
    "bad/import3.js": ('const u = require("../nowhere/util");\nmodule.exports = u;\n', "import"),
    "bad/import4.html": ('<html><body><script src="app.js"></script></body></html>\n', "import"),
    "bad/import5.ts": ('export * from "./gone";\n', "import"),
    "bad/dep1.ts": ('import axios from "axios";\nexport const a = axios;\n', "dependency"),
    "bad/dep2.tsx": ('import { motion } from "framer-motion";\nexport const M = motion.div;\n',
                     "dependency"),
    "bad/dep3.ts": ('import { createClient } from "@supabase/supabase-js";\nexport const c = '
                    'createClient;\n', "dependency"),
    "bad/ph1.ts": ("export const a = 1;\n// ... rest of the code remains the same\n",
                   "placeholder"),
    "bad/ph2.css": ("/* existing code here */\nbody { margin: 0 }\n", "placeholder"),
    "bad/ph3.py": ("def f():\n    # TODO: implement\n    return None\n", "placeholder"),
    "bad/ph4.tsx": ("export const C = () => <div>{/* your code here */}</div>;\n", "placeholder"),
    "bad/route1.tsx": ('export const D = () => { fetch("/api/users"); return null; };\n', "route"),
    "bad/route2.js": ("fetch(`/api/orders/${id}/items`).then((r) => r.json());\n", "route"),
}


def test_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 20 and len(CLEAN) >= 20


def test_clean_files_raise_nothing() -> None:
    assert validate(CLEAN) == []


@pytest.mark.parametrize("path", sorted(BROKEN))
def test_each_seeded_error_is_flagged(path: str) -> None:
    content, check = BROKEN[path]
    findings = validate({**CLEAN, path: content}, only=[path])
    assert [f.check for f in findings if f.path == path] == [check], findings


def test_whole_corpus_file_by_file() -> None:
    files = {**CLEAN, **{p: c for p, (c, _) in BROKEN.items()}}
    findings = validate(files)
    flagged = {f.path for f in findings}
    assert flagged == set(BROKEN)
    assert all(f.line for f in findings)


def test_sql_is_checked_by_postgres_grammar() -> None:
    bad = "create table public.notes (\n  id uuid primary key,\n  body text,\n);\n"
    (finding,) = validate({"supabase/migrations/001.sql": bad})
    assert finding.check == "syntax" and finding.line == 4 and "SQL syntax error" in \
        finding.message
    good = bad.replace("body text,\n", "body text\n")
    assert [f for f in validate({"supabase/migrations/001.sql": good})
            if f.check == "syntax"] == []


def test_files_prepared_as_they_are_written_are_not_read_again(monkeypatch) -> None:
    """The engine hands each written file to ``prepare`` in a worker thread; the validation
    after the last file then parses nothing and scans no secrets again, and finds the same."""
    from devora_desktop.agents import validators
    from devora_desktop.core import codescan
    from tests.agents.validator_corpus import corpus

    files: dict[str, str] = {}
    for sample in corpus.own()[:40]:
        files |= {f"{sample.name}/{p}": t for p, t in sample.files.items()}
    codescan.forget()
    expected = validate(files)
    codescan.forget()
    for path, text in files.items():
        validators.prepare(path, text)
    calls: list[str] = []
    real_parse, real_secrets = codescan._parse, codescan._find_secrets
    monkeypatch.setattr(codescan, "_parse", lambda lang, t: calls.append("parse") or
                        real_parse(lang, t))
    monkeypatch.setattr(codescan, "_find_secrets", lambda t, p: calls.append("secrets") or
                        real_secrets(t, p))
    assert validate(files) == expected and expected
    assert calls == []


def test_the_gate_hands_written_text_files_to_the_run(tmp_path) -> None:
    import asyncio

    from devora_desktop.agents.file_gate import FileGate
    from devora_desktop.agents.protocol import FileBlock
    from devora_desktop.core.workspace import Workspace

    heard: list[tuple[str, str]] = []
    gate = FileGate(Workspace(tmp_path / "p"), lambda event: None, 10,
                    on_written=lambda path, text: heard.append((path, text)))
    asyncio.run(gate.write("frontend", FileBlock("app/page.tsx", "export default 1;\n")))
    asyncio.run(gate.write("frontend", FileBlock("../escape.ts", "x")))  # refused: not heard
    assert heard == [("app/page.tsx", "export default 1;\n")]


def test_import_specifiers_are_read_at_word_starts_only() -> None:
    from devora_desktop.agents.validators import _imports

    text = ('import a from "./a";\nexport * from "./b";import("./c");\n'
            'const d = require("./d");require("./e")\n'
            'x.require("./no"); $import "./no"; reimport "./no";\n')
    assert _imports(text) == [("./a", 1), ("./b", 2), ("./c", 2), ("./d", 3), ("./e", 3)]


def test_a_file_past_the_reading_budget_gets_a_note_and_the_rest_is_still_judged() -> None:
    """A generated 30,000-line file took 132 s and 866 MB: past ``codescan.MAX_LINES`` the
    security rules skip it with one note (a warning, no hole reported), while a small unsafe
    file beside it is still flagged and a syntax error in the big one is still found."""
    from devora_desktop.agents import security
    from devora_desktop.core import codescan

    row = 'export const f{0} = (id) => fetch("/api/items/{0}?id=" + id);\n'
    big = "".join(row.format(i) for i in range(codescan.MAX_LINES + 10))
    unsafe = 'export function run(req) {\n  return eval(req.query.code);\n}\n'
    files = {"src/generated.js": big, "server/run.js": unsafe}
    findings = validate(files)
    notes = [f for f in findings if f.path == "src/generated.js" and f.check == "security"]
    assert len(notes) == 1 and notes[0].severity == "warning" and \
        notes[0].message.startswith("unchecked:") and "review this file by hand" in \
        notes[0].message and security.categories(notes[0]) == set()
    assert any(f.path == "server/run.js" and "code_injection" in security.categories(f)
               for f in findings)
    small = "".join(row.format(i) for i in range(50)) + unsafe.replace("run", "go")
    assert not any(f.message.startswith("unchecked:") for f in validate(
        {"src/generated.js": small}))

    seed = "".join(f"insert into public.items (id) values ({i});\n"
                   for i in range(codescan.MAX_LINES + 5)) + "insert into public.items values (;\n"
    (syntax,) = [f for f in validate({"supabase/seed.sql": seed}) if f.check == "syntax"]
    assert syntax.line == codescan.MAX_LINES + 6


def test_findings_of_one_check_are_capped_per_file_with_a_count_of_the_rest() -> None:
    """One mistake repeated on every line (a fetch of a route that does not exist) gives the
    first ``MAX_PER_FILE`` findings and one more that says how many were left out."""
    from devora_desktop.agents.validators import MAX_PER_FILE

    calls = "".join(f'fetch("/api/missing/{i}");\n' for i in range(MAX_PER_FILE + 40))
    routes = [f for f in validate({"index.html": "<p>x</p>", "app.js": calls})
              if f.path == "app.js" and f.check == "route"]
    assert len(routes) == MAX_PER_FILE + 1
    assert [f.line for f in routes[:MAX_PER_FILE]] == list(range(1, MAX_PER_FILE + 1))
    assert routes[-1].message.startswith("40 more route findings in this file")


def test_line_counter_counts_increasing_offsets_in_one_pass() -> None:
    from devora_desktop.core.codescan import LineCounter

    text = "a\nbb\n\nccc\n"
    at = LineCounter(text)
    assert [at(0), at(2), at(5), at(6), at(len(text))] == [1, 2, 3, 4, 5]
    assert at(1) == 1  # an earlier offset starts over
