"""Shared helpers of the actor audit tests: a phrase's (code, sector) and a text's coded mentions, on
the BBC corpus's publication date unless a test gives another."""
from __future__ import annotations

from eventwire.actors import find_actor_mentions, resolve_phrase

DATE = "2005-02-15"


def code_of(phrase: str, **kw):
    res = resolve_phrase(phrase, date=kw.pop("date", DATE), **kw)
    return (res.code, res.sector) if res is not None else None


def mentions_of(text: str, date: str | None = DATE):
    return [(e.text, e.code, e.sector) for e in find_actor_mentions(text, date=date)]
