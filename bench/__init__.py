"""RM Coach performance bench: `python -m bench` prints one JSON object (see __main__)."""
