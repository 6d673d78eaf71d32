"""Scale-out: several processes on one machine now (``--jobs``); Dask comes later behind the same seam.

Each worker builds its pipeline (and so loads the model) once, then receives whole batches of
documents; records, not spaCy Docs, cross the process boundary.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
from typing import Any, Iterable, Iterator

from ..model import Document, RawDocument

_PIPELINE: Any = None
_CHUNK = 32


def _init(config_data: dict[str, Any], published: str | None) -> None:
    global _PIPELINE
    from ..config import Config
    from ..pipeline import Pipeline

    _PIPELINE = (Pipeline(Config(config_data)), published)


def _work(batch: list[RawDocument]) -> list[Document]:
    pipeline, published = _PIPELINE
    return list(pipeline.process(batch, published=published))


def _batches(raws: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    it = iter(raws)
    while batch := list(itertools.islice(it, size)):
        yield batch


def process_parallel(raws: Iterable[RawDocument], *, jobs: int, config: Any, published: str | None = None) -> Iterator[Document]:
    """Process documents on ``jobs`` worker processes, yielding results in input order."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init, initargs=(config.to_dict(), published)) as pool:
        for docs in pool.imap(_work, _batches(raws, _CHUNK)):
            yield from docs
