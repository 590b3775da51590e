"""The FastAPI app: HTML pages, their ``.json`` twins and the ``/api`` routes over one read-only store.

Every page ``/x`` has a twin ``/x.json`` and an API route ``/api/x`` answering the same dict from the same
function in ``views.py`` (plus ``"ok": true``). Errors answer one shape, ``{"ok": false, "error": "...",
"errors": [...], "status": N}``, on the ``.json`` and ``/api`` routes (and wherever the client asks for
JSON); HTML pages show the same message in a page with the same status.

Headers on every response: a strict Content-Security-Policy (``default-src 'self'``: no inline script or
style, nothing from elsewhere, no framing), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy`` and
``X-Frame-Options``. Templates are autoescaped and nothing is ever marked safe.
"""
# No ``from __future__ import annotations`` here: FastAPI reads the endpoints' annotations, which refer
# to the parameter model of each route through a closure.
import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Callable
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ConfigError, NewsCoderError, StorageError
from ..records import PLOVER_TYPES
from ..store import Store
from ..store.core import READ_WAIT, SharedReader, StorageBusy
from . import views
from .charts import QUAD_COLOURS, QUAD_NAMES
from .params import (MAX_PAGE, ActorParams, ActorsParams, ArticlesParams, DyadParams, EventParams, NetworkParams,
                     NoParams, QuoteParams)

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    if k not in headers:
                        headers[k] = v
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _Reader:
    """What the analysis functions need of a Store (``con`` and ``path``), over one request's cursor."""

    def __init__(self, con, path: str):
        self.con = con
        self.path = path


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json") or path == "/openapi.json":
        return True
    # Browsers ask for text/html and get an HTML error page; every other client gets the JSON shape.
    return "text/html" not in request.headers.get("accept", "")


