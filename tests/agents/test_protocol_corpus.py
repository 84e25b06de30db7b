"""Answers as real models write them, through the streaming parser in chunks of 1..64 chars.

Each case is one answer, or a cut-off answer and its continuation(s) (a stream that ended,
then the model asked to go on). The formats come from tools whose prompts teach them:
Aider's "whole" edit format (the path on the line before a fence), file listings headed
`` `path`: `` or ``<details><summary>File: path``, Continue's and Cursor's info-string paths
(```` ```ts src/a.ts ````, ```` ```tsx:app/page.tsx ````), v0's ``file="..."``, Dyad's
``<dyad-write path>``, bolt's ``<boltAction type="file" filePath>``, Cline's
``<write_to_file><path>..<content>``, and the ways our own ``<file>`` blocks come back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from devora_desktop.agents.plan_stream import parse_plan
from devora_desktop.agents.protocol import (
    FileBlock,
    FileBlockParser,
    FileOpened,
    FileText,
    header_path,
    parse_review,
)
from devora_desktop.core.errors import OutputFormatError


@dataclass
class Case:
    name: str
    streams: list[str]
    files: dict[str, str]
    deletes: list[str] = field(default_factory=list)
    truncated: bool = False
    abandoned: list[str] = field(default_factory=list)


SQL = "create table tasks (id uuid primary key);\n"
LONG = "".join(f"export const v{i} = {i};\n" for i in range(300))  # ~7 KB: kept out of buffer
CORPUS = [
    # ---- our own blocks, as they come back -------------------------------------------
    Case("ours", ['Here you go.\n<file path="app/page.tsx">\nexport default 1;\n</file>\n'],
         {"app/page.tsx": "export default 1;\n"}),
    Case("single quotes, CRLF, extra attributes",
         ["<file lang='ts' filename='a.ts'>\r\nlet a = 1;\r\nlet b = 2;\r\n</file>\r\n"],
         {"a.ts": "let a = 1;\nlet b = 2;\n"}),
    Case("a fence around the content", ['<file path="a.ts">\n```ts\nlet a = 1;\n```\n</file>'],
         {"a.ts": "let a = 1;\n"}),
    Case("blocks wrapped in a fence",
         ['```xml\n<file path="a.ts">\nlet a = 1;\n</file>\n<file path="b.ts">\nlet b;\n'
          '</file>\n```\n'], {"a.ts": "let a = 1;\n", "b.ts": "let b;\n"}),
    Case("a path-headed fence wrapped around a block",
         ['a.ts\n```ts\n<file path="a.ts">\nlet a = 1;\n</file>\n```\n'],
         {"a.ts": "let a = 1;\n"}),
    Case("fence opens inside the block, closes after it",
         ['<file path="a.ts">\n```ts\nlet a = 1;\n</file>\n```\n'], {"a.ts": "let a = 1;\n"}),
    Case("fence opens before the block, closes inside it",
         ['```tsx\n<file path="a.ts">\nlet a = 1;\n```\n</file>\n'], {"a.ts": "let a = 1;\n"}),
    Case("deletes", ['<delete path="old.ts"/>\n<delete path=\'gone.css\'></delete>\n'], {},
         ["old.ts", "gone.css"]),
    Case("prose, then blocks, tag-like prose kept as prose",
         ['I used a <file> tag for each file.\n<file path="x.py">\nprint(1)\n</file>\nDone.'],
         {"x.py": "print(1)\n"}),
    Case("tag text inside a file is content",
         ['<file path="p.ts">\nconst t = \'<file path="x">\';\n</file>\n'],
         {"p.ts": "const t = '<file path=\"x\">';\n"}),
    Case("prose only", ["I think you should build a nice page with React."], {}),
    # ---- whole-file markdown fences ------------------------------------------------
    Case("aider whole format",
         ["Here are the files.\n\napp/page.tsx\n```tsx\nexport default 1;\n```\n\nlib/x.ts\n"
          "```ts\nexport const x = 2;\n```\n"],
         {"app/page.tsx": "export default 1;\n", "lib/x.ts": "export const x = 2;\n"}),
    Case("backticked path with a colon",
         ["`app/page.tsx`:\n\n```tsx\nexport default 1;\n```"], {"app/page.tsx":
                                                               "export default 1;\n"}),
    Case("bold path", ["**src/main.py**\n```python\nprint('hi')\n```\n"],
         {"src/main.py": "print('hi')\n"}),
    Case("heading path", ["### `index.html`\n```html\n<h1>Hi</h1>\n```\n"],
         {"index.html": "<h1>Hi</h1>\n"}),
    Case("File: label", ["File: styles/site.css\n~~~css\nbody { margin: 0; }\n~~~\n"],
         {"styles/site.css": "body { margin: 0; }\n"}),
    Case("details/summary listing",
         ["<details>\n<summary>File: app.py</summary>\n\n```python\nx = 1\n```\n\n</details>\n"],
         {"app.py": "x = 1\n"}),
    Case("path after the language (Continue)", ["```typescript src/app.ts\nlet a = 1;\n```\n"],
         {"src/app.ts": "let a = 1;\n"}),
    Case("language:path (Cursor)", ["```tsx:app/page.tsx\nexport default 1;\n```"],
         {"app/page.tsx": "export default 1;\n"}),
    Case("file= attribute (v0)", ['```tsx file="app/page.tsx"\nexport default 1;\n```\n'],
         {"app/page.tsx": "export default 1;\n"}),
    Case("a longer fence around nested fences",
         ["README.md\n````markdown\n# Todo\n```bash\nnpm i\n```\n````\n"],
         {"README.md": "# Todo\n```bash\nnpm i\n```\n"}),
    Case("a commentary fence is not a file",
         ["Run:\n```bash\nnpm install\n```\nThen:\n<file path=\"a.ts\">\nlet a;\n</file>\n"],
         {"a.ts": "let a;\n"}),
    Case("after a tag, fences are examples",
         ['<file path="a.ts">\nexport const x = 1;\n</file>\nUsage:\nb.ts\n```ts\n'
          'import { x } from "./a";\n```\n'], {"a.ts": "export const x = 1;\n"}),
    # ---- other tools' tags -----------------------------------------------------------
    Case("dyad", ['<dyad-write path="src/App.tsx" description="main app">\nexport default 1;\n'
                  '</dyad-write>\n<dyad-delete path="src/old.ts"></dyad-delete>\n'],
         {"src/App.tsx": "export default 1;\n"}, ["src/old.ts"]),
    Case("bolt", ['<boltArtifact id="app" title="App">\n<boltAction type="shell">npm i'
                  '</boltAction>\n<boltAction type="file" filePath="src/main.ts">\nlet m;\n'
                  '</boltAction>\n</boltArtifact>\n'], {"src/main.ts": "let m;\n"}),
    Case("cline", ["<write_to_file>\n<path>src/a.ts</path>\n<content>\nlet a = 1;\n</content>\n"
                   "</write_to_file>\n"], {"src/a.ts": "let a = 1;\n"}),
    # ---- streams cut short and continued -------------------------------------------
    Case("continued exactly", ['<file path="a.ts">\nline1\nli', 'ne2\n</file>\n'],
         {"a.ts": "line1\nline2\n"}),
    Case("continuation starts the block over",
         ['<file path="a.ts">\nline1\nli', '<file path="a.ts">\nline1\nline2\n</file>\n'],
         {"a.ts": "line1\nline2\n"}),
    Case("continuation says sorry, then starts the block over",
         ['<file path="a.ts">\nline1\nli', 'Sorry, here it is again:\n<file path="a.ts">\n'
          'line1\nline2\n</file>'], {"a.ts": "line1\nline2\n"}),
    Case("continuation starts the whole answer over",
         ['<file path="a.ts">\nA\n</file>\n<file path="b.ts">\nB1\nB',
          'Here is the full answer.\n<file path="a.ts">\nA\n</file>\n<file path="b.ts">\nB1\n'
          'B2\n</file>\n'], {"a.ts": "A\n", "b.ts": "B1\nB2\n"}),
    Case("header cut mid-path, continuation starts it over (the joined-path bug)",
         ['<file path="supabase/migrations/001_',
          '<file path="supabase/migrations/001_tasks.sql">\n' + SQL + '</file>\n'],
         {"supabase/migrations/001_tasks.sql": SQL}),
    Case("header cut mid-path, continued exactly",
         ['<file path="supabase/migrations/001_', 'tasks.sql">\n' + SQL + "</file>\n"],
         {"supabase/migrations/001_tasks.sql": SQL}),
    Case("closing tag cut at the end", ['<file path="a.ts">\nlet a = 1;\n</fi'],
         {"a.ts": "let a = 1;\n"}),
    Case("opening tag cut at the end", ['Done with a.\n<fi'], {}, truncated=True),
    Case("block cut, never finished", ['<file path="a.ts">\nlet a', 'export'], {},
         truncated=True),
    Case("continuation abandons the open block for another",
         ['<file path="a.ts">\nlet a', '\n<file path="b.ts">\nlet b;\n</file>\n'],
         {"b.ts": "let b;\n"}, abandoned=["a.ts"]),
    Case("a long block cut, continued exactly",
         ['<file path="big.ts">\n' + LONG[:5000], LONG[5000:] + "</file>\n"], {"big.ts": LONG}),
    Case("a long block cut, started over mid-line",
         ['<file path="big.ts">\n' + LONG[:5003], '<file path="big.ts">\n' + LONG + "</file>"],
         {"big.ts": LONG}),
    Case("fenced file cut, continued exactly", ["app.py\n```python\nx = 1\ny =", " 2\n```\n"],
         {"app.py": "x = 1\ny = 2\n"}),
    Case("fenced file cut, continuation starts it over",
         ["app.py\n```python\nx = 1\ny =", "app.py\n```python\nx = 1\ny = 2\n```\n"],
         {"app.py": "x = 1\ny = 2\n"}),
]


def run(case: Case, size: int) -> FileBlockParser:
    parser = FileBlockParser()
    for stream in case.streams:
        for i in range(0, len(stream), size):
            parser.feed(stream[i:i + size])
        parser.end_of_stream()
    return parser


def test_the_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_every_chunk_size_gives_the_same_files(case: Case) -> None:
    for size in range(1, 65):
        parser = run(case, size)
        got = {f.path: f.content for f in parser.files}
        assert got == case.files, (size, got)
        assert [d.path for d in parser.deletes] == case.deletes, size
        assert parser.truncated == case.truncated, size
        assert sorted(set(parser.abandoned)) == case.abandoned, size
        for f in parser.files:  # a partial header never becomes a path
            assert "<" not in f.path and '"' not in f.path and "\n" not in f.path


def test_an_unfinished_header_is_named_as_such() -> None:
    parser = run(Case("", ['<file path="app/pa'], {}), 7)
    assert parser.truncated and parser.open_path == "an unfinished file header"


@pytest.mark.parametrize(("line", "path"), [
    ("app/page.tsx", "app/page.tsx"), ("`a.py`:", "a.py"), ("**src/x.ts**", "src/x.ts"),
    ("### lib/db.ts", "lib/db.ts"), ("File: Dockerfile", "Dockerfile"), (".env.example",
                                                                           ".env.example"),
    ("Here is the code:", None), ("Done.", None), ("v1.2", None), ("npm install", None),
    ("1. First step", None),
])
def test_header_lines(line: str, path: str | None) -> None:
    assert header_path(line) == path


PLAN_JSON = ('{"name": "T", "summary": "s", "files": [{"path": "a.ts", "owner": "frontend"}]}')


@pytest.mark.parametrize("text", [
    "Here is the plan:\n```json\n" + PLAN_JSON + "\n```\nLet me know!",
    '```json\n{\n  // the app\n  "name": "T", "summary": "s",\n  "files": [\n    {"path": '
    '"a.ts", "owner": "frontend",},\n  ],\n}\n```',
    "Sure! {\"name\": 'T', \"summary\": 's', \"files\": [{\"path\": 'a.ts', \"owner\": "
    "'frontend'}]} Hope this helps.",
    '{"name": "T", /* block comment */ "summary": "s", "files": [{"path": "a.ts", '
    '"owner": "frontend"}]',  # the closing brace was cut off
])
def test_plan_json_as_models_write_it(text: str) -> None:
    plan = parse_plan(text)
    assert plan.name == "T" and [f.path for f in plan.files] == ["a.ts"]


@pytest.mark.parametrize("text", [
    'The code looks fine overall.\n{"status": "APPROVE", "summary": "ok", "issues": [],}\n'
    'Great work!',
    "```json\n{\n  \"status\": \"iterate\", // needs work\n  \"summary\": \"x\",\n  \"issues\": "
    "[{\"path\": \"a.ts\", \"problem\": \"p\", \"fix\": \"f\",}]\n}\n```",
])
def test_review_json_as_models_write_it(text: str) -> None:
    review = parse_review(text)
    assert review.status in ("APPROVE", "ITERATE") and review.readable


def test_review_issues_in_a_models_own_keys_keep_what_was_asked() -> None:
    """walk13 #28: {"file", "message"} issues read as empty and showed as a bare ":"."""
    review = parse_review(json.dumps({"status": "ITERATE", "summary": "No rotation.", "issues": [
        {"file": "index.html", "severity": "major", "message": "No weekly rotation",
         "suggestion": "rotate names"},
        "app.js: the button does nothing",
        {"severity": "minor", "where": "footer"}]}))
    first, second, third = review.issues
    assert (first.path, first.problem, first.fix) == ("index.html", "No weekly rotation",
                                                      "rotate names")
    assert second.problem == "app.js: the button does nothing"
    assert "footer" in third.problem  # nothing known: the raw issue, never an empty one


def test_unreadable_review_stays_unreadable() -> None:
    with pytest.raises(OutputFormatError):
        parse_review("LGTM!")


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_the_live_lines_announce_each_file_and_agree_with_it(case: Case) -> None:
    """FileOpened / FileText are what front ends show while a file streams: every file is
    announced before it is complete, and what was shown of it is how the file begins."""
    for size in (1, 3, 7, 64):
        parser, items = FileBlockParser(), []
        for stream in case.streams:
            for i in range(0, len(stream), size):
                items += parser.feed(stream[i:i + size])
            items += parser.end_of_stream()
        shown: dict[str, str] = {}
        for item in items:
            if isinstance(item, FileOpened):
                shown[item.path] = ""
            elif isinstance(item, FileText):
                assert item.text.endswith("\n") and item.path in shown, (size, item)
                shown[item.path] += item.text
            elif isinstance(item, FileBlock):
                assert item.path in shown, (size, item.path)
                assert item.content.startswith(shown.pop(item.path)), (size, item.path)
