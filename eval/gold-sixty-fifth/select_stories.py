"""Walks the brief remainder list for gold-sixty-fifth (a blind gold of the thirty-second session) and prints each
walked position with its reason: `python3 eval/gold-sixty-fifth/select_stories.py [N]` from the repository root (N:
print the first N positions instead of the walked ones).

The list is gold_selection.brief_remainder_list() (imported, not rebuilt here): 27 Reuters-21578 records of 20-39
words with at least two political keyword hits, then 68 of 20-79 words with at most one hit but a government body
and two different country words, outside what a gold written before gold-sixty-fifth, the shared dev gold,
used_records() and the audits (as the list was drawn) held; each part sorted by id and shuffled with
random.Random(20261205). Declared in advance: this gold walks the whole list and stops at 20 stories.

Rules as gold-fifty-eighth's walk: a story is taken when it reports at least one political event, an act of a
political actor toward another (a government, minister, head of state, legislature, court, prosecutor, army, armed
group, party or international body; domestic political acts such as resignations and refusals to testify count);
grants and loans between governments count (AID, as the earlier golds took them); company news, markets, figures,
forecasts and views are no political news; a business story with a government's act in it is taken, only its
political acts required; trade deals of state firms and marketing boards, labour disputes with an employer (the
state as employer included), domestic economic, monetary and fiscal policy, regulation, legislation, polls,
accidents and natural disasters are skipped; not the same news story as one an earlier gold took or one already
taken (titles, dates and openings of every held record compared); at most three stories on one conflict or
negotiation; 20 stories. WALK gives each position's reason; gold_selection.print_walk checks that it is the list's
order from START and that no story taken is held by any gold now written, the shared dev gold, used_records() or
audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import brief_remainder_list, held_now, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-sixty-fifth/"
LIST_LENGTH = 95  # the list as gold_selection draws it: 27 political briefs, then 68 cross-border ones
START = 1  # declared in advance: this gold walks the whole list
TAKE_AT_MOST = 20

WALK = [
    ("reuters-7691", False, "a financial officer quits: corporate"),
    ("reuters-1161", False, "a firm names a president: corporate"),
    ("reuters-7201", False, "a trust elects a president: corporate"),
    ("reuters-19743", False, "a chairman resigns: corporate"),
    ("reuters-12218", False, "a savings bank names a chief executive: corporate"),
    ("reuters-5872", False, "a president resigns: corporate"),
    ("reuters-11432", False, "a firm restructures its management: corporate"),
    ("reuters-5324", False, "a firm appoints a chairman: corporate"),
    ("reuters-16616", False, "a founder resigns: corporate"),
    ("reuters-7131", False, "a firm names a president: corporate"),
    ("reuters-10726", False, "a firm names a president: corporate"),
    ("reuters-4325", False, "a president resigns: corporate"),
    ("reuters-19445", False, "a firm names a division officer: corporate"),
    ("reuters-7296", False, "merger talks end: corporate"),
    ("reuters-12944", False, "a firm names a president: corporate"),
    ("reuters-2131", False, "a president resigns: corporate"),
    ("reuters-3378", False, "two banks end merger talks: corporate"),
    ("reuters-5045", False, "a firm names a unit president: corporate"),
    ("reuters-10590", False, "strike talks at a firm's plant adjourn: a labour dispute with an employer"),
    ("reuters-8197", False, "an Iranian supertanker hit on March 21 (Lloyds, no attacker named): perhaps the attack of "
                            "the held 8516 (March 23, Iraq's raid on an unnamed supertanker near Kharg the same "
                            "weekend, the first after a month's lull); left out as possibly another gold's news"),
    ("reuters-16532", False, "a firm names a president: corporate"),
    ("reuters-16984", True, "a bomb rocks a white area of Johannesburg: an attack (no gold holds this blast)"),
    ("reuters-20449", False, "a president resigns: corporate"),
    ("reuters-15007", False, "a firm names a president: corporate"),
    ("reuters-10031", False, "a firm wins US Army contracts: corporate"),
    ("reuters-18720", False, "a president resigns: corporate"),
    ("reuters-52", False, "a firm promotes a president: corporate"),
    ("reuters-16934", False, "foreign investment in Malaysia: figures"),
    ("reuters-13365", False, "Iran reports victories on the southern front: the news of the held 13527, 13692 and "
                             "14538 (April 7, the same offensive east of Basra)"),
    ("reuters-15338", True, "Greece accuses Turkish warplanes of infringing its flight region, intercepted by Greek "
                            "fighters: a charge between states (Greece-Turkey 1; another news story than the held "
                            "15200, Turkey's call for dialogue the same day, and the March Aegean crisis stories)"),
    ("reuters-13292", False, "EC unemployment: figures"),
    ("reuters-1829", True, "Pollard sentenced to life for passing secret documents to Israel: a court's sentence in "
                           "a spy case (no gold holds it)"),
    ("reuters-1975", False, "a sugar import tender: market, a state firm's trade"),
    ("reuters-4393", True, "the US makes its verification proposals to the Soviet Union at the Geneva talks: a "
                           "proposal between states (US-Soviet arms talks 1; another news story than the held "
                           "3014, US aides' optimism of March 9)"),
    ("reuters-10224", False, "an investment group raises a fund stake: corporate"),
    ("reuters-326", False, "a state railway's bond: market"),
    ("reuters-17468", True, "Japan extends a yen loan to Bangladesh: aid between states (no gold holds this loan)"),
    ("reuters-5191", False, "a shipping line sells tankers: corporate"),
    ("reuters-6513", False, "cereals compensatory amounts unchanged: EC farm regulation, figures"),
    ("reuters-413", True, "the Netherlands grants Bangladesh 47 mln dlrs under an agreement signed on Saturday: aid "
                          "between states (no gold holds this grant)"),
    ("reuters-13057", False, "a housing group's bond: market"),
    ("reuters-16872", False, "a Hong Kong firm raises a stake: corporate"),
    ("reuters-8078", True, "Spain grants Cuba a credit line agreed by a joint commission: aid between states (no gold "
                           "holds it)"),
    ("reuters-1537", False, "an EC sugar tender: market, regulation"),
    ("reuters-2598", False, "a bank's bond issue: market"),
    ("reuters-1551", False, "cereals compensatory amounts unchanged: EC farm regulation, figures"),
    ("reuters-2552", False, "an investment firm raises a fund stake: corporate"),
    ("reuters-5246", False, "a firm plans job cuts: corporate"),
    ("reuters-1393", False, "pork producers debate production controls: a trade association's vote, domestic"),
    ("reuters-2264", False, "an EC export rebate for maize: regulation, market"),
    ("reuters-4631", False, "Japan sets its beef import quota: trade regulation (the accord with the US and "
                            "Australia background)"),
    ("reuters-19071", True, "a Norwegian prosecutor opens fresh investigations into a state arms firm's sales to the "
                            "Soviet Union: a prosecutor's investigation (no gold holds it; another news story than "
                            "the held 19425, the Pentagon's stop on Toshiba contracts)"),
    ("reuters-19049", True, "Japan will lend to Indonesia and share a loan to Bolivia with the World Bank: aid between "
                            "states (another news story than the held 19041, Japan's aid to aluminium ventures, and "
                            "18681, the donors' pledges to Indonesia)"),
    ("reuters-6960", False, "a wheat board renews a supply pact with a food agency: a marketing board's trade"),
    ("reuters-18599", True, "four EC states still oppose the oils tax after the Commission's changes, a British "
                            "minister says: states' rejection of an international body's proposal (EC oils tax 1; "
                            "another news story than the held 18464, the modified plan of June 16, 18393, Spain's "
                            "stand, and 18565, the Dutch parliament's)"),
    ("reuters-3849", False, "a firm wins an order from the West German post office: corporate"),
    ("reuters-12470", False, "the Bank of Japan intervenes: market, monetary policy"),
    ("reuters-10742", False, "an EC commissioner welcomes the cocoa accord's buffer stock rules: a commodity pact's "
                             "market effect, views"),
    ("reuters-17473", False, "a state petroleum corporation's diesel imports under a barter agreement: a state "
                             "firm's trade"),
    ("reuters-14847", False, "Bangladesh's development plan, aid to be sought at a donors' meeting: domestic fiscal "
                             "policy, a forecast"),
    ("reuters-7215", False, "EC grain export licences: market, regulation"),
    ("reuters-9195", False, "a cabinet approves an anniversary coin: domestic"),
    ("reuters-6444", False, "the UAE bans a Czechoslovak milk powder for radiation: food safety regulation"),
    ("reuters-911", False, "EC and Euratom bonds expected: market"),
    ("reuters-917", False, "a treasury tap issue: market"),
    ("reuters-2879", True, "the US plans to sell South Korea equipment for its Hawk missiles: an arms sale between "
                           "states (no gold holds it)"),
    ("reuters-9090", False, "a firm sells its South African unit: corporate"),
    ("reuters-13315", False, "the Bank of Japan intervenes: market, monetary policy"),
    ("reuters-12439", False, "a grain board bans polypropylene bags: regulation"),
    ("reuters-18908", False, "the EC rejects barley export bids: market, regulation"),
    ("reuters-15017", False, "an EC sugar tender: market, regulation"),
    ("reuters-17224", False, "firms to sell gold coins: corporate"),
    ("reuters-5197", False, "a consortium sells generators for a dam: corporate"),
    ("reuters-18223", False, "a group raises a fund stake: corporate"),
    ("reuters-280", False, "a joint venture: corporate"),
    ("reuters-18205", False, "an investment firm raises a fund stake: corporate"),
    ("reuters-11862", False, "cereals compensatory amounts unchanged: EC farm regulation, figures"),
    ("reuters-17041", False, "the Bank of Japan intervenes: market, monetary policy"),
    ("reuters-7618", False, "a firm gets a Chinese ministry's contract: corporate"),
    ("reuters-9140", False, "Hu Yaobang appears at a parliamentary session: no act toward another (his dismissal "
                            "in January background)"),
    ("reuters-21128", False, "a Fed vice chairman says the Louvre accord is still vital: views"),
    ("reuters-20053", False, "a regulator delays the Milan bourse's opening: market regulation"),
    ("reuters-12729", False, "the Soviet Union stages its third nuclear test: the news of the held 12794 (the same "
                             "test, the same day and text)"),
    ("reuters-9349", False, "an EC sugar tender: market, regulation"),
    ("reuters-12615", False, "the EC releases intervention feed wheat: farm regulation, market"),
    ("reuters-21370", True, "the US energy secretary arrives in Rabat to meet King Hassan after a Gulf tour: a visit "
                            "between states (no gold holds it)"),
    ("reuters-10663", False, "Iran's non-oil exports: figures"),
    ("reuters-17447", False, "a state power firm's bond: market"),
    ("reuters-17210", False, "the Bundesbank intervenes in Tokyo: market, monetary policy"),
    ("reuters-9696", True, "China and Portugal initial the Macao declaration: an agreement between states (Macao 1; "
                           "another news story than the held 8242, the agreement reached on March 23, 9670, "
                           "Cavaco Silva's statement of March 25, and 16254, the signing of April 13)"),
    ("reuters-12583", False, "EC maize export licences: market, regulation"),
    ("reuters-10614", True, "South Korea signs for a Japanese yen credit, part of an aid package: aid between states "
                            "(no gold holds it)"),
    ("reuters-6632", False, "Latin coffee producers to meet in Managua: the news of the held 6595 (the same meeting, "
                            "the same day)"),
    ("reuters-1348", False, "a US Treasury official sees progress in banks' talks with debtors: views, testimony"),
    ("reuters-2551", False, "a group raises a fund stake: corporate; the list's end, where the walk stops"),
]


def main():
    order, records = brief_remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) <= LIST_LENGTH, "the walk runs past the list's end"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
