"""The screens mask contact details by the core's rules, the same the documents use."""

from __future__ import annotations

from rmcoach.documents import masking as documents
from rmcoach.masking import mask_email, mask_phone
from ui.models import client_list_model
from ui.widgets import client_detail


def test_the_screens_and_the_documents_mask_by_the_same_rules() -> None:
    assert documents.mask_phone is mask_phone and documents.mask_email is mask_email
    assert client_detail.mask_phone is mask_phone and client_detail.mask_email is mask_email
    assert client_list_model.mask_phone is mask_phone
    # what the screens showed in full before: a short landline and a WeChat id
    assert mask_phone("8123456") == "*****56"
    assert mask_phone("wechat:abc") == "wechat:a***"
