"""Empty states: a list or tree with nothing in it says what to do next, in its own space
(a blank box read as broken). The words sit on the view's viewport and hide with the first row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class Placeholder(QObject):
    """Shows ``text`` centred in ``view`` whenever its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("empty-hint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._min = view.minimumHeight()
        model = view.model()
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                    model.layoutChanged):
            sig.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    def update(self, *_args) -> None:
        try:
            empty = self.view.model().rowCount() == 0
            self.label.setVisible(empty)
            self._fit()
            if self.view.property("empty") != empty:  # empty, the card's frame goes: the
                self.view.setProperty("empty", empty)  # words sit on the canvas (ui/theme.py)
                # a view not yet polished (built, not shown) takes the property with its
                # first polish: styled here too, each was styled twice before the first
                # frame (~8 ms of start-up's CPU, bench/startup.py)
                if self.view.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                    self.view.style().unpolish(self.view)
                    self.view.style().polish(self.view)
        except RuntimeError:  # the view is being destroyed: its last rows leave
            pass

    def _fit(self) -> None:
        """The words fit whole: a narrow column wraps them onto more lines, so the margins
        shrink first, then the view keeps the height they need while it is empty (History
        at 200 px read "…and Restore brings any of")."""
        rect = self.view.viewport().rect()
        need = self.label.heightForWidth(max(1, rect.width() - 24))
        margin = 12 if need + 24 <= rect.height() else max(0, (rect.height() - need) // 2)
        self.label.setGeometry(rect.adjusted(12, margin, -12, -margin))
        frame = self.view.height() - rect.height()
        self.view.setMinimumHeight(max(need + frame, self._min) if self.label.isVisible()
                                   else self._min)

    def set_floor(self, height: int) -> None:
        """The view's own minimum height, with rows or without (the words may need more)."""
        self._min = height
        self._fit()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
