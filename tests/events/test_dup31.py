"""dup31: word tables several stages share are written once (``_vocabulary``), and the verifier reads each judged
event's features once for its verdict and its calibration. Stories and names are invented."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire.config import Config
from eventwire.events import _roles, _triggers, _verifier
from eventwire.events import _vocabulary as vocab
from eventwire.model import Actor
from eventwire.pipeline import Pipeline

STORY = ("VELMORA, March 3 - Norland's foreign minister met his Tarvish counterpart in Velmora on Monday, "
         "his office said. Tarvish troops shelled two border villages on Sunday, local officials said. "
         "The Norland government recalled its ambassador from Tarvia and called for talks at a summit. "
         "Quarrymax Corp said it would buy a stake in Delvane Holdings for 40 mln dlrs. "
         "Dock workers in Velmora marched to the port office to demand higher pay.")


# -- the shared tables: each stage's table is the shared core and its own words -----------------------------------

@pytest.mark.parametrize("table", [_triggers.MEETING_NOUNS, _roles.MEETING_NOUNS, _roles.HELD_GATHERING_NOUNS,
                                   _roles.GATHERING_NOUNS])
def test_every_stages_meeting_table_holds_the_shared_meeting_heads(table):
    assert vocab.MEETING_HEADS <= table


@pytest.mark.parametrize("table", [_roles.OFFICE_NOUNS, _roles.PERSON_TITLES, _triggers.PERSON_NOUNS])
def test_every_stages_official_table_holds_the_shared_office_holders(table):
    assert vocab.OFFICE_HOLDERS <= table


def test_tables_that_were_written_twice_are_now_one_object():
    assert _roles.ENVOY_WORDS is vocab.ENVOY_WORDS
    assert _roles.CREDITOR_STATE_HEADS is _roles.MEMBER_HEADS is vocab.STATE_HEADS
    assert _roles.BODY_CODES is vocab.INTERNATIONAL_BODY_CODES
    assert _roles.STATE_ENVOY_SECTORS is vocab.STATE_ORGAN_SECTORS
    assert _triggers.STATE_WORDS is vocab.STATE_WORDS and _triggers.DRILL_NOUNS is vocab.DRILL_NOUNS
    assert _triggers.REFUSING_AUXES is _triggers.FUTURE_AUX
    assert _triggers.OWN_POSSESSIVES is _triggers.OWN_WORDS


def test_a_stages_own_words_stay_its_own():
    # "chargé d'affaires" is an envoy going home for trigger choice; the roles read a bare "charge" as no envoy.
    assert "charge" in _triggers.ENVOY_WORDS and "charge" not in _roles.ENVOY_WORDS
    # a ministers' round of talks is a gathering for roles, not a meeting one is summoned to
    assert "round" in _roles.GATHERING_NOUNS and "round" not in _triggers.MEETING_NOUNS
    assert _roles.STATE_DESCRIPTION_NOUNS - vocab.STATE_WORDS == {"emirate", "sultanate", "monarchy"}
    assert _roles.ENFORCER_SECTORS == vocab.STATE_ORGAN_SECTORS - {"LEG"}


@pytest.mark.parametrize("party, firm", [
    (Actor("Quarrymax Corp", "MNC", None), True),
    (Actor("Delvane Holdings", "NOR", "BUS"), True),
    (Actor("the Norland government", "NOR", "GOV"), False),
    (Actor("Velmora dockers", None, "LAB"), False),
])
def test_a_firm_is_known_by_its_sector_or_its_code(party, firm):
    assert vocab.coded_as_firm(party) is firm


@pytest.mark.parametrize("parties, kind", [
    ([Actor("Quarrymax Corp", "MNC", None), Actor("Norland", "NOR", None)], "business"),
    ([Actor("Norland's ruling party", "NOR", "PTY")], "state"),
    ([Actor("Norland", "NOR", None)], "state"),
    ([Actor("a Velmora charity", "NGO", None)], "other"),
    ([Actor("dock workers", None, "LAB")], "other"),
    ([], "none"),
])
def test_the_verifiers_sector_classes(parties, kind):
    assert _verifier._sector_class(parties) == kind


# -- the verifier reads each judged event's features once ------------------------------------------------------------

def _counting(monkeypatch) -> list[int]:
    calls = [0]
    real = _verifier.features

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(_verifier, "features", counted)
    return calls


def test_a_story_is_judged_and_calibrated_on_one_reading_of_its_events(monkeypatch):
    pipeline = Pipeline(Config.load())
    pipeline.explaining = True  # every judged event is kept, so that the count is of all of them
    calls = _counting(monkeypatch)
    doc = pipeline.process_text(STORY, published="2025-03-04")
    judged = [ev for ev in doc.events if any(n.startswith("verifier (") for n in ev.explanation.notes)]
    assert judged and calls[0] == len(judged) == len(doc.events)


def test_one_reading_gives_the_confidences_two_readings_gave():
    doc = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2025-03-04")

    def copies():
        return [dataclasses.replace(ev, explanation=dataclasses.replace(ev.explanation,
                                                                        notes=list(ev.explanation.notes)))
                for ev in doc.events]

    judged, apart = copies(), copies()
    reading = _verifier.StoryReading(judged, doc)
    kept = [ev for ev, keep in zip(judged, _verifier.verdicts(judged, doc, 0.45, reading)) if keep]
    _verifier.calibrate(kept, doc, story=True, reading=reading)
    kept_apart = [ev for ev, keep in zip(apart, _verifier.verdicts(apart, doc, 0.45)) if keep]
    _verifier.calibrate(kept_apart, doc, story=True, judged=apart)
    assert kept and [ev.confidence for ev in kept] == [ev.confidence for ev in kept_apart]
    assert [ev.explanation.notes for ev in kept] == [ev.explanation.notes for ev in kept_apart]


def test_an_event_the_reading_did_not_read_is_read_with_the_storys_context():
    doc = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2025-03-04")
    reading = _verifier.StoryReading(doc.events[:-1], doc)
    outsider = doc.events[-1]
    assert reading.features_of(outsider) == _verifier.features(outsider, doc, reading.context, reading.beliefs)
