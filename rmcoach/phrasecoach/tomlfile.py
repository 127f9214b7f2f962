"""Reading the phrase coach's TOML files with errors that name the file, the line and the field."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Final


class PhraseRuleError(ValueError):
    """A rules file that cannot be used; the message names the file, the line and the field."""


_RULE_HEADER: Final = re.compile(r"^[ \t]*\[\[[ \t]*rules[ \t]*\]\]", re.MULTILINE)
_TABLE_HEADER: Final = re.compile(r"^[ \t]*\[[ \t]*([A-Za-z0-9_.\-\" ]+?)[ \t]*\][ \t]*(?:#.*)?$")


class SourceText:
    """A TOML file's text, used only to turn (rule number or table, field) into a line number."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        # tomllib keeps array-of-tables order, so the Nth parsed rule is the Nth header.
        self.headers = [i for i, ln in enumerate(self.lines) if _RULE_HEADER.match(ln)]

    def error(self, index: int, rule_id: str, field: str, problem: str) -> PhraseRuleError:
        line = self.line_of(index, field.split(".")[0])
        name = f"rule {index + 1}" + (f" ({rule_id!r})" if rule_id else "")
        return PhraseRuleError(f"{self.path}:{line}: {name}, field {field!r}: {problem}")

    def table_error(self, table: str, field: str, problem: str) -> PhraseRuleError:
        line = self.line_of_table_key(table, field)
        return PhraseRuleError(f"{self.path}:{line}: [{table}], field {field!r}: {problem}")

    def line_of(self, index: int, key: str | None = None) -> int:
        """1-based line of rule `index`'s `key` (or of its header when key is None/absent)."""
        if index >= len(self.headers):  # rules written as an inline array: no headers
            return 1
        first = self.headers[index]
        if key is None:
            return first + 1
        last = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        return self._find_key(first, last, key, rf"\[\s*rules\.{re.escape(key)}\s*\]") or first + 1

    def line_of_table_key(self, table: str, key: str | None = None) -> int:
        """1-based line of `key` in `[table]` (the header's line, or 1 when not found)."""
        start = next((i for i, ln in enumerate(self.lines) if self._header_name(ln) == table), None)
        if start is None:
            return 1
        end = next(
            (i for i in range(start + 1, len(self.lines)) if self._header_name(self.lines[i])),
            len(self.lines),
        )
        if key is None:
            return start + 1
        return self._find_key(start, end, key, r"(?!)") or start + 1

    def _find_key(self, first: int, last: int, key: str, table_form: str) -> int | None:
        k = re.escape(key)
        key_re = re.compile(rf"\s*(?:\"?{k}\"?\s*[=.]|{table_form})")
        for i in range(first, last):
            if key_re.match(self.lines[i]):
                return i + 1
        return None

    @staticmethod
    def _header_name(line: str) -> str | None:
        if _RULE_HEADER.match(line):
            return "rules"
        m = _TABLE_HEADER.match(line)
        return m.group(1).replace('"', "").strip() if m else None


def read_toml(path: Path) -> tuple[SourceText, dict[str, Any]]:
    """The parsed file and its text; PhraseRuleError names the file and line of a problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhraseRuleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PhraseRuleError(f"{path}:{line}: not UTF-8 text") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line N, column M)"; lift N to the front like other errors.
        m = re.search(r"at line (\d+)", str(exc))
        raise PhraseRuleError(f"{path}:{m.group(1) if m else 1}: TOML syntax: {exc}") from None
    return SourceText(path, text), doc
