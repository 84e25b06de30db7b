"""Requests are ordered stable-first so the provider's prompt cache can serve the prefix."""

from __future__ import annotations

from devora_desktop.agents.base import AgentEnv, Budget
from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.agents.plan_stream import parse_plan
from devora_desktop.agents.roles import FileAgent, QuickAgent, ReviewerAgent
from tests.agents.conftest import plan

PLAN = parse_plan(plan(("app/page.tsx", "frontend"), ("app/about/page.tsx", "frontend"),
                       ("app/api/tasks/route.ts", "backend")))


def env() -> AgentEnv:
    return AgentEnv(provider=OfflineProvider(), model="m", emit=lambda e: None, budget=Budget())


def stable_part(message: dict) -> str:
    return message["content"][: message["cache_prefix"]]


def test_code_agent_request_comes_after_the_shared_contracts() -> None:
    agent = FileAgent("frontend", env(), "fullstack")
    current = {"app/page.tsx": "export default 1;\n"}
    one = agent.messages("add a footer", PLAN, current)
    two = agent.messages("make it blue", PLAN, current)
    assert stable_part(one[0]) == one[0]["content"]
    assert stable_part(one[1]) == stable_part(two[1])      # the cached prefix is shared
    assert '"api"' in stable_part(one[1]) and "export default 1;" in stable_part(one[1])
    assert "add a footer" not in stable_part(one[1])
    assert one[1]["content"].endswith("- create app/about/page.tsx: x")


def test_reviewer_reads_untouched_files_first_and_keeps_changed_ones_when_cut() -> None:
    reviewer = ReviewerAgent(env())
    reviewer.file_chars = 1000
    files = {"a.ts": "a" * 600, "b.ts": "b" * 600, "new.ts": "n" * 500}
    msgs = reviewer.messages("req", PLAN, files, [], changed={"new.ts"})
    head = stable_part(msgs[1])
    assert head.index('<file path="a.ts">') < head.index('<file path="new.ts">')
    assert "n" * 500 in head                               # the changed file is whole
    assert "b.ts" not in head                              # the untouched ones gave way
    assert "Request: req" not in head and msgs[1]["content"].endswith("Request: req")


def test_a_file_to_send_back_whole_is_shown_whole() -> None:
    """Workers write a file whole (no edits): an offline app's 71 KB app.js was cut at
    60,000 characters in the refining worker's message, which then had to write it back
    without its end. The file it changes is shown whole, to both kinds of code agent."""
    big = "".join(f"const line{n} = {n};\n" for n in range(4000)) + "// the very end\n"
    assert len(big) > 70_000
    current = {"app/page.tsx": big}
    worker = FileAgent("frontend", env(), "fullstack").messages("add a footer", PLAN, current)
    quick = QuickAgent(env()).messages("add a footer", current, [])
    for msgs in (worker, quick):
        text = msgs[1]["content"]
        assert big in text and "cut for length" not in text
