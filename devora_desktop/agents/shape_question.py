"""Which app an offline new project builds when its prompt reads as more than one: the scored
reader (agents/templates/reader.py) hesitated, so the run asks the person before it plans,
with the two or three shapes it hesitated between in a person's words (docs/ARCHITECTURE.md,
Offline templates).

The question is a :class:`WaitingForYou` with ``choices`` on the Plan step, answered through
the run's ``ask_shape`` as the checks' consent is (the window's bar above the prompt, the
CLI's numbered question on a terminal); :class:`YouAnswered` carries the choice. Where nobody
can answer (piped, ``--json``, CI) the reader's first choice is built and a :class:`ShapeRead`
says what else it could have been. A shape chosen before the run (``--shape``) is never asked
about. With a model the model plans: nothing here runs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from devora_desktop.agents.events import ShapeChoice, ShapeRead, WaitingForYou, YouAnswered
from devora_desktop.agents.templates import reader
from devora_desktop.core.errors import DevoraError

#: asks the person to pick one of the choices; returns the chosen shape
ShapeAsk = Callable[[list[ShapeChoice]], Awaitable[str]]
QUESTION = "Which app should the offline templates build?"
WHERE = ""  # the window shows its bar above the prompt, the terminal numbers the choices


def choice(shape: str, found: reader.Reading | None = None) -> ShapeChoice:
    return ShapeChoice(shape=shape, name=found.name(shape) if found else reader.NAMES[shape],
                       label=found.label(shape) if found else reader.LABELS[shape])


def given(shape: str) -> ShapeChoice:
    """``shape`` as chosen before the run; an unknown one is refused with the list."""
    if shape not in reader.NAMES:
        raise DevoraError(f"no offline template is called {shape!r}",
                          hint="choose one of " + ", ".join(reader.NAMES))
    return choice(shape)


async def settle(prompt: str, shape: str | None, ask: ShapeAsk | None,
                 emit: Callable[[object], None]) -> str | None:
    """The shape the offline templates build for ``prompt``: ``shape`` when given, the
    person's pick when the reader is unsure and ``ask`` can reach them, else None (the
    templates read the prompt themselves, as they always did)."""
    if shape:
        emit(ShapeRead(shape=given(shape), how="given"))
        return shape
    found = reader.read(prompt)
    if found.sure:
        return None
    offered = [choice(s, found) for s in found.offered]
    if ask is None:
        emit(ShapeRead(shape=offered[0], how="guessed", others=offered[1:]))
        return None
    emit(WaitingForYou(question=QUESTION, where=WHERE, step="Plan", choices=offered))
    picked = await ask(offered)
    chosen = next((c for c in offered if c.shape == picked), None) or given(picked)
    emit(YouAnswered(answer=True, choice=chosen.shape, step="Plan",
                     text=f"You chose {chosen.label}"))
    emit(ShapeRead(shape=chosen, how="asked",
                   others=[c for c in offered if c.shape != chosen.shape]))
    return chosen.shape
