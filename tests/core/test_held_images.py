"""The prompt's images held while a run goes on (core/held_images.py): private, given back
once, and never a half-written set."""

from __future__ import annotations

import stat

from devora_desktop.core.held_images import FOLDER, OWNER, drop, hold, take


def test_held_images_come_back_once_in_order_and_private(tmp_path) -> None:
    hold(tmp_path, "p1", [b"first", b"second", b"third"])
    for f in (tmp_path / FOLDER).iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    assert take(tmp_path) == ("p1", [b"first", b"second", b"third"])
    assert take(tmp_path) is None and not (tmp_path / FOLDER).exists()


def test_a_new_hold_replaces_the_last_and_a_cut_write_is_ignored(tmp_path) -> None:
    hold(tmp_path, None, [b"a", b"b"])
    hold(tmp_path, None, [b"c"])
    assert take(tmp_path) == (None, [b"c"])
    hold(tmp_path, "p1", [b"a"])
    (tmp_path / FOLDER / OWNER).unlink()  # the process died before the set was complete
    assert take(tmp_path) is None and not (tmp_path / FOLDER).exists()
    hold(tmp_path, "p1", [])
    drop(tmp_path)
    assert take(tmp_path) is None
