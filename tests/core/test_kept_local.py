"""A person's secret files in a project Devora made (``.env``, ``.env.production``, a key):
kept on this computer as in an opened folder — never in a version, never in what the agents
are sent, never overwritten by an agent or a Restore."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from devora_desktop.agents.file_gate import FileGate
from devora_desktop.agents.project_context import context_note
from devora_desktop.agents.protocol import FileBlock
from devora_desktop.core.workspace import Workspace

SECRETS = {".env": "DB_PASSWORD=hunter2-plain-words\n",
           ".env.production": "API_TOKEN=prod-token-in-words\n",
           "deploy/id_rsa": "not really a key, but named like one\n"}


def _made(root: Path) -> tuple[Workspace, str]:
    ws = Workspace(root)
    ws.write_file("index.html", "<h1>Hi</h1>\n")
    first = ws.commit("v1")
    assert first is not None
    return ws, first


def test_a_persons_env_file_is_never_versioned_nor_sent_to_the_agents(tmp_path: Path) -> None:
    """The person adds .env by hand after a run: the next run's "Edits made outside Devora"
    version held it, and the diff of their edits that every agent is sent carried its
    values (plain passwords pass the secret detector's redaction)."""
    ws, first = _made(tmp_path / "p")
    for rel, text in SECRETS.items():
        (ws.root / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws.root / rel).write_text(text)
    (ws.root / "notes.txt").write_text("my own note\n")
    note = context_note(ws, first)
    assert "my own note" in note  # the person's other edits still go
    assert not any(text.strip() in note for text in SECRETS.values()), note
    assert not set(SECRETS) & set(ws.list_files())
    second = ws.commit("Edits made outside Devora")
    assert second is not None and "notes.txt" in ws.files_at(second)
    assert not set(SECRETS) & set(ws.files_at(second))
    ws.restore(first)  # History › Restore keeps them as they are
    assert all((ws.root / rel).read_text() == text for rel, text in SECRETS.items())


@pytest.mark.parametrize("rel", [".env", ".env.production", "config/.npmrc", "keys/server.pem"])
def test_agents_cannot_write_a_secrets_file(tmp_path: Path, rel: str) -> None:
    ws, _ = _made(tmp_path / "p")
    events: list = []
    gate = FileGate(ws, events.append, 10)
    assert not asyncio.run(gate.write("frontend", FileBlock(rel, "X=1\n")))
    assert events[-1].path == rel
    assert ("Devora never writes one" in events[-1].reason
            or "write .env.example instead" in events[-1].reason)
    assert not (ws.root / rel).exists()
    assert asyncio.run(gate.write("frontend", FileBlock(".env.example", "X=\n")))


def test_a_value_from_the_persons_env_files_never_reaches_a_model(tmp_path: Path) -> None:
    """Code can read .env and print it (a dev server's error line, a test's output) and that
    text goes to the agents ("Ask the agents to fix this"): the secret detector let a plain
    password through. The values of the project's .env files are replaced wherever they turn
    up, and put back when a model echoes the placeholder into a file it rewrites."""
    from devora_desktop.core.egress import keep_local_values, redact_messages, restore_redacted

    ws, _ = _made(tmp_path / "p")
    (ws.root / ".env").write_text('DB_PASSWORD="hunter2-plain-words"\nPORT=3000\n'
                                  "SITE_URL=https://example.com\n")
    (ws.root / "app").mkdir()
    (ws.root / "app" / ".env.production.local").write_text("API_TOKEN=prod-token-in-words\n")
    keep_local_values(ws.root)
    said = ("Error: password authentication failed for hunter2-plain-words at "
            "https://example.com:3000 (token prod-token-in-words)")
    sent = redact_messages([{"role": "user", "content": said}])[0]["content"]
    assert "hunter2-plain-words" not in sent and "prod-token-in-words" not in sent
    assert "https://example.com:3000" in sent  # a port or a site's address is no secret
    old = "const db = 'hunter2-plain-words';\n"
    echoed = redact_messages([{"role": "user", "content": old}])[0]["content"]
    assert restore_redacted(echoed.replace("db", "database"), old) == \
        "const database = 'hunter2-plain-words';\n"


def test_a_value_with_a_comment_after_it_is_still_hidden(tmp_path: Path) -> None:
    """``DB_PASSWORD=hunter2-plain-words # prod``: the value is what dotenv loaders read (up
    to `` #``), so that is what a dev server prints; learning the whole line hid nothing."""
    from devora_desktop.core.egress import keep_local_values, redact_messages

    ws, _ = _made(tmp_path / "p")
    (ws.root / ".env").write_text("DB_PASSWORD=hunter2-plain-words # prod\n"
                                  "API_TOKEN='quoted-token-words' # staging\n")
    keep_local_values(ws.root)
    said = "auth failed for hunter2-plain-words with quoted-token-words"
    sent = redact_messages([{"role": "user", "content": said}])[0]["content"]
    assert "hunter2-plain-words" not in sent and "quoted-token-words" not in sent, sent


@pytest.mark.parametrize("rel", ["app.js~", "lib/admin.js~", "4913", "#x.js#", "src/.page.js.swp"])
def test_agents_cannot_write_an_editor_temp_file(tmp_path: Path, rel: str) -> None:
    """A name the project never lists (an editor's backup or swap file) is a file the
    validators, versions and export never see: a model's code there would run unchecked
    (a dev server's require('./x.js~'))."""
    ws, _ = _made(tmp_path / "p")
    events: list = []
    gate = FileGate(ws, events.append, 10)
    assert not asyncio.run(gate.write("frontend", FileBlock(rel, "alert(1)\n")))
    assert events[-1].path == rel and "editor's temporary file" in events[-1].reason
    assert not (ws.root / rel).exists()
