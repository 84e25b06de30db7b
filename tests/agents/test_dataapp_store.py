"""The full-stack data app's storage (dataapp_store.js), run in Node against a stubbed server:
each save turns into the requests that make the server's rows match (POST a new row, PATCH a
changed one, DELETE a removed one), never for rows someone else owns; sign-ups and orders
translate to their own rows; a refusal is said and the page redrawn from the server."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from devora_desktop.agents.templates.dataapp import STORE_JS

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

HARNESS = r"""
const fs = require("fs");
const [storePath, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);
const calls = [];
global.window = global;
global.APP = { key: "t", opts: scenario.opts || {}, t: { notSaved: "Not saved:",
  loadFailed: "Could not load:", signInAgain: "Sign in again.", err_forbidden: "Not yours." } };
global.localStorage = { getItem: () => null, setItem: () => {} };
global.location = { pathname: "/", href: "/" };
global.document = { querySelector: () => ({ textContent: "" }), createElement: () => ({}),
  body: { append: () => {} } };
global.fetch = async (path, init) => {
  const body = init.body ? JSON.parse(init.body) : undefined;
  calls.push([init.method, path, body]);
  if (init.method === "GET") return { status: 200, ok: true, json: async () => scenario.server };
  const refused = (scenario.refuse || []).some((p) => path.startsWith(p));
  return { status: refused ? 403 : 201, ok: !refused,
    json: async () => (refused ? { code: "forbidden", error: "RLS" } : {}) };
};
eval(fs.readFileSync(storePath, "utf8"));
(async () => {
  await new Promise((r) => setTimeout(r, 10));
  const seen = [];
  window.DB.attach({ reload: () => seen.push("reload"), say: (t) => seen.push(t) });
  const locked = scenario.locked ? window.DB.locked(...scenario.locked) : null;
  for (const [name, change] of scenario.steps) {
    const value = window.DB.load(name, null);
    new Function("v", change)(value);
    window.DB.save(name, value);
  }
  await window.DB.idle();
  console.log(JSON.stringify({ calls: calls.filter((c) => c[0] !== "GET"), seen, locked }));
})();
"""


def run(tmp_path: Path, scenario: dict) -> dict:
    harness = tmp_path / "harness.js"
    harness.write_text(HARNESS)
    out = subprocess.run([NODE or "node", str(harness), str(STORE_JS), json.dumps(scenario)],
                         capture_output=True, text=True, timeout=30, check=True)
    return json.loads(out.stdout)


def server(**stores: tuple[str, list]) -> dict:
    return {"admin": False, "readonly": False,
            "stores": {k: {"table": t, "rows": rows} for k, (t, rows) in stores.items()}}


def test_rows_are_sent_as_their_changes_and_never_for_someone_elses(tmp_path: Path) -> None:
    got = run(tmp_path, {"server": server(rows=("entries", [
        {"id": "a", "name": "Ada", "_locked": False}, {"id": "b", "name": "Bo", "_locked": True},
        {"id": "c", "name": "Cy", "_locked": False}])), "steps": [
        ["rows", "v[0].name = 'Ada L.'; v[1].name = 'mine now'; v.splice(2, 1);"
                 "v.push({ id: 'd', name: 'Dee' });"]]})
    assert got["calls"] == [["PATCH", "/api/data/entries/a", {"id": "a", "name": "Ada L."}],
                            ["POST", "/api/data/entries", {"id": "d", "name": "Dee"}],
                            ["DELETE", "/api/data/entries/c", None]]
    assert "reload" in got["seen"]  # the server's rows are drawn again (Bo's unchanged)


def test_sign_ups_are_rows_of_their_own(tmp_path: Path) -> None:
    rows = [{"id": "r1", "slot_id": "s1", "name": "Noa", "_locked": True},
            {"id": "r2", "slot_id": "s1", "name": "Max", "_locked": False}]
    got = run(tmp_path, {"server": server(signups=("signups", rows)), "locked": ["signups", "s1", 0],
                         "steps": [["signups", "v.s1 = ['Noa', 'Eva']; v.s2 = ['Eva'];"]]})
    assert got["locked"] is True  # Noa's name shows without a remove button
    posts = [c for c in got["calls"] if c[0] == "POST"]
    assert sorted((c[2]["slot_id"], c[2]["name"]) for c in posts) == [("s1", "Eva"), ("s2", "Eva")]
    assert all(len(c[2]["id"]) == 36 for c in posts)
    assert ["DELETE", "/api/data/signups/r2", None] in got["calls"]
    got = run(tmp_path, {"server": server(signups=("signups", rows)),
                         "steps": [["signups", "v.s1 = ['Max'];"]]})
    assert got["calls"] == []  # Noa's name is someone else's: nothing is sent


def test_a_sign_ups_details_go_with_it_and_come_back_only_as_the_server_sends_them(
        tmp_path: Path) -> None:
    """A name with details (a phone) is posted with them, for the route to keep in
    signup_details; the server's rows bring details back only for the person's own sign-ups,
    and the engine gets them as { name, details }, the others as plain names."""
    rows = [{"id": "r1", "slot_id": "s1", "name": "Noa", "_locked": True},
            {"id": "r2", "slot_id": "s1", "name": "Max", "details": "0171 555", "_locked": False}]
    got = run(tmp_path, {"server": server(signups=("signups", rows)), "steps": [[
        "signups", "if (JSON.stringify(v.s1) !== JSON.stringify(['Noa', { name: 'Max', "
                   "details: '0171 555' }])) throw new Error(JSON.stringify(v));"
                   "v.s1.push({ name: 'Eva', details: 'eva@example.com' });"]]})
    (post,) = got["calls"]
    assert post[:2] == ["POST", "/api/data/signups"]
    assert {k: post[2][k] for k in ("slot_id", "name", "details")} == {
        "slot_id": "s1", "name": "Eva", "details": "eva@example.com"}
    got = run(tmp_path, {"server": server(signups=("signups", rows)),
                         "steps": [["signups", "v.s1 = v.s1.slice(0, 1);"]]})
    assert got["calls"] == [["DELETE", "/api/data/signups/r2", None]]


def test_an_order_sends_dishes_and_quantities_only(tmp_path: Path) -> None:
    got = run(tmp_path, {"server": server(orders=("orders", [])), "opts": {"orderFields": [
        {"key": "name"}, {"key": "pickup"}]}, "steps": [["orders", (
            "v.push({ n: 1, name: 'Mia', pickup: '12:30', total: 0.01, lines: ["
            "{ id: 'dish-1', name: 'Margherita', qty: 2, price: 0 }] });")]]})
    assert got["calls"] == [["POST", "/api/orders", {
        "name": "Mia", "pickup": "12:30", "lines": [{"item_id": "dish-1", "quantity": 2}]}]]


def test_a_refusal_is_said_and_the_servers_rows_come_back(tmp_path: Path) -> None:
    got = run(tmp_path, {"server": server(rows=("players", [{"id": "p", "points": 3}])),
                         "refuse": ["/api/data/players/p"],
                         "steps": [["rows", "v[0].points = 99;"]]})
    assert got["calls"] == [["PATCH", "/api/data/players/p", {"id": "p", "points": 99}]]
    assert "Not saved: Not yours." in got["seen"] and "reload" in got["seen"]
