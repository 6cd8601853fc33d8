"""Step 3 of the catalogue flow: read queries behind the pages and the JSON API (no writes)."""
from app.catalogue.queries.changes import StatusChange, status_changes
from app.catalogue.queries.details import claim_status_filter, get_claim, get_collection, get_paper
from app.catalogue.queries.graph import ClaimGraph, GraphEdge, GraphNode, claim_graph
from app.catalogue.queries.listing import (
    Browse,
    browse,
    FacetOption,
    PaperCard,
    PaperFilters,
    PaperSort,
    VerifiedFilter,
    list_papers,
    paper_facets,
)
from app.catalogue.queries.tally import Tally, bucket

__all__ = [
    "Browse", "browse",
    "ClaimGraph", "FacetOption", "GraphEdge", "GraphNode", "PaperCard", "PaperFilters", "PaperSort",
    "StatusChange", "Tally", "VerifiedFilter", "bucket", "claim_graph", "claim_status_filter", "get_claim",
    "get_collection", "get_paper", "list_papers", "paper_facets", "status_changes",
]
