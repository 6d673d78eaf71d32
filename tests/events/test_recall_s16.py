"""Recall and attribution (sixteenth session, rc16), each rule pinned on sentences written for the test.
Talks with a named party that an act followed ("issued the statement after talks with X") are told in the
sentence, not pointed back to; the "of" object of a forceful act's noun ("the arrest of five militants") is
the one it is done to; a passive reporting verb with no teller ("is reported to have resigned") and the
adverb "reportedly" put the event on the press's word; a pronoun announcing its own act speaks as the
party it was resolved to. An attack noun's "from" object is its maker ("air attacks from US warplanes"),
and what an attack noun is the "by" agent of a passive on is struck by it ("a town battered by air strikes")."""
from __future__ import annotations

PUBLISHED = "2024-06-03"


def _events(code_all, text):
    return [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in code_all(text, published=PUBLISHED)]


def _sources(code_all, text, plover):
    return [[a.type for a in e.attribution] for e in code_all(text, published=PUBLISHED) if e.event == plover]


# --- talks that an act followed --------------------------------------------------------------------------

def test_talks_with_a_named_party_after_which_an_act_came_are_coded(code_all):
    text = "Kenya's foreign minister signed the communique yesterday after talks with Somali government envoys."
    got = _events(code_all, text)
    assert any(e == "CONSULT" and "KEN" in a and "SOM" in r for e, a, r in got), got


def test_talks_after_with_a_place_in_between_are_coded(code_all):
    text = "Ministers from the African Union issued a joint appeal after talks in Addis Ababa with Sudan's army chief."
    got = _events(code_all, text)
    assert any(e == "CONSULT" and "SDN" in r for e, a, r in got), got


def test_the_talks_already_told_stay_a_reference(code_all):
    text = "The Kenyan minister flew home after the talks with Somali envoys."
    assert "CONSULT" not in [e for e, _, _ in _events(code_all, text)]


def test_talks_with_nobody_named_stay_a_time_reference(code_all):
    text = "The Kenyan minister flew home after talks that lasted all night."
    assert "CONSULT" not in [e for e, _, _ in _events(code_all, text)]


# --- the one a forceful act's noun is done to ------------------------------------------------------------

def test_the_of_object_of_an_arrest_is_its_recipient(code_all):
    got = _events(code_all, "The Iraqi interior ministry announced the arrest of three Islamic State militants in Mosul.")
    assert ("COERCE", ["IRQ"], ["IMG"]) in got, got


def test_a_date_after_of_is_no_recipient(code_all):
    got = _events(code_all, "Kenyan police blamed the bombings of last Tuesday on al-Shabaab.")
    assert all(not r or "IMG" in r for e, a, r in got if e == "ASSAULT"), got


# --- reports that name no teller --------------------------------------------------------------------------

def test_is_reported_to_have_done_is_a_media_source(code_all):
    text = "Peru's interior minister is reported to have resigned over the arrests."
    assert ["media"] in _sources(code_all, text, "RETREAT")


def test_reportedly_is_a_media_source(code_all):
    text = "The Brazilian tax authority is reportedly investigating the mining company's former chief."
    assert any("media" in s for s in _sources(code_all, text, "ACCUSE"))


def test_a_named_reporter_is_still_the_source(code_all):
    text = "Peru's interior ministry said police had arrested the mayor of Lima."
    assert ["official"] in _sources(code_all, text, "COERCE")


def test_a_pronoun_announcing_its_own_appeal_speaks_for_its_office(code_all):
    text = "Egypt's foreign minister arrived in Paris on Monday. He called on France and Germany to stop arms sales to the rebels."
    assert ["official"] in _sources(code_all, text, "REQUEST")


# --- who makes an attack named by a noun, and who suffers it ---------------------------------------------

def test_an_attack_from_hardware_is_made_by_its_users(code_all):
    text = "Residents of Gaza fled heavy shelling from Israeli tanks on Sunday."
    got = _events(code_all, text)
    assert any(e == "ASSAULT" and "ISR" in a for e, a, r in got), got


def test_what_an_attack_noun_batters_is_its_recipient(code_all):
    text = "The rebel-held Syrian town of Saraqeb, battered by Russian air strikes, emptied overnight."
    got = _events(code_all, text)
    assert any(e == "ASSAULT" and "RUS" in a and "SYR" in r for e, a, r in got), got


def test_an_absolute_participle_names_who_the_attacks_hamper(code_all):
    text = ("The town would fall by nightfall, with the Houthi rebels' defences weakened by "
            "air attacks from Saudi warplanes.")
    got = _events(code_all, text)
    assert any(e == "ASSAULT" and "SAU" in a and "SAU" not in r and r for e, a, r in got), got
