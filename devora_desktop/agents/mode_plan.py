"""A plan held to the team of the mode the person picked, by the app rather than the model.

The Architect is told the mode's rules, yet a model may still plan a backend for a web
project (a prompt that says "accounts" is enough). Nobody of a web team would write those
files, so the run used to end with a wall of "planned but never written" and a project that
cannot build, after paying for it. Here a file the plan gives to an agent outside the mode's
team goes to the team's agent whose kind of file it is (a page, a stylesheet, a README), and
a plan that needs a server (sign-in, a database, API routes) is answered with one line before
its files are written (see docs/ARCHITECTURE.md, Data flow).
"""

from __future__ import annotations

import re

from devora_desktop.agents import registry
from devora_desktop.agents.protocol import Plan, PlannedFile

#: A planned path that is about signing in.
_ACCOUNTS = re.compile(r"auth|log-?in|sign-?in|sign-?up|session|middleware|passwor|accounts?\b",
                       re.I)


#: Files of a build-step framework (Next.js, TypeScript, Tailwind), not of a web project's
#: plain HTML, CSS and JavaScript: a web plan that lists one waits to be read whole before any
#: worker starts, as it is likely to plan a server further down.
_FRAMEWORK = re.compile(r"(^|/)(package\.json|tsconfig\.json|next-env\.d\.ts|"
                        r"(next|tailwind|postcss|vite)\.config\.\w+)$|\.(tsx|ts|jsx)$")


def framework_file(path: str) -> bool:
    return bool(_FRAMEWORK.search(path))


def held(file: PlannedFile, team: tuple[str, ...]) -> PlannedFile | None:
    """``file`` as the mode's ``team`` may write it: unchanged, given to the team's agent whose
    area it is in, or None when it is server code (an area of an agent outside the team)."""
    if file.owner in team:
        return file
    area = registry.area_of(file.path)
    if area not in team and file.action == "delete" and team:
        area = team[0]  # taking a file away needs no server
    return file.model_copy(update={"owner": area}) if area in team else None


def hold(plan: Plan, team: tuple[str, ...]) -> tuple[Plan, list[PlannedFile], list[str]]:
    """The plan with every file the team may write; the server files it cannot, and the paths
    given to another owner (their notice)."""
    kept: list[PlannedFile] = []
    server: list[PlannedFile] = []
    moved: list[str] = []
    for f in plan.files:
        g = held(f, team)
        if g is None:
            server.append(f)
            continue
        if g.owner != f.owner:
            moved.append(f.path)
        kept.append(g)
    if not moved and not server:
        return plan, [], []
    return plan.model_copy(update={"files": kept or plan.files}), server, moved


def asks_accounts(request: str) -> bool:
    """The request asks for sign-in, in the words the offline templates read (six languages)."""
    from devora_desktop.agents.templates.spec import FEATURES  # big: loaded on first need

    return bool(re.search(FEATURES["auth"][0], request.lower()))


def no_accounts_note(*, fullstack_allowed: bool) -> str:
    """What a web run says when the request asks for sign-in and the plan stays a web app:
    what the offline templates say too, so no one takes a page's login form for accounts."""
    how = "pick it for a new project" if fullstack_allowed else "Pro: Help › License"
    return ("Sign-in is not built in web mode: a web app keeps its data in this browser, with "
            f"no real accounts; accounts need full-stack mode ({how})")


def refusal(server: list[PlannedFile], request: str, *, fullstack_allowed: bool) -> str:
    """The one line a web run answers a plan that needs a server with: what needs full-stack
    mode, how to get it, and what can be built instead."""
    paths = [f.path for f in server]
    accounts = any(_ACCOUNTS.search(p) for p in paths) or asks_accounts(request)
    database = any(registry.area_of(p) == "database" for p in paths) or bool(
        re.search(r"\bdatabase|\bdb\b|supabase|postgres|\bsql\b", request, re.I))
    subject = {(True, True): "Accounts and a database need",
               (True, False): "Accounts need",
               (False, True): "A database needs",
               (False, False): "Server code (API routes) needs"}[(accounts, database)]
    how = "pick it for a new project" if fullstack_allowed else "Pro: Help › License"
    instead = ("or build it without accounts, data kept in this browser" if accounts
               else "or build it with its data kept in this browser")
    return f"{subject} full-stack mode ({how}); {instead}"


__all__ = ["asks_accounts", "framework_file", "held", "hold", "no_accounts_note", "refusal"]
