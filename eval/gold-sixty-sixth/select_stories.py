"""Candidate walk for the sixty-third article gold (written blind, 'gold-sixty-sixth'): the long remainder list
(gold_selection.long_remainder_list, imported, not rebuilt: 203 Reuters-21578 records of 400 words or more with at
least three political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position 1
to 68, its declared stretch. Three golds walk disjoint stretches of the list this session, declared before any read a
story: gold-sixty-sixth (this one) 1-68, gold-sixty-seventh 69-136, gold-sixty-eighth 137-203; each stops at 8
stories. The other golds written at the same time were not read here.
Usage (from the repository root): python3 eval/gold-sixty-sixth/select_stories.py [N]

Rules as gold-sixty-second's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party, state commission or
international body; domestic political acts such as resignations, handover decisions and arrests count); company
news, markets, figures, forecasts and views are no political news; a business story with a political actor's act in
it is taken, only its political acts required; labour disputes with an employer, domestic economic, monetary and
fiscal policy, regulation, legislation, polls, elections without an act, appointments and reshuffles are skipped; a
cancelled trip alone is skipped; not the same news story as one an earlier gold took (titles, dates within four days
and openings of every held record compared) or one already taken; at most three stories on one conflict or
negotiation; 8 stories at most. Several records of this list were skipped by earlier walks of wider lists under
narrower rules (speculation, analysis, commodity negotiations, domestic findings); this walk applies the rules above
and says where it departs from such a skip. WALK gives each position's reason; gold_selection.print_walk checks that
it is the list's order from START and that no story taken is held now (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, long_remainder_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-sixty-sixth/"
LIST_LENGTH = 203  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks 1-68
STOP = 69  # declared in advance: gold-sixty-seventh walks from here
TAKE_AT_MOST = 8

WALK = [
    ("reuters-18849", False, "Zambia's copper industry hopes for steady output: an industry outlook; the May 1 break "
                             "with the IMF (domestic economic policy) and the rerouting of copper only background"),
    ("reuters-740", False, "Funaro rejects the UK suggestion of an IMF plan: the news and title of the held 765 (the "
                           "same day)"),
    ("reuters-12730", False, "Japanese banks expand in Hong Kong: business, a routine licence; Britain's threat to "
                             "revoke licences only background, the news of the held 12478"),
    ("reuters-18542", True, "a presidential commission blames Air Lanka's former board for its losses and asks that "
                            "its findings go to the law officers: a state body's charge (investigations ACCUSE, as "
                            "the earlier golds); an earlier walk skipped it as domestic findings, but the rule takes "
                            "domestic political acts (no gold holds it)"),
    ("reuters-16292", False, "Saudi Arabia liberalises its banking system: domestic regulation"),
    ("reuters-8943", False, "a co-op's dissolution vote: corporate"),
    ("reuters-11823", False, "Turkish bank profits: corporate, domestic economic policy"),
    ("reuters-9754", False, "Japan's beef price support cut: domestic farm policy, views"),
    ("reuters-10239", False, "PIK certificates in the budget debate: domestic fiscal policy"),
    ("reuters-6360", False, "floating rate note trading: market"),
    ("reuters-1685", False, "Japan's growth model: economists' views"),
    ("reuters-9275", False, "UK equities: market, a forecast"),
    ("reuters-12002", True, "talk of a wheat subsidy offer before Shultz's visit, set for April 13 in Moscow: a "
                            "coming visit between states (as gold-sixty-second took 8608's coming meeting in a "
                            "views story; an earlier walk skipped it as speculation); another news story than the "
                            "held 255, 2733 and 2766 (March 1-6, the visit announced) and 7471 (March 19, Shultz not "
                            "opposed to a subsidy)"),
    ("reuters-16562", False, "competition for satellite launches: business"),
    ("reuters-16558", False, "firms and police agencies ask for exemptions from the chip tariffs: lobbying at a "
                             "hearing, domestic trade regulation; the tariffs only background"),
    ("reuters-540", False, "an exchange's rule changes: regulation"),
    ("reuters-13993", False, "London equities: market"),
    ("reuters-14891", False, "Kuwait's economy: analysis, figures"),
    ("reuters-4946", False, "a farm loan secondary market: legislation"),
    ("reuters-17976", False, "the World Bank's problems in the debt strategy: analysis, views"),
    ("reuters-4490", False, "a congressman's farm plan: legislation"),
    ("reuters-12673", False, "sterling after Lawson's denial: market"),
    ("reuters-17896", False, "Philippine growth on target: figures"),
    ("reuters-843", False, "the OECD's survey of France: an international body's economic views"),
    ("reuters-4674", False, "the UK budget's options: fiscal policy, a forecast"),
    ("reuters-232", True, "the ICO council's quota talks extended, a dissident producer group's protest, Brazil's "
                          "refusal: negotiations between states in an international body (coffee quotas 1; as "
                          "gold-sixty-second took 19387's coffee talks; an earlier walk skipped it as commodity "
                          "negotiations); another news story than the held 628 and 875 (March 2, the talks' failure "
                          "and the US delegation's departure)"),
    ("reuters-20764", True, "Lawson blames Baker's remarks for the stock fall, Baker meets West German officials: a "
                            "charge between states (the US-German rate row 1; an earlier walk skipped it as analysis "
                            "and the row as the news of the held 21512; Lawson's charge of October 20 is in no held "
                            "record, the held 20631 being Stoltenberg's answer and 20868, 20907, 20925 the "
                            "meeting)"),
    ("reuters-5851", False, "Saudi corporate debt: business"),
    ("reuters-12277", False, "a firm's plan to raise share values: corporate"),
    ("reuters-3931", False, "South Korea to keep its trade surplus: the news and text of the held 3902"),
    ("reuters-2775", False, "crude oil prices: market"),
    ("reuters-16128", False, "German capital market liberalisation stalls: domestic regulation"),
    ("reuters-12967", False, "gilt trading rules: regulation"),
    ("reuters-5298", False, "an airline: corporate"),
    ("reuters-4026", False, "a House panel's trade bill votes: legislation"),
    ("reuters-276", False, "an exchange link: corporate"),
    ("reuters-7873", False, "the rubber pact formally adopted: the news of the held 7304 (gold-twenty-second, the "
                            "pact to be adopted the next day), as earlier walks skipped this record and 8206"),
    ("reuters-714", False, "a takeover battle: corporate"),
    ("reuters-4508", False, "credit reform legislation: legislation"),
    ("reuters-6876", False, "how to help the US oil industry: domestic policy, views"),
    ("reuters-8009", False, "the Seaway's opening: a possible strike (labour) and traffic figures"),
    ("reuters-6657", False, "sugar prices too low: market analysis"),
    ("reuters-14826", False, "Asian exporters fear the US-Japan rift: analysis, views; the coming Smith-Kuroda "
                             "meeting the news of the held 14820"),
    ("reuters-3551", False, "Reagan opposes a securities tax: domestic fiscal policy"),
    ("reuters-11184", False, "the Philippines confirms prepayments: the news and title of the held 11240"),
    ("reuters-2383", False, "OPEC's president on output: figures, views"),
    ("reuters-9975", False, "the German wage round and monetary policy: monetary policy, labour"),
    ("reuters-17023", False, "the Senate's budget battle: domestic fiscal policy"),
    ("reuters-12279", False, "a firm's loss: corporate"),
    ("reuters-19038", False, "Philippine stocks at record highs: market (the year's killings a background tally)"),
    ("reuters-5941", False, "the US current account: figures"),
    ("reuters-3978", False, "House Democrats draft the budget: domestic fiscal policy"),
    ("reuters-17903", False, "South Korean firms on a government loan order: domestic economic policy"),
    ("reuters-4071", False, "Indonesian coffee exporters seek a quota compromise: an exporters' association's views "
                            "and plans"),
    ("reuters-17966", False, "UK reserves and rate cut hopes: market"),
    ("reuters-2242", False, "a Polish deputy minister calls for a freer market: views in an interview"),
    ("reuters-11215", False, "Tokyo stocks: market, a forecast"),
    ("reuters-6400", False, "Lawson on sterling and a rate cut: monetary policy"),
    ("reuters-2228", False, "the Bank of England resists a rate cut: monetary policy"),
    ("reuters-14931", False, "Poehl warns against a further dollar fall: views"),
    ("reuters-21277", False, "the transatlantic row imperils the Louvre accord: the news story of the held 21512 "
                             "(Balladur's call, the same day), as gold-thirty-second's walk skipped it"),
    ("reuters-10123", False, "Japanese investment in UK equities: market"),
    ("reuters-20029", False, "Japan's authorities try to calm the stock market: domestic market policy"),
    ("reuters-6052", False, "Finnish election gains and market reform: an election, no act"),
    ("reuters-6656", False, "the drilling industry: business"),
    ("reuters-12909", False, "EFTA fears the EC's market plans: analysis (Turkey's application last month only "
                             "background)"),
    ("reuters-17871", False, "US trade data and the dollar: market"),
    ("reuters-18415", False, "exchanges vie for gold futures: corporate; the stretch's end"),
]


def main():
    order, records = long_remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
