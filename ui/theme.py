"""Light and dark palettes, the app stylesheet built from them, and applying both to the app."""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal, get_args

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rmcoach.paths import resource_path
from ui.icon_names import IconName

log = logging.getLogger("rmcoach.ui.theme")

ThemeMode = Literal["system", "light", "dark"]
THEME_MODES: Final[tuple[str, ...]] = get_args(ThemeMode)

#: The stroke colour every SVG in resources/icons is drawn with; loaders replace it to tint.
ICON_INK: Final = "#1F2329"

#: CJK UI fonts first (DESIGN.md): Windows, macOS, then Linux.
FONT_FAMILIES: Final[tuple[str, ...]] = (
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
)
BASE_FONT_PX: Final = 14

# Semantic colours are darkened (light) or lightened (dark) from DESIGN.md where needed to
# reach 4.5:1 as text on a card and on their own soft pill background; tests/ui/test_theme.py
# measures every pair. DESIGN.md's amber #B26A00 is only 4.24:1 on white, hence #9E5C00.
LIGHT: Final[dict[str, str]] = {
    # surfaces and lines
    "bg": "#F7F8FA",
    "card": "#FFFFFF",
    "input_bg": "#FFFFFF",
    "border": "#E3E5E8",
    "border_strong": "#C9CDD4",
    "hover": "#F1F2F4",
    "selected": "#E3ECFC",
    "track": "#E8EAED",
    "scroll": "#C9CDD4",
    "scroll_hover": "#A3A8B0",
    # text
    "text": "#1F2329",
    "muted": "#646A73",
    "disabled": "#A3A8B0",
    # the one accent
    "accent": "#2457C5",
    "accent_hover": "#1E4CB0",
    "accent_pressed": "#1A4199",
    "accent_text": "#FFFFFF",
    "accent_soft": "#E8EFFC",
    "focus": "#2457C5",
    "focus_on_accent": "#0B1F4D",
    # meaning only
    "due": "#9E5C00",
    "due_soft": "#FDF3E1",
    "overdue": "#C62828",
    "overdue_soft": "#FDECEC",
    "done": "#2E7D32",
    "done_soft": "#EDF7EE",
    "danger": "#C62828",
    "danger_soft": "#FDECEC",
    # client tiers: calm hues that are none of the semantic ones
    "tier_private": "#6A3FA0",
    "tier_private_bg": "#F1EBFA",
    "tier_wealth": "#0B6B67",
    "tier_wealth_bg": "#E1F3F1",
    "tier_vip": "#3A5A85",
    "tier_vip_bg": "#E6EDF6",
    "tier_mass": "#575E68",
    "tier_mass_bg": "#EEF0F2",
    # tooltips
    "tooltip_bg": "#1F2329",
    "tooltip_text": "#FFFFFF",
}

DARK: Final[dict[str, str]] = {
    "bg": "#1E2127",
    "card": "#2A2E36",
    "input_bg": "#23262D",
    "border": "#3A3F49",
    "border_strong": "#4D535E",
    "hover": "#343943",
    "selected": "#2E4066",
    "track": "#3A3F49",
    "scroll": "#4D535E",
    "scroll_hover": "#6B717B",
    "text": "#E6E8EB",
    "muted": "#A0A6AF",
    "disabled": "#6B717B",
    "accent": "#82A9FF",
    "accent_hover": "#98B8FF",
    "accent_pressed": "#6C95EC",
    "accent_text": "#0E1A33",
    "accent_soft": "#2A3857",
    "focus": "#8CB1FF",
    "focus_on_accent": "#FFFFFF",
    "due": "#F0A53C",
    "due_soft": "#45381F",
    "overdue": "#F28B82",
    "overdue_soft": "#4A2D2D",
    "done": "#71C476",
    "done_soft": "#263D29",
    "danger": "#F28B82",
    "danger_soft": "#4A2D2D",
    "tier_private": "#CDB2F5",
    "tier_private_bg": "#3A3050",
    "tier_wealth": "#76D4CC",
    "tier_wealth_bg": "#1E3D3B",
    "tier_vip": "#AAC4EA",
    "tier_vip_bg": "#2D3B50",
    "tier_mass": "#BEC4CC",
    "tier_mass_bg": "#393E47",
    "tooltip_bg": "#E6E8EB",
    "tooltip_text": "#1F2329",
}

