from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import KeyringUnavailable
from tests.conftest import all_bytes_under
from tests.keyrings import LockedKeyring, MemoryKeyring, NoBackendKeyring

KEY = "sk-or-v1-4f9c2b7e1d8a6c3b5e0f9a8d7c6b5a4e3d2c1b0a9f8e7d6c"


def test_keys_set_leaves_no_plaintext_anywhere(run_cli, isolated_home: Path) -> None:
    result = run_cli("keys", "set", "openrouter", stdin=KEY + "\n")
    assert result.code == 0, result
    assert KEY not in result.out + result.err
    logging.getLogger("test").warning("request failed with key %s", KEY)
    shown = run_cli("settings", "show")
    assert shown.code == 0
    assert KEY not in shown.out and KEY[-4:] not in shown.out
    assert '"set"' in shown.out
    blob = all_bytes_under(isolated_home)
    assert KEY.encode() not in blob
    assert KEY[8:24].encode() not in blob
    with AppContext.open(isolated_home) as ctx:
        assert ctx.secrets.get("openrouter") == KEY
    listed = run_cli("keys", "list")
    assert "openrouter   set (encrypted)" in listed.out


def test_failing_keyring_refuses_and_writes_nothing(run_cli, isolated_home: Path) -> None:
    for backend in (NoBackendKeyring(), LockedKeyring()):
        keyring.set_keyring(backend)
        result = run_cli("keys", "set", "openai", stdin=KEY + "\n")
        assert result.code == 1
        assert "keyring" in result.err and "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1
        assert KEY.encode() not in all_bytes_under(isolated_home)


def test_session_only_when_keyring_missing(ctx: AppContext) -> None:
    keyring.set_keyring(NoBackendKeyring())
    assert not ctx.secrets.available
    assert "no keyring backend" in (ctx.secrets.unavailable_reason or "")
    with pytest.raises(KeyringUnavailable):
        ctx.secrets.set("openai", KEY)
    assert ctx.secrets.set("openai", KEY, session_only_ok=True) is False
    assert ctx.secrets.get("openai") == KEY
    assert KEY.encode() not in all_bytes_under(ctx.paths.root)


def test_remove_key(run_cli) -> None:
    run_cli("keys", "set", "vercel", stdin="tok_123456789\n")
    assert "Removed" in run_cli("keys", "remove", "vercel").out
    assert "vercel       not set" in run_cli("keys", "list").out


def test_log_redaction() -> None:
    from devora_desktop.core.logs import redact, register_secret

    register_secret("my-very-secret-value")
    assert redact("key=my-very-secret-value!") == "key=[REDACTED]!"
    assert "abcdef" not in redact("Authorization: Bearer abcdef1234567890")


def test_no_keyring_key_is_said_lost_at_the_next_start(isolated_home: Path) -> None:
    """keyring's own fail backend (what a machine without Secret Service/KWallet has): the
    key typed lives only until Devora closes, the line says so with a way forward, and the
    next start knows it is gone instead of quietly running without it."""
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with AppContext.open(isolated_home) as ctx:
        assert ctx.secrets.set("openrouter", KEY, session_only_ok=True) is False
        assert ctx.secrets.session_only("openrouter") and not ctx.secrets.lost("openrouter")
        line = ctx.secrets.not_kept("The OpenRouter key is")
        assert line.startswith("The OpenRouter key is kept only until Devora closes, not saved")
        assert "gnome-keyring" in line and "DEVORA_API_KEY" in line and "\n" not in line
    assert KEY.encode() not in all_bytes_under(isolated_home)
    with AppContext.open(isolated_home) as ctx:
        assert ctx.secrets.get("openrouter") is None
        assert not ctx.secrets.session_only("openrouter")
        assert ctx.secrets.lost("openrouter")
        assert not ctx.secrets.lost("openai")  # only the key that was typed
        assert ctx.secrets.names() == []
    keyring.set_keyring(MemoryKeyring())  # a keyring now: stored, and no longer "lost"
    with AppContext.open(isolated_home) as ctx:
        assert ctx.secrets.set("openrouter", KEY) is True
        assert not ctx.secrets.lost("openrouter")


def test_cli_without_keyring_says_nothing_was_saved_and_the_way_forward(
        run_cli, isolated_home: Path) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    result = run_cli("keys", "set", "openrouter", stdin=KEY + "\n")
    assert result.code == 1
    err = result.err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "the openrouter key was not saved" in err
    assert "gnome-keyring" in err and "DEVORA_API_KEY" in err
    assert "kept" not in err  # a command keeps nothing once it ends
    assert "openrouter   not set" in run_cli("keys", "list").out


def test_keys_delete_removes_a_stored_key(run_cli) -> None:
    run_cli("keys", "set", "openrouter", stdin=KEY + "\n")
    assert "Removed the openrouter key." in run_cli("keys", "delete", "openrouter").out
    assert "openrouter   not set" in run_cli("keys", "list").out
    assert "No openrouter key was stored." in run_cli("keys", "delete", "openrouter").out
