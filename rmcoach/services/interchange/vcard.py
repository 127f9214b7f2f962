"""vCard 3.0/4.0 import and export of clients' contact details (RFC 2426 and RFC 6350)."""

from __future__ import annotations

import quopri
import re
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import select

from rmcoach.services.book import Book
from rmcoach.services.interchange import csv_columns as cols
from rmcoach.services.interchange.client_import import run_import
from rmcoach.services.interchange.csv_export import ExportError, write_private
from rmcoach.services.interchange.import_report import (
    Cancelled,
    ImportFileError,
    ImportReport,
    ImportSource,
    Problem,
    Progress,
    SourceRow,
    read_text,
)
from rmcoach.storage.schema import ClientEntity, ClientTagEntity

Version = Literal["3.0", "4.0"]
X_CLIENT_NO = "X-RMCOACH-CLIENT-NO"
X_NAME_ZH = "X-RMCOACH-NAME-ZH"  # both names exactly, whatever FN shows
X_NAME_EN = "X-RMCOACH-NAME-EN"
X_INTERESTS = "X-RMCOACH-INTERESTS"  # which CATEGORIES are interests (the rest are tags)
X_GENDER = "X-RMCOACH-GENDER"  # vCard 3.0 has no GENDER
# what each imported value is reported against when it is wrong
LABELS = {
    "client_no": X_CLIENT_NO,
    "name": "FN",
    "name_zh": "FN",
    "name_en": "FN",
    "gender": "GENDER",
    "birthday": "BDAY",
    "phone": "TEL",
    "phone_other": "TEL",
    "email": "EMAIL",
    "address": "ADR",
    "occupation": "TITLE",
    "employer": "ORG",
    "interests": "CATEGORIES",
    "tags": "CATEGORIES",
    "notes": "NOTE",
}
# the properties read, and how many of each (a third TEL is not kept)
_KEPT = {"TEL": 2, "EMAIL": 1, "ORG": 1, "TITLE": 1, "ADR": 1, "BDAY": 1, "FN": 1}
_KEPT |= dict.fromkeys((X_CLIENT_NO, X_NAME_ZH, X_NAME_EN, X_INTERESTS, X_GENDER), 1)
_KEPT |= dict.fromkeys(("X-GENDER", "GENDER"), 1)
_KEPT |= dict.fromkeys(("NOTE", "CATEGORIES"), 1_000_000)
_QUIET = {"BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "KIND", "N", "SORT-STRING"}
# compound surnames, so that N splits 欧阳娜娜 as 欧阳;娜娜
_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容"}
_COMPOUND_SURNAMES |= {"长孙", "宇文", "司徒", "令狐", "夏侯", "端木", "万俟", "轩辕", "独孤"}
_c = ClientEntity.__table__.c


@dataclass(frozen=True)
class Property:
    """One content line: upper-case name (group dropped), parameters, raw value, line."""

    name: str
    params: Mapping[str, tuple[str, ...]]
    value: str
    line: int

    def types(self) -> set[str]:
        return {t.upper() for value in self.params.get("TYPE", ()) for t in value.split(",")}


@dataclass(frozen=True)
class VcardExportReport:
    path: Path
    cards: int
    seconds: float


# -- reading -------------------------------------------------------------------------------
def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current) + ("\\" if escaped else ""))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), value)


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines with the physical line each starts on (2.1 QP soft breaks too).

    A folded value is gathered in a list and joined once: a 3 MB photo in 40,000 folded
    lines is read in linear time (adding each piece to a growing string was quadratic:
    19 s for that photo).
    """
    out: list[tuple[int, str]] = []
    number, pieces, quoted = 0, list[str](), False
    # only CR and LF end a line: a U+2028 inside a note is text (str.splitlines would cut)
    for index, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        if pieces and line[:1] in (" ", "\t"):
            pieces.append(line[1:])
        elif pieces and quoted and pieces[-1].endswith("="):
            pieces[-1] = pieces[-1][:-1]
            pieces.append(line)
        elif line.strip():
            if pieces:
                out.append((number, "".join(pieces)))
            number, pieces, quoted = index, [line], _quoted_printable(line)
    if pieces:
        out.append((number, "".join(pieces)))
    return out


def _quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def parse_property(line: str, number: int) -> Property | None:
    """NAME;PARAM=A,B;BARE:value, with ':' allowed inside quoted parameter values."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        return None
    name, *raw_params = head.split(";")
    params: dict[str, tuple[str, ...]] = {}
    for raw in raw_params:
        key, equals, found = raw.partition("=")
        if not equals:  # vCard 2.1: a bare TYPE value (TEL;CELL:...)
            key, found = "TYPE", key
        params[key.strip().upper()] = (*params.get(key.strip().upper(), ()), found.strip('"'))
    name = name.rsplit(".", 1)[-1].strip().upper()  # item1.TEL -> TEL
    if any(v.upper() == "QUOTED-PRINTABLE" for v in params.get("ENCODING", ())):
        charset = (params.get("CHARSET") or ("utf-8",))[0]
        raw_bytes = quopri.decodestring(value.encode("utf-8", "replace"))
        try:
            value = raw_bytes.decode(charset, "replace")
        except LookupError:
            value = raw_bytes.decode("utf-8", "replace")
    return Property(name, params, value, number)


