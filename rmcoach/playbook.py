"""The meeting playbook: phases of coaching items, loaded from TOML and validated."""

from __future__ import annotations

import datetime
import difflib
import functools
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.paths import resource_path

PHASE_IDS = ("prepare", "rapport", "questioning", "listening", "responding", "follow_up")
PLAYBOOK_ENV = "RMCOACH_PLAYBOOK"

_ROOT_KEYS = ("id", "version", "title", "phases")
_PHASE_KEYS = ("id", "title", "items")
_ITEM_KEYS = ("id", "title", "guide", "phrases", "source")
_LANGS = {"zh": "Chinese", "en": "English"}
_ITEM_ID = re.compile(r"[a-z0-9_.]+")

# A field's position in the parsed document, e.g. ("phases", 1, "items", 3, "guide", "en").
FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class LocalText:
    """One text in Simplified Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text for a UI language; "zh", "zh_CN", "zh-Hans" give Chinese, else English."""
        return self.zh if lang.lower().startswith("zh") else self.en

    def to_dict(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}


@dataclass(frozen=True)
class PlaybookItem:
    id: str
    title: LocalText
    guide: LocalText
    phrases_zh: tuple[str, ...]
    phrases_en: tuple[str, ...]
    source: str  # the training-outline item ("A1", "D3"), or "" for our own


@dataclass(frozen=True)
class Phase:
    id: str
    title: LocalText
    items: tuple[PlaybookItem, ...]


@dataclass(frozen=True)
class Playbook:
    id: str
    version: str
    title: LocalText
    phases: tuple[Phase, ...]

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id; KeyError if there is none."""
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def item(self, item_id: str) -> PlaybookItem:
        """The item with this id in any phase; KeyError if there is none."""
        for item in self.all_items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def all_items(self) -> tuple[PlaybookItem, ...]:
        return tuple(item for phase in self.phases for item in phase.items)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "phases": [
                {
                    "id": phase.id,
                    "title": phase.title.to_dict(),
                    "items": [
                        {
                            "id": item.id,
                            "title": item.title.to_dict(),
                            "guide": item.guide.to_dict(),
                            "phrases": {"zh": list(item.phrases_zh), "en": list(item.phrases_en)},
                            "source": item.source,
                        }
                        for item in phase.items
                    ],
                }
                for phase in self.phases
            ],
        }


@dataclass(frozen=True)
class PlaybookIssue:
    """One problem in a playbook file; field is empty for syntax errors."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class PlaybookError(Exception):
    """A playbook file that cannot be used; errors lists every problem found."""

    def __init__(self, errors: list[PlaybookIssue]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def default_playbook_path() -> Path:
    return resource_path("playbook", "default.toml")


def active_playbook_path() -> Path:
    """The playbook in use: $RMCOACH_PLAYBOOK if set, else the shipped default."""
    # Later the book's settings will name a bank's playbook; the env var stays as override.
    env = os.environ.get(PLAYBOOK_ENV)
    return Path(env).expanduser() if env else default_playbook_path()


@functools.cache
def load_default_playbook() -> Playbook:
    return load_playbook(default_playbook_path())


# A playbook is a few dozen KB (ours: 35 KB). A bigger file is not one, and checking a 39 MB
# file took three minutes; nesting deeper than a playbook needs ran tomllib out of stack.
MAX_PLAYBOOK_BYTES = 2 * 1024 * 1024
MAX_NESTING = 16


def load_playbook(path: Path) -> Playbook:
    """Read and validate a playbook file; OSError if unreadable, PlaybookError if invalid."""
    size = path.stat().st_size
    if size > MAX_PLAYBOOK_BYTES:
        message = (
            f"the file is {size / 1024 / 1024:.1f} MB; a playbook is at most "
            f"{MAX_PLAYBOOK_BYTES // 1024 // 1024} MB"
        )
        raise PlaybookError([PlaybookIssue(str(path), None, "", message)])
    data = path.read_bytes()
    try:
        # utf-8-sig: Windows editors often save a BOM, which TOML would reject.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PlaybookError([PlaybookIssue(str(path), line, "", "not UTF-8 text")]) from None
    return parse_playbook(text, str(path))


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)")


