"""The client list model: Qt's model contract, paging, and superseded queries dropped."""

from __future__ import annotations

from dataclasses import replace

from rmcoach.domain import ClientDraft, ClientQuery
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.clients import search as client_search
from ui.models.client_list_model import COL_NAME, ClientListModel
from ui.operations import Operations


def make_ops(book: Book) -> Operations:
    errors: list[BaseException] = []
    ops = Operations(errors.append)
    ops.open_book(lambda: book, lambda _b: None, errors.append)
    ops.wait_idle()
    return ops


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, book) -> None:  # type: ignore[no-untyped-def]
    for n in range(30):
        clients.add_client(book, ClientDraft(name_en=f"Client {n:02d}", mobile=f"138{n:08d}"))
    ops = make_ops(book)
    model = ClientListModel(ops)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    qtmodeltester.check(model)
    ops.shutdown()


def test_pages_append_until_every_client_is_listed(qtbot, book) -> None:  # type: ignore[no-untyped-def]
    total = client_search.PAGE_SIZE * 2 + 17
    for n in range(total):
        clients.add_client(book, ClientDraft(name_en=f"Client {n:04d}"))
    ops = make_ops(book)
    model = ClientListModel(ops)
    with qtbot.waitSignal(model.loaded, timeout=5000) as blocker:
        model.refresh()
    assert blocker.args == [total]
    assert model.rowCount() == client_search.PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._fetching, timeout=5000)
    listed = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert listed == [f"Client {n:04d}" for n in range(total)]
    ops.shutdown()


def test_only_the_newest_query_is_shown(qtbot, book) -> None:  # type: ignore[no-untyped-def]
    for name in ("张三", "李四", "王五"):
        clients.add_client(book, ClientDraft(name_zh=name))
    ops = make_ops(book)
    model = ClientListModel(ops)
    for text in ("z", "zs", "l", "ww"):
        model.set_query(replace(ClientQuery(), text=text))
    qtbot.waitUntil(
        lambda: model.query.text == "ww" and not model._fetching and model.rowCount() == 1,
        timeout=5000,
    )
    assert model.index(0, COL_NAME).data() == "王五"
    ops.shutdown()
