"""Candidate walk for the fifty-seventh article gold (written blind, 'gold-sixtieth'): the stretches of two Reuters
lists that the thirtieth session's writers did not reach, walked in the order the thirty-first session declared
before any story was read: gold_selection.cross_border_list() positions 89-104 (gold-fifty-sixth stopped at 88),
then 189-208 (gold-fifty-seventh stopped at 188), then gold_selection.one_keyword_business_list() positions 573-600
and 1,282-1,384 (the stretches gold-fifty-fourth and gold-fifty-third did not reach), and nothing else. Both lists
are imported, not rebuilt. The stretches ran out with seven stories taken (fewer than the twelve asked): the gold
holds seven.
Usage (from the repository root): python3 eval/gold-sixtieth/select_stories.py [N]
(N: print the first N positions of each stretch with words and title instead of the walked ones only.)

Rules as gold-fifty-sixth's and gold-fifty-seventh's walks: the story reports an act of a political actor (a
government, minister, central bank, court, regulator, parliament, international lender or body acting toward
another); pure market reports, earnings, prices, figures and forecasts are no political news; a business story
with a government's act in it is taken, only its political acts required; labour disputes with an employer,
domestic economic, monetary and fiscal policy, regulation, legislation, corporate news (state firms' business
included), commodity meetings' technical talks, civil litigation, appointments, views, accidents and natural
disasters are skipped; at least two events (optional ones counted, as the earlier walks did); not the same news
story as one an earlier gold took or one already taken (titles and openings compared, not just ids); at most three
stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories at most.
Each WALK gives each position's reason; gold_selection.print_list_walks checks that each is its list's order from
its start and that no walked record is held by any gold now written, the shared dev gold, used_records() or
audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import (cross_border_list, held_now, one_keyword_business_list,  # noqa: E402
                            positions_asked, print_list_walks)

OWN = "eval/gold-sixtieth/"
CROSS_BORDER_LENGTH = 208  # the lists as gold_selection draws them
ONE_KEYWORD_LENGTH = 1384
# The stretches, declared in advance (first and last position of each).
STRETCHES = (("cross-border", 89, 104), ("cross-border", 189, 208), ("one-keyword", 573, 600),
             ("one-keyword", 1282, 1384))

WALK_CROSS_BORDER_FIRST = [
    ("reuters-9765", False, "Austria's treasury note issue: state borrowing (domestic fiscal), market"),
    ("reuters-12404", False, "officials and scientists see an ozone protocol signed this year: a forecast and views "
                             "(the Tokyo meeting's parties unnamed, in passing)"),
    ("reuters-2633", False, "Baker says US dollar policy has not changed: a minister's views on domestic policy"),
    ("reuters-18572", False, "a French housing bank cancels a bond issue: corporate finance"),
    ("reuters-20458", False, "Britain's highest court lets the tin council appeal on documents: civil litigation"),
    ("reuters-3296", False, "a new credit rating agency: corporate"),
    ("reuters-7642", False, "high winds trap vessels in Baltic ice: weather"),
    ("reuters-1907", False, "Australian wheat exports: figures"),
    ("reuters-19478", False, "US recession fears: economic analysis"),
    ("reuters-6707", False, "a share price on takeover rumours: market"),
    ("reuters-18527", False, "French official reserves: figures"),
    ("reuters-13492", False, "a car maker imports Thai-made cars: corporate"),
    ("reuters-5315", False, "traders say Indonesia has imported palm oil, an official denies licences: trade "
                            "sources, its own import licensing"),
    ("reuters-12477", False, "French public debt: figures"),
    ("reuters-4356", False, "Lyng says no decision on a wheat subsidy offer to Moscow: no act"),
    ("reuters-798", False, "a pork industry congress opens: an industry meeting"),
]

WALK_CROSS_BORDER_SECOND = [
    ("reuters-2121", False, "OPEC's February output under its ceiling: figures"),
    ("reuters-3460", True, "Japan's natural resources agency to begin experiments with Thailand under a joint "
                           "rare metals project, a pilot plant in Bangkok: cooperation between states (no gold holds "
                           "a story on it)"),
    ("reuters-3429", False, "a USDA official says Moscow will likely honor its corn commitment: a forecast"),
    ("reuters-16756", False, "Asian traders welcome US night futures trading: market views"),
    ("reuters-8839", False, "a talking point on US brokerage firms: analysis"),
    ("reuters-856", False, "USDA officials deny rumours of a wheat subsidy offer to Moscow, traders speculate: denial "
                           "of speculation about its own plans, market rumours"),
    ("reuters-13080", False, "US scientists on tropical oils: a health study's views"),
    ("reuters-10934", False, "banks sue a Saudi company: civil litigation"),
    ("reuters-8315", False, "Baker urges commercial banks to consider new loan ideas: a minister's views and a call "
                            "on banks"),
    ("reuters-20911", False, "a Senate committee defeats a tropical oil labelling plan: legislation (the USTR's "
                           "letter to the senators in the debate)"),
    ("reuters-20045", False, "the Philippine coconut industry's relief at the labelling bill's defeat: an industry's "
                           "reaction to foreign legislation, its authority's figures"),
    ("reuters-12690", False, "a sugar product quota amendment unlikely to survive: legislation, a forecast"),
    ("reuters-6127", False, "Lyng to meet exporters: a minister's meeting with domestic firms"),
    ("reuters-11399", False, "Lyng has no comment on a wheat subsidy to Moscow: no comment"),
    ("reuters-3068", False, "the Bank of France cuts its intervention rate: domestic monetary policy"),
    ("reuters-18523", False, "Pertamina cuts July crude supplies to Japanese buyers: a state firm's business"),
    ("reuters-247", False, "a Gulf bank's review of capital markets: analysis"),
    ("reuters-8628", False, "an insurer and broker tie-up seen setting a trend: corporate analysis"),
    ("reuters-15224", False, "the EC Commission divided over cash payments to farmers: the Community's internal "
                            "farm policy"),
    ("reuters-3682", False, "the SEC charges a broker's London executive with insider trading: a civil complaint "
                           "(regulation, litigation)"),
]

WALK_ONE_KEYWORD_FIRST = [
    ("reuters-13537", False, "a Greek official on the austerity programme: domestic economic policy"),
    ("reuters-1068", False, "Canada's GDP: figures"),
    ("reuters-1377", False, "a USDA report expects Australia to pay its wheat board: another state's domestic farm "
                            "policy, a forecast"),
    ("reuters-6483", False, "the Bank of England lends to the market: domestic monetary operations"),
    ("reuters-5203", False, "a mining merger: corporate"),
    ("reuters-18409", False, "grain futures: market"),
    ("reuters-5094", False, "a cable acquisition: corporate"),
    ("reuters-2735", False, "officials selling stock: corporate"),
    ("reuters-2156", False, "the House speaker on a tax rise: domestic fiscal policy"),
    ("reuters-11434", False, "a new division: corporate"),
    ("reuters-2491", False, "a health firm's bid: corporate"),
    ("reuters-4045", False, "foreign investment in Australia: figures"),
    ("reuters-13004", False, "Canada's budget deficit: figures"),
    ("reuters-16852", False, "the budget director warns the Fed on rates: domestic economic policy"),
    ("reuters-9184", False, "Taiwan's ministry forecasts investment in the US, domestic incentives: a forecast"),
    ("reuters-18665", False, "US personal income: figures"),
    ("reuters-2924", False, "bidders' plans: corporate"),
    ("reuters-717", False, "electronics sales: figures"),
    ("reuters-957", False, "Japanese demand for gilts: market"),
    ("reuters-16051", False, "Baker calls for more bank flexibility at the IMF committee: a minister's views on banks"),
    ("reuters-8838", False, "a computer launch: corporate"),
    ("reuters-14352", False, "stocks: market"),
    ("reuters-14106", False, "Swedish industry's outlook: a forecast"),
    ("reuters-17406", False, "an economist's forecast"),
    ("reuters-1995", False, "Spain deregulates deposit rates: domestic regulation"),
    ("reuters-339", False, "digital tape players on sale: corporate"),
    ("reuters-2515", False, "a firm's tests: corporate"),
    ("reuters-4310", False, "a bank acquisition: corporate"),
]

WALK_ONE_KEYWORD_SECOND = [
    ("reuters-12722", False, "a stake raised: corporate"),
    ("reuters-13387", False, "Asian dollar deposits: market"),
    ("reuters-12743", False, "German unemployment: figures"),
    ("reuters-15149", False, "a talking point on a textile firm: analysis"),
    ("reuters-6429", False, "the EC Commission plans to open public contracts: the Community's internal market "
                            "regulation"),
    ("reuters-7651", False, "Baker on tax compliance: domestic fiscal policy"),
    ("reuters-21343", False, "Fed reserve operations: domestic monetary operations"),
    ("reuters-7570", False, "a share placement: corporate"),
    ("reuters-12713", False, "corn basis values: market"),
    ("reuters-390", False, "a chairman's outlook: corporate"),
    ("reuters-10334", True, "Botswana bans meat imports from Zimbabwe after Zimbabwe's officials report a suspected "
                            "foot and mouth outbreak: a state's trade ban on another (no gold holds a story on it)"),
    ("reuters-6494", False, "Reagan on GNP figures: views"),
    ("reuters-21287", False, "holders may seek control: corporate"),
    ("reuters-3743", False, "a share price on recommendations: market"),
    ("reuters-6348", False, "Kuwait's oil minister says no OPEC member exceeds its quota: a minister's view of other "
                            "members' output, no act toward another"),
    ("reuters-1405", False, "grain traders' outlook: market"),
    ("reuters-4941", True, "the US drops its insistence on a lower rubber floor price at the pact conference: a "
                           "state's concession in an international negotiation (another news story than "
                           "gold-forty-fifth's 4824, the talks at their make-or-break point the same day with "
                           "consumers that 'may consider dropping' their insistence: this is the US concession itself; "
                           "gold-forty-third's 3155 and gold-twenty-second's 7304 are the talks' start and the "
                           "pact's adoption)"),
    ("reuters-5295", False, "a private share sale: corporate"),
    ("reuters-8003", False, "a USDA report on food aid needs: figures"),
    ("reuters-16099", False, "a dry spell damages Philippine crops: weather"),
    ("reuters-1825", False, "a firm's debt plan: corporate"),
    ("reuters-5216", False, "Malaysia's reserves: figures"),
    ("reuters-19785", False, "Canada amends its standby credit facility with domestic banks: domestic fiscal policy"),
    ("reuters-9487", False, "an airline sells a stake: corporate"),
    ("reuters-13606", False, "a commodities news digest: a roundup"),
    ("reuters-18638", False, "a pact rescinded: corporate"),
    ("reuters-5703", True, "delegates of 26 Latin American and Caribbean nations open a meeting in San Jose on a "
                           "strategy for UNCTAD: a meeting of states (no gold holds a story on it; gold-forty-sixth's "
                           "17450, the Latin debtors' push of June 1, is another meeting)"),
    ("reuters-7105", False, "Turkish debt: figures"),
    ("reuters-4078", False, "a French current account revision: figures"),
    ("reuters-19575", False, "a firm's business: corporate"),
    ("reuters-19107", False, "Lawson on wage costs: a minister's views"),
    ("reuters-14511", False, "cocoa futures: market"),
    ("reuters-11512", False, "USDA foreign posts threatened by its budget: domestic fiscal policy"),
    ("reuters-1772", False, "congressmen urge the administration to press Japan and South Korea on beef: lawmakers' "
                            "call on their own government at a hearing (as gold-fifty-sixth's skipped 6296; the "
                            "official's reply, a past meeting and a planned visit in passing)"),
    ("reuters-55", False, "senators introduce an export licensing bill: legislation"),
    ("reuters-2155", False, "the Fed not expected to act: a forecast"),
    ("reuters-6214", False, "a profit outlook: corporate"),
    ("reuters-12152", False, "the ICO executive board meeting to end without a quota debate: the news story of "
                             "gold-forty-fifth's 12490 (April 2, the board meeting ends, the Other Milds to meet), and "
                             "administrative talks"),
    ("reuters-2922", False, "a US farm federation answers a Canadian tribunal's corn duty ruling: a business body's "
                            "views (the ruling in passing; the dispute is gold-forty-eighth's 5518 and "
                            "gold-twenty-sixth's 9989)"),
    ("reuters-4113", False, "public authorities' Bundesbank holdings: figures"),
    ("reuters-15686", False, "a USDA report on Brazil's soybean yields: a forecast"),
    ("reuters-4873", False, "securities counted in German lending ratios: domestic bank regulation"),
    ("reuters-12053", False, "a bullion firm bought: corporate"),
    ("reuters-5423", False, "a loss expected: corporate"),
    ("reuters-17101", False, "Venezuela's state oil firm posts product prices again: a state firm's business"),
    ("reuters-13707", False, "new computer units: corporate"),
    ("reuters-17038", False, "the Other Milds coffee growers to meet in Guatemala on May 4: the news story of "
                             "gold-forty-fifth's 12490 (the same meeting, announced April 2)"),
    ("reuters-1421", False, "swap dealers' contract: market self-regulation"),
    ("reuters-10403", False, "a cocoa buffer stock compromise gains acceptance: a commodity meeting's technical talks "
                             "on buffer stock rules (as gold-fifty-first's skipped 6128)"),
    ("reuters-1147", False, "Chilean consumer prices: figures"),
    ("reuters-7902", False, "a profit outlook: corporate"),
    ("reuters-3518", False, "commercial paper in Turkey: market"),
    ("reuters-9219", False, "the Bank of Japan sells bills: domestic monetary operations"),
    ("reuters-16713", False, "analysts on a settlement: corporate litigation"),
    ("reuters-13280", False, "an oil firm signs a production sharing contract with Pertamina: a state firm's "
                             "business"),
    ("reuters-7576", False, "a bank's forecast: corporate"),
    ("reuters-19291", False, "a project scrapped: corporate"),
    ("reuters-1884", False, "a banker's outlook: corporate"),
    ("reuters-3583", False, "Japanese car makers to curb exports to the EC after MITI's directive: the news story of "
                            "gold-fifty-fourth's 3484 (the same title and day under another id)"),
    ("reuters-17359", False, "the dollar's fall and OPEC prices: analysis"),
    ("reuters-7600", True, "Taiwan's government to send two buying missions to the US, its industrial federation "
                           "another, to cut the trade surplus: a state's trade concession toward another (another "
                           "news story than gold-fifty-sixth's 429, the textile mission of March 2, and the earlier "
                           "golds' Taiwan tariff stories)"),
    ("reuters-8707", False, "a retailer's prospects: corporate"),
    ("reuters-18034", False, "a poultry industry witness on salmonella: views"),
    ("reuters-7013", False, "UK unemployment: figures"),
    ("reuters-2594", False, "UK officials study a salmonella link: domestic health regulation"),
    ("reuters-9806", False, "a share offer priced: corporate"),
    ("reuters-5291", False, "a bid: corporate"),
    ("reuters-5775", False, "congressional investigators may grant Poindexter immunity: a domestic inquiry"),
    ("reuters-1840", False, "an airline cuts costs: corporate"),
    ("reuters-5026", False, "a firm in talks with the IRS: corporate tax"),
    ("reuters-5345", False, "a tax preparer's gains: corporate"),
    ("reuters-9331", False, "development cash: corporate"),
    ("reuters-11372", False, "Guatemala to host the Other Milds coffee meeting: the news story of gold-forty-fifth's "
                             "12490 (the same meeting, its date set two days later)"),
    ("reuters-5311", False, "corporate finance: market"),
    ("reuters-1990", False, "OPEC output below its ceiling: figures"),
    ("reuters-567", False, "bond dealers and clearing agencies join a matching system: corporate"),
    ("reuters-19242", False, "debentures: corporate"),
    ("reuters-17470", False, "Kuwait's central bank keeps its window shut: domestic monetary operations"),
    ("reuters-16023", False, "a profit outlook: corporate"),
    ("reuters-17833", False, "a stock split: corporate"),
    ("reuters-1999", False, "a congressional report on the expansion: domestic economic policy, a forecast"),
    ("reuters-7219", False, "a Treasury official pessimistic on development bank funding in Congress: views on "
                            "domestic appropriations"),
    ("reuters-10711", False, "the Bank of Japan sells bills: domestic monetary operations"),
    ("reuters-19497", False, "oil markets and the OPEC accord: market analysis"),
    ("reuters-9732", False, "China's budget deficit: domestic fiscal policy"),
    ("reuters-6322", False, "a court blocks an injunction: civil litigation"),
    ("reuters-20285", False, "layoff costs: corporate"),
    ("reuters-2805", False, "a Fed governor urges a financial overhaul: views on domestic regulation"),
    ("reuters-5511", False, "a record year expected: corporate"),
    ("reuters-21057", False, "quarterly net: corporate"),
    ("reuters-26", True, "Venezuela and its bank advisory committee agree in principle on revised rescheduling "
                         "terms after Venezuela's requests: a government's agreement with its creditor banks (as "
                         "gold-forty-seventh's 3539, Jamaica's; no gold holds a Venezuelan rescheduling story of "
                         "February 26)"),
    ("reuters-8755", False, "an oil field declared commercial: corporate"),
    ("reuters-4591", False, "a takeover offer: corporate"),
    ("reuters-19926", False, "a profit outlook: corporate"),
    ("reuters-20841", False, "a firm to appeal a judgment: civil litigation"),
    ("reuters-21102", False, "Balladur on privatisations: domestic economic policy"),
    ("reuters-2535", False, "Argentina-Brazil trade: figures"),
    ("reuters-8346", False, "a debt sale: corporate"),
    ("reuters-9944", False, "the House speaker on the budget committee: domestic fiscal policy"),
    ("reuters-9440", False, "new supercomputers: corporate"),
    ("reuters-1560", True, "the Bank of England and the Federal Reserve agree new proposals for joint bank capital "
                           "standards: an agreement between two states' central banks (as gold-fifty-seventh's "
                           "14879, a securities memorandum between states; no gold holds a story on it)"),
    ("reuters-17930", False, "Taiwan's central bank freezes banks' foreign borrowing: domestic monetary policy"),
    ("reuters-3873", False, "an acquisition agreed: corporate"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    cross_border, cross_records = cross_border_list()
    one_keyword, one_records = one_keyword_business_list()
    assert len(cross_border) == CROSS_BORDER_LENGTH and len(one_keyword) == ONE_KEYWORD_LENGTH, "the list moved"
    walks = (WALK_CROSS_BORDER_FIRST, WALK_CROSS_BORDER_SECOND, WALK_ONE_KEYWORD_FIRST, WALK_ONE_KEYWORD_SECOND)
    orders = {"cross-border": (cross_border, cross_records), "one-keyword": (one_keyword, one_records)}
    for walk, (label, first, last) in zip(walks, STRETCHES):
        assert len(walk) == last - first + 1, label + f" {first}-{last}: the walk does not cover its stretch"
    show = positions_asked(sys.argv)
    if show is not None:
        for label, first, last in STRETCHES:
            order, records = orders[label]
            for i in range(first, min(last, first + show - 1) + 1):
                r = records[order[i - 1]]
                print(label, i, r["id"], len(r["text"].split()), r["title"])
        return
    print_list_walks([(label, orders[label][0], walk, first) for walk, (label, first, _) in zip(walks, STRETCHES)],
                     held_now(OWN))


if __name__ == "__main__":
    main()
