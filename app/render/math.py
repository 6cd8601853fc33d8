"""LaTeX → MathML on the server; LaTeX that cannot be converted is shown as its (escaped) source."""
from __future__ import annotations

import html
import logging

from latex2mathml.converter import convert

log = logging.getLogger(__name__)


def latex_to_mathml(latex: str, *, display: bool = False) -> str:
    """MathML for `latex`, or a <code> with the source when the converter gives up.

    The result is NOT sanitised here: it goes through the Markdown sanitiser with everything else.
    """
    try:
        mathml = convert(latex.strip(), display="block" if display else "inline")
    except Exception as exc:  # the converter raises many types; none may break a page
        log.info("LaTeX not converted (%s): %r", type(exc).__name__, latex[:200])
        return math_source(latex, display=display)
    return mathml


def math_source(latex: str, *, display: bool = False) -> str:
    delim = "$$" if display else "$"
    cls = "math-source block" if display else "math-source"
    return f'<code class="{cls}" title="LaTeX that could not be rendered">{html.escape(delim + latex + delim)}</code>'
