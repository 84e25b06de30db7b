"""A model key kept only until Devora closed (no system keyring): the next start says it is
gone where the provider is named, instead of switching to the offline templates quietly."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from devora_desktop.core.context import AppContext
from tests.ui.conftest import bare_window

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


@pytest.fixture
def next_start(isolated_home: Path):
    """The start after a session whose key was typed without a system keyring; closed after
    the window is shut down (tests/ui/conftest.py's teardown runs before fixtures end)."""
    keyring.set_keyring(fail.Keyring())
    with AppContext.open(isolated_home) as first:  # the session the key was typed in
        first.secrets.set("openrouter", "sk-or-v1-typed-without-keyring-01234", session_only_ok=True)
    ctx = AppContext.open(isolated_home)  # the next start
    yield ctx
    ctx.close()


def test_next_start_says_the_key_typed_last_time_was_not_kept(qtbot, aloop, next_start) -> None:
    w = bare_window(qtbot)
    with qtbot.waitSignal(w.status.provider_changed, timeout=5000) as told:
        w.attach(next_start)
    label, banner = told.args
    assert label == "Offline templates (no AI)"
    assert "the OpenRouter key typed last time was not kept (no system keyring)" in banner
    assert "paste it again in Settings" in banner
    assert w.center.empty.banner.text() == banner and w.center.empty.banner.isVisible()
