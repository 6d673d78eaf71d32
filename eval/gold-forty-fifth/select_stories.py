"""Candidate walk for the forty-fifth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked from position
1301. Three golds walk disjoint stretches of the list this session, declared before any of them read a story:
gold-forty-third 1,000-1,150, gold-forty-fourth 1,151-1,300 and this one 1,301-1,452 (the list's end), so this walk
stops before 1453. Usage (from the repository root): python3 eval/gold-forty-fifth/select_stories.py [N]

The list is rebuilt exactly as gold-forty-second rebuilds it (through gold-thirty-ninth's script, gold-thirty-fourth's
and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions
1-505 must equal the eight earlier walks (as gold-thirty-fourth checks them, plus its own WALK), 506-573
gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721 gold-thirty-eighth's, 722-765 gold-forty-first's,
800-855 gold-thirty-fifth's, 856-901 gold-thirty-ninth's and 902-999 gold-forty-second's ("the list moved"
otherwise). Positions 1,000-1,300 are this session's other blind golds', not read here. The stories taken here must
also be outside every gold now written, the shared dev gold, used_records() and audited_records() (checked by
print_walk). Rules as the earlier walks: the story reports an act of a political actor (a government, minister,
central bank, court, prosecutor, regulator, parliament, international lender or union acting); pure market reports,
earnings, prices and forecasts are no political news; at least two events (coded as PLOVER's manual says, optional
ones counted as the earlier walks did); not the same news story as one an earlier gold took or one already taken; at
most three stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12
stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select42 = gold_script("select42", "gold-forty-second", "select_stories.py")
select40 = gold_script("select40", "gold-fortieth", "select_stories.py")
select41 = gold_script("select41", "gold-forty-first", "select_stories.py")
select39 = select42.select39
select37 = select42.select37
select38 = select42.select38
select35 = select42.select35
select23 = select42.select23
select22 = select42.select22
OWN = "eval/gold-forty-fifth/"
EARLIER = select42.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's and -forty-second's (1,000-1,300 are this session's other blind
# golds', not read here).
LATER = ((select37.START, select37.WALK), (select40.START, select40.WALK), (select38.START, select38.WALK),
         (select41.START, select41.WALK), (select35.START, select35.WALK), (select39.START, select39.WALK),
         (select42.START, select42.WALK))
START = 1301  # declared in advance: gold-forty-fourth's stretch ends at 1,300
STOP = 1453  # declared in advance: this walk must end before it (the list holds 1,452)

WALK = [
    ("reuters-8186", False, "Yeutter sees the US and Japan near trade conflict: trade ministers' views before their "
                            "meeting (as gold-forty-second's skipped 2417)"),
    ("reuters-4256", False, "a Treasury official calls the Philippine pact very near and urges the banks to widen "
                            "their options: policy statements in a conference speech (as gold-forty-second's skipped "
                            "2417)"),
    ("reuters-9223", False, "a firm undecided on a proposed airport: corporate"),
    ("reuters-19047", True, "US officials ask Japan's planning minister, on his visit, what Japan could do in a US "
                            "recession; congressmen want its package implemented quickly: economic diplomacy between "
                            "states"),
    ("reuters-9651", False, "the farm credit system to ask Congress for a stock guarantee: a domestic request to come "
                            "(legislative)"),
    ("reuters-9206", False, "a firm's growth outlook: corporate"),
    ("reuters-919", False, "a government bond issue sold out: market"),
    ("reuters-6125", False, "a state oil firm's refinery joint venture: commercial contracts (as gold-forty-second's "
                            "skipped 19069)"),
    ("reuters-10123", False, "dealers doubt a Japanese cash influx: market"),
    ("reuters-19998", False, "Venezuela's energy minister sees stable oil prices: a forecast"),
    ("reuters-13319", False, "the New Zealand dollar: market"),
    ("reuters-6119", False, "an Energy Department report on oil imports: a government's report, no act toward another"),
    ("reuters-9946", False, "central bank intervention in the currency market: market"),
    ("reuters-5004", False, "analysts on Citicorp and Brazil's debt: analysts' views"),
    ("reuters-16154", False, "euro medium-term notes: market"),
    ("reuters-10311", True, "Japan's postal minister writes to Baldrige that the ministry does not object to US "
                            "firms' stakes in a new telecom carrier but opposes a foreign carrier's management role: "
                            "trade diplomacy between states (another news story than gold-forty-first's 7765, the "
                            "merger opposed on March 20)"),
    ("reuters-14478", False, "Yeutter warns Congress against required retaliation: domestic policy statements in a "
                             "speech"),
    ("reuters-2947", False, "an Argentine official says Brazil's maize decision will not affect exports: views"),
    ("reuters-9336", False, "South Africa's debt pact lifts the rand: market reaction and bankers' views (the accord "
                            "announced the day before, background)"),
    ("reuters-15217", False, "a firm's stake talks: corporate"),
    ("reuters-16864", True, "Argentina's undersecretary for external debt praises the bank committee and describes "
                            "the new financing package; bankers say the US pressed for the accord: a government's "
                            "debt negotiation with its banks (another news story than gold-forty-second's 16543, near "
                            "accord on April 13)"),
    ("reuters-14888", False, "a brewer joins the bids for sequestered shares: corporate bids (a government panel's "
                             "sale to come)"),
    ("reuters-8670", False, "Miyazawa says major nations must act on currencies: a minister's view of an accord "
                            "already reached"),
    ("reuters-9714", True, "Ongpin says the Philippine talks with the banks proceed on pricing after Manila dropped "
                           "its two-tier offer: a government's debt negotiation with its banks (another news story "
                           "than gold-forty-second's 3397, March 9, and gold-thirty-ninth's 8049, March 20)"),
    ("reuters-17325", False, "pressure for US action on the dollar: market analysis"),
    ("reuters-12750", False, "China curtails price reform: analysis of domestic policy"),
    ("reuters-19968", False, "the Justice Department asks the ICC to go slowly on a bus merger: a department's filing "
                             "with a regulator, domestic proceedings (as gold-forty-second's skipped 11587)"),
    ("reuters-20511", True, "EC foreign ministers agree a trade deal compensating Argentina for the enlargement, "
                            "refer the fish dispute with Canada to GATT and continue talks with Japan: trade "
                            "agreements between an international body and states"),
    ("reuters-12399", False, "Thai coffee exporters oppose quotas: a trade association's views"),
    ("reuters-9560", False, "a firm's earnings outlook: corporate"),
    ("reuters-11009", False, "a firm's contracts: corporate"),
    ("reuters-17040", False, "Japan's lower house passes the budget: legislative"),
    ("reuters-12070", False, "Baker tells a House subcommittee Brazil is not in crisis: views in testimony"),
    ("reuters-12279", False, "analysts on a firm's loss: corporate"),
    ("reuters-9058", False, "corn acreage estimates: market"),
    ("reuters-17166", False, "paper and lumber stocks: market"),
    ("reuters-14802", False, "currency futures: market"),
    ("reuters-2553", False, "Costa Rica's minister hopeful on ICO quota reform: a minister's views after a meeting"),
    ("reuters-11519", False, "a USDA official sympathetic to wood credits: views in testimony"),
    ("reuters-14698", False, "commodity futures: market"),
    ("reuters-10635", False, "China's leaders on its foreign debt: views"),
    ("reuters-19016", False, "Canada's sales tax reform: domestic fiscal policy"),
    ("reuters-14950", False, "a French banker on China's debt: a banker's views"),
    ("reuters-13019", False, "Canadian money supply: figures"),
    ("reuters-12473", False, "a Japanese official says trade friction will last: an anonymous official's views (the "
                             "US tariffs and charges background; retaliation only not ruled out)"),
    ("reuters-12909", False, "EFTA fears the EC's market plans: analysis (background acts only)"),
    ("reuters-19509", True, "Norway extends its oil output cut in support of OPEC after the Vienna accord: a state's "
                            "cooperation with an international organisation"),
    ("reuters-18609", False, "Indonesia rejects the World Bank's farm reform proposals: the news story of "
                             "gold-twenty-sixth's 18642 (the same title and day)"),
    ("reuters-12490", True, "the Other Milds coffee producers will meet on May 4 to discuss restoring quotas; the ICO "
                            "board meeting ended with no move to restart talks: meetings of producing states (an "
                            "international commodity body)"),
    ("reuters-14843", False, "a bank's merger: corporate"),
    ("reuters-7524", False, "Reagan vows to veto tax increases: domestic fiscal policy statements (as "
                            "gold-forty-second's skipped 19102)"),
    ("reuters-8437", False, "EC export aid figures: figures"),
    ("reuters-20986", False, "Canada's finance minister says the economy is sound: views"),
    ("reuters-8252", False, "Japan's letter to US policy makers to save the chip pact: likely the news story of "
                            "gold-thirtieth's 8602 (March 24, MITI's letters), reported a day earlier"),
    ("reuters-12460", False, "a decision expected on a state arms firm's sale: domestic privatisation to come"),
    ("reuters-627", False, "a car maker's exports: corporate"),
    ("reuters-10546", False, "gold prices: market"),
    ("reuters-7545", False, "Asian droughts: weather analysis"),
    ("reuters-20202", False, "the White House deficit estimate: domestic fiscal figures"),
    ("reuters-4268", False, "a credit reform bill sent to Congress: legislative"),
    ("reuters-7405", False, "Mexico's loan to be signed amid calls for change: bankers' analysis of loan syndication "
                            "(the debtors' acts background)"),
    ("reuters-1632", False, "a firm's pollution settlement with the government: one act, the firm's report"),
    ("reuters-5577", False, "a new senator backs decoupling: a legislator's views"),
    ("reuters-6143", False, "the UK budget and gilts: market"),
    ("reuters-8633", False, "Indonesian bank profits: corporate"),
    ("reuters-15761", True, "Japan's MITI vice minister meets the deputy US trade representative to head off the chip "
                            "tariffs; a second round tomorrow: trade diplomacy between states (the US-Japan chip "
                            "dispute; another news story than gold-fortieth's 15154, the talks announced on April 8)"),
    ("reuters-1933", False, "Spain's central bank raises the reserve requirement: domestic bank regulation"),
    ("reuters-6032", False, "Baker says the US seeks no IADB veto: the US position restated, a policy statement (as "
                            "gold-forty-second's skipped 248)"),
    ("reuters-18985", False, "the OECD's German growth forecast: a forecast"),
    ("reuters-9720", False, "Miyazawa says major nations are acting on the Paris accord: views to parliament"),
    ("reuters-13277", False, "an opposition leader warns of famine: one domestic accusation"),
    ("reuters-18150", True, "ACP ambassadors say the EC's proposed oils and fats tax would breach the Lome Convention "
                            "and its GATT undertaking: trade diplomacy between states (another news story than the "
                            "golds' earlier oils tax stories)"),
    ("reuters-6558", False, "a power firm may suspend payments: corporate"),
    ("reuters-8119", False, "Singapore's inflation forecast: a forecast"),
    ("reuters-4712", False, "Miyazawa sees stable exchange rates: a forecast"),
    ("reuters-18797", True, "the World Bank lends Mexico 400 mln dlrs for agricultural credit: aid from an "
                            "international lender to a state"),
    ("reuters-18491", False, "New Zealand's budget forecast: domestic fiscal policy"),
    ("reuters-14436", False, "demand for a privatisation offer: market"),
    ("reuters-11463", False, "Ireland's budget: domestic fiscal policy"),
    ("reuters-1902", False, "a state shipbuilder seeks Japanese ventures: corporate"),
    ("reuters-230", False, "Manila's debt bond offer to its banks, a paper says: the Philippine bank talks already "
                           "taken at 9714"),
    ("reuters-2499", True, "France and Yugoslavia agree to set up a joint economic commission in ministers' talks: "
                           "cooperation between states"),
    ("reuters-7186", False, "an exchange's new chairman: an exchange's affairs"),
    ("reuters-11985", False, "a buyback: corporate"),
    ("reuters-3413", False, "an investor's stake talks: corporate"),
    ("reuters-19825", False, "Canada's securities deregulation: business analysis"),
    ("reuters-4824", True, "negotiations on a new International Natural Rubber Agreement reach the make-or-break "
                           "point; consumers ask for automatic price adjustment, producers resist: negotiations "
                           "between states (another news story than gold-twenty-second's 7304, the pact to be adopted "
                           "on March 19)"),
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
    assert len(order) == STOP - 1 and START + len(WALK) <= STOP, "the walk runs past the list's end"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
