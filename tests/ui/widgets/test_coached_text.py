"""The phrase coach in a text box: risky words underlined with advice, nothing blocked."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from ui.widgets.coached_text import CoachedTextEdit


def underlined_words(widget: CoachedTextEdit) -> list[str]:
    block = widget.editor.document().firstBlock()
    words = []
    for fmt_range in block.layout().formats():
        if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            words.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
    return words


def test_risky_words_are_underlined_with_a_suggestion(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = CoachedTextEdit()
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.findings_changed, timeout=2000) as blocker:
        widget.set_text("这款产品我保证稳赚，审批没问题。")
    assert blocker.args[0] >= 2
    words = underlined_words(widget)
    assert "稳赚" in "".join(words) and "没问题" in words  # neighbours may share one range
    assert widget.advice.isVisible()
    assert "稳赚" in widget.advice.text()
    assert widget.text() == "这款产品我保证稳赚，审批没问题。"  # advice only: the text stays


def test_clean_text_gets_no_advice(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = CoachedTextEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_text("我们可以一起看看适合您的期限安排。")
    assert underlined_words(widget) == []
    assert not widget.advice.isVisible()
