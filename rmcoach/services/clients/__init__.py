"""Clients: the records, the search-as-you-type list and its index."""
