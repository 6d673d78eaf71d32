"""Whitespace normalisation and the unwrapping of hard-wrapped wire copy."""
from __future__ import annotations

import re

# Every Unicode space separator and the odd spaces scrapers leave behind, as one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters with no meaning in news prose: zero-width space, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\ufeff\u00ad]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")

_WRAP_WIDTH = 80  # fixed-width wire copy wraps at 65-80 columns
_MIN_WRAPPED_LINES = 3


def split_lines(text: str) -> list[str]:
    """Lines with line ends unified and invisible characters dropped; spacing still raw."""
    return _INVISIBLE.sub("", _NEWLINES.sub("\n", text)).split("\n")


def squeeze(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True for fixed-width copy (Reuters-21578, old wire feeds) where line ends are not breaks.

    The test: many lines, nearly all within the wrap width, and most of them not ending a
    sentence. Paragraph-per-line text has long lines, so it never qualifies.
    """
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < _MIN_WRAPPED_LINES:
        return False
    if max(len(line) for line in content) > _WRAP_WIDTH + 10:
        return False
    open_ended = sum(1 for line in content if not line.endswith((".", '"', "”", "?", "!", ":")))
    return open_ended >= 0.5 * len(content)


def _starts_block(raw: str, previous: str) -> bool:
    stripped = raw.strip()
    return (
        raw[:1] in (" ", "\t")  # indented: the wire's paragraph start
        or stripped[:2] in ("- ", "* ", "• ")
        or (stripped.upper() == stripped and any(c.isalpha() for c in stripped)  # capitalised headline
            and not _wrapped_tail(previous, stripped))
    )


def paragraphs(text: str) -> list[list[str]]:
    """The text as paragraphs of normalised lines.

    Blank lines separate paragraphs. In hard-wrapped copy the lines of a paragraph are joined
    into one, and an indented or all-capitals line starts a new paragraph.
    """
    raw_lines = split_lines(text)
    wrapped = _is_hard_wrapped(raw_lines)
    result: list[list[str]] = []
    current: list[str] = []
    for raw in raw_lines:
        line = squeeze(raw)
        if not line:
            if current:
                result.append(current)
                current = []
            continue
        if wrapped:
            if current and (_starts_block(raw, current[-1]) or _is_caps(current[-1])):
                result.append(current)
                current = []
            if current:
                current[-1] = _join(current[-1], line)
            else:
                current.append(line)
        else:
            current.append(line)
    if current:
        result.append(current)
    return result


# How a sentence ends, a closing quote or bracket allowed after the stop.
_SENTENCE_END = re.compile(r"[.?!][\"”’')]*$")


def _wrapped_tail(previous: str, line: str) -> bool:
    """"... as the first foreign co-producer of the" + "M-1A.": a line in capitals that ends the sentence the line
    before left open is the wrapped rest of it (a name, "U.S.", "GATT."), not a headline. Headlines end on no stop."""
    return not previous.endswith((".", '"', "”", "?", "!", ":")) and _SENTENCE_END.search(line) is not None


def _is_caps(line: str) -> bool:
    return line.upper() == line and sum(c.isalpha() for c in line) >= 4


def _join(left: str, right: str) -> str:
    # a hyphen at a wrap point is usually a compound ("Iraq-\nimposed"), so keep it, no space
    if left.endswith("-") and not left.endswith(" -") and left[-2:-1].isalpha():
        return left + right
    return f"{left} {right}"
