"""Recall (fifteenth session, rc15): events the coder missed in eval/gold-seventeenth, each rule pinned on
sentences written for the test. A party saying another party must, should or has to do something demands it
(REQUEST) whatever the act; wanting an act done in the passive asks for it; 'put X under house arrest' is
the subject's act on the object; an event noun told as happening ('clashes that erupted ...') reports the
event even after 'during'; protesters walking into a place demonstrate."""
from __future__ import annotations

PUBLISHED = "2024-06-03"


def _events(code_all, text):
    return [(e.event, e.mode, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}),
             sorted({a.sector for a in e.actor if a.sector}), sorted({r.sector for r in e.recipient if r.sector}))
            for e in code_all(text, published=PUBLISHED)]


def _types(code_all, text):
    return [x[0] for x in _events(code_all, text)]


# --- a demand made with a modal, whatever the act demanded ---------------------------------------------

def test_must_on_an_act_with_no_row_is_a_demand_of_the_subject(code_all):
    got = _events(code_all, "The opposition said the Prime Minister must explain why the audit was withheld.")
    assert any(e == "REQUEST" and "OPP" in asec and "GOV" in rsec for e, _, _, _, asec, rsec in got), got


def test_should_on_an_act_with_no_row_is_a_demand(code_all):
    got = _events(code_all, "The Egyptian foreign minister says the Israeli cabinet should disclose its plans for the settlements.")
    assert ("REQUEST", ["EGY"], ["ISR"]) in [(e, a, r) for e, _, a, r, _, _ in got], got


def test_has_to_in_reported_speech_is_a_demand(code_all):
    got = _events(code_all, "The Egyptian foreign minister says the Israeli government has to honour its commitments.")
    assert ("REQUEST", ["EGY"], ["ISR"]) in [(e, a, r) for e, _, a, r, _, _ in got], got


def test_a_speakers_own_duty_is_no_demand(code_all):
    assert "REQUEST" not in _types(code_all, "The minister says he must weigh the options carefully.")


def test_a_state_of_mind_is_no_demand(code_all):
    assert "REQUEST" not in _types(code_all, "Indonesia's foreign minister says the government must remain calm.")


def test_a_national_duty_told_by_ones_own_official_is_no_demand(code_all):
    assert "REQUEST" not in _types(code_all, "The Canadian finance minister says Canada must act quickly on the deficit.")


def test_a_conditional_should_is_no_demand(code_all):
    text = "If the minister should resign, the coalition would lose its majority, the Prime Minister said."
    assert "REQUEST" not in _types(code_all, text)


def test_the_writers_own_advice_is_no_demand(code_all):
    assert "REQUEST" not in _types(code_all, "The Israeli cabinet should disclose its plans for the settlements.")


# --- wanting an act done by others ---------------------------------------------------------------------

def test_wanting_an_act_done_in_the_passive_is_a_request(code_all):
    got = _events(code_all, "The British government wants an independent inquiry to be set up into the sale of the port.")
    assert any(e == "REQUEST" and a == ["GBR"] for e, _, a, _, _, _ in got), got


def test_wanting_to_be_consulted_asks_nothing_of_others(code_all):
    assert "REQUEST" not in _types(code_all, "The British government wants to be consulted on the sale of the port.")


# --- put under house arrest ----------------------------------------------------------------------------

def test_put_under_house_arrest_is_the_subjects_act_on_the_object(code_all):
    got = _events(code_all, "Kenyan police put the opposition leader under house arrest on Tuesday.")
    coerce = [x for x in got if x[0] == "COERCE"]
    assert coerce and all("COP" in asec and "OPP" in rsec for _, _, _, _, asec, rsec in coerce), got


def test_being_under_house_arrest_keeps_its_subject_as_the_one_held(code_all):
    got = _events(code_all, "The opposition leader has been under house arrest in Nairobi since March.")
    assert not any(e == "COERCE" and "OPP" in asec for e, _, _, _, asec, _ in got), got


