"""Sales: the product catalogue, suitability in the book, cooling-off and return visits."""
