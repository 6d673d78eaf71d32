"""Political acts inside business news (nineteenth session, biz19), each rule pinned on sentences written for
the test. Tightening a trade penalty or a restriction imposes more of it (the impose rows: SANCTION discontinue
for tariffs, duties and sanctions, COERCE restrict for curbs and restrictions); a party that "acted" or "moved"
to do something took that step, so the infinitive is the event, not an aim (but troops moving somewhere to do
something still only aim at it); a court or judge ruling that a party is barred or may not act restrains it by
court order (manual SANCTION), with the party restrained as recipient; a party saying it is not considering an
easing of its trade measure refuses it (REJECT, asserted); withdrawing or dropping a demand, proposal or objection
gives way (manual: "Withdrawing a demand should be coded as CONCEDE"), not a RETREAT; goods or money shipped or
sent "as (food) aid" are AID."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-06-02"


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text, published=published)]


def _types(code_all, text):
    return [e for e, _, _ in _events(code_all, text)]


# --- tightening trade penalties and restrictions (01) --------------------------------------------------------

def test_toughened_sanctions_are_a_sanction(code_all):
    got = _events(code_all, "Washington toughened its sanctions against Havana on Tuesday.")
    assert any(e == "SANCTION" and a == ["USA"] for e, a, r in got), got


def test_tightened_export_curbs_restrict(code_all):
    got = _events(code_all, "OTTAWA, June 2 - The Canadian government tightened its curbs on softwood lumber "
                            "exports last week.")
    assert any(e in ("COERCE", "SANCTION") and a == ["CAN"] for e, a, r in got), got


def test_tightened_security_is_no_restriction(code_all):
    assert "COERCE" not in _types(code_all, "The police tightened security around the stadium before the final.")


# --- a step taken: "acted to", "moved to" (02) ---------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("Tokyo's trade ministry acted on Monday to ban imports of Chilean copper.", ("SANCTION", "COERCE")),
    ("The Spanish cabinet moved quickly on Tuesday to freeze the assets of the exiled minister.", ("SANCTION",)),
])
def test_acting_to_do_something_is_doing_it(code_all, text, wanted):
    assert any(t in wanted for t in _types(code_all, text)), _types(code_all, text)


def test_troops_moving_somewhere_to_do_something_only_aim_at_it(code_all):
    types = _types(code_all, "Marines moved deeper into the valley to coordinate the search with local police.")
    assert "SUPPORT" not in types and "COOPERATE" not in types, types


# --- a court ruling that restrains a party (03) ---------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("LISBON, June 2 - A Lisbon court ruled that Portugal's state grain agency should not be allowed to take part "
     "in the tenders.", "PRT"),
    ("ROME, June 2 - An Italian court ordered that the state bank be barred from selling the shares until a "
     "hearing in July.", "ITA"),
    ("MANILA, June 2 - A Manila judge ordered the Philippine National Bank to halt the sale of the shares.", "PHL"),
])
def test_a_court_ruling_that_restrains_a_party_is_a_sanction(code_all, text, country):
    got = _events(code_all, text)
    assert any(e == "SANCTION" and a == [country] and r == [country] for e, a, r in got), got
    assert "REQUEST" not in [e for e, _, _ in got] and "CONCEDE" not in [e for e, _, _ in got], got


def test_a_court_still_to_decide_whether_to_block_sanctions_no_one(code_all):
    assert "SANCTION" not in _types(code_all, "WASHINGTON, June 2 - A federal court will decide next week whether "
                                              "to block the auction of the refinery.")


def test_a_court_ruling_that_permits_restrains_no_one(code_all):
    assert "SANCTION" not in _types(code_all, "WASHINGTON, June 2 - The Supreme Court ruled that the state law "
                                              "was constitutional.")


def test_a_government_that_will_not_allow_a_sale_rejects_it(code_all):
    # (no court: the refusal rule of the coder, unchanged by the court rule)
    assert "SANCTION" not in _types(code_all, "ROME, June 2 - The government will not allow the bank to sell "
                                              "the shares.")


# --- an easing of a trade measure ruled out (04) -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "SEOUL, June 2 - South Korea does not plan to lift its quota on American beef, a ministry official said.",
    "OTTAWA, June 2 - Canada is not considering cuts in its duties on imported cheese, the trade minister said.",
])
def test_not_weighing_an_easing_of_a_trade_measure_rejects_it(code_all, text):
    got = [(e.event, e.modality) for e in code_all(text, published=PUBLISHED)]
    assert ("REJECT", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "SEOUL, June 2 - South Korea is considering cuts in its tariffs on American beef, a ministry official said.",
    "SEOUL, June 2 - The central bank is not considering cuts in its lending rates.",
])
def test_weighing_an_easing_or_a_rate_cut_is_no_refusal(code_all, text):
    assert "REJECT" not in _types(code_all, text)


# --- a demand or proposal withdrawn (05) ---------------------------------------------------------------------


@pytest.mark.parametrize("text, actor", [
    ("TOKYO, June 2 - Washington has withdrawn its demand that Japan open its rice market, officials said.", "USA"),
    ("BRUSSELS, June 2 - France dropped its objection to the farm package on Tuesday.", "FRA"),
])
def test_withdrawing_a_demand_or_objection_concedes(code_all, text, actor):
    got = _events(code_all, text)
    assert any(e == "CONCEDE" and a == [actor] for e, a, r in got), got
    assert "RETREAT" not in [e for e, _, _ in got], got


def test_troops_withdrawn_stay_a_retreat(code_all):
    assert "RETREAT" in _types(code_all, "MOSCOW, June 2 - Russia withdrew its troops from the border town on Sunday.")


# --- goods or money given as aid (06) ------------------------------------------------------------------------


def test_goods_shipped_as_food_aid_are_aid(code_all):
    got = _events(code_all, "CANBERRA, June 2 - Australia shipped 30,000 tonnes of rice to Fiji last week as food aid, "
                            "officials said.")
    assert any(e == "AID" and a == ["AUS"] and r == ["FJI"] for e, a, r in got), got


def test_aid_to_be_shipped_is_an_agreement_to_aid(code_all):
    # PLOVER: a future AID is coded AGREE (the coder's rule); the gift is what makes it cooperation
    got = _events(code_all, "CANBERRA, June 2 - Australia will ship 30,000 tonnes of rice to Fiji next month as food "
                            "aid, officials said.")
    assert any(e in ("AGREE", "AID") and a == ["AUS"] for e, a, r in got), got


def test_goods_shipped_for_sale_are_no_aid(code_all):
    assert "AID" not in _types(code_all, "CANBERRA, June 2 - Australian traders shipped 30,000 tonnes of rice to "
                                         "Japan last week under a commercial contract.")
