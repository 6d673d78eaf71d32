"""Candidate walk for the fifty-first article gold (written blind, 'gold-fifty-fourth'): the one-keyword business
list (gold_selection.one_keyword_business_list, imported, not rebuilt: 1,384 Reuters-21578 records of 80-1,200 words
with exactly one political keyword hit and at least one economic one), walked over two stretches declared in advance:
from position 212, stopping before 301, then from 487, stopping before 601. The twenty-eighth session's three blind
golds walked 1-155, 301-486 and 601-884 of the list; positions 156-211 are left out because a writer looked at them.
This session three golds walk disjoint stretches, declared before any of them read a story: gold-fifty-second
885-1,134, gold-fifty-third 1,135-1,384, gold-fifty-fourth (this one) 212-300 then 487-600; the other two were
written at the same time and were not read here.
Usage (from the repository root): python3 eval/gold-fifty-fourth/select_stories.py [N]
(N: how many positions of each stretch to print; without it, the walked ones.)

Rules as gold-forty-eighth's and gold-thirty-sixth's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament, international lender or body acting
toward another); pure market reports, earnings, prices, figures and forecasts are no political news; a business
story with a government's act in it is taken, only its political acts required; labour disputes with an employer,
domestic economic, monetary and fiscal policy, regulation, legislation, corporate news (state firms' business
included), commodity meetings, civil litigation, appointments, views, accidents and natural disasters are skipped;
at least two events (optional ones counted, as the earlier walks did); not the same news story as one an earlier
gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most
one analysis/opinion piece; 12 stories. WALK_FIRST and WALK_SECOND give each position's reason;
gold_selection.print_walk checks that each is the list's order from its start and that no story taken is held by
any gold now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-fourth/"
LIST_LENGTH = 1384  # the list as gold_selection draws it
# Declared in advance: the first stretch starts where nobody has looked (156-211 were looked at) and ends where
# gold-fiftieth's declared stretch begins; the second goes on after gold-fiftieth's walk ended (486) and stops where
# gold-fifty-first's stretch begins.
FIRST_START, FIRST_STOP = 212, 301
SECOND_START, SECOND_STOP = 487, 601

WALK_FIRST = [
    ("reuters-14708", False, "credit markets: market"),
    ("reuters-11114", False, "a thrift's former owner sentenced: ordinary crime of a private person"),
    ("reuters-13421", False, "the dollar: market"),
    ("reuters-4470", False, "a cocoa crop: a forecast"),
    ("reuters-13053", False, "jobs data and the Fed: market analysis"),
    ("reuters-254", False, "wheat imports: a forecast"),
    ("reuters-9254", False, "China's premier on import controls before the congress: domestic trade policy"),
    ("reuters-20571", False, "retirees and the stock fall: market"),
    ("reuters-10410", False, "a eurobond: corporate finance"),
    ("reuters-17920", False, "a private business group buys a US supercomputer: corporate"),
    ("reuters-15163", False, "the Fed buys coupon issues: domestic monetary operations"),
    ("reuters-4069", False, "a payment challenged: corporate"),
    ("reuters-15706", False, "airline traffic: figures"),
    ("reuters-9853", False, "analysts on gold: a forecast"),
    ("reuters-7605", False, "a banker calls for bond ratings: views on domestic regulation"),
    ("reuters-2405", False, "an outlook: corporate"),
    ("reuters-10633", False, "an Arab banker on a single currency: views"),
    ("reuters-496", False, "a sweetened offer: corporate"),
    ("reuters-15828", False, "Bermuda seeks a revolving credit from banks: a state's borrowing (corporate finance)"),
    ("reuters-11753", False, "the Fed explores a commodity index: domestic monetary policy, analysis"),
    ("reuters-7175", False, "debentures: corporate finance"),
    ("reuters-19500", True, "Japan will ratify the International Cocoa Agreement, renew its ICCO membership and take "
                            "part in the ICCO's July meeting, Foreign Ministry officials say: a state's accession to "
                            "a treaty and an international body (not a commodity meeting's negotiations)"),
    ("reuters-18018", False, "bonds: corporate finance"),
    ("reuters-9711", False, "stock exchange by-laws: self-regulation"),
    ("reuters-13573", False, "Treasury certificates: domestic debt management"),
    ("reuters-16307", False, "a holding reduced: corporate"),
    ("reuters-21347", False, "loan sales: corporate"),
    ("reuters-323", False, "a state power firm cuts its foreign debt: a state firm's business"),
    ("reuters-9607", False, "a divestment: corporate"),
    ("reuters-2817", True, "Jamaica's information service corrects the size of the rescheduling agreed with the Paris "
                           "Club on Thursday: a debt agreement between a state and its creditor governments "
                           "(another news story than gold-forty-seventh's 3539, its commercial bank rescheduling "
                           "of March 11, and gold-forty-fourth's 1565, its IMF drawing)"),
    ("reuters-15929", False, "an orange crop report: market"),
    ("reuters-362", False, "a brokerage unit's options: corporate"),
    ("reuters-14546", False, "coffee futures: market"),
    ("reuters-11234", False, "call money: market"),
    ("reuters-10774", False, "Sumita on monetary policy: domestic monetary policy, views"),
    ("reuters-5229", False, "a firm threatens legal action against another: corporate litigation"),
    ("reuters-12068", False, "an acquisition: corporate"),
    ("reuters-4710", False, "France's budget deficit: figures"),
    ("reuters-19476", True, "Venezuela may turn to the IMF for credits, its finance minister says, and an IMF mission "
                            "met ministry officials today: a state's approach to an international lender and the "
                            "lender's mission (as gold-forty-ninth's and gold-fiftieth's 15744 and 15750, the World "
                            "Bank's mission to Brazil)"),
    ("reuters-8206", False, "the new rubber pact adopted at Geneva: the news story of gold-twenty-second's 7304 (the "
                            "adoption), a commodity meeting"),
    ("reuters-16245", False, "night trading approval: self-regulation"),
    ("reuters-6061", True, "Baker tells a House subcommittee the US opposes and will not support Soviet membership of "
                           "the World Bank or the IMF: a state's rejection of another's membership of international "
                           "bodies"),
    ("reuters-12784", False, "the Philippine central bank governor calls its debt pact better than Mexico's: views "
                             "on a deal already reached (its terms are gold-forty-eighth's 11148)"),
    ("reuters-20264", False, "Taiwan's reserves: figures"),
    ("reuters-6164", False, "a House panel's debt bill: domestic legislation"),
    ("reuters-885", False, "Malaysia raises a palm oil export duty: domestic trade policy"),
    ("reuters-7431", False, "fares: corporate"),
    ("reuters-20270", False, "oil output: figures"),
    ("reuters-3770", True, "the EC will retaliate immediately if US textile curbs hit its exports; De Clercq wrote to "
                           "Yeutter: a threat and a protest between a regional body and a state (another news story "
                           "than gold-tenth's 16018, the EC's warning of April 9)"),
    ("reuters-21031", False, "Reagan tells the Commerce Department to be vigilant on technology exports, at a swearing "
                             "in: a president's instruction to his own department (domestic export control), views"),
    ("reuters-12419", False, "a bankers' association plan: corporate"),
    ("reuters-16079", False, "rice exports: figures"),
    ("reuters-6250", False, "a spending freeze proposed: domestic fiscal policy"),
    ("reuters-1499", False, "Baldrige's concern over deficits with Korea and Taiwan and over the Fujitsu bid, to an "
                            "advisory council: a minister's views (the Fujitsu objection repeated)"),
    ("reuters-4151", False, "a cannery strike ends: a labour dispute with an employer"),
    ("reuters-4741", False, "consumer prices: figures"),
    ("reuters-6965", False, "inflation revised: figures"),
    ("reuters-5382", False, "cocoa consumers at the ICCO council: a commodity meeting's negotiations"),
    ("reuters-7908", False, "banking machines: corporate"),
    ("reuters-4414", False, "an exchange's clearing system: self-regulation"),
    ("reuters-19480", False, "coffee exports: a forecast"),
    ("reuters-13904", False, "a stock: market"),
    ("reuters-1388", False, "the EC's subsidised wheat sale to Brazil, a USDA report: a commercial sale, market"),
    ("reuters-9974", False, "retailers: a forecast"),
    ("reuters-17408", False, "an oil import fee bill introduced: domestic legislation"),
    ("reuters-17883", False, "a Bundesbank official on rates: domestic monetary policy, views"),
    ("reuters-11391", False, "a firm calls for European cooperation: corporate views"),
    ("reuters-3815", False, "night trading postponed: self-regulation"),
    ("reuters-4338", False, "results: corporate"),
    ("reuters-9355", False, "new products: corporate"),
    ("reuters-11891", False, "stakes sold: corporate"),
    ("reuters-7033", False, "a banking review: domestic regulation"),
    ("reuters-4680", False, "Miyazawa on the yen: a minister's views"),
    ("reuters-1656", False, "Korea's trade surplus: a forecast"),
    ("reuters-15290", False, "Mexican steers to be branded: animal-health import regulation (as gold-thirty-sixth's "
                             "skipped 19269 and gold-fifty-first's skipped 20250)"),
    ("reuters-10408", False, "Venezuela will send banks a term sheet of last month's rescheduling: the accord's "
                             "paperwork, a plan (as gold-fifty-first's skipped 3022, Venezuela's debt schedule)"),
    ("reuters-7260", False, "a pact: corporate"),
    ("reuters-8478", False, "an analyst proposes an oil tariff: views"),
    ("reuters-18425", False, "Australia's payments deficit: a forecast"),
    ("reuters-10194", False, "a joint venture: corporate"),
    ("reuters-18744", False, "an EC official defends the oils and fats levy at a trade meeting: the EC's own farm "
                             "policy, views"),
    ("reuters-9381", False, "an acquisition: corporate"),
    ("reuters-4403", True, "the IMF tells Ecuador it is prepared to provide about 50 mln dlrs after the earthquake, "
                           "the World Bank and the IDB send missions: aid from international lenders (another news "
                           "story than gold-forty-fourth's 7496, the pipeline loan of March 19)"),
    ("reuters-20037", False, "an expansion: corporate"),
    ("reuters-16773", False, "a Manila banker on world lending: views"),
    ("reuters-17051", False, "the Bank of Japan on credit: domestic monetary policy"),
    ("reuters-7568", False, "a central bank's news conference called: domestic monetary policy"),
    ("reuters-8172", False, "Balladur on growth: a forecast"),
    ("reuters-6328", False, "a dealers' association proposal: self-regulation"),
]
WALK_SECOND = [
    ("reuters-18130", False, "the Speaker on Greenspan: views on domestic monetary policy"),
    ("reuters-2080", False, "a merger: corporate"),
    ("reuters-15884", False, "a joint venture: corporate"),
    ("reuters-13461", False, "a bank supervisor calls for wider rules: domestic regulation"),
    ("reuters-2219", False, "a shareholder's proposal: corporate"),
    ("reuters-4456", False, "an insider dealing summons: securities regulation"),
    ("reuters-21506", False, "Kuwait's oil exports unaffected by the war: a state tanker firm's figures"),
    ("reuters-7832", False, "index futures: domestic market regulation"),
    ("reuters-2130", False, "profits: corporate"),
    ("reuters-11123", False, "banks' Brazil loans: business analysis"),
    ("reuters-15994", False, "benefit payments: corporate"),
    ("reuters-6882", False, "Shultz tells wheat growers US products must be competitive: a minister's views"),
    ("reuters-19964", False, "a US-Soviet grain meeting unlikely: a forecast"),
    ("reuters-13532", False, "a stake: corporate"),
    ("reuters-2246", False, "a sugar tender: market"),
    ("reuters-3075", False, "financing: corporate"),
    ("reuters-6857", False, "an SDI contract: corporate"),
    ("reuters-7713", False, "an exchange link: corporate"),
    ("reuters-4364", False, "a bond issue: corporate finance"),
    ("reuters-10659", False, "Sumita on the dollar: views"),
    ("reuters-4760", False, "a dismissal: corporate"),
    ("reuters-3819", False, "an option: corporate"),
    ("reuters-292", False, "Chinese banks' bonds: domestic finance"),
    ("reuters-1874", False, "a reorganization: corporate"),
    ("reuters-14199", False, "analysts on Japan's chip production cuts and prices: market analysis; the cuts to avert "
                             "the US tariffs are the news of gold-fortieth's 15154 the next day"),
    ("reuters-3484", True, "Japanese car makers will curb exports to the EC after an unofficial MITI directive amid "
                           "trade friction, industry sources say: a government's trade concession to a regional body "
                           "(Japan-EC trade 1; gold-thirty-eighth's 17279, the EC's attack of April 27, is another "
                           "news story)"),
    ("reuters-5189", False, "a current account deficit: a forecast"),
    ("reuters-16601", True, "the US CCC authorizes credit guarantees for rice sales to Algeria: aid from a state to "
                            "another (as gold-forty-ninth's 9550 and 14509)"),
    ("reuters-17376", False, "a Soviet observer undecided on ADB membership: views, no act"),
    ("reuters-8004", False, "a sugar programme cut sent to Congress: domestic farm policy"),
    ("reuters-21107", False, "the market fall at a White House lunch: no act"),
    ("reuters-4595", False, "a House panel's trade bill: domestic legislation"),
    ("reuters-10289", False, "a budget plan: domestic fiscal policy"),
    ("reuters-17223", False, "unemployment: figures"),
    ("reuters-9762", False, "an AIDS detection material: science"),
    ("reuters-5869", False, "the credit market outlook: market"),
    ("reuters-6326", False, "Lyng has no comment on a Soviet wheat subsidy: no act"),
    ("reuters-7644", False, "a sale and leaseback: corporate"),
    ("reuters-21138", False, "Balladur urges the G-7 to respect the Louvre accord: the news story of "
                             "gold-twenty-sixth's 21512 the same day (Balladur insists on the accords)"),
    ("reuters-11829", False, "a takeover: corporate"),
    ("reuters-6943", False, "GDP: figures"),
    ("reuters-17071", False, "the Bank of Japan on credit: domestic monetary policy"),
    ("reuters-6744", False, "wheat growers to meet the State Department: an association's meeting"),
    ("reuters-4365", False, "a pilot programme: corporate"),
    ("reuters-7053", False, "exchange limits: self-regulation"),
    ("reuters-6954", False, "Indonesia's central bank governor on its economy: views"),
    ("reuters-1153", False, "a merger: corporate"),
    ("reuters-5200", False, "currency losses: corporate"),
    ("reuters-11722", False, "a purchase: corporate"),
    ("reuters-4391", False, "a stock move: corporate"),
    ("reuters-6436", False, "seamen's industrial action at Calcutta: a labour dispute with employers"),
    ("reuters-3338", False, "a former Fed chief on the payments gap: a forecast"),
    ("reuters-3999", False, "a stake: corporate"),
    ("reuters-7055", False, "a plane order: corporate"),
    ("reuters-4489", False, "a broker's employee charged: ordinary crime of a private person"),
    ("reuters-21545", False, "the Bank of Japan's bill sale: domestic monetary operations"),
    ("reuters-18268", False, "the Senate clears a money bill: domestic legislation"),
    ("reuters-6547", False, "a bank on Brazil's moratorium: corporate"),
    ("reuters-11860", False, "market leadership: corporate"),
    ("reuters-11986", False, "a spin-off: corporate"),
    ("reuters-18532", False, "Japanese investors and T-bonds: market"),
    ("reuters-1576", False, "a utility's rate cut: utility regulation"),
    ("reuters-8299", False, "the Fed's repurchases: market"),
    ("reuters-17084", False, "China's textile exports: figures"),
    ("reuters-8692", True, "Taiwan plans another round of tariff cuts on 66 products requested by Washington to narrow "
                           "its US surplus: a trade concession to another state (US-Taiwan trade 1; another news "
                           "story than gold-fifty-first's 4172 of March 12 and 16253 of April 13)"),
    ("reuters-223", False, "Japanese investors eye foreign stocks: business analysis"),
    ("reuters-8342", False, "Bangemann denies giving an interview on subsidies: a minister's domestic denial"),
    ("reuters-10720", False, "the Philippine coconut authority's chairman fears the EC oils tax: views; the "
                             "government's objection is the news of gold-fortieth's 8596 (March 24)"),
    ("reuters-15384", False, "central bankers' remarks and rate talk: market"),
    ("reuters-3117", False, "a profit forecast: corporate"),
    ("reuters-19061", False, "a Japanese advisory panel's report: views"),
    ("reuters-6357", False, "yen bond futures: market"),
    ("reuters-7907", True, "Japan agrees to drop barriers to US herring and pollock after talks in Tokyo; Washington "
                           "suspends its GATT complaint, Yeutter announces: a trade agreement between states "
                           "(US-Japan trade 1)"),
    ("reuters-15075", False, "a marketing agreement: corporate"),
    ("reuters-1956", False, "GCC finance ministers to meet in Abu Dhabi on March 17-18: the meeting of "
                            "gold-forty-eighth's 6137, announced twelve days before"),
    ("reuters-18679", False, "earnings growth: corporate"),
    ("reuters-3298", False, "a takeover loan: corporate"),
    ("reuters-32", False, "senators' export licensing bill: domestic legislation"),
    ("reuters-10095", False, "funds needed: corporate"),
    ("reuters-12041", True, "Brazil confirms that its commercial creditors renewed its short-term credit lines, and "
                            "asks for an indefinite extension: a debtor state's negotiation with its creditor banks "
                            "(another news story than gold-forty-seventh's 11761, the meeting set for April 10)"),
    ("reuters-2436", False, "Brazil suspends maize imports for its harvest: domestic trade policy"),
    ("reuters-4602", False, "Fed data: market"),
    ("reuters-16261", False, "an EPA suit expected: domestic regulation"),
    ("reuters-7558", False, "a firm sues its former chairman: civil litigation"),
    ("reuters-2357", False, "higher earnings: corporate"),
    ("reuters-5227", True, "a World Bank vice-president says the bank is eager to finance Argentina's growth plans and "
                           "urges creditor banks to lend: an international lender's support and call (as "
                           "gold-twenty-sixth's 8703, the World Bank's pledge to Indonesia)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = one_keyword_business_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert FIRST_START + len(WALK_FIRST) - 1 < FIRST_STOP, "the first walk ran past its stretch"
    assert SECOND_START + len(WALK_SECOND) - 1 < SECOND_STOP, "the second walk ran past its stretch"
    held = held_now(OWN)
    show = positions_asked(sys.argv)
    for start, walk in ((FIRST_START, WALK_FIRST), (SECOND_START, WALK_SECOND)):
        print(len(order), "reuters in the one-keyword business list, walked from position", start, file=sys.stderr)
        print_walk(order, records, walk, start, held, show)


if __name__ == "__main__":
    main()
