"""Tests for ui.theme and ui.icons: the icon set, the stylesheet, the palettes and tinting."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import get_args
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QByteArray, QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rmcoach.paths import resource_path
from ui import icons, theme
from ui.icon_names import IconName

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SVG_NS = "{http://www.w3.org/2000/svg}"
ICON_DIR = resource_path("icons")
SVG_FILES = sorted(ICON_DIR.glob("*.svg"))

PALETTES = {"light": theme.LIGHT, "dark": theme.DARK}

# Text (and text-like) colour on background, each must reach WCAG AA for normal text.
TEXT_PAIRS = [
    ("text", "bg"),
    ("text", "card"),
    ("text", "input_bg"),
    ("text", "hover"),
    ("text", "selected"),
    ("text", "accent_soft"),
    ("muted", "card"),
    ("muted", "bg"),
    ("muted", "input_bg"),
    ("accent_text", "accent"),
    ("accent", "card"),
    ("accent", "bg"),
    ("accent", "accent_soft"),
    ("card", "text"),  # the privacy toggle while it hides data
    ("tooltip_text", "tooltip_bg"),
    ("due", "card"),
    ("overdue", "card"),
    ("done", "card"),
    ("danger", "card"),
    ("danger", "bg"),
    ("due", "due_soft"),
    ("overdue", "overdue_soft"),
    ("done", "done_soft"),
    ("danger", "danger_soft"),
    ("tier_private", "tier_private_bg"),
    ("tier_wealth", "tier_wealth_bg"),
    ("tier_vip", "tier_vip_bg"),
    ("tier_mass", "tier_mass_bg"),
]

# Qt style sheet properties (Qt 6 reference, "List of Properties"); a typo is silently
# ignored by Qt, so the test below catches it instead.
QSS_PROPERTIES = {
    "accent-color",
    "alternate-background-color",
    "background",
    "background-attachment",
    "background-clip",
    "background-color",
    "background-image",
    "background-origin",
    "background-position",
    "background-repeat",
    "border",
    "border-bottom",
    "border-bottom-color",
    "border-bottom-left-radius",
    "border-bottom-right-radius",
    "border-bottom-style",
    "border-bottom-width",
    "border-color",
    "border-image",
    "border-left",
    "border-left-color",
    "border-left-style",
    "border-left-width",
    "border-radius",
    "border-right",
    "border-right-color",
    "border-right-style",
    "border-right-width",
    "border-style",
    "border-top",
    "border-top-color",
    "border-top-left-radius",
    "border-top-right-radius",
    "border-top-style",
    "border-top-width",
    "border-width",
    "bottom",
    "color",
    "combobox-popup",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-weight",
    "gridline-color",
    "height",
    "icon",
    "icon-size",
    "image",
    "image-position",
    "left",
    "margin",
    "margin-bottom",
    "margin-left",
    "margin-right",
    "margin-top",
    "max-height",
    "max-width",
    "min-height",
    "min-width",
    "opacity",
    "outline",
    "padding",
    "padding-bottom",
    "padding-left",
    "padding-right",
    "padding-top",
    "placeholder-text-color",
    "position",
    "right",
    "selection-background-color",
    "selection-color",
    "show-decoration-selected",
    "spacing",
    "subcontrol-origin",
    "subcontrol-position",
    "text-align",
    "text-decoration",
    "top",
    "width",
}


# ------------------------------------------------------------------ helpers


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour like #1F2329."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def opaque_colours(image: QImage) -> set[str]:
    """The distinct colours of the fully opaque pixels, as #RRGGBB."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    found: set[str] = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.add(colour.name().upper())
    return found


def pixel(widget: QWidget, x: int, y: int) -> str:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio)).name().upper()


