"""LaTeX → MathML on the server; LaTeX that cannot be converted is shown as its (escaped) source."""
from __future__ import annotations

import html
import logging
import re

from latex2mathml.converter import convert

log = logging.getLogger(__name__)
# latex2mathml copies text arguments into <mtext> unescaped, so markup there would be lost (or worse).
MARKUP_IN_TEXT = re.compile(r"\\(?:text\w*|mbox|mathrm|operatorname|hbox)\s*\{[^}]*[<>&]")
ENV = re.compile(r"\\(?P<kind>begin|end)\s*\{(?P<name>[^{}]*)\}")


def balanced(latex: str) -> bool:
    """Braces and \\begin/\\end environments close in order (the converter silently drops what does not)."""
    depth, envs, i = 0, [], 0
    while i < len(latex):
        c = latex[i]
        if c == "\\":
            m = ENV.match(latex, i)
            if m:
                if m["kind"] == "begin":
                    envs.append(m["name"])
                elif not envs or envs.pop() != m["name"]:
                    return False
                i = m.end()
                continue
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return False
        i += 1
    return depth == 0 and not envs


def latex_to_mathml(latex: str, *, display: bool = False) -> str:
    """MathML for `latex`, or a <code> with the source when it is malformed or the converter gives up.

    The result is NOT sanitised here: it goes through the Markdown sanitiser with everything else.
    """
    if not balanced(latex) or MARKUP_IN_TEXT.search(latex):
        return math_source(latex, display=display)
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
