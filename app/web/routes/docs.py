"""`/docs`: the JSON API's reference, rendered on the server from the OpenAPI schema (no CDN needed)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.templating import templates

router = APIRouter()


def api_operations(schema: dict) -> list[dict]:
    """The /api operations of an OpenAPI schema, flattened for the page."""
    ops = []
    for path, methods in schema.get("paths", {}).items():
        if not path.startswith("/api/"):
            continue
        for method, op in methods.items():
            ops.append({
                "method": method.upper(),
                "path": path,
                "summary": op.get("summary", ""),
                "parameters": [
                    {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                     "description": p.get("description") or p.get("schema", {}).get("description", "")}
                    for p in op.get("parameters", [])
                ],
                "responses": sorted(op.get("responses", {})),
            })
    return ops


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False, name="api_docs")
def api_docs(request: Request):
    context = {"operations": api_operations(request.app.openapi())}
    return templates.TemplateResponse(request=request, name="docs/api.html", context=context)
