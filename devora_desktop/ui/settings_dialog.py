"""Settings: providers with their own default model, keys and tokens (through core.secrets
only), a connection test, GitHub sign-in, per-agent models (Pro), budget, checks, theme.

Non-modal: opened with ``open()``, never ``exec()`` inside a coroutine. Network work (the
connection test, GitHub's device flow) runs as tasks that closing the dialog cancels.
"""

from __future__ import annotations

import asyncio
import contextlib
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.agents import registry
from devora_desktop.core import providers as providers_registry
from devora_desktop.core import urls
from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError, KeyringUnavailable, sentence
from devora_desktop.core.models import DEFAULT_PROVIDERS
from devora_desktop.core.secrets import TOKEN_ENV
from devora_desktop.ui import icons, theme
from devora_desktop.ui.plain import plain_label, tip

PROVIDERS = {"automatic": "Automatic (best available)",
             **{s.name: s.menu for s in providers_registry.PROVIDERS.values()}}
KEYS = {"openrouter": "OpenRouter key", "openai": "OpenAI-compatible key",
        "github": "GitHub token", "vercel": "Vercel token"}
THEMES = {"system": "Follow system", "light": "Light", "dark": "Dark"}
CHECKS = {"ask": "Ask when the code can't be confined", "always": "Always", "never": "Never"}
CHECKS_TIP = ("Checks build, load and test the generated project on this computer, running "
              "code the agents wrote. Always: without asking. Ask (the default): where that "
              "code runs confined they just run; where nothing confines it, Devora asks once "
              "per project. Never: no checks.")
DEV_SERVER_NOTE = {
    True: "The full-stack preview's dev server runs in the same sandbox, on its own port only.",
    False: "The full-stack preview's dev server is not confined either: it starts only when "
           "you allow it."}
TOKENS_USE = "Tokens are used only by Export."
#: under Base URL while nothing is to be said about what was typed: its two reserved lines
#: read as an unexplained blank row between Base URL and Key (walk10 #12)
URL_HINT = "OpenAI itself, or any server with its API (vLLM, LM Studio)."
GITHUB_SCOPES = (
    "Export makes a repository and pushes to it: a classic token with the <b>repo</b> scope, "
    "or a fine-grained one with <b>Contents</b> and <b>Administration</b> set to Read and "
    "write. <a href='https://github.com/settings/tokens'>Make one on github.com</a>.")
VERCEL_SCOPES = (
    "Deploy needs a token with access to the team (or your personal account) the app goes "
    "to. <a href='https://vercel.com/account/tokens'>Make one on vercel.com</a>.")
AGENT_MODELS_LOCK = "Per-agent models need Pro — Help › License to upgrade or activate a key."


def _combo(items: dict[str, str], current: str) -> QComboBox:
    box = QComboBox()
    for value, label in items.items():
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _key_state(ctx: AppContext, name: str, placeholder: str) -> str:
    """What a key field shows while empty: never "stored" for a key that dies with Devora."""
    if ctx.secrets.session_only(name):
        return "not saved: kept until Devora closes"
    if ctx.secrets.has(name):
        return "stored — type to replace"
    if ctx.secrets.lost(name):
        return "not kept when Devora closed — paste it again"
    return placeholder


