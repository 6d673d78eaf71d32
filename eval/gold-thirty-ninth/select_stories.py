"""Candidate walk for the thirty-ninth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 856, after gold-thirty-fifth's walk (800-855). Three golds walk disjoint stretches of the list this
session, declared before any of them read a story: gold-thirty-seventh 506-649, gold-thirty-eighth 650-799 and this
one 856-1000, so this walk stops before 1001. Usage (from the repository root):
python3 eval/gold-thirty-ninth/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-third rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-450 must equal the seven earlier
walks (as gold-thirty-fourth checks them), 451-505 gold-thirty-fourth's WALK and 800-855 gold-thirty-fifth's ("the
list moved" otherwise). The stories taken here must also be outside every gold now written, the shared dev gold,
used_records() and audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act
of a political actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international
lender or union acting); pure market reports, earnings, prices and forecasts are no political news; at least two
events (coded as PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as
one an earlier gold took or one already taken; at most three stories on one conflict, at most four on one trade
dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select34 = gold_script("select34", "gold-thirty-fourth", "select_stories.py")
select35 = gold_script("select35", "gold-thirty-fifth", "select_stories.py")
select23 = select34.select23
select22 = select34.select22
OWN = "eval/gold-thirty-ninth/"
EARLIER = select34.EARLIER + (select34.WALK,)  # positions 1-505
START35 = select35.START  # 800: gold-thirty-fifth's walk, checked too
START = START35 + len(select35.WALK)  # 856
STOP = 1001  # declared in advance: this walk must end before it

WALK = [
    ("reuters-6708", False, "a bank chairman expects months of Brazil debt talks: a firm's forecast and earnings"),
    ("reuters-540", False, "an exchange's board to rule on a trading petition: an exchange's rules, no political "
                           "actor"),
    ("reuters-12916", False, "the budget chief irritated at a Senate committee's missed deadline, against tax "
                             "increases: domestic fiscal policy statements (as gold-thirty-fourth's skipped 4491)"),
    ("reuters-19582", True, "the IMF's managing director visits the Ivory Coast and discusses its difficulties with "
                            "the president; the country told its creditors last month it would suspend payments: an "
                            "international lender and a state"),
    ("reuters-8049", True, "the Philippines and its bank advisory committee end another round of rescheduling talks "
                           "and will meet again on Saturday: a government's debt talks (another news story than "
                           "gold-twenty-third's 10821, the World Bank package)"),
    ("reuters-12764", False, "a Japanese white paper urges more farm market access: a government report's findings"),
    ("reuters-4400", True, "Morocco secures most of the extra aid sought at the World Bank's Consultative Group; the "
                           "donors urge it to continue adjustment and agree to reconvene; last week's Paris Club "
                           "rescheduling: aid and debt agreements between states and lenders"),
    ("reuters-545", False, "an investor group's talks on a takeover: corporate"),
    ("reuters-2068", False, "EC dairy accord paves the way for more reform: analysis of the EC's internal farm policy "
                            "(the accord itself is gold-thirty-third's 1439's news story)"),
    ("reuters-18302", False, "congressional agencies' testimony on textile investment: assessments, no act"),
    ("reuters-15246", False, "a Fed governor expects slower money growth: a forecast in a speech"),
    ("reuters-16090", True, "two Utah institutions fail: the Bank Board closes a savings association and the FDIC "
                            "approves a bank's takeover of the failed one: regulators acting on firms (as "
                            "gold-thirty-fifth's 8079)"),
    ("reuters-3563", False, "analysts see an oil services turnaround: market"),
    ("reuters-5879", False, "economists see a sluggish Japanese economy: a forecast"),
    ("reuters-4007", False, "a preferred stock issue priced: market"),
    ("reuters-10927", False, "Nigeria to issue notes to its trade creditors, a trustee says: debt financing and "
                             "creditors' meetings in preparation, no act between political actors"),
    ("reuters-15403", False, "an exchange expects a yen bond futures listing: corporate (its chairman's appeal to "
                             "Japan one remark)"),
    ("reuters-3955", False, "a seamen's strike delays coffee exports, exporters say: the strike's market effects, one "
                            "act"),
    ("reuters-20867", False, "the stock decline renews a debate on futures: market"),
    ("reuters-16929", False, "Yeutter almost sure Japan will not retaliate against the tariffs: a forecast; the "
                             "tariffs of April 17 are gold-twenty-fifth's 16924's news story"),
    ("reuters-16949", True, "the World Bank's IFC will raise its investment in Malaysia after a two-day meeting with "
                            "the government: an international lender's aid and talks"),
    ("reuters-5057", False, "a House subcommittee's trade bill: legislative drafting (as gold-thirty-fourth's "
                            "skipped 12372)"),
    ("reuters-16763", True, "Lyng asks Japan's agriculture minister to open its farm market further, Kato replies "
                            "Japan is already the largest grain importer; talks set for April 20: trade diplomacy "
                            "(US-Japan farm trade; the meeting gold-thirty-fifth's 12737 announced, another news "
                            "story than it and gold-twenty-sixth's 16947)"),
    ("reuters-7733", False, "Italy's credit committee sets rules for company holdings in banks: domestic regulation, "
                            "no act toward another"),
    ("reuters-2522", False, "the IEA's OPEC output figures: market"),
    ("reuters-18607", False, "officers to sell shares: corporate"),
    ("reuters-5458", False, "Funaro tells a business conference the debt crisis is a world problem: policy "
                            "statements in a speech (Brazil's debt; as gold-thirty-fourth's skipped 9293)"),
    ("reuters-6345", True, "the New York Times says Iran arms money went to groups holding US hostages in Lebanon "
                           "and to Iranian officials: a newspaper's report of payments to a militant group and "
                           "officials (the Iran arms affair; another news story than gold-eleventh's 7525)"),
    ("reuters-11447", False, "Bangemann urges a halt to talking down the dollar: one appeal in a speech, otherwise "
                             "domestic economic views"),
    ("reuters-6945", False, "a former premier's view of the currency: no act"),
    ("reuters-20287", False, "Switzerland to redeem debt with its surplus: domestic fiscal policy"),
    ("reuters-1539", False, "US car makers hope to profit from the weak dollar: corporate"),
    ("reuters-4624", True, "the US details its action program for sub-Saharan Africa: a development fund, food aid "
                           "and more IDA funding with a larger share sought for Africa: aid"),
    ("reuters-11530", False, "Peru's government assumes a state power firm's debt: domestic fiscal policy"),
    ("reuters-11858", False, "markets welcome Ireland's budget cuts: domestic fiscal policy and market views"),
    ("reuters-1502", False, "a quarterly loss: earnings"),
    ("reuters-18359", False, "bankers on Volcker's departure: analysis of bankers' views, no act"),
    ("reuters-1224", True, "a World Bank team arrives in Uganda for talks on a recovery program, an IMF team due: "
                           "international lenders' missions to a state"),
    ("reuters-1022", True, "China calls on the US to remove curbs on its exports in an official newspaper's "
                           "editorial for Shultz's visit; the US embassy replies its figures are inaccurate: trade "
                           "diplomacy between states"),
    ("reuters-17206", False, "EC ministers likely to criticise the finance ideas: speculation before a meeting"),
    ("reuters-5075", False, "a firm to miss a note payment: corporate"),
    ("reuters-157", False, "Nova wins a minister's approval for the Husky deal: one approval of a firm's deal"),
    ("reuters-12044", False, "an earnings outlook: earnings"),
    ("reuters-7595", True, "World Bank teams assess the Philippines' loan requests for housing and land reform; the "
                           "bank approved two loans on Tuesday and cancelled commitments under Marcos: an "
                           "international lender and a state (another news story than gold-twenty-third's 10821, "
                           "the package signed ten days later)"),
    ("reuters-9846", False, "a bank's talks with dissident shareholders break down: corporate"),
    ("reuters-13908", True, "the US deputy trade representative calls for stronger GATT powers at a committee "
                            "meeting, then flies to Brussels for talks with the EC: trade diplomacy at an "
                            "international body"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 505 and START35 == 800, "the earlier walks changed"
    assert [n for n, _, _ in select35.WALK] == order[START35 - 1:START - 1], "the list moved"
    assert START == 856 and START + len(WALK) <= STOP, "the walk runs past position 1000"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
