"""Every router of the site, with its prefix: the table of contents of the web side."""
