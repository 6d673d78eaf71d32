"""Small readers of coded events shared by the rule tests (import as ``from event_helpers import ...``)."""
from __future__ import annotations


def codes(parties) -> set[str]:
    """The codes of a side's parties (actor or recipient), those with none left out."""
    return {p.code for p in parties if p.code}


def on_trigger(events, prefix: str):
    """The events coded on a trigger word starting with ``prefix`` ("propos" for proposed, proposal...)."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)]
