"""Lean highlighting, SVG badges, the claim graph drawing and BibTeX."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from types import SimpleNamespace

from app.catalogue.queries import ClaimGraph, GraphEdge, GraphNode
from app.render.badge import badge_svg
from app.render.bibtex import bibtex, tex_escape
from app.render.graph import graph_svg
from app.render.lean import highlight_lean, stylesheet
from app.status import ClaimStatus


def test_lean_is_highlighted_and_escaped():
    html = highlight_lean("theorem x : 1 < 2 := by decide -- <b>")
    assert '<span class="kn">theorem</span>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_lean_stylesheet_has_a_dark_variant():
    css = stylesheet()
    assert ".lean .kn" in css and "prefers-color-scheme: dark" in css


def test_badge_is_well_formed_and_escaped():
    svg = badge_svg("claim <1>", "verified & done", "good")
    root = ET.fromstring(svg)
    assert root.get("aria-label") == "claim <1>: verified & done"


def _graph():
    n = lambda key, status, external=False: GraphNode(key, key.split("/")[0], int(key.split("/")[1]), f"T {key}", status, external)
    return ClaimGraph(
        [n("a/1", ClaimStatus.VERIFIED), n("a/2", ClaimStatus.FAILED), n("b/1", ClaimStatus.STALE, True)],
        [GraphEdge("a/2", "a/1"), GraphEdge("b/1", "a/1")],
    )


def test_graph_svg_layers_foundations_first():
    svg = str(graph_svg(_graph(), lambda node: f"/c/{node.key}"))
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    rects = {a.get("data-key"): float(a.find(f"{ns}rect").get("y")) for a in root.iter(f"{ns}a")}
    assert rects["a/1"] < rects["a/2"] == rects["b/1"]
    assert len(root.findall(f".//{ns}path[@class='cg-edge']")) == 2


def test_graph_svg_escapes_titles():
    g = ClaimGraph([GraphNode("a/1", "a", 1, "<script>x</script>", ClaimStatus.NOT_CHECKED, False)], [])
    svg = str(graph_svg(g, lambda node: "/x"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_empty_graph_draws_nothing():
    assert graph_svg(ClaimGraph([], []), lambda n: "") == ""


def test_bibtex():
    paper = SimpleNamespace(slug="p_1", title="A & B: 100% {sure}", author="X Y", status="Published",
                            updated=date(2024, 5, 1), url="https://e.org/p")
    bib = bibtex(paper)
    assert bib.startswith("@misc{p_1,")
    assert r"title = {{A \& B: 100\% \{sure\}}}" in bib
    assert "year = {2024}" in bib
    assert tex_escape("a_b") == r"a\_b"
