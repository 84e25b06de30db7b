"""Settings driven as a user: typing into fields, clicking Save / Test / Sign in."""

from __future__ import annotations

import asyncio

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.agents.conftest import block
from tests.conftest import all_bytes_under
from tests.keyrings import NoBackendKeyring
from tests.ui.drive import click_until_idle, pick, retype, save, show_tab


@pytest.fixture
def open_dialog(ctx, qtbot, aloop):
    from devora_desktop.ui.settings_dialog import SettingsDialog

    def make(**kw) -> SettingsDialog:
        d = SettingsDialog(ctx, {}, **kw)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def test_openai_compatible_endpoint_runs_its_own_default_model(ctx, qtbot, open_dialog,
                                                               fake_llm) -> None:
    """Item 7: the model typed for the OpenAI-compatible endpoint is the one requested."""
    d = open_dialog()
    pick(qtbot, d.provider, "OpenAI")
    retype(qtbot, d.base_url, fake_llm.url)
    retype(qtbot, d.models["openai"], "fake/small")
    qtbot.keyClicks(d.openai_key, "sk-local-endpoint-0000")
    save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    assert ctx.settings.providers["openai"].default_model == "fake/small"
    assert ctx.settings.providers["openrouter"].default_model == "anthropic/claude-sonnet-4.5"

    from devora_desktop.agents.launch import start_run
    from devora_desktop.core.models import Mode

    fake_llm.set("quick", block("index.html", "<h1>hi</h1>"))

    async def run() -> None:
        async with start_run(ctx, "a page", Mode.QUICK) as (run, _choice):
            async for _ev in run:
                pass

    task = asyncio.ensure_future(run())
    qtbot.waitUntil(task.done, timeout=15000)
    task.result()
    models = {r["body"]["model"] for r in fake_llm.requests}
    assert models == {"fake/small"}
    assert fake_llm.requests[0]["headers"]["Authorization"] == "Bearer sk-local-endpoint-0000"


def test_test_connection_uses_the_typed_values(qtbot, open_dialog, fake_llm) -> None:
    d = open_dialog()
    pick(qtbot, d.provider, "OpenAI")
    retype(qtbot, d.base_url, fake_llm.url)
    retype(qtbot, d.models["openai"], "fake/model")
    qtbot.keyClicks(d.openai_key, "sk-typed-not-saved-1111")
    click_until_idle(qtbot, d, d.test_button)
    assert d.test_result.text().startswith("Connected"), d.test_result.text()
    sent = fake_llm.requests[-1]
    assert sent["body"]["model"] == "fake/model" and sent["body"]["max_tokens"] == 1
    assert sent["headers"]["Authorization"] == "Bearer sk-typed-not-saved-1111"
    # a server that streams on past max_tokens (walk23 #11: 'Testing…' for 11.6 s): its first
    # word answers the test (draining this one takes 40 s, past click_until_idle's 15)
    fake_llm.set("quick", {"text": "OK" + " and more" * 2000, "latency": 0.01})
    click_until_idle(qtbot, d, d.test_button)
    assert d.test_result.text().startswith("Connected"), d.test_result.text()
    # a server that is down: one line with a way forward, at once (no retry storm)
    from tests.fakes.base import free_port

    retype(qtbot, d.base_url, f"http://127.0.0.1:{free_port()}/v1")
    click_until_idle(qtbot, d, d.test_button)
    text = d.test_result.text()
    assert "could not reach" in text and "Traceback" not in text and "\n" not in text


def test_automatic_tests_the_openrouter_key_just_typed(ctx, qtbot, open_dialog,
                                                       fake_llm) -> None:
    """walk5 #20: with Provider "Automatic" and a key pasted (not saved), Test connection
    said "Offline templates need no connection" and never tried the key."""
    settings = ctx.settings.model_copy(deep=True)
    settings.providers["openrouter"].base_url = fake_llm.url  # OpenRouter, at loopback
    ctx.save_settings(settings)
    d = open_dialog()
    assert d.provider.currentData() == "automatic"
    click_until_idle(qtbot, d, d.test_button)  # nothing typed: offline, as before
    assert d.test_result.text().startswith("Offline templates need no connection")
    assert fake_llm.requests == []
    d.openrouter_key.setFocus()
    qtbot.keyClicks(d.openrouter_key, "sk-or-v1-typed-not-saved-2222")
    click_until_idle(qtbot, d, d.test_button)
    assert d.test_result.text().startswith("Connected"), d.test_result.text()
    assert "OpenRouter" in d.test_result.text()
    sent = fake_llm.requests[-1]
    assert sent["headers"]["Authorization"] == "Bearer sk-or-v1-typed-not-saved-2222"
    assert sent["body"]["max_tokens"] == 1


