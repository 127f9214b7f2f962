"""The `suitability` command: is a product of risk R1-R5 suitable for a client today? (JSON)"""

from __future__ import annotations

import argparse
import json

from rmcoach.cli import CommandError, Context

KINDS = (
    "wealth_public",
    "wealth_private",
    "fund",
    "insurance",
    "structured_deposit",
    "bond",
    "precious_metal",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "suitability",
        help="check a product's risk level against a client's assessment (JSON)",
        description=(
            'Print {"suitable": true|false, "reasons": [...], "warnings": [...]} for a product '
            "of risk RISK (R1-R5) and the client with this client number, by the rules in "
            "resources/rules/compliance.toml. Reasons say why not; warnings carry the "
            "special-care notices. Each is {code, params, en}. Exit 0: suitable; 1: not "
            "suitable; 2: bad input (unknown client, risk or kind)."
        ),
    )
    parser.add_argument("client_no", metavar="CLIENT_NO", help="the client's client number")
    parser.add_argument("risk", metavar="RISK", help="the product's risk level, R1 to R5")
    parser.add_argument(
        "--kind",
        metavar="KIND",
        help=f"the product's kind ({', '.join(KINDS)}): insurance and private products "
        "have their own rules",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # imported here so that `--help` and other commands do not pay for SQLAlchemy
    from rmcoach.compliance.domain import ProductKind
    from rmcoach.domain import ProductRisk
    from rmcoach.services.clients.records import ClientNotFoundError, find_client_id
    from rmcoach.services.sales.product_import import kind_value
    from rmcoach.services.sales.suitability import check_product

    risk_text = args.risk.strip().upper()
    if risk_text not in ProductRisk._value2member_map_:
        raise CommandError(f"unknown risk level {args.risk!r}: use R1 to R5", 2)
    kind: ProductKind | None = None
    if args.kind is not None:
        kind = kind_value(args.kind)
        if kind is None:
            raise CommandError(f"unknown product kind {args.kind!r}: use {', '.join(KINDS)}", 2)
    book = ctx.open_book()
    try:
        client_id = find_client_id(book, args.client_no)
    except ClientNotFoundError as exc:
        raise CommandError(str(exc), 2) from exc
    result = check_product(book, client_id, ProductRisk(risk_text), kind)
    print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    return 0 if result.suitable else 1
