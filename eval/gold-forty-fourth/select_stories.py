"""Candidate walk for the forty-fourth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked from position
1151. Three golds walk disjoint stretches of the list this session, declared before any of them read a story:
gold-forty-third 1,000-1,150, gold-forty-fourth (this one) 1,151-1,300 and gold-forty-fifth 1,301-1,452, so this
walk stops before 1301. Usage (from the repository root): python3 eval/gold-forty-fourth/select_stories.py [N]

The list is rebuilt exactly as gold-forty-second rebuilds it (through gold-thirty-ninth's script, and through it
gold-thirty-fourth's and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as they stood when it was
drawn). Positions 1-505 must equal the eight earlier walks and gold-thirty-fourth's (as gold-thirty-ninth checks
them), 506-573 gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721
gold-thirty-eighth's, 722-765 gold-forty-first's, 800-855 gold-thirty-fifth's, 856-901
gold-thirty-ninth's and 902-999 gold-forty-second's ("the list moved" otherwise). Positions 1,000-1,150 and
1,301-1,452 are not asserted: the two golds walking them were written at the same time and were not read here. The
stories taken here must also be outside every gold now written, the shared dev gold, used_records() and
audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act of a political
actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international lender or union
acting); pure market reports, earnings, prices and forecasts are no political news; at least two events (coded as
PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as one an earlier gold
took or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most one
analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select42 = gold_script("select42", "gold-forty-second", "select_stories.py")
select40 = gold_script("select40", "gold-fortieth", "select_stories.py")
select41 = gold_script("select41", "gold-forty-first", "select_stories.py")
select23 = select42.select23
select22 = select42.select22
OWN = "eval/gold-forty-fourth/"
EARLIER = select42.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's and -forty-second's (1,000-1,150 and 1,301-1,452 are this
# session's other blind golds', not read here).
LATER = select42.LATER[:1] + ((select40.START, select40.WALK),) + select42.LATER[1:2] + \
    ((select41.START, select41.WALK),) + select42.LATER[2:] + ((select42.START, select42.WALK),)
START = 1151  # declared in advance, after gold-forty-third's stretch (1,000-1,150)
STOP = 1301  # declared in advance: this walk must end before it (gold-forty-fifth's first position)

WALK = [
    ("reuters-2074", False, "Canada's finance minister tells a Commons committee little can be done for the West: "
                            "domestic policy statements"),
    ("reuters-3390", False, "the Chicago Board of Trade discusses renovation: an exchange's plans"),
    ("reuters-9244", False, "London's rise as a trading centre in US debt: market"),
    ("reuters-16946", False, "South Korea cuts export finance loans to slow its trade surplus: domestic export "
                             "finance measures, no act toward another (as gold-thirty-ninth's skipped 11530)"),
    ("reuters-10138", False, "farm-state senators may broaden a farm credit rescue: legislative (as "
                             "gold-thirty-fourth's skipped 12372)"),
    ("reuters-802", False, "Canada's spending estimates: domestic fiscal policy"),
    ("reuters-9156", False, "Ferruzzi's deal with CPC: corporate"),
    ("reuters-4147", False, "a chocolate maker's cocoa surplus forecast: corporate forecast"),
    ("reuters-16086", False, "Mobil Australia's loss: corporate"),
    ("reuters-3542", True, "Brazil's central bank governor meets the heads of its bank advisory committee on the "
                           "frozen trade lines; the banks' complaints; his tour of Europe and Japan to seek official "
                           "support: a government's debt negotiation with its banks (no earlier gold's story)"),
    ("reuters-740", False, "Funaro rejects a UK suggestion of an IMF plan: the news story of gold-thirty-fifth's 765 "
                           "(the same title but for \"UK\", the same day)"),
    ("reuters-10781", False, "Baldrige predicts a chip settlement on television: a forecast (last Friday's tariff "
                             "plan background; the chip dispute is many earlier golds' story)"),
    ("reuters-181", True, "the US Treasury says it will take part in a 500 mln dlr bridge loan to Argentina, citing "
                          "its support for Argentina's program; Argentina negotiates with its banks: aid between "
                          "states (no earlier gold's story)"),
    ("reuters-7043", False, "the financial rand seen higher: market"),
    ("reuters-18902", False, "Tanzania's budget raises fuel prices and taxes: domestic fiscal policy"),
    ("reuters-312", False, "South Korea to hold its current account surplus down: a domestic plan"),
    ("reuters-5465", False, "a chairman sells shares: corporate"),
    ("reuters-12197", False, "a bank lowers its card rates: corporate (the minister's earlier threat of legislation "
                             "background)"),
    ("reuters-505", False, "Bank of America negotiates sales of units: corporate"),
    ("reuters-6866", False, "Peru's trade credit lines: figures"),
    ("reuters-7496", True, "the Andean Development Corp signs an 11.7 mln dlr loan with Ecuador's ambassador to "
                           "repair the quake-damaged pipeline; Ecuador's requests to the CAF, Venezuela and OPEC: aid "
                           "from an international lender (another news story than gold-forty-second's 3609 and "
                           "gold-twenty-eighth's 4039, March 11)"),
    ("reuters-1356", False, "a Senate panel may take up a farm trade teams bill: legislative drafting"),
    ("reuters-3470", False, "a gilt tranche exhausted: market"),
    ("reuters-867", False, "Japan's unemployment: figures"),
    ("reuters-9795", False, "Baker opposes a tax increase in an interview: domestic fiscal policy views"),
    ("reuters-14711", False, "Yeutter opposes a transfer of retaliatory power: views in a speech"),
    ("reuters-16103", False, "Hungary raises prices: domestic economic policy"),
    ("reuters-11426", True, "Mozambique's prime minister appeals in Geneva for 160 mln dlrs more in emergency aid; "
                            "the US, Britain and Italy have pledged: a state's appeal for aid (another news story than "
                            "gold-thirty-eighth's 11601, Britain's grant announced in Harare the same day)"),
    ("reuters-10784", False, "an investor group presses GenCorp: corporate"),
    ("reuters-8895", False, "EC member states cool on the Commission's cereal plans: the EC's internal farm policy "
                            "(as gold-thirty-ninth's skipped 2068)"),
    ("reuters-2596", False, "Dome's stake for sale: corporate"),
    ("reuters-6967", False, "BP shares slide on the government's sale: market"),
    ("reuters-19041", True, "Japan's cabinet approves a plan to help the troubled aluminium ventures in Indonesia and "
                            "Brazil with state investment and cheaper Export-Import Bank loans; Indonesia and Brazil "
                            "add investment: a government's aid to projects with other states"),
    ("reuters-8641", False, "Miyazawa expects US intervention: views to a committee"),
    ("reuters-8578", False, "Lawson on last autumn's intervention: domestic"),
    ("reuters-1715", True, "Colombia's finance minister blames an inflexible US position for the failure of the "
                           "coffee quota talks; the US and Brazil blame each other: accusations between states (no "
                           "earlier gold's story)"),
    ("reuters-8070", False, "a Bundesbank vice-president's growth forecast: a forecast"),
    ("reuters-335", False, "Hungary's austerity measures: an economic spotlight on domestic fiscal policy"),
    ("reuters-9581", False, "takeover speculation on UAL: corporate"),
    ("reuters-4989", False, "Fairchild closes a plant after ending an Air Force contract: corporate"),
    ("reuters-13179", False, "grain export business: a market digest"),
    ("reuters-2891", False, "Egypt to receive a 115 mln dlr cash grant: the news story of gold-thirtieth's 2883 (the "
                            "same title and day)"),
    ("reuters-17047", False, "Miyazawa: no new measures to aid the dollar: statements, no act"),
    ("reuters-5376", False, "trade interests ready for a fight in Congress: legislative analysis"),
    ("reuters-13577", False, "money news highlights: a digest of items"),
    ("reuters-13366", False, "commodities news highlights: a digest of items"),
    ("reuters-12875", False, "Bundesbank reserves: figures"),
    ("reuters-1565", True, "Jamaica to draw on the IMF after the IMF's approval yesterday of a new credit program; "
                           "a new stand-by agreement: an international lender and a state"),
    ("reuters-950", False, "German bankers want Brazil closer to the IMF before Funaro meets Stoltenberg: bankers' "
                           "views (Funaro's tour is earlier golds' story)"),
    ("reuters-4103", False, "India's cotton export quota: domestic trade policy"),
    ("reuters-4266", False, "British Telecom's outlook: corporate"),
    ("reuters-5273", False, "the Saudi oil minister sees no need to alter the OPEC pact: restated policy statements "
                            "in an interview (as gold-forty-second's skipped 248)"),
    ("reuters-19685", False, "Chrysler in talks with a Chinese state car maker: corporate"),
    ("reuters-13966", False, "Rolls Royce's flotation: corporate"),
    ("reuters-6994", False, "EC farm lobbies back the oils and fats plan in a letter: interest groups' views"),
    ("reuters-19760", True, "the SEC charges Allied Stores and its legal adviser with failing to disclose "
                            "takeover-defence talks and seeks an order: a regulator acting on a firm (as "
                            "gold-forty-first's 14938)"),
    ("reuters-8166", False, "Beghin-Say raises capital: corporate"),
    ("reuters-6949", False, "Asian property: an economic spotlight on markets"),
    ("reuters-5835", False, "Indonesia's sugar output forecast: a forecast"),
    ("reuters-8667", False, "Canada outlines GATT farm reform principles at Taupo: a policy proposal at the "
                            "ministers' meeting that gold-twenty-third's 8135 and 8592 report"),
    ("reuters-1927", False, "Hawke sees a larger deficit: a forecast"),
    ("reuters-8196", True, "Brazil's central bank governor, after his first meeting with the bank advisory committee "
                           "in Miami, says Brazil wants to resume payments and will ask for a rollover; bankers call "
                           "the meeting inconclusive: a government's debt negotiation with its banks (another news "
                           "story than gold-forty-second's 9123, the agreement to transmit the request reported the "
                           "next day; Brazil's debt, this gold's second story)"),
    ("reuters-5120", False, "a Venezuelan power company faces default: corporate debt"),
    ("reuters-8746", False, "the US economy shows promising signs: economists' views"),
    ("reuters-6400", False, "Lawson happy with sterling: domestic policy views"),
    ("reuters-5167", False, "the Saudi oil minister sees no need to alter the pact: restated policy statements (the "
                            "same interview as 5273)"),
    ("reuters-15362", True, "Funaro says he unveiled his refinancing proposals to the creditor banks in New York and "
                            "that the banks must trust Brazil; administration officials doubt the measures: a "
                            "government's debt negotiation (another news story than gold-nineteenth's 14635 and "
                            "gold-thirty-first's 15766; Brazil's debt, this gold's third and last story)"),
    ("reuters-14712", False, "Yeutter calls a textile bill pure protectionism: views in a speech"),
    ("reuters-8151", False, "Australia's trade minister at Taupo: a policy statement at a conference (as "
                            "gold-forty-second's skipped 2417)"),
    ("reuters-10811", False, "Peru announces a gold find: domestic"),
    ("reuters-263", False, "EC farm ministers consider price cuts: the EC's internal farm policy (as "
                           "gold-thirty-ninth's skipped 2068)"),
    ("reuters-20769", False, "Reagan sees room for lower rates: a domestic statement"),
    ("reuters-4833", False, "Haiti allows imports of pigs: a domestic import permission (farmers' protests "
                            "background)"),
    ("reuters-7539", False, "a state bank to take over another: a domestic bank merger"),
    ("reuters-2848", False, "a US feedgrains group attacks Canada's corn ruling: an interest group's statement on a "
                            "trade tribunal's ruling"),
    ("reuters-14719", False, "the Energy Department recommends a uranium corporation: a domestic plan"),
    ("reuters-11557", False, "investors request a Royal Dutch/Shell meeting: corporate"),
    ("reuters-16053", False, "analysts doubt the Fed firmed: market"),
    ("reuters-8664", False, "doubts about the accord weaken the dollar: market"),
    ("reuters-257", True, "Poland's central bank head says its Washington talks with the World Bank and the IMF were "
                          "frank and a step to fresh credits; Poland will meet its obligations: a state and "
                          "international lenders"),
    ("reuters-17335", False, "Reagan hopes to lift the Japan sanctions: views in a speech (the chip sanctions "
                             "background)"),
    ("reuters-8310", True, "Baker tells the IADB meeting the US is making progress negotiating its reform and would "
                           "put up nine billion dlrs more if it succeeds; he asks for a greater say for creditor "
                           "countries: a state's negotiation with an international lender"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    assert at == 505, "the earlier walks changed"
    assert [(s, s + len(w) - 1) for s, w in LATER] == [(506, 573), (574, 615), (650, 721), (722, 765), (800, 855),
                                                        (856, 901), (902, 999)], "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert START == 1151 and START + len(WALK) <= STOP, "the walk runs past position 1300"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
