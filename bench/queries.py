"""A reproducible mix of search queries taken from the book itself."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

KINDS = (
    "han_1",  # a surname: 王
    "han_2",  # two characters: 王芳 or the start of a longer name
    "han_long",  # a whole name of 3+ characters
    "initials",  # pinyin initials: wf
    "pinyin",  # the start of the full pinyin: wangf
    "phone",  # 4 digits from a mobile number
    "client_no",  # a whole client number
    "client_no_prefix",  # its first 6 digits
)


def sample_queries(book: Path, count: int = 200, seed: int = 11) -> list[tuple[str, str]]:
    """`count` (kind, text) pairs cycling through KINDS, from randomly chosen clients."""
    rng = random.Random(seed)
    with sqlite3.connect(book) as conn:
        rows = conn.execute(
            "SELECT name_zh, name_pinyin, name_initials, mobile, client_no FROM clients"
            " WHERE archived_at IS NULL ORDER BY id"
        ).fetchall()
    if not rows:
        raise RuntimeError("the book has no clients to take queries from")
    out: list[tuple[str, str]] = []
    attempts = 0
    while len(out) < count and attempts < count * 50:
        attempts += 1
        kind = KINDS[len(out) % len(KINDS)]
        name_zh, pinyin, initials, mobile, client_no = rng.choice(rows)
        text = _query(kind, name_zh or "", pinyin or "", initials or "", mobile or "", client_no)
        if text:
            out.append((kind, text))
    return out


def _query(
    kind: str, name_zh: str, pinyin: str, initials: str, mobile: str, client_no: str | None
) -> str:
    digits = "".join(ch for ch in mobile if ch.isdigit())
    if kind == "han_1":
        return name_zh[:1]
    if kind == "han_2":
        return name_zh[:2] if len(name_zh) >= 2 else ""
    if kind == "han_long":
        return name_zh if len(name_zh) >= 3 else ""
    if kind == "initials":
        return initials.replace(" ", "")[:3]
    if kind == "pinyin":
        return pinyin.replace(" ", "")[:5]
    if kind == "phone":
        return digits[3:7] if len(digits) >= 7 else ""
    if kind == "client_no":
        return client_no or ""
    if kind == "client_no_prefix":
        return (client_no or "")[:6]
    return ""
