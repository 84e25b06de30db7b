"""Slow: the full-stack data apps' pages for the shapes no `next build` here serves (tracker,
board, directory, leaderboard, flashcards, calculator, status), in headless Chromium against a
loopback fake of the app's own API (tests/fakes/dataapp_api.py) — no build: the generated
public/config.js, store.js and app.js, signed in as an admin. Each shape's everyday
interaction (tests/agents/interactions.py) goes through the page's controls, its change
reaches the API as the store adapter sends it, and survives a reload read back from the API.
The routes themselves (session, zod, RLS) are proven against `next start` with the booking,
menu and sign-up apps (test_fullstack_data_slow.py) and on PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, fullstack_data
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import BY_SHAPE
from tests.fakes.dataapp_api import FakeDataApi

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]

PROMPTS = {"tracker": "an expense tracker for the household",
           "board": "a kanban board for the house move",
           "directory": "a directory of the plumbers and electricians we use",
           "leaderboard": "a leaderboard for our office ping pong league",
           "flashcards": "flashcards to learn Spanish words",
           "calculator": "a simple calculator",
           "status": "a status page for our website, API and database"}


@pytest.mark.parametrize("shape", list(PROMPTS))
def test_a_full_stack_page_keeps_what_a_person_does_through_its_api(browser, shape: str) -> None:
    spec = templates.read(PROMPTS[shape], "fullstack")
    assert spec.kind == shape and spec.fits, spec.unfit
    files = templates.all_files(shape, "fullstack", spec.name, spec)
    raw = fullstack_data._safe_keys(dataapp.config(spec))
    parts = fullstack_data.stores(spec, raw)
    api = FakeDataApi(files, {s.key: s.table for s in parts}, spec.lang)
    try:
        rows = parts[0]  # the sample rows a new app shows (the web app's), as the seed has them
        for part, seed in ((rows, raw["seed"]), *((s, s.seed) for s in parts[1:])):
            api.tables[part.table] = [
                {"id": str(uuid.uuid4()), **{k: fullstack_data.thawed(v) for k, v in r.items()}}
                for r in seed]
        page = browser.page()
        url = api.url + "/"
        page.open(url, settle=0.5)
        ok, seen = BY_SHAPE[shape](page, url, {"shape": shape, "text": PROMPTS[shape]})
        assert ok, seen
        if shape != "flashcards":  # a study score stays in the browser; the cards are rows
            assert {m for m, _ in api.requests} & {"POST", "PATCH"}, api.requests
        assert page.errors == []
        page.send("Page.close")
    finally:
        api.stop()
