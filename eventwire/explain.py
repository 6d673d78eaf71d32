"""``eventwire explain``: code a text and say, for every event, why it was coded."""
from __future__ import annotations

import json

from .config import Config
from .model import Actor, Document


def _who(actors: list[Actor]) -> str:
    return ", ".join(f"{a.entity_text} [{a.code or '?'}/{a.sector or '?'}]" for a in actors) or "-"


def explain_document(doc: Document) -> str:
    lines = []
    if not doc.events:
        lines.append("No event coded: no trigger in the lexicon fired with a resolvable actor, or every "
                     "candidate was filtered (accident, aggregate, reference to an earlier event, low confidence).")
    for n, ev in enumerate(doc.events, 1):
        ex = ev.explanation
        lines.append(f"{n}. {ev.event}{'/' + ev.mode if ev.mode else ''} (quad {ev.quad_code}, confidence {ev.confidence:.2f}, {ev.modality})")
        if ex is not None:
            lines.append(f"   trigger   : '{ex.trigger}' at {ex.trigger_start}-{ex.trigger_end}; rule {ex.rule}; lexicon {ex.lexicon_entry}")
        lines.append(f"   actor     : {_who(ev.actor)}")
        lines.append(f"   recipient : {_who(ev.recipient)}")
        lines.append(f"   date      : {ev.date or '-'} ({ev.date_precision or '-'}, from {ev.date_source or '-'}"
                     + (f": '{ev.date_text}'" if ev.date_text else "") + ")")
        loc = ev.event_loc
        lines.append(f"   place     : {loc.resolved_place or loc.extracted_place or '-'} {loc.country_code or ''}"
                     f" (resolution {loc.resolution or '-'}, from {loc.location_source or '-'})")
        lines.append("   source    : " + ("; ".join(f"{a.text or '-'} ({a.type}{', ' + a.verb if a.verb else ''})"
                                                for a in ev.attribution) or "-"))
        if ev.claim_status:
            lines.append(f"   status    : {ev.claim_status}")
        if ev.context:
            lines.append(f"   context   : {', '.join(ev.context)}")
        if ex is not None and ex.notes:
            lines.append(f"   why       : {'; '.join(ex.notes)}")
        lines.append(f"   evidence  : {ev.sentence}")
    return "\n".join(lines)


def explain_text(text: str, *, published: str | None = None, config: Config | None = None, as_json: bool = False) -> str:
    from .pipeline import Pipeline

    # Explain everything coded, including what the default output leaves out as not having happened and what
    # the verifier keeps back (its notes say so).
    config = (config or Config.load()).with_overrides({"events": {"report_negated": True}})
    pipeline = Pipeline(config)
    pipeline.explaining = True
    doc = pipeline.process_text(text, published=published, id="explain")
    if as_json:
        return json.dumps([ev.to_dict() for ev in doc.events], indent=2, ensure_ascii=False)
    return explain_document(doc)

