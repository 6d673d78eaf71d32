"""Candidate walk for the forty-ninth article gold (written blind, 'gold-fifty-second'): the one-keyword business list
(gold_selection.one_keyword_business_list, imported, not rebuilt: 1,384 Reuters-21578 records of 80-1,200 words with
exactly one political keyword hit and at least one economic one), walked from position 885 and stopping before
1,135. Three golds walk disjoint stretches of the list this session, declared before any of them read a story (the
stretches the twenty-eighth session's three blind golds left: they walked 1-155, 301-486 and 601-884):
gold-fifty-second (this one) 885-1,134, gold-fifty-third 1,135-1,384, gold-fifty-fourth 212-300 then 487-600; the
other two were written at the same time and were not read here.
Usage (from the repository root): python3 eval/gold-fifty-second/select_stories.py [N]

Rules as gold-forty-eighth's and gold-thirty-sixth's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament, international lender or body acting
toward another); pure market reports, earnings, prices, figures and forecasts are no political news; a business
story with a government's act in it is taken, only its political acts required; labour disputes with an employer,
domestic economic, monetary and fiscal policy, regulation, legislation, corporate news (state firms' business
included), commodity meetings, civil litigation, appointments, views, accidents and natural disasters are skipped;
at least two events (optional ones counted, as the earlier walks did); not the same news story as one an earlier
gold took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most
one analysis/opinion piece; 12 stories. The stretch ran out with ten taken (see README). WALK gives each position's
reason; gold_selection.print_walk checks that it is the list's order from START and that no story taken is held by
any gold now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, one_keyword_business_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-second/"
LIST_LENGTH = 1384  # the list as gold_selection draws it
START = 885  # declared in advance: gold-fifty-first walked 601-884
STOP = 1135  # declared in advance: this walk must end before it (gold-fifty-third walks 1,135-1,384)

WALK = [
    ("reuters-10702", False, "a firm's cost outlook: corporate"),
    ("reuters-10299", True, "the Philippines' sugar agency will ask the USDA to raise its sugar import quota and "
                            "protest its award of Taiwan's shortfall to the Dominican Republic: a state agency's "
                            "request and protest to another state (no gold holds a story on the 1987 sugar quota "
                            "shortfall)"),
    ("reuters-18185", False, "an economist on the Greenspan nomination: views, market"),
    ("reuters-4707", False, "MITI coordinates a superconductor study: domestic research policy"),
    ("reuters-3627", False, "Chile to open talks on its official debt: the news story of gold-forty-ninth's 3614 (the "
                            "same title and day)"),
    ("reuters-17734", False, "new modems: corporate"),
    ("reuters-2170", False, "a eurobond: corporate finance"),
    ("reuters-10512", False, "a bank may reclassify Brazil loans: corporate"),
    ("reuters-8910", False, "a blood bank association on AIDS fears: views"),
    ("reuters-17843", False, "a firm on a ruling: corporate"),
    ("reuters-17448", False, "the Bundesbank has no plan for a rate cut: domestic monetary policy"),
    ("reuters-2574", False, "an exploration pact: corporate"),
    ("reuters-16907", False, "the White House lists the goods under its tariffs: the news story of gold-fifty-first's "
                             "16895 (the tariffs announced the same day)"),
    ("reuters-12454", False, "Cable and Wireless unimpressed by a Japanese consortium offer: corporate "
                             "(gold-forty-first's 7765 is the governments' dispute)"),
    ("reuters-5871", True, "congressional committees plan to grant Poindexter immunity after their advisers' "
                           "preliminary accord: Congress's Iran-contra investigation (as gold-thirty-sixth's 15301; "
                           "gold-twenty-ninth's 4013 is Hakim's immunity on March 11, another news story)"),
    ("reuters-20020", False, "a stock exchange will not suspend trading: market"),
    ("reuters-13416", False, "the Bank of Japan's bill sale: domestic monetary operations"),
    ("reuters-9555", True, "Mexico signs a 100 mln dlr tourism loan with the IADB: aid from an international lender "
                           "(as gold-forty-fifth's 18797 and gold-fifty-first's 10250)"),
    ("reuters-5118", True, "Venezuela will lend Ecuador up to 12.5 mln barrels of crude after the earthquake, "
                           "Ecuador's minister says: aid between states (gold-forty-second's 3609 is Ecuador's "
                           "request in Caracas on March 11, another news story)"),
    ("reuters-5512", False, "a share offering: corporate"),
    ("reuters-6634", False, "an exchange submits a contract to the CFTC: self-regulation"),
    ("reuters-3798", False, "European firms buy US oil reserves: business analysis"),
    ("reuters-3498", False, "South Korea's exchange equalisation bonds: domestic monetary operations"),
    ("reuters-10788", False, "acquisitions sought: corporate"),
    ("reuters-16044", False, "an oil firm's budget: corporate"),
    ("reuters-1118", False, "a stake: corporate"),
    ("reuters-14107", False, "energy futures: market"),
    ("reuters-18126", False, "economists regret Volcker's decision: views"),
    ("reuters-13472", False, "share issues scrapped: corporate"),
    ("reuters-1996", False, "a takeover bid rejected: corporate"),
    ("reuters-18186", False, "a pipeline closed by floods: an accident"),
    ("reuters-18368", False, "a joint venture under import quotas: corporate"),
    ("reuters-3938", True, "the Pentagon will appeal the Commerce Department's approval of computer sales to Iran and "
                           "ask the NSC to prohibit them, Shultz opposes them: a government's dispute over exports to "
                           "a hostile state (no gold holds it)"),
    ("reuters-10105", False, "earnings: corporate"),
    ("reuters-2768", False, "a stake welcomed: corporate"),
    ("reuters-10131", False, "a firm's car exports: corporate"),
    ("reuters-12241", False, "France abolishes suspended oil import rules: domestic trade regulation"),
    ("reuters-337", False, "a local agency's syndicated loan: corporate finance"),
    ("reuters-3103", False, "banks' base rate cuts: market"),
    ("reuters-3522", False, "a gilt tranche exhausted: domestic debt management"),
    ("reuters-4982", False, "a firm on Justice Department proposals: regulation, views"),
    ("reuters-12655", False, "coffee prices: market forecast"),
    ("reuters-6369", False, "the Bank of England's lending: domestic monetary operations"),
    ("reuters-153", False, "a stake: corporate"),
    ("reuters-4984", False, "the GAO on the export bonus: a domestic audit's views"),
    ("reuters-9454", False, "a merger: corporate"),
    ("reuters-8325", False, "Argentina expects agreement with its banks: a minister's forecast"),
    ("reuters-20057", False, "a convertible bond: corporate finance"),
    ("reuters-13350", False, "stocks: market"),
    ("reuters-20504", False, "member firms: market"),
    ("reuters-3562", False, "a Senate bank bill: domestic legislation"),
    ("reuters-15602", False, "earnings: corporate"),
    ("reuters-20942", False, "a broker's confidence: market"),
    ("reuters-1142", False, "a capital raise: corporate"),
    ("reuters-3861", False, "a bond sale: corporate"),
    ("reuters-8386", False, "notes placed: corporate"),
    ("reuters-10353", False, "Mexico denies British banks balk at its package: the news story of gold-forty-ninth's "
                             "10266 (the same title)"),
    ("reuters-20186", False, "the trade on coffee import monitoring: regulation, views"),
    ("reuters-5548", False, "a state railway's share offering: corporate (privatisation)"),
    ("reuters-4098", False, "results: corporate"),
    ("reuters-3472", False, "a jobless forecast: a forecast"),
    ("reuters-3615", False, "the trade deficit: figures"),
    ("reuters-9959", False, "a stock split: corporate"),
    ("reuters-3511", False, "the EC sugar tender: market forecast"),
    ("reuters-6964", False, "India's trade deficit: figures"),
    ("reuters-11575", False, "a stock: market"),
    ("reuters-16162", False, "gold: market"),
    ("reuters-10775", False, "Yugoslavia raises savings rates: domestic monetary policy"),
    ("reuters-8945", False, "shares sold: corporate"),
    ("reuters-7742", False, "a bank: business analysis"),
    ("reuters-12459", False, "a cable deal: corporate"),
    ("reuters-8138", False, "a trade deficit: figures"),
    ("reuters-3466", False, "sales and profits: corporate"),
    ("reuters-14440", False, "Castro on the sugar harvest: figures"),
    ("reuters-1259", False, "Mulford on banks' lending to debtors: an official's views in testimony"),
    ("reuters-17731", False, "tin traders on a futures market: market"),
    ("reuters-8290", False, "Rostenkowski on the futures industry: views on domestic regulation"),
    ("reuters-10773", False, "an exchange's hours: corporate"),
    ("reuters-15114", False, "Shad on insider trading: securities regulation, views"),
    ("reuters-20351", False, "sales outlook: corporate"),
    ("reuters-401", False, "a stake: corporate"),
    ("reuters-8802", False, "the Fed's reserves: market forecast"),
    ("reuters-7607", False, "credit market outlook: market"),
    ("reuters-13782", False, "a museum's reorganization talks: corporate"),
    ("reuters-18136", False, "a former central banker's call on the Swiss National Bank: views"),
    ("reuters-4074", False, "corporate earnings: a forecast"),
    ("reuters-3396", False, "a buyout: corporate"),
    ("reuters-17502", False, "a tender offer rejected: corporate"),
    ("reuters-10527", False, "an acquisition: corporate"),
    ("reuters-16183", False, "eurobonds: market"),
    ("reuters-17182", False, "a stake: corporate"),
    ("reuters-18344", False, "Brazilian officials' private concern over Volcker's departure: views"),
    ("reuters-12248", False, "a House panel approves an FSLIC bill: domestic legislation"),
    ("reuters-13843", False, "debt futures: market"),
    ("reuters-17222", False, "Malaysia may cut its lending rate: domestic monetary policy, a forecast"),
    ("reuters-7326", False, "the grain trade on Shultz's remark: views (Lyng's no comment)"),
    ("reuters-2881", False, "a producers' congress overhauled: corporate"),
    ("reuters-10748", False, "a reorganisation: corporate"),
    ("reuters-6262", False, "a UK tax ruling: domestic fiscal policy"),
    ("reuters-15444", False, "money market: market"),
    ("reuters-20245", False, "a car importer's outlook: corporate"),
    ("reuters-12992", False, "mine output: corporate"),
    ("reuters-2680", False, "France prices a privatisation issue: domestic economic policy"),
    ("reuters-12268", False, "the DOE seeks supercollider sites: domestic"),
    ("reuters-12753", False, "soy/feed market: market"),
    ("reuters-18457", False, "zinc supply: a forecast"),
    ("reuters-15678", False, "Lloyd's offer: corporate"),
    ("reuters-18375", False, "Cuba's sugar harvest ends: figures"),
    ("reuters-3030", False, "paper market: a forecast"),
    ("reuters-17172", False, "a bank's economic outlook: views"),
    ("reuters-314", False, "gold output: figures"),
    ("reuters-11739", False, "farm outlook: market analysis"),
    ("reuters-13279", False, "firms' pipe export deals with China and the USSR: corporate"),
    ("reuters-1911", False, "euroyen bonds: market analysis"),
    ("reuters-960", False, "a takeover rumour: market"),
    ("reuters-13286", False, "a provincial food agency's sugar import: figures (a purchase)"),
    ("reuters-10469", False, "a debt downgrade: corporate"),
    ("reuters-570", False, "a stake: corporate"),
    ("reuters-2989", True, "officials of 30 Asian Group of 77 states meet in Dhaka to set the agenda of their "
                           "ministerial conference: a meeting of states' officials (as gold-forty-second's 7950; no "
                           "gold holds a story on the Dhaka meeting)"),
    ("reuters-11366", False, "high-tech plans: corporate"),
    ("reuters-4513", False, "Volcker on the trade gap: views"),
    ("reuters-3187", False, "Brazil's Treasury to release coffee funds: domestic"),
    ("reuters-19564", False, "Chirac on buying power: a forecast"),
    ("reuters-4002", False, "an executive sentenced: ordinary crime of a private person"),
    ("reuters-3182", False, "a delisting: self-regulation"),
    ("reuters-6281", False, "a firm petitions the ITC to lift tariffs: a firm's petition (corporate, trade "
                            "regulation)"),
    ("reuters-4317", False, "valves replaced: corporate"),
    ("reuters-17841", False, "Pentagon contracts: procurement (corporate)"),
    ("reuters-20039", False, "Lawson on the BP flotation: domestic (privatisation)"),
    ("reuters-15394", False, "the EC sugar tender: commodity market regulation, officials' reading"),
    ("reuters-15357", False, "coffee registrations: an exporters' association"),
    ("reuters-12938", False, "France prices a privatised bank's shares: domestic economic policy"),
    ("reuters-836", False, "a stake: corporate"),
    ("reuters-940", False, "money supply: figures"),
    ("reuters-6914", False, "a merger: corporate"),
    ("reuters-4236", False, "France plans disclosure rules: regulation in drafting"),
    ("reuters-20496", False, "Lawson on the US-West German row: a minister's views"),
    ("reuters-6539", False, "earnings: corporate"),
    ("reuters-15160", False, "chips unveiled: corporate"),
    ("reuters-9194", False, "Zhao on import controls before the NPC: domestic economic policy"),
    ("reuters-7646", False, "a credit deal: corporate"),
    ("reuters-264", False, "aircraft bought: corporate"),
    ("reuters-19397", False, "LPG prices: market"),
    ("reuters-7041", False, "a stake sale: corporate"),
    ("reuters-14811", False, "deposits: market"),
    ("reuters-10861", False, "stocks: market"),
    ("reuters-18519", False, "Toshiba and Sharp restrain exports to the EC: firms' voluntary restraint (corporate; "
                             "the US tariffs background)"),
    ("reuters-13306", False, "MITI considers buying a US supercomputer: a ministry's purchase under consideration, no "
                             "decision"),
    ("reuters-19075", False, "growth figures: figures"),
    ("reuters-2859", False, "a placement: corporate"),
    ("reuters-18578", False, "notes: corporate finance"),
    ("reuters-18515", False, "a state development bank's yen loan: corporate finance"),
    ("reuters-10734", False, "an exchange's hours: corporate"),
    ("reuters-130", False, "a profit outlook: corporate"),
    ("reuters-7051", False, "bond innovations: market"),
    ("reuters-16577", False, "no bid planned: corporate"),
    ("reuters-8441", False, "a restaurant chain: corporate analysis"),
    ("reuters-16501", False, "bonds: market"),
    ("reuters-19871", False, "a shareholder dispute: corporate"),
    ("reuters-3100", False, "a buyout: corporate"),
    ("reuters-16603", False, "a suit: civil litigation"),
    ("reuters-6844", False, "a state airline's acquisition: corporate (a state firm's business)"),
    ("reuters-12396", False, "a banker's forecast: a forecast"),
    ("reuters-110", False, "a spinoff: corporate"),
    ("reuters-16402", False, "an acquisition: corporate"),
    ("reuters-937", False, "reserves: figures"),
    ("reuters-4324", False, "a state cash infusion for a state firm: a state firm's finance (domestic)"),
    ("reuters-1520", False, "the EC Commission backs an unleaded gasoline plan: regulation"),
    ("reuters-7731", True, "Mexico and its creditor banks start signing the 7.7 billion dlr loan package, Citibank "
                           "says: a state's borrowing from creditor banks (as gold-forty-ninth's 10266 and "
                           "gold-fiftieth's 18949; gold-thirty-second's 7937 the same day is its reserves)"),
    ("reuters-6407", False, "ICCO members accept buffer stock principles: a commodity meeting"),
    ("reuters-20460", False, "Bentsen awaits the White House's response: domestic, no act"),
    ("reuters-4225", False, "load factor: corporate"),
    ("reuters-1859", False, "Argentina lifts import taxes on capital goods: domestic trade policy"),
    ("reuters-416", False, "sight deposits: figures"),
    ("reuters-6614", False, "a statement to come: corporate"),
    ("reuters-12397", False, "banks diversify: business analysis"),
    ("reuters-9328", False, "a quarter's outlook: corporate"),
    ("reuters-10261", False, "consumer prices: figures"),
    ("reuters-14813", False, "bond futures: market"),
    ("reuters-12749", False, "forklifts: corporate"),
    ("reuters-9658", False, "a Superfund settlement: environmental regulation"),
    ("reuters-9279", False, "Norway's licence round: domestic energy policy"),
    ("reuters-16898", False, "a bonus system: corporate"),
    ("reuters-18967", False, "a partnership: corporate"),
    ("reuters-6098", False, "creditors foreclose: corporate"),
    ("reuters-3122", False, "base rate cuts: market"),
    ("reuters-19385", False, "a loss: corporate"),
    ("reuters-8244", True, "Japan assures the trade ministers' informal GATT meeting in Taupo that it is expanding "
                           "domestic demand: a state's assurance at an intergovernmental meeting (gold-twenty-third's "
                           "8592 and 8135 are other news stories of the same meeting)"),
    ("reuters-10822", False, "earnings: corporate"),
    ("reuters-8834", False, "a chairman named: an appointment"),
    ("reuters-1152", False, "loan losses: corporate"),
    ("reuters-17929", False, "Saudi Arabia's oil minister on prices: a state's oil price policy, views (as "
                             "gold-fifty-first's skipped 17291)"),
    ("reuters-6110", False, "damage claims: corporate"),
    ("reuters-1778", False, "a chief executive named: an appointment"),
    ("reuters-17063", False, "the Bank of Spain raises rates: domestic monetary policy"),
    ("reuters-15460", False, "markets react to the G-7 communique: market"),
    ("reuters-1950", False, "a zero coupon bond: corporate finance"),
    ("reuters-9043", False, "sales groups: corporate"),
    ("reuters-2803", False, "a quarter's outlook: corporate"),
    ("reuters-13149", False, "meat processors petition on labelling: regulation"),
    ("reuters-10347", True, "World Bank president Conable calls on Japan to invest more in developing nations: an "
                            "international lender's call on a state (gold-twenty-sixth's 8703 and gold-thirtieth's "
                            "9788 are his other statements)"),
    ("reuters-4630", False, "China's sugar import dilemma: market analysis"),
    ("reuters-20013", False, "New Zealand's monetary policy: domestic monetary policy"),
    ("reuters-14447", False, "corn futures: market"),
    ("reuters-17592", False, "profit outlook: corporate"),
    ("reuters-16969", False, "sight deposits: figures"),
    ("reuters-372", False, "a buyout: corporate"),
    ("reuters-20621", False, "the House Budget Committee approves cuts: domestic legislation"),
    ("reuters-15725", False, "exports: figures"),
    ("reuters-3520", False, "a jobless forecast: a forecast (the text of 945)"),
    ("reuters-1934", False, "a state trading firm's iron ore contract talks with Japanese buyers: commercial (a state "
                            "firm's business)"),
    ("reuters-2906", False, "book-to-bill: figures"),
    ("reuters-8815", False, "the Supreme Court allows offshore leases: domestic litigation"),
    ("reuters-10015", False, "most EC states against the oils/fats tax proposal: EC farm regulation in drafting"),
    ("reuters-582", False, "a trade matching system: corporate"),
    ("reuters-8671", False, "the economy: a forecast"),
    ("reuters-3581", False, "the European Court upholds the butter scheme: civil litigation"),
    ("reuters-16268", False, "institutes warn on money supply: views"),
    ("reuters-3121", False, "the Fed's reserves: market forecast"),
    ("reuters-562", False, "ICO quota talks: a commodity meeting"),
    ("reuters-10676", False, "an investor group: corporate"),
    ("reuters-40", False, "a better year: corporate"),
    ("reuters-6053", False, "a bank may reclassify Brazil loans: corporate"),
    ("reuters-18575", False, "a suit: corporate litigation"),
    ("reuters-273", False, "Saudi crude output: figures"),
    ("reuters-4863", False, "ratings: corporate"),
    ("reuters-12415", False, "sugar offered to intervention refused: commodity market regulation"),
    ("reuters-353", False, "Kuwait's oil minister on OPEC talks and quotas: a minister's views (a newspaper "
                           "interview, as gold-fifty-first's skipped 8610)"),
    ("reuters-5850", True, "MITI officials say Japan honours the microchip pact and deny below-cost sales: a state's "
                           "rebuttal in a trade dispute (US-Japan chips 1; the golds' chip stories are other days' "
                           "news)"),
    ("reuters-6388", False, "a rights issue: corporate"),
    ("reuters-1211", False, "oils/fats stocks: a forecast"),
    ("reuters-3045", False, "exchange heads to address a committee: self-regulation"),
    ("reuters-814", False, "an incentive program: corporate"),
    ("reuters-9621", False, "Lyng on an acreage bill: domestic legislation, views"),
    ("reuters-14828", False, "grain losses: figures"),
    ("reuters-16343", False, "revenues: corporate"),
    ("reuters-11448", False, "a Dutch state loan tender: domestic debt management"),
    ("reuters-10686", False, "stocks: market"),
    ("reuters-8396", False, "rumours denied: corporate"),
    ("reuters-2271", False, "a stake: corporate"),
    ("reuters-5961", False, "share vote proposal: self-regulation"),
    ("reuters-18734", False, "donors pledge Indonesian aid: the news story of gold-thirty-second's 18681 (the same "
                             "title and day)"),
    ("reuters-8024", False, "stocks: market"),
    ("reuters-7815", False, "an exchange on CFTC proposals: regulation, views"),
    ("reuters-1535", False, "a leaf disease: natural"),
    ("reuters-6980", False, "a fund: market"),
    ("reuters-278", False, "eurobonds: market"),
    ("reuters-9211", False, "the Bank of Thailand's bond plan: domestic monetary operations"),
    ("reuters-4229", False, "a share purchase: corporate"),
    ("reuters-13534", False, "opinion polls: no act"),
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
