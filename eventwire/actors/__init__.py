"""Actor knowledge base and resolver: names and noun phrases -> PLOVER actor codes and sectors.

Public API::

    ActorKB.default() / ActorKB.load(extra_paths=[...])   # shipped tables (+ user YAML/CSV)
    kb.lookup(name, date) -> list[Resolution]             # exact-name candidates, explained
    resolve_phrase(phrase, date=, head=, context_country=) -> Resolution | None
    resolve_all(phrase, ...) -> list[Resolution]          # one per conjunct
    find_actor_mentions(text, date=) -> list[Entity]      # dictionary scan of a whole text
    coref_resolve(mention, prior_entities) -> Entity | None
    link_people(text, entities) -> list[Entity]           # person coreference within an article
    add_actor(path, **fields), list_actors(...), explain_lookup(name, date) -> str
    state_on(code, date) -> code; todays_states(code) -> set  # lands of a state that is gone (Yugoslavia)

Data: eventwire/actors/data/actors.jsonl.gz, built by scripts/build_actors.py (see docs/actors.md).
"""
from __future__ import annotations

from eventwire.actors._kb import PLOVER_SECTORS, NONSTATE_CODES, ActorKB, Resolution
from eventwire.actors._mentions import coref_resolve, find_actor_mentions
from eventwire.actors._people import link_people
from eventwire.actors._resolve import resolve_all, resolve_phrase
from eventwire.actors._states import state_on, todays_states
from eventwire.actors._user import add_actor, explain_lookup, list_actors

__all__ = [
    "ActorKB", "Resolution", "resolve_phrase", "resolve_all", "find_actor_mentions", "coref_resolve",
    "add_actor", "list_actors", "explain_lookup", "link_people", "PLOVER_SECTORS", "NONSTATE_CODES",
    "state_on", "todays_states",
]