def effective(element: ElementTree.Element, parents: dict, name: str) -> str | None:
    """An SVG presentation attribute as inherited from the element's ancestors."""
    node: ElementTree.Element | None = element
    while node is not None:
        value = node.get(name)
        if value is not None:
            return value
        node = parents.get(node)
    return None


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, given back to later tests as it was found."""
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    style_name = qapp.style().name()
    yield qapp
    theme.apply_theme(qapp, "light")
    qapp.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    if style_name:
        qapp.setStyle(style_name)
    qapp.setPalette(palette)
    qapp.setFont(font)


# ------------------------------------------------------------------ icon set


def test_the_icons_the_code_may_name_are_exactly_the_files() -> None:
    """mypy holds every icon the code names (calls, tables, parameters) to IconName; this
    holds IconName to the files, and the test below renders each file."""
    assert sorted(get_args(IconName)) == sorted(path.stem for path in SVG_FILES)
    assert len(SVG_FILES) > 40  # a glob that found nothing would pass the line above


def test_icons_have_a_licence_note() -> None:
    text = (ICON_DIR / "LICENSE.md").read_text(encoding="utf-8")
    assert "drawn for RM Coach" in text


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.stem)
def test_svg_is_valid_and_follows_the_conventions(qapp: QApplication, path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(source)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert set(re.findall(r"#[0-9A-Fa-f]{3,8}\b", source)) == {theme.ICON_INK}
    assert "style=" not in source  # presentation attributes only, so tinting is one replace

    parents = {child: parent for parent in root.iter() for child in parent}
    drawables = [
        element
        for element in root.iter()
        if element.tag.removeprefix(SVG_NS)
        in {"path", "circle", "rect", "line", "polyline", "polygon", "ellipse"}
    ]
    assert drawables, "draws nothing"
    for element in drawables:
        stroke = effective(element, parents, "stroke")
        fill = effective(element, parents, "fill")
        assert stroke in {theme.ICON_INK, "none"}
        assert fill in {theme.ICON_INK, "none"}
        if stroke == theme.ICON_INK:
            assert 1.75 <= float(effective(element, parents, "stroke-width") or 1) <= 2
            assert effective(element, parents, "stroke-linecap") == "round"
            assert effective(element, parents, "stroke-linejoin") == "round"

    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 24, 24)

    # Rendered at 48 px, the drawing is visible and stays off the outermost pixel.
    image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 48, 48))
    painter.end()
    alpha = [[image.pixelColor(x, y).alpha() for x in range(48)] for y in range(48)]
    assert sum(map(sum, alpha)) > 0
    edge = alpha[0] + alpha[-1] + [row[0] for row in alpha] + [row[-1] for row in alpha]
    assert max(edge) == 0, "touches the edge of the 24 x 24 box"


def test_unknown_icon_is_a_key_error(qapp: QApplication) -> None:
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")
    with pytest.raises(KeyError):
        icons.icon("../styles/app")


def test_a_colour_qt_does_not_know_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="not a colour"):
        icons.icon("check", "bluish")


# ------------------------------------------------------------------ tinting


@pytest.mark.parametrize("colour", ["#C62828", "#2457C5", "#E6E8EB"])
def test_icon_is_drawn_in_the_requested_colour(qapp: QApplication, colour: str) -> None:
    image = icons.icon_pixmap("check", 48, colour).toImage()
    assert opaque_colours(image) == {colour}


def test_icon_defaults_to_the_palette_text_colour(themed: QApplication) -> None:
    theme.apply_theme(themed, "dark")
    assert opaque_colours(icons.icon_pixmap("user", 48).toImage()) == {theme.DARK["text"]}
    theme.apply_theme(themed, "light")
    assert opaque_colours(icons.icon_pixmap("user", 48).toImage()) == {theme.LIGHT["text"]}


def test_icon_is_rendered_for_the_screen_scale(qapp: QApplication) -> None:
    for ratio in (1.0, 1.5, 2.0):
        pixmap = icons.icon("search").pixmap(QSize(20, 20), ratio)
        assert pixmap.devicePixelRatio() == ratio
        assert pixmap.size() == QSize(round(20 * ratio), round(20 * ratio))


def test_icons_are_cached(qapp: QApplication) -> None:
    assert icons.icon("edit", "#2457C5").cacheKey() == icons.icon("edit", "#2457c5").cacheKey()
    assert icons.icon("edit", "#2457C5").cacheKey() != icons.icon("edit", "#C62828").cacheKey()


def test_nav_icon_turns_accent_when_checked(themed: QApplication) -> None:
    palette = theme.apply_theme(themed, "light")
    nav = icons.nav_icon("clients")
    size = QSize(48, 48)
    off = nav.pixmap(size, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    on = nav.pixmap(size, QIcon.Mode.Normal, QIcon.State.On).toImage()
    disabled = nav.pixmap(size, QIcon.Mode.Disabled, QIcon.State.Off).toImage()
    assert opaque_colours(off) == {palette["muted"]}
    assert opaque_colours(on) == {palette["accent"]}
    assert opaque_colours(disabled) == {palette["disabled"]}


def test_privacy_icon_crosses_the_eye_when_checked(themed: QApplication) -> None:
    palette = theme.apply_theme(themed, "light")
    privacy = icons.privacy_icon()
    size = QSize(48, 48)
    shown = privacy.pixmap(size, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    hidden = privacy.pixmap(size, QIcon.Mode.Normal, QIcon.State.On).toImage()
    assert opaque_colours(shown) == {palette["text"]}
    assert opaque_colours(hidden) == {palette["card"]}  # on the checked toggle's dark fill
    eye_off = icons.icon_pixmap("eye-off", 48, palette["card"]).toImage()
    assert hidden == eye_off


# ------------------------------------------------------------------ palettes


@pytest.mark.parametrize("name", PALETTES)
def test_palettes_define_the_same_names_as_colours(name: str) -> None:
    palette = PALETTES[name]
    assert palette.keys() == theme.LIGHT.keys()
    assert all(re.fullmatch(r"#[0-9A-F]{6}", value) for value in palette.values())


def hue(colour: str) -> int:
    return QColor(colour).hslHue()


def test_light_is_dark_on_light_and_dark_is_light_on_dark() -> None:
    """DESIGN.md: near-white surfaces with near-black text, and the reverse at night."""
    for surface in ("bg", "card"):
        assert relative_luminance(theme.LIGHT[surface]) > 0.85
        assert relative_luminance(theme.DARK[surface]) < 0.05
    assert relative_luminance(theme.LIGHT["text"]) < 0.05
    assert relative_luminance(theme.DARK["text"]) > 0.6
    for palette in PALETTES.values():  # well past AA: body text is read all day
        assert contrast_ratio(palette["text"], palette["bg"]) >= 12
    # on a dark ground the accent is lighter, so it still stands out
    assert relative_luminance(theme.DARK["accent"]) > relative_luminance(theme.LIGHT["accent"])


@pytest.mark.parametrize("name", PALETTES)
def test_colours_mean_the_same_in_both_themes(name: str) -> None:
    """The bank-blue accent, red for overdue and danger, amber for due, green for done."""
    palette = PALETTES[name]
    assert 200 <= hue(palette["accent"]) <= 235
    for red in ("overdue", "danger"):
        assert hue(palette[red]) <= 10 or hue(palette[red]) >= 350
    assert 25 <= hue(palette["due"]) <= 45
    assert 100 <= hue(palette["done"]) <= 140


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS, ids=[f"{fg}-on-{bg}" for fg, bg in TEXT_PAIRS])
def test_text_contrast_reaches_wcag_aa(name: str, fg: str, bg: str) -> None:
    palette = PALETTES[name]
    assert contrast_ratio(palette[fg], palette[bg]) >= 4.5


@pytest.mark.parametrize("name", PALETTES)
def test_focus_ring_stands_out_from_its_surroundings(name: str) -> None:
    palette = PALETTES[name]
    for surface in ("bg", "card", "input_bg"):
        assert contrast_ratio(palette["focus"], palette[surface]) >= 3
        assert contrast_ratio(palette["focus_on_accent"], palette[surface]) >= 3


# ------------------------------------------------------------------ stylesheet


@pytest.mark.parametrize("name", PALETTES)
def test_build_stylesheet_substitutes_every_placeholder(qapp: QApplication, name: str) -> None:
    sheet = theme.build_stylesheet(PALETTES[name])
    assert "@" not in sheet
    assert PALETTES[name]["accent_soft"] in sheet
    assert 'font-family: "Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC"' in sheet


def test_missing_palette_name_is_reported_not_half_replaced(qapp: QApplication) -> None:
    palette = {key: value for key, value in theme.LIGHT.items() if key != "accent_soft"}
    with pytest.raises(ValueError, match="@accent_soft") as raised:
        theme.build_stylesheet(palette)
    assert "@accent," not in str(raised.value)  # @accent itself was known


def test_stylesheet_uses_only_properties_qt_knows(qapp: QApplication) -> None:
    sheet = theme.build_stylesheet(theme.LIGHT)
    names = re.findall(r"([A-Za-z-]+)\s*:[^;{}]*;", re.sub(r"^[^{}]*\{", "{", sheet, flags=re.M))
    unknown = {n for n in names if n not in QSS_PROPERTIES and not n.startswith("qproperty-")}
    assert unknown == set()


def test_unknown_theme_mode_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="system, light, dark"):
        theme.is_dark_scheme(qapp, "sepia")


# ------------------------------------------------------------------ applied to Qt


def make_label(text: str, **properties: object) -> QLabel:
    label = QLabel(text)
    for key, value in properties.items():
        label.setProperty(key, value)
    return label


def sample_window() -> dict[str, QWidget]:
    """One of each styled selector, laid out the way the pages will use them."""
    window = QWidget()
    window.resize(900, 700)
    outer = QHBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)

    rail = QFrame(objectName="navRail")
    rail_layout = QVBoxLayout(rail)
    nav = QToolButton(text="客户", checkable=True, checked=True)
    nav.setProperty("nav", True)
    nav.setIcon(icons.nav_icon("clients"))
    rail_layout.addWidget(nav)
    settings = QToolButton(objectName="navSettings", text="设置")
    settings.setIcon(icons.nav_icon("settings"))
    rail_layout.addWidget(settings)
    outer.addWidget(rail)

    page = QWidget()
    column = QVBoxLayout(page)
    outer.addWidget(page, 1)
    top = QWidget(objectName="topBar")
    QHBoxLayout(top).addWidget(QLineEdit(objectName="globalSearch"))
    column.addWidget(top)

    card = QFrame()
    card.setProperty("card", True)
    card_layout = QVBoxLayout(card)
    card_layout.setContentsMargins(0, 0, 0, 0)
    for role in ("h1", "h2", "muted", "fieldLabel", "value", "error", "empty"):
        card_layout.addWidget(make_label(role, role=role))
    tier = make_label("私行", pill="tier", tier="private")
    card_layout.addWidget(tier)
    card_layout.addWidget(make_label("R3", pill="risk"))
    for state in ("due", "overdue", "done", "open"):
        card_layout.addWidget(make_label(state, pill="status", state=state))
    primary = QPushButton("准备面谈")
    primary.setProperty("primary", True)
    flat = QPushButton("查看")
    flat.setProperty("flat", True)
    danger = QPushButton("归档")
    danger.setProperty("danger", True)
    invalid = QLineEdit("138")
    invalid.setProperty("invalid", True)
    invalid_date = QDateEdit(QDate(2025, 11, 29))
    invalid_date.setProperty("invalid", True)
    invalid_note = QPlainTextEdit()
    invalid_note.setProperty("invalid", True)
    for widget in (primary, flat, danger, invalid, invalid_date, invalid_note):
        card_layout.addWidget(widget)
    combo = QComboBox()
    combo.addItems(["R1", "R3"])
    card_layout.addWidget(combo)
    card_layout.addWidget(QSpinBox())
    column.addWidget(card)

    welcome = QFrame(objectName="welcome")
    QVBoxLayout(welcome).addWidget(make_label("欢迎", role="h1"))
    column.addWidget(welcome)

    steps = QWidget(objectName="stepHeader")
    step_layout = QHBoxLayout(steps)
    for state in ("done", "current", "todo"):
        step_layout.addWidget(make_label(state, step=True, state=state))
    column.addWidget(steps)

    live = QWidget(objectName="liveMode")
    live_layout = QVBoxLayout(live)
    check_card = QCheckBox("问候近况")
    check_card.setProperty("role", "checkCard")
    live_label = QLabel("面谈中")
    live_h1 = make_label("寒暄", role="h1")
    timer = QLabel("12:34", objectName="meetingTimer")
    privacy = QPushButton("隐私", checkable=True, checked=True)
    privacy.setProperty("role", "privacy")
    for widget in (check_card, live_label, live_h1, timer, privacy):
        live_layout.addWidget(widget)
    column.addWidget(live)

    return {
        "window": window,
        "nav": nav,
        "card": card,
        "tier": tier,
        "primary": primary,
        "invalid": invalid,
        "check_card": check_card,
        "live_label": live_label,
        "live_h1": live_h1,
        "timer": timer,
        "privacy": privacy,
    }


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_qt_accepts_the_stylesheet_and_widgets_show_the_palette(
    themed: QApplication, mode: str
) -> None:
    palette: Mapping[str, str] = theme.apply_theme(themed, mode)
    assert themed.styleSheet() == theme.build_stylesheet(PALETTES[mode])
    assert (
        themed.palette().color(themed.palette().ColorRole.Window).name().upper() == (palette["bg"])
    )
    widgets = sample_window()
    widgets["window"].grab()  # polishes and paints everything; a bad sheet warns here

    card = widgets["card"]
    assert pixel(card, card.width() // 2, 4) == palette["card"]
    assert pixel(card, card.width() // 2, 0) == palette["border"]
    primary = widgets["primary"]
    assert pixel(primary, primary.width() // 2, 3) == palette["accent"]
    nav = widgets["nav"]
    assert pixel(nav, nav.width() // 2, 4) == palette["accent_soft"]
    invalid = widgets["invalid"]
    assert pixel(invalid, invalid.width() // 2, 0) == palette["danger"]
    tier = widgets["tier"]
    assert pixel(tier, 5, tier.height() // 2) == palette["tier_private_bg"]
    privacy = widgets["privacy"]
    assert pixel(privacy, privacy.width() // 2, 3) == palette["text"]


def test_live_mode_is_larger_and_check_cards_are_easy_targets(themed: QApplication) -> None:
    theme.apply_theme(themed, "light")
    widgets = sample_window()
    widgets["window"].grab()
    assert widgets["live_label"].font().pixelSize() == 17
    assert widgets["live_h1"].font().pixelSize() > 17
    assert widgets["timer"].font().pixelSize() == 24
    assert widgets["check_card"].sizeHint().height() >= 44
    assert widgets["check_card"].font().pixelSize() == 17


def with_properties(make: Callable[[], QWidget], **properties: object) -> Callable[[], QWidget]:
    def build() -> QWidget:
        widget = make()
        for key, value in properties.items():
            widget.setProperty(key, value)
        return widget

    return build


def read_only_line_edit() -> QWidget:
    return QLineEdit("王建国", readOnly=True)  # read-only: no blinking caret to compare


def popup_date_edit() -> QWidget:
    return QDateEdit(QDate(2025, 11, 29), calendarPopup=True)


def combo() -> QWidget:
    box = QComboBox()
    box.addItems(["R3 平衡型", "R1 谨慎型"])
    return box


def table() -> QWidget:
    return QTableView()


FOCUSABLE: dict[str, Callable[[], QWidget]] = {
    "line-edit": lambda: QLineEdit("王建国"),
    "global-search": lambda: QLineEdit(objectName="globalSearch"),
    "invalid-line-edit": with_properties(lambda: QLineEdit("138"), invalid=True),
    "plain-text": QPlainTextEdit,
    "text-edit": QTextEdit,
    "combo": combo,
    "spin": QSpinBox,
    "double-spin": QDoubleSpinBox,
    "date": popup_date_edit,
    "push-button": lambda: QPushButton("编辑"),
    "primary": with_properties(lambda: QPushButton("准备面谈"), primary=True),
    "flat": with_properties(lambda: QPushButton("查看"), flat=True),
    "danger": with_properties(lambda: QPushButton("归档"), danger=True),
    "privacy": with_properties(lambda: QPushButton("隐私", checkable=True), role="privacy"),
    "tool-button": lambda: QToolButton(text="更多"),
    "nav": with_properties(lambda: QToolButton(text="客户", checkable=True), nav=True),
    "checkbox": lambda: QCheckBox("已确认"),
    "radio": lambda: QRadioButton("中文"),
    "check-card": with_properties(lambda: QCheckBox("问候近况"), role="checkCard"),
    "table": table,
    "list": QListView,
}


def ring_colour(widget: QWidget, palette: Mapping[str, str]) -> str:
    if widget.property("primary"):
        return palette["focus_on_accent"]
    if widget.property("invalid"):
        return palette["danger"]
    return palette["focus"]


def focus_in_window(qtbot, widget: QWidget) -> tuple[QWidget, Callable[[], None]]:
    """Show widget below a line edit that has focus first; return the window and a focuser."""
    host = QWidget()
    layout = QVBoxLayout(host)
    other = QLineEdit()
    layout.addWidget(other)
    layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    other.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(other.hasFocus)

    def give_focus() -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(widget.hasFocus)

    return host, give_focus


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("kind", FOCUSABLE)
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_keyboard_focus_draws_a_2px_ring(themed: QApplication, qtbot, mode: str, kind: str) -> None:
    palette = theme.apply_theme(themed, mode)
    widget = FOCUSABLE[kind]()
    _window, give_focus = focus_in_window(qtbot, widget)
    middle = widget.width() // 2
    assert pixel(widget, middle, 1) != ring_colour(widget, palette)

    give_focus()

    assert pixel(widget, middle, 0) == ring_colour(widget, palette)
    assert pixel(widget, middle, 1) == ring_colour(widget, palette)


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize(
    "kind", ["push-button", "primary", "danger", "privacy", "combo", "check-card", "nav"]
)
def test_focus_ring_does_not_move_the_content(themed: QApplication, qtbot, kind: str) -> None:
    theme.apply_theme(themed, "light")
    widget = FOCUSABLE[kind]()
    _window, give_focus = focus_in_window(qtbot, widget)
    inside = widget.rect().adjusted(20, 3, -20, -3)  # clear of the rounded corners
    before = widget.grab(inside).toImage()

    give_focus()

    assert widget.grab(inside).toImage() == before


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_read_only_text_stays_put_when_focused(themed: QApplication, qtbot) -> None:
    theme.apply_theme(themed, "light")
    widget = read_only_line_edit()
    _window, give_focus = focus_in_window(qtbot, widget)
    inside = widget.rect().adjusted(20, 3, -20, -3)  # clear of the rounded corners
    before = widget.grab(inside).toImage()

    give_focus()

    assert widget.grab(inside).toImage() == before


# ------------------------------------------------------------------ switching


def test_apply_theme_sets_fusion_palette_and_notifies(themed: QApplication, qtbot) -> None:
    with qtbot.waitSignal(theme.notifier().changed) as signal:
        theme.apply_theme(themed, "dark")
    assert dict(signal.args[0]) == theme.DARK
    assert themed.style().name().lower() in {"fusion", ""}  # "" once wrapped by the sheet
    assert dict(theme.current_palette()) == theme.DARK
    assert theme.current_mode() == "dark"
    text = themed.palette().color(themed.palette().ColorRole.Text)
    assert text.name().upper() == theme.DARK["text"]


def test_system_mode_follows_the_system_scheme(themed: QApplication) -> None:
    hints = themed.styleHints()
    theme.apply_theme(themed, "system")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_palette()["bg"] == theme.DARK["bg"]
    assert theme.DARK["card"] in themed.styleSheet()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_palette()["bg"] == theme.LIGHT["bg"]


def test_a_chosen_mode_ignores_the_system_scheme(themed: QApplication) -> None:
    theme.apply_theme(themed, "light")
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_palette()["bg"] == theme.LIGHT["bg"]
    assert theme.is_dark_scheme(themed, "dark") is True
    assert theme.is_dark_scheme(themed, "light") is False


def test_indicator_images_are_tinted_copies(qapp: QApplication) -> None:
    sheet = theme.build_stylesheet(theme.DARK)
    paths = {Path(match) for match in re.findall(r'url\("([^"]+)"\)', sheet)}
    assert paths
    for path in paths:
        renderer = QSvgRenderer(QByteArray(path.read_bytes()))
        assert renderer.isValid()
        assert theme.ICON_INK not in path.read_text(encoding="utf-8")
