"""A measure at the border eased or imposed on a partner's goods (bus31): a tariff, duty or quota, or an import tax,
control or restriction, that a party cuts, relaxes or eliminates for another party's goods is a concession to it
(CONCEDE); one it announces, imposes or raises on them, or imports of them it restricts, is a sanction (SANCTION),
whatever the verb. A levy on one's own people ("excise duties", "income taxes"), a measure with no partner's goods
named, and a pronoun that stands for the author ("in its budget") make no such event. Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on

PUBLISHED = "1987-05-04"


def codes(parties) -> list[str]:
    return sorted(p.code for p in parties if p.code)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Japan lowered tariffs on U.S. beef and citrus fruit, officials said.", "lowered", "JPN", "USA"),
    ("Indonesia will reduce import duties on Australian wheat from next month, the trade minister said.", "reduce",
     "IDN", "AUS"),
    ("Thailand has eliminated the import tax on Malaysian palm oil, the commerce ministry said.", "eliminated",
     "THA", "MYS"),
    ("Mexico cut import taxes on 40 products to ease its trade dispute with the United States, officials said.",
     "cut", "MEX", "USA"),
    ("Egypt relaxed import controls on Italian machinery last week, the economy ministry said.", "relaxed", "EGY",
     "ITA"),
])
def test_a_border_measure_eased_for_a_partner_is_a_concession(code_all, text, trigger, actor, recipient):
    events = on(code_all(text), trigger)
    assert [e.event for e in events] == ["CONCEDE"]
    assert codes(events[0].actor) == [actor] and recipient in codes(events[0].recipient)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("The White House announced 50 pct tariffs on 200 mln dlrs worth of Brazilian shoes.", "announced", "USA", "BRA"),
    ("Canada has restricted imports of Chilean apples, the agriculture ministry said.", "restricted", "CAN", "CHL"),
    ("Kenya introduced a 30 pct duty on Ugandan sugar on Monday, the finance ministry said.", "introduced", "KEN",
     "UGA"),
    # a plan announced for a sum in tariffs: the plan's measure
    ("On Monday Ottawa announced plans for as much as 90 mln dlrs in tariffs on American lumber.", "announced", "CAN",
     "USA"),
    # a quota caps what comes in: cutting it tightens
    ("The United States will cut the sugar quota for Philippine producers, officials said.", "cut", "USA", "PHL"),
])
def test_a_border_measure_imposed_on_a_partner_is_a_sanction(code_all, text, trigger, actor, recipient):
    events = on(code_all(text), trigger)
    assert [e.event for e in events] == ["SANCTION"]
    assert codes(events[0].actor) == [actor] and recipient in codes(events[0].recipient)


@pytest.mark.parametrize("text, trigger", [
    ("India cut import duties on capital goods in its budget, the finance minister said.", "cut"),
    ("The government will cut income taxes on small firms next year, the minister said.", "cut"),
    ("Pakistan lowered excise duties on cars and cement in its annual budget.", "lowered"),
    ("Brazil will reduce its coffee export quota, the minister said.", "reduce"),
    ("Chile restricted imports of luxury cars to save foreign exchange, the central bank said.", "restricted"),
    # trade described, not restricted: a passive of limiting that tells what the imports are
    ("Swedish imports from Zambia are limited mainly to copper ores used in its steel industry.", "limited"),
    # a known measure described again, its goods' owners named only in a clause on them
    ("WASHINGTON, May 4 - The United States imposed 100 pct tariffs on Japanese television sets on Friday. The tariffs "
     "were placed on items which were available from other sources so American consumers would feel little effect, "
     "the spokesman said.", "placed"),
])
def test_a_measure_with_no_partner_is_no_event(code_all, text, trigger):
    assert [e.event for e in on(code_all(text), trigger) if e.event in ("CONCEDE", "SANCTION")] == []


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    # (the partner of a waived right is the roles' to find, and they leave it to the story: not asked here)
    ("In return, Canada waived its right to impose import duties on the Korean steel.", "waived", "CAN", None),
    ("Taiwan announced plans for another round of import tariff cuts on 800 foreign goods before talks with Washington.",
     "announced", "TWN", "USA"),
    ("Japan will raise its import quota on U.S. beef next year, the ministry said.", "raise", "JPN", "USA"),
])
def test_a_right_waived_a_round_of_cuts_announced_a_quota_raised_are_concessions(code_all, text, trigger, actor,
                                                                                  recipient):
    events = on(code_all(text), trigger)
    assert [e.event for e in events] == ["CONCEDE"]
    assert codes(events[0].actor) == [actor] and (recipient is None or recipient in codes(events[0].recipient))


def test_a_decision_welcomed_is_not_its_welcomers_act(code_all):
    """The one who welcomes a decision is not its author: its content is no event of the welcomer's."""
    events = code_all("Silva welcomed a decision by the U.S. Commerce Department sharply cutting its duties on "
                      "imported shoes from Brazil.")
    assert on(events, "cutting") == []
