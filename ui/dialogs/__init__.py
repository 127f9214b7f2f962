"""Dialogs of the RM Coach UI."""
