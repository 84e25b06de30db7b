"""A new project whose fix round fails is kept in the window (walk4 #15): listed, with its
version in History and its files in the tree, and the feed ends on the run's verdict, not on
"Nothing was kept of the new project"."""

from __future__ import annotations

import pytest

from tests.agents.conftest import block, iterate
from tests.agents.test_failed_fix_round import PROSE
from tests.ui.test_main_window import feed_lines, make_window, run

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


PAGE = block("app/page.tsx", "export default function Page() { return <main>Tasks</main>; }")
ROUTE = block("app/api/tasks/route.ts", "export async function GET() { return Response.json([]); }")


def test_a_failed_fix_round_keeps_the_new_project_in_the_window(configured, qtbot,
                                                                aloop, fake_llm) -> None:
    fake_llm.set("architect", "Plan.\n```json\n{\"name\": \"Recipe Box\", \"summary\": \"x\", "
                 "\"template\": \"custom\", \"files\": [{\"path\": \"app/page.tsx\", \"owner\": "
                 "\"frontend\", \"purpose\": \"x\"}, {\"path\": \"app/api/tasks/route.ts\", "
                 "\"owner\": \"backend\", \"purpose\": \"x\"}]}\n```")
    fake_llm.set("frontend", [PAGE, PROSE])
    fake_llm.set("backend", ROUTE)
    fake_llm.set("reviewer", iterate("no heading"))
    w = make_window(configured, qtbot)
    assert run(qtbot, w, "a recipe box for my family") == "finished"
    lines = feed_lines(w)
    assert not any("Nothing was kept" in line for line in lines)
    assert not any("devora models check" in line for line in lines)
    assert lines[-1].startswith("2 files changed · not approved: the fix round failed: the "
                                "frontend agent answered in prose without any file"), lines[-1]
    assert w.current.id is not None
    project = w.ctx.store.projects.get(w.current.id)
    assert project.name == "Recipe Box"
    assert len(w.ctx.store.workspace(project.id).history()) == 1
