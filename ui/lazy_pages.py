"""The window's pages other than the client list, built the first time they are shown.

A mixin of MainWindow. Each of these pages imports its own widgets, charts or document
code, 50-300 ms of a cold start that an RM opening on one page should not pay for all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.calendar_page import CalendarPage
    from ui.pages.insights_page import InsightsPage
    from ui.pages.meetings_page import MeetingsPage
    from ui.pages.today_page import TodayPage


class LazyPages:
    """today_page, meetings_page, calendar_page and insights_page, built on first access."""

    _pages: dict[str, QWidget]

    @property
    def today_page(self: MainWindow) -> TodayPage:
        return cast("TodayPage", self._page("today"))

    @property
    def meetings_page(self: MainWindow) -> MeetingsPage:
        return cast("MeetingsPage", self._page("meetings"))

    @property
    def calendar_page(self: MainWindow) -> CalendarPage:
        return cast("CalendarPage", self._page("calendar"))

    @property
    def insights_page(self: MainWindow) -> InsightsPage:
        return cast("InsightsPage", self._page("insights"))

    def built_pages(self: MainWindow) -> list[QWidget]:
        """The pages built so far: the ones a change or a shutdown must reach."""
        return [self.clients_page, *self._pages.values()]

    def _page(self: MainWindow, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = self._build_page(name)
            self.stack.addWidget(page)
        return page

    def _build_page(self: MainWindow, name: str) -> QWidget:
        if name == "meetings":
            from ui.pages.meetings_page import MeetingsPage

            meetings = MeetingsPage(self.ops, self.tier_names)
            meetings.status.connect(self.show_status)
            meetings.flow.fullscreen_requested.connect(self.set_meeting_fullscreen)
            return meetings
        if name == "insights":
            from ui.pages.insights_page import InsightsPage

            insights = InsightsPage(self.ops, self.tier_names)
            insights.status.connect(self.show_status)
            insights.prepare_requested.connect(self.prepare_meeting)
            return insights
        if name == "today":
            from ui.pages.today_page import TodayPage

            agenda: TodayPage | CalendarPage = TodayPage(self.ops, self.tier_names)
        else:
            from ui.pages.calendar_page import CalendarPage

            agenda = CalendarPage(self.ops, self.tier_names)
        agenda.status.connect(self.show_status)
        agenda.client_requested.connect(self.open_client)
        agenda.prepare_requested.connect(self.prepare_meeting)
        agenda.meeting_requested.connect(self.open_meeting)
        return agenda

    def flush_meeting(self: MainWindow) -> None:
        """Save live notes waiting in their save timer (only a built meetings page has any)."""
        if "meetings" in self._pages:
            self.meetings_page.flow.flush()
