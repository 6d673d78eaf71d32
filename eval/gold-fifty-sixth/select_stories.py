"""Candidate walk for the fifty-third article gold (written blind, 'gold-fifty-sixth'): the cross-border list
(gold_selection.cross_border_list, imported, not rebuilt: 208 Reuters-21578 records of 80-1,200 words with no
political keyword hit, a government body named at least twice and at least two countries named), walked from
position 1 and stopping before 105. Two golds walk disjoint stretches of the list this session, declared before
either read a story: gold-fifty-sixth (this one) 1-104, gold-fifty-seventh 105-208 (then the one-keyword business
list's 573-600 and 1,282-1,384); the other was written at the same time and was not read here.
Usage (from the repository root): python3 eval/gold-fifty-sixth/select_stories.py [N]

Rules as gold-forty-eighth's and gold-fifty-first's walks: the story reports an act of a political actor (a
government, minister, central bank, court, prosecutor, regulator, parliament, international lender or body acting
toward another); pure market reports, earnings, prices, figures and forecasts are no political news; a business
story with a government's act in it is taken, only its political acts required; labour disputes with an employer,
domestic economic, monetary and fiscal policy (central bank market operations included), regulation, legislation,
corporate news (state firms' business included), commodity meetings, civil litigation, appointments, views,
accidents and natural disasters are skipped; at least two events (optional ones counted, as the earlier walks did);
not the same news story as one an earlier gold took or one already taken; at most three stories on one conflict, at
most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's reason;
gold_selection.print_walk checks that it is the list's order from START and that no story taken is held by any gold
now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import cross_border_list, held_now, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-sixth/"
LIST_LENGTH = 208  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks 1-104
STOP = 105  # declared in advance: gold-fifty-seventh walks from here

WALK = [
    ("reuters-20261", True, "cranes donated by Denmark's development agency arrive at Dar es Salaam, more due from "
                            "Finland: a state's aid to another (no gold holds a story on the port's cranes; "
                            "gold-twenty-third's 1985 is the railways' aid)"),
    ("reuters-19479", False, "the FDA's condom testing and recalls: domestic regulation"),
    ("reuters-9957", True, "a Treasury assistant secretary tells a Senate subcommittee that West Germany and Japan "
                           "have not carried out their international responsibilities and must take measures: a "
                           "charge and a call on other states"),
    ("reuters-6049", False, "a firm to appeal a court ruling: civil litigation"),
    ("reuters-2390", True, "the Commerce Department to set final dumping duties on Brazilian orange juice on Monday: "
                           "penalty duties on another state's goods (another news story than gold-fifty-third's "
                           "16630, the ITC's vote of April 13)"),
    ("reuters-17503", False, "French cereal bodies on a USDA stocks forecast: a forecast, views"),
    ("reuters-15720", False, "the EC Commission authorised to buy maize into intervention: commodity market "
                             "regulation"),
    ("reuters-18109", False, "Danish reserves: figures"),
    ("reuters-3032", False, "a bank doubles its capital: corporate"),
    ("reuters-9129", False, "the Bank of Japan's dollar buying, brokers say: domestic monetary operations, market"),
    ("reuters-10078", False, "BP's bid for Standard Oil: corporate"),
    ("reuters-501", False, "French traders' export licence requests: market"),
    ("reuters-10275", False, "steelmakers' export cartel: corporate"),
    ("reuters-5419", False, "a city's commercial paper programme: market"),
    ("reuters-10380", True, "Indian officials respond coolly to a US offer of a less powerful supercomputer: a "
                            "state's criticism of another's offer"),
    ("reuters-17876", False, "a takeover bid: corporate"),
    ("reuters-11013", False, "the CFTC to consider night trading: regulation"),
    ("reuters-1935", False, "creditor banks' debt scheme: corporate"),
    ("reuters-15158", False, "the Treasury has no plans for yen bonds: domestic fiscal policy"),
    ("reuters-1926", False, "research officials on exchange rate distortions: analysis, views"),
    ("reuters-6961", False, "a bank buys a stake: corporate"),
    ("reuters-15424", False, "rubber producers' officials to meet on marketing: a commodity meeting"),
    ("reuters-17227", True, "central bank governors of Spain, Latin America and the Caribbean meet in Barbados in two "
                            "conferences, the IMF and the IADB attending: finance officials' meetings (as "
                            "gold-fifty-first's 16082; no gold holds these conferences)"),
    ("reuters-12052", True, "an EC official says the US was promised a near monopoly of maize exports to Spain in an "
                            "unpublished clause of its accord with the EC: an agreement between the EC and a state "
                            "(EC-US maize 1; no gold holds a story on the maize accord)"),
    ("reuters-9220", False, "the Bank of Japan governor on exchange rates: a central banker's views"),
    ("reuters-9144", False, "Peking may ration water: a drought, domestic"),
    ("reuters-4864", False, "floating rate note panic: market"),
    ("reuters-3973", False, "a senator calls for repeal of a shipping law: domestic legislation"),
    ("reuters-17288", False, "the central bank governors' conferences in Barbados: the news of 17227, already taken"),
    ("reuters-16146", False, "a feed firm's legal case against an EC levy: civil litigation"),
    ("reuters-6451", False, "a firm's smelter contract funded by Britain's grant to India: corporate; the grant is "
                            "the package of gold-fifty-third's 5153 (March 14)"),
    ("reuters-9746", False, "an EC sugar tender seen as a concession to producers: commodity market regulation, "
                            "traders' reading"),
    ("reuters-14434", False, "immigration rules and Congress's objections: domestic regulation"),
    ("reuters-16147", False, "China raises grain purchase prices: domestic economic policy"),
    ("reuters-11141", False, "a court order against an insider trader: securities regulation, ordinary crime"),
    ("reuters-4246", False, "Saudi oil output at a year low, industry sources say: figures (OPEC's price pact "
                            "background)"),
    ("reuters-242", False, "riyal deposit rates: market"),
    ("reuters-6432", False, "Malaysia's state oil firm to cut output, traders say: a state firm's business"),
    ("reuters-6081", False, "EC intervention standards for durum wheat: commodity regulation"),
    ("reuters-10582", False, "a shipping firm's asset sale: corporate"),
    ("reuters-1652", False, "French barley stocks: figures, views"),
    ("reuters-429", True, "a Taiwan mission to leave for Washington to renegotiate the textile accord, the pact called "
                          "unfair: trade talks and a charge between states (US-Taiwan textiles 1; another news story "
                          "than gold-fifty-first's 17074, the revised accord of April 24)"),
    ("reuters-12638", False, "the EC management committee frees UK intervention wheat: commodity regulation"),
    ("reuters-19541", False, "Norway's central bank sells crowns: domestic monetary operations"),
    ("reuters-910", False, "bankers' federation's futures market plan: corporate, regulation"),
    ("reuters-12971", False, "the EC wheat release and UK demand: market views"),
    ("reuters-12026", False, "eurobonds: market"),
    ("reuters-8856", True, "the Soviet ambassador to Kuwait says Moscow supports free Gulf navigation and discussed "
                           "Iran's missiles with Kuwait's foreign undersecretary; Iran's missile tests and its speaker's "
                           "words: states' statements and acts in the Gulf (Iran-Iraq war 1; another news story than "
                           "gold-thirty-sixth's 5154, the missiles' deployment of March 14)"),
    ("reuters-17817", False, "an exchange proposes futures: corporate"),
    ("reuters-19110", False, "Saudi oil reserves: figures"),
    ("reuters-3166", False, "a court rejects a firm's appeal over a state firm's sale: civil litigation"),
    ("reuters-18482", False, "Japanese feed output: figures"),
    ("reuters-2286", False, "the Treasury declines comment on the yen's value: no act, views"),
    ("reuters-8067", False, "firms sign a loan agreement: corporate"),
    ("reuters-10948", False, "banks sue a firm: civil litigation"),
    ("reuters-19538", False, "the Bank of Japan's worries: a central bank's views, domestic monetary policy"),
    ("reuters-6296", False, "a congressman urges the administration to offer wheat subsidies to the Soviet Union: a "
                            "legislator's call on his own government (domestic), views"),
    ("reuters-12417", True, "an EC Commission spokeswoman denies that any clause reserves the maize exports for the "
                            "US: a denial (EC-US maize 2; another news story than 12052, the claim it answers a day "
                            "later)"),
    ("reuters-324", False, "creditor banks meet on a trader: corporate"),
    ("reuters-14277", False, "international credit highlights: market, a roundup of briefs"),
    ("reuters-14850", True, "the UNDP gives Bangladesh a grant for a bridge study, an agreement signed: an "
                            "international body's aid (no gold holds a story on the Jamuna bridge)"),
    ("reuters-11380", False, "a legislator predicts wheat subsidies to the Soviets: a forecast"),
    ("reuters-14909", False, "a steelmaker denies reports on Chinese plant purchases: corporate"),
    ("reuters-9295", False, "the Bundesbank buys dollars, dealers say: monetary operations, market"),
    ("reuters-3337", False, "French maize producers to ask for rebates: producers' request, commodity regulation"),
    ("reuters-8735", False, "dealers believe the Fed intervened: market"),
    ("reuters-7336", False, "the EC Commission to abolish a tax on Spanish maize exports: commodity regulation "
                            "inside the Community"),
    ("reuters-9060", False, "senators seek to widen an export subsidy programme in a trade bill: domestic "
                            "legislation"),
    ("reuters-4056", False, "South Korea's cotton import plans: trade figures and a forecast (the surplus efforts "
                            "are background)"),
    ("reuters-8040", False, "a board to discuss a deal: corporate"),
    ("reuters-16785", False, "Asian traders on US night futures: market views"),
    ("reuters-2635", False, "Rhine shipping restrictions for high water: natural conditions, regulation"),
    ("reuters-13988", False, "Volcker on the dollar and monetary policy: domestic monetary policy, views"),
    ("reuters-12610", False, "a firm raises its stake: corporate"),
    ("reuters-18621", False, "OPEC differentials: analysts' views"),
    ("reuters-16579", False, "a firm sues a bank: civil litigation"),
    ("reuters-10344", False, "Dutch exchange rate policy: analysis, domestic monetary policy"),
    ("reuters-10081", False, "a Fed governor on the dollar's level: views"),
    ("reuters-17381", True, "a US delegate at the ADB meeting voices concern at a plan to raise Japan's votes; the "
                            "chief delegate's call on the bank: a state's objection and call in an international "
                            "body (no gold holds this meeting's votes; gold-twenty-eighth's 16965 and "
                            "gold-thirty-third's 17235 are Taiwan's ADB status)"),
    ("reuters-9819", False, "a firm's US turnover: corporate"),
    ("reuters-19741", False, "the Pentagon on the Egyptian tank deal: the news of gold-twenty-ninth's 19979 (the same "
                             "day, the same deal)"),
    ("reuters-11025", False, "a state oil firm's refining plans: a state firm's business"),
    ("reuters-1845", False, "a cabinet council to discuss farm issues: domestic policy"),
    ("reuters-310", False, "Thailand's tapioca export quota allocation under its EC quota: trade regulation "
                           "(an allocation among exporters)"),
    ("reuters-15106", False, "grain storage losses: figures, a forecast"),
    ("reuters-15132", False, "Tunisia expected to tender for French wheat, traders say: market, a forecast"),
    ("reuters-6153", False, "crop weather: weather"),
    ("reuters-346", True, "the EC Commission opens an anti-dumping enquiry into Soviet mercury: a trade charge "
                          "against a state (another product than gold-fiftieth's 15447, the chips probe)"),
]


def main():
    order, records = cross_border_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
