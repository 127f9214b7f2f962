"""Qt item models over the book's queries."""
