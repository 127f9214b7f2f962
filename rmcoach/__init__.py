"""RM Coach core: domain, storage, services and CLI; never imports Qt or the UI."""

__version__ = "0.1.0"
