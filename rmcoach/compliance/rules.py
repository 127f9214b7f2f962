"""The compliance rules file (resources/rules/compliance.toml): loaded, typed and validated."""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.compliance.domain import ProductKind
from rmcoach.domain import ProductRisk, RiskProfile
from rmcoach.meeting_domain import MeetingType
from rmcoach.paths import resource_path
from rmcoach.playbook import LocalText

RULES_ENV = "RMCOACH_COMPLIANCE_RULES"  # a bank's own file instead of the shipped one
CARE_GROUPS = ("senior", "first_time_buyer", "limited_capacity")
DISCLAIMERS = ("product", "past_performance")
_ITEM_ID = re.compile(r"[a-z0-9_.]{1,90}")  # meeting checks store item ids of this form


class ComplianceRulesError(ValueError):
    """A rules file that cannot be used; the message names the file, the line and the field."""


@dataclass(frozen=True)
class Threshold:
    """One adjustable value with the regulations it comes from."""

    name: str
    value: Any
    sources: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class ComplianceItem:
    """A checklist item the meeting coach adds (care items or the recorded-sale items)."""

    id: str
    title: LocalText
    guide: LocalText
    sources: tuple[str, ...]
    applies_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disclaimer:
    text: LocalText
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ComplianceRules:
    """Everything in the rules file; thresholds are also read through the typed properties."""

    version: str
    sources: Mapping[str, str]
    thresholds: Mapping[str, Threshold]
    care_items: tuple[ComplianceItem, ...]
    recorded_sale_items: tuple[ComplianceItem, ...]
    disclaimers: Mapping[str, Disclaimer]

    def value(self, name: str) -> Any:
        return self.thresholds[name].value

    def citation(self, name: str) -> str:
        """The full citations behind a threshold, for a tooltip or the CLI."""
        return "；".join(self.sources[key] for key in self.thresholds[name].sources)

    @property
    def assessment_valid_months(self) -> int:
        return int(self.value("assessment_valid_months"))

    @property
    def senior_age(self) -> int:
        return int(self.value("senior_age"))

    @property
    def senior_age_insurance(self) -> int:
        return int(self.value("senior_age_insurance"))

    @property
    def cooling_off_hours(self) -> int:
        return int(self.value("cooling_off_hours"))


