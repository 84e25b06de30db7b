"""Open, Reveal and Open in browser in the Linux bundle: xdg-open gets the person's library
path, not the one PyInstaller set for Devora's own processes (core/hostenv.py)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from devora_desktop.ui import desktop

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open: Linux")


@pytest.mark.parametrize("how", ["open_or_copy", "open_url"])
def test_in_the_bundle_xdg_open_gets_the_persons_library_path(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """Both ways in (Open/Reveal, and a link the page's person clicked) start the same
    xdg-open."""
    seen = tmp_path / "env"
    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nenv > {seen}.part && echo "$1" >> {seen}.part '
                    f'&& mv {seen}.part {seen}\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/devora/_internal")  # what the bootloader sets
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/me/lib")  # and the person's, kept
    said: list[str] = []
    if how == "open_url":
        assert desktop.open_url(QUrl("https://example.com/x"))
    else:
        desktop.open_or_copy(QUrl("https://example.com/x"), said.append)
    deadline = time.monotonic() + 10
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not said
    lines = seen.read_text().splitlines()
    assert "LD_LIBRARY_PATH=/home/me/lib" in lines and lines[-1] == "https://example.com/x"
    assert not any(line.startswith("LD_LIBRARY_PATH_ORIG=") for line in lines)
