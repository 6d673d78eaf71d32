"""Recipients (audit 10, 25 unseen Reuters and BBC stories): the other side of "in its talks with X" is the
recipient of what is agreed or asked in them; a short definite "the commission" is the body named in full
before; a debtor's "its creditor banks" are not its own; a currency named after a country ("U.S. dlrs") is
money, not a party, so it neither makes a story about that country nor lends it to agents. Invented
sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-04-02"


def parties(side):
    return [(p.code, p.sector) for p in side]


# "talks with X"


def test_agreement_made_in_talks_goes_to_the_other_side_of_the_talks(code_all):
    agreed = by_trigger(code_all("Moscow agreed to discuss troop cuts in Afghanistan and Mongolia in its talks "
                                 "with Peking, the agency said."), "agreed")
    assert [p.code for p in agreed.recipient] == ["CHN"], agreed.recipient


def test_negotiations_with_a_neighbour_name_the_recipient_among_other_countries(code_all):
    agreed = by_trigger(code_all("Chile agreed to cut duties on Brazilian and Peruvian wines in its "
                                 "negotiations with Argentina."), "agreed")
    assert [p.code for p in agreed.recipient] == ["ARG"], agreed.recipient


def test_talks_with_guard_an_object_named_by_the_clause_stays(code_all):
    # The clause names whom the act is aimed at: the talks' other side does not replace it.
    urged = by_trigger(code_all("Norway urged Denmark to cut catches during its talks with Iceland."), "urged")
    assert [p.code for p in urged.recipient] == ["DNK"], urged.recipient


def test_a_relationship_called_for_is_with_its_other_side(code_all):
    called = by_trigger(code_all("Peru called for a new relationship with the IMF and the World Bank."), "called")
    # Both lenders are international bodies of their own (IGO; the World Bank is no UN organ, rec21).
    assert {p.code for p in called.recipient} == {"IGO"}, called.recipient


# "the commission" after "the European Community commission"


def test_bare_ministers_repeat_the_ministers_named_in_full_before(code_all):
    text = ("The Danish farmers' union urged EC farm ministers on Monday to agree a new tax on soya. Union "
            "president Jens Holm said he had also urged ministers to cut milk quotas.")
    events = [e for e in code_all(text, published="1987-05-04") if e.explanation.trigger == "urged"]
    assert [p.code for p in events[-1].recipient] == ["EUR"], events[-1].recipient




def test_the_commission_is_the_body_named_in_full_before(code_all):
    text = ("BRUSSELS, April 2 - The European Community commission proposed new steel quotas on Monday. "
            "Steel makers in Italy and France said the plan was too harsh. The commission urged member "
            "states to cut output.")
    urged = by_trigger(code_all(text), "urged")
    assert [p.code for p in urged.actor] == ["EUR"], urged.actor


def test_the_commission_after_a_national_commission(code_all):
    text = ("TOKYO, April 2 - Japan's Fair Trade Commission opened an inquiry into rice dealers. The "
            "commission accused six firms of fixing prices.")
    accused = by_trigger(code_all(text), "accused")
    assert [p.code for p in accused.actor] == ["JPN"], accused.actor


def test_the_commission_guard_a_new_unnamed_commission_is_not_the_earlier_body(code_all):
    text = ("BRUSSELS, April 2 - The European Community commission proposed new steel quotas on Monday. "
            "Chile has set up a commission of inquiry into copper prices. The commission accused three "
            "mining firms of fixing prices.")
    accused = by_trigger(code_all(text), "accused")
    assert all(p.code != "EUR" for p in accused.actor), accused.actor


# creditors


def test_its_creditor_banks_are_not_the_debtors_own(code_all):
    text = "CARACAS, May 4 - Peru signed an agreement with its creditor banks on Monday, the finance minister said."
    signed = by_trigger(code_all(text, published="1987-05-04"), "signed")
    assert signed.recipient and all(p.code != "PER" for p in signed.recipient), signed.recipient


# currencies


ZAMBIA = ("LUSAKA, June 4 - Zambia's government froze all wages on Thursday. Its foreign debt is four billion "
          "U.S. dlrs. Zambia owes 300 mln U.S. dlrs in interest and 500 mln U.S. dlrs to foreign banks. "
          "Economists said the freeze would save 20 mln U.S. dlrs a year. The chamber of mines criticised "
          "the price controls.")


def test_a_currency_is_no_party_of_the_story(code_all):
    criticised = by_trigger(code_all(ZAMBIA, published="1987-06-04"), "criticised")
    assert all(p.code != "USA" for p in criticised.actor + criticised.recipient), (criticised.actor,
                                                                                    criticised.recipient)


def test_currency_guard_the_country_itself_still_acts(code_all):
    events = code_all("The U.S. won the vote on trade sanctions and urged Japan to cut its surplus in "
                      "dollars.")
    urged = by_trigger(events, "urged")
    assert [p.code for p in urged.actor] == ["USA"], urged.actor


def test_currency_mentions_are_not_entities():
    from eventwire.actors._mentions import find_actor_mentions

    text = "Kenya owes 300 mln U.S. dlrs and 20 bln Kenyan shillings to the U.S. Treasury."
    got = find_actor_mentions(text)
    money = [text.index("U.S. dlrs"), text.index("Kenyan")]
    assert not any(e.start <= i < e.end for e in got for i in money), got
    assert {e.code for e in got} >= {"KEN", "USA"}, got  # the country itself, and the Treasury's country
