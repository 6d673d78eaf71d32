"""Candidate walk for the fifty-fourth article gold (written blind, 'gold-fifty-seventh'): the cross-border list
(gold_selection.cross_border_list, imported, not rebuilt: 208 Reuters-21578 records of 80-1,200 words with no
political keyword hit, a government body named at least twice and at least two countries named), walked from
position 105 and stopping before 209. The thirtieth session declared the stretches before any story was read:
gold-fifty-sixth walks 1-104, gold-fifty-seventh (this one) 105-208 and then, only if short of 12 stories, the
one-keyword business list's (gold_selection.one_keyword_business_list) positions 573-600 and 1,282-1,384; it took
its twelfth story at 188, so the one-keyword list was not walked. gold-fifty-sixth was written at the same time and
was not read here.
Usage (from the repository root): python3 eval/gold-fifty-seventh/select_stories.py [N]

Rules as gold-forty-eighth's and gold-fifty-first's walks: the story reports an act of a political actor (a
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
from gold_selection import cross_border_list, held_now, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-fifty-seventh/"
LIST_LENGTH = 208  # the list as gold_selection draws it
START = 105  # declared in advance: gold-fifty-sixth walks 1-104
STOP = 209  # declared in advance: this walk must end before it (the list's end)

WALK = [
    ("reuters-3510", False, "a mortgage obligation issued: corporate finance"),
    ("reuters-5152", False, "Indonesia's trade ministry denies traders' reports that it licensed palm oil imports: "
                            "its own import licensing (domestic trade regulation), no act toward another"),
    ("reuters-2511", True, "a deputy secretary of state says the administration does not believe Moscow yet "
                           "warrants most-favored-nation treatment, export controls lapsed in January: a state's "
                           "refusal of trade status to another (no gold holds a story on it)"),
    ("reuters-13208", False, "Treasury bonds: market"),
    ("reuters-2354", False, "research officials on the yen against European currencies: analysis"),
    ("reuters-10942", False, "the CFTC to consider night trading: domestic market regulation"),
    ("reuters-8700", True, "Switzerland's justice ministry has Credit Suisse freeze accounts in a US insider trading "
                           "case after an emergency US request under the legal assistance treaty: judicial "
                           "cooperation between states (gold-twenty-sixth's 6216, a US attorney indicted on March "
                           "17, is another case)"),
    ("reuters-5377", False, "a loss expected: corporate"),
    ("reuters-11734", False, "currency futures: market"),
    ("reuters-9797", False, "Baker says he stands by the Paris pact: a minister's views"),
    ("reuters-1398", False, "pork checkoff refunds: a domestic board's figures"),
    ("reuters-21521", False, "Bonn's finance ministry declines comment on Baker's weekend criticism: no comment (the "
                             "criticism background, as gold-fifty-first's skipped 3492)"),
    ("reuters-15310", False, "an economist's interest rate forecast: a forecast"),
    ("reuters-18421", False, "a study of border plants: a study's views"),
    ("reuters-2697", False, "French bonds: market"),
    ("reuters-2998", False, "a state oil firm's discounted sales: market (a state firm's business)"),
    ("reuters-9785", False, "the EC Commission approves a joint venture: competition regulation"),
    ("reuters-7632", True, "Japan withdraws its objection to the release of an OECD farm subsidy study its officials "
                           "call inaccurate and unfair: a state's concession to and criticism of an international "
                           "body"),
    ("reuters-17346", False, "German producers withdraw sugar from intervention: commodity market regulation, "
                             "industry sources"),
    ("reuters-8666", False, "an insurer's stake: corporate"),
    ("reuters-10607", False, "a rocket motor test interrupted: corporate (an accident)"),
    ("reuters-10765", False, "banks' outlook: corporate forecast"),
    ("reuters-9212", False, "Japan's finance ministry accepts the securities industry's larger share for foreign "
                            "brokers: domestic securities regulation (firms' shares)"),
    ("reuters-2110", False, "official reserves: figures"),
    ("reuters-3589", False, "the FDA to review a sweetener: domestic regulation"),
    ("reuters-8715", False, "an earthquake: a natural disaster"),
    ("reuters-20613", False, "a treasury bill offer undersubscribed: market"),
    ("reuters-17033", False, "Japan's special envoy on Congress's mood: an envoy's views in an interview"),
    ("reuters-2739", False, "a central bank's recommendation on bank ownership: domestic regulation"),
    ("reuters-16186", True, "a MITI official denies a news agency report that Japan will end the chip pact if "
                            "Washington imposes tariffs, Japan would only pursue its GATT rights: a state's denial in "
                            "a trade dispute (US-Japan chips 1; the earlier golds' chip stories are other news "
                            "stories: none reports this denial of April 13)"),
    ("reuters-4104", True, "Denmark, Norway and Sweden jointly propose deregulating air fares to the US in exchange "
                           "for access for SAS: an offer between states (aviation)"),
    ("reuters-8446", False, "the EC Commission to decide how to arrange the maize and sorghum imports of its accord "
                            "with the US: the Commission's implementing rules, sources' plans (the accord "
                            "background)"),
    ("reuters-12803", False, "oil firms apply for drilling licences: corporate"),
    ("reuters-4919", False, "an exchange said to delay a broker's membership: self-regulation, a press report"),
    ("reuters-9774", False, "Swiss banking secrecy: analysis of domestic regulation"),
    ("reuters-239", True, "China to receive loans of 390 mln dlrs from Japan's overseas fund and the World Bank, the "
                          "New China News Agency says: aid from a state and an international lender"),
    ("reuters-10809", False, "Japanese investors' bond holdings: market"),
    ("reuters-14879", True, "Japan and Britain sign a memorandum on exchanging securities market information: an "
                            "agreement between states (another news story than gold-fiftieth's 13055 of April 3, "
                            "Britain seeking the pact; this is its signing five days later)"),
    ("reuters-18996", False, "the OECD's semi-annual review urges US deficit cuts: a report's recommendations and "
                             "forecasts (as gold-fifty-first's skipped 179, the OECD on the Swiss economy)"),
    ("reuters-10632", False, "a bank's economic forecast: a forecast"),
    ("reuters-6987", False, "the US to press its Airbus subsidy case at a special session of the GATT aircraft "
                            "committee: the news story of gold-forty-third's 7802 (March 20, GATT to debate the US "
                            "charges, the same session)"),
    ("reuters-15781", False, "Sony's chairman on the trade conflict: a businessman's views"),
    ("reuters-10718", False, "the rupiah: market"),
    ("reuters-9684", False, "a banker on Glass-Steagall: views"),
    ("reuters-9141", False, "foreign brokers' bond syndicate shares: the same record text as position 127 (domestic "
                            "securities regulation)"),
    ("reuters-21493", False, "traders plan a maize futures market: domestic market regulation"),
    ("reuters-7030", False, "a bank's stake: corporate"),
    ("reuters-7394", False, "a treasury panel urges exchange liberalization: domestic economic policy, a report"),
    ("reuters-2620", False, "Baker says the Paris pact is only a start: a minister's views in a speech"),
    ("reuters-2128", False, "the transportation department approves an airline merger: domestic regulation"),
    ("reuters-5486", False, "an FDA panel backs a drug: domestic regulation"),
    ("reuters-8774", False, "ratings: corporate finance"),
    ("reuters-17820", False, "an exchange proposes a futures contract: market regulation"),
    ("reuters-16068", False, "the dollar in Tokyo: market"),
    ("reuters-16769", False, "the finance ministry likely to allow overseas futures: domestic regulation, sources' "
                             "forecast"),
    ("reuters-10906", False, "a subsidiary set up: corporate"),
    ("reuters-7598", False, "a state power firm's loan: a state firm's business"),
    ("reuters-4958", False, "a firm's court filing: civil litigation"),
    ("reuters-9134", False, "the Bank of Japan governor on exchange rates: a central banker's views"),
    ("reuters-3998", True, "the State Department charges that a Soviet nuclear test blew debris outside the Soviet "
                           "Union in violation of a treaty and tells Moscow of its concern: a charge between states "
                           "(another news story than gold-thirty-sixth's 4046, Moscow's new test the same day)"),
    ("reuters-19499", False, "traders' oil price forecast: a forecast"),
    ("reuters-9636", False, "bank downgrades: corporate finance"),
    ("reuters-3073", False, "money supply: figures"),
    ("reuters-13237", False, "sugar output: figures"),
    ("reuters-16182", False, "the MITI denial of the chip pact report: the same news story as position 134's 16186 "
                             "(the same text, filed seven minutes earlier), already taken"),
    ("reuters-20005", False, "cocoa producers expand output: market, producers' views"),
    ("reuters-9689", False, "Baker stands by the Paris agreement: a minister's views"),
    ("reuters-2688", False, "Ecuador suspends oil exports after an earthquake: a natural disaster's effect"),
    ("reuters-10150", False, "ratings: corporate finance"),
    ("reuters-7669", False, "Baker supports the Fed's policy: a minister's views on domestic monetary policy"),
    ("reuters-12576", False, "Bank of Spain on money growth: domestic monetary policy"),
    ("reuters-17214", True, "the Soviet Union attends an Asian Development Bank meeting for the first time, as an "
                            "observer, responding to the bank's invitation: a state's participation in an "
                            "international body's meeting (gold-fifty-third's 6016 and gold-fifty-fourth's 6061, "
                            "the US opposing Soviet membership of the World Bank on March 17, are other news "
                            "stories)"),
    ("reuters-10406", False, "India's state trading firms seek countertrade partners: state firms' business, trade "
                             "sources"),
    ("reuters-5790", False, "India prepares a rocket launch: a domestic space programme, no act toward another"),
    ("reuters-9871", False, "the Bank of France buys dollars: market intervention (domestic monetary operations)"),
    ("reuters-11203", False, "the Bank of Japan's options on the yen: sources' views"),
    ("reuters-9535", False, "Baker before a Senate committee on exchange rates: a minister's views"),
    ("reuters-17092", True, "the EC is to offer Argentina compensation for its lost grain exports to Spain, EC "
                            "sources say: an offer from a regional body to a state (another news story than "
                            "gold-forty-fifth's 20511, the EC's trade deal with Argentina of October 20)"),
    ("reuters-16793", False, "a qualified audit: corporate"),
    ("reuters-21123", False, "USDA analysts on the Soviet grain crop: a forecast"),
    ("reuters-19241", False, "takeover rumours: corporate"),
    ("reuters-17263", True, "the US opposes Japan's attempts to win a greater say in the Asian Development Bank: a "
                            "dispute between states in an international body (another news story than "
                            "gold-thirty-third's 17235, Taiwan's charge against China at the same meeting)"),
    ("reuters-2095", False, "the agriculture secretary does not intend to discuss a Soviet wheat bonus: no act"),
    ("reuters-13185", True, "the State Department defends the US's tin stockpile sales against Malaysian miners' "
                            "charge that they broke the US-ASEAN memorandum: a state's rejection of a charge over an "
                            "agreement between states (another news story than gold-twenty-third's 688, the US "
                            "disposals of March 2)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = cross_border_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START + len(WALK) - 1 < STOP, "the walk ran past its stretch"
    print(len(order), "reuters in the cross-border list, walked from position", START, file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
