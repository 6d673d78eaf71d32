"""Role resolution, fifteenth session: an army the phrase gives no nationality is the one the story gave
its soldiers, not the country where it is; epithets and firms' officers in whole sentences. Invented sentences."""
from __future__ import annotations


def _find(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


def test_an_army_patrol_takes_the_nationality_the_story_gave_its_soldiers(code_all):
    events = _find(code_all("Turkish soldiers crossed into northern Iraq on Monday. Near Zakho, Kurdish rebels "
                            "ambushed an army patrol and killed two soldiers."), "ASSAULT")
    hits = [e for e in events if any("patrol" in r.entity_text for r in e.recipient)]
    assert hits and _codes(hits[0].recipient) == {"TUR"}


def test_an_army_patrol_with_two_armies_named_keeps_the_place(code_all):
    # Two states' forces named before: neither is the obvious owner of "an army patrol".
    events = _find(code_all("Indian troops and Pakistani soldiers exchanged fire in Kashmir. In Lahore, gunmen "
                            "attacked an army patrol."), "ASSAULT")
    hits = [e for e in events if any("patrol" in r.entity_text for r in e.recipient)]
    assert hits and "IND" not in _codes(hits[0].recipient)


def test_the_jewish_state_is_israel_in_a_sentence(code_all):
    events = code_all("Palestinian leaders condemned Israel on Sunday. Later the Jewish state imposed a "
                      "curfew on Hebron.")
    later = [e for e in events if "Jewish state" in " ".join(a.entity_text for a in e.actor)]
    assert later and _codes(later[0].actor) == {"ISR"}


def test_an_unknown_firm_s_chief_executive_is_no_government(code_all):
    events = code_all("Zentrix Chief Executive Paul Varga criticised the union's strike plans on Friday.")
    assert events and all(a.sector != "GOV" for e in events for a in e.actor)


# --- passives: the story's government is no guess for a maker the sentence names or for an act on its forces

def test_a_passive_with_an_uncoded_agent_is_no_act_of_the_government(code_all):
    events = _find(code_all("Norway's pension rules changed last year. The Norwegian pension scheme has been "
                            "condemned as unfair by a small savers' club."), "ACCUSE")
    assert events and all(a.sector != "GOV" for e in events for a in e.actor)


def test_an_act_on_the_state_s_own_police_with_no_maker_is_no_act_of_the_government(code_all):
    events = _find(code_all("Norway held a tense election on Sunday. Norwegian police were accused of heavy-handed "
                            "tactics at a rally in Oslo."), "ACCUSE")
    assert events and all(a.sector != "GOV" for e in events for a in e.actor)


def test_local_people_are_of_the_land_the_story_is_set_in(code_all):
    events = code_all("American marines searched the hills around Kandahar and the villages near Spin Boldak on "
                      "Monday. Local commanders have threatened to attack anyone who hides the fugitives.")
    hits = [e for e in events if any("Local commanders" in a.entity_text for a in e.actor)]
    assert hits and _codes(hits[0].actor) == {"AFG"}


# --- a state described instead of named is the state named last -------------------------------------

def test_a_described_state_is_the_state_named_last(code_all):
    events = code_all("Canada condemned Haiti on Monday over the vote. The Caribbean country accused Ottawa of "
                      "meddling in its affairs.")
    hits = [e for e in events if e.event == "ACCUSE" and any("Caribbean" in a.entity_text for a in e.actor)]
    assert hits and _codes(hits[0].actor) == {"HTI"}


def test_the_neighbouring_country_is_not_the_state_named_last(code_all):
    events = code_all("Canada condemned Haiti on Monday over the vote. The neighbouring country accused Ottawa of "
                      "meddling in its affairs.")
    hits = [e for e in events if e.event == "ACCUSE" and any("neighbouring" in a.entity_text for a in e.actor)]
    assert all("HTI" not in _codes(e.actor) for e in hits)


def test_a_shared_group_name_in_a_list_of_parties_follows_the_document(code_all):
    events = code_all("Israel rejected the truce offer on Monday. The offer was made by Hamas and Islamic Jihad "
                      "in Gaza.")
    made = [e for e in events if any("Jihad" in a.entity_text or "Hamas" in a.entity_text for a in e.actor)]
    assert made and all("LBN" not in _codes(e.actor) for e in made)