def test_per_agent_models_show_a_lock_on_free(ctx, qtbot, open_dialog) -> None:
    d = open_dialog()
    assert not d.tabs.tabIcon(1).isNull() and d.tabs.tabText(1) == "Agents"
    show_tab(qtbot, d.tabs, "Agents")
    assert all(not e.isEnabled() for e in d.agent_models.values())
    assert d.agent_lock.pixmap() is not None and not d.agent_lock.pixmap().isNull()
    assert "Pro" in d.agent_lock_note.text() and "License" in d.agent_lock_note.text()
    assert d.agent_lock_note.isVisible()


def test_per_agent_models_editable_on_pro(ctx, qtbot, open_dialog) -> None:
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    d = open_dialog()
    assert d.agent_lock_note.text() == "" and d.tabs.tabIcon(1).isNull()
    show_tab(qtbot, d.tabs, "Agents")
    qtbot.keyClicks(d.agent_models["reviewer"], "fake/small")
    save(qtbot, d)
    assert ctx.settings.agent_models == {"reviewer": "fake/small"}


def test_agents_list_the_models_of_the_provider_typed_before_saving(ctx, qtbot, open_dialog,
                                                                    fake_llm) -> None:
    """walk13 #22: Agents listed OpenRouter's stock ids and the offline "templates" until
    the Models page was saved and Settings opened again."""
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    d = open_dialog()
    reviewer = d.agent_models["reviewer"]
    offered = lambda: [reviewer.itemText(i) for i in range(reviewer.count())]  # noqa: E731
    qtbot.waitUntil(lambda: bool(offered()) and "Looking" not in d.agent_models_note.text())
    assert "templates" not in offered()  # nothing set up: the models Devora knows
    pick(qtbot, d.provider, "OpenAI")
    retype(qtbot, d.base_url, fake_llm.url)
    qtbot.keyClick(d.base_url, Qt.Key.Key_Tab)
    show_tab(qtbot, d.tabs, "Agents")
    listed = ["anthropic/claude-fake", "fake/free", "fake/model", "fake/small"]  # the server's
    qtbot.waitUntil(lambda: offered() == listed)
    assert d.agent_models_note.text().startswith("4 models OpenAI-compatible lists")
    assert ctx.settings.default_provider is None  # nothing saved


def test_model_key_budget_and_preferences_are_saved_the_key_as_ciphertext_only(
        ctx, qtbot, open_dialog) -> None:
    key = "sk-or-v1-settings-dialog-secret-0123456789"
    d = open_dialog()
    d.openrouter_key.setFocus()
    qtbot.keyClicks(d.openrouter_key, key)
    show_tab(qtbot, d.tabs, "Runs")
    retype(qtbot, d.budget, "0.75")
    d.preferences.setFocus()
    qtbot.keyClicks(d.preferences, "Always use TypeScript")
    assert save(qtbot, d) == "Settings saved."
    assert ctx.secrets.get("openrouter") == key
    assert ctx.settings.budget_usd == 0.75
    assert ctx.settings.preferences == ["Always use TypeScript"]
    assert key.encode() not in all_bytes_under(ctx.paths.root)


def test_a_budget_under_a_cent_is_kept_as_typed(ctx, qtbot, open_dialog) -> None:
    """walk10 #5: "0.003" in Budget per run showed "0.00" and, once the field was left, "no
    cap": a small cap became none. It reads and is saved as typed; whole cents read as
    before."""
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Runs")
    retype(qtbot, d.budget, "0.003")
    qtbot.keyClick(d.budget, Qt.Key.Key_Tab)
    assert d.budget.text() == "0.003"
    assert save(qtbot, d) == "Settings saved."
    assert ctx.settings.budget_usd == 0.003
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Runs")
    assert d.budget.text() == "0.003"
    retype(qtbot, d.budget, "0.5")
    assert save(qtbot, d) == "Settings saved."
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Runs")
    assert d.budget.text() == "0.50"


