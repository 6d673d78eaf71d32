"""Candidate walk for the forty-eighth article gold (written blind, 'gold-fifty-first'): the one-keyword business list
(gold_selection.one_keyword_business_list, imported, not rebuilt: 1,384 Reuters-21578 records of 80-1,200 words with
exactly one political keyword hit and at least one economic one), walked from position 601 and stopping before 901.
Three golds walk disjoint stretches of the list this session, declared before any of them read a story:
gold-forty-ninth 1-300, gold-fiftieth 301-600, gold-fifty-first (this one) 601-900; the other two were written at the
same time and were not read here.
Usage (from the repository root): python3 eval/gold-fifty-first/select_stories.py [N]

Rules as gold-forty-eighth's and gold-thirty-sixth's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament, international lender or body acting
toward another); pure market reports, earnings, prices, figures and forecasts are no political news; a business
story with a government's act in it is taken, only its political acts required; labour disputes with an employer,
domestic economic, monetary and fiscal policy, regulation, legislation, corporate news (state firms' business
included), commodity meetings, civil litigation, appointments, views, accidents and natural disasters are skipped;
at least two events (optional ones counted, as the earlier walks did); not the same news story as one an earlier
gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most
one analysis/opinion piece; 12 stories. WALK gives each position's reason; gold_selection.print_walk checks that it
is the list's order from START and that no story taken is held by any gold now written, the shared dev gold,
used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-first/"
LIST_LENGTH = 1384  # the list as gold_selection draws it
START = 601  # declared in advance: gold-fiftieth walks 301-600
STOP = 901  # declared in advance: this walk must end before it

WALK = [
    ("reuters-19958", False, "a firm's earnings outlook: corporate"),
    ("reuters-8561", False, "a board approves an offer: corporate"),
    ("reuters-8204", False, "a proxy fight: corporate"),
    ("reuters-12339", False, "an acquisition: corporate"),
    ("reuters-2200", False, "a eurobond: corporate finance"),
    ("reuters-5892", True, "Guyana's president calls reports of thallium poisoning a mischievous invention; Trinidad "
                           "and Tobago had restricted Guyanese rice imports: a head of state's denial and another "
                           "state's trade restriction (no gold holds a story on the poisoning reports)"),
    ("reuters-11220", False, "a bank's results: corporate"),
    ("reuters-10743", False, "cement competition: corporate"),
    ("reuters-4766", False, "a sales forecast: corporate"),
    ("reuters-10228", False, "oil executives' price forecast: a forecast"),
    ("reuters-9799", False, "analysts' gold forecast: a forecast"),
    ("reuters-5119", False, "a state oil firm's refinery deal: corporate (a state firm's business)"),
    ("reuters-1720", False, "a Senate committee's revised bank bill: legislation in drafting"),
    ("reuters-19810", False, "a merger completed: corporate"),
    ("reuters-12841", False, "money supply: figures"),
    ("reuters-19751", False, "a buyout: corporate"),
    ("reuters-7575", False, "bond ratings: corporate finance"),
    ("reuters-16253", True, "Taiwan announces tariff cuts on 862 goods, 60 of them asked by Washington, before trade "
                            "talks with the US: a trade concession to another state (US-Taiwan trade 1)"),
    ("reuters-13533", False, "eurodollar deposits: market"),
    ("reuters-2975", False, "China raises crop purchase prices: domestic economic policy"),
    ("reuters-18663", False, "bidders: corporate"),
    ("reuters-12987", False, "a mining unit: corporate"),
    ("reuters-16144", False, "the wheat board's chairman urges farmers not to cut plantings: a marketing board's "
                             "call on its own farmers (domestic), a forecast"),
    ("reuters-10975", False, "acquisitions sought: corporate"),
    ("reuters-5816", False, "a state loan priced: market"),
    ("reuters-5711", False, "an earnings target: corporate"),
    ("reuters-21280", False, "a central bank's news conference cancelled: no act"),
    ("reuters-20190", False, "a share buyback: corporate"),
    ("reuters-2937", False, "a firm's Soviet contract: corporate"),
    ("reuters-3748", False, "the rubber pact conference's slow progress, consumers and producers divided on price "
                            "reviews: the standoff of gold-forty-fifth's 4824 two days before (the conference's start, "
                            "crisis and adoption are gold-forty-third's 3155, gold-forty-fifth's 4824 and "
                            "gold-twenty-second's 7304)"),
    ("reuters-16367", False, "a bank's earnings: corporate"),
    ("reuters-17329", False, "oil discoveries: corporate forecast"),
    ("reuters-10520", False, "Hungary's economy: figures"),
    ("reuters-13030", False, "a bondholder suit settled: corporate"),
    ("reuters-8131", False, "an oil executive's views: corporate"),
    ("reuters-13417", False, "British opinion polls: no act"),
    ("reuters-12145", False, "Chirac in Washington on Baker's support for the Paris accord and debt write-offs: a "
                             "premier's views to reporters, no act reported (gold-fortieth's 10976 is his plan of "
                             "March 30)"),
    ("reuters-14301", False, "wheat futures: market"),
    ("reuters-12923", False, "the Fed's expected market action: market"),
    ("reuters-17074", True, "Taiwan and the US revise and extend their textile accord after talks in Washington, the "
                            "US raising the growth limit: a trade agreement between states (US-Taiwan trade 2)"),
    ("reuters-7932", False, "a recapitalization: corporate"),
    ("reuters-3492", False, "the EC Commission declines comment on sugar traders' intervention offers: commodity "
                            "market regulation, no comment"),
    ("reuters-18031", False, "a strike settled: a labour dispute with an employer"),
    ("reuters-179", False, "the OECD on the Swiss economy: a report's views and forecasts"),
    ("reuters-1370", False, "settlement offers: corporate litigation"),
    ("reuters-19407", False, "a chief executive named: corporate"),
    ("reuters-14289", False, "sugar: market"),
    ("reuters-11841", False, "a takeover: corporate"),
    ("reuters-8041", False, "natural gas: market forecast"),
    ("reuters-15500", False, "export prices: market"),
    ("reuters-2988", False, "rating agencies: business analysis"),
    ("reuters-12765", False, "South Korea cools its stock market: domestic financial policy"),
    ("reuters-4461", False, "a broker indicted: ordinary crime of a private person"),
    ("reuters-5172", False, "a car maker's profits: corporate"),
    ("reuters-16064", False, "the Senate passes a homeless aid bill: domestic legislation"),
    ("reuters-1202", False, "car sales: corporate"),
    ("reuters-9167", False, "the Bank of Japan's bill sale: domestic monetary operations"),
    ("reuters-6998", False, "the EC sugar tender seen as a concession to producers: commodity market regulation, "
                            "officials' reading"),
    ("reuters-2601", False, "special advances: domestic monetary operations"),
    ("reuters-17713", False, "a firm's outlook: corporate"),
    ("reuters-12641", False, "a mine shut by fire: an accident"),
    ("reuters-977", False, "roasters on coffee prices: market views"),
    ("reuters-16699", False, "an airline's new service: corporate"),
    ("reuters-10697", False, "bond market: business analysis"),
    ("reuters-896", False, "bankers' reserve forecast: a forecast"),
    ("reuters-6737", False, "sales: corporate"),
    ("reuters-14975", False, "an earnings outlook: corporate"),
    ("reuters-11291", False, "a growth forecast: a forecast"),
    ("reuters-12826", False, "Sweden's banking proposal: domestic regulation"),
    ("reuters-16895", True, "the White House announces 100 pct tariffs on Japanese electronic goods over the chip "
                            "accord, Reagan's statement: a sanction between states (US-Japan chips 1; another news "
                            "story than gold-twenty-fifth's 16924, Japan's disappointment the same day)"),
    ("reuters-16727", False, "an adviser's fee: corporate"),
    ("reuters-16887", False, "bonuses: corporate"),
    ("reuters-7925", False, "a firm subpoenaed by the SEC: securities regulation"),
    ("reuters-3962", False, "transfer payments to provinces: domestic fiscal policy"),
    ("reuters-11813", False, "shipbreaking: business figures"),
    ("reuters-4564", False, "cattle futures after a lockout ends: market (a labour dispute with an employer)"),
    ("reuters-5646", False, "the budget director on Congress and deficit cuts: domestic fiscal policy, a forecast"),
    ("reuters-3564", False, "a bank's dividend: corporate"),
    ("reuters-13410", False, "bonds: market"),
    ("reuters-4944", False, "the Fed and the economy: analysis"),
    ("reuters-11771", False, "an import forecast: a forecast"),
    ("reuters-8191", False, "a contract: corporate"),
    ("reuters-1340", False, "a divestment: corporate"),
    ("reuters-7036", False, "the credit market outlook: market"),
    ("reuters-983", False, "losses: corporate"),
    ("reuters-15737", False, "Colombia's exports: figures"),
    ("reuters-2072", False, "a firm seeks deregulation: corporate, regulation"),
    ("reuters-1731", False, "a Soviet trade official on the grain pact's uncertain renewal: an official's views and "
                            "forecast"),
    ("reuters-19259", False, "a retailer's outlook: corporate"),
    ("reuters-9501", False, "Baker says economic cooperation works: a minister's views (last month's accord "
                            "background)"),
    ("reuters-12555", False, "the EC raises its social fund spending: the EC's budget, economic"),
    ("reuters-11124", False, "a state industrial corporation's investment plan: a state firm's business"),
    ("reuters-930", False, "a firm's office in Peking: corporate"),
    ("reuters-1078", False, "the Fed's reserves: market"),
    ("reuters-3192", False, "the World Bank's borrowing timetable: a lender's own funding (corporate finance)"),
    ("reuters-17282", False, "de Clercq says Japan's car export restraint is not enough after the quadrilateral "
                             "meeting: the news story of gold-thirty-eighth's 17279 (the EC attacks Japan the same "
                             "day at the same meeting)"),
    ("reuters-330", False, "money supply: figures"),
    ("reuters-4746", False, "a wage dividend: corporate"),
    ("reuters-16383", False, "the Fed's reserves: market"),
    ("reuters-303", False, "soybean imports: a forecast"),
    ("reuters-6791", False, "a refinery's plans: corporate"),
    ("reuters-8449", False, "a bank's profits: corporate"),
    ("reuters-988", False, "profits: corporate"),
    ("reuters-526", False, "an exchange closes its floor: corporate"),
    ("reuters-12192", False, "the GAO on farm reorganizations: a domestic audit report"),
    ("reuters-21116", False, "an exchange's capacity: corporate"),
    ("reuters-3454", False, "a metal trader's links: corporate"),
    ("reuters-4868", False, "a court vacates a libel award: civil litigation"),
    ("reuters-9418", False, "an exchange seat: corporate"),
    ("reuters-18", False, "earnings: corporate"),
    ("reuters-19444", False, "Italy's trade minister on the deficit: a minister's views"),
    ("reuters-20042", False, "Lawson on the share fall: a minister's views"),
    ("reuters-16332", False, "a sale of units: corporate"),
    ("reuters-4160", False, "a reverse split: corporate"),
    ("reuters-6128", False, "the ICCO working group examines buffer stock rules: a commodity meeting's technical "
                            "negotiations (as the skipped 8961, the cocoa buffer stock talks' progress)"),
    ("reuters-10583", False, "an exchange's trading limits: self-regulation"),
    ("reuters-17771", False, "a pipeline shut by floods: an accident"),
    ("reuters-16112", False, "a bankruptcy move: corporate"),
    ("reuters-18801", False, "a preferred stock sale: corporate"),
    ("reuters-12634", False, "the World Bank refinances its loans: a lender's own funding (corporate finance)"),
    ("reuters-17986", False, "a takeover offer: corporate"),
    ("reuters-17877", False, "Venezuela's central bank cuts off foreign brokers: domestic exchange regulation (as the "
                             "skipped 5412, Spain's exchange controls)"),
    ("reuters-17654", False, "a price limit removed: market"),
    ("reuters-1540", False, "the Bundesbank's repurchase system: domestic monetary operations"),
    ("reuters-14351", False, "a House leader on a tax bill: a forecast, domestic legislation"),
    ("reuters-7014", False, "money supply: figures"),
    ("reuters-8610", False, "Kuwait's oil minister on OPEC output: a minister's views (a newspaper interview)"),
    ("reuters-11951", False, "Tanzania's five-year plan: domestic economic policy"),
    ("reuters-15107", False, "a share increase approved: corporate"),
    ("reuters-8359", False, "an airline's stake: corporate"),
    ("reuters-3022", False, "Venezuela's debt schedule figures: figures (the accord a week ago background)"),
    ("reuters-3263", False, "officers to run a firm: corporate"),
    ("reuters-4172", True, "Taiwan will relax import controls on 400 more goods to give its trading partners, "
                           "especially the US, access: a trade concession to another state (US-Taiwan trade 3)"),
    ("reuters-3552", False, "an exchange's move: corporate"),
    ("reuters-13275", False, "Subroto says a tin pact extension is unrealistic before the tin council's session: a "
                             "minister's views before a commodity meeting"),
    ("reuters-11217", False, "car exports: corporate"),
    ("reuters-11395", False, "an earnings outlook: corporate"),
    ("reuters-19570", False, "crop weather: figures"),
    ("reuters-6023", False, "a broker's upgrade: market"),
    ("reuters-6423", False, "a chief executive quits: corporate"),
    ("reuters-13482", False, "Taiwan's trade surplus: figures"),
    ("reuters-16475", False, "a stock: market"),
    ("reuters-11444", False, "Baker on Reagan and an oil import fee: a minister's views on domestic policy"),
    ("reuters-13850", False, "soybean futures: market"),
    ("reuters-12602", True, "the EC Commission publishes a list of US trade barriers in answer to US criticism: "
                            "charges between a regional body and a state (EC-US trade 1)"),
]
# Positions 746 on (split only to keep the list readable).
WALK += [
    ("reuters-9943", False, "the Fed's reserves: market"),
    ("reuters-16077", False, "Ecuador's oil output to resume with a new pipeline: energy supply after an earthquake"),
    ("reuters-16177", False, "the Bank of Japan's bill sale: domestic monetary operations"),
    ("reuters-380", False, "a chairman sells shares: corporate"),
    ("reuters-9345", False, "joint venture talks: corporate"),
    ("reuters-7849", False, "Lawson's inflation pledge: domestic economic policy"),
    ("reuters-14100", False, "deregulation's effect on finance firms: business analysis"),
    ("reuters-5800", False, "China's grain imports: officials' and traders' forecasts"),
    ("reuters-21293", False, "a mining group's deal with a Saudi state agency: corporate (a state agency's "
                             "commercial deal)"),
    ("reuters-11810", False, "a firm enters a market: corporate"),
    ("reuters-16415", False, "consumer prices: figures"),
    ("reuters-8416", False, "a broker appeals the tin council winding-up ruling: civil litigation"),
    ("reuters-964", False, "Reagan's approval rating: a poll, no act"),
    ("reuters-9543", False, "a brewer's outlook: corporate"),
    ("reuters-5442", False, "a stake: corporate"),
    ("reuters-7775", False, "mine results: corporate"),
    ("reuters-21567", False, "a businessman's coffee export plan: corporate"),
    ("reuters-4678", False, "Kampuchea's rice crop: figures"),
    ("reuters-5319", False, "drug tests: corporate"),
    ("reuters-4986", False, "a car price: corporate"),
    ("reuters-2628", False, "an arms firm's managing director resigns: corporate, an appointment"),
    ("reuters-1968", False, "a CD market: market"),
    ("reuters-18529", True, "Yugoslavia signs a 550 mln ECU loan from the EC, whose grant request the EC refused, "
                            "Tanjug says: aid from a regional body to a state (another news story than "
                            "gold-thirtieth's 11591 and gold-thirty-seventh's 8390, its bank refinancing)"),
    ("reuters-1692", False, "the UK oil industry: business analysis"),
    ("reuters-5794", False, "a state power firm signs a syndicated buyer's credit: corporate finance (a state "
                            "firm's business)"),
    ("reuters-366", False, "a stake: corporate"),
    ("reuters-18142", False, "Volcker's departure and the dollar: market"),
    ("reuters-19490", False, "stocks: market"),
    ("reuters-20250", False, "Mexico closes its border to fruit from two California counties over fruit flies: a "
                             "pest quarantine on two counties' produce, told in a field report (plant-health trade "
                             "regulation, not a measure against the state; as gold-thirty-sixth's skipped 19269)"),
    ("reuters-11459", False, "a cocoa crop estimate: figures"),
    ("reuters-3759", False, "an investor takes control: corporate"),
    ("reuters-367", False, "a product line: corporate"),
    ("reuters-15049", False, "the Fed's repurchases: market"),
    ("reuters-17863", False, "a takeover hearing: corporate"),
    ("reuters-6605", False, "a redemption: corporate"),
    ("reuters-14776", False, "a bond tender: domestic monetary operations"),
    ("reuters-3140", False, "a bank's CDs: corporate"),
    ("reuters-5162", False, "Delors favours a Franco-German bid for a French firm: views on a takeover (corporate)"),
    ("reuters-20007", False, "Japan's premier watches the stock market: views"),
    ("reuters-10769", False, "Sumita on the dollar: a central banker's views"),
    ("reuters-18292", False, "revenues: corporate"),
    ("reuters-3391", False, "an army contract: corporate"),
    ("reuters-20982", False, "an acquisition: corporate"),
    ("reuters-13730", False, "coffee futures: market"),
    ("reuters-21101", False, "a development bank's bond: a lender's own funding (corporate finance)"),
    ("reuters-4275", False, "the Fed's reserves: market"),
    ("reuters-16082", True, "the G-10 and the IMF Interim Committee reach a consensus that Mexico-type reschedulings "
                            "must be the last, members suggest other options, the Swiss central bank's president "
                            "says: meetings of states' finance officials (as gold-forty-second's 7950, the G-10 "
                            "officials' meeting of March 20)"),
    ("reuters-6667", False, "a security system: corporate"),
    ("reuters-2203", False, "loan losses: corporate"),
    ("reuters-18325", False, "a buyer on its acquisition: corporate"),
    ("reuters-4861", False, "a nuclear unit design contract: corporate"),
    ("reuters-5479", False, "an airport authority privatised: domestic economic policy"),
    ("reuters-5900", False, "a TV bid: corporate"),
    ("reuters-15794", False, "a fee complaint: corporate"),
    ("reuters-1315", False, "revenues: corporate"),
    ("reuters-4016", False, "reserves: corporate"),
    ("reuters-1272", False, "Canada's growth: a forecast"),
    ("reuters-21570", False, "rice exports: figures"),
    ("reuters-13530", False, "the Bank of Japan's bill sale: domestic monetary operations"),
    ("reuters-15055", False, "a bank distribution approved: corporate"),
    ("reuters-15442", False, "markets react to the G-7 communique: market"),
    ("reuters-18924", False, "the tin council intervenes in a High Court hearing: civil litigation"),
    ("reuters-16", False, "a bank: business analysis"),
    ("reuters-6543", False, "the Fed's reserves: market"),
    ("reuters-9660", False, "Lyng doubts the deficit target: a minister's views on domestic fiscal policy"),
    ("reuters-15581", False, "currency losses: corporate"),
    ("reuters-11455", False, "officials defend an oil reserve sale plan before a House committee: domestic fiscal "
                             "policy"),
    ("reuters-14838", False, "a copyright suit: corporate litigation"),
    ("reuters-10667", False, "China sets up a financial institution: domestic financial policy"),
    ("reuters-17356", False, "Shultz on a wheat bonus offer to the Soviet Union: a minister's views (last year's "
                             "offer background)"),
    ("reuters-15139", False, "an exchange's compliance chief: self-regulation"),
    ("reuters-2096", False, "an export bank's fees: domestic export finance policy"),
    ("reuters-19063", False, "a central banker on bank regulation loopholes: views on domestic regulation"),
    ("reuters-6344", False, "Indonesia licenses palm oil imports: domestic trade regulation"),
    ("reuters-17058", False, "the Swiss central bank will keep taking part in joint intervention: a policy statement "
                             "in a speech"),
    ("reuters-17135", False, "earnings: corporate"),
    ("reuters-14441", False, "a rate reduction approved: utility regulation"),
    ("reuters-7236", False, "a price limit plan dropped: self-regulation"),
    ("reuters-15946", False, "an oil firm's outlook: corporate"),
    ("reuters-3660", False, "reserve requirements: domestic monetary policy"),
    ("reuters-9817", False, "a share sale: corporate"),
    ("reuters-3137", False, "a base rate cut: domestic monetary policy, market"),
    ("reuters-2916", False, "write-offs: corporate"),
    ("reuters-13274", False, "a GNP forecast: a forecast"),
    ("reuters-20521", False, "an arms maker's Swiss contract: corporate"),
    ("reuters-1880", False, "Colombia's finance minister on coffee prices and its debt: a minister's views"),
    ("reuters-768", False, "analysts on a bid: corporate"),
    ("reuters-696", False, "earnings growth: corporate"),
    ("reuters-9763", False, "a ministry on exporters: views, a forecast"),
    ("reuters-20899", False, "stocks: market forecast"),
    ("reuters-4060", False, "overseas output: a forecast"),
    ("reuters-5734", False, "harbour workers' strike over pay: a labour dispute with employers"),
    ("reuters-12552", False, "Chernobyl and Soviet electricity: analysis"),
    ("reuters-7538", False, "yen rates: market forecast"),
    ("reuters-5123", False, "Saudi sellers drop a bank guarantee condition for a Petrobras oil purchase: a "
                            "commercial dispute over letters of credit (a state firm's business)"),
    ("reuters-20325", False, "the White House on the market: a spokesman's views"),
    ("reuters-10661", False, "Sumita on monetary policy: domestic monetary policy, views"),
    ("reuters-10552", False, "bonds: corporate finance"),
    ("reuters-7797", False, "a certificate issue: corporate finance"),
    ("reuters-16306", False, "a bankruptcy contested: corporate litigation"),
    ("reuters-475", False, "the Fed's reserves: market"),
    ("reuters-9769", False, "a growth forecast: a forecast"),
    ("reuters-19037", False, "Indonesia raises its stake in a smelter venture with Japan: a state's commercial stake "
                             "(a state firm's business)"),
    ("reuters-11816", False, "a stake: corporate"),
    ("reuters-10250", True, "the IDA approves a 114 mln dlr credit for India's irrigation, the Indian government and "
                            "states adding 43 mln: aid from an international lender (as gold-forty-fifth's 18797, the "
                            "World Bank's loan to Mexico and the government's guarantee)"),
    ("reuters-18687", False, "a firm emerges from bankruptcy: corporate"),
    ("reuters-5622", False, "a stock index: corporate"),
    ("reuters-4326", False, "Sweden eases its price freeze: domestic economic policy"),
    ("reuters-1771", False, "no comment on an offer: corporate"),
    ("reuters-18973", False, "a senator defends a farm bill: domestic legislation"),
    ("reuters-3047", False, "Istanbul under snow: weather"),
    ("reuters-5710", False, "Icahn a target of an SEC investigation: securities regulation"),
    ("reuters-10257", False, "New Zealand's deficit: a forecast"),
    ("reuters-3878", False, "a capital minimum: domestic banking regulation"),
    ("reuters-11982", False, "a branch purchase: corporate"),
    ("reuters-19728", False, "car output: a forecast"),
    ("reuters-10004", False, "a House member opposes a CFTC fee plan: domestic regulation, views"),
    ("reuters-17690", False, "a test kit: corporate"),
    ("reuters-10278", False, "a firm's targets: corporate"),
    ("reuters-20963", False, "Wall Street's sell-off: market"),
    ("reuters-13790", False, "a bid ends: corporate"),
    ("reuters-2118", False, "the SEC chairman and a congressman on insider trading: securities regulation, views"),
    ("reuters-17291", False, "Saudi oil price policy, a newsletter's sources: a state's commodity policy, views"),
    ("reuters-11795", False, "Turkey's growth: figures"),
    ("reuters-19617", False, "Germany's trade surplus: a forecast"),
    ("reuters-15220", False, "a cotton crop: figures"),
    ("reuters-18885", True, "the World Bank extends Pakistan three loans of 220 mln dlrs: aid from an international "
                            "lender (another news story than gold-forty-first's 17197, the 2.4 billion dlr "
                            "programme of April 26)"),
    ("reuters-11776", False, "a banker on German rates: views"),
    ("reuters-16762", False, "Saudi Arabia's interior minister hopes to sell Japan more oil: a minister's hopes at a "
                             "reception"),
    ("reuters-5885", False, "budget hopes: market analysis"),
    ("reuters-17549", False, "results: corporate"),
    ("reuters-19318", False, "coffee traders propose a quota formula: a trade association's proposal"),
    ("reuters-13418", False, "the dollar: market"),
    ("reuters-7327", False, "a Fed vice chairman on the debt crisis: views"),
    ("reuters-8863", False, "a write-off: corporate"),
    ("reuters-4031", True, "Britain's trade secretary calls on Japan to increase imports or risk protectionism: "
                           "trade diplomacy between states (UK-Japan trade; gold-thirtieth's 9847, British "
                           "politicians' call for sanctions of March 26, is another news story)"),
    ("reuters-8644", False, "a year's results: corporate"),
    ("reuters-16156", False, "a bond: corporate finance"),
    ("reuters-7771", True, "the EC Commission charges the US with breaking GATT rules by excluding Dutch fibres and "
                           "will take the issue to GATT: a trade dispute between a regional body and a state (EC-US "
                           "trade 2, another dispute than 12602's list)"),
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
