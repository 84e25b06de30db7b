"""Offline project templates: landing, todo, blog, dashboard, store — web and full-stack."""

from __future__ import annotations

import re

from devora_desktop.agents.templates import fullstack, web

KINDS = ("todo", "blog", "dashboard", "store", "landing")
TITLES = {"todo": "Todo List", "blog": "Blog", "dashboard": "Dashboard", "store": "Storefront",
          "landing": "Landing Page"}
SUMMARIES = {"todo": "Tasks with due dates, filters and overdue highlighting.",
             "blog": "A blog with posts, reading times and an editor.",
             "dashboard": "A SaaS dashboard with KPIs, a revenue chart and a customer table.",
             "store": "An e-commerce storefront with a product grid, cart and checkout.",
             "landing": "A landing page with features, pricing, FAQ and a sign-up form."}
_KEYWORDS = [
    ("todo", r"\b(todo|to-do|task|tasks|checklist|reminder|planner)\b"),
    ("store", r"\b(shop|store|storefront|e-?commerce|product|products|cart|catalog(ue)?)\b"),
    ("blog", r"\b(blog|post|posts|article|articles|journal|newsletter)\b"),
    ("dashboard", r"\b(dashboard|admin|analytics|saas|metrics|kpi|crm|customers?)\b"),
    ("landing", r"\b(landing|marketing|homepage|waitlist|launch|portfolio|website)\b"),
]


def choose(prompt: str) -> str:
    text = prompt.lower()
    for kind, pattern in _KEYWORDS:
        if re.search(pattern, text):
            return kind
    return "landing"


def name_from_prompt(prompt: str, kind: str) -> str:
    m = re.search(r"\b(?:called|named)\s+[\"'“]?([A-Za-z0-9][\w \-&']{1,40}?)[\"'”]?(?:[.,;!]|$|\s+(?:with|for|that|which)\b)",
                  prompt)
    return m.group(1).strip() if m else TITLES[kind]


def files_by_owner(kind: str, mode: str, name: str) -> dict[str, dict[str, str]]:
    if mode == "fullstack":
        return fullstack.build(kind, name)
    files = web.WEB[kind](name)
    files["README.md"] = web.readme(name, TITLES[kind].lower())
    return {"frontend": files}


def all_files(kind: str, mode: str, name: str) -> dict[str, str]:
    return {p: t for group in files_by_owner(kind, mode, name).values() for p, t in group.items()}
