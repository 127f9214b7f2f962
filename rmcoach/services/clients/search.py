"""The client list query: search-as-you-type, filters, SQL sorting and keyset paging.

Search terms of 3+ characters go through the FTS5 trigram index. Trigram cannot see
shorter terms, and 1-2 character queries are the common case (张三, 王, zs), so those go
through client_search_keys (search_index): a Chinese character of the name, tags,
occupation or employer, or a word of the English name. Latin letters are also a prefix of
the pinyin or the initials, digits a prefix of the client number; both are indexed columns.

Every term path yields a small set of client ids. With a term typed, the filters are kept
away from their indexes (SQLite's unary +), so the plan looks up those ids and sorts the
few matches, rather than walking the whole book in name order testing each client.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    column,
    exists,
    func,
    intersect,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
    union,
)

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import ClientPage, ClientQuery, ClientRow, RiskProfile, SortKey, Tier
from rmcoach.pinyin import has_han
from rmcoach.services.book import Book
from rmcoach.storage.schema import (
    ClientEntity,
    ClientSearchKeyEntity,
    ClientTagEntity,
    HoldingEntity,
)
from rmcoach.storage.sql_hints import unindexed
from rmcoach.validation import normalize_phone

PAGE_SIZE = 200
TIER_ORDER = (Tier.PRIVATE, Tier.WEALTH, Tier.VIP, Tier.MASS)

_c = ClientEntity.__table__.c
_tags = ClientTagEntity.__table__.c
_holdings = HoldingEntity.__table__.c
_fts = table("client_fts", column("rowid"))
_keys = ClientSearchKeyEntity.__table__


def search_terms(text: str) -> list[str]:
    """Split a query into terms; a phone typed with separators stays one term."""
    text = text.strip()
    if re.fullmatch(r"[\d\s\-+()]+", text):
        compact = re.sub(r"[\s\-()]", "", text)
        # a whole number is searched as stored (+86 138 0013 8000 -> 13800138000)
        return [normalize_phone(text) or compact] if compact else []
    return [t for t in text.split() if t]


def _fts_phrase(term: str) -> str:
    # user input is quoted as one FTS phrase, so operators and quotes in it mean nothing
    return '"' + term.replace('"', '""') + '"'


def _prefix_range(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """column starts with prefix, as a range an index can serve (LIKE 'x%' cannot: SQLite's
    LIKE ignores case, the index does not)."""
    if ord(prefix[-1]) >= 0xD7FF:  # no next character to bound by (surrogates, the end)
        return func.substr(column, 1, len(prefix)) == prefix
    following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < following)


def _like_prefix(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """column LIKE 'prefix%' with the pattern built here: SQLite uses an index for LIKE only
    when the pattern is one value, not the `? || '%'` that startswith() writes."""
    escaped = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return column.like(escaped + "%", escape="/")


def _with_key(key: str) -> Select[Any]:
    return select(_keys.c.client_id).where(_keys.c.key == key)


def _term_condition(term: str) -> ColumnElement[bool]:
    if len(term) >= 3:
        matching = select(_fts.c.rowid).where(
            literal_column("client_fts").op("MATCH")(_fts_phrase(term))
        )
        return _c.id.in_(matching)
    if has_han(term):
        han = [ch for ch in dict.fromkeys(term) if has_han(ch)]
        candidates = _with_key(han[0]) if len(han) == 1 else intersect(*map(_with_key, han))
        if term == han[0]:  # one character: the keys are the answer
            return _c.id.in_(candidates)
        # two: both characters are in the client's text; whether side by side, the row says
        return and_(
            _c.id.in_(candidates),
            or_(
                _c.name_zh.contains(term, autoescape=True),
                _c.occupation.contains(term, autoescape=True),
                _c.employer.contains(term, autoescape=True),
                exists().where(
                    _tags.client_id == _c.id, _tags.value.contains(term, autoescape=True)
                ),
            ),
        )
    if term.isdigit():
        return _prefix_range(_c.client_no, term)
    lowered = term.lower()
    return _c.id.in_(
        union(
            select(_c.id).where(_prefix_range(_c.name_initials, lowered)),
            select(_c.id).where(_prefix_range(_c.name_pinyin, lowered)),
            # in any case, as the trigram index matches; ix_clients_client_no_nocase serves
            # this LIKE (an index that ignores case, as LIKE does)
            select(_c.id).where(_like_prefix(_c.client_no, term)),
            select(_keys.c.client_id).where(_prefix_range(_keys.c.key, lowered)),
        )
    )


def _conditions(book: Book, query: ClientQuery) -> list[ColumnElement[bool]]:
    terms = search_terms(query.text)
    conditions: list[ColumnElement[bool]] = [_term_condition(t) for t in terms]
    # with a term the matches drive the plan; without one, the filters' indexes do
    column = (lambda name: unindexed(_c[name])) if terms else (lambda name: _c[name])
    if query.archived_only:
        conditions.append(column("archived_at").is_not(None))
    elif not query.include_archived:
        conditions.append(column("archived_at").is_(None))
    if query.tiers:
        conditions.append(column("tier").in_(sorted(t.value for t in query.tiers)))
    if query.risk_profiles:
        values = sorted(r.value for r in query.risk_profiles)
        conditions.append(column("risk_profile").in_(values))
    if query.not_contacted_days is not None:
        cutoff = to_storage(book.clock.now() - timedelta(days=query.not_contacted_days))
        contacted = column("last_contact_at")
        conditions.append(or_(contacted.is_(None), contacted < cutoff))
    return conditions


def _sort_expression(key: SortKey) -> ColumnElement[Any]:
    if key is SortKey.NAME:
        return _c.name_sort
    if key is SortKey.AUM:
        return _c.aum_fen
    if key is SortKey.TIER:
        return case({t.value: i for i, t in enumerate(TIER_ORDER)}, value=_c.tier, else_=9)
    if key is SortKey.LAST_CONTACT:
        # never-contacted clients sort as the oldest contact: the most neglected come first
        return func.coalesce(type_coerce(_c.last_contact_at, String), "")
    return func.coalesce(type_coerce(_c.client_since, String), "")


def count_clients(book: Book, query: ClientQuery) -> int:
    statement = select(func.count()).select_from(ClientEntity).where(*_conditions(book, query))
    with book.read() as conn:
        return int(conn.execute(statement).scalar_one())


def search_clients(
    book: Book,
    query: ClientQuery,
    cursor: tuple[object, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ClientPage:
    """One page of the list in the query's order; pass the returned cursor for the next."""
    sort_value = _sort_expression(query.sort).label("sort_value")
    today = book.clock.now().date()
    next_maturity = (
        select(func.min(_holdings.maturity_date))
        .where(_holdings.client_id == _c.id, _holdings.maturity_date >= today)
        .scalar_subquery()
    )
    tag_list = (
        select(func.group_concat(_tags.value, " · "))
        .where(_tags.client_id == _c.id, _tags.kind == "tag")
        .scalar_subquery()
    )
    statement: Select[Any] = select(
        _c.id,
        _c.name_zh,
        _c.name_en,
        _c.client_no,
        _c.tier,
        _c.risk_profile,
        _c.aum_fen,
        _c.mobile,
        _c.last_contact_at,
        next_maturity.label("next_maturity"),
        tag_list.label("tags"),
        sort_value,
    ).where(*_conditions(book, query))
    expression = _sort_expression(query.sort)
    if cursor is not None:
        value, last_id = cursor
        if query.descending:
            after = or_(expression < value, and_(expression == value, _c.id < last_id))
        else:
            after = or_(expression > value, and_(expression == value, _c.id > last_id))
        statement = statement.where(after)
    if query.descending:
        statement = statement.order_by(expression.desc(), _c.id.desc())
    else:
        statement = statement.order_by(expression.asc(), _c.id.asc())
    statement = statement.limit(limit + 1)  # one extra row tells whether a next page exists
    with book.read() as conn:
        fetched = conn.execute(statement).all()
    rows = tuple(_to_row(r) for r in fetched[:limit])
    next_cursor = None
    if len(fetched) > limit:
        last = fetched[limit - 1]
        next_cursor = (last.sort_value, int(last.id))
    return ClientPage(rows, next_cursor)


def _to_row(r: Any) -> ClientRow:
    return ClientRow(
        id=int(r.id),
        name_zh=r.name_zh,
        name_en=r.name_en,
        client_no=r.client_no or "",
        tier=Tier(r.tier),
        risk_profile=RiskProfile(r.risk_profile) if r.risk_profile else None,
        aum_fen=int(r.aum_fen),
        mobile=r.mobile,
        last_contact_at=from_storage(r.last_contact_at),
        next_maturity=r.next_maturity,
        tags=r.tags or "",
    )
