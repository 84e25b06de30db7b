"""What the command modules share: one-line errors, plain text, JSON, the data folder
opened for one command, and the ``projects`` group that cli.py and cli_projects.py both fill
(kept here so neither imports the other back)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

import click

from devora_desktop.core.errors import InstanceLocked


def _err(message: str) -> None:
    click.echo(f"devora: {message}", err=True)


def _text(value: object):
    """A rich Text of ``value``: names and messages are data, never markup or escapes."""
    from rich.text import Text

    from devora_desktop.core.models import clean_text

    return Text(clean_text(str(value)))


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _fmt_time(dt) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M")


def print_table(columns: tuple[str, ...], rows: list[tuple]) -> None:
    """A plain table on stdout (no box, no markup): `projects list`, `history`, `trash`."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    _console().print(table)


def open_context(read_only: bool = False, lock=None):
    """core's start-up, with what loading repaired said on stderr."""
    from devora_desktop.core.context import open_context as start

    return start(read_only=read_only, lock=lock, report=_err)


def with_context(read_only: bool = False) -> Callable:
    """Open the data dir for one command. Read-only commands fall back to a lock-free view
    when the app is running, so `devora projects list` works beside the GUI."""

    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                ctx = open_context()
            except InstanceLocked:
                if not read_only:
                    raise
                ctx = open_context(read_only=True)
            with ctx:
                return fn(ctx, *args, **kwargs)

        return wrapper

    return deco


class LiveChoice(click.Choice):
    """Choices read from a registry each time they are used: a provider registered after
    this module was imported is offered (and accepted) too."""

    def __init__(self, names: Callable[[], Any]) -> None:
        self._names = names
        super().__init__(())

    @property
    def choices(self) -> tuple:
        return tuple(self._names())

    @choices.setter
    def choices(self, value: Any) -> None:  # click sets it in __init__; the registry wins
        pass


@click.group()
def projects() -> None:
    """List, inspect, delete (and bring back) and time-travel your projects."""
