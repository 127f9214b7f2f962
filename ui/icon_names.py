"""The names of the line icons in resources/icons: what every icon call is checked against.

`IconName` is a Literal type, so mypy refuses an icon the set does not have wherever the
code names one (a call, a table of kinds, a parameter); a test keeps it equal to the
files. Apart from ui/icons.py because the theme names icons too and icons imports it.
"""

from __future__ import annotations

from typing import Literal

IconName = Literal[
    "today",
    "clients",
    "meetings",
    "calendar",
    "insights",
    "settings",
    "search",
    "add",
    "edit",
    "archive",
    "undo",
    "restore",
    "prepare",
    "phone",
    "email",
    "wechat",
    "address",
    "eye",
    "eye-off",
    "timer",
    "note",
    "check",
    "check-circle",
    "warning",
    "info",
    "export",
    "import",
    "print",
    "pdf",
    "filter",
    "sort",
    "user",
    "household",
    "product",
    "back",
    "forward",
    "close",
    "lock",
    "backup",
    "star",
    "flag",
    "clock",
    "chevron-down",
    "chevron-right",
    "chevron-up",
    "chevron-left",
    "minus",
    "more",
]
