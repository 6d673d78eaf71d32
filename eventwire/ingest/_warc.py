"""Web archives: every HTML response or resource record of a WARC becomes one document."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.model import RawDocument

from ._common import failed
from ._decode import sniff_binary
from ._html import html_document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().lower() in _HTML_TYPES


def read_warc(
    stream: BinaryIO,
    *,
    file_id: str,
    source: str,
    published: str | None,
    max_bytes: int,
) -> Iterator[RawDocument]:
    """Yield the HTML pages of a WARC; requests, metadata, images and non-2xx responses are not articles."""
    n = 0
    try:
        for record in ArchiveIterator(stream):
            n += 1
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response":
                http = record.http_headers
                if http is None or not _is_html(http.get_header("Content-Type")):
                    continue
                status = http.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
            elif not _is_html(record.rec_headers.get_header("Content-Type")):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            doc_id = record.rec_headers.get_header("WARC-Record-ID") or f"{file_id}#{n}"
            doc_id = doc_id.strip("<>")
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield failed(doc_id, source, "E106", source=url or doc_id, size=f"more than {max_bytes}",
                             limit=max_bytes)
                continue
            binary = sniff_binary(body)
            if binary:
                yield failed(doc_id, source, "E102", source=url or doc_id, detail=binary)
                continue
            doc = html_document(body, id=doc_id, source=source, url=url,
                                fallback_published=record.rec_headers.get_header("WARC-Date") or published)
            if not doc.errors and doc.published is None:
                doc.published = published
            yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield failed(f"{file_id}#{n + 1}", source, "E102",
                     detail=f"an unreadable WARC record after record {n} ({type(exc).__name__}: {exc})")
