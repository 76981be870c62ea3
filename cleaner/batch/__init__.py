"""Cleaning many inputs: ``cleaner batch`` (discovery, worker pool, resume, errors, site templates).

For a cluster, use an existing engine rather than this pool: ``clean_path`` is a pure function of a path
and a Config, made to be mapped over a dask.bag (or any map):

    import json
    import dask.bag as db
    from cleaner.batch import clean_path

    bag = db.from_sequence(paths, npartitions=64).map(clean_path)
    bag.map(json.dumps).to_textfiles("out/part-*.jsonl")

It never raises: a failure comes back as a record with ``status == "failed"``.
"""

from __future__ import annotations

from typing import Any

from cleaner.batch.templates import Templates
from cleaner.batch.work import EMPTY, FAILED, OK, clean_article, describe_error
from cleaner.config import Config


def clean_path(path: str, config: Config | None = None, templates: Templates | None = None) -> dict[str, Any]:
    """Clean the file at ``path`` into a JSON-ready record; never raises.

    Returns ``{"source", "status": "ok"|"empty"|"failed", "article": dict | None, "error": str | None,
    "message": str | None}``. ``templates`` (from ``Templates.load`` of a batch's saved file) enables
    drop_site_template. Pure apart from reading ``path``, so it is safe to retry on another machine.
    """
    config = config or Config()
    try:
        article = clean_article(path, config, templates)
    except Exception as exc:
        etype, msg = describe_error(exc)
        return {"source": path, "status": FAILED, "article": None, "error": etype, "message": msg}
    status = OK if article.paragraphs else EMPTY
    return {"source": path, "status": status, "article": article.to_dict(), "error": None, "message": None}


__all__ = ["Templates", "clean_path"]
