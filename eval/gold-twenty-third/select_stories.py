"""Candidate walk for the twenty-third article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 80, where gold-twenty-second stopped. Usage (from the repository root):
python3 eval/gold-twenty-third/select_stories.py [N]

The list is rebuilt with gold-twenty-second's exclusions as they stood when it was drawn: every record named by
the golds written before it (gold_selection.GOLD_ORDER) and by the shared dev gold, used_records and
audited_records. Positions 1-79 must equal gold-twenty-second's WALK ("the list moved" otherwise). The stories
taken here must also be outside every gold now written and every audited record (checked below).
Rules as gold-twenty-second: the story reports an act of a political actor (a government, minister, central bank,
court, regulator, parliament or union acting); pure market reports, earnings, prices and forecasts are no
political news; at least two events; not the same news story as one an earlier gold took or one already taken; at
most three stories on one conflict, at most four on one trade dispute, at most one analysis/opinion piece; 12
stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import (audited_records, golds_written_after, held_now, positions_asked,  # noqa: E402
                            print_walk, records_of, used_records)

select22 = gold_script("select22", "gold-twenty-second", "select_stories.py")
G22 = "eval/gold-twenty-second/"
START = len(select22.WALK) + 1  # 80

WALK = [
    ("reuters-7778", False, "a firm refinances, its president quits: corporate"),
    ("reuters-15456", False, "economists on the G-7 statement's pressure on Japan: analysis of comments (the G-7 "
                             "statement is background)"),
    ("reuters-17240", False, "Miyazawa does not think the dollar is in freefall: a minister's comments to a "
                             "committee, no act"),
    ("reuters-18500", False, "Canadian mines agree a coal price with Japanese steelmakers: a company deal"),
    ("reuters-18352", False, "the US meat industry's promotion campaign in Japan: an industry campaign (the US call"
                             " to end beef quotas and Japan's refusal are background)"),
    ("reuters-1985", True, "donors (the World Bank, the EC and eight states) give the state railway of Tanzania "
                           "25.6 mln dlrs of aid after a donors' conference: aid between states"),
    ("reuters-8157", False, "Somalia submits a foreign-investment law to parliament: a policy announcement, no "
                            "interaction"),
    ("reuters-5261", False, "Finnish markets before the election: market report"),
    ("reuters-17186", False, "Brazil's trade surplus: economic figures"),
    ("reuters-4443", False, "a firm's stock rises: market"),
    ("reuters-6562", False, "a letter of intent between firms: corporate"),
    ("reuters-10100", False, "a coffee federation manager sees no decisions at the ICO meeting: forecast (the "
                             "failed quota talks are background)"),
    ("reuters-18399", True, "the EC's representative in Washington warns the US against unilateral trade moves and "
                            "says it trades unfairly: trade diplomacy (EC-US trade 1)"),
    ("reuters-6926", False, "House panels vote on trade-bill provisions: legislative drafting (as gold-twenty-"
                            "second's 6639, 9315)"),
    ("reuters-17486", False, "Cominco locals reject a contract: the same news story as gold-twenty-second's "
                             "reuters-17805"),
    ("reuters-8592", True, "Yeutter says the trade ministers meeting at Taupo reached a consensus on farm trade "
                           "reform: trade diplomacy (GATT)"),
    ("reuters-20500", False, "Baker and German interest rates: market analysis"),
    ("reuters-14890", False, "Australian markets booming: economic spotlight, no event"),
    ("reuters-4082", False, "New Zealand's budget deficit: economic figures"),
    ("reuters-4878", False, "talking point on Dome Petroleum: corporate analysis"),
    ("reuters-190", False, "the creditor banks' committee voices concern to Brazil's debt negotiator: a financial "
                           "negotiation with banks, no act toward a political actor (as gold-twenty-second's 288, "
                           "9796; the minister's meetings in Washington are plans)"),
    ("reuters-18614", False, "House and Senate budget negotiators cut farm funds: budget-making and legislative "
                             "drafting (as gold-nineteenth skipped Brown's budget)"),
    ("reuters-5258", False, "the cocoa pact negotiations ahead: a preview and analysis, no act yet"),
    ("reuters-18672", False, "UK data and rate-cut outlook: analysts"),
    ("reuters-16118", False, "Yugoslav economy: bank data"),
    ("reuters-17598", False, "Bonn seen rejecting growth measures at the summit: an analysis of positions before "
                             "the summit (the analysis piece left for a later one)"),
    ("reuters-17948", True, "Japan's trade minister says Japan is disappointed at EC threats of trade retaliation: "
                            "trade diplomacy (EC-Japan trade 1)"),
    ("reuters-12673", False, "sterling rebounds: market report"),
    ("reuters-9996", False, "Brazil asks its creditor banks to extend credit lines: a financial negotiation with "
                            "banks (as 190)"),
    ("reuters-17383", True, "Britain ships feed wheat to China as food aid under its pledge: aid between states"),
    ("reuters-21040", False, "a possible bid: corporate"),
    ("reuters-14891", False, "Kuwaiti economy: economic spotlight"),
    ("reuters-4548", False, "Bolivia's central bank chief on a planned offer to buy back bank debt: an interview on"
                            " a plan (the Paris Club rescheduling is background of recent talks)"),
    ("reuters-688", True, "tin producers' accord to limit exports, their chairman's appeal to the US to restrict "
                          "stockpile releases, a State Department official's reply: agreement between states (tin)"),
    ("reuters-5288", False, "Baldrige predicts a trade bill and warns of a trade war: advocacy on legislation in "
                            "drafting (as gold-twenty-second's 12563)"),
    ("reuters-3488", False, "China's foreign debt: economic spotlight"),
    ("reuters-21332", False, "earnings"),
    ("reuters-8099", False, "Swiss bankers plan a compromise on secrecy curbs: a plan before a meeting with the "
                            "regulator, no act"),
    ("reuters-18412", False, "Cominco talks still stalled: no new act in the strike of gold-twenty-second's "
                             "reuters-17805 (no talks scheduled)"),
    ("reuters-8649", False, "South Africa to announce debt arrangements: an announcement to come (as gold-twenty-"
                            "second's 8680)"),
    ("reuters-10729", False, "Sri Lanka to uproot diseased rubber trees: domestic agricultural policy"),
    ("reuters-12604", False, "Yeutter doubts Japan can avoid US tariffs: a forecast (as gold-twenty-second's 16856)"),
    ("reuters-4674", False, "tax revenues and UK budget options: analysis"),
    ("reuters-7222", False, "a French institute's growth forecast: forecast"),
    ("reuters-9690", False, "Baker declines comment: no event"),
    ("reuters-19557", False, "Poehl speaks against a rate cut: a central banker's view, no act"),
    ("reuters-8135", True, "Nigeria's trade minister at the Taupo GATT meeting blames developed countries' policies"
                           " for African debt and calls for action: trade diplomacy (GATT; another news story of "
                           "the meeting of 8592)"),
    ("reuters-11083", False, "Fed policy outlook: analysis"),
    ("reuters-5941", False, "US current account: economic figures"),
    ("reuters-18878", True, "the White House calls the Democrats' budget a pickpocket plan and bars negotiations "
                            "until budget reforms: an executive-legislative dispute"),
    ("reuters-19848", False, "US leads Japan in futures business: market"),
    ("reuters-20989", True, "the EC offers limited concessions to the US on the hormones ban before talks; US "
                            "threats of reprisals: trade diplomacy (EC-US trade 2)"),
    ("reuters-15123", False, "Miller says Reagan will reject a tax increase: a forecast by a former official"),
    ("reuters-16948", False, "a World Bank report suggests a more open economy for India: a report's advice"),
    ("reuters-79", False, "a media firm's ventures: corporate"),
    ("reuters-12546", False, "Zimbabwe's government buys most of a firm from a Dutch owner: a commercial purchase, "
                             "no PLOVER interaction"),
    ("reuters-10461", False, "UK index-linked bond issue: finance"),
    ("reuters-19560", True, "Iraq rejects its new OPEC quota: OPEC politics between states"),
    ("reuters-5298", False, "talking point on Eastern Airlines: corporate"),
    ("reuters-7941", False, "a Canadian committee seeks lower card rates: a parliamentary report's recommendation "
                            "to banks, no act toward a political actor"),
    ("reuters-8115", False, "a bid for supermarkets: corporate"),
    ("reuters-11044", False, "a reorganization plan: corporate"),
    ("reuters-10821", True, "the Philippines and the World Bank sign a loan and technical-assistance package: aid "
                            "agreement"),
    ("reuters-12605", False, "the UK defence minister accepts British Aerospace's offer for Royal Ordnance: a "
                             "privatisation sale to a firm, no interaction between political actors (as gold-"
                             "twenty-second's 14937)"),
    ("reuters-21304", False, "new computers: corporate"),
    ("reuters-18658", False, "a merger: corporate"),
    ("reuters-6426", False, "Bundesbank outlook: analysis"),
    ("reuters-4071", False, "Indonesian coffee exporters seek a quota compromise: an exporters' association "
                            "interview (the failed ICO talks are background)"),
    ("reuters-903", False, "the Philippine planning chief urges a devaluation: domestic economic advice"),
    ("reuters-20030", False, "Subroto on a Hormuz closure: comment"),
    ("reuters-16017", False, "new options: market"),
    ("reuters-15617", False, "Lawson on rate cuts: comment"),
    ("reuters-10795", False, "British Gas repays debt: corporate"),
    ("reuters-17928", False, "Oman treasury bills: finance"),
    ("reuters-17670", False, "a lobby on the US trade bill: advocacy on legislation in drafting"),
    ("reuters-8055", False, "Bolivia: economic spotlight"),
    ("reuters-9708", False, "a firm's discovery: corporate"),
    ("reuters-3493", False, "Indonesian banks raise rates: market"),
    ("reuters-5179", False, "a bank's plan for Ecuador's loan opposed by other banks: a dispute among banks"),
    ("reuters-19003", True, "the House votes a measure calling on Japan to raise its defence spending and requiring"
                            " talks: a legislature's call on another state"),
]


def g22_excluded():
    """gold-twenty-second's exclusions with the golds written after it left out, so its list re-runs the same."""
    later = set(golds_written_after(G22))
    named = {f for f in select22.named_files()} - records_of(later)
    # records_of gives corpus ids; named_files gives the part after '#': the same form for these corpus golds.
    return used_records(own_folder=G22) | audited_records() | named


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(g22_excluded())
    assert [n for n, _, _ in select22.WALK] == order[:START - 1], "the list moved"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now("eval/gold-twenty-third/"), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
