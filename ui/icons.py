"""The line icons in resources/icons, tinted to the palette and rendered crisp at any scale."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from rmcoach.paths import resource_path
from ui.icon_names import IconName
from ui.theme import ICON_INK, current_palette

_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_INK = re.compile(re.escape(ICON_INK), re.IGNORECASE)

Mode = QIcon.Mode
State = QIcon.State


def _normalise(color: str) -> str:
    if not QColor.isValidColorName(color):
        raise ValueError(f"not a colour: {color!r}")
    qcolor = QColor(color)
    if qcolor.alpha() != 255:
        raise ValueError(f"icon colours are opaque; got {color!r}")
    return qcolor.name(QColor.NameFormat.HexRgb).upper()


@cache
def _source(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise KeyError(name)
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(name)
    return path.read_text(encoding="utf-8")


def svg_bytes(name: IconName, color: str) -> bytes:
    """The icon's SVG source with the placeholder ink replaced by color.

    Raises:
        KeyError: there is no resources/icons/<name>.svg (a bug, not user input).
        ValueError: color is not an opaque colour Qt understands.
    """
    return _INK.sub(_normalise(color), _source(name)).encode("utf-8")


class _SvgIconEngine(QIconEngine):
    """Renders an SVG per (mode, state) at exactly the size and scale asked for.

    Each (mode, state) maps to an (icon name, colour); a missing pair falls back to the
    same mode Off, then Normal in the same state, then Normal Off.
    """

    def __init__(self, sources: dict[tuple[Mode, State], tuple[IconName, str]]) -> None:
        super().__init__()
        self._sources = sources
        self._renderers: dict[tuple[IconName, str], QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, Mode, State, float], QPixmap] = {}

    def _source(self, mode: Mode, state: State) -> tuple[IconName, str]:
        for key in ((mode, state), (mode, State.Off), (Mode.Normal, state)):
            if key in self._sources:
                return self._sources[key]
        return self._sources[(Mode.Normal, State.Off)]

    def _renderer(self, mode: Mode, state: State) -> QSvgRenderer:
        source = self._source(mode, state)
        renderer = self._renderers.get(source)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(svg_bytes(*source)))
            self._renderers[source] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: Mode, state: State) -> None:
        side = min(rect.width(), rect.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        self._renderer(mode, state).render(painter, QRectF(square))

    def actualSize(self, size: QSize, mode: Mode, state: State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: Mode, state: State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: Mode, state: State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), mode, state, scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        side = min(size.width(), size.height())
        device_side = max(1, round(side * scale))
        pixmap = QPixmap(device_side, device_side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode, state).render(painter, QRectF(0, 0, device_side, device_side))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(dict(self._sources))

    def key(self) -> str:
        return "rmcoach-svg"

    def iconName(self) -> str:
        return self._sources[(Mode.Normal, State.Off)][0]


@cache
def _build(off: tuple[IconName, str], on: tuple[IconName, str], disabled: str) -> QIcon:
    """An icon from (name, colour) for the Off and On states, greyed when disabled."""
    _source(off[0])  # an unknown name fails here, not at first paint
    _source(on[0])
    sources = {
        (Mode.Normal, State.Off): off,
        (Mode.Normal, State.On): on,
        (Mode.Disabled, State.Off): (off[0], disabled),
        (Mode.Disabled, State.On): (on[0], disabled),
    }
    return QIcon(_SvgIconEngine(sources))


def icon(name: IconName, color: str | None = None) -> QIcon:
    """resources/icons/<name>.svg tinted color (default: the palette's text colour).

    Disabled widgets draw it in the palette's disabled colour. Icons are cached by name
    and colours, so asking again is cheap.

    Raises:
        KeyError: there is no such icon (a bug, not user input).
        ValueError: color is not an opaque colour.
    """
    palette = current_palette()
    tint = _normalise(color or palette["text"])
    return _build((name, tint), (name, tint), _normalise(palette["disabled"]))


def nav_icon(name: IconName) -> QIcon:
    """An icon for a checkable rail button: muted when off, the accent when checked (On)."""
    palette = current_palette()
    return _build(
        (name, _normalise(palette["muted"])),
        (name, _normalise(palette["accent"])),
        _normalise(palette["disabled"]),
    )


def privacy_icon() -> QIcon:
    """For the checkable privacy toggle: an eye while data shows; when checked (data
    hidden) a crossed-out eye in the colours app.qss gives the checked toggle."""
    palette = current_palette()
    return _build(
        ("eye", _normalise(palette["text"])),
        ("eye-off", _normalise(palette["card"])),
        _normalise(palette["disabled"]),
    )


def icon_pixmap(
    name: IconName, size: int, color: str | None = None, device_pixel_ratio: float = 1.0
) -> QPixmap:
    """The icon as a size x size (logical px) pixmap at device_pixel_ratio, for QLabels."""
    return icon(name, color).pixmap(QSize(size, size), device_pixel_ratio)


def clear_cache() -> None:
    """Forget rendered icons (only needed if resources/icons changes while running)."""
    _source.cache_clear()
    _build.cache_clear()
