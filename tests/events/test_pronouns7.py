"""Pronouns and short references (audit 7): invented stories pinning whom "he", "she", "it" and "they"
stand for, and who acts in an infinitive after an object."""
from __future__ import annotations


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


def test_the_object_of_prompted_is_the_one_who_speaks(code_all):
    # "prompted the businessman to say he ...": the businessman says it, so "he" is him, not the
    # minister named before.
    events = code_all("Kenyan Finance Minister John Mwangi unveiled the budget on Monday. The row prompted "
                      "businessman Peter Otieno to say he would sue the finance ministry.")
    ev = _in(events, "ACCUSE", "sue")
    assert [(a.code, a.sector) for a in ev.actor] == [("KEN", "BUS")]


def test_an_instrument_infinitive_stays_with_the_subject():
    # "used his budget to attack ...": the one who uses the budget attacks; only verbs that get
    # someone else to act hand the infinitive to their object.
    from eventwire.events import _syntax as syn
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The finance minister used his budget to say the opposition had lied.")
    say = next(t for t in doc if t.text == "say")
    subj = syn.subject_of(say)
    assert subj is not None and subj.text == "minister"


def test_a_subject_inside_the_reported_words_is_nearer_than_the_speaker(code_all):
    # "X lied when he ..., say Y": "he" goes on with X, not with those who say it.
    # (the officials' own charge, "lied", is an ACCUSE of theirs since rpt26: the one read here is "accused")
    events = code_all("Kenyan President John Mwangi lied when he accused Uganda of arming the rebels, "
                      "say Tanzanian officials.")
    ev = next(e for e in events if e.event == "ACCUSE" and e.explanation.trigger == "accused")
    assert [a.code for a in ev.actor] == ["KEN"]


def test_a_spokesmans_he_is_the_man_he_speaks_for(code_all):
    # "His spokesman said he would ...": "he" is the opposition leader, not a government spokesman.
    events = code_all("Kenyan opposition leader Samuel Wanjiru rejected the election result on Monday. "
                      "His spokesman said he would ask Uganda to mediate.")
    ev = _in(events, "REQUEST", "ask")
    assert [(a.code, a.sector) for a in ev.actor] == [("KEN", "OPP")]


def test_she_does_not_go_on_with_a_man(code_all):
    # The subject before is "Mr Mwangi"; "she" cannot be him, so it is the woman named before.
    events = code_all("Ugandan Foreign Minister Grace Nakato met Kenyan President John Mwangi in Nairobi. "
                      "Mr Mwangi welcomed Mrs Nakato's proposal for a joint commission. "
                      "Later she urged Kenya to reopen the border.")
    ev = _in(events, "REQUEST", "urged")
    assert [a.code for a in ev.actor] == ["UGA"]
    assert [r.code for r in ev.recipient] == ["KEN"]


def test_a_narrators_he_skips_a_name_inside_someone_elses_quotation(code_all):
    # Okello is named only inside Mwangi's quoted words; the narrator's "He" is Mwangi.
    events = code_all('Kenyan President John Mwangi spoke to reporters on Monday. '
                      '"I met Ugandan President Paul Okello at the summit." It was a tense meeting. '
                      'He then urged Tanzania to reopen its border.')
    ev = _in(events, "REQUEST", "urged")
    assert [a.code for a in ev.actor] == ["KEN"]


def test_a_quotation_inside_the_narrators_sentence_does_not_break_its_subject(code_all):
    # The woman who marches up, quoting her own words, then accuses; not the president named before.
    events = code_all('Kenyan President John Mwangi visited a school in Mombasa on Monday. The row began in a '
                      'classroom, with Grace Achieng marching up to him, saying "John, you have failed us" as she '
                      'accused the government of neglect.')
    ev = _in(events, "ACCUSE", "accused")
    assert ev.actor and all(a.sector != "GOV" for a in ev.actor)


def test_it_goes_on_with_a_body_owned_by_a_person_named_before(code_all):
    # "Mrs Merkel's cabinet ... before it accuses ...": the German cabinet, not the Commission that
    # acted last. (A real name in an invented story, so that the tables code the chancellor.)
    events = code_all("Chancellor Angela Merkel returned from Paris on Monday. The European Commission then "
                      "proposed new steel quotas. Mrs Merkel's cabinet will study the quotas before it accuses "
                      "Belgium of dumping.", published="2010-05-01")
    ev = _in(events, "ACCUSE", "accuses")
    assert {a.code for a in ev.actor} == {"DEU"}


def test_they_wants_a_plural_not_the_man_who_acted_last(code_all):
    # "They" cannot be the president (one man, the latest actor): the parties named just before are.
    events = code_all("Kenyan President John Mwangi presented his budget on Tuesday. According to the opposition "
                      "parties, it is a fraud. They accused him of hiding the deficit.")
    ev = _in(events, "ACCUSE", "accused")
    assert [(a.code, a.sector) for a in ev.actor] == [("KEN", "OPP")]
    assert [(r.code, r.sector) for r in ev.recipient] == [("KEN", "GOV")]


def test_the_government_is_not_that_of_a_town_people_travel_from(code_all):
    # "arriving from Kampala" names where passengers came from; "the government" is the one acting
    # in the story (Kenya's), not Uganda's.
    events = code_all("Kenya's Interior Ministry tightened checks at the airport on Monday. Passengers arriving "
                      "from Kampala were screened for hours. Later the government accused smugglers of "
                      "exploiting the border.")
    ev = _in(events, "ACCUSE", "accused")
    assert [a.code for a in ev.actor] == ["KEN"]
