"""The `products` command: import the product catalogue from CSV, or list it as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "products",
        help="import or list the product catalogue",
        description="Keep the catalogue of products the suitability check works with.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="add and update products from a CSV file",
        description=(
            "Read products from a CSV file (UTF-8 or GB18030; English or Chinese headers): "
            "产品代码/code and 产品名称/name are required; 产品类型/kind (公募理财, 私募理财, "
            "基金, 保险, 结构性存款, 债券, 贵金属), 风险等级/risk (R1-R5 or PR1-PR5), "
            "起购金额/min_amount, 流动性/liquidity, 费率/fees, 过往业绩/past_performance and "
            "在售/active are read when present. A code already in the catalogue updates that "
            "product. Exit 0: all imported; 1: some rows rejected; 2: nothing could be read."
        ),
    )
    load.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file to import")
    load.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    load.set_defaults(func=run_import)
    show = actions.add_parser(
        "list",
        help="print the catalogue as JSON",
        description="Print the products on sale (--all: withdrawn ones too) as a JSON list.",
    )
    show.add_argument("--all", action="store_true", help="include products no longer sold")
    show.set_defaults(func=run_list)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.interchange.import_report import ImportFileError
    from rmcoach.services.sales.product_import import ProductColumnsError, import_products_csv

    book = ctx.open_book()
    try:
        report = import_products_csv(book, args.file, dry_run=args.dry_run)
    except (ImportFileError, ProductColumnsError) as exc:
        raise CommandError(str(exc), 2) from exc
    for problem in report.problems:
        where = f"{args.file.name}:{problem.line}" + (
            f": {problem.column}" if problem.column else ""
        )
        print(f"{where}: {problem.message_en}", file=sys.stderr)
    verb = "would add" if args.dry_run else "added"
    print(
        f"products: {verb} {report.added}, updated {report.updated}, "
        f"rejected {report.rejected} ({report.encoding})"
    )
    if report.unknown_columns:
        print(f"  columns not imported: {', '.join(report.unknown_columns)}")
    return 1 if report.problems else 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.sales.products import list_products

    book = ctx.open_book()
    rows = [
        {
            "id": p.id,
            "code": p.code,
            "name": p.name,
            "kind": p.kind.value,
            "risk": p.risk.value,
            "min_amount_fen": p.draft.min_amount_fen,
            "liquidity": p.draft.liquidity,
            "fees": p.draft.fees,
            "past_performance": p.draft.past_performance,
            "active": p.draft.active,
        }
        for p in list_products(book, include_inactive=args.all)
    ]
    print(json.dumps(rows, ensure_ascii=False, indent=2))
    return 0