PALETTES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"light": MappingProxyType(LIGHT), "dark": MappingProxyType(DARK)}
)

_PLACEHOLDER = re.compile(r"@([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)

# Stylesheet images (check marks, chevrons): placeholder -> (icon, palette colour, stroke).
# Qt style sheets can only load images from files, so tinted copies are written to a
# per-process folder; the stroke is thickened because indicators are drawn at 12-16 px.
_INDICATOR_IMAGES: Final[dict[str, tuple[IconName, str, str]]] = {
    "img_check": ("check", "accent_text", "2.5"),
    "img_minus": ("minus", "accent_text", "2.5"),
    "img_menu_check": ("check", "text", "2"),
    "img_chevron_down": ("chevron-down", "muted", "2"),
    "img_chevron_up": ("chevron-up", "muted", "2"),
    "img_chevron_left": ("chevron-left", "text", "2"),
    "img_chevron_right": ("chevron-right", "text", "2"),
    "img_chevron_down_disabled": ("chevron-down", "disabled", "2"),
    "img_plus": ("add", "muted", "2"),
    "img_plus_disabled": ("add", "disabled", "2"),
    "img_step_minus": ("minus", "muted", "2"),
    "img_step_minus_disabled": ("minus", "disabled", "2"),
}


class ThemeNotifier(QObject):
    """Tells widgets that the theme changed, so they can re-tint icons they set in code.

    Signals:
        changed: emitted with the new palette (a read-only mapping) after it is applied.
    """

    changed = Signal(object)


@dataclass
class _ThemeState:
    mode: ThemeMode = "system"
    dark: bool = False
    palette: dict[str, str] = field(default_factory=lambda: dict(LIGHT))
    notifier: ThemeNotifier | None = None
    asset_dir: Path | None = None


_state = _ThemeState()


_MODES: Final[dict[str, ThemeMode]] = {"system": "system", "light": "light", "dark": "dark"}


def _check_mode(mode: str) -> ThemeMode:
    try:
        return _MODES[mode]
    except KeyError:
        choices = ", ".join(THEME_MODES)
        raise ValueError(f"theme mode must be one of {choices}, not {mode!r}") from None


def is_dark_scheme(app: QGuiApplication, mode: str = "system") -> bool:
    """Whether to use the dark palette: the setting if it says light or dark, else the system."""
    chosen = _check_mode(mode)
    if chosen != "system":
        return chosen == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def current_palette() -> Mapping[str, str]:
    """The palette applied last (light before apply_theme is first called), read-only."""
    return MappingProxyType(_state.palette)


def current_mode() -> ThemeMode:
    """The mode passed to apply_theme last: "system", "light" or "dark"."""
    return _state.mode


def notifier() -> ThemeNotifier:
    """The one ThemeNotifier; connect to its changed signal to re-tint icons."""
    if _state.notifier is None:
        _state.notifier = ThemeNotifier()
    return _state.notifier


def _asset_dir() -> Path:
    if _state.asset_dir is None:
        folder = Path(tempfile.mkdtemp(prefix="rmcoach-style-"))
        atexit.register(shutil.rmtree, folder, True)
        _state.asset_dir = folder
    return _state.asset_dir


def _indicator_images(palette: Mapping[str, str]) -> dict[str, str]:
    """Write the tinted indicator SVGs for this palette; placeholder -> url("...")."""
    images: dict[str, str] = {}
    for placeholder, (name, colour_key, stroke) in _INDICATOR_IMAGES.items():
        colour = palette.get(colour_key)
        if colour is None:
            continue  # reported by build_stylesheet as the unsubstituted placeholder
        target = _asset_dir() / f"{name}-{colour.lstrip('#').lower()}-{stroke}.svg"
        if not target.exists():
            svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
            svg = re.sub(re.escape(ICON_INK), colour, svg, flags=re.IGNORECASE)
            svg = svg.replace('stroke-width="1.75"', f'stroke-width="{stroke}"')
            target.write_text(svg, encoding="utf-8")
        images[placeholder] = f'url("{target.as_posix()}")'
    return images


def build_stylesheet(palette: Mapping[str, str]) -> str:
    """resources/styles/app.qss with every @name replaced by the palette's value.

    Placeholders are matched as whole identifiers, so @accent_soft is never read as
    @accent followed by "_soft" (the same guarantee as replacing longest names first,
    and an unknown @accent_softer is reported instead of half-replaced).

    Raises:
        ValueError: naming each placeholder the palette has no value for.
    """
    source = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    source = _COMMENT.sub("", source)
    values = {**palette, **_indicator_images(palette)}
    missing = sorted({name for name in _PLACEHOLDER.findall(source) if name not in values})
    if missing:
        names = ", ".join(f"@{name}" for name in missing)
        raise ValueError(f"app.qss uses placeholders the palette does not define: {names}")
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], source)


