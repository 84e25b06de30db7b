"""The live preview holds its last frame while the page reloads under it.

Chromium keeps the old page on screen after a navigation only until the new one paints
something or about half a second has passed (its "paint holding"): a page whose script
builds its content later, or any page on a machine kept busy by the agents writing it, went
white between reloads, and a person watching a run saw flashes instead of an app growing.
So the panel puts a picture of the view, taken just before the reload (one grab, about a
millisecond), over the view, which keeps loading beneath it (still shown, so Chromium goes
on rendering it), and takes the picture away once the new page is ready
(:func:`ready_js`): loaded, its place on the page brought back (ui/keep_scroll.py),
something in its body, its DOM quiet for a moment and FRAMES frames begun after that, and
the view's own picture the same at two such answers in a row (the page's last frame has
reached it); or at the latest after :data:`HOLD_MS`. The picture lets the mouse through to
the page beneath, and the person's first wheel, click or key there shows the live page at
once.

The script runs in the isolated world, as keep_scroll's does: the page's own scripts can't
see or call it, and it answers a boolean only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from devora_desktop.ui import keep_scroll

#: after a load has ended, the longest the held frame waits for the page to be ready: the
#: place kept waits up to keep_scroll.WAIT_MS for the content a script builds, and a page
#: built 0.9 s after its load took 1.8 s more at load 20 on two cores
HOLD_MS = keep_scroll.WAIT_MS + 1500
#: the longest one frame is held while loads replace each other (files landing in a row)
HOLD_MAX_MS = 6000
#: the DOM must have been still this long, so a page is not shown while its script is
#: still adding to it (a list built later is waited for by its text: KEEP_SHARE); 50 ms put
#: the landed file on screen 222/345 ms p50/p95 after it landed, 20 ms 209/288 (load 2)
QUIET_MS = 20
POLL_MS = 10  # 16: 209/288 ms, 10: 188/252 (as above)
#: the page's frames that must have begun since its last change before it is shown. The
#: frame a page draws reaches the view one to seven frames later (Chromium's compositor, then
#: the Qt thread, each a step behind): after two, the view still showed the page's top, its
#: place not yet back, when the held frame went in 6 of 51 reloads at load 14-18 (the CI
#: failure of test_a_live_reload_of_a_scrolled_page_never_flashes_its_top); after four, in
#: 1 of 65 at load 15-27; with the view's picture also still (:meth:`Loads.still`), in 0 of
#: 40 at load 18-22
FRAMES = 4
#: ready answers whose pictures may differ before the page is shown anyway (a page with an
#: animation, a clock, a spinner never holds still; ~POLL_MS apart)
STILL_TRIES = 6

#: watches the page for changes (its DOM, its scroll) from the moment its document exists (put
#: in each page of the preview by :func:`watch_script`; the readiness script starts it in a
#: page without) and counts the frames begun since the last one, up to FRAMES. Counted as the
#: page loads rather than from the first ready question after it: the frames a static page
#: needs have begun by the time its load's end reaches the Qt thread (they took ~70 ms after
#: it, a quarter of a live reload's time to the screen; bench/preview.py)
WATCH_JS = r"""
window.__devoraReady = window.__devoraReady || (() => {
  const s = {changed: 0, frames: 0, ticking: false, content: false, y: 0};
  const tick = () => {
    s.frames += 1;
    if (s.frames < __FRAMES__) requestAnimationFrame(tick); else s.ticking = false;
  };
  const changed = s.touch = () => {
    s.changed = performance.now();
    s.frames = 0;
    s.y = window.scrollY;
    if (!s.ticking) { s.ticking = true; requestAnimationFrame(tick); }
  };
  new MutationObserver(changed)
    .observe(document, {subtree: true, childList: true, characterData: true});
  addEventListener('scroll', changed, {capture: true, passive: true});
  changed();
  return s;
})();
""".replace("__FRAMES__", str(FRAMES))

#: true once the page has loaded (this document: asked while the next load is under way, the
#: answer is about the page beneath until that load replaces it), has content (at least
#: __WANT__ characters of text: see :func:`ready_js`), its place kept, its DOM and scroll
#: quiet for QUIET_MS and FRAMES frames begun since (counted by WATCH_JS)
_READY_JS = WATCH_JS + r"""
(() => {
  const s = window.__devoraReady, body = document.body, keep = window.__devoraKeep;
  // a scroll made since the last change (the place kept, brought back) has not told its
  // event yet: it is drawn from the next frame, so the frames are counted from now
  if (window.scrollY !== s.y) s.touch();
  const text = body ? body.innerText.trim().length : 0;
  s.content = s.content || text > 0 || (!!body && !!body.querySelector(
    'img, svg, canvas, video, iframe, input, button, select, textarea'));
  return document.readyState === 'complete' && s.content && text >= __WANT__ &&
    !(keep && keep.waiting) && performance.now() - s.changed >= __QUIET__ &&
    s.frames >= __FRAMES__;
})()
""".replace("__QUIET__", str(QUIET_MS)).replace("__FRAMES__", str(FRAMES))

#: the text of the page on screen before a reload, as a script answers it (a number)
TEXT_JS = "document.body ? document.body.innerText.trim().length : 0"
#: the share of the last page's text the next one must have before it replaces it: a page
#: whose script builds its list later showed its heading alone at every reload (the list
#: came back 0.6 s later); a page the agents made shorter shows after HOLD_MS
KEEP_SHARE = 0.5


def ready_js(text_before: object) -> str:
    """READY_JS for a page that replaces one with ``text_before`` characters of text (what
    TEXT_JS answered; anything else counts as none)."""
    chars = text_before if isinstance(text_before, int | float) and \
        not isinstance(text_before, bool) and 0 <= text_before < 10_000_000 else 0
    return _READY_JS.replace("__WANT__", str(int(chars * KEEP_SHARE)))


def watch_script(world: int) -> QObject:
    """The QWebEngineScript that runs WATCH_JS in ``world`` as each document of a page is
    created, so the DOM's quiet is counted from its first node, not from the load's end."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    script = QWebEngineScript()
    script.setName("devora-ready")
    script.setSourceCode(WATCH_JS)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(world)
    script.setRunsOnSubFrames(False)
    return script

