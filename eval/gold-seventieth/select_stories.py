"""Candidate walk for the sixty-seventh article gold (written blind, 'gold-seventieth'): the long two-hit list
(gold_selection.long_two_hit_list, imported, not rebuilt: 108 Reuters-21578 records of 400 words or more with exactly
two political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position 1.
Declared before any story was read (commit 35bcc20): this gold walks the whole list from 1 and stops at 10 stories.
The walk reached the list's end (108) with two stories.
Usage (from the repository root): python3 eval/gold-seventieth/select_stories.py [N]

Rules as gold-sixty-second's and gold-sixty-ninth's walks: a story is taken when it reports at least one act of a
political actor toward another (a government, minister, head of state, legislature, army, armed group, party or
international body; domestic political acts such as resignations, a ruling council's decisions on a handover of
power, arrests and judicial charges count); company news, markets, figures, forecasts and views are no political news;
a business story with a political actor's act in it is taken, only its political acts required; digests of headlines,
labour disputes with an employer (the state as employer included), domestic economic, monetary and fiscal policy,
regulation, legislation, polls, elections without an act, appointments and reshuffles are skipped; a cancelled trip
alone is skipped; not the same news story as one an earlier gold took (titles, dates within four days and openings
of every record held_now holds compared) or one already taken; at most three stories on one conflict or negotiation;
10 stories. Most of the list's records were walked and skipped by earlier walks under their own rules (their READMEs
name them); where a record's only political content is background to a market report or an analysis (acts of days
or weeks before, or the news of a held story), this walk skips it and says so. WALK gives each position's reason;
gold_selection.print_walk checks that it is the list's order from START and that no story taken is held by any gold
now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, long_two_hit_list, positions_asked, print_walk  # noqa: E402

OWN = "eval/gold-seventieth/"
LIST_LENGTH = 108  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks the list from 1
STOP = LIST_LENGTH + 1  # no other gold walks this list: the walk may run to its end
TAKE_AT_MOST = 10
WALK = [
    ("reuters-9733", False, "bp to offer 7.4 billion dlrs for standard shares: corporate"),
    ("reuters-19483", False, "uptrend remains intact for debt futures: market"),
    ("reuters-14890", False, "economic spotlight - australian markets booming: market analysis"),
    ("reuters-13531", False, "no intervention, dollar fixed at 1.8218 marks: market (the day's G-5 meeting is named as "
                             "what dealers wait for)"),
    ("reuters-15743", False, "london eurodollar bonds close lower: market"),
    ("reuters-1854", False, "u.s. car sales up 6.7 pct in late february: figures"),
    ("reuters-11204", False, "China's reforms to take decades: an economist's interview (views); the government's "
                             "January promise on prices is background"),
    ("reuters-5759", False, "debt prognosis agreed, but no cure in sight: views at an MIT conference; Brazil's and "
                            "Ecuador's suspensions and Mexico's bank loan are background"),
    ("reuters-356", False, "hutchison sees higher payout, satisfactory profits: corporate"),
    ("reuters-8621", False, "doubts about accord seen weakening dollar further: market (the Japanese opposition's "
                            "boycott of parliament is background)"),
    ("reuters-5302", False, "technology/desktop publishing: corporate"),
    ("reuters-8714", False, "the dollar's drop as a test of the Paris accord (March 24, Frankfurt): a market report, "
                            "the news of the held 9022 (the same day: the dollar's fall despite central bank "
                            "intervention); Miyazawa's call on the Paris six to act is one of its items"),
    ("reuters-20823", False, "computer systems strained by market collapse: market"),
    ("reuters-15617", False, "Lawson the day after the G-7 meeting: views on rates and intervention; the G-7's concern "
                             "and its welcome of Japan's measures are the held 15375/15452's meeting (as "
                             "gold-sixty-ninth skipped 20071)"),
    ("reuters-7356", False, "congressmen urge u.s. soybean program changes: legislators' views on domestic farm "
                            "policy"),
    ("reuters-7135", False, "economic spotlight - u.s. deficit with NICs: an economic analysis; the US urging and the "
                            "Paris meeting's call on Taiwan and Korea are background"),
    ("reuters-16680", False, "dome <dmp> benefits from takeover speculation: corporate"),
    ("reuters-6426", False, "bundesbank seen steering steady monetary course: domestic monetary policy, a forecast"),
    ("reuters-18278", False, "Deutsche Bank withholds support from VW's management: corporate (the dealer's arrest is "
                             "the held 13609's news)"),
    ("reuters-3023", False, "sosnoff starts bid for caesars world <caw>: corporate"),
    ("reuters-6091", False, "analysts see early one point cut in u.k. base rate: market"),
    ("reuters-6086", False, "lawson oil tax breaks to help new fields: domestic fiscal policy"),
    ("reuters-5201", False, "german banking authorities weigh swap regulations: domestic regulation"),
    ("reuters-12208", False, "ny analysts see coffee futures falling further: market"),
    ("reuters-9336", False, "South Africa's problems despite the debt pact: market reaction to the held 8901/8990's "
                            "pact with its banks"),
    ("reuters-5230", False, "economic spotlight - swiss options and futures: corporate"),
    ("reuters-9436", False, "Herrington's proposals to boost US oil output: domestic energy policy"),
    ("reuters-10729", False, "sri lanka to uproot or bud diseased rubber trees: domestic farm policy"),
    ("reuters-4546", False, "dome <dmp> says most lenders support debt plan: corporate"),
    ("reuters-4988", False, "numerous factors said point to ussr corn buying: market"),
    ("reuters-3432", False, "australian wage rise set at 10 dlrs a week: a national wage decision (domestic wage "
                            "policy)"),
    ("reuters-5631", False, "u.s. money managers may lean to stocks vs bonds: market"),
    ("reuters-15556", False, "lead prices rise on finely balanced physicals: market"),
    ("reuters-20867", False, "u.s. stock decline renews debate about futures: market"),
    ("reuters-8210", False, "world dependency on mideast oil said inevitable: a firm's views"),
    ("reuters-9310", False, "South Africa's problems despite the debt pact (a second version of 9336): market "
                            "reaction to the held 8901/8990's pact"),
    ("reuters-20259", False, "louvre reaffirmation not enough - u.k. analysts: analysts' views"),
    ("reuters-3019", False, "oecd trade, growth seen slowing in 1987: a forecast"),
    ("reuters-8961", False, "the ICCO moves closer to buffer stock rules: a progress report on the cocoa talks of the "
                            "held 9450 (the next day) and 10760 (their accord), as gold-sixty-ninth skipped 8473"),
    ("reuters-7829", False, "westpac perpetual frn no instant cure, dealers say: market"),
    ("reuters-11498", False, "trade war fears may prompt stock markets' downturn: market analysis"),
    ("reuters-6471", False, "morgan grenfell says 1986 profits hit by guinness: corporate (the Guinness inquiry is "
                            "background)"),
    ("reuters-17456", False, "german primary bond market seen reviving in june: market"),
    ("reuters-9582", False, "u.s. securities group backs insider restraints: an industry body's views"),
    ("reuters-4878", False, "talking point/dome petroleum <dmp>: analysis, corporate"),
    ("reuters-2251", False, "Hughes Tool on the Baker merger: corporate (the Justice Department's antitrust decree is "
                            "regulation)"),
    ("reuters-5273", False, "Nazer sees no need to alter the OPEC pact: restated policy statements in an interview; "
                            "the non-OPEC producers' help is background"),
    ("reuters-9679", False, "drexel says business strong despite trade probe: corporate"),
    ("reuters-16053", False, "analysts doubt fed firmed despite borrowing rise: market"),
    ("reuters-19604", False, "Ryzhkov calls on the Supreme Soviet to adopt an economic reform law: domestic economic "
                             "policy and legislation"),
    ("reuters-3488", False, "economic spotlight - china's foreign debt up: figures"),
    ("reuters-6742", False, "ne electric sees higher construction outlays: corporate"),
    ("reuters-3390", False, "cbt discusses major changes for renovation: an exchange's plans"),
    ("reuters-295", False, "japan plans more flexible corporate bond issues: market practice"),
    ("reuters-18672", False, "u.k. data depress rate cut outlook - analysts: analysts' views"),
    ("reuters-17371", True, "the ADB's annual meeting ends marked by members' criticism of the bank (the US, Japan, "
                            "Australia, India): member states' criticism of an international body (ACCUSE); another "
                            "news story than the held stories of the same meeting (17214 the USSR, 17235 Taiwan, 17261 "
                            "Japan's funds, 17263 and 17381 Japan's voting power, 17297 the 1989 host)"),
    ("reuters-18359", False, "Volcker leaves a void on LDC debt: bankers' views; his resignation is the held 18049's "
                             "news"),
    ("reuters-340", False, "economic spotlight - italian boom: an economic analysis; Italy's protest at its exclusion "
                           "from the G-5 meeting the week before is background"),
    ("reuters-2352", False, "yeutter says budget cut key to better u.s. trade: policy statements in a speech"),
    ("reuters-8884", False, "sterling outlook clouded by test of paris accord: market"),
    ("reuters-1611", False, "turkey sees 1.5 billion dlr deficit in 1986: figures, domestic fiscal policy"),
    ("reuters-2522", False, "iea says opec february crude output 16.1 mln bpd: figures"),
    ("reuters-8633", False, "indonesian banks profits rise after devaluation: corporate"),
    ("reuters-10784", False, "investor group puts pressure on gencorp <gy>: corporate"),
    ("reuters-5167", False, "Nazer sees no need to alter the OPEC pact (the same interview as 5273): restated policy "
                            "statements"),
    ("reuters-6949", False, "economic spotlight - asian property market: market"),
    ("reuters-19828", False, "san francisco, not region, hurt by restructuring: a business group's study"),
    ("reuters-1269", False, "f.w. woolworth's <z> 1986 profits rise 21 pct: corporate"),
    ("reuters-4174", False, "most japan firms not renewing iran term contracts: firms' decisions; the OPEC president's "
                            "statements are views"),
    ("reuters-14843", False, "sumitomo bank aims at quick recovery from merger: corporate"),
    ("reuters-3446", False, "economic spotlight - japan pushes its chipmakers: an analysis; MITI's requests to firms "
                            "are domestic regulation, the US negotiators' warning of the week before is background"),
    ("reuters-19006", False, "squibb <sqb> said not interested in buying cetus: corporate"),
    ("reuters-18352", False, "u.s. meat industry launches campaign in japan: an industry's campaign (lobbying)"),
    ("reuters-14716", False, "export business - grains/oilseeds complex: a digest of trade items (digests skipped as by "
                             "gold-sixty-fourth's and gold-sixty-ninth's walks; one of its items is Pakistan's offer "
                             "of rice aid to Bangladesh)"),
    ("reuters-2508", False, "house 0/92 plan seen scaled-back to 1987 wheat: legislative drafting"),
    ("reuters-6752", False, "laidlaw transportation <ldmfa> sees better year: corporate"),
    ("reuters-3188", False, "German banks say their company holdings are falling: a banking association's reply in a "
                            "debate on regulation"),
    ("reuters-9581", False, "ual <ual> surrounded by takeover speculation: corporate"),
    ("reuters-5070", False, "after g-6, round one goes to central banks: market analysis"),
    ("reuters-17497", False, "technology/supercomputer market getting crowded: an industry feature"),
    ("reuters-1892", False, "charts signal bullish breakout in debt futures: market"),
    ("reuters-2052", False, "congress may curb u.s. aid to development banks: legislation in drafting"),
    ("reuters-7811", False, "unique export financing being arranged for mexico: a bank's financing of official debt "
                            "(Mexico's loan signing with its banks is financial)"),
    ("reuters-8569", False, "sprint optimistic despite losses: corporate"),
    ("reuters-14698", False, "oil futures gain on supplies and Mideast tension: market; the Iran-Iraq fighting behind "
                             "it is the held 13527/14538/14571's news (April 7)"),
    ("reuters-12372", False, "u.s. house panel extends eep, urges ussr offer: legislative drafting (as "
                             "gold-thirty-fourth and gold-thirty-ninth skipped it)"),
    ("reuters-9058", False, "u.s. corn acreage seen near record low: a forecast"),
    ("reuters-12136", False, "currency intervention timing crucial - analysts: market analysis"),
    ("reuters-5515", False, "floating rate note market still in turmoil: market"),
    ("reuters-14654", False, "dollar ends with modest losses in new york: market (ministers' comments)"),
    ("reuters-14767", False, "currency futures to key off g-5, g-7 meetings: market"),
    ("reuters-14748", False, "reuter business news highlights, april 7: a digest"),
    ("reuters-17620", False, "dutch official rate cut seen still likely: a forecast"),
    ("reuters-10255", True, "GATT's annual report urges Washington to resist protectionism and faults its stress on "
                            "the trade deficit: an international body's call on a state (REQUEST; gold-forty-second "
                            "skipped it as a report, this walk takes a body's call as gold-sixty-ninth took the OECD's "
                            "14940; no held story on the report)"),
    ("reuters-9784", False, "u.k. trade figures buoy hopes of interest rate cut: market"),
    ("reuters-13179", False, "export business - grains/oilseeds complex: a digest"),
    ("reuters-5214", False, "european beet plantings seen little changed: a forecast"),
    ("reuters-9206", False, "swire expects continued growth this year: corporate"),
    ("reuters-13576", False, "share prices near day's lows at london midsession: market"),
    ("reuters-3024", False, "dutch planning agency forecasts lower growth: a forecast (a state agency's advice on "
                            "domestic fiscal policy)"),
    ("reuters-6588", False, "u.s. corn market skewed by soviet buying: market"),
    ("reuters-7545", False, "economic spotlight - asian droughts: natural disasters and forecasts"),
    ("reuters-20262", False, "u.k. credit policy seen steady, despite bank data: analysts' views"),
    ("reuters-10546", False, "talking point/gold: market"),
    ("reuters-1408", False, "gm <gm> buyback seen calming shareholders: corporate"),
    ("reuters-15239", False, "ual <ual> may respond to pilots today: corporate"),
    ("reuters-4130", False, "economic spotlight - paris bourse reform: domestic regulation"),
    ("reuters-9764", False, "monetary authorities said to lose credibility: market analysis (Miyazawa's pleas are the "
                            "call of 8714, the held 9022's day)"),
]


def main():
    order, records = long_two_hit_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
