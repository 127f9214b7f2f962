"""The translations: complete, well formed, compiled and loaded, and in step with ui/**/*.py.

English is the source language: its .ts repeats each source text and adds the plural forms
("1 client", "3 clients"); Chinese has one plural form. A string added to the code without
`make translations-update` (and a translation) fails here, naming the string.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "ui"
LANGUAGES = ("zh_CN", "en")
PLURAL_FORMS = {"zh_CN": 1, "en": 2}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
# ASCII punctuation right after a Chinese character: Chinese sentences take ，。：；？！（）
ASCII_AFTER_HAN = re.compile(r"[\u3400-\u9fff][,.:;?!()]")

Key = tuple[str, str, str, bool]  # context, source, disambiguation, numerus


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def ts_path(language: str) -> Path:
    return TS_DIR / f"rmcoach_{language}.ts"


def read_ts(language: str) -> list[Message]:
    root = ElementTree.parse(ts_path(language)).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "missing"
            else:
                state = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    state=state,
                    forms=forms,
                )
            )
    return messages


def find_message(language: str, context: str, source: str) -> Message:
    found = [m for m in read_ts(language) if (m.context, m.source) == (context, source)]
    assert len(found) == 1, f"{context}: {source!r} should be in {ts_path(language).name} once"
    return found[0]


# -- what the code asks to translate -------------------------------------------------------
def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_key(call: ast.Call, class_name: str | None) -> Key | None:
    """The message a tr()/translate()/QT_TRANSLATE_NOOP() call asks for, if it is literal."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    args = call.args
    # self.tr("...") and QT_TR_NOOP("...") take the enclosing class as their context
    in_class = (name == "tr" and isinstance(func, ast.Attribute)) or name == "QT_TR_NOOP"
    if in_class and class_name:
        context, rest = class_name, args
    elif name in ("translate", "QT_TRANSLATE_NOOP") and args and _literal(args[0]) is not None:
        context, rest = _literal(args[0]) or "", args[1:]
    else:
        return None
    source = _literal(rest[0]) if rest else None
    if source is None:
        return None
    comment = (_literal(rest[1]) or "") if len(rest) > 1 else ""
    numerus = len(rest) > 2 or any(k.arg == "n" for k in call.keywords)
    return (context, source, comment, numerus)


def _walk(node: ast.AST, class_name: str | None, found: dict[Key, list[str]], where: str) -> None:
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else class_name
        if isinstance(child, ast.Call):
            key = _call_key(child, class_name)
            if key is not None:
                found.setdefault(key, []).append(f"{where}:{child.lineno}")
        _walk(child, inner, found, where)


def strings_in_code() -> dict[Key, list[str]]:
    """Every literal string the UI code marks for translation, with where it is used."""
    found: dict[Key, list[str]] = {}
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _walk(tree, None, found, str(path.relative_to(ROOT)))
    return found


