"""HTTP API and dashboard: a FastAPI app over one store file (`flashpoint serve`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
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

    app = FastAPI(title="flashpoint", version=__version__,
                  description="Political event data (PLOVER/CAMEO) with the evidence behind every event.")
    app.state.access = StoreAccess(db)
    app.state.coder = Coder(settings, pipeline)
    app.state.max_upload_bytes = max_upload_bytes
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.exception_handler(StoreError)
    async def store_busy(request: Request, exc: StoreError) -> JSONResponse:
        # locked by a long write (or not a store at all): one line, and the client may try again
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    return app
