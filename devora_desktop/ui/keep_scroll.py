"""The preview keeps its place on the page across a reload.

Chromium restores a reloaded page's scroll only in the page's first moments, anchored to
what it can find then. A page that builds its content from a script (most generated apps:
app.js renders the list) is still short then, so it came back at the top on every file that
landed; a load of the URL (the run's end, Reload) never restored at all. So the panel keeps
the place itself: before a reload it reads the element at the top of the view (its place in
the page, the start of its text, how far above the top its box began), and after the load,
if Chromium did not restore (the page is at its top), it scrolls that element back to where
it was — an element, not a pixel offset: new styles move content.

Both scripts run in an isolated JavaScript world: the page's own scripts cannot see or call
them. What the page's DOM gives back is untrusted: only numbers and a short place and text,
checked by :func:`clean` before they go back into a script (as JSON)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

#: how long after a load the restore waits for the content a page builds (a fetch, a timer)
WAIT_MS = 1500
MAX_TEXT = 60
MAX_DEPTH = 32
_STEP = r"[A-Za-z][A-Za-z0-9-]{0,40}:\d{1,5}"
_PLACE = re.compile(rf"(?:{_STEP}/){{0,{MAX_DEPTH - 1}}}{_STEP}")

#: [scrollY, place, text start, box top in the view] as JSON (arrays do not come back through
#: runJavaScript); place is "main:0/p:12" (each level's tag and rank among its parent's
#: children of that tag, body down). A restore still waiting for its element answers with
#: what it waits for: a reload in that moment keeps that place.
CAPTURE_JS = r"""
JSON.stringify((() => {
  const keep = window.__devoraKeep;
  if (keep && keep.waiting) return keep.anchor;
  const y = window.scrollY;
  if (!(y > 0)) return [0, '', '', 0];
  const root = document.documentElement, vw = root.clientWidth, vh = root.clientHeight;
  const pinned = (e) => {
    for (let n = e; n && n !== document.body; n = n.parentElement) {
      const p = getComputedStyle(n).position;
      if (p === 'fixed' || p === 'sticky') return true;
    }
    return false;
  };
  const place = (e) => {
    const steps = [];
    for (let n = e; n && n !== document.body && steps.length < __DEPTH__; n = n.parentElement) {
      if (!n.parentElement) return '';
      const same = [...n.parentElement.children].filter((c) => c.localName === n.localName);
      steps.unshift(n.localName + ':' + same.indexOf(n));
    }
    return steps.join('/');
  };
  for (let dy = 0; dy < Math.min(vh, 240); dy += 6) {
    for (const fx of [0.5, 0.2, 0.8]) {
      const e = document.elementFromPoint(vw * fx, dy);
      if (!e || e === document.body || e === root) continue;
      const r = e.getBoundingClientRect();
      if (r.height <= 0 || r.height >= vh || pinned(e)) continue;
      const where = place(e);
      if (!where) continue;
      const text = (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, __TEXT__);
      return [y, where, text, r.top];
    }
  }
  return [y, '', '', 0];
})())
""".replace("__DEPTH__", str(MAX_DEPTH)).replace("__TEXT__", str(MAX_TEXT))

_RESTORE_JS = r"""
((anchor) => {
  const [y, where, text, top] = anchor;
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const find = () => {
    let e = document.body;
    for (const step of where ? where.split('/') : []) {
      const [tag, rank] = step.split(':');
      e = e && [...e.children].filter((c) => c.localName === tag)[+rank];
    }
    if (e && e !== document.body && norm(e.textContent).startsWith(text)) return e;
    if (!where || !text) return null;
    const tag = where.slice(where.lastIndexOf('/') + 1).split(':')[0];
    const same = document.getElementsByTagName(tag);
    for (let i = 0; i < same.length && i < 5000; i++) {
      if (norm(same[i].textContent).startsWith(text)) return same[i];
    }
    return null;
  };
  const root = () => document.documentElement;
  const keep = window.__devoraKeep = {anchor, waiting: true};
  const until = performance.now() + __WAIT__;
  let mine = null;  // the offset this scrolled to: any other scroll (the person's) wins
  const step = () => {
    if (window.__devoraKeep !== keep) return;
    const now = window.scrollY;
    if (mine === null ? now > 0 : Math.abs(now - mine) > 1) {
      keep.waiting = false;  // Chromium restored, or someone scrolled: theirs stands
      return;
    }
    const e = where ? find() : null;
    if (e) {
      window.scrollTo(window.scrollX, now + e.getBoundingClientRect().top - top);
      mine = window.scrollY;
      if (Math.abs(e.getBoundingClientRect().top - top) <= 1) {
        keep.waiting = false;
        return;
      }
    } else if (!where && root().scrollHeight - root().clientHeight >= y) {
      window.scrollTo(window.scrollX, y);  // nothing to anchor to: the offset, as a browser
      keep.waiting = false;
      return;
    }
    if (performance.now() < until) setTimeout(step, 30);
    else keep.waiting = false;
  };
  step();
  return keep.waiting;
})
""".replace("__WAIT__", str(WAIT_MS))


@dataclass(frozen=True)
class Anchor:
    """Where the view was: the page's offset, and the element at its top."""

    y: float
    place: str
    text: str
    top: float

    def restore_js(self) -> str:
        """The script that brings this place back (run in the isolated world)."""
        return f"{_RESTORE_JS}({json.dumps([self.y, self.place, self.text, self.top])})"


def clean(raw: object) -> Anchor | None:
    """The anchor CAPTURE_JS answered, or None when there is nothing to keep (the top) or
    the answer is not of its shape: the page's DOM is untrusted, so only finite numbers in
    range and a place and text of the expected form and length pass."""
    if not isinstance(raw, str) or len(raw) > 4000:
        return None
    try:
        raw = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(raw, list) or len(raw) != 4:
        return None
    y, place, text, top = raw
    numbers = (y, top)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) and math.isfinite(n)
               and abs(n) < 10_000_000 for n in numbers):
        return None
    if not isinstance(place, str) or not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    if place and (len(place) > 1500 or not _PLACE.fullmatch(place)):
        return None
    if y <= 0:
        return None
    return Anchor(float(y), place, text if place else "", float(top))
