"""AppContext: everything a front end (GUI, CLI, tests) needs, built once and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.models import Settings
from devora_desktop.core.paths import DataPaths
from devora_desktop.core.secrets import SecretStore
from devora_desktop.core.store import Store


@dataclass
class AppContext:
    paths: DataPaths
    store: Store
    secrets: SecretStore
    _settings: Settings | None = field(default=None, repr=False)

    @classmethod
    def open(cls, root: Path | None = None, *, read_only: bool = False,
             lock=None) -> AppContext:
        paths = DataPaths(root)
        store = Store(paths, read_only=read_only, lock=lock)
        secrets = SecretStore(store.kv, str(paths.root.resolve()))
        return cls(paths=paths, store=store, secrets=secrets)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = self.store.settings.load()
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        self.store.settings.save(settings)
        self._settings = settings

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
