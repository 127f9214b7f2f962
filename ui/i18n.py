"""Languages: pick Chinese or English (system, or the user's choice) and load translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from rmcoach.paths import resource_path

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def chosen_language(settings: QSettings) -> str:
    """'zh_CN' or 'en': the setting if set, else the system locale (Chinese -> zh_CN)."""
    value = str(settings.value("language", "system"))
    if value in SUPPORTED:
        return value
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_language(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those for `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
            QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedKingdom,
        )
    )
    ours = QTranslator(app)
    # English is the source language; its .qm only carries the plural forms ("1 client")
    if ours.load(str(resource_path("translations", f"rmcoach_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "zh_CN":
        return
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def current_language() -> str:
    """'zh' or 'en', for formatting and for choosing the language of texts from data."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