# -- compiling and installing ---------------------------------------------------------------
def lrelease() -> Path:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return beside
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease not found next to Python or on PATH (pip install -e .[dev])")
    return Path(found)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each .ts compiled with lrelease; it must report every message finished."""
    out = tmp_path_factory.mktemp("qm")
    result: dict[str, Path] = {}
    for language in LANGUAGES:
        qm = out / f"rmcoach_{language}.qm"
        run = subprocess.run(
            [str(lrelease()), str(ts_path(language)), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        report = run.stdout + run.stderr
        assert run.returncode == 0, report
        assert " 0 unfinished)" in report, report
        assert "Ignored" not in report and "arning" not in report, report
        assert qm.stat().st_size > 0
        result[language] = qm
    return result


@pytest.fixture
def install(qapp: QApplication) -> Iterator[Callable[[Path], QTranslator]]:
    """install(qm) loads a .qm into the app; every translator is removed after the test."""
    installed: list[QTranslator] = []
    before = QCoreApplication.translate("MainWindow", "New client")

    def load(qm: Path) -> QTranslator:
        translator = QTranslator()
        assert translator.load(str(qm)), f"QTranslator could not load {qm}"
        assert qapp.installTranslator(translator)
        installed.append(translator)
        return translator

    yield load
    for translator in installed:
        assert qapp.removeTranslator(translator)
    # nothing of ours leaks into the rest of the suite
    assert QCoreApplication.translate("MainWindow", "New client") == before


# -- the .ts files ---------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_current(language: str) -> None:
    messages = read_ts(language)
    assert messages, f"{ts_path(language).name} has no messages"
    unfinished = [f"{m} [{m.state}]" for m in messages if m.state]
    empty = [str(m) for m in messages if not m.forms or not all(f.strip() for f in m.forms)]
    assert not unfinished, (
        f"{ts_path(language).name}: unfinished, obsolete or vanished entries "
        "(translate them, or drop the stale ones with lupdate -no-obsolete):\n"
        + "\n".join(unfinished)
    )
    assert not empty, f"{ts_path(language).name}: empty translations:\n" + "\n".join(empty)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept_in_every_form(language: str) -> None:
    wrong = [
        f"{m} -> {form!r}"
        for m in read_ts(language)
        for form in m.forms
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source))
    ]
    assert not wrong, "placeholders (%1, %n) differ from the source:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_languages_number_of_forms(language: str) -> None:
    numerus = [m for m in read_ts(language) if m.numerus]
    assert numerus, "the UI has plural messages (%n client(s)); none found"
    wrong = [
        f"{m}: {len(m.forms)} forms" for m in numerus if len(m.forms) != PLURAL_FORMS[language]
    ]
    assert not wrong, f"{language} needs {PLURAL_FORMS[language]} plural form(s):\n" + "\n".join(
        wrong
    )


def test_english_repeats_the_source_except_plurals() -> None:
    """Wording is changed in the code, not in rmcoach_en.ts, so both always agree."""
    changed = [
        f"{m} -> {m.forms[0]!r}" for m in read_ts("en") if not m.numerus and m.forms != (m.source,)
    ]
    assert not changed, "English differs from its source text:\n" + "\n".join(changed)
    for m in (m for m in read_ts("en") if m.numerus):
        singular, plural = m.forms
        assert singular != plural, f"{m}: singular and plural are the same"


def test_chinese_uses_chinese_punctuation() -> None:
    wrong = [
        f"{m} -> {form!r}"
        for m in read_ts("zh_CN")
        for form in m.forms
        if ASCII_AFTER_HAN.search(form)
    ]
    assert not wrong, "ASCII punctuation after Chinese text (use ，。：；？！（）):\n" + "\n".join(
        wrong
    )


def test_both_files_hold_the_same_messages() -> None:
    zh = sorted(m.key for m in read_ts("zh_CN"))
    en = sorted(m.key for m in read_ts("en"))
    assert zh == en, "rmcoach_zh_CN.ts and rmcoach_en.ts differ: run make translations-update"


# -- in step with the code -------------------------------------------------------------------
def test_every_ui_string_is_in_the_ts_files() -> None:
    in_code = strings_in_code()
    assert len(in_code) > 100, "the extractor found too few strings: is ui/ still there?"
    in_ts = {m.key for m in read_ts("zh_CN")}
    missing = [
        f"{', '.join(where)}: {context}: {source!r}" + (" (plural)" if numerus else "")
        for (context, source, _comment, numerus), where in sorted(in_code.items())
        if (context, source, _comment, numerus) not in in_ts
    ]
    assert not missing, (
        "strings in the code but not in rmcoach_zh_CN.ts: run `make translations-update`, "
        "then translate them:\n" + "\n".join(missing)
    )


def test_no_ts_message_is_left_over_from_old_code() -> None:
    in_code = strings_in_code()
    stale = [str(m) for m in read_ts("zh_CN") if m.key not in in_code]
    assert not stale, (
        "messages no longer in the code: run `make translations-update` "
        "(pyside6-lupdate -no-obsolete drops them):\n" + "\n".join(stale)
    )


# -- compiled and loaded ------------------------------------------------------------------------
def test_chinese_qm_translates_the_ui(
    compiled: dict[str, Path], install: Callable[[Path], QTranslator]
) -> None:
    translator = install(compiled["zh_CN"])
    assert translator.language() == "zh_CN"
    expected = find_message("zh_CN", "MainWindow", "New client").forms[0]
    assert QCoreApplication.translate("MainWindow", "New client") == expected
    assert expected != "New client"
    (count,) = find_message("zh_CN", "ClientsPage", "%n client(s)").forms
    for n in (1, 3):
        assert QCoreApplication.translate("ClientsPage", "%n client(s)", "", n) == count.replace(
            "%n", str(n)
        )


def test_english_qm_gives_singular_and_plural(
    compiled: dict[str, Path], install: Callable[[Path], QTranslator]
) -> None:
    install(compiled["en"])
    singular, plural = find_message("en", "ClientsPage", "%n client(s)").forms
    one = QCoreApplication.translate("ClientsPage", "%n client(s)", "", 1)
    three = QCoreApplication.translate("ClientsPage", "%n client(s)", "", 3)
    assert one == singular.replace("%n", "1")
    assert three == plural.replace("%n", "3")
    assert one == "1 client" and three == "3 clients"
    # everything else falls through to the source text
    assert QCoreApplication.translate("MainWindow", "New client") == "New client"