@dataclass
class Loads:
    """Where the view's loads stand, for the held frame and the place kept across a reload.

    The page answers ``runJavaScript`` later, in any order with the loads: each load is
    numbered (``kept``), and an answer about another load than the one it was asked for
    is dropped. A reload over a load still under way keeps that load's place (read from
    the page on screen, which may be the older one scrolled to its top otherwise)."""

    navs: int = 0  # loads asked of the view that have not ended (a load replaced by the
    #: next may end with loadFinished(False) or not be told at all: an ok end ends all)
    kept: int = 0  # the latest load's number; a reload's place is read for it
    answered: int = 0  # the latest load whose place has been read (or that had none)
    loaded: int = -1  # the latest load that has ended, and succeeded
    place: keep_scroll.Anchor | None = None  # to bring back after ``kept``'s load...
    place_url: str = ""  # ...on the page it was read from
    asking: int = 0  # the readiness round: an earlier page's answers are not this one's
    ready_in_row: int = 0  # ready answers in a row this round
    text_before: object = 0  # the text of the page the held frame shows (TEXT_JS)
    picture: object = None  # the view's picture at the last ready answer (a QImage)
    pictures: int = 0  # the pictures compared this round

    def navigate(self, fresh: bool) -> None:
        """A load of a URL: no earlier reload's place applies to it."""
        self.kept += 1
        self.answered = self.kept
        self.place = None
        self.navs = 1 if fresh else self.navs + 1

    def reload(self) -> int | None:
        """A reload in place; the number its place is read for, or None when it keeps the
        place read for the load under way that it replaces."""
        keep = not (self.navs and self.kept > self.loaded)
        self.navs += 1
        if not keep:
            return None
        self.kept += 1
        self.place = None
        return self.kept

    def place_read(self, n: int, place: keep_scroll.Anchor | None, url: str) -> bool:
        """The place read for load ``n``; True: bring it back now (its load has ended)."""
        if n != self.kept:  # a newer reload, or a new page, came since
            return False
        self.answered = n
        self.place, self.place_url = place, url
        return self.loaded == n

    @property
    def place_pending(self) -> bool:
        """The place to bring back after the latest load has not been read yet."""
        return self.answered != self.kept

    def take_place(self) -> tuple[keep_scroll.Anchor | None, str]:
        place, self.place = self.place, None
        return place, self.place_url

    def ended(self, ok: bool, ours: bool = True) -> None:
        """The view says a load ended; ``ours``: of the page the panel serves (not the
        about:blank of a warm-up or a stop)."""
        self.navs = 0 if ok else max(0, self.navs - 1)
        if ok and ours:
            self.loaded = self.kept

    def new_round(self) -> int:
        """Ask afresh whether the page is ready (a load ended, or waiting stopped)."""
        self.asking += 1
        self.ready_in_row = 0
        self.picture, self.pictures = None, 0
        return self.asking

    def still(self, picture: object) -> bool:
        """The view's ``picture`` at a ready answer is the one it showed at the ready answer
        just before (:meth:`ready` forgets it at a no): no frame of the page is still on its
        way to the view. Chromium's frames reach the view through the Qt thread, which a
        busy machine keeps behind the page's own frames: at load 27 the view still showed
        the page's top, the page scrolled back four frames earlier, in 1 reload of 40."""
        same = self.picture is not None and picture == self.picture
        self.picture = picture
        self.pictures += 1
        return same or self.pictures > STILL_TRIES  # a page that animates never is still

    def ready(self, n: int, answer: object) -> bool:
        """An answer of round ``n`` that says the page is ready. The page is shown at the
        second of two such answers in a row, the view's picture the same at both
        (:meth:`still`): a frame the page has painted is not in the view at once (shown at
        the first, the view was white for a moment once in twenty reloads). A no starts
        the count again and forgets the last picture. The pictures were taken from the
        second answer on, which kept each reload waiting one poll more (~10 ms, and a
        round trip to the page's process) for no check the second and third did not make."""
        if n != self.asking:
            return False
        if answer is not True:
            self.ready_in_row, self.picture = 0, None
            return False
        self.ready_in_row += 1
        return True


