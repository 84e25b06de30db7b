"""The web check loads the page for real and names the file and line of what broke."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.core.checks import CheckOptions, run_checks
from tests.core.checks.conftest import needs_chromium, write

PAGE = """<!doctype html>
<html><head><title>Counter</title><link rel="stylesheet" href="style.css"></head>
<body><h1 id="n">0</h1><script src="app.js"></script></body></html>
"""
GOOD_JS = "document.getElementById('n').textContent = '1';\n"
BAD_JS = "document.getElementById('n').textContent = '1';\nrender();\n"


def _has_webengine() -> bool:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


ENGINES = [pytest.param("chromium", marks=needs_chromium),
           pytest.param("qtwebengine", marks=pytest.mark.skipif(
               not _has_webengine(), reason="QtWebEngine is not installed"))]


@pytest.mark.parametrize("engine", ENGINES)
async def test_a_runtime_error_is_found_at_its_file_and_line(tmp_path: Path, recorder,
                                                             engine: str) -> None:
    write(tmp_path, {"index.html": PAGE, "style.css": "h1{color:red}", "app.js": BAD_JS})
    [result] = await run_checks(tmp_path, recorder, CheckOptions(web_engine=engine))
    assert result.check == "web-load" and result.status == "failed"
    assert result.tool == engine
    [finding] = result.findings
    assert (finding.path, finding.line) == ("app.js", 2)
    assert "render is not defined" in finding.message and finding.tool == result.tool
    assert recorder.calls[0][:2] == ("started", "web-load")
    assert recorder.calls[-1] == ("finished", result)


@needs_chromium
async def test_a_clean_page_passes_and_a_missing_favicon_is_not_an_error(
        tmp_path: Path, recorder) -> None:
    write(tmp_path, {"index.html": PAGE, "style.css": "h1{color:red}", "app.js": GOOD_JS})
    [result] = await run_checks(tmp_path, recorder)
    assert result.status == "passed", result.findings
    assert result.findings == [] and result.seconds > 0


@pytest.mark.parametrize("engine", ENGINES)
async def test_console_errors_and_missing_own_files_are_findings(tmp_path: Path,
                                                                 engine: str) -> None:
    write(tmp_path, {"index.html": PAGE.replace("</body>", "<script>\nconsole.error('no data',"
                                                " 42);\n</script></body>"), "app.js": GOOD_JS})
    [result] = await run_checks(tmp_path, options=CheckOptions(web_engine=engine))
    messages = {(f.path, f.line): f.message for f in result.findings}
    assert "console error when index.html loads: no data 42" in messages[("index.html", 4)]
    assert any("/style.css" in m and "404" in m for m in messages.values())
    assert not any("Refused to apply style" in f.message for f in result.findings)


async def test_no_browser_is_a_skip_with_one_line(tmp_path: Path, recorder,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"index.html": PAGE, "app.js": BAD_JS})
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    [result] = await run_checks(tmp_path, recorder, CheckOptions(web_engine="chromium"))
    assert result.status == "skipped" and result.findings == []
    assert result.skipped_reason.startswith("no headless browser")


@pytest.mark.parametrize("engine", ENGINES)
async def test_a_page_that_never_finishes_loading_is_a_finding(tmp_path: Path,
                                                               engine: str) -> None:
    write(tmp_path, {"index.html": PAGE, "app.js": "while (true) {}\n"})
    [result] = await run_checks(tmp_path, options=CheckOptions(web_engine=engine,
                                                               web_timeout=25))
    assert result.status == "failed" and result.seconds < 25
    assert any("did not finish loading within 5 s" in f.message for f in result.findings)


@needs_chromium
@pytest.mark.skipif(not _has_webengine(), reason="QtWebEngine is not installed")
async def test_when_qtwebengine_cannot_start_chromium_loads_the_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"index.html": PAGE, "style.css": "h1{}", "app.js": BAD_JS})
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")  # Qt aborts at start
    [result] = await run_checks(tmp_path)
    assert result.tool == "chromium" and result.status == "failed"
    assert [(f.path, f.line) for f in result.findings] == [("app.js", 2)]


@needs_chromium
async def test_every_page_beside_index_is_loaded_too(tmp_path: Path) -> None:
    about = ('<!doctype html><title>About</title><img src="team.png">\n'
             '<script>\nshowTeam();\n</script>\n')
    write(tmp_path, {"index.html": PAGE, "style.css": "h1{}", "app.js": GOOD_JS,
                     "about.html": about})
    [result] = await run_checks(tmp_path, options=CheckOptions(web_engine="chromium"))
    found = {(f.path, f.line): f.message for f in result.findings}
    assert "showTeam is not defined" in found[("about.html", 3)]
    assert found[("about.html", None)].startswith("about.html requests /team.png but")
    assert len(found) == 2