def parse_cards(text: str) -> list[list[Property]]:
    """The cards of a .vcf file, each as its properties in order (BEGIN/END excluded)."""
    return read_cards(text)[0]


def read_cards(text: str) -> tuple[list[list[Property]], int | None]:
    """The file's complete cards, and the line of a last card that never ends (or None).

    A file cut short (a phone's export interrupted, a truncated download) ends inside a
    card: that card is reported, never silently dropped nor imported half.
    """
    cards: list[list[Property]] = []
    current: list[Property] | None = None
    for number, line in _logical_lines(text):
        prop = parse_property(line, number)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            current = [prop]
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.append(prop)
    return cards, (current[0].line if current is not None else None)


_MOBILE_TYPES = {"CELL", "MOBILE", "IPHONE"}


def _phones(card: Sequence[Property]) -> tuple[Property | None, Property | None]:
    """(mobile, other phone): a CELL, else an untyped TEL; then a HOME, WORK ... one."""
    phones = [p for p in card if p.name == "TEL"]
    mobiles = [p for p in phones if p.types() & _MOBILE_TYPES]
    untyped = [p for p in phones if not p.types() - {"PREF"}]  # PREF says which, not what
    others = [p for p in phones if p not in mobiles and p not in untyped]
    mobile = next(iter(mobiles or untyped), None)
    rest = [p for p in others + untyped + mobiles if p is not mobile]
    return mobile, next(iter(rest), None)


def card_row(card: Sequence[Property]) -> tuple[SourceRow, set[str]]:
    """A card as an importer row, and the properties with data that it does not keep."""
    cells: dict[str, Any] = {}
    ignored: set[str] = set()
    first = {p.name: p for p in reversed(card)}
    line = card[0].line

    def text(name: str) -> str:
        return unescape(first[name].value).strip() if name in first else ""

    cells["client_no"] = text(X_CLIENT_NO)
    if X_NAME_ZH in first or X_NAME_EN in first:  # our own cards say which name is which
        cells["name_zh"], cells["name_en"] = text(X_NAME_ZH), text(X_NAME_EN)
    else:
        cells["name"] = text("FN")
    if not any(cells.get(k) for k in cols.NAME_KEYS) and "N" in first:  # family;given;...
        parts = [unescape(p).strip() for p in _split_unescaped(first["N"].value, ";")]
        family, given = [*parts, "", ""][:2]
        han = cols.is_han_name(family + given)
        cells["name"] = family + given if han else " ".join(p for p in (given, family) if p)
    for key, prop in zip(("phone", "phone_other"), _phones(card), strict=True):
        if prop is not None:
            cells[key] = re.sub(r"^tel:|;.*$", "", unescape(prop.value).strip(), flags=re.I)
    cells["email"] = text("EMAIL")
    cells["occupation"] = text("TITLE")
    if "ORG" in first:
        cells["employer"] = unescape(_split_unescaped(first["ORG"].value, ";")[0]).strip()
    if "ADR" in first:
        address = (unescape(p).strip() for p in _split_unescaped(first["ADR"].value, ";"))
        cells["address"] = " ".join(p for p in address if p)
    birthday = re.sub(r"T.*$", "", text("BDAY"))
    if not birthday.startswith("--"):  # a birthday without its year cannot be stored
        cells["birthday"] = birthday
    gender = text("GENDER") or text(X_GENDER) or text("X-GENDER")
    gender = _split_unescaped(gender, ";")[0].strip()
    if gender.upper() in ("M", "F", "MALE", "FEMALE", "男", "女"):
        cells["gender"] = gender
    cells["notes"] = "\n".join(unescape(p.value).strip() for p in card if p.name == "NOTE")
    categories = [
        unescape(c).strip()
        for p in card
        if p.name == "CATEGORIES"
        for c in _split_unescaped(p.value, ",")
    ]
    marked = first[X_INTERESTS].value if X_INTERESTS in first else ""
    interests = Counter(unescape(c).strip() for c in _split_unescaped(marked, ","))
    cells["interests"], cells["tags"] = (), ()
    for category in filter(None, categories):  # interests first, as they were written
        kind = "interests" if interests[category] > 0 else "tags"
        interests[category] -= 1
        cells[kind] += (category,)
    seen: Counter[str] = Counter()
    for prop in card:
        seen[prop.name] += 1
        if not prop.value.strip() or prop.name in _QUIET:
            continue
        if prop.name not in _KEPT or seen[prop.name] > _KEPT[prop.name]:
            ignored.add(prop.name)
    return SourceRow(line, {k: v for k, v in cells.items() if v}), ignored


