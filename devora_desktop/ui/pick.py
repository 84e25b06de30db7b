"""Click to change: a pick mode in the preview. Hover highlights an element, a click picks it;
the prompt gets a chip naming it (tag, text, selector, and the file and line it comes from)
and the next run is asked to change just that.

The picker runs in an isolated JavaScript world: the page's own scripts cannot see or call it,
and the pick is read back by polling that world, not sent by the page. What it reads is the
page's DOM, so every field is untrusted input: cut to length, reduced to a safe character set,
and only ever shown as text or quoted in the prompt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

PICK_JS = r"""
(() => {
  if (window.__devoraPickOn) return true;
  window.__devoraPickOn = true; window.__devoraPick = null;
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483647;' +
    'outline:2px solid __ACCENT__;background:__ACCENT__1f;display:none';
  document.documentElement.appendChild(box);
  const part = (e) => {
    if (e.id) return '#' + CSS.escape(e.id);
    let s = e.tagName.toLowerCase();
    const cls = (typeof e.className === 'string' ? e.className : '').trim().split(/\s+/)
      .filter(Boolean).slice(0, 2);
    if (cls.length) s += '.' + cls.map((c) => CSS.escape(c)).join('.');
    const p = e.parentElement;
    if (p) {
      const same = [...p.children].filter((c) => c.tagName === e.tagName);
      if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
    }
    return s;
  };
  const selector = (e) => {
    const parts = [];
    for (let n = e; n && n.nodeType === 1 && parts.length < 4; n = n.parentElement) {
      parts.unshift(part(n));
      if (n.id || n.tagName === 'BODY') break;
    }
    return parts.join(' > ');
  };
  const over = (ev) => {
    const r = ev.target.getBoundingClientRect();
    Object.assign(box.style, {display: 'block', left: r.left + 'px', top: r.top + 'px',
                              width: r.width + 'px', height: r.height + 'px'});
  };
  const stop = () => {
    document.removeEventListener('mouseover', over, true);
    document.removeEventListener('click', click, true);
    box.remove();
    window.__devoraPickOn = false;
  };
  // the element's place in the page, body down: each level's tag, id, classes and rank
  // among its parent's children of that tag (tbody skipped: browsers add it)
  const place = (e) => {
    const path = [];
    for (let n = e; n && n.nodeType === 1 && path.length < 32; n = n.parentElement) {
      if (n.tagName === 'BODY' || n.tagName === 'HTML') break;
      if (n.tagName === 'TBODY') continue;
      const p = n.parentElement;
      const kids = p ? [...(p.tagName === 'TBODY' && p.parentElement ? p.parentElement.children
                                                                  : p.children)] : [n];
      const rows = kids.flatMap((c) => c.tagName === 'TBODY' ? [...c.children] : [c]);
      path.unshift({tag: n.tagName.toLowerCase(), id: n.id || '',
        cls: (typeof n.className === 'string' ? n.className : '').trim().split(/\s+/)
          .filter(Boolean).slice(0, 8),
        nth: rows.filter((c) => c.tagName === n.tagName).indexOf(n) + 1});
    }
    return path;
  };
  const click = (ev) => {
    ev.preventDefault(); ev.stopPropagation();
    const t = ev.target;
    window.__devoraPick = {tag: t.tagName.toLowerCase(), id: t.id || '',
      text: (t.innerText || t.textContent || '').trim().slice(0, 200),
      selector: selector(t), path: place(t)};
    stop();
  };
  window.__devoraStopPick = stop;
  document.addEventListener('mouseover', over, true);
  document.addEventListener('click', click, true);
  return true;
})()
"""


def pick_script() -> str:
    """The picker, outlined in the theme's accent colour (the window's own, not the page's)."""
    from devora_desktop.ui import theme

    return PICK_JS.replace("__ACCENT__", theme.current().highlight)


READ_JS = "window.__devoraPick ? JSON.stringify(window.__devoraPick) : ''"  # a string: objects
# and arrays do not come back through runJavaScript here
STOP_JS = "window.__devoraStopPick && window.__devoraStopPick()"

