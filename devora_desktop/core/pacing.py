"""Handing things over at most once a frame: what comes within a frame of the last
hand-over waits for that frame's end and goes with what came meanwhile; what comes after a
quiet frame goes at once. The window's streamed text (ui/run_controller.TextBatcher) and
the stream relay's joined tokens (core/llm/relay.py) are paced so.

No asyncio import here: the window's first frame imports the batcher's module, and asyncio
brings subprocess with it; the caller passes its running loop."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class FramePacer:
    """``hand_over()`` runs now when the last hand-over was ``frame`` seconds ago or more,
    else once at that frame's end (a timer on ``loop``). ``hand_over`` begins with
    :meth:`cancel` and, when it handed something over, ends with :meth:`handed`."""

    def __init__(self, loop: Any, frame: float, hand_over: Callable[[], None]) -> None:
        self.loop, self.frame, self.hand_over = loop, frame, hand_over
        self.last = -1.0  # when something was last handed over (perf_counter)
        self.due: Any = None  # the timer of a hand-over at the frame's end

    def held(self) -> None:
        """Something waits to be handed over: now, or at the frame's end."""
        if self.due is not None:
            return
        wait = self.last + self.frame - time.perf_counter()
        if wait <= 0:
            self.hand_over()
        else:
            self.due = self.loop.call_later(wait, self.hand_over)

    def cancel(self) -> None:
        """A hand-over begins (from the timer, or before something that may not wait)."""
        if self.due is not None:
            self.due.cancel()
            self.due = None

    def handed(self) -> None:
        self.last = time.perf_counter()
