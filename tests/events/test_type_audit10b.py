"""Type fixes from the second type audit of session 10 (10b) through the trigger lexicon (issue 3: a real event
counts only with its PLOVER type right). Each fix is a lexicon class in scripts/build_lexicon.py, checked against
the PLOVER manual; every case here is an invented sentence (the first five reuse the gold-tenth audit's)."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


def codes(side):
    return sorted({a.code for a in side if a.code})


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # a promise or pledge of retaliation or revenge is a threat of force (manual THREATEN: "all threats,
    # coercive or forceful warnings"), as a vow of retaliation already was
    ("The Chilean defence minister promised retaliation against Peru.", "promised", "THREATEN", ""),
    ("Bolivia's president pledged revenge on Chile for the shelling.", "pledged", "THREATEN", "violence"),
    ("The Bolivian defence minister has sworn revenge against Chile.", "sworn", "THREATEN", "violence"),
    ("The Bolivian president vowed revenge against Chile.", "vowed", "THREATEN", "violence"),
    # bare "swear" (a CAMEO synonym of 110, curse) is gone: what is sworn types the event (a vow to attack)
    ("Bolivian rebels swore to attack the army base.", "attack", "THREATEN", "violence"),
    # sacking an official is a dismissal (SANCTION), as firing is
    ("The Norwegian prime minister sacked the fisheries minister on Monday.", "sacked", "SANCTION", ""),
    # duties levied on another party's goods are a sanction, as imposed tariffs are (SANCTION 'discontinue')
    ("The Mexican customs agency began to levy duties on Brazilian steel.", "levy", "SANCTION", "discontinue"),
    ("Peru will apply a 50 percent tariff to Bolivian textiles.", "apply", "SANCTION", "discontinue"),
    # standing by one's remarks is refusing to retract them (manual REJECT: "all rejections and refusals")
    ("The Dutch minister said he stood by his remarks about Belgium.", "stood", "REJECT", ""),
    ("The Dutch prime minister stands by his criticism of the Belgian plan.", "stands", "REJECT", ""),
    # blocking a proposal or a bill rejects it; material coercion (COERCE) it is not
    ("The Polish senators blocked the Czech proposal on fishing quotas.", "blocked", "REJECT", ""),
    # shelving a complaint against another party eases legal pressure on it (manual CONCEDE)
    ("The Canadian trade office shelved its complaint against Mexico after the talks.", "shelved", "CONCEDE", ""),
    # ... and shelving talks with another party breaks them off, as calling them off does (SANCTION)
    ("The Danish government shelved talks with Iceland on fishing rights.", "shelved", "SANCTION", ""),
    # arming a force is military assistance (manual AID), not generic cooperation
    ("Iran equipped the rebels with rockets and mortars.", "equipped", "AID", ""),
])
def test_type_from_the_lexicon(code, text, trigger, plover, mode):
    assert (plover, mode) in on(code(text), trigger)


def test_promised_retaliation_keeps_both_sides(code):
    evs = [e for e in code("The Chilean defence minister promised retaliation against Peru.") if e.event == "THREATEN"]
    assert evs and codes(evs[0].actor) == ["CHL"] and codes(evs[0].recipient) == ["PER"]


def test_developing_a_plane_with_a_partner_is_cooperation(code):
    got = on(code("The Swedish defence ministry developed the new jet with Norway last year."), "developed")
    assert ("COOPERATE", "") in got


@pytest.mark.parametrize("text, trigger", [
    # bare "hinder", "hamper", "impede", "obstruct": a CAMEO synonym of 112 (accuse), but what they report is
    # something held back, no accusation
    ("The Chilean navy hindered a Peruvian fishing boat near the coast.", "hinder"),
    ("The Polish delegation obstructed the Czech proposal at the summit.", "obstruct"),
    ("Bolivian rebels swore to take revenge on the army.", "swore"),
    # bare "shelve" (112) and "equip" (062): a plan put aside, a ship's fittings
    ("The Swiss minister shelved the Austrian plan for a new road.", "shelved"),
    ("Sweden's defence ministry said the frigates will be equipped with Finnish missiles.", "equipped"),
    ("Zambian officials hampered the work of the Kenyan observers.", "hamper"),
])
def test_no_accusation_or_cooperation_from_bare_synonyms(code, text, trigger):
    assert not [t for t, _ in on(code(text), trigger) if t in ("ACCUSE", "COOPERATE", "AGREE")]
    assert not [e for e in code(text) if e.event in ("ACCUSE", "CONSULT", "AGREE")]  # nor from a word nearby


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the rows above leave the other senses alone
    ("The Chilean minister promised more aid to Peru.", "promised", "AGREE"),
    ("Britain stood by its ally France during the crisis.", "stood", "SUPPORT"),
    ("Hungarian farmers blocked the main road to the Austrian border.", "blocked", "PROTEST"),
    ("Chile applied to join the Pacific trade group.", "applied", "REQUEST"),
])
def test_other_senses_keep_their_type(code, text, trigger, plover):
    assert plover in [t for t, _ in on(code(text), trigger)]


def test_a_tax_on_ones_own_people_is_no_sanction(code):
    # "levy a tax": a government taxing its own people is no event between parties (no levy + tax row)
    assert "SANCTION" not in [t for t, _ in on(code("The Mexican government will levy a new tax on petrol."), "levy")]
