"""Sales compliance: suitability, clients who need more care, the recorded sale (no Qt)."""
