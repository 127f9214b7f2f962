"""Printable documents (brief, minutes, letter, profile) rendered from Jinja templates."""
