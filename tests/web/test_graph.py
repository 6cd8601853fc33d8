"""`/papers/{slug}/graph`: the claim graph as server-side SVG, coloured by status, nodes linking to claims."""
from __future__ import annotations

import re

from tests.web.helpers import visible_text


def _nodes(svg: str) -> dict[str, str]:
    """data-key → class of each node."""
    return dict((k, c) for c, k in re.findall(r'<a class="(cg-node[^"]*)" href="[^"]+" data-key="([^"]+)"', svg))


def test_graph_page_draws_every_claim_and_its_neighbours(client):
    page = client.get("/papers/alpha/graph")
    assert page.status_code == 200
    assert "<svg" in page.text
    nodes = _nodes(page.text)
    assert set(nodes) == {"alpha/1", "alpha/2", "alpha/3", "alpha/4", "alpha/5", "beta/1"}
    assert "cg-external" in nodes["beta/1"]  # another paper's claim that builds on alpha/1
    assert "cg-external" not in nodes["alpha/1"]


def test_graph_nodes_are_coloured_by_status_and_link_to_claims(client):
    page = client.get("/papers/alpha/graph").text
    nodes = _nodes(page)
    assert "cg-good" in nodes["alpha/1"]
    assert "cg-bad" in nodes["alpha/2"]
    assert "cg-warn" in nodes["alpha/4"]
    assert "cg-neutral" in nodes["alpha/5"]
    assert 'href="/papers/beta/claims/1"' in page
    assert "Claim 1 · verified" in visible_text(page)


def test_graph_edges_point_from_a_claim_to_its_users(client):
    page = client.get("/papers/alpha/graph").text
    assert page.count('class="cg-edge"') == 4  # 2→1, 3→1, 3→2, beta/1→1
    text = visible_text(page)
    assert "alpha/3 (uses sorry) uses alpha/2 (failed)" in text
    assert "beta/1 (verified) uses alpha/1 (verified)" in text


def test_graph_includes_claims_used_from_other_papers(client):
    nodes = _nodes(client.get("/papers/hostile/graph").text)
    assert "beta/2" in nodes and "cg-external" in nodes["beta/2"]


def test_graph_of_paper_without_claims(client):
    page = client.get("/papers/quiet/graph")
    assert page.status_code == 200
    assert "no graph to draw" in visible_text(page.text)


def test_graph_svg_download(client):
    svg = client.get("/papers/beta/graph.svg")
    assert svg.status_code == 200
    assert svg.headers["content-type"] == "image/svg+xml"
    assert svg.text.startswith("<svg")
    assert client.get("/papers/nope/graph.svg").status_code == 404


def test_paper_page_links_to_its_graph(client):
    assert 'href="/papers/alpha/graph"' in client.get("/papers/alpha").text
