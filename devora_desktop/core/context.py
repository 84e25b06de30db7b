"""AppContext: everything a front end (GUI, CLI, tests) needs, built once and passed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

    @classmethod
    def open(cls, root: Path | None = None, *, read_only: bool = False,
             lock=None) -> AppContext:
        paths = DataPaths(root)
        store = Store(paths, read_only=read_only, lock=lock)
        secrets = SecretStore(store.kv, str(paths.root.resolve()))
        return cls(paths=paths, store=store, secrets=secrets)

    @property
    def settings(self) -> Settings:
        """The store's one copy (never a snapshot of it): a preference the engine learned is
        here at once, so saving Settings cannot write an older copy back."""
        return self.store.settings.load()

    def save_settings(self, settings: Settings) -> None:
        self.store.settings.save(settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_context(read_only: bool = False, lock=None,
                 report: Callable[[str], None] = lambda line: None) -> AppContext:
    """Start-up, the same for every front end: open the data folder, start the log, and
    ``report`` each repair loading made (damage found and what was kept or lost)."""
    from devora_desktop.core.logs import setup_logging

    ctx = AppContext.open(read_only=read_only, lock=lock)
    setup_logging(ctx.paths.logs)
    for line in ctx.store.repairs:
        report(f"data folder repaired: {line}")
    return ctx
