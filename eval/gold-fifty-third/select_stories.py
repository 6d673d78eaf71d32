"""Candidate walk for the fiftieth article gold (written blind, 'gold-fifty-third'): the one-keyword business list
(gold_selection.one_keyword_business_list, imported, not rebuilt: 1,384 Reuters-21578 records of 80-1,200 words with
exactly one political keyword hit and at least one economic one), walked from position 1,135 and stopping before
1,385 (the list's end). Three golds walk disjoint stretches of the list this session, declared before any of them read
a story: gold-fifty-second 885-1,134, gold-fifty-third (this one) 1,135-1,384, gold-fifty-fourth 212-300 then 487-600
(the stretches the twenty-eighth session's gold-forty-ninth, -fiftieth and -fifty-first left unwalked); the other two
were written at the same time and were not read here.
Usage (from the repository root): python3 eval/gold-fifty-third/select_stories.py [N]

Rules as gold-forty-eighth's and gold-thirty-sixth's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament, party, international lender or body
acting toward another); pure market reports, earnings, prices, figures and forecasts are no political news; a
business story with a government's act in it is taken, only its political acts required; labour disputes with an
employer, domestic economic, monetary and fiscal policy, regulation, legislation, corporate news (state firms'
business included), commodity meetings, civil litigation, appointments, views, accidents and natural disasters are
skipped; at least two events (optional ones counted, as the earlier walks did); not the same news story as one an
earlier gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at
most one analysis/opinion piece; 12 stories. WALK gives each position's reason; gold_selection.print_walk checks that
it is the list's order from START and that no story taken is held by any gold now written, the shared dev gold,
used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-third/"
LIST_LENGTH = 1384  # the list as gold_selection draws it
START = 1135  # declared in advance: gold-fifty-second walks 885-1,134
STOP = 1385  # declared in advance: this walk must end before it (the list's end)

WALK = [
    ("reuters-2507", False, "a committee chairman on a tax rise: legislation, views"),
    ("reuters-4771", False, "industrial production: figures"),
    ("reuters-13869", False, "the Dutch finance minister against a further dollar fall: a minister's views"),
    ("reuters-13722", False, "cocoa futures: market"),
    ("reuters-13347", False, "the dollar in Tokyo: market"),
    ("reuters-1354", False, "a stake raised: corporate"),
    ("reuters-932", False, "an airline takes a stake: corporate"),
    ("reuters-3554", False, "sight deposits: figures"),
    ("reuters-3727", False, "debentures: corporate finance"),
    ("reuters-4703", False, "Miyazawa on the yen: a minister's views"),
    ("reuters-19584", False, "a profit forecast: corporate"),
    ("reuters-14184", False, "automakers' shares: market"),
    ("reuters-6016", True, "Baker tells a House subcommittee the US opposes Soviet membership of the World Bank and "
                           "the IMF, 'unqualified and unconditional': a government's refusal toward another state "
                           "(no gold holds a story on Soviet membership of the lenders)"),
    ("reuters-19775", True, "the Treasury notifies the Netherlands that it terminates the 1948 tax treaty as it "
                            "applies to the Netherlands Antilles and Aruba, after eight years of failed negotiations: "
                            "a state ending a treaty with another state (unlike gold-thirty-sixth's skipped 821, a "
                            "tax information treaty with a US territory)"),
    ("reuters-7355", False, "a petroleum tax relief: fiscal policy"),
    ("reuters-5902", False, "France's authorisation of a takeover: investment regulation (as gold-thirty-sixth's "
                            "skipped 1392)"),
    ("reuters-5125", False, "the Saudis drop a bank guarantee condition for a Petrobras oil purchase: a commercial "
                            "dispute over letters of credit (a state firm's business; gold-fifty-first skipped 5123, "
                            "the same dispute)"),
    ("reuters-8096", False, "a bank branch raises capital to meet a requirement: corporate, regulation"),
    ("reuters-1792", False, "a farm organisation urges Congress to keep the farm bill: legislation, lobbying"),
    ("reuters-7501", False, "sugar sold to the Soviet Union, a producers' spokesman: commercial"),
    ("reuters-4340", False, "a wildlife federation against an Interior Department draft plan: domestic regulation"),
    ("reuters-8271", False, "the IADB's lending plans and annual report: a lender's forecast (the US veto plan is "
                            "the news of gold-forty-fourth's 8310 the same day)"),
    ("reuters-5514", False, "a state firm's airliner designs: corporate"),
    ("reuters-4488", False, "Weinberger joins Baldrige against Fujitsu's purchase of Fairchild: investment policy (as "
                            "gold-thirty-sixth's skipped 1392; gold-forty-second's 4665 is Japan's reply)"),
    ("reuters-15716", False, "a licence deal: corporate"),
    ("reuters-14833", False, "Indonesia's palm oil price forecast: a forecast"),
    ("reuters-7319", False, "a bid: corporate"),
    ("reuters-10730", False, "bonds: corporate finance"),
    ("reuters-213", False, "consumer prices: figures"),
    ("reuters-20853", False, "a central bank's bond purchase: monetary operations"),
    ("reuters-4117", False, "sugar beet area: figures"),
    ("reuters-6442", False, "a takeover deadline: corporate"),
    ("reuters-2492", False, "a growth forecast: corporate"),
    ("reuters-14885", False, "a sugar tender: market"),
    ("reuters-11746", False, "prime rates: market analysis"),
    ("reuters-16250", False, "sight deposits: figures"),
    ("reuters-8094", False, "a state airline's profits: corporate"),
    ("reuters-188", False, "a strike settled with an employer: labour"),
    ("reuters-7586", False, "a finance ministry calls bonds: public debt management"),
    ("reuters-17533", False, "an exchange proposes a futures contract: regulation"),
    ("reuters-18917", False, "a utility's costs: corporate"),
    ("reuters-9591", False, "Bolivia's debt buyback plan: the news of gold-fiftieth's 9630 the same day"),
    ("reuters-10757", False, "money supply: figures"),
    ("reuters-17963", False, "Saudi Arabia's oil minister on prices: a state's commodity policy, views"),
    ("reuters-17745", False, "an earnings forecast: corporate"),
    ("reuters-3227", False, "capital spending: corporate"),
    ("reuters-12515", False, "an insurer's capital: corporate"),
    ("reuters-10405", False, "a eurobond: corporate finance"),
    ("reuters-19512", False, "a central bank's bill sale: monetary operations"),
    ("reuters-8357", False, "a dealers' association disciplines a trader: self-regulation"),
    ("reuters-5153", True, "Britain's grants to India for its coal, zinc and lead industries, an agreement signed "
                           "between the Indian Finance Ministry and the British Overseas Development Administration: "
                           "aid between states"),
    ("reuters-1155", False, "shareholders authorise a capital rise: corporate"),
    ("reuters-16227", False, "Malaysia cuts its plan budget: fiscal policy"),
    ("reuters-19672", False, "a central bank's export rules: domestic regulation"),
    ("reuters-4524", False, "a grain firm's executive on certificates: views"),
    ("reuters-4825", False, "rumoured corn purchases: market"),
    ("reuters-19722", False, "car output: a forecast"),
    ("reuters-2701", False, "Baker's doubts about a stock tax: a minister's views on fiscal policy"),
    ("reuters-10268", False, "India's countertrade by state trading firms: analysis, state firms' trade"),
    ("reuters-11082", False, "a farm disaster bill: legislation"),
    ("reuters-9112", False, "a restructuring: corporate"),
    ("reuters-17405", False, "heavy oils: industry analysis"),
    ("reuters-4883", False, "an exchange executive on an SEC move: regulation, views"),
    ("reuters-12586", False, "the SEC shuts an investment firm: securities enforcement against a firm (regulation)"),
    ("reuters-352", False, "Saudi Arabia reiterates its commitment to the OPEC accord: commodity policy"),
    ("reuters-15416", True, "Malaysia asks Japan for a 42 billion yen loan, the Japanese government appraising it: a "
                            "state's request for aid from another state"),
    ("reuters-17234", False, "India's borrowing from the ADB: a forecast"),
    ("reuters-21379", False, "results: corporate"),
    ("reuters-16630", True, "the ITC authorises anti-dumping duties on Brazilian orange juice: a government's trade "
                            "measure against another country's exports (no gold holds a story on the orange juice "
                            "case)"),
    ("reuters-19786", False, "a state mining firm's stake: corporate (a state firm's business)"),
    ("reuters-11492", False, "a takeover defence: corporate"),
    ("reuters-17280", True, "Thailand's commerce minister will seek clarification from the US on its rice export "
                            "prices and a meeting with the US ambassador, charging a policy of weakening world prices: "
                            "trade diplomacy between states"),
    ("reuters-6503", False, "results: corporate"),
    ("reuters-888", False, "gilt demand: market"),
    ("reuters-11186", False, "investors' hesitation: market"),
    ("reuters-16786", False, "an airline's aircraft: corporate"),
    ("reuters-6253", False, "the UK trade wary of an EC levy: views of traders"),
    ("reuters-12122", False, "a rescheduled debt's new interest rate takes effect: the terms of last month's accord "
                             "(figures)"),
    ("reuters-15263", False, "results: corporate"),
    ("reuters-6854", False, "a defence contract: corporate"),
    ("reuters-12038", True, "Brazil confirms its commercial creditors renewed its short-term credit lines and asks "
                            "for a longer extension: a debtor state and its creditor banks (as gold-forty-second's "
                            "9123; another news story: the renewal at the March 31 deadline)"),
    ("reuters-19017", False, "the Canadian deficit: fiscal forecast"),
    ("reuters-13949", False, "the Bundesbank's money policy: monetary policy"),
    ("reuters-12677", False, "brands sold: corporate"),
    ("reuters-5241", False, "the Bundesbank adds liquidity: monetary operations"),
    ("reuters-14895", False, "a central bank declines to comment: no act"),
    ("reuters-17438", False, "insurers' returns: market"),
    ("reuters-1081", False, "a carmaker's sales hopes: corporate"),
    ("reuters-6109", False, "a subcommittee approves a debt bill: legislation"),
    ("reuters-4983", False, "Ecuador builds a pipeline to Colombia's after the earthquake: a ministry's works (no act "
                            "toward another actor told)"),
    ("reuters-425", False, "futures volumes: figures"),
    ("reuters-5266", False, "a rice crop: figures"),
    ("reuters-13507", True, "Greece and the Soviet Union reach agreement in Moscow on an alumina plant, the Soviet "
                            "Union to buy its output: an agreement between governments (a government spokesman)"),
    ("reuters-15644", False, "a fibre-optic route: corporate"),
    ("reuters-1838", False, "the administration sends farm proposals to Congress: legislation"),
    ("reuters-9186", False, "an airport consortium: corporate"),
    ("reuters-5150", False, "an oil firm's cooperation contract: corporate"),
    ("reuters-1770", False, "a banker pleads guilty: ordinary crime of a private person"),
    ("reuters-15095", False, "cocoa exporters' sales: a commodity meeting"),
    ("reuters-5587", False, "deregulation: regulation, analysis"),
    ("reuters-5776", False, "a state oil commission's buyers' credit: corporate finance (a state firm's business)"),
    ("reuters-5129", False, "a bank's SEC filing: corporate"),
    ("reuters-2186", False, "copper output: figures"),
    ("reuters-18159", False, "a union chief on the Fed appointment: appointments, views"),
    ("reuters-7445", False, "an SEC official proposes trading halts: regulation"),
    ("reuters-3646", False, "a mine: corporate"),
    ("reuters-8743", False, "Hungary's tax reforms: fiscal policy"),
    ("reuters-18742", True, "the IMF loans Uganda 92.1 mln dlrs: aid from an international lender (as "
                            "gold-fifty-first's 10250 and 18885)"),
    ("reuters-9283", False, "an acquisition: corporate"),
    ("reuters-8699", True, "Taiwan plans another round of tariff cuts on products requested by Washington, to narrow "
                           "its surplus with the US: a trade concession to another state (US-Taiwan trade 1; another "
                           "news story than gold-fifty-first's 16253, the round announced on April 11, and the audited "
                           "354 of March 2)"),
    ("reuters-902", False, "growth: corporate"),
    ("reuters-5281", False, "the Saudis drop their condition for Brazil's oil: the news of 5125 (skipped)"),
    ("reuters-9976", False, "foreign firms and a telecom venture: corporate"),
    ("reuters-19845", True, "the World Bank extends 241 mln dlrs of loans to Niger and Zaire: aid from an "
                            "international lender"),
    ("reuters-13627", False, "opinion polls: no act"),
    ("reuters-5279", False, "Peru's foreign exchange rationing: domestic economic policy"),
    ("reuters-9804", False, "a bank's estimated loss on Brazil: corporate"),
    ("reuters-4232", False, "cash flow: corporate"),
    ("reuters-16474", False, "the Bank of England's reporting rules: regulation"),
    ("reuters-10259", False, "a central bank's bill sale: monetary operations"),
    ("reuters-14513", False, "a new unit: corporate"),
    ("reuters-2541", False, "the World Bank president expects a Brazilian debt plan: views"),
    ("reuters-8906", False, "a possible stake: corporate"),
    ("reuters-15615", False, "the Fed may add reserves: monetary operations, forecast"),
    ("reuters-16963", False, "Howe's address to ESCAP against protectionism: a minister's views, calls on no "
                             "particular state"),
    ("reuters-15213", False, "an earnings forecast: corporate"),
    ("reuters-8113", False, "Bangemann on steel subsidies: domestic economic policy, views"),
    ("reuters-9443", False, "a unit sold: corporate"),
    ("reuters-17521", False, "floods: a natural disaster"),
    ("reuters-13130", False, "LPG prices: market"),
    ("reuters-20021", False, "Aquino on interest rates: views"),
    ("reuters-20576", False, "sales forecasts: corporate"),
    ("reuters-12607", False, "Lawson on his sterling comments: views"),
    ("reuters-9203", False, "Asian reactions to the rubber pact: a commodity meeting's outcome (gold-twenty-second's "
                            "7304 is its adoption)"),
    ("reuters-10887", False, "a unit sold: corporate"),
    ("reuters-17162", False, "a banker doubts a Brazil debt solution: views"),
    ("reuters-12247", False, "ratings: corporate finance"),
    ("reuters-12548", False, "a share buyback: corporate"),
    ("reuters-8626", False, "a securities market opens: domestic economic policy"),
    ("reuters-17321", False, "Baker asks Congress to pass the debt ceiling bill: legislation"),
    ("reuters-15110", False, "a news firm's chairman urges freer information: views"),
    ("reuters-2268", False, "a board appointment: corporate"),
    ("reuters-11732", False, "the IMF's growth forecast: a forecast"),
    ("reuters-14816", False, "a securities commissioner and the exchange bar a share plan: regulation"),
    ("reuters-10396", False, "notes: corporate finance"),
    ("reuters-15417", False, "results: corporate"),
    ("reuters-13458", True, "the Soviet Communist Party criticises the Grain Products Ministry (Pravda), its minister "
                            "retired and two deputies reprimanded: a ruling party's act toward a ministry (no gold "
                            "holds a story on it)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = one_keyword_business_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START + len(WALK) - 1 < STOP, "the walk ran past its stretch"
    print(len(order), "reuters in the one-keyword business list, walked from position", START, file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
