"""Candidate walk for the forty-seventh article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked over two stretches
the earlier walks left: positions 616-649 (between gold-fortieth's, which stopped at 615, and gold-thirty-eighth's
650-721), then 766-799 (between gold-forty-first's 722-765 and gold-thirty-fifth's 800-855), and nothing else.
Three golds walk disjoint stretches this session, declared before any of them read a story: gold-forty-sixth
1,061-1,150, this one 616-649 and 766-799, gold-forty-eighth 1,233-1,300 and 1,388-1,452.
Usage (from the repository root): python3 eval/gold-forty-seventh/select_stories.py [N]

The list is rebuilt exactly as gold-forty-fifth rebuilds it (through gold-forty-second's script, and through it
gold-thirty-ninth's, gold-thirty-fourth's and gold-twenty-third's g22_excluded: gold-twenty-second's exclusions as
they stood when it was drawn). Positions 1-505 must equal the eight earlier walks (as gold-thirty-fourth checks them,
plus its own WALK), 506-573 gold-thirty-seventh's WALK, 574-615 gold-fortieth's, 650-721 gold-thirty-eighth's,
722-765 gold-forty-first's, 800-855 gold-thirty-fifth's, 856-901 gold-thirty-ninth's, 902-999 gold-forty-second's,
1,000-1,060 gold-forty-third's, 1,151-1,232 gold-forty-fourth's and 1,301-1,387 gold-forty-fifth's ("the list
moved" otherwise); the positions this walk skips inside its span (650-765) must be gold-thirty-eighth's and
gold-forty-first's. The stories taken here must also be outside every gold now written, the shared dev gold,
used_records() and audited_records() (checked by print_walk). Rules as the earlier walks: the story reports an act
of a political actor (a government, minister, central bank, court, prosecutor, regulator, parliament, international
lender or union acting); pure market reports, earnings, prices and forecasts are no political news; at least two
events (coded as PLOVER's manual says, optional ones counted as the earlier walks did); not the same news story as
one an earlier gold took or one already taken; at most three stories on one conflict, at most four on one trade
dispute, at most one analysis/opinion piece; 12 stories. WALK_FIRST and WALK_SECOND give each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select45 = gold_script("select45", "gold-forty-fifth", "select_stories.py")
select44 = gold_script("select44", "gold-forty-fourth", "select_stories.py")
select43 = gold_script("select43", "gold-forty-third", "select_stories.py")
select42 = select45.select42
select41 = select45.select41
select40 = select45.select40
select38 = select45.select38
select23 = select45.select23
select22 = select45.select22
OWN = "eval/gold-forty-seventh/"
EARLIER = select45.EARLIER  # positions 1-505, as gold-thirty-fourth checks them and its own walk
# The later walks, each with its first position: gold-thirty-seventh's, -fortieth's, -thirty-eighth's,
# -forty-first's, -thirty-fifth's, -thirty-ninth's, -forty-second's (as gold-forty-fifth checks them), then
# -forty-third's, -forty-fourth's and -forty-fifth's. 1,061-1,150, 1,233-1,300 and 1,388-1,452 are this session's
# other blind golds', not read here.
LATER = select45.LATER + ((select43.START, select43.WALK), (select44.START, select44.WALK),
                          (select45.START, select45.WALK))
# The two stretches, declared in advance: the first starts after gold-fortieth's last position and must end before
# gold-thirty-eighth's first; the second starts after gold-forty-first's last and must end before
# gold-thirty-fifth's first.
START_FIRST, STOP_FIRST = 616, 650
START_SECOND, STOP_SECOND = 766, 800

WALK_FIRST = [
    ("reuters-11299", False, "a firm's merger proposal: corporate"),
    ("reuters-9681", False, "a House panel adopts an exchange rate bill: legislative"),
    ("reuters-274", False, "palm oil output expected to rise: a forecast"),
    ("reuters-12718", True, "the FAO director, on talks in Brazil, invites its president, offers a technical mission "
                            "and signs three project accords: an international organisation's cooperation with a "
                            "state"),
    ("reuters-12136", False, "currency intervention: market analysis"),
    ("reuters-5036", True, "Argentina's central bank president says the debt talks with the banks are difficult, "
                           "leaves for New York to join them, and has discussed the loan request with the World "
                           "Bank: a government's debt negotiation with its banks (another news story than "
                           "gold-forty-fourth's 181, February 26, and gold-forty-second's 16543, April 13)"),
    ("reuters-17185", False, "the OECD's report on Sweden: an organisation's economic survey, advice only"),
    ("reuters-3539", True, "Jamaica agrees in principle a rescheduling with its bank advisory committee, after its "
                           "Paris Club accord and the IMF's approval: a government's debt agreement with its "
                           "creditors (another news story than gold-forty-fourth's 1565, March 4, the IMF drawing)"),
    ("reuters-11761", True, "Brazil's delegation to meet its bank advisory committee on April 10, after the payment "
                            "suspension and inconclusive talks: a government's debt negotiation with its banks "
                            "(another news story than gold-forty-fourth's 3542, March 11, and gold-forty-second's "
                            "9123, March 24)"),
    ("reuters-7414", False, "Venezuela approves bond plans: a domestic financing decision"),
    ("reuters-9436", False, "the Energy Secretary's proposals to boost oil output: domestic policy"),
    ("reuters-11352", True, "the EC's external relations commissioner backs China's GATT application, meets Chinese "
                            "leaders and signs an agreement to open a Commission office in Peking: cooperation between "
                            "an international body and a state"),
    ("reuters-2242", False, "a Polish deputy minister calls for a freer market: a minister's views in an interview "
                            "(the US sanctions lifted last month background)"),
    ("reuters-19015", False, "Canada's tax on financial institutions: domestic fiscal policy"),
    ("reuters-3906", False, "Venezuela's cabinet approves a state oil firm's refinery purchase: commercial contracts "
                            "(as gold-forty-fifth's skipped 6125)"),
    ("reuters-180", False, "USDA not considering a wheat bonus for the Soviet Union: officials' statements of an act "
                           "not taken (the grain talks background)"),
    ("reuters-11215", False, "Tokyo stocks: market"),
    ("reuters-11322", False, "Baker tells a House committee the cooperation works: views in testimony (as "
                             "gold-forty-fifth's skipped 12070)"),
    ("reuters-2745", False, "a utility's nuclear plant delays: corporate"),
    ("reuters-5226", False, "a Philippine commission to name more directors of a firm: a government's domestic act "
                            "toward a firm"),
    ("reuters-16970", True, "Baldrige, arriving in Peking for talks, rejects China's complaints of restricted "
                            "technology sales; a Chinese magazine's accusation; a joint commission to meet: trade "
                            "diplomacy between states"),
    ("reuters-10695", False, "Japan has little new to offer in the chip dispute: analysis (trade analysts' and "
                             "officials' views)"),
    ("reuters-8210", False, "an Exxon director on Mideast oil: a firm's views"),
    ("reuters-2614", False, "South Africa's debt negotiator optimistic about talks to come: an official's views"),
    ("reuters-6066", False, "Baker says the US seeks no IADB veto: the US position restated, a policy statement (as "
                            "gold-forty-fifth's skipped 6032)"),
    ("reuters-13235", False, "South Korea orders mergers of troubled firms: domestic industrial policy"),
    ("reuters-1168", False, "a firm's army contract: corporate"),
    ("reuters-17593", False, "UK bankers consider an export credit plan: commercial banks' talks"),
    ("reuters-21532", False, "Philippine inflation predicted to rise: a forecast"),
    ("reuters-15748", False, "EC experts to study action against Japan: the news story of gold-twenty-eighth's 15741 "
                             "(the same day and nearly the same title)"),
    ("reuters-7540", False, "Japanese customs turn away fake footwear: enforcement against counterfeits, a firm's "
                            "account"),
    ("reuters-6025", True, "Zambia confirms it has ended copper shipments through South Africa and closed its state "
                           "mining firm's Johannesburg office: a state's act against another (another news story than "
                           "gold-forty-second's 6649, March 18, Zambia's IMF arrears)"),
    ("reuters-18662", False, "a Brazilian union proposes a general strike: one event (the austerity plan is domestic "
                             "policy, no act toward another)"),
    ("reuters-5796", False, "a government oil study, as a newspaper reports it: a government's report"),
]

WALK_SECOND = [
    ("reuters-9969", False, "Brazil asks its banks for a 60-day extension of the credit lines: the news story of "
                            "gold-forty-second's 9123 (March 24, the request agreed with the committee, to be telexed "
                            "to the creditors)"),
    ("reuters-11460", False, "Baker not concerned by bond declines: views"),
    ("reuters-9733", False, "BP's tender offer: corporate"),
    ("reuters-10959", False, "the IBC expected to keep its export formula: exporters' expectations"),
    ("reuters-19589", False, "software standards: corporate analysis"),
    ("reuters-948", False, "police charge a former bank clerk: a domestic fraud case"),
    ("reuters-1190", False, "an options market's growth: an exchange's affairs"),
    ("reuters-3762", False, "a National Savings issue suspended: market analysis"),
    ("reuters-17516", False, "a state oil firm's wells: corporate"),
    ("reuters-15408", False, "the G-7 statement tests Japan: analysts' views"),
    ("reuters-5325", False, "an opinion poll: figures"),
    ("reuters-14881", False, "Japan given little hope of avoiding US sanctions: the news story of "
                             "gold-thirty-fifth's 14912 (the same title and day)"),
    ("reuters-19558", True, "Argentina's economy minister leaves for talks with the banks and the IMF to seek the "
                            "release of loans: a government's debt negotiation with its creditors (another news story "
                            "than gold-forty-first's 19456, June 19, Alfonsin meets Camdessus)"),
    ("reuters-347", True, "Manila to offer its banks debt certificates, a paper says; Ongpin keeps the spread demand "
                          "and has briefed the Fund, the Bank and the US: a government's debt negotiation with its "
                          "banks (another news story than gold-forty-first's 1870, March 4, the talks resumed)"),
    ("reuters-21539", False, "Lebanese banks extend a trading halt: a bankers' association's act"),
    ("reuters-15350", False, "a state oil firm's coal venture: commercial contracts"),
    ("reuters-8955", False, "Reagan signs a mortgage bill with reservations: legislative"),
    ("reuters-1110", False, "a Belgian minister expects an EC compromise on the oils tax: a minister's views on a "
                            "visit"),
    ("reuters-718", False, "a study group on Canada's trade talks: a think tank's views"),
    ("reuters-15957", True, "Argentina's economy minister warns the IMF committee it may break off the talks with its "
                            "banks and accuses them of blocking an accord: a government's debt negotiation with its "
                            "banks (another news story than gold-forty-second's 16543, April 13, and "
                            "gold-forty-fifth's 16864, April 17)"),
    ("reuters-21080", True, "the US drafts retaliation against Argentina in the soybean tax case after failed talks: "
                            "a trade dispute between states (another news story than gold-thirty-fifth's 11984, April "
                            "1, the case settled)"),
    ("reuters-4006", False, "a US action program for Africa: a policy statement"),
    ("reuters-5473", False, "a trust firm's expansion: corporate"),
    ("reuters-9704", False, "de Clercq links farm trade talks to the round: a commissioner's restated position at a "
                            "press conference (the ministers' criticism background)"),
    ("reuters-175", True, "Brazil's bank advisory committee expresses grave concern to its debt negotiator over the "
                          "payment suspension; Funaro to explain it in Washington: a government's debt dispute with "
                          "its banks (another news story than gold-thirty-seventh's 1357, March 3, and the later "
                          "Brazil debt stories)"),
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
                                                       (856, 901), (902, 999), (1000, 1060), (1151, 1232),
                                                       (1301, 1387)], "the later walks changed"
    for first, walk in LATER:
        assert [n for n, _, _ in walk] == order[first - 1:first - 1 + len(walk)], "the list moved"
    assert select40.START + len(select40.WALK) == START_FIRST and select38.START == STOP_FIRST, \
        "the first stretch is not the gap between gold-fortieth's and gold-thirty-eighth's walks"
    assert select41.START + len(select41.WALK) == START_SECOND and select45.select35.START == STOP_SECOND, \
        "the second stretch is not the gap between gold-forty-first's and gold-thirty-fifth's walks"
    skipped = set(range(STOP_FIRST, START_SECOND))
    theirs = {p for first, walk in LATER for p in range(first, first + len(walk))}
    assert skipped <= theirs and {p for p in range(STOP_FIRST, START_SECOND)
                                  for first, walk in ((select38.START, select38.WALK),
                                                      (select41.START, select41.WALK))
                                  if first <= p < first + len(walk)} == skipped, \
        "the positions skipped inside the span are not gold-thirty-eighth's and gold-forty-first's"
    assert START_FIRST + len(WALK_FIRST) <= STOP_FIRST, "the first stretch runs into gold-thirty-eighth's positions"
    assert not WALK_SECOND or len(WALK_FIRST) == STOP_FIRST - START_FIRST, "the second stretch began early"
    assert START_SECOND + len(WALK_SECOND) <= STOP_SECOND, "the walk runs into gold-thirty-fifth's positions"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    held = held_now(OWN)
    asked = positions_asked(sys.argv)
    print_walk(order, records, WALK_FIRST, START_FIRST, held, asked)
    print_walk(order, records, WALK_SECOND, START_SECOND, held, asked)


if __name__ == "__main__":
    main()