def _positive_int(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("expected a whole number above 0")
    return value


def _list_of(convert: Callable[[str], object]) -> Callable[[object], object]:
    def check(value: object) -> object:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("expected a list of texts")
        return tuple(convert(v) for v in value)

    return check


def _one_of(convert: Callable[[str], object]) -> Callable[[object], object]:
    def check(value: object) -> object:
        if not isinstance(value, str):
            raise ValueError("expected a text")
        return convert(value)

    return check


# Every threshold the code reads, with the check its value must pass.
_THRESHOLDS: dict[str, Callable[[object], object]] = {
    "assessment_valid_months": _positive_int,
    "assessment_warn_days": _positive_int,
    "no_exception_profiles": _list_of(RiskProfile),
    "limited_capacity_max_risk": _one_of(ProductRisk),
    "senior_age": _positive_int,
    "senior_age_insurance": _positive_int,
    "cooling_off_hours": _positive_int,
    "cooling_off_kinds": _list_of(ProductKind),
    "return_visit_days": _positive_int,
    "recorded_sale_meeting_types": _list_of(MeetingType),
    "recorded_sale_kinds": _list_of(ProductKind),
    "sales_area_words": _list_of(str),
}


class _Reader:
    """Turns a problem at a field into 'file:line: field: problem'."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def line_of(self, header: str, nth: int = 0, key: str | None = None) -> int:
        pattern = re.compile(rf"^\s*\[{{1,2}}\s*{re.escape(header)}\s*\]{{1,2}}")
        found = [i for i, line in enumerate(self.lines) if pattern.match(line)]
        if nth >= len(found):
            return 1
        start = found[nth]
        if key is not None:
            for i in range(start + 1, len(self.lines)):
                if self.lines[i].lstrip().startswith("["):
                    break
                if re.match(rf"\s*{re.escape(key)}\s*[=.]", self.lines[i]):
                    return i + 1
        return start + 1

    def error(self, line: int, field: str, problem: str) -> ComplianceRulesError:
        return ComplianceRulesError(f"{self.path}:{line}: {field}: {problem}")


def load_compliance_rules(path: str | os.PathLike[str]) -> ComplianceRules:
    """Read and validate a compliance rules file; ComplianceRulesError names file and line."""
    file = Path(path)
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ComplianceRulesError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ComplianceRulesError(f"{file}:1: not UTF-8 text") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise ComplianceRulesError(f"{file}:{m[1] if m else 1}: TOML syntax: {exc}") from None
    reader = _Reader(file, text)
    sources = doc.get("sources")
    if not isinstance(sources, dict) or not all(
        isinstance(v, str) and v.strip() for v in sources.values()
    ):
        raise reader.error(reader.line_of("sources"), "sources", 'expected key = "citation"')

    def cited(raw: Mapping[str, Any], line: int, field: str) -> tuple[str, ...]:
        keys = raw.get("sources")
        if not isinstance(keys, list) or not keys:
            raise reader.error(line, f"{field}.sources", "every entry must name its sources")
        for key in keys:
            if key not in sources:
                raise reader.error(line, f"{field}.sources", f"{key!r} is not in [sources]")
        return tuple(keys)

    thresholds = _thresholds(doc.get("thresholds"), reader, cited)
    items: dict[str, tuple[ComplianceItem, ...]] = {}
    seen: set[str] = set()
    for group in ("care_items", "recorded_sale_items"):
        items[group] = _items(doc.get(group), group, reader, cited, seen)
    disclaimers: dict[str, Disclaimer] = {}
    raw_disclaimers = doc.get("disclaimers") or {}
    for name in DISCLAIMERS:
        raw = raw_disclaimers.get(name)
        line = reader.line_of(f"disclaimers.{name}")
        if not isinstance(raw, dict):
            raise reader.error(line, f"disclaimers.{name}", "missing")
        disclaimers[name] = Disclaimer(
            _local(raw, line, f"disclaimers.{name}", reader), cited(raw, line, name)
        )
    version = doc.get("version")
    if not isinstance(version, str) or not version.strip():
        raise reader.error(1, "version", "expected a version text")
    return ComplianceRules(
        version=version,
        sources=dict(sources),
        thresholds=thresholds,
        care_items=items["care_items"],
        recorded_sale_items=items["recorded_sale_items"],
        disclaimers=disclaimers,
    )


def _thresholds(
    raw: object, reader: _Reader, cited: Callable[[Mapping[str, Any], int, str], tuple[str, ...]]
) -> dict[str, Threshold]:
    if not isinstance(raw, dict):
        raise reader.error(1, "thresholds", "missing")
    for name in raw:
        if name not in _THRESHOLDS:
            line = reader.line_of(f"thresholds.{name}")
            raise reader.error(line, f"thresholds.{name}", "unknown threshold")
    found: dict[str, Threshold] = {}
    for name, convert in _THRESHOLDS.items():
        entry = raw.get(name)
        line = reader.line_of(f"thresholds.{name}")
        if not isinstance(entry, dict) or "value" not in entry:
            raise reader.error(line, f"thresholds.{name}", "missing (needs value and sources)")
        try:
            value = convert(entry["value"])
        except ValueError as exc:
            value_line = reader.line_of(f"thresholds.{name}", key="value")
            raise reader.error(value_line, f"thresholds.{name}.value", str(exc)) from None
        note = entry.get("note", "")
        found[name] = Threshold(name, value, cited(entry, line, name), str(note))
    return found


def _items(
    raw: object,
    group: str,
    reader: _Reader,
    cited: Callable[[Mapping[str, Any], int, str], tuple[str, ...]],
    seen: set[str],
) -> tuple[ComplianceItem, ...]:
    if not isinstance(raw, list) or not raw:
        raise reader.error(1, group, f"no [[{group}]] entries")
    items: list[ComplianceItem] = []
    for index, entry in enumerate(raw):
        line = reader.line_of(group, index)
        field = f"{group}[{index}]"
        item_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(item_id, str) or not _ITEM_ID.fullmatch(item_id):
            raise reader.error(line, f"{field}.id", "use lower-case letters, digits, '_', '.'")
        if item_id in seen:
            raise reader.error(line, f"{field}.id", f"{item_id!r} is used twice")
        seen.add(item_id)
        applies = entry.get("applies_to", [])
        if group == "care_items" and (
            not isinstance(applies, list) or not applies or set(applies) - set(CARE_GROUPS)
        ):
            problem = f"expected a list of {', '.join(CARE_GROUPS)}"
            raise reader.error(line, f"{field}.applies_to", problem)
        items.append(
            ComplianceItem(
                id=item_id,
                title=_local(entry.get("title"), line, f"{field}.title", reader),
                guide=_local(entry.get("guide"), line, f"{field}.guide", reader),
                sources=cited(entry, line, field),
                applies_to=tuple(applies) if group == "care_items" else (),
            )
        )
    return tuple(items)


def _local(raw: object, line: int, field: str, reader: _Reader) -> LocalText:
    if not isinstance(raw, dict):
        raise reader.error(line, field, "expected zh and en")
    for lang in ("zh", "en"):
        if not isinstance(raw.get(lang), str) or not raw[lang].strip():
            raise reader.error(line, f"{field}.{lang}", "missing")
    return LocalText(raw["zh"], raw["en"])


def default_rules_path() -> Path:
    """The rules in use: $RMCOACH_COMPLIANCE_RULES if set, else the shipped file."""
    env = os.environ.get(RULES_ENV)
    return Path(env).expanduser() if env else resource_path("rules", "compliance.toml")


@functools.cache
def _cached(path: Path) -> ComplianceRules:
    return load_compliance_rules(path)


def default_compliance_rules() -> ComplianceRules:
    """The rules in use, loaded once per file."""
    return _cached(default_rules_path())
