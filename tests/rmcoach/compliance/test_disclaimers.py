"""Every document that names a product carries "理财非存款、产品有风险、投资须谨慎"."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from rmcoach import paths
from rmcoach.clock import FixedClock
from rmcoach.compliance.rules import default_compliance_rules
from rmcoach.documents.env import render_template
from rmcoach.documents.service import DocumentRequest, render_document
from rmcoach.services.book import Book
from tests.conftest import MakeClient
from tests.rmcoach.documents.sample import add_sample

PRODUCT_ZH = "理财非存款、产品有风险、投资须谨慎"


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own templates stay out of the test."""
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


def text_of(html: str) -> str:
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["brief", "minutes", "letter", "profile"])
def test_each_document_naming_a_product_carries_the_disclaimer(
    book: Book, clock: FixedClock, kind: str, lang: str
) -> None:
    sample = add_sample(book, clock)  # holdings, and products proposed and discussed
    text = text_of(render_document(book, DocumentRequest(kind, sample.client_id, lang=lang)).html)
    assert PRODUCT_ZH in text
    if lang == "en":
        assert default_compliance_rules().disclaimers["product"].text.en in text


def test_a_profile_without_any_product_has_no_disclaimer(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, name_zh="周新")
    text = text_of(render_document(book, DocumentRequest("profile", client.id)).html)
    assert PRODUCT_ZH not in text


def test_past_performance_adds_its_own_disclaimer() -> None:
    context = {
        "kind": "profile",
        "title": "t",
        "client": {"name": "x", "tier": "t", "risk_profile": "", "client_no": ""},
        "masked": True,
        "printed_on": "today",
        "names_product": True,
        "shows_performance": True,
    }
    text = text_of(render_template("base.html.j2", context, "zh"))
    rules = default_compliance_rules()
    assert rules.disclaimers["product"].text.zh in text
    assert rules.disclaimers["past_performance"].text.zh in text
    context["names_product"] = context["shows_performance"] = False
    assert PRODUCT_ZH not in text_of(render_template("base.html.j2", context, "zh"))
