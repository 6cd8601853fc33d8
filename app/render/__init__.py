"""Turning stored text into safe HTML and SVG: Markdown with math, Lean highlighting, badges, claim graphs."""