def import_vcards(
    book: Book,
    path: Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import the contacts of a .vcf file: matched by X-RMCOACH-CLIENT-NO, else added."""
    text, encoding = read_text(path)
    cards, unterminated = read_cards(text)
    if not cards and unterminated is None:
        raise ImportFileError("file_not_vcard", path=path.name)
    rows: list[SourceRow] = []
    ignored: set[str] = set()
    for card in cards:
        row, dropped = card_row(card)
        rows.append(row)
        ignored |= dropped
    if unterminated is not None:
        cut = Problem(unterminated, "", "card_unterminated")
        rows.append(SourceRow(unterminated, {}, (), (cut,)))
    source = ImportSource(path.name, encoding, LABELS, rows, (), tuple(sorted(ignored)))
    return run_import(
        book, source, dry_run=dry_run, strict=strict, progress=progress, cancelled=cancelled
    )


# -- writing -------------------------------------------------------------------------------
def escape(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space; UTF-8 never split."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _name_parts(name_zh: str, name_en: str) -> tuple[str, str]:
    """(family, given) for N: 张三 -> 张, 三; 欧阳娜娜 -> 欧阳, 娜娜; San Zhang -> Zhang, San."""
    if name_zh:
        cut = 2 if name_zh[:2] in _COMPOUND_SURNAMES and len(name_zh) > 2 else 1
        return (name_zh[:cut], name_zh[cut:]) if len(name_zh) > 1 else (name_zh, "")
    given, _, family = name_en.rpartition(" ")
    return family, given


def format_card(
    client: Mapping[Any, Any], interests: Sequence[str], tags: Sequence[str], version: Version
) -> str:
    """One client as a vCard: contact details only (no tier, risk or assets on a phone)."""
    name_zh, name_en = client["name_zh"], client["name_en"]
    family, given = _name_parts(name_zh, name_en)
    four = version == "4.0"
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        "PRODID:-//RM Coach//Client book//EN",
        f"FN:{escape(name_zh or name_en)}",
        f"N:{escape(family)};{escape(given)};;;",
    ]
    if name_zh:
        lines.append(f"{X_NAME_ZH}:{escape(name_zh)}")
    if name_en:
        lines.append(f"{X_NAME_EN}:{escape(name_en)}")
    if client["client_no"]:
        lines.append(f"{X_CLIENT_NO}:{escape(client['client_no'])}")
    if client["gender"]:
        lines.append(f"{'GENDER' if four else X_GENDER}:{client['gender']}")
    if client["mobile"]:
        lines.append(f"TEL;TYPE={'cell' if four else 'CELL'}:{escape(client['mobile'])}")
    if client["phone_other"]:
        lines.append(f"TEL;TYPE={'voice' if four else 'VOICE'}:{escape(client['phone_other'])}")
    if client["email"]:
        lines.append(f"EMAIL{'' if four else ';TYPE=INTERNET'}:{escape(client['email'])}")
    if client["employer"]:
        lines.append(f"ORG:{escape(client['employer'])}")
    if client["occupation"]:
        lines.append(f"TITLE:{escape(client['occupation'])}")
    if client["birthday"]:
        day = client["birthday"]
        lines.append(f"BDAY:{day.strftime('%Y%m%d') if four else day.isoformat()}")
    if client["address"]:
        lines.append(f"ADR;TYPE={'home' if four else 'HOME'}:;;{escape(client['address'])};;;;")
    if interests or tags:
        lines.append(f"CATEGORIES:{','.join(escape(v) for v in (*interests, *tags))}")
    if interests:
        lines.append(f"{X_INTERESTS}:{','.join(escape(v) for v in interests)}")
    if client["notes"]:
        lines.append(f"NOTE:{escape(client['notes'])}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_vcards(
    book: Book,
    path: Path,
    *,
    client_no: str | None = None,
    version: Version = "3.0",
    include_archived: bool = False,
) -> VcardExportReport:
    """Write active clients (or the one with client_no) to a .vcf file, UTF-8, CRLF."""
    started = time.perf_counter()
    names: tuple[str, ...] = ("client_no", "name_zh", "name_en", "gender", "birthday")
    names += ("mobile", "phone_other", "email", "address", "occupation", "employer", "notes")
    query = select(_c.id, *(_c[n] for n in names)).order_by(_c.name_sort, _c.id)
    if client_no is not None:
        query = query.where(_c.client_no == client_no.strip())
    elif not include_archived:
        query = query.where(_c.archived_at.is_(None))
    tags = ClientTagEntity.__table__.c
    lists: dict[int, dict[str, list[str]]] = {}
    with book.read() as conn:
        clients = list(conn.execute(query).mappings())
        ids = [c["id"] for c in clients]
        tag_query = select(tags.client_id, tags.kind, tags.value).order_by(
            tags.client_id, tags.kind, tags.position
        )
        if client_no is not None:
            tag_query = tag_query.where(tags.client_id.in_(ids))
        for client_id, kind, value in conn.execute(tag_query):
            lists.setdefault(client_id, {}).setdefault(kind, []).append(value)
    if client_no is not None and not clients:
        raise ExportError(f"no client with client number {client_no}")

    def write(out: TextIO) -> None:
        for client in clients:
            own = lists.get(client["id"], {})
            out.write(format_card(client, own.get("interest", []), own.get("tag", []), version))

    write_private(path, write, "utf-8")
    return VcardExportReport(path, len(clients), time.perf_counter() - started)
