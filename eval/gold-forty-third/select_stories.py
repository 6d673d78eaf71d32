"""Candidate walk for the forty-third article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 1000, after gold-forty-second's walk (902-999). Three golds walk disjoint stretches of the list this
session, declared before any of them read a story: this one 1,000-1,150, gold-forty-fourth 1,151-1,300 and
gold-forty-fifth 1,301-1,452, so this walk stops before 1151. Usage (from the repository root):
python3 eval/gold-forty-third/select_stories.py [N]

The list is rebuilt exactly as gold-forty-second rebuilds it (through gold-thirty-ninth's script, gold-thirty-
fourth's and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn).
Positions 1-505 must equal the eight earlier walks and gold-thirty-fourth's (as gold-thirty-ninth checks them),
506-573 gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721 gold-thirty-eighth's, 722-765
gold-forty-first's, 800-855 gold-thirty-fifth's, 856-901 gold-thirty-ninth's and 902-999 gold-forty-second's ("the
list moved" otherwise). The stories taken here must also be outside every gold now written, the shared dev gold,
used_records() and audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act
of a political actor (a government, minister, central bank, court, prosecutor, regulator, parliament,
international lender or union acting); pure market reports, earnings, prices and forecasts are no political news;
a business story with a government's act in it is taken, only its political acts required; at least two events
(coded as PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as one an
earlier gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute,
at most one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select42 = gold_script("select42", "gold-forty-second", "select_stories.py")
select41 = gold_script("select41", "gold-forty-first", "select_stories.py")
select40 = gold_script("select40", "gold-fortieth", "select_stories.py")
select39 = select42.select39
select38 = select42.select38
select37 = select42.select37
select35 = select42.select35
select23 = select42.select23
select22 = select42.select22
OWN = "eval/gold-forty-third/"
EARLIER = select42.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's and -forty-second's.
LATER = ((select37.START, select37.WALK), (select40.START, select40.WALK), (select38.START, select38.WALK),
         (select41.START, select41.WALK), (select35.START, select35.WALK), (select39.START, select39.WALK),
         (select42.START, select42.WALK))
START = select42.START + len(select42.WALK)  # 1000
STOP = 1151  # declared in advance (gold-forty-fourth's first position): this walk must end before it

WALK = [
    ("reuters-6395", True, "talks under way between Zaire and the IMF on a rescue; the World Bank's loan releases "
                           "and Belgium's agreed payments support, Mobutu's accusation of the IMF last October: an "
                           "international lender and a state (no earlier gold's story; gold-twenty-ninth's 7493 is "
                           "an IMF official's resignation)"),
    ("reuters-12857", False, "a mine fire's damage: corporate"),
    ("reuters-7663", True, "Poland's government trade union alliance warns that planned price rises could provoke "
                           "confrontation, after rejecting them the day before: a union's acts against its "
                           "government (another news story than gold-twenty-sixth's 10670, March 29, the rises "
                           "decreed)"),
    ("reuters-4431", False, "a state mining firm says no force majeure after guerrillas blew up a railway: one act "
                            "(the sabotage, told twice), the rest firms' statements"),
    ("reuters-4034", False, "Ecuador will honour its debt after the quake, a minister says: a policy statement of "
                            "intent, the measures to come"),
    ("reuters-10995", True, "the West African central bank's governor urges it join all IMF negotiations after a "
                            "meeting of the zone's finance ministers; the zone does not seek a break with the "
                            "Fund: a regional body and an international lender"),
    ("reuters-18447", False, "the OAU chairman says Africa cannot pay its debts: views at a conference (a "
                             "\"debtors' revolt\" not ruled out, no act)"),
    ("reuters-16114", False, "New Zealand's bond tender plan: market"),
    ("reuters-18573", False, "a shareholder's class action: corporate"),
    ("reuters-1210", False, "the export credit department names an executive director: a domestic appointment"),
    ("reuters-629", False, "an air-bag program flagging: corporate"),
    ("reuters-18415", False, "exchanges vie for gold futures: market"),
    ("reuters-4129", False, "Ecuador to ask OPEC to raise its export quota: the news story of gold-twenty-eighth's "
                            "4039 (the same title, a day earlier)"),
    ("reuters-2352", False, "Yeutter says a budget cut is key to trade: policy statements in a speech (as "
                            "gold-forty-second's skipped 2417)"),
    ("reuters-14953", False, "Tanzania raises prices and taxes: domestic fiscal policy"),
    ("reuters-14412", True, "Ontario lawmakers ask US legislators to exempt Canada from the trade bill's "
                            "retaliation provisions: legislators of one state appealing to another's (no earlier "
                            "gold's story)"),
    ("reuters-18625", False, "New Zealand's budget forecast seen positive: analysts' views"),
    ("reuters-4573", False, "Venezuela's president defends the signed rescheduling accord in his state of the "
                            "nation speech: domestic policy statements, the accord historical"),
    ("reuters-10209", True, "the White House Economic Policy Council makes its recommendation to Reagan on "
                            "retaliation against Japan over semiconductors: a government's decision in a trade "
                            "dispute (another news story than gold-forty-first's 10608, March 28, and "
                            "gold-thirtieth's 8602, March 24)"),
    ("reuters-3155", True, "the rubber pact renegotiation conference resumes under UNCTAD, its chairman urging a "
                           "settlement: talks between producing and consuming states (another news story than "
                           "gold-twenty-second's 7304, March 19, the pact to be adopted)"),
    ("reuters-10210", False, "a British opinion poll: no act"),
    ("reuters-12047", False, "Baker sees no trade war over the tariffs: views before a subcommittee (as "
                             "gold-thirty-fourth's skipped 12092)"),
    ("reuters-357", False, "Balladur expects better inflation data: a forecast"),
    ("reuters-3528", False, "Sumita sees little room to ease: a central bank's domestic views"),
    ("reuters-19918", False, "an Israeli minister sees exports to the US doubling: a forecast"),
    ("reuters-10693", False, "Indonesia limits the oil price impact: domestic fiscal policy"),
    ("reuters-19927", False, "Venezuela's budget oil price: domestic fiscal policy"),
    ("reuters-340", False, "the Italian boom: economic analysis"),
    ("reuters-10696", False, "dealers on Nakasone's comment: market"),
    ("reuters-21402", True, "the Philippine Senate approves repaying a private firm's loan to speed the "
                            "rescheduling accord with foreign banks, after Aquino accused banks of coercion: a "
                            "government's debt negotiation with its banks (October; another news story than "
                            "gold-forty-second's 3397)"),
    ("reuters-8033", False, "Alberta's budget: domestic fiscal policy"),
    ("reuters-18250", False, "British bankers on Volcker and Greenspan: views"),
    ("reuters-10733", False, "Ongpin says the investment notes will revive the Baker plan: the news story of "
                             "gold-forty-second's skipped 10799 (the same title and day), the Philippine bank "
                             "talks gold-forty-second took"),
    ("reuters-2606", False, "the coffee quota talks' failure stalls a market: market"),
    ("reuters-8360", False, "France boosts research funds for state industry: domestic policy"),
    ("reuters-18459", False, "Indonesia seeks more sugar output: domestic policy"),
    ("reuters-17634", False, "a US budget accord may be reached: legislative (as gold-thirty-fourth's skipped "
                             "12372)"),
    ("reuters-7615", False, "a utility's preferred stock: market"),
    ("reuters-19844", True, "Ecuador will produce above its OPEC quota to repay the crude lent by Venezuela, "
                            "Nigeria and Kuwait, explained to OPEC's meeting that raised its quota: a state and "
                            "OPEC (June; another news story than gold-twenty-eighth's 4039, March)"),
    ("reuters-7802", True, "the US presents its Airbus subsidy complaint to the GATT aircraft committee, which "
                           "agrees to open debate: a trade dispute between states (no earlier gold's story)"),
    ("reuters-7610", False, "Reagan vows to veto any tax increase: domestic fiscal policy statements (as "
                            "gold-forty-second's skipped 9347)"),
    ("reuters-3064", True, "the Japan Ex-Im Bank's president meets Funaro and makes no new commitment on Brazil's "
                           "renewed credit request: a state lender and a debtor state (another news story than "
                           "gold-thirty-eighth's 2503, March 5, the trip extended)"),
    ("reuters-7804", False, "economists call for growth abroad: views"),
    ("reuters-1248", True, "Funaro meets Stoltenberg in Bonn on debt, on a trip to explain Brazil's stance to "
                           "European governments: consultations between states (another news story than 3064, "
                           "taken, the Tokyo meeting six days later)"),
    ("reuters-8689", False, "a broker's purchase talks: corporate"),
    ("reuters-17893", False, "a British opinion poll: no act"),
    ("reuters-356", False, "a firm's payout: corporate"),
    ("reuters-3388", False, "the Ecuador earthquake's losses: a disaster's toll, no act"),
    ("reuters-10694", False, "a takeover bid: corporate"),
    ("reuters-8009", False, "the seaway's traffic outlook: a union's strike threat restated (\"has said\") and a "
                            "conciliator called in as background"),
    ("reuters-20865", False, "Yeutter says the free trade pacts should spur trade: policy statements in a speech"),
    ("reuters-13494", False, "a Greek official on austerity: domestic views"),
    ("reuters-16680", False, "takeover speculation: corporate"),
    ("reuters-5412", False, "Spain to relax exchange controls: domestic regulation"),
    ("reuters-17575", False, "bankers consider an export financing plan: business"),
    ("reuters-21491", False, "a bond market stalled: market"),
    ("reuters-7806", False, "the House budget writing collapses: legislative drafting"),
    ("reuters-6752", False, "a firm's outlook: corporate"),
    ("reuters-843", False, "the OECD's survey of France: an international body's report of assessments (as "
                           "gold-forty-second's skipped 10255)"),
    ("reuters-4490", False, "Glickman pushes his farm plan: legislative"),
    ("reuters-2310", True, "the Dutch social affairs minister withdraws the Rotterdam port's labour subsidy as he "
                           "had threatened, in the strike over redundancies; the union charges the employers with "
                           "inflated losses: a government's act in a labour dispute"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 505, "the earlier walks changed"
    assert [(s, s + len(w) - 1) for s, w in LATER] == [(506, 573), (574, 615), (650, 721), (722, 765), (800, 855),
                                                        (856, 901), (902, 999)], "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert START == 1000 and START + len(WALK) <= STOP, "the walk runs past position 1150"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
