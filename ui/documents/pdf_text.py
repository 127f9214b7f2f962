"""Make a Qt-written PDF's text layer say what the page says, where two codes share a glyph."""

# Qt maps each embedded glyph back to the LOWEST code point the font draws with it. CJK fonts
# draw 大 (U+5927) and the Kangxi radical ⼤ (U+2F24) with one glyph, so the text layer says
# ⼤ (and a space says TAB, an en dash a figure dash): copying gives the wrong character and
# a search for 王大海 finds nothing. We know which characters the document holds, so each
# ToUnicode map is rewritten to name those instead.

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QRawFont, QTextDocument

log = logging.getLogger("rmcoach.ui.documents")

# Qt scans U+0000..U+FFFF in order and keeps the first code point per glyph; so do we.
_BMP = "".join(chr(c) for c in range(1, 0x10000) if not 0xD800 <= c <= 0xDFFF)
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_SECTION = re.compile(rb"\d+ begin(bfchar|bfrange)(.*?)endbf(?:char|range)", re.S)
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_first_codes: dict[tuple[str, str, int], dict[int, int]] = {}


def code_aliases(doc: QTextDocument) -> dict[int, int]:
    """{code point Qt will write: code point the text has} for every font the layout used."""
    wanted = {c for c in doc.toPlainText() if 0x20 <= ord(c) < 0x10000}
    fonts: dict[tuple[str, str], QRawFont] = {}
    doc.documentLayout().documentSize()  # lay out every block (layout is lazy)
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None:
            for run in layout.glyphRuns(0, block.length()):
                raw = run.rawFont()
                fonts.setdefault((raw.familyName(), raw.styleName()), raw)
        block = block.next()
    aliases: dict[int, int] = {}
    for raw in fonts.values():
        first = _first_code_by_glyph(raw)
        for char in wanted:
            (glyph,) = raw.glyphIndexesForString(char) or [0]
            claimed = first.get(glyph)
            if glyph and claimed is not None and claimed != ord(char):
                aliases[claimed] = ord(char)
    return aliases


def _first_code_by_glyph(raw: QRawFont) -> dict[int, int]:
    """Glyph -> the lowest code point the font draws with it (Qt's pick); cached per face."""
    key = (raw.familyName(), raw.styleName(), int(raw.weight()))
    if key not in _first_codes:
        first: dict[int, int] = {}
        for char, glyph in zip(_BMP, raw.glyphIndexesForString(_BMP), strict=False):
            if glyph:
                first.setdefault(glyph, ord(char))
        _first_codes[key] = first
    return _first_codes[key]


def fix_text_layer(pdf: bytes, aliases: dict[int, int]) -> bytes:
    """The PDF with its ToUnicode maps rewritten through `aliases`; unchanged if none apply.

    Anything unexpected in the file leaves it as it was: the page still prints the same.
    """
    if not aliases:
        return pdf
    try:
        xref = _read_xref(pdf)
        replaced: dict[int, bytes] = {}
        for number in {int(n) for n in _TO_UNICODE.findall(pdf)}:
            _, body, _ = _stream(pdf, xref[number])
            fixed = _rewrite_cmap(body, aliases)
            if fixed != body:
                replaced[number] = fixed
        return _replace_streams(pdf, xref, replaced) if replaced else pdf
    except (KeyError, ValueError, IndexError, StopIteration) as exc:
        log.warning("PDF text layer left as Qt wrote it: %s", exc)
        return pdf


def _read_xref(pdf: bytes) -> dict[int, int]:
    """Object number -> byte offset, from the classic xref table Qt writes."""
    match = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if match is None:
        raise ValueError("no startxref")
    position = int(match.group(1))
    if pdf[position : position + 4] != b"xref":
        raise ValueError("no classic xref table")
    offsets: dict[int, int] = {}
    lines = iter(pdf[position:].split(b"\n")[1:])
    for line in lines:
        head = line.split()
        if len(head) != 2 or not all(part.isdigit() for part in head):
            break  # "trailer"
        first, count = int(head[0]), int(head[1])
        for number in range(first, first + count):
            entry = next(lines).split()
            if entry[2] == b"n":
                offsets[number] = int(entry[0])
    return offsets


