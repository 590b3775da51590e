"""Commands that show and hand out stored data: ``serve``, ``plot dyad`` and ``export``.

Thin adapters over ``newscoder.web``, ``newscoder.plot`` and ``newscoder.export``; they are added to the
main group in ``cli.py`` (``main.add_command(serve)`` ...), whose error handling turns a NewsCoderError
into one ``Error: ...`` line and exit status 1.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import ConfigError

_DB_HELP = "DuckDB file written by `newscoder code`."


def _db_option(f):
    return click.option("--db", default="newscoder.duckdb", show_default=True,
                        type=click.Path(exists=True, dir_okay=False), help=_DB_HELP)(f)


def _check_output(path: str, force: bool) -> None:
    if Path(path).exists() and not force:
        raise click.UsageError(f"{path} exists; pass --force to overwrite it")


@click.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep 127.0.0.1 "
              "unless you mean to share the data).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Do not serve: fetch one path in-process (e.g. /events.json?type=THREATEN), print the "
                   "response body and exit (1 for an error status).")
def serve(db, host, port, get_path):
    """Browse stored events in a web browser: dyad timelines, events with their evidence, articles with
    highlights, actors, the actor network, and a JSON API (/docs). The database is opened read-only, and
    `newscoder code` may write to it meanwhile: the server lets go of the file while a batch is written
    and shows the new data on the next request.

    Example:

        newscoder serve --db newscoder.duckdb

        newscoder serve --get "/events.json?dyad=USA,CAN&limit=5"
    """
    try:
        import uvicorn

        from .web import create_app
    except ImportError as e:
        raise ConfigError(f"the web app needs its extra ({e}): pip install 'newscoder[web]'") from e
    app = create_app(db)
    if get_path is not None:
        from fastapi.testclient import TestClient
        with TestClient(app) as client:
            r = client.get(get_path, headers={"accept": "application/json"})
        sys.stdout.write(r.text + ("\n" if not r.text.endswith("\n") else ""))
        sys.exit(0 if r.status_code < 400 else 1)
    click.echo(f"serving {db} read-only at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group()
def plot():
    """Draw charts of stored events as image files (PNG, SVG or PDF by the extension).

    Example:

        newscoder plot dyad USA CAN -o usa-can.png
    """


@plot.command("dyad")
@click.argument("a")
@click.argument("b")
@_db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Image file to write.")
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Earliest event date (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Latest event date (YYYY-MM-DD).")
@click.option("--force", is_flag=True, help="Overwrite the output file.")
def plot_dyad_cmd(a, b, db, output, interval, since, until, force):
    """Timeline of the events between actors A and B (either direction): events per period stacked by
    QuadClass, and the mean Goldstein score. A and B: country code (CAN), code prefix (USAGOV) or name.

    Example:

        newscoder plot dyad USA CAN --db newscoder.duckdb -o chart.png --interval month
    """
    from .plot import plot_dyad
    from .store import open_store
    from .store.core import READ_WAIT

    _check_output(output, force)
    with open_store(db, read_only=True, wait=READ_WAIT) as store:  # waits out a batch being written
        n = plot_dyad(store, a, b, output, interval=interval, since=since.date() if since else None,
                      until=until.date() if until else None)
    click.echo(f"wrote {output}: {n} events between {a} and {b}", err=True)


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True,
              help="parquet, csv (with a header) and jsonl of any table; gdelt: events as the 61 tab-separated "
                   "columns of the GDELT 2.0 event table, no header.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "articles", "actors", "mentions", "event_quantities", "quotes", "dates",
                                 "amounts", "rejects", "runs"]),
              help="Table to export (parquet, csv, jsonl); events come with their article's date, title and URL.")
@click.option("--include-negated", is_flag=True, help="gdelt: keep negated events (left out by default).")
@click.option("--force", is_flag=True, help="Overwrite the output file.")
def export_cmd(db, fmt, output, table, include_negated, force):
    """Export stored data for other tools.

    Example:

        newscoder export --format parquet -o events.parquet

        newscoder export --format gdelt --db newscoder.duckdb -o events.gdelt.tsv
    """
    from .export import export
    from .store import open_store
    from .store.core import READ_WAIT

    _check_output(output, force)
    if fmt == "gdelt" and table != "events":
        raise click.UsageError("--format gdelt exports events only; leave out --table")
    with open_store(db, read_only=True, wait=READ_WAIT) as store:  # waits out a batch being written
        n = export(store, fmt, output, table=table, include_negated=include_negated)
    click.echo(f"wrote {n} rows of {table} to {output} ({fmt})", err=True)


COMMANDS = (serve, plot, export_cmd)