_TAG = re.compile(r"[a-z][a-z0-9-]{0,30}")
_SELECTOR_SAFE = re.compile(r"[^\w#.\-:>() \[\]=\"'*+~]")


#: What a person calls an element (others show their tag).
ELEMENT_WORDS = {
    **{f"h{n}": "Heading" for n in range(1, 7)}, "p": "Paragraph", "a": "Link",
    "button": "Button", "img": "Image", "li": "List item", "ul": "List", "ol": "List",
    "nav": "Menu", "header": "Header", "footer": "Footer", "form": "Form", "input": "Field",
    "textarea": "Field", "select": "Choice", "label": "Label", "table": "Table",
    "section": "Section", "article": "Article", "aside": "Side panel", "main": "Main area",
    "figure": "Figure", "video": "Video", "blockquote": "Quote",
}


_INSTRUCTION = re.compile(
    r"\n\nChange only this element of the page, and nothing else: the <(?P<tag>[a-z][a-z0-9-]*)>"
    r"(?: with the text “(?P<text>.*?)”)? \(CSS selector `[^`]*`\), written in [^\n]*\.\Z",
    re.S)


def element_words(tag: str, text: str) -> str:
    quoted = f" “{text[:40]}{'…' if len(text) > 40 else ''}”" if text else ""
    return f"{ELEMENT_WORDS.get(tag, f'<{tag}>')}{quoted}"


def typed_part(prompt: str) -> str:
    """What the person typed, without a pick's instruction."""
    found = _INSTRUCTION.search(prompt)
    return prompt[:found.start()] if found is not None else prompt


def as_said(prompt: str) -> str:
    """A prompt as the person wrote it: the pick's instruction, which goes to the model,
    reads "[on Heading “Task Garden”]" in the chat (it showed three lines of machine text
    with a CSS path after what they typed)."""
    found = _INSTRUCTION.search(prompt)
    if found is None:
        return prompt
    return (f"{prompt[:found.start()]}  "
            f"[on {element_words(found['tag'], found['text'] or '')}]")


@dataclass(frozen=True)
class Picked:
    tag: str
    text: str
    selector: str
    file: str
    line: int

    def words(self) -> str:
        """"Heading “Our menu”": the element as a person names it."""
        return element_words(self.tag, self.text)

    def chip(self) -> str:
        """"Heading “Our menu” · index.html:12": what the chip in the prompt says. The CSS
        path ("body > header.top > div:nth-of-type(1) > h1") meant nothing to a person who
        does not write CSS; it is the chip's tooltip (:meth:`detail`) and goes to the model."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{self.words()} · {where}"

    def detail(self) -> str:
        """"<h2> · #menu > h2.title": the element as a developer names it."""
        return f"<{self.tag}> · {self.selector}"

    def instruction(self) -> str:
        """What the next run is asked, after the person's own words."""
        text = f" with the text “{self.text[:120]}”" if self.text else ""
        where = f"{self.file} at line {self.line}" if self.line else self.file
        return (f"\n\nChange only this element of the page, and nothing else: the <{self.tag}>"
                f"{text} (CSS selector `{self.selector}`), written in {where}.")


@dataclass(frozen=True)
class Step:
    """One level of a picked element's place in the page, from body down."""

    tag: str
    id: str
    classes: frozenset[str]
    nth: int  # its rank among its parent's children of this tag, from 1


def _steps(raw: object) -> list[Step] | None:
    """The picker's ``path``, checked field by field (the page's DOM wrote it)."""
    if not isinstance(raw, list) or not 0 < len(raw) <= 32:
        return None
    steps = []
    for item in raw:
        if not isinstance(item, dict):
            return None
        tag, nth, cls = str(item.get("tag", ""))[:31].lower(), item.get("nth"), item.get("cls")
        if not _TAG.fullmatch(tag) or not isinstance(nth, int) or not 0 < nth < 100_000 \
                or not isinstance(cls, list):
            return None
        steps.append(Step(tag, str(item.get("id", ""))[:100],
                          frozenset(str(c)[:60] for c in cls[:8]), nth))
    return steps


