"""The real app for re-run tests, and the real claim page's address for a claim id."""
from __future__ import annotations

from app.db import session_scope
from app.models import Claim
from app.web.app import create_app as make_app  # noqa: F401  (re-exported for the tests)


def claim_page(claim_id: int) -> str:
    with session_scope() as s:
        claim = s.get(Claim, claim_id)
        return f"/papers/{claim.paper.slug}/claims/{claim.number}"
