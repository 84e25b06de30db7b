"""Click to change: a pick mode in the preview. Hover highlights an element, a click picks it;
the prompt gets a chip naming it (tag, text, selector, and the file and line it comes from)
and the next run is asked to change just that.

The picker runs in an isolated JavaScript world: the page's own scripts cannot see or call it,
and the pick is read back by polling that world, not sent by the page. What it reads is the
page's DOM, so every field is untrusted input: cut to length, reduced to a safe character set,
and only ever shown as text or quoted in the prompt."""

from __future__ import annotations

import re
from dataclasses import dataclass
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
  const click = (ev) => {
    ev.preventDefault(); ev.stopPropagation();
    const t = ev.target;
    window.__devoraPick = {tag: t.tagName.toLowerCase(), id: t.id || '',
      text: (t.innerText || t.textContent || '').trim().slice(0, 200),
      selector: selector(t)};
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


@dataclass(frozen=True)
class Picked:
    tag: str
    text: str
    selector: str
    file: str
    line: int

    def chip(self) -> str:
        """"<h2> “Our menu” · #menu · index.html:12": what the chip in the prompt says."""
        quoted = f" “{self.text[:40]}{'…' if len(self.text) > 40 else ''}”" if self.text else ""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"<{self.tag}>{quoted} · {self.selector} · {where}"

    def instruction(self) -> str:
        """What the next run is asked, after the person's own words."""
        text = f" with the text “{self.text[:120]}”" if self.text else ""
        where = f"{self.file} at line {self.line}" if self.line else self.file
        return (f"\n\nChange only this element of the page, and nothing else: the <{self.tag}>"
                f"{text} (CSS selector `{self.selector}`), written in {where}.")


def clean(raw: object, page: str, root: Path | None) -> Picked | None:
    """A pick read from the page, made safe, with the file and line it most likely comes
    from (None when it is not the shape the picker writes)."""
    if isinstance(raw, str) and raw and len(raw) < 4000:
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
    file, line = locate(root, page, tag, ident, text)
    return Picked(tag, text, selector, file, line)


def locate(root: Path | None, page: str, tag: str, ident: str, text: str) -> tuple[str, int]:
    """The file and line an element most likely comes from: its id, else its text, else its
    tag, searched in the page's own file first, then the project's other HTML and scripts."""
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
