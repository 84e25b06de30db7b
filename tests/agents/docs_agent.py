"""A code agent that exists only in the tests: it shows that one registry entry (plus its
prompt) is all an agent needs to plan, write, be reviewed, be counted and be shown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from devora_desktop.agents import registry
from tests.agents.conftest import APPROVE, block

DOCS = registry.AgentSpec(
    "docs", "Docs", "code", modes=("fullstack",), output_tokens=800,
    owns="user documentation under docs/ (Markdown)", areas=("docs/",),
    prompt="You are the Docs agent of Devora. You write the project's user documentation.")

PLAN = ('{"name": "Task Garden", "summary": "Tasks with due dates", "template": "custom", '
        '"files": [{"path": "app/page.tsx", "owner": "frontend", "purpose": "home"}, '
        '{"path": "app/api/tasks/route.ts", "owner": "backend", "purpose": "API"}, '
        '{"path": "docs/guide.md", "owner": "docs", "purpose": "how to use it"}]}')


@contextmanager
def docs_agent() -> Iterator[registry.AgentSpec]:
    registry.register(DOCS)
    try:
        yield DOCS
    finally:
        registry.unregister(DOCS.name)


def script(fake) -> None:
    fake.set("architect", PLAN)
    fake.set("frontend", block("app/page.tsx", "export default function Page() { return null; }"))
    fake.set("backend", block("app/api/tasks/route.ts",
                              "export async function GET() { return Response.json([]); }"))
    fake.set("docs", block("docs/guide.md", "# Guide\n\nAdd a task, give it a date."))
    fake.set("reviewer", APPROVE)
