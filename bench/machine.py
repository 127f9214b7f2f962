"""The machine the figures were taken on."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from typing import Any


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
    }
