"""The JSON API: papers (with the page's filters), a paper with its claims, a claim with its runs; errors."""
from __future__ import annotations

import pytest

from app.status import ClaimStatus
from tests.web.sample import EXPECTED_STATUS


def test_papers_list(client):
    data = client.get("/api/papers").json()
    assert data["count"] == 4 and data["total"] == 4
    assert data["filters"] == {}
    assert [p["slug"] for p in data["papers"]] == ["quiet", "alpha", "beta", "hostile"]
    alpha = data["papers"][1]
    assert alpha["verification"] == {"total": 5, "verified": 1, "failing": 2, "unchecked": 2}
    assert alpha["badges"] == ["Lean", "Flagship"]
    assert alpha["updated"] == "2026-01-10"
    assert alpha["html_url"] == "/papers/alpha" and alpha["api_url"] == "/api/papers/alpha"
    assert set(alpha) == {"slug", "title", "field", "status", "badges", "author", "updated", "words", "url",
                          "abstract", "verification", "html_url", "api_url"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verified=some", ["alpha", "beta"]),
        ("verified=all", ["beta"]),
        ("verified=none", ["hostile"]),
        ("verified=failing", ["alpha", "hostile"]),
        ("verified=unchecked", ["alpha", "hostile"]),
        ("min_verified=2", ["beta"]),
        ("field=Algebra", ["quiet", "alpha"]),
        ("status=Draft", ["hostile"]),
        ("badge=Flagship", ["alpha"]),
        ("q=doubling", ["alpha"]),
        ("q=100%25", ["alpha"]),
        ("sort=claims", ["hostile", "alpha", "beta", "quiet"]),
        ("verified=some&sort=verified_share", ["beta", "alpha"]),
        ("verified=", ["quiet", "alpha", "beta", "hostile"]),
    ],
)
def test_papers_list_filters(client, query, expected):
    data = client.get(f"/api/papers?{query}").json()
    assert [p["slug"] for p in data["papers"]] == expected
    assert data["count"] == len(expected)


def test_papers_list_reports_filters_and_facets(client):
    data = client.get("/api/papers?verified=some&field=Algebra").json()
    assert data["filters"] == {"verified": "some", "field": "Algebra"}
    verified = {f["value"]: (f["count"], f["selected"]) for f in data["facets"]["verified"]}
    assert verified["some"] == (1, True)
    fields = {f["value"]: f["count"] for f in data["facets"]["field"]}
    assert fields == {"Algebra": 1, "Analysis": 1, "Security": 0}


