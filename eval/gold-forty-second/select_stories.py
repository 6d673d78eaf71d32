"""Candidate walk for the forty-second article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 902, after gold-thirty-ninth's walk (856-901). Three golds walk disjoint stretches of the list this
session, declared before any of them read a story: gold-fortieth 574-649, gold-forty-first 722-799 and this one
902-1200, so this walk stops before 1201. Usage (from the repository root):
python3 eval/gold-forty-second/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-ninth rebuilds it (through gold-thirty-fourth's script and
gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-505
must equal the eight earlier walks (as gold-thirty-fourth checks them, plus its own WALK), 506-573
gold-thirty-seventh's WALK, 650-721 gold-thirty-eighth's, 800-855 gold-thirty-fifth's and 856-901
gold-thirty-ninth's ("the list moved" otherwise). The stories taken here must also be outside every gold now
written, the shared dev gold, used_records() and audited_records() (checked by print_walk). Rules as the earlier
walks: the story reports an act of a political actor (a government, minister, central bank, court, prosecutor,
regulator, parliament, international lender or union acting); pure market reports, earnings, prices and forecasts
are no political news; at least two events (coded as PLOVER's manual says, optional ones counted as the earlier
walks did); not the same news story as one an earlier gold took or one already taken; at most three stories on one
conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each
position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select39 = gold_script("select39", "gold-thirty-ninth", "select_stories.py")
select37 = gold_script("select37", "gold-thirty-seventh", "select_stories.py")
select38 = gold_script("select38", "gold-thirty-eighth", "select_stories.py")
select34 = select39.select34
select35 = select39.select35
select23 = select39.select23
select22 = select39.select22
OWN = "eval/gold-forty-second/"
EARLIER = select39.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -thirty-eighth's, -thirty-fifth's and
# gold-thirty-ninth's (574-649 and 722-799 are this session's other blind golds', not read here).
LATER = ((select37.START, select37.WALK), (select38.START, select38.WALK), (select35.START, select35.WALK),
         (select39.START, select39.WALK))
START = select39.START + len(select39.WALK)  # 902
STOP = 1201  # declared in advance: this walk must end before it

WALK = [
    ("reuters-17050", False, "a government agency's monthly economic report: assessments, no act toward another (as "
                             "gold-thirty-ninth's skipped 12764)"),
    ("reuters-20823", False, "exchanges' computers strained by the stock collapse: market"),
    ("reuters-10778", False, "Dutch bonds seen rallying: market"),
    ("reuters-17650", False, "a union's bargaining council opens closed strategy sessions: a document's goals before "
                             "talks, no act yet"),
    ("reuters-3609", True, "Ecuador's deputy energy minister arrives in Caracas for talks on further Venezuelan help "
                           "to its oil industry after the earthquake; Venezuela has already agreed to lend five mln "
                           "barrels: aid between states (another news story than gold-twenty-eighth's 4039, Ecuador "
                           "to ask OPEC for a higher quota)"),
    ("reuters-2417", False, "speakers at a farm trade conference call for reform: policy statements in speeches (as "
                            "gold-thirty-ninth's skipped 5458)"),
    ("reuters-13414", False, "London equities higher: market"),
    ("reuters-18086", False, "Bundesbank credit policy changes unlikely, economists say: a forecast"),
    ("reuters-7381", False, "a restaurant chain's sales outlook: corporate"),
    ("reuters-17396", False, "speculation on German rates not shared: market views"),
    ("reuters-17434", False, "Venezuela's president decrees wage bonuses and a price freeze: domestic economic "
                             "policy (as gold-thirty-ninth's skipped 20287 and 11530)"),
    ("reuters-17454", False, "Israel's central bank annual report warns of election spending: domestic economic "
                             "views"),
    ("reuters-8134", False, "an analyst's view of an oil tax cut: a forecast"),
    ("reuters-16543", True, "Argentina's treasury secretary says the country is near accord with its creditor banks; "
                            "the economy minister accused the banks at the IMF of blocking an accord: a government's "
                            "debt negotiation with its banks"),
    ("reuters-4259", True, "Sweden announces its sanctions program against South Africa and sets an October deadline "
                           "for firms to cut trade links: sanctions between states"),
    ("reuters-9975", False, "the wage round said to limit the Bundesbank's options: economists' views (the unions' "
                            "warning strikes background)"),
    ("reuters-3558", True, "an IMF delegation visits Israel and its interim report warns that rapid wage rises "
                           "threaten stabilisation, supporting the central bank's rate rise: an international lender "
                           "and a state"),
    ("reuters-3397", True, "Ongpin outlines his investment-note plan to the Philippines' bank advisory committee, "
                           "which meets tomorrow on its response: a government's debt negotiation (another news "
                           "story than gold-thirty-ninth's 8049, the round ended March 20)"),
    ("reuters-14894", False, "a firm plans a Philippine sulphur mine: corporate"),
    ("reuters-20474", False, "the Soviet oil output target for 1988: a domestic plan"),
    ("reuters-2010", False, "five groups bid for a state telephone firm: privatisation bids, firms' acts (the "
                            "government's choice to come)"),
    ("reuters-15698", False, "a takeover proposal: corporate"),
    ("reuters-833", False, "Yeutter warns the EC against its proposed oils and fats tax: the US opposition that "
                           "gold-thirty-fifth's 1848 (March 4, the US reaffirms its opposition) reports a day later, "
                           "likely the same news story; the dispute already has three stories in the golds"),
    ("reuters-9897", False, "Keating revises his growth forecast: a forecast to parliament"),
    ("reuters-20772", False, "the stock drop seen slowing Japanese buying: market"),
    ("reuters-4665", True, "Japan's Foreign Ministry dismisses US officials' objections to Fujitsu's purchase of "
                           "Fairchild; Baldrige asked the White House to consider blocking it: trade diplomacy "
                           "between states (the Fairchild sale; no earlier gold's story)"),
    ("reuters-6649", True, "Zambia clears its 1985 IMF arrears after three weeks of talks with the IMF; a delegation "
                           "to go to Washington to complete negotiations: an international lender and a state"),
    ("reuters-17506", False, "Boeing to acquire a defence electronics firm: corporate"),
    ("reuters-8201", False, "a former adviser calls Brazil's debt request modest: an economist's views"),
    ("reuters-5827", False, "Zambia's state copper firm diverts exports from South Africa, a paper says: a state "
                            "firm's export routes, no act toward another stated"),
    ("reuters-20243", False, "the Swiss budget surplus: domestic fiscal policy"),
    ("reuters-10776", False, "the budget director says no tax compromise: domestic fiscal policy statements (as "
                             "gold-thirty-ninth's skipped 12916)"),
    ("reuters-10704", False, "Bahrain's monetary agency sets a new money market regime: domestic bank regulation"),
    ("reuters-8569", False, "a telephone firm's outlook: corporate"),
    ("reuters-17004", False, "a fund limits its purchases of a firm's stock: corporate"),
    ("reuters-704", False, "an exchange's new trading rules: an exchange's rules"),
    ("reuters-9907", False, "a feed compounder's test case against the grain levy: firms' legal action, proceedings "
                            "to come"),
    ("reuters-21368", False, "Soviet economic targets for 1988: a domestic plan"),
    ("reuters-11639", False, "an oil firm's talks with suppliers: corporate"),
    ("reuters-10255", False, "GATT's annual report warns the US on its budget and protectionism: an international "
                             "body's report of assessments and forecasts (as gold-thirty-ninth's skipped 12764)"),
    ("reuters-12730", False, "Japanese banks expand in Hong Kong: business analysis (a routine licence; Britain's "
                             "threat background)"),
    ("reuters-19038", False, "Philippine stocks at record highs: market"),
    ("reuters-6472", False, "the US ambassador sees a bright Philippine future: an envoy's forecast"),
    ("reuters-5115", False, "the US says Canada complies with the lumber pact: the news story of "
                            "gold-thirty-second's 5132 (the same title and day)"),
    ("reuters-1893", False, "New Zealand writes off a producer board's debt: domestic fiscal policy"),
    ("reuters-17960", False, "a possible bid: corporate"),
    ("reuters-3478", False, "Tokyo's city government issues a dollar bond: market"),
    ("reuters-6588", False, "Soviet buying skews the corn market: market"),
    ("reuters-10304", False, "the outgoing US envoy says Manila will pay its debts: an envoy's forecast (the support "
                             "restated)"),
    ("reuters-4525", False, "the House Speaker backs an oil import bill: legislative (as gold-thirty-fourth's "
                            "skipped 12372)"),
    ("reuters-11769", False, "a Chinese official criticises domestic grain policy: domestic policy views"),
    ("reuters-16777", False, "Japanese farm reform as key to trimming the surplus: analysts' analysis"),
    ("reuters-10125", False, "a Senate committee works on deficit cuts: legislative drafting (as "
                             "gold-thirty-fourth's skipped 12372)"),
    ("reuters-13052", False, "two mercury producers agree a minimum price: corporate"),
    ("reuters-13861", False, "a grain board adjusts export prices: prices"),
    ("reuters-10473", False, "Honeywell completes a sale: corporate"),
    ("reuters-15488", False, "private firms complain of state firms' bonds: domestic business views"),
    ("reuters-18542", False, "a presidential commission's report on a state airline's losses: domestic findings"),
    ("reuters-2449", False, "energy futures: market"),
    ("reuters-17551", False, "a share purchase: corporate"),
    ("reuters-11594", False, "an executive retires: corporate"),
    ("reuters-21508", False, "a row between the Bundesbank and the finance minister: analysis of a domestic policy "
                             "dispute"),
    ("reuters-19688", False, "a purchase option extended: corporate"),
    ("reuters-18278", False, "a bank's proxy votes at a firm's meeting: corporate"),
    ("reuters-19069", False, "a state oil firm renews supply contracts: commercial trade contracts"),
    ("reuters-11587", False, "two US departments dispute cargo preference costs: domestic interagency dispute"),
    ("reuters-17232", False, "a trading house buys a supercomputer: corporate"),
    ("reuters-6922", False, "debt futures volatility: market"),
    ("reuters-18007", False, "a bond issue enlarged: market"),
    ("reuters-4622", False, "a newspaper sold: corporate"),
    ("reuters-9719", True, "Sri Lanka to appeal to its aid donors for drought aid; the foreign minister briefed "
                           "donors' representatives and made a general appeal: a state's appeal for aid"),
    ("reuters-8158", False, "Burma's debt service ratio, an inspectors' report: figures; one application to the UN "
                            "(one act)"),
    ("reuters-9296", False, "a savings bank's acquisition assisted by the FSLIC: corporate"),
    ("reuters-4632", False, "Japan denies breaking the chip pact: the MITI remarks that 4665 (taken) reports the "
                            "same day; the semiconductor dispute is many earlier golds' story"),
    ("reuters-9123", True, "Brazil and its bank advisory committee agree to transmit a request to extend 16 billion "
                           "dlrs of credit lines; the central bank president says no interest payment for now: a "
                           "government's debt negotiation with its banks"),
    ("reuters-19102", False, "the budget director threatens a veto of Congress's budget: domestic fiscal policy "
                             "statements (as gold-thirty-ninth's skipped 12916)"),
    ("reuters-8510", False, "a firm's quarterly outlook: corporate"),
    ("reuters-10799", False, "Ongpin says the investment notes will revive the Baker plan: a minister's views of the "
                             "accord struck last Friday (the Philippine bank talks already taken at 3397)"),
    ("reuters-10537", False, "cotton seedings estimates: market"),
    ("reuters-7950", True, "deputy finance ministers of the Group of 10 meet at the IMF in Paris to discuss debt, "
                           "trade and currencies: consultations between states"),
    ("reuters-5280", False, "Taiwan says the US wants its dollar to rise: the news story of gold-twenty-eighth's "
                            "5183 (the same title)"),
    ("reuters-4226", False, "a banker expects a Brazil debt solution: a banker's forecast"),
    ("reuters-19019", False, "Canada's personal tax reform: domestic fiscal policy"),
    ("reuters-2508", False, "House members scale back a farm bill provision: legislative drafting"),
    ("reuters-15450", True, "the Group of Seven finance ministers agree on stable currencies and welcome Japan's "
                            "stimulus plans in a communique: agreements between states (another news story than "
                            "gold-twenty-eighth's 14987, Stoltenberg before the meeting)"),
    ("reuters-9347", False, "Reagan opposes new taxes, urges Congress to a budget: domestic fiscal policy statements"),
    ("reuters-18299", False, "Volcker leaves despite requests to stay: a domestic appointment"),
    ("reuters-14611", False, "energy futures: market"),
    ("reuters-17896", False, "the Philippine central bank governor on growth: views and forecasts"),
    ("reuters-2973", False, "Ecuador to export no oil for four months: the quake's effects; its political acts "
                            "(Venezuela's oil loan, a relief commission) are the aid whose further talks 3609 "
                            "(taken) reports"),
    ("reuters-18776", False, "Indonesia's debt ratio peaks after the donors' meeting: the news story of "
                             "gold-thirty-second's 18681 (the IGGI pledges)"),
    ("reuters-12216", False, "a telephone firm's earnings outlook: corporate"),
    ("reuters-16784", False, "Lyng opens his Japan farm trade talks: the news story of gold-thirty-ninth's 16763 "
                             "(the same day's talks)"),
    ("reuters-6876", False, "division seen on helping the oil industry: analysts' views (a proposal to come)"),
    ("reuters-19950", False, "a savings bank's branch acquisition: corporate"),
    ("reuters-248", False, "Saudi Arabia reiterates its commitment to the OPEC accord: restated policy statements, "
                           "no new act"),
    ("reuters-9764", False, "monetary authorities said to lose credibility: market analysis"),
    ("reuters-5810", True, "South Korea says Japan complained to GATT that its plan to cut the trade deficit with "
                           "Japan breaks GATT rules; Seoul wants Tokyo to ease import curbs: trade diplomacy between "
                           "states"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 505, "the earlier walks changed"
    assert [(s, s + len(w) - 1) for s, w in LATER] == [(506, 573), (650, 721), (800, 855), (856, 901)], \
        "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert START == 902 and START + len(WALK) <= STOP, "the walk runs past position 1200"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
