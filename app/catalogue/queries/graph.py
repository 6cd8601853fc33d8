"""A paper's claim graph: its claims, the claims they use and the claims that use them (in any paper)."""
from __future__ import annotations

from dataclasses import dataclass

from app.models import Paper
from app.status import ClaimStatus


@dataclass(frozen=True)
class GraphNode:
    key: str  # "slug/number"
    slug: str
    number: int
    title: str
    status: ClaimStatus
    external: bool  # belongs to another paper


@dataclass(frozen=True)
class GraphEdge:
    source: str  # the claim that uses …
    target: str  # … this one


@dataclass(frozen=True)
class ClaimGraph:
    nodes: list[GraphNode]
    edges: list[GraphEdge]


def claim_graph(paper: Paper) -> ClaimGraph:
    """Built from a paper loaded by `get_paper` (claims with `uses` and `used_by`)."""
    nodes: dict[str, GraphNode] = {}
    edges: set[tuple[str, str]] = set()

    def node(claim) -> str:
        key = f"{claim.paper.slug}/{claim.number}"
        if key not in nodes:
            nodes[key] = GraphNode(key, claim.paper.slug, claim.number, claim.title, claim.status, claim.paper_id != paper.id)
        return key

    for claim in paper.claims:
        me = node(claim)
        for dep in claim.uses:
            edges.add((me, node(dep)))
        for user in claim.used_by:
            edges.add((node(user), me))
    ordered = sorted(nodes.values(), key=lambda n: (n.external, n.slug, n.number))
    rank = {n.key: i for i, n in enumerate(ordered)}  # claim order, not string order (2 before 10)
    return ClaimGraph(ordered, [GraphEdge(s, t) for s, t in sorted(edges, key=lambda e: (rank[e[0]], rank[e[1]]))])
