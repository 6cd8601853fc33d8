"""Shields-style SVG status badges for embedding in READMEs and papers (no fonts or scripts fetched)."""
from __future__ import annotations

from html import escape

TONE_COLOURS = {"good": "#1f7a3a", "bad": "#b42318", "warn": "#a15c00", "neutral": "#5f6773"}
LABEL_COLOUR = "#3b4048"


def _width(text: str) -> int:
    # Verdana 11px averages ~6.6px a character; a little padding either side.
    return int(len(text) * 6.6) + 12


def badge_svg(label: str, message: str, tone: str) -> str:
    lw, mw = _width(label), _width(message)
    total = lw + mw
    colour = TONE_COLOURS.get(tone, TONE_COLOURS["neutral"])
    label_e, message_e = escape(label), escape(message)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" '
        f'aria-label="{label_e}: {message_e}">'
        f"<title>{label_e}: {message_e}</title>"
        f'<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
        f'<stop offset="1" stop-opacity=".1"/></linearGradient>'
        f'<clipPath id="r"><rect width="{total}" height="20" rx="3" fill="#fff"/></clipPath>'
        f'<g clip-path="url(#r)"><rect width="{lw}" height="20" fill="{LABEL_COLOUR}"/>'
        f'<rect x="{lw}" width="{mw}" height="20" fill="{colour}"/>'
        f'<rect width="{total}" height="20" fill="url(#s)"/></g>'
        f'<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">'
        f'<text x="{lw / 2}" y="14">{label_e}</text>'
        f'<text x="{lw + mw / 2}" y="14">{message_e}</text></g></svg>'
    )
