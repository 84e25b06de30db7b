"""Settings: providers and keys (through core.secrets only), models per agent, budget,
preferences, theme. Non-modal: opened with ``open()``, never ``exec()`` inside a coroutine."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import KeyringUnavailable

AGENTS = ("architect", "frontend", "backend", "database", "reviewer")


class SettingsDialog(QDialog):
    saved = Signal(str)

    def __init__(self, ctx: AppContext, local_models: dict[str, list[str]] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Settings")
        s = ctx.settings
        form = QFormLayout()
        self.provider = QComboBox()
        self.provider.addItems(["automatic", "openrouter", "openai", "ollama", "lmstudio",
                                "offline"])
        self.provider.setCurrentText(s.default_provider or "automatic")
        form.addRow("Provider", self.provider)
        self.openrouter_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.openrouter_key.setPlaceholderText("set" if ctx.secrets.has("openrouter")
                                               else "sk-or-…")
        form.addRow("OpenRouter key", self.openrouter_key)
        self.base_url = QLineEdit(s.providers["openai"].base_url)
        form.addRow("OpenAI-compatible URL", self.base_url)
        self.openai_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.openai_key.setPlaceholderText("set" if ctx.secrets.has("openai") else "sk-…")
        form.addRow("OpenAI-compatible key", self.openai_key)
        self.default_model = QLineEdit(s.providers["openrouter"].default_model)
        form.addRow("Default model", self.default_model)
        self.agent_models: dict[str, QLineEdit] = {}
        for agent in AGENTS:
            edit = QLineEdit(s.agent_models.get(agent, ""))
            edit.setPlaceholderText("default model")
            self.agent_models[agent] = edit
            form.addRow(f"  {agent.title()} model", edit)
        self.local = QLabel()
        self.set_local_models(local_models)
        form.addRow("Local servers", self.local)
        self.budget = QDoubleSpinBox(maximum=1000, decimals=2, singleStep=0.1)
        self.budget.setSpecialValueText("no cap")
        self.budget.setValue(s.budget_usd or 0)
        form.addRow("Budget per run (USD)", self.budget)
        self.theme = QComboBox()
        self.theme.addItems(["system", "light", "dark"])
        self.theme.setCurrentText(s.theme)
        form.addRow("Theme", self.theme)
        self.preferences = QPlainTextEdit("\n".join(s.preferences))
        self.preferences.setPlaceholderText("One per line, e.g. Always use TypeScript")
        self.preferences.setMaximumHeight(80)
        form.addRow("Preferences", self.preferences)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def set_local_models(self, local_models: dict[str, list[str]] | None) -> None:
        if local_models is None:
            self.local.setText("looking for Ollama and LM Studio…")
            return
        names = {"ollama": "Ollama", "lmstudio": "LM Studio"}
        parts = [f"{names.get(k, k)}: {', '.join(v[:4])}{' …' if len(v) > 4 else ''}"
                 for k, v in local_models.items()]
        self.local.setText("; ".join(parts) or "none running (Ollama on :11434, LM Studio on "
                                                ":1234)")

    def save(self) -> None:
        session_only = False
        for name, edit in (("openrouter", self.openrouter_key), ("openai", self.openai_key)):
            value = edit.text().strip()
            if value:
                try:
                    self.ctx.secrets.set(name, value)
                except KeyringUnavailable as exc:
                    self.ctx.secrets.set(name, value, session_only_ok=True)
                    session_only = True
                    self.status.setText(exc.one_line())
                edit.clear()
        s = self.ctx.settings.model_copy(deep=True)
        choice = self.provider.currentText()
        s.default_provider = None if choice == "automatic" else choice
        s.providers["openai"].base_url = self.base_url.text().strip() or \
            s.providers["openai"].base_url
        if self.default_model.text().strip():
            s.providers["openrouter"].default_model = self.default_model.text().strip()
        s.agent_models = {a: e.text().strip() for a, e in self.agent_models.items()
                          if e.text().strip()}
        s.budget_usd = self.budget.value() or None
        s.theme = self.theme.currentText()  # type: ignore[assignment]
        s.preferences = [ln.strip() for ln in self.preferences.toPlainText().splitlines()
                         if ln.strip()]
        self.ctx.save_settings(s)
        self.saved.emit("Keys kept for this session only: " + self.status.text()
                        if session_only else "Settings saved")
        if not session_only:
            self.accept()
