"""The streamed plan reader, checked on every prefix of several plans: it never yields an entry
that is not complete in the text it has seen, yields each complete entry at the latest when
the next one begins, and agrees with parse_plan on the whole answer."""

from __future__ import annotations

import json
import random

import pytest

from devora_desktop.agents.plan_stream import (
    FilesClosed,
    PlanContracts,
    PlanEntry,
    PlanStream,
    parse_plan,
)

FILES = [
    {"path": "app/page.tsx", "owner": "frontend", "purpose": "home {with braces} and \"quotes\""},
    {"path": "app/api/tasks/route.ts", "owner": "backend", "purpose": "CRUD ]}, tricky"},
    {"path": "supabase/migrations/001_tasks.sql", "owner": "database", "purpose": "schema"},
    {"path": "app/layout.tsx", "owner": "frontend", "purpose": "layout", "action": "create"},
    {"path": "lib/db.ts", "owner": "database", "purpose": "typed client 🙂"},
]
HEADER = {"name": "Task Garden", "summary": "Tasks with due dates", "template": "custom",
          "stack": {"frontend": "next"}, "api": [{"method": "GET", "route": "/api/tasks"}],
          "data_models": [{"name": "Task", "fields": {"id": "uuid", "due": "date"}}]}


def build(lead: str, tail: str, files=FILES, header=HEADER, files_first=False,
          indent: int | None = None) -> tuple[str, list[int], int]:
    """The answer text, the offset just past each entry's closing brace, and the offset just
    past the list's closing bracket (in the answer)."""
    sep = ",\n  " if indent else ", "
    head = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in header.items())
    parts, ends, pos = [], [], 0
    for i, f in enumerate(files):
        s = json.dumps(f)
        parts.append(s)
        pos += len(s)
        ends.append(pos)
        if i < len(files) - 1:
            pos += len(sep)
    listing = "[" + sep.join(parts) + "]"
    if files_first:
        obj_start = '{"files": '
        obj = obj_start + listing + (", " + head if head else "") + "}"
    else:
        obj_start = "{" + (head + ", " if head else "") + '"files": '
        obj = obj_start + listing + "}"
    base = len(lead) + len(obj_start) + 1
    return lead + obj + tail, [base + e for e in ends], base + len(listing) - 1


CASES = {
    "fenced after prose": ("Here is the plan.\n```json\n", "\n```\nGood luck!", {}),
    "bare": ("", "", {}),
    "prose, no fence": ("Plan below:\n", "\nThat is all.", {}),
    "fence without language": ("```\n", "\n```", {}),
    "files first": ("```json\n", "\n```", {"files_first": True}),
    "no header": ("", "", {"header": {}}),
}


def run(text: str, chunks) -> tuple[list, PlanStream]:
    stream = PlanStream()
    got = []
    for c in chunks:
        got += stream.feed(c)
    got += stream.finish()
    return got, stream


@pytest.mark.parametrize("case", list(CASES))
def test_every_prefix(case: str) -> None:
    lead, tail, kw = CASES[case]
    header = kw.get("header", HEADER)
    text, ends, list_end = build(lead, tail, **kw)
    if header:
        parse_plan_ok = parse_plan(text)  # the whole answer is a valid plan
        assert [f.path for f in parse_plan_ok.files] == [f["path"] for f in FILES]
    for cut in range(len(text) + 1):
        stream = PlanStream()
        items = stream.feed(text[:cut])
        entries = [i for i in items if isinstance(i, PlanEntry)]
        # sound: only entries whose closing brace is in the prefix
        assert all(ends[e.index] <= cut for e in entries), (cut, entries)
        assert [e.index for e in entries] == list(range(len(entries)))
        for e in entries:
            assert e.file.path == FILES[e.index]["path"]
            assert e.file.purpose == FILES[e.index]["purpose"]
        # live: an entry is out once the next one has begun (its "{" arrived)
        begun_next = sum(1 for i, end in enumerate(ends[:-1])
                         if text.find("{", end) < cut and text.find("{", end) != -1
                         and text.find("{", end) < list_end)
        assert len(entries) >= begun_next, (cut, len(entries), begun_next)
        closed = [i for i in items if isinstance(i, FilesClosed)]
        if closed:
            assert cut > list_end and closed[0].count == len(FILES)
        contracts = [i for i in items if isinstance(i, PlanContracts)]
        if contracts and not kw.get("files_first"):
            assert contracts[0].data == header  # the header is complete when it is sent
    got, stream = run(text, [text])
    assert [e.file.path for e in stream.entries] == [f["path"] for f in FILES]
    assert stream.files_closed
    final = [i for i in got if isinstance(i, PlanContracts)][-1]
    assert final.data == header


@pytest.mark.parametrize("case", list(CASES))
def test_any_chunking_yields_each_entry_once(case: str) -> None:
    lead, tail, kw = CASES[case]
    text, _, _ = build(lead, tail, **kw)
    rng = random.Random(case)
    for _ in range(30):
        chunks, i = [], 0
        while i < len(text):
            n = rng.randint(1, 9)
            chunks.append(text[i:i + n])
            i += n
        got, _stream = run(text, chunks)
        entries = [g for g in got if isinstance(g, PlanEntry)]
        assert [e.file.path for e in entries] == [f["path"] for f in FILES]
        assert sum(isinstance(g, FilesClosed) for g in got) == 1


def test_last_entry_is_out_before_the_object_ends() -> None:
    text, _ends, list_end = build("```json\n", "\n```", indent=1)
    stream = PlanStream()
    stream.feed(text[: list_end + 1])
    assert len(stream.entries) == len(FILES) and stream.files_closed


def test_invalid_entries_are_skipped_not_fatal() -> None:
    files = [*FILES[:2], {"path": "x.ts", "owner": "designer"}, FILES[2]]
    text, _, _ = build("", "", files=files)
    _got, stream = run(text, [text[i:i + 3] for i in range(0, len(text), 3)])
    assert [e.file.path for e in stream.entries] == [f["path"] for f in FILES[:3]]
    assert stream.rejected == [2]


def test_prose_without_json_yields_nothing() -> None:
    got, stream = run("", ["I cannot help with that.", " Sorry."])
    assert got == [] and not stream.entries
