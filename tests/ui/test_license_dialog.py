"""Help › License driven as a user: typing keys, clicking, reading what it says."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.fakes.base import JsonHandler, LoopbackFake

LONG = ("This license key was not found on the license server; it may have been refunded, "
        "replaced by a newer key after a seat change, or typed with a letter that looks like "
        "a digit")


class RecordingLicenseServer(LoopbackFake):
    """Answers every license call with NOT_FOUND and remembers what it was sent."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict]] = []
        self.lock = threading.Lock()
        super().__init__()

    def _handler(self):
        fake = self

        class Handler(JsonHandler):
            def do_POST(self) -> None:
                body = json.loads(self.read_body() or b"{}")
                with fake.lock:
                    fake.requests.append((self.path, body))
                self.send_json(404, {"code": "NOT_FOUND", "message": LONG})

        return Handler


@pytest.fixture
def license_server(ctx):
    server = RecordingLicenseServer()
    s = ctx.settings.model_copy(deep=True)
    s.license_server = server.url
    ctx.save_settings(s)
    yield server
    server.stop()


@pytest.fixture
def dialog(ctx, qtbot, aloop):
    from devora_desktop.ui.license_dialog import LicenseDialog

    d = LicenseDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def activate(qtbot, dialog, key: str) -> None:
    dialog.key.clear()
    qtbot.keyClicks(dialog.key, key)
    with qtbot.waitSignal(dialog.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=10000):
        qtbot.mouseClick(dialog.activate, Qt.MouseButton.LeftButton)


def test_malformed_key_is_refused_locally_and_never_sent(qtbot, dialog, license_server) -> None:
    for bad in ("DEV-NOT-A-REAL-KEY", "hello", "DEV-ABCDEF-012345-ABCDEF", "sk-or-v1-123"):
        activate(qtbot, dialog, bad)
        assert dialog.error.isVisible()
        assert "not a license key" in dialog.error.text()
        assert "DEV-XXXXXX" in dialog.error.text()
    assert license_server.requests == []
    # a well-formed key goes out, in canonical form, and the server's answer is shown
    activate(qtbot, dialog, "  dev-abcdef-012345-abcdef-01234f ")
    assert [(p, b["license_key"]) for p, b in license_server.requests] == [
        ("/v1/licenses/activate", "DEV-ABCDEF-012345-ABCDEF-01234F")]
    assert "not found" in dialog.error.text()


def test_long_error_wraps_inside_the_dialog(qtbot, dialog, license_server) -> None:
    width = dialog.width()
    qtbot.keyClicks(dialog.key, "DEV-ABCDEF-012345-ABCDEF-012345")
    with qtbot.waitSignal(dialog.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=10000):
        qtbot.keyClick(dialog.key, Qt.Key.Key_Return)  # Enter activates too
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(
        dialog.error.width()))
    label = dialog.error
    assert LONG in label.text()
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5  # wrapped
    assert label.height() >= label.heightForWidth(label.width())  # not clipped vertically
    bottom_right = label.mapTo(dialog, label.rect().bottomRight())
    assert dialog.rect().contains(bottom_right)
    assert dialog.width() <= max(width, 700)  # it wraps instead of stretching off screen


def test_free_offers_upgrade_once_and_a_close_button(qtbot, dialog) -> None:
    assert dialog.upgrade.isVisible()
    assert not dialog.billing.isVisible()
    text = dialog.status.text()
    assert text.count("Free") == 1, text
    assert "Free:</span> full-stack mode, GitHub export" in dialog.locked.text()
    close = dialog.close_buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_pro_has_no_upgrade_and_no_repeated_heading(ctx, qtbot, aloop) -> None:
    from devora_desktop.ui.license_dialog import LicenseDialog
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    d = LicenseDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    assert not d.upgrade.isVisible()
    assert d.billing.isVisible()
    assert d.status.text().count("Pro") == 1, d.status.text()
    assert d.locked.text() == "Every feature is unlocked."


def test_free_shows_the_daily_limit_and_where_the_price_is(qtbot, dialog) -> None:
    """The dialog showed no price or daily limit (N14; walk15 #4: it said only that the
    checkout page would show the price). The price is the one the server charges."""
    from devora_license import FREE_DAILY_AI_RUNS, PLANS

    text = dialog.locked.text()
    assert f"{FREE_DAILY_AI_RUNS} AI runs a day" in text
    assert "$20 a month per seat" in text and str(PLANS["pro"].price) in text, text
    assert "$20 a month" in dialog.upgrade.toolTip()


def test_free_says_how_many_ai_runs_are_left_today(ctx, qtbot, aloop) -> None:
    """walk5 #14: after 6 AI runs Help › License still said only "20 AI runs a day"."""
    from datetime import date

    from devora_desktop.ui.license_dialog import LicenseDialog

    ctx.store.kv.count_ai_run(date.today(), 6)
    d = LicenseDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    text = d.locked.text()
    assert "<b>14 left today</b>, the count starts again at midnight" in text, text


