"""Translated words of the product catalogue: kinds, risk levels and why a product is refused."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from rmcoach.compliance.domain import ProductKind
from rmcoach.domain import ProductRisk
from rmcoach.services.sales.products import ProductFieldError
from ui.formatting import fill
from ui.labels import field_error_text


def product_kind_name(kind: ProductKind) -> str:
    return {
        ProductKind.WEALTH_PUBLIC: QCoreApplication.translate("products", "Public wealth product"),
        ProductKind.WEALTH_PRIVATE: QCoreApplication.translate(
            "products", "Private wealth product"
        ),
        ProductKind.FUND: QCoreApplication.translate("products", "Fund"),
        ProductKind.INSURANCE: QCoreApplication.translate("products", "Insurance"),
        ProductKind.STRUCTURED_DEPOSIT: QCoreApplication.translate(
            "products", "Structured deposit"
        ),
        ProductKind.BOND: QCoreApplication.translate("products", "Bond"),
        ProductKind.PRECIOUS_METAL: QCoreApplication.translate("products", "Precious metal"),
    }[kind]


def risk_name(risk: ProductRisk) -> str:
    """R3 with the words banks print beside it (R3 中风险), so the level reads at a glance."""
    words = {
        ProductRisk.R1: QCoreApplication.translate("products", "low"),
        ProductRisk.R2: QCoreApplication.translate("products", "medium-low"),
        ProductRisk.R3: QCoreApplication.translate("products", "medium"),
        ProductRisk.R4: QCoreApplication.translate("products", "medium-high"),
        ProductRisk.R5: QCoreApplication.translate("products", "high"),
    }
    return f"{risk.value} {words[risk]}"


def product_error_text(code: str, params: Mapping[str, str]) -> str:
    """Why a product (typed or a row of a file) cannot be stored, in the user's language."""
    texts = {
        "product_code_required": QCoreApplication.translate(
            "products", "Give the product its code, as the bank lists it."
        ),
        "product_code_invalid": QCoreApplication.translate(
            "products", "Use only letters, digits and - _ . / in a product code."
        ),
        "product_code_taken": fill(
            QCoreApplication.translate("products", "Code %1 already belongs to another product."),
            params.get("code", ""),
        ),
        "kind_unknown": fill(
            QCoreApplication.translate(
                "products",
                "Unknown kind “%1”. Use 公募理财, 私募理财, 基金, 保险, 结构性存款, 债券 or "
                "贵金属 (or wealth_public, fund ...).",
            ),
            params.get("value", ""),
        ),
        "product_risk_required": QCoreApplication.translate(
            "products", "Choose the risk level the bank gave this product."
        ),
        "product_risk_unknown": fill(
            QCoreApplication.translate("products", "Unknown risk level “%1”. Use R1 to R5."),
            params.get("value", ""),
        ),
    }
    if code in texts:
        return texts[code]
    return field_error_text(ProductFieldError("", code, dict(params)))


def columns_error_text() -> str:
    """A product file without a code or a name column."""
    return QCoreApplication.translate(
        "products",
        "The file needs a code column and a name column. Name them 产品代码 and 产品名称 "
        "(or code and name).",
    )
