"""Interchange: CSV, vCard and .ics files in and out of the book."""