def test_upgrade_offline_says_what_failed_not_the_activation_error_again(
        ctx, qtbot, dialog) -> None:
    """Upgrade offline repeated the activation error word for word."""
    s = ctx.settings.model_copy(deep=True)
    s.license_server = "http://127.0.0.1:9"  # nothing listens: offline
    ctx.save_settings(s)
    activate(qtbot, dialog, "DEV-AAAAAA-BBBBBB-CCCCCC-DDDDDD")
    after_activate = dialog.error.text()
    with qtbot.waitSignal(dialog.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=10000):
        qtbot.mouseClick(dialog.upgrade, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.error.text() != after_activate
    said = dialog.error.text()
    # walk15 #4: one line of what failed (it was five red lines), then the way forward
    assert said == "Could not open the checkout page: no connection to the license server.", said
    assert dialog.error.fontMetrics().horizontalAdvance(said) <= dialog.error.width()
    # walk9 #11: what to do, not only what failed: try again, buy elsewhere, the key
    assert dialog.way.isVisible()
    way = dialog.way.text()
    assert "Click again once you are online" in way and "devora.dev/pricing" in way, way
    assert "$20 a month per seat" in way and "paste the key" in way


def test_pro_says_when_it_renews_which_key_and_what_happens_at_expiry(
        ctx, qtbot, aloop, tmp_path, keypair, fake_stripe, run_cli) -> None:
    """Walk5 #14's Pro part: Help › License said "Pro plan" and nothing of when it renews,
    which key is in use or what happens when it ends. A key bought from the license server
    (its signed token verified as at every start) now shows its renewal date, the key's
    last six characters and never the whole key, and what expiry does; so does
    `devora license status`."""
    import time

    from PySide6.QtWidgets import QLabel

    from devora_desktop.core.licensing import day
    from devora_desktop.ui.license_dialog import LicenseDialog
    from devora_server.models import License
    from tests.server.conftest import LiveServer, make_config, purchase_for_app

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        renews = int(time.time()) + 23 * 86400
        with server.app.state.Session() as s, s.begin():
            s.query(License).one().period_end = renews  # the subscription's paid period
        d = LicenseDialog(ctx)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        assert not d.terms.isVisible()  # Free: nothing to renew
        activate(qtbot, d, key)
        qtbot.waitUntil(lambda: "Pro plan" in d.status.text())
    finally:
        server.stop()
    tail = key.replace("-", "")[-6:]
    shown = d.terms.text()
    assert d.terms.isVisible()
    qtbot.waitUntil(lambda: d.terms.height() >= d.terms.heightForWidth(d.terms.width()))
    assert d.height() >= d.layout().totalHeightForWidth(d.width())  # nothing clipped
    assert f"<b>Renews:</b> {day(renews)}" in shown, shown
    assert f"<b>Key:</b> DEV-…-{tail}" in shown, shown
    assert "<b>At expiry:</b> the app becomes Free. Your projects stay" in shown, shown
    assert "Full-stack mode, GitHub export, Vercel deploy and Per-agent models lock" in shown
    every_text = " ".join(label.text() for label in d.findChildren(QLabel)) + d.key.text()
    assert key not in every_text and key.replace("-", "") not in every_text

    out = run_cli("license", "status").out
    assert f"Renews:  {day(renews)}" in out and f"Key:     DEV-…-{tail}" in out, out
    assert "At expiry: the app becomes Free." in out and key not in out, out


def test_a_licence_without_a_paid_period_says_it_has_no_end_date(
        ctx, qtbot, aloop, tmp_path, keypair, fake_stripe, run_cli) -> None:
    """walk8: a test licence (bought from the test licence server, which set no paid period)
    showed "At expiry: …" and no date of any end at all. It says there is none and what
    keeps it Pro, beside the date Pro holds offline; so does `devora license status`."""
    from devora_desktop.core.licensing import OFFLINE_GRACE, LicenseManager, day
    from devora_desktop.ui.license_dialog import LicenseDialog
    from tests.server.conftest import LiveServer, make_config, purchase_for_app

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        d = LicenseDialog(ctx)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        activate(qtbot, d, key)
        qtbot.waitUntil(lambda: "Pro plan" in d.status.text())
    finally:
        server.stop()
    shown = d.terms.text()
    assert "Renews" not in shown
    assert ("<b>Ends:</b> no end date is set on this license (it has no paid period): it "
            "stays Pro while the license server keeps it active") in shown, shown
    offline = day(LicenseManager(ctx).state().expires_at + OFFLINE_GRACE)
    assert f"Offline, Pro keeps working until {offline}" in shown, shown
    out = run_cli("license", "status").out
    assert "Ends:    no end date is set on this license" in out, out


def test_a_key_of_the_right_shape_with_letters_no_key_has_says_which(qtbot, dialog,
                                                                      license_server) -> None:
    """'DEV-ABC123-XYZ789-QWE456-RTY000' was told 'keys look like DEV-XXXXXX-XXXXXX-…',
    which it does: the hint read as wrong. A key of that shape says which of its letters no
    key has, and a likely typo (O for 0); none of them is sent."""
    activate(qtbot, dialog, "DEV-ABC123-XYZ789-QWE456-RTY000")
    said = dialog.error.text()
    assert said.startswith("This key has Q, R, T, W, X, Y and Z, which no license key has"), said
    assert "only the digits 0-9 and the letters A-F" in said, said
    activate(qtbot, dialog, "DEV-ABCD0O-123456-ABCDEF-012345")
    assert "(the letter O for the digit 0?)" in dialog.error.text(), dialog.error.text()
    assert license_server.requests == []