def _nesting(text: str) -> tuple[int, int]:
    """(deepest [ / { nesting outside strings, the line where it is reached)."""
    depth = deepest = 0
    line = where = 1
    quote = ""
    escaped = False
    for char in text:
        if char == "\n":
            line += 1
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "#":
            quote = "\n"  # a comment runs to the end of the line
    return deepest, where


def parse_playbook(text: str, file: str = "<string>") -> Playbook:
    """Validate a playbook's TOML text; PlaybookError lists every problem with its line."""
    deepest, where = _nesting(text)
    if deepest > MAX_NESTING:
        message = f"arrays or tables nested {deepest} deep; a playbook needs at most {MAX_NESTING}"
        raise PlaybookError([PlaybookIssue(file, where, "", message)])
    try:
        raw = tomllib.loads(text)
    except RecursionError:  # a nesting the scan above did not see (inside odd quoting)
        message = f"arrays or tables nested too deep; a playbook needs at most {MAX_NESTING}"
        raise PlaybookError([PlaybookIssue(file, None, "", message)]) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib (3.11-3.13) only puts the position in the message text.
        message, line = str(exc), None
        if match := _TOML_POSITION.search(message):
            line = int(match.group(1))
            message = _TOML_POSITION.sub(f" (column {match.group(2)})", message)
        elif match := _TOML_AT_END.search(message):
            line = len(text.splitlines()) or 1
            message = _TOML_AT_END.sub(" (at end of file)", message)
        raise PlaybookError(
            [PlaybookIssue(file, line, "", f"TOML syntax error: {message}")]
        ) from None
    checker = _Checker(file, _Locator(text))
    playbook = checker.playbook(raw)
    if checker.issues or playbook is None:
        # Checks run field by field; the reader wants them in file order.
        raise PlaybookError(sorted(checker.issues, key=lambda issue: issue.line or 0))
    return playbook


