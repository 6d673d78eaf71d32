"""Recipients on unseen conflict and diplomacy stories (audit 8c): invented sentences pinning which
words name a party to the event and which only say where, or what."""
from __future__ import annotations

import pytest


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


@pytest.mark.parametrize("text, kind, town_code", [
    ("Canada has refused to ratify the Kyoto protocol, its environment minister said.", "REJECT", "JPN"),
    ("Peru rejected the Geneva accord on Tuesday.", "REJECT", "CHE"),
])
def test_a_town_in_an_agreements_name_is_no_party(code_all, text, kind, town_code):
    # "the Kyoto protocol" is named after the town where it was made: Japan is not its party, and not
    # the target of a refusal to sign it.
    ev = _in(code_all(text), kind, "rejected" if "rejected" in text else "refused")
    assert town_code not in {r.code for r in ev.recipient}, ev.recipient


def test_a_country_in_an_agreements_name_still_names_a_party(code_all):
    # "the Anglo-Irish agreement" names its parties, not a place.
    ev = _in(code_all("Peru rejected the Anglo-Irish agreement."), "REJECT", "rejected")
    assert ev.recipient, ev


@pytest.mark.parametrize("text, kind, venue", [
    ("Chilean officials agreed to resume negotiations in Switzerland next month.", "AGREE", "CHE"),
    ("Chile agreed to hold talks in Uruguay with its neighbours.", "AGREE", "URY"),
])
def test_where_talks_are_held_is_no_party(code_all, text, kind, venue):
    # A place after a meeting's "in" is where it is held, a town or a country alike.
    ev = _in(code_all(text), kind, "agreed")
    assert venue not in {r.code for r in ev.recipient}, ev.recipient


def test_a_partner_named_with_with_is_still_the_recipient(code_all):
    # The town after "in" is where; the country after "with" is whom.
    evs = [e for e in code_all("Chile signed a pact with Bolivia in Lima.") if "signed" in e.sentence]
    assert evs and "BOL" in {r.code for r in evs[0].recipient}, evs


@pytest.mark.parametrize("text, hit", [
    ("A bomb blast at the Kenyan army headquarters killed two soldiers and wounded 30, police said.", "KEN"),
    ("An attack on the Chilean embassy killed a guard.", "CHL"),
])
def test_what_an_attack_hit_is_not_who_made_it(code_all, text, hit):
    # The subject "an attack on X" names X as what was hit (or where); the attacker is its "by" phrase.
    ev = _in(code_all(text), "ASSAULT", "killed")
    assert hit not in {a.code for a in ev.actor}, ev.actor


def test_an_attacks_by_phrase_is_still_its_author(code_all):
    ev = _in(code_all("An attack by Ugandan rebels on a village killed ten people."), "ASSAULT", "killed")
    assert [a.code for a in ev.actor] == ["UGA"], ev.actor


def test_where_weapons_were_made_is_no_target(code_all):
    # "Chinese-made missiles" were fired, not hit: the country that made them is no party.
    ev = _in(code_all("Rebels fired Chinese-made missiles at the Nepalese army base."), "ASSAULT", "fired")
    assert "CHN" not in {r.code for r in ev.recipient}, ev.recipient
    assert "NPL" in {r.code for r in ev.recipient}, ev.recipient
