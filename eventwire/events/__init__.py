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


# Material conflict with nobody named and no place of its own is still reported from this confidence on.
UNNAMED_CONFLICT_CONFIDENCE = 0.6


def reportable(event: Event, *, min_confidence: float, keep_unresolved: bool, report_negated: bool = True) -> bool:
    """Whether a coded event is output: confident enough, reported as happening (unless negated events
    are asked for) and with someone or somewhere to report. Without any participant an event is kept
    only when it is material conflict with a place, or a confidently coded one: "grenade attacks in
    Kashmir injured 14", "weapons were seized and shops looted" are worth an analyst's row even with the
    attacker unknown (ACLED records unidentified armed groups the same way)."""
    from ._lexicon import Lexicon

    # Material conflict as the manual's sections define it (SANCTION included), not the numbered quad_code.
    material_conflict = Lexicon.default().quad(event.event) == 4
    return event.confidence >= min_confidence and (report_negated or event.modality != "negated") and (
        keep_unresolved or bool(event.actor or event.recipient)
        or (material_conflict and (event.event_loc.location_source in ("clause", "sentence")
                                      or event.confidence >= UNNAMED_CONFLICT_CONFIDENCE)))


__all__ += ["reportable"]


@coders.register("eventwire.keyword_baseline.v1", requires=("parse", "entities"), assigns=("events",))
def keyword_baseline_v1(work: Any, config: Any) -> list[Event]:
    """Lexicon verbs with nearest-entity roles and no syntax: the comparison baseline."""
    from ._baseline import code_document

    return code_document(work, config)


__all__ += ["keyword_baseline_v1"]
