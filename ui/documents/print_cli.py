"""`python -m ui.documents.print_cli IN.html OUT.pdf`: the core CLI's way to make a PDF (Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

USAGE = "usage: python -m ui.documents.print_cli [--one-page] IN.html|- OUT.pdf"


def main(argv: Sequence[str] | None = None) -> int:
    """Write OUT.pdf from IN.html, or from stdin for '-' (--one-page: shrink to one page).

    Errors are one line on stderr and exit code 1 (2: usage).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    one_page = "--one-page" in args
    args = [a for a in args if a != "--one-page"]
    if len(args) != 2:
        print(USAGE, file=sys.stderr)
        return 2
    source, target = Path(args[0]), Path(args[1])
    try:
        html = (
            sys.stdin.buffer.read().decode("utf-8")
            if args[0] == "-"
            else source.read_text(encoding="utf-8")
        )
    except (OSError, UnicodeDecodeError) as exc:
        print(f"print_cli: cannot read {source}: {exc}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.documents.pdf import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        result = write_pdf(html, target, one_page)
    except OSError as exc:
        print(f"print_cli: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"pages={result.pages} scale={result.scale:g} ms={result.milliseconds:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
