"""What the preview's place keeper reads back from a page is untrusted: only an answer of
the capture script's shape passes, and it goes back into the restore script as data."""

from __future__ import annotations

import json

import pytest

from devora_desktop.ui.keep_scroll import MAX_TEXT, Anchor, clean


def test_a_place_read_from_the_page_comes_back_as_it_was() -> None:
    anchor = clean(json.dumps([412.5, "main:0/section:2/p:12", "Loaf 12", -17.25]))
    assert anchor == Anchor(412.5, "main:0/section:2/p:12", "Loaf 12", -17.25)
    # the text is JSON inside the script: quotes and script-closing words stay a string
    tricky = clean(json.dumps([10, "p:0", "'); alert(1); ('</script>", 0]))
    assert tricky is not None
    assert json.dumps(tricky.text) in tricky.restore_js()
    assert "alert(1); ('</script>\"" in tricky.restore_js()


@pytest.mark.parametrize("raw", [
    None, 400, [400, "p:0", "x", 0], "not json", json.dumps({"y": 400}),
    json.dumps([0, "p:0", "Loaf", 0]),  # the top: nothing to keep
    json.dumps([400, "p:0", "x"]),
    '[NaN, "p:0", "x", 0]', '[Infinity, "p:0", "x", 0]',
    json.dumps([1e12, "p:0", "x", 0]),
    json.dumps([400, "p:0", "x", True]),
    json.dumps([400, "p:0');alert(1);//", "x", 0]),
    json.dumps([400, "p > div", "x", 0]),
    json.dumps([400, "/".join(["div:0"] * 40), "x", 0]),
    json.dumps([400, "p:0", "x" * (MAX_TEXT + 1), 0]),
    json.dumps([400, ["p", 0], "x", 0]),
    "[" + "1," * 3000 + "1]",
])
def test_an_answer_not_of_the_capture_shape_keeps_nothing(raw: object) -> None:
    assert clean(raw) is None


def test_a_page_with_no_element_to_anchor_to_keeps_its_offset() -> None:
    anchor = clean(json.dumps([300, "", "ignored", 5]))
    assert anchor == Anchor(300.0, "", "", 5.0)
