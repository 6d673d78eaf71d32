"""Candidate walk for the forty-sixth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked from position
1,061, after gold-forty-third's walk (1,000-1,060). Three golds walk disjoint stretches of the list this session,
declared before any of them read a story: this one 1,061-1,150, gold-forty-seventh 616-649 and 766-799 and
gold-forty-eighth 1,233-1,300 and 1,388-1,452, so this walk stops before 1151 (gold-forty-fourth's first position).
Usage (from the repository root): python3 eval/gold-forty-sixth/select_stories.py [N]

The list is rebuilt exactly as gold-forty-fifth rebuilds it (through gold-forty-second's script, gold-thirty-
ninth's, gold-thirty-fourth's and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood
when it was drawn). Positions 1-505 must equal the eight earlier walks and gold-thirty-fourth's (as
gold-forty-second checks them), 506-573 gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721
gold-thirty-eighth's, 722-765 gold-forty-first's, 800-855 gold-thirty-fifth's, 856-901 gold-thirty-ninth's, 902-999
gold-forty-second's, 1,000-1,060 gold-forty-third's, 1,151-1,232 gold-forty-fourth's and 1,301-1,387
gold-forty-fifth's ("the list moved" otherwise); the stretch walked here (1,061-1,150) lies between
gold-forty-third's last position and gold-forty-fourth's first, so no position inside it belongs to another walk.
The stories taken here must also be outside every gold now written, the shared dev gold, used_records() and
audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act of a political
actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international lender or
union acting); pure market reports, earnings, prices and forecasts are no political news; a business story with a
government's act in it is taken, only its political acts required; at least two events (coded as PLOVER's manual
says, optional ones counted as the earlier walks did); not the same news story as one an earlier gold took or one
already taken; at most three stories on one conflict, at most four on one trade dispute, at most one
analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select45 = gold_script("select45", "gold-forty-fifth", "select_stories.py")
select44 = gold_script("select44", "gold-forty-fourth", "select_stories.py")
select43 = gold_script("select43", "gold-forty-third", "select_stories.py")
select42 = select45.select42
select23 = select45.select23
select22 = select45.select22
OWN = "eval/gold-forty-sixth/"
EARLIER = select45.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's and -forty-second's (as gold-forty-fifth checks them), then
# -forty-third's, -forty-fourth's and -forty-fifth's, the last session's three stretches.
LATER = select45.LATER + ((select43.START, select43.WALK), (select44.START, select44.WALK),
                          (select45.START, select45.WALK))
START = 1061  # declared in advance: gold-forty-third's walk ended at 1,060
STOP = 1151  # declared in advance: this walk must end before it (gold-forty-fourth's first position)

WALK = [
    ("reuters-1611", False, "Turkey's planning director on the payments deficit and spending cuts: domestic fiscal "
                            "policy (a government official's views)"),
    ("reuters-6613", False, "American Express agrees a debt/equity swap with Mexico's government and business groups: "
                            "one act, a firm's report (as gold-forty-fifth's skipped 1632)"),
    ("reuters-9705", False, "Vietnam orders its army to grow more food: a domestic order"),
    ("reuters-19982", False, "Pakistan's state to control 70 pct of tea imports: domestic trade policy (the "
                             "pressure on Kenya traders' reading)"),
    ("reuters-8637", False, "the Philippine trade secretary pleased with the Taupo GATT meeting: a minister's views "
                            "after a meeting (as gold-forty-fifth's skipped 2553; his trip to come a plan)"),
    ("reuters-7176", False, "Iran's parliament approves its budget: domestic fiscal policy"),
    ("reuters-17450", True, "the Cartagena group's officials meet in Mexico to draw up debt proposals; its letter to "
                            "the G-7 leaders asks for stable interest rates: debtor states' diplomacy"),
    ("reuters-9230", False, "a raised takeover bid: corporate"),
    ("reuters-10373", False, "the EC Commission extends its free food scheme: the Community's internal farm policy"),
    ("reuters-20061", False, "Takeshita faces a tough job, economists and businessmen say: views"),
    ("reuters-16092", True, "the IMF and World Bank Development Committee blames industrial countries' farm "
                            "protection and criticises slower lending to debtors: an international body's charges"),
    ("reuters-1776", False, "a US dairy support price cut seen likely: a legislator's forecast"),
    ("reuters-17155", False, "Spain's cabinet approves steel industry aid: domestic industrial policy"),
    ("reuters-17686", False, "Canadian lumber exports may become unprofitable: an industry council's views"),
    ("reuters-9196", False, "Singapore's growth estimate to parliament: a forecast"),
    ("reuters-14763", False, "a House committee cuts Star Wars funding: legislative (domestic)"),
    ("reuters-9554", False, "Canada may monitor steel shipments: a measure under study, anonymous officials' views "
                            "(the decision is gold-fortieth's 15313 of April 8)"),
    ("reuters-8423", False, "a coal group drops its opposition to a utility's plan: corporate"),
    ("reuters-295", False, "Japanese securities houses plan faster bond issues: market practice (a ministry's "
                           "advisers' proposals background)"),
    ("reuters-16036", True, "France proposes a new World Bank facility for the poorest countries' debt and easier "
                            "IMF terms: a government's proposals to international lenders"),
    ("reuters-19532", False, "Singapore banks expand securitisation: market analysis"),
    ("reuters-8092", False, "workers at a GM unit in Spain call strikes next month: a firm's wage dispute, one act to "
                            "come (the government's wage guideline background)"),
    ("reuters-14667", False, "two exchanges combine trading floors: an exchange's affairs"),
    ("reuters-11007", False, "refiners must cut runs, industry officials say: industry views"),
    ("reuters-18835", True, "the EC charges the US at GATT's surveillance body with breaking the standstill pledge; "
                            "the US charges Japan and asks for consultations: trade disputes between states"),
    ("reuters-12861", False, "a mine fire's damage: corporate"),
    ("reuters-19351", False, "an investor group's stake: corporate"),
    ("reuters-3364", False, "the API president on oil import options: an industry body's views"),
    ("reuters-18380", True, "Nigeria's and Congo's presidents urge donors to act on Africa's debt at the ECA "
                            "conference; Canada's minister backs them: states' diplomacy at a conference"),
    ("reuters-19869", False, "Venezuela's cabinet sets a new exchange rate for oil earnings: domestic monetary policy"),
    ("reuters-10812", False, "British Gas repays debt to the government: corporate"),
    ("reuters-240", True, "Manila to offer its bank creditors debt certificates as an alternative to cash and sticks "
                          "to its spread demand, a paper and Ongpin say: a government's debt negotiation with its "
                          "banks (another news story than gold-forty-first's 1870, March 4, and gold-forty-second's "
                          "3397, March 9, the proposal presented)"),
    ("reuters-8095", True, "King Fahd's state visit to Britain this week, with the two sides' positions on Syria, "
                           "trade and oil: diplomacy between states"),
    ("reuters-17148", False, "a takeover agreement subject to government approval: corporate"),
    ("reuters-8943", False, "a futures co-operative's dissolution vote: corporate"),
    ("reuters-18414", False, "a mining firm's contract talks with its unions: a firm's report of labour talks"),
    ("reuters-19835", False, "Pakistan allows private cotton and rice exports: domestic trade policy"),
    ("reuters-3523", True, "Indonesia signs a 150 billion yen loan from Japan's Export-Import Bank: aid from a state's "
                           "lending agency to a state"),
    ("reuters-19367", True, "Malaysia's minister meets EC commissioners, fears the oils tax's revival and will urge "
                            "the tin producers to fund research: trade diplomacy between a state and the EC (another "
                            "news story than the golds' earlier oils and fats tax stories)"),
    ("reuters-7811", False, "a special company refinances Mexico's official debt to Italy: a bank's financing (the "
                           "official accords background)"),
    ("reuters-12188", False, "the US tariffs on Japan will not be delayed, analysts and officials say: analysis of the "
                             "chip dispute"),
    ("reuters-236", True, "Kuwait's oil minister denies exceeding its OPEC quota and says no member asked for an "
                          "emergency meeting; a committee meeting postponed at members' request: acts of OPEC's "
                          "member states"),
    ("reuters-17055", False, "Suharto's party leads the vote count: election results (domestic)"),
    ("reuters-952", False, "Indonesia's energy minister says OPEC is within its ceiling: a minister's views"),
    ("reuters-5098", True, "Brazil's central bank president warns creditors against retaliation and rejects IMF "
                           "monitoring: a debtor state's dispute with its creditors (another news story than the "
                           "golds' earlier Brazil debt stories)"),
    ("reuters-1685", False, "Japan's low growth model: economic analysis"),
    ("reuters-15873", False, "Miyazawa's statement to the Interim Committee on currency shifts: policy statements (as "
                             "gold-forty-fifth's skipped 4256)"),
    ("reuters-8473", False, "bankers hopeful on the Philippine debt talks: bankers' views (the Philippine bank talks "
                            "already taken at 240)"),
    ("reuters-7515", False, "an EC official says the oils tax's fate is uncertain: views (the oils tax already taken "
                            "at 19367)"),
    ("reuters-20409", False, "Donald Regan says the government should ease credit: a former official's views"),
    ("reuters-4988", False, "factors point to Soviet corn buying: market analysis"),
    ("reuters-1967", False, "a French intervention rate cut likely, dealers say: market"),
    ("reuters-660", False, "AMC moves a new jeep after its talks with the UAW fail: a firm's labour dispute, told by "
                           "the firm (as 18414)"),
    ("reuters-7626", False, "the Senate wants the chip pact enforced: the news story of gold-thirty-fifth's 7521 (the "
                            "same title, a day earlier)"),
    ("reuters-12196", True, "aid donors promise Senegal 1.8 billion dlrs, the World Bank says: aid to a state"),
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
                                                       (856, 901), (902, 999), (1000, 1060), (1151, 1232),
                                                       (1301, 1387)], "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    walked_by_others = {p for first, walk in LATER for p in range(first, first + len(walk))}
    assert not walked_by_others & set(range(START, STOP)), "another walk entered this stretch"
    assert len(order) == 1452 and START == 1061 and START + len(WALK) <= STOP, "the walk runs past position 1150"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
