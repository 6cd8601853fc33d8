"""A claim graph drawn as SVG on the server: layered top to bottom, foundations first, coloured by status.

An arrow goes from a claim to each claim that builds on it. Every node links to its claim page.
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from markupsafe import Markup

from app.catalogue.queries.graph import ClaimGraph, GraphNode

NODE_W, NODE_H, GAP_X, GAP_Y, PAD = 210, 58, 28, 54, 16
PER_ROW = 4  # a wider layer wraps onto several rows, so the graph fits a page
STYLE = """
.cg-node rect{stroke-width:1.5;rx:8}
.cg-node text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;fill:#1d2430}
.cg-node .cg-sub{font-size:12px;fill:#4a5261}
.cg-node.cg-external rect{stroke-dasharray:5 3}
.cg-good rect{fill:#e3f4e8;stroke:#1f7a3a}.cg-bad rect{fill:#fde7e5;stroke:#b42318}
.cg-warn rect{fill:#fff1d6;stroke:#a15c00}.cg-neutral rect{fill:#eef0f3;stroke:#5f6773}
.cg-node:hover rect,.cg-node:focus rect{stroke-width:3}
.cg-edge{fill:none;stroke:#7b8494;stroke-width:1.4}
.cg-arrow{fill:#7b8494}
@media (prefers-color-scheme: dark){
.cg-node text{fill:#e6e9ef}.cg-node .cg-sub{fill:#b7bdc8}
.cg-good rect{fill:#12301c}.cg-bad rect{fill:#3a1512}.cg-warn rect{fill:#35260a}.cg-neutral rect{fill:#262b33}
.cg-edge{stroke:#8a93a3}.cg-arrow{fill:#8a93a3}}
"""


def _layers(graph: ClaimGraph) -> list[list[str]]:
    uses: dict[str, list[str]] = {n.key: [] for n in graph.nodes}
    for e in graph.edges:
        uses[e.source].append(e.target)
    depth: dict[str, int] = {}

    def level(key: str, seen: frozenset = frozenset()) -> int:
        if key not in depth:
            deps = [d for d in uses[key] if d not in seen]  # the reader refuses cycles; guard anyway
            depth[key] = 1 + max((level(d, seen | {key}) for d in deps), default=-1)
        return depth[key]

    rows: list[list[str]] = []
    for node in graph.nodes:
        d = level(node.key)
        while len(rows) <= d:
            rows.append([])
        rows[d].append(node.key)
    # One barycentre pass: place each node under the average position of what it uses.
    position = {k: i for i, k in enumerate(rows[0])} if rows else {}
    for row in rows[1:]:
        row.sort(key=lambda k: sum(position.get(d, 0) for d in uses[k]) / max(1, len(uses[k])))
        position.update({k: i for i, k in enumerate(row)})
    return [row[i : i + PER_ROW] for row in rows for i in range(0, len(row), PER_ROW)]


def _route(used, user, r_used, r_user, rows, xy) -> list[tuple[float, float]]:
    """From the bottom of the used claim to the top of its user, passing beside (not through) any row between."""
    (ux, uy), (tx, ty) = used, user
    start, end = (ux + NODE_W / 2, uy + NODE_H), (tx + NODE_W / 2, ty - 2)
    points = [start]
    for r in range(r_used + 1, r_user):
        top = xy[rows[r][0]][1]
        share = (r - r_used) / (r_user - r_used)
        want = start[0] + (end[0] - start[0]) * share
        lefts = sorted(xy[k][0] for k in rows[r])
        gaps = [lefts[0] - GAP_X / 2] + [left + NODE_W + GAP_X / 2 for left in lefts]
        blocked = any(left - 4 <= want <= left + NODE_W + 4 for left in lefts)
        x = min(gaps, key=lambda g: abs(g - want)) if blocked else want
        points += [(x, top - 6), (x, top + NODE_H + 6)]  # straight down beside the row
    points.append(end)
    return points


def _smooth(points: list[tuple[float, float]]) -> str:
    """A path through the points, leaving and entering each one vertically."""
    (x0, y0), *rest = points
    d = f"M{x0:.1f} {y0:.1f}"
    for x, y in rest:
        mid = (y0 + y) / 2
        d += f"C{x0:.1f} {mid:.1f} {x:.1f} {mid:.1f} {x:.1f} {y:.1f}"
        x0, y0 = x, y
    return d


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def graph_svg(graph: ClaimGraph, href: Callable[[GraphNode], str]) -> Markup:
    """The graph as an inline <svg> element (safe: every text is escaped)."""
    if not graph.nodes:
        return Markup("")
    rows = _layers(graph)
    widest = max(len(r) for r in rows)
    width = PAD * 2 + widest * NODE_W + (widest - 1) * GAP_X
    height = PAD * 2 + len(rows) * NODE_H + (len(rows) - 1) * GAP_Y
    nodes = {n.key: n for n in graph.nodes}
    xy: dict[str, tuple[float, float]] = {}
    for r, row in enumerate(rows):
        row_w = len(row) * NODE_W + (len(row) - 1) * GAP_X
        x0 = (width - row_w) / 2
        for i, key in enumerate(row):
            xy[key] = (x0 + i * (NODE_W + GAP_X), PAD + r * (NODE_H + GAP_Y))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="claim-graph" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="Claim dependency graph">',
        f"<style>{STYLE}</style>",
        '<defs><marker id="cg-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path class="cg-arrow" d="M0 0L10 5L0 10z"/></marker></defs>',
    ]
    row_of = {key: r for r, row in enumerate(rows) for key in row}
    for e in graph.edges:
        points = _route(xy[e.target], xy[e.source], row_of[e.target], row_of[e.source], rows, xy)
        parts.append(
            f'<path class="cg-edge" d="{_smooth(points)}" marker-end="url(#cg-arrow)">'
            f"<title>{escape(e.source)} uses {escape(e.target)}</title></path>"
        )
    for key, (x, y) in xy.items():
        n = nodes[key]
        name = f"{n.slug} · {n.number}" if n.external else f"Claim {n.number}"
        klass = f"cg-node cg-{n.status.tone}" + (" cg-external" if n.external else "")
        parts.append(
            f'<a class="{klass}" href="{escape(href(n))}" data-key="{escape(key)}">'
            f"<title>{escape(name)}: {escape(n.title)} ({escape(n.status.label)})</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{NODE_W}" height="{NODE_H}" rx="8"/>'
            f'<text x="{x + 10:.1f}" y="{y + 22:.1f}"><tspan font-weight="600">{escape(_short(name, 20))}</tspan>'
            f" · {escape(n.status.label)}</text>"
            f'<text class="cg-sub" x="{x + 10:.1f}" y="{y + 42:.1f}">{escape(_short(n.title))}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
