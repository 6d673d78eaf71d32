"""Candidate walk for the forty-seventh article gold ('gold-fiftieth', written blind). Usage (from the repository
root): python3 eval/gold-fiftieth/select_stories.py [N]

The twenty-eighth session's three blind golds walk a NEW list, gold_selection.one_keyword_business_list() (imported,
not rebuilt here): Reuters-21578 records of 80-1,200 words with exactly 1 hit of gold_selection.POL and at least 1 of
gold_selection.ECON, outside what the golds written before gold-forty-ninth, the shared dev gold, used_records() and
the audits held when it was drawn; sorted by id and shuffled with random.Random(20261130): 1,384 candidates, mostly
business news. Three golds walk disjoint stretches of it, declared before any of them read a story:
gold-forty-ninth 1-300, this gold 301-600, gold-fifty-first 601-900. This walk starts at position 301 and must end
before 601; it stopped at 486, when twelve were taken.
The stories taken here must be outside every record a gold holds now, the shared dev gold, used_records() and
audited_records() (gold_selection.held_now, checked by print_walk).
Rules as gold-forty-eighth's and gold-thirty-sixth's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament or legislator, international lender,
armed group or union acting); a business story with a government's act in it is taken, only its political acts
required; pure market reports, earnings, prices, figures, forecasts and views are no political news; as
gold-thirty-sixth's one-keyword walk, labour disputes with employers, appointments, domestic economic policy,
regulation and legislation, commodity meetings, corporate news (state-owned firms' included), crime of private
persons, accidents and natural disasters are skipped; at least two events (optional ones counted, as the earlier
walks did); not the same news story as one an earlier gold took (the Reuters titles and days of every gold's records,
their `file` fields only, compared) or one already taken; at most three stories on one conflict, at most four on one
trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each walked position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fiftieth/"
START = 301  # declared in advance: gold-forty-ninth walks 1-300
STOP = 601   # declared in advance: this walk must end before it (gold-fifty-first walks 601-900)
LIST_SIZE = 1384

# Positions 301-486.
WALK = [
    ("reuters-17017", False, "a utility hurt by legislation: corporate"),
    ("reuters-11343", False, "an exchange asks the CFTC to modify a position-limit proposal: a firm's act, "
                             "domestic regulation"),
    ("reuters-12158", False, "a GAO report on farm reorganisations: domestic farm policy"),
    ("reuters-18210", False, "a stock offer: corporate"),
    ("reuters-20184", False, "Greenspan cuts short a trip: domestic monetary policy"),
    ("reuters-4664", False, "Subroto says OPEC is defending its price: a commodity body's policy, views"),
    ("reuters-11403", False, "a joint venture: corporate"),
    ("reuters-13055", True, "Britain's corporate affairs minister will seek a memorandum with Japan on exchanging "
                            "information against market fraud on a coming trip to Tokyo; last autumn's pact with "
                            "the SEC and the DTI's Guinness probe: cooperation between states' regulators"),
    ("reuters-18539", False, "UK unemployment: figures"),
    ("reuters-16914", False, "Finland's debt offering: a state's market borrowing"),
    ("reuters-16565", False, "prime rates: market"),
    ("reuters-2427", False, "Foley urges caution on a farm credit rescue: domestic legislation, views"),
    ("reuters-16107", True, "China negotiates with Pakistan to buy cotton after last year's barter deal; its "
                            "ambassador says China means to raise imports: trade between states"),
    ("reuters-4040", False, "storm damage to China's rapeseed: a natural disaster"),
    ("reuters-9808", False, "a firm expects a ruling: corporate"),
    ("reuters-12876", False, "foreign traders in Tokyo: business analysis"),
    ("reuters-21392", False, "Turkey's current account: figures"),
    ("reuters-7066", False, "an airline's profit: corporate"),
    ("reuters-61", False, "tax writers propose estate tax curbs: domestic legislation"),
    ("reuters-7706", False, "Baker on undetected tax cheating: views, domestic"),
    ("reuters-20935", False, "Texaco and the Energy Department to study sulphur removal: a state's research "
                             "arrangement with a firm"),
    ("reuters-7416", False, "the OPEC Fund's earthquake aid for Ecuador: one act"),
    ("reuters-3021", False, "a telephone system sale: corporate"),
    ("reuters-2983", False, "a mine's approval hoped for: corporate"),
    ("reuters-4055", False, "Baldrige asks the White House to consider blocking the Fujitsu purchase: the news "
                            "story of the held 4158 (March 12, Baldrige opposes the purchase)"),
    ("reuters-4608", False, 'gilt investors: market'),
    ("reuters-6040", False, "German feed output: a forecast"),
    ("reuters-2546", False, "a firm sues another: corporate"),
    ("reuters-8190", False, "French industrial production: figures"),
    ("reuters-16723", False, "Texaco's filing and the oil market: market"),
    ("reuters-3965", False, "Dow components: market"),
    ("reuters-17344", False, "a bank raises capital: corporate"),
    ("reuters-6351", False, "China cuts capital investment: domestic economic policy"),
    ("reuters-6720", False, "a House farm leader expects budget cuts: a forecast, domestic"),
    ("reuters-17368", False, "global economic ills: analysis"),
    ("reuters-1005", False, "a bond issue: corporate"),
    ("reuters-3899", False, "a firm's sales outlook: corporate"),
    ("reuters-2673", False, "a firm probes embezzling: corporate"),
    ("reuters-16636", False, "Texaco's oil flows: corporate"),
    ("reuters-9188", False, "a share placement: corporate"),
    ("reuters-18374", False, "Israeli inflation: figures"),
    ("reuters-3574", False, "a mine to be developed: corporate"),
    ("reuters-4191", False, "an exchange deliberates a dual trading ban: a firm's act"),
    ("reuters-11160", False, "Japanese unemployment: figures"),
    ("reuters-18597", False, "a budget compromise in Congress: domestic legislation"),
    ("reuters-12811", False, "a utility's financing: corporate"),
    ("reuters-5092", False, "a firm expects a loss: corporate"),
    ("reuters-21147", False, 'a new chip: corporate'),
    ("reuters-21458", False, "a car venture's loss: corporate"),
    ("reuters-10230", False, "a report on Soviet economic plans: analysis"),
    ("reuters-13809", False, "Colombia arranges co-financings for power projects: a state's borrowing programme "
                             "(its lenders' talks in passing)"),
    ("reuters-11560", False, "Texaco declines comment: corporate"),
    ("reuters-1249", False, "the GAO on the FSLIC deficit: domestic regulation"),
    ("reuters-18331", False, "a firm asks the DOT to review a deal: a firm's act"),
    ("reuters-4785", False, "Uganda re-routes its coffee exports: a state's transport choice, no act toward "
                            "another"),
    ("reuters-6910", False, 'defence contracts: corporate'),
    ("reuters-2475", False, "a merger stance after a suit: corporate"),
    ("reuters-5702", False, "soybean groups meet Lyng on a loan: domestic farm policy"),
    ("reuters-4137", False, 'gilt turnover: market'),
    ("reuters-14819", True, "Japan's ruling LDP proposes expanding imports of 12 farm items named in a US GATT "
                            "complaint, ahead of Abe's visit to Washington: a party's move in a trade dispute (US "
                            "and Japan, farm trade)"),
    ("reuters-3934", False, 'an acquisition: corporate'),
    ("reuters-17681", False, "court action sought on a deal: corporate"),
    ("reuters-355", False, "investment certificates: corporate"),
    ("reuters-5944", False, "Baker urges Congress to fund the development banks: domestic budget testimony"),
    ("reuters-13847", False, 'energy futures: market'),
    ("reuters-2384", False, "a Fed governor sees rates stable: a forecast"),
    ("reuters-13614", False, "a firm's payments to its former chief: corporate"),
    ("reuters-16765", False, "corn smuggled into the Philippines (a paper): crime and figures"),
    ("reuters-3357", False, "an NYSE rule: market"),
    ("reuters-4816", False, "Haiti announces a gold find: no act toward another"),
    ("reuters-20079", False, "the INRO council's meeting adjourned: a commodity meeting"),
    ("reuters-1292", False, "a chairman criticises corporate raids: corporate"),
    ("reuters-18439", False, "China's budget deficit: figures"),
    ("reuters-10272", False, "a firm's loss: corporate"),
    ("reuters-7352", False, "a bid withdrawn: corporate"),
    ("reuters-7944", False, "a NASA contract: corporate"),
    ("reuters-97", False, "grain values: market"),
    ("reuters-17933", False, "UK reserves: figures"),
    ("reuters-10952", False, "Nigeria's note issue: public finance"),
    ("reuters-6907", False, "a firm expects a loss: corporate"),
    ("reuters-16870", False, "a certificate issue: market"),
    ("reuters-5727", False, "a bank unit's outlook: corporate"),
    ("reuters-6270", False, "a Senate committee shelves Reagan's economic data: domestic budget"),
    ("reuters-17273", False, "a gold coin's market share: figures"),
    ("reuters-9940", False, "a bank's outlook: corporate"),
    ("reuters-4101", False, "Australia's meat exports: a forecast"),
    ("reuters-18949", True, "Mexico signs a rescheduling accord with Britain on official debts under last year's "
                            "Paris Club agreement: debtor and creditor states"),
    ("reuters-18279", False, "a farm money bill nears Senate approval: domestic legislation"),
    ("reuters-15227", False, "a bank's loans on non-accrual: corporate"),
    ("reuters-8073", False, "an opinion poll: no act"),
    ("reuters-13187", False, "a firm's dilution: corporate"),
    ("reuters-9420", False, "a contract: corporate"),
    ("reuters-2078", False, "Congress eyes development bank loans: analysis of domestic legislation"),
    ("reuters-12948", False, "the administration debates plywood export credits: domestic export policy under "
                             "debate"),
    ("reuters-1940", False, "Taiwan's reserves: figures"),
    ("reuters-12034", False, "a firm expects a loss: corporate"),
    ("reuters-1896", True, "Reagan, in a televised address, blames improper record keeping for his failure to "
                           "recall when he approved Israel's arms shipment to Iran: the Iran arms affair (the "
                           "president's own acts)"),
    ("reuters-6367", False, "a jet service contract: corporate"),
    ("reuters-7442", False, "a firm's outlook: corporate"),
    ("reuters-8588", False, "Miyazawa says the major nations must now act on currencies: a minister's policy "
                            "statement to all of them, his own state included (as gold-forty-eighth's 17126)"),
    ("reuters-1212", False, "traders on a coffee strategy: views"),
    ("reuters-8101", False, "a German banker on debt: views"),
    ("reuters-21381", False, "a bank's earnings: corporate"),
    ("reuters-1020", False, "a stake purchase: corporate"),
    ("reuters-3593", False, "Hungary's devaluation hopes: domestic monetary policy"),
    ("reuters-5087", False, "Spain eases exchange controls: domestic monetary policy"),
    ("reuters-17460", False, "a firm's forecast: corporate"),
    ("reuters-11001", False, "a settlement: corporate"),
    ("reuters-16782", True, "the EC is ready to take measures to stop Japan deflecting exports shut out of the US "
                            "market by Reagan's tariffs; member states agreed them last Friday: a trade dispute "
                            "(the EC and Japan, beside the US chip sanctions; another news story than "
                            "gold-twenty-eighth's 15741, April 9, experts to study action)"),
    ("reuters-17292", False, "a banker on a rate cut: views"),
    ("reuters-10603", True, "the Zambia-Tanzania highway to be rehabilitated with World Bank, African Development "
                            "Bank, Norwegian and Danish money: aid of lenders and states (another news story than "
                            "gold-twenty-third's 1985, the railways' aid)"),
    ("reuters-5103", False, "an NYSE rule: market"),
    ("reuters-2640", False, "an airline's fares: corporate"),
    ("reuters-13290", False, "Subroto expects a stable oil market: a forecast"),
    ("reuters-10049", False, "a Fed governor urges banking reform: domestic regulation, views"),
    ("reuters-3862", True, "Maoist guerrillas dynamite a mineral train in Peru and cut the railway to the mines: "
                           "an armed group's attack"),
    ("reuters-8652", False, "Japanese capital spending: a forecast"),
    ("reuters-5225", False, "Dutch share prospects: market analysis"),
    ("reuters-18245", False, "a chief's confidence: corporate"),
    ("reuters-3277", False, "an acquisition: corporate"),
    ("reuters-12842", False, "Stoltenberg says the Paris accord policy continues: a minister's views"),
    ("reuters-15511", False, "a firm in default: corporate"),
    ("reuters-12656", False, "Lawson says the G-7 will review the Paris accord next week: a minister on a coming "
                             "meeting's agenda, views"),
    ("reuters-10258", False, "a smelter's output: corporate"),
    ("reuters-4354", False, 'eurobonds: market'),
    ("reuters-6037", False, "UK growth: a forecast"),
    ("reuters-13276", False, "Subroto expects a stable oil market: a forecast (the text of 13290)"),
    ("reuters-842", False, "the ICO council ends without quotas: a commodity meeting"),
    ("reuters-21497", False, "India tightens credit: domestic monetary policy"),
    ("reuters-7854", False, "the FTC urges a veto of a state bill: domestic regulation"),
    ("reuters-17254", False, "Subroto on oil demand: a forecast"),
    ("reuters-16661", False, "a firm's correction: corporate"),
    ("reuters-1582", False, "rains halt Argentina's harvest: a natural disaster"),
    ("reuters-45", False, "bid hopes: market"),
    ("reuters-17289", False, "Subroto on oil demand: a forecast (the text of 17254)"),
    ("reuters-17064", False, "the Bundesbank bought dollars: domestic monetary policy, market"),
    ("reuters-16427", False, "a stake: corporate"),
    ("reuters-3027", False, "information technology: business analysis"),
    ("reuters-4807", False, "an airline seeks a stake: corporate"),
    ("reuters-15750", True, "the World Bank agrees with Brazilian officials to send a mission to Brazil next week; "
                            "Conable met them last night: a lender's acts toward a debtor state (another news "
                            "story than gold-thirty-eighth's 18862, the June mission's talks)"),
    ("reuters-15281", False, "a unit sale: corporate"),
    ("reuters-10339", False, "a maize estimate: figures"),
    ("reuters-18700", False, "a commodity board's chairman on the EC oils tax: views"),
    ("reuters-16861", False, "a firm's banks: corporate"),
    ("reuters-9170", False, "Middle East currency markets: market analysis"),
    ("reuters-17490", False, 'corporate finance: market'),
    ("reuters-16166", False, "Statoil seeks a share in a Thai gas field: corporate (state-owned firms)"),
    ("reuters-1724", False, "dealers on new bank rules: views"),
    ("reuters-4570", False, "the SEC asks the NYSE to tighten a process: domestic regulation"),
    ("reuters-5799", False, "Malaysia's loan issue: a state's market borrowing"),
    ("reuters-15121", False, "a unit's earnings: corporate"),
    ("reuters-19036", False, "a fund management tie-up: corporate"),
    ("reuters-17983", False, "an offer: corporate"),
    ("reuters-945", False, "Mobil's office in Peking: corporate"),
    ("reuters-228", False, "Thai rice exports: figures"),
    ("reuters-7601", False, "a bond issue: market"),
    ("reuters-15171", False, "Fitzwater says the sanctions on Japan will likely take effect: the news story of "
                             "gold-thirty-fifth's 14912 (April 8, Japan given little hope of avoiding them)"),
    ("reuters-1626", False, "a division purchase: corporate"),
    ("reuters-16540", False, "Conable opposes debt forgiveness on television: views"),
    ("reuters-42", False, "the ICO producers' proposal: a commodity meeting"),
    ("reuters-4522", False, "farm credit stabilises: figures"),
    ("reuters-8472", False, "a takeover offer: corporate"),
    ("reuters-5706", False, 'heating oil futures: market'),
    ("reuters-6624", False, "a futures contract: market"),
    ("reuters-17164", False, "a takeover bid's cost: corporate"),
    ("reuters-441", False, "a unit sale gain: corporate"),
    ("reuters-20305", False, "Asian markets: market"),
    ("reuters-9403", False, "a firm's outlook: corporate"),
    ("reuters-9382", False, "Reuters buys a firm: corporate"),
    ("reuters-14689", False, "ENI's joint ventures with PDVSA: corporate (state-owned firms)"),
    ("reuters-14389", False, "a grain elevator explodes: an accident"),
    ("reuters-11959", True, "Senator Leahy charges Japan with lying and cheating in its trade practices and calls "
                            "the planned tariffs long overdue: a legislator's charge against another state (the US "
                            "and Japan, chips)"),
    ("reuters-17195", False, "de Clercq says Japan's car restraint is not enough, after the quadrilateral meeting: "
                             "the news story of gold-thirty-eighth's 17279 (the same meeting's close, the EC "
                             "attacking Japan)"),
    ("reuters-7961", False, "USDA proposes freight terms for CCC sales: domestic farm programme"),
    ("reuters-9423", False, "a takeover talk: corporate"),
    ("reuters-12680", False, "a firm's outlook: corporate"),
    ("reuters-13568", False, "a new manager: corporate"),
    ("reuters-5806", False, "a paper facility: corporate"),
    ("reuters-11349", False, "a bank acquisition: corporate"),
    ("reuters-880", False, "New Zealand's current account: figures"),
    ("reuters-2448", False, "pork delegates vote on farm policy: a trade association's act"),
    ("reuters-17837", False, "a stake cut: corporate"),
    ("reuters-20436", False, "a bank's dealing losses: corporate"),
    ("reuters-8991", False, "a credit card price war ruled out: corporate"),
    ("reuters-9630", True, "Bolivia's central bank governor says its offer to buy back its bank debt at a "
                           "discount is likely to be accepted, paid with US and West German aid for coca "
                           "eradication: a debtor state and its creditor banks (another news story than "
                           "gold-thirty-fifth's 8594, March 24, Bonn's aid)"),
    ("reuters-15447", True, "the EC opens an anti-dumping investigation into Japanese EPROM chips: a trade "
                            "dispute (the EC and Japan, chips; another news story than gold-twenty-eighth's 15741, "
                            "the experts' study of deflection measures)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = one_keyword_business_list()
    assert len(order) == LIST_SIZE, "the list's length changed"
    assert START + len(WALK) <= STOP, "the walk runs into gold-fifty-first's stretch"
    print(len(order), "reuters candidates (the one-keyword business list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
