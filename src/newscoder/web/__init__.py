"""The web layer: a read-only FastAPI app over a newscoder database (``newscoder serve``).

    from newscoder.web import create_app
    app = create_app("newscoder.duckdb")   # serve with uvicorn, or test with fastapi.testclient.TestClient

Needs the ``web`` extra: ``pip install 'newscoder[web]'``.
"""
from __future__ import annotations

try:
    from .app import create_app
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(f"the newscoder web app needs FastAPI, Jinja2 and uvicorn ({exc}); "
                      "install them with: pip install 'newscoder[web]'") from exc

__all__ = ["create_app"]
