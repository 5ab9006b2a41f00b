"""HTTP API and dashboard: a FastAPI app over one store file (`flashpoint serve`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..store import StoreError

from .access import StoreAccess
from .upload import DEFAULT_MAX_BYTES, Coder


def create_app(db: str | Path, *, max_upload_bytes: int = DEFAULT_MAX_BYTES, settings: Any = None,
               pipeline: Any = None) -> FastAPI:
    """The app for the store at ``db``: JSON API under /api (OpenAPI at /docs), dashboard pages at /.

    ``pipeline`` (a loaded `Pipeline`) codes POSTed documents; by default one is loaded on first use.
    """
    from .. import __version__
    from ..web import STATIC_DIR, router as web_router
    from .routes import router as api_router

    # FastAPI's own /docs and /redoc pages load their scripts from a CDN: blank offline. /docs is served below
    # from the vendored Swagger UI (scripts/vendor_swagger_ui.py); ReDoc is not vendored, so /redoc is off.
    app = FastAPI(title="flashpoint", version=__version__, docs_url=None, redoc_url=None,
                  description="Political event data (PLOVER/CAMEO) with the evidence behind every event.")
    app.state.access = StoreAccess(db)
    app.state.coder = Coder(settings, pipeline)
    app.state.max_upload_bytes = max_upload_bytes
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _offline_docs(app, STATIC_DIR / "vendor" / "swagger-ui")

    from fastapi.exception_handlers import http_exception_handler
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from ..web import error_page, wants_page
    from .errors import brief, describe

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # a person on a dashboard page gets a page; the API, its docs and static files keep FastAPI's JSON
        if wants_page(request):
            return error_page(request, exc.status_code, exc.detail, getattr(exc, "headers", None))
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if wants_page(request):
            return error_page(request, 422, describe(exc.errors()))
        # one sentence under `detail` (pydantic's list of objects was all a client got), the fields under `errors`
        return JSONResponse({"detail": describe(exc.errors()), "errors": brief(exc.errors())}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_busy(request: Request, exc: StoreError) -> Response:
        # locked by a long write (or not a store at all): one line, and the client may try again
        if wants_page(request):
            return error_page(request, 503, f"{exc} Reload the page in a few seconds.", {"Retry-After": "5"})
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    return app


def _offline_docs(app: FastAPI, assets: Path) -> None:
    """/docs: Swagger UI from the package's own files; if they are missing, a page that says so (never a CDN)."""
    from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
    from fastapi.responses import HTMLResponse

    redirect = app.swagger_ui_oauth2_redirect_url

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        if not (assets / "swagger-ui-bundle.js").is_file():
            return HTMLResponse(
                "<!doctype html><title>flashpoint API docs</title><h1>API docs unavailable</h1>"
                "<p>This installation lacks the Swagger UI files (<code>flashpoint/web/static/vendor/swagger-ui</code>;"
                " reinstall flashpoint, or run <code>scripts/vendor_swagger_ui.py</code>). The OpenAPI schema is at "
                f'<a href="{root}{app.openapi_url}">{app.openapi_url}</a>.</p>', status_code=503)
        static = f"{root}/static/vendor/swagger-ui"
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}", title=f"{app.title} API - Swagger UI",
            oauth2_redirect_url=f"{root}{redirect}" if redirect else None,
            swagger_js_url=f"{static}/swagger-ui-bundle.js", swagger_css_url=f"{static}/swagger-ui.css",
            swagger_favicon_url=f"{static}/favicon-32x32.png",
            # no badge from the online validator: nothing leaves the machine
            swagger_ui_parameters={"validatorUrl": None})

    if redirect:
        @app.get(redirect, include_in_schema=False)
        async def swagger_ui_redirect() -> HTMLResponse:
            return get_swagger_ui_oauth2_redirect_html()