def test_github_and_vercel_tokens_are_stored_encrypted(ctx, qtbot, open_dialog) -> None:
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Accounts")
    gh, vc = "ghp_" + "k" * 36, "vercel-token-abcdefghijklmnop"
    qtbot.keyClicks(d.github_token, gh)
    qtbot.keyClicks(d.vercel_token, vc)
    assert save(qtbot, d) == "Settings saved."
    assert ctx.secrets.get("github") == gh and ctx.secrets.get("vercel") == vc
    blob = all_bytes_under(ctx.paths.root)
    assert gh.encode() not in blob and vc.encode() not in blob


def test_github_device_flow_sign_in_and_cancel(ctx, qtbot, open_dialog) -> None:
    from tests.fakes.github_server import FakeGitHub

    s = ctx.settings.model_copy(deep=True)
    s.github_client_id = "Iv1.test"
    ctx.save_settings(s)
    gh = FakeGitHub()
    try:
        gh.device_script = [{"error": "authorization_pending"}, {"access_token": "gho_signed"}]
        d = open_dialog(github_oauth_url=gh.url)
        show_tab(qtbot, d.tabs, "Accounts")
        assert d.sign_in.isEnabled()
        click_until_idle(qtbot, d, d.sign_in)
        assert ctx.secrets.get("github") == "gho_signed"
        assert d.sign_in_note.text() == "Signed in to GitHub."

        ctx.secrets.delete("github")
        gh.device_script = [{"error": "authorization_pending"}] * 100000
        qtbot.mouseClick(d.sign_in, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "WXYZ-1234" in d.sign_in_note.text())
        assert d.sign_in.text() == "Cancel sign-in"
        with qtbot.waitSignal(d.busy_changed, check_params_cb=lambda busy: not busy):
            qtbot.mouseClick(d.sign_in, Qt.MouseButton.LeftButton)
        assert d.sign_in_note.text() == "Sign-in cancelled."
        assert ctx.secrets.get("github") is None
    finally:
        gh.stop()


def test_sign_in_without_an_oauth_app_is_not_offered(qtbot, open_dialog) -> None:
    """Walk4 #19: a disabled "Sign in with GitHub…" beside a config key (github_client_id)
    faced a paying user; without an OAuth app there is no button, and the token field says
    what to paste."""
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Accounts")
    assert d.github_token.isVisible()
    assert not d.sign_in.isVisible() and not d.sign_in_note.isVisible()
    assert "repo scope" in d.github_token.toolTip()


def test_no_keyring_save_stays_open_and_says_the_key_dies_with_devora(
        qtbot, aloop, isolated_home) -> None:
    """walk8 #9b: with no keyring, Save said "stored — type to replace" and closed; the key
    was gone at the next start. Now the dialog stays open with one line and a way forward,
    the field never says "stored", and the next start says the key is gone."""
    from keyring.backends import fail

    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.settings_dialog import SettingsDialog

    def open_settings(ctx: AppContext) -> SettingsDialog:
        d = SettingsDialog(ctx, {})
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    keyring.set_keyring(fail.Keyring())
    with AppContext.open(isolated_home) as ctx:
        d = open_settings(ctx)
        qtbot.waitUntil(d.keyring_note.isVisible, timeout=5000)  # said before a key is typed
        assert d.keyring_note.text().startswith("Keys typed here are kept only until Devora "
                                                "closes, not saved")
        qtbot.keyClicks(d.openrouter_key, "sk-or-v1-session-only-0123456789")
        message = save(qtbot, d)
        assert d.isVisible(), "the line must be read where the key was typed"
        line = d.status.text()
        assert line.startswith("The OpenRouter key is kept only until Devora closes, not saved")
        assert "no keyring backend" in line and "gnome-keyring" in line
        assert "DEVORA_API_KEY" in line and "\n" not in line and line in message
        assert "stored" not in d.openrouter_key.placeholderText()
        assert "until Devora closes" in d.openrouter_key.placeholderText()
        assert ctx.secrets.get("openrouter") == "sk-or-v1-session-only-0123456789"
        assert d.cancel_button.text() == "Close"
        qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not d.isVisible())
    assert b"sk-or-v1-session-only" not in all_bytes_under(isolated_home)

    with AppContext.open(isolated_home) as later:  # the next start
        again = open_settings(later)
        shown = again.openrouter_key.placeholderText()
        assert "stored" not in shown and "paste it again" in shown, shown
        forget = again.remove_buttons["openrouter"]  # stop being told about it
        assert forget.isVisible()
        qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
        assert again.openrouter_key.placeholderText() == "sk-or-…"
        assert not forget.isVisible() and not later.secrets.lost("openrouter")
        again.close()