def _secret_edit(ctx: AppContext, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    edit.setProperty("empty_placeholder", placeholder)
    edit.setPlaceholderText(_key_state(ctx, name, placeholder))
    edit.setClearButtonEnabled(True)
    return edit


def offer(box: QComboBox, models: list[str]) -> None:
    """An editable model box lists ``models``, keeping what is typed in it."""
    text = box.currentText()
    box.clear()
    box.addItems(models)
    box.setEditText(text)



def _page(form: QFormLayout) -> QWidget:
    """A Settings tab: its rows from the top, the free space under them (a form that filled
    the page spread Runs' rows apart, and left Look a box with one row in it)."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addLayout(form)
    box.addStretch(1)
    return page

class MoneyBox(QDoubleSpinBox):
    """US dollars to the cent, or finer when typed so: a cap of $0.003 stays $0.003 (with
    two decimals it showed 0.00 and was saved as no cap at all, the opposite of a cap)."""

    def __init__(self) -> None:
        super().__init__(maximum=1000, decimals=4, singleStep=0.1)

    def textFromValue(self, value: float) -> str:
        text = f"{value:.4f}".rstrip("0")
        return text + "0" * (2 - len(text.split(".")[1]))

    # An emptied field is the least there is (a budget's "no cap"): Qt held it as half-typed
    # and kept the last number, so a cap of $0.003 cleared and saved stayed $0.003
    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        return self.minimum() if not text.strip() else super().valueFromText(text)


class _WholeLabel(QLabel):
    """A wrapped line that keeps the height its text needs at its width: beside a button in
    a form row it kept the row's one-line height, and Test connection's result was cut
    after a line and a half (walk10 #8); its minimum grows the dialog instead."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._hold()

    def _hold(self) -> None:
        if self.width() > 0:
            self.setMinimumHeight(self.heightForWidth(self.width()) if self.text() else 0)


def _wrapped(whole: bool = False) -> QLabel:
    """``whole``: the text it is given later may be longer than the room the form gave
    it (see _WholeLabel)."""
    label = _WholeLabel() if whole else QLabel()
    label.setWordWrap(True)
    # at the top of its row: the form gives a wrapped line more height than it needs, and
    # centred it floated away from the field it belongs to (seen under Xvfb at 1024x700)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    return label


class SettingsDialog(QDialog):
    saved = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, local_models: dict[str, list[str]] | None = None,
                 parent=None, *, github_oauth_url: str = "https://github.com") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.github_oauth_url = github_oauth_url
        self.tasks: set[asyncio.Task] = set()
        self.sign_in_task: asyncio.Task | None = None
        self.probe_task: asyncio.Task | None = None
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.defaults_listed = False  # the Models page's Default model boxes list models
        self.tabs.addTab(self._models_tab(), "Models")
        self.tabs.addTab(self._agents_tab(), "Agents")
        self.tabs.currentChanged.connect(self._relist_agent_models)
        if not self.agents_unlocked:
            self.tabs.setTabIcon(1, icons.icon("lock"))
            self.tabs.setTabToolTip(1, AGENT_MODELS_LOCK)
        self.tabs.addTab(self._accounts_tab(), "Accounts")
        self.tabs.addTab(self._runs_tab(), "Runs")
        self.tabs.addTab(self._look_tab(), "Look")
        # said under every tab before a key is pasted when this computer has no keyring
        # (walk8 #9b); in a tab's form the row was not given the height to wrap
        self.keyring_note = _wrapped()
        self.keyring_note.setStyleSheet(f"color: {theme.colors()['warning']}")
        # its room is kept, blank while nothing is to be said: the line appearing when the
        # keyring has answered (~140 ms, seconds on a busy machine) pushed Save down under
        # the pointer (walk12 #12 j), and giving the room back moved Models' fields
        self.keyring_note.setText(self.ctx.secrets.not_kept("Keys typed here are",
                                                            ("openrouter",)))
        self._keep_room(self.keyring_note, True)
        self.keyring_note.hide()
        self.keyring_task: asyncio.Task | None = None
        self.keys_not_kept_said = False
        with contextlib.suppress(RuntimeError):  # no running loop: a dialog built in a test
            asyncio.get_running_loop()
            self.keyring_task = asyncio.ensure_future(self._check_keyring())
        self.status = plain_label(_wrapped())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        theme.styled_popups(self)
        self.set_local_models(local_models)
        self.finished.connect(self._on_finished)

    def show_tab(self, title: str) -> None:
        """Open on the tab called ``title``."""
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == title:
                self.tabs.setCurrentIndex(i)
                return

    # ---- keys -------------------------------------------------------------------------
    def _key_row(self, name: str, edit: QLineEdit) -> QWidget:
        """A key's field with its Remove button (shown while a key is stored, or one lost
        at the last close is still mentioned: Remove forgets that too)."""
        if not hasattr(self, "remove_buttons"):
            self.remove_buttons: dict[str, QPushButton] = {}
            self.key_edits: dict[str, QLineEdit] = {}
        remove = QPushButton("Remove")
        remove.setToolTip(f"Forget the stored {KEYS[name]} (runs and Export stop using it)")
        if not (self.ctx.secrets.has(name) or self.ctx.secrets.lost(name)):
            remove.hide()  # never shown here, before its row has it: a window of its own
        remove.clicked.connect(lambda: self._remove_key(name))
        self.remove_buttons[name] = remove
        self.key_edits[name] = edit
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        box.addWidget(remove)
        return row

    async def _check_keyring(self) -> None:
        """Whether typed keys will outlive Devora, asked off the Qt thread (the keyring's
        first call costs ~140 ms) and said at the top of Models when they won't."""
        if await asyncio.to_thread(lambda: self.ctx.secrets.available):
            self.tokens_note.setText(f"{TOKENS_USE} They are stored encrypted (the master "
                                     "key lives in the system keyring).")
            # its room stays: given back, every field of a dialog the screen's height
            # squeezed moved down 19-29 px under the pointer, seconds late on a busy machine
            return
        self.tabs.currentChanged.connect(self._say_keyring)
        self._say_keyring()

    @staticmethod
    def _keep_room(label: QLabel, keep: bool) -> None:
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(keep)
        label.setSizePolicy(policy)
        label.updateGeometry()

    def _say_keyring(self) -> None:
        """No keyring: the line under the tabs says where each tab's keys can be kept
        instead (Accounts' tokens are read from their own variables, not DEVORA_API_KEY);
        Accounts never claims a token is stored encrypted then (its two lines disagreed)."""
        if self.keys_not_kept_said:
            return  # Save's line names the keys now
        tab = self.tabs.tabText(self.tabs.currentIndex())
        accounts = tab == "Accounts"
        self.keyring_note.setText(self.ctx.secrets.not_kept(
            "Tokens typed here are" if accounts else "Keys typed here are",
            TOKEN_ENV if accounts else ()))
        # said where keys are typed, not under Runs or Look too (walk9 #11)
        self.keyring_note.setVisible(tab in ("Models", "Accounts"))

    def _show_key_state(self, name: str) -> None:
        edit = self.key_edits[name]
        edit.setPlaceholderText(_key_state(self.ctx, name, edit.property("empty_placeholder")))
        self.remove_buttons[name].setVisible(self.ctx.secrets.has(name)
                                             or self.ctx.secrets.lost(name))

    def _remove_key(self, name: str) -> None:
        self.ctx.secrets.delete(name)
        self.key_edits[name].clear()
        self._show_key_state(name)
        self.status.setStyleSheet("")
        self.status.setText(f"Removed the {KEYS[name]}.")
        self.saved.emit(f"Removed the {KEYS[name]}.")  # the status bar re-reads the provider

    # ---- tabs -------------------------------------------------------------------------
    def _models_tab(self) -> QWidget:
        s = self.ctx.settings
        form = QFormLayout()
        self.provider = _combo(PROVIDERS, s.default_provider or "automatic")
        form.addRow("Provider", self.provider)
        self.openrouter_key = _secret_edit(self.ctx, "openrouter", "sk-or-…")
        self.base_url = QLineEdit(s.providers["openai"].base_url)
        self.base_url.setPlaceholderText(urls.EXAMPLE.split(" or ")[0])
        self.base_url.editingFinished.connect(self._tidy_base_url)
        # two lines, kept even while it says nothing: a line appearing there (and the form
        # giving a wrapped label more height than it needs) moved Key, the models and Test
        # connection down under the pointer (walk9 #5, 1024x700); the tooltip holds it whole
        self.base_url_note = plain_label(_wrapped())
        self.base_url_note.setFixedHeight(2 * self.base_url_note.fontMetrics().lineSpacing())
        self._say_under_url(URL_HINT, "muted")  # left blank, the two lines read as a gap
        self.url_scheme_added = ""  # the scheme this dialog put in front of a typed URL
        self.listed_url = s.providers["openai"].base_url  # whose models Default model lists
        self.endpoint_task: asyncio.Task | None = None
        self.openai_key = _secret_edit(self.ctx, "openai", "sk-… (empty for a local server)")
        self.models: dict[str, QComboBox] = {}
        for name in ("openrouter", "openai", "ollama", "lmstudio"):
            box = QComboBox(editable=True)
            box.setMinimumWidth(260)
            box.setEditText(s.providers[name].default_model)
            box.lineEdit().setPlaceholderText(
                "first model the server lists" if name in ("ollama", "lmstudio") else
                DEFAULT_PROVIDERS[name].default_model)
            self.models[name] = box
        form.addRow(QLabel("<b>OpenRouter</b>"))
        form.addRow("Key", self._key_row("openrouter", self.openrouter_key))
        form.addRow("Default model", self.models["openrouter"])
        form.addRow(QLabel("<b>OpenAI-compatible endpoint</b>"))
        form.addRow("Base URL", self.base_url)
        form.addRow("", self.base_url_note)
        form.addRow("Key", self._key_row("openai", self.openai_key))
        form.addRow("Default model", self.models["openai"])
        form.addRow(QLabel("<b>Local servers</b>"))
        self.local = plain_label(_wrapped())
        form.addRow("Found", self.local)
        form.addRow("Ollama model", self.models["ollama"])
        form.addRow("LM Studio model", self.models["lmstudio"])
        self.test_button = QPushButton("Test connection")
        self.test_button.setIcon(icons.icon("connect"))
        self.test_result = plain_label(_wrapped(whole=True))
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        form.addRow(row)
        self.test_button.clicked.connect(self._on_test_clicked)
        return _page(form)

    def _agents_tab(self) -> QWidget:
        s = self.ctx.settings
        form = QFormLayout()
        intro = _wrapped()
        intro.setText("A model for each agent (empty: the provider's default model), e.g. a "
                      "cheaper one for the Reviewer.")
        form.addRow(intro)
        self.agents_unlocked = self._allows("agent_models")
        self.agent_lock = QLabel()
        self.agent_lock_note = _wrapped()
        if not self.agents_unlocked:
            self.agent_lock.setPixmap(icons.icon("lock").pixmap(16, 16))
            self.agent_lock_note.setText(AGENT_MODELS_LOCK)
            self.agent_lock_note.setStyleSheet(f"color: {theme.colors()['lock']}")
            lock_row = QHBoxLayout()
            lock_row.addWidget(self.agent_lock)
            lock_row.addWidget(self.agent_lock_note, 1)
            form.addRow(lock_row)
        self.agent_models: dict[str, QComboBox] = {}
        for agent in registry.configurable():
            # a list to choose from (walk7 #16: model ids were typed from memory), and any
            # other id can still be typed
            box = QComboBox(editable=True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.setMinimumWidth(260)
            box.setEditText(s.agent_models.get(agent, ""))
            box.lineEdit().setPlaceholderText("default model")
            box.setEnabled(self.agents_unlocked)
            self.agent_models[agent] = box
            form.addRow(agent.title(), box)
        self.agent_models_note = plain_label(_wrapped())
        self.agent_models_note.setText("Looking for the models your provider lists…")
        form.addRow(self.agent_models_note)
        self.models_task: asyncio.Task | None = None
        self.agents_listed: tuple | None = None  # the Models page's answer they list
        self._relist_agent_models()
        return _page(form)

    def form_provider(self) -> tuple[str | None, str | None, str | None]:
        """The provider the Models page says now, saved or not: its name (None: Automatic
        with no key typed), the Base URL typed (OpenAI-compatible only) and the key typed."""
        from devora_desktop.agents.providers import endpoint_set

        name = self.provider_choice()
        if name is None and self.openrouter_key.text().strip():
            # Automatic picks OpenRouter once its key is saved: the key just typed counts
            # (Test connection said "Offline templates need no connection" and never tried it)
            name = "openrouter"
        elif name is None and endpoint_set(self.ctx, self.base_url.text(),
                                           bool(self.openai_key.text().strip())):
            name = "openai"  # then an endpoint just filled in, keyless or not (walk15 #1)
        key_edit = {"openrouter": self.openrouter_key, "openai": self.openai_key}.get(name or "")
        return (name, self.base_url.text().strip() if name == "openai" else None,
                key_edit.text().strip() or None if key_edit else None)

    def _relist_agent_models(self) -> None:
        """The Agents page lists the models of the provider the Models page says now: it
        listed the saved one's, and with nothing saved OpenRouter's stock ids and the
        offline "templates", until Models was saved and Settings opened again (walk13 #22)."""
        asked = self.form_provider()
        if asked == self.agents_listed:
            return
        with contextlib.suppress(RuntimeError):  # no running loop: a dialog built in a test
            asyncio.get_running_loop()
            if self.models_task is not None:
                self.models_task.cancel()
            self.agents_listed = asked
            self.agent_models_note.setText("Looking for the models your provider lists…")
            self.models_task = asyncio.ensure_future(self._list_agent_models(*asked))

    async def _list_agent_models(self, name: str | None = None, base_url: str | None = None,
                                 api_key: str | None = None) -> None:
        """Each agent's box lists the provider's models (or the known ones), keeping what
        is typed or saved."""
        from devora_desktop.agents.providers import model_choices

        models, line = await model_choices(self.ctx, name, base_url=base_url, api_key=api_key)
        for box in self.agent_models.values():
            offer(box, models)
        if not self.defaults_listed:  # their Default model boxes' arrows showed nothing
            for which in ("openrouter", "openai"):
                url = self.listed_url if which == "openai" else None
                listed = (await model_choices(self.ctx, which, base_url=url))[0]
                if url == (self.listed_url if which == "openai" else None):  # not typed over
                    offer(self.models[which], listed)
            self.defaults_listed = True
        self.agent_models_note.setText(line)  # last: the lists are all filled then

    def _accounts_tab(self) -> QWidget:
        form = QFormLayout()
        self.github_token = _secret_edit(self.ctx, "github", "ghp_… or github_pat_…")
        form.addRow("GitHub token", self._key_row("github", self.github_token))
        # what each token needs, said where it is pasted (walk7 #16: a placeholder only)
        self.github_scopes = _wrapped()
        self.github_scopes.setText(GITHUB_SCOPES)
        form.addRow("", self.github_scopes)
        self.sign_in = QPushButton("Sign in with GitHub…")
        self.sign_in.setIcon(icons.icon("github"))
        self.sign_in_note = _wrapped()
        row = QHBoxLayout()
        row.addWidget(self.sign_in)
        row.addWidget(self.sign_in_note, 1)
        form.addRow("", row)
        if not self.ctx.settings.github_client_id:
            # no OAuth app configured: a button that cannot work (and a config key beside
            # it) is left out; the token field says what to paste
            form.setRowVisible(row, False)
            self.github_token.setToolTip("A GitHub token with the repo scope (github.com › "
                                         "Settings › Developer settings › Tokens)")
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.vercel_token = _secret_edit(self.ctx, "vercel", "from vercel.com/account/tokens")
        form.addRow("Vercel token", self._key_row("vercel", self.vercel_token))
        self.vercel_scopes = _wrapped()
        self.vercel_scopes.setText(VERCEL_SCOPES)
        form.addRow("", self.vercel_scopes)
        # how they are kept is said once the keyring has answered (see _check_keyring)
        self.tokens_note = _wrapped()
        self.tokens_note.setText(TOKENS_USE)
        form.addRow(self.tokens_note)
        locked = [t for f, t in (("export.github", "GitHub export"),
                                 ("export.vercel", "Vercel deploy")) if not self._allows(f)]
        if locked:
            lock = _wrapped()
            lock.setText(f"{' and '.join(locked)} need Pro — Help › License.")
            lock.setStyleSheet(f"color: {theme.colors()['lock']}")
            form.addRow(lock)
        return _page(form)

    def _runs_tab(self) -> QWidget:
        s = self.ctx.settings
        form = QFormLayout()
        self.budget = MoneyBox()
        self.budget.setSpecialValueText("no cap")
        self.budget.setValue(s.budget_usd or 0)
        form.addRow("Budget per run (USD)", self.budget)
        self.run_checks = _combo(CHECKS, s.run_checks)
        self.run_checks.setToolTip(CHECKS_TIP)
        form.addRow("Run checks on generated code", self.run_checks)
        # one plain sentence; the probe's full finding (what is not covered, the dev
        # server) one click away: 90 words of Landlock, UDP and /proc read as noise (walk24 #6)
        self.confinement_line = plain_label(_wrapped())
        self.confinement_line.setText("Looking at what confines generated code here…")
        self.confinement_more = QPushButton("Details", checkable=True, visible=False)
        self.confinement_more.setFlat(True)
        self.confinement = plain_label(_wrapped())
        self.confinement.hide()
        self.confinement_more.toggled.connect(self.confinement.setVisible)
        form.addRow(self.confinement_line)
        form.addRow(self.confinement_more)
        form.addRow(self.confinement)
        with contextlib.suppress(RuntimeError):  # no running loop: a dialog built in a test
            asyncio.get_running_loop()
            # not in self.tasks: it is no work of the person's that the dialog is busy with
            self.probe_task = asyncio.ensure_future(self._show_confinement())
        self.preferences = QPlainTextEdit("\n".join(s.preferences))
        self.preferences.setPlaceholderText("One per line, e.g. Always use TypeScript")
        self.preferences.setMaximumHeight(100)
        self.preferences.setTabChangesFocus(True)
        form.addRow("Preferences", self.preferences)
        return _page(form)

    async def _show_confinement(self) -> None:
        """What the sandbox probe found on this computer, in its own words (per platform)."""
        from devora_desktop.agents.checking import sandbox_status

        status = await sandbox_status()
        self.confinement_line.setText(
            "Checks run generated code in a sandbox here: it reaches its project folder, not "
            "your files, keys or other programs." if status.confined else
            "Checks run generated code as you here, with your files and network: it is not "
            "confined (Details says why and what would confine it).")
        self.confinement_more.show()
        lost = f" Not covered: {'; '.join(status.lost)}." if status.lost else ""
        self.confinement.setText(f"On this computer: {status.summary}.{lost} "
                                 f"{DEV_SERVER_NOTE[status.confined]}")

    def _look_tab(self) -> QWidget:
        form = QFormLayout()
        self.theme = _combo(THEMES, self.ctx.settings.theme)
        form.addRow("Theme", self.theme)
        return _page(form)

    # ---- state ------------------------------------------------------------------------
    def _allows(self, feature: str) -> bool:
        from devora_desktop.core.licensing import LicenseManager

        return LicenseManager(self.ctx).entitlements().allows(feature)

    def provider_choice(self) -> str | None:
        value = self.provider.currentData()
        return None if value == "automatic" else value

    def set_local_models(self, local_models: dict[str, list[str]] | None) -> None:
        if local_models is None:
            self.local.setText("looking for Ollama and LM Studio…")
            return
        names = {"ollama": "Ollama", "lmstudio": "LM Studio"}
        parts = [f"{names.get(k, k)}: {', '.join(v[:4])}{' …' if len(v) > 4 else ''}"
                 for k, v in local_models.items()]
        self.local.setText("; ".join(parts) or "none running (Ollama on :11434, LM Studio on "
                                                ":1234)")
        for name, found in local_models.items():
            box = self.models.get(name)
            if box is not None:
                offer(box, found)

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        task.add_done_callback(lambda _t: self.busy_changed.emit(bool(self.tasks)))
        self.busy_changed.emit(True)
        return task

    def pending(self) -> list[asyncio.Task]:
        """What the dialog is still finding out or doing (the keyring, the sandbox probe,
        the models listed, a connection test...): each answer may change a line of it."""
        return [t for t in (*self.tasks, self.probe_task, self.models_task, self.keyring_task,
                            self.endpoint_task) if t is not None and not t.done()]

    def _on_finished(self, _result: int) -> None:
        for task in self.pending():
            task.cancel()

    def typed_base_url(self) -> str:
        """The Base URL field as a client can use it; DevoraError says why it is none."""
        return urls.base_url(self.base_url.text())

    def _tidy_base_url(self) -> bool:
        """Leaving the Base URL field: a URL pasted without its scheme ("localhost:1234/v1")
        gets it, in the field, with a line saying so; one that is no URL says why, under the
        field. False then."""
        typed = self.base_url.text().strip()
        try:
            url = self.typed_base_url()
        except DevoraError as exc:
            # the field's placeholder shows what one looks like: the reason alone
            self._say_under_url(f"{sentence(str(exc))}.", "error")
            return False
        if url.split("://", 1)[1] == typed.rstrip("/") and "://" not in typed:
            scheme = url.split("://", 1)[0]
            self.url_scheme_added = scheme
            self.base_url.setText(url)
            self._say_under_url(f"{scheme}:// added: " + (
                "a server on this computer or your network." if scheme == "http" else
                "a server on the internet."), "muted")
        elif not self.url_scheme_added:
            self._say_under_url(URL_HINT, "muted")
        if url != self.listed_url:  # Default model offered the saved endpoint's models
            self.listed_url = url  # (or OpenRouter's ids), not the server just typed
            with contextlib.suppress(RuntimeError):  # no running loop: a dialog in a test
                asyncio.get_running_loop()
                if self.endpoint_task is not None:
                    self.endpoint_task.cancel()
                self.endpoint_task = asyncio.ensure_future(self._list_endpoint_models(url))
        return True

    async def _list_endpoint_models(self, url: str) -> None:
        from devora_desktop.agents.providers import model_choices

        models, _line = await model_choices(self.ctx, "openai", base_url=url,
                                            api_key=self.openai_key.text().strip() or None)
        offer(self.models["openai"], models)

    def _say_under_url(self, text: str, color: str) -> None:
        self.base_url_note.setText(text)
        self.base_url_note.setToolTip(tip(text))
        self.base_url_note.setStyleSheet(f"color: {theme.colors()[color]}")
        # (its two lines are laid out from the start: growing the dialog to fit a reason
        # moved everything under it, walk9 #5)

    # ---- connection test --------------------------------------------------------------
    def _on_test_clicked(self) -> None:
        if not any(t for t in self.tasks if t is not self.sign_in_task):
            self._spawn(self.test_connection())

    async def test_connection(self) -> bool:
        """Tests what the form says now, saved or not."""
        from devora_desktop.agents.providers import check_connection

        name, _url, api_key = self.form_provider()
        model = self.models[name].currentText().strip() if name in self.models else None
        if name == "openai" and not self._tidy_base_url():
            self.test_result.setStyleSheet(f"color: {theme.colors()['error']}")
            self.test_result.setText("Fix the Base URL first (see the line under it).")
            return False
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")
        ok = False
        try:
            line = await check_connection(
                self.ctx, name, base_url=self.base_url.text().strip() if name == "openai"
                else None, model=model or None, api_key=api_key)
            ok = True
        except DevoraError as exc:
            line = exc.one_line(window=True)
        finally:
            self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(f"color: {theme.colors()['success' if ok else 'error']}")
        self.test_result.setText(line)
        return ok

    # ---- GitHub device flow -----------------------------------------------------------
    def _on_sign_in_clicked(self) -> None:
        if self.sign_in_task is not None and not self.sign_in_task.done():
            self.sign_in_task.cancel()
            return
        self.sign_in_task = self._spawn(self.github_sign_in())

    async def github_sign_in(self) -> bool:
        from devora_desktop.core.export.github import poll_device_flow, start_device_flow

        client_id = self.ctx.settings.github_client_id
        self.sign_in.setText("Cancel sign-in")
        self.sign_in_note.setText("Asking GitHub for a code…")
        try:
            code = await start_device_flow(client_id, base=self.github_oauth_url)
            # the sign-in server's words, drawn as written
            uri, user_code = html.escape(code.verification_uri), html.escape(code.user_code)
            self.sign_in_note.setText(f"Open <a href='{uri}'>{uri}</a> and enter the code "
                                      f"<b>{user_code}</b> (it is selectable).")
            token = await poll_device_flow(client_id, code, base=self.github_oauth_url)
        except asyncio.CancelledError:
            with contextlib.suppress(RuntimeError):  # the dialog may be gone already
                self.sign_in_note.setText("Sign-in cancelled.")
                self.sign_in.setText("Sign in with GitHub…")
            raise
        except DevoraError as exc:
            self.sign_in_note.setText(exc.one_line(window=True))
            self.sign_in.setText("Sign in with GitHub…")
            return False
        kept = self.ctx.secrets.set("github", token, session_only_ok=True)
        self.github_token.clear()
        self._show_key_state("github")
        self.sign_in_note.setText("Signed in to GitHub." if kept else "Signed in to GitHub. "
                                  + self.ctx.secrets.not_kept("The token is", ["github"]))
        self.sign_in.setText("Sign in with GitHub…")
        return True

    # ---- save -------------------------------------------------------------------------
    def save(self) -> None:
        if not self._tidy_base_url():  # said under the field; nothing is saved yet
            self.show_tab("Models")
            self.base_url.setFocus()
            self.status.setStyleSheet(f"color: {theme.colors()['error']}")
            self.status.setText("Not saved: the Base URL is not a web address (see the "
                                "line under it).")
            return
        not_kept = []  # keys that live only until Devora closes (no keyring)
        for name, edit in self.key_edits.items():
            value = edit.text().strip()
            if value:
                try:
                    self.ctx.secrets.set(name, value)
                except KeyringUnavailable:
                    self.ctx.secrets.set(name, value, session_only_ok=True)
                    not_kept.append(name)
                edit.clear()
                self._show_key_state(name)
        s = self.ctx.settings.model_copy(deep=True)
        s.default_provider = self.provider_choice()
        s.providers["openai"].base_url = self.base_url.text().strip() or \
            s.providers["openai"].base_url
        for name, box in self.models.items():
            s.providers[name].default_model = (box.currentText().strip()
                                               or DEFAULT_PROVIDERS[name].default_model)
        if self.agents_unlocked:
            s.agent_models = {a: b.currentText().strip() for a, b in self.agent_models.items()
                              if b.currentText().strip()}
        s.budget_usd = self.budget.value() or None
        s.run_checks = self.run_checks.currentData()
        s.theme = self.theme.currentData()
        s.preferences = [ln.strip() for ln in self.preferences.toPlainText().splitlines()
                         if ln.strip()]
        self.ctx.save_settings(s)
        theme.apply_theme(s.theme)
        message = "Settings saved."
        if self.url_scheme_added:
            message = (f"Settings saved; the base URL is {s.providers['openai'].base_url} "
                       f"({self.url_scheme_added}:// added).")
        if not_kept:
            # said here, where the key was typed, and the dialog stays open to be read: a
            # line in the status bar went unseen and the key was gone at the next start
            keys = " and ".join(f"the {KEYS[k]}" for k in not_kept)
            line = self.ctx.secrets.not_kept(sentence(keys) + (" are" if len(not_kept) > 1
                                                                else " is"), not_kept)
            self.status.setStyleSheet(f"color: {theme.colors()['warning']}")
            self.status.setText(line)
            self._keep_room(self.keyring_note, False)  # Save's line, in its place, names
            self.keyring_note.hide()  # the keys now
            self.keys_not_kept_said = True
            self.cancel_button.setText("Close")
            self.saved.emit(f"{message} {line}")
            return
        self.saved.emit(message)
        self.accept()
