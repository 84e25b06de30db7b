"""The Python check compiles every file and runs the project's tests when it has them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from devora_desktop.core.checks import CheckOptions, applicable, run_checks
from tests.core.checks.conftest import write

OPTS = CheckOptions(python=sys.executable)


async def test_a_syntax_error_is_found_and_nothing_is_written_into_the_project(
        tmp_path: Path, recorder) -> None:
    write(tmp_path, {"app/main.py": "def ok():\n    return 1\n",
                     "app/broken.py": "x = 1\ndef f(:\n    pass\n"})
    [result] = await run_checks(tmp_path, recorder, OPTS)
    assert result.check == "python-compile" and result.status == "failed"
    [finding] = result.findings
    assert (finding.path, finding.line) == ("app/broken.py", 2)
    assert finding.message.startswith("SyntaxError")
    assert not list(tmp_path.rglob("__pycache__"))


async def test_failing_tests_are_findings_and_passing_tests_pass(tmp_path: Path) -> None:
    write(tmp_path, {"calc.py": "def add(a, b):\n    return a - b\n",
                     "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n"
                                           "    assert add(2, 2) == 4\n",
                     "conftest.py": "import sys, os\nsys.path.insert(0, os.path.dirname("
                                    "__file__))\n"})
    compiled, tested = await run_checks(tmp_path, options=OPTS)
    assert compiled.status == "passed"
    assert tested.check == "pytest" and tested.status == "failed", tested
    assert [(f.path, f.line) for f in tested.findings] == [("tests/test_calc.py", 5)]
    assert not (tmp_path / ".pytest_cache").exists()
    (tmp_path / "calc.py").write_text("def add(a, b):\n    return a + b\n")
    _, tested = await run_checks(tmp_path, options=OPTS)
    assert tested.status == "passed" and tested.exit_code == 0


async def test_tests_needing_an_uninstalled_library_are_skipped(tmp_path: Path) -> None:
    write(tmp_path, {"test_api.py": "import fastapi_not_here_xyz\n\n\ndef test_x():\n"
                                    "    pass\n"})
    _, tested = await run_checks(tmp_path, options=OPTS)
    assert tested.status == "skipped" and "fastapi_not_here_xyz" in tested.skipped_reason


async def test_no_python_on_path_is_a_skip(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"main.py": "print(1)\n"})
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    [result] = await run_checks(tmp_path)
    assert result.status == "skipped" and "Python is not installed" in result.skipped_reason


def test_which_checks_a_project_gets(tmp_path: Path) -> None:
    write(tmp_path, {"index.html": "<p>x</p>", "node_modules/x/y.py": "", "tools/a.py": ""})
    assert applicable(tmp_path) == ["web", "python"]
    write(tmp_path, {"package.json": "{}"})
    assert applicable(tmp_path) == ["node", "python"]


async def test_a_tool_that_cannot_start_is_a_skip(tmp_path: Path, recorder) -> None:
    write(tmp_path, {"main.py": "print(1)\n"})
    missing = str(tmp_path / "no-such-python")
    [result] = await run_checks(tmp_path, recorder, CheckOptions(python=missing))
    assert result.status == "skipped" and "could not start the tool" in result.skipped_reason
    assert recorder.finished == [result]
