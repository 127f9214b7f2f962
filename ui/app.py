"""Start the desktop app: settings, language, theme, the window, the book."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from rmcoach.paths import resolve_book_path, user_data_dir
from ui.i18n import chosen_language, install_language
from ui.main_window import MainWindow
from ui.theme import apply_theme


def create_window(app: QApplication, settings: QSettings, args: argparse.Namespace) -> MainWindow:
    language = args.lang or chosen_language(settings)
    install_language(app, language)
    window = MainWindow(settings, user_data_dir() / "sample-book.sqlite")
    window.language_change_requested.connect(lambda: _rebuild(app, settings, args, window))
    if args.open:
        window.start_at = args.open
    window.open_book(resolve_book_path(args.db))
    return window


def _rebuild(
    app: QApplication, settings: QSettings, args: argparse.Namespace, old: MainWindow
) -> None:
    """A new language means new texts everywhere: build the window again, same book."""
    args.lang = None
    old.close()
    new = create_window(app, settings, args)
    new.show()
    app.setProperty("main_window", new)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("RM Coach")
    app.setOrganizationName("RMCoach")
    settings = QSettings("RMCoach", "RMCoach")
    apply_theme(app, args.theme or str(settings.value("theme", "system")))
    window = create_window(app, settings, args)
    app.setProperty("main_window", window)
    window.show()
    return app.exec()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="RM Coach desktop app")
    parser.add_argument(
        "--db", type=Path, help="the book to open (default: $RMCOACH_DB or the user-data folder)"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language for this run")
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), help="appearance for this run"
    )
    parser.add_argument("--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--open",
        metavar="WHAT",
        help="open at a page: 'meetings', 'client:CLIENT_NO', 'prepare:CLIENT_NO', "
        "'meeting:ID' or 'meeting:ID:STEP' (prepare, live, wrapup), or 'products' "
        "(the product catalogue)",
    )
    return parser.parse_args(argv)
