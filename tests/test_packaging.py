"""Slow: the one-folder bundle builds from this checkout and its self-test passes.
Runs in CI (`make test` installs PyInstaller); skips, saying why, where PyInstaller is absent."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller is not installed")
def test_one_folder_bundle_builds_and_self_tests(tmp_path: Path) -> None:
    env = {**os.environ, "DEVORA_ONEFILE": "0"}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
                    str(ROOT / "packaging/devora.spec")], check=True, env=env, cwd=ROOT,
                   timeout=900)
    exe = tmp_path / "dist/devora" / ("devora.exe" if sys.platform == "win32" else "devora")
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                            timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                              "DEVORA_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b\d+ passed, 0 failed", result.stdout), result.stdout
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and "devora, version" in version.stdout
    assert (tmp_path / "dist/devora/_internal/devora_desktop/resources/icons/devora.svg").exists()
    assert not (tmp_path / "dist/devora/_internal/stripe").exists()