# --- event nouns told as happening ---------------------------------------------------------------------

def test_clashes_that_erupted_are_reported_even_after_during(code_all):
    text = "Shops stayed shut in Karachi during clashes that erupted between police and opposition supporters."
    assert "ASSAULT" in _types(code_all, text)


def test_the_sides_of_clashes_hang_on_the_verb(code_all):
    got = _events(code_all, "Clashes erupted in Karachi on Sunday between police and opposition supporters.")
    assert any(e == "ASSAULT" and a == ["PAK"] for e, _, a, _, _, _ in got), got


def test_clashes_that_did_not_erupt_are_not_told(code_all):
    assert "ASSAULT" not in _types(code_all, "Officials feared clashes that might erupt during the vote in Karachi.")


def test_one_who_died_in_clashes_is_no_party_to_them(code_all):
    got = _events(code_all, "An opposition supporter died during clashes that erupted in Karachi on Sunday.")
    assert not any(e == "ASSAULT" and "OPP" in asec for e, _, _, _, asec, _ in got), got


# --- protesters going in --------------------------------------------------------------------------------

def test_dozens_of_demonstrators_walking_in_protest(code_all):
    got = _events(code_all, "Dozens of demonstrators walked into the parliament building in Canberra on Monday.")
    assert any(e == "PROTEST" for e, *_ in got), got


def test_officials_walking_in_is_no_protest(code_all):
    assert "PROTEST" not in _types(code_all, "Dozens of officials walked into the parliament building in Canberra on Monday.")


# --- what the new rules must leave alone (unseen-story checks, seeds 1541/1542) ---------------------------

def test_has_yet_to_is_no_demand(code_all):
    text = "Chile's mining minister has yet to answer a Bolivian invitation to talks, a ministry official said."
    assert "REQUEST" not in _types(code_all, text)


def test_an_inverted_should_is_a_condition(code_all):
    text = "Korean officials said the shipyards would lay off workers should Japanese regulators take action."
    assert "REQUEST" not in _types(code_all, text)


def test_an_institutions_official_tells_its_own_duty(code_all):
    text = "The European Union should follow the crisis in the Gulf closely, EU Energy Commissioner Anna Berg said."
    assert "REQUEST" not in _types(code_all, text)


def test_rumoured_riots_are_not_told(code_all):
    assert "PROTEST" not in _types(code_all, "Shares slid on rumours that riots had broken out in the Malaysian capital.")


def test_under_the_terms_puts_no_one_under_anything(code_all):
    text = "Under the accord, Serbia must free the detained monitors within a week."
    assert not any(e == "COERCE" for e, *_ in _events(code_all, text))


# --- forces entering a state -----------------------------------------------------------------------------

def test_troops_entering_a_state_are_deployed(code_all):
    got = _events(code_all, "Hundreds of Ethiopian troops entered Somalia last week, elders said.")
    assert any(e == "MOBILIZE" and a == ["ETH"] for e, _, a, _, _, _ in got), got


def test_police_entering_a_state_are_no_deployment(code_all):
    assert "MOBILIZE" not in _types(code_all, "Two Dutch police officers entered Belgium to question the suspect.")


# --- too little done ---------------------------------------------------------------------------------------

def test_a_party_said_to_do_too_little_is_blamed(code_all):
    got = _events(code_all, "Indian officials say Bangladesh is not doing enough to stop smugglers crossing the border.")
    assert ("ACCUSE", ["IND"], ["BGD"]) in [(e, a, r) for e, _, a, r, _, _ in got], got


def test_too_little_done_with_no_speaker_blames_no_one(code_all):
    assert "ACCUSE" not in _types(code_all, "Bangladesh has not done enough to stop smugglers.")


def test_doing_enough_is_no_blame(code_all):
    assert "ACCUSE" not in _types(code_all, "Indian officials say Bangladesh is doing enough to stop smugglers.")
