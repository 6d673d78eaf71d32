"""Event coding: PLOVER 2.0 events with roles, modality, attribution, date and place."""
from __future__ import annotations

from typing import Any

from ..registry import coders
from ..model import Event


@coders.register("eventwire.plover_rules.v1", requires=("parse", "entities", "places", "dates"), assigns=("events",))
def plover_rules_v1(work: Any, config: Any) -> list[Event]:
    """Dependency-parse rules over the derived PLOVER trigger lexicon."""
    from ._coder import code_document

    return code_document(work, config)


__all__ = ["plover_rules_v1"]


@coders.register("eventwire.keyword_baseline.v1", requires=("parse", "entities"), assigns=("events",))
def keyword_baseline_v1(work: Any, config: Any) -> list[Event]:
    """Lexicon verbs with nearest-entity roles and no syntax: the comparison baseline."""
    from ._baseline import code_document

    return code_document(work, config)


__all__ += ["keyword_baseline_v1"]
