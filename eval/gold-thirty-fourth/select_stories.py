"""Candidate walk for the thirty-fourth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 451, where gold-thirty-third stopped (gold-thirty-fifth walks the same list from position 800, so this walk
stops before 800). Usage (from the repository root): python3 eval/gold-thirty-fourth/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-third rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283 gold-twenty-eighth's, 284-332
gold-thirtieth's, 333-409 gold-thirty-second's and 410-450 gold-thirty-third's ("the list moved" otherwise). The
stories taken here must also be outside every gold now written, the shared dev gold, used_records() and
audited_records() (checked by print_walk). Rules as the seven earlier walks: the story reports an act of a political
actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international lender or
union acting); pure market reports, earnings, prices and forecasts are no political news; at least two events (coded
as PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as one an earlier
gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most
one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select33 = gold_script("select33", "gold-thirty-third", "select_stories.py")
select23 = select33.select23
select22 = select33.select22
OWN = "eval/gold-thirty-fourth/"
EARLIER = select33.EARLIER + (select33.WALK,)
START = sum(len(w) for w in EARLIER) + 1  # 451
STOP = 800  # gold-thirty-fifth's first position: this walk must end before it

WALK = [
    ("reuters-1513", False, "a gilt issue sold out: market"),
    ("reuters-9833", False, "a merger letter of intent: corporate"),
    ("reuters-11472", False, "the IRS steps up international audits: an agency's compliance drive, no act against a "
                             "named party (as gold-thirty-third's skipped FDA review)"),
    ("reuters-6086", False, "the budget's oil tax reliefs: domestic fiscal policy"),
    ("reuters-9293", False, "Thatcher denies in a newspaper interview that her oil policy weakened prices: policy "
                            "statements in an interview, no act toward another (as the earlier walks' interviews)"),
    ("reuters-9512", False, "a grand jury indicts three tax-shelter promoters: one act (the indictment, restated), "
                            "the scheme told from the indictment"),
    ("reuters-234", False, "opinion polls: no act"),
    ("reuters-13995", False, "money market report: market"),
    ("reuters-12372", False, "a House committee's amendments to the trade bill: legislative drafting (as "
                             "gold-twenty-second's skipped 6639 and gold-thirty-third's 4552)"),
    ("reuters-19059", False, "an agency head says the rice price should be cut: one domestic policy remark"),
    ("reuters-2525", True, "the administration moves to free the last Contra aid; House Democrats decide to push "
                           "for a moratorium: aid to an armed group and the legislature (Contra aid 1; another news "
                           "story than gold-twenty-fifth's 9703 and gold-eleventh's 7525, later in March)"),
    ("reuters-3455", True, "King Fahd calls on non-OPEC producers, urges help for the Palestinians and an end to "
                           "the Iran-Iraq war, ahead of his state visit to Britain: a head of state's appeals "
                           "(several acts, unlike gold-twenty-second's skipped 10618, one appeal)"),
    ("reuters-2545", True, "Italy's treasury minister meets Brazil's finance minister on his tour and offers "
                           "support on the debt: relations between states (Brazil's debt; another news story than "
                           "gold-twenty-ninth's 6028 and gold-thirty-first's 15766)"),
    ("reuters-9509", False, "Belgium plans insider trading rules needing parliament's approval: domestic "
                            "legislation in preparation"),
    ("reuters-18343", True, "the SEC charges a lamp maker with overstating income; a settlement with consented "
                            "court orders: a regulator acting against a firm (as gold-twenty-second's courts and "
                            "prosecutors)"),
    ("reuters-4754", False, "securities houses ask the ministry for bond auctions, the ministry declines comment: "
                            "firms' lobbying, no act of the state"),
    ("reuters-17358", False, "US beef and citrus talks with Japan seen tough: analysis, mostly officials' "
                             "expectations (last week's talks background)"),
    ("reuters-18360", False, "currency futures outlook: market"),
    ("reuters-7461", False, "Ecuador's trade minister resigns for personal reasons, denying a link with protests: "
                            "no act toward another (the unions' strike call background; the strike itself is "
                            "gold-wire's 9713)"),
    ("reuters-13021", True, "a union will demonstrate against Dart's takeover bid at its headquarters: a union's "
                            "protest against a firm (as gold-twenty-second's strikes against firms)"),
    ("reuters-16859", False, "Sony's investment in Thailand: corporate (an investment board's incentives)"),
    ("reuters-3446", False, "MITI pushes its chipmakers: analysis (economic spotlight)"),
    ("reuters-16381", False, "the Bank of England's gilt auction rules: market rules, no interaction"),
    ("reuters-2404", False, "a bank's announcement to come: corporate"),
    ("reuters-8117", False, "an industry chairman says Australia relies on oil taxes: a business view"),
    ("reuters-2115", False, "Brazil's coffee institute sets no export target after the ICO talks failed: a state "
                            "marketing body's commercial policy (as gold-thirty-third's skipped 16097)"),
    ("reuters-10106", False, "USX ends talks with BP: corporate"),
    ("reuters-13184", True, "Colombia's main oil pipeline bombed again, the 31st attack in nine months: an attack "
                            "on the state's pipeline (Colombia's pipeline bombings 1)"),
    ("reuters-2052", False, "Congress may curb aid to development banks: analysis of bills in drafting"),
    ("reuters-2406", False, "Canada's finance minister on the dollar: an economic assessment"),
    ("reuters-17109", True, "Cominco's unionized workers vote to authorize a strike: a strike vote against a firm "
                            "(the Cominco dispute; another news story than gold-twenty-second's 17805, the strikers "
                            "rejecting a contract in June)"),
    ("reuters-16176", False, "takeover battle for Dome: corporate"),
    ("reuters-12788", False, "Spain revises economic targets: a forecast"),
    ("reuters-8663", False, "Nakasone intervenes in the chip dispute: the same story as gold-thirtieth's 8602 "
                            "(same title, same day)"),
    ("reuters-17452", False, "an FTC study on tariffs: a report's findings, no act"),
    ("reuters-21486", False, "Saudi LPG supplies to Japan: market"),
    ("reuters-1156", True, "Nigeria and Guinea agree to set up an iron ore company with Liberia after two days of "
                           "talks and extend their prospecting agreement: agreements between states"),
    ("reuters-4174", False, "Japanese firms do not renew Iranian crude contracts: firms' commercial decisions"),
    ("reuters-5778", False, "dollar outlook: market"),
    ("reuters-18733", True, "Canada's National Energy Board denies Hydro-Quebec's export application: a regulator "
                            "acting against a (provincially owned) firm"),
    ("reuters-9532", True, "Senator Bentsen concerned at Canada's Commons resolution on the trade talks, urges "
                           "Mulroney to withdraw a film import ban: trade diplomacy (US-Canada free trade; another "
                           "news story than gold-tenth's 4156)"),
    ("reuters-17266", False, "Miyazawa to a parliamentary committee on the dollar: policy statements"),
    ("reuters-16932", False, "Japan will not retaliate now against the US tariffs, having asked for GATT "
                             "consultations: Japan's answer to the tariffs of April 17, the news story of "
                             "gold-twenty-fifth's 16924 (regret and the GATT complaint) a day later"),
    ("reuters-15556", False, "lead prices: market"),
    ("reuters-11823", False, "Turkish bank profits: earnings"),
    ("reuters-5807", False, "GNP target hard to reach: a forecast"),
    ("reuters-3031", False, "Tietmeyer says Bonn takes the currency pact seriously: policy statements"),
    ("reuters-17094", False, "GM and Isuzu truck venture: corporate"),
    ("reuters-11209", True, "South Korea's finance minister to visit Baker to discuss US requests for a stronger "
                            "won; Seoul has ruled out a major revaluation: trade and currency diplomacy (US-Korea "
                            "currency)"),
    ("reuters-4491", False, "Miller says no tax increases: domestic fiscal policy statements"),
    ("reuters-15525", False, "China likely to join GATT, diplomats say: speculation"),
    ("reuters-6959", False, "exports boost GDP: economic figures"),
    ("reuters-14088", False, "African Development Bank lending figures: a lender's annual figures, no act toward "
                             "another"),
    ("reuters-12252", False, "a House committee nears a budget plan: legislative drafting"),
    ("reuters-3892", True, "a Brazilian juice industry body welcomes the US Commerce Department's cut of "
                           "anti-dumping duties on orange juice: a government's trade ruling and its welcome (US-"
                           "Brazil orange juice)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert START == 451 and START + len(WALK) <= STOP, "the walk runs into gold-thirty-fifth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
