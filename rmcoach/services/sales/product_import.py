"""Import the product catalogue from CSV: English or Chinese headers, kinds and risks as typed."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from rmcoach.clock import to_storage
from rmcoach.compliance.domain import ProductDraft, ProductKind
from rmcoach.compliance.reasons import COMPLIANCE_MESSAGES
from rmcoach.domain import OpChanges, ProductRisk
from rmcoach.services.book import Book
from rmcoach.services.interchange.csv_columns import header_key
from rmcoach.services.interchange.import_report import ImportFileError, read_text
from rmcoach.services.sales.products import apply_draft, normalized, product_errors
from rmcoach.storage.schema_value import ProductEntity
from rmcoach.validation import ENGLISH_MESSAGES, parse_amount_fen


class ProductColumnsError(ValueError):
    """A product file without a code or a name column: nothing can be imported."""

    def __init__(self, file_name: str, header: list[str]) -> None:
        columns = ", ".join(h for h in header if h) or "(none)"
        super().__init__(
            f"{file_name} needs a code column (产品代码/code) and a name column "
            f"(产品名称/name); its columns are: {columns}"
        )


# column key: the headers it goes by, English and Chinese
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "product code", "产品代码", "代码", "产品编号", "产品编码"),
    "name": ("name", "product name", "product", "产品名称", "名称", "产品"),
    "kind": ("kind", "type", "product type", "产品类型", "类型", "产品类别", "类别"),
    "risk": ("risk", "risk level", "风险等级", "产品风险等级", "风险评级", "风险"),
    "min_amount": ("min_amount", "minimum", "min amount", "起购金额", "起点金额", "最低金额"),
    "liquidity": ("liquidity", "流动性", "赎回", "期限"),
    "fees": ("fees", "fee", "费率", "费用"),
    "past_performance": ("past_performance", "past performance", "过往业绩", "历史业绩"),
    "active": ("active", "on sale", "在售", "状态", "销售状态"),
}
_BY_HEADER = {header_key(h): key for key, names in COLUMNS.items() for h in names}
_KIND_WORDS = {
    ProductKind.WEALTH_PUBLIC: (
        "公募理财",
        "公募理财产品",
        "银行理财",
        "理财",
        "公募",
        "wealth",
        "public wealth",
    ),
    ProductKind.WEALTH_PRIVATE: ("私募理财", "私募理财产品", "私募", "private wealth", "private"),
    ProductKind.FUND: ("基金", "公募基金", "证券投资基金", "fund", "mutual fund"),
    ProductKind.INSURANCE: ("保险", "年金险", "理财保险", "insurance"),
    ProductKind.STRUCTURED_DEPOSIT: ("结构性存款", "结构存款", "structured deposit"),
    ProductKind.BOND: ("债券", "国债", "储蓄国债", "柜台债", "bond", "bonds"),
    ProductKind.PRECIOUS_METAL: ("贵金属", "黄金", "实物黄金", "precious metal", "gold"),
}
_KINDS = {header_key(w): kind for kind, words in _KIND_WORDS.items() for w in (kind.value, *words)}
_RISK_NAMES = {
    "低": 1,
    "中低": 2,
    "中": 3,
    "中高": 4,
    "高": 5,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
}
_RISK_CODE = re.compile(r"^P?R([1-5])(?![0-9])")
_RISK_WORD = re.compile(r"^(中低|中高|低|中|高)风险|^([一二三四五])级")
_FALSE = {"否", "停售", "已停售", "no", "n", "false", "0", "inactive"}


def kind_value(text: str) -> ProductKind | None:
    """公募理财, 私募, 基金, insurance, structured_deposit ... -> the kind; None if unknown."""
    return _KINDS.get(header_key(text))


def risk_value(text: str) -> ProductRisk | None:
    """R3, PR3 (wealth products), 'R3 中风险', 中风险, 三级 -> R3; None if unknown."""
    raw = unicodedata.normalize("NFKC", text).strip().upper()
    if match := _RISK_CODE.match(raw):
        return ProductRisk(f"R{match[1]}")
    if match := _RISK_WORD.match(raw):
        return ProductRisk(f"R{_RISK_NAMES[match[1] or match[2]]}")
    return None


@dataclass(frozen=True)
class ProductProblem:
    """Why one row was not imported: its line (the header is line 1), the column, a code."""

    line: int
    column: str
    code: str
    params: dict[str, str]

    @property
    def message_en(self) -> str:
        template = COMPLIANCE_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)


@dataclass(frozen=True)
class ProductImport:
    """What an import did: products added and updated (by code), rows refused and why."""

    added: int
    updated: int
    problems: tuple[ProductProblem, ...]
    unknown_columns: tuple[str, ...]
    encoding: str
    changes: OpChanges = field(default_factory=OpChanges)

    @property
    def rejected(self) -> int:
        """How many rows were left out (a row may have several problems)."""
        return len({p.line for p in self.problems})


def import_products_csv(book: Book, path: Path, dry_run: bool = False) -> ProductImport:
    """Add or update (by code) the products of a CSV file; rows with problems are skipped.

    Raises ImportFileError when the file cannot be read or has no code or name column.
    """
    text, encoding = read_text(path)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count) if first else ","
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    lines = [i + 1 for i, r in enumerate(rows) if any(c.strip() for c in r)]
    if not lines:
        raise ImportFileError("file_empty", path=path.name)  # read_text raises the others
    header = [c.strip() for c in rows[lines[0] - 1]]
    keys = [_BY_HEADER.get(header_key(h)) for h in header]
    if "code" not in keys or "name" not in keys:
        raise ProductColumnsError(path.name, header)
    problems: list[ProductProblem] = []
    drafts: dict[str, tuple[int, ProductDraft]] = {}
    for line in lines[1:]:
        cells = {k: c.strip() for k, c in zip(keys, rows[line - 1], strict=False) if k}
        label = {k: h for k, h in zip(keys, header, strict=True) if k}
        draft = _row_draft(line, cells, label, problems)
        if draft is not None:
            if draft.code in drafts:
                problems.append(
                    ProductProblem(line, label["code"], "product_code_taken", {"code": draft.code})
                )
            else:
                drafts[draft.code] = (line, draft)
    with book.read() as conn:
        known = set(conn.execute(select(ProductEntity.code)).scalars())
    updated = sum(1 for code in drafts if code in known)
    if not dry_run and drafts:
        with book.write() as session:
            now = to_storage(book.clock.now())
            for _line, draft in drafts.values():
                query = select(ProductEntity).where(ProductEntity.code == draft.code)
                entity = session.scalars(query).first()
                if entity is None:
                    entity = ProductEntity(created_at=now)
                    session.add(entity)
                apply_draft(entity, draft)
                entity.updated_at = now
    unknown = tuple(h for h, k in zip(header, keys, strict=True) if h and k is None)
    wrote = not dry_run and bool(drafts)
    changes = OpChanges(products=True) if wrote else OpChanges()
    return ProductImport(
        len(drafts) - updated, updated, tuple(problems), unknown, encoding, changes
    )


def _row_draft(
    line: int, cells: dict[str, str], label: dict[str, str], problems: list[ProductProblem]
) -> ProductDraft | None:
    found: list[ProductProblem] = []

    def fail(key: str, code: str, **params: str) -> None:
        found.append(ProductProblem(line, label.get(key, key), code, params))

    kind = kind_value(cells.get("kind", "")) if cells.get("kind") else ProductKind.WEALTH_PUBLIC
    if kind is None:
        fail("kind", "kind_unknown", value=cells["kind"])
    risk = risk_value(cells.get("risk", ""))
    if risk is None:
        fail("risk", "product_risk_unknown", value=cells.get("risk", ""))
    amount = parse_amount_fen(cells["min_amount"]) if cells.get("min_amount") else 0
    if amount is None:
        fail("min_amount", "amount_invalid")
    draft = normalized(
        ProductDraft(
            code=cells.get("code", ""),
            name=cells.get("name", ""),
            kind=kind or ProductKind.WEALTH_PUBLIC,
            risk=risk or ProductRisk.R5,
            min_amount_fen=amount or 0,
            liquidity=cells.get("liquidity", ""),
            fees=cells.get("fees", ""),
            past_performance=cells.get("past_performance", ""),
            active=cells.get("active", "").strip().casefold() not in _FALSE,
        )
    )
    for error in product_errors(draft):
        key = {"min_amount_fen": "min_amount"}.get(error.field, error.field)
        fail(key, error.code, **error.params)
    problems.extend(found)
    return None if found else draft
