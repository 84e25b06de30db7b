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
            self.label.setVisible(self.view.model().rowCount() == 0)
            self._fit()
        except RuntimeError:  # the view is being destroyed: its last rows leave
            pass

    def _fit(self) -> None:
        self.label.setGeometry(self.view.viewport().rect().adjusted(12, 12, -12, -12))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
