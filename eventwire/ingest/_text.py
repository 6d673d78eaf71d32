"""Plain-text documents and headline detection."""
from __future__ import annotations

from eventwire.model import RawDocument

from ._common import failed, normalise_published

_MAX_TITLE_CHARS = 150


def detect_title(text: str) -> str | None:
    """The headline of a plain-text article, when its first paragraph looks like one.

    A headline is a short first line that ends without a full stop and stands alone: a blank
    line follows it. "Palestinian economy in decline" qualifies; a wire lede does not, because
    it is long and ends with a period.
    """
    lines = text.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i + 1 >= len(lines):
        return None
    first = lines[i].strip()
    if lines[i + 1].strip():
        return None
    if len(first) >= _MAX_TITLE_CHARS or first.endswith(".") or not any(c.isalpha() for c in first):
        return None
    # the blank line must lead somewhere: a title over nothing is the whole article
    if not any(line.strip() for line in lines[i + 2:]):
        return None
    return first


def read_text_document(
    text: str,
    *,
    id: str,
    source: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> RawDocument:
    """Wrap a string as a RawDocument, the way the file readers do.

    The text is kept as given (the cleaner owns whitespace and junk); a headline is detected
    into ``title`` when none is passed but stays in the text. An empty text gives error E101.
    """
    if not isinstance(text, str) or not text.strip():
        return failed(id, source, "E101")
    text = text.lstrip("\ufeff")
    return RawDocument(
        id=id,
        source=source,
        text=text,
        title=title if title is not None else detect_title(text),
        published=normalise_published(published),
    )
