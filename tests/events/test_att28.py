"""Attribution, att28 (twenty-sixth session): who says so, along classes of construction, on invented sentences.

- an individual known only by a role ("officials said", "a senior banker said", "Trade Ministry officials here
  said") is an unnamed source, anonymous; a named one ("Foreign Minister Ana Ruiz said") and a spokesman, who
  speaks on the record for an office, stay official;
- a reporting clause that closes the sentence after a comma ("..., a Senate source said.") tells everything
  the sentence said before it, however the clauses before were parsed;
- a pronoun reporter is the source it stands for: a relative pronoun the noun its clause hangs on, "they" or
  "he" the last source of its number in the sentences just before;
- a reporting verb in a relative clause, or heading a clause coordinated after the event's with a subject of its
  own, tells only its own clause;
- a relative clause on the act's own doer speaks for the act ("seized by the navy, which claims ...");
- "who" is a relative pronoun, not the World Health Organization; unions and associations, and firms and their
  spokesmen, are organizations; an economist speaks for himself; a quotation is its speaker's.
"""
from __future__ import annotations

import pytest

PUBLISHED = "1987-04-20"


def _kinds(code_all, text: str, plover: str) -> list[set[str]]:
    return [{a.type for a in e.attribution} for e in code_all(text) if e.event == plover]


@pytest.mark.parametrize("source", ["officials", "Trade Ministry officials here", "a senior banker",
                                    "the diplomat", "One official", "U.S. officials", "Western diplomats in Lima"])
def test_an_individual_known_only_by_a_role_is_anonymous(code_all, source):
    kinds = _kinds(code_all, f"Peru expelled two Bolivian diplomats on Monday, {source} said.", "SANCTION")
    assert kinds and all(k == {"anonymous"} for k in kinds)


@pytest.mark.parametrize("source", ["Peruvian Foreign Minister Ana Ruiz", "a Foreign Ministry spokesman",
                                    "the Peruvian government", "Trade Minister Luis Vega"])
def test_a_named_official_or_an_office_stays_official(code_all, source):
    kinds = _kinds(code_all, f"Peru expelled two Bolivian diplomats on Monday, {source} said.", "SANCTION")
    assert kinds and all(k == {"official"} for k in kinds)


@pytest.mark.parametrize("text", [
    "Peru criticised Bolivia over the border closure, but Bolivian President Luis Arce said no decision had been "
    "made, a Senate source said.",
    "Peru criticised Bolivia over the border closure, and Bolivia's president said nothing had been decided, "
    "a congressional source said on Tuesday.",
])
def test_a_closing_reporting_clause_tells_the_whole_sentence(code_all, text):
    kinds = _kinds(code_all, text, "ACCUSE")
    assert kinds and all("anonymous" in k for k in kinds)


def test_a_closing_media_clause_is_kept_beside_the_nested_speaker(code_all):
    kinds = _kinds(code_all, "Chile said it had expelled two Peruvian diplomats for spying, state radio said on "
                             "Sunday.", "SANCTION")
    assert kinds and all("media" in k for k in kinds)


@pytest.mark.parametrize("second", ["The rebels also seized two towns in the south, they said.",
                                    "They said the rebels also seized two towns in the south."])
def test_they_said_stands_for_the_last_plural_source(code_all, second):
    events = code_all("Police sources said rebels attacked an army barracks near the border. " + second)
    kinds = [{a.type for a in e.attribution} for e in events if "seized" in (e.sentence or "")]
    assert kinds and all(k == {"anonymous"} for k in kinds)


def test_he_said_stands_for_the_last_singular_source(code_all):
    events = code_all("Trade Minister Luis Vega said Peru would impose tariffs on Chilean copper. "
                      "Peru also expelled two Chilean diplomats, he said.")
    kinds = [{a.type for a in e.attribution} for e in events if "expelled" in (e.sentence or "")]
    assert kinds and all(k == {"official"} for k in kinds)


def test_a_relative_clause_reports_only_itself(code_all):
    events = code_all("The two ministers fled to the embassy after troops attacked their homes, the source, who "
                      "said he had spoken to people inside, told Reuters.")
    kinds = [{a.type for a in e.attribution} for e in events if e.event == "ASSAULT"]
    assert kinds and all("anonymous" in k and "organization" not in k for k in kinds)


def test_a_coordinated_report_does_not_tell_the_first_clause(code_all):
    for act in ("fired on", "detained"):
        events = code_all(f"The Chilean navy {act} a Peruvian trawler near Arica, and fishermen told local "
                          "newspapers the boat had been in international waters.")
        kinds = [{a.type for a in e.attribution} for e in events if e.event in ("ASSAULT", "COERCE")]
        assert kinds and all("person" not in k for k in kinds)


@pytest.mark.parametrize("source", ["Australian trade unions", "Two Australian teachers' associations"])
def test_unions_and_associations_are_organizations(code_all, source):
    events = code_all(f"{source} said they would strike in Sydney next week to protest against the new laws.")
    kinds = [{a.type for a in e.attribution} for e in events]
    assert kinds and all(k == {"organization"} for k in kinds)


def test_he_stands_for_the_person_of_his_own_sentence_not_what_he_reports(code_all):
    events = code_all("President Luis Arce has denied sending troops to the border, although he has admitted that "
                      "Bolivia expelled two Chilean diplomats.")
    kinds = [{a.type for a in e.attribution} for e in events]
    assert kinds and all(k == {"official"} for k in kinds)


@pytest.mark.parametrize("source", ["a company spokesman", "the airline", "Acme Corp"])
def test_a_firm_speaks_as_an_organization(code_all, source):
    events = code_all(f"Acme Corp will withdraw from the Peruvian market, {source} said.")
    kinds = [{a.type for a in e.attribution} for e in events]
    assert kinds and all(k == {"organization"} for k in kinds)


@pytest.mark.parametrize("text", ['"We will retaliate against Peru," a senior Chilean official said.',
                                  '"We will retaliate against Peru," said a senior Chilean official.'])
def test_a_quotation_is_its_speakers(code_all, text):
    kinds = [{a.type for a in e.attribution} for e in code_all(text) if e.event == "THREATEN"]
    assert kinds and all(k == {"anonymous"} for k in kinds)


def test_an_economist_speaks_for_himself(code_all):
    events = code_all("Peru will retaliate against Chile, added Carlos Ruiz, economist at Banco Andino in Lima.")
    kinds = [{a.type for a in e.attribution} for e in events]
    assert kinds and all(k == {"person"} for k in kinds)


def test_a_hyphen_inside_a_name_does_not_cut_the_source(code_all):
    events = code_all("Peru and Chile have agreed to end the border dispute, Chilean Minister of State for Foreign "
                      "Affairs Ana al-Rashid said.")
    assert events and all(a.text.startswith("Chilean Minister") for e in events for a in e.attribution)


@pytest.mark.parametrize("text", [
    "The two tankers were seized by the Iranian navy, which claims they had entered its waters.",
    "The charge was denied by the Chilean government, which said it had never sent troops.",
])
def test_a_relative_clause_on_the_doer_speaks_for_its_act(code_all, text):
    events = [e for e in code_all(text) if e.event in ("COERCE", "SEIZE", "REJECT")]
    assert events and all({a.type for a in e.attribution} == {"official"} for e in events)
