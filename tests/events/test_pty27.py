"""Parties of business and debt stories (session 25, pty27). Unnamed lenders' groups act as one party: the
industrialised states, creditor states and lending agencies as an intergovernmental party (IGO), commercial
creditor banks as firms (MNC); a complaint is aimed at whoever did what it is about, a rejected request at
its makers; states that renew their commitment together commit to one another, a body's mission visits its
host, "the country" a loan is to help is the story's state, a meeting speaks for its holders, and a debtor's
move in a sentence that names its lenders is aimed at them. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _parties(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-03-03")
    return [([a.code for a in ev.actor], [r.code for r in ev.recipient]) for ev in doc.events if ev.event == kind]


CLUBS = [
    ("The leading industrialised nations agreed on new rules for export credits, the OECD said.", "AGREE"),
    ("The industrial countries have agreed on common rules for farm subsidies, officials said.", "AGREE"),
    ("Official lending agencies approved new loans to Chile.", "AID"),
    ("The Consultative Group for Kenya, chaired by the World Bank, urged Kenya to cut spending.", "REQUEST"),
]


@pytest.mark.parametrize("text,kind", CLUBS)
def test_unnamed_groups_of_states_and_lending_agencies_act_as_one_intergovernmental_party(pipe, text, kind):
    got = _parties(pipe, text, kind)
    assert got and all(actors == ["IGO"] for actors, _ in got), got


def test_a_coordinated_agency_shares_the_donor_states_group(pipe):
    got = _parties(pipe, "Donor countries and agencies pledged 900 mln dlrs in aid to Kenya.", "AGREE")
    assert got and all("KEN" not in actors and "IGO" in actors for actors, _ in got), got


def test_the_group_after_a_consultative_group_is_that_group(pipe):
    text = ("PARIS, March 3 - The Consultative Group for Ghana met here this week. The Group urged Ghana to "
            "press on with its reforms.")
    got = _parties(pipe, text, "REQUEST")
    assert got and all(actors == ["IGO"] for actors, _ in got), got


BANKS = [
    ("Creditor banks agreed to extend Argentina's short-term credit lines.", "AGREE", "actor"),
    ("Argentina asked creditor banks for new loans.", "REQUEST", "recipient"),
    ("Chile asked its commercial bank creditors for a new loan.", "REQUEST", "recipient"),
]


@pytest.mark.parametrize("text,kind,side", BANKS)
def test_creditor_banks_are_firms_of_no_one_state(pipe, text, kind, side):
    got = _parties(pipe, text, kind)
    assert got and all("MNC" in (a if side == "actor" else r) for a, r in got), got


def test_central_banks_are_no_creditor_banks(pipe):
    got = _parties(pipe, "The central banks agreed to intervene on currency markets, the Bundesbank said.", "AGREE")
    assert all("MNC" not in actors for actors, _ in got), got


COMPLAINTS = [
    ("Peru's finance minister complained that the IMF had imposed tight limits on credit.", "PER", "IGO"),
    ("The Peruvian president complained that Chile had closed the border.", "PER", "CHL"),
    ("Ghana complained that creditor banks had imposed harsh terms on its loans.", "GHA", "MNC"),
]


@pytest.mark.parametrize("text,actor,recipient", COMPLAINTS)
def test_a_complaint_is_aimed_at_the_subject_of_what_it_is_about(pipe, text, actor, recipient):
    got = _parties(pipe, text, "ACCUSE")
    assert got and all(actor in a and recipient in r for a, r in got), got


def test_a_complaint_about_being_done_to_names_no_recipient_from_its_victim(pipe):
    got = _parties(pipe, "Peru complained that it had been treated unfairly by its neighbours.", "ACCUSE")
    assert all("PER" not in r for _, r in got), got


def test_a_rejected_request_by_uncoded_people_is_aimed_at_the_actors_own_people(pipe):
    got = _parties(pipe, "Taiwan's central bank governor rejected a request by exporters to halt the rise of "
                         "the currency.", "REJECT")
    assert got and all(r == ["TWN"] for _, r in got), got


def test_a_rejected_request_by_foreigners_is_not_the_actors_own(pipe):
    got = _parties(pipe, "Taiwan's central bank governor rejected a request by foreign exporters to halt the "
                         "rise of the currency.", "REJECT")
    assert all("TWN" not in r for _, r in got), got


def test_states_renewing_their_commitment_together_commit_to_one_another(pipe):
    got = _parties(pipe, "The United States, Japan and West Germany reaffirmed their commitment to stabilise "
                         "currencies.", "AGREE")
    assert got and all(set(r) == {"USA", "JPN", "DEU"} for _, r in got), got


def test_one_state_renewing_its_commitment_is_not_its_own_recipient(pipe):
    got = _parties(pipe, "Britain reaffirmed its commitment to the peace plan.", "AGREE")
    assert all("GBR" not in r for _, r in got), got


def test_a_bodys_mission_arriving_for_talks_meets_its_host(pipe):
    got = _parties(pipe, "An IMF team arrived in Zambia for talks on the economy.", "CONSULT")
    assert got and all(a == ["IGO"] and r == ["ZMB"] for a, r in got), got


def test_the_country_a_loan_is_to_help_is_the_storys_state(pipe):
    text = ("MANILA, March 3 - The World Bank approved two loans to help the country's industrial reform program. "
            "The loans total 300 mln dlrs.")
    got = _parties(pipe, text, "AID")
    assert got and all("PHL" in r for _, r in got), got


@pytest.mark.parametrize("text", [
    "The Consultative Group meeting, attended by 12 donor countries, urged Kenya to cut spending.",
    "The meeting, chaired by the World Bank, urged Kenya to cut spending.",
    "A meeting of creditor governments urged Kenya to cut spending.",
])
def test_a_meeting_speaks_for_those_who_hold_it(pipe, text):
    got = _parties(pipe, text, "REQUEST")
    assert got and all(a == ["IGO"] and "KEN" in r for a, r in got), got


def test_a_meeting_that_names_no_holder_has_no_actor(pipe):
    got = _parties(pipe, "The meeting urged Kenya to cut spending.", "REQUEST")
    assert all(not any(a) for a, _ in got), got


def test_a_state_coordinated_with_creditor_states_is_no_member_of_their_group(pipe):
    got = _parties(pipe, "The Western creditor governments and Kuwait agreed to refinance Peru's debt.", "AGREE")
    assert got and all("IGO" in a and "KWT" in a for a, _ in got), got


LENDERS = [
    ("LIMA, May 3 - Peru is negotiating a freeze on interest payments with commercial banks, the central bank said. "
     "Peru owes 14 billion dlrs abroad. Peru has paid little since 1985.", "CONSULT", "PER"),
    ("MANILA, May 3 - The Philippines agreed to make early payments of principal to foreign banks under the new "
     "debt package. The Philippines owes 28 billion dlrs. The package covers Philippine debts due until 1992.",
     "AGREE", "PHL"),
]


@pytest.mark.parametrize("text,kind,debtor", LENDERS)
def test_a_debtors_move_in_a_sentence_naming_its_lenders_is_aimed_at_them(pipe, text, kind, debtor):
    got = _parties(pipe, text, kind)
    assert got and all(a == [debtor] and r == ["MNC"] for a, r in got), got


def test_a_domestic_move_naming_no_lenders_still_takes_the_storys_country(pipe):
    text = ("LIMA, May 3 - Peru's opposition is resisting the new budget, the party said. Peru owes 14 billion "
            "dlrs abroad. Peru has paid little since 1985.")
    got = _parties(pipe, text, "REJECT") + _parties(pipe, text, "PROTEST")
    assert all("MNC" not in r for _, r in got), got