def error_body(status: int, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The one error shape of every route."""
    return {"ok": False, "error": message, "errors": errors or [], "status": status}


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
        msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        out.append({"loc": ".".join(loc) or None, "message": msg, "type": e.get("type")})
    return out


def create_app(db: "str | Path | Store", *, title: str = "newscoder", wait: float = READ_WAIT) -> FastAPI:
    """The web app over a newscoder database, opened read-only.

    Given a path, the app reads through a :class:`~newscoder.store.core.SharedReader`: requests share one
    read-only connection, which is let go whenever ``newscoder code`` wants to write a batch to the same
    file, so writer and server can run at the same time; a request that finds a batch being written waits
    for it (up to ``wait`` seconds) and then sees the new data, or answers 503 with ``Retry-After``.

    Args:
        db: the DuckDB file written by ``newscoder code`` (or an open Store, which the app does not close
            and which keeps its file for as long as it is open).
        wait: seconds a request waits for a writer before answering 503.

    Returns:
        A FastAPI app; serve it with uvicorn (``newscoder serve``) or test it with ``TestClient``.

    Raises:
        StorageError: the database cannot be opened read-only (missing, not a current newscoder database).
            A file locked by a writer for longer than ``wait`` is not an error here: the app starts, and
            its requests wait or answer 503.
    """
    owned = not isinstance(db, Store)
    store = None if owned else db
    shared = SharedReader(db, wait=wait) if owned else None
    path = shared.path if owned else store.path
    if shared is not None:
        try:
            shared.check()
        except StorageBusy as e:
            log.warning("%s; starting anyway, requests wait for the writer or answer 503", e)
    lock = threading.Lock()

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(url=views.url, actor_url=views.actor_url, article_url=views.article_url,
                       PLOVER_TYPES=PLOVER_TYPES, QUAD_COLOURS=QUAD_COLOURS, QUAD_NAMES=QUAD_NAMES,
                       MAX_PAGE=MAX_PAGE, version=__version__)
    env.filters["signed"] = lambda v: "" if v is None else f"{v:+.1f}"

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if shared is not None:
            shared.close()

    app = FastAPI(title=f"{title} API", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Events, actors, quotes and articles coded by newscoder, read-only. Every HTML "
                              "page has a `.json` twin answering the same data as its `/api` route.")
    app.state.store = store
    app.state.reader = shared
    app.state.templates = env
    app.add_middleware(SecurityHeaders)

    def run(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        # One DuckDB cursor per request: a connection is not safe across threads, its cursors are.
        if shared is not None:
            with shared.cursor() as cur:
                return fn(_Reader(cur, path), *args)
        with lock:
            cur = store.con.cursor()
        try:
            return fn(_Reader(cur, path), *args)
        finally:
            cur.close()

    def as_json(data: dict[str, Any]) -> JSONResponse:
        return JSONResponse(jsonable_encoder({"ok": True, **data}))

    def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        html = env.get_template(template).render(data=data, request_path=quote(request.url.path, safe="/"),
                                                 query=str(request.url.query))
        return HTMLResponse(html, status_code=status)

    # -- errors: one shape -----------------------------------------------------------------------------
    def error_response(request: Request, status: int, message: str, errors=None, headers=None) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(status, message, errors), status_code=status, headers=headers)
        return render(request, "error.html", error_body(status, message, errors), status=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; see / for the pages and /docs for the API"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = _validation_errors(exc)
        message = "invalid parameters: " + "; ".join(f"{e['loc']}: {e['message']}" if e["loc"] else e["message"]
                                                      for e in errors)
        return error_response(request, 422, message, errors)

    @app.exception_handler(views.NotFound)
    async def _not_found(request: Request, exc: views.NotFound):
        return error_response(request, 404, str(exc))

    @app.exception_handler(ConfigError)
    async def _bad_request(request: Request, exc: ConfigError):
        return error_response(request, 400, str(exc))

    @app.exception_handler(StorageBusy)
    async def _busy(request: Request, exc: StorageBusy):
        log.warning("busy on %s: %s", request.url.path, exc)
        return error_response(request, 503, f"the database is busy: {exc}",
                              headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(StorageError)
    async def _storage(request: Request, exc: StorageError):
        log.error("storage error on %s: %s", request.url.path, exc)
        return error_response(request, 500, f"the database could not be read: {exc}")

    @app.exception_handler(NewsCoderError)
    async def _newscoder(request: Request, exc: NewsCoderError):  # pragma: no cover - no other kind raised
        return error_response(request, 500, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):  # pragma: no cover - a bug
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, f"internal error: {type(exc).__name__}")

    # -- pages, twins and API routes -------------------------------------------------------------------
    def triple(name: str, model, fn: Callable, template: str, summary: str, *, html_paths=None) -> None:
        """Register ``/name`` (HTML), ``/name.json`` and ``/api/name`` over one data function."""

        def api(q: Annotated[model, Query()]) -> JSONResponse:
            return as_json(run(fn, q))

        def twin(q: Annotated[model, Query()]) -> JSONResponse:
            return as_json(run(fn, q))

        def page(request: Request, q: Annotated[model, Query()]) -> HTMLResponse:
            return render(request, template, run(fn, q))

        app.get(f"/api/{name}", summary=summary, name=f"api_{name}", tags=["data"])(api)
        for path in html_paths or [f"/{name}"]:
            twin_path = "/index.json" if path == "/" else f"{path}.json"
            app.get(twin_path, include_in_schema=False, name=f"json_{name}_{path}")(twin)
            app.get(path, include_in_schema=False, response_class=HTMLResponse, name=f"page_{name}_{path}")(page)

    triple("dyad", DyadParams, views.dyad_page, "dyad.html",
           "A dyad's timeline (counts by type, mean Goldstein and tone per period) and one period's events",
           html_paths=["/", "/dyad"])
    triple("events", EventParams, views.events_page, "events.html",
           "Events matching filters, with the evidence sentence split around the trigger")
    triple("network", NetworkParams, views.network_page, "network.html",
           "The actor network: edges weighted by event count, with mean Goldstein")
    triple("actors", ActorsParams, views.actors_page, "actors.html", "Search actors by code, country or name")
    triple("quotes", QuoteParams, views.quotes_page, "quotes.html", "Quotations and their speakers")
    triple("articles", ArticlesParams, views.articles_page, "articles.html", "Stored articles with counts")

    # Routes with a path parameter: the .json twin is registered first, or "{id}" would swallow "x.json".
    @app.get("/api/articles/{article_id}", summary="One article: text, actors, events, quotes and "
             "highlight pieces", tags=["data"])
    def api_article(article_id: str, q: Annotated[NoParams, Query()]) -> JSONResponse:
        return as_json(run(views.article_page, article_id))

    @app.get("/articles/{article_id}.json", include_in_schema=False)
    def json_article(article_id: str, q: Annotated[NoParams, Query()]) -> JSONResponse:
        return as_json(run(views.article_page, article_id))

    @app.get("/articles/{article_id}", include_in_schema=False, response_class=HTMLResponse)
    def page_article(request: Request, article_id: str, q: Annotated[NoParams, Query()]) -> HTMLResponse:
        return render(request, "article.html", run(views.article_page, article_id))

    @app.get("/api/actors/{actor}", summary="One actor (code, country or name): counts, counterparts, "
             "events and quotes", tags=["data"])
    def api_actor(actor: str, q: Annotated[ActorParams, Query()]) -> JSONResponse:
        return as_json(run(views.actor_page, actor, q))

    @app.get("/actors/{actor}.json", include_in_schema=False)
    def json_actor(actor: str, q: Annotated[ActorParams, Query()]) -> JSONResponse:
        return as_json(run(views.actor_page, actor, q))

    @app.get("/actors/{actor}", include_in_schema=False, response_class=HTMLResponse)
    def page_actor(request: Request, actor: str, q: Annotated[ActorParams, Query()]) -> HTMLResponse:
        return render(request, "actor.html", run(views.actor_page, actor, q))

    # -- API docs (Swagger UI from a local package; no CDN) -------------------------------------------------
    swagger = _swagger_assets()
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=str(swagger)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:  # browsers ask for it on every JSON page; no icon, no 404 in the console
        return Response(status_code=204)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        ops = [{"method": m.upper(), "path": path, "summary": op.get("summary", ""),
                "params": [p["name"] for p in op.get("parameters", [])]}
               for path, item in app.openapi()["paths"].items() for m, op in item.items()]
        return render(request, "docs.html", {"swagger": swagger is not None, "operations": ops,
                                             "title": app.title})

    return app


def _swagger_assets() -> Path | None:
    """The Swagger UI files shipped by the ``fastapi-offline`` package, if it is installed."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    path = Path(fastapi_offline.__file__).resolve().parent / "static"
    return path if (path / "swagger-ui-bundle.js").exists() else None
