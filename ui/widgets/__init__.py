"""Reusable widgets of the RM Coach UI."""
