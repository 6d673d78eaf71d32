"""Walks gold_selection.one_keyword_business_list() for the forty-sixth article gold ('gold-forty-ninth', written
blind): Reuters-21578 records of 80-1,200 words with exactly one POL hit and at least one ECON hit, outside what the
golds written before this one, the shared dev gold, used_records() and the audits held when the list was drawn;
sorted by number and shuffled with gold_selection.ONE_KEYWORD_BUSINESS_SEED (1,384 candidates). The list is
imported, not rebuilt here, so that the three golds walking it this session walk the same list.
Usage (from the repository root): python3 eval/gold-forty-ninth/select_stories.py [N]
(N: print the first N positions of the stretch instead of the walked ones.)

Declared in advance: this gold walks positions 1-300 and nothing else (gold-fiftieth walks 301-600 and
gold-fifty-first 601-900, written at the same time and not read here); it starts at position 1 and must stop
before 301. It took its twelfth story at position 155 and stopped there. Rules as gold-forty-eighth's and
gold-thirty-sixth's walks: the story reports an act of a political actor (a government, minister, central bank,
court, prosecutor, regulator, parliament, international lender or union acting); pure market reports, earnings,
prices and forecasts are no political news; a business story with a government's act in it is taken, only its
political acts required; domestic economic policy, regulation, legislation, fraud cases, labour disputes with an
employer, commodity meetings and views are skipped as the earlier walks skipped them; at least two events (coded as
PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as one an earlier
gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most
one analysis/opinion piece; 12 stories. WALK gives each position's reason; gold_selection.print_walk checks that
the walk is the list's order from START and that no taken story is held now (gold_selection.held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-forty-ninth/"
LIST_LENGTH = 1384  # the list's length when it was drawn (gold_selection.one_keyword_business_list)
START = 1  # declared in advance: this gold walks 1-300
STOP = 301  # declared in advance: the walk must end before it (gold-fiftieth walks on from 301)

WALK = [
    ("reuters-10423", False, "a takeover offer extended: corporate"),
    ("reuters-19246", True, "the World Bank extends three loans to India, one with an IDA loan: an international "
                            "lender's loans to a state (as gold-forty-fifth's 18797)"),
    ("reuters-20060", True, "the US, the Soviet Union, the EC and Japan agree to go ahead with a fusion reactor "
                            "project, the IAEA says: cooperation between states"),
    ("reuters-10345", False, "German stock trading systems: market"),
    ("reuters-19471", False, "a pipeline firm's open access: corporate"),
    ("reuters-11226", False, "a warrant bond swap: market"),
    ("reuters-2312", False, "a third-quarter loss: corporate"),
    ("reuters-14951", False, "the LDP proposes more farm imports: a ruling party's domestic trade proposal (the US "
                             "complaint and Abe's visit background)"),
    ("reuters-1226", False, "Rostenkowski on a tax rise: a legislator's views on domestic legislation"),
    ("reuters-10476", False, "Reagan vetoes the highway bill: legislative, domestic"),
    ("reuters-18990", False, "the OECD's Italian outlook: a forecast"),
    ("reuters-17511", True, "South Korea cuts tariffs on 50 goods to reduce its surplus with the US, which asked "
                            "for cuts on 290 items: a trade concession between states"),
    ("reuters-6757", False, "Peru's trade lines: figures"),
    ("reuters-9550", True, "the US CCC adds credit guarantees for vegetable oil sales to North Yemen and switches "
                           "others at the Yemeni government's request: a state's aid to another"),
    ("reuters-2400", False, "a board removes its chairman: corporate"),
    ("reuters-5480", False, "the Bank of England governor on City predators: views on domestic markets"),
    ("reuters-11535", False, "Venezuela's debt conversion plan: domestic economic policy"),
    ("reuters-16960", False, "North Korea's seven-year plan: domestic economic plan"),
    ("reuters-8656", False, "EC sources on the Portuguese grain agency ban: the follow-up of gold-twenty-second's "
                            "8400 (the minister on the same court ban the day before; its ruling paragraph "
                            "repeated)"),
    ("reuters-4714", False, "Subroto on OPEC's price: a minister's views on a commodity body"),
    ("reuters-3079", False, "exchange heads to address a CFTC committee: domestic regulation"),
    ("reuters-21339", True, "Bonn remains committed to the Louvre accord after Baker criticised its rate rises and "
                            "said the accord may be re-examined: a dispute between states (another news story than "
                            "gold-twenty-sixth's 21512, Balladur the same day, and gold-thirty-seventh's 20795, "
                            "Reagan on October 20)"),
    ("reuters-13085", False, "an exchange offer: corporate"),
    ("reuters-18050", False, "Lawson on intervention: a minister's views"),
    ("reuters-3072", False, "a merger: corporate"),
    ("reuters-9891", False, "a merger: corporate"),
    ("reuters-4132", False, "a firm's outlook: corporate"),
    ("reuters-8066", False, "Malawi's new taxes: domestic fiscal policy"),
    ("reuters-3129", False, "merger talks broken off: corporate"),
    ("reuters-17429", False, "Chinese officials on drilling: views"),
    ("reuters-8672", False, "Kuwait on OPEC output: figures"),
    ("reuters-16710", False, "a stake acquired: corporate"),
    ("reuters-1362", False, "a securities tax: a legislator's views on domestic legislation"),
    ("reuters-5534", False, "prosecutors' inquiries into Volkswagen's currency losses: a domestic fraud inquiry "
                            "(as the earlier walks' fraud cases)"),
    ("reuters-18914", False, "the World Bank lends Portugal 50 mln dlrs: one act"),
    ("reuters-17036", False, "Fed data and policy: market analysis"),
    ("reuters-2764", False, "the copper meeting's goals: a commodity meeting"),
    ("reuters-21030", False, "a firm's suit: corporate"),
    ("reuters-3614", True, "Chile to open talks with international lenders on its official debts, after its bank "
                           "rescheduling accord last month: a debtor state and its lenders"),
    ("reuters-5908", False, "Japan tells GATT of South Korea's import plan: the news story of gold-forty-second's "
                            "5810 (South Korea on Japan's complaint to GATT, the same day)"),
    ("reuters-5505", False, "buyout talks: corporate"),
    ("reuters-18526", False, "a profit drop: corporate"),
    ("reuters-9330", False, "a sales outlook: corporate"),
    ("reuters-18923", False, "a stock falls: market"),
    ("reuters-18151", False, "stock indexes: market"),
    ("reuters-6209", False, "the House approves a disaster programme: legislative, domestic"),
    ("reuters-11174", True, "China and the EC sign an agreement on an EC office in Peking; De Clercq urges more joint "
                            "ventures: an agreement between a state and the EC"),
    ("reuters-4871", False, "US drug law proposals: analysis of domestic regulation"),
    ("reuters-16132", False, "eurobonds unquoted: market"),
    ("reuters-21158", False, "Swiss liquidity rules: domestic regulation"),
    ("reuters-2374", False, "a stake sold: corporate"),
    ("reuters-16879", False, "a debt rating: corporate"),
    ("reuters-18683", False, "the New York Fed president on bank reform: views"),
    ("reuters-21251", False, "a merger: corporate"),
    ("reuters-844", False, "a stake raised: corporate"),
    ("reuters-12597", False, "the World Bank redeems bonds: market"),
    ("reuters-10375", False, "India's countertrade deals: business analysis"),
    ("reuters-20631", True, "Stoltenberg says criticism is no one-way street after Baker's criticism and their "
                            "Monday meeting that resolved differences: a dispute between states (another news story "
                            "than 21339 taken above, Bonn's sources on October 19; two stories on one dispute)"),
    ("reuters-21530", False, "China's grain harvest: a forecast"),
    ("reuters-8873", False, "aluminium prices: corporate"),
    ("reuters-15422", False, "the Philippines to import cement: a minister's plan, commercial imports"),
    ("reuters-3883", False, "an exchange declines comment: corporate"),
    ("reuters-7214", False, "a Treasury official pessimistic on aid funding: views"),
    ("reuters-9253", False, "an oil analyst on Papua New Guinea: views"),
    ("reuters-402", False, "coffee quota talks continue: a commodity meeting"),
    ("reuters-4", False, "an equity offer: corporate"),
    ("reuters-13266", False, "the IEA's oil demand forecast: a forecast"),
    ("reuters-19949", False, "the end of a tax treaty seen of limited impact: experts' views (the decision "
                             "background)"),
    ("reuters-4643", False, "a monetary exchange's rivals: market analysis"),
    ("reuters-4407", False, "a coin's premium: market"),
    ("reuters-6811", False, "a unit sold: corporate"),
    ("reuters-10341", False, "Japan's trade surplus and pressures: figures and economists' views"),
    ("reuters-21099", False, "the UK seeks a commodity firm's winding up: domestic regulation"),
    ("reuters-19563", False, "a channel's profit outlook: corporate"),
    ("reuters-2956", False, "Malaysia's central bank bails out a bank: domestic banking"),
    ("reuters-4392", False, "Lyng on a soybean loan: domestic farm policy"),
    ("reuters-16775", False, "China's trade deficit: figures"),
    ("reuters-15274", False, "a firm's outlook: corporate"),
    ("reuters-11297", False, "Baker sees rate stability: a minister's views"),
    ("reuters-13256", False, "the IEA's oil demand forecast: a forecast"),
    ("reuters-19087", False, "a sale planned: corporate"),
    ("reuters-6740", False, "auditors qualify a report: corporate"),
    ("reuters-10617", False, "a banker predicts the dollar: a forecast"),
    ("reuters-17053", False, "a brewer purchase approved: corporate"),
    ("reuters-18213", False, "a shipping firm on OPEC quotas: views"),
    ("reuters-21019", False, "the Treasury confirms the BP sale: domestic, a state's own holding"),
    ("reuters-17522", False, "bond futures proposed: market"),
    ("reuters-13757", False, "mine reserves: corporate"),
    ("reuters-21550", False, "a merger of units: corporate"),
    ("reuters-5947", False, "sale talks: corporate"),
    ("reuters-19014", False, "Canada's corporate tax: domestic fiscal policy"),
    ("reuters-11581", False, "a new company: corporate"),
    ("reuters-20382", False, "the Brazilian coffee institute seeks export details: a commodity body, domestic"),
    ("reuters-1959", False, "the German outlook: a forecast"),
    ("reuters-344", False, "an aircraft order: corporate"),
    ("reuters-8723", False, "Spain's call money rates: domestic monetary policy"),
    ("reuters-3524", False, "Spain's reserve requirement: domestic monetary policy"),
    ("reuters-10191", False, "a court rules a dealer can be sued: a civil case between private parties"),
    ("reuters-10266", True, "Mexico denies that British banks balk at its loan package and says they promised "
                            "their part: a debtor state and its creditor banks"),
    ("reuters-10636", False, "Italy relaxes lira import rules: domestic monetary policy"),
    ("reuters-11386", False, "a unit sold: corporate"),
    ("reuters-18280", False, "copper prices: a forecast"),
    ("reuters-8896", False, "sales groups: corporate"),
    ("reuters-7094", False, "a chairman pleads guilty: a domestic fraud case"),
    ("reuters-8618", False, "a takeover bid: corporate"),
    ("reuters-13166", False, "Reagan sets the Eximbank loan ceiling: domestic fiscal policy"),
    ("reuters-4588", False, "chip growth: corporate"),
    ("reuters-1909", False, "Subroto on OPEC prices: a minister's views on a commodity body"),
    ("reuters-17322", False, "a banker on the currency: views"),
    ("reuters-11723", False, "oil pricing: market"),
    ("reuters-15551", False, "the slowdown and debt fears: analysis"),
    ("reuters-2324", False, "the African Development Bank opens an office in Rabat: one act"),
    ("reuters-4927", False, "an exchange greets an SEC move: market regulation"),
    ("reuters-4458", False, "Ottawa on credit card rates: domestic regulation"),
    ("reuters-19556", False, "extracts from an OPEC communique: a commodity body's text"),
    ("reuters-14509", True, "the US CCC moves credit guarantees from wheat to vegetable oil sales to Bangladesh at the "
                            "Bangladesh government's request: a state's aid to another (another state and day than "
                            "9550 taken above)"),
    ("reuters-12601", False, "Lawson on sterling comments: a minister's views"),
    ("reuters-13446", False, "the eurobond market: market"),
    ("reuters-2077", False, "Kiechle sees positive aspects in the milk accord: a minister's views (the opposition "
                            "background, the news of gold-thirty-third's 1439)"),
    ("reuters-9257", True, "Yugoslavia seeks a 600 mln ECU loan from the EC, which offered 380 mln: a state's "
                           "request to the EC (another news story than gold-thirty-seventh's 8390, the refinancing "
                           "sought on March 23)"),
    ("reuters-15226", False, "a charge and a loss: corporate"),
    ("reuters-11023", False, "the Senate budget chief on farm policy: a legislator's views on domestic policy"),
    ("reuters-4518", False, "a stake: corporate"),
    ("reuters-9709", False, "a bank listing: market"),
    ("reuters-9631", False, "a state oil firm picks a consortium: commercial"),
    ("reuters-2917", False, "an airline seeks an order against another: corporate"),
    ("reuters-9490", False, "tobacco stocks: market"),
    ("reuters-5733", False, "a bank chief on Brazil: a banker's views"),
    ("reuters-21577", False, "Swiss election projections: a domestic election's figures"),
    ("reuters-9110", False, "car dealers: business analysis"),
    ("reuters-2686", False, "German cash in circulation: figures"),
    ("reuters-12800", False, "the Philippine central bank governor says the debt pact beats Mexico's: views (the "
                             "pact of gold-forty-eighth's 11148)"),
    ("reuters-1252", False, "a profit outlook: corporate"),
    ("reuters-17952", False, "dinar rates: market"),
    ("reuters-2833", False, "a firm pressed to sell a unit: corporate"),
    ("reuters-3832", False, "an exchange declines comment: corporate"),
    ("reuters-2894", False, "a Fed governor on bank rules: views"),
    ("reuters-1533", False, "a Treasury aide warns on inflation: views"),
    ("reuters-14900", False, "a possible bid: corporate"),
    ("reuters-17714", False, "COMEX limits removed: market"),
    ("reuters-5840", False, "cereal traders seek talks with Andriessen: a trade association's request"),
    ("reuters-1442", False, "Singapore's tax package: domestic fiscal policy"),
    ("reuters-14220", False, "a Treasury official's briefing before the IMF meetings: views and plans"),
    ("reuters-217", False, "a bond coupon: market"),
    ("reuters-18385", False, "the zinc industry: business analysis"),
    ("reuters-11778", False, "Malaysia raises palm oil export duties: domestic trade policy"),
    ("reuters-15666", False, "Sprinkel on a tax rise: views"),
    ("reuters-3289", False, "a senator's death and farm policy: domestic"),
    ("reuters-5643", False, "a sale pact ended: corporate"),
    ("reuters-5063", False, "a bank seeks to quit Paraguay: corporate"),
    ("reuters-13571", False, "German bonds: market"),
    ("reuters-6670", False, "a quarterly loss: corporate"),
    ("reuters-20908", False, "bankers warn of a stock drop: views"),
    ("reuters-16488", False, "a share split: corporate"),
    ("reuters-15744", True, "Conable met Brazilian officials and agreed to send a World Bank mission to Brazil next "
                            "week: an international lender and a state (another news story than gold-thirtieth's "
                            "9788, March 26, and gold-thirty-eighth's 18862, June 18)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = one_keyword_business_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START + len(WALK) <= STOP, "the walk runs past its declared stretch"
    print(len(order), "reuters candidates (the one-keyword business list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
