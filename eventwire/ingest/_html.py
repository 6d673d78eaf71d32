"""Main text and metadata from an HTML page, with trafilatura.

The yielded RawDocument carries the extracted ``text`` and leaves ``html`` None: pages are
often ten times the size of their article, and no later stage reads markup, so keeping it
would only multiply the memory of a batch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from eventwire.model import RawDocument

from ._common import failed, normalise_published

# Measured on the article-extraction benchmark (181 pages, token F1 after cleaning, see
# _htmleval.py): precision 0.967, recall 0.962, default 0.962. Precision mode wins on most pages
# but now and then keeps a stub of the article (one page fell to 3% recall), so "auto" takes the
# precision result and, when it is short, a recall pass too, keeping whichever has the article:
# F1 0.972, recall 0.979, for a second pass on about one page in ten.
DEFAULT_MODE = "auto"
MODES = ("auto", "precision", "recall", "default")
_SHORT = 1000  # characters of precision output below which a recall pass is worth its time
_STUB = 0.5
_MIN_WORDS = 5  # less is a menu item or a "Not found", not an article  # precision text under this share of the recall text counts as a lost article


@dataclass(slots=True)
class Extracted:
    text: str | None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura gives one block per line; downstream wants paragraphs split by a blank line.

    A first line that repeats the title is the page's <h1>, not article text: dropping it keeps
    the headline from being coded twice and offsets from starting in the heading.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and _same(lines[0], title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _same(a: str, b: str) -> bool:
    squash = lambda s: re.sub(r"\W+", "", s).casefold()  # noqa: E731
    return squash(a) == squash(b)


def extract_html(html: str | bytes, *, url: str | None = None, mode: str = DEFAULT_MODE) -> Extracted:
    """Extract the article of one page; ``text`` is None when the page has none."""
    if mode == "auto":
        first = extract_html(html, url=url, mode="precision")
        if first.text is not None and len(first.text) >= _SHORT:
            return first
        second = extract_html(html, url=url, mode="recall")
        if len(second.text or "") * _STUB > len(first.text or ""):
            return second
        return first
    if mode not in MODES:
        raise ValueError(f"unknown extraction mode {mode!r}; choose one of {MODES}")
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_recall=mode == "recall",
        favor_precision=mode == "precision",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if result is None:
        return Extracted(text=None)
    title = (result.title or "").strip() or None
    text = _paragraphs(result.text or "", title)
    return Extracted(
        text=text or None,
        title=title,
        published=normalise_published(result.date),
        author=(result.author or "").strip() or None,
        site=(result.sitename or "").strip() or None,
        url=(result.url or url or None),
    )


def html_document(
    html: str | bytes,
    *,
    id: str,
    source: str | None,
    url: str | None = None,
    published: str | None = None,
    fallback_published: str | None = None,
    title: str | None = None,
) -> RawDocument:
    """A RawDocument from a page; E107 when no article text comes out of it.

    ``published`` (given by the record that carried the page) wins over the page's own date,
    which wins over ``fallback_published`` (a WARC capture date or the run's default).
    """
    try:
        got = extract_html(html, url=url)
    except Exception as exc:  # noqa: BLE001 - a parser crash on one hostile page must not end the batch
        return failed(id, source, "E107", detail=f"{type(exc).__name__}: {exc}")
    if not got.text or len(got.text.split()) < _MIN_WORDS:
        return failed(id, source, "E107")
    return RawDocument(
        id=id,
        source=source,
        text=got.text,
        title=title or got.title,
        published=normalise_published(published) or got.published or normalise_published(fallback_published),
        url=url or got.url,
        site=got.site,
        author=got.author,
    )
