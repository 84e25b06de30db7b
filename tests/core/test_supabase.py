"""Connect Supabase (core/supabase.py): what is accepted and refused, what .env.local holds,
that it never reaches a version, a Restore, a failed run's rollback or an export, and the
connection test against the loopback Supabase fake."""

from __future__ import annotations

import asyncio
import stat
import zipfile
from pathlib import Path

import jwt
import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.file_gate import FileGate
from devora_desktop.agents.protocol import FileBlock
from devora_desktop.core import supabase
from devora_desktop.core.export import plan_export
from devora_desktop.core.export.local import export_zip
from devora_desktop.core.supabase import SupabaseError
from devora_desktop.core.workspace import Workspace
from tests.fakes.base import free_port
from tests.fakes.supabase_server import FakeSupabase

ANON = jwt.encode({"iss": "supabase", "ref": "abcdefghijklmnop", "role": "anon"}, "s" * 32)
SERVICE = jwt.encode({"iss": "supabase", "ref": "abcdefghijklmnop", "role": "service_role"},
                     "s" * 32)
PUBLISHABLE = "sb_publishable_4Yq3xJ0cQ9fZ2mN7pR1sTw_abcDEF12"
URL = "https://abcdefghijklmnop.supabase.co"


def fullstack(root: Path) -> Workspace:
    ws = Workspace(root)
    for rel, text in templates.all_files("todo", "fullstack", "Task Garden").items():
        ws.write_file(rel, text)
    ws.commit("v1")
    return ws


# ---- what is accepted ------------------------------------------------------------------------
@pytest.mark.parametrize("raw, want", [
    (URL, URL), (URL + "/", URL), (URL + "/rest/v1/", URL), ("abcdefghijklmnop.supabase.co", URL),
    ("  " + URL.upper().replace("HTTPS", "https") + "  ", URL),
    ("http://127.0.0.1:54321", "http://127.0.0.1:54321"),
    ("http://localhost:54321/", "http://localhost:54321"),
    ("http://[::1]:54321", "http://[::1]:54321"),
])
def test_project_urls_accepted(raw: str, want: str) -> None:
    assert supabase.check_url(raw) == want


@pytest.mark.parametrize("raw, why", [
    ("", "empty"), ("http://abcdefghijklmnop.supabase.co", "not https"),
    ("https://evil.example.com", "not a Supabase project URL"),
    ("https://abcdefghijklmnop.supabase.co.evil.example", "not a Supabase project URL"),
    ("https://abcdefghijklmnop.supabase.co/dashboard", "more than a project URL"),
    ("https://user:pw@abcdefghijklmnop.supabase.co", "more than a project URL"),
    ("ftp://127.0.0.1:54321", "not an http"),
    ("http://10.0.0.5:54321", "not https"),
])
def test_other_urls_refused(raw: str, why: str) -> None:
    with pytest.raises(SupabaseError, match=why):
        supabase.check_url(raw)


def test_keys_a_browser_may_hold_are_accepted() -> None:
    assert supabase.check_key(ANON) == "anon key"
    assert supabase.check_key(f"  {PUBLISHABLE}\n") == "publishable key"


@pytest.mark.parametrize("key", [SERVICE, "sb_secret_" + "x1" * 16])
def test_service_role_and_secret_keys_are_refused_with_why(key: str) -> None:
    with pytest.raises(SupabaseError) as err:
        supabase.check_key(key)
    line = err.value.one_line()
    assert "bypasses row-level security" in line and "browser app must never hold it" in line
    assert "\n" not in line


@pytest.mark.parametrize("key, why", [
    ("", "empty"), ("hello", "does not look like a Supabase anon key"),
    (jwt.encode({"role": "authenticated"}, "s" * 32), "'authenticated', not anon"),
    ("sb_publishable_x", "cut short"), (ANON[:40] + " " + ANON[40:], "spaces"),
])
def test_other_keys_refused(key: str, why: str) -> None:
    with pytest.raises(SupabaseError, match=why):
        supabase.check_key(key)


