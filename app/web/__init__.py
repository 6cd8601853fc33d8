"""The web side of the catalogue flow: pages and JSON API over read queries."""
