"""Error responses: friendly HTML pages for people, plain JSON `{"detail": …}` under /api."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.web.templating import templates


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


async def on_http_error(request: Request, exc: StarletteHTTPException):
    if _wants_json(request):
        return await http_exception_handler(request, exc)
    name = "errors/404.html" if exc.status_code == 404 else "errors/error.html"
    return templates.TemplateResponse(
        request=request, name=name, context={"status_code": exc.status_code, "detail": exc.detail},
        status_code=exc.status_code, headers=getattr(exc, "headers", None),
    )


async def on_bad_request(request: Request, exc: RequestValidationError):
    if _wants_json(request):
        return await request_validation_exception_handler(request, exc)
    problems = [
        f"{'.'.join(str(p) for p in err.get('loc', ())[1:]) or 'request'}: {err.get('msg', 'invalid')}"
        for err in exc.errors()
    ]
    return templates.TemplateResponse(
        request=request, name="errors/error.html",
        context={"status_code": 422, "detail": "Some parameters of this address are not valid.", "problems": problems},
        status_code=422,
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_bad_request)