def clean(raw: object, page: str, root: Path | None) -> Picked | None:
    """A pick read from the page, made safe, with the file and line it comes from (None
    when it is not the shape the picker writes)."""
    if isinstance(raw, str) and raw and len(raw) < 16_000:
        import json

        try:
            raw = json.loads(raw)
        except ValueError:
            return None
    if not isinstance(raw, dict):
        return None
    tag = str(raw.get("tag", ""))[:31].lower()
    if not _TAG.fullmatch(tag):
        return None
    text = " ".join(str(raw.get("text", "")).split())[:200]
    selector = _SELECTOR_SAFE.sub("", str(raw.get("selector", "")))[:200] or tag
    ident = str(raw.get("id", ""))[:100]
    line = tag_line(root, page, _steps(raw.get("path")))
    file, line = (page, line) if line else locate(root, page, tag, ident, text)
    return Picked(tag, text, selector, file, line)


# ---- the exact place: the element's path matched in the page's own HTML --------------------
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
_SEE_THROUGH = frozenset({"html", "body", "tbody"})  # a browser adds them where a file has none
_ENDS_ITS_SIBLING = frozenset({"li", "dt", "dd", "p", "tr", "td", "th", "option"})  # <li>a<li>b


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)

    def kids(self) -> list[_Element]:
        """Its children as the picker counts them: through html, body and tbody."""
        out: list[_Element] = []
        for child in self.children:
            out.extend(child.kids() if child.tag in _SEE_THROUGH else [child])
        return out


class _Tree(HTMLParser):
    """The page's elements with the line of each opening tag (an end tag closes back to its
    own element; a stray one is ignored, as browsers do)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {}, 0)
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ENDS_ITS_SIBLING and self.open[-1].tag == tag:
            self.open.pop()
        node = _Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs},
                                               self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, 0, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                return


def _step_into(kids: list[_Element], step: Step) -> _Element | None:
    """The child ``step`` names: by id when the file gives it that id, else by its rank among
    the same tag, when its classes are ones the element had in the file (a script may add
    classes, not take the file's away); else the only such child; else none."""
    same = [k for k in kids if k.tag == step.tag]
    if step.id:
        by_id = [k for k in same if k.attrs.get("id") == step.id]
        if len(by_id) == 1:
            return by_id[0]

    def fits(k: _Element) -> bool:
        return set(k.attrs.get("class", "").split()) <= step.classes

    if step.nth <= len(same) and fits(same[step.nth - 1]):
        return same[step.nth - 1]
    fitting = [k for k in same if fits(k)]
    return fitting[0] if len(fitting) == 1 else None


def tag_line(root: Path | None, page: str, steps: list[Step] | None) -> int:
    """The line of the picked element's opening tag in ``page`` (an HTML file of the
    project), found by walking its path from body down through the file's own elements; 0
    when the file does not have it (a script made it, or the page is no file of ours)."""
    if root is None or not steps or not page.endswith((".html", ".htm")):
        return 0
    try:
        source = (root / page).read_text("utf-8", "replace")
    except OSError:
        return 0
    tree = _Tree()
    tree.feed(source)
    tree.close()
    node: _Element | None = tree.root
    for step in steps:
        node = _step_into(node.kids(), step) if node is not None else None
    return node.line if node is not None else 0


def locate(root: Path | None, page: str, tag: str, ident: str, text: str) -> tuple[str, int]:
    """The file and line an element most likely comes from when the page's HTML does not
    have it (a script made it): its id, else its text, else its tag, searched in the page's
    own file first, then the project's other HTML and scripts."""
    if root is None:
        return page, 0
    sources = sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*")
        if p.suffix in (".html", ".htm", ".js", ".jsx", ".tsx", ".vue", ".svelte")
        and p.is_file() and "node_modules" not in p.parts and ".git" not in p.parts)
    candidates = [page, *sources[:200]]
    needles = [n for n in (f'id="{ident}"' if ident else "", f"id='{ident}'" if ident else "",
                           text[:40], f"<{tag}") if n]
    for needle in needles:
        for rel in dict.fromkeys(candidates):
            try:
                lines = (root / rel).read_text("utf-8", "replace").splitlines()
            except OSError:
                continue
            for i, line in enumerate(lines, 1):
                if needle in line:
                    return rel, i
    return page, 0
