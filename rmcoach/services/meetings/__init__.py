"""Meetings: plan, prepare, capture live, wrap up, and read them back."""
