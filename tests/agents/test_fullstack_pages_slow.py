"""Slow: the full-stack data apps' pages (tracker, board, directory, leaderboard, flashcards,
calculator, status), in headless Chromium against a loopback fake of the app's own API
(tests/fakes/dataapp_api.py) — no build, so a page's own fault shows here apart from the
routes' (the same shapes run end to end under `next start` in test_fullstack_data_slow.py):
the generated public/config.js, store.js and app.js, signed in as an admin. The rows live in a real
PostgreSQL with the app's migrations and seed applied, read and written as that person under
row-level security (the fake's ``PgRows``, as the routes do through PostgREST). Each shape's
everyday interaction (tests/agents/interactions.py) goes through the page's controls, its
change reaches the database as the store adapter sends it (the real columns, types and checks
accept it), and survives a reload read back from it. The routes themselves (session, zod) are
proven against `next start` with the booking, menu and sign-up apps
(test_fullstack_data_slow.py), the policies in test_template_rls_pg.py."""

from __future__ import annotations

import uuid

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, fullstack_data
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import BY_SHAPE
from tests.agents.test_template_rls_pg import Db
from tests.fakes.dataapp_api import FakeDataApi, PgRows
from tests.server.services import create_database

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
def test_a_full_stack_page_keeps_what_a_person_does_through_its_api(browser, cluster,
                                                                   shape: str) -> None:
    spec = templates.read(PROMPTS[shape], "fullstack")
    assert spec.kind == shape and spec.fits, spec.unfit
    files = templates.all_files(shape, "fullstack", spec.name, spec)
    raw = fullstack_data._safe_keys(dataapp.config(spec))
    parts = fullstack_data.stores(spec, raw)
    db = Db(create_database(cluster), files)  # migrations and supabase/seed.sql applied
    admin = db.conn.execute("select 1 from information_schema.columns where table_schema ="
                            " 'public' and table_name = 'profiles' and column_name ="
                            " 'is_admin'").fetchone()
    rows = PgRows(db, db.user(flag="is_admin" if admin else None))
    api = FakeDataApi(files, {s.key: s.table for s in parts}, rows, spec.lang)
    try:
        first = parts[0]  # the sample rows a new app shows (the web app's), as the seed has them
        for part, seed in ((first, raw["seed"]), *((s, s.seed) for s in parts[1:])):
            if not rows.rows(part.table):  # what seed.sql did not insert: added by the person
                for r in seed:
                    rows.insert(part.table, {"id": str(uuid.uuid4()), **{
                        k: fullstack_data.thawed(v) for k, v in r.items()}})
        page = browser.page()
        url = api.url + "/"
        page.open(url, settle=0.5)
        ok, seen = BY_SHAPE[shape](page, url, {"shape": shape, "text": PROMPTS[shape]})
        assert ok, seen
        if shape != "flashcards":  # a study score stays in the browser; the cards are rows
            assert {m for m, _ in api.requests} & {"POST", "PATCH"}, api.requests
        assert api.refused == [] and page.errors == []
        page.close()
    finally:
        api.stop()
        db.conn.close()
