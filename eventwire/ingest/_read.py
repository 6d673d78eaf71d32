"""Paths to documents: dispatch by extension or content, directories, stdin."""
from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from eventwire.errors import InputError
from eventwire.model import RawDocument

from ._common import failed, valid_day
from ._decode import decode, sniff_binary
from ._html import html_document
from ._jsonl import read_jsonl
from ._text import read_text_document
from ._warc import read_warc

DEFAULT_MAX_BYTES = 20_000_000

_WARC = (".warc", ".warc.gz")
_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_HTML = (".html", ".htm", ".xhtml")
_TEXT = (".txt", ".text")
_HTML_HEAD = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                        re.I | re.S)


def _looks_html(head: bytes) -> bool:
    return bool(_HTML_HEAD.match(head.removeprefix(b"\xef\xbb\xbf")[:4096]))


def read_inputs(
    paths: Iterable[str],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    feed_year: int | None = None,
) -> Iterator[RawDocument]:
    """Yield one RawDocument per document found under ``paths``, streaming.

    ``paths`` may hold files, directories (read recursively in sorted order, hidden entries
    skipped) and ``-`` for stdin. A document that cannot be read is yielded with an ingest
    error and no text; reading goes on with the next. ``published`` (YYYY-MM-DD) is the date
    given to documents that carry none; an invalid one raises InputError E110 before anything
    is read, since it would be wrong for every document. With ``feed_year`` (the year of a wire
    feed or archive), a document without its own date is first dated by its dateline
    ("BAGHDAD, March 29 -" → that day of ``feed_year``); ``published`` is the last resort.
    """
    if published is not None and not (isinstance(published, str) and valid_day(published)):
        raise InputError("E110", value=published, source="the default publication date")
    if isinstance(paths, str):
        paths = [paths]
    if feed_year is None:
        return _read_all(list(paths), published, max_bytes)
    return _dated_by_dateline(_read_all(list(paths), None, max_bytes), feed_year, published)


def _read_all(paths: list[str], published: str | None, max_bytes: int) -> Iterator[RawDocument]:
    for path in paths:
        yield from read_path(path, published=published, max_bytes=max_bytes)


def _dated_by_dateline(docs: Iterator[RawDocument], feed_year: int, default: str | None) -> Iterator[RawDocument]:
    from ..time import publication_from_dateline

    for doc in docs:
        if doc.published is None and not doc.errors:
            doc.published = publication_from_dateline(doc.text or "", feed_year) or default
        yield doc


def read_path(path: str, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument]:
    """Yield the documents of one path: a file, a directory or ``-`` (stdin)."""
    path = os.fspath(path)
    if path == "-":
        yield from _read_stdin(published, max_bytes)
        return
    if os.path.isdir(path):
        yield from _read_dir(path, published, max_bytes)
        return
    yield from read_file(path, doc_id=path, published=published, max_bytes=max_bytes)


def _read_dir(root: str, published: str | None, max_bytes: int) -> Iterator[RawDocument]:
    """Files under ``root`` in one total order (as ``sorted`` would list their relative paths,
    folder by folder), found lazily so a huge tree is never listed whole."""

    def walk(folder: str) -> Iterator[RawDocument]:
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:  # an unreadable subfolder is one error, the walk goes on
            rel = os.path.relpath(folder, root).replace(os.sep, "/")
            yield failed(rel, folder, "E108", detail=exc.strerror or exc)
            return
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(entry.path)
            else:
                rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
                yield from read_file(entry.path, doc_id=rel, published=published, max_bytes=max_bytes)

    yield from walk(root)