@pytest.mark.parametrize(
    "query", ["verified=maybe", "min_verified=-1", "min_verified=x", "sort=nope", "q=" + "y" * 201, "field=" + "f" * 201]
)
def test_papers_list_bad_parameters_are_422(client, query):
    response = client.get(f"/api/papers?{query}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"


def test_paper_detail(client):
    data = client.get("/api/papers/alpha").json()
    assert data["slug"] == "alpha"
    assert data["summary"] == "The catalogue's summary of alpha."
    assert data["bibtex_url"] == "/papers/alpha.bib"
    assert data["graph_url"] == "/papers/alpha/graph"
    assert [c["number"] for c in data["claims"]] == [1, 2, 3, 4, 5]
    claim = data["claims"][2]
    assert claim["status"] == "uses_sorry" and claim["status_label"] == "uses sorry"
    assert claim["lean"] == ["Catalogue.Alpha.gap"]
    assert [(u["slug"], u["number"]) for u in claim["uses"]] == [("alpha", 1), ("alpha", 2)]
    first = data["claims"][0]
    assert [(u["slug"], u["number"]) for u in first["used_by"]] == [("alpha", 2), ("alpha", 3), ("beta", 1)]
    assert first["last_checked_at"].startswith("2026-03-01T14:00:00")


@pytest.mark.parametrize(("key", "status"), sorted(EXPECTED_STATUS.items()))
def test_claim_status_in_api(client, key, status):
    slug, number = key
    data = client.get(f"/api/papers/{slug}/claims/{number}").json()
    assert data["status"] == status.value
    assert data["status_label"] == status.label
    assert (data["runs"] == []) == (status is ClaimStatus.NOT_CHECKED)


def test_claim_detail_with_runs_and_declarations(client):
    data = client.get("/api/papers/alpha/claims/1").json()
    assert data["paper"] == {"slug": "alpha", "title": "Alpha: Arithmetic Facts", "html_url": "/papers/alpha"}
    assert data["flagged"] is False
    decl = data["declarations"][0]
    assert decl["name"] == "Catalogue.Alpha.one_add_one"
    assert decl["file"] == "lean/Catalogue/Alpha.lean"
    assert decl["signature"] == "theorem one_add_one : 1 + 1 = 2"
    assert [r["status"] for r in data["runs"]] == ["verified", "failed"]
    run = data["runs"][0]
    assert run["toolchain"].startswith("Lean (version 4.24.0")
    assert run["axioms"] == ["propext", "Classical.choice"]
    assert run["exit_code"] == 0
    assert run["duration_ms"] > 0


def test_flagged_claim_in_api(client):
    data = client.get("/api/papers/hostile/claims/1").json()
    assert data["flagged"] is True
    assert data["declarations"][0]["is_axiom"] is True


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/papers/nope", 404, "No paper has the slug 'nope'."),
        ("/api/papers/nope/claims/1", 404, "No paper has the slug 'nope'."),
        ("/api/papers/alpha/claims/99", 404, "Paper 'alpha' has no claim 99."),
        ("/api/nothing-here", 404, "Not Found"),
    ],
)
def test_api_not_found(client, path, status, detail):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"detail": detail}


@pytest.mark.parametrize("path", ["/api/papers/alpha/claims/x", "/api/papers/alpha/claims/0", "/api/papers/alpha/claims/-3"])
def test_api_bad_claim_number_is_422(client, path):
    response = client.get(path)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"


def test_api_is_documented_in_openapi(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert {"/api/papers", "/api/papers/{slug}", "/api/papers/{slug}/claims/{number}"} <= set(paths)
    params = {p["name"] for p in paths["/api/papers"]["get"]["parameters"]}
    assert params == {"verified", "min_verified", "field", "status", "badge", "q", "sort"}
    assert "404" in paths["/api/papers/{slug}"]["get"]["responses"]
    components = schema["components"]["schemas"]
    assert {"PaperList", "PaperDetail", "ClaimDetail", "RunPublic"} <= set(components)
    assert "verified" in components["ClaimStatus"]["enum"]


def test_api_reference_page_is_served_without_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "GET /api/papers/{slug}/claims/{number}" in page.text
    assert "min_verified" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/redoc").status_code == 404


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/papers?q=%00", 422),
        ("/api/papers?field=a%00b", 422),
        ("/api/papers?badge=%00", 422),
        ("/api/papers/al%00pha", 404),
        ("/api/papers/al%00pha/claims/1", 404),
        ("/api/papers/ALPHA", 404),
        ("/api/papers/" + "a" * 150, 404),
        ("/api/papers/" + "a" * 250, 422),
        ("/api/papers/alpha/claims/99999999999999999999", 422),
        ("/api/papers?min_verified=99999999999999999999", 422),
        ("/api/papers?q=%27%3B%20DROP%20TABLE%20paper%3B--", 200),
        ("/api/papers?q=%5C", 200),
    ],
)
def test_strange_input_never_gives_a_500(client, path, status):
    assert client.get(path).status_code == status


@pytest.mark.parametrize("path", ["/?q=%00", "/papers/al%00pha", "/papers/alpha?status=%00", "/papers/alpha/claims/1%00"])
def test_strange_input_on_pages_never_gives_a_500(client, path):
    assert client.get(path).status_code in (404, 422)
