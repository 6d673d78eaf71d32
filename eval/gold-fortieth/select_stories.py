"""Candidate walk for the fortieth article gold (written blind): gold-twenty-second's list of 1987 Reuters business
stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from position 574,
after gold-thirty-seventh's walk (506-573). Three golds walk disjoint stretches of the list this session, declared
before any of them read a story: this one 574-649, gold-forty-first 722-799 and gold-forty-second 902-1,200, so
this walk stops before 650 (gold-thirty-eighth's first position).
Usage (from the repository root): python3 eval/gold-fortieth/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-ninth rebuilds it (through gold-thirty-fourth's script, gold-thirty-third's
and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions
1-505 must equal the eight earlier walks (as gold-thirty-fourth checks them), 506-573 gold-thirty-seventh's WALK,
650-721 gold-thirty-eighth's, 800-855 gold-thirty-fifth's and 856-901 gold-thirty-ninth's ("the list moved"
otherwise). The stories taken here must also be outside every gold now written, the shared dev gold, used_records()
and audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act of a political
actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international lender or union
acting); pure market reports, earnings, prices and forecasts are no political news; at least two events (coded as
PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as one an earlier gold
took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most one
analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select34 = gold_script("select34", "gold-thirty-fourth", "select_stories.py")
select35 = gold_script("select35", "gold-thirty-fifth", "select_stories.py")
select37 = gold_script("select37", "gold-thirty-seventh", "select_stories.py")
select38 = gold_script("select38", "gold-thirty-eighth", "select_stories.py")
select39 = gold_script("select39", "gold-thirty-ninth", "select_stories.py")
select23 = select34.select23
select22 = select34.select22
OWN = "eval/gold-fortieth/"
EARLIER = select34.EARLIER + (select34.WALK, select37.WALK)  # positions 1-573
LATER = ((select38.START, select38.WALK), (select35.START, select35.WALK), (select39.START, select39.WALK))
START = sum(len(w) for w in EARLIER) + 1  # 574
STOP = select38.START  # 650, declared in advance: this walk must end before it

WALK = [
    ("reuters-18201", False, "Amoco Canada's share offering to be worked out in talks with Investment Canada: "
                             "corporate (a review to come)"),
    ("reuters-8759", False, "USDA's per-acre farm payment figures: a government's figures, no act"),
    ("reuters-16081", False, "the French parliament approves a defence spending increase: one act, a domestic "
                             "budget law"),
    ("reuters-15154", True, "Japan's vice minister opens talks tomorrow in a last-ditch effort to avert the US "
                            "tariffs and calls Reagan's decision based on inaccurate data: trade diplomacy (the "
                            "US-Japan chip dispute; another news story than gold-tenth's 13039, the talks of April 3)"),
    ("reuters-5214", False, "European beet plantings seen little changed: market"),
    ("reuters-11490", False, "Canada's airline profits seen higher: analysts' views, corporate"),
    ("reuters-17480", False, "Cominco's striking union locals reject a contract: a labour dispute with an employer "
                             "(and the vote behind gold-twenty-second's 17805 of the same day)"),
    ("reuters-10936", True, "the West African central bank's governor, after a meeting of UMOA finance ministers, "
                            "urges the bank's part in all IMF negotiations: a regional central bank and an "
                            "international lender"),
    ("reuters-17935", True, "China takes a serious view of the MFA protocol it signed; US-China textile talks: trade "
                            "diplomacy (textile trade)"),
    ("reuters-6867", False, "Shearson sells CDs for Japanese banks: market"),
    ("reuters-7356", False, "congressmen urge USDA to change the soybean program: domestic farm policy hearing (as "
                            "gold-thirty-fourth's skipped 12372)"),
    ("reuters-9163", False, "Sri Lanka's food department to stop importing sugar: domestic trade policy, a state "
                            "agency's contract with a trader"),
    ("reuters-20441", True, "Lyng repeats the US demand that Japan lift its beef and citrus quotas and rejects new "
                            "quotas: trade diplomacy (US-Japan farm trade; another news story than gold-thirty-eighth's "
                            "12603 and gold-thirty-ninth's 16763 of April)"),
    ("reuters-20870", False, "an economist's view of the market drop: no act"),
    ("reuters-12977", False, "Coastal to file a reorganisation plan: corporate"),
    ("reuters-7952", True, "EC environment ministers agree to cut diesel emissions and give West Germany a go-ahead "
                           "on a leaded petrol ban it requested: an international body's acts toward its members"),
    ("reuters-15936", False, "Diana nominates directors: corporate"),
    ("reuters-8596", True, "the Philippines' trade secretary criticises the EC's proposed oil levy at the GATT "
                           "ministers' meeting in Taupo: trade diplomacy (the EC oils tax; another news story than "
                           "gold-twenty-third's 8135 and 8592 from the same meeting)"),
    ("reuters-15313", True, "Canada to monitor steel shipments to appease US concerns, a joint commission "
                            "considered: trade diplomacy (US-Canada steel trade)"),
    ("reuters-5134", False, "Colombia opens coffee export registrations, an exporter says: domestic marketing "
                            "policy"),
    ("reuters-10767", True, "Nakasone regrets the US tariffs, offers to send an official; Japan to request "
                            "emergency talks: trade diplomacy (the US-Japan chip dispute; another news story than "
                            "gold-thirtieth's 8602 of March 24)"),
    ("reuters-12790", False, "Beghin-Say not planning to withdraw sugar from intervention: corporate, firms' "
                             "protest to the Commission"),
    ("reuters-15125", False, "DSM to be privatised: corporate"),
    ("reuters-1266", False, "a firm's name change: corporate"),
    ("reuters-5985", False, "the UK budget: domestic fiscal policy"),
    ("reuters-12830", False, "a Japanese white paper urges farm market access: a government report's findings (as "
                             "gold-thirty-ninth's skipped 12764)"),
    ("reuters-5137", False, "Ecuador ratifies its suspension of payments to private banks: the news story of "
                            "gold-thirty-seventh's 5143 (March 14)"),
    ("reuters-7532", True, "Weizsaecker, on an official visit to Argentina, calls on creditor banks to ease its debt "
                           "terms; ecologists demonstrate: a head of state's call and visit"),
    ("reuters-3931", False, "South Korea to keep its trade surplus: the news story of gold-thirty-seventh's 3902 "
                            "(March 11)"),
    ("reuters-4616", False, "Miyazawa expects stable exchange rates: a forecast"),
    ("reuters-15289", False, "Peru decrees firms buy treasury bonds: domestic fiscal policy (as gold-thirty-ninth's "
                             "skipped 11530)"),
    ("reuters-8106", False, "Yeutter sees the US and Japan verging on a trade conflict: views on the eve of the Taupo "
                            "meeting (its news is gold-twenty-third's 8135 and 8592)"),
    ("reuters-5173", False, "bank staff accept a pay deal: a labour dispute with employers"),
    ("reuters-13420", False, "London equities open mixed: market"),
    ("reuters-10798", False, "workers end a strike at General Motors: a labour dispute with an employer (as "
                             "gold-thirty-first's skipped 10631)"),
    ("reuters-15328", True, "G-24 ministers say the debt crisis enters a new phase and call for a ministerial "
                            "committee: a group of states' statement after a meeting"),
    ("reuters-18427", False, "Taiwan's importers and Uruguayan suppliers in a soybean price dispute: a dispute "
                             "between firms, the government says it will not intervene"),
    ("reuters-10976", True, "Chirac, on a visit to the US, calls for an exchange rate mechanism and warns the US of a "
                            "tough EC response to protectionism: a head of government's calls and warning"),
    ("reuters-11737", False, "Taco Villa in debt talks: corporate"),
    ("reuters-16019", False, "the CBOE lists new options: an exchange's rules"),
    ("reuters-18411", False, "Noranda in contract talks with miners: a labour dispute with an employer"),
    ("reuters-11558", True, "Armacost to visit Tokyo next week for talks including the chip row: trade diplomacy (the "
                            "US-Japan chip dispute, its third story here)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 573, "the earlier walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert [first for first, _ in LATER] == [650, 800, 856], "the later walks changed"
    assert START == 574 and STOP == 650 and START + len(WALK) <= STOP, "the walk runs into gold-thirty-eighth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
