"""How a panel binds itself to a run model (see docs/ARCHITECTURE.md, Extending: a panel).

A panel names the model's signals it follows; each is connected to the panel's method
``_on_model_<signal>`` (``file_written`` -> ``_on_model_file_written``), as Qt connects slots
by name. Binding the next model (a new run, a replayed one) drops the last one's connections
first, so a panel never hears two runs, or one signal twice.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # psygnal loads with the first run model, not with the window
    from psygnal import SignalInstance


class Binding:
    """The connections of one panel (``owner``) to one model's signals."""

    def __init__(self, owner: QObject) -> None:
        self._owner = weakref.ref(owner)  # owner -> binding only: Qt holds ``drop`` below
        self._bound: list[tuple[SignalInstance, str]] = []  # names: no strong ref to owner
        # psygnal does not know Qt: a deleted widget must not be called by a model that lives on
        owner.destroyed.connect(self.drop)

    def bind(self, model: object, *signals: str) -> None:
        """Follow ``model``'s ``signals`` from now on (and no other model's)."""
        self.drop()
        owner = self._owner()
        for name in signals:
            signal = getattr(model, name)
            signal.connect(self._slot(owner, name))
            self._bound.append((signal, name))

    def drop(self, *_destroyed: object) -> None:
        owner = self._owner()
        for signal, name in self._bound:
            if owner is not None:  # else psygnal's weak reference to the slot is dead already
                signal.disconnect(self._slot(owner, name))
        self._bound.clear()

    @staticmethod
    def _slot(owner: object, signal: str) -> Callable[..., Any]:
        return getattr(owner, f"_on_model_{signal}")
