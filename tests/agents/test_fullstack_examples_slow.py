"""Slow: a full-stack app's sample rows are said to be examples, as on the web (a full-stack
pizzeria's menu showed six made-up dishes at made-up prices as its own). The seed marks them
in a column, the page says "N examples show how this works; they are not real", and "Remove
the examples" deletes them from the database; an example an admin edits is theirs. In
headless Chromium against the loopback fake of the app's API over a real PostgreSQL with the
app's migrations and seed applied (tests/fakes/dataapp_api.py)."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, fullstack_data
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import js, reload
from tests.agents.test_template_rls_pg import Db
from tests.fakes.dataapp_api import FakeDataApi, PgRows
from tests.server.services import create_database

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]


def _open(cluster: str, prompt: str):
    spec = templates.read(prompt, "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    parts = fullstack_data.stores(spec, fullstack_data._safe_keys(dataapp.config(spec)))
    db = Db(create_database(cluster), files)  # migrations and supabase/seed.sql applied
    rows = PgRows(db, db.user(flag="is_admin"))
    return db, FakeDataApi(files, {s.key: s.table for s in parts}, rows, spec.lang)


def test_a_full_stack_menus_sample_dishes_are_examples_that_go_in_one_click(
        browser, cluster) -> None:
    db, api = _open(cluster, "il menù della mia pizzeria con ordinazione")
    try:
        assert db.conn.execute("select count(*) from public.menu_items where example"
                               ).fetchone() == (6,)
        page = browser.page()
        url = api.url + "/"
        page.open(url, settle=0.5)
        said = js(page, "document.querySelector('#examples')?.textContent || ''")
        assert "6 esempi" in said, said
        # an edited example is the admin's own dish from then on
        js(page, "document.querySelector('details.manage').open = true")
        js(page, "document.querySelector('#rows tr button').click()")
        js(page, "(() => { const f = document.querySelector('details.manage form');"
                 " f.querySelector('[name=name]').value = 'Margherita della casa';"
                 " f.requestSubmit(); })()")
        reload(page, url)
        assert "5 esempi" in js(page, "document.querySelector('#examples').textContent")
        js(page, "document.querySelector('#remove-examples').click()")
        reload(page, url)
        assert js(page, "document.querySelector('#examples')") is None
        assert page.errors == []
    finally:
        api.stop()
    left = db.conn.execute("select name, example from public.menu_items").fetchall()
    assert left == [("Margherita della casa", False)]
    db.conn.close()


def test_a_menu_that_names_its_dishes_has_no_examples(cluster) -> None:
    spec = templates.read("Pizzeria Da Gino: Margherita 7 euro, Diavola 9 euro, con "
                          "ordinazione online", "fullstack")
    seed = templates.all_files(spec.kind, "fullstack", spec.name, spec)["supabase/seed.sql"]
    assert "true)" not in seed and seed.count("false)") == 2