# ---- which variables ---------------------------------------------------------------------------
def test_names_come_from_the_templates_env_example(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    names = supabase.env_names(ws.root)
    assert names.url == ("SUPABASE_URL",) and names.key == ("SUPABASE_ANON_KEY",)
    assert supabase.uses_supabase(ws.root)


def test_names_from_the_code_when_there_is_no_example(tmp_path: Path) -> None:
    """An AI-written app that reads NEXT_PUBLIC_ names (and a service-role key on the server)
    gets exactly its public names, never the service role's."""
    ws = Workspace(tmp_path / "p")
    ws.write_file("lib/supabase.ts", "createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, "
                  "process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)\n"
                  "admin(process.env.SUPABASE_SERVICE_ROLE_KEY)\n")
    names = supabase.env_names(ws.root)
    assert names.all == ("NEXT_PUBLIC_SUPABASE_URL", "NEXT_PUBLIC_SUPABASE_ANON_KEY")


def test_store_template_lists_what_devora_does_not_set(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    for rel, text in templates.all_files("store", "fullstack", "Shop").items():
        ws.write_file(rel, text)
    others = supabase.other_names(ws.root)
    assert "STRIPE_SECRET_KEY" in others and "SUPABASE_SERVICE_ROLE_KEY" in others
    assert "SUPABASE_ANON_KEY" not in others


# ---- .env.local ------------------------------------------------------------------------------
def test_connect_writes_env_local_privately_and_keeps_other_lines(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    env = ws.root / ".env.local"
    env.write_text("STRIPE_SECRET_KEY=sk_test_keep\nSUPABASE_URL=https://old.supabase.co\n"
                   "SUPABASE_URL=https://older.supabase.co\n")
    conn = supabase.connect(ws.root, URL + "/", ANON)
    text = env.read_text()
    assert "STRIPE_SECRET_KEY=sk_test_keep" in text
    assert text.count("SUPABASE_URL=") == 1 and f"SUPABASE_URL={URL}\n" in text
    assert f"SUPABASE_ANON_KEY={ANON}\n" in text
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    assert supabase.read_connection(ws.root) == conn
    assert conn.env() == {"SUPABASE_URL": URL, "SUPABASE_ANON_KEY": ANON}


def test_connect_refuses_before_writing(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    with pytest.raises(SupabaseError, match="service_role"):
        supabase.connect(ws.root, URL, SERVICE)
    assert not (ws.root / ".env.local").exists()
    assert supabase.read_connection(ws.root) is None


def test_a_connect_ending_after_the_delete_makes_no_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog connects off the Qt thread (the connection is tested first): one that
    wrote .env.local after the project had gone to the trash made its folder again, and
    Undo delete refused ("… is in its place")."""
    ws = fullstack(tmp_path / "p")
    read = supabase._read_env

    def read_then_deleted(root: Path) -> list[str]:
        lines = read(root)
        root.rename(tmp_path / "trash")  # the delete lands between the read and the write
        return lines

    monkeypatch.setattr(supabase, "_read_env", read_then_deleted)
    with pytest.raises(SupabaseError, match="is gone"):
        supabase.connect(ws.root, URL, ANON)
    assert not ws.root.exists()


def test_gitignore_made_to_cover_env_local_once(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "p")
    ws.write_file(".env.example", "SUPABASE_URL=\nSUPABASE_ANON_KEY=\n")
    ws.write_file(".gitignore", "node_modules/")
    supabase.connect(ws.root, URL, ANON)
    assert (ws.root / ".gitignore").read_text() == "node_modules/\n.env*.local\n"
    supabase.connect(ws.root, URL, PUBLISHABLE)
    assert (ws.root / ".gitignore").read_text() == "node_modules/\n.env*.local\n"
    template = fullstack(tmp_path / "q")  # its .gitignore already says .env*.local
    before = (template.root / ".gitignore").read_text()
    supabase.connect(template.root, URL, ANON)
    assert (template.root / ".gitignore").read_text() == before


def test_env_local_through_a_link_is_refused(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    outside = tmp_path / "outside.txt"
    outside.write_text("mine\n")
    (ws.root / ".env.local").symlink_to(outside)
    with pytest.raises(Exception, match="symbolic link"):
        supabase.connect(ws.root, URL, ANON)
    assert outside.read_text() == "mine\n"


def test_disconnect_keeps_other_lines(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    (ws.root / ".env.local").write_text("OTHER=1\n")
    supabase.connect(ws.root, URL, ANON)
    assert supabase.disconnect(ws.root)
    assert (ws.root / ".env.local").read_text() == "OTHER=1\n"
    assert supabase.read_connection(ws.root) is None and not supabase.disconnect(ws.root)


# ---- never versioned, rolled back or exported -------------------------------------------------
def test_env_local_is_never_in_a_version_and_survives_restore_and_rollback(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    first = ws.head()
    supabase.connect(ws.root, URL, ANON)
    assert ".env.local" not in ws.list_files()
    ws.write_file("app/page.tsx", "export default function P() { return null; }\n")
    second = ws.commit("v2")
    assert second is not None
    assert all(".env.local" not in ws.files_at(v.id) for v in ws.history())
    assert ANON.encode() not in b"".join(ws.files_at(second).values())
    ws.write_file("app/extra.tsx", "x")
    ws.reset_to_head()  # a failed run's rollback
    ws.restore(first)   # History › Restore
    assert supabase.read_connection(ws.root) is not None


def test_zip_export_of_a_connected_project_holds_no_env_local(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    supabase.connect(ws.root, URL, ANON)
    plan = plan_export(ws)
    assert ".env.example" in plan.files and ".env.local" not in plan.files
    out = export_zip(plan, tmp_path / "p.zip", prefix="p/")
    with zipfile.ZipFile(out) as zf:
        assert not any(n.endswith(".env.local") for n in zf.namelist())
        assert all(ANON.encode() not in zf.read(n) for n in zf.namelist())


def test_agents_cannot_overwrite_the_connection(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    supabase.connect(ws.root, URL, ANON)
    events: list = []
    gate = FileGate(ws, events.append, 10)
    ok = asyncio.run(gate.write("frontend", FileBlock(".env.local", "SUPABASE_URL=\n")))
    assert not ok and "own keys" in events[-1].reason
    assert supabase.read_connection(ws.root).key == ANON


# ---- deploy and dev server ------------------------------------------------------------------
def test_deploy_env_is_the_connection_and_never_a_hand_edited_secret(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    assert supabase.deploy_env(ws.root) == {}
    supabase.connect(ws.root, URL, ANON)
    (ws.root / ".env.local").write_text((ws.root / ".env.local").read_text()
                                        + "STRIPE_SECRET_KEY=sk_test_x\n")
    assert supabase.deploy_env(ws.root) == {"SUPABASE_URL": URL, "SUPABASE_ANON_KEY": ANON}
    assert supabase.dev_server_remote(ws.root) == ("abcdefghijklmnop.supabase.co", 443)
    (ws.root / ".env.local").write_text(f"SUPABASE_URL={URL}\nSUPABASE_ANON_KEY={SERVICE}\n")
    assert supabase.deploy_env(ws.root) == {}


def test_local_supabase_port_for_the_dev_server(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    supabase.connect(ws.root, "http://127.0.0.1:54321", ANON)
    assert supabase.dev_server_remote(ws.root) == ("127.0.0.1", 54321)


# ---- the connection test ----------------------------------------------------------------------
@pytest.fixture
def fake():
    server = FakeSupabase(anon_key=ANON)
    yield server
    server.stop()


def test_connection_test_against_the_fake(fake: FakeSupabase) -> None:
    said = asyncio.run(supabase.test_connection(fake.url, ANON, tables=["tasks"]))
    assert said == "the key works; the tables are there"
    assert ("GET", "/auth/v1/settings", "anon") in fake.requests


def test_connection_test_says_what_is_wrong(fake: FakeSupabase) -> None:
    other = jwt.encode({"iss": "supabase", "ref": "other", "role": "anon"}, "t" * 32)
    with pytest.raises(SupabaseError, match="refused this key"):
        asyncio.run(supabase.test_connection(fake.url, other))
    fake.missing_tables.add("tasks")
    fake.disable_signup = True
    said = asyncio.run(supabase.test_connection(fake.url, ANON, tables=["tasks"]))
    assert "sign-ups are turned off" in said and "run the SQL in supabase/migrations/" in said
    with pytest.raises(SupabaseError, match="could not reach"):
        asyncio.run(supabase.test_connection(f"http://127.0.0.1:{free_port()}", ANON))


def test_migration_tables_of_the_template(tmp_path: Path) -> None:
    ws = fullstack(tmp_path / "p")
    assert supabase.migration_tables(ws.root)[:1] == ["tasks"]


def test_a_legacy_versioned_env_local_stops_being_versioned(tmp_path: Path) -> None:
    """A project whose .env.local was versioned before it was kept out (an agent wrote a
    placeholder): connecting never puts the key in a version, and a Restore of that old
    version never overwrites the connection."""
    from dulwich.repo import Repo

    ws = fullstack(tmp_path / "p")
    (ws.root / ".env.local").write_text("SUPABASE_URL=\nSUPABASE_ANON_KEY=\n")
    with Repo(str(ws.root)) as repo:  # staged as the workspace did before (ignore or not)
        tree = repo.get_worktree()
        tree.stage([".env.local"])
        old = tree.commit(message=b"v2 (old rules)", author=b"Devora <devora@localhost>",
                          committer=b"Devora <devora@localhost>").decode()
    assert ".env.local" in ws.files_at(old)
    supabase.connect(ws.root, URL, ANON)
    ws.write_file("app/extra.tsx", "export const x = 1;\n")
    newest = ws.commit("v3")
    assert newest is not None and ".env.local" not in ws.files_at(newest)
    assert ANON.encode() not in b"".join(ws.files_at(newest).values())
    ws.restore(old)
    assert supabase.read_connection(ws.root).key == ANON
    assert all(ANON.encode() not in b"".join(ws.files_at(v.id).values()) for v in ws.history())