_TOUCHES = (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin)


class HeldFrame(QWidget):
    """The picture shown over the view while it reloads. ``touched``: the person used the
    page beneath (the view's input widget, watched while a frame is held).

    It paints its picture itself rather than being a QLabel: a label's size hint is its
    picture's, so each held frame set the page area's minimum size to the page's (the window
    could not be made smaller than a 757x517 picture while one was held) and asked the whole
    window's layout to run again on every reload, on the Qt thread."""

    touched = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("The page before the reload")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._watched: QWidget | None = None
        self._picture = QPixmap()

    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def picture(self) -> QPixmap:
        return self._picture

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._picture.isNull():
            QPainter(self).drawPixmap(0, 0, self._picture)  # top left, as the page was

    def hold(self, view: QWidget) -> None:
        """Take the picture of ``view`` as it is now and watch its input widget."""
        target = view.focusProxy() or view
        if target is not self._watched:
            self._unwatch()
            target.installEventFilter(self)
            self._watched = target
        self._picture = view.grab()
        self.update()

    def let_go(self) -> None:
        """The live page is back: no picture, no watching."""
        self._unwatch()
        self._picture = QPixmap()
        self.update()

    def _unwatch(self) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the view went first
                pass
            self._watched = None

    def hideEvent(self, event) -> None:
        """The window closes (or the tab goes): nothing to watch on a view on its way out."""
        self._unwatch()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES:
            self.touched.emit()
        return False
