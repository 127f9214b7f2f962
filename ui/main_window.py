"""The main window: navigation rail, global search and the pages of the open book.

It owns its collaborators: the book session (opening, locking, recovering the book), the
page registry (pages built on first use) and the operations worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rmcoach.clock import Clock
from rmcoach.domain import OpChanges, Written
from rmcoach.playbook import Playbook, PlaybookError
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import playbooks
from rmcoach.storage.errors import BookError
from ui.book_session import BookSession
from ui.icon_names import IconName
from ui.icons import icon, nav_icon
from ui.labels import book_error_text
from ui.operations import Operations
from ui.page_registry import PageRegistry
from ui.pages.clients_page import ClientsPage
from ui.reminders import Reminders
from ui.theme import current_palette
from ui.widgets.welcome import Welcome

if TYPE_CHECKING:
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.pages.calendar_page import CalendarPage
    from ui.pages.insights_page import InsightsPage
    from ui.pages.meetings_page import MeetingsPage
    from ui.pages.today_page import TodayPage


class MainWindow(QMainWindow):
    """The one window.

    Signals:
        book_ready(): a book is open and its first screen is shown (tests wait on it).
        language_change_requested(): the RM chose another language in the settings.

    Attributes:
        ops: the worker every book call goes through. session: the open book's life.
        pages: the pages, built on first use. start_at: --open, the page to show once
        the book is open ("" for the start page).
    """

    book_ready = Signal()
    language_change_requested = Signal()

    def __init__(self, settings: QSettings, sample_path: Path, clock: Clock | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.ops = Operations(self.show_error)
        self.ops.changed.connect(self.on_changes)
        self.ops.busy_changed.connect(self._on_busy)
        self.session = BookSession(self.ops, self, sample_path, clock)
        self.session.waiting.connect(self._on_waiting)
        self.session.opened.connect(self._on_opened)
        self.session.loaded.connect(self._on_loaded)
        self.session.closing.connect(self._on_closing)
        self.session.resume_requested.connect(
            lambda meeting_id: self.open_meeting(meeting_id, "live")
        )
        self.session.status.connect(self.show_status)
        self.start_at = ""
        self.tier_names = self.session.tier_names  # one dict: the pages see a rename at once
        self.setWindowTitle("RM Coach")
        self.setMinimumSize(960, 600)

        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setPlaceholderText(
            self.tr("Find a client: name, pinyin (zs), phone or client number (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Find a client"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_search_text)
        self.new_button = QPushButton(
            icon("add", current_palette()["accent_text"]), self.tr("New client")
        )
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        top = QWidget()
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(16, 12, 16, 4)
        top_layout.addWidget(self.search, 1)
        self.import_button = QPushButton(icon("import"), self.tr("Import…"))
        self.import_button.setProperty("flat", True)
        self.import_button.setToolTip(self.tr("Import clients from Excel (CSV)"))
        self.import_button.setAccessibleName(self.tr("Import clients"))
        self.import_button.clicked.connect(self.import_clients)
        self.export_button = QPushButton(icon("export"), self.tr("Export…"))
        self.export_button.setProperty("flat", True)
        self.export_button.setToolTip(self.tr("Export clients to Excel (CSV) or contacts (vCard)"))
        self.export_button.setAccessibleName(self.tr("Export clients"))
        self.export_button.clicked.connect(self.export_clients)
        top_layout.addWidget(self.import_button)
        top_layout.addWidget(self.export_button)
        top_layout.addWidget(self.new_button)

        self.reminders = Reminders(self.ops, self)
        self.reminders.message.connect(self.show_status)
        self.reminders.open_requested.connect(self.show_today)
        self.welcome = Welcome()
        self.welcome.add_client.connect(self.new_client)
        self.welcome.open_sample.connect(self.session.open_sample_book)
        self.welcome.protect.connect(self.session.open_encryption)
        self.welcome.import_requested.connect(self.import_clients)
        self.opening = QLabel()  # the session says what it is waiting for
        self.opening.setProperty("role", "empty")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for screen in (self.opening, self.welcome):
            self.stack.addWidget(screen)
        self.pages = PageRegistry(self.stack)
        self.clients_page = self.pages.add("clients", ClientsPage(self.ops, self.tier_names))
        self.clients_page.status.connect(self.show_status)
        self.clients_page.prepare_requested.connect(self.prepare_meeting)
        self.clients_page.meeting_requested.connect(self.open_meeting)
        self.clients_page.documents_requested.connect(
            lambda client_id: self.open_documents(client_id)
        )
        # the other pages are built (and their modules imported) the first time they are
        # shown: start-up pays only for the page it opens on
        self.pages.register("today", self._build_today)
        self.pages.register("meetings", self._build_meetings)
        self.pages.register("calendar", self._build_calendar)
        self.pages.register("insights", self._build_insights)

        self.rail = QFrame()
        self.rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 12, 8, 12)
        self.nav_group = QButtonGroup(self)
        self.nav_today = self._nav_button("today", self.tr("Today"))
        self.nav_today.setChecked(True)
        self.nav_today.clicked.connect(self.show_today)
        self.nav_clients = self._nav_button("clients", self.tr("Clients"))
        self.nav_clients.clicked.connect(self.show_clients)
        self.nav_meetings = self._nav_button("meetings", self.tr("Meetings"))
        self.nav_meetings.clicked.connect(self.show_meetings)
        self.nav_calendar = self._nav_button("calendar", self.tr("Calendar"))
        self.nav_calendar.clicked.connect(self.show_calendar)
        self.nav_insights = self._nav_button("insights", self.tr("Insights"))
        self.nav_insights.clicked.connect(self.show_insights)
        for button in (
            self.nav_today,
            self.nav_clients,
            self.nav_meetings,
            self.nav_calendar,
            self.nav_insights,
        ):
            rail_layout.addWidget(button)
        rail_layout.addStretch(1)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("navSettings")
        self.settings_button.setIcon(nav_icon("settings"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.settings_button.clicked.connect(self.open_settings)
        rail_layout.addWidget(self.settings_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(top)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.rail)
        central_layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.busy_label = QLabel()
        self.busy_label.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(self.busy_label)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_client),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence("Ctrl+K"), self.focus_search),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._clear_search)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._toggle_fullscreen)
        self.top_bar = top
        self._restore_layout()

    def _nav_button(self, name: IconName, text: str) -> QToolButton:
        button = QToolButton()
        button.setProperty("nav", True)
        button.setIcon(nav_icon(name))
        button.setText(text)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.nav_group.addButton(button)
        return button

    # -- the pages -------------------------------------------------------------------
    @property
    def today_page(self) -> TodayPage:
        from ui.pages.today_page import TodayPage

        return self.pages.get("today", TodayPage)

    @property
    def meetings_page(self) -> MeetingsPage:
        from ui.pages.meetings_page import MeetingsPage

        return self.pages.get("meetings", MeetingsPage)

    @property
    def calendar_page(self) -> CalendarPage:
        from ui.pages.calendar_page import CalendarPage

        return self.pages.get("calendar", CalendarPage)

    @property
    def insights_page(self) -> InsightsPage:
        from ui.pages.insights_page import InsightsPage

        return self.pages.get("insights", InsightsPage)

    def _build_today(self) -> TodayPage:
        from ui.pages.today_page import TodayPage

        today = TodayPage(self.ops, self.tier_names)
        self._connect_agenda(today)
        return today

    def _build_calendar(self) -> CalendarPage:
        from ui.pages.calendar_page import CalendarPage

        calendar = CalendarPage(self.ops, self.tier_names)
        self._connect_agenda(calendar)
        return calendar

    def _connect_agenda(self, agenda: TodayPage | CalendarPage) -> None:
        agenda.status.connect(self.show_status)
        agenda.client_requested.connect(self.open_client)
        agenda.prepare_requested.connect(self.prepare_meeting)
        agenda.meeting_requested.connect(self.open_meeting)

    def _build_meetings(self) -> MeetingsPage:
        from ui.pages.meetings_page import MeetingsPage

        meetings = MeetingsPage(self.ops, self.tier_names)
        meetings.status.connect(self.show_status)
        meetings.flow.fullscreen_requested.connect(self.set_meeting_fullscreen)
        return meetings

    def _build_insights(self) -> InsightsPage:
        from ui.pages.insights_page import InsightsPage

        insights = InsightsPage(self.ops, self.tier_names)
        insights.status.connect(self.show_status)
        insights.prepare_requested.connect(self.prepare_meeting)
        return insights

    # -- the open book -----------------------------------------------------------------
    def open_book(self, path: Path) -> None:
        """Open a book and show it (the session reports back)."""
        self.session.open_book(path)

    def _on_waiting(self, text: str) -> None:
        self.opening.setText(text)
        self.stack.setCurrentWidget(self.opening)

    def _on_opened(self, path: Path) -> None:
        self.setWindowTitle(f"RM Coach — {path.stem}")

    def _on_loaded(self, has_clients: bool) -> None:
        if has_clients:
            self.clients_page.set_search_text(self.search.text())
            self.clients_page.reload()
            if self.start_at:  # --open: the clients page until that page is found
                self.show_clients()
            else:
                self.show_today()  # the start page (DESIGN.md); it loads itself when shown
        else:
            self.stack.setCurrentWidget(self.welcome)
        self.reminders.start()  # the digest once, then a check every minute
        self.book_ready.emit()
        if self.start_at:
            self.open_start_page(self.start_at)
            self.start_at = ""
        else:
            self.session.offer_resume()

    def _on_closing(self) -> None:
        """The book locks: what is typed is saved first, then nothing of it stays on show."""
        self.pages.flush()  # queued before the close: nothing typed is lost
        self.reminders.stop()
        if self.isFullScreen():
            self.set_meeting_fullscreen(False)
        self.search.clear()
        self.setWindowTitle("RM Coach")

    def open_start_page(self, what: str) -> None:
        """--open: start on a page (for a shortcut on the desktop, and for screenshots)."""
        kind, _, rest = what.partition(":")
        pages = {
            "meetings": self.show_meetings,
            "calendar": self.show_calendar,
            "today": self.show_today,
            "clients": self.show_clients,
            "insights": self.show_insights,
        }
        if kind in pages:
            pages[kind]()
        elif kind in ("client", "prepare") and rest:

            def found(client_id: int) -> None:
                if kind == "prepare":
                    self.prepare_meeting(client_id)
                else:
                    self.open_client(client_id)

            self.ops.query(lambda book: clients.find_client_id(book, rest), found)
        elif kind == "products":
            from ui.dialogs.product_catalogue import open_product_catalogue

            open_product_catalogue(self.ops, self)
        elif kind == "meeting" and rest:
            meeting_id, _, step = rest.partition(":")
            self.open_meeting(int(meeting_id), step or None)

    # -- actions -----------------------------------------------------------------
    def new_client(self) -> None:
        if not self.session.is_open:
            return
        self.stack.setCurrentWidget(self.clients_page)
        self.clients_page.new_client()

    def _leave_for(self, page: QWidget) -> None:
        """Show a page; what the pages hold unsaved (live notes) is written first."""
        self.pages.flush()
        self.stack.setCurrentWidget(page)

    def show_today(self) -> None:
        if not self.session.is_open:
            return
        self.nav_today.setChecked(True)
        self._leave_for(self.today_page)

    def show_insights(self) -> None:
        if not self.session.is_open:
            return
        self.nav_insights.setChecked(True)
        self._leave_for(self.insights_page)

    def show_calendar(self) -> None:
        if not self.session.is_open:
            return
        self.nav_calendar.setChecked(True)
        self._leave_for(self.calendar_page)

    def open_client(self, client_id: int) -> None:
        self.show_clients()
        self.clients_page.select_client(client_id)

    def show_clients(self) -> None:
        self.nav_clients.setChecked(True)
        if self.session.is_open and self.stack.currentWidget() is not self.welcome:
            self._leave_for(self.clients_page)

    def show_meetings(self) -> None:
        if not self.session.is_open:
            return
        self.nav_meetings.setChecked(True)
        self.stack.setCurrentWidget(self.meetings_page)
        if self.meetings_page.stack.currentWidget() is self.meetings_page.overview:
            self.meetings_page.refresh()

    def prepare_meeting(self, client_id: int) -> None:
        self.nav_meetings.setChecked(True)
        self.stack.setCurrentWidget(self.meetings_page)
        self.meetings_page.prepare_for(client_id)

    def open_meeting(self, meeting_id: int, step: str | None = None) -> None:
        self.nav_meetings.setChecked(True)
        self.stack.setCurrentWidget(self.meetings_page)
        self.meetings_page.open_meeting(meeting_id, step)

    def set_meeting_fullscreen(self, on: bool) -> None:
        """Live mode full screen: only the meeting, nothing else of the book on show."""
        self.rail.setVisible(not on)
        self.top_bar.setVisible(not on)
        self.meetings_page.back.setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _toggle_fullscreen(self) -> None:
        if self.pages.current() == "meetings":
            live = self.meetings_page.flow.live
            if live.isVisible():
                live.fullscreen.toggle()
                return
        if self.isFullScreen():
            self.set_meeting_fullscreen(False)

    def open_documents(self, client_id: int) -> None:
        from ui.documents.preview_dialog import open_documents  # Jinja2 and PDF on first use

        open_documents(self, self.ops, client_id)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def import_clients(self) -> None:
        if not self.session.is_open:
            return
        from ui.dialogs.import_wizard import ImportWizard  # the importer stays off start-up

        wizard = ImportWizard(self.ops, self)
        wizard.imported.connect(
            lambda report: self.show_status(
                self.tr("%n client(s) imported.", "", report.added + report.updated)
            )
        )
        self.import_wizard = wizard
        wizard.open()

    def export_clients(self) -> None:
        if not self.session.is_open:
            return
        from ui.dialogs.export_clients import ClientExport

        export = ClientExport(self.ops, self)
        export.finished.connect(self.show_status)
        export.finished.connect(export.deleteLater)
        export.ask()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _clear_search(self) -> None:
        self.search.clear()
        self.clients_page.focus_list()

    def _on_search_text(self, text: str) -> None:
        if text and self.pages.current() not in (None, "clients"):
            self.show_clients()
        if self.stack.currentWidget() is self.clients_page:
            self.clients_page.set_search_text(text)

    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        if changes.clients and self.stack.currentWidget() is self.welcome:
            self.stack.setCurrentWidget(self.clients_page)
        self.pages.on_changes(changes, initiator)

    def open_settings(self) -> SettingsDialog:
        """Open the settings (window-modal, not blocking); they apply when saved."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self.tier_names, self.session.playbook_file, self, ops=self.ops
        )
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        if dialog.encryption_requested:
            self.session.open_encryption()
        if dialog.playbook_choice is not None and self.session.is_open:
            self.use_playbook(dialog.playbook_choice)
        language_changed, theme_changed = dialog.apply_app_settings()
        names = dialog.chosen_tier_names()
        if names != self.tier_names and self.session.is_open:
            self.ops.op(
                lambda book: book.set_setting("tier_names", names),
                lambda _r: self._set_tier_names(names),
            )
        if theme_changed:
            from PySide6.QtWidgets import QApplication

            from ui.theme import apply_theme

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, str(self.settings.value("theme", "system")))
        if language_changed:
            self.language_change_requested.emit()

    def use_playbook(self, path: str) -> None:
        """Switch the book to a bank's playbook, or back to the default ("")."""
        chosen = Path(path) if path else None

        def used(_playbook: Written[Playbook]) -> None:
            self.session.playbook_file = path
            self.show_status(self.tr("The playbook is in use for new meetings."))

        def refused(error: BaseException) -> None:
            if isinstance(error, PlaybookError):
                lines = "\n".join(str(issue) for issue in error.errors[:12])
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Playbook not used"),
                    self.tr("This playbook file has problems, so it was not used:\n%1").replace(
                        "%1", lines
                    ),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                self.playbook_problem = box
                box.open()
            else:
                self.show_error(error)

        self.ops.op(lambda book: playbooks.use_playbook(book, chosen), used, refused)

    def _set_tier_names(self, names: dict[str, str]) -> None:
        self.tier_names.clear()
        self.tier_names.update(names)
        self.clients_page.reload()

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def show_error(self, error: BaseException) -> None:
        """Every failure reaches the RM as a sentence in their language, never a traceback."""
        if isinstance(error, BookError):
            text = book_error_text(error)
        else:
            from rmcoach.storage.errors import classify_sqlite_error

            known = classify_sqlite_error(error)
            text = (
                book_error_text(known)
                if known
                else self.tr(
                    "Something went wrong and the last action was not completed. Nothing was lost. "
                    "Details: %1"
                ).replace("%1", f"{type(error).__name__}: {error}")
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("RM Coach"), text, QMessageBox.StandardButton.Ok, self
        )
        box.open()

    # -- layout memory -------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = {k: self.settings.value(f"clients/{k}") for k in ("splitter", "header")}
        self.clients_page.restore_state(state)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        for key, value in self.clients_page.save_state().items():
            self.settings.setValue(f"clients/{key}", value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pages.flush()  # the live notes waiting in a save timer go first
        self.save_layout()
        self.reminders.stop()
        self.session.close()  # the last backup is queued: shutdown() waits for it
        self.ops.shutdown()
        super().closeEvent(event)
