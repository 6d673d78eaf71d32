"""Readers' comments printed under a story: the public's opinions, not the story's reporting.

News pages (the BBC's "Have your say" pages among them) print a selection of readers' comments
after the article, often with the heading and the name-and-place lines lost in scraping. What is
left is a run of short paragraphs in the commenter's own voice ("I think ...", "Good luck to the
man!", "Does anyone else think ...?") after paragraphs of attributed reporting ("..., he said").
PLOVER codes acts reported as happening; a reader's opinion of them is none, so the run is
removed as page furniture.

The test is deliberately narrow, because a first-person feature, a review or an interview also
speaks in the first person: the run must close the document, come within ``MAX_GAP`` paragraphs
of the story's last attributed one, hold at least ``MIN_VOICED`` paragraphs in the writer's voice
making up at least half of it, and start on a voiced paragraph that does not continue an open
quotation; the story before it must be hardly ever in the writer's voice (a review is so
throughout). In the BBC, Reuters and world-politics corpora and the 181 benchmark pages' ground
truth it finds the comments under three BBC stories and nothing else.
"""
from __future__ import annotations

import re

MIN_VOICED = 4  # fewer first-person paragraphs at the end of a story are as often a quote run on
MIN_SHARE = 0.5
# The comments follow the story's reporting at once; a writer's own voice that sets in further on is a review's
# or a feature's, written by the author throughout.
MAX_GAP = 2

# A quotation closed within the paragraph; an opening mark never closed runs to the paragraph's end.
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
_OPEN_QUOTE = re.compile(r'["\u201c]')
# The writer speaking for himself: first person singular outside quotation marks.
_FIRST_SINGULAR = re.compile(r"(?<![\w'\u2019])(?:I|I['\u2019](?:m|ve|d|ll)|my|me|myself)(?![\w'\u2019])")
# Attributed reporting: a source named as saying or telling something.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|added|announced|spokes(?:man|woman|person))\b", re.I)


def _unquoted(paragraph: str) -> str:
    """The paragraph's own words: quotations removed, and an unclosed one cut off where it opens."""
    bare = _QUOTED.sub(" ", paragraph)
    opened = _OPEN_QUOTE.search(bare)
    return bare[:opened.start()] if opened else bare


def _voiced(paragraph: str) -> bool:
    """Written in the writer's own voice: "I", "my", an exclamation or a question of his own."""
    if paragraph.lstrip()[:1] in ('"', "\u201c"):
        return False  # a quotation: the speaker's voice, reported
    bare = _unquoted(paragraph).rstrip()
    return bool(_FIRST_SINGULAR.search(bare)) or "!" in bare or bare.endswith("?")


def _reported(paragraph: str) -> bool:
    """Attributed reporting in the writer's own words ("..., he said", "according to officials")."""
    return not _voiced(paragraph) and bool(_ATTRIBUTION.search(_unquoted(paragraph)))


def _open_quote(paragraph: str) -> bool:
    """The paragraph leaves a quotation open, so the next one may go on quoting the speaker."""
    return (paragraph.count('"') + paragraph.count("\u201c")) % 2 == 1 or \
        paragraph.count("\u201c") > paragraph.count("\u201d")


def comments_start(paragraphs: list[str]) -> int | None:
    """The index of the first paragraph of a closing run of readers' comments, or None."""
    reported = [i for i, p in enumerate(paragraphs) if _reported(p)]
    if not reported:
        return None  # no reporting before: an opinion piece or a feature, not comments under a story
    story = paragraphs[:reported[-1] + 1]
    if sum(_voiced(p) for p in story) > len(story) // 10:
        return None  # the author's own voice runs through the story: a review or a column, written so throughout
    start = None
    voiced = total = 0
    for i in range(len(paragraphs) - 1, reported[-1], -1):
        total += 1
        if not _voiced(paragraphs[i]):
            continue
        voiced += 1
        if voiced >= MIN_VOICED and voiced / total >= MIN_SHARE and not _open_quote(paragraphs[i - 1]) \
                and i - reported[-1] <= MAX_GAP:
            start = i
    return start