def build_qpalette(palette: Mapping[str, str]) -> QPalette:
    """A QPalette matching the stylesheet, so the parts Fusion draws natively agree."""

    def colour(key: str) -> QColor:
        return QColor(palette[key])

    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    qpalette = QPalette()
    for target, key in (
        (role.Window, "bg"),
        (role.WindowText, "text"),
        (role.Base, "input_bg"),
        (role.AlternateBase, "bg"),
        (role.Text, "text"),
        (role.PlaceholderText, "muted"),
        (role.Button, "card"),
        (role.ButtonText, "text"),
        (role.BrightText, "accent_text"),
        (role.Light, "card"),
        (role.Midlight, "border"),
        (role.Mid, "border_strong"),
        (role.Dark, "scroll_hover"),
        (role.Shadow, "text"),
        # selections are the soft blue everywhere, as in the styled item views
        (role.Highlight, "selected"),
        (role.HighlightedText, "text"),
        (role.Accent, "accent"),
        (role.Link, "accent"),
        (role.LinkVisited, "accent"),
        (role.ToolTipBase, "tooltip_bg"),
        (role.ToolTipText, "tooltip_text"),
    ):
        qpalette.setColor(target, colour(key))
    for target, key in (
        (role.WindowText, "disabled"),
        (role.Text, "disabled"),
        (role.ButtonText, "disabled"),
        (role.Base, "bg"),
        (role.Button, "bg"),
        (role.Highlight, "border_strong"),
        (role.HighlightedText, "text"),
    ):
        qpalette.setColor(group.Disabled, target, colour(key))
    return qpalette


def base_font() -> QFont:
    """The 14 px CJK-first UI font, for code that paints text itself (charts, delegates)."""
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(BASE_FONT_PX)
    return font


def _apply(app: QApplication, dark: bool) -> None:
    palette = DARK if dark else LIGHT
    stylesheet = build_stylesheet(palette)  # first, so a broken sheet changes nothing
    app.setStyle("Fusion")
    app.setPalette(build_qpalette(palette))
    app.setFont(base_font())
    app.setStyleSheet(stylesheet)
    _state.dark = dark
    _state.palette = dict(palette)
    log.debug("applied the %s theme (mode %s)", "dark" if dark else "light", _state.mode)
    notifier().changed.emit(current_palette())


def _on_color_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """Follow the system's light/dark switch while the setting says "system"."""
    app = QApplication.instance()
    if _state.mode != "system" or not isinstance(app, QApplication):
        return
    dark = scheme == Qt.ColorScheme.Dark
    if dark != _state.dark:
        _apply(app, dark)


def apply_theme(app: QApplication, mode: str = "system") -> Mapping[str, str]:
    """Apply Fusion, the palette, the font and the stylesheet for mode; return the palette.

    With mode "system" the theme follows later system light/dark switches. With "light"
    or "dark" the choice is also passed to Qt (QStyleHints.setColorScheme), so native
    parts such as the Windows title bar match the app.

    Args:
        app: the running QApplication.
        mode: the user's setting, "system", "light" or "dark".
    """
    _state.mode = _check_mode(mode)
    hints = app.styleHints()
    if _state.mode == "system":
        hints.unsetColorScheme()
    else:
        wanted = Qt.ColorScheme.Dark if _state.mode == "dark" else Qt.ColorScheme.Light
        hints.setColorScheme(wanted)
    if not app.property("rmcoachThemeWatching"):
        hints.colorSchemeChanged.connect(_on_color_scheme_changed)
        app.setProperty("rmcoachThemeWatching", True)
    _apply(app, is_dark_scheme(app, _state.mode))
    return current_palette()


def repolish(widget: QWidget) -> None:
    """Re-match the stylesheet after a dynamic property (invalid, state, tier) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on (e.g. invalid=True) and repaint the widget."""
    widget.setProperty(name, value)
    repolish(widget)
