"""Live mode's products: one tap marks a product discussed; unsuitable ones carry a mark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rmcoach.compliance.domain import SuitabilityResult
from rmcoach.compliance.suitability import product_key
from rmcoach.meeting_domain import ProposedProduct
from ui.i18n import current_language
from ui.icons import icon_pixmap
from ui.theme import current_palette

# checks a product against the client without touching the book (MeetingContext.check_product)
ProductCheck = Callable[[ProposedProduct], SuitabilityResult]


class ProductMark(QWidget):
    """Beside an unsuitable product: a warning icon and a word (never colour alone), red
    when the sale would be refused, amber when an exception on record covers it; the
    tooltip gives the reasons in the user's language."""

    def __init__(self, result: SuitabilityResult, excepted: bool) -> None:
        super().__init__()
        self.excepted = excepted
        state = "due" if excepted else "overdue"  # amber / red, as the palette names them
        self.icon = QLabel()
        self.icon.setPixmap(icon_pixmap("warning", 16, current_palette()[state]))
        self.word = QLabel(self.tr("Exception on record") if excepted else self.tr("Unsuitable"))
        self.word.setProperty("pill", "status")
        self.word.setProperty("state", state)
        lang = current_language()
        lines = [f"• {r.text(lang)}" for r in result.reasons]
        if excepted:
            lines.append(self.tr("An exception is on record for this meeting: it may be sold."))
        else:
            lines.append(self.tr("It cannot be marked as sold without an exception on record."))
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(f"{self.word.text()}: {' '.join(lines)}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)


class LiveProducts(QWidget):
    """The meeting's products as check boxes, and a box to add one named in the meeting.

    Signals:
        product_toggled(str, bool): a product was marked discussed (or not); a new name
            typed in is added already discussed.

    Attributes:
        boxes: the check box of each product, by name; marks: the mark of each unsuitable one.
    """

    product_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.marks: dict[str, ProductMark] = {}
        self._rows: list[QWidget] = []
        self._check: ProductCheck | None = None
        self._excepted: frozenset[str] = frozenset()
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Another product discussed; Enter adds it"))
        self.input.setAccessibleName(self.tr("Another product discussed"))
        self.input.returnPressed.connect(self._on_add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.input)

    def show_products(
        self,
        products: tuple[ProposedProduct, ...],
        check: ProductCheck | None = None,
        excepted: frozenset[str] = frozenset(),
    ) -> None:
        """The plan's products, ticked if discussed; `check` marks the unsuitable ones
        (None: no marks), `excepted` names those an exception on record covers."""
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self.boxes = {}
        self.marks = {}
        self._check = check
        self._excepted = excepted
        for product in products:
            self._add_row(product)

    def _add_row(self, product: ProposedProduct) -> QCheckBox:
        label = product.name + (f"  ({product.risk.value})" if product.risk else "")
        box = QCheckBox(label)
        box.setChecked(product.discussed)
        box.toggled.connect(lambda on, name=product.name: self.product_toggled.emit(name, on))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        result = self._check(product) if self._check is not None else None
        if result is not None and not result.suitable:
            mark = ProductMark(result, product_key(product.name) in self._excepted)
            box.setToolTip(mark.toolTip())
            layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
            self.marks[product.name] = mark
        self.boxes[product.name] = box
        self._rows.append(row)
        self.rows.addWidget(row)
        return box

    def _on_add(self) -> None:
        name = self.input.text().strip()
        if name and name not in self.boxes:
            self.input.clear()
            # checked before it is connected: the one signal below says it was discussed
            self._add_row(ProposedProduct(name=name, discussed=True))
            self.product_toggled.emit(name, True)
