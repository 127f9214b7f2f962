"""RM Coach desktop UI (PySide6): pages, widgets and the worker that talks to rmcoach."""
