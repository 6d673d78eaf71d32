"""Ingest: files, folders, JSONL batches, WARC archives and stdin into RawDocuments.

Reading never stops at a bad document: it is yielded with an ``ErrorRecord`` (codes E101-E110
in :mod:`eventwire.errors`) and no text, and the next document is read. Everything streams, so a
folder or a multi-gigabyte JSONL.gz costs the memory of one document.

HTML (files, JSONL ``html`` fields, WARC responses) is reduced to its article text with
trafilatura at read time; the yielded record has ``text`` set and ``html`` None.
"""
from ._read import DEFAULT_MAX_BYTES, read_inputs, read_path
from ._text import read_text_document

__all__ = ["DEFAULT_MAX_BYTES", "read_inputs", "read_path", "read_text_document"]
