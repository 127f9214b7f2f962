"""Names of the phrase coach's categories as the Insights page shows them, in both languages."""

from __future__ import annotations

import pytest

from rmcoach.phrasecoach import FINDING_CATEGORIES
from tests.ui.test_translations import find_message
from ui.insights_labels import category_name


@pytest.mark.parametrize("category", FINDING_CATEGORIES)
def test_every_finding_category_has_a_translated_name(category: str) -> None:
    name = category_name(category)
    assert name != category  # not the raw key
    chinese = find_message("zh_CN", "insights", name).forms[0]
    assert chinese and chinese != name
    assert find_message("en", "insights", name).forms[0] == name
