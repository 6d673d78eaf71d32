"""Candidate walk for the twenty-eighth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 216, where gold-twenty-sixth stopped. Usage (from the repository root):
python3 eval/gold-twenty-eighth/select_stories.py [N]

The list is rebuilt exactly as gold-twenty-sixth rebuilds it (through gold-twenty-third's g22_excluded:
gold-twenty-second's exclusions as they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's
WALK, 80-159 gold-twenty-third's and 160-215 gold-twenty-sixth's ("the list moved" otherwise). The stories taken
here must also be outside every gold now written (gold-twenty-seventh, written at the same time from another pool,
included), the shared dev gold, used_records() and audited_records() (checked by print_walk).
Rules as the three earlier walks: the story reports an act of a political actor (a government, minister, central
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

select26 = gold_script("select26", "gold-twenty-sixth", "select_stories.py")
select23 = select26.select23
select22 = select26.select22
OWN = "eval/gold-twenty-eighth/"
EARLIER = (select22.WALK, select23.WALK, select26.WALK)
START = sum(len(w) for w in EARLIER) + 1  # 216

WALK = [
    ("reuters-4010", False, "Jamaica caps its borrowing; a rescheduling with its banks: debt policy and a deal with "
                            "banks (the story gold-twenty-sixth skipped as 4179)"),
    ("reuters-1674", False, "the Canadian Wheat Board advises the government to cut grain prices: a price "
                            "recommendation, no interaction"),
    ("reuters-18485", False, "Bangladesh's parliament passes a share-sale law: domestic legislation, no interaction"),
    ("reuters-16165", False, "Sri Lanka's cabinet orders budget cuts: fiscal policy (the IMF's loan promise "
                             "background)"),
    ("reuters-9370", False, "firms curb business with Drexel: corporate"),
    ("reuters-270", False, "the Philippines heads into debt talks with its banks: a forecast on a financial "
                           "negotiation"),
    ("reuters-10219", False, "a unit sale: corporate"),
    ("reuters-5183", True, "Taiwan's trade official: US officials warned of retaliation unless the Taiwan dollar "
                           "rises; the US answered Taiwan's quota request with talks: trade diplomacy (US-Taiwan)"),
    ("reuters-8240", False, "Nigeria's trade minister at the Taupo GATT meeting on African debt: the same news "
                            "story as gold-twenty-third's reuters-8135"),
    ("reuters-3400", False, "a merger completed: corporate"),
    ("reuters-17951", False, "a ministry approves a joint venture of state and private firms: a regulator's "
                             "approval of a corporate deal, no interaction"),
    ("reuters-3551", False, "an administration official opposes a securities tax and a budget summit: advocacy on "
                            "proposals not yet legislation (as gold-twenty-sixth's 9602)"),
    ("reuters-14987", True, "Stoltenberg and Poehl before the Group of Seven meeting of April 8: Japan has not "
                            "fulfilled its pledges; currency diplomacy (another news story than gold-twenty-sixth's "
                            "21512, six months earlier)"),
    ("reuters-4546", False, "Dome's lenders support its debt plan: corporate"),
    ("reuters-17301", False, "Japanese steelmakers and a Canadian mine discuss coal prices: corporate"),
    ("reuters-9751", False, "Keating revises a growth forecast: a forecast"),
    ("reuters-12847", False, "a Belgian tax proposal blocked in cabinet: a domestic policy proposal, no interaction"),
    ("reuters-5271", False, "the Bank of Japan satisfied with the yen: a central banker's view"),
    ("reuters-10195", False, "senators may broaden a farm-credit rescue: speculation on legislation"),
    ("reuters-16965", True, "the ADB's president: no change to China's admission despite Taiwan's protests; the "
                            "stalemate with Vietnam: an international lender and states"),
    ("reuters-14749", False, "Texas may consider an income tax: analysts' speculation"),
    ("reuters-6079", False, "a House farm proposal warmly received: a proposal, no interaction"),
    ("reuters-873", False, "Subroto says OPEC is within its ceiling: an assessment"),
    ("reuters-10863", False, "UK bonds fall: market report"),
    ("reuters-8518", False, "Harcourt on Harper: corporate"),
    ("reuters-5140", False, "a World Bank vice-president calls on creditor banks to be flexible: a call on "
                            "commercial banks, no political recipient"),
    ("reuters-991", False, "a US under-secretary asks Japan to end farm import controls: the same news story as "
                           "gold-twenty-second's reuters-893"),
    ("reuters-7011", False, "MITI will ask chip makers to cut output: a ministry's plan toward its own firms (the US "
                            "charge background; the dispute of gold-twenty-second's 894)"),
    ("reuters-8764", False, "Conable in Jakarta on Indonesia's debts: the same visit and day as gold-twenty-sixth's "
                            "reuters-8703"),
    ("reuters-17456", False, "German bond market: market report"),
    ("reuters-11084", True, "EC farm ministers split over the Commission's price plan; West Germany dismisses it, "
                            "Andriessen accuses member states: EC farm-policy negotiation between governments"),
    ("reuters-8600", False, "Shell Australia's profit: earnings"),
    ("reuters-13455", False, "Singapore stocks: market report"),
    ("reuters-17353", False, "the UK not restricting oil output; a field approved for Mobil: a policy statement and "
                             "a licence to a firm"),
    ("reuters-16607", False, "a Kuwaiti daily on OPEC's credibility: press comment"),
    ("reuters-12146", False, "Conrac restructuring: corporate"),
    ("reuters-9887", False, "the Farm Credit System asks the Treasury for a credit line: a lender's lobbying"),
    ("reuters-8176", False, "Beghin-Say sees a solution to the EC sugar dispute: a firm's forecast (the firms' "
                            "sugar protest of gold-twenty-sixth's skipped 11387)"),
    ("reuters-311", False, "tin producers' officials polled on keeping ATPC quotas: forecasts of compliance with a "
                           "commodity plan agreed in January"),
    ("reuters-11677", False, "debt negotiation: corporate"),
    ("reuters-276", False, "Singapore exchange link: corporate"),
    ("reuters-7662", False, "Keating sees a lower deficit: a forecast"),
    ("reuters-13145", False, "a Pentagon dental contract: a government contract with a firm (corporate)"),
    ("reuters-7760", False, "Comex futures: market"),
    ("reuters-19165", False, "Ghana lifts its rice and maize import ban while accepting Japanese food aid: one "
                             "event (the aid; the ban's lifting is trade policy aimed at no state)"),
    ("reuters-12208", False, "coffee futures: market"),
    ("reuters-1857", False, "Kemp urges Reagan to oppose a stock tax: advocacy on a proposal (as 3551)"),
    ("reuters-2064", False, "bankers welcome the Bank of Spain's reserve rise: a central bank's financial policy, no "
                            "interaction (as gold-twenty-sixth's 13239)"),
    ("reuters-17394", False, "the US envoy to the OECD on convergence: a speech, advocacy"),
    ("reuters-16485", False, "an appointment: corporate"),
    ("reuters-21046", False, "talks ended: corporate"),
    ("reuters-349", True, "Gulf Arab deputy oil ministers meet in Bahrain to implement last Sunday's GCC agreement:"
                          " cooperation between states"),
    ("reuters-18104", False, "the White House has not decided whether to lift the chip sanctions: no decision, "
                             "speculation (US-Japan chips, the tariffs of gold-twenty-sixth's 12776 and 11254)"),
    ("reuters-8653", False, "an airline buys aircraft: corporate"),
    ("reuters-11886", True, "the FAO approves emergency food aid for Ethiopia, Sri Lanka, Malawi and Vanuatu: an "
                            "international organisation's aid"),
    ("reuters-11169", True, "Japan decides to develop its FSX fighter with the US; its ambassador urges "
                            "market-opening: defence cooperation between states"),
    ("reuters-5165", True, "the IMF assures Kenya's president of maximum help in talks; Moi presses the US for more "
                           "aid: an international lender and a government (another news story than gold-nineteenth's "
                           "4529, Moi's talks with Reagan three days before)"),
    ("reuters-15741", True, "EC trade experts to discuss action against Japan on British ideas: trade dispute "
                            "(EC-Japan; another news story than gold-twenty-third's 17948, two months later)"),
    ("reuters-19432", False, "the SEC's new leader: analysis"),
    ("reuters-17874", False, "Venezuela obtained credits: financing deals with banks"),
    ("reuters-2704", False, "a Venezuelan bank's refinancing close: a forecast on a deal with banks"),
    ("reuters-17271", True, "the Philippines receives a Japanese Ex-Im loan; the finance ministers meet and discuss "
                            "yen aid: aid diplomacy (another news story than gold-twenty-third's 10821)"),
    ("reuters-4441", False, "a Farm Credit loss forecast: a forecast"),
    ("reuters-15836", False, "Egypt cancels a wheat tender and refuses a firm's offer: a government's purchase, "
                             "commercial"),
    ("reuters-3329", True, "Brazil's seamen's strike enters its tenth day as marines unload ships; seamen reject "
                           "the owners' offer: a strike against firms and the state's answer (as gold-twenty-second's "
                           "20752)"),
    ("reuters-19387", False, "a US official says coffee-quota prospects are uncertain: a forecast on commodity "
                             "talks (as gold-nineteenth's skipped coffee-quota talks)"),
    ("reuters-19127", False, "a tender offer: corporate"),
    ("reuters-4039", True, "Ecuador will ask OPEC to raise its quota after the earthquake; Venezuela will supply "
                           "part of its exports: cooperation and aid between states"),
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
