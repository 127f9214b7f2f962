"""The demo book: realistic, reproducible sample clients, meetings and follow-ups."""
