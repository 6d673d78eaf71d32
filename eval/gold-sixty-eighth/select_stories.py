"""Candidate walk for the sixty-fifth article gold (written blind, 'gold-sixty-eighth'): the long remainder list
(gold_selection.long_remainder_list, imported, not rebuilt: 203 Reuters-21578 records of 400 words or more with at
least three political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position
137 to 203, the list's end, its declared stretch. Three golds walk disjoint stretches of the list this session,
declared before any read a story: gold-sixty-sixth 1-68, gold-sixty-seventh 69-136, gold-sixty-eighth (this one)
137-203; the other two (and gold-sixty-ninth, on another list) were written at the same time and were not read here.
Usage (from the repository root): python3 eval/gold-sixty-eighth/select_stories.py [N]

Rules as gold-sixty-second's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party or international body;
domestic political acts such as resignations, a ruling council's decisions on a handover of power and arrests
count); company news, markets, figures, forecasts and views are no political news; a business story with a political
actor's act in it is taken, only its political acts required; labour disputes with an employer (the state as
employer included), domestic economic, monetary and fiscal policy, regulation, legislation, polls, elections without
an act, appointments and reshuffles are skipped; a cancelled trip alone is skipped; not the same news story as one an
earlier gold took (dates within four days, titles and openings of every record held_now holds compared) or one
already taken; at most three stories on one conflict or negotiation; at most 8 stories. WALK gives each position's
reason; gold_selection.print_walk checks that it is the list's order from START and that no story taken is held by
any gold now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, long_remainder_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-sixty-eighth/"
LIST_LENGTH = 203  # the list as gold_selection draws it
START = 137  # declared in advance: this gold walks 137-203
STOP = 204  # the list's end
TAKE_AT_MOST = 8

WALK = [
    ("reuters-5206", False, "a Bank of Japan official on the yen, growth and Volcker: monetary policy, views"),
    ("reuters-10695", False, "Japan has little new to offer in the chip dispute: analysts' and officials' views (the "
                             "US tariff threat is background, the news of held stories)"),
    ("reuters-12188", False, "talks will not delay the chip tariffs: the text of the held 12143 (the same day, the "
                             "same opening)"),
    ("reuters-10905", False, "Congress raps Japan: trade legislation and senators' views"),
    ("reuters-12790", False, "a sugar firm keeps its sugar in EC intervention: corporate (producers' protest against "
                            "the Commission's rebates)"),
    ("reuters-8074", False, "Nigeria's central bank changes its auction rules: domestic monetary policy"),
    ("reuters-3421", False, "the Fed's report of a January intervention: monetary policy, figures"),
    ("reuters-11490", False, "Canada's airline profits: corporate"),
    ("reuters-3762", False, "a national savings issue suspended, rates seen lower: monetary policy, market"),
    ("reuters-2514", False, "options and US farm plans: domestic farm policy, a think tank's paper"),
    ("reuters-16028", False, "the chip book-to-bill ratio: figures"),
    ("reuters-21486", False, "Saudi LPG supplies to Japan: a state oil firm's commercial contracts"),
    ("reuters-12815", False, "EC finance ministers to meet on the EMS: a preview with a minister's views, the "
                             "Community's monetary policy (as gold-thirtieth's walk skipped it)"),
    ("reuters-16948", False, "a World Bank draft report suggests a more open economy for India: a report's advice "
                             "(as gold-twenty-third's walk skipped it)"),
    ("reuters-2064", False, "bankers welcome Spain's reserve requirement rise: monetary policy"),
    ("reuters-17598", True, "West German officials say Bonn will stand firm at the Venice summit against foreign "
                            "pressure to stimulate growth: a state's refusal of its partners' demands (G-7 policy "
                            "coordination 1; another news story than the held 17747, Reagan's call of the same day, "
                            "and 18095, the experts' council of June 2; no gold holds it)"),
    ("reuters-8055", True, "Bolivia prepares a second IMF agreement, an IMF team to visit, the Paris Club's "
                           "rescheduling, a buy-back offer to the banks: an international body's mission and "
                           "agreements between a state, its creditor states and its banks (no gold holds it; another "
                           "news story than the held 9630 of March 25, five days later, on the buy-back's support)"),
    ("reuters-5778", False, "the dollar seen falling unless Japan acts: market, forecasts"),
    ("reuters-20500", False, "economists say Baker won the German rates battle: market analysis (the Frankfurt "
                             "meeting the news of the held 20925 and 20868)"),
    ("reuters-17207", False, "ADB delegates gather in Osaka: a preview; Taiwan's boycott and the Soviet attendance "
                             "the news of the held 17235 and 17214 (the next and the same day)"),
    ("reuters-17294", False, "Norway's bourse boom: market"),
    ("reuters-13995", False, "London money market: market"),
    ("reuters-17953", False, "few expect new initiatives in Venice: officials' forecasts (Bonn's stance the news of "
                             "17598, taken)"),
    ("reuters-16777", False, "Japanese farm reform: analysts' views"),
    ("reuters-5376", False, "trade interests gear up in Congress: legislation"),
    ("reuters-6143", False, "the UK budget and gilts: fiscal policy, market"),
    ("reuters-19588", False, "spot oil prices firm on the OPEC accord: market (Iraq's refusal the news of the held "
                             "19560)"),
    ("reuters-12848", False, "IMF and World Bank meetings to come: a preview (Chirac's sounding out Reagan the news of "
                             "the held 11487)"),
    ("reuters-79", False, "a publisher's new ventures: corporate"),
    ("reuters-14853", False, "excess money hurts Thai banks: figures, market"),
    ("reuters-9835", False, "British banks resist signing the Mexico package: creditor banks' stance, the news of the "
                            "held 10266 (Mexico's denial, the same day); Mexico's warning at the signing background"),
    ("reuters-20772", False, "the US stock drop slows Japanese buying: market"),
    ("reuters-19848", False, "US firms lead in financial futures: corporate"),
    ("reuters-4049", False, "Mitsubishi Heavy fights back: corporate (the US pressure on Tokyo background)"),
    ("reuters-6926", False, "a House panel votes to ease export controls: legislation"),
    ("reuters-2115", False, "Brazil's coffee institute has no export target after the ICO breakdown: domestic trade "
                            "policy, views (the breakdown the news of held stories)"),
    ("reuters-5131", False, "Mexico halts its debt-equity swaps: a domestic economic policy measure (as "
                            "gold-thirty-seventh's walk skipped it)"),
    ("reuters-18086", False, "Bundesbank credit policy: monetary policy, forecasts"),
    ("reuters-5846", False, "UK February PSBR: figures"),
    ("reuters-10830", False, "Sri Lanka appeals for drought aid: the appeal the held 9719 announced four days before "
                             "(March 26), its letters and donors the same (as gold-sixty-second's walk skipped 6184)"),
    ("reuters-8121", False, "Brazil seeks to reassure its banks: the news and title of the held 8196"),
    ("reuters-18250", False, "UK bankers on Volcker and Greenspan: views"),
    ("reuters-13419", False, "the dollar in London: market"),
    ("reuters-10927", True, "Nigeria to issue notes to its trade creditors and to hold talks with their new "
                            "representative: a state's debt settlement with foreign creditors (MNC, as gold-sixty-"
                            "second's 20871; another news story than the held 8881 and 10525, its official debt "
                            "rescheduled with Britain and France; no gold holds it)"),
    ("reuters-4548", False, "Bolivia to offer to buy back its bank debt: the same interview and news as 8055, taken "
                            "(the offer, the steering committee and the Paris Club terms)"),
    ("reuters-17419", False, "a state-owned firm's joint ventures: corporate"),
    ("reuters-17396", False, "German rate speculation: market, views"),
    ("reuters-8627", False, "China's budget deficit expected: fiscal policy, forecasts"),
    ("reuters-17477", True, "the Philippine Coconut Authority's chairman will go to Brussels to lobby against the EC "
                            "vegetable oil levy: a state official's coming visit and demand to an international body "
                            "(the EC oils levy 1; another news story than the held 8156 and 8596 of March; no gold "
                            "holds it)"),
    ("reuters-13046", False, "an interview with the World Bank president: comments and forecasts (as "
                             "gold-twenty-second's walk skipped it)"),
    ("reuters-12750", False, "China curtails price reform: domestic economic policy"),
    ("reuters-1306", False, "oil prices rise on Saudi effort: market"),
    ("reuters-8115", False, "Dart's bid for Supermarkets General: corporate"),
    ("reuters-17409", False, "Egypt's fuel price rises: domestic economic policy"),
    ("reuters-12662", False, "Bank of Montreal on Brazil: corporate"),
    ("reuters-311", False, "tin producers' officials polled on keeping ATPC quotas: forecasts of compliance with the "
                           "January plan and national mining rules"),
    ("reuters-6531", False, "UK base rates: monetary policy, market"),
    ("reuters-19432", False, "a new SEC chairman: an appointment"),
    ("reuters-10760", True, "the cocoa buffer stock accord reached on Friday and Ghana's formal protest to the "
                            "council: an agreement in an international commodity body and a state's protest (no gold "
                            "holds it; another news story than the held 9450, the slow talks of March 25)"),
    ("reuters-9796", False, "Philippine debt talks with a narrower focus: the news and title of the held 9714"),
    ("reuters-15488", False, "Indian state company bonds: domestic economic policy, market"),
    ("reuters-8483", False, "Brazil's debt deadlines: a spotlight on the March 22 meeting (the held 8196's news) and "
                            "Baker's word at the IADB (the held 8118's)"),
    ("reuters-17891", False, "Singapore's securities market: market"),
    ("reuters-6996", False, "Saudi Arabia reshapes its economy: domestic economic policy, views"),
    ("reuters-19825", False, "Canada's securities deregulation: regulation, corporate"),
    ("reuters-1786", False, "legislators cool to a stock tax: fiscal policy, legislation"),
    ("reuters-16937", False, "the ADB's Fujioka on the stalemate with Taiwan: the news and title of the held 16965; "
                             "the list's end, where the walk stops"),
]


def main():
    order, records = long_remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert START - 1 + len(WALK) == LIST_LENGTH, "the walk stops before the list's end"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
