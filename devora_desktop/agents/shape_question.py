"""Which app an offline new project builds when its prompt reads as more than one: the reader
(agents/templates/reader.py: its rules and its learned half did not agree on it, sure) hesitated,
so the run asks the person before it plans,
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

from devora_desktop.agents import templates
from devora_desktop.agents.events import ShapeChoice, ShapeRead, WaitingForYou, YouAnswered
from devora_desktop.agents.templates import reader
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.words import either

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
                 emit: Callable[[object], None]) -> ShapeRead | None:
    """How the offline templates' app for ``prompt`` was settled: ``shape`` when given, the
    person's pick when the reader is unsure and ``ask`` can reach them, the reader's guess
    (``how="guessed"``) when nobody can answer; None when the reader is sure (the templates
    read the prompt themselves, as they always did)."""
    if shape:
        read = ShapeRead(shape=given(shape), how="given")
        emit(read)
        return read
    found = reader.read(templates.readable(prompt))
    if found.sure:
        return None
    offered = [choice(s, found) for s in found.offered]
    if unbuilt := _unbuilt(prompt, offered[0].shape):
        offered = [c.model_copy(update={"unbuilt": unbuilt}) for c in offered]
    if ask is None:
        read = ShapeRead(shape=offered[0], how="guessed", others=offered[1:])
        emit(read)
        return read
    emit(WaitingForYou(question=QUESTION, where=WHERE, step="Plan", choices=offered))
    picked = await ask(offered)
    chosen = next((c for c in offered if c.shape == picked), None) or given(picked)
    emit(YouAnswered(answer=True, choice=chosen.shape, step="Plan",
                     text=f"You chose {chosen.label}"))
    read = ShapeRead(shape=chosen, how="asked",
                     others=[c for c in offered if c.shape != chosen.shape])
    emit(read)
    return read


def _unbuilt(prompt: str, shape: str) -> str:
    """The app ``prompt`` asks for that no offline template is, whichever is picked: a game,
    a poll, or what no page here can do ("misura il battito con la fotocamera": the camera);
    not a feature an app lacks, "PDF exports", which the verdict says."""
    from devora_desktop.agents import templates
    from devora_desktop.agents.templates.spec import VOTES

    spec = templates.read(prompt, shape=shape)
    nowhere = _nowhere(spec)
    return spec.beyond or (VOTES if VOTES in spec.unsupported else "") or " or ".join(
        u for u in spec.unsupported if u in nowhere)


def _nowhere(spec: templates.Spec) -> set[str]:
    """What ``spec`` asks for that no page here has (spec.CAPABILITIES)."""
    from devora_desktop.agents.templates.spec import a_capability

    return {u for u in spec.unsupported if a_capability(u)}


def asked(choices: list[ShapeChoice]) -> str:
    """The question, as the window and the terminal put it: what the prompt reads as, and
    first what no choice builds (walk13 #7: a snake game offered "Leaderboard / List" as if
    either were a game)."""
    labels = either([c.label for c in choices])
    unbuilt = choices[0].unbuilt if choices else ""
    if unbuilt:
        return (f"Offline templates can't build {unbuilt}; the nearest apps they build: "
                f"{labels}. Build it as:")
    return f"Your prompt reads as more than one app: {labels}. Build it as:"


def hedge(prompt: str, guessed: ShapeRead, mode: str, unfit: str = "") -> str:
    """The verdict's line for an app built on a guess nobody confirmed: what was built, for
    what, what else the prompt may ask for, and how to get that. ``unfit``: the templates'
    own line when they also could not build all that was asked (it already says what was
    built, so this line then only adds the alternatives). "" when no other choice would
    build what this one can't."""
    from devora_desktop.agents import templates
    from devora_desktop.agents.templates.spec import BUILT

    spec = templates.read(prompt, mode, shape=guessed.shape.shape)
    # an app no template is (a game, "une appli de rencontres …") is not built by another of
    # them either, and beside a capability none has (reading e-mail, a live location) only an
    # app something points to is a choice, not the list or log offered when nothing did
    found = reader.read(templates.readable(prompt))
    choices = [] if spec.beyond else [o for o in guessed.others if not _nowhere(spec)
                                      or found.grounded(o.shape)]
    if not choices:
        return ""
    others = either([o.label for o in choices])
    then = "run it again and pick one, or add a model in Settings"
    if unfit:
        return f"the prompt may ask for {others} instead: {then}"
    about = f" for {spec.subject}" if spec.subject else ""
    return (f"Offline templates read this as {BUILT[spec.kind]}{about}; it may be "
            f"{others} instead: {then}")
