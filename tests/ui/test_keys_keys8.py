"""A model key kept only until Devora closed (no system keyring): the next start says it is
gone where the provider is named, instead of switching to the offline templates quietly."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from devora_desktop.core.context import AppContext


def test_next_start_says_the_key_typed_last_time_was_not_kept(qtbot, aloop,
                                                              isolated_home: Path) -> None:
    from devora_desktop.ui.main_window import MainWindow

    keyring.set_keyring(fail.Keyring())
    with AppContext.open(isolated_home) as first:  # the session the key was typed in
        first.secrets.set("openrouter", "sk-or-v1-typed-without-keyring-01234", session_only_ok=True)

    ctx = AppContext.open(isolated_home)  # the next start
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        with qtbot.waitActive(w):
            w.show()
        with qtbot.waitSignal(w.status.provider_changed, timeout=5000) as told:
            w.attach(ctx)
        label, banner = told.args
        assert label == "Offline templates (no AI)"
        assert "the OpenRouter key typed last time was not kept (no system keyring)" in banner
        assert "paste it again in Settings" in banner
        assert w.center.empty.banner.text() == banner and w.center.empty.banner.isVisible()
        w.close()
    finally:
        ctx.close()
