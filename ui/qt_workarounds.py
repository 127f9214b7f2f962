"""Mends for bugs of the PySide6 we ship, each installed only where a probe finds the bug.

PySide6 6.12.0: SignalInstance.emit() returns True without taking a reference to it, so
every emit from Python costs Python's True one reference. On Python 3.11 True is not
immortal (3.12 made it so): after some thousands of emits (a day's live meetings: the
worker's busy signal, the pages' signals) its count reaches zero and the interpreter
aborts with "bool_dealloc: deallocating True or False". The mend takes the missing
reference after each emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def emit_loses_a_reference() -> bool:
    """Does a plain emit() leave Python's True one reference short?"""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    return sys.getrefcount(True) < before


def install() -> None:
    """Mend SignalInstance.emit if (and only if) this PySide6 has the bug; idempotent."""
    if getattr(SignalInstance.emit, "_rmcoach_mended", False) or not emit_loses_a_reference():
        return
    emit = SignalInstance.emit
    take_reference = ctypes.pythonapi.Py_IncRef
    take_reference.argtypes = [ctypes.py_object]
    take_reference.restype = None

    def mended_emit(self: SignalInstance, *args: Any) -> Any:
        result = emit(self, *args)
        take_reference(result)  # the one emit() returned without taking
        return result

    mended_emit._rmcoach_mended = True  # type: ignore[attr-defined]
    SignalInstance.emit = mended_emit  # type: ignore[method-assign]
