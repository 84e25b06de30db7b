"""Programs that are not Devora's (the system's browser for ``devora webcheck``, xdg-open) get
the person's library path: in the PyInstaller bundle LD_LIBRARY_PATH points at the bundle's
own libraries."""

from __future__ import annotations

import sys

import pytest

from devora_desktop.core.hostenv import foreign_env

BUNDLE = "/opt/devora/_internal"


def test_in_the_bundle_a_foreign_program_gets_the_persons_library_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    env = foreign_env({"PATH": "/usr/bin", "LD_LIBRARY_PATH": BUNDLE,
                       "LD_LIBRARY_PATH_ORIG": "/home/me/lib"})
    assert env == {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/home/me/lib"}
    assert foreign_env({"PATH": "/usr/bin", "LD_LIBRARY_PATH": BUNDLE}) == {"PATH": "/usr/bin"}


def test_from_source_the_environment_passes_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    env = {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/home/me/lib"}
    assert foreign_env(env) == env