def test_no_keyring_save_closes_with_one_line(ctx, qtbot, open_dialog) -> None:
    """keyring's own "no backend" case (the test above uses its failing backend). Save no
    longer closes at once (walk8 #9b: the line went unread and the key died with Devora): it
    says one line, once, and the dialog closes when the person has read it and clicks Close;
    the key serves this session."""
    keyring.set_keyring(NoBackendKeyring())
    d = open_dialog()
    qtbot.keyClicks(d.openrouter_key, "sk-or-v1-session-only-0123456789")
    message = save(qtbot, d)
    line = d.status.text()
    assert line in message and "\n" not in line, message
    assert message.count("kept only until Devora closes") == 1
    assert "no keyring backend" in line
    assert ctx.secrets.get("openrouter") == "sk-or-v1-session-only-0123456789"
    qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.isVisible())


def test_remove_forgets_a_stored_key(ctx, qtbot, open_dialog) -> None:
    ctx.secrets.set("openrouter", "sk-or-v1-to-be-removed-0123456789")
    d = open_dialog()
    qtbot.waitUntil(d.keyring_task.done, timeout=5000)
    assert not d.keyring_note.isVisible()  # a working keyring: nothing to warn about
    assert d.openrouter_key.placeholderText() == "stored — type to replace"
    remove = d.remove_buttons["openrouter"]
    assert remove.isVisible() and not d.remove_buttons["openai"].isVisible()
    with qtbot.waitSignal(d.saved) as blocker:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Removed the OpenRouter key."
    assert d.status.text() == "Removed the OpenRouter key."
    assert ctx.secrets.get("openrouter") is None and not ctx.secrets.has("openrouter")
    assert not remove.isVisible()
    assert d.openrouter_key.placeholderText() == "sk-or-…"
    show_tab(qtbot, d.tabs, "Accounts")  # tokens too
    assert not d.remove_buttons["github"].isVisible()
    qtbot.keyClicks(d.github_token, "ghp_0123456789abcdef0123456789abcdef0123")
    save(qtbot, d)
    assert ctx.secrets.get("github") == "ghp_0123456789abcdef0123456789abcdef0123"


def test_run_checks_and_theme_are_saved(ctx, qtbot, open_dialog) -> None:
    d = open_dialog()
    show_tab(qtbot, d.tabs, "Runs")
    pick(qtbot, d.run_checks, "Always")
    show_tab(qtbot, d.tabs, "Look")
    pick(qtbot, d.theme, "Dark")
    save(qtbot, d)
    assert ctx.settings.run_checks == "always"
    assert ctx.settings.theme == "dark"
    from devora_desktop.ui.theme import apply_theme, is_dark

    assert is_dark(QApplication.instance().palette())
    apply_theme("light")


def test_runs_says_what_confines_generated_code_here(ctx, qtbot, open_dialog,
                                                     monkeypatch) -> None:
    """The probe's finding, in words: confined here, or plainly not (forced off here)."""
    from devora_desktop.core.sandbox import probe

    d = open_dialog()
    show_tab(qtbot, d.tabs, "Runs")
    qtbot.waitUntil(lambda: d.confinement.text().startswith("On this computer: "), timeout=10000)
    assert probe().summary in d.confinement.text()
    # walk24 #6: one plain sentence first; the probe's 90 words behind Details
    assert not d.confinement.isVisible() and len(d.confinement_line.text().split()) < 30
    assert ("not confined" in d.confinement_line.text()) != probe().confined
    qtbot.mouseClick(d.confinement_more, Qt.MouseButton.LeftButton)
    assert d.confinement.isVisible()
    assert "sandboxed subprocess" not in d.run_checks.toolTip()
    assert "where nothing confines it, Devora asks" in d.run_checks.toolTip()
    monkeypatch.setenv("DEVORA_SANDBOX", "none")
    forced = open_dialog()
    qtbot.waitUntil(lambda: forced.confinement.text().startswith("On this computer: "),
                    timeout=10000)
    assert "not confined" in forced.confinement.text()
    assert "not confined" in forced.confinement_line.text()
