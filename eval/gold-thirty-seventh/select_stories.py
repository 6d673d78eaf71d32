"""Candidate walk for the thirty-seventh article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 506, where gold-thirty-fourth stopped. Three golds walk disjoint stretches of the list in this session,
declared before any walk read a story: gold-thirty-seventh 506-649, gold-thirty-eighth 650-799, gold-thirty-ninth
856-1,000 (800-855 are gold-thirty-fifth's), so this walk stops before 650.
Usage (from the repository root): python3 eval/gold-thirty-seventh/select_stories.py [N]

The list is rebuilt exactly as gold-thirty-fourth rebuilds it (through gold-thirty-third's script and
gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79
must equal gold-twenty-second's WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's, 216-283
gold-twenty-eighth's, 284-332 gold-thirtieth's, 333-409 gold-thirty-second's, 410-450 gold-thirty-third's and
451-505 gold-thirty-fourth's ("the list moved" otherwise). The stories taken here must also be outside every gold
now written, the shared dev gold, used_records() and audited_records() (checked by print_walk). Rules as the eight
earlier walks: the story reports an act of a political actor (a government, minister, central bank, court,
prosecutor, regulator, parliament, international lender or union acting); pure market reports, earnings, prices
and forecasts are no political news; at least two events (coded as PLOVER's manual says, optional ones counted as
the earlier walks did); not the same news story as one an earlier gold took or one already taken; at most three
stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK
gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select34 = gold_script("select34", "gold-thirty-fourth", "select_stories.py")
select23 = select34.select23
select22 = select34.select22
OWN = "eval/gold-thirty-seventh/"
EARLIER = select34.EARLIER + (select34.WALK,)
START = sum(len(w) for w in EARLIER) + 1  # 506
STOP = 650  # gold-thirty-eighth's first position: this walk must end before it

WALK = [
    ("reuters-891", True, "Taiwan's central bank governor rejects the textile makers' plea to halt the currency's "
                          "rise, citing US pressure: a central bank acting against an industry's request (another "
                          "news story than gold-twenty-eighth's 5183, March 15, the US wish for a stronger Taiwan "
                          "dollar)"),
    ("reuters-16354", False, "an audit finds discrepancies at a unit: corporate"),
    ("reuters-12903", False, "an AIDS drug goes into wider tests: corporate"),
    ("reuters-11363", True, "the Dutch finance ministry discusses with West German and Belgian tax authorities how "
                            "to stop evasion of tax on interest earned abroad: relations between states (talks "
                            "with foreign authorities)"),
    ("reuters-5131", False, "Mexico halts its debt-equity swaps for a backlog of applications: a domestic economic "
                            "policy measure (as gold-thirty-fourth's skipped 6086); the pressure on the banks is "
                            "bankers' speculation"),
    ("reuters-6962", False, "foreign share in a bond syndicate raised: market arrangements"),
    ("reuters-8390", True, "Yugoslavia seeks to refinance two billion dlrs with the Paris Club and rejects the "
                           "IMF's criticism: relations with creditor governments and a lender (Yugoslavia's debt; "
                           "another news story than gold-thirtieth's 11591, the accord of March 31)"),
    ("reuters-1808", False, "a merger expected: corporate"),
    ("reuters-6052", False, "Finland's election and market reform: analysis (officials' and analysts' views)"),
    ("reuters-12627", False, "a bank lowers a card rate: corporate"),
    ("reuters-14931", False, "Poehl warns against a further dollar fall in a speech: policy statements (as "
                             "gold-thirty-fourth's skipped 3031)"),
    ("reuters-17497", False, "the supercomputer market: an industry feature"),
    ("reuters-19065", False, "a smelter's supply shortage: corporate"),
    ("reuters-9617", False, "lobbyists and congressional aides criticize a USDA soybean loan idea: a domestic "
                            "farm-policy debate, a proposal not made"),
    ("reuters-10662", False, "Peru's gold deposits: a resource estimate"),
    ("reuters-9798", False, "Baker declines comment on Volcker: no act"),
    ("reuters-3374", True, "the Supreme Court leaves intact the dismissal of the bondholders' suit against China: "
                           "a court acting (as gold-twenty-second's courts)"),
    ("reuters-12002", False, "talk of a wheat subsidy offer to the USSR before Shultz's visit: speculation"),
    ("reuters-8681", False, "a French employers' chief on the EC's 1992 market: a business view"),
    ("reuters-13576", False, "London shares: market"),
    ("reuters-4969", False, "bank stocks: a market talking point"),
    ("reuters-11502", False, "the White House says the stock market is sound: one domestic remark"),
    ("reuters-17431", False, "an FTC study of an oil import fee: a report's findings, no act (as "
                             "gold-thirty-fourth's skipped 17452)"),
    ("reuters-9663", False, "a telecommunications trade bill clears a House panel: legislative drafting (as "
                            "gold-thirty-fourth's skipped 12372)"),
    ("reuters-7056", False, "the UK Treasury says the BP sale was in its budget arithmetic: fiscal policy "
                            "statements"),
    ("reuters-19163", True, "Reagan says he would veto the House-passed trade bill in its present form, at a "
                            "meeting with Senate Republicans: a veto threat (as gold-thirtieth's 7758, another "
                            "bill)"),
    ("reuters-2759", True, "the Contra leader Calero gives his bank records to the Iran arms grand jury and turns "
                           "over newly found deposits from North's company: an armed group's leader and a US "
                           "inquiry (the Iran-Contra affair 1; another news story than gold-eleventh's 7525, "
                           "gold-wire's 9247 and gold-twenty-fifth's 9703)"),
    ("reuters-9055", False, "Volcker writes to the House Banking chairman with concerns about bills: views on bills "
                            "in drafting (as the earlier walks' legislative drafting)"),
    ("reuters-12653", False, "Belgium's finance minister welcomes the US prime rate rises in an interview: a comment "
                             "on economic policy (as the earlier walks' skipped 18097 and 20893)"),
    ("reuters-232", False, "coffee quota talks at the ICO council: commodity-market negotiations (as the earlier "
                           "walks' skipped 754 and 290)"),
    ("reuters-17519", False, "Saudi renegotiation of Aramco's purchase agreement: a commercial contract, from "
                             "industry sources"),
    ("reuters-3902", True, "South Korea's trade minister ends a mission that agreed to buy 1.8 billion dlrs of US "
                           "goods and leaves for trade talks in Ottawa: trade diplomacy (another news story than "
                           "gold-thirty-fourth's 11209, the finance minister's visit of March 31)"),
    ("reuters-16214", False, "Bentsen and Darman on television: economic policy views (a call for rate cuts at the "
                             "summit, as the earlier walks' skipped 17748, Reagan urging allies to keep the "
                             "exchange accords; the talks with the NICs mentioned in passing)"),
    ("reuters-14748", False, "business news highlights: a digest"),
    ("reuters-8676", False, "Yeutter says US-Japan trade strains remain: assessments, a meeting to come"),
    ("reuters-1408", False, "GM's buyback: corporate"),
    ("reuters-2631", False, "South Africa's debt negotiator optimistic before talks with banks next month: an "
                            "official's expectations, the talks to come"),
    ("reuters-20029", False, "Japan's authorities try to calm the stock market: one request to the brokers, told "
                             "twice, among officials' and analysts' assessments (one act, as gold-thirty-fourth's "
                             "skipped 9512)"),
    ("reuters-1357", True, "US officials say Brazil must deal with its banks, not governments, and dismiss "
                           "Funaro's argument: relations between states (Brazil's debt; another news story than "
                           "gold-thirty-fifth's 765, March 2, and gold-thirty-fourth's 2545, March 5)"),
    ("reuters-10744", False, "Mannesmann buys a stake: corporate"),
    ("reuters-12848", False, "IMF and World Bank meetings to come: a preview (analysis)"),
    ("reuters-19292", False, "drug makers benefit from a study: corporate"),
    ("reuters-18849", False, "Zambia's copper industry hopes: an industry outlook"),
    ("reuters-8354", False, "a bank manager wounded by gunmen in Lima: one act (the attack), no second event"),
    ("reuters-10760", False, "the cocoa buffer stock accord seen positive: delegates' and traders' views of a "
                             "commodity pact (commodity-market negotiations)"),
    ("reuters-11179", False, "Japan to pay less for Indian iron ore: a commercial supply contract"),
    ("reuters-17357", False, "the FERC chairman on Canadian gas in a conference speech: policy statements"),
    ("reuters-11167", False, "Yeutter: the US may drop tariffs if Japan opens up: the same story as "
                             "gold-twenty-sixth's 11254 (same title, same day)"),
    ("reuters-18449", False, "Italian election results lift shares: market"),
    ("reuters-11423", False, "Westinghouse to compensate a Brazilian utility: corporate"),
    ("reuters-16985", False, "a Foreign Ministry official on Japan's trade crisis: policy statements"),
    ("reuters-4938", False, "Canadian money supply: figures"),
    ("reuters-16292", False, "Saudi Arabia liberalises its banking system: domestic financial policy, bankers' "
                             "views"),
    ("reuters-8621", False, "doubts about the accord weaken the dollar: market"),
    ("reuters-5143", True, "Ecuador's president says it will pay its debt when it can; Ecuador reaffirmed the "
                           "suspension of payments to private banks: a debtor state and its creditors (Ecuador's "
                           "debt; another news story than gold-twenty-eighth's 4039, the OPEC quota)"),
    ("reuters-5515", False, "floating rate note market: market"),
    ("reuters-16215", False, "an offer for Dome and its debt talks: corporate"),
    ("reuters-19715", False, "Brazil's motor industry sends workers on leave: corporate"),
    ("reuters-5159", False, "Stoltenberg on the VW affair in a newspaper interview: a minister's remarks (as "
                            "gold-thirty-fourth's skipped 9293)"),
    ("reuters-9691", False, "China's budget deficit: figures"),
    ("reuters-18267", False, "Data General's sales: corporate"),
    ("reuters-5777", False, "Toyota seen getting Manila's approval: speculation from government sources"),
    ("reuters-17912", True, "MITI to issue chip production guidelines; US and Japanese officials met last week on "
                            "the sanctions: a ministry's requests to its industry and talks between states (US-Japan "
                            "chips 1)"),
    ("reuters-19294", False, "Canadian money supply: figures"),
    ("reuters-12806", False, "US Treasury policies unchanged by Darman's departure: officials' statements"),
    ("reuters-20795", True, "Reagan says the US remains committed to the Louvre accord after talks with Takeshita "
                            "and Baker's meeting with German officials: several acts between states (unlike the "
                            "earlier walks' skipped 17748, one statement; another news story than "
                            "gold-twenty-sixth's 21512, Balladur)"),
    ("reuters-4026", False, "a House panel's first trade bill votes: legislative drafting"),
    ("reuters-5973", True, "the OECD states agree export credit reforms: an agreement between states"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert START == 506 and START + len(WALK) <= STOP, "the walk runs into gold-thirty-eighth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