def field_name(path: FieldPath) -> str:
    """("phases", 1, "items", 3, "guide") -> "phases[1].items[3].guide" (indices from 0)."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    names = {int: "an integer", float: "a float", str: "a string", list: "an array"}
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.date | datetime.time):
        return "a date/time"
    return names.get(type(value), type(value).__name__)


class _Checker:
    """Turns the parsed TOML into a Playbook, collecting every issue instead of stopping."""

    def __init__(self, file: str, locator: _Locator) -> None:
        self.file = file
        self.locator = locator
        self.issues: list[PlaybookIssue] = []
        self.item_ids: dict[str, FieldPath] = {}

    def error(self, path: FieldPath, message: str) -> None:
        line = self.locator.line(path)
        self.issues.append(PlaybookIssue(self.file, line, field_name(path), message))

    def keys(self, table: Mapping[str, object], allowed: tuple[str, ...], path: FieldPath) -> None:
        # Unknown keys are errors so a typo ("gude") does not silently drop a text.
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                self.error((*path, key), f"unknown key{hint} (allowed: {', '.join(allowed)})")

    def table(self, value: object, path: FieldPath, what: str) -> Mapping[str, object] | None:
        if isinstance(value, dict):
            return value
        self.error(path, f"must be {what}, not {_type_name(value)}")
        return None

    def string(self, table: Mapping[str, object], key: str, path: FieldPath) -> str | None:
        if key not in table:
            self.error((*path, key), "missing")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.error((*path, key), f"must be a string, not {_type_name(value)}")
            return None
        if not value.strip():
            self.error((*path, key), "must not be empty")
            return None
        return value

    def text(self, table: Mapping[str, object], key: str, path: FieldPath) -> LocalText | None:
        here = (*path, key)
        if key not in table:
            self.error(here, f'missing (write {key} = {{ zh = "...", en = "..." }})')
            return None
        texts = self.table(table[key], here, "a table with zh and en texts")
        if texts is None:
            return None
        self.keys(texts, tuple(_LANGS), here)
        found: dict[str, str] = {}
        for lang, name in _LANGS.items():
            value = texts.get(lang)
            if value is None:
                self.error((*here, lang), f"missing {name} text")
            elif not isinstance(value, str):
                self.error((*here, lang), f"{name} text must be a string, not {_type_name(value)}")
            elif not value.strip():
                self.error((*here, lang), f"empty {name} text")
            else:
                found[lang] = value.strip()
        return LocalText(found["zh"], found["en"]) if len(found) == 2 else None

    def phrases(self, item: Mapping[str, object], path: FieldPath) -> dict[str, tuple[str, ...]]:
        here = (*path, "phrases")
        phrases = self.table(item.get("phrases", {}), here, "a table with zh and en arrays")
        if phrases is None:
            return {}
        self.keys(phrases, tuple(_LANGS), here)
        found: dict[str, tuple[str, ...]] = {}
        for lang, name in _LANGS.items():
            value = phrases.get(lang, [])
            if not isinstance(value, list):
                self.error((*here, lang), f"must be an array of strings, not {_type_name(value)}")
                continue
            for n, phrase in enumerate(value):
                if not isinstance(phrase, str) or not phrase.strip():
                    self.error((*here, lang, n), f"each {name} phrase must be a non-empty string")
            found[lang] = tuple(p.strip() for p in value if isinstance(p, str))
        # Both languages must carry the same phrases, or one UI language would lose some.
        if len(found) == 2 and len(found["zh"]) != len(found["en"]):
            counts = f"{len(found['zh'])} Chinese and {len(found['en'])} English phrases"
            self.error(here, f"{counts}; give every phrase in both languages")
        return found

    def item(self, value: object, path: FieldPath) -> PlaybookItem | None:
        item = self.table(value, path, "a table ([[phases.items]])")
        if item is None:
            return None
        self.keys(item, _ITEM_KEYS, path)
        item_id = self.string(item, "id", path)
        if item_id is not None:
            if not _ITEM_ID.fullmatch(item_id):
                message = f"item id '{item_id}' may only use a-z, 0-9, '_' and '.'"
                self.error((*path, "id"), message)
            elif item_id in self.item_ids:
                first = self.item_ids[item_id]
                where = f"{field_name(first)}, line {self.locator.line((*first, 'id'))}"
                self.error((*path, "id"), f"duplicate item id '{item_id}' (first used at {where})")
            else:
                self.item_ids[item_id] = path
        title = self.text(item, "title", path)
        guide = self.text(item, "guide", path)
        phrases = self.phrases(item, path)
        source = item.get("source", "")
        if not isinstance(source, str):
            self.error((*path, "source"), f"must be a string, not {_type_name(source)}")
        if item_id is None or title is None or guide is None or not isinstance(source, str):
            return None
        zh, en = phrases.get("zh", ()), phrases.get("en", ())
        return PlaybookItem(item_id, title, guide, zh, en, source.strip())

    def phase(self, value: object, path: FieldPath) -> Phase | None:
        phase = self.table(value, path, "a table ([[phases]])")
        if phase is None:
            return None
        self.keys(phase, _PHASE_KEYS, path)
        phase_id = self.string(phase, "id", path)
        if phase_id is not None and phase_id not in PHASE_IDS:
            self.error(
                (*path, "id"), f"unknown phase '{phase_id}' (phases: {', '.join(PHASE_IDS)})"
            )
        title = self.text(phase, "title", path)
        raw_items = phase.get("items")
        items: list[PlaybookItem | None] = []
        if raw_items is None or raw_items == []:
            self.error((*path, "items"), "the phase has no items ([[phases.items]])")
        elif not isinstance(raw_items, list):
            self.error((*path, "items"), f"must be an array of tables, not {_type_name(raw_items)}")
        else:
            items = [self.item(v, (*path, "items", n)) for n, v in enumerate(raw_items)]
        if phase_id is None or title is None or None in items:
            return None
        return Phase(phase_id, title, tuple(i for i in items if i is not None))

    def phase_order(self, raw_phases: list[object]) -> None:
        seen: dict[str, int] = {}
        for n, value in enumerate(raw_phases):
            phase_id = value.get("id") if isinstance(value, dict) else None
            if not isinstance(phase_id, str) or phase_id not in PHASE_IDS:
                continue  # already reported by phase()
            if phase_id in seen:
                self.error(("phases", n, "id"), f"duplicate phase '{phase_id}'")
            else:
                seen[phase_id] = n
        if missing := [p for p in PHASE_IDS if p not in seen]:
            self.error(("phases",), f"missing phase(s): {', '.join(missing)}")
        present = list(seen)
        expected = [p for p in PHASE_IDS if p in seen]
        for got, want in zip(present, expected, strict=True):
            if got != want:
                order = ", ".join(PHASE_IDS)
                self.error(("phases", seen[got], "id"), f"phase '{got}' is out of order ({order})")
                break  # one misplaced phase shifts all the others: report it once

    def playbook(self, raw: Mapping[str, object]) -> Playbook | None:
        self.keys(raw, _ROOT_KEYS, ())
        playbook_id = self.string(raw, "id", ())
        version: str | None = None
        number = raw.get("version")
        if isinstance(number, int | float) and not isinstance(number, bool):
            # A string, so that "1.10" is not read as 1.1.
            self.error(("version",), f'must be a string: version = "{number}"')
        else:
            version = self.string(raw, "version", ())
        title = self.text(raw, "title", ())
        raw_phases = raw.get("phases")
        phases: list[Phase | None] = []
        if not isinstance(raw_phases, list):
            self.error(("phases",), "missing [[phases]] tables")
        else:
            phases = [self.phase(v, ("phases", n)) for n, v in enumerate(raw_phases)]
            self.phase_order(raw_phases)
        if playbook_id is None or version is None or title is None or None in phases:
            return None
        return Playbook(playbook_id, version, title, tuple(p for p in phases if p is not None))


_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_ARRAY_HEADER = re.compile(rf"\s*\[\[\s*({_DOTTED})\s*\]\]")
_TABLE_HEADER = re.compile(rf"\s*\[\s*({_DOTTED})\s*\]")
_ASSIGNMENT = re.compile(rf"\s*({_DOTTED})\s*=")


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in re.findall(_KEY_PART, dotted))


@dataclass
class _Table:
    """One [[...]] table in the source: its header line and the keys set inside it."""

    header: int
    keys: list[tuple[int, tuple[str, ...]]]  # (line, key path relative to this table)


class _Locator:
    """Finds the source line of a field; tomllib gives no positions for parsed values."""

    def __init__(self, text: str) -> None:
        self.root = _Table(1, [])
        self.phases: list[_Table] = []
        self.items: dict[tuple[int, int], _Table] = {}
        table = self.root
        base: tuple[str, ...] = ()
        prefix: tuple[str, ...] = ()
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            # Skip the inside of multi-line strings, where "[[phases]]" would be just text.
            if in_string is not None:
                if in_string in line:
                    in_string = None
                continue
            if match := _ARRAY_HEADER.match(line):
                base, prefix = _key_parts(match.group(1)), ()
                table = _Table(number, [])
                if base == ("phases",):
                    self.phases.append(table)
                elif base == ("phases", "items") and self.phases:
                    phase = len(self.phases) - 1
                    self.items[(phase, sum(1 for p, _ in self.items if p == phase))] = table
            elif match := _TABLE_HEADER.match(line):
                # [phases.items.guide] continues the current item; any other [x] is top-level.
                parts = _key_parts(match.group(1))
                if parts[: len(base)] != base:
                    table, base = self.root, ()
                prefix = parts[len(base) :]
                table.keys.append((number, prefix))
            elif match := _ASSIGNMENT.match(line):
                table.keys.append((number, (*prefix, *_key_parts(match.group(1)))))
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_string = quote
                    break

    def _table(self, path: FieldPath) -> tuple[_Table | None, FieldPath]:
        """The [[...]] table a field lives in, and the field's path inside it."""
        if len(path) < 2 or path[0] != "phases" or not isinstance(path[1], int):
            return self.root, path
        if len(path) > 3 and path[2] == "items" and isinstance(path[3], int):
            return self.items.get((path[1], path[3])), path[4:]
        return (self.phases[path[1]] if path[1] < len(self.phases) else None), path[2:]

    def line(self, path: FieldPath) -> int | None:
        table, rest = self._table(path)
        if table is None:  # phases written inline (phases = [...]): no headers to find
            return self.line(("phases",))
        keys: list[str] = []
        for part in rest:
            if isinstance(part, int):
                break
            keys.append(part)
        # The deepest key that is written down; a missing key points at its table.
        for depth in range(len(keys), 0, -1):
            for number, key in table.keys:
                if key[:depth] == tuple(keys[:depth]):
                    return number
        if table is self.root and keys[:1] == ["phases"] and self.phases:
            return self.phases[0].header
        return table.header
