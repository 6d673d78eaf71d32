"""Candidate walk for the thirtieth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 284, where gold-twenty-eighth stopped. Usage (from the repository root):
python3 eval/gold-thirtieth/select_stories.py [N]

The list is rebuilt exactly as gold-twenty-eighth rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's, 160-215 gold-twenty-sixth's and 216-283 gold-twenty-eighth's ("the list moved"
otherwise). The stories taken here must also be outside every gold now written (gold-twenty-ninth, written at the
same time from another pool, included), the shared dev gold, used_records() and audited_records() (checked by
print_walk).
Rules as the four earlier walks: the story reports an act of a political actor (a government, minister, central
bank, court, prosecutor, regulator, parliament, international lender or union acting); pure market reports,
earnings, prices and forecasts are no political news; at least two events (coded as PLOVER's manual says); not the
same news story as one an earlier gold took or one already taken; at most three stories on one conflict, at most
four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select28 = gold_script("select28", "gold-twenty-eighth", "select_stories.py")
select26 = select28.select26
select23 = select28.select23
select22 = select28.select22
OWN = "eval/gold-thirtieth/"
EARLIER = (select22.WALK, select23.WALK, select26.WALK, select28.WALK)
START = sum(len(w) for w in EARLIER) + 1  # 284

WALK = [
    ("reuters-11505", False, "shareholders approve a stock sale: corporate"),
    ("reuters-10239", False, "a Senate committee's hearing on PIK certificates: budget debate, domestic, no act "
                             "between political actors"),
    ("reuters-1414", False, "Rockwell's outlook: earnings"),
    ("reuters-525", False, "EC steelmakers present a plan to the Commission: an industry lobby's plan and "
                           "diplomats' forecasts of the ministers' stance"),
    ("reuters-377", False, "a smelter closure: corporate"),
    ("reuters-11591", True, "Yugoslavia reaches an accord with 16 Western creditor countries in Paris on "
                            "refinancing part of its debt: a debt accord between states (as gold-twenty-second's "
                            "10525)"),
    ("reuters-16233", False, "a merger: corporate"),
    ("reuters-8602", True, "Nakasone orders his trade minister to calm US anger over chips; MITI's letters to US "
                           "policy makers and its offer of a joint investigation: trade dispute (US-Japan chips 1; "
                           "another news story than gold-twenty-second's 894 of March 3 and the chip stories of "
                           "April)"),
    ("reuters-2883", True, "the US transfers 115 mln dlrs of cash aid to Egypt and stresses its support: aid "
                           "between states"),
    ("reuters-19989", False, "Miyazawa says the G-7 still supports the Louvre accord, no meeting planned: a "
                             "minister's assessment"),
    ("reuters-4713", False, "Subroto sees the oil market bullish: a forecast"),
    ("reuters-21449", False, "Moi says debt service will absorb aid, calls for a transfer of resources: a "
                             "forecast and one general appeal in a speech"),
    ("reuters-8982", False, "a House committee votes to ease export controls: legislative drafting (as "
                            "gold-twenty-second's 6639)"),
    ("reuters-3426", False, "Yeutter on a Senate-seat rumour: an appointment rumour, no act"),
    ("reuters-21423", False, "the Soviet plan's output targets: economic figures"),
    ("reuters-19433", False, "the administration asks Congress to adopt the harmonised tariff schedule: a "
                             "domestic legislative proposal, no interaction"),
    ("reuters-12678", False, "Alcatel accepts a ministry's plan to restructure its Spanish unit: a corporate "
                            "restructuring"),
    ("reuters-9150", False, "the Singapore exchange considers changes: business"),
    ("reuters-1588", False, "the EC Commission appoints a trade chief: an appointment, no interaction"),
    ("reuters-21578", False, "an exchange's new options: corporate"),
    ("reuters-7323", True, "EC industry ministers agree on a steel-closure plan and ask the Commission to seek "
                           "deeper cuts: the EC's council of ministers acting (as gold-twenty-eighth's 11084)"),
    ("reuters-3982", False, "Philippine debt talks with banks postponed: a financial negotiation with banks (as "
                            "gold-twenty-second's 9796)"),
    ("reuters-18571", False, "a ship lost with lead: market"),
    ("reuters-10568", False, "the Philippines' debt deal with its bank committee: a deal with banks (as 3982)"),
    ("reuters-20871", False, "Brazil will lift its moratorium only after a pact with banks: debt policy toward "
                             "banks (as gold-twenty-sixth's 8121)"),
    ("reuters-19040", False, "Taiwan's central bank measures slow the reserves: financial policy, no interaction"),
    ("reuters-19546", True, "EC-US talks on the pasta dispute fail; the US rejected the EC's compromise: trade "
                            "dispute (EC-US pasta)"),
    ("reuters-19226", True, "Spanish bank staff strike for pay; the employers' earlier offer: a strike against "
                            "firms (as gold-twenty-second's 20752)"),
    ("reuters-9391", False, "Brazil's bank strike spreads: one event (the strike and its demands; no second act)"),
    ("reuters-6401", False, "Japan's finance ministry admits more foreign brokers to auctions: financial "
                            "regulation, no interaction"),
    ("reuters-3024", False, "a Dutch planning agency's forecast: a forecast"),
    ("reuters-7177", False, "a retail price index revised: statistics"),
    ("reuters-6716", True, "the EC's envoy warns the House that its trade bill could prompt retaliation: trade "
                           "dispute (EC-US trade legislation; another news story than gold-tenth's 16018, the "
                           "letter to Bentsen of April 9)"),
    ("reuters-15814", False, "Sulpetro awaits approval of its debt deal: corporate"),
    ("reuters-7758", True, "Reagan says he will veto the highway bill: the executive against the legislature (as "
                           "gold-twenty-third's budget quarrel)"),
    ("reuters-15625", False, "Frankfurt dollar: market"),
    ("reuters-912", True, "Australian police charge a former Westpac clerk; the corporate affairs commission "
                          "investigates: law enforcement (as gold-twenty-sixth's 6216)"),
    ("reuters-9788", True, "Conable urges Brazil to adopt an economic plan; the World Bank backs the Baker "
                           "initiative: an international lender and a government (another news story than "
                           "gold-twenty-sixth's 8703, Conable in Jakarta)"),
    ("reuters-20088", False, "Mexico's exchange head on the fall: market comment"),
    ("reuters-5184", False, "a Saudi minister's economic outlook: an assessment in a speech"),
    ("reuters-20928", False, "the White House on the stock fall: an assessment"),
    ("reuters-16558", False, "firms and police agencies ask exemptions from the chip tariffs at a hearing: "
                             "lobbying (the tariffs of gold-twenty-sixth's 12776 background)"),
    ("reuters-19604", False, "Ryzhkov asks the Supreme Soviet to adopt an enterprise law: domestic legislation, "
                             "no interaction"),
    ("reuters-17180", False, "Brazil's trade surplus: figures"),
    ("reuters-1675", True, "the GATT Council defers a panel on the EC's complaint against the US-Japan chip "
                           "pact; Japan and the US call the charges unfounded: trade dispute (chips 2)"),
    ("reuters-12815", False, "EC finance ministers to meet this weekend on the EMS: a preview with a minister's "
                             "views (as gold-twenty-third's cocoa-pact preview)"),
    ("reuters-5160", False, "Baldrige predicts a reasonable trade bill and warns of a trade war: forecasts and "
                            "advice in an interview"),
    ("reuters-5386", False, "a Swiss futures exchange planned: business"),
    ("reuters-9847", True, "a hundred Conservative MPs call for trade sanctions against Japan; the government "
                           "draws up contingency plans: trade dispute (UK-Japan; another news story than "
                           "gold-twenty-eighth's 15741 of April 9)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    at = 0
    for walk in EARLIER:
        assert [n for n, _, _ in walk] == order[at:at + len(walk)], "the list moved"
        at += len(walk)
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
