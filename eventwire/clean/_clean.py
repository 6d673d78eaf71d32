"""clean_text: drop junk lines, normalise whitespace, find the dateline."""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Removed

from ._comments import comments_start
from ._dateline import find_dateline
from ._rules import classify
from ._whitespace import paragraphs


# "Read more:", "Related stories": the lines under such a header are other stories' headlines
_LIST_REASONS = ("related", "see_also", "read_more")


def _list_header(line: str, reason: str) -> bool:
    if reason not in _LIST_REASONS or len(line.split()) > 5:
        return False
    return reason == "related" or line.rstrip().endswith(":")


def _headline_like(line: str) -> bool:
    """A teaser headline: short, and not ending like a sentence of prose."""
    return len(line) <= 150 and not line.rstrip("”\"’')").endswith((".", "?", "!", ":", ";", ","))


def _drop_comments(kept: list[str], removed: list[Removed]) -> list[str]:
    """Readers' comments printed under the story go, each reported like a junk line (_comments)."""
    start = comments_start(kept)
    if start is None:
        return kept
    removed.extend(Removed(text=p, reason="comments") for p in kept[start:])
    return kept[:start]


@dataclass(slots=True)
class CleanResult:
    """The cleaned text (what every downstream offset refers to), what was dropped, and the
    dateline place if the article opens with one (the text keeps the dateline itself)."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    dateline: str | None = None


def clean_text(text: str) -> CleanResult:
    """Remove news-site junk lines from ``text`` and report each one.

    Whitespace inside lines is collapsed to single spaces, paragraphs are separated by one blank
    line, lines within a paragraph by a newline. Hard-wrapped wire copy is unwrapped into
    paragraphs first. A line is removed whole or kept whole, never edited.
    """
    removed: list[Removed] = []
    kept: list[str] = []
    in_list = False
    for para in paragraphs(text or ""):
        lines = []
        for i, line in enumerate(para):
            if in_list and _headline_like(line):
                removed.append(Removed(text=line, reason="related"))
                continue
            # a line going on in lower case from an unfinished one is the rest of a sentence
            carried_on = i > 0 and line[:1].islower() and not para[i - 1].endswith((".", "!", "?"))
            reason = None if carried_on else classify(line)
            in_list = reason is not None and _list_header(line, reason)
            if reason is None:
                lines.append(line)
            else:
                removed.append(Removed(text=line, reason=reason))
        if lines:
            kept.append("\n".join(lines))
    kept = _drop_comments(kept, removed)
    return CleanResult(text="\n\n".join(kept), removed=removed, dateline=find_dateline(kept))