def read_file(path: str, *, doc_id: str, published: str | None, max_bytes: int) -> Iterator[RawDocument]:
    """Yield the documents of one file, chosen by its extension (content decides for unknown ones)."""
    lower = path.lower()
    try:
        if not os.path.exists(path):
            yield failed(doc_id, path, "E108", detail="no such file or directory")
            return
        if not os.path.isfile(path):
            yield failed(doc_id, path, "E109", detail="not a regular file")
            return
        if lower.endswith(_WARC):
            with open(path, "rb") as fh:
                yield from read_warc(fh, file_id=doc_id, source=path, published=published, max_bytes=max_bytes)
            return
        if lower.endswith(_JSONL) or lower.endswith((".json", ".json.gz")):
            opener = gzip.open if lower.endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from read_jsonl(fh, file_id=doc_id, source=path, published=published, max_bytes=max_bytes)
            return
    except OSError as exc:
        yield failed(doc_id, path, "E108", detail=exc.strerror or exc)
        return
    yield _read_single(path, doc_id=doc_id, published=published, max_bytes=max_bytes)


def _read_limited(path: str, max_bytes: int) -> bytes | RawDocument:
    """The bytes of a one-document file, or the error that stops us reading it."""
    gz = path.lower().endswith(".gz")
    size = os.stat(path).st_size
    if not gz and size > max_bytes:
        return failed(path, path, "E106", size=size, limit=max_bytes)
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        # read one byte past the limit: a gzip bomb is caught without inflating it whole
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        return failed(path, path, "E106", size=f"more than {max_bytes} (uncompressed)", limit=max_bytes)
    return data


def _read_single(path: str, *, doc_id: str, published: str | None, max_bytes: int) -> RawDocument:
    try:
        data = _read_limited(path, max_bytes)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        return failed(doc_id, path, "E102", detail=f"corrupt gzip data ({exc})")
    except OSError as exc:
        return failed(doc_id, path, "E108", detail=exc.strerror or exc)
    if isinstance(data, RawDocument):
        data.id = doc_id
        return data
    lower = path.lower().removesuffix(".gz")
    if lower.endswith(_HTML):
        kind = "html"
    elif lower.endswith(_TEXT):
        kind = "text"
    else:
        kind = "html" if _looks_html(data) else "text"
    return _document(data, kind, doc_id=doc_id, source=path, published=published)


def _document(data: bytes, kind: str, *, doc_id: str, source: str, published: str | None) -> RawDocument:
    binary = sniff_binary(data)
    if binary:
        return failed(doc_id, source, "E102", detail=binary)
    text, encoding = decode(data)
    if text is None:
        return failed(doc_id, source, "E103", fallback="cp1252 or Latin-1" if encoding != "utf-16" else "valid UTF-16")
    if not text.strip():
        return failed(doc_id, source, "E101")
    if kind == "html":
        # the decoded string, not the bytes: our decoder already handled BOMs and Latin-1
        return html_document(text, id=doc_id, source=source, fallback_published=published)
    return read_text_document(text, id=doc_id, source=source, published=published)


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (to sniff the format) before the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _read_stdin(published: str | None, max_bytes: int) -> Iterator[RawDocument]:
    stream: BinaryIO = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        yield from read_stream(stream, name="-", published=published, max_bytes=max_bytes)
    except OSError as exc:
        yield failed("-", "stdin", "E108", detail=exc.strerror or exc)


def read_stream(stream: BinaryIO, *, name: str, published: str | None, max_bytes: int) -> Iterator[RawDocument]:
    """Documents from an unnamed byte stream, its format told by its content.

    JSONL and WARC streams are read incrementally; a single text or HTML document is read up
    to ``max_bytes``.
    """
    head = stream.read(65536)
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = gzip.GzipFile(fileobj=io.BufferedReader(_Prefixed(head, stream)))
            head = inner.read(65536)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield failed(name, "stdin", "E102", detail=f"corrupt gzip data ({exc})")
            return
        stream = inner
    rest = io.BufferedReader(_Prefixed(head, stream))
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        yield from read_warc(rest, file_id=name, source="stdin", published=published, max_bytes=max_bytes)
        return
    if start.startswith(b"{"):
        yield from read_jsonl(rest, file_id=name, source="stdin", published=published, max_bytes=max_bytes)
        return
    data = rest.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield failed(name, "stdin", "E106", size=f"more than {max_bytes}", limit=max_bytes)
        return
    yield _document(data, "html" if _looks_html(data) else "text", doc_id=name, source="stdin", published=published)
