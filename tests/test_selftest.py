"""The self-test (`devora --self-test`) cleans up after itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop import selftest


def test_the_self_test_leaves_no_data_folder_behind(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path, capsys) -> None:
    """Each run made a data folder in the temporary folder (its index, a project) and left
    it there: one more after every start of the installed app's check."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(selftest.tempfile, "tempdir", None)  # TMPDIR is read again
    for name in ("_check_imports", "_check_highlight", "_check_text", "_check_repomap",
                 "_check_images", "_check_license", "_check_sandbox"):
        monkeypatch.setattr(selftest, name, lambda: "fine")
    for name in ("_check_window", "_check_generation", "_check_keyring"):
        monkeypatch.setattr(selftest, name, lambda ctx: "fine")
    assert selftest.run_self_test() == 0
    assert "10 passed, 0 failed" in capsys.readouterr().out
    assert list(temp.iterdir()) == []