def _stream(pdf: bytes, offset: int) -> tuple[int, bytes, int]:
    """(start of the stream data, the data, the end of the data) of the object at offset."""
    header_end = pdf.index(b"stream", offset)
    length = re.search(rb"/Length (\d+)(?! \d+ R)", pdf[offset:header_end])
    if length is None:
        raise ValueError(f"object at {offset} has no direct /Length")
    start = header_end + len(b"stream")
    start += 2 if pdf[start : start + 2] == b"\r\n" else 1
    end = start + int(length.group(1))
    return start, pdf[start:end], end


def _rewrite_cmap(body: bytes, aliases: dict[int, int]) -> bytes:
    """The CMap with every target in `aliases` replaced, written out as bfchar entries."""
    mapping: list[tuple[int, bytes]] = []
    for kind, section in _SECTION.findall(body):
        if kind == b"bfchar":
            mapping += [(int(src, 16), dst) for src, dst in _CHAR.findall(section)]
            continue
        for low, high, dst, targets in _RANGE.findall(section):
            glyphs = range(int(low, 16), int(high, 16) + 1)
            if targets:  # <lo> <hi> [<t1> <t2> ...]
                mapping += zip(glyphs, _HEX.findall(targets), strict=True)
            elif len(dst) == 4:  # <lo> <hi> <t>: t, t+1, t+2, ...
                mapping += [(g, b"%04X" % (int(dst, 16) + i)) for i, g in enumerate(glyphs)]
            else:
                raise ValueError("a ToUnicode range to a multi-unit target")
    if not any(len(dst) == 4 and int(dst, 16) in aliases for _, dst in mapping):
        return body
    lines = []
    for glyph, dst in mapping:
        code = int(dst, 16) if len(dst) == 4 else -1
        lines.append(b"<%04X> <%s>" % (glyph, b"%04X" % aliases[code] if code in aliases else dst))
    sections = b"".join(
        b"%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), b"\n".join(chunk))
        for chunk in (lines[i : i + 100] for i in range(0, len(lines), 100))
    )
    spans = [m.span() for m in _SECTION.finditer(body)]
    return body[: spans[0][0]] + sections + body[spans[-1][1] :].lstrip(b"\n")


def _replace_streams(pdf: bytes, xref: dict[int, int], streams: dict[int, bytes]) -> bytes:
    """The file with these objects' stream data replaced, /Length and xref offsets moved."""
    out = bytearray()
    moved: list[tuple[int, int]] = []  # (old offset after which, cumulative shift)
    cursor = shift = 0
    for number in sorted(streams, key=lambda n: xref[n]):
        offset = xref[number]
        start, old, end = _stream(pdf, offset)
        header = re.sub(
            rb"/Length \d+", b"/Length %d" % len(streams[number]), pdf[offset:start], count=1
        )
        out += pdf[cursor:offset] + header + streams[number]
        shift += (len(header) - (start - offset)) + (len(streams[number]) - len(old))
        moved.append((offset, shift))
        cursor = end
    out += pdf[cursor:]

    def new_offset(old: int) -> int:
        return old + next((s for after, s in reversed(moved) if old > after), 0)

    text = bytes(out)
    table_at = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    new_table_at = new_offset(table_at)

    def entry(match: re.Match[bytes]) -> bytes:
        return b"%010d %s n" % (new_offset(int(match.group(1))), match.group(2))

    head, tail = text[:new_table_at], text[new_table_at:]
    trailer_at = tail.index(b"trailer")
    table = re.sub(rb"(\d{10}) (\d{5}) n", entry, tail[:trailer_at])
    rest = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % new_table_at, tail[trailer_at:])
    return head + table + rest
