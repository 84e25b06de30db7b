"""How a panel binds itself to a run model (see docs/ARCHITECTURE.md, Extending: a panel).

A panel names the model's signals it follows; each is connected to the panel's method
``_on_model_<signal>`` (``file_written`` -> ``_on_model_file_written``), as Qt connects slots
by name. Binding the next model (a new run, a replayed one) drops the last one's connections
first, so a panel never hears two runs, or one signal twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # psygnal loads with the first run model, not with the window
    from psygnal import SignalInstance


class Binding:
    """The connections of one panel (``owner``) to one model's signals."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self._pairs: list[tuple[SignalInstance, Callable[..., Any]]] = []
        # psygnal does not know Qt: a deleted widget must not be called by a model that lives on
        owner.destroyed.connect(self.drop)

    def bind(self, model: object, *signals: str) -> None:
        """Follow ``model``'s ``signals`` from now on (and no other model's)."""
        self.drop()
        for name in signals:
            signal, slot = getattr(model, name), getattr(self.owner, f"_on_model_{name}")
            signal.connect(slot)
            self._pairs.append((signal, slot))

    def drop(self, *_destroyed: object) -> None:
        for signal, slot in self._pairs:
            signal.disconnect(slot)
        self._pairs.clear()
