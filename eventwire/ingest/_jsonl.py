"""JSON Lines batches: one article per line, read one line at a time.

A batch file may be far larger than one article, so the per-document limit ``max_bytes``
applies to each line, never to the file, and no more than one line is ever held in memory.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from eventwire.model import RawDocument

from ._common import failed, normalise_published
from ._html import html_document
from ._text import read_text_document

_SKIP_CHUNK = 1 << 20


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line, size); line is None when it is over ``max_bytes``."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while True:  # drain the rest of the oversized line without keeping it
                more = stream.readline(_SKIP_CHUNK)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, None, size
            continue
        yield lineno, raw, len(raw)


def _kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def read_jsonl(
    stream: BinaryIO,
    *,
    file_id: str,
    source: str,
    published: str | None,
    max_bytes: int,
) -> Iterator[RawDocument]:
    """Yield one RawDocument per non-blank line of ``stream``."""
    lineno = 0
    try:
        for lineno, raw, size in _lines(stream, max_bytes):
            line_id = f"{file_id}:{lineno}"
            if raw is None:
                yield failed(line_id, source, "E106", source=f"line {lineno} of {source}", size=size, limit=max_bytes)
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            yield _record(raw, lineno=lineno, line_id=line_id, source=source, published=published)
    except (OSError, EOFError, zlib.error) as exc:
        # a truncated or corrupt .gz: the lines read so far stand, the rest is one error
        yield failed(
            f"{file_id}:{lineno + 1}", source, "E108",
            detail=f"the data breaks off after line {lineno} ({type(exc).__name__}: {exc})",
        )


def _record(raw: bytes, *, lineno: int, line_id: str, source: str, published: str | None) -> RawDocument:
    try:
        rec = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return failed(line_id, source, "E104", line=lineno, detail=str(exc))
    if not isinstance(rec, dict):
        return failed(line_id, source, "E104", line=lineno, detail=f"expected a JSON object, found {_kind(rec)}")
    doc_id = rec.get("id")
    doc_id = line_id if doc_id is None or doc_id == "" else str(doc_id)
    for key in ("text", "html", "title", "published", "url", "source", "site", "author", "language", "dateline"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            return failed(doc_id, source, "E104", line=lineno, detail=f"{key!r} is {_kind(value)}, expected a string")
    text, html = rec.get("text"), rec.get("html")
    if text is None and html is None:
        return failed(doc_id, source, "E105", line=lineno)
    doc_source = rec.get("source") or source
    own_date = normalise_published(rec.get("published"))
    if text is not None and text.strip():
        doc = read_text_document(with_dateline(text, rec.get("dateline")), id=doc_id, source=doc_source,
                                 published=own_date or published, title=rec.get("title") or None)
    elif html is not None and html.strip():
        doc = html_document(html, id=doc_id, source=doc_source, url=rec.get("url") or None,
                            published=own_date, fallback_published=published, title=rec.get("title") or None)
    else:
        return failed(doc_id, source, "E101", source=f"line {lineno} of {source}")
    if doc.errors:
        return doc
    doc.url = rec.get("url") or doc.url
    doc.site = rec.get("site") or doc.site
    doc.author = rec.get("author") or doc.author
    doc.language = rec.get("language") or doc.language
    return doc


def with_dateline(text: str, dateline: object) -> str:
    """The text with the record's own ``dateline`` field ("SALVADOR, Feb 26 -", as Reuters-21578 records keep it)
    put back in front, as the wire printed it, unless the text already opens with it: the dateline says where
    the story was filed, which places the events of a local story."""
    if not isinstance(dateline, str) or not dateline.strip() or text.lstrip().startswith(dateline.strip()):
        return text
    return f"{dateline.strip()} {text.lstrip()}"
