"""Clean: strip scraped-page junk from article text, normalise whitespace, find the dateline.

Every dropped line is reported as a :class:`~eventwire.model.Removed` with a short reason
(``see_also``, ``social``, ``share_prompt``, ``byline``, ...), so nothing is lost silently.
"""
from ._clean import CleanResult, clean_text
from ._dateline import Dateline, match_dateline

__all__ = ["CleanResult", "Dateline", "clean_text", "match_dateline"]
