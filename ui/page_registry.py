"""The window's pages: what every page offers (Page), and the registry that builds each once.

A page other than the start page is built, and its module imported, the first time it is
asked for: each imports its own widgets, charts or document code, 50-300 ms of a cold start
that an RM opening on one page should not pay for all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

from rmcoach.domain import OpChanges


class Page(Protocol):
    """What the window asks of each of its pages (each is also a QWidget)."""

    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """A write changed the book; initiator is who asked for it (the page itself, for
        a change it made and shows already)."""

    def flush(self) -> None:
        """Write what is typed but not saved yet: the page is about to be left, the book
        to lock or the window to close."""


P = TypeVar("P", bound=Page)


class PageRegistry:
    """Pages by name, in the window's stack; each built on first use, then kept."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._builders: dict[str, Callable[[], Page]] = {}
        self._pages: dict[str, Page] = {}

    def register(self, name: str, build: Callable[[], Page]) -> None:
        """A page to build (and import) when it is first asked for."""
        self._builders[name] = build

    def add(self, name: str, page: P) -> P:
        """A page built already (the start page)."""
        self._pages[name] = page
        self._stack.addWidget(_widget(page))
        return page

    def get(self, name: str, kind: type[P]) -> P:
        """The page, built now if it was not yet; kind is the class it must be."""
        page = self._pages.get(name)
        if page is None:
            page = self.add(name, self._builders[name]())
        if not isinstance(page, kind):
            raise TypeError(f"page {name!r} is a {type(page).__name__}, not a {kind.__name__}")
        return page

    def built(self, name: str) -> bool:
        return name in self._pages

    def pages(self) -> list[Page]:
        """The pages built so far: the ones a change or a shutdown must reach."""
        return list(self._pages.values())

    def current(self) -> str | None:
        """The name of the page on show, or None for another screen (welcome, opening)."""
        shown = self._stack.currentWidget()
        return next((name for name, page in self._pages.items() if _widget(page) is shown), None)

    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        for page in self.pages():  # a page built later loads fresh anyway
            page.on_changes(changes, initiator)

    def flush(self) -> None:
        for page in self.pages():
            page.flush()


def _widget(page: Page) -> QWidget:
    """Every page is a widget too; a Protocol cannot say so, so it is checked here."""
    if not isinstance(page, QWidget):
        raise TypeError(f"a page must be a QWidget: {type(page).__name__}")
    return page
