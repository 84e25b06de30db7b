"""Images in the prompt: paste (Ctrl+V) or drop a screenshot or mockup into the prompt; each
shows as a thumbnail with a remove button under it and goes with the next run
(agents/images.py says which agents see it and when a model cannot)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QWidget

MAX_SIDE = 1568  # px: larger images cost tokens without showing a model more
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}


def as_png(image: QImage) -> bytes:
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def images_in(source: QMimeData) -> list[QImage]:
    """The images a paste or drop carries: image data, or local image files."""
    if source.hasImage():
        image = QImage(source.imageData())
        return [image] if not image.isNull() else []
    out = []
    for url in source.urls() if source.hasUrls() else []:
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path is not None and path.suffix.lower() in IMAGE_SUFFIXES:
            image = QImage(str(path))
            if not image.isNull():
                out.append(image)
    return out


class PromptEdit(QPlainTextEdit):
    """The prompt box: text as usual; an image pasted or dropped becomes an attachment."""

    image_added = Signal(bytes)  # PNG

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(images_in(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        images = images_in(source)
        if not images:
            return super().insertFromMimeData(source)
        for image in images:
            self.image_added.emit(as_png(image))


class ImageStrip(QWidget):
    """Thumbnails of the prompt's images, each with ✕; hidden while there are none."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.images: list[bytes] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        self.hide()

    def add(self, png: bytes) -> None:
        from devora_desktop.agents.images import MAX_IMAGES

        if len(self.images) >= MAX_IMAGES:
            return
        self.images.append(png)
        chip = QWidget()
        chip.setObjectName("image-chip")
        box = QHBoxLayout(chip)
        box.setContentsMargins(0, 0, 0, 0)
        thumb = QLabel()
        thumb.setPixmap(QPixmap.fromImage(QImage.fromData(png)).scaled(
            56, 40, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        thumb.setToolTip("An image for the next run (sent to models that read images)")
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(f"Remove image {len(self.images)}")
        remove.setToolTip("Remove this image")
        remove.clicked.connect(lambda: self._remove(chip, png))
        box.addWidget(thumb)
        box.addWidget(remove)
        self.row.insertWidget(self.row.count() - 1, chip)
        self.show()
        self.changed.emit()

    def _remove(self, chip: QWidget, png: bytes) -> None:
        if png in self.images:
            self.images.remove(png)
        chip.deleteLater()
        self.setVisible(bool(self.images))
        self.changed.emit()

    def clear(self) -> None:
        self.images = []
        while self.row.count() > 1:
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.hide()
        self.changed.emit()
