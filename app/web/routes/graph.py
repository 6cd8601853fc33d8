"""`/papers/{slug}/graph`: the paper's claims and their dependencies as server-drawn SVG, coloured by status."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from app.catalogue.queries import GraphNode, claim_graph
from app.render.graph import graph_svg
from app.web.deps import PaperDep
from app.web.templating import templates

router = APIRouter()


def claim_href(node: GraphNode) -> str:
    return f"/papers/{node.slug}/claims/{node.number}"


@router.get("/{slug}/graph.svg", name="paper_graph_svg")
def paper_graph_svg(paper: PaperDep):
    svg = graph_svg(claim_graph(paper), claim_href) or '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>'
    return Response(str(svg), media_type="image/svg+xml")


@router.get("/{slug}/graph", response_class=HTMLResponse, name="paper_graph")
def paper_graph(request: Request, paper: PaperDep):
    graph = claim_graph(paper)
    context = {"paper": paper, "graph": graph, "svg": graph_svg(graph, claim_href)}
    return templates.TemplateResponse(request=request, name="papers/graph.html", context=context)
